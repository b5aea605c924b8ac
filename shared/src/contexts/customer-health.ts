/** Customer health (owner: Customer Success): the score, its drivers and the intervention. */
import * as z from 'zod/mini';
import { dateTime, longText, optional, required, shortText } from '../fields';
import { action, factor, model, score, sentiment } from './common';
import { defineContext } from './context';

const customerHealthV1 = z.object({
  schemaVersion: required(z.literal(1), {
    title: 'Schema version',
    description: 'The version of this payload shape.',
    column: { name: 'Health_Schema_Version', type: 'number', role: 'mirror' },
  }),
  score: required(score(), {
    title: 'Health score',
    description: 'How healthy the customer is, on the scale the model states.',
    column: { name: 'Health_Score', type: 'number', role: 'mirror', member: 'value' },
  }),
  band: required(shortText(), {
    title: 'Health band',
    description: 'The bucket the score falls in (healthy, at risk, critical), as the model names it.',
    column: { name: 'Health_Band', type: 'text', role: 'mirror' },
  }),
  trend: optional(z.enum(['improving', 'steady', 'declining']), {
    title: 'Trend',
    description: 'Which way health has moved since the last score.',
  }),
  model: required(model, { title: 'Model', description: 'The model that scored the account.' }),
  scoredAt: required(dateTime(), {
    title: 'Scored at',
    description: 'When the health score was computed; drives the freshness warning.',
    column: { name: 'Health_Scored_At', type: 'datetime', role: 'mirror' },
  }),
  drivers: required(z.array(factor), {
    title: 'Drivers',
    description: 'What moved health up or down: usage, support tickets, NPS, renewal status.',
    maxItems: 50,
  }),
  intervention: optional(action, {
    title: 'Recommended intervention',
    description: 'What CS should do about the current health.',
  }),
  csmSentiment: optional(
    z.object({
      sentiment: required(sentiment, { title: 'CSM sentiment', description: "The CSM's own read of the customer." }),
      note: optional(longText(), { title: 'Note', description: 'Why the CSM feels that way.' }),
      by: optional(shortText(), { title: 'By', description: 'The CSM.' }),
      at: optional(dateTime(), { title: 'At', description: 'When the CSM gave the read.' }),
    }),
    { title: 'CSM sentiment', description: "The customer success manager's read of the account." },
  ),
});

export const customerHealth = defineContext({
  kind: 'customer-health',
  title: 'Customer health',
  owner: 'customer-success',
  writer: 'integration',
  lifecycle: 'scored',
  record: 'company',
  sampleCase: 'customer-health-healthy',
  schema: customerHealthV1,
  migrations: {},
  storage: {
    document: { name: 'Health_Payload', type: 'longtext', role: 'own' },
    salesforce: ['Account'],
    hubspot: ['companies'],
  },
});

export type CustomerHealth = z.infer<typeof customerHealthV1>;
