import { describe, expect, it } from "vitest";
import {
  bulkPlanForm,
  PAIR_HAD_PLAN_NOTE,
  PLAN_FOUND_NOTE,
  planBulkCreation,
  templateForPair,
} from "../../../src/domain/intake/bulk-creation";
import {
  bulkProgressText,
  INTERRUPTED_NOTE,
  parseBulkProgress,
  planRunWaiting,
  progressAsOf,
} from "../../../src/domain/intake/bulk-progress";
import { defaultIntakeSettings } from "../../../src/domain/intake/intake-settings";
import { reviewMatches } from "../../../src/domain/intake/review-matches";
import { canStartBatch, EXECUTION_LIMIT_MS } from "../../../src/domain/intake/time-budget";
import { planFormSchema } from "../../../src/domain/sidebar-contract/schemas";
import { matchRow, person } from "./intake-fixtures";

const settings = defaultIntakeSettings();
const mentees = ["a", "b", "c", "d", "e"].map((n) =>
  person({
    email: `${n}@x.io`,
    name: n.toUpperCase(),
    role: "Mentee",
    managerEmail: n === "e" ? "" : "boss@x.io",
    focus: "Move into management",
  }),
);
const sam = person({
  email: "sam@x.io",
  name: "Sam",
  role: "Mentor",
  capacity: 5,
  cadence: "Monthly",
});
const roster = [...mentees, sam];
const accept = (n: string, extra = {}) =>
  matchRow({
    row: 2,
    menteeEmail: `${n}@x.io`,
    mentorEmail: "sam@x.io",
    decision: "Accept",
    ...extra,
  });

describe("planBulkCreation", () => {
  it("makes, links or skips each accepted row, and counts what is done", () => {
    const rows = [
      accept("a", { planId: "plan-00000000000a", plan: "Plan · A" }),
      accept("b", { planId: "plan-00000000000b" }),
      accept("c"),
      accept("d"),
      accept("e"),
      matchRow({ menteeEmail: "x@x.io", decision: "Reject" }),
    ];
    const plans = [
      {
        planId: "plan-00000000000a",
        menteeEmail: "a@x.io",
        mentorEmail: "sam@x.io",
      },
      {
        planId: "plan-00000000000b",
        menteeEmail: "b@x.io",
        mentorEmail: "sam@x.io",
      },
      {
        planId: "plan-00000000000c",
        menteeEmail: "c@x.io",
        mentorEmail: "sam@x.io",
      },
    ];
    const result = planBulkCreation({
      review: reviewMatches(rows, roster),
      participants: roster,
      plans,
      settings,
      programReviewers: [],
      startDay: "2026-03-02",
    });
    expect(result.total).toBe(5);
    expect(result.done).toBe(1);
    expect(
      result.steps.map((s) => [s.kind, s.match.menteeEmail, "note" in s ? s.note : ""]),
    ).toEqual([
      ["link", "b@x.io", PLAN_FOUND_NOTE],
      ["link", "c@x.io", PAIR_HAD_PLAN_NOTE],
      ["create", "d@x.io", ""],
      [
        "skip",
        "e@x.io",
        "No reviewer: give the mentee's manager email on the roster, or a program reviewer in Settings.",
      ],
    ]);
  });

  it("resumes a claimed row with its plan id when no plan has that id yet", () => {
    const result = planBulkCreation({
      review: reviewMatches([accept("d", { planId: "plan-00000000000d" })], roster),
      participants: roster,
      plans: [],
      settings,
      programReviewers: [],
      startDay: "2026-03-02",
    });
    expect(result.steps).toMatchObject([{ kind: "create", planId: "plan-00000000000d" }]);
  });

  it("builds a form the single insert accepts, from the pair and the settings", () => {
    const form = bulkPlanForm(mentees[0] as never, sam, settings, ["coach@x.io"], "2026-03-02");
    if (!form.ok) throw new Error(form.problem);
    const parsed = planFormSchema.parse(form.form);
    expect(parsed).toMatchObject({
      menteeEmail: "a@x.io",
      mentorEmail: "sam@x.io",
      reviewerEmail: "boss@x.io",
      templateId: "move-into-management",
      focusArea: "Move into management",
      startDate: "2026-03-02",
      targetEndDate: "2026-08-31",
      cadence: "Monthly",
      mode: "Video",
    });
    expect(parsed.goals.length).toBeGreaterThan(0);
    const program = bulkPlanForm(
      mentees[0] as never,
      sam,
      { ...settings, reviewer: "program", template: "blank" },
      ["coach@x.io"],
      "2026-03-02",
    );
    expect(program.ok && [program.form.reviewerEmail, program.form.templateId]).toEqual([
      "coach@x.io",
      "blank",
    ]);
  });

  it("picks the template from the focus, blank when the focus says nothing", () => {
    const t = (focus: string) =>
      templateForPair(person({ email: "z@x.io", role: "Mentee", focus }), settings);
    expect(t("Succession to director")).toBe("succession");
    expect(t("Become a first-time manager")).toBe("move-into-management");
    expect(t("Transition from marketing to product")).toBe("career-transition");
    expect(t("Get better at SQL and data")).toBe("technical-skill");
    expect(t("Whatever comes")).toBe("blank");
  });
});

describe("bulk progress and time budget", () => {
  it("reads back a progress record and says it in words; a damaged one is no run", () => {
    const p = {
      state: "running",
      total: 40,
      created: 12,
      skipped: 0,
      stopRequested: false,
      updatedAt: 1,
      message: "",
    };
    expect(bulkProgressText(parseBulkProgress(JSON.stringify(p)) as never)).toBe(
      "12 of 40 plans created…",
    );
    expect(bulkProgressText({ ...p, state: "paused", skipped: 2 } as never)).toMatch(
      /^12 of 40 plans created; 2 need attention .*Paused/,
    );
    expect(parseBulkProgress("{not json")).toBeNull();
    expect(parseBulkProgress(JSON.stringify({ ...p, created: -1 }))).toBeNull();
  });

  it("reads a running record older than the execution limit as paused: its execution died", () => {
    const p = {
      state: "running" as const,
      total: 40,
      created: 12,
      skipped: 1,
      stopRequested: true,
      updatedAt: 1_000_000,
      message: "",
    };
    expect(progressAsOf(p, p.updatedAt + EXECUTION_LIMIT_MS)).toBe(p);
    const died = progressAsOf(p, p.updatedAt + EXECUTION_LIMIT_MS + 1);
    expect(died).toMatchObject({ state: "paused", created: 12, stopRequested: false });
    expect(died.message).toBe(
      `12 of 40 plans created; 1 need attention (see the Matches tab's Note). ${INTERRUPTED_NOTE}`,
    );
    expect(planRunWaiting(p, p.updatedAt + 60_000)).toBe(false);
    expect(planRunWaiting(p, p.updatedAt + EXECUTION_LIMIT_MS + 1)).toBe(true);
    expect(planRunWaiting({ ...p, state: "stopped" }, p.updatedAt + 10 * EXECUTION_LIMIT_MS)).toBe(
      false,
    );
    expect(planRunWaiting(null, 0)).toBe(false);
  });

  it("starts a batch only when it ends before the safe point", () => {
    const base = { batchSize: 10, firstGuessMs: 3000, slowestMsPerItem: null };
    expect(canStartBatch({ ...base, elapsedMs: 0 })).toBe(true);
    expect(canStartBatch({ ...base, elapsedMs: 270_000 })).toBe(true);
    expect(canStartBatch({ ...base, elapsedMs: 271_000 })).toBe(false);
    expect(canStartBatch({ ...base, elapsedMs: 200_000, slowestMsPerItem: 20_000 })).toBe(false);
  });
});
