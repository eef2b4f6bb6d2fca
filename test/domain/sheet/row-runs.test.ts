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
  });
});
