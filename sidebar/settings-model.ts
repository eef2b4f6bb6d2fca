/**
 * The Reviews view's settings form as plain data: what the form shows for the saved settings, what
 * saveSettings receives, and the same check the server makes.
 */
import {
  type FieldErrors,
  fieldErrors,
  type Settings,
  type SettingsInput,
  settingsSchema,
  WEEKDAY_NAMES,
  type Weekday,
} from "../src/domain/sidebar-contract/schemas";

export interface SettingsDraft {
  programName: string;
  reviewsEnabled: boolean;
  reviewWeekday: Weekday;
  /** The <select>'s value, "0"–"23". */
  reviewHour: string;
  /** Emails as typed: separated by commas (semicolons, spaces and new lines work too). */
  programReviewers: string;
  nudgesEnabled: boolean;
  dailyDashboardRefresh: boolean;
  /** Coordinators besides the owner, typed like the reviewers. */
  coordinators: string;
}

export const SETTINGS_FIELD_ORDER = [
  "programName",
  "reviewsEnabled",
  "reviewWeekday",
  "reviewHour",
  "programReviewers",
  "nudgesEnabled",
  "dailyDashboardRefresh",
  "coordinators",
] as const;

export function settingsDraftFrom(settings: Settings): SettingsDraft {
  return {
    programName: settings.programName,
    reviewsEnabled: settings.reviewsEnabled,
    reviewWeekday: settings.reviewWeekday,
    reviewHour: String(settings.reviewHour),
    programReviewers: settings.programReviewers.join(", "),
    nudgesEnabled: settings.nudgesEnabled,
    dailyDashboardRefresh: settings.dailyDashboardRefresh,
    coordinators: settings.coordinators.join(", "),
  };
}

/** The typed list of reviewers, one entry per email (empty entries dropped). */
export function splitReviewers(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
}

export function toSettingsInput(draft: SettingsDraft): SettingsInput {
  return {
    programName: draft.programName,
    reviewsEnabled: draft.reviewsEnabled,
    reviewWeekday: draft.reviewWeekday,
    reviewHour: Number(draft.reviewHour),
    programReviewers: splitReviewers(draft.programReviewers),
    nudgesEnabled: draft.nudgesEnabled,
    dailyDashboardRefresh: draft.dailyDashboardRefresh,
    coordinators: splitReviewers(draft.coordinators),
  };
}

/**
 * Errors on one reviewer ("programReviewers.2") are shown on the reviewers field, naming the
 * entry: the coordinator typed a list, not numbered fields.
 */
export function explainSettingsErrors(errors: FieldErrors, draft: SettingsDraft): FieldErrors {
  const lists = {
    programReviewers: splitReviewers(draft.programReviewers),
    coordinators: splitReviewers(draft.coordinators),
  };
  const out: FieldErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    const match = /^(programReviewers|coordinators)\.(\d+)$/.exec(key);
    const list = match ? lists[match[1] as keyof typeof lists] : undefined;
    const entry = match ? list?.[Number(match[2])] : undefined;
    const target = match ? (match[1] as string) : key;
    if (target in out) continue;
    out[target] = entry === undefined ? message : `“${entry}” is not a valid email address.`;
  }
  return out;
}

export type SettingsCheck =
  | { ok: true; input: SettingsInput }
  | { ok: false; fieldErrors: FieldErrors };

export function checkSettingsDraft(draft: SettingsDraft): SettingsCheck {
  const input = toSettingsInput(draft);
  const parsed = settingsSchema.safeParse(input);
  return parsed.success
    ? { ok: true, input }
    : { ok: false, fieldErrors: explainSettingsErrors(fieldErrors(parsed.error), draft) };
}

/** "MONDAY" → "Monday", for the weekday picker and the schedule line. */
export function weekdayLabel(weekday: Weekday): string {
  return weekday.charAt(0) + weekday.slice(1).toLowerCase();
}

export const WEEKDAY_OPTIONS = WEEKDAY_NAMES.map((value) => ({
  value,
  label: weekdayLabel(value),
}));

/** 9 → "09:00": review hours are whole hours in the spreadsheet's time zone. */
export function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, "0")}:00`;
}

export const HOUR_OPTIONS = Array.from({ length: 24 }, (_, hour) => ({
  value: String(hour),
  label: hourLabel(hour),
}));
