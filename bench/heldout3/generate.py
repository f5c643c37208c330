"""Held-out benchmark 3: company (customer) master data with ground truth.

Writes ``records.csv`` (record_id,name,address,city,postcode,country,phone,email,tax_id) and
``truth.csv`` (record_id,entity_id) for companies in CN, JP, DE, FR, GB and US, as several
source systems would hold them: 1-5 records per company, spelled and formatted differently,
with related but distinct companies (namesakes in other cities, branches, group companies,
neighbours in one building) as hard negatives.

    python bench/heldout3/generate.py --records 100000 --seed 13 --out /tmp/h3

Work is split into fixed chunks of records, each with its own random stream seeded from
(seed, chunk number), so the output does not depend on how many worker processes ran them.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from synchub.tax_ids import (  # noqa: E402
    EIN_PREFIXES,
    fr_vat_key,
    gb_vat_check_number,
    jp_corporate_number_check_digit,
    luhn_check_digit,
    mod_11_10_check_digit,
    org_code_check_char,
    uscc_check_char,
)

RECORD_COLUMNS = ["record_id", "name", "address", "city", "postcode", "country", "phone", "email", "tax_id"]
TRUTH_COLUMNS = ["record_id", "entity_id"]
CHUNK_RECORDS = 25_000
COUNTRY_WEIGHTS = {"CN": 0.26, "JP": 0.16, "DE": 0.17, "FR": 0.12, "GB": 0.13, "US": 0.16}

# ============================================================================ vocabularies
# Each Han brand character with its pinyin; several share a syllable (信/鑫/新), as in life.
HAN = (
    "华hua 信xin 达da 通tong 瑞rui 恒heng 泰tai 鑫xin 宏hong 远yuan 盛sheng 金jin 天tian 海hai "
    "安an 中zhong 兴xing 东dong 方fang 明ming 光guang 新xin 嘉jia 源yuan 丰feng 德de 利li 永yong "
    "隆long 福fu 祥xiang 长chang 江jiang 龙long 凯kai 博bo 创chuang 晨chen 星xing 云yun 联lian "
    "合he 众zhong 益yi 和he 正zheng 宇yu 昌chang 富fu 盈ying 锦jin 峰feng 川chuan 岳yue 润run "
    "启qi 航hang 腾teng 飞fei 驰chi 美mei 佳jia 欣xin 万wan 智zhi 维wei 康kang 健jian 宁ning "
    "平ping 顺shun 友you 诚cheng 汇hui 聚ju 立li 成cheng 百bai 世shi 纪ji 环huan 亚ya 洲zhou "
    "越yue 卓zhuo 尚shang 品pin 优you 力li 豪hao 晶jing 蓝lan 青qing 松song 柏bai 辰chen 弘hong "
    "毅yi 鸿hong 图tu 展zhan 拓tuo 乐le 迪di 锐rui 翔xiang 泽ze 浩hao 森sen 林lin 银yin 铭ming "
    "奥ao 邦bang 诺nuo 威wei 麦mai 捷jie 思si 远yuan 恩en 宝bao 鼎ding 禾he 朗lang 骏jun 旭xu "
    "凌ling 嘉jia 璟jing 策ce 易yi 赛sai 华hua 圣sheng 洋yang 耀yao 晟sheng 裕yu 旺wang 昊hao"
).split()
HAN = sorted({(t[0], t[1:]) for t in HAN})
HOMOPHONES: dict[str, list[str]] = {}
for _c, _p in HAN:
    HOMOPHONES.setdefault(_p, []).append(_c)

CN_INDUSTRY = [  # (Han, English)
    ("科技", "Technology"), ("贸易", "Trading"), ("电子", "Electronics"), ("机械", "Machinery"),
    ("物流", "Logistics"), ("化工", "Chemical"), ("食品", "Food"), ("医药", "Pharmaceutical"),
    ("建材", "Building Materials"), ("信息技术", "Information Technology"),
    ("网络科技", "Network Technology"), ("服饰", "Apparel"), ("包装", "Packaging"),
    ("塑料", "Plastics"), ("纺织", "Textile"), ("能源", "Energy"), ("环保科技", "Environmental Technology"),
    ("汽车配件", "Auto Parts"), ("电气", "Electric"), ("实业", "Industrial"), ("投资", "Investment"),
    ("咨询", "Consulting"), ("文化传媒", "Culture Media"), ("教育科技", "Education Technology"),
    ("生物科技", "Biotechnology"), ("精密机械", "Precision Machinery"), ("光电", "Optoelectronics"),
    ("新材料", "New Materials"), ("家具", "Furniture"), ("五金", "Hardware"), ("印刷", "Printing"),
    ("进出口", "Import and Export"), ("供应链管理", "Supply Chain Management"),
    ("餐饮管理", "Catering Management"), ("建筑工程", "Construction Engineering"), ("软件", "Software"),
    ("通信设备", "Communication Equipment"), ("仪器仪表", "Instruments"),
    ("农业科技", "Agricultural Technology"), ("智能科技", "Intelligent Technology"),
]
# (Han, pinyin, area code, postcode prefix, division code, [(district Han, district pinyin)])
CN_CITIES = [
    ("北京", "Beijing", "10", "100", "110105", [("朝阳区", "Chaoyang"), ("海淀区", "Haidian"), ("东城区", "Dongcheng")]),
    ("上海", "Shanghai", "21", "200", "310115", [("浦东新区", "Pudong New Area"), ("徐汇区", "Xuhui"), ("静安区", "Jing'an")]),
    ("广州", "Guangzhou", "20", "510", "440106", [("天河区", "Tianhe"), ("越秀区", "Yuexiu")]),
    ("深圳", "Shenzhen", "755", "518", "440305", [("南山区", "Nanshan"), ("福田区", "Futian"), ("宝安区", "Bao'an")]),
    ("杭州", "Hangzhou", "571", "310", "330106", [("西湖区", "Xihu"), ("滨江区", "Binjiang")]),
    ("苏州", "Suzhou", "512", "215", "320505", [("虎丘区", "Huqiu"), ("吴中区", "Wuzhong")]),
    ("南京", "Nanjing", "25", "210", "320106", [("鼓楼区", "Gulou"), ("江宁区", "Jiangning")]),
    ("成都", "Chengdu", "28", "610", "510107", [("武侯区", "Wuhou"), ("锦江区", "Jinjiang")]),
    ("武汉", "Wuhan", "27", "430", "420106", [("武昌区", "Wuchang"), ("江汉区", "Jianghan")]),
    ("天津", "Tianjin", "22", "300", "120116", [("滨海新区", "Binhai New Area"), ("和平区", "Heping")]),
    ("重庆", "Chongqing", "23", "400", "500103", [("渝中区", "Yuzhong"), ("江北区", "Jiangbei")]),
    ("西安", "Xi'an", "29", "710", "610113", [("雁塔区", "Yanta"), ("碑林区", "Beilin")]),
    ("宁波", "Ningbo", "574", "315", "330212", [("鄞州区", "Yinzhou"), ("海曙区", "Haishu")]),
    ("青岛", "Qingdao", "532", "266", "370202", [("市南区", "Shinan"), ("崂山区", "Laoshan")]),
    ("厦门", "Xiamen", "592", "361", "350206", [("思明区", "Siming"), ("湖里区", "Huli")]),
]
CN_STREETS = [
    ("建国路", "Jianguo Road"), ("人民路", "Renmin Road"), ("中山路", "Zhongshan Road"),
    ("解放路", "Jiefang Road"), ("科技园路", "Kejiyuan Road"), ("长江路", "Changjiang Road"),
    ("新华路", "Xinhua Road"), ("和平大街", "Heping Street"), ("文化路", "Wenhua Road"),
    ("滨海大道", "Binhai Avenue"), ("工业园路", "Gongyeyuan Road"), ("发展大道", "Fazhan Avenue"),
    ("创业路", "Chuangye Road"), ("学院路", "Xueyuan Road"), ("东风路", "Dongfeng Road"),
    ("高新大道", "Gaoxin Avenue"), ("金融街", "Jinrong Street"), ("世纪大道", "Shiji Avenue"),
]

KATAKANA = (
    "アa イi ウu エe オo カka キki クku ケke コko サsa シshi スsu セse ソso タta チchi ツtsu "
    "テte トto ナna ニni ノno ハha ヒhi フfu ホho マma ミmi ムmu メme モmo ヤya ユyu ヨyo ラra "
    "リri ルru レre ロro ワwa"
).split()
KATAKANA = [(t[0], t[1:]) for t in KATAKANA]
JP_KANJI_HEAD = [("大", "Dai"), ("東", "To"), ("日", "Nichi"), ("中", "Chu"), ("新", "Shin"), ("三", "San"),
                 ("北", "Hoku"), ("南", "Nan"), ("西", "Sei"), ("明", "Mei"), ("光", "Ko"), ("富", "Fu"),
                 ("高", "Ko"), ("丸", "Maru"), ("協", "Kyo"), ("千", "Sen"), ("昭", "Sho"), ("太", "Tai"),
                 ("平", "Hei"), ("旭", "Kyoku"), ("朝", "Cho"), ("五", "Go"), ("相", "So"), ("山", "San")]
JP_KANJI_TAIL = [("和", "wa"), ("洋", "yo"), ("陽", "yo"), ("栄", "ei"), ("進", "shin"), ("成", "sei"),
                 ("興", "ko"), ("邦", "ho"), ("立", "ritsu"), ("精", "sei"), ("星", "sei"), ("信", "shin"),
                 ("豊", "ho"), ("幸", "ko"), ("伸", "shin"), ("晃", "ko"), ("宝", "ho"), ("産", "san"),
                 ("電", "den"), ("菱", "ryo"), ("友", "yu"), ("光", "ko"), ("永", "ei"), ("正", "sei")]
JP_INDUSTRY = [  # (Japanese, Hepburn, English)
    ("電機", "Denki", "Electric"), ("工業", "Kogyo", "Industries"), ("商事", "Shoji", "Trading"),
    ("製作所", "Seisakusho", "Manufacturing"), ("建設", "Kensetsu", "Construction"),
    ("物産", "Bussan", "Trading"), ("化学", "Kagaku", "Chemical"), ("精工", "Seiko", "Precision"),
    ("食品", "Shokuhin", "Foods"), ("運輸", "Unyu", "Transport"), ("電子", "Denshi", "Electronics"),
    ("薬品", "Yakuhin", "Pharmaceutical"), ("技研", "Giken", "Engineering"), ("産業", "Sangyo", "Industries"),
    ("通商", "Tsusho", "Trading"), ("システム", "Shisutemu", "Systems"), ("不動産", "Fudosan", "Real Estate"),
    ("印刷", "Insatsu", "Printing"), ("設計", "Sekkei", "Design"), ("製薬", "Seiyaku", "Pharma"),
    ("繊維", "Seni", "Textile"), ("金属", "Kinzoku", "Metal"), ("機械", "Kikai", "Machinery"),
    ("貿易", "Boeki", "Trading"), ("ロジスティクス", "Logistics", "Logistics"),
    ("テクノロジー", "Technology", "Technology"), ("エンジニアリング", "Engineering", "Engineering"),
    ("硝子", "Garasu", "Glass"), ("紙工", "Shiko", "Paper"), ("造船", "Zosen", "Shipbuilding"),
]
# (city kanji, romaji, prefecture kanji, prefecture romaji, area code, postcode first digits, wards)
JP_CITIES = [
    ("東京", "Tokyo", "東京都", "Tokyo", "3", "10", [("港区", "Minato-ku"), ("中央区", "Chuo-ku"), ("千代田区", "Chiyoda-ku"), ("品川区", "Shinagawa-ku")]),
    ("大阪", "Osaka", "大阪府", "Osaka", "6", "53", [("北区", "Kita-ku"), ("中央区", "Chuo-ku"), ("西区", "Nishi-ku")]),
    ("名古屋", "Nagoya", "愛知県", "Aichi", "52", "46", [("中区", "Naka-ku"), ("中村区", "Nakamura-ku")]),
    ("横浜", "Yokohama", "神奈川県", "Kanagawa", "45", "22", [("西区", "Nishi-ku"), ("港北区", "Kohoku-ku")]),
    ("福岡", "Fukuoka", "福岡県", "Fukuoka", "92", "81", [("博多区", "Hakata-ku"), ("中央区", "Chuo-ku")]),
    ("札幌", "Sapporo", "北海道", "Hokkaido", "11", "06", [("中央区", "Chuo-ku"), ("北区", "Kita-ku")]),
    ("京都", "Kyoto", "京都府", "Kyoto", "75", "60", [("下京区", "Shimogyo-ku"), ("中京区", "Nakagyo-ku")]),
    ("神戸", "Kobe", "兵庫県", "Hyogo", "78", "65", [("中央区", "Chuo-ku"), ("灘区", "Nada-ku")]),
]
JP_TOWNS = [("本町", "Honmachi"), ("錦", "Nishiki"), ("栄町", "Sakaemachi"), ("中町", "Nakamachi"),
            ("緑町", "Midoricho"), ("旭町", "Asahicho"), ("新町", "Shinmachi"), ("東町", "Higashimachi"),
            ("西町", "Nishimachi"), ("南町", "Minamimachi"), ("松原", "Matsubara"), ("桜町", "Sakuramachi"),
            ("若松町", "Wakamatsucho"), ("大手町", "Otemachi"), ("芝", "Shiba"), ("元町", "Motomachi")]

DE_SURNAMES = (
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer "
    "Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange "
    "Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter "
    "Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich "
    "Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon "
    "Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel "
    "Heinrich Brandt Haas Dietrich Engel Pohl Kuhn Busch Horn Bergmann Thomas Voigt Sauer Arnold"
).split()
DE_STEM_HEAD = ("Nord Süd West Ost Rhein Elb Alpen Berg Wald Stahl Licht Blau Grün Stern Adler Falken "
                "Eichen Linden Hanse Isar Main Donau Spree Weser Neckar Tech Inno Euro Metall Sonnen").split()
DE_STEM_TAIL = "werk tec tronik haus feld stein hof licht kraft plan form bau tal wert quelle".split()
DE_INDUSTRY = ("Maschinenbau Logistik Elektrotechnik Metallbau Handel Bau Software Medizintechnik "
               "Kunststofftechnik Antriebstechnik Verpackung Druckerei Immobilien Beratung Spedition "
               "Werkzeugbau Anlagenbau Haustechnik Lebensmittel Autoteile Solartechnik Feinmechanik "
               "Holzbau Textil Chemie Sanitär Umwelttechnik Automation Optik Messtechnik").split()
DE_CITIES = [  # (city, variants, area code, postcode prefixes)
    ("Berlin", ["Berlin"], "30", ["10", "12", "13"]), ("Hamburg", ["Hamburg"], "40", ["20", "22"]),
    ("München", ["Muenchen", "Munich"], "89", ["80", "81"]), ("Köln", ["Koeln", "Cologne"], "221", ["50", "51"]),
    ("Frankfurt am Main", ["Frankfurt", "Frankfurt/Main", "Frankfurt a.M."], "69", ["60"]),
    ("Stuttgart", ["Stuttgart"], "711", ["70"]), ("Düsseldorf", ["Duesseldorf"], "211", ["40"]),
    ("Leipzig", ["Leipzig"], "341", ["04"]), ("Dortmund", ["Dortmund"], "231", ["44"]),
    ("Bremen", ["Bremen"], "421", ["28"]), ("Dresden", ["Dresden"], "351", ["01"]),
    ("Hannover", ["Hanover"], "511", ["30"]), ("Nürnberg", ["Nuernberg", "Nuremberg"], "911", ["90"]),
]
DE_STREETS = ("Hauptstraße Bahnhofstraße Industriestraße Gartenstraße Schillerstraße Goethestraße "
              "Friedrichstraße Lindenallee Ringstraße Mühlenweg Hafenstraße Gewerbestraße Kirchstraße "
              "Bergstraße Waldweg Poststraße Marktplatz Feldstraße").split()

FR_SURNAMES = ("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
               "Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre "
               "Mercier Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc "
               "Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez "
               "Fontaine Chevalier Robin Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly").split()
FR_STEMS = ("Atlantique Provence Alpes Lumière Horizon Azur Étoile Océane Bretagne Normandie Loire Rhône "
            "Saône Garonne Pyrénées Vosges Ardennes Jura Armor Cévennes Aquitaine Méditerranée Occitane "
            "Hexagone Avenir Confluence Soleil Boréal Émeraude Vallée").split()
FR_INDUSTRY = ("Transports Menuiserie Boulangerie Plomberie Électricité Imprimerie Garage Bâtiment "
               "Logistique Informatique Conseil Distribution Industries Emballages Mécanique Métallerie "
               "Traiteur Immobilier Agencement Études Peinture Charpente Nettoyage Sécurité").split()
FR_CITIES = [  # (city, variants, phone zone, postcodes)
    ("Paris", ["PARIS"], "1", [f"750{i:02d}" for i in range(1, 21)]),
    ("Lyon", ["LYON"], "4", [f"6900{i}" for i in range(1, 10)]),
    ("Marseille", ["MARSEILLE"], "4", [f"130{i:02d}" for i in range(1, 17)]),
    ("Toulouse", ["TOULOUSE"], "5", ["31000", "31100", "31200", "31300", "31400", "31500"]),
    ("Nice", ["NICE"], "4", ["06000", "06100", "06200", "06300"]),
    ("Nantes", ["NANTES"], "2", ["44000", "44100", "44200", "44300"]),
    ("Strasbourg", ["STRASBOURG"], "3", ["67000", "67100", "67200"]),
    ("Bordeaux", ["BORDEAUX"], "5", ["33000", "33100", "33200", "33300", "33800"]),
    ("Lille", ["LILLE"], "3", ["59000", "59160", "59260", "59800"]),
    ("Saint-Étienne", ["Saint-Etienne", "St-Étienne", "St Etienne"], "4", ["42000", "42100"]),
]
FR_STREETS = ["rue de la République", "avenue Jean Jaurès", "boulevard Victor Hugo", "rue Pasteur",
              "rue du Général de Gaulle", "place de la Gare", "rue des Lilas", "avenue de la Libération",
              "chemin des Vignes", "rue Nationale", "quai des Chartrons", "impasse des Roses",
              "rue Gambetta", "boulevard Voltaire", "avenue du Maréchal Foch", "rue Saint-Michel"]

EN_SURNAMES = ("Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans "
               "Walker White Roberts Green Hall Wood Jackson Clarke Harris Lewis Martin Cooper King Baker "
               "Turner Hill Scott Moore Ward Morris Carter Parker Bennett Murphy Hughes Edwards Collins "
               "Stewart Morgan Bell Mitchell Campbell Anderson Reed Price Fisher Grant Hayes Porter Dixon "
               "Ellis Foster Gibson Harper Lawson Marshall Palmer Russell Spencer Webb Fletcher Holmes").split()
EN_ADJ = ("Red Blue Green Silver Golden North South East West Royal Oak Cedar Maple Pine Stone River "
          "Harbour Summit Apex Pioneer Liberty Eagle Falcon Phoenix Atlas Crown Bridge Castle Meadow Valley "
          "Highland Coastal Union Premier Sterling Granite Iron Copper Crystal Horizon Anchor Beacon "
          "Keystone Evergreen Bright Swift Clear True").split()
EN_NOUN = "Oak Ridge Point Gate Field Hill Brook Stone Park Rock Wood Lake Star Light Line Works Way Port View Bay".split()
EN_INDUSTRY = ("Logistics Engineering Consulting Software Trading Foods Plastics Electronics Construction "
               "Properties Holdings Solutions Systems Technologies Manufacturing Supplies Services Marketing "
               "Design Freight Packaging Pharmaceuticals Medical Energy Metals Printing Textiles Motors "
               "Security Analytics").split()
GB_CITIES = [  # (city, variants, area code, postcode areas)
    ("London", ["LONDON", "London, UK"], "20", ["EC1", "EC2", "SW1", "SE1", "E14", "W1", "N1", "NW1", "WC2"]),
    ("Manchester", ["MANCHESTER"], "161", ["M1", "M2", "M3", "M4", "M15"]),
    ("Birmingham", ["B'ham", "BIRMINGHAM"], "121", ["B1", "B2", "B3", "B4", "B5"]),
    ("Leeds", ["LEEDS"], "113", ["LS1", "LS2", "LS11"]), ("Glasgow", ["GLASGOW"], "141", ["G1", "G2", "G3"]),
    ("Bristol", ["BRISTOL"], "117", ["BS1", "BS2", "BS8"]), ("Edinburgh", ["EDINBURGH"], "131", ["EH1", "EH2", "EH3"]),
    ("Liverpool", ["LIVERPOOL"], "151", ["L1", "L2", "L3"]),
]
US_CITIES = [  # (city, state, area code, zip prefix)
    ("New York", "NY", "212", "100"), ("Los Angeles", "CA", "213", "900"), ("Chicago", "IL", "312", "606"),
    ("Houston", "TX", "713", "770"), ("Phoenix", "AZ", "602", "850"), ("Philadelphia", "PA", "215", "191"),
    ("San Francisco", "CA", "415", "941"), ("Seattle", "WA", "206", "981"), ("Boston", "MA", "617", "021"),
    ("Atlanta", "GA", "404", "303"), ("Dallas", "TX", "214", "752"), ("Denver", "CO", "303", "802"),
    ("Springfield", "IL", "217", "627"), ("Springfield", "MA", "413", "011"), ("Portland", "OR", "503", "972"),
    ("Portland", "ME", "207", "041"),
]
EN_STREETS = ["Main Street", "High Street", "Park Avenue", "Church Road", "Station Road", "Victoria Road",
              "Oak Lane", "Mill Lane", "King Street", "Queen Street", "Market Street", "Elm Street",
              "Washington Avenue", "Lake Drive", "River Road", "Commerce Drive", "Industrial Way",
              "Maple Avenue", "Cedar Lane", "Bridge Street", "London Road", "Harbour Drive"]
EN_ABBREV = {"Street": "St", "Road": "Rd", "Avenue": "Ave", "Lane": "Ln", "Drive": "Dr", "Way": "Wy"}
GB_POST_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

DE_GIVEN = ("Hans Peter Klaus Jürgen Wolfgang Michael Thomas Andreas Stefan Frank Uwe Dieter Karl Heinz "
            "Günter Anna Maria Sabine Ursula Monika Petra Markus Jan Lukas Tobias Katrin Julia Ralf").split()
FR_GIVEN = ("Jean Pierre Michel André Philippe Alain Bernard Jacques Daniel Marie Nathalie Sophie Claire "
            "Isabelle Nicolas Laurent Julien Thierry Éric Sylvie Christophe Patrick Olivier Luc").split()
EN_GIVEN = ("John David James Peter Michael Paul Mark Richard Susan Sarah Robert William Thomas Andrew "
            "Emma Laura Daniel Simon Helen Karen Steven Chris Jane Anne Brian Kevin").split()
# Invented brand words ("Brantex", "Velmora"), each country with its own sounds: the space is large
# enough that two unrelated companies of one city rarely end up with the same name.
_ONSETS = {"EN": "b br c cl d dr f g gr h k l m n p pr r s st t tr v w", "DE": "b br d f g h k kr l m n p r s sch st t w z",
           "FR": "b c ch d f g j l m n p r s t v"}
_VOWELS = {"EN": "a e i o u ay", "DE": "a e i o u au ei", "FR": "a e i o u ou"}
_CODAS = {"EN": "_ _ n r l x s m", "DE": "_ _ n r l x s m", "FR": "_ _ n r l x s"}
_ENDINGS = {"EN": "_ ton ford ley field wood well more bury wick stone dale worth gate tex tronics view",
            "DE": "_ tec werk ring berg hof mann tronik stein feld haus tex lux sys ag",
            "FR": "_ ia is on ine elle ex al ique or ane eau at ys"}
_WORD_PARTS = {k: ([o for o in _ONSETS[k].split()], _VOWELS[k].split(), [c.strip("_") for c in _CODAS[k].split()],
                   [e.strip("_") for e in _ENDINGS[k].split()]) for k in _ONSETS}


def invented_word(rng: random.Random, lang: str) -> str:
    """A pronounceable brand word of two syllables and an ending, in the sounds of ``lang``."""
    onsets, vowels, codas, endings = _WORD_PARTS[lang]
    word = (rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas)
            + rng.choice(onsets) + rng.choice(vowels) + rng.choice(endings))
    return word.capitalize()

FREEMAIL = {"CN": ["163.com", "qq.com", "126.com"], "JP": ["yahoo.co.jp", "gmail.com"],
            "DE": ["gmx.de", "web.de", "t-online.de"], "FR": ["orange.fr", "wanadoo.fr", "free.fr"],
            "GB": ["gmail.com", "btinternet.com"], "US": ["gmail.com", "yahoo.com", "outlook.com"]}
MAILBOXES = {"CN": ["info", "sales", "service", "admin", "hr"], "JP": ["info", "sales", "contact", "eigyo"],
             "DE": ["info", "kontakt", "vertrieb", "buchhaltung", "office"],
             "FR": ["contact", "info", "commercial", "compta"],
             "GB": ["info", "sales", "accounts", "enquiries", "office"],
             "US": ["info", "sales", "contact", "billing", "office"]}
COUNTRY_LABELS = {"CN": ["CN", "China", "中国", "CHN", "PRC"], "JP": ["JP", "Japan", "日本", "JPN"],
                  "DE": ["DE", "Germany", "Deutschland", "DEU"], "FR": ["FR", "France", "FRA"],
                  "GB": ["GB", "United Kingdom", "UK", "GBR"], "US": ["US", "USA", "United States", "U.S."]}
FULLWIDTH = {i: i + 0xFEE0 for i in range(0x21, 0x7F)} | {0x20: 0x3000}
UMLAUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
ACCENTS = str.maketrans("éèêëàâîïôûùçÉÈÊÀÂÎÔÛÇ", "eeeeaaiiouucEEEAAIOUC")
LETTERS = "abcdefghijklmnopqrstuvwxyz"


# ============================================================================ small noise
def typo(rng: random.Random, s: str) -> str:
    """One keyboard slip in ``s``: a letter dropped, doubled, swapped or replaced."""
    if len(s) < 4:
        return s
    i = rng.randrange(1, len(s) - 1)
    kind = rng.random()
    if kind < 0.3:
        return s[:i] + s[i + 1:]
    if kind < 0.5:
        return s[:i] + s[i] + s[i:]
    if kind < 0.75:
        return s[:i - 1] + s[i] + s[i - 1] + s[i + 1:]
    c = s[i]
    if c.isascii() and c.isalpha():
        r = rng.choice(LETTERS)
        return s[:i] + (r.upper() if c.isupper() else r) + s[i + 1:]
    return s[:i] + s[i + 1:]


def han_slip(rng: random.Random, chars: list[tuple[str, str]]) -> str:
    """The brand typed with a pinyin input method: one character may be a homophone."""
    out = [c for c, _ in chars]
    i = rng.randrange(len(chars))
    alts = [a for a in HOMOPHONES[chars[i][1]] if a != chars[i][0]]
    if alts:
        out[i] = rng.choice(alts)
    return "".join(out)


def fullwidth(s: str) -> str:
    return s.translate(FULLWIDTH)


def pick_missing(rng: random.Random, value: str, p: float) -> str:
    return "" if rng.random() < p else value


# ============================================================================ tax ids
_USCC_ORDER = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def tax_id_for(country: str, serial: int, rng: random.Random, division: str = "") -> str:
    """A well-formed tax id, unique per (country, serial): ``serial`` is scrambled bijectively."""
    if country == "CN":
        body8 = f"{(serial * 7_368_787 + 1_234_567) % 10**8:08d}"
        org = body8 + org_code_check_char(body8)
        code17 = "91" + division + org
        return code17 + uscc_check_char(code17)
    if country == "JP":
        digits = [int(c) for c in f"{(serial * 738_917_293 + 4_187_326_551) % 10**12:012d}"]
        return str(jp_corporate_number_check_digit(digits)) + "".join(map(str, digits))
    if country == "DE":
        n = 10**7 + (serial * 7_368_791 + 2_718_281) % (9 * 10**7)
        digits = [int(c) for c in str(n)]
        return "DE" + str(n) + str(mod_11_10_check_digit(digits))
    if country == "FR":
        n8 = str(10**7 + (serial * 7_368_793 + 31_415_926) % (9 * 10**7))
        siren = int(n8 + str(luhn_check_digit([int(c) for c in n8])))
        return f"FR{fr_vat_key(siren):02d}{siren:09d}"
    if country == "GB":
        n7 = f"{10**6 + (serial * 736_877 + 1_414_213) % (9 * 10**6):07d}"
        return "GB" + n7 + f"{gb_vat_check_number([int(c) for c in n7]):02d}"
    prefix = rng.choice(_EIN_PREFIXES)
    return f"{prefix:02d}-{(serial * 736_879 + 5_772_156) % 10**7:07d}"


_EIN_PREFIXES = sorted(EIN_PREFIXES)


def render_tax_id(rng: random.Random, country: str, tax: str) -> str:
    """How a system stores the id: mostly canonical, sometimes with the spaces people type."""
    if rng.random() < 0.85:
        return tax
    if country == "DE":
        return f"DE {tax[2:5]} {tax[5:8]} {tax[8:]}"
    if country == "GB":
        return f"GB {tax[2:5]} {tax[5:9]} {tax[9:]}"
    if country == "FR":
        return f"FR {tax[2:4]} {tax[4:7]} {tax[7:10]} {tax[10:]}"
    if country == "US":
        return tax.replace("-", "")
    return tax


# ============================================================================ companies
class Company:
    """One real company: its canonical fields, from which each system's record is rendered."""

    __slots__ = ("country", "city", "brand", "brand_rom", "industry", "legal", "branch", "group",
                 "street", "number", "unit", "district", "postcode", "phone", "domain",
                 "freemail", "tax", "has_email", "has_tax", "person", "former")


def _new_company(rng: random.Random, country: str, serial: int, city: int | None = None,
                 history: bool = True) -> Company:
    """A new company of ``country`` (in ``city``, an index into the country's cities, if given)."""
    c = Company()
    c.country = country
    c.branch = ""
    c.group = False
    c.unit = ""
    c.has_email = rng.random() > 0.12
    c.has_tax = rng.random() > 0.10
    if country == "CN":
        city = city if city is not None else rng.randrange(len(CN_CITIES))
        n = 2 if rng.random() < 0.55 else 3
        chars = [rng.choice(HAN) for _ in range(n)]
        c.brand = chars
        c.brand_rom = "".join(p for _, p in chars).capitalize()
        c.industry = rng.randrange(len(CN_INDUSTRY))
        c.legal = rng.choices(["有限公司", "有限责任公司", "股份有限公司"], [0.75, 0.15, 0.10])[0]
        c.district = rng.randrange(len(CN_CITIES[city][5]))
        c.street = rng.randrange(len(CN_STREETS))
        c.number = rng.randint(1, 999)
        c.unit = f"{rng.choice('ABCDE')}{rng.randint(1, 30)}{rng.randint(1, 20):02d}" if rng.random() < 0.6 else ""
        c.postcode = CN_CITIES[city][3] + f"{rng.randint(0, 999):03d}"
        c.phone = CN_CITIES[city][2] + str(rng.randint(5, 8)) + f"{rng.randint(0, 9_999_999):07d}"
        c.tax = tax_id_for(country, serial, rng, CN_CITIES[city][4])
    elif country == "JP":
        city = city if city is not None else rng.randrange(len(JP_CITIES))
        if rng.random() < 0.85:
            morae = [rng.choice(KATAKANA) for _ in range(rng.choice((3, 4, 4, 5)))]
            c.brand = ("".join(k for k, _ in morae), "".join(r for _, r in morae).capitalize())
        else:
            h, m, t = rng.choice(JP_KANJI_HEAD), rng.choice(JP_KANJI_TAIL), rng.choice(JP_KANJI_TAIL)
            c.brand = (h[0] + m[0] + t[0], h[1] + m[1] + t[1])
        c.brand_rom = c.brand[1]
        c.industry = rng.randrange(len(JP_INDUSTRY))
        c.legal = rng.choices(["株式会社", "有限会社", "合同会社"], [0.85, 0.1, 0.05])[0]
        c.district = (rng.randrange(len(JP_CITIES[city][6])), rng.randrange(len(JP_TOWNS)))
        c.number = (rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 25))
        c.street = 0
        c.unit = f"{rng.randint(2, 20)}F" if rng.random() < 0.4 else ""
        c.postcode = JP_CITIES[city][5] + f"{rng.randint(0, 9)}-{rng.randint(0, 9999):04d}"
        area = JP_CITIES[city][4]
        c.phone = area + f"{rng.randint(10**(8 - len(area)), 10**(9 - len(area)) - 1)}"  # 0 + 9 digits
        c.tax = tax_id_for(country, serial, rng)
    elif country == "DE":
        city = city if city is not None else rng.randrange(len(DE_CITIES))
        kind = rng.random()
        ind = rng.choice(DE_INDUSTRY)
        if kind < 0.15:
            c.brand = f"{rng.choice(DE_GIVEN)} {rng.choice(DE_SURNAMES)} {ind}"
        elif kind < 0.35:
            c.brand = f"{rng.choice(DE_STEM_HEAD)}{rng.choice(DE_STEM_TAIL)} {invented_word(rng, 'DE')} {ind}"
        elif kind < 0.5:
            c.brand = f"{rng.choice(DE_SURNAMES)} & {rng.choice(DE_SURNAMES)} {ind}"
        else:
            c.brand = f"{invented_word(rng, 'DE')} {ind}"
        c.brand_rom = c.brand
        c.industry = ind
        c.legal = rng.choices(["GmbH", "GmbH & Co. KG", "AG", "KG", "e.K."], [0.62, 0.18, 0.08, 0.07, 0.05])[0]
        c.street = rng.randrange(len(DE_STREETS))
        c.number = f"{rng.randint(1, 180)}" + (rng.choice("abc") if rng.random() < 0.1 else "")
        c.district = 0
        c.postcode = rng.choice(DE_CITIES[city][3]) + f"{rng.randint(0, 999):03d}"
        c.phone = DE_CITIES[city][2] + f"{rng.randint(100000, 99999999)}"
        c.tax = tax_id_for(country, serial, rng)
    elif country == "FR":
        city = city if city is not None else rng.randrange(len(FR_CITIES))
        kind = rng.random()
        ind = rng.choice(FR_INDUSTRY)
        if kind < 0.15:
            c.brand = f"{ind} {rng.choice(FR_GIVEN)} {rng.choice(FR_SURNAMES)}"
        elif kind < 0.3:
            c.brand = f"{ind} {rng.choice(FR_SURNAMES)}-{rng.choice(FR_SURNAMES)}"
        elif kind < 0.35:
            c.brand = f"{ind} {rng.choice(FR_GIVEN)} {rng.choice(FR_SURNAMES)} et Fils"
        elif kind < 0.5:
            c.brand = f"{rng.choice(FR_STEMS)} {ind} {invented_word(rng, 'FR')}"
        else:
            c.brand = f"{ind} {invented_word(rng, 'FR')}"
        c.brand_rom = c.brand
        c.industry = 0
        c.legal = rng.choices(["SAS", "SARL", "SA", "EURL"], [0.5, 0.3, 0.12, 0.08])[0]
        c.street = rng.randrange(len(FR_STREETS))
        c.number = f"{rng.randint(1, 250)}" + (rng.choice([" bis", " ter"]) if rng.random() < 0.07 else "")
        c.district = 0
        c.postcode = rng.choice(FR_CITIES[city][3])
        c.phone = FR_CITIES[city][2] + f"{rng.randint(10_000_000, 99_999_999)}"
        c.tax = tax_id_for(country, serial, rng)
    else:
        cities = GB_CITIES if country == "GB" else US_CITIES
        city = city if city is not None else rng.randrange(len(cities))
        kind = rng.random()
        ind = rng.choice(EN_INDUSTRY)
        if kind < 0.15:
            c.brand = f"{rng.choice(EN_GIVEN)} {rng.choice(EN_SURNAMES)} {ind}"
        elif kind < 0.3:
            c.brand = f"{rng.choice(EN_SURNAMES)} & {rng.choice(EN_SURNAMES)} {ind}"
        elif kind < 0.45:
            c.brand = f"{invented_word(rng, 'EN')} {rng.choice(EN_NOUN)} {ind}"
        elif kind < 0.5:
            c.brand = f"{rng.choice(EN_GIVEN)} {rng.choice(EN_SURNAMES)} & Sons {ind}"
        elif kind < 0.6:
            c.brand = f"{rng.choice(EN_ADJ)} {invented_word(rng, 'EN')} {ind}"
        else:
            c.brand = f"{invented_word(rng, 'EN')} {ind}"
        c.brand_rom = c.brand
        c.industry = 0
        if country == "GB":
            c.legal = rng.choices(["Ltd", "PLC", "LLP"], [0.88, 0.06, 0.06])[0]
            out = rng.choice(cities[city][3])
            c.postcode = f"{out} {rng.randint(1, 9)}{rng.choice(GB_POST_LETTERS)}{rng.choice(GB_POST_LETTERS)}"
            c.phone = cities[city][2] + f"{rng.randint(10**(9 - len(cities[city][2])), 10**(10 - len(cities[city][2])) - 1)}"
        else:
            c.legal = rng.choices(["Inc.", "LLC", "Corp.", "Co."], [0.45, 0.38, 0.12, 0.05])[0]
            c.postcode = cities[city][3] + f"{rng.randint(1, 99):02d}"
            c.phone = cities[city][2] + f"{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"
        c.street = rng.randrange(len(EN_STREETS))
        c.number = str(rng.randint(1, 2999) if country == "US" else rng.randint(1, 250))
        c.unit = (f"Suite {rng.randint(1, 40) * 10}" if country == "US" else f"Unit {rng.randint(1, 30)}") \
            if rng.random() < 0.35 else ""
        c.district = 0
        c.tax = tax_id_for(country, serial, rng)
    c.city = city
    slug = "".join(ch for ch in c.brand_rom.lower().translate(UMLAUT).translate(ACCENTS) if ch.isalnum())[:18]
    tld = {"CN": rng.choice([".com.cn", ".cn", ".com"]), "JP": rng.choice([".co.jp", ".jp", ".com"]),
           "DE": ".de", "FR": ".fr", "GB": rng.choice([".co.uk", ".com"]), "US": ".com"}[country]
    c.domain = slug + rng.choice(["", "", "-" + str(rng.randint(1, 99)), "group", "corp"][: 2 + (country in "CNJP")]) + tld
    c.freemail = rng.random() < 0.12
    if c.freemail:  # a small firm on a free mail service: no company domain at all
        c.domain = rng.choice(FREEMAIL[country])
    c.person = f"{rng.choice(LETTERS)}{rng.choice(LETTERS)}{rng.randint(1, 9999)}"
    c.former = None
    if history and rng.random() < 0.12:  # moved within its city: older systems keep the old address
        old = _new_company(rng, country, serial, city=city, history=False)
        c.former = {attr: getattr(old, attr) for attr in _LOCATION}
    return c


_CITIES = {"CN": CN_CITIES, "JP": JP_CITIES, "DE": DE_CITIES, "FR": FR_CITIES, "GB": GB_CITIES, "US": US_CITIES}
_LOCATION = ("street", "number", "unit", "district", "postcode", "phone")


def _relative(rng: random.Random, base: Company, kind: str, serial: int) -> Company:
    """A different company that looks like ``base``: a hard negative.

    namesake: the same name in another city; branch: the same name and domain plus a branch
    suffix, in another city; group: the group company, in the same building; neighbour: another
    company at the same address.
    """
    city = None
    if kind in ("namesake", "branch"):
        n_cities = len(_CITIES[base.country])
        city = (base.city + 1 + rng.randrange(n_cities - 1)) % n_cities
    c = _new_company(rng, base.country, serial, city=city)
    if kind in ("namesake", "branch", "group"):
        c.brand, c.brand_rom, c.industry, c.legal = base.brand, base.brand_rom, base.industry, base.legal
        if kind != "namesake":
            c.domain, c.freemail, c.person = base.domain, base.freemail, base.person + "b"
        c.branch = "branch" if kind == "branch" else ""
        c.group = kind == "group"
    if kind in ("group", "neighbour"):
        for attr in ("city", "street", "number", "district", "postcode"):
            setattr(c, attr, getattr(base, attr))
        c.former = None
        c.phone = base.phone[:-4] + f"{rng.randint(0, 9999):04d}"
        if c.country == "CN":  # the USCC carries the city's division code
            c.tax = tax_id_for("CN", serial, rng, CN_CITIES[c.city][4])
    return c


# ============================================================================ rendering
def _cn_name(rng: random.Random, c: Company, romanised: bool) -> str:
    han, pinyin = CN_CITIES[c.city][0], CN_CITIES[c.city][1]
    ind_han, ind_en = CN_INDUSTRY[c.industry]
    if romanised:
        legal = rng.choice(["Co., Ltd.", "Co., Ltd", "Co. Ltd.", "Company Limited", "Co.,Ltd."])
        if c.legal == "股份有限公司":
            legal = rng.choice(["Co., Ltd.", "Stock Co., Ltd.", "Joint Stock Co., Ltd."])
        brand = c.brand_rom if rng.random() > 0.05 else typo(rng, c.brand_rom)
        if c.group:
            name = f"{brand} Group {legal}"
        elif rng.random() < 0.75:
            name = f"{pinyin} {brand} {ind_en} {legal}"
        else:
            name = f"{brand} {ind_en} ({pinyin}) {legal}"
        if c.branch:
            name += " Branch"
        return name.upper() if rng.random() < 0.15 else name
    brand = "".join(ch for ch, _ in c.brand) if rng.random() > 0.06 else han_slip(rng, c.brand)
    city = han + ("市" if rng.random() < 0.12 else "")
    legal = c.legal
    if legal == "有限公司" and rng.random() < 0.08:
        legal = "有限责任公司"
    elif legal == "有限责任公司" and rng.random() < 0.25:
        legal = "有限公司"
    if c.group:
        return f"{brand}集团{legal}" if rng.random() < 0.7 else f"{city}{brand}集团{legal}"
    if rng.random() < 0.7:
        name = f"{city}{brand}{ind_han}{legal}"
    else:
        name = f"{brand}{ind_han}({city}){legal}"
        if rng.random() < 0.5:
            name = name.replace("(", "（").replace(")", "）")
    if c.branch:
        name += "分公司"
    return name


_JP_LEGAL_ROM = {"株式会社": ["Co., Ltd.", "K.K.", "Kabushiki Kaisha", "Corporation", "Co.,Ltd."],
                 "有限会社": ["Y.K.", "Yugen Kaisha", "Ltd."], "合同会社": ["G.K.", "LLC", "Godo Kaisha"]}


def _jp_name(rng: random.Random, c: Company, romanised: bool) -> str:
    ind_jp, ind_hep, ind_en = JP_INDUSTRY[c.industry]
    if romanised:
        legal = rng.choice(_JP_LEGAL_ROM[c.legal])
        ind = ind_hep if rng.random() < 0.5 else ind_en
        brand = c.brand[1] if rng.random() > 0.05 else typo(rng, c.brand[1])
        if c.group:
            ind = "Holdings"
        name = f"Kabushiki Kaisha {brand} {ind}" if legal == "Kabushiki Kaisha" and rng.random() < 0.4 \
            else f"{brand} {ind} {legal}"
        if c.branch:
            name += f" {JP_CITIES[c.city][1]} Branch"
        return name.upper() if rng.random() < 0.12 else name
    brand = c.brand[0]
    ind = "ホールディングス" if c.group else ind_jp
    legal = c.legal
    r = rng.random()
    if legal == "株式会社" and r < 0.12:
        legal = rng.choice(["(株)", "（株）", "㈱"])
    before = rng.random() < 0.5
    name = f"{legal}{brand}{ind}" if before else f"{brand}{ind}{legal}"
    if c.branch:
        name += f" {JP_CITIES[c.city][0]}支店"
    if rng.random() < 0.1:
        name = name.replace(legal, legal + " ") if before else name.replace(legal, " " + legal)
    return name


_DE_LEGAL = {"GmbH": ["GmbH", "GmbH", "GmbH", "Gesellschaft mit beschränkter Haftung", "G.m.b.H.", "Gmbh", "mbH"],
             "GmbH & Co. KG": ["GmbH & Co. KG", "GmbH & Co KG", "GmbH u. Co. KG", "GmbH & Co. Kommanditgesellschaft"],
             "AG": ["AG", "AG", "Aktiengesellschaft"], "KG": ["KG", "Kommanditgesellschaft"],
             "e.K.": ["e.K.", "e. K.", "e.Kfm.", ""]}
_FR_LEGAL = {"SAS": ["SAS", "S.A.S.", "S.A.S", "Société par actions simplifiée", "sas"],
             "SARL": ["SARL", "S.A.R.L.", "Sarl", "Société à responsabilité limitée"],
             "SA": ["SA", "S.A.", "Société anonyme"], "EURL": ["EURL", "E.U.R.L."]}
_EN_LEGAL = {"Ltd": ["Ltd", "Limited", "Ltd.", "LTD", "Limited"], "PLC": ["PLC", "plc", "Public Limited Company"],
             "LLP": ["LLP", "L.L.P."], "Inc.": ["Inc.", "Inc", "Incorporated", ", Inc."],
             "LLC": ["LLC", "L.L.C.", ", LLC"], "Corp.": ["Corp.", "Corporation", "Corp"], "Co.": ["Co.", "Company"]}


def _western_name(rng: random.Random, c: Company) -> str:
    table = {"DE": _DE_LEGAL, "FR": _FR_LEGAL}.get(c.country, _EN_LEGAL)
    legal = rng.choice(table[c.legal])
    brand = c.brand
    if c.group:
        word = {"DE": "Holding", "FR": "Groupe", "GB": "Group", "US": "Holdings"}[c.country]
        brand = f"{word} {brand}" if c.country == "FR" else f"{brand} {word}"
    r = rng.random()
    if r < 0.12:
        brand = typo(rng, brand)
    elif r < 0.2 and "&" in brand:
        brand = brand.replace("&", rng.choice(["and", "und" if c.country == "DE" else "and", "+"]))
    if c.country == "DE" and rng.random() < 0.15:
        brand = brand.translate(UMLAUT)
    if c.country == "FR" and rng.random() < 0.25:
        brand = brand.translate(ACCENTS)
        legal = legal.translate(ACCENTS)
    if c.country == "FR" and " et Fils" in brand and rng.random() < 0.3:
        brand = brand.replace(" et Fils", " & Fils")
    name = f"{brand}{legal}" if legal.startswith(",") else f"{brand} {legal}".strip()
    if c.country == "FR" and rng.random() < 0.1:
        name = f"{legal} {brand}"
    if c.branch:
        city = _city_name(c, rng, canonical=True)
        name += rng.choice({"DE": [f" Niederlassung {city}", f" - Zweigniederlassung {city}"],
                            "FR": [f" Agence de {city}", f" - Établissement {city}"],
                            "GB": [f" ({city} Branch)", f" - {city} Office"],
                            "US": [f" - {city} Branch", f" ({city} Office)"]}[c.country])
    if rng.random() < 0.12:
        name = name.upper()
    return name


def _city_name(c: Company, rng: random.Random, canonical: bool = False, romanised: bool = False) -> str:
    if c.country == "CN":
        han, pin = CN_CITIES[c.city][:2]
        if romanised:
            return pin if rng.random() > 0.2 else pin.upper()
        return han + ("市" if rng.random() < 0.5 else "")
    if c.country == "JP":
        kan, rom = JP_CITIES[c.city][:2]
        if romanised:
            return rom + (" City" if kan != "東京" and rng.random() < 0.2 else "")
        return kan + ("" if kan == "東京" else ("市" if rng.random() < 0.4 else ""))
    if c.country == "DE":
        name, variants = DE_CITIES[c.city][:2]
        return name if canonical or rng.random() < 0.75 else rng.choice(variants)
    if c.country == "FR":
        name, variants = FR_CITIES[c.city][:2]
        return name if canonical or rng.random() < 0.7 else rng.choice(variants)
    if c.country == "GB":
        name, variants = GB_CITIES[c.city][:2]
        return name if canonical or rng.random() < 0.8 else rng.choice(variants)
    name, state = US_CITIES[c.city][:2]
    if canonical:
        return name
    return rng.choice([name, name, f"{name}, {state}", f"{name} {state}", name.upper()])


def _address(rng: random.Random, c: Company, romanised: bool) -> str:
    unit = c.unit if rng.random() > 0.3 else ""
    if c.country == "CN":
        city = CN_CITIES[c.city]
        dist_h, dist_p = city[5][c.district]
        st_h, st_p = CN_STREETS[c.street]
        if romanised:
            u = f"Room {unit[1:]}, Building {unit[0]}, " if unit else ""
            parts = [f"{u}No. {c.number} {st_p}", f"{dist_p} District" if "Area" not in dist_p else dist_p]
            if rng.random() < 0.5:
                parts.append(city[1])
            return ", ".join(parts)
        u = f"{unit[0]}座{unit[1:]}室" if unit else ""
        prefix = (city[0] + "市") if rng.random() < 0.4 else ""
        d = dist_h if rng.random() > 0.15 else ""
        return f"{prefix}{d}{st_h}{c.number}号{u}"
    if c.country == "JP":
        city = JP_CITIES[c.city]
        ward, town = city[6][c.district[0]], JP_TOWNS[c.district[1]]
        a, b, n = c.number
        if romanised:
            u = f" {unit}" if unit else ""
            return f"{a}-{b}-{n} {town[1]}, {ward[1]}{', ' + city[1] if rng.random() < 0.5 else ''}{u}"
        pref = city[2] if rng.random() < 0.5 else ""
        cityname = "" if city[0] == "東京" else city[0] + "市"
        style = rng.random()
        if style < 0.5:
            num = f"{a}-{b}-{n}"
        elif style < 0.8:
            num = f"{a}丁目{b}番{n}号"
        else:
            num = f"{a}丁目{b}-{n}"
        s = f"{pref}{cityname}{ward[0]}{town[0]}{num}" + (f" {unit}" if unit else "")
        return fullwidth(s) if rng.random() < 0.15 else s
    if c.country == "DE":
        street = DE_STREETS[c.street]
        r = rng.random()
        if r < 0.3:
            street = street.replace("straße", "str.")
        elif r < 0.4:
            street = street.replace("straße", "strasse")
        elif r < 0.45:
            street = street.replace("straße", "str")
        return f"{street} {c.number}" if rng.random() > 0.05 else f"{street}{c.number}"
    if c.country == "FR":
        street = FR_STREETS[c.street]
        r = rng.random()
        if r < 0.15:
            street = street.replace("avenue", "av.").replace("boulevard", "bd").replace("Général", "Gal")
        elif r < 0.3:
            street = street.upper()
        if rng.random() < 0.2:
            street = street.translate(ACCENTS)
        sep = ", " if rng.random() < 0.3 else " "
        return f"{c.number}{sep}{street}"
    street = EN_STREETS[c.street]
    if rng.random() < 0.45:
        last = street.split()[-1]
        street = street.replace(last, EN_ABBREV.get(last, last))
    if unit and c.country == "US" and rng.random() < 0.4:
        unit = unit.replace("Suite", rng.choice(["Ste", "Ste.", "#"]))
    if unit:
        return f"{c.number} {street}, {unit}" if rng.random() < 0.7 else f"{unit}, {c.number} {street}"
    return f"{c.number} {street}"


_PHONE_CC = {"CN": "86", "JP": "81", "DE": "49", "FR": "33", "GB": "44", "US": "1"}


def _phone(rng: random.Random, c: Company) -> str:
    p = c.phone
    cc = _PHONE_CC[c.country]
    if c.country == "US":
        a, b, d = p[:3], p[3:6], p[6:]
        return rng.choice([f"({a}) {b}-{d}", f"{a}-{b}-{d}", f"+1 {a} {b} {d}", f"+1-{a}-{b}-{d}",
                           f"{a}.{b}.{d}", f"1{a}{b}{d}", f"001 {a} {b} {d}"])
    if c.country == "FR":
        groups = " ".join(p[i:i + 2] for i in range(1, 9, 2))
        return rng.choice([f"0{p[0]} {groups}", f"0{p[0]}{p[1:]}", f"+33 {p[0]} {groups}", f"+33{p}",
                           f"0{p[0]}.{groups.replace(' ', '.')}", f"0033 {p[0]} {groups}", f"+33 (0){p[0]} {groups}"])
    if c.country == "CN":
        area = p[:2] if p[0] in "12" and len(p) == 10 else p[:3]
        rest = p[len(area):]
        return rng.choice([f"0{area}-{rest}", f"0{area} {rest[:4]} {rest[4:]}", f"+86 {area} {rest}",
                           f"+86-{area}-{rest}", f"0086{area}{rest}", f"(0{area}){rest}", f"+86 {area} {rest[:4]} {rest[4:]}"])
    if c.country == "JP":
        area = next(a for _, _, _, _, a, _, _ in JP_CITIES if p.startswith(a))
        rest = p[len(area):]
        mid = rest[:-4]
        s = rng.choice([f"0{area}-{mid}-{rest[-4:]}", f"0{area}({mid}){rest[-4:]}", f"+81 {area} {mid} {rest[-4:]}",
                        f"+81-{area}-{mid}-{rest[-4:]}", f"0{area}{rest}", f"0081{area}{rest}"])
        return fullwidth(s) if rng.random() < 0.1 else s
    area_len = 2 if c.country == "GB" and p.startswith("20") else (2 if c.country == "DE" and p[:2] in ("30", "40", "89", "69") else 3)
    area, rest = p[:area_len], p[area_len:]
    if c.country == "GB":
        return rng.choice([f"0{area} {rest[:4]} {rest[4:]}", f"0{area}{rest}", f"+44 {area} {rest[:4]} {rest[4:]}",
                           f"+44 (0){area} {rest}", f"0044 {area} {rest}", f"+44{area}{rest}"])
    return rng.choice([f"0{area} {rest}", f"0{area}/{rest}", f"0{area}-{rest}", f"+49 {area} {rest}",
                       f"+49 (0){area} {rest}", f"0049 {area} {rest}", f"+49{area}{rest}", f"+49 {area} {rest}-0"])


def _postcode(rng: random.Random, c: Company) -> str:
    pc = c.postcode
    if c.country == "JP":
        r = rng.random()
        if r < 0.25:
            return pc.replace("-", "")
        if r < 0.4:
            return "〒" + pc
        return fullwidth(pc) if r < 0.48 else pc
    if c.country == "GB":
        r = rng.random()
        return pc.replace(" ", "") if r < 0.25 else (pc.lower() if r < 0.3 else pc)
    if c.country == "US" and rng.random() < 0.2:
        return f"{pc}-{rng.randint(1000, 9999)}"
    if c.country == "DE" and rng.random() < 0.05:
        return "D-" + pc
    if c.country == "FR" and rng.random() < 0.05:
        return "F-" + pc
    return pc


def _email(rng: random.Random, c: Company) -> str:
    if c.freemail:
        e = f"{c.person}@{c.domain}"
    else:
        e = f"{rng.choice(MAILBOXES[c.country][:3] if rng.random() < 0.8 else MAILBOXES[c.country])}@{c.domain}"
    return e.upper() if rng.random() < 0.05 else e


def render(rng: random.Random, c: Company) -> tuple[str, ...]:
    """One system's record of company ``c``."""
    if c.former is not None and rng.random() < 0.4:
        then = Company()
        for attr in Company.__slots__:
            setattr(then, attr, getattr(c, attr))
        for attr, value in c.former.items():
            setattr(then, attr, value)
        c = then
    asian = c.country in ("CN", "JP")
    romanised = asian and rng.random() < 0.25
    if c.country == "CN":
        name = _cn_name(rng, c, romanised)
    elif c.country == "JP":
        name = _jp_name(rng, c, romanised)
    else:
        name = _western_name(rng, c)
    if asian and not romanised and rng.random() < 0.06:
        name = fullwidth(name)
    address = pick_missing(rng, _address(rng, c, romanised), 0.05)
    city = pick_missing(rng, _city_name(c, rng, romanised=romanised), 0.04)
    postcode = pick_missing(rng, _postcode(rng, c), 0.10)
    label = COUNTRY_LABELS[c.country]
    country = label[0] if rng.random() < 0.7 else rng.choice(label)
    country = pick_missing(rng, country, 0.03)
    phone = pick_missing(rng, _phone(rng, c), 0.12)
    email = _email(rng, c) if c.has_email and rng.random() > 0.33 else ""
    tax = render_tax_id(rng, c.country, c.tax) if c.has_tax and rng.random() > 0.35 else ""
    if rng.random() < 0.06:  # a web-shop sign-up: a name, a city and one way to reach them
        address, postcode, tax = "", "", ""
        if email and phone:
            phone = ""
    return name, address, city, postcode, country, phone, email, tax


# ============================================================================ chunks
_SIZES = (1, 2, 3, 4, 5)
_SIZE_WEIGHTS = (0.56, 0.22, 0.11, 0.07, 0.04)
_RELATIONS = ("namesake", "branch", "group", "neighbour")
_RELATION_WEIGHTS = (0.35, 0.2, 0.2, 0.25)


def _chunk(seed: int, index: int, n_records: int) -> tuple[list[tuple[str, ...]], list[int]]:
    """Records of one chunk and the chunk-local entity number of each."""
    rng = random.Random(f"heldout3-{seed}-{index}")
    countries = list(COUNTRY_WEIGHTS)
    weights = list(COUNTRY_WEIGHTS.values())
    rows: list[tuple[str, ...]] = []
    owners: list[int] = []
    entity = 0
    # at most CHUNK_RECORDS entities per chunk: serials, hence tax ids, are unique up to 9M records
    serial_base = index * CHUNK_RECORDS
    while len(rows) < n_records:
        base = _new_company(rng, rng.choices(countries, weights)[0], serial_base + entity)
        family = [base]
        if rng.random() < 0.14:
            for _ in range(1 if rng.random() < 0.8 else 2):
                kind = rng.choices(_RELATIONS, _RELATION_WEIGHTS)[0]
                family.append(_relative(rng, base, kind, serial_base + entity + len(family)))
        for company in family:
            k = rng.choices(_SIZES, _SIZE_WEIGHTS)[0]
            for _ in range(min(k, n_records - len(rows))):
                rows.append(render(rng, company))
                owners.append(entity)
            entity += 1
            if len(rows) >= n_records:
                break
    return rows, owners


def _chunk_args(n_records: int, seed: int) -> list[tuple[int, int, int]]:
    return [(seed, i, min(CHUNK_RECORDS, n_records - start))
            for i, start in enumerate(range(0, n_records, CHUNK_RECORDS))]


def _run_chunk(args: tuple[int, int, int]) -> tuple[list[tuple[str, ...]], list[int]]:
    return _chunk(*args)


def generate(n_records: int, seed: int, workers: int | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``n_records`` customer records and their truth, as (records_df, truth_df); missing is ""."""
    if n_records < 1:
        raise ValueError(f"n_records must be at least 1, got {n_records}")
    tasks = _chunk_args(n_records, seed)
    workers = min(workers or os.cpu_count() or 1, len(tasks))
    if workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            results = list(pool.map(_run_chunk, tasks, chunksize=1))
    else:
        results = [_run_chunk(t) for t in tasks]
    columns: list[list[str]] = [[] for _ in range(8)]
    entity_parts = []
    offset = 0
    for rows, owners in results:
        for col, values in zip(columns, zip(*rows)):
            col.extend(values)
        owned = np.asarray(owners, dtype=np.int64)
        entity_parts.append(owned + offset)
        offset += int(owned.max()) + 1
    del results
    entities = np.concatenate(entity_parts)
    rng = np.random.default_rng([seed, 3])
    order = rng.permutation(n_records)
    entity_label = rng.permutation(offset)  # hides the order in which families were made
    record_ids = np.char.add("R", np.char.zfill(np.char.mod("%x", (np.arange(n_records, dtype=np.int64)
                                                                    * 2_654_435_761 + 97_531) % 2**32), 8))
    entity_ids = np.char.add("E", np.char.zfill(np.char.mod("%x", (entity_label[entities[order]]
                                                                    * 2_246_822_519 + 12_345) % 2**32), 8))
    data = {"record_id": record_ids.astype(object)}
    for name, col in zip(RECORD_COLUMNS[1:], columns):
        data[name] = np.asarray(col, dtype=object)[order]
    records = pd.DataFrame(data, columns=RECORD_COLUMNS)
    truth = pd.DataFrame({"record_id": data["record_id"], "entity_id": entity_ids.astype(object)})
    return records, truth


def write(out_dir: str | Path, n_records: int, seed: int, workers: int | None = None) -> tuple[Path, Path]:
    """Generate and write ``records.csv`` and ``truth.csv`` into ``out_dir``; returns both paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    records, truth = generate(n_records, seed, workers)
    paths = out / "records.csv", out / "truth.csv"
    records.to_csv(paths[0], index=False, encoding="utf-8", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    truth.to_csv(paths[1], index=False, encoding="utf-8", lineterminator="\n")
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, required=True, help="number of records to write")
    parser.add_argument("--seed", type=int, required=True, help="random seed; same seed, same files")
    parser.add_argument("--out", required=True, help="output directory")
    parser.add_argument("--workers", type=int, default=None, help="processes (output does not depend on it)")
    args = parser.parse_args(argv)
    records_path, truth_path = write(args.out, args.records, args.seed, args.workers)
    print(f"wrote {records_path} and {truth_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
