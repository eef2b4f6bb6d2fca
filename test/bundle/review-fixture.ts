/**
 * A mentoring program for the review scenarios, driven through the built bundle (dist/Code.js) in
 * the emulator: pairs inserted with insertPlan, settings saved with saveSettings, the pairs'
 * progress typed into their tabs as users do (env.userEdit), and readers for what came out (the
 * outbox and the Review log tab). Run `npm run build` first.
 */

import type {
  InsertPlanResult,
  ReviewRunResult,
  SaveSettingsResult,
  SidebarState,
} from "../../src/domain/sidebar-contract/replies";
import type { PlanFormInput, SettingsInput } from "../../src/domain/sidebar-contract/schemas";
import { type Bundle, createEnvironment, type Environment, loadBundle } from "../emulator";

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;

/** Tuesday 6 January 2026, 10:00 in London (UTC in winter): the program starts this week. */
export const START = new Date("2026-01-06T10:00:00Z");
export const TZ = "Europe/London";
export const COORDINATOR = "coordinator@example.org";
export const SPREADSHEET_URL =
  "https://docs.google.com/spreadsheets/d/emulated-spreadsheet-id/edit";

/** Every plan starts on Monday 5 January 2026; due dates are days after that. */
export const PLAN_START = "2026-01-05";

export const ACTIONS = {
  observe: "Observe two planning meetings run by my mentor",
  agenda: "Draft the agenda for the next planning meeting",
  enrol: "Enrol in the people-management course",
  takeaways: "Share three takeaways from the course at a check-in",
} as const;

export const GOALS = {
  planning: "Run the team's weekly planning meeting",
  course: "Finish a people-management course",
} as const;

/** Two goals of two actions each, so completion moves in steps of 25 points. */
export function pairGoals(): PlanFormInput["goals"] {
  return [
    {
      text: GOALS.planning,
      successCriteria: "Ran three planning meetings; the team rated them useful.",
      targetDate: "2026-02-15",
      actions: [
        { text: ACTIONS.observe, owner: "Mentee", dueInDays: 7, resources: "" }, // 12 Jan
        { text: ACTIONS.agenda, owner: "Mentee", dueInDays: 21, resources: "" }, // 26 Jan
      ],
    },
    {
      text: GOALS.course,
      successCriteria: "Certificate, and three practices chosen to try with the team.",
      targetDate: "2026-03-31",
      actions: [
        { text: ACTIONS.enrol, owner: "Mentee", dueInDays: 14, resources: "LinkedIn Learning" }, // 19 Jan
        { text: ACTIONS.takeaways, owner: "Both", dueInDays: 42, resources: "" }, // 16 Feb
      ],
    },
  ];
}

export interface PairInput {
  mentee: string;
  mentor: string;
  reviewer: string;
  /** Default "Weekly". */
  cadence?: PlanFormInput["cadence"];
}

const emailOf = (name: string, n: number) =>
  `${name.replace(/[^a-z]/gi, "").toLowerCase() || "pair"}${n}@example.com`;

let pairCount = 0;

export function planForm(pair: PairInput): PlanFormInput {
  pairCount += 1;
  return {
    menteeName: pair.mentee,
    menteeEmail: emailOf(pair.mentee, pairCount),
    mentorName: pair.mentor,
    mentorEmail: emailOf(pair.mentor, pairCount + 10_000),
    reviewerEmail: pair.reviewer,
    templateId: "move-into-management",
    focusArea: "Move into management",
    startDate: PLAN_START,
    targetEndDate: "2026-06-28",
    cadence: pair.cadence ?? "Weekly",
    mode: "Video",
    learningStyle: "Learning by doing",
    goals: pairGoals(),
  };
}

export interface Pair {
  planId: string;
  sheetName: string;
  sheetId: number;
  menteeEmail: string;
  mentorEmail: string;
}

/** The program: the emulator, the bundle, and the coordinator's and pairs' moves. */
export class ReviewProgram {
  readonly env: Environment;
  readonly bundle: Bundle;

  /** `sharedWith`: another program spreadsheet of the same coordinator (same add-on, clock, mail). */
  constructor(
    options: {
      now?: Date;
      mailQuota?: number;
      sharedWith?: ReviewProgram;
      name?: string;
      timeZone?: string;
      scriptTimeZone?: string;
    } = {},
  ) {
    this.env = createEnvironment({
      now: options.now ?? START,
      timeZone: options.timeZone ?? TZ,
      ...(options.scriptTimeZone ? { scriptTimeZone: options.scriptTimeZone } : {}),
      userEmail: COORDINATOR,
      mailQuota: options.mailQuota ?? 100,
      ...(options.sharedWith ? { sharedWith: options.sharedWith.env } : {}),
      ...(options.name ? { spreadsheetName: options.name } : {}),
    });
    this.bundle = loadBundle(this.env);
  }

  insert(pair: PairInput): Pair {
    const form = planForm(pair);
    const result = this.bundle.call<InsertPlanResult>("insertPlan", form);
    if (!result.ok) throw new Error(`insertPlan failed: ${JSON.stringify(result)}`);
    return {
      planId: result.planId,
      sheetName: result.sheetName,
      sheetId: result.sheetId,
      menteeEmail: form.menteeEmail,
      mentorEmail: form.mentorEmail,
    };
  }

  saveSettings(settings: SettingsInput): SaveSettingsResult {
    return this.bundle.call<SaveSettingsResult>("saveSettings", settings);
  }

  /** Reviews on, Mondays at 9 in the spreadsheet's zone, with a program reviewer. */
  scheduleReviews(extra: Partial<SettingsInput> = {}): SaveSettingsResult {
    const result = this.saveSettings({
      programName: "Leaders 2026",
      reviewsEnabled: true,
      reviewWeekday: "MONDAY",
      reviewHour: 9,
      programReviewers: ["hr@example.com"],
      ...extra,
    });
    if (!result.ok) throw new Error(`saveSettings failed: ${JSON.stringify(result)}`);
    return result;
  }

  sidebar(): SidebarState {
    return this.bundle.call<SidebarState>("getSidebarState");
  }

  sendNow(): ReviewRunResult {
    return this.bundle.call<ReviewRunResult>("sendReviewsNow");
  }

  /** What the hourly scheduler trigger does, run now (as the current user). */
  runScheduler(): { did: string[] } {
    return this.bundle.call<{ did: string[] }>("runScheduler");
  }

  /** The errors of the trigger runs so far (the hourly scheduler's runs that threw). */
  runErrors(): string[] {
    return this.env.triggerRuns.flatMap((r) => (r.error ? [r.error] : []));
  }

  /** Moves the clock to `at`, firing the triggers due on the way. */
  advanceTo(at: string | Date): void {
    const target = new Date(at).getTime();
    const ms = target - this.env.clock.nowMs();
    if (ms < 0) throw new Error(`${new Date(at).toISOString()} is in the past.`);
    this.env.advanceTime(ms);
  }

  /** The scheduler triggers in this program's spreadsheet (every user's). */
  schedulerTriggers() {
    const id = this.env.inspect.spreadsheetId();
    return this.env.triggers.filter((t) => t.handler === "runScheduler" && t.documentId === id);
  }

  // The pairs' edits, typed into their tabs (sections found by label, as a user sees them).

  private rowWhere(sheetName: string, match: (row: unknown[]) => boolean): number {
    const values = this.env.inspect.sheetValues(sheetName);
    const index = values.findIndex(match);
    if (index < 0) throw new Error(`No matching row in "${sheetName}".`);
    return index + 1;
  }

  /** Sets an action's status (and "Done on" when Done). */
  setAction(sheetName: string, action: string, status: string, doneOn = ""): void {
    const row = this.rowWhere(sheetName, (r) => r[2] === action);
    this.env.userEdit(sheetName, `G${row}`, status);
    this.env.userEdit(sheetName, `H${row}`, doneOn);
  }

  setGoal(sheetName: string, goal: string, status: string): void {
    const row = this.rowWhere(sheetName, (r) => r[1] === goal);
    this.env.userEdit(sheetName, `E${row}`, status);
  }

  /** Mentee and mentor answer the fit check (the first two FEEDBACK rows): Yes, 8 out of 10. */
  answerFitCheck(sheetName: string): void {
    const values = this.env.inspect.sheetValues(sheetName);
    const first = values.findIndex((r) => r[0] === "FEEDBACK") + 3;
    if (first < 3) throw new Error(`No FEEDBACK in "${sheetName}".`);
    this.env.userEdit(sheetName, `C${first}`, [
      ["Yes", 8],
      ["Yes", 8],
    ]);
  }

  /** Logs a check-in in the first empty row of PROGRESS. */
  logCheckIn(sheetName: string, date: string, notes: string, rating = 4): void {
    const values = this.env.inspect.sheetValues(sheetName);
    const title = values.findIndex((r) => r[0] === "PROGRESS");
    const offset = values.slice(title + 2).findIndex((r) => r.every((c) => c === ""));
    if (title < 0 || offset < 0) throw new Error(`No room in PROGRESS of "${sheetName}".`);
    const row = title + 3 + offset;
    this.env.userEdit(sheetName, `A${row}`, [
      [date, "Mentee and mentor", "Planning meetings", notes, "", rating],
    ]);
  }

  /** Marks the first open next step done and writes a new one under the last step. */
  replaceNextStep(sheetName: string, step: string, owner: string, byWhen: string): void {
    const values = this.env.inspect.sheetValues(sheetName);
    const title = values.findIndex((r) => r[0] === "NEXT STEPS");
    const first = title + 3;
    this.env.userEdit(sheetName, `D${first}`, "Yes");
    const below = values.slice(first - 1);
    const blank = below.findIndex((r) => r.every((c) => c === ""));
    // The tab's values end at its last filled row: past it, the next row is free.
    const row = first + (blank < 0 ? below.length : blank);
    this.env.userEdit(sheetName, `A${row}`, [[step, owner, byWhen, "No"]]);
  }

  /** Types into the header block's value cell for `label` (column B). */
  setHeader(sheetName: string, label: string, value: string): void {
    const row = this.rowWhere(sheetName, (r) => r[0] === label);
    this.env.userEdit(sheetName, `B${row}`, value);
  }

  // What came out.

  digestsTo(email: string) {
    return this.env.outbox.filter(
      (m) => m.to === email && m.subject.startsWith("Mentoring review"),
    );
  }

  nudges() {
    return this.env.outbox.filter((m) => m.subject.startsWith("Mentoring plan reminder"));
  }

  /** The Review log tab as records (header names as keys). */
  reviewLog(): LogRow[] {
    if (!this.env.inspect.sheetNames().includes("Review log")) return [];
    const [header, ...rows] = this.env.inspect.sheetValues("Review log");
    return rows
      .filter((r) => r.some((c) => c !== ""))
      .map(
        (r) =>
          Object.fromEntries((header ?? []).map((h, i) => [String(h), r[i]])) as unknown as LogRow,
      );
  }
}

export interface LogRow {
  Time: Date | string;
  Period: string;
  Kind: string;
  Recipient: string;
  Pairs: number;
  Status: string;
  Reason: string;
  "Plan ids": string;
  Completion: string;
  Run: Date | string;
}

/** The period label a digest's subject carries ("Mentoring review · Leaders 2026 · 12–25 Jan 2026 · …"). */
export function subjectPeriod(subject: string): string {
  return subject.split(" · ")[2] ?? "";
}

/** The lines of one pair's block in a digest's plain-text body (title line first). */
export function pairBlock(text: string, mentee: string): string[] {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`${mentee} & `));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && !l.startsWith("  "));
  return lines.slice(start, end < 0 ? undefined : end);
}
