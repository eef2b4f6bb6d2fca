/**
 * The digest's HTML body, laid out for mail clients: nested tables, inline styles only, no
 * scripts, no images, no external resources. Every value from the sheet passes through
 * escapeHtml, and every link through safeHref.
 */

import type { Health } from "../plan/vocabulary";
import { escapeHtml, safeHref } from "../sheet/html-escape";
import {
  changeText,
  compactFacts,
  type DigestPairView,
  type DigestSection,
  type DigestView,
  daysText,
  healthText,
  moreOverdueText,
  OVERDUE_SHOWN,
  omittedText,
  problemsNote,
} from "./digest-view";

const FONT = "font-family:Arial,Helvetica,sans-serif;";
const MUTED = "color:#5f6368;";

const HEALTH_COLORS: Record<Health, { fg: string; bg: string }> = {
  Stalled: { fg: "#a50e0e", bg: "#fce8e6" },
  "At risk": { fg: "#8a4b00", bg: "#fef3e0" },
  "On track": { fg: "#137333", bg: "#e6f4ea" },
  Complete: { fg: "#174ea6", bg: "#e8f0fe" },
  Paused: { fg: "#5f6368", bg: "#f1f3f4" },
  Closed: { fg: "#5f6368", bg: "#f1f3f4" },
};

const e = escapeHtml;

function link(url: string | null, label: string): string {
  const href = url === null ? null : safeHref(url);
  return href === null
    ? e(label)
    : `<a href="${href}" style="color:#1a73e8;text-decoration:underline;">${e(label)}</a>`;
}

function badge(health: Health): string {
  const c = HEALTH_COLORS[health];
  return `<span style="${FONT}font-size:12px;font-weight:bold;color:${c.fg};background:${c.bg};padding:2px 8px;border-radius:10px;white-space:nowrap;">${e(health)}</span>`;
}

function row(label: string, valueHtml: string): string {
  return `<tr><td style="${FONT}${MUTED}font-size:13px;padding:4px 12px 4px 0;vertical-align:top;width:120px;">${e(label)}</td><td style="${FONT}font-size:13px;padding:4px 0;vertical-align:top;">${valueHtml}</td></tr>`;
}

function list(items: string[]): string {
  if (items.length === 0) return `<span style="${MUTED}">none</span>`;
  return items.map((i) => `<div style="padding:1px 0;">${i}</div>`).join("");
}

function pairHtml(p: DigestPairView): string {
  const title = `${p.menteeName} & ${p.mentorName}`;
  const overdue = p.overdue.slice(0, OVERDUE_SHOWN).map((a) => {
    const goal = a.goalNumber === null ? "" : ` (goal ${a.goalNumber})`;
    return `${e(a.text)}${e(goal)} — <strong>${e(a.owner)}</strong>, <span style="color:#a50e0e;">${e(daysText(a.daysLate))} late</span> <span style="${MUTED}">(due ${e(a.due)})</span>`;
  });
  const more = moreOverdueText(p);
  if (more) overdue.push(`<span style="${MUTED}">${e(more)}</span>`);
  const checkIn =
    p.lastCheckIn === null
      ? `<span style="color:#a50e0e;">no check-in yet</span>`
      : `${e(p.lastCheckIn.date)}${p.lastCheckIn.daysAgo === null ? "" : ` <span style="${MUTED}">(${e(daysText(p.lastCheckIn.daysAgo))} ago)</span>`}`;
  const steps = p.nextSteps.map(
    (s) =>
      `${e(s.step)}${s.owner ? ` — ${e(s.owner)}` : ""}${s.byWhen ? ` <span style="${MUTED}">by ${e(s.byWhen)}</span>` : ""}${s.late ? ` <span style="color:#a50e0e;">(late)</span>` : ""}`,
  );
  const rows = [
    ...(p.healthReason ? [row("Health", e(healthText(p)))] : []),
    row(
      "Completion",
      `<strong>${e(p.completionPct)}%</strong> <span style="${MUTED}">${e(changeText(p.change))}</span>`,
    ),
    row("Goals done", `${e(p.goalsDone)} of ${e(p.goalsActive)}`),
    row("Overdue actions", list(overdue)),
    row("Last check-in", checkIn),
    row("Next steps", list(steps)),
  ];
  if (p.checkpoints.length > 0) {
    const due = p.checkpoints.map(
      (c) =>
        `${e(c.name)} <span style="${c.overdue ? "color:#a50e0e;" : MUTED}">(${c.overdue ? "overdue" : "due"} ${e(c.due)})</span> — waiting for ${e(c.waitingFor)}`,
    );
    rows.push(row("Checkpoints due", list(due)));
  }
  for (const r of p.rematch) {
    rows.push(row("Fit", `<span style="color:#a50e0e;">${e(r)}</span>`));
  }
  if (p.problems > 0) {
    rows.push(row("Note", `<span style="color:#8a4b00;">${e(problemsNote(p.problems))}</span>`));
  }
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #dadce0;border-radius:6px;margin:0 0 12px 0;border-collapse:separate;">
<tr><td style="padding:12px 16px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td style="${FONT}font-size:15px;font-weight:bold;padding:0 0 2px 0;">${link(p.planUrl, title)}</td><td align="right" style="padding:0 0 2px 8px;">${badge(p.health)}</td></tr>
<tr><td colspan="2" style="${FONT}${MUTED}font-size:13px;padding:0 0 8px 0;">${e(p.focusArea)}</td></tr>
</table>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
${rows.join("\n")}
</table>
</td></tr>
</table>`;
}

function compactTable(pairs: DigestPairView[]): string {
  const th = (label: string) =>
    `<td style="${FONT}${MUTED}font-size:12px;padding:4px 6px;border-bottom:1px solid #dadce0;">${e(label)}</td>`;
  const td = `<td style="font-size:13px;padding:4px 6px;border-bottom:1px solid #f1f3f4;">`;
  const rows = pairs.map((p) => {
    const facts = compactFacts(p);
    return `<tr>${td}${link(p.planUrl, `${p.menteeName} & ${p.mentorName}`)}</td>${td}${e(healthText(p))}</td>${td}${facts.map(e).join(" · ")}</td></tr>`;
  });
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${FONT}border-collapse:collapse;">
<tr>${th("Pair")}${th("Health")}${th("Progress")}</tr>
${rows.join("\n")}
</table>`;
}

function section(s: DigestSection): string {
  const body = s.detail === "full" ? s.pairs.map(pairHtml).join("\n") : compactTable(s.pairs);
  return `<h2 style="${FONT}font-size:16px;margin:20px 0 8px 0;color:#202124;">${e(s.title)} (${e(s.count)})</h2>
${body}`;
}

export function renderDigestHtml(view: DigestView): string {
  const summary =
    view.needingAttention === 0
      ? "No pair needs attention."
      : `${view.needingAttention} of ${view.total} pairs need attention.`;
  const omitted = omittedText(view);
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${e(view.subject)}</title></head>
<body style="margin:0;padding:0;background:#f1f3f4;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f1f3f4;">
<tr><td align="center" style="padding:16px 8px;">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:640px;background:#ffffff;border-radius:8px;">
<tr><td style="padding:20px 24px;">
<div style="${FONT}${MUTED}font-size:12px;text-transform:uppercase;letter-spacing:0.5px;">Mentoring review</div>
<h1 style="${FONT}font-size:20px;margin:4px 0 4px 0;color:#202124;">${e(view.programName)}</h1>
<div style="${FONT}${MUTED}font-size:13px;">${e(view.periodLabel)} · as of ${e(view.asOf)} · ${e(view.total)} ${view.total === 1 ? "pair" : "pairs"}</div>
<p style="${FONT}font-size:14px;margin:12px 0 0 0;color:#202124;">${e(summary)} ${link(view.spreadsheetUrl, "Open the program spreadsheet")}</p>
${view.sections.map(section).join("\n")}
${omitted === null ? "" : `<p style="${FONT}font-size:13px;margin:16px 0 0 0;color:#8a4b00;">${e(omitted)}</p>`}
<p style="${FONT}${MUTED}font-size:12px;margin:20px 0 0 0;">You receive this review every two weeks as a reviewer in ${e(view.programName)} (${e(view.reviewerEmail)}). It covers only the pairs you review.</p>
</td></tr>
</table>
</td></tr>
</table>
</body></html>`;
}
