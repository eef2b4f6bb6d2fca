import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  nextSheetNameCandidate,
  planSheetBase,
  SHEET_NAME_MAX_LENGTH,
} from "../../../src/domain/sheet/sheet-name";

const ILLEGAL = /[:\\/?*[\]]/;
const hasControl = (s: string) => [...s].some((ch) => (ch.codePointAt(0) ?? 0) < 32);
const length = (s: string) => Array.from(s).length;

describe("planSheetBase", () => {
  it("names the tab after the mentee", () => {
    expect(planSheetBase("Ana López")).toBe("Plan · Ana López");
  });

  it("strips characters sheet names cannot hold and tidies spaces", () => {
    expect(planSheetBase("  Ana [team]: a/b\\c?*  ")).toBe("Plan · Ana team a b c");
    expect(planSheetBase("Ana\tLópez\n")).toBe("Plan · Ana López");
    expect(planSheetBase("'Ana'")).toBe("Plan · Ana");
  });

  it("shows at most 80 characters of a long name, cut at a word with an ellipsis", () => {
    const name =
      "María de los Ángeles Fernández-Castillo y Rodríguez de la Fuente, Directora de Operaciones";
    expect(planSheetBase(name)).toBe(
      "Plan · María de los Ángeles Fernández-Castillo y Rodríguez de la Fuente, Directora de…",
    );
    expect(length(planSheetBase("Ana ".repeat(40)))).toBe("Plan · ".length + 80);
  });

  it("never gives an empty or label-only name", () => {
    expect(planSheetBase("")).toBe("Plan · Mentee");
    expect(planSheetBase(" ?*[] ")).toBe("Plan · Mentee");
  });
});

describe("nextSheetNameCandidate", () => {
  it("keeps long names within 100 characters, suffix included, without splitting emoji", () => {
    const first = nextSheetNameCandidate(planSheetBase("Ana ".repeat(40)), 1);
    expect(length(first)).toBeLessThanOrEqual(SHEET_NAME_MAX_LENGTH);
    const second = nextSheetNameCandidate(planSheetBase("Ana ".repeat(40)), 2);
    expect(second.endsWith(" (2)")).toBe(true);
    expect(length(second)).toBeLessThanOrEqual(SHEET_NAME_MAX_LENGTH);
    const emoji = nextSheetNameCandidate(planSheetBase("😀".repeat(120)), 1);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(emoji).toBe(`Plan · ${"😀".repeat(79)}…`);
    const longBase = nextSheetNameCandidate("Dashboard ".repeat(20), 3);
    expect(longBase).toMatch(/^(Dashboard )+Dashboard… \(3\)$/);
    expect(length(longBase)).toBeLessThanOrEqual(SHEET_NAME_MAX_LENGTH);
  });

  it("gives legal names, different from each other as Sheets compares them, for any mentee", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 150 }), (name) => {
        const tries = [1, 2, 3, 12].map((n) => nextSheetNameCandidate(planSheetBase(name), n));
        for (const result of tries) {
          expect(result.length).toBeGreaterThan(0);
          expect(length(result)).toBeLessThanOrEqual(SHEET_NAME_MAX_LENGTH);
          expect(result).not.toMatch(ILLEGAL);
          expect(hasControl(result)).toBe(false);
          expect(result).toBe(result.trim());
          expect(result.startsWith("'") || result.endsWith("'")).toBe(false);
        }
        expect(new Set(tries.map((t) => t.toLowerCase())).size).toBe(tries.length);
      }),
    );
  });

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
