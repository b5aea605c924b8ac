/**
 * Core speed: parse + validate + view model of the largest payload of each kind, against a bare
 * JSON.parse of the same text (the floor), in the same process.
 */
import type { Kind } from '../shared/src/contexts';
import { parsePayload, viewOf, type ViewOptions } from '../shared/src';
import { sampleNow } from '../shared/src/samples';
import { largestPayloads, type LargestPayload } from './payloads';
import { compare } from './timing';

export interface CoreSpeed {
  kind: Kind;
  platform: LargestPayload['platform'];
  characters: number;
  coreMs: number;
  jsonParseMs: number;
  ratio: number;
}

export function measureCoreSpeed(options: { samples?: number; sampleMs?: number } = {}): CoreSpeed[] {
  const viewOptions: ViewOptions = { locale: 'en-US', timeZone: 'UTC', now: sampleNow() };
  return largestPayloads().map((payload) => {
    const { kind, platform, text } = payload;
    const check = parsePayload(kind, text, { platform });
    if (check.status !== 'valid') throw new Error(`the largest ${kind} payload for ${platform} does not read as valid (${check.status})`);
    const result = compare(
      () => viewOf(kind, parsePayload(kind, text, { platform }), viewOptions),
      () => JSON.parse(text),
      options,
    );
    return { kind, platform, characters: text.length, coreMs: result.subjectMs, jsonParseMs: result.floorMs, ratio: result.ratio };
  });
}
