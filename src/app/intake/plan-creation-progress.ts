/**
 * The sidebar's view of a bulk creation: its progress record, polled while a run goes on, and
 * the Stop button, which asks the run to stop after its current batch (the run reads the record
 * before each batch; nothing is cut half-way), or stops a paused run before the scheduler
 * continues it.
 */
import { progressAsOf } from "../../domain/intake/bulk-progress";
import type { PlanCreationStatus } from "../../domain/sidebar-contract/intake-replies";
import { loadBulkProgress, storeBulkProgress } from "../../gas/intake-store";
import { asCoordinator } from "../coordinator-guard";
import { refusedStatus, statusOf } from "./create-plans";

export function readPlanCreationProgress(): PlanCreationStatus {
  return statusOf(loadBulkProgress());
}

/** The Stop button, for coordinators only (coordinator-guard.ts). */
export function requestPlanCreationStop(): PlanCreationStatus {
  return asCoordinator("stop a plan run", refusedStatus, stopPlanRun);
}

/**
 * A running run stops after its current batch; a paused one is stopped at once, so the
 * scheduler leaves it for the coordinator's next click.
 */
function stopPlanRun(): PlanCreationStatus {
  const record = loadBulkProgress();
  const progress = record && progressAsOf(record, Date.now());
  if (progress?.state === "paused") {
    const stopped = { ...progress, state: "stopped" as const, updatedAt: Date.now(), message: "" };
    storeBulkProgress(stopped);
    return statusOf(stopped);
  }
  if (progress?.state !== "running") return statusOf(progress);
  const stopping = { ...progress, stopRequested: true, updatedAt: Date.now() };
  storeBulkProgress(stopping);
  return statusOf(stopping);
}
