import type { Emulates } from "../runtime/gas-shape";
import type { Runtime } from "../runtime/runtime";

const TIMEOUT = "Lock timeout: another process was holding the lock for too long.";

/** Options for simulating another execution that holds a lock. */
export interface OtherHolder {
  /** How long from now the other execution keeps the lock (Infinity: it never lets go). */
  releaseAfterMs: number;
  /** Runs at the moment it lets go: a test can run that other execution's work here. */
  onRelease?: () => void;
}

/**
 * One lock (the document's, the script's or a user's): held by nobody, by an execution of this
 * environment (its id; 0 is the test itself), or by a simulated other execution.
 */
export class LockSlot {
  private holder: number | "other" | null = null;
  private otherUntil = 0;
  private onRelease: (() => void) | undefined;

  constructor(private readonly rt: Runtime) {
    rt.execution.onEnd((id) => {
      // "Locks held by an execution are released when the execution ends."
      if (this.holder === id) this.holder = null;
    });
  }

  holdByOther(options: OtherHolder): void {
    this.holder = "other";
    this.otherUntil = this.rt.clock.nowMs() + options.releaseAfterMs;
    this.onRelease = options.onRelease;
  }

  /** Who holds it now: an execution id, "other", or null. */
  heldBy(): number | "other" | null {
    this.releaseOtherIfDue(this.rt.clock.nowMs());
    return this.holder;
  }

  /** Makes the simulated other holder let go now (runs its onRelease). */
  releaseOther(): void {
    if (this.holder === "other") this.releaseOtherIfDue(Number.POSITIVE_INFINITY);
  }

  /**
   * Waits up to timeoutMs of emulated time: if the holder lets go in time, the clock moves to
   * that moment, the holder's onRelease runs, and the lock is taken; otherwise the clock moves
   * by the whole timeout and the attempt fails.
   */
  acquire(id: number, timeoutMs: number): boolean {
    const deadline = this.rt.clock.nowMs() + Math.max(0, timeoutMs);
    for (;;) {
      this.releaseOtherIfDue(this.rt.clock.nowMs());
      if (this.holder === null || this.holder === id) {
        this.holder = id;
        return true;
      }
      if (this.holder === "other" && this.otherUntil <= deadline) {
        this.rt.clock.set(Math.max(this.rt.clock.nowMs(), this.otherUntil));
        continue;
      }
      this.rt.clock.set(deadline);
      return false;
    }
  }

  release(id: number): void {
    if (this.holder === id) this.holder = null;
  }

  private releaseOtherIfDue(now: number): void {
    if (this.holder !== "other" || this.otherUntil > now) return;
    this.holder = null;
    const hook = this.onRelease;
    this.onRelease = undefined;
    hook?.();
  }
}

/** https://developers.google.com/apps-script/reference/lock/lock */
export class Lock
  implements
    Emulates<GoogleAppsScript.Lock.Lock, "tryLock" | "waitLock" | "releaseLock" | "hasLock">
{
  constructor(
    private readonly rt: Runtime,
    private readonly slot: LockSlot,
  ) {}

  /** Returns false when the lock could not be had within the timeout. */
  tryLock(timeoutInMillis: number): boolean {
    this.rt.track("Lock", "tryLock");
    return this.slot.acquire(this.rt.execution.currentId, timeoutInMillis);
  }

  /** Throws Apps Script's timeout exception when the lock could not be had in time. */
  waitLock(timeoutInMillis: number): void {
    this.rt.track("Lock", "waitLock");
    if (!this.slot.acquire(this.rt.execution.currentId, timeoutInMillis))
      throw this.rt.error(TIMEOUT);
  }

  releaseLock(): void {
    this.rt.track("Lock", "releaseLock");
    this.slot.release(this.rt.execution.currentId);
  }

  hasLock(): boolean {
    this.rt.track("Lock", "hasLock");
    return this.slot.heldBy() === this.rt.execution.currentId;
  }
}

/** https://developers.google.com/apps-script/reference/lock/lock-service */
export class LockService {
  /**
   * Whether the execution runs in a document's context. Outside one, getDocumentLock "returns
   * null" (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()).
   */
  documentContext = true;

  constructor(
    private readonly rt: Runtime,
    private readonly slots: { document: LockSlot; script: LockSlot; user: LockSlot },
  ) {}

  getDocumentLock(): Lock {
    this.rt.track("LockService", "getDocumentLock");
    if (!this.documentContext) return null as unknown as Lock;
    return new Lock(this.rt, this.slots.document);
  }

  getScriptLock(): Lock {
    this.rt.track("LockService", "getScriptLock");
    return new Lock(this.rt, this.slots.script);
  }

  getUserLock(): Lock {
    this.rt.track("LockService", "getUserLock");
    return new Lock(this.rt, this.slots.user);
  }
}
