import { describe, expect, it } from "vitest";
import { reviewMatches } from "../../../src/domain/intake/review-matches";
import { matchRow, person } from "./intake-fixtures";

const kim = person({ email: "kim@x.io", name: "Kim", role: "Mentee", managerEmail: "boss@x.io" });
const ana = person({ email: "ana@x.io", name: "Ana", role: "Mentee" });
const bo = person({ email: "bo@x.io", name: "Bo", role: "Mentee" });
const sam = person({ email: "sam@x.io", name: "Sam Lee", role: "Mentor", capacity: 1 });
const lee = person({ email: "lee@x.io", name: "Lee Park", role: "Mentor", capacity: 2 });
const boss = person({ email: "boss@x.io", name: "Boss", role: "Mentor", capacity: 3 });
const roster = [kim, ana, bo, sam, lee, boss];

describe("reviewMatches", () => {
  it("accepts, rejects and swaps, and turns decisions into pairs", () => {
    const rows = [
      matchRow({ row: 2, menteeEmail: "kim@x.io", mentorEmail: "sam@x.io", decision: "Accept" }),
      matchRow({ row: 3, menteeEmail: "ana@x.io", mentorEmail: "sam@x.io", decision: "Reject" }),
      matchRow({
        row: 4,
        menteeEmail: "bo@x.io",
        mentorEmail: "sam@x.io",
        decision: "Swap",
        swapTo: "Lee Park <lee@x.io>",
        alternatives: [{ name: "Lee Park", email: "lee@x.io", score: 50 }],
      }),
    ];
    const review = reviewMatches(rows, roster);
    expect(review.rows.map((r) => [r.state, r.mentorEmail, r.problem])).toEqual([
      ["accepted", "sam@x.io", ""],
      ["rejected", "", ""],
      ["accepted", "lee@x.io", ""],
    ]);
    expect(review.pairs).toEqual([
      { menteeEmail: "kim@x.io", mentorEmail: "sam@x.io", active: true },
      { menteeEmail: "ana@x.io", mentorEmail: "sam@x.io", active: false },
      { menteeEmail: "bo@x.io", mentorEmail: "lee@x.io", active: true },
    ]);
  });

  it("refuses a swap to the manager, past capacity, to nobody, or a mentee accepted twice", () => {
    const rows = [
      matchRow({ row: 2, menteeEmail: "kim@x.io", decision: "Swap", swapTo: "boss@x.io" }),
      matchRow({ row: 3, menteeEmail: "ana@x.io", mentorEmail: "sam@x.io", decision: "Accept" }),
      matchRow({ row: 4, menteeEmail: "bo@x.io", mentorEmail: "sam@x.io", decision: "Accept" }),
      matchRow({ row: 5, menteeEmail: "ana@x.io", mentorEmail: "lee@x.io", decision: "Accept" }),
      matchRow({ row: 6, menteeEmail: "kim@x.io", decision: "Swap" }),
      matchRow({ row: 7, menteeEmail: "kim@x.io", decision: "Accept", swapTo: "Nobody" }),
      matchRow({ row: 8, menteeEmail: "kim@x.io", decision: null }),
    ];
    expect(reviewMatches(rows, roster).rows.map((r) => r.problem)).toEqual([
      "Boss is the mentee's manager: choose another mentor.",
      "",
      "Sam Lee has no place left (1 of 1 taken): choose another mentor.",
      "This mentee is already accepted on row 3.",
      "Swap: choose the new mentor in the Swap to column.",
      'Swap to "Nobody" names no mentor of the roster.',
      "The decision is not one of Accept, Reject or Swap: nothing is done for this row.",
    ]);
  });

  it("lets rows whose plan exists hold their places first, and counts plans made elsewhere", () => {
    const rows = [
      matchRow({ row: 2, menteeEmail: "ana@x.io", mentorEmail: "sam@x.io", decision: "Accept" }),
      matchRow({
        row: 3,
        menteeEmail: "bo@x.io",
        mentorEmail: "sam@x.io",
        decision: "Accept",
        planId: "plan-000000000001",
        plan: "Plan · Bo",
      }),
      matchRow({ row: 4, menteeEmail: "kim@x.io", mentorEmail: "lee@x.io", decision: "Accept" }),
    ];
    const others = [
      { menteeEmail: "kim@x.io", mentorEmail: "boss@x.io", active: true },
      { menteeEmail: "zed@x.io", mentorEmail: "lee@x.io", active: true },
    ];
    expect(reviewMatches(rows, roster, others).rows.map((r) => [r.state, r.problem])).toEqual([
      ["invalid", "Sam Lee has no place left (1 of 1 taken): choose another mentor."],
      ["accepted", ""],
      ["invalid", "This mentee already has a plan with a mentor."],
    ]);
  });
});
