/** Types for corpus.js (plain CommonJS, shared by the core, LWC and HubSpot Jest projects). */
import type { Kind, Platform, ProblemCode } from '../../shared/src';

export interface ExpectedProblem {
  code: ProblemCode;
  /** The problem's path, e.g. `factors[1]`; '' for the whole payload. */
  path: string;
  /** Words the message must contain. */
  says: string;
}

export interface CorpusCase {
  id: string;
  kind: Kind;
  description: string;
  /** The stored text, as the platform column holds it. */
  text: string;
  /** Other columns by base name (`Lead_Score_Feedback`): the own columns the document does not hold. */
  columns?: Record<string, string>;
  /** Set when a case is meant for one platform's limit. */
  platform?: Platform;
  expect: {
    status: 'valid' | 'partial' | 'invalid' | 'empty' | Array<'valid' | 'partial' | 'invalid'>;
    problems?: ExpectedProblem[];
    /** Payload paths that must still hold a value. */
    survives?: string[];
    /** Payload paths that must hold nothing. */
    absent?: string[];
    /** Lengths the lists must have after reading. */
    listLength?: Record<string, number>;
    /** Texts the view model must carry; a card must show at least one of them, as text. */
    shows?: string[];
    /** No key of the payload may reach Object.prototype. */
    unpolluted?: boolean;
    /** For limit cases: whether the platform's writer accepts the payload. */
    writes?: boolean;
    /** For over-limit cases: how many characters the writer must ask to shorten. */
    shorten?: number;
  };
}

export interface CoreForCorpus {
  fieldsOf(kind: Kind): Array<{ path: string; type: string; required: boolean; maxItems?: number }>;
  textLimits: Record<Platform, number>;
  /** Every kind, with the sample-book case its corpus starts from. */
  contexts: Record<Kind, { sampleCase: string; storage: { document: { name: string } } }>;
  salesforceFieldName(column: { name: string }): string;
  hubspotPropertyName(column: { name: string }): string;
}

export function buildCorpus(core: CoreForCorpus): CorpusCase[];
export function basePayloads(core: CoreForCorpus): Record<string, any>;
export function patchedText(base: unknown, patch: { set?: Record<string, unknown>; delete?: string[]; raw?: Record<string, string> }): string;
export function salesforceValues(core: CoreForCorpus, testCase: CorpusCase): Record<string, string>;
export function hubspotValues(core: CoreForCorpus, testCase: CorpusCase): Record<string, string>;
export function onPlatform(testCase: CorpusCase, platform: Platform): boolean;
export const MARKUP: string;
export const WORLD_TEXT: string;
export const DEPTH: number;
