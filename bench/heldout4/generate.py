"""Held-out benchmark 4: synthetic company master data from several source systems, with truth.

Each company (an *entity*) is held as one to six records by different systems (CRM, ERP, SCM,
webshop, one-off imports), each system with its own habits: upper-case names cut to 35
characters, romanised names for an international ERP, missing tax ids in the webshop, full-width
characters and OCR slips in imports. Distinct companies that look alike (namesakes, branches
and subsidiaries, companies sharing a building or a switchboard, generic names) are generated on
purpose, but stay distinguishable for a careful human reading all fields.

The work is cut into chunks of :data:`CHUNK_RECORDS` records. A chunk draws from its own random
stream, derived from the seed and the chunk number, so the output does not depend on the number
of worker processes or on ``PYTHONHASHSEED``. Record and entity ids are random tokens drawn after
all chunks are done, and the rows are shuffled.

Run ``python bench/heldout4/generate.py --records 100000 --seed 17 --out /tmp/heldout4``.
"""

from __future__ import annotations

import argparse
import functools
import math
import os
import random
import unicodedata
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, NamedTuple, TypeVar

import numpy as np
import pandas as pd

from synchub.tax_ids import (
    EIN_PREFIXES,
    fr_vat_key,
    gb_vat_check_number,
    is_valid_tax_id,
    jp_corporate_number_check_digit,
    luhn_check_digit,
    mod_11_10_check_digit,
    org_code_check_char,
    uscc_check_char,
)

__all__ = ["COLUMNS", "COUNTRY_ALIASES", "TRUTH_COLUMNS", "canonical_tax_id", "generate", "main", "write"]

COLUMNS = ("record_id", "name", "address", "city", "postcode", "country", "phone", "email", "tax_id")
"""Header of ``records.csv``."""
TRUTH_COLUMNS = ("record_id", "entity_id")
"""Header of ``truth.csv``."""

CHUNK_RECORDS = 1000
"""Records per chunk: the unit of work with its own random stream."""
NAME_PARTITIONS = 1024
"""Chunk ``c`` draws company names from partition ``c % NAME_PARTITIONS`` of each name space, so
that names of unrelated companies from different chunks cannot coincide (up to this many
chunks); within a chunk, repeats in the same city are redrawn."""

_T = TypeVar("_T")

Source = Literal["crm", "erp", "scm", "webshop", "import"]
SOURCES: tuple[Source, ...] = ("crm", "erp", "scm", "webshop", "import")
SOURCE_WEIGHTS = (0.30, 0.25, 0.15, 0.18, 0.12)
Spine = Literal["address", "phone", "tax"]
"""The field group kept recognisable on every record of a company, so that every pair of its
records shares at least its name and this group."""

CLUSTER_SIZES = (1, 2, 3, 4, 5, 6)
CLUSTER_WEIGHTS = (0.52, 0.22, 0.12, 0.07, 0.04, 0.03)

Record = tuple[str, str, str, str, str, str, str, str]
"""name, address, city, postcode, country, phone, email, tax_id."""


# ================================================================== vocabularies

def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    """Parse ``"native:roman,native:roman"`` into pairs."""
    return tuple(tuple(p.split(":", 1)) for p in text.split(","))  # type: ignore[misc]


# Chinese brand characters: simplified, traditional, pinyin.
_ZH_CHARS_TEXT = """
华華hua 中中zhong 新新xin 天天tian 海海hai 东東dong 方方fang 金金jin 泰泰tai 恒恒heng 通通tong
达達da 信信xin 盛盛sheng 宏宏hong 安安an 康康kang 德德de 隆隆long 兴興xing 鑫鑫xin 源源yuan
祥祥xiang 瑞瑞rui 丰豐feng 荣榮rong 昌昌chang 嘉嘉jia 永永yong 辉輝hui 鼎鼎ding 博博bo 智智zhi
联聯lian 创創chuang 力力li 威威wei 凯凱kai 宇宇yu 航航hang 远遠yuan 峰峰feng 云雲yun 龙龍long
凤鳳feng 星星xing 辰辰chen 光光guang 明明ming 阳陽yang 春春chun 青青qing 蓝藍lan 百百bai 万萬wan
千千qian 佳佳jia 美美mei 合合he 和和he 利利li 富富fu 贵貴gui 宝寶bao 晶晶jing 润潤run 泽澤ze
卓卓zhuo 越越yue 正正zheng 诚誠cheng 立立li 志志zhi 腾騰teng 飞飛fei 汇匯hui 聚聚ju 众眾zhong
益益yi 广廣guang 汉漢han 邦邦bang 钧鈞jun 铭銘ming 锦錦jin 鸿鴻hong 景景jing 骏駿jun 晟晟sheng
昊昊hao 旭旭xu 晨晨chen 皓皓hao 亿億yi 兆兆zhao 亨亨heng 冠冠guan 尚尚shang 品品pin 优優you
精精jing 艺藝yi 雅雅ya 怡怡yi 馨馨xin 悦悅yue 乐樂le 思思si 诺諾nuo 维維wei 奥奧ao 迪迪di
派派pai 英英ying 豪豪hao 杰傑jie 俊俊jun 伟偉wei 强強qiang 刚剛gang 建建jian 民民min 长長chang
城城cheng 山山shan 川川chuan 江江jiang 河河he 湖湖hu 林林lin 森森sen 松松song 柏柏bai 桥橋qiao
港港gang 湾灣wan 岛島dao 洲洲zhou 亚亞ya 欧歐ou 环環huan 球球qiu 盈盈ying 裕裕yu 茂茂mao
发發fa 福福fu 禄祿lu 喜喜xi 吉吉ji 祺祺qi 麒麒qi 麟麟lin 鹏鵬peng 鹰鷹ying 虎虎hu 紫紫zi
红紅hong 银銀yin 铜銅tong 钢鋼gang 石石shi 玉玉yu 珠珠zhu 翠翠cui 朗朗lang 清清qing 澜瀾lan
涛濤tao 波波bo 浩浩hao 瀚瀚han 渊淵yuan 晖暉hui 煜煜yu 灿燦can 炜煒wei 焕煥huan 熙熙xi 耀耀yao
拓拓tuo 展展zhan 启啟qi 迅迅xun 捷捷jie 速速su 驰馳chi 前前qian 进進jin 先先xian 锋鋒feng
睿睿rui 慧慧hui 哲哲zhe 聪聰cong 贤賢xian 仁仁ren 义義yi 忠忠zhong 平平ping 顺順shun 协協xie
同同tong 友友you 宁寧ning 静靜jing 圆圓yuan 融融rong 纳納na 奇奇qi 特特te 普普pu 索索suo
斯斯si 尔爾er 克克ke 菲菲fei 伦倫lun 顿頓dun 丹丹dan 璟璟jing 琪琪qi 瑶瑤yao 琳琳lin 凌凌ling
"""
ZH_CHARS: tuple[tuple[str, str, str], ...] = tuple(
    dict.fromkeys((t[0], t[1], t[2:]) for t in _ZH_CHARS_TEXT.split())
)
ZH_TRAD = {s: t for s, t, _ in ZH_CHARS} | dict(zip(
    "电网机贸业国际术软气环药医疗实业产农传讯数据应链管理设计厂铝钢汽车设备销售团责现亚丽凤华东门区号楼层座园县广阳",
    "電網機貿業國際術軟氣環藥醫療實業產農傳訊數據應鏈管理設計廠鋁鋼汽車設備銷售團責現亞麗鳳華東門區號樓層座園縣廣陽",
))


class Industry(NamedTuple):
    """An industry word: native script, romanisation, English, English short form."""

    native: str
    roman: str
    english: str
    short: str


def _industries(text: str) -> tuple[Industry, ...]:
    return tuple(Industry(*line.split("|")) for line in text.strip().splitlines())


ZH_INDUSTRIES = _industries("""
科技|Keji|Technology|Tech
信息技术|Xinxi Jishu|Information Technology|IT
电子|Dianzi|Electronics|Electronics
电子科技|Dianzi Keji|Electronic Technology|Electronic Tech
网络科技|Wangluo Keji|Network Technology|Network Tech
软件|Ruanjian|Software|Software
机械|Jixie|Machinery|Machinery
精密机械|Jingmi Jixie|Precision Machinery|Precision Mach.
贸易|Maoyi|Trading|Trading
国际贸易|Guoji Maoyi|International Trading|Intl Trading
进出口|Jinchukou|Import and Export|Imp. & Exp.
物流|Wuliu|Logistics|Logistics
供应链管理|Gongyinglian Guanli|Supply Chain Management|Supply Chain Mgmt
实业|Shiye|Industrial|Industrial
医药|Yiyao|Pharmaceutical|Pharma
生物科技|Shengwu Keji|Biotechnology|Biotech
新材料|Xincailiao|New Materials|New Material
化工|Huagong|Chemical|Chemical
食品|Shipin|Food|Food
服饰|Fushi|Apparel|Apparel
纺织|Fangzhi|Textile|Textile
建设工程|Jianshe Gongcheng|Construction Engineering|Constr. Eng.
环保科技|Huanbao Keji|Environmental Technology|Env. Tech
新能源|Xinnengyuan|New Energy|New Energy
智能科技|Zhineng Keji|Intelligent Technology|Intelligent Tech
光电|Guangdian|Optoelectronics|Opto
半导体|Bandaoti|Semiconductor|Semicon
汽车零部件|Qiche Lingbujian|Auto Parts|Auto Parts
电气|Dianqi|Electric|Electric
包装|Baozhuang|Packaging|Packaging
塑胶|Sujiao|Plastics|Plastics
五金|Wujin|Hardware|Hardware
家具|Jiaju|Furniture|Furniture
文化传媒|Wenhua Chuanmei|Culture Media|Media
咨询|Zixun|Consulting|Consulting
投资|Touzi|Investment|Investment
数据科技|Shuju Keji|Data Technology|Data Tech
通信技术|Tongxin Jishu|Communication Technology|Comm. Tech
农业科技|Nongye Keji|Agricultural Technology|Agri Tech
照明|Zhaoming|Lighting|Lighting
医疗器械|Yiliao Qixie|Medical Devices|Medical
自动化|Zidonghua|Automation|Automation
仪器仪表|Yiqi Yibiao|Instruments|Instruments
电器|Dianqi|Electrical Appliances|Appliances
""")

# Japanese brand kanji with on-readings (long vowels marked).
JA_KANJI = _pairs(
    "東:Tō,洋:Yō,大:Dai,和:Wa,日:Nichi,本:Hon,三:San,光:Kō,新:Shin,星:Sei,明:Mei,昭:Shō,"
    "栄:Ei,興:Kō,協:Kyō,信:Shin,成:Sei,中:Chū,央:Ō,北:Hoku,南:Nan,高:Kō,千:Sen,万:Man,"
    "平:Hei,安:An,泰:Tai,正:Sei,進:Shin,友:Yū,富:Fu,菱:Ryō,立:Ritsu,松:Shō,竹:Chiku,旭:Kyoku,"
    "朝:Chō,陽:Yō,輝:Ki,翔:Shō,豊:Hō,盛:Sei,隆:Ryū,昌:Shō,宝:Hō,金:Kin,銀:Gin,鉄:Tetsu,"
    "鋼:Kō,石:Seki,玉:Gyoku,岡:Kō,川:Sen,山:San,海:Kai,港:Kō,島:Tō,野:Ya,原:Gen,田:Den,"
    "村:Son,城:Jō,京:Kyō,阪:Han,神:Shin,奈:Na,良:Ryō,徳:Toku,福:Fuku,寿:Ju,喜:Ki,吉:Kitsu,"
    "祥:Shō,瑞:Zui,鳳:Hō,龍:Ryū,鶴:Kaku,桜:Ō,菊:Kiku,蘭:Ran,雅:Ga,清:Sei,澄:Chō,白:Haku,"
    "青:Sei,紅:Kō,緑:Ryoku,紫:Shi,極:Kyoku,双:Sō,八:Hachi,九:Kyū,十:Jū,百:Hyaku,久:Kyū,"
    "永:Ei,常:Jō,恒:Kō,帝:Tei,国:Koku,共:Kyō,弘:Kō,宏:Kō,広:Kō,啓:Kei,慶:Kei,誠:Sei,仁:Jin,"
    "義:Gi,礼:Rei,智:Chi,勇:Yū,英:Ei,秀:Shū,優:Yū,美:Bi,匠:Shō,創:Sō,拓:Taku,飛:Hi,岳:Gaku,"
    "峰:Hō,嶺:Rei,湊:Sō,太:Tai,丸:Maru,井:Sei,芝:Shi,葉:Yō,森:Shin,林:Rin,春:Shun,秋:Shū"
)
JA_KATAKANA = _pairs(
    "アルファ:Alpha,ベータ:Beta,サン:Sun,ライズ:Rise,テクノ:Techno,ウェーブ:Wave,グローバル:Global,"
    "ユニ:Uni,ミライ:Mirai,ネクスト:Next,スター:Star,ライト:Light,ブルー:Blue,グリーン:Green,"
    "リンク:Link,ネット:Net,クリエイト:Create,フロンティア:Frontier,パシフィック:Pacific,"
    "オリエント:Orient,エース:Ace,ダイヤ:Dia,クラウン:Crown,ロイヤル:Royal,プラス:Plus,"
    "マックス:Max,ゼロ:Zero,ワン:One,トップ:Top,スマート:Smart,ビジョン:Vision,コア:Core,"
    "アクア:Aqua,テラ:Terra,ソル:Sol,ルナ:Luna,ステラ:Stella,ノヴァ:Nova,アーク:Arc,"
    "エコ:Eco,ファイン:Fine,メディカル:Medical,デジタル:Digital,ロボ:Robo,ソニック:Sonic,"
    "ハート:Heart,フォレスト:Forest,リバー:River,マリン:Marine,スカイ:Sky,ピーク:Peak,"
    "ベスト:Best,フレッシュ:Fresh,ハーモニー:Harmony,ユナイテッド:United,アドバンス:Advance,"
    "イノベーション:Innovation,シナジー:Synergy,エナジー:Energy,ジャパン:Japan,センチュリー:Century,"
    "ミネルバ:Minerva,オメガ:Omega,ゼニス:Zenith,ヴィクトリー:Victory,ホープ:Hope,リーフ:Leaf"
)
JA_INDUSTRIES = _industries("""
商事|Shōji|Trading|Trading
工業|Kōgyō|Industries|Ind.
電機|Denki|Electric|Electric
製作所|Seisakusho|Manufacturing|Mfg.
化学|Kagaku|Chemical|Chemical
物産|Bussan|Trading|Trading
産業|Sangyō|Industry|Ind.
精機|Seiki|Precision|Precision
電子|Denshi|Electronics|Electronics
運輸|Un'yu|Transport|Transport
物流|Butsuryū|Logistics|Logistics
建設|Kensetsu|Construction|Constr.
食品|Shokuhin|Foods|Foods
薬品|Yakuhin|Pharmaceutical|Pharma
技研|Giken|Engineering|Eng.
機械|Kikai|Machinery|Machinery
通信|Tsūshin|Communications|Comm.
印刷|Insatsu|Printing|Printing
不動産|Fudōsan|Real Estate|Real Estate
繊維|Sen'i|Textile|Textile
システム|Shisutemu|Systems|Systems
テクノロジー|Tekunorojī|Technology|Tech
エンジニアリング|Enjiniaringu|Engineering|Eng.
ソリューションズ|Soryūshonzu|Solutions|Solutions
メディカル|Medikaru|Medical|Medical
""")
JA_MODIFIERS = _pairs("精密:Seimitsu,総合:Sōgō,国際:Kokusai,中央:Chūō,日本:Nihon,東亜:Tōa,産業:Sangyō,共同:Kyōdō")
JA_FAMILIES = _pairs(
    "田中:Tanaka,鈴木:Suzuki,佐藤:Satō,高橋:Takahashi,渡辺:Watanabe,伊藤:Itō,山本:Yamamoto,"
    "中村:Nakamura,小林:Kobayashi,加藤:Katō,吉田:Yoshida,山田:Yamada,佐々木:Sasaki,山口:Yamaguchi,"
    "松本:Matsumoto,井上:Inoue,木村:Kimura,林:Hayashi,清水:Shimizu,森:Mori,池田:Ikeda,橋本:Hashimoto,"
    "石川:Ishikawa,前田:Maeda,藤田:Fujita,小川:Ogawa,岡田:Okada,後藤:Gotō,長谷川:Hasegawa,村上:Murakami"
)
KO_SYLLABLES = _pairs(
    "한:Han,대:Dae,성:Sung,진:Jin,우:Woo,신:Shin,동:Dong,영:Young,화:Hwa,태:Tae,광:Kwang,명:Myung,"
    "세:Se,일:Il,정:Jung,민:Min,미:Mi,래:Rae,하:Ha,나:Na,서:Seo,원:Won,경:Kyung,호:Ho,준:Joon,"
    "선:Sun,보:Bo,금:Keum,은:Eun,창:Chang,용:Yong,삼:Sam,오:Oh,유:Yu,국:Kuk,제:Je,해:Hae,천:Chun,"
    "산:San,강:Kang,빛:Bit,솔:Sol,누:Nu,리:Ri,아:A,라:Ra,인:In,혜:Hye,수:Su,도:Do"
)
KO_INDUSTRIES = _industries("""
전자|Jeonja|Electronics|Elec.
산업|Saneop|Industrial|Ind.
기계|Gigye|Machinery|Machinery
화학|Hwahak|Chemical|Chemical
물산|Mulsan|Trading|Trading
건설|Geonseol|Construction|Constr.
정밀|Jeongmil|Precision|Precision
테크|Tekeu|Tech|Tech
시스템|Siseutem|Systems|Systems
통상|Tongsang|Trading|Trading
제약|Jeyak|Pharmaceutical|Pharm.
식품|Sikpum|Foods|Foods
물류|Mullyu|Logistics|Logistics
엔지니어링|Enjinieoring|Engineering|Eng.
소재|Sojae|Materials|Materials
에너지|Eneoji|Energy|Energy
""")

# Latin-script vocabularies by language: industries as "word|variant|variant".
LATIN_INDUSTRIES: dict[str, tuple[tuple[str, ...], ...]] = {
    lang: tuple(tuple(line.split("|")) for line in text.strip().splitlines())
    for lang, text in {
        "de": """Maschinenbau|Masch.-Bau|Maschinenbau
Logistik|Logistik|Log.
Elektrotechnik|Elektrotech.|Elektro-Technik
Software|Software|Softw.
Handel|Handel|Hdl.
Metallbau|Metallbau|Metall-Bau
Kunststofftechnik|Kunststofftech.|Kunststoff-Technik
Medizintechnik|Medizintech.|Med.-Technik
Automation|Automation|Automatisierung
Systeme|Systeme|Sys.
Bau|Bau|Bauunternehmen
Immobilien|Immob.|Immobilien
Consulting|Consulting|Beratung
Vertrieb|Vertrieb|Vertr.
Anlagenbau|Anlagenbau|Anl.-Bau
Verpackung|Verpackungen|Verp.
Druckerei|Druck|Druckerei
Lebensmittel|Lebensm.|Lebensmittel
Energietechnik|Energietech.|Energie-Technik
Umwelttechnik|Umwelttech.|Umwelt-Technik
Feinmechanik|Feinmech.|Fein-Mechanik
Antriebstechnik|Antriebstech.|Antriebe
Industrieservice|Industrie-Service|Ind.-Service
Datentechnik|Datentech.|Daten-Technik
Werkzeugbau|Werkzeugbau|Werkzeug-Bau
Spedition|Spedition|Sped.
Holztechnik|Holztech.|Holz-Technik
Gebäudetechnik|Gebäudetech.|Gebaeudetechnik""",
        "fr": """Industrie|Industries|Ind.
Logistique|Logistique|Log.
Conseil|Conseils|Conseil
Services|Services|Svcs
Technologies|Technologie|Techno
Distribution|Distribution|Distrib.
Ingénierie|Ingenierie|Ing.
Transports|Transport|Transp.
Électronique|Electronique|Électr.
Bâtiment|Batiment|Bât.
Systèmes|Systemes|Syst.
Informatique|Informatique|Info.
Solutions|Solutions|Sol.
Mécanique|Mecanique|Méca
Emballages|Emballage|Emb.
Environnement|Environnement|Env.
Énergie|Energie|Énergies
Automatismes|Automatisme|Autom.
Chimie|Chimie|Chim.
Menuiserie|Menuiserie|Menuis.""",
        "en": """Engineering|Eng.|Engineering
Logistics|Logistics|Log.
Trading|Trading|Trading Co
Solutions|Solutions|Soln
Systems|Systems|Sys.
Technologies|Technology|Tech
Consulting|Consultants|Consultancy
Manufacturing|Mfg|Manufacturing
Foods|Food|Foods
Industries|Industrial|Ind.
Electronics|Electronic|Elec.
Services|Svcs|Service
Supplies|Supply|Supplies
Packaging|Packaging|Pkg
Materials|Materials|Mat.
Software|Software|Soft
Construction|Constr.|Construction
Freight|Freight|Frt
Distribution|Distributors|Dist.
Pharmaceuticals|Pharma|Pharmaceutical
Instruments|Instrument|Instr.
Components|Components|Comp.
Precision|Precision|Prec.
Plastics|Plastic|Plastics
Textiles|Textile|Textiles
Energy|Energy|Power
Medical|Medical|Med.
Analytics|Analytics|Analytic
Networks|Network|Net
Robotics|Robotic|Robotics""",
        "it": """Meccanica|Meccaniche|Mecc.
Logistica|Logistica|Log.
Elettronica|Elettronica|Elettr.
Impianti|Impianti|Imp.
Costruzioni|Costruzioni|Costr.
Sistemi|Sistemi|Sist.
Tecnologie|Tecnologia|Tecn.
Servizi|Servizi|Serv.
Alimentari|Alimentare|Alim.
Plastica|Plastiche|Plast.
Tessile|Tessili|Tess.
Ingegneria|Ingegneria|Ing.
Trasporti|Trasporti|Trasp.
Commerciale|Commerciale|Comm.
Automazione|Automazioni|Autom.""",
        "es": """Logística|Logistica|Log.
Ingeniería|Ingenieria|Ing.
Construcciones|Construcciones|Const.
Servicios|Servicios|Serv.
Tecnologías|Tecnologia|Tecn.
Distribuciones|Distribución|Distrib.
Soluciones|Soluciones|Sol.
Industrias|Industrial|Ind.
Alimentación|Alimentacion|Alim.
Transportes|Transporte|Transp.
Sistemas|Sistemas|Sist.
Electrónica|Electronica|Electr.
Montajes|Montaje|Mont.
Suministros|Suministro|Sum.""",
        "nl": """Logistiek|Logistiek|Log.
Techniek|Techniek|Techn.
Installatietechniek|Installatie Techniek|Inst.techn.
Bouw|Bouw|Bouwbedrijf
Handel|Handelsonderneming|Hdl.
Software|Software|Softw.
Metaal|Metaalbewerking|Metaal
Transport|Transporten|Transp.
Advies|Adviesbureau|Adv.
Systemen|Systems|Syst.
Verpakkingen|Verpakking|Verp.
Machinebouw|Machinebouw|Mach.bouw
Elektro|Elektrotechniek|Elektro
Groothandel|Groothandel|Grooth.""",
    }.items()
}
LATIN_SYLLABLES = (
    "al ar ba be bel bra bri ca cor da del di do el en fa fer ga gen ha in is ka kal ken "
    "lan lex li lo lu ma mar me mi mo na nex no nor o pa pri qua ra ren ri ro sa sel si so "
    "ta tec tel ter tor tra ul va vel ven vi vo wex xa za zen"
).split()
LATIN_ENDINGS = "a ix on ar ia um ex is an or ex en us o ra ta io".split()
LATIN_COMPOUNDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "de": (tuple("Nord Süd Ost West Alpen Rhein Elb Donau Stern Sonnen Blau Grün Hoch Adler Falken "
                 "Eichen Linden Berg Tal Wald See Stahl Eisen Kupfer Silber Gold Kristall Licht Feuer".split()),
           tuple("stern werk licht tal berg bau form tec tech line plan feld haus hof quelle kraft "
                 "blick weg brücke markt".split())),
    "fr": (tuple("Atlantique Azur Provence Alpes Loire Seine Rhône Océan Soleil Étoile Horizon Lumière "
                 "Arc Cristal Méridien Aquitaine Bretagne Normandie Vallée Mont".split()),
           ("", " Conseil", " Groupe", " Avenir", " Plus", " Concept", " Pro", " Expert", " Innov")),
    "en": (tuple("North South East West Blue Green Red Silver Golden Iron Stone River Lake Oak Maple "
                 "Pine Cedar Summit Harbor Harbour Bridge Falcon Eagle Lion Phoenix Atlas Apex Vertex "
                 "Crown Sterling Liberty Pioneer Frontier Horizon Coastal Prairie Granite".split()),
           tuple("field gate wood ridge stone point line bridge view port wave peak star light works "
                 "way brook dale ford haven".split())),
    "it": (tuple("Adriatica Alpina Tirrena Padana Lombarda Veneta Toscana Sole Stella Luna Aurora Europa "
                 "Mediterranea Italica Nuova Prima".split()), ("", " Group", " Italia", " Sud", " Nord")),
    "es": (tuple("Ibérica Atlántica Mediterránea Levante Norte Sur Sol Luna Estrella Castilla Aragón "
                 "Andaluza Galaica Cantábrica Nueva".split()), ("", " Group", " Hispania", " Global")),
    "nl": (tuple("Noord Zuid Oost West Polder Delta Duin Haven Tulp Molen Dijk Kroon Zon Ster Water Vecht".split()),
           tuple("stad land veld haven berg meer wijk tech line plan".split())),
}
FAMILIES: dict[str, tuple[str, ...]] = {
    "de": tuple("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch "
                "Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann "
                "Lange Werner Krause Lehmann Köhler Maier Huber Kaiser Fuchs Peters Lang Scholz".split()),
    "fr": tuple("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
                "Lefebvre Michel Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Nicolas Perrin "
                "Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier".split()),
    "en": tuple("Smith Jones Williams Taylor Brown Davies Evans Wilson Johnson Roberts Walker Wright "
                "Robinson Thompson White Hughes Edwards Green Hall Wood Harris Lewis Martin Jackson Clarke "
                "Clark Turner Hill Scott Cooper Morris Ward Baker Carter Mitchell Parker".split()),
    "it": tuple("Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo "
                "Conti De Luca Costa Giordano Mancini Rizzo Lombardi Moretti Barbieri Fontana Santoro".split()),
    "es": tuple("García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez "
                "Ruiz Hernández Díaz Moreno Álvarez Muñoz Romero Alonso Gutiérrez Navarro Torres".split()),
    "nl": ("de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser",
           "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
           "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf"),
}
FAMILY_SUFFIXES = {
    "de": ("", " & Söhne", " & Partner", " und Sohn", " Gebr."),
    "fr": ("", " et Fils", " Frères", " & Associés", " et Cie"),
    "en": ("", " & Sons", " Brothers", " & Partners", " and Co"),
    "it": ("", " & Figli", " F.lli", " & C."),
    "es": ("", " e Hijos", " Hermanos", " y Asociados"),
    "nl": ("", " & Zn.", " & Zonen", " en Partners"),
}
GENERIC_BRANDS = {
    "zh": _pairs("环球:Huanqiu,国际:Guoji,亚太:Yatai,中外:Zhongwai,联合:Lianhe,东方:Dongfang,华夏:Huaxia"),
    "ja": _pairs("日本:Nihon,国際:Kokusai,東洋:Tōyō,中央:Chūō,大和:Yamato,共栄:Kyōei"),
    "ko": _pairs("대한:Daehan,한국:Hankook,국제:Kukje,동양:Dongyang,중앙:Joongang"),
    "latin": _pairs("Global:Global,International:International,Universal:Universal,United:United,"
                    "General:General,Premier:Premier,Euro:Euro,Allied:Allied,Pacific:Pacific,Prime:Prime"),
}
PERSONS = {
    "zh": ("wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo".split(),
           "wei fang na min jing lei jun yang yong jie tao ming chao hua ping gang xin yan hui li".split()),
    "ja": ("sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada "
           "sasaki yamaguchi matsumoto inoue kimura hayashi shimizu".split(),
           "hiroshi takashi kenji yuki akira naoko yoko keiko daisuke kazuo makoto haruka ryo".split()),
    "ko": ("kim lee park choi jung kang cho yoon jang lim han shin".split(),
           "minjun seoyeon jiho hyun jisoo minho eunji sungmin".split()),
    "de": ("mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann koch richter "
           "klein wolf schroeder neumann".split(),
           "thomas michael andreas stefan frank juergen sabine petra julia anna katrin markus".split()),
    "fr": ("martin bernard dubois thomas robert richard petit durand leroy moreau simon laurent".split(),
           "jean pierre marie sophie nicolas julien camille claire philippe isabelle".split()),
    "en": ("smith jones williams taylor brown davies evans wilson johnson miller garcia davis".split(),
           "james john robert michael david sarah jennifer emily jessica daniel laura mark".split()),
    "it": ("rossi russo ferrari esposito bianchi romano colombo ricci marino greco".split(),
           "marco giuseppe luca francesca giulia andrea paolo chiara".split()),
    "es": ("garcia fernandez gonzalez rodriguez lopez martinez sanchez perez gomez".split(),
           "antonio jose manuel carmen maria laura javier david lucia".split()),
    "nl": ("dejong jansen devries vandenberg vandijk bakker visser smit meijer".split(),
           "jan pieter sanne lisa daan thomas emma lars".split()),
}
FREEMAIL = {
    "zh": ("qq.com", "163.com", "126.com", "sina.com"),
    "ja": ("gmail.com", "yahoo.co.jp", "docomo.ne.jp"),
    "ko": ("naver.com", "daum.net", "gmail.com"),
    "de": ("gmx.de", "web.de", "t-online.de", "gmail.com"),
    "fr": ("orange.fr", "free.fr", "gmail.com", "wanadoo.fr"),
    "en": ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com"),
    "it": ("libero.it", "gmail.com", "tiscali.it"),
    "es": ("gmail.com", "hotmail.es", "telefonica.net"),
    "nl": ("gmail.com", "ziggo.nl", "kpnmail.nl"),
}
GENERIC_MAILBOXES = {
    "zh": ("info", "sales", "service", "admin", "contact", "office"),
    "ja": ("info", "sales", "eigyo", "contact", "support"),
    "ko": ("info", "sales", "contact", "support"),
    "de": ("info", "kontakt", "vertrieb", "buchhaltung", "office", "einkauf"),
    "fr": ("contact", "info", "commercial", "comptabilite", "accueil"),
    "en": ("info", "sales", "accounts", "office", "enquiries", "hello"),
    "it": ("info", "amministrazione", "commerciale", "ufficio"),
    "es": ("info", "administracion", "comercial", "contacto"),
    "nl": ("info", "verkoop", "administratie", "contact"),
}

# OCR and keyboard slips.
_OCR_CONFUSIONS = {"0": "O", "O": "0", "1": "l", "l": "1", "I": "1", "5": "S", "S": "5", "8": "B",
                   "B": "8", "m": "rn", "e": "c", "c": "e", "u": "v", "n": "h", "g": "q", "2": "Z",
                   "6": "b", "a": "o", "i": "l"}
_CJK_CONFUSIONS = dict(zip("已未士日人大天辰晨星兴鑫盛宏安康华中东海金信达通", "己末土曰入太夫晨辰量興金成弘按庚化申東悔全倍这道"))


# ================================================================== countries and cities

class City(NamedTuple):
    """A city: native and romanised names, other spellings, postcode pattern ('#' a digit,
    '@' a letter, alternatives split by '/'), phone area code, districts, weight, region."""

    native: str
    roman: str
    aliases: tuple[str, ...]
    postcode: str
    area: str
    districts: tuple[tuple[str, str], ...]
    weight: float
    region: str


def _cities(text: str) -> tuple[City, ...]:
    cities = []
    for line in text.strip().splitlines():
        native, roman, aliases, postcode, area, districts, weight, region = (f.strip() for f in line.split("|"))
        cities.append(City(native, roman, tuple(a for a in aliases.split("/") if a), postcode, area,
                           _pairs(districts) if districts else (), float(weight), region))
    return tuple(cities)


CITIES: dict[str, tuple[City, ...]] = {
    "CN": _cities("""
北京|Beijing|北京市/BEIJING/Peking|100###|10|朝阳区:Chaoyang District,海淀区:Haidian District,东城区:Dongcheng District,丰台区:Fengtai District|12|1101
上海|Shanghai|上海市/SHANGHAI/Shanghai City|200###|21|浦东新区:Pudong New Area,徐汇区:Xuhui District,静安区:Jing'an District,闵行区:Minhang District|13|3101
广州|Guangzhou|广州市/Canton/GUANGZHOU|510###|20|天河区:Tianhe District,越秀区:Yuexiu District,番禺区:Panyu District|7|4401
深圳|Shenzhen|深圳市/SHENZHEN/Shen Zhen|518###|755|南山区:Nanshan District,福田区:Futian District,宝安区:Bao'an District,龙岗区:Longgang District|9|4403
杭州|Hangzhou|杭州市/HANGZHOU|310###|571|西湖区:Xihu District,滨江区:Binjiang District,余杭区:Yuhang District|5|3301
南京|Nanjing|南京市/NANJING|210###|25|鼓楼区:Gulou District,江宁区:Jiangning District|4|3201
苏州|Suzhou|苏州市/SUZHOU|215###|512|工业园区:Industrial Park,吴中区:Wuzhong District|5|3205
成都|Chengdu|成都市/CHENGDU|610###|28|武侯区:Wuhou District,高新区:Gaoxin District|4|5101
武汉|Wuhan|武汉市/WUHAN|430###|27|江汉区:Jianghan District,洪山区:Hongshan District|3|4201
天津|Tianjin|天津市/TIANJIN/Tientsin|300###|22|滨海新区:Binhai New Area,和平区:Heping District|4|1201
重庆|Chongqing|重庆市/CHONGQING/Chungking|400###|23|渝中区:Yuzhong District,江北区:Jiangbei District|3|5001
西安|Xi'an|西安市/XIAN/Xian|710###|29|雁塔区:Yanta District,未央区:Weiyang District|3|6101
青岛|Qingdao|青岛市/QINGDAO/Tsingtao|266###|532|市南区:Shinan District,黄岛区:Huangdao District|3|3702
宁波|Ningbo|宁波市/NINGBO|315###|574|鄞州区:Yinzhou District,北仑区:Beilun District|3|3302
厦门|Xiamen|厦门市/XIAMEN/Amoy|361###|592|思明区:Siming District,湖里区:Huli District|2|3502
东莞|Dongguan|东莞市/DONGGUAN|523###|769|长安镇:Chang'an Town,虎门镇:Humen Town|3|4419
佛山|Foshan|佛山市/FOSHAN|528###|757|顺德区:Shunde District,南海区:Nanhai District|2|4406
长沙|Changsha|长沙市/CHANGSHA|410###|731|岳麓区:Yuelu District,雨花区:Yuhua District|2|4301
郑州|Zhengzhou|郑州市/ZHENGZHOU|450###|371|金水区:Jinshui District,二七区:Erqi District|2|4101
合肥|Hefei|合肥市/HEFEI|230###|551|蜀山区:Shushan District,包河区:Baohe District|2|3401
无锡|Wuxi|无锡市/WUXI|214###|510|新吴区:Xinwu District,滨湖区:Binhu District|2|3202
大连|Dalian|大连市/DALIAN|116###|411|中山区:Zhongshan District,甘井子区:Ganjingzi District|2|2102
"""),
    "TW": _cities("""
台北市|Taipei City|臺北市/Taipei/TAIPEI/台北|1##|2|信義區:Xinyi Dist.,大安區:Da'an Dist.,中山區:Zhongshan Dist.,內湖區:Neihu Dist.|40|
新北市|New Taipei City|新北/New Taipei|2##|2|板橋區:Banqiao Dist.,新莊區:Xinzhuang Dist.,汐止區:Xizhi Dist.|20|
台中市|Taichung City|臺中市/Taichung/台中|4##|4|西屯區:Xitun Dist.,南屯區:Nantun Dist.|15|
高雄市|Kaohsiung City|Kaohsiung/高雄|8##|7|前鎮區:Qianzhen Dist.,苓雅區:Lingya Dist.|12|
新竹市|Hsinchu City|Hsinchu/新竹|300|3|東區:East Dist.,北區:North Dist.|8|
桃園市|Taoyuan City|Taoyuan/桃園|3##|3|桃園區:Taoyuan Dist.,中壢區:Zhongli Dist.|5|
"""),
    "HK": _cities("""
香港|Hong Kong|HK/Hongkong/HONG KONG/香港特別行政區|||中環:Central,灣仔:Wan Chai,銅鑼灣:Causeway Bay,上環:Sheung Wan|50|
九龍|Kowloon|Kowloon, HK/KLN/九龙|||尖沙咀:Tsim Sha Tsui,觀塘:Kwun Tong,旺角:Mong Kok,九龍灣:Kowloon Bay|35|
新界|New Territories|N.T./NT/新界|||沙田:Sha Tin,荃灣:Tsuen Wan,葵涌:Kwai Chung|15|
"""),
    "JP": _cities("""
東京都|Tokyo|東京/TOKYO/Tokyo-to/Tōkyō|1##-####|3|千代田区:Chiyoda-ku,中央区:Chuo-ku,港区:Minato-ku,新宿区:Shinjuku-ku,渋谷区:Shibuya-ku,品川区:Shinagawa-ku|26|東京都
大阪市|Osaka|大阪/大阪府大阪市/OSAKA/Osaka-shi/Ōsaka|5##-####|6|北区:Kita-ku,中央区:Chuo-ku,淀川区:Yodogawa-ku,西区:Nishi-ku|14|大阪府
名古屋市|Nagoya|名古屋/NAGOYA/Nagoya-shi|45#-####|52|中区:Naka-ku,中村区:Nakamura-ku,東区:Higashi-ku|9|愛知県
横浜市|Yokohama|横浜/YOKOHAMA/Yokohama-shi|22#-####|45|西区:Nishi-ku,港北区:Kohoku-ku,中区:Naka-ku|9|神奈川県
京都市|Kyoto|京都/KYOTO/Kyōto|60#-####|75|下京区:Shimogyo-ku,中京区:Nakagyo-ku|5|京都府
神戸市|Kobe|神戸/KOBE/Kōbe|65#-####|78|中央区:Chuo-ku,東灘区:Higashinada-ku|5|兵庫県
福岡市|Fukuoka|福岡/FUKUOKA|81#-####|92|博多区:Hakata-ku,中央区:Chuo-ku|6|福岡県
札幌市|Sapporo|札幌/SAPPORO|06#-####|11|中央区:Chuo-ku,北区:Kita-ku|5|北海道
仙台市|Sendai|仙台/SENDAI|98#-####|22|青葉区:Aoba-ku,宮城野区:Miyagino-ku|4|宮城県
広島市|Hiroshima|広島/HIROSHIMA|73#-####|82|中区:Naka-ku,南区:Minami-ku|4|広島県
川崎市|Kawasaki|川崎/KAWASAKI|21#-####|44|川崎区:Kawasaki-ku,中原区:Nakahara-ku|5|神奈川県
さいたま市|Saitama|さいたま/SAITAMA/埼玉|33#-####|48|大宮区:Omiya-ku,浦和区:Urawa-ku|4|埼玉県
浜松市|Hamamatsu|浜松/HAMAMATSU|43#-####|53|中央区:Chuo-ku|4|静岡県
"""),
    "KR": _cities("""
서울|Seoul|서울특별시/SEOUL/Seoul City|0####|2|강남구:Gangnam-gu,중구:Jung-gu,영등포구:Yeongdeungpo-gu,금천구:Geumcheon-gu,서초구:Seocho-gu|45|
부산|Busan|부산광역시/BUSAN/Pusan|4####|51|해운대구:Haeundae-gu,강서구:Gangseo-gu|15|
인천|Incheon|인천광역시/INCHEON/Inchon|2####|32|남동구:Namdong-gu,연수구:Yeonsu-gu|10|
대구|Daegu|대구광역시/DAEGU/Taegu|4####|53|달서구:Dalseo-gu,북구:Buk-gu|8|
대전|Daejeon|대전광역시/DAEJEON/Taejon|3####|42|유성구:Yuseong-gu,대덕구:Daedeok-gu|7|
성남|Seongnam|성남시/SEONGNAM|13###|31|분당구:Bundang-gu,중원구:Jungwon-gu|8|
수원|Suwon|수원시/SUWON|16###|31|영통구:Yeongtong-gu,권선구:Gwonseon-gu|7|
"""),
    "DE": _cities("""
Berlin|Berlin|BERLIN/Berlin-Mitte|10###/12###/13###|30||14|
Hamburg|Hamburg|HAMBURG/Hansestadt Hamburg|20###/22###|40||9|
München|Munich|Muenchen/MÜNCHEN/Munchen|80###/81###|89||10|
Köln|Cologne|Koeln/KÖLN/Koln|50###/51###|221||7|
Frankfurt am Main|Frankfurt|Frankfurt a. M./Frankfurt/Main/Frankfurt a.M./FRANKFURT|60###/65###|69||7|
Stuttgart|Stuttgart|STUTTGART|70###|711||6|
Düsseldorf|Dusseldorf|Duesseldorf/DÜSSELDORF|40###|211||5|
Leipzig|Leipzig|LEIPZIG|04###|341||4|
Dortmund|Dortmund|DORTMUND|44###|231||4|
Essen|Essen|ESSEN|45###|201||3|
Bremen|Bremen|BREMEN|28###|421||3|
Dresden|Dresden|DRESDEN|01###|351||4|
Hannover|Hanover|HANNOVER|30###|511||4|
Nürnberg|Nuremberg|Nuernberg/NÜRNBERG|90###|911||4|
Mannheim|Mannheim|MANNHEIM|68###|621||3|
Karlsruhe|Karlsruhe|KARLSRUHE|76###|721||3|
Bielefeld|Bielefeld|BIELEFELD|33###|521||3|
Augsburg|Augsburg|AUGSBURG|86###|821||3|
"""),
    "AT": _cities("""
Wien|Vienna|WIEN/Vienne|1##0|1||40|
Graz|Graz|GRAZ|80##|316||14|
Linz|Linz|LINZ|40##|732||13|
Salzburg|Salzburg|SALZBURG|50##|662||11|
Innsbruck|Innsbruck|INNSBRUCK|60##|512||10|
Klagenfurt|Klagenfurt|Klagenfurt am Wörthersee/KLAGENFURT|90##|463||6|
St. Pölten|Sankt Poelten|St. Poelten/Sankt Pölten/ST. PÖLTEN|31##|2742||6|
"""),
    "CH": _cities("""
Zürich|Zurich|Zuerich/ZÜRICH|80##|44||30|de
Genève|Geneva|Genf/Geneve/GENÈVE|12##|22||15|fr
Basel|Basel|Bâle/BASEL|40##|61||12|de
Bern|Berne|BERN|30##|31||10|de
Lausanne|Lausanne|LAUSANNE|10##|21||9|fr
Luzern|Lucerne|LUZERN|60##|41||7|de
St. Gallen|Sankt Gallen|St Gallen/ST. GALLEN|90##|71||6|de
Zug|Zug|ZUG|63##|41||6|de
Winterthur|Winterthur|WINTERTHUR|84##|52||5|de
"""),
    "FR": _cities("""
Paris|Paris|PARIS/Paris Cedex/Paris 8e|7500#/7501#|1||30|
Lyon|Lyon|LYON/Lyons|6900#|4||10|
Marseille|Marseille|MARSEILLE/Marseilles|130##|4||8|
Toulouse|Toulouse|TOULOUSE|310##|5||7|
Nice|Nice|NICE|060##|4||5|
Nantes|Nantes|NANTES|440##|2||6|
Strasbourg|Strasbourg|STRASBOURG/Strassburg|670##|3||5|
Montpellier|Montpellier|MONTPELLIER|340##|4||4|
Bordeaux|Bordeaux|BORDEAUX|330##|5||6|
Lille|Lille|LILLE|590##|3||6|
Rennes|Rennes|RENNES|350##|2||4|
Grenoble|Grenoble|GRENOBLE|380##|4||4|
Saint-Étienne|Saint-Etienne|St-Étienne/St Etienne/SAINT-ETIENNE|420##|4||3|
"""),
    "GB": _cities("""
London|London|LONDON/City of London/Greater London|EC1A #@@/EC2V #@@/W1T #@@/SW1A #@@/E14 #@@/N1 #@@/SE1 #@@/WC2H #@@|20||35|
Manchester|Manchester|MANCHESTER/Greater Manchester|M1 #@@/M2 #@@/M4 #@@/M15 #@@|161||9|
Birmingham|Birmingham|BIRMINGHAM/B'ham|B1 #@@/B2 #@@/B4 #@@/B15 #@@|121||9|
Leeds|Leeds|LEEDS|LS1 #@@/LS2 #@@/LS11 #@@|113||6|
Glasgow|Glasgow|GLASGOW|G1 #@@/G2 #@@/G51 #@@|141||6|
Edinburgh|Edinburgh|EDINBURGH|EH1 #@@/EH2 #@@/EH12 #@@|131||5|
Bristol|Bristol|BRISTOL|BS1 #@@/BS2 #@@/BS16 #@@|117||5|
Liverpool|Liverpool|LIVERPOOL|L1 #@@/L2 #@@/L3 #@@|151||5|
Sheffield|Sheffield|SHEFFIELD|S1 #@@/S2 #@@/S9 #@@|114||4|
Cambridge|Cambridge|CAMBRIDGE|CB1 #@@/CB2 #@@/CB4 #@@|1223||4|
Reading|Reading|READING|RG1 #@@/RG2 #@@|118||4|
Newcastle upon Tyne|Newcastle|Newcastle-upon-Tyne/NEWCASTLE|NE1 #@@/NE4 #@@|191||4|
"""),
    "US": _cities("""
New York|New York|New York, NY/NYC/New York City/NEW YORK|100##/101##|212||14|NY
Los Angeles|Los Angeles|Los Angeles, CA/LA/LOS ANGELES|900##|213||10|CA
Chicago|Chicago|Chicago, IL/CHICAGO|606##|312||9|IL
Houston|Houston|Houston, TX/HOUSTON|770##|713||7|TX
Phoenix|Phoenix|Phoenix, AZ/PHOENIX|850##|602||4|AZ
Philadelphia|Philadelphia|Philadelphia, PA/Philly/PHILADELPHIA|191##|215||5|PA
San Diego|San Diego|San Diego, CA/SAN DIEGO|921##|619||4|CA
Dallas|Dallas|Dallas, TX/DALLAS|752##|214||6|TX
San Jose|San Jose|San José/San Jose, CA/SAN JOSE|951##|408||5|CA
Austin|Austin|Austin, TX/AUSTIN|787##|512||4|TX
Seattle|Seattle|Seattle, WA/SEATTLE|981##|206||5|WA
Boston|Boston|Boston, MA/BOSTON|021##|617||5|MA
Atlanta|Atlanta|Atlanta, GA/ATLANTA|303##|404||5|GA
Denver|Denver|Denver, CO/DENVER|802##|303||4|CO
Miami|Miami|Miami, FL/MIAMI|331##|305||4|FL
San Francisco|San Francisco|San Francisco, CA/SF/SAN FRANCISCO|941##|415||6|CA
Detroit|Detroit|Detroit, MI/DETROIT|482##|313||3|MI
Minneapolis|Minneapolis|Minneapolis, MN/MINNEAPOLIS|554##|612||3|MN
"""),
    "IT": _cities("""
Milano|Milan|MILANO/Milan (MI)|201##|02||25|MI
Roma|Rome|ROMA/Roma (RM)|001##|06||20|RM
Torino|Turin|TORINO|101##|011||10|TO
Napoli|Naples|NAPOLI|801##|081||8|NA
Bologna|Bologna|BOLOGNA|401##|051||8|BO
Firenze|Florence|FIRENZE|501##|055||7|FI
Genova|Genoa|GENOVA|161##|010||6|GE
Venezia|Venice|VENEZIA/Venezia Mestre|301##|041||5|VE
Verona|Verona|VERONA|371##|045||5|VR
Brescia|Brescia|BRESCIA|251##|030||6|BS
"""),
    "ES": _cities("""
Madrid|Madrid|MADRID|280##|91||30|
Barcelona|Barcelona|BARCELONA/BCN|080##|93||25|
Valencia|Valencia|València/VALENCIA|460##|96||10|
Sevilla|Seville|SEVILLA|410##|95||8|
Zaragoza|Zaragoza|ZARAGOZA/Saragossa|500##|976||7|
Málaga|Malaga|Malaga/MÁLAGA|290##|95||6|
Bilbao|Bilbao|Bilbo/BILBAO|480##|94||7|
Valladolid|Valladolid|VALLADOLID|470##|983||4|
"""),
    "NL": _cities("""
Amsterdam|Amsterdam|AMSTERDAM/A'dam|10## @@|20||28|
Rotterdam|Rotterdam|ROTTERDAM|30## @@|10||18|
Den Haag|The Hague|'s-Gravenhage/DEN HAAG/Den Haag (The Hague)|25## @@|70||12|
Utrecht|Utrecht|UTRECHT|35## @@|30||12|
Eindhoven|Eindhoven|EINDHOVEN|56## @@|40||10|
Tilburg|Tilburg|TILBURG|50## @@|13||6|
Groningen|Groningen|GRONINGEN|97## @@|50||6|
Breda|Breda|BREDA|48## @@|76||5|
"""),
    "SG": _cities("""
Singapore|Singapore|SINGAPORE/Singapura/新加坡/SG|0#####/1#####/3#####/4#####/5#####/6#####|||100|
"""),
}


class Legal(NamedTuple):
    """A legal form: canonical spelling, variants as written, romanised/English variants (CJK)."""

    canonical: str
    variants: tuple[str, ...]
    roman: tuple[str, ...] = ()


def _legal(canonical: str, variants: str, roman: str = "") -> Legal:
    return Legal(canonical, tuple(v for v in variants.split("|") if v), tuple(r for r in roman.split("|") if r))


LEGAL_FORMS: dict[str, tuple[tuple[Legal, float], ...]] = {
    "CN": ((_legal("有限公司", "有限公司|公司", "Co., Ltd.|Co., Limited|Company Limited|Co.,Ltd|Ltd."), 0.75),
           (_legal("股份有限公司", "股份有限公司|股份公司", "Co., Ltd.|Corporation|Joint Stock Co., Ltd.|Corp., Ltd."), 0.12),
           (_legal("有限责任公司", "有限责任公司|有限公司", "Co., Ltd.|LLC|Limited Liability Company"), 0.08),
           (_legal("集团有限公司", "集团有限公司|集团|集团公司", "Group Co., Ltd.|Group Ltd.|Group"), 0.05)),
    "TW": ((_legal("股份有限公司", "股份有限公司|股份公司|公司", "Co., Ltd.|Corporation|Corp.|Inc."), 0.7),
           (_legal("有限公司", "有限公司|公司", "Co., Ltd.|Ltd.|Company Limited"), 0.3)),
    "HK": ((_legal("有限公司", "有限公司", "Limited|Ltd.|Ltd|Company Limited|Co., Ltd."), 0.85),
           (_legal("集團有限公司", "集團有限公司|集團", "Holdings Limited|Group Limited|Holdings Ltd."), 0.15)),
    "JP": ((_legal("株式会社", "株式会社|(株)|㈱|（株）", "Co., Ltd.|K.K.|Kabushiki Kaisha|Inc.|Corporation|Corp."), 0.85),
           (_legal("有限会社", "有限会社|(有)|㈲", "Y.K.|Yugen Kaisha|Co., Ltd.|Ltd."), 0.08),
           (_legal("合同会社", "合同会社|(同)", "G.K.|LLC|Godo Kaisha"), 0.07)),
    "KR": ((_legal("주식회사", "주식회사|(주)|㈜", "Co., Ltd.|Corp.|Inc.|Corporation"), 0.9),
           (_legal("유한회사", "유한회사|(유)", "Ltd.|Co., Ltd.|LLC"), 0.1)),
    "DE": ((_legal("GmbH", "GmbH|Gmbh|G.m.b.H.|Gesellschaft mit beschränkter Haftung"), 0.55),
           (_legal("GmbH & Co. KG", "GmbH & Co. KG|GmbH & Co KG|GmbH u. Co. KG|GmbH&Co.KG"), 0.15),
           (_legal("AG", "AG|Aktiengesellschaft"), 0.08),
           (_legal("KG", "KG|Kommanditgesellschaft"), 0.06),
           (_legal("e.K.", "e.K.|e. K.|eK|e.Kfm."), 0.06),
           (_legal("UG (haftungsbeschränkt)", "UG (haftungsbeschränkt)|UG|UG (haftungsbeschraenkt)"), 0.07),
           (_legal("OHG", "OHG|oHG"), 0.03)),
    "AT": ((_legal("GmbH", "GmbH|Ges.m.b.H.|GesmbH|Gesellschaft m.b.H."), 0.7),
           (_legal("AG", "AG|Aktiengesellschaft"), 0.08),
           (_legal("KG", "KG|GmbH & Co KG"), 0.1),
           (_legal("OG", "OG"), 0.06),
           (_legal("e.U.", "e.U.|eU"), 0.06)),
    "CH": ((_legal("AG", "AG|SA|Aktiengesellschaft"), 0.55),
           (_legal("GmbH", "GmbH|Sàrl|Sarl"), 0.45)),
    "FR": ((_legal("SAS", "SAS|S.A.S.|sas|Société par actions simplifiée"), 0.45),
           (_legal("SARL", "SARL|S.A.R.L.|Sarl|s.a.r.l."), 0.3),
           (_legal("SA", "SA|S.A.|Société Anonyme"), 0.12),
           (_legal("SASU", "SASU|S.A.S.U.|SAS"), 0.08),
           (_legal("EURL", "EURL|E.U.R.L."), 0.05)),
    "GB": ((_legal("Ltd", "Ltd|Ltd.|Limited|LTD"), 0.55),
           (_legal("Limited", "Limited|Ltd|Ltd.|LIMITED"), 0.25),
           (_legal("PLC", "PLC|plc|P.L.C.|Public Limited Company"), 0.08),
           (_legal("LLP", "LLP|L.L.P."), 0.07),
           (_legal("Holdings Ltd", "Holdings Ltd|Holdings Limited"), 0.05)),
    "US": ((_legal("Inc.", "Inc.|Inc|Incorporated|INC"), 0.45),
           (_legal("LLC", "LLC|L.L.C.|Llc"), 0.3),
           (_legal("Corp.", "Corp.|Corporation|Corp"), 0.12),
           (_legal("Co.", "Co.|Company|Co"), 0.06),
           (_legal("L.P.", "L.P.|LP"), 0.03),
           (_legal("Ltd.", "Ltd.|Ltd|Limited"), 0.04)),
    "IT": ((_legal("S.r.l.", "S.r.l.|Srl|SRL|s.r.l.|S.R.L."), 0.6),
           (_legal("S.p.A.", "S.p.A.|SpA|SPA|S.P.A."), 0.15),
           (_legal("S.n.c.", "S.n.c.|Snc|SNC"), 0.1),
           (_legal("S.a.s.", "S.a.s.|Sas|SAS"), 0.07),
           (_legal("S.r.l.s.", "S.r.l.s.|Srls|SRLS"), 0.08)),
    "ES": ((_legal("S.L.", "S.L.|SL|S.L|Sociedad Limitada"), 0.62),
           (_legal("S.A.", "S.A.|SA|Sociedad Anónima"), 0.2),
           (_legal("S.L.U.", "S.L.U.|SLU|S.L.U"), 0.13),
           (_legal("S.Coop.", "S.Coop.|S. Coop.|Sociedad Cooperativa"), 0.05)),
    "NL": ((_legal("B.V.", "B.V.|BV|b.v.|B.V"), 0.8),
           (_legal("N.V.", "N.V.|NV"), 0.05),
           (_legal("V.O.F.", "V.O.F.|VOF|vof"), 0.1),
           (_legal("Holding B.V.", "Holding B.V.|Holding BV"), 0.05)),
    "SG": ((_legal("Pte. Ltd.", "Pte. Ltd.|Pte Ltd|PTE. LTD.|Private Limited|Pte. Limited"), 0.88),
           (_legal("Ltd.", "Ltd.|Limited|Ltd"), 0.12)),
}

LEGAL_FORM_CHOICES = {code: tuple(f for f, _ in forms) for code, forms in LEGAL_FORMS.items()}
LEGAL_FORM_WEIGHTS = {code: tuple(w for _, w in forms) for code, forms in LEGAL_FORMS.items()}

Script = Literal["zh", "ja", "ko", "latin"]


class Country(NamedTuple):
    """How a country's companies are named, addressed and called."""

    code: str
    weight: float
    aliases: tuple[str, ...]
    script: Script
    lang: str
    calling_code: str
    trunk: str
    local_digits: int
    grouping: Literal["tail4", "pairs", "322", "none"]
    tlds: tuple[str, ...]


COUNTRIES: tuple[Country, ...] = (
    Country("CN", 0.23, ("CN", "China", "中国", "PRC", "CHN", "P.R. China", "中华人民共和国", "CHINA"),
            "zh", "zh", "86", "0", 8, "tail4", (".com.cn", ".com", ".cn")),
    Country("JP", 0.18, ("JP", "Japan", "日本", "JPN", "JAPAN", "Nippon"), "ja", "ja", "81", "0", 0, "tail4",
            (".co.jp", ".jp", ".com")),
    Country("DE", 0.12, ("DE", "Germany", "Deutschland", "DEU", "GERMANY", "BRD"), "latin", "de", "49", "0", 8,
            "none", (".de", ".com", ".eu")),
    Country("US", 0.11, ("US", "USA", "United States", "U.S.A.", "United States of America", "US of A"),
            "latin", "en", "1", "", 7, "none", (".com", ".us", ".net")),
    Country("GB", 0.08, ("GB", "UK", "United Kingdom", "Great Britain", "England", "GBR", "U.K."), "latin",
            "en", "44", "0", 0, "tail4", (".co.uk", ".com", ".uk")),
    Country("FR", 0.07, ("FR", "France", "FRA", "FRANCE", "République française"), "latin", "fr", "33", "0", 8,
            "pairs", (".fr", ".com", ".eu")),
    Country("TW", 0.03, ("TW", "Taiwan", "台灣", "臺灣", "TWN", "Taiwan, R.O.C.", "Chinese Taipei"), "zh", "zh",
            "886", "0", 8, "tail4", (".com.tw", ".tw", ".com")),
    Country("HK", 0.02, ("HK", "Hong Kong", "香港", "HKG", "Hong Kong SAR", "HONG KONG"), "zh", "en", "852", "",
            8, "tail4", (".com.hk", ".hk", ".com")),
    Country("KR", 0.03, ("KR", "Korea", "South Korea", "대한민국", "한국", "KOR", "Republic of Korea"), "ko", "ko",
            "82", "0", 8, "tail4", (".co.kr", ".kr", ".com")),
    Country("IT", 0.03, ("IT", "Italy", "Italia", "ITA", "ITALY"), "latin", "it", "39", "", 7, "tail4",
            (".it", ".com", ".eu")),
    Country("ES", 0.03, ("ES", "Spain", "España", "Espana", "ESP", "SPAIN"), "latin", "es", "34", "", 0, "322",
            (".es", ".com", ".eu")),
    Country("NL", 0.025, ("NL", "Netherlands", "Nederland", "The Netherlands", "Holland", "NLD"), "latin", "nl",
            "31", "0", 0, "tail4", (".nl", ".com", ".eu")),
    Country("CH", 0.02, ("CH", "Switzerland", "Schweiz", "Suisse", "CHE", "SWITZERLAND"), "latin", "de", "41",
            "0", 0, "322", (".ch", ".com", ".swiss")),
    Country("AT", 0.015, ("AT", "Austria", "Österreich", "Oesterreich", "AUT", "AUSTRIA"), "latin", "de", "43",
            "0", 7, "none", (".at", ".com", ".eu")),
    Country("SG", 0.015, ("SG", "Singapore", "SGP", "新加坡", "SINGAPORE", "Republic of Singapore"), "latin",
            "en", "65", "", 8, "tail4", (".com.sg", ".sg", ".com")),
)
COUNTRY_ALIASES: dict[str, str] = {alias: c.code for c in COUNTRIES for alias in c.aliases}
"""Every spelling of a country written into the ``country`` column, and its ISO code."""
_NSN_DIGITS = {"JP": 9, "GB": 10, "ES": 9, "NL": 9, "CH": 9}
"""National significant number lengths, where the local part is what the area code leaves."""

STREETS: dict[str, tuple[tuple[str, str], ...]] = {
    "CN": _pairs("建国:Jianguo,中山:Zhongshan,人民:Renmin,解放:Jiefang,长江:Changjiang,科技园:Kejiyuan,"
                 "学院:Xueyuan,朝阳:Chaoyang,南京:Nanjing,北京:Beijing,东方:Dongfang,华山:Huashan,黄河:Huanghe,"
                 "延安:Yan'an,和平:Heping,光明:Guangming,建设:Jianshe,文化:Wenhua,新华:Xinhua,胜利:Shengli,"
                 "东风:Dongfeng,工业:Gongye,创业:Chuangye,软件园:Ruanjianyuan,高新:Gaoxin,滨江:Binjiang,"
                 "湖滨:Hubin,金融:Jinrong,世纪:Shiji,科苑:Keyuan,振兴:Zhenxing,迎宾:Yingbin,青年:Qingnian"),
    "TW": _pairs("中山:Zhongshan,民生東:Minsheng E.,忠孝東:Zhongxiao E.,復興北:Fuxing N.,敦化南:Dunhua S.,"
                 "南京東:Nanjing E.,信義:Xinyi,松仁:Songren,光復:Guangfu,中正:Zhongzheng,民權東:Minquan E.,"
                 "瑞光:Ruiguang,科學園:Kexueyuan,文心:Wenxin,成功:Chenggong"),
    "HK": _pairs("皇后大道中:Queen's Road Central,德輔道中:Des Voeux Road Central,軒尼詩道:Hennessy Road,"
                 "彌敦道:Nathan Road,海濱道:Hoi Bun Road,巧明街:How Ming Street,廣東道:Canton Road,"
                 "告士打道:Gloucester Road,干諾道中:Connaught Road Central,宏照道:Wang Chiu Road,"
                 "英皇道:King's Road,沙田鄉事會路:Sha Tin Rural Committee Road,青山公路:Castle Peak Road"),
    "JP": _pairs("丸の内:Marunouchi,大手町:Otemachi,日本橋:Nihonbashi,銀座:Ginza,西新宿:Nishi-Shinjuku,"
                 "芝浦:Shibaura,梅田:Umeda,本町:Honmachi,栄:Sakae,錦:Nishiki,博多駅前:Hakata-ekimae,天神:Tenjin,"
                 "北浜:Kitahama,神田:Kanda,赤坂:Akasaka,新横浜:Shin-Yokohama,みなとみらい:Minatomirai,"
                 "中島:Nakajima,港南:Konan,大通西:Odori-nishi,一番町:Ichibancho,桜木町:Sakuragicho,南町:Minamimachi"),
    "KR": _pairs("테헤란로:Teheran-ro,세종대로:Sejong-daero,강남대로:Gangnam-daero,디지털로:Digital-ro,"
                 "중앙로:Jungang-ro,해운대로:Haeundae-ro,대학로:Daehak-ro,산업로:Saneop-ro,공단로:Gongdan-ro,"
                 "과학로:Gwahak-ro,판교역로:Pangyoyeok-ro,가산디지털1로:Gasan digital 1-ro,여의대로:Yeoui-daero"),
    "de": _pairs("Haupt:Haupt,Bahnhof:Bahnhof,Industrie:Industrie,Garten:Garten,Schul:Schul,Berg:Berg,"
                 "Wald:Wald,Linden:Linden,Kirch:Kirch,Goethe:Goethe,Schiller:Schiller,Mozart:Mozart,"
                 "Friedrich:Friedrich,Kaiser:Kaiser,König:König,Markt:Markt,Hafen:Hafen,Gewerbe:Gewerbe,"
                 "Robert-Bosch-:Robert-Bosch-,Carl-Zeiss-:Carl-Zeiss-,Siemens:Siemens,Otto-Hahn-:Otto-Hahn-,"
                 "Max-Planck-:Max-Planck-,Einstein:Einstein,Rhein:Rhein,Donau:Donau,Wilhelm:Wilhelm,"
                 "Rosen:Rosen,Birken:Birken,Eichen:Eichen,Feld:Feld,Mühlen:Mühlen,See:See,Park:Park,"
                 "Dorf:Dorf,Brunnen:Brunnen,Ring:Ring,Werk:Werk,Kant:Kant,Lessing:Lessing"),
    "fr": _pairs("de la République:rue,Victor Hugo:avenue,Jean Jaurès:avenue,de la Paix:rue,"
                 "du Général de Gaulle:avenue,Pasteur:rue,de la Gare:rue,des Lilas:allée,Gambetta:boulevard,"
                 "Voltaire:boulevard,de Verdun:rue,du Commerce:rue,de l'Industrie:rue,des Frères Lumière:rue,"
                 "Émile Zola:rue,Saint-Michel:boulevard,de la Liberté:avenue,du Moulin:chemin,des Acacias:allée,"
                 "Foch:avenue,de Strasbourg:rue,Haussmann:boulevard,des Champs:chemin,de Lattre de Tassigny:avenue"),
    "en": _pairs("High:Street,Station:Road,Church:Street,Victoria:Road,Mill:Lane,Park:Avenue,London:Road,"
                 "Manor:Road,King:Street,Queen:Street,Albert:Road,Bridge:Street,Market:Street,Castle:Street,"
                 "Green:Lane,Chapel:Street,Riverside:Drive,Commercial:Road,Canal:Street,Wharf:Road,Abbey:Road,"
                 "Oak:Avenue,York:Road,Enterprise:Way,Innovation:Drive,Harbour:Way,Elm:Close,Kings:Court"),
    "us": _pairs("Main:Street,Oak:Street,Maple:Avenue,Washington:Street,Lincoln:Avenue,Park:Avenue,Elm:Street,"
                 "Lake:Drive,Hill:Road,Market:Street,Madison:Avenue,Jefferson:Boulevard,Franklin:Street,Cedar:Lane,"
                 "Pine:Street,Sunset:Boulevard,Industrial:Parkway,Commerce:Drive,Technology:Drive,"
                 "Innovation:Way,Harbor:Boulevard,River:Road,Spring:Street,Center:Street,Highland:Avenue,"
                 "Broadway:,Peachtree:Street,Wacker:Drive,Congress:Avenue,Mission:Street"),
    "it": _pairs("Roma:Via,Giuseppe Garibaldi:Via,Vittorio Emanuele II:Corso,del Duomo:Piazza,Europa:Viale,"
                 "dell'Industria:Via,Giuseppe Mazzini:Via,Dante Alighieri:Via,Camillo Cavour:Via,Giuseppe Verdi:Via,"
                 "Guglielmo Marconi:Via,dei Mille:Via,Torino:Via,Milano:Via,delle Industrie:Via,"
                 "dell'Artigianato:Via,della Repubblica:Viale,Venezia:Corso,Matteotti:Piazza,Lombardia:Viale"),
    "es": _pairs("Mayor:Calle,de Alcalá:Calle,de la Constitución:Avenida,de la Castellana:Paseo,Gran Vía:Calle,"
                 "del Carmen:Calle,de España:Plaza,de la Industria:Calle,Diagonal:Avenida,de Serrano:Calle,"
                 "de Gràcia:Paseo,de Aragón:Calle,del Puerto:Avenida,Real:Calle,de Colón:Avenida,"
                 "de la Innovación:Calle,de Andalucía:Avenida,del Prado:Paseo"),
    "nl": _pairs("Hoofd:straat,Kerk:straat,Stations:weg,Industrie:weg,Dorps:straat,Molen:weg,Markt:plein,"
                 "Nieuwe:gracht,Keizers:gracht,Haven:straat,School:straat,Parallel:weg,Kanaal:weg,Energie:weg,"
                 "Transport:weg,Wester:kade,Zuid:singel,Oost:einde,Lange:voorhout,Prins Hendrik:laan"),
    "sg": _pairs("Raffles:Place,Shenton:Way,Cecil:Street,Robinson:Road,Anson:Road,Orchard:Road,Ubi:Avenue 1,"
                 "Kallang:Way,Jurong West:Street 61,Tampines Industrial:Avenue 5,Ang Mo Kio:Avenue 8,Pioneer:Road,"
                 "Woodlands:Loop,Changi Business Park:Central 1,Kaki Bukit:Road 3,Alexandra:Road"),
}
BUILDINGS = {
    "zh": _pairs("大厦:Building,科技园:Science Park,中心:Center,广场:Plaza,产业园:Industrial Park,商务楼:Business Building"),
    "ja": _pairs("ビル:Bldg.,タワー:Tower,センタービル:Center Bldg.,ビルディング:Building,プラザ:Plaza"),
    "ko": _pairs("빌딩:Building,타워:Tower,센터:Center,플라자:Plaza"),
    "hk": _pairs("中心:Centre,大廈:Building,廣場:Plaza,大樓:Tower,商業中心:Commercial Centre,工業大廈:Industrial Building"),
}
ABBREVIATIONS = (("International", "Intl"), ("International", "Int'l"), ("Technology", "Tech"),
                 ("Technologies", "Tech"), ("Manufacturing", "Mfg"), ("Engineering", "Eng"), ("Services", "Svcs"),
                 ("Company", "Co"), ("Corporation", "Corp"), ("Limited", "Ltd"), ("Systems", "Sys"),
                 ("Electronics", "Elec"), ("Trading", "Trdg"), ("Logistics", "Log"), ("Industries", "Inds"),
                 (" and ", " & "), (" und ", " & "), (" et ", " & "), (" & ", " and "), ("Brothers", "Bros"),
                 ("Gesellschaft", "Ges."), ("Société", "Sté"), ("Compagnie", "Cie"))
STREET_TYPE_ABBREVIATIONS = {"Street": "St", "Road": "Rd", "Avenue": "Ave", "Lane": "Ln", "Drive": "Dr",
                             "Boulevard": "Blvd", "Parkway": "Pkwy", "Court": "Ct", "Close": "Cl", "Way": "Way",
                             "Place": "Pl", "Loop": "Loop", "Central 1": "Central 1"}
FR_STREET_ABBREVIATIONS = {"rue": "r.", "avenue": "av.", "boulevard": "bd", "allée": "all.", "chemin": "ch.",
                           "place": "pl."}
IT_STREET_ABBREVIATIONS = {"Via": "V.", "Viale": "V.le", "Corso": "C.so", "Piazza": "P.za"}
ES_STREET_ABBREVIATIONS = {"Calle": "C/", "Avenida": "Avda.", "Paseo": "Pº", "Plaza": "Pza."}


# ================================================================== small text tools

_FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in map(chr, range(0x21, 0x7F))} | {" ": "\u3000"}
_HALFWIDTH_KATAKANA: dict[str, str] = {}
for _cp in range(0xFF66, 0xFF9E):
    _half = chr(_cp)
    _HALFWIDTH_KATAKANA.setdefault(unicodedata.normalize("NFKC", _half), _half)
    for _mark in "\uff9e\uff9f":
        _combined = unicodedata.normalize("NFKC", _half + _mark)
        if len(_combined) == 1:
            _HALFWIDTH_KATAKANA.setdefault(_combined, _half + _mark)
_ASCII_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def to_fullwidth(text: str) -> str:
    """ASCII letters, digits, punctuation and spaces as their full-width forms."""
    return "".join(_FULLWIDTH.get(c, c) for c in text)


def to_halfwidth_katakana(text: str) -> str:
    """Katakana as the half-width forms of legacy systems (ｶﾌﾞｼｷｶﾞｲｼｬ)."""
    return "".join(_HALFWIDTH_KATAKANA.get(c, c) for c in text)


def strip_accents(text: str) -> str:
    """Latin text without diacritics, umlauts spelt out (Müller -> Mueller, Société -> Societe)."""
    text = text.translate(_ASCII_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def drop_accents(text: str) -> str:
    """Latin text with diacritics simply dropped (Müller -> Muller), as 7-bit systems do."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters and digits of ``text``, for e-mail domains and mailboxes."""
    return "".join(c for c in strip_accents(text).lower() if c.isascii() and c.isalnum())


def typo(text: str, rng: random.Random) -> str:
    """One slip: a character inserted, deleted, doubled, swapped with its neighbour, or misread."""
    if len(text) < 4:
        return text
    i = _randrange(rng, 1, len(text) - 1)
    c = text[i]
    kind = rng.random()
    if "\u3400" <= c <= "\u9fff":
        if c in _CJK_CONFUSIONS and kind < 0.6:
            return text[:i] + _CJK_CONFUSIONS[c] + text[i + 1:]
        return text[:i] + text[i + 1:] if kind < 0.8 else text[:i] + text[i + 1] + c + text[i + 2:]
    if kind < 0.25 and c in _OCR_CONFUSIONS:
        return text[:i] + _OCR_CONFUSIONS[c] + text[i + 1:]
    if kind < 0.45:
        return text[:i] + text[i + 1:]
    if kind < 0.6:
        return text[:i] + c + text[i:]
    if kind < 0.8 and text[i + 1] != c:
        return text[:i] + text[i + 1] + c + text[i + 2:]
    neighbour = "qwertyuiopasdfghjklzxcvbnm"
    if c.lower() in neighbour:
        j = neighbour.index(c.lower())
        swap = neighbour[min(j + 1, len(neighbour) - 1)]
        return text[:i] + (swap.upper() if c.isupper() else swap) + text[i + 1:]
    return text[:i] + text[i + 1:]


def _fill(pattern: str, rng: random.Random) -> str:
    """A value of ``pattern``: '#' a digit, '@' a postcode letter, alternatives split by '/'."""
    choice = _pick(rng, pattern.split("/"))
    return "".join(
        str(_randrange(rng, 10)) if ch == "#" else _pick(rng, "ABDEFGHJLNPQRSTUWXYZ") if ch == "@" else ch
        for ch in choice
    )


def _randrange(rng: random.Random, start: int, stop: int | None = None) -> int:
    """``rng.randrange`` for one or two arguments, several times faster (the float has 53 bits,
    plenty for the ranges drawn here)."""
    if stop is None:
        start, stop = 0, start
    return start + int(rng.random() * (stop - start))


def _pick(rng: random.Random, items: Sequence[_T]) -> _T:
    """``rng.choice``, several times faster."""
    return items[int(rng.random() * len(items))]


def _weighted(rng: random.Random, items: Sequence[_T], weights: Sequence[float]) -> _T:
    """One of ``items``, drawn with the given (not necessarily normalised) weights."""
    x = rng.random() * sum(weights)
    for item, weight in zip(items, weights):
        x -= weight
        if x < 0:
            return item
    return items[-1]


# ================================================================== tax ids

_BODY_MULTIPLIER = 7_654_321  # odd, not a multiple of 5: a bijection modulo any power of ten


def _body(slot: int, digits: int, seed: int, salt: int) -> str:
    """``digits`` digits that differ for every ``slot`` below 10**digits: an affine bijection."""
    modulus = 10**digits
    offset = (seed * 1_000_003 + salt * 97_531) % modulus
    return f"{(slot * _BODY_MULTIPLIER + offset) % modulus:0{digits}d}"


def _digits(text: str) -> list[int]:
    return [int(c) for c in text]


def _tw_check_ok(number: str) -> bool:
    products = [d * w for d, w in zip(_digits(number), (1, 2, 1, 2, 1, 2, 4, 1))]
    total = sum(p // 10 + p % 10 for p in products)
    return total % 10 == 0 or (number[6] == "7" and (total + 1) % 10 == 0)


def _nl_rsin_check(body8: str) -> int:
    return sum(d * w for d, w in zip(_digits(body8), range(9, 1, -1))) % 11


def _ch_uid_check(body8: str) -> int:
    value = 11 - sum(d * w for d, w in zip(_digits(body8), (5, 4, 3, 2, 7, 6, 5, 4))) % 11
    return 0 if value == 11 else value


def _at_uid_check(body7: str) -> int:
    total = sum(d if i % 2 == 0 else (2 * d) // 10 + (2 * d) % 10 for i, d in enumerate(_digits(body7)))
    return (10 - (total + 4) % 10) % 10


def _es_cif_check(body7: str) -> int:
    digits = _digits(body7)
    total = sum(digits[1::2]) + sum((2 * d) // 10 + (2 * d) % 10 for d in digits[0::2])
    return (10 - total % 10) % 10


def _kr_check(body9: str) -> int:
    digits = _digits(body9)
    total = sum(d * w for d, w in zip(digits, (1, 3, 7, 1, 3, 7, 1, 3, 5))) + digits[8] * 5 // 10
    return (10 - total % 10) % 10


def make_tax_id(country: str, slot: int, seed: int, rng: random.Random, region: str = "") -> str:
    """The canonical tax id of the company in ``slot``: unique per slot, with valid check digits.

    ``region`` is the 4-digit administrative division of a Chinese company's city.
    """
    if country == "CN":
        org8 = _body(slot, 8, seed, 1)
        body17 = f"91{region}{_randrange(rng, 1, 20):02d}{org8}{org_code_check_char(org8)}"
        return body17 + uscc_check_char(body17)
    if country == "JP":
        body = _body(slot, 12, seed, 2)
        return f"{jp_corporate_number_check_digit(_digits(body))}{body}"
    if country == "DE":
        body = f"{int(_body(slot, 8, seed, 3)) % 90_000_000 + 10_000_000}"
        return f"DE{body}{mod_11_10_check_digit(_digits(body))}"
    if country == "FR":
        siren8 = _body(slot, 8, seed, 4)
        siren = f"{siren8}{luhn_check_digit(_digits(siren8))}"
        return f"FR{fr_vat_key(int(siren)):02d}{siren}"
    if country == "GB":
        body = _body(slot, 7, seed, 5)
        return f"GB{body}{gb_vat_check_number(_digits(body)):02d}"
    if country == "US":
        return f"{_pick(rng, _EIN_PREFIXES):02d}-{_body(slot, 7, seed, 6)}"
    if country == "IT":
        body = _body(slot, 7, seed, 7) + f"{_randrange(rng, 1, 101):03d}"
        return f"IT{body}{luhn_check_digit(_digits(body))}"
    if country == "ES":
        body = _body(slot, 7, seed, 8)
        return f"ES{_pick(rng, 'AB')}{body}{_es_cif_check(body)}"
    if country == "NL":
        prefix = _body(slot, 7, seed, 9)
        for last in range(10):
            if _nl_rsin_check(prefix + str(last)) < 10:
                body8 = prefix + str(last)
                return f"NL{body8}{_nl_rsin_check(body8)}B01"
    if country == "CH":
        prefix = _body(slot, 7, seed, 10)
        for last in range(10):
            if _ch_uid_check(prefix + str(last)) < 10:
                body8 = prefix + str(last)
                return f"CHE{body8}{_ch_uid_check(body8)}"
    if country == "AT":
        body = _body(slot, 7, seed, 11)
        return f"ATU{body}{_at_uid_check(body)}"
    if country == "KR":
        serial = _body(slot, 7, seed, 12)
        body = f"{serial[:3]}{_pick(rng, ('81', '86', '87', '88'))}{serial[3:]}"
        return body + str(_kr_check(body))
    if country == "TW":
        prefix = _body(slot, 7, seed, 13)
        for last in range(10):
            if _tw_check_ok(prefix + str(last)):
                return prefix + str(last)
    if country == "HK":
        return _body(slot, 8, seed, 14)
    if country == "SG":
        return f"{_pick(rng, ('19', '20'))}{_body(slot, 7, seed, 15)}{_pick(rng, 'CDEGHKMNRWZ')}"
    raise ValueError(f"no tax id scheme for country {country!r}")


_EIN_PREFIXES = tuple(sorted(EIN_PREFIXES))


def _tax_id_is_valid(country: str, canonical: str) -> bool | None:
    """Whether a canonical id validates, or ``None`` where no check digit exists."""
    if country in ("CN", "JP", "DE", "FR", "GB"):
        return is_valid_tax_id(canonical, country)
    if country == "IT":
        return len(canonical) == 13 and canonical[2:].isdigit() and \
            luhn_check_digit(_digits(canonical[2:12])) == int(canonical[12])
    if country == "AT":
        return len(canonical) == 11 and canonical[3:].isdigit() and _at_uid_check(canonical[3:10]) == int(canonical[10])
    if country == "CH":
        return len(canonical) == 12 and canonical[3:].isdigit() and _ch_uid_check(canonical[3:11]) == int(canonical[11])
    if country == "NL":
        return len(canonical) == 14 and canonical[2:11].isdigit() and _nl_rsin_check(canonical[2:10]) == int(canonical[10])
    if country == "ES":
        return len(canonical) == 11 and canonical[3:].isdigit() and _es_cif_check(canonical[3:10]) == int(canonical[10])
    if country == "KR":
        return len(canonical) == 10 and canonical.isdigit() and _kr_check(canonical[:9]) == int(canonical[9])
    if country == "TW":
        return len(canonical) == 8 and canonical.isdigit() and _tw_check_ok(canonical)
    return None


def canonical_tax_id(raw: str, country: str) -> str:
    """The canonical form of a tax id as written in ``records.csv`` for a company of ``country``:
    NFKC, upper case, without spaces, dots, dashes and slashes, with the country prefix of EU VAT
    ids and ``CHE`` restored, a Japanese invoice ``T`` dropped; a US EIN as ``12-3456789``.

    >>> canonical_tax_id("de 136 695 976", "DE"), canonical_tax_id("T5835678256246", "JP")
    ('DE136695976', '5835678256246')
    """
    text = "".join(c for c in unicodedata.normalize("NFKC", raw).upper() if c.isalnum())
    if country in ("DE", "FR", "GB", "IT", "NL", "ES") and not text.startswith(country):
        text = country + text
    elif country == "CH" and not text.startswith("CHE"):
        text = "CHE" + text
    elif country == "CH":
        text = text[:12]  # "CHE-123.456.789 MWST"
    elif country == "AT" and not text.startswith("ATU"):
        text = "ATU" + text.removeprefix("U")
    elif country == "JP" and text.startswith("T"):
        text = text[1:]
    elif country == "US" and len(text) == 9:
        text = f"{text[:2]}-{text[2:]}"
    return text


def _typo_tax_id(country: str, canonical: str, rng: random.Random) -> str:
    """A slip in a tax id that leaves it invalid, so that it cannot be another company's id."""
    start = 3 if canonical[:3] in ("CHE", "ATU") else 2 if canonical[:2].isalpha() else 0
    for _ in range(8):
        i = _randrange(rng, start, len(canonical) - 1)
        if rng.random() < 0.5:
            slipped = canonical[:i] + str((int(canonical[i]) + _randrange(rng, 1, 9)) % 10) + canonical[i + 1:] \
                if canonical[i].isdigit() else canonical[:i] + canonical[i + 1:]
        else:
            slipped = canonical[:i] + canonical[i + 1] + canonical[i] + canonical[i + 2:]
        if slipped != canonical and _tax_id_is_valid(country, slipped) is False:
            return slipped
    i = _pick(rng, [j for j in range(start, len(canonical)) if canonical[j] != "-"])
    return canonical[:i] + canonical[i + 1:]  # a dropped character never validates


def render_tax_id(country: str, canonical: str, source: Source, rng: random.Random) -> str:
    """A tax id as a source system holds it: spacing, dashes, prefixes, case."""
    r = rng.random()
    if country == "CN":
        if r < 0.7:
            return canonical
        if r < 0.8:
            return canonical.lower()
        if r < 0.9:
            return " ".join(canonical[i:i + 6] for i in range(0, 18, 6))
        return to_fullwidth(canonical) if source == "import" else f"{canonical[:8]}-{canonical[8:]}"
    if country == "JP":
        if r < 0.65:
            return canonical
        if r < 0.8:
            return "T" + canonical
        if r < 0.9:
            return f"{canonical[0]}-{canonical[1:5]}-{canonical[5:9]}-{canonical[9:]}"
        return to_fullwidth(canonical)
    if country == "US":
        return canonical if r < 0.7 else canonical.replace("-", "") if r < 0.9 else canonical.replace("-", " ")
    if country in ("DE", "FR", "GB", "IT", "ES", "NL", "AT"):
        prefix_len = 3 if country == "AT" else 2
        prefix, body = canonical[:prefix_len], canonical[prefix_len:]
        if r < 0.55:
            return canonical
        if r < 0.68:
            return body if country != "AT" else "U" + body
        if r < 0.8:
            groups = " ".join(body[i:i + 3] for i in range(0, len(body), 3))
            return f"{prefix} {groups}"
        if r < 0.9:
            return canonical.lower()
        return f"{prefix}-{body}" if country != "GB" else f"{prefix} {body[:3]} {body[3:7]} {body[7:]}"
    if country == "CH":
        body = canonical[3:]
        dotted = f"CHE-{body[:3]}.{body[3:6]}.{body[6:]}"
        return dotted if r < 0.5 else canonical if r < 0.7 else f"{dotted} {_pick(rng, ('MWST', 'TVA', 'IVA'))}"
    if country == "KR":
        return f"{canonical[:3]}-{canonical[3:5]}-{canonical[5:]}" if r < 0.7 else canonical
    return canonical if r < 0.8 else f" {canonical}" if r < 0.9 else canonical.lower()


# ================================================================== companies

@dataclass(slots=True)
class Site:
    """Where a company sits: district, street, house number, building, floor or unit, postcode."""

    city: City
    district: tuple[str, str]
    street: tuple[str, str]
    number: int
    extra: tuple[int, int, int]
    building: tuple[str, str] | None
    floor: int
    unit: int
    postcode: str


@dataclass(slots=True)
class Phone:
    """A phone number: area code (without trunk prefix) and local number."""

    area: str
    local: str


@dataclass(slots=True)
class Company:
    """One entity: its canonical data, from which each of its records is rendered."""

    slot: int
    country: Country
    city: City
    name_city: City
    brand: str
    brand_roman: str
    syllables: tuple[str, ...]
    industry: tuple[str, ...]
    legal: Legal
    city_in_name: Literal["prefix", "bracket", "none"]
    qualifier: tuple[str, str] | None
    kind: Literal["brand", "family", "generic"]
    site: Site
    old_site: Site | None
    phone: Phone
    direct_phone: Phone
    extension: str
    domain: str
    alt_domain: str
    persons: tuple[tuple[str, str], ...]
    tax_id: str
    spine: Spine



def _zh_text(company: Company, text: str) -> str:
    return "".join(ZH_TRAD.get(c, c) for c in text) if company.country.code in ("TW", "HK") else text


def _native_name(company: Company, rng: random.Random | None, placement: str, legal: str, form: str) -> str:
    """The name in the country's own script; ``form`` is "full", "short" (no legal form) or "brand"."""
    script, industry = company.country.script, company.industry
    qualifier = company.qualifier[0] if company.qualifier else ""
    if script == "zh":
        city = company.name_city.native.removesuffix("市")
        core = _zh_text(company, company.brand + industry[0])
        if form == "brand":
            return _zh_text(company, company.brand)
        if form == "short":
            return core
        legal = _zh_text(company, legal)
        if qualifier.endswith("分公司"):
            return _zh_text(company, f"{city}{company.brand}{industry[0]}{company.legal.canonical}") + qualifier
        core = core + _zh_text(company, qualifier)
        if placement == "prefix":
            return f"{city}{core}{legal}"
        if placement == "bracket":
            left, right = ("（", "）") if rng is None or rng.random() < 0.6 else ("(", ")")
            return f"{core}{left}{city}{right}{legal}"
        return f"{core}{legal}"
    if script == "ja":
        core = company.brand + industry[0] + qualifier
        if form != "full":
            return company.brand if form == "brand" else core
        return f"{legal}{core}" if placement == "prefix" else f"{core}{legal}"
    if script == "ko":
        core = company.brand + industry[0] + qualifier
        if form != "full":
            return company.brand if form == "brand" else core
        space = " " if rng is not None and rng.random() < 0.3 else ""
        return f"{legal}{space}{core}" if placement == "prefix" else f"{core}{space}{legal}"
    return _latin_name(company, industry[0], legal, form)


def _latin_name(company: Company, industry: str, legal: str, form: str) -> str:
    qualifier = f" {company.qualifier[0]}" if company.qualifier else ""
    if company.kind == "family":
        core = f"{company.brand}{' ' + industry if industry else ''}"
    else:
        core = f"{company.brand} {industry}".strip()
    if form == "brand":
        return company.brand
    core += qualifier
    return core if form == "short" or not legal else f"{core} {legal}"


def _roman_name(company: Company, rng: random.Random) -> str:
    """The name romanised or in English, as an international ERP or a foreign buyer writes it."""
    industry = company.industry
    legal = _pick(rng, company.legal.roman) if company.legal.roman else company.legal.canonical
    brand = company.brand_roman
    if company.country.script == "ja":
        brand = _romaji_variant(brand, rng)
    elif company.country.script == "zh" and company.country.code != "HK" and rng.random() < 0.2:
        brand = " ".join(company.syllables) if company.syllables else brand.replace("-", " ")
    r = rng.random()
    word = industry[1] if (r < 0.15 and company.country.script == "ja") or r < 0.04 else \
        industry[3] if r < 0.3 else industry[2]
    if company.country.script == "ja" and company.kind != "family":
        word = _romaji_variant(word, rng) if word == industry[1] else word
    qualifier = f" {company.qualifier[1]}" if company.qualifier else ""
    city = company.name_city.roman.removesuffix(" City")
    if qualifier.endswith("Branch"):
        return f"{city} {brand} {industry[2]} {legal}{qualifier}"
    core = f"{brand} {word}{qualifier}"
    if company.country.code == "CN" and company.city_in_name != "none":
        if company.city_in_name == "prefix" and rng.random() < 0.8:
            return f"{city} {core} {legal}"
        if rng.random() < 0.7:
            return f"{core} ({city}) {legal}"
    if company.country.script == "ja" and rng.random() < 0.1 and legal == "Kabushiki Kaisha":
        return f"Kabushiki Kaisha {core}"
    return f"{core} {legal}"


def _romaji_variant(text: str, rng: random.Random) -> str:
    """Long vowels as macrons (Tōyō), plain (Toyo), or spelt out (Touyou, Tohyoh)."""
    r = rng.random()
    if r < 0.6:
        return drop_accents(text)
    if r < 0.75:
        return text
    if r < 0.92:
        return text.replace("ō", "ou").replace("ū", "uu").replace("Ō", "Ou").replace("ī", "ii")
    return text.replace("ō", "oh").replace("ū", "u").replace("Ō", "Oh").replace("ī", "i")


_TW_INITIALS = (("zh", "ch"), ("ch", "ch"), ("sh", "sh"), ("x", "hs"), ("q", "ch"), ("j", "ch"), ("z", "ts"),
                ("c", "ts"), ("r", "j"), ("g", "k"), ("d", "t"), ("b", "p"))


def _tw_syllable(pinyin: str) -> str:
    """A Wade-Giles-like spelling of a pinyin syllable, as Taiwanese companies write their names."""
    for initial, replacement in _TW_INITIALS:
        if pinyin.startswith(initial):
            pinyin = replacement + pinyin[len(initial):]
            break
    return pinyin.replace("ong", "ung").replace("ian", "ien")


# ---------------------------------------------------------------- drawing names

def _partitioned_index(rng: random.Random, size: int, partition: int) -> int:
    """A uniform index below ``size`` that is ``partition`` modulo :data:`NAME_PARTITIONS`."""
    if size <= partition:
        return _randrange(rng, size)
    return partition + NAME_PARTITIONS * _randrange(rng, (size - 1 - partition) // NAME_PARTITIONS + 1)


def _mixed_radix(index: int, sizes: Sequence[int]) -> list[int]:
    digits = []
    for size in reversed(sizes):
        index, digit = divmod(index, size)
        digits.append(digit)
    return digits[::-1]


def _draw_name(country: Country, rng: random.Random, partition: int) -> tuple[str, str, tuple[str, ...], str, tuple[str, ...]]:
    """Brand (native, romanised), industry, kind and pinyin syllables of a new company of ``country``."""
    script = country.script
    if script == "zh":
        n, n_ind = len(ZH_CHARS), len(ZH_INDUSTRIES)
        length = 2 if rng.random() < 0.5 else 3
        idx = _mixed_radix(_partitioned_index(rng, n**length * n_ind, partition), [n] * length + [n_ind])
        chars = [ZH_CHARS[i] for i in idx[:-1]]
        industry = ZH_INDUSTRIES[idx[-1]]
        if country.code == "TW":
            roman = "-".join(_tw_syllable(c[2]).capitalize() if i == 0 else _tw_syllable(c[2])
                             for i, c in enumerate(chars))
        else:
            roman = "".join(c[2] for c in chars).capitalize()
        native = "".join(c[0] for c in chars)
        return native, roman, tuple(industry), "brand", tuple(c[2].capitalize() for c in chars)
    if script == "ja":
        r = rng.random()
        n_ind, n_mod = len(JA_INDUSTRIES), len(JA_MODIFIERS) + 1
        if r < 0.08:
            fam = JA_FAMILIES[_randrange(rng, len(JA_FAMILIES))]
            ind = JA_INDUSTRIES[_randrange(rng, n_ind)]
            return fam[0], fam[1], tuple(ind), "family", ()
        if r < 0.5:
            parts, pool = (2 if rng.random() < 0.75 else 3), JA_KANJI
        else:
            parts, pool = (2 if rng.random() < 0.7 else 1), JA_KATAKANA
        idx = _mixed_radix(_partitioned_index(rng, len(pool)**parts * n_mod * n_ind, partition),
                           [len(pool)] * parts + [n_mod, n_ind])
        words = [pool[i] for i in idx[:parts]]
        native = "".join(w[0] for w in words)
        roman = ("".join(w[1] for w in words).capitalize() if pool is JA_KANJI else " ".join(w[1] for w in words))
        if pool is JA_KANJI:
            roman = roman[0] + roman[1:].lower()
        modifier = JA_MODIFIERS[idx[parts] - 1] if idx[parts] else ("", "")
        ind = JA_INDUSTRIES[idx[-1]]
        industry = (modifier[0] + ind.native, (modifier[1] + " " + ind.roman).strip(),
                    (modifier[1] + " " + ind.english).strip() if modifier[0] else ind.english, ind.short)
        return native, roman, industry, "brand", ()
    if script == "ko":
        n, n_ind = len(KO_SYLLABLES), len(KO_INDUSTRIES)
        length = 2 if rng.random() < 0.6 else 3
        idx = _mixed_radix(_partitioned_index(rng, n**length * n_ind, partition), [n] * length + [n_ind])
        sy = [KO_SYLLABLES[i] for i in idx[:-1]]
        return "".join(s[0] for s in sy), "".join(s[1] for s in sy).capitalize(), tuple(KO_INDUSTRIES[idx[-1]]), "brand", ()
    lang = country.lang
    industries = LATIN_INDUSTRIES[lang]
    r = rng.random()
    if r < 0.12:
        families, suffixes = FAMILIES[lang], FAMILY_SUFFIXES[lang]
        idx = _mixed_radix(_partitioned_index(rng, len(families) * len(suffixes) * (len(industries) + 1), partition),
                           [len(families), len(suffixes), len(industries) + 1])
        brand = families[idx[0]] + suffixes[idx[1]]
        if rng.random() < 0.25:
            brand = f"{families[idx[0]]} & {_pick(rng, families)}"
        industry = industries[idx[2] - 1] if idx[2] else ("", "", "")
        return brand, brand, industry, "family", ()
    if r < 0.35:
        first, second = LATIN_COMPOUNDS[lang]
        idx = _mixed_radix(_partitioned_index(rng, len(first) * len(second) * len(industries), partition),
                           [len(first), len(second), len(industries)])
        brand = first[idx[0]] + (second[idx[1]] if lang in ("de", "nl") else (" " + second[idx[1]]
                                 if lang == "en" and rng.random() < 0.3 else second[idx[1]]))
        return brand, brand, industries[idx[2]], "brand", ()
    if r < 0.45:
        n = 26
        idx = _mixed_radix(_partitioned_index(rng, n**3 * len(industries), partition), [n, n, n, len(industries)])
        brand = "".join(chr(65 + i) for i in idx[:3])
        return brand, brand, industries[idx[3]], "brand", ()
    n_syl, n_end = len(LATIN_SYLLABLES), len(LATIN_ENDINGS)
    idx = _mixed_radix(_partitioned_index(rng, n_syl * n_syl * n_end * len(industries), partition),
                       [n_syl, n_syl, n_end, len(industries)])
    brand = (LATIN_SYLLABLES[idx[0]] + LATIN_SYLLABLES[idx[1]] + LATIN_ENDINGS[idx[2]]).capitalize()
    return brand, brand, industries[idx[3]], "brand", ()


def _qualifier(country: Country, rng: random.Random, city: City, other_city: bool) -> tuple[str, str] | None:
    """What tells a subsidiary or branch from its parent: a word in its name, or (for a Chinese
    subsidiary in another city) only the city in its name."""
    script = country.script
    if script == "zh":
        if other_city and country.code == "CN" and rng.random() < 0.4:
            return None
        if other_city and rng.random() < 0.5:
            return f"{city.native.removesuffix('市')}分公司", f"{city.roman.removesuffix(' City')} Branch"
        return _weighted(rng, (("控股", "Holdings"), ("销售", "Sales"), ("国际", "International"),
                               ("物流", "Logistics"), ("技术服务", "Technical Services")), (3, 3, 2, 2, 2))
    if script == "ja":
        return _pick(rng, (("販売", "Sales"), ("ホールディングス", "Holdings"), ("サービス", "Service"),
                           ("ロジスティクス", "Logistics"), ("エンジニアリング", "Engineering")))
    if script == "ko":
        return _pick(rng, (("홀딩스", "Holdings"), ("서비스", "Service"), ("로지스틱스", "Logistics")))
    words = {"de": ("Holding", "Logistik", "Service", "Vertrieb", "Deutschland", "Nord", "Süd", "International"),
             "fr": ("Holding", "Services", "Distribution", "France", "International", "Sud", "Ouest"),
             "en": ("Holdings", "Logistics", "Services", "International", "UK", "Group", "Europe", "North America"),
             "it": ("Holding", "Servizi", "Italia", "International", "Sud"),
             "es": ("Holding", "Servicios", "Iberia", "Internacional", "Norte"),
             "nl": ("Holding", "Logistiek", "Services", "Nederland", "International")}[country.lang]
    word = _pick(rng, words)
    return word, word


# ---------------------------------------------------------------- sites, phones, mail

def _new_site(country: Country, city: City, rng: random.Random, building_of: Site | None = None) -> Site:
    """A fresh site in ``city``, or another unit in the building of ``building_of``."""
    if building_of is not None:
        floor = _randrange(rng, 1, 30)
        return Site(building_of.city, building_of.district, building_of.street, building_of.number,
                    building_of.extra, building_of.building, floor, floor * 100 + _randrange(rng, 1, 20),
                    building_of.postcode)
    code = country.code
    key = {"CN": "CN", "TW": "TW", "HK": "HK", "JP": "JP", "KR": "KR", "US": "us", "GB": "en", "SG": "sg"}.get(
        code, country.lang if country.lang != "de" or code != "CH" else "de")
    if code == "CH" and city.region == "fr":
        key = "fr"
    streets = STREETS[key]
    district = _pick(rng, city.districts) if city.districts else ("", "")
    building_pool = BUILDINGS["hk"] if code in ("TW", "HK") else BUILDINGS.get(country.script)
    building = None
    if building_pool and rng.random() < 0.55:
        word = _pick(rng, building_pool)
        if country.script == "ja":
            kanji = _pick(rng, JA_KANJI)
            building = (kanji[0] + word[0], drop_accents(kanji[1]) + " " + word[1])
        elif country.script == "ko":
            syllable = _pick(rng, KO_SYLLABLES)
            building = (syllable[0] + word[0], syllable[1] + " " + word[1])
        else:
            first, second = _pick(rng, ZH_CHARS), _pick(rng, ZH_CHARS)
            building = (_zh_trad_if(code, first[0] + second[0] + word[0]),
                        (first[2] + second[2]).capitalize() + " " + word[1])
    elif key in ("en", "us", "sg") and rng.random() < 0.25:
        building = (_pick(rng, ("Regent House", "Kingsway House", "Riverside Business Park", "Enterprise Centre",
                                "Technology Park", "Commerce Plaza", "One Harbour Square", "Unity Tower")),) * 2
    number = _randrange(rng, 1, 400) if code not in ("US",) else _randrange(rng, 100, 9900)
    extra = (_randrange(rng, 1, 8), _randrange(rng, 1, 30), _randrange(rng, 1, 25))
    postcode = _fill(city.postcode, rng) if city.postcode else ""
    if code == "US" and rng.random() < 0.3:
        postcode += f"-{_randrange(rng, 10000):04d}"
    floor = _randrange(rng, 1, 40) if rng.random() < 0.6 else 0
    unit = floor * 100 + _randrange(rng, 1, 20) if floor else 0
    return Site(city, district, _pick(rng, streets), number, extra, building, floor, unit, postcode)


def _zh_trad_if(code: str, text: str) -> str:
    return "".join(ZH_TRAD.get(c, c) for c in text) if code in ("TW", "HK") else text


def _new_phone(country: Country, city: City, rng: random.Random) -> Phone:
    area = city.area
    if country.code == "SG":
        area, length = "", 8
    elif country.code == "HK":
        area, length = "", 8
    else:
        length = _NSN_DIGITS[country.code] - len(area) if country.code in _NSN_DIGITS else country.local_digits
        if country.code == "JP":
            length = 9 - len(area)
        elif country.code == "DE" and len(area) > 2:
            length = 7
        elif country.code == "AT" and len(area) > 1:
            length = 6
        elif country.code == "TW" and len(area) == 1 and area != "2":
            length = 7 if area in ("7", "3") else 8
        elif country.code == "KR" and area != "2":
            length = 7
        elif country.code == "CN" and len(area) == 3 and rng.random() < 0.2:
            length = 7
    first = {"SG": "6", "HK": _pick(rng, "23"), "FR": ""}.get(country.code, str(_randrange(rng, 2, 10)))
    rest = length - len(first)
    local = first + f"{_randrange(rng, 10**rest):0{rest}d}"
    return Phone(area, local)


def _new_persons(country: Country, rng: random.Random) -> tuple[tuple[str, str], ...]:
    lang = country.lang if country.script == "latin" else country.script
    if country.code in ("TW", "HK"):
        lang = "zh"
    if country.code == "CH":
        lang = "de"
    if lang == "en" and country.code == "SG":
        lang = _pick(rng, ("en", "zh"))
    if lang not in PERSONS:
        lang = "en"
    surnames, given = PERSONS[lang]
    return tuple((_pick(rng, given), _pick(rng, surnames)) for _ in range(_randrange(rng, 1, 4)))


def _new_domain(country: Country, brand_roman: str, industry: tuple[str, ...], rng: random.Random) -> tuple[str, str]:
    """The company's mail domain and a second one it also uses (.com next to the national one)."""
    slug = ascii_slug(brand_roman)
    r = rng.random()
    word = ascii_slug(industry[3] if len(industry) > 3 else industry[-1]) if industry[0] else ""
    if r < 0.4 and word:
        slug = slug + word[:8]
    elif r < 0.55 and word:
        slug = f"{slug}-{word[:8]}"
    elif r < 0.65:
        slug = slug + "-" + country.code.lower()
    tld = country.tlds[0] if rng.random() < 0.7 else _pick(rng, country.tlds)
    alt = next(t for t in country.tlds if t != tld)
    return slug + tld, slug + alt


def new_company(country: Country, city: City, slot: int, seed: int, rng: random.Random, partition: int,
                taken: set[tuple[str, str, str]]) -> Company:
    """A new company of ``country`` in ``city``, with a name not yet ``taken`` there in this chunk."""
    for _ in range(20):
        brand, roman, industry, kind, syllables = _draw_name(country, rng, partition)
        if (country.code, city.native, brand + industry[0]) not in taken:
            break
    taken.add((country.code, city.native, brand + industry[0]))
    legal = _weighted(rng, LEGAL_FORM_CHOICES[country.code], LEGAL_FORM_WEIGHTS[country.code])
    placement: Literal["prefix", "bracket", "none"] = "none"
    if country.code == "CN":
        placement = "prefix" if rng.random() < 0.7 else "bracket" if rng.random() < 0.85 else "none"
    elif country.script == "ja":
        placement = "prefix" if rng.random() < 0.45 else "none"
    elif country.script == "ko":
        placement = "prefix" if rng.random() < 0.6 else "none"
    site = _new_site(country, city, rng)
    phone = _new_phone(country, city, rng)
    direct = Phone(phone.area, phone.local[:-3] + f"{_randrange(rng, 1000):03d}")
    domain, alt_domain = _new_domain(country, roman, industry, rng)
    spine: Spine = _weighted(rng, ("address", "phone", "tax"), (0.45, 0.3, 0.25))
    return Company(
        slot=slot, country=country, city=city, name_city=city, brand=brand, brand_roman=roman, syllables=syllables,
        industry=industry, legal=legal,
        city_in_name=placement, qualifier=None, kind=kind, site=site, old_site=None, phone=phone,
        direct_phone=direct, extension=str(_randrange(rng, 10, 999)), domain=domain, alt_domain=alt_domain,
        persons=_new_persons(country, rng), tax_id=make_tax_id(country.code, slot, seed, rng, city.region),
        spine=spine,
    )


# ================================================================== rendering records

def render_name(company: Company, source: Source, rng: random.Random) -> str:
    """The company's name as ``source`` holds it."""
    country, script = company.country, company.country.script
    r = rng.random()
    roman_share = {"erp": 0.3, "scm": 0.3, "import": 0.2, "crm": 0.12, "webshop": 0.08}[source]
    if country.code in ("HK", "SG"):
        roman_share = 0.85 if country.code == "HK" else 1.0
    if script != "latin" and r < roman_share:
        name = _roman_name(company, rng)
        if country.code == "SG" and company.kind != "generic" and rng.random() < 0.1:
            name = name.replace(company.brand_roman, company.brand_roman.upper())
    elif script == "latin":
        name = _render_latin(company, source, rng)
    else:
        placement = company.city_in_name
        if country.code == "CN" and rng.random() < 0.3:
            placement = "bracket" if placement == "prefix" else "prefix"
        elif script in ("ja", "ko") and rng.random() < 0.06:
            placement = "none" if placement == "prefix" else "prefix"
        legal = company.legal.canonical if rng.random() < 0.7 else _pick(rng, company.legal.variants)
        form = "full" if rng.random() < 0.9 else "short" if rng.random() < 0.8 else "brand"
        if company.kind == "generic" or company.qualifier:
            form = "full"
        name = _native_name(company, rng, placement, legal, form)
        if country.code == "CN" and placement == "prefix" and rng.random() < 0.06:
            name = name.replace(company.city.native, company.city.native + "市", 1) \
                if not company.city.native.endswith("市") else name
        if script == "ja" and source in ("erp", "import") and rng.random() < 0.15:
            name = to_halfwidth_katakana(name)
        if script != "latin" and rng.random() < 0.06:
            name = name.replace(legal, " " + legal + " ").strip() if script == "zh" else \
                name.replace(legal, legal + "\u3000" if name.startswith(legal) else "\u3000" + legal, 1)
    if rng.random() < 0.05 and len(name) > 5:
        name = typo(name, rng)
    if source == "import" and rng.random() < 0.15:
        name = to_fullwidth(name) if script != "latin" or rng.random() < 0.2 else name
    if rng.random() < 0.04:
        name = name.replace(" ", "  ", 1) if " " in name else " " + name
    if source == "erp" and rng.random() < 0.3:
        name = name.upper()[:35].rstrip()
    elif source == "webshop" and rng.random() < 0.08:
        name = name.lower()
    return name


def _render_latin(company: Company, source: Source, rng: random.Random) -> str:
    legal = company.legal.canonical if rng.random() < 0.65 else _pick(rng, company.legal.variants)
    industry_variants = company.industry
    industry = industry_variants[0] if rng.random() < 0.75 else _pick(rng, industry_variants) if industry_variants[0] else ""
    r = rng.random()
    if company.kind == "generic" or company.qualifier:
        r = 1.0
    form = "brand" if r < 0.03 else "short" if r < 0.12 else "full"
    name = _latin_name(company, industry, legal, form)
    if company.country.lang == "fr" and form == "full" and rng.random() < 0.1:
        name = f"{_pick(rng, ('Société', 'Ets', 'Sté'))} {name}"
    if company.country.lang in ("fr", "de", "it", "es") and rng.random() < 0.08 and industry and company.kind == "brand":
        name = name.replace(f"{company.brand} {industry}", f"{industry} {company.brand}", 1)
    if company.country.code == "US" and form == "full" and rng.random() < 0.2:
        name = name.replace(f" {legal}", f", {legal}", 1)
    if rng.random() < 0.15:
        long_form, short_form = _pick(rng, ABBREVIATIONS)
        name = name.replace(long_form, short_form)
    if source in ("erp", "import", "scm") and rng.random() < 0.3:
        name = strip_accents(name) if rng.random() < 0.6 else drop_accents(name)
    return name


def render_address(site: Site, country: Country, roman: bool, rng: random.Random, city_in_address: bool) -> str:
    """The site as one address line, in the country's native form or romanised."""
    code = country.code
    with_unit = rng.random() < 0.75
    if code in ("CN", "TW"):
        return _zh_address(site, code, roman, with_unit, city_in_address, rng)
    if code == "HK":
        return _hk_address(site, roman, with_unit, rng)
    if code == "JP":
        return _jp_address(site, roman, with_unit, city_in_address, rng)
    if code == "KR":
        return _kr_address(site, roman, with_unit, city_in_address, rng)
    return _latin_address(site, country, with_unit, city_in_address, rng)


def _zh_address(site: Site, code: str, roman: bool, with_unit: bool, city_in_address: bool,
                rng: random.Random) -> str:
    street_native, street_roman = site.street
    section = site.extra[0] if code == "TW" and site.extra[0] <= 5 else 0
    road_kind = ("路", "Road", "Rd.") if site.extra[1] % 5 else ("大道", "Avenue", "Ave.")
    if roman:
        parts = []
        if with_unit and site.floor:
            room = _pick(rng, (f"Room {site.unit}", f"Rm. {site.unit}", f"Unit {site.unit}", f"{site.unit}"))
            parts.append(f"{room}, {site.floor}F" if rng.random() < 0.5 else f"{room}, Floor {site.floor}")
        if site.building and with_unit:
            parts.append(site.building[1])
        kind = road_kind[1] if rng.random() < 0.6 else road_kind[2]
        sec = f", Sec. {section}" if section else ""
        road = f"No. {site.number} {street_roman} {kind}{sec}" if rng.random() < 0.6 else \
            f"{site.number} {street_roman} {kind}{sec}"
        parts.append(road)
        if site.district[1]:
            parts.append(site.district[1] if rng.random() < 0.7 else site.district[1].replace(" District", " Dist."))
        if city_in_address:
            parts.append(site.city.roman)
        return ", ".join(parts)
    number = f"{site.number}号" if rng.random() < 0.9 else f"{site.number}#"
    if code == "TW":
        number = f"{site.number}號"
    sec = f"{'一二三四五'[section - 1]}段" if section else ""
    text = f"{site.district[0]}{street_native}{road_kind[0]}{sec}{number}"
    if code == "TW":
        text = _zh_trad_if(code, text)
    if city_in_address:
        text = site.city.native + ("" if site.city.native.endswith("市") or rng.random() < 0.5 else "市") + text
    if with_unit:
        if site.building:
            text += site.building[0]
        if site.floor:
            if code == "TW":
                text += f"{site.floor}樓" if rng.random() < 0.7 else f"{site.floor}F"
            else:
                text += _pick(rng, (f"{site.unit}室", f"{site.floor}层{site.unit}室", f"{site.floor}楼",
                                    f"{site.floor}F-{site.unit}"))
    if rng.random() < 0.1:
        text = to_fullwidth(text)
    return text


def _hk_address(site: Site, roman: bool, with_unit: bool, rng: random.Random) -> str:
    street_native, street_roman = site.street
    if roman or rng.random() < 0.6:
        parts = []
        if with_unit and site.floor:
            parts.append(_pick(rng, (f"Flat {site.unit % 100:02d}", f"Rm {site.unit}", f"Unit {site.unit}"))
                         + f", {site.floor}/F")
        if site.building:
            parts.append(site.building[1])
        parts.append(f"{site.number} {street_roman}")
        parts.append(site.district[1])
        return ", ".join(parts)
    text = f"{site.district[0]}{street_native}{site.number}號"
    if site.building:
        text += site.building[0]
    if with_unit and site.floor:
        text += f"{site.floor}樓{site.unit % 100:02d}室"
    return text


_KANJI_NUMERALS = "〇一二三四五六七八九"


def _kanji_number(n: int) -> str:
    if n < 10:
        return _KANJI_NUMERALS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _KANJI_NUMERALS[tens]) + "十" + (_KANJI_NUMERALS[ones] if ones else "")


def _jp_address(site: Site, roman: bool, with_unit: bool, city_in_address: bool, rng: random.Random) -> str:
    chome, ban, go = site.extra
    town, town_roman = site.street
    ward, ward_roman = site.district
    if roman:
        text = f"{chome}-{ban}-{go} {town_roman}, {ward_roman}"
        if with_unit and site.building:
            text = f"{site.building[1]} {site.floor}F, " + text if site.floor else f"{site.building[1]}, " + text
        if city_in_address:
            text += f", {site.city.roman}"
        return text
    r = rng.random()
    if r < 0.35:
        block = f"{chome}丁目{ban}番{go}号"
    elif r < 0.5:
        block = f"{_kanji_number(chome)}丁目{ban}番{go}号"
    elif r < 0.6:
        block = f"{chome}丁目{ban}-{go}"
    else:
        block = f"{chome}-{ban}-{go}"
    text = f"{ward}{town}{block}"
    if city_in_address:
        region = site.city.region
        prefix = region if region.endswith("都") else region + site.city.native
        text = (prefix if rng.random() < 0.7 else site.city.native) + text
    if with_unit and site.building:
        floor = _pick(rng, (f"{site.floor}F", f"{site.floor}階", f" {site.floor}階")) if site.floor else ""
        text += ("\u3000" if rng.random() < 0.3 else " " if rng.random() < 0.5 else "") + site.building[0] + floor
    if rng.random() < 0.2:
        text = to_fullwidth(text).replace("－", "－")
    return text


def _kr_address(site: Site, roman: bool, with_unit: bool, city_in_address: bool, rng: random.Random) -> str:
    road, road_roman = site.street
    district, district_roman = site.district
    if roman:
        text = f"{site.number} {road_roman}, {district_roman}"
        if with_unit and site.floor:
            text = f"{site.floor}F, " + text
        return text + (f", {site.city.roman}" if city_in_address else "")
    text = f"{district} {road} {site.number}"
    if city_in_address:
        text = (site.city.aliases[0] if rng.random() < 0.6 else site.city.native) + " " + text
    if with_unit and site.floor:
        text += _pick(rng, (f", {site.floor}층", f" {site.floor}층", f" {site.building[0] if site.building else ''} {site.floor}층"))
    return text.replace("  ", " ")


def _latin_address(site: Site, country: Country, with_unit: bool, city_in_address: bool, rng: random.Random) -> str:
    code, (name, kind) = country.code, site.street
    number = str(site.number) + (_pick(rng, ("a", "b", "A")) if site.extra[2] == 1 else "")
    lang = "fr" if code == "CH" and site.city.region == "fr" else country.lang
    r = rng.random()
    unit = ""
    if code in ("US", "GB", "SG") or lang == "en":
        if code == "SG":
            street = f"{name} {kind}"
            if r < 0.4:
                street = street.replace("Road", "Rd").replace("Avenue", "Ave").replace("Street", "St")
            line = f"{number} {street}"
            if with_unit and site.floor:
                unit = _pick(rng, (f"#{site.floor:02d}-{site.unit % 100:02d}", f"{site.floor:02d}-{site.unit % 100:02d}",
                                   f"Level {site.floor}"))
            parts = [line, unit] if unit else [line]
            if site.building and with_unit:
                parts.append(site.building[1])
        else:
            if kind and r < 0.5:
                kind = STREET_TYPE_ABBREVIATIONS.get(kind, kind) + ("." if rng.random() < 0.3 else "")
            line = f"{number} {name} {kind}".strip()
            if code == "US" and with_unit and site.floor:
                unit = _pick(rng, (f"Suite {site.unit}", f"Ste {site.unit}", f"#{site.unit}", f"Ste. {site.unit}",
                                   f"Floor {site.floor}"))
            elif with_unit and site.floor:
                unit = _pick(rng, (f"Unit {site.floor}", f"Suite {site.unit}", f"{site.floor}th Floor"
                                   if site.floor > 3 else f"Floor {site.floor}"))
            parts = [unit, line] if unit and code == "GB" else [line, unit] if unit else [line]
            if site.building and with_unit:
                parts.insert(0, site.building[1])
        text = ", ".join(parts)
    elif lang == "de":
        suffix = "straße"
        if name in ("Ring", "Park", "Markt") and site.extra[0] < 4:
            suffix = ""
        elif site.extra[0] == 5:
            suffix = "weg"
        elif site.extra[0] == 6:
            suffix = "allee"
        street = f"{name}{suffix}" if not name.endswith("-") else f"{name}{'Straße' if suffix == 'straße' else suffix.capitalize()}"
        if suffix == "straße" or street.endswith("Straße"):
            street = _weighted(rng, (street, street.replace("traße", "tr."), street.replace("traße", "trasse"),
                                     street.replace("straße", " Str.").replace("Straße", "Str.")), (5, 3, 2, 1))
        sep = " " if rng.random() < 0.9 else ""
        text = f"{street}{sep}{number}"
        if with_unit and site.floor and site.extra[1] < 10:
            text += _pick(rng, (f", {site.floor % 6}. OG", f", Gebäude {site.extra[0]}", f", Haus {'ABCD'[site.extra[0] % 4]}"))
    elif lang == "fr":
        kind_text = kind if r < 0.6 else FR_STREET_ABBREVIATIONS.get(kind, kind)
        text = f"{number}{',' if rng.random() < 0.3 else ''} {kind_text} {name}"
        if with_unit and site.floor and site.extra[1] < 12:
            text += _pick(rng, (f", Bâtiment {'ABCD'[site.extra[0] % 4]}", f", {site.floor % 9 + 1}e étage",
                                f", BP {site.unit}", f", ZI des {_pick(rng, ('Chênes', 'Pins', 'Landes'))}"))
        if rng.random() < 0.15:
            text = strip_accents(text).upper()
    elif lang == "it":
        kind_text = kind if r < 0.65 else IT_STREET_ABBREVIATIONS.get(kind, kind)
        text = f"{kind_text} {name}{',' if rng.random() < 0.5 else ''} {number}"
        if with_unit and site.floor and site.extra[1] < 8:
            text += f", piano {site.floor % 6 + 1}"
    elif lang == "es":
        kind_text = kind if r < 0.6 else ES_STREET_ABBREVIATIONS.get(kind, kind)
        text = f"{kind_text} {name}, {number}" if rng.random() < 0.7 else f"{kind_text} {name} {number}"
        if with_unit and site.floor:
            text += _pick(rng, (f", {site.floor % 9 + 1}º {'ABCD'[site.extra[0] % 4]}", f" {site.floor % 9 + 1}º{'ABCD'[site.extra[0] % 4]}",
                                f", planta {site.floor % 9 + 1}"))
        if rng.random() < 0.2:
            text = drop_accents(text)
    else:  # nl
        street = f"{name}{kind}" if " " not in name else f"{name}{kind}"
        if kind == "straat" and rng.random() < 0.2:
            street = street.replace("straat", "str.")
        text = f"{street} {number}"
        if with_unit and site.floor and site.extra[1] < 10:
            text += _pick(rng, (f"-{site.floor % 4 + 1}", f" {'ABCD'[site.extra[0] % 4]}", f"-{'I' * (site.floor % 3 + 1)}"))
    if city_in_address:
        text += f", {site.postcode} {site.city.native}" if site.postcode and rng.random() < 0.5 else f", {site.city.native}"
    return text


def render_city(city: City, country: Country, roman: bool, rng: random.Random) -> str:
    """The city as a source system writes it: native, romanised, an alias, with or without 市."""
    r = rng.random()
    if roman and country.script != "latin":
        return city.roman if r < 0.7 else city.roman.upper() if r < 0.85 else _pick(rng, city.aliases)
    if r < 0.65:
        return city.native
    if r < 0.85 and city.aliases:
        return _pick(rng, city.aliases)
    if r < 0.93:
        return city.roman
    return city.native.upper() if country.script == "latin" else city.native


def render_postcode(site: Site, country: Country, source: Source, rng: random.Random) -> str:
    """The postcode with the formatting habits of the country, or missing, or with a slip."""
    code, postcode = country.code, site.postcode
    missing = {"CN": 0.35, "TW": 0.3, "KR": 0.2, "HK": 0.9, "SG": 0.15}.get(code, 0.07)
    if code == "HK":
        return "" if rng.random() < missing else _pick(rng, ("000000", "999077", "00000"))
    if not postcode or rng.random() < missing:
        return ""
    r = rng.random()
    if r < 0.02:
        return typo(postcode, rng) if len(postcode) > 4 else postcode[::-1]
    if code == "JP":
        return postcode if r < 0.6 else postcode.replace("-", "") if r < 0.8 else "〒" + postcode if r < 0.9 \
            else to_fullwidth(postcode)
    if code in ("DE", "FR", "AT", "CH", "IT") and r < 0.1:
        return {"DE": "D-", "FR": "F-", "AT": "A-", "CH": "CH-", "IT": "I-"}[code] + postcode
    if code in ("DE", "FR", "IT", "ES", "US") and postcode.startswith("0") and source in ("import", "erp") and r < 0.2:
        return postcode.lstrip("0")  # a spreadsheet read the postcode as a number
    if code in ("GB", "NL"):
        return postcode if r < 0.6 else postcode.replace(" ", "") if r < 0.85 else postcode.lower()
    if code == "US" and "-" in postcode and r < 0.5:
        return postcode[:5]
    if code == "TW":
        return postcode if r < 0.5 else postcode[:3]
    if code == "SG" and r < 0.2:
        return f"Singapore {postcode}"
    return postcode


def render_phone(phone: Phone, country: Country, rng: random.Random, extension: str = "") -> str:
    """The number in one of the many ways it is written: national or international, grouped,
    with trunk prefix, with an extension."""
    code, cc, trunk, area, local = country.code, country.calling_code, country.trunk, phone.area, phone.local
    grouped = _group(local, country.grouping, rng)
    r = rng.random()
    if code == "US":
        styles = (f"({area}) {local[:3]}-{local[3:]}", f"{area}-{local[:3]}-{local[3:]}",
                  f"{area}.{local[:3]}.{local[3:]}", f"+1 {area} {local[:3]} {local[3:]}",
                  f"1-{area}-{local[:3]}-{local[3:]}", f"+1 ({area}) {local[:3]}-{local[3:]}", f"{area}{local}")
        text = _weighted(rng, styles, (4, 3, 1, 2, 1, 1, 1))
    elif code == "FR":
        national = trunk + area + local
        pairs = " ".join(national[i:i + 2] for i in range(0, 10, 2))
        styles = (pairs, pairs.replace(" ", "."), national, f"+33 {area} {' '.join(local[i:i + 2] for i in range(0, 8, 2))}",
                  f"+33 (0){area} {' '.join(local[i:i + 2] for i in range(0, 8, 2))}", f"0033 {area}{local}")
        text = _weighted(rng, styles, (5, 2, 1, 2, 1, 1))
    elif not area:
        styles = (grouped, local, f"+{cc} {grouped}", f"(+{cc}) {local}", f"+{cc}-{local}", f"({cc}) {grouped}")
        text = _weighted(rng, styles, (4, 2, 3, 1, 1, 1))
    else:
        national_area = trunk + area
        styles = [f"{national_area}-{grouped.replace(' ', '-')}", f"{national_area} {grouped}",
                  f"({national_area}) {grouped}", f"+{cc} {area} {grouped}", f"+{cc}-{area}-{local}",
                  f"00{cc} {area} {local}", f"{national_area}{local}"]
        weights = [3, 2, 1, 3, 1, 1, 1]
        if code in ("DE", "AT", "CH", "GB", "NL"):
            styles += [f"+{cc} (0){area} {grouped}", f"{national_area}/{local}"]
            weights += [2, 2 if code in ("DE", "AT") else 0]
        if code == "JP":
            styles += [f"{national_area}({local[:-4]}){local[-4:]}", to_fullwidth(f"{national_area}-{grouped.replace(' ', '-')}")]
            weights += [1, 1]
        text = _weighted(rng, styles, weights)
    if extension:
        if code == "DE":
            text = f"{text}-{extension}"
        elif code in ("CN", "TW"):
            text = f"{text}{_pick(rng, ('转', '-', ' ext. ', '#'))}{extension}"
        elif code == "JP":
            text = f"{text} (内線{extension})"
        else:
            text = f"{text} {_pick(rng, ('x', 'ext. ', 'ext ', 'Ext.'))}{extension}"
    return text


def _group(local: str, grouping: str, rng: random.Random) -> str:
    if grouping == "tail4" and len(local) > 5:
        return f"{local[:-4]} {local[-4:]}"
    if grouping == "322" and len(local) >= 7:
        return f"{local[:-4]} {local[-4:-2]} {local[-2:]}"
    if grouping == "none" and rng.random() < 0.4 and len(local) > 5:
        return f"{local[:-4]} {local[-4:]}"
    return local


def render_email(company: Company, source: Source, rng: random.Random) -> str:
    """A generic mailbox, a person's address, the second domain, or a freemail account."""
    country = company.country
    lang = country.lang if country.script == "latin" else country.script
    lang = "zh" if country.code in ("TW", "HK") else "de" if country.code in ("CH", "AT") else lang
    r = rng.random()
    domain = company.domain if rng.random() < 0.85 else company.alt_domain
    if r < 0.45:
        box = _pick(rng, GENERIC_MAILBOXES.get(lang, GENERIC_MAILBOXES["en"]))
    elif r < 0.9:
        given, surname = _pick(rng, company.persons)
        box = _weighted(rng, (f"{given}.{surname}", f"{given[0]}.{surname}", f"{given}{surname}", f"{surname}.{given[0]}",
                              f"{surname}"), (4, 2, 1, 1, 1))
    else:
        given, surname = _pick(rng, company.persons)
        domain = _pick(rng, FREEMAIL.get(lang, FREEMAIL["en"]))
        box = str(_randrange(rng, 10_000_000, 3_000_000_000)) if domain == "qq.com" else \
            f"{ascii_slug(company.brand_roman)}{_pick(rng, ('', '2008', '88', '.office', '_' + surname))}"
    text = f"{box}@{domain}"
    r = rng.random()
    if r < 0.08:
        text = text.upper()
    elif r < 0.15:
        text = f"{box.capitalize()}@{domain.replace(ascii_slug(company.brand_roman), company.brand_roman.replace(' ', ''))}"
    elif r < 0.18 and source == "import":
        text = f" {text}"
    return text


def render_records(company: Company, n: int, rng: random.Random) -> list[Record]:
    """The ``n`` records of ``company`` as the source systems hold them."""
    country = company.country
    moved = company.old_site is not None and company.spine != "address" and n > 1
    stale = _randrange(rng, n) if moved else -1
    records: list[Record] = []
    for i in range(n):
        source: Source = _weighted(rng, SOURCES, SOURCE_WEIGHTS)
        site = company.old_site if i == stale and company.old_site else company.site
        name = render_name(company, source, rng)
        roman = country.script != "latin" and name.isascii()
        if country.script != "latin" and not roman and rng.random() < 0.08:
            roman = True  # a Chinese name with an English address, as an import mixes them
        r = rng.random()
        city_mode = "field" if r < 0.8 else "missing" if r < 0.86 else "address" if r < 0.93 else "both"
        if company.kind == "generic" or company.qualifier:
            city_mode = "field"
        address = render_address(site, country, roman, rng, city_mode in ("address", "both"))
        if rng.random() < 0.03 and len(address) > 8:
            address = typo(address, rng)
        city = render_city(site.city, country, roman, rng) if city_mode in ("field", "both") else ""
        postcode = render_postcode(site, country, source, rng)
        r = rng.random()
        country_text = "" if r < 0.05 else _pick(rng, country.aliases) if r < 0.4 else \
            country.code if source in ("erp", "scm") else country.aliases[1]
        phone = _record_phone(company, rng)
        email = "" if rng.random() < {"webshop": 0.15, "crm": 0.35}.get(source, 0.6) else render_email(company, source, rng)
        tax_id = _record_tax_id(company, source, rng)
        records.append((name, address, city, postcode, country_text, phone, email, tax_id))
    return records


def _record_phone(company: Company, rng: random.Random) -> str:
    r = rng.random()
    if company.spine == "phone" or r < 0.68:
        extension = company.extension if rng.random() < 0.07 else ""
        if company.country.code == "DE" and rng.random() < 0.15:
            extension = "0"
        return render_phone(company.phone, company.country, rng, extension)
    if r < 0.86:
        return ""
    return render_phone(company.direct_phone, company.country, rng)


def _record_tax_id(company: Company, source: Source, rng: random.Random) -> str:
    missing = {"webshop": 0.8, "crm": 0.6, "import": 0.5, "scm": 0.45, "erp": 0.25}[source]
    if company.spine != "tax" and rng.random() < missing:
        return ""
    canonical = company.tax_id
    if rng.random() < 0.025:
        canonical = _typo_tax_id(company.country.code, canonical, rng)
    return render_tax_id(company.country.code, canonical, source, rng)


# ================================================================== chunks

Group = Literal["single", "branches", "namesakes", "building", "generic"]
GROUPS: tuple[Group, ...] = ("single", "branches", "namesakes", "building", "generic")
GROUP_WEIGHTS = (0.84, 0.05, 0.04, 0.04, 0.03)


class _Chunk:
    """The companies of one chunk, drawn from the chunk's own random stream."""

    def __init__(self, seed: int, chunk: int) -> None:
        self.seed = seed
        self.chunk = chunk
        self.rng = random.Random(f"heldout4/{seed}/{chunk}")
        self.partition = chunk % NAME_PARTITIONS
        self.taken: set[tuple[str, str, str]] = set()
        self.next_local = 0
        self.country_weights = [c.weight for c in COUNTRIES]

    def _slot(self) -> int:
        slot = self.chunk * CHUNK_RECORDS + self.next_local
        self.next_local += 1
        return slot

    def _city(self, country: Country, avoid: City | None = None) -> City:
        cities = CITIES[country.code]
        if avoid is not None and len(cities) > 1:
            cities = tuple(c for c in cities if c is not avoid)
        return _weighted(self.rng, cities, [c.weight for c in cities])

    def company(self, country: Country, city: City | None = None) -> Company:
        company = new_company(country, city or self._city(country), self._slot(), self.seed, self.rng,
                              self.partition, self.taken)
        if self.rng.random() < 0.12:
            other_city = company.city if self.rng.random() < 0.9 else self._city(country)
            company.old_site = _new_site(country, other_city, self.rng)
        return company

    def group(self) -> list[Company]:
        """One company, or a few distinct companies that look alike."""
        rng = self.rng
        country = _weighted(rng, COUNTRIES, self.country_weights)
        kind = _weighted(rng, GROUPS, GROUP_WEIGHTS)
        first = self.company(country)
        if kind == "single" or (kind == "namesakes" and len(CITIES[country.code]) == 1):
            return [first]
        if kind == "branches":
            family = [first]
            used: set[tuple[tuple[str, str] | None, str]] = {(None, first.city.native)}
            for _ in range(_randrange(rng, 1, 3)):
                sibling = self.company(country, first.city if rng.random() < 0.4 else self._city(country, first.city))
                _copy_name(first, sibling)
                sibling.domain, sibling.alt_domain = first.domain, first.alt_domain
                qualifier = _qualifier(country, rng, sibling.city, sibling.city is not first.city)
                if (qualifier, sibling.city.native) in used or (qualifier and (qualifier, "") in used):
                    continue  # the parent's other sibling already has this name
                used |= {(qualifier, sibling.city.native), (qualifier, "") if qualifier else (None, sibling.city.native)}
                sibling.qualifier = qualifier
                if sibling.qualifier is None or sibling.qualifier[0].endswith("分公司"):
                    sibling.city_in_name = first.city_in_name if first.city_in_name != "none" else "prefix"
                if sibling.qualifier and sibling.qualifier[0].endswith("分公司"):
                    sibling.name_city, sibling.legal = first.name_city, first.legal
                family.append(sibling)
            return family
        if kind == "namesakes" and len(CITIES[country.code]) > 1:
            twin = self.company(country, self._city(country, first.city))
            _copy_name(first, twin)
            twin.legal = first.legal
            _own_domain(twin, first, rng)
            return [first, twin]
        if kind == "building":
            neighbours = [first]
            shared_switchboard = rng.random() < 0.4
            for _ in range(_randrange(rng, 1, 4)):
                neighbour = self.company(country, first.city)
                neighbour.site = _new_site(country, first.city, rng, building_of=first.site)
                neighbour.old_site = None
                if shared_switchboard:
                    neighbour.phone = first.phone
                    neighbour.spine = "tax"
                neighbours.append(neighbour)
            if shared_switchboard:
                first.spine = "tax"
            return neighbours
        script = "latin" if country.script == "latin" else country.script
        generic_brand = _pick(rng, GENERIC_BRANDS[script])
        trading = {"zh": ZH_INDUSTRIES[8], "ja": JA_INDUSTRIES[0], "ko": KO_INDUSTRIES[4]}.get(script)
        industry = tuple(trading) if trading else LATIN_INDUSTRIES[country.lang][
            {"de": 4, "fr": 5, "en": 2, "it": 13, "es": 5, "nl": 4}[country.lang]]
        twins = []
        for i in range(_randrange(rng, 2, 4)):
            company = first if i == 0 else self.company(country)
            company.brand, company.brand_roman = generic_brand
            company.syllables, company.industry, company.kind = (), industry, "generic"
            company.legal = LEGAL_FORMS[country.code][0][0]
            company.spine, company.old_site = "tax", None
            _own_domain(company, twins[0] if twins else company, rng)
            twins.append(company)
        return twins


def _own_domain(company: Company, lookalike: Company, rng: random.Random) -> None:
    """A mail domain for ``company`` from its (copied) name, not the one of ``lookalike``."""
    domain, alt = _new_domain(company.country, company.brand_roman, company.industry, rng)
    if domain in (lookalike.domain, lookalike.alt_domain):
        city = ascii_slug(company.city.roman)
        domain, alt = (f"{city}-{d}" for d in (domain, alt))
    company.domain, company.alt_domain = domain, alt


def _copy_name(source: Company, target: Company) -> None:
    """Give ``target`` the brand and industry of ``source`` (a namesake, branch or subsidiary)."""
    target.brand, target.brand_roman, target.syllables = source.brand, source.brand_roman, source.syllables
    target.industry, target.kind = source.industry, source.kind


def generate_chunk(seed: int, chunk: int, n_records: int) -> tuple[list[int], list[Record]]:
    """The records of chunk ``chunk`` (``n_records`` of them) and the slot of each record's company."""
    state = _Chunk(seed, chunk)
    slots: list[int] = []
    records: list[Record] = []
    while len(records) < n_records:
        for company in state.group():
            size = min(_weighted(state.rng, CLUSTER_SIZES, CLUSTER_WEIGHTS), n_records - len(records))
            if size <= 0:
                break
            records.extend(render_records(company, size, state.rng))
            slots.extend([company.slot] * size)
    return slots, records


def _chunk_job(args: tuple[int, int, int]) -> tuple[list[int], list[Record]]:
    return generate_chunk(*args)


# ================================================================== assembly

def _random_tokens(rng: np.random.Generator, count: int, width: int) -> list[str]:
    """``count`` distinct random hex tokens of ``width`` digits, in random order."""
    values = np.unique(rng.integers(0, 16**width, size=count + count // 20 + 16, dtype=np.int64))
    while len(values) < count:
        values = np.unique(np.concatenate([values, rng.integers(0, 16**width, size=count, dtype=np.int64)]))
    values = rng.permutation(values)[:count]
    return [f"{v:0{width}x}" for v in values.tolist()]


def _available_cpus() -> int:
    """CPUs this process may run on (fewer than ``os.cpu_count()`` in a container)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def generate(n_records: int, seed: int, workers: int | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``n_records`` company records and their truth, the same for the same ``seed``.

    Returns ``(records, truth)``: ``records`` with the columns :data:`COLUMNS`, ``truth`` with
    :data:`TRUTH_COLUMNS`, rows in the same (shuffled) order. ``workers`` processes share the
    chunks (default: one per CPU); the result does not depend on it.
    """
    if n_records < 1:
        raise ValueError(f"n_records must be at least 1, got {n_records}")
    n_chunks = math.ceil(n_records / CHUNK_RECORDS)
    jobs = [(seed, c, min(CHUNK_RECORDS, n_records - c * CHUNK_RECORDS)) for c in range(n_chunks)]
    workers = min(workers or _available_cpus(), n_chunks)
    if workers == 1:
        results = [_chunk_job(job) for job in jobs]
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_chunk_job, jobs, chunksize=max(1, n_chunks // (workers * 8))))
    slots = np.fromiter((s for chunk_slots, _ in results for s in chunk_slots), dtype=np.int64, count=n_records)
    columns = list(zip(*(r for _, chunk_records in results for r in chunk_records)))
    del results
    rng = np.random.default_rng([seed, 4])
    order = rng.permutation(n_records)
    unique_slots, entity_index = np.unique(slots, return_inverse=True)
    entity_tokens = np.array(["E" + t for t in _random_tokens(rng, len(unique_slots), 10)], dtype=object)
    record_ids = np.array(_random_tokens(rng, n_records, 12), dtype=object)
    data = {"record_id": record_ids}
    for name, values in zip(COLUMNS[1:], columns):
        data[name] = np.array(values, dtype=object)[order]
    records = pd.DataFrame(data, columns=list(COLUMNS))
    truth = pd.DataFrame({"record_id": record_ids, "entity_id": entity_tokens[entity_index[order]]})
    return records, truth


def write(out: str | Path, n_records: int, seed: int, workers: int | None = None) -> tuple[Path, Path]:
    """Generate and write ``records.csv`` and ``truth.csv`` into ``out``; returns both paths."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    records, truth = generate(n_records, seed, workers)
    paths = out / "records.csv", out / "truth.csv"
    records.to_csv(paths[0], index=False, encoding="utf-8", lineterminator="\n")
    truth.to_csv(paths[1], index=False, encoding="utf-8", lineterminator="\n")
    return paths


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: ``generate.py --records N --seed S --out DIR [--workers W]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, required=True, help="number of records to generate")
    parser.add_argument("--seed", type=int, required=True, help="random seed; same seed, same files")
    parser.add_argument("--out", required=True, help="directory for records.csv and truth.csv")
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: one per CPU)")
    args = parser.parse_args(argv)
    records_path, truth_path = write(args.out, args.records, args.seed, args.workers)
    print(f"wrote {records_path} and {truth_path}")


if __name__ == "__main__":
    main()
