"""A held-out benchmark of company (customer) master data, with the true entity of every record.

    python bench/heldout2/generate.py --records 100000 --seed 11 --out var/heldout2

writes ``records.csv`` (``record_id,name,address,city,postcode,country,phone,email,tax_id``) and
``truth.csv`` (``record_id,entity_id``). From Python, with this folder on ``sys.path``:
``generate(n_records, seed)`` returns ``(records, truth)`` as DataFrames of strings ("" where a
value is missing), and ``write(out_dir, n_records, seed)`` writes the two files.

Companies come from China, Japan, Germany, France, the UK, the US, Ireland and Australia. Each
company is written by one to five source systems, each with its own habits (upper-case ASCII,
abbreviations, romanised names, full-width digits, user typing). Some companies are generated as
relatives of another one: a namesake in another city, a branch, a sister company in the same
building, or a neighbour; they are different entities and the hard negatives of the benchmark.

The output depends only on ``n_records`` and ``seed``: records are made in chunks of
:data:`CHUNK_RECORDS`, each from its own random stream, so the number of worker processes
changes the speed and nothing else. Tax ids and telephone numbers are numbered per country
(and area) across chunks, so two companies never share one by chance; a company domain or
free-mail box is given to one family only (relatives share a domain on purpose).
"""

from __future__ import annotations

import argparse
import functools
import multiprocessing
import os
import random
import sys
import unicodedata
import zlib
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = ["COLUMNS", "CHUNK_RECORDS", "generate", "write"]

COLUMNS = ("record_id", "name", "address", "city", "postcode", "country", "phone", "email", "tax_id")
CHUNK_RECORDS = 25_000
"""Records per random stream; a constant, so that the output does not depend on the workers."""

# ====================================================================== text noise

_FULLWIDTH = {i: i + 0xFEE0 for i in range(0x21, 0x7F)} | {0x20: 0x3000}


def _fullwidth(s: str) -> str:
    return s.translate(_FULLWIDTH)


def _fullwidth_digits(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" or c == "-" else c for c in s)


def _halfwidth_katakana_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xFF66, 0xFF9E):
        full = unicodedata.normalize("NFKC", chr(code))
        table[ord(full)] = chr(code)
    for code in range(0x30A0, 0x3100):
        parts = unicodedata.normalize("NFD", chr(code))
        if len(parts) == 2 and ord(parts[0]) in table:
            mark = "\uff9e" if parts[1] == "\u3099" else "\uff9f"
            table[code] = table[ord(parts[0])] + mark
    return table


_HALFWIDTH_KATAKANA = _halfwidth_katakana_table()

_FOLD_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def _strip_accents(s: str) -> str:
    s = s.replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


_KEYBOARD = {
    "a": "qsz", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj", "i": "uo",
    "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o", "q": "wa", "r": "et",
    "s": "ad", "t": "ry", "u": "yi", "v": "cb", "w": "qe", "x": "zc", "y": "tu", "z": "xa",
}


def _typo(rnd: random.Random, s: str) -> str:
    """One slip of the keyboard in a Latin string, away from its first letter."""
    letters = [i for i in range(1, len(s)) if s[i].isalpha() and s[i].isascii()]
    if not letters:
        return s
    i = rnd.choice(letters)
    op = rnd.random()
    if op < 0.3:
        return s[:i] + s[i + 1:]
    if op < 0.55 and i + 1 < len(s) and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op < 0.85:
        near = _KEYBOARD.get(s[i].lower(), "e")
        c = rnd.choice(near)
        return s[:i] + (c.upper() if s[i].isupper() else c) + s[i + 1:]
    return s[:i] + s[i] + s[i:]


_HOMOPHONES = {
    "华": "化", "信": "新", "恒": "衡", "达": "大", "鑫": "新", "源": "元", "宏": "鸿", "盛": "胜", "泰": "太",
    "瑞": "锐", "博": "搏", "晨": "辰", "嘉": "佳", "锦": "金", "润": "闰", "诚": "成", "康": "糠", "鼎": "顶",
    "明": "名", "阳": "扬", "程": "成", "航": "行", "凯": "铠", "德": "得", "汇": "会", "联": "连", "通": "同",
}


def _typo_han(rnd: random.Random, s: str, protected: int) -> str:
    """A homophone typed by pinyin input, or a dropped character, in the first ``protected``."""
    spots = [i for i in range(min(protected, len(s))) if s[i] in _HOMOPHONES]
    if spots and rnd.random() < 0.8:
        i = rnd.choice(spots)
        return s[:i] + _HOMOPHONES[s[i]] + s[i + 1:]
    if protected > 2:
        i = rnd.randrange(1, protected)
        return s[:i] + s[i + 1:]
    return s


def _slug(s: str) -> str:
    s = _strip_accents(s.translate(_FOLD_GERMAN)).lower()
    return "".join(c for c in s if c.isalnum())


# ====================================================================== tax ids

_USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_MAX_CHUNKS = 400  # serials interleave the chunks: unique up to 10 million records


class _Stream(random.Random):
    """The random stream of one chunk, which also numbers the chunk's companies per country (and
    per telephone area), so that tax ids and telephone numbers are unique across chunks without
    the chunks talking to each other."""

    def __init__(self, seed: int, chunk: int):
        state = np.random.SeedSequence([seed, chunk]).generate_state(4)
        super().__init__(int.from_bytes(state.tobytes(), "little"))
        self._chunk = chunk
        self._used: dict[str, int] = {}

    def serial(self, code: str) -> int:
        n = self._used.get(code, 0)
        self._used[code] = n + 1
        return n * _MAX_CHUNKS + self._chunk

    def unique(self, key: str, space: int) -> int:
        """A number in ``range(space)`` that no other company of this ``key`` (a country, or a
        country and telephone area) gets, in this chunk or any other."""
        # Each key has its own offset, so that countries and areas do not hand out the same numbers.
        offset = zlib.crc32(key.encode()) * 7_919
        return (_scatter(self.serial(key), space) + offset) % space


def _subscriber(rnd: _Stream, country: str, area: str, digits: int) -> str:
    """A local number of ``digits`` digits, not 0 or 1 first, that no other company has."""
    return str(2 * 10 ** (digits - 1) + rnd.unique(country + area, 8 * 10 ** (digits - 1)))


def _is_prime(n: int) -> bool:
    # Miller-Rabin with the bases that decide every n below 3.3e24.
    if n < 2:
        return False
    bases = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41)
    if n in bases:
        return True
    if any(n % b == 0 for b in bases):
        return False
    d, r = n - 1, 0
    while d % 2 == 0:
        d, r = d // 2, r + 1
    for b in bases:
        x = pow(b, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


@functools.cache
def _prime_above(space: int) -> int:
    p = space
    while not _is_prime(p):
        p += 1
    return p


def _scatter(serial: int, space: int) -> int:
    """A bijection of ``range(space)``: distinct serials give distinct numbers in no visible order.

    An affine map modulo the first prime ``p >= space`` permutes ``range(p)``; applying it again
    while the result is ``space`` or more ("cycle walking") permutes ``range(space)``. A prime
    modulus keeps the low digits from following the serial, as they would modulo a power of 10.
    """
    p = _prime_above(space)
    x = serial
    while True:
        x = (x * 982_451_653 + 7_368_787) % p
        x = (x * 2_147_483_647 + 1_234_567) % p
        if x < space:
            return x


def _digits(n: int, width: int) -> list[int]:
    return [int(c) for c in f"{n:0{width}d}"]


def _uscc(rnd: _Stream, division: str) -> str:
    # Registration authority 9 (market regulation), type 1 (enterprise), division, org code, check.
    if rnd.random() < 0.6:
        n, body = rnd.unique("CN-MA", 31**6), ""
        for _ in range(6):
            n, r = divmod(n, 31)
            body = _USCC_CHARSET[r] + body
        body8 = "MA" + body
    else:
        body8 = f"{rnd.unique('CN-numeric', 10**8):08d}"
    values = [int(c) if c.isdigit() else ord(c) - 55 for c in body8]
    org = 11 - sum(v * w for v, w in zip(values, (3, 7, 9, 10, 5, 8, 4, 2))) % 11
    code17 = "91" + division + body8 + {10: "X", 11: "0"}.get(org, str(org))
    total = sum(_USCC_CHARSET.index(c) * pow(3, i, 31) for i, c in enumerate(code17))
    return code17 + _USCC_CHARSET[(31 - total % 31) % 31]


def _de_vat(rnd: _Stream) -> str:
    digits = _digits(10**7 + rnd.unique("DE", 9 * 10**7), 8)
    product = 10
    for d in digits:
        s = (d + product) % 10 or 10
        product = 2 * s % 11
    return "DE" + "".join(map(str, digits)) + str((11 - product) % 10)


def _fr_vat(rnd: _Stream) -> str:
    digits = _digits(10**7 + rnd.unique("FR", 9 * 10**7), 8)
    total = 0
    for i, d in enumerate(reversed(digits)):
        total += (2 * d - 9 * (d > 4)) if i % 2 == 0 else d
    siren = int("".join(map(str, digits)) + str((10 - total % 10) % 10))
    return f"FR{(12 + 3 * (siren % 97)) % 97:02d}{siren:09d}"


def _gb_vat(rnd: _Stream) -> str:
    digits = _digits(10**6 + rnd.unique("GB", 9 * 10**6), 7)
    total = sum(w * d for w, d in zip((8, 7, 6, 5, 4, 3, 2), digits))
    # Newer numbers use the "9755" scheme: 55 more before taking the remainder.
    check = (-total - 55) % 97 if rnd.random() < 0.5 else (-total) % 97
    return "GB" + "".join(map(str, digits)) + f"{check:02d}"


def _jp_corporate_number(rnd: _Stream) -> str:
    digits = _digits(rnd.unique("JP", 10**12), 12)
    total = sum(d * (2 if n % 2 == 0 else 1) for n, d in enumerate(reversed(digits), start=1))
    return str(9 - total % 9) + "".join(map(str, digits))


_EIN_PREFIXES = [*range(1, 7), *range(10, 17), *range(20, 28), *range(30, 49), *range(50, 69),
                 *range(71, 78), *range(80, 89), *range(90, 96), 98, 99]


def _us_ein(rnd: _Stream) -> str:
    prefix, rest = divmod(rnd.unique("US", len(_EIN_PREFIXES) * 10**7), 10**7)
    return f"{_EIN_PREFIXES[prefix]:02d}-{rest:07d}"


def _ie_vat(rnd: _Stream) -> str:
    digits = _digits(rnd.unique("IE", 10**7), 7)
    total = sum(d * w for d, w in zip(digits, range(8, 1, -1)))
    return "IE" + "".join(map(str, digits)) + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]


def _au_abn(rnd: _Stream) -> str:
    weights = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)
    tail = _digits(rnd.unique("AU", 10**9), 9)
    rest = sum(w * d for w, d in zip(weights[2:], tail))
    # The first two digits that make the weighted sum (first digit less one) a multiple of 89.
    for first in range(1, 10):
        for second in range(10):
            if (10 * (first - 1) + second + rest) % 89 == 0:
                return "".join(map(str, [first, second, *tail]))
    raise AssertionError("every tail has a first pair")  # 90 pairs cover all 89 residues


# ====================================================================== shared pieces

_GENERIC_MAIL = {
    "CN": ("qq.com", "163.com", "126.com", "sina.com", "aliyun.com"),
    "JP": ("gmail.com", "yahoo.co.jp", "nifty.com", "ocn.ne.jp"),
    "DE": ("gmail.com", "t-online.de", "gmx.de", "web.de"),
    "FR": ("gmail.com", "orange.fr", "wanadoo.fr", "free.fr"),
    "GB": ("gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com"),
    "US": ("gmail.com", "yahoo.com", "outlook.com", "aol.com"),
    "IE": ("gmail.com", "eircom.net", "outlook.com"),
    "AU": ("gmail.com", "bigpond.com", "outlook.com"),
}
_MAIL_ROLES = {
    "CN": ("info", "sales", "service", "caiwu", "hr", "admin"),
    "JP": ("info", "sales", "eigyo", "soumu", "contact"),
    "DE": ("info", "kontakt", "vertrieb", "buchhaltung", "einkauf", "office"),
    "FR": ("contact", "info", "compta", "commercial", "accueil"),
    "GB": ("info", "sales", "accounts", "enquiries", "office"),
    "US": ("info", "sales", "ap", "billing", "contact", "orders"),
    "IE": ("info", "sales", "accounts", "hello"),
    "AU": ("info", "sales", "accounts", "admin", "reception"),
}
_PEOPLE = ("anna", "john", "maria", "peter", "li", "wei", "yuki", "hiro", "marc", "julie", "tom", "sarah",
           "lukas", "sophie", "david", "emma", "chen", "kenji", "paul", "claire", "mike", "laura", "jan", "nina")
_PEOPLE_LAST = ("wang", "zhang", "liu", "sato", "suzuki", "tanaka", "weber", "schulz", "martin", "dubois",
                "smith", "jones", "brown", "miller", "davis", "walsh", "murphy", "nguyen", "kelly", "fischer")
_TLD = {"CN": (".com", ".com.cn", ".cn"), "JP": (".co.jp", ".jp", ".com"), "DE": (".de", ".com"),
        "FR": (".fr", ".com"), "GB": (".co.uk", ".com"), "US": (".com", ".net", ".us"),
        "IE": (".ie", ".com"), "AU": (".com.au", ".net.au")}

_COUNTRY_FORMS = {
    "CN": ("CN", "CN", "CHN", "China", "中国", "PRC", "China, People's Republic of"),
    "JP": ("JP", "JP", "JPN", "Japan", "日本", "JAPAN"),
    "DE": ("DE", "DE", "DEU", "Germany", "Deutschland", "GERMANY", "D"),
    "FR": ("FR", "FR", "FRA", "France", "FRANCE"),
    "GB": ("GB", "GB", "GBR", "United Kingdom", "UK", "England", "Great Britain"),
    "US": ("US", "US", "USA", "United States", "United States of America", "U.S.A."),
    "IE": ("IE", "IE", "IRL", "Ireland", "Éire", "Republic of Ireland"),
    "AU": ("AU", "AU", "AUS", "Australia", "AUSTRALIA"),
}
_CALLING_CODE = {"CN": "86", "JP": "81", "DE": "49", "FR": "33", "GB": "44", "US": "1", "IE": "353", "AU": "61"}


class Company:
    """One real company: the values its records are spelt from."""

    __slots__ = ("country", "name", "loc", "street", "unit", "postcode", "phone", "mobile",
                 "emails", "domain", "tax_id", "romanised", "old_street")

    def __init__(self, country: str):
        self.country = country
        self.mobile = ""
        self.unit = ""
        self.old_street = None
        self.romanised = False
        self.tax_id = ""


def _grouped(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i:i + size])
        i += size
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(p for p in out if p)


def _phone(rnd: random.Random, country: str, area: str, local: str, groups: tuple[int, ...]) -> str:
    """A number written the way one of many systems or people would: national or international,
    "+" or "00", with or without separators."""
    cc = _CALLING_CODE[country]
    trunk = "" if country == "US" else "0"
    r = rnd.random()
    sep = rnd.choice((" ", " ", "-", "", ".")) if country in ("FR", "US") else rnd.choice((" ", " ", "-", ""))
    body = _grouped(local, groups, sep)
    if r < 0.42:
        if country == "US":
            return rnd.choice((f"({area}) {_grouped(local, groups, '-')}", f"{area}-{_grouped(local, groups, '-')}",
                               f"{area}.{_grouped(local, groups, '.')}", f"{area}{local}", f"1-{area}-{_grouped(local, groups, '-')}"))
        if country == "DE" and rnd.random() < 0.4:
            return f"0{area}/{local}" if rnd.random() < 0.6 else f"0{area}/{local[:-1]}-{local[-1]}"
        if country in ("CN", "JP", "AU") and rnd.random() < 0.25:
            return f"(0{area}){_grouped(local, groups, '-') if country == 'JP' else local}"
        return f"{trunk}{area}{sep}{body}" if sep else f"{trunk}{area}{local}"
    if r < 0.80:
        if country in ("DE", "GB", "FR", "IE", "AU") and rnd.random() < 0.25:
            return f"+{cc} (0){area} {body}"
        return f"+{cc}{sep or ' '}{area}{sep or ' '}{body}" if rnd.random() < 0.8 else f"+{cc}{area}{local}"
    if r < 0.93:
        return f"00{cc} {area} {body}" if rnd.random() < 0.7 else f"00{cc}{area}{local}"
    return f"{cc}{area}{local}"


# ====================================================================== China

_CN_CITIES = (
    # name, pinyin, area code, postcode prefix, districts (name, pinyin, division code)
    ("北京", "Beijing", "10", "100", (("海淀区", "Haidian", "110108"), ("朝阳区", "Chaoyang", "110105"),
                                      ("东城区", "Dongcheng", "110101"), ("丰台区", "Fengtai", "110106"))),
    ("上海", "Shanghai", "21", "200", (("浦东新区", "Pudong", "310115"), ("徐汇区", "Xuhui", "310104"),
                                       ("静安区", "Jing'an", "310106"), ("闵行区", "Minhang", "310112"))),
    ("深圳", "Shenzhen", "755", "518", (("南山区", "Nanshan", "440305"), ("福田区", "Futian", "440304"),
                                        ("宝安区", "Bao'an", "440306"), ("龙岗区", "Longgang", "440307"))),
    ("广州", "Guangzhou", "20", "510", (("天河区", "Tianhe", "440106"), ("越秀区", "Yuexiu", "440104"),
                                        ("番禺区", "Panyu", "440113"))),
    ("杭州", "Hangzhou", "571", "310", (("西湖区", "Xihu", "330106"), ("滨江区", "Binjiang", "330108"),
                                        ("余杭区", "Yuhang", "330110"))),
    ("成都", "Chengdu", "28", "610", (("武侯区", "Wuhou", "510107"), ("锦江区", "Jinjiang", "510104"),
                                      ("青羊区", "Qingyang", "510105"))),
    ("武汉", "Wuhan", "27", "430", (("江汉区", "Jianghan", "420103"), ("洪山区", "Hongshan", "420111"))),
    ("南京", "Nanjing", "25", "210", (("鼓楼区", "Gulou", "320106"), ("玄武区", "Xuanwu", "320102"),
                                      ("江宁区", "Jiangning", "320115"))),
    ("苏州", "Suzhou", "512", "215", (("姑苏区", "Gusu", "320508"), ("吴中区", "Wuzhong", "320506"))),
    ("天津", "Tianjin", "22", "300", (("和平区", "Heping", "120101"), ("南开区", "Nankai", "120104"))),
    ("重庆", "Chongqing", "23", "400", (("渝中区", "Yuzhong", "500103"), ("江北区", "Jiangbei", "500105"))),
    ("厦门", "Xiamen", "592", "361", (("思明区", "Siming", "350203"), ("湖里区", "Huli", "350206"))),
    ("青岛", "Qingdao", "532", "266", (("市南区", "Shinan", "370202"), ("崂山区", "Laoshan", "370212"))),
    ("宁波", "Ningbo", "574", "315", (("鄞州区", "Yinzhou", "330212"), ("海曙区", "Haishu", "330203"))),
    ("东莞", "Dongguan", "769", "523", (("南城街道", "Nancheng", "441900"), ("长安镇", "Chang'an", "441900"))),
    ("西安", "Xi'an", "29", "710", (("雁塔区", "Yanta", "610113"), ("碑林区", "Beilin", "610103"))),
)
_CN_CHARS = (
    ("华", "Hua"), ("信", "Xin"), ("恒", "Heng"), ("达", "Da"), ("金", "Jin"), ("龙", "Long"), ("瑞", "Rui"),
    ("丰", "Feng"), ("鑫", "Xin"), ("源", "Yuan"), ("宏", "Hong"), ("图", "Tu"), ("天", "Tian"), ("成", "Cheng"),
    ("科", "Ke"), ("百", "Bai"), ("川", "Chuan"), ("永", "Yong"), ("盛", "Sheng"), ("东", "Dong"), ("方", "Fang"),
    ("联", "Lian"), ("创", "Chuang"), ("新", "Xin"), ("宇", "Yu"), ("汇", "Hui"), ("通", "Tong"), ("正", "Zheng"),
    ("泰", "Tai"), ("美", "Mei"), ("凯", "Kai"), ("德", "De"), ("润", "Run"), ("博", "Bo"), ("远", "Yuan"),
    ("海", "Hai"), ("纳", "Na"), ("晨", "Chen"), ("光", "Guang"), ("星", "Xing"), ("嘉", "Jia"), ("禾", "He"),
    ("航", "Hang"), ("锦", "Jin"), ("程", "Cheng"), ("和", "He"), ("发", "Fa"), ("世", "Shi"), ("安", "An"),
    ("优", "You"), ("同", "Tong"), ("众", "Zhong"), ("诚", "Cheng"), ("佳", "Jia"), ("康", "Kang"), ("云", "Yun"),
    ("帆", "Fan"), ("鼎", "Ding"), ("明", "Ming"), ("阳", "Yang"), ("中", "Zhong"), ("亿", "Yi"),
)
_CN_SECTORS = (
    ("科技", "Keji", "Technology"), ("贸易", "Maoyi", "Trading"), ("电子", "Dianzi", "Electronics"),
    ("机械", "Jixie", "Machinery"), ("信息技术", "Xinxi Jishu", "Information Technology"),
    ("生物医药", "Shengwu Yiyao", "Biopharmaceutical"), ("物流", "Wuliu", "Logistics"), ("建材", "Jiancai", "Building Materials"),
    ("食品", "Shipin", "Food"), ("纺织", "Fangzhi", "Textile"), ("化工", "Huagong", "Chemical"),
    ("环保科技", "Huanbao Keji", "Environmental Technology"), ("进出口", "Jinchukou", "Import & Export"),
    ("网络科技", "Wangluo Keji", "Network Technology"), ("精密机械", "Jingmi Jixie", "Precision Machinery"),
    ("实业", "Shiye", "Industrial"), ("汽车配件", "Qiche Peijian", "Auto Parts"), ("包装", "Baozhuang", "Packaging"),
)
_CN_FORMS = ("有限公司", "有限公司", "有限公司", "有限责任公司", "股份有限公司", "集团有限公司")
_CN_FORMS_EN = {"有限公司": "Co., Ltd.", "有限责任公司": "Co., Ltd.", "股份有限公司": "Co., Ltd.",
                "集团有限公司": "Group Co., Ltd."}
_CN_ROADS = (
    ("中关村", "Zhongguancun"), ("建国", "Jianguo"), ("人民", "Renmin"), ("解放", "Jiefang"), ("中山", "Zhongshan"),
    ("科技园", "Kejiyuan"), ("长江", "Changjiang"), ("黄河", "Huanghe"), ("东风", "Dongfeng"), ("和平", "Heping"),
    ("文化", "Wenhua"), ("新华", "Xinhua"), ("创业", "Chuangye"), ("学院", "Xueyuan"), ("工业", "Gongye"),
    ("滨河", "Binhe"), ("花园", "Huayuan"), ("光明", "Guangming"), ("建设", "Jianshe"), ("迎宾", "Yingbin"),
    ("高新", "Gaoxin"), ("金融", "Jinrong"), ("世纪", "Shiji"), ("南京", "Nanjing"), ("天府", "Tianfu"),
)
_CN_ROAD_KINDS = (("路", "Lu", "Road"), ("路", "Lu", "Road"), ("大街", "Dajie", "Street"), ("大道", "Dadao", "Avenue"),
                  ("街", "Jie", "Street"), ("东路", "Donglu", "East Road"), ("西路", "Xilu", "West Road"))
_CN_BUILDINGS = (("大厦", "Building"), ("广场", "Plaza"), ("中心", "Center"), ("科技园", "Science Park"), ("商务楼", "Business Building"))


class _China:
    code = "CN"

    def new(self, rnd: random.Random) -> Company:
        c = Company("CN")
        self._name(rnd, c)
        self._place(rnd, c, rnd.choice(_CN_CITIES))
        c.romanised = rnd.random() < 0.22
        c.tax_id = _uscc(rnd, c.loc[1][2])
        self._contact(rnd, c)
        return c

    def _name(self, rnd, c, trade=None, sector=None, branch=""):
        if trade is None:
            a, b = rnd.sample(_CN_CHARS, 2)
            trade = (a[0] + b[0], a[1] + b[1].lower())
        c.name = {"trade": trade, "sector": sector or rnd.choice(_CN_SECTORS), "form": rnd.choice(_CN_FORMS),
                  "branch": branch}

    def _place(self, rnd, c, city, street=None):
        c.loc = (city, rnd.choice(city[4]))
        c.street = street or (rnd.choice(_CN_ROADS), rnd.choice(_CN_ROAD_KINDS), rnd.randrange(1, 999),
                              (rnd.choice(_CN_CHARS)[0] + rnd.choice(_CN_CHARS)[0], rnd.choice(_CN_BUILDINGS))
                              if rnd.random() < 0.6 else None)
        c.unit = f"{rnd.randrange(2, 33)}{rnd.randrange(1, 20):02d}" if c.street[3] else ""
        c.postcode = city[3] + f"{rnd.randrange(0, 100):02d}" + "0"
        c.phone = (city[2], _subscriber(rnd, "CN", city[2], 8))

    def _contact(self, rnd, c, domain=None):
        if rnd.random() < 0.35:
            c.mobile = ("", f"1{rnd.choice('3578')}{rnd.randrange(10**9):09d}")
        t = c.name["trade"][1].lower()
        if domain:
            c.domain = domain
        elif rnd.random() < 0.4:
            c.domain = rnd.choice(_GENERIC_MAIL["CN"])
        else:
            c.domain = (t + rnd.choice(("", "-tech", "group", "kj", "gs"))) + rnd.choice(_TLD["CN"])
        c.emails = _mailboxes(rnd, c, t)

    def relative(self, rnd, base: Company, kind: str) -> Company:
        c = Company("CN")
        if kind == "namesake":
            self._name(rnd, c, base.name["trade"], base.name["sector"])
            self._place(rnd, c, rnd.choice([x for x in _CN_CITIES if x is not base.loc[0]]))
            self._contact(rnd, c)
        elif kind == "branch":
            self._name(rnd, c, base.name["trade"], base.name["sector"], branch=base.loc[0])
            c.name["form"] = base.name["form"]
            self._place(rnd, c, rnd.choice([x for x in _CN_CITIES if x is not base.loc[0]]))
            self._contact(rnd, c, domain=base.domain)
        else:  # sister company or neighbour in the same building
            if kind == "sister":
                self._name(rnd, c, base.name["trade"], rnd.choice([s for s in _CN_SECTORS if s is not base.name["sector"]]))
            else:
                self._name(rnd, c)
            self._place(rnd, c, base.loc[0], street=base.street)
            c.loc = base.loc
            c.postcode = base.postcode
            c.phone = (base.phone[0], _next_line(rnd, base.phone[1], 3)) if kind == "sister" else c.phone
            self._contact(rnd, c, domain=base.domain if kind == "sister" and base.domain not in _GENERIC_MAIL["CN"] else None)
        _own_boxes(c, base, c.loc[0][1] + c.name["sector"][1])
        c.romanised = base.romanised and rnd.random() < 0.5
        c.tax_id = _uscc(rnd, c.loc[1][2])
        return c

    def render(self, rnd: random.Random, c: Company, style: str) -> list[str]:
        city, district = c.loc
        home = c.name["branch"] or city  # a branch is named after its head office's city
        trade, sector, form = c.name["trade"], c.name["sector"], c.name["form"]
        roman = c.romanised and style in ("crm", "web") and rnd.random() < 0.7
        if roman:
            en_form = _CN_FORMS_EN[form]
            r = rnd.random()
            core = f"{trade[1]} {sector[2]}"
            if r < 0.6:
                name = f"{home[1]} {core} {en_form}"
            elif r < 0.85:
                name = f"{core} ({home[1]}) {en_form}"
            else:
                name = f"{core} {en_form}"
            if c.name["branch"]:
                name += f" {city[1]} Branch"
            if style == "web" or rnd.random() < 0.2:
                name = name.upper().replace(".,", "").replace(".", "") if rnd.random() < 0.5 else name
            if rnd.random() < 0.1:
                name = _typo(rnd, name)
        else:
            core = trade[0] + sector[0]
            branch = f"{city[0]}分公司" if c.name["branch"] else ""
            r = rnd.random()
            if r < 0.55:
                name = home[0] + ("市" if rnd.random() < 0.15 else "") + core + form + branch
            elif r < 0.85:
                br = ("（", "）") if rnd.random() < 0.5 else ("(", ")")
                name = core + br[0] + home[0] + br[1] + form + branch
            else:
                name = core + form + branch
            if form == "有限公司" and rnd.random() < 0.12:
                name = name.replace("有限公司", "有限责任公司", 1)
            elif form == "有限责任公司" and rnd.random() < 0.3:
                name = name.replace("有限责任公司", "有限公司", 1)
            if rnd.random() < 0.07:
                start = name.find(trade[0])
                name = name[:start] + _typo_han(rnd, name[start:], 2)
        road, kind, number, building = c.street
        number_text = str(number)
        if roman:
            parts = [f"No. {number} {road[1]} {kind[2]}" if rnd.random() < 0.6 else f"{number} {road[1]} {kind[1]}"]
            if building:
                bpy = "".join(dict((x[0], x[1]) for x in _CN_CHARS)[ch] for ch in building[0])
                parts.insert(0, f"Room {c.unit}, {bpy.capitalize()} {building[1][1]}" if c.unit else f"{bpy.capitalize()} {building[1][1]}")
            parts.append(f"{district[1]} District" if "区" in district[0] else district[1])
            address = ", ".join(parts)
            city_text = rnd.choice((city[1], city[1], city[1].upper(), city[1] + " City"))
        else:
            if rnd.random() < 0.15:
                number_text = _fullwidth(number_text)
            hao = "號" if rnd.random() < 0.08 else "号"
            address = road[0] + kind[0] + (number_text + hao if rnd.random() > 0.04 else "")
            if building:
                room = (c.unit + "室") if c.unit and rnd.random() < 0.85 else ""
                if room and rnd.random() < 0.2:
                    room = c.unit[:-2] + "楼" + c.unit[-2:]
                address += building[0] + building[1][0] + room
            prefix = district[0] if rnd.random() < 0.8 else ""
            if rnd.random() < 0.3:
                prefix = city[0] + "市" + prefix
            address = prefix + address
            city_text = rnd.choice((city[0], city[0] + "市", city[0], city[1]))
        phone_src = c.mobile if c.mobile and not roman and rnd.random() < 0.25 else c.phone
        if phone_src[0]:
            phone = _phone(rnd, "CN", phone_src[0], phone_src[1], (4, 4) if len(phone_src[1]) == 8 else (3, 4))
        else:
            digits = phone_src[1]
            phone = rnd.choice((digits, f"+86 {digits[:3]} {digits[3:7]} {digits[7:]}", f"{digits[:3]}-{digits[3:7]}-{digits[7:]}", f"+86{digits}"))
        tax = c.tax_id
        if not roman and rnd.random() < 0.05:
            tax = _fullwidth(tax)
        return [name, address, city_text, c.postcode, phone, tax, roman]


def _mailboxes(rnd: random.Random, c: Company, base: str) -> list[str]:
    if c.domain in _GENERIC_MAIL[c.country]:
        if c.domain in ("qq.com",):
            return [f"{rnd.randrange(10**7, 10**10)}@qq.com"]
        if rnd.random() < 0.5:
            return [f"{rnd.choice(_PEOPLE)}{rnd.choice(('.', '_', ''))}{rnd.choice(_PEOPLE_LAST)}{rnd.randrange(100)}@{c.domain}"]
        return [f"{base}{rnd.choice(('', '.', '_'))}{rnd.randrange(1, 10000)}@{c.domain}"]
    roles = rnd.sample(_MAIL_ROLES[c.country], 2)
    out = [f"{roles[0]}@{c.domain}"]
    if rnd.random() < 0.45:
        out.append(f"{rnd.choice(_PEOPLE)}.{rnd.choice(_PEOPLE_LAST)}@{c.domain}" if rnd.random() < 0.6 else f"{roles[1]}@{c.domain}")
    return out


def _next_line(rnd: random.Random, number: str, width: int) -> str:
    """Another extension of the same switchboard: the last ``width`` digits differ."""
    ending = (int(number[-width:]) + rnd.randrange(1, 10**width)) % 10**width
    return number[:-width] + f"{ending:0{width}d}"


def _own_boxes(c: Company, base: Company, city: str) -> None:
    """A relative that shares the family's domain gets mailboxes of its own."""
    c.emails = [e for e in c.emails if e not in base.emails] or [f"{_slug(city)}@{c.domain}"]


# ====================================================================== Japan

_JP_PLACES = (
    # prefecture, romaji, city, romaji, postcode prefix, area code, local digits, towns
    ("東京都", "Tokyo", "千代田区", "Chiyoda-ku", "100", "3", 8, (("丸の内", "Marunouchi"), ("神田", "Kanda"), ("大手町", "Otemachi"))),
    ("東京都", "Tokyo", "港区", "Minato-ku", "105", "3", 8, (("芝", "Shiba"), ("赤坂", "Akasaka"), ("六本木", "Roppongi"))),
    ("東京都", "Tokyo", "中央区", "Chuo-ku", "103", "3", 8, (("日本橋", "Nihonbashi"), ("銀座", "Ginza"), ("八丁堀", "Hatchobori"))),
    ("東京都", "Tokyo", "新宿区", "Shinjuku-ku", "160", "3", 8, (("西新宿", "Nishi-Shinjuku"), ("四谷", "Yotsuya"))),
    ("東京都", "Tokyo", "品川区", "Shinagawa-ku", "141", "3", 8, (("大崎", "Osaki"), ("東五反田", "Higashi-Gotanda"))),
    ("大阪府", "Osaka", "大阪市北区", "Kita-ku, Osaka", "530", "6", 8, (("梅田", "Umeda"), ("中之島", "Nakanoshima"))),
    ("大阪府", "Osaka", "大阪市中央区", "Chuo-ku, Osaka", "541", "6", 8, (("本町", "Honmachi"), ("北浜", "Kitahama"))),
    ("愛知県", "Aichi", "名古屋市中区", "Naka-ku, Nagoya", "460", "52", 7, (("栄", "Sakae"), ("錦", "Nishiki"))),
    ("神奈川県", "Kanagawa", "横浜市西区", "Nishi-ku, Yokohama", "220", "45", 7, (("みなとみらい", "Minatomirai"), ("高島", "Takashima"))),
    ("神奈川県", "Kanagawa", "川崎市川崎区", "Kawasaki-ku, Kawasaki", "210", "44", 7, (("駅前本町", "Ekimae-honcho"), ("砂子", "Isago"))),
    ("福岡県", "Fukuoka", "福岡市博多区", "Hakata-ku, Fukuoka", "812", "92", 7, (("博多駅前", "Hakata-ekimae"), ("祇園町", "Gion-machi"))),
    ("北海道", "Hokkaido", "札幌市中央区", "Chuo-ku, Sapporo", "060", "11", 7, (("北一条西", "Kita-ichijo-nishi"), ("大通西", "Odori-nishi"))),
    ("京都府", "Kyoto", "京都市下京区", "Shimogyo-ku, Kyoto", "600", "75", 7, (("東塩小路町", "Higashishiokoji-cho"), ("四条通", "Shijo-dori"))),
    ("兵庫県", "Hyogo", "神戸市中央区", "Chuo-ku, Kobe", "650", "78", 7, (("三宮町", "Sannomiya-cho"), ("港島", "Minatojima"))),
    ("静岡県", "Shizuoka", "浜松市中区", "Naka-ku, Hamamatsu", "430", "53", 7, (("砂山町", "Sunayama-cho"), ("板屋町", "Itaya-machi"))),
    ("宮城県", "Miyagi", "仙台市青葉区", "Aoba-ku, Sendai", "980", "22", 7, (("一番町", "Ichiban-cho"), ("本町", "Honcho"))),
    ("広島県", "Hiroshima", "広島市中区", "Naka-ku, Hiroshima", "730", "82", 7, (("紙屋町", "Kamiya-cho"), ("八丁堀", "Hatchobori"))),
)
_JP_STEMS = (
    ("山田", "Yamada"), ("東洋", "Toyo"), ("大和", "Yamato"), ("日本", "Nihon"), ("中央", "Chuo"), ("三和", "Sanwa"),
    ("北陸", "Hokuriku"), ("富士", "Fuji"), ("関西", "Kansai"), ("高橋", "Takahashi"), ("青葉", "Aoba"), ("丸山", "Maruyama"),
    ("新栄", "Shinei"), ("太平", "Taihei"), ("昭和", "Showa"), ("大阪", "Osaka"), ("東海", "Tokai"), ("九州", "Kyushu"),
    ("明治", "Meiji"), ("光陽", "Koyo"), ("朝日", "Asahi"), ("協和", "Kyowa"), ("松本", "Matsumoto"), ("小林", "Kobayashi"),
    ("鈴木", "Suzuki"), ("佐藤", "Sato"), ("田中", "Tanaka"), ("中村", "Nakamura"), ("伊藤", "Ito"), ("渡辺", "Watanabe"),
    ("平和", "Heiwa"), ("旭", "Asahi"), ("千代田", "Chiyoda"), ("北斗", "Hokuto"), ("大成", "Taisei"), ("日進", "Nisshin"),
    ("三光", "Sanko"), ("共栄", "Kyoei"), ("第一", "Daiichi"), ("菱和", "Ryowa"), ("東邦", "Toho"), ("西日本", "Nishi-Nihon"),
    ("小川", "Ogawa"), ("石井", "Ishii"), ("森", "Mori"), ("池田", "Ikeda"), ("橋本", "Hashimoto"), ("山本", "Yamamoto"),
    ("加藤", "Kato"), ("吉田", "Yoshida"), ("山口", "Yamaguchi"), ("松田", "Matsuda"), ("井上", "Inoue"), ("木村", "Kimura"),
    ("林", "Hayashi"), ("清水", "Shimizu"), ("山崎", "Yamazaki"), ("阿部", "Abe"), ("森田", "Morita"), ("岡田", "Okada"),
    ("藤田", "Fujita"), ("後藤", "Goto"), ("近藤", "Kondo"), ("村上", "Murakami"), ("遠藤", "Endo"), ("青木", "Aoki"),
    ("坂本", "Sakamoto"), ("斎藤", "Saito"), ("福田", "Fukuda"), ("太田", "Ota"), ("西村", "Nishimura"), ("藤井", "Fujii"),
    ("岡本", "Okamoto"), ("金子", "Kaneko"), ("中島", "Nakajima"), ("石川", "Ishikawa"), ("前田", "Maeda"), ("小野", "Ono"),
    ("長谷川", "Hasegawa"), ("村田", "Murata"), ("北海", "Hokkai"), ("瀬戸", "Seto"), ("信越", "Shinetsu"), ("常盤", "Tokiwa"),
    ("白山", "Hakusan"), ("若葉", "Wakaba"),
)
_JP_MIDDLES = (("", ""), ("", ""), ("", ""), ("精密", "Seimitsu"), ("電子", "Denshi"), ("化成", "Kasei"),
               ("金属", "Kinzoku"), ("機械", "Kikai"), ("産業", "Sangyo"), ("技術", "Gijutsu"), ("製紙", "Seishi"),
               ("鉄工", "Tekko"), ("電設", "Densetsu"), ("光学", "Kogaku"), ("樹脂", "Jushi"), ("計器", "Keiki"),
               ("硝子", "Garasu"), ("繊維", "Seni"), ("設備", "Setsubi"), ("電装", "Denso"), ("塗装", "Toso"))
_JP_BUSINESSES = (
    ("製作所", "Seisakusho"), ("精機", "Seiki"), ("電機", "Denki"), ("商事", "Shoji"), ("工業", "Kogyo"), ("物産", "Bussan"),
    ("化学", "Kagaku"), ("建設", "Kensetsu"), ("運輸", "Unyu"), ("食品", "Shokuhin"), ("印刷", "Insatsu"), ("技研", "Giken"),
    ("商会", "Shokai"), ("興産", "Kosan"), ("製薬", "Seiyaku"), ("工務店", "Komuten"), ("倉庫", "Soko"), ("通商", "Tsusho"),
)
_JP_BRANDS = (("サクラ", "Sakura"), ("ミドリ", "Midori"), ("アサヒ", "Asahi"), ("ヒカリ", "Hikari"), ("ミライ", "Mirai"),
              ("アオイ", "Aoi"), ("ツバサ", "Tsubasa"), ("ホクト", "Hokuto"), ("ダイヤ", "Daiya"), ("エース", "Ace"),
              ("スター", "Star"), ("グリーン", "Green"), ("ユニオン", "Union"), ("ネクスト", "Next"), ("オリオン", "Orion"),
              ("アルファ", "Alpha"), ("ベスト", "Best"), ("コスモ", "Cosmo"), ("ニッポン", "Nippon"), ("ヤマト", "Yamato"),
              ("フジ", "Fuji"), ("テクノ", "Techno"), ("エコ", "Eco"), ("ライフ", "Life"), ("ワールド", "World"),
              ("ハーモニー", "Harmony"), ("サンライズ", "Sunrise"), ("ブルー", "Blue"), ("クリエイト", "Create"), ("トップ", "Top"))
_JP_BRAND_TAILS = (("テック", "Tech"), ("システムズ", "Systems"), ("ソリューションズ", "Solutions"), ("エンジニアリング", "Engineering"),
                   ("ワークス", "Works"), ("ラボ", "Lab"), ("トレーディング", "Trading"), ("フーズ", "Foods"),
                   ("サービス", "Service"), ("ネットワークス", "Networks"), ("デザイン", "Design"), ("メディカル", "Medical"),
                   ("ロジスティクス", "Logistics"), ("プランニング", "Planning"))
_JP_FORMS = ("株式会社", "株式会社", "株式会社", "有限会社", "合同会社")
_JP_BUILDING = (("ビル", "Bldg."), ("ビルディング", "Building"), ("タワー", "Tower"), ("センタービル", "Center Bldg."))
_KANJI_DIGITS = "〇一二三四五六七八九"


class _Japan:
    code = "JP"

    def new(self, rnd: random.Random) -> Company:
        c = Company("JP")
        self._name(rnd, c)
        self._place(rnd, c, rnd.choice(_JP_PLACES))
        c.romanised = rnd.random() < 0.25
        c.tax_id = _jp_corporate_number(rnd)
        self._contact(rnd, c)
        return c

    def _name(self, rnd, c, stem=None, business=None, branch=""):
        if stem is None:
            if rnd.random() < 0.2:
                stem = ("brand", rnd.choice(_JP_BRANDS), ("", ""))
                business = business or rnd.choice(_JP_BRAND_TAILS)
            else:
                stem = ("kanji", rnd.choice(_JP_STEMS), rnd.choice(_JP_MIDDLES))
        if business is None:
            business = rnd.choice(_JP_BRAND_TAILS if stem[0] == "brand" else _JP_BUSINESSES)
        c.name = {"stem": stem, "business": business, "form": rnd.choice(_JP_FORMS), "branch": branch,
                  "before": rnd.random() < 0.5}

    def _place(self, rnd, c, place, street=None):
        c.loc = place
        c.street = street or (rnd.choice(place[7]), rnd.randrange(1, 9), rnd.randrange(1, 30), rnd.randrange(1, 25),
                              (rnd.choice(_JP_STEMS), rnd.choice(_JP_BUILDING)) if rnd.random() < 0.55 else None)
        c.unit = str(rnd.randrange(1, 15)) if c.street[4] else ""
        c.postcode = place[4] + f"{rnd.randrange(10000):04d}"
        c.phone = (place[5], _subscriber(rnd, "JP", place[5], place[6]))

    def _contact(self, rnd, c, domain=None):
        if rnd.random() < 0.2:
            c.mobile = (rnd.choice(("90", "80", "70")), f"{rnd.randrange(10**8):08d}")
        base = _slug(c.name["stem"][1][1] + c.name["business"][1])
        if domain:
            c.domain = domain
        elif rnd.random() < 0.2:
            c.domain = rnd.choice(_GENERIC_MAIL["JP"])
        else:
            c.domain = _slug(c.name["stem"][1][1]) + rnd.choice(("", "-" + c.name["business"][1][:2].lower(), "-net")) + rnd.choice(_TLD["JP"])
        c.emails = _mailboxes(rnd, c, base)

    def relative(self, rnd, base: Company, kind: str) -> Company:
        c = Company("JP")
        if kind == "namesake":
            self._name(rnd, c, base.name["stem"], base.name["business"])
            self._place(rnd, c, rnd.choice([p for p in _JP_PLACES if p[0] != base.loc[0]]))
            self._contact(rnd, c)
        elif kind == "branch":
            self._name(rnd, c, base.name["stem"], base.name["business"], branch="branch")
            c.name["form"], c.name["before"] = base.name["form"], base.name["before"]
            self._place(rnd, c, rnd.choice([p for p in _JP_PLACES if p[0] != base.loc[0]]))
            self._contact(rnd, c, domain=base.domain if base.domain not in _GENERIC_MAIL["JP"] else None)
        else:
            if kind == "sister":
                self._name(rnd, c, base.name["stem"])
            else:
                self._name(rnd, c)
            self._place(rnd, c, base.loc, street=base.street)
            c.postcode = base.postcode
            if kind == "sister":
                c.phone = (base.phone[0], _next_line(rnd, base.phone[1], 2))
            self._contact(rnd, c, domain=base.domain if kind == "sister" and base.domain not in _GENERIC_MAIL["JP"] else None)
        _own_boxes(c, base, c.loc[3].split(", ")[-1] + c.name["business"][1])
        c.romanised = base.romanised and rnd.random() < 0.5
        c.tax_id = _jp_corporate_number(rnd) if kind != "branch" else ""
        return c

    def render(self, rnd: random.Random, c: Company, style: str) -> list[str]:
        place = c.loc
        kind, stem, middle = c.name["stem"]
        business, form = c.name["business"], c.name["form"]
        roman = c.romanised and style in ("crm", "web") and rnd.random() < 0.7
        town, chome, ban, go, building = c.street
        if roman:
            core = " ".join(p for p in (stem[1], middle[1], business[1]) if p)
            r = rnd.random()
            if form == "株式会社":
                name = (f"{core} Co., Ltd." if r < 0.55 else f"{core} Corporation" if r < 0.7 else
                        f"Kabushiki Kaisha {core}" if r < 0.8 else f"{core} K.K.")
            elif form == "有限会社":
                name = f"{core} Co., Ltd." if r < 0.6 else f"Yugen Kaisha {core}"
            else:
                name = f"{core} LLC" if r < 0.7 else f"{core} G.K."
            if c.name["branch"]:
                name += f" {'Tokyo' if place[0] == '東京都' else place[3].split(', ')[-1]} Branch"
            if style == "web" and rnd.random() < 0.4:
                name = name.upper()
            if rnd.random() < 0.1:
                name = _typo(rnd, name)
            addr = f"{chome}-{ban}-{go} {town[1]}, {place[3]}"
            if building:
                addr = f"{building[0][1]} {building[1][1]} {c.unit}F, " + addr if c.unit else f"{building[0][1]} {building[1][1]}, " + addr
            city = rnd.choice((place[1], place[1], place[3].split(", ")[-1], place[1].upper()))
            postcode = f"{c.postcode[:3]}-{c.postcode[3:]}"
        else:
            core = stem[0] + middle[0] + business[0]
            short = {"株式会社": "(株)", "有限会社": "(有)", "合同会社": "(同)"}[form]
            r = rnd.random()
            if r < 0.12:
                legal = {"(株)": "㈱", "(有)": "㈲", "(同)": "(同)"}[short]
            elif r < 0.3:
                legal = short if rnd.random() < 0.6 else _fullwidth(short)
            else:
                legal = form
            before = c.name["before"] if rnd.random() < 0.9 else not c.name["before"]
            name = legal + core if before else core + legal
            if c.name["branch"]:
                name += (" " if rnd.random() < 0.4 else "") + ("東京" if place[0] == "東京都" else place[2].split("市")[0]) + "支店"
            if style == "erp" and kind == "brand" and rnd.random() < 0.35:
                name = name.translate(_HALFWIDTH_KATAKANA)
            elif rnd.random() < 0.05 and len(core) > 3:
                i = rnd.randrange(1, len(core))
                name = name.replace(core, core[:i] + core[i + 1:], 1)
            r = rnd.random()
            if r < 0.45:
                block = f"{chome}-{ban}-{go}"
            elif r < 0.75:
                block = f"{chome}丁目{ban}番{go}号"
            elif r < 0.85:
                block = f"{_KANJI_DIGITS[chome]}丁目{ban}-{go}"
            else:
                block = f"{chome}-{ban}"  # the building number dropped
            if rnd.random() < 0.3:
                block = _fullwidth_digits(block).replace("－", rnd.choice(("－", "ー", "－")))
            addr = town[0] + block
            if building and rnd.random() < 0.85:
                floor = (f" {c.unit}F" if rnd.random() < 0.6 else f"{c.unit}階") if c.unit and rnd.random() < 0.8 else ""
                addr += (" " if rnd.random() < 0.5 else "") + building[0][0] + building[1][0] + floor
            r = rnd.random()
            if r < 0.35:
                addr = place[0] + place[2] + addr
            elif r < 0.6:
                addr = place[2] + addr
            city = rnd.choice((place[0], place[2], place[2], place[0] + place[2] if place[0] != "東京都" else place[2]))
            r = rnd.random()
            postcode = (f"{c.postcode[:3]}-{c.postcode[3:]}" if r < 0.6 else c.postcode if r < 0.8 else
                        f"〒{c.postcode[:3]}-{c.postcode[3:]}" if r < 0.9 else _fullwidth_digits(f"{c.postcode[:3]}-{c.postcode[3:]}"))
        src = c.mobile if c.mobile and not roman and rnd.random() < 0.25 else c.phone
        local = src[1]
        groups = (4, 4) if len(local) == 8 and src[0] in ("3", "6", "90", "80", "70") else (3, 4)
        phone = _phone(rnd, "JP", src[0], local, groups)
        if not roman and rnd.random() < 0.12:
            phone = _fullwidth(phone)
        tax = c.tax_id
        if tax and rnd.random() < 0.1:
            tax = "T" + tax  # the qualified-invoice registration number: T and the corporate number
        return [name, addr, city, postcode, phone, tax, roman]


# ====================================================================== Latin-script countries


def _weighted(spec: tuple) -> tuple:
    """('GmbH', 6), ... spelt out as a tuple to draw from uniformly."""
    return tuple(v for v, w in spec for _ in range(w))


_COMMON_NAMES = ("Golden Dragon Trading", "ABC Trading", "Premier Services", "Global Solutions", "Star Catering",
                 "Sunrise Trading", "Best Cleaning", "City Motors", "Pacific Imports", "Royal Garden")


class _Latin:
    """What the countries written in Latin script share; each subclass brings its vocabulary."""

    code = ""
    families: tuple = ()
    firsts: tuple = ()
    sectors: tuple = ()
    places: tuple = ()
    forms: tuple = ()  # (key, weight)
    form_spellings: dict = {}
    cities: tuple = ()
    street_names: tuple = ()
    street_types: tuple = ()  # (full, abbreviations...)
    units: tuple = ()
    common: tuple = _COMMON_NAMES
    mobile_area: tuple = ("",)

    def __init__(self):
        self._forms = _weighted(self.forms)

    # ---------------------------------------------------------------- entity
    def new(self, rnd: random.Random) -> Company:
        c = Company(self.code)
        c.name = self._name(rnd)
        self._place(rnd, c, rnd.choice(self.cities))
        self._contact(rnd, c)
        c.tax_id = self.tax(rnd) if rnd.random() < 0.85 else ""
        return c

    def _name(self, rnd, core=None, form=None) -> dict:
        if core is None:
            core = rnd.choice(self.common) if rnd.random() < 0.015 else self._core(rnd)
        return {"core": core, "form": form or rnd.choice(self._forms), "branch": ""}

    def _core(self, rnd) -> str:
        r = rnd.random()
        if r < 0.2:
            return f"{rnd.choice(self.families)} {rnd.choice(self.sectors)}"
        if r < 0.4:
            return f"{rnd.choice(self.firsts)} {rnd.choice(self.families)} {rnd.choice(self.sectors)}"
        if r < 0.55:
            a, b = rnd.sample(self.families, 2)
            return f"{a} & {b}" if rnd.random() < 0.3 else f"{a} & {b} {rnd.choice(self.sectors)}"
        if r < 0.62:
            return f"{rnd.choice(self.families)} & {self.sons}"
        place = rnd.choice(self.places)
        if rnd.random() < 0.6:
            place = f"{rnd.choice(self.place_prefixes)} {place}"
        return f"{place} {rnd.choice(self.sectors)}"

    generic_words = frozenset({"&", "Groupe", "Établissements", "et", "Fils", "Sons", "Söhne"})
    place_prefixes = ("North", "South", "East", "West", "Central", "Royal", "New", "Metro", "United", "First",
                      "Premier", "Allied", "Elite", "Prime", "Coastal", "Valley", "Greater", "Advanced")

    def _place(self, rnd, c, city, street=None):
        c.loc = city
        c.street = street or (rnd.choice(self.street_names), rnd.choice(self.street_types), self._number(rnd))
        c.unit = rnd.choice(self.units).format(n=rnd.randrange(1, 12), l="ABCDEF"[rnd.randrange(6)]) if rnd.random() < 0.2 else ""
        c.postcode = self.postcode(rnd, city)
        area, digits = city[2], city[3]
        c.phone = (area, _subscriber(rnd, self.code, area, digits))
        if rnd.random() < 0.04:
            c.old_street = (rnd.choice(self.street_names), rnd.choice(self.street_types), self._number(rnd))

    def _number(self, rnd) -> str:
        n = str(rnd.randrange(1, 180))
        r = rnd.random()
        return n + "a" if r < 0.06 else f"{n}-{int(n) + 2}" if r < 0.09 else n

    def _contact(self, rnd, c, domain=None):
        if rnd.random() < 0.25:
            c.mobile = self.mobile(rnd)
        words = [w for w in c.name["core"].replace("&", " ").split() if len(w) > 1]
        base = _slug(words[0]) if words else "firma"
        if domain:
            c.domain = domain
        elif rnd.random() < 0.22:
            c.domain = rnd.choice(_GENERIC_MAIL[self.code])
        else:
            joined = "-".join(_slug(w) for w in words[:2]) if rnd.random() < 0.5 else "".join(_slug(w) for w in words[:2])
            c.domain = (joined or base) + rnd.choice(_TLD[self.code])
        c.emails = _mailboxes(rnd, c, base)

    def relative(self, rnd, base: Company, kind: str) -> Company:
        c = Company(self.code)
        if kind == "namesake":
            c.name = self._name(rnd, base.name["core"], base.name["form"])
            self._place(rnd, c, rnd.choice([x for x in self.cities if x is not base.loc]))
            self._contact(rnd, c)
        elif kind == "branch":
            c.name = self._name(rnd, base.name["core"], base.name["form"])
            city = rnd.choice([x for x in self.cities if x is not base.loc])
            c.name["branch"] = self.branch_word.format(city=city[0][0])
            self._place(rnd, c, city)
            self._contact(rnd, c, domain=base.domain if base.domain not in _GENERIC_MAIL[self.code] else None)
        else:
            if kind == "sister":
                words = [w for w in base.name["core"].split() if w not in self.generic_words and w not in self.sectors]
                first = words[0] if words else base.name["core"].split()[0]
                c.name = self._name(rnd, f"{first} {rnd.choice(self.sectors)}")
            else:
                c.name = self._name(rnd)
            self._place(rnd, c, base.loc, street=base.street)
            c.postcode = base.postcode
            c.unit = rnd.choice(self.units).format(n=rnd.randrange(12, 40), l="GHJKLM"[rnd.randrange(6)])
            if kind == "sister":
                c.phone = (base.phone[0], _next_line(rnd, base.phone[1], 2))
            self._contact(rnd, c, domain=base.domain if kind == "sister" and base.domain not in _GENERIC_MAIL[self.code] else None)
        _own_boxes(c, base, c.loc[0][0] + c.name["core"].split()[-1])
        c.tax_id = self.tax(rnd) if kind != "branch" and rnd.random() < 0.85 else ""
        return c

    # ---------------------------------------------------------------- record
    def render(self, rnd: random.Random, c: Company, style: str) -> list[str]:
        spellings = self.form_spellings[c.name["form"]]
        r = rnd.random()
        form = spellings[0] if r < 0.55 else rnd.choice(spellings)
        if style == "web" and rnd.random() < 0.12:
            form = ""
        name = self.join_name(rnd, c.name["core"], form, c.name["branch"])
        street = c.old_street if c.old_street and rnd.random() < 0.5 else c.street
        address = self.address(rnd, street, c.unit, style)
        city = rnd.choice(c.loc[0]) if rnd.random() < 0.35 else c.loc[0][0]
        postcode = self.postcode_text(rnd, c.postcode, c.loc)
        typo_p = 0.12 if style == "web" else 0.05
        if rnd.random() < typo_p:
            name = _typo(rnd, name)
        if rnd.random() < typo_p:
            address = _typo(rnd, address)
        if rnd.random() < 0.02:
            city = _typo(rnd, city)
        if style == "erp" and rnd.random() < 0.7:
            fold = self.fold(rnd)
            name, address, city = fold(name).upper(), fold(address).upper(), fold(city).upper()
        elif style == "web" and rnd.random() < 0.12:
            name = name.lower()
        src = c.mobile if c.mobile and rnd.random() < 0.25 else c.phone
        groups = self.mobile_groups if src is c.mobile else c.loc[4]
        phone = _phone(rnd, self.code, src[0], src[1], groups)
        return [name, address, city, postcode, phone, self.tax_text(rnd, c.tax_id) if c.tax_id else "", False]

    branch_word = "Branch {city}"
    sons = "Sons"
    mobile_groups = (3, 4)

    def join_name(self, rnd, core: str, form: str, branch: str) -> str:
        return " ".join(p for p in (core, form, branch) if p)

    def fold(self, rnd):
        return _strip_accents

    def postcode_text(self, rnd, code: str, city) -> str:
        return code


class _Germany(_Latin):
    code = "DE"
    families = ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
                "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Braun", "Zimmermann", "Krüger",
                "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Maier", "Huber", "Kaiser", "Fuchs",
                "Peters", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Vogel", "Günther", "Keller", "Berger", "Roth",
                "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Schäfer", "Bauer", "Graf", "Seidel")
    firsts = ("Hans", "Peter", "Klaus", "Jürgen", "Thomas", "Michael", "Stefan", "Andreas", "Frank", "Uwe", "Karl",
              "Heinz", "Wolfgang", "Bernd", "Martin", "Sabine", "Petra")
    sectors = ("Maschinenbau", "Logistik", "Metallbau", "Elektrotechnik", "Bau", "Holzbau", "Haustechnik", "Software",
               "Kunststofftechnik", "Feinmechanik", "Spedition", "Druckerei", "Autohaus", "Sanitär", "Dachdeckerei",
               "Werkzeugbau", "Antriebstechnik", "Verpackung", "Gebäudereinigung", "Stahlhandel", "Messtechnik",
               "Medizintechnik", "Landtechnik", "Umwelttechnik", "Immobilien", "Elektro", "Transporte")
    places = tuple(a + b for a in ("Nord", "Süd", "Rhein", "Elb", "Alpen", "Tech", "Inno", "Sonnen", "Wald", "Berg", "Stahl",
                                   "Euro", "Medi", "Isar", "Main", "Weser", "Hansa", "Ost", "West", "Pro")
                   for b in ("tec", "tronic", "werk", "plan", "form", "data", "log", "sys", "trans", "metall", "bau"))
    forms = (("GmbH", 60), ("GmbH & Co. KG", 15), ("AG", 7), ("KG", 5), ("e.K.", 5), ("UG", 5), ("OHG", 3))
    form_spellings = {
        "GmbH": ("GmbH", "GmbH", "Gmbh", "G.m.b.H.", "GMBH", "Gesellschaft mit beschränkter Haftung", "mbH"),
        "GmbH & Co. KG": ("GmbH & Co. KG", "GmbH & Co KG", "GmbH u. Co. KG", "GmbH&Co.KG", "GmbH + Co. KG"),
        "AG": ("AG", "AG", "Aktiengesellschaft"),
        "KG": ("KG", "Kommanditgesellschaft"),
        "e.K.": ("e.K.", "e. K.", "eK", "e.Kfm."),
        "UG": ("UG (haftungsbeschränkt)", "UG", "UG (haftungsbeschraenkt)", "UG (hb)"),
        "OHG": ("OHG", "oHG", "offene Handelsgesellschaft"),
    }
    cities = (
        # spellings, postcode prefixes, area code, local digits, groups
        (("Berlin", "BERLIN"), ("10", "12", "13"), "30", 8, (8,)), (("Hamburg", "HAMBURG"), ("20", "21", "22"), "40", 8, (8,)),
        (("München", "Muenchen", "Munich", "Munchen"), ("80", "81"), "89", 8, (8,)),
        (("Köln", "Koeln", "Cologne", "Koln"), ("50", "51"), "221", 7, (7,)),
        (("Frankfurt am Main", "Frankfurt", "Frankfurt a.M.", "Frankfurt/Main"), ("60",), "69", 8, (8,)),
        (("Stuttgart",), ("70",), "711", 7, (7,)), (("Düsseldorf", "Duesseldorf", "Dusseldorf"), ("40",), "211", 7, (7,)),
        (("Leipzig",), ("04",), "341", 7, (7,)), (("Dortmund",), ("44",), "231", 7, (7,)), (("Essen",), ("45",), "201", 7, (7,)),
        (("Bremen",), ("28",), "421", 7, (7,)), (("Dresden",), ("01",), "351", 7, (7,)),
        (("Hannover", "Hanover"), ("30",), "511", 7, (7,)), (("Nürnberg", "Nuernberg", "Nuremberg"), ("90",), "911", 7, (7,)),
        (("Mannheim",), ("68",), "621", 7, (7,)), (("Augsburg",), ("86",), "821", 6, (6,)),
        (("Karlsruhe",), ("76",), "721", 6, (6,)), (("Bielefeld",), ("33",), "521", 6, (6,)),
        (("Freiburg im Breisgau", "Freiburg", "Freiburg i. Br."), ("79",), "761", 6, (6,)),
        (("Münster", "Muenster"), ("48",), "251", 6, (6,)),
    )
    street_names = ("Haupt", "Bahnhof", "Industrie", "Garten", "Schiller", "Goethe", "Friedrich", "Kirch", "Linden",
                    "Wald", "Berg", "Mühlen", "Rosen", "Bismarck", "Dorf", "Schul", "Post", "Wiesen", "Eichen", "Kant",
                    "Mozart", "Gewerbe", "Hafen", "Markt", "Carl-Benz-", "Max-Planck-", "Robert-Bosch-", "Otto-Hahn-",
                    "Konrad-Adenauer-", "Gottlieb-Daimler-", "Siemens", "Ahorn", "Birken", "Feld", "Sieben", "Brunnen",
                    "Berliner ", "Frankfurter ", "Hamburger ", "Münchner ", "Alte ", "Neue ")
    street_types = (("straße", "str.", "strasse", "Str."), ("straße", "str.", "strasse", "Str."), ("straße", "str.", "strasse"),
                    ("weg",), ("allee",), ("ring",), ("platz", "pl."), ("damm",))
    units = ("Haus {l}", "Gebäude {n}", "{n}. OG", "Halle {n}", "Aufgang {l}")
    branch_word = "Niederlassung {city}"
    sons = "Söhne"
    common = ("Müller", "Schmidt", "Meyer", "Weber", "Schneider", "Fischer", "Becker", "Hoffmann", "Bauer", "Wagner")
    place_prefixes = ("Neue", "Vereinigte", "Deutsche", "Erste", "Süddeutsche", "Norddeutsche", "Rheinische", "Westfälische")
    mobile_groups = (4, 4)

    def mobile(self, rnd):
        return (rnd.choice(("151", "160", "170", "171", "176", "152")), f"{rnd.randrange(10**7, 10**8)}")

    def tax(self, rnd):
        return _de_vat(rnd)

    def postcode(self, rnd, city):
        return rnd.choice(city[1]) + f"{rnd.randrange(1000):03d}"

    def postcode_text(self, rnd, code, city):
        return "D-" + code if rnd.random() < 0.04 else code

    def tax_text(self, rnd, tax):
        r = rnd.random()
        return tax if r < 0.7 else f"DE {tax[2:]}" if r < 0.85 else f"DE {tax[2:5]} {tax[5:8]} {tax[8:]}" if r < 0.95 else tax.lower()

    def fold(self, rnd):
        return (lambda s: _strip_accents(s.translate(_FOLD_GERMAN))) if rnd.random() < 0.6 else _strip_accents

    def address(self, rnd, street, unit, style):
        stem, kind, number = street
        separate = stem.endswith(" ")
        if kind[0] == "straße" and style != "einv":
            r = rnd.random()
            spelt = kind[0] if r < 0.5 else rnd.choice(kind[1:])
        else:
            spelt = kind[0] if rnd.random() < 0.8 else rnd.choice(kind)
        if separate:
            spelt = spelt[0].upper() + spelt[1:]
        elif stem.endswith("-"):
            spelt = spelt[0].upper() + spelt[1:]
        text = stem + spelt
        if rnd.random() > 0.04:
            text += " " + (number if rnd.random() < 0.9 else number.replace("a", " a").replace("-", " - "))
        if unit and rnd.random() < 0.8:
            text = f"{text}, {unit}" if rnd.random() < 0.7 else f"{unit}, {text}"
        return text


class _France(_Latin):
    code = "FR"
    families = ("Dupont", "Martin", "Bernard", "Durand", "Lefebvre", "Moreau", "Laurent", "Simon", "Michel", "Garcia",
                "Roux", "Fournier", "Girard", "Bonnet", "Mercier", "Blanc", "Guérin", "Faure", "André", "Chevalier",
                "Lambert", "Rousseau", "Fontaine", "Morel", "Gauthier", "Perrin", "Robin", "Masson", "Clément",
                "Lemaire", "Picard", "Renaud", "Barbier", "Brunet", "Leroy", "Noël", "Meunier", "Lucas")
    firsts = ("Jean", "Pierre", "Michel", "Philippe", "Alain", "Nicolas", "Christophe", "Sophie", "Isabelle", "Luc")
    sectors = ("Transports", "Bâtiment", "Menuiserie", "Électricité", "Informatique", "Conseil", "Distribution",
               "Industries", "Emballages", "Mécanique", "Plomberie", "Travaux Publics", "Imprimerie", "Logistique",
               "Services", "Automobiles", "Matériaux", "Chaudronnerie", "Nettoyage", "Immobilier")
    places = ("Alpes", "Atlantique", "Provence", "Normandie", "Bretagne", "Aquitaine", "Loire", "Lorraine", "Alsace",
              "Méditerranée", "Auvergne", "Rhône", "Val de Seine", "Océan", "Languedoc", "Vendée", "Artois", "Jura",
              "Savoie", "Picardie", "Charente", "Dauphiné", "Ardennes", "Vosges")
    forms = (("SAS", 45), ("SARL", 30), ("SA", 10), ("EURL", 8), ("SASU", 7))
    form_spellings = {
        "SAS": ("SAS", "S.A.S.", "S.A.S", "Sas", "Société par actions simplifiée"),
        "SARL": ("SARL", "S.A.R.L.", "Sarl", "SARL.", "Société à responsabilité limitée"),
        "SA": ("SA", "S.A.", "Société anonyme"),
        "EURL": ("EURL", "E.U.R.L.", "Eurl"),
        "SASU": ("SASU", "S.A.S.U.", "Sasu"),
    }
    cities = (
        (("Paris", "PARIS"), "75", "1", 8, (2, 2, 2, 2)), (("Lyon", "LYON"), "69", "4", 8, (2, 2, 2, 2)),
        (("Marseille",), "13", "4", 8, (2, 2, 2, 2)), (("Toulouse",), "31", "5", 8, (2, 2, 2, 2)),
        (("Nantes",), "44", "2", 8, (2, 2, 2, 2)), (("Bordeaux",), "33", "5", 8, (2, 2, 2, 2)),
        (("Lille",), "59", "3", 8, (2, 2, 2, 2)), (("Strasbourg",), "67", "3", 8, (2, 2, 2, 2)),
        (("Rennes",), "35", "2", 8, (2, 2, 2, 2)), (("Nice",), "06", "4", 8, (2, 2, 2, 2)),
        (("Grenoble",), "38", "4", 8, (2, 2, 2, 2)), (("Montpellier",), "34", "4", 8, (2, 2, 2, 2)),
        (("Saint-Étienne", "Saint-Etienne", "St Etienne", "St-Étienne"), "42", "4", 8, (2, 2, 2, 2)),
        (("Clermont-Ferrand", "Clermont Ferrand"), "63", "4", 8, (2, 2, 2, 2)), (("Le Havre",), "76", "2", 8, (2, 2, 2, 2)),
        (("Reims",), "51", "3", 8, (2, 2, 2, 2)), (("Dijon",), "21", "3", 8, (2, 2, 2, 2)),
    )
    street_names = ("de la République", "Victor Hugo", "Jean Jaurès", "de la Gare", "du Général de Gaulle", "Pasteur",
                    "des Lilas", "de Paris", "Gambetta", "Voltaire", "de la Paix", "du Moulin", "des Écoles", "Émile Zola",
                    "Saint-Michel", "de Verdun", "Foch", "Carnot", "de l'Église", "des Acacias", "de la Liberté",
                    "des Tilleuls", "Jean Moulin", "de Lattre de Tassigny", "du Port", "de la Mairie", "des Champs")
    street_types = (("rue", "r."), ("rue", "r."), ("rue", "r."), ("avenue", "av.", "ave", "av"), ("boulevard", "bd", "boul.", "bld"),
                    ("place", "pl."), ("chemin", "ch.", "chem."), ("allée", "all."), ("impasse", "imp."), ("route", "rte"), ("quai",))
    units = ("Bâtiment {l}", "Bât. {l}", "{n}e étage", "ZA des Pins", "ZI Nord")
    branch_word = "Agence de {city}"
    sons = "Fils"
    common = ("Garage du Centre", "Boulangerie de la Gare", "Pharmacie Centrale", "Transports Martin", "Bernard Bâtiment",
              "Dupont Services", "Taxi de la Gare", "Auto École Moderne")
    place_prefixes = ("Grand", "Haute", "Basse", "Nouvelle", "Sud", "Nord", "Ouest", "Est", "Centre", "Val de")

    def _core(self, rnd) -> str:
        r = rnd.random()
        if r < 0.2:
            return f"{rnd.choice(self.sectors)} {rnd.choice(self.families)}"
        if r < 0.3:
            return f"{rnd.choice(self.families)} et Fils"
        if r < 0.38:
            return f"Établissements {rnd.choice(self.families)}"
        if r < 0.43:
            return f"Groupe {rnd.choice(self.families)}"
        if r < 0.58:
            a, b = rnd.sample(self.families, 2)
            return f"{a} {b} {rnd.choice(self.sectors)}"
        if r < 0.7:
            return f"{rnd.choice(self.sectors)} {rnd.choice(self.firsts)} {rnd.choice(self.families)}"
        place = rnd.choice(self.places)
        if rnd.random() < 0.5:
            place = f"{rnd.choice(self.place_prefixes)} {place}"
        return f"{place} {rnd.choice(self.sectors)}"

    def mobile(self, rnd):
        return (rnd.choice("67"), f"{rnd.randrange(10**8):08d}")

    mobile_groups = (2, 2, 2, 2)

    def tax(self, rnd):
        return _fr_vat(rnd)

    def postcode(self, rnd, city):
        dept = city[1]
        if dept in ("75",):
            return f"750{rnd.randrange(1, 21):02d}"
        if dept in ("69", "13"):
            return f"{dept}0{rnd.randrange(0, 10):02d}"
        return f"{dept}{rnd.choice(('000', '000', '100', '200', '300'))}"

    def postcode_text(self, rnd, code, city):
        return f"{code[:2]} {code[2:]}" if rnd.random() < 0.03 else code

    def tax_text(self, rnd, tax):
        r = rnd.random()
        return tax if r < 0.7 else f"FR {tax[2:4]} {tax[4:]}" if r < 0.85 else f"FR{tax[2:4]} {tax[4:7]} {tax[7:10]} {tax[10:]}"

    def join_name(self, rnd, core, form, branch):
        core = core.replace("Établissements", rnd.choice(("Établissements", "Ets", "Ets.", "Etablissements")))
        if form and rnd.random() < 0.2 and len(form) < 9:
            return " ".join(p for p in (form, core, branch) if p)
        return " ".join(p for p in (core, form, branch) if p)

    def address(self, rnd, street, unit, style):
        name, kind, number = street
        spelt = kind[0] if rnd.random() < 0.65 else rnd.choice(kind)
        number = number.replace("a", " bis") if rnd.random() < 0.5 else number.replace("a", "bis")
        if rnd.random() < 0.04:
            text = f"{spelt} {name}"
        else:
            text = f"{number}{',' if rnd.random() < 0.3 else ''} {spelt} {name}"
        if unit and rnd.random() < 0.8:
            text = f"{unit}, {text}" if rnd.random() < 0.6 else f"{text} {unit}"
        return text


class _Britain(_Latin):
    code = "GB"
    families = ("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
                "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Baker",
                "Harris", "Cooper", "King", "Lee", "Turner", "Hill", "Moore", "Ward", "Carter", "Patel", "Khan",
                "Hughes", "Edwards", "Shaw", "Bennett", "Mitchell", "Marshall", "Fletcher", "Hunt")
    firsts = ("John", "David", "Paul", "Mark", "James", "Andrew", "Richard", "Gary", "Ian", "Sarah", "Helen", "Raj")
    sectors = ("Engineering", "Logistics", "Consulting", "Plumbing", "Electrical", "Construction", "Joinery",
               "Removals", "Catering", "Print", "Software", "Solutions", "Services", "Supplies", "Haulage", "Motors",
               "Fabrications", "Landscapes", "Interiors", "Roofing", "Accountancy", "Recruitment", "Packaging")
    places = ("Thames Valley", "Northern", "Pennine", "Riverside", "Oakwood", "Highland", "Meridian", "Cotswold",
              "Westgate", "Kingsway", "Summit", "Pioneer", "Evergreen", "Phoenix", "Crown", "Anchor", "Beacon",
              "Sterling", "Apex", "Horizon", "Mercia", "Wessex", "Albion", "Severn", "Trent", "Clyde", "Tyne")
    forms = (("Ltd", 75), ("PLC", 6), ("LLP", 7), ("", 12))
    form_spellings = {"Ltd": ("Ltd", "Limited", "Ltd.", "LTD", "Ltd"), "PLC": ("PLC", "plc", "Public Limited Company"),
                      "LLP": ("LLP", "L.L.P."), "": ("",)}
    cities = (
        (("London", "LONDON", "London, UK"), ("EC1", "EC2", "EC4", "WC1", "WC2", "E1", "E14", "N1", "N7", "SE1", "SE10",
                                               "SW1", "SW11", "W1", "W4", "NW1", "NW10"), "20", 8, (4, 4)),
        (("Manchester",), ("M",), "161", 7, (3, 4)), (("Birmingham",), ("B",), "121", 7, (3, 4)),
        (("Leeds",), ("LS",), "113", 7, (3, 4)), (("Glasgow",), ("G",), "141", 7, (3, 4)),
        (("Edinburgh",), ("EH",), "131", 7, (3, 4)), (("Bristol",), ("BS",), "117", 7, (3, 4)),
        (("Liverpool",), ("L",), "151", 7, (3, 4)), (("Sheffield",), ("S",), "114", 7, (3, 4)),
        (("Cardiff", "Caerdydd"), ("CF",), "29", 8, (4, 4)),
        (("Newcastle upon Tyne", "Newcastle", "Newcastle-upon-Tyne"), ("NE",), "191", 7, (3, 4)),
        (("Nottingham",), ("NG",), "115", 7, (3, 4)), (("Leicester",), ("LE",), "116", 7, (3, 4)),
        (("Reading",), ("RG",), "118", 7, (3, 4)), (("Coventry",), ("CV",), "24", 8, (4, 4)),
    )
    street_names = ("High", "Station", "Church", "Mill", "Victoria", "King", "Queen", "London", "Park", "Manor", "Green",
                    "Bridge", "Chapel", "Albert", "Castle", "York", "Market", "North", "South", "Oxford", "Canal",
                    "Windsor", "Grange", "Springfield", "Alexandra", "Richmond", "Stanley", "George", "New", "Kings")
    street_types = (("Street", "St", "St."), ("Street", "St", "St."), ("Road", "Rd", "Rd."), ("Road", "Rd", "Rd."),
                    ("Lane", "Ln"), ("Avenue", "Ave", "Av."), ("Way",), ("Close", "Cl"), ("Drive", "Dr"),
                    ("Court", "Ct"), ("Place", "Pl"), ("Crescent", "Cres"))
    units = ("Unit {n}", "Suite {n}", "Floor {n}", "Unit {n}{l}", "{n} Riverside Business Park", "Unit {n}, Trade Park")
    branch_word = "({city} branch)"

    def mobile(self, rnd):
        return ("7" + f"{rnd.randrange(100, 1000)}", f"{rnd.randrange(10**6):06d}")

    mobile_groups = (6,)

    def tax(self, rnd):
        return _gb_vat(rnd)

    def postcode(self, rnd, city):
        areas = city[1]
        district = rnd.choice(areas) if len(areas) > 1 else areas[0] + str(rnd.randrange(1, 30))
        return f"{district} {rnd.randrange(1, 10)}{rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}{rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"

    def postcode_text(self, rnd, code, city):
        r = rnd.random()
        return code if r < 0.85 else code.replace(" ", "") if r < 0.95 else code.lower()

    def tax_text(self, rnd, tax):
        r = rnd.random()
        return tax if r < 0.65 else f"GB {tax[2:5]} {tax[5:9]} {tax[9:]}" if r < 0.9 else f"GB{tax[2:5]} {tax[5:9]} {tax[9:]}"

    def address(self, rnd, street, unit, style):
        name, kind, number = street
        spelt = kind[0] if rnd.random() < 0.6 else rnd.choice(kind)
        text = f"{name} {spelt}" if rnd.random() < 0.04 else f"{number.replace('-', '–') if rnd.random() < 0.1 else number}{',' if rnd.random() < 0.1 else ''} {name} {spelt}"
        if unit and rnd.random() < 0.8:
            text = f"{unit}, {text}" if rnd.random() < 0.7 else f"{text}, {unit}"
        return text


class _Ireland(_Britain):
    code = "IE"
    families = ("Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor", "O'Neill", "Doyle",
                "McCarthy", "Gallagher", "Doherty", "Kennedy", "Lynch", "Murray", "Quinn", "McLoughlin", "Carroll",
                "Brennan", "Burke", "Collins", "Daly", "Dunne", "Farrell", "Healy")
    firsts = ("Sean", "Patrick", "Michael", "Declan", "Niamh", "Ciara", "Conor", "Eoin", "Aoife", "Brian")
    places = ("Atlantic", "Shannon", "Liffey", "Emerald", "Celtic", "Wicklow", "Kerry", "Corrib", "Boyne", "Slaney",
              "Burren", "Connacht", "Munster", "Leinster", "Ulster", "Mourne", "Suir", "Barrow")
    forms = (("Ltd", 60), ("DAC", 12), ("PLC", 4), ("", 24))
    form_spellings = {"Ltd": ("Limited", "Ltd", "Ltd.", "Teoranta", "Teo."), "DAC": ("DAC", "Designated Activity Company"),
                      "PLC": ("PLC", "plc"), "": ("",)}
    cities = (
        (("Dublin", "Baile Átha Cliath", "DUBLIN"), ("D01", "D02", "D04", "D08", "D12", "D15", "D24"), "1", 7, (3, 4)),
        (("Cork", "Corcaigh"), ("T12", "T23"), "21", 7, (3, 4)), (("Galway", "Gaillimh"), ("H91",), "91", 6, (3, 3)),
        (("Limerick",), ("V94",), "61", 6, (3, 3)), (("Waterford",), ("X91",), "51", 6, (3, 3)),
    )

    def mobile(self, rnd):
        return (rnd.choice(("83", "85", "86", "87")), f"{rnd.randrange(10**7):07d}")

    mobile_groups = (3, 4)

    def tax(self, rnd):
        return _ie_vat(rnd)

    def postcode(self, rnd, city):
        return rnd.choice(city[1]) + " " + "".join(rnd.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))

    def postcode_text(self, rnd, code, city):
        r = rnd.random()
        return "" if r < 0.3 else code if r < 0.85 else code.replace(" ", "")

    def tax_text(self, rnd, tax):
        return tax if rnd.random() < 0.85 else f"IE {tax[2:]}"


class _Australia(_Britain):
    code = "AU"
    places = ("Southern Cross", "Harbour", "Outback", "Coastal", "Pacific", "Bayside", "Eureka", "Wattle", "Kookaburra",
              "Red Centre", "Coral Sea", "Blue Mountains", "Murray River", "Sunshine Coast", "Great Southern")
    forms = (("Pty Ltd", 85), ("Ltd", 8), ("", 7))
    form_spellings = {"Pty Ltd": ("Pty Ltd", "Pty. Ltd.", "PTY LTD", "Proprietary Limited", "Pty Limited"),
                      "Ltd": ("Ltd", "Limited"), "": ("",)}
    cities = (
        (("Sydney", "SYDNEY"), ("NSW", 2000), "2", 8, (4, 4)), (("Melbourne",), ("VIC", 3000), "3", 8, (4, 4)),
        (("Brisbane",), ("QLD", 4000), "7", 8, (4, 4)), (("Perth",), ("WA", 6000), "8", 8, (4, 4)),
        (("Adelaide",), ("SA", 5000), "8", 8, (4, 4)), (("Canberra",), ("ACT", 2600), "2", 8, (4, 4)),
    )

    def mobile(self, rnd):
        return ("4" + f"{rnd.randrange(10, 100)}", f"{rnd.randrange(10**6):06d}")

    mobile_groups = (3, 3)

    def tax(self, rnd):
        return _au_abn(rnd)

    def postcode(self, rnd, city):
        return str(city[1][1] + rnd.randrange(0, 100))

    def postcode_text(self, rnd, code, city):
        return f"{city[1][0]} {code}" if rnd.random() < 0.15 else code

    def tax_text(self, rnd, tax):
        return f"{tax[:2]} {tax[2:5]} {tax[5:8]} {tax[8:]}" if rnd.random() < 0.6 else tax


class _UnitedStates(_Latin):
    code = "US"
    families = ("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Garcia", "Rodriguez", "Wilson",
                "Martinez", "Anderson", "Taylor", "Thomas", "Hernandez", "Moore", "Martin", "Jackson", "Thompson",
                "White", "Lopez", "Lee", "Gonzalez", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young",
                "Allen", "Wright", "Scott", "Nguyen", "Hill", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Kim")
    firsts = ("Bob", "Mike", "Jim", "Tom", "Dave", "Steve", "Mary", "Linda", "Carlos", "Tony")
    sectors = ("Logistics", "Dental Supply", "Construction", "Tool & Die", "Consulting", "Industries", "Foods",
               "Systems", "Manufacturing", "Solutions", "Distributors", "Electric", "Plumbing", "Realty", "Trucking",
               "Marketing", "Holdings", "Technologies", "Auto Parts", "Landscaping", "Medical Supply", "Printing")
    places = ("Summit", "Pioneer", "Blue Ridge", "Evergreen", "Lakeside", "Golden Gate", "Liberty", "Eagle", "Pacific",
              "Atlantic", "Midwest", "Lone Star", "Great Lakes", "Keystone", "Frontier", "Cascade", "Redwood",
              "Silver State", "Bay Area", "Coastal", "Patriot", "Heartland", "Prairie", "Sierra", "Ozark", "Gulf Coast")
    forms = (("Inc", 40), ("LLC", 35), ("Corp", 15), ("Co", 5), ("", 5))
    form_spellings = {"Inc": ("Inc.", "Inc", "INC", "Incorporated", ", Inc."), "LLC": ("LLC", "L.L.C.", "Llc", ", LLC"),
                      "Corp": ("Corp.", "Corp", "Corporation"), "Co": ("Co.", "Company"), "": ("",)}
    cities = (
        (("New York", "NEW YORK", "New York, NY", "New York City", "NYC"), ("NY", "100"), "212", 7, (3, 4)),
        (("Los Angeles", "Los Angeles, CA", "LA"), ("CA", "900"), "213", 7, (3, 4)),
        (("Chicago", "Chicago, IL", "CHICAGO"), ("IL", "606"), "312", 7, (3, 4)),
        (("Houston", "Houston, TX"), ("TX", "770"), "713", 7, (3, 4)), (("Phoenix", "Phoenix, AZ"), ("AZ", "850"), "602", 7, (3, 4)),
        (("Philadelphia", "Philadelphia, PA", "Phila."), ("PA", "191"), "215", 7, (3, 4)),
        (("San Antonio", "San Antonio, TX"), ("TX", "782"), "210", 7, (3, 4)),
        (("San Diego", "San Diego, CA"), ("CA", "921"), "619", 7, (3, 4)), (("Dallas", "Dallas, TX"), ("TX", "752"), "214", 7, (3, 4)),
        (("San Jose", "San José", "San Jose, CA"), ("CA", "951"), "408", 7, (3, 4)),
        (("Austin", "Austin, TX"), ("TX", "787"), "512", 7, (3, 4)), (("Seattle", "Seattle, WA"), ("WA", "981"), "206", 7, (3, 4)),
        (("Boston", "Boston, MA"), ("MA", "021"), "617", 7, (3, 4)), (("Denver", "Denver, CO"), ("CO", "802"), "303", 7, (3, 4)),
        (("Atlanta", "Atlanta, GA"), ("GA", "303"), "404", 7, (3, 4)), (("Portland", "Portland, OR"), ("OR", "972"), "503", 7, (3, 4)),
        (("Columbus", "Columbus, OH"), ("OH", "432"), "614", 7, (3, 4)), (("Miami", "Miami, FL"), ("FL", "331"), "305", 7, (3, 4)),
    )
    street_names = ("Main", "Oak", "Maple", "Washington", "Lake", "Hill", "Park", "Pine", "Cedar", "Elm", "Lincoln",
                    "Jackson", "Franklin", "Madison", "Sunset", "Highland", "Market", "Broad", "Spring", "River",
                    "Commerce", "Industrial", "Jefferson", "Walnut", "Chestnut", "Center", "Mill", "Church")
    street_types = (("Street", "St", "St."), ("Street", "St", "St."), ("Avenue", "Ave", "Ave."), ("Boulevard", "Blvd", "Blvd."),
                    ("Road", "Rd", "Rd."), ("Drive", "Dr", "Dr."), ("Lane", "Ln"), ("Parkway", "Pkwy"), ("Way",), ("Court", "Ct"))
    units = ("Suite {n}00", "Suite {n}", "Floor {n}", "Unit {n}{l}", "Bldg {l}")
    branch_word = "- {city}"

    def _number(self, rnd):
        n = str(rnd.randrange(1, 9999))
        r = rnd.random()
        return n if r < 0.8 else f"{n} {rnd.choice(('N', 'S', 'E', 'W'))}"

    def mobile(self, rnd):
        return (str(rnd.randrange(201, 990)), f"{rnd.randrange(2, 10)}{rnd.randrange(10**6):06d}")

    def tax(self, rnd):
        return _us_ein(rnd)

    def postcode(self, rnd, city):
        return f"{city[1][1]}{rnd.randrange(1, 100):02d}-{rnd.randrange(10000):04d}"

    def postcode_text(self, rnd, code, city):
        return code if rnd.random() < 0.15 else code[:5]

    def tax_text(self, rnd, tax):
        return tax if rnd.random() < 0.75 else tax.replace("-", "")

    def join_name(self, rnd, core, form, branch):
        text = core + (form if form.startswith(",") else " " + form if form else "")
        return f"{text} {branch}" if branch else text

    def address(self, rnd, street, unit, style):
        name, kind, number = street
        direction = ""
        if " " in number:
            number, d = number.split(" ")
            direction = d if rnd.random() < 0.6 else {"N": "North", "S": "South", "E": "East", "W": "West"}[d]
        spelt = kind[0] if rnd.random() < 0.45 else rnd.choice(kind)
        text = " ".join(p for p in (number if rnd.random() > 0.03 else "", direction, name, spelt) if p)
        if unit and rnd.random() < 0.85:
            u = unit
            if u.startswith("Suite") and rnd.random() < 0.5:
                u = rnd.choice(("Ste ", "Ste. ", "#")) + u.split()[1]
            text = f"{text}, {u}" if rnd.random() < 0.5 else f"{text} {u}" if rnd.random() < 0.6 else f"{u}, {text}"
        return text


# ====================================================================== records

_COUNTRIES = {c.code: c for c in (_China(), _Japan(), _Germany(), _France(), _Britain(), _UnitedStates(), _Ireland(), _Australia())}
_COUNTRY_DRAW = _weighted((("CN", 24), ("JP", 15), ("DE", 18), ("FR", 11), ("GB", 12), ("US", 13), ("IE", 3), ("AU", 4)))
_SIZE_DRAW = _weighted(((1, 42), (2, 27), (3, 16), (4, 9), (5, 6)))
_STYLE_DRAW = _weighted((("erp", 35), ("crm", 30), ("web", 20), ("einv", 15)))
_RELATIVE_DRAW = _weighted((("namesake", 35), ("branch", 20), ("sister", 25), ("neighbour", 20)))
# Chance that a record of each source system shows a value its company has.
_EMAIL_SHOWN = {"erp": 0.6, "crm": 0.85, "web": 0.9, "einv": 0.45}
_TAX_SHOWN = {"erp": 0.7, "crm": 0.5, "web": 0.25, "einv": 0.97}


def _record(rnd: random.Random, country, c: Company, has_email: bool) -> list[str]:
    style = rnd.choice(_STYLE_DRAW)
    name, address, city, postcode, phone, tax, roman = country.render(rnd, c, style)
    email = ""
    if has_email and rnd.random() < _EMAIL_SHOWN[style]:
        email = c.emails[0] if len(c.emails) == 1 or rnd.random() < 0.6 else rnd.choice(c.emails)
        r = rnd.random()
        if r < 0.06:
            email = email.upper()
        elif r < 0.09 and "@" in email:
            local, domain = email.split("@")
            email = f"{local[0].upper()}{local[1:]}@{domain}"
        elif r < 0.11:
            email = _typo(rnd, email)
    if rnd.random() >= _TAX_SHOWN[style]:
        tax = ""
    country_text = rnd.choice(_COUNTRY_FORMS[c.country]) if rnd.random() < 0.4 else c.country
    if style == "erp" and country_text[0].isascii():
        country_text = country_text.upper()
    if roman and country_text in ("中国", "日本"):
        country_text = c.country
    # Values a source system did not capture; phone and address return if too little is left.
    if rnd.random() < 0.1 and not roman:
        phone = ""
    if rnd.random() < 0.04:
        address = ""
    if rnd.random() < 0.03:
        city = ""
    if rnd.random() < (0.12 if style == "web" else 0.04):
        postcode = ""
    if rnd.random() < 0.03:
        country_text = ""
    if sum(1 for v in (address, phone, email, tax) if v) < 2 or not (city or postcode):
        phone = phone or country.render(rnd, c, style)[4]
        address = address or country.render(rnd, c, style)[1]
        postcode = postcode if city else postcode or c.postcode
    return [name, address, city, postcode, country_text, phone, email, tax]


_GENERIC_DOMAINS = frozenset(d for ds in _GENERIC_MAIL.values() for d in ds)


def _one_owner_per_mailbox(email: list[str], entity: np.ndarray, family: np.ndarray) -> list[str]:
    """E-mail addresses with no company's domain or free-mail box also used by an unrelated one.

    Chunks are made apart, so two namesakes in different chunks may both have picked
    ``info@golden-dragon.co.uk``. Here a company domain keeps its first family (relatives share
    domains on purpose) and later families get a numbered one, ``golden-dragon2.co.uk``; a
    free-mail box keeps its first company and later ones get a number after the local part.
    """
    mail = pd.DataFrame({"email": email, "entity": entity, "family": family})
    mail = mail[mail.email != ""]
    lower = mail.email.str.lower()
    parts = lower.str.rpartition("@")
    mail["local"], mail["domain"] = parts[0], parts[2]
    generic = mail.domain.isin(_GENERIC_DOMAINS)
    owner = np.where(generic, mail.entity, mail.family)
    mail["owner"] = owner
    mail["key"] = np.where(generic, lower, mail.domain)
    firsts = mail.groupby("key").owner.transform("min")
    moved = mail[mail.owner != firsts]
    if moved.empty:
        return email
    # A dense rank of the later owners within each key: 2, 3, ...
    later = moved.drop_duplicates(["key", "owner"]).sort_values(["key", "owner"])
    later["number"] = later.groupby("key").cumcount() + 2
    moved = moved.merge(later[["key", "owner", "number"]], on=["key", "owner"], how="left").set_index(moved.index)
    out = list(email)
    for i, row in zip(moved.index, moved.itertuples(index=False)):
        original = email[i]
        local, _, domain = original.rpartition("@")
        if row.domain in _GENERIC_DOMAINS:
            out[i] = f"{local}{row.number}@{domain}"
        else:
            name, dot, tld = domain.partition(".")
            out[i] = f"{local}@{name}{row.number}{dot}{tld}"
    return out


def _chunk(task: tuple[int, int, int]) -> tuple[list[int], list[int], list[tuple[str, ...]]]:
    """The records of one chunk: the entity number within the chunk of each record, the entity
    number of its family's first company, and the eight value columns (column-wise, as that is
    cheaper to send back from a worker)."""
    seed, index, n = task
    rnd = _Stream(seed, index)
    entity_of: list[int] = []
    family_of: list[int] = []
    rows: list[list[str]] = []
    entities = 0
    while len(rows) < n:
        country = _COUNTRIES[rnd.choice(_COUNTRY_DRAW)]
        family = [country.new(rnd)]
        first = entities
        r = rnd.random()
        for _ in range(2 if r < 0.04 else 1 if r < 0.18 else 0):
            relative = country.relative(rnd, family[0], rnd.choice(_RELATIVE_DRAW))
            taken = {e for company in family for e in company.emails}
            relative.emails = [e if e not in taken else e.replace("@", f"{len(family) + 1}@") for e in relative.emails]
            while any(relative.phone == company.phone for company in family):
                relative.phone = (relative.phone[0], _next_line(rnd, relative.phone[1], 2))
            family.append(relative)
        for company in family:
            has_email = rnd.random() < 0.86
            for _ in range(rnd.choice(_SIZE_DRAW)):
                if len(rows) == n:
                    break
                rows.append(_record(rnd, country, company, has_email))
                entity_of.append(entities)
                family_of.append(first)
            entities += 1
    return entity_of, family_of, list(zip(*rows)) if rows else [()] * 8


def generate(n_records: int, seed: int, workers: int | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``n_records`` records of companies and their truth, as ``(records, truth)`` DataFrames.

    ``records`` has :data:`COLUMNS`, ``truth`` has ``record_id`` and ``entity_id``; missing
    values are "". Rows are shuffled and ids are opaque, so neither order nor id tells the
    entity. ``workers`` (default: the CPUs, at most 2) changes the speed, not the output.
    """
    if n_records < 0:
        raise ValueError(f"n_records must be 0 or more, got {n_records}")
    tasks = [(seed, i, min(CHUNK_RECORDS, n_records - i * CHUNK_RECORDS))
             for i in range((n_records + CHUNK_RECORDS - 1) // CHUNK_RECORDS)]
    workers = workers or min(2, os.cpu_count() or 1)
    if workers > 1 and len(tasks) > 1:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            parts = pool.map(_chunk, tasks, chunksize=1)
    else:
        parts = [_chunk(t) for t in tasks]
    def numbered(k: int) -> np.ndarray:
        return np.concatenate([np.asarray(p[k], dtype=np.int64) for p in parts] or [np.zeros(0, np.int64)])

    offsets = np.cumsum([0] + [(p[0][-1] + 1) if p[0] else 0 for p in parts])
    chunk_of = np.repeat(np.arange(len(parts)), [len(p[0]) for p in parts])
    entity = numbered(0) + offsets[:-1][chunk_of]
    family = numbered(1) + offsets[:-1][chunk_of]
    n_entities = int(offsets[-1])

    rng = np.random.default_rng(np.random.SeedSequence([seed, 1_000_003]))
    order = rng.permutation(n_records)
    entity_number = rng.permutation(n_entities)
    width = max(7, len(str(n_records)))
    columns = [[v for p in parts for v in p[2][i]] for i in range(8)]
    del parts
    columns[6] = _one_owner_per_mailbox(columns[6], entity, family)
    records = pd.DataFrame({name: np.asarray(values, dtype=object)[order] if len(values) else np.zeros(0, object)
                            for name, values in zip(COLUMNS[1:], columns)})
    del columns
    record_ids = np.char.add("R", np.char.zfill(np.arange(1, n_records + 1).astype(str), width)).astype(object)
    records.insert(0, "record_id", record_ids)
    entity_ids = np.char.add("E", np.char.zfill(entity_number[entity[order]].astype(str), width)).astype(object)
    truth = pd.DataFrame({"record_id": record_ids, "entity_id": entity_ids})
    return records, truth


def write(out_dir: str | Path, n_records: int, seed: int, workers: int | None = None) -> tuple[Path, Path]:
    """Write ``records.csv`` and ``truth.csv`` of :func:`generate` to ``out_dir``; return their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    records, truth = generate(n_records, seed, workers)
    paths = out / "records.csv", out / "truth.csv"
    records.to_csv(paths[0], index=False, encoding="utf-8", lineterminator="\n")
    truth.to_csv(paths[1], index=False, encoding="utf-8", lineterminator="\n")
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, required=True, help="number of records to write")
    parser.add_argument("--seed", type=int, required=True, help="the same seed and size give the same files")
    parser.add_argument("--out", required=True, help="folder for records.csv and truth.csv")
    parser.add_argument("--workers", type=int, default=None, help="processes (speed only); default min(2, CPUs)")
    args = parser.parse_args(argv)
    records, truth = write(args.out, args.records, args.seed, args.workers)
    print(f"wrote {records} and {truth}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
