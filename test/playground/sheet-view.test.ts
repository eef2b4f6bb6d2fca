/**
 * What the playground's grid shows for a tab: formulas evaluated against the emulator's clock,
 * conditional formats applied as Sheets applies them, dropdowns, charts.
 */

import { describe, expect, it } from "vitest";
import { pinClock, serialOf, shiftFormula } from "../../scripts/playground/formulas";
import { sheetView } from "../../scripts/playground/sheet-view";
import type { CellView, SheetView } from "../../scripts/playground/view-types";
import { FEED_COLUMN, UNCHANGED_MARK } from "../../src/domain/dashboard/program-feed";
import { dashboardColumn } from "../../src/domain/dashboard/row";
import { columnLetter } from "../../src/domain/sheet/a1-notation";
import { createEnvironment, loadBundle } from "../emulator";
import { planFormFor } from "./support";

/** WCAG 2 contrast ratio of two #rrggbb colours (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe("conditional-format formulas moved to each cell", () => {
  // https://support.google.com/docs/answer/78413: a custom formula is written for the range's
  // first cell; relative references follow each cell, $-anchored ones stay.
  it("moves relative rows and columns and keeps anchored ones", () => {
    expect(shiftFormula('=AND($E40<TODAY(),$G40<>"Done")', 3, 2)).toBe(
      '=AND($E43<TODAY(),$G43<>"Done")',
    );
    expect(shiftFormula("=LEN(Q16)>0", 2, 1)).toBe("=LEN(R18)>0");
    expect(shiftFormula("=A$1+$B$2+C3", 1, 1)).toBe("=B$1+$B$2+D4");
  });

  it("leaves text in quotes and function names alone", () => {
    expect(shiftFormula('=IF(A1="B2",LOG10(A1),"")', 1, 0)).toBe('=IF(A2="B2",LOG10(A2),"")');
  });
});

describe("TODAY() and NOW() pinned to the emulated clock", () => {
  it("uses the day in the spreadsheet's time zone, as Sheets' serial number", () => {
    // 23:30 UTC on 5 Jan is already 6 Jan in Auckland: one serial day later than in London.
    const now = new Date("2026-01-05T23:30:00Z");
    const london = Math.floor(serialOf(now, "Europe/London"));
    expect(Math.floor(serialOf(now, "Pacific/Auckland"))).toBe(london + 1);
    // Serial 0 is 1899-12-30, so 1900-01-01 is 2 (Sheets' epoch).
    expect(serialOf(new Date("1900-01-01T00:00:00Z"), "UTC")).toBe(2);
    expect(pinClock('=IF(A1<TODAY(),"TODAY()",NOW())', now, "Europe/London")).toBe(
      `=IF(A1<${london},"TODAY()",${serialOf(now, "Europe/London")})`,
    );
  });
});

function cellOf(view: SheetView, a1: string): CellView {
  const m = /^([A-Z])(\d+)$/.exec(a1);
  const cell = view.cells[Number(m?.[2]) - 1]?.[(m?.[1] ?? "A").charCodeAt(0) - 65];
  if (!cell) throw new Error(`No cell ${a1} in the view.`);
  return cell;
}

function rowWith(view: SheetView, column: number, text: string): number {
  const i = view.cells.findIndex((line) => line[column]?.text === text);
  if (i < 0) throw new Error(`No "${text}" in column ${column}.`);
  return i + 1;
}

describe("a plan tab as the page draws it", () => {
  function planTab() {
    const env = createEnvironment({ now: new Date("2026-01-05T09:00:00Z") });
    const bundle = loadBundle(env);
    const pg = { call: (name: string, args: unknown[]) => bundle.call(name, ...args) };
    const form = planFormFor(pg as never, {
      mentee: "Ana Lopez",
      mentor: "Ben Okafor",
      reviewer: "rita@example.org",
    });
    const result = bundle.call<{ ok: boolean; sheetName: string }>("insertPlan", form);
    if (!result.ok) throw new Error("insertPlan refused the form");
    return { env, bundle, tab: result.sheetName };
  }

  it("shows the live summary, dropdowns and the frozen header", () => {
    const { env, tab } = planTab();
    const view = sheetView(env, tab);
    const completion = rowWith(view, 0, "Completion") + 1;
    expect(cellOf(view, `A${completion}`)).toMatchObject({ text: "0%", formula: true });
    expect(cellOf(view, `A${completion}`).input).toMatch(/^=IFERROR\(AVERAGE\(/);
    expect(cellOf(view, `C${completion}`).text).toBe("None yet");
    const firstGoal = rowWith(view, 0, "GOALS") + 2;
    expect(cellOf(view, `E${firstGoal}`).options).toEqual([
      "Not started",
      "In progress",
      "Done",
      "Dropped",
    ]);
    expect(view.frozenRows).toBeGreaterThan(0);
    expect(cellOf(view, "A1").bold).toBe(true);
  });

  it("a goal marked Done: 25 % and the goal row shaded green", () => {
    const { env, tab } = planTab();
    const before = sheetView(env, tab);
    const firstGoal = rowWith(before, 0, "GOALS") + 2;
    const completion = rowWith(before, 0, "Completion") + 1;
    expect(cellOf(before, `A${firstGoal}`).background).toBeUndefined();
    env.userEdit(tab, `E${firstGoal}`, "Done");
    const after = sheetView(env, tab);
    expect(cellOf(after, `A${completion}`).text).toBe("25%");
    expect(cellOf(after, `A${firstGoal}`).background).toBe("#d9ead3");
    expect(cellOf(after, `A${firstGoal + 1}`).background).toBeUndefined();
  });

  it("an action past its due date turns red and is named late in the summary; once Done, grey at 4.5:1 or more", () => {
    const { env, tab } = planTab();
    const view = sheetView(env, tab);
    const firstAction = rowWith(view, 0, "ACTIONS") + 2;
    const due = cellOf(view, `E${firstAction}`).text;
    expect(cellOf(view, `C${firstAction}`).background).toBeUndefined();
    const overdueAt = new Date(`${due}T12:00:00Z`).getTime() + 86_400_000;
    env.clock.set(new Date(overdueAt));
    const late = sheetView(env, tab);
    expect(cellOf(late, `C${firstAction}`)).toMatchObject({
      background: "#f4cccc",
      color: "#990000",
    });
    const overdue = rowWith(late, 1, "Overdue actions") + 1;
    expect(Number(cellOf(late, `B${overdue}`).text)).toBeGreaterThan(0);
    // Not by colour alone: the summary names the late actions in words.
    const number = cellOf(late, `A${firstAction}`).text;
    expect(cellOf(late, `D${overdue}`).text).toMatch(new RegExp(`^Late actions: #${number}\\b`));
    env.userEdit(tab, `G${firstAction}`, "Done");
    const done = sheetView(env, tab);
    expect(cellOf(done, `C${firstAction}`).background).toBeUndefined();
    expect(contrast(cellOf(done, `C${firstAction}`).color ?? "", "#ffffff")).toBeGreaterThanOrEqual(
      4.5,
    );
    expect(cellOf(done, `D${overdue}`).text).not.toContain(`#${number},`);
  });

  it("the Dashboard: plan links to their tabs, health colours and the chart's bars", () => {
    const { env, bundle, tab } = planTab();
    bundle.call("refreshDashboard");
    const view = sheetView(env, "Dashboard");
    const planRow = rowWith(view, 1, "Ana Lopez");
    expect(cellOf(view, `A${planRow}`)).toMatchObject({ text: tab, linkSheet: tab });
    const health = columnLetter(dashboardColumn("Health"));
    expect(cellOf(view, `${health}${planRow}`)).toMatchObject({
      text: "On track",
      background: "#d9ead3",
    });
    expect(view.charts).toHaveLength(1);
    expect(view.charts[0]?.bars).toEqual([{ label: "Ana Lopez", value: 0, text: "0%" }]);
    expect(view.undrawnRules).toEqual([]);
  });
});

describe("the hidden program feed as the page draws it", () => {
  it("lists the feed as hidden, and draws its feed cells with the emulator's values", () => {
    const env = createEnvironment({ now: new Date("2026-01-05T09:00:00Z") });
    const bundle = loadBundle(env);
    const pg = { call: (name: string, args: unknown[]) => bundle.call(name, ...args) };
    for (const mentee of [
      "Ana Lopez",
      "Bo Li",
      "Cy Day",
      "Di Ng",
      "Ed Oz",
      "Flo Ra",
      "Gus Po",
      "Hal Ek",
      "Ida Um",
      "Jo Ax",
      "Kit Yu",
      "Lu Ve",
    ]) {
      const form = planFormFor(pg as never, {
        mentee,
        mentor: "Ben Okafor",
        reviewer: "rita@example.org",
      });
      bundle.call("insertPlan", form);
    }
    bundle.call("refreshDashboard");
    const feed = "Plan feed (used by the add-on)";
    expect(env.inspect.sheetState(feed).hidden).toBe(true);
    const view = sheetView(env, feed);
    const b2 = cellOf(view, `${columnLetter(FEED_COLUMN.text)}2`);
    expect(b2.formula).toBe(true);
    expect(b2.input).toMatch(/^=LET\(r,'Plan · /);
    // The emulator's value (the mark: the tab is as the copy beside it says), not
    // HyperFormula's #NAME? for a function it does not know; the copy is the tab as text, its
    // title first.
    expect(b2.text).toBe(UNCHANGED_MARK);
    const tab = /^=LET\(r,'(.*)'!A1:H,/.exec(String(b2.input))?.[1] ?? "";
    const copy = cellOf(view, `${columnLetter(FEED_COLUMN.copy)}2`);
    expect(copy.text.startsWith(`s${String(env.inspect.sheetValues(tab)[0]?.[0])}`)).toBe(true);
  });
});
