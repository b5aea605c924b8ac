/** The offline checks catch what HubSpot would refuse at upload, and pass on the real project. */
import { mkdtempSync, mkdirSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkHsMeta } from '../checks/hsmeta';
import { checkProperties } from '../checks/properties';
import { checkVersions } from '../checks/versions';
import { projectDir, readJson } from '../project';
import { cardReads } from '../../../hubspot-project/src/app/cards/utils/properties';

const srcDir = path.join(projectDir, 'src');

describe('checkHsMeta', () => {
  it('passes the real project', () => {
    const { findings, files } = checkHsMeta(srcDir);
    expect(findings).toEqual([]);
    expect(files.map((f) => f.meta.uid).sort()).toEqual(['handoff_context_app', 'hc_company_card', 'hc_deal_card', 'hc_lead_score_card', 'hc_save_properties']);
  });

  describe('on a broken copy', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'hc-hsmeta-'));
      cpSync(path.join(srcDir, 'app'), path.join(dir, 'app'), { recursive: true, filter: (p) => !p.includes('node_modules') });
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));
    const card = (config: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
      uid: 'broken_card',
      type: 'card',
      config: { name: 'Broken', location: 'crm.record.tab', entrypoint: '/app/cards/LeadScoreCard.tsx', objectTypes: ['contacts'], ...config },
      ...extra,
    });
    const write = (relative: string, body: unknown) => {
      mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
      writeFileSync(path.join(dir, relative), typeof body === 'string' ? body : JSON.stringify(body));
    };
    const messages = () =>
      checkHsMeta(dir)
        .findings.map((f) => f.message)
        .join('\n');

    it.each([
      ['an unknown location', card({ location: 'crm.record.middle' }), 'config.location'],
      ['a missing entrypoint', card({ entrypoint: '/app/cards/Missing.tsx' }), 'does not exist'],
      ['an unknown key', card({}, { extra: true }), 'Unrecognized key'],
      ['an unknown object type', card({ objectTypes: ['leads'] }), 'config.objectTypes'],
      ['a duplicate uid', card({}, { uid: 'hc_deal_card' }), 'already used'],
    ])('reports %s', (_label, body, expected) => {
      write('app/cards/broken-hsmeta.json', body);
      expect(messages()).toContain(expected);
    });

    it('reports a card outside app/cards and a file that is not JSON', () => {
      write('app/cards/nested/misplaced-hsmeta.json', card({}));
      write('app/cards/bad-hsmeta.json', '{ "uid": ');
      expect(messages()).toContain('belongs directly in app/cards/');
      expect(messages()).toContain('not valid JSON');
    });
  });
});

describe('checkProperties', () => {
  const definitions = readJson<{ byObjectType: Record<string, Array<{ name: string }>> }>(path.join(projectDir, 'setup', 'properties.json'));
  const uids = Object.keys(cardReads);

  it('finds every property the cards read in the generated definitions or HubSpot’s own', () => {
    expect(checkProperties(cardReads, definitions, uids)).toEqual([]);
  });

  it('reports a property the portal would not have, and a card without a read list', () => {
    const reads = { ...cardReads, hc_deal_card: { ...cardReads.hc_deal_card, properties: [...cardReads.hc_deal_card.properties, 'hc_typo'] } };
    const messages = checkProperties(reads, definitions, [...uids, 'hc_new_card']).map((f) => f.message);
    expect(messages).toContainEqual(expect.stringContaining('hc_deal_card reads deals.hc_typo'));
    expect(messages).toContainEqual(expect.stringContaining('card hc_new_card has no entry'));
  });
});

describe('checkVersions', () => {
  it('accepts the real manifests and reports a version drift', () => {
    const root = readJson<any>(path.join(projectDir, '..', 'package.json'));
    const cards = readJson<any>(path.join(srcDir, 'app', 'cards', 'package.json'));
    expect(checkVersions(root, [{ name: 'cards', manifest: cards }])).toEqual([]);
    const drifted = { dependencies: { ...cards.dependencies, react: '18.2.0' } };
    expect(checkVersions(root, [{ name: 'cards', manifest: drifted }])[0].message).toContain('react@18.2.0');
  });
});
