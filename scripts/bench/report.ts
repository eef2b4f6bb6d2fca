/**
 * The benchmark's results: Markdown tables (printed, and pasted into docs/performance.md) and a
 * JSON file under the git-ignored .bench/ folder so runs can be compared.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import {
  EXECUTION_LIMIT_SECONDS,
  LATENCY_SECONDS,
  type ModeledTime,
  READ_SECONDS_PER_CELL,
  type SecondsRange,
} from "./latency-model";

export const OPERATIONS = [
  "insert",
  "refresh",
  "refresh again",
  "outcomes refresh",
  "outcomes refresh again",
  "review",
  "preview",
  "sidebar open",
] as const;
export type Operation = (typeof OPERATIONS)[number];

/** One implementation (ours, the competent baseline or the naive one) of one operation. */
export interface Side {
  calls: number;
  reads: number;
  writes: number;
  other: number;
  /** The emulator's round trips (docs/design.md "How performance is counted"). */
  roundTrips: number;
  /** Executions the operation took (each pays a start). */
  executions: number;
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
  competent: Side | null;
  naive: Side | null;
  /** What the operation reported (sent emails, plans refreshed, the new tab). */
  outcome: Record<string, unknown>;
  targets: TargetCheck[];
}

/** Cells the program's tabs hold (Sheets counts every cell of every tab against 10 M). */
export interface CellsUsed {
  n: number;
  total: number;
  /** The add-on's own tabs (Dashboard, feed, template, Review log). */
  addon: number;
  /** Plan tabs. */
  plans: number;
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

export const SPREADSHEET_CELL_LIMIT = 10_000_000;

const int = (n: number) => Math.round(n).toLocaleString("en-US");
const secs = (s: number) => (s < 10 ? s.toFixed(2) : s < 1000 ? s.toFixed(1) : int(s));
export const range = (r: SecondsRange) =>
  Math.abs(r.high - r.low) < 0.005 ? secs(r.low) : `${secs(r.low)}–${secs(r.high)}`;
const times = (x: number) => (x < 10 ? x.toFixed(1) : int(x));

/** How many times faster ours is than the other, at the low end and at the high end. */
export function speedup(ours: Side, other: Side): SecondsRange {
  return {
    low: other.modeled.seconds.low / ours.modeled.seconds.low,
    high: other.modeled.seconds.high / ours.modeled.seconds.high,
  };
}

function ratioText(ours: Side, other: Side | null): string {
  if (!other) return "–";
  const r = speedup(ours, other);
  const [a, b] = [Math.min(r.low, r.high), Math.max(r.low, r.high)];
  return times(a) === times(b) ? `${times(a)}×` : `${times(a)}–${times(b)}×`;
}

const sideCells = (s: Side | null) =>
  s ? [int(s.calls), int(s.roundTrips), range(s.modeled.seconds)] : ["–", "–", "–"];

/** The headline: ours beside the competent baseline. */
export function tableMarkdown(rows: readonly ResultRow[]): string {
  const head = [
    "operation",
    "N",
    "calls",
    "round trips",
    "modelled s",
    "% of 6 min",
    "competent calls",
    "competent round trips",
    "competent modelled s",
    "faster than competent",
    "targets",
  ];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => " --- ").join("|")}|`];
  for (const row of rows) {
    const o = row.ours;
    const pct = (100 * o.modeled.seconds.high) / EXECUTION_LIMIT_SECONDS;
    const cells = [
      row.operation,
      int(row.n),
      `${int(o.calls)}${o.executions > 1 ? ` in ${o.executions} executions` : ""}`,
      int(o.roundTrips),
      range(o.modeled.seconds),
      pct < 10 ? `${pct.toFixed(1)} %` : `${int(pct)} %`,
      ...sideCells(row.competent),
      ratioText(o, row.competent),
      row.targets.map((t) => `${t.ok ? "✓" : "✗"} ${t.detail}`).join("; "),
    ];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

/** The footnote: the per-cell naive baseline, where it was run. */
export function naiveTableMarkdown(rows: readonly ResultRow[]): string {
  const head = [
    "operation",
    "N",
    "naive calls",
    "naive round trips",
    "naive modelled s",
    "ours faster",
  ];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => " --- ").join("|")}|`];
  for (const row of rows) {
    if (!row.naive) continue;
    const cells = [
      row.operation,
      int(row.n),
      ...sideCells(row.naive),
      ratioText(row.ours, row.naive),
    ];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

export function cellsMarkdown(cells: readonly CellsUsed[]): string {
  const pct = (n: number) => `${((100 * n) / SPREADSHEET_CELL_LIMIT).toFixed(1)} %`;
  const head = [
    "N",
    "cells used",
    "of 10 M",
    "add-on's own tabs",
    "of 10 M",
    "plan tabs, per plan",
  ];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => " --- ").join("|")}|`];
  for (const c of cells) {
    lines.push(
      `| ${[int(c.n), int(c.total), pct(c.total), int(c.addon), pct(c.addon), int(c.plans / Math.max(1, c.n))].join(" | ")} |`,
    );
  }
  return lines.join("\n");
}

/** The modelled latencies, one line each, for the docs and the console. */
export function latencyLines(): string[] {
  return [
    ...Object.entries(LATENCY_SECONDS).map(([kind, s]) => `${kind} ${s} s`),
    `sheetsRead + ${READ_SECONDS_PER_CELL.low * 1e6}–${READ_SECONDS_PER_CELL.high * 1e6} µs per cell returned`,
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
  bundle: { codeKB: number; sidebarKB: number; startupMs: number[] };
  cells: CellsUsed[];
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
