/**
 * `npm run copy:check`: prints the Flesch-Kincaid grade of every patient page and fails when
 * one is above MAX_GRADE (lib/content/readability.ts). tests/unit/content.test.ts holds the
 * same line.
 */
import { MAX_GRADE, countText, gradeOf } from "@/lib/content/readability";
import { readablePages } from "@/lib/content/readable-pages";

const rows = readablePages().map(({ path, texts }) => ({ path, grade: gradeOf(texts), words: countText(texts).word }));
console.log("grade  words  page");
for (const { path, grade, words } of rows) {
  console.log(`${grade.toFixed(1).padStart(5)}  ${String(words).padStart(5)}  ${path}${grade > MAX_GRADE ? `  (above ${MAX_GRADE})` : ""}`);
}
const over = rows.filter((r) => r.grade > MAX_GRADE);
console.log(over.length === 0 ? `Every page reads at grade ${MAX_GRADE} or below.` : `${over.length} page(s) read above grade ${MAX_GRADE}.`);
process.exitCode = over.length === 0 ? 0 : 1;
