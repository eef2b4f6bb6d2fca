/**
 * Bulk creation's service calls (scripts/bench/intake-bench.ts, docs/performance.md "Intake"),
 * through the built bundle: a plan's own calls stay within MAX_CALLS_PER_PLAN, and when the
 * coordinator owns the spreadsheet each of a plan's 11 label ranges costs 2 protection calls,
 * not 3 (the owner can never be removed from a protection, so it is not added as an editor).
 */
import { describe, expect, test } from "vitest";
import { benchBulkCreation, MAX_CALLS_PER_PLAN } from "../../scripts/bench/intake-bench";

describe("creating 10 accepted pairs' plans in bulk", () => {
  test("costs at most the target per plan besides its label protections, 2 calls a label range", () => {
    const row = benchBulkCreation(10);
    expect(row.executions).toBe(1);
    expect(row.callsPerPlan - row.protectionPerPlan).toBeLessThanOrEqual(MAX_CALLS_PER_PLAN);
    expect(row.protectionPerPlan).toBeLessThanOrEqual(2 * 11 + 2);
  }, 120_000);
});
