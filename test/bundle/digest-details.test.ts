/**
 * The digest's details through the bundle, from a real plan tab a pair has filled in: a long
 * overdue list is capped with a pointer to the plan, a next step whose date has passed says
 * late, an entry the tab could not read becomes a sentence a manager understands, and the
 * health says why. Read through the preview (what "Send" would mail), and in the sent email.
 */
import { describe, expect, it } from "vitest";
import type { InsertPlanResult, ReviewPreview } from "../../src/domain/sidebar-contract/replies";
import { planForm, ReviewProgram } from "./review-fixture";

function kaiWithEightActions(p: ReviewProgram) {
  const form = {
    ...planForm({ mentee: "Kai Lund", mentor: "Mo Reyes", reviewer: "rita@example.com" }),
    goals: [
      {
        text: "Run the team's weekly planning meeting",
        successCriteria: "Ran three planning meetings.",
        targetDate: "2026-03-31",
        actions: Array.from({ length: 8 }, (_, i) => ({
          text: `Step ${i + 1} of the planning goal`,
          owner: "Mentee" as const,
          dueInDays: i + 1, // 6 to 13 January
          resources: "",
        })),
      },
    ],
  };
  const result = p.bundle.call<InsertPlanResult>("insertPlan", form);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("digest details", () => {
  it("caps overdue actions, marks a past next step late, explains what could not be read", () => {
    const p = new ReviewProgram(); // Tuesday 6 January 2026
    const kai = kaiWithEightActions(p);
    p.advanceTo("2026-02-02T08:00:00Z");
    const values = p.env.inspect.sheetValues(kai.sheetName);
    const steps = values.findIndex((r) => r[0] === "NEXT STEPS") + 3;
    p.env.userEdit(kai.sheetName, `A${steps}`, [
      ["Send the course link", "Mentor", "2026-01-20", "No"],
    ]);
    p.env.userEdit(kai.sheetName, `A${steps + 1}`, [
      ["Book the demo room", "Both", "2026-03-02", "No"],
    ]);
    // Pasted over the date validation: the check-in's date is text the add-on cannot read.
    p.logCheckIn(kai.sheetName, "sometime last week", "Talked about planning");

    const { html } = p.bundle.call<ReviewPreview>("previewReview", "rita@example.com");
    // The unreadable check-in does not count: four weeks without one.
    expect(html).toContain("Stalled — no check-in in the 28 days since the start");
    // The five most days late are listed, the rest counted.
    for (const step of [1, 2, 3, 4, 5]) expect(html).toContain(`Step ${step} of the planning goal`);
    expect(html).not.toContain("Step 6 of the planning goal");
    expect(html).toContain("and 3 more — see the plan");
    expect(html).toMatch(
      /Send the course link — Mentor <span[^>]*>by 20 Jan 2026<\/span> <span[^>]*>\(late\)<\/span>/,
    );
    expect(html).toMatch(
      /Book the demo room — Both <span[^>]*>by 2 Mar 2026<\/span>(?! <span[^>]*>\(late)/,
    );
    expect(html).toContain(
      "One entry in this plan&#39;s tab could not be read, so the figures above may leave it out. The coordinator sees what to fix in the Dashboard&#39;s Problems column.",
    );
    expect(html).not.toMatch(/item\(s\)/);

    // The email sent for the period says the same in its plain-text body.
    p.scheduleReviews({ programReviewers: [] });
    p.advanceTo("2026-02-02T11:00:00Z");
    const [mail] = p.digestsTo("rita@example.com");
    expect(mail?.body).toContain("and 3 more — see the plan");
    expect(mail?.body).toContain("Send the course link — Mentor by 20 Jan 2026 (late)");
    expect(mail?.body).toContain("One entry in this plan's tab could not be read");
  });
});
