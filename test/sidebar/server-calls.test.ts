// The promise wrapper around google.script.run, driven by a fake runner that behaves like the
// documented client API: with* calls return a runner, the failure handler gets an Error.
// https://developers.google.com/apps-script/guides/html/reference/run
import { describe, expect, it } from "vitest";
import {
  createServerCalls,
  failureMessage,
  type ScriptRunner,
  serverCalls,
} from "../../sidebar/server-calls";
import { SIDEBAR_CALLS } from "../../src/sidebar-calls";

type Behaviour = (name: string, args: unknown[]) => { ok: unknown } | { error: unknown };

/** A runner whose server functions answer asynchronously, like google.script.run. */
function fakeRunner(behave: Behaviour, calls: { name: string; args: unknown[] }[] = []) {
  const make = (
    onSuccess: ((v: unknown) => void) | null,
    onFailure: ((e: unknown) => void) | null,
  ): ScriptRunner => {
    const runner: ScriptRunner = {
      withSuccessHandler: (handler) => make(handler, onFailure),
      withFailureHandler: (handler) => make(onSuccess, handler),
    };
    for (const name of SIDEBAR_CALLS) {
      runner[name] = (...args: unknown[]) => {
        calls.push({ name, args });
        setTimeout(() => {
          const outcome = behave(name, args);
          if ("ok" in outcome) onSuccess?.(outcome.ok);
          else onFailure?.(outcome.error);
        }, 0);
      };
    }
    return runner;
  };
  return make(null, null);
}

describe("createServerCalls", () => {
  it("has one function per sidebar call", () => {
    const s = createServerCalls(() => fakeRunner(() => ({ ok: null })));
    expect(Object.keys(s).sort()).toEqual([...SIDEBAR_CALLS].sort());
    for (const name of SIDEBAR_CALLS) expect(typeof s[name]).toBe("function");
  });

  it("resolves with what the server function returned and passes the arguments", async () => {
    const calls: { name: string; args: unknown[] }[] = [];
    const s = createServerCalls(() =>
      fakeRunner((name, args) => ({ ok: { name, echoed: args[0] } }), calls),
    );
    await expect(s.previewReview("rev@example.com")).resolves.toEqual({
      name: "previewReview",
      echoed: "rev@example.com",
    });
    expect(calls).toEqual([{ name: "previewReview", args: ["rev@example.com"] }]);
  });

  it("rejects with an Error carrying the server's message when the function throws", async () => {
    const s = createServerCalls(() =>
      fakeRunner(() => ({ error: new Error("Another insert is running; try again.") })),
    );
    const failure = s.insertPlan({});
    await expect(failure).rejects.toBeInstanceOf(Error);
    await expect(failure).rejects.toThrow("Another insert is running; try again.");
  });

  it("always rejects with an Error, whatever the failure handler was given", async () => {
    const s = createServerCalls(() =>
      fakeRunner(() => ({ error: "Exception: Service invoked too many times" })),
    );
    const failure = s.sendReviewsNow();
    await expect(failure).rejects.toBeInstanceOf(Error);
    await expect(failure).rejects.toThrow("Exception: Service invoked too many times");
  });

  it("keeps concurrent calls apart: each gets its own handlers", async () => {
    let n = 0;
    const s = createServerCalls(() =>
      fakeRunner((name) =>
        name === "refreshDashboard" ? { ok: ++n } : { error: new Error("no") },
      ),
    );
    const [a, b, c] = await Promise.allSettled([
      s.refreshDashboard(),
      s.sendReviewsNow(),
      s.refreshDashboard(),
    ]);
    expect(a).toEqual({ status: "fulfilled", value: 1 });
    expect(b.status).toBe("rejected");
    expect(c).toEqual({ status: "fulfilled", value: 2 });
  });

  it("rejects clearly when the page has no such server function", async () => {
    const bare: ScriptRunner = {
      withSuccessHandler: () => bare,
      withFailureHandler: () => bare,
    };
    await expect(createServerCalls(() => bare).getSidebarState()).rejects.toThrow(
      "The server has no function getSidebarState.",
    );
  });

  it("reads google.script.run only when called, so importing the module is safe anywhere", async () => {
    // No `google` global in node: the call rejects instead of the import throwing.
    await expect(serverCalls.getSidebarState()).rejects.toThrow(/google/);
  });
});

describe("failureMessage", () => {
  it("uses an Error's message, a plain string, or a fallback", () => {
    expect(failureMessage(new Error("Quota exceeded"))).toBe("Quota exceeded");
    expect(failureMessage({ message: "From a plain object" })).toBe("From a plain object");
    expect(failureMessage("Script timed out")).toBe("Script timed out");
    expect(failureMessage(undefined)).toMatch(/did not answer/);
    expect(failureMessage(new Error(""))).toMatch(/did not answer/);
  });
});
