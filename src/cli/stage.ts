// Runs one stage alone, for debugging: it reads the previous stage's JSON from the work folder
// (work/<id>/<previous>.json) and writes its own beside it. Stage 1 reads the article files.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assemble, ingest, validate, type WithEntities } from "../stages.js";
import { viewFromJson, viewToJson, type View } from "../text/view.js";
import { writeAtomic } from "../write/atomic.js";
import { defaultCsvOptions } from "../write/csv.js";
import { parseCommand, type Command, type Option } from "./args.js";
import { expandInputs, skippedLine } from "./inputs.js";
import { writeArticle } from "./write-article.js";
import { tables } from "../write/tables.js";

/** A stage value as JSON: its view's maps become plain arrays. */
export function stageJson(value: unknown): string {
  const v = value as { view?: View };
  return JSON.stringify(v.view ? { ...v, view: viewToJson(v.view) } : value) + "\n";
}

export function readStage(path: string): unknown {
  const v = JSON.parse(readFileSync(path, "utf8"));
  return v.view ? { ...v, view: viewFromJson(v.view) } : v;
}

const work = { type: "string", value: "DIR", default: "work", description: "the work folder, holding DIR/<id>/<stage>.json" } satisfies Option;

const stageCommand = (name: string, previous: string) =>
  ({
    name: `npx tsx pipeline/${name}.ts`,
    usage: "<article id...> [--work DIR]",
    about: `Runs the ${name} stage alone, for debugging: reads DIR/<id>/${previous}.json, writes DIR/<id>/${name}.json.`,
    options: { work },
    positionals: { name: "an article id (the input file's name without its extension)", min: 1 },
  }) satisfies Command<Record<string, Option>>;

export function runStage<I, O>(name: string, previous: string, fn: (input: I) => O, argv: string[]): number {
  const args = parseCommand(stageCommand(name, previous), argv);
  if (typeof args === "number") return args;
  const { values, positionals } = args;
  let failed = 0;
  for (const id of positionals) {
    const from = join(values.work, id, `${previous}.json`);
    try {
      const output = fn(readStage(from) as I);
      writeAtomic(join(values.work, id, `${name}.json`), stageJson(output));
      console.log(`${name}: ${id} → ${join(values.work, id, `${name}.json`)}`);
    } catch (e) {
      console.error(`${name}: ${from}: ${(e as Error).message}`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}

const ingestCommand = {
  name: "npx tsx pipeline/ingest.ts",
  usage: "[files or folders...] [--work DIR]",
  about: "Runs the ingest stage alone, for debugging: reads each article (default: input/), writes DIR/<id>/ingest.json.",
  options: { work },
  positionals: { name: "files or folders" },
} satisfies Command<Record<string, Option>>;

/** Stage 1 alone: article files to DIR/<id>/ingest.json. */
export function ingestStage(argv: string[]): number {
  const args = parseCommand(ingestCommand, argv);
  if (typeof args === "number") return args;
  const { values, positionals } = args;
  const { files, problems, skipped } = expandInputs(positionals.length ? positionals : ["input"]);
  const skips = skippedLine(skipped);
  if (skips) console.error(`ingest: ${skips}`);
  for (const p of problems) console.error(`ingest: ${p}`);
  let failed = problems.length;
  for (const f of files) {
    try {
      const out = ingest(f.id, f.display, new Uint8Array(readFileSync(f.path)));
      writeAtomic(join(values.work, f.id, "ingest.json"), stageJson(out));
      console.log(`ingest: ${f.display} → ${join(values.work, f.id, "ingest.json")}`);
    } catch (e) {
      console.error(`ingest: ${(e as Error).message}`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}

const writeCommand = {
  name: "npx tsx pipeline/write.ts",
  usage: "<article id...> [--work DIR] [--out DIR]",
  about: "Runs the last stages alone, for debugging: reads DIR/<id>/entities.json, validates the article,\nwrites OUT/<id>/article.json and its CSVs.",
  options: { work, out: { type: "string", value: "DIR", default: "output", description: "where to write the article's folder" } },
  positionals: { name: "an article id (the input file's name without its extension)", min: 1 },
} satisfies Command<Record<string, Option>>;

/** Stages 5 and 6 alone: assemble and validate the article, then write article.json and the CSVs. */
export async function writeStage(argv: string[]): Promise<number> {
  const args = parseCommand(writeCommand, argv);
  if (typeof args === "number") return args;
  const { values, positionals } = args;
  let failed = 0;
  for (const id of positionals) {
    try {
      const input = readStage(join(values.work, id, "entities.json")) as WithEntities;
      const article = validate(assemble(input), input.source);
      await writeArticle(values.out, article, tables(article, input.source), defaultCsvOptions, input.source);
      console.log(`write: ${id} → ${join(values.out, id)}/`);
    } catch (e) {
      console.error(`write: ${id}: ${(e as Error).message}`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}
