/**
 * What a digest preview says beside the digest: which period it is and when it would go
 * ("This is the digest for 12–25 Jan 2026, due Monday 12 Jan."), and, for an address that
 * reviews no pairs, that nothing would be sent to it at all.
 */
import { dayKey } from "../sheet/calendar";
import type { Settings } from "../sidebar-contract/schemas";
import { periodLabel, type ReviewPeriod, weekdayLabel } from "./period";
import { reviewMoment } from "./review-schedule";

export interface PreviewNotes {
  /** Which period the preview shows and when it is due (or that reviews are off). */
  period: string;
  /** Set when the address reviews no pairs: no digest would be sent to it. */
  noPairs: string | null;
}

export function previewNotes(input: {
  period: ReviewPeriod;
  reviewerEmail: string;
  pairs: number;
  now: Date;
  settings: Pick<Settings, "reviewsEnabled" | "reviewWeekday" | "reviewHour">;
  timeZone: string;
}): PreviewNotes {
  const { period, settings, timeZone } = input;
  const which = `This is the digest for ${periodLabel(period)}`;
  let when: string;
  if (!settings.reviewsEnabled) {
    when = `${which}. Reviews are off: nothing is sent until they are turned on and saved in the settings.`;
  } else {
    const moment = reviewMoment(period, settings, timeZone);
    when =
      moment.getTime() <= input.now.getTime()
        ? `${which}, due now (since ${weekdayLabel(dayKey(moment, timeZone))}): the next scheduled run sends it.`
        : `${which}, due ${weekdayLabel(dayKey(moment, timeZone))}.`;
  }
  const noPairs =
    input.pairs > 0
      ? null
      : `${input.reviewerEmail} reviews no pairs, so no digest is sent to this address. A plan's reviewer is set in the new-plan form; program reviewers, who get every pair, in the settings.`;
  return { period: when, noPairs };
}
