/**
 * A plan's status in the sidebar's list, and for coordinators the moves its lifecycle allows:
 * Pause / Resume, Close (completed, or ended early with a reason), Archive / Unarchive,
 * Reopen. The server writes the plan tab's status cells; the sidebar then refreshes the
 * Dashboard itself (the list is read from it), saying so while it works.
 */
import type { SidebarState } from "../../src/domain/sidebar-contract/replies";
import { errorText, type SidebarContext } from "../context";
import { button, field, h, replaceChildren, setFieldError, showMessage, whileBusy } from "../dom";
import { planStatusModel, type StatusAction } from "../plan-status-model";

type ListedPlan = SidebarState["plans"][number];

interface Change {
  to: StatusAction["to"];
  closure?: "Completed" | "Ended early";
  reason?: string;
}

export function planStatusLines(plan: ListedPlan, isCoordinator: boolean): HTMLElement[] {
  const model = planStatusModel(plan, isCoordinator);
  return [
    model.statusLine ? h("span", { class: "plan-status" }, model.statusLine) : null,
    model.checkpointLine ? h("span", { class: "plan-checkpoint" }, model.checkpointLine) : null,
  ].filter((x): x is HTMLElement => x !== null);
}

/** The "Change status…" control of one plan, or null when there is nothing to offer. */
export function planStatusControl(
  ctx: SidebarContext,
  plan: ListedPlan,
  messages: HTMLElement,
): HTMLElement | null {
  const { actions } = planStatusModel(plan, ctx.state().isCoordinator);
  if (actions.length === 0) return null;
  const idBase = `status-${plan.planId.replace(/[^A-Za-z0-9_-]/g, "")}`;
  const element = h("div", { class: "plan-status-control" });
  const panel = h("div", {
    class: "plan-status-actions",
    id: `${idBase}-actions`,
    role: "group",
    "aria-label": `Change the status of ${plan.sheetName}`,
  });
  const toggle = button("Change status…", () => (panel.hidden ? open() : close(true)), {
    class: "link",
    "aria-expanded": "false",
    "aria-controls": panel.id,
  });

  function open(): void {
    panel.hidden = false;
    toggle.setAttribute("aria-expanded", "true");
    showMoves();
  }

  function close(focus: boolean): void {
    panel.hidden = true;
    toggle.setAttribute("aria-expanded", "false");
    replaceChildren(panel);
    if (focus) toggle.focus();
  }

  function showMoves(): void {
    const buttons = actions.map((action) => {
      const b = button(action.label, () => {
        if (action.asksClosure) showCloseForm(action);
        else void send(b, action.busyLabel, { to: action.to });
      });
      return b;
    });
    replaceChildren(panel, h("div", { class: "button-row" }, ...buttons));
    buttons[0]?.focus();
  }

  /** Closing: completed, or ended early with a reason (required then, shown next to it). */
  function showCloseForm(action: StatusAction): void {
    const radio = (value: string, label: string, checked: boolean) => {
      const id = `${idBase}-closure-${value === "Completed" ? "completed" : "early"}`;
      return h(
        "div",
        { class: "field check" },
        h("input", { type: "radio", name: `${idBase}-closure`, id, value, checked }),
        h("label", { for: id }, label),
      );
    };
    const closureError = h("p", {
      class: "field-error",
      id: `${idBase}-closure-error`,
      hidden: true,
    });
    const closure = h(
      "fieldset",
      { "aria-describedby": closureError.id },
      h("legend", {}, "How did the plan end?"),
      radio("Completed", "Completed", true),
      radio("Ended early", "Ended early", false),
      closureError,
    );
    const reason = field(
      "Reason",
      h("textarea", { id: `${idBase}-reason`, name: "reason", rows: 2, maxlength: 300 }),
      { hint: "Required when the plan ended early." },
    );
    const confirm = button("Close plan", null, { class: "primary" });
    const cancel = button("Cancel", () => showMoves());
    confirm.addEventListener("click", () => {
      const chosen = closure.querySelector<HTMLInputElement>("input:checked")?.value;
      const change: Change = {
        to: action.to,
        closure: chosen === "Ended early" ? "Ended early" : "Completed",
        reason: reason.control.value,
      };
      void send(confirm, action.busyLabel, change, (errors) => {
        setFieldError(reason, errors.reason);
        closureError.textContent = errors.closure ?? "";
        closureError.hidden = !errors.closure;
        if (errors.reason) reason.control.focus();
      });
    });
    replaceChildren(
      panel,
      closure,
      reason.wrapper,
      h("div", { class: "button-row" }, confirm, cancel),
    );
    closure.querySelector<HTMLInputElement>("input")?.focus();
  }

  async function send(
    control: HTMLButtonElement,
    busyLabel: string,
    change: Change,
    showFieldErrors?: (errors: Record<string, string>) => void,
  ): Promise<void> {
    try {
      const result = await whileBusy(
        control,
        busyLabel,
        () => ctx.server.setPlanStatus(plan.planId, change),
        element,
      );
      if (!result.ok) {
        const onFields = showFieldErrors && Object.keys(result.fieldErrors).length > 0;
        if (onFields) showFieldErrors(result.fieldErrors);
        showMessage(messages, "error", result.message);
        return;
      }
      close(false);
      if (!result.refreshDashboard) {
        showMessage(messages, "success", result.message);
        void ctx.reload();
        return;
      }
      showMessage(messages, "info", result.message, " Refreshing the Dashboard…");
      messages.setAttribute("aria-busy", "true");
      try {
        const refreshed = await ctx.server.refreshDashboard();
        showMessage(messages, "success", result.message, ` ${refreshed.message}`);
      } catch (error) {
        showMessage(
          messages,
          "error",
          result.message,
          ` The Dashboard was not refreshed: ${errorText(error)}`,
        );
      } finally {
        messages.removeAttribute("aria-busy");
      }
      void ctx.reload();
    } catch (error) {
      showMessage(messages, "error", `The plan's status was not changed: ${errorText(error)}`);
    }
  }

  panel.hidden = true;
  replaceChildren(element, toggle, panel);
  return element;
}
