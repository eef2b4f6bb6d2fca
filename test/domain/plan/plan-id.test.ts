import { describe, expect, it } from "vitest";
import { isPlanId, newPlanId } from "../../../src/domain/plan/plan-id";

describe("newPlanId", () => {
  it("takes the last 12 hex digits of a UUID, lower-case", () => {
    expect(newPlanId("3F2A9C1E-7b4d-4c1a-9e2f-0A1B2C3D4E5F")).toBe("plan-0a1b2c3d4e5f");
    expect(isPlanId(newPlanId("00000000-0000-4000-8000-000000000000"))).toBe(true);
  });

  it("is stable for the same UUID and differs for UUIDs that share their first digits", () => {
    const a = "a1b2c3d4-0000-4000-8000-000000000001";
    expect(newPlanId(a)).toBe(newPlanId(a));
    expect(newPlanId(a)).not.toBe(newPlanId("a1b2c3d4-0000-4000-8000-000000000002"));
  });

  it.each(["", "xyz", "1234567", "g1b2c3d4-0000", "3f2a-9c1e-7b4d"])("rejects %j", (bad) => {
    expect(() => newPlanId(bad)).toThrow(/expected a UUID/);
  });

  it("isPlanId accepts only the plan-<12 hex> shape", () => {
    expect(isPlanId("plan-0a1b2c3d4e5f")).toBe(true);
    expect(isPlanId("plan-0A1B2C3D4E5F")).toBe(false);
    expect(isPlanId("plan-0a1b2c3d")).toBe(false);
    expect(isPlanId(42)).toBe(false);
  });
});
