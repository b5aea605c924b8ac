/**
 * Sales-to-CS handoff: written by Sales at close, read by Customer Success at onboarding.
 * Fields marked mustHave make up the completeness meter.
 */
import * as z from 'zod/mini';
import { date, dateTime, longText, optional, required, shortText, url } from '../fields';
import { provenance, sentiment, severity } from './common';
import { defineContext } from './context';

const fact = { provenance: optional(provenance, { title: 'Provenance', description: 'Where this fact came from.' }) };

export const successCriterion = z.object({
  metric: required(shortText(), { title: 'Metric', description: 'What the customer will measure.' }),
  baseline: optional(shortText(), { title: 'Baseline', description: 'Where the metric stands today.' }),
  target: required(shortText(), { title: 'Target', description: 'Where the metric must get to.' }),
  targetDate: optional(date(), { title: 'Target date', description: 'When the target must be reached.' }),
  customerConfirmed: required(z.boolean(), {
    title: 'Customer confirmed',
    description: 'Whether the customer confirmed this criterion, or sales assumed it.',
  }),
  ...fact,
});

export const commitment = z.object({
  item: required(shortText(), { title: 'Commitment', description: 'What was promised.' }),
  type: required(z.enum(['contractual', 'sow', 'informal', 'roadmap']), {
    title: 'Commitment type',
    description: 'Whether it is in the contract, the statement of work, said informally, or a roadmap promise.',
  }),
  owner: optional(shortText(), { title: 'Owner', description: 'Who must deliver it.' }),
  dueDate: optional(date(), { title: 'Due date', description: 'When it is due.' }),
  evidenceUrl: optional(url(), { title: 'Evidence link', description: 'Where the promise is written down.' }),
  ...fact,
});

export const stakeholder = z.object({
  name: required(shortText(), { title: 'Name', description: "The stakeholder's name." }),
  title: optional(shortText(), { title: 'Job title', description: "The stakeholder's job title." }),
  role: required(z.enum(['champion', 'economic-buyer', 'influencer', 'detractor', 'power-user']), {
    title: 'Buying role',
    description: 'The part the stakeholder played in the decision.',
  }),
  sentiment: required(sentiment, { title: 'Sentiment', description: 'How the stakeholder feels about us.' }),
  ...fact,
});

export const knownRisk = z.object({
  risk: required(shortText(), { title: 'Risk', description: 'What could stop the customer reaching the outcome.' }),
  severity: required(severity, { title: 'Severity', description: 'How bad it would be.' }),
  likelihood: required(z.enum(['low', 'medium', 'high']), { title: 'Likelihood', description: 'How likely it is.' }),
  mitigation: optional(longText(), { title: 'Mitigation', description: 'What reduces the risk.' }),
  owner: optional(shortText(), { title: 'Owner', description: 'Who watches the risk.' }),
  ...fact,
});

export const returnReason = z.enum(['missing-success-criteria', 'unclear-commitments', 'wrong-stakeholders', 'commercial-mismatch', 'other']);

const salesToCsV1 = z.object({
  schemaVersion: required(z.literal(1), {
    title: 'Schema version',
    description: 'The version of this payload shape.',
    column: { name: 'Handoff_Schema_Version', type: 'number', role: 'mirror' },
  }),
  desiredOutcome: required(
    z.object({
      requiredOutcome: required(longText(), {
        title: 'Required outcome',
        description: 'The business result the customer bought us for.',
        mustHave: true,
      }),
      approach: required(longText(), {
        title: 'How they get there',
        description: 'How the customer needs to reach the outcome.',
        mustHave: true,
      }),
      useCases: required(z.array(shortText()).check(z.minLength(1)), {
        title: 'Top use cases',
        description: 'The first use cases the customer will run.',
        mustHave: true,
        maxItems: 20,
      }),
    }),
    { title: 'Desired outcome', description: 'What success means to the customer.' },
  ),
  successCriteria: required(z.array(successCriterion).check(z.minLength(1)), {
    title: 'Success criteria',
    description: 'Measurable targets, each marked as customer-confirmed or assumed.',
    mustHave: true,
    maxItems: 30,
  }),
  commitments: required(z.array(commitment).check(z.minLength(1)), {
    title: 'Commitments',
    description: 'Everything promised during the sale: contractual, SOW, informal or roadmap.',
    mustHave: true,
    maxItems: 50,
  }),
  commercialTerms: required(
    z.object({
      products: required(z.array(shortText()).check(z.minLength(1)), {
        title: 'Products in scope',
        description: 'The products the customer bought.',
        mustHave: true,
        maxItems: 50,
      }),
      arr: required(z.number().check(z.gte(0), z.lte(1e12)), {
        title: 'ARR',
        description: 'Annual recurring revenue of the contract.',
        mustHave: true,
        column: { name: 'Handoff_ARR', type: 'number', role: 'mirror' },
      }),
      currency: required(z.string().check(z.regex(/^[A-Z]{3}$/)), {
        title: 'Currency',
        description: 'The ISO 4217 currency code of the ARR.',
        mustHave: true,
      }),
      termMonths: required(z.int().check(z.gte(1), z.lte(120)), {
        title: 'Term (months)',
        description: 'The contract term in months.',
        mustHave: true,
      }),
      renewalDate: required(date(), { title: 'Renewal date', description: 'When the contract renews.', mustHave: true }),
      nonStandardTerms: optional(longText(), {
        title: 'Non-standard terms',
        description: 'Anything outside the standard contract.',
      }),
    }),
    { title: 'Commercial terms', description: 'What was sold, for how much and how long.' },
  ),
  accountSentiment: optional(sentiment, {
    title: "Sales' read of the account",
    description: 'How sales feels about the account at close; compared with customer health.',
  }),
  stakeholders: optional(z.array(stakeholder), {
    title: 'Stakeholders',
    description: 'Who is who on the customer side, and how they feel.',
    maxItems: 50,
  }),
  objections: optional(
    z.array(
      z.object({
        objection: required(shortText(), { title: 'Objection', description: 'What the customer pushed back on.' }),
        resolution: required(longText(), { title: 'How it was overcome', description: 'What answered the objection.' }),
      }),
    ),
    { title: 'Objections overcome', description: 'Objections raised during the sale and how they were answered.', maxItems: 30 },
  ),
  competitors: optional(z.array(shortText()), {
    title: 'Competitors evaluated',
    description: 'Who else the customer looked at.',
    maxItems: 20,
  }),
  whyWon: optional(longText(), { title: 'Why we won', description: 'Why the customer chose us.' }),
  risks: optional(z.array(knownRisk), { title: 'Known risks', description: 'Risks to the outcome CS should know.', maxItems: 30 }),
  technicalNeeds: optional(
    z.object({
      integrations: optional(z.array(shortText()), { title: 'Integrations', description: 'Systems to connect.', maxItems: 30 }),
      sso: optional(z.boolean(), { title: 'Single sign-on', description: 'Whether SSO is required.' }),
      migration: optional(longText(), { title: 'Migration', description: 'Data to move from the old system.' }),
      compliance: optional(z.array(shortText()), {
        title: 'Compliance',
        description: 'Regulations and certifications that apply.',
        maxItems: 20,
      }),
    }),
    { title: 'Technical needs', description: 'Integrations, SSO, migration and compliance.' },
  ),
  timeline: optional(
    z.object({
      closedWonAt: optional(dateTime(), { title: 'Closed won', description: 'When the deal closed.' }),
      submittedAt: optional(dateTime(), {
        title: 'Handoff submitted',
        description: 'When the AE submitted the handoff.',
        column: { name: 'Handoff_Submitted_At', type: 'datetime', role: 'mirror' },
      }),
      kickoffAt: optional(dateTime(), { title: 'Kickoff', description: 'When the onboarding kickoff is planned.' }),
      targetGoLive: optional(date(), { title: 'Target go-live', description: 'When the customer expects to go live.' }),
    }),
    { title: 'Timeline', description: 'Key dates from close to go-live.' },
  ),
  review: optional(
    z.object({
      status: required(z.enum(['draft', 'submitted', 'accepted', 'returned']), {
        title: 'Handoff status',
        description: 'Draft, submitted by sales, accepted by CS, or returned to sales.',
        column: { name: 'Handoff_Status', type: 'picklist', role: 'own' },
      }),
      reviewedAt: optional(dateTime(), {
        title: 'Reviewed at',
        description: 'When CS accepted or returned the handoff.',
        owner: 'customer-success',
        column: { name: 'Handoff_Reviewed_At', type: 'datetime', role: 'own' },
      }),
      reviewedBy: optional(shortText(), {
        title: 'Reviewed by',
        description: 'The CS manager who accepted or returned it.',
        owner: 'customer-success',
        column: { name: 'Handoff_Reviewed_By', type: 'text', role: 'own' },
      }),
      returnReason: optional(returnReason, {
        title: 'Return reason',
        description: 'Why CS sent the handoff back.',
        owner: 'customer-success',
        column: { name: 'Handoff_Return_Reason', type: 'picklist', role: 'own' },
      }),
      returnNote: optional(longText(), {
        title: 'Return note',
        description: 'What sales must fix before resubmitting.',
        owner: 'customer-success',
        column: { name: 'Handoff_Return_Note', type: 'longtext', role: 'own' },
      }),
    }),
    { title: 'Review', description: 'Where the handoff stands between sales and CS.' },
  ),
});

export const salesToCs = defineContext({
  kind: 'sales-to-cs',
  title: 'Sales-to-CS handoff',
  owner: 'sales',
  writer: 'sales', // the AE, through the handoff card
  lifecycle: 'drafted',
  record: 'deal',
  sampleCase: 'handoff-submitted',
  schema: salesToCsV1,
  migrations: {},
  storage: {
    document: { name: 'Handoff_Payload', type: 'longtext', role: 'own' },
    snapshot: { name: 'Handoff_Submitted_Payload', type: 'longtext', role: 'own' },
    completeness: { name: 'Handoff_Completeness', type: 'percent', role: 'own' },
    salesforce: ['Opportunity'],
    hubspot: ['deals'],
    readThrough: { salesforce: ['Account'], hubspot: ['companies'] },
  },
});

export type SalesToCs = z.infer<typeof salesToCsV1>;
