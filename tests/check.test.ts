// `npm run check` reports an edit as the records it changed, not as every record after it. The
// command runs for real (its main()) on temporary copies of the sample: a baseline output/ made
// by the pipeline, then an edited input checked against it. The alignment and the record diff
// are also tested on their own.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main as check } from "../src/cli/check.js";
import { main as pipeline } from "../src/cli/pipeline.js";
import { lcs } from "../src/evaluate/align.js";
import { articleDiff } from "../src/evaluate/diff.js";
import type { Article } from "../src/schema/article.js";
import { fixtures, run } from "./fixtures.js";

const id = "mdc-2023-07-azerbaijan-turkiye-military-relations";
const sample = readFileSync(`input/${id}.txt`, "utf8");
let root: string;
let baseline: Article;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "check-test-"));
  cpSync("input", join(root, "input"), { recursive: true });
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  expect(await pipeline([join(root, "input"), "--out", join(root, "output"), "--quiet"])).toBe(0);
  log.mockRestore();
  baseline = JSON.parse(readFileSync(join(root, "output", id, "article.json"), "utf8"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

let runs = 0;
/** Checks `edit(sample)` against the baseline output (optionally altered first by `alter`). */
async function checkEdited(edit: (s: string) => string, alter?: (output: string) => void) {
  const dir = join(root, `run${++runs}`);
  cpSync(join(root, "output"), join(dir, "output"), { recursive: true });
  alter?.(join(dir, "output"));
  // the input keeps its path, as in use: the path is part of article.json
  const input = join(root, "input", `${id}.txt`);
  writeFileSync(input, edit(sample));
  const lines: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...args) => void lines.push(...args.join(" ").split("\n")));
  const code = await check(["--input", join(root, "input"), "--output", join(dir, "output")]).finally(() => {
    log.mockRestore();
    writeFileSync(input, sample);
  });
  // the pipeline's own summary line comes first
  const report = lines.slice(1);
  return { code, report, entries: report.filter((l) => /^ {2}\S/.test(l)) };
}

function replaceOnce(s: string, from: string, to: string): string {
  expect(s.split(from)).toHaveLength(2);
  return s.replace(from, to);
}

describe("npm run check on an edited sample", () => {
  it("an unchanged input is identical, exit 0", async () => {
    const r = await checkEdited((s) => s);
    expect(r.report.at(-1)).toMatch(/^identical to /);
    expect(r.report).toHaveLength(1);
    expect(r.code).toBe(0);
  });

  it("a number made one character longer is one numbers changed, with was and now; the records after it moved and report nothing", async () => {
    const r = await checkEdited((s) => replaceOnce(s, "more than 7,000", "more than 17,000"));
    expect(r.entries).toEqual([expect.stringMatching(/^ {2}numbers changed: \d+-\d+ "more than 7,000"$/)]);
    const at = r.report.findIndex((l) => l.startsWith("  numbers changed"));
    expect(r.report[at + 1]).toMatch(/^ {4}was \d+-\d+ text "more than 7,000", value 7000$/);
    expect(r.report[at + 2]).toMatch(/^ {4}now \d+-\d+ text "more than 17,000", value 17000$/);
    expect(r.report[0]).toContain("input changed");
    expect(r.report.join("\n")).not.toContain("files written differently");
    expect(r.code).toBe(1);
  });

  it("a deleted sentence gives exactly its records, as removed", async () => {
    const sentence = "According to Hulusi Akar, the former Chief of the General Staff of the Republic of Türkiye, more than 7,000 Azerbaijani Army personnel have received training in Turkish military schools. ";
    const start = sample.indexOf(sentence);
    const inside = (r: { start: number; end: number }) => r.start >= start && r.end <= start + sentence.length;
    const expected = (["dates", "numbers", "organisations", "treaties"] as const).flatMap((k) =>
      baseline[k].filter(inside).map((rec) => `  ${k} removed: ${rec.start}-${rec.end} ${JSON.stringify(rec.text)}`),
    );
    expect(expected.length).toBeGreaterThan(1);
    const r = await checkEdited((s) => replaceOnce(s, sentence, ""));
    expect(r.entries.map((l) => l.replace(/ \(.*\)$/, ""))).toEqual(expected);
  });

  it("a changed heading shows in the sections' detail, and nothing else changes", async () => {
    const r = await checkEdited((s) => replaceOnce(s, "\nConclusion\n", "\nConclusions\n"));
    expect(r.entries).toEqual([expect.stringMatching(/^ {2}sections changed: s\d+ body "Conclusion"$/)]);
    expect(r.report.join("\n")).toMatch(/was \d+-\d+ heading "Conclusion"\n {4}now \d+-\d+ heading "Conclusions"/);
  });

  it("a changed signing date shows as the date and the register row, field by field", async () => {
    const r = await checkEdited((s) => replaceOnce(s, "August 11, 1992", "August 12, 1992"));
    expect(r.entries).toEqual([expect.stringMatching(/^ {2}dates changed: .*"August 11, 1992"$/), '  treatyRegister changed: "Military Training Cooperation Agreement"']);
    expect(r.report.join("\n")).toContain('    was signed "August 11, 1992 (1992-08-11)"\n    now signed "August 12, 1992 (1992-08-12)"');
  });

  it("a changed warning shows its message was and now", async () => {
    const r = await checkEdited((s) => replaceOnce(s, "October 11, 2020", "October 12, 2020"));
    const text = r.report.join("\n");
    expect(r.entries.filter((l) => l.startsWith("  warnings"))).toEqual([expect.stringMatching(/^ {2}warnings changed: \d+-\d+ same-url-different-date: notes 9 and 11 cite /)]);
    expect(text).toMatch(/was \d+-\d+ message ".*2020-10-11"\n {4}now \d+-\d+ message ".*2020-10-12"/);
    expect(r.entries.map((l) => l.split(":")[0])).toEqual(["  dates changed", "  notes changed", "  warnings changed"]);
  });

  it("a file that differs while the records are the same is reported as written differently", async () => {
    const r = await checkEdited(
      (s) => s,
      (output) => writeFileSync(join(output, id, "numbers.csv"), readFileSync(join(output, id, "numbers.csv"), "utf8").replace(/\r\n$/, "\r\n\r\n")),
    );
    expect(r.report[0]).toBe(`${id}: 0 record differences; files written differently from the same records: numbers.csv`);
    expect(r.code).toBe(1);
  });
});

describe("lcs: the alignment of two key sequences", () => {
  const table: Array<[string, string[], string[], Array<[number, number]>]> = [
    ["identical", ["a", "b", "c"], ["a", "b", "c"], [[0, 0], [1, 1], [2, 2]]],
    ["insert at start", ["a", "b"], ["x", "a", "b"], [[0, 1], [1, 2]]],
    ["insert at end", ["a", "b"], ["a", "b", "x"], [[0, 0], [1, 1]]],
    ["delete in the middle", ["a", "b", "c"], ["a", "c"], [[0, 0], [2, 1]]],
    ["change in the middle", ["a", "b", "c"], ["a", "x", "c"], [[0, 0], [2, 2]]],
    ["repeats keep their order", ["two", "a", "two", "b"], ["two", "b"], [[0, 0], [3, 1]]],
    ["a move is not part of the subsequence", ["a", "b", "c"], ["b", "c", "a"], [[1, 0], [2, 1]]],
    ["empty sides", [], ["a"], []],
  ];
  it.each(table)("%s", (_, a, b, pairs) => expect(lcs(a, b)).toEqual(pairs));

  it("among repeats, the occurrence nearest in place is the one matched", () => {
    // old: "two" at places 0.1 and 0.5; new: one "two" at 0.5 (the first was deleted), then the other way
    const near = (oldAt: number[], newAt: number[]) => (i: number, j: number) => Math.abs(oldAt[i] - newAt[j]);
    expect(lcs(["two", "two"], ["two"], near([0.1, 0.5], [0.5]))).toEqual([[1, 0]]);
    expect(lcs(["two", "two"], ["two"], near([0.1, 0.5], [0.1]))).toEqual([[0, 0]]);
  });

  it("a long sequence goes through unique anchors and still aligns an edit", () => {
    const a = Array.from({ length: 3000 }, (_, i) => `k${i}`);
    const b = [...a.slice(0, 1500), "new", ...a.slice(1501)];
    const pairs = lcs(a, b);
    expect(pairs).toHaveLength(2999);
    expect(pairs.some(([i]) => i === 1500)).toBe(false);
  });
});

describe("articleDiff: records matched by content", () => {
  const f = fixtures().find((x) => x.id === id)!;
  const copy = (a: Article): Article => JSON.parse(JSON.stringify(a));
  const shifted = (a: Article, by: number): Article => {
    const b = copy(a);
    b.source.sha256 = "0".repeat(64);
    for (const r of [...b.dates, ...b.numbers, ...b.organisations, ...b.treaties, ...b.footnotes.markers, ...b.footnotes.notes]) [r.start, r.end] = [r.start + by, r.end + by];
    return b;
  };

  it("the same article has no differences", () => expect(articleDiff(run(f), run(f))).toEqual([]));

  it("records that only moved (offsets shifted by an edit) report nothing", () => expect(articleDiff(run(f), shifted(run(f), 7))).toEqual([]));

  it("a record moved to another place in its list reports nothing", () => {
    const a = run(f);
    const b = copy(a);
    b.numbers.push(b.numbers.shift()!);
    expect(articleDiff(a, b)).toEqual([]);
  });

  it("a record inserted at the start renumbers every id and is the one difference", () => {
    const a = run(f);
    const b = copy(a);
    b.numbers.unshift({ ...b.numbers[0], text: "three", value: 3, start: 0, end: 5 });
    b.numbers.forEach((n, i) => (n.id = `num${i + 1}`));
    expect(articleDiff(a, b)).toEqual(['numbers added: 0-5 "three" (section "s3", value 3, unit "country", qualifier null)']);
  });

  it("with the same source, a record that now points at other text is changed, with both spans", () => {
    const a = run(f);
    const b = copy(a);
    [b.numbers[0].start, b.numbers[0].end] = [b.numbers[0].start + 1, b.numbers[0].end + 1];
    expect(articleDiff(a, b)).toEqual([`numbers changed: ${a.numbers[0].start}-${a.numbers[0].end} "two"\n    was ${a.numbers[0].start}-${a.numbers[0].end}\n    now ${b.numbers[0].start}-${b.numbers[0].end}`]);
  });

  it("a removal and an addition far apart are not one change", () => {
    const a = run(f);
    const b = copy(a);
    const [first] = b.numbers.splice(0, 1);
    b.numbers.push({ ...first, text: "nine", value: 9, start: a.source.chars - 10, end: a.source.chars - 6 });
    const lines = articleDiff(a, b);
    expect(lines.map((l) => l.split(":")[0])).toEqual(["numbers removed", "numbers added"]);
  });
});
