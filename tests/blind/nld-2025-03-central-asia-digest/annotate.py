#!/usr/bin/env python3
"""Insert inline markup (shared/eval/mkgold.py format) into nld-2025-03-central-asia-digest.txt
at positions found by searching the source, in document order. Writes the .annotated.txt copy
(same CRLF line endings, BOM kept) and checks that stripping the markup gives the source back."""
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "nld-2025-03-central-asia-digest"
raw = open(os.path.join(HERE, ID + ".txt"), "rb").read().decode("utf-8")
BOM = raw.startswith("\ufeff")
src = raw[1:] if BOM else raw

SUP = "¹²³⁴⁵⁶⁷⁸⁹⁰"
A = []  # (kind, text, ctx, attrs)


def d(text, value, ctx=None, alt=()):
    A.append(("date", text, ctx, [("value", value)] + [("alt", a) for a in alt]))


def n(text, value, unit=None, q=None, ctx=None):
    at = [("value", str(value))]
    if unit:
        at.append(("unit", unit))
    if q:
        at.append(("q", q))
    A.append(("number", text, ctx, at))


def o(text, name=None, acr=None, ctx=None):
    at = []
    if name:
        at.append(("name", name))
    if acr:
        at.append(("acronym", acr))
    A.append(("org", text, ctx, at))


def t(text, name=None, ctx=None):
    A.append(("treaty", text, ctx, [("name", name)] if name else []))


def fn(k):
    sup = "".join(SUP[int(c) - 1] if c != "0" else "⁰" for c in str(k))
    A.append(("fn", sup, None, [("n", str(k))]))


def note(k):
    A.append(("note", None, k, []))


ALMATY = "Almaty Agreement"
SYR = "Agreement on the Use of Water and Energy Resources of the Syr Darya Basin"
WATERCONV = "Convention on the Protection and Use of Transboundary Watercourses and International Lakes"
TEHRAN = "Framework Convention for the Protection of the Marine Environment of the Caspian Sea"
CASAJD = "Joint Declaration on the Resumption of CASA-1000 Construction in Afghanistan"
KAMB = "Roadmap for the Construction of Kambarata HPP-1"
WATERFAC = "Agreement on Ensuring Access to Water and Energy Facilities"
MOU = "EU–Kazakhstan Memorandum of Understanding on Sustainable Raw Materials, Batteries and Renewable Hydrogen"
CANWFZ = "Treaty on a Nuclear-Weapon-Free Zone in Central Asia"
CANWFZP = "Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia"
NPT = "Treaty on the Non-Proliferation of Nuclear Weapons"
LEU = "Host State Agreement between the IAEA and Kazakhstan on the LEU Bank"
EAEUT = "Treaty on the Eurasian Economic Union"
RAIL = "China–Kyrgyzstan–Uzbekistan Railway Agreement"
BORDER = "Agreement between the Kyrgyz Republic and the Republic of Tajikistan on the Kyrgyz-Tajik State Border"
CAFRIEND = "Treaty on Friendship, Good-Neighbourliness and Cooperation for the Development of Central Asia in the 21st Century"
ICWC = "Interstate Commission for Water Coordination"
IFAS = "International Fund for Saving the Aral Sea"
ECIFAS = "Executive Committee of the International Fund for Saving the Aral Sea"
SCO = "Shanghai Cooperation Organisation"
EAEU = "Eurasian Economic Union"
EU = "European Union"
IAEA = "International Atomic Energy Agency"
Q1 = ("2025-33",)

# ---- header, title, lead
o("CENTRAL ASIA DIGEST", "Central Asia Digest")
d("March 2025", "2025-03")
d("Early 2025", "2025")
d("first quarter of 2025", "2025-01/2025-03", alt=Q1)
n("five", 5, "capital", ctx="the five Central Asian capitals")
d("1990s", "1990/1999", alt=("199X",))
n("Five", 5, "item", ctx="Five short items")
# ---- water
n("thirty-three", 33, "year")
d("18.02.1992", "1992-02-18")
n("less than two", 2, "month", "less than")
t("Agreement on Cooperation in the Field of Joint Management, Use and Protection of Water Resources of Interstate Sources", ALMATY)
fn(1)
t("Almaty Agreement", ALMATY)
o("Interstate Commission for Water Coordination", ICWC, "ICWC")
o("ICWC", ICWC, "ICWC")
n("five", 5, "minister", ctx="the five water ministers")
o("BWO Amudarya")
o("BWO Syrdarya")
o("ICWC", ICWC, "ICWC", ctx="The ICWC still")
d("1998", "1998")
t("agreement between Kazakhstan, Kyrgyzstan and Uzbekistan on the use of water and energy resources of the Syr Darya basin", SYR)
d("mid-2000s", "2000/2009", alt=("200X", "2004/2006"))
n("roughly nine-tenths", 0.9, None, "roughly")
d("1960", "1960")
o("International Fund for Saving the Aral Sea", IFAS, "IFAS")
o("IFAS", IFAS, "IFAS")
d("1993", "1993")
t("Nukus Declaration")
d("20.09.1995", "1995-09-20")
d("2024–2026", "2024/2026")
fn(2)
t("Almaty accord", ALMATY)
n("285-kilometre", 285, "kilometre")
n("6", 6, "cubic kilometre", ctx="6 to 10 cubic")
n("10", 10, "cubic kilometre", ctx="10 cubic")
n("up to a fifth", 0.2, None, "up to")
fn(3)
n("five", 5, "state", ctx="Of the five states")
d("1992", "1992", ctx="the 1992 Convention")
t("Convention on the Protection and Use of Transboundary Watercourses and International Lakes", WATERCONV)
t("UNECE Water Convention", WATERCONV)
o("UNECE", "United Nations Economic Commission for Europe", "UNECE", ctx="=")
o("Mazhilis")
d("Q1 2025", "2025-01/2025-03", alt=Q1)
n("roughly two", 2, "metre", "roughly")
d("mid-1990s", "1990/1999", alt=("199X", "1994/1996"))
n("about −29", -29, "metre", "about")
d("2003", "2003", ctx="the 2003 Framework")
t("Framework Convention for the Protection of the Marine Environment of the Caspian Sea", TEHRAN)
t("Tehran Convention", TEHRAN)
fn(4)
# ---- energy
n("1,300-megawatt", 1300, "megawatt")
n("about $1.2bn", 1200000000, "USD", "about")
o("World Bank")
o("Islamic Development Bank", "Islamic Development Bank", "IsDB")
o("IsDB", "Islamic Development Bank", "IsDB")
o("United States Agency for International Development", "United States Agency for International Development", "USAID")
o("USAID", "United States Agency for International Development", "USAID")
o("Taliban")
d("August 2021", "2021-08")
n("about 18%", 18, "percent", "about")
d("23.02.2024", "2024-02-23")
o("World Bank")
t("Joint Declaration", CASAJD)
fn(5)
o("CASA-1000 Intergovernmental Council")
o("Islamic State Khorasan Province", "Islamic State Khorasan Province", "ISKP")
o("ISKP", "Islamic State Khorasan Province", "ISKP")
n("335", 335, "metre")
n("3,780", 3780, "MW")
n("six", 6, "unit", ctx="six units")
n("two", 2, "unit", ctx="two have run")
d("16.11.2018", "2018-11-16")
d("09.09.2019", "2019-09-09")
d("December 2024", "2024-12")
o("World Bank")
n("$350m", 350000000, "USD")
n("more than $6bn", 6000000000, "USD", "more than")
fn(6)
o("Barki Tojik")
d("between October 2024 and March 2025", "2024-10/2025-03")
o("Asia-Plus")
fn(7)
d("from 01.08.2023 to 31.12.2026", "2023-08-01/2026-12-31")
o("AKIpress")
n("1,860", 1860, "MW")
n("three", 3, "state", ctx="three states")
n("120", 120, "MW")
d("2010", "2010")
t("roadmap for its joint construction", KAMB)
d("06.01.2023", "2023-01-06")
n("34%", 34, "percent")
n("33%", 33, "percent")
fn(8)
n("$5bn", 5000000000, "USD")
n("$6bn", 6000000000, "USD")
o("World Bank")
# ---- uranium
o("Kazatomprom", ctx="Uranium: Kazatomprom")
n("roughly 43%", 43, "percent", "roughly")
d("2022", "2022", ctx="uranium in 2022")
o("Kazatomprom")
d("August 2024", "2024-08")
d("2025", "2025", ctx="guidance for 2025")
n("25,000", 25000, "tonne")
n("26,500", 26500, "tonne")
n("100%", 100, "percent")
d("4Q24", "2024-10/2024-12", alt=("2024-36",))
fn(9)
o("Samruk-Kazyna")
n("three-quarters", 0.75)
d("01.01.2025", "2025-01-01")
n("6%", 6, "percent")
n("9%", 9, "percent")
d("2026", "2026", ctx="due in 2026")
n("about −13%", -13, "percent", "about")
d("2024", "2024", ctx="dollar over 2024")
n("500", 500, "KZT")
d("November", "XXXX-11", alt=("2024-11",))
d("06.10.2024", "2024-10-06")
n("about 71%", 71, "percent", "about")
n("Four", 4, "vendor", ctx="Four vendors")
o("Rosatom")
o("China National Nuclear Corporation", "China National Nuclear Corporation", "CNNC")
o("CNNC", "China National Nuclear Corporation", "CNNC")
o("Électricité de France", "Électricité de France", "EDF")
o("EDF", "Électricité de France", "EDF")
o("Korea Hydro & Nuclear Power", "Korea Hydro & Nuclear Power", "KHNP")
o("KHNP", "Korea Hydro & Nuclear Power", "KHNP")
o("Rosatom", ctx="Rosatom's VVER")
fn(10)
o("European Union", EU, "EU")
t("Memorandum of Understanding on sustainable raw materials, batteries and renewable hydrogen", MOU)
d("07.11.2022", "2022-11-07")
fn(11)
t("Treaty on a Nuclear-Weapon-Free Zone in Central Asia", CANWFZ)
d("08.09.2006", "2006-09-08")
d("21.03.2009", "2009-03-21")
t("Semipalatinsk Treaty", CANWFZ)
t("CANWFZ", CANWFZ)
n("five", 5, "party", ctx="five parties")
t("Treaty on the Non-Proliferation of Nuclear Weapons", NPT)
t("NPT", NPT)
o("International Atomic Energy Agency", IAEA, "IAEA")
o("IAEA", IAEA, "IAEA")
n("five", 5, "state", ctx="five nuclear-weapon states")
t("Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia", CANWFZP)
d("06.05.2014", "2014-05-06")
fn(12)
o("IAEA", IAEA, "IAEA", ctx="IAEA's low")
o("Ulba Metallurgical Plant")
d("2015", "2015", ctx="a 2015 agreement")
t("agreement between the IAEA and Kazakhstan", LEU)
o("IAEA", IAEA, "IAEA")
n("about 90", 90, "tonne", "about")
d("late 2019", "2019")
fn(13)
# ---- trade
n("ten", 10, "year", ctx="a treaty at ten")
t("Treaty on the Eurasian Economic Union", EAEUT)
o("Eurasian Economic Union", EAEU, "EAEU")
d("29.05.2014", "2014-05-29")
n("ten", 10, "year", ctx="ten years")
o("EAEU", EAEU, "EAEU")
d("December 2020", "2020-12")
o("Interfax")
o("Eurasian Economic Commission", "Eurasian Economic Commission", "EEC")
o("EEC", "Eurasian Economic Commission", "EEC")
n("five", 5, "member", ctx="five members")
n("around $90bn", 90000000000, "USD", "around")
d("2024", "2024", ctx="$90bn in 2024")
fn(14)
d("March", "XXXX-03", ctx="in March the Uzbek", alt=("2025-03",))
n("about 12,950", 12950, "UZS", "about")
n("about 87", 87, "KGS", "about")
d("03–04.07.2024", "2024-07-03/2024-07-04")
o("Shanghai Cooperation Organisation", SCO, "SCO")
o("SCO", SCO, "SCO")
t("Astana Declaration")
fn(15)
t("SCO Charter")
o("SCO", SCO, "SCO", ctx="=")
d("07.06.2002", "2002-06-07")
t("Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation")
d("16.08.2007", "2007-08-16")
t("Xi'an Declaration")
d("19.05.2023", "2023-05-19")
t("C5+1 Leaders' Joint Statement")
d("19.09.2023", "2023-09-19")
t("Joint Roadmap for Deepening Ties between the EU and Central Asia")
o("EU", EU, "EU")
d("23.10.2023", "2023-10-23")
o("European Commission")
n("€10bn", 10000000000, "EUR")
fn(16)
d("2024", "2024", ctx="The 2024 agreement")
t("agreement between China, Kyrgyzstan and Uzbekistan", RAIL)
d("06.06.2024", "2024-06-06")
d("27.12.2024", "2024-12-27")
fn(17)
n("about 523", 523, "km", "about")
n("$4.7bn", 4700000000, "USD")
o("Kun.uz")
n("six", 6, "year", ctx="six years")
o("Uzbekneftegaz")
n("roughly a fifth", 0.2, None, "roughly")
d("2019", "2019", ctx="since 2019")
o("Gazprom")
fn(18)
# ---- borders
t("Bishkek deal", BORDER)
d("13.03.2025", "2025-03-13")
t("Agreement between the Kyrgyz Republic and the Republic of Tajikistan on the Kyrgyz-Tajik State Border", BORDER)
n("some 970", 970, "km", "some")
d("April 2021", "2021-04")
d("September 2022", "2022-09")
n("more than 100", 100, "people", "more than")
fn(19)
o("Jogorku Kenesh")
t("Bishkek deal", BORDER)
n("three", 3, "reading", ctx="three readings")
o("Majlisi Oli")
fn(20)
d("March", "XXXX-03", ctx="days of March", alt=("2025-03",))
n("three", 3, "border", ctx="three borders")
t("Treaty on Friendship, Good-Neighbourliness and Cooperation for the Development of Central Asia in the 21st Century", CAFRIEND)
d("21.07.2022", "2022-07-21")
t("Roadmap for the Development of Regional Cooperation for 2022–2024")
d("2022–2024", "2022/2024")
fn(21)
d("1975", "1975")
t("Helsinki Final Act")
n("five", 5, "state", ctx="the five accepted")
o("Conference on Security and Co-operation in Europe", "Conference on Security and Co-operation in Europe", "CSCE")
o("CSCE", "Conference on Security and Co-operation in Europe", "CSCE")
d("1992", "1992", ctx="in 1992, the")
o("OSCE", "Organization for Security and Co-operation in Europe", "OSCE")
t("agreement between the Cabinet of Ministers of the Kyrgyz Republic and the Government of the Republic of Tajikistan on ensuring access to water and energy facilities", WATERFAC)
o("Cabinet of Ministers of the Kyrgyz Republic")
o("Government of the Republic of Tajikistan")
# ---- sources
note(1)
o("Interstate Commission for Water Coordination of Central Asia", ICWC, "ICWC")
t("Agreement on Cooperation in the Field of Joint Management, Use and Protection of Water Resources of Interstate Sources", ALMATY)
d("18.02.1992", "1992-02-18")
o("Scientific-Information Center of ICWC")
d("10.03.2025", "2025-03-10")
note(2)
o("Executive Committee of the International Fund for Saving the Aral Sea", ECIFAS, "EC IFAS")
o("EC IFAS", ECIFAS, "EC IFAS")
d("2021", "2021", ctx="IFAS, 2021")
d("11.03.2025", "2025-03-11")
note(3)
o("Kun.uz")
d("14.02.2025", "2025-02-14")
d("2021", "2021", ctx="after 2021")
o("Central Asian Journal of Water Research")
d("2024", "2024", ctx="(2024)")
note(4)
o("Tehran Convention Secretariat")
t("Tehran Convention", TEHRAN, ctx="=")
t("Framework Convention for the Protection of the Marine Environment of the Caspian Sea", TEHRAN)
d("04.11.2003", "2003-11-04")
o("Kazinform")
d("05.02.2025", "2025-02-05")
note(5)
o("World Bank")
d("23.02.2024", "2024-02-23")
note(6)
o("World Bank")
o("World Bank")
d("17.12.2024", "2024-12-17")
note(7)
o("Asia-Plus")
d("01.10.2024", "2024-10-01")
o("AKIpress")
note(8)
o("Kazinform")
d("06.01.2023", "2023-01-06")
note(9)
o("Kazatomprom")
d("4Q24", "2024-10/2024-12", alt=("2024-36",))
d("03.02.2025", "2025-02-03")
note(10)
o("Kazinform")
o("Central Election Commission")
d("07.10.2024", "2024-10-07")
note(11)
o("European Commission")
o("EU", EU, "EU")
t("Memorandum of Understanding on raw materials, batteries and renewable hydrogen", MOU)
d("07.11.2022", "2022-11-07")
note(12)
o("United Nations Office for Disarmament Affairs", "United Nations Office for Disarmament Affairs", "UNODA")
o("UNODA", "United Nations Office for Disarmament Affairs", "UNODA")
t("Treaty on a Nuclear-Weapon-Free Zone in Central Asia", CANWFZ)
d("12.03.2025", "2025-03-12")
note(13)
o("World Nuclear News")
o("IAEA", IAEA, "IAEA")
d("18.10.2019", "2019-10-18")
note(14)
o("Interfax")
o("EAES", EAEU, "EAES")
d("2024", "2024", ctx="v 2024 godu")
n("$90 mlrd", 90000000000, "USD")
d("05.02.2025", "2025-02-05")
note(15)
o("Shanghai Cooperation Organisation", SCO, "SCO")
t("Astana Declaration of the Council of Heads of State of the Shanghai Cooperation Organisation", "Astana Declaration")
o("Council of Heads of State of the Shanghai Cooperation Organisation")
d("04.07.2024", "2024-07-04")
note(16)
o("European Commission")
n("€10 billion", 10000000000, "EUR")
d("30.01.2024", "2024-01-30")
note(17)
o("Kun.uz")
d("27.12.2024", "2024-12-27")
note(18)
o("Gazeta.uz")
n("pyat'", 5, "year")
d("20.01.2025", "2025-01-20")
o("Reuters")
d("07.10.2023", "2023-10-07")
note(19)
o("Press Service of the President of the Kyrgyz Republic")
t("agreement on the state border", BORDER)
d("13.03.2025", "2025-03-13")
note(20)
o("24.kg")
o("Zhogorku Kenesh", "Jogorku Kenesh")
n("three", 3, "reading", ctx="three readings")
d("19.03.2025", "2025-03-19")
o("Asia-Plus")
o("Majlisi Oli")
t("border treaty with Kyrgyzstan", BORDER)
o("Radio Azattyk")
note(21)
o("Akorda")
t("Treaty on Friendship, Good-Neighbourliness and Cooperation for the Development of Central Asia in the 21st Century", CAFRIEND)
d("21.07.2022", "2022-07-21")
# ---- about, rights
o("Aral-Caspian Policy Forum")
d("from 2016 to 2021", "2016/2021")
o("Scientific-Information Center of ICWC")
o("Nazarbayev University")
d("2019", "2019", ctx="(2019)")
o("The Diplomat")
o("Eurasianet")
d("2025", "2025", ctx="© 2025")
o("Aral-Caspian Policy Forum")
o("Central Asia Digest")

# ---- locate
URL = re.compile(r"https?://[^\s]+")
spans = []  # (start, end, kind, attrs)
cur = 0
for kind, text, ctx, attrs in A:
    if kind == "note":
        k = ctx
        m = re.compile(r"^%d\. [^\r\n]*" % k, re.M).search(src, cur)
        assert m, k
        a, b = m.start(), m.end()
        urls = [u.rstrip(".,;)") for u in URL.findall(src[a:b])]
        spans.append((a, b, "note", [("n", str(k))] + [("url", u) for u in urls]))
        cur = a + 1
        continue
    if ctx == "=":  # nested at the same start as the previous mention
        cur -= 1
        ctx = None
    if ctx:
        c = src.find(ctx, cur)
        assert c >= 0, (kind, text, ctx)
        a = src.find(text, c)
        assert a >= 0 and a + len(text) <= c + len(ctx), (kind, text, ctx)
    else:
        if kind == "fn":
            pat = r"(?<![%s])%s(?![%s])" % (SUP, re.escape(text), SUP)
        else:
            pat = r"(?<!\w)%s(?!\w)" % re.escape(text)
        m = re.compile(pat).search(src, cur)
        assert m, (kind, text, cur)
        a = m.start()
    b = a + len(text)
    spans.append((a, b, kind, attrs))
    cur = a + 1

# sanity: no duplicate spans of the same kind, nested spans properly contained
seen = set()
for s in spans:
    key = (s[0], s[1], s[2])
    assert key not in seen, ("duplicate", s, src[s[0]:s[1]])
    seen.add(key)


def render():
    order = sorted(spans, key=lambda s: (s[0], -s[1]))
    out, pos = [], 0
    stack = []
    events = []
    for s in order:
        events.append(s)
    # emit recursively
    def emit(lo, hi, items):
        res, p, i = [], lo, 0
        while i < len(items):
            a, b, kind, attrs = items[i]
            inner = []
            j = i + 1
            while j < len(items) and items[j][0] < b:
                assert items[j][1] <= b, ("crossing spans", items[i], items[j])
                inner.append(items[j])
                j += 1
            res.append(src[p:a])
            body = emit(a, b, inner)
            res.append("\u27e6" + kind + "|" + body + "".join("|%s=%s" % kv for kv in attrs) + "\u27e7")
            p = b
            i = j
        res.append(src[p:hi])
        return "".join(res)
    return emit(0, len(src), order)


ann = render()
with open(os.path.join(HERE, ID + ".annotated.txt"), "w", encoding="utf-8", newline="") as f:
    f.write(("\ufeff" if BOM else "") + ann)
strip = re.sub(r"\u27e6[a-z]+\|", "", ann)
strip = re.sub(r"(\|[a-zA-Z]+=[^|\u27e7]*)*\u27e7", "", strip)
assert strip == src, "round trip failed"
from collections import Counter
print(Counter(s[2] for s in spans))
