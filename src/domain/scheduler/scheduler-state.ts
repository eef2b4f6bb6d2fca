/**
 * What the program's one scheduler remembers, as two JSON values in the document's properties
 * (zod-parsed: a hand-edited or older value reads as empty, never a crash). Who owns the
 * trigger is written only when settings are saved; the run record only by the scheduler, so
 * neither can overwrite the other's news.
 */
import * as z from "../sidebar-contract/zod";

export const schedulerOwnerSchema = z.lazy(() =>
  z.object({
    /** The coordinator whose trigger runs the scheduler ("" when nobody's). Triggers run as their creator. */
    owner: z._default(z.string(), ""),
    /** When the owner's trigger was installed (ms): weekly passes count from then. */
    installedAt: z._default(z.nullable(z.number()), null),
  }),
);
export type SchedulerOwner = z.infer<typeof schedulerOwnerSchema>;

export const schedulerRunSchema = z.lazy(() =>
  z.object({
    /** When the scheduler last ran (ms): how another coordinator can tell it still runs. */
    lastRunAt: z._default(z.nullable(z.number()), null),
    /** When the last weekly review pass ran (ms). */
    lastReviewPassAt: z._default(z.nullable(z.number()), null),
    /** A review run stopped with emails left (send deadline or mail quota): continue next hour. */
    reviewPending: z._default(z.boolean(), false),
    /** The spreadsheet-zone day of the last daily Dashboard refresh ("YYYY-MM-DD"). */
    dashboardRefreshedDay: z._default(z.nullable(z.string()), null),
  }),
);
export type SchedulerRun = z.infer<typeof schedulerRunSchema>;

export type SchedulerState = SchedulerOwner & SchedulerRun;

/** The stored JSON read with `schema`; anything unreadable reads as the schema's empty value. */
export function parseStored<T>(schema: z.ZodMiniType<T>, raw: string | null): T {
  let value: unknown = {};
  try {
    value = raw ? JSON.parse(raw) : {};
  } catch {
    // Not JSON: empty.
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : schema.parse({});
}
