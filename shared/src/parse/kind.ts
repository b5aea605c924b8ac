/**
 * Which kind a payload is, by its top-level fields: so that a deal-risk payload checked as a lead
 * score is called the wrong kind, not a newer version or a list of missing fields.
 */
import { contexts, kinds, type Kind } from '../contexts';
import { unwrap } from '../registry';
import { isPlainObject } from './paths';

/** One point per field the kind knows, one off per field it does not know and per required field missing. */
function fit(kind: Kind, keys: string[]): number {
  const shape = contexts[kind].schema._zod.def.shape as Record<string, Parameters<typeof unwrap>[0]>;
  let score = 0;
  for (const key of keys) score += Object.prototype.hasOwnProperty.call(shape, key) ? 1 : -1;
  for (const [key, member] of Object.entries(shape)) if (key !== 'schemaVersion' && !unwrap(member).optional && !keys.includes(key)) score -= 1;
  return score;
}

/** The other kind a payload plainly belongs to (its fields fit that kind better than `kind`), if any. */
export function otherKindOf(kind: Kind, value: unknown): Kind | undefined {
  if (!isPlainObject(value)) return undefined;
  let keys: string[];
  try {
    keys = Object.keys(value).filter((key) => key !== 'schemaVersion');
  } catch {
    return undefined;
  }
  let best: Kind | undefined;
  let bestFit = fit(kind, keys);
  for (const other of kinds) {
    if (other === kind) continue;
    const score = fit(other, keys);
    if (score > bestFit) [best, bestFit] = [other, score];
  }
  return best;
}
