/**
 * One mentor per mentee, no mentor over their places, as many mentees matched as possible and,
 * among those assignments, the highest total score. Solved exactly as an assignment problem
 * (the Hungarian method with potentials, O(n²·m)) on mentees × mentor places: each mentor is
 * as many columns as places left, and each mentee also has an "unmatched" column whose cost
 * outweighs any total of scores, so a mentee stays unmatched only when no assignment can place
 * them. A greedy pass (best pair first) can strand a mentee whose only mentor went to someone
 * with other options; this cannot. Deterministic: ties go to the earlier mentor on the roster.
 * Cost: 500 mentees × 200 mentors with 3 places each runs well under a second
 * (docs/performance.md, `npm run bench`).
 */

/** Score of mentor `j` for mentee `i` (0–100), or null when the pair must not be made. */
export type PairScore = (mentee: number, mentor: number) => number | null;

/** Scores are whole numbers 0–MAX_SCORE. */
const MAX_SCORE = 100;

/**
 * For each mentee, the index of its mentor, or null. `places[j]` is how many mentees mentor `j`
 * may still take.
 */
export function assignMentors(
  menteeCount: number,
  places: readonly number[],
  score: PairScore,
): (number | null)[] {
  const n = menteeCount;
  const k = places.length;
  if (n === 0) return [];
  // Cost of a pair: MAX_SCORE − score (0 is best). Unmatched costs more than any n pairs;
  // forbidden more than unmatched, so an optimum never uses a forbidden pair (a free
  // "unmatched" column always exists).
  const unmatched = MAX_SCORE * n + 1;
  const forbidden = unmatched * 4;
  const cost = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) {
      const s = score(i, j);
      cost[i * k + j] = s === null ? forbidden : MAX_SCORE - Math.min(MAX_SCORE, Math.max(0, s));
    }
  }
  // Columns: each mentor's places (no more than n are ever usable), then n "unmatched" columns.
  const columnMentor: number[] = [];
  for (let j = 0; j < k; j++) {
    const usable = Math.min(Math.max(0, Math.floor(places[j] ?? 0)), n);
    for (let p = 0; p < usable; p++) columnMentor.push(j);
  }
  for (let i = 0; i < n; i++) columnMentor.push(-1);
  const m = columnMentor.length;
  const costAt = (i: number, col: number): number => {
    const j = columnMentor[col - 1] as number;
    return j < 0 ? unmatched : (cost[(i - 1) * k + j] as number);
  };

  // Hungarian method, rows 1..n, columns 1..m (index 0 is the search's virtual start).
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const rowOfColumn = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    rowOfColumn[0] = i;
    let j0 = 0;
    minv.fill(Number.POSITIVE_INFINITY);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = rowOfColumn[j0] as number;
      const ui0 = u[i0] as number;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = costAt(i0, j) - ui0 - (v[j] as number);
        if (cur < (minv[j] as number)) {
          minv[j] = cur;
          way[j] = j0;
        }
        // Among equally cheap columns a free one ends the search at once (ties are common:
        // many mentors score alike), which keeps each search short.
        const mj = minv[j] as number;
        if (mj < delta || (mj === delta && rowOfColumn[j] === 0 && rowOfColumn[j1] !== 0)) {
          delta = mj;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          const r = rowOfColumn[j] as number;
          u[r] = (u[r] as number) + delta;
          v[j] = (v[j] as number) - delta;
        } else {
          minv[j] = (minv[j] as number) - delta;
        }
      }
      j0 = j1;
    } while (rowOfColumn[j0] !== 0);
    do {
      const j1 = way[j0] as number;
      rowOfColumn[j0] = rowOfColumn[j1] as number;
      j0 = j1;
    } while (j0 !== 0);
  }

  const result: (number | null)[] = new Array(n).fill(null);
  for (let col = 1; col <= m; col++) {
    const row = rowOfColumn[col] as number;
    const mentor = columnMentor[col - 1] as number;
    if (row > 0 && mentor >= 0) result[row - 1] = mentor;
  }
  return result;
}
