/**
 * Keeps the time triggers in line with the settings: exactly one weekly review trigger while
 * reviews are on (none when off), and one daily dashboard refresh while that is on. A review
 * trigger installed by another coordinator is reported, not duplicated: triggers belong to the
 * user who made them and run as that user.
 */
import { REVIEW_TRIGGER_HANDLER, reviewTriggerSpec } from "../domain/review/schedule";
import type { Settings } from "../domain/schemas";
import type { TriggerStatus } from "../domain/sidebar-state";
import { readDocumentProperty, writeDocumentProperty } from "../gas/document-properties";
import {
  myTriggersByHandler,
  removeTriggers,
  replaceWithDailyTrigger,
  replaceWithWeeklyTrigger,
} from "../gas/triggers";

export const DASHBOARD_TRIGGER_HANDLER = "refreshDashboard";
/** Early morning, so the Dashboard is fresh when coordinators arrive. */
const DASHBOARD_REFRESH_HOUR = 6;
const REVIEW_TRIGGER_OWNER_KEY = "reviewTriggerOwner";

export interface TriggerSync {
  /** Who holds the review trigger now ("" when nobody). */
  owner: string;
  installedByMe: boolean;
}

export function syncTriggers(settings: Settings, me: string, timeZone: string): TriggerSync {
  const mine = myTriggersByHandler();
  const owner = readDocumentProperty(REVIEW_TRIGGER_OWNER_KEY) ?? "";
  const ownedByOther = owner !== "" && owner !== me && !mine.has(REVIEW_TRIGGER_HANDLER);
  let result: TriggerSync;
  if (!settings.reviewsEnabled) {
    removeTriggers(mine.get(REVIEW_TRIGGER_HANDLER));
    // Another coordinator's trigger cannot be deleted from here; it finds reviews off and sends nothing.
    if (!ownedByOther && owner !== "") writeDocumentProperty(REVIEW_TRIGGER_OWNER_KEY, null);
    result = { owner: ownedByOther ? owner : "", installedByMe: false };
  } else if (ownedByOther) {
    // Their trigger reads these settings on every run, so the new weekday and hour still apply.
    result = { owner, installedByMe: false };
  } else {
    const spec = reviewTriggerSpec(settings, timeZone);
    replaceWithWeeklyTrigger(mine.get(REVIEW_TRIGGER_HANDLER), {
      handler: spec.handler,
      weekDay: spec.weekDay,
      atHour: spec.atHour,
      timeZone,
    });
    if (owner !== me) writeDocumentProperty(REVIEW_TRIGGER_OWNER_KEY, me);
    result = { owner: me, installedByMe: true };
  }
  if (settings.dailyDashboardRefresh) {
    replaceWithDailyTrigger(mine.get(DASHBOARD_TRIGGER_HANDLER), {
      handler: DASHBOARD_TRIGGER_HANDLER,
      atHour: DASHBOARD_REFRESH_HOUR,
      timeZone,
    });
  } else {
    removeTriggers(mine.get(DASHBOARD_TRIGGER_HANDLER));
  }
  return result;
}

/** What the sidebar shows about the review trigger, without changing anything. */
export function reviewTriggerStatus(me: string, nextReviewDue: Date | null): TriggerStatus {
  const mine = myTriggersByHandler().has(REVIEW_TRIGGER_HANDLER);
  const owner = readDocumentProperty(REVIEW_TRIGGER_OWNER_KEY) ?? "";
  return {
    installed: mine || owner !== "",
    installedByMe: mine,
    installedBy: mine ? me : owner || null,
    nextReviewDue: nextReviewDue ? nextReviewDue.toISOString() : null,
  };
}
