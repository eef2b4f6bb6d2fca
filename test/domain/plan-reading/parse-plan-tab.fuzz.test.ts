/**
 * Property-based tests of the plan-tab reader: valid tabs built from random plans, then damaged
 * at random the way pairs damage tabs (plan-tab-mutations.ts). Whatever happens: no exception,
 * completion within 0–100 %, and every cell that cannot be read reported on its row.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DASHBOARD_COLUMNS, dashboardRow } from "../../../src/domain/dashboard/row";
import type { Action, CheckIn, Goal, NextStep } from "../../../src/domain/plan/plan";
import { goalProgress } from "../../../src/domain/plan/progress";
import { summarizePlan } from "../../../src/domain/plan/summarize-plan";
import {
  ACTION_STATUSES,
  CADENCE_NAMES,
  GOAL_STATUSES,
  OWNERS,
  PLAN_STATUSES,
} from "../../../src/domain/plan/vocabulary";
import { parsePlanTab } from "../../../src/domain/plan-reading/parse-plan-tab";
import { addDays, dateOfDay } from "../../../src/domain/sheet/calendar";
import { buildTabRows, type PlanData } from "../support/plan-tab-builder";
import { malform, reshape } from "../support/plan-tab-mutations";

const TIME_ZONES = ["Europe/London", "Pacific/Auckland", "America/Los_Angeles", "Asia/Kolkata"];
/** Words that are no label, header or status, so generated text never looks like structure. */
const WORDS = [
  "plan",
  "budget",
  "course",
  "team",
  "shadow",
  "pitch",
  "roadmap",
  "sync",
  "draft",
  "hiring",
];
const TODAY = "2026-03-20";

const text = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 })
  .map((w) => w.join(" "));
const dayIn = (tz: string) =>
  fc.integer({ min: 0, max: 700 }).map((n) => dateOfDay(addDays("2025-09-01", n), tz));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

function planData(tz: string): fc.Arbitrary<PlanData> {
  const day = dayIn(tz);
  const email = fc.constantFrom(...WORDS).map((w) => `${w}@example.org`);
  return fc.integer({ min: 0, max: 5 }).chain((goalCount) =>
    fc.record({
      header: fc.record({
        mentee: fc.record({ name: text, email }),
        mentor: fc.record({ name: text, email }),
        reviewerEmail: email,
        focusArea: text,
        startDate: maybe(day),
        targetEndDate: maybe(day),
        cadence: maybe(fc.constantFrom(...CADENCE_NAMES)),
        mode: text,
        learningStyle: text,
        planStatus: maybe(fc.constantFrom(...PLAN_STATUSES)),
        statusSince: fc.constant(null),
        statusReason: fc.constant(""),
      }),
      goals: fc.tuple(
        ...Array.from({ length: goalCount }, (_, i) =>
          fc.record({
            number: fc.constant(i + 1),
            text,
            successCriteria: text,
            targetDate: maybe(day),
            status: fc.constantFrom(...GOAL_STATUSES),
            attained: fc.constant(null),
            doneOn: maybe(day),
          }),
        ),
      ) as fc.Arbitrary<Goal[]>,
      actions:
        goalCount === 0
          ? fc.constant<Action[]>([])
          : fc
              .array(
                fc.record({
                  goalNumber: fc.integer({ min: 1, max: goalCount }),
                  text,
                  owner: maybe(fc.constantFrom(...OWNERS)),
                  dueDate: maybe(day),
                  resources: fc.oneof(fc.constant(""), text),
                  status: fc.constantFrom(...ACTION_STATUSES),
                  doneOn: maybe(day),
                }),
                { maxLength: 8 },
              )
              .map((as) => as.map((a, i): Action => ({ number: i + 1, ...a }))),
      checkIns: fc.array(
        fc.record<CheckIn>({
          date: day,
          attended: text,
          discussed: text,
          progressNotes: text,
          blockers: fc.oneof(fc.constant(""), text),
          menteeRating: maybe(fc.integer({ min: 1, max: 5 })),
        }),
        { maxLength: 5 },
      ),
      nextSteps: fc.array(
        fc.record<NextStep>({ step: text, owner: text, byWhen: maybe(day), done: fc.boolean() }),
        { maxLength: 3 },
      ),
    }),
  );
}

const tabCase = fc
  .constantFrom(...TIME_ZONES)
  .chain((tz) => fc.record({ tz: fc.constant(tz), data: planData(tz), seed: fc.integer() }));

const parse = (values: unknown[], timeZone: string) =>
  parsePlanTab({
    planId: "plan-0000abcd",
    sheetName: "Plan",
    values: values as unknown[][],
    timeZone,
  });

describe("plan-tab reader, property-based", () => {
  it("reads 300 reshaped-but-valid tabs (blank rows, case, text numbers, ISO dates, extra and moved columns) exactly", () => {
    fc.assert(
      fc.property(tabCase, ({ tz, data, seed }) => {
        const plan = parse(reshape(buildTabRows(data), seed, tz), tz);
        expect(plan).toEqual({
          planId: "plan-0000abcd",
          sheetName: "Plan",
          skills: [],
          checkpointRows: [],
          feedback: [],
          careerOutcomes: [],
          ...data,
          problems: [],
        });
      }),
      { numRuns: 300 },
    );
  });

  it("survives 1,200 malformed tabs: no exception, completion in 0..1, every unreadable cell reported", () => {
    let damaged = 0;
    fc.assert(
      fc.property(tabCase, ({ tz, data, seed }) => {
        const damage = malform(buildTabRows(data), seed, tz);
        if (damage.problemRows.length > 0 || damage.messages.length > 0) damaged++;
        const plan = parse(damage.values, tz);
        const messages = plan.problems.map((p) => p.message);
        // The last-resort guard must never be what saved us.
        expect(messages.filter((m) => m.startsWith("Tab could not be read"))).toEqual([]);
        for (const row of damage.problemRows) {
          expect(
            plan.problems.filter((p) => p.row === row),
            `a problem on row ${row}`,
          ).not.toEqual([]);
        }
        for (const message of damage.messages) expect(messages).toContain(message);
        for (const p of plan.problems) {
          if (p.row !== undefined) expect(p.row >= 1 && p.row <= damage.values.length).toBe(true);
        }
        for (const goal of plan.goals) {
          const progress = goalProgress(goal, plan.actions);
          expect(progress >= 0 && progress <= 1).toBe(true);
        }
        const summary = summarizePlan(plan, 1, TODAY, tz);
        expect(summary.completion >= 0 && summary.completion <= 1).toBe(true);
        expect(dashboardRow(summary, tz).values).toHaveLength(DASHBOARD_COLUMNS.length);
      }),
      { numRuns: 1200 },
    );
    // The generator really damages most tabs (not a vacuous pass).
    expect(damaged).toBeGreaterThan(1000);
  });
});
