/**
 * The open spreadsheet, with what an execution reads of it at most once: its time zone and URL
 * (each a service call, and an execution never sees them change) and its owner. Also a snapshot
 * of the document's properties, read once in one getProperties for every record a use case
 * needs; it goes stale once another execution can have written, so a use case that takes the
 * document lock reads it again there (rereadProperties). One Workbook per execution, made by the
 * use case: Apps Script starts every execution with fresh globals, so nothing here outlives it.
 */
import { type PropertySnapshot, readDocumentProperties } from "./document-properties";
import { spreadsheetOwnerEmail } from "./spreadsheet-owner";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Workbook {
  readonly spreadsheet: Spreadsheet;
  timeZone(): string;
  url(): string;
  /** The spreadsheet's owner ("" for a file in a shared drive). */
  owner(): string;
  /** The document's properties, read on first use. */
  properties(): PropertySnapshot;
  /** The document's properties read again (after taking the document lock). */
  rereadProperties(): PropertySnapshot;
}

export function openWorkbook(): Workbook {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  let timeZone: string | undefined;
  let url: string | undefined;
  let owner: string | undefined;
  let properties: PropertySnapshot | undefined;
  return {
    spreadsheet,
    timeZone: () => {
      timeZone ??= spreadsheet.getSpreadsheetTimeZone();
      return timeZone;
    },
    url: () => {
      url ??= spreadsheet.getUrl();
      return url;
    },
    owner: () => {
      owner ??= spreadsheetOwnerEmail(spreadsheet);
      return owner;
    },
    properties: () => {
      properties ??= readDocumentProperties();
      return properties;
    },
    rereadProperties: () => {
      properties = readDocumentProperties();
      return properties;
    },
  };
}
