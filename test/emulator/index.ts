/**
 * The Apps Script emulator's only entrance for code outside test/emulator (bundle tests, the
 * playground, the benchmark): `createEnvironment()` builds an emulated project bound to one
 * spreadsheet; `loadBundle(env)` runs dist/Code.js inside it. See runtime/environment.ts for the
 * API and README.md for the folders (one per service).
 */

export type { SentEmail } from "./mail/mail";
export type { CallRecord, Measurement } from "./runtime/call-counter";
export { type CallKind, kindOf, returnsServerObject } from "./runtime/call-kinds";
export {
  type AppsScriptGlobals,
  createEnvironment,
  Environment,
  type EnvironmentOptions,
  REPO_ROOT,
} from "./runtime/environment";
export type { FaultCall, FaultHandler, FaultKey } from "./runtime/faults";
export { type Bundle, entryPointsOf, loadBundle } from "./runtime/load-bundle";
export type { Snapshot } from "./runtime/snapshot";
export type { AuthModeName } from "./script/auth-rules";
export type { TimeDrivenEvent, TriggerRun } from "./script/trigger-runner";
// What the playground needs to draw a sheet as Sheets shows it.
export { isDateValue, type StoredValue } from "./spreadsheet/cell-value";
export { displayValue } from "./spreadsheet/display-format";
export { feedTextReference } from "./spreadsheet/feed-text-formula";
export type { CellFormat } from "./spreadsheet/grid";
export type { ConditionalRuleRecord, SheetModel } from "./spreadsheet/sheet-model";
export { torowSheetName } from "./spreadsheet/torow-formula";
export type { MenuEntry } from "./ui/ui";
