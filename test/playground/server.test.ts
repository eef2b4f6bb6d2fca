/**
 * The playground server over HTTP (no browser): what it refuses, what it serves, and that the
 * workbook survives a restart.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../../scripts/playground/requests";
import { readyMessage, untilServing } from "../../scripts/playground/server";
import { STATE_FILE } from "../../scripts/playground/state";
import type { WorkbookView } from "../../scripts/playground/view-types";
import { insertPlan, startTestPlayground, type TestPlayground } from "./support";

let running: TestPlayground | null = null;
afterEach(async () => {
  await running?.stop();
  running = null;
});

async function start(options: { stateDir?: string; demo?: boolean } = {}): Promise<TestPlayground> {
  running = await startTestPlayground(options);
  return running;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: () => { error?: string; value?: unknown; revision?: number };
}

/** A raw HTTP request, so headers (Host, Content-Type) are ours to set. */
function call(
  pg: TestPlayground,
  method: string,
  path: string,
  options: { body?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: pg.port,
        method,
        path,
        headers: {
          ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: () => JSON.parse(text),
          });
        });
      },
    );
    req.on("error", reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const post = (pg: TestPlayground, path: string, value: unknown) =>
  call(pg, "POST", path, { body: JSON.stringify(value) });

describe("what the server refuses", () => {
  it("an unknown entry point name: 400, and nothing runs", async () => {
    const pg = await start();
    const before = pg.playground.revision;
    const answer = await post(pg, "/api/run/deleteEverything", { args: [] });
    expect(answer.status).toBe(400);
    expect(answer.json().error).toBe('Unknown entry point "deleteEverything".');
    expect(pg.playground.revision).toBe(before);
  });

  it("a body over the size limit: 413", async () => {
    const pg = await start();
    const big = JSON.stringify({ args: ["x".repeat(MAX_BODY_BYTES)] });
    const answer = await call(pg, "POST", "/api/run/getSidebarState", { body: big });
    expect(answer.status).toBe(413);
  });

  it("bodies that are not JSON, not sent as JSON or not in shape: 400 / 415, nothing changed", async () => {
    const pg = await start();
    const before = JSON.stringify(pg.playground.env.serialize());
    const notJson = await call(pg, "POST", "/api/edit", { body: "{sheet:" });
    expect(notJson.status).toBe(400);
    expect(notJson.json().error).toBe("The body is not valid JSON.");
    const form = await call(pg, "POST", "/api/edit", {
      body: "sheet=Sheet1",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(form.status).toBe(415);
    const badCell = await post(pg, "/api/edit", { sheet: "Sheet1", a1: "A1:B2", value: "x" });
    expect(badCell.status).toBe(400);
    expect(badCell.json().error).toContain("a1 must name one cell");
    const badDays = await post(pg, "/api/clock", { days: -14 });
    expect(badDays.status).toBe(400);
    const noSheet = await post(pg, "/api/edit", { sheet: "Nope", a1: "A1", value: "x" });
    expect(noSheet.status).toBe(400);
    expect(noSheet.json().error).toBe('No sheet named "Nope".');
    expect(JSON.stringify(pg.playground.env.serialize())).toBe(before);
  });

  it("a request naming another host (DNS rebinding): 403", async () => {
    const pg = await start();
    const answer = await call(pg, "GET", "/api/workbook", { headers: { host: "evil.example" } });
    expect(answer.status).toBe(403);
  });

  it("listens on 127.0.0.1 only", async () => {
    const pg = await start();
    expect(pg.url).toBe(`http://127.0.0.1:${pg.port}/`);
  });
});

describe("what the server serves", () => {
  it("runs entry points as google.script.run does: results as JSON, errors as their message", async () => {
    const pg = await start();
    const state = await post(pg, "/api/run/getSidebarState", { args: [] });
    expect(state.status).toBe(200);
    expect((state.json().value as { programName: string }).programName).toBe("Mentoring program");
    const failed = await post(pg, "/api/run/previewReview", { args: ["not an email"] });
    expect(failed.status).toBe(500);
    expect(failed.json().error).toBe("Reviewer email must be a valid email address.");
  });

  it("the menu is the one onOpen registered, and the sidebar's template scriptlet is evaluated", async () => {
    const pg = await start();
    const workbook = (await call(pg, "GET", "/api/workbook")).json() as unknown as WorkbookView;
    const addon = workbook.menus.find((m) => m.addon);
    expect(addon?.items.map((i) => i.functionName ?? "—")).toEqual([
      "showSidebar",
      "insertPlanFromMenu",
      "—",
      "refreshDashboard",
      "refreshOutcomes",
      "sendReviewsNow",
      "—",
      "showHelp",
    ]);
    expect((await call(pg, "GET", "/api/sidebar")).status).toBe(404);
    await post(pg, "/api/run/insertPlanFromMenu", { args: [] });
    const sidebar = await call(pg, "GET", "/api/sidebar");
    expect(sidebar.status).toBe(200);
    expect(sidebar.text).toContain('data-initial-view="newPlan"');
    expect(sidebar.text).not.toContain("<?");
    // The bridge is defined before the sidebar's own script runs.
    const bridge = sidebar.text.indexOf("__playgroundEntryPoints");
    expect(bridge).toBeGreaterThan(-1);
    expect(bridge).toBeLessThan(sidebar.text.indexOf('<div id="app">'));
    const after = (await call(pg, "GET", "/api/workbook")).json() as unknown as WorkbookView;
    expect(after.sidebar?.seq).toBe(1);
  });

  it("serves each email in a sandbox without scripts", async () => {
    const pg = await start();
    insertPlan(pg.playground, {
      mentee: "Ana Lopez",
      mentor: "Ben Okafor",
      reviewer: "r@example.org",
    });
    await post(pg, "/api/run/sendReviewsNow", { args: [] });
    const mail = await call(pg, "GET", "/api/mail/0");
    expect(mail.status).toBe(200);
    expect(mail.headers["content-security-policy"]).toMatch(/^sandbox; default-src 'none'/);
    expect(mail.text).toContain("Ana Lopez");
    expect((await call(pg, "GET", "/api/mail/99")).status).toBe(404);
  });
});

describe("state across restarts", () => {
  it("an edit, the clock and the outbox are there after a restart from the same folder", async () => {
    const first = await start();
    const stateDir = first.stateDir;
    await post(first, "/api/edit", { sheet: "Sheet1", a1: "B2", value: "kept" });
    await post(first, "/api/clock", { days: 7 });
    await first.close();
    running = null;

    const second = await start({ stateDir });
    expect(second.playground.env.inspect.cell("Sheet1", "B2").value).toBe("kept");
    expect(second.playground.env.clock.now().toISOString()).toBe("2026-01-12T09:00:00.000Z");
  });

  it("--demo replaces the workbook but keeps the previous one beside it", async () => {
    const first = await start();
    const stateDir = first.stateDir;
    await post(first, "/api/edit", { sheet: "Sheet1", a1: "C3", value: "my own work" });
    await first.close();
    running = null;

    const demo = await start({ stateDir, demo: true });
    expect(demo.playground.env.inspect.hasSheet("Dashboard")).toBe(true);
    const kept = readFileSync(join(stateDir, `${STATE_FILE}.before-demo`), "utf8");
    expect(kept).toContain("my own work");
  });

  it("an unreadable state file is kept aside, never lost, and the playground starts empty", async () => {
    const first = await start();
    const stateDir = first.stateDir;
    await first.close();
    running = null;
    writeFileSync(join(stateDir, STATE_FILE), '{"format": 1, "snapshot": {"version": 7');

    const second = await start({ stateDir });
    const aside = readdirSync(stateDir).find((f) => f.startsWith(`${STATE_FILE}.unreadable-`));
    expect(aside).toBeDefined();
    expect(readFileSync(join(stateDir, aside ?? ""), "utf8")).toBe(
      '{"format": 1, "snapshot": {"version": 7',
    );
    expect(second.logs.join("\n")).toContain("kept it as");
    expect(second.playground.env.inspect.sheetNames()).toEqual(["Sheet1"]);
  });
});

describe("npm start's ready line", () => {
  it("is printed once the page and the workbook are served, and says how long since npm start", async () => {
    const pg = await start();
    await expect(untilServing(pg.url)).resolves.toBeUndefined();
    const url = pg.url;
    await pg.stop();
    running = null;
    // A stopped server is not ready: no address is announced.
    await expect(untilServing(url)).rejects.toThrow();
    const line = readyMessage({ url, stateFile: "/tmp/x/state.json", demo: true, seconds: 4.26 });
    expect(line).toContain(`is ready: ${url}`);
    expect(line).toContain("ready 4.3 s after npm start, build included");
    expect(line).toContain("kept as state.json.before-demo");
  });
});

describe("selecting cells", () => {
  it("sets the emulator's selection (getActiveRange), refusing what is not a cell or block", async () => {
    const pg = await start();
    const env = pg.playground.env;
    expect((await post(pg, "/api/select", { sheet: "Sheet1", a1: "b2:c3" })).status).toBe(200);
    expect(env.rt.direct(() => env.globals.SpreadsheetApp.getActiveRange().getA1Notation())).toBe(
      "B2:C3",
    );
    const bad = await post(pg, "/api/select", { sheet: "Sheet1", a1: "B2:" });
    expect(bad.status).toBe(400);
    expect(bad.json().error).toContain("a1 must name cells");
    expect((await post(pg, "/api/select", { sheet: "Nope", a1: "A1" })).status).toBe(400);
  });
});
