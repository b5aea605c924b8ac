/** What CS must deliver and when: technical needs and the timeline. */
import { fieldLabel } from '../../i18n';
import type { ViewContext } from '../context';
import { withDetail } from '../parts';
import { group, text, texts } from '../read';
import type { HandoffView } from '../types';
import { KIND, type StoredHandoff } from './stored';

const milestones = ['closedWonAt', 'submittedAt', 'kickoffAt', 'targetGoLive'] as const;

export function readTechnical(value: StoredHandoff, ctx: ViewContext): HandoffView['technical'] {
  const { t } = ctx;
  const needs = group(value.technicalNeeds);
  const integrations = texts(needs?.integrations);
  const sso: unknown = needs?.sso;
  const migration = text(needs?.migration);
  const compliance = texts(needs?.compliance);
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
export function readTimeline(value: StoredHandoff, ctx: ViewContext): HandoffView['timeline'] {
  const { t } = ctx;
  const timeline = group(value.timeline);
  return milestones.flatMap((name) => {
    const when = text(timeline?.[name]);
    if (!when) return [];
    const dateText = name === 'targetGoLive' ? t.formatDate(when) : t.formatDateTime(when);
    return [{ key: `timeline-${name}`, label: fieldLabel(KIND, `timeline.${name}`, t), dateText }];
  });
}
