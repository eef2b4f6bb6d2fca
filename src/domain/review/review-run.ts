/**
 * Deciding a review run from the ledger: what to send, in which order, what to defer, and what
 * must never be sent again. Pure: the gas layer carries the decision out (ledger.ts says how).
 */
import type { PlanSummary } from "../plan/plan-summary";
import type { LedgerEntry } from "./ledger";
import { QUOTA_REASON, UNKNOWN_OUTCOME_REASON } from "./ledger";

/** Why an older period's outstanding digest is given up. */
export const NEWER_PERIOD_SENT_REASON =
  "not sent: this reviewer already has a newer period's review, and periods never go out of order";

/** A failed email is retried on later runs, up to this many failures for one period. */
export const MAX_FAILED_ATTEMPTS = 3;

export interface PlannedReview {
  reviewerEmail: string;
  /** The period the digest is sent as: a deferred email of period P is still P's digest. */
  periodKey: string;
  planIds: string[];
  /** True for an email deferred or failed by an earlier run, sent first. */
  retry: boolean;
}

interface HeldReview extends PlannedReview {
  reason: string;
}

export interface ReviewRunPlan {
  /** In sending order: retries (oldest period first), then this period's reviewers. */
  toSend: PlannedReview[];
  /** Not attempted for lack of quota: log as "deferred"; the next run sends them first. */
  toDefer: HeldReview[];
  /** Outstanding emails given up: log as "skipped" with the reason. */
  toSkip: HeldReview[];
  /** Reviewers whose digest for the run's period is already sent or possibly sent. */
  alreadySent: string[];
  /** "sending" rows left by a run that died: set their reason to UNKNOWN_OUTCOME_REASON. */
  unknownOutcome: LedgerEntry[];
}

interface ReviewRunInput {
  /** The period this run sends; null when none is due and only outstanding emails are retried. */
  period: string | null;
  reviewers: ReadonlyMap<string, readonly PlanSummary[]>;
  ledger: readonly LedgerEntry[];
  /** MailApp.getRemainingDailyQuota(): recipients that may still be emailed today. */
  remainingQuota: number;
  /** Recipients per digest (one reviewer each): what one email costs of the quota. */
  recipientsPerEmail?: number;
}

const keyOf = (email: string, periodKey: string) => `${email}\u0000${periodKey}`;

interface KeyState {
  email: string;
  periodKey: string;
  /** Sent, or possibly sent ("sending"): never send again. */
  closed: boolean;
  skipped: boolean;
  latest: LedgerEntry;
  failures: number;
}

/** The state of every (reviewer, period) the ledger knows, from its review rows in log order. */
function reviewStates(ledger: readonly LedgerEntry[]): Map<string, KeyState> {
  const states = new Map<string, KeyState>();
  for (const e of ledger) {
    if (e.kind !== "review" || e.recipient === "") continue;
    const key = keyOf(e.recipient, e.periodKey);
    const s = states.get(key) ?? {
      email: e.recipient,
      periodKey: e.periodKey,
      closed: false,
      skipped: false,
      latest: e,
      failures: 0,
    };
    s.latest = e;
    if (e.status === "sent" || e.status === "sending") s.closed = true;
    if (e.status === "skipped") s.skipped = true;
    if (e.status === "failed") s.failures += 1;
    states.set(key, s);
  }
  return states;
}

/** Deferred or failed emails not yet sent, oldest period first. */
export function outstandingReviews(ledger: readonly LedgerEntry[]): LedgerEntry[] {
  return [...reviewStates(ledger).values()]
    .filter(
      (s) =>
        !s.closed && !s.skipped && (s.latest.status === "deferred" || s.latest.status === "failed"),
    )
    .sort((a, b) =>
      a.periodKey === b.periodKey
        ? a.email.localeCompare(b.email)
        : a.periodKey.localeCompare(b.periodKey),
    )
    .map((s) => s.latest);
}

export function planReviewRun(input: ReviewRunInput): ReviewRunPlan {
  const cost = Math.max(1, input.recipientsPerEmail ?? 1);
  let quota = Number.isFinite(input.remainingQuota) ? Math.max(0, input.remainingQuota) : 0;
  const states = reviewStates(input.ledger);
  const plan: ReviewRunPlan = {
    toSend: [],
    toDefer: [],
    toSkip: [],
    alreadySent: [],
    unknownOutcome: input.ledger.filter(
      (e) => e.status === "sending" && e.reason !== UNKNOWN_OUTCOME_REASON,
    ),
  };

  // Each reviewer's newest period sent (or possibly sent): an older one is never sent after it.
  const newestClosed = new Map<string, string>();
  for (const s of states.values()) {
    if (s.closed && s.periodKey > (newestClosed.get(s.email) ?? "")) {
      newestClosed.set(s.email, s.periodKey);
    }
  }
  const candidates: PlannedReview[] = [];
  const planned = new Set<string>();
  for (const e of outstandingReviews(input.ledger)) {
    const state = states.get(keyOf(e.recipient, e.periodKey));
    const pairs = input.reviewers.get(e.recipient) ?? [];
    const item = {
      reviewerEmail: e.recipient,
      periodKey: e.periodKey,
      planIds: pairs.map((p) => p.planId),
      retry: true,
    };
    planned.add(keyOf(e.recipient, e.periodKey));
    const newer = newestClosed.get(e.recipient);
    if (newer !== undefined && newer > e.periodKey) {
      plan.toSkip.push({ ...item, reason: `${NEWER_PERIOD_SENT_REASON} (${newer})` });
    } else if (pairs.length === 0) {
      plan.toSkip.push({ ...item, reason: "no pairs to review any more" });
    } else if ((state?.failures ?? 0) >= MAX_FAILED_ATTEMPTS) {
      plan.toSkip.push({
        ...item,
        reason: `gave up after ${MAX_FAILED_ATTEMPTS} failed attempts: ${e.reason}`,
      });
    } else {
      candidates.push(item);
    }
  }

  if (input.period !== null) {
    for (const [email, pairs] of input.reviewers) {
      const key = keyOf(email, input.period);
      const state = states.get(key);
      if (state?.closed) {
        plan.alreadySent.push(email);
        continue;
      }
      // Outstanding for this period (already a candidate) or given up on: nothing new to add.
      if (planned.has(key) || state?.skipped || pairs.length === 0) continue;
      candidates.push({
        reviewerEmail: email,
        periodKey: input.period,
        planIds: pairs.map((p) => p.planId),
        retry: false,
      });
    }
  }

  for (const c of candidates) {
    if (quota >= cost) {
      quota -= cost;
      plan.toSend.push(c);
    } else {
      plan.toDefer.push({ ...c, reason: QUOTA_REASON });
    }
  }
  return plan;
}

/**
 * Log rows for pairs that have no usable reviewer (or whose tab is gone), once per pair, message
 * and period (a second run in the period does not repeat them). `value` becomes the row's
 * recipient: never a valid reviewer's address, or that reviewer's period would read as skipped.
 */
export function reviewerProblemEntries(
  problems: readonly { planId: string; message: string; value: string }[],
  periodKey: string,
  ledger: readonly LedgerEntry[],
  now: Date,
  run: Date,
): LedgerEntry[] {
  const logged = new Set(
    ledger
      .filter((e) => e.kind === "review" && e.status === "skipped" && e.periodKey === periodKey)
      .flatMap((e) => e.planIds.map((id) => `${id}\u0000${e.reason}`)),
  );
  return problems
    .filter((p) => !logged.has(`${p.planId}\u0000${p.message}`))
    .map((p) => ({
      row: null,
      time: now,
      kind: "review" as const,
      periodKey,
      recipient: p.value.toLowerCase(),
      planIds: [p.planId],
      status: "skipped" as const,
      reason: p.message,
      completion: new Map<string, number>(),
      run,
    }));
}

/** A log row for a planned email: "sending" before the send, "sent"/"failed" after, or "deferred". */
export function reviewEntry(
  item: PlannedReview,
  status: LedgerEntry["status"],
  at: { now: Date; run: Date },
  reason = "",
  completion: ReadonlyMap<string, number> = new Map(),
): LedgerEntry {
  return {
    row: null,
    time: at.now,
    kind: "review",
    periodKey: item.periodKey,
    recipient: item.reviewerEmail,
    planIds: [...item.planIds],
    status,
    reason,
    completion: new Map(completion),
    run: at.run,
  };
}
