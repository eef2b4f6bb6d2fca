/**
 * Intake is the coordinator's (docs/design.md, "Roles"): every editor of the program's
 * spreadsheet sees the add-on's menu and may open the sidebar, so a pair's mentee, editing the
 * shared sheet, could click Roster, Suggest matches, Create plans, Stop or save the intake
 * settings. Each is refused with one sentence, and nothing changes: no tab, no cell, no
 * property, no trigger. They may still read where intake stands.
 */
import { describe, expect, it } from "vitest";
import type {
  IntakeActionResult,
  IntakeState,
  PlanCreationStatus,
  SaveIntakeSettingsResult,
  SuggestMatchesResult,
} from "../../src/domain/sidebar-contract/intake-replies";
import { acceptAll, matchLines, planTabs, rosterProgram, slowPlans } from "./intake-fixture";
import { COORDINATOR, openProgram, type Program } from "./program-fixture";

const REFUSED =
  /^Only the program's coordinators can .+: nothing was changed\. Ask the spreadsheet's owner to add you as a coordinator in Settings\.$/;

/** Everything a refused call must leave alone. */
function everything(program: Program): string {
  const snap = program.env.serialize();
  return JSON.stringify({
    spreadsheet: snap.spreadsheet,
    properties: snap.properties,
    triggers: program.env.triggers,
  });
}

/** Every intake call that changes the workbook, as the mentee's sidebar would send it. */
function tryEverything(program: Program) {
  const { bundle } = program;
  return {
    roster: bundle.call<IntakeActionResult>("openRosterTab"),
    suggest: bundle.call<SuggestMatchesResult>("suggestMatches"),
    create: bundle.call<PlanCreationStatus>("createPlansForMatches"),
    stop: bundle.call<PlanCreationStatus>("stopPlanCreation"),
    settings: bundle.call<SaveIntakeSettingsResult>("saveIntakeSettings", {
      department: "same",
      template: "blank",
    }),
  };
}

function expectAllRefused(tried: ReturnType<typeof tryEverything>): void {
  expect(tried.roster).toMatchObject({ ok: false, message: expect.stringMatching(REFUSED) });
  expect(tried.suggest).toMatchObject({
    ok: false,
    message: expect.stringMatching(REFUSED),
    suggested: 0,
  });
  expect(tried.create).toMatchObject({ refused: true, text: expect.stringMatching(REFUSED) });
  expect(tried.stop).toMatchObject({ refused: true, text: expect.stringMatching(REFUSED) });
  expect(tried.settings).toMatchObject({ ok: false, message: expect.stringMatching(REFUSED) });
  // Each says what was refused, in its own words.
  expect(tried.roster.message).toContain("the Roster");
  expect(tried.suggest.message).toContain("suggest matches");
  expect(tried.create.text).toContain("create plans");
  expect(tried.stop.text).toContain("stop a plan run");
  expect(tried.settings.message).toContain("intake settings");
}

describe("a mentee editing the program's spreadsheet", () => {
  it("cannot make the Roster in a program that has none", () => {
    const program = openProgram();
    const mentee = "ana.lopez@example.org";
    program.env.sharing.addEditor(mentee);
    const before = everything(program);
    program.env.setUser(mentee);
    expectAllRefused(tryEverything(program));
    expect(everything(program)).toBe(before);
    expect(program.env.inspect.sheetNames()).not.toContain("Roster");
  });

  it("cannot suggest, create, stop or change settings mid-intake; the coordinator's run goes on", () => {
    const { program, roster } = rosterProgram();
    const { env, bundle } = program;
    bundle.call("saveSettings", { programReviewers: ["coach@example.org"] });
    bundle.call("suggestMatches");
    const pairs = acceptAll(program);
    // The coordinator's run is paused by the time budget, with plans left to make.
    const off = slowPlans(program, 25_000);
    const paused = bundle.call<PlanCreationStatus>("createPlansForMatches");
    off();
    expect(paused).toMatchObject({ state: "paused" });
    expect(paused.created).toBeLessThan(pairs);

    const mentee = roster.mentees[0] as string;
    env.sharing.addEditor(mentee);
    const before = everything(program);
    env.setUser(mentee);
    expectAllRefused(tryEverything(program));
    expect(everything(program)).toBe(before);
    // Reading where intake stands is harmless, and allowed.
    expect(bundle.call<PlanCreationStatus>("getPlanCreationProgress")).toMatchObject({
      state: "paused",
      created: paused.created,
    });
    expect(bundle.call<IntakeState>("getIntakeState")).toMatchObject({
      rosterTab: "Roster",
      matchesTab: "Matches",
      progress: { state: "paused" },
    });

    // The mentee's Stop did not stop it: the coordinator's next click finishes the run.
    env.setUser(COORDINATOR);
    const done = bundle.call<PlanCreationStatus>("createPlansForMatches");
    expect(done).toMatchObject({ state: "done", created: pairs, total: pairs });
    expect(planTabs(program)).toHaveLength(pairs);
    expect(matchLines(program).filter((l) => l.planId !== "")).toHaveLength(pairs);
  });
});
