// Every output file is written next to its place and renamed into it, so a reader (or a crash)
// never sees half a file.
import { mkdirSync, renameSync, writeFileSync, rmSync } from "node:fs";
import { dirname } from "node:path";

export function writeAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
