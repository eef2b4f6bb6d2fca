/**
 * "Roster": opens the program's Roster tab, making it (headers, notes, dropdowns) the first
 * time. Under the document lock, so two coordinators asking at once get one Roster.
 */
import type { IntakeActionResult } from "../../domain/sidebar-contract/intake-replies";
import { findAddonTabs } from "../../gas/addon-tabs";
import { BusyError, withDocumentLock } from "../../gas/document-lock";
import { createRosterTab, findRosterTab } from "../../gas/roster-tab";
import { openWorkbook } from "../../gas/workbook";
import { asCoordinator } from "../coordinator-guard";

/** "Roster", for coordinators only (coordinator-guard.ts): the Roster holds people's data. */
export function openRoster(): IntakeActionResult {
  return asCoordinator(
    "make or open the Roster",
    (message) => ({ ok: false, message }),
    openOrMakeRoster,
  );
}

function openOrMakeRoster(): IntakeActionResult {
  const { spreadsheet } = openWorkbook();
  try {
    return withDocumentLock(() => {
      const found = findRosterTab(findAddonTabs(spreadsheet));
      const sheet = found ?? createRosterTab(spreadsheet);
      sheet.activate();
      const name = sheet.getName();
      return {
        ok: true,
        message: found
          ? `The roster is in the tab "${name}".`
          : `Roster made in the tab "${name}": paste one row per participant under the headers (any column order), then Suggest matches.`,
      };
    });
  } catch (error) {
    if (error instanceof BusyError) return { ok: false, message: error.message };
    throw error;
  }
}
