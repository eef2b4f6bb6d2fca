/**
 * What the coordinator does by hand, through the bundle: "Preview" (the digest a reviewer would
 * get, nothing sent or logged), "Send reviews now" (the current period, same ledger rules as the
 * trigger), and the optional nudges to pairs (off by default, at most one per pair per period).
 */
import { describe, expect, it } from "vitest";
import type { ReviewPreview } from "../../src/domain/sidebar-contract/replies";
import { ACTIONS, ReviewProgram, SPREADSHEET_URL, subjectPeriod, WEEK } from "./review-fixture";

const XSS_NAME = `<script>alert(1)</script> & "quotes"`;

function program() {
  const p = new ReviewProgram(); // Tuesday 6 January 2026
  const ann = p.insert({ mentee: "Ann", mentor: "Mo", reviewer: "rita@example.com" });
  const bea = p.insert({ mentee: "Bea", mentor: "Max", reviewer: "rita@example.com" });
  const xss = p.insert({ mentee: XSS_NAME, mentor: "Nia", reviewer: "sam@example.com" });
  return { p, ann, bea, xss };
}

const preview = (p: ReviewProgram, email: unknown) =>
  p.bundle.call<ReviewPreview>("previewReview", email);

describe("previewReview", () => {
  it("returns the reviewer's digest for the current period without sending or logging anything", () => {
    const { p, ann, bea } = program();
    p.scheduleReviews();
    const m = p.env.calls.measure(() => preview(p, "  Rita@Example.com "));
    expect(m.result).toMatchObject({
      reviewerEmail: "rita@example.com",
      subject:
        "Mentoring review · Leaders 2026 · 29 Dec 2025 – 11 Jan 2026 · no pair needs attention",
      pairs: 2,
    });
    expect(m.result.html).toContain(`<a href="${SPREADSHEET_URL}#gid=${ann.sheetId}" `);
    expect(m.result.html).toContain(`<a href="${SPREADSHEET_URL}#gid=${bea.sheetId}" `);
    expect(m.result.html).not.toContain("Nia");
    expect(m.byMethod["MailApp.sendEmail"]).toBeUndefined();
    expect(p.env.outbox).toEqual([]);
    expect(p.env.inspect.sheetNames()).not.toContain("Review log");
  });

  it("shows what the next digest will say, and escapes every value", () => {
    const { p, xss } = program();
    p.scheduleReviews();
    p.advanceTo("2026-01-12T10:00:00Z"); // the first period is sent
    p.setAction(xss.sheetName, ACTIONS.observe, "Done", "2026-01-13");
    const logRows = p.reviewLog().length;
    const outbox = p.env.outbox.length;
    const shown = preview(p, "sam@example.com");
    expect(shown.html).toContain(
      "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &amp; Nia",
    );
    expect(shown.html).not.toMatch(/<script/i);
    // Sam has the period of 12 Jan: the next digest is the next period's, measured from it.
    expect(shown.subject).toBe(
      "Mentoring review · Leaders 2026 · 26 Jan – 8 Feb 2026 · no pair needs attention",
    );
    expect(shown.html).toContain("completion +25 points since the last review");
    expect(preview(p, "hr@example.com").html).toContain(
      "completion unchanged since the last review",
    );
    expect(p.reviewLog()).toHaveLength(logRows);
    expect(p.env.outbox).toHaveLength(outbox);
  });

  it("an invalid email gets a clear error; an address with no pairs is told so in words", () => {
    const { p } = program();
    expect(() => preview(p, "rita at example")).toThrow(
      "Reviewer email must be a valid email address.",
    );
    expect(() => preview(p, 42)).toThrow("Reviewer email is required.");
    const nobody = preview(p, "Nobody@example.com");
    expect(nobody.pairs).toBe(0);
    expect(nobody.subject).toMatch(/· no pairs$/);
    expect(nobody.noPairsNote).toBe(
      "nobody@example.com reviews no pairs, so no digest is sent to this address. A plan's reviewer is set in the new-plan form; program reviewers, who get every pair, in the settings.",
    );
    expect(preview(p, "rita@example.com").noPairsNote).toBeNull();
    expect(p.env.outbox).toEqual([]);
  });

  it("says which period it shows and when that digest is due", () => {
    const { p } = program();
    // Reviews not on yet (Tuesday 6 January): the period, and that nothing is sent.
    expect(preview(p, "rita@example.com").periodNote).toBe(
      "This is the digest for 29 Dec 2025 – 11 Jan 2026. Reviews are off: nothing is sent until they are turned on and saved in the settings.",
    );
    // On, Mondays at 9: this period's review moment has passed, unsent, so it is due now.
    p.scheduleReviews({ programReviewers: [] });
    expect(preview(p, "rita@example.com").periodNote).toBe(
      "This is the digest for 29 Dec 2025 – 11 Jan 2026, due now (since Monday 29 Dec): the next scheduled run sends it.",
    );
    // Sent on Monday 12 January: the preview moves on to the next period and its Monday.
    p.advanceTo("2026-01-12T10:00:00Z");
    expect(preview(p, "rita@example.com").periodNote).toBe(
      "This is the digest for 26 Jan – 8 Feb 2026, due Monday 26 Jan.",
    );
    // On Thursdays at 9 instead: the same period, its own review day.
    p.scheduleReviews({ programReviewers: [], reviewWeekday: "THURSDAY" });
    expect(preview(p, "rita@example.com").periodNote).toBe(
      "This is the digest for 26 Jan – 8 Feb 2026, due Thursday 29 Jan.",
    );
  });
});

describe("sendReviewsNow", () => {
  it("sends the current period once, whatever is clicked, and the trigger then adds nothing", () => {
    const { p } = program();
    p.scheduleReviews({ programReviewers: [] });
    p.advanceTo("2026-01-13T10:00:00Z"); // the Monday run sent the period of 12 Jan
    expect(p.env.outbox).toHaveLength(2);
    const again = p.sendNow();
    expect(again).toMatchObject({ period: "2026-01-12", sent: 0, deferred: 0, failed: 0 });
    expect(again.message).toBe(
      "Nothing to send: all 2 reviewers already have the review of 12–25 Jan 2026.",
    );
    // A pair with a new reviewer joins mid-period: only the new reviewer is sent the period.
    p.insert({ mentee: "Cy", mentor: "Lu", reviewer: "uma@example.com" });
    expect(p.sendNow()).toMatchObject({
      sent: 1,
      message: expect.stringMatching(/^Review emails: 1 sent/),
    });
    expect(p.env.outbox.map((m) => [m.to, subjectPeriod(m.subject)])).toEqual([
      ["rita@example.com", "12–25 Jan 2026"],
      ["sam@example.com", "12–25 Jan 2026"],
      ["uma@example.com", "12–25 Jan 2026"],
    ]);
    p.env.advanceTime(WEEK); // the period's second Monday
    expect(p.env.outbox).toHaveLength(3);
  });

  it("works with reviews off (it is a manual send), under the same ledger", () => {
    const { p } = program();
    const result = p.sendNow();
    expect(result).toMatchObject({ period: "2025-12-29", sent: 2, deferred: 0, failed: 0 });
    expect(p.reviewLog().map((r) => [r.Recipient, r.Status])).toEqual([
      ["rita@example.com", "sent"],
      ["sam@example.com", "sent"],
    ]);
    expect(p.sendNow().sent).toBe(0);
    expect(p.env.outbox).toHaveLength(2);
  });

  it("says its outcome in the spreadsheet (a toast), since the menu has no sidebar to show it", () => {
    const { p } = program();
    const result = p.sendNow();
    expect(p.env.ui.toasts.at(-1)).toEqual({
      message: result.message,
      title: "Mentoring Action Plan",
      timeoutSeconds: 8,
    });
    expect(result.message).toMatch(/^Review emails: 2 sent/);
  });

  it("with the quota too small, says what was deferred", () => {
    const { p } = program();
    p.env.mail.setQuota(1);
    expect(p.sendNow()).toMatchObject({
      sent: 1,
      deferred: 1,
      message: "Review emails: 1 sent, 1 deferred to the next run, 0 failed (retried next run).",
    });
    expect(p.sidebar().remainingDailyMailQuota).toBe(0);
  });
});

describe("nudges to pairs", () => {
  /** Ann keeps up (check-ins, actions done on time, the fit check answered); Bea does nothing. */
  function weeks(p: ReviewProgram, ann: { sheetName: string }, count: number) {
    const annWork: Array<() => void> = [
      () => {
        p.setAction(ann.sheetName, ACTIONS.observe, "Done", "2026-01-08");
        p.logCheckIn(ann.sheetName, "2026-01-08", "Observed");
        p.answerFitCheck(ann.sheetName);
      },
      () => {
        p.setAction(ann.sheetName, ACTIONS.enrol, "Done", "2026-01-14");
        p.logCheckIn(ann.sheetName, "2026-01-15", "Enrolled");
      },
      () => {
        p.setAction(ann.sheetName, ACTIONS.agenda, "Done", "2026-01-22");
        p.logCheckIn(ann.sheetName, "2026-01-22", "Agenda");
      },
      () => p.logCheckIn(ann.sheetName, "2026-01-29", "Course"),
      () => p.logCheckIn(ann.sheetName, "2026-02-05", "Course"),
    ];
    for (let w = 0; w < count; w++) {
      annWork[w]?.();
      p.env.advanceTime(WEEK);
    }
  }

  it("are off by default: a stalled pair gets no email", () => {
    const { p, ann } = program();
    p.scheduleReviews();
    weeks(p, ann, 5);
    expect(p.nudges()).toEqual([]);
    expect(p.reviewLog().filter((r) => r.Kind === "nudge")).toEqual([]);
  });

  it("when on, a pair that is stalled or has overdue actions gets one nudge per period", () => {
    const { p, ann, bea, xss } = program();
    p.scheduleReviews({ nudgesEnabled: true });
    weeks(p, ann, 5); // runs on 12, 19, 26 Jan and 2, 9 Feb
    // 19 Jan: an action overdue since 12 Jan; 26 Jan: stalled (no check-in three weeks after
    // the start); 9 Feb: still both. Never twice in one period; never to Ann, who keeps up.
    const beaTo = `${bea.menteeEmail},${bea.mentorEmail}`;
    const xssTo = `${xss.menteeEmail},${xss.mentorEmail}`;
    expect(p.nudges().map((m) => [m.to, m.sentAt.toISOString().slice(0, 10)])).toEqual([
      [beaTo, "2026-01-19"],
      [xssTo, "2026-01-19"],
      [beaTo, "2026-01-26"],
      [xssTo, "2026-01-26"],
      [beaTo, "2026-02-09"],
      [xssTo, "2026-02-09"],
    ]);
    const nudges = p.nudges().filter((m) => m.to === beaTo);
    const last = nudges[2];
    expect(last?.subject).toBe("Mentoring plan reminder · Leaders 2026");
    expect(last?.body).toContain("Hi Bea and Max,");
    expect(last?.body).toContain("- No check-in has been logged yet.");
    expect(last?.body).toContain(`    ${ACTIONS.observe} (Mentee, 28 days late)`);
    expect(last?.htmlBody).toContain(`<a href="${SPREADSHEET_URL}#gid=${bea.sheetId}"`);
    const named = p.nudges().find((m) => m.to === xssTo);
    expect(named?.body).toContain(`Hi ${XSS_NAME} and Nia,`);
    expect(named?.htmlBody).toContain(
      "Hi &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; and Nia,",
    );
    expect(named?.htmlBody).not.toMatch(/<script/i);
    const rows = p.reviewLog().filter((r) => r.Kind === "nudge" && r["Plan ids"] === bea.planId);
    expect(rows.map((r) => [r.Period, r["Plan ids"], r.Status])).toEqual([
      ["2026-01-12 to 2026-01-25", bea.planId, "sent"],
      ["2026-01-26 to 2026-02-08", bea.planId, "sent"],
      ["2026-02-09 to 2026-02-22", bea.planId, "sent"],
    ]);
    // The reviewers' digests are unaffected: one per period each.
    expect(p.digestsTo("rita@example.com").map((m) => subjectPeriod(m.subject))).toEqual([
      "12–25 Jan 2026",
      "26 Jan – 8 Feb 2026",
      "9–22 Feb 2026",
    ]);
  });
});
