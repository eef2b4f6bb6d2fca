import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columnWidthRuns } from "../../../src/domain/sheet/column-width-runs";

describe("column width runs", () => {
  it("groups neighbouring equal widths, not equal widths apart", () => {
    expect(columnWidthRuns([260, 110, 110, 110, 90, 110])).toEqual([
      { startColumn: 1, numColumns: 1, width: 260 },
      { startColumn: 2, numColumns: 3, width: 110 },
      { startColumn: 5, numColumns: 1, width: 90 },
      { startColumn: 6, numColumns: 1, width: 110 },
    ]);
    expect(columnWidthRuns([])).toEqual([]);
  });

  it("the runs give every column its width back, and no two neighbouring runs share a width", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(80, 110, 260), { maxLength: 40 }), (widths) => {
        const runs = columnWidthRuns(widths);
        const back = runs.flatMap((r) => new Array<number>(r.numColumns).fill(r.width));
        expect(back).toEqual(widths);
        runs.forEach((r, i) => {
          expect(r.startColumn).toBe(1 + runs.slice(0, i).reduce((n, x) => n + x.numColumns, 0));
          if (i > 0) expect(runs[i - 1]?.width).not.toBe(r.width);
        });
      }),
    );
  });
});
