// The tables a spreadsheet user reads: every column described once (README, About sheet), each
// record's section heading and sentence, line breaks folded in cells, a call's row carrying its
// note, and tables.xlsx with an About sheet and a filter on every sheet.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runArticleWithSource } from "../src/stages.js";
import { tables, type Table } from "../src/write/tables.js";
import { articleColumn, columns, columnsMarkdown } from "../src/write/columns.js";
import { defaultCsvOptions } from "../src/write/csv.js";
import { columnWidths, sheetRows, sheetsXlsx, type Sheet } from "../src/write/xlsx.js";
import { fixtures, runWithSource } from "./fixtures.js";

const head = "Title Here\n\nBy Al Bee\n\n";
const tablesOf = (text: string) => {
  const { article, source } = runArticleWithSource("t", "t.txt", new TextEncoder().encode(text));
  return { article, t: tables(article, source) };
};
/** The rows of `table` as objects keyed by column name. */
const rows = (table: Table) => table.rows.map((r) => Object.fromEntries(table.columns.map((c, i) => [c, r[i]])));
const cellOf = (table: Table, text: string, column: string) => rows(table).find((r) => r.text === text)?.[column];

describe("the sentence column", () => {
  // [paragraph, a record's text in it, the sentence expected]
  const examples: Array<[string, string, string]> = [
    ["The U.S. Navy sent two ships in May 2021. They left in June 2022.", "May 2021", "The U.S. Navy sent two ships in May 2021."],
    ["The U.S. Navy sent two ships in May 2021. They left in June 2022.", "June 2022", "They left in June 2022."],
    ["Dr. Smith met Prof. Jones in Baku in March 2019. Then they left.", "March 2019", "Dr. Smith met Prof. Jones in Baku in March 2019."],
    ["The talks began on Jan. 5, 2021 in Cairo. They ended in 2022.", "Jan. 5, 2021", "The talks began on Jan. 5, 2021 in Cairo."],
    ["Growth was 3.5 percent in 2021. It fell to 2.1 percent in 2022.", "2022", "It fell to 2.1 percent in 2022."],
    ["Joel D. Parker wrote the report in 2020. Others agreed.", "2020", "Joel D. Parker wrote the report in 2020."],
    ["He said “we will sign in 2020.” The crowd cheered in 2021.", "2020", "He said “we will sign in 2020.”"],
    ["He said \"we will sign in 2020.\" The crowd cheered in 2021.", "2021", "The crowd cheered in 2021."],
    ["The E.U. and the U.K. agreed in 2016. Others did not.", "2016", "The E.U. and the U.K. agreed in 2016."],
    ["Ports such as Jeddah, e.g. in 2019, were closed. Others were not.", "2019", "Ports such as Jeddah, e.g. in 2019, were closed."],
    ["It cost $4.5 bn. in 2020 alone. The next year it cost more.", "2020", "It cost $4.5 bn. in 2020 alone."],
    ["The talks began in\nMarch 2019 and failed.\nA second round began in 2020.", "March 2019", "The talks began in March 2019 and failed."],
    ["Did the talks fail in 2019? Most observers think so.", "2019", "Did the talks fail in 2019?"],
    ["She moved to the U.S. In 2019 she left again.", "2019", "In 2019 she left again."],
    ["He arrived at 5 p.m. on 3 May 2020. Then he left.", "3 May 2020", "He arrived at 5 p.m. on 3 May 2020."],
    ["It was signed in St. Petersburg in 2019. Gen. Aliyev spoke in 2020.", "2020", "Gen. Aliyev spoke in 2020."],
    ["The firm, Acme Inc., grew in 2019. Approx. 40 ships left in 2020.", "2020", "Approx. 40 ships left in 2020."],
    ["In 2019 (see Fig. 2 and pp. 12-15) trade fell. Then more.", "2019", "In 2019 (see Fig. 2 and pp. 12-15) trade fell."],
    ["**Al Bee** is a fellow at the institute since 2019. She writes.", "2019", "**Al Bee** is a fellow at the institute since 2019."],
  ];
  // misses: an abbreviation's full stop that also ends the sentence, and an ellipsis between sentences
  const misses: Array<[string, string, string]> = [
    ["The treaty was signed in 2019 by the U.S. Others joined later.", "2019", "The treaty was signed in 2019 by the U.S."],
    ["Talks resumed in 2019... They failed in 2020.", "2020", "They failed in 2020."],
  ];
  it.fails.each(misses)("%j: %s", (paragraph, record, sentence) => {
    const { t } = tablesOf(`${head}${paragraph}\n\nA closing paragraph.`);
    expect(cellOf(t.dates, record, "sentence")).toBe(sentence);
  });
  it.each(examples)("%j: %s", (paragraph, record, sentence) => {
    const { t } = tablesOf(`${head}${paragraph}\n\nA closing paragraph.`);
    const found = [t.dates, t.numbers].map((table) => cellOf(table, record, "sentence")).find((s) => s !== undefined);
    expect(found).toBe(sentence);
  });

  it("does not run a sentence over into the next paragraph or begin it in the previous one", () => {
    const { t } = tablesOf(`${head}It began without a full stop in 2019\n\nIt ended in 2020. Then more.`);
    expect(cellOf(t.dates, "2019", "sentence")).toBe("It began without a full stop in 2019");
    expect(cellOf(t.dates, "2020", "sentence")).toBe("It ended in 2020.");
  });

  it("gives the whole line for a record outside the paragraphs, such as a header's issue line", () => {
    const { t } = tablesOf(`Gulf Review · Vol. 9 · No. 2 · 14 February 2025\n\n${head}Text here in 2021.`);
    expect(cellOf(t.dates, "14 February 2025", "sentence")).toBe("Gulf Review · Vol. 9 · No. 2 · 14 February 2025");
  });

  // [paragraph with a call after a full stop, the call as written]
  const calls: Array<[string, string]> = [
    ["Trade grew.¹ It fell later.", "¹"],
    ["Trade grew. [1] It fell later.", "[1]"],
    ["Trade grew.[1] It fell later.", "[1]"],
    ["Trade grew.[^1] It fell later.", "[^1]"],
    ["Trade grew in the region.1 It fell later.", "1"],
    ["Trade grew, observers said.”¹ It fell later.", "¹"],
  ];
  it.each(calls)("keeps the call in %j with the sentence it follows", (paragraph, call) => {
    const { t } = tablesOf(`${head}${paragraph}\n\nNotes\n\n1. A source, 2020.`);
    const row = rows(t.footnotes).find((r) => r.type === "marker");
    expect(row?.text).toBe(call);
    expect(row?.sentence).toBe(paragraph.slice(0, paragraph.indexOf(call) + call.length));
  });
});

describe("the heading column", () => {
  it("holds the heading of the record's section, and is empty where the section has none", () => {
    const { t } = tablesOf(`${head}An opening in 2018.\n\nThe Talks\n\nThey began in 2019.\n\nConclusion\n\nThey ended in 2020.`);
    expect([2018, 2019, 2020].map((y) => cellOf(t.dates, String(y), "heading"))).toEqual([null, "The Talks", "Conclusion"]);
  });
});

describe("line breaks in cells", () => {
  // the same hard-wrapped paragraph with each kind of line end
  it.each([["LF", "\n"], ["CRLF", "\r\n"], ["CR", "\r"]])("folds %s line breaks to one space in every cell, and keeps offsets and article.json", (_, nl) => {
    const text = `Title Here${nl}${nl}By Al Bee${nl}${nl}The agreement was signed on June${nl}  15, 2021 in Baku.${nl}${nl}Another paragraph.`;
    const { article, t } = tablesOf(text);
    const date = article.dates.find((d) => d.value === "2021-06-15")!;
    expect(date.text).toBe(`June${nl}  15, 2021`);
    expect(cellOf(t.dates, "June 15, 2021", "start")).toBe(date.start);
    expect(cellOf(t.dates, "June 15, 2021", "sentence")).toBe("The agreement was signed on June 15, 2021 in Baku.");
    for (const table of Object.values(t)) for (const r of table.rows) for (const c of r) expect(String(c ?? "")).not.toMatch(/[\r\n]/);
  });
});

describe("a call's row in footnotes", () => {
  it("carries its note's number, text and URLs, so no join is needed", () => {
    const { t } = tablesOf(`${head}A claim.[1] Another[3] here.\n\nEndnotes\n\n1. First source, https://example.org/a.\n\n2. Second source.`);
    const [first, lost] = rows(t.footnotes).filter((r) => r.type === "marker");
    expect(first).toMatchObject({ links: "note1", note_number: 1, note_text: "1. First source, https://example.org/a.", urls: "https://example.org/a" });
    expect(lost).toMatchObject({ links: null, note_number: null, note_text: null, urls: null });
  });
});

describe("columns are described once", () => {
  const fixtureTables = fixtures().map((f) => {
    const r = runWithSource(f);
    return tables(r.article, r.source);
  });
  it("every column of every table has a description, in the same order", () => {
    for (const t of fixtureTables) for (const [name, table] of Object.entries(t)) expect(table.columns, name).toEqual(Object.keys(columns[name as keyof typeof columns]));
    for (const described of [articleColumn, ...Object.values(columns)]) for (const [c, meaning] of Object.entries(described)) expect(meaning.length, c).toBeGreaterThan(20);
  });
  it("the README's table of columns is the one generated from them (npx tsx scripts/readme-columns.ts)", () => {
    expect(readFileSync("README.md", "utf8")).toContain(columnsMarkdown());
  });
  it("the descriptions explain offsets and date values", () => {
    expect(columns.dates.start).toMatch(/UTF-16 code units.*source\.slice\(start, end\)/s);
    for (const v of ["XXXX-08", "2023-07/2023-08", "199X"]) expect(columns.dates.value).toContain(v);
  });
});

describe("tables.xlsx", () => {
  // the combined sheets of the fixtures, an "article" column first, as the archive writes them
  const sheets = async (): Promise<Record<string, Sheet>> => {
    const all = fixtures().map((f) => {
      const r = runWithSource(f);
      return { id: f.id, t: tables(r.article, r.source) };
    });
    return Object.fromEntries(
      Object.keys(all[0].t).map((k) => {
        const kind = k as keyof (typeof all)[0]["t"];
        const combined = { columns: ["article", ...all[0].t[kind].columns], rows: all.flatMap(({ id, t }) => t[kind].rows.map((r) => [id, ...r])) };
        return [k, { columns: combined.columns, rowsXml: sheetRows(combined.rows), widths: columnWidths(combined), rows: combined.rows.length }];
      }),
    );
  };

  it("opens on an About sheet that explains every column of every sheet, and filters every sheet", async () => {
    const s = await sheets();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await sheetsXlsx(s)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["About", ...Object.keys(s)]);
    const about = wb.getWorksheet("About")!;
    const explained = new Map<string, string>();
    about.eachRow((row, i) => i > 1 && explained.set(`${row.getCell(1).value}.${row.getCell(2).value}`, String(row.getCell(3).value)));
    for (const [name, sheet] of Object.entries(s)) for (const c of sheet.columns) expect(explained.get(`${name}.${c}`), `${name}.${c}`).toMatch(/\w{3,}/);
    expect(explained.get("dates.value")).toContain("XXXX-08");
    for (const w of wb.worksheets) {
      const width = w.getRow(1).cellCount;
      const last = String.fromCharCode(64 + width);
      expect(w.autoFilter, w.name).toBe(`A1:${last}${w.rowCount}`);
      expect(w.rowCount, w.name).toBe(w.name === "About" ? explained.size + 1 : s[w.name].rows + 1);
    }
    const dates = wb.getWorksheet("dates")!;
    expect(dates.getRow(1).values).toEqual([undefined, "article", "id", "section", "heading", "text", "start", "end", "value", "resolved", "stated", "sentence"]);
    expect(dates.getCell("J2").value).toBeTypeOf("string");
  });

  it("gives the same bytes for the same tables, in any time zone", async () => {
    const s = await sheets();
    const zone = process.env.TZ;
    try {
      process.env.TZ = "UTC";
      const utc = await sheetsXlsx(s);
      process.env.TZ = "America/Los_Angeles";
      expect((await sheetsXlsx(s)).equals(utc)).toBe(true);
      process.env.TZ = "Asia/Tokyo";
      expect((await sheetsXlsx(s)).equals(utc)).toBe(true);
    } finally {
      process.env.TZ = zone;
      if (zone === undefined) delete process.env.TZ;
    }
  });
});

describe("context cells stay small", () => {
  it("gives a record in a run-on paragraph or a very long line a window around it, marked with …", () => {
    const filler = "and the talks went on ".repeat(60);
    const { t } = tablesOf(`${head}They began ${filler}until March 2019 ${filler}without end\n\nA closing paragraph.`);
    const cell = String(cellOf(t.dates, "March 2019", "sentence"));
    expect(cell).toMatch(/^….* until March 2019 .*…$/);
    expect(cell.length).toBeLessThanOrEqual(602);
  });
});
