/**
 * The sidebar's shell: loads the state, draws the header and the three views (Plans, New plan,
 * Reviews) once, and switches between them without losing what was typed.
 */
import type { SidebarState } from "../src/domain/sidebar-contract/replies";
import { errorText, type SidebarContext, type View, type ViewName, viewNameFrom } from "./context";
import { button, h, replaceChildren, showMessage } from "./dom";
import { serverCalls } from "./server-calls";
import { helpView } from "./views/help";
import { homeView } from "./views/home";
import { intakeView } from "./views/intake";
import { focusFirstPlanField, newPlanView } from "./views/new-plan-form";
import { reviewsView } from "./views/reviews";

const NAV: { view: ViewName; label: string }[] = [
  { view: "home", label: "Plans" },
  { view: "newPlan", label: "New plan" },
  { view: "reviews", label: "Reviews" },
  { view: "intake", label: "Intake" },
];

/**
 * The state the sidebar was served with (src/gas/sidebar-ui.ts), or null when the page came
 * without one (the playground's plain page, an older server): then it is asked for.
 */
function servedState(): SidebarState | null {
  const text = document.body.dataset.initialState?.trim() ?? "";
  if (text === "" || text.startsWith("<?")) return null;
  try {
    const state: unknown = JSON.parse(text);
    return state && typeof state === "object" && "programName" in state
      ? (state as SidebarState)
      : null;
  } catch {
    return null;
  }
}

function start(app: HTMLElement): void {
  const requested = viewNameFrom(document.body.dataset.initialView);
  const served = servedState();
  if (served) {
    // Painted from the page itself; the schedule and the quota follow (one call, after paint).
    show(app, served, requested ?? served.initialView);
    return;
  }
  replaceChildren(app, h("p", { class: "loading", role: "status" }, "Loading…"));
  serverCalls
    .getSidebarState()
    .then((state) => show(app, state, requested ?? state.initialView))
    .catch((error) => {
      const retry = button("Try again", () => start(app), { class: "primary" });
      const message = showMessage(
        app,
        "error",
        h("p", {}, `The sidebar could not load: ${errorText(error)}`),
      );
      app.append(h("div", { class: "form-actions" }, retry));
      message.focus();
    });
}

function show(app: HTMLElement, initial: SidebarState, first: ViewName): void {
  let state = initial;
  const title = h("h1", { id: "program-name" }, state.programName);
  const banner = h("div", { class: "messages" });
  const navButtons = new Map<ViewName, HTMLButtonElement>();
  const nav = h(
    "nav",
    { "aria-label": "Sidebar sections" },
    ...NAV.map(({ view, label }) => {
      const b = button(label, () => go(view, true), { class: "tab", "data-view": view });
      navButtons.set(view, b);
      return b;
    }),
  );

  const ctx: SidebarContext = {
    server: serverCalls,
    state: () => state,
    go: (view) => go(view, true),
    reload: async () => {
      try {
        state = await serverCalls.getSidebarState();
        title.textContent = state.programName;
        for (const view of views.values()) view.update(state);
      } catch (error) {
        showMessage(banner, "error", `Could not refresh the sidebar: ${errorText(error)}`);
      }
    },
  };

  const views = new Map<ViewName, View>([
    ["home", homeView(ctx)],
    ["newPlan", newPlanView(ctx)],
    ["reviews", reviewsView(ctx)],
    ["intake", intakeView(ctx)],
    ["help", helpView(ctx)],
  ]);

  function go(target: ViewName, moveFocus: boolean): void {
    for (const [name, view] of views) view.element.hidden = name !== target;
    for (const [name, b] of navButtons) {
      if (name === target) b.setAttribute("aria-current", "page");
      else b.removeAttribute("aria-current");
    }
    window.scrollTo(0, 0);
    if (moveFocus) views.get(target)?.focus();
  }

  replaceChildren(
    app,
    h("header", {}, title, nav),
    banner,
    h("main", {}, ...[...views.values()].map((v) => v.element)),
    // Help one click away from every view (Google's editor add-on style guide).
    h(
      "footer",
      { class: "sidebar-footer" },
      button("Help", () => go("help", true), { class: "link", "aria-controls": "help-title" }),
    ),
  );
  go(first, false);
  const newPlan = views.get("newPlan");
  if (first === "newPlan" && newPlan) focusFirstPlanField(newPlan);
  if (state.checking) void ctx.reload();
}

const app = document.getElementById("app");
if (app) start(app);
