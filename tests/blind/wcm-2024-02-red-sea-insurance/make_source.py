#!/usr/bin/env python3
"""Write wcm-2024-02-red-sea-insurance.txt: clean UTF-8, LF, blank lines between paragraphs,
a few NBSP characters (marked ¤ below) as a copy from a web page leaves them."""
ID = "wcm-2024-02-red-sea-insurance"
TEXT = """The Meridian Brief | Commentary

Priced Out of the Strait: War-Risk Insurance and the Red Sea Shipping Crisis

February 12, 2024 ·¤9¤min read

By Leila Haddad and Tomas Verhoeven

When Yemen's Houthis seized the car carrier Galaxy Leader in the southern Red Sea on November 19, 2023, and took its 25 crew members hostage, the first market to react was not the freight market but the insurance market.[1] Within a month, the additional premium for a single transit of the Bab el-Mandeb had risen roughly tenfold; by mid-January, some underwriters were declining to quote at all for ships with American, British or Israeli links.[2] Almost three months into the crisis, the question for governments is no longer only whether warships can keep the route open, but whether they can keep it insurable.

This commentary argues that the insurance response has been rational, that it has done more than any missile to divert trade, and that the instruments meant to guarantee free passage through the canal and the strait say nothing about who pays for the risk.

How the market priced the strait

Hull and machinery policies exclude war. Shipowners buy that cover separately, usually on the Institute War and Strikes Clauses, which let underwriters cancel on seven days' notice and re-quote for voyages into areas the market regards as dangerous. Those areas are set by the Joint War Committee (JWC), which represents underwriters in the Lloyd's and company markets in London. After the Galaxy Leader seizure, the committee widened its listed area in the southern Red Sea in a circular numbered JWLA-032, issued on 18¤December 2023.[3] Once a sea area is listed, an owner must notify insurers before entering it and pay an additional premium for each passage.

Those additional premiums, quoted as a percentage of the insured hull value, tell the story. Brokers put the rate at about 0.07 per cent before the first attacks; it reached 0.5 per cent in December and between 0.7 and 1 per cent in January.[4] On a vessel insured for $100 million, that is as much as US$1¤million for one passage, more than the canal toll for many ships, and it is payable again on the return leg. Since the American and British strikes on Houthi targets on the night of January 11–12, 2024, which London called Operation Poseidon Archer, several underwriters have added exclusions for ships with US or UK links.[5]

The liability side compounds the cost. The 12 clubs of the International Group of P&I Clubs, which between them insure around 90% of the world's ocean-going tonnage, exclude war risks from ordinary cover and offer only excess war P&I cover above a ship's own war policy, up to a limit of $500 million.[6] Gard, Skuld and NorthStandard have each circulated guidance urging members to check that their war cover still responds once a vessel has been named as a target. Crew costs rise too: the International Transport Workers' Federation (ITF) has pressed for the area to be treated as a warlike operations zone, which would give seafarers a bonus equal to their basic wage for the transit and the right to refuse it.[7]

Diversion as the cheaper risk

Faced with those numbers, the largest container lines decided that the long way round was the cheaper risk. Maersk paused Red Sea transits on December 15, resumed briefly under naval cover, then stopped again after the Maersk Hangzhou came under attack on December 30–31; Hapag-Lloyd, the Mediterranean Shipping Company (MSC) and CMA CGM followed similar paths.[8] Sailing around the Cape of Good Hope adds some 3,500 nautical miles and 10 to 14 days to a voyage between Asia and northern Europe, and perhaps another $1 million in fuel. Tanker owners held out longer, until a missile set the Trafigura-chartered Marlin Luanda on fire in the Gulf of Aden on January 26.[9]

The effect on traffic shows up in every series. UNCTAD estimated in late January that transits through the Suez Canal had fallen by 42% from their peak, and the Kiel Institute for the World Economy calculated that container volumes in the Red Sea in December were less than half of what would normally be expected.[10] Freight followed: Drewry's World Container Index put the spot rate for a forty-foot box from Shanghai to Rotterdam at about $4,400 in mid-January, more than three times its level at the start of December.[11]

Egypt, Israel and the cost of the detour

For Egypt the arithmetic is stark. The Suez Canal Authority (SCA) reported record revenue of $10.25 billion for 2023,[12] but its chairman, Osama Rabie, said on January 11 that receipts for the first eleven days of the year had fallen to about $255 million from $428 million a year earlier (−40 per cent), with transits down 30 per cent.[13] Cairo, already negotiating to enlarge its $3 billion Extended Fund Facility with the International Monetary Fund (IMF), has lost one of its few reliable sources of dollars.[14]

Israel's own Red Sea gateway tells the other side of the story. The chief executive of the port of Eilat said in December that activity had fallen by about 85 per cent since the Houthis began targeting Israel-linked shipping.[15] Yet the campaign has ranged far beyond Israel: by several counts, about half of the ships attacked had no obvious Israeli connection, which is why underwriters price the whole area rather than particular flags. Underwriters last priced a sustained campaign against merchant ships in the Tanker War of the 1980s, and the lesson then was the same: cover stays available, but at a price that changes routes.

What the treaties do and do not promise

The legal framework looks reassuring on paper. Article¤I of the 1888 Constantinople Convention, formally the Convention respecting the Free Navigation of the Suez Maritime Canal and signed by nine powers on 29 October 1888, declares that the canal "shall always be free and open, in time of war as in time of peace, to every vessel of commerce or of war, without distinction of flag".[16] It did not keep the canal open between June 1967 and June 1975, the longest closure since it opened in 1869. The 1982 United Nations Convention on the Law of the Sea (UNCLOS), opened for signature at Montego Bay together with the Final Act of the Third United Nations Conference on the Law of the Sea, gives ships a right of transit passage through straits used for international navigation, which coastal states may not suspend; the Bab el-Mandeb is some 30 kilometres wide at its narrowest.[17]

Neither instrument helps an underwriter. The Constantinople Convention binds states, not an armed movement on the coast, and UNCLOS regulates what coastal states may do, not what Ansar Allah chooses to do. Nor has the UN Security Council changed the calculus. Resolution¤2722, adopted on January 10, 2024 by 11 votes to none with four abstentions, demanded that the Houthis stop their attacks and took note of the right of member states to defend their vessels.[18] A week earlier, a Joint Statement by a dozen governments had warned of consequences.[19] The United States and the United Kingdom have since invoked Article 51 of the UN Charter for their strikes, and the US Department of State has redesignated the group a Specially Designated Global Terrorist with effect from February 16, a step that will bring sanctions clauses in cover notes into play.[20]

Earlier instruments in the region are no better suited. The Djibouti Code of Conduct of 2009 and its 2017 Jeddah Amendment were written for piracy and armed robbery, and the industry's Best Management Practices (BMP5), which helped bring premiums down off Somalia after 2011, assume an attacker in a skiff, not an anti-ship ballistic missile or a Shahed-136 drone. The Stockholm Agreement of December 2018, whose port provisions are overseen by the United Nations Mission to support the Hodeidah Agreement (UNMHA), left the Houthis in control of the coast from which most attacks are launched.[21]

Escorts, missions and the limits of deterrence

The naval answer has come in two forms. Operation Prosperity Guardian, announced by US Defense Secretary Lloyd Austin on December 18, 2023, runs under the Combined Maritime Forces (CMF) through Combined Task Force 153, with US Central Command (CENTCOM) in overall charge; the US Department of Defense has claimed more than 20 participating countries, though several asked not to be named.[22] The European Union (EU) has chosen a separate and strictly defensive mission, Aspides, which the Council of the EU established on February 8 and which foreign ministers are expected to launch on February 19, with headquarters in Larissa and a reported common-costs budget of about €8¤million; it will sit alongside the EU Naval Force's anti-piracy Operation Atalanta.[23]

Escorts reduce risk without removing it, and underwriters say so. The Royal Navy's HMS Diamond and US destroyers have shot down dozens of drones and missiles, yet attacks continued after the strikes, and UK Maritime Trade Operations (UKMTO) was still issuing warnings in early February.[24] Rates priced on probability will not return to 0.07 per cent because a frigate is nearby; they will fall when the firing stops, or when governments share the risk.

A state-backed facility?

There is a precedent. When the Black Sea Grain Initiative was signed in Istanbul on 22 July 2022 by Russia, Ukraine, Türkiye and the United Nations, alongside a memorandum of understanding between Russia and the UN Secretariat on Russian food and fertiliser exports, the Lloyd's market, led by the underwriter Ascot and the broker Marsh, set up cover of up to $50 million per voyage for ships using the corridor.[25] The grain deal collapsed in July 2023, but the facility showed that a defined corridor, shared information and a small pool of capacity can bring rates down. Lloyd's itself wrote some £46.7 billion of gross premiums in 2022; a backstop for the Red Sea would be a rounding error by comparison.

A Red Sea version would be harder to build, since the threat is missiles rather than mines and the attacker is party to no deal. Still, governments could do three things. They could reinsure a share of hull war exposure for ships sailing in escorted groups. The International Maritime Organization (IMO) could host a shared threat picture, so that the JWC prices on the same data as navies. And Riyadh, whose détente with Tehran rests on the Beijing agreement of March 2023, could press Iran, whose own nuclear bargain, the 2015 Joint Comprehensive Plan of Action (JCPOA), has all but lapsed, to restrain its Yemeni partner. A UN-led roadmap between Saudi Arabia and the Houthis, announced in December but not yet signed, would do more than any convoy.

Insurance is not the cause of the crisis, but it is its transmission belt. Between December 2023 and February 2024, the premium for one passage through the Bab el-Mandeb went from a rounding error to a line item larger than the canal toll. Until the risk is shared or removed, expect the Cape route, and the higher prices that come with it, to remain the default through the first quarter of 2024 and probably beyond.

The views expressed in this commentary are the authors' own and do not necessarily reflect those of the Meridian Institute for Maritime Security.

Leila Haddad is a senior fellow in the Maritime Security Programme at the Meridian Institute for Maritime Security, where she works on Red Sea and Gulf shipping.

Tomas Verhoeven is a non-resident fellow at the Meridian Institute for Maritime Security. He spent 14 years as a marine war-risk underwriter in the Lloyd's market.

Share this: Email · Print · Copy link

Notes

1. Jon Gambrell, "Yemen's Houthi rebels seize an Israel-linked ship in Red Sea and take 25 crew members hostage," Associated Press, November 20, 2023, https://apnews.com/article/yemen-houthi-rebels-seize-israeli-ship-red-sea-hostages.

2. Jonathan Saul and Carolyn Cohn, "Red Sea war risk insurance rises as ships face attacks," Reuters, December 21, 2023, https://www.reuters.com/business/finance/red-sea-war-risk-insurance-rises-ships-face-attacks-2023-12-21/.

3. Joint War Committee, "Listed Areas – Hull War, Piracy, Terrorism and Related Perils," JWLA-032, Lloyd's Market Association, 18 December 2023, https://www.lmalloyds.com/LMA/Underwriting/Marine/Joint_War/JWLA.aspx.

4. Saul and Cohn, op. cit.; "Red Sea war risk premiums climb to 1% of hull value," Lloyd's List, January 17, 2024, https://www.lloydslist.com/LL1147902/Red-Sea-war-risk-premiums-climb-to-1-of-hull-value.

5. Carolyn Cohn, "Some war insurers exclude US, UK and Israeli ships from Red Sea cover," Reuters, January 15, 2024, https://www.reuters.com/business/some-war-insurers-exclude-us-uk-israeli-ships-red-sea-cover-2024-01-15/; UK Ministry of Defence, "UK and US strike Houthi military targets in Yemen," GOV.UK, 12 January 2024, https://www.gov.uk/government/news/uk-and-us-strike-houthi-military-targets-in-yemen.

6. International Group of P&I Clubs, "War risks and the International Group clubs," https://www.igpandi.org/article/war-risks/, accessed 9 February 2024.

7. International Transport Workers' Federation, "Seafarers' safety must come first in the Red Sea," ITF, December 22, 2023, https://www.itfglobal.org/en/news/seafarers-safety-must-come-first-red-sea.

8. A.P. Moller-Maersk, "Maersk Hangzhou incident and update on Red Sea / Gulf of Aden," press release, December 31, 2023, https://www.maersk.com/news/articles/2023/12/31/maersk-hangzhou-update.

9. "Tanker Marlin Luanda on fire in Gulf of Aden after Houthi missile strike," Reuters, January 27, 2024, https://www.reuters.com/world/middle-east/tanker-marlin-luanda-fire-gulf-aden-2024-01-27/.

10. UNCTAD, "Red Sea, Black Sea and Panama Canal: UNCTAD raises alarm on global trade disruptions," press release, January 26, 2024, https://unctad.org/news/red-sea-black-sea-and-panama-canal-unctad-raises-alarm-global-trade-disruptions; Kiel Institute for the World Economy, "Kiel Trade Indicator 12/2023: Red Sea crisis weighs on world trade," January 8, 2024, https://www.ifw-kiel.de/publications/news/kiel-trade-indicator-12-2023/.

11. Drewry, "World Container Index – 18 Jan," https://www.drewry.co.uk/supply-chain-advisors/supply-chain-expertise/world-container-index-assessed-by-drewry, accessed February 9, 2024.

12. "Suez Canal revenue down 40% since start of 2024: SCA chief," Ahram Online, January 11, 2024, https://english.ahram.org.eg/NewsContent/3/12/515866/Business/Economy/Suez-Canal-revenue-down.aspx.

13. Ibid.

14. International Monetary Fund, Arab Republic of Egypt: Request for Extended Arrangement Under the Extended Fund Facility, IMF Country Report No. 23/2 (Washington, DC: IMF, January 2023), pp. 4–6, https://www.imf.org/en/Publications/CR/Issues/2023/01/10/Arab-Republic-of-Egypt-Request-for-Extended-Arrangement.

15. "Israel's Eilat port sees 85% drop in activity amid Houthi Red Sea attacks," Reuters, December 21, 2023, https://www.reuters.com/world/middle-east/israels-eilat-port-sees-85-drop-activity-2023-12-21/.

16. Convention respecting the Free Navigation of the Suez Maritime Canal, Constantinople, 29 October 1888, Article I, as published by the Suez Canal Authority, https://www.suezcanal.gov.eg/English/About/SuezCanal/Pages/ConstantinopleConvention.aspx.

17. United Nations Convention on the Law of the Sea, 10 December 1982, arts. 37–44, https://www.un.org/depts/los/convention_agreements/texts/unclos/unclos_e.pdf.

18. United Nations, "Security Council Demands That Houthis Immediately Stop Attacks on Merchant, Commercial Vessels in Red Sea, Adopting Resolution 2722 (2024) by Recorded Vote," SC/15555, 10 January 2024, https://press.un.org/en/2024/sc15555.doc.htm.

19. The White House, "A Joint Statement from the Governments of the United States, Australia, Bahrain, Belgium, Canada, Denmark, Germany, Italy, Japan, Netherlands, New Zealand, and the United Kingdom," January 3, 2024, https://www.whitehouse.gov/briefing-room/statements-releases/2024/01/03/a-joint-statement-from-the-governments-of-the-united-states-australia-bahrain-belgium-canada-denmark-germany-italy-japan-netherlands-new-zealand-and-the-united-kingdom/.

20. US Department of State, "Terrorist Designation of the Houthis," press statement, January 17, 2024, https://www.state.gov/terrorist-designation-of-the-houthis/.

21. Office of the Special Envoy of the Secretary-General for Yemen, "Full text of the Stockholm Agreement," December 13, 2018, https://osesgy.unmissions.org/full-text-stockholm-agreement, including the "Agreement on the City of Hodeidah and Ports of Hodeidah, Salif and Ras Issa."

22. US Department of Defense, "Statement from Secretary of Defense Lloyd J. Austin III on Ensuring Freedom of Navigation in the Red Sea," December 18, 2023, https://www.defense.gov/News/Releases/Release/Article/3621110/statement-from-secretary-of-defense-lloyd-j-austin-iii-on-ensuring-freedom-of-n/.

23. Council Decision (CFSP) 2024/583 of 8 February 2024 on a European Union maritime security operation to safeguard freedom of navigation in relation to the Red Sea crisis (EUNAVFOR ASPIDES), Official Journal of the European Union, https://eur-lex.europa.eu/eli/dec/2024/583/oj.

24. UK Maritime Trade Operations, "Recent incidents," https://www.ukmto.org/indian-ocean/recent-incidents, accessed 9 February 2024; Cohn, op. cit.

25. Jonathan Saul, "Lloyd's insurer Ascot and broker Marsh launch cover for Ukraine grain ships," Reuters, August 2, 2022, https://www.reuters.com/business/finance/lloyds-insurer-ascot-broker-marsh-launch-cover-ukraine-grain-ships-2022-08-02/; Initiative on the Safe Transportation of Grain and Foodstuffs from Ukrainian Ports, Istanbul, 22 July 2022, https://www.un.org/sites/un2.un.org/files/black_sea_grain_initiative_full_text.pdf.

© 2024 Meridian Institute for Maritime Security. All rights reserved.
"""
TEXT = TEXT.replace("¤", "\u00a0")
assert "\r" not in TEXT
with open(f"{ID}.txt", "wb") as f:
    f.write(TEXT.encode("utf-8"))
print(len(TEXT), "chars")
