import fc from "fast-check";
import type { MatchRow } from "../../../src/domain/intake/match-row";
import type { Participant } from "../../../src/domain/intake/participant";
import type { Role } from "../../../src/domain/intake/roster-columns";

/** A participant with sensible defaults; only what a test cares about needs saying. */
export function person(p: Partial<Participant> & { email: string; role: Role }): Participant {
  return {
    row: 2,
    name: p.email.split("@")[0] ?? p.email,
    department: "",
    timeZone: "",
    utcOffset: null,
    managerEmail: "",
    focus: "",
    skillsToGrow: [],
    skillsToOffer: [],
    cadence: null,
    mode: null,
    learningStyle: null,
    capacity: p.role === "Mentee" ? 0 : 1,
    availability: "",
    ...p,
  };
}

const SKILLS = ["sql", "public speaking", "hiring", "budgeting", "python", "negotiation"];
const DEPARTMENTS = ["Sales", "Engineering", "Finance", ""];

/**
 * A random roster: mentees, mentors and "both", some managed by someone on the roster, with
 * skills, departments, zones and capacities drawn from small sets so that ties are common.
 */
export const arbitraryRoster = (maxPeople = 14): fc.Arbitrary<Participant[]> =>
  fc
    .array(
      fc.record({
        role: fc.constantFrom<Role>("Mentee", "Mentee", "Mentor", "Both"),
        department: fc.constantFrom(...DEPARTMENTS),
        utcOffset: fc.constantFrom(null, -5, 0, 1, 5.5, 9),
        grow: fc.subarray(SKILLS),
        offer: fc.subarray(SKILLS),
        capacity: fc.integer({ min: 0, max: 3 }),
        manager: fc.option(fc.nat(), { nil: undefined }),
        cadence: fc.constantFrom(null, "Weekly", "Every two weeks", "Monthly" as const),
      }),
      { minLength: 1, maxLength: maxPeople },
    )
    .map((rows) =>
      rows.map((r, i) =>
        person({
          row: i + 2,
          email: `p${i}@example.com`,
          name: `Person ${i}`,
          role: r.role,
          department: r.department,
          utcOffset: r.utcOffset,
          skillsToGrow: r.grow,
          skillsToOffer: r.offer,
          capacity: r.role === "Mentee" ? 0 : r.capacity,
          managerEmail:
            r.manager === undefined || r.manager % rows.length === i
              ? ""
              : `p${r.manager % rows.length}@example.com`,
          cadence: r.cadence,
        }),
      ),
    );

/** A Matches row with sensible defaults. */
export function matchRow(p: Partial<MatchRow> & { menteeEmail: string }): MatchRow {
  return {
    row: null,
    menteeName: p.menteeEmail.split("@")[0] ?? "",
    mentorName: "",
    mentorEmail: "",
    score: null,
    reasons: "",
    alternatives: [],
    decision: "Suggested",
    swapTo: "",
    plan: "",
    note: "",
    planId: "",
    ...p,
  };
}
