import { CHART_TYPES } from "./chart";

/**
 * Apps Script enums as frozen objects whose values are their names: comparisons such as
 * `type === SpreadsheetApp.ProtectionType.SHEET` and String(value) behave as in Apps Script.
 */
export function enumOf<const T extends readonly string[]>(
  names: T,
): { readonly [K in T[number]]: K } {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as {
    readonly [K in T[number]]: K;
  };
}

export const DataValidationCriteria = enumOf([
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
] as const);

export const BooleanCriteria = enumOf([
  "CELL_EMPTY",
  "CELL_NOT_EMPTY",
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_EQUAL_TO",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_STARTS_WITH",
  "TEXT_ENDS_WITH",
  "CUSTOM_FORMULA",
] as const);

export const ProtectionType = enumOf(["RANGE", "SHEET"] as const);
export const DeveloperMetadataVisibility = enumOf(["DOCUMENT", "PROJECT"] as const);
export const DeveloperMetadataLocationType = enumOf([
  "SPREADSHEET",
  "SHEET",
  "ROW",
  "COLUMN",
] as const);
export const WrapStrategy = enumOf(["WRAP", "OVERFLOW", "CLIP"] as const);
export const BorderStyle = enumOf([
  "DOTTED",
  "DASHED",
  "SOLID",
  "SOLID_MEDIUM",
  "SOLID_THICK",
  "DOUBLE",
] as const);
export const ChartType = enumOf(CHART_TYPES);

export const Dimension = enumOf(["COLUMNS", "ROWS"] as const);
export const AuthMode = enumOf(["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"] as const);
export const AuthorizationStatus = enumOf(["REQUIRED", "NOT_REQUIRED"] as const);
export const WeekDay = enumOf([
  "MONDAY",
  "TUESDAY",
  "WEDNESDAY",
  "THURSDAY",
  "FRIDAY",
  "SATURDAY",
  "SUNDAY",
] as const);
export const EventType = enumOf([
  "CLOCK",
  "ON_OPEN",
  "ON_EDIT",
  "ON_FORM_SUBMIT",
  "ON_CHANGE",
  "ON_EVENT_UPDATED",
] as const);
export const TriggerSource = enumOf([
  "SPREADSHEETS",
  "CLOCK",
  "FORMS",
  "DOCUMENTS",
  "CALENDAR",
] as const);

export const ButtonSet = enumOf(["OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL"] as const);
export const Button = enumOf(["CLOSE", "OK", "CANCEL", "YES", "NO"] as const);
export const SandboxMode = enumOf(["EMULATED", "IFRAME", "NATIVE"] as const);
export const XFrameOptionsMode = enumOf(["ALLOWALL", "DEFAULT"] as const);
