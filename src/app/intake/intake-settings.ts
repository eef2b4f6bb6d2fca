/**
 * The intake part of the sidebar: what it shows on opening (the Roster and Matches tabs, the
 * settings, a run's progress), and saving the intake settings (parsed with zod on the server;
 * a bad form changes nothing).
 */
import * as z from "zod";
import { intakeSettingsSchema } from "../../domain/intake/intake-settings";
import type {
  IntakeState,
  SaveIntakeSettingsResult,
} from "../../domain/sidebar-contract/intake-replies";
import { loadBulkProgress, loadIntakeSettings, storeIntakeSettings } from "../../gas/intake-store";
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

export function saveIntakeSettingsFromForm(form: unknown): SaveIntakeSettingsResult {
  const parsed = intakeSettingsSchema.safeParse(form);
  if (!parsed.success) {
    return { ok: false, message: `Intake settings not saved: ${z.prettifyError(parsed.error)}` };
  }
  storeIntakeSettings(parsed.data);
  return { ok: true, settings: parsed.data, message: "Intake settings saved." };
}
