#!/usr/bin/env python3
"""Write pbm-2024-06-mediterranean-migration-compacts.txt with exact bytes.

Route: UTF-8, LF line endings, no BOM; paragraphs hard-wrapped at 72 columns with
blank lines between paragraphs; a few long words hyphenated at line ends (the
hyphen and the line break stay in the text); bullets with a two-space hanging
indent; one URL (note 7) broken across a line without a hyphen.
"""
import os

ID = "pbm-2024-06-mediterranean-migration-compacts"
WIDTH = 72

# words that may be split at a line end: word -> split index (prefix keeps a hyphen)
HYPH = {
    "Organization": 8,          # Organiza-tion
    "Mediterranean": 5,         # Medi-terranean
    "Understanding": 5,         # Under-standing
    "disembarkation": 8,        # disembar-kation
    "liberalisation": 7,        # liberal-isation
    "macro-financial": 6,       # macro- financial (existing hyphen)
    "responsibility": 6,        # respon-sibility
    "Constitutional": 6,        # Consti-tutional
    "International": 5,         # Inter-national
    "accountability": 7,        # account-ability
    "Government": 3,            # Gov-ernment
    "conditionality": 9,        # condition-ality
    "Partnership": 7,           # Partner-ship
    "processing": 7,            # process-ing
    "thousand": 4,              # thou-sand
    "Declaration": 5,           # Decla-ration
    "Convention": 6,            # Conven-tion
    "Commission": 6,            # Commis-sion
    "Memorandum": 4,            # Memo-randum
    "Cooperation": 4,           # Coop-eration
    "Ministry": 5,              # Minis-try
    "interceptions": 5,         # inter-ceptions
    "Méditerranée": 5,          # Médit-erranée
    "Frontières": 5,            # Front-ières
    "million": 3,               # mil-lion
    "billion": 3,               # bil-lion
    "Migration": 5,             # Migra-tion
    "Statement": 5,             # State-ment
    "Agreement": 5,             # Agree-ment
    "Ombudsman": 6,             # Ombuds-man
    "Assembly": 2,              # As-sembly
    "European": 4,              # Euro-pean
}


def wrap(text, width=WIDTH, first="", rest=""):
    words = text.split(" ")
    lines, cur = [], first
    prefix_len = len(first)
    for w in words:
        sep = "" if cur == first or cur == rest else " "
        if len(cur) + len(sep) + len(w) <= width:
            cur += sep + w
            continue
        # try hyphenation
        core = w.rstrip(".,;:)’”'\"¹²³⁴⁵⁶⁷⁸⁹⁰")
        lead = ""
        if core.startswith(("(", "“", "‘")):
            lead, core = core[0], core[1:]
        done = False
        for key, k in HYPH.items():
            if core == key or core.endswith(key) and core[: len(core) - len(key)].endswith("-"):
                off = len(lead) + (len(core) - len(key)) + k
                if key == "macro-financial":
                    head, tail = w[: off + 1], w[off + 1:]
                else:
                    head, tail = w[:off] + "-", w[off:]
                if len(cur) + len(sep) + len(head) <= width:
                    lines.append(cur + sep + head)
                    cur = rest + tail
                    done = True
                break
        if done:
            continue
        lines.append(cur)
        cur = rest + w
    lines.append(cur)
    return "\n".join(lines)


HEADER = [
    "POLICY BRIEF | No. 9 | June 2024",
    "Institute for Mediterranean Policy Studies",
]
TITLE = ("Buying Time at Sea: What the EU’s Mediterranean Migration Deals "
         "Delivered, 2016–2024")
AUTHORS = "Authors: Dr. Chiara Lombardi and Youssef Belhadj"

KEY_POINTS = [
    "Since the EU–Turkey Statement of March 2016, the EU and its member states "
    "have traded money, visas and equipment for border control with at least five "
    "Mediterranean partners; not one of these arrangements went to the European "
    "Parliament for consent.",
    "Deals move numbers only for a while: sea arrivals in Italy rose by roughly 50 "
    "per cent in 2023, then fell by more than half in the first five months of 2024 "
    "(a change of about −57 per cent).",
    "The 2023 EU–Tunisia Memorandum of Understanding earmarked €105 million for "
    "migration but contains no human-rights conditionality worth the name.",
    "The Italy–Albania protocol outsources processing, not responsibility: Italian "
    "law, EU law and the 1951 Refugee Convention follow the asylum seeker to Gjadër.",
    "The EU should publish every migration arrangement, tie each tranche to "
    "independent monitoring and fund search and rescue in the 2020s as it funded "
    "containment in the 2010s.",
]

SECTIONS = [
    ("1. Introduction", [
        "On 18 March 2016 the heads of state or government of the EU member states and "
        "Turkey agreed a two-page text that was published as a press release rather "
        "than signed as a treaty. The EU–Turkey Statement, as it became known, promised "
        "€6 billion for refugees in Turkey, visa liberalisation and a scheme under which "
        "one Syrian would be resettled from Turkey for every Syrian returned from the "
        "Greek islands.¹ Eight years later the template has spread across the "
        "Mediterranean. The Malta Declaration of February 2017, the memorandum Italy "
        "signed with Libya the day before it, the 2023 EU–Tunisia Memorandum of "
        "Understanding and the Italy–Albania protocol of November 2023 all trade "
        "European money or political cover for the containment of departures.",
        "This brief reviews five such arrangements, asks what they delivered in numbers "
        "and in law, and sets out what the EU should change now that the Pact on "
        "Migration and Asylum, adopted by the Council of the EU on 14 May 2024, writes "
        "much of the same logic into EU legislation. It draws on data from UNHCR, the "
        "International Organization for Migration (IOM) and the Italian Ministry of the "
        "Interior, and on reporting by news agencies such as ANSA and Reuters.",
    ]),
    ("2. From Ankara to Valletta: the 2016–17 template", [
        "The Statement built on the EU–Turkey Joint Action Plan, activated at a summit "
        "on 29 November 2015, and on the Valletta Action Plan that European and African "
        "leaders adopted on 11–12 November 2015. From November 2015 to March 2016 the "
        "Aegean crossings continued at a rate no government could sustain: in 2015 "
        "nearly 857,000 people reached Greece by sea, according to UNHCR, against about "
        "173,000 in 2016 and fewer than 30,000 in 2017, a roughly fivefold fall within "
        "a single year.² Only "
        "about 2,100 people were sent back from the islands to Turkey by March 2020, "
        "while some 28,000 Syrians were resettled from Turkey to EU states by early "
        "2021. The money moved faster: the Facility for Refugees in Turkey contracted "
        "its €6 billion in two tranches of €3 billion each. The visa promise went back to the visa liberalisation roadmap the EU handed to Ankara "
        "on 16 December 2013, the day the Agreement between the European Union and the "
        "Republic of Turkey on the readmission of persons residing without authorisation "
        "was signed. Of the roadmap’s 72 benchmarks, Turkey has yet to meet six, and "
        "Turkish citizens still need visas.",
        "When three asylum seekers challenged "
        "the Statement, the General Court of the EU held in Case T-192/16 on 28 "
        "February 2017 that it was an act not of the European Council but of the member "
        "states’ leaders, and declined jurisdiction; the Court of Justice dismissed the "
        "appeals in September 2018.³ In June 2016 the Commission generalised "
        "the approach in its Migration Partnership Framework, a policy rather than an "
        "agreement.",
        "On 3 February 2017 EU leaders meeting in "
        "Valletta adopted the Malta Declaration, which made the training and equipping "
        "of the Libyan Coast Guard the core of EU policy on the Central Mediterranean "
        "route. A day earlier Italy and the Government of National Accord (GNA) in "
        "Tripoli had signed a Memorandum of Understanding that invokes the 2008 Treaty "
        "of Friendship, Partnership and Cooperation concluded at Benghazi.⁴ The "
        "memorandum renews itself every three years unless either party objects; it "
        "rolled over in February 2020 and again in February 2023. Italian–Libyan "
        "cooperation on migration dates back to the 2000s, and Rome first tried the "
        "model in the 1990s, with the 1997 agreement between Italy and Albania that let "
        "the Italian navy stop Albanian boats at sea. Funding came largely through the "
        "EU Emergency Trust Fund for Africa (EUTF), a fund of about €5 billion set up "
        "at the Valletta summit. According to IOM, the Libyan Coast Guard and other "
        "Libyan forces intercepted more than 100,000 people between 2017 and 2023, most "
        "of whom were taken back to detention centres that UN investigators have "
        "described as sites of torture.",
        "The Khartoum Process, launched by the Rome Declaration of 28 November 2014, "
        "belongs in the same family but is not an instrument: it is a dialogue between "
        "the EU and states of the Horn of Africa, and binds no one.⁵",
    ]),
    ("3. Tunisia: a memorandum without a monitor", [
        "The Memorandum of Understanding on a strategic and comprehensive partnership "
        "between the European Union and Tunisia was signed in Tunis on 16 July 2023, "
        "five weeks after a joint statement issued there on 11 June by Commission "
        "President Ursula von der Leyen, Italy’s Prime Minister Giorgia Meloni and the "
        "Dutch Prime Minister Mark Rutte.⁶ Of the MoU’s five pillars, migration drew the attention: €105 million for border management, search and rescue and returns, "
        "on top of up to €900 million in macro-financial assistance that depends on a "
        "programme with the International Monetary Fund (IMF), and €150 million in "
        "budget support.⁷ The IMF programme, a staff-level agreement worth about $1.9 "
        "billion reached in October 2022, has stalled since President Kais Saied "
        "rejected its “diktats” in April 2023.",
        "Of the "
        "157,652 people who reached Italy by sea in 2023, roughly 97,000 had left from "
        "Tunisian shores, about 62 per cent of the total. After the MoU the Tunisian "
        "National Guard stepped up interceptions, and arrivals in Italy in the first "
        "quarter of 2024 were fewer than half those of the first quarter of 2023.⁸ "
        "Whether the fall reflects the deal is unclear; arrivals had peaked in Q3 2023 before dropping.",
        "In early July 2023, Human Rights Watch reported, "
        "Tunisian security forces expelled more than 1,200 Black African migrants and "
        "asylum seekers to the desert borders with Libya and Algeria.⁹ The MoU makes no "
        "disbursement conditional on human-rights standards, and in September 2023 the "
        "European Ombudsman opened an inquiry into whether the European Commission had "
        "assessed those risks before signing.¹⁰ In October "
        "2023 Tunis reportedly sent back €60 million the Commission had disbursed, and "
        "Saied called EU funds “charity”.¹¹",
        "Italy has repeatedly detained NGO rescue ships, among them the Geo "
        "Barents of Médecins Sans Frontières (MSF), under Decree-Law No. 1/2023, which "
        "requires a ship to sail to an assigned port after one rescue.¹² SOS "
        "Méditerranée and Sea-Watch say distant ports keep their ships away from the rescue zone. IOM’s Missing Migrants Project counted 3,155 dead "
        "and missing in the Mediterranean in 2023, about 2,500 of them on the central "
        "route, the highest toll there since 2017.¹³ The Pylos shipwreck of 14 June "
        "2023, in which up to 600 people may have died within sight of the Hellenic "
        "Coast Guard, was one of the deadliest on record.¹⁴",
    ]),
    ("4. Albania, Egypt and the outsourcing of procedure", [
        "The Italy–Albania protocol, signed in Rome on 6 November 2023 by Giorgia "
        "Meloni and Edi Rama, goes further than any earlier arrangement.¹⁵ Its formal "
        "title, the Protocol between the Government of the Italian Republic and the "
        "Council of Ministers of the Republic of Albania on strengthening cooperation in "
        "migration matters, hides a simple mechanism. People rescued by Italian state vessels are taken to centres at Shëngjin and Gjadër, under Italian jurisdiction. No more than 3,000 people may "
        "be held at any one time, the protocol runs for five years, renewable, and Rome "
        "expects up to 36,000 people a year to pass through.¹⁶ Albania’s Constitutional "
        "Court cleared the text on 29 January 2024, and the Italian parliament passed "
        "Law No. 14 of 21 February 2024 to ratify it after a passage that ran from "
        "December 2023 to February 2024. Opposition estimates put the cost of what "
        "Italian media quickly dubbed the Albania deal at more than €650 million over "
        "five years.",
        "Two features matter. First, Albania is not a member state, so the Dublin III "
        "Regulation and the reception acquis apply only through Italian law; second, "
        "the 1951 Convention relating to the Status of Refugees and its 1967 Protocol "
        "bind both parties, so the prohibition of refoulement in Article 33 travels "
        "with the asylum seeker. Turkey, by contrast, still applies the geographical "
        "limitation, and Libya is not a party to the Refugee Convention at all. UNHCR, "
        "whose supervisory role rests on the 1950 Statute of the Office of the United "
        "Nations High Commissioner for Refugees and on Article 35 of the Convention, has "
        "said that such schemes must not shift responsibility.¹⁷ The Final Act of the "
        "1951 conference that adopted the Convention already asked states to cooperate "
        "“in a true spirit of international co-operation”.",
        "On 17 March 2024 the EU and Egypt signed in Cairo a "
        "Joint Declaration on the Strategic and Comprehensive Partnership, backed by a "
        "package worth €7.4 billion for 2024–2027, of which €200 million is earmarked "
        "for migration.¹⁸ Mauritania followed with a joint declaration of its own in "
        "March 2024 and €210 million. Frontex, the European Border and Coast Guard "
        "Agency, has meanwhile become a surveillance provider: since 2021 it has flown "
        "Heron and Hermes 900 drones over the central Mediterranean, leased from Airbus "
        "and Elbit Systems. Its budget grew from about €6 million in 2005 to some €845 "
        "million in 2023, more than a hundredfold.¹⁹",
        "The United Kingdom’s Rwanda scheme is the cautionary tale. By the end of 2023 "
        "London had paid Kigali some £240 million under a partnership that was recast as the "
        "UK–Rwanda treaty on 5 December 2023, without a single removal flight taking off.²⁰ The "
        "Global Compact for Safe, Orderly and Regular Migration (GCM), adopted at "
        "Marrakech on 10 December 2018 and endorsed by the UN General Assembly nine days "
        "later, commits its signatories in Objective 8 to save lives at sea; 152 states "
        "voted for it and five against, Hungary among them.²¹ None of the deals reviewed "
        "here mentions the GCM, and only one of them mentions UNHCR.",
    ]),
    ("5. Recommendations", [
        "The EU cannot undo the deals of the 2010s, but it can stop repeating their "
        "flaws, and it does not lack commitments to build on: the Apulia G7 Leaders’ "
        "Communiqué of 14 June 2024 pledges to tackle smuggling while protecting "
        "migrants’ rights. We recommend that the Commission and the member states (1) publish the "
        "full text of every migration arrangement, "
        "within one month of signature; (2) release funds under the Tunisia MoU⁷ and the "
        "Egypt declaration only in quarterly tranches, each tied to a report by an "
        "independent monitor with access to detention sites; (3) give Frontex’s "
        "Fundamental Rights Officer a standing mandate to review cooperation with the "
        "Libyan Coast Guard and the Tunisian National Guard; and (4) create an "
        "EU-funded search-and-rescue capacity in the central Mediterranean with a budget "
        "of at least a quarter of what the EUTF spent on border management.",
        "Italy, for its part, should report to the Italian Parliament every six months on "
        "the Albania protocol. "
        "Up to three-quarters of a billion euros spent without a public audit would repeat, at "
        "a smaller scale, the opacity of the EU–Turkey deal. The test of the new Pact, "
        "which applies from mid-2026, will be whether it brings these arrangements "
        "inside the law or keeps them just outside it.²²",
    ]),
]

NOTES = [
    "European Council, “EU-Turkey statement, 18 March 2016,” press release 144/16, "
    "18 March 2016, https://www.consilium.europa.eu/en/press/press-releases/2016/03/18/eu-turkey-statement/.",
    "UNHCR, “Mediterranean Situation: Greece,” Operational Data Portal, "
    "https://data.unhcr.org/en/situations/mediterranean/location/5179 (accessed 3 June 2024).",
    "General Court of the European Union, Order of 28 February 2017, Case T-192/16, "
    "NF v European Council, ECLI:EU:T:2017:128, https://curia.europa.eu/juris/liste.jsf?num=T-192/16.",
    "“Memorandum of understanding on cooperation in the fields of development, the "
    "fight against illegal immigration, human trafficking and fuel smuggling and on "
    "reinforcing the security of borders between the State of Libya and the Italian "
    "Republic,” 2 February 2017; European Council, “Malta Declaration by the members of "
    "the European Council on the external aspects of migration: addressing the Central "
    "Mediterranean route,” 3 February 2017, "
    "https://www.consilium.europa.eu/en/press/press-releases/2017/02/03/malta-declaration/.",
    "“Declaration of the Ministerial Conference of the Khartoum Process (EU–Horn of "
    "Africa Migration Route Initiative),” Rome, 28 November 2014, "
    "https://www.khartoumprocess.net/resources/library/political-declarations.",
    "European Commission, “The European Union and Tunisia agreed to work together on a "
    "comprehensive partnership package,” 11 June 2023, "
    "https://ec.europa.eu/commission/presscorner/detail/en/statement_23_3202.",
    "European Commission, “Memorandum of Understanding on a strategic and comprehensive "
    "partnership between the European Union and Tunisia,” press release IP/23/3887, "
    "16.7.2023, https://ec.europa.eu/commission/presscorner/detail/en/ip_23_3887.",
    "Italian Ministry of the Interior, “Cruscotto statistico giornaliero” [in Italian], "
    "31 May 2024, pp. 2–3, https://www.interno.gov.it/it/stampa-e-comunicazione/dati-e-statistiche/sbarchi-e-accoglienza-dei-migranti-tutti-i-dati.",
    "Human Rights Watch, “Tunisia: No Safe Haven for Black Africans, Refugees,” 19 "
    "July 2023, https://www.hrw.org/news/2023/07/19/tunisia-no-safe-haven-black-african-migrants-refugees.",
    "European Ombudsman, “Ombudsman opens inquiry into human rights aspects of the "
    "EU-Tunisia memorandum,” September 2023, https://www.ombudsman.europa.eu/en/news-document/en/175102.",
    "Reuters, “Tunisia returns 60 million euros to EU amid row over migration deal,” "
    "October 2023, https://www.reuters.com/world/africa/tunisia-returns-60-million-euros-eu-2023-10-12/.",
    "InfoMigrants, “Italy detains MSF rescue ship Geo Barents,” 2023, "
    "https://www.infomigrants.net/en/post/47154/italy-detains-msf-rescue-ship-geo-barents "
    "(accessed 2 June 2024).",
    "IOM, Missing Migrants Project, “Mediterranean,” data for 1 January–31 December "
    "2023, https://missingmigrants.iom.int/region/mediterranean (accessed 4 June 2024).",
    "Kathimerini, “Pylos shipwreck: what we know,” 16 June 2023, "
    "https://www.ekathimerini.com/news/1215003/pylos-shipwreck-what-we-know/.",
    "ANSA, “Meloni and Rama sign migrants protocol in Rome,” 6 November 2023, "
    "https://www.ansa.it/english/news/politics/2023/11/06/meloni-rama-sign-migrants-protocol_6a1c.html.",
    "“Protocollo tra il Governo della Repubblica italiana e il Consiglio dei ministri "
    "della Repubblica di Albania per il rafforzamento della collaborazione in materia "
    "migratoria” [in Italian], annexed to Law No. 14 of 21 February 2024, Gazzetta "
    "Ufficiale, https://www.gazzettaufficiale.it/eli/id/2024/02/22/24G00024/sg.",
    "Thomas Gammeltoft-Hansen and James C. Hathaway, “Non-Refoulement in a World of "
    "Cooperative Deterrence,” Columbia Journal of Transnational Law 53, no. 2 (2015): "
    "235–284, esp. 241.",
    "European Commission, “Joint Declaration on the Strategic and Comprehensive "
    "Partnership between the Arab Republic of Egypt and the European Union,” 17 March "
    "2024, https://neighbourhood-enlargement.ec.europa.eu/news/joint-declaration-strategic-and-comprehensive-partnership-between-arab-republic-egypt-and-european-2024-03-17_en.",
    "Frontex, “Key facts,” https://www.frontex.europa.eu/about-frontex/key-facts/ "
    "(accessed 5 June 2024); Statewatch, “Frontex budget 2005–2023,” 2023, "
    "https://www.statewatch.org/analyses/2023/frontex-budget/.",
    "National Audit Office, “Investigation into the costs of the UK-Rwanda "
    "partnership,” 1 March 2024, pp. 8–9, "
    "https://www.nao.org.uk/reports/investigation-into-the-costs-of-the-uk-rwanda-partnership/.",
    "United Nations General Assembly, resolution 73/195, A/RES/73/195, 19 December "
    "2018, adopted by 152 votes to 5, with 12 abstentions, https://undocs.org/A/RES/73/195.",
    "Council of the EU, “The Council adopts the EU’s pact on migration and asylum,” "
    "press release, 14 May 2024, https://www.consilium.europa.eu/en/press/press-releases/2024/05/14/the-council-adopts-eu-s-pact-on-migration-and-asylum/; "
    "for the wider context, UNHCR, Global Trends: Forced Displacement in 2023 "
    "(Copenhagen, 13 June 2024), p. 2, https://www.unhcr.org/global-trends-report-2023.",
]

BIO = [
    "Dr. Chiara Lombardi is a senior research fellow at the Institute for "
    "Mediterranean Policy Studies. She worked for UNHCR in Rome between 2012 and 2018 "
    "and has written for the Journal of Refugee Studies and Open Democracy.",
    "Youssef Belhadj is an associate fellow of the Institute based in Tunis. He "
    "previously reported on migration for Nawaat and Agence France-Presse (AFP).",
]

RIGHTS = ("© Institute for Mediterranean Policy Studies (IMPS), June 2024. All rights "
          "reserved. The views expressed are those of the authors alone.")


def note_block(n, text):
    label = f"{n}. "
    out = wrap(label + text)
    if n == 9:
        # break the long HRW address across a line by hand (no hyphen added)
        url = "https://www.hrw.org/news/2023/07/19/tunisia-no-safe-haven-black-african-migrants-refugees."
        cut = url.index("tunisia-no")
        out = out.replace(url, url[:cut] + "\n" + url[cut:])
    return out


def build():
    parts = ["\n".join(HEADER), wrap(TITLE), AUTHORS, "Key points"]
    for kp in KEY_POINTS:
        parts.append(wrap("• " + kp, rest="  "))
    for heading, paras in SECTIONS:
        parts.append(heading)
        for p in paras:
            parts.append(wrap(p))
    parts.append("Endnotes")
    for i, t in enumerate(NOTES, 1):
        parts.append(note_block(i, t))
    parts.append("About the authors")
    for b in BIO:
        parts.append(wrap(b))
    parts.append(wrap(RIGHTS))
    return "\n\n".join(parts) + "\n"


if __name__ == "__main__":
    text = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, ID + ".txt"), "wb") as f:
        f.write(text.encode("utf-8"))
    body = text[text.index("1. Introduction"):text.index("Endnotes")]
    print("body words:", len(body.split()), "chars:", len(text))
