// The command line of every command, through its entry function: help, version, usage errors
// that name the nearest option, and how files and folders given on the command line are read.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { distance, nearest } from "../src/cli/args.js";
import { main as check } from "../src/cli/check.js";
import { main as evaluate } from "../src/cli/evaluate.js";
import { main as pipeline } from "../src/cli/pipeline.js";
import { ingestStage, runStage, writeStage } from "../src/cli/stage.js";
import { decode } from "../src/ingest/decode.js";
import { removeTempDirs, runMain, tempDir, type CliRun } from "./support/cli.js";

afterAll(removeTempDirs);

const version = JSON.parse(fs.readFileSync("package.json", "utf8")).version as string;
const identity = (x: unknown) => x;

type Main = (argv: string[]) => number | Promise<number>;

/** Every command with an entry function, and the options its help must list. */
const commands: Array<[string, Main, string[]]> = [
  ["npm run pipeline", pipeline, ["--out DIR", "--jobs N", "--bom", "--no-escape-formulas", "--force", "--prune", "--quiet"]],
  ["npm run check", check, ["--input DIR", "--output DIR"]],
  ["npm run evaluate", evaluate, ["--source FILE", "--diff", "--json", "--min-f1 X"]],
  ["pipeline/ingest.ts", ingestStage, ["--work DIR"]],
  ["pipeline/structure.ts", (argv) => runStage("structure", "ingest", identity, argv), ["--work DIR"]],
  ["pipeline/footnotes.ts", (argv) => runStage("footnotes", "structure", identity, argv), ["--work DIR"]],
  ["pipeline/entities.ts", (argv) => runStage("entities", "footnotes", identity, argv), ["--work DIR"]],
  ["pipeline/write.ts", writeStage, ["--work DIR", "--out DIR"]],
];

/** The option lines of a help text: from "Options:" to the next blank line. */
function optionLines(help: string): string[] {
  const lines = help.split("\n");
  const from = lines.indexOf("Options:") + 1;
  const to = lines.findIndex((l, i) => i > from && l.trim() === "");
  return lines.slice(from, to === -1 ? undefined : to);
}

function expectOneLine(run: CliRun): void {
  expect(run.crash).toBeUndefined();
  expect(run.err.split("\n"), `more than one line on stderr:\n${run.err}`).toHaveLength(1);
  expect(run.out, "the help was printed with the error").toBe("");
}

describe("help and version, for every command", () => {
  it.each(commands)("%s: --help and -h list every option on one line each, exit 0", async (_, main, options) => {
    for (const flag of ["--help", "-h"]) {
      const run = await runMain(main, [flag]);
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/^Usage: /);
      const lines = optionLines(run.out);
      expect(lines, "one line per option, plus --help and --version").toHaveLength(options.length + 2);
      for (const o of [...options, "-h, --help", "--version"]) expect(lines.some((l) => l.trimStart().startsWith(`${o} `)), `${o} is not listed:\n${run.out}`).toBe(true);
    }
  });

  it.each(commands)("%s: --version prints package.json's version, exit 0", async (_, main) => {
    const run = await runMain(main, ["--version"]);
    expect(run.code).toBe(0);
    expect(run.out).toBe(version);
  });

  // golden and bench are scripts run for their effect (no entry function): help, and a typo, must
  // stop them before any work. Child processes, few of them: they are slow to start.
  it.each([["scripts/update-golden.ts", "golden"], ["bench/run.ts", "bench"]])("%s: --help runs nothing, exit 0", (script, name) => {
    const help = spawnSync(process.execPath, ["--import", "tsx", script, "--help"], { encoding: "utf8" });
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(new RegExp(`^Usage: npm run ${name} -- \\[options\\]\n`));
    expect(optionLines(help.stdout)).toEqual(["  -h, --help  show this help", "  --version   print the version"]);
  });

  it("scripts/update-golden.ts: a typo is a usage error, and nothing is regenerated", () => {
    const typo = spawnSync(process.execPath, ["--import", "tsx", "scripts/update-golden.ts", "--verison"], { encoding: "utf8" });
    expect(typo.status).toBe(2);
    expect(typo.stdout).toBe("");
    expect(typo.stderr).toBe("unknown option --verison; did you mean --version? — see npm run golden -- --help\n");
  });
});

describe("usage errors: one line naming the problem, exit 2", () => {
  const label = (main: Main) => (main === pipeline ? "pipeline" : main === check ? "check" : main === evaluate ? "evaluate" : main === ingestStage ? "ingest" : "a stage");
  const table = <T>(rows: Array<[Main, string[], T]>) => rows.map(([main, argv, expected]) => [`${label(main)} ${argv.join(" ")}`, main, argv, expected] as const);

  it.each(
    table([
      [pipeline, ["--ouput", "x"], "unknown option --ouput; did you mean --out?"],
      [pipeline, ["--output", "x"], "unknown option --output; did you mean --out?"],
      [pipeline, ["--jbos", "2"], "unknown option --jbos; did you mean --jobs?"],
      [pipeline, ["--quite"], "unknown option --quite; did you mean --quiet?"],
      [pipeline, ["--no-escape-formula"], "unknown option --no-escape-formula; did you mean --no-escape-formulas?"],
      [pipeline, ["--hlep"], "unknown option --hlep; did you mean --help?"],
      [check, ["--ouput", "x"], "unknown option --ouput; did you mean --output?"],
      [check, ["--inptu", "x"], "unknown option --inptu; did you mean --input?"],
      [evaluate, ["a.json", "b.json", "--dif"], "unknown option --dif; did you mean --diff?"],
      [ingestStage, ["--wrok", "w"], "unknown option --wrok; did you mean --work?"],
    ]),
  )("%s", async (_, main, argv, message) => {
    const run = await runMain(main, argv);
    expect(run.code).toBe(2);
    expectOneLine(run);
    expect(run.err.startsWith(message), run.err).toBe(true);
  });

  it.each([
    [["--zzz"], "--zzz"],
    [["--verbose"], "--verbose"],
    [["-x"], "-x"],
    [["--colour"], "--colour"],
  ])("an option near no real one is named without a guess: %s", async (argv, name) => {
    const run = await runMain(pipeline, argv);
    expect(run.code).toBe(2);
    expectOneLine(run);
    expect(run.err).toMatch(new RegExp(`^unknown option ${name} — see npm run pipeline -- --help$`));
  });

  it.each(
    table([
      [pipeline, ["--out"], /^option --out needs a value \(--out DIR\)/],
      [pipeline, ["--out="], /^option --out needs a value \(--out DIR\)/],
      [pipeline, ["--out", "--quiet"], /^option --out needs a value \(--out DIR\); "--quiet" looks like an option/],
      [pipeline, ["--bom=yes"], /^option --bom takes no value/],
      [pipeline, ["--jobs", "zero"], /^--jobs takes a whole number of at least 1, not "zero"$/],
      [evaluate, ["--min-f1"], /^option --min-f1 needs a value \(--min-f1 X\)/],
      [evaluate, ["only-one.json"], /^missing ARTICLE\.json and GOLD\.json/],
      [check, ["extra"], /^unexpected argument "extra"/],
      [(argv: string[]) => runStage("structure", "ingest", identity, argv), [], /^missing an article id/],
    ]),
  )("missing or wrong values: %s", async (_, main, argv, message) => {
    const run = await runMain(main, argv);
    expect(run.code).toBe(2);
    expectOneLine(run);
    expect(run.err).toMatch(message);
  });
});

describe("the nearest option", () => {
  it.each([
    ["jbos", "jobs", 1], // a swap of neighbours is one edit
    ["ouput", "out", 2],
    ["out", "out", 0],
    ["quite", "quiet", 1],
    ["bom", "jobs", 3],
  ])("distance(%s, %s) = %i", (a, b, d) => expect(distance(a, b)).toBe(d));

  const names = ["out", "jobs", "bom", "no-escape-formulas", "quiet", "help", "version"];
  it.each([
    ["ouput", "out"],
    ["output", "out"], // one name extends the other
    ["Out", "out"],
    ["job", "jobs"],
    ["verison", "version"],
    ["no-escape", "no-escape-formulas"],
  ])("%s → %s", (typed, meant) => expect(nearest(typed, names)).toBe(meant));

  it.each([["x"], ["o"], ["zzz"], ["verbose"], ["force"], ["escape"], ["in"]])("%s → no guess", (typed) => expect(nearest(typed, names)).toBeNull());
});

describe("a file that is not UTF-8", () => {
  const bytes = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "utf8")] : p)));
  it.each([
    // Windows-1252 curly quote on the third line (CRLF line ends)
    ["a curly quote", bytes("TITLE\r\n\r\nHe said ", [0x93], "yes"), 3, 9, 17, "0x93"],
    // é opens a three-byte UTF-8 sequence that the next letter breaks: the é is the bad byte
    ["an é before a letter", bytes("Le caf", [0xe9], " noir"), 1, 7, 6, "0xE9"],
    // the column counts characters, not bytes, of the valid text before it
    ["after UTF-8 letters", bytes("Türkiye\nçok ", [0x92], "s"), 2, 5, 14, "0x92"],
    ["CR-only line ends", bytes("a\rb\rcd", [0xff]), 3, 3, 6, "0xFF"],
    ["a bad last byte", bytes("abc", [0xe9]), 1, 4, 3, "0xE9"],
  ])("%s: line, column and byte offset of the first bad byte", (_, input, line, column, offset, hex) => {
    expect(() => decode("in/x.txt", input)).toThrowError(`in/x.txt: the file is not valid UTF-8: the first bad byte (${hex}) is at line ${line}, column ${column} (byte offset ${offset})`);
    expect(() => decode("in/x.txt", input)).toThrowError("probably WINDOWS-1252, the common case (a guess), and this converts it in place: iconv -f WINDOWS-1252 -t UTF-8 'in/x.txt' > 'in/x.txt.utf8' && mv 'in/x.txt.utf8' 'in/x.txt'");
  });

  it.each([
    ["little-endian", [0xff, 0xfe], "utf16le"],
    ["big-endian", [0xfe, 0xff], null],
  ])("UTF-16 with a %s byte-order mark: suggests UTF-16, not binary", (_, bom, enc) => {
    const body = enc ? [...Buffer.from("Title\r\nText\r\n", "utf16le")] : [0, 0x54, 0, 0x69];
    expect(() => decode("in/x.txt", new Uint8Array([...bom, ...body]))).toThrowError(/line 1, column 1 \(byte offset 0\); it starts with a UTF-16 byte-order mark, so it is probably UTF-16 \(a guess\).*iconv -f UTF-16 -t UTF-8 'in\/x\.txt' > 'in\/x\.txt\.utf8' && mv 'in\/x\.txt\.utf8' 'in\/x\.txt'$/);
  });

  it("quotes a path with a quote or a space for the shell", () => {
    expect(() => decode("in/it's a.md", bytes([0x93]))).toThrowError(`iconv -f WINDOWS-1252 -t UTF-8 'in/it'\\''s a.md' > 'in/it'\\''s a.md.utf8' && mv 'in/it'\\''s a.md.utf8' 'in/it'\\''s a.md'`);
  });

  it("a file holding NUL bytes without a UTF-16 byte-order mark is still binary", () => {
    expect(() => decode("in/x.txt", bytes("PNG", [0, 0, 1]))).toThrowError(/NUL bytes: it looks binary/);
  });
});

/** A tiny article in the genre; enough for the pipeline to write it. */
const article = (title: string) => `${title.toUpperCase()}\n\nBackground\n\nThe ministers met in Baku on 3 March 2021 and signed two agreements.\n`;

/** Writes `files` (path → content) under a fresh folder `in/`, runs the pipeline on it. */
async function runOn(files: Record<string, string | Uint8Array>, extra: string[] = []) {
  const root = tempDir("cli");
  for (const [path, content] of Object.entries(files)) {
    fs.mkdirSync(join(root, "in", path, ".."), { recursive: true });
    fs.writeFileSync(join(root, "in", path), content);
  }
  const out = join(root, "out");
  const run = await runMain(pipeline, [join(root, "in"), "--out", out, "--jobs", "1", ...extra]);
  const written = fs.existsSync(out) ? fs.readdirSync(out).filter((d) => fs.existsSync(join(out, d, "article.json"))).sort() : [];
  return { root, out, run, written };
}

describe("folders and files given on the command line", () => {
  it("reads sub-folders (archives by year), in sorted path order; ids are the files' base names", async () => {
    const { out, run, written } = await runOn({ "2024/b.txt": article("b"), "2023/c.md": article("c"), "2023/a.txt": article("a"), "z.txt": article("z") });
    expect(run.code, run.all).toBe(0);
    expect(written).toEqual(["a", "b", "c", "z"]);
    const order = run.out.split("\n").flatMap((l) => l.match(/^ok +\S*\/(?<id>\w)\.(?:txt|md) /)?.groups?.id ?? []);
    expect(order, "the batch is read in sorted path order").toEqual(["a", "c", "b", "z"]);
    const rows = fs.readFileSync(join(out, "sections.csv"), "utf8").split("\r\n").slice(1, -1).map((row) => row.split(",")[0]);
    expect([...new Set(rows)], "the archive's combined tables are in id order").toEqual(["a", "b", "c", "z"]);
  });

  it("passes over hidden files and folders in silence", async () => {
    const { run, written } = await runOn({ "a.txt": article("a"), ".draft.txt": article("d"), ".git/x.txt": article("x"), "2023/.old/y.md": article("y") });
    expect(run.code, run.all).toBe(0);
    expect(written).toEqual(["a"]);
    expect(run.all).not.toMatch(/draft|\.git|\.old/);
  });

  it("lists files of other kinds as skipped, on one line, and still exits 0", async () => {
    const { run, written } = await runOn({ "a.txt": article("a"), "notes.docx": "x", "2024/scan.png": "x", "2024/b.md": article("b") });
    expect(run.code, run.all).toBe(0);
    expect(written).toEqual(["a", "b"]);
    const lines = run.err.split("\n").filter((l) => l.includes("skipped"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^skipped 2 files that are not a \.txt or \.md article: .*in\/2024\/scan\.png, .*in\/notes\.docx$/);
  });

  it("a folder holding only files of other kinds: named, with the files skipped", async () => {
    const { run } = await runOn({ "notes.docx": "x" });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/in: a folder holding no \.txt or \.md article \(its sub-folders included\)/);
    expect(run.err).toMatch(/skipped 1 file that is not a \.txt or \.md article: .*in\/notes\.docx/);
  });

  it("refuses two files with one id in different sub-folders, naming both paths", async () => {
    const { run, written } = await runOn({ "2023/x.txt": article("x"), "2024/x.txt": article("x"), "a.txt": article("a") });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/in\/2024\/x\.txt: has the same id "x" as [^ ]*in\/2023\/x\.txt; rename one of them/);
    expect(written).toEqual(["a", "x"]);
  });

  const pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n";
  it("a .pdf in a folder: not yet readable, with the command that makes it text; the others written, exit 1", async () => {
    const { run, written } = await runOn({ "a.txt": article("a"), "2024/report.pdf": pdf });
    expect(run.code).toBe(1);
    expect(written).toEqual(["a"]);
    const line = run.err.split("\n").find((l) => l.includes("report.pdf"));
    expect(line).toMatch(/in\/2024\/report\.pdf: a PDF, which cannot be read yet \(PDF input is planned\); convert it to text first: pdftotext -layout '[^']*in\/2024\/report\.pdf' '[^']*in\/2024\/report\.txt'$/);
  });

  it("a .pdf given by name, and a PDF saved as .txt: both named as PDFs", async () => {
    const root = tempDir("cli-pdf");
    fs.writeFileSync(join(root, "a.txt"), article("a"));
    fs.writeFileSync(join(root, "b.PDF"), pdf);
    fs.writeFileSync(join(root, "c.txt"), pdf);
    const run = await runMain(pipeline, [join(root, "a.txt"), join(root, "b.PDF"), join(root, "c.txt"), "--out", join(root, "out"), "--jobs", "1"]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/b\.PDF: a PDF, which cannot be read yet .*pdftotext -layout '[^']*b\.PDF' '[^']*b\.txt'/);
    expect(run.err).toMatch(/c\.txt: a PDF, which cannot be read yet .*pdftotext -layout '[^']*c\.txt' '[^']*c\.txt\.from-pdf\.txt'/);
    expect(fs.existsSync(join(root, "out", "a", "article.json"))).toBe(true);
  });
});
