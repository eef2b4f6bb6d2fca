import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  feedColumnOf,
  feedColumnsFor,
  feedFormula,
  isErrorValue,
  knowsPair,
  matchesLastKnown,
  planGridFromFeedRow,
} from "../../../src/domain/dashboard/program-feed";
import { parsePlanTab } from "../../../src/domain/plan-reading/parse-plan-tab";
import { layoutPlanTab } from "../../../src/domain/plan-tab/layout";
import { dayKey } from "../../../src/domain/sheet/calendar";
import { isDate } from "../../../src/domain/sheet/cell-value";
import { templateById } from "../../../src/domain/templates";
import { planForm } from "../support/plan-form-fixture";
import { serialOfDay, storedBySheets } from "../support/plan-tab-sheet";

// TOROW flattens a range row by row: https://support.google.com/docs/answer/13188200
describe("feedFormula", () => {
  it("quotes the tab name and reads columns A to H to the end of the tab", () => {
    expect(feedFormula("Plan · Ana López")).toBe("=TOROW('Plan · Ana López'!A1:H)");
  });

  it("doubles an apostrophe inside the name, as Sheets quotes sheet names", () => {
    expect(feedFormula("Ana's plan")).toBe("=TOROW('Ana''s plan'!A1:H)");
  });

  it("refuses an empty name rather than writing a formula that reads nothing", () => {
    expect(() => feedFormula("")).toThrow(/name/);
  });
});

describe("planGridFromFeedRow", () => {
  it("cuts the row into tab rows of 8 cells", () => {
    const row = Array.from({ length: 16 }, (_, i) => i + 1);
    expect(planGridFromFeedRow(row)).toEqual([
      [1, 2, 3, 4, 5, 6, 7, 8],
      [9, 10, 11, 12, 13, 14, 15, 16],
    ]);
  });

  it("drops trailing blank rows and columns, like getDataRange on the tab", () => {
    const row = [
      "A",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "x",
      "",
      "",
      "",
      "",
      "",
      "",
      ...Array(8).fill(""),
    ];
    expect(planGridFromFeedRow(row)).toEqual([
      ["A", ""],
      ["", "x"],
    ]);
  });

  it("keeps blank rows inside the tab (pairs leave gaps between sections)", () => {
    const row = ["A", ...Array(7).fill(""), ...Array(8).fill(""), "B", ...Array(7).fill("")];
    expect(planGridFromFeedRow(row)).toEqual([["A"], [""], ["B"]]);
  });

  it("pads a last row cut short by the feed's width", () => {
    expect(planGridFromFeedRow([1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual([
      [1, 2, 3, 4, 5, 6, 7, 8],
      [9, "", "", "", "", "", "", ""],
    ]);
  });

  it("keeps Dates, numbers and booleans as they are", () => {
    const day = new Date("2026-03-02T00:00:00Z");
    expect(planGridFromFeedRow([day, 3, true, "", "", "", "", ""])).toEqual([[day, 3, true]]);
  });

  it.each(["#REF!", "#N/A", "#VALUE!", "#NAME?", "#ERROR!"])(
    "gives null for a row showing %s (the tab was deleted or the spill was blocked)",
    (error) => {
      expect(planGridFromFeedRow([error])).toBeNull();
      expect(planGridFromFeedRow(["Title", error, "", "", "", "", "", ""])).toBeNull();
    },
  );

  it("gives null for an empty row (no formula yet)", () => {
    expect(planGridFromFeedRow([])).toBeNull();
    expect(planGridFromFeedRow(["", "", ""])).toBeNull();
  });

  it("refuses a width that is not a positive integer", () => {
    expect(() => planGridFromFeedRow([1], 0)).toThrow(RangeError);
  });

  it("puts every cell back where feedColumnOf says it was spilled", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(fc.constant(""), fc.integer(), fc.string({ minLength: 1 })), {
            minLength: 8,
            maxLength: 8,
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (tab) => {
          const row: unknown[] = [];
          tab.forEach((line, r) => {
            line.forEach((v, c) => {
              row[feedColumnOf(r + 1, c + 1) - 2] = v;
            });
          });
          const grid = planGridFromFeedRow(row);
          const nonBlank = tab.flat().some((v) => v !== "");
          if (!nonBlank) return grid === null;
          for (const [r, line] of tab.entries()) {
            for (const [c, v] of line.entries()) expect(grid?.[r]?.[c] ?? "").toBe(v);
          }
          return true;
        },
      ),
    );
  });
});

describe("feed sizes", () => {
  it("needs 1 + 8 × rows columns for a tab of that many rows", () => {
    expect(feedColumnsFor(131)).toBe(1049);
    expect(feedColumnOf(131, 8)).toBe(1049);
  });

  it("knows error values from text", () => {
    expect(isErrorValue("#REF!")).toBe(true);
    expect(isErrorValue("REF")).toBe(false);
    expect(isErrorValue(0)).toBe(false);
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
