// `npm run pipeline -- [files or folders...] [--out DIR]`: every article through every stage.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { ArticleSchema, type Article } from "../schema/article.js";
import { InputError } from "../ingest/decode.js";
import { runArticle } from "../stages.js";
import { writeAtomic } from "../write/atomic.js";
import { expandInputs } from "./inputs.js";
import { writeArticle, writeCombined } from "./write-article.js";

export const usage = `Usage: npm run pipeline -- [files or folders...] [options]

Reads bulletin articles (.txt or .md, UTF-8) and writes for each one output/<id>/article.json and
one CSV per record kind, plus combined tables output/<kind>.csv and the JSON Schema of article.json
in output/schema/. With no files or folders, reads input/.

Options:
  --out DIR             where to write (default: output)
  --bom                 start every CSV with a UTF-8 byte-order mark, so Excel shows "Türkiye" right
  --no-escape-formulas  leave cells that start with = + - @ as they are (for machine consumers);
                        by default they get a leading ' so a spreadsheet never runs them
  --quiet               print only problems and the summary
  --help                show this text

Exit codes: 0 all articles written; 1 some inputs failed (the others are written); 2 usage error.`;

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string", default: "output" },
        bom: { type: "boolean", default: false },
        "no-escape-formulas": { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${usage}`);
    return 2;
  }
  if (args.values.help) {
    console.log(usage);
    return 0;
  }
  const started = Date.now();
  const outDir = args.values.out!;
  const csv = { escapeFormulas: !args.values["no-escape-formulas"], bom: args.values.bom! };
  const { files, problems } = expandInputs(args.positionals.length ? args.positionals : ["input"]);
  if (files.length === 0 && problems.length === 0) {
    console.error("no .txt or .md articles found in the given paths");
    return 2;
  }
  const done: Article[] = [];
  const failed: string[] = [...problems];
  for (const f of files) {
    try {
      const article = runArticle(f.id, f.display, new Uint8Array(readFileSync(f.path)));
      await writeArticle(outDir, article, csv);
      done.push(article);
      if (!args.values.quiet) console.log(`ok   ${f.display} → ${join(outDir, f.id)}/ (${article.warnings.length} warnings)`);
    } catch (e) {
      const message = e instanceof InputError ? e.message : `${f.display}: ${(e as Error).message}`;
      failed.push(message);
      console.error(`FAIL ${message}`);
    }
  }
  if (done.length) await writeCombined(outDir, done, csv);
  writeAtomic(join(outDir, "schema", "article.schema.json"), JSON.stringify(z.toJSONSchema(ArticleSchema), null, 2) + "\n");
  const count = (k: (a: Article) => number) => done.reduce((s, a) => s + k(a), 0);
  console.log(
    `${done.length} written, ${failed.length} failed; ${count((a) => a.dates.length)} dates, ${count((a) => a.numbers.length)} numbers, ` +
      `${count((a) => a.organisations.length)} organisations, ${count((a) => a.treaties.length)} treaties, ` +
      `${count((a) => a.footnotes.markers.length)} calls, ${count((a) => a.footnotes.notes.length)} notes, ` +
      `${count((a) => a.warnings.length)} warnings; ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (failed.length) console.error(`failed:\n${failed.map((f) => `  ${f}`).join("\n")}`);
  return failed.length ? 1 : 0;
}
