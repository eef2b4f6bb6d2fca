import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";

const REF = "https://developers.google.com/apps-script/reference";

describe("Utilities", () => {
  test(`formatDate renders SimpleDateFormat patterns in the given zone (${REF}/utilities/utilities#formatDate(Date,String,String))`, () => {
    const env = createEnvironment();
    const u = env.globals.Utilities;
    const winter = new Date("2026-01-05T18:07:09Z");
    const summer = new Date("2026-07-05T18:07:09Z");
    expect(u.formatDate(winter, "Europe/London", "yyyy-MM-dd HH:mm:ss")).toBe(
      "2026-01-05 18:07:09",
    );
    expect(u.formatDate(summer, "Europe/London", "yyyy-MM-dd HH:mm z")).toBe(
      "2026-07-05 19:07 BST",
    );
    expect(u.formatDate(winter, "Europe/London", "EEE d MMM yyyy")).toBe("Mon 5 Jan 2026");
    expect(u.formatDate(winter, "Europe/London", "EEEE, MMMM dd")).toBe("Monday, January 05");
    expect(u.formatDate(winter, "America/New_York", "h:mm a z Z")).toBe("1:07 PM EST -0500");
    expect(u.formatDate(winter, "Asia/Kolkata", "HH:mm Z")).toBe("23:37 +0530");
    expect(u.formatDate(winter, "UTC", "'week of' yyyy-MM-dd")).toBe("week of 2026-01-05");
  });

  test("formatDate on something that is not a date, or with an unknown letter, fails", () => {
    const env = createEnvironment();
    const u = env.globals.Utilities;
    expect(() => u.formatDate("2026-01-05" as unknown as Date, "UTC", "yyyy")).toThrow(
      "don't match the method signature",
    );
    expect(() => u.formatDate(new Date(), "UTC", "yyyy-qq")).toThrow(
      "Illegal pattern character 'q'",
    );
  });

  test("getUuid is a deterministic sequence of distinct ids that continues after a restore", () => {
    const env = createEnvironment();
    const a = env.globals.Utilities.getUuid();
    const b = env.globals.Utilities.getUuid();
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const again = createEnvironment({ restore: env.serialize() });
    expect(again.globals.Utilities.getUuid()).not.toBe(b);
    expect(createEnvironment().globals.Utilities.getUuid()).toBe(a);
  });

  test(`sleep advances the emulated clock (${REF}/utilities/utilities#sleep(Integer))`, () => {
    const env = createEnvironment();
    const before = env.clock.nowMs();
    env.globals.Utilities.sleep(1500);
    expect(env.clock.nowMs() - before).toBe(1500);
  });

  test("Utilities calls are local: they cost no round trip", () => {
    const env = createEnvironment();
    const m = env.calls.measure(() => env.globals.Utilities.formatDate(new Date(), "UTC", "yyyy"));
    expect([m.calls, m.roundTrips, m.byKind.local]).toEqual([0, 0, 1]);
  });
});

describe("Session, Logger and console", () => {
  test(`Session gives the active and effective user and the script's zone (${REF}/base/session)`, () => {
    const env = createEnvironment({ userEmail: "lead@example.org", timeZone: "Europe/Paris" });
    const s = env.globals.Session;
    expect(s.getActiveUser().getEmail()).toBe("lead@example.org");
    expect(s.getEffectiveUser().getEmail()).toBe("lead@example.org");
    expect(s.getScriptTimeZone()).toBe("Europe/Paris");
    expect(env.calls.byMethod()).toEqual({ "User.getEmail": 2, "Session.getScriptTimeZone": 1 });
  });

  test("Logger and console record lines quietly (https://developers.google.com/apps-script/reference/base/logger#log(String,Object...))", () => {
    const env = createEnvironment();
    env.globals.Logger.log("sent %s of %s", 3, 4);
    env.globals.console.warn("deferred", { reviewer: "r@example.org" });
    expect(env.logs).toEqual([
      { level: "log", text: "sent 3 of 4" },
      { level: "warn", text: 'deferred {"reviewer":"r@example.org"}' },
    ]);
    expect(env.globals.Logger.getLog()).toBe('sent 3 of 4\ndeferred {"reviewer":"r@example.org"}');
  });
});
