import { describe, expect, it } from "vitest";
import { isPlanId, newPlanId } from "../../src/domain/plan-id";

describe("newPlanId", () => {
  it("takes the first 8 hex digits of a UUID, lower-case", () => {
    expect(newPlanId("3F2A9C1E-7b4d-4c1a-9e2f-0a1b2c3d4e5f")).toBe("plan-3f2a9c1e");
    expect(newPlanId("3f2a-9c1e-7b4d")).toBe("plan-3f2a9c1e");
    expect(isPlanId(newPlanId("00000000-0000-4000-8000-000000000000"))).toBe(true);
  });

  it("is stable for the same UUID and differs for different ones", () => {
    const a = "a1b2c3d4-0000-4000-8000-000000000000";
    expect(newPlanId(a)).toBe(newPlanId(a));
    expect(newPlanId(a)).not.toBe(newPlanId("a1b2c3d5-0000-4000-8000-000000000000"));
  });

  it.each(["", "xyz", "1234567", "g1b2c3d4-0000"])("rejects %j", (bad) => {
    expect(() => newPlanId(bad)).toThrow(/expected a UUID/);
  });

  it("isPlanId accepts only the plan-xxxxxxxx shape", () => {
    expect(isPlanId("plan-0a1b2c3d")).toBe(true);
    expect(isPlanId("plan-0A1B2C3D")).toBe(false);
    expect(isPlanId("plan-0a1b2c3")).toBe(false);
    expect(isPlanId(42)).toBe(false);
  });
});
