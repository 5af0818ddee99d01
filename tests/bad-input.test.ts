// Bad input and faults through the CLI entry `main(argv)`: each case runs a batch of one good
// article (a copy of the sample) and one bad input, and checks the exit code, that the problem is
// reported naming the file, that no stack trace is printed, and that the good article is still
// written. Inputs and outputs live in fresh temp folders.
import * as fs from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ArticleSchema } from "../src/schema/article.js";
import {
  csvRows,
  describeCrash,
  offsetViolations,
  readArticle,
  removeTempDirs,
  runCli,
  sampleBytes,
  sourceOf,
  spanViolations,
  stackLines,
  tempDir,
  type CliRun,
} from "./support/cli.js";

afterAll(removeTempDirs);

const csvKinds = ["sections", "dates", "numbers", "organisations", "treaties", "footnotes", "warnings"];

type Batch = { root: string; inDir: string; out: string };

/** A temp folder with `in/good.txt` (the sample) and an empty `out` path. */
function batch(tag: string): Batch {
  const root = tempDir(tag);
  const inDir = join(root, "in");
  fs.mkdirSync(inDir);
  fs.writeFileSync(join(inDir, "good.txt"), sampleBytes());
  return { root, inDir, out: join(root, "out") };
}

function expectNoCrash(run: CliRun): void {
  expect.soft(run.crash, describeCrash(run)).toBeUndefined();
  expect.soft(stackLines(run.all), `a stack trace was printed:\n${run.all}`).toEqual([]);
}

/** The problem is printed on a line that names the file. */
function expectProblemNamed(run: CliRun, file: string, problem: RegExp): void {
  const lines = run.err.split("\n").filter((l) => l.includes(file));
  expect.soft(lines.length, `no message on stderr names ${file}; stderr was:\n${run.err}`).toBeGreaterThan(0);
  expect.soft(lines.some((l) => problem.test(l)), `no message naming ${file} says ${problem}; stderr was:\n${run.err}`).toBe(true);
}

/** The article `id` was written completely: article.json valid, every CSV present and ended. */
function expectWritten(out: string, id: string): void {
  const dir = join(out, id);
  expect.soft(fs.existsSync(join(dir, "article.json")), `${id}/article.json was not written`).toBe(true);
  if (!fs.existsSync(join(dir, "article.json"))) return;
  expect.soft(ArticleSchema.safeParse(readArticle(out, id)).success).toBe(true);
  for (const k of csvKinds) {
    const path = join(dir, `${k}.csv`);
    expect.soft(fs.existsSync(path) && fs.readFileSync(path, "utf8").endsWith("\r\n"), `${id}/${k}.csv missing or unfinished`).toBe(true);
  }
}

function warningCodes(out: string, id: string): string[] {
  return readArticle(out, id).warnings.map((w) => w.code);
}

/** Writes `bytes` as `in/<name>` next to good.txt, runs the batch, returns the run. */
async function runWith(b: Batch, name: string, bytes: Uint8Array | string, extra: string[] = []): Promise<CliRun> {
  fs.writeFileSync(join(b.inDir, name), bytes);
  return runCli([b.inDir, "--out", b.out, ...extra]);
}

const enc = (s: string) => new TextEncoder().encode(s);

/** A short article in the genre, with a header, a heading, three calls and three notes. */
const small = (body: string, notes: string) => `Editors: Jane Roe Vol. 1, No. 2, March 2024

A TEST ARTICLE ON SHIPPING

Dr. John Doe

Background

${body}

Notes

${notes}
`;

describe("inputs that are not articles are rejected by name, the rest of the batch is written", () => {
  it.each([
    ["an empty file", "empty.txt", new Uint8Array(), /empty/i],
    ["white space only", "blank.txt", enc(" \n\t\r\n   \n"), /white space/i],
    ["a byte-order mark and nothing else", "bom-only.txt", enc("\uFEFF"), /white space|empty/i],
    [
      "a binary file (PNG header, NUL bytes)",
      "image.txt",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]),
      /binary|NUL/i,
    ],
    ["a binary file without NUL bytes", "noise.md", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x10, 0x4a, 0x46, 0xc0, 0xfe, 0x81]), /not valid UTF-8/i],
    [
      "UTF-16 text (a Windows 'Unicode' export)",
      "utf16.txt",
      new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Title\r\nText about NATO.\r\n", "utf16le")])),
      /not valid UTF-8.*probably UTF-16 \(a guess\).*iconv -f UTF-16 -t UTF-8 '[^']*in\/utf16\.txt' > '[^']*in\/utf16\.txt\.utf8' && mv '[^']*in\/utf16\.txt\.utf8' '[^']*in\/utf16\.txt'$/,
    ],
  ])("%s", async (_, name, bytes, problem) => {
    const b = batch("reject");
    const run = await runWith(b, name, bytes);
    expectNoCrash(run);
    expect.soft(run.code).toBe(1);
    expectProblemNamed(run, `in/${name}`, problem);
    expectWritten(b.out, "good");
    expect.soft(fs.existsSync(join(b.out, name.replace(/\.\w+$/, ""))), "a folder was created for the rejected input").toBe(false);
  });

  it("Windows-1252 text with curly quotes: not valid UTF-8, with the line, column and offset of the first bad byte and an iconv command", async () => {
    const b = batch("cp1252");
    // “ ” ’ – in Windows-1252 are the single bytes 0x93 0x94 0x92 0x96
    const text = "AZERBAIJAN AND TURKEY\r\n\r\nThe minister said \x93we will sign\x94 \x96 and it\x92s done.\r\n";
    const bytes = new Uint8Array(Buffer.from(text, "latin1"));
    const firstBad = bytes.findIndex((x) => x >= 0x80);
    const run = await runWith(b, "cp1252.txt", bytes);
    expectNoCrash(run);
    expect.soft(run.code).toBe(1);
    expectProblemNamed(run, "in/cp1252.txt", /not valid UTF-8/i);
    expectProblemNamed(run, "in/cp1252.txt", new RegExp(`the first bad byte \\(0x93\\) is at line 3, column 19 \\(byte offset ${firstBad}\\)`));
    expectProblemNamed(run, "in/cp1252.txt", /probably WINDOWS-1252, the common case \(a guess\), and this converts it in place: iconv -f WINDOWS-1252 -t UTF-8 '[^']*in\/cp1252\.txt' > '[^']*in\/cp1252\.txt\.utf8' && mv '[^']*in\/cp1252\.txt\.utf8' '[^']*in\/cp1252\.txt'$/);
    expectWritten(b.out, "good");
  });
});

describe("odd but readable articles are written, with their problems as warnings", () => {
  it("an article with no Notes section: written, with a no-notes-list warning", async () => {
    const b = batch("no-notes");
    const sample = sampleBytes().toString("utf8");
    const cut = sample.slice(0, sample.search(/^Notes\s*$/m));
    expect(cut.length).toBeGreaterThan(1000);
    const run = await runWith(b, "no-notes.txt", cut);
    expectNoCrash(run);
    expect.soft(run.code).toBe(0);
    expectWritten(b.out, "no-notes");
    const codes = warningCodes(b.out, "no-notes");
    expect.soft(codes).toContain("no-notes-list");
    // the article's calls now point nowhere: each is reported, none silently dropped
    const a = readArticle(b.out, "no-notes");
    expect.soft(a.footnotes.notes).toEqual([]);
    expect.soft(a.footnotes.markers.length).toBeGreaterThan(0);
    expect.soft(codes.filter((c) => c === "call-without-note").length).toBe(a.footnotes.markers.length);
    expectWritten(b.out, "good");
  });

  it("notes without calls and calls without notes: note-without-call / call-without-note warnings", async () => {
    const b = batch("unlinked");
    const text = small(
      "The Red Sea Agreement was signed on March 3, 2021.¹ More than 40 ships passed the strait.² Costs rose by 5 percent.⁵",
      "1. First source, “Title One,” Example News, March 4, 2021, https://example.org/one.\n2. Second source, https://example.org/two.\n3. Third source, never called, https://example.org/three.",
    );
    const run = await runWith(b, "unlinked.txt", text);
    expectNoCrash(run);
    expect.soft(run.code).toBe(0);
    expectWritten(b.out, "unlinked");
    const a = readArticle(b.out, "unlinked");
    const byCode = (code: string) => a.warnings.filter((w) => w.code === code);
    expect.soft(byCode("note-without-call").map((w) => w.message)).toEqual([expect.stringContaining("3")]);
    expect.soft(byCode("call-without-note").map((w) => w.message)).toEqual([expect.stringContaining("5")]);
    // the warnings point at the note and the call
    const source = text;
    const nw = byCode("note-without-call")[0];
    if (nw?.start != null) expect.soft(source.slice(nw.start, nw.end!)).toContain("Third source");
    const cw = byCode("call-without-note")[0];
    if (cw?.start != null) expect.soft(source.slice(cw.start, cw.end!)).toBe("⁵");
    expectWritten(b.out, "good");
  });

  it("an article without headings: written, with a no-headings warning", async () => {
    const b = batch("no-headings");
    const text =
      "The Red Sea Agreement was signed on March 3, 2021. More than 40 ships passed the strait in the first week of the crisis, according to the authorities.\n\n" +
      "Costs rose by 5 percent over the year, and insurers raised their premiums for every vessel that crossed.\n";
    const run = await runWith(b, "flat.txt", text);
    expectNoCrash(run);
    expect.soft(run.code).toBe(0);
    expectWritten(b.out, "flat");
    expect.soft(warningCodes(b.out, "flat")).toContain("no-headings");
    expect.soft(offsetViolations(readArticle(b.out, "flat"), text)).toEqual([]);
    expectWritten(b.out, "good");
  });

  it("zero-width spaces, NBSP, soft hyphens, combining accents and emoji: every record keeps source.slice(start, end) === text", async () => {
    const b = batch("unicode");
    const odd = (s: string) =>
      s
        .replace(/Türkiye/g, "Tu\u0308rkiye") // combining diaeresis
        .replace(/ the /g, " the\u200B ") // zero-width space
        .replace(/June 15, 2021/g, "June\u00A015,\u00A02021") // NBSP inside a date
        .replace(/agreement/g, "agree\u00ADment") // soft hyphen inside a word
        .replace(/Agreement/g, "Agree\u200Dment") // zero-width joiner inside a treaty name
        .replace(/NATO/g, "NATO\u{1F6A2}") // an astral emoji glued to an acronym
        .replace(/\. /g, (m, at: number) => (at % 3 === 0 ? ". 👩‍👩‍👧 " : m)) // ZWJ emoji sequences between sentences
        .replace(/https:\/\//g, "https://\u200B"); // a zero-width space inside URLs
    const text = "\uFEFF" + odd(sampleBytes().toString("utf8"));
    const run = await runWith(b, "unicode.txt", text);
    expectNoCrash(run);
    expect.soft(run.code).toBe(0);
    expectWritten(b.out, "unicode");
    const a = readArticle(b.out, "unicode");
    const source = sourceOf(fs.readFileSync(join(b.inDir, "unicode.txt")));
    expect.soft(a.dates.length + a.organisations.length + a.footnotes.markers.length).toBeGreaterThan(50);
    expect.soft(offsetViolations(a, source)).toEqual([]);
    expect.soft(spanViolations(a, source)).toEqual([]);
    expectWritten(b.out, "good");
  });

  it("CR-only line endings (classic Mac): read as LF, the same records as the LF original, offsets into the CR source", async () => {
    const b = batch("cr");
    const text = sampleBytes().toString("utf8").replace(/\r?\n/g, "\r");
    const run = await runWith(b, "cr.txt", text);
    expectNoCrash(run);
    expect.soft(run.code).toBe(0);
    expectWritten(b.out, "cr");
    expectWritten(b.out, "good");
    const cr = readArticle(b.out, "cr");
    const lf = readArticle(b.out, "good");
    expect.soft(cr.warnings.map((w) => w.code)).toContain("line-endings");
    expect.soft(offsetViolations(cr, text)).toEqual([]);
    expect.soft(spanViolations(cr, text)).toEqual([]);
    const shape = (a: typeof cr) => ({
      sections: a.sections.map((s) => `${s.kind}:${s.heading}:${s.paragraphs.length}`),
      dates: a.dates.map((d) => d.text),
      numbers: a.numbers.map((n) => n.text),
      organisations: a.organisations.map((o) => o.text),
      treaties: a.treaties.map((t) => t.name),
      markers: a.footnotes.markers.map((m) => m.number),
      notes: a.footnotes.notes.map((n) => n.number),
    });
    expect.soft(shape(cr)).toEqual(shape(lf));
  });
});

describe("paths that are not readable article files", () => {
  it("a folder named x.txt inside the input folder: read as a sub-folder, like any other", async () => {
    const b = batch("dir-in-dir");
    fs.mkdirSync(join(b.inDir, "x.txt"));
    fs.writeFileSync(join(b.inDir, "x.txt", "inner.txt"), sampleBytes());
    const run = await runCli([b.inDir, "--out", b.out]);
    expectNoCrash(run);
    expect.soft(run.code).toBe(0);
    expectWritten(b.out, "good");
    expectWritten(b.out, "inner");
    expect.soft(fs.existsSync(join(b.out, "x")), "the folder was read as an article").toBe(false);
  });

  it("a folder path given where a file is expected, holding no article: not passed over in silence", async () => {
    // expandInputs reads a folder argument as a folder of articles; a folder with no .txt/.md
    // article in it (here one named like a file) contributes nothing.
    const b = batch("dir-arg");
    const dir = join(b.root, "x.txt");
    fs.mkdirSync(dir);
    const run = await runCli([join(b.inDir, "good.txt"), dir, "--out", b.out]);
    expectNoCrash(run);
    expect.soft(run.all, "the folder that gave no article is never mentioned").toMatch(/x\.txt/);
    expect.soft(run.code, "exit code: a path that gave nothing is a failed input").toBe(1);
    expectWritten(b.out, "good");
  });

  it("a folder path holding articles is expanded to them; other files are named as skipped", async () => {
    const b = batch("dir-ok");
    fs.writeFileSync(join(b.inDir, "second.md"), sampleBytes());
    fs.writeFileSync(join(b.inDir, "ignored.docx"), "PK");
    const run = await runCli([b.inDir, "--out", b.out]);
    expectNoCrash(run);
    expect.soft(run.code).toBe(0);
    expectWritten(b.out, "good");
    expectWritten(b.out, "second");
    expectProblemNamed(run, "in/ignored.docx", /^skipped 1 file that is not a \.txt or \.md article/);
  });

  it("a PDF in the input folder: named as not yet readable, with the command that makes it text; the rest written", async () => {
    const b = batch("dir-pdf");
    const run = await runWith(b, "report.pdf", "%PDF-1.4\n");
    expectNoCrash(run);
    expect.soft(run.code).toBe(1);
    expectProblemNamed(run, "in/report.pdf", /a PDF, which cannot be read yet \(PDF input is planned\); convert it to text first: pdftotext -layout '[^']*in\/report\.pdf' '[^']*in\/report\.txt'$/);
    expectWritten(b.out, "good");
  });

  it("two inputs with one id (x.txt and x.md): the clash is reported, never one silently overwriting the other", async () => {
    // both map to output/x/: without a check the second overwrites the first without a word (and
    // with parallel workers the two could interleave their files)
    const b = batch("same-id");
    fs.writeFileSync(join(b.inDir, "x.txt"), sampleBytes());
    const other = fs.readFileSync("tests/fixtures/mss-2024-05-red-sea-shipping-security/mss-2024-05-red-sea-shipping-security.md");
    fs.writeFileSync(join(b.inDir, "x.md"), other);
    const run = await runCli([b.inDir, "--out", b.out]);
    expectNoCrash(run);
    expect.soft(run.err, "the id clash is never mentioned").toMatch(/x\.(txt|md)/);
    expect.soft(run.code, "exit code").toBe(1);
    expectWritten(b.out, "good");
    // whatever was written for x is one article's files, not a mix of the two
    if (fs.existsSync(join(b.out, "x", "article.json"))) {
      const a = readArticle(b.out, "x");
      const rows = (kind: string) => csvRows(fs.readFileSync(join(b.out, "x", `${kind}.csv`), "utf8"));
      expect.soft(rows("dates"), "x/dates.csv and x/article.json come from different inputs").toBe(a.dates.length);
      expect.soft(rows("organisations"), "x/organisations.csv and x/article.json come from different inputs").toBe(a.organisations.length);
    }
  });

  it("a missing path: reported by name, the rest written", async () => {
    const b = batch("missing");
    const missing = join(b.root, "missing.txt");
    const run = await runCli([b.inDir, missing, "--out", b.out]);
    expectNoCrash(run);
    expect.soft(run.code).toBe(1);
    expectProblemNamed(run, "missing.txt", /no such file|not found|does not exist/i);
    expectWritten(b.out, "good");
  });

  it("an unreadable file (a dangling symlink a.txt): reported by name, the rest written", async () => {
    // The tests run as root, and chmod 000 does not stop root from reading a file, so the
    // unreadable file is a symbolic link named a.txt whose target does not exist: readdir lists
    // it, and reading it fails (ENOENT).
    const b = batch("unreadable");
    fs.symlinkSync(join(b.root, "nowhere.txt"), join(b.inDir, "a.txt"));
    const run = await runCli([b.inDir, "--out", b.out]);
    expectNoCrash(run);
    expect.soft(run.code).toBe(1);
    expectProblemNamed(run, "in/a.txt", /ENOENT|no such file|cannot be read|unreadable|broken/i);
    expectWritten(b.out, "good");
  });
});

describe("an output folder that cannot be written", () => {
  it("--out under an existing regular file: a clear error, not a crash", async () => {
    const b = batch("out-under-file");
    const blocker = join(b.root, "blocker");
    fs.writeFileSync(blocker, "a regular file\n");
    const out = join(blocker, "out");
    const run = await runCli([b.inDir, "--out", out]);
    expectNoCrash(run);
    // nothing can be written: 1 (every input failed) or 2 (a usage error) are both fair
    expect.soft([1, 2], `exit code ${run.code}`).toContain(run.code);
    expectProblemNamed(run, "blocker", /not a directory|ENOTDIR|cannot (be )?writ|not writable/i);
    expect.soft(fs.readFileSync(blocker, "utf8")).toBe("a regular file\n");
  });

  it("one article's output folder is taken by a regular file: that article fails by name, the rest written", async () => {
    const b = batch("out-id-file");
    fs.writeFileSync(join(b.inDir, "other.txt"), sampleBytes());
    fs.mkdirSync(b.out);
    fs.writeFileSync(join(b.out, "other"), "in the way\n");
    const run = await runCli([b.inDir, "--out", b.out]);
    expectNoCrash(run);
    expect.soft(run.code).toBe(1);
    expectProblemNamed(run, "other", /not a directory|ENOTDIR|EEXIST|already exists|cannot (be )?writ|not writable/i);
    expectWritten(b.out, "good");
  });

  it("a combined table cannot be replaced (out/dates.csv is a folder): a clear error, not a crash", async () => {
    const b = batch("out-combined");
    fs.mkdirSync(join(b.out, "dates.csv"), { recursive: true });
    fs.writeFileSync(join(b.out, "dates.csv", "keep"), "x");
    const run = await runCli([b.inDir, "--out", b.out]);
    expectNoCrash(run);
    expect.soft(run.code).toBe(1);
    expectProblemNamed(run, "dates.csv", /director|folder|EISDIR|ENOTEMPTY|cannot (be )?writ|not writable/i);
    expectWritten(b.out, "good");
    expect.soft(fs.readdirSync(b.out).filter((f) => f.includes(".tmp-")), "temporary files left in the output folder").toEqual([]);
  });
});

describe("large inputs complete", () => {
  it("a single 1 MB line completes, offsets intact", { timeout: 90_000 }, async () => {
    const b = batch("long-line");
    const unit = "The Shusha Declaration was signed on June 15, 2021 by Azerbaijan and NATO, with more than 7,000 personnel.¹ ";
    const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const started = performance.now();
    const run = await runWith(b, "line.txt", line);
    const seconds = (performance.now() - started) / 1000;
    console.log(`1 MB line: ${line.length} characters in ${seconds.toFixed(1)} s; exit ${run.code}`);
    expectNoCrash(run);
    expect.soft(run.code, run.err).toBe(0);
    expectWritten(b.out, "line");
    if (fs.existsSync(join(b.out, "line", "article.json"))) expect.soft(offsetViolations(readArticle(b.out, "line"), line)).toEqual([]);
    expectWritten(b.out, "good");
    expect.soft(seconds, "seconds for a 1 MB line").toBeLessThan(60);
  });

  // Last in the file, so a slow run delays nothing else. 60 s is the budget (asserted below); the
  // timeout only stops a run that is far over it.
  it("a ~5 MB input (the sample pasted ~250 times) completes, in bounded memory", { timeout: 90_000 }, async () => {
    const b = batch("big");
    const sample = sampleBytes();
    const copies = Math.ceil((5 * 1024 * 1024) / sample.length);
    const big = Buffer.concat(Array.from({ length: copies }, () => sample));
    fs.writeFileSync(join(b.inDir, "big.txt"), big);
    console.log(`5 MB case: ${copies} copies of the sample, ${big.length} bytes; a run that is not over in 90 s fails by timeout`);
    const before = process.memoryUsage();
    const started = performance.now();
    const run = await runCli([b.inDir, "--out", b.out, "--quiet"]);
    const seconds = (performance.now() - started) / 1000;
    const after = process.memoryUsage();
    const peakRss = process.resourceUsage().maxRSS * 1024;
    const mb = (n: number) => `${(n / 2 ** 20).toFixed(0)} MB`;
    console.log(
      `5 MB case: ${copies} copies, ${mb(big.length)} in ${seconds.toFixed(1)} s; exit ${run.code}; ` +
        `heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)}, RSS ${mb(before.rss)} → ${mb(after.rss)}, peak RSS ${mb(peakRss)}` +
        (run.code !== 0 ? `\n  stderr: ${run.err.split("\n").slice(0, 3).join(" | ")}` : ""),
    );
    expectNoCrash(run);
    expect.soft(run.code, run.err).toBe(0);
    expectWritten(b.out, "big");
    expectWritten(b.out, "good");
    if (fs.existsSync(join(b.out, "big", "article.json")))
      expect.soft(offsetViolations(readArticle(b.out, "big"), sourceOf(big))).toEqual([]);
    expect.soft(peakRss, "peak RSS").toBeLessThan(1.5 * 2 ** 30);
    expect.soft(after.rss - before.rss, "RSS growth").toBeLessThan(1.5 * 2 ** 30);
    expect.soft(seconds, "seconds for a 5 MB input").toBeLessThan(60);
  });

  // The same input alone: a batch of one is processed in the main thread (no worker pool), where
  // the call stack is smaller than a worker's.
  it("the ~5 MB input given alone (processed in the main thread) completes too", { timeout: 90_000 }, async () => {
    const root = tempDir("big-alone");
    const sample = sampleBytes();
    const copies = Math.ceil((5 * 1024 * 1024) / sample.length);
    const big = Buffer.concat(Array.from({ length: copies }, () => sample));
    const file = join(root, "big.txt");
    fs.writeFileSync(file, big);
    const started = performance.now();
    const run = await runCli([file, "--out", join(root, "out"), "--quiet"]);
    const seconds = (performance.now() - started) / 1000;
    console.log(`5 MB alone: ${seconds.toFixed(1)} s; exit ${run.code}` + (run.code !== 0 ? `; stderr: ${run.err.split("\n")[0]}` : ""));
    expectNoCrash(run);
    expect.soft(run.code, run.err).toBe(0);
    expectWritten(join(root, "out"), "big");
    expect.soft(seconds, "seconds for a 5 MB input").toBeLessThan(60);
  });
});
