/**
 * Retrying a platform call: on 429 (rate limited), 5xx and a dropped connection, wait (the server's
 * Retry-After when it gives one, else exponential backoff with jitter) and try again, a few times.
 * Anything else is the caller's to handle.
 */
export interface RetryOptions {
  /** How many times to try again after the first failure. */
  retries: number;
  /** The first backoff, doubled at each retry (before jitter). */
  baseDelayMs: number;
  /** No wait is longer than this, Retry-After included. */
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  /** Told before each wait: why, and for how long. */
  onRetry?: (info: { attempt: number; status?: number; delayMs: number; reason: string }) => void;
}

export const defaultRetry: RetryOptions = {
  retries: 5,
  baseDelayMs: 500,
  maxDelayMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** What a failed call says about itself, read by each platform's client adapter. */
export interface CallFailure {
  status?: number;
  /** A network failure: no HTTP answer at all. */
  network?: boolean;
  /** Seconds or an HTTP date, as the Retry-After header gives it. */
  retryAfter?: string;
  message: string;
}

export function isRetryable(failure: CallFailure): boolean {
  return failure.network === true || failure.status === 429 || (failure.status !== undefined && failure.status >= 500 && failure.status <= 599);
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined if unreadable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export class RetriesExhausted extends Error {
  constructor(
    readonly failure: CallFailure,
    readonly attempts: number,
  ) {
    super(`${failure.status ? `HTTP ${failure.status}: ` : ''}${failure.message} (tried ${attempts} time${attempts === 1 ? '' : 's'})`);
  }
}

/**
 * Runs `call`, retrying what `describe` says is retryable. Throws RetriesExhausted when the retries
 * run out, and the original error at once when it is not retryable.
 */
export async function withRetry<T>(call: () => Promise<T>, describe: (error: unknown) => CallFailure, options: RetryOptions = defaultRetry): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const failure = describe(error);
      if (!isRetryable(failure)) throw error;
      if (attempt > options.retries) throw new RetriesExhausted(failure, attempt);
      const backoff = options.baseDelayMs * 2 ** (attempt - 1);
      const jittered = backoff / 2 + Math.random() * (backoff / 2);
      const delayMs = Math.min(options.maxDelayMs, retryAfterMs(failure.retryAfter) ?? jittered);
      options.onRetry?.({ attempt, status: failure.status, delayMs, reason: failure.message });
      await options.sleep(delayMs);
    }
  }
}
