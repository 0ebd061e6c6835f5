"""Writes labelled_set.json: realistic cluster-event profiles with known right partners.

How it was built (see README.md): for each of eight industrial ecosystems, eight request /
offer pairs were written where a human reader knows the offer answers the request; every
organisation also carries a second item of its own (an offer for a requester, a request for
an offerer) written without looking at its partner, so the two sides are not made to suit
each other; each sector adds distractor organisations with offers on neighbouring topics,
several sharing words with a request they do not answer. Some pairs are written in two
languages. `lexical_overlap` is computed, not chosen: see `overlap()`.

Run: python benchmarks/match/build_labelled_set.py
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

OUT = Path(__file__).with_name("labelled_set.json")
Org = tuple  # (name, country, type, description, items, language)


def org(name, country, kind, description, *items, lang="en"):
    return (name, country, kind, description, items, lang)


def pair(request_org, offer_org):
    return (request_org, offer_org)


SECTORS: dict[str, tuple[list, list]] = {}

SECTORS["Agri-food"] = ([
    pair(
        org("Nordfisk Processing AS", "NO", "company", "Whitefish processor in Ålesund.",
            ("TR", "Automated fish-fillet inspection",
             "Our cod line needs to find residual pin bones and parasites in fillets without "
             "slowing throughput."),
            ("BO", "Contract filleting capacity for whitefish",
             "Spare processing capacity for fresh and frozen whitefish in the winter season.")),
        org("OceanSight Vision Inc.", "CA", "company", "Imaging start-up from Halifax.",
            ("TO", "Hyperspectral imaging for seafood quality",
             "Line-scan cameras with trained models spot nematodes, blood spots and bones in "
             "portions at conveyor speed."),
            ("BR", "Distributors for vision systems in Iceland",
             "We want a reseller with service staff for processing equipment in Iceland."))),
    pair(
        org("Coopérative Vergers du Val", "FR", "cluster",
            "Coopérative de producteurs de pommes en Anjou.",
            ("TR", "Capteurs d'humidité du sol pour vergers",
             "Nos arboriculteurs cherchent des capteurs sans fil pour piloter l'irrigation "
             "goutte à goutte des pommiers.", "fr"),
            ("BO", "Pommes bio pour l'industrie des jus",
             "Volumes de pommes biologiques déclassées pour jus et compotes.", "fr"),
            lang="fr"),
        org("AgriSense GmbH", "DE", "company", "Maker of field sensors for farming.",
            ("TO", "Wireless soil moisture probes with LoRaWAN",
             "Battery-powered probes measure volumetric water content at three depths and "
             "feed irrigation controllers."),
            ("BR", "Sales agents for the Canadian market",
             "Agents selling agricultural electronics to growers in Canada."))),
    pair(
        org("Prairie Pulse Foods", "CA", "company", "Pea and lentil ingredient maker, Saskatoon.",
            ("TR", "Texturising pea protein into meat analogues",
             "We need high-moisture extrusion know-how to turn our pea protein isolate into "
             "fibrous chicken-like pieces."),
            ("BO", "Pea protein isolate supply",
             "Non-GMO pea protein isolate, 85 % protein, shipped in bulk bags.")),
        org("ProtiTex Food Institute", "DK", "research", "Food science institute in Aarhus.",
            ("TO", "High-moisture extrusion pilot plant",
             "Twin-screw extruder with cooling die and food scientists to develop fibrous "
             "plant-based meat structures."),
            ("RDR", "Partners for a Horizon project on fermented dairy alternatives",
             "Consortium members working on precision fermentation of whey proteins."))),
    pair(
        org("Sofia Dairy Cluster", "BG", "cluster", "Клъстер на млекопреработвателите в България.",
            ("BR", "Вносители на българско сирене в Канада",
             "Търсим вносители и дистрибутори на саламурено сирене и кашкавал за канадския "
             "пазар.", "bg"),
            ("BO", "Мляко от овце за преработватели",
             "Доставки на овче мляко от планински ферми.", "bg"),
            lang="bg"),
        org("Maple Gourmet Imports Ltd", "CA", "company", "Specialty food importer in Toronto.",
            ("BO", "Import and distribution of European specialty cheeses",
             "We import, clear customs and distribute European cheeses to delis and grocery "
             "chains across Ontario and Quebec."),
            ("BR", "Olive oil producers for private label",
             "Mediterranean producers able to bottle extra virgin olive oil under our brand."))),
    pair(
        org("CoolChain Logistics Oy", "FI", "company", "Refrigerated road haulage in Finland.",
            ("TR", "Temperature monitoring for refrigerated trucks",
             "Looking for loggers that report the temperature of chilled food loads in real "
             "time and alert drivers."),
            ("BO", "Cold storage in Helsinki port",
             "Frozen and chilled warehouse space next to the ferry terminal.")),
        org("ThermoTrack Sp. z o.o.", "PL", "company", "Producent elektroniki dla logistyki.",
            ("TO", "Monitoring łańcucha chłodniczego w czasie rzeczywistym",
             "Rejestratory z modemem GSM przesyłają dane z naczep chłodniczych do chmury i "
             "wysyłają alarmy SMS.", "pl"),
            ("BR", "Dystrybutor w krajach bałtyckich",
             "Szukamy dystrybutora elektroniki w Estonii, na Łotwie i Litwie.", "pl"),
            lang="pl")),
    pair(
        org("Tuscany Olive Network", "IT", "cluster", "Olive growers and millers of Tuscany.",
            ("RDR", "Valorisation of olive mill wastewater",
             "R&D partners wanted to recover polyphenols from olive mill wastewater for food "
             "supplements."),
            ("BO", "Extra virgin olive oil for export", "PDO Tuscan oil in bulk and bottled.")),
        org("Instituto de Biotecnología Alimentaria", "ES", "research",
            "Centro de investigación en biotecnología de alimentos, Valencia.",
            ("TO", "Extracción de polifenoles de residuos agroindustriales",
             "Tecnología de membranas y resinas para recuperar hidroxitirosol de los "
             "alpechines de las almazaras.", "es"),
            ("RDR", "Socios para ensayos clínicos de nutracéuticos",
             "Buscamos hospitales para estudiar el efecto de extractos en la salud "
             "cardiovascular.", "es"),
            lang="es")),
    pair(
        org("Ontario Greenhouse Alliance", "CA", "cluster", "Association of greenhouse growers.",
            ("TR", "Cutting lighting costs for greenhouse tomatoes",
             "Growers want to lower energy bills with supplemental lighting adapted to the "
             "growth stage of tomato crops."),
            ("BO", "Trial greenhouses for new varieties",
             "Compartments available for variety and substrate trials.")),
        org("PhotonGrow BV", "NL", "company", "Horticultural lighting manufacturer.",
            ("TO", "Spectrum-tunable horticultural LED fixtures",
             "Fixtures with adjustable red, blue and far-red ratios; software dims them with "
             "daylight and electricity prices."),
            ("BR", "Greenhouse installers in North America",
             "Installation partners for large glasshouse projects."))),
    pair(
        org("Vinhos Digitais Lda", "PT", "company", "Vineyard estates in the Douro valley.",
            ("TR", "Early warning of grapevine diseases",
             "Our vineyards need to know about downy mildew before symptoms become visible."),
            ("BO", "Port wine for importers", "Tawny and ruby port in bottles and casks.")),
        org("Phytovision SAS", "FR", "company", "Agronomy software company in Bordeaux.",
            ("TO", "Infection risk models from weather stations",
             "Agronomic models combine leaf wetness, humidity and temperature to predict the "
             "windows when a fungus can infect leaves."),
            ("BR", "Weather station makers", "Hardware partner for low-cost connected stations."))),
], [
    org("Baltic Pack S.A.", "PL", "company", "Food packaging manufacturer.",
        ("TO", "Vacuum skin packaging for fish fillets",
         "Trays and film that keep fresh fish fillets tight and extend shelf life.")),
    org("FrostBox AB", "SE", "company", "Insulated packaging maker.",
        ("TO", "Reusable insulated boxes for chilled food delivery",
         "Boxes keep groceries cold for 24 hours without electricity.")),
    org("HydroField BV", "NL", "company", "Remote-sensing services for farms.",
        ("TO", "Satellite crop yield forecasting",
         "Yield maps and harvest forecasts for cereals from satellite images.")),
    org("GlassHouse Systems BV", "NL", "company", "Greenhouse builder.",
        ("BO", "Turnkey greenhouse construction",
         "Design and construction of glass greenhouses with heating and screens.")),
    org("Extrudex Machinery GmbH", "DE", "company", "Extruder manufacturer.",
        ("BO", "Sale of twin-screw extruders for pet food",
         "New and refurbished extruders for dry pet food and fish feed.")),
])

SECTORS["Health"] = ([
    pair(
        org("Kraków MedTech Cluster", "PL", "cluster",
            "Medical technology companies of Lesser Poland.",
            ("TR", "Bezdotykowy pomiar parametrów życiowych pacjentów",
             "Szpitale partnerskie szukają sposobu na ciągły pomiar tętna i oddechu bez "
             "elektrod na ciele pacjenta.", "pl"),
            ("BO", "Badania kliniczne w szpitalach regionu",
             "Organizacja badań klinicznych wyrobów medycznych.", "pl"),
            lang="pl"),
        org("RadarCare Technologies", "CA", "company", "Health sensing company, Waterloo.",
            ("TO", "Radar-based contactless vital signs monitoring",
             "A bedside millimetre-wave radar measures heart rate and respiration through "
             "blankets, with no wearable."),
            ("BR", "Hospital partners in Europe for CE marking studies",
             "Clinical sites to collect data for the European certification."))),
    pair(
        org("BioHub Ireland", "IE", "cluster", "Life-science cluster in Cork.",
            ("TR", "Faster sterility testing for cell therapies",
             "Manufacturers of CAR-T products need sterility results in hours instead of the "
             "14 days of compendial tests."),
            ("BO", "GMP cleanroom space to rent", "Grade B suites for clinical batches.")),
        org("RapidMicro Diagnostics GmbH", "DE", "company", "Microbiology instrument maker.",
            ("TO", "Mikrobielle Schnellnachweise mittels Durchflusszytometrie",
             "Unser System erkennt lebende Bakterien und Pilze in Zellkulturproben innerhalb "
             "von vier Stunden.", "de"),
            ("BR", "Vertriebspartner in Skandinavien",
             "Händler für Laborgeräte in Schweden und Dänemark.", "de"),
            lang="de")),
    pair(
        org("Montreal AI Health Institute", "CA", "research", "Clinical AI research centre.",
            ("RDR", "Annotated retinal images for diabetic screening research",
             "We look for a partner holding labelled fundus photographs to train and "
             "validate screening algorithms."),
            ("TO", "Federated learning platform for hospitals",
             "Train models across hospitals without moving patient data.")),
        org("Ophthalmic Data Consortium", "NL", "research", "Eye hospitals sharing research data.",
            ("TO", "Curated eye-fundus image bank with grading",
             "Two hundred thousand retina photographs graded by ophthalmologists for "
             "retinopathy, available under data agreements."),
            ("BR", "Funding partners for data curation", "Sponsors to extend the image bank."))),
    pair(
        org("Vienna Ageing Lab", "AT", "research",
            "Research on independent living of older people.",
            ("TR", "Detecting falls of elderly people living alone",
             "Social services want an alarm when an older person falls at home, without "
             "cameras."),
            ("BO", "Living lab with 40 senior households",
             "Test homes where seniors try new assistive products.")),
        org("SafeStep Solutions", "BE", "company", "Assistive technology start-up.",
            ("TO", "Floor vibration sensors that recognise a collapse",
             "Sensors under the flooring recognise the signature of a body hitting the "
             "ground and call a carer."),
            ("BR", "Insurers interested in home-care services",
             "Partners to bundle our service into insurance policies."))),
    pair(
        org("Pharma Valley Hungary", "HU", "cluster", "Pharmaceutical cluster of Debrecen.",
            ("BR", "Contract manufacturer for sterile injectables",
             "A generics company needs fill-and-finish capacity for vials and prefilled "
             "syringes."),
            ("BO", "Analytical chemistry services", "Stability and impurity testing under GMP.")),
        org("SteriFill Italia S.r.l.", "IT", "company", "Produzione conto terzi farmaceutica.",
            ("BO", "Riempimento asettico conto terzi di fiale e siringhe",
             "Linee isolatore per riempimento sterile di fiale e siringhe preriempite per "
             "aziende farmaceutiche.", "it"),
            ("BR", "Fornitori di vetro farmaceutico",
             "Cerchiamo produttori di fiale in vetro di tipo I.", "it"),
            lang="it")),
    pair(
        org("Nordic Wound Care AB", "SE", "company", "Wound dressing company.",
            ("TR", "Sensing infection in chronic wounds",
             "We want dressings that tell nurses when a diabetic foot ulcer becomes infected."),
            ("BO", "Distribution to Nordic hospitals", "Sales network in Nordic hospital "
             "procurement.")),
        org("Tallinn Smart Materials", "EE", "research", "University materials lab.",
            ("TO", "pH-responsive colour-changing hydrogel",
             "A hydrogel layer that turns purple when the pH rises, as happens when bacteria "
             "colonise tissue."),
            ("RDR", "Partners for printed electronics on textiles",
             "Co-development of stretchable circuits."))),
    pair(
        org("Lyon Biopôle Start-ups", "FR", "cluster", "Santé et biotechnologies en Rhône-Alpes.",
            ("BR", "Partenaire de distribution de dispositifs de diagnostic au Canada",
             "Nos start-ups cherchent un distributeur pour vendre leurs tests rapides aux "
             "laboratoires canadiens.", "fr"),
            ("TO", "Tests rapides PCR au point de soin", "Amplification isotherme en 20 minutes.",
             "fr"),
            lang="fr"),
        org("NorthLab Distribution Inc.", "CA", "company", "Medical device distributor.",
            ("BO", "Regulatory and sales representation for IVD products in Canada",
             "We obtain Health Canada licences and sell in-vitro diagnostics to hospital and "
             "private labs."),
            ("BR", "Suppliers of lab consumables", "Pipette tips and tubes for our customers."))),
    pair(
        org("Catalonia Health Tech", "ES", "cluster", "Clúster de tecnologías de la salud.",
            ("TR", "Reducing no-shows at outpatient clinics",
             "Hospitals want to predict which patients will miss appointments and remind them."),
            ("BO", "Pilot sites in Catalan hospitals", "Testbeds for digital health tools.")),
        org("Predicta Analytics Ltd", "GB", "company", "Healthcare analytics firm.",
            ("TO", "Attendance prediction and automated patient messaging",
             "Models score each booking for risk of non-attendance and send tailored SMS "
             "reminders."),
            ("BR", "Integrators for hospital information systems", "EHR integration partners."))),
], [
    org("MedRadar Oy", "FI", "company", "Radar electronics maker.",
        ("TO", "Radar sensors for parking occupancy",
         "Millimetre-wave radar detects cars in parking bays.")),
    org("CleanRoom Partners", "DE", "company", "Cleanroom construction.",
        ("BO", "Design and build of GMP cleanrooms",
         "Turnkey cleanrooms for cell therapy manufacturing.")),
    org("RetinaCam", "FR", "company", "Ophthalmic devices.",
        ("BO", "Sale of fundus cameras to clinics", "Handheld retinal cameras for opticians.")),
    org("CareWear", "DK", "company", "Wearables for elderly care.",
        ("TO", "Wrist-worn activity tracker for seniors",
         "A bracelet counts steps and sleep and reminds seniors to drink water.")),
    org("WoundLab", "NL", "company", "Wound care products.",
        ("BO", "Silver-coated dressings for burns", "Antimicrobial dressings for burn units.")),
])

SECTORS["Energy-renewables"] = ([
    pair(
        org("Hydrogen Valley Bavaria", "DE", "cluster", "Wasserstoff-Cluster in Bayern.",
            ("TR", "Elektrolyseure für die Herstellung von grünem Wasserstoff",
             "Stadtwerke suchen Elektrolyseure im Megawattbereich, die mit schwankendem "
             "Solarstrom betrieben werden.", "de"),
            ("BO", "Wasserstofftankstellen planen", "Planung von Tankstellen für Busse.", "de"),
            lang="de"),
        org("PEM Power Systems Inc.", "CA", "company", "Electrolyser manufacturer, Vancouver.",
            ("TO", "Megawatt-scale PEM electrolysers for intermittent renewables",
             "Stacks ramp from 10 to 100 % load in seconds to follow wind and solar output."),
            ("BR", "Engineering firms for plant integration in Europe",
             "EPC partners to build electrolysis plants."))),
    pair(
        org("Offshore Wind Denmark", "DK", "cluster", "Offshore wind supply chain cluster.",
            ("TR", "Finding cracks in turbine blades without rope access",
             "Operators want blade inspections that do not need technicians hanging from "
             "ropes."),
            ("BO", "Port facilities for turbine assembly", "Quayside and storage in Esbjerg.")),
        org("AeroScan Robotics", "ES", "company", "Drone inspection company, Bilbao.",
            ("TO", "Autonomous drone inspection of wind turbine blades",
             "Drones fly around a stopped rotor, take high-resolution photographs and AI flags "
             "erosion and cracks."),
            ("BR", "Wind farm operators for pilots",
             "Access to turbines for validation flights."))),
    pair(
        org("Alberta Clean Energy Cluster", "CA", "cluster", "Energy transition cluster.",
            ("RDR", "Research on storing heat in rocks for industrial use",
             "Members want to study storing surplus electricity as high-temperature heat for "
             "factories."),
            ("BO", "Field sites for demonstration", "Industrial sites open to pilots.")),
        org("Thermal Storage Lab Graz", "AT", "research", "Thermal energy research institute.",
            ("TO", "Packed-bed thermal energy storage up to 800 °C",
             "A pilot bed of crushed stone charged with electric heaters delivers steam to "
             "industrial processes."),
            ("RDR", "Industrial partners for a steam demonstrator",
             "Factories with steam demand for a demonstration."))),
    pair(
        org("Solar Cluster Wallonia", "BE", "cluster", "Photovoltaics cluster in Wallonia.",
            ("TR", "Recycling end-of-life solar panels",
             "Installers need a route to recover silver, silicon and glass from old modules."),
            ("BO", "Installation teams for rooftop PV", "Certified installers for Belgium.")),
        org("ReSolar Recycling SAS", "FR", "company", "Recyclage de panneaux photovoltaïques.",
            ("TO", "Délaminage thermique et récupération des métaux des modules",
             "Procédé qui sépare le verre, le silicium et l'argent des panneaux usagés avec "
             "un taux de valorisation de 95 %.", "fr"),
            ("BR", "Collecteurs de panneaux en Europe",
             "Partenaires logistiques pour collecter les panneaux usagés.", "fr"),
            lang="fr")),
    pair(
        org("Nova Scotia Tidal Group", "CA", "cluster", "Tidal energy developers.",
            ("TR", "Protecting underwater equipment from biofouling",
             "Our tidal turbines lose output when barnacles and algae grow on them."),
            ("BO", "Tidal test berths in the Bay of Fundy", "Grid-connected berths.")),
        org("MarineCoat Hellas", "GR", "company", "Coatings manufacturer in Piraeus.",
            ("TO", "Non-toxic foul-release silicone coatings",
             "Slippery coatings stop marine organisms from attaching to hulls and subsea "
             "structures without biocides."),
            ("BR", "Shipyards for coating trials", "Dry docks for trial applications."))),
    pair(
        org("Baltic Energy Storage", "LT", "company", "Battery project developer.",
            ("BR", "Supplier of containerised battery storage",
             "We need 20 MWh of grid batteries delivered in containers for a frequency "
             "reserve project."),
            ("BO", "Grid connection studies", "Studies for projects in the Baltic states.")),
        org("Energo Baterie a.s.", "CZ", "company", "Výrobce bateriových úložišť.",
            ("BO", "Kontejnerová bateriová úložiště pro sítě",
             "Dodáváme kontejnery s lithium-železo-fosfátovými bateriemi pro regulaci "
             "frekvence sítě.", "cs"),
            ("BR", "Partneři pro servis v Polsku", "Hledáme servisní firmu v Polsku.", "cs"),
            lang="cs")),
    pair(
        org("Biogas Italia Network", "IT", "cluster", "Biogas producers association.",
            ("TR", "Upgrading biogas to grid-quality methane",
             "Farm plants want to remove CO2 so they can inject biomethane into the gas "
             "network."),
            ("BO", "Digestate fertiliser", "Nutrient-rich digestate for farms.")),
        org("MembraGas Technologies", "NL", "company", "Gas separation specialist.",
            ("TO", "Hollow-fibre membrane separation units",
             "Compact membrane skids that purify raw gas from digesters to 97 % methane."),
            ("BR", "Farm plants for reference sites", "Sites to showcase our units."))),
    pair(
        org("Geothermal Iceland Cluster", "IS", "cluster", "Geothermal companies of Iceland.",
            ("BO", "Drilling expertise for deep geothermal wells",
             "Our members offer design and drilling of high-temperature wells."),
            ("TR", "Measuring scaling inside geothermal pipes",
             "Operators want to see mineral deposits build up in pipes before flow drops.")),
        org("Ultrasonic Pipe Diagnostics", "NO", "company", "Pipe inspection company.",
            ("TO", "Clamp-on ultrasonic deposit thickness monitoring",
             "Sensors fixed outside the pipe wall measure the thickness of scale layers "
             "continuously."),
            ("BR", "Geothermal operators for pilots", "Plants to test our sensors."))),
], [
    org("GreenH2 Consulting", "ES", "company", "Hydrogen consultancy.",
        ("BO", "Feasibility studies for hydrogen valleys",
         "Market and permitting studies for green hydrogen projects.")),
    org("BladeRepair Ltd", "GB", "company", "Blade maintenance.",
        ("BO", "Leading-edge repair of wind turbine blades",
         "Rope-access technicians repair erosion on blades.")),
    org("SunPanel Trade", "PL", "company", "PV wholesaler.",
        ("BO", "Wholesale of new solar panels", "Tier-1 modules for installers.")),
    org("BatteryChem Lab", "FI", "research", "Battery chemistry research.",
        ("TO", "Sodium-ion battery cell prototypes", "Cells for stationary storage research.")),
    org("HeatPump Nordic", "SE", "company", "Heat pump maker.",
        ("TO", "Industrial heat pumps up to 150 °C", "Heat pumps that recover waste heat.")),
])

SECTORS["Mobility-Transport-Automotive"] = ([
    pair(
        org("Automotive Cluster Slovakia", "SK", "cluster", "Suppliers to car plants in Slovakia.",
            ("TR", "Lighter structural parts for electric car bodies",
             "Tier-1 suppliers must cut the weight of battery enclosures and body parts."),
            ("BO", "Stamping and welding capacity", "Press lines for steel body parts.")),
        org("Magnesium Innovations Inc.", "CA", "company", "Light-alloy casting, Quebec.",
            ("TO", "High-pressure die-cast magnesium alloys",
             "Thin-wall castings that are a third lighter than aluminium for vehicle "
             "structures."),
            ("BR", "European automotive suppliers for co-development",
             "Partners to qualify castings with car makers."))),
    pair(
        org("Mobilité Québec", "CA", "cluster",
            "Grappe des transports électriques et intelligents.",
            ("TR", "Recharge des autobus électriques au dépôt",
             "Les sociétés de transport cherchent à gérer la recharge de nuit de centaines "
             "d'autobus sans dépasser la puissance du réseau.", "fr"),
            ("BO", "Essais hivernaux de véhicules", "Pistes d'essai par grand froid.", "fr"),
            lang="fr"),
        org("ChargeGrid Software GmbH", "DE", "company", "Energy software for fleets.",
            ("TO", "Smart charging software for bus depots",
             "Scheduling software that staggers the charging of electric buses to stay under "
             "the depot's grid limit."),
            ("BR", "Transit agencies for pilots in North America",
             "Operators to trial the software."))),
    pair(
        org("Rail Cluster Poland", "PL", "cluster", "Rail industry in Silesia.",
            ("TR", "Predicting wheel wear on freight wagons",
             "Freight operators want to plan wheel reprofiling before damage occurs."),
            ("BO", "Wagon repair workshops", "Maintenance depots in southern Poland.")),
        org("TrackSense AB", "SE", "company", "Railway condition monitoring.",
            ("TO", "Wayside measurement of wheel profiles",
             "Laser gauges beside the track measure every passing wheel and forecast when "
             "it needs turning."),
            ("BR", "Rail operators in Central Europe", "Customers for wayside stations."))),
    pair(
        org("Port of Antwerp Logistics Hub", "BE", "cluster", "Logistics companies at the port.",
            ("TR", "Planning truck arrivals at container terminals",
             "Hauliers wait hours at the gate; terminals want a slot booking that spreads "
             "arrivals."),
            ("BO", "Warehousing near the port", "Bonded warehouse space.")),
        org("SlotPort Systems", "NL", "company", "Port logistics software.",
            ("TO", "Truck appointment system for terminals",
             "Web booking of time windows for container pick-up, with live queue data."),
            ("BR", "Terminals in Canada", "Pilot terminals in Montreal or Halifax."))),
    pair(
        org("E-Bike Cluster Italia", "IT", "cluster", "Produttori di biciclette elettriche.",
            ("TR", "Celle per batterie di biciclette elettriche prodotte in Europa",
             "I produttori vogliono celle agli ioni di litio fabbricate in Europa per ridurre "
             "la dipendenza dall'Asia.", "it"),
            ("BO", "Telai in carbonio su misura", "Produzione di telai.", "it"),
            lang="it"),
        org("Nordic Cell Factory AB", "SE", "company", "Battery cell manufacturer.",
            ("BO", "European-made cylindrical lithium-ion cells",
             "21700 cells produced in Sweden with low-carbon electricity, sold to pack "
             "assemblers."),
            ("BR", "Recyclers for production scrap", "Partners to recycle electrode scrap."))),
    pair(
        org("Autonomous Mobility Ontario", "CA", "cluster", "Connected and automated vehicles.",
            ("RDR", "Testing automated shuttles in snow",
             "Research partners wanted to study how lidar perception degrades in snowfall."),
            ("TO", "Winter test track with 5G", "Closed test track for vehicles.")),
        org("Institute for Vehicle Perception", "DE", "research", "University institute.",
            ("TO", "Weather-robust sensor fusion for automated driving",
             "Algorithms that combine radar and lidar to keep detecting pedestrians in rain, "
             "fog and snow."),
            ("RDR", "Datasets from northern climates", "Recorded drives in harsh winters."))),
    pair(
        org("Bulgarian Automotive Cluster", "BG", "cluster", "Автомобилен клъстер България.",
            ("BO", "Производство на кабелни снопове",
             "Нашите членове произвеждат кабелни снопове за автомобили.", "bg"),
            ("TR", "Автоматизирана проверка на кабелни снопове",
             "Търсим система за автоматичен тест на електрическите връзки в кабелните "
             "снопове.", "bg"),
            lang="bg"),
        org("WireCheck Automation GmbH", "AT", "company", "Test equipment maker.",
            ("TO", "Automated electrical testing of wire harnesses",
             "Test boards check continuity, insulation and connector seating of every "
             "harness."),
            ("BR", "Harness makers in Eastern Europe", "Customers for test boards."))),
    pair(
        org("Drone Valley Portugal", "PT", "cluster", "Unmanned aircraft cluster.",
            ("TR", "Delivering medical samples between hospitals by drone",
             "Hospitals want lab samples moved across the city faster than by van."),
            ("BO", "Drone pilot training", "Certified courses for operators.")),
        org("SkyCourier Ltd", "IE", "company", "Drone logistics operator.",
            ("TO", "Beyond-visual-line-of-sight drone delivery service",
             "Approved long-range flights carrying small temperature-controlled parcels "
             "between fixed points."),
            ("BR", "Hospitals for delivery routes", "Healthcare customers in Europe."))),
], [
    org("AluForm GmbH", "DE", "company", "Aluminium extrusion.",
        ("BO", "Aluminium profiles for window frames", "Extruded profiles for construction.")),
    org("BusDepot Builders", "FR", "company", "Depot construction.",
        ("BO", "Construction of bus depots", "Design and build of depots and workshops.")),
    org("RailParts Trade", "CZ", "company", "Rail spare parts.",
        ("BO", "New wheelsets for freight wagons", "Supply of wheelsets and axles.")),
    org("CellTest Lab", "FR", "research", "Battery testing laboratory.",
        ("TO", "Abuse testing of lithium-ion cells",
         "Nail penetration and thermal runaway tests.")),
    org("DroneShow Events", "ES", "company", "Drone light shows.",
        ("BO", "Drone light shows for events", "Hundreds of drones drawing shapes at night.")),
])

SECTORS["Digital"] = ([
    pair(
        org("Cyber Cluster Estonia", "EE", "cluster", "Cybersecurity companies in Tallinn.",
            ("BO", "Security operations centre services",
             "Round-the-clock monitoring of networks for small companies."),
            ("TR", "Protecting industrial control systems in water utilities",
             "Water utilities need to detect intrusions in their SCADA networks.")),
        org("OT Shield Inc.", "CA", "company", "Industrial cybersecurity, Ottawa.",
            ("TO", "Passive anomaly detection for operational technology networks",
             "A sensor listens to PLC traffic and raises alerts when commands deviate from "
             "the learned baseline."),
            ("BR", "Channel partners in the Baltics", "Resellers for utilities."))),
    pair(
        org("Silicon Saxony", "DE", "cluster", "Mikroelektronik- und Softwarecluster.",
            ("TR", "Vorhersage von Maschinenausfällen in der Halbleiterfertigung",
             "Fabriken wollen Ausfälle von Vakuumpumpen erkennen, bevor die Produktion "
             "stillsteht.", "de"),
            ("BO", "Reinraum-Testlinie", "Testlinie für Prozessschritte.", "de"),
            lang="de"),
        org("PredictIQ Oy", "FI", "company", "Industrial AI company.",
            ("TO", "Predictive maintenance from vibration and current data",
             "Machine-learning models learn the normal behaviour of pumps and motors and "
             "warn weeks before a breakdown."),
            ("BR", "System integrators in Germany", "Integration partners."))),
    pair(
        org("Toronto Fintech Hub", "CA", "cluster", "Fintech companies in Toronto.",
            ("TR", "Checking the identity of customers opening accounts online",
             "Neo-banks need to verify passports and faces remotely within minutes."),
            ("BO", "Open banking sandbox", "Test environment for APIs.")),
        org("IdentiCheck Baltic UAB", "LT", "company", "Identity technology firm.",
            ("TO", "Remote KYC with document scan and liveness detection",
             "Mobile SDK reads passport chips and checks that a live person matches the "
             "photo."),
            ("BR", "Banks in North America", "Financial customers."))),
    pair(
        org("Smart City Cluster Barcelona", "ES", "cluster", "Clúster de ciudades inteligentes.",
            ("TR", "Reducir el consumo del alumbrado público",
             "Los ayuntamientos quieren farolas que se atenúen cuando no pasa nadie.", "es"),
            ("BO", "Pilotos urbanos en Barcelona", "Calles para pruebas.", "es"),
            lang="es"),
        org("LumiNet Controls", "IE", "company", "Lighting control company.",
            ("TO", "Adaptive street-light controllers with motion sensing",
             "Controllers dim lamps to 20 % and brighten them as pedestrians or cars "
             "approach."),
            ("BR", "Municipal utilities in Canada", "City customers."))),
    pair(
        org("Digital Skills Slovenia", "SI", "public", "Public agency for digital skills.",
            ("BR", "Training provider for cloud certification of civil servants",
             "We need courses that prepare public employees for cloud architect "
             "certificates."),
            ("BO", "Funding for digital upskilling", "Grants for SME training.")),
        org("CloudAcademy Europe", "NL", "company", "IT training company.",
            ("BO", "Instructor-led cloud certification bootcamps",
             "Twelve-week courses leading to AWS and Azure architect exams, in classrooms "
             "or online."),
            ("BR", "Public bodies as clients", "Government training contracts."))),
    pair(
        org("Vancouver Quantum Alliance", "CA", "cluster", "Quantum technology firms.",
            ("RDR", "Cryogenic electronics research partner",
             "Start-ups seek a lab that designs control chips operating at 4 kelvin."),
            ("TO", "Quantum annealing cloud access", "Access to our quantum processors.")),
        org("Delft Cryo-CMOS Lab", "NL", "research", "University research group.",
            ("TO", "CMOS circuits for qubit control at cryogenic temperatures",
             "Our group designs chips that generate microwave pulses inside the dilution "
             "refrigerator."),
            ("RDR", "Industrial partners for chip tape-outs", "Foundry access."))),
    pair(
        org("Romanian IT Cluster", "RO", "cluster", "Software outsourcing companies in Cluj.",
            ("BO", "Nearshore software development teams",
             "Dedicated developer teams for European customers."),
            ("TR", "Automating accessibility checks of web applications",
             "Our members need tools that test web apps against WCAG rules in their "
             "pipelines.")),
        org("A11y Tools SAS", "FR", "company", "Outils d'accessibilité numérique.",
            ("TO", "Audit automatisé de l'accessibilité des sites web",
             "Notre moteur analyse chaque page selon le RGAA et les règles WCAG et "
             "s'intègre à l'intégration continue.", "fr"),
            ("BR", "Revendeurs en Europe centrale", "Partenaires commerciaux.", "fr"),
            lang="fr")),
    pair(
        org("AgriData Hub Austria", "AT", "cluster", "Digital agriculture cluster.",
            ("TR", "Sharing farm data between machines of different brands",
             "Farmers cannot move field data between tractors and software of different "
             "makers."),
            ("BO", "Farm testbeds", "Farms for digital trials.")),
        org("AgroConnect Interop", "DK", "company", "Agricultural data platform.",
            ("TO", "ISOBUS and API data exchange hub for farm equipment",
             "One connector translates task files between machine terminals and farm "
             "management software."),
            ("BR", "Machinery dealers", "Dealer networks in Austria."))),
], [
    org("SecureMail GmbH", "DE", "company", "Email security.",
        ("TO", "Phishing detection for office email", "Filters that stop phishing emails.")),
    org("PumpCo Service", "FI", "company", "Pump maintenance.",
        ("BO", "On-site repair of vacuum pumps", "Technicians repair pumps within 24 hours.")),
    org("StreetLamp Manufacturing", "PL", "company", "Lamp maker.",
        ("BO", "LED street lamps", "Luminaires for roads and parks.")),
    org("QuantumSoft", "GB", "company", "Quantum software.",
        ("TO", "Quantum algorithms for portfolio optimisation", "Software for banks.")),
    org("WebDesign Studio", "RO", "company", "Web agency.",
        ("BO", "Website design for SMEs", "Responsive sites and online shops.")),
])

SECTORS["Textiles"] = ([
    pair(
        org("Euratex Circular Network", "BE", "cluster", "Textile recycling initiative.",
            ("TR", "Sorting post-consumer clothing by fibre type",
             "Collectors need to separate cotton, polyester and blends automatically before "
             "recycling."),
            ("BO", "Collected used garments", "Thousands of tonnes of used clothing a year.")),
        org("SpectraSort Oy", "FI", "company", "Optical sorting machines.",
            ("TO", "Near-infrared identification of textile materials",
             "Conveyor-mounted NIR scanners recognise the composition of each garment and "
             "blow it into the right bin."),
            ("BR", "Recyclers in Canada", "Customers for sorting lines."))),
    pair(
        org("Łódź Textile Cluster", "PL", "cluster", "Klaster przemysłu włókienniczego.",
            ("TR", "Barwienie tkanin bez użycia wody",
             "Farbiarnie chcą ograniczyć zużycie wody i ścieków przy barwieniu poliestru.",
             "pl"),
            ("BO", "Szycie odzieży na zamówienie", "Szwalnie dla marek.", "pl"),
            lang="pl"),
        org("DryDye Technologies BV", "NL", "company", "Textile finishing technology.",
            ("TO", "Supercritical CO2 dyeing of synthetic fabrics",
             "Pressurised carbon dioxide carries the dye into polyester, with no water and "
             "no effluent."),
            ("BR", "Dye houses for industrial trials", "Partners to install machines."))),
    pair(
        org("Technical Textiles Quebec", "CA", "cluster", "Grappe des textiles techniques.",
            ("TR", "Heated workwear for outdoor workers in winter",
             "Members want garments that keep construction workers warm at -30 °C."),
            ("BO", "Flame-resistant fabrics", "Certified FR fabrics for uniforms.")),
        org("e-Textiles Saxony GmbH", "DE", "company", "Smart textiles developer.",
            ("TO", "Knitted heating elements powered by small batteries",
             "Conductive yarns knitted into garments warm the back and chest for eight "
             "hours."),
            ("BR", "Workwear brands", "Apparel brands to integrate our heaters."))),
    pair(
        org("Slow Fashion Collective", "SE", "company", "Sustainable fashion brand group.",
            ("BR", "Mills producing recycled wool fabrics",
             "Our brands want to buy certified recycled wool fabrics for winter coats."),
            ("TO", "Garment take-back app", "App that collects used clothes from customers.")),
        org("Prato Textile District", "IT", "cluster", "Distretto tessile di Prato.",
            ("BO", "Tessuti di lana rigenerata certificati",
             "I lanifici del distretto producono tessuti cardati da lana riciclata, con "
             "certificazione GRS, per cappotti e giacche.", "it"),
            ("BR", "Fornitori di macchine per sfilacciatura",
             "Cerchiamo costruttori di macchine per sfilacciare indumenti usati.", "it"),
            lang="it")),
    pair(
        org("Portugal Footwear Cluster", "PT", "cluster", "Shoe makers of the north.",
            ("TR", "Bio-based soles instead of petroleum rubber",
             "Shoe makers look for soles made from renewable materials."),
            ("BO", "Private-label shoe production", "Factories for brands.")),
        org("BioPolymer Iberia", "ES", "company", "Bioplásticos para la industria.",
            ("TO", "Elastómeros de origen vegetal para suelas de calzado",
             "Compuestos elastoméricos a partir de aceite de ricino y caucho natural para "
             "suelas inyectadas.", "es"),
            ("BR", "Distribuidores en Portugal", "Agentes comerciales.", "es"),
            lang="es")),
    pair(
        org("Medical Textiles Belgium", "BE", "cluster", "Medical textile producers.",
            ("RDR", "Research on antiviral coatings for face masks",
             "Members want to test coatings that inactivate viruses on mask fabric."),
            ("BO", "Nonwoven production", "Meltblown lines.")),
        org("Textile Research Institute Thuringia", "DE", "research", "Applied textile research.",
            ("TO", "Copper-based antimicrobial finishes with virus tests",
             "Finishes tested to ISO 18184 that kill enveloped viruses on fabrics within "
             "minutes."),
            ("RDR", "Industrial partners for scale-up", "Finishers for production runs."))),
    pair(
        org("Bulgarian Fashion Cluster", "BG", "cluster", "Модни производители в Пловдив.",
            ("BO", "Шиене на облекла за марки", "Производствени мощности.", "bg"),
            ("TR", "Дигитално проектиране и пробване на облекла",
             "Търсим софтуер за 3D моделиране на дрехи, за да намалим физическите мостри.",
             "bg"),
            lang="bg"),
        org("VirtualFit Inc.", "CA", "company", "Fashion technology, Montreal.",
            ("TO", "3D garment simulation to replace physical samples",
             "Designers drape patterns on digital avatars and approve fit without sewing "
             "prototypes."),
            ("BR", "Garment manufacturers in Europe", "Factories adopting 3D."))),
    pair(
        org("Outdoor Gear Austria", "AT", "company", "Outdoor apparel maker.",
            ("TR", "Waterproof membranes without PFAS",
             "We must replace fluorinated chemicals in our rain jackets."),
            ("BO", "Retail network in the Alps", "Shops in ski resorts.")),
        org("GreenMembrane AG", "CH", "company", "Membrane manufacturer.",
            ("TO", "Fluorine-free breathable polyurethane laminates",
             "Laminates that keep rain out and let sweat through, made without PFC "
             "chemistry."),
            ("BR", "Outdoor brands", "Brands to adopt the laminate."))),
], [
    org("FiberTrade", "PL", "company", "Fibre trading.",
        ("BO", "Trading of virgin cotton fibre", "Bales of cotton from Egypt.")),
    org("WaterClean Textile", "IT", "company", "Wastewater treatment.",
        ("TO", "Treatment of dye-house wastewater", "Membrane bioreactors for effluent.")),
    org("Workwear Direct", "NL", "company", "Workwear retailer.",
        ("BO", "Workwear for construction companies", "Jackets, trousers and boots.")),
    org("ShoeMachines", "IT", "company", "Footwear machinery.",
        ("BO", "Sole injection moulding machines", "Machines for PU and rubber soles.")),
    org("MaskMakers", "FR", "company", "Mask producer.",
        ("BO", "Surgical face masks", "Type IIR masks for hospitals.")),
])

SECTORS["Construction"] = ([
    pair(
        org("Timber Construction Finland", "FI", "cluster", "Wood building companies.",
            ("TR", "Fire safety testing of tall wooden buildings",
             "Builders need evidence that cross-laminated timber floors resist fire for 90 "
             "minutes."),
            ("BO", "CLT panels", "Cross-laminated timber production.")),
        org("Fire Lab Canada", "CA", "research", "Fire research laboratory, Ottawa.",
            ("TO", "Full-scale furnace tests of mass-timber assemblies",
             "Large furnaces test walls and floors of engineered wood to national fire "
             "standards."),
            ("RDR", "Timber builders for a joint study", "Partners for research."))),
    pair(
        org("Cluster Construction Durable Occitanie", "FR", "cluster",
            "Entreprises du bâtiment durable en Occitanie.",
            ("TR", "Béton bas carbone pour les bâtiments publics",
             "Les maîtres d'ouvrage veulent réduire l'empreinte carbone du béton des écoles "
             "et gymnases.", "fr"),
            ("BO", "Isolation en paille", "Panneaux de paille.", "fr"),
            lang="fr"),
        org("GeoCem Solutions", "IE", "company", "Cement technology company.",
            ("TO", "Clinker-free geopolymer binder",
             "A binder from slag and fly ash that replaces Portland cement and cuts CO2 by "
             "70 %."),
            ("BR", "Precast plants for trials", "Concrete producers."))),
    pair(
        org("BIM Cluster Slovenia", "SI", "cluster", "Digital construction companies.",
            ("TR", "Checking building models against planning rules",
             "Municipalities want to check digital building models for height and setback "
             "rules automatically."),
            ("BO", "BIM modelling services", "Modelling for architects.")),
        org("CodeCheck AI", "NO", "company", "Software for building permits.",
            ("TO", "Automated code compliance of IFC models",
             "Rule engine reads IFC files and reports violations of zoning and building "
             "codes."),
            ("BR", "Municipalities as launch customers", "Public buyers."))),
    pair(
        org("Retrofit Cluster Netherlands", "NL", "cluster", "Renovation companies.",
            ("TR", "Insulating old brick walls from the outside quickly",
             "Housing associations want to renovate row houses in one day per home."),
            ("BO", "Renovation project management", "Coordination of works.")),
        org("PrefabFacade GmbH", "DE", "company", "Vorgefertigte Fassadenelemente.",
            ("TO", "Vorgefertigte gedämmte Fassadenelemente für die Sanierung",
             "Fabrikgefertigte Holzrahmenelemente mit Dämmung und Fenstern werden vor die "
             "alte Wand gehängt.", "de"),
            ("BR", "Wohnungsbaugesellschaften in den Niederlanden",
             "Kunden für Sanierungsprojekte.", "de"),
            lang="de")),
    pair(
        org("Alberta Construction Association", "CA", "public", "Contractors association.",
            ("TR", "Monitoring concrete curing in cold weather",
             "Contractors pour concrete in winter and need to know when it is strong "
             "enough."),
            ("BO", "Site access for pilots", "Construction sites for trials.")),
        org("Maturix Sensors", "DK", "company", "Construction sensors.",
            ("TO", "Wireless concrete maturity sensors",
             "Sensors cast into the slab log temperature and estimate compressive strength "
             "in real time."),
            ("BR", "Distributors in North America", "Resellers."))),
    pair(
        org("Cluster Edilizia Lombardia", "IT", "cluster", "Imprese edili lombarde.",
            ("TR", "Robot per la posa di mattoni in cantiere",
             "Le imprese mancano di muratori e cercano automazione per costruire muri.",
             "it"),
            ("BO", "Cantieri pilota", "Siti per prove.", "it"),
            lang="it"),
        org("BuildBot Robotics", "GB", "company", "Construction robotics.",
            ("TO", "Semi-automated bricklaying machine",
             "A robot arm lays bricks and mortar on site while a mason finishes corners."),
            ("BR", "Contractors in Italy", "Customers."))),
    pair(
        org("Warsaw Smart Buildings", "PL", "cluster", "Building technology firms.",
            ("TR", "Reducing heating energy in office buildings",
             "Property managers want to lower gas use without refurbishing the envelope."),
            ("BO", "Facility management", "Services for offices.")),
        org("ThermoAI SAS", "FR", "company", "Building energy software.",
            ("TO", "Model predictive control of HVAC using weather forecasts",
             "Software drives boilers and ventilation from occupancy and forecasts, saving "
             "20-30 % energy."),
            ("BR", "Property managers in Poland", "Pilot buildings."))),
    pair(
        org("Circular Building Czech", "CZ", "cluster", "Klastr cirkulárního stavebnictví.",
            ("TR", "Opětovné použití ocelových nosníků z demolic",
             "Stavební firmy chtějí znovu použít ocelové konstrukce z bouraných hal.", "cs"),
            ("BO", "Demoliční práce", "Demolice průmyslových hal.", "cs"),
            lang="cs"),
        org("ReSteel Consult", "BE", "company", "Structural engineering consultancy.",
            ("TO", "Testing and certification of reclaimed structural steel",
             "We test salvaged beams and columns and certify them for reuse in new "
             "buildings."),
            ("BR", "Demolition contractors", "Partners supplying beams."))),
], [
    org("Timber Trade Baltic", "LV", "company", "Timber trading.",
        ("BO", "Sawn timber for construction", "Kiln-dried spruce.")),
    org("CementCo", "ES", "company", "Cement producer.",
        ("BO", "Portland cement in bulk", "CEM I and CEM II cement.")),
    org("FacadePaint", "PL", "company", "Facade coatings.",
        ("BO", "Exterior paints for facades", "Silicone facade paints.")),
    org("ConcreteLab", "AT", "research", "Concrete research.",
        ("TO", "Testing of concrete aggregates", "Laboratory tests of sand and gravel.")),
    org("SiteCam", "SE", "company", "Construction cameras.",
        ("TO", "Time-lapse cameras for building sites", "Cameras that film site progress.")),
])

SECTORS["Aerospace & defence"] = ([
    pair(
        org("Aerospace Valley", "FR", "cluster", "Pôle aéronautique et spatial du Sud-Ouest.",
            ("TR", "Détection de défauts dans les pièces composites",
             "Les équipementiers cherchent des contrôles non destructifs plus rapides pour "
             "les panneaux en carbone.", "fr"),
            ("BO", "Usinage de pièces en titane", "Usinage 5 axes.", "fr"),
            lang="fr"),
        org("Phased Array NDT Inc.", "CA", "company", "Inspection technology, Quebec.",
            ("TO", "Robotic ultrasonic inspection of carbon-fibre structures",
             "Robots scan composite parts with phased-array probes and map delaminations "
             "and porosity."),
            ("BR", "Aerospace suppliers in France", "Customers."))),
    pair(
        org("Ocean Supercluster", "CA", "cluster", "Canada's ocean industries.",
            ("TR", "Mapping the seabed for offshore cable routes",
             "Developers need detailed bathymetry and sediment data before laying export "
             "cables."),
            ("BO", "Ocean test sites", "Test sites in Atlantic Canada.")),
        org("Hydrographic Survey Malta", "MT", "company", "Marine survey company.",
            ("TO", "Multibeam sonar and sub-bottom profiling surveys",
             "Survey vessels and autonomous boats chart depth and sediment layers for "
             "offshore projects."),
            ("BR", "Offshore wind developers", "Survey contracts."))),
    pair(
        org("Space Cluster Bavaria", "DE", "cluster", "Raumfahrtunternehmen in Bayern.",
            ("BR", "Startplatz für Kleinsatelliten",
             "Unsere Mitglieder suchen Mitfluggelegenheiten, um Cubesats in eine "
             "sonnensynchrone Umlaufbahn zu bringen.", "de"),
            ("TO", "Sternsensoren für Kleinsatelliten", "Lagebestimmung.", "de"),
            lang="de"),
        org("Nordic Launch Services", "NO", "company", "Launch broker.",
            ("BO", "Rideshare launch slots for CubeSats",
             "We book places for small satellites on launches to sun-synchronous orbit and "
             "handle integration."),
            ("BR", "Satellite makers", "Customers."))),
    pair(
        org("Aviation Cluster Hamburg", "DE", "cluster", "Aviation companies in Hamburg.",
            ("TR", "Cutting fuel burn of aircraft taxiing",
             "Airlines want aircraft to move on the ground without running the main "
             "engines."),
            ("BO", "Cabin interior design", "Design services.")),
        org("eTaxi Aero", "CZ", "company", "Aircraft systems start-up.",
            ("TO", "Electric motors in the landing gear wheels",
             "Motors in the main wheels push the aircraft back and drive it to the runway "
             "on APU power."),
            ("BR", "Airlines for trials", "Operators."))),
    pair(
        org("Maritime Cluster Norway", "NO", "cluster", "Maritime technology.",
            ("TR", "Detecting oil spills at night from ships",
             "Ship operators must notice oil on the water in darkness and fog."),
            ("BO", "Ship design", "Vessel design services.")),
        org("RadarSea Oy", "FI", "company", "Marine radar company.",
            ("TO", "Radar-based oil spill detection software",
             "Software processes the ship's navigation radar to find oil slicks day and "
             "night."),
            ("BR", "Shipowners", "Customers."))),
    pair(
        org("Polish Aviation Valley", "PL", "cluster", "Dolina Lotnicza, Rzeszów.",
            ("TR", "Naprawy części silników lotniczych metodą napawania",
             "Zakłady obsługowe chcą odbudowywać zużyte łopatki turbin zamiast je wymieniać.",
             "pl"),
            ("BO", "Obróbka CNC części lotniczych", "Frezowanie.", "pl"),
            lang="pl"),
        org("LaserClad Technologies", "IE", "company", "Laser repair specialists.",
            ("TO", "Laser metal deposition repair of turbine blades",
             "Worn blade tips are rebuilt layer by layer with a laser and powder, then "
             "machined to shape."),
            ("BR", "MRO shops", "Maintenance customers."))),
    pair(
        org("Montreal Aerospace Cluster", "CA", "cluster", "Aéro Montréal members.",
            ("RDR", "Research on hydrogen storage tanks for aircraft",
             "Members seek a research partner on lightweight cryogenic tanks for liquid "
             "hydrogen."),
            ("BO", "Flight simulators", "Training simulators.")),
        org("Cryogenic Structures Lab Delft", "NL", "research", "University lab.",
            ("TO", "Composite liquid-hydrogen tanks tested at 20 K",
             "We design and test filament-wound tanks that hold liquid hydrogen with low "
             "boil-off."),
            ("RDR", "Aircraft makers for integration studies", "Partners."))),
    pair(
        org("Defence Cluster Lithuania", "LT", "cluster", "Defence industry association.",
            ("TR", "Protecting military sites from small drones",
             "Bases need to detect and stop hostile small drones."),
            ("BO", "Field testing grounds", "Ranges.")),
        org("Sky Guardian Sp. z o.o.", "PL", "company", "Counter-UAS systems.",
            ("TO", "Counter-UAS with RF detection and jamming",
             "A system finds drone radio links, locates the pilot and jams the control "
             "signal."),
            ("BR", "Defence ministries", "Customers."))),
], [
    org("CompositeParts", "ES", "company", "Composite manufacturer.",
        ("BO", "Carbon-fibre parts production", "Autoclave-cured parts.")),
    org("CableLay Marine", "NL", "company", "Cable laying.",
        ("BO", "Laying of subsea power cables", "Cable-laying vessels.")),
    org("SatParts", "IT", "company", "Satellite parts.",
        ("BO", "Solar arrays for CubeSats", "Deployable panels.")),
    org("DroneRace", "DE", "company", "Drone racing.",
        ("BO", "FPV racing drones", "High-speed drones for racing.")),
    org("AirportGround", "FR", "company", "Ground handling.",
        ("BO", "Aircraft towing tractors", "Diesel tugs for airports.")),
])


STOP_WORDS = """and the for with from that this our their your are was were has have will can
into des les une pour avec dans sur par est sont und der die das für mit von den ein eine"""
STOP = set(STOP_WORDS.split())


def stems(text: str) -> set[str]:
    text = unicodedata.normalize("NFKC", text.lower())
    return {w[:5] for w in re.findall(r"[^\W\d_]{3,}", text) if w not in STOP}


def overlap(request: dict, offer: dict) -> str:
    """'high' when request and offer share two or more content-word stems, else 'low'."""
    shared = stems(request["title"] + " " + request["description"]) & stems(
        offer["title"] + " " + offer["description"])
    return "high" if len(shared) >= 2 else "low"


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def build() -> dict:
    organisations, pairs = [], []

    def add(o, ecosystem):
        name, country, kind, description, items, lang = o
        oid = slug(name)
        record = {
            "id": oid, "name": name, "country": country,
            "delegation": "Canada" if country == "CA" else "EU", "type": kind,
            "ecosystems": [ecosystem], "description": description, "items": [],
        }
        for n, it in enumerate(items, start=1):
            kind_, title, desc = it[0], it[1], it[2]
            language = it[3] if len(it) > 3 else "en"
            record["items"].append({"id": f"{oid}-{n}", "type": kind_, "title": title,
                                    "description": desc, "language": language})
        assert oid not in {x["id"] for x in organisations}, oid
        organisations.append(record)
        return record

    for ecosystem, (sector_pairs, distractors) in SECTORS.items():
        for request_org, offer_org in sector_pairs:
            asking, answering = add(request_org, ecosystem), add(offer_org, ecosystem)
            request = next(i for i in asking["items"] if i["type"] in ("TR", "BR", "RDR"))
            offer = next(i for i in answering["items"] if i["type"] in ("TO", "BO"))
            pairs.append({
                "request_item": request["id"], "offer_item": offer["id"],
                "cross_language": request["language"] != offer["language"],
                "lexical_overlap": overlap(request, offer),
            })
        for o in distractors:
            add(o, ecosystem)
    return {"organisations": organisations, "pairs": pairs}


if __name__ == "__main__":
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    pairs = data["pairs"]
    print(f"{len(data['organisations'])} organisations, {len(pairs)} pairs, "
          f"{sum(p['cross_language'] for p in pairs)} cross-language, "
          f"{sum(p['lexical_overlap'] == 'low' for p in pairs)} low overlap -> {OUT}")
