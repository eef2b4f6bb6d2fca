import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asLiteralText, needsLiteralPrefix } from "../../../src/domain/sheet/literal-text";

// Sheets keeps what follows a leading apostrophe as text and hides the apostrophe
// (USER_ENTERED parsing: https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption).
const stored = (written: string) => (written.startsWith("'") ? written.slice(1) : written);

describe("asLiteralText", () => {
  it.each([
    '=HYPERLINK("http://evil","x")',
    "+1 promotion",
    "-fix the build",
    "@channel",
    "'quoted",
    "12 months",
    "3/4 of the team",
    ".5 FTE",
    "$100 budget",
    "(draft) plan",
    "TRUE",
    "false",
    "Mar 5",
    "june 2026 launch",
    " =1+1",
  ])("escapes %j so Sheets stores it as that text", (text) => {
    expect(asLiteralText(text)).toBe(`'${text}`);
    expect(stored(asLiteralText(text))).toBe(text);
  });

  it.each(["Ana López", "Shadow my mentor", "Ana=1", "Marketing plan", "Truely", "é"])(
    "leaves plain text %j as is",
    (text) => {
      expect(asLiteralText(text)).toBe(text);
    },
  );

  it("leaves the empty string empty (an empty cell)", () => {
    expect(asLiteralText("")).toBe("");
    expect(needsLiteralPrefix("")).toBe(false);
  });

  it("always round-trips: what Sheets stores is the text that was typed", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const written = asLiteralText(text);
        expect(stored(written)).toBe(text);
        // Nothing formula-like is ever written without the escape.
        if (/^\s*[=+\-@]/.test(text)) expect(written.startsWith("'")).toBe(true);
      }),
    );
  });
});
