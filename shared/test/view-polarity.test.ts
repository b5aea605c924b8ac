/**
 * Polarity on the cards (issue 14): on a higher-is-worse score, what pushes the number up is bad
 * news. The sign, the effect in words, the sentence and the meter follow what is good for the
 * customer, and the meter is filled to where the number sits on its scale.
 */
import type { CustomerHealth } from '../src/contexts';
import { parsePayload } from '../src/parse';
import type { ParseResult } from '../src/parse/result';
import { sampleNow, samplePayloads } from '../src/samples';
import { customerHealthView, explainText, leadScoreView, type ViewOptions } from '../src/view';
import { fixture } from './data/fixtures';

const en: ViewOptions = { locale: 'en-US', timeZone: 'UTC', now: sampleNow() };
const fr: ViewOptions = { locale: 'fr-FR', timeZone: 'Europe/Paris', now: sampleNow() };

const markus = () => {
  const found = samplePayloads().find((p) => p.recordId === 'kestrel-contact-mhoffmann' && p.kind === 'lead-score');
  if (!found) throw new Error('the sample book has no friction index for Markus Hoffmann');
  return parsePayload('lead-score', JSON.stringify(found.payload)) as never;
};

/** The health fixture on a scale where higher is worse (a risk index): same drivers, same weights. */
function riskIndexHealth(): ParseResult<CustomerHealth> {
  const value = fixture('customer-health') as CustomerHealth;
  const inverted = {
    ...value,
    score: { ...value.score, value: 100 - value.score.value, scale: { ...value.score.scale, polarity: 'higher-is-worse' as const } },
  };
  return parsePayload('customer-health', JSON.stringify(inverted)) as never;
}

describe('a higher-is-worse score (Markus Hoffmann, friction index 64)', () => {
  it('shows what raises the friction as hurting, in sign, words and sentence', () => {
    const view = leadScoreView(markus(), en);
    expect(view.factors.map((f) => [f.effect, f.effectText, f.symbol, f.weightText, f.sentence])).toEqual([
      ['hurts', 'Hurts', '−', '−22 points', 'Asked procurement to re-benchmark the Insights price raised the score by 22 points, which is worse.'],
      ['hurts', 'Hurts', '−', '−15 points', 'Legal requested a new data processing addendum raised the score by 15 points, which is worse.'],
      ['helps', 'Helps', '+', '+10 points', 'Signed the Rotterdam expansion in three weeks lowered the score by 10 points, which is better.'],
    ]);
    // What the factor did to the number stays said too.
    expect(view.factors.map((f) => f.directionText)).toEqual(['Raises', 'Raises', 'Lowers']);
  });

  it('fills the meter to the number, and says in words that 64 is bad news', () => {
    const score = leadScoreView(markus(), en).score!;
    expect(score).toMatchObject({ valueText: '64', meterPercent: 64, level: 'low', levelText: 'Weak', polarityText: 'Higher is worse' });
    expect(score.meterText).toBe('64 out of 100: Weak, Higher is worse');
  });

  it('says the same in French', () => {
    const view = leadScoreView(markus(), fr);
    expect(view.factors[0]).toMatchObject({ effectText: 'Défavorable', symbol: '−' });
    expect(view.factors[0].sentence).toMatch(/a augmenté le score de 22 points, ce qui est défavorable\.$/);
  });

  it('a higher-is-better score keeps its reading: raising helps', () => {
    const view = customerHealthView(parsePayload('customer-health', JSON.stringify(fixture('customer-health'))) as never, en);
    expect(view.score?.meterPercent).toBe(38);
    expect(view.drivers.map((d) => [d.effect, d.symbol])).toEqual([
      ['hurts', '−'],
      ['hurts', '−'],
      ['helps', '+'],
    ]);
  });
});

describe('a higher-is-worse health scale', () => {
  it('reads a driver that raises the score as lowering health, on the card and in explain', () => {
    const view = customerHealthView(riskIndexHealth(), en);
    // The fixture's drivers keep their directions: on a risk index, "lowers" is now the good news.
    expect(view.score).toMatchObject({ valueText: '62', meterPercent: 62, level: 'low' });
    const raising = view.drivers.filter((d) => d.direction === 'raises');
    expect(raising.length).toBeGreaterThan(0);
    for (const driver of raising) {
      expect(driver).toMatchObject({ effect: 'hurts', symbol: '−' });
      expect(driver.sentence).toMatch(/lowered health/);
    }
    for (const driver of view.drivers.filter((d) => d.direction === 'lowers')) {
      expect(driver).toMatchObject({ effect: 'helps', symbol: '+' });
      expect(driver.sentence).toMatch(/improved health/);
    }
    const text = explainText('customer-health', riskIndexHealth(), en);
    for (const driver of view.drivers) expect(text).toContain(`${driver.symbol} ${driver.sentence}`);
    expect(text).not.toMatch(/\+ .*lowered health|− .*improved health/);
  });
});
