/**
 * The goals part of the new-plan form: one group per goal (text, success criteria, target
 * date, the template's actions), add and remove. Typing is read by the form through the
 * inputs' names ("goals.0.text"); this module only draws and reports add/remove.
 */

import { MAX_PLAN_GOALS } from "../../src/domain/sidebar-contract/schemas";
import { button, type ErrorTarget, field, fieldTarget, h, paragraphTarget } from "../dom";
import type { GoalDraftState } from "../form-model";

export interface GoalsEditorEvents {
  onAdd(): void;
  onRemove(goalIndex: number): void;
  onRemoveAction(goalIndex: number, actionIndex: number): void;
}

export interface GoalsEditor {
  element: HTMLElement;
  /** Error targets by key: "goals", "goals.0.text", "goals.0.actions", … */
  targets: Map<string, ErrorTarget>;
  /** Focus after a change: a goal's text field, or the Add goal button. */
  focusGoal(index: number): void;
  focusAdd(): void;
}

const idOf = (name: string) => `plan-${name.replace(/\./g, "-")}`;

function goalGroup(
  goal: GoalDraftState,
  index: number,
  count: number,
  events: GoalsEditorEvents,
  targets: Map<string, ErrorTarget>,
): HTMLElement {
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
      ? h("p", { class: "hint" }, "No actions yet: the pair adds them in the plan tab.")
      : h(
          "ul",
          { class: "actions", "aria-label": `Actions for goal ${number}` },
          ...goal.actions.map((action, a) =>
            h(
              "li",
              {},
              h("span", { class: "action-text" }, action.text),
              h("span", { class: "action-meta" }, `${action.owner} · due day ${action.dueInDays}`),
              button("Remove", () => events.onRemoveAction(index, a), {
                class: "link",
                "aria-label": `Remove action ${a + 1} of goal ${number}`,
              }),
            ),
          ),
        );
  targets.set(name("actions"), paragraphTarget(actionsError));

  return h(
    "fieldset",
    { class: "goal", id: idOf(`goals.${index}`) },
    h("legend", {}, `Goal ${number}`),
    text.wrapper,
    criteria.wrapper,
    target.wrapper,
    h("div", { class: "actions-heading" }, "Actions (from the template)"),
    actions,
    actionsError,
    h("div", { class: "goal-footer" }, remove),
  );
}

export function goalsEditor(goals: GoalDraftState[], events: GoalsEditorEvents): GoalsEditor {
  const targets = new Map<string, ErrorTarget>();
  const groups = goals.map((goal, i) => goalGroup(goal, i, goals.length, events, targets));
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
    focusAdd: () => add.focus(),
  };
}
