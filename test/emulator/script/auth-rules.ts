/**
 * Which calls need authorization, per authorization mode. In AuthMode.NONE (an add-on's onOpen
 * before it is enabled in the document) only the menu can be built; see
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle and
 * https://developers.google.com/apps-script/reference/script/auth-mode.
 */
import { kindOf } from "../runtime/call-kinds";

export type AuthModeName = "NONE" | "CUSTOM_FUNCTION" | "LIMITED" | "FULL";

const SHEETS_SCOPES =
  "(https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)";

/** Services reached through SpreadsheetApp, named the way Apps Script names them in errors. */
export const SPREADSHEET_OBJECTS = new Set([
  "Selection",
  "NamedRange",
  "Spreadsheet",
  "Sheet",
  "Range",
  "Protection",
  "DeveloperMetadata",
  "DeveloperMetadataFinder",
  "EmbeddedChart",
]);

/** Calls that work with no authorization at all: building the add-on menu, logging, Utilities. */
function allowedWithoutAuth(service: string, method: string): boolean {
  if (service === "SpreadsheetApp" && method === "getUi") return true;
  if (service === "Ui" && (method === "createAddonMenu" || method === "createMenu")) return true;
  return (
    service === "Menu" || service === "Logger" || service === "console" || service === "Utilities"
  );
}

/**
 * What a custom function may call ("Using Apps Script services" in
 * https://developers.google.com/apps-script/guides/sheets/functions): the spreadsheet read only
 * ("most get*() methods, but not set*()"), Properties, Lock, HTML (made, never shown), Utilities
 * and logging. Everything that needs the user's authorization (mail, triggers, the UI, the
 * user's identity) fails.
 */
function allowedInCustomFunction(service: string, method: string): boolean {
  if (service === "SpreadsheetApp" || SPREADSHEET_OBJECTS.has(service)) {
    if (method === "getUi" || method === "activate" || method === "toast") return false;
    return kindOf(service, method) !== "write";
  }
  return (
    (service === "Logger" ||
      service === "console" ||
      service === "Utilities" ||
      service.startsWith("Properties") ||
      service.startsWith("Lock") ||
      service.startsWith("Html") ||
      service.endsWith("Builder") ||
      service === "DataValidation" ||
      service === "ConditionalFormatRule" ||
      service === "BooleanCondition" ||
      service === "DeveloperMetadataLocation") &&
    !service.endsWith("TriggerBuilder")
  );
}

function scopesOf(service: string): string | null {
  if (service === "SpreadsheetApp" || SPREADSHEET_OBJECTS.has(service)) return SHEETS_SCOPES;
  if (service === "MailApp") return "https://www.googleapis.com/auth/script.send_mail";
  if (service === "ScriptApp" || service.endsWith("TriggerBuilder")) {
    return "https://www.googleapis.com/auth/script.scriptapp";
  }
  if (service === "Ui" || service === "HtmlService") {
    return "https://www.googleapis.com/auth/script.container.ui";
  }
  if (service === "Session" || service === "User") {
    return "https://www.googleapis.com/auth/userinfo.email";
  }
  // PropertiesService and LockService need no OAuth scope but are still unavailable in
  // AuthMode.NONE; the exact wording Apps Script uses for them was not found in the reference.
  return null;
}

function qualified(service: string, method: string): string {
  return SPREADSHEET_OBJECTS.has(service)
    ? `SpreadsheetApp.${service}.${method}`
    : `${service}.${method}`;
}

/** The error text Apps Script gives for a call the mode forbids, or null when it is allowed. */
export function permissionError(
  mode: AuthModeName,
  service: string,
  method: string,
): string | null {
  if (mode === "FULL") return null;
  if (mode === "CUSTOM_FUNCTION") {
    if (allowedInCustomFunction(service, method)) return null;
    // A write is refused without a scope to grant: no authorization lets a custom function write.
    if (service === "SpreadsheetApp" || SPREADSHEET_OBJECTS.has(service)) {
      return `You do not have permission to call ${qualified(service, method)}.`; // emulator wording
    }
  } else if (mode === "LIMITED") {
    // LIMITED (a bound script's or enabled add-on's onOpen) may use the current document and
    // the UI, but not mail or triggers.
    if (service !== "MailApp" && service !== "ScriptApp" && !service.endsWith("TriggerBuilder")) {
      return null;
    }
  } else if (allowedWithoutAuth(service, method)) {
    return null;
  }
  const scopes = scopesOf(service);
  const base = `You do not have permission to call ${qualified(service, method)}.`;
  return scopes ? `${base} Required permissions: ${scopes}` : base;
}
