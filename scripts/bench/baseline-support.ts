/**
 * What the two benchmark baselines (naive-baseline.ts, competent-baseline.ts) share: the emulated
 * services as a script sees them, the program's name, a plan tab's model for a form, a tab's
 * summary and a dropdown built from its spec — the same domain code the add-on uses, so only
 * the way each baseline talks to Sheets differs.
 */
import type { PlanSummary } from "../../src/domain/plan/plan-summary";
import { summarizePlan } from "../../src/domain/plan/summarize-plan";
import { parsePlanTab } from "../../src/domain/plan-reading/parse-plan-tab";
import { layoutPlanTab } from "../../src/domain/plan-tab/layout";
import type { PlanTabModel, ValidationSpec } from "../../src/domain/plan-tab/tab-model";
import { dayKey } from "../../src/domain/sheet/calendar";
import {
  type PlanForm,
  type PlanFormInput,
  planFormSchema,
  settingsSchema,
} from "../../src/domain/sidebar-contract/schemas";
import { templateById } from "../../src/domain/templates";
import type { AppsScriptGlobals } from "../../test/emulator";

export type Services = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  Session: GoogleAppsScript.Base.Session;
  LockService: GoogleAppsScript.Lock.LockService;
};

/** The emulated services seen through their Apps Script types (as a script sees them). */
export function services(globals: AppsScriptGlobals): Services {
  return globals as unknown as Services;
}

export function programName(g: Services): string {
  const raw = g.PropertiesService.getDocumentProperties().getProperty("settings");
  return settingsSchema.parse(raw ? JSON.parse(raw) : {}).programName;
}

/** The form parsed, and the plan tab the add-on would write for it. */
export function planTabFor(
  input: PlanFormInput,
  planId: string,
  timeZone: string,
): { form: PlanForm; model: PlanTabModel } {
  const form = planFormSchema.parse(input);
  const model = layoutPlanTab({
    planId,
    form,
    template: templateById(form.templateId),
    timeZone,
    coordinatorEmail: "",
  });
  return { form, model };
}

/** A tab's Dashboard summary, by the add-on's parser and roll-up. */
export function summarize(
  planId: string,
  sheetName: string,
  sheetId: number,
  values: unknown[][],
  timeZone: string,
  now: Date,
): PlanSummary {
  const plan = parsePlanTab({ planId, sheetName, values, timeZone });
  return { ...summarizePlan(plan, sheetId, dayKey(now, timeZone), timeZone), sheetName };
}

export function validationOf(
  g: Services,
  spec: ValidationSpec,
): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = g.SpreadsheetApp.newDataValidation().setAllowInvalid(false);
  switch (spec.kind) {
    case "list":
      return builder.requireValueInList(spec.values, true).build();
    case "date":
      return builder.requireDate().build();
    case "numberBetween":
      return builder.requireNumberBetween(spec.min, spec.max).build();
  }
}

/**
 * Google's protection sample for each label range (reference/spreadsheet/protection): the
 * effective user added first, every other editor removed, domain edit turned off.
 */
export function protectLabels(
  g: Services,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  labelsA1: readonly string[],
): void {
  const me = g.Session.getEffectiveUser();
  for (const a1 of labelsA1) {
    const protection = sheet.getRange(a1).protect();
    protection.addEditor(me);
    protection.removeEditors(protection.getEditors());
    if (protection.canDomainEdit()) protection.setDomainEdit(false);
  }
}
