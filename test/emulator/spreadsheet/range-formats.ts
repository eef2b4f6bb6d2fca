import { normalizeColor } from "./colors";
import { DEFAULT_NUMBER_FORMAT } from "./display-format";
import type { CellFormat } from "./grid";
import { RangeValues } from "./range-values";

type FormatKey = Exclude<keyof CellFormat, "validation">;

/** Defaults Sheets reports for a cell nobody formatted. */
const DEFAULTS = {
  numberFormat: DEFAULT_NUMBER_FORMAT,
  fontWeight: "normal",
  fontStyle: "normal",
  fontSize: 10,
  background: "#ffffff",
  wrap: false,
  horizontalAlignment: "general",
  verticalAlignment: "bottom",
  note: "",
} as const;

/** Range formatting: number formats, fonts, colors, wrapping, alignment, notes, borders. */
export class RangeFormats extends RangeValues {
  private setAll(method: string, key: FormatKey, value: unknown): this {
    this.trackWrite(method);
    this.each((r, c) => this.grid.patchFormat(r, c, { [key]: value ?? undefined }));
    return this;
  }

  private setEach(method: string, key: FormatKey, values: unknown, map = (v: unknown) => v): this {
    this.trackWrite(method);
    const checked = this.checkGrid(values, method);
    this.each((r, c, i, j) =>
      this.grid.patchFormat(r, c, { [key]: map(checked[i]?.[j]) ?? undefined }),
    );
    return this;
  }

  private first<K extends keyof typeof DEFAULTS>(method: string, key: K): (typeof DEFAULTS)[K] {
    this.track(method);
    const v = this.grid.format(this.rect.row, this.rect.column)?.[key];
    return (v ?? DEFAULTS[key]) as (typeof DEFAULTS)[K];
  }

  private all<K extends keyof typeof DEFAULTS>(method: string, key: K): (typeof DEFAULTS)[K][][] {
    this.track(method);
    return this.collect(
      (r, c) => (this.grid.format(r, c)?.[key] ?? DEFAULTS[key]) as (typeof DEFAULTS)[K],
    );
  }

  getNumberFormat(): string {
    return this.first("getNumberFormat", "numberFormat");
  }

  getNumberFormats(): string[][] {
    return this.all("getNumberFormats", "numberFormat");
  }

  setNumberFormat(numberFormat: string): this {
    return this.setAll("setNumberFormat", "numberFormat", numberFormat);
  }

  setNumberFormats(numberFormats: unknown[][]): this {
    return this.setEach("setNumberFormats", "numberFormat", numberFormats);
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.first("getFontWeight", "fontWeight") as GoogleAppsScript.Spreadsheet.FontWeight;
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.all("getFontWeights", "fontWeight") as GoogleAppsScript.Spreadsheet.FontWeight[][];
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): this {
    return this.setAll("setFontWeight", "fontWeight", fontWeight);
  }

  setFontWeights(fontWeights: unknown[][]): this {
    return this.setEach("setFontWeights", "fontWeight", fontWeights);
  }

  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.first("getFontStyle", "fontStyle") as GoogleAppsScript.Spreadsheet.FontStyle;
  }

  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): this {
    return this.setAll("setFontStyle", "fontStyle", fontStyle);
  }

  getFontSize(): number {
    return this.first("getFontSize", "fontSize");
  }

  setFontSize(size: number): this {
    return this.setAll("setFontSize", "fontSize", size);
  }

  setFontColor(color: string | null): this {
    return this.setAll("setFontColor", "fontColor", normalizeColor(color));
  }

  setFontColors(colors: unknown[][]): this {
    return this.setEach("setFontColors", "fontColor", colors, (v) => normalizeColor(v as string));
  }

  getBackground(): string {
    return this.first("getBackground", "background");
  }

  getBackgrounds(): string[][] {
    return this.all("getBackgrounds", "background");
  }

  setBackground(color: string | null): this {
    return this.setAll("setBackground", "background", normalizeColor(color));
  }

  /** Deprecated alias of setBackground that Google's own samples still call. */
  setBackgroundColor(color: string | null): this {
    return this.setAll("setBackgroundColor", "background", normalizeColor(color));
  }

  setBackgrounds(colors: (string | null)[][]): this {
    return this.setEach("setBackgrounds", "background", colors, (v) => normalizeColor(v as string));
  }

  getWrap(): boolean {
    return this.first("getWrap", "wrap");
  }

  getWraps(): boolean[][] {
    return this.all("getWraps", "wrap");
  }

  setWrap(isWrapEnabled: boolean): this {
    return this.setAll("setWrap", "wrap", Boolean(isWrapEnabled));
  }

  setWraps(isWrapEnabled: unknown[][]): this {
    return this.setEach("setWraps", "wrap", isWrapEnabled, (v) => Boolean(v));
  }

  getHorizontalAlignment(): string {
    return this.first("getHorizontalAlignment", "horizontalAlignment");
  }

  setHorizontalAlignment(alignment: "left" | "center" | "normal" | "right" | null): this {
    const value = alignment === "normal" ? null : alignment;
    return this.setAll("setHorizontalAlignment", "horizontalAlignment", value);
  }

  setHorizontalAlignments(alignments: unknown[][]): this {
    return this.setEach("setHorizontalAlignments", "horizontalAlignment", alignments);
  }

  getVerticalAlignment(): string {
    return this.first("getVerticalAlignment", "verticalAlignment");
  }

  setVerticalAlignment(alignment: "top" | "middle" | "bottom" | null): this {
    return this.setAll("setVerticalAlignment", "verticalAlignment", alignment);
  }

  getNote(): string {
    return this.first("getNote", "note");
  }

  getNotes(): string[][] {
    return this.all("getNotes", "note");
  }

  setNote(note: string | null): this {
    return this.setAll("setNote", "note", note === "" ? null : note);
  }

  setNotes(notes: unknown[][]): this {
    return this.setEach("setNotes", "note", notes, (v) => (v === "" ? null : v));
  }

  clearNote(): this {
    return this.setAll("clearNote", "note", null);
  }

  /** Borders are recorded as present or not (style and color are not modelled). */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
  ): this {
    const any = [top, left, bottom, right, vertical, horizontal].some((b) => b === true);
    return this.setAll("setBorder", "border", any ? true : null);
  }

  clearFormat(): this {
    this.trackWrite("clearFormat");
    this.each((r, c) => this.grid.clearFormat(r, c));
    return this;
  }

  /**
   * clear() removes contents and formats; with options, only what they name.
   * https://developers.google.com/apps-script/reference/spreadsheet/range#clear(Object)
   */
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
  }): this {
    this.trackWrite("clear");
    const o = options ?? {};
    const only = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    this.each((r, c) => {
      if (!only || o.contentsOnly) this.grid.set(r, c, { value: "" });
      if (!only || o.formatOnly) this.grid.clearFormat(r, c);
      if (o.validationsOnly) this.grid.patchFormat(r, c, { validation: undefined });
      if (o.commentsOnly) this.grid.patchFormat(r, c, { note: undefined });
    });
    return this;
  }
}
