/**
 * The card tests' data: the sample book (shared/samples) as HubSpot stores it, through the same
 * mapping `npm run seed:hubspot` writes with (scripts/hubspot/samples.ts, built on the core's
 * writers). One copy of the data; hand-made properties only for bad-input cases.
 */
import { sampleCase, sampleNow, sampleRecord, type SampleCase, type SampleDeal } from '../../shared/src/samples';
import { seedPlan } from '../../scripts/hubspot/samples';

const plan = seedPlan();

/** The story's "now": freshness never depends on the clock. */
export const now = sampleNow();

/** A book record's properties as HubSpot gives them to a card (every value text). */
export function bookProperties(sampleId: string): Record<string, string> {
  const object = plan.objects.find((o) => o.sampleId === sampleId);
  if (!object) throw new Error(`no sample record ${sampleId}`);
  return { ...object.properties };
}

/** The id of the first record that shows a story case. */
export function caseId(name: SampleCase, type?: 'company' | 'person' | 'deal'): string {
  const found = sampleCase(name).find((r) => !type || r.type === type);
  if (!found) throw new Error(`no sample record shows ${name}`);
  return found.record.id;
}

/** A book payload, as the book holds it (for expectations). */
export function bookPayload<T = any>(sampleId: string, kind: string): T {
  const found = sampleRecord(sampleId);
  return (found?.record.payloads as Record<string, unknown> | undefined)?.[kind] as T;
}

/** A company's deals as useAssociations gives them, with the flag HubSpot computes from the stage. */
export function associatedDeals(companyId: string): Array<{ toObjectId: number; properties: Record<string, string> }> {
  return plan.objects
    .filter((o) => o.objectType === 'deals' && (sampleRecord(o.sampleId)?.record as SampleDeal).companyId === companyId)
    .map((o) => ({
      toObjectId: plan.objects.indexOf(o) + 1,
      properties: { ...o.properties, hs_is_closed_won: String(o.properties.dealstage === 'closedwon') },
    }));
}
