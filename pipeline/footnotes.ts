// Stage 3 alone: note calls, notes, addresses, links and their warnings.
import { runStage } from "../src/cli/stage.js";
import { footnotes } from "../src/stages.js";

process.exitCode = runStage("footnotes", "structure", footnotes, process.argv.slice(2));
