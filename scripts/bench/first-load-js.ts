/** First-load JavaScript of a page: every script its HTML loads, gzip-compressed as served. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const SCRIPT = /<script\b([^>]*)>/gi;
const SRC = /\bsrc="([^"]+)"/i;

/** The sum of the gzip sizes of the page's `<script src>` files (the noModule polyfill excluded: modern browsers skip it). */
export async function firstLoadJs(baseUrl: string, distDir: string, pagePath: string): Promise<{ bytes: number; files: number }> {
  const html = await (await fetch(baseUrl + pagePath)).text();
  let bytes = 0;
  let files = 0;
  for (const [, attributes = ""] of html.matchAll(SCRIPT)) {
    const src = SRC.exec(attributes)?.[1];
    if (!src || /\bnomodule\b/i.test(attributes)) continue;
    const { pathname } = new URL(src, baseUrl);
    if (!pathname.startsWith("/_next/")) throw new Error(`${pagePath} loads a script from outside the build: ${src}`);
    bytes += gzipSync(readFileSync(path.join(distDir, decodeURIComponent(pathname.slice("/_next/".length))))).length;
    files++;
  }
  if (files === 0) throw new Error(`${pagePath} loads no scripts: is it the page you meant?`);
  return { bytes, files };
}
