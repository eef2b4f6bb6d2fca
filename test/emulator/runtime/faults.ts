import type { MailApp } from "../mail/mail";
import type { Lock, LockService } from "../properties/lock";
import type { Properties, PropertiesService } from "../properties/properties";
import type { ScriptApp } from "../script/script-app";
import type { Range } from "../spreadsheet/range";
import type { Sheet } from "../spreadsheet/sheet";
import type { Spreadsheet } from "../spreadsheet/spreadsheet";
import type { SpreadsheetApp } from "../spreadsheet/spreadsheet-app";
import type { HtmlService } from "../ui/html-service";
import type { Ui } from "../ui/ui";

type MethodsOf<T> = {
  [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never;
}[keyof T] &
  string;

/** "Service.method" of an emulated call, checked against the emulator's classes. */
export type FaultKey =
  | `Range.${MethodsOf<Range>}`
  | `Sheet.${MethodsOf<Sheet>}`
  | `Spreadsheet.${MethodsOf<Spreadsheet>}`
  | `SpreadsheetApp.${MethodsOf<SpreadsheetApp>}`
  | `MailApp.${MethodsOf<MailApp>}`
  | `Properties.${MethodsOf<Properties>}`
  | `PropertiesService.${MethodsOf<PropertiesService>}`
  | `Lock.${MethodsOf<Lock>}`
  | `LockService.${MethodsOf<LockService>}`
  | `ScriptApp.${MethodsOf<ScriptApp>}`
  | `HtmlService.${MethodsOf<HtmlService>}`
  | `Ui.${MethodsOf<Ui>}`;

/** The call a fault handler sees, before the call takes effect. */
export interface FaultCall {
  readonly service: string;
  readonly method: string;
  /** The sheet a Range or Sheet call is on; null for other services. */
  readonly sheetName: string | null;
}

/**
 * Runs before the emulated call takes effect (after it is authorized and counted): throw to make
 * the call fail as a transient Apps Script failure would, or advance the clock to make it slow.
 */
export type FaultHandler = (call: FaultCall) => void;

/** Something with a name a call is made on (a sheet's model). */
export interface CallSite {
  readonly name: string;
}

/**
 * Faults tests inject into emulated calls, one place for all of them (instead of patching the
 * emulator's prototypes). Handlers run only for the script's calls, never for the harness acting
 * directly (inspecting, or editing as a user).
 */
export class Faults {
  private readonly handlers = new Map<string, FaultHandler[]>();

  /** Adds a handler for every later call of `key`; returns a function that removes it. */
  on(key: FaultKey, handler: FaultHandler): () => void {
    const list = this.handlers.get(key) ?? [];
    list.push(handler);
    this.handlers.set(key, list);
    return () => {
      const now = this.handlers.get(key) ?? [];
      const left = now.filter((h) => h !== handler);
      if (left.length > 0) this.handlers.set(key, left);
      else this.handlers.delete(key);
    };
  }

  /** The next `count` calls of `key` (matching `where`, if given) throw `message`. */
  failNext(
    key: FaultKey,
    message: string,
    options: { count?: number; where?: (call: FaultCall) => boolean } = {},
  ): () => void {
    let left = options.count ?? 1;
    const off = this.on(key, (call) => {
      if (left <= 0 || (options.where && !options.where(call))) return;
      left--;
      if (left === 0) off();
      throw new Error(message);
    });
    return off;
  }

  /** Removes every handler. */
  clear(): void {
    this.handlers.clear();
  }

  /** Called by Runtime.track for every counted call. */
  run(
    service: string,
    method: string,
    site: CallSite | undefined,
    error: (m: string) => Error,
  ): void {
    if (this.handlers.size === 0) return;
    const list = this.handlers.get(`${service}.${method}`);
    if (!list) return;
    const call: FaultCall = { service, method, sheetName: site?.name ?? null };
    for (const handler of [...list]) {
      try {
        handler(call);
      } catch (e) {
        // A fault reads like an Apps Script exception inside the bundle's realm.
        throw e instanceof Error ? error(e.message) : e;
      }
    }
  }
}
