import { describe, expect, it } from "vitest";
import {
  type CheckpointInput,
  planCheckpointProgress,
} from "../../../src/domain/outcomes/plan-checkpoints";
import { answer, day, goal, skill, standardRows, TZ } from "./fixtures";

function input(parts: Partial<CheckpointInput> = {}): CheckpointInput {
  return {
    startDate: day("2026-01-05"),
    targetEndDate: day("2026-07-05"),
    checkIns: [],
    checkpointRows: standardRows(40),
    feedback: [
      answer("Fit check", "Mentee", { row: 60 }),
      answer("Fit check", "Mentor", { row: 61 }),
      answer("Mid-point", "Mentee", { row: 62 }),
      answer("Mid-point", "Mentor", { row: 63 }),
      answer("Final review", "Mentee", { row: 64 }),
      answer("Final review", "Mentor", { row: 65 }),
    ],
    goals: [goal(1)],
    skills: [skill("Delegation", 2, 4, null)],
    ...parts,
  };
}

describe("planCheckpointProgress", () => {
  it("an overdue fit check waits for both people, each pointed at their own row", () => {
    const p = planCheckpointProgress(input(), "2026-02-10", TZ);
    expect(p.overdue.map((c) => c.name)).toEqual(["Fit check"]);
    expect(p.next?.name).toBe("Fit check");
    expect(p.next?.waitingFor).toEqual([
      { respondent: "Mentee", what: "feedback", row: 60 },
      { respondent: "Mentor", what: "feedback", row: 61 },
    ]);
    // Not due yet: nothing is owed.
    expect(p.checkpoints.find((c) => c.name === "Mid-point")?.waitingFor).toEqual([]);
  });

  it("both answers make a checkpoint Done without its row saying so; the next one follows", () => {
    const feedback = input().feedback.map((f) =>
      f.checkpoint === "Fit check" ? { ...f, fit: "Yes" as const } : f,
    );
    const p = planCheckpointProgress(input({ feedback }), "2026-04-01", TZ);
    expect(p.checkpoints[0]?.state).toBe("Done");
    expect(p.next).toMatchObject({ name: "Mid-point", state: "Due", due: "2026-04-06" });
    expect(p.overdue).toEqual([]);
  });

  it("without its FEEDBACK row, the person is pointed at the checkpoint's row", () => {
    const p = planCheckpointProgress(input({ feedback: [] }), "2026-02-10", TZ);
    expect(p.next?.waitingFor.map((d) => d.row)).toEqual([40, 40]);
  });

  it("the Final review also waits for the mentee's evaluation until it is complete", () => {
    const rows = standardRows(40).map((r) =>
      r.name === "Final review" ? r : { ...r, status: "Done" as const },
    );
    const feedback = input().feedback.map((f) => ({ ...f, satisfaction: 9 }));
    const open = planCheckpointProgress(
      input({ checkpointRows: rows, feedback }),
      "2026-07-06",
      TZ,
    );
    expect(open.next).toMatchObject({ name: "Final review", state: "Overdue" });
    expect(open.next?.waitingFor).toEqual([{ respondent: "Mentee", what: "evaluation", row: 42 }]);
    const evaluated = planCheckpointProgress(
      input({
        checkpointRows: rows,
        feedback,
        goals: [goal(1, { attained: "Partly" })],
        skills: [skill("Delegation", 2, 4, 3)],
      }),
      "2026-07-06",
      TZ,
    );
    expect(evaluated.next).toBeNull();
    expect(evaluated.overdue).toEqual([]);
  });

  it("a milestone is reached when its goal is Done or attained", () => {
    const milestone = {
      name: "Run a team meeting",
      goalNumber: 1,
      month: 1,
      status: null,
      doneOn: null,
      row: 43,
    };
    const rows = [...standardRows(40), milestone];
    const waiting = planCheckpointProgress(input({ checkpointRows: rows }), "2026-02-06", TZ);
    expect(waiting.checkpoints.find((c) => c.row === 43)).toMatchObject({
      state: "Overdue",
      waitingFor: [{ respondent: "Mentee", what: "milestone", row: 43 }],
    });
    const reached = planCheckpointProgress(
      input({ checkpointRows: rows, goals: [goal(1, { status: "Done" })] }),
      "2026-02-06",
      TZ,
    );
    expect(reached.checkpoints.find((c) => c.row === 43)?.state).toBe("Done");
  });

  it("collects the schedule's, the feedback's and the fit problems", () => {
    const p = planCheckpointProgress(
      input({
        checkpointRows: standardRows(40).slice(0, 2),
        feedback: [answer("Fit check", "Mentee", { fit: "No", satisfaction: 3, row: 60 })],
      }),
      "2026-02-10",
      TZ,
    );
    expect(p.problems.map((x) => x.message)).toEqual([
      'Checkpoint "Final review" row missing in CHECKPOINTS',
    ]);
    expect(p.fitProblems.map((x) => x.message)).toEqual([
      'Mentee answered No to "Is this pairing working?" at Fit check: consider re-matching',
    ]);
  });
});
