/**
 * How Logger and console turn their arguments into one line of the execution log.
 * console: https://developers.google.com/apps-script/reference/base/console#log(Object,Object...)
 * ("formatOrObject: a string containing zero or more substitution strings, or a JavaScript object
 * to be logged as a JavaScript object if no other parameters"); the substitution strings are the
 * console standard's (https://console.spec.whatwg.org/#formatter): %s, %d and %i, %f, %o and %O,
 * %c (styling, dropped), and %% for a literal percent sign.
 * Logger: https://developers.google.com/apps-script/reference/base/logger#log(Object) — an object
 * with a message property logs its message ("my log message"), other objects log as {key=value}.
 */

export type LogStyle = "logger" | "console";

function tagOf(value: unknown): string {
  return Object.prototype.toString.call(value);
}

function isErrorLike(value: unknown): value is { name: string; message: string } {
  return tagOf(value) === "[object Error]";
}

/** JSON where it can be; String() for what JSON cannot carry (cycles, BigInt). */
function asJson(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text;
  } catch {
    return String(value);
  }
}

/** Logger's Java-map style: {key=value, other=[1, 2]} (the reference's own example). */
function asMap(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(asMap).join(", ")}]`;
  if (value === null) return "null";
  if (typeof value !== "object") return String(value);
  if (tagOf(value) === "[object Date]") return String(value);
  const entries = Object.entries(value as Record<string, unknown>);
  return `{${entries.map(([k, v]) => `${k}=${asMap(v)}`).join(", ")}}`;
}

/** One argument as it prints on its own. */
export function renderValue(value: unknown, style: LogStyle): string {
  if (typeof value === "string") return value;
  if (value === null || typeof value !== "object") {
    return typeof value === "function" ? `[Function: ${value.name || "anonymous"}]` : String(value);
  }
  if (isErrorLike(value)) {
    return style === "logger" ? String(value.message) : `${value.name}: ${value.message}`;
  }
  if (tagOf(value) === "[object Date]") {
    return style === "logger" ? String(value) : (value as Date).toISOString();
  }
  if (style === "logger") {
    const message = (value as { message?: unknown }).message;
    if (message !== undefined) return String(message);
    return asMap(value);
  }
  return asJson(value);
}

const DIRECTIVE = /%[sdifoOc%]/g;

function substitute(directive: string, value: unknown, style: LogStyle): string {
  switch (directive) {
    case "%s":
      return renderValue(value, style);
    case "%d":
    case "%i": {
      if (typeof value === "symbol") return "NaN";
      const n = Number(value);
      return Number.isNaN(n) ? "NaN" : String(Math.trunc(n));
    }
    case "%f":
      return typeof value === "symbol" ? "NaN" : String(Number(value));
    case "%c":
      return "";
    default:
      return typeof value === "string" ? value : asJson(value);
  }
}

/**
 * The line for log(formatOrObject, ...values): a string first argument with more arguments is a
 * format; values left over are appended, separated by spaces.
 */
export function formatLogLine(args: readonly unknown[], style: LogStyle): string {
  if (args.length === 0) return "";
  const [first, ...rest] = args;
  if (typeof first !== "string" || rest.length === 0) {
    return args.map((a) => renderValue(a, style)).join(" ");
  }
  let next = 0;
  const text = first.replace(DIRECTIVE, (directive) => {
    if (directive === "%%") return "%";
    if (next >= rest.length) return directive;
    return substitute(directive, rest[next++], style);
  });
  const leftover = rest.slice(next).map((a) => renderValue(a, style));
  return [text, ...leftover].join(" ");
}
