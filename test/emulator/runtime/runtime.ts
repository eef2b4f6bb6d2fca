import vm from "node:vm";
import { ExecutionState } from "../script/execution";
import { CallCounter } from "./call-counter";
import type { Clock } from "./clock";
import { type CallSite, Faults } from "./faults";

export interface RuntimeSettings {
  /** Script time zone (Session.getScriptTimeZone); the spreadsheet has its own, same by default. */
  timeZone: string;
  /** Active and effective user; changes while a trigger runs as its owner. */
  userEmail: string;
  /** The spreadsheet's owner: always an editor of every protection. */
  ownerEmail: string;
  addonName: string;
  /**
   * "addon" (the default): the script runs as an editor add-on, whose rules apply (one trigger of
   * each type per user per document, getProjectTriggers spanning the user's documents); "bound":
   * a script bound to this one spreadsheet.
   */
  mode?: "addon" | "bound";
  /** How the spreadsheet is shared beyond its owner (who can edit, and through what). */
  sharing?: Sharing;
}

/**
 * The spreadsheet's sharing: people added one by one, Google Groups (by the group's address,
 * with its members), and the whole domain ("anyone at example.org can edit").
 */
export interface Sharing {
  editors: string[];
  groups: Record<string, string[]>;
  domain: string | null;
}

/** Users whose authorization is out of date (the add-on asked for more since they granted it). */
export interface AuthState {
  /** By user email: the services their current grant no longer covers. */
  reauthorizationRequired: Record<string, string[]>;
}

/** Apps Script's message when a call needs a scope the user has not granted. */
export const AUTHORIZATION_REQUIRED = "Authorization is required to perform that action.";

/**
 * What every emulated object shares: the clock, the call counter, the running execution, and
 * the realm errors are made in (the bundle's, once loadBundle has run, so `instanceof Error`
 * holds inside the bundle).
 */
export class Runtime {
  readonly calls = new CallCounter();
  readonly execution = new ExecutionState();
  readonly faults = new Faults();
  private directDepth = 0;
  private userEditDepth = 0;
  private typingDepth = 0;
  private errorType: new (message: string) => Error = Error;
  /**
   * Runs JavaScript in the script's global scope (HTML templates compile to code that sees the
   * script's globals): the bundle's context once loadBundle has run.
   */
  runInScript: (code: string) => unknown = (code) => vm.runInNewContext(code);

  constructor(
    readonly clock: Clock,
    readonly settings: RuntimeSettings,
    readonly auth: AuthState = { reauthorizationRequired: {} },
  ) {}

  get isAddon(): boolean {
    return (this.settings.mode ?? "addon") === "addon";
  }

  /**
   * Every emulated method calls this first: authorizes the call, counts it, then runs the faults
   * a test injected. Reads of cell contents say how many cells they return and how many
   * characters of text those hold (the latency model prices a read by its size); Range and Sheet
   * calls name their sheet (`site`) for faults.
   */
  track(service: string, method: string, cells?: number, site?: CallSite, chars?: number): void {
    if (this.directDepth > 0) return;
    this.execution.authorize(service, method, (m) => this.error(m));
    const blocked = this.auth.reauthorizationRequired[this.settings.userEmail];
    if (blocked?.includes(service)) throw this.error(AUTHORIZATION_REQUIRED);
    this.calls.record(service, method, cells, chars);
    this.faults.run(service, method, site, (m) => this.error(m));
  }

  /**
   * Runs fn as the test harness acting directly (inspecting state, or editing as a user would in
   * the Sheets UI): nothing is counted or authorized, and data validation does not reject input.
   */
  direct<T>(fn: () => T): T {
    this.directDepth++;
    try {
      return fn();
    } finally {
      this.directDepth--;
    }
  }

  get isDirect(): boolean {
    return this.directDepth > 0;
  }

  /**
   * Runs fn as a user editing in the Sheets UI: nothing is counted or authorized and validation
   * does not reject, but protection applies exactly as it does to the script's edits.
   */
  asUser<T>(fn: () => T): T {
    this.userEditDepth++;
    try {
      return this.direct(fn);
    } finally {
      this.userEditDepth--;
    }
  }

  /** Whether protection applies now: to the script's calls and to users' edits, not to inspection. */
  get enforcesProtection(): boolean {
    return this.directDepth === 0 || this.userEditDepth > 0;
  }

  /**
   * Like asUser, for a value a user types into a cell in the Sheets UI: a data validation rule
   * set to reject input rejects it, as Sheets does ("false if it rejects the input entirely",
   * https://developers.google.com/apps-script/reference/spreadsheet/data-validation#getallowinvalid).
   */
  typed<T>(fn: () => T): T {
    this.typingDepth++;
    try {
      return this.asUser(fn);
    } finally {
      this.typingDepth--;
    }
  }

  /** Whether a rejecting data validation rule applies to what is being written now. */
  get validatesInput(): boolean {
    return this.directDepth === 0 || this.typingDepth > 0;
  }

  /** An Apps Script-like exception ("Exception: …" when printed). */
  error(message: string): Error {
    const e = new this.errorType(message);
    e.name = "Exception";
    return e;
  }

  useErrorType(ctor: new (message: string) => Error): void {
    this.errorType = ctor;
  }
}
