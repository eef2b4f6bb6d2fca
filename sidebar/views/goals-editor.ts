/**
 * The goals part of the new-plan form: one group per goal (text, success criteria, target
 * date, its actions — each editable, more can be added), add and remove. Typing is read by the
 * form through the inputs' names ("goals.0.text", "goals.0.actions.1.owner"); this module only
 * draws and reports add/remove.
 */

import { OWNERS } from "../../src/domain/plan/vocabulary";
import { MAX_PLAN_GOALS } from "../../src/domain/sidebar-contract/schemas";
import { button, type ErrorTarget, field, fieldTarget, h, paragraphTarget, select } from "../dom";
import {
  actionDueDate,
  actionErrorKey,
  actionLimitReached,
  type GoalDraftState,
  type PlanDraft,
} from "../form-model";

interface GoalsEditorEvents {
  onAdd(): void;
  onRemove(goalIndex: number): void;
  onAddAction(goalIndex: number): void;
  onRemoveAction(goalIndex: number, actionIndex: number): void;
}

export interface GoalsEditor {
  element: HTMLElement;
  /** Error targets by key: "goals", "goals.0.text", "goals.0.actions", … */
  targets: Map<string, ErrorTarget>;
  /** Focus after a change: a goal's text field, an action's, or the Add goal button. */
  focusGoal(index: number): void;
  focusAction(goalIndex: number, actionIndex: number): void;
  focusAdd(): void;
}

const idOf = (name: string) => `plan-${name.replace(/\./g, "-")}`;

/** One action as four fields in a group of its own ("Action 2 of goal 1"). */
function actionGroup(
  draft: PlanDraft,
  goalIndex: number,
  actionIndex: number,
  events: GoalsEditorEvents,
  targets: Map<string, ErrorTarget>,
): HTMLElement {
  const action = draft.goals[goalIndex]?.actions[actionIndex];
  const name = (f: string) => `goals.${goalIndex}.actions.${actionIndex}.${f}`;
  const label = `Action ${actionIndex + 1} of goal ${goalIndex + 1}`;
  const text = field(
    "Action",
    h("textarea", { id: idOf(name("text")), name: name("text"), rows: 2, maxlength: 300 }),
    { required: true },
  );
  text.control.value = action?.text ?? "";
  const owner = field(
    "Owner",
    select({ id: idOf(name("owner")), name: name("owner") }, OWNERS, action?.owner ?? "Both"),
    { required: true },
  );
  const due = field(
    "Due date",
    h("input", { type: "date", id: idOf(name("dueDate")), name: name("dueDate") }),
    { required: true },
  );
  due.control.value = action ? actionDueDate(draft, action) : "";
  const resources = field(
    "Resources",
    h("input", {
      type: "text",
      id: idOf(name("resources")),
      name: name("resources"),
      maxlength: 300,
    }),
    { hint: "Courses, tools, introductions (optional)." },
  );
  resources.control.value = action?.resources ?? "";
  targets.set(actionErrorKey(goalIndex, actionIndex, "text"), fieldTarget(text));
  targets.set(actionErrorKey(goalIndex, actionIndex, "owner"), fieldTarget(owner));
  targets.set(actionErrorKey(goalIndex, actionIndex, "dueDate"), fieldTarget(due));
  targets.set(actionErrorKey(goalIndex, actionIndex, "resources"), fieldTarget(resources));
  const remove = button("Remove action", () => events.onRemoveAction(goalIndex, actionIndex), {
    class: "link",
    "aria-label": `Remove action ${actionIndex + 1} of goal ${goalIndex + 1}`,
  });
  return h(
    "fieldset",
    { class: "action", id: idOf(`goals.${goalIndex}.actions.${actionIndex}`) },
    h("legend", {}, label),
    text.wrapper,
    h("div", { class: "field-row" }, owner.wrapper, due.wrapper),
    resources.wrapper,
    h("div", { class: "goal-footer" }, remove),
  );
}

function goalGroup(
  draft: PlanDraft,
  goal: GoalDraftState,
  index: number,
  events: GoalsEditorEvents,
  targets: Map<string, ErrorTarget>,
): HTMLElement {
  const count = draft.goals.length;
  const name = (f: string) => `goals.${index}.${f}`;
  const number = index + 1;
  const text = field(
    "Goal (specific)",
    h("textarea", { id: idOf(name("text")), name: name("text"), rows: 2, maxlength: 300 }),
    { required: true },
  );
  text.control.value = goal.text;
  const criteria = field(
    "Success criteria",
    h("textarea", {
      id: idOf(name("successCriteria")),
      name: name("successCriteria"),
      rows: 3,
      maxlength: 500,
    }),
    { hint: "How will you both know it is done?", required: true },
  );
  criteria.control.value = goal.successCriteria;
  const target = field(
    "Target date",
    h("input", { type: "date", id: idOf(name("targetDate")), name: name("targetDate") }),
    { required: true },
  );
  target.control.value = goal.targetDate;
  targets.set(name("text"), fieldTarget(text));
  targets.set(name("successCriteria"), fieldTarget(criteria));
  targets.set(name("targetDate"), fieldTarget(target));

  const remove = button("Remove goal", () => events.onRemove(index), {
    class: "link danger",
    "aria-label": `Remove goal ${number} of ${count}`,
  });
  const actionsError = h("p", {
    class: "field-error",
    id: idOf(name("actions-error")),
    hidden: true,
  });
  const actions =
    goal.actions.length === 0
      ? h("p", { class: "hint" }, "No actions yet: add one, or the pair adds them in the plan tab.")
      : h(
          "div",
          { class: "actions", role: "group", "aria-label": `Actions for goal ${number}` },
          ...goal.actions.map((_, a) => actionGroup(draft, index, a, events, targets)),
        );
  targets.set(name("actions"), paragraphTarget(actionsError));
  const limit = actionLimitReached(draft, index);
  const limitId = idOf(name("actions-limit"));
  const addAction = button("Add action", () => events.onAddAction(index), {
    disabled: limit !== null,
    "aria-label": `Add action to goal ${number}`,
    "aria-describedby": limit ? limitId : null,
  });

  return h(
    "fieldset",
    { class: "goal", id: idOf(`goals.${index}`) },
    h("legend", {}, `Goal ${number}`),
    text.wrapper,
    criteria.wrapper,
    target.wrapper,
    h("div", { class: "actions-heading" }, "Actions"),
    actions,
    actionsError,
    h(
      "div",
      { class: "goals-footer" },
      addAction,
      limit ? h("span", { class: "hint", id: limitId }, limit) : null,
    ),
    h("div", { class: "goal-footer" }, remove),
  );
}

export function goalsEditor(draft: PlanDraft, events: GoalsEditorEvents): GoalsEditor {
  const { goals } = draft;
  const targets = new Map<string, ErrorTarget>();
  const groups = goals.map((goal, i) => goalGroup(draft, goal, i, events, targets));
  const add = button("Add goal", () => events.onAdd(), {
    disabled: goals.length >= MAX_PLAN_GOALS,
    "aria-describedby": "plan-goals-count",
  });
  const goalsError = h("p", { class: "field-error", id: "plan-goals-error", hidden: true });
  targets.set("goals", paragraphTarget(goalsError));
  const element = h(
    "div",
    { class: "goals" },
    goalsError,
    goals.length === 0
      ? h("p", { class: "hint" }, "No goals yet. Add the goals the pair will work on.")
      : null,
    ...groups,
    h(
      "div",
      { class: "goals-footer" },
      add,
      h(
        "span",
        { class: "hint", id: "plan-goals-count" },
        `${goals.length} of ${MAX_PLAN_GOALS} goals`,
      ),
    ),
  );
  return {
    element,
    targets,
    focusGoal: (index) => {
      const control = element.querySelector<HTMLElement>(`[name="goals.${index}.text"]`);
      (control ?? add).focus();
    },
    focusAction: (goalIndex, actionIndex) => {
      const control = element.querySelector<HTMLElement>(
        `[name="goals.${goalIndex}.actions.${actionIndex}.text"]`,
      );
      if (control) control.focus();
      else element.querySelector<HTMLElement>(`[name="goals.${goalIndex}.text"]`)?.focus();
    },
    focusAdd: () => add.focus(),
  };
}
