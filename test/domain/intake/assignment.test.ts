import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignMentors } from "../../../src/domain/intake/assignment";

type Scores = (number | null)[][];

/** Every assignment, the best by (mentees matched, then total score). */
function bruteForce(scores: Scores, places: number[]): { matched: number; total: number } {
  let best = { matched: 0, total: 0 };
  const left = [...places];
  const walk = (i: number, matched: number, total: number) => {
    if (i === scores.length) {
      if (matched > best.matched || (matched === best.matched && total > best.total)) {
        best = { matched, total };
      }
      return;
    }
    walk(i + 1, matched, total);
    scores[i]?.forEach((s, j) => {
      if (s === null || (left[j] ?? 0) <= 0) return;
      left[j] = (left[j] ?? 0) - 1;
      walk(i + 1, matched + 1, total + s);
      left[j] = (left[j] ?? 0) + 1;
    });
  };
  walk(0, 0, 0);
  return best;
}

const measure = (scores: Scores, result: (number | null)[]) => ({
  matched: result.filter((j) => j !== null).length,
  total: result.reduce<number>((t, j, i) => (j === null ? t : t + (scores[i]?.[j] ?? 0)), 0),
});

const instance = (maxMentees: number, maxMentors: number) =>
  fc.integer({ min: 1, max: maxMentors }).chain((k) =>
    fc.record({
      places: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: k, maxLength: k }),
      scores: fc.array(
        fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: null, freq: 3 }), {
          minLength: k,
          maxLength: k,
        }),
        { minLength: 0, maxLength: maxMentees },
      ),
    }),
  );

describe("assignMentors", () => {
  it("finds the best assignment: most mentees matched, then the highest total score", () => {
    fc.assert(
      fc.property(instance(6, 3), ({ places, scores }) => {
        const result = assignMentors(scores.length, places, (i, j) => scores[i]?.[j] ?? null);
        expect(measure(scores, result)).toEqual(bruteForce(scores, places));
      }),
      { numRuns: 300 },
    );
  });

  it("never exceeds a mentor's places nor uses a forbidden pair", () => {
    fc.assert(
      fc.property(instance(40, 12), ({ places, scores }) => {
        const result = assignMentors(scores.length, places, (i, j) => scores[i]?.[j] ?? null);
        const used = new Map<number, number>();
        result.forEach((j, i) => {
          if (j === null) return;
          expect(scores[i]?.[j]).not.toBeNull();
          used.set(j, (used.get(j) ?? 0) + 1);
        });
        for (const [j, n] of used) expect(n).toBeLessThanOrEqual(places[j] ?? 0);
      }),
      { numRuns: 100 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(instance(30, 10), ({ places, scores }) => {
        const score = (i: number, j: number) => scores[i]?.[j] ?? null;
        expect(assignMentors(scores.length, places, score)).toEqual(
          assignMentors(scores.length, places, score),
        );
      }),
      { numRuns: 50 },
    );
  });

  it("does not strand a mentee the way best-pair-first greedy does", () => {
    // Greedy gives Kim's only possible mentor (0) to Ana, who had another good option (1).
    const scores: Scores = [
      [90, 80],
      [85, null],
    ];
    expect(assignMentors(2, [1, 1], (i, j) => scores[i]?.[j] ?? null)).toEqual([1, 0]);
  });

  it("handles no mentors and mentors without places", () => {
    expect(assignMentors(3, [], () => 50)).toEqual([null, null, null]);
    expect(assignMentors(2, [0, 0], () => 50)).toEqual([null, null]);
    expect(assignMentors(0, [2], () => 50)).toEqual([]);
  });
});
