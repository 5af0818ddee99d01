import { main } from "../src/cli/evaluate.js";

process.exitCode = main(process.argv.slice(2));
