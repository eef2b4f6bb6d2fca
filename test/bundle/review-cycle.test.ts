/**
 * Issue 5, "Done when": through the built bundle in the vm, a program is created with insertPlan,
 * reviews are scheduled with saveSettings, and the emulator's clock advances eight weeks (the
 * weekly trigger firing on its own) while the pairs work in their tabs. Every reviewer gets
 * exactly one digest per period — four periods — with their own pairs and the right content.
 *
 * The expected figures follow docs/design.md "Definitions" for the tabs typed below (two goals of two
 * actions each, so completion moves in steps of 25 points; cadence weekly, so a pair is stalled
 * after 14 days without a check-in, or with none 21 days after its start on 5 January).
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  ACTIONS,
  GOALS,
  type Pair,
  pairBlock,
  ReviewProgram,
  SPREADSHEET_URL,
  subjectPeriod,
  WEEK,
} from "./review-fixture";

const PERIODS = ["12–25 Jan 2026", "26 Jan – 8 Feb 2026", "9–22 Feb 2026", "23 Feb – 8 Mar 2026"];
const PERIOD_CELLS = [
  "2026-01-12 to 2026-01-25",
  "2026-01-26 to 2026-02-08",
  "2026-02-09 to 2026-02-22",
  "2026-02-23 to 2026-03-08",
];
const XSS_NAME = `<script>alert(1)</script> & "quotes"`;
const REVIEWERS = ["rita@example.com", "sam@example.com", "tom@example.com", "hr@example.com"];

let p: ReviewProgram;
let ann: Pair;
let bea: Pair;
let xss: Pair;
let dee: Pair;

beforeAll(() => {
  p = new ReviewProgram(); // Tuesday 6 January 2026
  ann = p.insert({ mentee: "Ann", mentor: "Mo", reviewer: "rita@example.com" });
  bea = p.insert({ mentee: "Bea", mentor: "Max", reviewer: "rita@example.com" });
  xss = p.insert({ mentee: XSS_NAME, mentor: "Nia", reviewer: "sam@example.com" });
  dee = p.insert({ mentee: "Dee", mentor: "Oz", reviewer: "Tom@Example.com" });
  p.scheduleReviews(); // Mondays at 9, hr@example.com as program reviewer

  // What the pairs do in each week before the next Monday's run (Bea does almost nothing).
  const weeks: Array<() => void> = [
    () => {
      p.setAction(ann.sheetName, ACTIONS.observe, "Done", "2026-01-08");
      p.logCheckIn(ann.sheetName, "2026-01-08", "Observed the first meeting");
      p.replaceNextStep(ann.sheetName, "Pick the course with Mo", "Mentee", "2026-01-16");
      p.logCheckIn(dee.sheetName, "2026-01-09", "Kick-off");
      p.logCheckIn(xss.sheetName, "2026-01-07", "Kick-off");
      // The fit check falls due a week after the first check-in (Bea has not met yet).
      for (const pair of [ann, dee, xss]) p.answerFitCheck(pair.sheetName);
    },
    () => {
      p.setAction(ann.sheetName, ACTIONS.enrol, "Done", "2026-01-14");
      p.logCheckIn(ann.sheetName, "2026-01-15", "Enrolled");
      p.setAction(dee.sheetName, ACTIONS.observe, "Done", "2026-01-13");
      p.logCheckIn(dee.sheetName, "2026-01-16", "Observed a meeting");
      p.setAction(xss.sheetName, ACTIONS.observe, "Done", "2026-01-15");
    },
    () => {
      p.setAction(ann.sheetName, ACTIONS.agenda, "Done", "2026-01-22");
      p.setGoal(ann.sheetName, GOALS.planning, "Done");
      p.logCheckIn(ann.sheetName, "2026-01-22", "Ran a meeting");
      p.logCheckIn(dee.sheetName, "2026-01-23", "Agenda ideas");
      p.logCheckIn(xss.sheetName, "2026-01-21", "Agenda ideas");
    },
    () => {
      p.setAction(dee.sheetName, ACTIONS.enrol, "Done", "2026-01-28");
      p.setAction(dee.sheetName, ACTIONS.agenda, "Done", "2026-01-29");
      p.setGoal(dee.sheetName, GOALS.planning, "Done");
      p.logCheckIn(dee.sheetName, "2026-01-29", "Ran a meeting");
      p.logCheckIn(bea.sheetName, "2026-01-30", "First meeting at last");
    },
    () => {
      p.logCheckIn(ann.sheetName, "2026-02-05", "Course going well");
      p.setAction(xss.sheetName, ACTIONS.enrol, "Done", "2026-02-04");
    },
    () => {
      p.setAction(ann.sheetName, ACTIONS.takeaways, "Done", "2026-02-12");
      p.setGoal(ann.sheetName, GOALS.course, "Done");
      p.logCheckIn(dee.sheetName, "2026-02-12", "Course");
    },
    () => p.logCheckIn(dee.sheetName, "2026-02-19", "Course"),
    () => {},
  ];
  for (const week of weeks) {
    week();
    p.env.advanceTime(WEEK);
  }
});

describe("eight weeks of scheduled reviews through the bundle", () => {
  it("the one hourly scheduler ran without an error, and its review passes sent on Mondays at 9", () => {
    const runs = p.env.triggerRuns;
    expect(runs.every((r) => r.handler === "runScheduler")).toBe(true);
    expect(runs.filter((r) => r.error)).toEqual([]);
    // Every email left at a Monday 09:00 review pass (London is UTC in winter).
    const sendHours = new Set(p.env.outbox.map((m) => m.sentAt.toISOString().slice(0, 13)));
    expect(sendHours.size).toBeGreaterThanOrEqual(4);
    for (const hour of sendHours) {
      expect(new Date(`${hour}:00:00Z`).getUTCDay(), hour).toBe(1);
      expect(hour.endsWith("T09"), hour).toBe(true);
    }
    expect(p.schedulerTriggers()).toHaveLength(1);
  });

  it("each reviewer gets exactly four digests, one per period, and nobody else gets any", () => {
    for (const to of REVIEWERS) {
      expect(p.digestsTo(to).map((m) => subjectPeriod(m.subject))).toEqual(PERIODS);
    }
    expect(p.env.outbox).toHaveLength(16);
    const keys = p.env.outbox.map((m) => `${m.to} ${subjectPeriod(m.subject)}`);
    expect(new Set(keys).size).toBe(keys.length);
    // A reviewer typed in mixed case is one reviewer, written to in lower case.
    expect(p.env.outbox.some((m) => m.to === "Tom@Example.com")).toBe(false);
  });

  it("each reviewer sees only their own pairs; the program reviewer sees all", () => {
    const mentees = (to: string) =>
      p
        .digestsTo(to)
        .map((m) => ["Ann", "Bea", XSS_NAME, "Dee"].filter((n) => pairBlock(m.body, n).length > 0));
    expect(mentees("rita@example.com")).toEqual(Array(4).fill(["Ann", "Bea"]));
    expect(mentees("sam@example.com")).toEqual(Array(4).fill([XSS_NAME]));
    expect(mentees("tom@example.com")).toEqual(Array(4).fill(["Dee"]));
    expect(mentees("hr@example.com")).toEqual(Array(4).fill(["Ann", "Bea", XSS_NAME, "Dee"]));
    for (const m of p.digestsTo("sam@example.com")) {
      expect(m.body).not.toContain("Ann &");
      expect(m.htmlBody).not.toContain(`#gid=${ann.sheetId}`);
    }
  });

  it("completion and its change since the last review, goals done, last check-in", () => {
    const rita = p.digestsTo("rita@example.com").map((m) => pairBlock(m.body, "Ann"));
    expect(rita.map((b) => b[0])).toEqual([
      "Ann & Mo — On track — 25% done, 4% of the time gone",
      "Ann & Mo — On track — 75% done, 12% of the time gone",
      "Ann & Mo — On track — 75% done, 20% of the time gone",
      "Ann & Mo — Complete — 2 goals done",
    ]);
    expect(rita.map((b) => b.find((l) => l.includes("Completion:"))?.trim())).toEqual([
      "Completion: 25% (first review)",
      "Completion: 75% (completion +50 points since the last review)",
      "Completion: 75% (completion unchanged since the last review)",
      "Completion: 100% (completion +25 points since the last review)",
    ]);
    expect(rita.map((b) => b.find((l) => l.includes("Goals done:"))?.trim())).toEqual([
      "Goals done: 0 of 2",
      "Goals done: 1 of 2",
      "Goals done: 1 of 2",
      "Goals done: 2 of 2",
    ]);
    expect(rita.map((b) => b.find((l) => l.includes("Last check-in:"))?.trim())).toEqual([
      "Last check-in: 8 Jan 2026 (4 days ago)",
      "Last check-in: 22 Jan 2026 (4 days ago)",
      "Last check-in: 5 Feb 2026 (4 days ago)",
      "Last check-in: 5 Feb 2026 (18 days ago)",
    ]);
    const tom = p.digestsTo("tom@example.com").map((m) => pairBlock(m.body, "Dee"));
    expect(tom.map((b) => b.find((l) => l.includes("Completion:"))?.trim())).toEqual([
      "Completion: 0% (first review)",
      "Completion: 25% (completion +25 points since the last review)",
      "Completion: 75% (completion +50 points since the last review)",
      "Completion: 75% (completion unchanged since the last review)",
    ]);
  });

  it("overdue actions say what, who and how late; health follows the check-ins", () => {
    const bea4 = pairBlock(p.digestsTo("rita@example.com")[3]?.body ?? "", "Bea");
    expect(bea4[0]).toBe("Bea & Max — Stalled — no check-in for 24 days (weekly cadence)");
    expect(bea4.filter((l) => l.startsWith("    - ")).slice(0, 4)).toEqual([
      `    - ${ACTIONS.observe} (goal 1) — Mentee, 42 days late (due 12 Jan 2026)`,
      `    - ${ACTIONS.enrol} (goal 2) — Mentee, 35 days late (due 19 Jan 2026)`,
      `    - ${ACTIONS.agenda} (goal 1) — Mentee, 28 days late (due 26 Jan 2026)`,
      `    - ${ACTIONS.takeaways} (goal 2) — Both, 7 days late (due 16 Feb 2026)`,
    ]);
    expect(bea4).toContain("  Last check-in: 30 Jan 2026 (24 days ago)");
    const beaHealth = p.digestsTo("rita@example.com").map((m) => pairBlock(m.body, "Bea")[0]);
    // No check-in 21 days after the start; then one on 30 Jan (10 days before the third
    // review, with overdue actions); then 24 days without one. Each label says why.
    expect(beaHealth).toEqual([
      "Bea & Max — On track — 0% done, 4% of the time gone",
      "Bea & Max — Stalled — no check-in in the 21 days since the start",
      "Bea & Max — At risk — 1 overdue checkpoint, 3 overdue actions",
      "Bea & Max — Stalled — no check-in for 24 days (weekly cadence)",
    ]);
    expect(pairBlock(p.digestsTo("rita@example.com")[0]?.body ?? "", "Bea")).toContain(
      "  Last check-in: no check-in yet",
    );
  });

  it("pairs needing attention come first, in both bodies", () => {
    const second = p.digestsTo("hr@example.com")[1];
    const text = second?.body ?? "";
    const html = second?.htmlBody ?? "";
    expect(second?.subject).toBe(
      "Mentoring review · Leaders 2026 · 26 Jan – 8 Feb 2026 · 3 pairs need attention",
    );
    const order = (body: string, marks: string[]) => marks.map((m) => body.indexOf(m));
    const textOrder = order(text, [
      "Needs attention (3)",
      "Bea & Max — Stalled",
      "Dee & Oz — At risk",
      "Other pairs (1)",
      "Ann & Mo — On track",
    ]);
    expect(textOrder.every((i) => i >= 0)).toBe(true);
    expect([...textOrder].sort((a, b) => a - b)).toEqual(textOrder);
    const htmlOrder = order(html, [
      "Needs attention (3)",
      "Bea &amp; Max",
      "Other pairs (1)",
      "Ann &amp; Mo",
    ]);
    expect(htmlOrder.every((i) => i >= 0)).toBe(true);
    expect([...htmlOrder].sort((a, b) => a - b)).toEqual(htmlOrder);
  });

  it("next steps are the pair's open ones", () => {
    const annFirst = pairBlock(p.digestsTo("rita@example.com")[0]?.body ?? "", "Ann");
    expect(annFirst).toContain("    - Pick the course with Mo — Mentee by 16 Jan 2026");
    expect(annFirst.join("\n")).not.toContain("Hold the first check-in");
    expect(pairBlock(p.digestsTo("rita@example.com")[0]?.body ?? "", "Bea")).toContain(
      "    - Hold the first check-in: agree the goals, how often to meet and how to log progress — Both by 12 Jan 2026",
    );
  });

  it("links go to the spreadsheet and to each pair's plan tab", () => {
    const m = p.digestsTo("rita@example.com")[0];
    expect(m?.htmlBody).toContain(`<a href="${SPREADSHEET_URL}" `);
    expect(m?.htmlBody).toContain(`<a href="${SPREADSHEET_URL}#gid=${ann.sheetId}" `);
    expect(m?.htmlBody).toContain(`<a href="${SPREADSHEET_URL}#gid=${bea.sheetId}" `);
    expect(m?.body).toContain(`Program spreadsheet: ${SPREADSHEET_URL}`);
    expect(pairBlock(m?.body ?? "", "Ann")).toContain(
      `  Plan: ${SPREADSHEET_URL}#gid=${ann.sheetId}`,
    );
  });

  it("every value from the sheet is HTML-escaped; the plain-text body carries the same content", () => {
    for (const m of [...p.digestsTo("sam@example.com"), ...p.digestsTo("hr@example.com")]) {
      const html = m.htmlBody ?? "";
      expect(html).toContain(
        "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &amp; Nia",
      );
      expect(html).not.toMatch(/<script|<img|\ssrc=|<link|javascript:/i);
      expect(m.body).toContain(`${XSS_NAME} & Nia — `);
      // Text is not HTML: the name is shown as typed, and no markup comes with it.
      expect(m.body.replaceAll(XSS_NAME, "")).not.toMatch(/<[a-z/!]|&(amp|lt|quot);/i);
    }
    const sam2 = pairBlock(p.digestsTo("sam@example.com")[1]?.body ?? "", XSS_NAME);
    expect(sam2).toEqual([
      `${XSS_NAME} & Nia — At risk — 1 overdue action`,
      "  Move into management",
      "  Completion: 25% (completion +25 points since the last review)",
      "  Goals done: 0 of 2",
      "  Overdue actions:",
      `    - ${ACTIONS.enrol} (goal 2) — Mentee, 7 days late (due 19 Jan 2026)`,
      "  Last check-in: 21 Jan 2026 (5 days ago)",
      "  Next steps:",
      "    - Hold the first check-in: agree the goals, how often to meet and how to log progress — Both by 12 Jan 2026 (late)",
      `  Plan: ${SPREADSHEET_URL}#gid=${xss.sheetId}`,
    ]);
  });

  it("the Review log holds one sent row per reviewer and period, with what each showed", () => {
    const log = p.reviewLog();
    expect(log.map((r) => `${r.Period} ${r.Recipient} ${r.Status}`).sort()).toEqual(
      PERIOD_CELLS.flatMap((period) => REVIEWERS.map((to) => `${period} ${to} sent`)).sort(),
    );
    const rita = log.filter((r) => r.Recipient === "rita@example.com");
    expect(rita.map((r) => r.Completion)).toEqual([
      `${ann.planId}=25; ${bea.planId}=0`,
      `${ann.planId}=75; ${bea.planId}=0`,
      `${ann.planId}=75; ${bea.planId}=0`,
      `${ann.planId}=100; ${bea.planId}=0`,
    ]);
    expect(rita.map((r) => r["Plan ids"])).toEqual(Array(4).fill(`${ann.planId}, ${bea.planId}`));
    expect(rita.map((r) => r.Pairs)).toEqual([2, 2, 2, 2]);
  });

  it("the sidebar shows the schedule, the last review and when the next is due", () => {
    const state = p.sidebar();
    expect(state.schedule).toEqual({
      installed: true,
      installedByMe: true,
      installedBy: "coordinator@example.org",
      // Now is Tuesday 3 March: the period of 23 Feb has been sent, the next starts 9 March.
      nextReviewDue: "2026-03-09T09:00:00.000Z",
      running: true,
    });
    expect(state.lastReview).toEqual({
      ranAt: "2026-02-23T09:00:00.000Z",
      period: "2026-02-23 to 2026-03-08",
      sent: 4,
      deferred: 0,
      failed: 0,
    });
    expect(state.remainingDailyMailQuota).toBe(100);
  });
});
