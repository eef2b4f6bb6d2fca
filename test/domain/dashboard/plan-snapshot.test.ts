import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  BENCH_TIME_ZONE,
  buildPrograms,
  type ProgramBuild,
} from "../../../scripts/bench/program-generator";
import {
  decodePlanSnapshot,
  encodePlanSnapshot,
  type SnapshotStamp,
} from "../../../src/domain/dashboard/plan-snapshot";
import { dashboardRow } from "../../../src/domain/dashboard/row";
import type { ParsedPlan } from "../../../src/domain/plan/plan";
import { summarizePlan } from "../../../src/domain/plan/summarize-plan";
import { ACTION_STATUSES, GOAL_STATUSES } from "../../../src/domain/plan/vocabulary";
import { parsePlanTab } from "../../../src/domain/plan-reading/parse-plan-tab";
import { PLAN_ID_METADATA_KEY } from "../../../src/domain/plan-tab/sections";
import { addDays, type DayKey } from "../../../src/domain/sheet/calendar";

const TZ = BENCH_TIME_ZONE;
const stamp = (planId: string): SnapshotStamp => ({ planId, timeZone: TZ, build: "b1" });

let build: ProgramBuild;
let plans: ParsedPlan[];
beforeAll(() => {
  // A generated program: every plan state and every malformation the bench makes.
  build = buildPrograms([60], { snapshot: false });
  plans = [];
  for (const name of build.env.inspect.sheetNames()) {
    const id = build.env.inspect.metadata(name).find((d) => d.key === PLAN_ID_METADATA_KEY);
    if (!id) continue;
    const values = build.env.inspect.sheetValues(name) as unknown[][];
    plans.push(parsePlanTab({ planId: String(id.value), sheetName: name, values, timeZone: TZ }));
  }
});

/** The Dashboard row of a plan on a day, as the refresh writes it. */
function rowOn(plan: ParsedPlan, today: DayKey) {
  const summary = summarizePlan(plan, 7, today, TZ);
  return dashboardRow({ ...summary, sheetName: "Tab" }, TZ);
}

function roundTrip(plan: ParsedPlan): ParsedPlan {
  const decoded = decodePlanSnapshot(encodePlanSnapshot(plan, "proven", stamp(plan.planId)), {
    ...stamp(plan.planId),
  });
  if (!decoded) throw new Error(`snapshot of ${plan.planId} did not decode`);
  return decoded.plan;
}

describe("a plan snapshot gives the Dashboard row of the whole plan", () => {
  it("for every generated plan, on every day from before its start to after its end", () => {
    expect(plans.length).toBeGreaterThanOrEqual(55);
    let compared = 0;
    for (const plan of plans) {
      const snapshot = roundTrip(plan);
      for (let d = -40; d <= 200; d += 9) {
        const today = addDays(build.today, d);
        expect(rowOn(snapshot, today), `${plan.planId} on ${today}`).toEqual(rowOn(plan, today));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("whatever the statuses, dates and ratings the pair types", () => {
    const base = plans.filter((p) => p.goals.length > 0 && p.actions.length > 0);
    // Whole days, and instants with a time to the millisecond (kept as milliseconds).
    const day = fc.oneof(
      fc.integer({ min: -60, max: 60 }).map((d) => new Date(Date.UTC(2026, 5, 1 + d))),
      fc
        .tuple(fc.integer({ min: -60, max: 60 }), fc.nat({ max: 86_399_999 }))
        .map(([d, ms]) => new Date(Date.UTC(2026, 5, 1 + d) + ms)),
    );
    fc.assert(
      fc.property(
        fc.nat({ max: base.length - 1 }),
        fc.array(fc.constantFrom(...GOAL_STATUSES), { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.constantFrom(...ACTION_STATUSES), fc.option(day)), { maxLength: 8 }),
        fc.array(fc.tuple(day, fc.option(fc.integer({ min: 1, max: 5 }))), { maxLength: 5 }),
        fc.integer({ min: -30, max: 150 }),
        (i, goalStatuses, actions, checkIns, offset) => {
          const from = base[i] as ParsedPlan;
          const plan: ParsedPlan = {
            ...from,
            goals: from.goals.map((g, j) => ({
              ...g,
              status: goalStatuses[j % goalStatuses.length] ?? g.status,
            })),
            actions: from.actions.map((a, j) => {
              const [status, due] = actions[j] ?? [a.status, a.dueDate];
              return { ...a, status, dueDate: due ?? null };
            }),
            checkIns: checkIns.map(([date, rating]) => ({
              ...(from.checkIns[0] ?? {
                attended: "",
                discussed: "x",
                progressNotes: "",
                blockers: "",
              }),
              date,
              menteeRating: rating ?? null,
            })),
          };
          const today = addDays(build.today, offset);
          expect(rowOn(roundTrip(plan), today)).toEqual(rowOn(plan, today));
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** The snapshot with its first action's status (an index into ACTION_STATUSES) replaced. */
function withStatus(text: string, status: unknown): string {
  const json = JSON.parse(text);
  json.a[0][4] = status;
  return JSON.stringify(json);
}

describe("a snapshot is used only under its own stamp", () => {
  it("another plan's, zone's or build's snapshot is refused", () => {
    const plan = plans[0] as ParsedPlan;
    const text = encodePlanSnapshot(plan, "silent", stamp(plan.planId));
    expect(decodePlanSnapshot(text, stamp(plan.planId))?.proof).toBe("silent");
    expect(decodePlanSnapshot(text, stamp("other"))).toBeNull();
    expect(decodePlanSnapshot(text, { ...stamp(plan.planId), timeZone: "UTC" })).toBeNull();
    expect(decodePlanSnapshot(text, { ...stamp(plan.planId), build: "b2" })).toBeNull();
  });

  it("hand-edited, cut or foreign text is refused, never thrown", () => {
    const plan = plans.find((p) => p.actions.length > 0) as ParsedPlan;
    const text = encodePlanSnapshot(plan, "proven", stamp(plan.planId));
    expect(
      decodePlanSnapshot(withStatus(text, 3), stamp(plan.planId))?.plan.actions[0]?.status,
    ).toBe("Done");
    for (const bad of [
      "",
      "=",
      42,
      null,
      text.slice(0, text.length - 3),
      withStatus(text, 99),
      withStatus(text, "Done"),
      text.replace(/"v":2/, '"v":3'),
      '{"v":2}',
      "[1,2,3]",
    ]) {
      expect(decodePlanSnapshot(bad, stamp(plan.planId))).toBeNull();
    }
  });

  it("is a fraction of the plan's tab as text", () => {
    const sizes = plans.map((p) => encodePlanSnapshot(p, "proven", stamp(p.planId)).length);
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    // The feed's text of a generated plan is about 8,000 characters (docs/performance.md).
    expect(mean).toBeLessThan(1500);
  });
});
