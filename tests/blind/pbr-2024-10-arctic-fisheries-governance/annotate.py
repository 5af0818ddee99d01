#!/usr/bin/env python3
"""Insert inline gold markup into pbr-2024-10-arctic-fisheries-governance.txt.

Every mention is FOUND in the source (searched in document order, children searched inside
their parent's span), never retyped; footnote calls, notes and their URLs are found by pattern.
Writes <id>.annotated.txt and checks that stripping the markup gives back the source exactly.
"""
import os, re

ID = "pbr-2024-10-arctic-fisheries-governance"
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = open(os.path.join(HERE, ID + ".txt"), encoding="utf-8", newline="").read()
OPEN, CLOSE = "\u27e6", "\u27e7"

# ---- spec helpers -------------------------------------------------------------------------
def D(text, value, alt=None, after=None):
    a = [("value", value)] + [("alt", x) for x in (alt or [])]
    return dict(kind="date", text=text, attrs=a, kids=[], after=after)

def N(text, value, unit=None, q=None, after=None):
    a = [("value", str(value))]
    if unit: a.append(("unit", unit))
    if q: a.append(("q", q))
    return dict(kind="number", text=text, attrs=a, kids=[], after=after)

ACR = {"Polar Seas Policy Institute": "PSPI", "International Council for the Exploration of the Sea": "ICES",
       "European Union": "EU", "United Nations": "UN", "North-East Atlantic Fisheries Commission": "NEAFC",
       "Institute of Marine Research": "IMR", "VNIRO": "VNIRO", "Federal Security Service": "FSB",
       "Protection of the Arctic Marine Environment": "PAME",
       "Food and Agriculture Organization of the United Nations": "FAO",
       "International Maritime Organization": "IMO", "Marine Stewardship Council": "MSC",
       "National Snow and Ice Data Center": "NSIDC", "NATO": "NATO",
       "Swedish Agency for Marine and Water Management": "SwAM", "European Fisheries Control Agency": "EFCA"}

def O(text, name=None, acr=None, after=None):
    # one organisation keeps one acronym on every mention (as the sample gold does for TSK)
    acr = acr or ACR.get(name or text)
    a = []
    if name and name != text: a.append(("name", name))
    if acr: a.append(("acronym", acr))
    return dict(kind="org", text=text, attrs=a, kids=[], after=after)

def T(text, name=None, kids=(), after=None):
    a = [("name", name)] if name and name != text else []
    return dict(kind="treaty", text=text, attrs=a, kids=list(kids), after=after)

# canonical names
PSPI = "Polar Seas Policy Institute"
ICES = "International Council for the Exploration of the Sea"
JNRFC = "Joint Norwegian–Russian Fisheries Commission"
EU = "European Union"
UN = "United Nations"
UNCLOS = "United Nations Convention on the Law of the Sea"
UNFSA = ("Agreement for the Implementation of the Provisions of the United Nations Convention on the Law "
         "of the Sea of 10 December 1982 relating to the Conservation and Management of Straddling Fish "
         "Stocks and Highly Migratory Fish Stocks")
SVAL = "Treaty concerning the Archipelago of Spitsbergen"
OSLO = "Declaration concerning the Prevention of Unregulated High Seas Fishing in the Central Arctic Ocean"
CAOFA = "Agreement to Prevent Unregulated High Seas Fisheries in the Central Arctic Ocean"
LOOP = ("Agreement between the Government of Iceland, the Government of Norway and the Government of the "
        "Russian Federation concerning certain aspects of co-operation in the area of fisheries")
A1975 = "Agreement on Cooperation in the Fishing Industry"
A1976 = "Agreement concerning Mutual Relations in the Field of Fisheries"
GREY = "Grey Zone Agreement"
MURM = ("Treaty between the Kingdom of Norway and the Russian Federation concerning Maritime Delimitation "
        "and Cooperation in the Barents Sea and the Arctic Ocean")
ITLOS = "International Tribunal for the Law of the Sea"
JS = "Joint Statement on Arctic Council Cooperation following Russia's Invasion of Ukraine"
SAR = "Agreement on Cooperation on Aeronautical and Maritime Search and Rescue in the Arctic"
OIL = "Agreement on Cooperation on Marine Oil Pollution Preparedness and Response in the Arctic"
PSMA = "Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing"
IPOA = "International Plan of Action to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing"
FAO = "Food and Agriculture Organization of the United Nations"
IMO = "International Maritime Organization"
NCG = "Norwegian Coast Guard"
FSBBS = "Border Service of the Federal Security Service"
AC = "Arctic Council"

SPECS = [
 # header, title, byline
 D("October 2024", "2024-10"),
 O(PSPI, acr="PSPI"), O("PSPI", PSPI, "PSPI"),
 D("2022", "2022", after="Afloat after "),
 # Executive summary
 D("24 February 2022", "2022-02-24"),
 O("Arctic Council", AC),
 O(ICES, acr="ICES"), O("ICES", ICES, "ICES"),
 O(JNRFC),
 O("NATO", acr="NATO"),
 T("Central Arctic Ocean fisheries agreement", CAOFA),
 T("Svalbard Treaty", SVAL),
 N("five", 5, "step", after="We propose "),
 O(EU, acr="EU"), O("EU", EU, "EU"),
 N("16-year", 16, "year"),
 D("2037", "2037"),
 # 1. Introduction
 N("five", 5, "decade", after="For "),
 D("1975", "1975"),
 D("March 2014", "2014-03"),
 D("2022", "2022", after="the war that began in "),
 N("NOK 172 billion", 172000000000, "NOK"),
 N("about USD 16 billion", 16000000000, "USD", "about"),
 D("2023", "2023"),
 N("roughly −12", -12, "percent", "roughly"),
 D("1979", "1979"),
 N("nearly four", 4, "times", "nearly"),
 D("February 2022", "2022-02", after="still work after "),
 # 2.
 T("UNCLOS", UNCLOS, after="A layered legal order: "),
 T("Fish Stocks Agreement", UNFSA),
 T(UNCLOS, kids=[O(UN)]),
 T("UNCLOS", UNCLOS),
 D("10 December 1982", "1982-12-10"),
 D("16 November 1994", "1994-11-16"),
 N("200", 200, "nautical mile"),
 D("1995", "1995"),
 T(UNFSA, kids=[O(UN), D("10 December 1982", "1982-12-10")]),
 T("UN Fish Stocks Agreement", UNFSA, kids=[O("UN", UN, "UN")]),
 T("UNFSA", UNFSA),
 O("North-East Atlantic Fisheries Commission", acr="NEAFC"),
 O("NEAFC", "North-East Atlantic Fisheries Commission", "NEAFC"),
 D("1990s", "199X"),
 T(LOOP, kids=[O("Government of Iceland"), O("Government of Norway"), O("Government of the Russian Federation")]),
 D("15 May 1999", "1999-05-15"),
 T(SVAL),
 D("9 February 1920", "1920-02-09"),
 D("14 August 1925", "1925-08-14"),
 N("more than 40", 40, "state", "more than"),
 D("1977", "1977"),
 N("200-nautical-mile", 200, "nautical mile"),
 O("EU", EU, "EU", after="later Russia, the "),
 D("February 2019", "2019-02"),
 O("Supreme Court of Norway"),
 T("Svalbard Treaty", SVAL),
 # 3.
 T("Ilulissat Declaration", "Ilulissat Declaration"),
 D("28 May 2008", "2008-05-28"),
 N("five", 5, "state", after="the "),
 N("Seven", 7, "year"),
 T(OSLO),
 D("16 July 2015", "2015-07-16"),
 N("five", 5, "state", after="the same "),
 N("five", 5, "state", after="once the "),
 O("EU", EU, "EU", after="South Korea and the "),
 T(CAOFA),
 D("3 October 2018", "2018-10-03"),
 D("25 June 2021", "2021-06-25"),
 N("ten", 10, "party"),
 N("some 2.8 million", 2800000, "square kilometre", "some"),
 N("16", 16, "year", after="an initial "),
 N("five-year", 5, "year"),
 N("Less than a quarter", 0.25, "term", "less than"),
 D("2037", "2037"),
 T("Central Arctic Ocean Agreement", CAOFA),
 T("CAOFA", CAOFA),
 D("November 2022", "2022-11"),
 N("Two", 2, "feature"),
 O("ICES", ICES, "ICES", after="suspended from "),
 D("March 2022", "2022-03"),
 T("Fish Stocks Agreement", UNFSA, after="procedures of the "),
 T("UNCLOS", UNCLOS),
 T("Statute of the " + ITLOS, kids=[O(ITLOS)]),
 # 4.
 N("three", 3, "instrument"),
 T(A1975),
 D("11 April 1975", "1975-04-11"),
 O(JNRFC),
 T("1976 agreement between Norway and the Soviet Union on mutual fisheries relations", A1976,
   kids=[D("1976", "1976")]),
 T("1978 \"Grey Zone\" arrangement", GREY, kids=[D("1978", "1978")]),
 N("more than three", 3, "decade", "more than"),
 T("Treaty on Maritime Delimitation and Cooperation in the Barents Sea and the Arctic Ocean", MURM),
 D("15 September 2010", "2010-09-15"),
 N("15", 15, "year"),
 T("Murmansk Treaty", MURM),
 D("7 July 2011", "2011-07-07"),
 D("mid-2026", "2026"),
 D("2024", "2024", after="For "),
 N("20", 20, "percent"),
 N("453,427", 453427, "tonne"),
 D("2008", "2008"),
 O("ICES", ICES, "ICES", after="Without "),
 O("Institute of Marine Research", acr="IMR"),
 O("IMR", "Institute of Marine Research", "IMR"),
 O("VNIRO", acr="VNIRO"),
 O("Federal Agency for Fishery"),
 O("Rosrybolovstvo", "Federal Agency for Fishery"),
 N("more than RUB 300 billion", 300000000000, "RUB", "more than"),
 D("2022", "2022", after="Since "),
 N("one", 1, "exception"),
 O("Norebo"),
 O("Murman Seafood"),
 O("Lerøy Havfisk"),
 T("1976 agreement", A1976, kids=[D("1976", "1976")]),
 # 5.
 O(NCG), O("Kystvakten", NCG),
 O("Royal Norwegian Navy"),
 N("three", 3, "vessel"),
 D("late 2022", "2022"),
 D("June 2022", "2022-06"),
 O(FSBBS), O("FSB", "Federal Security Service", "FSB"),
 D("October 2005", "2005-10"),
 N("two", 2, "inspector"),
 O(AC),
 T("Ottawa Declaration"),
 D("19 September 1996", "1996-09-19"),
 D("3 March 2022", "2022-03-03"),
 N("seven", 7, "member"),
 N("eight", 8, "member"),
 T(JS, kids=[O(AC)]),
 D("mid-2022", "2022"),
 N("seven", 7, "member", after="the "),
 D("11 May 2023", "2023-05-11"),
 O("Protection of the Arctic Marine Environment", acr="PAME"),
 O("PAME", "Protection of the Arctic Marine Environment", "PAME"),
 D("early 2024", "2024"),
 O("Arctic Coast Guard Forum"),
 D("October 2015", "2015-10"),
 D("2022", "2022", after="without Russia since "),
 O("Council", AC, after="The "),
 D("2011", "2011"),
 T(SAR),
 T("2013 oil-spill agreement", OIL, kids=[D("2013", "2013")]),
 T(PSMA), T("PSMA", PSMA),
 O(FAO, acr="FAO"), O("FAO", FAO, "FAO"),
 D("5 June 2016", "2016-06-05"),
 N("up to USD 23.5 billion", 23500000000, "USD", "up to"),
 O("FAO", FAO, "FAO", after="builds on the "),
 D("2001", "2001"),
 T(IPOA), T("IPOA-IUU", IPOA),
 T("Paris Memorandum of Understanding on Port State Control"),
 O(IMO, acr="IMO"), O("IMO", IMO, "IMO"),
 D("1 January 2017", "2017-01-01"),
 D("2012", "2012"),
 T("Cape Town Agreement"),
 T("Torremolinos Protocol of 1993", kids=[D("1993", "1993")]),
 N("at least 24", 24, "metre", "at least"),
 N("35", 35, "percent"),
 D("2022", "2022", after="Russian whitefish in "),
 D("22 December 2023", "2023-12-22"),
 D("May 2016", "2016-05"),
 O("McDonald's"), O("Tesco"), O("Young's Seafood"), O("Fiskebåt"), O("Norebo"),
 O("Marine Stewardship Council", acr="MSC"), O("MSC", "Marine Stewardship Council", "MSC"),
 # 6.
 N("Five", 5, "step"),
 N("EUR 5 million", 5000000, "EUR"),
 O("ICES", ICES, "ICES", after="hosted outside "),
 T("CAOFA", CAOFA),
 D("2026", "2026", after="alive past "),
 D("1975", "1975", after="notice on the "),
 D("1976", "1976", after=" and "),
 O(NCG, after="hotline. The "),
 O("FSB Border Service", FSBBS),
 N("24-hour", 24, "hour"),
 D("2025–26", "2025/2026"),
 O("Arctic Coast Guard Forum"),
 D("second quarter of 2025", "2025-04/2025-06", alt=["2025-Q2", "2025-34"]),
 O("EU", EU, "EU", after="Importers in the "),
 D("2016", "2016", after="audit the "),
 D("2037", "2037"),
 T("CAOFA", CAOFA),
 # Endnotes
 O("Arctic Review on Law and Politics"),
 D("2010", "2010"),
 O(JNRFC),
 D("14 October 2024", "2024-10-14"),
 O("Norwegian Seafood Council"),
 D("4 January 2024", "2024-01-04"),
 O("National Snow and Ice Data Center", acr="NSIDC"),
 O("NSIDC", "National Snow and Ice Data Center", "NSIDC"),
 D("2024-10-14", "2024-10-14"),
 N("nearly four", 4, "times", "nearly"),
 D("1979", "1979"),
 O("Communications Earth & Environment"),
 D("2022", "2022", after="168 ("),
 O("United Nations Treaty Collection"),
 T(UNCLOS, kids=[O(UN)]),
 D("10 December 1982", "1982-12-10"),
 O("Oxford University Press"),
 D("2001", "2001"),
 O("Supreme Court of Norway"),
 D("14 February 2019", "2019-02-14"),
 O("European Union", EU, after="Why Is the "),
 O("Ocean Development & International Law"),
 D("2019", "2019", after="no. 2–3 ("),
 O("Government of Norway"),
 T(OSLO),
 D("16.07.2015", "2015-07-16"),
 O("European Commission"),
 O("Directorate-General for Maritime Affairs and Fisheries"),
 T("agreement to prevent unregulated fishing in the high seas of the Central Arctic Ocean", CAOFA),
 D("25 June 2021", "2021-06-25"),
 O("Ministry of Oceans and Fisheries of the Republic of Korea"),
]
# the CAOFA conference body holds a treaty acronym: an org with a treaty child
_cop = O("Conference of the Parties to the CAOFA"); _cop["kids"] = [T("CAOFA", CAOFA)]
SPECS += [
 _cop,
 D("25 November 2022", "2022-11-25"),
 O("ICES", ICES, "ICES", after="10. "),
 O("ICES", ICES, "ICES"),
 D("30 March 2022", "2022-03-30"),
 T(MURM),
 D("15 September 2010", "2010-09-15"),
 O("Ministry of Trade, Industry and Fisheries"),
 D("2024", "2024", after="Barentshavet for "),
 D("2024", "2024", after="Barents Sea for "),
 D("20 October 2023", "2023-10-20"),
 N("three", 3, "port", after="Norway keeps "),
 O("The Barents Observer"),
 D("11 October 2022", "2022-10-11"),
 O("Norwegian Ministry of Defence"),
 D("10 June 2022", "2022-06-10"),
 O("Reuters"),
 D("17 March 2023", "2023-03-17"),
 O("Aftenposten"),
 D("18.10.2005", "2005-10-18"),
 O("Coast Guard", NCG, after="on the "),
 O("Norwegian Armed Forces"),
 O("Kystvakten", NCG),
 D("12 October 2024", "2024-10-12"),
 O("U.S. Department of State"),
 T("Joint Statement on Arctic Council Cooperation Following Russia's Invasion of Ukraine", JS, kids=[O(AC)]),
 D("3 March 2022", "2022-03-03"),
 O("Arctic Council Secretariat"),
 O(AC, after=", \""),
 D("29 February 2024", "2024-02-29"),
 O("PLoS ONE"),
 D("2009", "2009"),
 O(IMO),
 O(FAO),
 T("Agreement on Port State Measures", PSMA),
 T("PSMA", PSMA),
 D("14 Oct. 2024", "2024-10-14"),
 O("The White House"),
 D("December 22, 2023", "2023-12-22"),
 O("HM Treasury"),
 D("15 March 2022", "2022-03-15"),
 O("Greenpeace International"),
 D("17 May 2016", "2016-05-17"),
 # About the authors
 O("PSPI", PSPI, "PSPI"),
 O("UiT The Arctic University of Norway"),
 D("Between 2015 and 2018", "2015/2018"),
 T("Central Arctic Ocean agreement", CAOFA),
 O("Marine Policy"),
 O("The Polar Journal"),
 O("PSPI", PSPI, "PSPI"),
 O("Swedish Agency for Marine and Water Management", acr="SwAM"),
 O("SwAM", "Swedish Agency for Marine and Water Management", "SwAM"),
 D("from 2016 to 2021", "2016/2021"),
 O("European Fisheries Control Agency", acr="EFCA"),
 O("EFCA", "European Fisheries Control Agency", "EFCA"),
 # rights
 D("2024", "2024", after="© "),
 O(PSPI),
 O("PSPI", PSPI, "PSPI"),
]

# ---- placing ------------------------------------------------------------------------------
recs = []  # (start, end, kind, attrs)

def place(spec, lo, hi):
    pos = lo
    if spec.get("after"):
        k = SRC.find(spec["after"], lo, hi)
        if k < 0:
            raise SystemExit(f"context {spec['after']!r} not found for {spec['text']!r}")
        pos = k + len(spec["after"])
    s = SRC.find(spec["text"], pos, hi)
    if s < 0:
        raise SystemExit(f"not found: {spec['kind']} {spec['text']!r} after {SRC[lo:lo+60]!r}")
    e = s + len(spec["text"])
    # a bare acronym or word must not be part of a longer word
    if spec["text"][0].isalnum() and s > 0 and SRC[s - 1].isalnum():
        raise SystemExit(f"{spec['text']!r} found inside a word at {s}: {SRC[s-20:e+20]!r}")
    if spec["text"][-1].isalnum() and e < len(SRC) and SRC[e].isalnum():
        raise SystemExit(f"{spec['text']!r} found inside a word at {s}: {SRC[s-20:e+20]!r}")
    recs.append((s, e, spec["kind"], spec["attrs"]))
    cur = s
    for kid in spec["kids"]:
        cur = place(kid, cur, e)
    return e

cur = 0
notes_at = SRC.index("\nEndnotes\n")
for spec in SPECS:
    cur = place(spec, cur, len(SRC))

# footnote calls: runs of superscript digits before the Endnotes list
SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹"
for m in re.finditer(f"[{SUP}]+", SRC[:notes_at]):
    n = int("".join(str(SUP.index(c)) for c in m.group()))
    recs.append((m.start(), m.end(), "fn", [("n", str(n))]))

# notes: each "N. ..." paragraph of the Endnotes list, with its URLs
about = SRC.index("\nAbout the authors\n")
for m in re.finditer(r"(?m)^(\d+)\. [^\n]+", SRC[notes_at:about]):
    s, e = m.start() + notes_at, m.end() + notes_at
    urls = [re.sub(r"[.,;:)]+$", "", u) for u in re.findall(r"https?://[^\s]+", m.group())]
    recs.append((s, e, "note", [("n", m.group(1))] + [("url", u) for u in urls]))

# ---- markup -------------------------------------------------------------------------------
def fmt_attrs(attrs):
    for k, v in attrs:
        assert "|" not in v and CLOSE not in v, v
    return "".join(f"|{k}={v}" for k, v in attrs)

# proper nesting check
for a in recs:
    for b in recs:
        if a is not b and a[0] < b[0] < a[1] < b[1]:
            raise SystemExit(f"crossing spans: {SRC[a[0]:a[1]]!r} / {SRC[b[0]:b[1]]!r}")

opens, closes = {}, {}
for r in recs:
    opens.setdefault(r[0], []).append(r)
    closes.setdefault(r[1], []).append(r)
out = []
for i in range(len(SRC) + 1):
    for r in sorted(closes.get(i, []), key=lambda r: -r[0]):
        out.append(fmt_attrs(r[3]) + CLOSE)
    for r in sorted(opens.get(i, []), key=lambda r: -r[1]):
        out.append(OPEN + r[2] + "|")
    if i < len(SRC):
        out.append(SRC[i])
ann = "".join(out)

def strip(t):
    # remove markup: "⟦kind|" openers and "|k=v...⟧" closers
    t = re.sub(OPEN + r"[a-z]+\|", "", t)
    t = re.sub(r"(\|[a-z]+=[^|" + CLOSE + r"]*)*" + CLOSE, "", t)
    return t

assert strip(ann) == SRC, "markup does not strip back to the source"
open(os.path.join(HERE, ID + ".annotated.txt"), "w", encoding="utf-8", newline="").write(ann)
from collections import Counter
print(Counter(r[2] for r in recs))
