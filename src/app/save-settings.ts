/** Saving the program's settings from the sidebar, and bringing the triggers in line. */

import { dashboardTitle } from "../domain/dashboard/layout";
import { schedulerWanted } from "../domain/scheduler/due-work";
import type { SaveSettingsResult } from "../domain/sidebar-contract/replies";
import { fieldErrors, settingsSchema } from "../domain/sidebar-contract/schemas";
import { currentUserEmail } from "../gas/current-user";
import { writeDashboardTitle } from "../gas/dashboard-tab";
import { BusyError, withDocumentLock } from "../gas/document-lock";
import { loadSettings, storeSettings } from "../gas/settings-store";
import { openWorkbook } from "../gas/workbook";
import { asCoordinator } from "./coordinator-guard";
import { nextReviewDueNow } from "./review-status";
import { syncTriggers, type TriggerSync } from "./trigger-sync";

/** What the save did to the scheduler, in one sentence. */
function scheduleMessage(sync: TriggerSync, anythingScheduled: boolean): string {
  if (!anythingScheduled) return "Settings saved. Review emails and the daily refresh are off.";
  if (!sync.installedByMe) {
    // Its handler reads these settings each hour, so the new weekday and hour apply at once.
    return `Settings saved. The program's scheduler runs as ${sync.owner} and follows these settings.`;
  }
  const took = sync.tookOverFrom
    ? ` It had stopped running as ${sync.tookOverFrom}: it now runs as you.`
    : "";
  return `Settings saved. The program's scheduler runs as you.${took}`;
}

/** Saving settings (and so starting or taking over the scheduler), for coordinators only. */
export function saveSettingsFromForm(form: unknown): SaveSettingsResult {
  return asCoordinator(
    "change the program's settings",
    (message) => ({ ok: false, fieldErrors: {}, message }),
    () => saveSettings(form),
  );
}

function saveSettings(form: unknown): SaveSettingsResult {
  const parsed = settingsSchema.safeParse(form);
  if (!parsed.success) {
    return {
      ok: false,
      fieldErrors: fieldErrors(parsed.error),
      message: "Nothing was saved: please correct the highlighted fields.",
    };
  }
  const settings = parsed.data;
  const workbook = openWorkbook();
  const me = currentUserEmail();
  try {
    const sync = withDocumentLock(() => {
      const before = loadSettings();
      storeSettings(settings);
      // The Dashboard's title names the program; a refresh takes the name from there.
      if (before.programName !== settings.programName) {
        writeDashboardTitle(workbook.spreadsheet, dashboardTitle(settings.programName));
      }
      return syncTriggers(settings, me, workbook.spreadsheet);
    });
    const running = sync.owner !== "";
    const schedule = {
      installed: running,
      installedByMe: sync.installedByMe,
      installedBy: sync.owner || null,
      nextReviewDue: running ? (nextReviewDueNow(workbook, settings)?.toISOString() ?? null) : null,
      running,
    };
    const message = scheduleMessage(sync, schedulerWanted(settings));
    return { ok: true, settings, schedule, message };
  } catch (error) {
    if (error instanceof BusyError) return { ok: false, fieldErrors: {}, message: error.message };
    throw error;
  }
}
