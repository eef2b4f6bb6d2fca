import type { Runtime } from "./runtime";
import { User } from "./user";

/** https://developers.google.com/apps-script/reference/base/session */
export class Session {
  constructor(private readonly rt: Runtime) {}

  getActiveUser(): User {
    this.rt.track("Session", "getActiveUser");
    return new User(this.rt, this.rt.settings.userEmail);
  }

  getEffectiveUser(): User {
    this.rt.track("Session", "getEffectiveUser");
    return new User(this.rt, this.rt.settings.userEmail);
  }

  getScriptTimeZone(): string {
    this.rt.track("Session", "getScriptTimeZone");
    return this.rt.settings.timeZone;
  }

  getActiveUserLocale(): string {
    this.rt.track("Session", "getActiveUserLocale");
    return "en";
  }
}
