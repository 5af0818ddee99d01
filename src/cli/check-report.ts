// What `npm run check` reports: per article, the records, sections, register rows, warnings and
// metadata fields that differ (src/evaluate/diff.ts); then files that differ for another reason.
//
// Tables and the review page are renderings of article.json: whenever a record's offsets move,
// every table differs byte-wise, and reporting that would only repeat the record differences. So
// the fresh files are not compared with the committed ones. Instead the committed article.json is
// rendered again through the current writers (the same functions the pipeline calls) and compared
// with the committed files: a difference there is one the records cannot explain (a writer
// changed, or output/ was edited by hand). Each article folder keeps its source text (source.txt),
// so everything is rendered from output/ alone.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { articleDiff, topLevelDifferences } from "../evaluate/diff.js";
import { buildArchive } from "../archive/build.js";
import { articleIds, readSourceText } from "../archive/folders.js";
import type { Article } from "../schema/article.js";
import { defaultCsvOptions } from "../write/csv.js";
import { tables } from "../write/tables.js";
import { expandInputs, type InputFile } from "./inputs.js";
import { main as pipeline } from "./pipeline.js";
import { writeArticle } from "./write-article.js";

type Run = { output: string; fresh: string; rendered: string; inputs: InputFile[] };

/** Runs the pipeline on `input` into a temporary folder, prints how it differs from `output`, and
 *  returns the exit code: 0 identical, 1 different (or an input failed). */
export async function check(input: string, output: string): Promise<number> {
  const run: Run = { output, fresh: mkdtempSync(join(tmpdir(), "bulletin-check-")), rendered: mkdtempSync(join(tmpdir(), "bulletin-rendered-")), inputs: expandInputs([input]).files };
  try {
    const status = await pipeline([input, "--out", run.fresh, "--quiet"]);
    const ids = [...new Set([...articleIds(output), ...articleIds(run.fresh)])].sort();
    let differences = 0;
    for (const id of ids) differences += (await reportArticle(run, id)) ? 1 : 0;
    differences += await reportCombined(run, articleIds(output));
    console.log(differences ? `${plural(differences, "difference")} from ${output}/` : `identical to ${output}/`);
    return differences || status !== 0 ? 1 : 0;
  } finally {
    rmSync(run.fresh, { recursive: true, force: true });
    rmSync(run.rendered, { recursive: true, force: true });
  }
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Article;
const sameBytes = (a: string, b: string) => existsSync(a) && existsSync(b) && readFileSync(a).equals(readFileSync(b));

/** Prints one article's differences; true when it has any. */
async function reportArticle(run: Run, id: string): Promise<boolean> {
  const [was, now] = [join(run.output, id), join(run.fresh, id)];
  if (!existsSync(now) || !existsSync(was)) {
    console.log(existsSync(now) ? `${id}: new, not in ${run.output}/` : `${id}: in ${run.output}/ but no longer produced`);
    return true;
  }
  let before: Article;
  try {
    before = readJson(join(was, "article.json"));
  } catch (e) {
    console.log(`${id}: ${join(was, "article.json")} cannot be read (${(e as Error).message}); run the pipeline to write it again`);
    return true;
  }
  const after = readJson(join(now, "article.json"));
  const lines = articleDiff(before, after);
  const files = await rewritten(run, before, was);
  const head = [`${plural(lines.length, "record difference")}`];
  if (before.source.sha256 !== after.source.sha256) head.push(`input changed (${before.source.chars} → ${after.source.chars} characters)${lines.length ? "" : "; every record the same, offsets moved"}`);
  else if (!lines.length && !sameBytes(join(was, "article.json"), join(now, "article.json"))) head.push(`article.json differs in no compared field, only in ${topLevelDifferences(before, after)}`);
  if (files.length) head.push(`files written differently from the same records: ${files.join(", ")}`);
  if (head.length === 1 && !lines.length) return false;
  console.log(`${id}: ${head.join("; ")}`);
  for (const l of lines) console.log(`  ${l}`);
  return true;
}

/** The committed files of one article that the current writers, given its committed article.json
 *  and source.txt, would not write byte for byte as they are. */
async function rewritten(run: Run, before: Article, was: string): Promise<string[]> {
  const source = readSourceText(run.output, before.id);
  if (source === null) return [`${before.source.text} (missing: the folder was written by an older pipeline)`];
  const dir = join(run.rendered, "articles");
  try {
    await writeArticle(dir, before, tables(before, source), defaultCsvOptions, source);
  } catch (e) {
    return [`article.json (the current writers cannot render it: ${(e as Error).message})`];
  }
  const again = join(dir, before.id);
  return [...new Set([...readdirSync(was), ...readdirSync(again)])]
    .filter((f) => !sameBytes(join(was, f), join(again, f)))
    .map((f) => (!existsSync(join(was, f)) ? `${f} (missing)` : !existsSync(join(again, f)) ? `${f} (no longer written)` : f))
    .sort();
}

/** The archive's own files (combined tables, tables.xlsx, articles.csv, registers, index.html) and
 *  the schema, rebuilt by the current writers from the committed article folders: the number of
 *  differences printed. */
async function reportCombined(run: Run, committed: string[]): Promise<number> {
  const problems: string[] = [];
  const schema = join("schema", "article.schema.json");
  if (!sameBytes(join(run.output, schema), join(run.fresh, schema))) problems.push(`${schema}: the schema differs`);
  const dir = join(run.rendered, "archive");
  try {
    for (const id of committed) {
      const a = readJson(join(run.output, id, "article.json"));
      mkdirSync(join(dir, id), { recursive: true });
      for (const f of ["article.json", a.source.text]) copyFileSync(join(run.output, id, f), join(dir, id, f));
    }
    await buildArchive(dir, defaultCsvOptions);
    for (const f of [...new Set([...archiveFiles(run.output), ...archiveFiles(dir)])].sort())
      if (!sameBytes(join(run.output, f), join(dir, f))) problems.push(`${f}: written differently from the same records`);
  } catch (e) {
    problems.push(`archive files: the current writers cannot render ${run.output}/ (${(e as Error).message})`);
  }
  for (const p of problems) console.log(p);
  return problems.length;
}

/** The archive's files: those at its top and in registers/. */
function archiveFiles(dir: string): string[] {
  const files = (p: string) => (existsSync(join(dir, p)) ? readdirSync(join(dir, p), { withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(p, d.name)) : []);
  return [...files(""), ...files("registers")];
}
