/**
 * Whether a mentee already has a plan, asked before a new plan is inserted for them. Plans are
 * compared by the mentee's email where the listing knows it, and otherwise by name, ignoring
 * letter case, accents and spacing ("ana  LOPEZ" is "Ana López"): asking once too often costs a
 * click, a second plan made by mistake costs a coordinator's cleanup.
 */
import { SHOWN_NAME_MAX_LENGTH, shortenAtWord } from "../sheet/shorten-at-word";

/** A plan as the program lists it (the Dashboard's row). */
export interface ListedPlan {
  planId: string;
  sheetName: string;
  menteeName: string;
  /** "" when the listing does not show the mentee's email. */
  menteeEmail: string;
  /** The listing's health, with or without its reason ("On track — …"); "" before a refresh. */
  health: string;
  /** What the listing says is wrong with the plan ("tab was deleted"), or "". */
  problems: string;
}

export interface ExistingPlan {
  planId: string;
  sheetName: string;
  menteeName: string;
  /**
   * "on track", "stalled", "paused"…; without a health, what is wrong ("tab was deleted"), so
   * the coordinator can tell a plan that is gone from one that runs; "" when nothing is known.
   */
  status: string;
}

/** A person's name as compared: no accents, lower case, single spaces. */
export function personKey(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

const emailKey = (email: string) => email.trim().toLowerCase();

/** The listed plans of the mentee about to get a plan, in listing order. */
export function plansOfSameMentee(
  listed: readonly ListedPlan[],
  mentee: { name: string; email: string },
): ExistingPlan[] {
  const name = personKey(mentee.name);
  const email = emailKey(mentee.email);
  return listed
    .filter((plan) =>
      plan.menteeEmail.trim() !== "" && email !== ""
        ? emailKey(plan.menteeEmail) === email
        : name !== "" && personKey(plan.menteeName) === name,
    )
    .map((plan) => ({
      planId: plan.planId,
      sheetName: plan.sheetName,
      menteeName: plan.menteeName,
      status:
        (plan.health.split(" — ")[0] ?? "").trim().toLowerCase() ||
        plan.problems.split("; ")[0]?.trim() ||
        "",
    }));
}

/** "Ana López already has a plan (Plan · Ana López, on track). Create another?" */
export function samePlanQuestion(menteeName: string, existing: readonly ExistingPlan[]): string {
  const plans = existing
    .map((plan) => (plan.status ? `${plan.sheetName}, ${plan.status}` : plan.sheetName))
    .join("; ");
  const count = existing.length === 1 ? "a plan" : `${existing.length} plans`;
  return `${shortenAtWord(menteeName, SHOWN_NAME_MAX_LENGTH)} already has ${count} (${plans}). Create another?`;
}
