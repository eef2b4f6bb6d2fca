/**
 * A plan run the time budget paused continues on the program's one hourly scheduler
 * (docs/design.md, "Intake"): through the built bundle, a pasted roster of 60 (three bad rows),
 * two suggestions rejected and one swapped, the rest accepted; "Create plans" pauses before the
 * 6-minute limit; an hour later the trigger fires and finishes the run, with exactly one plan per
 * accepted pair and its link in the Matches tab. A run the coordinator stopped is left alone.
 */
import { describe, expect, it } from "vitest";
import type { PlanCreationStatus } from "../../src/domain/sidebar-contract/intake-replies";
import {
  acceptAll,
  createPlansDyingAtLinks,
  decide,
  letter,
  type MatchLine,
  matchLines,
  planTabs,
  rosterProgram,
  slowPlans,
} from "./intake-fixture";
import { dashboardTable, type Program } from "./program-fixture";

const HOUR = 3_600_000;
/** Apps Script's limit on one execution (https://developers.google.com/apps-script/guides/services/quotas#current_limitations). */
const EXECUTION_LIMIT_MS = 6 * 60_000;

/** Suggestions made; two rejected, one swapped to a free alternative, the rest accepted. */
/** A decided roster in a program that wants its scheduler (the daily Dashboard refresh). */
function decidedWithScheduler(): { program: Program; pairs: number } {
  const { program } = rosterProgram();
  const { pairs } = decided(program);
  program.bundle.call("saveSettings", {
    programReviewers: ["coach@example.org"],
    dailyDashboardRefresh: true,
  });
  return { program, pairs };
}

function decided(program: Program): { pairs: number; swapTo: string; swap: MatchLine } {
  const { bundle, env } = program;
  bundle.call("saveSettings", { programReviewers: ["coach@example.org"] });
  bundle.call("suggestMatches");
  const lines = matchLines(program).filter((l) => l.mentor !== "");
  const free = (l: MatchLine) =>
    l.alternatives.split("\n").find((a) => a !== "" && !a.includes("full"));
  const swap = lines.find((l) => free(l) !== undefined);
  const [a, b] = lines.filter((l) => l !== swap);
  if (!a || !b || !swap) throw new Error("too few suggestions");
  decide(program, a.row, "Reject");
  decide(program, b.row, "Reject");
  const swapTo = free(swap)?.replace(/\s*\(\d+\)$/, "") ?? "";
  decide(program, swap.row, "Swap");
  env.userEdit("Matches", `${letter("Swap to")}${swap.row}`, swapTo);
  return { pairs: acceptAll(program) + 1, swapTo, swap };
}

/** The scheduler triggers of the program (every user's). */
const schedulers = (program: Program) =>
  program.env.triggers.filter((t) => t.handler === "runScheduler");

describe("a plan run paused by the time budget", () => {
  it("is finished by the scheduler an hour later: one plan per accepted pair, each linked", () => {
    const { program } = rosterProgram();
    const { env, bundle } = program;
    const { pairs, swapTo, swap } = decided(program);
    expect(pairs).toBeGreaterThan(30);
    expect(schedulers(program)).toEqual([]);

    // 8 s a tab: a few batches of ten fit before the safe point, not all of them.
    let lastPlanAt = env.clock.nowMs();
    env.faults.on("Spreadsheet.insertSheet", () => {
      env.clock.advance(8_000);
      lastPlanAt = env.clock.nowMs();
    });
    const clickedAt = env.clock.nowMs();
    const paused = bundle.call<PlanCreationStatus>("createPlansForMatches");
    expect(paused).toMatchObject({ state: "paused", total: pairs });
    expect(paused.created).toBeLessThan(pairs);
    expect(paused.created).toBeGreaterThanOrEqual(pairs / 2);
    expect(paused.text).toBe(
      `${paused.created} of ${pairs} plans created. Paused to stay within Apps Script's time limit: it continues on the next click or the next scheduled run.`,
    );
    expect(planTabs(program)).toHaveLength(paused.created);
    expect(lastPlanAt - clickedAt).toBeLessThan(EXECUTION_LIMIT_MS);
    // The program's settings want no scheduler, but the paused run does: one, the coordinator's.
    expect(schedulers(program).map((t) => t.owner)).toEqual(["coordinator@example.org"]);

    env.advanceTime(HOUR);
    const runs = env.triggerRuns.filter((r) => r.handler === "runScheduler");
    expect(runs).toHaveLength(1);
    expect(runs[0]?.error).toBeUndefined();
    expect(lastPlanAt - (runs[0]?.ranAt.getTime() ?? 0)).toBeLessThan(EXECUTION_LIMIT_MS);
    const status = bundle.call<PlanCreationStatus>("getPlanCreationProgress");
    expect(status).toMatchObject({ state: "done", created: pairs, total: pairs });

    // Exactly one plan per accepted pair, each linked from its row.
    const lines = matchLines(program);
    const withPlans = lines.filter((l) => l.planId !== "");
    expect(withPlans).toHaveLength(pairs);
    for (const l of withPlans) {
      expect(["Accept", "Swap"]).toContain(l.decision);
      expect(l.plan).toMatch(/^=HYPERLINK\("#gid=\d+","Plan · .+"\)$/);
      expect(l.note).toBe("Plan created.");
    }
    expect(lines.filter((l) => l.decision === "Reject").every((l) => l.planId === "")).toBe(true);
    const tabs = planTabs(program);
    expect(tabs.map((t) => t.planId).sort()).toEqual(withPlans.map((l) => l.planId).sort());
    expect(new Set(withPlans.map((l) => l.mentee)).size).toBe(pairs);
    const swapped = lines.find((l) => l.row === swap.row);
    const swappedTab = tabs.find((t) => t.planId === swapped?.planId)?.sheet ?? "";
    expect(env.inspect.sheetValues(swappedTab).flat()).toContain(swapTo.replace(/^.*<|>$/g, ""));
    const listed = dashboardTable(env).rows.map((r) => r["Plan id"]);
    expect(listed.sort()).toEqual(withPlans.map((l) => l.planId).sort());

    // Its work done, the scheduler the run installed removes itself; nothing runs again.
    expect(schedulers(program)).toEqual([]);
    env.advanceTime(3 * HOUR);
    expect(env.triggerRuns.filter((r) => r.handler === "runScheduler")).toHaveLength(1);
    expect(planTabs(program)).toHaveLength(pairs);
  });

  it("goes on hour after hour when one scheduled run is not enough, and never makes a plan twice", () => {
    const { program } = rosterProgram();
    const { env, bundle } = program;
    const { pairs } = decided(program);
    slowPlans(program, 25_000); // ten plans an execution
    expect(bundle.call<PlanCreationStatus>("createPlansForMatches")).toMatchObject({
      state: "paused",
      created: 10,
    });
    const seen: number[] = [];
    for (let hour = 0; hour < 6; hour++) {
      env.advanceTime(HOUR);
      const status = bundle.call<PlanCreationStatus>("getPlanCreationProgress");
      seen.push(status.created);
      if (status.state === "done") break;
      expect(status.state).toBe("paused");
    }
    // Ten plans an execution, each run going on from the last.
    expect(seen).toEqual(seen.map((_, i) => Math.min(pairs, 20 + 10 * i)));
    expect(seen.at(-1)).toBe(pairs);
    expect(planTabs(program)).toHaveLength(pairs);
    expect(
      new Set(
        matchLines(program)
          .map((l) => l.planId)
          .filter(Boolean),
      ).size,
    ).toBe(pairs);
    expect(env.triggerRuns.every((r) => r.error === undefined)).toBe(true);
  });

  it("keeps the scheduler of a program that wants one, and the click and the trigger share the work", () => {
    const { program, pairs } = decidedWithScheduler();
    const { env, bundle } = program;
    expect(schedulers(program)).toHaveLength(1);
    slowPlans(program, 25_000);
    bundle.call<PlanCreationStatus>("createPlansForMatches");
    // The coordinator clicks again before the hour: the trigger then continues from there.
    expect(bundle.call<PlanCreationStatus>("createPlansForMatches").created).toBe(20);
    for (let created = 30; created < pairs + 10; created += 10) {
      env.advanceTime(HOUR);
      expect(bundle.call<PlanCreationStatus>("getPlanCreationProgress").created).toBe(
        Math.min(created, pairs),
      );
    }
    expect(bundle.call<PlanCreationStatus>("getPlanCreationProgress").state).toBe("done");
    expect(planTabs(program)).toHaveLength(pairs);
    expect(schedulers(program)).toHaveLength(1);
  });
});

describe("a plan run whose execution died", () => {
  it("is continued by the scheduler once the execution limit has passed, without a second plan", () => {
    const { program, pairs } = decidedWithScheduler();
    const { env, bundle } = program;
    // The execution dies at the links write with ten plans made, their claims in the ledger and
    // the record still saying "running".
    createPlansDyingAtLinks(program);
    expect(planTabs(program)).toHaveLength(10);
    expect(bundle.call<PlanCreationStatus>("getPlanCreationProgress").state).toBe("running");
    env.clock.advance(7 * 60_000);
    const died = bundle.call<PlanCreationStatus>("getPlanCreationProgress");
    expect(died.state).toBe("paused");
    expect(died.text).toMatch(/The last run ended before it finished: it continues on the next/);

    env.advanceTime(HOUR);
    expect(bundle.call<PlanCreationStatus>("getPlanCreationProgress")).toMatchObject({
      state: "done",
      created: pairs,
    });
    const tabs = planTabs(program);
    expect(tabs).toHaveLength(pairs);
    const linked = matchLines(program).filter((l) => l.planId !== "");
    expect(new Set(linked.map((l) => l.planId))).toEqual(new Set(tabs.map((t) => t.planId)));
    expect(linked.filter((l) => l.note.startsWith("Plan found and linked"))).toHaveLength(10);
    expect(env.triggerRuns.every((r) => r.error === undefined)).toBe(true);
  });
});

describe("a plan run the coordinator stopped", () => {
  it("is not continued by the scheduler, only by the next click", () => {
    const { program } = rosterProgram();
    const { env, bundle } = program;
    const { pairs } = decided(program);
    slowPlans(program, 25_000);
    expect(bundle.call<PlanCreationStatus>("createPlansForMatches").state).toBe("paused");
    // Stop on a paused run: it will not be continued behind the coordinator's back.
    const stopped = bundle.call<PlanCreationStatus>("stopPlanCreation");
    expect(stopped).toMatchObject({ state: "stopped", created: 10 });
    expect(stopped.text).toMatch(/Stopped: click "Create plans" again to continue\.$/);
    env.advanceTime(3 * HOUR);
    expect(planTabs(program)).toHaveLength(10);
    expect(bundle.call<PlanCreationStatus>("getPlanCreationProgress").state).toBe("stopped");
    // The scheduler found nothing to do and went.
    expect(schedulers(program)).toEqual([]);

    const resumed = bundle.call<PlanCreationStatus>("createPlansForMatches");
    expect(resumed).toMatchObject({ state: "paused", created: 20 });
    env.advanceTime(3 * HOUR);
    expect(bundle.call<PlanCreationStatus>("getPlanCreationProgress")).toMatchObject({
      state: "done",
      created: pairs,
    });
    expect(planTabs(program)).toHaveLength(pairs);
  });

  it("stopped mid-batch by the Stop button, is not continued by the scheduler either", () => {
    const { program } = decidedWithScheduler();
    const { env, bundle } = program;
    let pressed = false;
    const off = env.faults.on("Spreadsheet.insertSheet", () => {
      if (pressed) return;
      pressed = true;
      bundle.call<PlanCreationStatus>("stopPlanCreation");
    });
    expect(bundle.call<PlanCreationStatus>("createPlansForMatches")).toMatchObject({
      state: "stopped",
      created: 10,
    });
    off();
    env.advanceTime(2 * HOUR);
    expect(env.triggerRuns.filter((r) => r.handler === "runScheduler").length).toBeGreaterThan(0);
    expect(planTabs(program)).toHaveLength(10);
  });
});
