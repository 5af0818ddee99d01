// What `npm run check` reports: per article, the records, sections, register rows, warnings and
// metadata fields that differ (src/evaluate/diff.ts); then files that differ for another reason.
//
// Tables and the review page are renderings of article.json: whenever a record's offsets move,
// every table differs byte-wise, and reporting that would only repeat the record differences. So
// the fresh files are not compared with the committed ones. Instead the committed article.json is
// rendered again through the current writers (the same functions the pipeline calls) and compared
// with the committed files: a difference there is one the records cannot explain (a writer
// changed, or output/ was edited by hand). review.html also needs the source text, which output/
// does not keep: it is rendered only when the input still has the committed sha256.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { articleDiff, topLevelDifferences } from "../evaluate/diff.js";
import { decode } from "../ingest/decode.js";
import type { Article } from "../schema/article.js";
import { defaultCsvOptions } from "../write/csv.js";
import { tables } from "../write/tables.js";
import { expandInputs, type InputFile } from "./inputs.js";
import { main as pipeline } from "./pipeline.js";
import { combinedPart, writeArticle, writeCombined } from "./write-article.js";

type Run = { output: string; fresh: string; rendered: string; inputs: InputFile[] };

/** Runs the pipeline on `input` into a temporary folder, prints how it differs from `output`, and
 *  returns the exit code: 0 identical, 1 different (or an input failed). */
export async function check(input: string, output: string): Promise<number> {
  const run: Run = { output, fresh: mkdtempSync(join(tmpdir(), "bulletin-check-")), rendered: mkdtempSync(join(tmpdir(), "bulletin-rendered-")), inputs: expandInputs([input]).files };
  try {
    const status = await pipeline([input, "--out", run.fresh, "--quiet"]);
    const ids = [...new Set([...dirs(output), ...dirs(run.fresh)])].sort();
    let differences = 0;
    for (const id of ids) differences += (await reportArticle(run, id)) ? 1 : 0;
    differences += await reportCombined(run, dirs(output));
    console.log(differences ? `${plural(differences, "difference")} from ${output}/` : `identical to ${output}/`);
    return differences || status !== 0 ? 1 : 0;
  } finally {
    rmSync(run.fresh, { recursive: true, force: true });
    rmSync(run.rendered, { recursive: true, force: true });
  }
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
const dirs = (p: string) => (existsSync(p) ? readdirSync(p, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== "schema").map((d) => d.name) : []);
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

/** The committed files of one article that the current writers, given its committed article.json,
 *  would not write byte for byte as they are. */
async function rewritten(run: Run, before: Article, was: string): Promise<string[]> {
  const source = committedSource(run, before);
  const dir = join(run.rendered, "articles");
  try {
    await writeArticle(dir, before, defaultCsvOptions, source);
  } catch (e) {
    return [`article.json (the current writers cannot render it: ${(e as Error).message})`];
  }
  const again = join(dir, before.id);
  const names = [...new Set([...readdirSync(was), ...readdirSync(again)])].filter((f) => source !== undefined || f !== "review.html");
  return names
    .filter((f) => !sameBytes(join(was, f), join(again, f)))
    .map((f) => (!existsSync(join(was, f)) ? `${f} (missing)` : !existsSync(join(again, f)) ? `${f} (no longer written)` : f))
    .sort();
}

/** The input's text, when it is still the text the committed article was made from. */
function committedSource(run: Run, before: Article): string | undefined {
  const file = run.inputs.find((f) => f.id === before.id);
  if (!file) return undefined;
  try {
    const decoded = decode(file.display, new Uint8Array(readFileSync(file.path)));
    return decoded.sha256 === before.source.sha256 ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}

/** Combined tables and the schema: the number of differences printed. */
async function reportCombined(run: Run, committed: string[]): Promise<number> {
  const problems: string[] = [];
  const schema = join("schema", "article.schema.json");
  if (!sameBytes(join(run.output, schema), join(run.fresh, schema))) problems.push(`${schema}: the schema differs`);
  // Rendered in input order, as the pipeline joins them; when an article of output/ is no longer
  // an input, the combined tables differ by it and its own line above already says so.
  const order = run.inputs.map((f) => f.id).filter((id) => committed.includes(id));
  if (order.length && order.length === committed.length) {
    const dir = join(run.rendered, "combined");
    try {
      const parts = await Promise.all(order.map((id) => combinedPart(id, tables(readJson(join(run.output, id, "article.json"))), defaultCsvOptions)));
      await writeCombined(dir, parts, defaultCsvOptions);
      const files = (p: string) => readdirSync(p, { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name);
      for (const f of [...new Set([...files(run.output), ...files(dir)])].sort())
        if (!sameBytes(join(run.output, f), join(dir, f))) problems.push(`${f}: written differently from the same records`);
    } catch (e) {
      problems.push(`combined tables: the current writers cannot render ${run.output}/ (${(e as Error).message})`);
    }
  }
  for (const p of problems) console.log(p);
  return problems.length;
}
