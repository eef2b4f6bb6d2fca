import type { Emulates } from "../runtime/gas-shape";
import type { Runtime } from "../runtime/runtime";
import type { MetadataRecord, SpreadsheetModel } from "./spreadsheet-model";

/** What metadata objects need from the spreadsheet. */
export interface MetadataHost {
  readonly rt: Runtime;
  readonly model: SpreadsheetModel;
  sheetApiById(id: number): unknown;
  spreadsheetApi(): unknown;
}

/** https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata */
export class DeveloperMetadata
  implements
    Emulates<
      GoogleAppsScript.Spreadsheet.DeveloperMetadata,
      | "getId"
      | "getKey"
      | "getValue"
      | "getVisibility"
      | "getLocation"
      | "setKey"
      | "setValue"
      | "remove"
    >
{
  constructor(
    private readonly host: MetadataHost,
    readonly record: MetadataRecord,
  ) {}

  private track(method: string): void {
    this.host.rt.track("DeveloperMetadata", method);
  }

  getId(): number {
    this.track("getId");
    return this.record.id;
  }

  getKey(): string {
    this.track("getKey");
    return this.record.key;
  }

  getValue(): string | null {
    this.track("getValue");
    return this.record.value;
  }

  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    this.track("getVisibility");
    return this.record
      .visibility as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
  }

  getLocation(): DeveloperMetadataLocation {
    this.track("getLocation");
    return new DeveloperMetadataLocation(this.host, this.record.sheetId);
  }

  setKey(key: string): this {
    this.track("setKey");
    this.record.key = String(key);
    return this;
  }

  setValue(value: string): this {
    this.track("setValue");
    this.record.value = String(value);
    return this;
  }

  remove(): void {
    this.track("remove");
    this.host.model.metadata = this.host.model.metadata.filter((m) => m !== this.record);
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location */
export class DeveloperMetadataLocation
  implements
    Emulates<
      GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation,
      "getLocationType" | "getSheet" | "getSpreadsheet" | "getRow" | "getColumn"
    >
{
  constructor(
    private readonly host: MetadataHost,
    private readonly sheetId: number | null,
  ) {}

  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    this.host.rt.track("DeveloperMetadataLocation", "getLocationType");
    const type = this.sheetId === null ? "SPREADSHEET" : "SHEET";
    return type as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
  }

  getSheet(): unknown {
    this.host.rt.track("DeveloperMetadataLocation", "getSheet");
    return this.sheetId === null ? null : this.host.sheetApiById(this.sheetId);
  }

  getSpreadsheet(): unknown {
    this.host.rt.track("DeveloperMetadataLocation", "getSpreadsheet");
    return this.sheetId === null ? this.host.spreadsheetApi() : null;
  }

  getRow(): null {
    this.host.rt.track("DeveloperMetadataLocation", "getRow");
    return null;
  }

  getColumn(): null {
    this.host.rt.track("DeveloperMetadataLocation", "getColumn");
    return null;
  }
}

/**
 * createDeveloperMetadataFinder(): filters are local; find() is the one read.
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
 */
export class DeveloperMetadataFinder
  implements
    Emulates<
      GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder,
      "withKey" | "withValue" | "withId" | "withVisibility" | "withLocationType" | "find"
    >
{
  private readonly filters: Array<(m: MetadataRecord) => boolean> = [];

  constructor(
    private readonly host: MetadataHost,
    /** Only metadata on this sheet (Sheet.createDeveloperMetadataFinder), or all. */
    private readonly sheetId: number | null,
  ) {}

  private filter(method: string, f: (m: MetadataRecord) => boolean): this {
    this.host.rt.track("DeveloperMetadataFinder", method);
    this.filters.push(f);
    return this;
  }

  withKey(key: string): this {
    return this.filter("withKey", (m) => m.key === key);
  }

  withValue(value: string): this {
    return this.filter("withValue", (m) => m.value === value);
  }

  withId(id: number): this {
    return this.filter("withId", (m) => m.id === id);
  }

  withVisibility(visibility: unknown): this {
    return this.filter("withVisibility", (m) => m.visibility === String(visibility));
  }

  withLocationType(locationType: unknown): this {
    const wanted = String(locationType);
    return this.filter(
      "withLocationType",
      (m) => (m.sheetId === null ? "SPREADSHEET" : "SHEET") === wanted,
    );
  }

  find(): DeveloperMetadata[] {
    this.host.rt.track("DeveloperMetadataFinder", "find");
    return this.host.model.metadata
      .filter((m) => this.sheetId === null || m.sheetId === this.sheetId)
      .filter((m) => this.filters.every((f) => f(m)))
      .map((m) => new DeveloperMetadata(this.host, m));
  }
}
