/**
 * The per-kind table of view builders. It lives beside the contexts, not in them, because the view
 * modules import the contexts: a map in `contexts/` would make a cycle. Typed by kind, so a context
 * without a view builder does not compile.
 */
import type { Kind } from './contexts';
import type { ParseResult, PayloadOf } from './parse/result';
import type { ViewOptions } from './view/context';
import { customerHealthView } from './view/customer-health';
import { dealRiskView } from './view/deal-risk';
import { handoffView } from './view/handoff';
import { leadScoreView } from './view/lead-score';
import type { CardView } from './view/types';

/** Each kind's view builder, called with its parse result alone (a card may pass more, e.g. the handoff to the health card). */
export const viewBuilders = {
  'lead-score': leadScoreView,
  'deal-risk': dealRiskView,
  'sales-to-cs': handoffView,
  'customer-health': (result: ParseResult<PayloadOf<'customer-health'>>, options?: ViewOptions) => customerHealthView(result, options),
} satisfies { [K in Kind]: (result: ParseResult<PayloadOf<K>>, options?: ViewOptions) => CardView };

/** The view model a kind's card renders. */
export type ViewOf<K extends Kind> = ReturnType<(typeof viewBuilders)[K]>;

/** The view model of any kind's parse result. Never throws (the builders do not). */
export function viewOf<K extends Kind>(kind: K, result: ParseResult<PayloadOf<K>>, options: ViewOptions = {}): ViewOf<K> & CardView {
  const build = viewBuilders[kind] as unknown as (result: ParseResult<PayloadOf<K>>, options: ViewOptions) => ViewOf<K> & CardView;
  return build(result, options);
}
