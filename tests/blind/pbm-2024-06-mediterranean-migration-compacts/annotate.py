#!/usr/bin/env python3
"""Insert inline markup into pbm-2024-06-mediterranean-migration-compacts.txt at found positions.

Each mention is searched in the source (a space in a pattern matches any run of white space,
and a line-end hyphenation "-\\n" may fall between any two letters), in reading order, from a
cursor; children of a container (a note, a treaty holding an organisation) are searched inside
the container's span. Footnote calls (superscript runs) are found by regex. Removing the markup
gives back the source exactly (mkgold.py checks this).
"""
import os
import re

ID = "pbm-2024-06-mediterranean-migration-compacts"
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = open(os.path.join(HERE, ID + ".txt"), encoding="utf-8").read()

EU = dict(name="European Union", acronym="EU")
UNHCR = dict(name="Office of the United Nations High Commissioner for Refugees", acronym="UNHCR")
IOM = dict(name="International Organization for Migration", acronym="IOM")
IMF = dict(name="International Monetary Fund", acronym="IMF")
EC = dict(name="European Commission")
CEU = dict(name="Council of the European Union")
EUTF = dict(name="EU Emergency Trust Fund for Africa", acronym="EUTF")
FX = dict(name="European Border and Coast Guard Agency", acronym="Frontex")
MSF = dict(name="Médecins Sans Frontières", acronym="MSF")
GNA = dict(name="Government of National Accord", acronym="GNA")
IMPS = dict(name="Institute for Mediterranean Policy Studies", acronym="IMPS")
MOI = dict(name="Italian Ministry of the Interior")
GC = dict(name="General Court of the European Union")
LCG = dict(name="Libyan Coast Guard")
TNG = dict(name="Tunisian National Guard")
ITGOV = dict(name="Government of the Italian Republic")
ALCM = dict(name="Council of Ministers of the Republic of Albania")
OMB = dict(name="European Ombudsman")

T_EUTR = "EU–Turkey Statement"
T_TUN = "Memorandum of Understanding on a Strategic and Comprehensive Partnership between the European Union and Tunisia"
T_ALB = "Italy–Albania Protocol"
T_LBY = "Italy–Libya Memorandum of Understanding"
T_RC = "Convention relating to the Status of Refugees"
T_P67 = "Protocol relating to the Status of Refugees"
T_EGY = "Joint Declaration on the Strategic and Comprehensive Partnership between the Arab Republic of Egypt and the European Union"
T_GCM = "Global Compact for Safe, Orderly and Regular Migration"
T_MALTA = "Malta Declaration"
T_READM = "Agreement between the European Union and the Republic of Turkey on the readmission of persons residing without authorisation"
T_ROME = "Rome Declaration"


def D(text, value, alt=None):
    a = [("value", value)] + ([("alt", alt)] if alt else [])
    return ("date", text, a, [])


def N(text, value, unit=None, q=None):
    a = [("value", str(value))]
    if unit:
        a.append(("unit", unit))
    if q:
        a.append(("q", q))
    return ("number", text, a, [])


def O(text, d=None, **kw):
    d = dict(d or {}, **kw)
    d.setdefault("name", text)
    a = []
    if "name" in d:
        a.append(("name", d["name"]))
    if "acronym" in d:
        a.append(("acronym", d["acronym"]))
    return ("org", text, a, [])


def T(text, name=None, kids=()):
    return ("treaty", text, [("name", name or text)], list(kids))


def NOTE(n, kids=()):
    return ("note", n, [], list(kids))


ITEMS = [
    # header, title, byline
    D("June 2024", "2024-06"),
    O("Institute for Mediterranean Policy Studies", IMPS),
    O("EU", EU),
    D("2016–2024", "2016/2024"),
    # key points
    T("EU–Turkey Statement", T_EUTR, [O("EU", EU)]),
    D("March 2016", "2016-03"),
    O("EU", EU),
    N("at least five", 5, "partner", "at least"),
    O("European Parliament"),
    N("roughly 50", 50, "percent", "roughly"),
    D("2023", "2023"),
    N("more than half", 0.5, None, "more than"),
    N("five", 5, "month"),
    D("2024", "2024", "2024-01/2024-05"),
    N("about −57", -57, "percent", "about"),
    D("2023", "2023"),
    T("EU–Tunisia Memorandum of Understanding", T_TUN, [O("EU", EU)]),
    N("€105 million", 105000000, "EUR"),
    T("Italy–Albania protocol", T_ALB),
    O("EU", EU),
    T("1951 Refugee Convention", T_RC, [D("1951", "1951")]),
    O("EU", EU),
    D("2020s", "202X"),
    D("2010s", "201X"),
    # 1. Introduction
    D("18 March 2016", "2016-03-18"),
    O("EU", EU),
    N("two-page", 2, "page"),
    T("EU–Turkey Statement", T_EUTR, [O("EU", EU)]),
    N("€6 billion", 6000000000, "EUR"),
    N("one", 1, "Syrian"),
    N("Eight", 8, "year"),
    T("Malta Declaration", T_MALTA),
    D("February 2017", "2017-02"),
    T("memorandum Italy signed with Libya", T_LBY),
    D("2023", "2023"),
    T("EU–Tunisia Memorandum of Understanding", T_TUN, [O("EU", EU)]),
    T("Italy–Albania protocol", T_ALB),
    D("November 2023", "2023-11"),
    N("five", 5, "arrangement"),
    O("EU", EU),
    O("Council of the EU", CEU),
    D("14 May 2024", "2024-05-14"),
    O("EU", EU),
    O("UNHCR", UNHCR),
    O("International Organization for Migration", IOM),
    O("IOM", IOM),
    O("Italian Ministry of the Interior", MOI),
    O("ANSA"),
    O("Reuters"),
    # 2.
    D("2016–17", "2016/2017"),
    T("Statement", T_EUTR),
    T("EU–Turkey Joint Action Plan", None, [O("EU", EU)]),
    D("29 November 2015", "2015-11-29"),
    T("Valletta Action Plan"),
    D("11–12 November 2015", "2015-11-11/2015-11-12"),
    D("From November 2015 to March 2016", "2015-11/2016-03"),
    D("2015", "2015"),
    N("nearly 857,000", 857000, "person", "nearly"),
    O("UNHCR", UNHCR),
    N("about 173,000", 173000, "person", "about"),
    D("2016", "2016"),
    N("fewer than 30,000", 30000, "person", "fewer than"),
    D("2017", "2017"),
    N("roughly fivefold", 5, "times", "roughly"),
    N("about 2,100", 2100, "person", "about"),
    D("March 2020", "2020-03"),
    N("some 28,000", 28000, "Syrian", "some"),
    O("EU", EU),
    D("early 2021", "2021"),
    N("€6 billion", 6000000000, "EUR"),
    N("two", 2, "tranche"),
    N("€3 billion", 3000000000, "EUR"),
    O("EU", EU),
    D("16 December 2013", "2013-12-16"),
    T("Agreement between the European Union and the Republic of Turkey on the readmission of persons residing without authorisation",
      T_READM, [O("European Union", EU)]),
    N("72", 72, "benchmark"),
    N("six", 6, "benchmark"),
    N("three", 3, "asylum seeker"),
    T("Statement", T_EUTR),
    O("General Court of the EU", GC),
    D("28 February 2017", "2017-02-28"),
    O("European Council"),
    O("Court of Justice", name="Court of Justice of the European Union"),
    D("September 2018", "2018-09"),
    D("June 2016", "2016-06"),
    O("Commission", EC),
    D("3 February 2017", "2017-02-03"),
    O("EU", EU),
    T("Malta Declaration", T_MALTA),
    O("Libyan Coast Guard", LCG),
    O("EU", EU),
    O("Government of National Accord", GNA),
    O("GNA", GNA),
    T("Memorandum of Understanding", T_LBY),
    D("2008", "2008"),
    T("Treaty of Friendship, Partnership and Cooperation"),
    N("three", 3, "year"),
    D("February 2020", "2020-02"),
    D("February 2023", "2023-02"),
    D("2000s", "200X"),
    D("1990s", "199X"),
    T("1997 agreement between Italy and Albania", "Italy–Albania agreement of 1997", [D("1997", "1997")]),
    O("EU Emergency Trust Fund for Africa", EUTF),
    O("EUTF", EUTF),
    N("about €5 billion", 5000000000, "EUR", "about"),
    O("IOM", IOM),
    O("Libyan Coast Guard", LCG),
    N("more than 100,000", 100000, "person", "more than"),
    D("between 2017 and 2023", "2017/2023"),
    O("UN", name="United Nations", acronym="UN"),
    T("Rome Declaration", T_ROME),
    D("28 November 2014", "2014-11-28"),
    O("EU", EU),
    # 3.
    T("Memorandum of Understanding on a strategic and comprehensive partnership between the European Union and Tunisia",
      T_TUN, [O("European Union", EU)]),
    D("16 July 2023", "2023-07-16"),
    N("five", 5, "week"),
    T("joint statement", "EU–Tunisia Joint Statement of 11 June 2023"),
    D("11 June", "XXXX-06-11", "2023-06-11"),
    T("MoU", T_TUN),
    N("five", 5, "pillar"),
    N("€105 million", 105000000, "EUR"),
    N("up to €900 million", 900000000, "EUR", "up to"),
    O("International Monetary Fund", IMF),
    O("IMF", IMF),
    N("€150 million", 150000000, "EUR"),
    O("IMF", IMF),
    N("about $1.9 billion", 1900000000, "USD", "about"),
    D("October 2022", "2022-10"),
    D("April 2023", "2023-04"),
    N("157,652", 157652, "person"),
    D("2023", "2023"),
    N("roughly 97,000", 97000, "person", "roughly"),
    N("about 62", 62, "percent", "about"),
    T("MoU", T_TUN),
    O("Tunisian National Guard", TNG),
    D("first quarter of 2024", "2024-01/2024-03", "2024-33"),
    N("fewer than half", 0.5, None, "fewer than"),
    D("first quarter of 2023", "2023-01/2023-03", "2023-33"),
    D("Q3 2023", "2023-07/2023-09", "2023-35"),
    D("early July 2023", "2023-07"),
    O("Human Rights Watch"),
    N("more than 1,200", 1200, "migrant", "more than"),
    T("MoU", T_TUN),
    D("September 2023", "2023-09"),
    O("European Ombudsman", OMB),
    O("European Commission", EC),
    D("October 2023", "2023-10"),
    N("€60 million", 60000000, "EUR"),
    O("Commission", EC),
    O("EU", EU),
    O("Médecins Sans Frontières", MSF),
    O("MSF", MSF),
    N("one", 1, "rescue"),
    O("SOS Méditerranée"),
    O("Sea-Watch"),
    O("IOM", IOM),
    N("3,155", 3155, "person"),
    D("2023", "2023"),
    N("about 2,500", 2500, "person", "about"),
    D("2017", "2017"),
    D("14 June 2023", "2023-06-14"),
    N("up to 600", 600, "person", "up to"),
    O("Hellenic Coast Guard"),
    # 4.
    T("Italy–Albania protocol", T_ALB),
    D("6 November 2023", "2023-11-06"),
    T("Protocol between the Government of the Italian Republic and the Council of Ministers of the Republic of Albania on strengthening cooperation in migration matters",
      T_ALB, [O("Government of the Italian Republic", ITGOV),
              O("Council of Ministers of the Republic of Albania", ALCM)]),
    N("No more than 3,000", 3000, "person", "no more than"),
    N("five", 5, "year"),
    N("up to 36,000", 36000, "person", "up to"),
    O("Constitutional Court", name="Constitutional Court of Albania"),
    D("29 January 2024", "2024-01-29"),
    D("21 February 2024", "2024-02-21"),
    D("from December 2023 to February 2024", "2023-12/2024-02"),
    T("Albania deal", T_ALB),
    N("more than €650 million", 650000000, "EUR", "more than"),
    N("five", 5, "year"),
    N("Two", 2, "feature"),
    T("1951 Convention relating to the Status of Refugees", T_RC, [D("1951", "1951")]),
    T("1967 Protocol", T_P67, [D("1967", "1967")]),
    T("Refugee Convention", T_RC),
    O("UNHCR", UNHCR),
    D("1950", "1950"),
    T("Statute of the Office of the United Nations High Commissioner for Refugees", None,
      [O("Office of the United Nations High Commissioner for Refugees", UNHCR)]),
    T("Convention", T_RC),
    T("Final Act of the 1951 conference",
      "Final Act of the United Nations Conference of Plenipotentiaries on the Status of Refugees and Stateless Persons",
      [D("1951", "1951")]),
    T("Convention", T_RC),
    D("17 March 2024", "2024-03-17"),
    O("EU", EU),
    T("Joint Declaration on the Strategic and Comprehensive Partnership", T_EGY),
    N("€7.4 billion", 7400000000, "EUR"),
    D("2024–2027", "2024/2027"),
    N("€200 million", 200000000, "EUR"),
    T("joint declaration", "EU–Mauritania Joint Declaration"),
    D("March 2024", "2024-03"),
    N("€210 million", 210000000, "EUR"),
    O("Frontex", FX),
    O("European Border and Coast Guard Agency", FX),
    D("2021", "2021"),
    O("Airbus"),
    O("Elbit Systems"),
    N("about €6 million", 6000000, "EUR", "about"),
    D("2005", "2005"),
    N("some €845 million", 845000000, "EUR", "some"),
    D("2023", "2023"),
    N("more than a hundredfold", 100, "times", "more than"),
    D("end of 2023", "2023", "2023-12"),
    N("some £240 million", 240000000, "GBP", "some"),
    T("UK–Rwanda treaty", "UK–Rwanda Treaty"),
    D("5 December 2023", "2023-12-05"),
    T("Global Compact for Safe, Orderly and Regular Migration", T_GCM),
    T("GCM", T_GCM),
    D("10 December 2018", "2018-12-10"),
    O("UN General Assembly", name="United Nations General Assembly"),
    N("nine", 9, "day"),
    N("152", 152, "state"),
    N("five", 5, "state"),
    T("GCM", T_GCM),
    O("UNHCR", UNHCR),
    # 5.
    O("EU", EU),
    D("2010s", "201X"),
    T("Apulia G7 Leaders’ Communiqué", None, [O("G7", name="Group of Seven", acronym="G7")]),
    D("14 June 2024", "2024-06-14"),
    O("Commission", EC),
    N("one", 1, "month"),
    T("Tunisia MoU", T_TUN),
    T("Egypt declaration", T_EGY),
    O("Frontex", FX),
    O("Libyan Coast Guard", LCG),
    O("Tunisian National Guard", TNG),
    O("EU", EU),
    N("at least a quarter", 0.25, None, "at least"),
    O("EUTF", EUTF),
    O("Italian Parliament"),
    N("six", 6, "month"),
    T("Albania protocol", T_ALB),
    N("Up to three-quarters of a billion", 750000000, "EUR", "up to"),
    T("EU–Turkey deal", T_EUTR, [O("EU", EU)]),
    D("mid-2026", "2026", "2026-06"),
    # Endnotes
    NOTE(1, [O("European Council"), T("EU-Turkey statement", T_EUTR, [O("EU", EU)]),
             D("18 March 2016", "2016-03-18"), D("18 March 2016", "2016-03-18")]),
    NOTE(2, [O("UNHCR", UNHCR), O("Operational Data Portal"), D("3 June 2024", "2024-06-03")]),
    NOTE(3, [O("General Court of the European Union", GC), D("28 February 2017", "2017-02-28"),
             O("European Council")]),
    NOTE(4, [T("Memorandum of understanding on cooperation in the fields of development, the fight against illegal immigration, human trafficking and fuel smuggling and on reinforcing the security of borders between the State of Libya and the Italian Republic", T_LBY),
             D("2 February 2017", "2017-02-02"), O("European Council"),
             T("Malta Declaration by the members of the European Council on the external aspects of migration: addressing the Central Mediterranean route",
               T_MALTA, [O("European Council")]),
             D("3 February 2017", "2017-02-03")]),
    NOTE(5, [T("Declaration of the Ministerial Conference of the Khartoum Process", T_ROME),
             O("EU", EU), D("28 November 2014", "2014-11-28")]),
    NOTE(6, [O("European Commission", EC), O("European Union", EU), D("11 June 2023", "2023-06-11")]),
    NOTE(7, [O("European Commission", EC),
             T("Memorandum of Understanding on a strategic and comprehensive partnership between the European Union and Tunisia",
               T_TUN, [O("European Union", EU)]),
             D("16.7.2023", "2023-07-16")]),
    NOTE(8, [O("Italian Ministry of the Interior", MOI), D("31 May 2024", "2024-05-31")]),
    NOTE(9, [O("Human Rights Watch"), D("19 July 2023", "2023-07-19")]),
    NOTE(10, [O("European Ombudsman", OMB), O("Ombudsman", OMB),
              T("EU-Tunisia memorandum", T_TUN, [O("EU", EU)]), D("September 2023", "2023-09")]),
    NOTE(11, [O("Reuters"), N("60 million", 60000000, "EUR"), O("EU", EU), D("October 2023", "2023-10")]),
    NOTE(12, [O("InfoMigrants"), O("MSF", MSF), D("2023", "2023"), D("2 June 2024", "2024-06-02")]),
    NOTE(13, [O("IOM", IOM), D("1 January–31 December 2023", "2023-01-01/2023-12-31"),
              D("4 June 2024", "2024-06-04")]),
    NOTE(14, [O("Kathimerini"), D("16 June 2023", "2023-06-16")]),
    NOTE(15, [O("ANSA"), D("6 November 2023", "2023-11-06")]),
    NOTE(16, [T("Protocollo tra il Governo della Repubblica italiana e il Consiglio dei ministri della Repubblica di Albania per il rafforzamento della collaborazione in materia migratoria",
                T_ALB, [O("Governo della Repubblica italiana", ITGOV),
                        O("Consiglio dei ministri della Repubblica di Albania", ALCM)]),
              D("21 February 2024", "2024-02-21"), O("Gazzetta Ufficiale")]),
    NOTE(17, [O("Columbia Journal of Transnational Law"), D("2015", "2015")]),
    NOTE(18, [O("European Commission", EC),
              T("Joint Declaration on the Strategic and Comprehensive Partnership between the Arab Republic of Egypt and the European Union",
                T_EGY, [O("European Union", EU)]),
              D("17 March 2024", "2024-03-17")]),
    NOTE(19, [O("Frontex", FX), D("5 June 2024", "2024-06-05"), O("Statewatch"), O("Frontex", FX),
              D("2005–2023", "2005/2023"), D("2023", "2023")]),
    NOTE(20, [O("National Audit Office"), D("1 March 2024", "2024-03-01")]),
    NOTE(21, [O("United Nations General Assembly"), D("19 December 2018", "2018-12-19"),
              N("152", 152, "vote"), N("5", 5, "vote"), N("12", 12, "abstention")]),
    NOTE(22, [O("Council of the EU", CEU), O("Council", CEU), O("EU", EU), D("14 May 2024", "2024-05-14"),
              O("UNHCR", UNHCR), D("2023", "2023"), D("13 June 2024", "2024-06-13")]),
    # bio
    O("Institute for Mediterranean Policy Studies", IMPS),
    O("UNHCR", UNHCR),
    D("between 2012 and 2018", "2012/2018"),
    O("Journal of Refugee Studies"),
    O("Open Democracy", name="openDemocracy"),
    O("Institute", IMPS),
    O("Nawaat"),
    O("Agence France-Presse", name="Agence France-Presse", acronym="AFP"),
    O("AFP", name="Agence France-Presse", acronym="AFP"),
    # rights
    O("Institute for Mediterranean Policy Studies", IMPS),
    O("IMPS", IMPS),
    D("June 2024", "2024-06"),
]


def pattern(text):
    out = []
    for i, ch in enumerate(text):
        if ch == " ":
            out.append(r"\s+")
            continue
        out.append(re.escape(ch))
        if ch.isalpha() and i + 1 < len(text) and text[i + 1].isalpha():
            out.append(r"(?:-\n)?")
    p = "".join(out)
    # whole-word boundaries where the pattern starts/ends with a word character
    if text[0].isalnum():
        p = r"(?<![A-Za-z0-9\u00C0-\u024F])" + p
    if text[-1].isalnum():
        p = p + r"(?![A-Za-z0-9\u00C0-\u024F])"
    return re.compile(p)


SPANS = []  # (start, end, kind, attrs, depth)
NOTES_START = SRC.index("\nEndnotes\n")


def note_span(n, lo):
    m = re.compile(r"^%d\. " % n, re.M).search(SRC, lo)
    if not m or m.start() < NOTES_START:
        raise SystemExit(f"note {n} not found")
    end = SRC.find("\n\n", m.start())
    return m.start(), end


def note_urls(a, b):
    t = SRC[a:b]
    t = re.sub(r"/\n(?=[A-Za-z0-9])", "/", t)  # a URL broken after a slash
    urls = re.findall(r"https?://\S+", t)
    return [u.rstrip(".,;)") for u in urls]


def place(items, lo, hi, depth):
    cur = lo
    for kind, text, attrs, kids in items:
        if kind == "note":
            a, b = note_span(text, cur)
            attrs = [("n", str(text))] + [("url", u) for u in note_urls(a, b)]
            SPANS.append((a, b, "note", attrs, depth))
            place(kids, a, b, depth + 1)
            cur = b
            continue
        m = pattern(text).search(SRC, cur, hi)
        if not m:
            raise SystemExit(f"not found after {cur}: {kind} {text!r} ; context {SRC[cur:cur+80]!r}")
        SPANS.append((m.start(), m.end(), kind, attrs, depth))
        if kids:
            place(kids, m.start(), m.end(), depth + 1)
        cur = m.end()


place(ITEMS, 0, len(SRC), 0)
for m in re.finditer(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+", SRC[:NOTES_START]):
    n = int(m.group().translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")))
    SPANS.append((m.start(), m.end(), "fn", [("n", str(n))], 0))

# markup
opens, closes = {}, {}
for a, b, kind, attrs, depth in SPANS:
    opens.setdefault(a, []).append((depth, kind, attrs, b))
    closes.setdefault(b, []).append((depth, kind, attrs))
out = []
for i in range(len(SRC) + 1):
    for depth, kind, attrs in sorted(closes.get(i, []), key=lambda x: -x[0]):
        out.append("".join(f"|{k}={v}" for k, v in attrs) + "\u27e7")
    for depth, kind, attrs, b in sorted(opens.get(i, []), key=lambda x: x[0]):
        out.append("\u27e6" + kind + "|")
    if i < len(SRC):
        out.append(SRC[i])
open(os.path.join(HERE, ID + ".annotated.txt"), "w", encoding="utf-8", newline="").write("".join(out))
from collections import Counter
print(Counter(k for _, _, k, _, _ in SPANS))
