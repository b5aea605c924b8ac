/** What parsing gives back. Parsing never throws: every outcome is one of these. */
import type * as z from 'zod/mini';
import type { contexts, Kind } from '../contexts';

export type ProblemCode =
  | 'not_json' // the stored text is not JSON (often: cut by a platform text limit)
  | 'not_object' // JSON, but not an object
  | 'too_long' // longer than the platform keeps
  | 'newer_version' // written by a newer version of Handoff Context; known fields still shown
  | 'unknown_version' // no or unusable schemaVersion
  | 'migrated' // an older version, upgraded on read (a warning, not an error)
  | 'missing' // a required field is absent or null
  | 'invalid_type'
  | 'invalid_value' // not one of the allowed values
  | 'invalid_format' // a malformed date, URL, currency code
  | 'too_small'
  | 'too_big'
  | 'too_many_items' // a list longer than maxItems: the rest is not shown
  | 'dropped_item' // a list entry that could not be read and was left out
  | 'unknown_field' // a field this version does not know (a warning)
  | 'column_mismatch' // a mirrored column disagrees with the payload document
  | 'invalid'; // anything else a rule rejected

export interface Problem {
  /** Where, as a registry path with indexes, e.g. `factors[2].weight`; '' for the whole payload. */
  path: string;
  code: ProblemCode;
  /** `error` loses data; `warning` keeps everything (unknown fields, migrations). */
  severity: 'error' | 'warning';
  /** Values for the message, e.g. { limit: 131072, length: 140000 }. */
  params?: Record<string, string | number>;
  /** A plain English sentence for logs and the CLI; cards localise from code and params. */
  message: string;
}

export interface VersionInfo {
  found: number | null;
  current: number;
}

/** Two sources of one canonical field disagree (the metric contradiction of the escalation table). */
export interface Contradiction {
  path: string;
  documentValue: unknown;
  columnValue: unknown;
  /** The platform column name that disagrees, e.g. `HC_Lead_Score__c`. */
  column: string;
}

export type DeepPartial<T> = T extends Array<infer U> ? Array<DeepPartial<U>> : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export type ParseResult<T> =
  | { status: 'empty'; kind: Kind }
  | { status: 'valid'; kind: Kind; value: T; problems: Problem[]; version: VersionInfo; contradictions: Contradiction[] }
  | {
      status: 'partial';
      kind: Kind;
      value: DeepPartial<T>;
      problems: Problem[];
      version: VersionInfo;
      contradictions: Contradiction[];
    }
  | { status: 'invalid'; kind: Kind; reason: Problem; problems: Problem[] };

/** The canonical payload type of each kind: what its schema gives, so a new context needs no entry here. */
export type PayloadByKind = { [K in Kind]: z.infer<(typeof contexts)[K]['schema']> };
export type PayloadOf<K extends Kind> = PayloadByKind[K];
