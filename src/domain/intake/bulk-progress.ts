/**
 * The progress record of a bulk creation, kept in the document's properties: the running
 * execution writes it after each batch, the sidebar polls it ("12 of 40 plans created…") and a
 * Stop button sets `stopRequested`, which the run reads before its next batch. Parsed with zod:
 * a damaged record reads as no run at all, never as a crash.
 */
import * as z from "../sidebar-contract/zod";

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

/** The sentence the sidebar shows. */
export function bulkProgressText(p: BulkProgress): string {
  const counted = `${p.created} of ${p.total} plan${p.total === 1 ? "" : "s"} created`;
  const skipped = p.skipped > 0 ? `; ${p.skipped} need attention (see the Matches tab's Note)` : "";
  switch (p.state) {
    case "running":
      return p.stopRequested ? `${counted}… stopping after this batch.` : `${counted}…`;
    case "paused":
      return `${counted}${skipped}. Paused to stay within Apps Script's time limit: it continues on the next click or the next scheduled run.`;
    case "stopped":
      return `${counted}${skipped}. Stopped: click "Create plans" again to continue.`;
    case "done":
      return `${counted}${skipped}. Done.`;
  }
}
