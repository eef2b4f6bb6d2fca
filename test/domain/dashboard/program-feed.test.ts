import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FEED_COLUMN,
  FEED_SEPARATOR,
  feedFormula,
  feedProof,
  isErrorValue,
  knowsPair,
  matchesLastKnown,
  planGridFromFeedText,
  UNCHANGED_MARK,
} from "../../../src/domain/dashboard/program-feed";
import { parsePlanTab } from "../../../src/domain/plan-reading/parse-plan-tab";
import { layoutPlanTab } from "../../../src/domain/plan-tab/layout";
import { PLAN_TAB_COLUMNS } from "../../../src/domain/plan-tab/sections";
import { columnLetter } from "../../../src/domain/sheet/a1-notation";
import { dayKey } from "../../../src/domain/sheet/calendar";
import { isDate } from "../../../src/domain/sheet/cell-value";
import { templateById } from "../../../src/domain/templates";
import { planForm } from "../support/plan-form-fixture";
import { serialOfDay, storedBySheets } from "../support/plan-tab-sheet";

/**
 * What the feed formula gives for a grid, as Sheets computes it (LET + TEXTJOIN over the range,
 * each cell tagged: https://support.google.com/docs/answer/7013992): numbers (dates are day
 * numbers) "n…", booleans "bTRUE"/"bFALSE", text "s…", an error "e".
 */
function feedText(grid: readonly (readonly unknown[])[]): string {
  return grid
    .flatMap((row) =>
      row.map((v) =>
        typeof v === "number"
          ? `n${v}`
          : typeof v === "boolean"
            ? `b${v ? "TRUE" : "FALSE"}`
            : isErrorValue(v)
              ? "e"
              : `s${String(v ?? "")}`,
      ),
    )
    .join(FEED_SEPARATOR);
}
const row8 = (...cells: unknown[]) => [...cells, ...Array(8 - cells.length).fill("")];
const ID = "plan-0a1b2c3d4e5f";

describe("feedFormula", () => {
  it("quotes the tab name and joins columns A to the plan tab's last column, to the end", () => {
    const f = feedFormula("Plan · Ana López", 5);
    expect(f).toContain("LET(r,'Plan · Ana López'!A1:H,t,TEXTJOIN(UNICHAR(9247),FALSE,");
    expect(f).toMatch(/^=LET\(/);
    expect(PLAN_TAB_COLUMNS).toBe(8);
  });

  it("shows the mark while the text is exactly its own row's copy", () => {
    const copy = columnLetter(FEED_COLUMN.copy);
    expect(feedFormula("Plan", 5)).toMatch(
      new RegExp(`,IF\\(EXACT\\(t,${copy}5\\),"${UNCHANGED_MARK}",t\\)\\)$`),
    );
  });

  it("follows the layout's width (one home for the plan tab's columns)", () => {
    expect(feedFormula("Plan", 2, 10)).toContain("'Plan'!A1:J,");
  });

  it("doubles an apostrophe inside the name, as Sheets quotes sheet names", () => {
    expect(feedFormula("Ana's plan", 2)).toContain("'Ana''s plan'!A1:H");
  });

  it("refuses an empty name or a row that is none rather than writing a formula that reads nothing", () => {
    expect(() => feedFormula("", 2)).toThrow(/name/);
    expect(() => feedFormula("Plan", 0)).toThrow(/row/);
  });
});

describe("planGridFromFeedText", () => {
  it("cuts the text into tab rows of 8 cells, with each cell's type back", () => {
    const grid = [row8("Title", 3, true, 46082.5, "", "", "", ID), row8("x", false)];
    expect(planGridFromFeedText(feedText(grid), ID)?.grid).toEqual(grid);
  });

  it("drops trailing blank rows and columns, like getDataRange on the tab", () => {
    const text = feedText([row8("A"), row8("", "x"), row8()]);
    expect(planGridFromFeedText(text, ID)?.grid).toEqual([
      ["A", ""],
      ["", "x"],
    ]);
  });

  it("keeps blank rows inside the tab (pairs leave gaps between sections)", () => {
    expect(planGridFromFeedText(feedText([row8("A"), row8(), row8("B")]), ID)?.grid).toEqual([
      ["A"],
      [""],
      ["B"],
    ]);
  });

  it("keeps an error cell as an error value (the parser names it)", () => {
    expect(planGridFromFeedText(feedText([row8("A", "#DIV/0!")]), ID)?.grid).toEqual([
      ["A", "#ERROR!"],
    ]);
  });

  it.each(["#REF!", "#N/A", "#VALUE!", "#NAME?", "#ERROR!"])(
    "gives null for a row showing %s (the tab was deleted, or its text is over Sheets' limit)",
    (error) => {
      expect(planGridFromFeedText(error, ID)).toBeNull();
    },
  );

  it("gives null for no text, for text that is not whole rows, and for unknown tags", () => {
    expect(planGridFromFeedText("", ID)).toBeNull();
    expect(planGridFromFeedText(undefined, ID)).toBeNull();
    expect(planGridFromFeedText(feedText([row8()]), ID)).toBeNull();
    // A separator typed into a plan cell adds a field: the row is not trusted.
    expect(planGridFromFeedText(feedText([row8(`a${FEED_SEPARATOR}b`)]), ID)).toBeNull();
    expect(planGridFromFeedText(feedText([row8("a")]).replace("sa", "xa"), ID)).toBeNull();
    expect(planGridFromFeedText(feedText([row8(1)]).replace("n1", "nx"), ID)).toBeNull();
  });

  it("refuses a width that is not a positive integer", () => {
    expect(() => planGridFromFeedText("sx", ID, 0)).toThrow(RangeError);
  });

  it("gives back any grid of text, numbers and booleans cell for cell", () => {
    const cell = fc.oneof(
      fc.constant(""),
      fc.integer(),
      fc.boolean(),
      fc.string({ minLength: 1 }).filter((t) => !t.includes(FEED_SEPARATOR) && !isErrorValue(t)),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 30 }),
        (tab) => {
          const got = planGridFromFeedText(feedText(tab), ID);
          if (!tab.flat().some((v) => v !== "")) return got === null;
          for (const [r, line] of tab.entries()) {
            for (const [c, v] of line.entries()) expect(got?.grid[r]?.[c] ?? "").toEqual(v);
          }
          return true;
        },
      ),
    );
  });

  it("knows error values from text", () => {
    expect(isErrorValue("#REF!")).toBe(true);
    expect(isErrorValue("REF")).toBe(false);
    expect(isErrorValue(0)).toBe(false);
  });
});

describe("a feed row proves which plan it is", () => {
  const text = (...ids: string[]) => feedText([row8("Mentoring action plan", ...ids)]);
  const proof = (t: string, id = ID) => {
    const feed = planGridFromFeedText(t, id);
    if (!feed) throw new Error("unusable");
    return feedProof(feed, id);
  };

  it("is proven when its tab shows its own plan id", () => {
    expect(proof(text(ID))).toBe("proven");
  });

  it("is contradicted when its tab shows another plan's id (renames swapped two tabs)", () => {
    expect(proof(text("plan-ffffffffffff"))).toBe("contradicted");
    expect(proof(text(ID, "plan-ffffffffffff"))).toBe("contradicted");
  });

  it("is silent for a tab made before tabs showed their id", () => {
    expect(proof(text("no id here"))).toBe("silent");
  });

  it("the plan tab's layout shows its id in row 1", () => {
    const form = planForm("blank");
    const model = layoutPlanTab({
      planId: ID,
      form,
      template: templateById(form.templateId),
      timeZone: "Europe/London",
      coordinatorEmail: "",
    });
    expect(model.values[0]?.[PLAN_TAB_COLUMNS - 1]).toBe(ID);
    const values = model.values.map((row) =>
      row.map((v) => (isDate(v) ? serialOfDay(dayKey(v, "Europe/London")) : storedBySheets(v))),
    );
    expect(proof(feedText(values))).toBe("proven");
  });
});

describe("a feed row checked against what the Dashboard last showed", () => {
  const pair = {
    menteeName: "Ana López",
    mentorName: "Bea Okafor",
    reviewerEmail: "hr@example.org",
    focusArea: "Management",
    startDate: new Date("2026-03-02T00:00:00Z"),
  };

  it("matches when every field the Dashboard showed agrees (spaces forgiven)", () => {
    expect(matchesLastKnown(pair, { menteeName: " Ana López ", mentorName: "Bea Okafor" })).toBe(
      true,
    );
    expect(matchesLastKnown(pair, { ...pair, startDate: new Date("2026-03-02T00:00:00Z") })).toBe(
      true,
    );
    expect(matchesLastKnown(pair, undefined)).toBe(true);
  });

  it("fails for another pair's tab, another start date or another reviewer", () => {
    expect(matchesLastKnown(pair, { menteeName: "Ben Carter" })).toBe(false);
    expect(matchesLastKnown(pair, { startDate: new Date("2026-03-09T00:00:00Z") })).toBe(false);
    expect(matchesLastKnown({ ...pair, startDate: null }, { startDate: pair.startDate })).toBe(
      false,
    );
    expect(matchesLastKnown(pair, { reviewerEmail: "rita@example.org" })).toBe(false);
  });

  it("knows a pair only from a mentee or mentor name", () => {
    expect(knowsPair({ menteeName: "Ana" })).toBe(true);
    expect(knowsPair({ mentorName: "Bea" })).toBe(true);
    expect(knowsPair({ focusArea: "Management" })).toBe(false);
    expect(knowsPair(undefined)).toBe(false);
  });
});

/**
 * Through a formula, Sheets may hand date cells over as the day numbers it stores (day 0 is
 * 1899-12-30: https://support.google.com/docs/answer/3092969) rather than as Dates. A plan read
 * through the feed must parse the same either way.
 */
describe("a plan read through the feed with dates as day numbers", () => {
  const TZ = "America/Los_Angeles";
  const build = () => {
    const form = planForm("move-into-management");
    return layoutPlanTab({
      planId: "plan-0a1b2c3d4e5f",
      form,
      template: templateById(form.templateId),
      timeZone: TZ,
      coordinatorEmail: "",
    });
  };
  const asRead = (values: unknown[][]) =>
    values.map((row) => row.map((v) => (typeof v === "string" ? storedBySheets(v) : v)));
  const asDayNumbers = (values: unknown[][]) =>
    values.map((row) => row.map((v) => (isDate(v) ? serialOfDay(dayKey(v, TZ)) : v)));

  it("parses to the same plan as with Dates, with no problems", () => {
    const values = asRead(build().values);
    const parse = (v: unknown[][], serialDays: boolean) =>
      parsePlanTab({ planId: "p", sheetName: "Plan", values: v, timeZone: TZ, serialDays });
    const withDates = parse(values, false);
    const withNumbers = parse(asDayNumbers(values), true);
    expect(withDates.problems).toEqual([]);
    expect(withNumbers).toEqual(withDates);
    expect(withNumbers.actions.length).toBeGreaterThan(0);
  });

  it("still reports day numbers as problems when read straight from the tab", () => {
    const values = asDayNumbers(asRead(build().values));
    const plan = parsePlanTab({ planId: "p", sheetName: "Plan", values, timeZone: TZ });
    expect(plan.problems.some((p) => /is not a date/.test(p.message))).toBe(true);
  });
});
