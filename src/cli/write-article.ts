// Writes one article's outputs: article.json and one CSV per record kind.
import { join } from "node:path";
import type { Article } from "../schema/article.js";
import { removeStaleTemporaries, writeAtomic } from "../write/atomic.js";
import { toCsv, type CsvOptions } from "../write/csv.js";
import { articleJson } from "../write/json.js";
import type { Table } from "../write/tables.js";
import { reviewHtml } from "../write/review.js";

/** Writes the article's tables `t` (built once by the caller); with the source text, the review
 *  page (review.html) is written too. */
export async function writeArticle(outDir: string, article: Article, t: Record<string, Table>, csv: CsvOptions, source?: string): Promise<void> {
  const dir = join(outDir, article.id);
  removeStaleTemporaries(dir);
  const contents: Array<[string, string]> = [[join(dir, "article.json"), articleJson(article)]];
  if (source !== undefined) contents.push([join(dir, "review.html"), reviewHtml(article, source)], [join(dir, article.source.text), source]);
  for (const [kind, table] of Object.entries(t)) contents.push([join(dir, `${kind}.csv`), await toCsv(table, csv)]);
  for (const [path, content] of contents) writeAtomic(path, content);
}
