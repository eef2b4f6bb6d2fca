import { type CallKind, kindOf, returnsServerObject } from "./call-kinds";

export interface CallRecord {
  readonly service: string;
  readonly method: string;
  readonly kind: CallKind;
  /** Cells a read of cell contents returned (getValues, getValue…); absent for other calls. */
  readonly cells?: number;
  /** Characters of text in those cells (a long text cell is a bigger response than a number). */
  readonly chars?: number;
}

export type KindCounts = Record<CallKind, number>;

export interface Measurement<T> {
  result: T;
  calls: number;
  roundTrips: number;
  byKind: KindCounts;
  byMethod: Record<string, number>;
}

/**
 * Round trips, as docs/design.md "How performance is counted" defines them (after the Apps Script
 * team's "Optimizing Spreadsheet Operations": every read first commits the pending writes):
 * - each read is one round trip, and ends any run of writes before it;
 * - each SpreadsheetApp.flush is one round trip, and ends any run of writes before it;
 * - each write that hands back a server object (insertSheet, protect…) is one round trip, and
 *   ends any run of writes before it (the script waits for the object);
 * - each other counted call (locks, UI, getEmail) is one round trip and does not end a run;
 * - each write to another service (an email, a property, a trigger) is one round trip and does
 *   not end a run: only the Spreadsheet service caches writes ("write caching to save what is
 *   likely to be set", https://developers.google.com/apps-script/guides/support/best-practices);
 * - each run of consecutive spreadsheet writes is one round trip, ended by a read, a flush, or
 *   the end of the measured span;
 * - local calls (builders, handles, Utilities, logging) cost nothing and do not end a run.
 */
export function roundTripsOf(records: readonly CallRecord[]): number {
  let trips = 0;
  let inWriteRun = false;
  for (const r of records) {
    if (r.kind === "local") continue;
    if (returnsServerObject(r)) {
      trips++;
      inWriteRun = false;
    } else if (r.kind === "write" && !cachedBySpreadsheet(r)) {
      trips++;
    } else if (r.kind === "write") {
      if (!inWriteRun) trips++;
      inWriteRun = true;
    } else {
      trips++;
      if (r.kind === "read" || isFlush(r)) inWriteRun = false;
    }
  }
  return trips;
}

/** Services whose writes go to their own servers at once, outside the spreadsheet's cache. */
const UNCACHED_WRITE_SERVICES = new Set([
  "MailApp",
  "Properties",
  "ScriptApp",
  "ClockTriggerBuilder",
  "SpreadsheetTriggerBuilder",
]);

function cachedBySpreadsheet(r: CallRecord): boolean {
  return !UNCACHED_WRITE_SERVICES.has(r.service);
}

function isFlush(r: CallRecord): boolean {
  return r.service === "SpreadsheetApp" && r.method === "flush";
}

function emptyKinds(): KindCounts {
  return { read: 0, write: 0, other: 0, local: 0 };
}

function summarize(records: readonly CallRecord[]): Omit<Measurement<unknown>, "result"> {
  const byKind = emptyKinds();
  const byMethod: Record<string, number> = {};
  for (const r of records) {
    byKind[r.kind]++;
    if (r.kind === "local") continue;
    const key = `${r.service}.${r.method}`;
    byMethod[key] = (byMethod[key] ?? 0) + 1;
  }
  return {
    calls: byKind.read + byKind.write + byKind.other,
    roundTrips: roundTripsOf(records),
    byKind,
    byMethod,
  };
}

/**
 * Counts every call made on an emulated object. Records are interned (one frozen object per
 * service.method), so even a naive per-cell run of a million calls keeps the log small.
 */
export class CallCounter {
  readonly log: CallRecord[] = [];
  private readonly interned = new Map<string, CallRecord>();

  record(service: string, method: string, cells?: number, chars?: number): void {
    const key =
      cells === undefined ? `${service}.${method}` : `${service}.${method}#${cells}#${chars ?? 0}`;
    let rec = this.interned.get(key);
    if (!rec) {
      const kind = kindOf(service, method);
      rec = Object.freeze(
        cells === undefined
          ? { service, method, kind }
          : { service, method, kind, cells, chars: chars ?? 0 },
      );
      this.interned.set(key, rec);
    }
    this.log.push(rec);
  }

  /** Counted calls (reads, writes and other), excluding local ones. */
  total(): number {
    let n = 0;
    for (const r of this.log) if (r.kind !== "local") n++;
    return n;
  }

  byKind(): KindCounts {
    return summarize(this.log).byKind;
  }

  /** Counted calls by "Service.method" (local calls are left out, as in total()). */
  byMethod(): Record<string, number> {
    return summarize(this.log).byMethod;
  }

  /** Local calls by "Service.method", for tests that care how handles were obtained. */
  localByMethod(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const r of this.log) {
      if (r.kind !== "local") continue;
      const key = `${r.service}.${r.method}`;
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  }

  roundTrips(): number {
    return roundTripsOf(this.log);
  }

  reset(): void {
    this.log.length = 0;
  }

  /** Runs fn and reports the calls it made; the span's start and end both end a write run. */
  measure<T>(fn: () => T): Measurement<T> {
    const start = this.log.length;
    const result = fn();
    return { result, ...summarize(this.log.slice(start)) };
  }
}
