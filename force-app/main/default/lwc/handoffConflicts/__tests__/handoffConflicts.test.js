import HandoffConflicts from 'c/handoffConflicts';
import { linesOf, mount, unmountAll, wordsRunTogether } from '../../../../../test/cards';

const conflict = (overrides = {}) => ({
    key: 'forecast-discrepancy',
    type: 'forecast-discrepancy',
    title: 'Forecast discrepancy',
    summary: "The AI's win probability (62%) and the rep's forecast (90%) are 28 points apart; the limit is 25.",
    notify: ['role.vpSales'],
    notifyText: 'Notify: VP Sales',
    owner: 'role.vpSales',
    ownerText: 'Decides: VP Sales',
    state: 'open',
    stateText: 'Open',
    deadlineText: 'Decide by Nov 30, 2026, at the forecast meeting',
    dueDate: '2026-11-30',
    ...overrides,
});
const overdue = () =>
    conflict({
        key: 'late',
        state: 'overdue',
        stateText: 'Overdue',
        deadlineText: 'Decision overdue since Nov 23, 2026',
        dueDate: '2026-11-23',
    });

const render = (conflicts) => mount('c-handoff-conflicts', HandoffConflicts, { heading: 'Conflicts', conflicts });
const boxes = (element) => [...element.shadowRoot.querySelectorAll('[data-type]')];

describe('c-handoff-conflicts', () => {
    afterEach(() => unmountAll());

    it('shows an open decision with its due date and no overdue marker', async () => {
        const element = await render([conflict()]);
        const [box] = boxes(element);
        expect(box.dataset.state).toBe('open');
        expect(box.querySelector('[data-id="conflict-state"]')).toBeNull();
        expect(box.querySelector('[data-id="conflict-deadline"]').textContent).toBe('Decide by Nov 30, 2026, at the forecast meeting');
        expect(box.querySelector('lightning-icon').iconName).toBe('utility:warning');
    });

    it('marks an overdue decision in words and with its own icon, not by colour alone', async () => {
        const element = await render([conflict(), overdue()]);
        const [open, late] = boxes(element);
        expect(late.dataset.state).toBe('overdue');
        expect(late.querySelector('[data-id="conflict-state"]').textContent).toBe('Overdue');
        expect(late.querySelector('lightning-icon').iconName).toBe('utility:clock');
        expect(open.querySelector('lightning-icon').iconName).toBe('utility:warning');
        expect(linesOf(element)).toContain('Forecast discrepancy Overdue');
        expect(late.querySelector('[data-id="conflict-deadline"]').textContent).toBe('Decision overdue since Nov 23, 2026');
        expect(wordsRunTogether(element)).toEqual([]);
    });

    it('is accessible with an overdue decision', async () => {
        const element = await render([conflict(), overdue()]);
        await expect(element).toBeAccessible();
    });
});
