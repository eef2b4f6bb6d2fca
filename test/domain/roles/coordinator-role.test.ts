/**
 * Who is a coordinator (docs/design.md, "Roles"): the guard lets a listed coordinator in without
 * looking the owner up, which is only right if the list alone decides for every owner.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCoordinator, isListedCoordinator } from "../../../src/domain/roles/coordinator-role";

const address = fc.constantFrom("", "ann@example.com", " Ann@Example.com ", "bo@example.org");

describe("a coordinator listed in settings", () => {
  it("is one whoever owns the spreadsheet (or nobody: a shared drive)", () => {
    fc.assert(
      fc.property(address, address, fc.array(address, { maxLength: 3 }), (user, owner, list) => {
        if (isListedCoordinator({ user, coordinators: list })) {
          expect(isCoordinator({ user, owner, coordinators: list })).toBe(true);
        }
      }),
    );
  });

  it("matches addresses as isCoordinator does: case and spaces aside; nobody when the user is unknown", () => {
    const coordinators = [" Ann@Example.com "];
    expect(isListedCoordinator({ user: "ann@example.com", coordinators })).toBe(true);
    expect(isListedCoordinator({ user: "bo@example.org", coordinators })).toBe(false);
    expect(isListedCoordinator({ user: "", coordinators: [""] })).toBe(false);
    expect(isCoordinator({ user: "bo@example.org", owner: "BO@example.org", coordinators })).toBe(
      true,
    );
  });
});
