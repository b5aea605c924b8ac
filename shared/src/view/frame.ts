/**
 * The part every card shares: empty, invalid and unreadable states, settings notices, and the
 * guarantee that a view builder never throws, whatever a JavaScript caller hands it.
 */
import type { Kind } from '../contexts';
import { problemText } from '../i18n';
import type { DeepPartial, PayloadOf, Problem } from '../parse/result';
import { contextOf, type ViewContext } from './context';
import { emptyKey, problemNotices, titleKey } from './parts';
import { at, bag, list } from './read';
import type { CardView, Notice } from './types';

export type Base = CardView;

/**
 * What a valid or partial result hands the kind's builder: the payload as the lenient parse kept
 * it (only valid parts, each of its type), to be read by type with the guards of ./read.
 */
export interface Readable<K extends Kind = Kind> {
  status: 'valid' | 'partial';
  value: DeepPartial<PayloadOf<K>>;
  problems: unknown[];
  contradictions: unknown[];
}

function unreadable(kind: Kind, ctx: ViewContext): Base {
  const stateText = ctx.t.t('state.unreadable');
  return {
    kind,
    state: 'invalid',
    title: ctx.t.t(titleKey(kind)),
    stateText,
    notices: [{ key: 'unreadable', tone: 'error', text: stateText }],
    conflicts: [],
  };
}

export function buildCard<V extends CardView, K extends Kind = Kind>(
  kind: K,
  result: unknown,
  options: unknown,
  blank: (base: Base, ctx: ViewContext) => V,
  ready: (input: Readable<K>, base: Base, ctx: ViewContext) => V,
): V {
  let ctx: ViewContext;
  try {
    ctx = contextOf(options);
  } catch {
    ctx = contextOf(undefined);
  }
  const fallback = () => {
    try {
      return blank(unreadable(kind, ctx), ctx);
    } catch {
      return { ...unreadable(kind, ctx) } as V;
    }
  };
  try {
    const base: Base = { kind, state: 'ready', title: ctx.t.t(titleKey(kind)), notices: [...ctx.settingsNotices], conflicts: [] };
    const status = at(result, 'status');
    const resultKind = at(result, 'kind');
    if (resultKind !== undefined && resultKind !== kind) return fallback();
    if (status === 'empty') return blank({ ...base, state: 'empty', stateText: ctx.t.t(emptyKey(kind)) }, ctx);
    if (status === 'invalid') {
      const reason = at(result, 'reason');
      const reasonText = bag(reason) ? problemText(reason as unknown as Problem, ctx.t, kind) : ctx.t.t('state.unreadable');
      const problems = list(at(result, 'problems'));
      const notices: Notice[] = problemNotices(kind, problems.length ? problems : bag(reason) ? [reason] : [], ctx);
      return blank({ ...base, state: 'invalid', stateText: ctx.t.t('state.invalid', { reason: reasonText }), notices: [...base.notices, ...notices] }, ctx);
    }
    if (status !== 'valid' && status !== 'partial') return fallback();
    const value = bag(at(result, 'value'));
    if (!value) return fallback();
    return ready(
      { status, value: value as DeepPartial<PayloadOf<K>>, problems: list(at(result, 'problems')), contradictions: list(at(result, 'contradictions')) },
      base,
      ctx,
    );
  } catch {
    return fallback();
  }
}
