import type { Emulates } from "../runtime/gas-shape";
import type { Runtime } from "../runtime/runtime";

/**
 * Limits from https://developers.google.com/apps-script/guides/services/quotas ("Properties value
 * size 9 KB / val", "Properties total storage 500 KB / property store"), counted in UTF-8 bytes.
 * The texts are the ones Apps Script throws ("Argument too large: value" for one value; the
 * storage-quota message, as seen in public execution logs).
 */
export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;
const TOO_LARGE = "Argument too large: value";
const STORE_FULL =
  "You have exceeded the property storage quota. Please remove some properties and try again.";

const bytes = (s: string) => Buffer.byteLength(s, "utf8");

/** One property store's data: strings only, as the Properties service stores them. */
export type PropertyData = Record<string, string>;

/**
 * A property store (document, script or user).
 * https://developers.google.com/apps-script/reference/properties/properties
 */
export class Properties
  implements
    Emulates<
      GoogleAppsScript.Properties.Properties,
      | "getProperty"
      | "setProperty"
      | "setProperties"
      | "getProperties"
      | "getKeys"
      | "deleteProperty"
      | "deleteAllProperties"
    >
{
  constructor(
    private readonly rt: Runtime,
    private readonly data: () => PropertyData,
  ) {}

  private track(method: string): void {
    this.rt.track("Properties", method);
  }

  getProperty(key: string): string | null {
    this.track("getProperty");
    return Object.hasOwn(this.data(), String(key)) ? (this.data()[String(key)] ?? null) : null;
  }

  getProperties(): Record<string, string> {
    this.track("getProperties");
    return { ...this.data() };
  }

  getKeys(): string[] {
    this.track("getKeys");
    return Object.keys(this.data());
  }

  setProperty(key: string, value: string): this {
    this.track("setProperty");
    this.write({ [String(key)]: String(value) }, false);
    return this;
  }

  /** Writes all or nothing; with deleteAllOthers, the store ends up holding exactly these. */
  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): this {
    this.track("setProperties");
    const entries = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, String(v)]));
    this.write(entries, Boolean(deleteAllOthers));
    return this;
  }

  deleteProperty(key: string): this {
    this.track("deleteProperty");
    delete this.data()[String(key)];
    return this;
  }

  deleteAllProperties(): this {
    this.track("deleteAllProperties");
    const data = this.data();
    for (const key of Object.keys(data)) delete data[key];
    return this;
  }

  private write(entries: PropertyData, replaceAll: boolean): void {
    const data = this.data();
    const next: PropertyData = replaceAll ? {} : { ...data };
    for (const [key, value] of Object.entries(entries)) {
      if (bytes(value) > VALUE_LIMIT_BYTES) throw this.rt.error(TOO_LARGE);
      next[key] = value;
    }
    let total = 0;
    for (const [key, value] of Object.entries(next)) total += bytes(key) + bytes(value);
    if (total > STORE_LIMIT_BYTES) throw this.rt.error(STORE_FULL);
    for (const key of Object.keys(data)) delete data[key];
    Object.assign(data, next);
  }
}

/** The stores' data, as kept in snapshots. */
export interface PropertyStores {
  document: PropertyData;
  script: PropertyData;
  /** By user email: user properties belong to the user running the script. */
  user: Record<string, PropertyData>;
}

/** https://developers.google.com/apps-script/reference/properties/properties-service */
export class PropertiesService {
  constructor(
    private readonly rt: Runtime,
    private readonly stores: PropertyStores,
  ) {}

  getDocumentProperties(): Properties {
    this.rt.track("PropertiesService", "getDocumentProperties");
    return new Properties(this.rt, () => this.stores.document);
  }

  getScriptProperties(): Properties {
    this.rt.track("PropertiesService", "getScriptProperties");
    return new Properties(this.rt, () => this.stores.script);
  }

  getUserProperties(): Properties {
    this.rt.track("PropertiesService", "getUserProperties");
    const email = this.rt.settings.userEmail;
    return new Properties(this.rt, () => {
      this.stores.user[email] ??= {};
      return this.stores.user[email];
    });
  }
}
