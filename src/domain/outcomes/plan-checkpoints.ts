/**
 * A plan's checkpoints as they stand today: each one's state, who still owes what for it (and
 * the row to fill), the next one, and the problems its rows show. A standard checkpoint is done
 * when its row says so, or when the mentee and the mentor have both answered its feedback (and,
 * for the Final review, the mentee's evaluation is complete); a milestone is done when its goal
 * is Done or marked attained.
 */

import type { CheckIn, Problem } from "../plan/plan";
import type { DayKey } from "../sheet/calendar";
import {
  type Checkpoint,
  type CheckpointRow,
  type CheckpointState,
  checkpointState,
  planCheckpoints,
} from "./checkpoint";
import { type EvaluatedGoal, evaluationGaps, type SkillRating } from "./evaluation";
import {
  checkpointOf,
  type FeedbackEntry,
  fitProblems,
  RESPONDENTS,
  type Respondent,
  type SortedFeedback,
  sortFeedback,
} from "./feedback";

export interface Duty {
  respondent: Respondent;
  what: "feedback" | "evaluation" | "milestone";
  /** 1-based sheet row to fill (their FEEDBACK row, else the CHECKPOINTS row); null if none. */
  row: number | null;
}

export interface CheckpointProgress extends Checkpoint {
  state: CheckpointState;
  /** What is still owed, by whom, while the checkpoint is Due or Overdue. */
  waitingFor: Duty[];
}

export interface CheckpointInput {
  startDate: Date | null;
  targetEndDate: Date | null;
  checkIns: readonly CheckIn[];
  checkpointRows: readonly CheckpointRow[];
  feedback: readonly FeedbackEntry[];
  goals: readonly EvaluatedGoal[];
  skills: readonly SkillRating[];
}

export interface PlanCheckpoints {
  checkpoints: CheckpointProgress[];
  /** The first checkpoint not Done or Skipped, in due order. */
  next: CheckpointProgress | null;
  overdue: CheckpointProgress[];
  /** Usable feedback answers in checkpoint order. */
  answers: SortedFeedback["answers"];
  /** What the rows show: missing or doubled checkpoints, feedback that fits no checkpoint. */
  problems: Problem[];
  /** A latest fit answer of No ("consider re-matching"). */
  fitProblems: Problem[];
}

export function planCheckpointProgress(
  plan: CheckpointInput,
  today: DayKey,
  timeZone: string,
): PlanCheckpoints {
  const scheduled = planCheckpoints(plan.checkpointRows, plan, today, timeZone);
  const sorted = sortFeedback(plan.feedback, scheduled.checkpoints);
  const gaps = evaluationGaps(plan.skills, plan.goals);
  const checkpoints = scheduled.checkpoints.map((cp): CheckpointProgress => {
    const duties: Duty[] = [];
    if (cp.kind === "Milestone") {
      const goal = plan.goals.find((g) => g.number === cp.goalNumber);
      const reached = goal !== undefined && (goal.status === "Done" || goal.attained === "Yes");
      if (!reached) duties.push({ respondent: "Mentee", what: "milestone", row: cp.row });
    } else {
      for (const who of RESPONDENTS) {
        const answered = sorted.answers.some(
          (a) => a.checkpoint === cp && a.entry.respondent === who,
        );
        if (answered) continue;
        const own = plan.feedback.find((f) => f.respondent === who && checkpointOf(f, [cp]) === cp);
        duties.push({ respondent: who, what: "feedback", row: own?.row ?? cp.row });
      }
      if (cp.kind === "Final review" && gaps.length > 0) {
        duties.push({ respondent: "Mentee", what: "evaluation", row: cp.row });
      }
    }
    const state = checkpointState(cp, today, duties.length === 0);
    const owing = state === "Due" || state === "Overdue";
    return { ...cp, state, waitingFor: owing ? duties : [] };
  });
  const open = checkpoints.filter((c) => c.state !== "Done" && c.state !== "Skipped");
  return {
    checkpoints,
    next: open[0] ?? null,
    overdue: checkpoints.filter((c) => c.state === "Overdue"),
    answers: sorted.answers,
    problems: [...scheduled.problems, ...sorted.problems],
    fitProblems: fitProblems(sorted.answers),
  };
}
