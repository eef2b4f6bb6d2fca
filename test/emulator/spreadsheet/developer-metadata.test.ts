import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet";

describe("Developer metadata", () => {
  test(`metadata added to a sheet is found by key and leads back to its sheet, even after a rename (${REF}/developer-metadata-finder#find())`, () => {
    const env = createEnvironment();
    const ss = env.globals.SpreadsheetApp.getActive();
    const plan = ss.insertSheet("Plan – Ann");
    plan.addDeveloperMetadata("mentoring.planId", "plan-ann");
    ss.insertSheet("Plan – Bo").addDeveloperMetadata("mentoring.planId", "plan-bo");
    env.userRenameSheet("Plan – Ann", "Ann (2026)");
    const found = ss
      .createDeveloperMetadataFinder()
      .withKey("mentoring.planId")
      .withValue("plan-ann")
      .find();
    expect(found).toHaveLength(1);
    const meta = found[0];
    expect(meta?.getKey()).toBe("mentoring.planId");
    expect(meta?.getValue()).toBe("plan-ann");
    expect(String(meta?.getLocation().getLocationType())).toBe("SHEET");
    expect(meta?.getLocation().getSheet()).toBe(plan);
    expect(plan.getName()).toBe("Ann (2026)");
  });

  test(`sheet metadata lists only that sheet's; value-less keys read null (${REF}/sheet#addDeveloperMetadata(String))`, () => {
    const env = createEnvironment();
    const ss = env.globals.SpreadsheetApp.getActive();
    const a = ss.insertSheet("A").addDeveloperMetadata("flag");
    ss.insertSheet("B").addDeveloperMetadata("other", "x");
    expect(a.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
      ["flag", null],
    ]);
    expect(a.createDeveloperMetadataFinder().withKey("other").find()).toHaveLength(0);
  });

  test("deleting a sheet removes its metadata; remove() and setValue change a single entry (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata#remove())", () => {
    const env = createEnvironment();
    const ss = env.globals.SpreadsheetApp.getActive();
    const a = ss.insertSheet("A").addDeveloperMetadata("k", "1");
    const b = ss.insertSheet("B").addDeveloperMetadata("k", "2");
    ss.deleteSheet(a);
    expect(
      ss
        .createDeveloperMetadataFinder()
        .withKey("k")
        .find()
        .map((m) => m.getValue()),
    ).toEqual(["2"]);
    b.getDeveloperMetadata()[0]?.setValue("3");
    expect(env.inspect.metadata("B").map((m) => m.value)).toEqual(["3"]);
    b.getDeveloperMetadata()[0]?.remove();
    expect(env.inspect.metadata("B")).toEqual([]);
  });

  test("the finder's filters are local; find() is one read", () => {
    const env = createEnvironment();
    const ss = env.globals.SpreadsheetApp.getActive();
    ss.insertSheet("A").addDeveloperMetadata("k", "1");
    const m = env.calls.measure(() =>
      ss.createDeveloperMetadataFinder().withKey("k").find()[0]?.getLocation().getSheet(),
    );
    expect(m.byMethod).toEqual({ "DeveloperMetadataFinder.find": 1 });
    expect(m.roundTrips).toBe(1);
  });
});
