import type { Emulates } from "./gas-shape";
import type { Runtime } from "./runtime";

/** Session.getActiveUser() and friends: https://developers.google.com/apps-script/reference/base/user */
export class User implements Emulates<GoogleAppsScript.Base.User, "getEmail"> {
  constructor(
    private readonly rt: Runtime,
    private readonly email: string,
  ) {}

  getEmail(): string {
    this.rt.track("User", "getEmail");
    return this.email;
  }

  /** The address without counting a call (for the emulator's own use). */
  get address(): string {
    return this.email;
  }
}

export function emailOf(user: unknown): string {
  if (user instanceof User) return user.address;
  if (typeof user === "string") return user;
  throw new TypeError("Expected an email address or a User.");
}
