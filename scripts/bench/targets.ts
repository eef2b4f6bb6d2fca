/**
 * The performance targets (docs/performance.md "Targets"), one home for the bench's report and
 * for test/bench/'s call-count guards.
 */
export const TARGETS = {
  /**
   * Inserting a plan into a program that has its Dashboard and template tab, by the spreadsheet's
   * owner: 17 calls for the tab and its Dashboard row (the Dashboard read once, 2 calls, to ask
   * before a second plan for the same mentee), plus 2 for each label range protected one
   * by one (the title block, the header labels, each section's title and headers, the starting
   * point's labels: 11 ranges) so that pairs can insert rows in every section (docs/design.md,
   * "Roles" and "Protection"). The owner can never be removed from a protection, so it is not
   * added as an editor first; another coordinator is (Google's sample), 11 calls more.
   */
  insertCalls: 40,
  /** A refresh of N plans stays within N + this many calls. */
  refreshExtraCalls: 10,
  /**
   * "Refresh outcomes and impact report" reads the program through the same feed as the
   * Dashboard's refresh, so it stays within the Dashboard's N + refreshExtraCalls plus a cost
   * that does not grow with N: the two tabs' writes and chart read (10,
   * src/app/outcomes/write-outcome-tabs.ts OUTCOME_TABS_CALLS), the coordinator check (4:
   * settings, the user, the owner and their address) and two notices (started, done).
   */
  outcomesRefreshExtraCalls: 16,
  /**
   * The first one also makes both tabs (16 more: a free name, the mark, widths in runs of equal
   * widths, frozen rows, growing the sheet to the table, inserting the chart).
   */
  outcomesFirstRefreshExtraCalls: 32,
  /** A refresh at 1,000 plans, against the competent baseline, modelled at both ends. */
  refreshSpeedup: 20,
  /** Previewing one reviewer's digest, modelled (high end), at any N… */
  previewSeconds: 2,
  /** …and flat: the spread over N at most this. */
  previewFlatSeconds: 0.5,
  /** Opening the sidebar to its first paint. */
  sidebarExecutions: 1,
  /**
   * The settings (one read of the document's properties), the time zone, the user, the metadata
   * search, the Dashboard, the owner and their address (the coordinator check), the sidebar
   * itself. The Review log, the trigger status and the mail quota come after the first paint.
   */
  sidebarCalls: 8,
  /** A review run's round trips: this many per email sent, plus this many per run. */
  reviewTripsPerEmail: 2,
  reviewTripsPerRun: 15,
  /** The add-on's own tabs at 1,000 plans, as a share of the spreadsheet's 10 M cells. */
  addonCellShare: 0.05,
  /** dist/Code.js, KB (1,000 bytes). */
  bundleKB: 250,
  /**
   * dist/Sidebar.html, KB: served on every sidebar open (137 KB with classic zod, 78 with
   * zod/mini; the plan status panel and its lifecycle choices add about 4).
   */
  sidebarKB: 85,
  /** Start-up of one execution (compile + top level), ms, median of fresh processes. */
  startupMs: 25,
} as const;
