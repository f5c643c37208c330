"""Vocabularies of the held-out benchmark generator (bench/heldout6): countries, cities, streets,
company-name parts, legal forms, person names, mail providers. Plain data, no logic."""

# --------------------------------------------------------------------------- countries
# code: (share of entities in %, ISO-3, renderings of the country name beyond ISO-2/ISO-3)
COUNTRIES = {
    "CN": (19.5, "CHN", ["China", "CHINA", "中国", "P.R. China", "PRC", "People's Republic of China", "中华人民共和国", "P.R.C."]),
    "US": (16.0, "USA", ["United States", "USA", "U.S.A.", "United States of America", "U.S.", "America"]),
    "DE": (11.0, "DEU", ["Germany", "Deutschland", "GERMANY", "Federal Republic of Germany", "Allemagne", "D"]),
    "JP": (10.0, "JPN", ["Japan", "日本", "JAPAN", "Nippon", "日本国"]),
    "GB": (8.0, "GBR", ["United Kingdom", "UK", "U.K.", "Great Britain", "England", "Scotland", "Vereinigtes Königreich"]),
    "FR": (7.0, "FRA", ["France", "FRANCE", "Frankreich", "République française"]),
    "IT": (3.5, "ITA", ["Italy", "Italia", "ITALIA", "Italien"]),
    "ES": (3.0, "ESP", ["Spain", "España", "ESPAÑA", "Espana", "Spanien"]),
    "NL": (2.5, "NLD", ["Netherlands", "Nederland", "The Netherlands", "Holland", "Niederlande"]),
    "CH": (2.0, "CHE", ["Switzerland", "Schweiz", "Suisse", "Svizzera", "Confoederatio Helvetica"]),
    "AT": (1.5, "AUT", ["Austria", "Österreich", "Oesterreich", "AUSTRIA"]),
    "TW": (2.0, "TWN", ["Taiwan", "台灣", "臺灣", "Taiwan, Province of China", "Republic of China", "Taiwan R.O.C."]),
    "HK": (2.0, "HKG", ["Hong Kong", "香港", "Hong Kong SAR", "Hong Kong, China", "HONG KONG", "HKSAR"]),
    "SG": (1.5, "SGP", ["Singapore", "SINGAPORE", "Republic of Singapore", "新加坡"]),
    "KR": (2.0, "KOR", ["Korea", "South Korea", "Republic of Korea", "대한민국", "Korea, Republic of", "한국"]),
    "VN": (1.5, "VNM", ["Vietnam", "Viet Nam", "Việt Nam", "VIETNAM"]),
    "TH": (1.5, "THA", ["Thailand", "ประเทศไทย", "THAILAND", "Kingdom of Thailand"]),
    "IN": (2.5, "IND", ["India", "INDIA", "Bharat", "Republic of India"]),
    "AU": (1.5, "AUS", ["Australia", "AUSTRALIA", "Commonwealth of Australia"]),
    "CA": (1.5, "CAN", ["Canada", "CANADA"]),
}

# --------------------------------------------------------------------------- cities
# Latin countries: (local name, [variants], postcode prefix(es), phone area code[, extra])
CITIES = {
    "DE": [("Berlin", [], "10", "30"), ("Hamburg", [], "20", "40"), ("München", ["Muenchen", "Munich", "Munchen"], "80", "89"),
           ("Köln", ["Koeln", "Cologne", "Koln"], "50", "221"), ("Frankfurt am Main", ["Frankfurt", "Frankfurt a.M.", "Frankfurt/Main", "Ffm"], "60", "69"),
           ("Stuttgart", [], "70", "711"), ("Düsseldorf", ["Duesseldorf", "Dusseldorf"], "40", "211"), ("Nürnberg", ["Nuernberg", "Nuremberg"], "90", "911"),
           ("Leipzig", [], "04", "341"), ("Dresden", [], "01", "351"), ("Bremen", [], "28", "421"), ("Hannover", ["Hanover"], "30", "511"),
           ("Augsburg", [], "86", "821"), ("Bielefeld", [], "33", "521"), ("Regensburg", [], "93", "941"), ("Ulm", [], "89", "731"),
           ("Mannheim", [], "68", "621"), ("Karlsruhe", [], "76", "721")],
    "AT": [("Wien", ["Vienna", "WIEN"], "1", "1"), ("Graz", [], "80", "316"), ("Linz", [], "40", "732"), ("Salzburg", [], "50", "662"),
           ("Innsbruck", [], "60", "512"), ("Wels", [], "46", "7242"), ("Klagenfurt", ["Klagenfurt am Wörthersee"], "90", "463")],
    "CH": [("Zürich", ["Zurich", "Zuerich"], "80", "44", "de"), ("Genève", ["Geneva", "Genf", "Geneve"], "12", "22", "fr"),
           ("Basel", ["Bâle", "Basle"], "40", "61", "de"), ("Bern", ["Berne"], "30", "31", "de"), ("Lausanne", [], "10", "21", "fr"),
           ("Luzern", ["Lucerne"], "60", "41", "de"), ("Winterthur", [], "84", "52", "de"), ("Zug", [], "63", "41", "de"), ("St. Gallen", ["Sankt Gallen", "St Gallen"], "90", "71", "de")],
    "FR": [("Paris", [], "75", "1"), ("Lyon", [], "69", "4"), ("Marseille", [], "13", "4"), ("Toulouse", [], "31", "5"), ("Bordeaux", [], "33", "5"),
           ("Lille", [], "59", "3"), ("Nantes", [], "44", "2"), ("Strasbourg", [], "67", "3"), ("Nice", [], "06", "4"), ("Rennes", [], "35", "2"),
           ("Grenoble", [], "38", "4"), ("Montpellier", [], "34", "4"), ("Boulogne-Billancourt", ["Boulogne Billancourt"], "92", "1"),
           ("Saint-Denis", ["St-Denis", "St Denis", "Saint Denis"], "93", "1"), ("Clermont-Ferrand", ["Clermont Ferrand"], "63", "4")],
    "IT": [("Milano", ["Milan"], "201", "02"), ("Roma", ["Rome"], "001", "06"), ("Torino", ["Turin"], "101", "011"), ("Bologna", [], "401", "051"),
           ("Firenze", ["Florence"], "501", "055"), ("Napoli", ["Naples"], "801", "081"), ("Verona", [], "371", "045"), ("Brescia", [], "251", "030"),
           ("Padova", ["Padua"], "351", "049"), ("Genova", ["Genoa"], "161", "010"), ("Bergamo", [], "241", "035")],
    "ES": [("Madrid", [], "28", "91"), ("Barcelona", [], "08", "93"), ("Valencia", ["València"], "46", "96"), ("Sevilla", ["Seville"], "41", "954"),
           ("Bilbao", ["Bilbo"], "48", "94"), ("Zaragoza", ["Saragossa"], "50", "976"), ("Málaga", ["Malaga"], "29", "952"), ("A Coruña", ["La Coruña", "Coruña", "A Coruna"], "15", "981")],
    "NL": [("Amsterdam", [], "10", "20"), ("Rotterdam", [], "30", "10"), ("Den Haag", ["'s-Gravenhage", "The Hague", "Den-Haag"], "25", "70"),
           ("Utrecht", [], "35", "30"), ("Eindhoven", [], "56", "40"), ("Tilburg", [], "50", "13"), ("Groningen", [], "97", "50"), ("Venlo", [], "59", "77")],
    "GB": [("London", [], ["EC1A", "EC2M", "W1T", "SW1A", "E14", "SE1", "N1", "WC2H"], "20"), ("Manchester", [], ["M1", "M2", "M4", "M15"], "161"),
           ("Birmingham", [], ["B1", "B2", "B3", "B5"], "121"), ("Leeds", [], ["LS1", "LS2", "LS11"], "113"), ("Glasgow", [], ["G1", "G2", "G3"], "141"),
           ("Edinburgh", [], ["EH1", "EH2", "EH3"], "131"), ("Bristol", [], ["BS1", "BS2"], "117"), ("Cambridge", [], ["CB1", "CB2", "CB4"], "1223"),
           ("Reading", [], ["RG1", "RG2"], "118"), ("Milton Keynes", [], ["MK9", "MK14"], "1908"),
           ("Newcastle upon Tyne", ["Newcastle"], ["NE1", "NE8"], "191"), ("Sheffield", [], ["S1", "S3"], "114")],
    "US": [("New York", ["New York City", "NYC"], ["100", "101"], "212", "NY"), ("Chicago", [], ["606"], "312", "IL"), ("Los Angeles", ["LA"], ["900"], "213", "CA"),
           ("Houston", [], ["770"], "713", "TX"), ("San Jose", [], ["951"], "408", "CA"), ("San Francisco", ["SF"], ["941"], "415", "CA"),
           ("Seattle", [], ["981"], "206", "WA"), ("Boston", [], ["021"], "617", "MA"), ("Atlanta", [], ["303"], "404", "GA"), ("Dallas", [], ["752"], "214", "TX"),
           ("Detroit", [], ["482"], "313", "MI"), ("Miami", [], ["331"], "305", "FL"), ("Phoenix", [], ["850"], "602", "AZ"), ("Denver", [], ["802"], "303", "CO"),
           ("Minneapolis", [], ["554"], "612", "MN"), ("Charlotte", [], ["282"], "704", "NC"), ("Columbus", [], ["432"], "614", "OH"),
           ("Springfield", [], ["627"], "217", "IL"), ("Springfield", [], ["011"], "413", "MA"), ("Portland", [], ["972"], "503", "OR"), ("Portland", [], ["041"], "207", "ME"),
           ("Saint Louis", ["St. Louis", "St Louis"], ["631"], "314", "MO"), ("Pittsburgh", [], ["152"], "412", "PA")],
    "CA": [("Toronto", [], ["M5V", "M5H", "M4W"], "416", "ON"), ("Montréal", ["Montreal"], ["H2Y", "H3B"], "514", "QC"), ("Vancouver", [], ["V6B", "V6C"], "604", "BC"),
           ("Calgary", [], ["T2P"], "403", "AB"), ("Ottawa", [], ["K1P"], "613", "ON"), ("Mississauga", [], ["L5B", "L4W"], "905", "ON"), ("Québec", ["Quebec City", "Quebec"], ["G1R"], "418", "QC")],
    "AU": [("Sydney", [], ["2000"], "2", "NSW"), ("Melbourne", [], ["3000"], "3", "VIC"), ("Brisbane", [], ["4000"], "7", "QLD"), ("Perth", [], ["6000"], "8", "WA"),
           ("Adelaide", [], ["5000"], "8", "SA"), ("North Sydney", [], ["2060"], "2", "NSW"), ("Parramatta", [], ["2150"], "2", "NSW"), ("Canberra", [], ["2600"], "2", "ACT")],
    "IN": [("Mumbai", ["Bombay"], "400", "22", "Maharashtra", ["Andheri (East)", "Lower Parel", "Powai", "Bandra Kurla Complex", "Nariman Point"]),
           ("New Delhi", ["Delhi"], "110", "11", "Delhi", ["Connaught Place", "Okhla Industrial Area Phase II", "Nehru Place"]),
           ("Bengaluru", ["Bangalore"], "560", "80", "Karnataka", ["Whitefield", "Electronic City", "Koramangala", "Peenya Industrial Area"]),
           ("Chennai", ["Madras"], "600", "44", "Tamil Nadu", ["Guindy", "T. Nagar", "Ambattur Industrial Estate"]),
           ("Kolkata", ["Calcutta"], "700", "33", "West Bengal", ["Salt Lake Sector V", "Park Street"]),
           ("Pune", ["Poona"], "411", "20", "Maharashtra", ["Hinjewadi", "Pimpri", "Chakan MIDC"]),
           ("Hyderabad", [], "500", "40", "Telangana", ["HITEC City", "Banjara Hills", "Gachibowli"]),
           ("Ahmedabad", ["Amdavad"], "380", "79", "Gujarat", ["Naroda GIDC", "Navrangpura"]),
           ("Gurugram", ["Gurgaon"], "122", "124", "Haryana", ["Udyog Vihar Phase IV", "DLF Cyber City"]),
           ("Noida", [], "201", "120", "Uttar Pradesh", ["Sector 63", "Sector 18"])],
}
US_STATES = {"NY": "New York", "IL": "Illinois", "CA": "California", "TX": "Texas", "WA": "Washington", "MA": "Massachusetts", "GA": "Georgia",
             "MI": "Michigan", "FL": "Florida", "AZ": "Arizona", "CO": "Colorado", "MN": "Minnesota", "NC": "North Carolina", "OH": "Ohio",
             "OR": "Oregon", "ME": "Maine", "MO": "Missouri", "PA": "Pennsylvania",
             "ON": "Ontario", "QC": "Québec", "BC": "British Columbia", "AB": "Alberta",
             "NSW": "New South Wales", "VIC": "Victoria", "QLD": "Queensland", "SA": "South Australia", "ACT": "Australian Capital Territory"}
IN_GST_STATE = {"Maharashtra": "27", "Delhi": "07", "Karnataka": "29", "Tamil Nadu": "33", "West Bengal": "19", "Telangana": "36",
                "Gujarat": "24", "Haryana": "06", "Uttar Pradesh": "09"}

# China: (han, [romanisations], postcode prefix, area code, division code prefix, [(district han, district en)])
CN_CITIES = [
    ("北京", ["Beijing", "Peking"], "100", "10", "1101", [("朝阳区", "Chaoyang District"), ("海淀区", "Haidian District"), ("东城区", "Dongcheng District")]),
    ("上海", ["Shanghai"], "200", "21", "3101", [("浦东新区", "Pudong New Area"), ("徐汇区", "Xuhui District"), ("闵行区", "Minhang District")]),
    ("深圳", ["Shenzhen"], "518", "755", "4403", [("南山区", "Nanshan District"), ("福田区", "Futian District"), ("宝安区", "Bao'an District"), ("龙岗区", "Longgang District")]),
    ("广州", ["Guangzhou", "Canton"], "510", "20", "4401", [("天河区", "Tianhe District"), ("白云区", "Baiyun District"), ("番禺区", "Panyu District")]),
    ("苏州", ["Suzhou"], "215", "512", "3205", [("工业园区", "Suzhou Industrial Park"), ("吴中区", "Wuzhong District"), ("昆山市", "Kunshan")]),
    ("杭州", ["Hangzhou"], "310", "571", "3301", [("西湖区", "Xihu District"), ("滨江区", "Binjiang District")]),
    ("宁波", ["Ningbo"], "315", "574", "3302", [("鄞州区", "Yinzhou District"), ("北仑区", "Beilun District")]),
    ("东莞", ["Dongguan"], "523", "769", "4419", [("长安镇", "Chang'an Town"), ("虎门镇", "Humen Town")]),
    ("天津", ["Tianjin"], "300", "22", "1201", [("滨海新区", "Binhai New Area"), ("河西区", "Hexi District")]),
    ("成都", ["Chengdu"], "610", "28", "5101", [("高新区", "High-tech Zone"), ("武侯区", "Wuhou District")]),
    ("武汉", ["Wuhan"], "430", "27", "4201", [("江汉区", "Jianghan District"), ("东湖高新区", "East Lake High-tech Zone")]),
    ("南京", ["Nanjing", "Nanking"], "210", "25", "3201", [("鼓楼区", "Gulou District"), ("江宁区", "Jiangning District")]),
    ("青岛", ["Qingdao", "Tsingtao"], "266", "532", "3702", [("市南区", "Shinan District"), ("黄岛区", "Huangdao District")]),
    ("厦门", ["Xiamen", "Amoy"], "361", "592", "3502", [("思明区", "Siming District"), ("湖里区", "Huli District")]),
    ("重庆", ["Chongqing", "Chungking"], "400", "23", "5001", [("渝北区", "Yubei District"), ("江北区", "Jiangbei District")]),
]
CN_STREETS = [("建国路", "Jianguo", "Road"), ("中山路", "Zhongshan", "Road"), ("人民路", "Renmin", "Road"), ("解放路", "Jiefang", "Road"),
              ("科技园路", "Kejiyuan", "Road"), ("长江路", "Changjiang", "Road"), ("黄河路", "Huanghe", "Road"), ("世纪大道", "Shiji", "Avenue"),
              ("南京西路", "Nanjing West", "Road"), ("深南大道", "Shennan", "Avenue"), ("天河路", "Tianhe", "Road"), ("工业大道", "Gongye", "Avenue"),
              ("创业路", "Chuangye", "Road"), ("新华路", "Xinhua", "Road"), ("高新南一道", "Gaoxin South 1st", "Road"), ("和平街", "Heping", "Street")]
CN_BUILDINGS = [("国贸大厦", "Guomao Building"), ("科技大厦", "Science & Technology Building"), ("创新中心", "Innovation Center"),
                ("金融中心", "Financial Center"), ("国际商务中心", "International Business Center"), ("工业园", "Industrial Park"),
                ("软件园", "Software Park"), ("时代广场", "Times Square"), ("世贸中心", "World Trade Center"), ("产业园", "Industrial Zone")]

# Taiwan: (han with 台, han with 臺 or None, English, [(district, district en, postcode)], area)
TW_CITIES = [("台北市", "臺北市", "Taipei City", [("信義區", "Xinyi Dist.", "110"), ("內湖區", "Neihu Dist.", "114"), ("中山區", "Zhongshan Dist.", "104")], "2"),
             ("新北市", None, "New Taipei City", [("板橋區", "Banqiao Dist.", "220"), ("新店區", "Xindian Dist.", "231")], "2"),
             ("新竹市", None, "Hsinchu City", [("東區", "East Dist.", "300")], "3"),
             ("台中市", "臺中市", "Taichung City", [("西屯區", "Xitun Dist.", "407"), ("南屯區", "Nantun Dist.", "408")], "4"),
             ("高雄市", None, "Kaohsiung City", [("前鎮區", "Qianzhen Dist.", "806")], "7"),
             ("桃園市", None, "Taoyuan City", [("龜山區", "Guishan Dist.", "333")], "3")]
TW_STREETS = [("信義路", "Xinyi Rd."), ("中山北路", "Zhongshan N. Rd."), ("民生東路", "Minsheng E. Rd."), ("忠孝東路", "Zhongxiao E. Rd."),
              ("科學園路", "Kexueyuan Rd."), ("中正路", "Zhongzheng Rd."), ("文心路", "Wenxin Rd."), ("成功路", "Chenggong Rd.")]

# Hong Kong: (district han, district en, region han, region en, [(street han, street en)])
HK_DISTRICTS = [("中環", "Central", "香港", "Hong Kong", [("皇后大道中", "Queen's Road Central"), ("德輔道中", "Des Voeux Road Central")]),
                ("灣仔", "Wan Chai", "香港", "Hong Kong", [("軒尼詩道", "Hennessy Road"), ("駱克道", "Lockhart Road")]),
                ("銅鑼灣", "Causeway Bay", "香港", "Hong Kong", [("怡和街", "Yee Wo Street")]),
                ("上環", "Sheung Wan", "香港", "Hong Kong", [("干諾道中", "Connaught Road Central")]),
                ("尖沙咀", "Tsim Sha Tsui", "九龍", "Kowloon", [("彌敦道", "Nathan Road"), ("廣東道", "Canton Road")]),
                ("旺角", "Mong Kok", "九龍", "Kowloon", [("亞皆老街", "Argyle Street"), ("彌敦道", "Nathan Road")]),
                ("觀塘", "Kwun Tong", "九龍", "Kowloon", [("開源道", "Hoi Yuen Road"), ("海濱道", "Hoi Bun Road")]),
                ("長沙灣", "Cheung Sha Wan", "九龍", "Kowloon", [("長沙灣道", "Cheung Sha Wan Road")]),
                ("葵涌", "Kwai Chung", "新界", "New Territories", [("葵昌路", "Kwai Cheong Road")]),
                ("沙田", "Sha Tin", "新界", "New Territories", [("山尾街", "Shan Mei Street")])]
HK_BUILDINGS = [("金門大廈", "Golden Gate Building"), ("環球中心", "Global Centre"), ("興業大廈", "Hing Yip Building"), ("美麗華大廈", "Miramar Tower"),
                ("工業中心", "Industrial Centre"), ("商業中心", "Commercial Centre"), ("萬邦大廈", "Manbond Building"), ("永安中心", "Wing On Centre")]

# Japan: (prefecture, city, English city, area, [(ward, ward en, postcode prefix, [(town, town en)])])
JP_CITIES = [
    ("東京都", "", "Tokyo", "3", [("千代田区", "Chiyoda-ku", "100", [("丸の内", "Marunouchi"), ("大手町", "Otemachi"), ("神田須田町", "Kanda-Sudacho")]),
                                  ("港区", "Minato-ku", "105", [("芝浦", "Shibaura"), ("六本木", "Roppongi"), ("浜松町", "Hamamatsucho")]),
                                  ("中央区", "Chuo-ku", "103", [("日本橋", "Nihonbashi"), ("銀座", "Ginza")]),
                                  ("品川区", "Shinagawa-ku", "141", [("大崎", "Osaki"), ("東品川", "Higashi-Shinagawa")]),
                                  ("新宿区", "Shinjuku-ku", "160", [("西新宿", "Nishi-Shinjuku")])]),
    ("大阪府", "大阪市", "Osaka", "6", [("北区", "Kita-ku", "530", [("梅田", "Umeda"), ("中之島", "Nakanoshima")]),
                                       ("中央区", "Chuo-ku", "541", [("本町", "Honmachi"), ("北浜", "Kitahama")]),
                                       ("淀川区", "Yodogawa-ku", "532", [("西中島", "Nishinakajima")])]),
    ("愛知県", "名古屋市", "Nagoya", "52", [("中村区", "Nakamura-ku", "450", [("名駅", "Meieki")]), ("中区", "Naka-ku", "460", [("栄", "Sakae"), ("錦", "Nishiki")])]),
    ("神奈川県", "横浜市", "Yokohama", "45", [("西区", "Nishi-ku", "220", [("みなとみらい", "Minatomirai")]), ("港北区", "Kohoku-ku", "222", [("新横浜", "Shin-Yokohama")])]),
    ("福岡県", "福岡市", "Fukuoka", "92", [("博多区", "Hakata-ku", "812", [("博多駅前", "Hakataekimae")]), ("中央区", "Chuo-ku", "810", [("天神", "Tenjin")])]),
    ("京都府", "京都市", "Kyoto", "75", [("下京区", "Shimogyo-ku", "600", [("東塩小路町", "Higashishiokojicho")])]),
    ("兵庫県", "神戸市", "Kobe", "78", [("中央区", "Chuo-ku", "650", [("三宮町", "Sannomiyacho"), ("港島", "Minatojima")])]),
    ("静岡県", "浜松市", "Hamamatsu", "53", [("中央区", "Chuo-ku", "430", [("砂山町", "Sunayamacho")])]),
    ("埼玉県", "さいたま市", "Saitama", "48", [("大宮区", "Omiya-ku", "330", [("桜木町", "Sakuragicho")])]),
    ("北海道", "札幌市", "Sapporo", "11", [("中央区", "Chuo-ku", "060", [("北一条西", "Kita 1-jo Nishi")])]),
    ("愛知県", "豊田市", "Toyota", "565", [("", "", "471", [("元城町", "Motoshirocho"), ("トヨタ町", "Toyotacho")])]),
]
JP_BUILDINGS = [("ビル", "Bldg."), ("第一ビル", "Daiichi Bldg."), ("センタービル", "Center Bldg."), ("タワー", "Tower"), ("ビルディング", "Building")]

# Korea: (full native, short native, English, postcode lead digit, area, [(district, district en)])
KR_CITIES = [("서울특별시", "서울", "Seoul", "0", "2", [("강남구", "Gangnam-gu"), ("서초구", "Seocho-gu"), ("영등포구", "Yeongdeungpo-gu"), ("금천구", "Geumcheon-gu"), ("마포구", "Mapo-gu")]),
             ("부산광역시", "부산", "Busan", "4", "51", [("해운대구", "Haeundae-gu"), ("강서구", "Gangseo-gu")]),
             ("인천광역시", "인천", "Incheon", "2", "32", [("남동구", "Namdong-gu"), ("연수구", "Yeonsu-gu")]),
             ("경기도 성남시", "성남", "Seongnam", "1", "31", [("분당구", "Bundang-gu")]),
             ("경기도 수원시", "수원", "Suwon", "1", "31", [("영통구", "Yeongtong-gu")]),
             ("대구광역시", "대구", "Daegu", "4", "53", [("달서구", "Dalseo-gu")]),
             ("울산광역시", "울산", "Ulsan", "4", "52", [("남구", "Nam-gu")])]
KR_STREETS = [("테헤란로", "Teheran-ro"), ("강남대로", "Gangnam-daero"), ("디지털로", "Digital-ro"), ("판교역로", "Pangyoyeok-ro"),
              ("세종대로", "Sejong-daero"), ("산업로", "Saneop-ro"), ("중앙대로", "Jungang-daero"), ("해운대로", "Haeundae-ro")]

# Vietnam: (native, [romanised], postcode prefix, area, [(district, district en)])
VN_CITIES = [("TP. Hồ Chí Minh", ["Ho Chi Minh City", "HCMC", "Saigon", "TP.HCM", "Ho Chi Minh"], "70", "28",
              [("Quận 1", "District 1"), ("Quận 7", "District 7"), ("TP. Thủ Đức", "Thu Duc City"), ("Quận Tân Bình", "Tan Binh District")]),
             ("Hà Nội", ["Hanoi", "Ha Noi"], "10", "24", [("Quận Cầu Giấy", "Cau Giay District"), ("Quận Hoàn Kiếm", "Hoan Kiem District"), ("Quận Đống Đa", "Dong Da District")]),
             ("Đà Nẵng", ["Da Nang", "Danang"], "55", "236", [("Quận Hải Châu", "Hai Chau District")]),
             ("Hải Phòng", ["Hai Phong", "Haiphong"], "18", "225", [("Quận Ngô Quyền", "Ngo Quyen District")]),
             ("Bình Dương", ["Binh Duong"], "75", "274", [("TP. Thủ Dầu Một", "Thu Dau Mot City"), ("TP. Dĩ An", "Di An City")])]
VN_STREETS = ["Lê Lợi", "Nguyễn Huệ", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt", "Điện Biên Phủ", "Nguyễn Văn Linh", "Phạm Văn Đồng",
              "Cách Mạng Tháng Tám", "Lê Duẩn"]

# Thailand: (native, [romanised], postcode prefix, area, [(district, district en)])
TH_CITIES = [("กรุงเทพมหานคร", ["Bangkok", "Krung Thep", "BKK"], "10", "2", [("เขตวัฒนา", "Watthana"), ("เขตบางนา", "Bang Na"), ("เขตสาทร", "Sathon"), ("เขตห้วยขวาง", "Huai Khwang")]),
             ("ชลบุรี", ["Chonburi", "Chon Buri"], "20", "38", [("อำเภอศรีราชา", "Si Racha"), ("อำเภอเมืองชลบุรี", "Mueang Chon Buri")]),
             ("ระยอง", ["Rayong"], "21", "38", [("อำเภอปลวกแดง", "Pluak Daeng")]),
             ("สมุทรปราการ", ["Samut Prakan", "Samutprakarn"], "10", "2", [("อำเภอบางพลี", "Bang Phli")]),
             ("เชียงใหม่", ["Chiang Mai", "Chiangmai"], "50", "53", [("อำเภอเมืองเชียงใหม่", "Mueang Chiang Mai")])]
TH_STREETS = [("ถนนสุขุมวิท", "Sukhumvit Road"), ("ถนนสีลม", "Silom Road"), ("ถนนพระราม 4", "Rama IV Road"), ("ถนนรัชดาภิเษก", "Ratchadaphisek Road"),
              ("ถนนบางนา-ตราด", "Bangna-Trad Road"), ("ถนนวิภาวดีรังสิต", "Vibhavadi Rangsit Road")]

SG_STREETS = [("Raffles Place", "One Raffles Place"), ("Anson Road", "International Plaza"), ("Cecil Street", "Cecil Court"), ("Ubi Avenue 1", "Ubi TechPark"),
              ("Jurong East Street 21", "Jurong Point"), ("Ang Mo Kio Industrial Park 2", "AMK Tech Centre"), ("Tampines Street 92", "Tampines Biz-Hub"),
              ("Kallang Way", "Kallang Industrial Building"), ("Changi Business Park Crescent", "Changi City Point"), ("Woodlands Loop", "Woodlands East Industrial Estate"),
              ("Tai Seng Street", "Tai Seng Centre"), ("Pasir Panjang Road", "Alexandra Distripark")]

# --------------------------------------------------------------------------- streets (Latin)
DE_STREET_BASES = ["Haupt", "Bahnhof", "Industrie", "Schiller", "Goethe", "Linden", "Berliner ", "Kirch", "Garten", "Mühlen", "Markt", "Post",
                   "Friedrich", "Kant", "Mozart", "Gewerbe", "Hafen", "Rosen", "Birken", "Ahorn", "Eichen", "Wald", "Feld", "Bach", "Sonnen",
                   "Wiesen", "Daimler", "Siemens", "Otto-Hahn-", "Max-Planck-", "Robert-Bosch-", "Carl-Zeiss-", "Königs", "Schloss", "Brücken"]
DE_STREET_TYPES = ["straße", "straße", "straße", "weg", "allee", "ring", "platz"]
NL_STREET_BASES = ["Keizers", "Heren", "Prinsen", "Stations", "Kerk", "Molen", "Industrie", "Hoofd", "Dorps", "Markt", "Haven", "Zuid", "Noord",
                   "Oost", "West", "Kanaal", "Linde", "Beuken", "Eiken", "Wilhelmina", "Juliana", "Oranje"]
NL_STREET_TYPES = ["straat", "straat", "weg", "laan", "plein", "gracht", "kade", "singel"]
FR_STREET_TYPES = [("rue", ["r.", "R", "Rue"]), ("rue", ["r.", "R", "Rue"]), ("avenue", ["av.", "ave", "Av"]), ("boulevard", ["bd", "bld", "Bd"]),
                   ("place", ["pl.", "Pl"]), ("chemin", ["ch.", "Chem."]), ("allée", ["all.", "allee"]), ("impasse", ["imp."]), ("route", ["rte", "Rte"]), ("quai", ["q."])]
FR_STREET_NAMES = ["de la République", "Victor Hugo", "Jean Jaurès", "de Paris", "du Général de Gaulle", "Pasteur", "de la Gare", "des Lilas", "Voltaire",
                   "Gambetta", "de l'Industrie", "du Commerce", "Saint-Honoré", "de la Paix", "Émile Zola", "des Frères Lumière", "du Maréchal Foch", "de Verdun", "des Écoles"]
IT_STREET_TYPES = [("Via", ["V.", "via"]), ("Via", ["V.", "via"]), ("Viale", ["V.le", "viale"]), ("Corso", ["C.so"]), ("Piazza", ["P.zza", "P.za"]), ("Largo", ["L.go"])]
IT_STREET_NAMES = ["Roma", "Giuseppe Garibaldi", "Giuseppe Mazzini", "Dante Alighieri", "Cavour", "Giuseppe Verdi", "Guglielmo Marconi", "della Repubblica",
                   "XX Settembre", "Vittorio Emanuele II", "dell'Industria", "del Lavoro", "dell'Artigianato", "Leonardo da Vinci", "Milano", "Torino"]
ES_STREET_TYPES = [("Calle", ["C/", "Cl.", "C/."]), ("Calle", ["C/", "Cl."]), ("Avenida", ["Avda.", "Av.", "Avda"]), ("Paseo", ["Pº", "Pso."]),
                   ("Plaza", ["Pl.", "Pza."]), ("Polígono Industrial", ["Pol. Ind.", "P.I.", "Polig. Ind."])]
ES_STREET_NAMES = ["Mayor", "de Alcalá", "Gran Vía", "de la Constitución", "Real", "San Juan", "Colón", "de la Castellana", "Diagonal", "de Andalucía",
                   "del Comercio", "de la Industria", "de Aragón", "del Puerto"]
EN_STREET_TYPES = [("Street", ["St", "St."]), ("Street", ["St", "St."]), ("Road", ["Rd", "Rd."]), ("Avenue", ["Ave", "Av."]), ("Lane", ["Ln"]),
                   ("Drive", ["Dr", "Dr."]), ("Boulevard", ["Blvd", "Blvd."]), ("Way", ["Wy"]), ("Court", ["Ct"]), ("Place", ["Pl"]), ("Parkway", ["Pkwy"])]
GB_STREET_TYPES = [("Street", ["St", "St."]), ("Road", ["Rd", "Rd."]), ("Road", ["Rd"]), ("Lane", ["Ln"]), ("Avenue", ["Ave"]), ("Way", []),
                   ("Close", ["Cl"]), ("Crescent", ["Cres"]), ("Drive", ["Dr"]), ("Park", ["Pk"])]
EN_STREET_NAMES = {
    "GB": ["High", "Station", "Church", "Victoria", "Park", "London", "Mill", "King", "Queen", "York", "Manor", "Bridge", "Market", "Castle", "Albert",
           "Princess", "Commercial", "Oxford", "Chapel", "Riverside", "Kingsway"],
    "US": ["Main", "Oak", "Maple", "Washington", "Lake", "Hill", "Park", "Pine", "Cedar", "Elm", "Market", "Industrial", "Commerce", "Technology",
           "Lincoln", "Jefferson", "Madison", "1st", "2nd", "3rd", "5th", "Sunset", "River", "Airport", "Corporate"],
    "CA": ["Bay", "Yonge", "King", "Queen", "Bloor", "Sainte-Catherine", "René-Lévesque", "Granville", "Burrard", "Hastings", "Main", "Sherbrooke"],
    "AU": ["George", "Pitt", "Collins", "Bourke", "Queen", "Elizabeth", "Macquarie", "Adelaide", "Hay", "Murray", "Flinders", "King William", "Kent"],
    "IN": ["M.G.", "Station", "L.B.S.", "S.V.", "Ring", "Nehru", "Link", "Residency", "Old Airport", "Sarjapur"],
}
GB_ESTATES = ["Riverside Business Park", "Kingsway Industrial Estate", "Enterprise Park", "Trafford Park", "Meadow Lane Industrial Estate",
              "Westgate Business Centre", "Harbour Exchange", "Century Park", "Lakeside Industrial Estate"]

# --------------------------------------------------------------------------- company names
# Chinese cores: characters with pinyin; the traditional form where it differs.
CN_CHARS = [("华", "hua"), ("信", "xin"), ("宏", "hong"), ("达", "da"), ("东", "dong"), ("方", "fang"), ("金", "jin"), ("桥", "qiao"), ("海", "hai"),
            ("天", "tian"), ("恒", "heng"), ("源", "yuan"), ("鑫", "xin"), ("盛", "sheng"), ("泰", "tai"), ("安", "an"), ("永", "yong"), ("康", "kang"),
            ("瑞", "rui"), ("丰", "feng"), ("隆", "long"), ("祥", "xiang"), ("嘉", "jia"), ("汇", "hui"), ("中", "zhong"), ("联", "lian"), ("新", "xin"),
            ("创", "chuang"), ("智", "zhi"), ("通", "tong"), ("远", "yuan"), ("博", "bo"), ("宇", "yu"), ("星", "xing"), ("光", "guang"), ("明", "ming"),
            ("德", "de"), ("和", "he"), ("正", "zheng"), ("大", "da"), ("长", "chang"), ("江", "jiang"), ("伟", "wei"), ("业", "ye"), ("兴", "xing"),
            ("荣", "rong"), ("富", "fu"), ("润", "run"), ("豪", "hao"), ("晶", "jing"), ("锦", "jin"), ("腾", "teng"), ("飞", "fei"), ("龙", "long"),
            ("凯", "kai"), ("力", "li"), ("立", "li"), ("科", "ke"), ("亿", "yi"), ("万", "wan"), ("佳", "jia"), ("美", "mei"), ("益", "yi"), ("诚", "cheng"),
            ("顺", "shun"), ("昌", "chang"), ("辉", "hui"), ("航", "hang"), ("越", "yue"), ("峰", "feng"), ("浩", "hao"), ("骏", "jun")]
S2T = {"华": "華", "达": "達", "东": "東", "桥": "橋", "丰": "豐", "汇": "匯", "联": "聯", "创": "創", "远": "遠", "伟": "偉", "业": "業", "兴": "興",
       "荣": "榮", "润": "潤", "锦": "錦", "腾": "騰", "飞": "飛", "龙": "龍", "凯": "凱", "长": "長", "亿": "億", "万": "萬", "诚": "誠", "顺": "順",
       "辉": "輝", "骏": "駿", "贸": "貿", "电": "電", "机": "機", "械": "械", "实": "實", "术": "術", "纺": "紡", "织": "織", "车": "車", "零": "零",
       "部": "部", "件": "件", "新": "新", "能": "能", "医": "醫", "疗": "療", "器": "器", "进": "進", "出": "出", "口": "口", "际": "際", "国": "國",
       "络": "絡", "网": "網", "环": "環", "保": "保", "气": "氣", "应": "應", "链": "鏈", "管": "管", "理": "理", "团": "團", "责": "責", "任": "任",
       "司": "司", "计": "計", "装": "裝", "塑": "塑", "制": "製", "品": "品", "精": "精", "密": "密", "光": "光", "五": "五", "金": "金", "发": "發",
       "设": "設", "备": "備", "软": "軟", "体": "體", "导": "導", "厂": "廠", "湾": "灣", "台": "台"}
# (han, pinyin, English, [English abbreviations])
CN_SECTORS = [("科技", "Keji", "Technology", ["Tech", "Technologies"]), ("贸易", "Maoyi", "Trading", ["Trade", "Trdg"]), ("物流", "Wuliu", "Logistics", ["Logistic"]),
              ("电子", "Dianzi", "Electronics", ["Electronic", "Elec."]), ("机械", "Jixie", "Machinery", ["Mach.", "Machine"]), ("实业", "Shiye", "Industrial", ["Industry", "Ind."]),
              ("化工", "Huagong", "Chemical", ["Chem.", "Chemicals"]), ("信息技术", "Xinxi Jishu", "Information Technology", ["IT", "Info Tech"]),
              ("建材", "Jiancai", "Building Materials", ["Bldg Materials"]), ("纺织", "Fangzhi", "Textile", ["Textiles"]), ("食品", "Shipin", "Food", ["Foods"]),
              ("汽车零部件", "Qiche Lingbujian", "Auto Parts", ["Automotive Parts", "Auto Components"]), ("新能源", "Xin Nengyuan", "New Energy", ["New Energy Tech"]),
              ("精密机械", "Jingmi Jixie", "Precision Machinery", ["Precision Mach."]), ("医疗器械", "Yiliao Qixie", "Medical Devices", ["Medical Equipment", "Medical"]),
              ("进出口", "Jinchukou", "Import & Export", ["Imp. & Exp.", "I/E", "Import and Export"]), ("包装", "Baozhuang", "Packaging", ["Package"]),
              ("塑料制品", "Suliao Zhipin", "Plastic Products", ["Plastics"]), ("电气", "Dianqi", "Electric", ["Electrical"]),
              ("供应链管理", "Gongyinglian Guanli", "Supply Chain Management", ["Supply Chain", "SCM"]), ("国际贸易", "Guoji Maoyi", "International Trading", ["Intl Trading", "Int'l Trade"]),
              ("网络科技", "Wangluo Keji", "Network Technology", ["Network Tech"]), ("环保科技", "Huanbao Keji", "Environmental Technology", ["Environmental Tech", "Env. Tech"]),
              ("光电", "Guangdian", "Optoelectronics", ["Opto-Electronics", "Optoelectronic"]), ("五金", "Wujin", "Hardware", ["Metal Products"]),
              ("设备", "Shebei", "Equipment", ["Equip."]), ("软件", "Ruanjian", "Software", ["Soft"]), ("半导体", "Bandaoti", "Semiconductor", ["Semi"])]
CN_HOMOPHONES = {"宏": "鸿弘", "达": "大", "华": "化", "信": "新鑫", "鑫": "新信", "泰": "太", "源": "元园", "恒": "衡", "盛": "胜", "兴": "星",
                 "隆": "龙", "丰": "峰", "祥": "翔", "嘉": "佳", "汇": "惠", "伟": "威", "荣": "容", "明": "铭", "德": "得", "科": "可", "技": "计",
                 "博": "搏", "宇": "雨", "星": "兴", "通": "同", "创": "闯", "智": "志", "金": "今", "海": "凯", "远": "源", "锦": "金", "辉": "晖",
                 "贸": "茂", "易": "亦", "限": "线", "公": "工", "司": "斯"}
HK_CORES = [("宏興", "Wang Hing"), ("廣發", "Kwong Fat"), ("太平", "Tai Ping"), ("永安", "Wing On"), ("新興", "Sun Hing"), ("利記", "Lee Kee"),
            ("合成", "Hop Shing"), ("金利", "Kam Lee"), ("德昌", "Tak Cheong"), ("恆豐", "Hang Fung"), ("永利", "Wing Lee"), ("嘉華", "Ka Wah"),
            ("萬利", "Man Lee"), ("富華", "Fu Wah"), ("長城", "Cheung Shing"), ("寶德", "Po Tak"), ("信和", "Sun Wo"), ("大昌", "Tai Cheong"),
            ("偉業", "Wai Yip"), ("昌盛", "Cheong Shing"), ("輝煌", "Fai Wong"), ("耀華", "Yiu Wah"), ("榮華", "Wing Wah"), ("建興", "Kin Hing")]
HK_SECTORS = [("貿易", "Trading"), ("實業", "Industrial"), ("電子", "Electronics"), ("製衣", "Garment"), ("珠寶", "Jewellery"), ("企業", "Enterprises"),
              ("國際", "International"), ("發展", "Development"), ("物流", "Logistics"), ("工程", "Engineering"), ("五金", "Hardware"), ("塑膠", "Plastics"),
              ("印刷", "Printing"), ("運輸", "Transportation")]

# Japan: (kanji, romaji, katakana)
JP_CORES = [("山田", "Yamada", "ヤマダ"), ("田中", "Tanaka", "タナカ"), ("東洋", "Toyo", "トウヨウ"), ("日本", "Nihon", "ニホン"), ("大和", "Daiwa", "ダイワ"),
            ("三光", "Sanko", "サンコウ"), ("富士", "Fuji", "フジ"), ("中央", "Chuo", "チュウオウ"), ("共栄", "Kyoei", "キョウエイ"), ("朝日", "Asahi", "アサヒ"),
            ("北陸", "Hokuriku", "ホクリク"), ("関西", "Kansai", "カンサイ"), ("東亜", "Toa", "トウア"), ("大成", "Taisei", "タイセイ"), ("昭和", "Showa", "ショウワ"),
            ("平和", "Heiwa", "ヘイワ"), ("協和", "Kyowa", "キョウワ"), ("新日本", "Shin-Nihon", "シンニホン"), ("太陽", "Taiyo", "タイヨウ"), ("大洋", "Taiyo", "タイヨウ"),
            ("菱和", "Ryowa", "リョウワ"), ("高橋", "Takahashi", "タカハシ"), ("鈴木", "Suzuki", "スズキ"), ("松本", "Matsumoto", "マツモト"), ("小林", "Kobayashi", "コバヤシ"),
            ("中村", "Nakamura", "ナカムラ"), ("北斗", "Hokuto", "ホクト"), ("明治", "Meiji", "メイジ"), ("東海", "Tokai", "トウカイ"), ("九州", "Kyushu", "キュウシュウ"),
            ("日進", "Nisshin", "ニッシン"), ("日新", "Nisshin", "ニッシン"), ("三和", "Sanwa", "サンワ"), ("千代田", "Chiyoda", "チヨダ"), ("丸山", "Maruyama", "マルヤマ"),
            ("石川", "Ishikawa", "イシカワ"), ("岡田", "Okada", "オカダ"), ("森", "Mori", "モリ"), ("光洋", "Koyo", "コウヨウ"), ("興和", "Kowa", "コウワ")]
JP_KATAKANA_BRANDS = [("テクノ", "Techno"), ("ネクスト", "Next"), ("アドバンス", "Advance"), ("グローバル", "Global"), ("サン", "Sun"), ("エース", "Ace"),
                      ("ユニオン", "Union"), ("ミライ", "Mirai"), ("システム", "System"), ("エンジニアリング", "Engineering")]
# (kanji, romaji, English, katakana)
JP_SECTORS = [("製作所", "Seisakusho", "Manufacturing", "セイサクショ"), ("工業", "Kogyo", "Industries", "コウギョウ"), ("電機", "Denki", "Electric", "デンキ"),
              ("商事", "Shoji", "Trading", "ショウジ"), ("精機", "Seiki", "Precision", "セイキ"), ("化学", "Kagaku", "Chemical", "カガク"),
              ("運輸", "Unyu", "Transport", "ウンユ"), ("物流", "Butsuryu", "Logistics", "ブツリュウ"), ("電子", "Denshi", "Electronics", "デンシ"),
              ("建設", "Kensetsu", "Construction", "ケンセツ"), ("産業", "Sangyo", "Industry", "サンギョウ"), ("技研", "Giken", "Engineering", "ギケン"),
              ("物産", "Bussan", "Trading", "ブッサン"), ("システムズ", "Systems", "Systems", "システムズ"), ("食品", "Shokuhin", "Foods", "ショクヒン"),
              ("鉄工所", "Tekkosho", "Iron Works", "テッコウショ"), ("印刷", "Insatsu", "Printing", "インサツ"), ("通商", "Tsusho", "Trading", "ツウショウ")]
JP_EN_ABBR = {"Manufacturing": ["Mfg.", "MFG", "Works"], "Industries": ["Ind.", "Industrial"], "Electric": ["Elec.", "Electric Works"],
              "Trading": ["Trdg.", "Corporation"], "Precision": ["Precision Machinery"], "Engineering": ["Eng.", "Engineering Works"]}
KR_CORES = [("대한", ["Daehan", "Daihan"]), ("한빛", ["Hanbit", "Hanbich"]), ("동양", ["Dongyang", "Tongyang"]), ("세진", ["Sejin", "Se-jin"]),
            ("태양", ["Taeyang", "Taeyoung"]), ("신일", ["Shinil", "Sinil"]), ("우진", ["Woojin", "Ujin"]), ("성진", ["Sungjin", "Seongjin"]),
            ("대성", ["Daesung", "Daeseong"]), ("삼우", ["Samwoo", "Samu"]), ("동진", ["Dongjin", "Tongjin"]), ("영진", ["Youngjin", "Yeongjin"]),
            ("제일", ["Jeil", "Cheil"]), ("금강", ["Geumgang", "Kumkang"]), ("청호", ["Chungho", "Cheongho"]), ("미래", ["Mirae", "Mirae"]),
            ("한성", ["Hansung", "Hanseong"]), ("대원", ["Daewon", "Daewon"]), ("신성", ["Shinsung", "Sinseong"]), ("광명", ["Kwangmyung", "Gwangmyeong"])]
KR_SECTORS = [("전자", "Electronics", "Jeonja"), ("산업", "Industrial", "Saneop"), ("물산", "Trading", "Mulsan"), ("테크", "Tech", "Tech"),
              ("정밀", "Precision", "Jeongmil"), ("화학", "Chemical", "Hwahak"), ("물류", "Logistics", "Mullyu"), ("건설", "Construction", "Geonseol"),
              ("기계", "Machinery", "Gigye"), ("시스템", "Systems", "System"), ("인터내셔널", "International", "International"), ("소프트", "Soft", "Soft")]
TH_CORES = [("สยาม", "Siam"), ("ไทยเจริญ", "Thai Charoen"), ("รุ่งเรือง", "Rungruang"), ("ศรีไทย", "Srithai"), ("กรุงเทพ", "Bangkok"), ("เอเชีย", "Asia"),
            ("สหพัฒน์", "Sahapat"), ("ทองไทย", "Thongthai"), ("ชัยวัฒน์", "Chaiwat"), ("มั่นคง", "Mankong"), ("ประเสริฐ", "Prasert"), ("สุขสวัสดิ์", "Suksawat"),
            ("เจริญชัย", "Charoenchai"), ("วัฒนา", "Watthana"), ("รัตนา", "Rattana")]
TH_SECTORS = [("เทรดดิ้ง", "Trading"), ("อินดัสทรี", "Industry"), ("เอ็นจิเนียริ่ง", "Engineering"), ("โลจิสติกส์", "Logistics"), ("พลาสติก", "Plastic"),
              ("อิเล็กทรอนิกส์", "Electronics"), ("ฟู้ดส์", "Foods"), ("ออโต้พาร์ท", "Auto Parts"), ("คอนสตรัคชั่น", "Construction"), ("แพ็คเกจจิ้ง", "Packaging")]
VN_CORES = ["Hòa Phát", "Minh Anh", "Thành Công", "Phú Thái", "Việt Tiến", "An Phát", "Tân Long", "Hưng Thịnh", "Đại Nam", "Sao Việt", "Bảo Long",
            "Kim Long", "Thiên Phú", "Hoàng Gia", "Nam Việt", "Phương Đông", "Trường Sơn", "Hải Âu", "Quang Minh", "Đức Thành"]
# (Vietnamese, abbreviation, English)
VN_SECTORS = [("Thương mại", "TM", "Trading"), ("Xây dựng", "XD", "Construction"), ("Công nghệ", "CN", "Technology"), ("Vận tải", "VT", "Transport"),
              ("Sản xuất", "SX", "Manufacturing"), ("Dịch vụ", "DV", "Services"), ("Thương mại và Dịch vụ", "TM&DV", "Trading and Services"),
              ("Xuất nhập khẩu", "XNK", "Import Export"), ("Điện tử", "ĐT", "Electronics"), ("Thực phẩm", "TP", "Food"), ("May mặc", "MM", "Garment"),
              ("Cơ khí", "CK", "Mechanical")]
IN_CORES = ["Shree Ganesh", "Balaji", "Sai", "Krishna", "Om Sai", "Shiv Shakti", "Mahalaxmi", "Jai Bharat", "Sharma", "Patel", "Agarwal", "Gupta",
            "Reddy", "Shree Ram", "Vishal", "Sunrise", "Bharat", "Hindustan", "Navkar", "Siddhi Vinayak", "Kaveri", "Ganga", "Jain", "Mehta",
            "Kothari", "Saraswati", "Tirupati", "Ambika", "Shakti", "Venkateshwara"]

# Latin-script sector words: (full, [abbreviations / variants])
SECTORS = {
    "de": [("Maschinenbau", ["Masch.-Bau", "Maschinen"]), ("Metallbau", ["Metall"]), ("Elektrotechnik", ["Elektro", "E-Technik"]), ("Logistik", ["Log."]),
           ("Spedition", ["Sped."]), ("Kunststofftechnik", ["Kunststoff", "KST"]), ("Automation", ["Automatisierung"]), ("Anlagenbau", ["Anlagen"]),
           ("Handels", ["Handel", "Hdl."]), ("Bau", ["Bauunternehmung"]), ("Haustechnik", ["HT"]), ("Werkzeugbau", ["Werkzeug"]),
           ("Feinmechanik", ["Feinmech."]), ("Systemtechnik", ["Systeme"]), ("Software", ["Soft"]), ("Consulting", ["Beratung"]),
           ("Verpackung", ["Verpackungen"]), ("Antriebstechnik", ["Antriebe"]), ("Medizintechnik", ["Medtech"]), ("Druck", ["Druckerei"])],
    "fr": [("Logistique", ["Log."]), ("Transports", ["Transport", "Trans."]), ("Industrie", ["Industries", "Ind."]), ("Mécanique", ["Meca", "Mécanique Générale"]),
           ("Électronique", ["Electronique", "Élec."]), ("Emballages", ["Emballage"]), ("Services", ["Service", "Serv."]), ("Conseil", ["Consulting"]),
           ("Bâtiment", ["BTP", "Batiment"]), ("Informatique", ["Info", "IT"]), ("Distribution", ["Distrib."]), ("Plasturgie", ["Plastiques"]),
           ("Négoce", ["Negoce"]), ("Métallerie", ["Métal"]), ("Imprimerie", ["Impression"])],
    "it": [("Meccanica", ["Mecc."]), ("Costruzioni", ["Costr."]), ("Trasporti", ["Trasp."]), ("Elettronica", ["Elettr."]), ("Impianti", ["Imp."]),
           ("Plastica", ["Plastiche"]), ("Imballaggi", ["Imball."]), ("Alimentari", ["Alim."]), ("Tessile", ["Tessuti"]), ("Commerciale", ["Comm.le"]),
           ("Servizi", ["Serv."]), ("Industria", ["Ind."]), ("Automazione", ["Autom."]), ("Logistica", ["Log."])],
    "es": [("Construcciones", ["Const.", "Construcción"]), ("Transportes", ["Transp.", "Transporte"]), ("Distribuciones", ["Distrib.", "Distribución"]),
           ("Industrias", ["Ind.", "Industrial"]), ("Electrónica", ["Electronica", "Electr."]), ("Logística", ["Logistica", "Log."]), ("Servicios", ["Serv."]),
           ("Comercial", ["Com."]), ("Ingeniería", ["Ingenieria", "Ing."]), ("Alimentación", ["Alimentacion"]), ("Metalúrgica", ["Metalurgica"])],
    "nl": [("Logistiek", ["Log."]), ("Transport", ["Transporten"]), ("Techniek", ["Tech."]), ("Installatietechniek", ["Installatie"]),
           ("Handelsonderneming", ["Handel", "Handelsond."]), ("Bouw", ["Bouwbedrijf"]), ("Metaal", ["Metaalbewerking"]), ("Verpakkingen", ["Verpakking"]),
           ("Automatisering", ["Automatisering"]), ("Kunststoffen", ["Kunststof"])],
    "en": [("Logistics", ["Logistic"]), ("Trading", ["Trade", "Trdg"]), ("Engineering", ["Eng.", "Engg"]), ("Solutions", ["Solution"]),
           ("Technologies", ["Tech", "Technology"]), ("Systems", ["Sys.", "System"]), ("Manufacturing", ["Mfg", "Mfg."]), ("Consulting", ["Consultants"]),
           ("Services", ["Svcs", "Service"]), ("Industries", ["Ind.", "Industrial"]), ("Electronics", ["Elec.", "Electronic"]), ("Supplies", ["Supply"]),
           ("Distribution", ["Distributors", "Dist."]), ("Packaging", ["Pkg"]), ("Plastics", ["Plastic"]), ("Foods", ["Food"]), ("Construction", ["Constr."]),
           ("Machinery", ["Machine"]), ("Components", ["Comp."]), ("Fabrication", ["Fab"]), ("Printing", ["Print"]), ("Controls", ["Control"])],
    "in": [("Enterprises", ["Ent.", "Enterprise"]), ("Industries", ["Inds.", "Industry"]), ("Engineering", ["Engg.", "Engineers"]), ("Traders", ["Trading"]),
           ("Exports", ["Exporters", "Export"]), ("Textiles", ["Textile", "Tex"]), ("Pharma", ["Pharmaceuticals"]), ("Chemicals", ["Chem"]),
           ("Infotech", ["Info Tech", "Infosystems"]), ("Logistics", ["Logistic"]), ("Auto Components", ["Auto Comp"]), ("Polymers", ["Polymer"]),
           ("Steel", ["Steels"]), ("Electricals", ["Electrical"])],
}
LANG = {"DE": "de", "AT": "de", "CH": "de", "FR": "fr", "IT": "it", "ES": "es", "NL": "nl", "GB": "en", "US": "en", "CA": "en", "AU": "en",
        "SG": "en", "IN": "in", "HK": "en"}
SURNAMES = {
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer",
           "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange",
           "Werner", "Krause", "Lehmann", "Köhler", "Huber", "Maier", "Gruber", "Steiner", "Brunner", "Keller", "Frei", "Gerber", "Baumann"],
    "fr": ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre",
           "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet"],
    "it": ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti",
           "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana"],
    "es": ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz",
           "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro", "Torres", "Domínguez", "Vázquez"],
    "nl": ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
           "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer"],
    "en": ["Smith", "Jones", "Williams", "Brown", "Taylor", "Davies", "Wilson", "Evans", "Thomas", "Johnson", "Roberts", "Walker", "Wright",
           "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Clarke", "Jackson", "Miller", "Davis",
           "Anderson", "Martinez", "Moore", "Lee", "Baker", "Carter", "Mitchell", "Parker", "Collins", "Murphy", "Cook", "Morgan", "Bell", "Cooper"],
    "in": ["Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Shah", "Mehta", "Jain", "Iyer", "Nair", "Rao", "Agarwal", "Verma", "Joshi", "Das"],
    "zh": ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo"],
    "yue": ["Chan", "Wong", "Leung", "Cheung", "Lau", "Lee", "Ho", "Ng", "Lam", "Tang", "Tsang", "Yip", "Chow", "Kwok", "Tan", "Lim", "Goh", "Teo"],
    "ja": ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki",
           "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu"],
    "ko": ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon"],
    "vi": ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong"],
    "th": ["Srisuk", "Wongsawat", "Chaiyaporn", "Suwannarat", "Boonmee", "Kaewkla", "Rattanakorn", "Thongdee", "Saetang", "Phromma"],
}
FIRSTNAMES = {
    "de": ["Thomas", "Michael", "Andreas", "Stefan", "Sabine", "Julia", "Anna", "Markus", "Jürgen", "Petra", "Klaus", "Monika", "Tobias", "Katrin", "Lukas"],
    "fr": ["Jean", "Marie", "Pierre", "Sophie", "Nicolas", "Isabelle", "Philippe", "Nathalie", "François", "Camille", "Julien", "Hélène", "Olivier"],
    "it": ["Marco", "Giulia", "Luca", "Francesca", "Andrea", "Chiara", "Alessandro", "Paola", "Giuseppe", "Elena", "Matteo", "Sara"],
    "es": ["José", "María", "Carlos", "Laura", "Javier", "Ana", "David", "Carmen", "Antonio", "Lucía", "Miguel", "Elena"],
    "nl": ["Jan", "Pieter", "Sanne", "Lieke", "Daan", "Emma", "Bram", "Eva", "Joost", "Anouk", "Kees", "Marieke"],
    "en": ["James", "John", "Sarah", "Emma", "David", "Michael", "Laura", "Robert", "Jennifer", "William", "Emily", "Daniel", "Jessica", "Mark", "Karen", "Paul"],
    "in": ["Rahul", "Priya", "Amit", "Sunita", "Rajesh", "Anita", "Vikram", "Deepa", "Suresh", "Kavita", "Arjun", "Neha"],
    "zh": ["Wei", "Fang", "Min", "Jing", "Lei", "Jun", "Yan", "Hui", "Qiang", "Xiaoming", "Li", "Hong", "Tao", "Ying", "Jie", "Ping"],
    "yue": ["Ka Ming", "Wai Man", "Siu Ling", "Chi Keung", "Mei Ling", "Kin Wah", "Peter", "Mary", "Kenneth", "Winnie", "Alan", "Joyce"],
    "ja": ["Hiroshi", "Takashi", "Yuki", "Kenji", "Akiko", "Satoshi", "Naoko", "Makoto", "Yumi", "Daisuke", "Keiko", "Kazuya"],
    "ko": ["Minsu", "Jiyoung", "Seojun", "Hyunwoo", "Soyeon", "Jihoon", "Eunji", "Dongwook", "Yuna", "Sungmin"],
    "vi": ["Anh", "Minh", "Linh", "Tuan", "Huong", "Duc", "Lan", "Hung", "Thao", "Long", "Mai", "Quang"],
    "th": ["Somchai", "Suda", "Niran", "Ploy", "Anan", "Kanya", "Prasit", "Malee", "Wichai", "Nok"],
}
PERSON_LANG = {"DE": "de", "AT": "de", "CH": "de", "FR": "fr", "IT": "it", "ES": "es", "NL": "nl", "GB": "en", "US": "en", "CA": "en", "AU": "en",
               "IN": "in", "CN": "zh", "TW": "zh", "HK": "yue", "SG": "yue", "JP": "ja", "KR": "ko", "VN": "vi", "TH": "th"}
FREEMAIL = {
    "CN": ["qq.com", "qq.com", "163.com", "126.com", "sina.com", "aliyun.com", "139.com", "foxmail.com"],
    "JP": ["yahoo.co.jp", "gmail.com", "docomo.ne.jp", "ezweb.ne.jp", "nifty.com"],
    "KR": ["naver.com", "naver.com", "daum.net", "hanmail.net", "gmail.com", "nate.com"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "gmx.net", "outlook.de", "freenet.de"],
    "AT": ["gmx.at", "aon.at", "gmail.com", "chello.at", "a1.net"], "CH": ["bluewin.ch", "gmx.ch", "gmail.com", "hispeed.ch"],
    "FR": ["orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr"],
    "GB": ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "sky.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "hotmail.com", "comcast.net", "icloud.com"],
    "IT": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it", "alice.it"], "ES": ["telefonica.net", "hotmail.es", "gmail.com", "yahoo.es"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "planet.nl"], "TW": ["yahoo.com.tw", "ms1.hinet.net", "gmail.com", "hotmail.com"],
    "HK": ["netvigator.com", "yahoo.com.hk", "gmail.com", "hotmail.com"], "SG": ["singnet.com.sg", "gmail.com", "yahoo.com.sg", "hotmail.com"],
    "VN": ["gmail.com", "yahoo.com.vn", "gmail.com", "hotmail.com"], "TH": ["hotmail.com", "gmail.com", "yahoo.co.th"],
    "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in", "gmail.com", "hotmail.com"], "AU": ["bigpond.com", "optusnet.com.au", "gmail.com", "outlook.com"],
    "CA": ["rogers.com", "shaw.ca", "sympatico.ca", "gmail.com", "hotmail.ca"],
}
TLDS = {"CN": [".com.cn", ".cn", ".com"], "JP": [".co.jp", ".jp", ".com"], "DE": [".de", ".de", ".com"], "GB": [".co.uk", ".co.uk", ".com"],
        "FR": [".fr", ".fr", ".com"], "US": [".com", ".com", ".net", ".us"], "IT": [".it", ".it", ".com"], "ES": [".es", ".es", ".com"],
        "NL": [".nl", ".nl", ".com"], "CH": [".ch", ".ch", ".com"], "AT": [".at", ".at", ".com"], "TW": [".com.tw", ".com.tw", ".com"],
        "HK": [".com.hk", ".hk", ".com"], "SG": [".com.sg", ".sg", ".com"], "KR": [".co.kr", ".kr", ".com"], "VN": [".vn", ".com.vn", ".com"],
        "TH": [".co.th", ".com", ".co.th"], "IN": [".in", ".co.in", ".com"], "AU": [".com.au", ".com.au", ".com"], "CA": [".ca", ".ca", ".com"]}
GENERIC_LOCAL = {"de": ["info", "kontakt", "buchhaltung", "einkauf", "office", "rechnung", "verwaltung", "zentrale", "post"],
                 "fr": ["contact", "info", "comptabilite", "achats", "accueil", "facturation", "commercial"],
                 "it": ["info", "amministrazione", "acquisti", "ufficio", "contabilita", "commerciale"],
                 "es": ["info", "administracion", "compras", "contabilidad", "pedidos", "comercial"],
                 "nl": ["info", "administratie", "inkoop", "facturen", "verkoop", "kantoor"],
                 "en": ["info", "sales", "accounts", "office", "contact", "purchasing", "ap", "invoices", "admin", "enquiries", "orders", "hello"],
                 "in": ["info", "sales", "accounts", "purchase", "contact", "admin"],
                 "zh": ["info", "sales", "service", "admin", "cw", "caiwu", "caigou", "hr", "market"], "yue": ["info", "sales", "enquiry", "accounts", "admin"],
                 "ja": ["info", "sales", "soumu", "keiri", "contact", "eigyo"], "ko": ["info", "sales", "admin", "master", "webmaster"],
                 "vi": ["info", "sales", "ketoan", "kinhdoanh", "contact"], "th": ["info", "sales", "account", "contact", "admin"]}
INVOICE_LOCAL = ["invoice", "invoices", "einvoice", "ap", "accounts.payable", "rechnungseingang", "factures", "fatture", "facturas", "e-invoice", "billing"]
DEPARTMENTS = {"de": ["Einkauf", "Abt. Buchhaltung", "z.Hd. Einkauf", "Kreditorenbuchhaltung", "Werk 2", "Lager"],
               "fr": ["Service Achats", "Comptabilité fournisseurs", "Direction Financière", "Usine 2"],
               "it": ["Ufficio Acquisti", "Amministrazione", "Stabilimento 2"], "es": ["Dpto. Compras", "Administración", "Almacén"],
               "nl": ["Afdeling Inkoop", "Crediteurenadministratie", "Magazijn"],
               "en": ["Purchasing Dept.", "Accounts Payable", "Attn: Purchasing", "Finance Dept", "Warehouse", "Plant 2", "HQ"],
               "in": ["Purchase Dept.", "Accounts Dept", "Works"], "zh": ["采购部", "财务部", "销售部", "仓库"], "tw": ["採購部", "財務部", "業務部"],
               "ja": ["経理部", "購買部", "総務部", "営業部", "本社"], "ko": ["구매팀", "재무팀", "본사"], "vi": ["Phòng Kế toán", "Phòng Mua hàng"],
               "th": ["ฝ่ายจัดซื้อ", "ฝ่ายบัญชี"]}

# Latin legal forms: key -> (registered form, [variants in records])
LEGAL = {
    "DE": [("GmbH", ["GmbH", "GmbH", "Gmbh", "GMBH", "G.m.b.H.", "Gesellschaft mit beschränkter Haftung", "mbH"], 55),
           ("GmbH & Co. KG", ["GmbH & Co. KG", "GmbH & Co KG", "GmbH&Co.KG", "GmbH u. Co. KG", "KG"], 15), ("AG", ["AG", "Aktiengesellschaft", "A.G."], 8),
           ("KG", ["KG", "Kommanditgesellschaft"], 6), ("e.K.", ["e.K.", "e. K.", "eK", "e.Kfm."], 7), ("UG (haftungsbeschränkt)", ["UG (haftungsbeschränkt)", "UG", "UG (haftungsbeschraenkt)", "UG (hb)"], 6), ("SE", ["SE"], 1), ("OHG", ["OHG", "oHG"], 2)],
    "AT": [("GmbH", ["GmbH", "Ges.m.b.H.", "Ges.mbH", "GesmbH", "Gesellschaft m.b.H."], 65), ("AG", ["AG", "Aktiengesellschaft"], 8), ("KG", ["KG"], 10), ("OG", ["OG"], 7), ("e.U.", ["e.U.", "eU"], 10)],
    "CH": [("AG", ["AG", "A.G.", "Aktiengesellschaft"], 45), ("GmbH", ["GmbH", "Gmbh"], 30), ("SA", ["SA", "S.A.", "société anonyme"], 15), ("Sàrl", ["Sàrl", "Sarl", "S.à r.l."], 10)],
    "FR": [("SAS", ["SAS", "S.A.S.", "Sas", "SAS."], 45), ("SARL", ["SARL", "S.A.R.L.", "Sarl"], 30), ("SA", ["SA", "S.A."], 10), ("EURL", ["EURL", "E.U.R.L."], 6), ("SASU", ["SASU", "SAS"], 7), ("SNC", ["SNC"], 2)],
    "IT": [("S.r.l.", ["S.r.l.", "Srl", "SRL", "S.R.L.", "s.r.l."], 60), ("S.p.A.", ["S.p.A.", "SpA", "SPA", "S.P.A."], 15), ("S.r.l.s.", ["S.r.l.s.", "Srls", "SRLS"], 8), ("S.n.c.", ["S.n.c.", "snc", "SNC"], 9), ("S.a.s.", ["S.a.s.", "sas", "SAS"], 8)],
    "ES": [("S.L.", ["S.L.", "SL", "S.L", "Sociedad Limitada", "S. L."], 65), ("S.A.", ["S.A.", "SA", "Sociedad Anónima"], 20), ("S.L.U.", ["S.L.U.", "SLU", "S.L."], 15)],
    "NL": [("B.V.", ["B.V.", "BV", "bv", "B.V"], 80), ("N.V.", ["N.V.", "NV"], 5), ("V.O.F.", ["V.O.F.", "VOF", "vof"], 15)],
    "GB": [("Ltd", ["Ltd", "Limited", "Ltd.", "LTD", "Ltd"], 80), ("PLC", ["PLC", "plc", "Public Limited Company"], 5), ("LLP", ["LLP"], 7), ("& Co", ["& Co", "and Co"], 1), ("", [""], 7)],
    "US": [("Inc.", ["Inc.", "Inc", "Incorporated", "INC", ", Inc."], 45), ("LLC", ["LLC", "L.L.C.", "Llc"], 35), ("Corp.", ["Corp.", "Corporation", "Corp", "Co."], 15), ("Co.", ["Co.", "Company"], 5)],
    "CA": [("Inc.", ["Inc.", "Inc", "Incorporated"], 50), ("Ltd.", ["Ltd.", "Ltd", "Limited"], 30), ("Corp.", ["Corp.", "Corporation"], 12), ("Ltée", ["Ltée", "Ltee", "Limitée"], 8)],
    "AU": [("Pty Ltd", ["Pty Ltd", "Pty. Ltd.", "PTY LTD", "Pty Limited", "Proprietary Limited", "P/L"], 90), ("Ltd", ["Ltd", "Limited"], 10)],
    "SG": [("Pte. Ltd.", ["Pte. Ltd.", "Pte Ltd", "PTE LTD", "Private Limited", "Pte. Limited"], 90), ("Ltd.", ["Ltd", "Limited"], 10)],
    "IN": [("Private Limited", ["Private Limited", "Pvt. Ltd.", "Pvt Ltd", "(P) Ltd", "Pvt. Limited", "PVT LTD"], 70), ("Limited", ["Limited", "Ltd.", "Ltd"], 15), ("LLP", ["LLP"], 10), ("", [""], 5)],
    "HK": [("Limited", ["Limited", "Ltd", "Ltd.", "LIMITED"], 55), ("Company Limited", ["Company Limited", "Co., Ltd.", "Co Ltd", "Co. Limited"], 45)],
}
BRAND_PRE = ["Tech", "Inno", "Nova", "Inter", "Euro", "Trans", "Uni", "Omni", "Pro", "Vita", "Cor", "Syn", "Max", "Alpha", "Sigma", "Delta",
             "Terra", "Aqua", "Opti", "Flex", "Integra", "Quant", "Sol", "Lumi", "Vec", "Astra", "Bio", "Neo", "Eco", "Data", "Multi", "Poly",
             "Servo", "Hydro", "Metro", "Agri", "Medi", "Logi", "Pax", "Zen", "Kron", "Vertex", "Orion", "Atlas", "Nord", "Sud", "Ost", "West"]
BRAND_SUF = ["tec", "tek", "nova", "ra", "lux", "on", "ex", "ix", "ium", "ica", "lab", "soft", "line", "form", "tron", "matic", "plan", "wave",
             "gen", "dyn", "craft", "works", "point", "trade", "net", "sys", "mex", "ton", "vis", "tal"]
EN_BRAND_WORDS = ["Apex", "Summit", "Pinnacle", "Northstar", "Bluewater", "Redwood", "Ironbridge", "Meridian", "Keystone", "Silverline", "Evergreen",
                  "Horizon", "Cornerstone", "Beacon", "Lighthouse", "Oakwood", "Stonegate", "Riverbend", "Clearwater", "Highland", "Granite",
                  "Falcon", "Eagle", "Crown", "Sterling", "Liberty", "Pioneer", "Frontier", "Vanguard", "Heritage", "Landmark", "Phoenix"]
REGION_WORDS = {"de": ["Rheinische", "Bayerische", "Hanseatische", "Schwäbische", "Norddeutsche", "Sächsische", "Westfälische", "Fränkische"],
                "fr": ["Alpine", "Atlantique", "Provençale", "Normande", "Bretonne", "Rhodanienne"],
                "it": ["Lombarda", "Adriatica", "Tirrena", "Veneta", "Emiliana", "Padana"],
                "es": ["Ibérica", "Levantina", "Cantábrica", "Andaluza", "Catalana", "Gallega"],
                "nl": ["Hollandse", "Brabantse", "Noordelijke", "Zeeuwse", "Limburgse"],
                "en": ["Pacific", "Atlantic", "Midwest", "Great Lakes", "Southern", "Northern", "Pennine", "Thames Valley", "Midlands", "Coastal", "Western"],
                "in": ["Bharat", "Deccan", "Western India", "Southern India", "Indo"]}
GENERIC_NAMES = {"en": ["Global Trading", "Star Electronics", "ABC Consulting", "Delta Logistics", "Sunrise Trading", "City Cleaning Services",
                        "Premier Services", "United Supplies", "General Engineering", "Universal Solutions", "First Choice Trading", "Prime Logistics",
                        "Quality Plastics", "Best Packaging", "Royal Foods", "Elite Systems", "Golden Star Trading", "Eastern Enterprises"],
                 "de": ["Euro Service", "Elektro Service", "Bau Service", "Technik Service", "Handels", "Logistik Service", "Haustechnik", "Industrie Service"],
                 "fr": ["Services Plus", "Euro Transports", "Bâtiment Services", "France Distribution", "Industrie Services"],
                 "it": ["Edil Costruzioni", "Euro Trasporti", "Italia Servizi", "Tecno Impianti", "Nuova Meccanica"],
                 "es": ["Construcciones y Reformas", "Transportes Express", "Servicios Integrales", "Euro Distribuciones"],
                 "nl": ["Transport Service", "Bouw Service", "Techniek Service", "Holland Trading"],
                 "in": ["Shree Balaji Enterprises", "Sai Traders", "Om Sai Enterprises", "Ganesh Engineering Works", "Krishna Industries", "Bharat Traders", "Laxmi Enterprises"]}
