import { isDateValue, type StoredValue } from "./cell-value";
import type { ValidationRecord } from "./validation-record";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_PATTERN = /^https?:\/\/\S+$/i;

function toNumber(v: unknown): number {
  return isDateValue(v) ? v.getTime() : Number(v);
}

/**
 * Whether a value satisfies a data validation rule, for rules that reject invalid input
 * (setAllowInvalid(false)). Empty cells always pass; CUSTOM_FORMULA rules are not evaluated.
 * `listOf` resolves a VALUE_IN_RANGE rule's range to its values.
 */
export function satisfies(
  rule: ValidationRecord,
  value: StoredValue,
  listOf: (ref: unknown) => StoredValue[],
): boolean {
  if (value === "") return true;
  const [a, b] = rule.values;
  const n = typeof value === "number" ? value : Number.NaN;
  const t = isDateValue(value) ? value.getTime() : Number.NaN;
  const text = String(value);
  switch (rule.criteria) {
    case "VALUE_IN_LIST":
      return (a as unknown[]).map(String).includes(text);
    case "VALUE_IN_RANGE":
      return listOf(a).map(String).includes(text);
    case "CHECKBOX":
      return rule.values.length === 0 ? typeof value === "boolean" : value === a || value === b;
    case "DATE_IS_VALID_DATE":
      return !Number.isNaN(t);
    case "DATE_AFTER":
      return t > toNumber(a);
    case "DATE_BEFORE":
      return t < toNumber(a);
    case "DATE_ON_OR_AFTER":
      return t >= toNumber(a);
    case "DATE_ON_OR_BEFORE":
      return t <= toNumber(a);
    case "DATE_EQUAL_TO":
      return t === toNumber(a);
    case "DATE_BETWEEN":
      return t >= toNumber(a) && t <= toNumber(b);
    case "DATE_NOT_BETWEEN":
      return !Number.isNaN(t) && !(t >= toNumber(a) && t <= toNumber(b));
    case "NUMBER_BETWEEN":
      return n >= Number(a) && n <= Number(b);
    case "NUMBER_NOT_BETWEEN":
      return !Number.isNaN(n) && !(n >= Number(a) && n <= Number(b));
    case "NUMBER_EQUAL_TO":
      return n === Number(a);
    case "NUMBER_NOT_EQUAL_TO":
      return !Number.isNaN(n) && n !== Number(a);
    case "NUMBER_GREATER_THAN":
      return n > Number(a);
    case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
      return n >= Number(a);
    case "NUMBER_LESS_THAN":
      return n < Number(a);
    case "NUMBER_LESS_THAN_OR_EQUAL_TO":
      return n <= Number(a);
    case "TEXT_CONTAINS":
      return text.includes(String(a));
    case "TEXT_DOES_NOT_CONTAIN":
      return !text.includes(String(a));
    case "TEXT_EQUAL_TO":
      return text === String(a);
    case "TEXT_IS_VALID_EMAIL":
      return EMAIL.test(text);
    case "TEXT_IS_VALID_URL":
      return URL_PATTERN.test(text);
    default:
      return true;
  }
}
