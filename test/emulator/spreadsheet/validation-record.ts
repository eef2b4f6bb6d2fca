/**
 * A data validation rule as stored on a cell (immutable; many cells share one record).
 * `criteria` is a SpreadsheetApp.DataValidationCriteria name; `values` its arguments.
 */
export interface ValidationRecord {
  readonly criteria: string;
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}
