/**
 * The add-on's own tabs — the Dashboard and the hidden plan template — marked with developer
 * metadata, so one metadata search finds both (an insert needs both, and a getSheetByName
 * would cost a call each) and a renamed Dashboard is still found.
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
 *
 * The mark's value names the role and the tab's own sheet id ("dashboard:123"): a copy of the
 * tab (a plan tab made from the template, a Dashboard duplicated by hand) may carry the same
 * metadata, but its sheet id differs, so copies are never taken for the original.
 */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

const ADDON_TAB_METADATA_KEY = "mentoringActionPlan.tab";

/** "dashboard", or the plan template's layout name (a new layout gets a new template tab). */
type AddonTabRole = string;

/** The add-on's tabs by role, from one metadata search. */
export type AddonTabs = ReadonlyMap<AddonTabRole, Sheet>;

const markValue = (role: AddonTabRole, sheetId: number) => `${role}:${sheetId}`;

export function findAddonTabs(spreadsheet: Spreadsheet): AddonTabs {
  return addonTabsOf(
    spreadsheet.createDeveloperMetadataFinder().withKey(ADDON_TAB_METADATA_KEY).find(),
  );
}

/** The add-on's tabs among metadata found by any search (other keys are ignored). */
export function addonTabsOf(found: readonly DeveloperMetadata[]): AddonTabs {
  const tabs = new Map<AddonTabRole, Sheet>();
  for (const metadata of found) {
    if (metadata.getKey() !== ADDON_TAB_METADATA_KEY) continue;
    const sheet = metadata.getLocation().getSheet();
    const value = metadata.getValue() ?? "";
    const cut = value.lastIndexOf(":");
    if (!sheet || cut < 0) continue;
    const role = value.slice(0, cut);
    if (value.slice(cut + 1) !== String(sheet.getSheetId()) || tabs.has(role)) continue;
    tabs.set(role, sheet);
  }
  return tabs;
}

export function markAddonTab(sheet: Sheet, role: AddonTabRole): void {
  sheet.addDeveloperMetadata(ADDON_TAB_METADATA_KEY, markValue(role, sheet.getSheetId()));
}
