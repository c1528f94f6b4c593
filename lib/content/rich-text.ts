/** Reads the two inline marks copy may carry (see ./types.ts): links and citations. */
import type { Block, Text } from "./types";

export type Inline =
  | { kind: "text"; text: string }
  | { kind: "link"; label: string; href: string }
  | { kind: "cite"; id: string };

const MARK = /\[\^([a-z0-9-]+)\]|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function parseInline(text: Text): Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(MARK)) {
    if (m.index > last) parts.push({ kind: "text", text: text.slice(last, m.index) });
    if (m[1]) parts.push({ kind: "cite", id: m[1] });
    else parts.push({ kind: "link", label: m[2]!, href: m[3]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}

/** The words a reader sees: link labels kept, citations dropped. For descriptions and structured data. */
export function plainText(text: Text): string {
  return parseInline(text)
    .map((p) => (p.kind === "text" ? p.text : p.kind === "link" ? p.label : ""))
    .join("")
    .replace(/\s+([.,;:])/g, "$1")
    .trim();
}

export function blockTexts(block: Block): Text[] {
  if (typeof block === "string") return [block];
  if ("list" in block) return block.list;
  if ("steps" in block) return block.steps;
  return [block.note];
}

/** Reference ids cited in the texts, each once, in order of first citation. */
export function citationsIn(texts: Iterable<Text>): string[] {
  const ids = new Set<string>();
  for (const text of texts) for (const p of parseInline(text)) if (p.kind === "cite") ids.add(p.id);
  return [...ids];
}

/** Every link target in the texts. */
export function linksIn(texts: Iterable<Text>): string[] {
  const hrefs: string[] = [];
  for (const text of texts) for (const p of parseInline(text)) if (p.kind === "link") hrefs.push(p.href);
  return hrefs;
}

/** Every text of a list of sections, in reading order. */
export function sectionTexts(sections: { blocks: Block[] }[]): Text[] {
  return sections.flatMap((s) => s.blocks.flatMap(blockTexts));
}

/** Citation numbers for a page: its sources numbered in order of first citation. */
export function citationNumbers(ids: string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i + 1]));
}
