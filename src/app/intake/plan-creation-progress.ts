/**
 * The sidebar's view of a bulk creation: its progress record, polled while a run goes on, and
 * the Stop button, which asks the run to stop after its current batch (the run reads the record
 * before each batch; nothing is cut half-way).
 */
import type { PlanCreationStatus } from "../../domain/sidebar-contract/intake-replies";
import { loadBulkProgress, storeBulkProgress } from "../../gas/intake-store";
import { statusOf } from "./create-plans";

export function readPlanCreationProgress(): PlanCreationStatus {
  return statusOf(loadBulkProgress());
}

export function requestPlanCreationStop(): PlanCreationStatus {
  const progress = loadBulkProgress();
  if (progress?.state !== "running") return statusOf(progress);
  const stopping = { ...progress, stopRequested: true, updatedAt: Date.now() };
  storeBulkProgress(stopping);
  return statusOf(stopping);
}
