/**
 * The connector mappings (scripts/generate/connector-mapping.ts): every column of every context is mapped
 * on both platforms, the rules follow who writes, the compatibility check catches what the connector
 * cannot carry, and the admin page lists every pair. tests/generated.test.ts holds the files to the generator.
 */
import { contexts, kinds } from '../shared/src/contexts';
import { columnsOf } from '../shared/src/registry';
import { hubspotPropertyName, salesforceFieldName, textLimits } from '../shared/src/storage';
import { pairProblems, ruleCarries, type PairFacts } from '../scripts/connector/compatibility';
import { checkConnectorMappings, readConnectorInputs, type ConnectorInputs } from '../scripts/connector/validate';
import { connectorMappingFiles, connectorMappings, guideFile, mappingsFile, pushCommand, syncedObjects } from '../scripts/generate/connector-mapping';

const mappings = connectorMappings();
const fileAt = (path: string) => connectorMappingFiles().find((f) => f.path === path)!.content;

describe('the connector mappings', () => {
  it('map every column of every context, on every HubSpot object and every Salesforce object that stores it, exactly once', () => {
    const expected = kinds.flatMap((kind) =>
      contexts[kind].storage.hubspot.flatMap((objectType) =>
        columnsOf(kind).flatMap((c) =>
          contexts[kind].storage.salesforce
            .filter((o) => syncedObjects[objectType].includes(o))
            .map((object) => `${objectType}.${hubspotPropertyName(c.column)} ↔ ${object}.${salesforceFieldName(c.column)}`),
        ),
      ),
    );
    const mapped = mappings.flatMap((m) => m.salesforce.objects.map((o) => `${m.hubspot.objectType}.${m.hubspot.property} ↔ ${o}.${m.salesforce.field}`));
    expect(mapped.sort()).toEqual(expected.sort());
    // Every Salesforce object of every context is reached through some HubSpot object.
    for (const kind of kinds)
      for (const object of contexts[kind].storage.salesforce) expect(mappings.some((m) => m.kind === kind && m.salesforce.objects.includes(object))).toBe(true);
  });

  it('sync each pair with a rule that carries it from where it is written, or say why not and name the alternative', () => {
    for (const m of mappings) {
      if (m.syncRule === "Don't sync") {
        expect({ column: m.column, problems: m.problems.length > 0, alternative: m.alternative }).toEqual({
          column: m.column,
          problems: true,
          alternative: pushCommand,
        });
      } else {
        expect({ column: m.column, problems: m.problems }).toEqual({ column: m.column, problems: [] });
        expect(ruleCarries(m.syncRule, m.writtenIn)).toBe(true);
      }
    }
  });

  it('follow who writes: a rep’s feedback goes from Salesforce, the CS review comes from HubSpot, the status moves both ways', () => {
    const at = (column: string) => mappings.find((m) => m.column === column)!;
    expect(at('Lead_Score_Feedback')).toMatchObject({ writtenBy: ['sales'], direction: 'Salesforce → HubSpot' });
    expect(at('Win_Probability')).toMatchObject({ writtenBy: ['integration'], direction: 'Salesforce → HubSpot', syncRule: 'Always use Salesforce' });
    expect(at('Handoff_Reviewed_By')).toMatchObject({ writtenBy: ['customer-success'], direction: 'HubSpot → Salesforce', syncRule: 'Two-way' });
    expect(at('Handoff_Status')).toMatchObject({ writtenBy: ['sales', 'customer-success'], direction: 'both ways', syncRule: 'Two-way' });
    expect(at('Lead_Score')).toMatchObject({ hubspot: { objectType: 'contacts' }, salesforce: { objects: ['Lead', 'Contact'] } });
  });

  it('keep from the connector what HubSpot would cut: a payload written in Salesforce can be longer than HubSpot keeps', () => {
    const handoff = mappings.find((m) => m.column === 'Handoff_Payload')!;
    expect(handoff).toMatchObject({ syncRule: "Don't sync", longestValue: { salesforce: textLimits.salesforce } });
    expect(handoff.problems.join(' ')).toMatch(/length: .*131,072.*65,536/);
    // Written in HubSpot, the health payload fits Salesforce's long text area.
    expect(mappings.find((m) => m.column === 'Health_Payload')).toMatchObject({ syncRule: 'Two-way', problems: [] });
  });
});

describe('the compatibility check', () => {
  const pair = (overrides: Partial<PairFacts> = {}): PairFacts => ({
    hubspot: { objectType: 'deals', name: 'hc_x', type: 'string', fieldType: 'textarea' },
    salesforce: [{ object: 'Opportunity', field: 'HC_X__c', type: 'LongTextArea', length: 131_072 }],
    longestValue: { hubspot: 65_536 },
    ...overrides,
  });

  it('passes a pair the connector carries intact', () => {
    expect(pairProblems(pair())).toEqual([]);
    const status = { values: ['draft', 'submitted'] };
    expect(
      pairProblems(
        pair({
          hubspot: { objectType: 'deals', name: 'hc_s', type: 'enumeration', fieldType: 'select', ...status },
          salesforce: [{ object: 'Opportunity', field: 'HC_S__c', type: 'Picklist', ...status }],
          longestValue: {},
        }),
      ),
    ).toEqual([]);
  });

  it('fails a made-up pair of incompatible types', () => {
    const problems = pairProblems(
      pair({
        hubspot: { objectType: 'deals', name: 'hc_n', type: 'number', fieldType: 'number' },
        salesforce: [{ object: 'Opportunity', field: 'HC_N__c', type: 'Text', length: 255 }],
      }),
    );
    expect(problems).toEqual([expect.stringMatching(/^type: .*number.*Text/)]);
    expect(pairProblems(pair({ salesforce: [{ object: 'Opportunity', field: 'HC_X__c', type: 'Percent' }] }))).toEqual([expect.stringMatching(/^type:/)]);
  });

  it('fails a date on one side and a date-time on the other, which loses the time of day', () => {
    const problems = pairProblems(
      pair({
        hubspot: { objectType: 'deals', name: 'hc_d', type: 'date', fieldType: 'date' },
        salesforce: [{ object: 'Opportunity', field: 'HC_D__c', type: 'DateTime' }],
      }),
    );
    expect(problems).toEqual([expect.stringMatching(/time of day/)]);
  });

  it('fails a length the other side would cut, in either direction', () => {
    expect(pairProblems(pair({ longestValue: { salesforce: 131_072 } }))).toEqual([expect.stringMatching(/^length: .*Salesforce.*131,072.*65,536/)]);
    const short = pair({
      hubspot: { objectType: 'deals', name: 'hc_t', type: 'string', fieldType: 'text' },
      salesforce: [{ object: 'Opportunity', field: 'HC_T__c', type: 'Text', length: 255 }],
    });
    expect(pairProblems({ ...short, longestValue: { hubspot: 200 } })).toEqual([]);
    expect(pairProblems({ ...short, longestValue: { hubspot: 256 } })).toEqual([expect.stringMatching(/^length: .*HubSpot.*256.*255/)]);
  });

  it('fails picklist values that do not match', () => {
    const problems = pairProblems(
      pair({
        hubspot: { objectType: 'deals', name: 'hc_s', type: 'enumeration', fieldType: 'select', values: ['draft', 'done'] },
        salesforce: [{ object: 'Opportunity', field: 'HC_S__c', type: 'Picklist', values: ['draft', 'Done'] }],
        longestValue: {},
      }),
    );
    expect(problems).toEqual([expect.stringMatching(/^picklist: .*done only in HubSpot.*Done only in Salesforce/)]);
  });

  it('knows which rules carry a value written in HubSpot: only Two-way', () => {
    expect(ruleCarries('Two-way', ['hubspot'])).toBe(true);
    expect(ruleCarries('Always use Salesforce', ['hubspot'])).toBe(false);
    expect(ruleCarries('Always use Salesforce', ['salesforce'])).toBe(true);
    expect(ruleCarries("Don't sync", ['salesforce'])).toBe(false);
  });
});

describe('npm run validate on the connector mappings', () => {
  const inputs = readConnectorInputs();
  const copy = (): ConnectorInputs =>
    JSON.parse(JSON.stringify({ ...inputs, salesforceFields: [...inputs.salesforceFields] }), (key, value) =>
      key === 'salesforceFields' ? new Map(value) : value,
    );

  it('passes on the repository', () => {
    expect(checkConnectorMappings(inputs)).toEqual([]);
  });

  it('fails when a synced field changes type on one side only', () => {
    const changed = copy();
    const key = 'Opportunity.HC_Handoff_Reviewed_By__c';
    changed.salesforceFields.set(key, changed.salesforceFields.get(key)!.replace('<type>Text</type>', '<type>Number</type>'));
    expect(checkConnectorMappings(changed)).toEqual([expect.objectContaining({ message: expect.stringMatching(/hc_handoff_reviewed_by.*type:/) })]);
  });

  it('fails when a picklist gains a value only HubSpot has', () => {
    const changed = copy();
    changed.properties.deals.find((p) => p.name === 'hc_handoff_status')!.options!.push({ value: 'escalated' });
    expect(checkConnectorMappings(changed)).toEqual([expect.objectContaining({ message: expect.stringMatching(/escalated only in HubSpot/) })]);
  });

  it('fails when a field is in no mapping', () => {
    const changed = copy();
    changed.properties.companies.push({ name: 'hc_new', type: 'string', fieldType: 'text' });
    expect(checkConnectorMappings(changed)).toEqual([{ check: 'connector', message: 'companies.hc_new is in no connector mapping (npm run generate)' }]);
  });
});

describe('the admin page', () => {
  const page = fileAt(guideFile);

  it('lists every pair with its sync rule, and every pair the connector cannot carry with the alternative', () => {
    for (const m of mappings)
      expect(page).toMatch(new RegExp(`\\| \`${m.hubspot.property}\` \\(.*\\) \\| \`${m.salesforce.field}\` \\(.*\\| ${m.syncRule} \\|$`, 'm'));
    for (const m of mappings.filter((x) => x.syncRule === "Don't sync"))
      expect(page).toContain(`- **${m.label}** (\`${m.hubspot.property}\` ↔ \`${m.salesforce.field}\``);
    expect(page).toContain(pushCommand);
  });

  it('cites the HubSpot pages the rules come from, and matches the machine-readable file', () => {
    expect(page).toContain('https://knowledge.hubspot.com/salesforce/map-hubspot-properties-to-salesforce-fields');
    expect(JSON.parse(fileAt(mappingsFile)).mappings).toEqual(JSON.parse(JSON.stringify(mappings)));
  });
});
