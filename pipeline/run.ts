import { main } from "../src/cli/pipeline.js";

process.exitCode = await main(process.argv.slice(2));
