/**
 * Writes the Outcomes tab and the impact report from a program already read for the Dashboard
 * (one read of the program serves all three: docs/performance.md). The figures are the
 * domain's (outcomes/metrics.ts); this only lays them out and writes them.
 */
import { IMPACT_REPORT_SHEET_NAME, layoutImpactReport } from "../../domain/outcomes/impact-report";
import { layoutOutcomes, OUTCOMES_SHEET_NAME } from "../../domain/outcomes/outcomes-tab";
import type { PairOutcomes } from "../../domain/outcomes/pair-outcomes";
import { programOutcomes } from "../../domain/outcomes/program-outcomes";
import type { PlanSummary } from "../../domain/plan/plan-summary";
import type { AddonTabs } from "../../gas/addon-tabs";
import { IMPACT_REPORT_ROLE, OUTCOMES_ROLE, writeTableTab } from "../../gas/outcome-tabs";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Service calls the two tabs cost once made: Outcomes 6 (chart read, clear, values, formats,
 * weights, chart), report 4; reading the sheets' size when a model outgrows them adds 3 each. */
export const OUTCOME_TABS_CALLS = 10;

/** Each pair's outcomes, named and linked as the Dashboard names and links the plan. */
export function pairsOf(summaries: readonly PlanSummary[]): PairOutcomes[] {
  return summaries.map((s) => ({ ...s.outcomes, sheetName: s.sheetName, sheetId: s.sheetId }));
}

export function writeOutcomeTabs(
  spreadsheet: Spreadsheet,
  tabs: AddonTabs,
  program: { programName: string; summaries: readonly PlanSummary[]; now: Date; timeZone: string },
): { pairs: number } {
  const pairs = pairsOf(program.summaries);
  const totals = programOutcomes(pairs);
  const outcomes = layoutOutcomes({
    programName: program.programName,
    pairs,
    totals,
    refreshedAt: program.now,
    timeZone: program.timeZone,
  });
  writeTableTab(
    spreadsheet,
    tabs,
    {
      role: OUTCOMES_ROLE,
      baseName: OUTCOMES_SHEET_NAME,
      columnWidths: [260, ...new Array<number>(outcomes.columns - 1).fill(110)],
      frozenRows: 1,
    },
    outcomes,
    outcomes.chart,
  );
  const report = layoutImpactReport({
    programName: program.programName,
    pairs,
    totals,
    preparedAt: program.now,
    timeZone: program.timeZone,
  });
  writeTableTab(
    spreadsheet,
    tabs,
    {
      role: IMPACT_REPORT_ROLE,
      baseName: IMPACT_REPORT_SHEET_NAME,
      columnWidths: [360, 140, 320],
      frozenRows: 0,
    },
    report,
  );
  return { pairs: pairs.length };
}
