// `npm run pipeline -- [files or folders...] [options]`: every article through every stage, in
// worker threads when there are several, with combined tables and a summary at the end.
import { cpus } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { ArticleSchema } from "../schema/article.js";
import { writeAtomic } from "../write/atomic.js";
import { expandInputs } from "./inputs.js";
import { progress } from "./progress.js";
import processArticle, { type Job, type JobResult } from "./worker.js";
import { buildArchive } from "../archive/build.js";
import { orphans, plan, prune } from "../archive/plan.js";

export const usage = `Usage: npm run pipeline -- [files or folders...] [options]

Reads bulletin articles (.txt or .md, UTF-8) and writes for each one output/<id>/article.json,
source.txt, one CSV per record kind and review.html. The output folder is an archive: runs add to
it, and the combined tables output/<kind>.csv (an "article" column first), output/tables.xlsx,
output/articles.csv, output/registers/*.csv and output/index.html cover every article in it.
Inputs unchanged since their article was written (same bytes, same pipeline version) are skipped.
With no files or folders, reads input/.

Options:
  --out DIR             where to write (default: output)
  --jobs N              articles processed in parallel, in worker threads (default: the number of cores)
  --bom                 start every CSV with a UTF-8 byte-order mark, so Excel shows "Türkiye" right
  --no-escape-formulas  leave cells that start with = + - @ as they are (for machine consumers);
                        by default they get a leading ' so a spreadsheet never runs them
  --force               redo every input, even an unchanged one
  --prune               remove the articles whose input file is gone (they are only named otherwise)
  --quiet               print only problems and the summary
  --help                show this text

Exit codes: 0 all articles written; 1 some inputs failed (the others are written); 2 usage error.`;

type Options = { out: string; jobs: number; bom: boolean; escape: boolean; force: boolean; prune: boolean; quiet: boolean; paths: string[] };

function options(argv: string[]): Options | string {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string", default: "output" },
        jobs: { type: "string" },
        bom: { type: "boolean", default: false },
        "no-escape-formulas": { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        prune: { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    });
  } catch (e) {
    return (e as Error).message;
  }
  if (args.values.help) return "help";
  const jobs = args.values.jobs === undefined ? cpus().length : Number(args.values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) return `--jobs takes a whole number of at least 1, not ${JSON.stringify(args.values.jobs)}`;
  return {
    out: args.values.out!,
    jobs,
    bom: args.values.bom!,
    escape: !args.values["no-escape-formulas"],
    force: args.values.force!,
    prune: args.values.prune!,
    quiet: args.values.quiet!,
    paths: args.positionals.length ? args.positionals : ["input"],
  };
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
  if (opts === "help") {
    console.log(usage);
    return 0;
  }
  if (typeof opts === "string") {
    console.error(`${opts}\n\n${usage}`);
    return 2;
  }
  const started = Date.now();
  const { files, problems } = expandInputs(opts.paths);
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
  const gone = orphans(opts.out, files);
  for (const o of gone) console.log(`${o.id}: its input ${o.file} is gone; ${opts.prune ? "removed" : "kept (--prune removes it)"}`);
  if (opts.prune) prune(opts.out, gone);
  let archive = "";
  try {
    const a = await buildArchive(opts.out, csv);
    archive = `; archive of ${a.articles} articles`;
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
