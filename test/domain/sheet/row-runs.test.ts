import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rowRuns } from "../../../src/domain/sheet/row-runs";

describe("rowRuns", () => {
  it("groups consecutive rows, in order, once each", () => {
    expect(rowRuns([7, 3, 4, 9, 5, 4, 10])).toEqual([
      [3, 3],
      [7, 1],
      [9, 2],
    ]);
    expect(rowRuns([])).toEqual([]);
  });

  it("joins runs at most maxGap rows apart, covering the rows between", () => {
    expect(rowRuns([1, 2, 5, 9, 20], 3)).toEqual([
      [1, 9],
      [20, 1],
    ]);
    expect(rowRuns([1, 2, 5], 2)).toEqual([[1, 5]]);
    expect(rowRuns([1, 2, 5], 1)).toEqual([
      [1, 2],
      [5, 1],
    ]);
  });

  it("covers exactly the rows given, with runs that never touch", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 60 })), (rows) => {
        const runs = rowRuns(rows);
        const covered = runs.flatMap(([first, count]) =>
          Array.from({ length: count }, (_, i) => first + i),
        );
        expect(covered).toEqual([...new Set(rows)].sort((a, b) => a - b));
        runs.forEach(([first], i) => {
          const before = runs[i - 1];
          if (before) expect(first).toBeGreaterThan(before[0] + before[1]);
        });
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 60 })), fc.nat({ max: 5 }), (rows, gap) => {
        const runs = rowRuns(rows, gap);
        for (const r of rows) expect(runs.some(([f, c]) => r >= f && r < f + c)).toBe(true);
        runs.forEach(([first, count], i) => {
          expect(rows).toContain(first);
          expect(rows).toContain(first + count - 1);
          const before = runs[i - 1];
          if (before) expect(first - (before[0] + before[1])).toBeGreaterThan(gap);
        });
      }),
    );
  });
});
