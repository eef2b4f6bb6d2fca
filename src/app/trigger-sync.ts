/**
 * Keeps the time triggers in line with the settings: exactly one weekly review trigger while
 * reviews are on (none when off), and one daily dashboard refresh while that is on. A review
 * trigger installed by another coordinator is reported, not duplicated: triggers belong to the
 * user who made them and run as that user.
 */
import { REVIEW_TRIGGER_HANDLER, reviewTriggerSpec } from "../domain/review/review-schedule";
import type { TriggerStatus } from "../domain/sidebar-contract/replies";
import { type Settings, WEEKDAY_NAMES, type Weekday } from "../domain/sidebar-contract/schemas";
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
/** Who made the review trigger, and for which weekday and hour (their trigger keeps those). */
const REVIEW_TRIGGER_OWNER_KEY = "reviewTriggerOwner";

interface TriggerOwner {
  owner: string;
  weekday: Weekday | null;
  hour: number | null;
}

function readTriggerOwner(): TriggerOwner {
  const raw = readDocumentProperty(REVIEW_TRIGGER_OWNER_KEY) ?? "";
  try {
    const v = JSON.parse(raw) as Partial<TriggerOwner>;
    if (v && typeof v.owner === "string") {
      return {
        owner: v.owner,
        weekday: WEEKDAY_NAMES.includes(v.weekday as Weekday) ? (v.weekday as Weekday) : null,
        hour: typeof v.hour === "number" ? v.hour : null,
      };
    }
  } catch {
    // A plain email (or nothing): the owner without the time.
  }
  return { owner: raw, weekday: null, hour: null };
}

export interface TriggerSync {
  /** Who holds the review trigger now ("" when nobody). */
  owner: string;
  installedByMe: boolean;
  /**
   * Set when another coordinator's trigger runs at a weekday or hour other than the saved
   * settings: a trigger fires when its creator set it, and only they can move it.
   */
  otherRunsAt?: { weekday: Weekday; hour: number };
}

export function syncTriggers(settings: Settings, me: string, timeZone: string): TriggerSync {
  const mine = myTriggersByHandler();
  const held = readTriggerOwner();
  const owner = held.owner;
  const ownedByOther = owner !== "" && owner !== me && !mine.has(REVIEW_TRIGGER_HANDLER);
  let result: TriggerSync;
  if (!settings.reviewsEnabled) {
    removeTriggers(mine.get(REVIEW_TRIGGER_HANDLER));
    // Another coordinator's trigger cannot be deleted from here; it finds reviews off and sends nothing.
    if (!ownedByOther && owner !== "") writeDocumentProperty(REVIEW_TRIGGER_OWNER_KEY, null);
    result = { owner: ownedByOther ? owner : "", installedByMe: false };
  } else if (ownedByOther) {
    result = { owner, installedByMe: false };
    const { weekday, hour } = held;
    if (weekday !== null && hour !== null) {
      if (weekday !== settings.reviewWeekday || hour !== settings.reviewHour) {
        result.otherRunsAt = { weekday, hour };
      }
    }
  } else {
    const spec = reviewTriggerSpec(settings, timeZone);
    replaceWithWeeklyTrigger(mine.get(REVIEW_TRIGGER_HANDLER), {
      handler: spec.handler,
      weekDay: spec.weekDay,
      atHour: spec.atHour,
      timeZone,
    });
    if (held.owner !== me || held.weekday !== spec.weekDay || held.hour !== spec.atHour) {
      const record: TriggerOwner = { owner: me, weekday: spec.weekDay, hour: spec.atHour };
      writeDocumentProperty(REVIEW_TRIGGER_OWNER_KEY, JSON.stringify(record));
    }
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
  const owner = readTriggerOwner().owner;
  return {
    installed: mine || owner !== "",
    installedByMe: mine,
    installedBy: mine ? me : owner || null,
    nextReviewDue: nextReviewDue ? nextReviewDue.toISOString() : null,
  };
}
