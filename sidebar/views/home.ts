/** Home: the program at a glance and the coordinator's everyday actions. */
import type { SidebarState } from "../../src/domain/sidebar-contract/replies";
import { errorText, type SidebarContext, type View } from "../context";
import { button, h, messageArea, replaceChildren, showMessage, whileBusy } from "../dom";
import { sendReviewsControl } from "./send-reviews";

export function plansCountText(count: number): string {
  if (count === 0) return "No plans yet";
  return count === 1 ? "1 plan" : `${count} plans`;
}

export function homeView(ctx: SidebarContext): View {
  const heading = h("h2", { id: "home-title", tabindex: "-1" }, "Plans");
  const count = h("p", { class: "count", id: "plans-count" });
  const list = h("ul", { class: "plans", "aria-labelledby": "home-title" });
  const messages = messageArea();

  const refresh = button("Refresh dashboard", () => {
    void whileBusy(refresh, "Refreshing…", () => ctx.server.refreshDashboard())
      .then((result) => {
        showMessage(messages, result.problems > 0 ? "info" : "success", result.message);
        void ctx.reload();
      })
      .catch((error) =>
        showMessage(messages, "error", `The dashboard was not refreshed: ${errorText(error)}`),
      );
  });

  const element = h(
    "section",
    { class: "view", "aria-labelledby": "home-title" },
    heading,
    count,
    list,
    h(
      "div",
      { class: "button-column" },
      button("Insert new plan…", () => ctx.go("newPlan"), { class: "primary" }),
      refresh,
      button("Go to Reviews", () => ctx.go("reviews")),
      sendReviewsControl(ctx, messages),
    ),
    messages,
  );

  function update(state: SidebarState): void {
    count.textContent = plansCountText(state.plans.length);
    replaceChildren(
      list,
      ...state.plans.map((plan) => {
        // Opens the plan's tab (found by its id, so a renamed tab still opens).
        const open = button(
          plan.sheetName,
          () => {
            void whileBusy(open, "Opening…", () => ctx.server.openPlanTab(plan.planId)).catch(
              (error) =>
                showMessage(messages, "error", `The tab did not open: ${errorText(error)}`),
            );
          },
          { class: "link plan-tab", title: `Open the tab ${plan.sheetName}` },
        );
        return h(
          "li",
          {},
          open,
          h("span", { class: "plan-pair" }, `${plan.menteeName} · mentor ${plan.mentorName}`),
          plan.health
            ? h("span", { class: "plan-health" }, plan.health)
            : h("span", { class: "plan-health" }, "Health shows after a Dashboard refresh"),
        );
      }),
    );
    list.hidden = state.plans.length === 0;
  }

  update(ctx.state());
  return { element, update, focus: () => heading.focus() };
}
