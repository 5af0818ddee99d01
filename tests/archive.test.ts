// The output folder as an archive: runs add to it, unchanged inputs are skipped, gone inputs are
// named (and pruned on request), and the combined tables, articles.csv, the registers and
// index.html always cover every article folder present.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { organisationRegister, treatyRegister } from "../src/archive/registers.js";
import type { ArticleSummary, NameShare } from "../src/archive/summary.js";
import { removeTempDirs, runCli, tempDir } from "./support/cli.js";
import { fixtures } from "./fixtures.js";

afterAll(removeTempDirs);

const byId = (id: string) => fixtures().find((f) => f.id === id)!;
const [cwr, lpf, mdc] = ["cwr-2022-11-nile-water-negotiations", "lpf-2024-03-eastern-med-gas-diplomacy", "mdc-2023-07-azerbaijan-turkiye-military-relations"].map(byId);

/** Rows of a CSV file as objects, read by an RFC 4180 parser (cells may hold line breaks). */
function csv(path: string): Array<Record<string, string>> {
  const text = readFileSync(path, "utf8");
  const rows: string[][] = [[]];
  for (const m of text.matchAll(/("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/g)) {
    if (m[0] === "") break;
    rows.at(-1)!.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]);
    if (m[2] === "\r\n") rows.push([]);
  }
  const [head, ...body] = rows.filter((r) => r.length > 1);
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

describe("two runs into one output folder", () => {
  const input = tempDir("archive-in");
  const out = tempDir("archive-out");
  const copy = (f: { sourcePath: string; id: string }) => cpSync(f.sourcePath, join(input, f.sourcePath.split("/").pop()!));

  it("the second run adds its article; every shared file covers all three", async () => {
    copy(cwr);
    copy(lpf);
    expect((await runCli([input, "--out", out, "--quiet"])).code).toBe(0);
    copy(mdc);
    const second = await runCli([input, "--out", out]);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/2 unchanged since the run that wrote them, skipped/);
    expect(second.out).toMatch(/3 files: 1 written, 2 unchanged, 0 failed; .* archive of 3 articles;/);
    const ids = [cwr.id, lpf.id, mdc.id];
    expect(csv(join(out, "articles.csv")).map((r) => r.id)).toEqual(ids);
    for (const kind of ["dates", "numbers", "organisations", "treaties", "footnotes", "sections"]) {
      const articles = new Set(csv(join(out, `${kind}.csv`)).map((r) => r.article));
      expect([...articles].sort(), kind).toEqual(ids);
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, "tables.xlsx"));
    const articleSheet = wb.getWorksheet("articles")!;
    expect(articleSheet.getColumn(1).values.slice(2)).toEqual(ids);
    const html = readFileSync(join(out, "index.html"), "utf8");
    for (const id of ids) expect(html).toContain(id);
  });

  it("an organisation named in two articles has articles = 2 in its register row", () => {
    const rows = csv(join(out, "registers", "organisations.csv"));
    const eu = rows.find((r) => r.name === "European Union")!;
    expect(eu.articles).toBe("2");
    expect(eu.article_ids).toBe(`${cwr.id} | ${lpf.id}`);
    expect(eu.first_issue).toBe("2022-11");
    expect(eu.last_issue).toBe("2024-03-15");
    expect(Number(eu.mentions)).toBeGreaterThan(2);
  });

  it("the treaty and outlet registers cover every article", () => {
    const treaties = csv(join(out, "registers", "treaties.csv"));
    expect(treaties.find((r) => r.name === "Shusha Declaration on Allied Relations")).toMatchObject({ signed_value: "2021-06-15", articles: "1" });
    const outlets = csv(join(out, "registers", "outlets.csv"));
    expect(outlets.find((r) => r.outlet === "Reuters")).toMatchObject({ articles: "2" });
  });

  it("--force redoes an unchanged input; a changed input is redone without it", async () => {
    expect((await runCli([input, "--out", out, "--force", "--quiet"])).out).toMatch(/3 files: 3 written, 0 failed/);
    const path = join(input, cwr.sourcePath.split("/").pop()!);
    writeFileSync(path, readFileSync(path, "utf8").replace("Nile", "Nile River"));
    expect((await runCli([input, "--out", out, "--quiet"])).out).toMatch(/3 files: 1 written, 2 unchanged, 0 failed/);
  });

  it("an article whose input is gone is named and kept, and removed only with --prune", async () => {
    rmSync(join(input, lpf.sourcePath.split("/").pop()!));
    const kept = await runCli([input, "--out", out]);
    expect(kept.out).toMatch(new RegExp(`${lpf.id}: its input \\S*${lpf.id}\\.txt is gone; kept \\(--prune removes it\\)`));
    expect(csv(join(out, "articles.csv")).map((r) => r.id)).toContain(lpf.id);
    const pruned = await runCli([input, "--out", out, "--prune"]);
    expect(pruned.out).toContain("removed");
    expect(existsSync(join(out, lpf.id))).toBe(false);
    expect(csv(join(out, "articles.csv")).map((r) => r.id)).toEqual([cwr.id, mdc.id]);
    expect(csv(join(out, "registers", "organisations.csv")).find((r) => r.name === "European Union")?.articles).toBe("1");
  });
});

describe("the archive rebuild", () => {
  it("covers article folders that another run wrote elsewhere and that were copied in", async () => {
    const a = tempDir("archive-a");
    const b = tempDir("archive-b");
    await runCli([cwr.sourcePath, "--out", a, "--quiet"]);
    await runCli([mdc.sourcePath, "--out", b, "--quiet"]);
    cpSync(join(a, cwr.id), join(b, cwr.id), { recursive: true });
    mkdirSync(join(b, "not-an-article"));
    await runCli([mdc.sourcePath, "--out", b, "--quiet"]);
    expect(csv(join(b, "articles.csv")).map((r) => r.id)).toEqual([cwr.id, mdc.id]);
  });
});

const share = (name: string, acronym: string | null, mentions = 1): NameShare => ({ name, acronym, wordings: [acronym && mentions === 1 ? acronym : name], mentions });
const summary = (id: string, date: string, organisations: NameShare[]): ArticleSummary => ({
  id, file: `${id}.txt`, title: null, authors: [], editors: [], volume: null, issue: null, issueDate: date, issueDateValue: date,
  publisher: null, counts: {}, warnings: 0, organisations, treaties: [], outlets: [],
});

describe("registers merge names across issues", () => {
  const table = (summaries: ArticleSummary[]) => organisationRegister(summaries).table.rows.map((r) => [r[0], r[1], r[3], r[4], r[5], r[6]]);

  it.each([
    ["one canonical name, two issues", [summary("a", "2020-01", [share("World Bank", null, 2)]), summary("b", "2021-05", [share("World Bank", null)])], [["World Bank", null, 2, 3, "2020-01", "2021-05"]]],
    ["a leading 'the' and case do not split a name", [summary("a", "2020", [share("the World Food Programme", null)]), summary("b", "2021", [share("World Food Programme", null)])], [["the World Food Programme", null, 2, 2, "2020", "2021"]]],
    ["an acronym used bare joins the one full name defined for it", [summary("a", "2020", [share("North Atlantic Treaty Organization", "NATO")]), summary("b", "2022", [share("NATO", null)])], [["North Atlantic Treaty Organization", "NATO", 2, 2, "2020", "2022"]]],
    [
      "an acronym two bodies share stays apart",
      [summary("a", "2020", [share("International Criminal Court", "ICC")]), summary("b", "2021", [share("International Chamber of Commerce", "ICC")]), summary("c", "2022", [share("ICC", null)])],
      [["ICC", null, 1, 1, "2022", "2022"], ["International Chamber of Commerce", "ICC", 1, 1, "2021", "2021"], ["International Criminal Court", "ICC", 1, 1, "2020", "2020"]],
    ],
    ["a range issue date counts from its start to its end", [summary("a", "2023-07/2023-08", [share("OSCE", null)])], [["OSCE", null, 1, 1, "2023-07", "2023-08"]]],
  ])("%s", (_, summaries, rows) => {
    expect(table(summaries as ArticleSummary[])).toEqual(rows);
  });

  it("treaty register rows keep the signing date stated in any issue", () => {
    const t = { name: "Paris Agreement", acronym: null, wordings: ["Paris Agreement"], mentions: 1, signed: null, signedValue: null, place: null, parties: [] };
    const a = summary("a", "2019", []);
    const b = summary("b", "2020", []);
    a.treaties = [t];
    b.treaties = [{ ...t, signed: "12 December 2015", signedValue: "2015-12-12", place: "Paris", parties: ["France"] }];
    const { table: tt } = treatyRegister([a, b]);
    expect(tt.rows).toEqual([["Paris Agreement", "Paris Agreement", "12 December 2015", "2015-12-12", "Paris", "France", 2, 2, "2019", "2020", "a | b"]]);
  });
});
