/**
 * Where a refused save or submit goes wrong, field by field: each problem of the core's actions
 * placed on the input of the handoff form that holds it (or on its section, for a list with no
 * entry yet), with the sentence to show next to it, in the form's order, so that both editors
 * mark the same fields and move focus to the same first one.
 */
import { problemText } from '../i18n/problems';
import type { Translator } from '../i18n/translator';
import { isValidFor } from '../parse/clean';
import { registryPath, schemaAt } from '../parse/paths';
import type { Problem } from '../parse/result';
import { draftPathOf, draftValueAt } from './draft';
import { handoffForm } from './form';

export interface HandoffFieldError {
  /**
   * The input it belongs to, as both editors key their inputs: the field's registry path, with
   * `-<row>` for a field of a list entry (`successCriteria[].target-0`); `section:<path>` when
   * it is a list's own problem (no entry yet).
   */
  key: string;
  /** The registry path of the field or section. */
  path: string;
  /** The entry of a list, for a field of a list entry. */
  row?: number;
  /** The sentence shown next to the input, e.g. "ARR is missing." */
  message: string;
}

function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/**
 * A list entry the writer left out (`dropped_item`) names no field: read the entry of the draft
 * again, field by field, so the input to fix is the one marked (a missing target, a bad link).
 */
function rowProblems(problem: Problem, draft: unknown): Problem[] {
  const match = /^([A-Za-z]+)\[(\d+)\]$/.exec(typeof problem.path === 'string' ? problem.path : '');
  if (problem.code !== 'dropped_item' || !match) return [];
  const section = handoffForm.sections.find((candidate) => candidate.path === match[1] && candidate.layout === 'list');
  if (!section) return [];
  const row = Number(match[2]);
  return section.fields.flatMap((field): Problem[] => {
    const value = draftValueAt(draft, draftPathOf(field.path, row));
    const path = `${section.path}[${row}].${field.name}`;
    if (blank(value)) return field.required ? [{ path, code: 'missing', severity: 'error', message: '' }] : [];
    const schema = schemaAt('sales-to-cs', field.path);
    let valid = true;
    try {
      valid = !schema || isValidFor(schema, value);
    } catch {
      valid = false;
    }
    return valid ? [] : [{ path, code: 'invalid', severity: 'error', message: '' }];
  });
}

/**
 * The problems a card shows beside the form's inputs, first field first; problems on nothing the
 * form edits are left out. `draft`: what was submitted, to place the problems of a list entry the
 * writer left out on its fields.
 */
export function handoffFieldErrors(problems: readonly Problem[], t: Translator, draft?: unknown): HandoffFieldError[] {
  const found = new Map<string, HandoffFieldError & { order: number }>();
  const given = Array.isArray(problems) ? problems : [];
  const rows = given.flatMap((problem) => rowProblems(problem, draft));
  // A list whose entries are marked does not also say it is empty: its entries say what to fix.
  const withRows = new Set(rows.map((problem) => problem.path.replace(/\[.*$/, '')));
  const list = [...given.filter((problem) => !(problem && withRows.has(problem.path))), ...rows];
  for (const problem of list) {
    const raw = problem && typeof problem.path === 'string' ? problem.path : '';
    if (!raw) continue;
    const path = registryPath(raw);
    const rowMatch = /\[(\d+)\]/.exec(raw);
    const row = rowMatch ? Number(rowMatch[1]) : undefined;
    let placed: Omit<HandoffFieldError, 'message'> | undefined;
    let order = 0;
    handoffForm.sections.forEach((section, sectionIndex) => {
      if (placed) return;
      section.fields.forEach((field, fieldIndex) => {
        if (placed || field.path !== path) return;
        placed = { key: row === undefined ? field.path : `${field.path}-${row}`, path: field.path, ...(row !== undefined && { row }) };
        order = sectionIndex * 1_000_000 + (row ?? 0) * 1_000 + fieldIndex;
      });
      if (!placed && section.layout === 'list' && section.path === path) {
        placed = { key: `section:${section.path}`, path: section.path };
        order = sectionIndex * 1_000_000 - 1;
      }
    });
    if (!placed || found.has(placed.key)) continue;
    found.set(placed.key, { ...placed, message: problemText(problem, t, 'sales-to-cs'), order });
  }
  return [...found.values()].sort((a, b) => a.order - b.order).map(({ order: _order, ...error }) => error);
}
