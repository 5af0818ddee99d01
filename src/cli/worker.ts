// One article from file to output folder. Runs in the main thread or in a worker thread (piscina)
// and hands back only the rows of the combined tables, so a batch never holds whole articles.
import { readFileSync, statSync } from "node:fs";
import { InputError } from "../ingest/decode.js";
import { runArticleWithSource } from "../stages.js";
import type { CsvOptions } from "../write/csv.js";
import { tables } from "../write/tables.js";
import { writeArticle } from "./write-article.js";

export type Job = { id: string; path: string; display: string; outDir: string; csv: CsvOptions };
export type JobResult =
  | { ok: true; id: string; display: string; records: Record<string, number>; warnings: number }
  | { ok: false; id: string; display: string; error: string };

export default async function processArticle(job: Job): Promise<JobResult> {
  try {
    let bytes: Uint8Array;
    try {
      // a FIFO or device would block the read; only regular files are articles
      if (!statSync(job.path).isFile() && !statSync(job.path).isDirectory()) throw new InputError(job.display, "is not a regular file");
      bytes = new Uint8Array(readFileSync(job.path));
    } catch (e) {
      if (e instanceof InputError) throw e;
      const err = e as NodeJS.ErrnoException;
      const why = err.code === "EISDIR" ? "is a folder, not an article file" : err.code === "ENOENT" ? "does not exist (or is a broken link)" : err.code === "EACCES" ? "cannot be read (permission denied)" : `cannot be read (${err.code ?? err.message})`;
      throw new InputError(job.display, why);
    }
    const { article, source } = runArticleWithSource(job.id, job.display, bytes);
    const t = tables(article, source);
    await writeArticle(job.outDir, article, t, job.csv, source);
    const records = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.rows.length]));
    return { ok: true, id: job.id, display: job.display, records, warnings: article.warnings.length };
  } catch (e) {
    const message = e instanceof InputError ? e.message : `${job.display}: ${describeFailure(e)}`;
    return { ok: false, id: job.id, display: job.display, error: message };
  }
}

function describeFailure(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const dest = (err as { dest?: string })?.dest;
  if (err?.code && (dest || err.path)) return `cannot write ${dest ?? err.path} (${err.code})`;
  return err?.message ?? String(e);
}
