/**
 * A mentee who is a plain editor of the program spreadsheet works in their plan tab as pairs do
 * ("pairs insert rows inside sections", docs/design.md): in every section they insert a row,
 * fill it and delete it, through the Sheets UI, where protection applies to them exactly as it
 * does to a script. Only section labels and column headers are protected
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection).
 */
import { describe, expect, it } from "vitest";
import { SECTION_TITLES } from "../../src/domain/plan-tab/sections";
import type { InsertPlanResult } from "../../src/domain/sidebar-contract/replies";
import { COORDINATOR, planForm, ReviewProgram } from "./review-fixture";

const PROTECTED =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

function programWithMentee() {
  const p = new ReviewProgram();
  const pair = p.insert({ mentee: "Ann", mentor: "Mo", reviewer: "rita@example.com" });
  p.env.sharing.addEditor(pair.menteeEmail);
  p.env.sharing.addEditor(pair.mentorEmail);
  return { p, pair };
}

const titleRow = (p: ReviewProgram, sheet: string, title: string) =>
  p.env.inspect.sheetValues(sheet).findIndex((r) => r[0] === title) + 1;

describe("a mentee edits their plan in every section", () => {
  for (const title of Object.values(SECTION_TITLES)) {
    it(`${title}: inserts a row, fills it and deletes it; the section's label and headers stay protected`, () => {
      const { p, pair } = programWithMentee();
      const sheet = pair.sheetName;
      p.env.setUser(pair.menteeEmail);
      const t = titleRow(p, sheet, title);
      const firstContent = t + 2;
      const rowsBefore = p.env.inspect.sheetValues(sheet).length;
      // Inside the section: below its first content row, and above that row too.
      p.env.userInsertRowsAfter(sheet, firstContent);
      p.env.userEdit(sheet, `A${firstContent + 1}`, [["typed by the mentee", "x", "", "note"]]);
      expect(p.env.inspect.sheetValues(sheet)[firstContent]?.[0]).toBe("typed by the mentee");
      p.env.userInsertRowsBefore(sheet, firstContent);
      p.env.userDeleteRows(sheet, firstContent);
      p.env.userDeleteRows(sheet, firstContent + 1);
      expect(p.env.inspect.sheetValues(sheet)).toHaveLength(rowsBefore);
      expect(() => p.env.userEdit(sheet, `A${t}`, "renamed")).toThrow(PROTECTED);
      expect(() => p.env.userEdit(sheet, `B${t + 1}`, "renamed")).toThrow(PROTECTED);
      expect(() => p.env.userDeleteRows(sheet, t)).toThrow(PROTECTED);
      // The coordinator's Dashboard still reads the plan whole.
      p.env.setUser(COORDINATOR);
      const refreshed = p.bundle.call<{ plans: number; problems: number }>("refreshDashboard");
      expect(refreshed).toMatchObject({ plans: 1, problems: 0 });
    });
  }

  it("the mentor, a plain editor too, logs a check-in in a row they insert at the end of PROGRESS", () => {
    const { p, pair } = programWithMentee();
    const sheet = pair.sheetName;
    p.env.setUser(pair.mentorEmail);
    const next = titleRow(p, sheet, SECTION_TITLES.nextSteps);
    p.env.userInsertRowsBefore(sheet, next); // the row just above NEXT STEPS: PROGRESS's last
    p.env.userEdit(sheet, `A${next}`, [["2026-01-09", "Both", "Course", "Good start", "", 4]]);
    p.env.setUser(COORDINATOR);
    expect(p.bundle.call("refreshDashboard")).toMatchObject({ plans: 1, problems: 0 });
  });
});

describe("a coordinator whose access comes through a Google Group", () => {
  it("inserts a plan: the protection keeps them as an editor (Google's sample adds them first)", () => {
    const p = new ReviewProgram();
    p.env.sharing.addGroup("program-leads@example.org", ["deputy@example.org"]);
    p.scheduleReviews({ coordinators: ["deputy@example.org"] });
    p.env.setUser("deputy@example.org");
    const result = p.bundle.call<InsertPlanResult>(
      "insertPlan",
      planForm({ mentee: "Cy", mentor: "Cal", reviewer: "uma@example.com" }),
    );
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const protections = p.env.inspect.protections(result.sheetName);
    expect(protections.length).toBeGreaterThan(0);
    for (const protection of protections) {
      expect(protection.editors).toContain("deputy@example.org");
      expect(protection.editors).not.toContain("program-leads@example.org");
      expect(protection.domainEdit).toBe(false);
    }
  });

  it("in a file shared with the whole domain, domain edit is turned off on every protection", () => {
    const p = new ReviewProgram();
    p.env.sharing.shareWithDomain("example.com");
    const pair = p.insert({ mentee: "Ann", mentor: "Mo", reviewer: "rita@example.com" });
    for (const protection of p.env.inspect.protections(pair.sheetName)) {
      expect(protection.domainEdit).toBe(false);
    }
    p.env.setUser("someone.else@example.com");
    const t = titleRow(p, pair.sheetName, SECTION_TITLES.goals);
    expect(() => p.env.userEdit(pair.sheetName, `A${t}`, "x")).toThrow(PROTECTED);
  });
});
