/**
 * When a long run must stop: Apps Script ends an execution at 6 minutes
 * (https://developers.google.com/apps-script/guides/services/quotas#current_limitations), so a
 * run starts a batch only when the batch, at the slowest pace seen so far, still ends before a
 * safe point with room left to write its results and progress.
 */

export const EXECUTION_LIMIT_MS = 6 * 60_000;
/** Time kept free after the last batch for the final writes (ledger, progress, a toast). */
export const SAFETY_MARGIN_MS = 60_000;

/**
 * True when a batch of `batchSize` items may start at `elapsedMs` into the execution, given the
 * slowest time per item seen so far (null before the first batch: assume `firstGuessMs`).
 */
export function canStartBatch(input: {
  elapsedMs: number;
  batchSize: number;
  slowestMsPerItem: number | null;
  firstGuessMs: number;
  limitMs?: number;
}): boolean {
  const limit = (input.limitMs ?? EXECUTION_LIMIT_MS) - SAFETY_MARGIN_MS;
  const perItem = input.slowestMsPerItem ?? input.firstGuessMs;
  return input.elapsedMs + perItem * input.batchSize <= limit;
}
