/**
 * The intake part of `npm run bench`: creating the accepted pairs' plans in bulk at 10, 40, 100
 * and 500 plans through the built bundle (service calls, calls per plan and how many of them
 * protect labels, modeled time, executions needed), and matching 500 mentees × 200 mentors
 * (pure domain code, timed on this machine; and the whole "Suggest matches" through the bundle:
 * its calls and modeled time).
 *
 * While a run goes, the emulator's clock moves by each call's modeled latency, so the run's own
 * time budget (src/domain/intake/time-budget.ts) sees the time Apps Script would take and
 * pauses where a real execution would; each pause is one more execution (the next click or
 * the scheduler).
 */
import { defaultIntakeSettings } from "../../src/domain/intake/intake-settings";
import type { Participant } from "../../src/domain/intake/participant";
import { suggestMatches } from "../../src/domain/intake/suggest-matches";
import type { PlanCreationStatus } from "../../src/domain/sidebar-contract/intake-replies";
import type { CallRecord, Environment } from "../../test/emulator/index";
import { modelTime } from "./latency-model";
import { BENCH_SETTINGS, newBenchEnvironment } from "./program-generator";
import { generateRoster } from "./roster-generator";

export const BULK_SIZES = [10, 40, 100, 500] as const;
/** A cohort of this many plans is made inside one execution. */
export const ONE_EXECUTION_PLANS = 40;
/**
 * The target: at most this many calls per plan, batch costs included, for the plan itself (tab,
 * metadata, ledger, Dashboard row). The label protections that let pairs insert rows in every
 * section (docs/design.md, "Protection": 2 calls for each of a plan's label ranges when the
 * coordinator owns the file, 3 otherwise, plus the editors read once a plan) came later and are
 * counted apart, as TARGETS.insertCalls does.
 */
export const MAX_CALLS_PER_PLAN = 12;

/** A call that protects a label range (Google's sample: protect, add me, remove the others). */
const isProtectionCall = (r: CallRecord) =>
  r.kind !== "local" && (r.service === "Protection" || r.method === "protect");

export interface BulkRow {
  plans: number;
  calls: number;
  callsPerPlan: number;
  /** Of callsPerPlan, the label protections'. */
  protectionPerPlan: number;
  modeledSeconds: number;
  executions: number;
  wallMs: number;
}

export interface MatchingRow {
  mentees: number;
  mentors: number;
  domainMs: number;
  suggestCalls: number;
  suggestModeledSeconds: number;
  suggestWallMs: number;
}

/** Moves the emulator's clock by each call's modeled latency as the call is made. */
function clockFollowsModel(env: Environment): () => void {
  const counter = env.calls as unknown as {
    record: (...args: unknown[]) => void;
    log: CallRecord[];
  };
  const record = counter.record;
  let previous: CallRecord | null = null;
  counter.record = function timed(...args: unknown[]) {
    record.apply(counter, args);
    const last = counter.log.at(-1);
    if (!last) return;
    const pair = previous ? [previous, last] : [last];
    // The slow end of the model (scripts/bench/latency-model.ts), so time limits are not flattered.
    const before = previous ? modelTime([previous]).seconds.high : 0;
    env.clock.advance(Math.max(0, (modelTime(pair).seconds.high - before) * 1000));
    previous = last;
  };
  return () => Reflect.deleteProperty(counter, "record");
}

/** A program whose Matches tab has `plans` accepted suggestions. */
function programWithAcceptedMatches(plans: number) {
  const { env, bundle } = newBenchEnvironment();
  // Mentees without a manager on the roster are reviewed by the program's reviewer.
  bundle.call("saveSettings", { ...BENCH_SETTINGS, programReviewers: ["coach@example.org"] });
  bundle.call("openRosterTab");
  const roster = generateRoster({ people: Math.ceil(plans * 1.7) + 6, seed: plans });
  env.userEdit("Roster", "A1", roster.values);
  const suggested = bundle.call<{ ok: boolean; suggested: number; message: string }>(
    "suggestMatches",
  );
  if (!suggested.ok || suggested.suggested < plans) {
    throw new Error(
      `bench roster gave ${suggested.suggested} suggestions for ${plans}: ${suggested.message}`,
    );
  }
  const values = env.inspect.sheetValues("Matches");
  const header = (values[0] ?? []).map(String);
  const decision = header.indexOf("Decision");
  const mentor = header.indexOf("Mentor email");
  let accepted = 0;
  values.forEach((row, i) => {
    if (i === 0 || accepted >= plans || String(row[mentor] ?? "") === "") return;
    env.userEdit("Matches", `${String.fromCharCode(65 + decision)}${i + 1}`, "Accept");
    accepted++;
  });
  return { env, bundle };
}

export function benchBulkCreation(plans: number): BulkRow {
  const { env, bundle } = programWithAcceptedMatches(plans);
  env.calls.reset();
  const restore = clockFollowsModel(env);
  const started = performance.now();
  let executions = 0;
  let status: PlanCreationStatus | null = null;
  try {
    while (executions < 50) {
      executions++;
      status = bundle.call<PlanCreationStatus>("createPlansForMatches");
      if (status.state === "done") break;
      if (status.state !== "paused") throw new Error(`plan run ${status.state}: ${status.text}`);
    }
  } finally {
    restore();
  }
  if (status?.state !== "done" || status.created !== plans) {
    throw new Error(`bulk creation of ${plans} ended ${status?.state}: ${status?.text}`);
  }
  const counted = env.calls.byKind();
  const calls = counted.read + counted.write + counted.other;
  return {
    plans,
    calls,
    callsPerPlan: calls / plans,
    protectionPerPlan: env.calls.log.filter(isProtectionCall).length / plans,
    modeledSeconds: modelTime(env.calls.log).seconds.low,
    executions,
    wallMs: performance.now() - started,
  };
}

/** 500 mentees × 200 mentors, as participants (the domain's input). */
function participants(mentees: number, mentors: number): Participant[] {
  const skills = [
    "sql",
    "hiring",
    "budgeting",
    "coaching",
    "negotiation",
    "roadmapping",
    "feedback",
    "delegation",
  ];
  const departments = ["Sales", "Engineering", "Finance", "Marketing", "Operations"];
  const zones = [-8, -5, 0, 1, 5.5, 9];
  const person = (i: number, role: "Mentee" | "Mentor"): Participant => ({
    row: i + 2,
    name: `Person ${i}`,
    email: `p${i}@example.org`,
    role,
    department: departments[i % departments.length] as string,
    timeZone: "",
    utcOffset: zones[(i * 7) % zones.length] as number,
    managerEmail: role === "Mentee" ? `p${mentees + (i % mentors)}@example.org` : "",
    focus: i % 2 ? "Move into management" : "Technical skills: data",
    skillsToGrow:
      role === "Mentee"
        ? ([skills[i % 8], skills[(i * 3) % 8], skills[(i * 5 + 1) % 8]] as string[])
        : [],
    skillsToOffer:
      role === "Mentor"
        ? ([
            skills[i % 8],
            skills[(i + 2) % 8],
            skills[(i * 3) % 8],
            skills[(i + 5) % 8],
          ] as string[])
        : [],
    cadence: null,
    mode: null,
    learningStyle: null,
    capacity: role === "Mentor" ? 1 + (i % 4) : 0,
    availability: "",
  });
  return [
    ...Array.from({ length: mentees }, (_, i) => person(i, "Mentee")),
    ...Array.from({ length: mentors }, (_, j) => person(mentees + j, "Mentor")),
  ];
}

export function benchMatching(mentees = 500, mentors = 200): MatchingRow {
  const people = participants(mentees, mentors);
  const settings = defaultIntakeSettings();
  suggestMatches(people, [], settings); // warm-up (JIT)
  const runs = 3;
  const t0 = performance.now();
  for (let r = 0; r < runs; r++) suggestMatches(people, [], settings);
  const domainMs = (performance.now() - t0) / runs;

  // Through the bundle: a roster of about 500 mentees and 200 mentors, one "Suggest matches".
  const { env, bundle } = newBenchEnvironment();
  bundle.call("openRosterTab");
  env.userEdit("Roster", "A1", generateRoster({ people: 720, seed: 720 }).values);
  env.calls.reset();
  const started = performance.now();
  const result = bundle.call<{ ok: boolean; message: string }>("suggestMatches");
  const suggestWallMs = performance.now() - started;
  if (!result.ok) throw new Error(`suggestMatches failed: ${result.message}`);
  const counted = env.calls.byKind();
  return {
    mentees,
    mentors,
    domainMs,
    suggestCalls: counted.read + counted.write + counted.other,
    suggestModeledSeconds: modelTime(env.calls.log).seconds.low,
    suggestWallMs,
  };
}

export function intakeTable(bulk: readonly BulkRow[], matching: MatchingRow): string {
  const lines = [
    "| intake | N | calls | calls per plan | of which label protections | modeled s | executions | wall ms | target |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...bulk.map((b) => {
      const plan = b.callsPerPlan - b.protectionPerPlan;
      const met = plan <= MAX_CALLS_PER_PLAN ? "✓" : "✗";
      const once =
        b.plans > ONE_EXECUTION_PLANS
          ? ""
          : ` · ${b.executions === 1 ? "✓" : "✗"} one execution up to ${ONE_EXECUTION_PLANS} plans`;
      return `| create plans | ${b.plans} | ${b.calls} | ${b.callsPerPlan.toFixed(1)} | ${b.protectionPerPlan.toFixed(1)} | ${b.modeledSeconds.toFixed(1)} | ${b.executions} | ${b.wallMs.toFixed(0)} | ${met} ≤ ${MAX_CALLS_PER_PLAN} calls per plan besides its label protections (${plan.toFixed(1)})${once} |`;
    }),
    `| suggest matches (bundle, ~500 × ~200) | 720 people | ${matching.suggestCalls} | – | – | ${matching.suggestModeledSeconds.toFixed(1)} | 1 | ${matching.suggestWallMs.toFixed(0)} | one roster read, one Matches write |`,
    `| matching (domain) | ${matching.mentees} × ${matching.mentors} | 0 | – | – | – | – | ${matching.domainMs.toFixed(0)} | pure code |`,
  ];
  return lines.join("\n");
}

export function runIntakeBench(progress: (line: string) => void): string {
  const bulk: BulkRow[] = [];
  for (const n of BULK_SIZES) {
    progress(`intake: creating ${n} plans in bulk…`);
    const row = benchBulkCreation(n);
    bulk.push(row);
    progress(
      `  ${n} plans: ${row.calls} calls (${row.callsPerPlan.toFixed(1)} per plan, ${row.protectionPerPlan.toFixed(1)} of them label protections), ${row.modeledSeconds.toFixed(1)} s modeled, ${row.executions} execution(s)`,
    );
  }
  progress("intake: matching 500 mentees × 200 mentors…");
  const matching = benchMatching();
  progress(
    `  domain ${matching.domainMs.toFixed(0)} ms; through the bundle ${matching.suggestCalls} calls`,
  );
  return intakeTable(bulk, matching);
}
