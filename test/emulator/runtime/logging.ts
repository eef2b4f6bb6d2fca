import type { Runtime } from "./runtime";

export interface LogLine {
  level: "log" | "info" | "warn" | "error" | "debug";
  text: string;
}

function render(args: unknown[]): string {
  return args
    .map((a) => {
      if (typeof a === "string") return a;
      try {
        return JSON.stringify(a);
      } catch {
        return String(a);
      }
    })
    .join(" ");
}

/** https://developers.google.com/apps-script/reference/base/logger — lines are kept, not printed. */
export class Logger {
  constructor(
    private readonly rt: Runtime,
    private readonly lines: LogLine[],
  ) {}

  /** log(data) or log(format, values…) with %s placeholders. */
  log(data: unknown, ...values: unknown[]): this {
    this.rt.track("Logger", "log");
    let i = 0;
    const text =
      values.length && typeof data === "string"
        ? data.replace(/%s/g, () => render([values[i++]]))
        : render([data]);
    this.lines.push({ level: "log", text });
    return this;
  }

  getLog(): string {
    this.rt.track("Logger", "getLog");
    return this.lines.map((l) => l.text).join("\n");
  }

  clear(): void {
    this.rt.track("Logger", "clear");
    this.lines.length = 0;
  }
}

/** A quiet console for the bundle: it records lines instead of printing them. */
export function quietConsole(rt: Runtime, lines: LogLine[]) {
  const at =
    (level: LogLine["level"]) =>
    (...args: unknown[]) => {
      rt.track("console", level);
      lines.push({ level, text: render(args) });
    };
  return {
    log: at("log"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    debug: at("debug"),
  };
}
