/**
 * The benchmark's results: one Markdown table (printed, and pasted into docs/performance.md) and a JSON
 * file under the git-ignored .bench/ folder so runs can be compared.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import {
  EXECUTION_LIMIT_SECONDS,
  FIRST_READ_SECONDS,
  LATENCY_SECONDS,
  type ModeledTime,
  READ_SECONDS_PER_CELL,
} from "./latency-model";

export type Operation = "insert" | "refresh" | "refresh again" | "review";

/** One side (ours or the naive baseline) of one operation on one program. */
export interface Side {
  calls: number;
  reads: number;
  writes: number;
  other: number;
  /** The emulator's round trips (docs/design.md "How performance is counted"). */
  roundTrips: number;
  modeled: ModeledTime;
  wallMs: number;
  /** Peak JS heap above the heap before the operation (sampled every few calls), in MB. */
  peakHeapMB: number;
  byMethod: Record<string, number>;
}

export interface TargetCheck {
  label: string;
  ok: boolean;
  detail: string;
}

export interface ResultRow {
  operation: Operation;
  /** Plans in the program. */
  n: number;
  ours: Side;
  naive: Side;
  /** What the operation reported (sent emails, plans refreshed, the new tab). */
  outcome: Record<string, unknown>;
  targets: TargetCheck[];
}

export interface Machine {
  cpu: string;
  cores: number;
  os: string;
  memoryGB: number;
  node: string;
}

export function machine(): Machine {
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
}

const int = (n: number) => Math.round(n).toLocaleString("en-US");
const secs = (s: number) => (s < 10 ? s.toFixed(2) : s < 1000 ? s.toFixed(1) : int(s));
const pct = (s: number) => {
  const p = (100 * s) / EXECUTION_LIMIT_SECONDS;
  return p < 10 ? `${p.toFixed(1)} %` : `${int(p)} %`;
};

/** "0.011 (95× fewer)": ours over naive, for calls. */
function ratio(ours: number, naive: number): string {
  if (naive === 0) return "–";
  const r = ours / naive;
  return `${r < 0.01 ? r.toFixed(4) : r.toFixed(3)} (${int(naive / Math.max(1, ours))}× fewer)`;
}

export function tableMarkdown(rows: readonly ResultRow[]): string {
  const head = [
    "operation",
    "N",
    "calls (r/w/o)",
    "round trips",
    "modeled s",
    "% of 6 min",
    "wall ms",
    "peak MB",
    "naive calls",
    "naive modeled s",
    "calls ours/naive",
    "target",
  ];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => " --- ").join("|")}|`];
  for (const row of rows) {
    const o = row.ours;
    const cells = [
      row.operation,
      int(row.n),
      `${int(o.calls)} (${int(o.reads)}/${int(o.writes)}/${int(o.other)})`,
      int(o.roundTrips),
      secs(o.modeled.seconds),
      pct(o.modeled.seconds),
      o.wallMs.toFixed(o.wallMs < 100 ? 1 : 0),
      o.peakHeapMB.toFixed(1),
      int(row.naive.calls),
      secs(row.naive.modeled.seconds),
      ratio(o.calls, row.naive.calls),
      row.targets.map((t) => `${t.ok ? "✓" : "✗"} ${t.detail}`).join("; "),
    ];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

/** The modeled latencies, one line each, for docs/performance.md and the console. */
export function latencyLines(): string[] {
  return [
    ...Object.entries(LATENCY_SECONDS).map(([kind, s]) => `${kind} ${s} s`),
    `sheetsRead + ${READ_SECONDS_PER_CELL * 1e6} µs per cell returned; first read ≥ ${FIRST_READ_SECONDS} s`,
  ];
}

export interface BenchReport {
  date: string;
  machine: Machine;
  latenciesSeconds: typeof LATENCY_SECONDS;
  build: Record<string, number>;
  runSeconds: number;
  /** The process's peak resident memory over the whole run (program building included). */
  maxRssMB: number;
  rows: ResultRow[];
  table: string;
}

/** Writes .bench/bench-<date>.json and .bench/latest.json; returns the dated file's path. */
export function writeReport(root: string, report: BenchReport): string {
  const dir = join(root, ".bench");
  mkdirSync(dir, { recursive: true });
  const stamp = report.date.replace(/[:.]/g, "-");
  const path = join(dir, `bench-${stamp}.json`);
  const text = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(path, text);
  writeFileSync(join(dir, "latest.json"), text);
  return path;
}
