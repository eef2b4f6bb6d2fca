/**
 * Re-matching through the built bundle (docs/design.md, "Intake"): a pair that is over goes back
 * to the roster as unmatched and keeps its history. Its Matches row stays, marked
 * "Ended — re-match", with its plan's link; the mentee gets a new suggestion, never the same
 * mentor; the old plan tab stays and Outcomes counts it. The coordinator ends a pair by setting
 * the Decision; a plan closed as ended early is ended by "Suggest matches" itself; a "No" at the
 * fit check is flagged in the row's Note for the coordinator to decide.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ENDED } from "../../src/domain/intake/matches-columns";
import type {
  PlanCreationStatus,
  SuggestMatchesResult,
} from "../../src/domain/sidebar-contract/intake-replies";
import {
  acceptAll,
  decide,
  type MatchLine,
  matchLines,
  planTabs,
  rosterProgram,
} from "./intake-fixture";
import { type Program, rowLabelled } from "./program-fixture";

/** A program whose accepted pairs all have their plans. */
function programWithPlans(): { program: Program; pairs: number } {
  const { program } = rosterProgram();
  program.bundle.call("saveSettings", { programReviewers: ["coach@example.org"] });
  program.bundle.call("suggestMatches");
  const pairs = acceptAll(program);
  expect(program.bundle.call<PlanCreationStatus>("createPlansForMatches")).toMatchObject({
    state: "done",
    created: pairs,
  });
  return { program, pairs };
}

const sheetOf = (program: Program, planId: string) =>
  planTabs(program).find((t) => t.planId === planId)?.sheet ?? "";

/** The plan's status row, as the coordinator sets it in the plan tab. */
function setPlanStatus(program: Program, planId: string, status: string, reason = ""): void {
  const sheet = sheetOf(program, planId);
  const row = rowLabelled(program.env.inspect.sheetValues(sheet), "Plan status");
  program.env.userEdit(sheet, `B${row}`, [[status, "2026-03-20", reason]]);
}

/** The mentee's fit check answer, typed in their FEEDBACK row. */
function menteeFit(program: Program, planId: string, fit: string): void {
  const sheet = sheetOf(program, planId);
  const first = rowLabelled(program.env.inspect.sheetValues(sheet), "FEEDBACK") + 2;
  program.env.userEdit(sheet, `C${first}`, [[fit, fit === "No" ? 3 : 8]]);
}

function suggest(program: Program): SuggestMatchesResult {
  const result = program.bundle.call<SuggestMatchesResult>("suggestMatches");
  expect(result.ok).toBe(true);
  return result;
}

/** The ended pair's row kept as history, and the mentee's one new suggestion. */
function expectRematched(program: Program, ended: MatchLine): MatchLine {
  const lines = matchLines(program);
  const history = lines.filter((l) => l.planId === ended.planId);
  expect(history).toHaveLength(1);
  expect(history[0]).toMatchObject({
    decision: ENDED,
    mentee: ended.mentee,
    mentor: ended.mentor,
    plan: ended.plan,
  });
  const fresh = lines.filter((l) => l.mentee === ended.mentee && l.decision === "Suggested");
  expect(fresh).toHaveLength(1);
  const next = fresh[0] as MatchLine;
  expect(next.mentor).toMatch(/@/);
  expect(next.mentor).not.toBe(ended.mentor);
  expect(next.alternatives).not.toContain(`<${ended.mentor}>`);
  // Nobody else lost their accepted pair or got a second row.
  const accepted = lines.filter((l) => l.decision === "Accept");
  expect(new Set(accepted.map((l) => l.mentee)).size).toBe(accepted.length);
  expect(accepted.some((l) => l.mentee === ended.mentee)).toBe(false);
  // The old plan tab stays.
  expect(sheetOf(program, ended.planId)).not.toBe("");
  return next;
}

describe("a pair the coordinator ends with Re-match", () => {
  it("keeps its row and plan; the mentee's new pair gets one new plan", () => {
    const { program, pairs } = programWithPlans();
    const [ended] = matchLines(program).filter((l) => l.planId !== "");
    if (!ended) throw new Error("no plan made");
    // Typed as the coordinator would say it; read as the Decision "Ended — re-match".
    decide(program, ended.row, "Re-match");
    suggest(program);
    const next = expectRematched(program, ended);

    decide(program, next.row, "Accept");
    const status = program.bundle.call<PlanCreationStatus>("createPlansForMatches");
    expect(status).toMatchObject({ state: "done", created: pairs, total: pairs });
    const lines = matchLines(program);
    const renewed = lines.find((l) => l.row === next.row);
    expect(renewed?.plan).toMatch(/^=HYPERLINK\("#gid=\d+","Plan · .+"\)$/);
    expect(renewed?.planId).not.toBe(ended.planId);
    // One plan per accepted pair, plus the ended pair's plan kept: none made twice.
    const tabs = planTabs(program);
    expect(tabs).toHaveLength(pairs + 1);
    expect(new Set(lines.map((l) => l.planId).filter(Boolean))).toEqual(
      new Set(tabs.map((t) => t.planId)),
    );
    expect(lines.find((l) => l.planId === ended.planId)).toMatchObject({ decision: ENDED });
  });
});

describe("a plan closed as ended early in its tab", () => {
  let program: Program;
  let ended: MatchLine;
  let pairs: number;
  beforeAll(() => {
    ({ program, pairs } = programWithPlans());
    ended = matchLines(program).filter((l) => l.planId !== "")[1] as MatchLine;
    setPlanStatus(program, ended.planId, "Closed – ended early", "Mentee moved team");
    suggest(program);
  });

  it("is ended by Suggest matches, saying why, and its mentee is matched again", () => {
    const row = matchLines(program).find((l) => l.planId === ended.planId);
    expect(row?.note).toBe(
      "The plan ended early (Mentee moved team): the mentee is back among the unmatched.",
    );
    expectRematched(program, ended);
    // The roster says where the mentee stands now.
    const roster = program.env.inspect.sheetValues("Roster");
    const emailColumn = (roster[0] ?? []).findIndex((h) => /e-?mail/i.test(String(h)));
    const statusColumn = (roster[0] ?? []).indexOf("Status");
    const line = roster.find((r) => String(r[emailColumn]).trim().toLowerCase() === ended.mentee);
    expect(String(line?.[statusColumn])).toMatch(/Suggested: .+ \(\d+\)\.$/);
  });

  it("stays in Outcomes as a pair that ended early", () => {
    program.bundle.call("refreshOutcomes");
    const figure = (label: string) =>
      program.env.inspect.sheetValues("Outcomes").find((r) => r[0] === label)?.[1];
    expect(figure("Pairs")).toBe(pairs);
    expect(figure("Ended early (closed or archived)")).toBe(1);
  });

  it("is not ended twice, and other pairs are left as they were", () => {
    const before = matchLines(program);
    suggest(program);
    const after = matchLines(program);
    expect(after.filter((l) => l.decision === ENDED)).toHaveLength(1);
    expect(after.filter((l) => l.mentee === ended.mentee)).toHaveLength(2);
    expect(after.filter((l) => l.decision === "Accept")).toEqual(
      before.filter((l) => l.decision === "Accept"),
    );
  });
});

describe('a "No" at the fit check', () => {
  it("is flagged for the coordinator, cleared by a later Yes, and re-matched on their word", () => {
    const { program } = programWithPlans();
    const pair = matchLines(program).filter((l) => l.planId !== "")[2] as MatchLine;
    menteeFit(program, pair.planId, "No");
    suggest(program);
    const flagged = matchLines(program).find((l) => l.planId === pair.planId);
    expect(flagged).toMatchObject({ decision: "Accept", plan: pair.plan });
    expect(flagged?.note).toBe(
      `The fit check said "No" (mentee): set the Decision to "${ENDED}" to match the mentee again.`,
    );
    // Still matched: no new suggestion for the mentee while the coordinator has not decided.
    expect(matchLines(program).filter((l) => l.mentee === pair.mentee)).toHaveLength(1);

    menteeFit(program, pair.planId, "Yes");
    suggest(program);
    expect(matchLines(program).find((l) => l.planId === pair.planId)?.note).toBe("Plan created.");

    menteeFit(program, pair.planId, "No");
    suggest(program);
    decide(program, pair.row, ENDED);
    suggest(program);
    expectRematched(program, pair);
  });
});
