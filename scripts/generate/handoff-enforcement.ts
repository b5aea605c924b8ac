/**
 * The handoff workflow enforced by the org itself, not only by the card: an API call, an inline edit
 * or a list view cannot mark a handoff accepted, rewrite the copy CS reviews, or change the handoff
 * while CS reviews it. No Apex: one custom permission per role, granted by that role's permission set,
 * and validation rules generated from the core's workflow table (shared/src/workflow/rules.ts).
 * scripts/salesforce/checks/workflow.ts evaluates the committed rules against the same table.
 */
import { contexts } from '../../shared/src/contexts';
import { columnAt } from '../../shared/src/write/columns';
import { salesforceFieldName } from '../../shared/src/storage';
import type { HandoffRole, HandoffStage } from '../../shared/src/workflow/rules';
import { handoffLockedStages, handoffTransitions } from '../../shared/src/workflow/transitions';
import { generated, type GeneratedFile } from './output';
import { salesforceFieldsDir } from './salesforce-fields';
import { el, metadataXml } from './xml';

export const customPermissionsDir = 'force-app/main/default/customPermissions';

export interface CustomPermissionSpec {
  name: string;
  label: string;
  description: string;
}

/** The custom permission each role's status changes need; the role's permission set grants it. */
export const handoffPermissionOf: Record<HandoffRole, CustomPermissionSpec> = {
  sales: {
    name: 'Handoff_Context_Submit_Handoff',
    label: 'Handoff Context: save and submit handoffs',
    description: 'Lets a rep or AE save a sales-to-CS handoff as a draft and submit it to Customer Success. Granted by Handoff Context Sales.',
  },
  'customer-success': {
    name: 'Handoff_Context_Review_Handoff',
    label: 'Handoff Context: accept and return handoffs',
    description: 'Lets a CS manager accept a submitted sales-to-CS handoff or return it to sales. Granted by Handoff Context Customer Success.',
  },
};

const HANDOFF = 'sales-to-cs';
const field = (path: string) => salesforceFieldName(columnAt(HANDOFF, path));
const status = () => field('review.status');

/** The status column's stored value of a stage (nothing is stored before the first save). */
const stored = (stage: HandoffStage) => (stage === 'none' ? '' : stage);
const priorIs = (stages: readonly HandoffStage[]) => `OR(${stages.map((s) => `TEXT(PRIORVALUE(${status()})) = "${stored(s)}"`).join(', ')})`;
const nowIs = (stages: readonly HandoffStage[]) =>
  `OR(${stages.map((s) => (s === 'none' ? `ISBLANK(TEXT(${status()}))` : `ISPICKVAL(${status()}, "${s}")`)).join(', ')})`;

export interface ValidationRuleSpec {
  name: string;
  description: string;
  errorConditionFormula: string;
  errorDisplayField: string;
  errorMessage: string;
}

export function handoffValidationRules(): ValidationRuleSpec[] {
  const allowed = handoffTransitions.map((t) => `AND($Permission.${handoffPermissionOf[t.role].name}, ${priorIs(t.from)}, ${nowIs(t.to)})`);
  const { storage } = contexts[HANDOFF];
  return [
    {
      name: 'HC_Handoff_Status_Change',
      description:
        'The handoff status changes only as the workflow allows: sales saves and submits, CS accepts or returns a submitted handoff. Generated from the Handoff Context core.',
      errorConditionFormula: `AND(ISCHANGED(${status()}), NOT(OR(${allowed.join(', ')})))`,
      errorDisplayField: status(),
      errorMessage:
        'This handoff status change is not allowed: sales saves and submits handoffs (Handoff Context Sales), and CS accepts or returns submitted ones (Handoff Context Customer Success).',
    },
    {
      name: 'HC_Handoff_Frozen_Copy',
      description:
        'The copy CS reviews is written only when the handoff is submitted, so it stays what sales submitted. Generated from the Handoff Context core.',
      errorConditionFormula: `AND(ISCHANGED(${salesforceFieldName(storage.snapshot!)}), NOT(AND(ISCHANGED(${status()}), ${nowIs(['submitted'])})))`,
      errorDisplayField: status(),
      errorMessage: 'The submitted copy of the handoff changes only when the handoff is submitted.',
    },
    {
      name: 'HC_Handoff_Locked_In_Review',
      description:
        'Sales cannot change the handoff while CS reviews it or once CS accepted it; CS returns it to reopen it. Generated from the Handoff Context core.',
      errorConditionFormula: `AND(ISCHANGED(${salesforceFieldName(storage.document)}), ${priorIs(handoffLockedStages)})`,
      errorDisplayField: status(),
      errorMessage: 'This handoff is with Customer Success (submitted or accepted): it can be changed again once CS returns it.',
    },
  ];
}

export function validationRuleXml(rule: ValidationRuleSpec): string {
  // Salesforce limits: description and error message 255 characters, formula 3,900.
  if (rule.description.length > 255 || rule.errorMessage.length > 255 || rule.errorConditionFormula.length > 3900)
    throw new Error(`${rule.name}: a description or message over 255 characters, or a formula over 3,900`);
  return metadataXml(
    'ValidationRule',
    [
      el('fullName', rule.name),
      el('active', true),
      el('description', rule.description),
      el('errorConditionFormula', rule.errorConditionFormula),
      el('errorDisplayField', rule.errorDisplayField),
      el('errorMessage', rule.errorMessage),
    ],
    undefined,
    true,
  );
}

export function customPermissionXml(spec: CustomPermissionSpec): string {
  return metadataXml('CustomPermission', [el('description', spec.description), el('isLicensed', false), el('label', spec.label)]);
}

export function handoffEnforcementFiles(): GeneratedFile[] {
  const rules = contexts[HANDOFF].storage.salesforce.flatMap((object) =>
    handoffValidationRules().map((rule) =>
      generated(`${salesforceFieldsDir}/${object}/validationRules/${rule.name}.validationRule-meta.xml`, validationRuleXml(rule)),
    ),
  );
  const permissions = Object.values(handoffPermissionOf).map((spec) =>
    generated(`${customPermissionsDir}/${spec.name}.customPermission-meta.xml`, customPermissionXml(spec)),
  );
  return [...rules, ...permissions];
}
