/**
 * Reads what the outcome roll-up needs from a plan tab: the STARTING POINT skills (levels at the
 * start, target and end), CHECKPOINTS rows, FEEDBACK rows and CAREER OUTCOMES, tolerantly like
 * the other sections: a cell that cannot be read (text in a score, a score of 11, an unknown fit
 * word) is a Problem naming its row and is read as blank; nothing throws.
 */
import type { CheckpointRow } from "../outcomes/checkpoint";
import { CHECKPOINT_STATUSES } from "../outcomes/checkpoint";
import { CAREER_OUTCOMES, type CareerOutcome, type SkillRating } from "../outcomes/evaluation";
import {
  type FeedbackEntry,
  FIT_ANSWERS,
  RESPONDENTS,
  SATISFACTION_MAX,
  SATISFACTION_MIN,
} from "../outcomes/feedback";
import type { Problem } from "../plan/plan";
import { LABEL, type SectionKey, STARTING_POINT_LABELS } from "../plan-tab/sections";
import type { CellReading } from "../sheet/cell-reading";
import { labelMatches } from "../sheet/label-match";
import { eachRow } from "./each-row";
import type { PlanGrid } from "./grid-reader";
import type { FoundSection } from "./section-finder";

const S = LABEL.startingPoint;
const C = LABEL.checkpoints;
const F = LABEL.feedback;
const O = LABEL.careerOutcomes;

const isOpen = (s: string) => s === "Open";
const always = () => true;
const never = () => false;

export interface OutcomeSections {
  skills: SkillRating[];
  checkpointRows: CheckpointRow[];
  feedback: FeedbackEntry[];
  careerOutcomes: CareerOutcome[];
}

export function readOutcomeSections(
  grid: PlanGrid,
  sections: Partial<Record<SectionKey, FoundSection>>,
  reading: CellReading,
  problems: Problem[],
): OutcomeSections {
  const skills: SkillRating[] = [];
  const freeTextLabels = Object.values(STARTING_POINT_LABELS);
  eachRow(grid, sections.startingPoint, reading, problems, (row) => {
    const skill = row.text(S.skill, "Skill");
    // Strengths and Areas to grow follow the skills inside the section.
    if (freeTextLabels.some((l) => labelMatches(skill, l))) return;
    const rating: SkillRating = {
      skill,
      baseline: row.scale(S.currentLevel, "Current level", 1, 5),
      target: row.scale(S.targetLevel, "Target level", 1, 5),
      end: row.scale(S.endLevel, "Level at end", 1, 5),
      row: row.row,
    };
    if (skill !== "") skills.push(rating);
    else if (rating.baseline !== null || rating.end !== null) {
      problems.push({ message: `Skill in row ${row.row} has no name`, row: row.row });
    }
  });

  const checkpointRows: CheckpointRow[] = [];
  eachRow(grid, sections.checkpoints, reading, problems, (row) => {
    const entry: CheckpointRow = {
      name: row.text(C.name, "Checkpoint"),
      goalNumber: row.number(C.goalNumber, "Goal #"),
      month: row.scale(C.month, "Month", 1, 36),
      status: row.word(C.status, "Checkpoint status", CHECKPOINT_STATUSES, null, isOpen),
      doneOn: row.day(C.doneOn, "Done on"),
      row: row.row,
    };
    if (entry.name !== "") checkpointRows.push(entry);
    else if (row.hasContent) {
      problems.push({ message: `Checkpoint in row ${row.row} has no name`, row: row.row });
    }
  });

  const feedback: FeedbackEntry[] = [];
  eachRow(grid, sections.feedback, reading, problems, (row) => {
    feedback.push({
      checkpoint: row.text(F.checkpoint, "Feedback checkpoint"),
      respondent: row.word(F.respondent, "Who", RESPONDENTS, null, never),
      fit: row.word(F.fit, "Fit", FIT_ANSWERS, null, always),
      satisfaction: row.scale(F.satisfaction, "Satisfaction", SATISFACTION_MIN, SATISFACTION_MAX),
      helped: row.text(F.helped, "What helped"),
      change: row.text(F.change, "What to change"),
      row: row.row,
    });
  });

  const careerOutcomes: CareerOutcome[] = [];
  eachRow(grid, sections.careerOutcomes, reading, problems, (row) => {
    const kind = row.word(O.kind, "Career outcome", CAREER_OUTCOMES, null, always);
    const outcome = {
      details: row.text(O.details, "What happened"),
      date: row.day(O.date, "Date"),
      row: row.row,
    };
    if (kind) careerOutcomes.push({ kind, ...outcome });
    else if (!row.unreadable.has(O.kind)) {
      problems.push({
        message: `Career outcome in row ${row.row} does not say which outcome it is`,
        row: row.row,
      });
    }
  });
  return { skills, checkpointRows, feedback, careerOutcomes };
}
