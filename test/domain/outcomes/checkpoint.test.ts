import { describe, expect, it } from "vitest";
import {
  type Checkpoint,
  type CheckpointRow,
  checkpointDueDay,
  checkpointState,
  planCheckpoints,
  type ScheduleInput,
} from "../../../src/domain/outcomes/checkpoint";
import { addMonths, earliestDay } from "../../../src/domain/sheet/calendar";
import { checkIn, day, standardRows, TZ } from "./fixtures";

const dates: ScheduleInput = {
  startDate: day("2026-01-05"),
  targetEndDate: day("2026-07-05"),
  checkIns: [],
};

describe("addMonths (EDATE)", () => {
  it("keeps the day of the month, or the month's last day when it is shorter", () => {
    expect(addMonths("2026-01-05", 3)).toBe("2026-04-05");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2026-03-15", -3)).toBe("2025-12-15");
  });

  it("earliestDay picks the first day", () => {
    expect(earliestDay("2026-03-01", "2026-02-28", "2026-12-01")).toBe("2026-02-28");
  });
});

describe("checkpoint due days", () => {
  const due = (kind: Parameters<typeof checkpointDueDay>[0], plan = dates, today = "2026-02-20") =>
    checkpointDueDay(kind, null, plan, today, TZ);

  it("Fit check: 30 days after the start while the pair has not met", () => {
    expect(due("Fit check")).toBe("2026-02-04");
  });

  it("Fit check: a week after the first check-in, never later than 30 days after the start", () => {
    const early = { ...dates, checkIns: [checkIn("2026-01-20"), checkIn("2026-01-12")] };
    expect(due("Fit check", early)).toBe("2026-01-19"); // 12 Jan + 7
    const late = { ...dates, checkIns: [checkIn("2026-01-30")] };
    expect(due("Fit check", late)).toBe("2026-02-04"); // 6 Feb capped at start + 30
  });

  it("Fit check ignores check-ins planned after today and any logged before the start", () => {
    const plan = { ...dates, checkIns: [checkIn("2026-01-01"), checkIn("2026-01-10")] };
    expect(due("Fit check", plan, "2026-01-08")).toBe("2026-02-04");
    expect(due("Fit check", plan, "2026-01-10")).toBe("2026-01-17");
  });

  it("Mid-point: half-way, rounded to a whole day; Final review: the target end", () => {
    expect(due("Mid-point")).toBe("2026-04-06"); // 181 days → +91 (90.5 rounded up)
    expect(due("Final review")).toBe("2026-07-05");
    const even = { ...dates, targetEndDate: day("2026-01-15") };
    expect(due("Mid-point", even)).toBe("2026-01-10");
  });

  it("gives no day without the dates it needs", () => {
    const none = { startDate: null, targetEndDate: null, checkIns: [] };
    for (const kind of ["Fit check", "Mid-point", "Final review"] as const) {
      expect(due(kind, none)).toBeNull();
    }
    const backwards = { ...dates, targetEndDate: day("2026-01-01") };
    expect(due("Mid-point", backwards)).toBeNull();
  });

  it("Milestone: that many months after the start", () => {
    expect(checkpointDueDay("Milestone", { month: 3 }, dates, "2026-02-20", TZ)).toBe("2026-04-05");
    expect(checkpointDueDay("Milestone", { month: null }, dates, "2026-02-20", TZ)).toBeNull();
  });
});

describe("planCheckpoints", () => {
  it("lists the three standard checkpoints and milestones in due order", () => {
    const rows = [
      ...standardRows(),
      {
        name: "Lead a team meeting",
        goalNumber: 2,
        month: 2,
        status: null,
        doneOn: null,
        row: 43,
      },
    ];
    const { checkpoints, problems } = planCheckpoints(rows, dates, "2026-02-20", TZ);
    expect(checkpoints.map((c) => [c.name, c.due, c.row])).toEqual([
      ["Fit check", "2026-02-04", 40],
      ["Lead a team meeting", "2026-03-05", 43],
      ["Mid-point", "2026-04-06", 41],
      ["Final review", "2026-07-05", 42],
    ]);
    expect(checkpoints[1]?.status).toBe("Open");
    expect(problems).toEqual([]);
  });

  it("a deleted standard row is a Problem, and the checkpoint is still tracked", () => {
    const rows = standardRows().filter((r) => r.name !== "Mid-point");
    const { checkpoints, problems } = planCheckpoints(rows, dates, "2026-02-20", TZ);
    expect(problems).toEqual([{ message: 'Checkpoint "Mid-point" row missing in CHECKPOINTS' }]);
    expect(checkpoints.find((c) => c.kind === "Mid-point")).toMatchObject({
      due: "2026-04-06",
      row: null,
    });
  });

  it("names a checkpoint listed twice and a milestone with no date; names match forgivingly", () => {
    const rows = [
      ...standardRows(),
      { ...(standardRows()[1] as CheckpointRow), name: "MID–POINT", row: 50 },
      {
        name: "Pitch",
        goalNumber: 1,
        month: null,
        status: null,
        doneOn: null,
        row: 51,
      },
    ];
    const { checkpoints, problems } = planCheckpoints(rows, dates, "2026-02-20", TZ);
    expect(problems.map((p) => p.message)).toEqual([
      'Checkpoint "Mid-point" is listed twice (row 41 counts, row 50 is ignored)',
      'Milestone "Pitch" in row 51 has no month',
    ]);
    expect(checkpoints.at(-1)?.name).toBe("Pitch"); // undated last
  });
});

describe("checkpointState", () => {
  const cp = (parts: Partial<Checkpoint>): Checkpoint => ({
    name: "Mid-point",
    kind: "Mid-point",
    goalNumber: null,
    due: "2026-04-05",
    status: "Open",
    doneOn: null,
    row: 41,
    ...parts,
  });

  it("Done by its status, its done-on day, or its work finished otherwise", () => {
    expect(checkpointState(cp({ status: "Done" }), "2026-05-01")).toBe("Done");
    expect(checkpointState(cp({ doneOn: day("2026-04-01") }), "2026-05-01")).toBe("Done");
    expect(checkpointState(cp({}), "2026-05-01", true)).toBe("Done");
    expect(checkpointState(cp({ status: "Skipped" }), "2026-05-01")).toBe("Skipped");
  });

  it("Overdue the day after its due day; Due from 7 days before; Upcoming before that", () => {
    expect(checkpointState(cp({}), "2026-04-06")).toBe("Overdue");
    expect(checkpointState(cp({}), "2026-04-05")).toBe("Due");
    expect(checkpointState(cp({}), "2026-03-29")).toBe("Due");
    expect(checkpointState(cp({}), "2026-03-28")).toBe("Upcoming");
    expect(checkpointState(cp({ due: null }), "2026-03-28")).toBe("Not scheduled");
  });
});
