// The pipeline's version: package.json's. An archive redoes an article whose output an older
// version wrote, even when its input is unchanged.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function packageVersion(): string {
  // the same walk finds package.json from src/ (tsx) and from dist/src/ (compiled)
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const path = join(dir, "package.json");
    if (existsSync(path)) return (JSON.parse(readFileSync(path, "utf8")) as { version: string }).version;
    if (dirname(dir) === dir) throw new Error("package.json not found above " + fileURLToPath(import.meta.url));
  }
}

export const pipelineVersion = packageVersion();
