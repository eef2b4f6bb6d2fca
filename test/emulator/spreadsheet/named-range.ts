import type { Emulates } from "../runtime/gas-shape";
import type { Runtime } from "../runtime/runtime";
import { parseA1 } from "./a1";
import type { Range } from "./range";
import type { Sheet } from "./sheet";
import type { NamedRangeRecord, SheetModel } from "./sheet-model";
import type { SpreadsheetModel } from "./spreadsheet-model";

/**
 * Sheets' rules for a range name: letters, numbers and underscores, not starting with a number,
 * not "true"/"false", not an A1 or R1C1 reference, 1–250 characters.
 * https://support.google.com/docs/answer/63175 ("Name a range")
 */
export function validRangeName(name: string): boolean {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,249}$/.test(name)) return false;
  if (/^(true|false)$/i.test(name)) return false;
  if (parseA1(name, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)) return false;
  return !/^R\d*C\d*$/i.test(name);
}

/** The record named `name` (names are unique in a spreadsheet, in any letter case). */
export function findNamedRange(
  model: SpreadsheetModel,
  name: string,
): { sheet: SheetModel; record: NamedRangeRecord } | null {
  const wanted = name.toLowerCase();
  for (const sheet of model.sheets) {
    const record = sheet.namedRanges.find((n) => n.name.toLowerCase() === wanted);
    if (record) return { sheet, record };
  }
  return null;
}

/** What a NamedRange needs from its spreadsheet. */
export interface NamedRangeHost {
  readonly rt: Runtime;
  readonly model: SpreadsheetModel;
  sheetApi(model: SheetModel): Sheet;
}

/** https://developers.google.com/apps-script/reference/spreadsheet/named-range */
export class NamedRange
  implements
    Emulates<GoogleAppsScript.Spreadsheet.NamedRange, "getName" | "getRange" | "setName" | "remove">
{
  constructor(
    private readonly host: NamedRangeHost,
    private readonly record: NamedRangeRecord,
  ) {}

  private track(method: string): void {
    this.host.rt.track("NamedRange", method);
  }

  private sheetOf(): SheetModel {
    const found = this.host.model.sheets.find((s) => s.namedRanges.includes(this.record));
    if (!found) throw this.host.rt.error("The named range was removed."); // emulator wording
    return found;
  }

  getName(): string {
    this.track("getName");
    return this.record.name;
  }

  getRange(): Range {
    this.track("getRange");
    return this.host.sheetApi(this.sheetOf()).rangeAt(this.record.rect);
  }

  setName(name: string): this {
    this.track("setName");
    this.sheetOf();
    const taken = findNamedRange(this.host.model, String(name));
    if (!validRangeName(String(name)) || (taken && taken.record !== this.record)) {
      throw this.host.rt.error(`Invalid name: ${String(name)}`); // emulator wording
    }
    this.record.name = String(name);
    return this;
  }

  setRange(range: Range): this {
    this.track("setRange");
    const from = this.sheetOf();
    const to = range.sheetModel;
    from.namedRanges = from.namedRanges.filter((n) => n !== this.record);
    Object.assign(this.record.rect, { ...range.rect, removed: false });
    to.namedRanges.push(this.record);
    return this;
  }

  remove(): void {
    this.track("remove");
    const sheet = this.sheetOf();
    sheet.namedRanges = sheet.namedRanges.filter((n) => n !== this.record);
  }
}
