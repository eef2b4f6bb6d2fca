/**
 * `implements Emulates<GoogleAppsScript.Spreadsheet.Range, "getValues" | "setValues">` checks a
 * class against @types/google-apps-script: the same method names and parameter types, and the
 * same primitive results. Methods that return Apps Script objects return the emulator's own
 * objects (which implement only part of each interface), so object results are left unchecked.
 */
export type Emulates<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R
    ? (...args: A) => R extends object ? unknown : R
    : T[P];
};
