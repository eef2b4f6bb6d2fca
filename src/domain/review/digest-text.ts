/** The digest's plain-text body: the same content as the HTML, for clients that show text. */
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

function pairText(p: DigestPairView): string {
  const lines = [
    `${p.menteeName} & ${p.mentorName} — ${healthText(p)}`,
    ...(p.focusArea ? [`  ${p.focusArea}`] : []),
    `  Completion: ${p.completionPct}% (${changeText(p.change)})`,
    `  Goals done: ${p.goalsDone} of ${p.goalsActive}`,
  ];
  if (p.overdue.length === 0) lines.push("  Overdue actions: none");
  else {
    lines.push("  Overdue actions:");
    for (const a of p.overdue.slice(0, OVERDUE_SHOWN)) {
      const goal = a.goalNumber === null ? "" : ` (goal ${a.goalNumber})`;
      lines.push(
        `    - ${a.text}${goal} — ${a.owner}, ${daysText(a.daysLate)} late (due ${a.due})`,
      );
    }
    const more = moreOverdueText(p);
    if (more) lines.push(`    ${more}`);
  }
  lines.push(
    p.lastCheckIn === null
      ? "  Last check-in: no check-in yet"
      : `  Last check-in: ${p.lastCheckIn.date}${p.lastCheckIn.daysAgo === null ? "" : ` (${daysText(p.lastCheckIn.daysAgo)} ago)`}`,
  );
  if (p.nextSteps.length === 0) lines.push("  Next steps: none");
  else {
    lines.push("  Next steps:");
    for (const s of p.nextSteps) {
      lines.push(
        `    - ${s.step}${s.owner ? ` — ${s.owner}` : ""}${s.byWhen ? ` by ${s.byWhen}` : ""}${s.late ? " (late)" : ""}`,
      );
    }
  }
  if (p.checkpoints.length > 0) {
    lines.push("  Checkpoints due:");
    for (const c of p.checkpoints) {
      const state = c.overdue ? "overdue" : "due";
      lines.push(`    - ${c.name} (${state} ${c.due}) — waiting for ${c.waitingFor}`);
    }
  }
  for (const r of p.rematch) lines.push(`  Fit: ${r}`);
  if (p.problems > 0) lines.push(`  Note: ${problemsNote(p.problems)}`);
  if (p.planUrl) lines.push(`  Plan: ${p.planUrl}`);
  return lines.join("\n");
}

function compactText(p: DigestPairView): string {
  const url = p.planUrl ? ` — ${p.planUrl}` : "";
  return `- ${p.menteeName} & ${p.mentorName} — ${healthText(p)} — ${compactFacts(p).join(", ")}${url}`;
}

function section(s: DigestSection): string[] {
  const heading = `${s.title} (${s.count})`;
  const body =
    s.detail === "full"
      ? s.pairs.map((p) => `${pairText(p)}\n`)
      : [...s.pairs.map(compactText), ""];
  return [heading, "=".repeat(heading.length), "", ...body];
}

export function renderDigestText(view: DigestView): string {
  const omitted = omittedText(view);
  return [
    `Mentoring review — ${view.programName}`,
    `${view.periodLabel} · as of ${view.asOf} · ${view.total} ${view.total === 1 ? "pair" : "pairs"}`,
    view.needingAttention === 0
      ? "No pair needs attention."
      : `${view.needingAttention} of ${view.total} pairs need attention.`,
    `Program spreadsheet: ${view.spreadsheetUrl}`,
    "",
    ...view.sections.flatMap(section),
    ...(omitted === null ? [] : [omitted, ""]),
    `You receive this review every two weeks as a reviewer in ${view.programName} (${view.reviewerEmail}). It covers only the pairs you review.`,
    "",
  ].join("\n");
}
