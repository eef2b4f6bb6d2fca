/**
 * zod schemas for everything that crosses a boundary: the sidebar's forms (parsed again on the
 * server, which is the authority), templates and settings. The inferred types are the domain's.
 */
import { CLOSURES, MAX_REASON_LENGTH, PLAN_STAGES } from "../outcomes/lifecycle";
import {
  CADENCE_NAMES,
  type Cadence,
  LEARNING_STYLES,
  MEETING_MODES,
  OWNERS,
} from "../plan/vocabulary";
import { SECTION_CAPACITY } from "../plan-tab/sections";
import { singleLine } from "../sheet/single-line";
import * as z from "./zod";

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
export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .check(
      z.trim(),
      z.minLength(1, `${label} is required.`),
      z.maxLength(max, `${label} must be at most ${max} characters.`),
    );

/** Required text shown on one line (names, titles): control characters flattened (sheet/single-line.ts). */
export const singleLineText = (label: string, max: number) =>
  z.pipe(
    z.pipe(z.string({ error: `${label} is required.` }), z.transform(singleLine)),
    z
      .string()
      .check(
        z.minLength(1, `${label} is required.`),
        z.maxLength(max, `${label} must be at most ${max} characters.`),
      ),
  );

export const optionalText = (label: string, max: number) =>
  z._default(
    z.string().check(z.trim(), z.maxLength(max, `${label} must be at most ${max} characters.`)),
    "",
  );

export const email = (label: string) =>
  z.pipe(
    z
      .string({ error: `${label} is required.` })
      .check(z.trim(), z.toLowerCase(), z.minLength(1, `${label} is required.`)),
    z.email(`${label} must be a valid email address.`).check(z.maxLength(254)),
  );

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
  z.string({ error: `${label} is required.` }).check(
    z.trim(),
    z.regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date (YYYY-MM-DD).`),
    z.refine((s: string) => {
      const [y, m, d] = s.split("-").map(Number) as [number, number, number];
      const t = new Date(Date.UTC(y, m - 1, d));
      return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
    }, `${label} is not a real calendar date.`),
  );

/*
 * The exported schemas are built on their first parse (z.lazy), not when the bundle loads: every
 * execution runs the bundle's top level, most parse none of them, and building them all took
 * most of the start-up time (docs/performance.md, "Start-up").
 */

/** How far after the start an action a new plan starts with may be due (two years). */
const MAX_ACTION_DUE_DAYS = 730;

export const actionDraftSchema = z.lazy(() =>
  z.object({
    text: requiredText("Action", 300),
    owner: z.enum(OWNERS, { error: "Owner must be Mentee, Mentor or Both." }),
    /** Days after the plan's start date; the tab gets the actual date. */
    dueInDays: z
      .number({ error: "Action due date is required." })
      .check(
        z.int("Action due date must be a whole day."),
        z.minimum(0, "An action cannot be due before the plan starts."),
        z.maximum(MAX_ACTION_DUE_DAYS, "An action must be due within two years of the start."),
      ),
    resources: optionalText("Resources", 300),
  }),
);

/** Actions one goal of a new plan starts with (the plan's own limit is MAX_PLAN_ACTIONS). */
export const MAX_GOAL_ACTIONS = 10;

/** A goal draft's object schema (the template schema builds on its fields). */
export const goalDraftObject = () =>
  z.object({
    text: requiredText("Goal", 300),
    successCriteria: requiredText("Success criteria", 500),
    targetDate: isoDate("Goal target date"),
    actions: z._default(
      z
        .array(actionDraftSchema)
        .check(z.maxLength(MAX_GOAL_ACTIONS, `At most ${MAX_GOAL_ACTIONS} actions per goal.`)),
      [],
    ),
  });

export const goalDraftSchema = z.lazy(goalDraftObject);
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
export const planFormSchema = z.lazy(() =>
  z
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
      goals: z._default(
        z
          .array(goalDraftSchema)
          .check(z.maxLength(MAX_PLAN_GOALS, `At most ${MAX_PLAN_GOALS} goals per plan.`)),
        [],
      ),
    })
    .check(
      z.refine((f) => f.targetEndDate > f.startDate, {
        path: ["targetEndDate"],
        message: "Target end date must be after the start date.",
        ...whenValid("startDate", "targetEndDate"),
      }),
      z.refine((f) => f.goals.reduce((n, g) => n + g.actions.length, 0) <= MAX_PLAN_ACTIONS, {
        path: ["goals"],
        message: `A new plan starts with at most ${MAX_PLAN_ACTIONS} actions; add more in the tab later.`,
        ...whenValid("goals"),
      }),
      z.refine((f) => f.menteeEmail !== f.mentorEmail, {
        path: ["mentorEmail"],
        message: "Mentor and mentee must be different people.",
        ...whenValid("menteeEmail", "mentorEmail"),
      }),
    ),
);
export type PlanForm = z.infer<typeof planFormSchema>;

/**
 * How to insert: `createAnother` once the coordinator has confirmed that a mentee who already
 * has a plan gets another one. Anything else is refused (a broken sidebar), never guessed.
 */
export const insertOptionsSchema = z.lazy(() =>
  z._default(z.strictObject({ createAnother: z._default(z.boolean(), false) }), {
    createAnother: false,
  }),
);
export type InsertOptions = z.input<typeof insertOptionsSchema>;
/** What the sidebar may send before parsing (defaults not yet applied). */
export type PlanFormInput = z.input<typeof planFormSchema>;

/** Settings kept in the document's properties and edited from the sidebar. */
export const settingsSchema = z.lazy(() =>
  z.object({
    programName: z._default(singleLineText("Program name", 100), "Mentoring program"),
    reviewsEnabled: z._default(z.boolean(), false),
    reviewWeekday: z._default(z.enum(WEEKDAYS), "MONDAY"),
    /** Hour of day, 0–23, in the spreadsheet's time zone. */
    reviewHour: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(23)), 9),
    /** Extra reviewers (e.g. the coordinator) who receive every pair's digest. */
    /** Stored once each: the same address typed twice (in any letter case) is kept once. */
    programReviewers: z.pipe(
      z._default(z.array(email("Reviewer email")).check(z.maxLength(20)), []),
      z.transform((list: string[]) => [...new Set(list)]),
    ),
    nudgesEnabled: z._default(z.boolean(), false),
    dailyDashboardRefresh: z._default(z.boolean(), false),
    /**
     * Who may run the coordinator's actions besides the spreadsheet's owner (docs/design.md,
     * "Roles"): insert plans, change settings, send reviews, run the scheduler.
     */
    coordinators: z._default(z.array(email("Coordinator email")).check(z.maxLength(50)), []),
  }),
);
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

/** Field-by-field errors, keyed by the dotted path of the field ("goals.0.text"). */
export type FieldErrors = Record<string, string>;

/** Turns a zod error into the sidebar's field-by-field messages (first message per field). */
export function fieldErrors(error: z.core.$ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

/** A plan, named by its id (the sidebar's list carries it). */
const NO_PLAN_ID = "Which plan? The sidebar sent no plan id.";
export const planIdSchema = z
  .string({ error: NO_PLAN_ID })
  .check(z.trim(), z.minLength(1, NO_PLAN_ID));

/** A coordinator's change of a plan's status (outcomes/lifecycle.ts decides if it is allowed). */
export const planStatusChangeSchema = z.object({
  to: z.enum(PLAN_STAGES, { error: "Choose what to do with the plan." }),
  closure: z.optional(z.enum(CLOSURES, { error: "Choose completed or ended early." })),
  reason: z.optional(
    z
      .string({ error: "The reason must be text." })
      .check(
        z.maxLength(MAX_REASON_LENGTH, `Keep the reason under ${MAX_REASON_LENGTH} characters.`),
      ),
  ),
});
export type PlanStatusChange = z.infer<typeof planStatusChangeSchema>;
