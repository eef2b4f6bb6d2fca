import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  nextSheetNameCandidate,
  planSheetBase,
  planSheetName,
  SHEET_NAME_MAX_LENGTH,
} from "../../../src/domain/sheet/sheet-name";

const ILLEGAL = /[:\\/?*[\]]/;
const hasControl = (s: string) => [...s].some((ch) => (ch.codePointAt(0) ?? 0) < 32);
const length = (s: string) => Array.from(s).length;

describe("planSheetName", () => {
  it("names the tab after the mentee", () => {
    expect(planSheetName("Ana López", new Set())).toBe("Plan · Ana López");
  });

  it("adds (2), (3)… when the name is taken, comparing case-insensitively like Sheets", () => {
    expect(planSheetName("Ana López", new Set(["Plan · Ana López"]))).toBe("Plan · Ana López (2)");
    expect(planSheetName("Ana López", ["plan · ana lópez", "Plan · Ana López (2)"])).toBe(
      "Plan · Ana López (3)",
    );
    const taken = (n: string) => n === "Plan · Ana López" || n === "Plan · Ana López (2)";
    expect(planSheetName("Ana López", taken)).toBe("Plan · Ana López (3)");
  });

  it("strips characters sheet names cannot hold and tidies spaces", () => {
    expect(planSheetName("  Ana [team]: a/b\\c?*  ", new Set())).toBe("Plan · Ana team a b c");
    expect(planSheetName("Ana\tLópez\n", new Set())).toBe("Plan · Ana López");
    expect(planSheetName("'Ana'", new Set())).toBe("Plan · Ana");
  });

  it("never gives an empty or label-only name", () => {
    expect(planSheetName("", new Set())).toBe("Plan · Mentee");
    expect(planSheetName(" ?*[] ", new Set())).toBe("Plan · Mentee");
  });

  it("keeps long names within 100 characters, suffix included, without splitting emoji", () => {
    const long = "Ana ".repeat(40);
    const first = planSheetName(long, new Set());
    expect(length(first)).toBeLessThanOrEqual(SHEET_NAME_MAX_LENGTH);
    const second = planSheetName(long, new Set([first]));
    expect(second.endsWith(" (2)")).toBe(true);
    expect(length(second)).toBeLessThanOrEqual(SHEET_NAME_MAX_LENGTH);
    const emoji = planSheetName("😀".repeat(120), new Set());
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(length(emoji)).toBe(SHEET_NAME_MAX_LENGTH);
  });

  it("always returns a legal name that is not taken", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 150 }),
        fc.array(fc.string(), { maxLength: 5 }),
        (name, extra) => {
          const taken = new Set([
            planSheetBase(name),
            nextSheetNameCandidate(planSheetBase(name), 2),
            ...extra,
          ]);
          const result = planSheetName(name, taken);
          expect(result.length).toBeGreaterThan(0);
          expect(length(result)).toBeLessThanOrEqual(SHEET_NAME_MAX_LENGTH);
          expect(result).not.toMatch(ILLEGAL);
          expect(hasControl(result)).toBe(false);
          expect(result).toBe(result.trim());
          expect(result.startsWith("'") || result.endsWith("'")).toBe(false);
          expect([...taken].map((t) => t.toLowerCase())).not.toContain(result.toLowerCase());
        },
      ),
    );
  });

  it("gives up with a clear error when every candidate is taken", () => {
    expect(() => planSheetName("Ana", () => true)).toThrow(/Could not find a free tab name/);
  });
});

describe("nextSheetNameCandidate", () => {
  it("is the base first, then numbered", () => {
    const base = planSheetBase("Ana López");
    expect(nextSheetNameCandidate(base, 1)).toBe("Plan · Ana López");
    expect(nextSheetNameCandidate(base, 2)).toBe("Plan · Ana López (2)");
    expect(nextSheetNameCandidate(base, 12)).toBe("Plan · Ana López (12)");
  });

  it("rejects a non-positive attempt", () => {
    expect(() => nextSheetNameCandidate("Plan · Ana", 0)).toThrow(/positive integer/);
    expect(() => nextSheetNameCandidate("Plan · Ana", 1.5)).toThrow(/positive integer/);
  });
});
