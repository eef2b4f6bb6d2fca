/**
 * The new-plan form (issue 3): the pair, the plan's dates and meetings, the goals. Checked
 * here with the server's own schema for fast feedback; the server checks again and its field
 * errors are shown the same way. Nothing typed is lost on an error.
 */

import { CADENCE_NAMES, LEARNING_STYLES, MEETING_MODES } from "../../src/domain/plan/vocabulary";
import type { InsertPlanResult, SidebarState } from "../../src/domain/sidebar-contract/replies";
import type { FieldErrors } from "../../src/domain/sidebar-contract/schemas";
import { errorText, type SidebarContext, type View } from "../context";
import {
  button,
  type ErrorTarget,
  type Field,
  field,
  fieldTarget,
  h,
  messageArea,
  replaceChildren,
  select,
  showMessage,
  whileBusy,
} from "../dom";
import { errorSummary, placeErrors } from "../error-placement";
import {
  addGoal,
  applyTemplate,
  changeStartDate,
  changeTargetEndDate,
  checkPlanDraft,
  editGoal,
  explainPlanErrors,
  GOAL_FIELDS,
  type GoalFieldName,
  newPlanDraft,
  type PlanFieldName,
  planErrorSlots,
  removeAction,
  removeGoal,
} from "../form-model";
import { type GoalsEditor, goalsEditor } from "./goals-editor";

type Inserted = Extract<InsertPlanResult, { ok: true }>;

const idOf = (name: string) => `plan-${name.replace(/\./g, "-")}`;

export function newPlanView(ctx: SidebarContext): View {
  let draft = newPlanDraft(ctx.state());
  let errors: FieldErrors = {};
  /** After the first submit, errors follow the typing (they appear and clear as you fix them). */
  let submitted = false;
  let busy = false;

  const element = h("section", { class: "view", "aria-labelledby": "new-plan-title" });
  const heading = h("h2", { id: "new-plan-title", tabindex: "-1" }, "New mentoring plan");

  // Form parts that later updates reach into.
  let fields = new Map<PlanFieldName, Field>();
  let editor: GoalsEditor | null = null;
  let goalsHolder = h("div");
  let messages = messageArea();

  function input(name: PlanFieldName, type: string, extra: Record<string, string | number> = {}) {
    const control = h("input", { type, id: idOf(name), name, ...extra });
    control.value = String(draft[name]);
    return control;
  }

  function add(
    name: PlanFieldName,
    label: string,
    control: Field["control"],
    hint?: string,
    after?: HTMLElement,
  ) {
    // Every field of the pair, the plan and the meetings is required (planFormSchema).
    const f = field(label, control, {
      required: true,
      ...(hint ? { hint } : {}),
      ...(after ? { sharedHintId: after.id } : {}),
    });
    if (after) f.wrapper.append(after);
    fields.set(name, f);
    return f.wrapper;
  }

  /** The chosen template's description, read out with the template field. */
  const templateDescription = h("p", { class: "hint", id: "plan-templateId-description" });
  function describeTemplate(): void {
    const chosen = ctx.state().templates.find((t) => t.id === draft.templateId);
    templateDescription.textContent = chosen?.description ?? "";
  }

  function renderForm(): HTMLFormElement {
    fields = new Map();
    messages = messageArea();
    const { templates } = ctx.state();
    const form = h("form", { novalidate: true, "aria-labelledby": "new-plan-title" });
    const submit = h("button", { type: "submit", class: "primary" }, "Insert plan");
    goalsHolder = h("div");

    form.append(
      h(
        "p",
        { class: "hint required-note" },
        "Fields marked ",
        h("span", { class: "required" }, "*"),
        " are required.",
      ),
      h(
        "fieldset",
        {},
        h("legend", {}, "The pair"),
        add(
          "menteeName",
          "Mentee name",
          input("menteeName", "text", { maxlength: 80, autocomplete: "off" }),
        ),
        add("menteeEmail", "Mentee email", input("menteeEmail", "email", { autocomplete: "off" })),
        add(
          "mentorName",
          "Mentor name",
          input("mentorName", "text", { maxlength: 80, autocomplete: "off" }),
        ),
        add("mentorEmail", "Mentor email", input("mentorEmail", "email", { autocomplete: "off" })),
        add(
          "reviewerEmail",
          "Reviewer email",
          input("reviewerEmail", "email", { autocomplete: "off" }),
          "Gets the review digest for this pair. Defaults to you.",
        ),
      ),
      h(
        "fieldset",
        {},
        h("legend", {}, "The plan"),
        add(
          "templateId",
          "Template",
          select(
            { id: idOf("templateId"), name: "templateId" },
            templates.map((t) => ({ value: t.id, label: t.name })),
            draft.templateId,
            templates.length === 0 ? "No templates available" : undefined,
          ),
          "Choosing a template replaces the goals below.",
          templateDescription,
        ),
        add("focusArea", "Focus area", input("focusArea", "text", { maxlength: 120 })),
        add("startDate", "Start date", input("startDate", "date")),
        add(
          "targetEndDate",
          "Target end date",
          input("targetEndDate", "date"),
          "90 days after the start unless you pick a date.",
        ),
      ),
      h(
        "fieldset",
        {},
        h("legend", {}, "Meetings"),
        add(
          "cadence",
          "Meeting cadence",
          select({ id: idOf("cadence"), name: "cadence" }, CADENCE_NAMES, draft.cadence, "Choose…"),
        ),
        add(
          "mode",
          "Meeting mode",
          select({ id: idOf("mode"), name: "mode" }, MEETING_MODES, draft.mode, "Choose…"),
        ),
        add(
          "learningStyle",
          "Mentee's preferred learning style",
          select(
            { id: idOf("learningStyle"), name: "learningStyle" },
            LEARNING_STYLES,
            draft.learningStyle,
            "Choose…",
          ),
        ),
      ),
      h("fieldset", { class: "goals-fieldset" }, h("legend", {}, "Goals"), goalsHolder),
      messages,
      h("div", { class: "form-actions" }, submit),
    );
    renderGoals();
    describeTemplate();

    form.addEventListener("input", (event) => onInput(event.target));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void onSubmit(form, submit);
    });
    return form;
  }

  function renderGoals(): void {
    editor = goalsEditor(draft.goals, {
      onAdd: () => {
        draft = addGoal(draft);
        afterGoalsChanged();
        editor?.focusGoal(draft.goals.length - 1);
      },
      onRemove: (index) => {
        draft = removeGoal(draft, index);
        afterGoalsChanged();
        if (draft.goals.length > 0) editor?.focusGoal(Math.min(index, draft.goals.length - 1));
        else editor?.focusAdd();
      },
      onRemoveAction: (goalIndex, actionIndex) => {
        draft = removeAction(draft, goalIndex, actionIndex);
        afterGoalsChanged();
        editor?.focusGoal(goalIndex);
      },
    });
    replaceChildren(goalsHolder, editor.element);
  }

  function afterGoalsChanged(): void {
    renderGoals();
    recheck();
  }

  /** Every edit lands in the draft; fields derived from it (dates, focus area) follow. */
  function onInput(target: EventTarget | null): void {
    if (
      !(target instanceof HTMLInputElement) &&
      !(target instanceof HTMLSelectElement) &&
      !(target instanceof HTMLTextAreaElement)
    ) {
      return;
    }
    const { name, value } = target;
    const goal = /^goals\.(\d+)\.(\w+)$/.exec(name);
    if (goal) {
      const goalField = goal[2] as GoalFieldName;
      if (GOAL_FIELDS.includes(goalField))
        draft = editGoal(draft, Number(goal[1]), goalField, value);
    } else if (name === "templateId") {
      const template = ctx.state().templates.find((t) => t.id === value);
      if (template) {
        draft = applyTemplate(draft, template, ctx.state().templates);
        setValue("focusArea", draft.focusArea);
        describeTemplate();
        renderGoals();
      }
    } else if (name === "startDate") {
      draft = changeStartDate(draft, value);
      setValue("targetEndDate", draft.targetEndDate);
      renderGoals();
    } else if (name === "targetEndDate") {
      draft = changeTargetEndDate(draft, value);
    } else if (name in draft) {
      draft = { ...draft, [name]: value };
    }
    recheck();
  }

  function setValue(name: PlanFieldName, value: string): void {
    const f = fields.get(name);
    if (f) f.control.value = value;
  }

  function recheck(): void {
    if (!submitted) return;
    const check = checkPlanDraft(draft);
    errors = check.ok ? {} : check.fieldErrors;
    showErrors(false);
  }

  function targets(): Map<string, ErrorTarget> {
    const all = new Map<string, ErrorTarget>();
    for (const [name, f] of fields) all.set(name, fieldTarget(f));
    for (const [name, t] of editor?.targets ?? []) all.set(name, t);
    return all;
  }

  /** Puts every error next to its field; with `moveFocus`, focuses the first one. */
  function showErrors(moveFocus: boolean, serverMessage?: string): void {
    const placed = placeErrors(explainPlanErrors(errors), planErrorSlots(draft));
    const all = targets();
    for (const [name, target] of all) target.show(placed.byField.get(name));
    const hasErrors = placed.byField.size > 0 || placed.general.length > 0;
    if (hasErrors) {
      const lines = [serverMessage ?? errorSummary(placed), ...placed.general]
        .filter((line, i, list) => list.indexOf(line) === i)
        .map((line) => h("p", {}, line));
      const message = showMessage(messages, "error", ...lines);
      if (moveFocus) {
        const first = placed.first ? all.get(placed.first) : undefined;
        if (first) first.focus();
        else message.focus();
      }
    } else if (messages.querySelector(".error")) {
      replaceChildren(messages);
    }
  }

  async function onSubmit(form: HTMLFormElement, submit: HTMLButtonElement): Promise<void> {
    if (busy) return;
    submitted = true;
    const check = checkPlanDraft(draft);
    if (!check.ok) {
      errors = check.fieldErrors;
      showErrors(true);
      return;
    }
    errors = {};
    showErrors(false);
    busy = true;
    showMessage(messages, "info", "Inserting the plan… this takes a few seconds.");
    try {
      const result = await whileBusy(
        submit,
        "Inserting…",
        () => ctx.server.insertPlan(check.input),
        form,
      );
      if (result.ok) {
        showSuccess(result);
        void ctx.reload();
      } else {
        errors = result.fieldErrors;
        showErrors(true, result.message);
      }
    } catch (error) {
      // Nothing was inserted that we know of; the form keeps everything typed.
      showMessage(
        messages,
        "error",
        h("p", {}, `The plan was not inserted: ${errorText(error)}`),
      ).focus();
    } finally {
      busy = false;
    }
  }

  function showSuccess(result: Inserted): void {
    const panel = h(
      "div",
      { class: "message success", role: "status", tabindex: "-1" },
      h("p", { class: "strong" }, "Plan inserted."),
      h("p", {}, result.message),
      h("p", {}, "The new tab is open in the spreadsheet: ", h("strong", {}, result.sheetName)),
    );
    const again = button("Insert another plan", () => startOver(), { class: "primary" });
    const home = button("Back to plans", () => ctx.go("home"));
    replaceChildren(element, heading, panel, h("div", { class: "form-actions" }, again, home));
    panel.focus();
  }

  function startOver(): void {
    draft = newPlanDraft(ctx.state());
    errors = {};
    submitted = false;
    replaceChildren(element, heading, renderForm());
    fields.get("menteeName")?.control.focus();
  }

  replaceChildren(element, heading, renderForm());

  return {
    element,
    update: (_state: SidebarState) => {
      // The draft is the coordinator's work in progress: fresh state never overwrites it.
    },
    focus: () => heading.focus(),
  };
}

/** Focuses the form's first field (when the sidebar opens straight on the form). */
export function focusFirstPlanField(view: View): void {
  view.element.querySelector<HTMLElement>('[name="menteeName"]')?.focus();
}
