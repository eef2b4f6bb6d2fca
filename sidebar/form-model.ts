/**
 * The new-plan form as plain data, with no DOM: defaults, applying a template, start-date
 * changes, the checks (the server's own planFormSchema) and where each error is shown.
 */

import type { Cadence, LearningStyle, MeetingMode, Owner } from "../src/domain/plan/vocabulary";
import { dateAfter, daysBetween } from "../src/domain/sheet/calendar";
import type { SidebarState, TemplateChoice } from "../src/domain/sidebar-contract/replies";
import {
  type FieldErrors,
  fieldErrors,
  MAX_GOAL_ACTIONS,
  MAX_PLAN_ACTIONS,
  MAX_PLAN_GOALS,
  type PlanFormInput,
  planFormSchema,
  type TemplateId,
} from "../src/domain/sidebar-contract/schemas";
import { goalsFromTemplate } from "../src/domain/templates/goals-from-template";

/** A plan runs this long unless the coordinator picks another target end date. */
export const DEFAULT_PLAN_DAYS = 90;

interface ActionDraftState {
  text: string;
  owner: Owner;
  /** Days after the start date (so the due date follows the start); null while not a date. */
  dueInDays: number | null;
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

/** An action's fields as the form shows them (the due date is kept as days after the start). */
export const ACTION_FIELDS = ["text", "owner", "dueDate", "resources"] as const;
export type ActionFieldName = (typeof ACTION_FIELDS)[number];

/** A template's goals as editable goals: their dates follow the start date until edited. */
function editableGoals(template: TemplateChoice, startDate: string): GoalDraftState[] {
  return goalsFromTemplate(template, startDate).map((goal, i) => ({
    ...goal,
    targetDateEdited: false,
    targetInDays: template.goals[i]?.targetInDays ?? null,
  }));
}

/**
 * Chooses a template: its goals replace the current ones (unless `keepGoals`: the coordinator
 * chose to keep the goals they edited), and its name becomes the focus area unless the
 * coordinator wrote a focus area of their own.
 */
export function applyTemplate(
  draft: PlanDraft,
  template: TemplateChoice,
  templates: readonly TemplateChoice[],
  options: { keepGoals?: boolean } = {},
): PlanDraft {
  const previous = templates.find((t) => t.id === draft.templateId);
  const focusIsDefault =
    draft.focusArea.trim() === "" ||
    (previous !== undefined && draft.focusArea === previous.focusArea);
  return {
    ...draft,
    templateId: template.id,
    focusArea: focusIsDefault ? template.focusArea : draft.focusArea,
    goals: options.keepGoals ? draft.goals : editableGoals(template, draft.startDate),
  };
}

/**
 * Whether switching template would throw away work: the goals (with their actions) differ from
 * what the current template gave for this start date. Dates that only followed the start date
 * are not edits.
 */
export function goalsWereEdited(draft: PlanDraft, templates: readonly TemplateChoice[]): boolean {
  const current = templates.find((t) => t.id === draft.templateId);
  const untouched = current ? editableGoals(current, draft.startDate) : [];
  const asSent = (goals: GoalDraftState[]) =>
    JSON.stringify(toPlanFormInput({ ...draft, goals }).goals);
  return asSent(draft.goals) !== asSent(untouched);
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
  return withActions(draft, goalIndex, (actions) => actions.filter((_, a) => a !== actionIndex));
}

function withActions(
  draft: PlanDraft,
  goalIndex: number,
  change: (actions: ActionDraftState[]) => ActionDraftState[],
): PlanDraft {
  return {
    ...draft,
    goals: draft.goals.map((goal, i) =>
      i === goalIndex ? { ...goal, actions: change(goal.actions) } : goal,
    ),
  };
}

const actionCount = (draft: PlanDraft) => draft.goals.reduce((n, g) => n + g.actions.length, 0);

/**
 * Why a goal cannot take another action (its own limit, or the plan's: the ACTIONS section's
 * capacity), or null when it can.
 */
export function actionLimitReached(draft: PlanDraft, goalIndex: number): string | null {
  const goal = draft.goals[goalIndex];
  if (!goal) return "No such goal.";
  if (goal.actions.length >= MAX_GOAL_ACTIONS) {
    return `A goal starts with at most ${MAX_GOAL_ACTIONS} actions.`;
  }
  if (actionCount(draft) >= MAX_PLAN_ACTIONS) {
    return `A new plan starts with at most ${MAX_PLAN_ACTIONS} actions; add more in the tab later.`;
  }
  return null;
}

/** An empty action for the pair to share, due with its goal (or two weeks in, without one). */
export function addAction(draft: PlanDraft, goalIndex: number): PlanDraft {
  if (actionLimitReached(draft, goalIndex) !== null) return draft;
  const goal = draft.goals[goalIndex];
  const toGoal = goal ? dueInDaysOf(draft.startDate, goal.targetDate) : null;
  const action: ActionDraftState = {
    text: "",
    owner: "Both",
    dueInDays: toGoal ?? 14,
    resources: "",
  };
  return withActions(draft, goalIndex, (actions) => [...actions, action]);
}

/** Days from the start to a picked date, or null while either is not a whole date. */
function dueInDaysOf(startDate: string, dueDate: string): number | null {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  return day.test(startDate) && day.test(dueDate) ? daysBetween(startDate, dueDate) : null;
}

/** An action's due date as the form shows it ("" while the start date is not a date). */
export function actionDueDate(draft: Pick<PlanDraft, "startDate">, action: ActionDraftState) {
  return action.dueInDays === null ? "" : dateAfter(draft.startDate, action.dueInDays);
}

export function editAction(
  draft: PlanDraft,
  goalIndex: number,
  actionIndex: number,
  field: ActionFieldName,
  value: string,
): PlanDraft {
  return withActions(draft, goalIndex, (actions) =>
    actions.map((action, a) => {
      if (a !== actionIndex) return action;
      if (field === "dueDate") return { ...action, dueInDays: dueInDaysOf(draft.startDate, value) };
      if (field === "owner") return { ...action, owner: value as Owner };
      return { ...action, [field]: value };
    }),
  );
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
        // NaN is not a number to the schema: "Action due date is required."
        dueInDays: a.dueInDays ?? Number.NaN,
        resources: a.resources,
      })),
    })),
  };
}

type PlanCheck = { ok: true; input: PlanFormInput } | { ok: false; fieldErrors: FieldErrors };

/** The same check the server makes, for feedback before the round trip. */
export function checkPlanDraft(draft: PlanDraft): PlanCheck {
  const input = toPlanFormInput(draft);
  const parsed = planFormSchema.safeParse(input);
  return parsed.success
    ? { ok: true, input }
    : { ok: false, fieldErrors: fieldErrors(parsed.error) };
}

/**
 * Every key the form can show an error next to, in screen order. The schema reports an
 * action's due date as "dueInDays"; the form shows it on the due-date field.
 */
export function planErrorSlots(draft: Pick<PlanDraft, "goals">): string[] {
  const slots: string[] = [...PLAN_FIELD_ORDER, "goals"];
  draft.goals.forEach((goal, i) => {
    for (const field of GOAL_FIELDS) slots.push(`goals.${i}.${field}`);
    goal.actions.forEach((_, a) => {
      for (const field of ACTION_FIELDS) slots.push(actionErrorKey(i, a, field));
    });
    slots.push(`goals.${i}.actions`);
  });
  return slots;
}

/** The schema's key for an action field's error ("goals.0.actions.1.dueInDays"). */
export function actionErrorKey(goal: number, action: number, field: ActionFieldName): string {
  return `goals.${goal}.actions.${action}.${field === "dueDate" ? "dueInDays" : field}`;
}
