/**
 * "Create plans for accepted matches": every accepted pair's plan, made by the same plan writer
 * as a single insert (plan-writer.ts), in batches. Each batch holds the document lock once,
 * searches the metadata once, re-reads the Matches tab (so two runs at once never make a plan
 * twice) and appends its Dashboard rows once. The Matches tab is the ledger: a row's plan id is
 * written and flushed before its plan is made, and the plan's link after, so a run cut short at
 * any point is finished by the next one without a second plan (bulk-creation.ts).
 *
 * A run starts a batch only if it will end before a safe point short of the 6-minute limit
 * (time-budget.ts); otherwise it pauses and the next click, or the program's hourly scheduler
 * (scheduler.ts), continues it; a run the coordinator stopped waits for their click. Progress
 * goes to a record the sidebar polls, which also carries a stop request.
 */

import { planLinkFormula } from "../../domain/dashboard/row";
import {
  type BulkStep,
  type ExistingPlan,
  PLAN_CREATED_NOTE,
  planBulkCreation,
} from "../../domain/intake/bulk-creation";
import {
  type BulkProgress,
  type BulkState,
  bulkProgressText,
  progressAsOf,
} from "../../domain/intake/bulk-progress";
import type { MatchesKey } from "../../domain/intake/matches-columns";
import { readMatches } from "../../domain/intake/matches-read";
import { reviewMatches } from "../../domain/intake/review-matches";
import { canStartBatch } from "../../domain/intake/time-budget";
import { newPlanId } from "../../domain/plan/plan-id";
import { dayKey } from "../../domain/sheet/calendar";
import { asLiteralText } from "../../domain/sheet/literal-text";
import type { PlanCreationStatus } from "../../domain/sidebar-contract/intake-replies";
import { planFormSchema } from "../../domain/sidebar-contract/schemas";
import { currentUserEmail } from "../../gas/current-user";
import { BusyError, withDocumentLock } from "../../gas/document-lock";
import { newUuid } from "../../gas/ids";
import { loadBulkProgress, loadIntakeSettings, storeBulkProgress } from "../../gas/intake-store";
import {
  findMatchesTab,
  type LedgerCells,
  readMatchesTab,
  writeLedger,
} from "../../gas/matches-tab";
import { findProgramTabs, type ProgramTabs } from "../../gas/plan-tabs";
import { appendPlansToFeed, FEED_ROLE } from "../../gas/program-feed-tab";
import { findRosterTab, readRosterValues } from "../../gas/roster-tab";
import { loadSettings } from "../../gas/settings-store";
import { flushWrites } from "../../gas/spreadsheet-flush";
import { openWorkbook, type Workbook } from "../../gas/workbook";
import { asCoordinator } from "../coordinator-guard";
import { finishPlanBatch, startPlanBatch, writePlan } from "../plan-writer";
import { syncTriggers } from "../trigger-sync";
import { type IntakeRead, readIntake } from "./read-intake";

/** Plans made per batch: large enough to spread a batch's fixed calls, small enough to stop in time. */
export const PLANS_PER_BATCH = 10;
/** Time per plan assumed before the first batch is measured (a plan is about a dozen calls). */
const FIRST_GUESS_MS_PER_PLAN = 3_000;

export const CREATING_NOTE = "Making the plan…";

type Ready = Extract<IntakeRead, { ok: true }>;

interface BatchOutcome {
  /** Steps of all kinds still to do after this batch. */
  remaining: number;
  made: number;
  linked: number;
  total: number;
  done: number;
  skipped: number;
  /** Set when the run cannot go on (no Matches tab, a damaged header). */
  problem?: string;
}

/** What the sidebar shows of a run's record (a run whose execution died reads as paused). */
export function statusOf(record: BulkProgress | null): PlanCreationStatus {
  const progress = record && progressAsOf(record, Date.now());
  if (!progress) {
    return { state: "none", total: 0, created: 0, skipped: 0, stopRequested: false, text: "" };
  }
  return {
    state: progress.state,
    total: progress.total,
    created: progress.created,
    skipped: progress.skipped,
    stopRequested: progress.stopRequested,
    text: progress.message || bulkProgressText(progress),
  };
}

/** A refusal in the reply's shape: the run's record as it stands, and why nothing was done. */
export function refusedStatus(message: string): PlanCreationStatus {
  return { ...statusOf(loadBulkProgress()), refused: true, text: message };
}

/** "Create plans for accepted matches", for coordinators only (coordinator-guard.ts). */
export function createPlansForAcceptedMatches(): PlanCreationStatus {
  return asCoordinator<PlanCreationStatus>(
    "create plans for the accepted matches",
    refusedStatus,
    (role) => createPlans(Date.now(), role.isOwner),
  );
}

/**
 * Makes the accepted pairs' plans until none is left, the time budget runs out (paused: the
 * scheduler, which this run makes sure exists, or the next click continues), or a stop.
 * @param startedAt when the execution began: the scheduler runs this after its other work.
 * @param runsAsOwner the coordinator owns the spreadsheet, so its label protections need not add
 *   them as an editor (plan-writer.ts startPlanBatch); unknown (false) when the scheduler runs it.
 */
export function createPlans(startedAt: number, runsAsOwner = false): PlanCreationStatus {
  const workbook = openWorkbook();
  const settings = loadIntakeSettings();
  const programSettings = loadSettings();
  const programReviewers = programSettings.programReviewers;
  const previous = loadBulkProgress();
  let progress: BulkProgress = {
    state: "running",
    total: previous?.total ?? 0,
    created: previous?.created ?? 0,
    skipped: 0,
    stopRequested: false,
    updatedAt: startedAt,
    message: "",
  };
  storeBulkProgress(progress);
  let slowest: number | null = null;
  let intake: Ready | null = null;
  let state: BulkState = "done";
  let message = "";
  for (;;) {
    const elapsedMs = Date.now() - startedAt;
    if (
      !canStartBatch({
        elapsedMs,
        batchSize: PLANS_PER_BATCH,
        slowestMsPerItem: slowest,
        firstGuessMs: FIRST_GUESS_MS_PER_PLAN,
      })
    ) {
      state = "paused";
      break;
    }
    const batchStart = Date.now();
    let outcome: BatchOutcome;
    try {
      outcome = withDocumentLock(() => {
        const tabs = findProgramTabs(workbook.spreadsheet);
        if (!intake) {
          const read = readForRun(workbook, tabs);
          if (!read.ok) return stopWith(read.message);
          intake = read;
        }
        return runBatch(workbook, tabs, intake, settings, programReviewers, runsAsOwner);
      });
    } catch (error) {
      if (!(error instanceof BusyError)) throw error;
      state = "paused";
      message = error.message;
      break;
    }
    if (outcome.problem) {
      state = "stopped";
      message = outcome.problem;
      progress = { ...progress, total: outcome.total, created: outcome.done };
      break;
    }
    const perPlan = (Date.now() - batchStart) / Math.max(1, outcome.made);
    slowest = Math.max(slowest ?? 0, perPlan);
    progress = {
      ...progress,
      total: outcome.total,
      created: outcome.done,
      skipped: outcome.skipped,
      updatedAt: Date.now(),
    };
    if (outcome.remaining === 0) {
      state = "done";
      break;
    }
    if (outcome.made === 0 && outcome.linked === 0) {
      // Every plan of the batch failed: going round again would only fail again.
      state = "stopped";
      message = "Some plans could not be made: their Note in the Matches tab says why.";
      break;
    }
    // The Stop button writes its request into the record: read it just before writing ours.
    if (loadBulkProgress()?.stopRequested) {
      state = "stopped";
      break;
    }
    storeBulkProgress(progress);
  }
  progress = { ...progress, state, stopRequested: false, updatedAt: Date.now(), message: "" };
  progress.message = message ? `${bulkProgressText(progress)} ${message}` : "";
  storeBulkProgress(progress);
  // The rest waits for the program's scheduler: the paused record makes it wanted.
  if (state === "paused") syncTriggers(programSettings, currentUserEmail(), workbook.spreadsheet);
  return statusOf(progress);
}

const stopWith = (problem: string): BatchOutcome => ({
  remaining: 0,
  made: 0,
  linked: 0,
  total: 0,
  done: 0,
  skipped: 0,
  problem,
});

/** The roster and the plans made outside the Matches tab: read once per execution. */
function readForRun(workbook: Workbook, tabs: ProgramTabs): IntakeRead {
  const rosterSheet = findRosterTab(tabs.addon);
  const matchesSheet = findMatchesTab(tabs.addon);
  if (!rosterSheet || !matchesSheet) {
    return {
      ok: false,
      message: 'There are no matches yet: make the Roster, then "Suggest matches".',
    };
  }
  return readIntake(workbook, tabs, readRosterValues(rosterSheet), readMatchesTab(matchesSheet));
}

const LEDGER_KEYS = ["plan", "note", "planId"] as const satisfies readonly MatchesKey[];

function runBatch(
  workbook: Workbook,
  tabs: ProgramTabs,
  intake: Ready,
  settings: ReturnType<typeof loadIntakeSettings>,
  programReviewers: readonly string[],
  runsAsOwner: boolean,
): BatchOutcome {
  const sheet = findMatchesTab(tabs.addon);
  if (!sheet) return stopWith('The Matches tab is gone: click "Suggest matches" to make it again.');
  const grid = readMatchesTab(sheet);
  const reading = readMatches(grid.values, grid.formulas);
  if (!reading.ok) return stopWith(reading.message);
  const columns = reading.columns;
  if (LEDGER_KEYS.some((k) => columns[k] === undefined)) {
    return stopWith(
      'The Matches tab has lost its Plan, Note or Plan id column: click "Suggest matches" to rebuild it.',
    );
  }
  const review = reviewMatches(reading.rows, intake.roster.participants, intake.others);
  const tabOf = new Map(tabs.plans.map((t) => [t.planId, t]));
  const plans: ExistingPlan[] = [...intake.outside];
  for (const r of review.rows) {
    if (r.match.planId !== "" && tabOf.has(r.match.planId)) {
      plans.push({
        planId: r.match.planId,
        menteeEmail: r.match.menteeEmail,
        mentorEmail: r.mentorEmail || r.match.mentorEmail,
      });
    }
  }
  const timeZone = workbook.timeZone();
  const bulk = planBulkCreation({
    review,
    participants: intake.roster.participants,
    plans,
    settings,
    programReviewers,
    startDay: dayKey(new Date(), timeZone),
  });
  const creates = bulk.steps.filter((s) => s.kind === "create").slice(0, PLANS_PER_BATCH);
  const others = bulk.steps.filter((s) => s.kind !== "create");
  const skipped = bulk.steps.filter((s) => s.kind === "skip").length;
  const pending = bulk.steps.filter((s) => s.kind !== "skip").length;
  const linked = others.filter((s) => s.kind === "link").length;
  const outcome = (made: number, done: number): BatchOutcome => ({
    remaining: pending - made - linked,
    made,
    linked,
    total: bulk.total,
    done,
    skipped,
  });
  if (creates.length === 0 && others.length === 0) return outcome(0, bulk.done);

  const current = currentLedger(grid, columns);
  const ledger = (updates: LedgerCells[]) =>
    writeLedger(sheet, columns as Record<(typeof LEDGER_KEYS)[number], number>, updates, current);

  // 1. Claim: each plan's id in its row, committed before any plan is made.
  const claimed = creates.map((step) => ({
    step,
    planId: step.kind === "create" && step.planId ? step.planId : newPlanId(newUuid()),
  }));
  if (claimed.length > 0) {
    ledger(
      claimed.map(({ step, planId }) => ({
        row: step.match.row as number,
        plan: "",
        note: CREATING_NOTE,
        planId,
      })),
    );
    flushWrites();
  }

  // 2. The plans, through the single insert's writer; their Dashboard rows in one append.
  const updates: LedgerCells[] = [];
  let made = 0;
  if (claimed.length > 0) {
    const batch = startPlanBatch(workbook, tabs.addon, runsAsOwner);
    for (const { step, planId } of claimed) {
      const row = step.match.row as number;
      const form = planFormSchema.safeParse((step as Extract<BulkStep, { kind: "create" }>).form);
      if (!form.success) {
        updates.push({
          row,
          plan: "",
          note: asLiteralText(`The plan cannot be made: ${form.error.issues[0]?.message}`),
          planId,
        });
        continue;
      }
      try {
        const tab = writePlan(batch, form.data, planId);
        updates.push({
          row,
          plan: planLinkFormula(tab.sheetId, tab.sheetName),
          note: PLAN_CREATED_NOTE,
          planId,
        });
        made++;
      } catch (error) {
        // The claim stays: the next run tries this plan again under the same id.
        const why = error instanceof Error ? error.message : String(error);
        updates.push({
          row,
          plan: "",
          note: asLiteralText(`The plan could not be made: ${why}`),
          planId,
        });
      }
    }
    finishPlanBatch(batch);
    // Their feed rows too (not for a single insert, whose next refresh writes its row).
    const feed = tabs.addon.get(FEED_ROLE);
    if (feed) appendPlansToFeed(feed, batch.entries);
  }

  // 3. Plans that exist (made by a run cut short, or before intake): links only. Rows that must
  // wait: their reason.
  for (const step of others) {
    const row = step.match.row as number;
    if (step.kind === "link") {
      const tab = tabOf.get(step.plan.planId);
      const plan = tab ? planLinkFormula(tab.sheetId, tab.sheet.getName()) : "";
      updates.push({ row, plan, note: asLiteralText(step.note), planId: step.plan.planId });
    } else {
      updates.push({ row, ...current(row), note: asLiteralText(step.note) });
    }
  }
  ledger(updates);
  return outcome(made, bulk.done + made + linked);
}

/** A ledger cell as it must be written back: its formula, or its value kept literal. */
function currentLedger(
  grid: { values: unknown[][]; formulas: string[][] },
  columns: Partial<Record<MatchesKey, number>>,
): (row: number) => Omit<LedgerCells, "row"> {
  const cell = (row: number, key: (typeof LEDGER_KEYS)[number]): string => {
    const c = columns[key] as number;
    const formula = grid.formulas[row - 1]?.[c] ?? "";
    if (formula !== "") return formula;
    const value = grid.values[row - 1]?.[c];
    return typeof value === "string"
      ? asLiteralText(value)
      : value === undefined
        ? ""
        : String(value);
  };
  return (row) => ({
    plan: cell(row, "plan"),
    note: cell(row, "note"),
    planId: cell(row, "planId"),
  });
}
