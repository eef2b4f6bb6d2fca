import { describe, expect, it } from "vitest";
import { sharedSkills, splitSkills } from "../../../src/domain/intake/skills";
import { hoursApart, utcOffsetHours } from "../../../src/domain/intake/time-zone";

describe("utcOffsetHours", () => {
  it.each([
    ["UTC", 0],
    ["utc+2", 2],
    ["GMT -05:00", -5],
    ["+5:30", 5.5],
    ["UTC−3", -3],
    ["CET", 1],
    ["pst", -8],
    ["Europe/Paris", 1],
    ["America/New_York", -5],
    ["London", 0],
    ["new york", -5],
    ["Bangalore", 5.5],
    ["Tokyo", 9],
  ])("%s is %d h from UTC", (text, hours) => {
    expect(utcOffsetHours(text)).toBe(hours);
  });

  it.each(["", "Narnia", "UTC+30", "Mars/Olympus"])("%s is not understood", (text) => {
    expect(utcOffsetHours(text)).toBeNull();
  });

  it("measures distance around the globe", () => {
    expect(hoursApart(-8, 9)).toBe(7);
    expect(hoursApart(12, -11)).toBe(1);
    expect(hoursApart(1, 5.5)).toBe(4.5);
  });
});

describe("skills", () => {
  it("splits on commas, semicolons, lines and bullets, without repeats", () => {
    expect(splitSkills("SQL, Public speaking;\nsql · hiring | Hiring ,")).toEqual([
      "SQL",
      "Public speaking",
      "hiring",
    ]);
  });

  it("compares skills forgiving case, punctuation and plurals", () => {
    expect(
      sharedSkills(
        ["Presentations", "Data-analysis", "C++", "Chess"],
        ["presentation", "data analysis", "c++"],
      ),
    ).toEqual(["Presentations", "Data-analysis", "C++"]);
  });
});
