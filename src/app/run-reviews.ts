/**
 * Review emails: the scheduled run, "Send reviews now" and the sidebar's preview.
 *
 * A run holds the document lock (two overlapping runs cannot both send), reads the settings,
 * the Review log and the program once, and lets the domain decide (planReviewRun). It then
 * writes, in one batch, the problem rows, the rows of what the quota defers, and one "queued"
 * row (status deferred) for every email it is about to send; then, per email: mark its row
 * "sending" and commit, send, mark it "sent" (or "failed" with the reason). So whatever point a
 * run dies at, the log tells the next run what to do: a row still "deferred" was never sent and
 * goes first next run; a row still "sending" may have gone and is never resent (ledger.ts).
 * A bad tab or a pair without a valid reviewer is logged as a problem and never stops the
 * other reviewers' emails.
 */

import { type DashboardListing, readDashboardPlanIds } from "../domain/dashboard/listing";
import { buildDigest } from "../domain/review/digest";
import {
  type LedgerEntry,
  laterPeriod,
  newestPeriodKey,
  previousCompletion,
  UNKNOWN_OUTCOME_REASON,
} from "../domain/review/ledger";
import { nudgeEntry, planNudges } from "../domain/review/nudge";
import {
  currentPeriod,
  periodFromKey,
  periodLabel,
  periodOfDay,
  shiftPeriod,
} from "../domain/review/period";
import { previewNotes } from "../domain/review/preview-note";
import { planReviewRun, reviewEntry, reviewerProblemEntries } from "../domain/review/review-run";
import { reviewRunScope } from "../domain/review/review-schedule";
import { normalizeEmail, pairsByReviewer } from "../domain/review/reviewers";
import { dayKey } from "../domain/sheet/calendar";
import type { ReviewPreview, ReviewRunResult } from "../domain/sidebar-contract/replies";
import { email as emailSchema } from "../domain/sidebar-contract/schemas";
import { readDashboard, readListedReviewers } from "../gas/dashboard-tab";
import { BusyError, withDocumentLock } from "../gas/document-lock";
import { type OutgoingEmail, remainingDailyMailQuota, sendEmail } from "../gas/mailer";
import { showNotice } from "../gas/notice";
import { findProgramTabs, type ProgramTabs } from "../gas/plan-tabs";
import { loadSettings } from "../gas/settings-store";
import { openWorkbook, type Workbook } from "../gas/workbook";
import { asCoordinator } from "./coordinator-guard";
import { type ProgramRead, readProgram } from "./read-program";
import { openReviewLedger, type ReviewLedger, readReviewLedger } from "./review-ledger";

/** A queued row's reason: it only stays if the run stopped before reaching the email. */
export const QUEUED_REASON =
  "queued — if this row stays, the run stopped before sending this email: the next run sends it";

/**
 * The trigger runs unattended, so it waits longer for a coordinator's insert or refresh to
 * finish than "Send reviews now" does (a person is waiting there).
 */
const LOCK_WAIT_MS = { scheduled: 120_000, manual: 10_000 } as const;

const errorMessage = (error: unknown) =>
  String((error as Error)?.message ?? error).slice(0, 500) || "unknown error";

interface Outgoing {
  entry: LedgerEntry;
  email: OutgoingEmail;
}

/**
 * Past this much of the 6-minute execution limit a run sends nothing more: emails not reached
 * stay queued (logged "deferred") and the next run sends them first, so a run is never cut off
 * mid-send by Apps Script.
 */
const SEND_DEADLINE_MS = 5 * 60_000;

/**
 * Sends queued emails whose rows start at `firstRow`. The "sending" mark is committed before
 * each email goes out; if the "sent" mark after it never lands, the row stays "sending".
 */
function sendQueued(
  ledger: ReviewLedger,
  firstRow: number | null,
  items: readonly Outgoing[],
  startedAt: number,
) {
  let sent = 0;
  let failed = 0;
  items.forEach((item, i) => {
    if (Date.now() - startedAt > SEND_DEADLINE_MS) return;
    const row = firstRow === null ? null : firstRow + i;
    const mark = (status: LedgerEntry["status"], reason = "") =>
      ledger.update(row, { ...item.entry, status, reason, time: new Date() });
    mark("sending");
    ledger.commit();
    try {
      sendEmail(item.email);
    } catch (error) {
      mark("failed", errorMessage(error));
      // A failure is retried next run: stored now, so a run that dies later cannot lose it.
      ledger.commit();
      failed += 1;
      return;
    }
    mark("sent");
    sent += 1;
  });
  return { sent, failed };
}

export const UNREAD_PLAN_REASON =
  "plan tab not read in time (execution time limit): left out of this period's digests";

/**
 * Plans the digests leave out, as problem rows: those listed on the Dashboard whose tab is gone,
 * and those the run had no time to read. The recipient stays empty: the reviewer's own digest
 * for the period must still go.
 */
function missingPlanProblems(program: ProgramRead, listed: readonly DashboardListing[]) {
  const deleted = listed
    .filter((l) => !program.planIds.has(l.planId))
    .map((l) => {
      const reviewer = l.lastKnown.reviewerEmail ? ` (reviewer ${l.lastKnown.reviewerEmail})` : "";
      const tab = l.sheetName ? `"${l.sheetName}" ` : "";
      return { planId: l.planId, message: `plan tab ${tab}was deleted${reviewer}`, value: "" };
    });
  const unread = program.unread.map((t) => ({
    planId: t.planId,
    message: UNREAD_PLAN_REASON,
    value: "",
  }));
  return [...deleted, ...unread];
}

function runMessage(
  result: ReviewRunResult,
  nudges: number,
  alreadySent: number,
  reviewers: number,
): string {
  if (result.sent + result.deferred + result.failed + nudges === 0) {
    if (alreadySent > 0 && alreadySent === reviewers) {
      const who =
        alreadySent === 1
          ? "the reviewer already has"
          : `all ${alreadySent} reviewers already have`;
      return `Nothing to send: ${who} the review of ${periodLabel(periodOfDay(result.period))}.`;
    }
    return "No review emails were due.";
  }
  const reminders = nudges > 0 ? `, ${nudges} reminder${nudges === 1 ? "" : "s"} to pairs` : "";
  return `Review emails: ${result.sent} sent, ${result.deferred} deferred to the next run, ${result.failed} failed (retried next run)${reminders}.`;
}

/** The run's message, followed by what was repaired on the way (also written in the log). */
function withNotes(message: string, book: ReviewLedger): string {
  return [message, ...book.notes].join(" ");
}

/**
 * "Send reviews now": for coordinators only; anyone else is told why and nothing is sent. The
 * check runs under the run's lock, on the properties read there: one read serves the check and
 * the run, and a coordinator removed meanwhile cannot send.
 */
export function sendReviewsNow(): ReviewRunResult {
  return runReviews("manual", openWorkbook(), "send review emails");
}

/**
 * A review run, under the document lock.
 * @param workbook the execution's (the scheduler hands its own, so nothing it read is read twice)
 * @param coordinatorsOnly the action a non-coordinator is refused, checked under the lock
 */
export function runReviews(
  trigger: "scheduled" | "manual",
  workbook: Workbook = openWorkbook(),
  coordinatorsOnly?: string,
): ReviewRunResult {
  const startedAt = Date.now();
  const refused = (message: string): ReviewRunResult => ({
    period: "",
    sent: 0,
    deferred: 0,
    failed: 0,
    skipped: 0,
    message,
  });
  let result: ReviewRunResult;
  try {
    result = withDocumentLock(() => {
      // Read under the lock: a run that waited sees what the other execution saved.
      workbook.rereadProperties();
      const run = () => runLocked(workbook, trigger, startedAt);
      return coordinatorsOnly ? asCoordinator(coordinatorsOnly, refused, run, workbook) : run();
    }, LOCK_WAIT_MS[trigger]);
  } catch (error) {
    if (!(error instanceof BusyError)) throw error;
    result = refused(error.message);
  }
  // "Send reviews now" from the menu has no sidebar to show the outcome: say it in the sheet.
  if (trigger === "manual") showNotice(workbook.spreadsheet, result.message);
  return result;
}

function runLocked(
  workbook: Workbook,
  trigger: "scheduled" | "manual",
  startedAt: number,
): ReviewRunResult {
  const settings = loadSettings(workbook.properties());
  const timeZone = workbook.timeZone();
  const now = new Date();
  // One metadata search finds the plan tabs, the Review log and the Dashboard alike.
  const tabs = findProgramTabs(workbook.spreadsheet);
  const book = openReviewLedger(workbook, tabs.addon, now);
  const ledger = book.entries;
  const scope = reviewRunScope(now, settings, ledger, timeZone, trigger);
  // Never an older period than the newest one started (clock or time zone moved back).
  const nudgePeriod = laterPeriod(currentPeriod(now, timeZone).key, newestPeriodKey(ledger));
  const period = scope.periodKey ?? nudgePeriod;
  const result: ReviewRunResult = {
    period,
    sent: 0,
    deferred: 0,
    failed: 0,
    skipped: 0,
    message: "",
  };
  if (scope.periodKey === null && !scope.retryOutstanding) {
    book.finish();
    return { ...result, message: withNotes("Review emails are off: nothing was sent.", book) };
  }
  // The Dashboard's last word checks feed rows whose tab does not show its plan id, and names
  // the plans whose tab is gone.
  const listed = readDashboardPlanIds(readDashboard(workbook.spreadsheet, tabs.addon).values);
  const program = readProgram(workbook, {
    tabs,
    lastKnown: new Map(listed.map((l) => [l.planId, l.lastKnown])),
  });
  const { reviewers, problems } = pairsByReviewer(program.summaries, settings.programReviewers);
  const planWith = (remainingQuota: number) =>
    planReviewRun({ period: scope.periodKey, reviewers, ledger, remainingQuota });
  // With no digest due and no reminders, nothing goes out: the quota is not read (a call).
  const ifQuotaAllows = planWith(Number.MAX_SAFE_INTEGER);
  const due = ifQuotaAllows.toSend.length > 0;
  const quota = due || settings.nudgesEnabled ? remainingDailyMailQuota() : 0;
  const runPlan = due ? planWith(quota) : ifQuotaAllows;
  const at = { now, run: now };

  const digests: Outgoing[] = [];
  for (const item of runPlan.toSend) {
    const itemPeriod = periodFromKey(item.periodKey);
    if (!itemPeriod) continue;
    const digest = buildDigest({
      programName: settings.programName,
      reviewerEmail: item.reviewerEmail,
      period: itemPeriod,
      pairs: reviewers.get(item.reviewerEmail) ?? [],
      previousCompletion: previousCompletion(ledger, item.reviewerEmail, item.periodKey),
      spreadsheetUrl: workbook.url(),
      timeZone,
      today: program.today,
    });
    digests.push({
      entry: reviewEntry(item, "deferred", at, QUEUED_REASON, digest.completion),
      email: {
        to: item.reviewerEmail,
        subject: digest.subject,
        text: digest.text,
        html: digest.html,
        name: settings.programName,
      },
    });
  }
  // Nudges share what the digests leave of the quota (the digests go first).
  const nudgePlan = settings.nudgesEnabled
    ? planNudges({
        periodKey: nudgePeriod,
        summaries: program.summaries,
        ledger,
        remainingQuota: quota - digests.length,
        programName: settings.programName,
        spreadsheetUrl: workbook.url(),
      })
    : { toSend: [], toDefer: [] };
  const nudges: Outgoing[] = nudgePlan.toSend.map((n) => ({
    entry: nudgeEntry(n, nudgePeriod, "deferred", at, QUEUED_REASON),
    email: {
      to: n.recipients.join(","),
      subject: n.subject,
      text: n.text,
      html: n.html,
      name: settings.programName,
    },
  }));

  for (const e of runPlan.unknownOutcome) {
    if (e.row) book.update(e.row, { ...e, reason: UNKNOWN_OUTCOME_REASON });
  }
  const problemRows = scope.periodKey
    ? reviewerProblemEntries(
        [...problems, ...missingPlanProblems(program, listed)],
        scope.periodKey,
        ledger,
        now,
        now,
      )
    : [];
  const heldRows: LedgerEntry[] = [
    ...problemRows,
    ...runPlan.toDefer.map((d) => reviewEntry(d, "deferred", at, d.reason)),
    ...runPlan.toSkip.map((s) => reviewEntry(s, "skipped", at, s.reason)),
    ...nudgePlan.toDefer.map((n) => nudgeEntry(n, nudgePeriod, "deferred", at, n.reason)),
  ];
  const queued = [...digests, ...nudges];
  const first = book.append([...heldRows, ...queued.map((q) => q.entry)]);
  const rowOf = (offset: number) => (first === null ? null : first + offset);
  const sentDigests = sendQueued(book, rowOf(heldRows.length), digests, startedAt);
  const sentNudges = sendQueued(book, rowOf(heldRows.length + digests.length), nudges, startedAt);
  book.finish();

  result.sent = sentDigests.sent;
  result.failed = sentDigests.failed;
  // Digests not reached before the deadline stay queued: deferred to the next run.
  const unreached = digests.length - sentDigests.sent - sentDigests.failed;
  result.deferred = runPlan.toDefer.length + unreached;
  result.skipped = runPlan.toSkip.length;
  result.message = withNotes(
    runMessage(result, sentNudges.sent, runPlan.alreadySent.length, reviewers.size),
    book,
  );
  return result;
}

/**
 * What a preview reads: the plans the Dashboard lists for this reviewer (its Reviewer column,
 * as of the last refresh or insert) and any it does not list yet, each from its own tab, so a
 * preview costs the same at any program size (docs/performance.md "Preview"). A program
 * reviewer sees every pair: all plans. The digest itself still groups by what the tabs say.
 */
function previewScope(
  workbook: Workbook,
  tabs: ProgramTabs,
  who: string,
  programReviewers: readonly string[],
): Parameters<typeof readProgram>[1] {
  if (programReviewers.some((r) => normalizeEmail(r) === who)) return { tabs };
  const listed = readListedReviewers(workbook.spreadsheet, tabs.addon);
  // Without a Dashboard there is nothing to scope by: read the program.
  if (listed.size === 0) return { tabs };
  const mine = [...listed].filter(([, reviewer]) => normalizeEmail(reviewer) === who);
  // Plans the Dashboard does not list yet have no known reviewer: read them too.
  const unlisted = tabs.plans.filter((t) => !listed.has(t.planId)).map((t) => t.planId);
  return { tabs, only: new Set([...mine.map(([planId]) => planId), ...unlisted]) };
}

/**
 * The next digest a reviewer would receive, as it would read now, without sending or logging
 * anything: the current period's, or the next period's when this reviewer already has the
 * current one (so "change since the last review" is measured from the digest they last got).
 */
export function previewDigest(reviewerEmail: unknown): ReviewPreview {
  const parsed = emailSchema("Reviewer email").safeParse(reviewerEmail);
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "Invalid email.");
  const who = normalizeEmail(parsed.data);
  const workbook = openWorkbook();
  // One read of the document's properties serves the settings and the record of what was sent.
  const settings = loadSettings(workbook.properties());
  // One metadata search finds the plan tabs, the Dashboard and the Review log.
  const tabs = findProgramTabs(workbook.spreadsheet);
  const program = readProgram(
    workbook,
    previewScope(workbook, tabs, who, settings.programReviewers),
  );
  const { reviewers } = pairsByReviewer(program.summaries, settings.programReviewers);
  const pairs = reviewers.get(who) ?? [];
  const ledger = readReviewLedger(workbook, tabs.addon);
  const current = currentPeriod(program.now, program.timeZone);
  const hasCurrent = ledger.some(
    (e) =>
      e.kind === "review" &&
      e.recipient === who &&
      e.periodKey === current.key &&
      (e.status === "sent" || e.status === "sending"),
  );
  const period = hasCurrent ? shiftPeriod(current, 1) : current;
  const digest = buildDigest({
    programName: settings.programName,
    reviewerEmail: who,
    period,
    pairs,
    previousCompletion: previousCompletion(ledger, who, period.key),
    spreadsheetUrl: workbook.url(),
    timeZone: program.timeZone,
    today: dayKey(program.now, program.timeZone),
  });
  const notes = previewNotes({
    period,
    reviewerEmail: who,
    pairs: pairs.length,
    now: program.now,
    settings,
    timeZone: program.timeZone,
  });
  return {
    reviewerEmail: who,
    subject: digest.subject,
    html: digest.html,
    pairs: pairs.length,
    periodNote: notes.period,
    noPairsNote: notes.noPairs,
  };
}
