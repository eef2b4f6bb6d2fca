/**
 * The program feed, through the built bundle: a hidden tab whose rows each hold one formula
 * giving a plan tab as one text cell (src/domain/program-feed.ts) lets a refresh read the whole
 * program in a few getValues. Whatever happens to the tabs (renamed, rows
 * inserted, deleted, a new plan, a broken feed row), the Dashboard must say exactly what reading
 * every tab on its own says.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { FEED_COLUMN, feedFormula, UNCHANGED_MARK } from "../../src/domain/dashboard/program-feed";
import { PLAN_TAB_COLUMNS } from "../../src/domain/plan-tab/sections";
import { columnLetter } from "../../src/domain/sheet/a1-notation";
import type { ReviewPreview } from "../../src/domain/sidebar-contract/replies";
import { createEnvironment, type Environment, loadBundle } from "../emulator";
import {
  dashboardTable,
  insertPlan,
  openProgram,
  type Program,
  planForm,
  printCalls,
  rowLabelled,
} from "./program-fixture";

const FEED = "Plan feed (used by the add-on)";
/** A feed line's cell, by column (FEED_COLUMN), and a feed cell's A1 name. */
const at = (line: readonly unknown[] | undefined, key: keyof typeof FEED_COLUMN) =>
  line?.[FEED_COLUMN[key] - 1];
const cellOf = (key: keyof typeof FEED_COLUMN, row: number) =>
  `${columnLetter(FEED_COLUMN[key])}${row}`;
const refresh = (p: Program) => p.bundle.call("refreshDashboard");

/** n plans inserted through the bundle, a few of them edited the way pairs edit. */
function program(n: number): Program & { names: string[]; ids: string[] } {
  const p = openProgram();
  const names: string[] = [];
  const ids: string[] = [];
  for (let i = 1; i <= n; i++) {
    const template = i % 3 === 0 ? "succession" : i % 3 === 1 ? "move-into-management" : "blank";
    const made = insertPlan(p.bundle, planForm(template, { menteeName: `Mentee ${i}` }));
    names.push(made.sheetName);
    ids.push(made.planId);
  }
  p.env.clock.set(new Date("2026-04-06T09:00:00Z"));
  return { ...p, names, ids };
}

/**
 * The Dashboard rows the per-tab path gives for the same workbook: a copy of it without the
 * feed and without the Dashboard (so no tab names are known and no feed row can be written),
 * refreshed; then every tab is read with its own getValues.
 */
function perTabRows(env: Environment, deleted: string[] = []): Record<string, unknown>[] {
  const copy = createEnvironment({ restore: env.serialize() });
  const bundle = loadBundle(copy);
  copy.userDeleteSheet(FEED);
  copy.userDeleteSheet("Dashboard");
  const m = copy.calls.measure(() => bundle.call("refreshDashboard"));
  // One getValues per plan tab: the per-tab path.
  expect(m.byMethod["Range.getValues"]).toBe(dashboardTable(copy).rows.length);
  expect(copy.inspect.sheetNames()).not.toContain(FEED);
  // Without the old Dashboard a deleted tab has no row at all: compare the others.
  return withoutLinks(dashboardTable(copy).rows).filter(
    (r) => !deleted.includes(String(r["Plan id"])),
  );
}

/** Rows without the Plan column's label (the per-tab copy labels rows by the pair). */
function withoutLinks(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return rows.map(({ Plan: _, ...rest }) => rest);
}

/** The feed row of a plan, 1-based. */
function rowOfPlan(env: Environment, planId: string | undefined): number {
  return env.inspect.sheetValues(FEED).findIndex((l) => at(l, "planId") === planId) + 1;
}

function feedIds(env: Environment): string[] {
  return env.inspect
    .sheetValues(FEED)
    .slice(1)
    .map((line) => String(at(line, "planId")))
    .filter((id) => id !== "");
}

describe("the feed after a first refresh", () => {
  test("covers every plan, hidden and marked; the next refresh reads the program in 2 getValues", () => {
    const p = program(12);
    const first = p.env.calls.measure(() => refresh(p));
    expect(first.calls).toBeLessThanOrEqual(12 + 10);
    expect(feedIds(p.env).sort()).toEqual([...p.ids].sort());
    expect(p.env.inspect.sheetState(FEED).hidden).toBe(true);
    expect(at(p.env.inspect.formulas(FEED)[1], "text")).toBe(feedFormula(p.names[0] ?? "", 2));
    // Sized to what it holds: a header and a row per plan, 4 columns.
    expect(p.env.inspect.size(FEED)).toEqual({ maxRows: 13, maxColumns: 4 });
    // Every plan was read whole once: each row now shows the mark and keeps a snapshot.
    const texts = p.env.inspect.sheetValues(FEED).slice(1);
    expect(texts.map((line) => at(line, "text"))).toEqual(Array(12).fill(UNCHANGED_MARK));
    expect(texts.every((line) => String(at(line, "snapshot")).startsWith("{"))).toBe(true);
    // Stamped with the build that took them: the hash scripts/build.mjs wrote into the bundle.
    const build = JSON.parse(String(at(texts[0], "snapshot"))).b;
    expect(build).toMatch(/^[0-9a-f]{12}$/);
    expect(readFileSync(new URL("../../dist/Code.js", import.meta.url), "utf8")).toContain(
      JSON.stringify(build),
    );
    const second = p.env.calls.measure(() => refresh(p));
    expect(second.byMethod["Range.getValues"]).toBe(2);
    expect(second.byMethod["Range.setValues"]).toBe(1); // the Dashboard only
    expect(withoutLinks(dashboardTable(p.env).rows)).toEqual(perTabRows(p.env));
  });
});

describe("the Dashboard through the feed equals the per-tab read", () => {
  test.each([10, 100, 1000])(
    "N = %i: a second refresh costs a few calls and gives the same rows",
    (n) => {
      const p = bigProgram(n);
      refresh(p);
      const m = p.env.calls.measure(() => refresh(p));
      const rows = dashboardTable(p.env).rows;
      expect(rows).toHaveLength(n);
      expect(withoutLinks(rows)).toEqual(perTabRows(p.env));
      expect(m.calls).toBeLessThanOrEqual(8 + Math.ceil(n / 200));
      measured.push({
        plans: n,
        calls: m.calls,
        "round trips": m.roundTrips,
        getValues: m.byMethod["Range.getValues"] ?? 0,
      });
      if (n === 1000)
        printCalls("Service calls of a refresh once the feed covers the program", measured);
    },
    // 1,000 plans are copied whole once more for the per-tab read (the emulator's snapshot);
    // ~40–90 s of emulation on a loaded 2-core machine: a limit, not a measure.
    180_000,
  );
});
const measured: Record<string, string | number>[] = [];

/** n plans: 10 inserted through the bundle, the rest copies of the first (uncounted, fast). */
function bigProgram(n: number): Program {
  const p = program(Math.min(n, 10));
  const { env } = p;
  const source = env.inspect.sheetNames().find((s) => s.startsWith("Plan · ")) as string;
  const menteeRow = rowLabelled(env.inspect.sheetValues(source), "Mentee");
  env.rt.direct(() => {
    const template = env.spreadsheet.getSheetByName(source);
    if (!template) throw new Error(`No tab ${source}`);
    for (let i = 11; i <= n; i++) {
      const copy = env.spreadsheet.insertSheet(`Plan · Mentee ${i}`, { template });
      copy.addDeveloperMetadata("mentoringActionPlan.planId", `plan-copy-${i}`);
      copy.getRange(menteeRow, 2).setValue(`Mentee ${i}`);
      // The tab shows its own plan id in row 1, as plan-layout.ts writes it.
      copy.getRange(1, PLAN_TAB_COLUMNS).setValue(`plan-copy-${i}`);
    }
  });
  // Copies are not on the Dashboard: a first refresh lists them, the next writes their rows.
  refresh(p);
  return p;
}

describe("tabs changed by users, the feed changed under the add-on", () => {
  test("renamed, rows inserted, deleted, a new plan, a broken feed row: every row is right", () => {
    const p = program(8);
    refresh(p);
    const { env } = p;
    const [renamed, grown, gone, broken] = p.names as [string, string, string, string];
    env.userRenameSheet(renamed, "Ana's renamed plan");
    const v = env.inspect.sheetValues(grown);
    const progress = rowLabelled(v, "PROGRESS");
    env.userInsertRowsAfter(grown, progress + 1, 3);
    env.userEdit(grown, `A${progress + 2}`, "2026-04-01");
    env.userEdit(grown, `C${progress + 2}`, "Check-in in an inserted row");
    env.userDeleteSheet(gone);
    const brokenRow = rowOfPlan(env, p.ids[3]);
    // Something typed over the row's formula: its text is no plan tab.
    env.userEdit(FEED, cellOf("text", brokenRow), "typed here");
    expect(env.inspect.cell(FEED, cellOf("text", brokenRow)).value).toBe("typed here");
    const added = insertPlan(p.bundle, planForm("blank", { menteeName: "Newcomer" }));
    expect(feedIds(env)).not.toContain(added.planId); // inserts do not touch the feed

    refresh(p);
    const rows = dashboardTable(env).rows;
    expect(rows.find((r) => r["Plan id"] === p.ids[2])?.Problems).toBe("tab was deleted");
    expect(withoutLinks(rows.filter((r) => r["Plan id"] !== p.ids[2]))).toEqual(
      perTabRows(env, [p.ids[2] as string]),
    );
    expect(rows.find((r) => r["Plan id"] === p.ids[1])?.["Last check-in"]).toBeInstanceOf(Date);
    // Healed: the new plan has its row, the deleted tab's row is gone.
    expect(feedIds(env)).toContain(added.planId);
    expect(feedIds(env)).not.toContain(p.ids[2]);
    void broken;
    // And the next refresh still agrees.
    refresh(p);
    expect(withoutLinks(dashboardTable(env).rows.filter((r) => r["Plan id"] !== p.ids[2]))).toEqual(
      perTabRows(env, [p.ids[2] as string]),
    );
  });
});

describe("plans unchanged since the last refresh come from their snapshots", () => {
  /** The feed's rows: text column and snapshot column, by plan id. */
  const feedLines = (env: Environment) =>
    new Map(
      env.inspect
        .sheetValues(FEED)
        .slice(1)
        .map((l) => [String(at(l, "planId")), l]),
    );

  test("an edited plan alone is read whole again; the others cost a mark and a snapshot", () => {
    const p = program(12);
    refresh(p);
    const { env } = p;
    const edited = p.names[4] as string;
    const row = rowLabelled(env.inspect.sheetValues(edited), "Reviewer");
    env.userEdit(edited, `B${row}`, "new.reviewer@example.org");
    const texts = [...feedLines(env).values()].map((l) => at(l, "text"));
    expect(texts.filter((t) => t !== UNCHANGED_MARK)).toHaveLength(1);
    const m = env.calls.measure(() => refresh(p));
    // The feed and the Dashboard read; the Dashboard written and the one snapshot and copy kept.
    expect(m.byMethod["Range.getValues"]).toBe(2);
    expect(m.byMethod["Range.setValues"]).toBe(3);
    const rows = dashboardTable(env).rows;
    expect(rows.find((r) => r["Plan id"] === p.ids[4])?.Reviewer).toBe("new.reviewer@example.org");
    expect(withoutLinks(rows)).toEqual(perTabRows(env));
    expect([...feedLines(env).values()].every((l) => at(l, "text") === UNCHANGED_MARK)).toBe(true);
  });

  test("a plan gone and a new one: the new one takes the free row, no other row is disturbed", () => {
    const p = program(12);
    refresh(p);
    const { env } = p;
    const goneRow = rowOfPlan(env, p.ids[5]);
    env.userDeleteSheet(p.names[5] as string);
    const added = insertPlan(p.bundle, planForm("blank", { menteeName: "Newcomer" }));
    refresh(p);
    const lines = env.inspect.sheetValues(FEED);
    expect(at(lines[goneRow - 1], "planId")).toBe(added.planId);
    expect(env.inspect.size(FEED).maxRows).toBe(13);
    expect(lines.slice(1).every((l) => at(l, "text") === UNCHANGED_MARK)).toBe(true);
    const next = env.calls.measure(() => refresh(p));
    expect(next.byMethod["Range.getValues"]).toBe(2);
    expect(next.byMethod["Range.setValues"]).toBe(1);
  });

  test("weeks later, with nothing edited, the rows are those of reading every tab that day", () => {
    const p = program(12);
    const name = p.names[0] as string;
    const progress = rowLabelled(p.env.inspect.sheetValues(name), "PROGRESS");
    p.env.userEdit(name, `A${progress + 2}`, "2026-04-01");
    p.env.userEdit(name, `C${progress + 2}`, "First check-in");
    refresh(p);
    const days = () => dashboardTable(p.env).rows.map((r) => r["Days since check-in"]);
    expect(days()).toContain(5);
    p.env.clock.advance(45 * 24 * 3_600_000);
    const m = p.env.calls.measure(() => refresh(p));
    expect(m.byMethod["Range.getValues"]).toBe(2);
    expect(days()).toContain(50);
    expect(withoutLinks(dashboardTable(p.env).rows)).toEqual(perTabRows(p.env));
  });

  test("a snapshot of another time zone, or one spoiled by hand, is not used: the copy is read", () => {
    const p = program(12);
    refresh(p);
    const { env } = p;
    const snapshotCell = cellOf("snapshot", rowOfPlan(env, p.ids[2]));
    env.userEdit(FEED, snapshotCell, String(env.inspect.cell(FEED, snapshotCell).value).slice(9));
    const spoiledRun = env.calls.measure(() => refresh(p));
    // The feed, the one copy, the Dashboard.
    expect(spoiledRun.byMethod["Range.getValues"]).toBe(3);
    expect(withoutLinks(dashboardTable(env).rows)).toEqual(perTabRows(env));
    expect(String(env.inspect.cell(FEED, snapshotCell).value)).toMatch(/^\{/);

    // Snapshots taken under another zone (its day numbers are other days): every one refused,
    // every copy read, in one run.
    const column = env.inspect.sheetValues(FEED).slice(1);
    column.forEach((line, i) => {
      const other = String(at(line, "snapshot")).replace('"tz":"Europe/London"', '"tz":"UTC"');
      expect(other).not.toBe(at(line, "snapshot"));
      env.userEdit(FEED, cellOf("snapshot", i + 2), other);
    });
    const moved = env.calls.measure(() => refresh(p));
    expect(moved.byMethod["Range.getValues"]).toBe(3);
    expect(withoutLinks(dashboardTable(env).rows)).toEqual(perTabRows(env));
    const again = env.calls.measure(() => refresh(p));
    expect(again.byMethod["Range.getValues"]).toBe(2);
  });

  test("a plan whose snapshot would not fit in a cell is read from its text each time", () => {
    const p = program(12);
    const { env } = p;
    const name = p.names[3] as string;
    // 1,400 check-ins typed with dates that are not dates: a problem each, so the snapshot
    // (which keeps every problem) is longer than a cell holds, while the tab's text is not.
    const progress = rowLabelled(env.inspect.sheetValues(name), "PROGRESS");
    env.userInsertRowsAfter(name, progress + 2, 1400);
    env.userEdit(
      name,
      `A${progress + 3}`,
      Array.from({ length: 1400 }, (_, i) => [`someday ${i}`]),
    );
    expect(() => refresh(p)).not.toThrow();
    const row = rowOfPlan(env, p.ids[3]);
    const line = env.inspect.sheetValues(FEED)[row - 1];
    expect(String(at(line, "text")).length).toBeLessThanOrEqual(50_000);
    expect(at(line, "text")).not.toBe(UNCHANGED_MARK);
    expect(at(line, "snapshot")).toBe("");
    expect(withoutLinks(dashboardTable(env).rows)).toEqual(perTabRows(env));
    // Every other plan still keeps its snapshot.
    const marks = env.inspect
      .sheetValues(FEED)
      .slice(1)
      .filter((l) => at(l, "text") === UNCHANGED_MARK);
    expect(marks).toHaveLength(11);
  });

  test("review runs read every plan's wording, not snapshots", () => {
    const p = program(12);
    refresh(p);
    const { env } = p;
    expect([...feedLines(env).values()].every((l) => at(l, "text") === UNCHANGED_MARK)).toBe(true);
    const copy = createEnvironment({ restore: env.serialize() });
    const bundle = loadBundle(copy);
    copy.userDeleteSheet(FEED);
    const sent = p.bundle.call<{ sent: number }>("sendReviewsNow");
    expect(sent.sent).toBe(1);
    const perTab = bundle.call<{ sent: number }>("sendReviewsNow");
    expect(perTab.sent).toBe(1);
    // The digest names goals' and actions' words, which snapshots leave out.
    const digest = env.outbox.at(-1)?.htmlBody ?? "";
    expect(digest).toContain("Mentee 1");
    expect(digest).toBe(copy.outbox.at(-1)?.htmlBody);
  });
});

describe("a preview reads only its reviewer's plans", () => {
  test("the same digest as a read of the whole program, from the reviewer's tabs alone", () => {
    const p = program(12);
    const { env } = p;
    // Eight pairs move to another reviewer; the Dashboard learns it at the next refresh.
    for (const name of p.names.slice(4)) {
      const row = rowLabelled(env.inspect.sheetValues(name), "Reviewer");
      env.userEdit(name, `B${row}`, "other.reviewer@example.org");
    }
    refresh(p);
    const scoped = env.calls.measure(() =>
      p.bundle.call<ReviewPreview>("previewReview", "hr.partner@example.org"),
    );
    expect(scoped.result.pairs).toBe(4);
    // The reviewer's 4 tabs and the Dashboard's Plan id and Reviewer columns (to find them; no
    // Review log yet); no feed read.
    expect(scoped.byMethod["Range.getValues"]).toBe(4 + 2);
    const copy = createEnvironment({ restore: env.serialize() });
    const bundle = loadBundle(copy);
    copy.userDeleteSheet("Dashboard");
    const whole = bundle.call<ReviewPreview>("previewReview", "hr.partner@example.org");
    expect(scoped.result.html).toBe(whole.html);
  });
});

describe("a feed row proves which plan it is", () => {
  test("a row edited to read another plan's tab is not trusted by refreshes or review runs", () => {
    const p = program(12);
    refresh(p);
    const { env } = p;
    const row = rowOfPlan(env, p.ids[0]);
    // By hand (or after two tabs swapped names): plan 1's row now reads plan 2's tab.
    env.userEdit(FEED, cellOf("text", row), feedFormula(p.names[1] ?? "", row));
    const preview = p.bundle.call<ReviewPreview>("previewReview", "hr.partner@example.org");
    expect(preview.pairs).toBe(12);
    expect(preview.html).toContain("Mentee 1 &amp; ");
    const sent = p.bundle.call<{ sent: number }>("sendReviewsNow");
    expect(sent.sent).toBe(1);
    expect(env.outbox.at(-1)?.body).toContain("Mentee 1 & ");
    refresh(p);
    const rows = dashboardTable(env).rows;
    expect(rows.find((r) => r["Plan id"] === p.ids[0])?.Mentee).toBe("Mentee 1");
    expect(withoutLinks(rows)).toEqual(perTabRows(env));
  });

  test("a feed tab of the earlier layout (a spill of every tab) is deleted by the next refresh", () => {
    const p = program(12);
    const { env } = p;
    env.rt.direct(() => {
      const old = env.spreadsheet.insertSheet("Plan feed (old)");
      old.addDeveloperMetadata("mentoringActionPlan.tab", `feed:${old.getSheetId()}`);
    });
    refresh(p);
    expect(env.inspect.sheetNames()).not.toContain("Plan feed (old)");
    expect(env.inspect.sheetNames()).toContain(FEED);
  });
});
