import { describe, expect, it } from "vitest";
import { escapeHtml, safeHref } from "../../../src/domain/sheet/html-escape";

describe("escapeHtml", () => {
  it("escapes the five characters that matter in text and quoted attributes", () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
    );
    expect(escapeHtml(42)).toBe("42");
  });

  it("escapes an ampersand once (no double decoding tricks)", () => {
    expect(escapeHtml("&lt;")).toBe("&amp;lt;");
  });
});

describe("safeHref", () => {
  it("accepts http(s) URLs and escapes them for an attribute", () => {
    expect(safeHref('https://docs.google.com/spreadsheets/d/x/edit#gid=1&a="b"')).toBe(
      "https://docs.google.com/spreadsheets/d/x/edit#gid=1&amp;a=&quot;b&quot;",
    );
  });

  it("refuses script, data and relative URLs", () => {
    for (const url of [
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "data:text/html,x",
      "/x",
      "",
      "https://a b",
    ]) {
      expect(safeHref(url)).toBeNull();
    }
  });
});
