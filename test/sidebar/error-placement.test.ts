// Where field errors go (next to their fields), whether they come
// from the sidebar's own check or from the server.
import { describe, expect, it } from "vitest";
import { errorSummary, fieldFor, placeErrors } from "../../sidebar/error-placement";

const SLOTS = [
  "menteeName",
  "menteeEmail",
  "goals",
  "goals.0.text",
  "goals.0.actions",
  "goals.1.text",
  "goals.1.actions",
];

describe("fieldFor", () => {
  it("finds the most specific field for a dotted path", () => {
    const slots = new Set(SLOTS);
    expect(fieldFor("menteeEmail", slots)).toBe("menteeEmail");
    expect(fieldFor("goals.1.text", slots)).toBe("goals.1.text");
    expect(fieldFor("goals.0.actions.2.owner", slots)).toBe("goals.0.actions");
    expect(fieldFor("goals.7.text", slots)).toBe("goals");
    expect(fieldFor("form", slots)).toBeNull();
    expect(fieldFor("programReviewers.0", slots)).toBeNull();
  });
});

describe("placeErrors", () => {
  it("puts each error on its field and the focus on the first field in screen order", () => {
    const placed = placeErrors(
      {
        "goals.1.text": "Goal is required.",
        menteeEmail: "Mentee email must be a valid email address.",
      },
      SLOTS,
    );
    expect([...placed.byField]).toEqual([
      ["goals.1.text", "Goal is required."],
      ["menteeEmail", "Mentee email must be a valid email address."],
    ]);
    expect(placed.first).toBe("menteeEmail");
    expect(placed.general).toEqual([]);
  });

  it("keeps the first message when several errors land on one field", () => {
    const placed = placeErrors(
      {
        "goals.0.actions.0.text": "Action is required.",
        "goals.0.actions.3.owner": "Owner must be Mentee, Mentor or Both.",
      },
      SLOTS,
    );
    expect(placed.byField.get("goals.0.actions")).toBe("Action is required.");
    expect(placed.byField.size).toBe(1);
  });

  it("shows what fits no field at the top, so no message is lost", () => {
    const placed = placeErrors(
      { form: "Another plan is being inserted; try again.", unknownField: "Odd." },
      SLOTS,
    );
    expect(placed.byField.size).toBe(0);
    expect(placed.general).toEqual(["Another plan is being inserted; try again.", "Odd."]);
    expect(placed.first).toBeNull();
  });
});

describe("errorSummary", () => {
  it("counts the fields to fix, or repeats the only general message", () => {
    expect(errorSummary(placeErrors({ menteeName: "x" }, SLOTS))).toBe(
      "1 field needs your attention.",
    );
    expect(errorSummary(placeErrors({ menteeName: "x", "goals.0.text": "y" }, SLOTS))).toBe(
      "2 fields need your attention.",
    );
    expect(errorSummary(placeErrors({ form: "Busy, try again." }, SLOTS))).toBe("Busy, try again.");
  });
});
