/**
 * Finding the program's plan tabs by their developer metadata (never by name, so renamed
 * tabs still count) and reading each one with a single getValues call.
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
 */
import { PLAN_ID_METADATA_KEY } from "../domain/plan-sections";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface PlanTab {
  planId: string;
  sheet: Sheet;
  sheetId: number;
}

/** Every tab that carries a plan id, in one metadata search. */
export function findPlanTabs(spreadsheet: Spreadsheet): PlanTab[] {
  const found = spreadsheet.createDeveloperMetadataFinder().withKey(PLAN_ID_METADATA_KEY).find();
  const tabs: PlanTab[] = [];
  const seen = new Set<string>();
  for (const metadata of found) {
    const sheet = metadata.getLocation().getSheet();
    const planId = metadata.getValue();
    // A duplicated tab copies its metadata; the first tab keeps the plan, copies are ignored.
    if (!sheet || !planId || seen.has(planId)) continue;
    seen.add(planId);
    tabs.push({ planId, sheet, sheetId: sheet.getSheetId() });
  }
  return tabs;
}

/** The whole tab in one read: the parser finds sections by label inside it. */
export function readTabValues(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

export function markAsPlanTab(sheet: Sheet, planId: string): void {
  sheet.addDeveloperMetadata(PLAN_ID_METADATA_KEY, planId);
}
