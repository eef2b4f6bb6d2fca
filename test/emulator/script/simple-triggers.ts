import type { Runtime } from "../runtime/runtime";
import { User } from "../runtime/user";
import type { StoredValue } from "../spreadsheet/cell-value";
import { isDateValue } from "../spreadsheet/cell-value";
import { displayValue } from "../spreadsheet/display-format";
import type { Range } from "../spreadsheet/range";
import type { Spreadsheet } from "../spreadsheet/spreadsheet";

/**
 * The simple triggers the emulator fires for what a user does in the Sheets UI: onEdit(e) when
 * they change cells, onSelectionChange(e) when they select. They run in AuthMode.LIMITED, so
 * mail and triggers are refused. https://developers.google.com/apps-script/guides/triggers
 */
export type SimpleTriggerName = "onEdit" | "onSelectionChange";

/** Runs the script's function of that name, if it has one (loadBundle wires it); false if not. */
export type SimpleTriggerRunner = (name: SimpleTriggerName, event: object) => boolean;

export interface SimpleTriggerRun {
  handler: SimpleTriggerName;
  ranAt: Date;
  /** The handler's error message, when it threw (the user's edit stays). */
  error?: string;
}

/** A cell's value as the edit event carries it: a string, absent when the cell is empty. */
function eventText(value: StoredValue, timeZone: string): string | undefined {
  if (value === "") return undefined;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isDateValue(value)) return displayValue(value, undefined, timeZone);
  return String(value);
}

export class SimpleTriggers {
  private runner: SimpleTriggerRunner | null = null;
  readonly runs: SimpleTriggerRun[] = [];

  constructor(
    private readonly rt: Runtime,
    private readonly spreadsheet: Spreadsheet,
  ) {}

  setRunner(runner: SimpleTriggerRunner | null): void {
    this.runner = runner;
  }

  /**
   * onEdit(e): https://developers.google.com/apps-script/guides/triggers/events#edit — authMode,
   * range, source, user, and for a single cell value and oldValue (absent when empty).
   */
  edited(range: Range, before: StoredValue | null, after: StoredValue | null): void {
    const zone = this.spreadsheet.model.timeZone;
    const event: Record<string, unknown> = this.baseEvent(range);
    if (after !== null) {
      const value = eventText(after, zone);
      if (value !== undefined) event.value = value;
    }
    if (before !== null) {
      const oldValue = eventText(before, zone);
      if (oldValue !== undefined) event.oldValue = oldValue;
    }
    this.fire("onEdit", event);
  }

  /** onSelectionChange(e): authMode, range, source, user. */
  selected(range: Range): void {
    this.fire("onSelectionChange", this.baseEvent(range));
  }

  private baseEvent(range: Range): Record<string, unknown> {
    return {
      authMode: "LIMITED",
      range,
      source: this.spreadsheet,
      user: new User(this.rt, this.rt.settings.userEmail),
    };
  }

  private fire(handler: SimpleTriggerName, event: object): void {
    if (!this.runner) return;
    const ranAt = this.rt.clock.now();
    try {
      if (this.runner(handler, event)) this.runs.push({ handler, ranAt });
    } catch (e) {
      // Errors come from the script's realm: read the message without instanceof.
      const message = (e as { message?: unknown } | null)?.message;
      this.runs.push({
        handler,
        ranAt,
        error: message === undefined ? String(e) : String(message),
      });
    }
  }
}
