// Rebuilds the archive's shared files from every article folder in the output folder, whichever
// run wrote it: the combined tables and tables.xlsx, articles.csv, the registers and index.html.
// Each folder's article.json and source.txt are all that is read, one article at a time, so memory
// holds the articles' summaries, not the articles.
import { createWriteStream, existsSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { removeStaleTemporaries, writeAtomic } from "../write/atomic.js";
import { toCsv, type CsvOptions } from "../write/csv.js";
import { tables, type Table } from "../write/tables.js";
import { writeXlsx, sheetRows, columnWidths, type Sheet } from "../write/xlsx.js";
import { articlesTable } from "./articles.js";
import { CombinedTables } from "./combined.js";
import { articleIds, readArticle, readSourceText } from "./folders.js";
import { indexData, indexHtml } from "./index-page.js";
import { organisationRegister, outletRegister, treatyRegister } from "./registers.js";
import { summarise, type ArticleSummary } from "./summary.js";

/** An article whose input file no longer exists where the run that wrote it read it. */
export type Orphan = { id: string; file: string };
export type ArchiveSummary = { articles: number; stale: string[]; gone: Orphan[]; organisations: number; treaties: number; outlets: number };
/** The ids this run was given (their inputs exist), and whether articles whose input is gone go. */
export type Inputs = { given: Set<string>; prune: boolean };

/** Reads every article folder once: its summary, and its tables appended to the combined ones.
 *  A folder an older pipeline wrote (no source text, or no sentences) is left out and named; one
 *  whose input is gone is named, and removed when pruning. */
async function readFolders(outDir: string, combined: CombinedTables, inputs: Inputs | null): Promise<{ summaries: ArticleSummary[]; stale: string[]; gone: Orphan[] }> {
  const summaries: ArticleSummary[] = [];
  const stale: string[] = [];
  const gone: Orphan[] = [];
  for (const id of articleIds(outDir)) {
    const article = readArticle(outDir, id);
    if (inputs && !inputs.given.has(id) && !existsSync(article.source.file)) {
      gone.push({ id, file: article.source.file });
      if (inputs.prune) {
        rmSync(join(outDir, id), { recursive: true, force: true });
        continue;
      }
    }
    const source = article.source?.text ? readSourceText(outDir, id) : null;
    if (source === null || !Array.isArray(article.sentences)) {
      stale.push(id);
      continue;
    }
    summaries.push(summarise(article));
    await combined.add(id, tables(article, source));
  }
  return { summaries, stale, gone };
}

const inMemory = (t: Table): Sheet => ({ columns: t.columns, rowsXml: sheetRows(t.rows), widths: columnWidths(t), rows: t.rows.length });

async function writeWorkbook(path: string, sheets: Record<string, Sheet>): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  const out = createWriteStream(tmp);
  await writeXlsx(sheets, (chunk) => void out.write(chunk));
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  // the rename makes it appear whole, as writeAtomic does for the files held in memory
  renameSync(tmp, path);
}

export async function buildArchive(outDir: string, csv: CsvOptions, inputs: Inputs | null = null): Promise<ArchiveSummary> {
  removeStaleTemporaries(outDir);
  removeStaleTemporaries(join(outDir, "registers"));
  const combined = new CombinedTables(outDir, csv);
  try {
    const { summaries, stale, gone } = await readFolders(outDir, combined, inputs);
    const articles = articlesTable(summaries);
    const orgs = organisationRegister(summaries);
    const treaties = treatyRegister(summaries);
    const outlets = outletRegister(summaries);
    const registers: Record<string, Table> = { organisations: orgs.table, treaties: treaties.table, outlets };
    writeAtomic(join(outDir, "articles.csv"), await toCsv(articles, csv));
    for (const [name, t] of Object.entries(registers)) writeAtomic(join(outDir, "registers", `${name}.csv`), await toCsv(t, csv));
    writeAtomic(join(outDir, "index.html"), indexHtml(indexData(summaries, articles, orgs, treaties, outlets)));
    const sheets = { ...combined.finish(), articles: inMemory(articles), ...Object.fromEntries(Object.entries(registers).map(([n, t]) => [`register-${n}`, inMemory(t)])) };
    await writeWorkbook(join(outDir, "tables.xlsx"), sheets);
    return { articles: summaries.length, stale, gone, organisations: orgs.table.rows.length, treaties: treaties.table.rows.length, outlets: outlets.rows.length };
  } finally {
    combined.dispose();
  }
}
