/**
 * What a spreadsheet cell value can be, and checks that work across JavaScript realms
 * (the bundle runs in its own realm in tests, so `instanceof Date` would lie there).
 */
export type CellValue = string | number | boolean | Date;

export function isDate(value: unknown): value is Date {
  return (
    Object.prototype.toString.call(value) === "[object Date]" &&
    !Number.isNaN((value as Date).getTime())
  );
}
