/**
 * The progress record of a bulk creation, kept in the document's properties: the running
 * execution writes it after each batch, the sidebar polls it ("12 of 40 plans created…") and a
 * Stop button sets `stopRequested`, which the run reads before its next batch. Parsed with zod:
 * a damaged record reads as no run at all, never as a crash.
 */
import * as z from "../sidebar-contract/zod";
import { EXECUTION_LIMIT_MS } from "./time-budget";

export const BULK_STATES = ["running", "paused", "stopped", "done"] as const;
export type BulkState = (typeof BULK_STATES)[number];

export const bulkProgressSchema = z.lazy(() =>
  z.object({
    state: z.enum(BULK_STATES),
    total: z.number().check(z.int(), z.minimum(0)),
    created: z.number().check(z.int(), z.minimum(0)),
    /** Accepted rows that could not have a plan (each says why in its Note). */
    skipped: z.number().check(z.int(), z.minimum(0)),
    stopRequested: z._default(z.boolean(), false),
    /** Epoch milliseconds of the last write. */
    updatedAt: z.number(),
    message: z._default(z.string().check(z.maxLength(500)), ""),
  }),
);
export type BulkProgress = z.infer<typeof bulkProgressSchema>;

export function parseBulkProgress(json: string | null): BulkProgress | null {
  if (!json) return null;
  try {
    const parsed = bulkProgressSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Said of a run whose execution ended without its last write (a crash, a service error). */
export const INTERRUPTED_NOTE =
  "The last run ended before it finished: it continues on the next click or the next scheduled run.";

/**
 * The record as it stands at `nowMs`. A run writes its record after every batch and no execution
 * outlives Apps Script's limit, so a "running" record older than the limit belongs to an
 * execution that died: it reads as paused, to be continued like a run cut by the time budget.
 */
export function progressAsOf(p: BulkProgress, nowMs: number): BulkProgress {
  if (p.state !== "running" || nowMs - p.updatedAt <= EXECUTION_LIMIT_MS) return p;
  const paused: BulkProgress = { ...p, state: "paused", stopRequested: false, message: "" };
  return { ...paused, message: `${soFar(paused)}. ${INTERRUPTED_NOTE}` };
}

/**
 * Whether the program's scheduler continues the run: one the time budget paused (or whose
 * execution died), never one a coordinator stopped.
 */
export function planRunWaiting(p: BulkProgress | null, nowMs: number): boolean {
  return p !== null && progressAsOf(p, nowMs).state === "paused";
}

/** "12 of 40 plans created; 2 need attention (…)": where a run stands, without a full stop. */
function soFar(p: BulkProgress): string {
  const counted = `${p.created} of ${p.total} plan${p.total === 1 ? "" : "s"} created`;
  return p.skipped > 0
    ? `${counted}; ${p.skipped} need attention (see the Matches tab's Note)`
    : counted;
}

/** The sentence the sidebar shows. */
export function bulkProgressText(p: BulkProgress): string {
  switch (p.state) {
    case "running":
      return p.stopRequested
        ? `${soFar({ ...p, skipped: 0 })}… stopping after this batch.`
        : `${soFar({ ...p, skipped: 0 })}…`;
    case "paused":
      return `${soFar(p)}. Paused to stay within Apps Script's time limit: it continues on the next click or the next scheduled run.`;
    case "stopped":
      return `${soFar(p)}. Stopped: click "Create plans" again to continue.`;
    case "done":
      return `${soFar(p)}. Done.`;
  }
}
