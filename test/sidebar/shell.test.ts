// The sidebar's shell: which view opens first (the template's data-initial-view, docs/design.md
// "Entry points": insertPlanFromMenu opens the sidebar on the new-plan form).
import { describe, expect, it } from "vitest";
import { errorText, viewNameFrom } from "../../sidebar/context";
import { plansCountText } from "../../sidebar/views/home";

describe("viewNameFrom", () => {
  it("accepts the three views", () => {
    expect(viewNameFrom("home")).toBe("home");
    expect(viewNameFrom("newPlan")).toBe("newPlan");
    expect(viewNameFrom("reviews")).toBe("reviews");
  });

  it("names no view for an unevaluated scriptlet, an empty value or anything else", () => {
    expect(viewNameFrom("<?= initialView ?>")).toBeNull();
    expect(viewNameFrom("")).toBeNull();
    expect(viewNameFrom(undefined)).toBeNull();
    expect(viewNameFrom("constructor")).toBeNull();
    expect(viewNameFrom("NEWPLAN")).toBeNull();
  });
});

describe("errorText", () => {
  it("reads an Error's message, and anything else as text", () => {
    expect(errorText(new Error("Lock timeout"))).toBe("Lock timeout");
    expect(errorText("plain")).toBe("plain");
  });
});

describe("plansCountText", () => {
  it("counts plans in words", () => {
    expect(plansCountText(0)).toBe("No plans yet");
    expect(plansCountText(1)).toBe("1 plan");
    expect(plansCountText(12)).toBe("12 plans");
  });
});
