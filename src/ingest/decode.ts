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
  if (startsWith(bytes, pdfMagic)) throw new InputError(file, pdfProblem(file));
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  // UTF-16 text is mostly NUL bytes; its byte-order mark says it is text in the wrong encoding
  if (!utf16 && bytes.includes(0)) throw new InputError(file, "the file holds NUL bytes: it looks binary, not a text article");
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError(file, notUtf8(file, bytes, utf16 ? "UTF-16" : "WINDOWS-1252"));
  }
  const bomRemoved = text.startsWith("\uFEFF");
  if (bomRemoved) text = text.slice(1);
  if (text.trim() === "") throw new InputError(file, "the file holds only white space");
  return { text, sha256: createHash("sha256").update(bytes).digest("hex"), bomRemoved };
}

const pdfMagic = [...Buffer.from("%PDF-")];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** A PDF given as an article: not readable yet, with the command that makes it text. */
export function pdfProblem(file: string): string {
  return `a PDF, which cannot be read yet (PDF input is planned); convert it to text first: pdftotext -layout ${shellQuote(file)} ${shellQuote(/\.pdf$/i.test(file) ? file.replace(/\.pdf$/i, ".txt") : `${file}.from-pdf.txt`)}`;
}

/** Where the first bad byte is, and an iconv command that converts the file from the encoding it
 *  most likely has: UTF-16 when it starts with a UTF-16 byte-order mark, otherwise Windows-1252,
 *  the usual encoding of text saved as "ANSI" on Windows. Only a guess, and the message says so. */
function notUtf8(file: string, bytes: Uint8Array, guess: "UTF-16" | "WINDOWS-1252"): string {
  const at = firstBadByte(bytes);
  const { line, column } = lineAndColumn(bytes, at);
  const hex = `0x${bytes[at].toString(16).toUpperCase().padStart(2, "0")}`;
  const why = guess === "UTF-16" ? "it starts with a UTF-16 byte-order mark, so it is probably UTF-16" : "it is probably WINDOWS-1252, the common case";
  // converted in place, so the article keeps its id (a file named x.utf8.txt would be another article)
  const fixed = `${file}.utf8`;
  return (
    `the file is not valid UTF-8: the first bad byte (${hex}) is at line ${line}, column ${column} (byte offset ${at}); ` +
    `${why} (a guess), and this converts it in place: iconv -f ${guess} -t UTF-8 ${shellQuote(file)} > ${shellQuote(fixed)} && mv ${shellQuote(fixed)} ${shellQuote(file)}`
  );
}

/** 1-based line (LF, CRLF or CR ends a line) and column (in characters) of a byte offset. */
function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++)
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  let column = 1;
  // the bytes before the first bad one are valid UTF-8: a character is a byte that does not continue one
  for (let i = lineStart; i < offset; i++) if ((bytes[i] & 0xc0) !== 0x80) column++;
  return { line, column };
}

const shellQuote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

/** The offset of the first byte that does not start a valid UTF-8 sequence. */
function firstBadByte(bytes: Uint8Array): number {
  // The longest prefix that decodes as a stream (an unfinished last character allowed) is found
  // by bisection; the bad sequence starts at its end, or at its unfinished last character
  // (Windows-1252 "é t" is E9 20: E9 opens a three-byte character that the space breaks).
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (decodes(bytes.subarray(0, mid), true)) lo = mid;
    else hi = mid;
  }
  if (decodes(bytes.subarray(0, lo), false)) return lo;
  let start = lo - 1;
  while (start > 0 && (bytes[start] & 0xc0) === 0x80) start--;
  return start;
}

function decodes(bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}
