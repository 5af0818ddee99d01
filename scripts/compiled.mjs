// Runs a pipeline entry point as compiled JavaScript (dist/), which starts in about half the time
// tsx needs. `npm install` builds dist/ (the prepare script); if a source file is newer than the
// build, it is rebuilt first, so the command never runs stale code.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [entry, ...args] = process.argv.slice(2);
const stamp = join(root, "dist", ".built");

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const sources = Math.max(newest(join(root, "src")), newest(join(root, "pipeline")), statSync(join(root, "tsconfig.json")).mtimeMs);
if (!existsSync(stamp) || statSync(stamp).mtimeMs < sources) {
  execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
  execFileSync(process.execPath, ["-e", `require("fs").writeFileSync(${JSON.stringify(stamp)}, "")`]);
}
process.argv = [process.argv[0], join(root, "dist", `${entry}.js`), ...args];
await import(pathToFileURL(join(root, "dist", `${entry}.js`)).href);
