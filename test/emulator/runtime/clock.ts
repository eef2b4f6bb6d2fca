/**
 * The emulator's one clock. Every service reads time from it, so a test can move time forward
 * (to fire triggers, cross a day boundary for the mail quota, or wait on a lock) deterministically.
 */
export class Clock {
  private ms: number;

  constructor(start: Date) {
    this.ms = start.getTime();
  }

  /** A fresh Date for the current instant (callers may mutate it freely). */
  now(): Date {
    return new Date(this.ms);
  }

  nowMs(): number {
    return this.ms;
  }

  set(instant: Date | number): void {
    const ms = typeof instant === "number" ? instant : instant.getTime();
    if (!Number.isFinite(ms)) throw new RangeError("Clock.set needs a valid date.");
    this.ms = ms;
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) {
      throw new RangeError(`Clock.advance needs a non-negative number of ms, got ${ms}.`);
    }
    this.ms += ms;
  }
}
