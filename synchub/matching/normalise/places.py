"""Chinese and Japanese places that company names carry: "北京星辰科技有限公司",
"星辰科技（北京）有限公司", "Beijing Xingchen Technology Co., Ltd.", "トヨタ(東京)株式会社".

Data only, and the look-up tables built from it. Each place has its canonical name in its own
script (北京, 東京), the suffixes it is written with (北京市, 广东省, 广西壮族自治区, 東京都) and its
Latin names (Beijing, Xi'an, Hong Kong; Tokyo). The lists hold every Chinese province-level
division and the major prefecture-level cities, every Japanese prefecture and the designated
cities: enough for the places in company names, short enough to review.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal, NamedTuple, get_args

from synchub.matching.normalise.tries import trie_pattern

PlaceKind = Literal["municipality", "province", "autonomous_region", "sar", "city", "prefecture"]
"""What a place is; a Chinese name may start with a province and then a city (广东省深圳市)."""
PLACE_KINDS: frozenset[str] = frozenset(get_args(PlaceKind))


class Place(NamedTuple):
    name: str
    """Canonical name, in the local script: 北京, 広島."""
    latin: tuple[str, ...]
    """Latin names (pinyin, romaji, English), as written: "Beijing", "Xi'an"."""
    kind: PlaceKind
    written: tuple[str, ...] = ()
    """Other written forms beside ``name`` and ``name`` + the suffix of its kind."""


SUFFIXES: dict[PlaceKind, tuple[str, ...]] = {
    "municipality": ("市",),
    "province": ("省",),
    "autonomous_region": ("自治区",),
    "sar": ("特别行政区",),
    "city": ("市",),
    # a prefecture's full name is in ``written``: 東京都, 大阪府, 北海道, 愛知県; most capitals share
    # the prefecture's name (京都市, 大阪市, 千葉市): a city field means the city
    "prefecture": ("市",),
}


def _cities(spec: str, kind: PlaceKind = "city") -> tuple[Place, ...]:
    # "北京:Beijing 西安:Xi'an ..." -> places; keeps the tables below one line a place group
    return tuple(Place(name, (latin.replace("_", " "),), kind)
                 for name, latin in (item.split(":") for item in spec.split()))


CN_PLACES: tuple[Place, ...] = (
    *_cities("北京:Beijing 上海:Shanghai 天津:Tianjin 重庆:Chongqing", "municipality"),
    *_cities("""河北:Hebei 山西:Shanxi 辽宁:Liaoning 吉林:Jilin 黑龙江:Heilongjiang 江苏:Jiangsu
        浙江:Zhejiang 安徽:Anhui 福建:Fujian 江西:Jiangxi 山东:Shandong 河南:Henan 湖北:Hubei 湖南:Hunan
        广东:Guangdong 海南:Hainan 四川:Sichuan 贵州:Guizhou 云南:Yunnan 陕西:Shaanxi 甘肃:Gansu
        青海:Qinghai 台湾:Taiwan""", "province"),
    Place("内蒙古", ("Inner Mongolia", "Nei Mongol"), "autonomous_region"),
    Place("广西", ("Guangxi",), "autonomous_region", ("广西壮族自治区",)),
    Place("西藏", ("Tibet", "Xizang"), "autonomous_region"),
    Place("宁夏", ("Ningxia",), "autonomous_region", ("宁夏回族自治区",)),
    Place("新疆", ("Xinjiang",), "autonomous_region", ("新疆维吾尔自治区",)),
    Place("香港", ("Hong Kong",), "sar"),
    Place("澳门", ("Macau", "Macao"), "sar"),
    *_cities("""广州:Guangzhou 深圳:Shenzhen 杭州:Hangzhou 南京:Nanjing 苏州:Suzhou 成都:Chengdu
        武汉:Wuhan 西安:Xi'an 青岛:Qingdao 厦门:Xiamen 宁波:Ningbo 大连:Dalian 沈阳:Shenyang 长沙:Changsha
        郑州:Zhengzhou 济南:Jinan 合肥:Hefei 福州:Fuzhou 东莞:Dongguan 佛山:Foshan 无锡:Wuxi 昆明:Kunming
        哈尔滨:Harbin 石家庄:Shijiazhuang 珠海:Zhuhai 温州:Wenzhou 常州:Changzhou 泉州:Quanzhou
        南昌:Nanchang 南宁:Nanning 贵阳:Guiyang 太原:Taiyuan 长春:Changchun 兰州:Lanzhou
        乌鲁木齐:Urumqi 呼和浩特:Hohhot 海口:Haikou 三亚:Sanya 银川:Yinchuan 西宁:Xining 拉萨:Lhasa
        烟台:Yantai 潍坊:Weifang 淄博:Zibo 临沂:Linyi 济宁:Jining 威海:Weihai 唐山:Tangshan 保定:Baoding
        廊坊:Langfang 徐州:Xuzhou 南通:Nantong 扬州:Yangzhou 镇江:Zhenjiang 盐城:Yancheng 泰州:Taizhou
        绍兴:Shaoxing 嘉兴:Jiaxing 金华:Jinhua 台州:Taizhou 湖州:Huzhou 惠州:Huizhou 中山:Zhongshan
        江门:Jiangmen 汕头:Shantou 湛江:Zhanjiang 洛阳:Luoyang 襄阳:Xiangyang 宜昌:Yichang 芜湖:Wuhu
        株洲:Zhuzhou 柳州:Liuzhou 桂林:Guilin 绵阳:Mianyang 赣州:Ganzhou 漳州:Zhangzhou 鞍山:Anshan
        包头:Baotou 大庆:Daqing 昆山:Kunshan"""),
)
"""Chinese provinces, autonomous regions, municipalities, SARs and major cities."""

JP_PLACES: tuple[Place, ...] = (
    *(Place(full[:-1] if full[-1] in "都府県" else full, (latin,), "prefecture", (full,))
      for full, latin in (item.split(":") for item in """北海道:Hokkaido 青森県:Aomori 岩手県:Iwate
        宮城県:Miyagi 秋田県:Akita 山形県:Yamagata 福島県:Fukushima 茨城県:Ibaraki 栃木県:Tochigi
        群馬県:Gunma 埼玉県:Saitama 千葉県:Chiba 東京都:Tokyo 神奈川県:Kanagawa 新潟県:Niigata 富山県:Toyama
        石川県:Ishikawa 福井県:Fukui 山梨県:Yamanashi 長野県:Nagano 岐阜県:Gifu 静岡県:Shizuoka 愛知県:Aichi
        三重県:Mie 滋賀県:Shiga 京都府:Kyoto 大阪府:Osaka 兵庫県:Hyogo 奈良県:Nara 和歌山県:Wakayama
        鳥取県:Tottori 島根県:Shimane 岡山県:Okayama 広島県:Hiroshima 山口県:Yamaguchi 徳島県:Tokushima
        香川県:Kagawa 愛媛県:Ehime 高知県:Kochi 福岡県:Fukuoka 佐賀県:Saga 長崎県:Nagasaki 熊本県:Kumamoto
        大分県:Oita 宮崎県:Miyazaki 鹿児島県:Kagoshima 沖縄県:Okinawa""".split())),
    # designated cities whose name is not a prefecture's
    *_cities("""札幌:Sapporo 仙台:Sendai さいたま:Saitama_City 川崎:Kawasaki 横浜:Yokohama
        相模原:Sagamihara 名古屋:Nagoya 神戸:Kobe 堺:Sakai 浜松:Hamamatsu 北九州:Kitakyushu"""),
)
"""Japanese prefectures (東京 for 東京都) and designated cities."""


class PlaceTables(NamedTuple):
    """The look-ups built from the data (keys are folded written forms)."""

    prefix: re.Pattern
    """On folded names, each line started by "\x02": the marker and the place that opens the
    name. Groups: a Chinese form, maybe a second (广东省深圳市), or a Chinese place in Latin
    letters (and the space after it)."""
    cn: dict[str, str]
    """Chinese written forms -> canonical name: 北京, 北京市, 广西壮族自治区, ..."""
    latin: dict[str, str]
    """Latin names of Chinese places -> canonical name: "beijing", "xian", "hong kong"."""
    provinces: frozenset[str]
    """Canonical names after which a city may follow (广东省深圳市)."""
    bracketed: dict[str, str]
    """Every form of every place, Chinese and Japanese, local or Latin: what a bracket may hold."""


@cache
def place_tables() -> PlaceTables:
    """The look-ups, built once from :data:`CN_PLACES` and :data:`JP_PLACES`."""
    from synchub.matching.normalise.text import fold  # text imports nothing from here

    cn: dict[str, str] = {}
    latin: dict[str, str] = {}
    bracketed: dict[str, str] = {}
    for is_cn, places in ((True, CN_PLACES), (False, JP_PLACES)):
        for place in places:
            for form in {place.name, *place.written, *(place.name + s for s in SUFFIXES[place.kind])}:
                bracketed[fold(form)] = place.name
                if is_cn:
                    cn[fold(form)] = place.name
            for form in place.latin:
                key = fold(form)
                # two places of one Latin name (Taizhou: 泰州, 台州): the Latin name is all we know
                name = place.name if bracketed.get(key, place.name) == place.name else key
                bracketed[key] = name
                if is_cn:
                    latin[key] = name
    han = trie_pattern(cn)
    return PlaceTables(
        prefix=re.compile(f"\x02(?:({han})({han})?|({trie_pattern(latin)}) )?"),
        cn=cn,
        latin=latin,
        provinces=frozenset(p.name for p in CN_PLACES if p.kind in ("province", "autonomous_region")),
        bracketed=bracketed,
    )
