import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";

const REF = "https://developers.google.com/apps-script/reference/properties/properties";
const QUOTAS = "https://developers.google.com/apps-script/guides/services/quotas";

describe("PropertiesService", () => {
  test(`values are stored as strings; missing keys read null (${REF}#getProperty(String))`, () => {
    const env = createEnvironment();
    const props = env.globals.PropertiesService.getDocumentProperties();
    props.setProperty("reviewHour", 9 as unknown as string);
    expect(props.getProperty("reviewHour")).toBe("9");
    expect(props.getProperty("missing")).toBeNull();
    props.setProperties({ a: "1", b: "2" });
    expect(props.getKeys().sort()).toEqual(["a", "b", "reviewHour"]);
    props.setProperties({ only: "this" }, true);
    expect(props.getProperties()).toEqual({ only: "this" });
    props.deleteProperty("only");
    expect(props.getProperties()).toEqual({});
  });

  test("getProperties returns a copy, not a live view (https://developers.google.com/apps-script/guides/properties#modifying_data)", () => {
    const env = createEnvironment();
    const props = env.globals.PropertiesService.getScriptProperties();
    props.setProperty("k", "v");
    const copy = props.getProperties();
    copy.k = "changed";
    expect(props.getProperty("k")).toBe("v");
  });

  test("document, script and user stores are separate; user properties belong to the running user", () => {
    const env = createEnvironment();
    const ps = env.globals.PropertiesService;
    ps.getDocumentProperties().setProperty("k", "doc");
    ps.getScriptProperties().setProperty("k", "script");
    ps.getUserProperties().setProperty("k", "coordinator");
    env.setUser("other@example.org");
    expect(ps.getUserProperties().getProperty("k")).toBeNull();
    expect([
      ps.getDocumentProperties().getProperty("k"),
      ps.getScriptProperties().getProperty("k"),
    ]).toEqual(["doc", "script"]);
  });

  test(`a value over 9 KB is refused and nothing changes (${QUOTAS}: "Properties value size 9 KB / val")`, () => {
    const env = createEnvironment();
    const props = env.globals.PropertiesService.getDocumentProperties();
    props.setProperty("fits", "x".repeat(9 * 1024));
    expect(() => props.setProperties({ a: "ok", b: "é".repeat(4700) })).toThrow(
      "Argument too large: value",
    );
    expect(props.getKeys()).toEqual(["fits"]);
  });

  test(`a store over 500 KB is refused and keeps what it had (${QUOTAS}: "Properties total storage 500 KB / property store")`, () => {
    const env = createEnvironment();
    const props = env.globals.PropertiesService.getScriptProperties();
    let written = 0;
    expect(() => {
      for (;;) {
        props.setProperty(`k${written}`, "y".repeat(9000));
        written++;
      }
    }).toThrow(
      "You have exceeded the property storage quota. Please remove some properties and try again.",
    );
    expect(written).toBe(56);
    expect(props.getKeys()).toHaveLength(56);
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });
});
