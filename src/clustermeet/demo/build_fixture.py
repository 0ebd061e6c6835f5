"""Build the demo event file `eu_canada_2019.json`: a replay of the EU–Canada Cluster
Matchmaking Event (Toronto, 5–7 June 2019).

Run `python -m clustermeet.demo.build_fixture [OUTPUT]`; without OUTPUT it rewrites the
packaged file next to this module. Plain Python, standard library only; the one source of
chance is `random.Random(2019)`, so every run writes the same bytes.

What is real and what is invented is set out in README.md next to this file: in short, the
event facts, the five superclusters and six named EU organisations are real (facts only);
every person, every other organisation, every item and every request is invented.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).with_name("eu_canada_2019.json")
SEED = 2019

# Toronto keeps Eastern Daylight Time (UTC-4) throughout June; a fixed offset keeps the
# generator free of the host's time-zone database.
TORONTO_SUMMER = timezone(timedelta(hours=-4))

INVENTED = "(Invented for the clustermeet demo.)"
ILLUSTRATIVE = (
    "Sector tags and profile items are illustrative and were written for the clustermeet demo."
)

EU = "EU delegation"
CANADA = "Canada"

# --------------------------------------------------------------------------------------------
# Event, delegations, sessions, tables
# --------------------------------------------------------------------------------------------

EVENT_DESCRIPTION = (
    "A replay, for the clustermeet demo, of the EU–Canada Cluster Matchmaking Event held in "
    "Toronto from 5 to 7 June 2019. The real event was organised by the European Cluster "
    "Collaboration Platform (ECCP) for the European Commission's DG GROW, with Innovation, "
    "Science and Economic Development Canada (ISED), to help clusters on both sides build "
    "strategic business partnerships under CETA, the EU–Canada trade agreement signed in "
    "October 2016 and applied since September 2017. An EU delegation of some 27 clusters, "
    "together with some companies, from 16 countries (Austria, Bulgaria, Czechia, Denmark, "
    "Spain, Finland, France, Germany, Hungary, Lithuania, Poland, Portugal, Romania, Serbia, "
    "Sweden and Ukraine) met representatives of Canada's five innovation superclusters "
    "(Protein Industries, Ocean, Digital Technology, Advanced Manufacturing and SCALE.AI) and "
    "about ten other Canadian clusters, chambers, business networks and local economic "
    "development agencies; about 100 people attended the morning plenary. A cooperation "
    "signing ceremony took place at Humber College on 6 June.\n\n"
    "In this replay the event facts above are real; the participants, their profiles, offers "
    "and requests, and the meeting requests are invented, apart from the names and public "
    "facts of the five superclusters and of six EU organisations named in public reports."
)

DELEGATIONS = [
    {
        "name": EU,
        "description": (
            "The European delegation selected by the European Cluster Collaboration Platform: "
            "27 cluster organisations from 16 countries (AT, BG, CZ, DK, ES, FI, FR, DE, HU, "
            "LT, PL, PT, RO, RS, SE, UA)."
        ),
    },
    {
        "name": CANADA,
        "description": (
            "The Canadian hosts: the five innovation superclusters and about ten other "
            "Canadian clusters, business networks and research bodies."
        ),
    },
]

# name, date, start, end, breaks
SESSIONS = [
    ("Day 1 afternoon B2B", date(2019, 6, 5), "14:00", "17:40", [["15:20", "15:40"]]),
    ("Day 2 morning B2B", date(2019, 6, 6), "09:00", "12:20", [["10:20", "10:40"]]),
    ("Day 2 afternoon B2B", date(2019, 6, 6), "14:00", "17:00", [["15:20", "15:40"]]),
    ("Day 3 morning B2B", date(2019, 6, 7), "09:00", "12:00", [["10:20", "10:40"]]),
]
SLOT_MINUTES = 20
ONSITE_TABLES = 30
VIRTUAL_ROOMS = 6
# Booths at the first on-site tables, one per supercluster.
BOOTHS = [
    "protein-industries-supercluster",
    "ocean-supercluster",
    "digital-technology-supercluster",
    "advanced-manufacturing-supercluster",
    "scale-ai",
]

ORGANISER = {
    "email": "organiser@eccp.example",
    "first_name": "Ilona",
    "last_name": "Verhaegen-Mork",
    "is_staff": True,
    "password": "",
}

# --------------------------------------------------------------------------------------------
# Themes: used only here, to make requests follow offers (never written to the file)
# --------------------------------------------------------------------------------------------

THEMES = {
    "protein": "plant proteins",
    "food": "food processing",
    "ocean": "ocean technology",
    "seafood": "seafood and aquaculture",
    "ship": "shipbuilding",
    "energy": "renewable energy",
    "digital": "digital platforms",
    "health": "digital health",
    "mfg": "advanced manufacturing",
    "materials": "advanced materials",
    "photonics": "photonics",
    "ai": "artificial intelligence",
    "logistics": "supply chains and logistics",
    "media": "creative technologies",
    "agri": "precision agriculture",
    "market": "market access under CETA",
    "cyber": "cybersecurity",
}

# --------------------------------------------------------------------------------------------
# Organisations and their items
#
# Each item: (type, language, themes, title, description, keywords). An organisation's items
# are dealt out to its people in turn, so each person holds one to three of them.
# --------------------------------------------------------------------------------------------


def org(
    slug: str,
    name: str,
    kind: str,
    country: str,
    delegation: str,
    region: str,
    website: str,
    description: str,
    ecosystems: list[str],
    nace: list[str],
    kets: list[str],
    members: int | None,
    founded: int | None,
    people: list[str],
    items: list[tuple[str, str, str, str, str, list[str]]],
    names: str | None = None,
) -> dict[str, Any]:
    """One organisation; `people` are job titles, `names` the name pool (default: country)."""
    return {
        "slug": slug,
        "name": name,
        "type": kind,
        "country": country,
        "delegation": delegation,
        "region": region,
        "website": website,
        "description": description,
        "ecosystems": ecosystems,
        "nace_codes": nace,
        "key_technologies": kets,
        "member_count": members,
        "founded_year": founded,
        "people": people,
        "items": items,
        "names": names or country,
    }


SUPERCLUSTERS = [
    org(
        "protein-industries-supercluster",
        "Protein Industries Supercluster",
        "cluster", "CA", CANADA, "Prairies (Saskatchewan)", "",
        "One of the five innovation superclusters chosen under the Government of Canada's "
        "Innovation Superclusters Initiative. Based in the Prairies (Saskatchewan), it focuses "
        "on plant-based food and feed, plant proteins and ingredients. Renamed Protein "
        "Industries Cluster in 2023, when the superclusters became Canada's Global Innovation "
        "Clusters. " + ILLUSTRATIVE,
        ["Agri-food"], ["10.89", "10.41", "01.11"],
        ["Life-science technologies", "Advanced manufacturing"], None, None,
        ["Director, International Partnerships", "Program Manager, Ingredient Processing",
         "Manager, Industry Engagement", "Technology Lead, Food Innovation"],
        [
            ("BO", "en", "protein market",
             "Co-investment in plant-protein consortia with Prairie companies",
             "We co-fund industry-led projects in which at least two companies share risk on a "
             "new ingredient, process or product. European firms can join a consortium led by "
             "Canadian members; we are looking for cluster partners who can bring interested "
             "SMEs to the table.",
             ["co-investment", "consortium", "plant protein", "CETA"]),
            ("TR", "en", "protein food",
             "Dry fractionation of faba bean and lentil at pilot scale",
             "Members processing pulses want to compare air classification and electrostatic "
             "separation set-ups with European equipment makers, aiming at protein "
             "concentrates above 60% without wet processing.",
             ["air classification", "faba bean", "lentil", "protein concentrate"]),
            ("RDR", "en", "protein food",
             "Masking off-flavours of pea protein in dairy alternatives",
             "Looking for research groups and flavour houses with proven methods (fermentation, "
             "enzymatic treatment, deodorisation) to reduce beany and bitter notes in pea and "
             "canola protein isolates used in yoghurt and cheese analogues.",
             ["pea protein", "off-flavour", "fermentation", "dairy alternatives"]),
            ("BR", "en", "protein market food",
             "EU distributors and food manufacturers for Canadian canola and pulse ingredients",
             "Canadian ingredient makers now have tariff-free access under CETA and seek "
             "European buyers, distributors and co-development partners in bakery, meat "
             "alternatives and pet food.",
             ["canola protein", "pulse ingredients", "distribution", "Europe"]),
            ("TR", "en", "protein mfg",
             "High-moisture extrusion know-how for whole-cut meat analogues",
             "A member company scaling a textured plant-protein line needs process engineering "
             "support on cooling-die design and fibre alignment, ideally from a European "
             "extrusion centre that has already run pea/faba blends.",
             ["extrusion", "cooling die", "meat analogue", "texturisation"]),
            ("RDR", "en", "protein digital agri",
             "Traceability of identity-preserved crops from field to ingredient",
             "We want to build a project on data standards that follow a protein crop from "
             "seed variety through the processor to the food brand, and seek partners who have "
             "done this for EU organic or non-GMO supply chains.",
             ["traceability", "identity preservation", "data standards", "supply chain"]),
            ("BO", "en", "protein food agri",
             "Introductions to Saskatchewan and Manitoba crop processors",
             "For European clusters planning a mission to the Prairies, we can arrange visits "
             "to processors, breeders and research farms working on pea, canola, oat and "
             "faba bean.",
             ["mission", "processors", "Saskatchewan", "Manitoba"]),
        ],
    ),
    org(
        "ocean-supercluster",
        "Ocean Supercluster",
        "cluster", "CA", CANADA, "Atlantic Canada", "",
        "One of Canada's five innovation superclusters, based in Atlantic Canada, working on "
        "the ocean economy: energy, seafood, shipbuilding and ocean technology. Renamed Ocean "
        "Cluster in 2023. " + ILLUSTRATIVE,
        ["Energy-renewables", "Agri-food", "Mobility-Transport-Automotive"],
        ["30.11", "10.20", "03.21", "26.51"],
        ["Advanced manufacturing", "Security and connectivity", "Artificial intelligence"],
        None, None,
        ["Vice-President, Ecosystem Development", "Project Manager, Ocean Technology",
         "International Partnerships Lead", "Manager, Seafood and Aquaculture Programs"],
        [
            ("BO", "en", "ocean market",
             "Partners for collaborative ocean technology projects",
             "Our members build projects in which several firms develop and demonstrate a "
             "technology together. We welcome European clusters whose companies can contribute "
             "sensors, autonomy, data analytics or vessel technology to Atlantic Canadian "
             "consortia.",
             ["ocean technology", "collaborative projects", "Atlantic Canada"]),
            ("TR", "en", "ocean ai",
             "Autonomous surface vessels for fisheries and environmental monitoring",
             "We want to meet builders and integrators of uncrewed surface vessels that have "
             "operated in cold, rough water and can carry acoustic and water-quality payloads "
             "for months at a time.",
             ["autonomous vessels", "USV", "monitoring", "cold water"]),
            ("RDR", "en", "seafood food",
             "Added value from seafood by-products: collagen, peptides, omega-3",
             "Processors in the region discard heads, skins and shells. We seek R&D partners "
             "with pilot lines for marine collagen, hydrolysed proteins and chitosan who want a "
             "joint proposal with Canadian processors.",
             ["by-products", "marine collagen", "hydrolysate", "circular economy"]),
            ("BR", "en", "ship energy",
             "Shipyards and designers with hybrid-electric retrofit experience",
             "Fishing and ferry fleets are looking at diesel-electric and battery retrofits. "
             "We would like to meet European yards and naval architects who have delivered "
             "such conversions on vessels of 20 to 60 metres.",
             ["hybrid propulsion", "retrofit", "naval architecture", "ferries"]),
            ("TR", "en", "ocean digital",
             "Open ocean-data platforms for sensor integration",
             "Looking for proven platforms that ingest data from buoys, gliders and vessels "
             "in different formats and publish them under common standards for industry and "
             "regulators.",
             ["ocean data", "interoperability", "sensors", "open data"]),
            ("BR", "en", "seafood ai",
             "Fish-health monitoring for salmon aquaculture",
             "Our aquaculture members need camera and sensor solutions for sea-lice counting, "
             "feeding optimisation and early disease detection; we want to meet European "
             "suppliers ready to pilot in Atlantic Canadian sites.",
             ["aquaculture", "sea lice", "machine vision", "fish welfare"]),
            ("RDR", "en", "energy ocean",
             "Tidal and offshore wind test sites: shared methods",
             "We would like to compare testing and certification methods with European "
             "marine energy test centres and explore twinning between sites.",
             ["tidal energy", "offshore wind", "test site", "certification"]),
        ],
    ),
    org(
        "digital-technology-supercluster",
        "Digital Technology Supercluster",
        "cluster", "CA", CANADA, "British Columbia (Vancouver)", "",
        "One of Canada's five innovation superclusters, based in British Columbia "
        "(Vancouver), working on digital technology for health, natural resources and "
        "industrial applications. Renamed Digital Technology Cluster in 2023. " + ILLUSTRATIVE,
        ["Digital", "Health"], ["62.01", "63.11", "72.19"],
        ["Artificial intelligence", "Security and connectivity"], None, None,
        ["Director, Technology Leadership Programs", "Program Manager, Precision Health",
         "Manager, International Engagement"],
        [
            ("BO", "en", "digital market",
             "Joining technology leadership projects led from British Columbia",
             "Projects bring together large firms, SMEs and research partners around a shared "
             "data or technology challenge. We are looking for European clusters able to "
             "connect companies that can add capability to Canadian-led consortia.",
             ["consortia", "technology leadership", "British Columbia"]),
            ("TR", "en", "health digital ai",
             "Privacy-preserving analytics for precision health data",
             "Members working on genomics and clinical data need federated learning and "
             "secure computation tools that meet both Canadian and GDPR requirements.",
             ["federated learning", "precision health", "privacy", "GDPR"]),
            ("RDR", "en", "digital ai mfg",
             "Digital twins for mining, forestry and energy operations",
             "We seek research partners with digital twin work in heavy industry, to co-design "
             "a demonstrator for remote asset monitoring in natural resource operations.",
             ["digital twin", "natural resources", "asset monitoring", "IoT"]),
            ("BR", "en", "digital cyber",
             "European cybersecurity clusters for trusted data-sharing pilots",
             "For a data commons project we want partners who can bring certified "
             "cybersecurity companies and experience with data spaces.",
             ["cybersecurity", "data sharing", "data commons", "trust"]),
            ("TO", "en", "digital media",
             "Immersive training built with BC's visual-effects and games firms",
             "Our members adapt game engines and VFX pipelines to training for industry and "
             "health care; we offer partnerships and pilot opportunities to European users.",
             ["immersive training", "XR", "game engines", "visual effects"]),
            ("TR", "en", "digital agri",
             "Remote sensing analytics for forestry and agriculture",
             "We want to meet companies that turn satellite, drone and LiDAR data into "
             "decisions for foresters and growers, for a joint call in 2020.",
             ["remote sensing", "LiDAR", "forestry", "earth observation"]),
        ],
    ),
    org(
        "advanced-manufacturing-supercluster",
        "Advanced Manufacturing Supercluster",
        "cluster", "CA", CANADA, "Ontario (Toronto-Hamilton-Waterloo corridor)", "",
        "One of Canada's five innovation superclusters, based in Ontario along the "
        "Toronto–Hamilton–Waterloo corridor, working on advanced manufacturing technologies. "
        "Renamed Advanced Manufacturing Cluster in 2023. " + ILLUSTRATIVE,
        ["Mobility-Transport-Automotive", "Electronics", "Energy-intensive industries (EII)"],
        ["28.99", "25.62", "29.32"],
        ["Advanced manufacturing", "Advanced materials", "Artificial intelligence"], None, None,
        ["Director, Manufacturing Programs", "Project Lead, Additive Manufacturing",
         "Manager, Partnerships and Ecosystem"],
        [
            ("BO", "en", "mfg market",
             "Co-funded Industry 4.0 projects with Ontario manufacturers",
             "We support projects that bring manufacturers and technology providers together "
             "to adopt automation, sensing and data analytics. European technology firms can "
             "take part through a Canadian partner.",
             ["Industry 4.0", "co-funding", "Ontario", "adoption"]),
            ("TR", "en", "mfg materials",
             "Qualification of metal additive parts for aerospace and automotive",
             "Members want to shorten qualification of laser powder-bed parts: in-situ "
             "monitoring, non-destructive testing and shared material data.",
             ["additive manufacturing", "powder bed", "qualification", "NDT"]),
            ("RDR", "en", "mfg ai",
             "Collaborative robots for high-mix, low-volume machining shops",
             "We look for applied research centres with cobot cells for SME machine tending "
             "and inspection, to build a shared testbed across the Atlantic.",
             ["cobots", "machine tending", "SME", "testbed"]),
            ("BR", "en", "mfg digital",
             "Retrofit kits to connect legacy machines to the industrial internet",
             "Many members run older equipment. We want suppliers of retrofit sensors and edge "
             "gateways with a track record in European SMEs.",
             ["IIoT", "retrofit", "edge computing", "legacy machines"]),
            ("TR", "en", "materials mfg",
             "Lightweight materials and joining for electric vehicles",
             "Automotive suppliers in our network are looking for multi-material joining and "
             "composite processing know-how for battery enclosures.",
             ["lightweighting", "composites", "battery enclosure", "joining"]),
            ("BO", "en", "mfg",
             "Pilot lines in Ontario open to European partners",
             "Several member facilities offer time on pilot lines for additive, robotics and "
             "inspection trials; we can broker access for European companies entering Canada.",
             ["pilot line", "testing", "soft landing"]),
        ],
    ),
    org(
        "scale-ai",
        "SCALE.AI",
        "cluster", "CA", CANADA, "Quebec (Montréal)", "",
        "The AI-powered supply chains supercluster, one of Canada's five innovation "
        "superclusters, based in Montréal (Quebec); it works on artificial intelligence for "
        "supply chains and logistics. Known as Scale AI Cluster since 2023. " + ILLUSTRATIVE,
        ["Digital", "Mobility-Transport-Automotive", "Retail"],
        ["62.01", "52.29", "63.11"], ["Artificial intelligence"], None, None,
        ["Director, Industry Projects", "Responsable des projets internationaux",
         "AI Adoption Program Manager", "Responsable, partenariats industriels"],
        [
            ("BO", "en", "ai logistics market",
             "Funding for AI supply-chain projects led by Canadian users",
             "We co-invest in projects where a company that runs a supply chain adopts an AI "
             "solution with technology partners. European providers can join when they work "
             "with a Canadian user.",
             ["AI adoption", "supply chain", "co-investment"]),
            ("TR", "en", "ai logistics food",
             "Demand forecasting for fresh food distribution",
             "Grocery and food-service members want forecasting models that cut waste on "
             "perishables; we seek providers with deployments in European retail.",
             ["demand forecasting", "perishables", "food waste", "retail"]),
            ("RDR", "en", "ai logistics ocean",
             "Optimising port and intermodal operations with AI",
             "Research partners wanted for a project on berth planning, truck appointment "
             "systems and rail connections, using data from a North American port.",
             ["port logistics", "intermodal", "optimisation", "berth planning"]),
            ("BR", "fr", "logistics ai",
             "Partenaires européens en logistique portuaire intelligente",
             "Nous cherchons des grappes et des entreprises européennes actives dans la "
             "logistique portuaire et le transport intermodal, prêtes à piloter des solutions "
             "d'IA avec des membres québécois.",
             ["logistique portuaire", "intermodal", "intelligence artificielle"]),
            ("TR", "en", "ai mfg logistics",
             "Computer vision for warehouse picking and inspection",
             "Members want robust vision systems for mixed-case picking and damage detection; "
             "we would like to meet European firms with industrial references.",
             ["computer vision", "warehouse", "picking", "robotics"]),
            ("TO", "en", "ai digital",
             "Access to Montréal's AI research community and talent",
             "We connect companies with university labs and start-ups working on machine "
             "learning, and can host European delegations for visits and joint workshops.",
             ["AI research", "talent", "Montréal", "start-ups"]),
            ("RDR", "fr", "ai logistics",
             "Jumeaux numériques de chaînes d'approvisionnement",
             "Projet de recherche appliquée sur la simulation de bout en bout d'une chaîne "
             "d'approvisionnement, de l'usine au point de vente ; recherche de partenaires "
             "universitaires et industriels en Europe.",
             ["jumeau numérique", "simulation", "chaîne d'approvisionnement"]),
        ],
        names="QC",
    ),
]

NAMED_EU = [
    org(
        "vitagora",
        "Vitagora",
        "cluster", "FR", EU, "", "",
        "French agri-food cluster. At the EU–Canada Cluster Matchmaking Event 2019 it "
        "presented the New Frontiers in Food project (ECCP, matchmaking events feedback). "
        + ILLUSTRATIVE,
        ["Agri-food", "Health"], ["10.89", "10.86", "72.11"],
        ["Life-science technologies"], None, None,
        ["International Project Manager", "m:Chargé d'affaires innovation",
         "m:Directeur des relations internationales"],
        [
            ("BO", "en", "food protein market",
             "New Frontiers in Food: transatlantic partners for food innovation",
             "We present New Frontiers in Food and look for Canadian clusters and companies "
             "that want to build joint innovation projects with French food SMEs, from plant "
             "proteins to healthy ready meals.",
             ["food innovation", "plant proteins", "transatlantic", "SMEs"]),
            ("TO", "fr", "food market",
             "Accompagnement de projets d'innovation agroalimentaire en France",
             "Nos équipes montent et suivent des projets collaboratifs entre entreprises, "
             "laboratoires et écoles. Nous proposons aux entreprises canadiennes un appui pour "
             "trouver des partenaires industriels et académiques en France.",
             ["projets collaboratifs", "agroalimentaire", "accompagnement"]),
            ("BR", "en", "protein food",
             "Canadian suppliers of pea, faba and canola proteins for French food makers",
             "Several members reformulate products with plant proteins and want to secure "
             "supply of concentrates and isolates with full traceability.",
             ["pea protein", "canola", "sourcing", "traceability"]),
            ("RDR", "fr", "protein food",
             "Protéines végétales : texture et acceptabilité sensorielle",
             "Nous préparons un projet de recherche sur la texture et le goût des produits à "
             "base de légumineuses et cherchons des partenaires canadiens, centres de "
             "recherche ou transformateurs.",
             ["légumineuses", "analyse sensorielle", "texturation"]),
            ("TR", "en", "health food digital",
             "Personalised nutrition tools for older adults",
             "A group of members is looking for digital tools that adapt menus to nutritional "
             "needs in care homes and at home; partners with clinical validation preferred.",
             ["personalised nutrition", "ageing", "digital tools"]),
            ("BO", "fr", "food market",
             "Accueil d'entreprises canadiennes sur le marché français",
             "Programme d'accueil pour les entreprises agroalimentaires canadiennes : "
             "rencontres avec des distributeurs, des industriels et des laboratoires.",
             ["soft landing", "distribution", "marché français"]),
        ],
    ),
    org(
        "pole-optitec",
        "Pôle OPTITEC",
        "cluster", "FR", EU, "", "",
        "French cluster organisation that took part in the EU delegation to the EU–Canada "
        "Cluster Matchmaking Event 2019 (ECCP, matchmaking events feedback). " + ILLUSTRATIVE,
        ["Electronics", "Aerospace & defence", "Health"], ["26.70", "26.51", "72.19"],
        ["Micro/nano-electronics and photonics"], None, None,
        ["f:Chargée de mission internationale", "Business Developer, Photonics & Imaging"],
        [
            ("TO", "en", "photonics ocean",
             "Optics and imaging expertise for harsh environments",
             "Member companies design cameras, lidars and optical sensors for space, defence "
             "and subsea use. We offer partnering with Canadian integrators of ocean and "
             "aerospace systems.",
             ["imaging", "optical sensors", "subsea", "lidar"]),
            ("BR", "fr", "photonics agri",
             "Partenaires canadiens en imagerie hyperspectrale",
             "Nos membres cherchent des utilisateurs et des intégrateurs canadiens pour "
             "l'imagerie hyperspectrale appliquée à l'agriculture et au tri alimentaire.",
             ["imagerie hyperspectrale", "agriculture", "tri optique"]),
            ("RDR", "en", "photonics health",
             "Photonics for medical diagnostics",
             "We are building a consortium on optical biopsy and point-of-care diagnostics "
             "and look for Canadian research groups and hospitals.",
             ["biophotonics", "diagnostics", "point of care"]),
            ("BO", "en", "photonics market",
             "Gateway to French photonics SMEs",
             "We introduce Canadian companies to French photonics firms, test facilities and "
             "laboratories, and help them prepare visits.",
             ["photonics", "network", "France"]),
        ],
    ),
    org(
        "ni-cat",
        "Ni CAT – Niš Cluster of Advanced Technologies",
        "cluster", "RS", EU, "Niš", "",
        "Serbian cluster of advanced technologies from Niš, which gave feedback on EU–Canada "
        "cooperation to the European Cluster Collaboration Platform. " + ILLUSTRATIVE,
        ["Digital", "Electronics"], ["62.01", "26.11", "71.12"],
        ["Artificial intelligence", "Advanced manufacturing"], None, None,
        ["Cluster Manager", "Business Development Manager"],
        [
            ("TO", "en", "digital mfg",
             "Embedded software and IoT development teams",
             "Member companies design firmware, hardware and cloud back-ends for industrial "
             "IoT; they are looking for Canadian clients and co-development partners.",
             ["embedded software", "IoT", "firmware", "nearshoring"]),
            ("BR", "en", "digital market",
             "Canadian partners for joint software and electronics projects",
             "We want to meet Canadian clusters whose members outsource or co-develop "
             "software and electronics, and to agree a cluster-to-cluster cooperation.",
             ["software development", "electronics", "cooperation"]),
            ("TO", "en", "mfg ai",
             "Machine vision for quality control on production lines",
             "Members have delivered vision-based inspection for metal processing and "
             "electronics assembly and can adapt it to new lines.",
             ["machine vision", "quality control", "inspection"]),
            ("RDR", "en", "ai mfg",
             "Predictive maintenance with machine learning",
             "Partners wanted for a joint project on fault prediction from vibration and "
             "energy data in manufacturing plants.",
             ["predictive maintenance", "machine learning", "vibration"]),
        ],
    ),
    org(
        "media-evolution",
        "Media Evolution",
        "cluster", "SE", EU, "", "",
        "Swedish media and creative industries cluster, invited to present at the Toronto "
        "event for the MobiGoIn-Action partnership (ECCP community news). " + ILLUSTRATIVE,
        ["Cultural and creative industries (CCI)", "Digital"], ["59.11", "58.21", "62.01"],
        ["Artificial intelligence", "Security and connectivity"], None, None,
        ["International Coordinator", "Project Manager, Creative Tech"],
        [
            ("BO", "en", "media market",
             "MobiGoIn-Action: international partners for creative and media companies",
             "We present the MobiGoIn-Action partnership and invite Canadian creative clusters "
             "to plan exchanges, joint showcases and company missions.",
             ["creative industries", "internationalisation", "partnership"]),
            ("BR", "en", "media",
             "Canadian games and interactive media clusters for co-production",
             "Our members look for co-production partners and publishers in Canada, and for "
             "clusters that can host a soft-landing week.",
             ["games", "co-production", "interactive media"]),
            ("TO", "en", "media digital health",
             "Game design and immersive tech applied to industry and health",
             "Studios in our network build serious games, VR training and patient-facing apps; "
             "they want Canadian industrial or health partners to pilot them.",
             ["serious games", "VR", "training", "health"]),
            ("RDR", "en", "media ai",
             "AI for audience insight in media",
             "We want research partners on recommendation and audience analytics that respect "
             "privacy, for a joint proposal.",
             ["audience analytics", "recommendation", "privacy"]),
        ],
    ),
    org(
        "klaster-ltpp",
        "Klaster LTPP",
        "cluster", "PL", EU, "", "https://www.klasterlogtrans.pl",
        "Polish logistics and transport cluster; at the 2019 event it was represented by the "
        "head of its international programmes office (Klaster LTPP news, 12 June 2019). "
        + ILLUSTRATIVE,
        ["Mobility-Transport-Automotive"], ["52.29", "49.41", "52.10"],
        ["Artificial intelligence", "Security and connectivity"], None, None,
        ["Head of International Programmes Office", "Specjalista ds. projektów"],
        [
            ("BO", "en", "logistics market",
             "Polish logistics SMEs looking for Canadian partners",
             "Forwarders, warehouse operators and transport software firms from our cluster "
             "want partners for Canada–EU flows after CETA, including rail and sea links.",
             ["logistics", "forwarding", "CETA", "Poland"]),
            ("TR", "pl", "ai logistics",
             "Sztuczna inteligencja w planowaniu transportu intermodalnego",
             "Członkowie klastra szukają rozwiązań AI do planowania przewozów intermodalnych "
             "i przewidywania opóźnień na terminalach; chętnie nawiążemy współpracę z "
             "partnerami z Kanady.",
             ["intermodal", "planowanie transportu", "sztuczna inteligencja"]),
            ("RDR", "en", "logistics ocean",
             "Smart port–hinterland corridors",
             "Partners wanted for a research project linking port community systems with "
             "inland terminals and rail operators.",
             ["port community system", "hinterland", "rail", "corridor"]),
            ("BR", "en", "logistics seafood",
             "Cold-chain partners for seafood imports",
             "Members handling chilled and frozen food seek Canadian exporters and "
             "cold-chain operators for seafood flows into Central Europe.",
             ["cold chain", "seafood", "import", "Central Europe"]),
        ],
    ),
    org(
        "sofia-city-of-knowledge",
        "Sofia – City of Knowledge",
        "cluster", "BG", EU, "Sofia", "",
        "Bulgarian cluster (Клъстер „София – град на знанието“); the only Bulgarian cluster in "
        "the EU delegation to the 2019 event, where a representative took part in the "
        "meetings (the cluster's own news item). " + ILLUSTRATIVE,
        ["Digital", "Proximity, social economy and civil society"], ["70.22", "62.02"],
        ["Artificial intelligence"], None, None,
        ["Cluster representative, innovation strategy"],
        [
            ("BO", "en", "digital market",
             "Bulgarian innovation and ICT partners for Canadian companies",
             "The cluster connects knowledge-intensive firms in Sofia and can help Canadian "
             "companies find IT and consulting partners for European projects.",
             ["ICT", "innovation consulting", "Bulgaria"]),
            ("BR", "bg", "ai digital",
             "Партньори за съвместни проекти в областта на изкуствения интелект",
             "Търсим канадски клъстери и компании за съвместни проекти по приложен "
             "изкуствен интелект и дигитална трансформация на МСП.",
             ["изкуствен интелект", "дигитална трансформация", "МСП"]),
        ],
        names="BG",
    ),
]

INVENTED_EU = [
    org(
        "donauhafen-food-innovation-cluster",
        "Donauhafen Food Innovation Cluster",
        "cluster", "AT", EU, "Upper Austria", "https://donauhafen-food.example",
        "Cluster of food processors, machine builders and research groups along the Danube, "
        "working on plant-based products and hygienic processing. " + INVENTED,
        ["Agri-food"], ["10.89", "10.61", "28.99"],
        ["Life-science technologies", "Advanced manufacturing"], 118, 2008,
        ["f:Clustermanagerin", "m:Projektmanager Internationalisierung"],
        [
            ("TO", "de", "protein food mfg",
             "Pilotanlage für Nassextrusion pflanzlicher Proteine",
             "Ein Mitglied betreibt eine Extrusionslinie im Technikumsmaßstab (bis 150 kg/h) "
             "und bietet Versuche mit Erbsen-, Ackerbohnen- und Rapsprotein an, einschließlich "
             "Sensorik und Texturanalyse.",
             ["Extrusion", "Pflanzenprotein", "Technikum", "Fleischalternativen"]),
            ("BR", "en", "protein food",
             "Supply of high-protein pulse flours from Canada",
             "Austrian bakeries and pasta makers in the cluster want reliable suppliers of "
             "pulse flours and concentrates with consistent protein content and low "
             "microbial load.",
             ["pulse flour", "bakery", "pasta", "sourcing"]),
            ("RDR", "de", "food digital",
             "Hygienic Design und Inline-Sensorik in der Lebensmittelverarbeitung",
             "Für ein gemeinsames Forschungsprojekt suchen wir Partner mit Erfahrung in "
             "Inline-Messung von Feuchte und Protein sowie in reinigungsgerechter "
             "Anlagenkonstruktion.",
             ["Hygienic Design", "Inline-Sensorik", "Prozessüberwachung"]),
            ("BO", "en", "food market",
             "Entry point to Austrian and Central European food retail",
             "We help Canadian ingredient and food companies meet Austrian processors and "
             "retail buyers and prepare product listings for German-speaking markets.",
             ["market entry", "retail", "DACH"]),
        ],
    ),
    org(
        "inntal-lasertech-cluster",
        "Inntal Lasertech Cluster",
        "cluster", "AT", EU, "Tyrol", "https://inntal-lasertech.example",
        "Network of laser, optics and precision-engineering firms in western Austria with two "
        "university partners. " + INVENTED,
        ["Electronics", "Health"], ["26.70", "28.41", "72.19"],
        ["Micro/nano-electronics and photonics", "Advanced manufacturing"], 64, 2011,
        ["m:Geschäftsführer", "Technology Scout"],
        [
            ("TO", "en", "photonics mfg",
             "Ultrashort-pulse laser micromachining for medical devices",
             "Members structure stents, catheters and microfluidic chips with femtosecond "
             "lasers and offer contract development to Canadian med-tech firms.",
             ["femtosecond laser", "micromachining", "medical devices"]),
            ("TO", "de", "photonics mfg",
             "Optische Inline-Qualitätsprüfung für die Fertigung",
             "Unsere Mitglieder liefern Messsysteme auf Basis von Streifenprojektion und "
             "konfokaler Sensorik zur 100-%-Prüfung von Präzisionsteilen.",
             ["Qualitätsprüfung", "optische Messtechnik", "Präzisionsteile"]),
            ("BR", "en", "photonics market",
             "Canadian distributors for optical metrology",
             "We look for distributors and system integrators in Ontario and Quebec for "
             "optical measurement equipment.",
             ["distribution", "metrology", "Ontario", "Quebec"]),
        ],
    ),
    org(
        "weserbogen-maritime-technology-cluster",
        "Weserbogen Maritime Technology Cluster",
        "cluster", "DE", EU, "Bremen", "https://weserbogen-maritime.example",
        "Maritime cluster of shipyards, suppliers, offshore-wind service firms and institutes "
        "on the German North Sea coast. " + INVENTED,
        ["Mobility-Transport-Automotive", "Energy-renewables"], ["30.11", "33.15", "35.11"],
        ["Advanced manufacturing", "Security and connectivity"], 142, 2006,
        ["m:Clustermanager", "f:Projektleiterin Offshore-Wind", "International Business Developer"],
        [
            ("TO", "en", "ship energy",
             "Battery-hybrid retrofit packages for workboats and ferries",
             "A consortium of members has converted a dozen vessels to battery-hybrid "
             "operation and offers design, integration and class approval support.",
             ["hybrid propulsion", "retrofit", "class approval", "ferries"]),
            ("TO", "de", "energy ocean",
             "Betriebs- und Wartungskonzepte für Offshore-Windparks",
             "Mitgliedsunternehmen bieten Planung, Logistik und digitale Zustandsüberwachung "
             "für den Betrieb von Offshore-Windparks an und suchen Projekte vor der Küste "
             "Kanadas.",
             ["Offshore-Wind", "Wartung", "Zustandsüberwachung"]),
            ("RDR", "en", "ocean ai",
             "Autonomous inspection of offshore structures",
             "We are preparing a proposal on drones and underwater robots for inspecting "
             "foundations and cables, and want Canadian partners with cold-water test sites.",
             ["underwater robotics", "inspection", "offshore"]),
            ("BR", "en", "ship market",
             "Canadian shipbuilders for supplier partnerships",
             "German marine equipment makers want to meet Canadian yards building ferries, "
             "patrol and research vessels.",
             ["shipyards", "marine equipment", "supply chain"]),
            ("TR", "en", "ocean digital",
             "Ocean data services for offshore planning",
             "Members need met-ocean and ice data services for projects in the North "
             "Atlantic and want to hear from Canadian data providers.",
             ["met-ocean data", "ice", "North Atlantic"]),
        ],
    ),
    org(
        "elbaue-fertigung-cluster",
        "Elbaue Fertigung 4.0 Cluster",
        "cluster", "DE", EU, "Saxony", "https://elbaue-fertigung.example",
        "Manufacturing cluster of machine builders, automation firms and research institutes "
        "in Saxony, focused on Industry 4.0 for small and medium manufacturers. " + INVENTED,
        ["Electronics", "Mobility-Transport-Automotive"], ["28.99", "28.49", "25.62"],
        ["Advanced manufacturing", "Artificial intelligence"], 96, 2012,
        ["m:Netzwerkmanager", "f:Leiterin Forschungskooperationen", "Business Development Manager"],
        [
            ("TO", "en", "mfg digital",
             "Retrofit sensor kits and edge gateways for legacy machine tools",
             "Members have connected more than 400 older machines in German SMEs using "
             "clip-on sensors and open OPC UA gateways; they seek Canadian pilot users.",
             ["retrofit", "OPC UA", "edge gateway", "machine tools"]),
            ("TO", "en", "mfg materials",
             "Process monitoring for laser powder-bed fusion",
             "A research member offers melt-pool monitoring and data analytics to cut "
             "qualification time for additive parts.",
             ["additive manufacturing", "melt pool", "qualification"]),
            ("RDR", "de", "mfg ai",
             "Kollaborative Robotik für kleine Losgrößen",
             "Gesucht werden Forschungspartner für ein Verbundprojekt zu schnell "
             "umrüstbaren Cobot-Zellen in der spanenden Fertigung.",
             ["Cobots", "kleine Losgrößen", "Zerspanung"]),
            ("BR", "en", "mfg market",
             "Ontario partners for a German–Canadian Industry 4.0 testbed",
             "We want a Canadian cluster or centre to twin with our testbed and exchange SME "
             "visits in 2020.",
             ["testbed", "twinning", "Industry 4.0"]),
            ("TR", "de", "materials mfg",
             "Fügetechnik für Mischbauweisen",
             "Zulieferer suchen Know-how zum Kleben und Nieten von Aluminium-Faserverbund-"
             "Strukturen für Batteriegehäuse.",
             ["Mischbauweise", "Fügetechnik", "Batteriegehäuse"]),
        ],
    ),
    org(
        "rhein-neckar-gesundheitsdaten-cluster",
        "Rhein-Neckar Gesundheitsdaten Cluster",
        "cluster", "DE", EU, "Baden-Württemberg", "https://rn-gesundheitsdaten.example",
        "Cluster of hospitals, health-IT firms and universities working on the secure use of "
        "health data. " + INVENTED,
        ["Health", "Digital"], ["86.90", "62.01", "72.19"],
        ["Artificial intelligence", "Security and connectivity", "Life-science technologies"],
        57, 2014,
        ["f:Geschäftsführerin", "m:Projektmanager Digital Health"],
        [
            ("TO", "en", "health digital ai",
             "Federated analysis of clinical data across hospitals",
             "Members run a federated platform that trains models on data kept in each "
             "hospital; they offer it for joint studies with Canadian partners.",
             ["federated learning", "clinical data", "GDPR"]),
            ("RDR", "de", "health ai",
             "KI-gestützte Diagnostik in der Radiologie",
             "Für eine gemeinsame Studie suchen wir kanadische Kliniken und Start-ups mit "
             "Erfahrung in der Validierung von KI-Modellen für Bildgebung.",
             ["Radiologie", "KI-Validierung", "Bildgebung"]),
            ("BO", "en", "health market",
             "Support for Canadian precision-health companies entering the EU",
             "We help precision-health firms navigate German reimbursement and hospital "
             "procurement and want to meet companies preparing to enter Europe.",
             ["precision health", "market entry", "reimbursement"]),
            ("TO", "en", "health ai",
             "CE-marked AI triage for chest X-rays",
             "A member start-up's triage software flags urgent chest X-rays and is in use in "
             "eleven German hospitals; it seeks a Canadian validation site.",
             ["radiology", "triage", "CE marking", "chest X-ray"]),
        ],
    ),
    org(
        "klastr-hanacke-strojirenstvi",
        "Klastr Hanácké strojírenství",
        "cluster", "CZ", EU, "Olomouc Region", "https://hanacke-strojirenstvi.example",
        "Cluster of mechanical engineering firms, foundries and a technical university in "
        "central Moravia. " + INVENTED,
        ["Energy-intensive industries (EII)", "Mobility-Transport-Automotive"],
        ["25.62", "28.30", "24.10"], ["Advanced manufacturing", "Advanced materials"], 48, 2009,
        ["m:Manažer klastru", "Export Manager"],
        [
            ("TO", "cs", "mfg agri",
             "Výroba dílů pro zemědělské stroje na zakázku",
             "Členové klastru nabízejí obrábění, svařování a povrchové úpravy dílů pro "
             "výrobce zemědělské techniky a hledají odběratele v Kanadě.",
             ["obrábění", "zemědělské stroje", "subdodávky"]),
            ("BR", "en", "mfg market",
             "Canadian OEMs of agricultural and mining machinery",
             "Our members want to become suppliers to Canadian machinery makers and would "
             "like introductions to purchasing teams.",
             ["agricultural machinery", "mining equipment", "supplier"]),
            ("TO", "en", "protein mfg agri",
             "Classifier mills and sifting lines for pulse flours",
             "A member builds impact-classifier mills and sifting lines that separate pulse "
             "flours into protein-rich and starch-rich fractions, from 200 kg/h test rigs to "
             "production scale, and offers trials on customers' raw material.",
             ["air classification", "classifier mill", "pulse flour", "dry fractionation"]),
            ("TR", "en", "mfg ai",
             "Affordable machine vision for weld inspection",
             "We seek partners that can supply and adapt vision-based weld inspection for "
             "small series.",
             ["weld inspection", "machine vision", "small series"]),
        ],
    ),
    org(
        "vltava-ai-data-cluster",
        "Vltava AI & Data Cluster",
        "cluster", "CZ", EU, "Prague", "https://vltava-ai.example",
        "Prague cluster of AI start-ups, software firms and university labs. " + INVENTED,
        ["Digital"], ["62.01", "63.11", "72.19"], ["Artificial intelligence"], 73, 2016,
        ["f:Ředitelka klastru", "Partnership Manager"],
        [
            ("TO", "en", "ai logistics",
             "Route and load optimisation engines for freight operators",
             "Member start-ups offer optimisation software already used by Central European "
             "carriers and want Canadian pilot customers.",
             ["route optimisation", "freight", "SaaS"]),
            ("TO", "cs", "ai mfg",
             "Prediktivní údržba pro průmyslové provozy",
             "Nabízíme řešení strojového učení pro predikci poruch z vibračních a "
             "provozních dat, ověřené ve strojírenství a energetice.",
             ["prediktivní údržba", "strojové učení", "průmysl 4.0"]),
            ("BR", "en", "ai market",
             "Montréal AI partners for a Czech–Canadian exchange",
             "We want to meet Canadian AI hubs interested in start-up exchanges and joint "
             "calls.",
             ["start-up exchange", "AI hubs", "joint calls"]),
            ("RDR", "en", "ai food logistics",
             "Forecasting fresh-produce demand with weather and event data",
             "Research partners wanted to extend our forecasting models to perishables in "
             "North American retail.",
             ["forecasting", "fresh produce", "retail"]),
        ],
    ),
    org(
        "kattegat-blue-economy-cluster",
        "Kattegat Blue Economy Cluster",
        "cluster", "DK", EU, "Central Denmark Region", "https://kattegat-blue.example",
        "Danish cluster for the blue economy: aquaculture, offshore wind, marine technology "
        "and ports. " + INVENTED,
        ["Energy-renewables", "Agri-food", "Mobility-Transport-Automotive"],
        ["03.21", "35.11", "52.22"],
        ["Security and connectivity", "Advanced manufacturing"], 88, 2013,
        ["Cluster Director", "Senior Project Manager, Aquaculture", "Innovation Consultant"],
        [
            ("TO", "en", "seafood ai",
             "Camera-based sea-lice counting and feeding control",
             "Member firms sell vision systems that count sea lice and adjust feeding in real "
             "time; they want pilot sites in Atlantic Canada.",
             ["sea lice", "aquaculture", "machine vision"]),
            ("TO", "en", "energy ocean",
             "Offshore wind supply chain know-how",
             "We share lessons from three decades of Danish offshore wind and can match "
             "Canadian developers with experienced suppliers.",
             ["offshore wind", "supply chain", "installation"]),
            ("RDR", "en", "seafood food",
             "Recirculating aquaculture systems in cold climates",
             "We are building a research consortium on land-based RAS for salmon and want "
             "Canadian partners with hatcheries or test facilities.",
             ["RAS", "land-based aquaculture", "salmon"]),
            ("BR", "en", "ocean logistics",
             "Ports interested in green shore power",
             "Our port members want to exchange with Canadian ports on shore power and "
             "electrified harbour equipment.",
             ["shore power", "green ports", "electrification"]),
            ("TR", "en", "ocean digital",
             "Subsea data links for fish farms",
             "Members are looking for robust underwater communication and sensor networks to "
             "monitor pens in rough sea.",
             ["underwater communication", "sensor network", "fish farm"]),
        ],
    ),
    org(
        "cluster-agroproteina-ebro",
        "Clúster Agroproteína del Ebro",
        "cluster", "ES", EU, "Aragón", "https://agroproteina-ebro.example",
        "Spanish cluster of farmers' cooperatives, feed and food producers and research "
        "centres in the Ebro valley working on protein crops. " + INVENTED,
        ["Agri-food"], ["01.11", "10.91", "10.89"],
        ["Life-science technologies"], 54, 2015,
        ["Gerente del clúster", "Responsable de proyectos europeos"],
        [
            ("RDR", "es", "protein agri",
             "Mejora de variedades de guisante y haba para clima semiárido",
             "Buscamos socios canadienses en mejora genética y agronomía de leguminosas para "
             "un proyecto conjunto sobre rendimiento y contenido proteico.",
             ["leguminosas", "mejora genética", "proteína"]),
            ("TO", "en", "protein food",
             "Feed-grade protein concentrates from Spanish pulses",
             "Cooperatives in the cluster produce protein concentrates for feed and want "
             "partners for processing technology and new markets.",
             ["feed", "protein concentrate", "cooperatives"]),
            ("BR", "es", "protein mfg",
             "Tecnología de fraccionamiento en seco",
             "Nuestras cooperativas buscan proveedores de tecnología de molienda y "
             "clasificación por aire para producir concentrados proteicos.",
             ["fraccionamiento", "clasificación por aire", "concentrados"]),
        ],
    ),
    org(
        "cluster-mar-de-fisterra",
        "Clúster Tecnológico Mar de Fisterra",
        "cluster", "ES", EU, "Galicia", "https://mar-de-fisterra.example",
        "Galician cluster of fishing, seafood processing, shipbuilding and marine technology "
        "companies. " + INVENTED,
        ["Agri-food", "Mobility-Transport-Automotive"], ["10.20", "30.11", "03.11"],
        ["Advanced manufacturing", "Life-science technologies"], 131, 2007,
        ["m:Director técnico", "Responsable de internacionalización", "Project Manager"],
        [
            ("TO", "es", "seafood food",
             "Valorización de subproductos de la pesca",
             "Empresas del clúster producen colágeno, gelatina y harinas a partir de "
             "subproductos del procesado de pescado y buscan socios en Canadá.",
             ["subproductos", "colágeno", "economía circular"]),
            ("TO", "en", "ship",
             "Design and building of fishing and research vessels",
             "Member yards design and build trawlers, longliners and research ships up to 90 m "
             "and want to meet Canadian fleets planning renewals.",
             ["shipbuilding", "fishing vessels", "research vessels"]),
            ("BR", "en", "seafood logistics market",
             "Canadian snow crab and lobster suppliers",
             "Processors in Galicia are looking for steady supply of Canadian shellfish under "
             "CETA tariff cuts.",
             ["snow crab", "lobster", "sourcing", "CETA"]),
            ("RDR", "en", "ocean ai seafood",
             "Electronic monitoring on board fishing vessels",
             "We are preparing a project on cameras and AI for catch documentation and want "
             "Canadian partners.",
             ["electronic monitoring", "catch documentation", "AI"]),
            ("TO", "es", "seafood energy",
             "Congeladores de placas de bajo consumo",
             "Un fabricante del clúster diseña congeladores de placas y túneles con "
             "refrigerantes naturales que reducen el consumo eléctrico de las plantas de "
             "procesado.",
             ["congelación", "eficiencia energética", "refrigerantes naturales"]),
        ],
    ),
    org(
        "cluster-salud-digital-levante",
        "Clúster Salud Digital Levante",
        "cluster", "ES", EU, "Valencian Community", "https://salud-levante.example",
        "Cluster of health-technology companies, hospitals and research institutes on the "
        "Spanish Mediterranean coast. " + INVENTED,
        ["Health", "Digital"], ["32.50", "62.01", "86.90"],
        ["Life-science technologies", "Artificial intelligence"], 66, 2017,
        ["f:Coordinadora de innovación", "Business Developer"],
        [
            ("TO", "en", "health digital",
             "Remote monitoring of chronic patients",
             "Member companies run home-monitoring services for heart failure and COPD in "
             "public health systems and want Canadian partners.",
             ["remote monitoring", "chronic disease", "telehealth"]),
            ("RDR", "es", "health ai",
             "Validación clínica de algoritmos de IA",
             "Buscamos hospitales y grupos de investigación en Canadá para validar "
             "algoritmos de apoyo al diagnóstico con datos de pacientes reales.",
             ["validación clínica", "inteligencia artificial", "diagnóstico"]),
            ("BR", "en", "health media",
             "Serious games for rehabilitation",
             "Hospitals in the cluster want game-based rehabilitation tools for stroke "
             "patients.",
             ["rehabilitation", "serious games", "stroke"]),
        ],
    ),
    org(
        "saimaa-bioprocess-cluster",
        "Saimaa Bioprocess Cluster",
        "cluster", "FI", EU, "South Karelia", "https://saimaa-bioprocess.example",
        "Finnish cluster of forest-industry, chemistry and energy firms turning wood and side "
        "streams into materials and fuels. " + INVENTED,
        ["Energy-intensive industries (EII)", "Energy-renewables"], ["17.11", "20.14", "35.11"],
        ["Advanced materials", "Life-science technologies"], 42, 2010,
        ["Cluster Manager", "Development Manager, Bioproducts"],
        [
            ("TO", "en", "materials energy",
             "Lignin and cellulose-based materials",
             "Members produce lignin fractions and microfibrillated cellulose for composites, "
             "packaging and adhesives, and seek Canadian users and co-developers.",
             ["lignin", "cellulose", "bio-based materials"]),
            ("RDR", "en", "energy materials",
             "Biorefinery side streams to renewable fuels",
             "We want research partners in Canada's forest sector to study conversion of "
             "sawdust and bark to advanced biofuels.",
             ["biorefinery", "biofuels", "forest residues"]),
            ("BR", "en", "materials mfg",
             "Automotive and construction users of bio-composites",
             "We look for Canadian manufacturers ready to test wood-fibre composites in parts.",
             ["bio-composites", "automotive", "construction"]),
        ],
    ),
    org(
        "pohjola-sensorics-cluster",
        "Pohjola Sensorics Cluster",
        "cluster", "FI", EU, "North Ostrobothnia", "https://pohjola-sensorics.example",
        "Finnish cluster of electronics, wireless and printed-sensor companies. " + INVENTED,
        ["Electronics", "Digital"], ["26.11", "26.30", "61.20"],
        ["Micro/nano-electronics and photonics", "Security and connectivity"], 58, 2012,
        ["Cluster Manager", "Head of Business Development"],
        [
            ("TO", "en", "digital mfg",
             "Private 5G networks for factories and mines",
             "Members design and run private wireless networks for industrial sites and offer "
             "trials to Canadian manufacturers and mining operators.",
             ["private 5G", "industrial wireless", "mining"]),
            ("TO", "en", "photonics health",
             "Printed and flexible sensors",
             "A member offers roll-to-roll printed sensors for health patches and smart "
             "packaging and looks for product partners.",
             ["printed electronics", "flexible sensors", "wearables"]),
            ("BR", "en", "digital ocean",
             "Canadian partners for Arctic connectivity projects",
             "We want to meet Canadian clusters working on connectivity in remote northern "
             "and coastal areas.",
             ["Arctic", "connectivity", "remote areas"]),
            ("TO", "en", "digital cyber mfg",
             "Hardened gateways for sharing industrial data across companies",
             "A member's gateway signs, filters and logs every data exchange between plants "
             "and partners; it is certified for critical infrastructure in Finland.",
             ["data sharing", "cybersecurity", "industrial gateway", "data spaces"]),
        ],
    ),
    org(
        "tisza-agri-digital-cluster",
        "Tisza Agri-Digital Cluster",
        "cluster", "HU", EU, "Southern Great Plain", "https://tisza-agridigital.example",
        "Hungarian cluster of farms, agricultural machinery dealers and software firms "
        "working on precision farming. " + INVENTED,
        ["Agri-food", "Digital"], ["01.61", "28.30", "62.01"],
        ["Artificial intelligence", "Security and connectivity"], 39, 2016,
        ["Klasztermenedzser", "Precision Farming Specialist"],
        [
            ("TO", "en", "agri digital",
             "Farm management software with soil and yield mapping",
             "Members develop software that combines soil maps, yield data and satellite "
             "images for variable-rate seeding and fertilising.",
             ["precision farming", "yield mapping", "variable rate"]),
            ("TR", "hu", "agri ai",
             "Drónos növényvédelmi megoldások",
             "Tagjaink olyan partnereket keresnek, akik drónos permetezési és "
             "kártevő-felismerési technológiát tudnak kínálni nagy táblás gazdaságoknak.",
             ["drón", "növényvédelem", "kártevő-felismerés"]),
            ("BR", "en", "agri protein market",
             "Canadian seed and pulse companies for trials in Hungary",
             "Our farms would host field trials of Canadian pea and lentil varieties.",
             ["field trials", "pulses", "seed"]),
        ],
    ),
    org(
        "nemunas-photonics-cluster",
        "Nemunas Photonics Cluster",
        "cluster", "LT", EU, "Kaunas", "https://nemunas-photonics.example",
        "Lithuanian cluster of laser makers, optics firms and university laboratories. "
        + INVENTED,
        ["Electronics", "Health"], ["26.70", "27.90", "72.19"],
        ["Micro/nano-electronics and photonics"], 34, 2013,
        ["f:Klasterio vadovė", "Sales Director, Scientific Lasers"],
        [
            ("TO", "en", "photonics mfg",
             "Tunable and ultrafast lasers for research and industry",
             "Members build tunable and femtosecond lasers and want Canadian research "
             "institutes and integrators as customers and partners.",
             ["ultrafast lasers", "tunable lasers", "scientific instruments"]),
            ("TO", "lt", "photonics agri",
             "Spektrinės kameros maisto ir žemės ūkio kontrolei",
             "Klasterio įmonės kuria hiperspektrines kameras maisto kokybei ir pasėlių "
             "būklei vertinti; ieškome partnerių Kanadoje.",
             ["hiperspektrinės kameros", "maisto kokybė", "pasėliai"]),
            ("RDR", "en", "photonics ocean",
             "Laser-based sensing for water quality",
             "We seek Canadian ocean-technology partners to test laser-induced fluorescence "
             "sensors at sea.",
             ["LIF sensors", "water quality", "ocean testing"]),
        ],
    ),
    org(
        "polo-tejo-manufatura-avancada",
        "Polo Tejo Manufatura Avançada",
        "cluster", "PT", EU, "Lisbon and Tagus Valley", "https://polo-tejo.example",
        "Portuguese cluster of mould makers, plastics and metal-parts suppliers and "
        "engineering schools. " + INVENTED,
        ["Mobility-Transport-Automotive", "Energy-intensive industries (EII)"],
        ["22.29", "25.62", "28.99"], ["Advanced manufacturing", "Advanced materials"], 77, 2011,
        ["f:Gestora do cluster", "m:Engenheiro de projetos internacionais"],
        [
            ("TO", "pt", "mfg materials",
             "Moldes e peças técnicas para a indústria automóvel",
             "As empresas do cluster projetam e fabricam moldes de injeção e peças técnicas "
             "em plástico e metal; procuram clientes e parceiros no Canadá.",
             ["moldes", "injeção", "automóvel"]),
            ("TO", "en", "mfg materials",
             "Hybrid additive and subtractive tooling",
             "Members print conformal-cooled mould inserts and finish them by machining, "
             "cutting cycle times by up to 30%.",
             ["conformal cooling", "tooling", "additive manufacturing"]),
            ("BR", "en", "mfg market",
             "Ontario automotive suppliers looking for tooling partners",
             "We want to meet Canadian tier-1 and tier-2 suppliers that buy moulds and dies "
             "abroad.",
             ["tier-1 suppliers", "moulds", "dies"]),
            ("TO", "pt", "mfg ai",
             "Células colaborativas para acabamento de moldes",
             "Um membro desenvolveu células com robôs colaborativos para polimento e "
             "alimentação de máquinas em pequenas séries, já instaladas em seis PME.",
             ["robôs colaborativos", "polimento", "pequenas séries"]),
        ],
    ),
    org(
        "cluster-costa-vicentina-mar",
        "Cluster Costa Vicentina Mar",
        "cluster", "PT", EU, "Alentejo", "https://costa-vicentina-mar.example",
        "Portuguese blue-economy cluster of aquaculture, seaweed, marine biotech and ocean "
        "monitoring firms. " + INVENTED,
        ["Agri-food", "Health", "Energy-renewables"], ["03.21", "72.11", "26.51"],
        ["Life-science technologies", "Security and connectivity"], 45, 2015,
        ["f:Coordenadora do cluster", "Marine Biotech Project Manager"],
        [
            ("TO", "en", "seafood health",
             "Seaweed cultivation and marine bioactives",
             "Members grow seaweed at sea and extract bioactive compounds for food, "
             "cosmetics and feed; they seek Canadian partners.",
             ["seaweed", "bioactives", "marine biotech"]),
            ("RDR", "pt", "ocean digital",
             "Redes de sensores oceânicos de baixo custo",
             "Procuramos parceiros canadianos para um projeto sobre boias e sensores de "
             "baixo custo para monitorização costeira.",
             ["sensores", "boias", "monitorização costeira"]),
            ("BR", "en", "seafood market",
             "Canadian aquaculture operators for integrated multi-trophic trials",
             "We want to run IMTA trials with Canadian salmon and mussel farmers.",
             ["IMTA", "aquaculture", "mussels"]),
            ("TO", "en", "ocean digital",
             "Open coastal observation data portal",
             "The cluster runs a portal that merges buoy, glider and satellite data for the "
             "Portuguese south-west coast under open standards; the software is reusable.",
             ["ocean data", "open standards", "coastal observation"]),
        ],
    ),
    org(
        "clusterul-baragan-proteine-vegetale",
        "Clusterul Bărăgan Proteine Vegetale",
        "cluster", "RO", EU, "South-Muntenia", "https://baragan-proteine.example",
        "Romanian cluster of growers, oilseed crushers, food companies and an agricultural "
        "research station. " + INVENTED,
        ["Agri-food"], ["01.11", "10.41", "10.61"], ["Life-science technologies"], 36, 2017,
        ["Manager de cluster", "Specialist cooperare internațională"],
        [
            ("TO", "ro", "protein agri",
             "Materie primă pentru proteine vegetale: mazăre și soia non-OMG",
             "Membrii clusterului cultivă și procesează mazăre și soia non-OMG și caută "
             "parteneri pentru procesare și export.",
             ["mazăre", "soia non-OMG", "procesare"]),
            ("BR", "en", "protein mfg",
             "Processing technology for sunflower and rapeseed press cake",
             "We want partners that turn press cake into food-grade protein ingredients.",
             ["press cake", "sunflower", "protein ingredients"]),
            ("RDR", "en", "agri digital",
             "Digital field monitoring for smallholders",
             "Partners wanted for a project on affordable field sensors and advisory apps.",
             ["field sensors", "advisory", "smallholders"]),
        ],
    ),
    org(
        "clusterul-somes-smart-mobility",
        "Clusterul Someș Smart Mobility",
        "cluster", "RO", EU, "North-West (Cluj)", "https://somes-mobility.example",
        "Romanian cluster of automotive software, electronics and testing companies. "
        + INVENTED,
        ["Mobility-Transport-Automotive", "Digital"], ["62.01", "29.32", "71.20"],
        ["Artificial intelligence", "Security and connectivity"], 52, 2014,
        ["m:Director executiv", "Business Development Lead"],
        [
            ("TO", "en", "digital mfg",
             "Automotive embedded software and testing",
             "Member firms develop and test embedded software for driver assistance and "
             "electric powertrains and want Canadian OEM and tier-1 clients.",
             ["embedded software", "ADAS", "testing"]),
            ("TO", "en", "ai logistics",
             "Fleet telematics and driver-behaviour analytics",
             "A member's telematics platform runs on 20,000 trucks in Europe and is looking "
             "for a Canadian launch partner.",
             ["telematics", "fleet management", "analytics"]),
            ("BR", "ro", "digital market",
             "Parteneri canadieni în mobilitate conectată",
             "Căutăm clustere și companii din Canada interesate de proiecte comune în "
             "mobilitate conectată și vehicule electrice.",
             ["mobilitate conectată", "vehicule electrice", "parteneriat"]),
        ],
    ),
    org(
        "slobozhanshchyna-digital-manufacturing-cluster",
        "Slobozhanshchyna Digital Manufacturing Cluster",
        "cluster", "UA", EU, "Kharkiv", "https://slobozhanshchyna-dm.example",
        "Ukrainian cluster of engineering companies, software firms and technical universities "
        "working on digital manufacturing. " + INVENTED,
        ["Digital", "Aerospace & defence", "Energy-intensive industries (EII)"],
        ["62.01", "28.29", "71.12"], ["Advanced manufacturing", "Artificial intelligence"],
        61, 2015,
        ["Cluster Coordinator", "CEO, engineering services member", "R&D Director"],
        [
            ("TO", "en", "digital mfg",
             "Engineering simulation and CAD/CAM services",
             "Members provide finite-element analysis, CFD and CAD/CAM programming for "
             "turbines, pumps and aerospace parts, with teams used to working remotely.",
             ["simulation", "CFD", "CAD/CAM", "engineering services"]),
            ("TO", "en", "ai mfg",
             "Computer vision and ML development teams",
             "Software members build computer-vision and machine-learning systems for "
             "industrial and logistics clients.",
             ["computer vision", "machine learning", "outsourcing"]),
            ("BR", "en", "mfg market",
             "Canadian manufacturers seeking engineering partners",
             "We want Canadian clusters to introduce members that need design and "
             "simulation capacity.",
             ["engineering capacity", "partnership", "Canada"]),
            ("RDR", "en", "materials mfg",
             "Additive repair of turbine components",
             "Partners wanted for research on directed-energy deposition to repair worn "
             "turbine and pump parts.",
             ["directed energy deposition", "repair", "turbines"]),
        ],
    ),
    org(
        "klaster-zulawy-agrobio",
        "Klaster Żuławy AgroBio",
        "cluster", "PL", EU, "Pomerania", "https://zulawy-agrobio.example",
        "Polish cluster of food processors, biotech start-ups and growers in the Vistula "
        "delta. " + INVENTED,
        ["Agri-food", "Health"], ["10.39", "72.11", "10.89"],
        ["Life-science technologies"], 44, 2013,
        ["f:Koordynatorka klastra", "Business Development Manager"],
        [
            ("TO", "pl", "protein food",
             "Fermentacja białek roślinnych",
             "Członkowie klastra opracowali procesy fermentacji poprawiające smak i "
             "strawność białek z grochu i bobiku; szukamy partnerów w Kanadzie.",
             ["fermentacja", "białko roślinne", "groch"]),
            ("BR", "en", "protein food market",
             "Canadian ingredient suppliers for Polish plant-based start-ups",
             "Start-ups in the cluster want small-lot supply of pea and oat protein and "
             "partners for product development.",
             ["plant-based", "start-ups", "ingredients"]),
            ("RDR", "en", "food health",
             "Clean-label preservation of fruit and vegetable products",
             "We seek research partners on natural antimicrobials and mild processing.",
             ["clean label", "preservation", "mild processing"]),
            ("TO", "pl", "food health",
             "Naturalne konserwanty z ekstraktów owocowych",
             "Firma z klastra produkuje ekstrakty z aronii i czarnej porzeczki, które "
             "przedłużają trwałość wyrobów mięsnych i piekarniczych bez dodatków E.",
             ["clean label", "ekstrakty owocowe", "trwałość"]),
        ],
    ),
]

INVENTED_CANADA = [
    org(
        "fundy-seafood-innovation-cluster",
        "Fundy Seafood Innovation Cluster",
        "cluster", "CA", CANADA, "New Brunswick", "https://fundy-seafood.example",
        "Network of seafood processors, aquaculture firms and a marine science centre around "
        "the Bay of Fundy. " + INVENTED,
        ["Agri-food"], ["10.20", "03.21", "46.38"], ["Life-science technologies"], 47, 2012,
        ["Executive Director", "Export Development Officer", "Aquaculture Innovation Lead"],
        [
            ("BO", "en", "seafood market",
             "Live and frozen lobster for European processors",
             "Member exporters supply live and frozen lobster and snow crab and want long-term "
             "buyers and processing partners in the EU now that CETA has cut tariffs.",
             ["lobster", "snow crab", "export", "CETA"]),
            ("TR", "en", "seafood food",
             "Marine collagen extraction from fish skins",
             "Processors want proven extraction and drying technology for collagen and "
             "gelatin from salmon and cod skins.",
             ["marine collagen", "fish skins", "by-products"]),
            ("RDR", "en", "seafood ai",
             "Early disease detection in salmon pens",
             "We seek European research partners and suppliers to test sensors and imaging "
             "for early detection of disease and lice.",
             ["fish health", "imaging", "salmon"]),
            ("TR", "en", "seafood logistics",
             "Cold-chain monitoring for air and sea shipments",
             "Exporters want temperature and shock loggers with cloud dashboards accepted by "
             "European buyers.",
             ["cold chain", "data loggers", "export"]),
            ("BR", "en", "seafood energy",
             "Energy-efficient freezing for processing plants",
             "Looking for suppliers of low-energy plate and tunnel freezers.",
             ["freezing", "energy efficiency", "processing plant"]),
        ],
    ),
    org(
        "bluenose-ocean-tech-cluster",
        "Bluenose Ocean Tech Cluster",
        "cluster", "CA", CANADA, "Nova Scotia", "https://bluenose-oceantech.example",
        "Cluster of ocean-technology start-ups, sensor makers and marine service firms around "
        "Halifax harbour. " + INVENTED,
        ["Electronics", "Energy-renewables"], ["26.51", "30.11", "72.19"],
        ["Security and connectivity", "Artificial intelligence"], 63, 2014,
        ["Cluster Manager", "Business Development Director"],
        [
            ("TO", "en", "ocean digital",
             "Cold-water sensor testing in Halifax harbour",
             "Members run a harbour test site with data links and vessel support, open to "
             "European sensor makers that need cold, ice-prone test conditions.",
             ["test site", "cold water", "sensors"]),
            ("TO", "en", "ocean ai",
             "Long-endurance autonomous surface vessels",
             "A member builds wind- and solar-powered surface drones for months-long "
             "monitoring missions and seeks European partners and users.",
             ["autonomous vessels", "USV", "ocean monitoring"]),
            ("TR", "en", "ocean photonics",
             "Underwater imaging and lidar",
             "We look for European optics firms to integrate imaging into our vehicles.",
             ["underwater imaging", "lidar", "integration"]),
            ("BR", "en", "energy ocean",
             "European offshore wind developers exploring Nova Scotia",
             "We want to meet developers and suppliers interested in the emerging Atlantic "
             "Canadian offshore wind market.",
             ["offshore wind", "Nova Scotia", "supply chain"]),
        ],
    ),
    org(
        "grand-lakes-food-processing-cluster",
        "Grand Lakes Food Processing Cluster",
        "cluster", "CA", CANADA, "Ontario", "https://grandlakes-food.example",
        "Ontario cluster of food and beverage processors, co-packers and food science "
        "researchers. " + INVENTED,
        ["Agri-food", "Retail"], ["10.89", "10.51", "10.86"], ["Life-science technologies"],
        112, 2010,
        ["President", "Manager, Innovation Services"],
        [
            ("TO", "en", "food protein",
             "Co-packing and pilot plant for plant-based products",
             "Member co-packers offer pilot runs and contract manufacturing for plant-based "
             "beverages, spreads and snacks for European brands entering Canada.",
             ["co-packing", "pilot plant", "plant-based"]),
            ("TR", "en", "food health",
             "Natural preservation and shelf-life extension",
             "Processors want clean-label preservation solutions tested in European markets.",
             ["clean label", "shelf life", "natural preservatives"]),
            ("BR", "en", "food market",
             "European food brands seeking a Canadian partner",
             "We want to meet EU food SMEs that plan to launch in Canada and need a local "
             "manufacturing or distribution partner.",
             ["market entry", "distribution", "food brands"]),
            ("RDR", "en", "food ai",
             "Food safety analytics across processing lines",
             "We seek partners with machine-learning approaches to environmental monitoring "
             "data in food plants.",
             ["food safety", "analytics", "environmental monitoring"]),
        ],
    ),
    org(
        "okanagan-digital-health-cluster",
        "Okanagan Digital Health Cluster",
        "cluster", "CA", CANADA, "British Columbia", "https://okanagan-health.example",
        "British Columbia cluster of digital-health start-ups, clinicians and a university "
        "research institute. " + INVENTED,
        ["Health", "Digital"], ["62.01", "86.90", "72.19"],
        ["Artificial intelligence", "Life-science technologies"], 38, 2016,
        ["Cluster Lead", "Clinical Partnerships Manager"],
        [
            ("TO", "en", "health digital",
             "Virtual care for rural and remote patients",
             "Members deliver remote consultation and monitoring to rural communities and "
             "want European partners for joint pilots.",
             ["virtual care", "rural health", "telemedicine"]),
            ("TR", "en", "health ai",
             "AI tools for radiology triage",
             "Clinics in our network want validated AI tools that prioritise urgent imaging "
             "studies.",
             ["radiology", "triage", "AI validation"]),
            ("BR", "en", "health market",
             "European health-tech clusters for soft landing",
             "Our start-ups plan European pilots and want clusters that can open doors to "
             "hospitals and payers.",
             ["soft landing", "hospitals", "pilots"]),
        ],
    ),
    org(
        "grappe-materiaux-avances-mauricie",
        "Grappe des matériaux avancés de la Mauricie",
        "cluster", "CA", CANADA, "Quebec (Mauricie)", "https://materiaux-mauricie.example",
        "Grappe québécoise d'entreprises de l'aluminium, des composites et des bioproduits "
        "forestiers, avec un centre collégial de transfert. " + INVENTED,
        ["Energy-intensive industries (EII)", "Mobility-Transport-Automotive"],
        ["24.42", "20.16", "22.29"], ["Advanced materials", "Advanced manufacturing"], 51, 2011,
        ["f:Directrice générale", "m:Conseiller en innovation"],
        [
            ("TO", "fr", "materials mfg",
             "Pièces légères en aluminium et composites",
             "Nos membres conçoivent et fabriquent des pièces légères en aluminium et en "
             "composites pour le transport et cherchent des partenaires européens.",
             ["aluminium", "composites", "allègement"]),
            ("RDR", "fr", "materials energy",
             "Composites à base de fibres de bois",
             "Projet de recherche sur les composites renforcés de fibres de bois ou de "
             "cellulose ; recherche de partenaires européens en bioproduits.",
             ["fibres de bois", "biocomposites", "cellulose"]),
            ("TR", "en", "materials mfg",
             "Joining of aluminium to composites",
             "Members look for adhesive bonding and mechanical joining expertise for "
             "multi-material structures.",
             ["joining", "aluminium", "multi-material"]),
        ],
        names="QC",
    ),
    org(
        "grappe-logistique-saint-laurent",
        "Grappe logistique Saint-Laurent",
        "cluster", "CA", CANADA, "Quebec", "https://logistique-saint-laurent.example",
        "Grappe des transporteurs, opérateurs portuaires, entrepôts et expéditeurs le long du "
        "Saint-Laurent. " + INVENTED,
        ["Mobility-Transport-Automotive", "Retail"], ["52.22", "52.10", "50.20"],
        ["Artificial intelligence", "Security and connectivity"], 84, 2012,
        ["m:Directeur général", "f:Chargée de projets", "Analyst, Supply Chain Data"],
        [
            ("BO", "fr", "logistics market",
             "Porte d'entrée logistique vers l'Amérique du Nord",
             "Nos membres offrent transport, entreposage et dédouanement aux entreprises "
             "européennes qui expédient vers le Québec, l'Ontario et le Midwest.",
             ["entreposage", "dédouanement", "Amérique du Nord"]),
            ("TR", "fr", "logistics ai",
             "Outils d'optimisation des tournées et des chargements",
             "Les transporteurs membres cherchent des logiciels d'optimisation éprouvés en "
             "Europe, adaptables au contexte nord-américain.",
             ["optimisation", "tournées", "transport routier"]),
            ("RDR", "en", "logistics ocean",
             "Data sharing between port, rail and trucking",
             "We want partners on port community systems and data standards for a "
             "St. Lawrence corridor pilot.",
             ["port community system", "data standards", "corridor"]),
            ("BR", "en", "logistics seafood",
             "European importers for reefer container services",
             "Members want to meet European importers of chilled and frozen goods for "
             "return flows on Atlantic routes.",
             ["reefer", "containers", "transatlantic"]),
            ("TO", "en", "logistics digital",
             "Truck appointment system deployed at an inland terminal",
             "A member's appointment system cut queues at an inland terminal; it is offered "
             "to European terminals and ports.",
             ["truck appointment", "terminal", "queues"]),
        ],
        names="QC",
    ),
    org(
        "prairie-ag-robotics-cluster",
        "Prairie Ag-Robotics Cluster",
        "cluster", "CA", CANADA, "Alberta", "https://prairie-agrobotics.example",
        "Alberta cluster of agricultural equipment makers, robotics start-ups and growers. "
        + INVENTED,
        ["Agri-food", "Digital"], ["28.30", "01.61", "62.01"],
        ["Artificial intelligence", "Advanced manufacturing"], 29, 2017,
        ["Managing Director", "Technology Transfer Manager"],
        [
            ("TO", "en", "agri ai",
             "Autonomous weeding and scouting robots",
             "Members build field robots for weeding and crop scouting on large farms and "
             "want European dealers and trial farms.",
             ["field robots", "weeding", "crop scouting"]),
            ("TR", "en", "agri digital",
             "Interoperable farm data across machine brands",
             "Growers need software that merges data from mixed fleets; we want European "
             "firms with ISOBUS and data-platform experience.",
             ["ISOBUS", "farm data", "interoperability"]),
            ("BR", "en", "agri photonics",
             "Hyperspectral cameras for crop health",
             "We look for camera makers to integrate into drones and robots.",
             ["hyperspectral", "crop health", "drones"]),
        ],
    ),
    org(
        "red-river-protein-processing-cluster",
        "Red River Protein Processing Cluster",
        "cluster", "CA", CANADA, "Manitoba", "https://redriver-protein.example",
        "Manitoba cluster of pulse and oilseed processors, food manufacturers and a food "
        "development centre. " + INVENTED,
        ["Agri-food"], ["10.61", "10.41", "10.89"],
        ["Life-science technologies", "Advanced manufacturing"], 41, 2018,
        ["Cluster Director", "Food Scientist, Product Development"],
        [
            ("BO", "en", "protein food market",
             "Pea and canola protein isolates for European manufacturers",
             "Member processors offer food-grade pea and canola isolates and concentrates and "
             "want European customers and distributors.",
             ["pea protein isolate", "canola", "ingredients"]),
            ("TR", "en", "protein food",
             "Fermentation to improve flavour of pulse proteins",
             "We seek European partners with fermentation processes that remove off-flavours "
             "from pea and faba proteins.",
             ["fermentation", "off-flavour", "pulses"]),
            ("RDR", "en", "protein mfg",
             "Energy-efficient wet fractionation",
             "Research partners wanted to reduce water and energy use in protein extraction.",
             ["wet fractionation", "water use", "energy"]),
        ],
    ),
    org(
        "grand-river-photonics-cluster",
        "Grand River Photonics Cluster",
        "cluster", "CA", CANADA, "Ontario", "https://grandriver-photonics.example",
        "Ontario cluster of photonics, quantum and optical-sensing firms linked to two "
        "universities. " + INVENTED,
        ["Electronics", "Health"], ["26.70", "26.11", "72.19"],
        ["Micro/nano-electronics and photonics"], 46, 2013,
        ["Executive Director", "Partnerships Manager"],
        [
            ("TO", "en", "photonics mfg",
             "Optical inspection systems for manufacturing",
             "Members offer hyperspectral and 3D optical inspection for food, pharma and "
             "metal parts and want European integrators.",
             ["optical inspection", "3D imaging", "hyperspectral"]),
            ("TR", "en", "photonics",
             "Ultrafast laser sources for research labs",
             "University labs and spin-offs want European suppliers of tunable ultrafast "
             "lasers and service support.",
             ["ultrafast lasers", "research labs", "service"]),
            ("RDR", "en", "photonics health",
             "Photonic sensors for point-of-care testing",
             "We want joint research on low-cost optical biosensors with European partners.",
             ["biosensors", "point of care", "photonics"]),
        ],
    ),
    org(
        "pacific-creative-tech-cluster",
        "Pacific Creative Tech Cluster",
        "cluster", "CA", CANADA, "British Columbia (Vancouver)",
        "https://pacific-creativetech.example",
        "Vancouver cluster of games studios, visual-effects houses and immersive-media "
        "start-ups. " + INVENTED,
        ["Cultural and creative industries (CCI)", "Digital"], ["58.21", "59.12", "62.01"],
        ["Artificial intelligence"], 90, 2015,
        ["Executive Director", "Industry Programs Manager"],
        [
            ("BO", "en", "media market",
             "Co-production and studio partnerships in Vancouver",
             "Member studios look for European co-production partners and can host creative "
             "companies on soft-landing visits.",
             ["co-production", "games", "soft landing"]),
            ("TO", "en", "media digital",
             "XR training simulations for industry",
             "Studios adapt VR and AR to safety and skills training for industrial clients.",
             ["XR", "training", "simulation"]),
            ("TR", "en", "media ai",
             "Privacy-friendly audience analytics",
             "Members want analytics and recommendation tools that meet European privacy "
             "rules for games and streaming.",
             ["audience analytics", "privacy", "recommendation"]),
        ],
    ),
    org(
        "institut-laurentien-recherche-logistique",
        "Institut laurentien de recherche en logistique",
        "research", "CA", CANADA, "Quebec", "https://ilrl.example",
        "Centre de recherche appliquée en logistique et en chaînes d'approvisionnement, "
        "rattaché à une université québécoise. " + INVENTED,
        ["Mobility-Transport-Automotive", "Digital"], ["72.19", "85.42"],
        ["Artificial intelligence"], None, 2009,
        ["f:Professeure et directrice de recherche"],
        [
            ("RDR", "fr", "logistics ai ocean",
             "Simulation de terminaux portuaires et intermodaux",
             "Nous cherchons des partenaires européens pour un projet sur la simulation et "
             "l'optimisation des terminaux portuaires et des corridors ferroviaires.",
             ["simulation", "terminaux portuaires", "optimisation"]),
            ("TO", "en", "logistics ai",
             "Supply-chain simulation and optimisation models",
             "The institute offers joint research and student projects on supply-chain "
             "optimisation with industry partners.",
             ["supply chain", "simulation", "operations research"]),
        ],
        names="QC",
    ),
    org(
        "northhaven-plant-foods",
        "Northhaven Plant Foods Inc.",
        "company", "CA", CANADA, "Saskatchewan", "https://northhaven-foods.example",
        "Saskatchewan start-up making textured plant-protein products from peas and faba "
        "beans. " + INVENTED,
        ["Agri-food"], ["10.89"], ["Life-science technologies"], None, 2016,
        ["CEO", "R&D Director"],
        [
            ("BR", "en", "protein food market",
             "European distribution for textured pea protein",
             "We are looking for distributors and private-label partners in the EU for our "
             "textured pea and faba products.",
             ["textured protein", "private label", "distribution"]),
            ("TR", "en", "protein mfg",
             "Scale-up partner for high-moisture extrusion",
             "We want access to a European extrusion pilot line to develop whole-cut "
             "products before investing in our own line.",
             ["extrusion", "scale-up", "whole cuts"]),
            ("TO", "en", "protein food",
             "Faba bean protein crisps and textured pieces",
             "Ready-to-use textured faba pieces for ready meals and snacks; samples available.",
             ["faba bean", "textured pieces", "snacks"]),
        ],
    ),
]

ORGANISATIONS = SUPERCLUSTERS + NAMED_EU + INVENTED_EU + INVENTED_CANADA
ORGANISATION_NAMES = {organisation["slug"]: organisation["name"] for organisation in ORGANISATIONS}

# --------------------------------------------------------------------------------------------
# Invented people: first and last names are combined by the seeded generator. "A/B" gives the
# masculine and feminine forms of a surname.
# --------------------------------------------------------------------------------------------

NAMES: dict[str, dict[str, list[str]]] = {
    "CA": {
        "m": ["Graham", "Owen", "Darren", "Marcus", "Colin", "Trevor", "Rajiv", "Kevin",
              "Brent", "Dylan", "Wesley", "Harjit", "Spencer", "Logan"],
        "f": ["Megan", "Shannon", "Lindsay", "Priya", "Colleen", "Tara", "Jasmine", "Heather",
              "Kirsten", "Avery", "Natalie", "Mei", "Danielle", "Rhiannon"],
        "last": ["MacKinnon", "Sinclair", "Doucette", "Fraser", "Okafor", "Reid", "Chambers",
                 "Kowalchuk", "Dhaliwal", "McAllister", "Thibodeau", "Penner", "Wiebe",
                 "Nakamura", "Halvorsen", "Beaton", "Gallant", "Sandhu", "Prokopchuk",
                 "Whitford", "LeBlanc", "Osei", "Yee", "Rempel", "Brennan", "Kaur", "Tremblett",
                 "Harnish", "Boychuk", "Ashworth", "Petrie", "Dyck", "Morrison", "Greenlaw"],
    },
    "QC": {
        "m": ["Étienne", "Mathieu", "Simon", "Jean-Philippe", "Olivier", "Maxime", "Frédéric",
              "Sébastien", "Vincent", "Alexandre"],
        "f": ["Geneviève", "Isabelle", "Marie-Ève", "Catherine", "Annie", "Valérie", "Mélanie",
              "Sophie", "Julie", "Karine"],
        "last": ["Tremblay-Roy", "Gagnon", "Bouchard", "Pelletier", "Lavoie", "Ouellet",
                 "Bélanger", "Desrosiers", "Fortier", "Lapointe", "Morin-Caron", "Gauthier",
                 "Vaillancourt", "Boisvert", "Thériault", "Charbonneau"],
    },
    "FR": {
        "m": ["Thibault", "Arnaud", "Guillaume", "Nicolas", "Benoît", "Cédric", "Julien"],
        "f": ["Aurélie", "Claire", "Élodie", "Sandrine", "Camille", "Laure", "Mathilde"],
        "last": ["Mercier", "Chauvin", "Lemaire", "Bonnard", "Rousselot", "Perrin", "Jacquet",
                 "Delorme", "Fabre", "Vasseur"],
    },
    "RS": {
        "m": ["Nemanja", "Miloš", "Dušan", "Stefan", "Vladimir"],
        "f": ["Jelena", "Milica", "Tijana", "Ivana", "Snežana"],
        "last": ["Stanković", "Ilić", "Pavlović", "Đorđević", "Ristić", "Mitrović", "Kostić"],
    },
    "SE": {
        "m": ["Anders", "Johan", "Fredrik", "Oskar", "Mattias"],
        "f": ["Linnea", "Karin", "Sofia", "Maja", "Elin"],
        "last": ["Lindgren", "Bergström", "Holmqvist", "Sundberg", "Ekholm", "Nyberg"],
    },
    "PL": {
        "m": ["Tomasz", "Paweł", "Marcin", "Krzysztof", "Łukasz", "Michał"],
        "f": ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Ewa", "Monika"],
        "last": ["Wróblewski/Wróblewska", "Zając", "Kaczmarek", "Nowicki/Nowicka",
                 "Sikora", "Jabłoński/Jabłońska", "Pietrzak", "Grabowski/Grabowska"],
    },
    "BG": {
        "m": ["Kaloyan", "Nikolay", "Svetoslav", "Boyan"],
        "f": ["Desislava", "Tsvetelina", "Radostina", "Gergana"],
        "last": ["Yordanov/Yordanova", "Stoyanov/Stoyanova", "Kolev/Koleva",
                 "Marinov/Marinova"],
    },
    "DE": {
        "m": ["Matthias", "Florian", "Stefan", "Tobias", "Jan", "Christoph", "Markus",
              "Andreas", "Lukas"],
        "f": ["Katrin", "Julia", "Sabine", "Anja", "Stefanie", "Verena", "Miriam", "Lena",
              "Birgit"],
        "last": ["Hoffmann", "Brandt", "Kellermann", "Vogt", "Lindner", "Eberhardt",
                 "Seidel", "Pichler", "Gruber", "Steininger", "Hartl", "Wendt", "Böhm",
                 "Reinholz"],
    },
    "CZ": {
        "m": ["Jakub", "Ondřej", "Petr", "Martin"],
        "f": ["Tereza", "Lucie", "Barbora", "Kateřina"],
        "last": ["Dvořák/Dvořáková", "Horák/Horáková", "Kučera/Kučerová",
                 "Procházka/Procházková", "Šimek/Šimková"],
    },
    "DK": {
        "m": ["Rasmus", "Mikkel", "Søren", "Jesper"],
        "f": ["Mette", "Trine", "Louise", "Signe"],
        "last": ["Kristensen", "Mikkelsen", "Østergaard", "Lauridsen", "Bach"],
    },
    "ES": {
        "m": ["Javier", "Alberto", "Íñigo", "Rubén", "Sergio", "Andrés"],
        "f": ["Lucía", "Marta", "Nerea", "Raquel", "Beatriz", "Inés"],
        "last": ["Gómez Ferreiro", "Otero Castro", "Lasheras Ruiz", "Blasco Aznar",
                 "Pardo Vidal", "Iglesias Lema", "Soler Martí", "Navarro Pons"],
    },
    "FI": {
        "m": ["Jussi", "Antti", "Ville", "Teemu"],
        "f": ["Riikka", "Hanna", "Satu", "Noora"],
        "last": ["Heikkinen", "Karjalainen", "Leinonen", "Rantanen", "Mäkelä"],
    },
    "HU": {
        "m": ["Bence", "Gergely", "Tamás"],
        "f": ["Réka", "Zsófia", "Eszter"],
        "last": ["Kovács", "Szabó", "Farkas", "Balogh"],
    },
    "LT": {
        "m": ["Mantas", "Tomas", "Darius"],
        "f": ["Rūta", "Greta", "Agnė"],
        "last": ["Kazlauskas/Kazlauskienė", "Petrauskas/Petrauskienė",
                 "Jankauskas/Jankauskienė"],
    },
    "PT": {
        "m": ["Tiago", "Rui", "Nuno", "Duarte"],
        "f": ["Inês", "Joana", "Catarina", "Rita"],
        "last": ["Carvalho", "Pereira Lopes", "Antunes", "Figueiredo", "Matos"],
    },
    "RO": {
        "m": ["Andrei", "Bogdan", "Radu", "Mihai"],
        "f": ["Ioana", "Andreea", "Roxana", "Diana"],
        "last": ["Popescu", "Dumitrescu", "Stanciu", "Munteanu", "Ionescu"],
    },
    "UA": {
        "m": ["Oleksandr", "Dmytro", "Andrii", "Serhii"],
        "f": ["Olena", "Iryna", "Kateryna", "Nataliia"],
        "last": ["Bondarenko", "Kovalenko", "Tkachenko", "Melnyk", "Savchenko"],
    },
}
NAMES["AT"] = NAMES["DE"]

# Languages besides English, by name pool.
NATIONAL_LANGUAGE = {
    "CA": [], "QC": ["fr"], "FR": ["fr"], "RS": ["sr"], "SE": ["sv"], "PL": ["pl"],
    "BG": ["bg"], "DE": ["de"], "AT": ["de"], "CZ": ["cs"], "DK": ["da"], "ES": ["es"],
    "FI": ["fi"], "HU": ["hu"], "LT": ["lt"], "PT": ["pt"], "RO": ["ro"], "UA": ["uk"],
}
# A third language some people add.
EXTRA_LANGUAGE = {
    "CA": "fr", "QC": "es", "FR": "es", "RS": "de", "SE": "de", "PL": "de", "BG": "de",
    "DE": "fr", "AT": "it", "CZ": "de", "DK": "de", "ES": "fr", "FI": "sv", "HU": "de",
    "LT": "ru", "PT": "es", "RO": "fr", "UA": "pl",
}

# People who join remotely, by organisation slug and position in its list.
REMOTE = [
    ("ni-cat", 1), ("tisza-agri-digital-cluster", 1), ("clusterul-somes-smart-mobility", 1),
    ("slobozhanshchyna-digital-manufacturing-cluster", 2), ("cluster-salud-digital-levante", 1),
    ("pohjola-sensorics-cluster", 1), ("okanagan-digital-health-cluster", 1),
    ("pacific-creative-tech-cluster", 1),
]

# --------------------------------------------------------------------------------------------
# Request messages. {mine} is the sender's item, {theirs} the receiver's item, {topic} the
# theme they share, {side} the receiver's side of the Atlantic.
# --------------------------------------------------------------------------------------------

MESSAGES_EN = {
    "need": [
        "Your '{theirs}' is close to what we describe in '{mine}'. Could we compare notes?",
        "We are looking for exactly this kind of {topic} partner. How has '{theirs}' worked "
        "with European partners so far?",
        "Two of our members need help with {topic}; '{theirs}' looks like a good fit.",
        "Interested in '{theirs}'. We are preparing a proposal on {topic} and need a {side} "
        "partner.",
        "Could you tell me more about '{theirs}'? It matches our request '{mine}'.",
        "We could bring SMEs ready to pilot what you describe in '{theirs}'.",
        "'{theirs}' caught our eye: what would a first joint step on {topic} look like?",
        "At {org} we have an open request ('{mine}'). Your offer seems the closest we have "
        "seen so far.",
        "I would like to understand the conditions behind '{theirs}': costs, timing, who "
        "owns the results.",
        "Our members asked me to find a {side} partner for {topic}. Can we meet on day 2?",
        "We have budget for a first pilot on {topic} this autumn; '{theirs}' is on our "
        "shortlist.",
    ],
    "offer": [
        "I saw your '{theirs}'. Our '{mine}' may answer it; happy to explain in 20 minutes.",
        "We think our members can help with '{theirs}' (see our '{mine}').",
        "Following your '{theirs}': we have {topic} companies ready to talk.",
        "Our cluster works on {topic} and would like to propose a cluster-to-cluster exchange "
        "around '{theirs}'.",
        "We would like to present '{mine}' to you; it fits your '{theirs}'.",
        "Regarding '{theirs}': two {org} members have done this before and can share "
        "references.",
        "We can answer '{theirs}' and would like to hear which companies at {their_org} "
        "would be involved.",
        "Happy to walk you through '{mine}'; we have worked on {topic} with other "
        "{side} partners.",
    ],
    "generic": [
        "Would like to explore a cooperation agreement between our clusters on {topic}.",
        "Introductory meeting: our members are active in {topic}; we would like to understand "
        "your priorities for 2019-2020.",
        "Short meeting to compare our cluster programmes and look for a joint project.",
        "We are mapping {side} partners in {topic} and would value 20 minutes with you.",
        "First contact between {org} and {their_org}: who is who, and where could we work "
        "together?",
        "We are drafting our 2020 international plan and would like {their_org} in it.",
        "We would like to present our members and hear what you are looking for on our side "
        "of the Atlantic.",
        "Our delegation came to find concrete partners; 20 minutes to see whether there is a "
        "match?",
        "Could we exchange on how our clusters support SMEs going abroad?",
    ],
    "super": [
        "We would like to understand how {their_org} projects work and how European SMEs can "
        "take part.",
        "Our members follow {their_org} closely; we would like to explore a cluster-to-cluster "
        "agreement.",
        "Interested in the supercluster model: governance, co-investment and how projects are "
        "selected.",
        "We are preparing a member mission to Canada in 2020 and would like {their_org} on the "
        "programme.",
        "Which of your calls are open to partners from Europe? We have candidate companies.",
    ],
}
MESSAGES_FR = {
    "need": [
        "Votre « {theirs} » correspond à notre besoin « {mine} ». Pouvons-nous en parler "
        "à Toronto ?",
        "Nous travaillons sur ce sujet et aimerions mieux connaître « {theirs} ».",
        "Nos membres cherchent exactement ce que décrit « {theirs} ». Quelles seraient "
        "les conditions d'un premier pilote ?",
    ],
    "offer": [
        "Notre « {mine} » pourrait répondre à votre « {theirs} ». Échangeons-en à Toronto.",
        "Plusieurs de nos membres peuvent vous aider pour « {theirs} ».",
        "Au sujet de « {theirs} » : {org} a déjà mené ce type de projet et peut vous "
        "présenter des références.",
    ],
    "generic": [
        "Rencontre souhaitée pour envisager une coopération entre nos grappes.",
        "Premier échange pour présenter nos membres et comparer nos priorités.",
        "Premier contact entre {org} et {their_org} : qui fait quoi, et où collaborer ?",
    ],
    "super": [
        "Nous aimerions comprendre le fonctionnement des projets de {their_org} et la place "
        "qu'y trouvent les PME européennes.",
    ],
}

# --------------------------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------------------------

_ASCII = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O",
                        "æ": "ae", "Æ": "AE", "ß": "ss"})


def ascii_word(text: str) -> str:
    """'Dvořáková' -> 'dvorakova', 'Gómez Ferreiro' -> 'gomez-ferreiro' (for e-mail names)."""
    folded = unicodedata.normalize("NFKD", text.translate(_ASCII))
    plain = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return "-".join("".join(c if c.isalnum() else " " for c in plain).split())


def slot_starts(day: date, start: str, end: str, breaks: list[list[str]]) -> list[datetime]:
    """The slot start times the importer generates (as clustermeet.events.domain.slots)."""
    length = timedelta(minutes=SLOT_MINUTES)
    pauses = [
        (datetime.combine(day, time.fromisoformat(b), TORONTO_SUMMER),
         datetime.combine(day, time.fromisoformat(e), TORONTO_SUMMER))
        for b, e in breaks
    ]
    cursor = datetime.combine(day, time.fromisoformat(start), TORONTO_SUMMER)
    close = datetime.combine(day, time.fromisoformat(end), TORONTO_SUMMER)
    starts = []
    while cursor + length <= close:
        clash = next((e for b, e in pauses if cursor < e and b < cursor + length), None)
        if clash is not None:
            cursor = clash
            continue
        starts.append(cursor)
        cursor += length
    return starts


def utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def build_people(rng: random.Random) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Users and participants (with their items), plus private matching facts under '_'."""
    users: list[dict[str, Any]] = []
    participants: list[dict[str, Any]] = []
    taken: set[tuple[str, str]] = set()
    remote = set(REMOTE)
    for organisation in ORGANISATIONS:
        pool = NAMES[organisation["names"]]
        people = organisation["people"]
        held: list[list[tuple[str, str, str, str, str, list[str]]]] = [[] for _ in people]
        for index, item in enumerate(organisation["items"]):
            held[index % len(people)].append(item)
        here: set[str] = set()
        for position, title in enumerate(people):
            gender, _, job = title.partition(":") if title[:2] in ("m:", "f:") else ("", "", title)
            gender = gender or rng.choice("mf")
            # Prefer names nobody has yet; never repeat a first or last name in one organisation.
            key = organisation["names"]
            firsts = [n for n in pool[gender] if n not in here]
            lasts = [n for n in pool["last"] if n not in here]
            first = rng.choice([n for n in firsts if (key, n) not in taken] or firsts)
            last_forms = rng.choice([n for n in lasts if (key, n) not in taken] or lasts)
            here.update((first, last_forms))
            taken.update([(key, first), (key, last_forms)])
            parts = last_forms.split("/")
            last = parts[-1] if gender == "f" else parts[0]
            slug = organisation["slug"]
            email = f"{ascii_word(first)}.{ascii_word(last)}@{slug}.example"
            languages = ["en", *NATIONAL_LANGUAGE[organisation["names"]]]
            if rng.random() < 0.2:
                extra = EXTRA_LANGUAGE[organisation["names"]]
                if extra not in languages:
                    languages.append(extra)
            super_ = slug in BOOTHS
            users.append({"email": email, "first_name": first, "last_name": last,
                          "is_staff": False, "password": ""})
            items = [
                {"type": kind, "title": heading, "description": text, "keywords": keywords,
                 "language": language}
                for kind, language, _themes, heading, text, keywords in held[position]
            ]
            participants.append({
                "email": email,
                "organisation": slug,
                "delegation": organisation["delegation"],
                "job_title": job,
                "phone": "",
                "languages": languages,
                "attendance": "remote" if (slug, position) in remote else "onsite",
                "target_countries": [],  # filled once the requests are known
                "min_meetings": rng.randint(0, 3),
                "max_meetings": rng.randint(11, 14) if super_ else rng.randint(8, 14),
                "unavailable_slots": [],
                "items": items,
                "_": {
                    "super": super_,
                    "ecosystems": set(organisation["ecosystems"]),
                    "offers": [(set(t.split()), h) for k, _, t, h, _, _ in held[position]
                               if k in ("TO", "BO")],
                    "needs": [(set(t.split()), h) for k, _, t, h, _, _ in held[position]
                              if k in ("TR", "BR", "RDR")],
                    "french": "fr" in languages and organisation["names"] in ("FR", "QC"),
                },
            })
    return users, participants


def mark_unavailable(rng: random.Random, participants: list[dict[str, Any]]) -> None:
    """A few people miss a run of slots (a flight, a site visit, a plenary talk)."""
    days = [slot_starts(day, start, end, breaks) for _, day, start, end, breaks in SESSIONS]
    for person in rng.sample(participants, 7):
        session = rng.choice(days)
        length = rng.randint(2, 4)
        first = rng.randrange(0, len(session) - length + 1)
        person["unavailable_slots"] = [s.isoformat() for s in session[first:first + length]]


# Broad themes count half: sharing "food" or "energy" alone is not a reason to cite an item.
BROAD_THEMES = {"food", "digital", "mfg", "energy", "agri", "ai", "market"}


def theme_weight(themes: set[str]) -> int:
    return sum(1 if theme in BROAD_THEMES else 2 for theme in themes)


def best_pair(
    wanted: list[tuple[set[str], str]], offered: list[tuple[set[str], str]]
) -> tuple[int, str, str, str]:
    """The best-matching (wanted, offered) items: weight, titles, most specific shared theme."""
    best = (0, "", "", "")
    for themes_w, title_w in wanted:
        for themes_o, title_o in offered:
            shared = themes_w & themes_o
            weight = theme_weight(shared)
            if weight > best[0]:
                specific = sorted(shared - BROAD_THEMES) or sorted(shared - {"market"})
                best = (weight, title_w, title_o, (specific or ["market"])[0])
    return best


def fit(a: dict[str, Any], b: dict[str, Any]) -> float:
    """How much a (the sender) has reason to meet b."""
    need = best_pair(a["_"]["needs"], b["_"]["offers"])[0]
    help_ = best_pair(b["_"]["needs"], a["_"]["offers"])[0]
    shared = len(a["_"]["ecosystems"] & b["_"]["ecosystems"])
    score = 1.0 * need + 0.6 * help_ + 0.5 * shared
    if b["_"]["super"]:
        score = score * 1.5 + 1.5
    return score


def message(rng: random.Random, a: dict[str, Any], b: dict[str, Any]) -> str:
    """A short message citing the items that make the pair, or a cluster-level opener."""
    side = "Canadian" if b["delegation"] == CANADA else "European"
    french = a["_"]["french"] and b["_"]["french"]
    texts = MESSAGES_FR if french else MESSAGES_EN
    fields = {"side": side, "mine": "", "theirs": "",
              "org": ORGANISATION_NAMES[a["organisation"]],
              "their_org": ORGANISATION_NAMES[b["organisation"]]}
    need = best_pair(a["_"]["needs"], b["_"]["offers"])
    offer = best_pair(b["_"]["needs"], a["_"]["offers"])
    if need[0] >= 2 and (need[0] >= offer[0] or rng.random() < 0.5):
        kind, theme = "need", need[3]
        fields.update(mine=need[1], theirs=need[2])
    elif offer[0] >= 2:
        kind, theme = "offer", offer[3]
        fields.update(mine=offer[2], theirs=offer[1])
    elif b["_"]["super"] and a["delegation"] == EU and rng.random() < 0.7:
        return rng.choice(texts["super"]).format(**fields)
    else:
        kind = "generic"
        mine = set().union(*(t for t, _ in a["_"]["needs"] + a["_"]["offers"]))
        theirs = set().union(*(t for t, _ in b["_"]["needs"] + b["_"]["offers"]))
        shared = sorted((mine & theirs) - BROAD_THEMES) or sorted((mine & theirs) - {"market"})
        theme = shared[0] if shared else ""
    templates = texts[kind] if theme else [t for t in texts[kind] if "{topic}" not in t]
    return rng.choice(templates).format(topic=THEMES.get(theme, ""), **fields)


def build_requests(rng: random.Random, participants: list[dict[str, Any]]) -> list[dict[str, Any]]:
    quota = 20
    received: dict[str, int] = {p["email"]: 0 for p in participants}
    pairs: list[tuple[int, int]] = []
    for i, a in enumerate(participants):
        if a["_"]["super"]:
            wanted = rng.randint(1, 3)
        elif a["delegation"] == EU:
            wanted = rng.randint(2, 5)
        else:
            wanted = rng.randint(1, 4)
        candidates = [
            (j, fit(a, b) ** 2 + 0.2)
            for j, b in enumerate(participants)
            if b["delegation"] != a["delegation"] and received[b["email"]] < 16
        ]
        for _ in range(min(wanted, quota)):
            total = sum(w for _, w in candidates)
            pick = rng.random() * total
            position = 0
            while position < len(candidates) - 1 and pick > candidates[position][1]:
                pick -= candidates[position][1]
                position += 1
            j = candidates.pop(position)[0]
            pairs.append((i, j))
            received[participants[j]["email"]] += 1

    # Make about one pair in five mutual: the other side asked too.
    present = set(pairs)
    one_way = [pair for pair in pairs if (pair[1], pair[0]) not in present]
    mutual_now = (len(pairs) - len(one_way)) // 2
    unordered = len(one_way) + mutual_now
    target = round(0.2 * unordered)
    rng.shuffle(one_way)
    sent = {i: sum(1 for a, _ in pairs if a == i) for i in range(len(participants))}
    for i, j in one_way:
        if mutual_now >= target:
            break
        if sent[j] < quota:
            pairs.append((j, i))
            sent[j] += 1
            mutual_now += 1

    # When each request was made (May 2019, UTC).
    created: dict[tuple[int, int], datetime] = {}
    for pair in pairs:
        day = 2 + int(30 * rng.random() ** 0.6)  # more requests as the event comes near
        created[pair] = datetime(2019, 5, day, rng.randint(7, 21), rng.randrange(0, 60, 5),
                                 tzinfo=UTC)
    order = sorted(pairs, key=lambda p: (created[p], participants[p[0]]["email"],
                                         participants[p[1]]["email"]))

    # Statuses, deciding each unordered pair once, in the order the first request came in.
    # Nobody ends up with more than 12 accepted requests (a mutual pair counts twice) nor with
    # more accepted partners than their maximum of meetings, so a schedule can hold them.
    load = {i: 0 for i in range(len(participants))}
    partners: dict[int, set[int]] = {i: set() for i in range(len(participants))}

    def room(k: int, extra: int) -> bool:
        return load[k] + extra <= 12 and len(partners[k]) < participants[k]["max_meetings"]
    status: dict[tuple[int, int], str] = {}
    late = datetime(2019, 5, 27, tzinfo=UTC)
    cancelled = 0
    for pair in order:
        if pair in status:
            continue
        i, j = pair
        reverse = (j, i)
        mutual = reverse in created
        extra = 2 if mutual else 1
        roll = rng.random()
        if created[pair] >= late and roll < 0.55:
            verdict = "pending"
        elif not mutual and cancelled < 2 and roll > 0.97:
            verdict = "cancelled"
            cancelled += 1
        elif not mutual and roll < 0.07:
            verdict = "declined"
        elif not mutual and 0.07 <= roll < 0.085 and created[pair] < late:
            verdict = "expired"
        elif room(i, extra) and room(j, extra):
            verdict = "accepted"
            load[i] += extra
            load[j] += extra
            partners[i].add(j)
            partners[j].add(i)
        else:
            verdict = "declined" if not room(j, extra) else "pending"
        status[pair] = verdict
        if mutual:
            status[reverse] = verdict

    requests = []
    for pair in order:
        i, j = pair
        a, b = participants[i], participants[j]
        verdict = status[pair]
        made = created[pair]
        responded = None
        if verdict in ("accepted", "declined"):
            answer = made + timedelta(hours=rng.randint(2, 90), minutes=rng.randrange(0, 60, 5))
            responded = utc(min(answer, datetime(2019, 6, 4, 20, 0, tzinfo=UTC)))
        fitness = fit(a, b)
        roll = rng.random()
        priority = 3 if roll < 0.05 and fitness > 3 else 2 if roll < 0.3 else 1
        requests.append({
            "requester": a["email"],
            "requested": b["email"],
            "message": message(rng, a, b),
            "priority": priority,
            "status": verdict,
            "created_at": utc(made),
            "responded_at": responded,
            "expires_at": utc(made + timedelta(days=7)),
        })
    return requests


def build() -> dict[str, Any]:
    rng = random.Random(SEED)
    users, participants = build_people(rng)
    mark_unavailable(rng, participants)
    requests = build_requests(rng, participants)
    set_target_countries(participants, requests)
    for person in participants:
        del person["_"]

    spoken = sorted({code for p in participants for code in p["languages"]} - {"en", "fr"})
    event = {
        "slug": "eu-canada-2019",
        "name": "EU–Canada Cluster Matchmaking 2019 (replay)",
        "venue": "Humber College, Toronto",
        "city": "Toronto",
        "country": "CA",
        "description": EVENT_DESCRIPTION,
        "time_zone": "America/Toronto",
        "languages": ["en", "fr", *spoken],
        "start_date": "2019-06-05",
        "end_date": "2019-06-07",
        "meeting_policy": "across_delegations",
        "allowed_type_pairs": [],
        "request_mode": "acceptance",
        "request_quota": 20,
        "request_expiry_days": 7,
        "is_public": True,
        "organisers": [ORGANISER["email"]],
    }
    organisations = [
        {key: organisation[key] for key in (
            "slug", "name", "type", "country", "region", "website", "description",
            "ecosystems", "nace_codes", "key_technologies", "member_count", "founded_year")}
        for organisation in ORGANISATIONS
    ]
    sessions = [
        {"name": name, "date": day.isoformat(), "start_time": start, "end_time": end,
         "slot_minutes": SLOT_MINUTES, "gap_minutes": 0, "breaks": breaks}
        for name, day, start, end, breaks in SESSIONS
    ]
    tables = [
        {"name": f"T{n:02d}", "kind": "onsite", "link": "", "capacity": 4,
         "host": BOOTHS[n - 1] if n <= len(BOOTHS) else None}
        for n in range(1, ONSITE_TABLES + 1)
    ] + [
        {"name": f"Virtual room {n}", "kind": "virtual",
         "link": f"https://meet.example/eu-canada-2019/room-{n}", "capacity": 4, "host": None}
        for n in range(1, VIRTUAL_ROOMS + 1)
    ]
    return {
        "format": "clustermeet-event",
        "version": 1,
        "event": event,
        "users": [ORGANISER, *users],
        "delegations": DELEGATIONS,
        "organisations": organisations,
        "sessions": sessions,
        "tables": tables,
        "participants": participants,
        "requests": requests,
        "schedules": [],
    }


def set_target_countries(
    participants: list[dict[str, Any]], requests: list[dict[str, Any]]
) -> None:
    """Europeans look for Canadian partners; Canadians for the countries they asked to meet."""
    country = {o["slug"]: o["country"] for o in ORGANISATIONS}
    by_email = {p["email"]: p for p in participants}
    for person in participants:
        if country[person["organisation"]] != "CA":
            person["target_countries"] = ["CA"]
            continue
        asked = {country[by_email[r["requested"]]["organisation"]] for r in requests
                 if r["requester"] == person["email"]}
        person["target_countries"] = sorted(asked - {"CA"})


def render() -> str:
    """The event file's text: the same bytes on every run."""
    return json.dumps(build(), ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else OUTPUT
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
