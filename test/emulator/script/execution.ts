import { type AuthModeName, permissionError } from "./auth-rules";

interface RunningExecution {
  id: number;
  authMode: AuthModeName;
}

/**
 * The stack of running executions. A test (or loadBundle) begins an execution per entry-point
 * call; an execution can start inside another one (a lock's onRelease hook simulating a second
 * coordinator). Outside any execution, calls run as FULL with id 0 (the test itself).
 */
export class ExecutionState {
  private readonly stack: RunningExecution[] = [];
  private nextId = 1;
  private readonly endListeners: Array<(id: number) => void> = [];

  begin(options: { authMode?: AuthModeName } = {}): number {
    const id = this.nextId++;
    this.stack.push({ id, authMode: options.authMode ?? "FULL" });
    return id;
  }

  end(): void {
    const ended = this.stack.pop();
    if (!ended) throw new Error("endExecution called with no execution running.");
    for (const listener of this.endListeners) listener(ended.id);
  }

  get currentId(): number {
    return this.stack[this.stack.length - 1]?.id ?? 0;
  }

  get authMode(): AuthModeName {
    return this.stack[this.stack.length - 1]?.authMode ?? "FULL";
  }

  get depth(): number {
    return this.stack.length;
  }

  onEnd(listener: (id: number) => void): void {
    this.endListeners.push(listener);
  }

  /** Throws (through makeError, in the bundle's realm) when the current mode forbids the call. */
  authorize(service: string, method: string, makeError: (message: string) => Error): void {
    const message = permissionError(this.authMode, service, method);
    if (message) throw makeError(message);
  }
}
