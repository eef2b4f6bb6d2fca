/**
 * The add-on's own tabs (Dashboard, Review log, program feed, plan template, and any tab a
 * feature adds): ONE mechanism to find, make, check and retire them.
 *
 * - Found ONLY by developer metadata, never by name: a renamed tab is still found, and a tab of
 *   the user's that happens to carry the usual name is never read or written
 *   (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder).
 * - Made with a free name: "Review log", or "Review log (2)"… when the user has a tab of that
 *   name; after MAX_NAME_ATTEMPTS taken names a message, not an exception.
 * - Checked against the shape its kind expects (a header row, a width): a tab whose shape was
 *   changed by hand is retired (the add-on's mark removed, the tab and its content left as they
 *   are for the user) and a new one made; the caller says so to the coordinator.
 *
 * The mark's value names the role and the tab's own sheet id ("dashboard:123"): a duplicate of
 * the tab made by hand carries the same metadata, but its sheet id differs, so a copy is never
 * taken for the original.
 */
import { insertSheetWithFreeName, noFreeNameMessage } from "./insert-sheet";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

export const ADDON_TAB_METADATA_KEY = "mentoringActionPlan.tab";

/** A role: "dashboard", "review-log", "feed", or the plan template's layout name. */
export type AddonTabRole = string;

/** What the add-on expects of one of its tabs. */
export interface AddonTabKind {
  role: AddonTabRole;
  /** The name a new tab gets when it is free. */
  usualName: string;
  /** The tab in coordinator words, for messages ("the Review log"). */
  label: string;
  /** Where a new tab goes in the tab strip. */
  position: "first" | "last";
  /** Machinery the coordinator does not need to see (the feed, the template). */
  hidden: boolean;
  /**
   * What is wrong with a tab of this kind, from its values (getDataRange().getValues()), or null
   * when it has the expected shape. Only values the add-on reads anyway: checking costs no call.
   */
  shapeProblem?: (values: readonly unknown[][]) => string | null;
}

const KINDS = new Map<AddonTabRole, AddonTabKind>();

/** Declares a kind of add-on tab (one per role); returns it for the tab's adapter to use. */
export function defineAddonTab(kind: AddonTabKind): AddonTabKind {
  const known = KINDS.get(kind.role);
  if (known && known.usualName !== kind.usualName) {
    throw new Error(`Two kinds of add-on tab share the role "${kind.role}".`);
  }
  KINDS.set(kind.role, kind);
  return kind;
}

/** Every kind declared so far (the hostile tests walk them). */
export function addonTabKinds(): AddonTabKind[] {
  return [...KINDS.values()];
}

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

export type MadeAddonTab = { sheet: Sheet; sheetName: string } | { sheet: null; message: string };

/** A new tab of the kind: placed, named, marked and (machinery) hidden. */
export function createAddonTab(spreadsheet: Spreadsheet, kind: AddonTabKind): MadeAddonTab {
  const index = kind.position === "first" ? 0 : spreadsheet.getNumSheets();
  const made = insertSheetWithFreeName(spreadsheet, kind.usualName, index);
  if (!made) return { sheet: null, message: noFreeNameMessage(kind.usualName) };
  markAddonTab(made.sheet, kind.role);
  if (kind.hidden) made.sheet.hideSheet();
  return made;
}

/**
 * Stops treating a tab as the add-on's: its mark is removed and nothing else is touched, so
 * whatever the user made of it stays theirs. The caller makes a new tab and says so.
 */
export function retireAddonTab(sheet: Sheet): void {
  for (const metadata of sheet.getDeveloperMetadata()) {
    if (metadata.getKey() === ADDON_TAB_METADATA_KEY) metadata.remove();
  }
}

/**
 * Whether a write failed because the tab is smaller than the add-on expects (rows or columns
 * deleted by hand): "The coordinates of the range are outside the dimensions of the sheet."
 */
export function isOutsideSheetError(error: unknown): boolean {
  return /outside the dimensions of the sheet/i.test(String((error as Error)?.message ?? error));
}

/** "The Review log "Review log (2026)" had changed shape (…): a new one was made, "Review log (2)"." */
export function rebuiltMessage(
  kind: AddonTabKind,
  oldName: string,
  problem: string,
  newName: string,
): string {
  return `${capitalized(kind.label)} "${oldName}" had been changed by hand (${problem}); the add-on no longer uses it and left it as it is. A new one was made: "${newName}".`;
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
