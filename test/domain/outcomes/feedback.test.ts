import { describe, expect, it } from "vitest";
import { planCheckpoints } from "../../../src/domain/outcomes/checkpoint";
import { fitProblems, sortFeedback } from "../../../src/domain/outcomes/feedback";
import { answer, day, standardRows, TZ } from "./fixtures";

const { checkpoints } = planCheckpoints(
  standardRows(),
  { startDate: day("2026-01-05"), targetEndDate: day("2026-07-05"), checkIns: [] },
  "2026-05-01",
  TZ,
);

describe("sortFeedback", () => {
  it("keeps answered rows in checkpoint order and skips blank ones", () => {
    const { answers, problems } = sortFeedback(
      [
        answer("Mid-point", "Mentee", { satisfaction: 8, row: 62 }),
        answer("Fit check", "Mentor", { fit: "Yes", row: 61 }),
        answer("Fit check", "Mentee", { row: 60 }), // not answered yet
      ],
      checkpoints,
    );
    expect(answers.map((a) => [a.checkpoint.name, a.entry.respondent])).toEqual([
      ["Fit check", "Mentor"],
      ["Mid-point", "Mentee"],
    ]);
    expect(problems).toEqual([]);
  });

  it("matches checkpoint names as typed by hand (case, spaces, dashes)", () => {
    const { answers } = sortFeedback(
      [answer("  MID–POINT ", "Mentor", { satisfaction: 7 })],
      checkpoints,
    );
    expect(answers[0]?.checkpoint.name).toBe("Mid-point");
  });

  it("names feedback for a checkpoint not in CHECKPOINTS, without a person, or given twice", () => {
    const { answers, problems } = sortFeedback(
      [
        answer("Quarterly review", "Mentee", { satisfaction: 9, row: 70 }),
        answer("", "Mentee", { helped: "Lots", row: 71 }),
        answer("Fit check", null, { fit: "Yes", row: 72 }),
        answer("Fit check", "Mentee", { fit: "Yes", row: 73 }),
        answer("Fit check", "Mentee", { fit: "No", row: 74 }),
      ],
      checkpoints,
    );
    expect(problems).toEqual([
      {
        message: 'Feedback in row 70 is for "Quarterly review", which is not in CHECKPOINTS',
        row: 70,
      },
      { message: "Feedback in row 71 is for no checkpoint, which is not in CHECKPOINTS", row: 71 },
      { message: "Feedback in row 72 does not say who answered (Mentee or Mentor)", row: 72 },
      {
        message: "Mentee answered Fit check twice (row 73 counts, row 74 is ignored)",
        row: 74,
      },
    ]);
    expect(answers.map((a) => a.entry.row)).toEqual([73]);
  });
});

describe("fitProblems", () => {
  it("a No on fit asks the coordinator to consider re-matching", () => {
    const { answers } = sortFeedback(
      [answer("Fit check", "Mentor", { fit: "No", row: 61 })],
      checkpoints,
    );
    expect(fitProblems(answers)).toEqual([
      {
        message:
          'Mentor answered No to "Is this pairing working?" at Fit check: consider re-matching',
        row: 61,
      },
    ]);
  });

  it("a later Yes from the same person clears it; Not sure is no problem", () => {
    const { answers } = sortFeedback(
      [
        answer("Mid-point", "Mentor", { fit: "Yes", row: 63 }),
        answer("Fit check", "Mentor", { fit: "No", row: 61 }),
        answer("Fit check", "Mentee", { fit: "Not sure", row: 60 }),
      ],
      checkpoints,
    );
    expect(fitProblems(answers)).toEqual([]);
  });
});
