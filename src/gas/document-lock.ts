/**
 * The document lock around every write that two coordinators could race on
 * (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()).
 */

/** Thrown when another execution held the lock past our wait: the caller says "busy, try again". */
export class BusyError extends Error {
  constructor() {
    super(
      "The spreadsheet is busy: another coordinator is changing it right now. Nothing was changed; try again in a moment.",
    );
    this.name = "BusyError";
  }
}

const WAIT_MS = 10_000;

/**
 * Runs `work` holding the document lock; the lock is released even when `work` throws. Outside
 * a document's context getDocumentLock returns null: the script lock then stands in (coarser,
 * still exclusive).
 */
export function withDocumentLock<T>(work: () => T, waitMs = WAIT_MS): T {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) throw new BusyError();
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
