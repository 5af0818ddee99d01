// Regenerates tests/golden/<id>/ from the current pipeline. Read the diff before committing it:
// a golden file is an expected output that a person has read.
import { rmSync } from "node:fs";
import { fixtures, runWithSource } from "../tests/fixtures.js";
import { writeArticle } from "../src/cli/write-article.js";
import { defaultCsvOptions } from "../src/write/csv.js";
import { parseCommand } from "../src/cli/args.js";
import { tables } from "../src/write/tables.js";

const args = parseCommand(
  {
    name: "npm run golden --",
    usage: "[options]",
    about: "Regenerates tests/golden/<id>/ for every test article in tests/fixtures/ from the current pipeline.\nRead the diff before committing it.",
    options: {},
  },
  process.argv.slice(2),
);
if (typeof args === "number") process.exit(args);

for (const f of fixtures()) {
  rmSync(`tests/golden/${f.id}`, { recursive: true, force: true });
  const { article, source } = runWithSource(f);
  await writeArticle("tests/golden", article, tables(article, source), defaultCsvOptions);
  console.log(`golden: tests/golden/${f.id}/`);
}
