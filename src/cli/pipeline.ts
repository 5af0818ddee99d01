// `npm run pipeline -- [files or folders...] [options]`: every article through every stage, in
// worker threads when there are several, with combined tables and a summary at the end.
import { cpus } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { ArticleSchema } from "../schema/article.js";
import { writeAtomic } from "../write/atomic.js";
import { parseCommand, type Command, type Option } from "./args.js";
import { expandInputs, skippedLine } from "./inputs.js";
import { progress } from "./progress.js";
import processArticle, { type Job, type JobResult } from "./worker.js";
import { buildArchive } from "../archive/build.js";
import { plan } from "../archive/plan.js";

const command = {
  name: "npm run pipeline --",
  usage: "[files or folders...] [options]",
  about: `Reads bulletin articles (.txt or .md, UTF-8; folders with their sub-folders) and writes for each
one <out>/<id>/: article.json, source.txt, one CSV per record kind and review.html. The output
folder is an archive: runs add to it, and <out>/<kind>.csv (an "article" column first),
<out>/tables.xlsx, <out>/articles.csv, <out>/registers/*.csv and <out>/index.html cover every
article in it. An input unchanged since its article was written (same bytes, same pipeline
version) is skipped. With no files or folders, reads input/.`,
  options: {
    out: { type: "string", value: "DIR", default: "output", description: "where to write" },
    jobs: { type: "string", value: "N", description: "articles processed in parallel, in worker threads (default: the number of cores)" },
    bom: { type: "boolean", description: 'start every CSV with a UTF-8 byte-order mark, so Excel shows "Türkiye" right' },
    "no-escape-formulas": { type: "boolean", description: "leave cells that start with = + - @ as they are (by default they get a leading ')" },
    force: { type: "boolean", description: "redo every input, even an unchanged one" },
    prune: { type: "boolean", description: "remove the articles whose input file is gone (otherwise they are only named)" },
    quiet: { type: "boolean", description: "print only problems and the summary" },
  },
  positionals: { name: "files or folders" },
  more: "Exit codes: 0 all articles written; 1 some inputs failed (the others are written); 2 usage error.",
} satisfies Command<Record<string, Option>>;

type Options = { out: string; jobs: number; bom: boolean; escape: boolean; force: boolean; prune: boolean; quiet: boolean; paths: string[] };

function options(argv: string[]): Options | number {
  const args = parseCommand(command, argv);
  if (typeof args === "number") return args;
  const { values, positionals } = args;
  const jobs = values.jobs === undefined ? cpus().length : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    console.error(`--jobs takes a whole number of at least 1, not ${JSON.stringify(values.jobs)}`);
    return 2;
  }
  return { out: values.out, jobs, bom: values.bom, escape: !values["no-escape-formulas"], force: values.force, prune: values.prune, quiet: values.quiet, paths: positionals.length ? positionals : ["input"] };
}

const workerFile = () =>
  extname(fileURLToPath(import.meta.url)) === ".ts" ? new URL("./worker-entry.mjs", import.meta.url).href : new URL("./worker.js", import.meta.url).href;

/** Runs the jobs, `jobs` at a time, and returns their results in input order. */
async function runAll(list: Job[], jobs: number, onDone: (r: JobResult) => void): Promise<JobResult[]> {
  if (jobs === 1 || list.length < 2) {
    const out: JobResult[] = [];
    for (const job of list) {
      const r = await processArticle(job);
      onDone(r);
      out.push(r);
    }
    return out;
  }
  const { Piscina } = await import("piscina");
  const pool = new Piscina({ filename: workerFile(), maxThreads: jobs, minThreads: Math.min(jobs, list.length) });
  try {
    return await Promise.all(
      list.map(async (job) => {
        const r = (await pool.run(job)) as JobResult;
        onDone(r);
        return r;
      }),
    );
  } finally {
    await pool.destroy();
  }
}

export async function main(argv: string[]): Promise<number> {
  const opts = options(argv);
  if (typeof opts === "number") return opts;
  const started = Date.now();
  const { files, problems, skipped } = expandInputs(opts.paths);
  const skips = skippedLine(skipped);
  if (skips) console.error(skips);
  for (const p of problems) console.error(`FAIL ${p}`);
  if (files.length === 0) {
    console.error(problems.length ? "nothing to do" : `no .txt or .md articles in ${opts.paths.join(", ")}`);
    return problems.length ? 1 : 2;
  }
  const csv = { escapeFormulas: opts.escape, bom: opts.bom };
  const { todo, unchanged } = plan(opts.out, files, opts.force);
  if (unchanged.length && !opts.quiet) console.log(`${unchanged.length} unchanged since the run that wrote them, skipped (--force redoes them)`);
  const bar = progress(todo.length, !!process.stdout.isTTY && !opts.quiet, opts.quiet);
  const results = await runAll(
    todo.map((f) => ({ ...f, outDir: opts.out, csv })),
    opts.jobs,
    (r) => {
      if (!r.ok) console.error(`FAIL ${r.error}`);
      bar.done({ ok: r.ok, display: r.display, note: r.ok ? `→ ${join(opts.out, r.id)}/ (${r.warnings} warnings)` : "" }, r.ok ? total(r.records) : 0);
    },
  );
  bar.end();
  const done = results.filter((r) => r.ok);
  const failed = [...problems, ...results.filter((r) => !r.ok).map((r) => r.error)];
  let archive = "";
  try {
    const a = await buildArchive(opts.out, csv, { given: new Set(files.map((f) => f.id)), prune: opts.prune });
    for (const o of a.gone) console.log(`${o.id}: its input ${o.file} is gone; ${opts.prune ? "removed" : "kept (--prune removes it)"}`);
    archive = `; archive of ${a.articles} article${a.articles === 1 ? "" : "s"}${a.stale.length ? ` (${a.stale.length} left out, written by an older pipeline: ${a.stale.join(", ")}; run their inputs again)` : ""}`;
    writeAtomic(join(opts.out, "schema", "article.schema.json"), JSON.stringify(z.toJSONSchema(ArticleSchema), null, 2) + "\n");
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { dest?: string };
    failed.push(`${err.dest ?? err.path ?? opts.out}: cannot write this combined output (${err.code ?? err.message})`);
    console.error(`FAIL ${failed[failed.length - 1]}`);
  }
  const sum = (k: string) => done.reduce((s, r) => s + r.records[k], 0);
  const kinds = ["dates", "numbers", "organisations", "treaties"];
  console.log(
    `${files.length + problems.length} files: ${done.length} written, ${unchanged.length ? `${unchanged.length} unchanged, ` : ""}${failed.length} failed; ` +
      `${kinds.map((k) => `${sum(k)} ${k}`).join(", ")}, ${sum("footnotes")} calls and notes; ` +
      `${done.reduce((s, r) => s + r.warnings, 0)} warnings${archive}; ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (failed.length) console.error(`failed:\n${failed.map((f) => `  ${f}`).join("\n")}`);
  return failed.length ? 1 : 0;
}

const total = (records: Record<string, number>) => Object.entries(records).reduce((s, [k, n]) => (k === "sections" || k === "warnings" ? s : s + n), 0);
