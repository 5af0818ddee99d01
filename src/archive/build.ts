// Rebuilds the archive's shared files from every article folder in the output folder, whichever
// run wrote it: the combined tables and tables.xlsx, articles.csv, the registers and index.html.
// Articles are read one at a time, so memory holds their summaries, not the articles.
import { join } from "node:path";
import { combinedPart, writeCombined, type CombinedPart } from "../cli/write-article.js";
import { writeAtomic } from "../write/atomic.js";
import { toCsv, type CsvOptions } from "../write/csv.js";
import { tables, type Table } from "../write/tables.js";
import { articleIds, readArticle } from "./folders.js";
import { articlesTable } from "./articles.js";
import { indexData, indexHtml } from "./index-page.js";
import { organisationRegister, outletRegister, treatyRegister } from "./registers.js";
import { summarise, type ArticleSummary } from "./summary.js";

export type ArchiveSummary = { articles: number; organisations: number; treaties: number; outlets: number };

export async function buildArchive(outDir: string, csv: CsvOptions): Promise<ArchiveSummary> {
  const summaries: ArticleSummary[] = [];
  const parts: CombinedPart[] = [];
  for (const id of articleIds(outDir)) {
    const article = readArticle(outDir, id);
    summaries.push(summarise(article));
    parts.push(await combinedPart(id, tables(article), csv));
  }
  const articles = articlesTable(summaries);
  const orgs = organisationRegister(summaries);
  const treaties = treatyRegister(summaries);
  const outlets = outletRegister(summaries);
  const extra: Record<string, Table> = { articles, "organisation-register": orgs.table, "treaty-register-all": treaties.table, outlets };
  await writeCombined(outDir, parts, csv, extra);
  writeAtomic(join(outDir, "articles.csv"), await toCsv(articles, csv));
  writeAtomic(join(outDir, "registers", "organisations.csv"), await toCsv(orgs.table, csv));
  writeAtomic(join(outDir, "registers", "treaties.csv"), await toCsv(treaties.table, csv));
  writeAtomic(join(outDir, "registers", "outlets.csv"), await toCsv(outlets, csv));
  writeAtomic(join(outDir, "index.html"), indexHtml(indexData(summaries, articles, orgs, treaties, outlets)));
  return { articles: summaries.length, organisations: orgs.table.rows.length, treaties: treaties.table.rows.length, outlets: outlets.rows.length };
}
