// Stage 1 alone: `tsx pipeline/ingest.ts input/<id>.txt... [--work DIR]` writes DIR/<id>/ingest.json.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { expandInputs } from "../src/cli/inputs.js";
import { ingest } from "../src/stages.js";
import { writeAtomic } from "../src/write/atomic.js";
import { stageJson } from "../src/cli/stage.js";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { work: { type: "string", default: "work" } } });
const { files, problems } = expandInputs(positionals.length ? positionals : ["input"]);
for (const p of problems) console.error(`ingest: ${p}`);
let failed = problems.length;
for (const f of files) {
  try {
    const out = ingest(f.id, f.display, new Uint8Array(readFileSync(f.path)));
    writeAtomic(join(values.work!, f.id, "ingest.json"), stageJson(out));
    console.log(`ingest: ${f.display} → ${join(values.work!, f.id, "ingest.json")}`);
  } catch (e) {
    console.error(`ingest: ${(e as Error).message}`);
    failed++;
  }
}
process.exitCode = failed ? 1 : 0;
