// Batch runs, spreadsheet output and the regression check, through the CLI entry points.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main as pipeline } from "../src/cli/pipeline.js";
import { main as check } from "../src/cli/check.js";
import { toCsv } from "../src/write/csv.js";
import { fixtures } from "./fixtures.js";

let out: string[] = [];
let err: string[] = [];
beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
});
afterEach(() => vi.restoreAllMocks());

const made: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), "bulletin-test-"));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe("a batch", () => {
  it("writes every good article in worker threads, names the bad one, and exits 1", async () => {
    const input = temp();
    for (const f of fixtures()) cpSync(f.sourcePath, join(input, f.sourcePath.split("/").pop()!));
    writeFileSync(join(input, "broken.txt"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]));
    const dir = temp();
    expect(await pipeline([input, "--out", dir, "--jobs", "2"])).toBe(1);
    expect(err.join("\n")).toMatch(/broken\.txt: the file holds NUL bytes/);
    for (const f of fixtures()) expect(existsSync(join(dir, f.id, "article.json")), f.id).toBe(true);
    const dates = readFileSync(join(dir, "dates.csv"), "utf8");
    expect(dates.startsWith("article,id,section,heading,text,start,end,value,resolved,stated,sentence\r\n")).toBe(true);
    for (const f of fixtures()) expect(dates).toContain(`\r\n${f.id},date1,`);
    const n = fixtures().length;
    expect(out.at(-1)).toMatch(new RegExp(`^${n + 1} files: ${n} written, 1 failed; \\d+ dates, \\d+ numbers, \\d+ organisations, \\d+ treaties, .* warnings; archive of ${n} articles; [\\d.]+ s$`));
  });

  it("gives the same combined tables with one job as with two", async () => {
    const one = temp();
    const two = temp();
    const inputs = fixtures().map((f) => f.sourcePath);
    await pipeline([...inputs, "--out", one, "--jobs", "1", "--quiet"]);
    await pipeline([...inputs, "--out", two, "--jobs", "2", "--quiet"]);
    for (const f of ["organisations.csv", "footnotes.csv", "tables.xlsx"]) expect(readFileSync(join(one, f)).equals(readFileSync(join(two, f))), f).toBe(true);
  });

  it("writes tables.xlsx with an About sheet, then one sheet per kind, a bold frozen filtered header and fitted widths", async () => {
    const dir = temp();
    await pipeline(["input", "--out", dir, "--quiet"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "tables.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "About", "sections", "dates", "numbers", "organisations", "treaties", "treaty-register", "footnotes", "sources", "warnings",
      "articles", "register-organisations", "register-treaties", "register-outlets",
    ]);
    const ws = wb.getWorksheet("dates")!;
    expect(ws.getRow(1).values).toEqual([undefined, "article", "id", "section", "heading", "text", "start", "end", "value", "resolved", "stated", "sentence"]);
    for (const ref of ["A1", "E1", "J1"]) expect(ws.getCell(ref).font?.bold, ref).toBe(true);
    expect(ws.getCell("E2").font?.bold).toBeFalsy();
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.getCell("E2").value).toBe("July - August 2023");
    expect(ws.getCell("F2").value).toBe(79);
    expect(ws.getColumn(5).width).toBeGreaterThan(10);
    expect(ws.autoFilter).toBe(`A1:K${ws.rowCount}`);
    const about = wb.getWorksheet("About")!;
    expect(about.getRow(1).values).toEqual([undefined, "table", "column", "meaning"]);
    expect(about.autoFilter).toBe(`A1:C${about.rowCount}`);
  });

  it("refuses a FIFO instead of hanging on it, and removes temporary files a killed run left", async () => {
    const input = temp();
    cpSync("input/mdc-2023-07-azerbaijan-turkiye-military-relations.txt", join(input, "good.txt"));
    execFileSync("mkfifo", [join(input, "pipe.txt")]);
    const dir = temp();
    mkdirSync(join(dir, "good"), { recursive: true });
    writeFileSync(join(dir, "good", "dates.csv.tmp-12345"), "half a fi");
    writeFileSync(join(dir, "dates.csv.tmp-12345"), "half");
    expect(await pipeline([input, "--out", dir, "--quiet", "--jobs", "1"])).toBe(1);
    expect(err.join("\n")).toMatch(/pipe\.txt: is not a regular file/);
    expect(readdirSync(join(dir, "good")).filter((f) => f.includes(".tmp-"))).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.includes(".tmp-"))).toEqual([]);
    expect(err.filter((l) => /^FAIL .*pipe\.txt/.test(l))).toHaveLength(1);
  });

  it("reads an archive kept by year (sub-folders) in worker threads; the combined tables list its articles in id order", async () => {
    const input = temp();
    const years = ["2025", "2024", "2023"];
    const list = fixtures().map((f, i) => ({ id: f.id, rel: join(years[i % years.length], f.sourcePath.split("/").pop()!), from: f.sourcePath }));
    for (const f of list) {
      mkdirSync(join(input, f.rel, ".."), { recursive: true });
      cpSync(f.from, join(input, f.rel));
    }
    const dir = temp();
    expect(await pipeline([input, "--out", dir, "--jobs", "2", "--quiet"])).toBe(0);
    const articles = readFileSync(join(dir, "sections.csv"), "utf8").split("\r\n").slice(1, -1).map((r) => r.split(",")[0]);
    expect([...new Set(articles)]).toEqual(list.map((f) => f.id).sort());
  });

  it("rejects a bad --jobs with a usage error", async () => {
    expect(await pipeline(["input", "--jobs", "zero"])).toBe(2);
    expect(err.join("\n")).toMatch(/--jobs takes a whole number/);
  });
});

describe("CSV for spreadsheets", () => {
  const table = { columns: ["text", "value"], rows: [["=HYPERLINK(\"x\")", -5], ["+1", 3], ["@SUM(A1)", 0], ["-note", null], ["Türkiye, \"quoted\"", 1]] };
  it("neutralises formula cells, keeps numbers, quotes per RFC 4180 and ends rows with CRLF", async () => {
    expect(await toCsv(table)).toBe(
      'text,value\r\n"\'=HYPERLINK(""x"")",-5\r\n\'+1,3\r\n\'@SUM(A1),0\r\n\'-note,\r\n"Türkiye, ""quoted""",1\r\n',
    );
  });
  it("leaves formulas alone on request and writes a BOM on request", async () => {
    const csv = await toCsv(table, { escapeFormulas: false, bom: true });
    expect(csv.startsWith("\uFEFFtext,value\r\n")).toBe(true);
    expect(csv).toContain("\r\n+1,3\r\n");
  });
});

describe("npm run check", () => {
  it("is quiet and exits 0 when the committed output is current, and lists changed records otherwise", async () => {
    const dir = temp();
    await pipeline(["input", "--out", dir, "--quiet"]);
    expect(await check(["--output", dir])).toBe(0);
    const id = "mdc-2023-07-azerbaijan-turkiye-military-relations";
    const path = join(dir, id, "article.json");
    const a = JSON.parse(readFileSync(path, "utf8"));
    a.dates[0].value = "1999";
    a.numbers.shift();
    writeFileSync(path, JSON.stringify(a));
    out = [];
    expect(await check(["--output", dir])).toBe(1);
    const report = out.join("\n");
    expect(report).toContain('dates changed: 79-97 "July - August 2023"');
    expect(report).toContain('numbers added: 280-283 "two"');
  });
});
