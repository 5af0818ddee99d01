// Extractors as tables of examples: text → expected, plus strings that must not match.
import { describe, expect, it } from "vitest";
import { findDates } from "../src/extract/dates.js";
import { findNumbers } from "../src/extract/numbers.js";
import { findTreaties } from "../src/extract/treaties.js";
import { findOrganisations } from "../src/extract/organisations.js";

const dates = (t: string) => findDates(t).map((d) => [t.slice(d.start, d.end), d.value]);
const numbers = (t: string) => findNumbers(t, findDates(t)).map((n) => [t.slice(n.start, n.end), n.value, n.unit, n.qualifier]);

describe("dates", () => {
  it.each([
    ["signed on June 15, 2021.", [["June 15, 2021", "2021-06-15"]]],
    ["signed on 15 June 2021.", [["15 June 2021", "2021-06-15"]]],
    ["in August 1992 it", [["August 1992", "1992-08"]]],
    ["in 1992 it", [["1992", "1992"]]],
    ["Between 1997 and 2013, more", [["Between 1997 and 2013", "1997/2013"]]],
    ["served 2015-2019 as", [["2015-2019", "2015/2019"]]],
    ["served 2017–20 as", [["2017–20", "2017/2020"]]],
    ["from May to July 2022 the", [["from May to July 2022", "2022-05/2022-07"]]],
    ["Vol. 7, No. 4, July - August 2023", [["July - August 2023", "2023-07/2023-08"]]],
    ["an exercise in August, sending", [["August", "XXXX-08"]]],
    ["by mid-2018 the", [["mid-2018", "2018"]]],
    ["in the 1990s the", [["the 1990s", "199X"]]],
    ["on 2022-03-15 at", [["2022-03-15", "2022-03-15"]]],
    ["between September 2017 and January 2019.", [["between September 2017 and January 2019", "2017-09/2019-01"]]],
    ["on 15–17 March 2022 in", [["15–17 March 2022", "2022-03-15/2022-03-17"]]],
  ])("%s", (text, expected) => expect(dates(text)).toEqual(expected));

  it.each([
    "it lasted 44 days",
    "for 30 years",
    "Resolution 1701 of the Council",
    "see pp. 173-180",
    "some 2000 troops",
    "it may be signed",
    "the Second Karabakh War",
    "$2019 in cash",
  ])("no date in %s", (text) => expect(dates(text)).toEqual([]));
});

describe("numbers", () => {
  it.each([
    ["more than 7,000 Azerbaijani Army personnel", [["more than 7,000", 7000, "personnel", "more than"]]],
    ["in just 44 days.", [["44", 44, "day", null]]],
    ["the two countries", [["two", 2, "country", null]]],
    ["as in the five-day war", [["five-day", 5, "day", null]]],
    ["about 45 percent of", [["about 45", 45, "percent", "about"]]],
    ["rose 12% in", [["12%", 12, "percent", null]]],
    ["a $2.5 billion loan", [["$2.5 billion", 2500000000, "USD", null]]],
    ["€400 million for", [["€400 million", 400000000, "EUR", null]]],
    ["a dozen warships", [["a dozen", 12, "warship", null]]],
    ["seven thousand sailors", [["seven thousand", 7000, "sailor", null]]],
    ["1.5 million barrels", [["1.5 million", 1500000, "barrel", null]]],
    ["worth AED 12.5 billion in", [["AED 12.5 billion", 12500000000, "AED", null]]],
    ["a €2bn loan", [["€2bn", 2000000000, "EUR", null]]],
    ["half a million people", [["half a million", 500000, "person", null]]],
  ])("%s", (text, expected) => expect(numbers(text)).toEqual(expected));

  it.each([
    "under Article 51 of the UN Charter",
    "Bayraktar TB-2 drones",
    "the F-16s it had brought",
    "Vol. 7, No. 4",
    "one of the most important",
    "one as the advisor",
    "the first graduation",
    "(1) military training",
    "Combined Task Force 153 was",
  ])("no number in %s", (text) => expect(numbers(text)).toEqual([]));
});

describe("treaties", () => {
  const treaties = (t: string) => findTreaties(t, []).map((x) => [t.slice(x.start, x.end), x.name]);
  it("names capitalised and lowercase instruments, and leaves generic ones", () => {
    const t =
      "The Shusha Declaration on allied relations was signed. Later the agreement on military education, technical, and scientific cooperation was signed, but a peace agreement was not, and a further agreement was signed. The Shusha Declaration stands.";
    expect(treaties(t)).toEqual([
      ["Shusha Declaration on allied relations", "Shusha Declaration on Allied Relations"],
      ["agreement on military education, technical, and scientific cooperation", "Agreement on Military Education, Technical, and Scientific Cooperation"],
      ["Shusha Declaration", "Shusha Declaration on Allied Relations"],
    ]);
  });
  it("joins an acronym and an 'also known as' to their instrument", () => {
    const t = "states signed the Cooperative Framework Agreement (CFA), also known as the Entebbe Agreement, which Egypt rejects. The CFA stands.";
    expect(new Set(treaties(t).map((x) => x[1]))).toEqual(new Set(["Cooperative Framework Agreement"]));
  });
});

describe("organisations", () => {
  const orgs = (t: string) =>
    findOrganisations(t, [], [{ start: 0, end: t.length }], { inNotes: () => false, italics: [] }).map((o) => [t.slice(o.start, o.end), o.name, o.acronym]);
  it("groups an acronym with its definition and keeps job titles and countries out", () => {
    const t = "President Aliyev spoke. A National Defense University (NDU) was set up in Azerbaijan. The NDU trains officers of the Turkish Armed Forces.";
    expect(orgs(t)).toEqual([
      ["National Defense University", "National Defense University", "NDU"],
      ["NDU", "National Defense University", "NDU"],
      ["NDU", "National Defense University", "NDU"],
      ["Turkish Armed Forces", "Turkish Armed Forces", null],
    ]);
  });
});

describe("acronyms defined in the text", () => {
  const orgs = (t: string) =>
    findOrganisations(t, [], [{ start: 0, end: t.length }], { inNotes: () => false, italics: [] }).map((o) => [t.slice(o.start, o.end), o.name]);
  it("a body named only by its acronym's definition is one, a thing so defined is not", () => {
    const t =
      "Attacks by Jama'at Nusrat al-Islam wal-Muslimin (JNIM) rose. JNIM grew. KazMunayGas (KMG) ships oil; KMG's share fell. The Grand Ethiopian Renaissance Dam (GERD) filled; GERD talks stalled.";
    expect(orgs(t)).toEqual([
      ["Jama'at Nusrat al-Islam wal-Muslimin", "Jama'at Nusrat al-Islam wal-Muslimin"],
      ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"],
      ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"],
      ["KazMunayGas", "KazMunayGas"],
      ["KMG", "KazMunayGas"],
      ["KMG", "KazMunayGas"],
    ]);
  });
});

describe("treaty register", () => {
  it("reads signing date, place and parties from the mention's own clause", async () => {
    const { treatyRegister } = await import("../src/extract/treaty-register.js");
    const t =
      "Three texts matter: (1) the 1992 Military Training Cooperation Agreement; (2) the Accord on Energy signed on June 10, 1996. The Military Training Cooperation Agreement, which was signed on August 11, 1992, in Ankara, trained officers. The Tripartite Declaration was signed between Armenia and Azerbaijan on November 10, 2020.";
    const treaties = findTreaties(t, []);
    const rows = treatyRegister(t, treaties, findDates(t)).register.map((r) => ({
      name: r.name,
      signed: r.signed?.value ?? null,
      place: r.place ? t.slice(r.place.start, r.place.end) : null,
      parties: r.parties.map((p) => t.slice(p.start, p.end)),
      mentions: r.mentions.length,
    }));
    expect(rows).toEqual([
      { name: "Military Training Cooperation Agreement", signed: "1992-08-11", place: "Ankara", parties: [], mentions: 2 },
      { name: "Accord on Energy", signed: "1996-06-10", place: null, parties: [], mentions: 1 },
      { name: "Tripartite Declaration", signed: "2020-11-10", place: null, parties: ["Armenia", "Azerbaijan"], mentions: 1 },
    ]);
  });

  it("names an instrument after the place another was signed in as that instrument", async () => {
    const { treatyRegister } = await import("../src/extract/treaty-register.js");
    const t = "The five states signed the Convention on the Legal Status of the Caspian Sea in Aktau in August 2018. Article 14 of the Aktau Convention allows pipelines. The Baku Declaration did not.";
    const found = findTreaties(t, []);
    const { treaties, register } = treatyRegister(t, found, findDates(t));
    expect(register[0]).toMatchObject({ name: "Convention on the Legal Status of the Caspian Sea", signed: { value: "2018-08" }, mentions: [0, 1] });
    expect(t.slice(register[0].place!.start, register[0].place!.end)).toBe("Aktau");
    expect(register.map((r) => r.name)).toEqual(["Convention on the Legal Status of the Caspian Sea", "Baku Declaration"]);
    expect(treaties.map((x) => x.name)).toEqual([
      "Convention on the Legal Status of the Caspian Sea",
      "Convention on the Legal Status of the Caspian Sea",
      "Baku Declaration",
    ]);
  });
});
