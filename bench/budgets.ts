/** The budgets of issue 7, and their verdict on a set of measurements. Pure: no timing happens here. */
import type { CardRequests, CardSpeed } from './cards';
import type { CoreSpeed } from './core-speed';
import type { SizeEntry } from './size';

export const budgets = {
  /** c/handoffCore, minified. */
  lwcCoreMinifiedBytes: 40 * 1024,
  /** parse + validate + view model / JSON.parse of the same text. */
  coreSpeedRatio: 3,
  /** data arrival → rendered card / the same DOM inserted as static HTML. */
  cardSpeedRatio: 2,
} as const;

/** Most data requests per card, by card and record type; cards not listed are reported only. */
export const requestBudgets: Array<{ card: string; object?: string; max: number; why: string }> = [
  { card: 'c-handoff-lead-score', max: 1, why: 'lead score card' },
  { card: 'hc_lead_score_card', max: 1, why: 'lead score card' },
  { card: 'c-handoff-customer-health', max: 1, why: 'health card' },
  { card: 'c-handoff-sales-to-cs', object: 'Account', max: 2, why: 'handoff card on Account' },
  // HubSpot's company card is both the health card and the handoff on the company: the handoff's budget.
  { card: 'hc_company_card', object: 'companies', max: 2, why: 'handoff (and health) card on the company' },
];

/** The request budget of a card on a record type, if it has one. */
export function requestBudgetFor(card: string, object: string): (typeof requestBudgets)[number] | undefined {
  return requestBudgets.find((b) => b.card === card && (!b.object || b.object === object));
}

export interface Measurements {
  size?: SizeEntry[];
  coreSpeed?: CoreSpeed[];
  cardSpeed?: CardSpeed[];
  cardRequests?: CardRequests[];
}

export interface Verdict {
  budget: string;
  measured: string;
  limit: string;
  pass: boolean;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const times = (ratio: number) => (Number.isFinite(ratio) ? `${ratio.toFixed(ratio < 10 ? 2 : 0)}×` : 'not measured');

/** One verdict per budgeted figure; a budgeted figure that is missing or not a number fails. */
export function evaluate(m: Measurements): Verdict[] {
  const verdicts: Verdict[] = [];
  if (m.size) {
    const core = m.size.find((s) => s.name === 'c/handoffCore');
    verdicts.push({
      budget: 'size of c/handoffCore (minified)',
      measured: core ? kb(core.minifiedBytes) : 'not found',
      limit: `≤ ${kb(budgets.lwcCoreMinifiedBytes)}`,
      pass: !!core && core.minifiedBytes <= budgets.lwcCoreMinifiedBytes,
    });
  }
  for (const row of m.coreSpeed ?? [])
    verdicts.push({
      budget: `core speed: ${row.kind} (${row.platform}, ${row.characters} chars)`,
      measured: times(row.ratio),
      limit: `≤ ${budgets.coreSpeedRatio}×`,
      pass: Number.isFinite(row.ratio) && row.ratio <= budgets.coreSpeedRatio,
    });
  for (const row of m.cardSpeed ?? [])
    verdicts.push({
      budget: `card speed: ${row.card} on ${row.object}`,
      measured: times(row.ratio),
      limit: `≤ ${budgets.cardSpeedRatio}×`,
      pass: Number.isFinite(row.ratio) && row.ratio <= budgets.cardSpeedRatio,
    });
  for (const row of m.cardRequests ?? []) {
    const rule = requestBudgetFor(row.card, row.object);
    if (!rule) continue;
    verdicts.push({
      budget: `data requests: ${row.card} on ${row.object} (${rule.why})`,
      measured: String(row.requests),
      limit: `≤ ${rule.max}`,
      pass: row.requests <= rule.max,
    });
  }
  return verdicts;
}
