/** `npm start -- --demo`: a program of six pairs in every state, made through the entry points. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATE_FILE } from "../../scripts/playground/state";
import { workbookView } from "../../scripts/playground/workbook-view";
import { startTestPlayground, type TestPlayground } from "./support";

let running: TestPlayground;
beforeAll(async () => {
  running = await startTestPlayground({ demo: true });
}, 30_000);
afterAll(async () => {
  await running?.stop();
});

/** The Dashboard's plan table, by its own header row. */
function dashboardRows(): Record<string, string>[] {
  const values = running.playground.env.inspect.displayValues("Dashboard");
  const header = values.findIndex((row) => row[0] === "Plan" && row[1] === "Mentee");
  const names = values[header] ?? [];
  return values
    .slice(header + 1)
    .filter((row) => row[1] !== "")
    .map((row) => Object.fromEntries(names.map((name, i) => [name, row[i] ?? ""])));
}

describe("the demo program", () => {
  it("has six pairs: on track, at risk, stalled and complete, none with problems", () => {
    const health = Object.fromEntries(dashboardRows().map((r) => [r.Mentee, r.Health]));
    expect(health).toEqual({
      "Ana Lopez": "On track",
      "Ivan Petrov": "On track",
      "Chen Wei": "At risk",
      "Kofi Mensah": "At risk",
      "Eli Novak": "Stalled",
      "Grace Kim": "Complete",
    });
    expect(dashboardRows().every((r) => r.Problems === "")).toBe(true);
  });

  it("was lived through: check-ins logged, actions done, digests sent by the trigger", () => {
    const rows = dashboardRows();
    const grace = rows.find((r) => r.Mentee === "Grace Kim");
    expect(grace?.Completion).toBe("100%");
    expect(rows.filter((r) => r["Last check-in"] !== "").length).toBe(6);
    const outbox = running.playground.env.outbox;
    const reviewers = new Set(outbox.map((m) => m.to));
    expect(reviewers).toEqual(
      new Set(["rita.hr@example.org", "sam.lead@example.org", "coordinator@example.org"]),
    );
    const runs = running.playground.triggerRuns;
    expect(runs.length).toBeGreaterThanOrEqual(8);
    expect(runs.every((r) => r.handler === "runScheduler" && !r.error)).toBe(true);
  });

  it("has a filled Outcomes tab and impact report; the finished pair was closed as completed", () => {
    const rows = dashboardRows();
    expect(rows.find((r) => r.Mentee === "Grace Kim")?.Status).toBe("Closed – completed");
    expect(rows.filter((r) => r.Status === "Active")).toHaveLength(5);
    const figure = (sheet: string, label: string) =>
      running.playground.env.inspect.sheetValues(sheet).find((r) => r[0] === label)?.[1];
    expect(figure("Outcomes", "Pairs")).toBe(6);
    expect(figure("Outcomes", "Closed")).toBe(1);
    expect(figure("Outcomes", "Completed (closed or archived)")).toBe(1);
    // Grace re-rated both skills (2 → 4 of 4, 3 → 4 of 4) and attained every goal.
    expect(figure("Outcomes", "Skills re-rated")).toBe(2);
    expect(figure("Outcomes", "Share of skill gap closed (mean)")).toBe(1);
    expect(figure("Outcomes", "Goal attainment")).toBe(1);
    expect(figure("Outcomes", "New responsibilities")).toBe(1);
    expect(typeof figure("Outcomes", "NPS-style score (−100 to 100)")).toBe("number");
    expect(running.playground.env.inspect.charts("Outcomes")).toHaveLength(1);
    expect(figure("Impact report", "Pairs in the program")).toBe(6);
    const report = running.playground.env.inspect.sheetValues("Impact report");
    const words = report.findIndex((r) => r[0] === "IN THEIR OWN WORDS");
    expect(words).toBeGreaterThan(0);
    expect(String(report[words + 1]?.[0])).toMatch(/^“.+”$/);
  });

  it("opens on the Dashboard with the add-on menu and is saved for the next start", () => {
    const view = workbookView(running.playground);
    expect(view.activeSheet).toBe("Dashboard");
    expect(view.menus.find((m) => m.addon)?.title).toBe("Mentoring Action Plan");
    expect(view.triggers.map((t) => t.handler)).toEqual(["runScheduler"]);
    expect(existsSync(join(running.stateDir, STATE_FILE))).toBe(true);
  });
});
