// Stage 1 alone: `tsx pipeline/ingest.ts input/<id>.txt... [--work DIR]` writes DIR/<id>/ingest.json.
import { ingestStage } from "../src/cli/stage.js";

process.exitCode = ingestStage(process.argv.slice(2));
