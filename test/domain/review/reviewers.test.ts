import { describe, expect, it } from "vitest";
import { pairsByReviewer } from "../../../src/domain/review/reviewers";
import { summary } from "./fixtures";

describe("pairsByReviewer", () => {
  it("gives each reviewer only their own pairs, by normalized email", () => {
    const a = summary({ reviewerEmail: " Rita@Example.com " });
    const b = summary({ reviewerEmail: "sam@example.com" });
    const c = summary({ reviewerEmail: "rita@example.com" });
    const { reviewers, problems } = pairsByReviewer([a, b, c], []);
    expect([...reviewers.keys()]).toEqual(["rita@example.com", "sam@example.com"]);
    expect(reviewers.get("rita@example.com")?.map((s) => s.planId)).toEqual([a.planId, c.planId]);
    expect(reviewers.get("sam@example.com")?.map((s) => s.planId)).toEqual([b.planId]);
    expect(problems).toEqual([]);
  });

  it("gives program reviewers every pair, once, including pairs lacking a reviewer", () => {
    const a = summary({ reviewerEmail: "rita@example.com" });
    const b = summary({ reviewerEmail: "" });
    const { reviewers } = pairsByReviewer(
      [a, b],
      ["Coord@Example.com", "rita@example.com", "not an email"],
    );
    expect(reviewers.get("coord@example.com")?.map((s) => s.planId)).toEqual([a.planId, b.planId]);
    // Rita is a program reviewer too: all pairs, each once.
    expect(reviewers.get("rita@example.com")?.map((s) => s.planId)).toEqual([a.planId, b.planId]);
    expect(reviewers.has("not an email")).toBe(false);
  });

  it("flags pairs with no or an invalid reviewer email without stopping the others", () => {
    const ok = summary({ reviewerEmail: "rita@example.com" });
    const none = summary({ reviewerEmail: "   " });
    const bad = summary({ reviewerEmail: "Rita Example" });
    const alsoBad = summary({ reviewerEmail: "<script>@x" });
    const { reviewers, problems } = pairsByReviewer([ok, none, bad, alsoBad], []);
    expect([...reviewers.keys()]).toEqual(["rita@example.com"]);
    expect(problems).toEqual([
      { planId: none.planId, message: "no reviewer email", value: "" },
      { planId: bad.planId, message: "reviewer email is not valid", value: "Rita Example" },
      { planId: alsoBad.planId, message: "reviewer email is not valid", value: "<script>@x" },
    ]);
  });
});
