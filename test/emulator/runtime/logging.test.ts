import { describe, expect, test } from "vitest";
import { createEnvironment, loadBundle } from "../index";

const CONSOLE = "https://developers.google.com/apps-script/reference/base/console";
const LOGGER = "https://developers.google.com/apps-script/reference/base/logger";

describe("console and Logger format their arguments as the reference says", () => {
  test(`console.log(formatOrObject, values) substitutes %s %d %i %f %o %O %% (${CONSOLE}#log(Object,Object...))`, () => {
    const env = createEnvironment();
    const { console } = env.globals;
    console.log("%s sent %d of %i (%f%%)", "Ann", 3.7, "4", 75.5);
    console.info("row %o, data %O", 7, { a: [1, "x"] });
    console.warn("left %s", "over", "and", 2);
    console.error("%d is %s", "abc");
    expect(env.logs).toEqual([
      { level: "log", text: "Ann sent 3 of 4 (75.5%)" },
      { level: "info", text: 'row 7, data {"a":[1,"x"]}' },
      { level: "warn", text: "left over and 2" },
      { level: "error", text: "NaN is %s" },
    ]);
  });

  test(`a lone object is logged as an object; an error logs its name and message (${CONSOLE}#log(Object,Object...))`, () => {
    const env = createEnvironment();
    env.globals.console.log({ reviewer: "r@example.org", n: 2 });
    env.globals.console.log(new TypeError("bad row"));
    env.globals.console.log("100%");
    expect(env.logs.map((l) => l.text)).toEqual([
      '{"reviewer":"r@example.org","n":2}',
      "TypeError: bad row",
      "100%",
    ]);
  });

  test(`Logger.log(error) shows the message; objects with a message log it; others log as {key=value} (${LOGGER}#log(Object))`, () => {
    const env = createEnvironment();
    const { Logger } = env.globals;
    Logger.log(new Error("Sheet not found"));
    Logger.log({ message: "my log message", data: { key: "value" } });
    Logger.log({ key: "value" });
    Logger.log("sent %s of %s", 3, 4);
    expect(Logger.getLog()).toBe("Sheet not found\nmy log message\n{key=value}\nsent 3 of 4");
  });

  test(`an error thrown inside a script (another realm) still logs its message (${LOGGER}#log(Object))`, () => {
    const env = createEnvironment();
    const bundle = loadBundle(env, {
      code: "function run() { try { null.x; } catch (e) { Logger.log(e); console.error(e); } }",
    });
    bundle.call("run");
    expect(env.logs.map((l) => l.text)).toEqual([
      "Cannot read properties of null (reading 'x')",
      "TypeError: Cannot read properties of null (reading 'x')",
    ]);
  });

  test(`console.time/timeEnd log the emulated time between them (${CONSOLE}#timeEnd(String))`, () => {
    const env = createEnvironment();
    const { console } = env.globals;
    console.time("myFunction() time");
    env.clock.advance(1234);
    console.timeEnd("myFunction() time");
    console.timeEnd("myFunction() time");
    expect(env.logs).toEqual([
      { level: "info", text: "myFunction() time: 1234ms" },
      { level: "warn", text: "Timer 'myFunction() time' does not exist" },
    ]);
  });
});
