#!/usr/bin/env python3
"""Insert inline markup into rcp-2023-04-mekong-water-security.txt by searching the text.

Every record is listed below in document order. A surface is searched from the start of the
previous record onward (so a record nested in the previous one is found), skipping matches that
overlap a record of the same kind already placed. In a surface, a space matches a space or a
CRLF line break, and between any two other characters a hyphenated or plain line break
("-\\r\\n" or "\\r\\n") may occur. "[...]" marks the span inside a longer context.
Notes are found as whole entries of the Notes list and carry their URLs (hand-checked below).
Writes rcp-2023-04-mekong-water-security.annotated.txt (CRLF kept).
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "rcp-2023-04-mekong-water-security"
SRC = open(os.path.join(HERE, ID + ".txt"), encoding="utf-8", newline="").read()

OPEN, CLOSE = "\u27e6", "\u27e7"

R = []  # (kind, surface, attrs)


def d(s, v, alt=None):
    a = [("value", v)]
    if alt:
        a.append(("alt", alt))
    R.append(("date", s, a))


def n(s, v, unit=None, q=None):
    a = [("value", str(v))]
    if unit:
        a.append(("unit", unit))
    if q:
        a.append(("q", q))
    R.append(("number", s, a))


def o(s, name=None, acr=None):
    a = []
    if name:
        a.append(("name", name))
    if acr:
        a.append(("acronym", acr))
    R.append(("org", s, a))


def t(s, name=None):
    R.append(("treaty", s, [("name", name)] if name else []))


def f(s, num):
    R.append(("fn", s, [("n", str(num))]))


MRC = "Mekong River Commission"
MRCS = "MRC Secretariat"
MC = "Committee for Coordination of Investigations of the Lower Mekong Basin"
LMC = "Lancang-Mekong Cooperation"
LMWC = "Lancang-Mekong Water Resources Cooperation Center"
A95 = "Agreement on the Cooperation for the Sustainable Development of the Mekong River Basin"
PNPCA = "Procedures for Notification, Prior Consultation and Agreement"
UNWC = "Convention on the Law of the Non-navigational Uses of International Watercourses"
SANYA = "Sanya Declaration of the First Lancang-Mekong Cooperation Leaders' Meeting"
PLAN = "Five-Year Plan of Action on Lancang-Mekong Cooperation (2018-2022)"
VD20 = "Vientiane Declaration of the Third Mekong-Lancang Cooperation Leaders' Meeting"
VD23 = "Vientiane Declaration of the Fourth Mekong River Commission Summit"
MOU = "Memorandum of Understanding between the MRC Secretariat and the Lancang-Mekong Water Resources Cooperation Center"
HYD = "Agreement on the Provision of Hydrological Information on the Lancang-Mekong River in Flood Season"
CBTA = "Cross-Border Transport Facilitation Agreement"
JMS = "Mekong-U.S. Partnership Joint Ministerial Statement"
MUSP = "Mekong-U.S. Partnership"
TREAS = "U.S. Department of the Treasury"
DFAT = "Department of Foreign Affairs and Trade"
WB = "World Bank"

# ---- header
d("April 2023", "2023-04")
# ---- I. Background
n("some 4,900", 4900, "kilometre", "some")
n("about 795,000", 795000, "square kilometre", "about")
n("six", 6, "country")
n("Roughly 70 million", 70000000, "person", "Roughly")
o("Mekong River Commission", MRC, "MRC")
o("MRC", MRC, "MRC")
n("about 2.3 million", 2300000, "tonne", "about")
n("up to US$11 billion", 11000000000, "USD", "up to")
f("billion.[1]", 1)
n("around half", 0.5, "rice", "around")
d("1957", "1957")
o(MC, MC)
o("Mekong Committee", MC)
o("UN Economic Commission for Asia and the Far East", "Economic Commission for Asia and the Far East", "ECAFE")
o("ECAFE", "Economic Commission for Asia and the Far East", "ECAFE")
t("Statute", "Statute of the Committee for Coordination of Investigations of the Lower Mekong Basin")
d("1960s", "196X", "1960/1969")
f("built.[2]", 2)
t("Joint Declaration of Principles for Utilization of the Waters of the Lower Mekong Basin")
d("January 1975", "1975-01")
o("Interim Mekong Committee")
n("three", 3, "member")
d("1978", "1978")
t("1995 agreement", A95)
d("1995", "1995")
# ---- II
t("1995 Agreement", A95)
d("1995", "1995")
o("Mekong River Commission", MRC, "MRC")
d("5 April 1995", "1995-04-05")
t(A95, A95)
o("MRC", MRC, "MRC")
f("MRC.[3]", 3)
t("Chiang Rai Agreement", A95)
n("three-tier", 3, "tier")
o("Council", "MRC Council")
o("Joint Committee", "MRC Joint Committee")
o("Secretariat", MRCS)
o("Secretariat", MRCS)
n("two", 2, "capital")
o("MRC", MRC, "MRC")
d("1996", "1996")
t("1995 Agreement", A95)
d("1995", "1995")
d("2003", "2003")
o("MRC Council", "MRC Council")
t(PNPCA, PNPCA)
t("PNPCA", PNPCA)
t("PNPCA", PNPCA)
n("six-month", 6, "month")
o("Joint Committee", "MRC Joint Committee")
f("obligation.[4]", 4)
n("six", 6, "riparian")
t(UNWC, UNWC)
o("UN General Assembly", "United Nations General Assembly")
d("21 May 1997", "1997-05-21")
d("May 2014", "2014-05")
t("UN Watercourses Convention", UNWC)
o("UN", "United Nations", "UN")
t("UNWC", UNWC)
d("17 August 2014", "2014-08-17")
d("1997", "1997")
n("only three", 3, "state", "only")
f("so.[5]", 5)
# ---- III
n("1,285-megawatt", 1285, "megawatt")
o("MRC", MRC, "MRC")
d("September 2010", "2010-09")
n("four", 4, "member")
o("CH. Karnchang")
n("roughly US$3.5 billion", 3500000000, "USD", "roughly")
f("banks.[6]", 6)
d("October 2019", "2019-10")
n("about 95", 95, "percent", "about")
o("Electricity Generating Authority of Thailand", "Electricity Generating Authority of Thailand", "EGAT")
o("EGAT", "Electricity Generating Authority of Thailand", "EGAT")
n("about 2.2", 2.2, "THB", "about")
n("260-megawatt", 260, "megawatt")
o("Mega First Corporation Berhad", "Mega First Corporation Berhad")
d("early 2015", "2015")
d("2020", "2020")
n("Four", 4, "project")
d("between 2016 and 2021", "2016/2021")
n("1,460-megawatt", 1460, "megawatt")
o("PetroVietnam Power Corporation")
o("CH. Karnchang")
n("400-megawatt", 400, "megawatt")
o("Hydrolancang International Energy")
o("Royal Group")
o("EVN International")
n("some 5,000", 5000, "person", "some")
d("2017-2018", "2017/2018")
f("2017-2018.[7]", 7)
o("MRC", MRC, "MRC")
d("2017", "2017")
n("40", 40, "percent")
n("80", 80, "percent")
d("2040", "2040")
n("some 97", 97, "percent", "some")
f("delta.[8]", 8)
n("11", 11, "dam")
n("more than 35 billion", 35000000000, "cubic metre", "more than")
d("2019", "2019")
d("mid-2019", "2019")
d("between November 2019 and January 2020", "2019-11/2020-01")
o("Eyes on Earth")
o("Lower Mekong Initiative", "Lower Mekong Initiative", "LMI")
o("LMI", "Lower Mekong Initiative", "LMI")
d("April 2020", "2020-04")
o("Tsinghua University")
d("July", "XXXX-07", "2020-07")
f("July.[9]", 9)
o("Stimson Center")
o("Eyes on Earth")
d("December 2020", "2020-12")
f("week.[10]", 10)
d("5 to 24 January 2021", "2021-01-05/2021-01-24")
o("MRC", MRC, "MRC")
f("change.[11]", 11)
n("13", 13, "sailor")
d("October 2011", "2011-10")
n("more than 100", 100, "time", "more than")
d("December 2011", "2011-12")
o("United Wa State Army", "United Wa State Army", "UWSA")
o("UWSA", "United Wa State Army", "UWSA")
d("January 2018", "2018-01")
o("U.S. Department of the Treasury", TREAS)
o("Kings Romans")
f("Zone.[12]", 12)
d("2000", "2000")
t("Agreement on Commercial Navigation on the Lancang-Mekong River")
n("four", 4, "state")
d("February 2020", "2020-02")
f("2020.[13]", 13)
# ---- IV
o("Lancang-Mekong Cooperation", LMC, "LMC")
o("MRC", MRC, "MRC")
d("November 2014", "2014-11")
d("November 2015", "2015-11")
o("Lancang-Mekong Cooperation", LMC, "LMC")
o("LMC", LMC, "LMC")
d("23 March 2016", "2016-03-23")
t("Sanya Declaration", SANYA)
n("five", 5, "area")
n("US$300 million", 300000000, "USD")
n("five", 5, "year")
n("10 billion", 10000000000, "CNY")
f("loans.[14]", 14)
o(LMWC, LMWC)
d("2017", "2017")
d("January 10, 2018", "2018-01-10")
t("Phnom Penh Declaration")
t(PLAN, PLAN)
o("Lancang-Mekong Cooperation", LMC, "LMC")
d("2018-2022", "2018/2022")
f("2018-2022).[15]", 15)
d("24 August 2020", "2020-08-24")
t("Vientiane Declaration", VD20)
o("LMC", LMC, "LMC")
d("late 2020", "2020")
f("2020.[16]", 16)
d("2002", "2002")
t("agreement between China's Ministry of Water Resources and the MRC", HYD)
o("Ministry of Water Resources", "Ministry of Water Resources of China")
o("MRC", MRC, "MRC")
d("15 June to 15 October", "XXXX-06-15/XXXX-10-15")
n("two", 2, "station")
t("Memorandum of Understanding between the MRC Secretariat and the Lancang-Mekong Water Resources Cooperation Center", MOU)
o("MRC Secretariat", MRCS)
o(LMWC, LMWC)
d("December 2019", "2019-12")
n("two", 2, "body")
f("paper.[17]", 17)
o("LMC", LMC, "LMC")
o("MRC", MRC, "MRC")
o("Asian Development Bank", "Asian Development Bank", "ADB")
o("ADB", "Asian Development Bank", "ADB")
d("1992", "1992")
t(CBTA, CBTA)
t("CBTA", CBTA)
d("1999", "1999")
n("17", 17, "annex")
n("three", 3, "protocol")
t("CBTA", CBTA)
n("two", 2, "decade")
# ---- V
d("July 2009", "2009-07")
o("LMI", "Lower Mekong Initiative", "LMI")
d("11 September 2020", "2020-09-11")
o(MUSP, MUSP)
t("joint ministerial statement", JMS)
n("more than US$150 million", 150000000, "USD", "more than")
f("million.[18]", 18)
o("U.S. Agency for International Development", "U.S. Agency for International Development", "USAID")
o("USAID", "U.S. Agency for International Development", "USAID")
o("Department of State", "U.S. Department of State")
n("\u00a5750 billion", 750000000000, "JPY")
d("2016-2018", "2016/2018")
o(DFAT, DFAT, "DFAT")
o("DFAT", DFAT, "DFAT")
n("A$232 million", 232000000, "AUD")
d("November 2020", "2020-11")
f("Partnership.[19]", 19)
o("Electricit\u00e9 du Laos", "Electricit\u00e9 du Laos", "EDL")
o("EDL", "Electricit\u00e9 du Laos", "EDL")
d("fourth quarter of 2022", "2022-10/2022-12", "2022-36")
n("about a third", 0.3333333333333333, "value", "about")
f("year.[20]", 20)
d("2020", "2020")
n("an estimated -3.1", -3.1, "percent", "an estimated")
f("first.[21]", 21)
# ---- VI
n("four", 4, "member")
o("MRC", MRC, "MRC")
d("5 April 2023", "2023-04-05")
t("Vientiane Declaration", VD23)
o("LMC", LMC, "LMC")
o("MRC", MRC, "MRC")
d("2021-2030", "2021/2030")
o("Commission", MRC, "MRC")
d("2030", "2030")
f("2030.[22]", 22)
d("2020s", "202X", "2020/2029")
# ---- Notes
# 1
o("Mekong River Commission", MRC, "MRC")
o("MRC", MRC, "MRC")
d("10 April 2023", "2023-04-10")
o("Proceedings of the National Academy of Sciences")
d("2012", "2012")
# 2
o("Mekong Committee", MC)
o("The Geographical Journal")
d("1995", "1995")
# 3
t(A95, A95)
d("5 April 1995", "1995-04-05")
# 4
o("Mekong River Commission", MRC, "MRC")
t(PNPCA, PNPCA)
o("MRC Secretariat", MRCS)
d("2003", "2003")
# 5
o("United Nations Treaty Collection")
t(UNWC, UNWC)
d("2023-04-10", "2023-04-10")
# 6
o("Reuters")
d("November 7, 2012", "2012-11-07")
# 7
o("Human Rights Watch", "Human Rights Watch", "HRW")
o("HRW", "Human Rights Watch", "HRW")
d("August 2021", "2021-08")
o("The Phnom Penh Post")
d("14 Feb. 2022", "2022-02-14")
# 8
o("Mekong River Commission", MRC, "MRC")
o("MRC", MRC, "MRC")
d("2017", "2017")
# 9
o("Sustainable Infrastructure Partnership")
d("April 2020", "2020-04")
o("Stimson Center")
d("April 13, 2020", "2020-04-13")
# 10
o("Stimson Center")
d("2023-04-10", "2023-04-10")
# 11
o("Bangkok Post")
d("4 January 2021", "2021-01-04")
# 12
o("U.S. Department of the Treasury", TREAS)
o("Treasury", TREAS)
o("Zhao Wei Transnational Criminal Organization")
d("30 January 2018", "2018-01-30")
# 13
o("Nikkei Asia")
d("February 5, 2020", "2020-02-05")
# 14
o("Ministry of Foreign Affairs of the People's Republic of China")
t(SANYA, SANYA)
o("Lancang-Mekong Cooperation", LMC, "LMC")
d("23 March 2016", "2016-03-23")
# 15
t(PLAN, PLAN)
o("Lancang-Mekong Cooperation", LMC, "LMC")
d("2018-2022", "2018/2022")
o("Lancang-Mekong Cooperation", LMC, "LMC")
d("11 January 2018", "2018-01-11")
# 16
o("Xinhua")
t(VD20, VD20)
o("Mekong-Lancang Cooperation", LMC, "LMC")
d("24 August 2020", "2020-08-24")
# 17
o("Mekong River Commission", MRC, "MRC")
o("MRC", MRC, "MRC")
o("LMC Water Center", LMWC)
t("MoU", MOU)
d("December 2019", "2019-12")
o("The Diplomat")
d("October 23, 2020", "2020-10-23")
# 18
o("U.S. Department of State", "U.S. Department of State")
t(JMS, JMS)
o(MUSP, MUSP)
d("11 September 2020", "2020-09-11")
# 19
o("Ministry of Foreign Affairs of Japan")
d("2015", "2015")
o("Mekong-Japan Cooperation")
d("4 July 2015", "2015-07-04")
o(DFAT, DFAT, "DFAT")
d("10 April 2023", "2023-04-10")
# 20
o("World Bank", WB)
d("November 2022", "2022-11")
o("World Bank", WB)
d("2022", "2022")
# 21
o("World Bank", WB)
o("World Bank", WB)
d("May 2021", "2021-05")
# 22
o("Mekong River Commission", MRC, "MRC")
t(VD23, VD23)
o("Mekong River Commission", MRC, "MRC")
d("5 April 2023", "2023-04-05")
o("VnExpress International")
d("April 6, 2023", "2023-04-06")
# ---- bio
o("Institute for Regional Security Studies", "Institute for Regional Security Studies", "IRSS")
o("IRSS", "Institute for Regional Security Studies", "IRSS")
o("Chulalongkorn University")
d("2011", "2011")
o("MRC Secretariat", MRCS)
d("between 2012 and 2016", "2012/2016")
o("Water Alternatives")
o("The Interpreter")
o("East Asia Forum")
# ---- rights
d("2023", "2023")
o("Institute for Regional Security Studies", "Institute for Regional Security Studies", "IRSS")

NOTE_URLS = {
    1: ["https://www.mrcmekong.org/our-work/topics/fisheries/"],
    3: ["https://www.mrcmekong.org/assets/Publications/policies/agreement-Apr95.pdf"],
    5: ["https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVII-12&chapter=27"],
    6: ["https://www.reuters.com/article/us-laos-dam-idUSBRE8A60G720121107"],
    9: ["https://www.stimson.org/2020/new-evidence-how-china-turned-off-the-tap-on-the-mekong-river/"],
    10: ["https://www.stimson.org/project/mekong-dam-monitor/"],
    12: ["https://home.treasury.gov/news/press-releases/sm0272"],
    14: ["https://www.fmprc.gov.cn/mfa_eng/zxxx_662805/t1350039.shtml"],
    15: ["http://www.lmcchina.org/eng/2018-01/11/content_41448185.html"],
    16: ["http://www.xinhuanet.com/english/2020-08/24/c_139313704.htm"],
    17: ["https://thediplomat.com/2020/10/china-agrees-to-share-year-round-mekong-data/"],
    18: ["https://www.state.gov/mekong-u-s-partnership-joint-ministerial-statement/"],
    19: ["https://www.mofa.go.jp/s_sa/sea1/page1e_000044.html",
         "https://www.dfat.gov.au/geo/southeast-asia/mekong-australia-partnership"],
    22: ["https://www.mrcmekong.org/news-and-events/news/4th-mrc-summit/"],
}


def pat(s):
    out = []
    chars = list(s)
    for i, c in enumerate(chars):
        if c == " ":
            out.append(r"(?: |\r\n)")
        else:
            out.append(re.escape(c))
            nxt = chars[i + 1] if i + 1 < len(chars) else None
            if nxt is not None and nxt != " " and c != " ":
                out.append(r"(?:-?\r\n)?")
    return "".join(out)


def compile_surface(s):
    m = re.fullmatch(r"(.*)\[(.*)\](.*)", s, re.S)
    pre, core, post = (m.group(1), m.group(2), m.group(3)) if m else ("", s, "")
    p = ""
    if pre:
        p += pat(pre)
    elif core[0].isalnum():
        p += r"(?<![\w$])"
    p += "(" + pat(core) + ")"
    if post:
        p += pat(post)
    elif core[-1].isalnum():
        p += r"(?![\w])"
    return re.compile(p)


def main():
    placed = []  # (start, end, kind, attrs)
    cursor = 0
    for kind, s, attrs in R:
        rx = compile_surface(s)
        pos = cursor
        while True:
            m = rx.search(SRC, pos)
            if not m:
                raise SystemExit(f"not found after {cursor}: {kind} {s!r}")
            a, b = m.start(1), m.end(1)
            clash = any(k == kind and a < y and x < b for x, y, k, _ in placed)
            if not clash:
                break
            pos = m.start() + 1
        placed.append((a, b, kind, attrs))
        cursor = a
    # notes: whole entries of the Notes list
    ns = SRC.index("\r\nNotes\r\n\r\n") + len("\r\nNotes\r\n\r\n")
    ne = SRC.index("\r\n\r\n", ns)
    block = SRC[ns:ne]
    starts = [m.start() for m in re.finditer(r"(?m)^(\d+)\. ", block)]
    labels = [int(m.group(1)) for m in re.finditer(r"(?m)^(\d+)\. ", block)]
    assert labels == list(range(1, 23)), labels
    for i, st in enumerate(starts):
        en = starts[i + 1] - 2 if i + 1 < len(starts) else len(block)
        a, b = ns + st, ns + en
        text = SRC[a:b]
        flat = text.replace("-\r\nturned", "-turned").replace("\r\n", " ")
        urls = NOTE_URLS.get(labels[i], [])
        for u in urls:
            assert u in flat, (labels[i], u)
        found = re.findall(r"https?://\S+", flat)
        assert len(found) == len(urls), (labels[i], found)
        placed.append((a, b, "note", [("n", str(labels[i]))] + [("url", u) for u in urls]))
    # build annotated text
    opens, closes = {}, {}
    for rec in placed:
        opens.setdefault(rec[0], []).append(rec)
        closes.setdefault(rec[1], []).append(rec)
    out = []
    stack = []
    for i in range(len(SRC) + 1):
        for rec in sorted(closes.get(i, []), key=lambda r: -r[0]):
            top = stack.pop()
            assert top is rec, ("crossing spans", top, rec)
            out.append("".join("|%s=%s" % kv for kv in rec[3]) + CLOSE)
        for rec in sorted(opens.get(i, []), key=lambda r: -r[1]):
            stack.append(rec)
            out.append(OPEN + ("fn" if rec[2] == "fn" else rec[2]) + "|")
        if i < len(SRC):
            out.append(SRC[i])
    assert not stack
    with open(os.path.join(HERE, ID + ".annotated.txt"), "w", encoding="utf-8", newline="") as fh:
        fh.write("".join(out))
    from collections import Counter
    print(dict(Counter(k for _, _, k, _ in placed)))


if __name__ == "__main__":
    main()
