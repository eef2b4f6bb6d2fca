/**
 * The settings form of the Reviews view: program name, reviews on/off with
 * weekday and hour, program reviewers, nudges, daily dashboard refresh. Saving also installs
 * or removes the review trigger on the server.
 */

import type { SaveSettingsResult, SidebarState } from "../../src/domain/sidebar-contract/replies";
import type { FieldErrors } from "../../src/domain/sidebar-contract/schemas";
import { errorText, type SidebarContext } from "../context";
import {
  checkbox,
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
  checkSettingsDraft,
  explainSettingsErrors,
  HOUR_OPTIONS,
  SETTINGS_FIELD_ORDER,
  type SettingsDraft,
  settingsDraftFrom,
  WEEKDAY_OPTIONS,
} from "../settings-model";

type Saved = Extract<SaveSettingsResult, { ok: true }>;

export interface SettingsForm {
  element: HTMLFormElement;
  /** Shows saved settings, unless the coordinator has unsaved edits. */
  update(state: SidebarState): void;
}

const idOf = (name: string) => `settings-${name}`;

export function settingsForm(ctx: SidebarContext, onSaved: (result: Saved) => void): SettingsForm {
  const initial = settingsDraftFrom(ctx.state().settings);
  let dirty = false;

  const programName = field(
    "Program name",
    h("input", { type: "text", id: idOf("programName"), name: "programName", maxlength: 100 }),
  );
  const reviewsEnabled = checkbox(
    "reviewsEnabled",
    idOf("reviewsEnabled"),
    "Send review digests every two weeks",
    initial.reviewsEnabled,
  );
  const reviewWeekday = field(
    "Review day",
    select(
      { id: idOf("reviewWeekday"), name: "reviewWeekday" },
      WEEKDAY_OPTIONS,
      initial.reviewWeekday,
    ),
  );
  const reviewHour = field(
    "Review hour",
    select({ id: idOf("reviewHour"), name: "reviewHour" }, HOUR_OPTIONS, initial.reviewHour),
  );
  // One hint for the day and hour together, so the two fields stay side by side.
  const zoneHint = h("p", { class: "hint", id: idOf("zone-hint") });
  reviewWeekday.control.setAttribute("aria-describedby", zoneHint.id);
  reviewHour.control.setAttribute("aria-describedby", zoneHint.id);
  const showZone = (state: SidebarState) => {
    zoneHint.textContent = `Day and hour in the spreadsheet's time zone (${state.spreadsheetTimeZone}).`;
  };
  const programReviewers = field(
    "Program reviewers",
    h("textarea", { id: idOf("programReviewers"), name: "programReviewers", rows: 2 }),
    { hint: "Emails separated by commas. They get every pair's digest." },
  );
  const nudgesEnabled = checkbox(
    "nudgesEnabled",
    idOf("nudgesEnabled"),
    "Nudge stalled pairs and pairs with overdue actions by email",
    initial.nudgesEnabled,
  );
  const dailyDashboardRefresh = checkbox(
    "dailyDashboardRefresh",
    idOf("dailyDashboardRefresh"),
    "Refresh the dashboard every day",
    initial.dailyDashboardRefresh,
  );

  const coordinators = field(
    "Coordinators",
    h("textarea", { id: idOf("coordinators"), name: "coordinators", rows: 2 }),
    {
      hint: "Emails separated by commas. Besides the spreadsheet's owner, only they can insert plans, change settings and send reviews.",
    },
  );

  const fields: Record<(typeof SETTINGS_FIELD_ORDER)[number], Field> = {
    programName,
    reviewsEnabled,
    reviewWeekday,
    reviewHour,
    programReviewers,
    nudgesEnabled,
    dailyDashboardRefresh,
    coordinators,
  };

  const messages = messageArea();
  const save = h("button", { type: "submit", class: "primary" }, "Save settings");
  const element = h(
    "form",
    { novalidate: true, "aria-labelledby": "settings-title" },
    h("h3", { id: "settings-title" }, "Settings"),
    programName.wrapper,
    reviewsEnabled.wrapper,
    h("div", { class: "field-row" }, reviewWeekday.wrapper, reviewHour.wrapper),
    zoneHint,
    programReviewers.wrapper,
    nudgesEnabled.wrapper,
    dailyDashboardRefresh.wrapper,
    coordinators.wrapper,
    messages,
    h("div", { class: "form-actions" }, save),
  );

  function show(draft: SettingsDraft): void {
    programName.control.value = draft.programName;
    (reviewsEnabled.control as HTMLInputElement).checked = draft.reviewsEnabled;
    reviewWeekday.control.value = draft.reviewWeekday;
    reviewHour.control.value = draft.reviewHour;
    programReviewers.control.value = draft.programReviewers;
    (nudgesEnabled.control as HTMLInputElement).checked = draft.nudgesEnabled;
    (dailyDashboardRefresh.control as HTMLInputElement).checked = draft.dailyDashboardRefresh;
    coordinators.control.value = draft.coordinators;
  }

  function read(): SettingsDraft {
    return {
      programName: programName.control.value,
      reviewsEnabled: (reviewsEnabled.control as HTMLInputElement).checked,
      reviewWeekday: reviewWeekday.control.value as SettingsDraft["reviewWeekday"],
      reviewHour: reviewHour.control.value,
      programReviewers: programReviewers.control.value,
      nudgesEnabled: (nudgesEnabled.control as HTMLInputElement).checked,
      dailyDashboardRefresh: (dailyDashboardRefresh.control as HTMLInputElement).checked,
      coordinators: coordinators.control.value,
    };
  }

  function showErrors(errors: FieldErrors, serverMessage?: string): void {
    const placed = placeErrors(errors, SETTINGS_FIELD_ORDER);
    const targets = new Map<string, ErrorTarget>(
      Object.entries(fields).map(([name, f]) => [name, fieldTarget(f)]),
    );
    for (const [name, target] of targets) target.show(placed.byField.get(name));
    const lines = [serverMessage ?? errorSummary(placed), ...placed.general];
    const message = showMessage(messages, "error", ...lines.map((line) => h("p", {}, line)));
    const first = placed.first ? targets.get(placed.first) : undefined;
    if (first) first.focus();
    else message.focus();
  }

  function clearErrors(): void {
    for (const f of Object.values(fields)) fieldTarget(f).show(undefined);
  }

  element.addEventListener("input", () => {
    dirty = true;
  });
  element.addEventListener("submit", (event) => {
    event.preventDefault();
    void submit();
  });

  async function submit(): Promise<void> {
    if (save.disabled) return;
    const draft = read();
    const check = checkSettingsDraft(draft);
    if (!check.ok) {
      showErrors(check.fieldErrors);
      return;
    }
    clearErrors();
    replaceChildren(messages);
    try {
      const result = await whileBusy(
        save,
        "Saving…",
        () => ctx.server.saveSettings(check.input),
        element,
      );
      if (result.ok) {
        dirty = false;
        show(settingsDraftFrom(result.settings));
        showMessage(messages, "success", result.message);
        onSaved(result);
      } else {
        showErrors(explainSettingsErrors(result.fieldErrors, draft), result.message);
      }
    } catch (error) {
      showMessage(messages, "error", `Settings were not saved: ${errorText(error)}`).focus();
    }
  }

  show(initial);
  showZone(ctx.state());
  return {
    element,
    update: (state) => {
      showZone(state);
      if (!dirty) show(settingsDraftFrom(state.settings));
    },
  };
}
