/**
 * How each emulated call is classified for the performance model (docs/design.md "How performance is
 * counted"). A call that only builds a local object or hands back a handle is "local" and free;
 * everything else costs a round trip to Google's servers and is a "read", a "write" or "other".
 */
export type CallKind = "read" | "write" | "other" | "local";

/** Services whose every method only builds or inspects an object held by the script. */
const LOCAL_SERVICES = new Set([
  "DataValidationBuilder",
  "DataValidation",
  "ConditionalFormatRuleBuilder",
  "ConditionalFormatRule",
  "BooleanCondition",
  "EmbeddedChartBuilder",
  "EmbeddedChart",
  "TriggerBuilder",
  "ClockTriggerBuilder",
  "SpreadsheetTriggerBuilder",
  "Trigger",
  "DeveloperMetadataFinder",
  "DeveloperMetadataLocation",
  "Utilities",
  "Logger",
  "console",
  "HtmlOutput",
  "HtmlTemplate",
  "Menu",
]);

/** Exceptions to the service rule and to the name rule below. */
const EXPLICIT: Record<string, CallKind> = {
  "SpreadsheetApp.getActive": "local",
  "SpreadsheetApp.getActiveSpreadsheet": "local",
  "SpreadsheetApp.getUi": "local",
  "SpreadsheetApp.newDataValidation": "local",
  "SpreadsheetApp.newConditionalFormatRule": "local",
  "SpreadsheetApp.flush": "other",
  "Spreadsheet.getRange": "local",
  "Spreadsheet.createDeveloperMetadataFinder": "local",
  "Spreadsheet.toast": "other",
  "Spreadsheet.setActiveSheet": "other",
  "Spreadsheet.setActiveSelection": "other",
  "Spreadsheet.setActiveRange": "other",
  "Spreadsheet.addMenu": "other",
  "Sheet.setActiveSelection": "other",
  "Sheet.setActiveRange": "other",
  "SpreadsheetApp.setActiveSheet": "other",
  "SpreadsheetApp.setActiveRange": "other",
  "SpreadsheetApp.getSelection": "local",
  "Spreadsheet.getSelection": "local",
  "Sheet.getSelection": "local",
  "NamedRange.getName": "local",
  "NamedRange.getRange": "local",
  "Sheet.getRange": "local",
  "Sheet.getDataRange": "local",
  "Sheet.getParent": "local",
  "Sheet.newChart": "local",
  "Sheet.createDeveloperMetadataFinder": "local",
  "Sheet.activate": "other",
  // A sheet's id never changes (unlike its name), so the handle already holds it.
  "Sheet.getSheetId": "local",
  "Range.getA1Notation": "local",
  "Range.getRow": "local",
  "Range.getColumn": "local",
  "Range.getNumRows": "local",
  "Range.getNumColumns": "local",
  "Range.getLastRow": "local",
  "Range.getLastColumn": "local",
  "Range.getSheet": "local",
  "Range.getWidth": "local",
  "Range.getHeight": "local",
  "Range.getRowIndex": "local",
  "Range.getColumnIndex": "local",
  "Range.getCell": "local",
  "Range.offset": "local",
  "Range.activate": "other",
  "DeveloperMetadataFinder.find": "read",
  "DeveloperMetadata.getId": "local",
  "DeveloperMetadata.getKey": "local",
  "DeveloperMetadata.getValue": "local",
  "DeveloperMetadata.getVisibility": "local",
  "DeveloperMetadata.getLocation": "local",
  "Protection.getRange": "local",
  "Protection.getProtectionType": "local",
  "Ui.createAddonMenu": "local",
  "Ui.createMenu": "local",
  "Ui.showSidebar": "other",
  "Ui.showModalDialog": "other",
  "Ui.showModelessDialog": "other",
  "Ui.alert": "other",
  "Menu.addToUi": "other",
  "HtmlService.createHtmlOutput": "local",
  "HtmlService.createHtmlOutputFromFile": "local",
  "HtmlService.createTemplate": "local",
  "HtmlService.createTemplateFromFile": "local",
  "PropertiesService.getDocumentProperties": "local",
  "PropertiesService.getScriptProperties": "local",
  "PropertiesService.getUserProperties": "local",
  "LockService.getDocumentLock": "local",
  "LockService.getScriptLock": "local",
  "LockService.getUserLock": "local",
  "Lock.tryLock": "other",
  "Lock.waitLock": "other",
  "Lock.releaseLock": "other",
  "Lock.hasLock": "other",
  "Session.getActiveUser": "local",
  "Session.getEffectiveUser": "local",
  "User.getEmail": "other",
  "ScriptApp.newTrigger": "local",
  "ClockTriggerBuilder.create": "write",
  "SpreadsheetTriggerBuilder.create": "write",
  "MailApp.sendEmail": "write",
};

/**
 * Writes that hand back an object the server makes (a new tab, a protection): the script waits
 * for the server, so each is a round trip of its own and commits the writes queued before it.
 */
const SERVER_OBJECT_CALLS = new Set([
  "Spreadsheet.insertSheet",
  "Spreadsheet.duplicateActiveSheet",
  "Sheet.copyTo",
  "Sheet.protect",
  "Range.protect",
]);

/** Whether a call makes a server object and so is a round trip of its own (see above). */
export function returnsServerObject(r: { service: string; method: string }): boolean {
  return SERVER_OBJECT_CALLS.has(`${r.service}.${r.method}`);
}

const READ_PREFIX = /^(get|is|can|has|find)/;
const cache = new Map<string, CallKind>();

export function kindOf(service: string, method: string): CallKind {
  const key = `${service}.${method}`;
  let kind = cache.get(key);
  if (kind === undefined) {
    kind =
      EXPLICIT[key] ??
      (LOCAL_SERVICES.has(service) ? "local" : READ_PREFIX.test(method) ? "read" : "write");
    cache.set(key, kind);
  }
  return kind;
}
