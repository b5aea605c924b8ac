/**
 * The per-kind table of view builders. It lives beside the contexts, not in them, because the view
 * modules import the contexts: a map in `contexts/` would make a cycle. Typed by kind, so a context
 * without a view builder does not compile.
 */
import { kinds, type Kind } from './contexts';
import { isPlainObject } from './parse/paths';
import { parsePayload } from './parse/payload';
import { fieldsOf } from './registry';
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

/** Lexicographic order of two rank tuples. */
function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * The kind a payload most likely is, from the schemas alone (no per-kind list): the kind that reads
 * it best (valid, then partly valid, then fewest errors, migrations included), then the one whose
 * top-level fields it names most, less the keys that kind does not know and the required fields it
 * lacks. Undefined when no field matches or two kinds tie.
 */
export function guessKind(value: unknown): Kind | undefined {
  if (!isPlainObject(value)) return undefined;
  const keys = Object.keys(value).filter((key) => key !== 'schemaVersion');
  const statusRank = { valid: 3, partial: 2, invalid: 1, empty: 0 } as const;
  const ranked = kinds.flatMap((kind) => {
    const top = fieldsOf(kind).filter((f) => !/[.[]/.test(f.path) && f.path !== 'schemaVersion');
    const names = new Set(top.map((f) => f.path));
    const known = keys.filter((key) => names.has(key)).length;
    if (known === 0) return [];
    const missing = top.filter((f) => f.required && !keys.includes(f.path)).length;
    const result = parsePayload(kind, value);
    const errors =
      result.status === 'invalid' ? result.problems.length + 1 : result.status === 'empty' ? 0 : result.problems.filter((p) => p.severity === 'error').length;
    return [{ kind, rank: [statusRank[result.status], -errors, known - (keys.length - known) - missing] }];
  });
  ranked.sort((a, b) => compareRanks(b.rank, a.rank));
  if (ranked.length === 0 || (ranked.length > 1 && compareRanks(ranked[0].rank, ranked[1].rank) === 0)) return undefined;
  return ranked[0].kind;
}
