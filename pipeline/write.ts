// Stages 5 and 6 alone: assemble and validate the article, then write article.json and the CSVs.
// `tsx pipeline/write.ts <id>... [--work DIR] [--out DIR]`
import { writeStage } from "../src/cli/stage.js";

process.exitCode = await writeStage(process.argv.slice(2));
