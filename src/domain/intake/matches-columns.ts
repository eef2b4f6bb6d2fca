/**
 * The Matches tab's columns and the coordinator's decisions. One home: the tab's layout, its
 * dropdowns and the reader (matches-read.ts) use these lists.
 */
import type { TableColumn } from "./table-header";

/**
 * A pair that is over and whose mentee goes back among the unmatched, keeping the row as history
 * (rematch.ts): the coordinator sets it, or "Suggest matches" does for a plan closed early.
 */
export const ENDED = "Ended — re-match";

/** What the coordinator decides for a suggestion, and ENDED for a pair that is over. */
export const DECISIONS = ["Suggested", "Accept", "Reject", "Swap", ENDED] as const;
export type Decision = (typeof DECISIONS)[number];

export type MatchesKey =
  | "mentee"
  | "menteeEmail"
  | "mentor"
  | "mentorEmail"
  | "score"
  | "reasons"
  | "alternatives"
  | "decision"
  | "swapTo"
  | "plan"
  | "note"
  | "planId";

export const MATCHES_COLUMNS: readonly (TableColumn<MatchesKey> & { width: number })[] = [
  { key: "mentee", header: "Mentee", width: 140 },
  { key: "menteeEmail", header: "Mentee email", width: 180 },
  { key: "mentor", header: "Suggested mentor", aliases: ["Mentor"], width: 140 },
  { key: "mentorEmail", header: "Mentor email", width: 180 },
  { key: "score", header: "Score", width: 60 },
  { key: "reasons", header: "Why", aliases: ["Reasons"], width: 320 },
  { key: "alternatives", header: "Alternatives", width: 320 },
  { key: "decision", header: "Decision", aliases: ["Status"], width: 100 },
  { key: "swapTo", header: "Swap to", width: 200 },
  { key: "plan", header: "Plan", aliases: ["Plan tab"], width: 160 },
  { key: "note", header: "Note", width: 260 },
  { key: "planId", header: "Plan id", width: 120 },
];

export const MATCHES_HEADERS: readonly string[] = MATCHES_COLUMNS.map((c) => c.header);

/** 0-based column of a key in the tab the add-on writes. */
export const matchesColumn = (key: MatchesKey): number =>
  MATCHES_COLUMNS.findIndex((c) => c.key === key);
