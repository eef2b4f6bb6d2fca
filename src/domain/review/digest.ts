/** A reviewer's digest email for one period: subject, HTML and plain-text bodies. */
import { renderDigestHtml } from "./digest-html";
import { renderDigestText } from "./digest-text";
import { type DigestInput, digestView, share } from "./digest-view";

export type { DigestInput } from "./digest-view";

export interface Digest {
  subject: string;
  html: string;
  text: string;
  planIds: string[];
  /** Completion per plan id as shown: store it in the ledger row for the next digest's change. */
  completion: Map<string, number>;
}

/** One email per reviewer per period, covering all (and only) the pairs given. */
export function buildDigest(input: DigestInput): Digest {
  const view = digestView(input);
  return {
    subject: view.subject,
    html: renderDigestHtml(view),
    text: renderDigestText(view),
    planIds: input.pairs.map((p) => p.planId),
    completion: new Map(input.pairs.map((p) => [p.planId, share(p.completion)] as const)),
  };
}
