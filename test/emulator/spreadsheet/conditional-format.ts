import type { Emulates } from "../runtime/gas-shape";
import type { Runtime } from "../runtime/runtime";
import { normalizeColor } from "./colors";
import { isRangeLike, type RangeRef, type RangeResolver } from "./range-ref";
import type { ConditionalRuleRecord } from "./sheet-model";

type GasBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

/** A rule before it is set on a sheet: its ranges are still references by value. */
export interface RuleDraft {
  refs: RangeRef[];
  criteria: string;
  values: unknown[];
  format: ConditionalRuleRecord["format"];
}

function copyDraft(d: RuleDraft): RuleDraft {
  return {
    refs: d.refs.map((r) => ({ ...r })),
    criteria: d.criteria,
    values: [...d.values],
    format: { ...d.format },
  };
}

/**
 * SpreadsheetApp.newConditionalFormatRule(): a local builder.
 * https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
 */
export class ConditionalFormatRuleBuilder
  implements
    Emulates<
      GasBuilder,
      | "whenFormulaSatisfied"
      | "whenTextEqualTo"
      | "whenTextContains"
      | "whenCellEmpty"
      | "whenCellNotEmpty"
      | "whenNumberLessThan"
      | "whenNumberGreaterThan"
      | "whenNumberBetween"
      | "setBackground"
      | "setFontColor"
      | "setBold"
      | "setItalic"
      | "setStrikethrough"
      | "setRanges"
      | "getRanges"
      | "getBooleanCondition"
      | "build"
      | "copy"
    >
{
  private draft: RuleDraft;

  constructor(
    private readonly rt: Runtime,
    private readonly resolver: RangeResolver,
    from?: RuleDraft,
  ) {
    this.draft = from ? copyDraft(from) : { refs: [], criteria: "", values: [], format: {} };
  }

  private when(method: string, criteria: string, values: unknown[]): this {
    this.rt.track("ConditionalFormatRuleBuilder", method);
    this.draft.criteria = criteria;
    this.draft.values = values;
    return this;
  }

  private style(method: string, patch: ConditionalRuleRecord["format"]): this {
    this.rt.track("ConditionalFormatRuleBuilder", method);
    Object.assign(this.draft.format, patch);
    return this;
  }

  whenFormulaSatisfied(formula: string): this {
    return this.when("whenFormulaSatisfied", "CUSTOM_FORMULA", [String(formula)]);
  }

  whenTextEqualTo(text: string): this {
    return this.when("whenTextEqualTo", "TEXT_EQUAL_TO", [String(text)]);
  }

  whenTextContains(text: string): this {
    return this.when("whenTextContains", "TEXT_CONTAINS", [String(text)]);
  }

  whenCellEmpty(): this {
    return this.when("whenCellEmpty", "CELL_EMPTY", []);
  }

  whenCellNotEmpty(): this {
    return this.when("whenCellNotEmpty", "CELL_NOT_EMPTY", []);
  }

  whenNumberLessThan(number: number): this {
    return this.when("whenNumberLessThan", "NUMBER_LESS_THAN", [number]);
  }

  whenNumberGreaterThan(number: number): this {
    return this.when("whenNumberGreaterThan", "NUMBER_GREATER_THAN", [number]);
  }

  whenNumberBetween(start: number, end: number): this {
    return this.when("whenNumberBetween", "NUMBER_BETWEEN", [start, end]);
  }

  setBackground(color: string | null): this {
    return this.style("setBackground", { background: normalizeColor(color) });
  }

  setFontColor(color: string | null): this {
    return this.style("setFontColor", { fontColor: normalizeColor(color) });
  }

  setBold(bold: boolean | null): this {
    return this.style("setBold", { bold: bold ?? undefined });
  }

  setItalic(italic: boolean | null): this {
    return this.style("setItalic", { italic: italic ?? undefined });
  }

  setStrikethrough(strikethrough: boolean | null): this {
    return this.style("setStrikethrough", { strikethrough: strikethrough ?? undefined });
  }

  setRanges(ranges: unknown[]): this {
    this.rt.track("ConditionalFormatRuleBuilder", "setRanges");
    if (!Array.isArray(ranges) || !ranges.every(isRangeLike)) {
      throw this.rt.error(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges.",
      );
    }
    this.draft.refs = ranges.map((r) => r.toRef());
    return this;
  }

  getRanges(): unknown[] {
    this.rt.track("ConditionalFormatRuleBuilder", "getRanges");
    return this.draft.refs.map((ref) => this.resolver.rangeFor(ref));
  }

  getBooleanCondition(): BooleanCondition | null {
    this.rt.track("ConditionalFormatRuleBuilder", "getBooleanCondition");
    return this.draft.criteria ? new BooleanCondition(this.rt, this.draft) : null;
  }

  copy(): ConditionalFormatRuleBuilder {
    this.rt.track("ConditionalFormatRuleBuilder", "copy");
    return new ConditionalFormatRuleBuilder(this.rt, this.resolver, this.draft);
  }

  build(): ConditionalFormatRule {
    this.rt.track("ConditionalFormatRuleBuilder", "build");
    if (!this.draft.criteria) {
      // Emulator wording; the reference does not quote this error.
      throw this.rt.error("A conditional format rule needs a condition (call a when… method).");
    }
    return new ConditionalFormatRule(this.rt, this.resolver, copyDraft(this.draft));
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule */
export class ConditionalFormatRule
  implements
    Emulates<
      GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
      "getRanges" | "getBooleanCondition" | "copy"
    >
{
  constructor(
    private readonly rt: Runtime,
    private readonly resolver: RangeResolver,
    readonly draft: RuleDraft,
  ) {}

  getRanges(): unknown[] {
    this.rt.track("ConditionalFormatRule", "getRanges");
    return this.draft.refs.map((ref) => this.resolver.rangeFor(ref));
  }

  getBooleanCondition(): BooleanCondition {
    this.rt.track("ConditionalFormatRule", "getBooleanCondition");
    return new BooleanCondition(this.rt, this.draft);
  }

  copy(): ConditionalFormatRuleBuilder {
    this.rt.track("ConditionalFormatRule", "copy");
    return new ConditionalFormatRuleBuilder(this.rt, this.resolver, this.draft);
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition */
export class BooleanCondition
  implements
    Emulates<
      GoogleAppsScript.Spreadsheet.BooleanCondition,
      | "getCriteriaType"
      | "getCriteriaValues"
      | "getBackground"
      | "getFontColor"
      | "getBold"
      | "getItalic"
      | "getStrikethrough"
    >
{
  constructor(
    private readonly rt: Runtime,
    private readonly draft: RuleDraft,
  ) {}

  private track(method: string): void {
    this.rt.track("BooleanCondition", method);
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    this.track("getCriteriaType");
    return this.draft.criteria as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }

  getCriteriaValues(): unknown[] {
    this.track("getCriteriaValues");
    return [...this.draft.values];
  }

  getBackground(): string | null {
    this.track("getBackground");
    return this.draft.format.background ?? null;
  }

  getFontColor(): string | null {
    this.track("getFontColor");
    return this.draft.format.fontColor ?? null;
  }

  getBold(): boolean | null {
    this.track("getBold");
    return this.draft.format.bold ?? null;
  }

  getItalic(): boolean | null {
    this.track("getItalic");
    return this.draft.format.italic ?? null;
  }

  getStrikethrough(): boolean | null {
    this.track("getStrikethrough");
    return this.draft.format.strikethrough ?? null;
  }
}
