/**
 * The README's screenshots: the main cards of both platforms, on the records that tell the story
 * best. `npm run screenshots` writes them; the browser tests only check each one still has its card,
 * so a test run never changes the work tree.
 */
import path from 'node:path';
import { sampleBook } from '../../shared/src/samples';

export const screenshotDir = path.join(__dirname, '..', '..', 'docs', 'screenshots');

/** Record id → the files to write from that record's page: [file name, the card's selector]. */
export const readmeScreenshots: Record<string, Array<[file: string, selector: string]>> = {
  [sampleBook.people.find((p) => p.cases.includes('hot-lead'))!.id]: [
    ['salesforce-lead-score.png', '[data-platform-card="salesforce"][data-card="c-handoff-lead-score"]'],
    ['hubspot-lead-score.png', '[data-platform-card="hubspot"][data-card="hc_lead_score_card"]'],
  ],
  [sampleBook.deals.find((d) => d.cases.includes('handoff-submitted'))!.id]: [
    ['salesforce-deal-risk.png', '[data-platform-card="salesforce"][data-card="c-handoff-deal-risk"]'],
    ['salesforce-handoff.png', '[data-platform-card="salesforce"][data-card="c-handoff-sales-to-cs"]'],
    ['hubspot-deal.png', '[data-platform-card="hubspot"][data-card="hc_deal_card"]'],
  ],
  [sampleBook.companies.find((c) => c.cases.includes('customer-health-conflict'))!.id]: [
    ['salesforce-customer-health.png', '[data-platform-card="salesforce"][data-card="c-handoff-customer-health"]'],
    ['hubspot-company.png', '[data-platform-card="hubspot"][data-card="hc_company_card"]'],
  ],
};
