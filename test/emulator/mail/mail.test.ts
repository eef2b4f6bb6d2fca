import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";

const REF = "https://developers.google.com/apps-script/reference/mail/mail-app";

describe("MailApp", () => {
  test(`sendEmail(to, subject, body, options) lands in the outbox with the send time (${REF}#sendEmail(String,String,String,Object))`, () => {
    const env = createEnvironment();
    env.globals.MailApp.sendEmail("reviewer@example.org", "Mentoring review", "plain", {
      htmlBody: "<p>html</p>",
      name: "Mentoring program",
      replyTo: "coordinator@example.org",
    });
    expect(env.outbox).toEqual([
      {
        to: "reviewer@example.org",
        subject: "Mentoring review",
        body: "plain",
        htmlBody: "<p>html</p>",
        name: "Mentoring program",
        replyTo: "coordinator@example.org",
        sentAt: new Date("2026-01-05T09:00:00Z"),
      },
    ]);
  });

  test(`sendEmail(message) and (to, replyTo, subject, body) are also accepted (${REF}#sendEmail(Object))`, () => {
    const env = createEnvironment();
    env.globals.MailApp.sendEmail({
      to: "a@example.org",
      subject: "S",
      body: "B",
      cc: "c@example.org",
    });
    env.globals.MailApp.sendEmail("b@example.org", "reply@example.org", "S2", "B2");
    expect(env.outbox.map((m) => [m.to, m.cc ?? null, m.replyTo ?? null, m.subject])).toEqual([
      ["a@example.org", "c@example.org", null, "S"],
      ["b@example.org", null, "reply@example.org", "S2"],
    ]);
  });

  test(`each recipient uses one unit of the daily quota (${REF}#getRemainingDailyQuota())`, () => {
    const env = createEnvironment({ mailQuota: 10 });
    env.globals.MailApp.sendEmail("a@example.org, b@example.org", "S", "B", {
      bcc: "c@example.org",
    });
    expect(env.globals.MailApp.getRemainingDailyQuota()).toBe(7);
  });

  test("past the quota sendEmail throws Apps Script's text and sends nothing; it is back 24 hours after the window's first send, not at midnight (https://developers.google.com/apps-script/guides/services/quotas)", () => {
    const env = createEnvironment({ mailQuota: 100, now: new Date("2026-01-05T09:00:00Z") });
    env.mail.setQuota(1);
    env.globals.MailApp.sendEmail("a@example.org", "S", "B");
    expect(() => env.globals.MailApp.sendEmail("b@example.org", "S", "B")).toThrow(
      "Service invoked too many times for one day: email.",
    );
    expect(env.outbox).toHaveLength(1);
    env.clock.advance(15 * 3_600_000); // 00:00 in Europe/London: not yet
    expect(env.globals.MailApp.getRemainingDailyQuota()).toBe(0);
    env.clock.advance(9 * 3_600_000 - 1);
    expect(env.globals.MailApp.getRemainingDailyQuota()).toBe(0);
    env.clock.advance(1); // 24 hours after the first send
    expect(env.globals.MailApp.getRemainingDailyQuota()).toBe(100);
  });

  test("the window opens at the first send after a reset, whenever that is", () => {
    const env = createEnvironment({ mailQuota: 3, now: new Date("2026-01-05T09:00:00Z") });
    env.clock.advance(5 * 3_600_000); // nothing sent yet: no window is running
    env.globals.MailApp.sendEmail("a@example.org", "S", "B"); // 14:00: the window opens
    env.clock.advance(20 * 3_600_000);
    env.globals.MailApp.sendEmail("b@example.org", "S", "B");
    env.globals.MailApp.sendEmail("c@example.org", "S", "B");
    expect(env.globals.MailApp.getRemainingDailyQuota()).toBe(0);
    env.clock.advance(4 * 3_600_000); // 14:00 next day
    expect(env.globals.MailApp.getRemainingDailyQuota()).toBe(3);
  });

  test("failNext makes the next sends fail like a transient error, without using quota", () => {
    const env = createEnvironment({ mailQuota: 5 });
    env.mail.failNext(1, "Service unavailable: Gmail");
    expect(() => env.globals.MailApp.sendEmail("a@example.org", "S", "B")).toThrow(
      "Service unavailable: Gmail",
    );
    env.globals.MailApp.sendEmail("a@example.org", "S", "B");
    expect(env.outbox).toHaveLength(1);
    expect(env.mail.remaining()).toBe(4);
  });

  test("a missing or invalid recipient fails clearly", () => {
    const env = createEnvironment();
    expect(() => env.globals.MailApp.sendEmail({ subject: "S", body: "B" })).toThrow(
      "Failed to send email: no recipient",
    );
    expect(() => env.globals.MailApp.sendEmail("not an address", "S", "B")).toThrow(
      "Invalid email: not an address",
    );
    expect(env.outbox).toEqual([]);
  });

  test("setSendLatency makes each send take emulated time (to reach the execution limit)", () => {
    const env = createEnvironment({ now: new Date("2026-01-05T09:00:00Z") });
    env.mail.setSendLatency(90_000);
    env.globals.MailApp.sendEmail("a@example.org", "S", "B");
    env.globals.MailApp.sendEmail("b@example.org", "S", "B");
    expect(env.clock.now().toISOString()).toBe("2026-01-05T09:03:00.000Z");
    expect(env.outbox.map((m) => m.sentAt.toISOString())).toEqual([
      "2026-01-05T09:01:30.000Z",
      "2026-01-05T09:03:00.000Z",
    ]);
  });
});
