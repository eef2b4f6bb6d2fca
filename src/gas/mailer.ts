/** MailApp, behind two functions: the remaining quota and one send. */

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

export function sendEmail(email: OutgoingEmail): void {
  MailApp.sendEmail({
    to: email.to,
    subject: email.subject,
    body: email.text,
    htmlBody: email.html,
    name: email.name,
  });
}
