/**
 * Inserting a plan for a mentee who already has one asks first (the server checks the
 * Dashboard under the document lock; the sidebar confirms with `createAnother`), and a long name
 * is shortened at a word with "…" in the tab's name and title while the plan's header, the
 * Dashboard and the question keep what they should.
 */
import { describe, expect, test } from "vitest";
import type { InsertPlanResult } from "../../src/domain/sidebar-contract/replies";
import type { Environment } from "../emulator";
import {
  dashboardRowOf,
  dashboardTable,
  insertPlan,
  openProgram,
  planForm,
  rowLabelled,
} from "./program-fixture";

type Refused = Extract<InsertPlanResult, { ok: false }>;

const workbookContent = (env: Environment) => {
  const { sheets, metadata } = env.serialize().spreadsheet;
  return JSON.stringify({ sheets, metadata });
};

describe("a mentee who already has a plan", () => {
  test("is asked about, by name in any case, accents or spacing; nothing is written until confirmed", () => {
    const { env, bundle } = openProgram();
    const first = insertPlan(bundle, planForm("move-into-management"));
    insertPlan(bundle, planForm("blank", { menteeName: "Omar Haddad" }));
    const before = workbookContent(env);

    for (const menteeName of ["Ana López", "  ana   LOPEZ ", "ANA LÓPEZ"]) {
      const form = { ...planForm("succession", { menteeName }), menteeEmail: "ana.2@example.org" };
      const asked = bundle.call<InsertPlanResult>("insertPlan", form) as Refused;
      expect(asked.ok).toBe(false);
      expect(asked.fieldErrors).toEqual({});
      expect(asked.message).toBe(
        `${menteeName.trim().replace(/\s+/g, " ")} already has a plan (Plan · Ana López, on track). Create another?`,
      );
      expect(asked.existingPlans).toEqual([
        {
          planId: first.planId,
          sheetName: "Plan · Ana López",
          menteeName: "Ana López",
          status: "on track",
        },
      ]);
      expect(workbookContent(env)).toBe(before);
    }

    const again = insertPlan(bundle, planForm("succession"), { createAnother: true });
    expect(again.sheetName).toBe("Plan · Ana López (2)");
    const third = bundle.call<InsertPlanResult>("insertPlan", planForm("blank")) as Refused;
    expect(third.message).toBe(
      "Ana López already has 2 plans (Plan · Ana López, on track; Plan · Ana López (2), on track). Create another?",
    );
    expect(third.existingPlans?.map((p) => p.planId)).toEqual([first.planId, again.planId]);
  });

  test("a new mentee is inserted at once; a plan whose tab was deleted is named as such", () => {
    const { env, bundle } = openProgram();
    insertPlan(bundle, planForm("blank", { menteeName: "Ana López" }));
    expect(insertPlan(bundle, planForm("blank", { menteeName: "Ana Lopes" })).ok).toBe(true);
    // After the tab is deleted and the Dashboard refreshed, the row says so: the coordinator is
    // still asked (the plan's history is on the Dashboard), and told the tab is gone.
    env.userDeleteSheet("Plan · Ana López");
    bundle.call("refreshDashboard");
    const asked = bundle.call<InsertPlanResult>("insertPlan", planForm("blank")) as Refused;
    expect(asked.ok).toBe(false);
    expect(asked.message).toBe(
      "Ana López already has a plan (Plan · Ana López, tab was deleted). Create another?",
    );
  });

  test("options that are not { createAnother: boolean } are refused and change nothing", () => {
    const { env, bundle } = openProgram();
    insertPlan(bundle, planForm("blank"));
    const before = workbookContent(env);
    for (const options of [{ createAnother: "yes" }, { createAnother: true, force: 1 }, "yes", 7]) {
      const refused = bundle.call<InsertPlanResult>("insertPlan", planForm("blank"), options);
      expect(refused.ok).toBe(false);
      expect(refused.message).toMatch(/did not reach the server whole/);
    }
    expect(workbookContent(env)).toBe(before);
    // A missing argument (google.script.run may send it as null) is no confirmation.
    const asked = bundle.call<InsertPlanResult>("insertPlan", planForm("blank"), null);
    expect(asked).toMatchObject({ ok: false, existingPlans: [expect.anything()] });
  });
});

describe("a long name", () => {
  const LONG =
    "María de los Ángeles Fernández-Castillo y Rodríguez de la Fuente, Directora de Operaciones Regionales del Sur";

  test("is cut at a word with an ellipsis in the tab name and title; the header and the Dashboard keep it whole", () => {
    const { env, bundle } = openProgram();
    const inserted = insertPlan(bundle, planForm("blank", { menteeName: LONG }));
    const shown = "María de los Ángeles Fernández-Castillo y Rodríguez de la Fuente, Directora de…";
    expect(inserted.sheetName).toBe(`Plan · ${shown}`);
    const values = env.inspect.sheetValues(inserted.sheetName);
    expect(values[0]?.[0]).toBe(`Mentoring action plan · ${shown}`);
    const menteeRow = values[rowLabelled(values, "Mentee") - 1] ?? [];
    expect(menteeRow).toContain(LONG);
    expect(dashboardRowOf(env, inserted.planId).Mentee).toBe(LONG);
    expect(dashboardTable(env).rows[0]?.Plan).toBe(`Plan · ${shown}`);

    const asked = bundle.call<InsertPlanResult>(
      "insertPlan",
      planForm("blank", { menteeName: LONG }),
    ) as Refused;
    expect(asked.message).toBe(
      `${shown} already has a plan (Plan · ${shown}, on track). Create another?`,
    );
  });
});
