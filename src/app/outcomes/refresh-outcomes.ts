/**
 * "Refresh outcomes and impact report": makes (or refreshes) the Outcomes tab and the impact
 * report, with the Dashboard, from one read of the program (refresh-dashboard.ts). It makes tabs
 * in the program's spreadsheet, so it is a coordinator's action (docs/design.md, "Roles").
 * Started from the menu there is no sidebar to show progress or the result: the sheet says both.
 */
import type { RefreshResult } from "../../domain/sidebar-contract/replies";
import { showNotice } from "../../gas/notice";
import { openWorkbook } from "../../gas/workbook";
import { asCoordinator } from "../coordinator-guard";
import { refreshDashboardNow } from "../refresh-dashboard";

export const REFRESHING_OUTCOMES = "Refreshing the Outcomes tab and the impact report…";

export function refreshOutcomesNow(): RefreshResult {
  const { spreadsheet } = openWorkbook();
  return asCoordinator(
    "refresh the Outcomes tab and the impact report",
    (message) => {
      showNotice(spreadsheet, message);
      return { plans: 0, problems: 0, complete: false, message };
    },
    () => {
      showNotice(spreadsheet, REFRESHING_OUTCOMES);
      const refreshed = refreshDashboardNow("always");
      const result = refreshed.complete
        ? {
            ...refreshed,
            message: `Outcomes tab, impact report and Dashboard refreshed: ${refreshed.plans} plans, ${refreshed.problems} with problems.`,
          }
        : refreshed;
      showNotice(spreadsheet, result.message);
      return result;
    },
  );
}
