// The Reviews view's settings form logic: saved settings in and out of the form, the
// reviewers list, and the same checks as the server's settingsSchema.
import { describe, expect, it } from "vitest";
import {
  checkSettingsDraft,
  explainSettingsErrors,
  HOUR_OPTIONS,
  hourLabel,
  SETTINGS_FIELD_ORDER,
  settingsDraftFrom,
  splitReviewers,
  toSettingsInput,
  WEEKDAY_OPTIONS,
  weekdayLabel,
} from "../../sidebar/settings-model";
import { settingsSchema } from "../../src/domain/sidebar-contract/schemas";
import { SETTINGS } from "./fixtures";

describe("settings in and out of the form", () => {
  it("round-trips saved settings unchanged", () => {
    const input = toSettingsInput(settingsDraftFrom(SETTINGS));
    expect(settingsSchema.parse(input)).toEqual(SETTINGS);
  });

  it("shows reviewers as a comma-separated list and the hour as a select value", () => {
    const draft = settingsDraftFrom(SETTINGS);
    expect(draft.programReviewers).toBe("hr@example.com, lead@example.com");
    expect(draft.reviewHour).toBe("14");
  });

  it("every field of the server's schema has a field in the form", () => {
    expect(Object.keys(settingsSchema._zod.innerType.shape).sort()).toEqual(
      [...SETTINGS_FIELD_ORDER].sort(),
    );
  });
});

describe("splitReviewers", () => {
  it("accepts commas, semicolons, spaces and new lines, and drops empty entries", () => {
    expect(splitReviewers(" a@x.org,b@x.org;\n c@x.org  d@x.org,, ")).toEqual([
      "a@x.org",
      "b@x.org",
      "c@x.org",
      "d@x.org",
    ]);
    expect(splitReviewers("   ")).toEqual([]);
  });
});

describe("checkSettingsDraft", () => {
  it("accepts valid settings", () => {
    const draft = { ...settingsDraftFrom(SETTINGS), programReviewers: "new@example.com" };
    const check = checkSettingsDraft(draft);
    expect(check).toMatchObject({ ok: true });
    if (check.ok) expect(check.input.programReviewers).toEqual(["new@example.com"]);
  });

  it("names the reviewer entry that is not an email, on the reviewers field", () => {
    const draft = { ...settingsDraftFrom(SETTINGS), programReviewers: "hr@example.com, Maria" };
    const check = checkSettingsDraft(draft);
    expect(check).toEqual({
      ok: false,
      fieldErrors: { programReviewers: "“Maria” is not a valid email address." },
    });
  });

  it("requires a program name", () => {
    const check = checkSettingsDraft({ ...settingsDraftFrom(SETTINGS), programName: "  " });
    expect(check).toEqual({ ok: false, fieldErrors: { programName: "Program name is required." } });
  });
});

describe("explainSettingsErrors", () => {
  it("rewrites server errors on one reviewer and keeps the others", () => {
    const draft = { ...settingsDraftFrom(SETTINGS), programReviewers: "a@x.org, nope, also-bad" };
    expect(
      explainSettingsErrors(
        {
          "programReviewers.1": "Reviewer email must be a valid email address.",
          "programReviewers.2": "Reviewer email must be a valid email address.",
          reviewHour: "Too big.",
        },
        draft,
      ),
    ).toEqual({ programReviewers: "“nope” is not a valid email address.", reviewHour: "Too big." });
  });

  it("keeps the server's message when the entry is no longer in the field", () => {
    const draft = { ...settingsDraftFrom(SETTINGS), programReviewers: "" };
    expect(explainSettingsErrors({ "programReviewers.4": "Bad." }, draft)).toEqual({
      programReviewers: "Bad.",
    });
  });
});

describe("labels", () => {
  it("shows weekdays and hours the way people read them", () => {
    expect(weekdayLabel("WEDNESDAY")).toBe("Wednesday");
    expect(WEEKDAY_OPTIONS.map((o) => o.label)).toEqual([
      "Monday",
      "Tuesday",
      "Wednesday",
      "Thursday",
      "Friday",
      "Saturday",
      "Sunday",
    ]);
    expect(hourLabel(7)).toBe("07:00");
    expect(HOUR_OPTIONS).toHaveLength(24);
    expect(HOUR_OPTIONS.at(-1)).toEqual({ value: "23", label: "23:00" });
    // Every option is a value the schema accepts.
    for (const o of HOUR_OPTIONS) {
      expect(
        settingsSchema._zod.innerType.shape.reviewHour.safeParse(Number(o.value)).success,
      ).toBe(true);
    }
  });
});
