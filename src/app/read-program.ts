/**
 * Reading the whole program: every plan tab (found by its plan id metadata), parsed and
 * summarized with the domain's one roll-up. The Dashboard and the review emails both start
 * here, so they always agree.
 *
 * Tabs are read through the program feed (src/gas/program-feed-tab.ts) in a few getValues for
 * the whole program; a plan without a usable feed row is read with one getValues of its own tab,
 * so a broken or missing row never gives a wrong roll-up. A row is usable when it proves its
 * plan (its tab shows that plan id, program-feed.ts feedProof), or, for a tab made before tabs
 * showed their id, when it shows the pair the Dashboard last showed; refreshes and review runs
 * check rows alike. A refresh (which knows each plan's tab name from the Dashboard) also writes
 * the missing rows first, then reads them back, when that costs fewer calls than reading those
 * tabs one by one; a row that fails the check is blanked and its tab read directly.
 *
 * With `snapshots` (a Dashboard refresh), a plan whose tab is as the feed last read it comes
 * from its snapshot (domain/dashboard/plan-snapshot.ts), and the refresh keeps a new snapshot
 * and copy for every plan it read whole (docs/performance.md "The program feed").
 */

import { decodePlanSnapshot, encodePlanSnapshot } from "../domain/dashboard/plan-snapshot";
import {
  type FeedProof,
  feedProof,
  isErrorValue,
  knowsPair,
  matchesLastKnown,
  planGridFromFeedText,
  UNCHANGED_MARK,
} from "../domain/dashboard/program-feed";
import { duplicatePlanTabsProblem, pickPlanTab } from "../domain/dashboard/tab-link-problems";
import type { ParsedPlan } from "../domain/plan/plan";
import type { PlanSummary } from "../domain/plan/plan-summary";
import { summarizePlan } from "../domain/plan/summarize-plan";
import { parsePlanTab } from "../domain/plan-reading/parse-plan-tab";
import { type DayKey, dayKey } from "../domain/sheet/calendar";
import { CELL_TEXT_LIMIT } from "../domain/sheet/cell-limits";
import { planSheetBase } from "../domain/sheet/sheet-name";
import { addonBuild } from "../gas/addon-build";
import { isOutsideSheetError, retireAddonTab } from "../gas/addon-tabs";
import { findProgramTabs, type PlanTab, type ProgramTabs, readTabValues } from "../gas/plan-tabs";
import {
  appendFeedRows,
  clearFeedRows,
  FEED_FIRST_ROW,
  FEED_READ_ROWS,
  FEED_ROLE,
  type FeedEntry,
  type FeedKeep,
  type FeedRow,
  keepFeedSnapshots,
  OLD_FEED_ROLES,
  readFeed,
  readFeedCopies,
  readFeedRowsAt,
  reusedRuns,
  writeFeed,
} from "../gas/program-feed-tab";
import type { Workbook } from "../gas/workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ProgramRead {
  now: Date;
  today: DayKey;
  timeZone: string;
  summaries: PlanSummary[];
  /** Every plan id that has a tab, read or not. */
  planIds: Set<string>;
  /** Plan tabs left unread because the time budget ran out (read first next time). */
  unread: PlanTab[];
  /** Repairs made on the way, in coordinator words. */
  notes: string[];
}

/** Stop reading tabs past this much of the 6-minute execution limit, leaving time to write. */
const READ_BUDGET_MS = 4 * 60_000;

/**
 * One tab's summary. Without a known `sheetName` the row is labelled by the pair rather than by
 * reading every tab's name (a call per tab); links go by the tab's id, so renames don't matter.
 */
export function summarizeTab(
  tab: Pick<PlanTab, "planId" | "sheetId">,
  values: unknown[][],
  today: DayKey,
  timeZone: string,
  sheetName?: string,
  /** Values read through the program feed, where date cells may arrive as day numbers. */
  fromFeed = false,
): PlanSummary {
  const plan = parsePlanTab({
    planId: tab.planId,
    sheetName: sheetName ?? "",
    values,
    timeZone,
    serialDays: fromFeed,
  });
  return summarizeParsed(tab, plan, today, timeZone, sheetName);
}

/** A parsed plan's summary, labelled like summarizeTab's. */
function summarizeParsed(
  tab: Pick<PlanTab, "sheetId">,
  plan: ParsedPlan,
  today: DayKey,
  timeZone: string,
  sheetName: string | undefined,
): PlanSummary {
  const summary = summarizePlan(plan, tab.sheetId, today, timeZone);
  return {
    ...summary,
    sheetName: sheetName ?? planSheetBase(summary.menteeName || plan.planId),
  };
}

interface ReadProgramOptions {
  /** Plans to read before the others (those an interrupted refresh did not reach). */
  readFirst?: ReadonlySet<string>;
  /**
   * Tab names already known by plan id (the Dashboard's links): reading each tab's name would
   * cost a call per tab, so rows are labelled with these, or by the pair when unknown.
   */
  sheetNames?: ReadonlyMap<string, string>;
  /** The program's tabs, when already found (findProgramTabs); otherwise one metadata search. */
  tabs?: ProgramTabs;
  /**
   * What the Dashboard last showed per plan id: a feed row whose tab does not show its plan id
   * is trusted only when it shows this pair. With `sheetNames` too (a refresh), plans it names
   * get feed rows written; otherwise the feed is only read.
   */
  lastKnown?: ReadonlyMap<string, Partial<PlanSummary>>;
  /**
   * Only these plans, each read from its own tab (one getValues each, the feed left alone): a
   * preview needs one reviewer's few plans, and reading them costs the same at any program size.
   */
  only?: ReadonlySet<string>;
  /**
   * Service calls reading the plans may cost (a refresh's N + 10 less its own calls). Tabs past
   * it are left unread, like tabs past the time budget. Default: no limit.
   */
  callBudget?: number;
  /**
   * Whether plans unchanged since the feed last read them may be summarized from their
   * snapshots (plan-snapshot.ts): enough for Dashboard rows, not for digests or the Outcomes
   * tab, which show the plans' wording.
   */
  snapshots?: boolean;
}

/** Whether a feed row's text column holds something to read (the text, or the mark). */
function hasText(row: FeedRow): boolean {
  const text = row.text;
  return typeof text === "string" && text !== "" && !isErrorValue(text);
}

/**
 * Calls a feed write costs: making the tab (getNumSheets, insertSheet, hideSheet, mark,
 * deleteColumns, deleteRows) or reading its size; a setValues and a read back per run of
 * reused rows; the appended rows' setValues and reads back; one spare for blanking rows that
 * fail the check, one for growing rows.
 */
function feedWriteCost(hasFeed: boolean, reusedRuns: number, added: number): number {
  return (hasFeed ? 1 : 6) + 2 * reusedRuns + 1 + Math.ceil(added / FEED_READ_ROWS) + 2;
}

export function readProgram(workbook: Workbook, options: ReadProgramOptions = {}): ProgramRead {
  const { readFirst, sheetNames, lastKnown } = options;
  const startedAt = Date.now();
  const now = new Date();
  const timeZone = workbook.timeZone();
  const today = dayKey(now, timeZone);
  const program = options.tabs ?? findProgramTabs(workbook.spreadsheet);
  const only = options.only;
  if (only) {
    const summaries = program.plans
      .filter((tab) => only.has(tab.planId))
      .map((tab) =>
        summarizeTab(tab, readTabValues(tab.sheet), today, timeZone, sheetNames?.get(tab.planId)),
      );
    const planIds = new Set(program.plans.map((t) => t.planId));
    return { now, today, timeZone, summaries, planIds, unread: [], notes: [] };
  }
  const tabs = program.plans;
  let callsLeft = options.callBudget ?? Number.POSITIVE_INFINITY;
  const summarize = (tab: PlanTab, values: unknown[][], fromFeed: boolean) =>
    summarizeTab(tab, values, today, timeZone, sheetNames?.get(tab.planId), fromFeed);
  const writing = lastKnown !== undefined && sheetNames !== undefined;
  const useSnapshots = options.snapshots === true;
  const build = addonBuild();
  const stamp = (planId: string) => ({ planId, timeZone, build });

  // 1. The feed: a few large reads for the whole program (with the copies of the text unless
  // snapshots stand in for unchanged plans).
  let feedSheet = program.addon.get(FEED_ROLE) ?? null;
  const notes: string[] = [];
  /**
   * Feed work that fails on a feed whose columns were deleted by hand: the feed is retired
   * (left as it is for the user), plans not read yet are read directly, a new feed is made.
   */
  const onFeed = <T>(fallback: T, work: (sheet: Sheet) => T): T => {
    if (!feedSheet) return fallback;
    try {
      return work(feedSheet);
    } catch (error) {
      if (!isOutsideSheetError(error)) throw error;
      notes.push(retiredFeedNote(feedSheet));
      feedSheet = null;
      return fallback;
    }
  };
  const read = onFeed({ rows: [], reads: 0 }, (sheet) => readFeed(sheet, !useSnapshots));
  const feedRows = read.rows;
  callsLeft -= read.reads;
  const tabIds = new Set(tabs.map((t) => t.planId));
  const rowOf = new Map<string, FeedRow>();
  const drop = new Set<number>();
  for (const row of feedRows) {
    const before = rowOf.get(row.planId);
    if (!tabIds.has(row.planId)) drop.add(row.row);
    else if (!before) rowOf.set(row.planId, row);
    else if (!hasText(before) && hasText(row)) {
      // A plan's newer, usable row wins over its broken one.
      drop.add(before.row);
      rowOf.set(row.planId, row);
    } else drop.add(row.row);
  }

  const fromFeed = new Map<string, PlanSummary>();
  /** Snapshots to keep for the plans read whole from the feed (a refresh only). */
  const keeps: FeedKeep[] = [];
  /**
   * The plan's summary when the row is the plan's: its tab shows the plan id (feedProof), or
   * shows none and names the pair the Dashboard last showed.
   */
  const accept = (tab: PlanTab, plan: ParsedPlan, proof: FeedProof): PlanSummary | null => {
    if (proof === "contradicted") return null;
    const summary = summarizeParsed(tab, plan, today, timeZone, sheetNames?.get(tab.planId));
    const known = lastKnown?.get(tab.planId);
    if (proof === "silent" && !(knowsPair(known) && matchesLastKnown(summary, known))) return null;
    return summary;
  };
  /**
   * A plan read from its row's text; when the refresh writes the feed and `keep`, its snapshot
   * and the text are kept (not for a copy read in place of a snapshot that is still good).
   */
  const fromText = (tab: PlanTab, row: FeedRow, text: unknown, keep = true): PlanSummary | null => {
    const feed = planGridFromFeedText(text, tab.planId);
    if (!feed) return null;
    const proof = feedProof(feed, tab.planId);
    const plan = parsePlanTab({
      planId: tab.planId,
      sheetName: sheetNames?.get(tab.planId) ?? "",
      values: feed.grid,
      timeZone,
      serialDays: true,
    });
    const summary = accept(tab, plan, proof);
    if (summary && keep && writing && proof !== "contradicted" && typeof text === "string") {
      const snapshot = encodePlanSnapshot(plan, proof, stamp(tab.planId));
      // A snapshot a cell cannot hold (thousands of problems) is not kept: the plan is read
      // from its text each time.
      if (snapshot.length <= CELL_TEXT_LIMIT) keeps.push({ row: row.row, snapshot, copy: text });
    }
    return summary;
  };
  const needCopy: { tab: PlanTab; row: FeedRow }[] = [];
  for (const tab of tabs) {
    const row = rowOf.get(tab.planId);
    if (!row) continue;
    let summary: PlanSummary | null;
    if (row.text !== UNCHANGED_MARK) summary = fromText(tab, row, row.text);
    else if (!useSnapshots) summary = fromText(tab, row, row.copy, false);
    else {
      // Unchanged since it was last read: its snapshot, or (none usable) the copy of its text.
      const snapshot = decodePlanSnapshot(row.snapshot, stamp(tab.planId));
      if (!snapshot) {
        needCopy.push({ tab, row });
        continue;
      }
      summary = accept(tab, snapshot.plan, snapshot.proof);
    }
    if (summary) fromFeed.set(tab.planId, summary);
  }
  if (needCopy.length > 0) {
    const rows = needCopy.map((n) => n.row.row);
    const { copies, reads } = onFeed({ copies: new Map<number, unknown>(), reads: 0 }, (sheet) =>
      readFeedCopies(sheet, rows),
    );
    callsLeft -= reads;
    for (const { tab, row } of needCopy) {
      const summary = fromText(tab, row, copies.get(row.row));
      if (summary) fromFeed.set(tab.planId, summary);
    }
  }

  // 2. Rows for the plans the feed misses, written and read back when cheaper than direct reads.
  const missing = tabs.filter((t) => !fromFeed.has(t.planId));
  const nameable = writing
    ? missing.filter((t) => sheetNames.get(t.planId) && knowsPair(lastKnown.get(t.planId)))
    : [];
  // Feed tabs of earlier layouts: a refresh deletes them.
  for (const role of writing ? OLD_FEED_ROLES : []) {
    const oldFeed = program.addon.get(role);
    if (oldFeed) {
      workbook.spreadsheet.deleteSheet(oldFeed);
      callsLeft--;
    }
  }
  for (const tab of nameable) {
    const row = rowOf.get(tab.planId);
    if (row) drop.add(row.row);
  }
  const cost = feedWriteCost(feedSheet !== null, reusedRuns(drop).length, nameable.length);
  const directWithout = tabs.length - fromFeed.size;
  const clear = new Set<number>();
  let feedEnd: { lastRow: number; maxRows: number | null } = {
    lastRow: feedRows.length > 0 ? Math.max(...feedRows.map((r) => r.row)) : FEED_FIRST_ROW - 1,
    maxRows: null,
  };
  if (nameable.length > 0 && cost + directWithout - nameable.length <= callsLeft) {
    const add: FeedEntry[] = nameable.map((t) => ({
      planId: t.planId,
      sheetName: sheetNames?.get(t.planId) ?? "",
    }));
    const change = { rows: feedRows, free: drop, add };
    const written = feedSheet
      ? onFeed(null, (sheet) => writeFeed(workbook.spreadsheet, { ...change, sheet }))
      : writeFeed(workbook.spreadsheet, { ...change, sheet: null });
    if (written) {
      feedSheet = written.sheet;
      feedEnd = { lastRow: written.lastRow, maxRows: written.maxRows };
      const at = written.addedRows;
      const readBack = onFeed(new Map<number, FeedRow>(), (sheet) => readFeedRowsAt(sheet, at));
      nameable.forEach((tab, i) => {
        const row = readBack.get(at[i] as number);
        const summary = row ? fromText(tab, row, row.text) : null;
        if (summary) fromFeed.set(tab.planId, summary);
        else clear.add(at[i] as number);
      });
    }
    // The spares in the cost are for blanking rows and growing the tab: charge what was used.
    callsLeft -= cost - 2 + (clear.size > 0 ? 1 : 0) + 1;
  }

  // 3. The rest, one getValues per tab, first those an interrupted refresh did not reach.
  const first = (t: PlanTab) => (readFirst?.has(t.planId) ? 0 : 1);
  const ordered = [...tabs].sort((a, b) => first(a) - first(b));
  const summaries: PlanSummary[] = [];
  const unread: PlanTab[] = [];
  const readDirectly: { tab: PlanTab; summary: PlanSummary }[] = [];
  for (const tab of ordered) {
    const read = fromFeed.get(tab.planId);
    if (read) {
      summaries.push(read);
      continue;
    }
    if (Date.now() - startedAt > READ_BUDGET_MS || callsLeft <= 0) {
      unread.push(tab);
      continue;
    }
    callsLeft--;
    const summary = summarize(tab, readTabValues(tab.sheet), false);
    summaries.push(summary);
    readDirectly.push({ tab, summary });
  }

  // 4. Tabs read directly without a usable feed row: their names, read from the tabs while the
  // call budget allows (a renamed tab's Dashboard link label is stale), give rows that need no
  // check; they are appended in one setValues after the reads. Then the snapshots are kept.
  let appended: FeedEntry[] = [];
  if (writing && feedSheet) {
    const sheet: Sheet = feedSheet;
    const unfed = readDirectly.filter(({ tab }) => {
      const row = rowOf.get(tab.planId);
      return !row || !hasText(row);
    });
    const spare = (clear.size > 0 ? 1 : 0) + (feedEnd.maxRows === null ? 1 : 0) + 2;
    const named = unfed.slice(0, Math.max(0, callsLeft - spare));
    appended = named.map(({ tab, summary }) => {
      summary.sheetName = tab.sheet.getName();
      return { planId: tab.planId, sheetName: summary.sheetName };
    });
    callsLeft -= named.length;
    if (appended.length > 0) {
      feedEnd.maxRows ??= sheet.getMaxRows();
      callsLeft--;
    }
  }
  if (writing) {
    onFeed(null, (sheet) => {
      // Rows that read another tab or nothing must not be trusted later (by a review run).
      clearFeedRows(sheet, clear);
      if (appended.length > 0) {
        appendFeedRows(sheet, feedEnd.lastRow, feedEnd.maxRows ?? 0, appended);
      }
      const kept = keeps.filter((k) => !clear.has(k.row));
      keepFeedSnapshots(sheet, kept, Math.max(1, callsLeft - 1));
      return null;
    });
  }
  chooseAmongCopies(program.copies, summaries, (tab) =>
    summarize(tab, readTabValues(tab.sheet), false),
  );
  return { now, today, timeZone, summaries, planIds: tabIds, unread, notes };
}

/**
 * A plan carried by several tabs (one duplicated by hand): each copy is read, the one the pair
 * works in takes the plan's place (pickPlanTab), and its row names the others. Rare: a read and
 * a name per copy.
 */
function chooseAmongCopies(
  copies: ReadonlyMap<string, PlanTab[]>,
  summaries: PlanSummary[],
  read: (tab: PlanTab) => PlanSummary,
): void {
  for (const [planId, others] of copies) {
    const at = summaries.findIndex((s) => s.planId === planId);
    const first = summaries[at];
    if (!first) continue;
    const candidates = [
      { summary: first, name: first.sheetName },
      ...others.map((tab) => {
        const name = tab.sheet.getName();
        return { summary: { ...read(tab), sheetName: name }, name };
      }),
    ];
    const chosen = pickPlanTab(candidates);
    const names = candidates.filter((c) => c !== chosen).map((c) => c.name);
    summaries[at] = {
      ...chosen.summary,
      problems: [
        ...chosen.summary.problems,
        { message: duplicatePlanTabsProblem(chosen.name, names) },
      ],
    };
  }
}

/** Stops using a feed changed by hand (left as it is for the user); says so. */
function retiredFeedNote(sheet: Sheet): string {
  const name = sheet.getName();
  retireAddonTab(sheet);
  return `The plan feed tab "${name}" had been changed by hand (columns deleted); the add-on no longer uses it and left it as it is. A new one is made.`;
}
