/** The CSP of a prerendered page allows exactly the inline code in its HTML (docs/decisions/0008). */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hashesOf, readStaticPageHashes } from "@/lib/security/static-page-hashes";

const csp = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("hashesOf", () => {
  it("hashes each inline script and style as written, and skips external scripts and JSON-LD data blocks", () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      "<script>self.__next_f.push([1,\"ünïcode\"])</script>",
      '<script type="application/ld+json">{"@type":"FAQPage"}</script>',
      "<script>self.__next_f.push([2])</script>",
      "<script>self.__next_f.push([2])</script>",
      "<style>.a{color:red}</style>",
    ].join("");
    expect(hashesOf(html)).toEqual({
      scripts: [csp('self.__next_f.push([1,"ünïcode"])'), csp("self.__next_f.push([2])")],
      styles: [csp(".a{color:red}")],
    });
  });
});

describe("readStaticPageHashes", () => {
  let dist: string;
  beforeEach(() => {
    dist = mkdtempSync(join(tmpdir(), "static-hashes-"));
    mkdirSync(join(dist, "server", "app", "treatments"), { recursive: true });
  });
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  it("maps each prerendered HTML page of a build to its hashes; routes without HTML are left out", () => {
    writeFileSync(
      join(dist, "prerender-manifest.json"),
      JSON.stringify({ routes: { "/": {}, "/treatments/iv": {}, "/sitemap.xml": {} } }),
    );
    writeFileSync(join(dist, "server", "app", "index.html"), "<script>home()</script>");
    writeFileSync(join(dist, "server", "app", "treatments", "iv.html"), "<script>iv()</script>");
    const pages = readStaticPageHashes(dist);
    expect([...pages.keys()]).toEqual(["/", "/treatments/iv"]);
    expect(pages.get("/treatments/iv")?.scripts).toEqual([csp("iv()")]);
  });

  it("without a production build, knows no prerendered page (every page then gets a nonce)", () => {
    expect(readStaticPageHashes(join(dist, "missing")).size).toBe(0);
  });
});
