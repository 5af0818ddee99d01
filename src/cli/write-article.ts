// Writes one article's outputs: article.json and one CSV per record kind.
import { join } from "node:path";
import type { Article } from "../schema/article.js";
import { removeStaleTemporaries, writeAtomic } from "../write/atomic.js";
import { toCsv, type CsvOptions } from "../write/csv.js";
import { articleJson } from "../write/json.js";
import { tables, type Table } from "../write/tables.js";
import { tablesXlsx } from "../write/xlsx.js";
import { reviewHtml } from "../write/review.js";

/** With the source text, the review page (review.html) is written too. */
export async function writeArticle(outDir: string, article: Article, csv: CsvOptions, source?: string): Promise<void> {
  const dir = join(outDir, article.id);
  removeStaleTemporaries(dir);
  const contents: Array<[string, string]> = [[join(dir, "article.json"), articleJson(article)]];
  if (source !== undefined) contents.push([join(dir, "review.html"), reviewHtml(article, source)]);
  for (const [kind, table] of Object.entries(tables(article))) contents.push([join(dir, `${kind}.csv`), await toCsv(table, csv)]);
  for (const [path, content] of contents) writeAtomic(path, content);
}

/** Combined tables over a batch, with the article id in a first column, in input order. */
export function combine(results: Array<{ id: string; tables: Record<string, Table> }>): Record<string, Table> {
  const byKind: Record<string, Table> = {};
  for (const r of results)
    for (const [kind, t] of Object.entries(r.tables)) {
      byKind[kind] ??= { columns: ["article", ...t.columns], rows: [] };
      for (const row of t.rows) byKind[kind].rows.push([r.id, ...row]);
    }
  return byKind;
}

export async function writeCombined(outDir: string, combined: Record<string, Table>, csv: CsvOptions): Promise<void> {
  removeStaleTemporaries(outDir);
  for (const [kind, t] of Object.entries(combined)) writeAtomic(join(outDir, `${kind}.csv`), await toCsv(t, csv));
  writeAtomic(join(outDir, "tables.xlsx"), await tablesXlsx(combined));
}
