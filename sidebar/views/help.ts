/**
 * Help: where to start and who can do what, one click from every view (the sidebar's footer)
 * and from the add-on menu's last item. Google's style guide for editor add-ons asks for short
 * labels in the interface and help a click away rather than long explanations in it:
 * https://developers.google.com/apps-script/add-ons/guides/editor-style
 */
import type { SidebarState } from "../../src/domain/sidebar-contract/replies";
import type { SidebarContext, View } from "../context";
import { button, h } from "../dom";

/** Google's own page on add-ons in Sheets: installing, managing and removing them. */
export const ADDONS_HELP_URL = "https://support.google.com/docs/answer/2942256";

const FIRST_STEPS = [
  "New plan: fill in the pair (fields marked * are required), pick a template, edit its goals and actions (or add your own), then Insert plan. A tab opens for the pair.",
  "The pair works in that tab: statuses from the dropdowns, check-ins in PROGRESS, next steps at the end.",
  "Refresh dashboard: each plan's completion and health, with the reason for it.",
  "Reviews: tick “Send review digests every two weeks” and Save settings. Nothing is sent until then. Preview a digest there first.",
  "Intake: a roster of participants, suggested matches to accept, then plans made for every accepted pair.",
];

export function helpView(ctx: SidebarContext): View {
  const heading = h("h2", { id: "help-title", tabindex: "-1" }, "Help");
  const roles = h("p", { id: "help-roles" });
  const element = h(
    "section",
    { class: "view help", "aria-labelledby": "help-title" },
    heading,
    h("h3", {}, "First steps"),
    h("ol", { class: "first-steps" }, ...FIRST_STEPS.map((step) => h("li", {}, step))),
    h("h3", {}, "Who can do what"),
    roles,
    h("h3", {}, "More help"),
    h(
      "p",
      {},
      "Everything the add-on does is in its menu: Extensions → Mentoring Action Plan. For installing or removing add-ons, see ",
      h(
        "a",
        { href: ADDONS_HELP_URL, target: "_blank", rel: "noopener noreferrer" },
        "Google's help on add-ons in Sheets",
      ),
      ".",
    ),
    h(
      "div",
      { class: "button-row" },
      button("Back to plans", () => ctx.go("home")),
    ),
  );

  function update(state: SidebarState): void {
    roles.textContent = state.isCoordinator
      ? "You are a coordinator: you insert plans, change the settings, send reviews and run intake. Pairs work in their own tabs; reviewers only receive the digest."
      : "Coordinators insert plans, change the settings and send reviews. You can read the plans and work in your pair's tab.";
  }
  update(ctx.state());
  return { element, update, focus: () => heading.focus() };
}
