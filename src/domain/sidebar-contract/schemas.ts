/**
 * zod schemas for everything that crosses a boundary: the sidebar's forms (parsed again on the
 * server, which is the authority), templates and settings. The inferred types are the domain's.
 */
import * as z from "zod";
import {
  CADENCE_NAMES,
  type Cadence,
  LEARNING_STYLES,
  MEETING_MODES,
  OWNERS,
} from "../plan/vocabulary";
import { SECTION_CAPACITY } from "../plan-tab/sections";
import { singleLine } from "../sheet/single-line";

const WEEKDAYS = [
  "MONDAY",
  "TUESDAY",
  "WEDNESDAY",
  "THURSDAY",
  "FRIDAY",
  "SATURDAY",
  "SUNDAY",
] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_NAMES = WEEKDAYS;

/** Trimmed text, with a clear message when empty or too long. */
const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`);

/** Required text shown on one line (names, titles): control characters flattened (sheet/single-line.ts). */
export const singleLineText = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .transform(singleLine)
    .pipe(
      z
        .string()
        .min(1, `${label} is required.`)
        .max(max, `${label} must be at most ${max} characters.`),
    );

export const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label} must be at most ${max} characters.`).default("");

export const email = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .toLowerCase()
    .min(1, `${label} is required.`)
    .pipe(z.email(`${label} must be a valid email address.`).max(254));

/**
 * Runs a cross-field rule in the same round as the field checks, as soon as the fields it reads
 * are valid: zod skips refinements once any field has failed, which would show a form's errors
 * in two rounds ("end before start" only after everything else is fixed).
 * https://zod.dev/api#when
 */
const whenValid = (...fields: string[]) => ({
  when: (payload: z.core.ParsePayload) =>
    !payload.issues.some((issue) => {
      const first = issue.path?.[0];
      // An issue on the whole value (not an object at all) stops every cross-field rule.
      return first === undefined || fields.includes(String(first));
    }),
});

/** A calendar date as the sidebar sends it: "YYYY-MM-DD" (interpreted in the spreadsheet's zone). */
const isoDate = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date (YYYY-MM-DD).`)
    .refine((s) => {
      const [y, m, d] = s.split("-").map(Number) as [number, number, number];
      const t = new Date(Date.UTC(y, m - 1, d));
      return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
    }, `${label} is not a real calendar date.`);

/** How far after the start an action a new plan starts with may be due (two years). */
const MAX_ACTION_DUE_DAYS = 730;

export const actionDraftSchema = z.object({
  text: requiredText("Action", 300),
  owner: z.enum(OWNERS, { error: "Owner must be Mentee, Mentor or Both." }),
  /** Days after the plan's start date; the tab gets the actual date. */
  dueInDays: z
    .number({ error: "Action due date is required." })
    .int("Action due date must be a whole day.")
    .min(0, "An action cannot be due before the plan starts.")
    .max(MAX_ACTION_DUE_DAYS, "An action must be due within two years of the start."),
  resources: optionalText("Resources", 300),
});

/** Actions one goal of a new plan starts with (the plan's own limit is MAX_PLAN_ACTIONS). */
export const MAX_GOAL_ACTIONS = 10;

export const goalDraftSchema = z.object({
  text: requiredText("Goal", 300),
  successCriteria: requiredText("Success criteria", 500),
  targetDate: isoDate("Goal target date"),
  actions: z
    .array(actionDraftSchema)
    .max(MAX_GOAL_ACTIONS, `At most ${MAX_GOAL_ACTIONS} actions per goal.`)
    .default([]),
});
export type GoalDraft = z.infer<typeof goalDraftSchema>;

export const TEMPLATE_IDS = [
  "move-into-management",
  "career-transition",
  "succession",
  "technical-skill",
  "blank",
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** Goals and actions a new plan can start with: what its tab's sections hold. */
export const MAX_PLAN_GOALS = SECTION_CAPACITY.goals;
export const MAX_PLAN_ACTIONS = SECTION_CAPACITY.actions;

/**
 * A person's full name as the plan's header keeps it; tab names and titles show at most
 * SHOWN_NAME_MAX_LENGTH of it (sheet/shorten-at-word.ts).
 */
export const PERSON_NAME_MAX_LENGTH = 200;

/** The new-plan form, as the sidebar sends it to insertPlan. */
export const planFormSchema = z
  .object({
    menteeName: singleLineText("Mentee name", PERSON_NAME_MAX_LENGTH),
    menteeEmail: email("Mentee email"),
    mentorName: singleLineText("Mentor name", PERSON_NAME_MAX_LENGTH),
    mentorEmail: email("Mentor email"),
    reviewerEmail: email("Reviewer email"),
    templateId: z.enum(TEMPLATE_IDS, { error: "Choose a template." }),
    focusArea: singleLineText("Focus area", 120),
    startDate: isoDate("Start date"),
    targetEndDate: isoDate("Target end date"),
    cadence: z.enum(CADENCE_NAMES as [Cadence, ...Cadence[]], {
      error: "Choose a meeting cadence.",
    }),
    mode: z.enum(MEETING_MODES, { error: "Choose a meeting mode." }),
    learningStyle: z.enum(LEARNING_STYLES, { error: "Choose a learning style." }),
    goals: z
      .array(goalDraftSchema)
      .max(MAX_PLAN_GOALS, `At most ${MAX_PLAN_GOALS} goals per plan.`)
      .default([]),
  })
  .refine((f) => f.targetEndDate > f.startDate, {
    path: ["targetEndDate"],
    message: "Target end date must be after the start date.",
    ...whenValid("startDate", "targetEndDate"),
  })
  .refine((f) => f.goals.reduce((n, g) => n + g.actions.length, 0) <= MAX_PLAN_ACTIONS, {
    path: ["goals"],
    message: `A new plan starts with at most ${MAX_PLAN_ACTIONS} actions; add more in the tab later.`,
    ...whenValid("goals"),
  })
  .refine((f) => f.menteeEmail !== f.mentorEmail, {
    path: ["mentorEmail"],
    message: "Mentor and mentee must be different people.",
    ...whenValid("menteeEmail", "mentorEmail"),
  });
export type PlanForm = z.infer<typeof planFormSchema>;

/**
 * How to insert: `createAnother` once the coordinator has confirmed that a mentee who already
 * has a plan gets another one. Anything else is refused (a broken sidebar), never guessed.
 */
export const insertOptionsSchema = z
  .object({ createAnother: z.boolean().default(false) })
  .strict()
  .default({ createAnother: false });
export type InsertOptions = z.input<typeof insertOptionsSchema>;
/** What the sidebar may send before parsing (defaults not yet applied). */
export type PlanFormInput = z.input<typeof planFormSchema>;

/** Settings kept in the document's properties and edited from the sidebar. */
export const settingsSchema = z.object({
  programName: singleLineText("Program name", 100).default("Mentoring program"),
  reviewsEnabled: z.boolean().default(false),
  reviewWeekday: z.enum(WEEKDAYS).default("MONDAY"),
  /** Hour of day, 0–23, in the spreadsheet's time zone. */
  reviewHour: z.number().int().min(0).max(23).default(9),
  /** Extra reviewers (e.g. the coordinator) who receive every pair's digest. */
  /** Stored once each: the same address typed twice (in any letter case) is kept once. */
  programReviewers: z
    .array(email("Reviewer email"))
    .max(20)
    .default([])
    .transform((list) => [...new Set(list)]),
  nudgesEnabled: z.boolean().default(false),
  dailyDashboardRefresh: z.boolean().default(false),
  /**
   * Who may run the coordinator's actions besides the spreadsheet's owner (docs/design.md,
   * "Roles"): insert plans, change settings, send reviews, run the scheduler.
   */
  coordinators: z.array(email("Coordinator email")).max(50).default([]),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

/** Field-by-field errors, keyed by the dotted path of the field ("goals.0.text"). */
export type FieldErrors = Record<string, string>;

/** Turns a zod error into the sidebar's field-by-field messages (first message per field). */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
