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
   * "addon" (the default): the script runs as an editor add-on, whose rules apply; "bound": a
   * script bound to this one spreadsheet.
   */
  mode?: "addon" | "bound";
}

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
  ) {}

  /**
   * Every emulated method calls this first: authorizes the call, counts it, then runs the faults
   * a test injected. Reads of cell contents say how many cells they return and how many
   * characters of text those hold (the latency model prices a read by its size); Range and Sheet
   * calls name their sheet (`site`) for faults.
   */
  track(service: string, method: string, cells?: number, site?: CallSite, chars?: number): void {
    if (this.directDepth > 0) return;
    this.execution.authorize(service, method, (m) => this.error(m));
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

  get isAddon(): boolean {
    return (this.settings.mode ?? "addon") === "addon";
  }

  get isDirect(): boolean {
    return this.directDepth > 0;
  }

  /**
   * Like direct, for a value a user types into a cell in the Sheets UI: a data validation rule
   * set to reject input rejects it, as Sheets does ("false if it rejects the input entirely",
   * https://developers.google.com/apps-script/reference/spreadsheet/data-validation#getallowinvalid).
   */
  typed<T>(fn: () => T): T {
    this.typingDepth++;
    try {
      return this.direct(fn);
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
