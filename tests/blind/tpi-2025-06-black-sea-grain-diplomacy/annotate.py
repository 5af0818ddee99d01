#!/usr/bin/env python3
"""Insert inline gold markup into tpi-2025-06-black-sea-grain-diplomacy.txt at found positions.

Each entry is searched for in the source, in document order, from a moving cursor (optionally
after a context string), with word boundaries; nothing is retyped. Footnote calls "[n]" and the
Notes entries (with their URLs) are found by pattern. Output: <id>.annotated.txt.
Removing the markup gives back the source exactly (mkgold.py checks this).
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "tpi-2025-06-black-sea-grain-diplomacy"
SRC = open(os.path.join(HERE, ID + ".txt"), encoding="utf-8", newline="").read()

# canonical names
BSGI = "Black Sea Grain Initiative"
MOU = "Russia–UN Memorandum of Understanding"
MONT = "Montreux Convention"
UN = "United Nations"
UNSEC = "United Nations Secretariat"
JCC = "Joint Coordination Centre"
TPI = "Tomis Policy Institute"
MSB = "Ministry of National Defence of Türkiye"
TRMFA = "Ministry of Foreign Affairs of Türkiye"
RUMFA = "Ministry of Foreign Affairs of the Russian Federation"
RUMOD = "Ministry of Defence of the Russian Federation"
FAO = "Food and Agriculture Organization of the United Nations"
ICJ = "International Court of Justice"
MCM = "Mine Countermeasures Naval Group in the Black Sea"
MCMMOU = "MCM Black Sea Memorandum of Understanding"
USPA = "Ukrainian Sea Ports Authority"


def D(text, value, alt=None, after=None):
    a = {"value": value}
    if alt:
        a["alt"] = alt
    return ("date", text, a, after)


def N(text, value, unit=None, q=None, after=None):
    a = {"value": value}
    if unit:
        a["unit"] = unit
    if q:
        a["q"] = q
    return ("number", text, a, after)


def O(text, name=None, acr=None, after=None):
    a = {}
    if name:
        a["name"] = name
    if acr:
        a["acronym"] = acr
    return ("org", text, a, after)


def T(text, name=None, after=None):
    a = {}
    if name:
        a["name"] = name
    return ("treaty", text, a, after)


E = [
    # ---- header
    O("BLACK SEA MONITOR", "Black Sea Monitor"),
    O("Tomis Policy Institute", TPI),
    D("June 2025", "2025-06"),
    # ---- translator's note
    O("Institute", TPI, after="first appeared in Turkish in the"),
    D("May 2025", "2025-05"),
    # ---- lead
    D("22 July 2022", "2022-07-22"),
    T("Initiative on the Safe Transportation of Grain and Foodstuffs from Ukrainian Ports", BSGI),
    O("United Nations", UN),
    N("two", 2, "party", after="mirror text with the same"),
    T("Memorandum of Understanding with the UN Secretariat on promoting Russian food and fertiliser exports to world markets", MOU),
    O("UN Secretariat", UNSEC),
    T("Istanbul deal", BSGI),
    O("UN", UN, acr="UN", after="and that the"),
    T("Black Sea Grain Initiative", BSGI),
    T("BSGI", BSGI),
    N("two", 2, "set", after="treaty between belligerents than"),
    N("Three", 3, "year", after="international organisation.\n\n"),
    D("March 2025", "2025-03"),
    D("17 July 2023", "2023-07-17"),
    D("August 2023", "2023-08"),
    T("Initiative", BSGI, after="This article argues that the"),
    T("Montreux Convention", MONT),
    T("Memorandum", MOU, after="the parallel"),
    # ---- The Straits as leverage
    T("Convention Regarding the Regime of the Straits", MONT),
    D("20 July 1936", "1936-07-20"),
    T("Protocol", "Protocol to the Montreux Convention", after="together with a short"),
    T("Convention", MONT, after="[2] The"),
    D("28 February 2022", "2022-02-28"),
    N("four", 4, "day", after="28 February 2022, "),
    T("Lausanne Straits Convention"),
    D("24 July 1923", "1923-07-24"),
    D("1982", "1982"),
    T("United Nations Convention on the Law of the Sea", "United Nations Convention on the Law of the Sea"),
    O("United Nations", UN),
    T("UNCLOS", "United Nations Convention on the Law of the Sea"),
    D("spring of 2022", "2022-21", alt=["2022-03/2022-05"]),
    T("Convention", MONT, after="respect the"),
    N("21", 21, "day", after="may not exceed "),
    T("Treaty of Paris"),
    D("1856", "1856"),
    D("1936", "1936", after="1856; the "),
    N("five", 5, "state", after="a sea that"),
    T("free trade agreement", "Türkiye–Ukraine Free Trade Agreement"),
    D("3 February 2022", "2022-02-03"),
    N("three", 3, "week", after="3 February 2022, "),
    # ---- An initiative without a treaty
    T("Initiative", BSGI, after="An initiative without a treaty\n\nThe "),
    O("Joint Coordination Centre", JCC, "JCC"),
    O("JCC", JCC, "JCC"),
    D("27 July 2022", "2022-07-27"),
    O("National Defence University"),
    O("UN", UN, "UN", after="Ukraine and the "),
    O("Ministry of National Defence", MSB, "MSB"),
    O("Millî Savunma Bakanlığı", MSB, "MSB"),
    O("MSB", MSB, "MSB"),
    O("JCC", JCC, "JCC"),
    O("Ministry of Foreign Affairs", TRMFA),
    O("Ministry of Transport and Infrastructure", "Ministry of Transport and Infrastructure of Türkiye"),
    O("Directorate General of Coastal Safety"),
    O("Kıyı Emniyeti Genel Müdürlüğü", "Directorate General of Coastal Safety"),
    O("JCC", JCC, "JCC"),
    T("Initiative", BSGI, after="By the time it lapsed, the "),
    N("some 32.9 million", 32900000, "tonne", "some"),
    N("three", 3, "port"),
    N("roughly 1,000", 1000, "voyage", "roughly"),
    N("about half", 0.5, "cargo", "about"),
    N("more than a quarter", 0.25, "cargo", "more than"),
    O("World Food Programme", "World Food Programme", "WFP"),
    O("WFP", "World Food Programme", "WFP"),
    N("around 725,000", 725000, "tonne", "around"),
    O("FAO", FAO, "FAO"),
    D("March 2022", "2022-03"),
    N("twelve", 12, "month"),
    D("March 2023", "2023-03"),
    N("about −20 per cent", -20, "percent", "about"),
    O("JCC", JCC, "JCC", after="What the "),
    O("Joint War Committee", "Joint War Committee", "JWC"),
    O("JWC", "Joint War Committee", "JWC"),
    O("Lloyd's"),
    D("February 2022", "2022-02"),
    N("1 per cent or more", 1, "percent", "or more"),
    D("mid-2022", "2022", alt=["2022-06/2022-07"]),
    N("$20 million", 20000000, "USD"),
    N("some $200,000", 200000, "USD", "some"),
    N("about ₺3.5 million", 3500000, "TRY", "about"),
    D("July 2022", "2022-07"),
    O("Lloyd's", after="Within about a week of the signing, the "),
    O("Ascot"),
    O("Marsh"),
    N("up to $50 million", 50000000, "USD", "up to"),
    D("1 August 2022", "2022-08-01"),
    N("some 26,500", 26500, "tonne", "some"),
    # ---- MoU paragraph
    T("Russia–UN Memorandum", MOU),
    O("UN", UN, "UN", after="The Russia–"),
    O("UN Secretariat", UNSEC),
    O("UN Conference on Trade and Development", "United Nations Conference on Trade and Development", "UNCTAD"),
    O("UNCTAD", "United Nations Conference on Trade and Development", "UNCTAD"),
    O("Rosselkhozbank"),
    O("SWIFT"),
    D("June 2022", "2022-06"),
    O("JPMorgan"),
    D("July 2023", "2023-07"),
    O("Rosselkhozbank"),
    O("SWIFT"),
    # ---- Suspension, return and collapse
    O("Black Sea Fleet"),
    D("29 October 2022", "2022-10-29"),
    O("Russian Ministry of Defence", RUMOD),
    D("between 29 October and 2 November 2022", "2022-10-29/2022-11-02"),
    O("JCC", JCC, "JCC"),
    O("UN", UN, "UN", after="with Türkiye and the "),
    D("2 November", "XXXX-11-02", alt=["2022-11-02"], after="Moscow returned on "),
    T("grain deal", BSGI),
    N("120", 120, "day", after="extended for "),
    D("November 2022", "2022-11"),
    N("60", 60, "day", after="then for "),
    D("March 2023", "2023-03"),
    N("60", 60, "day", after="Russia insisted on "),
    O("UN", UN, "UN", after="where Kyiv and the "),
    N("120", 120, "day", after="providing for another "),
    N("60", 60, "day", after="for a further "),
    D("May", "XXXX-05", alt=["2023-05"], after="60 days in "),
    D("spring of 2023", "2023-21", alt=["2023-03/2023-05"]),
    N("more than ten", 10, "inspection", "more than"),
    N("fewer than three", 3, "inspection", "fewer than"),
    N("more than 90", 90, "vessel", "more than"),
    D("17 July 2023", "2023-07-17"),
    O("Ministry of Foreign Affairs of the Russian Federation", RUMFA, "MID"),
    O("UN Secretariat", UNSEC),
    T("Initiative", BSGI, after="extension, and the "),
    # ---- After the Initiative
    D("August 2023", "2023-08", after="consent. In "),
    O("Ukrainian Navy"),
    D("February 2022", "2022-02", after="trapped in Odesa since "),
    D("16 August", "XXXX-08-16", alt=["2023-08-16"]),
    O("Black Sea Fleet", after="main units of the "),
    D("end of 2023", "2023", alt=["2023-12"]),
    D("third quarter of 2024", "2024-07/2024-09", alt=["2024-35"]),
    O("Ukrainian Sea Ports Authority", USPA, "USPA"),
    O("USPA", USPA, "USPA"),
    D("2024", "2024", after="total throughput for "),
    N("some 97 million", 97000000, "tonne", "some"),
    N("roughly 150 million", 150000000, "tonne", "roughly"),
    D("2021", "2021", after="150 million tonnes in "),
    D("2023/24", "2023/2024"),
    D("2022", "2022", after="without any of the "),
    # ---- Romania
    O("EU", "European Union", "EU", after="backbone of the "),
    O("European Commission"),
    D("12 May 2022", "2022-05-12"),
    O("Commission", "European Commission", after="for which the "),
    O("EIB"),
    O("EBRD"),
    O("World Bank"),
    N("€1 billion", 1000000000, "EUR"),
    D("November 2022", "2022-11", after="€1 billion in "),
    T("Convention regarding the Regime of Navigation on the Danube", "Belgrade Convention"),
    D("18 August 1948", "1948-08-18"),
    O("Danube Commission"),
    T("Treaty on Good-Neighbourly Relations and Cooperation", "Romania–Ukraine Treaty on Good-Neighbourly Relations and Cooperation"),
    D("2 June 1997", "1997-06-02"),
    T("additional agreement", "Additional Agreement to the Romania–Ukraine Treaty"),
    O("International Court of Justice", ICJ, "ICJ"),
    O("ICJ", ICJ, "ICJ"),
    T("Statute", "Statute of the International Court of Justice", after="Article 36 of its "),
    O("Court", ICJ, "ICJ", after="Statute; the "),
    D("February 2009", "2009-02"),
    # ---- mines
    D("1907", "1907"),
    T("Hague Convention (VIII) relative to the Laying of Automatic Submarine Contact Mines"),
    D("summer of 2022", "2022-22", alt=["2022-06/2022-08"]),
    D("11 January 2024", "2024-01-11"),
    T("Memorandum of Understanding establishing the Mine Countermeasures Naval Group in the Black Sea", MCMMOU),
    O("Mine Countermeasures Naval Group in the Black Sea", MCM, "MCM Black Sea"),
    O("MCM Black Sea", MCM, "MCM Black Sea"),
    N("three", 3, "navy", after="a task group of the "),
    D("2022", "2022", after="instruments created since "),
    # ---- Lessons
    N("Three", 3, "lesson", after="Lessons for the next arrangement\n\n"),
    T("Initiative", BSGI, after="signed text: the "),
    O("UN", UN, "UN", after="Straits and the "),
    D("23–25 March 2025", "2025-03-23/2025-03-25"),
    N("two", 2, "statement", after="produced "),
    O("White House"),
    D("2022", "2022", after="Like the "),
    O("Kremlin"),
    O("Rosselkhozbank"),
    O("SWIFT"),
    O("Houthis", "Ansar Allah"),
    O("Ansar Allah"),
    D("November 2023", "2023-11"),
    O("Organization of the Black Sea Economic Cooperation", "Organization of the Black Sea Economic Cooperation", "BSEC"),
    O("BSEC", "Organization of the Black Sea Economic Cooperation", "BSEC"),
    T("Istanbul Summit Declaration"),
    D("25 June 1992", "1992-06-25"),
    T("Charter", "BSEC Charter", after="legal personality by its "),
    D("5 June 1998", "1998-06-05"),
    D("2022", "2022", after="unable to play any role since "),
    O("BLACKSEAFOR"),
    T("agreement", "BLACKSEAFOR Agreement", after="created by the "),
    D("2 April 2001", "2001-04-02"),
    D("2014", "2014"),
    T("Joint Declaration of the International Crimea Platform"),
    O("International Crimea Platform"),
    D("23 August 2021", "2021-08-23"),
    T("G20 Bali Leaders' Declaration"),
    O("G20"),
    D("16 November 2022", "2022-11-16"),
    T("G7 Hiroshima Leaders' Communiqué"),
    O("G7"),
    D("20 May 2023", "2023-05-20"),
    T("Helsinki Final Act"),
    D("1975", "1975"),
    # ---- Notes
    O("United Nations", UN, after="[1] "),
    T("Initiative on the Safe Transportation of Grain and Foodstuffs from Ukrainian Ports", BSGI),
    D("22 July 2022", "2022-07-22"),
    T("Memorandum of Understanding between the Russian Federation and the Secretariat of the United Nations on promoting Russian food products and fertilizers to the world markets", MOU),
    O("Secretariat of the United Nations", UNSEC),
    D("22 July 2022", "2022-07-22"),
    D("12 May 2025", "2025-05-12"),
    T("Convention Regarding the Regime of Straits", MONT),
    D("July 20th, 1936", "1936-07-20"),
    O("League of Nations Treaty Series"),
    O("T.C. Dışişleri Bakanlığı", TRMFA),
    T("Montrö Sözleşmesi", MONT),
    D("28 Şubat 2022", "2022-02-28"),
    D("14 May 2025", "2025-05-14"),
    O("Hürriyet Daily News"),
    D("9 June 2022", "2022-06-09"),
    O("T.C. Millî Savunma Bakanlığı", MSB, "MSB"),
    O("Ortak Koordinasyon Merkezi", JCC, "JCC"),
    D("27 Temmuz 2022", "2022-07-27"),
    O("Anadolu Ajansı", "Anadolu Agency"),
    O("Ortak Koordinasyon Merkezi", JCC, "JCC"),
    D("27.07.2022", "2022-07-27"),
    O("Joint Coordination Centre", JCC, "JCC", after="[7] "),
    T("Black Sea Grain Initiative", BSGI),
    O("United Nations", UN),
    D("3 May 2025", "2025-05-03"),
    O("World Food Programme", "World Food Programme", "WFP", after="[9] "),
    O("WFP", "World Food Programme", "WFP"),
    T("Black Sea Grain Initiative", BSGI),
    D("18 July 2023", "2023-07-18"),
    O("Food and Agriculture Organization of the United Nations", FAO, "FAO"),
    O("FAO", FAO, "FAO"),
    D("7 April 2023", "2023-04-07"),
    D("3 May 2025", "2025-05-03"),
    O("Lloyd's List", after="record highs,\" "),
    D("17 June 2022", "2022-06-17"),
    O("Lloyd's", after="Carolyn Cohn, \""),
    O("Ascot"),
    O("Marsh"),
    O("Reuters"),
    D("29 July 2022", "2022-07-29"),
    O("Rossel'khozbank", "Rosselkhozbank"),
    O("SWIFT"),
    O("ES", "European Union", "EU"),
    O("Kommersant"),
    D("03.06.2022", "2022-06-03"),
    O("U.N.", UN, "UN"),
    T("Black Sea grain deal", BSGI),
    O("Reuters"),
    D("11 July 2023", "2023-07-11"),
    O("Minoborony Rossii", RUMOD),
    T("dogovorennostey po eksportu sel'khozproduktsii s ukrainskikh portov", BSGI),
    O("TASS"),
    D("29.10.2022", "2022-10-29"),
    O("United Nations", UN, after="[16] "),
    T("Black Sea Grain Initiative", BSGI),
    D("18 March 2023", "2023-03-18"),
    O("Ukrinform"),
    D("24 April 2023", "2023-04-24"),
    O("MID Rossii", RUMFA, "MID"),
    O("MID Rossii", RUMFA, "MID"),
    T("chernomorskoy initsiativy", BSGI),
    D("17.07.2023", "2023-07-17"),
    D("20 May 2025", "2025-05-20"),
    O("Reuters", after="new Black Sea corridor,\" "),
    D("16 August 2023", "2023-08-16"),
    O("Interfax-Ukraine"),
    D("17 August 2023", "2023-08-17"),
    O("Administratsiia morskykh portiv Ukrainy", USPA, "USPA"),
    D("2024", "2024", after="portiv u "),
    D("January 2025", "2025-01"),
    D("21 May 2025", "2025-05-21"),
    O("European Commission", after="[21] "),
    O("EU", "European Union", "EU", after="Solidarity Lanes: "),
    N("€1 billion", 1000000000, "EUR"),
    D("11 November 2022", "2022-11-11"),
    O("Cour internationale de Justice", ICJ, "ICJ"),
    D("3 février 2009", "2009-02-03"),
    O("C.I.J. Recueil"),
    D("2009", "2009", after="C.I.J. Recueil "),
    O("Le Monde"),
    O("CIJ", ICJ, "ICJ", after="« La "),
    D("4 février 2009", "2009-02-04"),
    O("Ministerul Apărării Naționale", "Ministry of National Defence of Romania"),
    T("Memorandumul de înțelegere privind MCM Black Sea", MCMMOU),
    O("MCM Black Sea", MCM, "MCM Black Sea"),
    D("11 ianuarie 2024", "2024-01-11"),
    O("Agerpres"),
    D("11.01.2024", "2024-01-11"),
    O("The White House", "White House"),
    D("25 March 2025", "2025-03-25"),
    D("26 May 2025", "2025-05-26"),
    # ---- bio
    O("Galatasaray University"),
    O("Tomis Policy Institute", TPI),
    O("Institut français des relations internationales", "Institut français des relations internationales", "Ifri"),
    O("Ifri", "Institut français des relations internationales", "Ifri"),
    D("2019–2020", "2019/2020"),
    O("Uluslararası İlişkiler"),
    O("Politique étrangère"),
    O("Institute", TPI, after="Mihail Roșca translates for the "),
    # ---- rights
    D("2025", "2025", after="© "),
    O("Tomis Policy Institute", TPI),
    O("Tomis Policy Institute", TPI),
]


def bounded(text, i, j):
    ok_l = i == 0 or not (text[i].isalnum() and text[i - 1].isalnum())
    ok_r = j == len(text) or not (text[j - 1].isalnum() and text[j].isalnum())
    return ok_l and ok_r


spans = []  # (start, end, kind, attrs)
cur = 0
for kind, t, attrs, after in E:
    pos = cur
    if after is not None:
        k = SRC.find(after, max(0, cur - len(after)))
        if k < 0:
            sys.exit(f"context not found after {cur}: {after!r}")
        pos = k + len(after)
    k = pos
    while True:
        k = SRC.find(t, k)
        if k < 0:
            sys.exit(f"not found after {pos}: {t!r}")
        if bounded(SRC, k, k + len(t)) and not any(x[0] == k and x[1] == k + len(t) and x[2] == kind for x in spans):
            break
        k += 1
    spans.append((k, k + len(t), kind, attrs))
    cur = k

notes_at = SRC.index("\nNotes\n\n[1]") + 1
bio_at = SRC.index("Elif Çağlayan is associate")
# footnote calls in the body
for m in re.finditer(r"\[(\d+)\]", SRC[:notes_at]):
    spans.append((m.start(), m.end(), "fn", {"n": m.group(1)}))
# notes: one per line starting with "[n] "
for m in re.finditer(r"^\[(\d+)\] [^\n]*", SRC[:bio_at], re.M):
    if m.start() < notes_at:
        continue
    urls = [u.rstrip(".,;:)") for u in re.findall(r"https?://[^\s]+", m.group(0))]
    spans.append((m.start(), m.end(), "note", {"n": m.group(1), "url": urls}))


def esc(v):
    assert "|" not in v and "⟧" not in v and "⟦" not in v, v
    return v


def render():
    order = sorted(spans, key=lambda s: (s[0], -s[1]))
    out, pos = [], 0
    stack = []

    def close_until(p):
        nonlocal pos
        while stack and stack[-1][1] <= p:
            s = stack.pop()
            out.append(SRC[pos:s[1]])
            pos = s[1]
            out.append(tail(s))

    def tail(s):
        parts = []
        for k, v in s[3].items():
            vals = v if isinstance(v, list) else [v]
            for x in vals:
                parts.append(f"|{k}={esc(str(x))}")
        return "".join(parts) + "⟧"

    for s in order:
        close_until(s[0])
        if stack and s[1] > stack[-1][1]:
            sys.exit(f"crossing spans: {SRC[s[0]:s[1]]!r} / {SRC[stack[-1][0]:stack[-1][1]]!r}")
        out.append(SRC[pos:s[0]])
        pos = s[0]
        out.append(f"⟦{s[2]}|")
        stack.append(s)
    close_until(len(SRC) + 1)
    out.append(SRC[pos:])
    return "".join(out)


ann = render()
open(os.path.join(HERE, ID + ".annotated.txt"), "w", encoding="utf-8", newline="").write(ann)
if "--list" in sys.argv:
    for s in sorted(spans, key=lambda s: (s[0], -s[1])):
        if s[2] in ("note",):
            continue
        ctx = SRC[max(0, s[0] - 25):s[0]].replace("\n", "⏎") + "«" + SRC[s[0]:s[1]] + "»" + SRC[s[1]:s[1] + 15].replace("\n", "⏎")
        print(f"{s[2]:6} {s[3]} :: {ctx}")
from collections import Counter
print(Counter(s[2] for s in spans))
