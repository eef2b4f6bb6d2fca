import type { Schedule } from "./trigger-schedule";

/** An installed trigger as the project stores it (plain data, for snapshots). */
export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: "CLOCK" | "ON_OPEN" | "ON_EDIT" | "ON_CHANGE" | "ON_FORM_SUBMIT";
  source: "CLOCK" | "SPREADSHEETS";
  /** The spreadsheet id for spreadsheet triggers. */
  sourceId: string | null;
  /**
   * The spreadsheet the trigger was created in: an add-on's triggers belong to one document and
   * run there (https://developers.google.com/workspace/add-ons/concepts/editor-triggers).
   */
  documentId?: string;
  /** Installable triggers run as the user who created them. */
  owner: string;
  timeZone: string;
  schedule: Schedule | null;
  /** Next time-driven run (ms since epoch), or null when it will not run again. */
  nextFireAt: number | null;
  createdAt: number;
}

/** Apps Script's limit: https://developers.google.com/apps-script/guides/services/quotas ("Triggers 20 / user / script"). */
export const MAX_TRIGGERS_PER_USER = 20;
