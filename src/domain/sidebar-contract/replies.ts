/**
 * What the server's sidebar calls return. Plain data (dates as ISO strings) because
 * google.script.run passes only JSON-like values.
 */
import type { ExistingPlan } from "../plan/same-mentee";
import type { FieldErrors, Settings, TemplateId } from "./schemas";

export interface TemplateChoice {
  id: TemplateId;
  name: string;
  description: string;
  /** Suggested focus area for the form ("" for the blank template). */
  focusArea: string;
  /** Suggested goals, already in the form's shape (target dates relative to a start date). */
  goals: {
    text: string;
    successCriteria: string;
    targetInDays: number;
    actions: {
      text: string;
      owner: "Mentee" | "Mentor" | "Both";
      dueInDays: number;
      resources: string;
    }[];
  }[];
}

export interface TriggerStatus {
  /** A runScheduledReview trigger exists (possibly created by another user). */
  installed: boolean;
  installedByMe: boolean;
  /** Email of the coordinator whose trigger sends the reviews (triggers run as their creator). */
  installedBy: string | null;
  /** ISO date-time of the next review due, in the spreadsheet's time zone, or null. */
  nextReviewDue: string | null;
  /** Whether a scheduler runs for this program (this user's trigger, or another's still alive). */
  running?: boolean;
  /** When settings want a scheduler and none runs: who must do what to start it. */
  notRunning?: string;
}

export interface SidebarState {
  programName: string;
  spreadsheetTimeZone: string;
  /** Today in the spreadsheet's time zone, "YYYY-MM-DD": the form's default start date. */
  today: string;
  userEmail: string;
  /**
   * Whether the user may run the coordinator's actions (docs/design.md, "Roles"); a pair's
   * sidebar shows the plans and the review status, and says who can change them.
   */
  isCoordinator: boolean;
  /** Which view the sidebar should open on (the menu's "Insert new plan…" asks for newPlan). */
  initialView: "home" | "newPlan" | "reviews" | "help";
  /** `health`: as the Dashboard last showed it, with its reason; "" before a refresh. */
  plans: {
    planId: string;
    sheetName: string;
    menteeName: string;
    mentorName: string;
    health: string;
  }[];
  templates: TemplateChoice[];
  settings: Settings;
  schedule: TriggerStatus;
  lastReview: {
    ranAt: string;
    period: string;
    sent: number;
    deferred: number;
    failed: number;
  } | null;
  remainingDailyMailQuota: number | null;
  /**
   * True in the state the sidebar is served with (docs/performance.md "Opening the sidebar"):
   * the schedule and the mail quota are not checked yet (`schedule` and
   * `remainingDailyMailQuota` are placeholders); the sidebar asks for them after its first paint.
   */
  checking?: boolean;
}

export type InsertPlanResult =
  | { ok: true; planId: string; sheetName: string; sheetId: number; message: string }
  | {
      ok: false;
      fieldErrors: FieldErrors;
      message: string;
      /**
       * Set when nothing was inserted because the mentee already has these plans: `message`
       * asks whether to create another (insertPlan again with `createAnother`).
       */
      existingPlans?: ExistingPlan[];
    };

export type SaveSettingsResult =
  | { ok: true; settings: Settings; schedule: TriggerStatus; message: string }
  | { ok: false; fieldErrors: FieldErrors; message: string };

export interface RefreshResult {
  plans: number;
  problems: number;
  /** False when the refresh stopped at a safe point to stay within the time limit. */
  complete: boolean;
  message: string;
}

export interface ReviewPreview {
  reviewerEmail: string;
  subject: string;
  html: string;
  pairs: number;
  /** Which period the preview is and when it is due ("This is the digest for 12–25 Jan 2026, due Monday 12 Jan."). */
  periodNote: string;
  /** Set when the address reviews no pairs: nothing would be sent to it. */
  noPairsNote: string | null;
}

export interface ReviewRunResult {
  period: string;
  sent: number;
  deferred: number;
  failed: number;
  skipped: number;
  message: string;
}
