import { breakFeedTextReference, renameFeedTextReference } from "./feed-text-formula";
import { SheetModel } from "./sheet-model";
import { breakTorowReference, renameTorowReference, rowSpill } from "./torow-formula";

export interface MetadataRecord {
  id: number;
  key: string;
  value: string | null;
  visibility: "DOCUMENT" | "PROJECT";
  /** The sheet it is attached to, or null for the spreadsheet itself. */
  sheetId: number | null;
}

/** The whole workbook's state. Ids come from deterministic sequences so runs repeat exactly. */
export class SpreadsheetModel {
  private list: SheetModel[] = [];
  metadata: MetadataRecord[] = [];
  activeSheetId = 0;
  /** Next values of the id sequences (sheet ids follow an LCG so they are not 0, 1, 2…). */
  sequence = { sheetSeed: 0, metadata: 1, chart: 1, protection: 1 };

  constructor(
    readonly id: string,
    public name: string,
    public timeZone: string,
  ) {}

  get sheets(): SheetModel[] {
    return this.list;
  }

  /** Every sheet held here evaluates its TOROW formulas against the others (torow-formula.ts). */
  set sheets(list: SheetModel[]) {
    for (const sheet of list) this.attach(sheet);
    this.list = list;
  }

  private attach(sheet: SheetModel): void {
    sheet.grid.evaluator = (formulas, stored, row) =>
      rowSpill(
        formulas,
        stored,
        sheet.maxColumns,
        (name) => this.byNameIgnoringCase(name),
        this.timeZone,
        (r, c) => (r === row ? stored[c - 1] : sheet.grid.rawValues(r, c, 1, 1)[0]?.[0]),
      );
  }

  private byNameIgnoringCase(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.list.find((s) => s.name.toLowerCase() === lower);
  }

  /** Renames a sheet; formulas naming it follow, as in Sheets. */
  renameSheet(sheet: SheetModel, name: string): void {
    const from = sheet.name;
    sheet.name = name;
    for (const s of this.list)
      s.grid.mapFormulas((f) =>
        renameFeedTextReference(renameTorowReference(f, from, name), from, name),
      );
  }

  /** Sheet ids look like Sheets' (large, unordered), so no code can mistake one for an index. */
  newSheetId(): number {
    if (this.sheets.length === 0 && this.sequence.sheetSeed === 0) {
      this.sequence.sheetSeed = 1;
      return 0; // The first sheet of a new spreadsheet has gid 0.
    }
    this.sequence.sheetSeed = (this.sequence.sheetSeed * 48271) % 2147483647;
    return this.sequence.sheetSeed;
  }

  next(kind: "metadata" | "chart" | "protection"): number {
    return this.sequence[kind]++;
  }

  byId(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  byName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Sheets refuses names that differ only in case from an existing one. */
  nameTaken(name: string, except?: SheetModel): boolean {
    const lower = name.toLowerCase();
    return this.sheets.some((s) => s !== except && s.name.toLowerCase() === lower);
  }

  addSheet(name: string, index: number, maxRows = 1000, maxColumns = 26): SheetModel {
    const sheet = new SheetModel(this.newSheetId(), name, maxRows, maxColumns);
    this.attach(sheet);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    return sheet;
  }

  removeSheet(sheet: SheetModel): void {
    sheet.deleted = true;
    this.sheets = this.sheets.filter((s) => s !== sheet);
    // Formulas that read the deleted sheet now read #REF!, as in Sheets.
    for (const s of this.list)
      s.grid.mapFormulas((f) =>
        breakFeedTextReference(breakTorowReference(f, sheet.name), sheet.name),
      );
    this.metadata = this.metadata.filter((m) => m.sheetId !== sheet.id);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id ?? 0;
  }
}
