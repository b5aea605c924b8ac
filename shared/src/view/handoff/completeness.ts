/** How complete a handoff is, and which parse problems are only must-have gaps while sales writes it. */
import { fieldLabel } from '../../i18n';
import { registryPath } from '../../parse/paths';
import type { Problem } from '../../parse/result';
import { fieldsOf } from '../../registry';
import { completenessOf } from '../../write/completeness';
import type { ViewContext } from '../context';
import type { CompletenessView } from '../types';

import { KIND } from './stored';

const mustHavePaths = fieldsOf(KIND)
  .filter((f) => f.mustHave)
  .map((f) => f.path);

/** A problem that only says a must-have field is not filled in yet (or a group holding some). */
export function isMustHaveGap(problem: Problem): boolean {
  if (problem.code !== 'missing' && problem.code !== 'too_small') return false;
  const path = registryPath(typeof problem.path === 'string' ? problem.path : '');
  return mustHavePaths.some((must) => must === path || must.startsWith(`${path}.`));
}

export function completenessView(value: unknown, ctx: ViewContext): CompletenessView {
  const { t } = ctx;
  const result = completenessOf(KIND, value);
  const missing = result.missing.map((path) => ({ key: `missing-${path}`, path, label: fieldLabel(KIND, path, t) }));
  const complete = missing.length === 0;
  return {
    percent: result.percent,
    percentText: t.formatPercent(result.percent / 100),
    complete,
    filled: result.filled,
    total: result.total,
    missing,
    summaryText: t.tn('completeness.summary', result.total, { filled: t.formatNumber(result.filled) }),
    missingText: complete ? '' : t.t('completeness.missing', { fields: t.formatList(missing.map((m) => m.label)) }),
    criteriaTotal: result.criteria.total,
    criteriaConfirmed: result.criteria.confirmed,
    ...(result.criteria.total > 0 && {
      confirmedText: t.tn('completeness.confirmed', result.criteria.total, { confirmed: t.formatNumber(result.criteria.confirmed) }),
    }),
  };
}
