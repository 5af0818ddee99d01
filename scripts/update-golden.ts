// Regenerates tests/golden/<id>/ from the current pipeline. Read the diff before committing it:
// a golden file is an expected output that a person has read.
import { rmSync } from "node:fs";
import { fixtures, run } from "../tests/fixtures.js";
import { writeArticle } from "../src/cli/write-article.js";
import { defaultCsvOptions } from "../src/write/csv.js";

for (const f of fixtures()) {
  rmSync(`tests/golden/${f.id}`, { recursive: true, force: true });
  await writeArticle("tests/golden", run(f), defaultCsvOptions);
  console.log(`golden: tests/golden/${f.id}/`);
}
