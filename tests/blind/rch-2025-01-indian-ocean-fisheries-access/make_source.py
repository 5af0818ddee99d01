#!/usr/bin/env python3
"""Writes rch-2025-01-indian-ocean-fisheries-access.txt: clean UTF-8, LF, no BOM, blank lines between paragraphs."""
import os

TEXT = """Ocean Governance Report 2025
Chapter 4
Volume 3, Number 1 · January 2025

Edited by Prof. Lindiwe Mthembu and Dr. Karim Hassanali

Buying Access, Sharing Stocks: Fisheries Access Agreements and Tuna Governance in the Western Indian Ocean

Amara Rasoanaivo and Devika Ramgoolam

I. Introduction

Tuna is the western Indian Ocean's most valuable shared resource, and access to it is sold. Every year foreign purse seiners and longliners pay coastal states for the right to fish in their exclusive economic zones, and those payments, the conditions attached to them and the surveillance that follows them make up a dense web of treaties. This chapter examines that web: the Indian Ocean Tuna Commission (IOTC), the European Union's Sustainable Fisheries Partnership Agreements (SFPAs) with Seychelles, Mauritius and Madagascar, and the port-state, regional and trade instruments that surround them.[1]

The stakes are high for small island economies. In Seychelles, canned tuna from the Indian Ocean Tuna Ltd cannery in Port Victoria has for years made up more than half of domestic exports, and Mauritius has built a processing hub around Princes Tuna (Mauritius) Ltd and its suppliers at Port Louis.[2] Yet the stock on which both depend, yellowfin tuna, has been assessed as overfished since 2015, and the Commission's efforts to cut catches have been contested for nearly ten years.[3] Figure 1 maps the exclusive economic zones and the main landing ports discussed below.

II. The IOTC and its 1993 Agreement

The Agreement for the Establishment of the Indian Ocean Tuna Commission was approved by the FAO Council in November 1993 and entered into force on 27 March 1996, once the tenth instrument of acceptance had been deposited.[4] The IOTC is an Article XIV body of the Food and Agriculture Organization of the United Nations (FAO), which gives the FAO a say over its budget and staff; its secretariat has sat in Victoria since the late 1990s. The Commission now has around 30 members, the EU among them, and it manages 16 species of tuna and tuna-like fish.

The IOTC Agreement was drafted before the UN Fish Stocks Agreement was adopted on 4 August 1995, and it shows. It lacks clear rules on allocation and compliance, and decisions are taken by a two-thirds majority but bind no member that objects within 120 days. That is what happened to Resolution 21/01 on yellowfin: adopted in June 2021, it asked for reductions of up to one-fifth from 2014 or 2015 catch levels for the largest fleets, but several coastal states, reportedly among them Madagascar, lodged objections, and by some estimates the measure bound fewer than three-quarters of the catch it was meant to limit.[5] At its 28th session, held in Bangkok on 13–17 May 2024, the Commission again failed to agree an allocation regime, leaving the question to a technical committee that has met, on and off, since 2011.

III. The EU partnership agreements

The EU is not the only buyer of access in the region, but it is the most formalised. Its agreements descend from the 1987 agreement between the European Economic Community and Seychelles, the first of its kind in the Indian Ocean, and today each SFPA is a framework treaty implemented by shorter protocols that set the number of vessels, a reference tonnage and the price.[6] Table 1 compares the three current protocols.

Table 1: EU protocols in the western Indian Ocean (EU payment, per year)
Protocol      Period      Vessels   Reference tonnage (t)   EU payment (EUR)
Seychelles    2020–2026   40        50,000                  5,300,000
Mauritius     2017–2021   85        4,000                   575,000
Madagascar    2023–2027   65        14,000                  1,800,000

The Seychelles protocol, signed on 24.02.2020 and applied for six years, is by far the largest. The EU pays about EUR 5.3 million a year, of which roughly EUR 2.8 million (some SCR 42 million at early-2025 rates) is for access and EUR 2.5 million is earmarked for sectoral support, managed by the Seychelles Fishing Authority (SFA) and the Ministry of Fisheries and the Blue Economy.[7] Spanish and French companies hold most of the licences: Echebastar, Albacora and the Compagnie Française du Thon Océanique (CFTO) all land in Port Victoria, and Sapmer, a Réunion-based group, has flagged part of its fleet in Mauritius.

Mauritius is a smaller and cheaper partner. Between 2014 and 2017 the EU paid EUR 660,000 a year; the next protocol, initialled in Port Louis on 26 April 2017, set the payment at EUR 575,000 (about MUR 28 million), a change of roughly −13 per cent, and fixed the reference tonnage at 4,000 tonnes.[8] After a six-month extension agreed on 5 April 2022, a further protocol, covering 2022–2026, was signed, with a total EU contribution of about EUR 2.9 million over its life; Mauritian officials at the Ministry of Blue Economy, Marine Resources, Fisheries and Shipping told L'Express that the sectoral money was the real prize.[9]

Madagascar's story is one of interruption. The 2015–2018 protocol lapsed on 31 December 2018, and for four and a half years EU vessels fished Malagasy waters only under private licences, if at all. The new Sustainable Fisheries Partnership Agreement between the European Union and the Republic of Madagascar and its implementing protocol were signed on 30 June 2023: they allow 65 vessels, pay EUR 700,000 a year for access against a reference catch of 14,000 tonnes, and add EUR 1.1 million for sectoral support, a total of EUR 1.8 million.[10] The Ministère de la Pêche et de l'Économie Bleue (MPEB) presented the deal as a win; civil-society groups were less sure, asking whether the sectoral money would reach the small-scale fishers of the Mozambique Channel.[11]

IV. Port states, coast guards and surveillance

Access agreements are only as good as their enforcement. The FAO Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing, better known as the Port State Measures Agreement (PSMA), was adopted on 22 November 2009 and entered into force on 5 June 2016; Seychelles, Mauritius and Madagascar are all parties.[12] The PSMA works alongside the 2001 International Plan of Action to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing (IPOA-IUU) and the Indian Ocean Memorandum of Understanding on Port State Control of 1998, which covers vessel safety rather than catch.

At sea, the work falls on small services. The Seychelles Coast Guard, the National Coast Guard of Mauritius, which flies Dornier 228 aircraft supplied by India, and Madagascar's Centre de Surveillance des Pêches (CSP) share data through the Indian Ocean Commission's Regional Fisheries Surveillance Plan, one of the few regional programmes to have run continuously since 2007. The EU Naval Force's Operation Atalanta, launched in December 2008 against piracy, has also reported suspect fishing vessels. Risk reviews by Trygg Mat Tracking (TMT), one of them covering Q3 2023, list vessels with long gaps in their tracking data.[13] Several states have also joined the Blue Justice Initiative by endorsing the Copenhagen Declaration of 2018, which treats organised crime in the fishing industry as a transnational threat.[14]

Safety and labour form the other gap. The Cape Town Agreement of 2012 on fishing-vessel safety has still not entered into force, although 48 states signed the Torremolinos Declaration in October 2019 pledging to ratify it; by the fourth quarter of 2024 the fleet threshold had still not been met.[15] Figure 2 shows how port inspections at Port Louis and Port Victoria rose between 2016 and 2023.

V. Subsidies, the high seas and the regional seas

Beyond national waters, the Southern Indian Ocean Fisheries Agreement (SIOFA), signed in Rome on 7 July 2006 and in force since 21 June 2012, covers deep-sea stocks that the IOTC does not, and its Meeting of the Parties now gathers about a dozen members.[16] Both bodies sit under the UN Fish Stocks Agreement and, above it, the United Nations Convention on the Law of the Sea (UNCLOS) of 1982. On the environmental side, the Nairobi Convention, adopted in 1985 and amended in 2010, and its Protocol concerning Protected Areas and Wild Fauna and Flora in the Eastern African Region link fisheries to habitat protection, and the 2001 SADC Protocol on Fisheries commits southern African states to joint surveillance.[17] The Kunming-Montreal Global Biodiversity Framework of December 2022 adds a target of protecting 30 per cent of the ocean by 2030.

Trade law entered the picture in mid-2022. The WTO Agreement on Fisheries Subsidies, adopted by the 12th Ministerial Conference (MC12) in Geneva on 17 June 2022, bans subsidies to illegal fishing and to fishing on overfished stocks, and takes effect once two-thirds of the World Trade Organization's members have accepted it.[18] The sums at issue are large: global fisheries subsidies were estimated at USD 35.4 billion in 2018, of which about USD 22 billion were capacity-enhancing.[19] Payments made by a foreign government under an access agreement are not treated as subsidies of the coastal state, a carve-out that matters greatly to Seychelles, which accepted the agreement early, and to the EU, where Costas Kadis took over the file as Commissioner for Fisheries and Oceans on 1 December 2024.[20]

VI. Conclusion

The western Indian Ocean's access agreements have matured since the 1980s: today's protocols carry more money for sectoral support, more reporting and more scientific cooperation than the cash-for-fish deals of a generation ago. But they sit on a weak base. So long as the IOTC cannot allocate yellowfin and its members can opt out of binding cuts, the price paid per tonne under each protocol is a price for a shrinking good. Between 2025 and 2027, when the Seychelles and Madagascar protocols both expire, coastal states will have a rare chance to act together: to demand the same terms, the same data and the same port inspections from every fleet, European or not. Talks on the Seychelles renewal were reportedly expected to open between December 2024 and March 2025.[21]

Notes

1. IOTC, "Agreement for the Establishment of the Indian Ocean Tuna Commission," https://iotc.org/about-iotc/basic-texts (accessed 10 January 2025); European Commission, "Sustainable fisheries partnership agreements (SFPAs)," https://oceans-and-fisheries.ec.europa.eu/fisheries/international-agreements/sustainable-fisheries-partnership-agreements-sfpas_en.

2. "Seychelles tuna exports hold steady as cannery expands," Seychelles News Agency, 14 March 2023, https://www.seychellesnewsagency.com/articles/18610/.

3. IOTC Scientific Committee, Report of the 26th Session (Victoria: IOTC, December 2023), pp. 45–47.

4. FAO, "Agreement for the Establishment of the Indian Ocean Tuna Commission," FAO Legal Office, https://www.fao.org/legal/treaties/en/ (accessed 10 January 2025).

5. Ida Abdul-Karim, "Coastal states push back on Indian Ocean tuna cuts," Mongabay, 9 September 2021, https://news.mongabay.com/2021/09/coastal-states-push-back-on-indian-ocean-tuna-cuts/; "Indian Ocean yellowfin quota talks collapse again," Undercurrent News, 17 May 2024.

6. Council of the European Union, "Sustainable Fisheries Partnership Agreement between the European Union and the Republic of Seychelles," Official Journal of the European Union, L 60, 28 February 2020.

7. European Commission, "New protocol to the EU-Seychelles fisheries agreement," press release, 24 February 2020, https://oceans-and-fisheries.ec.europa.eu/news/eu-seychelles-protocol_en.

8. European Parliament, Legislative Observatory, procedure 2017/0223(NLE), summary of 14/05/2018, https://oeil.secure.europarl.europa.eu/oeil/popups/summary.do?id=1535200.

9. "Pêche : le protocole UE-Maurice prolongé de six mois," L'Express, 6 April 2022, https://lexpress.mu/article/peche-accord-ue-prolonge; European Parliament, Legislative Observatory, procedure 2022/0249(NLE).

10. Council Decision (EU) 2024/198 of 11 December 2023, Official Journal of the European Union, https://eur-lex.europa.eu/eli/dec/2024/198/oj.

11. Hery Randrianarisoa, "Madagascar : le retour des thoniers européens," Agence France-Presse, 2 July 2023.

12. FAO, "Agreement on Port State Measures (PSMA)," https://www.fao.org/port-state-measures/en/ (accessed 12 January 2025).

13. Trygg Mat Tracking, Western Indian Ocean Vessel Risk Review, October 2023, https://www.tm-tracking.org/publications.

14. Blue Justice, "International Declaration on Transnational Organized Crime in the Global Fishing Industry," 15 October 2018, https://bluejustice.org/copenhagen-declaration/.

15. International Maritime Organization, "Torremolinos Declaration on the Cape Town Agreement," 21–23 October 2019, https://www.imo.org/en/MediaCentre/PressBriefings/pages/26-Torremolinos-Declaration.aspx.

16. SIOFA Secretariat, "About SIOFA," https://www.apsoi.org/about-siofa (accessed 12 January 2025).

17. UNEP, "Nairobi Convention," https://www.unep.org/nairobiconvention/; SADC, "Protocol on Fisheries," Blantyre, 14 August 2001.

18. World Trade Organization, "Agreement on Fisheries Subsidies," WT/MIN(22)/33, 17 June 2022, https://www.wto.org/english/tratop_e/rulesneg_e/fish_e/fish_e.htm.

19. U. Rashid Sumaila et al., "Updated estimates and analysis of global fisheries subsidies," Marine Policy 109 (2019): 103695.

20. "WTO fish subsidy pact inches towards entry into force," Reuters, 12/12/2024, https://www.reuters.com/markets/commodities/wto-fish-subsidy-pact-2024-12-12/.

21. Nirina Rakotomalala and Joseph Ah-Kye, "Tuna access regimes under a changing climate," Fish and Fisheries 25, no. 2 (March 2024): 301–318.

Amara Rasoanaivo is a research fellow at the Benguela Institute for Ocean Governance and a former adviser to the Indian Ocean Commission. Devika Ramgoolam lectures in maritime law at the University of Mauritius; between 2016 and 2020 she sat on the Mauritian delegation to the IOTC.

© 2025 Benguela Institute for Ocean Governance. All rights reserved. This chapter may be quoted with attribution to the authors and the Benguela Institute for Ocean Governance; no part may be reproduced for commercial purposes without written permission.
"""

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "rch-2025-01-indian-ocean-fisheries-access.txt"), "w", encoding="utf-8", newline="\n") as f:
    f.write(TEXT)
