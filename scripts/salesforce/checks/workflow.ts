/**
 * The org enforces the handoff workflow the cards follow: the committed validation rules, run by the
 * formula evaluator the way Salesforce runs them on a save, refuse exactly the saves the core's
 * workflow table (shared/src/workflow/rules.ts) forbids, for every role, stage and change.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { contexts } from '../../../shared/src/contexts';
import { salesforceFieldName } from '../../../shared/src/storage';
import { columnAt } from '../../../shared/src/write/columns';
import { handoffStages, salesMayEdit, type HandoffRole, type HandoffStage } from '../../../shared/src/workflow/rules';
import { handoffTransitions } from '../../../shared/src/workflow/transitions';
import { handoffPermissionOf } from '../../generate/handoff-enforcement';
import { errorCondition, type FormulaRecord } from '../formula';
import { type Finding, type SalesforceProject } from '../project';

const HANDOFF = 'sales-to-cs';

interface Rule {
  name: string;
  formula: string;
  active: boolean;
}

export function validationRules(project: SalesforceProject, object: string): Rule[] {
  const dir = path.join(project.defaultDir, 'objects', object, 'validationRules');
  if (!existsSync(dir)) return [];
  const parser = new XMLParser();
  return readdirSync(dir)
    .filter((file) => file.endsWith('.validationRule-meta.xml'))
    .sort()
    .map((file) => {
      const rule = parser.parse(readFileSync(path.join(dir, file), 'utf8')).ValidationRule;
      return { name: file.replace('.validationRule-meta.xml', ''), formula: String(rule.errorConditionFormula), active: rule.active === true };
    });
}

interface Save {
  what: string;
  record: FormulaRecord;
  allowed: boolean;
}

const stored = (stage: HandoffStage) => (stage === 'none' ? '' : stage);

/** Every kind of save a card, an inline edit or an API call could make, and whether the workflow allows it. */
export function handoffSaves(): Save[] {
  const status = salesforceFieldName(columnAt(HANDOFF, 'review.status'));
  const { storage } = contexts[HANDOFF];
  const document = salesforceFieldName(storage.document);
  const snapshot = salesforceFieldName(storage.snapshot!);
  const before = (stage: HandoffStage) => ({ [status]: stored(stage), [document]: '{"v":1}', [snapshot]: '{"v":0}' });
  const permissionsOf = (role?: HandoffRole) => new Set(role ? [handoffPermissionOf[role].name] : []);
  const saves: Save[] = [];
  const roles: Array<HandoffRole | undefined> = ['sales', 'customer-success', undefined];
  for (const role of roles)
    for (const from of handoffStages) {
      for (const to of handoffStages) {
        if (to === from) continue;
        // What the role's card writes with the status: sales its document, and the frozen copy on submit.
        const now = { ...before(from), [status]: stored(to) };
        if (role === 'sales') now[document] = '{"v":2}';
        if (role === 'sales' && to === 'submitted') now[snapshot] = '{"v":2}';
        const allowed = handoffTransitions.some((t) => t.role === role && t.from.includes(from) && t.to.includes(to));
        saves.push({
          what: `${role ?? 'a user with neither role'} moves a handoff from ${from} to ${to}`,
          record: { prior: before(from), now, permissions: permissionsOf(role) },
          allowed,
        });
      }
      saves.push({
        what: `${role ?? 'a user with neither role'} edits the handoff while it is ${from}`,
        record: { prior: before(from), now: { ...before(from), [document]: '{"v":2}' }, permissions: permissionsOf(role) },
        allowed: salesMayEdit(from),
      });
      saves.push({
        what: `${role ?? 'a user with neither role'} rewrites the submitted copy while the handoff is ${from}`,
        record: { prior: before(from), now: { ...before(from), [snapshot]: '{"v":2}' }, permissions: permissionsOf(role) },
        allowed: false,
      });
    }
  return saves;
}

export function checkWorkflow(project: SalesforceProject): { findings: Finding[]; saves: number } {
  const findings: Finding[] = [];
  let saves = 0;
  for (const object of contexts[HANDOFF].storage.salesforce) {
    const rules = validationRules(project, object).filter((rule) => rule.active);
    if (!rules.length) {
      findings.push({ check: 'workflow', message: `${object} has no active validation rule: the org does not enforce the handoff workflow` });
      continue;
    }
    for (const save of handoffSaves()) {
      saves += 1;
      let refusedBy: string[];
      try {
        refusedBy = rules.filter((rule) => errorCondition(rule.formula, save.record)).map((rule) => rule.name);
      } catch (error) {
        findings.push({ check: 'workflow', message: `${object}: a validation rule cannot be evaluated (${(error as Error).message})` });
        return { findings, saves };
      }
      if (save.allowed && refusedBy.length)
        findings.push({ check: 'workflow', message: `${object}: ${refusedBy.join(', ')} refuses what the workflow allows: ${save.what}` });
      if (!save.allowed && !refusedBy.length)
        findings.push({ check: 'workflow', message: `${object}: no validation rule refuses what the workflow forbids: ${save.what}` });
    }
  }
  return { findings, saves };
}
