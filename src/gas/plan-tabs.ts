/**
 * Finding the program's plan tabs by their developer metadata (never by name, so renamed
 * tabs still count) and reading each one with a single getValues call.
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
 */
import { PLAN_ID_METADATA_KEY } from "../domain/plan-tab/sections";
import { type AddonTabs, addonTabsOf } from "./addon-tabs";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

export interface PlanTab {
  planId: string;
  sheet: Sheet;
  sheetId: number;
}

/** The plan tabs among metadata found by any search (other keys are ignored). */
function planTabsOf(found: readonly DeveloperMetadata[]): {
  plans: PlanTab[];
  copies: Map<string, PlanTab[]>;
} {
  const tabs: PlanTab[] = [];
  const copies = new Map<string, PlanTab[]>();
  const seen = new Set<string>();
  for (const metadata of found) {
    if (metadata.getKey() !== PLAN_ID_METADATA_KEY) continue;
    const sheet = metadata.getLocation().getSheet();
    const planId = metadata.getValue();
    if (!sheet || !planId) continue;
    // A duplicated tab copies its metadata: the first tab found is the plan's, the others are
    // kept aside (the program read picks the one the pair works in and names the others).
    if (seen.has(planId)) {
      copies.set(planId, [
        ...(copies.get(planId) ?? []),
        { planId, sheet, sheetId: sheet.getSheetId() },
      ]);
      continue;
    }
    seen.add(planId);
    tabs.push({ planId, sheet, sheetId: sheet.getSheetId() });
  }
  return { plans: tabs, copies };
}

export interface ProgramTabs {
  plans: PlanTab[];
  /** Other tabs carrying a plan's id (duplicated by hand), by plan id. */
  copies: Map<string, PlanTab[]>;
  /** The Dashboard and the plan template (addon-tabs.ts). */
  addon: AddonTabs;
}

/** Plan tabs and the add-on's own tabs in one metadata search (a refresh needs both). */
export function findProgramTabs(spreadsheet: Spreadsheet): ProgramTabs {
  const found = spreadsheet.createDeveloperMetadataFinder().find();
  return { ...planTabsOf(found), addon: addonTabsOf(found) };
}

/** The whole tab in one read: the parser finds sections by label inside it. */
export function readTabValues(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

export function markAsPlanTab(sheet: Sheet, planId: string): void {
  sheet.addDeveloperMetadata(PLAN_ID_METADATA_KEY, planId);
}
