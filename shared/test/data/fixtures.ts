/** Small valid payloads for the core's tests (the sample book in shared/samples/ is the product's data). */
import fs from 'node:fs';
import path from 'node:path';
import type { Kind } from '../../src/contexts';

export function fixture(name: Kind | 'lead-score-v1'): any {
  return JSON.parse(fs.readFileSync(path.join(__dirname, `${name}.json`), 'utf8'));
}

export function fixtureText(name: Kind | 'lead-score-v1'): string {
  return fs.readFileSync(path.join(__dirname, `${name}.json`), 'utf8');
}
