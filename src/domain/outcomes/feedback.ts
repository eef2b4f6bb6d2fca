/**
 * Feedback cycles: at each checkpoint the mentee and the mentor each answer, in their own row of
 * the plan tab's FEEDBACK section, "Is this pairing working?" (fit: Yes / Not sure / No), how
 * satisfied they are (0–10), what helped and what to change (docs/design.md "Feedback").
 * Cell-level problems (text in a score, a score of 11) are named by the row reader; this file
 * names what only the rows together show: feedback for a checkpoint that does not exist, a person
 * answering twice, and a "No" on fit, which asks the coordinator to consider re-matching.
 */
import type { Problem } from "../plan/plan";
import type { Checkpoint } from "./checkpoint";
import { checkpointKind } from "./checkpoint";

export const FIT_ANSWERS = ["Yes", "Not sure", "No"] as const;
export type FitAnswer = (typeof FIT_ANSWERS)[number];

/** Who answers feedback. */
export const RESPONDENTS = ["Mentee", "Mentor"] as const;
export type Respondent = (typeof RESPONDENTS)[number];

/** Satisfaction is a whole number on this scale (an NPS-style question). */
export const SATISFACTION_MIN = 0;
export const SATISFACTION_MAX = 10;

/** The fit question, as the FEEDBACK section's header hints it. */
export const FIT_QUESTION = "Is this pairing working?";

export interface FeedbackEntry {
  /** The checkpoint's name as written (matched to CHECKPOINTS like a status word). */
  checkpoint: string;
  respondent: Respondent | null;
  fit: FitAnswer | null;
  satisfaction: number | null;
  helped: string;
  change: string;
  /** 1-based sheet row. */
  row?: number;
}

/** True when the person said anything at all in the row. */
export function hasAnswer(entry: FeedbackEntry): boolean {
  return (
    entry.fit !== null ||
    entry.satisfaction !== null ||
    entry.helped.trim() !== "" ||
    entry.change.trim() !== ""
  );
}

/** The checkpoint a feedback row is for, matched by name (case and dashes forgiven). */
export function checkpointOf(
  entry: Pick<FeedbackEntry, "checkpoint">,
  checkpoints: readonly Checkpoint[],
): Checkpoint | undefined {
  const kind = checkpointKind(entry.checkpoint);
  const key = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
  return checkpoints.find((c) =>
    kind === "Milestone" ? key(c.name) === key(entry.checkpoint) : c.kind === kind,
  );
}

/** Answered rows per checkpoint, in checkpoint order; later rows of the same person are ignored. */
export interface SortedFeedback {
  /** Usable answers with their checkpoint, in the checkpoints' due order. */
  answers: { entry: FeedbackEntry; checkpoint: Checkpoint }[];
  problems: Problem[];
}

const at = (row: number | undefined) => (row === undefined ? {} : { row });

export function sortFeedback(
  feedback: readonly FeedbackEntry[],
  checkpoints: readonly Checkpoint[],
): SortedFeedback {
  const problems: Problem[] = [];
  const seen = new Map<string, number | undefined>();
  const answers: SortedFeedback["answers"] = [];
  for (const entry of feedback) {
    if (!hasAnswer(entry)) continue;
    const where = entry.row === undefined ? "" : ` in row ${entry.row}`;
    const checkpoint = checkpointOf(entry, checkpoints);
    if (!checkpoint) {
      const name = entry.checkpoint.trim() === "" ? "no checkpoint" : `"${entry.checkpoint}"`;
      problems.push({
        message: `Feedback${where} is for ${name}, which is not in CHECKPOINTS`,
        ...at(entry.row),
      });
      continue;
    }
    if (entry.respondent === null) {
      problems.push({
        message: `Feedback${where} does not say who answered (Mentee or Mentor)`,
        ...at(entry.row),
      });
      continue;
    }
    const key = `${checkpoint.name}\n${entry.respondent}`;
    if (seen.has(key)) {
      problems.push({
        message: `${entry.respondent} answered ${checkpoint.name} twice (row ${seen.get(key)} counts, row ${entry.row} is ignored)`,
        ...at(entry.row),
      });
      continue;
    }
    seen.set(key, entry.row);
    answers.push({ entry, checkpoint });
  }
  const index = new Map(checkpoints.map((c, i) => [c, i] as const));
  answers.sort((a, b) => (index.get(a.checkpoint) ?? 0) - (index.get(b.checkpoint) ?? 0) || 0);
  return { answers, problems };
}

/** The latest fit answer of each person (by checkpoint order), when they gave one. */
export function latestFit(
  answers: SortedFeedback["answers"],
): Partial<Record<Respondent, { fit: FitAnswer; checkpoint: string; row?: number }>> {
  const latest: Partial<Record<Respondent, { fit: FitAnswer; checkpoint: string; row?: number }>> =
    {};
  for (const { entry, checkpoint } of answers) {
    if (entry.fit === null || entry.respondent === null) continue;
    latest[entry.respondent] = { fit: entry.fit, checkpoint: checkpoint.name, ...at(entry.row) };
  }
  return latest;
}

export const REMATCH_HINT = "consider re-matching";

/**
 * A Problem for each person whose latest fit answer is No: a later Yes (the pair talked it
 * through) clears it.
 */
export function fitProblems(answers: SortedFeedback["answers"]): Problem[] {
  const latest = latestFit(answers);
  return RESPONDENTS.flatMap((who) => {
    const got = latest[who];
    if (got?.fit !== "No") return [];
    return [
      {
        message: `${who} answered No to "${FIT_QUESTION}" at ${got.checkpoint}: ${REMATCH_HINT}`,
        ...at(got.row),
      },
    ];
  });
}
