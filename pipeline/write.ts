// Stages 5 and 6 alone: assemble and validate the article, then write article.json and the CSVs.
// `tsx pipeline/write.ts <id>... [--work DIR] [--out DIR]`
import { join } from "node:path";
import { parseArgs } from "node:util";
import { assemble, validate, type WithEntities } from "../src/stages.js";
import { writeArticle } from "../src/cli/write-article.js";
import { defaultCsvOptions } from "../src/write/csv.js";
import { tables } from "../src/write/tables.js";
import { readStage } from "../src/cli/stage.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { work: { type: "string", default: "work" }, out: { type: "string", default: "output" } },
});
let failed = 0;
for (const id of positionals) {
  try {
    const input = readStage(join(values.work!, id, "entities.json")) as WithEntities;
    const article = validate(assemble(input), input.source);
    await writeArticle(values.out!, article, tables(article, { source: input.source, sentences: input.entities.sentences }), defaultCsvOptions);
    console.log(`write: ${id} → ${join(values.out!, id)}/`);
  } catch (e) {
    console.error(`write: ${id}: ${(e as Error).message}`);
    failed++;
  }
}
process.exitCode = failed ? 1 : 0;
