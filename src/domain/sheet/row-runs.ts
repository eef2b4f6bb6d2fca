/**
 * Runs of consecutive rows, ascending, as [first row, count]: what one Range call can cover
 * (a read or write per run instead of per row). With `maxGap`, runs at most that many rows
 * apart are one run that covers the rows between (for reads, where a few rows more cost less
 * than a round trip more).
 */
export function rowRuns(rows: Iterable<number>, maxGap = 0): [first: number, count: number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && r - (last[0] + last[1]) <= maxGap) last[1] = r - last[0] + 1;
    else runs.push([r, 1]);
  }
  return runs;
}
