/** Who is who and what stands in the way: sentiment, stakeholders, objections, competitors, known risks. */
import type { ViewContext } from '../context';
import { enumText, withDetail } from '../parts';
import { group, items, oneOf, text } from '../read';
import type { HandoffView } from '../types';
import type { StoredHandoff } from './stored';

export const sentiments = ['positive', 'neutral', 'negative'] as const;
const roles = ['champion', 'economic-buyer', 'influencer', 'detractor', 'power-user'] as const;
const severities = ['low', 'medium', 'high', 'critical'] as const;
const likelihoods = ['low', 'medium', 'high'] as const;

export function readAccountSentiment(value: StoredHandoff, ctx: ViewContext): string | undefined {
  const sentiment = oneOf(value.accountSentiment, sentiments);
  return sentiment && enumText(ctx, 'sentiment', sentiment);
}

/** A stakeholder needs a name, a role and a sentiment to be worth a line. */
export function readStakeholders(value: StoredHandoff, ctx: ViewContext): HandoffView['stakeholders'] {
  return items(value.stakeholders).flatMap((entry, index) => {
    const s = group(entry);
    const name = text(s?.name);
    const role = oneOf(s?.role, roles);
    const sentiment = oneOf(s?.sentiment, sentiments);
    if (!s || !name || !role || !sentiment) return [];
    const jobTitle = text(s.title);
    const roleText = enumText(ctx, 'stakeholderRole', role);
    const sentimentText = enumText(ctx, 'sentiment', sentiment);
    const person = { key: `stakeholder-${index}`, name, ...(jobTitle && { jobTitle }), roleText, sentiment, sentimentText };
    return [withDetail(person, jobTitle, roleText, sentimentText)];
  });
}

export function readObjections(value: StoredHandoff): HandoffView['objections'] {
  return items(value.objections).flatMap((entry, index) => {
    const o = group(entry);
    const objection = text(o?.objection);
    if (!o || !objection) return [];
    return [{ key: `objection-${index}`, objection, resolution: text(o.resolution) ?? '' }];
  });
}

export function readKnownRisks(value: StoredHandoff, ctx: ViewContext): HandoffView['risks'] {
  return items(value.risks).flatMap((entry, index) => {
    const r = group(entry);
    const risk = text(r?.risk);
    const severity = oneOf(r?.severity, severities);
    const likelihood = oneOf(r?.likelihood, likelihoods);
    if (!r || !risk || !severity || !likelihood) return [];
    const mitigation = text(r.mitigation);
    const owner = text(r.owner);
    const severityText = enumText(ctx, 'severity', severity);
    const likelihoodText = enumText(ctx, 'likelihood', likelihood);
    const ownerText = owner ? ctx.t.t('detail.owner', { owner }) : undefined;
    const item = { key: `known-risk-${index}`, risk, severityText, likelihoodText, ...(mitigation && { mitigation }), ...(ownerText && { ownerText }) };
    // Severity and likelihood share their words (Low, Medium, High): each is named in the line.
    return [withDetail(item, ctx.t.t('detail.severity', { value: severityText }), ctx.t.t('detail.likelihood', { value: likelihoodText }), ownerText)];
  });
}
