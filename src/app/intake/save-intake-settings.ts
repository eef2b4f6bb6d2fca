/**
 * Saving the intake settings from the sidebar: parsed with zod on the server; a bad form changes
 * nothing and says why.
 */
import { intakeSettingsSchema } from "../../domain/intake/intake-settings";
import type { SaveIntakeSettingsResult } from "../../domain/sidebar-contract/intake-replies";
import * as z from "../../domain/sidebar-contract/zod";
import { storeIntakeSettings } from "../../gas/intake-store";
import { asCoordinator } from "../coordinator-guard";

/** Intake settings, for coordinators only (coordinator-guard.ts). */
export function saveIntakeSettingsFromForm(form: unknown): SaveIntakeSettingsResult {
  return asCoordinator(
    "change the intake settings",
    (message) => ({ ok: false, message }),
    () => saveIntakeSettings(form),
  );
}

function saveIntakeSettings(form: unknown): SaveIntakeSettingsResult {
  const parsed = intakeSettingsSchema.safeParse(form);
  if (!parsed.success) {
    return { ok: false, message: `Intake settings not saved: ${z.prettifyError(parsed.error)}` };
  }
  storeIntakeSettings(parsed.data);
  return { ok: true, settings: parsed.data, message: "Intake settings saved." };
}
