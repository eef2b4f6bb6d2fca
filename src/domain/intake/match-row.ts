/**
 * One row of the Matches tab, as the add-on writes it and reads it back: a suggestion, the
 * coordinator's decision, and (once made) the pair's plan. The tab is the ledger of intake:
 * a plan id is written into a row before its plan is made, and the plan's link after.
 */

import type { CellValue } from "../sheet/cell-value";
import { asLiteralText } from "../sheet/literal-text";
import { type Decision, MATCHES_COLUMNS, type MatchesKey } from "./matches-columns";
import { REASON_SEPARATOR, type Suggestion } from "./suggest-matches";

export interface MentorRef {
  name: string;
  email: string;
  score: number | null;
  /** True when the mentor had no place left once the round's suggestions were taken. */
  full?: boolean;
}

export interface MatchRow {
  /** 1-based row of the tab, null for a row not yet written. */
  row: number | null;
  menteeName: string;
  menteeEmail: string;
  mentorName: string;
  mentorEmail: string;
  score: number | null;
  reasons: string;
  alternatives: MentorRef[];
  /** null when the cell holds a word that is not a decision. */
  decision: Decision | null;
  /** The Swap to cell as written. */
  swapTo: string;
  /**
   * The Plan cell as it must be written back: its =HYPERLINK formula when it has one, else its
   * text ('' when the pair has no plan yet).
   */
  plan: string;
  note: string;
  planId: string;
}

/** A new row for a suggestion, decision "Suggested". */
export function suggestionRow(s: Suggestion): MatchRow {
  return {
    row: null,
    menteeName: s.mentee.name,
    menteeEmail: s.mentee.email,
    mentorName: s.choice?.mentor.name ?? "",
    mentorEmail: s.choice?.mentor.email ?? "",
    score: s.choice?.score ?? null,
    reasons: s.choice?.reasons ?? "",
    alternatives: s.alternatives.map((a) => ({
      name: a.mentor.name,
      email: a.mentor.email,
      score: a.score,
      ...(a.placesAfter > 0 ? {} : { full: true }),
    })),
    decision: "Suggested",
    swapTo: "",
    plan: "",
    note: s.note,
    planId: "",
  };
}

/** "Sam Lee <sam@example.com>": how a mentor is named in the Swap to dropdown. */
export const mentorLabel = (m: { name: string; email: string }): string => `${m.name} <${m.email}>`;

/** Said of an alternative with no place left: a swap to them needs a place freed first. */
export const FULL_MARK = "full: reject one of theirs first";

/** The Alternatives cell: each option with its score, one per line. */
export function alternativesText(alternatives: readonly MentorRef[]): string {
  return alternatives
    .map((a) => {
      const notes = [a.score === null ? "" : String(a.score), a.full ? FULL_MARK : ""].filter(
        Boolean,
      );
      return notes.length ? `${mentorLabel(a)} (${notes.join(", ")})` : mentorLabel(a);
    })
    .join("\n");
}

const ALTERNATIVE = /^(.*)<([^<>\s]+@[^<>\s]+)>\s*(?:\((\d+)?(?:,?\s*(full)[^)]*)?\))?$/;

/** The Alternatives cell read back (lines that do not name a mentor's email are left out). */
export function parseAlternatives(text: string): MentorRef[] {
  const out: MentorRef[] = [];
  for (const line of text.split(/\n/)) {
    const m = ALTERNATIVE.exec(line.trim());
    if (m) {
      out.push({
        name: (m[1] ?? "").trim(),
        email: (m[2] ?? "").toLowerCase(),
        score: m[3] === undefined ? null : Number(m[3]),
        ...(m[4] ? { full: true } : {}),
      });
    }
  }
  return out;
}

/** The row's cells in the order of MATCHES_COLUMNS. User text is kept literal (cell-text.ts). */
export function matchRowValues(r: MatchRow): CellValue[] {
  const cells: Record<MatchesKey, CellValue> = {
    mentee: asLiteralText(r.menteeName),
    menteeEmail: asLiteralText(r.menteeEmail),
    mentor: asLiteralText(r.mentorName),
    mentorEmail: asLiteralText(r.mentorEmail),
    score: r.score ?? "",
    reasons: asLiteralText(r.reasons),
    alternatives: asLiteralText(alternativesText(r.alternatives)),
    decision: r.decision ?? "",
    swapTo: asLiteralText(r.swapTo),
    plan: r.plan.startsWith("=") ? r.plan : asLiteralText(r.plan),
    note: asLiteralText(r.note),
    planId: r.planId,
  };
  return MATCHES_COLUMNS.map((c) => cells[c.key]);
}

export { REASON_SEPARATOR };
