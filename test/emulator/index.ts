/**
 * The Apps Script emulator: `createEnvironment()` builds an emulated project bound to one
 * spreadsheet; `loadBundle(env)` runs dist/Code.js inside it. See environment.ts for the API.
 */
export type { AuthModeName } from "./auth-rules";
export type { CallRecord, Measurement } from "./call-counter";
export { type CallKind, kindOf, returnsServerObject } from "./call-kinds";
export type { StoredValue } from "./cell-value";
export {
  type AppsScriptGlobals,
  createEnvironment,
  Environment,
  type EnvironmentOptions,
  REPO_ROOT,
} from "./environment";
export { feedTextReference } from "./feed-text-formula";
export { type Bundle, entryPointsOf, loadBundle } from "./load-bundle";
export type { SentEmail } from "./mail";
export type { Snapshot } from "./snapshot";
export { torowSheetName } from "./torow-formula";
export type { TimeDrivenEvent, TriggerRun } from "./trigger-runner";
