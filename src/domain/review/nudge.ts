/**
 * Nudges (optional, off by default): a short plain email to a pair that is stalled or has
 * overdue actions. At most one per pair per review period, by the same ledger rules as the
 * digests (kind "nudge"; sent or "sending" is never repeated), and only after the digests have
 * had their share of the mail quota.
 */
import { isLive } from "../outcomes/lifecycle";
import type { PlanSummary } from "../plan/plan-summary";
import { escapeHtml, safeHref } from "../sheet/html-escape";
import { daysText, dutiesText, planRowUrl, planTabUrl } from "./digest-view";
import { type LedgerEntry, QUOTA_REASON } from "./ledger";
import { dayLabel } from "./period";
import { MAX_FAILED_ATTEMPTS } from "./review-run";
import { isValidEmail, normalizeEmail } from "./reviewers";

interface Nudge {
  planId: string;
  /** Mentee and mentor, lower-case, valid addresses only. */
  recipients: string[];
  subject: string;
  text: string;
  /** The same short text as simple HTML (escaped, the plan link clickable). */
  html: string;
}

/** Only an active plan is nudged; a checkpoint due or overdue is a reason on its own. */
export function needsNudge(summary: PlanSummary): boolean {
  if (!isLive(summary.outcomes.lifecycle)) return false;
  if (summary.outcomes.dueCheckpoints.length > 0) return true;
  return behind(summary);
}

/** Stalled, or with overdue actions (and not complete). */
function behind(summary: PlanSummary): boolean {
  if (summary.health === "Complete") return false;
  return summary.health === "Stalled" || summary.overdueActions.length > 0;
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** Lines ending in one of `links` show that link as a clickable label. */
function nudgeHtml(lines: string[], links: readonly { url: string; label: string }[]): string {
  const body = lines
    .map((line) => {
      const link = links.find((l) => line.endsWith(l.url));
      if (link) {
        const label = escapeHtml(line.slice(0, -link.url.length));
        return `${label}<a href="${safeHref(link.url)}" style="color:#1a73e8;">${escapeHtml(link.label)}</a>`;
      }
      return escapeHtml(line).replace(/^( +)/, (sp) => "&nbsp;".repeat(sp.length));
    })
    .join("<br>\n");
  return `<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#202124;">${body}</div>`;
}

/** The nudge for a pair, or null when neither mentee nor mentor has a valid email. */
export function buildNudge(
  summary: PlanSummary,
  programName: string,
  spreadsheetUrl: string,
): Nudge | null {
  const due = summary.outcomes.dueCheckpoints;
  // The right people: both when the plan is behind, else only whoever owes a checkpoint answer.
  const owing = new Set(due.flatMap((c) => c.waitingFor.map((d) => d.respondent)));
  const everyone = behind(summary) || owing.size === 0;
  const recipients = [
    ...new Set(
      [
        everyone || owing.has("Mentee") ? summary.menteeEmail : "",
        everyone || owing.has("Mentor") ? summary.mentorEmail : "",
      ].map((e) => normalizeEmail(e ?? "")),
    ),
  ].filter(isValidEmail);
  if (recipients.length === 0) return null;
  const names = [summary.menteeName, summary.mentorName].filter((n) => n.trim() !== "");
  const lines = [`Hi ${names.length > 0 ? names.join(" and ") : "there"},`, ""];
  lines.push(
    `A short reminder from ${programName}: your mentoring plan${summary.focusArea ? ` (${summary.focusArea})` : ""} needs a little attention.`,
    "",
  );
  if (summary.health === "Stalled") {
    lines.push(
      summary.daysSinceCheckIn === null
        ? "- No check-in has been logged yet."
        : `- No check-in for ${daysText(summary.daysSinceCheckIn)}.`,
    );
  }
  const overdue = [...summary.overdueActions].sort((a, b) => b.daysLate - a.daysLate);
  if (overdue.length > 0) {
    lines.push(
      `- ${overdue.length === 1 ? "1 action is" : `${overdue.length} actions are`} overdue:`,
    );
    for (const a of overdue.slice(0, 5)) {
      lines.push(`    ${a.text} (${a.owner ?? "no owner"}, ${daysText(a.daysLate)} late)`);
    }
    if (overdue.length > 5) lines.push(`    … and ${overdue.length - 5} more`);
  }
  const links: { url: string; label: string }[] = [];
  for (const c of due) {
    const when = c.due
      ? ` (${c.state === "Overdue" ? "overdue since" : "due"} ${dayLabel(c.due)})`
      : "";
    lines.push(`- Checkpoint ${c.name}${when}:`);
    for (const d of c.waitingFor) {
      const rowUrl = planRowUrl(spreadsheetUrl, summary.sheetId, d.row);
      const where = d.row === null ? "" : `, row ${d.row}`;
      lines.push(`    ${dutiesText([d])}${where}${rowUrl ? `: ${rowUrl}` : ""}`);
      if (rowUrl && !links.some((l) => l.url === rowUrl)) {
        links.push({ url: rowUrl, label: d.row === null ? "Open the plan" : `Open row ${d.row}` });
      }
    }
  }
  lines.push(
    "",
    behind(summary)
      ? "Could you plan your next check-in and bring the plan up to date?"
      : "Could you fill in the checkpoint in your plan?",
  );
  const url = planTabUrl(spreadsheetUrl, summary.sheetId);
  if (url) {
    lines.push(`Your plan: ${url}`);
    links.push({ url, label: "Open the plan" });
  }
  lines.push("", "You receive this at most once every two weeks while the plan needs attention.");
  return {
    planId: summary.planId,
    recipients,
    subject: oneLine(`Mentoring plan reminder · ${programName}`),
    text: lines.join("\n"),
    html: nudgeHtml(lines, links),
  };
}

interface NudgePlan {
  toSend: Nudge[];
  toDefer: (Nudge & { reason: string })[];
  /** Plan ids whose nudge for the period is sent or possibly sent. */
  alreadySent: string[];
}

/**
 * Which pairs to nudge in this period. Deferred or failed nudges are not carried over: each run
 * in the period re-checks the pair, so a pair that has caught up is not nudged late.
 */
export function planNudges(input: {
  periodKey: string;
  summaries: readonly PlanSummary[];
  ledger: readonly LedgerEntry[];
  remainingQuota: number;
  programName: string;
  spreadsheetUrl: string;
}): NudgePlan {
  const closed = new Set<string>();
  const failures = new Map<string, number>();
  for (const e of input.ledger) {
    if (e.kind !== "nudge" || e.periodKey !== input.periodKey) continue;
    for (const id of e.planIds) {
      if (e.status === "sent" || e.status === "sending" || e.status === "skipped") closed.add(id);
      if (e.status === "failed") failures.set(id, (failures.get(id) ?? 0) + 1);
    }
  }
  let quota = Number.isFinite(input.remainingQuota) ? Math.max(0, input.remainingQuota) : 0;
  const plan: NudgePlan = { toSend: [], toDefer: [], alreadySent: [] };
  for (const s of input.summaries) {
    if (!needsNudge(s)) continue;
    if (closed.has(s.planId)) {
      plan.alreadySent.push(s.planId);
      continue;
    }
    if ((failures.get(s.planId) ?? 0) >= MAX_FAILED_ATTEMPTS) continue;
    const nudge = buildNudge(s, input.programName, input.spreadsheetUrl);
    if (!nudge) continue;
    // MailApp's quota counts recipients, not emails.
    if (quota >= nudge.recipients.length) {
      quota -= nudge.recipients.length;
      plan.toSend.push(nudge);
    } else {
      plan.toDefer.push({ ...nudge, reason: QUOTA_REASON });
    }
  }
  return plan;
}

/** A log row for a nudge ("sending", "sent", "failed" or "deferred"). */
export function nudgeEntry(
  nudge: Nudge,
  periodKey: string,
  status: LedgerEntry["status"],
  at: { now: Date; run: Date },
  reason = "",
): LedgerEntry {
  return {
    row: null,
    time: at.now,
    kind: "nudge",
    periodKey,
    recipient: nudge.recipients.join(", "),
    planIds: [nudge.planId],
    status,
    reason,
    completion: new Map(),
    run: at.run,
  };
}
