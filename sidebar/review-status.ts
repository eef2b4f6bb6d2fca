/**
 * The Reviews view's status lines, as text: whether reviews will run, when, what the last
 * run sent, and how much mail the day has left. Times are shown in the spreadsheet's zone.
 */
import { wallClock } from "../src/domain/sheet/calendar";
import type { SidebarState, TriggerStatus } from "../src/domain/sidebar-contract/replies";
import { email, type Settings } from "../src/domain/sidebar-contract/schemas";
import { hourLabel, weekdayLabel } from "./settings-model";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * "Mon 13 May 2024, 09:00" in the given zone; the raw text if it is not a date-time or the zone
 * is unknown. Composed from numbers, since Intl's wording differs between browsers.
 */
export function formatInstant(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  let w: ReturnType<typeof wallClock>;
  try {
    w = wallClock(instant, timeZone);
  } catch {
    return iso;
  }
  const weekday = WEEKDAYS[new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()];
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${weekday} ${w.day} ${MONTHS[w.month - 1]} ${w.year}, ${pad(w.hour)}:${pad(w.minute)}`;
}

/** One sentence on whether the program's scheduler runs, and who must act when it does not. */
export function scheduleSummary(settings: Settings, schedule: TriggerStatus): string {
  const when = `every two weeks on ${weekdayLabel(settings.reviewWeekday)} at ${hourLabel(settings.reviewHour)}`;
  // The server says plainly that nothing runs, and who must save settings to start it.
  if (schedule.notRunning) return schedule.notRunning;
  if (!settings.reviewsEnabled) return "Reviews are off: no digests are sent automatically.";
  if (schedule.installed && !schedule.installedByMe) {
    // Triggers run as their creator: one scheduler per program, shown rather than duplicated.
    const who = schedule.installedBy ? ` (${schedule.installedBy})` : "";
    return `Reviews are on: ${when}, sent by the scheduler of another coordinator${who}.`;
  }
  if (schedule.installed) return `Reviews are on: ${when}.`;
  return "Reviews are on, but no scheduler runs for this program: a coordinator must save the settings to start it.";
}

export function nextReviewSummary(schedule: TriggerStatus, timeZone: string): string {
  return schedule.nextReviewDue
    ? `Next review due: ${formatInstant(schedule.nextReviewDue, timeZone)}`
    : "Next review due: none scheduled";
}

export function lastReviewSummary(
  lastReview: SidebarState["lastReview"],
  timeZone: string,
): string {
  if (!lastReview) return "Last review: none yet";
  const { ranAt, period, sent, deferred, failed } = lastReview;
  const counts = [`${sent} sent`];
  if (deferred > 0) counts.push(`${deferred} deferred`);
  if (failed > 0) counts.push(`${failed} failed`);
  return `Last review: ${formatInstant(ranAt, timeZone)} (period ${period}): ${counts.join(", ")}`;
}

export function quotaSummary(remaining: number | null): string {
  if (remaining === null) return "Mail quota left today: unknown";
  const unit = remaining === 1 ? "recipient" : "recipients";
  return `Mail quota left today: ${remaining} ${unit}`;
}

/** Who a preview can be asked for: the coordinator and the program reviewers, no duplicates. */
export function previewCandidates(state: Pick<SidebarState, "userEmail" | "settings">): string[] {
  const emails = [state.userEmail, ...state.settings.programReviewers]
    .map((e) => e.trim())
    .filter((e) => e !== "");
  return [...new Set(emails.map((e) => e.toLowerCase()))];
}

/** The preview's reviewer email, checked like every email the server takes. */
export function checkPreviewEmail(
  value: string,
): { ok: true; email: string } | { ok: false; message: string } {
  const parsed = email("Reviewer email").safeParse(value);
  if (parsed.success) return { ok: true, email: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? "Check the email." };
}
