// Number forms of the genre (issue 12) and strings that hold no quantity. The examples are written
// for this file; none is copied from a fixture or another test.
import { describe, expect, it } from "vitest";
import { findNumbers } from "../src/extract/numbers.js";
import { findDates } from "../src/extract/dates.js";
import nlp from "compromise";

type Row = [string, number, string | null, string | null];
const numbers = (t: string): Row[] => findNumbers(t, findDates(t)).map((n) => [t.slice(n.start, n.end), n.value, n.unit, n.qualifier]);
const alone = (t: string) => findNumbers(t, []).map((n) => t.slice(n.start, n.end));

const fractionRows: Array<[string, Row[]]> = [
    ["the talks ran one and a quarter hours", [["one and a quarter", 1.25, "hour", null]]],
    ["a mandate of three and a half years", [["three and a half", 3.5, "year", null]]],
    ["two-thirds of the assembly backed it", [["two-thirds", 2 / 3, "assembly", null]]],
    ["nearly three-quarters of exporters", [["nearly three-quarters", 0.75, "exporter", "nearly"]]],
    ["one-third of the budget", [["one-third", 1 / 3, "budget", null]]],
  ["roughly a third of its revenue", [["roughly a third", 1 / 3, "revenue", "roughly"]]],
  ["up to a quarter of the quota", [["up to a quarter", 0.25, "quota", "up to"]]],
  ["two-thirds of a million voters", [["two-thirds of a million", 2000000 / 3, "voter", null]]],
    ["two thirds of the delegates", [["two thirds", 2 / 3, "delegate", null]]],
    ["some four and a half months later", [["some four and a half", 4.5, "month", "some"]]],
    ["seven and three-quarters kilometres", [["seven and three-quarters", 7.75, "kilometre", null]]],
];

const multiplierRows: Array<[string, Row[]]> = [
    ["a threefold rise in tariffs", [["threefold", 3, "fold", null]]],
    ["exports grew tenfold", [["tenfold", 10, "fold", null]]],
    ["a twentyfold jump", [["twentyfold", 20, "fold", null]]],
    ["a 4-fold increase", [["4-fold", 4, "fold", null]]],
];

const negativeRows: Array<[string, Row[]]> = [
    ["a trade balance of −1.8% last year", [["−1.8%", -1.8, "percent", null]]],
    ["output fell by minus 7 percent", [["minus 7", -7, "percent", null]]],
    ["a deficit of -€2 billion", [["-€2 billion", -2000000000, "EUR", null]]],
];

const currencyRows: Array<[string, Row[]]> = [
    ["a A$3.2 billion submarine deal", [["A$3.2 billion", 3200000000, "AUD", null]]],
    ["an S$500 million port", [["S$500 million", 500000000, "SGD", null]]],
    ["US$75 million in credits", [["US$75 million", 75000000, "USD", null]]],
    ["a €9 million grant", [["€9 million", 9000000, "EUR", null]]],
    ["¥120 billion in yen loans", [["¥120 billion", 120000000000, "JPY", null]]],
    ["£60 million of aid", [["£60 million", 60000000, "GBP", null]]],
    ["CHF 20 million in frozen assets", [["CHF 20 million", 20000000, "CHF", null]]],
    ["INR 350 crore for the port", [["INR 350 crore", 3500000000, "INR", null]]],
    ["R$4 billion in bonds", [["R$4 billion", 4000000000, "BRL", null]]],
    ["HK$8 billion in trade", [["HK$8 billion", 8000000000, "HKD", null]]],
    ["C$1.1 billion for icebreakers", [["C$1.1 billion", 1100000000, "CAD", null]]],
    ["a XAF 45 billion budget", [["XAF 45 billion", 45000000000, "XAF", null]]],
];

const scaleRows: Array<[string, Row[]]> = [
    ["three and a half million refugees", [["three and a half million", 3500000, "refugee", null]]],
    ["a quarter billion euros", [["a quarter billion", 250000000, "EUR", null]]],
    ["about two and a half thousand sailors", [["about two and a half thousand", 2500, "sailor", "about"]]],
    ["2.5 lakh fishermen", [["2.5 lakh", 250000, "fisherman", null]]],
    ["Rs 40 crore was spent", [["Rs 40 crore", 400000000, "INR", null]]],
    ["Rs. 12 lakh in fines", [["Rs. 12 lakh", 1200000, "INR", null]]],
    ["five lakh farmers", [["five lakh", 500000, "farmer", null]]],
    ["over 3 crores of rupees", [["over 3 crores", 30000000, null, "over"]]],
];

const digitRows: Array<[string, Row[]]> = [
    ["some 2 500 000 residents", [["some 2 500 000", 2500000, "resident", "some"]]],
    ["4\u2009300 troops", [["4\u2009300", 4300, "troop", null]]],
    ["a fleet of 12\u202F000 trawlers", [["12\u202F000", 12000, "trawler", null]]],
    ["18\u00A0500 tonnes of grain", [["18\u00A0500", 18500, "tonne", null]]],
    ["a rise of .5 percent", [[".5", 0.5, "percent", null]]],
    ["only .75 points", [[".75", 0.75, "point", null]]],
    ["a 2½-year delay", [["2½-year", 2.5, "year", null]]],
    ["unemployment of 7,5 % that year", [["7,5 %", 7.5, "percent", null]]],
    ["exports of 12,300 tonnes", [["12,300", 12300, "tonne", null]]],
];

const moneyRows: Array<[string, Row[]]> = [
    ["a fee of twenty dollars and ten cents", [["twenty dollars and ten cents", 20.1, "USD", null]]],
    ["three pounds and fifty pence a litre", [["three pounds and fifty pence", 3.5, "GBP", null]]],
    ["forty euros and five cents", [["forty euros and five cents", 40.05, "EUR", null]]],
];

describe("fractions and mixed numbers (exact values, not rounded)", () => {
  it.each(fractionRows)("%s", (text, expected) => expect(numbers(text)).toEqual(expected));
  // a rank, a quarter of a year, quarters counted as periods, and a bare "half" (see the README)
  it.each(["a third round of talks", "a quarter of 2021 passed", "three quarters in a row", "a half-hearted bid", "nearly half of the crews"])("no number in %s", (text) =>
    expect(numbers(text)).toEqual([]),
  );
});

describe("multipliers", () => {
  it.each(multiplierRows)("%s", (text, expected) => expect(numbers(text)).toEqual(expected));
  // "twice" counts occasions as often as it multiplies: not read as a number
  it.each(["the envoys met twice", "twice as many vessels", "a manifold problem"])("no number in %s", (text) => expect(numbers(text)).toEqual([]));
});

describe("negatives keep their sign", () => {
  it.each(negativeRows)("%s", (text, expected) => expect(numbers(text)).toEqual(expected));
});

describe("currency signs and codes", () => {
  it.each(currencyRows)("%s", (text, expected) => expect(numbers(text)).toEqual(expected));
});

describe("scales: fractions of a scale, lakh and crore", () => {
  it.each(scaleRows)("%s", (text, expected) => expect(numbers(text)).toEqual(expected));
});

describe("digit forms: space-grouped thousands, a leading decimal point, vulgar fractions", () => {
  it.each(digitRows)("%s", (text, expected) => expect(numbers(text)).toEqual(expected));
});

describe("money in words", () => {
  it.each(moneyRows)("%s", (text, expected) => expect(numbers(text)).toEqual(expected));
});

describe("words that compose no cardinal", () => {
  // a year read in pairs, and ordinals, are never numbers even without the date reader's spans
  it.each(["in nineteen eighty-four", "by twenty twenty-five", "since nineteen ninety", "the twenty-second session", "the thirty first round", "a ninety-ninth protest"])(
    "no number in %s",
    (text) => expect(alone(text)).toEqual([]),
  );
  it.each<[string, number]>([["two dozen patrol boats", 24], ["one hundred and five envoys", 105], ["ninety-nine seats", 99]])("%s", (text, value) =>
    expect(numbers(text)[0]?.[1]).toBe(value),
  );
});

// Strings that hold no quantity: identifiers, labels, pages, versions, model names, times, phone
// numbers, pronoun "one", years and dates.
const mustNotMatch = [
  // pages, paragraphs, notes, list labels
  "see p. 212 of the report", "pp. 45–67 in the volume", "cited at page 9", "on pages 10 and 11", "para. 14 of the report", "paragraph 31 of the ruling",
  "§ 12 of the code", "¶ 7 of the filing", "as note 14 explains", "see footnote 3", "n. 22 above", "fn. 8 gives", "(2) the second pillar", "(iv) the fourth", "(b) the exemptions",
  "[4] as cited", "[12] ibid", "item 6 of the agenda",
  // versions and software
  "version 2.3.1 of the code", "release 4.0.2 shipped", "v1.2.3 of the tool", "Windows 11 machines", "Android 14 phones",
  // model and unit names
  "F-35 fighters", "S-400 batteries", "Su-57 airframes", "Type 055 destroyers", "MiG-29 jets", "T-90 tanks", "Kh-101 missiles", "A400M transports", "Shahed-136 drones", "J-20 fighters",
  "Tu-160 bombers", "Mi-8 helicopters", "Boeing 737 aircraft", "Patriot PAC-3 interceptors", "the HQ-9 system", "Block 70 upgrades", "Typhoon Tranche 3 jets", "K-9 howitzers",
  // resolutions, articles, laws, orders, identifiers
  "Resolution 2231 of the Council", "Article 5 of the treaty", "Articles 3 and 4 of it", "Section 232 tariffs", "Chapter 7 of the charter", "Decree 118 of the cabinet",
  "EO 14114 on sanctions", "A/49/765 of the Assembly", "No. 4 of the series", "Vol. 7 of the journal", "Issue 3 of the review", "Annex 2 of the deal", "Table 4 shows", "Figure 2 shows",
  "Law No. 57 passed", "Order 66 was", "G20 leaders met", "the G7 summit", "P5+1 talks", "COVID-19 deaths", "Flight MH17 victims", "Route 66 traffic", "Highway 1 closures",
  "Protocol 12 entered", "Phase 2 of the plan", "Round 5 of the talks", "Level 4 alerts", "Task Group 62 sailed", "Unit 8200 officers", "Camp 22 inmates", "Gate 3 of the port",
  // phone numbers, IP addresses, ISBNs, DOIs
  "call +1 202 555 0143 today", "tel. 555-0199 ext.", "phone +44 20 7946 0958", "(202) 555-0143 office", "dial 202-555-0187", "server 192.168.10.4 hosts", "host 10.0.0.1 down",
  "ISBN 978-0-19-955013-9 lists", "ISBN 0-306-40615-2 lists", "doi:10.1093/ia/iiab123 shows", "DOI 10.1017/S0020818300012345 shows",
  // times of day
  "at 10:30 on the day", "at 3 p.m. local time", "at 9am sharp", "by 14:00 GMT", "at five o'clock", "around 7.45 p.m. that day", "at 0900 hrs",
  // pronoun "one"
  "one of the envoys", "the one that failed", "one another", "no one expected", "each one of them", "one by one", "this one was", "one or the other",
  // years and dates
  "in 2019 the council", "by 2030 the plan", "in the 1990s", "during 1999–2001", "on 12 March 2022", "March 3, 2018 talks", "from 2015 to 2019", "the 2024 budget", "growth slowed over 2023 and", "through 1998 alone",
  // ratios, ranges of identifiers and codes
  "a 24/7 watch", "a 3:1 vote", "pages 12-18", "the 5G network", "4K screens", "3D printing", "MP3 files", "Windows 95",
  // bills, legal acts and citations
  "H.R. 815 passed", "S. 1234 passed", "UNSC res. 2334 says", "Op. cit., 45.", "ibid., 12", "zip code 20500", "Regulation (EU) 2022/1854", "Directive 2014/65/EU",
  "Executive Order 13224", "Resolution 1973 (2011)", "in the '90s", "Bill C-11 passed", "the M4 motorway", "route E-40 traffic", "Form 990 filings", "an A320neo order",
];

// Known misses: a model number after a lower-case word reads as a count.
it.fails.each(["the 737 MAX jets", "an ageing 747 fleet"])("no number in %s (known miss)", (text) => expect(numbers(text)).toEqual([]));

describe("no quantity", () => {
  it("lists at least 100 strings", () => expect(mustNotMatch.length).toBeGreaterThanOrEqual(100));
  it.each(mustNotMatch)("no number in %s", (text) => expect(numbers(text)).toEqual([]));
});

// compromise read on the same short spans (issue 12 asks where a library does better): a span is
// right when the values read equal the table's values, in order; a must-not-match string is right
// when nothing is read. The hand parser must not score below it on either.
describe("compromise on the same spans", () => {
  const forms = [...fractionRows, ...multiplierRows, ...negativeRows, ...currencyRows, ...scaleRows, ...digitRows, ...moneyRows];
  const theirs = (t: string) => (nlp(t).numbers().json() as Array<{ number?: { num?: number } }>).map((n) => n.number?.num);
  const right = (read: (t: string) => unknown[]) => forms.filter(([t, rows]) => JSON.stringify(read(t)) === JSON.stringify(rows.map((r) => r[1]))).length;
  const quiet = (read: (t: string) => unknown[]) => mustNotMatch.filter((t) => read(t).length === 0).length;
  it("reads at least as many forms and stays quiet on at least as many strings", () => {
    const ours = (t: string) => numbers(t).map((r) => r[1]);
    expect(right(ours)).toBeGreaterThanOrEqual(right(theirs));
    expect(quiet(ours)).toBeGreaterThanOrEqual(quiet(theirs));
  });
});
