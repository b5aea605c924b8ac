/** What CS must deliver and when: technical needs and the timeline. */
import { fieldLabel } from '../../i18n';
import type { ViewContext } from '../context';
import { withDetail } from '../parts';
import { at, text, texts } from '../read';
import type { HandoffView } from '../types';
import { KIND } from './completeness';

const milestones = ['closedWonAt', 'submittedAt', 'kickoffAt', 'targetGoLive'] as const;

export function readTechnical(value: unknown, ctx: ViewContext): HandoffView['technical'] {
  const { t } = ctx;
  const needs = at(value, 'technicalNeeds');
  const integrations = texts(at(needs, 'integrations'));
  const sso = at(needs, 'sso');
  const migration = text(at(needs, 'migration'));
  const compliance = texts(at(needs, 'compliance'));
  const parts = {
    ...(integrations.length && { integrationsText: t.formatList(integrations) }),
    ...(typeof sso === 'boolean' && { ssoText: t.t(sso ? 'technical.ssoRequired' : 'technical.ssoNotRequired') }),
    ...(migration && { migration }),
    ...(compliance.length && { complianceText: t.formatList(compliance) }),
  };
  if (!Object.keys(parts).length) return undefined;
  return withDetail(parts, parts.integrationsText, parts.ssoText, parts.migration, parts.complianceText);
}

/** The go-live is a day; the other milestones are moments. */
export function readTimeline(value: unknown, ctx: ViewContext): HandoffView['timeline'] {
  const { t } = ctx;
  const timeline = at(value, 'timeline');
  return milestones.flatMap((name) => {
    const when = text(at(timeline, name));
    if (!when) return [];
    const dateText = name === 'targetGoLive' ? t.formatDate(when) : t.formatDateTime(when);
    return [{ key: `timeline-${name}`, label: fieldLabel(KIND, `timeline.${name}`, t), dateText }];
  });
}
