// Runs one stage alone, for debugging: it reads the previous stage's JSON from the work folder
// (work/<id>/<previous>.json) and writes its own beside it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeAtomic } from "../write/atomic.js";
import { viewFromJson, viewToJson, type View } from "../text/view.js";

/** A stage value as JSON: its view's maps become plain arrays. */
export function stageJson(value: unknown): string {
  const v = value as { view?: View };
  return JSON.stringify(v.view ? { ...v, view: viewToJson(v.view) } : value) + "\n";
}

export function readStage(path: string): unknown {
  const v = JSON.parse(readFileSync(path, "utf8"));
  return v.view ? { ...v, view: viewFromJson(v.view) } : v;
}

export function runStage<I, O>(name: string, previous: string, fn: (input: I) => O, argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { work: { type: "string", default: "work" } } });
  if (positionals.length === 0) {
    console.error(`usage: tsx pipeline/${name}.ts <article id...> [--work DIR]  (reads DIR/<id>/${previous}.json, writes DIR/<id>/${name}.json)`);
    return 2;
  }
  let failed = 0;
  for (const id of positionals) {
    const from = join(values.work!, id, `${previous}.json`);
    try {
      const output = fn(readStage(from) as I);
      writeAtomic(join(values.work!, id, `${name}.json`), stageJson(output));
      console.log(`${name}: ${id} → ${join(values.work!, id, `${name}.json`)}`);
    } catch (e) {
      console.error(`${name}: ${from}: ${(e as Error).message}`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}
