/** Timing helpers: a warm-up, then repeated samples of many iterations each, compared by their medians. */
import { performance } from 'node:perf_hooks';

export function median(values: number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** How many calls of `fn` take about `targetMs`, so that one sample is well above the timer's resolution. */
export function calibrate(fn: () => unknown, targetMs: number): number {
  let iterations = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) fn();
    const elapsed = performance.now() - start;
    if (elapsed >= targetMs / 4 || iterations >= 1 << 20) return Math.max(1, Math.ceil((iterations * targetMs) / Math.max(elapsed, 0.001)));
    iterations *= 2;
  }
}

export interface Comparison {
  /** Median time of one call, in milliseconds. */
  subjectMs: number;
  floorMs: number;
  ratio: number;
  samples: number;
}

/**
 * Times `subject` against `floor` in the same run: after a warm-up, samples alternate between the
 * two (so a slow patch of the machine hits both), and each side is its median per-call time.
 */
export function compare(subject: () => unknown, floor: () => unknown, { samples = 15, sampleMs = 40, warmupMs = 300 } = {}): Comparison {
  const warmEnd = performance.now() + warmupMs;
  while (performance.now() < warmEnd) {
    subject();
    floor();
  }
  const subjectIterations = calibrate(subject, sampleMs);
  const floorIterations = calibrate(floor, sampleMs);
  const subjectTimes: number[] = [];
  const floorTimes: number[] = [];
  let sink: unknown;
  for (let s = 0; s < samples; s++) {
    let start = performance.now();
    for (let i = 0; i < floorIterations; i++) sink = floor();
    floorTimes.push((performance.now() - start) / floorIterations);
    start = performance.now();
    for (let i = 0; i < subjectIterations; i++) sink = subject();
    subjectTimes.push((performance.now() - start) / subjectIterations);
  }
  void sink;
  const subjectMs = median(subjectTimes);
  const floorMs = median(floorTimes);
  return { subjectMs, floorMs, ratio: subjectMs / floorMs, samples };
}
