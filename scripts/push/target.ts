/** What the push engine needs from a platform: batched reads and writes, and how its errors look. */
import type { Platform } from '../../shared/src/storage';
import type { CallFailure } from './retry';

/** A value as a platform gives it back (HubSpot: always text; Salesforce: typed JSON). */
export type CurrentValue = string | number | boolean | null | undefined;

export interface UpdateInput {
  id: string;
  values: Record<string, string | number | null>;
}

export type UpdateOutcome = { ok: true } | { ok: false; reason: string };

export interface PushTarget {
  platform: Platform;
  /** Records per read and per write call, as the platform documents its batch limit. */
  batchSize: number;
  /** Current values of `names` on each record found; a record missing from the map does not exist. */
  read(objectType: string, ids: string[], names: string[]): Promise<Map<string, Record<string, CurrentValue>>>;
  /** One batch write; a record missing from the result map was not confirmed. */
  update(objectType: string, inputs: UpdateInput[]): Promise<Map<string, UpdateOutcome>>;
  /** Reads a thrown error: its status, Retry-After and message. */
  describe(error: unknown): CallFailure;
}

/** The platform's value names for a record: property (`hc_lead_score`) or field (`HC_Lead_Score__c`). */
export type Values = Record<string, string | number | null>;
