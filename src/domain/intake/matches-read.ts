/**
 * Reading the Matches tab back: its rows found by header (a coordinator may sort the tab or add
 * columns of their own), each decision forgiven its case and common synonyms. Nothing throws.
 */

import { hyperlinkLabel } from "../dashboard/listing";
import { matchWord } from "../sheet/label-match";
import { type MatchRow, parseAlternatives } from "./match-row";
import {
  DECISIONS,
  type Decision,
  ENDED,
  MATCHES_COLUMNS,
  type MatchesKey,
} from "./matches-columns";
import { cellString, columnText, findTableHeader } from "./table-header";

const DECISION_WORDS: Record<string, Decision> = {
  "": "Suggested",
  pending: "Suggested",
  accepted: "Accept",
  approve: "Accept",
  approved: "Accept",
  yes: "Accept",
  ok: "Accept",
  rejected: "Reject",
  decline: "Reject",
  declined: "Reject",
  no: "Reject",
  swapped: "Swap",
  ended: ENDED,
  "re-match": ENDED,
  rematch: ENDED,
  "re-matched": ENDED,
  "ended - rematch": ENDED,
};

export function readDecision(text: string): Decision | null {
  const t = text.trim();
  return matchWord(t, DECISIONS) ?? DECISION_WORDS[t.toLowerCase()] ?? null;
}

export type MatchesReading =
  | {
      ok: true;
      rows: MatchRow[];
      /** 0-based columns of the tab's known headers (empty for an empty tab). */
      columns: Partial<Record<MatchesKey, number>>;
    }
  | { ok: false; message: string };

/**
 * @param values the tab's getValues()
 * @param formulas its getFormulas(), so a plan's link is kept when the tab is rewritten
 */
export function readMatches(
  values: readonly (readonly unknown[])[],
  formulas?: readonly (readonly string[])[],
): MatchesReading {
  if (values.length === 0) return { ok: true, rows: [], columns: {} };
  const header = findTableHeader(values, MATCHES_COLUMNS, "menteeEmail", 3);
  if (!header) {
    return {
      ok: false,
      message:
        "The Matches tab has lost its header row (Mentee email, Decision…): nothing was read.",
    };
  }
  const rows: MatchRow[] = [];
  for (let r = header.headerRow + 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    const text = (key: MatchesKey) => columnText(cells, header, key);
    const menteeEmail = text("menteeEmail").toLowerCase();
    if (menteeEmail === "") continue;
    const planColumn = header.index.plan;
    const formula = planColumn === undefined ? "" : (formulas?.[r]?.[planColumn] ?? "");
    const scoreText = text("score");
    rows.push({
      row: r + 1,
      menteeName: text("mentee"),
      menteeEmail,
      mentorName: text("mentor"),
      mentorEmail: text("mentorEmail").toLowerCase(),
      score: /^\d+(\.\d+)?$/.test(scoreText) ? Math.round(Number(scoreText)) : null,
      reasons: text("reasons"),
      alternatives: parseAlternatives(
        header.index.alternatives === undefined
          ? ""
          : String(cells[header.index.alternatives] ?? ""),
      ),
      decision: readDecision(text("decision")),
      swapTo: text("swapTo"),
      plan: hyperlinkLabel(formula) !== undefined ? formula : text("plan"),
      note: text("note"),
      planId: text("planId"),
    });
  }
  return { ok: true, rows, columns: header.index };
}

/** The label a Plan cell shows: a link's label, or its text. */
export function planLabel(plan: string): string {
  return hyperlinkLabel(plan) ?? cellString(plan);
}
