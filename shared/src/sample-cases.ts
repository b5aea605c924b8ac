/**
 * The sample book's story cases, apart from the book itself so that a context definition can name
 * its showcase case without shipping the book.
 */
/** The story cases a record is there to show; tests find records by case and check each really holds. */
export const sampleCases = [
  'hot-lead',
  'stale-score',
  'lead-quality-conflict',
  'probability-scale',
  'percentile-scale',
  'higher-is-worse',
  'schema-v1',
  'forecast-discrepancy',
  'healthy-deal',
  'handoff-draft',
  'handoff-submitted',
  'handoff-accepted',
  'handoff-returned',
  'customer-health-conflict',
  'customer-health-healthy',
  'metric-contradiction',
  'prospect',
  'french',
  'rtl-name',
  'emoji',
] as const;

export type SampleCase = (typeof sampleCases)[number];
