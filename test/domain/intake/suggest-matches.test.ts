import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Participant } from "../../../src/domain/intake/participant";
import {
  ALTERNATIVES_SHOWN,
  type PairRecord,
  suggestMatches,
} from "../../../src/domain/intake/suggest-matches";
import { arbitraryRoster, person } from "./intake-fixtures";

const settings = { department: "different" as const };

/** Some pairs among the roster's people, active or past. */
const withPairs = arbitraryRoster().chain((roster) =>
  fc
    .array(fc.record({ a: fc.nat(), b: fc.nat(), active: fc.boolean() }), { maxLength: 4 })
    .map((raw) => {
      const mentees = roster.filter((p) => p.role !== "Mentor");
      const mentors = roster.filter((p) => p.role !== "Mentee");
      const pairs: PairRecord[] = [];
      if (mentees.length && mentors.length) {
        for (const r of raw) {
          const mentee = mentees[r.a % mentees.length] as Participant;
          const mentor = mentors[r.b % mentors.length] as Participant;
          if (mentee.email !== mentor.email) {
            pairs.push({ menteeEmail: mentee.email, mentorEmail: mentor.email, active: r.active });
          }
        }
      }
      return { roster, pairs };
    }),
);

describe("suggestMatches", () => {
  it("explains each suggestion and gives the best total, not the first come", () => {
    const ana = person({ email: "ana@x.io", role: "Mentee", skillsToGrow: ["sql", "hiring"] });
    const kim = person({ email: "kim@x.io", role: "Mentee", skillsToGrow: ["sql"] });
    const sam = person({
      email: "sam@x.io",
      role: "Mentor",
      skillsToOffer: ["sql", "hiring"],
      capacity: 1,
    });
    const lee = person({
      email: "lee@x.io",
      role: "Mentor",
      skillsToOffer: ["hiring"],
      capacity: 1,
    });
    const [a, k] = suggestMatches([ana, kim, sam, lee], [], settings);
    // Ana gets Lee (1 of 2 skills) so that Kim can have Sam (1 of 1): 20 + 40 beats 40 + 0.
    expect(a?.choice?.mentor.email).toBe("lee@x.io");
    expect(k?.choice?.mentor.email).toBe("sam@x.io");
    expect(k?.choice?.reasons).toBe(
      "offers 1 of 1 skill to grow · department not given · time zone unknown · cadence open · 1 of 1 place left",
    );
  });

  it("names why a mentee has no mentor", () => {
    const kim = person({ email: "kim@x.io", role: "Mentee", managerEmail: "sam@x.io" });
    const sam = person({ email: "sam@x.io", role: "Mentor" });
    const lee = person({ email: "lee@x.io", role: "Mentor", capacity: 0 });
    const [k] = suggestMatches([kim, sam, lee], [], settings);
    expect(k?.choice).toBeNull();
    expect(k?.note).toBe(
      "No mentor can take this mentee: 1 mentor (their manager), 1 mentor with no place left.",
    );
  });

  it("never suggests a manager, a past pair or a full mentor; keeps capacity; is deterministic", () => {
    fc.assert(
      fc.property(withPairs, ({ roster, pairs }) => {
        const result = suggestMatches(roster, pairs, settings);
        const people = new Map(roster.map((p) => [p.email, p]));
        const seen = new Set(pairs.map((p) => `${p.menteeEmail}>${p.mentorEmail}`));
        const active = pairs.filter((p) => p.active);
        const load = new Map<string, number>();
        for (const p of active) load.set(p.mentorEmail, (load.get(p.mentorEmail) ?? 0) + 1);
        const matched = new Set(active.map((p) => p.menteeEmail));
        for (const s of result) {
          expect(matched.has(s.mentee.email)).toBe(false);
          expect(s.alternatives.length).toBeLessThanOrEqual(ALTERNATIVES_SHOWN);
          for (const option of [s.choice, ...s.alternatives]) {
            if (!option) continue;
            expect(option.mentor.email).not.toBe(s.mentee.managerEmail);
            expect(option.mentor.email).not.toBe(s.mentee.email);
            expect(seen.has(`${s.mentee.email}>${option.mentor.email}`)).toBe(false);
          }
          if (s.choice) {
            const m = s.choice.mentor.email;
            load.set(m, (load.get(m) ?? 0) + 1);
          }
        }
        for (const [email, n] of load) {
          const mentor = people.get(email) as Participant;
          // Active pairs made outside may already overfill; suggestions never add to that.
          const before = active.filter((p) => p.mentorEmail === email).length;
          expect(n).toBeLessThanOrEqual(Math.max(mentor.capacity, before));
        }
        expect(suggestMatches(roster, pairs, settings)).toEqual(result);
      }),
      { numRuns: 200 },
    );
  });

  it("lists every unmatched mentee once, in roster order", () => {
    fc.assert(
      fc.property(withPairs, ({ roster, pairs }) => {
        const matched = new Set(pairs.filter((p) => p.active).map((p) => p.menteeEmail));
        const expected = roster
          .filter((p) => p.role !== "Mentor" && !matched.has(p.email))
          .map((p) => p.email);
        expect(suggestMatches(roster, pairs, settings).map((s) => s.mentee.email)).toEqual(
          expected,
        );
      }),
    );
  });
});
