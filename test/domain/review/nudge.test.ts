import { describe, expect, it } from "vitest";
import type { LedgerEntry } from "../../../src/domain/review/ledger";
import { QUOTA_REASON } from "../../../src/domain/review/ledger";
import { buildNudge, needsNudge, nudgeEntry, planNudges } from "../../../src/domain/review/nudge";
import { MAX_FAILED_ATTEMPTS } from "../../../src/domain/review/review-run";
import { settingsSchema } from "../../../src/domain/sidebar-contract/schemas";
import { day, SHEET_URL, summary } from "./fixtures";

const P1 = "2026-01-12";
const NOW = new Date("2026-01-12T08:10:00Z");
const AT = { now: NOW, run: NOW };

const stalled = summary({
  planId: "stalled",
  sheetId: 5,
  menteeName: "Zoe",
  mentorName: "Lee",
  menteeEmail: "Zoe@Example.com",
  mentorEmail: "lee@example.com",
  health: "Stalled",
  daysSinceCheckIn: 44,
});
const overdue = summary({
  planId: "overdue",
  health: "At risk",
  overdueActions: [
    {
      goalNumber: 1,
      text: "Finish the course",
      owner: "Mentee",
      dueDate: day("2026-01-02"),
      daysLate: 12,
    },
  ],
});
const fine = summary({ planId: "fine", health: "On track" });
const behind = summary({ planId: "behind", health: "At risk" }); // behind the timeline only
const done = summary({
  planId: "done",
  health: "Complete",
  overdueActions: overdue.overdueActions,
});

describe("nudges", () => {
  it("are off by default", () => {
    expect(settingsSchema.parse({}).nudgesEnabled).toBe(false);
  });

  it("go to pairs that are stalled or have overdue actions", () => {
    expect([stalled, overdue, fine, behind, done].filter(needsNudge).map((s) => s.planId)).toEqual([
      "stalled",
      "overdue",
    ]);
  });

  it("are a short plain email to mentee and mentor saying what is wrong", () => {
    const n = buildNudge(stalled, "Leaders 2026", SHEET_URL);
    expect(n?.recipients).toEqual(["zoe@example.com", "lee@example.com"]);
    expect(n?.subject).toBe("Mentoring plan reminder · Leaders 2026");
    expect(n?.text).toContain("Hi Zoe and Lee,");
    expect(n?.text).toContain("No check-in for 44 days.");
    expect(n?.text).toContain(`${SHEET_URL}#gid=5`);
    expect(n?.html).toContain(`<a href="${SHEET_URL}#gid=5"`);
    expect(n?.html).toContain("No check-in for 44 days.");
    const o = buildNudge(overdue, "Leaders 2026", SHEET_URL);
    expect(o?.text).toContain("1 action is overdue:");
    expect(o?.text).toContain("Finish the course (Mentee, 12 days late)");
    expect(o?.text).not.toContain("No check-in");
    expect((o?.text.split("\n").length ?? 99) < 15).toBe(true);
  });

  it("escape names and action texts in the HTML body", () => {
    const n = buildNudge(
      {
        ...overdue,
        menteeName: '<script>x</script> "Q"',
        overdueActions: overdue.overdueActions.map((a) => ({
          ...a,
          text: "<img src=x onerror=alert(1)>",
        })),
      },
      "P",
      SHEET_URL,
    );
    expect(n?.html).not.toMatch(/<(script|img)/);
    expect(n?.html).toContain("&lt;script&gt;x&lt;/script&gt; &quot;Q&quot;");
    expect(n?.text).toContain("<img src=x onerror=alert(1)>");
  });

  it("skip invalid addresses and are not built when neither address is valid", () => {
    expect(
      buildNudge({ ...stalled, mentorEmail: "lee at example" }, "P", SHEET_URL)?.recipients,
    ).toEqual(["zoe@example.com"]);
    expect(
      buildNudge({ ...stalled, menteeEmail: "", mentorEmail: "x" }, "P", SHEET_URL),
    ).toBeNull();
  });

  const base = { periodKey: P1, programName: "P", spreadsheetUrl: SHEET_URL };

  it("are sent once per pair per period (sent or sending is never repeated)", () => {
    const first = planNudges({
      ...base,
      summaries: [stalled, overdue, fine],
      ledger: [],
      remainingQuota: 10,
    });
    expect(first.toSend.map((n) => n.planId)).toEqual(["stalled", "overdue"]);
    const [a, b] = first.toSend;
    if (!a || !b) throw new Error("expected two nudges");
    const ledger: LedgerEntry[] = [nudgeEntry(a, P1, "sent", AT), nudgeEntry(b, P1, "sending", AT)];
    const again = planNudges({
      ...base,
      summaries: [stalled, overdue],
      ledger,
      remainingQuota: 10,
    });
    expect(again.toSend).toEqual([]);
    expect(again.alreadySent).toEqual(["stalled", "overdue"]);
    // Next period: due again if the pair still needs it.
    const next = planNudges({
      ...base,
      periodKey: "2026-01-26",
      summaries: [stalled],
      ledger,
      remainingQuota: 10,
    });
    expect(next.toSend.map((n) => n.planId)).toEqual(["stalled"]);
  });

  it("charge the quota per recipient and defer what does not fit", () => {
    const plan = planNudges({
      ...base,
      summaries: [stalled, overdue],
      ledger: [],
      remainingQuota: 3,
    });
    expect(plan.toSend.map((n) => n.planId)).toEqual(["stalled"]);
    expect(plan.toDefer.map((n) => [n.planId, n.reason])).toEqual([["overdue", QUOTA_REASON]]);
  });

  it("retry after a failure within the period, up to the maximum", () => {
    const n = buildNudge(stalled, "P", SHEET_URL);
    if (!n) throw new Error("expected a nudge");
    const failed = [nudgeEntry(n, P1, "failed", AT, "boom")];
    expect(
      planNudges({ ...base, summaries: [stalled], ledger: failed, remainingQuota: 10 }).toSend,
    ).toHaveLength(1);
    const many = Array.from({ length: MAX_FAILED_ATTEMPTS }, () =>
      nudgeEntry(n, P1, "failed", AT, "boom"),
    );
    expect(
      planNudges({ ...base, summaries: [stalled], ledger: many, remainingQuota: 10 }).toSend,
    ).toEqual([]);
  });

  it("are logged as kind nudge with both recipients", () => {
    const n = buildNudge(stalled, "P", SHEET_URL);
    if (!n) throw new Error("expected a nudge");
    expect(nudgeEntry(n, P1, "sent", AT)).toMatchObject({
      kind: "nudge",
      recipient: "zoe@example.com, lee@example.com",
      planIds: ["stalled"],
      periodKey: P1,
    });
  });
});
