/**
 * The sidebar's view of the server: the entry points google.script.run may call, typed from
 * src/main.ts itself (a type-only import, so no server code reaches the sidebar bundle).
 */
import type * as entryPoints from "./main";

export const SIDEBAR_CALLS = [
  "getSidebarState",
  "insertPlan",
  "saveSettings",
  "previewReview",
  "refreshDashboard",
  "sendReviewsNow",
  "openPlanTab",
  "getIntakeState",
  "saveIntakeSettings",
  "openRosterTab",
  "suggestMatches",
  "createPlansForMatches",
  "getPlanCreationProgress",
  "stopPlanCreation",
] as const;
export type SidebarCallName = (typeof SIDEBAR_CALLS)[number];

type EntryPoints = typeof entryPoints;

/** Each sidebar call, as the sidebar sees it: same parameters, the result as a promise. */
export type SidebarServer = {
  [K in SidebarCallName]: (
    ...args: Parameters<EntryPoints[K]>
  ) => Promise<Awaited<ReturnType<EntryPoints[K]>>>;
};
