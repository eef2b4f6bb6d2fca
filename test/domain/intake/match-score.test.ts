import { describe, expect, it } from "vitest";
import { SCORE_WEIGHTS, scoreMatch } from "../../../src/domain/intake/match-score";
import { person } from "./intake-fixtures";

const ctx = { department: "different" as const, placesLeft: 2, pairedBefore: false };

describe("scoreMatch", () => {
  it("scores and explains a pair in words", () => {
    const mentee = person({
      email: "kim@example.com",
      role: "Mentee",
      department: "Sales",
      utcOffset: 1,
      skillsToGrow: ["Hiring", "Budgeting", "Public speaking", "SQL"],
      focus: "Become a team lead",
      cadence: "Weekly",
    });
    const mentor = person({
      email: "sam@example.com",
      role: "Mentor",
      department: "Finance",
      utcOffset: 3,
      skillsToOffer: ["budgeting", "public-speaking", "hiring", "Excel"],
      focus: "People management",
      cadence: "Every two weeks",
      capacity: 3,
    });
    const s = scoreMatch(mentee, mentor, ctx);
    expect(s).toEqual({
      eligible: true,
      // 40·3/4 + 20 + 15 + 10 + 5 + 5·2/3
      score: Math.round(30 + 20 + 15 + 10 + 5 + 10 / 3),
      reasons: [
        "offers 3 of 4 skills to grow",
        "same focus (move into management)",
        "different department",
        "2 h apart",
        "weekly vs every two weeks",
        "2 of 3 places left",
      ],
    });
  });

  it("follows the department setting", () => {
    const a = person({ email: "a@x.io", role: "Mentee", department: "Sales" });
    const same = person({ email: "b@x.io", role: "Mentor", department: " sales " });
    const other = person({ email: "c@x.io", role: "Mentor", department: "Legal" });
    const points = (m: typeof same, department: "different" | "same" | "any") => {
      const s = scoreMatch(a, m, { ...ctx, department });
      return s.eligible ? s.score : -1;
    };
    expect(points(other, "different") - points(same, "different")).toBe(SCORE_WEIGHTS.department);
    expect(points(same, "same") - points(other, "same")).toBe(SCORE_WEIGHTS.department);
    expect(points(same, "any")).toBe(points(other, "any"));
  });

  it("never suggests the mentee's manager, the same person, a pair seen before, or a full mentor", () => {
    const mentee = person({
      email: "kim@x.io",
      role: "Both",
      managerEmail: "boss@x.io",
      capacity: 2,
    });
    const boss = person({ email: "boss@x.io", role: "Mentor", skillsToOffer: ["everything"] });
    expect(scoreMatch(mentee, boss, ctx)).toEqual({
      eligible: false,
      reason: "is the mentee's manager",
    });
    expect(scoreMatch(mentee, mentee, ctx)).toEqual({ eligible: false, reason: "same person" });
    const other = person({ email: "o@x.io", role: "Mentor" });
    expect(scoreMatch(mentee, other, { ...ctx, pairedBefore: true })).toEqual({
      eligible: false,
      reason: "already paired",
    });
    expect(scoreMatch(mentee, other, { ...ctx, placesLeft: 0 })).toEqual({
      eligible: false,
      reason: "no place left",
    });
  });

  it("gives far time zones fewer points and says how far", () => {
    const mentee = person({ email: "a@x.io", role: "Mentee", utcOffset: -5 });
    const near = person({ email: "n@x.io", role: "Mentor", utcOffset: -8 });
    const mid = person({ email: "m@x.io", role: "Mentor", utcOffset: 0 });
    const far = person({ email: "f@x.io", role: "Mentor", utcOffset: 9 });
    const reasons = [near, mid, far].map((m) => {
      const s = scoreMatch(mentee, m, ctx);
      return s.eligible ? [s.score, s.reasons.find((r) => r.endsWith("apart"))] : null;
    });
    expect(reasons.map((r) => r?.[1])).toEqual(["3 h apart", "5 h apart", "10 h apart"]);
    const [a, b, c] = reasons.map((r) => r?.[0] as number);
    expect(a).toBeGreaterThan(b as number);
    expect(b).toBeGreaterThan(c as number);
  });

  it("keeps every score within 0–100", () => {
    const mentee = person({ email: "a@x.io", role: "Mentee", skillsToGrow: ["x"] });
    const mentor = person({ email: "b@x.io", role: "Mentor", skillsToOffer: ["X"], capacity: 1 });
    const s = scoreMatch(mentee, mentor, { ...ctx, placesLeft: 5 });
    expect(s.eligible && s.score).toBeLessThanOrEqual(100);
  });
});
