/**
 * `npm run bench`: drives the built bundle (dist/Code.js) in the emulator on programs of 10,
 * 100 and 1,000 plans (and 3,000 and 5,000 with `-- --scale`), beside the competent batched
 * baseline (competent-baseline.ts) and, as a footnote up to 1,000 plans, the naive per-cell one,
 * each on a fresh copy of the same program. Prints the tables of docs/performance.md: calls,
 * round trips, modelled seconds as a range, how many times faster, the targets; cells used of
 * the spreadsheet's 10 M; bundle size and start-up. Progress goes to stderr; results to .bench/.
 * It asserts nothing about time (test/bench/ guards the call counts).
 */
import v8 from "node:v8";
import vm from "node:vm";
import { PLAN_ID_METADATA_KEY } from "../../src/domain/plan-tab/sections";
import { FEED_READ_ROWS } from "../../src/gas/program-feed-tab";
import { type Bundle, type Environment, REPO_ROOT, type Snapshot } from "../../test/emulator";
import { bundleKB, median, startupMs } from "./bundle-startup";
import {
  competentInsertPlan,
  competentPreview,
  competentRefresh,
  competentReview,
} from "./competent-baseline";
import { runIntakeBench } from "./intake-bench";
import { LATENCY_SECONDS, modelTime } from "./latency-model";
import { naiveInsertPlan, naiveRefresh, naiveReview } from "./naive-baseline";
import {
  buildPrograms,
  expectedReviewers,
  type GeneratedPair,
  newPairForm,
  restoreProgram,
} from "./program-generator";
import {
  type BenchReport,
  type CellsUsed,
  cellsMarkdown,
  latencyLines,
  machine,
  naiveTableMarkdown,
  OPERATIONS,
  type ResultRow,
  type Side,
  SPREADSHEET_CELL_LIMIT,
  speedup,
  type TargetCheck,
  tableMarkdown,
  writeReport,
} from "./report";
import { TARGETS } from "./targets";

const SCALE = process.argv.includes("--scale") || process.env.BENCH_SCALE === "1";
const SIZES = SCALE ? [10, 100, 1000, 3000, 5000] : [10, 100, 1000];
/** The naive per-cell baseline runs up to this size (it makes ~840 calls a plan). */
const NAIVE_MAX = 1000;

const runStarted = performance.now();
const elapsed = () => `${((performance.now() - runStarted) / 1000).toFixed(1)} s`;
const progress = (line: string) => process.stderr.write(`[bench ${elapsed()}] ${line}\n`);

/** A garbage collection before each measurement, so peak heap is the operation's own. */
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

/** Runs fn, counting its calls and executions, timing it and sampling the heap. */
function measure<T>(env: Environment, fn: () => T): { side: Side; result: T } {
  const counter = env.calls;
  counter.reset();
  gc();
  const heapBefore = v8.getHeapStatistics().used_heap_size;
  let peak = heapBefore;
  let count = 0;
  let executions = 0;
  const record = counter.record;
  const sampling = counter as { record: typeof record };
  sampling.record = function sampled(...args: Parameters<typeof record>) {
    record.apply(counter, args);
    if ((++count & 31) === 0) peak = Math.max(peak, v8.getHeapStatistics().used_heap_size);
  };
  const begin = env.beginExecution;
  const counting = env as { beginExecution: typeof begin };
  counting.beginExecution = function counted(options) {
    if (env.execution.depth() === 0) executions++;
    return begin.call(env, options);
  };
  const started = performance.now();
  let result: T;
  try {
    result = fn();
  } finally {
    Reflect.deleteProperty(sampling, "record");
    Reflect.deleteProperty(counting, "beginExecution");
  }
  const wallMs = performance.now() - started;
  peak = Math.max(peak, v8.getHeapStatistics().used_heap_size);
  const byKind = counter.byKind();
  const side: Side = {
    calls: byKind.read + byKind.write + byKind.other,
    reads: byKind.read,
    writes: byKind.write,
    other: byKind.other,
    roundTrips: counter.roundTrips(),
    executions,
    modeled: modelTime(counter.log, executions),
    wallMs,
    peakHeapMB: (peak - heapBefore) / 2 ** 20,
    byMethod: counter.byMethod(),
  };
  counter.reset();
  return { side, result };
}

/** Cells of every tab (rows × columns, as Sheets counts them), the add-on's own apart. */
function cellsUsed(env: Environment, n: number): CellsUsed {
  let plans = 0;
  let addon = 0;
  for (const name of env.inspect.sheetNames()) {
    const { maxRows, maxColumns } = env.inspect.size(name);
    const isPlan = env.inspect.metadata(name).some((d) => d.key === PLAN_ID_METADATA_KEY);
    if (isPlan) plans += maxRows * maxColumns;
    else addon += maxRows * maxColumns;
  }
  return { n, total: plans + addon, addon, plans };
}

type Rows = Partial<Record<(typeof OPERATIONS)[number], ResultRow>>;
const row = (operation: ResultRow["operation"], n: number, ours: Side): ResultRow => ({
  operation,
  n,
  ours,
  competent: null,
  naive: null,
  outcome: {},
  targets: [],
});

/** Ours, in the order a program lives: refresh, refresh again, preview, sidebar, review, insert. */
function measureOurs(snapshot: Snapshot, n: number, today: string, reviewer: string, rows: Rows) {
  const { env, bundle } = restoreProgram(snapshot);
  const call = <R>(name: string, ...args: unknown[]) =>
    measure(env, () => bundle.call<R>(name, ...args));
  type Refreshed = { plans: number; problems: number; complete: boolean; message: string };
  for (const op of ["refresh", "refresh again"] as const) {
    const m = call<Refreshed>("refreshDashboard");
    if (!m.result.complete) throw new Error(`${op} incomplete: ${m.result.message}`);
    rows[op] = { ...row(op, n, m.side), outcome: { plans: m.result.plans } };
  }
  const cells = cellsUsed(env, n);
  const preview = call<{ ok?: boolean; pairs?: unknown[] }>("previewReview", reviewer);
  rows.preview = { ...row("preview", n, preview.side), outcome: { reviewer } };
  rows["sidebar open"] = row("sidebar open", n, openSidebar(env, bundle));
  // "Send reviews now": the run the scheduler makes when a period is due, started by hand so it
  // does not depend on the bench clock's weekday and hour.
  const review = call<{ sent: number; deferred: number; failed: number }>("sendReviewsNow");
  rows.review = {
    ...row("review", n, review.side),
    outcome: { ...review.result, sends: review.side.byMethod["MailApp.sendEmail"] ?? 0 },
  };
  const inserted = call<{ ok: boolean; message: string }>("insertPlan", newPairForm(today, n));
  if (!inserted.result.ok) throw new Error(`insertPlan failed: ${inserted.result.message}`);
  rows.insert = row("insert", n, inserted.side);
  return cells;
}

/**
 * "Refresh outcomes and impact report" on its own copy of the program (so the other rows run
 * without the outcome tabs): after a Dashboard refresh, the first run makes the Outcomes tab
 * and the impact report, the second rewrites them. Both read the program through the same feed
 * as the Dashboard's refresh (docs/performance.md).
 */
function measureOutcomes(snapshot: Snapshot, n: number, rows: Rows): void {
  const { env, bundle } = restoreProgram(snapshot);
  type Refreshed = { plans: number; complete: boolean; message: string };
  bundle.call<Refreshed>("refreshDashboard");
  for (const op of ["outcomes refresh", "outcomes refresh again"] as const) {
    const m = measure(env, () => bundle.call<Refreshed>("refreshOutcomes"));
    if (!m.result.complete) throw new Error(`${op} incomplete: ${m.result.message}`);
    rows[op] = { ...row(op, n, m.side), outcome: { plans: m.result.plans } };
  }
}

/**
 * The sidebar from the menu click to its first paint: the served page, plus the server calls
 * the page makes before it can paint (docs/performance.md "Opening the sidebar").
 */
function openSidebar(env: Environment, bundle: Bundle): Side {
  return measure(env, () => {
    bundle.call("showSidebar");
    // A page served with its initial state paints without calling back (sidebar/index.html).
    const html = env.ui.lastSidebar?.html ?? "";
    if (!/data-initial-state="[^"]/.test(html)) bundle.call("getSidebarState");
  }).side;
}

function measureCompetent(
  snapshot: Snapshot,
  n: number,
  today: string,
  reviewer: string,
  rows: Rows,
) {
  const { env } = restoreProgram(snapshot);
  const now = env.clock.now();
  const run = <T>(fn: () => T) => measure(env, () => env.runExecution(fn));
  const refresh = run(() => competentRefresh(env.globals, now)).side;
  for (const op of ["refresh", "refresh again"] as const) {
    const r = rows[op];
    if (r)
      r.competent = op === "refresh" ? refresh : run(() => competentRefresh(env.globals, now)).side;
  }
  const preview = run(() => competentPreview(env.globals, reviewer, now));
  if (rows.preview) rows.preview.competent = preview.side;
  const review = run(() => competentReview(env.globals, now));
  if (rows.review) {
    rows.review.competent = review.side;
    rows.review.outcome.competentSent = review.result.sent;
  }
  const form = newPairForm(today, n);
  const insert = run(() => competentInsertPlan(env.globals, form, "plan-00000bench002", now));
  if (rows.insert) rows.insert.competent = insert.side;
}

function measureNaive(snapshot: Snapshot, n: number, today: string, rows: Rows) {
  const { env } = restoreProgram(snapshot);
  const now = env.clock.now();
  const run = <T>(fn: () => T) => measure(env, () => env.runExecution(fn));
  if (rows.refresh) rows.refresh.naive = run(() => naiveRefresh(env.globals, now)).side;
  if (rows.review) rows.review.naive = run(() => naiveReview(env.globals, now)).side;
  const form = newPairForm(today, n);
  if (rows.insert) {
    rows.insert.naive = run(() =>
      naiveInsertPlan(env.globals, form, "plan-00000bench001", now),
    ).side;
  }
}

const check = (label: string, ok: boolean, detail: string): TargetCheck => ({ label, ok, detail });
const fmt = (x: number) => (x < 10 ? x.toFixed(1) : Math.round(x).toLocaleString("en-US"));

function targetsOf(
  r: ResultRow,
  insertCalls: number[],
  previewSeconds: number[],
  rowsByOp: ReadonlyMap<string, ResultRow>,
): TargetCheck[] {
  const { ours, n } = r;
  const atMost = (label: string, value: number, limit: number, unit = "") =>
    check(
      label,
      value <= limit,
      `${fmt(value)}${unit} ${value <= limit ? "≤" : ">"} ${fmt(limit)}${unit}`,
    );
  switch (r.operation) {
    case "insert": {
      const flat = Math.min(...insertCalls) === Math.max(...insertCalls);
      return [
        atMost("calls", ours.calls, TARGETS.insertCalls),
        check(
          "flat in N",
          flat,
          flat ? "flat in N" : `${Math.min(...insertCalls)}–${Math.max(...insertCalls)} calls`,
        ),
      ];
    }
    case "refresh":
    case "refresh again": {
      const checks = [atMost("calls", ours.calls, n + TARGETS.refreshExtraCalls, " calls")];
      if (n === 1000 && r.operation === "refresh again" && r.competent) {
        const s = speedup(ours, r.competent);
        const worst = Math.min(s.low, s.high);
        checks.push(
          check(
            `≥ ${TARGETS.refreshSpeedup}× competent`,
            worst >= TARGETS.refreshSpeedup,
            `${fmt(worst)}× ${worst >= TARGETS.refreshSpeedup ? "≥" : "<"} ${TARGETS.refreshSpeedup}×`,
          ),
        );
      }
      return checks;
    }
    case "outcomes refresh":
    case "outcomes refresh again": {
      const extra =
        r.operation === "outcomes refresh"
          ? TARGETS.outcomesFirstRefreshExtraCalls
          : TARGETS.outcomesRefreshExtraCalls;
      const checks = [atMost("calls", ours.calls, n + TARGETS.refreshExtraCalls + extra, " calls")];
      // The same feed: the program's reads are the Dashboard refresh's, but for the feed's
      // blocks, which for the plans' words (not their snapshots) hold 200 plans each.
      const dashboard = rowsByOp.get(`refresh again:${n}`);
      if (dashboard) {
        const feedReads = (s: Side) =>
          (s.byMethod["Range.getValues"] ?? 0) + (s.byMethod["Range.getFormulas"] ?? 0);
        const most = feedReads(dashboard.ours) + Math.ceil(n / FEED_READ_ROWS);
        checks.push(
          atMost(
            "program reads (at most the Dashboard's + 1 per 200 plans)",
            feedReads(ours),
            most,
            " program reads",
          ),
        );
      }
      return checks;
    }
    case "review": {
      const sends = Number(r.outcome.sends);
      const reviewers = Number(r.outcome.reviewers);
      return [
        check(
          "one send per reviewer",
          sends === reviewers,
          `${sends} sends ${sends === reviewers ? "=" : "≠"} ${reviewers} reviewers`,
        ),
        atMost(
          "round trips",
          ours.roundTrips,
          TARGETS.reviewTripsPerEmail * sends + TARGETS.reviewTripsPerRun,
          " trips",
        ),
      ];
    }
    case "preview": {
      const flat =
        Math.max(...previewSeconds) - Math.min(...previewSeconds) <= TARGETS.previewFlatSeconds;
      return [
        atMost("≤ 2 s", ours.modeled.seconds.high, TARGETS.previewSeconds, " s"),
        check(
          "flat in N",
          flat,
          flat
            ? "flat in N"
            : `${fmt(Math.min(...previewSeconds))}–${fmt(Math.max(...previewSeconds))} s`,
        ),
      ];
    }
    case "sidebar open":
      return [
        atMost("executions", ours.executions, TARGETS.sidebarExecutions, " executions"),
        atMost("calls", ours.calls, TARGETS.sidebarCalls, " calls"),
      ];
  }
}

function main(): void {
  const largest = Math.max(...SIZES);
  progress(`building one program of ${largest} plans through insertPlan + pair edits…`);
  const build = buildPrograms(SIZES, {
    onPlan: (done, total) => {
      if (done % 500 === 0 || done === total) progress(`  built ${done}/${total} plans`);
    },
  });
  progress(`built in ${(build.timings.totalMs / 1000).toFixed(1)} s`);
  build.env.calls.reset();
  const rows: ResultRow[] = [];
  const cells: CellsUsed[] = [];
  for (const n of SIZES) {
    const snapshot = build.snapshots.get(n);
    if (!snapshot) throw new Error(`No snapshot for ${n} plans.`);
    const pairs: GeneratedPair[] = build.pairs.slice(0, n);
    const reviewer = pairs[0]?.reviewerEmail ?? "";
    progress(`program of ${n} plans`);
    const byOp: Rows = {};
    cells.push(measureOurs(snapshot, n, build.today, reviewer, byOp));
    measureOutcomes(snapshot, n, byOp);
    measureCompetent(snapshot, n, build.today, reviewer, byOp);
    if (n <= NAIVE_MAX) measureNaive(snapshot, n, build.today, byOp);
    if (byOp.review) byOp.review.outcome.reviewers = expectedReviewers(pairs);
    for (const op of OPERATIONS) {
      const r = byOp[op];
      if (!r) continue;
      rows.push(r);
      progress(
        `  ${op} N=${n}: ours ${r.ours.calls} calls, ${r.ours.modeled.seconds.low.toFixed(1)} s · competent ${r.competent?.calls ?? "–"} calls, ${r.competent?.modeled.seconds.low.toFixed(1) ?? "–"} s`,
      );
    }
    build.snapshots.delete(n);
  }
  const order = (op: string) => OPERATIONS.indexOf(op as (typeof OPERATIONS)[number]);
  rows.sort((a, b) => order(a.operation) - order(b.operation) || a.n - b.n);
  const insertCalls = rows.filter((r) => r.operation === "insert").map((r) => r.ours.calls);
  const previewSeconds = rows
    .filter((r) => r.operation === "preview")
    .map((r) => r.ours.modeled.seconds.high);
  const rowsByOp = new Map(rows.map((r) => [`${r.operation}:${r.n}`, r]));
  for (const r of rows) r.targets = targetsOf(r, insertCalls, previewSeconds, rowsByOp);

  const startup = startupMs(REPO_ROOT);
  const sizes = bundleKB(REPO_ROOT);
  const startupMedian = median(startup);
  const cellTargets = cells.map((c) => {
    if (c.n === 1000) {
      const share = c.addon / SPREADSHEET_CELL_LIMIT;
      return check(
        "add-on tabs ≤ 5 %",
        share <= TARGETS.addonCellShare,
        `add-on tabs at 1,000 plans: ${(100 * share).toFixed(1)} % of 10 M`,
      );
    }
    return check(
      "fits",
      c.total <= SPREADSHEET_CELL_LIMIT,
      `${c.n} plans: ${(c.total / 1e6).toFixed(2)} M cells`,
    );
  });
  const bundleTargets = [
    check(
      "bundle ≤ 250 KB",
      sizes.codeKB <= TARGETS.bundleKB,
      `dist/Code.js ${sizes.codeKB.toFixed(0)} KB`,
    ),
    check(
      "start-up ≤ 25 ms",
      startupMedian <= TARGETS.startupMs,
      `start-up ${startupMedian.toFixed(0)} ms (median of ${startup.length})`,
    ),
  ];

  const table = tableMarkdown(rows);
  const runSeconds = (performance.now() - runStarted) / 1000;
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: machine(),
    latenciesSeconds: LATENCY_SECONDS,
    build: { ...build.timings, firstInsertCalls: build.firstInsertCalls },
    runSeconds,
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    bundle: { ...sizes, startupMs: startup },
    cells,
    rows,
    table,
  };
  const path = writeReport(REPO_ROOT, report);
  const m = report.machine;
  const misses = [
    ...rows.flatMap((r) =>
      r.targets.filter((t) => !t.ok).map((t) => `${r.operation} N=${r.n}: ${t.detail}`),
    ),
    ...[...cellTargets, ...bundleTargets].filter((t) => !t.ok).map((t) => t.detail),
  ];
  process.stdout.write(
    `\n${table}\n\nPer-cell naive baseline (footnote):\n\n${naiveTableMarkdown(rows)}\n\nCells used:\n\n${cellsMarkdown(cells)}\n\n` +
      `${[...cellTargets, ...bundleTargets].map((t) => `${t.ok ? "✓" : "✗"} ${t.detail}`).join(" · ")}\n` +
      `dist/Sidebar.html ${sizes.sidebarKB.toFixed(0)} KB · start-up runs (ms): ${startup.map((x) => x.toFixed(0)).join(", ")}\n\n` +
      `${report.date.slice(0, 10)} · ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB · ${m.os} · Node ${m.node} · whole run ${runSeconds.toFixed(0)} s · peak RSS ${report.maxRssMB} MB\n` +
      `First insert into an empty workbook (builds the template tab and Dashboard): ${build.firstInsertCalls} calls\n` +
      `Latencies (s per round trip): ${latencyLines().join(", ")}\n` +
      `Misses: ${misses.join("; ") || "none"}\n` +
      `Results: ${path}\n`,
  );
  process.stdout.write(`\n${runIntakeBench(progress)}\n`);
}

main();
