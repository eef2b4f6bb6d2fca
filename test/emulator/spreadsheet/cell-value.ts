/** What a cell holds, as Range.getValues returns it: '' for empty, never null. */
export type StoredValue = string | number | boolean | Date;

/** A Date from any realm (the bundle runs in its own), checked without instanceof. */
export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/** A host-realm copy, so nothing the script holds aliases what the sheet stores. */
export function copyValue(value: StoredValue): StoredValue {
  return isDateValue(value) ? new Date(value.getTime()) : value;
}
