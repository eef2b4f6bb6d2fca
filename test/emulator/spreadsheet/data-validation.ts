import type { Emulates } from "../runtime/gas-shape";
import type { Runtime } from "../runtime/runtime";
import { isRangeLike, type RangeRef, type RangeResolver } from "./range-ref";
import type { ValidationRecord } from "./validation-record";

type GasBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GasRule = GoogleAppsScript.Spreadsheet.DataValidation;

function isRef(x: unknown): x is RangeRef {
  return typeof x === "object" && x !== null && "sheetId" in x;
}

/** Stored values as the script sees them: range references become Range objects again. */
function outward(values: readonly unknown[], resolver: RangeResolver): unknown[] {
  return values.map((v) =>
    isRef(v)
      ? resolver.rangeFor(v)
      : Array.isArray(v)
        ? [...v]
        : v instanceof Date
          ? new Date(v)
          : v,
  );
}

/**
 * SpreadsheetApp.newDataValidation(): a local builder (no service call until the rule is set on
 * a range). https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 */
export class DataValidationBuilder
  implements
    Emulates<
      GasBuilder,
      | "requireValueInList"
      | "requireValueInRange"
      | "requireDate"
      | "requireDateAfter"
      | "requireDateBefore"
      | "requireDateOnOrAfter"
      | "requireDateOnOrBefore"
      | "requireDateBetween"
      | "requireNumberBetween"
      | "requireNumberGreaterThanOrEqualTo"
      | "requireNumberLessThanOrEqualTo"
      | "requireCheckbox"
      | "requireTextIsEmail"
      | "requireFormulaSatisfied"
      | "setAllowInvalid"
      | "setHelpText"
      | "build"
      | "copy"
      | "getCriteriaType"
      | "getCriteriaValues"
      | "getAllowInvalid"
      | "getHelpText"
    >
{
  private criteria: string | null = null;
  private values: unknown[] = [];
  // "The default for a new data validation rule is true" (setAllowInvalid reference).
  private allowInvalid = true;
  private helpText: string | null = null;

  constructor(
    private readonly rt: Runtime,
    private readonly resolver: RangeResolver,
    from?: ValidationRecord,
  ) {
    if (from) {
      this.criteria = from.criteria;
      this.values = [...from.values];
      this.allowInvalid = from.allowInvalid;
      this.helpText = from.helpText;
    }
  }

  private require(method: string, criteria: string, values: unknown[]): this {
    this.rt.track("DataValidationBuilder", method);
    this.criteria = criteria;
    this.values = values;
    return this;
  }

  requireValueInList(values: string[], showDropdown = true): this {
    if (!Array.isArray(values)) throw this.rt.error("requireValueInList needs an array of values.");
    return this.require("requireValueInList", "VALUE_IN_LIST", [values.map(String), showDropdown]);
  }

  requireValueInRange(range: unknown, showDropdown = true): this {
    if (!isRangeLike(range)) throw this.rt.error("requireValueInRange needs a Range.");
    return this.require("requireValueInRange", "VALUE_IN_RANGE", [range.toRef(), showDropdown]);
  }

  requireDate(): this {
    return this.require("requireDate", "DATE_IS_VALID_DATE", []);
  }

  requireDateAfter(date: GoogleAppsScript.Base.Date): this {
    return this.require("requireDateAfter", "DATE_AFTER", [new Date(date.getTime())]);
  }

  requireDateBefore(date: GoogleAppsScript.Base.Date): this {
    return this.require("requireDateBefore", "DATE_BEFORE", [new Date(date.getTime())]);
  }

  requireDateOnOrAfter(date: GoogleAppsScript.Base.Date): this {
    return this.require("requireDateOnOrAfter", "DATE_ON_OR_AFTER", [new Date(date.getTime())]);
  }

  requireDateOnOrBefore(date: GoogleAppsScript.Base.Date): this {
    return this.require("requireDateOnOrBefore", "DATE_ON_OR_BEFORE", [new Date(date.getTime())]);
  }

  requireDateBetween(start: GoogleAppsScript.Base.Date, end: GoogleAppsScript.Base.Date): this {
    const values = [new Date(start.getTime()), new Date(end.getTime())];
    return this.require("requireDateBetween", "DATE_BETWEEN", values);
  }

  requireNumberBetween(start: number, end: number): this {
    return this.require("requireNumberBetween", "NUMBER_BETWEEN", [start, end]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this.require("requireNumberGreaterThanOrEqualTo", "NUMBER_GREATER_THAN_OR_EQUAL_TO", [
      number,
    ]);
  }

  requireNumberLessThanOrEqualTo(number: number): this {
    return this.require("requireNumberLessThanOrEqualTo", "NUMBER_LESS_THAN_OR_EQUAL_TO", [number]);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values = checkedValue === undefined ? [] : [checkedValue, uncheckedValue ?? ""];
    return this.require("requireCheckbox", "CHECKBOX", values);
  }

  requireTextIsEmail(): this {
    return this.require("requireTextIsEmail", "TEXT_IS_VALID_EMAIL", []);
  }

  requireFormulaSatisfied(formula: string): this {
    return this.require("requireFormulaSatisfied", "CUSTOM_FORMULA", [formula]);
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    this.rt.track("DataValidationBuilder", "setAllowInvalid");
    this.allowInvalid = Boolean(allowInvalidData);
    return this;
  }

  setHelpText(helpText: string): this {
    this.rt.track("DataValidationBuilder", "setHelpText");
    this.helpText = String(helpText);
    return this;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    this.rt.track("DataValidationBuilder", "getCriteriaType");
    return this.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }

  getCriteriaValues(): unknown[] {
    this.rt.track("DataValidationBuilder", "getCriteriaValues");
    return outward(this.values, this.resolver);
  }

  getAllowInvalid(): boolean {
    this.rt.track("DataValidationBuilder", "getAllowInvalid");
    return this.allowInvalid;
  }

  getHelpText(): string | null {
    this.rt.track("DataValidationBuilder", "getHelpText");
    return this.helpText;
  }

  copy(): DataValidationBuilder {
    this.rt.track("DataValidationBuilder", "copy");
    return new DataValidationBuilder(this.rt, this.resolver, this.record());
  }

  build(): DataValidation {
    this.rt.track("DataValidationBuilder", "build");
    if (!this.criteria) {
      // Emulator wording: the reference does not give the text for a rule with no criteria.
      throw this.rt.error("A data validation rule needs a criteria (call a require… method).");
    }
    return new DataValidation(this.rt, this.resolver, this.record());
  }

  private record(): ValidationRecord {
    return Object.freeze({
      criteria: this.criteria ?? "",
      values: Object.freeze([...this.values]),
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    });
  }
}

/** A built rule: https://developers.google.com/apps-script/reference/spreadsheet/data-validation */
export class DataValidation
  implements
    Emulates<
      GasRule,
      "getCriteriaType" | "getCriteriaValues" | "getAllowInvalid" | "getHelpText" | "copy"
    >
{
  constructor(
    private readonly rt: Runtime,
    private readonly resolver: RangeResolver,
    readonly record: ValidationRecord,
  ) {}

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    this.rt.track("DataValidation", "getCriteriaType");
    return this.record.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }

  getCriteriaValues(): unknown[] {
    this.rt.track("DataValidation", "getCriteriaValues");
    return outward(this.record.values, this.resolver);
  }

  getAllowInvalid(): boolean {
    this.rt.track("DataValidation", "getAllowInvalid");
    return this.record.allowInvalid;
  }

  /** The help text, or null when none is set (the reference says so; the typings say string). */
  getHelpText(): string {
    this.rt.track("DataValidation", "getHelpText");
    return this.record.helpText as string;
  }

  copy(): DataValidationBuilder {
    this.rt.track("DataValidation", "copy");
    return new DataValidationBuilder(this.rt, this.resolver, this.record);
  }
}

export function isDataValidation(x: unknown): x is DataValidation {
  return x instanceof DataValidation;
}
