/** The handoff as its view reads it. */
import type { SalesToCs } from '../../contexts';
import type { DeepPartial } from '../../parse/result';

export const KIND = 'sales-to-cs';

/** What the lenient parse kept of a stored handoff: only valid parts, each of its type, any of them absent. */
export type StoredHandoff = DeepPartial<SalesToCs>;
