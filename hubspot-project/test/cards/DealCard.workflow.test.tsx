/**
 * The handoff workflow on HubSpot, row by row from the table the core and Salesforce are tested
 * against (shared/test/data/handoff-workflow-cases.json): at each status, the deal card offers
 * each team exactly the actions the table allows, and each team reads the copy the table says.
 */
import { Button, TextArea } from '@hubspot/ui-extensions';
import table from '../../../shared/test/data/handoff-workflow-cases.json';
import { CompanyCard } from '../../src/app/cards/CompanyCard';
import { DealCard } from '../../src/app/cards/DealCard';
import { bookProperties, caseId, now, renderCard, wordsIn } from './helpers';

interface WorkflowCase {
  name: string;
  role: 'sales' | 'customer-success';
  status: 'none' | 'draft' | 'submitted' | 'accepted' | 'returned' | 'unreadable';
  canEdit: boolean;
  canSubmit: boolean;
  canAccept: boolean;
  canReturn: boolean;
  reads: 'document' | 'snapshot';
}

const cases = table.cases as WorkflowCase[];
const submittedText = 'As submitted: cut late deliveries by half';
const liveText = 'Edited since: cut late deliveries by a third';

/**
 * The deal's properties at a status: a handoff whose frozen copy and live document differ, so a
 * test can tell which one a team reads. `none` is a deal with no handoff at all.
 */
function dealAt(status: WorkflowCase['status']): Record<string, string> {
  if (status === 'none') return {};
  const base = bookProperties(caseId('handoff-submitted'));
  const copy = JSON.parse(base.hc_handoff_submitted_payload);
  const frozen = { ...copy, desiredOutcome: { ...copy.desiredOutcome, requiredOutcome: submittedText } };
  const live = { ...copy, desiredOutcome: { ...copy.desiredOutcome, requiredOutcome: liveText } };
  return {
    ...base,
    hc_handoff_submitted_payload: JSON.stringify(frozen),
    hc_handoff_payload: status === 'unreadable' ? '[1,2' : JSON.stringify(live),
    hc_handoff_status: status === 'unreadable' ? 'submitted' : status,
  };
}

/** Rows with a stored handoff that can be read: there, the two copies can be told apart. */
const readable = (c: WorkflowCase) => c.status !== 'none' && c.status !== 'unreadable';
const shown = (r: ReturnType<typeof renderCard>, testId: string) => r.maybeFindByTestId(Button, testId) !== null;

afterEach(() => jest.restoreAllMocks());

it('the table covers both teams at every status', () => {
  for (const role of ['sales', 'customer-success'])
    for (const status of ['none', 'draft', 'submitted', 'accepted', 'returned', 'unreadable'])
      expect(cases.filter((c) => c.role === role && c.status === status)).toHaveLength(1);
});

describe.each(cases.filter((c) => c.role === 'sales'))('the AE, $name', (row) => {
  it(`${row.canEdit ? 'may' : 'may not'} edit, ${row.canSubmit ? 'may' : 'may not'} submit`, () => {
    const r = renderCard(<DealCard now={now} />, { properties: dealAt(row.status) });
    expect(shown(r, 'hc-edit-handoff')).toBe(row.canEdit);
    if (!row.canEdit) return;
    r.findByTestId(Button, 'hc-edit-handoff').trigger('onClick');
    expect(shown(r, 'hc-submit-handoff')).toBe(row.canSubmit);
    expect(shown(r, 'hc-save-draft')).toBe(row.canEdit);
  });
});

describe.each(cases.filter((c) => c.role === 'customer-success'))('CS, $name', (row) => {
  it(`${row.canAccept ? 'may' : 'may not'} accept, ${row.canReturn ? 'may' : 'may not'} return`, () => {
    const r = renderCard(<DealCard now={now} />, { properties: dealAt(row.status) });
    expect(shown(r, 'hc-accept-handoff')).toBe(row.canAccept);
    expect(shown(r, 'hc-return-handoff')).toBe(row.canReturn);
  });
});

describe.each(cases.filter((c) => c.role === 'sales' && readable(c)))('the AE, $name', (row) => {
  it(`reads the ${row.reads === 'document' ? 'live document' : 'copy as submitted'} on the deal`, () => {
    const r = renderCard(<DealCard now={now} />, { properties: dealAt(row.status) });
    const [expected, other] = row.reads === 'document' ? [liveText, submittedText] : [submittedText, liveText];
    expect(wordsIn(r)).toContain(expected);
    expect(wordsIn(r)).not.toContain(other);
    if (!row.canEdit) return;
    r.findByTestId(Button, 'hc-edit-handoff').trigger('onClick');
    expect(r.findByTestId(TextArea, 'hc-desiredOutcome-requiredOutcome').props.value).toBe(expected);
  });
});

describe.each(cases.filter((c) => c.role === 'customer-success' && readable(c)))('CS, $name', (row) => {
  it(`reads the ${row.reads === 'document' ? 'live document' : 'copy as submitted'} on the company`, () => {
    const deal = { ...dealAt(row.status), hs_is_closed_won: 'true' };
    const r = renderCard(<CompanyCard now={now} />, { properties: {}, associations: [{ toObjectId: 1, properties: deal }] });
    const [expected, other] = row.reads === 'snapshot' ? [submittedText, liveText] : [liveText, submittedText];
    expect(wordsIn(r)).toContain(expected);
    expect(wordsIn(r)).not.toContain(other);
  });
});
