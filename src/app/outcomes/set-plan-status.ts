/**
 * A coordinator pauses, resumes, closes, archives, unarchives or reopens a plan from the
 * sidebar (docs/design.md "Plan lifecycle"). The plan tab's own Plan status cells are the record
 * (status, the day it took effect, the reason), so the Dashboard, Outcomes, digests and nudges
 * all follow from the next read; archiving also hides the tab and unarchiving shows it again.
 * Under the document lock; anything refused or failed is one sentence and changes nothing.
 */
import { changeLifecycle, type Lifecycle, statusWord } from "../../domain/outcomes/lifecycle";
import { outcomePlanOf } from "../../domain/outcomes/pair-outcomes";
import { parsePlanTab } from "../../domain/plan-reading/parse-plan-tab";
import { NO_STATUS_ROW, planStatusPlace } from "../../domain/plan-reading/plan-status-place";
import { dateOfDay, dayKey } from "../../domain/sheet/calendar";
import { asLiteralText } from "../../domain/sheet/literal-text";
import type { PlanStatusResult } from "../../domain/sidebar-contract/replies";
import {
  fieldErrors,
  planIdSchema,
  planStatusChangeSchema,
} from "../../domain/sidebar-contract/schemas";
import { BusyError, withDocumentLock } from "../../gas/document-lock";
import { setTabHidden, writePlanStatusCells } from "../../gas/plan-status-cells";
import { findProgramTabs, readTabValues } from "../../gas/plan-tabs";
import { openWorkbook } from "../../gas/workbook";
import { asCoordinator } from "../coordinator-guard";

const refused = (message: string, errors: Record<string, string> = {}): PlanStatusResult => ({
  ok: false,
  fieldErrors: errors,
  message,
});

/** "Pause", "Close"…: for coordinators only (coordinator-guard.ts). */
export function setPlanStatusNow(planId: unknown, change: unknown): PlanStatusResult {
  return asCoordinator(
    "change a plan's status",
    (message) => refused(message),
    () => setPlanStatus(planId, change),
  );
}

function setPlanStatus(planId: unknown, change: unknown): PlanStatusResult {
  const id = planIdSchema.safeParse(planId);
  if (!id.success) return refused(id.error.issues[0]?.message ?? "Which plan?");
  const parsed = planStatusChangeSchema.safeParse(change);
  if (!parsed.success) {
    return refused("Nothing was changed: please correct the highlighted fields.", {
      ...fieldErrors(parsed.error),
    });
  }
  const workbook = openWorkbook();
  try {
    return withDocumentLock(() => {
      const tab = findProgramTabs(workbook.spreadsheet).plans.find((p) => p.planId === id.data);
      if (!tab) {
        return refused(
          "This plan's tab is no longer in the spreadsheet: refresh the Dashboard. Nothing was changed.",
        );
      }
      const values = readTabValues(tab.sheet);
      const place = planStatusPlace(values);
      if (!place) return refused(NO_STATUS_ROW);
      const timeZone = workbook.timeZone();
      const plan = parsePlanTab({ planId: tab.planId, sheetName: "", values, timeZone });
      const current = outcomePlanOf(plan).lifecycle;
      const now = new Date();
      const next = changeLifecycle(current, parsed.data, now);
      if (!next.ok) {
        return refused(
          `${next.message} Nothing was changed.`,
          next.field ? { [next.field]: next.message } : {},
        );
      }
      const today = dateOfDay(dayKey(now, timeZone), timeZone);
      const cells = [
        statusWord(next.lifecycle.stage, next.lifecycle.closure),
        today,
        asLiteralText(next.lifecycle.reason),
      ];
      const hide = hiddenChange(current, next.lifecycle);
      try {
        // The tab first: Sheets refuses to hide the last visible tab, and then nothing is written.
        if (hide !== null) setTabHidden(tab.sheet, hide);
        try {
          writePlanStatusCells(tab.sheet, place, cells);
        } catch (error) {
          if (hide !== null) setTabHidden(tab.sheet, !hide);
          throw error;
        }
      } catch (error) {
        return refused(`The plan's status was not changed: ${messageOf(error)}`);
      }
      const status = statusWord(next.lifecycle.stage, next.lifecycle.closure);
      return {
        ok: true,
        planId: tab.planId,
        status,
        message: changedMessage(plan.header.mentee.name || tab.planId, current, next.lifecycle),
        refreshDashboard: true,
      };
    });
  } catch (error) {
    if (error instanceof BusyError) return refused(error.message);
    throw error;
  }
}

/** Archiving hides the tab, unarchiving shows it; other moves leave it as it is (null). */
function hiddenChange(before: Lifecycle, after: Lifecycle): boolean | null {
  if (after.stage === "Archived") return true;
  if (before.stage === "Archived") return false;
  return null;
}

function changedMessage(mentee: string, before: Lifecycle, after: Lifecycle): string {
  const plan = `${mentee}'s plan`;
  switch (after.stage) {
    case "Paused":
      return `${plan} is paused: no reminders and never "needs attention" until it is resumed.`;
    case "Active":
      return `${plan} is active again: reminders and checkpoints resume.`;
    case "Archived":
      return `${plan} is archived: its tab is hidden, and it still counts in Outcomes.`;
    case "Closed":
      if (before.stage === "Archived") return `${plan} is unarchived: its tab shows again.`;
      return after.closure === "Ended early"
        ? `${plan} is closed, ended early (${after.reason}).`
        : `${plan} is closed as completed.`;
  }
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
