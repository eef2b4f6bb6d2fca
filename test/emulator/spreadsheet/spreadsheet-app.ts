import type { Runtime } from "../runtime/runtime";
import type { Ui } from "../ui/ui";
import { ConditionalFormatRuleBuilder } from "./conditional-format";
import { DataValidationBuilder } from "./data-validation";
import {
  BooleanCriteria,
  BorderStyle,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  Dimension,
  ProtectionType,
  WrapStrategy,
} from "./enums";
import type { Range } from "./range";
import type { Selection } from "./selection";
import type { Sheet } from "./sheet";
import type { Spreadsheet } from "./spreadsheet";

/**
 * The SpreadsheetApp global for a container-bound add-on: one active spreadsheet.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
 */
export class SpreadsheetApp {
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly ProtectionType = ProtectionType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly WrapStrategy = WrapStrategy;
  readonly BorderStyle = BorderStyle;
  readonly Dimension = Dimension;

  constructor(
    private readonly rt: Runtime,
    private readonly spreadsheet: Spreadsheet,
    private readonly ui: Ui,
    private readonly onFlush: () => void,
  ) {}

  getActive(): Spreadsheet {
    this.rt.track("SpreadsheetApp", "getActive");
    return this.spreadsheet;
  }

  getActiveSpreadsheet(): Spreadsheet {
    this.rt.track("SpreadsheetApp", "getActiveSpreadsheet");
    return this.spreadsheet;
  }

  getActiveSheet(): Sheet {
    this.rt.track("SpreadsheetApp", "getActiveSheet");
    return this.rt.direct(() => this.spreadsheet.getActiveSheet());
  }

  // The user's selection: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveRange()

  getActiveRange(): Range {
    this.rt.track("SpreadsheetApp", "getActiveRange");
    return this.rt.direct(() => this.spreadsheet.getActiveRange());
  }

  getCurrentCell(): Range {
    this.rt.track("SpreadsheetApp", "getCurrentCell");
    return this.rt.direct(() => this.spreadsheet.getCurrentCell());
  }

  getSelection(): Selection {
    this.rt.track("SpreadsheetApp", "getSelection");
    return this.rt.direct(() => this.spreadsheet.getSelection());
  }

  setActiveSheet(sheet: unknown): Sheet {
    this.rt.track("SpreadsheetApp", "setActiveSheet");
    return this.rt.direct(() => this.spreadsheet.setActiveSheet(sheet));
  }

  setActiveRange(range: unknown): Range {
    this.rt.track("SpreadsheetApp", "setActiveRange");
    return this.rt.direct(() => this.spreadsheet.setActiveRange(range));
  }

  getUi(): Ui {
    this.rt.track("SpreadsheetApp", "getUi");
    return this.ui;
  }

  /** Commits pending writes: one round trip (docs/design.md "How performance is counted"). */
  flush(): void {
    this.rt.track("SpreadsheetApp", "flush");
    this.onFlush();
  }

  newDataValidation(): DataValidationBuilder {
    this.rt.track("SpreadsheetApp", "newDataValidation");
    return new DataValidationBuilder(this.rt, this.spreadsheet);
  }

  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    this.rt.track("SpreadsheetApp", "newConditionalFormatRule");
    return new ConditionalFormatRuleBuilder(this.rt, this.spreadsheet);
  }
}
