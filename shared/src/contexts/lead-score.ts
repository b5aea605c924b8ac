/** Lead score (owner: Marketing): the score, and why, for the rep who calls the lead. */
import * as z from 'zod/mini';
import { count, crossField, dateTime, longText, optional, required, shortText } from '../fields';
import { action, factor, model, score } from './common';
import { defineContext } from './context';

export const intentSignal = z.object({
  topic: required(shortText(), { title: 'Topic', description: 'What the buyer is researching.' }),
  strength: required(z.enum(['low', 'medium', 'high']), { title: 'Strength', description: 'How strong the signal is.' }),
  trend: optional(z.enum(['rising', 'steady', 'falling']), { title: 'Trend', description: 'Whether interest is growing or fading.' }),
  source: optional(shortText(), { title: 'Source', description: 'The intent provider or channel.' }),
  observedAt: optional(dateTime(), { title: 'Observed at', description: 'When the signal was last seen.' }),
});

export const feedbackEntry = z
  .object({
    verdict: required(z.enum(['helpful', 'not-helpful', 'disagree']), {
      title: 'Verdict',
      description: "The rep's one-click judgement of the score.",
    }),
    reason: optional(longText(), { title: 'Reason', description: 'Why the rep disagrees; required with "disagree".' }),
    by: required(shortText(), { title: 'Given by', description: 'The rep who gave the feedback.' }),
    at: required(dateTime(), { title: 'Given at', description: 'When the feedback was given.' }),
  })
  .check(
    crossField((f: { verdict: string; reason?: string }) => f.verdict !== 'disagree' || !!f.reason, {
      message: 'a disagreement needs a reason',
      path: ['reason'],
      statement: 'a "disagree" verdict comes with a reason',
      jsonSchema: {
        if: { properties: { verdict: { const: 'disagree' } }, required: ['verdict'] },
        then: { properties: { reason: true }, required: ['reason'] },
      },
    }),
  );

export const disposition = z.object({
  status: required(z.enum(['accepted', 'working', 'rejected']), {
    title: 'Sales disposition',
    description: 'What sales did with the lead: accepted, working it, or rejected.',
  }),
  reason: optional(longText(), { title: 'Disposition reason', description: 'Why sales rejected or accepted the lead.' }),
  by: optional(shortText(), { title: 'Decided by', description: 'Who decided.' }),
  at: optional(dateTime(), { title: 'Decided at', description: 'When it was decided.' }),
});

const leadScoreV2 = z.object({
  schemaVersion: required(z.literal(2), {
    title: 'Schema version',
    description: 'The version of this payload shape.',
    column: { name: 'Lead_Score_Schema_Version', type: 'number', role: 'mirror' },
  }),
  score: required(score(), {
    title: 'Lead score',
    description: 'How likely the lead is to buy, on the scale the model states.',
    column: { name: 'Lead_Score', type: 'number', role: 'mirror', member: 'value' },
  }),
  band: required(shortText(), {
    title: 'Band',
    description: 'The bucket the score falls in (A–D, hot/warm/cold), as the model names it.',
    column: { name: 'Lead_Score_Band', type: 'text', role: 'mirror' },
  }),
  model: required(model, { title: 'Model', description: 'The model that scored the lead.' }),
  scoredAt: required(dateTime(), {
    title: 'Scored at',
    description: 'When the score was computed; drives the freshness warning.',
    column: { name: 'Lead_Score_Scored_At', type: 'datetime', role: 'mirror' },
  }),
  factors: required(z.array(factor), {
    title: 'Factors',
    description: 'The reasons the score went up or down, with weight and evidence.',
    maxItems: 50,
  }),
  intentSignals: optional(z.array(intentSignal), {
    title: 'Intent signals',
    description: 'Topics the buyer researches, from intent data.',
    maxItems: 50,
  }),
  engagement: optional(
    z.object({
      summary: required(longText(), { title: 'Engagement summary', description: 'What the lead did, in a sentence or two.' }),
      lastTouchAt: optional(dateTime(), { title: 'Last touch', description: 'The latest marketing or sales touch.' }),
      touches30d: optional(count(), { title: 'Touches (30 days)', description: 'Touches in the last 30 days.' }),
    }),
    { title: 'Engagement', description: 'How the lead has engaged across channels.' },
  ),
  nextAction: optional(action, { title: 'Recommended next action', description: 'What the rep should do next, and why.' }),
  disposition: optional(disposition, {
    title: 'Sales disposition',
    description: 'What sales did with the lead.',
    owner: 'sales',
    column: { name: 'Lead_Disposition', type: 'longtext', role: 'own' },
  }),
  feedback: optional(z.array(feedbackEntry), {
    title: 'Rep feedback',
    description: 'Helpful / not helpful / I disagree, from the reps who used the score.',
    owner: 'sales',
    maxItems: 200,
    column: { name: 'Lead_Score_Feedback', type: 'longtext', role: 'own' },
  }),
});

/** Version 1 (the pilot): a 0–100 score, a band, and reasons as plain sentences. */
const leadScoreV1 = z.object({
  schemaVersion: z.literal(1),
  score: z.number(),
  band: z.string(),
  model: z.string(),
  scoredAt: z.string(),
  reasons: z.optional(z.array(z.string())),
});

export const leadScore = defineContext({
  kind: 'lead-score',
  title: 'Lead score',
  owner: 'marketing',
  writer: 'integration',
  lifecycle: 'scored',
  record: 'person',
  sampleCase: 'hot-lead',
  schema: leadScoreV2,
  migrations: {
    1: (raw: unknown) => {
      const v1 = leadScoreV1.safeParse(raw);
      if (!v1.success) return raw; // let the current schema name what is wrong
      const { score: value, band, model: name, scoredAt, reasons = [] } = v1.data;
      return {
        schemaVersion: 2,
        score: { value, scale: { min: 0, max: 100, polarity: 'higher-is-better', unit: 'points' } },
        band,
        model: { name },
        scoredAt,
        // v1 reasons carried no direction or weight: keep them as evidence-free raising factors of equal weight.
        factors: reasons.map((label) => ({ label, direction: 'raises', weight: 0 })),
      };
    },
  },
  storage: {
    document: { name: 'Lead_Score_Payload', type: 'longtext', role: 'own' },
    salesforce: ['Lead', 'Contact'],
    hubspot: ['contacts'],
  },
});

export type LeadScore = z.infer<typeof leadScoreV2>;
