import { describe, expect, it } from "vitest";
import {
  type ListedPlan,
  personKey,
  plansOfSameMentee,
  samePlanQuestion,
} from "../../../src/domain/plan/same-mentee";

const plan = (over: Partial<ListedPlan>): ListedPlan => ({
  planId: "p1",
  sheetName: "Plan · Ana López",
  menteeName: "Ana López",
  menteeEmail: "",
  health: "On track — 40% done, 30% of the time gone",
  problems: "",
  ...over,
});

describe("plansOfSameMentee", () => {
  it("matches by email where the listing has one, whatever the names say", () => {
    const listed = [
      plan({ planId: "a", menteeEmail: "Ana@Example.org", menteeName: "A. López" }),
      plan({ planId: "b", menteeEmail: "other@example.org" }),
    ];
    expect(
      plansOfSameMentee(listed, { name: "Ana López", email: "ana@example.org" }).map(
        (p) => p.planId,
      ),
    ).toEqual(["a"]);
  });

  it("matches by name when the listing has no email: case, accents and spaces ignored", () => {
    const listed = [plan({ planId: "a" }), plan({ planId: "b", menteeName: "Ana Lópes" })];
    for (const name of ["ana lopez", " ANA  LÓPEZ ", "Ana\tLópez"]) {
      expect(plansOfSameMentee(listed, { name, email: "x@example.org" })).toEqual([
        { planId: "a", sheetName: "Plan · Ana López", menteeName: "Ana López", status: "on track" },
      ]);
    }
    expect(plansOfSameMentee(listed, { name: "", email: "" })).toEqual([]);
    expect(personKey("Zoë  Ångström")).toBe("zoe angstrom");
  });

  it("says what is wrong when a plan has no health (its tab was deleted)", () => {
    const listed = [plan({ health: "", problems: "tab was deleted; header unreadable" })];
    const [found] = plansOfSameMentee(listed, { name: "Ana López", email: "" });
    expect(found?.status).toBe("tab was deleted");
    expect(
      samePlanQuestion(
        "Ana López",
        plansOfSameMentee([plan({ health: "" })], {
          name: "Ana López",
          email: "",
        }),
      ),
    ).toBe("Ana López already has a plan (Plan · Ana López). Create another?");
  });
});
