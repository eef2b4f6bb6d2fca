/**
 * What a reviewer's digest says: every pair they review, the pairs needing attention (stalled
 * or at risk) first, with the wording both bodies share. digest-html.ts and digest-text.ts only
 * lay this view out, so the two bodies always agree.
 */
import { type DayKey, dayKey } from "../calendar";
import type { PlanSummary } from "../plan-summary";
import type { Health } from "../vocabulary";
import { dayLabel, periodLabel, type ReviewPeriod } from "./period";

export type CompletionChange =
  /** The reviewer's first digest: nothing to compare with. */
  | { kind: "first" }
  /** The pair was not in the reviewer's last digest. */
  | { kind: "new" }
  | { kind: "delta"; points: number };

export interface DigestPairView {
  planId: string;
  menteeName: string;
  mentorName: string;
  focusArea: string;
  health: Health;
  needsAttention: boolean;
  completionPct: number;
  change: CompletionChange;
  goalsDone: number;
  goalsActive: number;
  overdue: {
    text: string;
    owner: string;
    goalNumber: number | null;
    daysLate: number;
    due: string;
  }[];
  lastCheckIn: { date: string; daysAgo: number | null } | null;
  nextSteps: { step: string; owner: string; byWhen: string | null }[];
  /** Link to the plan's tab; null when the tab is gone or the spreadsheet URL is unusable. */
  planUrl: string | null;
  problems: number;
}

export interface DigestView {
  programName: string;
  reviewerEmail: string;
  periodLabel: string;
  asOf: string;
  spreadsheetUrl: string;
  subject: string;
  attention: DigestPairView[];
  others: DigestPairView[];
}

export interface DigestInput {
  programName: string;
  reviewerEmail: string;
  period: ReviewPeriod;
  pairs: readonly PlanSummary[];
  /** Completion per plan id in this reviewer's last sent digest (ledger.previousCompletion). */
  previousCompletion: ReadonlyMap<string, number>;
  spreadsheetUrl: string;
  timeZone: string;
  today: DayKey;
}

const ATTENTION_ORDER: Record<Health, number> = {
  Stalled: 0,
  "At risk": 1,
  "On track": 2,
  Complete: 3,
};

export function needsAttention(health: Health): boolean {
  return health === "Stalled" || health === "At risk";
}

/** The spreadsheet URL without a fragment, then `#gid=<sheetId>`: a link to one tab. */
export function planTabUrl(spreadsheetUrl: string, sheetId: number | null): string | null {
  if (sheetId === null || !Number.isInteger(sheetId)) return null;
  const base = spreadsheetUrl.trim().replace(/#.*$/, "");
  if (!/^https?:\/\//i.test(base)) return null;
  return `${base}#gid=${sheetId}`;
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** Completion as a share in 0..1 (a missing or odd value counts as 0). */
export const share = (c: number) => (Number.isFinite(c) ? Math.min(1, Math.max(0, c)) : 0);

export function digestSubject(
  programName: string,
  period: ReviewPeriod,
  attention: number,
  total: number,
): string {
  const tail =
    total === 0
      ? "no pairs"
      : attention === 0
        ? "no pair needs attention"
        : attention === 1
          ? "1 pair needs attention"
          : `${attention} pairs need attention`;
  return oneLine(`Mentoring review · ${programName} · ${periodLabel(period)} · ${tail}`);
}

export function changeText(change: CompletionChange): string {
  if (change.kind === "first") return "first review";
  if (change.kind === "new") return "new since the last review";
  if (change.points === 0) return "no change since the last review";
  const sign = change.points > 0 ? "+" : "−";
  return `${sign}${Math.abs(change.points)} pts since the last review`;
}

export function daysText(days: number): string {
  return days === 1 ? "1 day" : `${days} days`;
}

function pairView(
  s: PlanSummary,
  previous: ReadonlyMap<string, number>,
  spreadsheetUrl: string,
  timeZone: string,
): DigestPairView {
  const completion = share(s.completion);
  const before = previous.get(s.planId);
  const change: CompletionChange =
    previous.size === 0
      ? { kind: "first" }
      : before === undefined
        ? { kind: "new" }
        : { kind: "delta", points: Math.round(completion * 100) - Math.round(before * 100) };
  const label = (d: Date | null) => (d ? dayLabel(dayKey(d, timeZone)) : null);
  return {
    planId: s.planId,
    menteeName: s.menteeName,
    mentorName: s.mentorName,
    focusArea: s.focusArea,
    health: s.health,
    needsAttention: needsAttention(s.health),
    completionPct: Math.round(completion * 100),
    change,
    goalsDone: s.goalsDone,
    goalsActive: s.goalsActive,
    overdue: [...s.overdueActions]
      .sort((a, b) => b.daysLate - a.daysLate)
      .map((a) => ({
        text: a.text,
        owner: a.owner ?? "no owner",
        goalNumber: a.goalNumber,
        daysLate: a.daysLate,
        due: label(a.dueDate) ?? "",
      })),
    lastCheckIn: s.lastCheckIn
      ? { date: label(s.lastCheckIn) ?? "", daysAgo: s.daysSinceCheckIn }
      : null,
    nextSteps: s.nextSteps.map((n) => ({ step: n.step, owner: n.owner, byWhen: label(n.byWhen) })),
    planUrl: planTabUrl(spreadsheetUrl, s.sheetId),
    problems: s.problems.length,
  };
}

function byAttentionThenName(a: DigestPairView, b: DigestPairView): number {
  return (
    ATTENTION_ORDER[a.health] - ATTENTION_ORDER[b.health] ||
    a.menteeName.localeCompare(b.menteeName) ||
    a.planId.localeCompare(b.planId)
  );
}

export function digestView(input: DigestInput): DigestView {
  const pairs = input.pairs
    .map((s) => pairView(s, input.previousCompletion, input.spreadsheetUrl, input.timeZone))
    .sort(byAttentionThenName);
  const attention = pairs.filter((p) => p.needsAttention);
  return {
    programName: input.programName,
    reviewerEmail: input.reviewerEmail,
    periodLabel: periodLabel(input.period),
    asOf: dayLabel(input.today),
    spreadsheetUrl: input.spreadsheetUrl,
    subject: digestSubject(input.programName, input.period, attention.length, pairs.length),
    attention,
    others: pairs.filter((p) => !p.needsAttention),
  };
}
