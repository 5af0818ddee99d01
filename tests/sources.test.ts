// Notes read as citations: a table of note shapes from the notes-bibliography style, none taken
// from a fixture, each with the fields it must give.
import { describe, expect, it } from "vitest";
import { readSources, type DatedSpan } from "../src/footnotes/sources.js";

/** Reads one note; dates are given as the entity stage would find them (text → value). */
function read(note: string, dates: Record<string, string> = {}) {
  const ds: DatedSpan[] = Object.entries(dates).map(([text, value]) => ({ start: note.indexOf(text), end: note.indexOf(text) + text.length, value }));
  const urls = [...note.matchAll(/https?:\/\/\S+?(?=[.,;]?(?:\s|$))/g)];
  const spans = urls.map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const sources = readSources(note, [{ id: "note1", start: 0, end: note.length, urls: urls.map((m) => m[0]) }], ds, spans);
  for (const s of sources)
    for (const f of [s, s.title, s.outlet, s.publisher, s.date, s.accessed, s.language, ...s.authors]) if (f) expect(note.slice(f.start, f.end)).toBe(f.text);
  return sources.map((s) => ({
    authors: s.authors.map((a) => a.text),
    title: s.title?.text ?? null,
    outlet: s.outlet?.text ?? null,
    publisher: s.publisher?.text ?? null,
    date: s.date?.value ?? null,
    accessed: s.accessed?.value ?? null,
    language: s.language?.text ?? null,
    urls: s.urls,
  }));
}

const none = { authors: [], title: null, outlet: null, publisher: null, date: null, accessed: null, language: null, urls: [] };

describe("a note read as citations", () => {
  it.each([
    [
      "a news article: author, quoted title, outlet in italics, date, address",
      '3. Jane Okafor, "Port Strike Enters Third Week," *The Guardian*, 4 May 2021, https://www.theguardian.com/x.',
      { "4 May 2021": "2021-05-04" },
      [{ ...none, authors: ["Jane Okafor"], title: "Port Strike Enters Third Week", outlet: "The Guardian", date: "2021-05-04", urls: ["https://www.theguardian.com/x"] }],
    ],
    [
      "two authors, a journal with volume and pages",
      "12 Li Wei and Ana Costa, “Water Diplomacy Revisited,” *Water Policy* 21, no. 3 (2019): 45–67.",
      { "2019": "2019" },
      [{ ...none, authors: ["Li Wei", "Ana Costa"], title: "Water Diplomacy Revisited", outlet: "Water Policy", date: "2019" }],
    ],
    [
      "a book with its imprint",
      "[7] Tomas Berg, *Arms Control after the Cold War* (Oxford: Clarendon Press, 2009), 112.",
      { "2009": "2009" },
      [{ ...none, authors: ["Tomas Berg"], title: "Arms Control after the Cold War", publisher: "Clarendon Press", date: "2009" }],
    ],
    [
      "a body as author of a report, with an access date",
      '4. International Energy Agency, "Gas Market Report, Q1 2023," February 2023, https://www.iea.org/reports/q1-2023, accessed 3 March 2023.',
      { "February 2023": "2023-02", "3 March 2023": "2023-03-03" },
      [{ ...none, title: "Gas Market Report, Q1 2023", outlet: "International Energy Agency", date: "2023-02", accessed: "2023-03-03", urls: ["https://www.iea.org/reports/q1-2023"] }],
    ],
    [
      "a news agency with no author, and a language tag",
      '9. TASS, "Peskov comments on talks" [in Russian], 2 June 2022, https://tass.ru/politika/1.',
      { "2 June 2022": "2022-06-02" },
      [{ ...none, title: "Peskov comments on talks", outlet: "TASS", date: "2022-06-02", language: "Russian", urls: ["https://tass.ru/politika/1"] }],
    ],
    [
      "an outlet after the title, no author",
      '15 "Tanker Seized in Gulf of Oman," Lloyd\'s List, 11 January 2024.',
      { "11 January 2024": "2024-01-11" },
      [{ ...none, title: "Tanker Seized in Gulf of Oman", outlet: "Lloyd's List", date: "2024-01-11" }],
    ],
    [
      "two works cut at a semicolon",
      '2. World Bank, "Country Note," 2020, https://worldbank.org/a; Ravi Menon, "A Reply," *Mint*, 2021, https://livemint.com/b.',
      { "2020": "2020", "2021": "2021" },
      [
        { ...none, title: "Country Note", outlet: "World Bank", date: "2020", urls: ["https://worldbank.org/a"] },
        { ...none, authors: ["Ravi Menon"], title: "A Reply", outlet: "Mint", date: "2021", urls: ["https://livemint.com/b"] },
      ],
    ],
  ])("%s", (_, note, dates, expected) => {
    expect(read(note, dates)).toEqual(expected);
  });

  it.each(["5. Ibid., 14.", "6. Ibid.", "7 Op. cit., p. 3.", "8. Interviews by the author in Baku, May 2022."])("cites no new work: %s", (note) => {
    expect(read(note)).toEqual([]);
  });

  it("a lone place in the imprint is no publisher", () => {
    expect(read("1. Gulf Research Unit, *Annual Review* (Doha, 2018), 4.", { "2018": "2018" })[0]).toMatchObject({ title: "Annual Review", publisher: null, date: "2018" });
  });
});
