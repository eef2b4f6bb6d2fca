import type { Emulates } from "../runtime/gas-shape";
import type { Runtime, Sharing } from "../runtime/runtime";
import { emailOf, User } from "../runtime/user";
import type { Rect } from "./a1";
import { isRangeLike } from "./range-ref";
import type { ProtectionRecord } from "./sheet-model";
import { copyRect } from "./tracked-rect";

type GasProtection = GoogleAppsScript.Spreadsheet.Protection;

/** What a Protection needs from its sheet. */
export interface ProtectionHost {
  readonly rt: Runtime;
  readonly ownerEmail: string;
  rangeAt(rect: Rect): unknown;
  wholeSheet(): Rect;
  sheetId(): number;
  removeProtection(record: ProtectionRecord): void;
}

/**
 * A protected sheet or range: https://developers.google.com/apps-script/reference/spreadsheet/protection
 * Until the script changes the editors, "the permissions mirror those of the spreadsheet", so
 * every editor of the spreadsheet may still edit (`mirrorsSpreadsheet`). The owner can never be
 * removed.
 */
export class Protection
  implements
    Emulates<
      GasProtection,
      | "getProtectionType"
      | "getRange"
      | "getDescription"
      | "setDescription"
      | "getEditors"
      | "addEditor"
      | "addEditors"
      | "removeEditor"
      | "removeEditors"
      | "canEdit"
      | "canDomainEdit"
      | "setDomainEdit"
      | "isWarningOnly"
      | "setWarningOnly"
      | "getUnprotectedRanges"
      | "setUnprotectedRanges"
      | "remove"
    >
{
  constructor(
    private readonly host: ProtectionHost,
    readonly record: ProtectionRecord,
  ) {}

  private track(method: string): void {
    this.host.rt.track("Protection", method);
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    this.track("getProtectionType");
    return this.record.type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }

  getRange(): unknown {
    this.track("getRange");
    return this.host.rangeAt(this.record.rect ?? this.host.wholeSheet());
  }

  getDescription(): string {
    this.track("getDescription");
    return this.record.description;
  }

  setDescription(description: string): this {
    this.track("setDescription");
    this.record.description = String(description);
    return this;
  }

  getEditors(): User[] {
    this.track("getEditors");
    return this.record.editors.map((email) => new User(this.host.rt, email));
  }

  addEditor(emailAddress: unknown): this {
    this.track("addEditor");
    this.add([emailOf(emailAddress)]);
    return this;
  }

  addEditors(emailAddresses: string[]): this {
    this.track("addEditors");
    this.add(emailAddresses.map(emailOf));
    return this;
  }

  removeEditor(emailAddress: unknown): this {
    this.track("removeEditor");
    this.remove_([emailOf(emailAddress)]);
    return this;
  }

  removeEditors(emailAddresses: unknown[]): this {
    this.track("removeEditors");
    this.remove_(emailAddresses.map(emailOf));
    return this;
  }

  canEdit(): boolean {
    this.track("canEdit");
    const { userEmail, sharing } = this.host.rt.settings;
    return allows(this.record, userEmail, this.host.ownerEmail, sharing);
  }

  canDomainEdit(): boolean {
    this.track("canDomainEdit");
    return this.record.domainEdit;
  }

  setDomainEdit(editable: boolean): this {
    this.track("setDomainEdit");
    this.record.domainEdit = Boolean(editable);
    return this;
  }

  isWarningOnly(): boolean {
    this.track("isWarningOnly");
    return this.record.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): this {
    this.track("setWarningOnly");
    this.record.warningOnly = Boolean(warningOnly);
    return this;
  }

  getUnprotectedRanges(): unknown[] {
    this.track("getUnprotectedRanges");
    return this.record.unprotected.map((rect) => this.host.rangeAt(rect));
  }

  setUnprotectedRanges(ranges: unknown[]): this {
    this.track("setUnprotectedRanges");
    if (this.record.type !== "SHEET") {
      // The reference: "If the protection is not a sheet protection, this method has no effect"
      // is not stated; emulator wording.
      throw this.host.rt.error("Unprotected ranges can only be set on a sheet protection.");
    }
    const rects = ranges.map((r) => {
      if (!isRangeLike(r) || r.toRef().sheetId !== this.host.sheetId()) {
        throw this.host.rt.error("Unprotected ranges must be ranges of the protected sheet.");
      }
      return copyRect(r.toRef());
    });
    this.record.unprotected = rects;
    return this;
  }

  remove(): void {
    this.track("remove");
    this.host.removeProtection(this.record);
  }

  private add(emails: string[]): void {
    this.record.mirrorsSpreadsheet = false;
    for (const e of emails) if (!this.record.editors.includes(e)) this.record.editors.push(e);
  }

  /**
   * The owner and the user running the script stay editors. Removing a group through which the
   * running user has their only access throws: Google's sample adds the effective user as an
   * editor first because "if the user's edit permission comes from a group, the script throws an
   * exception upon removing the group" (https://developers.google.com/apps-script/reference/spreadsheet/protection).
   */
  private remove_(emails: string[]): void {
    const me = this.host.rt.settings.userEmail;
    const groups = this.host.rt.settings.sharing?.groups ?? {};
    const explicit = me === this.host.ownerEmail || this.record.editors.includes(me);
    for (const e of emails) {
      if (!explicit && groups[e]?.includes(me)) {
        // Emulator wording: the reference says only that an exception is thrown.
        throw this.host.rt.error(
          `You can't remove ${e}: your own access to this protected range comes through that group.`,
        );
      }
    }
    this.record.mirrorsSpreadsheet = false;
    this.record.editors = this.record.editors.filter(
      (e) => e === this.host.ownerEmail || e === me || !emails.includes(e),
    );
  }
}

/**
 * Whether a user may edit what a protection covers: the owner, anyone while it mirrors the
 * spreadsheet or only warns, its editors (directly or through a group it lists), and the
 * domain's users while domain edit is on.
 */
export function allows(
  record: ProtectionRecord,
  user: string,
  owner: string,
  sharing?: Sharing,
): boolean {
  const domain = sharing?.domain ?? null;
  return (
    user === owner ||
    record.mirrorsSpreadsheet ||
    record.warningOnly ||
    (record.domainEdit && (domain === null || user.endsWith(`@${domain}`))) ||
    record.editors.includes(user) ||
    record.editors.some((e) => sharing?.groups[e]?.includes(user) ?? false)
  );
}
