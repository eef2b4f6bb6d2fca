import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { MailApp, type MailState } from "../mail/mail";
import { LockService, LockSlot } from "../properties/lock";
import type { PropertyData } from "../properties/properties";
import { PropertiesService, type PropertyStores } from "../properties/properties";
import { type AuthModeName, SPREADSHEET_OBJECTS } from "../script/auth-rules";
import { ScriptApp, type TriggerStore } from "../script/script-app";
import {
  type SimpleTriggerRun,
  type SimpleTriggerRunner,
  SimpleTriggers,
} from "../script/simple-triggers";
import type { TriggerRecord } from "../script/trigger-record";
import { TriggerClock, type TriggerRun, type TriggerRunner } from "../script/trigger-runner";
import { ChartType } from "../spreadsheet/enums";
import { select } from "../spreadsheet/selection";
import { Spreadsheet } from "../spreadsheet/spreadsheet";
import { SpreadsheetApp } from "../spreadsheet/spreadsheet-app";
import { SpreadsheetModel } from "../spreadsheet/spreadsheet-model";
import { UserEdits } from "../spreadsheet/user-edits";
import { HtmlService } from "../ui/html-service";
import { placeMenu, Ui, UiRecord } from "../ui/ui";
import { Clock } from "./clock";
import { Inspector } from "./inspect";
import { Logger, type LogLine, quietConsole } from "./logging";
import { type AuthState, Runtime, type RuntimeSettings } from "./runtime";
import { Session } from "./session";
import { decodeDates, encodeDates, type Snapshot, sheetSnapshot, spreadsheetOf } from "./snapshot";
import { Utilities } from "./utilities-service";

export interface EnvironmentOptions {
  /** Initial clock; default 2026-01-05T09:00:00Z (a Monday). */
  now?: Date;
  /** Spreadsheet and script time zone; default "Europe/London" (the manifest's). */
  timeZone?: string;
  /** Active and effective user, and the spreadsheet's owner; default "coordinator@example.org". */
  userEmail?: string;
  /** Default "Mentoring program". */
  spreadsheetName?: string;
  /** MailApp's daily recipient quota; default 100 (a consumer account). */
  mailQuota?: number;
  /** HTML files by name (without .html); default: read from dist/ when first asked for. */
  htmlFiles?: Record<string, string>;
  /** The add-on menu's title; default "Mentoring Action Plan". */
  addonName?: string;
  /** A snapshot from serialize() (or its JSON text) to continue from. */
  restore?: Snapshot | string;
  /**
   * "addon" (default): an editor add-on, with the add-on rules; "bound": a script bound to this
   * one spreadsheet.
   */
  mode?: "addon" | "bound";
  /**
   * The script's time zone (appsscript.json "timeZone"), when it differs from the spreadsheet's:
   * the bundle's Date local-time methods run in it.
   */
  scriptTimeZone?: string;
  /**
   * Another spreadsheet where the same add-on is used: this environment is a second document of
   * that project, sharing its clock, triggers, mail, script and user properties and
   * authorization (one user may run several programs), with its own spreadsheet, document
   * properties, locks and UI.
   */
  sharedWith?: Environment;
}

/** What every document of one add-on project shares. */
export interface SharedProject {
  clock: Clock;
  triggerStore: TriggerStore;
  triggerClock: TriggerClock;
  mailState: MailState;
  properties: { script: PropertyData; user: Record<string, PropertyData> };
  auth: AuthState;
  documentCount: number;
}

/** The repository root, found from this file (not from the working directory). */
export const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));

function distFile(name: string): string | null {
  const path = `${REPO_ROOT}dist/${name}.html`;
  return existsSync(path) ? readFileSync(path, "utf8") : null;
}

/** The globals a bundle sees: exactly the emulated Apps Script services. */
export interface AppsScriptGlobals {
  SpreadsheetApp: SpreadsheetApp;
  MailApp: MailApp;
  ScriptApp: ScriptApp;
  PropertiesService: PropertiesService;
  LockService: LockService;
  HtmlService: HtmlService;
  Session: Session;
  Utilities: Utilities;
  Logger: Logger;
  console: ReturnType<typeof quietConsole>;
  Charts: { ChartType: typeof ChartType };
}

/**
 * An emulated Apps Script project bound to one spreadsheet: the services, the clock, the call
 * counter, and the controls tests use to play users, other executions, time and faults.
 */
export class Environment {
  readonly rt: Runtime;
  readonly clock: Clock;
  readonly ui: UiRecord;
  readonly logs: LogLine[] = [];
  readonly spreadsheet: Spreadsheet;
  readonly globals: AppsScriptGlobals;
  readonly inspect: Inspector;
  readonly locks: { document: LockSlot; script: LockSlot; user: LockSlot };
  /** Shared with every environment made with `sharedWith: this` (and the one this was made with). */
  readonly project: SharedProject;
  private readonly model: SpreadsheetModel;
  private readonly properties: PropertyStores;
  private readonly triggerStore: TriggerStore;
  private readonly mailState: MailState;
  private readonly triggerClock: TriggerClock;
  private readonly edits: UserEdits;
  private readonly simpleTriggers: SimpleTriggers;
  private uuidCount: number;

  constructor(options: EnvironmentOptions = {}) {
    const snap = restoreOf(options.restore);
    const timeZone = options.timeZone ?? "Europe/London";
    const userEmail = options.userEmail ?? "coordinator@example.org";
    const base = options.sharedWith;
    const settings: RuntimeSettings = snap?.settings ?? {
      timeZone: base ? base.rt.settings.timeZone : (options.scriptTimeZone ?? timeZone),
      userEmail,
      ownerEmail: userEmail,
      addonName: options.addonName ?? "Mentoring Action Plan",
      mode: base ? base.rt.settings.mode : (options.mode ?? "addon"),
    };
    const project = base?.project ?? newProject(options, snap);
    this.project = project;
    project.documentCount += 1;
    this.clock = project.clock;
    this.rt = new Runtime(this.clock, { ...settings }, project.auth);
    const spreadsheetId =
      project.documentCount === 1
        ? "emulated-spreadsheet-id"
        : `emulated-spreadsheet-id-${project.documentCount}`;
    this.model = snap
      ? spreadsheetOf(snap.spreadsheet)
      : newWorkbook(options.spreadsheetName, timeZone, spreadsheetId);
    this.properties = {
      document: (base ? undefined : snap?.properties.document) ?? {},
      script: project.properties.script,
      user: project.properties.user,
    };
    this.triggerStore = project.triggerStore;
    this.mailState = project.mailState;
    this.uuidCount = snap?.uuidCount ?? 0;
    this.ui = Object.assign(new UiRecord(), snap?.ui ?? {});
    this.locks = {
      document: new LockSlot(this.rt),
      script: new LockSlot(this.rt),
      user: new LockSlot(this.rt),
    };
    this.spreadsheet = new Spreadsheet(
      this.rt,
      this.model,
      (toast) => this.ui.toasts.push(toast),
      (menu) => placeMenu(this.ui, menu),
    );
    this.inspect = new Inspector(() => this.model);
    this.edits = new UserEdits(this.rt, this.spreadsheet);
    this.simpleTriggers = new SimpleTriggers(this.rt, this.spreadsheet);
    this.triggerClock = project.triggerClock;
    this.triggerClock.register(this.model.id, this.rt);
    const htmlFiles = options.htmlFiles;
    const ui = new Ui(this.rt, this.ui);
    this.globals = {
      SpreadsheetApp: new SpreadsheetApp(this.rt, this.spreadsheet, ui, () => {}),
      MailApp: new MailApp(this.rt, this.mailState),
      ScriptApp: new ScriptApp(this.rt, this.triggerStore, this.model.id, (ss) =>
        ss instanceof Spreadsheet ? ss.model.id : null,
      ),
      PropertiesService: new PropertiesService(this.rt, this.properties),
      LockService: new LockService(this.rt, this.locks),
      HtmlService: new HtmlService(this.rt, (name) =>
        htmlFiles ? (htmlFiles[name] ?? null) : distFile(name),
      ),
      Session: new Session(this.rt),
      Utilities: new Utilities(this.rt, { uuidCount: this.uuidCount }, (n) => (this.uuidCount = n)),
      Logger: new Logger(this.rt, this.logs),
      console: quietConsole(this.rt, this.logs),
      Charts: { ChartType },
    };
    const scope = vm.createContext({ ...this.globals });
    this.rt.runInScript = (code) => vm.runInContext(code, scope);
  }

  get calls() {
    return this.rt.calls;
  }

  /** Faults injected into the script's calls: `faults.on("Range.setValues", (call) => …)`. */
  get faults() {
    return this.rt.faults;
  }

  // Executions and authorization.

  readonly execution = {
    beginExecution: (options: { authMode?: AuthModeName | string } = {}) =>
      this.rt.execution.begin({ authMode: (options.authMode ?? "FULL") as AuthModeName }),
    endExecution: () => this.rt.execution.end(),
    authMode: () => this.rt.execution.authMode,
    depth: () => this.rt.execution.depth,
  };

  beginExecution(options: { authMode?: AuthModeName | string } = {}): number {
    return this.execution.beginExecution(options);
  }

  endExecution(): void {
    this.execution.endExecution();
  }

  /** Runs fn as one execution (its locks are released when it ends). */
  runExecution<T>(fn: () => T, options: { authMode?: AuthModeName | string } = {}): T {
    this.beginExecution(options);
    try {
      return fn();
    } finally {
      this.endExecution();
    }
  }

  /** Switches the active (and effective) user, e.g. a second coordinator or a pair. */
  setUser(email: string): void {
    this.rt.settings.userEmail = email;
  }

  get user(): string {
    return this.rt.settings.userEmail;
  }

  // Mail.

  get outbox() {
    return this.mailState.outbox;
  }

  readonly mail = {
    /**
     * Sets the quota left in the current window, as if its first send happened now (unless one
     * already did): the whole quota returns 24 hours after that first send.
     */
    setQuota: (n: number) => {
      this.mailState.windowStartMs ??= this.clock.nowMs();
      this.mailState.remaining = n;
    },
    /** The next `count` sends throw `message`, as a transient Apps Script failure does. */
    failNext: (count: number, message = "Service unavailable: Gmail") => {
      this.mailState.failures = { count, message };
    },
    remaining: () => this.mailState.remaining,
    /** Each later send takes this much emulated time (a real send takes about a second). */
    setSendLatency: (ms: number) => {
      this.mailState.sendLatencyMs = ms;
    },
  };

  // Triggers and time.

  /** Installed triggers with their next run. */
  get triggers(): Array<
    Omit<TriggerRecord, "nextFireAt" | "createdAt"> & { nextFireAt: Date | null; createdAt: Date }
  > {
    return this.triggerStore.records.map((r) => ({
      ...r,
      nextFireAt: r.nextFireAt === null ? null : new Date(r.nextFireAt),
      createdAt: new Date(r.createdAt),
    }));
  }

  get triggerRuns(): TriggerRun[] {
    return this.triggerClock.runs;
  }

  setTriggerRunner(runner: TriggerRunner | null): void {
    this.triggerClock.setRunner(this.model.id, runner);
  }

  // Sharing.

  readonly sharing = {
    /** Shares the spreadsheet with one person as an editor. */
    addEditor: (email: string) => {
      this.sharingState().editors.push(email);
    },
    /** Shares it with a Google Group: its members edit through the group. */
    addGroup: (groupEmail: string, members: string[]) => {
      this.sharingState().groups[groupEmail] = [...members];
    },
    /** "Anyone at <domain> can edit". */
    shareWithDomain: (domain: string) => {
      this.sharingState().domain = domain;
    },
  };

  private sharingState() {
    this.rt.settings.sharing ??= { editors: [], groups: {}, domain: null };
    return this.rt.settings.sharing;
  }

  // Authorization.

  readonly auth = {
    /**
     * The add-on now asks for more than `email` granted (a new version added a scope): for that
     * user getAuthorizationInfo(FULL) says REQUIRED and calls to other services than the ones
     * Google's notice pattern uses throw "Authorization is required to perform that action."
     * https://developers.google.com/workspace/add-ons/concepts/editor-triggers#authorization_in_installable_triggers
     */
    requireReauthorization: (email = this.user, blockedServices?: string[]) => {
      this.project.auth.reauthorizationRequired[email] =
        blockedServices ?? BLOCKED_WHEN_REAUTH_REQUIRED;
    },
    /** The user opened the authorization URL and granted everything again. */
    reauthorize: (email = this.user) => {
      delete this.project.auth.reauthorizationRequired[email];
    },
  };

  fireDueTriggers(): TriggerRun[] {
    return this.triggerClock.fireDue();
  }

  /** Moves the clock forward by ms, firing each trigger at its time on the way. */
  advanceTime(ms: number): TriggerRun[] {
    return this.triggerClock.advanceTime(ms);
  }

  // Users editing the workbook in the Sheets UI (not counted; only typing is validated).

  /** Typing (or pasting a 2-D block) fires the script's onEdit(e), as in Sheets. */
  userEdit(sheetName: string, a1: string, value: unknown): void {
    const before = this.singleCellValue(sheetName, a1, value);
    const range = this.edits.edit(sheetName, a1, value);
    const after = before === null ? null : this.rt.direct(() => range.getValue());
    this.simpleTriggers.edited(range, before, after);
  }

  /**
   * The user selects cells (the current cell is `current`, or the top-left one): the sheet
   * becomes active and the script's onSelectionChange(e) runs.
   */
  userSelect(sheetName: string, a1: string, current?: string): void {
    const range = this.edits.range(sheetName, a1);
    const cell = current === undefined ? undefined : this.edits.range(sheetName, current).rect;
    this.rt.direct(() => {
      this.spreadsheet.activate(range.sheetModel, range.rect);
      if (cell) select(range.sheetModel, range.rect, cell);
    });
    this.simpleTriggers.selected(range);
  }

  /** What the script's simple triggers did, in order. */
  get simpleTriggerRuns(): SimpleTriggerRun[] {
    return this.simpleTriggers.runs;
  }

  setSimpleTriggerRunner(runner: SimpleTriggerRunner | null): void {
    this.simpleTriggers.setRunner(runner);
  }

  /** The value of a1 before a typed edit of one cell; null for ranges and pastes. */
  private singleCellValue(sheetName: string, a1: string, value: unknown) {
    if (Array.isArray(value)) return null;
    const range = this.edits.range(sheetName, a1);
    const { numRows, numColumns } = range.rect;
    return numRows === 1 && numColumns === 1 ? this.rt.direct(() => range.getValue()) : null;
  }

  /** Text typed into one cell (refused by a rejecting validation rule); fires onEdit(e). */
  userType(sheetName: string, a1: string, text: string): void {
    const before = this.singleCellValue(sheetName, a1, text);
    this.edits.type(sheetName, a1, text);
    const range = this.edits.range(sheetName, a1);
    this.simpleTriggers.edited(
      range,
      before,
      this.rt.direct(() => range.getValue()),
    );
  }

  userInsertRowsAfter(sheetName: string, afterRow: number, count = 1): void {
    this.edits.insertRowsAfter(sheetName, afterRow, count);
  }

  userInsertRowsBefore(sheetName: string, beforeRow: number, count = 1): void {
    this.edits.insertRowsBefore(sheetName, beforeRow, count);
  }

  userDeleteRows(sheetName: string, row: number, count = 1): void {
    this.edits.deleteRows(sheetName, row, count);
  }

  /** Pressing Delete on cells: an edit too (onEdit(e) gets the old value of a single cell). */
  userClear(sheetName: string, a1: string): void {
    const before = this.singleCellValue(sheetName, a1, "");
    const range = this.edits.clear(sheetName, a1);
    this.simpleTriggers.edited(range, before, before === null ? null : "");
  }

  userMerge(sheetName: string, a1: string): void {
    this.edits.merge(sheetName, a1);
  }

  userRenameSheet(oldName: string, newName: string): void {
    this.edits.renameSheet(oldName, newName);
  }

  userDeleteSheet(name: string): void {
    this.edits.deleteSheet(name);
  }

  userInsertSheet(name: string): void {
    this.edits.insertSheet(name);
  }

  /** Tab menu → "Duplicate"; returns the copy's name ("Copy of …"). */
  userDuplicateSheet(name: string): string {
    return this.edits.duplicateSheet(name);
  }

  userHideSheet(name: string): void {
    this.edits.hideSheet(name);
  }

  userShowSheet(name: string): void {
    this.edits.showSheet(name);
  }

  userMoveSheet(name: string, index: number): void {
    this.edits.moveSheet(name, index);
  }

  userDeleteColumns(name: string, column: number, count = 1): void {
    this.edits.deleteColumns(name, column, count);
  }

  userInsertColumnsAfter(name: string, column: number, count = 1): void {
    this.edits.insertColumnsAfter(name, column, count);
  }

  /** Another script removed the sheet's developer metadata (not a Sheets UI action). */
  userRemoveSheetMetadata(name: string): void {
    this.edits.removeSheetMetadata(name);
  }

  // Persistence.

  serialize(): Snapshot {
    const m = this.model;
    const snapshot: Snapshot = {
      version: 1,
      clock: this.clock.nowMs(),
      settings: { ...this.rt.settings },
      spreadsheet: {
        id: m.id,
        name: m.name,
        timeZone: m.timeZone,
        activeSheetId: m.activeSheetId,
        sequence: { ...m.sequence },
        metadata: m.metadata,
        sheets: m.sheets.map(sheetSnapshot),
      },
      properties: this.properties,
      triggers: this.triggerStore,
      mail: this.mailState,
      uuidCount: this.uuidCount,
      ui: {
        menus: this.ui.menus,
        sidebars: this.ui.sidebars,
        dialogs: this.ui.dialogs,
        alerts: this.ui.alerts,
        toasts: this.ui.toasts,
      },
    };
    return encodeDates(snapshot) as Snapshot;
  }
}

function restoreOf(restore: Snapshot | string | undefined): Snapshot | null {
  if (restore === undefined) return null;
  // decodeDates builds every array and object anew, so the restored copy shares nothing with
  // `restore` (a snapshot holds no Dates: serialize encodes them).
  const raw = typeof restore === "string" ? JSON.parse(restore) : restore;
  const snap = decodeDates(raw) as Snapshot;
  if (snap.version !== 1) throw new Error(`Unknown snapshot version ${String(snap.version)}.`);
  return snap;
}

/**
 * What a grant gone out of date blocks in the emulator: the spreadsheet and the UI (a new
 * version's added scope); ScriptApp, MailApp, Session and properties stay usable, as Google's
 * notice pattern needs them.
 */
const BLOCKED_WHEN_REAUTH_REQUIRED = [
  "SpreadsheetApp",
  ...SPREADSHEET_OBJECTS,
  "Ui",
  "HtmlService",
];

function newProject(options: EnvironmentOptions, snap: Snapshot | null): SharedProject {
  const clock = new Clock(
    snap ? new Date(snap.clock) : (options.now ?? new Date("2026-01-05T09:00:00Z")),
  );
  const triggerStore = snap?.triggers ?? { records: [], nextId: 1 };
  const quota = options.mailQuota ?? 100;
  return {
    clock,
    triggerStore,
    triggerClock: new TriggerClock(clock, triggerStore),
    mailState: snap?.mail ?? {
      outbox: [],
      dailyQuota: quota,
      remaining: quota,
      windowStartMs: null,
      failures: { count: 0, message: "" },
    },
    properties: { script: snap?.properties.script ?? {}, user: snap?.properties.user ?? {} },
    auth: { reauthorizationRequired: {} },
    documentCount: 0,
  };
}

function newWorkbook(
  name: string | undefined,
  timeZone: string,
  id = "emulated-spreadsheet-id",
): SpreadsheetModel {
  const model = new SpreadsheetModel(id, name ?? "Mentoring program", timeZone);
  const first = model.addSheet("Sheet1", 0);
  model.activeSheetId = first.id;
  return model;
}

export function createEnvironment(options: EnvironmentOptions = {}): Environment {
  return new Environment(options);
}
