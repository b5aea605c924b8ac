/** The push retry: Retry-After read as RFC 9110 gives it (delta-seconds or an HTTP date), backoff otherwise. */
import { isRetryable, RetriesExhausted, retryAfterMs, withRetry } from '../../scripts/push/retry';

describe('push retry', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-12-04T09:00:00Z');
    expect(retryAfterMs('10', now)).toBe(10_000);
    expect(retryAfterMs('Fri, 04 Dec 2026 09:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Fri, 04 Dec 2026 08:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });

  it('retries 429, 5xx and dropped connections, nothing else', () => {
    expect(isRetryable({ status: 429, message: '' })).toBe(true);
    expect(isRetryable({ status: 503, message: '' })).toBe(true);
    expect(isRetryable({ network: true, message: '' })).toBe(true);
    expect(isRetryable({ status: 400, message: '' })).toBe(false);
    expect(isRetryable({ status: 401, message: '' })).toBe(false);
  });

  it('gives up after the retries, with the last failure', async () => {
    const waits: number[] = [];
    let calls = 0;
    const failing = withRetry(
      async () => {
        calls += 1;
        throw { status: 503 };
      },
      () => ({ status: 503, message: 'Service Unavailable' }),
      { retries: 3, baseDelayMs: 100, maxDelayMs: 250, sleep: async (ms) => void waits.push(ms) },
    );
    await expect(failing).rejects.toBeInstanceOf(RetriesExhausted);
    expect(calls).toBe(4);
    // Exponential with jitter (half to all of 100, 200, 400 ms), never above the cap.
    expect(waits[0]).toBeGreaterThanOrEqual(50);
    expect(waits[0]).toBeLessThanOrEqual(100);
    expect(waits[2]).toBeLessThanOrEqual(250);
  });
});
