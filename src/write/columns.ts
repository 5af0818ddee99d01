// Every table's columns, in order, each with its meaning in plain words. This is the one place
// they are defined: `tables.ts` builds rows by these names, the workbook's About sheet lists them,
// and the README's table of columns is generated from them (scripts/readme-columns.ts).

const position =
  "counted in UTF-16 code units (as JavaScript counts a string's length) from the start of the source text, which is the input file read as UTF-8 without its byte-order mark";
const start = `Where the text begins in the source: a position ${position}. source.slice(start, end) gives back the text exactly, line breaks included.`;
const end = "Where the text ends in the source: the position just after its last character (end - start is the text's length in code units).";
const section = "The id of the section that holds the record (s0, s1, …): see the sections table.";
const heading = "The heading of that section as written, or empty when the section has none (header, title, byline, text before the first heading).";
const text = "The words as they stand in the source text (in the tables a line break inside them is shown as one space).";
const sentence =
  "The sentence that holds the record, from the source text, within its paragraph; a note call after the full stop stays with its sentence. A record in a heading or a line outside the paragraphs is given that line.";
const id = (first: string, kind: string) => `The ${kind}'s id within its article: ${first}1, ${first}2, … in reading order.`;
const bar = 'several values are separated by " | "';

export const articleColumn = {
  article: "The article's id: its input file name without the extension. Only in the combined tables, which put every article of a run together: output/dates.csv and its siblings, and tables.xlsx.",
} as const;

export const columns = {
  sections: {
    id: "The section's id: s0, s1, … in reading order.",
    index: "The section's place in the article, counted from 0.",
    kind:
      "What the section is: header (editors, volume, number, issue date), title, byline, body (the text under one heading, or before the first heading), disclaimer, bio, rights, or notes (the notes list).",
    heading: "The heading line as written, or empty when the section has none.",
    start: "Where the section begins in the source (a position counted as for start in the other tables).",
    end: "Where the section ends in the source.",
    paragraphs: "How many paragraphs the section has (a paragraph a page break cut in two counts once); their positions are in article.json.",
  },
  dates: {
    id: id("date", "date"),
    section,
    heading,
    text,
    start,
    end,
    value:
      "The date in ISO 8601 / EDTF: 2021-06-15 a day, 1992-08 a month, 1992 a year. A/B is a range from A to B: 2023-07/2023-08 is July to August 2023, 1997/2013 is 1997 to 2013. XXXX stands for a year the words do not give (\"in August\" is XXXX-08); a final X stands for any digit, so 199X is the 1990s. A quarter or half is the range of its months: \"Q3 2021\" and \"the third quarter of 2021\" are 2021-07/2021-09, \"H1 2020\" is 2020-01/2020-06. A year written in two digits after an apostrophe is 20xx from '00 to '39 and 19xx from '40 (\"'89\" is 1989). An all-digit date is read day first when its first number is above 12 or it is dotted (15.3.2019), month first when its second is, and otherwise in the order the article's other all-digit dates settle; failing that, month first with an ambiguous-numeric-date warning. Every value is a real calendar date (leap years included) and a range never ends before it starts: the schema checks it.",
    resolved:
      "The value with the year the surrounding text fixes, where the words give none: \"November 10\" after \"November 10, 2020\" is 2020-11-10, \"in August\" in a sentence about 2020 is 2020-08. Empty when the value is complete or no one year fits.",
    stated:
      "Which parts of the date the words state; the rest of the value is inferred. year-month-day (\"5 March 2024\", \"03/15/2019\"), year-month, year, month-day (\"March 5\": the year is in resolved, when the text fixes one), month (\"in August\"), decade (\"the 1990s\"), year-quarter and year-half. A range names the parts either end states: \"Dec–Jan 2020\" is year-month, though its value 2019-12/2020-01 infers the first year.",
    sentence,
  },
  numbers: {
    id: id("num", "number"),
    section,
    heading,
    text: "The number as written, with its qualifier (\"more than 7,000\"); the counted noun is not part of it.",
    start,
    end,
    value: "The quantity as a plain number: 7000 for \"7,000\", 4500000000 for \"$4.5 billion\", 3.5 for \"3.5%\", 5 for \"five-day\"; negative for \"−3.5%\", \"-$4 billion\", \"minus 2 percent\".",
    unit:
      "What is counted: the noun in the singular (personnel, day, country), percent, or a currency code (USD, EUR, AED…) for money. Empty when the text names nothing counted.",
    qualifier: "Words that make the number a bound or an estimate (\"more than\", \"about\", \"nearly\"…), or empty.",
    sentence,
  },
  organisations: {
    id: id("org", "organisation"),
    section,
    heading,
    text,
    start,
    end,
    name: "The canonical name, one per organisation: the full name the text defines for an acronym (NDU gives National Defense University), otherwise the name as written.",
    acronym: "The organisation's acronym where the text gives one, or empty.",
    sentence,
  },
  treaties: {
    id: id("treaty", "treaty"),
    section,
    heading,
    text,
    start,
    end,
    name: "The canonical name, one per instrument whatever the wording, so every mention of one treaty has the same name.",
    sentence,
  },
  "treaty-register": {
    name: "One row per instrument: its canonical name, as in the treaties table.",
    wordings: `Every wording of the instrument met in the text; ${bar}.`,
    signed: "The signing date as written, where the text states it; empty otherwise.",
    signed_value: "That signing date in ISO 8601 / EDTF, as in the dates table's value.",
    place: "Where it was signed, as written, where the text states it; empty otherwise.",
    parties: `The states or bodies the text names as its parties; ${bar}.`,
    mentions: `The ids of its mentions in the treaties table; ${bar}.`,
  },
  footnotes: {
    id: "call1, call2, … for the note calls in the text; note1, note2, … for the entries of the notes list, numbered as the notes are (a number that stands twice gets a suffix: note3-2).",
    type: "marker for a note call in the text; note for an entry of the notes list.",
    number: "The call's number, or the note's: from its label, or from its place in the list when the label is lost.",
    section: "For a call, the id of the section that holds it; empty for a note.",
    heading: "For a call, the heading of its section, or empty; empty for a note.",
    text: "The call as written (¹, 7, [7], [^7]), or the note's whole text.",
    start,
    end,
    style:
      "For a call: superscript (¹), bracket ([7], [^7]) or plain (a digit glued to the end of a sentence, where a superscript was lost). For a note: labelled (its number is written) or inferred (its number comes from its place in the list).",
    links: `For a call, the id of its note (empty when no note has its number); for a note, the ids of its calls; ${bar}.`,
    note_number: "For a call, the number of its note (empty when no note has it); empty for a note.",
    note_text: "For a call, the whole text of its note, so no lookup is needed; empty for a note.",
    urls: `The note's web addresses, repaired where the text broke them and without trailing punctuation; on a call's row, its note's addresses; ${bar}.`,
    sentence: "For a call, the sentence it belongs to (the call stays with the sentence it follows); empty for a note.",
  },
  sources: {
    id: "The cited work's id within its article: src1, src2, … in the order of the notes (a note citing two works gives two).",
    note: "The id of the note that cites it (see footnotes).",
    text: "The citation as written in the note, without the note's label.",
    start,
    end,
    authors: `The personal names before the title; ${bar}.`,
    title: "The work's title, without its quotes or emphasis marks.",
    outlet: "The newspaper, journal, news agency or website that carried the work, or the body that issued it when it stands before the title.",
    publisher: "The publisher of a book or report, from its imprint (\"London: Hurst, 2014\"), where it is not the outlet.",
    date: "The work's date as written.",
    date_value: "That date in ISO 8601 / EDTF, as in the dates table's value.",
    urls: `The work's web addresses; ${bar}.`,
    accessed: "The date the address was read (\"accessed 3 March 2023\"), as written.",
    accessed_value: "That access date in ISO 8601 / EDTF.",
    language: "The language a tag names (\"[in Russian]\" gives Russian), or empty.",
  },
  warnings: {
    code: "The kind of problem, a short name such as call-without-note or no-notes-list (the README lists them all).",
    message: "The problem in words.",
    start: "Where the problem is in the source (a position counted as for start in the other tables); empty when it has no one place.",
    end: "Where the problem's place ends in the source; empty when it has no one place.",
  },
} as const satisfies Record<string, Record<string, string>>;

const issueSpan = "issue dates of the articles that name it (from their mastheads' issue date values)";

/** The archive's own tables, over every article in the output folder (src/archive/). */
export const archiveColumns = {
  articles: {
    id: "The article's id: its input file's name without the extension, and the name of its folder.",
    file: "The input file the article was read from, as the run that wrote it was given it.",
    title: "The article's title.",
    authors: `The article's authors, without honorifics; ${bar}.`,
    editors: `The issue's editors, from the masthead; ${bar}.`,
    volume: "The volume number from the masthead, or empty.",
    issue: "The issue number from the masthead, or empty.",
    issue_date: "The issue date as the masthead or date line writes it.",
    issue_date_value: "That date in ISO 8601 / EDTF, as in the dates table's value (2023-07/2023-08 is July to August 2023).",
    publisher: "The body that publishes the bulletin, or empty.",
    sections: "How many sections the article has.",
    dates: "How many dates it holds.",
    numbers: "How many numbers it holds.",
    organisations: "How many organisation mentions it holds.",
    treaties: "How many treaty mentions it holds.",
    calls: "How many footnote calls it holds.",
    notes: "How many notes its Notes list holds.",
    sources: "How many cited works its notes hold.",
    warnings: "How many warnings its reading raised (see its warnings table).",
  },
  "register-organisations": {
    name: "The organisation's canonical name; names that differ only in case or a leading \"the\" are one, and an acronym used bare joins the one full name defined for it anywhere in the archive.",
    acronym: "Its acronym, where an article defines one.",
    wordings: `Every way the archive writes it; ${bar}.`,
    articles: "How many articles name it.",
    mentions: "How many times it is named, over all articles.",
    first_issue: `The earliest of the ${issueSpan}.`,
    last_issue: `The latest of the ${issueSpan}.`,
    article_ids: `The ids of the articles that name it; ${bar}.`,
  },
  "register-treaties": {
    name: "The instrument's canonical name, merged across articles as organisations are.",
    wordings: `Every way the archive writes it; ${bar}.`,
    signed: "The signing date as an article states it, or empty.",
    signed_value: "That signing date in ISO 8601 / EDTF.",
    place: "Where it was signed, as an article states it, or empty.",
    parties: `The parties an article names for it; ${bar}.`,
    articles: "How many articles name it.",
    mentions: "How many times it is named, over all articles.",
    first_issue: `The earliest of the ${issueSpan}.`,
    last_issue: `The latest of the ${issueSpan}.`,
    article_ids: `The ids of the articles that name it; ${bar}.`,
  },
  "register-outlets": {
    outlet: "A newspaper, journal, agency or website the notes cite (the outlet field of sources.csv), case and a leading \"the\" aside.",
    citations: "How many cited works it carried, over all articles.",
    articles: "How many articles cite it.",
    first_cited: "The earliest date of a work cited from it (ISO 8601 / EDTF).",
    last_cited: "The latest date of a work cited from it.",
  },
} as const satisfies Record<string, Record<string, string>>;

export type TableName = keyof typeof columns;
export type ColumnName<T extends TableName> = keyof (typeof columns)[T] & string;

/** The README's table of columns, generated from the descriptions above (scripts/readme-columns.ts). */
export function columnsMarkdown(): string {
  const cell = (s: string) => s.replace(/\|/g, "\\|");
  const lines = ["| table | column | meaning |", "| --- | --- | --- |"];
  const row = (table: string, column: string, meaning: string) => lines.push(`| ${table} | \`${column}\` | ${cell(meaning)} |`);
  row("every combined table", "article", articleColumn.article);
  for (const [table, described] of Object.entries({ ...columns, ...archiveColumns })) Object.entries(described).forEach(([column, meaning], i) => row(i === 0 ? `\`${table}\`` : "", column, meaning));
  return lines.join("\n");
}
