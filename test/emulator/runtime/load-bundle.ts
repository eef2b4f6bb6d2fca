import { readFileSync } from "node:fs";
import vm from "node:vm";
import ts from "typescript";
import { SIDEBAR_CALLS } from "../../../src/sidebar-calls";
import { type Environment, REPO_ROOT } from "./environment";
import { realmMembrane } from "./realm-membrane";
import { SCRIPT_ZONE_PRELUDE } from "./script-zone-prelude";

export interface Bundle {
  /** The bundle's top-level function declarations: what Apps Script can call. */
  entryPoints: string[];
  /**
   * Calls an entry point as Apps Script would, in an execution of its own: onOpen/onInstall in
   * the event's authMode, everything else in FULL. Sidebar calls (src/sidebar-calls.ts) carry
   * their arguments and result as google.script.run does.
   */
  call<R = unknown>(name: string, ...args: unknown[]): R;
  /**
   * Calls a custom function as a formula cell (=NAME(…)) does: in AuthMode.CUSTOM_FUNCTION, with
   * arguments as Sheets passes them (a cell's value, or a range's values as a 2-D array).
   * https://developers.google.com/apps-script/guides/sheets/functions
   */
  callCustomFunction<R = unknown>(name: string, ...args: unknown[]): R;
  /** The vm context, for tests that need to look inside. */
  context: vm.Context;
}

/** The names of the top-level function declarations in a script, in order. */
export function entryPointsOf(code: string): string[] {
  const source = ts.createSourceFile(
    "Code.js",
    code,
    ts.ScriptTarget.ES2019,
    false,
    ts.ScriptKind.JS,
  );
  return source.statements
    .filter(ts.isFunctionDeclaration)
    .flatMap((f) => (f.name ? [f.name.text] : []));
}

/**
 * Runs inside the context before the bundle: Date follows the emulator's clock (new Date() and
 * Date.now()), while staying the context's own Date, so `x instanceof Date` still holds there
 * and new Date(x), Date.UTC and Date.parse behave as usual.
 */
const CLOCK_PRELUDE = `(function (now) {
  var RealDate = globalThis.Date;
  function ClockDate() {
    if (!new.target) return new RealDate(now()).toString();
    var args = Array.prototype.slice.call(arguments);
    return Reflect.construct(RealDate, args.length ? args : [now()], new.target);
  }
  Object.defineProperty(ClockDate, "name", { value: "Date" });
  ClockDate.prototype = RealDate.prototype;
  Object.defineProperty(RealDate.prototype, "constructor", { value: ClockDate, writable: true, configurable: true });
  ClockDate.now = function () { return now(); };
  ClockDate.UTC = RealDate.UTC;
  ClockDate.parse = RealDate.parse;
  globalThis.Date = ClockDate;
})(globalThis.__emulatorNow);
delete globalThis.__emulatorNow;`;

/**
 * What may cross google.script.run: "primitives …, objects and arrays composed of primitives,
 * objects and arrays"; "requests fail if you attempt to pass a Date, Function, DOM element…".
 * https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values
 * The emulator fails the same way for return values, so a Date never silently becomes null.
 */
function toWire(value: unknown, path: string): unknown {
  const tag = Object.prototype.toString.call(value);
  if (tag === "[object Date]")
    throw new Error(`google.script.run cannot carry a Date (at ${path}).`);
  if (typeof value === "function")
    throw new Error(`google.script.run cannot carry a function (at ${path}).`);
  if (Array.isArray(value))
    return value.map((v, i) => (v === undefined ? null : toWire(v, `${path}[${i}]`)));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, toWire(v, `${path}.${k}`)]),
    );
  }
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value === undefined ? null : value;
}

const SIDEBAR = new Set<string>(SIDEBAR_CALLS);

export function loadBundle(
  env: Environment,
  options: { codePath?: string; code?: string } = {},
): Bundle {
  const codePath = options.codePath ?? `${REPO_ROOT}dist/Code.js`;
  const code = options.code ?? readFileSync(codePath, "utf8");
  const context = vm.createContext({
    __emulatorNow: () => env.clock.nowMs(),
    __scriptTimeZone: env.rt.settings.timeZone,
  });
  vm.runInContext(CLOCK_PRELUDE, context, { filename: "emulator-clock-prelude.js" });
  vm.runInContext(SCRIPT_ZONE_PRELUDE, context, { filename: "emulator-script-zone-prelude.js" });
  env.rt.useErrorType(vm.runInContext("Error", context));
  const inward = realmMembrane(context);
  for (const [name, service] of Object.entries(env.globals)) context[name] = inward(service);
  env.rt.runInScript = (source) => vm.runInContext(source, context);
  vm.runInContext(code, context, { filename: options.code ? "inline-bundle.js" : codePath });

  const entryPoints = entryPointsOf(code);
  const functionOf = (name: string): ((...args: unknown[]) => unknown) => {
    const fn = entryPoints.includes(name) ? context[name] : undefined;
    if (typeof fn !== "function") {
      // Apps Script's message when a menu item or trigger names a missing function.
      throw new Error(`Script function not found: ${name}`);
    }
    return fn as (...args: unknown[]) => unknown;
  };

  const invoke = (name: string, args: unknown[], authMode: string, wire: boolean): unknown => {
    const fn = functionOf(name);
    const passed = wire ? (toWire(args, "arguments") as unknown[]) : args;
    env.beginExecution({ authMode });
    try {
      const result = fn(...passed);
      return wire ? toWire(result, "result") : result;
    } finally {
      env.endExecution();
    }
  };

  env.setTriggerRunner((handler, event) => {
    invoke(handler, [event], "FULL", false);
  });
  // Simple triggers run in AuthMode.LIMITED: https://developers.google.com/apps-script/guides/triggers#restrictions
  env.setSimpleTriggerRunner((name, event) => {
    if (!entryPoints.includes(name)) return false;
    invoke(name, [event], "LIMITED", false);
    return true;
  });

  return {
    entryPoints,
    context,
    call<R = unknown>(name: string, ...args: unknown[]): R {
      const event = args[0] as { authMode?: unknown } | undefined;
      const simpleTrigger = name === "onOpen" || name === "onInstall";
      const authMode =
        simpleTrigger && event?.authMode !== undefined ? String(event.authMode) : "FULL";
      return invoke(name, args, authMode, SIDEBAR.has(name)) as R;
    },
    callCustomFunction<R = unknown>(name: string, ...args: unknown[]): R {
      return invoke(name, args, "CUSTOM_FUNCTION", false) as R;
    },
  };
}
