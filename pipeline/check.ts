import { main } from "../src/cli/check.js";

process.exitCode = await main(process.argv.slice(2));
