/**
 * What a reviewer's digest says: every pair they review, the pairs needing attention (stalled
 * or at risk) first, with the wording both bodies share. digest-html.ts and digest-text.ts only
 * lay this view out, so the two bodies always agree.
 */

import { REMATCH_HINT } from "../outcomes/feedback";
import type { Duty } from "../outcomes/plan-checkpoints";
import { healthWithReason } from "../plan/health-reason";
import type { PlanSummary } from "../plan/plan-summary";
import type { Health } from "../plan/vocabulary";
import { type DayKey, dayKey } from "../sheet/calendar";
import { SHOWN_NAME_MAX_LENGTH, shortenAtWord } from "../sheet/shorten-at-word";
import { dayLabel, periodLabel, type ReviewPeriod } from "./period";

type CompletionChange =
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
  /** Why, in a few words (plan/health-reason.ts); "" when there is nothing to add. */
  healthReason: string;
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
  /** `late`: the step's date has passed and it is not done. */
  nextSteps: { step: string; owner: string; byWhen: string | null; late: boolean }[];
  /** Link to the plan's tab; null when the tab is gone or the spreadsheet URL is unusable. */
  planUrl: string | null;
  problems: number;
  /** Checkpoints due or overdue and who still owes what for them (active plans only). */
  checkpoints: { name: string; due: string; overdue: boolean; waitingFor: string }[];
  /** A latest fit answer of No: the reviewer is asked to consider re-matching. */
  rematch: string[];
}

type PairDetail = "full" | "compact";

export interface DigestSection {
  title: string;
  /** Pairs in the group, listed or not. */
  count: number;
  /** Full cards, or one table row per pair (long digests). */
  detail: PairDetail;
  pairs: DigestPairView[];
}

export interface DigestView {
  programName: string;
  reviewerEmail: string;
  periodLabel: string;
  asOf: string;
  spreadsheetUrl: string;
  subject: string;
  total: number;
  needingAttention: number;
  /** "Needs attention" first, then the other pairs; empty sections left out. */
  sections: DigestSection[];
  /** Pairs left out to keep the email within mail size limits (see digest.ts). */
  omitted: { pairs: number; needingAttention: number };
}

/** How much of the digest to show in full: buildDigest shrinks it until the email fits. */
export interface DigestLayout {
  attention: PairDetail;
  others: PairDetail;
  /** At most this many pairs are listed, attention first. */
  maxListed: number;
}

export const FULL_LAYOUT: DigestLayout = {
  attention: "full",
  others: "full",
  maxListed: Number.POSITIVE_INFINITY,
};

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
  Paused: 4,
  Closed: 5,
};

function needsAttention(health: Health): boolean {
  return health === "Stalled" || health === "At risk";
}

/** The spreadsheet URL without a fragment, then `#gid=<sheetId>`: a link to one tab. */
/** "Mentee: feedback; Mentor: feedback": who owes what for a checkpoint. */
export function dutiesText(duties: readonly Duty[]): string {
  const what = {
    feedback: "feedback",
    evaluation: "end-of-plan evaluation",
    milestone: "milestone",
  };
  return duties.map((d) => `${d.respondent}: ${what[d.what]}`).join("; ");
}

/** A link straight to a row of the plan's tab (`#gid=…&range=A57`), or to the tab without one. */
export function planRowUrl(
  spreadsheetUrl: string,
  sheetId: number | null,
  row: number | null,
): string | null {
  const tab = planTabUrl(spreadsheetUrl, sheetId);
  return tab && row !== null && Number.isInteger(row) && row > 0 ? `${tab}&range=A${row}` : tab;
}

export function planTabUrl(spreadsheetUrl: string, sheetId: number | null): string | null {
  if (sheetId === null || !Number.isInteger(sheetId)) return null;
  const base = spreadsheetUrl.trim().replace(/#.*$/, "");
  if (!/^https?:\/\//i.test(base)) return null;
  return `${base}#gid=${sheetId}`;
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** Cell texts are free-form; an email shows at most this much of each. */
const MAX_TEXT = 200;
const clip = (s: string, max = MAX_TEXT) => shortenAtWord(s ?? "", max);

/** Completion as a share in 0..1 (a missing or odd value counts as 0). */
export const share = (c: number) => (Number.isFinite(c) ? Math.min(1, Math.max(0, c)) : 0);

function digestSubject(
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

/** How completion moved since the reviewer's last digest, said of what it measures. */
export function changeText(change: CompletionChange): string {
  if (change.kind === "first") return "first review";
  if (change.kind === "new") return "pair added since the last review";
  if (change.points === 0) return "completion unchanged since the last review";
  const sign = change.points > 0 ? "+" : "−";
  return `completion ${sign}${Math.abs(change.points)} points since the last review`;
}

/** A pair's card lists this many overdue actions; the rest are counted. */
export const OVERDUE_SHOWN = 5;

/** "and 6 more — see the plan", or null when every overdue action is listed. */
export function moreOverdueText(p: Pick<DigestPairView, "overdue">): string | null {
  const more = p.overdue.length - OVERDUE_SHOWN;
  return more > 0 ? `and ${more} more — see the plan` : null;
}

/** What a reviewer should know when part of a plan's tab could not be read. */
export function problemsNote(problems: number): string {
  const what = problems === 1 ? "One entry" : `${problems} entries`;
  return `${what} in this plan's tab could not be read, so the figures above may leave ${problems === 1 ? "it" : "them"} out. The coordinator sees what to fix in the Dashboard's Problems column.`;
}

export const healthText = (p: Pick<DigestPairView, "health" | "healthReason">): string =>
  healthWithReason(p.health, p.healthReason);

export function daysText(days: number): string {
  return days === 1 ? "1 day" : `${days} days`;
}

function pairView(
  s: PlanSummary,
  previous: ReadonlyMap<string, number>,
  spreadsheetUrl: string,
  timeZone: string,
  today: DayKey,
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
    menteeName: clip(s.menteeName, SHOWN_NAME_MAX_LENGTH),
    mentorName: clip(s.mentorName, SHOWN_NAME_MAX_LENGTH),
    focusArea: clip(s.focusArea),
    health: s.health,
    healthReason: clip(s.healthReason ?? ""),
    needsAttention: needsAttention(s.health),
    completionPct: Math.round(completion * 100),
    change,
    goalsDone: s.goalsDone,
    goalsActive: s.goalsActive,
    overdue: [...s.overdueActions]
      .sort((a, b) => b.daysLate - a.daysLate)
      .map((a) => ({
        text: clip(a.text),
        owner: a.owner ?? "no owner",
        goalNumber: a.goalNumber,
        daysLate: a.daysLate,
        due: label(a.dueDate) ?? "",
      })),
    lastCheckIn: s.lastCheckIn
      ? { date: label(s.lastCheckIn) ?? "", daysAgo: s.daysSinceCheckIn }
      : null,
    nextSteps: s.nextSteps.map((n) => ({
      step: clip(n.step),
      owner: clip(n.owner, SHOWN_NAME_MAX_LENGTH),
      byWhen: label(n.byWhen),
      late: n.byWhen !== null && dayKey(n.byWhen, timeZone) < today,
    })),
    planUrl: planTabUrl(spreadsheetUrl, s.sheetId),
    problems: s.problems.length,
    checkpoints: s.outcomes.dueCheckpoints.map((c) => ({
      name: clip(c.name, SHOWN_NAME_MAX_LENGTH),
      due: c.due ? dayLabel(c.due) : "",
      overdue: c.state === "Overdue",
      waitingFor: dutiesText(c.waitingFor),
    })),
    rematch: s.outcomes.problems
      .filter((x) => x.message.includes(REMATCH_HINT))
      .map((x) => x.message),
  };
}

function byAttentionThenName(a: DigestPairView, b: DigestPairView): number {
  return (
    ATTENTION_ORDER[a.health] - ATTENTION_ORDER[b.health] ||
    a.menteeName.localeCompare(b.menteeName, undefined, { numeric: true }) ||
    a.planId.localeCompare(b.planId)
  );
}

/** Every pair of the digest, needing attention first (stalled, then at risk), then by name. */
export function digestPairs(input: DigestInput): DigestPairView[] {
  return input.pairs
    .map((s) =>
      pairView(s, input.previousCompletion, input.spreadsheetUrl, input.timeZone, input.today),
    )
    .sort(byAttentionThenName);
}

export function digestView(
  input: DigestInput,
  layout: DigestLayout = FULL_LAYOUT,
  pairs: DigestPairView[] = digestPairs(input),
): DigestView {
  const attention = pairs.filter((p) => p.needsAttention);
  const others = pairs.filter((p) => !p.needsAttention);
  const listedAttention = attention.slice(0, Math.max(0, layout.maxListed));
  const listedOthers = others.slice(0, Math.max(0, layout.maxListed - listedAttention.length));
  const sections: DigestSection[] = [];
  if (attention.length > 0) {
    sections.push({
      title: "Needs attention",
      count: attention.length,
      detail: layout.attention,
      pairs: listedAttention,
    });
  }
  if (others.length > 0) {
    sections.push({
      title: attention.length > 0 ? "Other pairs" : "Pairs",
      count: others.length,
      detail: layout.others,
      pairs: listedOthers,
    });
  }
  return {
    programName: input.programName,
    reviewerEmail: input.reviewerEmail,
    periodLabel: periodLabel(input.period),
    asOf: dayLabel(input.today),
    spreadsheetUrl: input.spreadsheetUrl,
    subject: digestSubject(input.programName, input.period, attention.length, pairs.length),
    total: pairs.length,
    needingAttention: attention.length,
    sections,
    omitted: {
      pairs: pairs.length - listedAttention.length - listedOthers.length,
      needingAttention: attention.length - listedAttention.length,
    },
  };
}

/** "3 more pairs (1 needing attention) are not listed here, to keep this email short." */
export function omittedText(view: DigestView): string | null {
  const { pairs, needingAttention } = view.omitted;
  if (pairs === 0) return null;
  const which = needingAttention > 0 ? ` (${needingAttention} needing attention)` : "";
  const are = pairs === 1 ? "1 more pair" : `${pairs} more pairs`;
  return `${are}${which} ${pairs === 1 ? "is" : "are"} not listed here, to keep this email within mail size limits: see the Dashboard in the spreadsheet.`;
}

/** One line for a pair in the compact layout (also the text body's compact row). */
export function compactFacts(p: DigestPairView): string[] {
  return [
    `${p.completionPct}% complete`,
    changeText(p.change),
    p.overdue.length === 0 ? "no overdue actions" : `${p.overdue.length} overdue`,
    p.lastCheckIn === null
      ? "no check-in yet"
      : p.lastCheckIn.daysAgo === null
        ? `last check-in ${p.lastCheckIn.date}`
        : `last check-in ${daysText(p.lastCheckIn.daysAgo)} ago`,
  ];
}
