/** The scheduler's two records in the document's properties (domain/scheduler/scheduler-state.ts). */
import {
  parseStored,
  type SchedulerOwner,
  type SchedulerRun,
  schedulerOwnerSchema,
  schedulerRunSchema,
} from "../domain/scheduler/scheduler-state";
import {
  type PropertySnapshot,
  readDocumentProperty,
  writeDocumentProperty,
} from "./document-properties";

const OWNER_KEY = "schedulerOwner";
const RUN_KEY = "schedulerRun";
/** Where earlier versions recorded who made the weekly review trigger (a plain email or JSON). */
const OLD_OWNER_KEY = "reviewTriggerOwner";

/** @param snapshot the document's properties, when already read (else a read of their own) */
export function readSchedulerOwner(snapshot?: PropertySnapshot): SchedulerOwner {
  const raw = readDocumentProperty(OWNER_KEY, snapshot);
  if (raw !== null) return parseStored(schedulerOwnerSchema, raw);
  // An earlier version's record: its owner's weekly trigger still runs the scheduler.
  const old = readDocumentProperty(OLD_OWNER_KEY, snapshot) ?? "";
  const fromJson = parseStored(schedulerOwnerSchema, old.startsWith("{") ? old : null).owner;
  return { owner: old.startsWith("{") ? fromJson : old.trim(), installedAt: null };
}

export function writeSchedulerOwner(record: SchedulerOwner | null): void {
  writeDocumentProperty(OWNER_KEY, record === null ? null : JSON.stringify(record));
}

export function readSchedulerRun(snapshot?: PropertySnapshot): SchedulerRun {
  return parseStored(schedulerRunSchema, readDocumentProperty(RUN_KEY, snapshot));
}

export function writeSchedulerRun(run: SchedulerRun): void {
  writeDocumentProperty(RUN_KEY, JSON.stringify(run));
}
