// Writes one article's outputs: article.json and one CSV per record kind.
import { join } from "node:path";
import type { Article } from "../schema/article.js";
import { removeStaleTemporaries, writeAtomic } from "../write/atomic.js";
import { csvRows, toCsv, type CsvOptions } from "../write/csv.js";
import { articleJson } from "../write/json.js";
import type { Table } from "../write/tables.js";
import { columnWidths, sheetRows, sheetsXlsx, type Sheet } from "../write/xlsx.js";
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

/** One article's share of the combined tables, formatted where the article was processed (in
 *  its worker), so that joining a batch is only concatenation in input order. */
export type CombinedPart = Record<string, { columns: string[]; csv: string; xml: string; widths: number[]; rows: number }>;

export async function combinedPart(id: string, t: Record<string, Table>, csv: CsvOptions): Promise<CombinedPart> {
  const part: CombinedPart = {};
  for (const [kind, table] of Object.entries(t)) {
    const withId: Table = { columns: ["article", ...table.columns], rows: table.rows.map((r) => [id, ...r]) };
    part[kind] = { columns: withId.columns, csv: await csvRows(withId.rows, csv), xml: sheetRows(withId.rows), widths: columnWidths(withId), rows: withId.rows.length };
  }
  return part;
}

/** Combined tables over a batch (an "article" column first) and tables.xlsx, from the parts in input order. */
/** `extra` tables (the archive's articles and registers) join the workbook as sheets of their own. */
export async function writeCombined(outDir: string, parts: CombinedPart[], csv: CsvOptions, extra: Record<string, Table> = {}): Promise<void> {
  removeStaleTemporaries(outDir);
  const sheets: Record<string, Sheet> = {};
  for (const kind of Object.keys(parts[0] ?? {})) {
    const columns = parts[0][kind].columns;
    const header = await csvRows([columns], csv);
    writeAtomic(join(outDir, `${kind}.csv`), (csv.bom ? "\uFEFF" : "") + header + parts.map((p) => p[kind].csv).join(""));
    const widths = columns.map((_, i) => Math.max(...parts.map((p) => p[kind].widths[i])));
    sheets[kind] = { columns, rowsXml: parts.map((p) => p[kind].xml).join(""), widths, rows: parts.reduce((n, p) => n + p[kind].rows, 0) };
  }
  for (const [name, t] of Object.entries(extra)) sheets[name] = { columns: t.columns, rowsXml: sheetRows(t.rows), widths: columnWidths(t), rows: t.rows.length };
  writeAtomic(join(outDir, "tables.xlsx"), sheetsXlsx(sheets));
}
