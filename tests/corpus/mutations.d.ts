/** Types for mutations.js (plain CommonJS, shared by the LWC and HubSpot card corpus tests). */
import type fc from 'fast-check';

export const SEED: number;
export const CARD_RUNS: number;
export type PayloadEdit = [number, unknown];
export function payloadEdits(arbitraries: typeof fc): fc.Arbitrary<PayloadEdit[]>;
export function mutatedText(base: unknown, edits: PayloadEdit[]): string;
