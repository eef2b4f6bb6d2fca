import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";

// LET https://support.google.com/docs/answer/13190535 · TEXTJOIN
// https://support.google.com/docs/answer/7013992 (a result over 50,000 characters is an error) ·
// UNICHAR https://support.google.com/docs/answer/9149520 · dates are day numbers from 1899-12-30
// (https://support.google.com/docs/answer/3092969).
const TAIL =
  ',TEXTJOIN(UNICHAR(9247),FALSE,ARRAYFORMULA(IFERROR(IF(ISNUMBER(r),"n"&r,IF(ISLOGICAL(r),"b"&r,"s"&r)),"e"))))';
const formula = (ref: string) => `=LET(r,${ref}${TAIL}`;
const SEP = String.fromCharCode(9247);

function setup() {
  const env = createEnvironment({ timeZone: "Europe/London" });
  const book = env.globals.SpreadsheetApp.getActive();
  const tab = book.insertSheet("Ana's plan");
  tab.deleteRows(3, tab.getMaxRows() - 2);
  tab.getRange(1, 1, 2, 4).setValues([
    ["Title", "", "", "h1"],
    ["a", 2.5, true, new Date("2026-03-02T00:00:00Z")],
  ]);
  const feed = book.insertSheet("Feed");
  return { env, book, tab, feed };
}

describe("the feed-text formula is evaluated when read", () => {
  test("the named sheet's A1:<col>, row by row, each cell tagged, in one cell", () => {
    const { tab, feed } = setup();
    feed.getRange("B1").setValue(formula("'Ana''s plan'!A1:D"));
    const expected = ["sTitle", "s", "s", "sh1", "sa", "n2.5", "bTRUE", "n46083"].join(SEP);
    expect(feed.getRange("B1").getValue()).toBe(expected);
    expect(feed.getRange("B1").getFormula()).toBe(formula("'Ana''s plan'!A1:D"));
    // One cell: nothing spills.
    expect(feed.getLastColumn()).toBe(2);
    tab.getRange("B1").setValue("edited");
    expect(String(feed.getRange("B1").getValue()).split(SEP)[1]).toBe("sedited");
  });

  test("a date with a time is a fraction of a day, in the spreadsheet's zone", () => {
    const { tab, feed } = setup();
    tab.getRange("A1").setValue(new Date("2026-07-01T11:00:00Z")); // 12:00 in London (BST)
    feed.getRange("A1").setValue(formula("'Ana''s plan'!A1:A"));
    expect(String(feed.getRange("A1").getValue()).split(SEP)[0]).toBe("n46204.5");
  });

  test("an error cell is caught (e); a name that is no sheet reads #REF!", () => {
    const { tab, feed } = setup();
    tab.getRange("A1").setValue("#DIV/0!");
    feed.getRange("A1:A2").setValues([[formula("'Ana''s plan'!A1:A")], [formula("'Nope'!A1:A")]]);
    expect(String(feed.getRange("A1").getValue()).split(SEP)[0]).toBe("e");
    expect(feed.getRange("A2").getValue()).toBe("#REF!");
  });

  test("renaming the sheet rewrites the formula; deleting it makes it #REF!", () => {
    const { env, feed } = setup();
    feed.getRange("A1").setValue(formula("'Ana''s plan'!A1:D"));
    env.userRenameSheet("Ana's plan", "Renamed");
    expect(feed.getRange("A1").getFormula()).toBe(formula("'Renamed'!A1:D"));
    expect(String(feed.getRange("A1").getValue())).toMatch(/^sTitle/);
    env.userDeleteSheet("Renamed");
    expect(feed.getRange("A1").getFormula()).toBe(formula("#REF!"));
    expect(feed.getRange("A1").getValue()).toBe("#REF!");
  });

  test("a result over 50,000 characters reads #VALUE!, as TEXTJOIN's limit", () => {
    const { tab, feed } = setup();
    tab.getRange("A2").setValue("x".repeat(50_000));
    feed.getRange("A1").setValue(formula("'Ana''s plan'!A1:D"));
    expect(feed.getRange("A1").getValue()).toBe("#VALUE!");
  });

  test("a read is counted with the characters of text it returns", () => {
    const { env, feed } = setup();
    feed.getRange("A1").setValue(formula("'Ana''s plan'!A1:D"));
    const m = env.calls.measure(() => feed.getRange("A1").getValues());
    expect(m.calls).toBe(1);
    const read = env.calls.log.at(-1);
    expect(read).toMatchObject({ method: "getValues", cells: 1 });
    expect(read?.chars).toBe(String(feed.getRange("A1").getValue()).length);
  });
});

// EXACT https://support.google.com/docs/answer/3098241 (case and every character count) · IF
// https://support.google.com/docs/answer/3093364 (an error in its value is its result).
const JOIN =
  'TEXTJOIN(UNICHAR(9247),FALSE,ARRAYFORMULA(IFERROR(IF(ISNUMBER(r),"n"&r,IF(ISLOGICAL(r),"b"&r,"s"&r)),"e")))';
const marked = (ref: string, cell: string) => `=LET(r,${ref},t,${JOIN},IF(EXACT(t,${cell}),"=",t))`;

describe("the marked feed-text formula shows a mark while the text is a cell's", () => {
  test("the text until the cell holds exactly it, then the mark; an edit brings the text back", () => {
    const { tab, feed } = setup();
    feed.getRange("B3").setValue(marked("'Ana''s plan'!A1:D", "D3"));
    const text = String(feed.getRange("B3").getValue());
    expect(text.split(SEP)[0]).toBe("sTitle");
    feed.getRange("D3").setValue(text.toUpperCase());
    expect(feed.getRange("B3").getValue()).toBe(text); // EXACT is case-sensitive
    feed.getRange("D3").setValue(text);
    expect(feed.getRange("B3").getValue()).toBe("=");
    tab.getRange("A2").setValue("b");
    expect(String(feed.getRange("B3").getValue()).split(SEP)[4]).toBe("sb");
  });

  test("a cell of another row is read as stored; errors pass through EXACT", () => {
    const { env, feed } = setup();
    feed.getRange("B1").setValue(marked("'Ana''s plan'!A1:D", "D2"));
    feed.getRange("D2").setValue(String(feed.getRange("B1").getValue()));
    expect(feed.getRange("B1").getValue()).toBe("=");
    env.userRenameSheet("Ana's plan", "Renamed");
    expect(feed.getRange("B1").getFormula()).toBe(marked("'Renamed'!A1:D", "D2"));
    expect(feed.getRange("B1").getValue()).toBe("=");
    env.userDeleteSheet("Renamed");
    expect(feed.getRange("B1").getFormula()).toBe(marked("#REF!", "D2"));
    expect(feed.getRange("B1").getValue()).toBe("#REF!");
  });
});
