import * as fs from "node:fs";
import * as os from "node:os";
import { join } from "node:path";

/** A fresh folder under the system temp folder. */
export function tempDir(tag: string): string {
  return fs.mkdtempSync(join(os.tmpdir(), `bulletin-extract-${tag}-`));
}
