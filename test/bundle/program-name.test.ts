/**
 * The program's name lives in the settings and in the Dashboard's title; a refresh takes it from
 * the title (saving a read), so saving a new name must rewrite the title at once.
 */
import { describe, expect, test } from "vitest";
import { insertPlan, openProgram, planForm } from "./program-fixture";

const settings = (programName: string) => ({
  programName,
  reviewsEnabled: false,
  reviewWeekday: "MONDAY",
  reviewHour: 9,
  programReviewers: [],
  nudgesEnabled: false,
  dailyDashboardRefresh: false,
});

describe("renaming the program", () => {
  test("rewrites the Dashboard's title, and refreshes keep the new name", () => {
    const { env, bundle } = openProgram();
    bundle.call("saveSettings", settings("Leaders 2026"));
    insertPlan(bundle, planForm("blank"));
    expect(env.inspect.cell("Dashboard", "A1").value).toBe("Leaders 2026 · Dashboard");

    const saved = bundle.call("saveSettings", settings("=Leaders 2027")) as { ok: boolean };
    expect(saved.ok).toBe(true);
    expect(env.inspect.cell("Dashboard", "A1").value).toBe("=Leaders 2027 · Dashboard");
    expect(env.inspect.formulas("Dashboard")[0]?.[0]).toBe("");

    bundle.call("refreshDashboard");
    expect(env.inspect.cell("Dashboard", "A1").value).toBe("=Leaders 2027 · Dashboard");
  });

  test("saving settings without a Dashboard yet writes no tab", () => {
    const { env, bundle } = openProgram();
    bundle.call("saveSettings", settings("Leaders 2026"));
    expect(env.inspect.sheetNames()).toEqual(["Sheet1"]);
  });
});
