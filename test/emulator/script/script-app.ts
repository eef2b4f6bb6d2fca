import type { Emulates } from "../runtime/gas-shape";
import type { Runtime } from "../runtime/runtime";
import { wallTime } from "../runtime/zoned-time";
import {
  AuthMode,
  AuthorizationStatus,
  EventType,
  TriggerSource,
  WeekDay,
} from "../spreadsheet/enums";
import { MAX_TRIGGERS_PER_USER, type TriggerRecord } from "./trigger-record";
import { firstFire, type Schedule } from "./trigger-schedule";

/** The project's installed triggers. */
export interface TriggerStore {
  records: TriggerRecord[];
  nextId: number;
}

const TOO_MANY =
  "This script has too many triggers. Triggers must be deleted from the script before more can be added.";
/**
 * "Each add-on can only have one trigger of each type, per user, per document", and the error a
 * second time-based one gets:
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
 */
const TOO_MANY_CLOCK_IN_DOCUMENT =
  "This add-on has created too many time-based triggers in this document for this Google user account.";
const tooManyOfType = (type: string) =>
  type === "CLOCK"
    ? TOO_MANY_CLOCK_IN_DOCUMENT
    : `This add-on has created too many ${type.toLowerCase().replace(/_/g, "-")} triggers in this document for this Google user account.`; // emulator wording for non-clock types
const WEEKDAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];

/** https://developers.google.com/apps-script/reference/script/trigger */
export class Trigger
  implements
    Emulates<
      GoogleAppsScript.Script.Trigger,
      | "getHandlerFunction"
      | "getUniqueId"
      | "getEventType"
      | "getTriggerSource"
      | "getTriggerSourceId"
    >
{
  constructor(
    private readonly rt: Runtime,
    readonly record: TriggerRecord,
  ) {}

  getHandlerFunction(): string {
    this.rt.track("Trigger", "getHandlerFunction");
    return this.record.handler;
  }

  getUniqueId(): string {
    this.rt.track("Trigger", "getUniqueId");
    return this.record.id;
  }

  getEventType(): GoogleAppsScript.Script.EventType {
    this.rt.track("Trigger", "getEventType");
    return this.record.eventType as unknown as GoogleAppsScript.Script.EventType;
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    this.rt.track("Trigger", "getTriggerSource");
    return this.record.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }

  getTriggerSourceId(): string {
    this.rt.track("Trigger", "getTriggerSourceId");
    return this.record.sourceId as string;
  }
}

/**
 * Shared by both builders: stores the trigger, enforcing the per-user limit and, for an add-on,
 * one trigger of each type per user per document (one-off `.after()`/`.at()` clock triggers
 * count too: they are time-based).
 */
function install(
  rt: Runtime,
  store: TriggerStore,
  documentId: string,
  record: Omit<TriggerRecord, "id" | "owner" | "createdAt" | "documentId">,
): Trigger {
  const owner = rt.settings.userEmail;
  if (store.records.filter((r) => r.owner === owner).length >= MAX_TRIGGERS_PER_USER) {
    throw rt.error(TOO_MANY);
  }
  if (
    rt.isAddon &&
    store.records.some(
      (r) =>
        r.owner === owner &&
        (r.documentId ?? documentId) === documentId &&
        r.eventType === record.eventType,
    )
  ) {
    throw rt.error(tooManyOfType(record.eventType));
  }
  const full: TriggerRecord = {
    ...record,
    id: String(store.nextId++),
    owner,
    documentId,
    createdAt: rt.clock.nowMs(),
  };
  store.records.push(full);
  return new Trigger(rt, full);
}

interface Frequency {
  unit: "minutes" | "hours" | "days" | "weeks";
  n: number;
}

/**
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 * Validation messages marked "emulator wording" were not found in the reference.
 */
export class ClockTriggerBuilder
  implements
    Emulates<
      GoogleAppsScript.Script.ClockTriggerBuilder,
      | "everyMinutes"
      | "everyHours"
      | "everyDays"
      | "everyWeeks"
      | "onWeekDay"
      | "atHour"
      | "nearMinute"
      | "inTimezone"
      | "at"
      | "after"
      | "create"
    >
{
  private frequency: Frequency | null = null;
  private weekday: number | null = null;
  private hour: number | null = null;
  private minute: number | null = null;
  private timeZone: string | null = null;
  private once: number | null = null;

  constructor(
    private readonly rt: Runtime,
    private readonly store: TriggerStore,
    private readonly handler: string,
    private readonly documentId: string,
  ) {}

  private set(method: string, change: () => void): this {
    this.rt.track("ClockTriggerBuilder", method);
    change();
    return this;
  }

  /** n must be 1, 5, 10, 15 or 30 (the reference's allowed values). */
  everyMinutes(n: number): this {
    if (![1, 5, 10, 15, 30].includes(n)) {
      throw this.rt.error(`everyMinutes(${n}): the minutes must be 1, 5, 10, 15 or 30.`); // emulator wording
    }
    return this.set("everyMinutes", () => (this.frequency = { unit: "minutes", n }));
  }

  /** n must be 1, 2, 4, 6, 8 or 12 (the reference's allowed values). */
  everyHours(n: number): this {
    if (![1, 2, 4, 6, 8, 12].includes(n)) {
      throw this.rt.error(`everyHours(${n}): the hours must be 1, 2, 4, 6, 8 or 12.`); // emulator wording
    }
    return this.set("everyHours", () => (this.frequency = { unit: "hours", n }));
  }

  everyDays(n: number): this {
    return this.set(
      "everyDays",
      () => (this.frequency = { unit: "days", n: positive(n, this.rt) }),
    );
  }

  everyWeeks(n: number): this {
    return this.set(
      "everyWeeks",
      () => (this.frequency = { unit: "weeks", n: positive(n, this.rt) }),
    );
  }

  onWeekDay(day: unknown): this {
    const index = WEEKDAYS.indexOf(String(day));
    if (index < 0) throw this.rt.error(`Invalid argument: day (${String(day)})`); // emulator wording
    return this.set("onWeekDay", () => (this.weekday = index + 1));
  }

  atHour(hour: number): this {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23)
      throw this.rt.error(`Invalid argument: hour (${hour})`);
    return this.set("atHour", () => (this.hour = hour));
  }

  nearMinute(minute: number): this {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59)
      throw this.rt.error(`Invalid argument: minute (${minute})`);
    return this.set("nearMinute", () => (this.minute = minute));
  }

  inTimezone(timezone: string): this {
    return this.set("inTimezone", () => (this.timeZone = String(timezone)));
  }

  at(date: GoogleAppsScript.Base.Date): this {
    return this.set("at", () => (this.once = date.getTime()));
  }

  after(durationMilliseconds: number): this {
    return this.set("after", () => (this.once = this.rt.clock.nowMs() + durationMilliseconds));
  }

  create(): Trigger {
    this.rt.track("ClockTriggerBuilder", "create");
    const timeZone = this.timeZone ?? this.rt.settings.timeZone;
    const schedule = this.schedule(timeZone);
    return install(this.rt, this.store, this.documentId, {
      handler: this.handler,
      eventType: "CLOCK",
      source: "CLOCK",
      sourceId: null,
      timeZone,
      schedule,
      nextFireAt: firstFire(schedule, this.rt.clock.nowMs(), timeZone),
    });
  }

  private schedule(timeZone: string): Schedule {
    if (this.once !== null) return { kind: "once", at: this.once };
    // onWeekDay(day).atHour(h) alone is a weekly trigger, the form the installable-triggers
    // guide uses: https://developers.google.com/apps-script/guides/triggers/installable#managing_triggers_programmatically
    const f = this.frequency ?? (this.weekday !== null ? { unit: "weeks", n: 1 } : null);
    if (!f)
      throw this.rt.error(
        "The trigger has no schedule: call everyMinutes, everyHours, everyDays, everyWeeks, onWeekDay, at or after.",
      ); // emulator wording
    if (f.unit === "minutes") {
      // "Add-ons can only use time-driven triggers that run at most once per hour":
      // https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers
      if (this.rt.isAddon) {
        throw this.rt.error(
          "Add-ons may not create time-driven triggers that run more than once per hour.",
        ); // emulator wording
      }
      if (this.weekday !== null || this.hour !== null) {
        throw this.rt.error("onWeekDay() and atHour() cannot be used with everyMinutes()."); // emulator wording
      }
      return { kind: "minutes", every: f.n };
    }
    if (this.weekday !== null && f.unit !== "weeks") {
      throw this.rt.error("onWeekDay() can only be used with everyWeeks()."); // emulator wording
    }
    if (this.hour !== null && f.unit === "hours") {
      throw this.rt.error("atHour() can only be used with everyDays() or everyWeeks()."); // emulator wording
    }
    const now = wallTime(this.rt.clock.nowMs(), timeZone);
    const minute = this.minute ?? 0;
    if (f.unit === "hours") return { kind: "hours", every: f.n, minute };
    const hour = this.hour ?? now.hour;
    if (f.unit === "days") return { kind: "days", every: f.n, hour, minute };
    return { kind: "weeks", every: f.n, weekday: this.weekday ?? now.weekday, hour, minute };
  }
}

function positive(n: number, rt: Runtime): number {
  if (!Number.isInteger(n) || n < 1) throw rt.error(`Invalid argument: n (${n})`); // emulator wording
  return n;
}

/** forSpreadsheet(ss).onOpen()/onEdit()/onChange()… — recorded; the emulator never fires them. */
export class SpreadsheetTriggerBuilder {
  private eventType: TriggerRecord["eventType"] | null = null;

  constructor(
    private readonly rt: Runtime,
    private readonly store: TriggerStore,
    private readonly handler: string,
    private readonly spreadsheetId: string,
  ) {}

  private on(method: string, type: TriggerRecord["eventType"]): this {
    this.rt.track("SpreadsheetTriggerBuilder", method);
    this.eventType = type;
    return this;
  }

  onOpen(): this {
    return this.on("onOpen", "ON_OPEN");
  }

  onEdit(): this {
    return this.on("onEdit", "ON_EDIT");
  }

  onChange(): this {
    return this.on("onChange", "ON_CHANGE");
  }

  onFormSubmit(): this {
    return this.on("onFormSubmit", "ON_FORM_SUBMIT");
  }

  create(): Trigger {
    this.rt.track("SpreadsheetTriggerBuilder", "create");
    if (!this.eventType)
      throw this.rt.error("The trigger has no event: call onOpen, onEdit or onChange."); // emulator wording
    return install(this.rt, this.store, this.spreadsheetId, {
      handler: this.handler,
      eventType: this.eventType,
      source: "SPREADSHEETS",
      sourceId: this.spreadsheetId,
      timeZone: this.rt.settings.timeZone,
      schedule: null,
      nextFireAt: null,
    });
  }
}

/** https://developers.google.com/apps-script/reference/script/trigger-builder */
export class TriggerBuilder {
  constructor(
    private readonly rt: Runtime,
    private readonly store: TriggerStore,
    private readonly handler: string,
    private readonly spreadsheetId: string,
  ) {}

  timeBased(): ClockTriggerBuilder {
    this.rt.track("TriggerBuilder", "timeBased");
    return new ClockTriggerBuilder(this.rt, this.store, this.handler, this.spreadsheetId);
  }

  forSpreadsheet(_spreadsheet: unknown): SpreadsheetTriggerBuilder {
    this.rt.track("TriggerBuilder", "forSpreadsheet");
    return new SpreadsheetTriggerBuilder(this.rt, this.store, this.handler, this.spreadsheetId);
  }
}

/** https://developers.google.com/apps-script/reference/script/authorization-info */
export class AuthorizationInfo
  implements
    Emulates<
      GoogleAppsScript.Script.AuthorizationInfo,
      "getAuthorizationStatus" | "getAuthorizationUrl"
    >
{
  constructor(
    private readonly rt: Runtime,
    private readonly required: boolean,
  ) {}

  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    this.rt.track("AuthorizationInfo", "getAuthorizationStatus");
    return (this.required
      ? AuthorizationStatus.REQUIRED
      : AuthorizationStatus.NOT_REQUIRED) as unknown as GoogleAppsScript.Script.AuthorizationStatus;
  }

  /** "The authorization URL … Returns null if no authorization is required." */
  getAuthorizationUrl(): string {
    this.rt.track("AuthorizationInfo", "getAuthorizationUrl");
    return (this.required
      ? "https://script.google.com/macros/d/emulated-script-id/authorize"
      : null) as unknown as string;
  }
}

/** https://developers.google.com/apps-script/reference/script/script-app */
export class ScriptApp {
  readonly AuthMode = AuthMode;
  readonly WeekDay = WeekDay;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly AuthorizationStatus = AuthorizationStatus;

  constructor(
    private readonly rt: Runtime,
    private readonly store: TriggerStore,
    private readonly spreadsheetId: string,
    private readonly spreadsheetIdOf: (spreadsheet: unknown) => string | null = () => null,
  ) {}

  newTrigger(functionName: string): TriggerBuilder {
    this.rt.track("ScriptApp", "newTrigger");
    return new TriggerBuilder(this.rt, this.store, String(functionName), this.spreadsheetId);
  }

  /**
   * "All installable triggers associated with the current project and current user": for an
   * add-on that is the user's triggers in EVERY document where they use it, not just this one
   * (https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()).
   * Others' triggers are invisible.
   */
  getProjectTriggers(): Trigger[] {
    this.rt.track("ScriptApp", "getProjectTriggers");
    return this.mine().map((r) => new Trigger(this.rt, r));
  }

  /**
   * "All installable triggers owned by this user in the given spreadsheet, for this script or
   * add-on only" (https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)).
   */
  getUserTriggers(spreadsheet: unknown): Trigger[] {
    this.rt.track("ScriptApp", "getUserTriggers");
    const id = this.spreadsheetIdOf(spreadsheet);
    if (id === null) {
      throw this.rt.error(
        "The parameters (Object) don't match the method signature for ScriptApp.getUserTriggers.",
      );
    }
    return this.mine()
      .filter((r) => (r.documentId ?? this.spreadsheetId) === id)
      .map((r) => new Trigger(this.rt, r));
  }

  /**
   * Whether the user must authorize again (the add-on asks for more than they granted), and the
   * URL that does it: https://developers.google.com/apps-script/reference/script/authorization-info
   */
  getAuthorizationInfo(_authMode: unknown): AuthorizationInfo {
    this.rt.track("ScriptApp", "getAuthorizationInfo");
    const required = Boolean(this.rt.auth.reauthorizationRequired[this.rt.settings.userEmail]);
    return new AuthorizationInfo(this.rt, required);
  }

  /** Deleting a trigger that is already gone changes nothing. */
  deleteTrigger(trigger: unknown): void {
    this.rt.track("ScriptApp", "deleteTrigger");
    if (!(trigger instanceof Trigger)) {
      throw this.rt.error(
        "The parameters (Object) don't match the method signature for ScriptApp.deleteTrigger.",
      );
    }
    this.store.records = this.store.records.filter((r) => r.id !== trigger.record.id);
  }

  getScriptId(): string {
    this.rt.track("ScriptApp", "getScriptId");
    return "emulated-script-id";
  }

  private mine(): TriggerRecord[] {
    return this.store.records.filter((r) => r.owner === this.rt.settings.userEmail);
  }
}
