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

  // an impossible day or month is not part of a date: what is left may still be one
  it.each([
    ["on 45 March 2021 it", [["March 2021", "2021-03"]]],
    ["on 31 February 2020 it", [["February 2020", "2020-02"]]],
    ["on 29 February 2021 it", [["February 2021", "2021-02"]]],
    ["on 29 February 2020 it", [["29 February 2020", "2020-02-29"]]],
    ["on April 31, 2022 it", [["2022", "2022"]]],
    ["on 31 June it", []],
    ["from 30 November to 2 December 2023 the", [["from 30 November to 2 December 2023", "2023-11-30/2023-12-02"]]],
    ["from December 30 to January 2, 2024 the", [["from December 30 to January 2, 2024", "2023-12-30/2024-01-02"]]],
    ["from May 2023 to April 2022 the", [["May 2023", "2023-05"], ["April 2022", "2022-04"]]],
  ])("calendar: %s", (text, expected) => expect(dates(text)).toEqual(expected));
  it("does not resolve a day to a year that lacks it", () => {
    const t = "In 2021 the talks ended on February 29, a day later than planned.";
    expect(findDates(t).map((d) => [d.value, d.resolved])).toEqual([["2021", null], ["XXXX-02-29", null]]);
  });

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

  // a minus sign (U+2212), a hyphen right before the figure or its currency, or the word "minus"
  it.each([
    ["growth of −3.5% in", [["−3.5%", -3.5, "percent", null]]],
    ["growth of -3.5% in", [["-3.5%", -3.5, "percent", null]]],
    ["a balance of -$4 billion last year", [["-$4 billion", -4000000000, "USD", null]]],
    ["it moved -0.4 points on", [["-0.4", -0.4, "point", null]]],
    ["inflation of minus 2 percent", [["minus 2", -2, "percent", null]]],
    ["a change of − 12 percent", [["− 12", -12, "percent", null]]],
  ])("negative: %s", (text, expected) => expect(numbers(text)).toEqual(expected));

  // hyphens that join words, years or a range, and list dashes, are not minus signs
  it.each([
    ["served 2015-2019 as", []],
    ["the F-16 jets", []],
    ["COVID-19 cases", []],
    ["rates of 1-2 percent", []],
    ["- 3 ships sailed", [["3", 3, "ship", null]]],
    ["– 40 ships sailed", [["40", 40, "ship", null]]],
    ["a 44-day war", [["44-day", 44, "day", null]]],
  ])("not negative: %s", (text, expected) => expect(numbers(text)).toEqual(expected));

  // ordinals in words or digits rank, they do not count
  it.each(["the sixtieth anniversary", "the twenty-second summit", "the hundredth day", "on its 3rd and 21st sessions", "the fortieth session", "a seventh round", "the twenty-first century"])(
    "no number in the ordinal %s",
    (text) => expect(numbers(text)).toEqual([]),
  );

  // a glued "m": metres before a hyphen and an adjective ("800m-deep"), millions otherwise
  it.each([
    ["an 800m-deep well", [["800m-deep", 800, "metre", null]]],
    ["a 30m-long hull", [["30m-long", 30, "metre", null]]],
    ["a $3m grant", [["$3m", 3000000, "USD", null]]],
    ["3m barrels a day", [["3m", 3000000, "barrel", null]]],
  ])("glued m: %s", (text, expected) => expect(numbers(text)).toEqual(expected));
  it.each([["a 2m-strong diaspora", 2000000], ["a 40m-a-year budget", 40000000], ["a wall 800m deep", 800]])("glued m value: %s", (text, value) =>
    expect(numbers(text)[0]?.[1]).toBe(value),
  );

  // units are singular nouns, read by the pluralize library
  it.each([
    ["two crises hit", "crisis"],
    ["three series of talks", "series"],
    ["five gas fields", "gas"],
    ["five boxes", "box"],
    ["four buses", "bus"],
    ["six countries", "country"],
    ["seven species", "species"],
    ["eight people", "person"],
    ["nine women", "woman"],
    ["two dollars", "USD"],
    ["7,000 personnel", "personnel"],
  ])("unit of %s", (text, unit) => expect(numbers(text)[0]?.[2]).toBe(unit));

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

describe("organisations joined by 'and'", () => {
  const orgs = (t: string) =>
    findOrganisations(t, [], [{ start: 0, end: t.length }], { inNotes: () => false, italics: [] }).map((o) => t.slice(o.start, o.end));
  // two names joined by "and" are two organisations
  it.each([
    ["The fields are led by Delek Drilling and Chevron, which sell gas.", ["Delek Drilling", "Chevron"]],
    ["The partners, Delek Drilling and Noble Energy, signed.", ["Delek Drilling", "Noble Energy"]],
    ["Many officers of the Turkish Armed Forces and Azerbaijani Army trained.", ["Turkish Armed Forces", "Azerbaijani Army"]],
    ["Both the Korkyt Institute and Carnegie Endowment wrote.", ["Korkyt Institute", "Carnegie Endowment"]],
    ["Some scholars of the University of Haifa and Tel Aviv University met.", ["University of Haifa", "Tel Aviv University"]],
    ["Many fighters of Islamic State Sahel Province and Jama'at Nusrat al-Islam wal-Muslimin (JNIM) clashed.", ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"]],
  ])("%s", (text, expected) => expect(orgs(text)).toEqual(expected));

  // one name with a conjunction inside its "of"/"for" phrase stays one
  it.each([
    ["The Ministry of Foreign Affairs and Trade said so.", ["Ministry of Foreign Affairs and Trade"]],
    ["The European Bank for Reconstruction and Development lent.", ["European Bank for Reconstruction and Development"]],
    ["The Center for Strategic and International Studies wrote.", ["Center for Strategic and International Studies"]],
    ["The Moshe Dayan Center for Middle Eastern and African Studies wrote.", ["Moshe Dayan Center for Middle Eastern and African Studies"]],
    ["The Centre for Water and Regional Security (CWRS) wrote.", ["Centre for Water and Regional Security", "CWRS"]],
    ["Egypt and Ethiopia met in Cairo.", []],
    ["Turkey and Azerbaijan met at the Ministry of Defense.", ["Ministry of Defense"]],
  ])("%s", (text, expected) => expect(orgs(text)).toEqual(expected));
});

describe("canonical organisation names", () => {
  const names = (t: string, italics: string[] = []) =>
    findOrganisations(t, [], [{ start: 0, end: t.length }], {
      inNotes: () => true,
      italics: italics.map((x) => ({ start: t.indexOf(x), end: t.indexOf(x) + x.length })),
    }).map((o) => [t.slice(o.start, o.end), o.name]);
  it("drops a leading 'the' from an outlet and its name", () => {
    const t = '1. "Hunger rises," the World Food Programme, 2020. The World Food Programme wrote.';
    expect(names(t, ["the World Food Programme"])).toEqual([
      ["World Food Programme", "World Food Programme"],
      ["World Food Programme", "World Food Programme"],
    ]);
  });
  it("keeps a title's own 'The' where the text never writes the name without it", () => {
    const t = '1. "Gas deal signed," The Economic Times, 2020.';
    expect(names(t, ["The Economic Times"])).toEqual([["The Economic Times", "The Economic Times"]]);
  });
  it("names a group by the form without 'The' where the text writes both", () => {
    const t = '1. "Gas deal signed," The Economic Times, 2020. 2. "Gas," Economic Times, 2021.';
    expect(names(t, ["The Economic Times", "Economic Times"]).map((x) => x[1])).toEqual(["Economic Times", "Economic Times"]);
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

  // a signing place is a place, never the language of the text or a people's adjective
  it.each([
    ["The Baku Protocol was signed on May 5, 1997 by the President, see the original in Azerbaijani.", null],
    ["The Suez Protocol was signed on May 5, 1997 in Cairo, with the text in Arabic.", "Cairo"],
    ["The Ankara Protocol was signed on May 5, 1997 in Turkish by Turkey.", null],
    ["Egypt and Sudan signed the Nile Protocol on May 5, 1997, a text in Sudanese Arabic.", null],
    ["Egypt and Sudan signed the Nile Protocol in Khartoum on May 5, 1997.", "Khartoum"],
    ["The Caspian Protocol was signed on May 5, 1997 in Kazakhstani waters by Kazakhstan.", null],
    ["The Caspian Protocol was signed on May 5, 1997 in Aktau by Kazakhstan.", "Aktau"],
    ["The Gas Protocol was signed by Georgia on May 5, 1997 in Tbilisi.", "Tbilisi"],
  ])("place in %s", async (t, place) => {
    const { treatyRegister } = await import("../src/extract/treaty-register.js");
    const {
      register: [row],
    } = treatyRegister(t, findTreaties(t, []), findDates(t));
    expect(row.place ? t.slice(row.place.start, row.place.end) : null).toBe(place);
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
