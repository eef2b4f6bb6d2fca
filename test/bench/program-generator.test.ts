/** The bench's generated programs must stay distinct at its largest size (tab names, emails). */
import { expect, test } from "vitest";
import { generatePair } from "../../scripts/bench/program-generator";
import { planSheetBase } from "../../src/domain/sheet/sheet-name";

test("5,000 generated pairs have 5,000 distinct mentees, mentors, emails and tab names", () => {
  const pairs = Array.from({ length: 5000 }, (_, i) => generatePair(i, "2026-03-02"));
  const distinct = (f: (p: (typeof pairs)[number]) => string) => new Set(pairs.map(f)).size;
  expect(distinct((p) => p.form.menteeName)).toBe(5000);
  expect(distinct((p) => p.form.mentorName)).toBe(5000);
  expect(distinct((p) => p.form.menteeEmail)).toBe(5000);
  expect(distinct((p) => planSheetBase(p.form.menteeName))).toBe(5000);
  // Ten pairs a reviewer, as the review run's figures assume.
  expect(distinct((p) => p.reviewerEmail)).toBe(500);
});
