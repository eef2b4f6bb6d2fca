/**
 * What the sidebar's Intake view shows on opening: the Roster and Matches tabs (if the add-on
 * made them), the intake settings and a plan run's progress. One metadata search.
 */
import type { IntakeState } from "../../domain/sidebar-contract/intake-replies";
import { loadBulkProgress, loadIntakeSettings } from "../../gas/intake-store";
import { findMatchesTab } from "../../gas/matches-tab";
import { findProgramTabs } from "../../gas/plan-tabs";
import { findRosterTab } from "../../gas/roster-tab";
import { openWorkbook } from "../../gas/workbook";
import { statusOf } from "./create-plans";

export function readIntakeState(): IntakeState {
  const { addon } = findProgramTabs(openWorkbook().spreadsheet);
  return {
    rosterTab: findRosterTab(addon)?.getName() ?? null,
    matchesTab: findMatchesTab(addon)?.getName() ?? null,
    settings: loadIntakeSettings(),
    progress: statusOf(loadBulkProgress()),
  };
}
