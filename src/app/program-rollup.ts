/**
 * Reading the whole program: every plan tab (found by its plan id metadata), parsed and
 * summarized with the domain's one roll-up. The Dashboard and the review emails both start
 * here, so they always agree. One getValues per tab; nothing else per tab.
 */
import { type DayKey, dayKey } from "../domain/calendar";
import { parsePlanTab } from "../domain/plan-parse";
import type { PlanSummary } from "../domain/plan-summary";
import { summarizePlan } from "../domain/rollup";
import { planSheetBase } from "../domain/sheet-name";
import { findPlanTabs, type PlanTab, readTabValues } from "../gas/plan-tabs";
import type { Workbook } from "../gas/workbook";

export interface ProgramRead {
  now: Date;
  today: DayKey;
  timeZone: string;
  summaries: PlanSummary[];
  /** Every plan id that has a tab, read or not. */
  planIds: Set<string>;
  /** Plan tabs left unread because the time budget ran out (read first next time). */
  unread: PlanTab[];
}

/** Stop reading tabs past this much of the 6-minute execution limit, leaving time to write. */
export const READ_BUDGET_MS = 4 * 60_000;

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
): PlanSummary {
  const plan = parsePlanTab({ planId: tab.planId, sheetName: sheetName ?? "", values, timeZone });
  const summary = summarizePlan(plan, tab.sheetId, today, timeZone);
  return { ...summary, sheetName: sheetName ?? planSheetBase(summary.menteeName || tab.planId) };
}

export interface ReadProgramOptions {
  /** Plans to read before the others (those an interrupted refresh did not reach). */
  readFirst?: ReadonlySet<string>;
  /**
   * Tab names already known by plan id (the Dashboard's links): reading each tab's name would
   * cost a call per tab, so rows are labelled with these, or by the pair when unknown.
   */
  sheetNames?: ReadonlyMap<string, string>;
  /** The plan tabs, when already found (findProgramTabs); otherwise one metadata search. */
  tabs?: readonly PlanTab[];
}

export function readProgram(workbook: Workbook, options: ReadProgramOptions = {}): ProgramRead {
  const { readFirst, sheetNames } = options;
  const startedAt = Date.now();
  const now = new Date();
  const timeZone = workbook.timeZone();
  const today = dayKey(now, timeZone);
  const tabs = options.tabs ?? findPlanTabs(workbook.spreadsheet);
  const first = (t: PlanTab) => (readFirst?.has(t.planId) ? 0 : 1);
  const ordered = [...tabs].sort((a, b) => first(a) - first(b));
  const summaries: PlanSummary[] = [];
  const unread: PlanTab[] = [];
  for (const tab of ordered) {
    if (Date.now() - startedAt > READ_BUDGET_MS) {
      unread.push(tab);
      continue;
    }
    const values = readTabValues(tab.sheet);
    summaries.push(summarizeTab(tab, values, today, timeZone, sheetNames?.get(tab.planId)));
  }
  return { now, today, timeZone, summaries, planIds: new Set(tabs.map((t) => t.planId)), unread };
}
