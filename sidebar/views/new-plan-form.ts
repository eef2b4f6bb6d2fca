/**
 * The new-plan form: the pair, the plan's dates and meetings, the goals. Checked
 * here with the server's own schema for fast feedback; the server checks again and its field
 * errors are shown the same way. Nothing typed is lost on an error.
 */

import { CADENCE_NAMES, LEARNING_STYLES, MEETING_MODES } from "../../src/domain/plan/vocabulary";
import type {
  InsertPlanResult,
  SidebarState,
  TemplateChoice,
} from "../../src/domain/sidebar-contract/replies";
import {
  type FieldErrors,
  PERSON_NAME_MAX_LENGTH,
  type PlanFormInput,
} from "../../src/domain/sidebar-contract/schemas";
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
  ACTION_FIELDS,
  type ActionFieldName,
  addAction,
  addGoal,
  applyTemplate,
  changeStartDate,
  changeTargetEndDate,
  checkPlanDraft,
  editAction,
  editGoal,
  GOAL_FIELDS,
  type GoalFieldName,
  goalsWereEdited,
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

  /**
   * A template chosen while the goals hold the coordinator's edits waits here until they say
   * whether its goals replace theirs: asked in the sidebar itself, beside the field (an
   * add-on's sidebar should not rely on the browser's own dialogs).
   */
  let pendingTemplate: TemplateChoice | null = null;
  let templateQuestion = h("div");

  function askBeforeReplacingGoals(template: TemplateChoice): void {
    pendingTemplate = template;
    const replace = button("Replace my goals", () => chooseTemplate(template, false), {
      class: "secondary danger",
    });
    const keep = button("Keep my goals", () => chooseTemplate(template, true), {
      class: "primary",
    });
    replaceChildren(
      templateQuestion,
      h(
        "div",
        {
          class: "message confirm",
          role: "group",
          "aria-labelledby": "plan-template-question",
        },
        h(
          "p",
          { id: "plan-template-question", role: "alert" },
          `You have edited the goals below. Replace them with the goals of "${template.name}", or keep yours?`,
        ),
        h("div", { class: "button-row" }, keep, replace),
      ),
    );
    keep.focus();
  }

  function chooseTemplate(template: TemplateChoice, keepGoals: boolean): void {
    pendingTemplate = null;
    replaceChildren(templateQuestion);
    draft = applyTemplate(draft, template, ctx.state().templates, { keepGoals });
    setValue("templateId", draft.templateId);
    setValue("focusArea", draft.focusArea);
    describeTemplate();
    renderGoals();
    recheck();
    fields.get("templateId")?.control.focus();
  }

  function renderForm(): HTMLFormElement {
    fields = new Map();
    messages = messageArea();
    const { templates } = ctx.state();
    const form = h("form", { novalidate: true, "aria-labelledby": "new-plan-title" });
    const submit = h("button", { type: "submit", class: "primary" }, "Insert plan");
    goalsHolder = h("div");
    templateQuestion = h("div", { class: "template-question" });
    pendingTemplate = null;

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
          input("menteeName", "text", { maxlength: PERSON_NAME_MAX_LENGTH, autocomplete: "off" }),
        ),
        add("menteeEmail", "Mentee email", input("menteeEmail", "email", { autocomplete: "off" })),
        add(
          "mentorName",
          "Mentor name",
          input("mentorName", "text", { maxlength: PERSON_NAME_MAX_LENGTH, autocomplete: "off" }),
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
          "Choosing a template replaces the goals below (you are asked first if you edited them).",
          templateDescription,
        ),
        templateQuestion,
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
    editor = goalsEditor(draft, {
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
      onAddAction: (goalIndex) => {
        draft = addAction(draft, goalIndex);
        afterGoalsChanged();
        editor?.focusAction(goalIndex, (draft.goals[goalIndex]?.actions.length ?? 1) - 1);
      },
      onRemoveAction: (goalIndex, actionIndex) => {
        draft = removeAction(draft, goalIndex, actionIndex);
        afterGoalsChanged();
        const left = draft.goals[goalIndex]?.actions.length ?? 0;
        if (left > 0) editor?.focusAction(goalIndex, Math.min(actionIndex, left - 1));
        else editor?.focusGoal(goalIndex);
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
    const action = /^goals\.(\d+)\.actions\.(\d+)\.(\w+)$/.exec(name);
    if (goal) {
      const goalField = goal[2] as GoalFieldName;
      if (GOAL_FIELDS.includes(goalField))
        draft = editGoal(draft, Number(goal[1]), goalField, value);
    } else if (action) {
      const actionField = action[3] as ActionFieldName;
      if (ACTION_FIELDS.includes(actionField)) {
        draft = editAction(draft, Number(action[1]), Number(action[2]), actionField, value);
      }
    } else if (name === "templateId") {
      const { templates } = ctx.state();
      const template = templates.find((t) => t.id === value);
      if (template && goalsWereEdited(draft, templates)) askBeforeReplacingGoals(template);
      else if (template) chooseTemplate(template, false);
      return;
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
    const placed = placeErrors(errors, planErrorSlots(draft));
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
    if (pendingTemplate) {
      // The goals to send are not decided yet: the question beside the template says so.
      templateQuestion.querySelector<HTMLElement>("button")?.focus();
      return;
    }
    submitted = true;
    const check = checkPlanDraft(draft);
    if (!check.ok) {
      errors = check.fieldErrors;
      showErrors(true);
      return;
    }
    errors = {};
    showErrors(false);
    await send(check.input, false, form, submit);
  }

  /** Sends the form; `createAnother` once the coordinator confirmed a second plan. */
  async function send(
    input: PlanFormInput,
    createAnother: boolean,
    form: HTMLFormElement,
    submit: HTMLButtonElement,
  ): Promise<void> {
    busy = true;
    showMessage(messages, "info", "Inserting the plan… this takes a few seconds.");
    try {
      const result = await whileBusy(
        submit,
        "Inserting…",
        () =>
          createAnother
            ? ctx.server.insertPlan(input, { createAnother: true })
            : ctx.server.insertPlan(input),
        form,
      );
      if (result.ok) {
        showSuccess(result);
        void ctx.reload();
      } else if (result.existingPlans && result.existingPlans.length > 0) {
        askToCreateAnother(result.message, input, form, submit);
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

  /**
   * The server found plans for this mentee: its question, answered in the sidebar. Confirming
   * sends the very form that was checked; cancelling leaves the form as it was.
   */
  function askToCreateAnother(
    question: string,
    input: PlanFormInput,
    form: HTMLFormElement,
    submit: HTMLButtonElement,
  ): void {
    const create = button("Create another plan", () => void send(input, true, form, submit), {
      class: "primary",
    });
    const cancel = button("Cancel", () => {
      replaceChildren(messages);
      fields.get("menteeName")?.control.focus();
    });
    const panel = showMessage(
      messages,
      "info",
      h("p", { class: "strong", id: "plan-same-mentee-question" }, question),
      h("div", { class: "button-row" }, create, cancel),
    );
    panel.classList.add("confirm");
    panel.setAttribute("aria-labelledby", "plan-same-mentee-question");
    create.focus();
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
