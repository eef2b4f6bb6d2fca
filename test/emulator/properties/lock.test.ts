import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";

const REF = "https://developers.google.com/apps-script/reference/lock/lock";

describe("LockService", () => {
  test(`tryLock takes a free lock; hasLock and releaseLock follow (${REF}#tryLock(Integer))`, () => {
    const env = createEnvironment();
    env.runExecution(() => {
      const lock = env.globals.LockService.getDocumentLock();
      expect(lock.hasLock()).toBe(false);
      expect(lock.tryLock(1000)).toBe(true);
      expect(lock.hasLock()).toBe(true);
      lock.releaseLock();
      expect(lock.hasLock()).toBe(false);
    });
  });

  test(`waitLock throws Apps Script's timeout text after the timeout of emulated time (${REF}#waitLock(Integer))`, () => {
    const env = createEnvironment();
    env.locks.document.holdByOther({ releaseAfterMs: 60_000 });
    const before = env.clock.nowMs();
    expect(() =>
      env.runExecution(() => env.globals.LockService.getDocumentLock().waitLock(10_000)),
    ).toThrow("Lock timeout: another process was holding the lock for too long.");
    expect(env.clock.nowMs() - before).toBe(10_000);
    expect(env.runExecution(() => env.globals.LockService.getDocumentLock().tryLock(5_000))).toBe(
      false,
    );
    expect(env.clock.nowMs() - before).toBe(15_000);
  });

  test("when the other holder lets go within the timeout, its work runs first, then the lock is taken", () => {
    const env = createEnvironment();
    const sheet = env.globals.SpreadsheetApp.getActive().insertSheet("Log");
    const order: string[] = [];
    env.locks.document.holdByOther({
      releaseAfterMs: 3_000,
      onRelease: () =>
        env.runExecution(() => {
          // The other coordinator's execution: it takes the lock, appends, and ends.
          const lock = env.globals.LockService.getDocumentLock();
          lock.waitLock(1_000);
          sheet.appendRow(["other coordinator"]);
          order.push("other");
        }),
    });
    const start = env.clock.nowMs();
    env.runExecution(() => {
      const lock = env.globals.LockService.getDocumentLock();
      lock.waitLock(30_000);
      sheet.appendRow(["me"]);
      order.push("me");
      expect(lock.hasLock()).toBe(true);
    });
    expect(order).toEqual(["other", "me"]);
    expect(env.inspect.sheetValues("Log")).toEqual([["other coordinator"], ["me"]]);
    expect(env.clock.nowMs() - start).toBe(3_000);
  });

  test("locks an execution holds are released when it ends (https://developers.google.com/apps-script/reference/lock/lock#releaseLock())", () => {
    const env = createEnvironment();
    env.runExecution(() => env.globals.LockService.getScriptLock().waitLock(100));
    expect(env.locks.script.heldBy()).toBeNull();
    expect(env.runExecution(() => env.globals.LockService.getScriptLock().tryLock(0))).toBe(true);
  });

  test("an execution nested inside one that holds the lock cannot take it", () => {
    const env = createEnvironment();
    env.runExecution(() => {
      env.globals.LockService.getDocumentLock().waitLock(100);
      const inner = env.runExecution(() =>
        env.globals.LockService.getDocumentLock().tryLock(2_000),
      );
      expect(inner).toBe(false);
    });
  });

  test("lock calls are counted as 'other' round trips", () => {
    const env = createEnvironment();
    const m = env.calls.measure(() =>
      env.runExecution(() => env.globals.LockService.getDocumentLock().tryLock(10)),
    );
    expect(m.byKind.other).toBe(1);
    expect(m.roundTrips).toBe(1);
  });
});
