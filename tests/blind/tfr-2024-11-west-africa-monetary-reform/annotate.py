#!/usr/bin/env python3
"""Insert inline gold markup (⟦kind|text|key=value⟧) at positions found by searching the source.

Entries are listed in document order. Each is found from a cursor (the start of the previous
entry, so nested mentions are found inside their outer mention); `ctx` narrows the search to a
longer context string that must contain the target. Writes <id>.annotated.txt."""
import os, re, sys

ID = "tfr-2024-11-west-africa-monetary-reform"
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = open(os.path.join(HERE, ID + ".txt"), encoding="utf-8", newline="").read()

E = []  # (kind, target, attrs, ctx)
def D(t, v, ctx=None, alt=()):
    E.append(("date", t, [("value", v)] + [("alt", a) for a in alt], ctx))
def N(t, v, unit=None, q=None, ctx=None):
    a = [("value", str(v))]
    if unit: a.append(("unit", unit))
    if q: a.append(("q", q))
    E.append(("number", t, a, ctx))
def O(t, name=None, acr=None, ctx=None):
    a = []
    if name: a.append(("name", name))
    if acr: a.append(("acronym", acr))
    E.append(("org", t, a, ctx))
def T(t, name=None, ctx=None):
    E.append(("treaty", t, [("name", name)] if name else [], ctx))
SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹"
def F(n):
    E.append(("fn", "".join(SUP[int(c)] for c in str(n)), [("n", str(n))], None))

# canonical names
WAEMU = "West African Economic and Monetary Union"
WAMU = "West African Monetary Union"
BCEAO = "Banque Centrale des États de l'Afrique de l'Ouest"
ECOWAS = "Economic Community of West African States"
CEMR = "Centre d'études monétaires et régionales"
TFR = "The Francophone Review"
IMF = "International Monetary Fund"
AFDB = "African Development Bank"
AES = "Alliance of Sahel States"
CONF = "Confederation of Sahel States"
WAMZ = "West African Monetary Zone"
WAMZCC = "Convergence Council of the West African Monetary Zone"
T1962 = "Treaty of the West African Monetary Union (1962)"
T1973 = "Treaty establishing the West African Monetary Union (1973)"
C1973 = "Cooperation Agreement between the French Republic and the Member Republics of the West African Monetary Union (1973)"
C2019 = "Agreement on Cooperation between the Government of the French Republic and the Governments of the Member States of the West African Monetary Union"
TUEMOA = "Treaty of the West African Economic and Monetary Union"
RTREATY = "Revised Treaty of the Economic Community of West African States"
TCONF = "Treaty establishing the Confederation of Sahel States"
CAES = "Final Communiqué of the First Summit of the Alliance of Sahel States"

# ---- header
O("THE FRANCOPHONE REVIEW", TFR)
O("Centre d'études monétaires et régionales", CEMR, "CEMR")
O("CEMR", CEMR, "CEMR")
D("November 2024", "2024-11")
# ---- translator's note
D("October", "XXXX-10", ctx="the October issue", alt=["2024-10"])
N("655.957", 655.957, "XOF", ctx="parity of 655.957 francs")
# ---- body intro
D("21 December 2019", "2019-12-21")
F(1)
N("Nearly five", 5, "year", "nearly")
N("eight", 8, "state", ctx="the eight states")
O("West African Economic and Monetary Union", WAEMU, "WAEMU")
O("WAEMU", WAEMU, "WAEMU")
O("UEMOA", WAEMU, "UEMOA")
O("Banque Centrale des États de l'Afrique de l'Ouest", BCEAO, "BCEAO")
O("BCEAO", BCEAO, "BCEAO")
D("2019–2020", "2019/2020")
N("three", 3, "project", ctx="the three projects")
O("Economic Community of West African States", ECOWAS, "ECOWAS")
O("ECOWAS", ECOWAS, "ECOWAS")
O("WAEMU", WAEMU, "WAEMU", ctx="the WAEMU itself")
O("Confederation of Sahel States", CONF)
# ---- Fifty years of treaties
N("Fifty", 50, "year", ctx="Fifty years of treaties")
D("1960s", "196X")
O("West African Monetary Union", WAMU, "WAMU")
O("WAMU", WAMU, "WAMU")
T("treaty of 12 May 1962", T1962)
D("12 May 1962", "1962-05-12")
O("BCEAO", BCEAO, "BCEAO", ctx="the BCEAO, founded")
D("1959", "1959")
N("two", 2, "text", ctx="two texts of 1973")
D("1973", "1973", ctx="texts of 1973")
T("Treaty establishing the West African Monetary Union", T1973)
O("West African Monetary Union", WAMU, "WAMU")
D("14 November 1973", "1973-11-14")
T("Statutes of the BCEAO", "Statutes of the BCEAO")
O("BCEAO", BCEAO, "BCEAO")
T("Cooperation Agreement between the French Republic and the Member Republics of the West African Monetary Union", C1973)
O("West African Monetary Union", WAMU, "WAMU")
D("4 December 1973", "1973-12-04")
F(2)
T("1973 agreement", C1973)
D("1973", "1973")
O("Bank", BCEAO, "BCEAO", ctx="the Bank kept")
N("at least 65 per cent", 65, "percent", "at least")
O("French Treasury", "French Treasury")
T("operations account convention", "Operations Account Convention")
N("one half", 0.5, "fraction", ctx="lowered to one half")
D("2005", "2005")
F(3)
O("Bank", BCEAO, "BCEAO", ctx="The Bank's headquarters")
D("1978", "1978")
N("three", 3, "year", ctx="three years after")
D("January 1994", "1994-01")
D("10 January 1994", "1994-01-10")
N("seven", 7, "head of state")
T("Treaty of the West African Economic and Monetary Union", TUEMOA)
O("West African Economic and Monetary Union", WAEMU, "WAEMU")
F(4)
N("Two", 2, "day", ctx="Two days later")
D("12 January", "XXXX-01-12", ctx="on 12 January,", alt=["1994-01-12"])
N("half", 0.5, "fraction", ctx="devalued by half")
N("one", 1, "FRF", ctx="one French franc, which")
N("50", 50, "XOF", ctx="bought 50 CFA francs")
D("1948", "1948")
N("100", 100, "XOF", ctx="now bought 100")
F(5)
D("2 May 1997", "1997-05-02")
N("eight", 8, "member", ctx="membership to eight")
D("1 January 1999", "1999-01-01")
N("655.957", 655.957, "XOF")
F(6)
O("WAEMU", WAEMU, "WAEMU", ctx="The WAEMU's Convergence")
T("Convergence, Stability, Growth and Solidarity Pact", "Convergence, Stability, Growth and Solidarity Pact")
D("December 1999", "1999-12")
# ---- What the 2019 reform changed
D("2019", "2019", ctx="What the 2019 reform")
T("Agreement on Cooperation between the Government of the French Republic and the Governments of the Member States of the West African Monetary Union", C2019)
O("Government of the French Republic", "Government of the French Republic")
O("West African Monetary Union", WAMU, "WAMU")
D("21 December 2019", "2019-12-21")
F(7)
T("Abidjan agreement", C2019)
N("three", 3, "thing", ctx="three things")
O("French Treasury", "French Treasury")
O("BCEAO", BCEAO, "BCEAO")
O("WAEMU Banking Commission", "WAEMU Banking Commission")
O("Monetary Policy Committee", "Monetary Policy Committee")
F(8)
N("two", 2, "pillar", ctx="the two pillars")
D("2020", "2020", ctx="side in 2020")
T("2020 agreement", C2019)
D("2020", "2020")
O("French Council of Ministers", "French Council of Ministers")
D("20 May 2020", "2020-05-20")
D("16 December 2020", "2020-12-16")
T("cooperation agreement", C2019, ctx="approval of the cooperation agreement")
F(9)
O("BCEAO", BCEAO, "BCEAO", ctx="The BCEAO then moved")
N("some €5 billion", 5000000000, "EUR", "some")
N("about XOF 3,280 billion", 3280000000000, "XOF", "about")
D("2021", "2021", ctx="first months of 2021")
F(10)
O("BCEAO", BCEAO, "BCEAO", ctx="Governor of the BCEAO")
D("2022", "2022", ctx="Brou since 2022")
O("Banque de France", "Banque de France")
O("Union", WAEMU, "WAEMU", ctx="inflation in the Union")
N("7.4 per cent", 7.4, "percent")
D("2022", "2022", ctx="7.4 per cent in 2022")
N("2.75 per cent", 2.75, "percent")
N("below −4 per cent", -4, "percent", "below")
O("Bank", BCEAO, "BCEAO", ctx="the Bank raised")
# ---- The ECOWAS Eco
O("ECOWAS", ECOWAS, "ECOWAS", ctx="The ECOWAS Eco: a roadmap")
O("WAEMU", WAEMU, "WAEMU", ctx="nor the WAEMU's own")
O("ECOWAS", ECOWAS, "ECOWAS", ctx="It belongs to ECOWAS")
N("fifteen", 15, "member")
D("29 June 2019", "2019-06-29")
T("Revised Treaty of the Economic Community of West African States", RTREATY)
O("Economic Community of West African States", ECOWAS, "ECOWAS")
D("24 July 1993", "1993-07-24")
F(11)
T("Revised Treaty", RTREATY, ctx="of the Revised Treaty commits")
O("Community", ECOWAS, "ECOWAS", ctx="commits the Community")
T("Treaty of Lagos", "Treaty of Lagos")
D("28 May 1975", "1975-05-28")
N("six", 6, "month", ctx="six months after")
D("16 January 2020", "2020-01-16")
O("Convergence Council of the West African Monetary Zone", WAMZCC)
O("WAMZ", WAMZ, "WAMZ")
N("six", 6, "state", ctx="the six mostly")
T("Accra Declaration", "Accra Declaration")
D("April 2000", "2000-04")
T("ECOWAS Roadmap for the Single Currency Programme", "ECOWAS Roadmap for the Single Currency Programme")
O("ECOWAS", ECOWAS, "ECOWAS")
F(12)
D("19 June 2021", "2021-06-19")
O("ECOWAS", ECOWAS, "ECOWAS", ctx="ECOWAS leaders")
D("2027", "2027")
T("Convergence and Macroeconomic Stability Pact", "Convergence and Macroeconomic Stability Pact")
D("2022–2026", "2022/2026")
N("no more than 3 per cent", 3, "percent", "no more than")
N("below 10 per cent", 10, "percent", "below")
F(13)
N("roughly two thirds", 0.667, "fraction", "roughly")
O("Community", ECOWAS, "ECOWAS", ctx="Community's output")
N("above 30 per cent", 30, "percent", "above")
D("2024", "2024", ctx="30 per cent in 2024")
N("about 70 per cent", 70, "percent", "about")
D("between mid-2023 and the third quarter of 2024", "2023/2024-35",
  alt=["2023/2024", "2023/2024-09", "2023-06/2024-09", "2023-07/2024-09", "2023-06/2024-35", "2023-07/2024-35"])
O("WAEMU", WAEMU, "WAEMU", ctx="the WAEMU central bankers")
F(14)
O("West African Monetary Institute", "West African Monetary Institute", "WAMI")
O("WAMI", "West African Monetary Institute", "WAMI")
O("ECOWAS", ECOWAS, "ECOWAS", ctx="Eco of ECOWAS")
F(15)
# ---- Sovereignty after the coups
T("Liptako-Gourma Charter", "Liptako-Gourma Charter")
O("Alliance of Sahel States", AES, "AES")
O("AES", AES, "AES")
D("16 September 2023", "2023-09-16")
D("28 January 2024", "2024-01-28")
O("ECOWAS", ECOWAS, "ECOWAS", ctx="withdrawal from ECOWAS")
T("Protocol A/SP1/12/01 on Democracy and Good Governance", "ECOWAS Protocol A/SP1/12/01 on Democracy and Good Governance")
D("6 July 2024", "2024-07-06")
N("three", 3, "state", ctx="the three signed")
T("Treaty establishing the Confederation of Sahel States", TCONF)
O("Confederation of Sahel States", CONF)
F(16)
T("Niamey treaty", TCONF)
T("final communiqué of the summit", CAES)
F(17)
N("three", 3, "state", ctx="The three states remain")
O("WAEMU", WAEMU, "WAEMU", ctx="remain WAEMU members")
O("BCEAO", BCEAO, "BCEAO", ctx="shareholders of the BCEAO")
N("about 73 million", 73000000, "people", "about")
N("nearly half", 0.5, "fraction", "nearly")
O("Union", WAEMU, "WAEMU", ctx="the Union's population")
N("some 150 million", 150000000, "people", "some")
O("JNIM", "JNIM")
D("November 2022", "2022-11")
D("26 July 2023", "2023-07-26")
D("24 March 2024", "2024-03-24")
O("PASTEF", "PASTEF")
O("Union", WAEMU, "WAEMU", ctx="reform within the Union")
D("26 September 2024", "2024-09-26")
N("about 10.4 per cent", 10.4, "percent", "about")
D("2019–2023", "2019/2023")
N("5.5 per cent", 5.5, "percent")
F(18)
O("IMF", IMF, "IMF", ctx="The IMF, whose")
N("some US$1.8 billion", 1800000000, "USD", "some")
D("June 2023", "2023-06")
# ---- Eco 2.0
N("Three", 3, "condition", ctx="Three conditions")
O("BCEAO", BCEAO, "BCEAO", ctx="the BCEAO could peg")
O("IMF", IMF, "IMF", ctx="an option the IMF")
O("Union", WAEMU, "WAEMU", ctx="surveillance of the Union")
F(19)
O("African Development Bank", AFDB, "AfDB")
O("AfDB", AFDB, "AfDB")
D("2024", "2024", ctx="African Economic Outlook 2024 expects")
O("Banque Ouest Africaine de Développement", "Banque Ouest Africaine de Développement", "BOAD")
O("BOAD", "Banque Ouest Africaine de Développement", "BOAD")
O("BCEAO", BCEAO, "BCEAO", ctx="role with the BCEAO")
F(20)
O("WAEMU", WAEMU, "WAEMU", ctx="Intra-WAEMU trade")
N("barely 15 per cent", 15, "percent", "barely")
O("Ecobank", "Ecobank")
N("33", 33, "country")
O("Wave", "Wave", ctx="and Wave, the Senegalese")
F(21)
D("1973", "1973", ctx="the 1973 and 1994 treaties")
D("1994", "1994", ctx="1994 treaties")
O("Union", WAEMU, "WAEMU", ctx="capitals of the Union")
F(22)
N("Five", 5, "decade", ctx="Five decades")
T("Dakar agreement", C1973)
# ---- bio
O("Université Cheikh Anta Diop de Dakar", "Université Cheikh Anta Diop de Dakar")
O("CEMR", CEMR, "CEMR", ctx="fellow of the CEMR")
O("BCEAO", BCEAO, "BCEAO", ctx="economist at the BCEAO")
D("1998–2011", "1998/2011")
O("Université Gaston Berger", "Université Gaston Berger")
# ---- rights
D("2024", "2024", ctx="© 2024")
O("Centre d'études monétaires et régionales", CEMR, "CEMR", ctx="Centre d'études monétaires et régionales, Dakar. All")
O("The Francophone Review", TFR, ctx="and The Francophone Review.")
# ---- notes
ACC = lambda: D("2024-11-03", "2024-11-03", ctx="accessed 2024-11-03")
CON = lambda: D("3 November 2024", "2024-11-03", ctx="consulted on 3 November 2024")
# 1
O("Présidence de la République", "Présidence de la République")
O("Élysée", "Élysée", ctx="[in French], Élysée,")
D("21 December 2019", "2019-12-21"); CON()
# 2
O("BCEAO", BCEAO, "BCEAO", ctx="2. BCEAO")
T("Traité constituant l'Union monétaire ouest-africaine (UMOA)", T1973)
O("Union monétaire ouest-africaine", WAMU, "WAMU")
O("UMOA", WAMU, "UMOA")
D("14 novembre 1973", "1973-11-14"); ACC()
# 3
O("La Découverte", "La Découverte")
D("2018", "2018")
# 4
O("UEMOA Commission", "UEMOA Commission")
T("Traité de l'Union économique et monétaire ouest-africaine", TUEMOA)
O("Union économique et monétaire ouest-africaine", WAEMU, "UEMOA")
D("10 January 1994", "1994-01-10"); ACC()
# 5
D("12 janvier 1994", "1994-01-12")
N("la moitié", 0.5, "fraction")
O("Jeune Afrique", "Jeune Afrique")
D("12 January 2014", "2014-01-12"); CON()
# 6
O("Banque de France", "Banque de France", ctx="6. Banque de France")
D("1er janvier 1999", "1999-01-01")
D("2019", "2019", ctx="Zone franc 2019")
ACC()
# 7
T("Accord de coopération entre le Gouvernement de la République française et les Gouvernements des États membres de l'Union monétaire ouest-africaine", C2019)
O("Gouvernement de la République française", "Government of the French Republic")
O("Union monétaire ouest-africaine", WAMU, "UMOA")
D("21 décembre 2019", "2019-12-21")
O("Légifrance", "Légifrance")
CON()
# 9
D("16 décembre 2020", "2020-12-16")
T("accord de coopération entre le Gouvernement de la République française et les Gouvernements des États membres de l'Union monétaire ouest-africaine", C2019)
O("Gouvernement de la République française", "Government of the French Republic")
O("Union monétaire ouest-africaine", WAMU, "UMOA")
O("Journal officiel de la République française", "Journal officiel de la République française")
ACC()
# 10
O("BCEAO", BCEAO, "BCEAO", ctx="« La BCEAO a transféré")
O("Trésor français", "French Treasury")
O("Agence Ecofin", "Agence Ecofin")
D("2 April 2021", "2021-04-02"); CON()
# 11
O("ECOWAS Commission", "ECOWAS Commission")
T("Revised Treaty of the Economic Community of West African States", RTREATY)
O("Economic Community of West African States", ECOWAS, "ECOWAS")
O("ECOWAS", ECOWAS, "ECOWAS", ctx="(ECOWAS), Cotonou")
D("24 July 1993", "1993-07-24"); ACC()
# 12
O("West African Monetary Institute", "West African Monetary Institute", "WAMI")
T("Communiqué of the Extraordinary Meeting of the WAMZ Convergence Council", "Communiqué of the Extraordinary Meeting of the WAMZ Convergence Council")
O("WAMZ Convergence Council", WAMZCC)
D("16 January 2020", "2020-01-16"); ACC()
# 13
O("ECOWAS Commission", "ECOWAS Commission")
T("Final Communiqué of the 59th Ordinary Session of the ECOWAS Authority of Heads of State and Government", "Final Communiqué of the 59th Ordinary Session of the ECOWAS Authority of Heads of State and Government")
O("ECOWAS Authority of Heads of State and Government", "ECOWAS Authority of Heads of State and Government")
D("19 June 2021", "2021-06-19"); ACC()
# 14
O("IMF", IMF, "IMF", ctx="14. IMF")
D("October 2024", "2024-10")
O("International Monetary Fund", IMF, "IMF")
D("2024", "2024", ctx="Fund, 2024)")
# 15
O("Odile Jacob", "Odile Jacob")
D("2019", "2019", ctx="Jacob, 2019)")
# 16
O("AES", AES, "AES", ctx="d'État de l'AES signent")
T("traité instituant la Confédération des États du Sahel", TCONF)
O("Confédération des États du Sahel", CONF)
O("Agence de Presse Sénégalaise", "Agence de Presse Sénégalaise", "APS")
O("APS", "Agence de Presse Sénégalaise", "APS")
D("6 July 2024", "2024-07-06"); CON()
# 17
T("Communiqué final du premier sommet des chefs d'État de l'Alliance des États du Sahel", CAES)
O("Alliance des États du Sahel", AES, "AES")
O("Jeune Afrique", "Jeune Afrique")
D("7 July 2024", "2024-07-07"); CON()
# 18
N("10,4 %", 10.4, "percent")
O("APS", "Agence de Presse Sénégalaise", "APS", ctx="[in French], APS, 26")
D("26 September 2024", "2024-09-26"); CON()
# 19
O("International Monetary Fund", IMF, "IMF", ctx="19. International Monetary Fund")
O("West African Economic and Monetary Union", WAEMU, "WAEMU")
O("IMF", IMF, "IMF", ctx="IMF Country Report")
D("2024", "2024", ctx="DC, 2024)")
ACC()
# 20
O("African Development Bank", AFDB, "AfDB", ctx="20. African Development Bank")
D("2024", "2024", ctx="Outlook 2024 (Abidjan")
O("AfDB", AFDB, "AfDB", ctx="(Abidjan: AfDB")
D("2024", "2024", ctx="AfDB, 2024)")
ACC()
# 21
O("Ecobank Transnational Incorporated", "Ecobank")
D("2023", "2023", ctx="Annual Report 2023")
D("2024", "2024", ctx="(Lomé, 2024)")
O("Wave", "Wave", ctx="Wave et les banques")
O("UEMOA", WAEMU, "UEMOA", ctx="banques de l'UEMOA")
O("Agence Ecofin", "Agence Ecofin", ctx="[in French], Agence Ecofin, 15")
D("15 October 2024", "2024-10-15"); CON()

# ---- locate
spans = []
cur = 0
def wb(t):
    pre = r"(?<![\w])" if re.match(r"\w", t[0]) else ""
    post = r"(?![\w])" if re.match(r"\w", t[-1]) else ""
    return re.compile(pre + re.escape(t) + post)
for kind, t, attrs, ctx in E:
    if ctx:
        c = SRC.find(ctx, cur)
        if c < 0:
            sys.exit(f"ctx not found after {cur}: {ctx!r}")
        m = wb(t).search(SRC, c, c + len(ctx))
    else:
        m = wb(t).search(SRC, cur)
    if not m:
        sys.exit(f"not found after {cur}: {t!r} (ctx {ctx!r})")
    a, b = m.start(), m.end()
    if kind == "fn":
        if (a > 0 and SRC[a - 1] in SUP) or (b < len(SRC) and SRC[b] in SUP):
            sys.exit(f"marker {t} is part of a longer run at {a}")
    spans.append((a, b, kind, attrs))
    cur = a

# ---- notes: one record per entry of the Notes list, with URLs
ns = SRC.index("\nNotes\n") + 1
for m in re.finditer(r"^(\d+)\. .*$", SRC[ns:], re.M):
    a, b = ns + m.start(), ns + m.end()
    urls = [u.rstrip(".,;)") for u in re.findall(r"https?://[^\s)]+", m.group(0))]
    spans.append((a, b, "note", [("n", m.group(1))] + [("url", u) for u in urls]))

# checks: no overlap within a kind; proper nesting across kinds
spans.sort(key=lambda s: (s[0], -s[1]))
for i, x in enumerate(spans):
    for y in spans[i + 1:]:
        if y[0] >= x[1]:
            break
        if y[2] == x[2] and x[2] != "note":
            sys.exit(f"overlap of one kind: {SRC[x[0]:x[1]]!r} / {SRC[y[0]:y[1]]!r}")
        if y[1] > x[1]:
            sys.exit(f"crossing spans: {SRC[x[0]:x[1]]!r} / {SRC[y[0]:y[1]]!r}")

# ---- render with nesting
opens, closes = {}, {}
for a, b, kind, attrs in spans:
    opens.setdefault(a, []).append((b, kind))
    tail = "".join(f"|{k}={v}" for k, v in attrs) + "\u27e7"
    closes.setdefault(b, []).append((a, tail))
out = []
for i in range(len(SRC) + 1):
    for a, tail in sorted(closes.get(i, []), key=lambda z: -z[0]):  # inner (later start) first
        out.append(tail)
    for b, kind in sorted(opens.get(i, []), key=lambda z: -z[0]):  # outer (later end) first
        out.append("\u27e6" + kind + "|")
    if i < len(SRC):
        out.append(SRC[i])
open(os.path.join(HERE, ID + ".annotated.txt"), "w", encoding="utf-8", newline="").write("".join(out))
from collections import Counter
print(Counter(s[2] for s in spans))
