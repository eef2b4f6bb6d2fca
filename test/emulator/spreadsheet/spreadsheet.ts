import type { Emulates } from "../runtime/gas-shape";
import type { Runtime } from "../runtime/runtime";
import { User } from "../runtime/user";
import type { MenuEntry, MenuRecord } from "../ui/ui";
import { parseA1, type Rect, splitSheetName } from "./a1";
import type { StoredValue } from "./cell-value";
import {
  DeveloperMetadata,
  DeveloperMetadataFinder,
  type MetadataHost,
} from "./developer-metadata";
import { limitError } from "./limits";
import { findNamedRange, NamedRange, validRangeName } from "./named-range";
import { Range } from "./range";
import type { RangeRef } from "./range-ref";
import { Selection, select } from "./selection";
import { Sheet } from "./sheet";
import { duplicateName, type SheetHost, validSheetName } from "./sheet-base";
import type { SheetModel } from "./sheet-model";
import type { SpreadsheetModel } from "./spreadsheet-model";

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

/**
 * Spreadsheet: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
 * One Sheet object per sheet, so the same sheet is always the same object.
 */
export class Spreadsheet
  implements
    SheetHost,
    MetadataHost,
    Emulates<
      GasSpreadsheet,
      | "getId"
      | "getOwner"
      | "getUrl"
      | "getName"
      | "rename"
      | "getSheets"
      | "getSheetByName"
      | "getSheetById"
      | "getNumSheets"
      | "insertSheet"
      | "deleteSheet"
      | "setActiveSheet"
      | "getActiveSheet"
      | "getActiveRange"
      | "getActiveCell"
      | "getCurrentCell"
      | "getOwner"
      | "getRangeByName"
      | "removeNamedRange"
      | "getSpreadsheetTimeZone"
      | "setSpreadsheetTimeZone"
      | "getRange"
      | "toast"
      | "addDeveloperMetadata"
      | "getDeveloperMetadata"
      | "createDeveloperMetadataFinder"
    >
{
  private readonly sheetApis = new WeakMap<SheetModel, Sheet>();

  constructor(
    readonly rt: Runtime,
    readonly model: SpreadsheetModel,
    private readonly onToast: (toast: Toast) => void,
    private readonly onMenu: (menu: MenuRecord) => void = () => {},
  ) {}

  private track(method: string): void {
    this.rt.track("Spreadsheet", method);
  }

  sheetApi(model: SheetModel): Sheet {
    let sheet = this.sheetApis.get(model);
    if (!sheet) {
      sheet = new Sheet(this, model);
      this.sheetApis.set(model, sheet);
    }
    return sheet;
  }

  spreadsheetApi(): Spreadsheet {
    return this;
  }

  sheetApiById(id: number): Sheet | null {
    const model = this.model.byId(id);
    return model ? this.sheetApi(model) : null;
  }

  rangeFor(ref: RangeRef): Range {
    const sheet = this.sheetApiById(ref.sheetId);
    if (!sheet) throw this.rt.error("The sheet of this range was deleted.");
    return sheet.rangeAt(ref);
  }

  listValues(ref: unknown): StoredValue[] {
    const r = ref as RangeRef;
    const sheet = this.model.byId(r.sheetId);
    return sheet ? sheet.grid.values(r.row, r.column, r.numRows, r.numColumns).flat() : [];
  }

  activate(sheet: SheetModel, rect: Rect | null): void {
    this.model.activeSheetId = sheet.id;
    if (rect) select(sheet, rect);
  }

  activeSheetApi(): Sheet {
    const model = this.model.byId(this.model.activeSheetId) ?? this.model.sheets[0];
    if (!model) throw this.rt.error("The spreadsheet has no sheets.");
    return this.sheetApi(model);
  }

  copySheet(model: SheetModel): Sheet {
    let name = `Copy of ${model.name}`;
    for (let n = 2; this.model.nameTaken(name); n++) name = `Copy ${n} of ${model.name}`;
    const copy = this.model.addSheet(name, this.model.sheets.length);
    copy.copyFrom(model);
    return this.sheetApi(copy);
  }

  getId(): string {
    this.track("getId");
    return this.model.id;
  }

  getUrl(): string {
    this.track("getUrl");
    return `https://docs.google.com/spreadsheets/d/${this.model.id}/edit`;
  }

  getName(): string {
    this.track("getName");
    return this.model.name;
  }

  rename(newName: string): void {
    this.track("rename");
    this.model.name = String(newName);
  }

  getSheets(): Sheet[] {
    this.track("getSheets");
    return this.model.sheets.map((s) => this.sheetApi(s));
  }

  /** Exact name, or null. */
  getSheetByName(name: string): Sheet | null {
    this.track("getSheetByName");
    const model = this.model.byName(String(name));
    return model ? this.sheetApi(model) : null;
  }

  getSheetById(id: number): Sheet | null {
    this.track("getSheetById");
    return this.sheetApiById(id);
  }

  getNumSheets(): number {
    this.track("getNumSheets");
    return this.model.sheets.length;
  }

  /**
   * insertSheet(), (index), (name), (name, index), (…, options): a 1000 × 26 sheet (or a copy of
   * options.template) that becomes the active one; `index` is 0-based. A taken name (in any
   * letter case) fails as in Sheets.
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer,Object)
   */
  insertSheet(...args: unknown[]): Sheet {
    this.track("insertSheet");
    const given = args.find((a): a is string => typeof a === "string") ?? null;
    const index = args.find((a): a is number => typeof a === "number");
    const options = args.find(
      (a): a is { template?: unknown } => typeof a === "object" && a !== null,
    );
    const at = index ?? this.model.sheets.length;
    const name =
      given === null ? this.defaultName() : validSheetName(given, (m) => this.rt.error(m));
    if (this.model.nameTaken(name)) throw this.rt.error(duplicateName(name));
    if (!Number.isInteger(at) || at < 0 || at > this.model.sheets.length) {
      // Emulator wording: the reference does not quote this error.
      throw this.rt.error(`Sheet index ${at} is out of range.`);
    }
    const template = options?.template;
    if (template !== undefined && (!(template instanceof Sheet) || template.model.deleted)) {
      // "The sheet template must be one of the sheets of the Spreadsheet object" (emulator wording).
      throw this.rt.error("The template must be a sheet of this spreadsheet.");
    }
    const size = template instanceof Sheet ? template.model : { maxRows: 1000, maxColumns: 26 };
    const full = limitError(this.model, size.maxRows * size.maxColumns);
    if (full) throw this.rt.error(full);
    const model = this.model.addSheet(name, at);
    if (template instanceof Sheet) model.copyFrom(template.model);
    this.model.activeSheetId = model.id;
    return this.sheetApi(model);
  }

  private defaultName(): string {
    for (let n = this.model.sheets.length + 1; ; n++) {
      if (!this.model.nameTaken(`Sheet${n}`)) return `Sheet${n}`;
    }
  }

  deleteSheet(sheet: unknown): void {
    this.track("deleteSheet");
    if (!(sheet instanceof Sheet) || sheet.model.deleted) {
      throw this.rt.error(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.Spreadsheet.deleteSheet.",
      );
    }
    if (this.model.sheets.length === 1)
      throw this.rt.error("You can't remove all the sheets in a document.");
    if (this.rt.enforcesProtection) sheet.assertEditable(sheet.wholeSheet());
    this.model.removeSheet(sheet.model);
  }

  setActiveSheet(sheet: unknown): Sheet {
    this.track("setActiveSheet");
    if (!(sheet instanceof Sheet)) throw this.rt.error("setActiveSheet needs a Sheet.");
    this.activate(sheet.model, null);
    return sheet;
  }

  getActiveSheet(): Sheet {
    this.track("getActiveSheet");
    return this.activeSheetApi();
  }

  // The user's selection: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getActiveRange()

  getActiveRange(): Range {
    this.track("getActiveRange");
    return this.rt.direct(() => this.getSelection().getActiveRange());
  }

  getActiveCell(): Range {
    this.track("getActiveCell");
    return this.rt.direct(() => this.getSelection().getCurrentCell());
  }

  getCurrentCell(): Range {
    this.track("getCurrentCell");
    return this.rt.direct(() => this.getSelection().getCurrentCell());
  }

  getSelection(): Selection {
    this.track("getSelection");
    return new Selection(this.rt, this);
  }

  /** A Range, or A1 notation ("Sheet2!B2:C3", or bare on the active sheet). */
  setActiveSelection(range: unknown): Range {
    this.track("setActiveSelection");
    return this.selectOn(range, "setActiveSelection");
  }

  setActiveRange(range: unknown): Range {
    this.track("setActiveRange");
    return this.selectOn(range, "setActiveRange");
  }

  private selectOn(range: unknown, method: string): Range {
    const target = typeof range === "string" ? this.rt.direct(() => this.getRange(range)) : range;
    if (!(target instanceof Range)) {
      throw this.rt.error(
        `The parameters (Object) don't match the method signature for SpreadsheetApp.Spreadsheet.${method}.`,
      );
    }
    this.activate(target.sheetModel, target.rect);
    return target;
  }

  /** The owner (the spreadsheet's creator). https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getOwner() */
  getOwner(): User {
    this.track("getOwner");
    return new User(this.rt, this.rt.settings.ownerEmail);
  }

  /**
   * The pre-Ui way to add a menu: entries are {name, functionName}, null for a separator.
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#addMenu(String,Object)
   */
  addMenu(name: string, subMenus: unknown): void {
    this.track("addMenu");
    if (!Array.isArray(subMenus)) {
      throw this.rt.error(
        "The parameters (String,Object) don't match the method signature for SpreadsheetApp.Spreadsheet.addMenu.",
      );
    }
    const items: MenuEntry[] = subMenus.map((entry) => {
      if (entry === null || entry === undefined) return { separator: true };
      const { name: caption, functionName } = entry as { name?: unknown; functionName?: unknown };
      return { caption: String(caption), functionName: String(functionName) };
    });
    this.onMenu({ title: String(name), addon: false, items });
  }

  // Named ranges: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setNamedRange(String,Range)

  getRangeByName(name: string): Range | null {
    this.track("getRangeByName");
    const found = findNamedRange(this.model, String(name));
    return found ? this.sheetApi(found.sheet).rangeAt(found.record.rect) : null;
  }

  /** Names a range; naming it again moves the name. */
  setNamedRange(name: string, range: unknown): void {
    this.track("setNamedRange");
    const text = String(name);
    if (!validRangeName(text)) throw this.rt.error(`Invalid name: ${text}`); // emulator wording
    if (!(range instanceof Range)) {
      throw this.rt.error(
        "The parameters (String,Object) don't match the method signature for SpreadsheetApp.Spreadsheet.setNamedRange.",
      );
    }
    const found = findNamedRange(this.model, text);
    if (found) found.sheet.namedRanges = found.sheet.namedRanges.filter((n) => n !== found.record);
    range.sheetModel.namedRanges.push({ name: text, rect: { ...range.rect } });
  }

  getNamedRanges(): NamedRange[] {
    this.track("getNamedRanges");
    return this.model.sheets.flatMap((s) => s.namedRanges.map((n) => new NamedRange(this, n)));
  }

  removeNamedRange(name: string): void {
    this.track("removeNamedRange");
    const found = findNamedRange(this.model, String(name));
    if (!found) throw this.rt.error(`Named range ${String(name)} not found.`); // emulator wording
    found.sheet.namedRanges = found.sheet.namedRanges.filter((n) => n !== found.record);
  }

  getSpreadsheetTimeZone(): string {
    this.track("getSpreadsheetTimeZone");
    return this.model.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.track("setSpreadsheetTimeZone");
    this.model.timeZone = String(timezone);
  }

  /** "Sheet1!A1:B2" (or a bare A1 on the active sheet). */
  getRange(a1Notation: string): Range {
    this.rt.track("Spreadsheet", "getRange");
    const { sheetName, cells } = splitSheetName(String(a1Notation));
    const model =
      sheetName === null ? this.model.byId(this.model.activeSheetId) : this.model.byName(sheetName);
    const rect = model ? parseA1(cells, model.maxRows, model.maxColumns) : null;
    if (!model || !rect) throw this.rt.error("Range not found");
    return this.sheetApi(model).rangeAt(rect);
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.track("toast");
    this.onToast({ message: String(msg), title: title ?? "", timeoutSeconds: timeoutSeconds ?? 5 });
  }

  addDeveloperMetadata(key: string, value?: string): this {
    this.track("addDeveloperMetadata");
    this.model.metadata.push({
      id: this.model.next("metadata"),
      key: String(key),
      value: value === undefined ? null : String(value),
      visibility: "DOCUMENT",
      sheetId: null,
    });
    return this;
  }

  /** The spreadsheet-level metadata (sheet metadata is read through each sheet). */
  getDeveloperMetadata(): DeveloperMetadata[] {
    this.track("getDeveloperMetadata");
    return this.model.metadata
      .filter((m) => m.sheetId === null)
      .map((m) => new DeveloperMetadata(this, m));
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    this.rt.track("Spreadsheet", "createDeveloperMetadataFinder");
    return new DeveloperMetadataFinder(this, null);
  }
}
