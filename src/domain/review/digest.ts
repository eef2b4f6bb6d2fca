/**
 * A reviewer's digest email for one period: subject, HTML and plain-text bodies.
 *
 * Size: Apps Script limits an email body to 200 KB (consumer accounts; "Email body size",
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations) and Gmail
 * clips messages over about 102 KB. A digest for a program reviewer with hundreds of pairs would
 * exceed both, so the digest shrinks step by step until each body is within DIGEST_MAX_BYTES:
 * other pairs become one table row each, then the attention pairs too, then the list is cut
 * (attention pairs kept first) and the email says how many pairs are not listed.
 */
import { renderDigestHtml } from "./digest-html";
import { renderDigestText } from "./digest-text";
import {
  type DigestInput,
  type DigestLayout,
  digestPairs,
  digestView,
  FULL_LAYOUT,
  share,
} from "./digest-view";

export const DIGEST_MAX_BYTES = 100_000;

/** UTF-8 size of a string (no TextEncoder in Apps Script's V8). */
export function utf8Bytes(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export type { DigestInput } from "./digest-view";

interface Digest {
  subject: string;
  html: string;
  text: string;
  planIds: string[];
  /** Completion per plan id as shown: store it in the ledger row for the next digest's change. */
  completion: Map<string, number>;
}

/** One email per reviewer per period, covering all (and only) the pairs given. */
export function buildDigest(input: DigestInput, maxBytes = DIGEST_MAX_BYTES): Digest {
  const pairs = digestPairs(input);
  const layouts: DigestLayout[] = [
    FULL_LAYOUT,
    { ...FULL_LAYOUT, others: "compact" },
    { ...FULL_LAYOUT, attention: "compact", others: "compact" },
  ];
  let body = render(input, layouts[0] ?? FULL_LAYOUT, pairs);
  for (const layout of layouts.slice(1)) {
    if (fits(body, maxBytes)) break;
    body = render(input, layout, pairs);
  }
  let listed = pairs.length;
  while (!fits(body, maxBytes) && listed > 0) {
    listed = Math.floor(listed * 0.8);
    body = render(input, { attention: "compact", others: "compact", maxListed: listed }, pairs);
  }
  return {
    ...body,
    planIds: input.pairs.map((p) => p.planId),
    completion: new Map(input.pairs.map((p) => [p.planId, share(p.completion)] as const)),
  };
}

function render(input: DigestInput, layout: DigestLayout, pairs: ReturnType<typeof digestPairs>) {
  const view = digestView(input, layout, pairs);
  return { subject: view.subject, html: renderDigestHtml(view), text: renderDigestText(view) };
}

function fits(body: { html: string; text: string }, maxBytes: number): boolean {
  return utf8Bytes(body.html) <= maxBytes && utf8Bytes(body.text) <= maxBytes;
}
