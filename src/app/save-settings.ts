/** Saving the program's settings from the sidebar, and bringing the triggers in line. */

import { dashboardTitle } from "../domain/dashboard/layout";
import type { SaveSettingsResult } from "../domain/sidebar-contract/replies";
import {
  fieldErrors,
  type Settings,
  settingsSchema,
  type Weekday,
} from "../domain/sidebar-contract/schemas";
import { currentUserEmail } from "../gas/current-user";
import { writeDashboardTitle } from "../gas/dashboard-tab";
import { BusyError, withDocumentLock } from "../gas/document-lock";
import { loadSettings, storeSettings } from "../gas/settings-store";
import { openWorkbook } from "../gas/workbook";
import { nextReviewDueNow } from "./review-status";
import { syncTriggers, type TriggerSync } from "./trigger-sync";

const dayName = (w: Weekday) => `${w.charAt(0)}${w.slice(1).toLowerCase()}s`;
const at = (weekday: Weekday, hour: number) =>
  `${dayName(weekday)} at ${String(hour).padStart(2, "0")}:00`;

/** Another coordinator's trigger sends the reviews; say so, and whether it runs at another time. */
function otherScheduleMessage(sync: TriggerSync, settings: Settings): string {
  const base = `Settings saved. Review emails are sent by the schedule ${sync.owner} set up`;
  if (!sync.otherRunsAt) return `${base}.`;
  const { weekday, hour } = sync.otherRunsAt;
  return `${base}, which runs on ${at(weekday, hour)}: only ${sync.owner} can move it to ${at(settings.reviewWeekday, settings.reviewHour)}, by saving these settings.`;
}

export function saveSettingsFromForm(form: unknown): SaveSettingsResult {
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
      return syncTriggers(settings, me, workbook.timeZone());
    });
    const schedule = {
      installed: sync.owner !== "",
      installedByMe: sync.installedByMe,
      installedBy: sync.owner || null,
      nextReviewDue: nextReviewDueNow(workbook, settings)?.toISOString() ?? null,
    };
    const message = !settings.reviewsEnabled
      ? "Settings saved. Review emails are off."
      : sync.installedByMe
        ? "Settings saved. Review emails are scheduled."
        : otherScheduleMessage(sync, settings);
    return { ok: true, settings, schedule, message };
  } catch (error) {
    if (error instanceof BusyError) return { ok: false, fieldErrors: {}, message: error.message };
    throw error;
  }
}
