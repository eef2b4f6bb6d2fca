/**
 * The entry points: the contract between the bundle and Apps Script (docs/design.md "Entry points").
 * Every export here becomes a top-level function of dist/Code.js (scripts/build.mjs generates the
 * stubs from this module's exports), and the sidebar's google.script.run types come from here.
 * Nothing else belongs in this file.
 */

import { insertPlanFromForm } from "./app/insert-plan";
import { createPlansForAcceptedMatches } from "./app/intake/create-plans";
import { openRoster } from "./app/intake/open-roster";
import {
  readPlanCreationProgress,
  requestPlanCreationStop,
} from "./app/intake/plan-creation-progress";
import { readIntakeState } from "./app/intake/read-intake-state";
import { saveIntakeSettingsFromForm } from "./app/intake/save-intake-settings";
import { suggestMatchesNow } from "./app/intake/suggest-matches";
import { buildAddonMenu, openSidebar, welcomeAfterInstall } from "./app/menu";
import { openPlanTabById } from "./app/open-plan-tab";
import { readSidebarState } from "./app/read-sidebar-state";
import { refreshDashboardNow } from "./app/refresh-dashboard";
import { previewDigest, sendReviewsNow as sendReviewsAsCoordinator } from "./app/run-reviews";
import { saveSettingsFromForm } from "./app/save-settings";
import { runScheduler as runSchedulerNow, type SchedulerRunResult } from "./app/scheduler";
import type {
  IntakeActionResult,
  IntakeState,
  PlanCreationStatus,
  SaveIntakeSettingsResult,
  SuggestMatchesResult,
} from "./domain/sidebar-contract/intake-replies";
import type {
  InsertPlanResult,
  RefreshResult,
  ReviewPreview,
  ReviewRunResult,
  SaveSettingsResult,
  SidebarState,
} from "./domain/sidebar-contract/replies";

/** Simple trigger: builds the add-on menu only (runs in AuthMode.NONE before authorization). */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildAddonMenu(e);
}

/** Runs when the add-on is installed: the same menu (no reload needed), then a tip on where to start. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  welcomeAfterInstall(e);
}

/** Menu: "Open sidebar". */
export function showSidebar(): void {
  openSidebar("home");
}

/** Menu: "Insert new plan…" opens the sidebar on the new-plan form. */
export function insertPlanFromMenu(): void {
  openSidebar("newPlan");
}

/** Menu: "Help" opens the sidebar on its help. */
export function showHelp(): void {
  openSidebar("help");
}

/** Sidebar: everything the sidebar shows on load. */
export function getSidebarState(): SidebarState {
  return readSidebarState();
}

/**
 * Sidebar: insert a plan tab for a pair (form parsed with zod; nothing written if invalid).
 * A mentee who already has a plan is asked about first; `{ createAnother: true }` confirms.
 */
export function insertPlan(form: unknown, options?: unknown): InsertPlanResult {
  return insertPlanFromForm(form, options);
}

/** Sidebar: save settings and bring the review trigger in line with them. */
export function saveSettings(form: unknown): SaveSettingsResult {
  return saveSettingsFromForm(form);
}

/** Sidebar: the digest a reviewer would receive now, without sending it. */
export function previewReview(reviewerEmail: unknown): ReviewPreview {
  return previewDigest(reviewerEmail);
}

/** Sidebar: a plan in the list was clicked; its tab becomes the active one. */
export function openPlanTab(planId: unknown): { sheetName: string } {
  return openPlanTabById(planId);
}

/** Menu and sidebar: rebuild the Dashboard from every plan tab. */
export function refreshDashboard(): RefreshResult {
  return refreshDashboardNow();
}

/** Menu and sidebar: make or refresh the Outcomes tab and the impact report (with the Dashboard). */
export function refreshOutcomes(): RefreshResult {
  return refreshDashboardNow("always");
}

/** Menu and sidebar: send the current period's digests now (same idempotency as the trigger). */
export function sendReviewsNow(): ReviewRunResult {
  return sendReviewsAsCoordinator();
}

/**
 * The program's one time-driven trigger (hourly): does whatever is due — the review pass, the
 * rest of a run cut by the deadline or the mail quota, the daily Dashboard refresh.
 */
export function runScheduler(_e?: GoogleAppsScript.Events.TimeDriven): SchedulerRunResult {
  return runSchedulerNow();
}

/** The weekly trigger of earlier versions: still installed for some users, so it runs the scheduler. */
export function runScheduledReview(_e?: GoogleAppsScript.Events.TimeDriven): SchedulerRunResult {
  return runSchedulerNow();
}

/** Sidebar: the Roster and Matches tabs, the intake settings and a plan run's progress. */
export function getIntakeState(): IntakeState {
  return readIntakeState();
}

/** Sidebar: save the intake settings (parsed with zod; nothing saved if invalid). */
export function saveIntakeSettings(form: unknown): SaveIntakeSettingsResult {
  return saveIntakeSettingsFromForm(form);
}

/** Sidebar: open the Roster tab, making it the first time. */
export function openRosterTab(): IntakeActionResult {
  return openRoster();
}

/** Sidebar: suggest a mentor for every unmatched mentee into the Matches tab. */
export function suggestMatches(): SuggestMatchesResult {
  return suggestMatchesNow();
}

/** Sidebar: make the plans of the accepted matches, in batches, until done or the time limit. */
export function createPlansForMatches(): PlanCreationStatus {
  return createPlansForAcceptedMatches();
}

/** Sidebar (polled): how far the plan run is. */
export function getPlanCreationProgress(): PlanCreationStatus {
  return readPlanCreationProgress();
}

/** Sidebar: stop the plan run after its current batch. */
export function stopPlanCreation(): PlanCreationStatus {
  return requestPlanCreationStop();
}
