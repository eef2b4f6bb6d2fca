/**
 * Inserting plans safely, through the built bundle: bad forms change nothing, user text is never a
 * formula, two coordinators inserting at once don't clash, a busy spreadsheet says so, a fault
 * mid-insert leaves no half-made tab, and tab names are unique and legal.
 */
import { afterEach, describe, expect, test } from "vitest";
import { TARGETS } from "../../scripts/bench/targets";
import type { InsertPlanResult, SidebarState } from "../../src/domain/sidebar-contract/replies";
import type { Environment } from "../emulator";
import {
  dashboardRowOf,
  dashboardTable,
  insertPlan,
  NOW,
  openProgram,
  planForm,
  rowLabelled,
} from "./program-fixture";

/** Tabs, cells, formats, protections and metadata: what "nothing changed" compares. */
function workbookContent(env: Environment): string {
  const { sheets, metadata } = env.serialize().spreadsheet;
  return JSON.stringify({ sheets, metadata });
}

type Refused = Extract<InsertPlanResult, { ok: false }>;

describe("a bad form gets field-by-field errors and changes nothing", () => {
  const bad: [string, Record<string, unknown> | unknown, Record<string, string>][] = [
    [
      "invalid emails",
      { menteeEmail: "ana.lopez@", reviewerEmail: "hr partner@example.org" },
      {
        menteeEmail: "Mentee email must be a valid email address.",
        reviewerEmail: "Reviewer email must be a valid email address.",
      },
    ],
    [
      "missing or blank names",
      { menteeName: "   ", mentorName: undefined },
      { menteeName: "Mentee name is required.", mentorName: "Mentor name is required." },
    ],
    [
      "an end before the start",
      { startDate: "2026-03-02", targetEndDate: "2026-02-27" },
      { targetEndDate: "Target end date must be after the start date." },
    ],
    [
      "every error in one round: an end before the start beside a bad email and a blank name",
      {
        menteeName: "",
        menteeEmail: "ana@",
        startDate: "2026-03-02",
        targetEndDate: "2026-02-27",
        mentorEmail: "ana@",
      },
      {
        menteeName: "Mentee name is required.",
        menteeEmail: "Mentee email must be a valid email address.",
        mentorEmail: "Mentor email must be a valid email address.",
        targetEndDate: "Target end date must be after the start date.",
      },
    ],
    [
      "empty emails",
      { menteeEmail: "", mentorEmail: "  ", reviewerEmail: "" },
      {
        menteeEmail: "Mentee email is required.",
        mentorEmail: "Mentor email is required.",
        reviewerEmail: "Reviewer email is required.",
      },
    ],
    [
      "a date that is not in the calendar",
      { startDate: "2026-02-30" },
      { startDate: "Start date is not a real calendar date." },
    ],
    [
      "too many actions for one goal",
      {
        goals: [
          {
            text: "Lead the team's planning",
            successCriteria: "Plan agreed",
            targetDate: "2026-04-30",
            actions: Array.from({ length: 11 }, (_, i) => ({
              text: `Step ${i + 1}`,
              owner: "Mentee",
              dueInDays: 7,
            })),
          },
        ],
      },
      { "goals.0.actions": "At most 10 actions per goal." },
    ],
    [
      "more actions than a new plan holds",
      {
        goals: Array.from({ length: 4 }, (_, g) => ({
          text: `Goal ${g + 1}`,
          successCriteria: "Done well",
          targetDate: "2026-04-30",
          actions: Array.from({ length: 9 }, (_, i) => ({
            text: `Step ${i + 1}`,
            owner: "Both",
            dueInDays: 14,
          })),
        })),
      },
      { goals: "A new plan starts with at most 32 actions; add more in the tab later." },
    ],
    [
      "values of the wrong type",
      { startDate: 20260302, cadence: "Daily", templateId: "mba", goals: "lots" },
      {
        startDate: "Start date is required.",
        cadence: "Choose a meeting cadence.",
        templateId: "Choose a template.",
        goals: "Invalid input: expected array, received string",
      },
    ],
    [
      "the same person as mentor and mentee",
      { mentorEmail: "ANA.LOPEZ@example.org " },
      { mentorEmail: "Mentor and mentee must be different people." },
    ],
    [
      "a name longer than a tab can show",
      { menteeName: "A".repeat(201) },
      { menteeName: "Mentee name must be at most 200 characters." },
    ],
  ];
  const notForms: [string, unknown][] = [
    ["null", null],
    ["a string", "Ana López"],
    ["a number", 42],
    ["an array", [planForm("blank")]],
  ];
  const NOT_A_FORM =
    "The new-plan form did not reach the server whole: reload the sidebar and try again.";

  for (const withPlans of [false, true]) {
    const when = withPlans ? "in a program with a plan" : "in a new spreadsheet";
    test.each(bad)(`%s, ${when}`, (_, overrides, expected) => {
      const { env, bundle } = openProgram();
      if (withPlans) insertPlan(bundle, planForm("succession", { menteeName: "Sofia Rossi" }));
      const before = JSON.stringify(env.serialize());
      const form = planForm("move-into-management", overrides as Record<string, unknown>);
      const result = bundle.call<InsertPlanResult>("insertPlan", form) as Refused;
      expect(result.ok).toBe(false);
      expect(result.fieldErrors).toEqual(expected);
      expect(result.message).toBe("Nothing was inserted: please correct the highlighted fields.");
      // Not a tab, a cell, a property, a lock or even a uuid: the whole emulated world is as before.
      expect(JSON.stringify(env.serialize())).toBe(before);
    });

    test.each(notForms)(`%s instead of a form, ${when}`, (_, notAForm) => {
      const { env, bundle } = openProgram();
      if (withPlans) insertPlan(bundle, planForm("succession", { menteeName: "Sofia Rossi" }));
      const before = JSON.stringify(env.serialize());
      const result = bundle.call<InsertPlanResult>("insertPlan", notAForm) as Refused;
      expect(result).toEqual({ ok: false, fieldErrors: { form: NOT_A_FORM }, message: NOT_A_FORM });
      expect(JSON.stringify(env.serialize())).toBe(before);
    });
  }

  test("no argument at all is refused the same way", () => {
    const { env, bundle } = openProgram();
    const before = JSON.stringify(env.serialize());
    const result = bundle.call<InsertPlanResult>("insertPlan") as Refused;
    expect(result.fieldErrors).toEqual({ form: NOT_A_FORM });
    expect(JSON.stringify(env.serialize())).toBe(before);
  });
});

describe("text typed by users is stored as text, never as a formula", () => {
  const risky = {
    menteeName: "=1+1 Ana",
    mentorName: "+44 Bea",
    focusArea: "-10% churn, then growth",
    goals: [
      {
        text: "@channel: run the kickoff",
        successCriteria: "=SUM(A1:A9) people attended",
        targetDate: "2026-04-30",
        actions: [
          {
            text: "-draft the agenda",
            owner: "Mentee",
            dueInDays: 7,
            resources: '=IMPORTXML("https://example.org","//a")',
          },
          { text: "'quoted' notes", owner: "Mentor", dueInDays: 10, resources: "+more links" },
        ],
      },
    ],
  };

  test("in the plan tab: each value reads back exactly, and no cell holds it as a formula", () => {
    const { env, bundle } = openProgram();
    const plan = insertPlan(bundle, planForm("blank", risky));
    const name = plan.sheetName;
    const v = env.inspect.sheetValues(name);
    const f = env.inspect.formulas(name);
    const cell = (row: number, column: number) => ({
      value: v[row - 1]?.[column - 1],
      formula: f[row - 1]?.[column - 1],
    });
    const text = (value: string) => ({ value, formula: "" });
    const mentee = rowLabelled(v, "Mentee");
    expect(cell(mentee, 2)).toEqual(text("=1+1 Ana"));
    expect(cell(rowLabelled(v, "Mentor"), 2)).toEqual(text("+44 Bea"));
    expect(cell(rowLabelled(v, "Focus area"), 2)).toEqual(text("-10% churn, then growth"));
    const goal = rowLabelled(v, "GOALS") + 2;
    expect(cell(goal, 2)).toEqual(text("@channel: run the kickoff"));
    expect(cell(goal, 3)).toEqual(text("=SUM(A1:A9) people attended"));
    const action = rowLabelled(v, "ACTIONS") + 2;
    expect(cell(action, 3)).toEqual(text("-draft the agenda"));
    expect(cell(action, 6)).toEqual(text('=IMPORTXML("https://example.org","//a")'));
    expect(cell(action + 1, 3)).toEqual(text("'quoted' notes"));
    expect(cell(action + 1, 6)).toEqual(text("+more links"));
    expect(v[0]?.[0]).toBe("Mentoring action plan · =1+1 Ana");
    // The only formulas in the tab are the add-on's own (summary and goal progress).
    const userFormulas = f.flat().filter((x) => /1\+1|SUM\(A1|IMPORTXML|^=-|^=\+/.test(x));
    expect(userFormulas).toEqual([]);
  });

  test("on the Dashboard and in the sidebar's list of plans", () => {
    const { env, bundle } = openProgram();
    const plan = insertPlan(bundle, planForm("blank", risky));
    const row = dashboardRowOf(env, plan.planId);
    expect([row.Mentee, row.Mentor, row.Focus]).toEqual([
      "=1+1 Ana",
      "+44 Bea",
      "-10% churn, then growth",
    ]);
    bundle.call("refreshDashboard");
    const refreshed = dashboardRowOf(env, plan.planId);
    expect([refreshed.Mentee, refreshed.Mentor, refreshed.Focus]).toEqual([
      "=1+1 Ana",
      "+44 Bea",
      "-10% churn, then growth",
    ]);
    const formulas = env.inspect
      .formulas("Dashboard")
      .flat()
      .filter((x) => x !== "");
    expect(formulas).toEqual([`=HYPERLINK("#gid=${plan.sheetId}","Plan · =1+1 Ana")`]);
    const state = bundle.call<SidebarState>("getSidebarState");
    expect(state.plans).toEqual([
      {
        planId: plan.planId,
        sheetName: "Plan · =1+1 Ana",
        menteeName: "=1+1 Ana",
        mentorName: "+44 Bea",
        health: "On track — 0% done, 0% of the time gone",
      },
    ]);
  });
});

describe("two coordinators inserting at once", () => {
  test("the second waits for the document lock, is asked about the plan the first made, and confirms: two tabs with distinct names, two Dashboard rows", () => {
    const { env, bundle } = openProgram();
    bundle.call("saveSettings", { coordinators: ["second.coordinator@example.org"] });
    let other: InsertPlanResult | undefined;
    // Another execution holds the lock for 3 s and inserts a plan for the same mentee as it ends.
    env.locks.document.holdByOther({
      releaseAfterMs: 3_000,
      onRelease: () => {
        env.setUser("second.coordinator@example.org");
        try {
          other = bundle.call<InsertPlanResult>("insertPlan", planForm("succession"));
        } finally {
          env.setUser("coordinator@example.org");
        }
      },
    });
    // The check runs under the lock, so the plan the other coordinator just made is seen.
    const asked = bundle.call<InsertPlanResult>("insertPlan", planForm("move-into-management"));
    expect(asked).toMatchObject({
      ok: false,
      message: "Ana López already has a plan (Plan · Ana López, on track). Create another?",
    });
    const mine = insertPlan(bundle, planForm("move-into-management"), { createAnother: true });

    expect(other?.ok).toBe(true);
    const theirs = other as Extract<InsertPlanResult, { ok: true }>;
    expect(theirs.sheetName).toBe("Plan · Ana López");
    expect(mine.sheetName).toBe("Plan · Ana López (2)");
    expect(mine.planId).not.toBe(theirs.planId);
    // We waited for the other execution, in emulated time.
    expect(env.clock.now().getTime()).toBe(NOW.getTime() + 3_000);

    const names = env.inspect.sheetNames();
    expect(names.filter((n) => n.startsWith("Plan · Ana López"))).toHaveLength(2);
    expect(names.filter((n) => n === "Dashboard")).toHaveLength(1);
    expect(names.filter((n) => n.startsWith("Plan template"))).toHaveLength(1);
    const rows = dashboardTable(env).rows;
    expect(rows.map((r) => [r["Plan id"], r.Plan])).toEqual([
      [theirs.planId, "Plan · Ana López"],
      [mine.planId, "Plan · Ana López (2)"],
    ]);
    // Each tab carries its own plan id.
    expect(env.inspect.metadata("Plan · Ana López")[0]?.value).toBe(theirs.planId);
    expect(env.inspect.metadata("Plan · Ana López (2)")[0]?.value).toBe(mine.planId);
    expect(env.locks.document.heldBy()).toBeNull();
  });

  test("a lock held too long: a clear busy message, nothing written, and a retry works", () => {
    const { env, bundle } = openProgram();
    insertPlan(bundle, planForm("succession", { menteeName: "Sofia Rossi" }));
    const before = workbookContent(env);
    env.locks.document.holdByOther({ releaseAfterMs: 60_000 });

    const result = bundle.call<InsertPlanResult>("insertPlan", planForm("move-into-management"));
    expect(result.ok).toBe(false);
    expect(result.message).toBe(
      "The spreadsheet is busy: another coordinator is changing it right now. Nothing was changed; try again in a moment.",
    );
    expect((result as Refused).fieldErrors).toEqual({});
    expect(workbookContent(env)).toBe(before);

    const refresh = bundle.call<{ complete: boolean; message: string }>("refreshDashboard");
    expect(refresh.complete).toBe(false);
    expect(refresh.message).toMatch(/busy.*try again/);
    expect(workbookContent(env)).toBe(before);

    env.locks.document.releaseOther();
    const retry = insertPlan(bundle, planForm("move-into-management"));
    expect(retry.sheetName).toBe("Plan · Ana López");
    expect(dashboardTable(env).rows).toHaveLength(2);
  });
});

describe("a failure mid-insert leaves no half-made tab", () => {
  const restores: (() => void)[] = [];
  afterEach(() => {
    for (const restore of restores.splice(0)) restore();
  });

  /** The next call of <Service.method> throws like a transient Apps Script failure. */
  function failNext(
    env: Environment,
    method:
      | "Sheet.appendRow"
      | "Range.protect"
      | "Sheet.addDeveloperMetadata"
      | "Sheet.insertChart",
  ) {
    restores.push(
      env.faults.failNext(method, "Service Spreadsheets timed out while accessing document"),
    );
  }

  test.each(["Sheet.appendRow", "Range.protect", "Sheet.addDeveloperMetadata"] as const)(
    "when %s fails, the new tab is removed and the program is as before",
    (method) => {
      const { env, bundle } = openProgram();
      insertPlan(bundle, planForm("succession", { menteeName: "Sofia Rossi" }));
      const before = workbookContent(env);
      failNext(env, method);
      expect(() => bundle.call("insertPlan", planForm("move-into-management"))).toThrow(
        /timed out/,
      );
      expect(workbookContent(env)).toBe(before);
      expect(env.inspect.hasSheet("Plan · Ana López")).toBe(false);
      expect(env.locks.document.heldBy()).toBeNull();

      // Nothing is left in the way of the next try.
      const retry = insertPlan(bundle, planForm("move-into-management"));
      expect(retry.sheetName).toBe("Plan · Ana López");
      expect(dashboardTable(env).rows.map((r) => r.Mentee)).toEqual(["Sofia Rossi", "Ana López"]);
    },
  );

  test("when making the Dashboard fails on the first insert, neither the plan nor the Dashboard is left", () => {
    const { env, bundle } = openProgram();
    failNext(env, "Sheet.insertChart");
    expect(() => bundle.call("insertPlan", planForm("move-into-management"))).toThrow(/timed out/);
    // The Dashboard is made before anything else of the first plan, and removed when it fails.
    expect(env.inspect.sheetNames()).toEqual(["Sheet1"]);
    const retry = env.calls.measure(() => insertPlan(bundle, planForm("move-into-management")));
    expect(retry.result.sheetName).toBe("Plan · Ana López");
    expect(dashboardTable(env).rows).toHaveLength(1);
    expect(env.inspect.charts("Dashboard")).toHaveLength(1);
  });
});

describe("tab names are unique and legal", () => {
  test("characters Sheets refuses are dropped, names are unique in any letter case", () => {
    const { env, bundle } = openProgram();
    const odd = "Ana [López]: a/b? *x*";
    const names = [odd, odd, odd.toUpperCase(), "[]:/?*", "Ana ".repeat(20)].map(
      (menteeName) =>
        insertPlan(bundle, planForm("blank", { menteeName }), { createAnother: true }).sheetName,
    );
    expect(names).toEqual([
      "Plan · Ana López a b x",
      "Plan · Ana López a b x (2)",
      "Plan · ANA LÓPEZ A B X (3)",
      "Plan · Mentee",
      `Plan · ${"Ana ".repeat(20).trim()}`,
    ]);
    for (const name of names) {
      expect(name).not.toMatch(/[[\]:/?*\\]/);
      expect(name.length).toBeLessThanOrEqual(100);
      expect(env.inspect.hasSheet(name)).toBe(true);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  test("a plan for a mentee whose name is taken costs one more call per taken name", () => {
    const { env, bundle } = openProgram();
    insertPlan(bundle, planForm("blank", { menteeName: "Someone Else" }));
    const again = { createAnother: true };
    const first = env.calls.measure(() => insertPlan(bundle, planForm("blank"), again));
    const second = env.calls.measure(() => insertPlan(bundle, planForm("blank"), again));
    expect(second.result.sheetName).toBe("Plan · Ana López (2)");
    expect(second.calls).toBe(first.calls + 1);
    expect(second.calls).toBeLessThanOrEqual(TARGETS.insertCalls + 1);
  });
});
