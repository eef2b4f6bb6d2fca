/**
 * "Suggest matches": reads the Roster once, the Matches tab once and the program's plans
 * (through the program feed, read-program.ts), works out the suggestions in the domain
 * (domain/intake), and writes the Matches tab once and the Roster's Status column once. Decided
 * rows (accepted, rejected, ended) are kept as they are, a pair whose plan ended early is ended
 * and its mentee matched again (rematch.ts); earlier undecided suggestions are replaced. Under
 * the document lock, so a plan run never writes the Matches tab meanwhile.
 */
import { nextMatchesRows } from "../../domain/intake/rematch";
import { reviewMatches } from "../../domain/intake/review-matches";
import { rosterStatuses } from "../../domain/intake/roster-status";
import { suggestMatches } from "../../domain/intake/suggest-matches";
import type { SuggestMatchesResult } from "../../domain/sidebar-contract/intake-replies";
import { BusyError, withDocumentLock } from "../../gas/document-lock";
import { loadIntakeSettings } from "../../gas/intake-store";
import {
  createMatchesTab,
  findMatchesTab,
  readMatchesTab,
  writeMatchesRows,
} from "../../gas/matches-tab";
import { findProgramTabs } from "../../gas/plan-tabs";
import { findRosterTab, readRosterValues, writeRosterStatuses } from "../../gas/roster-tab";
import { openWorkbook } from "../../gas/workbook";
import { asCoordinator } from "../coordinator-guard";
import { readIntake } from "./read-intake";

const refused = (message: string): SuggestMatchesResult => ({
  ok: false,
  message,
  suggested: 0,
  unmatched: 0,
  skippedRows: 0,
});

/** "Suggest matches", for coordinators only (coordinator-guard.ts). */
export function suggestMatchesNow(): SuggestMatchesResult {
  return asCoordinator("suggest matches", refused, suggest);
}

function suggest(): SuggestMatchesResult {
  const workbook = openWorkbook();
  const settings = loadIntakeSettings();
  try {
    return withDocumentLock(() => {
      const tabs = findProgramTabs(workbook.spreadsheet);
      const rosterSheet = findRosterTab(tabs.addon);
      if (!rosterSheet)
        return refused(
          'There is no Roster yet: click "Roster" to make it, then paste the participants.',
        );
      const rosterValues = readRosterValues(rosterSheet);
      const matchesSheet = findMatchesTab(tabs.addon);
      const matches = matchesSheet ? readMatchesTab(matchesSheet) : { values: [], formulas: [] };
      const intake = readIntake(workbook, tabs, rosterValues, matches, { endings: true });
      if (!intake.ok) return refused(intake.message);
      const { roster, rows, others } = intake;
      const review = reviewMatches(rows, roster.participants, others);
      const suggestions = suggestMatches(roster.participants, review.pairs, settings);
      // Rows that cannot be accepted as they stand say why in their Note.
      const kept = review.rows.map((r) =>
        r.state === "invalid" ? { ...r.match, note: r.problem } : r.match,
      );
      const next = nextMatchesRows(kept, suggestions);
      const sheet = matchesSheet ?? createMatchesTab(workbook.spreadsheet);
      writeMatchesRows(sheet, next, matches.values.length);
      writeRosterStatuses(
        rosterSheet,
        roster.header,
        rosterValues.length,
        rosterStatuses(roster.rows, roster.participants, review, suggestions),
      );
      const suggested = suggestions.filter((s) => s.choice).length;
      const unmatched = suggestions.length - suggested;
      const skippedRows = roster.rows.filter((r) => !r.ok).length;
      const parts = [
        suggestions.length === 0
          ? "Every mentee on the roster already has a mentor."
          : `${suggested} of ${suggestions.length} unmatched mentee${suggestions.length === 1 ? "" : "s"} given a suggested mentor in the tab "${sheet.getName()}".`,
        unmatched > 0 ? `${unmatched} without one (the Note says why).` : "",
        skippedRows > 0
          ? `${skippedRows} roster row${skippedRows === 1 ? "" : "s"} skipped (the Status says why).`
          : "",
        suggested > 0 ? "Set each Decision to Accept, Reject or Swap, then Create plans." : "",
      ];
      return {
        ok: true,
        message: parts.filter(Boolean).join(" "),
        suggested,
        unmatched,
        skippedRows,
      };
    });
  } catch (error) {
    if (error instanceof BusyError) return refused(error.message);
    throw error;
  }
}
