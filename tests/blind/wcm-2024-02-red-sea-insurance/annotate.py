#!/usr/bin/env python3
"""Insert inline gold markup into wcm-2024-02-red-sea-insurance.txt at found positions.

Each ENTRIES line is  kind|needle[|key=value...]. Entries are searched in document order from a
cursor (the end of the previous top-level find). A line starting with '>' is nested: it is searched
inside the span of the previous top-level entry. '¤' in a needle stands for NBSP.
Notes (kind note) are found automatically from the "N. " labels of the Notes list, with their URLs.
"""
import re

ID = "wcm-2024-02-red-sea-insurance"
SRC = open(f"{ID}.txt", encoding="utf-8", newline="").read()

AA = "name=Ansar Allah"
UN = "name=United Nations|acronym=UN"
MAERSK = "name=A.P. Moller-Maersk"
JWC = "name=Joint War Committee|acronym=JWC"
IG = "name=International Group of P&I Clubs"
MIMS = "name=Meridian Institute for Maritime Security"
CONST = "name=Convention respecting the Free Navigation of the Suez Maritime Canal"
UNCLOS = "name=United Nations Convention on the Law of the Sea"
BSGI = "name=Black Sea Grain Initiative"
JS = ("name=Joint Statement from the Governments of the United States, Australia, Bahrain, Belgium, Canada, "
      "Denmark, Germany, Italy, Japan, Netherlands, New Zealand, and the United Kingdom")
UNSC = "name=United Nations Security Council"

ENTRIES = f"""
org|The Meridian Brief
date|February 12, 2024|value=2024-02-12
number|9|value=9|unit=minute
org|Houthis|{AA}
date|November 19, 2023|value=2023-11-19
number|25|value=25|unit=crew member
fn|[1]|n=1
number|roughly tenfold|value=10|unit=times|q=roughly
date|mid-January|value=XXXX-01|alt=2024-01
fn|[2]|n=2
number|Almost three|value=3|unit=month|q=almost
number|seven|value=7|unit=day
org|Joint War Committee|{JWC}
org|JWC|{JWC}
org|Lloyd's|name=Lloyd's
date|18¤December 2023|value=2023-12-18
fn|[3]|n=3
number|about 0.07|value=0.07|unit=percent|q=about
number|0.5|value=0.5|unit=percent
date|December|value=XXXX-12|alt=2023-12
number|0.7|value=0.7|unit=percent
number|1|value=1|unit=percent
date|January|value=XXXX-01|alt=2024-01
fn|[4]|n=4
number|$100 million|value=100000000|unit=USD
number|as much as US$1¤million|value=1000000|unit=USD|q=as much as
number|one|value=1|unit=passage
date|January 11–12, 2024|value=2024-01-11/2024-01-12
fn|[5]|n=5
number|12|value=12|unit=club
org|International Group of P&I Clubs|{IG}
number|around 90%|value=90|unit=percent|q=around
number|$500 million|value=500000000|unit=USD
fn|[6]|n=6
org|Gard
org|Skuld
org|NorthStandard
org|International Transport Workers' Federation|name=International Transport Workers' Federation|acronym=ITF
org|ITF|name=International Transport Workers' Federation|acronym=ITF
fn|[7]|n=7
org|Maersk|{MAERSK}
date|December 15|value=XXXX-12-15|alt=2023-12-15
date|December 30–31|value=XXXX-12-30/XXXX-12-31|alt=2023-12-30/2023-12-31
org|Hapag-Lloyd
org|Mediterranean Shipping Company|name=Mediterranean Shipping Company|acronym=MSC
org|MSC|name=Mediterranean Shipping Company|acronym=MSC
org|CMA CGM
fn|[8]|n=8
number|some 3,500|value=3500|unit=nautical mile|q=some
number|10|value=10|unit=day
number|14|value=14|unit=day
number|$1 million|value=1000000|unit=USD
org|Trafigura
date|January 26|value=XXXX-01-26|alt=2024-01-26
fn|[9]|n=9
org|UNCTAD|name=United Nations Conference on Trade and Development|acronym=UNCTAD
date|late January|value=XXXX-01|alt=2024-01
number|42%|value=42|unit=percent
org|Kiel Institute for the World Economy
date|December|value=XXXX-12|alt=2023-12
number|less than half|value=0.5|q=less than
fn|[10]|n=10
org|Drewry
number|forty-foot|value=40|unit=foot
number|about $4,400|value=4400|unit=USD|q=about
date|mid-January|value=XXXX-01|alt=2024-01
number|more than three|value=3|unit=times|q=more than
date|December|value=XXXX-12|alt=2023-12
fn|[11]|n=11
org|Suez Canal Authority|name=Suez Canal Authority|acronym=SCA
org|SCA|name=Suez Canal Authority|acronym=SCA
number|$10.25 billion|value=10250000000|unit=USD
date|2023|value=2023
fn|[12]|n=12
date|January 11|value=XXXX-01-11|alt=2024-01-11
number|eleven|value=11|unit=day
number|about $255 million|value=255000000|unit=USD|q=about
number|$428 million|value=428000000|unit=USD
number|−40|value=-40|unit=percent
number|30|value=30|unit=percent
fn|[13]|n=13
number|$3 billion|value=3000000000|unit=USD
org|International Monetary Fund|name=International Monetary Fund|acronym=IMF
org|IMF|name=International Monetary Fund|acronym=IMF
fn|[14]|n=14
date|December|value=XXXX-12|alt=2023-12
number|about 85|value=85|unit=percent|q=about
org|Houthis|{AA}
fn|[15]|n=15
number|about half|value=0.5|unit=ship|q=about
date|1980s|value=198X
date|1888|value=1888
treaty|Constantinople Convention|{CONST}
treaty|Convention respecting the Free Navigation of the Suez Maritime Canal|{CONST}
number|nine|value=9|unit=power
date|29 October 1888|value=1888-10-29
fn|[16]|n=16
date|between June 1967 and June 1975|value=1967-06/1975-06
date|1869|value=1869
date|1982|value=1982
treaty|United Nations Convention on the Law of the Sea|{UNCLOS}
>org|United Nations|{UN}
treaty|UNCLOS|{UNCLOS}
treaty|Final Act of the Third United Nations Conference on the Law of the Sea
>org|United Nations|{UN}
number|some 30|value=30|unit=kilometre|q=some
fn|[17]|n=17
treaty|Constantinople Convention|{CONST}
treaty|UNCLOS|{UNCLOS}
org|Ansar Allah|{AA}
org|UN Security Council|{UNSC}
date|January 10, 2024|value=2024-01-10
number|11|value=11|unit=vote
number|four|value=4|unit=abstention
org|Houthis|{AA}
fn|[18]|n=18
treaty|Joint Statement|{JS}
number|a dozen|value=12|unit=government
fn|[19]|n=19
treaty|UN Charter
>org|UN|{UN}
org|US Department of State
date|February 16|value=XXXX-02-16|alt=2024-02-16
fn|[20]|n=20
treaty|Djibouti Code of Conduct
date|2009|value=2009
date|2017|value=2017
treaty|Jeddah Amendment|name=Jeddah Amendment to the Djibouti Code of Conduct
date|2011|value=2011
treaty|Stockholm Agreement
date|December 2018|value=2018-12
org|United Nations Mission to support the Hodeidah Agreement|name=United Nations Mission to support the Hodeidah Agreement|acronym=UNMHA
>treaty|Hodeidah Agreement
org|UNMHA|name=United Nations Mission to support the Hodeidah Agreement|acronym=UNMHA
org|Houthis|{AA}
fn|[21]|n=21
number|two|value=2|unit=form
date|December 18, 2023|value=2023-12-18
org|Combined Maritime Forces|name=Combined Maritime Forces|acronym=CMF
org|CMF|name=Combined Maritime Forces|acronym=CMF
org|Combined Task Force 153
org|US Central Command|name=US Central Command|acronym=CENTCOM
org|CENTCOM|name=US Central Command|acronym=CENTCOM
org|US Department of Defense
number|more than 20|value=20|unit=country|q=more than
fn|[22]|n=22
org|European Union|name=European Union|acronym=EU
org|EU|name=European Union|acronym=EU
org|Council of the EU|name=Council of the European Union
date|February 8|value=XXXX-02-08|alt=2024-02-08
date|February 19|value=XXXX-02-19|alt=2024-02-19
number|about €8¤million|value=8000000|unit=EUR|q=about
org|EU Naval Force
fn|[23]|n=23
org|Royal Navy
org|UK Maritime Trade Operations|name=UK Maritime Trade Operations|acronym=UKMTO
org|UKMTO|name=UK Maritime Trade Operations|acronym=UKMTO
date|early February|value=XXXX-02|alt=2024-02
fn|[24]|n=24
number|0.07|value=0.07|unit=percent
treaty|Black Sea Grain Initiative|{BSGI}
date|22 July 2022|value=2022-07-22
org|United Nations|{UN}
treaty|memorandum of understanding between Russia and the UN Secretariat on Russian food and fertiliser exports|name=Memorandum of Understanding between the Russian Federation and the Secretariat of the United Nations
>org|UN Secretariat|name=United Nations Secretariat
org|Lloyd's|name=Lloyd's
org|Ascot
org|Marsh
number|up to $50 million|value=50000000|unit=USD|q=up to
fn|[25]|n=25
treaty|grain deal|{BSGI}
date|July 2023|value=2023-07
org|Lloyd's|name=Lloyd's
number|some £46.7 billion|value=46700000000|unit=GBP|q=some
date|2022|value=2022
number|three|value=3|unit=thing
org|International Maritime Organization|name=International Maritime Organization|acronym=IMO
org|IMO|name=International Maritime Organization|acronym=IMO
org|JWC|{JWC}
treaty|Beijing agreement|name=Beijing Agreement
date|March 2023|value=2023-03
date|2015|value=2015
treaty|Joint Comprehensive Plan of Action
treaty|JCPOA|name=Joint Comprehensive Plan of Action
org|UN|{UN}
org|Houthis|{AA}
date|December|value=XXXX-12|alt=2023-12
date|Between December 2023 and February 2024|value=2023-12/2024-02
number|one|value=1|unit=passage
date|first quarter of 2024|value=2024-01/2024-03|alt=2024-33
org|Meridian Institute for Maritime Security|{MIMS}
org|Meridian Institute for Maritime Security|{MIMS}
org|Meridian Institute for Maritime Security|{MIMS}
number|14|value=14|unit=year
org|Lloyd's|name=Lloyd's
number|25|value=25|unit=crew member
org|Associated Press
date|November 20, 2023|value=2023-11-20
org|Reuters
date|December 21, 2023|value=2023-12-21
org|Joint War Committee|{JWC}
org|Lloyd's Market Association
date|18 December 2023|value=2023-12-18
number|1%|value=1|unit=percent
org|Lloyd's List
date|January 17, 2024|value=2024-01-17
org|Reuters
date|January 15, 2024|value=2024-01-15
org|UK Ministry of Defence
org|GOV.UK
date|12 January 2024|value=2024-01-12
org|International Group of P&I Clubs|{IG}
org|International Group|{IG}
date|9 February 2024|value=2024-02-09
org|International Transport Workers' Federation|name=International Transport Workers' Federation|acronym=ITF
org|ITF|name=International Transport Workers' Federation|acronym=ITF
date|December 22, 2023|value=2023-12-22
org|A.P. Moller-Maersk|{MAERSK}
date|December 31, 2023|value=2023-12-31
org|Reuters
date|January 27, 2024|value=2024-01-27
org|UNCTAD|name=United Nations Conference on Trade and Development|acronym=UNCTAD
org|UNCTAD|name=United Nations Conference on Trade and Development|acronym=UNCTAD
date|January 26, 2024|value=2024-01-26
org|Kiel Institute for the World Economy
date|12/2023|value=2023-12
date|January 8, 2024|value=2024-01-08
org|Drewry
date|18 Jan|value=XXXX-01-18|alt=2024-01-18
date|February 9, 2024|value=2024-02-09
number|40%|value=40|unit=percent
date|2024|value=2024
org|SCA|name=Suez Canal Authority|acronym=SCA
org|Ahram Online
date|January 11, 2024|value=2024-01-11
org|International Monetary Fund|name=International Monetary Fund|acronym=IMF
org|IMF|name=International Monetary Fund|acronym=IMF
org|IMF|name=International Monetary Fund|acronym=IMF
date|January 2023|value=2023-01
number|85%|value=85|unit=percent
org|Reuters
date|December 21, 2023|value=2023-12-21
treaty|Convention respecting the Free Navigation of the Suez Maritime Canal|{CONST}
date|29 October 1888|value=1888-10-29
org|Suez Canal Authority|name=Suez Canal Authority|acronym=SCA
treaty|United Nations Convention on the Law of the Sea|{UNCLOS}
>org|United Nations|{UN}
date|10 December 1982|value=1982-12-10
org|United Nations|{UN}
org|Security Council|{UNSC}
org|Houthis|{AA}
date|10 January 2024|value=2024-01-10
org|The White House
treaty|Joint Statement from the Governments of the United States, Australia, Bahrain, Belgium, Canada, Denmark, Germany, Italy, Japan, Netherlands, New Zealand, and the United Kingdom|{JS}
date|January 3, 2024|value=2024-01-03
org|US Department of State
org|Houthis|{AA}
date|January 17, 2024|value=2024-01-17
org|Office of the Special Envoy of the Secretary-General for Yemen
treaty|Stockholm Agreement
date|December 13, 2018|value=2018-12-13
treaty|Agreement on the City of Hodeidah and Ports of Hodeidah, Salif and Ras Issa|name=Hodeidah Agreement
org|US Department of Defense
date|December 18, 2023|value=2023-12-18
date|8 February 2024|value=2024-02-08
org|European Union|name=European Union|acronym=EU
org|Official Journal of the European Union
org|UK Maritime Trade Operations|name=UK Maritime Trade Operations|acronym=UKMTO
date|9 February 2024|value=2024-02-09
org|Lloyd's|name=Lloyd's
org|Ascot
org|Marsh
org|Reuters
date|August 2, 2022|value=2022-08-02
treaty|Initiative on the Safe Transportation of Grain and Foodstuffs from Ukrainian Ports|{BSGI}
date|22 July 2022|value=2022-07-22
date|2024|value=2024
org|Meridian Institute for Maritime Security|{MIMS}
"""

spans = []  # (start, end, kind, attrs-string)
cursor = 0
outer = None
for line in ENTRIES.strip("\n").split("\n"):
    nested = line.startswith(">")
    if nested:
        line = line[1:]
    kind, needle, *attrs = line.split("|")
    needle = needle.replace("¤", "\u00a0")
    if nested:
        a0, b0 = outer
        k = SRC.find(needle, a0)
        if k < 0 or k + len(needle) > b0:
            raise SystemExit(f"nested {needle!r} not inside {SRC[a0:b0]!r}")
    else:
        k = SRC.find(needle, cursor)
        if k < 0:
            raise SystemExit(f"not found after {cursor}: {needle!r} (context {SRC[cursor:cursor+60]!r})")
        outer = (k, k + len(needle))
        cursor = k + len(needle)
    spans.append((k, k + len(needle), kind, attrs))

# notes: every "N. " entry of the Notes list, up to the rights line
nstart = SRC.index("\nNotes\n") + len("\nNotes\n")
nend = SRC.index("\u00a9 2024")
for m in re.finditer(r"^(\d+)\. .*$", SRC[nstart:nend], flags=re.M):
    a, b = nstart + m.start(), nstart + m.end()
    urls = [u.rstrip(".,;:)") for u in re.findall(r"https?://\S+", m.group(0))]
    spans.append((a, b, "note", [f"n={m.group(1)}"] + [f"url={u}" for u in urls]))

# check no crossing spans
spans.sort(key=lambda s: (s[0], -s[1]))
for i, x in enumerate(spans):
    for y in spans[i + 1:]:
        if y[0] >= x[1]:
            break
        if y[1] > x[1]:
            raise SystemExit(f"crossing spans {x} {y}")

# build annotated text: opens and closes as events
opens, closes = {}, {}
for s in spans:
    opens.setdefault(s[0], []).append(s)
    closes.setdefault(s[1], []).append(s)
out = []
for i in range(len(SRC) + 1):
    for s in sorted(closes.get(i, []), key=lambda s: -s[0]):  # inner (later start) closes first
        out.append("".join("|" + a for a in s[3]) + "\u27e7")
    for s in sorted(opens.get(i, []), key=lambda s: -s[1]):  # outer (longer) opens first
        out.append("\u27e6" + s[2] + "|")
    if i < len(SRC):
        out.append(SRC[i])
open(f"{ID}.annotated.txt", "w", encoding="utf-8", newline="").write("".join(out))
from collections import Counter
print(Counter(s[2] for s in spans))
