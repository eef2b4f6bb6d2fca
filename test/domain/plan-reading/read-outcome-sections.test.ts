/**
 * The outcome sections of a plan tab as inserted, then filled in by the pair: read back exactly,
 * malformed feedback named as Problems, and the Due date formulas (evaluated by HyperFormula as
 * Sheets would) agreeing with the domain's schedule.
 */
import { describe, expect, it } from "vitest";
import { planCheckpoints } from "../../../src/domain/outcomes/checkpoint";
import { parsePlanTab } from "../../../src/domain/plan-reading/parse-plan-tab";
import { layoutPlanTab } from "../../../src/domain/plan-tab/layout";
import { COLUMN } from "../../../src/domain/plan-tab/sections";
import { dayKey } from "../../../src/domain/sheet/calendar";
import { planFormSchema } from "../../../src/domain/sidebar-contract/schemas";
import { templateById } from "../../../src/domain/templates";
import { goalsFromTemplate } from "../../../src/domain/templates/goals-from-template";
import { dayOfSerial, PlanTabSheet } from "../support/plan-tab-sheet";

const TZ = "Europe/London";
const START = "2026-01-05";
const template = templateById("move-into-management");
const form = planFormSchema.parse({
  menteeName: "Ana",
  menteeEmail: "ana@example.org",
  mentorName: "Mo",
  mentorEmail: "mo@example.org",
  reviewerEmail: "hr@example.org",
  templateId: template.id,
  focusArea: "Management",
  startDate: START,
  targetEndDate: "2026-07-05",
  cadence: "Every two weeks",
  mode: "Video",
  learningStyle: "Learning by doing",
  goals: goalsFromTemplate(template, START),
});
const model = layoutPlanTab({
  planId: "plan-0000abcd",
  form,
  template,
  timeZone: TZ,
  coordinatorEmail: "coord@example.org",
});
const s = model.positions.sections;
const read = (sheet: PlanTabSheet) =>
  parsePlanTab({ planId: "p", sheetName: "Plan", values: sheet.readBack(), timeZone: TZ });

describe("outcome sections of a new plan", () => {
  const plan = read(new PlanTabSheet(model, TZ));

  it("lists the three checkpoints and the template's milestones, open", () => {
    expect(plan.checkpointRows.map((r) => [r.name, r.goalNumber, r.month, r.status])).toEqual([
      ["Fit check", null, null, "Open"],
      ["Mid-point", null, null, "Open"],
      ["Final review", null, null, "Open"],
      ["Shadowed three leadership meetings by month 2", 1, 2, "Open"],
      ["People-management course finished by month 3", 2, 3, "Open"],
    ]);
  });

  it("has a FEEDBACK row per checkpoint and person, unanswered, and the template's skills", () => {
    expect(plan.feedback.map((f) => [f.checkpoint, f.respondent, f.fit, f.satisfaction])).toEqual([
      ["Fit check", "Mentee", null, null],
      ["Fit check", "Mentor", null, null],
      ["Mid-point", "Mentee", null, null],
      ["Mid-point", "Mentor", null, null],
      ["Final review", "Mentee", null, null],
      ["Final review", "Mentor", null, null],
    ]);
    expect(plan.skills.map((k) => k.skill)).toEqual(template.skills.map((k) => k.name));
    expect(plan.skills.every((k) => k.baseline === null && k.end === null)).toBe(true);
    expect(plan.problems).toEqual([]);
  });

  it("the Due date formulas agree with the domain's schedule, before and after a check-in", () => {
    const sheet = new PlanTabSheet(model, TZ);
    const due = () =>
      plan.checkpointRows.map((r) => {
        const v = sheet.valueAt(r.row as number, COLUMN.checkpoints.dueDate);
        return typeof v === "number" ? dayOfSerial(v) : null;
      });
    const today = dayKey(new Date(), TZ);
    const domain = (p: ReturnType<typeof read>) =>
      p.checkpointRows.map((r) => {
        const all = planCheckpoints(
          p.checkpointRows,
          { ...p.header, checkIns: p.checkIns },
          today,
          TZ,
        );
        return all.checkpoints.find((c) => c.row === r.row)?.due ?? null;
      });
    expect(due()).toEqual(domain(plan));
    expect(due()).toEqual(["2026-02-04", "2026-04-06", "2026-07-05", "2026-03-05", "2026-04-05"]);
    sheet.setDayAt(s.progress.firstRow, COLUMN.progress.date, "2026-01-12");
    sheet.setAt(s.progress.firstRow, COLUMN.progress.attended, "Both");
    expect(due()[0]).toBe("2026-01-19");
    expect(due()).toEqual(domain(read(sheet)));
  });
});

describe("malformed feedback is named, never a crash", () => {
  it("text in a score, a score of 11, an unknown fit word, feedback for a missing checkpoint", () => {
    const sheet = new PlanTabSheet(model, TZ);
    const f = s.feedback.firstRow;
    const F = COLUMN.feedback;
    sheet.setAt(f, F.satisfaction, "great");
    sheet.setAt(f + 1, F.satisfaction, 11);
    sheet.setAt(f + 2, F.fit, "Maybe");
    sheet.setAt(f + 3, F.satisfaction, 0);
    sheet.setAt(f + 6, F.checkpoint, "Quarterly review");
    sheet.setAt(f + 6, F.respondent, "Mentee");
    sheet.setAt(f + 6, F.satisfaction, 7);
    // The Mid-point row of CHECKPOINTS is cleared by hand.
    for (let c = 1; c <= 6; c++) {
      if (c !== COLUMN.checkpoints.dueDate) sheet.setAt(s.checkpoints.firstRow + 1, c, "");
    }
    const plan = read(sheet);
    expect(plan.problems.map((p) => p.message)).toEqual([
      `Satisfaction in row ${f} is not a whole number from 0 to 10`,
      `Satisfaction in row ${f + 1} is not a whole number from 0 to 10`,
      `Fit "Maybe" in row ${f + 2} is unknown (left blank)`,
    ]);
    expect(plan.feedback[3]?.satisfaction).toBe(0);
    const cps = planCheckpoints(
      plan.checkpointRows,
      { ...plan.header, checkIns: [] },
      "2026-03-01",
      TZ,
    );
    expect(cps.problems.map((p) => p.message)).toEqual([
      'Checkpoint "Mid-point" row missing in CHECKPOINTS',
    ]);
  });

  it("career outcomes: an unknown kind and a row without one are named", () => {
    const sheet = new PlanTabSheet(model, TZ);
    const o = s.careerOutcomes.firstRow;
    const O = COLUMN.careerOutcomes;
    sheet.setAt(o, O.kind, "promotion");
    sheet.setAt(o, O.details, "Team lead from April");
    sheet.setAt(o + 1, O.kind, "Pay rise");
    sheet.setAt(o + 2, O.details, "Ran the offsite");
    const plan = read(sheet);
    expect(plan.careerOutcomes.map((c) => [c.kind, c.details])).toEqual([
      ["Promotion", "Team lead from April"],
    ]);
    expect(plan.problems.map((p) => p.message)).toEqual([
      `Career outcome "Pay rise" in row ${o + 1} is unknown (left blank)`,
      `Career outcome in row ${o + 2} does not say which outcome it is`,
    ]);
  });
});
