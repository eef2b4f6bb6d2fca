/**
 * google.script.run and google.script.host for the sidebar's iframe, as HtmlService provides
 * them in Sheets (https://developers.google.com/apps-script/guides/html/reference/run):
 * - one function per server function (the bundle's top-level functions, private ones ending in
 *   "_" left out), each returning nothing and answering later, asynchronously;
 * - withSuccessHandler(fn(value, userObject)), withFailureHandler(fn(error, userObject)) and
 *   withUserObject(object), each returning a new runner so handlers never leak between calls;
 * - arguments limited to JSON-like values: a Date, a function or a DOM element fails the call;
 * - without a failure handler, a failure is logged to the console.
 * Calls go to the playground server (POST /api/run/<name>), which runs the entry point in the
 * emulator; the page is told afterwards so it redraws the workbook.
 */

type Handler = ((value: unknown, userObject: unknown) => void) | null;

interface RunnerSettings {
  success: Handler;
  failure: Handler;
  userObject: unknown;
}

interface PlaygroundWindow {
  __playgroundEntryPoints?: string[];
  google?: unknown;
}

const win = window as unknown as PlaygroundWindow;
const serverFunctions = (win.__playgroundEntryPoints ?? []).filter((name) => !name.endsWith("_"));

/** Why a value cannot cross google.script.run, or null when it can. */
function unsendable(value: unknown, path: string, seen: Set<unknown>): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "function") return `a function (at ${path})`;
  if (typeof value !== "object") return null;
  if (value instanceof Date) return `a Date (at ${path})`;
  if (typeof Node !== "undefined" && value instanceof Node) return `a DOM element (at ${path})`;
  if (seen.has(value)) return `a circular reference (at ${path})`;
  seen.add(value);
  for (const [key, item] of Object.entries(value)) {
    const problem = unsendable(item, `${path}.${key}`, seen);
    if (problem) return problem;
  }
  seen.delete(value);
  return null;
}

function notifyPage(): void {
  window.parent?.postMessage({ type: "playground:changed" }, window.location.origin);
}

async function callServer(name: string, args: unknown[]): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api/run/${encodeURIComponent(name)}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      // Undefined array entries become null, as the documentation says.
      body: JSON.stringify({ args }),
    });
  } catch {
    throw new Error("NetworkError: the playground server did not answer.");
  }
  const body = (await response.json().catch(() => ({}))) as { value?: unknown; error?: string };
  if (!response.ok) throw new Error(body.error ?? `The server answered ${response.status}.`);
  return body.value ?? null;
}

function runner(settings: RunnerSettings): Record<string, unknown> {
  const fail = (error: Error) => {
    if (settings.failure) settings.failure(error, settings.userObject);
    else console.error(error);
  };
  const run: Record<string, unknown> = {
    withSuccessHandler: (fn: Handler) => runner({ ...settings, success: fn }),
    withFailureHandler: (fn: Handler) => runner({ ...settings, failure: fn }),
    withUserObject: (object: unknown) => runner({ ...settings, userObject: object }),
  };
  for (const name of serverFunctions) {
    run[name] = (...args: unknown[]): void => {
      const problem = unsendable(args, "arguments", new Set());
      if (problem) {
        setTimeout(() => fail(new Error(`google.script.run cannot pass ${problem}.`)), 0);
        return;
      }
      callServer(name, args).then(
        (value) => {
          notifyPage();
          settings.success?.(value, settings.userObject);
        },
        (error: Error) => {
          notifyPage();
          fail(error);
        },
      );
    };
  }
  return run;
}

win.google = {
  script: {
    run: runner({ success: null, failure: null, userObject: undefined }),
    host: {
      close: () =>
        window.parent?.postMessage({ type: "playground:close-sidebar" }, window.location.origin),
      setHeight: () => {},
      setWidth: () => {},
      editor: { focus: () => window.parent?.focus() },
      origin: window.location.origin,
    },
  },
};
