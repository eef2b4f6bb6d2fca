/**
 * What both intake actions start from: the roster read, the Matches tab read, and the pairs of
 * plans made outside the Matches tab (inserted one at a time), which hold their mentors' places
 * (until ended early) and are never suggested again. Plans are read through the program feed.
 * A plan run reads only those outside plans (the Matches tab has the others' pairs); "Suggest
 * matches" asks for `endings` and reads every plan, so a pair whose plan ended early, or whose
 * fit check said "No", is re-matched or flagged (rematch.ts).
 */
import type { ExistingPlan } from "../../domain/intake/bulk-creation";
import type { MatchRow } from "../../domain/intake/match-row";
import { readMatches } from "../../domain/intake/matches-read";
import { endPairs, planEndingOf } from "../../domain/intake/rematch";
import { readRoster } from "../../domain/intake/roster-read";
import type { PairRecord } from "../../domain/intake/suggest-matches";
import type { ProgramTabs } from "../../gas/plan-tabs";
import type { Workbook } from "../../gas/workbook";
import { readProgram } from "../read-program";

export type IntakeRead =
  | {
      ok: true;
      roster: Extract<ReturnType<typeof readRoster>, { ok: true }>;
      rows: MatchRow[];
      /** Plans made outside the Matches tab, with their pairs. */
      outside: ExistingPlan[];
      /** Their pairs, as matching counts them. */
      others: PairRecord[];
    }
  | { ok: false; message: string };

export function readIntake(
  workbook: Workbook,
  tabs: ProgramTabs,
  rosterValues: unknown[][],
  matches: { values: unknown[][]; formulas: string[][] },
  options: { endings?: boolean } = {},
): IntakeRead {
  const roster = readRoster(rosterValues);
  if (!roster.ok) return roster;
  const reading = readMatches(matches.values, matches.formulas);
  if (!reading.ok) return reading;
  const listed = new Set(reading.rows.map((r) => r.planId).filter((id) => id !== ""));
  const read = options.endings ? tabs.plans : tabs.plans.filter((t) => !listed.has(t.planId));
  const summaries =
    read.length === 0 ? [] : readProgram(workbook, { tabs: { ...tabs, plans: read } }).summaries;
  const outside = summaries.filter((s) => !listed.has(s.planId));
  const plans: ExistingPlan[] = outside.map((s) => ({
    planId: s.planId,
    menteeEmail: s.menteeEmail.toLowerCase(),
    mentorEmail: s.mentorEmail.toLowerCase(),
  }));
  // A plan inserted one at a time that ended early frees its mentor's place and its mentee.
  const others: PairRecord[] = outside.map((s, i) => ({
    menteeEmail: plans[i]?.menteeEmail ?? "",
    mentorEmail: plans[i]?.mentorEmail ?? "",
    active: !planEndingOf(s).endedEarly,
  }));
  const rows = options.endings
    ? endPairs(reading.rows, summaries.filter((s) => listed.has(s.planId)).map(planEndingOf))
    : reading.rows;
  return { ok: true, roster, rows, outside: plans, others };
}
