import type { Emulates } from "../runtime/gas-shape";
import { copyChart, EmbeddedChart, EmbeddedChartBuilder } from "./chart";
import { ConditionalFormatRule } from "./conditional-format";
import { DeveloperMetadata, DeveloperMetadataFinder } from "./developer-metadata";
import { NamedRange } from "./named-range";
import { Protection } from "./protection";
import { Range } from "./range";
import { Selection, selectionOf } from "./selection";
import { newProtection } from "./sheet-base";
import { SheetStructure } from "./sheet-structure";
import { copyRect } from "./tracked-rect";

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Sheet: https://developers.google.com/apps-script/reference/spreadsheet/sheet
 * Identity, ranges and structure come from sheet-base and sheet-structure; this layer adds what
 * is attached to a sheet: protections, developer metadata, conditional format rules, charts.
 */
export class Sheet
  extends SheetStructure
  implements
    Emulates<
      GasSheet,
      | "getRange"
      | "getDataRange"
      | "getSheetValues"
      | "getName"
      | "setName"
      | "getSheetId"
      | "getIndex"
      | "getParent"
      | "getLastRow"
      | "getLastColumn"
      | "getMaxRows"
      | "getMaxColumns"
      | "insertRows"
      | "insertRowsBefore"
      | "insertRowsAfter"
      | "insertRowBefore"
      | "insertRowAfter"
      | "insertColumnsAfter"
      | "deleteColumns"
      | "deleteRow"
      | "deleteRows"
      | "appendRow"
      | "clear"
      | "clearContents"
      | "clearFormats"
      | "clearNotes"
      | "setFrozenRows"
      | "getFrozenRows"
      | "setFrozenColumns"
      | "getFrozenColumns"
      | "setColumnWidth"
      | "setColumnWidths"
      | "getColumnWidth"
      | "setRowHeight"
      | "getRowHeight"
      | "autoResizeColumns"
      | "hideSheet"
      | "showSheet"
      | "isSheetHidden"
      | "activate"
      | "setTabColor"
      | "getTabColor"
      | "protect"
      | "getProtections"
      | "addDeveloperMetadata"
      | "getDeveloperMetadata"
      | "createDeveloperMetadataFinder"
      | "setConditionalFormatRules"
      | "getConditionalFormatRules"
      | "clearConditionalFormatRules"
      | "newChart"
      | "insertChart"
      | "removeChart"
      | "updateChart"
      | "getCharts"
    >
{
  // Protection: https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()

  /** The sheet's protection (created on first call; a sheet has at most one). */
  protect(): Protection {
    this.track("protect");
    let record = this.model.protections.find((p) => p.type === "SHEET");
    if (!record) {
      record = newProtection(this.host.model, "SHEET", null, this.rt.settings);
      this.model.protections.push(record);
    }
    return new Protection(this, record);
  }

  getProtections(type: unknown): Protection[] {
    this.track("getProtections");
    const wanted = String(type);
    if (wanted !== "RANGE" && wanted !== "SHEET") {
      throw this.rt.error(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.Sheet.getProtections.",
      );
    }
    return this.model.protections
      .filter((p) => p.type === wanted)
      .map((p) => new Protection(this, p));
  }

  // Developer metadata: https://developers.google.com/apps-script/reference/spreadsheet/sheet#addDeveloperMetadata(String,String)

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): this {
    this.track("addDeveloperMetadata");
    const isVisibility = (v: unknown) => v === "DOCUMENT" || v === "PROJECT";
    const value =
      valueOrVisibility === undefined || isVisibility(valueOrVisibility)
        ? null
        : String(valueOrVisibility);
    const vis = isVisibility(valueOrVisibility) ? valueOrVisibility : (visibility ?? "DOCUMENT");
    this.host.model.metadata.push({
      id: this.host.model.next("metadata"),
      key: String(key),
      value,
      visibility: vis === "PROJECT" ? "PROJECT" : "DOCUMENT",
      sheetId: this.model.id,
    });
    return this;
  }

  getDeveloperMetadata(): DeveloperMetadata[] {
    this.track("getDeveloperMetadata");
    return this.host.model.metadata
      .filter((m) => m.sheetId === this.model.id)
      .map((m) => new DeveloperMetadata(this.host, m));
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    this.track("createDeveloperMetadataFinder");
    return new DeveloperMetadataFinder(this.host, this.model.id);
  }

  // Conditional formatting: https://developers.google.com/apps-script/reference/spreadsheet/sheet#setConditionalFormatRules(ConditionalFormatRule)

  /** Replaces all the sheet's rules; each rule's ranges must be on this sheet. */
  setConditionalFormatRules(rules: unknown[]): void {
    this.track("setConditionalFormatRules");
    if (!Array.isArray(rules) || !rules.every((r) => r instanceof ConditionalFormatRule)) {
      throw this.rt.error(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.",
      );
    }
    this.model.rules = (rules as ConditionalFormatRule[]).map(({ draft }) => {
      if (draft.refs.some((ref) => ref.sheetId !== this.model.id)) {
        // Emulator wording for a rule whose range is on another sheet.
        throw this.rt.error(
          "A conditional format rule's ranges must be on the sheet it is set on.",
        );
      }
      return {
        ranges: draft.refs.map(copyRect),
        criteria: draft.criteria,
        values: [...draft.values],
        format: { ...draft.format },
      };
    });
  }

  getConditionalFormatRules(): ConditionalFormatRule[] {
    this.track("getConditionalFormatRules");
    return this.model.rules.map(
      (r) =>
        new ConditionalFormatRule(this.rt, this.host, {
          refs: r.ranges.map((rect) => ({ sheetId: this.model.id, ...copyRect(rect) })),
          criteria: r.criteria,
          values: [...r.values],
          format: { ...r.format },
        }),
    );
  }

  clearConditionalFormatRules(): void {
    this.track("clearConditionalFormatRules");
    this.model.rules = [];
  }

  // Charts: https://developers.google.com/apps-script/reference/spreadsheet/sheet#newChart()

  newChart(): EmbeddedChartBuilder {
    this.rt.track("Sheet", "newChart", undefined, this.model);
    return new EmbeddedChartBuilder(this.rt, this.host);
  }

  insertChart(chart: unknown): void {
    this.track("insertChart");
    const draft = copyChart(this.chartDraft(chart, "insertChart"));
    draft.id = this.host.model.next("chart");
    this.model.charts.push(draft);
  }

  updateChart(chart: unknown): void {
    this.track("updateChart");
    const draft = this.chartDraft(chart, "updateChart");
    const i = this.model.charts.findIndex((c) => c.id === draft.id);
    if (draft.id === null || i < 0) throw this.rt.error("The chart is not on this sheet.");
    this.model.charts[i] = copyChart(draft);
  }

  removeChart(chart: unknown): void {
    this.track("removeChart");
    const draft = this.chartDraft(chart, "removeChart");
    this.model.charts = this.model.charts.filter((c) => c.id !== draft.id);
  }

  getCharts(): EmbeddedChart[] {
    this.track("getCharts");
    return this.model.charts.map((c) => new EmbeddedChart(this.rt, this.host, copyChart(c)));
  }

  private chartDraft(chart: unknown, method: string) {
    if (!(chart instanceof EmbeddedChart)) {
      throw this.rt.error(
        `The parameters (Object) don't match the method signature for SpreadsheetApp.Sheet.${method}.`,
      );
    }
    return chart.draft;
  }

  // Selection: https://developers.google.com/apps-script/reference/spreadsheet/sheet#getActiveRange()

  /** "The selected range in the active sheet" (the reference: not necessarily this sheet). */
  getActiveRange(): Range {
    this.track("getActiveRange");
    return this.rt.direct(() => new Selection(this.rt, this.host).getActiveRange());
  }

  /** The current cell of this sheet's selection (A1 until the user selects). */
  getActiveCell(): Range {
    this.track("getActiveCell");
    const { row, column } = selectionOf(this.model).current;
    return this.rangeAt({ row, column, numRows: 1, numColumns: 1 });
  }

  /** "The current cell in the active sheet". */
  getCurrentCell(): Range {
    this.track("getCurrentCell");
    return this.rt.direct(() => new Selection(this.rt, this.host).getCurrentCell());
  }

  getSelection(): Selection {
    this.track("getSelection");
    return new Selection(this.rt, this.host);
  }

  /** Selects a range of this sheet (a Range or A1 notation) and makes this sheet active. */
  setActiveSelection(range: unknown): Range {
    this.track("setActiveSelection");
    return this.selectRange(range, "setActiveSelection");
  }

  setActiveRange(range: unknown): Range {
    this.track("setActiveRange");
    return this.selectRange(range, "setActiveRange");
  }

  private selectRange(range: unknown, method: string): Range {
    const target = typeof range === "string" ? this.rangeAt(this.parseA1(range)) : range;
    if (!(target instanceof Range) || target.sheetModel !== this.model) {
      throw this.rt.error(
        `The parameters (${typeof range === "string" ? "String" : "Object"}) don't match the method signature for SpreadsheetApp.Sheet.${method}.`,
      );
    }
    this.activateRange(target.rect);
    return target;
  }

  // Copies and named ranges.

  /**
   * A copy named "Copy of <name>" at the end of the spreadsheet (the only one here).
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#copyTo(Spreadsheet)
   */
  copyTo(spreadsheet: unknown): Sheet {
    this.track("copyTo");
    if (spreadsheet !== this.host.spreadsheetApi()) {
      throw this.rt.error(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.Sheet.copyTo.",
      );
    }
    return this.host.copySheet(this.model);
  }

  getNamedRanges(): NamedRange[] {
    this.track("getNamedRanges");
    return this.model.namedRanges.map((n) => new NamedRange(this.host, n));
  }
}
