#!/usr/bin/env python3
"""Write rcp-2023-04-mekong-water-security.txt with exact bytes.

Route: CRLF line endings, hard wraps at 76 columns (greedy), a few words
hyphenated at line ends ("~" marks an allowed hyphenation point; it is used
only when the word does not fit), and one URL broken across a line break
("^" marks the allowed break point, no hyphen added).
No BOM. Paragraphs separated by a blank line; the Notes list has no blank
lines between entries.
"""
import os

WIDTH = 76
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "rcp-2023-04-mekong-water-security.txt")


def wrap(par, width=WIDTH):
    words = par.split(" ")
    lines, line = [], ""
    for w in words:
        clean = w.replace("~", "").replace("^", "")
        cand = (line + " " + clean) if line else clean
        if len(cand) <= width:
            line = cand
            continue
        # try a hyphenation / URL break point
        done = False
        if line and ("~" in w or "^" in w):
            best = None
            for i, ch in enumerate(w):
                if ch in "~^":
                    head = w[:i].replace("~", "").replace("^", "")
                    extra = "-" if ch == "~" else ""
                    if len(line + " " + head + extra) <= width:
                        best = (i, head + extra)
            if best:
                i, head = best
                lines.append(line + " " + head)
                line = w[i + 1:].replace("~", "").replace("^", "")
                done = True
        if not done:
            if line:
                lines.append(line)
            line = clean
    if line:
        lines.append(line)
    return lines


HEADER = [
    "Regional Security Report, Vol. 12, No. 2, April 2023",
    "Series editors: Prof. Daniel H. Okafor and Dr. Mei-Ling Teo",
]

TITLE = ["Chapter 4",
         "River of Rival Rules: Water Security and Institutional Competition in the Mekong Basin"]

BYLINE = "Dr. Narisa Wongprasert"

BODY = [
    ("I. Background", [
        "The Mekong runs for some 4,900 kilometres from the Tibetan Plateau to the "
        "South China Sea, draining a basin of about 795,000 square kilometres "
        "shared by six countries: China, Myanmar, Laos, Thailand, Cambodia and "
        "Vietnam. Roughly 70 million people live in the lower basin, and the "
        "river sustains one of the world's largest inland fisheries, with a catch "
        "that the Mekong River Commission (MRC) puts at about 2.3 million tonnes a "
        "year, worth up to US$11 billion.1 The delta alone grows around half of "
        "Vietnam's rice. Water security here is a question of food, energy and "
        "livelihoods as much as of diplomacy.",

        "Cooperation on the river is older than most of the riparian states' "
        "present constitutions. In 1957 Cambodia, Laos, Thailand and South Vietnam "
        "set up the Committee for Coordination of Investigations of the Lower "
        "Mekong Basin, known as the Mekong Committee, under the auspices of the "
        "UN Economic Commission for Asia and the Far East (ECAFE). Its Statute "
        "gave it a mandate to study and plan rather than to regulate, and in the "
        "1960s its engineers drew up plans for giant mainstream dams that were "
        "never built.2 The Joint Declaration of Principles for Utilization of the "
        "Waters of the Lower Mekong Basin followed in January 1975, months before "
        "the wars in Indochina ended, and an Interim Mekong Committee of three "
        "members kept the work alive from 1978 until the 1995 agreement.",

        "This chapter argues that the basin now has too many institutions rather "
        "than too few, and that none of them can yet say no to a dam. Table 1 "
        "lists the main instruments discussed below; Figure 2 maps the mainstream "
        "projects in operation and under consultation.",
    ]),
    ("II. The 1995 Agreement and the Mekong River Commission", [
        "On 5 April 1995 Cambodia, Laos, Thailand and Vietnam signed the "
        "Agreement on the Cooperation for the Sustainable Development of the "
        "Mekong River Basin and created the MRC.3 The Chiang Rai Agreement, as "
        "officials still call it after the Thai city where it was signed, is a "
        "framework rather than an allocation treaty. It fixes no shares of water; "
        "instead the parties commit to \"reasonable and equitable utilization\" "
        "(Article 5) and to maintaining flows on the mainstream in the dry "
        "season (Article 6). Its three-tier structure of a ministerial Council, a "
        "Joint Committee of senior officials and a Secretariat has survived "
        "largely intact, and the Secretariat now sits in Vientiane after years "
        "split between two capitals.",

        "China and Myanmar have been dialogue partners of the MRC since 1996 but "
        "have never joined. The most consequential elaboration of the 1995 "
        "Agreement came in 2003, when the MRC Council adopted the Procedures for "
        "Notification, Prior Consultation and Agreement (PNPCA). Under the PNPCA "
        "a member planning a mainstream project must submit it to a six-month "
        "prior consultation, which the Joint Committee may extend; but the "
        "process ends without a veto, and the word \"agreement\" in its title "
        "describes an aim, not an obligation.4",

        "The wider legal backdrop is thin. Of the six riparians only Vietnam is "
        "a party to the Convention on the Law of the Non-navigational Uses of "
        "Inter~national Watercourses, which the UN General Assembly adopted in "
        "Resolution 51/229 on 21 May 1997. Vietnam's accession in May 2014 made "
        "it the 35th state to join, bringing the UN Watercourses Convention "
        "(UNWC) into force on 17 August 2014. China voted against the text in "
        "1997, one of only three states to do so.5",
    ]),
    ("III. Dams, Companies and the Limits of Prior Consultation", [
        "The first test came with the 1,285-megawatt Xayaburi dam in northern "
        "Laos. Vientiane notified the MRC in September 2010; when the four members "
        "could not agree, it went ahead, and the Thai builder CH. Karnchang pressed "
        "on with a project costing roughly US$3.5 billion and financed largely by "
        "Thai banks.6 The plant began commercial operation in October 2019 and "
        "sells about 95 percent of its output to the Electricity Generating "
        "Authority of Thailand (EGAT) at a tariff of about 2.2 baht per "
        "kilowatt-hour. The 260-megawatt Don Sahong dam, built near the Cambodian "
        "border by Malaysia's Mega First Corpo~ration Berhad, followed a similar "
        "path: Laos first called it a tributary scheme, then accepted a "
        "consultation that closed in early 2015 without consensus, and the plant "
        "began commercial operation at the start of 2020.",

        "Four more Lao projects, Pak Beng, Pak Lay, Luang Prabang and Sanakham, "
        "have since passed through prior consultation between 2016 and 2021, each "
        "ending with a statement of concerns rather than a decision. The "
        "1,460-megawatt Luang Prabang dam, whose backers have included "
        "PetroVietnam Power Corporation and CH. Karnchang, shows how regional "
        "capital ties the members together: a Vietnamese state company building "
        "a Lao dam to sell power to Thailand. In Cambodia, the 400-megawatt Lower "
        "Sesan 2 dam on a tributary, built by Hydrolancang International Energy "
        "with the Royal Group and EVN International, displaced some 5,000 people "
        "when its reservoir filled in 2017-2018.7",

        "The evidence of cumulative harm has grown. The MRC's own Council Study, "
        "completed in 2017, projected that full development of planned dams could "
        "cut fish biomass by 40 to 80 percent by 2040 and trap some 97 percent of "
        "the sediment that now reaches the delta.8 Upstream, China has built 11 "
        "main~stream dams on the Lancang, as the river is called in Yunnan; the "
        "Xiaowan and Nuozhadu reservoirs alone can hold more than 35 billion "
        "cubic metres of water.",

        "The drought of 2019 turned these numbers into politics. Water levels in "
        "the lower basin fell to their lowest in decades in mid-2019, and between "
        "November 2019 and January 2020 stretches of the river ran an eerie "
        "blue-green for lack of sediment. A study by the consultancy Eyes on "
        "Earth, funded through the Lower Mekong Initiative (LMI) and released in "
        "April 2020, argued that Chinese reservoirs had held back water while "
        "downstream farmers went dry; researchers at Tsinghua University "
        "rejected its method in July.9 The Stimson Center and Eyes on Earth then "
        "launched the Mekong Dam Monitor in December 2020, which reads reservoir "
        "levels from Sentinel-1 and Landsat 8 imagery every week.10 When China "
        "cut outflows from the Jinghong dam from 5 to 24 January 2021 for "
        "power-line maintenance, it told the MRC in advance, which was itself "
        "a sign of change.11",

        "The upper river is also a security space in the narrower sense. After "
        "13 Chinese sailors were killed near the Golden Triangle in October "
        "2011, China, Laos, Myanmar and Thailand began joint law-enforcement "
        "patrols that have run more than 100 times since December 2011. The "
        "stretch passes close to areas where the United Wa State Army (UWSA) and "
        "smaller militias hold ground, and in January 2018 the U.S. Department "
        "of the Treasury sanctioned the Kings Romans casino group in the Golden "
        "Triangle Special Economic Zone.12 Navigation itself rests on the 2000 "
        "Agreement on Commercial Navigation on the Lancang-Mekong River, signed "
        "at Tachileik by the four upper states; Thailand's cabinet shelved the "
        "Chinese-backed rapids-blasting project under it in February 2020.13",
    ]),
    ("IV. The Lancang-Mekong Cooperation", [
        "China's answer to the MRC has been to build alongside it rather than to "
        "join it. Proposed by Premier Li Keqiang in November 2014 and launched at "
        "a foreign ministers' meeting in Jinghong in November 2015, the "
        "Lancang-Mekong Cooperation (LMC) held its first leaders' meeting at "
        "Sanya on 23 March 2016. The Sanya Declaration named water resources as "
        "one of five priority areas, and Beijing offered a Special Fund of US$300 "
        "million over five years together with 10 billion yuan in concessional "
        "loans.14 A Lancang-Mekong Water Resources Cooperation Center opened in "
        "Beijing in 2017.",

        "The second leaders' meeting, in Phnom Penh on January 10, 2018, adopted "
        "the Phnom Penh Declaration and the Five-Year Plan of Action on "
        "Lancang-Mekong Cooperation (2018-2022).15 At the third, held by video "
        "link on 24 August 2020 and co-chaired from Laos, Premier Li promised "
        "year-round hydrological data from the Lancang, and the Vientiane "
        "Declaration of that meeting recorded the pledge; the LMC Water "
        "Resources Cooperation Information Sharing Platform went online in late "
        "2020.16 Until then, the 2002 agreement between China's Ministry of Water "
        "Resources and the MRC had covered only flood-^season data, from 15 June "
        "to 15 October, from two stations. A Memorandum of Understanding between "
        "the MRC Secretariat and the Lancang-Mekong Water Resources Cooperation "
        "Center, signed in December 2019, now links the two bodies, at least on "
        "paper.17",

        "For the lower states the LMC offers money and a seat at a table chaired "
        "by the upstream power. Its weakness is the mirror of the MRC's: it has "
        "funds and political weight, but no procedure for notification and no "
        "independent science. The Greater Mekong Subregion programme of the Asian "
        "Development Bank (ADB), begun in 1992, adds a third layer; its "
        "Cross-Border Transport Facilitation Agreement (CBTA), first signed by "
        "Laos, Thailand and Vietnam in 1999, has 17 annexes and three protocols, "
        "and the CBTA took two decades to apply in full.",
    ]),
    ("V. Washington, Tokyo and Canberra", [
        "The external partners have followed China's lead in building "
        "frameworks. In July 2009 Secretary of State Hillary Clinton launched "
        "the LMI in Phuket; on 11 September 2020 it became the Mekong-U.S. "
        "Partnership, whose launch produced a joint ministerial statement and "
        "pledges of more than US$150 million.18 The U.S. Agency for International "
        "Development (USAID) and the Department of State fund much of its water "
        "work. Japan, which pledged \u00a5750 billion in aid to the region for "
        "2016-2018 at the seventh Mekong-Japan summit, runs its own track, and "
        "Australia's Department of Foreign Affairs and Trade (DFAT) committed "
        "A$232 million in November 2020 to the Mekong-Australia Partnership.19",

        "These offers land on economies under strain. Laos, the self-styled "
        "battery of Southeast Asia, owes much of its public debt to Chinese "
        "lenders, a large share of it run up by the state utility Electricit\u00e9 "
        "du Laos (EDL), and by the fourth quarter "
        "of 2022 the kip had lost about a third of its value against the dollar "
        "in a year.20 Cambodia's economy shrank in 2020, by an estimated -3.1 "
        "percent, and fishing households on the Tonle Sap felt the loss first.21 "
        "Table 3 sets out the financing pledges side by side.",
    ]),
    ("VI. Conclusion", [
        "When the heads of government of the four members met in Vientiane for "
        "the fourth MRC Summit on 5 April 2023, they adopted a Vientiane "
        "Declaration that urged closer work with the LMC and the dialogue "
        "partners, and the MRC's Basin Development Strategy 2021-2030 asks the "
        "members to finance the Commission fully by 2030.22 None of this amounts "
        "to a binding water-sharing treaty, and none is likely soon. The modest "
        "test of water security in the 2020s is whether the rival frameworks "
        "share data fast enough for farmers to act on it. On present evidence "
        "the answer is: partly, and only in the wet season.",
    ]),
]

NOTES = [
    "1. Mekong River Commission, \"Fisheries,\" MRC website, https://www.mrcmekong.org/our-work/topics/fisheries/ (accessed 10 April 2023); Guy Ziv et al., \"Trading-off fish biodiversity, food security, and hydropower in the Mekong River Basin,\" Proceedings of the National Academy of Sciences 109, no. 15 (2012): 5609-5614.",
    "2. Jeffrey W. Jacobs, \"Mekong Committee History and Lessons for River Basin Development,\" The Geographical Journal 161, no. 2 (1995): 135-148.",
    "3. Agreement on the Cooperation for the Sustainable Development of the Mekong River Basin, Chiang Rai, 5 April 1995, https://www.mrcmekong.org/assets/Publications/policies/agreement-Apr95.pdf.",
    "4. Mekong River Commission, Procedures for Notification, Prior Consultation and Agreement (Vientiane: MRC Secretariat, 2003), pp. 3-5.",
    "5. United Nations Treaty Collection, \"Convention on the Law of the Non-navigational Uses of International Watercourses,\" status as at 2023-04-10, https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVII-12&chapter=27.",
    "6. \"Laos to go ahead with Xayaburi dam despite concerns,\" Reuters, November 7, 2012, https://www.reuters.com/article/us-laos-dam-idUSBRE8A60G720121107.",
    "7. Human Rights Watch, Underwater: Human Rights Impacts of a China Belt and Road Project in Cambodia (New York: HRW, August 2021), p. 41; \"Lower Sesan 2 families still waiting for land titles,\" The Phnom Penh Post, 14 Feb. 2022.",
    "8. Mekong River Commission, The Council Study: Study on the Sustainable Management and Development of the Mekong River Basin, including Impacts of Mainstream Hydropower Projects (Vientiane: MRC, 2017), pp. 12-15.",
    "9. Alan Basist and Claude Williams, Monitoring the Quantity of Water Flowing Through the Upper Mekong Basin Under Natural (Unimpeded) Conditions (Bangkok: Sustainable Infrastructure Partnership, April 2020); Brian Eyler, \"New Evidence: How China Turned Off the Tap on the Mekong River,\" Stimson Center, April 13, 2020, https://www.stimson.org/2020/new-evidence-how-china-^turned-off-the-tap-on-the-mekong-river/.",
    "10. Stimson Center, \"Mekong Dam Monitor,\" https://www.stimson.org/project/mekong-dam-monitor/ (accessed 2023-04-10).",
    "11. \"China to restrict Mekong flow for maintenance,\" Bangkok Post, 4 January 2021.",
    "12. U.S. Department of the Treasury, \"Treasury Sanctions the Zhao Wei Transnational Criminal Organization,\" press release, 30 January 2018, https://home.treasury.gov/news/press-releases/sm0272.",
    "13. \"Thailand scraps Mekong rapids blasting plan,\" Nikkei Asia, February 5, 2020.",
    "14. Ministry of Foreign Affairs of the People's Republic of China, \"Sanya Declaration of the First Lancang-Mekong Cooperation Leaders' Meeting,\" 23 March 2016, https://www.fmprc.gov.cn/mfa_eng/zxxx_662805/t1350039.shtml.",
    "15. \"Five-Year Plan of Action on Lancang-Mekong Cooperation (2018-2022),\" Lancang-Mekong Cooperation website, 11 January 2018, http://www.lmcchina.org/eng/2018-01/11/content_41448185.html.",
    "16. Xinhua, \"Full text: Vientiane Declaration of the Third Mekong-Lancang Cooperation Leaders' Meeting,\" 24 August 2020, http://www.xinhuanet.com/english/2020-08/24/c_139313704.htm.",
    "17. Mekong River Commission, \"MRC and LMC Water Center sign MoU,\" press release, December 2019; Sebastian Strangio, \"China Agrees to Share Year-Round Mekong Data,\" The Diplomat, October 23, 2020, https://thediplomat.com/2020/10/china-agrees-to-share-year-round-mekong-data/.",
    "18. U.S. Department of State, \"Mekong-U.S. Partnership Joint Ministerial Statement,\" 11 September 2020, https://www.state.gov/mekong-u-s-partnership-joint-ministerial-statement/.",
    "19. Ministry of Foreign Affairs of Japan, \"New Tokyo Strategy 2015 for Mekong-Japan Cooperation,\" 4 July 2015, https://www.mofa.go.jp/s_sa/sea1/page1e_000044.html; Department of Foreign Affairs and Trade, \"Mekong-Australia Partnership,\" https://www.dfat.gov.au/geo/southeast-asia/mekong-australia-partnership (accessed 10 April 2023).",
    "20. World Bank, Lao Economic Monitor, November 2022 (Washington, DC: World Bank, 2022), p. 9.",
    "21. World Bank, Cambodia Economic Update (Phnom Penh: World Bank, May 2021), p. 2.",
    "22. Mekong River Commission, \"Vientiane Declaration of the Fourth Mekong River Commission Summit,\" 5 April 2023, https://www.mrcmekong.org/news-and-events/news/4th-mrc-summit/; VnExpress International, \"Mekong nations vow closer cooperation,\" April 6, 2023.",
]

BIO = ("Dr. Narisa Wongprasert is a senior fellow at the Institute for Regional Security Studies (IRSS) in "
       "Singapore. She received her PhD in geography from Chulalongkorn "
       "University in 2011 and worked at the MRC Secretariat between 2012 and "
       "2016. Her articles have appeared in Water Alternatives, The Interpreter "
       "and East Asia Forum.")

RIGHTS = ("\u00a9 2023 Institute for Regional Security Studies. All rights "
          "reserved. No part of this chapter may be reproduced without the "
          "written permission of the publisher.")


def build():
    out = []
    out += HEADER
    out.append("")
    out += TITLE[:1]
    out += wrap(TITLE[1])
    out.append("")
    out.append(BYLINE)
    out.append("")
    for head, pars in BODY:
        out.append(head)
        out.append("")
        for p in pars:
            out += wrap(p)
            out.append("")
    out.append("Notes")
    out.append("")
    for n in NOTES:
        out += wrap(n)
    out.append("")
    out += wrap(BIO)
    out.append("")
    out += wrap(RIGHTS)
    text = "\r\n".join(out) + "\r\n"
    assert "~" not in text and "^" not in text
    with open(OUT, "wb") as f:
        f.write(text.encode("utf-8"))
    return text


if __name__ == "__main__":
    t = build()
    lines = t.split("\r\n")
    print(len(t), "chars;", max(len(l) for l in lines), "max line")
