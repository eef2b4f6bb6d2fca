/**
 * Review emails: the scheduled run, "Send reviews now" and the sidebar's preview.
 *
 * A run holds the document lock (two overlapping runs cannot both send), reads the program and
 * the Review log once, lets the domain decide (planReviewRun), then for each email: append a
 * "sending" row and commit it, send, mark the row "sent" or "failed". What does not fit the
 * day's quota is logged "deferred" and goes first next run. A bad tab or a pair without a valid
 * reviewer is logged as a problem and never stops the other reviewers' emails.
 */
import { dayKey } from "../domain/calendar";
import { buildDigest } from "../domain/review/digest";
import {
  type LedgerEntry,
  parseReviewLog,
  previousCompletion,
  reviewLogRow,
  UNKNOWN_OUTCOME_REASON,
} from "../domain/review/ledger";
import { nudgeEntry, planNudges } from "../domain/review/nudge";
import { currentPeriod, periodFromKey } from "../domain/review/period";
import { planReviewRun, reviewEntry, reviewerProblemEntries } from "../domain/review/review-run";
import { normalizeEmail, pairsByReviewer } from "../domain/review/reviewers";
import { reviewRunScope } from "../domain/review/schedule";
import { email as emailSchema } from "../domain/schemas";
import type { ReviewPreview, ReviewRunResult } from "../domain/sidebar-state";
import { BusyError, withDocumentLock } from "../gas/document-lock";
import { remainingDailyMailQuota, sendEmail } from "../gas/mailer";
import { openReviewLog, type ReviewLogTab, readReviewLogValues } from "../gas/review-log-tab";
import { loadSettings } from "../gas/settings-store";
import { openWorkbook } from "../gas/workbook";
import { readProgram } from "./program-rollup";

const errorMessage = (error: unknown) =>
  String((error as Error)?.message ?? error).slice(0, 500) || "unknown error";

/** Sends one email under the ledger's rules: intent logged and committed first. */
function sendLogged(
  log: ReviewLogTab,
  entry: LedgerEntry,
  email: { to: string; subject: string; text: string; html: string; name: string },
): boolean {
  const row = log.append([reviewLogRow(entry)]);
  log.commit();
  try {
    sendEmail(email);
    log.update(row, reviewLogRow({ ...entry, status: "sent" }));
    return true;
  } catch (error) {
    log.update(row, reviewLogRow({ ...entry, status: "failed", reason: errorMessage(error) }));
    return false;
  }
}

export function runReviews(trigger: "scheduled" | "manual"): ReviewRunResult {
  const workbook = openWorkbook();
  const settings = loadSettings();
  try {
    return withDocumentLock(() => {
      const log = openReviewLog(workbook.spreadsheet);
      const timeZone = workbook.timeZone();
      const now = new Date();
      const ledger = parseReviewLog(log.values, timeZone);
      const scope = reviewRunScope(now, settings, ledger, timeZone, trigger);
      const period = scope.periodKey ?? currentPeriod(now, timeZone).key;
      const result: ReviewRunResult = {
        period,
        sent: 0,
        deferred: 0,
        failed: 0,
        skipped: 0,
        message: "",
      };
      if (scope.periodKey === null && !scope.retryOutstanding) {
        return { ...result, message: "Review emails are off: nothing was sent." };
      }
      const program = readProgram(workbook);
      const { reviewers, problems } = pairsByReviewer(program.summaries, settings.programReviewers);
      const runPlan = planReviewRun({
        period: scope.periodKey,
        reviewers,
        ledger,
        remainingQuota: remainingDailyMailQuota(),
      });
      const at = { now, run: now };
      for (const e of runPlan.unknownOutcome) {
        if (e.row) log.update(e.row, reviewLogRow({ ...e, reason: UNKNOWN_OUTCOME_REASON }));
      }
      log.append(
        [
          ...(scope.periodKey
            ? reviewerProblemEntries(problems, scope.periodKey, ledger, now, now)
            : []),
          ...runPlan.toDefer.map((d) => reviewEntry(d, "deferred", at, d.reason)),
          ...runPlan.toSkip.map((s) => reviewEntry(s, "skipped", at, s.reason)),
        ].map(reviewLogRow),
      );
      result.deferred = runPlan.toDefer.length;
      result.skipped = runPlan.toSkip.length;
      const spreadsheetUrl = workbook.url();
      for (const item of runPlan.toSend) {
        const itemPeriod = periodFromKey(item.periodKey);
        if (!itemPeriod) continue;
        const digest = buildDigest({
          programName: settings.programName,
          reviewerEmail: item.reviewerEmail,
          period: itemPeriod,
          pairs: reviewers.get(item.reviewerEmail) ?? [],
          previousCompletion: previousCompletion(ledger, item.reviewerEmail, item.periodKey),
          spreadsheetUrl,
          timeZone,
          today: program.today,
        });
        const entry = reviewEntry(item, "sending", at, "", digest.completion);
        const sent = sendLogged(log, entry, {
          to: item.reviewerEmail,
          subject: digest.subject,
          text: digest.text,
          html: digest.html,
          name: settings.programName,
        });
        if (sent) result.sent += 1;
        else result.failed += 1;
      }
      if (settings.nudgesEnabled) {
        const nudges = planNudges({
          periodKey: currentPeriod(now, timeZone).key,
          summaries: program.summaries,
          ledger,
          remainingQuota: remainingDailyMailQuota(),
          programName: settings.programName,
          spreadsheetUrl,
        });
        log.append(
          nudges.toDefer.map((n) => reviewLogRow(nudgeEntry(n, period, "deferred", at, n.reason))),
        );
        for (const n of nudges.toSend) {
          sendLogged(log, nudgeEntry(n, period, "sending", at), {
            to: n.recipients.join(","),
            subject: n.subject,
            text: n.text,
            html: n.html,
            name: settings.programName,
          });
        }
      }
      const nothing = result.sent + result.deferred + result.failed === 0;
      result.message = nothing
        ? "No review emails were due."
        : `Review emails: ${result.sent} sent, ${result.deferred} deferred to the next run, ${result.failed} failed (retried next run).`;
      return result;
    });
  } catch (error) {
    if (error instanceof BusyError) {
      return { period: "", sent: 0, deferred: 0, failed: 0, skipped: 0, message: error.message };
    }
    throw error;
  }
}

/** The digest a reviewer would receive for the current period, without sending anything. */
export function previewDigest(reviewerEmail: unknown): ReviewPreview {
  const parsed = emailSchema("Reviewer email").safeParse(reviewerEmail);
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "Invalid email.");
  const who = normalizeEmail(parsed.data);
  const workbook = openWorkbook();
  const settings = loadSettings();
  const program = readProgram(workbook);
  const { reviewers } = pairsByReviewer(program.summaries, settings.programReviewers);
  const pairs = reviewers.get(who) ?? [];
  const period = currentPeriod(program.now, program.timeZone);
  const ledger = parseReviewLog(readReviewLogValues(workbook.spreadsheet), program.timeZone);
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
  return { reviewerEmail: who, subject: digest.subject, html: digest.html, pairs: pairs.length };
}
