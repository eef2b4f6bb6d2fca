/** MailApp, behind two functions: the remaining quota and one send. */
import { singleLine } from "../domain/sheet/single-line";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  name: string;
}

/** Recipients this account may still email today (https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()). */
export function remainingDailyMailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

/** Headers carry one line each, whatever the user typed into the text they come from. */
export function sendEmail(email: OutgoingEmail): void {
  MailApp.sendEmail({
    to: singleLine(email.to),
    subject: singleLine(email.subject),
    body: email.text,
    htmlBody: email.html,
    name: singleLine(email.name),
  });
}
