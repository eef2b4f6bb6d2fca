import { describe, expect, it } from "vitest";
import {
  layoutImpactReport,
  REPORT_SECTIONS,
  reportPeriod,
} from "../../../src/domain/outcomes/impact-report";
import { pairOutcomes } from "../../../src/domain/outcomes/pair-outcomes";
import { programOutcomes } from "../../../src/domain/outcomes/program-outcomes";
import { dateOfDay } from "../../../src/domain/sheet/calendar";
import { day, TZ } from "./fixtures";
import { PROGRAM, TODAY } from "./program-fixture";

const pairs = PROGRAM.map((p, i) => pairOutcomes(p, 100 + i, TODAY, TZ));
const preparedAt = dateOfDay(TODAY, TZ);
const report = layoutImpactReport({
  programName: "Leaders 2026",
  pairs,
  totals: programOutcomes(pairs),
  preparedAt,
  timeZone: TZ,
});
const line = (label: string) => report.values.find((r) => r[0] === label);

describe("layoutImpactReport", () => {
  it("is dated and says the period it covers (earliest start to the day prepared)", () => {
    expect(report.values[0]?.[0]).toBe("Leaders 2026 · Program impact report");
    expect(line("Prepared on")?.[1]).toEqual(preparedAt);
    expect(line("Period covered")?.[1]).toBe("2025-10-06 to 2026-05-01");
    expect(report.period).toEqual({ from: "2025-10-06", to: "2026-05-01" });
  });

  it("reports the program's figures under their sections", () => {
    const titles = report.sectionRows.map((r) => report.values[r - 1]?.[0]);
    expect(titles).toEqual(Object.values(REPORT_SECTIONS));
    expect(line("Pairs in the program")?.[1]).toBe(5);
    expect(line("Active now")?.[1]).toBe(2);
    expect(line("Ended early")?.[1]).toBe(1);
    expect(line("Check-ins held")?.[1]).toBe(17);
    expect(line("Goal attainment")?.slice(1)).toEqual([0.4, "attained of assessed"]);
    expect(line("Median days from start to goal done")?.slice(1)).toEqual([
      60,
      "3 goals with a done-on date",
    ]);
    expect(line("Share of the target gap closed")?.[1]).toBe(0.5);
    expect(line("Mentee satisfaction (0–10)")?.slice(1)).toEqual([52 / 7, "7 answers"]);
    expect(line("NPS-style score (−100 to 100)")?.slice(1)).toEqual([
      25,
      "% of 9–10 minus % of 0–6, 12 answers",
    ]);
    expect(line('"Is this pairing working?" answered Yes')?.slice(1)).toEqual([
      9 / 12,
      "9 yes, 2 not sure, 1 no",
    ]);
    expect(line("Promotion")?.[1]).toBe(1);
    expect(line("Colleague feedback")?.slice(1)).toEqual([1, "evidence of leadership growth"]);
    expect(line("Pairs reporting a career outcome")?.slice(1)).toEqual([2, "40% of pairs"]);
  });

  it("ends with the pairs' own words, unnamed", () => {
    const words = report.sectionRows.at(-1) as number;
    expect(report.values.slice(words, words + 2)).toEqual([
      ["“Practising difficult conversations before having them”", "— a mentee, Final review", ""],
      ["“Shadowing meetings”", "— a mentee, Mid-point", ""],
    ]);
    expect(report.values.flat().join(" ")).not.toMatch(/Ana|Ben|Dee/);
  });

  it("an empty program still makes a report, with blanks for what cannot be measured", () => {
    const empty = layoutImpactReport({
      programName: "P",
      pairs: [],
      totals: programOutcomes([]),
      preparedAt,
      timeZone: TZ,
    });
    expect(empty.values.find((r) => r[0] === "Goal attainment")?.[1]).toBe("");
    expect(empty.values.at(-1)?.[0]).toBe('No "what helped" answers yet.');
    expect(reportPeriod([], preparedAt, TZ)).toEqual({ from: TODAY, to: TODAY });
    expect(reportPeriod([{ startDate: day("2026-06-01") }], preparedAt, TZ).from).toBe(TODAY);
  });
});
