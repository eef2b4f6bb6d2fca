/**
 * "Create plans for accepted matches", planned as data: for each accepted row of the Matches
 * tab, whether its plan must be made (with the new-plan form it is made from, the same form a
 * single insert parses), whether a plan already exists and only its link is missing, or why the
 * row must wait. Resumable by construction: a row's plan id is the ledger (written before the
 * plan is made), so a run cut short finds the plans it made and never makes one twice.
 */
import { addDays, type DayKey } from "../sheet/calendar";
import { shortenAtWord } from "../sheet/shorten-at-word";
import {
  PERSON_NAME_MAX_LENGTH,
  type PlanFormInput,
  planFormSchema,
  type TemplateId,
} from "../sidebar-contract/schemas";
import { templateById } from "../templates";
import { goalsFromTemplate } from "../templates/goals-from-template";
import { focusTheme } from "./focus-theme";
import type { IntakeSettings } from "./intake-settings";
import type { MatchRow } from "./match-row";
import type { Participant } from "./participant";
import { hasPlan, type MatchesReview } from "./review-matches";

/** A plan of the program, as the Dashboard or its tab's metadata knows it. */
export interface ExistingPlan {
  planId: string;
  menteeEmail: string;
  mentorEmail: string;
}

export type BulkStep =
  /** Make the plan (`planId` is the id already claimed in the row, or null for a new one). */
  | { kind: "create"; match: MatchRow; planId: string | null; form: PlanFormInput }
  /** The plan exists: write its link into the row. */
  | { kind: "link"; match: MatchRow; plan: ExistingPlan; note: string }
  /** The row cannot have a plan yet: write `note` and move on. */
  | { kind: "skip"; match: MatchRow; note: string };

export interface BulkCreationPlan {
  steps: BulkStep[];
  /** Accepted rows whose plan is already linked. */
  done: number;
  /** Accepted rows in all (done, to create, to link, skipped). */
  total: number;
}

export const PLAN_CREATED_NOTE = "Plan created.";
export const PLAN_FOUND_NOTE = "Plan found and linked (made by an earlier run).";
export const PAIR_HAD_PLAN_NOTE = "This pair already had a plan: linked, none made.";

const pairKey = (mentee: string, mentor: string) => `${mentee}\n${mentor}`;

export function planBulkCreation(input: {
  review: MatchesReview;
  participants: readonly Participant[];
  plans: readonly ExistingPlan[];
  settings: IntakeSettings;
  programReviewers: readonly string[];
  startDay: DayKey;
}): BulkCreationPlan {
  const people = new Map(input.participants.map((p) => [p.email, p]));
  const byId = new Map(input.plans.map((p) => [p.planId, p]));
  const byPair = new Map(input.plans.map((p) => [pairKey(p.menteeEmail, p.mentorEmail), p]));
  const steps: BulkStep[] = [];
  let done = 0;
  let total = 0;
  for (const r of input.review.rows) {
    const match = r.match;
    if (r.state === "invalid" && (match.decision === "Accept" || match.decision === "Swap")) {
      total++;
      if (match.note !== r.problem) steps.push({ kind: "skip", match, note: r.problem });
      continue;
    }
    if (r.state !== "accepted") continue;
    total++;
    // A linked plan is done, even if its tab was deleted since: a plan is never made twice.
    if (hasPlan(match)) {
      done++;
      continue;
    }
    const claimed = match.planId !== "" ? byId.get(match.planId) : undefined;
    if (claimed) {
      steps.push({ kind: "link", match, plan: claimed, note: PLAN_FOUND_NOTE });
      continue;
    }
    const existing = byPair.get(pairKey(match.menteeEmail, r.mentorEmail));
    if (existing) {
      steps.push({ kind: "link", match, plan: existing, note: PAIR_HAD_PLAN_NOTE });
      continue;
    }
    const mentee = people.get(match.menteeEmail);
    const mentor = people.get(r.mentorEmail);
    if (!mentee || !mentor) {
      steps.push({ kind: "skip", match, note: "The mentee or mentor is no longer on the roster." });
      continue;
    }
    const form = bulkPlanForm(
      mentee,
      mentor,
      input.settings,
      input.programReviewers,
      input.startDay,
    );
    if (!form.ok) steps.push({ kind: "skip", match, note: form.problem });
    else steps.push({ kind: "create", match, planId: match.planId || null, form: form.form });
  }
  return { steps, done, total };
}

/** The template a pair's plan starts from: the coordinator's choice, or the mentee's focus. */
export function templateForPair(mentee: Participant, settings: IntakeSettings): TemplateId {
  if (settings.template !== "focus") return settings.template;
  return focusTheme(mentee.focus) ?? "blank";
}

/** The new-plan form of a pair, checked by the same schema as the sidebar's form. */
export function bulkPlanForm(
  mentee: Participant,
  mentor: Participant,
  settings: IntakeSettings,
  programReviewers: readonly string[],
  startDay: DayKey,
): { ok: true; form: PlanFormInput } | { ok: false; problem: string } {
  const program = programReviewers[0] ?? "";
  const reviewerEmail =
    settings.reviewer === "manager"
      ? mentee.managerEmail || program
      : program || mentee.managerEmail;
  if (reviewerEmail === "") {
    return {
      ok: false,
      problem:
        "No reviewer: give the mentee's manager email on the roster, or a program reviewer in Settings.",
    };
  }
  const templateId = templateForPair(mentee, settings);
  const template = templateById(templateId);
  const form: PlanFormInput = {
    menteeName: shortenAtWord(mentee.name, PERSON_NAME_MAX_LENGTH),
    menteeEmail: mentee.email,
    mentorName: shortenAtWord(mentor.name, PERSON_NAME_MAX_LENGTH),
    mentorEmail: mentor.email,
    reviewerEmail,
    templateId,
    focusArea: (mentee.focus || template.focusArea || "Mentoring").slice(0, 120),
    startDate: startDay,
    targetEndDate: addDays(startDay, settings.planLengthDays),
    cadence: mentee.cadence ?? mentor.cadence ?? "Every two weeks",
    mode: mentee.mode ?? mentor.mode ?? "Video",
    learningStyle: mentee.learningStyle ?? "Discussion and feedback",
    goals: goalsFromTemplate(template, startDay),
  };
  const parsed = planFormSchema.safeParse(form);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, problem: `The plan cannot be made: ${first?.message ?? "invalid form"}` };
  }
  return { ok: true, form };
}
