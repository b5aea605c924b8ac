/** From stored text or platform records through the parser to what a card shows. */
import { kinds, type Kind } from '../src/contexts';
import { parseHubSpotProperties, parsePayload, parseSalesforceRecord } from '../src/parse';
import { dealRiskView, explainText, handoffView, leadScoreView, type ViewOptions } from '../src/view';
import { viewOf as coreViewOf } from '../src/kinds';
import { prepareHubSpotWrite, prepareSalesforceWrite } from '../src/write';
import { fixture, fixtureText } from './data/fixtures';

const now = new Date('2026-11-23T10:00:00Z');
const en: ViewOptions = { locale: 'en-US', timeZone: 'UTC', now };

function viewOf(kind: Kind, result: unknown, options: ViewOptions) {
  return coreViewOf(kind, result as never, options);
}

function sfRecord(fields: Record<string, unknown>) {
  return {
    apiName: 'Opportunity',
    id: '006000000000001AAA',
    fields: Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, { value, displayValue: value === null ? null : String(value) }])),
  };
}

describe('parsed payloads on the cards', () => {
  it.each(kinds)('%s: a valid stored payload gives a ready card with no notices', (kind) => {
    const view = viewOf(kind, parsePayload(kind, fixtureText(kind)), en);
    expect(view.state).toBe('ready');
    expect(view.notices).toEqual([]);
  });

  it.each(kinds)('%s: the same view whether it came from Salesforce or HubSpot', (kind) => {
    const sf = prepareSalesforceWrite(kind, fixture(kind));
    const hs = prepareHubSpotWrite(kind, fixture(kind));
    if (!sf.ok || !hs.ok) throw new Error('the fixture does not write');
    const fromSalesforce = viewOf(kind, parseSalesforceRecord(kind, sfRecord(sf.fields)), en);
    const fromHubSpot = viewOf(kind, parseHubSpotProperties(kind, hs.properties), en);
    expect(fromHubSpot).toEqual(fromSalesforce);
    expect(fromSalesforce.state).toBe('ready');
  });

  it('a cut payload gives an invalid card that says why, in the user language', () => {
    const cut = fixtureText('lead-score').slice(0, 120);
    const view = leadScoreView(parsePayload('lead-score', cut) as never, { ...en, locale: 'fr-FR' });
    expect(view.state).toBe('invalid');
    expect(view.stateText).toMatch(/^Ces données n’ont pas pu être lues : Score du lead : le texte enregistré n’est pas du JSON valide/);
  });

  it('a version 1 lead score is shown, with an information notice about the upgrade', () => {
    const view = leadScoreView(parsePayload('lead-score', fixtureText('lead-score-v1')) as never, en);
    expect(view.state).toBe('ready');
    expect(view.notices.find((n) => n.tone === 'info')?.text).toBe('Lead score: written as version 1 and upgraded to version 2 when read.');
  });

  it('a payload from a newer version still shows what it can', () => {
    const newer = { ...fixture('deal-risk'), schemaVersion: 9, brandNewField: true };
    const view = dealRiskView(parsePayload('deal-risk', JSON.stringify(newer)) as never, en);
    expect(view.winProbability?.valueText).toBe('62%');
    expect(view.notices.some((n) => /newer version|version 9/.test(n.text))).toBe(true);
  });

  it('a mirror column that disagrees with the payload is a metric contradiction on the card', () => {
    const sf = prepareSalesforceWrite('lead-score', fixture('lead-score'));
    if (!sf.ok) throw new Error('the fixture does not write');
    const record = sfRecord({ ...sf.fields, HC_Lead_Score__c: 41 });
    const view = leadScoreView(parseSalesforceRecord('lead-score', record) as never, en);
    const conflict = view.conflicts.find((c) => c.type === 'metric-contradiction');
    expect(conflict?.summary).toBe('Lead score: this card shows 82, but the Lead score report field says 41.');
  });

  it('a draft handoff missing must-have fields shows gaps, not errors', () => {
    const draft = fixture('sales-to-cs');
    delete draft.commercialTerms.renewalDate;
    draft.successCriteria = [];
    const view = handoffView(parsePayload('sales-to-cs', JSON.stringify(draft)) as never, en);
    expect(view.status).toBe('draft');
    expect(view.completeness.missing.map((m) => m.label)).toEqual(['Success criteria', 'Renewal date']);
    expect(view.notices.filter((n) => n.tone === 'error')).toEqual([]);
  });
});

describe('explainText', () => {
  it('prints what the lead score card shows', () => {
    const text = explainText('lead-score', parsePayload('lead-score', fixtureText('lead-score')), en);
    expect(text.split('\n')[0]).toBe('Lead score');
    expect(text).toContain('82 out of 100 · Band A · Strong · Higher is better');
    expect(text).toContain('Why this score');
    expect(text).toMatch(/\+ .+ raised the score by \d+ points\./);
    expect(text).toContain('Model: LeadScorer 4.2');
    expect(text).not.toMatch(/[{}]/);
  });

  it('prints conflicts with who decides and by when', () => {
    const text = explainText('deal-risk', parsePayload('deal-risk', fixtureText('deal-risk')), en);
    expect(text).toContain('Forecast discrepancy: ');
    expect(text).toContain('Notify: VP Sales and RevOps · Decides: VP Sales · Decide by Nov 23, 2026, at the forecast meeting');
  });

  it('prints the handoff with its completeness, in French', () => {
    const text = explainText('sales-to-cs', parsePayload('sales-to-cs', fixtureText('sales-to-cs')), { ...en, locale: 'fr-FR' });
    const [title, status, meter] = text.split('\n');
    expect([title, status]).toEqual(['Passation ventes → CS', 'Statut : Brouillon']);
    expect(meter).toMatch(/^100\s% · 10 champs indispensables remplis sur 10$/);
    expect(text).toContain('Critères de succès');
  });

  it.each(kinds)('%s: prints a clear sentence for an empty or unreadable payload', (kind) => {
    expect(explainText(kind, { status: 'empty', kind }, en)).toMatch(/^.+\nNo .+ yet/);
    expect(explainText(kind, parsePayload(kind, '[1, 2'), en)).toMatch(/could not be read/);
    expect(explainText(kind, 'garbage' as never, en)).toMatch(/could not read its data/);
  });
});
