/**
 * What both intake actions start from: the roster read, the Matches tab read, and the pairs of
 * plans made outside the Matches tab (inserted one at a time), which hold their mentors' places
 * and are never suggested again. Those plans are read through the program feed; plans the
 * Matches tab already lists are not read at all (their pair is in their row).
 */
import type { ExistingPlan } from "../../domain/intake/bulk-creation";
import type { MatchRow } from "../../domain/intake/match-row";
import { readMatches } from "../../domain/intake/matches-read";
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
): IntakeRead {
  const roster = readRoster(rosterValues);
  if (!roster.ok) return roster;
  const reading = readMatches(matches.values, matches.formulas);
  if (!reading.ok) return reading;
  const listed = new Set(reading.rows.map((r) => r.planId).filter((id) => id !== ""));
  const outside = tabs.plans.filter((t) => !listed.has(t.planId));
  const plans: ExistingPlan[] =
    outside.length === 0
      ? []
      : readProgram(workbook, {
          tabs: { plans: outside, copies: tabs.copies, addon: tabs.addon },
        }).summaries.map((s) => ({
          planId: s.planId,
          menteeEmail: s.menteeEmail.toLowerCase(),
          mentorEmail: s.mentorEmail.toLowerCase(),
        }));
  const others: PairRecord[] = plans.map((p) => ({
    menteeEmail: p.menteeEmail,
    mentorEmail: p.mentorEmail,
    active: true,
  }));
  return { ok: true, roster, rows: reading.rows, outside: plans, others };
}
