#!/usr/bin/env python3
"""Inserts inline gold markup into jrn-2023-12-arctic-arms-control.txt at found positions
(searching the source, never retyping it) and writes jrn-2023-12-arctic-arms-control.annotated.txt."""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "jrn-2023-12-arctic-arms-control.txt")
OUT = os.path.join(HERE, "jrn-2023-12-arctic-arms-control.annotated.txt")
src = open(SRC, encoding="utf-8", newline="").read()

# canonical names
INF = "Intermediate-Range Nuclear Forces Treaty"
OS = "Treaty on Open Skies"
NS = "New START"
CFE = "Treaty on Conventional Armed Forces in Europe"
ACFE = "Agreement on Adaptation of the Treaty on Conventional Armed Forces in Europe"
VD = "Vienna Document"
HFA = "Helsinki Final Act"
UNCLOS = "United Nations Convention on the Law of the Sea"
NPT = "Treaty on the Non-Proliferation of Nuclear Weapons"
CTBT = "Comprehensive Nuclear-Test-Ban Treaty"
TPNW = "Treaty on the Prohibition of Nuclear Weapons"
ABM = "Anti-Ballistic Missile Treaty"
INCSEA = "Agreement on the Prevention of Incidents On and Over the High Seas"
SDCA = "Supplementary Defence Cooperation Agreement"
FIDCA = "Defence Cooperation Agreement between Finland and the United States"
OTT = "Ottawa Declaration"
P5 = "Joint Statement of the Leaders of the Five Nuclear-Weapon States on Preventing Nuclear War and Avoiding Arms Races"
JCPOA = "Joint Comprehensive Plan of Action"
PSI = "Proliferation Security Initiative"
BUD = "Budapest Memorandum"
TRI = "Trilateral Statement"
NMOU = "Memorandum of Understanding on Nordic Defence Cooperation"
SAR = "Agreement on Cooperation on Aeronautical and Maritime Search and Rescue in the Arctic"

OSCE = dict(name="Organization for Security and Co-operation in Europe", acronym="OSCE")
NATO = dict(name="NATO", acronym="NATO")
PISM = dict(name="Polish Institute of International Affairs", acronym="PISM")
NIS = dict(name="Norwegian Intelligence Service", acronym="NIS")
IAEA = dict(name="International Atomic Energy Agency", acronym="IAEA")
NORD = dict(name="Nordic Defence Cooperation", acronym="NORDEFCO")
UN = dict(name="United Nations", acronym="UN")
NF = dict(name="Northern Fleet")
ACA = dict(name="Arms Control Association")
RMFA = dict(name="Ministry of Foreign Affairs of the Russian Federation")
RMOD = dict(name="Ministry of Defence of the Russian Federation")
NMOD = dict(name="Norwegian Ministry of Defence")

def D(text, value, ctx=None, alt=None):
    a = {"value": value}
    if alt: a["alt"] = alt
    return ("date", text, a, ctx)
def N(text, value, unit, q=None, ctx=None):
    a = {"value": value, "unit": unit}
    if q: a["q"] = q
    return ("number", text, a, ctx)
def O(text, ctx=None, **kw):
    a = {}
    if kw.get("name") and kw["name"] != text: a["name"] = kw["name"]
    if kw.get("acronym"): a["acronym"] = kw["acronym"]
    return ("org", text, a, ctx)
def T(text, name=None, ctx=None):
    return ("treaty", text, ({"name": name} if name and name != text else {}), ctx)

E = [
# ---- header
O("HIGH NORTH SECURITY REVIEW", name="High North Security Review"),
D("December 2023", "2023-12"),
O("Barents Institute for Security Studies"),
# ---- title
O("NORTHERN FLEET", **NF),
# ---- byline
O("UiT The Arctic University of Norway"),
O("Polish Institute of International Affairs", **PISM),
O("PISM", **PISM),
# ---- abstract
D("Between 2019 and 2023", "2019/2023"),
T("Helsinki Final Act"),
T("INF Treaty", INF),
T("Open Skies Treaty", OS),
T("New START"),
D("7 November 2023", "2023-11-07"),
T("CFE Treaty", CFE),
O("Northern Fleet", **NF),
O("Rosatom"),
N("three", 3, "step"),
T("New START", ctx="Keywords: arms control; New START"),
T("CFE Treaty", CFE),
T("Open Skies", OS),
T("Vienna Document"),
O("Northern Fleet", **NF),
O("Arctic Council"),
# ---- 1. introduction
N("three", 3, "decade", ctx="For three decades"),
D("1 October 1987", "1987-10-01"),
T("Rovaniemi Declaration"),
D("June 1991", "1991-06"),
T("Kirkenes Declaration"),
D("January 11, 1993", "1993-01-11"),
O("Barents Euro-Arctic Council"),
O("Arctic Council", ctx="the Arctic Council, established"),
T("Ottawa Declaration"),
D("September 1996", "1996-09"),
T("Ilulissat Declaration"),
D("May 28, 2008", "2008-05-28"),
N("five", 5, "state", ctx="the five Arctic coastal"),
D("1982", "1982"),
T("United Nations Convention on the Law of the Sea"),
O("United Nations", **UN),
T("UNCLOS", UNCLOS),
T("Murmansk Treaty"),
D("September 15, 2010", "2010-09-15"),
N("about 175,000", 175000, "km²", q="about"),
T("Ottawa Declaration"),
O("Arctic Council"),
N("four", 4, "year", ctx="space of four years"),
T("INF Treaty", INF),
D("2019", "2019", ctx="collapsed (2019)"),
T("Open Skies Treaty", OS),
D("November 22, 2020", "2020-11-22"),
D("December 18, 2021", "2021-12-18"),
D("February 21, 2023", "2023-02-21"),
T("New START"),
D("7 November 2023", "2023-11-07"),
T("Treaty on Conventional Armed Forces in Europe"),
T("CFE Treaty", CFE),
O("NATO", **NATO),
O("NATO", **NATO, ctx="NATO's 31st"),
D("April 4, 2023", "2023-04-04"),
N("nine", 9, "month", ctx="nine months"),
T("Protocol to the North Atlantic Treaty on the Accession of the Republic of Finland"),
D("July 5, 2022", "2022-07-05"),
# ---- 2.
N("three", 3, "layer", ctx="had three layers"),
T("Helsinki Final Act"),
N("35", 35, "state"),
D("August 1, 1975", "1975-08-01"),
T("Charter of Paris for a New Europe"),
D("November 1990", "1990-11"),
O("Organization for Security and Co-operation in Europe", **OSCE),
O("OSCE", **OSCE),
T("Vienna Document"),
T("Vienna Document 2011", VD),
T("CFE Treaty", CFE),
D("November 19, 1990", "1990-11-19"),
N("five", 5, "category", ctx="five categories"),
O("Leningrad Military District"),
T("Agreement on Adaptation of the Treaty on Conventional Armed Forces in Europe"),
D("November 1999", "1999-11"),
O("NATO", **NATO),
D("December 2007", "2007-12"),
T("SALT I"),
T("Anti-Ballistic Missile (ABM) Treaty", ABM),
D("May 26, 1972", "1972-05-26"),
T("INF Treaty", INF),
D("December 8, 1987", "1987-12-08"),
T("START I"),
T("START II"),
D("January 1993", "1993-01"),
T("ABM Treaty", ABM),
D("June 2002", "2002-06"),
T("Strategic Framework Declaration"),
D("April 6, 2008", "2008-04-06"),
T("New START"),
D("8 April 2010", "2010-04-08"),
D("February 3, 2021", "2021-02-03"),
N("five", 5, "year", ctx="for five years"),
N("1,550", 1550, "warhead"),
N("700", 700, "intercontinental ballistic missile"),
N("800", 800, "launcher"),
N("18", 18, "inspection", ctx="Its 18 on-site"),
D("March 2020", "2020-03"),
O("Bilateral Consultative Commission"),
D("from November 29 to December 6, 2022", "2022-11-29/2022-12-06"),
T("CFE Treaty", CFE),
T("Vienna Document"),
T("New START"),
T("Open Skies Treaty", OS),
D("March 24, 1992", "1992-03-24"),
D("January 1, 2002", "2002-01-01"),
N("34", 34, "state party"),
N("more than 1,500", 1500, "flight", q="more than"),
D("1972", "1972", ctx="the 1972 Agreement"),
T("Agreement on the Prevention of Incidents On and Over the High Seas"),
T("INCSEA", INCSEA),
D("1990", "1990", ctx="the 1990 agreement"),
T("agreement between Norway and the Soviet Union on preventing incidents at sea beyond territorial waters", "Norwegian–Soviet Agreement on the Prevention of Incidents at Sea"),
O("Russian Ministry of Defence", **RMOD),
O("Norwegian Armed Forces"),
# ---- 3.
O("NORTHERN FLEET", **NF, ctx="3. THE NORTHERN FLEET"),
O("ROSATOM", name="Rosatom"),
O("Northern Fleet", **NF),
D("January 1, 2021", "2021-01-01"),
N("more than half", 0.5, "submarine", q="more than"),
O("Sevmash"),
N("up to 16", 16, "missile", q="up to"),
N("roughly 60", 60, "percent", q="roughly"),
O("Norwegian Intelligence Service", **NIS),
O("NIS", **NIS),
D("February 2023", "2023-02"),
O("Rosatom", ctx="Rosatom, the state nuclear"),
D("December 2018", "2018-12"),
O("Atomflot"),
D("2035", "2035"),
D("August 2022", "2022-08"),
N("some 1.8 trillion", 1800000000000, "RUB", q="some"),
T("Statute of the International Atomic Energy Agency", "Statute of the International Atomic Energy Agency"),
O("International Atomic Energy Agency", **IAEA),
O("IAEA", **IAEA),
O("Rosatom", ctx="Rosatom is also"),
N("five", 5, "specialist", ctx="five of its specialists"),
D("August 8, 2019", "2019-08-08"),
N("130", 130, "nuclear test"),
N("roughly 50-megaton", 50, "megaton", q="roughly"),
D("October 30, 1961", "1961-10-30"),
D("November 2, 2023", "2023-11-02"),
T("Comprehensive Nuclear-Test-Ban Treaty"),
T("CTBT", CTBT),
D("September 2023", "2023-09"),
T("Treaty on the Prohibition of Nuclear Weapons"),
T("TPNW", TPNW),
D("January 22, 2021", "2021-01-22"),
N("nine", 9, "state", ctx="the nine nuclear-armed"),
N("122", 122, "state"),
D("July 7, 2017", "2017-07-07"),
# ---- 4.
N("more than fifteen", 15, "year", q="more than"),
T("CFE", CFE, ctx="CFE data"),
N("about 196", 196, "kilometre", q="about"),
O("Leningrad Military District"),
T("Vienna Document", ctx="Vienna Document evaluation"),
D("2010s", "201X", alt="2010/2019"),
O("OSCE", **OSCE),
N("some 30,000", 30000, "troop", q="some"),
N("27", 27, "country"),
N("as low as −30°C", -30, "°C", q="as low as"),
D("September 2023", "2023-09"),
O("Barents Euro-Arctic Council"),
T("Svalbard Treaty"),
D("February 9, 1920", "1920-02-09"),
N("roughly 1,340", 1340, "kilometre", q="roughly"),
O("NATO", **NATO),
N("64", 64, "fighter"),
D("December 2021", "2021-12"),
N("about €8.4 billion", 8400000000, "EUR", q="about"),
N("some 250", 250, "combat aircraft", q="some"),
T("Supplementary Defence Cooperation Agreement"),
T("SDCA", SDCA),
D("April 16, 2021", "2021-04-16"),
T("agreement with the United States", "Defence Cooperation Agreement between Sweden and the United States", ctx="Sweden's agreement with the United States"),
D("December 5, 2023", "2023-12-05"),
T("Finnish–US agreement", FIDCA),
D("December 18, 2023", "2023-12-18"),
N("15", 15, "site", ctx="opens 15 Finnish"),
N("about 10.8 trillion", 10800000000000, "RUB", q="about"),
N("roughly $118 billion", 118000000000, "USD", q="roughly"),
D("2024", "2024", ctx="defence in 2024"),
N("some 6", 6, "percent", q="some"),
N("NOK 75 billion", 75000000000, "NOK"),
N("five", 5, "year", ctx="over five years"),
O("NATO", **NATO, ctx="NATO's Vilnius"),
T("Vilnius Summit Communiqué"),
D("July 11, 2023", "2023-07-11"),
N("2", 2, "percent", ctx="the 2 per cent"),
T("Wales Summit Declaration"),
D("September 5, 2014", "2014-09-05"),
N("at least 2%", 2, "percent", q="at least"),
# ---- 5.
T("NATO–Russia Founding Act", "Founding Act on Mutual Relations, Cooperation and Security between NATO and the Russian Federation"),
O("NATO", **NATO, ctx="NATO–Russia Founding Act"),
D("May 27, 1997", "1997-05-27"),
T("Road Map for the Common Space of External Security"),
O("European Union"),
D("May 2005", "2005-05"),
T("Budapest Memorandum"),
D("December 5, 1994", "1994-12-05"),
T("Nuclear Non-Proliferation Treaty", NPT),
T("NPT", NPT),
D("1994", "1994", ctx="the 1994 agreement"),
T("agreement between the United States, Russia and Ukraine on the removal of Soviet-era warheads", TRI),
T("Minsk II"),
D("February 12, 2015", "2015-02-12"),
D("February 24, 2022", "2022-02-24"),
D("2014", "2014", ctx="after 2014"),
T("Joint Comprehensive Plan of Action"),
T("JCPOA", JCPOA),
D("July 2015", "2015-07"),
N("Three", 3, "step", ctx="Three modest steps"),
T("New START", ctx="New START expires"),
D("February 5, 2026", "2026-02-05"),
T("START I"),
D("December 2009", "2009-12"),
T(P5),
D("January 3, 2022", "2022-01-03"),
T("INCSEA", INCSEA, ctx="the INCSEA channels"),
O("Joint Norwegian–Russian Fisheries Commission"),
D("2024", "2024", ctx="a 2024 quota"),
N("about 453,000", 453000, "tonne", q="about"),
T("Vienna Document", ctx="The Vienna Document's requirement"),
N("at least 9,000", 9000, "troop", q="at least"),
T(SAR),
N("eight", 8, "state", ctx="all eight Arctic"),
D("May 12, 2011", "2011-05-12"),
O("Arctic Coast Guard Forum"),
D("2015", "2015", ctx="created in 2015"),
O("Arctic Council", ctx="The Arctic Council itself"),
D("May 11, 2023", "2023-05-11"),
N("seven", 7, "member", ctx="other seven members"),
D("March 3, 2022", "2022-03-03"),
T("Proliferation Security Initiative"),
T("PSI", PSI),
D("2004", "2004", ctx="PSI) in 2004"),
T("Open Skies Treaty", OS),
T(NMOU),
O("Nordic Defence Cooperation", **NORD, ctx="Understanding on Nordic Defence Cooperation"),
D("November 4, 2009", "2009-11-04"),
O("NORDEFCO", **NORD),
# ---- 6.
O("Northern Fleet", **NF, ctx="The Northern Fleet's submarines"),
O("Rosatom"),
T("Vienna Document"),
T("NPT", NPT),
D("1980s", "198X", alt="1980/1989"),
T("INF Treaty", INF),
# ---- bio
O("UiT The Arctic University of Norway", ctx="political science at UiT The Arctic University of Norway"),
O("Norwegian Ministry of Defence"),
D("2016–2019", "2016/2019"),
O("Polish Institute of International Affairs", **PISM),
O("PISM", **PISM),
O("PISM", **PISM, ctx="joining PISM"),
D("2020", "2020", ctx="PISM in 2020"),
N("six", 6, "year", ctx="for six years"),
D("from September 2014 to August 2020", "2014-09/2020-08"),
O("Conflict Prevention Centre of the OSCE Secretariat"),
# ---- rights
D("2023", "2023", ctx="© 2023"),
O("Barents Institute for Security Studies"),
# ---- notes
# 1
O("Cooperation and Conflict"),
D("2008", "2008", ctx="(2008)"),
O("Routledge"),
D("2014", "2014", ctx="Routledge, 2014"),
T("Ilulissat Declaration"),
D("May 28, 2008", "2008-05-28"),
# 2
O("Arctic Council", ctx="2. Arctic Council,"),
T("Declaration on the Establishment of the Arctic Council", OTT),
O("Arctic Council", ctx="Establishment of the Arctic Council"),
D("September 19, 1996", "1996-09-19"),
T("Ottawa Declaration"),
T("Kirkenes Declaration"),
D("1993", "1993", ctx="Declaration of 1993"),
# 3
O("Ministry of Foreign Affairs of the Russian Federation", **RMFA),
O("Foreign Ministry", **RMFA, ctx="\"Foreign Ministry Statement"),
T("Treaty on Conventional Armed Forces in Europe"),
D("November 7, 2023", "2023-11-07"),
O("NATO", **NATO, ctx="; NATO, \"Allied"),
T("Treaty on Conventional Armed Forces in Europe"),
D("November 7, 2023", "2023-11-07"),
# 4
O("Arms Control Association"),
T("Conventional Armed Forces in Europe (CFE) Treaty", CFE),
T("Adapted CFE Treaty", ACFE),
D("November 2023", "2023-11", ctx="updated November 2023"),
D("December 14, 2023", "2023-12-14"),
# 5
O("U.S. Department of State"),
T("New START Treaty", NS),
D("December 14, 2023", "2023-12-14"),
O("Stanford University Press"),
D("2021", "2021", ctx="Press, 2021"),
# 6
O("Kommersant"),
D("28.11.2022", "2022-11-28"),
O("Bilateral Consultative Commission"),
T("New START", ctx="New START establishes"),
D("October 2021", "2021-10"),
# 7
O("Arms Control Association"),
T("Open Skies Treaty", OS),
D("December 14, 2023", "2023-12-14"),
# 8
O("Northern Fleet", **NF, ctx="\"Northern Fleet Becomes"),
O("TASS"),
D("January 1, 2021", "2021-01-01"),
D("05.06.2020", "2020-06-05"),
# 9
O("RUSI Journal"),
D("2018", "2018", ctx="(2018)"),
O("RUSI Journal"),
D("2020", "2020", ctx="(2020)"),
# 10
O("The Barents Observer"),
D("August 3, 2022", "2022-08-03"),
D("August 1, 2022", "2022-08-01"),
# 11
O("Rosatom", ctx="Russia's Rosatom Says"),
N("Five", 5, "staff", ctx="Says Five Staff"),
O("Reuters"),
D("August 10, 2019", "2019-08-10"),
# 12
O("CNN"),
D("September 22, 2023", "2023-09-22"),
D("2023", "2023", ctx="Weapons, 2023"),
O("Bulletin of the Atomic Scientists"),
D("2023", "2023", ctx="(2023): 174"),
# 13
O("Organization for Security and Co-operation in Europe", **OSCE, ctx="13. Organization for Security and Co-operation in Europe"),
T("Vienna Document 2011 on Confidence- and Security-Building Measures", VD),
O("OSCE", **OSCE, ctx="Vienna: OSCE"),
D("2011", "2011", ctx="OSCE, 2011"),
O("NATO", **NATO, ctx="A NATO Playbook"),
O("Carnegie Endowment for International Peace"),
D("2018", "2018", ctx="Peace, 2018"),
# 14
O("Government of Finland"),
T("Defence Cooperation Agreement", FIDCA, ctx="Sign Defence Cooperation Agreement"),
D("December 18, 2023", "2023-12-18"),
O("Norwegian Ministry of Defence"),
T("Supplementary Defense Cooperation Agreement", SDCA),
D("April 16, 2021", "2021-04-16"),
# 15
O("NATO", **NATO, ctx="15. NATO"),
T("Vilnius Summit Communiqué"),
D("July 11, 2023", "2023-07-11"),
T("Wales Summit Declaration"),
D("September 5, 2014", "2014-09-05"),
N("2%", 2, "percent", ctx="the 2% guideline"),
# 16
T("Memorandum on Security Assurances in Connection with Ukraine's Accession to the Treaty on the Non-Proliferation of Nuclear Weapons", BUD),
D("December 5, 1994", "1994-12-05"),
O("UN", **UN, ctx="UN Doc."),
T("Trilateral Statement by the Presidents of Russia, the U.S. and Ukraine", TRI),
D("January 14, 1994", "1994-01-14"),
D("2014", "2014", ctx="since 2014"),
# 17
O("The White House"),
T(P5),
D("January 3, 2022", "2022-01-03"),
T("joint Soviet–United States statement", "Joint Soviet–United States Statement on the Summit Meeting in Geneva"),
D("November 21, 1985", "1985-11-21"),
# 18
O("Ministry of Trade, Industry and Fisheries"),
D("2024", "2024", ctx="Quotas for 2024"),
D("2023", "2023", ctx="press release, 2023"),
O("Joint Norwegian–Russian Fisheries Commission"),
D("1976", "1976"),
D("1975", "1975"),
T("fisheries agreement between the two states", "Norwegian–Soviet Agreement on Cooperation in the Fishing Industry"),
N("two", 2, "state", ctx="the two states"),
# 19
O("Nordic Defence Cooperation", **NORD, ctx="19. Nordic Defence Cooperation"),
T(NMOU),
O("Nordic Defence Cooperation", **NORD, ctx="Understanding on Nordic Defence Cooperation"),
D("November 4, 2009", "2009-11-04"),
O("Arctic Council", ctx="Arctic Council, Agreement"),
T(SAR),
D("May 12, 2011", "2011-05-12"),
# 20
O("Norwegian Coast Guard"),
D("October 2005", "2005-10"),
O("Security Dialogue"),
D("2009", "2009", ctx="(2009)"),
T("INF Treaty", INF),
]

spans = []  # (start, end, kind, attrs)
seen = set()
cur = 0
for kind, text, attrs, ctx in E:
    pat = ctx or text
    assert text in pat, (text, ctx)
    pos = cur
    while True:
        k = src.find(pat, pos)
        if k < 0:
            sys.exit(f"not found after {cur}: {kind} {text!r} ctx={ctx!r}\n  near: {src[cur:cur+120]!r}")
        s = k + (pat.find(text) if ctx else 0)
        if (kind, s) in seen:
            pos = k + 1
            continue
        break
    seen.add((kind, s))
    spans.append((s, s + len(text), kind, attrs))
    cur = s

# footnote markers: superscript digit runs in the body (before the Notes heading), except the ² of "km²"
notes_at = src.index("\n\nNotes\n\n")
for m in re.finditer(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+", src[:notes_at]):
    if src[m.start() - 2:m.start()] == "km":
        continue
    n = int(m.group().translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")))
    spans.append((m.start(), m.end(), "fn", {"n": n}))

# notes: each "N. ..." line of the Notes list, with its URLs
for m in re.finditer(r"(?m)^(\d+)\. .*$", src[notes_at:]):
    a, b = notes_at + m.start(), notes_at + m.end()
    urls = [u.rstrip(".,;)") for u in re.findall(r"https?://\S+", m.group())]
    spans.append((a, b, "note", {"n": m.group(1), "url": urls}))

# check: no overlap within one kind, proper nesting across kinds
for i, x in enumerate(spans):
    for y in spans[i + 1:]:
        if x[0] < y[1] and y[0] < x[1]:
            inside = (x[0] <= y[0] and y[1] <= x[1]) or (y[0] <= x[0] and x[1] <= y[1])
            if x[2] == y[2] or not inside:
                sys.exit(f"bad overlap: {x} {y} {src[x[0]:x[1]]!r} {src[y[0]:y[1]]!r}")

def attrstr(at):
    out = ""
    for k, v in at.items():
        for vv in (v if isinstance(v, list) else [v]):
            out += f"|{k}={vv}"
    return out

events = []
for s, e, kind, at in spans:
    events.append((s, 1, -e, "\u27e6" + kind + "|"))
    events.append((e, 0, -s, attrstr(at) + "\u27e7"))
events.sort(key=lambda t: (t[0], t[1], t[2]))
out, last = [], 0
for pos, _, _, tok in events:
    out.append(src[last:pos]); out.append(tok); last = pos
out.append(src[last:])
open(OUT, "w", encoding="utf-8", newline="").write("".join(out))
from collections import Counter
print(Counter(k for _, _, k, _ in spans))
