/**
 * Through the built bundle: the add-on menu (onOpen/onInstall) and the sidebar.
 * onOpen runs as a simple trigger, in AuthMode.NONE before the add-on is enabled in a document,
 * where only building the menu is allowed:
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
 */
import { describe, expect, test } from "vitest";
import { openProgram } from "./program-fixture";
import { servedSidebarState } from "./served-sidebar-state";

const MENU_ITEMS = [
  { caption: "Open sidebar", functionName: "showSidebar" },
  { caption: "Insert new plan…", functionName: "insertPlanFromMenu" },
  { separator: true },
  { caption: "Refresh dashboard", functionName: "refreshDashboard" },
  { caption: "Refresh outcomes and impact report", functionName: "refreshOutcomes" },
  { caption: "Send reviews now", functionName: "sendReviewsNow" },
  { separator: true },
  { caption: "Help", functionName: "showHelp" },
];

describe("the add-on menu", () => {
  test("onOpen in AuthMode.NONE builds the add-on menu and makes no other service call", () => {
    const { env, bundle } = openProgram();
    env.calls.reset();
    bundle.call("onOpen", { authMode: env.globals.ScriptApp.AuthMode.NONE });

    expect(env.ui.menus).toEqual([
      { title: "Mentoring Action Plan", addon: true, items: MENU_ITEMS },
    ]);
    // Counted calls: only showing the menu. Everything else it touched is a local builder.
    expect(env.calls.byMethod()).toEqual({ "Menu.addToUi": 1 });
    const touched = new Set(env.calls.log.map((c) => `${c.service}.${c.method}`));
    expect([...touched].sort()).toEqual(
      [
        "SpreadsheetApp.getUi",
        "Ui.createAddonMenu",
        "Menu.addItem",
        "Menu.addSeparator",
        "Menu.addToUi",
      ].sort(),
    );
    expect(env.ui.sidebars).toEqual([]);
    expect(env.inspect.sheetNames()).toEqual(["Sheet1"]);
  });

  test("every menu item names a top-level function of the bundle", () => {
    const { bundle } = openProgram();
    for (const item of MENU_ITEMS) {
      if ("functionName" in item) expect(bundle.entryPoints).toContain(item.functionName);
    }
  });

  test("onInstall builds the same menu through onOpen, also in AuthMode.NONE", () => {
    const { env, bundle } = openProgram();
    env.calls.reset();
    bundle.call("onInstall", { authMode: env.globals.ScriptApp.AuthMode.NONE });
    expect(env.ui.menus).toEqual([
      { title: "Mentoring Action Plan", addon: true, items: MENU_ITEMS },
    ]);
    expect(env.calls.byMethod()).toEqual({ "Menu.addToUi": 1 });
  });

  test("onInstall with full authorization also shows where to start (the tip after install)", () => {
    const { env, bundle } = openProgram();
    bundle.call("onInstall", { authMode: env.globals.ScriptApp.AuthMode.FULL });
    expect(env.ui.menus).toHaveLength(1);
    expect(env.ui.toasts.at(-1)?.message).toContain(
      "Extensions → Mentoring Action Plan → Open sidebar",
    );
    expect(env.ui.toasts.at(-1)?.message).toContain("Help is the menu's last item.");
  });

  test("opening the document again replaces the menu rather than adding a second one", () => {
    const { env, bundle } = openProgram();
    bundle.call("onOpen", { authMode: env.globals.ScriptApp.AuthMode.NONE });
    bundle.call("onOpen", { authMode: env.globals.ScriptApp.AuthMode.LIMITED });
    expect(env.ui.menus).toHaveLength(1);
  });
});

describe("the sidebar", () => {
  test('showSidebar opens Sidebar.html titled "Mentoring Action Plan" on the home view', () => {
    const { env, bundle } = openProgram();
    env.calls.reset();
    bundle.call("showSidebar");

    expect(env.ui.sidebars).toHaveLength(1);
    const sidebar = env.ui.sidebars[0];
    expect(sidebar?.title).toBe("Mentoring Action Plan");
    // Sheets shows every sidebar 300 px wide.
    expect(sidebar?.width).toBe(300);
    expect(sidebar?.html).toContain('data-initial-view="home"');
    expect(sidebar?.html).not.toContain("<?");
    // The page carries its state, so the sidebar paints without a second execution; the
    // schedule and the mail quota are left for after the first paint.
    const state = servedSidebarState(sidebar?.html ?? "");
    expect(state).toMatchObject({ programName: "Mentoring program", initialView: "home" });
    expect(state?.checking).toBe(true);
    expect(env.calls.byMethod()["ScriptApp.getProjectTriggers"]).toBeUndefined();
    expect(env.calls.byMethod()["MailApp.getRemainingDailyQuota"]).toBeUndefined();
    // It reads but writes nothing in the spreadsheet.
    expect(env.calls.byKind().write).toBe(0);
    expect(env.calls.byMethod()["Ui.showSidebar"]).toBe(1);
  });

  test("text in the state cannot end the page's JSON element (every < is escaped)", () => {
    const { env, bundle } = openProgram();
    bundle.call("saveSettings", {
      programName: "</script><script>alert(1)</script>",
      reviewsEnabled: false,
      reviewWeekday: "MONDAY",
      reviewHour: 9,
      programReviewers: [],
      nudgesEnabled: false,
      dailyDashboardRefresh: false,
    });
    bundle.call("showSidebar");
    const html = env.ui.sidebars.at(-1)?.html ?? "";
    // One script element (the sidebar's code): the state is an attribute, escaped.
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(servedSidebarState(html)?.programName).toBe("</script><script>alert(1)</script>");
  });

  test('"Help" opens the same sidebar on its help', () => {
    const { env, bundle } = openProgram();
    bundle.call("showHelp");
    expect(env.ui.sidebars).toHaveLength(1);
    expect(env.ui.sidebars[0]?.html).toContain('data-initial-view="help"');
    expect(servedSidebarState(env.ui.sidebars[0]?.html ?? "")?.initialView).toBe("help");
  });

  test('"Insert new plan…" opens the same sidebar on the new-plan form', () => {
    const { env, bundle } = openProgram();
    bundle.call("insertPlanFromMenu");
    expect(env.ui.sidebars).toHaveLength(1);
    expect(env.ui.sidebars[0]?.title).toBe("Mentoring Action Plan");
    expect(env.ui.sidebars[0]?.html).toContain('data-initial-view="newPlan"');
  });

  test("getSidebarState on a new spreadsheet: no plans yet, the templates, today in its zone", () => {
    const { env, bundle } = openProgram({ now: new Date("2026-03-01T23:30:00Z") });
    const state = bundle.call<{
      plans: unknown[];
      templates: { id: string }[];
      today: string;
      spreadsheetTimeZone: string;
      userEmail: string;
      initialView: string;
    }>("getSidebarState");
    expect(state.plans).toEqual([]);
    expect(state.templates.map((t) => t.id)).toEqual([
      "move-into-management",
      "career-transition",
      "succession",
      "technical-skill",
      "blank",
    ]);
    // 23:30 UTC on 1 March is still 1 March in London (GMT in winter).
    expect(state.today).toBe("2026-03-01");
    expect(state.spreadsheetTimeZone).toBe("Europe/London");
    expect(state.userEmail).toBe("coordinator@example.org");
    expect(state.initialView).toBe("home");
    expect(env.inspect.sheetNames()).toEqual(["Sheet1"]);
  });
});
