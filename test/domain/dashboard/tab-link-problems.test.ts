/** Plans whose link to a tab is not one-to-one, and action rows wiped by merged cells. */
import { describe, expect, it } from "vitest";
import { pickPlanTab } from "../../../src/domain/dashboard/tab-link-problems";
import { parsePlanTab } from "../../../src/domain/plan-reading/parse-plan-tab";
import { layoutPlanTab } from "../../../src/domain/plan-tab/layout";
import { templateById } from "../../../src/domain/templates";
import { summary } from "../review/fixtures";
import { planForm } from "../support/plan-form-fixture";

const TZ = "Europe/London";

function tabValues(): unknown[][] {
  const form = planForm("move-into-management");
  const model = layoutPlanTab({
    planId: "plan-000000000001",
    form,
    template: templateById(form.templateId),
    timeZone: TZ,
    coordinatorEmail: "",
  });
  // As Sheets stores them: the apostrophe that keeps text literal is not part of the text.
  return model.values.map((row) =>
    row.map((v) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : v)),
  );
}

const parse = (values: unknown[][]) =>
  parsePlanTab({ planId: "plan-000000000001", sheetName: "Plan · Ana", values, timeZone: TZ });

describe("cells merged over action rows", () => {
  it("a clean tab names no wiped row", () => {
    const messages = parse(tabValues()).problems.map((p) => p.message);
    expect(messages.filter((m) => /merged/.test(m))).toEqual([]);
  });

  it("C:H of two action rows merged: the status-less row and the wiped row are both named", () => {
    const values = tabValues();
    const first = values.findIndex((r) => r[0] === "ACTIONS") + 2;
    // Merging C:H of two rows keeps only the top-left value (https://support.google.com/docs/answer/9092054).
    for (let c = 3; c < 8; c++) (values[first] as unknown[])[c] = "";
    for (let c = 2; c < 8; c++) (values[first + 1] as unknown[])[c] = "";
    const messages = parse(values).problems.map((p) => p.message);
    expect(messages).toContain(
      `Action in row ${first + 1} has no status (read as Not started): its cell is empty, cleared or under merged cells (Format → Merge cells → Unmerge, then choose a status)`,
    );
    expect(
      messages.some((m) => m.startsWith(`Action in row ${first + 2} has a goal # but no action`)),
    ).toBe(true);
  });
});

describe("pickPlanTab", () => {
  it("picks the tab with the latest check-in, then the most actions done, then the first", () => {
    const a = { summary: summary({ lastCheckIn: new Date("2026-02-01"), actionsDone: 1 }) };
    const b = { summary: summary({ lastCheckIn: new Date("2026-02-10"), actionsDone: 0 }) };
    const c = { summary: summary({ lastCheckIn: new Date("2026-02-10"), actionsDone: 3 }) };
    expect(pickPlanTab([a, b])).toBe(b);
    expect(pickPlanTab([a, b, c])).toBe(c);
    expect(pickPlanTab([a, { summary: { ...a.summary } }])).toBe(a);
  });
});
