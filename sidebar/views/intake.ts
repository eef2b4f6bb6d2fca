/**
 * The Intake view: the Roster, matching suggestions and creating the accepted pairs' plans,
 * with the run's progress ("12 of 40 plans created…", polled while it runs) and a Stop button,
 * and the intake settings (cross-functional or same department, template, reviewer).
 */
import type { IntakeSettings } from "../../src/domain/intake/intake-settings";
import type { PlanCreationStatus } from "../../src/domain/sidebar-contract/intake-replies";
import { TEMPLATE_IDS } from "../../src/domain/sidebar-contract/schemas";
import { errorText, type SidebarContext, type View } from "../context";
import { button, field, h, messageArea, select, showMessage, whileBusy } from "../dom";

/** How often the sidebar asks how far a plan run is. */
export const PROGRESS_POLL_MS = 2_000;

const DEPARTMENT_CHOICES = [
  { value: "different", label: "Another department (cross-functional)" },
  { value: "same", label: "The same department" },
  { value: "any", label: "Either" },
];

const REVIEWER_CHOICES = [
  { value: "manager", label: "The mentee's manager (else the program's reviewer)" },
  { value: "program", label: "The program's reviewer (else the manager)" },
];

/** The line the progress area shows for a run's status ('' before any run). */
export function progressLine(status: PlanCreationStatus): string {
  return status.state === "none" ? "" : status.text;
}

export function intakeView(ctx: SidebarContext): View {
  const heading = h("h2", { id: "intake-title", tabindex: "-1" }, "Intake");
  const messages = messageArea();
  const progress = h("p", { class: "progress", id: "plan-run-progress", role: "status" });
  let polling: ReturnType<typeof setInterval> | null = null;

  const stop = button("Stop", () => {
    void ctx.server
      .stopPlanCreation()
      .then((status) => {
        if (status.refused) showMessage(messages, "error", status.text);
        else showProgress(status);
      })
      .catch((error) => showMessage(messages, "error", `Could not stop: ${errorText(error)}`));
  });
  stop.hidden = true;

  function showProgress(status: PlanCreationStatus): void {
    progress.textContent = progressLine(status);
    // A paused run can be stopped too: the scheduler then leaves it for the next click.
    stop.hidden =
      !(status.state === "running" && !status.stopRequested) && status.state !== "paused";
  }

  function startPolling(): void {
    if (polling !== null) return;
    polling = setInterval(() => {
      void ctx.server
        .getPlanCreationProgress()
        .then((status) => {
          showProgress(status);
          if (status.state !== "running") stopPolling();
        })
        .catch(() => stopPolling());
    }, PROGRESS_POLL_MS);
  }

  function stopPolling(): void {
    if (polling !== null) clearInterval(polling);
    polling = null;
  }

  const roster = button("Roster", () => {
    void whileBusy(roster, "Opening…", () => ctx.server.openRosterTab())
      .then((r) => showMessage(messages, r.ok ? "success" : "error", r.message))
      .catch((error) =>
        showMessage(messages, "error", `The roster was not opened: ${errorText(error)}`),
      );
  });

  const suggest = button("Suggest matches", () => {
    void whileBusy(suggest, "Matching…", () => ctx.server.suggestMatches())
      .then((r) => showMessage(messages, r.ok ? "success" : "error", r.message))
      .catch((error) =>
        showMessage(messages, "error", `No suggestions were made: ${errorText(error)}`),
      );
  });

  const create = button(
    "Create plans for accepted matches",
    () => {
      progress.textContent = "Starting…";
      stop.hidden = false;
      startPolling();
      void whileBusy(create, "Creating plans…", () => ctx.server.createPlansForMatches())
        .then((status) => {
          if (status.refused) {
            progress.textContent = "";
            stop.hidden = true;
          } else showProgress(status);
          const kind = status.refused ? "error" : status.state === "stopped" ? "info" : "success";
          showMessage(messages, kind, status.text);
          void ctx.reload();
        })
        .catch((error) =>
          showMessage(messages, "error", `Plans were not created: ${errorText(error)}`),
        )
        .finally(stopPolling);
    },
    { class: "primary" },
  );

  const department = field(
    "Suggest mentors from",
    select({ id: "intake-department", name: "department" }, DEPARTMENT_CHOICES, "different"),
  );
  const template = field(
    "Each new plan's template",
    select(
      { id: "intake-template", name: "template" },
      [{ value: "focus", label: "From the mentee's focus" }, ...TEMPLATE_IDS],
      "focus",
    ),
  );
  const reviewer = field(
    "Each new plan's reviewer",
    select({ id: "intake-reviewer", name: "reviewer" }, REVIEWER_CHOICES, "manager"),
  );
  let settings: IntakeSettings | null = null;
  const save = button("Save intake settings", () => {
    const form = {
      ...(settings ?? {}),
      department: department.control.value,
      template: template.control.value,
      reviewer: reviewer.control.value,
    };
    void whileBusy(save, "Saving…", () => ctx.server.saveIntakeSettings(form))
      .then((r) => {
        if (r.ok) settings = r.settings;
        showMessage(messages, r.ok ? "success" : "error", r.message);
      })
      .catch((error) => showMessage(messages, "error", `Not saved: ${errorText(error)}`));
  });

  const element = h(
    "section",
    { class: "view", "aria-labelledby": "intake-title" },
    heading,
    h(
      "p",
      { class: "hint" },
      "Paste participants into the Roster, suggest matches, set each Decision in the Matches tab (Accept, Reject or Swap), then create the plans. A pair that is over: set its Decision to “Ended — re-match” and suggest again.",
    ),
    h("div", { class: "button-column" }, roster, suggest, create),
    h("div", { class: "progress-row" }, progress, stop),
    messages,
    h("h3", {}, "Matching and new plans"),
    department.wrapper,
    template.wrapper,
    reviewer.wrapper,
    h("div", { class: "form-actions" }, save),
  );

  function load(): void {
    void ctx.server
      .getIntakeState()
      .then((state) => {
        settings = state.settings;
        department.control.value = state.settings.department;
        template.control.value = state.settings.template;
        reviewer.control.value = state.settings.reviewer;
        showProgress(state.progress);
        if (state.progress.state === "running") startPolling();
      })
      .catch((error) =>
        showMessage(messages, "error", `Intake could not load: ${errorText(error)}`),
      );
  }

  // Loaded when the view is first shown: opening the sidebar costs no intake call.
  let loaded = false;
  return {
    element,
    update: () => undefined,
    focus: () => {
      if (!loaded) load();
      loaded = true;
      heading.focus();
    },
  };
}
