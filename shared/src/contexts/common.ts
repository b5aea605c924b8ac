/** Value shapes that several contexts share: scores with their scale, models, factors, provenance. */
import * as z from 'zod/mini';
import { crossField, dateTime, longText, optional, required, shortText, url } from '../fields';

export const polarity = z.enum(['higher-is-better', 'higher-is-worse']);

/**
 * Tools disagree on what a number means (a percentile, a probability, rule points; some use
 * 100 = high risk). Every score therefore travels with its scale and polarity.
 */
export const scale = z
  .object({
    min: required(z.number(), { title: 'Scale minimum', description: 'The lowest value the model can give.' }),
    max: required(z.number(), { title: 'Scale maximum', description: 'The highest value the model can give.' }),
    polarity: required(polarity, {
      title: 'Polarity',
      description: 'Whether a higher value is better (a hotter lead, a healthier customer) or worse (more risk).',
    }),
    unit: optional(z.enum(['points', 'percent', 'probability', 'percentile']), {
      title: 'Unit',
      description: 'What one step on the scale is: rule points, a percentage, a probability or a percentile.',
    }),
  })
  .check(
    crossField((s: { min: number; max: number }) => s.max > s.min, {
      message: 'max must be greater than min',
      path: ['max'],
      statement: 'the scale maximum (max) is greater than its minimum (min)',
    }),
  );

/** A factory, so each context registers its own score with its own column. */
export const score = () =>
  z
    .object({
      value: required(z.number(), { title: 'Value', description: 'The number the model gave.' }),
      scale: required(scale, { title: 'Scale', description: 'The range and polarity the value is read on.' }),
    })
    .check(
      crossField((s: { value: number; scale: { min: number; max: number } }) => s.value >= s.scale.min && s.value <= s.scale.max, {
        message: 'value is outside its scale',
        path: ['value'],
        statement: 'the value lies inside its scale: scale.min ≤ value ≤ scale.max',
      }),
    );

export const model = z.object({
  name: required(shortText(), { title: 'Model name', description: 'The tool or model that produced the output.' }),
  version: optional(shortText(), { title: 'Model version', description: 'The model version, so outputs can be compared.' }),
});

export const provenance = z.object({
  source: required(shortText(), { title: 'Source', description: 'The system or conversation the fact came from.' }),
  capturedBy: optional(shortText(), { title: 'Captured by', description: 'Who recorded the fact.' }),
  capturedAt: optional(dateTime(), { title: 'Captured at', description: 'When the fact was recorded.' }),
  evidenceUrl: optional(url(), { title: 'Evidence link', description: 'A link to the call, email or document that backs the fact.' }),
});

/** A reason a score went up or down. Used for lead-score factors and health drivers. */
export const factor = z.object({
  label: required(shortText(), { title: 'Factor', description: 'What the model saw, in words a rep understands.' }),
  direction: required(z.enum(['raises', 'lowers']), {
    title: 'Direction',
    description: 'Whether the factor pushed the score up or down.',
  }),
  weight: required(z.number().check(z.gte(0), z.lte(1_000_000)), {
    title: 'Weight',
    description: 'How much the factor moved the score, in the units of the score scale.',
  }),
  evidence: optional(longText(), { title: 'Evidence', description: 'The observation behind the factor.' }),
  source: optional(shortText(), { title: 'Source', description: 'Where the evidence came from.' }),
  observedAt: optional(dateTime(), { title: 'Observed at', description: 'When the evidence was observed.' }),
});

export const sentiment = z.enum(['positive', 'neutral', 'negative']);
export const severity = z.enum(['low', 'medium', 'high', 'critical']);

export const action = z.object({
  action: required(shortText(), { title: 'Action', description: 'What to do next.' }),
  rationale: optional(longText(), { title: 'Rationale', description: 'Why this action, in one or two sentences.' }),
  owner: optional(shortText(), { title: 'Owner', description: 'Who should do it.' }),
  dueBy: optional(dateTime(), { title: 'Due by', description: 'When it should be done.' }),
});

export type Score = z.infer<ReturnType<typeof score>>;
export type Factor = z.infer<typeof factor>;
export type Provenance = z.infer<typeof provenance>;
