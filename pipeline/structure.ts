// Stage 2 alone: paragraphs, sections and metadata.
import { runStage } from "../src/cli/stage.js";
import { structure } from "../src/stages.js";

process.exitCode = runStage("structure", "ingest", structure, process.argv.slice(2));
