import { isDateValue } from "../spreadsheet/cell-value";
import { formatDate } from "./format-date";
import type { Runtime } from "./runtime";

/**
 * The Utilities global (the Apps Script service of that name; local, costs no round trip).
 * https://developers.google.com/apps-script/reference/utilities/utilities
 */
export class Utilities {
  private uuidCount: number;

  constructor(
    private readonly rt: Runtime,
    state: { uuidCount: number },
    private readonly onUuid: (count: number) => void,
  ) {
    this.uuidCount = state.uuidCount;
  }

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    this.rt.track("Utilities", "formatDate");
    if (!isDateValue(date)) {
      throw this.rt.error(
        "The parameters (Object,String,String) don't match the method signature for Utilities.formatDate.",
      );
    }
    try {
      return formatDate(date as unknown as Date, String(timeZone), String(format));
    } catch (e) {
      throw this.rt.error(e instanceof Error ? e.message : String(e));
    }
  }

  /** A deterministic sequence of version-4-shaped UUIDs, so runs repeat exactly. */
  getUuid(): string {
    this.rt.track("Utilities", "getUuid");
    this.uuidCount++;
    this.onUuid(this.uuidCount);
    const hex = this.uuidCount.toString(16).padStart(12, "0");
    return `00000000-0000-4000-8000-${hex}`;
  }

  /** Sleeps in emulated time; the reference caps one sleep at 5 minutes. */
  sleep(milliseconds: number): void {
    this.rt.track("Utilities", "sleep");
    if (milliseconds > 300_000)
      throw this.rt.error("Utilities.sleep: the maximum is 300000 milliseconds."); // emulator wording
    this.rt.clock.advance(Math.max(0, milliseconds));
  }

  /** %s and %d placeholders, as the reference's sprintf-like formatString. */
  formatString(template: string, ...args: unknown[]): string {
    this.rt.track("Utilities", "formatString");
    let i = 0;
    return String(template).replace(/%[sd]/g, () => String(args[i++]));
  }
}
