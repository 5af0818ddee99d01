// The date extractor's forms as tables of examples (text → span, value, stated), plus strings that
// must not be read as dates. Examples are written for this file, not taken from any fixture.
import { describe, expect, it } from "vitest";
import { findDates, yearCodes } from "../src/extract/dates.js";
import { DateSchema } from "../src/schema/dates.js";
import { isEdtf } from "../src/schema/edtf.js";

const read = (t: string) => findDates(t).map((d) => [t.slice(d.start, d.end), d.value, d.stated]);
type Row = [string, Array<[string, string, string]>];

const forms: Record<string, Row[]> = {
  "all-digit dates": [
    ["The ceasefire began on 11/23/2018 at dawn.", [["11/23/2018", "2018-11-23", "year-month-day"]]],
    ["The minutes are dated 23/11/2018 in the file.", [["23/11/2018", "2018-11-23", "year-month-day"]]],
    ["Talks resumed on 4.9.2016 in Vienna.", [["4.9.2016", "2016-09-04", "year-month-day"]]],
    ["The decree took effect on 2017-06-30.", [["2017-06-30", "2017-06-30", "year-month-day"]]],
    ["The registry lists 2011/02/08 as the filing day.", [["2011/02/08", "2011-02-08", "year-month-day"]]],
    ["A memo of 7-21-2004 was leaked.", [["7-21-2004", "2004-07-21", "year-month-day"]]],
    ["The vote fell on 06/06/2012 after long delays.", [["06/06/2012", "2012-06-06", "year-month-day"]]],
  ],
  "day-first and ordinal days": [
    ["It was ratified on 21. Sept. 2015 and then tabled.", [["21. Sept. 2015", "2015-09-21", "year-month-day"]]],
    ["Parliament met on 2. Nov. 2011 to debate it.", [["2. Nov. 2011", "2011-11-02", "year-month-day"]]],
    ["The pact dates from the 22nd of April 1996 in Minsk.", [["22nd of April 1996", "1996-04-22", "year-month-day"]]],
    ["Envoys arrived on the twenty-third of October, 2007.", [["the twenty-third of October, 2007", "2007-10-23", "year-month-day"]]],
    ["On the first of May 2004 ten states joined.", [["the first of May 2004", "2004-05-01", "year-month-day"]]],
    ["It expires on the thirty-first of December.", [["the thirty-first of December", "XXXX-12-31", "month-day"]]],
  ],
  "ranges inside a month": [
    ["The summit ran from 14 to 16 November 2022 in Bali.", [["from 14 to 16 November 2022", "2022-11-14/2022-11-16", "year-month-day"]]],
    ["Drills took place 8–12 August 2019 off the coast.", [["8–12 August 2019", "2019-08-08/2019-08-12", "year-month-day"]]],
    ["Voting was held between 2 and 4 October 2020.", [["between 2 and 4 October 2020", "2020-10-02/2020-10-04", "year-month-day"]]],
    ["Delegates met April 10 to 12, 2017, in Geneva.", [["April 10 to 12, 2017", "2017-04-10/2017-04-12", "year-month-day"]]],
    ["Markets shut on December 24–26 every year.", [["December 24–26", "XXXX-12-24/XXXX-12-26", "month-day"]]],
  ],
  "month and year ranges": [
    ["Exports fell between January and April 2021 as ports closed.", [["between January and April 2021", "2021-01/2021-04", "year-month"]]],
    ["The winter campaign of Nov–Feb 2016 stalled.", [["Nov–Feb 2016", "2015-11/2016-02", "year-month"]]],
    ["Prices rose from October to March 2023.", [["from October to March 2023", "2022-10/2023-03", "year-month"]]],
    ["Aid was frozen between 2014 and the end of 2016.", [["between 2014 and the end of 2016", "2014/2016", "year"]]],
    ["The budget for 2021/22 was cut.", [["2021/22", "2021/2022", "year"]]],
    ["The 2016/2017 season was dry.", [["2016/2017", "2016/2017", "year"]]],
    ["Output grew from 2005 to the middle of 2008.", [["from 2005 to the middle of 2008", "2005/2008", "year"]]],
  ],
  "quarters and halves": [
    ["Revenue peaked in Q2 2018 before the sanctions.", [["Q2 2018", "2018-04/2018-06", "year-quarter"]]],
    ["Shipments doubled in the fourth quarter of 2015.", [["the fourth quarter of 2015", "2015-10/2015-12", "year-quarter"]]],
    ["Growth slowed in 1Q23, the bank said.", [["1Q23", "2023-01/2023-03", "year-quarter"]]],
    ["Inflation eased in H2 2019 across the region.", [["H2 2019", "2019-07/2019-12", "year-half"]]],
    ["Orders recovered in the second half of 2010.", [["the second half of 2010", "2010-07/2010-12", "year-half"]]],
    ["The figures for the 3rd quarter 2012 were revised.", [["the 3rd quarter 2012", "2012-07/2012-09", "year-quarter"]]],
  ],
  "day-month-year in the languages notes cite": [
    ["Le Monde, 2 avril 2008, p. 3.", [["2 avril 2008", "2008-04-02", "year-month-day"]]],
    ["El País, 17 de septiembre de 2012.", [["17 de septiembre de 2012", "2012-09-17", "year-month-day"]]],
    ["Hürriyet, 9 Haziran 2015.", [["9 Haziran 2015", "2015-06-09", "year-month-day"]]],
    ["Decreto del 1er juillet 2001.", [["1er juillet 2001", "2001-07-01", "year-month-day"]]],
    ["Die Zeit, 12. März 2014.", [["12. März 2014", "2014-03-12", "year-month-day"]]],
  ],
  "two-digit years and weekdays": [
    ["The accord was initialled on Aug 14, '95 in Dayton.", [["Aug 14, '95", "1995-08-14", "year-month-day"]]],
    ["Stocks crashed in October '08 worldwide.", [["October '08", "2008-10", "year-month"]]],
    ["Troops withdrew on Friday, 18 June 2010 at noon.", [["Friday, 18 June 2010", "2010-06-18", "year-month-day"]]],
    ["The note is dated Wednesday, January 9, 2013.", [["Wednesday, January 9, 2013", "2013-01-09", "year-month-day"]]],
  ],
  "old years and years in words": [
    ["The city fell on 29 May 1453 after a siege.", [["29 May 1453", "1453-05-29", "year-month-day"]]],
    ["A charter was sealed in June 1215 at Runnymede.", [["June 1215", "1215-06", "year-month"]]],
    ["In nineteen sixty-two the crisis peaked.", [["nineteen sixty-two", "1962", "year"]]],
    ["By twenty twenty-one the plan had lapsed.", [["twenty twenty-one", "2021", "year"]]],
    ["A treaty of nineteen oh seven still applies.", [["nineteen oh seven", "1907", "year"]]],
    ["Since two thousand and eight the fund has shrunk.", [["two thousand and eight", "2008", "year"]]],
  ],
};

describe("date forms", () => {
  for (const [name, rows] of Object.entries(forms)) it.each(rows)(`${name}: %s`, (text, expected) => expect(read(text)).toEqual(expected));

  it("every value and resolved date of the tables is valid EDTF and passes the schema", () => {
    for (const [text] of Object.values(forms).flat()) {
      for (const d of findDates(text)) {
        expect(isEdtf(d.value), d.value).toBe(true);
        const record = { id: "date1", section: "s0", text: text.slice(d.start, d.end), start: d.start, end: d.end, value: d.value, resolved: d.resolved, stated: d.stated };
        expect(DateSchema.safeParse(record).success, text).toBe(true);
      }
    }
  });
});

describe("stated and resolved", () => {
  it.each([
    ["In 2016 the talks stalled on March 8 and resumed.", "March 8", "month-day", "2016-03-08"],
    ["Elections followed in 2009, in July.", "July", "month", "2009-07"],
    ["The 1970s saw detente.", "The 1970s", "decade", null],
    ["It was signed in May 2003.", "May 2003", "year-month", null],
  ])("%s", (text, span, stated, resolved) => {
    const d = findDates(text).find((x) => text.slice(x.start, x.end) === span);
    expect(d && [d.stated, d.resolved]).toEqual([stated, resolved]);
  });
});

describe("day and month order of all-digit dates", () => {
  const values = (t: string) => findDates(t).map((d) => [d.value, d.ambiguous !== undefined]);
  it.each([
    ["Filed 02/03/2015 and heard 25/03/2015.", [["2015-03-02", false], ["2015-03-25", false]]],
    ["Filed 02/03/2015 and heard 03/25/2015.", [["2015-02-03", false], ["2015-03-25", false]]],
    ["Filed 02/03/2015.", [["2015-02-03", true]]],
    ["Filed 02.03.2015.", [["2015-03-02", false]]],
    ["Filed 30/01/2015 and heard 01/30/2015, then 02/03/2015.", [["2015-01-30", false], ["2015-01-30", false], ["2015-02-03", true]]],
  ])("%s", (text, expected) => expect(values(text)).toEqual(expected));

  it("the warning names both readings", () => {
    expect(findDates("Filed 05/06/2014.")[0].ambiguous).toMatch(/2014-05-06 or 2014-06-05/);
  });
});

// Strings that hold no date. Each row is a sentence; none may yield a date.
const noDate: string[] = [
  // durations and ages
  "The siege lasted 44 days in all.",
  "It took 30 years to settle.",
  "a 12-month moratorium",
  "over the next 18 months",
  "a 100-day plan",
  "for two decades now",
  "a six-week pause",
  "the 90-day window",
  "three centuries of trade",
  "a 25-year lease",
  // relative words
  "It happened yesterday.",
  "Talks resume tomorrow.",
  "the talks will resume next week",
  "earlier this year",
  "in recent months",
  "after the war ended",
  "at the time",
  "on Tuesday the envoy left",
  "last spring the rains failed",
  "in the coming decade",
  "a few weeks ago",
  "before the year is out",
  // event names
  "the Second Chechen War",
  "the Six-Day War",
  "the Arab Spring",
  "the October Revolution",
  "the Tet Offensive",
  // versions, identifiers and codes
  "version 2.3.1 of the software",
  "release 10.4.12 fixed it",
  "Resolution 2231 of the Council",
  "under Resolution 1540",
  "Article 5 of the treaty",
  "Article 2019 does not exist",
  "document A/49/765 of the Assembly",
  "document S/2019/123 was circulated",
  "case no. 2014 before the court",
  "Law No. 1999 on defence",
  "flight 1549 landed",
  "route 2020 is closed",
  "item #2012 on the list",
  "ISBN 978-0-19-953556-9",
  "ISBN 0-14-044913-4",
  "doi:10.1093/ia/iiz012",
  "https://doi.org/10.1017/S0020818300012345",
  "ISSN 2045-1938",
  "procedure 2018/0331(COD) in Parliament",
  "Regulation (EU) 2019/452 applies",
  "Decision (CFSP) 2020/1999 was adopted",
  "ECLI:EU:C:2016:970 held",
  "code 1600-01-01X",
  // phone numbers and addresses
  "call +1 202 555 0147 for details",
  "tel. 020 7946 0958",
  "phone (202) 555-0193",
  "the server at 192.168.10.21 failed",
  "from 10.0.0.1 to 10.0.0.255",
  "IPv4 172.16.254.1 was blocked",
  // times of day
  "at 10:30 the vote began",
  "at 14:45 GMT",
  "the 9.30 am session",
  "at 6 pm local time",
  "a 24/7 watch",
  // scores and ratios
  "the vote was 3-1 in favour",
  "they won 2–0",
  "a 5:4 majority",
  "a ratio of 3/4",
  "by 12 votes to 3",
  // page and paragraph references
  "see pp. 12-14",
  "pp. 1510-1530 of the volume",
  "page 1999 of the record",
  "paragraph 2001 of the report",
  "section 1812 of the code",
  "chapter 1500 of the statute",
  "Vol. 2019 of the series",
  // money and quantities
  "it cost $2,019 per unit",
  "a grant of $1999",
  "€2020 per tonne",
  "£1850 a month",
  "some 2000 sailors",
  "about 1950 people",
  "nearly 1800 households",
  "more than 2010 applicants",
  "2015 percent of quota",
  "a rise of 1.2019",
  "2,010 soldiers",
  "1999.5 tonnes",
  // model and unit names
  "the F-35 fighter",
  "S-400 batteries",
  "the Su-57 jet",
  "a T-90 tank",
  "the Boeing 747",
  "MiG-29 squadrons",
  "the Type 055 destroyer",
  "Airbus A320 jets",
  // number words that are quantities
  "two thousand troops",
  "nineteen soldiers",
  "twenty-five ships",
  "eighty-four delegates",
  "twenty thousand refugees",
  // months as words of another sense, and stray numerals
  "they may sign it",
  "the army will march on",
  "a Grand March was staged",
  "April said no",
  "the 12 points",
  "point 7.",
  "the year's 3rd round",
  "(1) the parties agree",
  "2.5 million people",
  "3.14159",
  "12/25",
  "1/3 of the budget",
];

describe("no date", () => {
  it("lists at least a hundred strings", () => expect(noDate.length).toBeGreaterThanOrEqual(100));
  it.each(noDate)("%s", (text) => expect(read(text)).toEqual([]));
});

describe("years inside document numbers", () => {
  it.each([
    ["Regulation (EU) 2019/452 applies", ["2019"]],
    ["procedure 2018/0331(COD) in Parliament", ["2018"]],
    ["ECLI:EU:C:2016:970 held", ["2016"]],
    ["the 2021/22 budget", []],
    ["the 2016/2017 season", []],
    ["a 1/3 share", []],
  ])("%s", (text, expected) => expect(yearCodes(text).map((s) => text.slice(s.start, s.end))).toEqual(expected));
});

// Known misses, kept visible: a year after a quantity word that opens a range, a range whose second
// end is a quarter, a dotted day range, and years that are part of a programme's name.
describe("known misses", () => {
  it.fails.each([
    ["The deficit averaged 4 percent over 2011–2014 in all.", [["2011–2014", "2011/2014", "year"]]],
    ["Rates rose between mid-2017 and Q1 2018.", [["between mid-2017 and Q1 2018", "2017/2018-03", "year-quarter"]]],
    ["Talks were held 03–05.10.2021 in Almaty.", [["03–05.10.2021", "2021-10-03/2021-10-05", "year-month-day"]]],
  ])("%s", (text, expected) => expect(read(text)).toEqual(expected));
  it.fails.each(["the Vision 2030 programme", "under Agenda 2063 of the Union"])("no date in %s", (text) => expect(read(text)).toEqual([]));
});
