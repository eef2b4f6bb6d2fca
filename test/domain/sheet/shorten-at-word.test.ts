import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SHOWN_NAME_MAX_LENGTH, shortenAtWord } from "../../../src/domain/sheet/shorten-at-word";

const length = (s: string) => Array.from(s).length;
const LONG_NAME =
  "María de los Ángeles Fernández-Castillo y Rodríguez de la Fuente, Directora de Operaciones Regionales";

describe("shortenAtWord", () => {
  it("leaves a name that fits alone (on one line)", () => {
    expect(shortenAtWord("Ana López", 80)).toBe("Ana López");
    expect(shortenAtWord("  Ana \n López ", 80)).toBe("Ana López");
    expect(shortenAtWord("x".repeat(80), 80)).toBe("x".repeat(80));
  });

  it("cuts a long name after its last whole word that fits, with an ellipsis", () => {
    const shown = shortenAtWord(LONG_NAME, SHOWN_NAME_MAX_LENGTH);
    expect(shown).toBe(
      "María de los Ángeles Fernández-Castillo y Rodríguez de la Fuente, Directora de…",
    );
    expect(length(shown)).toBeLessThanOrEqual(SHOWN_NAME_MAX_LENGTH);
  });

  it("keeps a word that ends exactly where the room ends", () => {
    // 9 characters of room before the ellipsis: "Ana Lopez" fits whole.
    expect(shortenAtWord("Ana Lopez Garcia", 10)).toBe("Ana Lopez…");
    expect(shortenAtWord("Anabel Lopezz", 10)).toBe("Anabel…");
  });

  it("drops punctuation left before the ellipsis", () => {
    expect(shortenAtWord("Ana López, Head of People", 14)).toBe("Ana López…");
    expect(shortenAtWord("Ana López - Head of People", 14)).toBe("Ana López…");
  });

  it("cuts inside a word only when the word is longer than half the room", () => {
    expect(shortenAtWord("A Bartholomewsonsonsonson", 10)).toBe("A Barthol…");
    expect(shortenAtWord("😀".repeat(100), 10)).toBe(`${"😀".repeat(9)}…`);
  });

  it("refuses a room that is not a positive whole number", () => {
    expect(() => shortenAtWord("Ana", 0)).toThrow(RangeError);
    expect(() => shortenAtWord("Ana", 2.5)).toThrow(RangeError);
  });

  it("for any text: at most the room, a prefix of the text, ellipsis exactly when cut", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200, unit: "grapheme" }),
        fc.integer({ min: 2, max: 120 }),
        (text, max) => {
          const line = text.replace(/\s+/g, " ").trim();
          const shown = shortenAtWord(text, max);
          expect(length(shown)).toBeLessThanOrEqual(max);
          if (length(line) <= max) {
            expect(shown).toBe(line);
            return;
          }
          expect(shown.endsWith("…")).toBe(true);
          const head = shown.slice(0, -1);
          expect(line.startsWith(head)).toBe(true);
          expect(head).not.toMatch(/[\uD800-\uDBFF]$/);
        },
      ),
    );
  });
});
