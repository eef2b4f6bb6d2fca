/**
 * When the add-on needs the trigger's owner to authorize it again, the trigger cannot do its
 * work; it emails the owner the authorization URL, at most once a day, as Google's editor add-on
 * pattern does (https://developers.google.com/workspace/add-ons/concepts/editor-triggers).
 * Only calls that need no new grant are used here: ScriptApp, Session, user properties, MailApp.
 */

import { escapeHtml } from "../domain/sheet/html-escape";
import { effectiveUserEmail, readUserProperty, writeUserProperty } from "../gas/authorization";
import { remainingDailyMailQuota, sendEmail } from "../gas/mailer";

/** User properties: one notice a day per user, whichever of their programs noticed. */
const LAST_NOTICE_KEY = "reauthorizationNoticeAt";
const DAY_MS = 24 * 3_600_000;
const ADDON_NAME = "Mentoring Action Plan";

export function sendReauthorizationNotice(url: string): string {
  const last = Number(readUserProperty(LAST_NOTICE_KEY) ?? "");
  const now = Date.now();
  if (Number.isFinite(last) && last > 0 && now - last < DAY_MS) {
    return "authorization required: notice already sent today";
  }
  const to = effectiveUserEmail();
  if (!to || remainingDailyMailQuota() < 1) return "authorization required: no notice possible";
  const text = `${ADDON_NAME} needs you to authorize it again before it can send review emails and refresh the Dashboard of your mentoring programs. Open this link and allow access:\n\n${url}\n\nUntil then, nothing is sent.`;
  sendEmail({
    to,
    subject: `${ADDON_NAME}: authorization needed`,
    text,
    html: `<p>${escapeHtml(ADDON_NAME)} needs you to authorize it again before it can send review emails and refresh the Dashboard of your mentoring programs.</p><p><a href="${escapeHtml(url)}">Authorize ${escapeHtml(ADDON_NAME)}</a></p><p>Until then, nothing is sent.</p>`,
    name: ADDON_NAME,
  });
  writeUserProperty(LAST_NOTICE_KEY, String(now));
  return `authorization required: notice sent to ${to}`;
}
