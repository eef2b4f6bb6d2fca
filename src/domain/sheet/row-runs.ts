/**
 * Runs of consecutive rows, ascending, as [first row, count]: what one Range call can cover
 * (a read or write per run instead of per row).
 */
export function rowRuns(rows: Iterable<number>): [first: number, count: number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === r) last[1]++;
    else runs.push([r, 1]);
  }
  return runs;
}
