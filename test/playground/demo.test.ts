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

  it("opens on the Dashboard with the add-on menu and is saved for the next start", () => {
    const view = workbookView(running.playground);
    expect(view.activeSheet).toBe("Dashboard");
    expect(view.menus.find((m) => m.addon)?.title).toBe("Mentoring Action Plan");
    expect(view.triggers.map((t) => t.handler)).toEqual(["runScheduler"]);
    expect(existsSync(join(running.stateDir, STATE_FILE))).toBe(true);
  });
});
