import type { Runtime } from "../runtime/runtime";

export interface SentEmail {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  cc?: string;
  bcc?: string;
  sentAt: Date;
}

/** The mail system's state: what was sent, the daily recipient quota, injected failures. */
export interface MailState {
  outbox: SentEmail[];
  dailyQuota: number;
  remaining: number;
  /**
   * When the current quota window began (the first send since the last reset, ms), or null when
   * nothing was sent since: the quota comes back 24 hours after that first send.
   */
  windowStartMs: number | null;
  failures: { count: number; message: string };
  /** Emulated time each send takes (0 by default), so tests can reach the execution limit. */
  sendLatencyMs?: number;
}

interface MessageOptions {
  to?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  cc?: string;
  bcc?: string;
}

export const QUOTA_WINDOW_MS = 24 * 3_600_000;
const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

/**
 * MailApp: https://developers.google.com/apps-script/reference/mail/mail-app
 * Every recipient (to, cc and bcc) uses one unit of the daily quota
 * (https://developers.google.com/apps-script/guides/services/quotas, "Email recipients per day");
 * past it, sendEmail throws and sends nothing. "Daily quotas are refreshed at the end of a 24-hour
 * window" starting at the first request (same page, "Daily quotas"), not at midnight: the
 * window opens at the first send after a reset.
 */
export class MailApp {
  constructor(
    private readonly rt: Runtime,
    private readonly state: MailState,
  ) {}

  /** The quota comes back whole 24 hours after the window's first send. */
  private refresh(): void {
    const start = this.state.windowStartMs ?? null;
    if (start !== null && this.rt.clock.nowMs() >= start + QUOTA_WINDOW_MS) {
      this.state.windowStartMs = null;
      this.state.remaining = this.state.dailyQuota;
    }
  }

  getRemainingDailyQuota(): number {
    this.rt.track("MailApp", "getRemainingDailyQuota");
    this.refresh();
    return this.state.remaining;
  }

  /** sendEmail(message) | (to, subject, body[, options]) | (to, replyTo, subject, body). */
  sendEmail(a: unknown, b?: unknown, c?: unknown, d?: unknown): void {
    this.rt.track("MailApp", "sendEmail");
    if (this.state.sendLatencyMs) this.rt.clock.advance(this.state.sendLatencyMs);
    const message = this.message(a, b, c, d);
    const recipients = [message.to, message.cc, message.bcc]
      .flatMap((list) => (list ?? "").split(","))
      .map((s) => s.trim())
      .filter((s) => s !== "");
    if (recipients.length === 0) throw this.rt.error("Failed to send email: no recipient");
    const invalid = recipients.find((r) => !EMAIL.test(r));
    if (invalid) throw this.rt.error(`Invalid email: ${invalid}`);
    if (this.state.failures.count > 0) {
      this.state.failures.count--;
      throw this.rt.error(this.state.failures.message);
    }
    this.refresh();
    if (recipients.length > this.state.remaining) {
      throw this.rt.error("Service invoked too many times for one day: email.");
    }
    this.state.remaining -= recipients.length;
    this.state.windowStartMs ??= this.rt.clock.nowMs();
    const sent: SentEmail = {
      to: message.to ?? "",
      subject: String(message.subject ?? ""),
      body: String(message.body ?? ""),
      sentAt: this.rt.clock.now(),
    };
    for (const key of ["htmlBody", "name", "replyTo", "cc", "bcc"] as const) {
      if (message[key] !== undefined) sent[key] = String(message[key]);
    }
    this.state.outbox.push(sent);
  }

  private message(a: unknown, b: unknown, c: unknown, d: unknown): MessageOptions {
    if (typeof a === "object" && a !== null) return { ...(a as MessageOptions) };
    if (typeof d === "string")
      return { to: String(a), replyTo: String(b), subject: String(c), body: d };
    const options = typeof d === "object" && d !== null ? (d as MessageOptions) : {};
    return { ...options, to: String(a), subject: String(b ?? ""), body: String(c ?? "") };
  }
}
