import * as fs from "node:fs";
import * as os from "node:os";
import { join } from "node:path";

const made: string[] = [];

/** A fresh folder under the system temp folder, removed by `removeTempDirs`. */
export function tempDir(tag: string): string {
  const dir = fs.mkdtempSync(join(os.tmpdir(), `bulletin-extract-${tag}-`));
  made.push(dir);
  return dir;
}

/** Removes the folders `tempDir` made (set KEEP_TEST_TMP=1 to keep them for a look). */
export function removeTempDirs(): void {
  if (process.env.KEEP_TEST_TMP) return;
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
