/**
 * The Due date formula of a CHECKPOINTS row: the pair sees each checkpoint's day move with the
 * start date, the target end date and their first check-in. It shows what
 * outcomes/checkpoint.ts defines (that file stays the authority for nudges, digests and the
 * Outcomes tab; the test evaluates both): Fit check a week after the first check-in since the
 * start, at the latest 30 days after the start; Mid-point half-way (rounded); Final review the
 * target end date; any other row, the month in its Month column after the start (EDATE).
 * The formula reads its own row's cells relatively, so a row a pair inserts can copy it.
 */
import {
  FIT_CHECK_DAYS_AFTER_FIRST_CHECK_IN,
  FIT_CHECK_LATEST_DAYS,
  STANDARD_CHECKPOINTS,
} from "../outcomes/checkpoint";
import { cellA1, columnBlockA1 } from "../sheet/a1-notation";
import { COLUMN } from "./sections";
import type { SectionBlock } from "./tab-model";

const [FIT, MID, FINAL] = STANDARD_CHECKPOINTS;

export function checkpointDueFormula(
  row: number,
  header: { startRow: number; targetEndRow: number },
  progress: SectionBlock,
): string {
  const start = cellA1(header.startRow, 2, true);
  const end = cellA1(header.targetEndRow, 2, true);
  const name = cellA1(row, COLUMN.checkpoints.name);
  const month = cellA1(row, COLUMN.checkpoints.month);
  const dates = columnBlockA1(COLUMN.progress.date, progress.titleRow, progress.lastRow);
  const met = `${dates},">="&${start},${dates},"<="&TODAY()`;
  const latest = `${start}+${FIT_CHECK_LATEST_DAYS}`;
  const fit =
    `IF(COUNTIFS(${met})=0,${latest},` +
    `MIN(MINIFS(${dates},${met})+${FIT_CHECK_DAYS_AFTER_FIRST_CHECK_IN},${latest}))`;
  const mid = `IF(OR(${end}="",${end}<=${start}),"",${start}+ROUND((${end}-${start})/2))`;
  const final = `IF(${end}="","",${end})`;
  const milestone = `IF(${month}="","",EDATE(${start},${month}))`;
  return (
    `=IF(${start}="",IF(${name}="${FINAL}",${final},""),` +
    `IF(${name}="${FIT}",${fit},IF(${name}="${MID}",${mid},IF(${name}="${FINAL}",${final},` +
    `IF(${name}="","",${milestone})))))`
  );
}
