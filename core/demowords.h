// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Word lists of the demo data (core/demo.cpp only). The demo is bilingual on purpose: a French
// seller with French and English clients, so these are data, not user interface text.

namespace comptoir::demowords {

inline constexpr const char *FrenchFirstNames[] = {
    "Hélène",    "François", "Zoé",      "Léa",      "Chloé",    "Camille",   "Manon",   "Inès",
    "Amélie",    "Céline",   "Élodie",   "Margaux",  "Juliette", "Louise",    "Noémie",  "Océane",
    "Agnès",     "Béatrice", "Sophie",   "Claire",   "Isabelle", "Nathalie",  "Valérie", "Anaïs",
    "Maëlle",    "Gaëlle",   "Jérôme",   "Stéphane", "Frédéric", "Sébastien", "Benoît",  "Jérémy",
    "Théo",      "Hugo",     "Lucas",    "Mathis",   "Nicolas",  "Julien",    "Antoine", "Thomas",
    "Pierre",    "Olivier",  "Philippe", "Laurent",  "Éric",     "Rémi",      "Loïc",    "Gaël",
    "Cédric",    "Aurélien", "Maxime",   "Étienne",  "Grégoire", "Joël",      "Hervé",   "René",
    "Françoise", "Mélanie",  "Léon",     "Clémence",
};

inline constexpr const char *FrenchLastNames[] = {
    "Martin",     "Bernard",   "Dubois",    "Thomas",    "Robert",  "Richard",  "Petit",
    "Durand",     "Leroy",     "Moreau",    "Simon",     "Laurent", "Lefèvre",  "Michel",
    "Garcia",     "David",     "Bertrand",  "Roux",      "Vincent", "Fournier", "Morel",
    "Girard",     "André",     "Mercier",   "Dupont",    "Lambert", "Bonnet",   "François",
    "Legrand",    "Garnier",   "Faure",     "Rousseau",  "Blanc",   "Guérin",   "Muller",
    "Henry",      "Perrin",    "Morin",     "Mathieu",   "Clément", "Gauthier", "Dumont",
    "Fontaine",   "Chevalier", "Robin",     "Masson",    "Gérard",  "Nguyen",   "Boyer",
    "Lemaire",    "Duval",     "Joly",      "Roche",     "Noël",    "Meyer",    "Meunier",
    "Pérez",      "Marchand",  "Dufour",    "Blanchard", "Barbier", "Brun",     "Dumas",
    "Leroux",     "Colin",     "Renard",    "Arnaud",    "Caron",   "Aubert",   "Giraud",
    "Leclerc",    "Vidal",     "Bourgeois", "Lemoine",   "Picard",  "Gaillard", "Lacroix",
    "Fabre",      "Dupuis",    "Da Silva",  "Rivière",   "Le Gall", "Ménard",   "Fleury",
    "Carpentier", "Prévost",   "Poirier",   "Carré",     "Breton",  "Rémy",     "Hébert",
    "Le Goff",    "Chauvin",   "Bérénger",
};

inline constexpr const char *EnglishFirstNames[] = {
    "Emily",  "Olivia",  "Amelia",   "Isla",    "Grace",   "Sophie", "Charlotte",   "Hannah",
    "Chloë",  "Lucy",    "Ella",     "Jessica", "Sarah",   "Emma",   "Megan",       "Rachel",
    "Laura",  "Rebecca", "Jennifer", "Siobhán", "Niamh",   "Zoë",    "Renée",       "Oliver",
    "George", "Harry",   "Jack",     "Jacob",   "Charlie", "Thomas", "Oscar",       "William",
    "James",  "Daniel",  "Michael",  "David",   "Matthew", "Andrew", "Christopher", "Robert",
    "Joshua", "Samuel",  "Benjamin", "Liam",    "Noah",    "Ethan",  "Ryan",        "Kevin",
    "Seán",   "Patrick",
};

inline constexpr const char *EnglishLastNames[] = {
    "Smith",   "Jones",    "Williams", "Taylor",   "Brown",    "Davies",    "Evans",    "Wilson",
    "Johnson", "Roberts",  "Robinson", "Thompson", "Wright",   "Walker",    "White",    "Edwards",
    "Hughes",  "Green",    "Hall",     "Lewis",    "Harris",   "Clarke",    "Patel",    "Jackson",
    "Wood",    "Turner",   "Cooper",   "Hill",     "Ward",     "Morris",    "Moore",    "Clark",
    "Lee",     "King",     "Baker",    "Harrison", "Morgan",   "Allen",     "Scott",    "Phillips",
    "Watson",  "Parker",   "Price",    "Bennett",  "Young",    "Griffiths", "Mitchell", "Kelly",
    "Cook",    "Carter",   "Bailey",   "Collins",  "Bell",     "Shaw",      "Murphy",   "Miller",
    "Khan",    "Anderson", "Ellis",    "Adams",    "Singh",    "Foster",    "Chapman",  "Webb",
    "Gray",    "Mason",    "Hunt",     "Campbell", "Owen",     "Palmer",    "Holmes",   "Knight",
    "Lloyd",   "Fisher",   "O'Brien",  "O'Connor", "McDonald", "Müller",
};

// "Boulangerie Martin", "Atelier Dubois"...
inline constexpr const char *FrenchTrades[] = {
    "Boulangerie", "Atelier",     "Garage",      "Pharmacie", "Cabinet",       "Menuiserie",
    "Plomberie",   "Imprimerie",  "Fromagerie",  "Librairie", "Brasserie",     "Domaine",
    "Transports",  "Électricité", "Charcuterie", "Fleurs",    "Quincaillerie", "Pâtisserie",
    "Ébénisterie", "Serrurerie",  "Maçonnerie",  "Traiteur",  "Optique",       "Architecture",
    "Conseil",     "Salon",       "Cave",        "Ferme",
};

inline constexpr const char *FrenchForms[] = { "", "", " SARL", " SAS", " EURL", " & Fils", " SA" };

inline constexpr const char *FrenchCities[] = {
    "Lyon",     "Nantes",        "Bordeaux",        "Lille",     "Rennes",
    "Toulouse", "Montpellier",   "Strasbourg",      "Grenoble",  "Angers",
    "Dijon",    "Brest",         "Annecy",          "Nîmes",     "Besançon",
    "Orléans",  "Saint-Étienne", "Aix-en-Provence", "Périgueux", "Sète",
};

// "Les Jardins de Nantes"
inline constexpr const char *FrenchPlaces[] = {
    "Les Jardins", "Les Délices", "Les Ateliers", "Les Vergers", "Les Caves",
    "Hôtel",       "Les Halles",  "Le Comptoir",  "La Maison",   "Les Saveurs",
};

// "Northwind Traders", "Blue Harbour Consulting Ltd"
inline constexpr const char *EnglishBrands[] = {
    "Northwind", "Blue Harbour", "Red Kite",   "Silverline",  "Greenfield",
    "Oakwood",   "Kingfisher",   "Riverside",  "Highland",    "Brightwater",
    "Acorn",     "Meadowbank",   "Copperleaf", "Stonebridge", "Harbourside",
    "Foxglove",  "Ironbark",     "Westgate",   "Larkspur",    "Thistle",
};

inline constexpr const char *EnglishTrades[] = {
    "Traders",  "Consulting",  "Logistics", "Bakery",   "Studio",    "Solutions",
    "Supplies", "Engineering", "Media",     "Foods",    "Systems",   "Design",
    "Partners", "Joinery",     "Builders",  "Catering", "Analytics", "Print",
};

inline constexpr const char *EnglishForms[]
    = { "", " Ltd", " Ltd", " LLC", " Inc.", " PLC", " & Sons" };

// Deal subjects, by the client's language.
inline constexpr const char *FrenchSubjects[] = {
    "Site web vitrine",
    "Contrat de maintenance annuel",
    "Rénovation cuisine",
    "Commande de pain hebdomadaire",
    "Traiteur mariage",
    "Audit énergétique",
    "Formation Excel",
    "Refonte du logo",
    "Installation photovoltaïque",
    "Fournitures de bureau",
    "Pièce montée",
    "Réparation toiture",
    "Abonnement logiciel",
    "Séminaire d'équipe",
    "Campagne d'affichage",
    "Mobilier sur mesure",
    "Étude de marché",
    "Traduction de catalogue",
    "Location de matériel",
    "Conseil juridique",
    "Vitrine de Noël",
    "Paniers garnis",
    "Révision chaudière",
};

inline constexpr const char *EnglishSubjects[] = {
    "Website redesign",
    "Annual maintenance contract",
    "Kitchen refit",
    "Weekly bread order",
    "Wedding catering",
    "Energy audit",
    "Excel training",
    "Logo refresh",
    "Solar panel installation",
    "Office supplies",
    "Roof repair",
    "Software subscription",
    "Team offsite",
    "Poster campaign",
    "Bespoke furniture",
    "Market study",
    "Catalogue translation",
    "Equipment hire",
    "Legal advice",
    "Cloud migration",
    "Christmas window display",
    "Gift hampers",
    "Boiler service",
};

inline constexpr const char *FrenchLostNotes[] = {
    "Budget reporté à l'an prochain",
    "A choisi un concurrent moins cher",
    "Plus de nouvelles",
    "Projet abandonné",
    "Délai trop court pour nous",
};

inline constexpr const char *EnglishLostNotes[] = {
    "Budget pushed to next year", "Went with a cheaper supplier", "Stopped answering",
    "Project cancelled",          "Lead time too long for them",
};

inline constexpr const char *PersonalMailDomains[] = {
    "gmail.com",   "orange.fr",   "free.fr",     "laposte.net",
    "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
};

} // namespace comptoir::demowords
