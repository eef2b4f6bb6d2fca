/**
 * Finished rows stay readable: the grey of done and dropped actions is at least 4.5:1 on white
 * (WCAG 1.4.3), measured on the conditional formats a real insert writes. (That overdue actions
 * are also named in words, "Late actions: #2", is checked on the evaluated tab in
 * test/playground/sheet-view.test.ts.)
 */
import { describe, expect, test } from "vitest";
import { insertPlan, openProgram, planForm } from "./program-fixture";

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe("done rows readable", () => {
  test("done and dropped rows are greyed at 4.5:1 or more", () => {
    const { env, bundle } = openProgram();
    const plan = insertPlan(bundle, planForm("move-into-management"));
    const greys = env.inspect
      .conditionalRules(plan.sheetName)
      .map((r) => r.format.fontColor)
      .filter((c): c is string => typeof c === "string");
    expect(greys.length).toBeGreaterThan(0);
    for (const colour of greys) expect(contrast(colour, "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });
});
