import { describe, expect, it } from "vitest";
import { reviewMatches } from "../../../src/domain/intake/review-matches";
import { rosterStatuses } from "../../../src/domain/intake/roster-status";
import { suggestMatches } from "../../../src/domain/intake/suggest-matches";
import { matchRow, person } from "./intake-fixtures";

describe("rosterStatuses", () => {
  it("says how each row was read and where each person stands", () => {
    const kim = person({
      row: 2,
      email: "kim@x.io",
      name: "Kim",
      role: "Mentee",
      skillsToGrow: ["sql"],
    });
    const ana = person({
      row: 3,
      email: "ana@x.io",
      name: "Ana",
      role: "Mentee",
      skillsToGrow: ["sql"],
    });
    const bo = person({
      row: 4,
      email: "bo@x.io",
      name: "Bo",
      role: "Mentee",
      managerEmail: "sam@x.io",
    });
    const sam = person({
      row: 5,
      email: "sam@x.io",
      name: "Sam",
      role: "Both",
      capacity: 2,
      skillsToOffer: ["sql"],
    });
    const people = [kim, ana, bo, sam];
    const review = reviewMatches(
      [matchRow({ row: 2, menteeEmail: "kim@x.io", mentorEmail: "sam@x.io", decision: "Accept" })],
      people,
    );
    const suggestions = suggestMatches(people, review.pairs, { department: "any" });
    const rows = [
      { row: 2, ok: true, status: "Read as mentee." },
      { row: 3, ok: true, status: "Read as mentee." },
      { row: 4, ok: true, status: "Read as mentee." },
      { row: 5, ok: true, status: "Read as both." },
      { row: 6, ok: false, status: "Skipped: no email." },
    ];
    const statuses = rosterStatuses(rows, people, review, suggestions);
    expect([...statuses]).toEqual([
      [2, "Read as mentee. Matched with Sam."],
      [3, `Read as mentee. Suggested: Sam (${suggestions[0]?.choice?.score}).`],
      [4, "Read as mentee. No mentor yet."],
      [5, "Read as both. No mentor yet. 1 of 2 places taken."],
      [6, "Skipped: no email."],
    ]);
  });
});
