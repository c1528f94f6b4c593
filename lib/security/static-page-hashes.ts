import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Hashes of the inline scripts and styles in each page Next.js prerendered at build time.
 *
 * A prerendered page is the same HTML for everyone, so it cannot carry a per-request nonce;
 * its Content-Security-Policy allows exactly its own inline code by hash instead
 * (docs/decisions/0008-static-pages-csp.md). Read from the build output once, on first use.
 */
export type PageHashes = { scripts: string[]; styles: string[] };

type Manifest = { routes: Record<string, unknown> };

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The hashes of one page's HTML. Data blocks (JSON-LD) never run, so they need none. */
export function hashesOf(html: string): PageHashes {
  const scripts = new Set<string>();
  for (const [, attributes, code] of html.matchAll(INLINE_SCRIPT)) {
    if (/\stype="application\/(ld\+)?json"/.test(attributes!)) continue;
    if (code) scripts.add(sha256(code));
  }
  const styles = new Set<string>();
  for (const [, css] of html.matchAll(INLINE_STYLE)) if (css) styles.add(sha256(css));
  return { scripts: [...scripts], styles: [...styles] };
}

/** Path → hashes for every prerendered HTML page of a build (`distDir`: the .next folder). */
export function readStaticPageHashes(distDir: string): Map<string, PageHashes> {
  const pages = new Map<string, PageHashes>();
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(distDir, "prerender-manifest.json"), "utf8")) as Manifest;
  } catch {
    return pages; // no production build: every page is rendered per request, with a nonce
  }
  for (const route of Object.keys(manifest.routes)) {
    let html: string;
    try {
      html = readFileSync(join(distDir, "server", "app", `${route === "/" ? "/index" : route}.html`), "utf8");
    } catch {
      continue; // not an HTML page (sitemap.xml, robots.txt, icon.svg)
    }
    pages.set(route, hashesOf(html));
  }
  return pages;
}
