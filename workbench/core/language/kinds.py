"""Things news names by kind, as a small taxonomy: each kind is a group of words one report may use
for it (its synonyms and plurals, first word its name) and the kind it is a part of, so that two
members of one kind are known apart ("a destroyer" / "a frigate", "drones" / "missiles", "a
hospital" / "a school", "the harvest" / "exports") while a wider word stays a hedge that may
name either ("warships", "vessels" for "a tanker"; "vehicles" for "trucks"; "grain" for "wheat").

No offline package ships WordNet's synsets (`wn` downloads them at run time), and WordNet would
not know news' kinds (a "strike" as an attack, "exports" as a measure). So this is a documented
table of general news nouns, not of any story's sentences: vessels, aircraft, munitions, kinds of
attack, buildings and facilities, vehicles, goods, measures and agreements, bodies, disasters,
diseases, currencies and what a trade story measures. Read by `language.actors.KINDS` (counted
things: `figures`, `match.another_name`) and by `match.kind_slots` (two members of one kind in
two claims: another fact).

Words are written as news writes them; `language.synonyms` is read first ("blast" is
"explosion"), and normalising stems plurals, so both forms are listed only where they differ in
more than an ending. A word with another common sense stays out: "mines" (coal mines),
"carrier" (airlines), "base" (a base rate), "plant" (a plant's output), "pound" (weight).
"""

from __future__ import annotations

from functools import lru_cache

from workbench.core.language.verbs import LABOUR_STRIKES

#: (name, the kind it is a part of or None, its other words). A name in angle brackets is a kind
#: no single word names (what a trade story measures): it only ties its members together.
NEWS_KINDS: list[tuple[str, str | None, str]] = [
    # vessels: a warship, a vessel, a boat may be any of them
    ("ships", None, "ship, vessels, vessel, boats, boat, warships, warship, naval vessels, naval vessel, "
                    "navy ships, navy ship, merchant vessels, merchant ships"),
    ("tankers", "ships", "tanker, oil tankers, oil tanker, oil tanker ships"),
    ("destroyers", "ships", "destroyer"),
    ("frigates", "ships", "frigate"),
    ("corvettes", "ships", "corvette"),
    ("cruisers", "ships", "cruiser, guided-missile cruiser"),
    ("aircraft carriers", "ships", "aircraft carrier"),
    ("submarines", "ships", "submarine"),
    ("cargo ships", "ships", "cargo ship, freighters, freighter, cargo vessels, cargo vessel, bulk carriers, "
                             "bulk carrier"),
    # a container ship is one sort of cargo ship: "the cargo vessel" may name it (helper dup141)
    ("container ships", "cargo ships", "container ship, container vessels, container vessel"),
    ("patrol boats", "ships", "patrol boat, patrol vessels, patrol vessel, coast guard vessels, coast guard vessel, "
                              "coast guard ships, coast guard ship, coastguard vessels, coastguard vessel, cutters, cutter"),
    ("fishing boats", "ships", "fishing boat, fishing vessels, fishing vessel, trawlers, trawler"),
    ("ferries", "ships", "ferry, passenger ferries, passenger ferry"),
    ("cruise ships", "ships", "cruise ship, cruise liners, cruise liner"),
    ("yachts", "ships", "yacht"),
    ("speedboats", "ships", "speedboat, skiffs, skiff, dinghies, dinghy"),
    ("semi-submersibles", "ships", "semi-submersible, narco-submarines, narco-submarine, narco subs, narco sub"),
    ("landing ships", "ships", "landing ship, amphibious assault ships, amphibious assault ship"),
    ("minesweepers", "ships", "minesweeper"),
    # aircraft ("planes" is "aircraft": `language.synonyms`); drones are munitions, as news counts them
    ("aircraft", None, "warplanes, warplane, jets, jet, military aircraft"),
    ("fighter jets", "aircraft", "fighter jet, fighter planes, fighter plane, fighter aircraft"),
    ("bombers", "aircraft", "bomber, strategic bombers"),
    ("helicopters", "aircraft", "helicopter, choppers, chopper, helicopter gunships, gunships"),
    ("transport planes", "aircraft", "transport plane, cargo planes, cargo plane, military transport aircraft"),
    ("airliners", "aircraft", "airliner, passenger jets, passenger jet, passenger planes, passenger plane, "
                              "passenger aircraft, commercial aircraft"),
    ("spy planes", "aircraft", "spy plane, surveillance planes, surveillance plane, surveillance aircraft, "
                               "reconnaissance aircraft, reconnaissance planes, reconnaissance plane"),
    # munitions and weapons: "weapons", "munitions" may be any of them
    ("weapons", None, "weapon, munitions, munition, ordnance, explosives"),
    ("missiles", "weapons", "missile, rockets, rocket, ballistic missiles, cruise missiles, cruise missile, "
                            "ballistic missile"),
    ("drones", "weapons", "drone, kamikaze drones, UAVs, UAV"),
    ("shells", "weapons", "mortars, mortar shells, artillery shells, artillery, shelling, mortar rounds, "
                          "artillery rounds, mortar bombs"),
    ("bombs", "weapons", "bomb, glide bombs, glide bomb, aerial bombs"),
    ("roadside bombs", "bombs", "roadside bomb, IEDs, IED, improvised explosive devices, improvised explosive device, "
                                  "roadside blasts, roadside blast, IED attacks, IED attack"),
    ("car bombs", "bombs", "car bomb, car bombing, car bombings"),
    ("cluster munitions", "bombs", "cluster bombs, cluster bomb"),
    ("landmines", "weapons", "landmine, land mines, land mine, anti-personnel mines"),
    ("grenades", "weapons", "grenade, hand grenades"),
    ("torpedoes", "weapons", "torpedo"),
    ("tear gas", "weapons", "teargas, water cannon, rubber bullets"),
    # what a crowd throws ("projectiles" are rockets to `language.synonyms`: no word for them all)
    ("<thrown objects>", None, ""),
    ("stones", "<thrown objects>", "stone"),
    ("eggs", "<thrown objects>", "egg"),
    ("bottles", "<thrown objects>", "bottle, glass bottles"),
    ("fireworks", "<thrown objects>", "firework, firecrackers, firecracker, flares, flare"),
    ("petrol bombs", "<thrown objects>", "petrol bomb, molotov cocktails, molotov cocktail"),
    # small arms: "guns", "firearms" may be any of them; a pistol is no rifle ("seized 12 pistols" /
    # "... 12 assault rifles": two hauls)
    ("small arms", "weapons", "guns, gun, firearms, firearm, light weapons"),
    ("rifles", "small arms", "rifle, assault rifles, assault rifle, automatic rifles"),
    ("pistols", "small arms", "pistol, handguns, handgun, revolvers, revolver"),
    ("machine guns", "small arms", "machine gun, machineguns, heavy machine guns"),
    ("shotguns", "small arms", "shotgun"),
    # kinds of attack: an attack, an explosion, a strike may be any of them
    ("attacks", None, "attack, explosions, explosion, strikes, strike, assaults, assault"),
    ("airstrikes", "attacks", "airstrike, air strikes, air strike, air raids, air raid, aerial bombardment, "
                              "bombing raids, bombing raid"),
    ("drone strikes", "attacks", "drone strike, drone attacks, drone attack"),
    ("missile strikes", "attacks", "missile strike, missile attacks, missile attack, rocket attacks, rocket attack, "
                                   "rocket fire, rocket strikes, rocket strike"),
    ("artillery strikes", "attacks", "artillery strike, bombardments, bombardment, mortar attacks, mortar attack, "
                                     "mortar fire, artillery fire"),
    ("landmine explosions", "attacks", "landmine explosion, landmine blasts, landmine blast"),
    ("suicide bombings", "attacks", "suicide bombing, suicide attacks, suicide attack, suicide bombers, suicide bomber"),
    ("shootings", "attacks", "shooting, gunfire, gun attacks, gun attack, mass shootings, mass shooting"),
    ("stabbings", "attacks", "stabbing, knife attacks, knife attack"),
    ("ambushes", "attacks", "ambush"),
    ("arson attacks", "attacks", "arson attack, arson"),
    ("cyberattacks", "attacks", "cyberattack, cyber attacks, cyber attack, hacks, hack, ransomware attack"),
    ("kidnappings", "attacks", "kidnapping, abductions, abduction"),
    # crimes a crime wave counts ("kidnappings rose by 30%" / "homicides rose by 30%": two tallies)
    ("homicides", "attacks", "homicide, murders, murder"),
    ("robberies", "attacks", "robbery, armed robberies, armed robbery"),
    ("rapes", "attacks", "rape, sexual assaults, sexual assault"),
    # strikes by workers (`language.verbs.LABOUR_STRIKES`, kept from the attack rewrite): no attack
    # ("on strike" normalises as "strike": a hedge, read as an attack)
    ("labour strikes", None, ", ".join(w for w in LABOUR_STRIKES if "hunger" not in w and w != "on strike")
     + ", walkouts, walkout, go on strike"),
    ("hunger strikes", None, "hunger strike"),
    # buildings and facilities: a building, a facility, infrastructure may be any of them
    ("buildings", None, "building, facilities, facility, infrastructure, premises, compound"),
    ("homes", "buildings", "houses, residential buildings, residential building, apartment blocks, apartment block, "
                           "apartment buildings, apartment building, residential areas"),
    ("schools", "buildings", "school, kindergartens, kindergarten"),
    ("universities", "schools", "university, campus"),  # (a "school" in US English)
    ("health facilities", "buildings", "health facility, medical facilities, medical facility, health centres, "
                                       "health centers"),
    ("hospitals", "health facilities", "hospital, maternity hospital, children's hospital"),
    ("clinics", "health facilities", "clinic"),
    ("places of worship", "buildings", ""),
    ("mosques", "places of worship", "mosque"),
    ("churches", "places of worship", "church, cathedral"),
    ("synagogues", "places of worship", "synagogue"),
    ("temples", "places of worship", "temple"),
    ("markets", "buildings", "market, marketplace"),
    ("shops", "buildings", "shop, stalls, supermarkets, supermarket, shopping centre, shopping mall"),
    ("bridges", "buildings", "bridge"),
    ("airports", "buildings", "airport, airfields, airfield, airstrip"),
    # ("port" too: a town's name opening with it, "Port-au-Prince", "Port Sudan", is not read as one,
    # `match.kind_slots.kinds_read`)
    ("seaports", "buildings", "seaport, harbours, harbour, harbors, harbor, port, ports, sea port"),
    ("port authorities", None, "port authority, ports authority"),  # (a body, not a port: read first)
    ("railway stations", "buildings", "railway station, train stations, train station, rail stations"),
    ("refineries", "buildings", "refinery, oil refineries, oil refinery"),
    ("power plants", "buildings", "power plant, power stations, power station, substations, substation, "
                                  "nuclear plant, nuclear power plant"),
    ("dams", "buildings", "dam"),
    # what carries power, calls and fuel across the land ("tower" alone is a building's name)
    ("telecom towers", "buildings", "telecom tower, mobile phone towers, mobile phone tower, phone towers, phone tower, "
                                    "cell towers, cell tower, phone masts, phone mast, mobile masts, mobile mast, "
                                    "telecommunications towers, telecommunications tower, communications towers"),
    ("power lines", "buildings", "power line, electricity pylons, electricity pylon, pylons, pylon, transmission lines, "
                                 "transmission line, transmission towers, transmission tower, power cables"),
    ("pipelines", "buildings", "pipeline, oil pipelines, oil pipeline, gas pipelines, gas pipeline"),
    ("prisons", "buildings", "prison, detention centres, detention centers, detention centre"),
    # offices of the state a crowd or an attack targets ("set fire to a police station" / "... to
    # a tax office" / "... to the courthouse"): "government buildings" may be any of them
    ("government buildings", "buildings", "government building, government offices, public buildings, public building, "
                                          "official buildings"),
    ("police stations", "government buildings", "police station, police posts, police post"),
    ("courthouses", "government buildings", "courthouse, court building, court buildings, law courts, palace of justice"),
    ("tax offices", "government buildings", "tax office, revenue office, revenue authority office, customs office"),
    ("town halls", "government buildings", "town hall, city hall, municipal building, municipal buildings, "
                                           "municipal offices, municipality building, mayor's office, city council building"),
    ("ministry buildings", "government buildings", "ministry building"),  # (not "ministry": a body)
    ("parliament buildings", "government buildings", "parliament building, legislative building"),
    ("presidential palaces", "government buildings", "presidential palace"),
    # (a head of government's office as a site: `match.sites`, "outside the prime minister's office")
    ("prime ministers' offices", "government buildings", ""),
    ("electoral offices", "government buildings", "electoral office, electoral commission office, "
                                                  "election office, election commission office"),
    ("party offices", "buildings", "party office, party headquarters"),
    ("petrol stations", "buildings", "petrol station, gas stations, gas station, filling stations, filling station, "
                                     "fuel stations, fuel station, service stations"),
    ("stadiums", "buildings", "stadium"),
    ("broadcasting stations", "buildings", "radio station, television station, tv station"),
    ("military bases", "buildings", "military base, army base, air base, airbase, naval base, barracks"),
    ("embassies", "buildings", "embassy, consulate"),
    ("hotels", "buildings", "hotel"),
    ("factories", "buildings", "factory, industrial enterprises, industrial enterprise"),
    # (helper opp84: "60 enterprises halted production" / "60 schools closed" count two kinds;
    # "businesses" stays out: "petrol bombs at businesses" / "at stores" is one fact, ECB+)
    ("enterprises", None, "enterprise, companies, firms"),
    ("villages", None, "village, hamlets, hamlet"),
    # helper not105: open places a crowd is cleared from ("evacuated a beach" / "a school")
    ("beaches", None, "beach"),
    ("parks", None, "park, public parks, public park"),
    ("warehouses", "buildings", "warehouse, depots, depot, fuel depot, ammunition depot"),
    ("camps", "buildings", "refugee camps, refugee camp, displacement camps, camps for displaced people"),
    # where migrants landing are first taken in ("reception centre" / "detention centre": two places;
    # not "hotspots": fires counted from space)
    ("reception centres", "buildings", "reception centre, reception centers, reception center"),
    ("polling stations", "buildings", "polling station, polling units, polling unit, polling booths, polling booth, "
                                      "polling centres, polling centre, polling centers, polling center, polling places, "
                                      "voting centres, voting centre, voting centers, voting center, voting stations"),
    # vehicles: "vehicles", "armoured vehicles" may be any of them
    ("vehicles", None, "vehicle, armoured vehicles, armored vehicles, military vehicles"),
    ("trucks", "vehicles", "truck, lorries, lorry, tanker trucks, fuel trucks"),
    ("tanks", "vehicles", "tank, battle tanks, main battle tanks"),
    ("buses", "vehicles", "bus, minibuses, minibus"),
    ("convoys", "vehicles", "convoy, aid convoys, aid convoy"),
    ("cars", "vehicles", "car, taxis, taxi"),
    ("ambulances", "vehicles", "ambulance"),
    ("motorcycles", "vehicles", "motorcycle, motorbikes, motorbike"),
    ("armoured personnel carriers", "vehicles", "armoured personnel carrier, armored personnel carriers, APCs"),
    # routes over land: a road is no railway line ("a landslide buried a section of the ... road" /
    # "... railway line"); "route" may be either
    ("routes", None, "route, routes, transport links"),
    ("roads", "routes", "road, highways, highway, motorways, motorway, expressway, main road, trunk road"),
    ("railway lines", "routes", "railway line, railways, railway, rail lines, rail line, railroads, railroad, "
                                "railway tracks, train line, rail link"),
    # services a state or a disaster cuts or suspends ("suspended mobile internet across Balochistan" /
    # "suspended passenger train services across Balochistan": two facts); "services" may be any
    ("<services>", None, ""),
    ("internet", "<services>", "mobile internet, internet access, internet services, internet service, mobile data, "
                               "internet connections, internet connection, broadband"),
    ("phone services", "<services>", "phone service, phone lines, phone networks, phone network, mobile networks, "
                                     "mobile network, telephone services, mobile phone services, phone signal"),
    ("train services", "<services>", "train service, rail services, rail service, passenger train services, "
                                     "passenger train service, railway services"),
    ("water supply", "<services>", "water supplies, running water, water services, piped water, water tariffs, "
                                   "water tariff, water prices, water bills"),
    # ("power" too: "Power was restored" / "Water supplies resumed"; a state's power beside a
    # service is rare, and "power plants", "power lines" are read first, as longer wordings)
    ("power supply", "<services>", "power, power supplies, electricity supply, electricity supplies"),
    ("trains", None, "train, freight trains, freight train, passenger trains, passenger train"),
    # land a fire, a mine or a flood destroys, measured in hectares ("19,000 hectares of cocoa farms" /
    # "... of forest reserves": two measures)
    ("<land>", None, ""),
    ("farmland", "<land>", "farms, farm, farmlands, cropland, croplands, crops, plantations, plantation, "
                           "pasture, pastures, grazing land"),
    ("forests", "<land>", "forest, forest reserves, forest reserve, forest land, woodland, woodlands, rainforest"),
    ("protected areas", "<land>", "protected area, national parks, national park, nature reserves, nature reserve, "
                                  "wildlife reserves, wildlife reserve"),
    # what a hospital runs short of or a donor sends: "medicines", "medical supplies" may be any of them
    ("medicines", None, "medicine, medical supplies, essential medicines"),
    ("medical oxygen", "medicines", "oxygen, oxygen cylinders"),
    ("insulin", "medicines", ""),
    ("pharmaceuticals", "medicines", "pharmaceutical"),  # ("pharmaceutical importers" / "fuel importers": helper not97)
    ("antibiotics", "medicines", "antibiotic"),
    ("vaccines", "medicines", "vaccine, vaccine doses"),
    # what an election count counts ("300 ballots were rejected" / "300 polling stations opened": two things)
    ("ballots", None, "ballot, ballot papers, ballot paper, votes"),
    # goods: "commodities" may be any of them (not "goods": it stems as "good"; not "cargo": "cargo vessels")
    ("commodities", None, "commodity"),
    ("food", "commodities", "foodstuffs, food supplies"),
    ("grain", "food", "grains, cereals"),
    ("wheat", "grain", ""),
    ("corn", "grain", "maize"),
    ("barley", "grain", ""),
    ("rice", "grain", ""),
    ("cooking oil", "food", "vegetable oil, edible oil"),
    ("sunflower oil", "cooking oil", ""),
    ("palm oil", "cooking oil", ""),
    ("bread", "food", "loaves"),
    ("flour", "food", ""),
    ("milk", "food", ""),
    ("soybeans", "food", "soya, soy, soya beans"),
    ("sugar", "food", ""),
    ("coffee", "food", ""),
    ("cocoa", "food", ""),
    ("tea", "food", ""),
    ("fish", "food", "seafood"),
    ("meat", "food", "beef, pork, poultry"),
    # crops and goods a trade, farm or shortage story names its growers, traders or importers by
    # ("maize farmers" / "tobacco farmers", "cement makers" / "textile makers": two groups; helper not97)
    ("sorghum", "grain", ""),
    ("millet", "grain", ""),
    ("cassava", "food", ""),
    ("potatoes", "food", "potato"),
    ("vegetables", "food", "vegetable"),
    ("fruit", "food", "fruits"),
    ("groundnuts", "food", "groundnut, peanuts, peanut"),
    ("sesame", "food", "sesame seeds"),
    ("cashew nuts", "food", "cashew, cashews"),
    ("tobacco", "commodities", ""),
    ("cement", "commodities", ""),
    ("textiles", "commodities", "textile"),
    ("cotton", "commodities", ""),
    ("timber", "commodities", "wood"),
    ("fertiliser", "commodities", "fertilizer, fertilisers, fertilizers"),
    ("phosphate", "commodities", "phosphates"),
    ("metals", "commodities", "metal"),
    ("gold", "metals", ""),
    ("copper", "metals", ""),
    ("cobalt", "metals", ""),
    ("iron ore", "metals", ""),
    ("steel", "metals", ""),
    ("aluminium", "metals", "aluminum"),
    ("lithium", "metals", ""),
    ("nickel", "metals", ""),
    ("uranium", "metals", ""),
    ("coal", "commodities", ""),
    ("crude oil", "commodities", "crude, oil"),
    ("natural gas", "commodities", "gas, LNG, liquefied natural gas"),
    ("fuel", "commodities", "fuels"),
    ("diesel", "fuel", ""),
    ("petrol", "fuel", "gasoline"),
    # kinds of election: "boycott the parliamentary elections" / "... the municipal elections" are
    # two facts; "election(s)" may be any of them
    ("elections", None, "election"),
    ("presidential elections", "elections", "presidential election, presidential vote, presidential poll, "
                                            "presidential polls, presidential race"),
    ("parliamentary elections", "elections", "parliamentary election, legislative elections, legislative election, "
                                             "parliamentary vote, legislative vote, parliamentary polls"),
    ("local elections", "elections", "local election, municipal elections, municipal election, regional elections, "
                                     "regional election, provincial elections, provincial election, council elections"),
    ("referendums", "elections", "referendum, referenda, plebiscite"),
    # what a trade or farm story measures: "the harvest" / "exports" reached 59 million tonnes are two facts
    ("<output and trade>", None, ""),
    ("production", "<output and trade>", ""),  # ("output" is "production": `language.synonyms`)
    ("harvest", "production", "harvests"),
    ("exports", "<output and trade>", "export, shipments abroad"),
    ("imports", "<output and trade>", "import"),
    ("reserves", "<output and trade>", "stockpiles, stockpile"),
    ("consumption", "<output and trade>", ""),
    # the rates and indicators news reports as a share or an index: "inflation" / "unemployment" rose
    # to 12 percent in May are two facts (stop 35); a wider word ("the rate") names no member
    ("<rates>", None, ""),
    ("inflation", "<rates>", "inflation rate, consumer prices, consumer price index, CPI"),
    ("unemployment", "<rates>", ""),  # ("jobless rate" is "unemployment": `language.synonyms`)
    ("turnout", "<rates>", "voter turnout, participation rate"),
    ("interest rates", "<rates>", "interest rate, policy rate, benchmark rate, key rate, lending rate"),
    ("economic growth", "<rates>", "growth rate, GDP growth, growth"),
    ("poverty rate", "<rates>", "poverty"),
    ("approval rating", "<rates>", "approval ratings, approval"),
    ("literacy rate", "<rates>", "literacy"),
    ("vaccination rate", "<rates>", "vaccination coverage, immunisation coverage, immunization coverage"),
    ("budget deficit", "<rates>", "deficit, fiscal deficit"),
    ("public debt", "<rates>", "national debt, government debt, debt-to-GDP ratio"),
    # what a state owes abroad: a debt to repay is no reserves held (helper notobj121)
    ("foreign debt", "public debt", "external debt, foreign debts, external debts, debt repayments, debt service, "
                                    "debt servicing"),
    # money a lender or donor gives: funding, financing may be any of them ("approved a $200 million
    # grant" / "... loan" are two facts)
    ("financing", None, "funding, financing package, funding package"),
    ("loans", "financing", "loan, credit line, credit facility, bailout, bailout loan"),
    ("grants", "financing", "grant"),
    ("bonds", "financing", "bond, eurobonds, eurobond, treasury bonds, treasury bond, bond sale"),
    # measures, laws and agreements: an agreement ("pact", "accord") may be any agreement
    # (helper notact117) a declaration and a roadmap are texts agreed as a deal is: "signed the
    # declaration of admission" / "signed a trade agreement", "adopted a roadmap for X's membership" /
    # "adopted a statement on Y" are two texts (a joint statement is a declaration). Under "agreements",
    # not `<measures>`: there MRPC's "under the Constitution ... foreign alliances" / "... treaties"
    # read two measures; "an agreement" stays a wider word for either
    ("agreements", None, "agreement, deals, deal"),
    ("ceasefires", "agreements", "ceasefire, ceasefire agreement, ceasefire deal, armistice"),
    ("peace deals", "agreements", "peace deal, peace agreements, peace agreement, peace treaty, peace accord"),
    ("trade deals", "agreements", "trade deal, trade agreements, trade agreement, free trade agreement"),
    ("treaties", "agreements", "treaty"),
    # helper not105: what an agreement is about ("a security pact" / "a climate finance agreement")
    ("security pacts", "agreements", "security pact, security agreement, security deal, defence pact, "
                                     "defence agreement, defense pact, defense agreement"),
    ("climate deals", "agreements", "climate deal, climate agreement, climate accord, climate pact, "
                                    "climate finance agreement, climate finance deal"),
    ("<measures>", None, ""),
    ("sanctions", "<measures>", "sanction"),
    ("arms embargoes", "sanctions", "arms embargo, embargo, embargoes"),
    ("travel bans", "sanctions", "travel ban, visa bans, visa ban"),
    ("asset freezes", "sanctions", "asset freeze"),
    ("tariffs", "<measures>", "tariff, import duties"),
    ("mandates", "<measures>", "mandate"),
    ("resolutions", "<measures>", "resolution"),
    ("budgets", "laws", "budget"),  # (passed as a bill)
    ("constitutions", "<measures>", "constitution"),
    ("curfews", "<measures>", "curfew"),
    ("lockdowns", "<measures>", "lockdown"),
    ("laws", "<measures>", "law, bills, bill, legislation"),
    ("decrees", "<measures>", "decree, executive order, executive orders"),
    ("declarations", "agreements", "declaration, joint declaration, statement, joint statement, communique"),
    ("roadmaps", "agreements", "roadmap, road map, action plan, blueprint"),
    # bodies: a house of a parliament, a court, a council of the UN
    # (helper notact117) a parliament and a court are two bodies of a state: "the High Court heard a
    # challenge to the declaration" / "parliament debated the declaration" are two acts
    ("<state bodies>", None, ""),
    ("parliaments", "<state bodies>", "parliament, legislature, national assembly, congress"),
    ("senates", "parliaments", "senate, upper house"),
    ("lower houses", "parliaments", "lower house, house of representatives, chamber of deputies"),
    ("courts", "<state bodies>", "court, tribunal, high court"),  # (the US "high court" is its Supreme Court)
    ("supreme courts", "courts", "supreme court"),
    ("constitutional courts", "courts", "constitutional court"),
    ("appeals courts", "courts", "appeals court, court of appeal, appeal court"),
    ("military courts", "courts", "military court"),
    ("<UN bodies>", None, ""),
    ("security council", "<UN bodies>", "UN Security Council"),
    ("general assembly", "<UN bodies>", "UN General Assembly"),
    ("human rights council", "<UN bodies>", "UN Human Rights Council"),
    # disasters: a disaster, a catastrophe may be any of them
    ("disasters", None, "disaster, natural disasters, natural disaster, catastrophe"),
    ("earthquakes", "disasters", "earthquake, quakes, quake, tremors, tremor, temblor"),
    ("tsunamis", "disasters", "tsunami, tidal wave"),
    ("floods", "disasters", "flood, flash floods, flash flood"),
    ("landslides", "disasters", "landslide, mudslides, mudslide, landslips"),
    ("<storms>", "disasters", ""),
    ("cyclones", "<storms>", "cyclone, hurricanes, hurricane, typhoons, typhoon, tropical storms, tropical storm"),
    ("tornadoes", "<storms>", "tornado, twisters"),
    ("blizzards", "<storms>", "blizzard, snowstorms, snowstorm"),
    ("<fires>", "disasters", ""),
    ("wildfires", "<fires>", "wildfire, bushfires, bushfire, forest fires, forest fire"),
    ("droughts", "disasters", "drought"),
    ("heatwaves", "disasters", "heatwave, heat waves, heat wave"),
    ("volcanic eruptions", "disasters", "volcanic eruption, eruptions, eruption"),
    ("avalanches", "disasters", "avalanche"),
    # diseases: a disease, an outbreak, an epidemic may be any of them
    ("diseases", None, "disease, illness, outbreaks, outbreak, epidemics, epidemic, pandemic"),
    ("cholera", "diseases", ""),
    ("measles", "diseases", ""),
    ("ebola", "diseases", "Ebola virus"),
    ("mpox", "diseases", "monkeypox"),
    ("malaria", "diseases", ""),
    ("dengue", "diseases", "dengue fever"),
    ("covid", "diseases", "COVID-19, coronavirus"),
    ("flu", "diseases", "influenza"),
    ("bird flu", "flu", "avian influenza, avian flu, H5N1"),
    ("polio", "diseases", "poliovirus"),
    ("tuberculosis", "diseases", ""),
    ("marburg", "diseases", "Marburg virus"),
    ("yellow fever", "diseases", ""),
    ("meningitis", "diseases", ""),
    ("diphtheria", "diseases", ""),
    ("typhoid", "diseases", ""),
    ("lassa fever", "diseases", ""),
    ("anthrax", "diseases", ""),
    ("zika", "diseases", ""),
    ("hiv", "diseases", "HIV/AIDS"),  # (not "AIDS" alone: it stems as "aid")
    # (helper pairsnot7: more of the diseases outbreak news counts; not "plague" alone: "plagued by")
    ("hepatitis", "diseases", "hepatitis e, hepatitis a, hepatitis b, hepatitis c"),
    ("mumps", "diseases", ""),
    ("rubella", "diseases", ""),
    ("chickenpox", "diseases", "varicella"),
    ("smallpox", "diseases", ""),
    ("whooping cough", "diseases", "pertussis"),
    ("rabies", "diseases", ""),
    ("bubonic plague", "diseases", "pneumonic plague"),
    ("leprosy", "diseases", ""),
    ("scabies", "diseases", ""),
    ("chikungunya", "diseases", ""),
    ("leptospirosis", "diseases", ""),
    ("nipah", "diseases", "Nipah virus"),
    ("mers", "diseases", "MERS-CoV"),
    ("tetanus", "diseases", ""),
    ("pneumonia", "diseases", ""),
    ("rift valley fever", "diseases", ""),
    ("west nile virus", "diseases", "west nile fever"),
    ("crimean-congo haemorrhagic fever", "diseases", "crimean-congo hemorrhagic fever, CCHF"),
    ("leishmaniasis", "diseases", "kala-azar"),
    ("oropouche", "diseases", "Oropouche fever"),
    ("hantavirus", "diseases", ""),
    # currencies: a currency may be any of them
    ("currencies", None, "currency"),
    ("dollar", "currencies", "dollars, greenback"),
    ("euro", "currencies", "euros"),
    ("sterling", "currencies", "british pound"),
    ("yen", "currencies", ""),
    ("yuan", "currencies", "renminbi"),
    ("rouble", "currencies", "roubles, ruble, rubles"),
    ("rupee", "currencies", "rupees"),
    ("hryvnia", "currencies", "hryvnias"),
    ("naira", "currencies", ""),
    ("lira", "currencies", ""),
    ("rand", "currencies", ""),
    ("peso", "currencies", "pesos"),
    ("shilling", "currencies", "shillings"),
    ("franc", "currencies", "francs"),
]


@lru_cache(maxsize=1)
def kind_words() -> dict[str, tuple[str, ...]]:
    """{kind's name: every word for it, its name first} (no entry for a kind no word names)."""
    out: dict[str, tuple[str, ...]] = {}
    for name, _, words in NEWS_KINDS:
        written = ([] if name.startswith("<") else [name]) + [w.strip() for w in words.split(",") if w.strip()]
        if written:
            out[name] = tuple(written)
    return out


#: The members a body acts through (by the body's kind above): "French deputies rejected the bill"
#: tells the National Assembly's vote, "judges dismissed the appeal" the court's ruling, so a body
#: and its members are one doer (`match.doers`, helper pairsnot6). "Lawmakers" are no senators'
#: alone: a senate's vote and a lower house's are two.
MEMBERS_OF: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("parliaments", "lower houses"), ("deputies", "lawmakers", "legislators", "parliamentarians",
                                                     "MPs", "members of parliament")),
    "senates": ("senators",),
    **dict.fromkeys(("courts", "supreme courts", "constitutional courts", "appeals courts", "military courts"),
                    ("judges", "justices")),
}


#: The weapon a kind of attack is made with: "drones struck the village" / "the army shelled the
#: village" name two weapons as "drones" / "shells" do (an air strike may be any: none).
ATTACK_WEAPONS: dict[str, str] = {
    "drone strikes": "drones", "missile strikes": "missiles", "artillery strikes": "shells",
    "landmine explosions": "landmines", "shootings": "small arms",
}

#: Kinds of events, not things: a figure counts them as acts ("100 attacks" may be "attacked 100
#: vessels"), so `language.actors.KINDS` leaves them out; two members still tell two facts.
EVENT_KINDS = frozenset(["attacks", "labour strikes", "hunger strikes", "elections"])
#: The kinds of events a people's name before them tells who did ("Israeli strikes"), not where: not
#: elections ("Russian elections" are held in Russia).
DONE_BY_KINDS = EVENT_KINDS - {"elections"}


@lru_cache(maxsize=1)
def kind_ancestors() -> dict[str, tuple[str, ...]]:
    """{kind's name: the kinds it is a part of, nearest first, up to its root} ("wheat": grain, food, commodities)."""
    parent = {name: up for name, up, _ in NEWS_KINDS}
    out: dict[str, tuple[str, ...]] = {}
    for name in parent:
        chain, up = [], parent[name]
        while up is not None:
            chain.append(up)
            up = parent[up]
        out[name] = tuple(chain)
    return out


@lru_cache(maxsize=1)
def thing_kinds() -> dict[str, tuple[str, ...]]:
    """`kind_words` of the kinds of things, without the kinds of events (`EVENT_KINDS`)."""
    ups = kind_ancestors()
    return {k: words for k, words in kind_words().items() if not EVENT_KINDS & {k, *ups[k]}}
