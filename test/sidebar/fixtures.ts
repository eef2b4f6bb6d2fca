/** Sidebar state for the sidebar's logic tests, built from the real templates. */

import type { SidebarState } from "../../src/domain/sidebar-contract/replies";
import type { Settings } from "../../src/domain/sidebar-contract/schemas";
import { templateChoices } from "../../src/domain/templates";

export const SETTINGS: Settings = {
  programName: "Engineering mentoring",
  reviewsEnabled: true,
  reviewWeekday: "TUESDAY",
  reviewHour: 14,
  programReviewers: ["hr@example.com", "lead@example.com"],
  nudgesEnabled: false,
  dailyDashboardRefresh: true,
  coordinators: ["deputy@example.com"],
};

export function sidebarState(overrides: Partial<SidebarState> = {}): SidebarState {
  return {
    programName: "Engineering mentoring",
    spreadsheetTimeZone: "Europe/Madrid",
    today: "2025-03-03",
    userEmail: "coordinator@example.com",
    isCoordinator: true,
    initialView: "home",
    plans: [],
    templates: templateChoices(),
    settings: SETTINGS,
    schedule: {
      installed: true,
      installedByMe: true,
      installedBy: "coordinator@example.com",
      nextReviewDue: null,
    },
    lastReview: null,
    remainingDailyMailQuota: 100,
    ...overrides,
  };
}
