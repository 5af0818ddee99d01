#!/usr/bin/env python3
"""Insert inline gold markup into wan-2025-09-caucasus-transit-sanctions.txt by searching the text.

Records are listed in document order; each is searched from just after the start of the previous
one (so a record nested inside the previous one is found too), at word boundaries. Footnote calls
and Notes entries are found by pattern. Spans are then nested into markup; removing the markup
gives back the source exactly (mkgold.py checks this).
"""
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "wan-2025-09-caucasus-transit-sanctions"
SRC = os.path.join(HERE, ID + ".txt")
OUT = os.path.join(HERE, ID + ".annotated.txt")

src = open(SRC, "rb").read().decode("utf-8")

EU = ("EU", "European Union", "EU")
TREAS = "U.S. Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
KARS = "Treaty of Kars"
MLA = "Basic Multilateral Agreement on International Transport for Development of the Europe\u2013the Caucasus\u2013Asia Corridor"
EAEUT = "Treaty on the Eurasian Economic Union"
TRI = "Trilateral Statement of 10 November 2020"
WJD = "Washington Joint Declaration"
PEACE = "Agreement on the Establishment of Peace and Interstate Relations between the Republic of Armenia and the Republic of Azerbaijan"
TIR = "Customs Convention on the International Transport of Goods under Cover of TIR Carnets"
SJD = "Samarkand Joint Declaration"
ROADMAP_EUCA = "Joint Roadmap for Deepening Ties between the EU and Central Asia"
SRC_KZ = "State Revenue Committee of Kazakhstan"
SRC_AM = "State Revenue Committee of Armenia"
CCI = "Caspian Crossroads Institute"


def d(text, value, alt=None):
    return ("date", text, {"value": value, **({"alt": alt} if alt else {})})


def n(text, value, unit=None, q=None):
    a = {"value": value}
    if unit:
        a["unit"] = unit
    if q:
        a["q"] = q
    return ("number", text, a)


def o(text, name=None, acr=None):
    a = {"name": name or text}
    if acr:
        a["acronym"] = acr
    return ("org", text, a)


def eu(text="EU"):
    return o(text, "European Union", "EU")


def t(text, name=None):
    return ("treaty", text, {"name": name or text})


def inn(rec):
    """A record nested in the one before it: searched from that record's start."""
    return (rec[0], rec[1], dict(rec[2], _in=True))


R = [
    # header
    o("Caspian Crossroads Institute", CCI),
    # date line
    d("September 3, 2025", "2025-09-03"),
    n("12", "12", "minute"),
    # intro
    n("Three and a half", "3.5", "year"),
    d("between 2021 and 2023", "2021/2023"),
    n("about $3.4 billion", "3400000000", "USD", "about"),
    o("European Union", "European Union", "EU"),
    n("more than fivefold", "5", "times", "more than"),
    eu(),
    d("18 July 2025", "2025-07-18"),
    o("U.S. Treasury\u2019s Office of Foreign Assets Control", OFAC, "OFAC"),
    o("OFAC", OFAC, "OFAC"),
    n("at least one", "1", "bank", "at least"),
    d("mid-2022", "2022", ["2022-06"]),
    n("three", "3", "decade"),
    d("1990s", "199X", ["1990/1999"]),
    n("two", "2", "sanction-setter"),
    # A corridor built by treaty
    t("Treaty of Kars", KARS),
    d("13 October 1921", "1921-10-13"),
    o("Grand National Assembly of Turkey"),
    t(MLA, MLA),
    d("8 September 1998", "1998-09-08"),
    n("a dozen", "12", "state"),
    o("Intergovernmental Commission TRACECA"),
    t("TRACECA agreement", MLA),
    t("Treaty on the Eurasian Economic Union", EAEUT),
    inn(o("Eurasian Economic Union", "Eurasian Economic Union", "EAEU")),
    d("29 May 2014", "2014-05-29"),
    d("1 January 2015", "2015-01-01"),
    t("EAEU Treaty", EAEUT),
    inn(o("EAEU", "Eurasian Economic Union", "EAEU")),
    t("Treaty on the Accession of the Republic of Armenia to the Treaty on the Eurasian Economic Union"),
    inn(o("Eurasian Economic Union", "Eurasian Economic Union", "EAEU")),
    d("10 October 2014", "2014-10-10"),
    t("Protocol on the Accession of the Republic of Kazakhstan to the Marrakesh Agreement Establishing the World Trade Organization"),
    inn(o("World Trade Organization")),
    d("July 27, 2015", "2015-07-27"),
    t("trilateral statement", TRI),
    d("10 November 2020", "2020-11-10"),
    o("Federal Security Service", "Federal Security Service", "FSB"),
    o("FSB", "Federal Security Service", "FSB"),
    t("Joint Declaration", WJD),
    d("August 8, 2025", "2025-08-08"),
    n("two", "2", "foreign minister"),
    t(PEACE, PEACE),
    t("Washington deal", WJD),
    n("roughly 43-kilometre", "43", "kilometre", "roughly"),
    t("Roadmap for the development of the Trans-Caspian International Transport Route for 2022\u20132027",
      "Roadmap for the Development of the Trans-Caspian International Transport Route for 2022\u20132027"),
    inn(d("2022\u20132027", "2022/2027")),
    d("late 2022", "2022", ["2022-09/2022-12"]),
    o("World Bank"),
    n("11 million", "11000000", "tonne"),
    d("2030", "2030"),
    n("about 86%", "86", "percent", "about"),
    d("2023", "2023"),
    n("some 2.76 million", "2760000", "tonne", "some"),
    # How the loopholes work
    n("Three", "3", "mechanism"),
    eu(),
    d("2023", "2023"),
    n("perhaps half", "0.5", "shipment", "perhaps"),
    o("EAEU", "Eurasian Economic Union", "EAEU"),
    o("National Statistics Office of Georgia", "National Statistics Office of Georgia", "Geostat"),
    o("Geostat", "National Statistics Office of Georgia", "Geostat"),
    n("roughly USD 2 billion", "2000000000", "USD", "roughly"),
    d("2023", "2023"),
    t(TIR, TIR),
    d("14 November 1975", "1975-11-14"),
    t("TIR Convention", TIR),
    o("International Road Transport Union", "International Road Transport Union", "IRU"),
    o("IRU", "International Road Transport Union", "IRU"),
    o("State Revenue Committee", SRC_KZ, "SRC"),
    o("Interfax"),
    o("Kazinform"),
    d("22 December 2023", "2023-12-22"),
    o("Keremet Bank"),
    o("OFAC", OFAC, "OFAC"),
    d("January 2025", "2025-01"),
    o("Treasury", TREAS),
    o("Promsvyazbank", "Promsvyazbank", "PSB"),
    o("PSB", "Promsvyazbank", "PSB"),
    o("Bank of Georgia"),
    o("TBC", "TBC Bank"),
    o("Kapital Bank"),
    o("Halyk", "Halyk Bank"),
    o("Ameriabank"),
    o("Ardshinbank"),
    d("2024", "2024"),
    n("about 40%", "40", "percent", "about"),
    d("first half of 2024", "2024-01/2024-06", ["2024-40"]),
    n("more than $6 billion", "6000000000", "USD", "more than"),
    n("-18%", "-18", "percent"),
    d("Q1 2024", "2024-01/2024-03", ["2024-33"]),
    n("around GEL 2.7", "2.7", "GEL", "around"),
    n("AZN 1.70", "1.70", "AZN"),
    d("2017", "2017"),
    o("Turan", "Turan Information Agency"),
    d("from December 2023 to February 2024", "2023-12/2024-02"),
    # Brussels and Washington
    eu(),
    d("June 2023", "2023-06"),
    o("Council", "Council of the European Union"),
    d("18.12.2023", "2023-12-18"),
    eu(),
    d("24 June 2024", "2024-06-24"),
    d("2025-07-18", "2025-07-18"),
    n("$47.60", "47.60", "USD"),
    n("105", "105", "vessel"),
    n("two", "2", "lender"),
    ("skip", "Council Regulation (EU) No 833/2014", {}),
    eu(),
    d("2023\u201324", "2023/2024"),
    t(ROADMAP_EUCA, ROADMAP_EUCA),
    inn(eu()),
    d("23 October 2023", "2023-10-23"),
    eu(),
    d("3\u20134 April 2025", "2025-04-03/2025-04-04"),
    n("five", "5", "president"),
    t("Joint Declaration", SJD),
    eu(),
    o("Commission", "European Commission"),
    n("EUR 12 billion", "12000000000", "EUR"),
    n("\u20ac10 billion", "10000000000", "EUR"),
    d("January 2024", "2024-01"),
    o("OFAC", OFAC, "OFAC"),
    o("Bureau of Industry and Security", "Bureau of Industry and Security", "BIS"),
    o("BIS", "Bureau of Industry and Security", "BIS"),
    d("mid-August 2025", "2025-08"),
    o("Treasury", TREAS),
    n("up to three", "3", "week", "up to"),
    # Pipelines
    o("BTC Co."),
    o("bp"),
    d("2023", "2023"),
    o("KazMunayGas"),
    o("State Oil Company of Azerbaijan Republic", "State Oil Company of Azerbaijan Republic", "SOCAR"),
    o("SOCAR", "State Oil Company of Azerbaijan Republic", "SOCAR"),
    n("up to 1.5 million", "1500000", "tonne", "up to"),
    o("bp"),
    n("about 30.1%", "30.1", "percent", "about"),
    o("BTC", "BTC Co."),
    o("SOCAR", "State Oil Company of Azerbaijan Republic", "SOCAR"),
    n("25%", "25", "percent"),
    o("MOL"),
    o("Equinor"),
    o("TPAO", "TPAO", "TPAO"),
    o("Eni"),
    o("TotalEnergies"),
    o("ITOCHU"),
    o("INPEX"),
    o("ExxonMobil"),
    o("ONGC Videsh"),
    o("Caspian Pipeline Consortium", "Caspian Pipeline Consortium", "CPC"),
    o("CPC", "Caspian Pipeline Consortium", "CPC"),
    n("roughly four-fifths", "0.8", "export", "roughly"),
    t("Black Sea Grain Initiative"),
    o("United Nations", "United Nations", "UN"),
    d("July 2022", "2022-07"),
    eu(),
    t("Memorandum of Understanding on a Strategic Partnership in the Field of Energy"),
    d("July 18, 2022", "2022-07-18"),
    eu(),
    n("at least 20 billion", "20000000000", "cubic metre", "at least"),
    d("2027", "2027"),
    n("about 12.9", "12.9", "bcm", "about"),
    d("2024", "2024"),
    t("Association Agreement", "EU\u2013Georgia Association Agreement"),
    eu(),
    d("27 June 2014", "2014-06-27"),
    t("Comprehensive and Enhanced Partnership Agreement", "EU\u2013Armenia Comprehensive and Enhanced Partnership Agreement"),
    t("CEPA", "EU\u2013Armenia Comprehensive and Enhanced Partnership Agreement"),
    d("March 1, 2021", "2021-03-01"),
    o("Georgian Dream"),
    t("Agreement on International North\u2013South Transport Corridor"),
    d("16 September 2000", "2000-09-16"),
    n("\u20ac1.3 billion", "1300000000", "EUR"),
    d("May 2023", "2023-05"),
    t("Joint Comprehensive Plan of Action"),
    d("2018", "2018"),
    # What to watch
    n("Three", "3", "test"),
    eu(),
    o("State Revenue Committee", SRC_AM, "SRC"),
    o("SRC", SRC_AM, "SRC"),
    t("Kars Treaty", KARS),
    t("2020 statement", TRI),
    inn(d("2020", "2020")),
    o("National Bank of Kazakhstan"),
    t("Alma-Ata Declaration"),
    d("21 December 1991", "1991-12-21"),
    t("Helsinki Final Act"),
    t("Rome Statute"),
    d("1 February 2024", "2024-02-01"),
    # disclaimer
    o("Caspian Crossroads Institute", CCI),
    # bio
    o("Caspian Crossroads Institute", CCI),
    d("from 2012 to 2019", "2012/2019"),
    o("Revenue Service of Georgia"),
    o("ADA University"),
    o("Central Asian Survey"),
    o("Vlast.kz"),
    # notes
    o("Statistical Committee of the Republic of Armenia", "Statistical Committee of the Republic of Armenia", "Armstat"),
    o("Armstat", "Statistical Committee of the Republic of Armenia", "Armstat"),
    d("January\u2013December 2023", "2023-01/2023-12"),
    d("9 February 2024", "2024-02-09"),
    d("2 September 2025", "2025-09-02"),
    o("Eurostat"),
    eu(),
    d("12.03.2024", "2024-03-12"),
    o("Council of the European Union"),
    eu(),
    d("18 July 2025", "2025-07-18"),
    o("U.S. Department of the Treasury", TREAS),
    o("Treasury", TREAS),
    d("January 15, 2025", "2025-01-15"),
    t("Treaty of Friendship between the Soviet Socialist Republics of Armenia, Azerbaijan and Georgia, on the one hand, and Turkey, on the other", KARS),
    d("13 October 1921", "1921-10-13"),
    o("Turan Information Agency"),
    t("Kars Treaty", KARS),
    d("Sept. 14, 2023", "2023-09-14"),
    o("Permanent Secretariat of the Intergovernmental Commission TRACECA"),
    t("Basic Multilateral Agreement", MLA),
    d("28 August 2025", "2025-08-28"),
    t("Treaty on the Eurasian Economic Union", EAEUT),
    inn(o("Eurasian Economic Union", "Eurasian Economic Union", "EAEU")),
    d("29 May 2014", "2014-05-29"),
    o("Eurasian Economic Commission"),
    o("Presidential Executive Office of Russia"),
    t("Statement by President of the Republic of Azerbaijan, Prime Minister of the Republic of Armenia and President of the Russian Federation", TRI),
    d("10 November 2020", "2020-11-10"),
    o("The White House"),
    t("Joint Declaration", WJD),
    d("August 8, 2025", "2025-08-08"),
    o("Ministry of Foreign Affairs of the Republic of Armenia"),
    t(PEACE, PEACE),
    d("11 August 2025", "2025-08-11"),
    o("World Bank"),
    d("2030", "2030"),
    o("World Bank"),
    d("2023", "2023"),
    o("Armstat", "Statistical Committee of the Republic of Armenia", "Armstat"),
    o("Eurasianet"),
    d("5 March 2024", "2024-03-05"),
    o("National Statistics Office of Georgia", "National Statistics Office of Georgia", "Geostat"),
    d("2023", "2023"),
    d("19 January 2024", "2024-01-19"),
    o("Interfax-Kazakhstan"),
    o("SRC", SRC_KZ, "SRC"),
    d("7 Feb. 2024", "2024-02-07"),
    o("Kazinform"),
    d("2024", "2024"),
    o("U.S. Department of the Treasury", TREAS),
    o("JAMnews"),
    d("May 22, 2024", "2024-05-22"),
    o("Civil.ge"),
    o("NBG", "National Bank of Georgia", "NBG"),
    d("3 April 2023", "2023-04-03"),
    o("Turan Information Agency"),
    d("26.02.2024", "2024-02-26"),
    o("Central Bank of the Republic of Azerbaijan"),
    d("1 September 2025", "2025-09-01"),
    o("European Commission"),
    eu(),
    d("7 September 2023", "2023-09-07"),
    o("Council of the European Union"),
    o("Reuters"),
    eu(),
    d("July 18, 2025", "2025-07-18"),
    o("European Council"),
    t("Joint Declaration following the first EU\u2013Central Asia Summit", SJD),
    inn(eu()),
    d("4 April 2025", "2025-04-04"),
    o("Council of the European Union"),
    t(ROADMAP_EUCA, ROADMAP_EUCA),
    inn(eu()),
    d("23 October 2023", "2023-10-23"),
    o("Carnegie Endowment for International Peace"),
    d("20 August 2025", "2025-08-20"),
    o("bp Azerbaijan"),
    d("30 August 2025", "2025-08-30"),
    o("Interfax"),
    o("KazMunayGas"),
    n("1.5 mln", "1500000", "tonne"),
    o("BTC", "BTC Co."),
    d("2024", "2024"),
    d("12 December 2023", "2023-12-12"),
    o("European Commission"),
    eu(),
    d("18 July 2022", "2022-07-18"),
    eu(),
    o("Caucasus Analytical Digest"),
    d("2024", "2024"),
    o("Interfax"),
    t("agreement on building Rasht-Astara railway", "Russia\u2013Iran Agreement on the Rasht\u2013Astara Railway"),
    d("17 May 2023", "2023-05-17"),
    o("News.am"),
    o("SRC", SRC_AM, "SRC"),
    d("20 August 2025", "2025-08-20"),
    # related content debris
    d("14 Aug 2025", "2025-08-14"),
    n("9", "9", "minute"),
    o("CPC", "Caspian Pipeline Consortium", "CPC"),
    d("2 Jul 2025", "2025-07-02"),
    n("7", "7", "minute"),
    # rights
    d("2025", "2025"),
    o("Caspian Crossroads Institute", CCI),
]


def find(text, pos):
    pat = re.escape(text)
    if re.match(r"\w", text):
        pat = r"(?<![\w.])" + pat
    if re.search(r"\w$", text):
        pat = pat + r"(?![\w])"
    m = re.compile(pat).search(src, pos)
    if not m:
        raise SystemExit(f"not found after {pos}: {text!r}\n  context: {src[pos:pos+120]!r}")
    return m.start(), m.end()


spans = []  # (start, end, kind, attrs)
pos = outer_a = outer_b = 0
for kind, text, attrs in R:
    attrs = dict(attrs)
    nested = attrs.pop("_in", False)
    a, b = find(text, outer_a if nested else pos)
    if nested:
        if b > outer_b:
            raise SystemExit(f"nested record {text!r} not inside {src[outer_a:outer_b]!r}")
    else:
        outer_a, outer_b = a, b
    pos = outer_b
    if kind != "skip":
        spans.append((a, b, kind, attrs))

# footnote calls
notes_at = src.index("\r\nNotes\r\n")
for m in re.finditer(r"\[(\d+)\]", src[:notes_at]):
    spans.append((m.start(), m.end(), "fn", {"n": m.group(1)}))

# notes entries: "n. ..." lines in the Notes list
related_at = src.index("\r\nRelated content\r\n")
for m in re.finditer(r"(?m)^(\d+)\. [^\r\n]*", src[notes_at:related_at]):
    a, b = m.start() + notes_at, m.end() + notes_at
    urls = [u.rstrip(".,;)") for u in re.findall(r"https?://[^\s]+", src[a:b])]
    attrs = {"n": m.group(1)}
    if urls:
        attrs["url"] = urls
    spans.append((a, b, "note", attrs))


def render(a, b, inner):
    """Markup for src[a:b] with the spans in `inner` (sorted, nested) inserted."""
    out, i = [], a
    k = 0
    while k < len(inner):
        s, e, kind, attrs = inner[k]
        kids = []
        k += 1
        while k < len(inner) and inner[k][0] < e:
            if inner[k][1] > e:
                raise SystemExit(f"crossing spans: {src[s:e]!r} / {src[inner[k][0]:inner[k][1]]!r}")
            kids.append(inner[k])
            k += 1
        out.append(src[i:s])
        keys = []
        for key, val in attrs.items():
            for v in (val if isinstance(val, list) else [val]):
                keys.append(f"|{key}={v}")
        out.append(f"\u27e6{kind}|{render(s, e, kids)}{''.join(keys)}\u27e7")
        i = e
    out.append(src[i:b])
    return "".join(out)


spans.sort(key=lambda r: (r[0], -r[1]))
ann = render(0, len(src), spans)
with open(OUT, "w", encoding="utf-8", newline="") as f:
    f.write(ann)

if __name__ == "__main__":
    from collections import Counter
    print(OUT, Counter(s[2] for s in spans))
