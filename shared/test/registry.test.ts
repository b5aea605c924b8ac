import { contexts, kinds } from '../src/contexts';
import { columnsOf, fieldsOf, registry } from '../src/registry';

describe('field registry', () => {
  it('gives every field of every context a title, a definition and a readable type', () => {
    expect(registry.length).toBeGreaterThan(100);
    for (const field of registry) {
      expect(field.title).not.toBe('');
      expect(field.description).toMatch(/\.$/);
      expect(field.type).not.toMatch(/undefined/);
    }
  });

  it('lists each context once per path', () => {
    for (const kind of kinds) {
      const paths = fieldsOf(kind).map((f) => f.path);
      expect(new Set(paths).size).toBe(paths.length);
    }
  });

  it('derives distinct platform storage names that fit both platforms', () => {
    const names = kinds.flatMap((kind) => columnsOf(kind).map((c) => c.column.name));
    expect(new Set(names).size).toBe(names.length);
    for (const field of registry.filter((f) => f.salesforce)) {
      expect(field.salesforce!.field).toMatch(/^HC_[A-Za-z0-9_]+__c$/);
      expect(field.salesforce!.field.length).toBeLessThanOrEqual(43);
      expect(field.hubspot!.property).toMatch(/^hc_[a-z0-9_]+$/);
    }
  });

  it('marks the must-have fields of the handoff', () => {
    const mustHave = fieldsOf('sales-to-cs')
      .filter((f) => f.mustHave)
      .map((f) => f.path);
    expect(mustHave).toEqual(expect.arrayContaining(['desiredOutcome.requiredOutcome', 'successCriteria', 'commitments', 'commercialTerms.arr']));
  });

  it('reads each context version from its schema', () => {
    expect(contexts['lead-score'].version).toBe(2);
    expect(contexts['sales-to-cs'].version).toBe(1);
  });
});
