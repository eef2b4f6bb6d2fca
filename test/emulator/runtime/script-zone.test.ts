import { describe, expect, test } from "vitest";
import { createEnvironment, loadBundle } from "../index";

/** A bundle that reports what its Date's local-time methods and the services' values look like. */
const BUNDLE = `
function localTime() {
  var d = new Date();
  var built = new Date(2026, 0, 5, 9, 30);
  var shifted = new Date(d.getTime()); shifted.setHours(0, 0, 0, 0);
  return {
    hours: d.getHours(), date: d.getDate(), day: d.getDay(), month: d.getMonth(),
    offset: d.getTimezoneOffset(), text: d.toString(), dateText: d.toDateString(),
    built: built.toISOString(), midnight: shifted.toISOString(),
    parsed: new Date("2026-01-05T09:30:00").toISOString(),
    parsedUtc: new Date("2026-01-05").toISOString(),
    utcHours: d.getUTCHours()
  };
}
function realm() {
  var sheet = SpreadsheetApp.getActive().getSheets()[0];
  sheet.getRange("A1:B1").setValues([[new Date(Date.UTC(2026, 0, 5)), 7]]);
  var values = sheet.getRange("A1:B1").getValues();
  var triggers = ScriptApp.getProjectTriggers();
  return {
    valuesIsArray: values instanceof Array, rowIsArray: values[0] instanceof Array,
    cellIsDate: values[0][0] instanceof Date, single: sheet.getRange("A1").getValue() instanceof Date,
    triggersIsArray: triggers instanceof Array,
    sameSheet: SpreadsheetApp.getActive().getSheets()[0].getName() === sheet.getName()
  };
}
`;

function load(options: Parameters<typeof createEnvironment>[0]) {
  const env = createEnvironment(options);
  return { env, bundle: loadBundle(env, { code: BUNDLE }) };
}

describe("the bundle's Date runs in the script's time zone (https://developers.google.com/apps-script/manifest: timeZone)", () => {
  test("America/Los_Angeles while the host runs in another zone: local getters, setters, constructors, text", () => {
    const { bundle } = load({
      now: new Date("2026-01-06T05:15:00Z"), // Monday 5 Jan, 21:15 in Los Angeles (UTC-8)
      timeZone: "Pacific/Auckland",
      scriptTimeZone: "America/Los_Angeles",
    });
    const r = bundle.call<Record<string, unknown>>("localTime");
    expect(r).toMatchObject({
      hours: 21,
      date: 5,
      day: 1,
      month: 0,
      offset: 480,
      utcHours: 5,
      dateText: "Mon Jan 05 2026",
      built: "2026-01-05T17:30:00.000Z",
      midnight: "2026-01-05T08:00:00.000Z",
      parsed: "2026-01-05T17:30:00.000Z",
      parsedUtc: "2026-01-05T00:00:00.000Z",
    });
    expect(r.text).toBe("Mon Jan 05 2026 21:15:00 GMT-0800 (Pacific Standard Time)");
  });

  test("Pacific/Auckland in summer (UTC+13), across the date line from UTC", () => {
    const { bundle } = load({
      now: new Date("2026-01-05T12:00:00Z"),
      scriptTimeZone: "Pacific/Auckland",
    });
    const r = bundle.call<Record<string, unknown>>("localTime");
    expect(r).toMatchObject({ hours: 1, date: 6, day: 2, offset: -780 });
  });
});

describe("values the services hand to the bundle belong to its realm", () => {
  test("instanceof Array and instanceof Date hold for getValues, getValue and trigger lists", () => {
    const { bundle } = load({});
    expect(bundle.call("realm")).toEqual({
      valuesIsArray: true,
      rowIsArray: true,
      cellIsDate: true,
      single: true,
      triggersIsArray: true,
      sameSheet: true,
    });
  });
});
