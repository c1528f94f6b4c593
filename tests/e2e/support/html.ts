/**
 * Small helpers for reading the HTML the server sends (React's output: well-formed, attributes
 * in double quotes). Regular expressions, not a DOM: enough for tags, attributes, ids and short
 * texts, and it sees exactly the bytes the browser receives, which the CSP hashes are about.
 */
import { createHash } from "node:crypto";

export type Attributes = Map<string, string>;
export type Script = { attributes: Attributes; text: string };

/** An opening tag; quoted attribute values may contain ">". */
const openingTag = (name: string) => new RegExp(`<${name}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, "gi");
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  rsquo: "\u2019",
  lsquo: "\u2018",
  rdquo: "\u201d",
  ldquo: "\u201c",
  ndash: "\u2013",
  mdash: "\u2014",
  hellip: "\u2026",
  reg: "\u00ae",
  copy: "\u00a9",
  trade: "\u2122",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/** Attribute name (lower case) -> decoded value ("" for a bare attribute). */
export function parseAttributes(source: string): Attributes {
  const attributes: Attributes = new Map();
  for (const [, name, double, single, bare] of source.matchAll(ATTRIBUTE)) {
    const key = name!.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, decodeEntities(double ?? single ?? bare ?? ""));
  }
  return attributes;
}

/** Every <script> element: its attributes and the raw text between its tags. */
export function scripts(html: string): Script[] {
  return [...html.matchAll(SCRIPT)].map(([, attributes, text]) => ({ attributes: parseAttributes(attributes!), text: text! }));
}

/** Scripts that run in the page without a src: not data blocks (JSON-LD, JSON). */
export function inlineScripts(html: string): Script[] {
  return scripts(html).filter((s) => !s.attributes.has("src") && !isDataBlock(s));
}

export const isDataBlock = (s: Script) => /^application\/(ld\+)?json$/i.test(s.attributes.get("type") ?? "");

/** The CSP source that allows this inline script: 'sha256-<base64>' of its exact text. */
export const cspHash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The parsed JSON of every application/ld+json block. */
export function jsonLd(html: string): Record<string, unknown>[] {
  return scripts(html)
    .filter((s) => /^application\/ld\+json$/i.test(s.attributes.get("type") ?? ""))
    .map((s) => JSON.parse(s.text) as Record<string, unknown>);
}

/** The markup outside scripts and comments, so their text cannot be mistaken for elements. */
export const markup = (html: string) => html.replace(SCRIPT, "").replace(/<!--[\s\S]*?-->/g, "");

/** The attributes of every opening tag of one element type (scripts and comments ignored). */
export function tags(html: string, name: string): Attributes[] {
  return [...markup(html).matchAll(openingTag(name))].map(([, attributes]) => parseAttributes(attributes!));
}

/** The text of an HTML fragment, as a reader sees it (tags dropped, entities decoded, spaces collapsed). */
export const textOf = (fragment: string) =>
  decodeEntities(fragment.replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim();

/** The inner HTML of each element of a type that does not nest (h1, title, main). */
export function innerHtml(html: string, name: string): string[] {
  const element = new RegExp(`<${name}\\b(?:[^>"']|"[^"]*"|'[^']*')*>([\\s\\S]*?)</${name}\\s*>`, "gi");
  return [...markup(html).matchAll(element)].map(([, inner]) => inner!);
}

/** The texts of each element of a type that does not nest. */
export const texts = (html: string, name: string) => innerHtml(html, name).map(textOf);

/** The document's <title>, or "" when it has none. */
export const titleOf = (html: string) => texts(html, "title")[0] ?? "";

/** The content of <meta property="…"> or <meta name="…">. */
export function metaContent(html: string, key: string): string | undefined {
  return tags(html, "meta").find((m) => m.get("property") === key || m.get("name") === key)?.get("content");
}

/** The hrefs of the <link> elements whose rel includes `rel`. */
export function linkHrefs(html: string, rel: string): string[] {
  return tags(html, "link")
    .filter((l) => (l.get("rel") ?? "").toLowerCase().split(/\s+/).includes(rel))
    .map((l) => l.get("href") ?? "");
}

/** Every id in the document. */
export const ids = (html: string) => new Set(tags(html, "[a-z][a-z0-9-]*").map((a) => a.get("id")).filter((id) => id !== undefined));

/** The value of the <input> with this name, if there is one. */
export const inputValue = (html: string, name: string) => tags(html, "input").find((i) => i.get("name") === name)?.get("value");
