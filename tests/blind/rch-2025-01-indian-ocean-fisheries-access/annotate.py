#!/usr/bin/env python3
"""Inserts inline markup into rch-2025-01-indian-ocean-fisheries-access.txt at found positions
(search with a moving cursor, optional context string), writes the .annotated.txt copy.
Footnote markers "[n]" and the Notes entries (with their URLs) are found by pattern."""
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "rch-2025-01-indian-ocean-fisheries-access"
src = open(os.path.join(HERE, ID + ".txt"), encoding="utf-8", newline="").read()

# canonical names
EU = dict(name="European Union", acronym="EU")
IOTC = dict(name="Indian Ocean Tuna Commission", acronym="IOTC")
FAO = dict(name="Food and Agriculture Organization of the United Nations", acronym="FAO")
UN = dict(name="United Nations", acronym="UN")
WTO = dict(name="World Trade Organization", acronym="WTO")
T_IOTC = "Agreement for the Establishment of the Indian Ocean Tuna Commission"
T_UNFSA = "UN Fish Stocks Agreement"
T_PSMA = "Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing"
T_IPOA = "International Plan of Action to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing"
T_SEY = "Sustainable Fisheries Partnership Agreement between the European Union and the Republic of Seychelles"
T_MDG = "Sustainable Fisheries Partnership Agreement between the European Union and the Republic of Madagascar"
T_CPH = "Copenhagen Declaration"
T_TOR = "Torremolinos Declaration"
T_SIOFA = "Southern Indian Ocean Fisheries Agreement"
T_UNCLOS = "United Nations Convention on the Law of the Sea"
T_WTO = "Agreement on Fisheries Subsidies"
T_SADC = "SADC Protocol on Fisheries"

E = []  # (kind, text, attrs(list of (k,v)), ctx)


def D(t, v, ctx=None, alt=None):
    a = [("value", v)] + ([("alt", x) for x in (alt if isinstance(alt, list) else [alt])] if alt else [])
    E.append(("date", t, a, ctx))


def N(t, v, unit=None, q=None, ctx=None):
    a = [("value", str(v))]
    if unit:
        a.append(("unit", unit))
    if q:
        a.append(("q", q))
    E.append(("number", t, a, ctx))


def O(t, name=None, acronym=None, ctx=None, **kw):
    if isinstance(name, dict):
        acronym = name.get("acronym"); name = name["name"]
    a = [("name", name or t)]
    if acronym:
        a.append(("acronym", acronym))
    E.append(("org", t, a, ctx))


def T(t, name=None, ctx=None):
    E.append(("treaty", t, [("name", name or t)], ctx))


# ---------------- header, title, byline
D("2025", "2025", ctx="Report 2025\n")
D("January 2025", "2025-01")
# ---------------- I. Introduction
O("Indian Ocean Tuna Commission", IOTC)
O("IOTC", IOTC)
O("European Union", EU, ctx="European Union's Sustainable")
O("Indian Ocean Tuna Ltd")
N("more than half", 0.5, "export", "more than")
O("Princes Tuna (Mauritius) Ltd")
D("2015", "2015", ctx="since 2015")
O("Commission", IOTC, ctx="Commission's efforts")
N("nearly ten", 10, "year", "nearly")
# ---------------- II.
O("IOTC", IOTC, ctx="II. The IOTC")
T("1993 Agreement", T_IOTC, ctx="1993 Agreement\n")
D("1993", "1993", ctx="1993 Agreement\n")
T(T_IOTC, T_IOTC, ctx="The Agreement for the Establishment of the Indian Ocean Tuna Commission was")
O("Indian Ocean Tuna Commission", IOTC, ctx="Indian Ocean Tuna Commission was approved")
O("FAO Council", "FAO Council")
D("November 1993", "1993-11")
D("27 March 1996", "1996-03-27")
O("IOTC", IOTC, ctx="The IOTC is an Article")
O("Food and Agriculture Organization of the United Nations", FAO)
O("FAO", FAO, ctx="(FAO)")
O("FAO", FAO, ctx="FAO a say")
D("the late 1990s", "199X", ctx="the late 1990s", alt=["1995/1999"])
O("Commission", IOTC, ctx="Commission now has")
N("around 30", 30, "member", "around")
O("EU", EU, ctx="EU among them")
N("16", 16, "species", ctx="16 species")
T("IOTC Agreement", T_IOTC, ctx="IOTC Agreement was drafted")
O("IOTC", IOTC, ctx="IOTC Agreement was drafted")
T("UN Fish Stocks Agreement", T_UNFSA)
O("UN", UN, ctx="UN Fish Stocks Agreement was")
D("4 August 1995", "1995-08-04")
N("two-thirds", 0.6666666666666666, "majority", ctx="two-thirds majority")
N("120", 120, "day", ctx="120 days")
D("June 2021", "2021-06")
N("up to one-fifth", 0.2, "catch", "up to")
D("2014", "2014", ctx="2014 or 2015")
D("2015", "2015", ctx="2015 catch levels")
N("fewer than three-quarters", 0.75, "catch", "fewer than")
D("13–17 May 2024", "2024-05-13/2024-05-17")
O("Commission", IOTC, ctx="Commission again")
D("2011", "2011", ctx="since 2011")
# ---------------- III.
O("EU", EU, ctx="III. The EU")
O("EU", EU, ctx="The EU is not")
T("1987 agreement between the European Economic Community and Seychelles", "EEC–Seychelles Fisheries Agreement (1987)")
D("1987", "1987", ctx="1987 agreement")
O("European Economic Community", ctx="European Economic Community and Seychelles")
N("three", 3, "protocol", ctx="three current protocols")
O("EU", EU, ctx="EU protocols in")
O("EU", EU, ctx="EU payment, per year")
O("EU", EU, ctx="EU payment (EUR)")
D("2020–2026", "2020/2026", ctx="2020–2026   40")
N("40", 40, "vessel", ctx="40        50,000")
N("50,000", 50000, "tonne", ctx="50,000                  5,300,000")
N("5,300,000", 5300000, "EUR", ctx="5,300,000\n")
D("2017–2021", "2017/2021", ctx="2017–2021   85")
N("85", 85, "vessel", ctx="85        4,000")
N("4,000", 4000, "tonne", ctx="4,000                   575,000")
N("575,000", 575000, "EUR", ctx="575,000\n")
D("2023–2027", "2023/2027", ctx="2023–2027   65")
N("65", 65, "vessel", ctx="65        14,000")
N("14,000", 14000, "tonne", ctx="14,000                  1,800,000")
N("1,800,000", 1800000, "EUR", ctx="1,800,000\n")
T("Seychelles protocol", "EU–Seychelles Protocol (2020–2026)", ctx="The Seychelles protocol, signed")
D("24.02.2020", "2020-02-24")
N("six", 6, "year", ctx="six years, is by far")
O("EU", EU, ctx="EU pays about")
N("about EUR 5.3 million", 5300000, "EUR", "about")
N("roughly EUR 2.8 million", 2800000, "EUR", "roughly")
N("some SCR 42 million", 42000000, "SCR", "some")
D("early-2025", "2025", ctx="early-2025 rates", alt=["2025-01/2025-04"])
N("EUR 2.5 million", 2500000, "EUR")
O("Seychelles Fishing Authority", name="Seychelles Fishing Authority", acronym="SFA")
O("SFA", name="Seychelles Fishing Authority", acronym="SFA", ctx="(SFA)")
O("Ministry of Fisheries and the Blue Economy")
O("Echebastar")
O("Albacora")
O("Compagnie Française du Thon Océanique", name="Compagnie Française du Thon Océanique", acronym="CFTO")
O("CFTO", name="Compagnie Française du Thon Océanique", acronym="CFTO")
O("Sapmer")
D("Between 2014 and 2017", "2014/2017")
O("EU", EU, ctx="EU paid EUR 660,000")
N("EUR 660,000", 660000, "EUR")
D("26 April 2017", "2017-04-26")
N("EUR 575,000", 575000, "EUR")
N("about MUR 28 million", 28000000, "MUR", "about")
N("roughly −13 per cent", -13, "percent", "roughly")
N("4,000", 4000, "tonne", ctx="4,000 tonnes.[8]")
N("six-month", 6, "month", ctx="six-month extension")
D("5 April 2022", "2022-04-05")
D("2022–2026", "2022/2026", ctx="2022–2026, was signed")
O("EU", EU, ctx="EU contribution of about")
N("about EUR 2.9 million", 2900000, "EUR", "about")
O("Ministry of Blue Economy, Marine Resources, Fisheries and Shipping")
O("L'Express", ctx="L'Express that")
D("2015–2018", "2015/2018", ctx="2015–2018 protocol")
D("31 December 2018", "2018-12-31")
N("four and a half", 4.5, "year", ctx="four and a half years")
O("EU", EU, ctx="EU vessels fished")
T("Sustainable Fisheries Partnership Agreement between the European Union and the Republic of Madagascar", T_MDG, ctx="new Sustainable Fisheries Partnership")
O("European Union", EU, ctx="European Union and the Republic of Madagascar and its")
D("30 June 2023", "2023-06-30")
N("65", 65, "vessel", ctx="65 vessels, pay")
N("EUR 700,000", 700000, "EUR")
N("14,000", 14000, "tonne", ctx="14,000 tonnes, and add")
N("EUR 1.1 million", 1100000, "EUR")
N("EUR 1.8 million", 1800000, "EUR")
O("Ministère de la Pêche et de l'Économie Bleue", name="Ministère de la Pêche et de l'Économie Bleue", acronym="MPEB")
O("MPEB", name="Ministère de la Pêche et de l'Économie Bleue", acronym="MPEB", ctx="(MPEB)")
# ---------------- IV.
T("FAO Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing", T_PSMA)
O("FAO", FAO, ctx="FAO Agreement on Port State")
T("Port State Measures Agreement", T_PSMA, ctx="Port State Measures Agreement (PSMA)")
T("PSMA", T_PSMA, ctx="(PSMA), was adopted")
D("22 November 2009", "2009-11-22")
D("5 June 2016", "2016-06-05")
T("PSMA", T_PSMA, ctx="PSMA works")
D("2001", "2001", ctx="2001 International Plan")
T(T_IPOA, T_IPOA, ctx="International Plan of Action to Prevent")
T("IPOA-IUU", T_IPOA, ctx="(IPOA-IUU)")
T("Indian Ocean Memorandum of Understanding on Port State Control")
D("1998", "1998", ctx="1998, which covers")
O("Seychelles Coast Guard", ctx="Seychelles Coast Guard, the National")
O("National Coast Guard of Mauritius")
O("Centre de Surveillance des Pêches", name="Centre de Surveillance des Pêches", acronym="CSP")
O("CSP", name="Centre de Surveillance des Pêches", acronym="CSP", ctx="(CSP)")
O("Indian Ocean Commission", ctx="Indian Ocean Commission's Regional")
D("2007", "2007", ctx="since 2007")
O("EU Naval Force")
D("December 2008", "2008-12")
O("Trygg Mat Tracking", name="Trygg Mat Tracking", acronym="TMT", ctx="Trygg Mat Tracking (TMT)")
O("TMT", name="Trygg Mat Tracking", acronym="TMT", ctx="(TMT)")
D("Q3 2023", "2023-07/2023-09", alt=["2023-35"])
T("Blue Justice Initiative", "Blue Justice Initiative")
T("Copenhagen Declaration", T_CPH, ctx="Copenhagen Declaration of 2018")
D("2018", "2018", ctx="2018, which treats")
T("Cape Town Agreement", "Cape Town Agreement", ctx="Cape Town Agreement of 2012")
D("2012", "2012", ctx="2012 on fishing-vessel")
N("48", 48, "state", ctx="48 states")
T("Torremolinos Declaration", T_TOR, ctx="Torremolinos Declaration in October")
D("October 2019", "2019-10", ctx="October 2019 pledging")
D("the fourth quarter of 2024", "2024-10/2024-12", alt=["2024-36"])
D("between 2016 and 2023", "2016/2023")
# ---------------- V.
T("Southern Indian Ocean Fisheries Agreement", T_SIOFA, ctx="Southern Indian Ocean Fisheries Agreement (SIOFA)")
T("SIOFA", T_SIOFA, ctx="(SIOFA), signed")
D("7 July 2006", "2006-07-07")
D("21 June 2012", "2012-06-21")
O("IOTC", IOTC, ctx="IOTC does not")
O("Meeting of the Parties", name="SIOFA Meeting of the Parties", ctx="Meeting of the Parties now")
N("about a dozen", 12, "member", "about")
T("UN Fish Stocks Agreement", T_UNFSA, ctx="UN Fish Stocks Agreement and, above")
O("UN", UN, ctx="UN Fish Stocks Agreement and, above")
T("United Nations Convention on the Law of the Sea", T_UNCLOS)
O("United Nations", UN, ctx="United Nations Convention on the Law")
T("UNCLOS", T_UNCLOS, ctx="(UNCLOS) of 1982")
D("1982", "1982", ctx="1982. On the")
T("Nairobi Convention", "Nairobi Convention", ctx="Nairobi Convention, adopted")
D("1985", "1985", ctx="1985 and amended")
D("2010", "2010", ctx="2010, and its Protocol")
T("Protocol concerning Protected Areas and Wild Fauna and Flora in the Eastern African Region")
D("2001", "2001", ctx="2001 SADC")
T("SADC Protocol on Fisheries", T_SADC, ctx="SADC Protocol on Fisheries commits")
O("SADC", name="Southern African Development Community", acronym="SADC", ctx="SADC Protocol on Fisheries commits")
T("Kunming-Montreal Global Biodiversity Framework")
D("December 2022", "2022-12", ctx="December 2022 adds")
N("30 per cent", 30, "percent", ctx="30 per cent of the ocean")
D("2030", "2030", ctx="2030.")
D("mid-2022", "2022", alt=["2022-06", "2022-05/2022-08"])
T("WTO Agreement on Fisheries Subsidies", T_WTO)
O("WTO", WTO, ctx="WTO Agreement on Fisheries Subsidies, adopted")
D("17 June 2022", "2022-06-17", ctx="17 June 2022, bans")
N("two-thirds", 0.6666666666666666, "member", ctx="two-thirds of the World")
O("World Trade Organization", WTO, ctx="World Trade Organization's members")
N("USD 35.4 billion", 35400000000, "USD")
D("2018", "2018", ctx="2018, of which")
N("about USD 22 billion", 22000000000, "USD", "about")
O("EU", EU, ctx="EU, where Costas")
D("1 December 2024", "2024-12-01")
# ---------------- VI.
D("the 1980s", "198X", ctx="the 1980s", alt=["1980/1989"])
O("IOTC", IOTC, ctx="IOTC cannot allocate")
D("Between 2025 and 2027", "2025/2027")
D("between December 2024 and March 2025", "2024-12/2025-03")
# ---------------- Notes
O("IOTC", IOTC, ctx="1. IOTC, ")
T(T_IOTC, T_IOTC, ctx="\"Agreement for the Establishment of the Indian Ocean Tuna Commission,\" https://iotc")
O("Indian Ocean Tuna Commission", IOTC, ctx="Indian Ocean Tuna Commission,\" https://iotc")
D("10 January 2025", "2025-01-10", ctx="10 January 2025); European")
O("European Commission", ctx="European Commission, \"Sustainable fisheries")
O("Seychelles News Agency")
D("14 March 2023", "2023-03-14")
O("IOTC Scientific Committee")
O("IOTC", IOTC, ctx="IOTC, December 2023")
D("December 2023", "2023-12", ctx="December 2023), pp.")
O("FAO", FAO, ctx="4. FAO, ")
T(T_IOTC, T_IOTC, ctx="\"Agreement for the Establishment of the Indian Ocean Tuna Commission,\" FAO Legal")
O("Indian Ocean Tuna Commission", IOTC, ctx="Indian Ocean Tuna Commission,\" FAO Legal")
O("FAO Legal Office")
D("10 January 2025", "2025-01-10", ctx="10 January 2025).\n\n5.")
O("Mongabay")
D("9 September 2021", "2021-09-09")
O("Undercurrent News")
D("17 May 2024", "2024-05-17")
O("Council of the European Union", ctx="6. Council of the European Union")
T(T_SEY, T_SEY, ctx="\"Sustainable Fisheries Partnership Agreement between the European Union and the Republic of Seychelles")
O("European Union", EU, ctx="European Union and the Republic of Seychelles,\"")
O("Official Journal of the European Union", ctx="Official Journal of the European Union, L 60")
D("28 February 2020", "2020-02-28")
O("European Commission", ctx="7. European Commission")
T("EU-Seychelles fisheries agreement", T_SEY)
O("EU", EU, ctx="EU-Seychelles fisheries agreement")
D("24 February 2020", "2020-02-24")
O("European Parliament", ctx="8. European Parliament")
O("Legislative Observatory", ctx="Legislative Observatory, procedure 2017")
D("14/05/2018", "2018-05-14")
T("protocole UE-Maurice", "EU–Mauritius Protocol (2017–2021)")
O("UE", EU, ctx="UE-Maurice")
N("six", 6, "month", ctx="six mois")
O("L'Express", ctx="L'Express, 6 April")
D("6 April 2022", "2022-04-06")
O("European Parliament", ctx="European Parliament, Legislative Observatory, procedure 2022")
O("Legislative Observatory", ctx="Legislative Observatory, procedure 2022")
D("11 December 2023", "2023-12-11")
O("Official Journal of the European Union", ctx="Official Journal of the European Union, https://eur-lex")
O("Agence France-Presse")
D("2 July 2023", "2023-07-02")
O("FAO", FAO, ctx="12. FAO, ")
T("Agreement on Port State Measures", T_PSMA, ctx="\"Agreement on Port State Measures (PSMA)")
T("PSMA", T_PSMA, ctx="PSMA),\" https")
D("12 January 2025", "2025-01-12", ctx="12 January 2025).\n\n13.")
O("Trygg Mat Tracking", name="Trygg Mat Tracking", acronym="TMT", ctx="13. Trygg Mat Tracking")
D("October 2023", "2023-10", ctx="October 2023, https")
O("Blue Justice", ctx="14. Blue Justice")
T("International Declaration on Transnational Organized Crime in the Global Fishing Industry", T_CPH)
D("15 October 2018", "2018-10-15")
O("International Maritime Organization")
T("Torremolinos Declaration on the Cape Town Agreement", T_TOR)
D("21–23 October 2019", "2019-10-21/2019-10-23")
O("SIOFA Secretariat")
T("SIOFA", T_SIOFA, ctx="SIOFA,\" https://www.apsoi")
D("12 January 2025", "2025-01-12", ctx="12 January 2025).\n\n17.")
O("UNEP", name="United Nations Environment Programme", acronym="UNEP")
T("Nairobi Convention", "Nairobi Convention", ctx="Nairobi Convention,\" https")
O("SADC", name="Southern African Development Community", acronym="SADC", ctx="SADC, \"Protocol")
T("Protocol on Fisheries", T_SADC, ctx="\"Protocol on Fisheries,\" Blantyre")
D("14 August 2001", "2001-08-14")
O("World Trade Organization", WTO, ctx="18. World Trade Organization")
T("Agreement on Fisheries Subsidies", T_WTO, ctx="\"Agreement on Fisheries Subsidies,\" WT/")
D("17 June 2022", "2022-06-17", ctx="17 June 2022, https")
O("Marine Policy")
D("2019", "2019", ctx="2019): 103695")
T("WTO fish subsidy pact", T_WTO)
O("WTO", WTO, ctx="WTO fish subsidy pact")
O("Reuters", ctx="Reuters, 12/12")
D("12/12/2024", "2024-12-12")
O("Fish and Fisheries")
D("March 2024", "2024-03", ctx="March 2024): 301")
# ---------------- bio, rights
O("Benguela Institute for Ocean Governance", ctx="Benguela Institute for Ocean Governance and a former")
O("Indian Ocean Commission", ctx="Indian Ocean Commission. Devika")
O("University of Mauritius")
D("between 2016 and 2020", "2016/2020")
O("IOTC", IOTC, ctx="IOTC.\n\n©")
D("2025", "2025", ctx="2025 Benguela")
O("Benguela Institute for Ocean Governance", ctx="Benguela Institute for Ocean Governance. All rights")
O("Benguela Institute for Ocean Governance", ctx="Benguela Institute for Ocean Governance; no part")

# ---------------- locate
spans = []  # (start, end, kind, attrs)
cursor = 0
for kind, t, attrs, ctx in E:
    key = ctx or t
    pos = cursor
    while True:
        k = src.find(key, pos)
        if k < 0:
            raise SystemExit(f"not found after {cursor}: {kind} {t!r} ctx={ctx!r}")
        if key.find(t) >= 0:
            s = k + key.find(t)
        else:  # ctx overlaps the start of the mention
            s = src.find(t, k)
            if s < 0 or s >= k + len(key):
                raise SystemExit(f"text {t!r} not at ctx {ctx!r}")
        if any(x[0] == s and x[2] == kind for x in spans):
            pos = k + 1
            continue
        break
    spans.append((s, s + len(t), kind, attrs))
    cursor = k  # allow nested mentions found from the same context

# footnote markers
notes_at = src.index("\nNotes\n")
for m in re.finditer(r"\[(\d+)\]", src[:notes_at]):
    spans.append((m.start(), m.end(), "fn", [("n", m.group(1))]))
# notes
bio_at = src.index("\nAmara Rasoanaivo is")
for m in re.finditer(r"^(\d+)\. .*$", src[notes_at:bio_at], re.M):
    a, b = notes_at + m.start(), notes_at + m.end()
    urls = [u.rstrip(".,;)") for u in re.findall(r"https?://\S+", src[a:b])]
    spans.append((a, b, "note", [("n", m.group(1))] + [("url", u) for u in urls]))

# check overlaps between same kind / crossing spans
spans.sort(key=lambda x: (x[0], -x[1]))
for i, x in enumerate(spans):
    for y in spans[i + 1:]:
        if y[0] >= x[1]:
            break
        if y[1] > x[1]:
            raise SystemExit(f"crossing spans {src[x[0]:x[1]]!r} / {src[y[0]:y[1]]!r}")
        if y[2] == x[2]:
            raise SystemExit(f"same-kind nesting {src[x[0]:x[1]]!r} / {src[y[0]:y[1]]!r}")

# build annotated text
out = []
def emit(i, j, inner):
    pos = i
    for (s, e, kind, attrs, kids) in inner:
        out.append(src[pos:s])
        out.append("\u27e6" + kind + "|")
        emit(s, e, kids)
        out.append("".join(f"|{k}={v}" for k, v in attrs) + "\u27e7")
        pos = e
    out.append(src[pos:j])

def tree(items):
    res, stack = [], []
    for s, e, kind, attrs in items:
        node = (s, e, kind, attrs, [])
        while stack and stack[-1][1] <= s:
            stack.pop()
        (stack[-1][4] if stack else res).append(node)
        stack.append(node)
    return res

emit(0, len(src), tree(spans))
open(os.path.join(HERE, ID + ".annotated.txt"), "w", encoding="utf-8", newline="").write("".join(out))
from collections import Counter
print(Counter(x[2] for x in spans))
