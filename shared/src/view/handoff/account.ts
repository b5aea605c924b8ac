/** Who is who and what stands in the way: sentiment, stakeholders, objections, competitors, known risks. */
import type { ViewContext } from '../context';
import { enumText, withDetail } from '../parts';
import { at, list, oneOf, text } from '../read';
import type { HandoffView } from '../types';

export const sentiments = ['positive', 'neutral', 'negative'] as const;
const roles = ['champion', 'economic-buyer', 'influencer', 'detractor', 'power-user'] as const;
const severities = ['low', 'medium', 'high', 'critical'] as const;
const likelihoods = ['low', 'medium', 'high'] as const;

export function readAccountSentiment(value: unknown, ctx: ViewContext): string | undefined {
  const sentiment = oneOf(at(value, 'accountSentiment'), sentiments);
  return sentiment && enumText(ctx, 'sentiment', sentiment);
}

/** A stakeholder needs a name, a role and a sentiment to be worth a line. */
export function readStakeholders(value: unknown, ctx: ViewContext): HandoffView['stakeholders'] {
  return list(at(value, 'stakeholders')).flatMap((s, index) => {
    const name = text(at(s, 'name'));
    const role = oneOf(at(s, 'role'), roles);
    const sentiment = oneOf(at(s, 'sentiment'), sentiments);
    if (!name || !role || !sentiment) return [];
    const jobTitle = text(at(s, 'title'));
    const roleText = enumText(ctx, 'stakeholderRole', role);
    const sentimentText = enumText(ctx, 'sentiment', sentiment);
    const person = { key: `stakeholder-${index}`, name, ...(jobTitle && { jobTitle }), roleText, sentiment, sentimentText };
    return [withDetail(person, jobTitle, roleText, sentimentText)];
  });
}

export function readObjections(value: unknown): HandoffView['objections'] {
  return list(at(value, 'objections')).flatMap((o, index) => {
    const objection = text(at(o, 'objection'));
    if (!objection) return [];
    return [{ key: `objection-${index}`, objection, resolution: text(at(o, 'resolution')) ?? '' }];
  });
}

export function readKnownRisks(value: unknown, ctx: ViewContext): HandoffView['risks'] {
  return list(at(value, 'risks')).flatMap((r, index) => {
    const risk = text(at(r, 'risk'));
    const severity = oneOf(at(r, 'severity'), severities);
    const likelihood = oneOf(at(r, 'likelihood'), likelihoods);
    if (!risk || !severity || !likelihood) return [];
    const mitigation = text(at(r, 'mitigation'));
    const owner = text(at(r, 'owner'));
    const severityText = enumText(ctx, 'severity', severity);
    const likelihoodText = enumText(ctx, 'likelihood', likelihood);
    const ownerText = owner ? ctx.t.t('detail.owner', { owner }) : undefined;
    const item = { key: `known-risk-${index}`, risk, severityText, likelihoodText, ...(mitigation && { mitigation }), ...(ownerText && { ownerText }) };
    return [withDetail(item, severityText, likelihoodText, ownerText)];
  });
}
