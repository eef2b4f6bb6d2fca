import { formatLogLine } from "./log-format";
import type { Runtime } from "./runtime";

export interface LogLine {
  level: "log" | "info" | "warn" | "error" | "debug";
  text: string;
}

/** https://developers.google.com/apps-script/reference/base/logger — lines are kept, not printed. */
export class Logger {
  constructor(
    private readonly rt: Runtime,
    private readonly lines: LogLine[],
  ) {}

  /** log(data), or log(format, values…) with substitution strings (log-format.ts). */
  log(data: unknown, ...values: unknown[]): this {
    this.rt.track("Logger", "log");
    this.lines.push({ level: "log", text: formatLogLine([data, ...values], "logger") });
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

/**
 * A quiet console for the bundle: it records lines instead of printing them.
 * https://developers.google.com/apps-script/reference/base/console — time(label) starts a timer
 * and timeEnd(label) logs "label: N ms" of emulated time (the clock the script sees).
 */
export function quietConsole(rt: Runtime, lines: LogLine[]) {
  const at =
    (level: LogLine["level"]) =>
    (...args: unknown[]) => {
      rt.track("console", level);
      lines.push({ level, text: formatLogLine(args, "console") });
    };
  const timers = new Map<string, number>();
  return {
    log: at("log"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    debug: at("debug"),
    time(label: unknown = "default") {
      rt.track("console", "time");
      timers.set(String(label), rt.clock.nowMs());
    },
    timeEnd(label: unknown = "default") {
      rt.track("console", "timeEnd");
      const name = String(label);
      const started = timers.get(name);
      if (started === undefined) {
        // Emulator wording: the reference does not say what an unknown label logs.
        lines.push({ level: "warn", text: `Timer '${name}' does not exist` });
        return;
      }
      timers.delete(name);
      lines.push({ level: "info", text: `${name}: ${rt.clock.nowMs() - started}ms` });
    },
  };
}
