// Stage 4 alone: dates, numbers, organisations, treaties.
import { runStage } from "../src/cli/stage.js";
import { entities } from "../src/stages.js";

process.exitCode = runStage("entities", "footnotes", entities, process.argv.slice(2));
