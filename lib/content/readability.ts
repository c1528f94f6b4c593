/**
 * How hard the copy is to read: the Flesch-Kincaid grade of a page's running text, counted
 * with wooorm's `flesch-kincaid` formula and `syllable` counter. Used by `npm run copy:check`
 * and tests/unit/content.test.ts; not part of the site.
 */
import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { plainText } from "./rich-text";
import type { Text } from "./types";

/** The highest grade a patient page may reach; the aim is 6 to 8. */
export const MAX_GRADE = 9;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
// A sentence ends at ., ! or ? followed by a space or the end, but not after a single capital
// ("Dr. R. Okafor") or a common abbreviation.
const SENTENCE_END = /(?<!\b(?:[A-Z]|Dr|Mr|Mrs|Ms|St|e\.g|i\.e|vs|etc))[.!?]+(?=\s|$)/g;

export type Counts = { sentence: number; word: number; syllable: number };

/** Counts for texts where each one (a paragraph or a list item) is at least one sentence. */
export function countText(texts: Text[]): Counts {
  const counts: Counts = { sentence: 0, word: 0, syllable: 0 };
  for (const text of texts) {
    const plain = plainText(text);
    const words = plain.match(WORD) ?? [];
    if (words.length === 0) continue;
    const ends = plain.replace(/\s+$/, "").match(SENTENCE_END)?.length ?? 0;
    const endsWithMark = /[.!?]["”’)]*$/.test(plain.trim());
    counts.sentence += ends + (endsWithMark ? 0 : 1);
    counts.word += words.length;
    // A number reads as the words it stands for; a token of digits counts as two syllables.
    counts.syllable += words.reduce((sum, w) => sum + (/^\p{N}/u.test(w) ? 2 : Math.max(1, syllable(w))), 0);
  }
  return counts;
}

/** The Flesch-Kincaid grade of texts, to one decimal. */
export function gradeOf(texts: Text[]): number {
  const counts = countText(texts);
  return counts.word === 0 ? 0 : Math.round(fleschKincaid(counts) * 10) / 10;
}
