/**
 * The sample book's story happens at a fixed moment (its `asOf`). On sample pages the page's clock
 * starts there and runs on, so "scored 11 hours ago" and stale warnings read as the story intends,
 * whatever day the preview is opened. Dates built from explicit values are untouched.
 */
export function startClockAt(iso: string): void {
  const start = Date.parse(iso);
  if (!Number.isFinite(start)) return;
  const RealDate = Date;
  const offset = start - RealDate.now();
  class StoryDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string | number]));
    }

    static now(): number {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = StoryDate as DateConstructor;
}
