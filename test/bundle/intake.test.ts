/**
 * Intake through the built bundle: a pasted roster of 60 people (a few bad rows) gives
 * explainable suggestions that respect capacity and the manager rule; the coordinator rejects
 * two and swaps one; creating the plans is cut by the time budget, resumes, and ends with
 * exactly one plan per accepted pair, each linked from its Matches row.
 */
import { describe, expect, it } from "vitest";
import { FEED_COLUMN, UNCHANGED_MARK } from "../../src/domain/dashboard/program-feed";
import type {
  PlanCreationStatus,
  SuggestMatchesResult,
} from "../../src/domain/sidebar-contract/intake-replies";
import {
  acceptAll,
  createPlansDyingAtLinks,
  letter,
  type MatchLine,
  matchLines,
  planTabs,
  rosterProgram as setUp,
} from "./intake-fixture";

describe("intake through the bundle", () => {
  it("suggests explainable matches within capacity, never the mentee's manager, and names bad rows", () => {
    const { program, roster } = setUp();
    const result = program.bundle.call<SuggestMatchesResult>("suggestMatches");
    expect(result.ok).toBe(true);
    expect(result.skippedRows).toBe(3);
    const lines = matchLines(program);
    expect(lines).toHaveLength(roster.mentees.length);
    expect(result.suggested + result.unmatched).toBe(roster.mentees.length);
    const load = new Map<string, number>();
    for (const line of lines) {
      if (line.mentor === "") {
        expect(line.note).toMatch(/^(No mentor|Every mentor)/);
        continue;
      }
      expect(line.mentor).not.toBe(roster.managerOf.get(line.mentee));
      expect(line.mentor).not.toBe(line.mentee);
      expect(line.why).toMatch(/^(offers \d+ of \d+ skills? to grow|no skills to grow listed) · /);
      expect(line.why).toMatch(/\d+ of \d+ places? left$/);
      expect(line.score).toEqual(expect.any(Number));
      expect(line.decision).toBe("Suggested");
      load.set(line.mentor, (load.get(line.mentor) ?? 0) + 1);
    }
    for (const [mentor, n] of load) expect(n).toBeLessThanOrEqual(roster.capacity.get(mentor) ?? 0);
    // No mentee is left without a mentor while a mentor who may take them has a place left.
    for (const line of lines.filter((l) => l.mentor === "")) {
      for (const [mentor, places] of roster.capacity) {
        if ((load.get(mentor) ?? 0) >= places) continue;
        expect([line.mentee, roster.managerOf.get(line.mentee)]).toContain(mentor);
      }
    }
    // The Roster's Status names each bad row and says where each person stands.
    const rosterValues = program.env.inspect.sheetValues("Roster");
    const statusColumn = (rosterValues[0] ?? []).indexOf("Status");
    const statuses = rosterValues.map((r) => String(r[statusColumn] ?? ""));
    expect(roster.badRows.map((r) => statuses[r - 1])).toEqual([
      "Skipped: no email.",
      'Skipped: role "Sponsor" is not Mentee, Mentor or Both.',
      'Skipped: capacity "three" is not a whole number from 0 to 20.',
    ]);
    expect(
      statuses.filter((s) =>
        /^Read as mentee\..*(Suggested: .+ \(\d+\)\.|No mentor yet\.)$/.test(s),
      ),
    ).toHaveLength(
      roster.mentees.length - roster.mentors.filter((m) => roster.mentees.includes(m)).length,
    );
  });

  it("rejects two, swaps one, and makes exactly one plan per accepted pair across a paused run", () => {
    const { program, roster } = setUp();
    const { env, bundle } = program;
    bundle.call<SuggestMatchesResult>("suggestMatches");
    const lines = matchLines(program).filter((l) => l.mentor !== "");
    const free = (l: MatchLine) =>
      l.alternatives.split("\n").find((a) => a !== "" && !a.includes("full"));
    const swap = lines.find((l) => free(l) !== undefined);
    const [rejectA, rejectB] = lines.filter((l) => l !== swap);
    if (!rejectA || !rejectB || !swap) throw new Error("too few suggestions");
    env.userEdit("Matches", `${letter("Decision")}${rejectA.row}`, "Reject");
    env.userEdit("Matches", `${letter("Decision")}${rejectB.row}`, "rejected");
    const swapTo = free(swap)?.replace(/\s*\(\d+\)$/, "") ?? "";
    expect(swapTo).toMatch(/<.+@.+>$/);
    env.userEdit("Matches", `${letter("Decision")}${swap.row}`, "Swap");
    env.userEdit("Matches", `${letter("Swap to")}${swap.row}`, swapTo);
    const accepted = lines.filter((l) => ![rejectA, rejectB, swap].includes(l));
    for (const l of accepted) env.userEdit("Matches", `${letter("Decision")}${l.row}`, "Accept");
    const pairs = accepted.length + 1;
    // Mentees without a manager on the roster are reviewed by the program's reviewer.
    const saved = bundle.call<{ ok: boolean }>("saveSettings", {
      programReviewers: ["coach@example.org"],
    });
    expect(saved.ok).toBe(true);

    // Each plan takes 25 s here, so a run of 10-plan batches must stop before the 6-minute limit.
    env.faults.on("Spreadsheet.insertSheet", () => env.clock.advance(25_000));
    const runs: PlanCreationStatus[] = [];
    for (let i = 0; i < 10; i++) {
      const status = bundle.call<PlanCreationStatus>("createPlansForMatches");
      runs.push(status);
      expect(bundle.call<PlanCreationStatus>("getPlanCreationProgress")).toEqual(status);
      if (status.state === "done") break;
    }
    expect(runs[0]?.state).toBe("paused");
    expect(runs[0]?.text).toMatch(/^\d+ of \d+ plans created.*Paused/);
    expect(runs.at(-1)).toMatchObject({ state: "done", created: pairs, total: pairs });
    expect(runs.length).toBeGreaterThan(1);

    const after = matchLines(program);
    const withPlans = after.filter((l) => l.planId !== "");
    expect(withPlans).toHaveLength(pairs);
    expect(new Set(withPlans.map((l) => l.planId)).size).toBe(pairs);
    for (const l of withPlans) {
      expect(l.plan).toMatch(/^=HYPERLINK\("#gid=\d+","Plan · .+"\)$/);
      expect(l.note).toBe("Plan created.");
    }
    const rejected = after.filter((l) => l.row === rejectA.row || l.row === rejectB.row);
    expect(rejected.map((l) => [l.decision, l.planId])).toEqual([
      ["Reject", ""],
      ["rejected", ""],
    ]);
    const tabs = planTabs(program);
    expect(tabs.map((t) => t.planId).sort()).toEqual(withPlans.map((l) => l.planId).sort());
    // The swapped pair's plan names the mentor chosen in Swap to.
    const swapped = after.find((l) => l.row === swap.row) as MatchLine;
    const swappedTab = tabs.find((t) => t.planId === swapped.planId);
    const swappedValues = env.inspect
      .sheetValues(swappedTab?.sheet ?? "")
      .flat()
      .map(String);
    expect(swappedValues).toContain(swapTo.replace(/^.*<|>$/g, ""));
    expect(swappedValues).not.toContain(swap.mentor);
    // The Dashboard lists each plan once.
    const dashboard = env.inspect.sheetValues("Dashboard").flat().map(String);
    for (const l of withPlans) expect(dashboard.filter((v) => v === l.planId)).toHaveLength(1);

    // Clicking again makes nothing new.
    const again = bundle.call<PlanCreationStatus>("createPlansForMatches");
    expect(again).toMatchObject({ state: "done", created: pairs, total: pairs });
    expect(planTabs(program)).toHaveLength(pairs);
    void roster;
  });

  it("finishes a run that died after making plans without making any of them twice", () => {
    const { program } = setUp();
    const { bundle } = program;
    bundle.call("saveSettings", { programReviewers: ["coach@example.org"] });
    bundle.call("suggestMatches");
    const pairs = acceptAll(program);
    // The execution dies at the links write with ten plans made and only their claims in the
    // ledger.
    createPlansDyingAtLinks(program);
    expect(planTabs(program)).toHaveLength(10);
    const claimed = matchLines(program).filter((l) => l.planId !== "");
    expect(claimed.map((l) => l.note)).toEqual(new Array(10).fill("Making the plan…"));

    const status = bundle.call<PlanCreationStatus>("createPlansForMatches");
    expect(status).toMatchObject({ state: "done", created: pairs, total: pairs });
    const tabs = planTabs(program);
    expect(tabs).toHaveLength(pairs);
    const lines = matchLines(program).filter((l) => l.planId !== "");
    expect(new Set(lines.map((l) => l.planId))).toEqual(new Set(tabs.map((t) => t.planId)));
    const notes = lines.map((l) => l.note);
    expect(notes.filter((n) => n.startsWith("Plan found and linked"))).toHaveLength(10);
    expect(notes.filter((n) => n === "Plan created.")).toHaveLength(pairs - 10);
  });

  it("stops after the current batch when asked, and goes on at the next click", () => {
    const { program, pairs, stopped, stopping } = stoppedAfterFirstBatch();
    const { bundle } = program;
    expect(stopping).toMatchObject({ state: "running", stopRequested: true });
    expect(stopping?.text).toMatch(/stopping after this batch/);
    expect(stopped).toMatchObject({
      state: "stopped",
      created: 10,
      total: pairs,
      stopRequested: false,
    });
    expect(stopped.text).toMatch(/^10 of \d+ plans created\. Stopped/);
    const resumed = bundle.call<PlanCreationStatus>("createPlansForMatches");
    expect(resumed).toMatchObject({ state: "done", created: pairs });
    expect(planTabs(program)).toHaveLength(pairs);
  });

  it("lists the plans it makes in the program feed, so the next reader reads none of them alone", () => {
    // A first batch; a refresh makes the feed for its plans; then the rest.
    const { program, pairs } = stoppedAfterFirstBatch();
    const { env, bundle } = program;
    bundle.call("refreshDashboard");
    const feed = "Plan feed (used by the add-on)";
    expect(env.inspect.sheetValues(feed).length - 1).toBe(10);
    expect(bundle.call("createPlansForMatches")).toMatchObject({ state: "done", created: pairs });
    const ids = env.inspect
      .sheetValues(feed)
      .slice(1)
      .map((l) => String(l[FEED_COLUMN.planId - 1]));
    expect(new Set(ids)).toEqual(new Set(planTabs(program).map((t) => t.planId)));
    // Suggest matches reads every plan (re-matching) through the feed: a read per 200 plans,
    // the Roster and Matches tabs and the Dashboard — no plan tab on its own.
    const again = env.calls.measure(() => bundle.call("suggestMatches"));
    expect(again.byMethod["Range.getValues"] ?? 0).toBeLessThanOrEqual(5);
    // The refresh after them reads their text once and keeps their snapshots.
    bundle.call("refreshDashboard");
    const marks = env.inspect
      .sheetValues(feed)
      .slice(1)
      .map((l) => l[FEED_COLUMN.text - 1]);
    expect(marks).toEqual(new Array(pairs).fill(UNCHANGED_MARK));
  });

  // 12 for the plan itself, plus the 11 label protections that let pairs insert rows in every
  // section: 3 calls a range (docs/design.md, "Protection").
  it("makes each plan in at most 42 service calls, batch costs included", () => {
    const { program } = setUp();
    const { env, bundle } = program;
    bundle.call("saveSettings", { programReviewers: ["coach@example.org"] });
    bundle.call("suggestMatches");
    const pairs = acceptAll(program);
    // The first batch also makes the Dashboard and the hidden plan template.
    const m = env.calls.measure(() => bundle.call<PlanCreationStatus>("createPlansForMatches"));
    expect(m.result).toMatchObject({ state: "done", created: pairs });
    expect(m.calls / pairs).toBeLessThanOrEqual(42);
  });
});

/**
 * A roster's suggestions all accepted, and plan creation stopped by the Stop button pressed
 * while the first batch runs (the sidebar polls in parallel): 10 plans made.
 */
function stoppedAfterFirstBatch() {
  const { program } = setUp();
  const { env, bundle } = program;
  bundle.call("saveSettings", { programReviewers: ["coach@example.org"] });
  bundle.call("suggestMatches");
  const pairs = acceptAll(program);
  let stopping: PlanCreationStatus | undefined;
  const off = env.faults.on("Spreadsheet.insertSheet", () => {
    stopping ??= bundle.call<PlanCreationStatus>("stopPlanCreation");
  });
  const stopped = bundle.call<PlanCreationStatus>("createPlansForMatches");
  off();
  return { program, pairs, stopped, stopping };
}
