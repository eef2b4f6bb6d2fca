/**
 * Intake driven through the built bundle: a program whose coordinator made the Roster and
 * pasted a generated roster of 60 people (three bad rows) into it, and plain readers of the
 * Matches tab and of the plan tabs (found by their plan id metadata, as the add-on finds them).
 */
import { expect } from "vitest";
import { type GeneratedRoster, generateRoster } from "../../scripts/bench/roster-generator";
import { MATCHES_HEADERS } from "../../src/domain/intake/matches-columns";
import { openProgram, type Program } from "./program-fixture";

export const col = (header: string) => MATCHES_HEADERS.indexOf(header);
/** The Matches tab's column letter of a header (the add-on's own column order). */
export const letter = (header: string) => String.fromCharCode(65 + col(header));

export interface MatchLine {
  row: number;
  mentee: string;
  mentor: string;
  score: unknown;
  why: string;
  alternatives: string;
  decision: string;
  plan: string;
  note: string;
  planId: string;
}

export function matchLines(program: Program): MatchLine[] {
  const values = program.env.inspect.sheetValues("Matches");
  const formulas = program.env.inspect.formulas("Matches");
  return values.slice(1).map((v, i) => ({
    row: i + 2,
    mentee: String(v[col("Mentee email")]),
    mentor: String(v[col("Mentor email")]),
    score: v[col("Score")],
    why: String(v[col("Why")]),
    alternatives: String(v[col("Alternatives")]),
    decision: String(v[col("Decision")]),
    plan: formulas[i + 1]?.[col("Plan")] || String(v[col("Plan")]),
    note: String(v[col("Note")]),
    planId: String(v[col("Plan id")]),
  }));
}

/** Plan tabs by their plan id metadata. */
export function planTabs(program: Program): { planId: string; sheet: string }[] {
  const { inspect } = program.env;
  const out: { planId: string; sheet: string }[] = [];
  for (const name of inspect.sheetNames()) {
    const id = inspect.metadata(name).find((m) => m.key === "mentoringActionPlan.planId");
    if (id) out.push({ planId: String(id.value), sheet: name });
  }
  return out;
}

/** Sets a Matches row's Decision as the coordinator does, by hand. */
export function decide(program: Program, row: number, decision: string): void {
  program.env.userEdit("Matches", `${letter("Decision")}${row}`, decision);
}

/** Accepts every suggestion that has a mentor; returns how many. */
export function acceptAll(program: Program): number {
  const lines = matchLines(program).filter((l) => l.mentor !== "" && l.decision === "Suggested");
  for (const l of lines) decide(program, l.row, "Accept");
  return lines.length;
}

/** A program whose coordinator made the Roster and pasted 60 people (three bad rows) into it. */
export function rosterProgram(): { program: Program; roster: GeneratedRoster } {
  const program = openProgram();
  const roster = generateRoster({ people: 60, badRows: 3 });
  const opened = program.bundle.call<{ ok: boolean; message: string }>("openRosterTab");
  expect(opened).toMatchObject({ ok: true, message: expect.stringContaining('"Roster"') });
  // The coordinator pastes their HR export over the add-on's headers.
  program.env.userEdit("Roster", "A1", roster.values);
  return { program, roster };
}

/** Each plan takes `ms` from now on (the emulated clock moves when a plan's tab is inserted). */
export function slowPlans(program: Program, ms: number): () => void {
  return program.env.faults.on("Spreadsheet.insertSheet", () => program.env.clock.advance(ms));
}

/**
 * Clicks Create plans and lets the execution die at the Matches tab's second write of the first
 * batch (the links): ten plans made, only their claims in the ledger.
 */
export function createPlansDyingAtLinks(program: Program): void {
  let writes = 0;
  const off = program.env.faults.on("Range.setValues", (call) => {
    if (call.sheetName === "Matches" && ++writes === 2) {
      throw new Error("Service Spreadsheets failed");
    }
  });
  try {
    expect(() => program.bundle.call("createPlansForMatches")).toThrow(
      /Service Spreadsheets failed/,
    );
  } finally {
    off();
  }
}
