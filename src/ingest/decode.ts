// Bytes to source text: the contract's source is the file as UTF-8 with a leading BOM removed and
// nothing else changed. Input that is not text fails here with a message naming the problem.
import { createHash } from "node:crypto";

export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

type Decoded = { text: string; sha256: string; bomRemoved: boolean };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function decode(file: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError(file, "the file is empty");
  if (bytes.includes(0)) throw new InputError(file, "the file holds NUL bytes: it looks binary, not a text article");
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError(file, `the file is not valid UTF-8 (first bad byte at offset ${firstBadByte(bytes)}); re-save it as UTF-8`);
  }
  const bomRemoved = text.startsWith("\uFEFF");
  if (bomRemoved) text = text.slice(1);
  if (text.trim() === "") throw new InputError(file, "the file holds only white space");
  return { text, sha256: createHash("sha256").update(bytes).digest("hex"), bomRemoved };
}

function firstBadByte(bytes: Uint8Array): number {
  // Decode growing prefixes in steps; the first failing step holds the bad byte.
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
