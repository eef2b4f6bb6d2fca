/**
 * The new-plan form as plain data, with no DOM: defaults, applying a template, start-date
 * changes, the checks (the server's own planFormSchema) and where each error is shown.
 */

import type { Cadence, LearningStyle, MeetingMode, Owner } from "../src/domain/plan/vocabulary";
import { dateAfter } from "../src/domain/sheet/calendar";
import type { SidebarState, TemplateChoice } from "../src/domain/sidebar-contract/replies";
import {
  type FieldErrors,
  fieldErrors,
  MAX_PLAN_GOALS,
  type PlanFormInput,
  planFormSchema,
  type TemplateId,
} from "../src/domain/sidebar-contract/schemas";
import { goalsFromTemplate } from "../src/domain/templates/goals-from-template";

/** A plan runs this long unless the coordinator picks another target end date. */
export const DEFAULT_PLAN_DAYS = 90;

export interface ActionDraftState {
  text: string;
  owner: Owner;
  dueInDays: number;
  resources: string;
}

export interface GoalDraftState {
  text: string;
  successCriteria: string;
  targetDate: string;
  /** Set once the coordinator picks a date; until then the date follows the start date. */
  targetDateEdited: boolean;
  /** Days after the start date the template suggested, so the date can follow the start. */
  targetInDays: number | null;
  actions: ActionDraftState[];
}

export interface PlanDraft {
  menteeName: string;
  menteeEmail: string;
  mentorName: string;
  mentorEmail: string;
  reviewerEmail: string;
  templateId: TemplateId | "";
  focusArea: string;
  startDate: string;
  targetEndDate: string;
  /** Set once the coordinator picks an end date; until then it is start + 90 days. */
  targetEndDateEdited: boolean;
  cadence: Cadence | "";
  mode: MeetingMode | "";
  learningStyle: LearningStyle | "";
  goals: GoalDraftState[];
}

/** The plain text fields of the form, in screen order (used to find the first invalid field). */
export const PLAN_FIELD_ORDER = [
  "menteeName",
  "menteeEmail",
  "mentorName",
  "mentorEmail",
  "reviewerEmail",
  "templateId",
  "focusArea",
  "startDate",
  "targetEndDate",
  "cadence",
  "mode",
  "learningStyle",
] as const;
export type PlanFieldName = (typeof PLAN_FIELD_ORDER)[number];

export const GOAL_FIELDS = ["text", "successCriteria", "targetDate"] as const;
export type GoalFieldName = (typeof GOAL_FIELDS)[number];

/** A template's goals as editable goals: their dates follow the start date until edited. */
function editableGoals(template: TemplateChoice, startDate: string): GoalDraftState[] {
  return goalsFromTemplate(template, startDate).map((goal, i) => ({
    ...goal,
    targetDateEdited: false,
    targetInDays: template.goals[i]?.targetInDays ?? null,
  }));
}

/**
 * Chooses a template: its goals replace the current ones, and its name becomes the focus area
 * unless the coordinator wrote a focus area of their own.
 */
export function applyTemplate(
  draft: PlanDraft,
  template: TemplateChoice,
  templates: readonly TemplateChoice[],
): PlanDraft {
  const previous = templates.find((t) => t.id === draft.templateId);
  const focusIsDefault =
    draft.focusArea.trim() === "" ||
    (previous !== undefined && draft.focusArea === previous.focusArea);
  return {
    ...draft,
    templateId: template.id,
    focusArea: focusIsDefault ? template.focusArea : draft.focusArea,
    goals: editableGoals(template, draft.startDate),
  };
}

/** A fresh form: the coordinator reviews, today starts, first template's goals. */
export function newPlanDraft(
  state: Pick<SidebarState, "today" | "userEmail" | "templates">,
): PlanDraft {
  const draft: PlanDraft = {
    menteeName: "",
    menteeEmail: "",
    mentorName: "",
    mentorEmail: "",
    reviewerEmail: state.userEmail,
    templateId: "",
    focusArea: "",
    startDate: state.today,
    targetEndDate: dateAfter(state.today, DEFAULT_PLAN_DAYS),
    targetEndDateEdited: false,
    cadence: "Every two weeks",
    mode: "Video",
    learningStyle: "",
    goals: [],
  };
  const first = state.templates[0];
  return first ? applyTemplate(draft, first, state.templates) : draft;
}

/** A new start date moves every date the coordinator has not picked by hand. */
export function changeStartDate(draft: PlanDraft, startDate: string): PlanDraft {
  return {
    ...draft,
    startDate,
    targetEndDate: draft.targetEndDateEdited
      ? draft.targetEndDate
      : dateAfter(startDate, DEFAULT_PLAN_DAYS) || draft.targetEndDate,
    goals: draft.goals.map((goal) =>
      goal.targetDateEdited || goal.targetInDays === null
        ? goal
        : { ...goal, targetDate: dateAfter(startDate, goal.targetInDays) || goal.targetDate },
    ),
  };
}

export function changeTargetEndDate(draft: PlanDraft, targetEndDate: string): PlanDraft {
  return { ...draft, targetEndDate, targetEndDateEdited: true };
}

/** An empty goal, due at the plan's target end date (the coordinator can change it). */
export function addGoal(draft: PlanDraft): PlanDraft {
  if (draft.goals.length >= MAX_PLAN_GOALS) return draft;
  const goal: GoalDraftState = {
    text: "",
    successCriteria: "",
    targetDate: draft.targetEndDate,
    targetDateEdited: false,
    targetInDays: null,
    actions: [],
  };
  return { ...draft, goals: [...draft.goals, goal] };
}

export function removeGoal(draft: PlanDraft, index: number): PlanDraft {
  return { ...draft, goals: draft.goals.filter((_, i) => i !== index) };
}

export function editGoal(
  draft: PlanDraft,
  index: number,
  field: GoalFieldName,
  value: string,
): PlanDraft {
  return {
    ...draft,
    goals: draft.goals.map((goal, i) => {
      if (i !== index) return goal;
      if (field === "targetDate") return { ...goal, targetDate: value, targetDateEdited: true };
      return { ...goal, [field]: value };
    }),
  };
}

export function removeAction(draft: PlanDraft, goalIndex: number, actionIndex: number): PlanDraft {
  return {
    ...draft,
    goals: draft.goals.map((goal, i) =>
      i === goalIndex
        ? { ...goal, actions: goal.actions.filter((_, a) => a !== actionIndex) }
        : goal,
    ),
  };
}

/** What insertPlan receives: the form's values only (no editing flags). */
export function toPlanFormInput(draft: PlanDraft): PlanFormInput {
  return {
    menteeName: draft.menteeName,
    menteeEmail: draft.menteeEmail,
    mentorName: draft.mentorName,
    mentorEmail: draft.mentorEmail,
    reviewerEmail: draft.reviewerEmail,
    // Empty choices go as-is so the schema names the field ("Choose a template.").
    templateId: draft.templateId as TemplateId,
    focusArea: draft.focusArea,
    startDate: draft.startDate,
    targetEndDate: draft.targetEndDate,
    cadence: draft.cadence as Cadence,
    mode: draft.mode as MeetingMode,
    learningStyle: draft.learningStyle as LearningStyle,
    goals: draft.goals.map((goal) => ({
      text: goal.text,
      successCriteria: goal.successCriteria,
      targetDate: goal.targetDate,
      actions: goal.actions.map((a) => ({
        text: a.text,
        owner: a.owner,
        dueInDays: a.dueInDays,
        resources: a.resources,
      })),
    })),
  };
}

export type PlanCheck =
  | { ok: true; input: PlanFormInput }
  | { ok: false; fieldErrors: FieldErrors };

/** The same check the server makes, for feedback before the round trip. */
export function checkPlanDraft(draft: PlanDraft): PlanCheck {
  const input = toPlanFormInput(draft);
  const parsed = planFormSchema.safeParse(input);
  return parsed.success
    ? { ok: true, input }
    : { ok: false, fieldErrors: fieldErrors(parsed.error) };
}

/** Every key the form can show an error next to, in screen order. */
export function planErrorSlots(draft: Pick<PlanDraft, "goals">): string[] {
  const slots: string[] = [...PLAN_FIELD_ORDER, "goals"];
  draft.goals.forEach((_, i) => {
    for (const field of GOAL_FIELDS) slots.push(`goals.${i}.${field}`);
    slots.push(`goals.${i}.actions`);
  });
  return slots;
}

/**
 * Actions are listed, not edited field by field, so an error on one ("goals.0.actions.1.owner")
 * is shown on the goal's action list and says which action it is.
 */
export function explainPlanErrors(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    const action = /^goals\.\d+\.actions\.(\d+)(\.|$)/.exec(key);
    out[key] = action ? `Action ${Number(action[1]) + 1}: ${message}` : message;
  }
  return out;
}
