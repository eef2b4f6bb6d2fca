/**
 * Review emails never lost, never doubled, through the bundle: the daily mail quota running out, a
 * send that throws, two runs at once, a run that dies between sending and logging, and bad data
 * in the tabs. The Review log is read back as the coordinator sees it.
 * Quota: "Email recipients per day" (https://developers.google.com/apps-script/guides/services/quotas);
 * MailApp.getRemainingDailyQuota (https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()).
 */
import { afterEach, describe, expect, it } from "vitest";
import { QUEUED_REASON, UNREAD_PLAN_REASON } from "../../src/app/run-reviews";
import { UNKNOWN_OUTCOME_REASON } from "../../src/domain/review/ledger";
import type { ReviewRunResult } from "../../src/domain/sidebar-contract/replies";
import { ReviewProgram, subjectPeriod } from "./review-fixture";

const P1 = "12–25 Jan 2026";
const P2 = "26 Jan – 8 Feb 2026";
const P1_CELL = "2026-01-12 to 2026-01-25";
const P2_CELL = "2026-01-26 to 2026-02-08";

/** Three pairs, three reviewers and a program reviewer; reviews on Mondays at 9. */
function program() {
  const p = new ReviewProgram();
  const pairs = {
    ann: p.insert({ mentee: "Ann", mentor: "Mo", reviewer: "rita@example.com" }),
    bea: p.insert({ mentee: "Bea", mentor: "Max", reviewer: "sam@example.com" }),
    dee: p.insert({ mentee: "Dee", mentor: "Oz", reviewer: "tom@example.com" }),
  };
  p.scheduleReviews();
  return { p, ...pairs };
}

const sent = (p: ReviewProgram) => p.env.outbox.map((m) => `${m.to} ${subjectPeriod(m.subject)}`);

function expectNoDuplicates(p: ReviewProgram): void {
  const keys = sent(p);
  expect(new Set(keys).size).toBe(keys.length);
}

const history = (p: ReviewProgram, to: string) =>
  p
    .reviewLog()
    .filter((r) => r.Recipient === to)
    .map((r) => `${r.Period} ${r.Status}`);

describe("the daily mail quota", () => {
  it("sends what fits, defers the rest, and sends the deferred on the next hourly runs as quota allows", () => {
    const { p } = program();
    p.advanceTo("2026-01-12T08:00:00Z");
    p.env.mail.setQuota(1); // the quota window opened at 08:00 with one recipient left
    p.advanceTo("2026-01-12T10:00:00Z");
    expect(sent(p)).toEqual([`hr@example.com ${P1}`]);
    expect(p.reviewLog().map((r) => [r.Recipient, r.Status, r.Reason])).toEqual([
      ["rita@example.com", "deferred", "daily mail quota exhausted"],
      ["sam@example.com", "deferred", "daily mail quota exhausted"],
      ["tom@example.com", "deferred", "daily mail quota exhausted"],
      ["hr@example.com", "sent", ""],
    ]);
    expect(p.sidebar()).toMatchObject({
      lastReview: { sent: 1, deferred: 3, failed: 0 },
      remainingDailyMailQuota: 0,
    });

    // Room for two appears within the window: the next hourly run sends the deferred, oldest first.
    p.advanceTo("2026-01-12T10:30:00Z");
    p.env.mail.setQuota(2);
    p.advanceTo("2026-01-12T11:30:00Z");
    expect(sent(p).slice(1)).toEqual([`rita@example.com ${P1}`, `sam@example.com ${P1}`]);

    // While no quota is left the scheduler waits; 24 hours after the window's first send the
    // quota is back and the last deferred email goes that hour, not a week later.
    p.advanceTo("2026-01-13T07:30:00Z");
    expect(sent(p)).toHaveLength(3);
    p.advanceTo("2026-01-13T08:30:00Z");
    expect(sent(p).slice(3)).toEqual([`tom@example.com ${P1}`]);
    expect(p.digestsTo("tom@example.com")[0]?.sentAt.toISOString()).toBe(
      "2026-01-13T08:00:00.000Z",
    );

    // The next period goes to everyone as usual.
    p.advanceTo("2026-01-26T10:00:00Z");
    expect(sent(p).slice(4)).toEqual([
      `hr@example.com ${P2}`,
      `rita@example.com ${P2}`,
      `sam@example.com ${P2}`,
      `tom@example.com ${P2}`,
    ]);
    expect(history(p, "tom@example.com")).toEqual([
      `${P1_CELL} deferred`,
      `${P1_CELL} deferred`,
      `${P1_CELL} sent`,
      `${P2_CELL} sent`,
    ]);
    expect(history(p, "rita@example.com")).toEqual([
      `${P1_CELL} deferred`,
      `${P1_CELL} sent`,
      `${P2_CELL} sent`,
    ]);
    // The late digest is still the first period's, with the pairs as they are when it is sent.
    const late = p.digestsTo("tom@example.com")[0];
    expect(late?.body).toContain(`${P1} · as of 13 Jan 2026 · 1 pair`);
    expectNoDuplicates(p);
    expect(p.env.outbox).toHaveLength(8);
  });
});

describe("a send that fails", () => {
  it("is logged failed with the reason and retried by the next run", () => {
    const { p } = program();
    p.advanceTo("2026-01-12T08:00:00Z");
    p.env.mail.failNext(1, "Service unavailable: Gmail");
    p.advanceTo("2026-01-12T10:00:00Z");
    expect(sent(p)).toEqual([
      `rita@example.com ${P1}`,
      `sam@example.com ${P1}`,
      `tom@example.com ${P1}`,
    ]);
    expect(p.reviewLog().find((r) => r.Recipient === "hr@example.com")).toMatchObject({
      Period: P1_CELL,
      Status: "failed",
      Reason: "Service unavailable: Gmail",
    });
    expect(p.sidebar().lastReview).toMatchObject({ sent: 3, failed: 1 });
    p.advanceTo("2026-01-19T10:00:00Z");
    expect(sent(p).slice(3)).toEqual([`hr@example.com ${P1}`]);
    expect(history(p, "hr@example.com")).toEqual([`${P1_CELL} failed`, `${P1_CELL} sent`]);
    p.advanceTo("2026-01-26T10:00:00Z");
    expect(p.digestsTo("hr@example.com").map((m) => subjectPeriod(m.subject))).toEqual([P1, P2]);
    expectNoDuplicates(p);
  });
});

describe("two runs at once", () => {
  it("the trigger waits for the document lock while 'Send reviews now' runs: nothing is sent twice", () => {
    const { p } = program();
    p.advanceTo("2026-01-12T08:59:58Z");
    let other: ReviewRunResult | undefined;
    p.env.locks.document.holdByOther({
      releaseAfterMs: 5_000,
      onRelease: () => {
        other = p.sendNow();
      },
    });
    p.advanceTo("2026-01-12T10:00:00Z");
    expect(other).toMatchObject({ sent: 4, deferred: 0, failed: 0 });
    expect(p.runErrors()).toEqual([]);
    expect(sent(p).sort()).toEqual(
      ["hr", "rita", "sam", "tom"].map((r) => `${r}@example.com ${P1}`),
    );
    expect(p.reviewLog().map((r) => r.Status)).toEqual(["sent", "sent", "sent", "sent"]);
  });

  it("a trigger run that waited for the lock sends with the settings saved meanwhile", () => {
    const { p } = program();
    p.advanceTo("2026-01-12T08:59:58Z");
    // The scheduler reads the document's properties before it takes the lock; a coordinator
    // renames the program while it waits: the run must read them again once it holds the lock.
    p.env.locks.document.holdByOther({
      releaseAfterMs: 5_000,
      onRelease: () => {
        p.scheduleReviews({ programName: "Leaders 2026 (renamed)" });
      },
    });
    p.advanceTo("2026-01-12T10:00:00Z");
    expect(p.runErrors()).toEqual([]);
    expect(p.env.outbox).toHaveLength(4);
    expect(p.env.outbox.map((m) => m.name)).toEqual(Array(4).fill("Leaders 2026 (renamed)"));
  });

  it("two 'Send reviews now' clicks at once send each digest once", () => {
    const { p } = program();
    p.advanceTo("2026-01-12T08:00:00Z"); // before the trigger's run
    let first: ReviewRunResult | undefined;
    p.env.locks.document.holdByOther({
      releaseAfterMs: 3_000,
      onRelease: () => {
        first = p.sendNow();
      },
    });
    const second = p.sendNow();
    expect(first?.sent).toBe(4);
    expect(second).toMatchObject({ sent: 0, deferred: 0, failed: 0 });
    expect(second.message).toBe(
      "Nothing to send: all 4 reviewers already have the review of 12–25 Jan 2026.",
    );
    expect(p.env.outbox).toHaveLength(4);
    expectNoDuplicates(p);
  });
});

describe("a trigger that finds the document busy", () => {
  it("waits, then gives up without sending or logging; the next hourly run sends it", () => {
    const { p } = program();
    p.advanceTo("2026-01-12T08:59:00Z");
    // Another execution holds the document lock for five minutes (past the trigger's wait).
    p.env.locks.document.holdByOther({ releaseAfterMs: 5 * 60_000 });
    p.advanceTo("2026-01-12T09:30:00Z");
    expect(p.runErrors()).toEqual([]);
    expect(p.env.outbox).toEqual([]);
    expect(p.reviewLog()).toEqual([]);
    p.advanceTo("2026-01-12T10:30:00Z");
    expect(sent(p).sort()).toEqual(
      ["hr", "rita", "sam", "tom"].map((r) => `${r}@example.com ${P1}`),
    );
    expect(p.env.outbox.every((m) => m.sentAt.toISOString() === "2026-01-12T10:00:00.000Z")).toBe(
      true,
    );
  });
});

describe("a program too big to read in one run", () => {
  let restore: (() => void) | null = null;
  afterEach(() => {
    restore?.();
    restore = null;
  });

  it("sends what was read and logs the plans left out", () => {
    const { p, dee } = program();
    // Each plan tab takes 150 s to read: past the 4-minute read budget the third is left.
    restore = p.env.faults.on("Range.getValues", (call) => {
      if (call.sheetName?.startsWith("Plan · ")) p.env.clock.advance(150_000);
    });
    p.advanceTo("2026-01-12T10:00:00Z");
    expect(p.runErrors()).toEqual([]);
    expect(sent(p).sort()).toEqual(["hr", "rita", "sam"].map((r) => `${r}@example.com ${P1}`));
    expect(p.digestsTo("hr@example.com")[0]?.body).not.toContain("Dee & Oz");
    expect(
      p
        .reviewLog()
        .filter((r) => r.Status === "skipped")
        .map((r) => [r["Plan ids"], r.Reason]),
    ).toEqual([[dee.planId, UNREAD_PLAN_REASON]]);
  });
});

describe("the Review log tab", () => {
  it("warns anyone who edits it by hand: the ledger decides what is sent", () => {
    const { p } = program();
    p.sendNow();
    const [protection, ...more] = p.env.inspect.protections("Review log");
    expect(more).toEqual([]);
    expect(protection).toMatchObject({ warningOnly: true, a1: null });
  });

  it("takes a run's rows when no blank row is left below (rows deleted by hand), in plain weight", () => {
    const { p } = program();
    p.sendNow();
    const rows = p.env.inspect.lastRow("Review log");
    const { maxRows } = p.env.inspect.size("Review log");
    p.env.userDeleteRows("Review log", rows + 1, maxRows - rows);
    expect(p.env.inspect.size("Review log").maxRows).toBe(rows);
    p.advanceTo("2026-01-12T10:00:00Z");
    expect(p.runErrors()).toEqual([]);
    expect(history(p, "rita@example.com").at(-1)).toBe(`${P1_CELL} sent`);
    const last = p.env.inspect.lastRow("Review log");
    expect(last).toBe(rows + 4);
    expect(p.env.inspect.cell("Review log", `A${last}`).format.fontWeight ?? "normal").toBe(
      "normal",
    );
    expect(p.env.inspect.cell("Review log", "A1").format.fontWeight).toBe("bold");
  });

  it("rows cut off it by hand while a run reads: the emails still go, once, and the run says so", () => {
    const { p } = program();
    p.sendNow();
    // After the run has read the log, before it writes, a user deletes all but two of its rows.
    const off = p.env.faults.on("MailApp.getRemainingDailyQuota", () => {
      off();
      const { maxRows } = p.env.inspect.size("Review log");
      p.env.userDeleteRows("Review log", 3, maxRows - 2);
    });
    p.advanceTo("2026-01-12T10:00:00Z");
    off();
    expect(p.runErrors()).toEqual([]);
    expect(
      sent(p)
        .filter((s) => s.endsWith(P1))
        .sort(),
    ).toEqual(["hr", "rita", "sam", "tom"].map((r) => `${r}@example.com ${P1}`));
    // The log grew from where it ended and still tells what went.
    expect(history(p, "rita@example.com").at(-1)).toBe(`${P1_CELL} sent`);
    const again = p.sendNow();
    expect(again.sent).toBe(0);
    expectNoDuplicates(p);
  });
});

describe("a run that dies between sending and logging", () => {
  let restore: (() => void) | null = null;
  afterEach(() => {
    restore?.();
    restore = null;
  });

  /** The first Review log write after a send to `to` throws, as if the run were cut off there. */
  function dieAfterSendingTo(p: ReviewProgram, to: string): void {
    restore = p.env.faults.failNext("Range.setValues", "Exceeded maximum execution time", {
      where: (call) =>
        call.sheetName === "Review log" && p.env.outbox.some((mail) => mail.to === to),
    });
  }

  it("never resends that email, says 'unknown — check the mailbox', and sends the rest on the next hourly run", () => {
    const { p } = program();
    dieAfterSendingTo(p, "rita@example.com");
    p.advanceTo("2026-01-12T09:30:00Z");
    expect(p.runErrors()).toEqual(["Exceeded maximum execution time"]);
    expect(sent(p)).toEqual([`hr@example.com ${P1}`, `rita@example.com ${P1}`]);
    expect(history(p, "rita@example.com")).toEqual([`${P1_CELL} sending`]);

    // The dead run never recorded its pass: the next hourly run makes it.
    p.advanceTo("2026-01-12T10:30:00Z");
    expect(p.runErrors()).toEqual(["Exceeded maximum execution time"]);
    // The emails the dead run never reached go now; rita's is never sent again.
    expect(sent(p).slice(2)).toEqual([`sam@example.com ${P1}`, `tom@example.com ${P1}`]);
    const rita = p.reviewLog().filter((r) => r.Recipient === "rita@example.com");
    expect(rita.map((r) => [r.Period, r.Status, r.Reason])).toEqual([
      [P1_CELL, "sending", UNKNOWN_OUTCOME_REASON],
    ]);
    expect(UNKNOWN_OUTCOME_REASON).toMatch(/^unknown — check the mailbox/);
    // The dead run had queued sam's email: its row says so, and the retry's row says sent.
    expect(
      p
        .reviewLog()
        .filter((r) => r.Recipient === "sam@example.com")
        .map((r) => [r.Status, r.Reason]),
    ).toEqual([
      ["deferred", QUEUED_REASON],
      ["sent", ""],
    ]);

    // Later runs leave it alone; the next period reaches everyone once.
    p.advanceTo("2026-01-26T10:00:00Z");
    expect(p.digestsTo("rita@example.com").map((m) => subjectPeriod(m.subject))).toEqual([P1, P2]);
    expect(p.sendNow().sent).toBe(0);
    expectNoDuplicates(p);
    expect(p.env.outbox).toHaveLength(8);
  });
});

describe("bad data in the tabs", () => {
  it("a pair without a reviewer, with an invalid one, or whose tab was deleted is logged; the others still get theirs", () => {
    const p = new ReviewProgram();
    const ann = p.insert({ mentee: "Ann", mentor: "Mo", reviewer: "rita@example.com" });
    const bea = p.insert({ mentee: "Bea", mentor: "Max", reviewer: "sam@example.com" });
    const dee = p.insert({ mentee: "Dee", mentor: "Oz", reviewer: "tom@example.com" });
    p.insert({ mentee: "Eve", mentor: "Pat", reviewer: "tom@example.com" });
    p.scheduleReviews();
    p.setHeader(ann.sheetName, "Reviewer", "");
    p.setHeader(bea.sheetName, "Reviewer", "sam at example");
    p.env.userDeleteSheet(dee.sheetName);

    p.advanceTo("2026-01-12T10:00:00Z");
    expect(p.runErrors()).toEqual([]);
    expect(sent(p)).toEqual([`hr@example.com ${P1}`, `tom@example.com ${P1}`]);
    const tom = p.digestsTo("tom@example.com")[0]?.body ?? "";
    expect(tom).toContain("Eve & Pat — ");
    expect(tom).not.toContain("Dee & Oz");
    // The program reviewer still sees the pairs whose reviewer is missing or wrong.
    const hr = p.digestsTo("hr@example.com")[0]?.body ?? "";
    expect(["Ann & Mo", "Bea & Max", "Eve & Pat"].map((n) => hr.includes(n))).toEqual([
      true,
      true,
      true,
    ]);
    const problems = p
      .reviewLog()
      .filter((r) => r.Status === "skipped")
      .map((r) => [r["Plan ids"], r.Recipient, r.Reason]);
    expect(problems).toEqual([
      [ann.planId, "", "no reviewer email"],
      [bea.planId, "sam at example", "reviewer email is not valid"],
      [dee.planId, "", `plan tab "${dee.sheetName}" was deleted (reviewer tom@example.com)`],
    ]);

    // The period's second run does not log them again; the next period does, once.
    p.advanceTo("2026-01-26T10:00:00Z");
    const skipped = p.reviewLog().filter((r) => r.Status === "skipped");
    expect(skipped.map((r) => r.Period)).toEqual([
      P1_CELL,
      P1_CELL,
      P1_CELL,
      P2_CELL,
      P2_CELL,
      P2_CELL,
    ]);
    expect(sent(p).slice(2)).toEqual([`hr@example.com ${P2}`, `tom@example.com ${P2}`]);
  });
});

describe("the 6-minute execution limit", () => {
  it("stops sending before the limit; the emails not reached go first on the next run", () => {
    const { p } = program();
    // Each send takes two minutes of emulated time: the third would pass the 5-minute deadline.
    p.env.mail.setSendLatency(120_000);
    const first = p.sendNow();
    expect(first).toMatchObject({ sent: 3, deferred: 1, failed: 0 });
    expect(p.reviewLog().map((r) => [r.Recipient, r.Status, r.Reason])).toEqual([
      ["hr@example.com", "sent", ""],
      ["rita@example.com", "sent", ""],
      ["sam@example.com", "sent", ""],
      ["tom@example.com", "deferred", QUEUED_REASON],
    ]);
    p.env.mail.setSendLatency(0);
    expect(p.sendNow()).toMatchObject({ sent: 1, failed: 0 });
    expect(sent(p).filter((s) => s.startsWith("tom@example.com"))).toHaveLength(1);
    expectNoDuplicates(p);
  });
});
