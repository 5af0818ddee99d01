// Writes one article's outputs: article.json and one CSV per record kind.
import { join } from "node:path";
import type { Article } from "../schema/article.js";
import { writeAtomic } from "../write/atomic.js";
import { toCsv, type CsvOptions } from "../write/csv.js";
import { articleJson } from "../write/json.js";
import { tables } from "../write/tables.js";

export async function writeArticle(outDir: string, article: Article, csv: CsvOptions): Promise<void> {
  const dir = join(outDir, article.id);
  const contents: Array<[string, string]> = [[join(dir, "article.json"), articleJson(article)]];
  for (const [kind, table] of Object.entries(tables(article))) contents.push([join(dir, `${kind}.csv`), await toCsv(table, csv)]);
  for (const [path, content] of contents) writeAtomic(path, content);
}

/** Combined tables over a batch, with the article id in a first column. */
export async function writeCombined(outDir: string, articles: Article[], csv: CsvOptions): Promise<void> {
  const byKind = new Map<string, { columns: string[]; rows: (string | number | null)[][] }>();
  for (const a of articles)
    for (const [kind, t] of Object.entries(tables(a))) {
      const all = byKind.get(kind) ?? { columns: ["article", ...t.columns], rows: [] };
      all.rows.push(...t.rows.map((r) => [a.id, ...r]));
      byKind.set(kind, all);
    }
  for (const [kind, t] of byKind) writeAtomic(join(outDir, `${kind}.csv`), await toCsv(t, csv));
}
