"""Vocabulary, places and formats of the heldout7 generator (static tables only, no logic).

Everything here is invented or generic (common surnames, real city names, postcode areas and
dialling codes); no real company is described.
"""

from __future__ import annotations


def _w(text: str) -> list[str]:
    """Split a table written as "a|b|c"."""
    return [t.strip() for t in text.split("|") if t.strip()]


# ------------------------------------------------------------------ countries
# (ISO2, share of entities in %, ISO3, English name, German name, local names, language key)
COUNTRIES = [
    ("DE", 29.0, "DEU", "Germany", "Deutschland", ["Deutschland", "Bundesrepublik Deutschland", "BRD"], "de"),
    ("CN", 14.0, "CHN", "China", "China", ["中国", "中华人民共和国", "PRC", "P.R. China", "China (Mainland)", "P.R.C."], "cn"),
    ("US", 9.0, "USA", "United States", "USA", ["USA", "U.S.A.", "United States of America", "US", "U.S."], "en"),
    ("JP", 9.0, "JPN", "Japan", "Japan", ["日本", "Nippon", "日本国"], "jp"),
    ("FR", 8.0, "FRA", "France", "Frankreich", ["France", "République française"], "fr"),
    ("GB", 8.0, "GBR", "United Kingdom", "Großbritannien", ["UK", "U.K.", "Great Britain", "England", "Vereinigtes Königreich"], "en"),
    ("AT", 3.0, "AUT", "Austria", "Österreich", ["Österreich", "Oesterreich"], "de"),
    ("CH", 2.5, "CHE", "Switzerland", "Schweiz", ["Schweiz", "Suisse", "Svizzera"], "de"),
    ("IT", 2.5, "ITA", "Italy", "Italien", ["Italia"], "it"),
    ("NL", 2.0, "NLD", "Netherlands", "Niederlande", ["Nederland", "Holland", "The Netherlands"], "nl"),
    ("PL", 2.0, "POL", "Poland", "Polen", ["Polska"], "pl"),
    ("KR", 2.0, "KOR", "South Korea", "Südkorea", ["대한민국", "Korea", "Korea, Republic of", "Republic of Korea"], "kr"),
    ("ES", 1.5, "ESP", "Spain", "Spanien", ["España", "Espana"], "es"),
    ("CZ", 1.5, "CZE", "Czechia", "Tschechien", ["Česká republika", "Czech Republic", "Tschechische Republik"], "cz"),
    ("BE", 1.0, "BEL", "Belgium", "Belgien", ["België", "Belgique"], "nl"),
    ("SE", 1.0, "SWE", "Sweden", "Schweden", ["Sverige"], "se"),
    ("TW", 1.0, "TWN", "Taiwan", "Taiwan", ["台灣", "臺灣", "Taiwan, R.O.C.", "Republic of China"], "tw"),
    ("HK", 0.8, "HKG", "Hong Kong", "Hongkong", ["香港", "Hong Kong SAR", "HK"], "hk"),
    ("SG", 0.7, "SGP", "Singapore", "Singapur", ["Republic of Singapore"], "sg"),
    ("IN", 0.8, "IND", "India", "Indien", ["Bharat"], "in"),
    ("TH", 0.7, "THA", "Thailand", "Thailand", ["ประเทศไทย", "Kingdom of Thailand"], "th"),
]

# ------------------------------------------------------------------ Latin-script cities
# country -> list of (city, [variants], postcode prefix, phone area code without trunk)
CITIES = {
    "DE": [("München", ["Muenchen", "Munich", "MÜNCHEN"], "80", "89"), ("Hamburg", [], "22", "40"),
           ("Stuttgart", [], "70", "711"), ("Köln", ["Koeln", "Cologne"], "50", "221"),
           ("Frankfurt am Main", ["Frankfurt", "Frankfurt/Main", "Frankfurt a.M.", "Ffm"], "60", "69"),
           ("Düsseldorf", ["Duesseldorf"], "40", "211"), ("Nürnberg", ["Nuernberg", "Nuremberg"], "90", "911"),
           ("Bremen", [], "28", "421"), ("Hannover", ["Hanover"], "30", "511"), ("Dortmund", [], "44", "231"),
           ("Essen", [], "45", "201"), ("Leipzig", [], "04", "341"), ("Dresden", [], "01", "351"),
           ("Mannheim", [], "68", "621"), ("Karlsruhe", [], "76", "721"), ("Augsburg", [], "86", "821"),
           ("Bielefeld", [], "33", "521"), ("Wuppertal", [], "42", "202"), ("Regensburg", [], "93", "941"),
           ("Ulm", [], "89", "731"), ("Heilbronn", [], "74", "7131"), ("Reutlingen", [], "72", "7121"),
           ("Sindelfingen", [], "71", "7031"), ("Ingolstadt", [], "85", "841"), ("Wolfsburg", [], "38", "5361"),
           ("Chemnitz", [], "09", "371"), ("Kassel", [], "34", "561"), ("Freiburg im Breisgau", ["Freiburg", "Freiburg i. Br."], "79", "761"),
           ("Paderborn", [], "33", "5251"), ("Gütersloh", ["Guetersloh"], "33", "5241"), ("Siegen", [], "57", "271"),
           ("Lüdenscheid", ["Luedenscheid"], "58", "2351"), ("Schweinfurt", [], "97", "9721"),
           ("Tuttlingen", [], "78", "7461"), ("Bochum", [], "44", "234"), ("Berlin", [], "1", "30"),
           ("Aachen", [], "52", "241"), ("Osnabrück", ["Osnabrueck"], "49", "541"), ("Erlangen", [], "91", "9131"),
           ("Neckarsulm", [], "74", "7132")],
    "AT": [("Wien", ["Vienna"], "1", "1"), ("Linz", [], "40", "732"), ("Graz", [], "80", "316"),
           ("Salzburg", [], "50", "662"), ("Steyr", [], "44", "7252"), ("Wels", [], "46", "7242"),
           ("Innsbruck", [], "60", "512"), ("Dornbirn", [], "68", "5572")],
    "CH": [("Zürich", ["Zurich", "Zuerich"], "80", "44"), ("Basel", ["Bâle"], "40", "61"), ("Bern", ["Berne"], "30", "31"),
           ("Winterthur", [], "84", "52"), ("St. Gallen", ["Sankt Gallen", "St.Gallen"], "90", "71"),
           ("Luzern", ["Lucerne"], "60", "41"), ("Genève", ["Geneva", "Genf"], "12", "22"), ("Schaffhausen", [], "82", "52")],
    "FR": [("Paris", [], "75", "1"), ("Lyon", [], "69", "4"), ("Marseille", [], "13", "4"), ("Toulouse", [], "31", "5"),
           ("Lille", [], "59", "3"), ("Nantes", [], "44", "2"), ("Strasbourg", [], "67", "3"), ("Grenoble", [], "38", "4"),
           ("Bordeaux", [], "33", "5"), ("Rennes", [], "35", "2"), ("Clermont-Ferrand", ["Clermont Ferrand"], "63", "4"),
           ("Saint-Étienne", ["Saint-Etienne", "St-Etienne", "St Etienne"], "42", "4"), ("Mulhouse", [], "68", "3"),
           ("Rouen", [], "76", "2"), ("Annecy", [], "74", "4"), ("Besançon", ["Besancon"], "25", "3"),
           ("Orléans", ["Orleans"], "45", "2"), ("Le Mans", [], "72", "2"), ("Villeurbanne", [], "69", "4"),
           ("Oyonnax", [], "01", "4")],
    "GB": [("London", [], "EC1A|E14|SE1|W1|N1|NW10|SW1A", "20"), ("Birmingham", [], "B7|B24|B6|B11", "121"),
           ("Manchester", [], "M1|M17|M40|M11", "161"), ("Leeds", [], "LS11|LS9|LS1", "113"),
           ("Sheffield", [], "S9|S4|S1", "114"), ("Coventry", [], "CV1|CV6|CV3", "24"),
           ("Bristol", [], "BS1|BS11|BS3", "117"), ("Glasgow", [], "G1|G52|G40", "141"),
           ("Leicester", [], "LE1|LE4", "116"), ("Nottingham", [], "NG1|NG7", "115"),
           ("Derby", [], "DE1|DE24", "1332"), ("Wolverhampton", [], "WV1|WV10", "1902"),
           ("Telford", [], "TF1|TF3", "1952"), ("Swindon", [], "SN1|SN5", "1793"),
           ("Milton Keynes", [], "MK1|MK9|MK10", "1908"), ("Newcastle upon Tyne", ["Newcastle"], "NE1|NE6", "191"),
           ("Cardiff", [], "CF10|CF24", "29"), ("Reading", [], "RG1|RG2", "118")],
    "US": [("Chicago", ["IL"], "606", "312"), ("Detroit", ["MI"], "482", "313"), ("Houston", ["TX"], "770", "713"),
           ("Cleveland", ["OH"], "441", "216"), ("Atlanta", ["GA"], "303", "404"), ("Charlotte", ["NC"], "282", "704"),
           ("Milwaukee", ["WI"], "532", "414"), ("Pittsburgh", ["PA"], "152", "412"), ("Columbus", ["OH"], "432", "614"),
           ("Indianapolis", ["IN"], "462", "317"), ("Dallas", ["TX"], "752", "214"), ("Los Angeles", ["CA"], "900", "213"),
           ("San Jose", ["CA"], "951", "408"), ("Boston", ["MA"], "021", "617"), ("Newark", ["NJ"], "071", "973"),
           ("Greenville", ["SC"], "296", "864"), ("Nashville", ["TN"], "372", "615"), ("Grand Rapids", ["MI"], "495", "616"),
           ("Rochester", ["NY"], "146", "585"), ("Louisville", ["KY"], "402", "502"), ("Phoenix", ["AZ"], "850", "602"),
           ("Wilmington", ["DE"], "198", "302"), ("Minneapolis", ["MN"], "554", "612"), ("Seattle", ["WA"], "981", "206")],
    "IT": [("Milano", ["Milan"], "201", "02"), ("Torino", ["Turin"], "101", "011"), ("Bologna", [], "401", "051"),
           ("Brescia", [], "251", "030"), ("Bergamo", [], "241", "035"), ("Verona", [], "371", "045"),
           ("Padova", ["Padua"], "351", "049"), ("Vicenza", [], "361", "0444"), ("Modena", [], "411", "059"),
           ("Firenze", ["Florence"], "501", "055")],
    "ES": [("Madrid", [], "280", "91"), ("Barcelona", [], "080", "93"), ("Valencia", ["València"], "460", "96"),
           ("Bilbao", [], "480", "94"), ("Zaragoza", [], "500", "976"), ("Sevilla", ["Seville"], "410", "95"),
           ("Vitoria-Gasteiz", ["Vitoria"], "010", "945"), ("Terrassa", [], "082", "93")],
    "NL": [("Amsterdam", [], "10", "20"), ("Rotterdam", [], "30", "10"), ("Eindhoven", [], "56", "40"),
           ("Utrecht", [], "35", "30"), ("Venlo", [], "59", "77"), ("Tilburg", [], "50", "13"),
           ("Enschede", [], "75", "53"), ("Breda", [], "48", "76")],
    "BE": [("Antwerpen", ["Antwerp", "Anvers"], "20", "3"), ("Gent", ["Ghent", "Gand"], "90", "9"),
           ("Bruxelles", ["Brussel", "Brussels"], "10", "2"), ("Liège", ["Liege", "Luik"], "40", "4"),
           ("Mechelen", ["Malines"], "28", "15")],
    "PL": [("Warszawa", ["Warsaw", "Warschau"], "0", "22"), ("Wrocław", ["Wroclaw", "Breslau"], "5", "71"),
           ("Poznań", ["Poznan", "Posen"], "6", "61"), ("Kraków", ["Krakow", "Cracow"], "3", "12"),
           ("Katowice", [], "40", "32"), ("Gdańsk", ["Gdansk", "Danzig"], "80", "58"), ("Łódź", ["Lodz"], "9", "42")],
    "CZ": [("Praha", ["Prague", "Prag"], "1", "2"), ("Brno", [], "6", "5"), ("Plzeň", ["Plzen", "Pilsen"], "3", "37"),
           ("Ostrava", [], "7", "59"), ("Mladá Boleslav", ["Mlada Boleslav"], "29", "326"), ("Liberec", [], "46", "48")],
    "SE": [("Stockholm", [], "1", "8"), ("Göteborg", ["Gothenburg", "Goteborg"], "4", "31"), ("Malmö", ["Malmo"], "2", "40"),
           ("Västerås", ["Vasteras"], "72", "21"), ("Jönköping", ["Jonkoping"], "55", "36"), ("Södertälje", ["Sodertalje"], "15", "8")],
    "SG": [("Singapore", [], "", "")],
    "HK": [("Hong Kong", ["HK", "Kowloon", "Kwun Tong", "Tsuen Wan", "Kwai Chung"], "", "")],
    "IN": [("Mumbai", ["Bombay"], "400", "22"), ("Pune", [], "411", "20"), ("Chennai", ["Madras"], "600", "44"),
           ("Bengaluru", ["Bangalore"], "560", "80"), ("Ahmedabad", [], "380", "79"), ("Gurugram", ["Gurgaon"], "122", "124"),
           ("Coimbatore", [], "641", "422")],
    "TH": [("Bangkok", ["Krung Thep"], "10", "2"), ("Rayong", [], "21", "38"), ("Chonburi", ["Chon Buri"], "20", "38"),
           ("Samut Prakan", ["Samutprakarn"], "10", "2"), ("Ayutthaya", ["Phra Nakhon Si Ayutthaya"], "13", "35")],
}

STREETS = {
    "de": _w("Industriestraße|Hauptstraße|Bahnhofstraße|Gewerbestraße|Siemensstraße|Robert-Bosch-Straße|Daimlerstraße|"
             "Max-Planck-Straße|Carl-Zeiss-Straße|Benzstraße|Dieselstraße|Otto-Hahn-Straße|Raiffeisenstraße|Lindenstraße|"
             "Friedrichstraße|Gutenbergstraße|Kantstraße|Schillerstraße|Goethestraße|Ringstraße|Am Hafen|Im Gewerbegebiet|"
             "Am Industriepark|Zeppelinstraße|Einsteinstraße|Werner-von-Siemens-Ring|Porschestraße|Röntgenstraße|"
             "Mühlenweg|Kirchstraße|Dorfstraße|Im Kleinfeld|Ferdinand-Porsche-Straße|Wilhelm-Maybach-Straße|Hansastraße|"
             "Rudolf-Diesel-Straße|Am Bahnhof|Borsigstraße|Kruppstraße|Lise-Meitner-Straße"),
    "fr": _w("rue de la République|rue Victor Hugo|avenue Jean Jaurès|rue de l'Industrie|boulevard Gambetta|rue Pasteur|"
             "avenue de la Gare|rue des Artisans|rue Gustave Eiffel|avenue du Général de Gaulle|rue Ampère|rue Denis Papin|"
             "rue du Commerce|chemin des Prés|route de Lyon|rue Louis Blériot|allée des Érables|boulevard de l'Europe|"
             "rue Jean Moulin|avenue de l'Europe|rue des Frères Lumière|impasse des Tilleuls"),
    "en_gb": _w("High Street|Station Road|Mill Lane|Church Street|Park Road|Victoria Road|London Road|Kingsway|"
                "Bridge Street|Queens Road|Brook Lane|Manor Road|Albert Street|Canal Street|Wharf Road|Farm Lane|"
                "Trafford Park Road|Dudley Road|Bradford Road|Sheffield Road"),
    "gb_estate": _w("Riverside Industrial Estate|Hillside Business Park|Enterprise Park|Castle Trading Estate|"
                    "Centurion Business Park|Meadow Lane Industrial Estate|Phoenix Park|Orbital Park|Westway Business Centre|"
                    "Kingfisher Industrial Estate|Gateway Park|Lakeside Business Park"),
    "en_us": _w("Commerce|Industrial|Main|Oak|Maple|Park|Lake|Washington|Elm|Airport|Technology|Enterprise|Corporate|"
                "Lincoln|Madison|Cedar|Highland|Pine|Ridge|River|Meadow|Franklin|Jefferson|Harbor|Woodland|Progress"),
    "us_suffix": [("Drive", ["Dr", "Dr."]), ("Street", ["St", "St."]), ("Avenue", ["Ave", "Ave."]),
                  ("Boulevard", ["Blvd", "Blvd."]), ("Road", ["Rd", "Rd."]), ("Parkway", ["Pkwy", "Pky"]),
                  ("Court", ["Ct", "Ct."]), ("Lane", ["Ln", "Ln."]), ("Way", ["Way"]), ("Circle", ["Cir"])],
    "it": _w("Via Roma|Via Milano|Via dell'Industria|Via Artigianato|Via Giuseppe Garibaldi|Via Torino|Viale Europa|"
             "Via dell'Artigianato|Via Enrico Fermi|Via Alessandro Volta|Via Marconi|Corso Italia|Via della Tecnica|Via Leonardo da Vinci"),
    "es": _w("Calle Mayor|Calle de la Industria|Avenida de la Constitución|Calle Real|Calle de Alcalá|Avenida Diagonal|"
             "Calle Gran Vía|Calle Mecánica|Calle Metalurgia|Calle del Hierro|Avenida de Europa|Calle Fundición"),
    "nl": _w("Industrieweg|Hoofdstraat|Kerkstraat|Stationsweg|Nijverheidsweg|Havenstraat|Handelsweg|Energieweg|"
             "Transportweg|Ambachtsweg|Marconistraat|Edisonstraat|Fokkerweg|Dorpsstraat"),
    "pl": _w("ul. Przemysłowa|ul. Fabryczna|ul. Główna|ul. Polna|ul. Kolejowa|ul. Magazynowa|ul. Marszałkowska|"
             "ul. Składowa|ul. Mickiewicza|ul. Kościuszki|al. Jerozolimskie|ul. Żelazna|ul. Techniczna"),
    "cz": _w("Průmyslová|Nádražní|Hlavní|Tovární|Husova|Masarykova|Technická|Strojírenská|Dělnická|Skladová|Na Poříčí"),
    "se": _w("Industrigatan|Storgatan|Verkstadsgatan|Hamngatan|Kungsgatan|Drottninggatan|Fabriksgatan|Energigatan|"
             "Lagergatan|Smedjegatan"),
    "sg": _w("Jurong West Street|Ang Mo Kio Industrial Park|Tuas Avenue|Ubi Avenue|Kallang Way|Woodlands Loop|"
             "Pioneer Road|Loyang Way|Changi Business Park Crescent|Toh Guan Road East"),
    "hk": _w("Hoi Bun Road|How Ming Street|Wang Chiu Road|Kwai Fung Crescent|Sha Tsui Road|Hing Yip Street|Connaught Road Central|"
             "Queen's Road Central|Nathan Road|Castle Peak Road"),
    "in": _w("MIDC Industrial Area|Bhosari Industrial Estate|Guindy Industrial Estate|Peenya Industrial Area|GIDC Estate|"
             "Udyog Vihar Phase 4|SIDCO Industrial Estate|Andheri Kurla Road|Chakan Industrial Area|Sector 18"),
    "th": _w("Amata City Industrial Estate|Eastern Seaboard Industrial Estate|Bangna-Trad Road|Sukhumvit Road|"
             "Hemaraj Industrial Estate|Rama IV Road|Rojana Industrial Park|Bangpoo Industrial Estate|Silom Road"),
}

STREET_ABBREV = {
    "de": [("straße", ["str.", "strasse", "str", "st."]), ("Straße", ["Str.", "Strasse", "Str"]), ("-Ring", [" Ring"])],
    "fr": [("rue ", ["r. ", "Rue "]), ("avenue ", ["av. ", "ave ", "Avenue "]), ("boulevard ", ["bd ", "bld ", "Bd "]),
           ("route ", ["rte ", "Route "]), ("chemin ", ["ch. ", "Chemin "]), ("allée ", ["all. ", "Allée "]),
           ("Général", ["Gal", "Gén.", "General"])],
    "it": [("Via ", ["V. ", "via "]), ("Viale ", ["V.le ", "viale "]), ("Corso ", ["C.so "])],
    "es": [("Calle ", ["C/ ", "C. ", "c/ "]), ("Avenida ", ["Avda. ", "Av. ", "Avda "])],
    "pl": [("ul. ", ["", "ulica ", "UL. "]), ("al. ", ["Al. ", "aleja "])],
    "nl": [("straat", ["str.", "str"]), ("weg", ["wg."])],
    "se": [("gatan", ["g.", "gt."])],
    "cz": [],
    "en_gb": [("Road", ["Rd", "Rd."]), ("Street", ["St", "St."]), ("Lane", ["Ln"]), ("Industrial Estate", ["Ind. Est.", "Ind Est", "I.E."]),
              ("Business Park", ["Bus. Pk", "Business Pk"])],
}

# ------------------------------------------------------------------ names by language
SURNAMES = {
    "de": _w("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|"
             "Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange|Schmitt|Werner|Schmitz|Krause|"
             "Meier|Lehmann|Schmid|Schulze|Maier|Köhler|Herrmann|König|Walter|Mayer|Huber|Kaiser|Fuchs|Peters|Lang|Scholz|"
             "Möller|Weiß|Jung|Hahn|Schubert|Vogel|Friedrich|Keller|Günther|Frank|Berger|Winkler|Roth|Beck|Lorenz|Baumann|"
             "Franke|Albrecht|Schuster|Simon|Ludwig|Böhm|Winter|Kraus|Martin|Schumacher|Krämer|Vogt|Stein|Jäger|Otto|"
             "Sommer|Groß|Seidel|Heinrich|Brandt|Haas|Schreiber|Graf|Schulte|Dietrich|Ziegler|Kuhn|Kühn|Pohl|Engel|Horn|"
             "Busch|Bergmann|Thomas|Voigt|Sauer|Arnold|Wolff|Pfeiffer|Eberhardt|Hauser|Brenner|Reuter|Stahl|Wendt|Kessler|"
             "Riedel|Ott|Schwab|Hübner|Bühler|Gebhardt|Landwehr|Strobel"),
    "en": _w("Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|Thomas|Moore|Jackson|Martin|Lee|"
             "Thompson|White|Harris|Clark|Lewis|Robinson|Walker|Young|Allen|King|Wright|Scott|Green|Baker|Adams|Nelson|Hill|"
             "Campbell|Mitchell|Roberts|Carter|Phillips|Evans|Turner|Parker|Collins|Edwards|Stewart|Morris|Murphy|Cook|"
             "Rogers|Morgan|Cooper|Peterson|Reed|Bailey|Bell|Kelly|Howard|Ward|Cox|Richardson|Wood|Watson|Brooks|Bennett|"
             "Gray|Hughes|Price|Sanders|Hall|Fletcher|Walsh|Kennedy|Harrison|Atkinson|Shaw|Holmes|Dixon|Hunt|Palmer|Mason|"
             "Knight|Barnes|Sullivan|Russell|Foster|Hayes|Graham|Wallace|Marshall|Owens"),
    "fr": _w("Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefebvre|Michel|Garcia|"
             "David|Bertrand|Roux|Vincent|Fournier|Morel|Girard|André|Lefèvre|Mercier|Dupont|Lambert|Bonnet|François|"
             "Martinez|Legrand|Garnier|Faure|Rousseau|Blanc|Guérin|Muller|Henry|Roussel|Nicolas|Perrin|Morin|Mathieu|"
             "Clément|Gauthier|Dumont|Lopez|Fontaine|Chevalier|Robin|Masson|Sanchez|Boyer|Denis|Lemaire|Duval|Joly|Gaillard"),
    "it": _w("Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Mancini|"
             "Costa|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|Mariani|Rinaldi|Caruso|Ferrara|Galli|Martini|Leone"),
    "es": _w("García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|Hernández|Díaz|"
             "Moreno|Álvarez|Muñoz|Romero|Alonso|Gutiérrez|Navarro|Torres|Domínguez|Vázquez|Ramos|Gil|Ramírez|Serrano|Blanco|Molina"),
    "nl": _w("de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|"
             "Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|Willems|Claes|Peeters|Maes"),
    "pl": _w("Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|Dąbrowski|"
             "Kozłowski|Jankowski|Mazur|Wojciechowski|Kwiatkowski|Krawczyk|Kaczmarek|Piotrowski|Grabowski"),
    "cz": _w("Novák|Svoboda|Novotný|Dvořák|Černý|Procházka|Kučera|Veselý|Horák|Němec|Pokorný|Marek|Pospíšil|Hájek|Král|"
             "Jelínek|Růžička|Beneš|Fiala|Sedláček"),
    "se": _w("Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|Pettersson|Jonsson|"
             "Jansson|Hansson|Bengtsson|Lindberg|Lindqvist|Berglund|Sandberg|Forsberg"),
    "in": _w("Patel|Shah|Mehta|Sharma|Gupta|Agarwal|Reddy|Rao|Iyer|Kumar|Singh|Joshi|Desai|Kapoor|Malhotra|Bhatia|Chopra|"
             "Jain|Bansal|Kulkarni|Naidu|Pillai|Thakkar|Chauhan"),
    "sg": _w("Tan|Lim|Lee|Ng|Ong|Wong|Goh|Chua|Chan|Koh|Teo|Cheung|Leung|Lau|Ho|Chow|Yeo|Low|Sim|Tay"),
    "th": _w("Srisuk|Wongsawat|Chaiyaporn|Rattanakul|Thongchai|Sukjai|Phongsri|Boonmee|Siriwat|Kittisak"),
}
SURNAMES["hk"] = SURNAMES["sg"]

INDUSTRY = {
    "de": _w("Maschinenbau|Metallbau|Antriebstechnik|Kunststofftechnik|Elektrotechnik|Fördertechnik|Automatisierungstechnik|"
             "Werkzeugbau|Stahlbau|Präzisionstechnik|Verpackungen|Logistik|Spedition|Industriebedarf|Hydraulik|Pneumatik|"
             "Oberflächentechnik|Sensortechnik|Messtechnik|Feinmechanik|Gießerei|Drehteile|Blechbearbeitung|Elektronik|"
             "Anlagenbau|Schweißtechnik|Dichtungstechnik|Armaturen|Lackfabrik|Chemie|Handelsgesellschaft|Industrievertretung|"
             "Befestigungstechnik|Umformtechnik|Kabelkonfektion|Zerspanungstechnik|Formenbau|Galvanotechnik|Lagertechnik|Systemtechnik"),
    "en": _w("Manufacturing|Engineering|Industries|Precision Components|Plastics|Metal Works|Fabrication|Automation|Controls|"
             "Electronics|Packaging|Logistics|Supply|Industrial Supply|Tooling|Machine Tools|Hydraulics|Fasteners|Castings|"
             "Coatings|Chemicals|Technologies|Systems|Solutions|Distribution|Components|Instruments|Bearings|Valves|"
             "Wire & Cable|Motion Control|Sensors|Forgings|Machining|Moulding|Seals"),
    "fr": _w("Industrie|Mécanique|Usinage|Plasturgie|Électronique|Emballages|Transports|Logistique|Métallerie|Outillage|"
             "Automatismes|Chaudronnerie|Fonderie|Traitement de Surface|Hydraulique|Distribution|Équipements Industriels|"
             "Composants|Systèmes|Techniques|Décolletage|Câblage"),
    "it": _w("Meccanica|Stampaggio|Tecnologie|Elettronica|Imballaggi|Trasporti|Oleodinamica|Minuterie|Automazioni|"
             "Fonderia|Plastica|Componenti|Utensileria|Carpenteria Metallica|Forniture Industriali|Trafileria"),
    "es": _w("Industrias|Mecanizados|Plásticos|Transportes|Logística|Componentes|Automatización|Electrónica|Embalajes|"
             "Suministros Industriales|Metalúrgica|Fundiciones|Hidráulica|Técnicas|Herramientas|Troquelados"),
    "nl": _w("Techniek|Metaalbewerking|Kunststoffen|Verpakkingen|Transport|Logistiek|Machinebouw|Installatietechniek|"
             "Elektrotechniek|Aandrijftechniek|Industriële Handel|Hydrauliek|Plaatwerk|Draaierij"),
    "pl": _w("Metal|Technika|Przemysł|Automatyka|Transport|Logistyka|Tworzywa|Opakowania|Narzędzia|Elektronika|"
             "Hydraulika|Mechanika|Odlewnia|Handel|Obróbka Metali"),
    "cz": _w("Strojírna|Kovovýroba|Technika|Plasty|Elektro|Logistika|Doprava|Nástrojárna|Slévárna|Automatizace|Obaly|Hydraulika"),
    "se": _w("Mekaniska|Verkstad|Industri|Plast|Elektronik|Logistik|Transport|Automation|Teknik|Hydraulik|Förpackning|Svets|Gjuteri"),
}
# near-synonyms: a sibling company whose name differs by this one word
SIBLING_WORDS = {
    "de": [("Kunststofftechnik", "Kunststoffverarbeitung"), ("Maschinenbau", "Maschinenhandel"), ("Metallbau", "Metallverarbeitung"),
           ("Elektrotechnik", "Elektronik"), ("Antriebstechnik", "Antriebssysteme"), ("Werkzeugbau", "Werkzeughandel"),
           ("Logistik", "Spedition"), ("Messtechnik", "Messsysteme"), ("Hydraulik", "Pneumatik"), ("Stahlbau", "Stahlhandel")],
    "en": [("Electronics", "Electric"), ("Manufacturing", "Machining"), ("Engineering", "Engineered Products"),
           ("Plastics", "Polymers"), ("Industries", "Industrial"), ("Systems", "Solutions"), ("Tooling", "Tools"),
           ("Components", "Parts"), ("Logistics", "Freight"), ("Supply", "Sales")],
    "fr": [("Mécanique", "Mécatronique"), ("Industrie", "Industries"), ("Usinage", "Outillage"), ("Transports", "Logistique")],
    "it": [("Meccanica", "Meccatronica"), ("Stampaggio", "Stampi"), ("Tecnologie", "Tecnica")],
    "es": [("Industrias", "Industrial"), ("Mecanizados", "Mecánica"), ("Plásticos", "Polímeros")],
    "nl": [("Techniek", "Technologie"), ("Metaalbewerking", "Metaalhandel")],
    "pl": [("Metal", "Metalurgia"), ("Technika", "Technologie")],
    "cz": [("Strojírna", "Strojírenství"), ("Technika", "Technologie")],
    "se": [("Mekaniska", "Mekanik"), ("Industri", "Industrier")],
}
MODIFIERS = {
    "de": _w("Nord|Süd|West|Ost|Service|Vertrieb|Technik|International|Systeme|Handel"),
    "en": _w("North|South|International|Holdings|Services|Sales|Technical|Global|America|Group"),
    "fr": _w("Nord|Sud|Est|Ouest|Services|International|Distribution|France"),
    "it": _w("Nord|Sud|Service|Italia|Sistemi"),
    "es": _w("Norte|Sur|Servicios|Ibérica|Internacional"),
    "nl": _w("Noord|Zuid|Service|International|Holland"),
    "pl": _w("Serwis|Polska|Południe|Północ"),
    "cz": _w("Servis|Morava|Export"),
    "se": _w("Nord|Syd|Service|Sverige"),
}
PLACES = {
    "de": _w("Rhein|Main|Neckar|Allgäu|Schwarzwald|Eifel|Harz|Elbe|Weser|Bodensee|Franken|Taunus|Sauerland|Ruhr|Alb|Ems|"
             "Spree|Saale|Mosel|Isar|Donau|Lahn|Sieg|Hansa|Rheintal|Nordsee|Ostalb|Vogtland|Erzgebirge|Oberland"),
    "gb": _w("Midland|Northern|Pennine|Thames|Severn|Mersey|Cotswold|Anglia|Albion|Kingsway|Pioneer|Britannia|Wessex|"
             "Caledonian|Trent|Humber|Chiltern|Solent|Mercia|Tyne"),
    "us": _w("Great Lakes|Midwest|Pacific|Atlantic|Lone Star|Keystone|Summit|Liberty|Eagle|Frontier|Heartland|Pinnacle|"
             "Coastal|Sierra|Allied|American|National|United|Continental|Buckeye|Hoosier|Empire"),
    "fr": _w("Alpes|Rhône|Loire|Bretagne|Normandie|Atlantique|Provence|Alsace|Lorraine|Jura|Vosges|Picardie|Aquitaine|"
             "Savoie|Languedoc|Méditerranée"),
    "it": _w("Lombarda|Veneta|Emiliana|Padana|Adriatica|Tirrenica|Alpina|Brianza|Toscana|Piemontese"),
    "es": _w("Ibérica|Levante|Cantábrica|Catalana|Vasca|Andaluza|Mediterránea|Castellana|Gallega|Norte"),
    "nl": _w("Holland|Brabant|Rijn|Maas|Delta|Noord|Zuid|Twente|Veluwe|Zeeland"),
    "pl": _w("Polska|Mazowsze|Śląsk|Pomorze|Wielkopolska|Bałtyk|Karpaty|Warta|Wisła|Odra"),
    "cz": _w("Morava|Bohemia|Vltava|Labe|Šumava|Krkonoše|Slezsko|Haná"),
    "se": _w("Norrland|Småland|Skåne|Väst|Mälar|Göta|Nordic|Scandinavian|Baltic|Svea"),
    "sg": _w("Jurong|Tuas|Pioneer|Lion|Merlion|Asia Pacific|Orient|Straits|Eastern|Temasek"),
    "hk": _w("Kowloon|Pearl River|Victoria|Golden|Oriental|Far East|Harbour|Dragon|Sun Hing|Wing Tai"),
    "in": _w("Shree|Bharat|Hindustan|Deccan|Ganga|Sahyadri|Kaveri|Vijay|Laxmi|Jai Hind"),
    "th": _w("Siam|Thai|Chao Phraya|Bangkok|Eastern Seaboard|Rayong|Golden Land|Lanna|Andaman|Sukhothai"),
}
FR_ADJ = _w("Lyonnaise|Parisienne|Alsacienne|Bretonne|Normande|Nantaise|Lilloise|Toulousaine|Savoyarde|Dauphinoise|Française|Industrielle")
BRAND_PRE = _w("Vi|Tec|Pro|In|Ma|Ro|Si|Kro|Sta|Tri|Ze|Al|Ver|Ul|Ne|Pol|Hy|Fle|Gra|Lu|Mon|Tor|Ar|Ex|Om|Qua|Ra|Sol|Tra|Vo|"
                "Ka|Be|Do|Fe|Ge|No|Pa|Te|Wi|Xa|Ju|Ori|Kom|Sen|Dy|Mer")
BRAND_MID = _w("tro|ma|ni|lo|ra|ve|do|ta|ri|xo|me|li|na|go|ke|va|si|ro")
BRAND_END = _w("nic|tec|tex|lux|form|tron|plan|flex|ma|sys|line|mat|ton|dur|vent|pack|con|tek|trol|gen|log|tix|ra|ol|ix|an|"
                "tech|ex|al|on|or|us|ia|ent|ar")

FIRST_NAMES = {
    "de": _w("Thomas|Michael|Andreas|Stefan|Peter|Frank|Sabine|Petra|Claudia|Julia|Anna|Markus|Jürgen|Katrin|Birgit|Tobias|"
             "Christian|Monika|Susanne|Martin|Uwe|Jörg|Heike|Kerstin|Matthias|Florian|Nicole|Sandra"),
    "en": _w("John|David|Michael|Sarah|Emma|James|Robert|Jennifer|Linda|Mark|Paul|Karen|Susan|Daniel|Chris|Laura|Gary|"
             "Steve|Rachel|Helen|Kevin|Brian|Amanda|Lisa"),
    "fr": _w("Jean|Pierre|Marie|Sophie|Nicolas|Philippe|Isabelle|Nathalie|François|Céline|Laurent|Julien|Camille|Stéphane|"
             "Hélène|Thierry|Sylvie|Éric"),
    "it": _w("Marco|Giuseppe|Luca|Francesca|Giulia|Andrea|Paolo|Alessandro|Chiara|Roberto|Elena|Stefano"),
    "es": _w("José|Antonio|Manuel|María|Carmen|Javier|David|Laura|Pablo|Lucía|Jorge|Elena"),
    "nl": _w("Jan|Pieter|Sanne|Lotte|Daan|Bram|Eva|Joost|Ruud|Anouk|Koen|Els"),
    "pl": _w("Piotr|Krzysztof|Anna|Katarzyna|Tomasz|Marek|Agnieszka|Paweł|Magdalena|Michał"),
    "cz": _w("Jan|Petr|Jiří|Pavel|Jana|Eva|Martin|Tomáš|Lucie|Lenka"),
    "se": _w("Erik|Lars|Anders|Karin|Anna|Johan|Per|Maria|Magnus|Sofia"),
    "in": _w("Rajesh|Amit|Suresh|Priya|Anil|Sunil|Deepak|Neha|Vikram|Sanjay|Kavita|Rahul"),
    "sg": _w("Kelvin|Alvin|Jason|Michelle|Eric|Winnie|Raymond|Jacky|Ivy|Vincent|Desmond|Grace"),
    "th": _w("Somchai|Suda|Niran|Pornthip|Anan|Malee|Kittipong|Wanida"),
    "cn": _w("Wei|Fang|Jing|Lei|Min|Jun|Yan|Hui|Qiang|Li|Xiaoming|Jianguo|Haiyan|Xiaohong|Zhiwei|Yong|Tao|Ping"),
    "jp": _w("Hiroshi|Takashi|Kenji|Yuki|Akiko|Naoko|Satoshi|Makoto|Yōko|Tomoko|Kazuo|Daisuke|Shōta|Yūsuke|Kyōko|Jun"),
    "kr": _w("Minho|Jiwon|Seojun|Hyunwoo|Jiyeon|Sungmin|Eunji|Dongwook|Jaehyun|Soyoung"),
}
FIRST_NAMES["hk"] = FIRST_NAMES["sg"]
FIRST_NAMES["tw"] = _w("Chih-Ming|Shu-Fen|Chun-Hung|Mei-Ling|Wen-Chieh|Ya-Ting|Kevin|Jerry|Amy|Vivian")
SURNAMES["cn"] = _w("Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|Lin|Gao|Luo")
SURNAMES["tw"] = _w("Chen|Lin|Huang|Chang|Li|Wang|Wu|Liu|Tsai|Yang|Hsu|Cheng")
SURNAMES["kr"] = _w("Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Shin")

# ------------------------------------------------------------------ Chinese
# brand characters: (simplified, pinyin, traditional, Wade-Giles-ish used in Taiwan)
CN_BRAND = [
    ("恒", "heng", "恆", "Heng"), ("达", "da", "達", "Ta"), ("华", "hua", "華", "Hua"), ("鑫", "xin", "鑫", "Hsin"),
    ("盛", "sheng", "盛", "Sheng"), ("利", "li", "利", "Li"), ("宏", "hong", "宏", "Hung"), ("源", "yuan", "源", "Yuan"),
    ("泰", "tai", "泰", "Tai"), ("丰", "feng", "豐", "Feng"), ("金", "jin", "金", "Chin"), ("隆", "long", "隆", "Lung"),
    ("兴", "xing", "興", "Hsing"), ("昌", "chang", "昌", "Chang"), ("德", "de", "德", "Te"), ("瑞", "rui", "瑞", "Jui"),
    ("信", "xin", "信", "Hsin"), ("和", "he", "和", "Ho"), ("永", "yong", "永", "Yung"), ("安", "an", "安", "An"),
    ("博", "bo", "博", "Po"), ("创", "chuang", "創", "Chuang"), ("通", "tong", "通", "Tung"), ("力", "li", "力", "Li"),
    ("威", "wei", "威", "Wei"), ("海", "hai", "海", "Hai"), ("天", "tian", "天", "Tien"), ("宇", "yu", "宇", "Yu"),
    ("明", "ming", "明", "Ming"), ("新", "xin", "新", "Hsin"), ("光", "guang", "光", "Kuang"), ("中", "zhong", "中", "Chung"),
    ("东", "dong", "東", "Tung"), ("南", "nan", "南", "Nan"), ("佳", "jia", "佳", "Chia"), ("嘉", "jia", "嘉", "Chia"),
    ("远", "yuan", "遠", "Yuan"), ("卓", "zhuo", "卓", "Cho"), ("立", "li", "立", "Li"), ("凯", "kai", "凱", "Kai"),
    ("迪", "di", "迪", "Ti"), ("锐", "rui", "銳", "Jui"), ("晨", "chen", "晨", "Chen"), ("辉", "hui", "輝", "Hui"),
    ("振", "zhen", "振", "Chen"), ("亚", "ya", "亞", "Ya"), ("汇", "hui", "匯", "Hui"), ("联", "lian", "聯", "Lien"),
    ("正", "zheng", "正", "Cheng"), ("同", "tong", "同", "Tung"), ("万", "wan", "萬", "Wan"), ("康", "kang", "康", "Kang"),
    ("富", "fu", "富", "Fu"), ("荣", "rong", "榮", "Jung"), ("景", "jing", "景", "Ching"), ("志", "zhi", "志", "Chih"),
    ("成", "cheng", "成", "Cheng"), ("顺", "shun", "順", "Shun"), ("福", "fu", "福", "Fu"), ("祥", "xiang", "祥", "Hsiang"),
    ("精", "jing", "精", "Ching"), ("诚", "cheng", "誠", "Cheng"), ("美", "mei", "美", "Mei"), ("长", "chang", "長", "Chang"),
]
# (simplified, traditional, pinyin, [English renderings])
CN_INDUSTRY = [
    ("精密机械", "精密機械", "Jingmi Jixie", ["Precision Machinery"]), ("机械", "機械", "Jixie", ["Machinery"]),
    ("电子", "電子", "Dianzi", ["Electronics", "Electronic"]), ("电子科技", "電子科技", "Dianzi Keji", ["Electronic Technology", "Electronics Technology"]),
    ("科技", "科技", "Keji", ["Technology", "Science & Technology", "Tech"]), ("五金", "五金", "Wujin", ["Hardware", "Metal Products"]),
    ("塑胶制品", "塑膠製品", "Sujiao Zhipin", ["Plastic Products", "Plastics"]), ("模具", "模具", "Muju", ["Mould", "Mold"]),
    ("电气", "電氣", "Dianqi", ["Electric", "Electrical"]), ("自动化设备", "自動化設備", "Zidonghua Shebei", ["Automation Equipment"]),
    ("国际贸易", "國際貿易", "Guoji Maoyi", ["International Trading", "International Trade"]), ("贸易", "貿易", "Maoyi", ["Trading", "Trade"]),
    ("物流", "物流", "Wuliu", ["Logistics"]), ("新材料", "新材料", "Xin Cailiao", ["New Materials", "Advanced Materials"]),
    ("轴承", "軸承", "Zhoucheng", ["Bearing", "Bearings"]), ("汽车零部件", "汽車零件", "Qiche Lingbujian", ["Auto Parts", "Automotive Components"]),
    ("包装", "包裝", "Baozhuang", ["Packaging"]), ("化工", "化工", "Huagong", ["Chemical", "Chemicals"]),
    ("阀门", "閥門", "Famen", ["Valve", "Valves"]), ("传动", "傳動", "Chuandong", ["Transmission", "Drive Technology"]),
    ("金属制品", "金屬製品", "Jinshu Zhipin", ["Metal Products"]), ("精工", "精工", "Jinggong", ["Precision", "Precision Industry"]),
    ("实业", "實業", "Shiye", ["Industrial", "Industry"]), ("电机", "電機", "Dianji", ["Motor", "Electric Motor"]),
]
# (province, province pinyin, city, city pinyin, USCC division code, postcode prefix, area code,
#  [(district, district romanised)])
CN_CITIES = [
    ("江苏", "Jiangsu", "苏州", "Suzhou", "320500", "215", "512", [("工业园区", "Suzhou Industrial Park"), ("吴中区", "Wuzhong District"), ("相城区", "Xiangcheng District"), ("昆山市", "Kunshan")]),
    ("江苏", "Jiangsu", "无锡", "Wuxi", "320200", "214", "510", [("新吴区", "Xinwu District"), ("滨湖区", "Binhu District"), ("江阴市", "Jiangyin")]),
    ("江苏", "Jiangsu", "南京", "Nanjing", "320100", "211", "25", [("江宁区", "Jiangning District"), ("栖霞区", "Qixia District")]),
    ("江苏", "Jiangsu", "常州", "Changzhou", "320400", "213", "519", [("武进区", "Wujin District"), ("新北区", "Xinbei District")]),
    ("", "", "上海", "Shanghai", "310115", "201", "21", [("浦东新区", "Pudong New Area"), ("嘉定区", "Jiading District"), ("松江区", "Songjiang District"), ("闵行区", "Minhang District")]),
    ("浙江", "Zhejiang", "宁波", "Ningbo", "330200", "315", "574", [("北仑区", "Beilun District"), ("鄞州区", "Yinzhou District"), ("慈溪市", "Cixi")]),
    ("浙江", "Zhejiang", "杭州", "Hangzhou", "330100", "311", "571", [("余杭区", "Yuhang District"), ("滨江区", "Binjiang District"), ("萧山区", "Xiaoshan District")]),
    ("浙江", "Zhejiang", "温州", "Wenzhou", "330300", "325", "577", [("瓯海区", "Ouhai District"), ("乐清市", "Yueqing")]),
    ("广东", "Guangdong", "深圳", "Shenzhen", "440300", "518", "755", [("宝安区", "Bao'an District"), ("龙岗区", "Longgang District"), ("南山区", "Nanshan District")]),
    ("广东", "Guangdong", "东莞", "Dongguan", "441900", "523", "769", [("长安镇", "Chang'an Town"), ("虎门镇", "Humen Town"), ("松山湖", "Songshan Lake")]),
    ("广东", "Guangdong", "广州", "Guangzhou", "440100", "510", "20", [("黄埔区", "Huangpu District"), ("番禺区", "Panyu District")]),
    ("广东", "Guangdong", "佛山", "Foshan", "440600", "528", "757", [("顺德区", "Shunde District"), ("南海区", "Nanhai District")]),
    ("", "", "北京", "Beijing", "110105", "100", "10", [("朝阳区", "Chaoyang District"), ("大兴区", "Daxing District"), ("海淀区", "Haidian District")]),
    ("", "", "天津", "Tianjin", "120116", "300", "22", [("滨海新区", "Binhai New Area"), ("西青区", "Xiqing District")]),
    ("山东", "Shandong", "青岛", "Qingdao", "370200", "266", "532", [("黄岛区", "Huangdao District"), ("城阳区", "Chengyang District")]),
    ("辽宁", "Liaoning", "大连", "Dalian", "210200", "116", "411", [("金州区", "Jinzhou District"), ("甘井子区", "Ganjingzi District")]),
    ("湖北", "Hubei", "武汉", "Wuhan", "420100", "430", "27", [("东西湖区", "Dongxihu District"), ("蔡甸区", "Caidian District")]),
    ("四川", "Sichuan", "成都", "Chengdu", "510100", "610", "28", [("高新区", "Hi-tech Zone"), ("龙泉驿区", "Longquanyi District")]),
    ("", "", "重庆", "Chongqing", "500112", "401", "23", [("渝北区", "Yubei District"), ("九龙坡区", "Jiulongpo District")]),
]
# (stem, stem pinyin, type) type: 路 Road / 街 Street / 大道 Avenue
CN_ROADS = [("星湖", "Xinghu", "街"), ("长江", "Changjiang", "路"), ("黄河", "Huanghe", "路"), ("人民", "Renmin", "路"),
            ("建设", "Jianshe", "路"), ("工业", "Gongye", "大道"), ("科技", "Keji", "路"), ("发展", "Fazhan", "大道"),
            ("中山", "Zhongshan", "路"), ("解放", "Jiefang", "路"), ("金桥", "Jinqiao", "路"), ("东方", "Dongfang", "路"),
            ("新华", "Xinhua", "路"), ("创业", "Chuangye", "路"), ("兴业", "Xingye", "路"), ("高新", "Gaoxin", "路"),
            ("环城", "Huancheng", "路"), ("青年", "Qingnian", "路"), ("和平", "Heping", "路"), ("华山", "Huashan", "路"),
            ("珠江", "Zhujiang", "路"), ("滨海", "Binhai", "大道"), ("东环", "Donghuan", "路"), ("南湖", "Nanhu", "街")]
CN_ROAD_TYPES = {"路": ("Road", ["Rd.", "Rd", "Lu"]), "街": ("Street", ["St.", "Jie"]), "大道": ("Avenue", ["Ave.", "Dadao", "Rd."])}
CN_FREEMAIL = ["163.com", "126.com", "qq.com", "sina.com", "aliyun.com", "139.com", "foxmail.com", "hotmail.com"]

# ------------------------------------------------------------------ Japanese
# surname-type brands: (kanji, romaji with macrons)
JP_BRAND = [("山田", "Yamada"), ("田中", "Tanaka"), ("佐藤", "Satō"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"),
            ("中村", "Nakamura"), ("小林", "Kobayashi"), ("加藤", "Katō"), ("吉田", "Yoshida"), ("松本", "Matsumoto"),
            ("井上", "Inoue"), ("木村", "Kimura"), ("清水", "Shimizu"), ("山本", "Yamamoto"), ("森", "Mori"),
            ("池田", "Ikeda"), ("橋本", "Hashimoto"), ("石川", "Ishikawa"), ("前田", "Maeda"), ("藤田", "Fujita"),
            ("岡田", "Okada"), ("後藤", "Gotō"), ("長谷川", "Hasegawa"), ("村上", "Murakami"), ("近藤", "Kondō"),
            ("坂本", "Sakamoto"), ("遠藤", "Endō"), ("青木", "Aoki"), ("西村", "Nishimura"), ("大野", "Ōno"),
            ("太田", "Ōta"), ("伊藤", "Itō"), ("工藤", "Kudō"), ("東洋", "Tōyō"), ("日本", "Nippon"), ("大和", "Yamato"),
            ("富士", "Fuji"), ("三和", "Sanwa"), ("昭和", "Shōwa"), ("大同", "Daidō"), ("北陸", "Hokuriku"),
            ("中央", "Chūō"), ("丸三", "Marusan"), ("共栄", "Kyōei"), ("新光", "Shinkō"), ("東邦", "Tōhō"), ("協和", "Kyōwa"),
            ("光洋", "Kōyō"), ("旭", "Asahi"), ("朝日", "Asahi"), ("平和", "Heiwa")]
# (kanji, romaji, [English renderings])
JP_INDUSTRY = [("製作所", "Seisakusho", ["Manufacturing", "Works", "Mfg."]), ("工業", "Kōgyō", ["Industries", "Industrial", "Industry"]),
               ("電機", "Denki", ["Electric", "Electric Works"]), ("精機", "Seiki", ["Precision", "Precision Machinery"]),
               ("化学", "Kagaku", ["Chemical", "Chemicals"]), ("商事", "Shōji", ["Trading", "Corporation"]),
               ("産業", "Sangyō", ["Industries", "Industry"]), ("技研", "Giken", ["Engineering", "Technical Laboratory"]),
               ("金属", "Kinzoku", ["Metal", "Metals"]), ("鉄工所", "Tekkōsho", ["Iron Works", "Ironworks"]),
               ("電子", "Denshi", ["Electronics"]), ("機械", "Kikai", ["Machinery"]), ("物流", "Butsuryū", ["Logistics"]),
               ("樹脂", "Jushi", ["Plastics", "Resin"]), ("工機", "Kōki", ["Machine Tools", "Koki"]), ("ゴム工業", "Gomu Kōgyō", ["Rubber Industries"])]
# (prefecture, romaji, city/ward, romaji, town, romaji, postcode, area code)
JP_PLACES = [
    ("東京都", "Tōkyō", "千代田区", "Chiyoda-ku", "丸の内", "Marunouchi", "100-0005", "3"),
    ("東京都", "Tōkyō", "港区", "Minato-ku", "芝浦", "Shibaura", "108-0023", "3"),
    ("東京都", "Tōkyō", "大田区", "Ōta-ku", "蒲田", "Kamata", "144-0052", "3"),
    ("東京都", "Tōkyō", "品川区", "Shinagawa-ku", "大崎", "Ōsaki", "141-0032", "3"),
    ("東京都", "Tōkyō", "八王子市", "Hachiōji-shi", "石川町", "Ishikawamachi", "192-0032", "42"),
    ("神奈川県", "Kanagawa", "横浜市港北区", "Yokohama-shi Kōhoku-ku", "新横浜", "Shin-Yokohama", "222-0033", "45"),
    ("神奈川県", "Kanagawa", "川崎市川崎区", "Kawasaki-shi Kawasaki-ku", "殿町", "Tonomachi", "210-0821", "44"),
    ("神奈川県", "Kanagawa", "厚木市", "Atsugi-shi", "上依知", "Kamiechi", "243-0801", "46"),
    ("愛知県", "Aichi", "名古屋市中区", "Nagoya-shi Naka-ku", "栄", "Sakae", "460-0008", "52"),
    ("愛知県", "Aichi", "豊田市", "Toyota-shi", "元町", "Motomachi", "471-0826", "565"),
    ("愛知県", "Aichi", "刈谷市", "Kariya-shi", "昭和町", "Shōwachō", "448-0029", "566"),
    ("大阪府", "Ōsaka", "大阪市北区", "Ōsaka-shi Kita-ku", "梅田", "Umeda", "530-0001", "6"),
    ("大阪府", "Ōsaka", "東大阪市", "Higashiōsaka-shi", "高井田", "Takaida", "577-0066", "6"),
    ("大阪府", "Ōsaka", "堺市堺区", "Sakai-shi Sakai-ku", "戎島町", "Ebisujimachō", "590-0985", "72"),
    ("静岡県", "Shizuoka", "浜松市中区", "Hamamatsu-shi Naka-ku", "板屋町", "Itayamachi", "430-0928", "53"),
    ("埼玉県", "Saitama", "さいたま市大宮区", "Saitama-shi Ōmiya-ku", "桜木町", "Sakuragichō", "330-0854", "48"),
    ("兵庫県", "Hyōgo", "神戸市中央区", "Kōbe-shi Chūō-ku", "港島", "Minatojima", "650-0045", "78"),
    ("京都府", "Kyōto", "京都市南区", "Kyōto-shi Minami-ku", "吉祥院", "Kisshōin", "601-8305", "75"),
    ("福岡県", "Fukuoka", "北九州市小倉北区", "Kitakyūshū-shi Kokurakita-ku", "浅野", "Asano", "802-0001", "93"),
    ("広島県", "Hiroshima", "広島市南区", "Hiroshima-shi Minami-ku", "宇品海岸", "Ujinakaigan", "734-0011", "82"),
    ("新潟県", "Niigata", "燕市", "Tsubame-shi", "小関", "Koseki", "959-1277", "256"),
    ("長野県", "Nagano", "諏訪市", "Suwa-shi", "中洲", "Nakasu", "392-0015", "266"),
    ("宮城県", "Miyagi", "仙台市青葉区", "Sendai-shi Aoba-ku", "一番町", "Ichibanchō", "980-0811", "22"),
    ("群馬県", "Gunma", "太田市", "Ōta-shi", "西矢島町", "Nishiyajimachō", "373-0815", "276"),
]
JP_FREEMAIL = ["yahoo.co.jp", "gmail.com", "nifty.com", "ybb.ne.jp", "docomo.ne.jp", "ezweb.ne.jp", "outlook.jp"]

# ------------------------------------------------------------------ Korean
KR_BRAND = [("삼진", "Samjin"), ("대성", "Daesung"), ("한일", "Hanil"), ("동양", "Dongyang"), ("세진", "Sejin"),
            ("우진", "Woojin"), ("태광", "Taekwang"), ("신성", "Shinsung"), ("영진", "Youngjin"), ("대원", "Daewon"),
            ("성진", "Sungjin"), ("금강", "Kumkang"), ("동일", "Dongil"), ("일신", "Ilshin"), ("상신", "Sangsin"),
            ("진성", "Jinsung"), ("한성", "Hansung"), ("대림", "Daelim"), ("서진", "Seojin"), ("화신", "Hwashin")]
KR_INDUSTRY = [("정밀", ["Precision", "Jeongmil"]), ("전자", ["Electronics", "Electronic"]), ("산업", ["Industrial", "Industries"]),
               ("기계", ["Machinery", "Machine"]), ("화학", ["Chemical"]), ("금속", ["Metal"]), ("테크", ["Tech"]),
               ("물산", ["Trading", "Corporation"]), ("기공", ["Engineering"]), ("오토텍", ["Autotech"])]
# (province/city, romanised, district, romanised, road, romanised road, postcode, area code)
KR_PLACES = [("서울특별시", "Seoul", "강남구", "Gangnam-gu", "테헤란로", "Teheran-ro", "06164", "2"),
             ("경기도", "Gyeonggi-do", "성남시 분당구", "Bundang-gu, Seongnam-si", "판교역로", "Pangyoyeok-ro", "13494", "31"),
             ("경기도", "Gyeonggi-do", "화성시", "Hwaseong-si", "동탄대로", "Dongtan-daero", "18469", "31"),
             ("인천광역시", "Incheon", "남동구", "Namdong-gu", "남동대로", "Namdong-daero", "21630", "32"),
             ("경상남도", "Gyeongsangnam-do", "창원시 성산구", "Seongsan-gu, Changwon-si", "공단로", "Gongdan-ro", "51500", "55"),
             ("울산광역시", "Ulsan", "남구", "Nam-gu", "산업로", "Saneop-ro", "44700", "52"),
             ("부산광역시", "Busan", "강서구", "Gangseo-gu", "녹산산업중로", "Noksansaneopjung-ro", "46752", "51"),
             ("대구광역시", "Daegu", "달서구", "Dalseo-gu", "성서공단로", "Seongseogongdan-ro", "42700", "53")]

# ------------------------------------------------------------------ Taiwan
# (city, romanised, district, romanised, road, romanised, postcode, area code)
TW_PLACES = [("臺北市", "Taipei City", "內湖區", "Neihu Dist.", "瑞光路", "Ruiguang Rd.", "114", "2"),
             ("新北市", "New Taipei City", "新莊區", "Xinzhuang Dist.", "五工路", "Wugong Rd.", "242", "2"),
             ("桃園市", "Taoyuan City", "龜山區", "Guishan Dist.", "文化一路", "Wenhua 1st Rd.", "333", "3"),
             ("新竹市", "Hsinchu City", "東區", "East Dist.", "力行路", "Lixing Rd.", "300", "3"),
             ("臺中市", "Taichung City", "西屯區", "Xitun Dist.", "工業區一路", "Industrial Zone 1st Rd.", "407", "4"),
             ("臺南市", "Tainan City", "安南區", "Annan Dist.", "工業二路", "Gongye 2nd Rd.", "709", "6"),
             ("高雄市", "Kaohsiung City", "前鎮區", "Qianzhen Dist.", "新生路", "Xinsheng Rd.", "806", "7")]

# ------------------------------------------------------------------ legal forms
# key -> variants, the first the usual one (repeated entries weight it)
LEGAL = {
    "GmbH": ["GmbH"] * 10 + ["G.m.b.H.", "Gesellschaft mit beschränkter Haftung", "GMBH", "Gmbh", "Ges.m.b.H.", "GmbH."],
    "GmbH & Co. KG": ["GmbH & Co. KG"] * 8 + ["GmbH & Co KG", "GmbH u. Co. KG", "GmbH&Co.KG", "GmbH + Co. KG", "GmbH & Co.KG"],
    "AG": ["AG"] * 8 + ["Aktiengesellschaft", "A.G."],
    "KG": ["KG"] * 6 + ["Kommanditgesellschaft", "K.G."],
    "e.K.": ["e.K."] * 6 + ["e. K.", "eK", "e.Kfm.", "eingetragener Kaufmann"],
    "OHG": ["OHG"] * 6 + ["oHG", "o.H.G."],
    "UG": ["UG (haftungsbeschränkt)"] * 6 + ["UG", "UG (haftungsbeschr.)", "UG haftungsbeschränkt"],
    "ATGmbH": ["GmbH"] * 6 + ["Ges.m.b.H.", "Ges.mbH", "G.m.b.H."],
    "CHAG": ["AG"] * 6 + ["SA", "AG/SA"],
    "SAS": ["SAS"] * 8 + ["S.A.S.", "S.A.S", "Sas", "Société par actions simplifiée"],
    "SARL": ["SARL"] * 8 + ["S.A.R.L.", "Sarl", "S.à r.l."],
    "SA": ["SA"] * 8 + ["S.A.", "Société Anonyme"],
    "Ltd": ["Ltd"] * 6 + ["Limited"] * 4 + ["Ltd.", "LTD", "Ltd"],
    "PLC": ["plc"] * 6 + ["PLC", "Public Limited Company", "P.L.C."],
    "Inc": ["Inc."] * 8 + ["Inc", "Incorporated", "INC"],
    "LLC": ["LLC"] * 8 + ["L.L.C.", "Llc", "Limited Liability Company"],
    "Corp": ["Corporation"] * 5 + ["Corp."] * 4 + ["Corp", "CORP."],
    "CoLtd": ["Co., Ltd."] * 8 + ["Co.,Ltd.", "Co. Ltd.", "Co., Ltd", "Company Limited", "CO LTD", "Co.,Ltd", "Ltd."],
    "JPKK": ["Co., Ltd."] * 6 + ["Co.,Ltd.", "Corporation", "K.K.", "Kabushiki Kaisha", "Corp.", "Inc.", "CO., LTD."],
    "PteLtd": ["Pte. Ltd."] * 6 + ["Pte Ltd", "Private Limited", "PTE LTD", "Pte. Limited"],
    "PvtLtd": ["Pvt. Ltd."] * 5 + ["Private Limited"] * 3 + ["Pvt Ltd", "(P) Ltd", "Pvt. Limited", "P. Ltd."],
    "BV": ["B.V."] * 8 + ["BV", "B.V", "Besloten Vennootschap"],
    "NV": ["NV"] * 6 + ["N.V.", "nv"],
    "Srl": ["S.r.l."] * 8 + ["SRL", "Srl", "S.R.L.", "s.r.l."],
    "SpA": ["S.p.A."] * 8 + ["SpA", "SPA", "S.P.A."],
    "SL": ["S.L."] * 8 + ["SL", "S.L.U.", "S.L"],
    "ESSA": ["S.A."] * 8 + ["SA", "S.A.U."],
    "SpZoo": ["Sp. z o.o."] * 8 + ["Sp.z o.o.", "sp. z o.o.", "spółka z ograniczoną odpowiedzialnością", "Sp. z oo", "SP. Z O.O."],
    "sro": ["s.r.o."] * 8 + ["s. r. o.", "spol. s r.o.", "SRO", "s.r.o"],
    "as": ["a.s."] * 6 + ["a. s.", "AS"],
    "AB": ["AB"] * 8 + ["Aktiebolag", "(publ)"],
}
COUNTRY_LEGAL = {  # country -> [(legal key, weight)]
    "DE": [("GmbH", 60), ("GmbH & Co. KG", 16), ("AG", 6), ("KG", 5), ("e.K.", 6), ("OHG", 2), ("UG", 5)],
    "AT": [("ATGmbH", 75), ("AG", 8), ("KG", 10), ("e.K.", 7)],
    "CH": [("CHAG", 60), ("GmbH", 40)],
    "FR": [("SAS", 55), ("SARL", 30), ("SA", 15)],
    "GB": [("Ltd", 90), ("PLC", 5), ("LLP", 0)],
    "US": [("Inc", 50), ("LLC", 35), ("Corp", 15)],
    "IT": [("Srl", 75), ("SpA", 25)], "ES": [("SL", 75), ("ESSA", 25)], "NL": [("BV", 90), ("NV", 10)],
    "BE": [("BV", 50), ("NV", 30), ("SA", 20)], "PL": [("SpZoo", 90), ("ESSA", 10)], "CZ": [("sro", 85), ("as", 15)],
    "SE": [("AB", 100)], "SG": [("PteLtd", 100)], "HK": [("Ltd", 100)], "IN": [("PvtLtd", 85), ("Ltd", 15)],
    "TH": [("CoLtd", 90), ("PLC", 10)], "CN": [("CoLtd", 100)], "TW": [("CoLtd", 80), ("Corp", 20)],
    "JP": [("JPKK", 100)], "KR": [("CoLtd", 80), ("Corp", 20)],
}

# ------------------------------------------------------------------ e-mail
FREEMAIL = {
    "DE": ["t-online.de", "gmx.de", "web.de", "gmail.com", "freenet.de", "arcor.de", "online.de"],
    "AT": ["aon.at", "gmx.at", "chello.at", "gmail.com"], "CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "gmail.com"],
    "FR": ["orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"],
    "GB": ["btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "gmail.com", "outlook.com", "sky.com"],
    "US": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "hotmail.com", "comcast.net"],
    "IT": ["libero.it", "alice.it", "tiscali.it", "gmail.com", "virgilio.it"], "ES": ["telefonica.net", "hotmail.es", "gmail.com", "yahoo.es"],
    "NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com"], "BE": ["skynet.be", "telenet.be", "gmail.com"],
    "PL": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"], "CZ": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
    "SE": ["telia.com", "hotmail.se", "gmail.com"], "KR": ["naver.com", "daum.net", "hanmail.net", "gmail.com"],
    "TW": ["yahoo.com.tw", "ms1.hinet.net", "gmail.com"], "HK": ["netvigator.com", "yahoo.com.hk", "gmail.com"],
    "SG": ["singnet.com.sg", "gmail.com", "yahoo.com.sg"], "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    "TH": ["hotmail.com", "gmail.com", "yahoo.co.th"], "CN": CN_FREEMAIL, "JP": JP_FREEMAIL,
}
TLD = {"DE": ["de", "com", "eu"], "AT": ["at", "com"], "CH": ["ch", "com"], "FR": ["fr", "com"], "GB": ["co.uk", "com", "uk"],
       "US": ["com", "us", "net"], "IT": ["it", "com"], "ES": ["es", "com"], "NL": ["nl", "com"], "BE": ["be", "eu"],
       "PL": ["pl", "com.pl"], "CZ": ["cz", "com"], "SE": ["se", "com"], "KR": ["co.kr", "com", "kr"], "TW": ["com.tw", "com"],
       "HK": ["com.hk", "com", "hk"], "SG": ["com.sg", "sg", "com"], "IN": ["in", "co.in", "com"], "TH": ["co.th", "com"],
       "CN": ["com.cn", "cn", "com"], "JP": ["co.jp", "jp", "com"]}
ROLE_MAIL = {
    "de": _w("info|einkauf|vertrieb|buchhaltung|rechnung|office|kontakt|verkauf|zentrale|bestellung|rechnungseingang"),
    "en": _w("info|sales|purchasing|accounts|ap|invoices|orders|office|admin|procurement|enquiries|customerservice"),
    "fr": _w("contact|info|comptabilite|achats|commercial|facturation|accueil|direction"),
    "it": _w("info|amministrazione|acquisti|commerciale|ordini|contabilita"),
    "es": _w("info|compras|administracion|contabilidad|ventas|pedidos"),
    "nl": _w("info|inkoop|verkoop|administratie|facturen|sales"),
    "pl": _w("biuro|info|zamowienia|ksiegowosc|sekretariat|handel"),
    "cz": _w("info|obchod|fakturace|nakup|kancelar"),
    "se": _w("info|order|ekonomi|inkop|faktura"),
    "cn": _w("sales|info|service|admin|market|export|purchase|caiwu"),
    "jp": _w("info|sales|eigyo|soumu|keiri|order|contact"),
    "kr": _w("sales|info|admin|export"),
}
