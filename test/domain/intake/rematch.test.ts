import { describe, expect, it } from "vitest";
import { defaultIntakeSettings } from "../../../src/domain/intake/intake-settings";
import type { MatchRow } from "../../../src/domain/intake/match-row";
import { ENDED } from "../../../src/domain/intake/matches-columns";
import {
  endedEarlyNote,
  endPairs,
  fitNoNote,
  nextMatchesRows,
  type PlanEnding,
  planEndingOf,
} from "../../../src/domain/intake/rematch";
import { reviewMatches } from "../../../src/domain/intake/review-matches";
import { suggestMatches } from "../../../src/domain/intake/suggest-matches";
import { lifecycleOf } from "../../../src/domain/outcomes/lifecycle";
import type { PairOutcomes } from "../../../src/domain/outcomes/pair-outcomes";
import { matchRow, person } from "./intake-fixtures";

const PLAN = "plan-000000000001";
const made = matchRow({
  row: 2,
  menteeEmail: "kim@x.io",
  mentorEmail: "sam@x.io",
  decision: "Accept",
  planId: PLAN,
  plan: '=HYPERLINK("#gid=7","Plan · Kim")',
  note: "Plan created.",
});
const ending = (over: Partial<PlanEnding> = {}): PlanEnding => ({
  planId: PLAN,
  endedEarly: false,
  reason: "",
  fitNo: [],
  ...over,
});

describe("how a plan stands, for re-matching", () => {
  const summary = (
    status: Parameters<typeof lifecycleOf>[0],
    fit: PairOutcomes["latestFit"],
    reason = "",
  ) => ({
    planId: PLAN,
    outcomes: { lifecycle: lifecycleOf(status, null, reason), latestFit: fit } as PairOutcomes,
  });

  it("reads ended early from the lifecycle (closed or archived) and who said No last", () => {
    expect(
      planEndingOf(summary("Closed – ended early", { Mentee: "Yes", Mentor: null }, "Moved")),
    ).toEqual({ planId: PLAN, endedEarly: true, reason: "Moved", fitNo: [] });
    expect(
      planEndingOf(summary("Archived – ended early", { Mentee: null, Mentor: null })),
    ).toMatchObject({ endedEarly: true });
    expect(planEndingOf(summary("Closed – completed", { Mentee: "No", Mentor: "No" }))).toEqual({
      planId: PLAN,
      endedEarly: false,
      reason: "",
      fitNo: ["Mentee", "Mentor"],
    });
    expect(planEndingOf(summary("Paused", { Mentee: "Not sure", Mentor: "Yes" }))).toMatchObject({
      endedEarly: false,
      fitNo: [],
    });
  });
});

describe("endPairs", () => {
  it("ends an accepted pair whose plan ended early, keeping its row, link and plan id", () => {
    const [row] = endPairs([made], [ending({ endedEarly: true, reason: "Mentor left" })]);
    expect(row).toEqual({
      ...made,
      decision: ENDED,
      note: "The plan ended early (Mentor left): the mentee is back among the unmatched.",
    });
    expect(endedEarlyNote("  ")).toBe(
      "The plan ended early: the mentee is back among the unmatched.",
    );
    // A swapped pair ends the same way.
    const swapped = { ...made, decision: "Swap" as const, swapTo: "Lee <lee@x.io>" };
    expect(endPairs([swapped], [ending({ endedEarly: true })])[0]?.decision).toBe(ENDED);
  });

  it("only flags a No at the fit check, and clears the flag once the answer changes", () => {
    const [flagged] = endPairs([made], [ending({ fitNo: ["Mentee"] })]);
    expect(flagged).toEqual({ ...made, note: fitNoNote(["Mentee"]) });
    expect(flagged?.note).toBe(
      `The fit check said "No" (mentee): set the Decision to "${ENDED}" to match the mentee again.`,
    );
    // Same answer on the next round: the row is left as it is.
    expect(endPairs([flagged as never], [ending({ fitNo: ["Mentee"] })])[0]).toBe(flagged);
    const [cleared] = endPairs([flagged as never], [ending()]);
    expect(cleared).toEqual(made);
    // A note of the coordinator's own is never touched.
    const own = { ...made, note: "Check in June" };
    expect(endPairs([own], [ending()])[0]).toBe(own);
  });

  it("leaves rows that are not an accepted pair with a plan", () => {
    const rejected = { ...made, decision: "Reject" as const };
    const ended: MatchRow = { ...made, decision: ENDED };
    const claimed = { ...made, plan: "" };
    const other = { ...made, planId: "plan-000000000002" };
    const rows = [rejected, ended, claimed, other];
    expect(endPairs(rows, [ending({ endedEarly: true, fitNo: ["Mentor"] })])).toEqual(rows);
  });
});

describe("a re-matched mentee", () => {
  const kim = person({ email: "kim@x.io", name: "Kim", role: "Mentee", skillsToGrow: ["sql"] });
  const sam = person({
    email: "sam@x.io",
    name: "Sam",
    role: "Mentor",
    capacity: 1,
    skillsToOffer: ["sql"],
  });
  const lee = person({ email: "lee@x.io", name: "Lee", role: "Mentor", capacity: 1 });
  const ana = person({ email: "ana@x.io", name: "Ana", role: "Mentee", skillsToGrow: ["sql"] });
  const roster = [kim, ana, sam, lee];

  it("gets a new mentor, never the same one; the old mentor's place is free again", () => {
    const rows = endPairs([made], [ending({ endedEarly: true })]);
    const review = reviewMatches(rows, roster);
    expect(review.rows[0]?.state).toBe("ended");
    expect(review.pairs).toEqual([
      { menteeEmail: "kim@x.io", mentorEmail: "sam@x.io", active: false },
    ]);
    const suggestions = suggestMatches(roster, review.pairs, defaultIntakeSettings());
    const byMentee = new Map(suggestions.map((s) => [s.mentee.email, s]));
    // Sam (who offers SQL) goes to Ana; Kim gets Lee, and Sam is not even an alternative.
    expect(byMentee.get("ana@x.io")?.choice?.mentor.email).toBe("sam@x.io");
    expect(byMentee.get("kim@x.io")?.choice?.mentor.email).toBe("lee@x.io");
    expect(byMentee.get("kim@x.io")?.alternatives.map((a) => a.mentor.email)).not.toContain(
      "sam@x.io",
    );
    // The ended row stays, as history, above the new suggestions.
    const next = nextMatchesRows(rows, suggestions);
    expect(next[0]).toEqual(rows[0]);
    expect(next.filter((r) => r.menteeEmail === "kim@x.io").map((r) => r.decision)).toEqual([
      ENDED,
      "Suggested",
    ]);
  });

  it("whose only possible mentor was the old one stays unmatched, and the note says why", () => {
    const rows = endPairs([made], [ending({ endedEarly: true })]);
    const review = reviewMatches(rows, [kim, sam]);
    const [s] = suggestMatches([kim, sam], review.pairs, defaultIntakeSettings());
    expect(s?.choice).toBeNull();
    expect(s?.note).not.toBe("");
  });
});
