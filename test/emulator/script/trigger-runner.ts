import type { Clock } from "../runtime/clock";
import type { Runtime } from "../runtime/runtime";
import type { TriggerStore } from "./script-app";
import type { TriggerRecord } from "./trigger-record";
import { nextFire } from "./trigger-schedule";

/** Runs a trigger's handler (loadBundle wires it to the bundle's functions). */
export type TriggerRunner = (handlerName: string, event: TimeDrivenEvent) => void;

/** https://developers.google.com/apps-script/guides/triggers/events#time-driven_events */
export interface TimeDrivenEvent {
  authMode: "FULL";
  "day-of-month": number;
  "day-of-week": number;
  hour: number;
  minute: number;
  month: number;
  second: number;
  timezone: "UTC";
  triggerUid: string;
  "week-of-year": number;
  year: number;
}

export interface TriggerRun {
  handler: string;
  triggerId: string;
  /** The spreadsheet it ran in. */
  documentId: string;
  ranAt: Date;
  /** The handler's error message, when it threw (Apps Script logs it and carries on). */
  error?: string;
}

function eventFor(record: TriggerRecord, at: number): TimeDrivenEvent {
  const d = new Date(at);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  return {
    authMode: "FULL",
    "day-of-month": d.getUTCDate(),
    "day-of-week": d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    month: d.getUTCMonth() + 1,
    second: d.getUTCSeconds(),
    timezone: "UTC",
    triggerUid: record.id,
    "week-of-year": Math.floor((at - start) / 604_800_000) + 1,
    year: d.getUTCFullYear(),
  };
}

/**
 * Fires time-driven triggers as time passes. Each run happens as the trigger's owner
 * ("installable triggers always run under the account of the person who created them"), and a
 * run that was missed while the clock jumped is not replayed: the next run is the first
 * scheduled one after the present.
 */
export class TriggerClock {
  readonly runs: TriggerRun[] = [];
  /** The documents (environments) sharing this project, each with the bundle loaded in it. */
  private readonly documents = new Map<string, { rt: Runtime; runner: TriggerRunner | null }>();

  constructor(
    private readonly clock: Clock,
    private readonly store: TriggerStore,
  ) {}

  register(documentId: string, rt: Runtime): void {
    this.documents.set(documentId, { rt, runner: null });
  }

  setRunner(documentId: string, runner: TriggerRunner | null): void {
    const host = this.documents.get(documentId);
    if (host) host.runner = runner;
  }

  /** Fires every trigger due now (once each). */
  fireDue(): TriggerRun[] {
    const now = this.clock.nowMs();
    const due = this.store.records.filter((r) => r.nextFireAt !== null && r.nextFireAt <= now);
    return due.map((r) => this.fire(r));
  }

  /** Moves the clock forward, stopping at each trigger's time to fire it. */
  advanceTime(ms: number): TriggerRun[] {
    const target = this.clock.nowMs() + ms;
    const fired: TriggerRun[] = [];
    for (;;) {
      const next = this.earliest(target);
      if (!next) break;
      this.clock.set(Math.max(this.clock.nowMs(), next.nextFireAt ?? 0));
      fired.push(this.fire(next));
    }
    if (this.clock.nowMs() < target) this.clock.set(target);
    return fired;
  }

  private earliest(until: number): TriggerRecord | undefined {
    let best: TriggerRecord | undefined;
    for (const r of this.store.records) {
      if (r.nextFireAt === null || r.nextFireAt > until) continue;
      if (!best || (best.nextFireAt ?? 0) > r.nextFireAt) best = r;
    }
    return best;
  }

  private fire(record: TriggerRecord): TriggerRun {
    const scheduled = record.nextFireAt ?? this.clock.nowMs();
    const documentId = record.documentId ?? [...this.documents.keys()][0] ?? "";
    const run: TriggerRun = {
      handler: record.handler,
      triggerId: record.id,
      documentId,
      ranAt: this.clock.now(),
    };
    this.reschedule(record, scheduled);
    const host = this.documents.get(documentId);
    if (!host?.runner)
      throw new Error(`Trigger ${record.handler} is due but no runner is set (call loadBundle).`);
    const { rt, runner } = host;
    const user = rt.settings.userEmail;
    rt.settings.userEmail = record.owner;
    try {
      runner(record.handler, eventFor(record, run.ranAt.getTime()));
    } catch (e) {
      run.error =
        e instanceof Error || (typeof e === "object" && e && "message" in e)
          ? String((e as Error).message)
          : String(e);
    } finally {
      rt.settings.userEmail = user;
    }
    this.runs.push(run);
    return run;
  }

  /** The first scheduled time after now (a one-off trigger stays installed but never runs again). */
  private reschedule(record: TriggerRecord, scheduled: number): void {
    if (!record.schedule) return;
    let next = nextFire(record.schedule, scheduled, record.timeZone);
    while (next !== null && next <= this.clock.nowMs())
      next = nextFire(record.schedule, next, record.timeZone);
    record.nextFireAt = next;
  }
}
