/** Deal risk (owner: Sales): the AI's win probability beside the rep's forecast, and the risks. */
import * as z from 'zod/mini';
import { dateTime, longText, optional, required, shortText } from '../fields';
import { model, score, severity } from './common';
import { defineContext } from './context';

export const forecastCategory = z.enum(['pipeline', 'best-case', 'commit', 'closed', 'omitted']);

export const riskFactor = z.object({
  label: required(shortText(), { title: 'Risk', description: 'What puts the deal at risk.' }),
  category: required(z.enum(['engagement', 'stakeholder', 'competition', 'budget', 'timeline', 'technical', 'legal', 'other']), {
    title: 'Category',
    description: 'The kind of risk.',
  }),
  severity: required(severity, { title: 'Severity', description: 'How much the risk threatens the deal.' }),
  detectedAt: optional(dateTime(), { title: 'Detected at', description: 'When the risk was first seen.' }),
  source: optional(shortText(), { title: 'Source', description: 'Where the risk was detected.' }),
  mitigation: optional(longText(), { title: 'Mitigation', description: 'What is being done about it.' }),
  owner: optional(shortText(), { title: 'Owner', description: 'Who handles the mitigation.' }),
});

const dealRiskV1 = z.object({
  schemaVersion: required(z.literal(1), {
    title: 'Schema version',
    description: 'The version of this payload shape.',
    column: { name: 'Deal_Risk_Schema_Version', type: 'number', role: 'mirror' },
  }),
  winProbability: required(score(), {
    title: 'AI win probability',
    description: "The model's probability that the deal closes won, on the scale it states.",
    column: { name: 'Win_Probability', type: 'number', role: 'mirror', member: 'value' },
  }),
  model: required(model, { title: 'Model', description: 'The model that scored the deal.' }),
  scoredAt: required(dateTime(), {
    title: 'Scored at',
    description: 'When the probability was computed; drives the freshness warning.',
    column: { name: 'Deal_Risk_Scored_At', type: 'datetime', role: 'mirror' },
  }),
  repForecast: optional(
    z.object({
      category: required(forecastCategory, { title: 'Forecast category', description: "The rep's forecast category." }),
      probability: optional(z.number().check(z.gte(0), z.lte(100)), {
        title: 'Rep probability',
        description: "The rep's own win probability, in percent.",
      }),
      updatedAt: optional(dateTime(), { title: 'Forecast updated', description: 'When the rep last updated the forecast.' }),
    }),
    { title: "Rep's forecast", description: "The rep's own read of the deal.", owner: 'sales' },
  ),
  riskFactors: required(z.array(riskFactor), {
    title: 'Risk factors',
    description: 'What threatens the deal, by severity.',
    maxItems: 50,
  }),
});

export const dealRisk = defineContext({
  kind: 'deal-risk',
  title: 'Deal risk',
  owner: 'sales',
  writer: 'integration',
  lifecycle: 'scored',
  record: 'deal',
  sampleCase: 'healthy-deal',
  schema: dealRiskV1,
  migrations: {},
  storage: {
    document: { name: 'Deal_Risk_Payload', type: 'longtext', role: 'own' },
    salesforce: ['Opportunity'],
    hubspot: ['deals'],
  },
});

export type DealRisk = z.infer<typeof dealRiskV1>;
