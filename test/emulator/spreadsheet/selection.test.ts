import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet";

function twoSheets() {
  const env = createEnvironment();
  env.userInsertSheet("Data");
  env.userSelect("Sheet1", "A1");
  return env;
}

describe("the active selection", () => {
  test(`a new sheet's selection is A1; the user's selection is what getActiveRange returns (${REF}/spreadsheet-app#getActiveRange())`, () => {
    const env = twoSheets();
    const app = env.globals.SpreadsheetApp;
    expect(app.getActiveRange().getA1Notation()).toBe("A1");
    env.userSelect("Data", "B2:C5", "C3");
    expect(app.getActiveSheet().getName()).toBe("Data");
    expect(app.getActiveRange().getA1Notation()).toBe("B2:C5");
    expect(app.getCurrentCell().getA1Notation()).toBe("C3");
    const ss = app.getActiveSpreadsheet();
    expect(ss.getActiveRange().getA1Notation()).toBe("B2:C5");
    expect(ss.getActiveCell().getA1Notation()).toBe("C3");
    expect(app.getSelection().getActiveSheet().getName()).toBe("Data");
  });

  test(`Sheet.getActiveCell is this sheet's current cell; getActiveRange is the active sheet's (${REF}/sheet#getActiveRange())`, () => {
    const env = twoSheets();
    env.userSelect("Sheet1", "D4");
    env.userSelect("Data", "A2:A3");
    const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
    const sheet1 = ss.getSheetByName("Sheet1");
    expect(sheet1?.getActiveCell().getA1Notation()).toBe("D4");
    expect(sheet1?.getActiveRange().getA1Notation()).toBe("A2:A3");
    expect(sheet1?.getActiveRange().getSheet().getName()).toBe("Data");
  });

  test(`setActiveSelection selects on that sheet, makes it active, the top-left cell current (${REF}/sheet#setActiveSelection(String))`, () => {
    const env = twoSheets();
    const app = env.globals.SpreadsheetApp;
    const data = app.getActive().getSheetByName("Data");
    const picked = data?.setActiveSelection("C2:D3");
    expect(picked?.getA1Notation()).toBe("C2:D3");
    expect(app.getActiveSheet().getName()).toBe("Data");
    expect(app.getCurrentCell().getA1Notation()).toBe("C2");
    app.getActive().setActiveSelection("Sheet1!B1");
    expect(app.getActiveRange().getA1Notation()).toBe("B1");
    expect(app.getActiveSheet().getName()).toBe("Sheet1");
    // setActiveSheet keeps the selection the sheet had.
    app.setActiveSheet(data);
    expect(app.getActiveRange().getA1Notation()).toBe("C2:D3");
    // A range of another sheet is refused by Sheet.setActiveSelection.
    const other = app.getActive().getSheetByName("Sheet1")?.getRange("A1");
    expect(() => data?.setActiveSelection(other)).toThrow("method signature");
  });

  test(`Range.activate and SpreadsheetApp.setActiveRange select too (${REF}/range#activate())`, () => {
    const env = twoSheets();
    const app = env.globals.SpreadsheetApp;
    app.getActive().getSheetByName("Data")?.getRange("E5:F6").activate();
    expect(app.getActiveRange().getA1Notation()).toBe("E5:F6");
    app.setActiveRange(app.getActive().getRange("Sheet1!A2"));
    expect(app.getActiveSheet().getName()).toBe("Sheet1");
    expect(app.getActiveRange().getA1Notation()).toBe("A2");
  });

  test("the selection survives a snapshot (the playground keeps it across restarts)", () => {
    const env = twoSheets();
    env.userSelect("Data", "B2:B4", "B3");
    const again = createEnvironment({ restore: env.serialize() });
    expect(again.globals.SpreadsheetApp.getActiveRange().getA1Notation()).toBe("B2:B4");
    expect(again.globals.SpreadsheetApp.getCurrentCell().getA1Notation()).toBe("B3");
  });
});
