/** Where the HubSpot project lives, resolved from this file so no machine path is ever written down. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const projectDir = path.join(repoRoot, 'hubspot-project');

export interface ProjectConfig {
  name: string;
  srcDir: string;
  platformVersion: string;
}

export function readJson<T = unknown>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export function readProjectConfig(dir = projectDir): ProjectConfig {
  return readJson<ProjectConfig>(path.join(dir, 'hsproject.json'));
}

/** A problem a check found, printed as `check: message`. */
export interface Finding {
  check: string;
  message: string;
}
