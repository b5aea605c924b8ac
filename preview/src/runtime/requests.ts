/**
 * Every data request a card makes through the preview's adapters, so the bench (and a curious
 * integrator) can see how many round trips each card costs: `window.__handoffPreview.requests`.
 */
export interface RequestEntry {
  platform: 'salesforce' | 'hubspot';
  /** The card that asked: its LWC tag name, or its HubSpot card uid. */
  card: string;
  api: string;
  /** A short description of what was asked, e.g. the record id and field count. */
  detail: string;
  /** performance.now() when the request was made and when its answer was delivered. */
  at: number;
  answeredAt?: number;
  ok?: boolean;
}

export class RequestLog {
  readonly entries: RequestEntry[] = [];

  start(entry: Omit<RequestEntry, 'at'>): RequestEntry {
    const full: RequestEntry = { ...entry, at: now() };
    this.entries.push(full);
    return full;
  }

  answered(entry: RequestEntry, ok: boolean): void {
    entry.answeredAt = now();
    entry.ok = ok;
  }

  /** Requests per card, e.g. `{ 'c-handoff-lead-score': 1 }`. */
  byCard(platform?: RequestEntry['platform']): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const e of this.entries) if (!platform || e.platform === platform) counts[e.card] = (counts[e.card] ?? 0) + 1;
    return counts;
  }

  clear(): void {
    this.entries.length = 0;
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
