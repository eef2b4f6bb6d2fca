/**
 * Writes plan tabs. Every plan tab has the same shape (SECTION_CAPACITY, plan-tab/sections.ts), so all
 * of its formatting — number formats, bold, colours, dropdowns, conditional formats, widths,
 * frozen rows — lives once in a hidden template tab. A new plan is then one copy of that tab
 * (insertSheet with the `template` option, which copies all its data:
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer,Object))
 * plus one setValues, protection and its plan id: a dozen service calls however the plan looks.
 */

import { validationGrid, valuesWithFormulas } from "../domain/plan-tab/batches";
import type { PlanTabModel, ValidationSpec } from "../domain/plan-tab/tab-model";
import { templateTabName } from "../domain/plan-tab/template-tab-name";
import {
  type AddonTabKind,
  type AddonTabs,
  createAddonTab,
  defineAddonTab,
  isOutsideSheetError,
  rebuiltMessage,
  retireAddonTab,
} from "./addon-tabs";
import { insertSheetWithFreeName, noFreeNameMessage } from "./insert-sheet";
import { markAsPlanTab } from "./plan-tabs";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * The template of a layout, as one of the add-on's tabs: its role is its name (templateTabName,
 * a fingerprint of the layout), so a new layout never takes an old template.
 */
export function templateTabKind(model: PlanTabModel): AddonTabKind {
  const name = templateTabName(model);
  return defineAddonTab({
    role: name,
    usualName: name,
    label: "the plan template tab",
    position: "last",
    hidden: true,
  });
}

/**
 * Blank rows kept below the plan in the template (so in every plan tab). A spreadsheet holds at
 * most 10 million cells: a plan tab trimmed to its rows and 8 columns is about 1,200 cells.
 */
const SPARE_ROWS = 20;

function buildValidation(spec: ValidationSpec): DataValidation {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(false);
  switch (spec.kind) {
    case "list":
      return builder.requireValueInList(spec.values, true).build();
    case "date":
      return builder.requireDate().build();
    case "numberBetween":
      return builder.requireNumberBetween(spec.min, spec.max).build();
  }
}

/** Every formatting layer of the model, one call each, onto a sheet of the model's shape. */
function applyFormats(sheet: Sheet, model: PlanTabModel): void {
  const all = sheet.getRange(1, 1, model.rows, model.columns);
  all.setNumberFormats(model.numberFormats);
  all.setFontWeights(model.fontWeights);
  all.setBackgrounds(model.backgrounds as string[][]);
  // One DataValidation per spec, shared by its cells: builders are local, the set is one call.
  const built = new Map<ValidationSpec, DataValidation>();
  const grid = validationGrid(model).map((row) =>
    row.map((spec) => {
      if (!spec) return null;
      let v = built.get(spec);
      if (!v) {
        v = buildValidation(spec);
        built.set(spec, v);
      }
      return v;
    }),
  );
  all.setDataValidations(grid as DataValidation[][]);
  sheet.setConditionalFormatRules(
    model.conditionalFormats.map((spec) => {
      const rule = SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(spec.formula)
        .setRanges([sheet.getRange(spec.a1)]);
      if (spec.background) rule.setBackground(spec.background);
      if (spec.fontColor) rule.setFontColor(spec.fontColor);
      return rule.build();
    }),
  );
  sheet.setFrozenRows(model.frozenRows);
  for (const run of model.columnWidths) sheet.setColumnWidths(run.column, run.count, run.width);
}

type Template = { sheet: Sheet; note: string | null } | { sheet: null; message: string };

/**
 * The hidden template tab, found by its mark (see addon-tabs.ts), or built on first use from
 * any plan's model (values are replaced on every copy, so only its formats matter). Kept at
 * the end of the tab strip. A template whose copy the plan did not fit (`knownProblem`: rows
 * or columns changed by hand) is retired, left to the user, and a new one built.
 */
function templateTab(
  spreadsheet: Spreadsheet,
  model: PlanTabModel,
  tabs: AddonTabs,
  knownProblem: string | null = null,
): Template {
  const kind = templateTabKind(model);
  const existing = tabs.get(kind.role);
  let retired: { problem: string; oldName: string } | null = null;
  if (existing) {
    if (knownProblem === null) return { sheet: existing, note: null };
    retired = { problem: knownProblem, oldName: existing.getName() };
    retireAddonTab(existing);
  }
  const made = createAddonTab(spreadsheet, kind);
  if (!made.sheet) return made;
  const sheet = made.sheet;
  try {
    // Sized to the plan (every copy inherits the size): a new sheet is 1,000 × 26 cells.
    const rows = model.rows + SPARE_ROWS;
    const maxRows = sheet.getMaxRows();
    if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
    const maxColumns = sheet.getMaxColumns();
    if (maxColumns > model.columns) {
      sheet.deleteColumns(model.columns + 1, maxColumns - model.columns);
    }
    applyFormats(sheet, model);
  } catch (error) {
    spreadsheet.deleteSheet(sheet);
    throw error;
  }
  return {
    sheet,
    note: retired ? rebuiltMessage(kind, retired.oldName, retired.problem, made.sheetName) : null,
  };
}

export interface WrittenPlanTab {
  sheet: Sheet;
  sheetName: string;
  sheetId: number;
  /** The template tab it was copied from (made by this call on a program's first plan). */
  template: Sheet;
  /** What was repaired on the way (a template changed by hand, rebuilt). */
  notes: string[];
}

/**
 * Creates the plan tab: copy of the template, the plan's values (formulas included), the
 * protection of labels and headers, and the plan id. Any failure deletes the half-made tab, so
 * nothing partial is ever left behind.
 * @param tabs the add-on's tabs (findAddonTabs), where the template tab is looked up
 * @param by who protects the labels (the owner is never added as an editor: protectLabels)
 */
export function writePlanTab(
  spreadsheet: Spreadsheet,
  baseName: string,
  model: PlanTabModel,
  tabs: AddonTabs,
  by: LabelProtector = { runsAsOwner: false },
  templateProblem: string | null = null,
): WrittenPlanTab | { sheet: null; message: string } {
  const template = templateTab(spreadsheet, model, tabs, templateProblem);
  if (!template.sheet) return template;
  // Index 1: right after the Dashboard, newest plan first.
  const made = insertSheetWithFreeName(spreadsheet, baseName, 1, template.sheet);
  if (!made) return { sheet: null, message: noFreeNameMessage(baseName) };
  const { sheet, sheetName } = made;
  try {
    // A copy of a hidden tab is hidden too; the pair must see theirs.
    sheet.showSheet();
    sheet.getRange(1, 1, model.rows, model.columns).setValues(valuesWithFormulas(model));
  } catch (error) {
    spreadsheet.deleteSheet(sheet);
    // The plan did not fit a copy of an existing template (rows or columns deleted or
    // inserted by hand move its cells and dropdowns): rebuild the template, once. Checking its
    // size up front would cost every insert a call.
    const misfit = isOutsideSheetError(error) || /data validation/i.test(String(error));
    if (misfit && templateProblem === null && template.note === null) {
      const rebuilt = new Map(tabs);
      rebuilt.set(templateTabKind(model).role, template.sheet);
      const why = `the plan no longer fit a copy of it: ${String((error as Error)?.message ?? error)}`;
      return writePlanTab(spreadsheet, baseName, model, rebuilt, by, why);
    }
    throw error;
  }
  try {
    protectLabels(sheet, model, by);
    markAsPlanTab(sheet, model.planId);
    return {
      sheet,
      sheetName,
      sheetId: sheet.getSheetId(),
      template: template.sheet,
      notes: template.note ? [template.note] : [],
    };
  } catch (error) {
    spreadsheet.deleteSheet(sheet);
    throw error;
  }
}

/** Who protects a plan tab's labels (from the coordinator guard). */
export interface LabelProtector {
  /** The effective user owns the spreadsheet. */
  runsAsOwner: boolean;
}

/**
 * Labels and headers: only the coordinator edits them; everything between them stays open, so
 * pairs insert, fill and delete rows inside every section (docs/design.md). Each range follows
 * Google's sample (https://developers.google.com/apps-script/reference/spreadsheet/protection):
 * the effective user is added as an editor before the others are removed (removing a group the
 * user's own access comes through throws otherwise), and domain edit is turned off when on.
 * The owner needs no adding: "neither the owner of the spreadsheet nor the current user can be
 * removed" (removeEditors), and the owner edits every protected range. New protections mirror
 * the spreadsheet, so the first one's editors and domain setting stand for all: 2 calls a range
 * for the owner, 3 for another coordinator, plus 2 (a description would cost one more a range;
 * the ranges are only labels, which say what they are).
 */
function protectLabels(sheet: Sheet, model: PlanTabModel, by: LabelProtector): void {
  const me = by.runsAsOwner ? null : Session.getEffectiveUser();
  let others: GoogleAppsScript.Base.User[] | null = null;
  let domainEdit: boolean | null = null;
  for (const a1 of model.protectedLabels.labelsA1) {
    const protection = sheet.getRange(a1).protect();
    if (me) protection.addEditor(me);
    others ??= protection.getEditors();
    protection.removeEditors(others);
    domainEdit ??= protection.canDomainEdit();
    if (domainEdit) protection.setDomainEdit(false);
  }
}

/** Removes a plan tab this execution just made (when a later step of the insert failed). */
export function discardPlanTab(spreadsheet: Spreadsheet, tab: WrittenPlanTab): void {
  spreadsheet.deleteSheet(tab.sheet);
}
