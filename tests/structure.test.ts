import { describe, expect, it } from "vitest";
import { runArticle } from "../src/stages.js";

const article = (text: string) => runArticle("t", "t.txt", new TextEncoder().encode(text));
const para = "This is a long enough body paragraph that ends properly with a full stop.";

describe("sections and paragraphs", () => {
  it("reads header, title, byline, body under headings, disclaimer, bio, rights and notes", () => {
    const a = article(
      [
        "Editors: Dr. Ann Lee and Prof. Bo Chan Vol. 3, No. 2, 5 May 2021",
        "A Title About Things",
        "By Dr. Sam Roe",
        para,
        "The First Heading",
        para,
        "The opinions expressed in this series are the authors' alone.",
        "Sam Roe is a fellow at the Example Institute.",
        "All rights reserved to the Example Institute at Some University.",
        "Endnotes",
        "1. A note.",
      ].join("\n\n"),
    );
    expect(a.sections.map((s) => s.kind)).toEqual(["header", "title", "byline", "body", "body", "disclaimer", "bio", "rights", "notes"]);
    expect(a.sections[4].heading).toBe("The First Heading");
    expect(a.metadata).toMatchObject({
      title: "A Title About Things",
      authors: ["Sam Roe"],
      editors: ["Ann Lee", "Bo Chan"],
      volume: 3,
      issue: 2,
      issueDate: { text: "5 May 2021", value: "2021-05-05" },
      publisher: "Example Institute",
    });
  });

  it("keeps positions and affiliations out of the authors", () => {
    const a = article(`Title Here\n\nBy Dr. Jane Doe, Senior Fellow, Example Institute and Omar Haddad | Research Director\n\n${para}`);
    expect(a.metadata.authors).toEqual(["Jane Doe", "Omar Haddad"]);
  });

  it("joins a paragraph that a page break cut mid-sentence", () => {
    const text = `Title Here\n\nBy Al Bee\n\nThe army did not\n\ndirectly participate in it.\n\n${para}`;
    const a = article(text);
    const body = a.sections.find((s) => s.kind === "body")!;
    expect(body.paragraphs).toHaveLength(2);
    expect(text.slice(body.paragraphs[0].start, body.paragraphs[0].end)).toBe("The army did not\n\ndirectly participate in it.");
  });

  it("keeps hard-wrapped lines of one paragraph together (CRLF)", () => {
    const text = `Title Here\r\n\r\nBy Al Bee\r\n\r\nA wrapped\r\nparagraph of two lines.\r\n\r\n${para}`;
    const body = article(text).sections.find((s) => s.kind === "body")!;
    expect(text.slice(body.paragraphs[0].start, body.paragraphs[0].end)).toBe("A wrapped\r\nparagraph of two lines.");
  });

  it("says so when there is no notes list and no heading", () => {
    const a = article(`Title Here\n\nBy Al Bee\n\n${para}`);
    expect(a.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["no-notes-list", "no-headings"]));
  });

  // a short paragraph of one sentence is text, also when a note call follows its full stop
  it.each([
    "Turkey signed the deal in 2020. [1]",
    "Turkey signed the deal in 2020.[12]",
    "Turkey signed the deal in 2020.¹",
    "Turkey signed the deal in 2020.¹²",
    "Turkey signed the deal in 2020.1",
    "Turkey signed the deal in 2020.[^3]",
    "Ankara and Baku signed it.",
  ])("%s is a paragraph, not a heading", (line) => {
    const a = article(["Title Here", "By Al Bee", para, "The First Heading", para, line, para, "Notes", "1. A note.", "2. A note.", "3. A note.", "12. A note."].join("\n\n"));
    expect(a.sections.map((s) => s.heading)).not.toContain(line);
    expect(a.sections.filter((s) => s.kind === "body").map((s) => s.heading)).toEqual([null, "The First Heading"]);
  });

  // numbered headings are headings, and their numbers are labels, not quantities
  it.each([
    [["1. Introduction", "2. Background", "3. Outlook"]],
    [["1) Introduction", "2) Background"]],
    [["## 1. Introduction", "## 2. Background"]],
  ])("numbered headings %j", (headings) => {
    const a = article(["Title Here", "By Al Bee", ...headings.flatMap((h) => [h, para])].join("\n\n"));
    expect(a.sections.filter((s) => s.heading).map((s) => s.heading)).toEqual(headings.map((h) => h.replace(/^#+\s*/, "")));
    expect(a.numbers).toEqual([]);
  });

  it("a numbered list item's label is not a number, its quantities are", () => {
    const a = article(`Title Here\n\nBy Al Bee\n\n${para}\n\n1. Ankara sent 40 ships to the strait in the spring.`);
    expect(a.numbers.map((n) => n.text)).toEqual(["40"]);
  });
});
