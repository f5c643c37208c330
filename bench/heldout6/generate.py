"""Held-out benchmark data for company-master-data matching (bench/heldout6).

Customer (company) master data as the source systems of one group hold it (CRM, ERP, SCM,
webshop, e-invoicing, call centre, acquired companies' legacy systems, trade-fair lead lists),
with the ground truth of which records describe the same real company. See README.md.

    .venv/bin/python bench/heldout6/generate.py --records N --seed S --out FOLDER [--workers W]

Deterministic: records are made in fixed chunks of 5,000, each with its own random stream from
(seed, chunk); the chunks are then put together and shuffled with a stream from the seed. The
worker count only decides which process makes which chunk.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import math
import os
import random
import re
import sys
import unicodedata
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import data as D  # type: ignore[no-redef]
else:
    from . import data as D

CHUNK = 5000
"""Records per chunk: each chunk has its own random stream."""
NAMESPACE = 6000
"""Entity numbers per chunk (a chunk holds at most CHUNK entities plus one unfinished scenario)."""
COLUMNS = ["record_id", "name", "address", "city", "postcode", "country", "phone", "email", "tax_id"]

# --------------------------------------------------------------------------- proportions
# records per entity: 1..10, skewed (mean about 2.7) for ordinary companies
K_MAIN = ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [42, 20, 12, 8, 6, 4.5, 3, 2, 1.5, 1])
# records per entity of the hard-negative crowd (shells, tenants, franchisees)
K_SMALL = ([1, 2, 3, 4, 5], [55, 25, 11, 6, 3])
# scenario drawn for each new draw (share of draws, not of entities; see README for entity shares)
SCENARIOS = [("standalone", 62), ("group", 9), ("namesakes", 5), ("generic", 6), ("franchise", 3),
             ("serviced_office", 5), ("agent_address", 5), ("shells", 2), ("sisters", 5)]
# source systems: weight, p(tax id), p(e-mail), p(phone), p(address), p(native script name),
# p(upper case), p(noise: typo/OCR), truncation length (0: none), p(old address if the company moved)
SOURCES = {
    "CRM": (22, .20, .70, .85, .90, .55, .05, .06, 0, .30),
    "ERP": (20, .65, .35, .80, .97, .60, .45, .04, 35, .20),
    "SCM": (12, .35, .55, .75, .95, .50, .25, .05, 40, .30),
    "WEB": (10, .12, .97, .55, .85, .35, .03, .12, 0, .05),
    "EINV": (8, .97, .65, .20, .90, .75, .10, .02, 0, .02),
    "CALL": (10, .04, .25, .97, .60, .55, .10, .12, 0, .40),
    "LEGACY": (10, .30, .20, .70, .92, .40, .75, .07, 30, .90),
    "FAIR": (8, .02, .80, .80, .45, .15, .10, .15, 0, .00),
}
SRC_NAMES = list(SOURCES)
SRC_CUM = []
_acc = 0
for _s in SRC_NAMES:
    _acc += SOURCES[_s][0]
    SRC_CUM.append(_acc)
P_NO_TAX_ID = 0.10      # companies without any tax id known to the group
P_NO_DOMAIN = 0.28      # companies without an own mail domain (free mail only)
P_MOVED = 0.12          # companies that moved: old systems keep the old address (and often phone)
P_SECOND_SITE = 0.15    # a plant or warehouse address in SCM/webshop records
P_TRADING_NAME = 0.08   # a trading name or an English brand used in some records
P_COUNTRY_MISSING = 0.07

COUNTRY_CODES = list(D.COUNTRIES)
COUNTRY_CUM = []
_acc = 0
for _c in COUNTRY_CODES:
    _acc += D.COUNTRIES[_c][0]
    COUNTRY_CUM.append(_acc)
CJK = {"CN", "TW", "HK", "JP", "KR"}
NATIVE = {"CN", "TW", "HK", "JP", "KR", "TH", "VN"}
LATIN = set(D.LANG) - {"HK"}


def wchoice(r: random.Random, items, weights):
    return r.choices(items, weights)[0]


# --------------------------------------------------------------------------- text noise
_FW = {i: i + 0xFEE0 for i in range(0x21, 0x7F)}
_FW[0x20] = 0x3000
KATA_FULL = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー"
KATA_HALF = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ"
_HALF = dict(zip(KATA_FULL, KATA_HALF))


def fullwidth(s: str) -> str:
    return s.translate(_FW)


def halfwidth_kana(s: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if ch == "\u3099":
            out.append("ﾞ")
        elif ch == "\u309a":
            out.append("ﾟ")
        else:
            out.append(_HALF.get(ch, ch))
    return "".join(out)


def ascii_fold(s: str, german: bool = False) -> str:
    if german:
        s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


_KEYS = "qwertyuiop asdfghjkl zxcvbnm"
_NEAR = {}
for _row in _KEYS.split():
    for _i, _ch in enumerate(_row):
        _NEAR[_ch] = _row[max(0, _i - 1):_i] + _row[_i + 1:_i + 2]
_OCR = [("O", "0"), ("0", "O"), ("I", "1"), ("l", "1"), ("1", "l"), ("S", "5"), ("5", "S"), ("B", "8"), ("8", "B"), ("rn", "m"),
        ("m", "rn"), ("cl", "d"), ("e", "c"), ("c", "e"), ("G", "6"), ("Z", "2"), ("u", "v"), ("h", "b"), ("é", "e"), ("i", "í"), ("n", "ri")]


def typo(r: random.Random, s: str) -> str:
    if len(s) < 4:
        return s
    i = r.randrange(1, len(s) - 1)
    ch = s[i]
    if ch in D.CN_HOMOPHONES and r.random() < 0.8:
        return s[:i] + r.choice(D.CN_HOMOPHONES[ch]) + s[i + 1:]
    k = r.random()
    if k < 0.3:
        return s[:i] + s[i + 1:]
    if k < 0.55:
        return s[:i - 1] + s[i] + s[i - 1] + s[i + 1:]
    if k < 0.7:
        return s[:i] + ch + s[i:]
    low = ch.lower()
    if low in _NEAR and _NEAR[low]:
        rep = r.choice(_NEAR[low])
        return s[:i] + (rep.upper() if ch.isupper() else rep) + s[i + 1:]
    return s[:i] + s[i + 1:]


def ocr(r: random.Random, s: str) -> str:
    for _ in range(3):
        a, b = _OCR[r.randrange(len(_OCR))]
        at = s.find(a, r.randrange(max(1, len(s))) // 2)
        if at >= 0:
            return s[:at] + b + s[at + len(a):]
    return s


# --------------------------------------------------------------------------- check digits
def luhn(digits: str) -> int:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = ord(c) - 48
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def luhn_ok(s: str) -> bool:
    return s.isdigit() and luhn(s[:-1]) == int(s[-1])


def mod11_10(digits: str) -> int:
    p = 10
    for c in digits:
        s = (int(c) + p) % 10
        s = s or 10
        p = 2 * s % 11
    return (11 - p) % 10


GB_W = (8, 7, 6, 5, 4, 3, 2)


def gb_ok(body: str) -> bool:
    if len(body) != 9 or not body.isdigit():
        return False
    rem = (sum(w * int(c) for w, c in zip(GB_W, body)) + int(body[7:9])) % 97
    return rem == 0 or (rem == 42 and int(body[:3]) >= 100)


def jp_check(d12: str) -> int:
    total = sum(int(c) * (1 if n % 2 == 1 else 2) for n, c in enumerate(reversed(d12), start=1))
    return 9 - total % 9


USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_W = (3, 7, 9, 10, 5, 8, 4, 2)


def uscc_check(code17: str) -> str:
    return USCC[(31 - sum(USCC.index(c) * w for c, w in zip(code17, USCC_W)) % 31) % 31]


def org_check(code8: str) -> str:
    v = 11 - sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(code8, ORG_W)) % 11
    return {10: "X", 11: "0"}.get(v, str(v))


def fr_key(siren: int) -> int:
    return (12 + 3 * (siren % 97)) % 97


EIN_PREFIXES = [*range(1, 7), *range(10, 17), *range(20, 28), *range(30, 49), *range(50, 69), *range(71, 78),
                *range(80, 89), *range(90, 96), 98, 99]
GST36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def gst_check(s14: str) -> str:
    total = 0
    for i, c in enumerate(s14):
        p = GST36.index(c) * (2 if i % 2 else 1)
        total += p // 36 + p % 36
    return GST36[(36 - total % 36) % 36]


def abn_ok(s: str) -> bool:
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    w = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)
    ds = [int(c) for c in s]
    ds[0] -= 1
    return sum(a * b for a, b in zip(w, ds)) % 89 == 0


SG_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXY"


def sg_letter(d9: str) -> str:
    return SG_LETTERS[sum((i + 1) * int(c) for i, c in enumerate(d9)) % 23]


# id space per country: size M of the number x that makes the id; x = (A*K + B) mod M is a
# bijection of the entity number K, so no two companies share an id.
ID_SPACE = {"DE": 9 * 10**7, "FR": 10**8, "GB": 9 * 10**6, "JP": 9 * 10**11, "CN": 10**8, "US": len(EIN_PREFIXES) * 10**6,
            "IT": 10**7, "ES": 10**7, "NL": 10**8, "CH": 10**8, "AT": 10**7, "TW": 10**7, "HK": 10**7, "SG": 55 * 10**5,
            "KR": 10**9, "VN": 10**9, "TH": 10**8, "IN": 17576 * 10**4, "AU": 10**9, "CA": 10**8}


def _scramble(k: int, m: int, salt: int) -> int:
    a = 1_000_003
    while math.gcd(a, m) != 1:
        a += 2
    if k >= m:
        raise ValueError("too many records for the tax id space of a country (max about 4 million records)")
    return (a * k + salt) % m


def make_tax_id(cc: str, k: int, salt: int, city_code: str = "", state: str = "27", name_letter: str = "A", legal: str = "") -> str:
    """The canonical tax id of entity number k (internal form, see render_tax_id)."""
    x = _scramble(k, ID_SPACE[cc], salt % ID_SPACE[cc])
    if cc == "DE":
        b = str(10**7 + x)
        return "DE" + b + str(mod11_10(b))
    if cc == "FR":
        b = f"{x:08d}"
        siren = b + str(luhn(b))
        return f"FR{fr_key(int(siren)):02d}{siren}"
    if cc == "GB":
        b = str(10**6 + x)
        return "GB" + b + f"{(-sum(w * int(c) for w, c in zip(GB_W, b))) % 97:02d}"
    if cc == "JP":
        b = str(10**11 + x)
        return str(jp_check(b)) + b
    if cc == "CN":
        org = f"{x:08d}"
        body = "91" + (city_code or "110105") + org + org_check(org)
        return body + uscc_check(body)
    if cc == "US":
        b = f"{EIN_PREFIXES[x // 10**6]:02d}{x % 10**6:06d}"
        return b + str(luhn(b))
    if cc == "IT":
        b = f"{x:07d}" + (city_code or "146")
        return b + str(luhn(b))
    if cc == "ES":
        b = f"{x:07d}"
        return ("A" if legal == "S.A." else "B") + b + str(luhn(b))
    if cc in ("NL", "CH", "TH", "CA"):
        b = (("0105" if cc == "TH" else "") + f"{x:08d}")
        return b + str(luhn(b))
    if cc in ("AT", "TW", "HK"):
        b = f"{x:07d}"
        return b + str(luhn(b))
    if cc in ("KR", "VN"):
        b = f"{x:09d}"
        return b + str(luhn(b))
    if cc == "SG":
        d9 = f"{1970 + x // 10**5}{x % 10**5:05d}"
        return d9 + sg_letter(d9)
    if cc == "IN":
        letters = x // 10**4
        pan = (chr(65 + letters // 676) + chr(65 + letters // 26 % 26) + chr(65 + letters % 26) + "C" + name_letter
               + f"{x % 10**4:04d}" + chr(65 + (x * 7) % 26))
        s14 = state + pan + "1Z"
        return s14 + gst_check(s14)
    if cc == "AU":
        rest = f"{x:09d}"
        w = (3, 5, 7, 9, 11, 13, 15, 17, 19)
        v = (-sum(a * int(c) for a, c in zip(w, rest))) % 89
        return f"{v // 10 + 1}{v % 10}" + rest
    raise KeyError(cc)


def tax_valid(cc: str, t: str) -> bool:
    """Whether an internal-form id holds its check (real or, where the country has none we
    model, the Luhn digit of this generator): a typo must never give a valid id."""
    try:
        if cc == "DE":
            b = t[2:]
            return t[:2] == "DE" and len(b) == 9 and b.isdigit() and b[0] != "0" and mod11_10(b[:8]) == int(b[8])
        if cc == "FR":
            s = t[4:]
            return len(t) == 13 and t[2:].isdigit() and luhn_ok(s) and int(t[2:4]) == fr_key(int(s))
        if cc == "GB":
            return gb_ok(t[2:])
        if cc == "JP":
            return len(t) == 13 and t.isdigit() and jp_check(t[1:]) == int(t[0])
        if cc == "CN":
            return len(t) == 18 and all(c in USCC for c in t) and uscc_check(t[:17]) == t[17]
        if cc == "US":
            return len(t) == 9 and luhn_ok(t) and int(t[:2]) in EIN_PREFIXES
        if cc == "ES":
            return len(t) == 9 and luhn_ok(t[1:])
        if cc == "SG":
            return len(t) == 10 and t[:9].isdigit() and sg_letter(t[:9]) == t[9]
        if cc == "IN":
            return len(t) == 15 and all(c in GST36 for c in t) and gst_check(t[:14]) == t[14]
        if cc == "AU":
            return abn_ok(t)
        n = {"IT": 11, "NL": 9, "CH": 9, "TH": 13, "CA": 9, "AT": 8, "TW": 8, "HK": 8, "KR": 10, "VN": 10}[cc]
        return len(t) == n and luhn_ok(t)
    except (ValueError, IndexError):
        return False


def mistype_tax_id(r: random.Random, cc: str, t: str) -> str:
    lead = 2 if cc in ("DE", "FR", "GB") else 1 if cc == "ES" else 0
    for _ in range(6):
        i = r.randrange(lead, len(t))
        k = r.random()
        if k < 0.45 and t[i].isdigit():
            u = t[:i] + str((int(t[i]) + r.randint(1, 9)) % 10) + t[i + 1:]
        elif k < 0.8 and i + 1 < len(t):
            u = t[:i] + t[i + 1] + t[i] + t[i + 2:]
        elif k < 0.9:
            u = t[:i] + t[i + 1:]
        else:
            u = t[:i] + t[i] + t[i:]
        if u != t and not tax_valid(cc, u):
            return u
    return t[:-1]


def _grp(s: str, sizes, sep=" ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def render_tax_id(r: random.Random, cc: str, t: str, branch: str = "") -> str:
    k = r.random()
    if cc == "DE":
        b = t[2:]
        return t if k < .5 else f"DE {_grp(b, (3, 3, 3))}" if k < .7 else b if k < .85 else "de" + b if k < .9 else f"DE-{b}"
    if cc == "FR":
        siren = t[4:]
        if k < .4:
            return t
        if k < .55:
            return f"FR {t[2:4]} {_grp(siren, (3, 3, 3))}"
        if k < .75:
            return _grp(siren, (3, 3, 3)) if r.random() < .6 else siren
        nic = branch or "0001"
        nic = f"{int(nic) % 10000:04d}"
        nic += str(luhn(siren + nic))
        return f"{_grp(siren, (3, 3, 3))} {nic}" if r.random() < .5 else siren + nic
    if cc == "GB":
        b = t[2:]
        return t if k < .45 else f"GB {_grp(b, (3, 4, 2))}" if k < .7 else _grp(b, (3, 4, 2)) if k < .85 else b
    if cc == "JP":
        return t if k < .5 else "T" + t if k < .8 else fullwidth(t) if k < .9 else f"T-{_grp(t, (1, 4, 4, 4), '-')}"
    if cc == "CN":
        return t if k < .85 else t.lower() if k < .9 else fullwidth(t) if k < .95 else _grp(t, (2, 6, 9, 1), " ")
    if cc == "US":
        return f"{t[:2]}-{t[2:]}" if k < .65 else t if k < .9 else f"US{t[:2]}-{t[2:]}"
    if cc == "IT":
        return "IT" + t if k < .45 else t if k < .85 else "IT " + t
    if cc == "ES":
        return t if k < .5 else "ES" + t if k < .8 else f"{t[0]}-{t[1:]}"
    if cc == "NL":
        return f"NL{t}B01" if k < .6 else f"NL {t[:4]}.{t[4:6]}.{t[6:]}.B01" if k < .8 else t + "B01"
    if cc == "CH":
        g = f"CHE-{t[:3]}.{t[3:6]}.{t[6:]}"
        return g if k < .45 else g + " MWST" if k < .65 else g + " TVA" if k < .72 else "CHE" + t
    if cc == "AT":
        return "ATU" + t if k < .6 else "ATU " + t if k < .8 else "U" + t
    if cc == "TW":
        return t
    if cc == "HK":
        return t if k < .6 else f"{t}-000-{r.randint(1, 12):02d}-{r.randint(15, 24):02d}-{r.choice('0123456789A')}" if k < .85 else "BR " + t
    if cc == "SG":
        return t if k < .85 else "UEN " + t
    if cc == "KR":
        return f"{t[:3]}-{t[3:5]}-{t[5:]}" if k < .7 else t
    if cc == "VN":
        return t + (f"-{branch}" if branch else "")
    if cc == "TH":
        return t if k < .7 else f"{t[0]}-{t[1:5]}-{t[5:10]}-{t[10:12]}-{t[12:]}"
    if cc == "IN":
        return t if k < .85 else t[2:12]
    if cc == "AU":
        return _grp(t, (2, 3, 3, 3)) if k < .6 else t if k < .8 else "ABN " + _grp(t, (2, 3, 3, 3))
    if cc == "CA":
        return t + "RT0001" if k < .6 else t if k < .85 else f"{t} RT 0001"
    return t


# --------------------------------------------------------------------------- phones
PHONE_CC = {"CN": "86", "JP": "81", "DE": "49", "FR": "33", "GB": "44", "US": "1", "IT": "39", "ES": "34", "NL": "31", "CH": "41", "AT": "43",
            "TW": "886", "HK": "852", "SG": "65", "KR": "82", "VN": "84", "TH": "66", "IN": "91", "AU": "61", "CA": "1"}
NAT_LEN = {"CN": 10, "JP": 9, "DE": 10, "FR": 9, "GB": 10, "US": 10, "IT": 10, "ES": 9, "NL": 9, "CH": 9, "AT": 9, "TW": 9, "HK": 8,
           "SG": 8, "KR": 9, "VN": 10, "TH": 8, "IN": 10, "AU": 9, "CA": 10}
TRUNK = {"IT": "", "ES": "", "HK": "", "SG": "", "US": "", "CA": ""}
MOBILE = {"CN": ["13", "15", "18"], "JP": ["90", "80", "70"], "DE": ["151", "160", "171", "176"], "FR": ["6", "7"], "GB": ["77", "78", "79"],
          "US": None, "IT": ["33", "34", "39"], "ES": ["6"], "NL": ["6"], "CH": ["79", "78"], "AT": ["664", "676"], "TW": ["9"], "HK": ["9", "6", "5"],
          "SG": ["9", "8"], "KR": ["10"], "VN": ["9", "3"], "TH": ["8", "9"], "IN": ["9", "8", "7"], "AU": ["4"], "CA": None}


def new_phone(r: random.Random, cc: str, area: str) -> tuple[str, str]:
    """(area, subscriber digits) of a landline."""
    n = NAT_LEN[cc] - len(area)
    if cc == "CN" and len(area) == 2:
        n = 8
    first = "2" if cc in ("HK",) else "6" if cc == "SG" else str(r.randint(2, 9))
    return area, first + "".join(str(r.randrange(10)) for _ in range(n - 1))


def new_mobile(r: random.Random, cc: str, area: str) -> tuple[str, str]:
    pre = MOBILE[cc]
    if pre is None:
        return new_phone(r, cc, area)
    p = r.choice(pre)
    n = {"CN": 11, "JP": 10, "DE": 11, "FR": 9, "GB": 10, "IT": 10, "ES": 9, "NL": 9, "CH": 9, "AT": 10, "TW": 9, "HK": 8, "SG": 8,
         "KR": 10, "VN": 9, "TH": 9, "IN": 10, "AU": 9}[cc]
    return "", p + "".join(str(r.randrange(10)) for _ in range(n - len(p)))


def direct_line(r: random.Random, ph: tuple[str, str]) -> tuple[str, str]:
    area, sub = ph
    cut = 3 if len(sub) >= 7 else 2
    return area, sub[:-cut] + "".join(str(r.randrange(10)) for _ in range(cut))


def render_phone(r: random.Random, cc: str, ph: tuple[str, str], ext: str = "", style: float | None = None) -> str:
    area, sub = ph
    code = PHONE_CC[cc]
    trunk = TRUNK.get(cc, "0")
    k = r.random() if style is None else style
    if cc in ("US", "CA"):
        a, s3, s4 = (area or sub[:3]), (sub[-7:-4]), sub[-4:]
        if not area:
            a = sub[:3]
        out = (f"({a}) {s3}-{s4}" if k < .35 else f"{a}-{s3}-{s4}" if k < .55 else f"+1 {a} {s3} {s4}" if k < .72
               else f"{a}.{s3}.{s4}" if k < .82 else f"1-{a}-{s3}-{s4}" if k < .9 else f"+1{a}{s3}{s4}")
    elif not area:  # mobiles, HK, SG
        g = _grp(sub, (4, 4) if len(sub) == 8 else (3, 4, 4) if len(sub) == 11 else (3, 3, 4))
        out = (f"+{code} {g}" if k < .35 else (trunk + g if cc not in ("HK", "SG") else g) if k < .65 else f"+{code}{sub}" if k < .8
               else f"({code}) {g}" if k < .9 else f"00{code} {sub}")
    else:
        gs = _grp(sub, (4, 4) if len(sub) == 8 else (3, 4) if len(sub) == 7 else (2, 2, 2, 2) if cc == "FR" else (3, 3))
        if cc == "FR":
            nat = trunk + area + sub
            out = (_grp(nat, (2, 2, 2, 2, 2)) if k < .45 else nat if k < .55 else f"+33 {area} {gs}" if k < .75 else f"+33 (0){area} {gs}" if k < .85
                   else _grp(nat, (2, 2, 2, 2, 2), ".") if k < .93 else f"0033 {area}{sub}")
        elif cc in ("JP", "TW", "KR", "CN") and k < .5:
            out = f"{trunk}{area}-{_grp(sub, (len(sub) - 4, 4), '-')}"
            if cc == "CN" and r.random() < .3:
                out = f"({trunk}{area}){sub}"
        else:
            out = (f"+{code} {area} {gs}" if k < .3 else f"{trunk}{area} {gs}" if k < .5 else f"+{code} ({trunk}){area} {sub}" if k < .6 and trunk
                   else f"{trunk}{area}/{sub}" if k < .68 and cc in ("DE", "AT", "CH") else f"+{code}-{area}-{sub}" if k < .76
                   else f"({trunk}{area}) {gs}" if k < .84 else f"00{code} {area} {sub}" if k < .9 else f"+{code}{area}{sub}")
    if ext:
        out += r.choice([f" ext. {ext}", f" x{ext}", f"-{ext}", f" ext {ext}", f" Durchwahl {ext}" if cc in ("DE", "AT") else f" #{ext}", f" 转{ext}" if cc == "CN" else f" (ext.{ext})"])
    return out


# --------------------------------------------------------------------------- addresses
def postcode_for(r: random.Random, cc: str, city) -> str:
    if cc in ("DE", "FR", "ES"):
        if cc == "FR" and city[0] == "Paris":
            return f"750{r.randint(1, 20):02d}"
        return city[2] + "".join(str(r.randrange(10)) for _ in range(5 - len(city[2])))
    if cc == "AT":
        if city[0] == "Wien":
            return f"1{r.randint(1, 23):02d}0"
        return city[2] + f"{r.randrange(100):02d}"
    if cc == "CH":
        return city[2] + f"{r.randrange(100):02d}"
    if cc == "IT":
        return city[2] + f"{r.randrange(100):02d}"
    if cc == "NL":
        return city[2] + f"{r.randrange(100):02d} " + r.choice("ABCDEGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRTVWXZ")
    if cc == "GB":
        return r.choice(city[2]) + " " + str(r.randint(1, 9)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")
    if cc == "US":
        return r.choice(city[2]) + f"{r.randrange(100):02d}"
    if cc == "CA":
        return r.choice(city[2]) + " " + str(r.randint(1, 9)) + r.choice("ABCEGHJKLMNPRSTVXY") + str(r.randint(0, 9))
    if cc == "AU":
        return str(int(city[2][0]) + r.randrange(10))
    if cc == "IN":
        return city[2] + f"{r.randrange(1000):03d}"
    raise KeyError(cc)


def new_address(r: random.Random, cc: str, city_idx: int | None = None) -> dict:
    """One site of a company: the parts that records render in many ways."""
    a: dict = {"cc": cc}
    if cc == "CN":
        city = D.CN_CITIES[city_idx if city_idx is not None else r.randrange(len(D.CN_CITIES))]
        a.update(city=city, district=r.choice(city[5]), street=r.choice(D.CN_STREETS), num=str(r.randint(1, 999)),
                 building=r.choice(D.CN_BUILDINGS) if r.random() < .6 else None, block=r.choice("ABCD") if r.random() < .3 else "",
                 floor=r.randint(1, 30), room=f"{r.randint(1, 30)}{r.randint(1, 20):02d}", pc=city[2] + f"{r.randrange(1000):03d}")
        a["room"] = f"{a['floor']}{r.randint(1, 20):02d}"
    elif cc == "TW":
        city = D.TW_CITIES[city_idx if city_idx is not None else r.randrange(len(D.TW_CITIES))]
        dist = r.choice(city[3])
        a.update(city=city, district=dist, street=r.choice(D.TW_STREETS), sec=r.randint(0, 5), lane=r.randint(1, 300) if r.random() < .2 else 0,
                 num=str(r.randint(1, 400)), floor=r.randint(1, 25), pc=dist[2] + (f"{r.randrange(100):02d}" if r.random() < .5 else ""))
    elif cc == "HK":
        d = D.HK_DISTRICTS[city_idx if city_idx is not None else r.randrange(len(D.HK_DISTRICTS))]
        a.update(city=d, street=r.choice(d[4]), num=str(r.randint(1, 500)), building=r.choice(D.HK_BUILDINGS), floor=r.randint(1, 40),
                 flat=r.choice("ABCDEFGH") if r.random() < .5 else f"{r.randint(1, 30):02d}", pc="")
    elif cc == "JP":
        city = D.JP_CITIES[city_idx if city_idx is not None else r.randrange(len(D.JP_CITIES))]
        ward = r.choice(city[4])
        a.update(city=city, ward=ward, town=r.choice(ward[3]), chome=r.randint(1, 9), ban=r.randint(1, 30), go=r.randint(1, 20),
                 building=(r.choice(D.JP_CORES)[0], r.choice(D.JP_BUILDINGS)) if r.random() < .6 else None, floor=r.randint(1, 20),
                 pc=f"{ward[2]}-{r.randrange(10000):04d}")
    elif cc == "KR":
        city = D.KR_CITIES[city_idx if city_idx is not None else r.randrange(len(D.KR_CITIES))]
        a.update(city=city, district=r.choice(city[5]), street=r.choice(D.KR_STREETS), num=str(r.randint(1, 700)), floor=r.randint(1, 20),
                 pc=city[3] + f"{r.randrange(10000):04d}")
    elif cc == "VN":
        city = D.VN_CITIES[city_idx if city_idx is not None else r.randrange(len(D.VN_CITIES))]
        a.update(city=city, district=r.choice(city[4]), street=r.choice(D.VN_STREETS), num=str(r.randint(1, 400)), floor=r.randint(1, 15) if r.random() < .4 else 0,
                 pc=city[2] + f"{r.randrange(10000):04d}")
    elif cc == "TH":
        city = D.TH_CITIES[city_idx if city_idx is not None else r.randrange(len(D.TH_CITIES))]
        a.update(city=city, district=r.choice(city[4]), street=r.choice(D.TH_STREETS), num=f"{r.randint(1, 999)}" + (f"/{r.randint(1, 99)}" if r.random() < .6 else ""),
                 moo=r.randint(1, 12) if r.random() < .3 else 0, floor=r.randint(2, 30) if r.random() < .3 else 0, pc=city[2] + f"{r.randrange(1000):03d}")
    elif cc == "SG":
        st = r.choice(D.SG_STREETS)
        a.update(city=("Singapore",), street=st, num=str(r.randint(1, 200)), floor=r.randint(1, 40), unit=r.randint(1, 99), pc=f"{r.randint(1, 82):02d}{r.randrange(10000):04d}")
    else:
        cities = D.CITIES[cc]
        city = cities[city_idx if city_idx is not None else r.randrange(len(cities))]
        a.update(city=city, pc=postcode_for(r, cc, city), num=str(r.randint(1, 250)), unit="")
        lang = D.LANG.get(cc, "en")
        if cc in ("DE", "AT") or (cc == "CH" and city[4] == "de"):
            base = r.choice(D.DE_STREET_BASES)
            typ = r.choice(D.DE_STREET_TYPES)
            if cc == "CH":
                typ = typ.replace("ß", "ss")
            a["street"] = (base, typ)
            if r.random() < .15:
                a["num"] += r.choice("abc")
            if r.random() < .25:
                a["unit"] = r.choice([f"{r.randint(1, 5)}. OG", f"Gebäude {r.choice('ABCD')}", f"Halle {r.randint(1, 9)}", f"Top {r.randint(1, 30)}" if cc == "AT" else "EG"])
        elif cc == "FR" or cc == "CH":
            a["street"] = (r.choice(D.FR_STREET_TYPES), r.choice(D.FR_STREET_NAMES))
            if r.random() < .2:
                a["unit"] = r.choice([f"Bâtiment {r.choice('ABCD')}", f"{r.randint(1, 8)}e étage", f"ZI des {r.choice(['Lacs', 'Peupliers', 'Chênes'])}", f"Bureau {r.randint(1, 300)}"])
        elif cc == "IT":
            a["street"] = (r.choice(D.IT_STREET_TYPES), r.choice(D.IT_STREET_NAMES))
            if r.random() < .2:
                a["unit"] = r.choice([f"Scala {r.choice('ABC')}", f"Piano {r.randint(1, 6)}", f"int. {r.randint(1, 20)}"])
        elif cc == "ES":
            a["street"] = (r.choice(D.ES_STREET_TYPES), r.choice(D.ES_STREET_NAMES))
            if r.random() < .3:
                a["unit"] = r.choice([f"{r.randint(1, 9)}º {r.randint(1, 4)}ª", f"Planta {r.randint(1, 9)}", f"Nave {r.randint(1, 30)}", f"Oficina {r.randint(1, 40)}"])
        elif cc == "NL":
            a["street"] = (r.choice(D.NL_STREET_BASES), r.choice(D.NL_STREET_TYPES))
            if r.random() < .15:
                a["num"] += r.choice(["-A", "a", " bis", "-2"])
        else:  # English-speaking
            types = D.GB_STREET_TYPES if cc == "GB" else D.EN_STREET_TYPES
            names = D.EN_STREET_NAMES.get(cc, D.EN_STREET_NAMES["GB"])
            pre = r.choice(["North", "South", "East", "West"]) if cc in ("US", "CA") and r.random() < .2 else ""
            a["street"] = (pre, r.choice(names), r.choice(types))
            if cc == "US":
                a["num"] = str(r.randint(1, 9999))
            p = r.random()
            if p < .35:
                a["unit"] = r.choice([("Suite", str(r.randint(100, 2400))), ("Floor", str(r.randint(2, 30))), ("Unit", str(r.randint(1, 40))),
                                      ("Level", str(r.randint(1, 40)))])
            if cc == "GB" and r.random() < .15:
                a["estate"] = r.choice(D.GB_ESTATES)
            if cc == "IN":
                a["locality"] = r.choice(city[5])
                a["unit"] = r.choice([("Plot No.", str(r.randint(1, 300))), ("Office No.", str(r.randint(1, 50))), ("Shop No.", str(r.randint(1, 40))), ("", "")])
    a["pobox"] = None
    return a


def _street_latin(r: random.Random, a: dict, abbr: bool, upper: bool) -> str:
    cc = a["cc"]
    st = a["street"]
    num = a["num"]
    if cc in ("DE", "AT") or (cc == "CH" and len(st) == 2 and isinstance(st[0], str)):
        base, typ = st
        if typ in ("straße", "strasse") and abbr:
            typ = r.choice(["str.", "str.", "strasse", "Str."]) if cc != "CH" else r.choice(["str.", "strasse"])
        elif typ == "straße" and r.random() < .15:
            typ = "strasse"
        if base.endswith((" ", "-")) and typ[0].islower():
            typ = typ[0].upper() + typ[1:]
        s = f"{base}{typ} {num}"
        if base.endswith("-") and abbr and r.random() < .5:
            s = s.replace("-Str.", "-Str.").replace("-str.", "-Str.")
        if r.random() < .1:
            s = s.replace(" ", ", ", 1) if " " in s else s
    elif cc in ("FR",) or (cc == "CH"):
        (typ, abbrs), name = st
        t = r.choice(abbrs) if abbr else typ
        s = f"{num}{',' if r.random() < .3 else ''} {t} {name}"
    elif cc in ("IT", "ES"):
        (typ, abbrs), name = st
        t = r.choice(abbrs) if abbr else typ
        if cc == "IT" and abbr and name.startswith("Giuseppe "):
            name = "G. " + name[9:]
        sep = ", " if r.random() < .5 else " "
        s = f"{t} {name}{sep}{num}" if not t.endswith("/") else f"{t}{name}{sep}{num}"
        if cc == "ES" and r.random() < .1:
            s += " s/n" if r.random() < .5 else ""
    elif cc == "NL":
        base, typ = st
        if abbr and typ == "straat":
            typ = "str."
        s = f"{base}{typ} {num}"
    else:
        pre, name, (typ, abbrs) = st
        if abbr and abbrs:
            typ = r.choice(abbrs)
            if pre:
                pre = pre[0] + ("." if r.random() < .3 else "")
        s = " ".join(p for p in (num, pre, name, typ) if p)
    if upper:
        s = s.upper()
    return s


def render_address(r: random.Random, a: dict, native: bool, abbr: bool, upper: bool, fw: bool = False) -> tuple[str, str, str]:
    """(address line, city, postcode) of a site, in one of the ways records write it."""
    cc = a["cc"]
    if a.get("pobox") and r.random() < .8:
        box, pcb = a["pobox"]
        city, _, _ = render_address(r, {**a, "pobox": None}, native, abbr, upper)[1:] + ("",)
        return box, city, pcb
    k = r.random()
    if cc == "CN":
        city = a["city"]
        dis = a["district"]
        han, pin, typ = a["street"]
        if native:
            parts = [city[0] + "市" if r.random() < .7 else city[0], dis[0], han, a["num"] + "号"]
            if a["building"]:
                parts.append(a["building"][0] + (a["block"] + "座" if a["block"] else ""))
            if r.random() < .8:
                parts.append(a["room"] + "室" if r.random() < .6 else f"{a['floor']}楼" if r.random() < .5 else f"{a['floor']}层{a['room'][-2:]}")
            line = "".join(parts[1:] if k < .5 else parts)
            if fw:
                line = fullwidth(line)
            ct = city[0] + "市" if r.random() < .5 else city[0]
            if r.random() < .2:
                ct = r.choice(city[1])
        else:
            rm = r.choice(["Room ", "Rm ", "Rm. ", "Unit ", "Suite "]) + a["room"] if r.random() < .8 else f"{a['floor']}/F"
            typ2 = typ if not abbr else {"Road": "Rd.", "Avenue": "Ave.", "Street": "St."}[typ]
            st = f"No. {a['num']} {pin} {typ2}" if r.random() < .5 else f"{a['num']} {pin} {typ2}"
            if r.random() < .12:
                st = f"{pin} {'Lu' if typ == 'Road' else 'Dadao' if typ == 'Avenue' else 'Jie'} {a['num']} Hao"
            bld = ""
            if a["building"]:
                bld = (f"Block {a['block']}, " if a["block"] else "") + a["building"][1]
            dist = dis[1] if not abbr else dis[1].replace("District", "Dist.")
            parts = [rm, bld, st, dist] if bld else [rm, st, dist]
            line = ", ".join(p for p in parts if p)
            ct = r.choice(city[1]) if r.random() < .8 else city[1][0] + " City"
            if upper:
                line, ct = line.upper(), ct.upper()
        pc = a["pc"]
        return line, ct, pc
    if cc == "TW":
        city = a["city"]
        dist, dist_en, _ = a["district"]
        han, en = a["street"]
        secs = "一二三四五"
        if native:
            cname = city[1] if city[1] and r.random() < .4 else city[0]
            line = (dist + han + (secs[a["sec"] - 1] + "段" if a["sec"] else "") + (f"{a['lane']}巷" if a["lane"] else "") + a["num"] + "號"
                    + (f"{a['floor']}樓" if r.random() < .7 else f"{a['floor']}F"))
            if r.random() < .3:
                line = cname + line
            return (fullwidth(line) if fw else line), cname, a["pc"]
        parts = [f"{a['floor']}F." + (f"-{r.randint(1, 9)}" if r.random() < .2 else ""), f"No. {a['num']}"]
        if a["lane"]:
            parts.append(f"Ln. {a['lane']}")
        if a["sec"]:
            parts.append(f"Sec. {a['sec']}")
        parts += [en, dist_en]
        line = ", ".join(parts)
        ct = city[2] if r.random() < .7 else city[2].replace(" City", "")
        return (line.upper() if upper else line), (ct.upper() if upper else ct), a["pc"]
    if cc == "HK":
        d = a["city"]
        sh, se = a["street"]
        bh, be = a["building"]
        if native:
            flat = a["flat"]
            line = d[2] + d[0] + sh + a["num"] + "號" + bh + f"{a['floor']}樓" + (f"{flat}室" if r.random() < .7 else "")
            ct = r.choice([d[2], "香港", d[0]])
            pc = "" if r.random() < .9 else "000000"
            return line, ct, pc
        flat = a["flat"]
        fl = f"{a['floor']}/F" if r.random() < .7 else f"{a['floor']}th Floor"
        fpart = (f"Flat {flat}" if len(flat) == 1 else f"Unit {a['floor']}{flat}") if r.random() < .8 else f"Rm {a['floor']}{flat if len(flat) > 1 else '01'}"
        road = se if not abbr else se.replace("Road", "Rd").replace("Street", "St")
        parts = [f"{fpart}, {fl}", be, f"{a['num']} {road}", d[1]]
        if r.random() < .5:
            parts.append(d[3])
        line = ", ".join(parts)
        ct = r.choice(["Hong Kong", "HK", d[3], "Hong Kong SAR", ""])
        pc = "" if r.random() < .92 else r.choice(["000000", "999077", "N/A"])
        return (line.upper() if upper else line), (ct.upper() if upper else ct), pc
    if cc == "JP":
        pref, cname, cen, _, _ = a["city"]
        ward, ward_en, _, _ = a["ward"]
        town, town_en = a["town"]
        c, b, g = a["chome"], a["ban"], a["go"]
        if native:
            kan = "〇一二三四五六七八九"
            num = (f"{c}-{b}-{g}" if k < .45 else f"{c}丁目{b}番{g}号" if k < .7 else f"{kan[c]}丁目{b}番{g}号" if k < .8 else fullwidth(f"{c}-{b}-{g}") if k < .9 else f"{c}丁目{b}-{g}")
            bld = ""
            if a["building"]:
                bld = a["building"][0] + a["building"][1][0] + (f" {a['floor']}F" if r.random() < .5 else f"{a['floor']}階")
            head = (pref + cname) if r.random() < .6 else cname or pref
            line = (head if r.random() < .6 else "") + ward + town + num + (" " if r.random() < .5 and bld else "") + bld
            if fw:
                line = fullwidth(line)
            ct = r.choice([pref, cname or ward, pref + cname + ward, ""])
            pc = a["pc"] if r.random() < .6 else "〒" + a["pc"] if r.random() < .5 else a["pc"].replace("-", "")
            return line, ct, pc
        bld = ""
        if a["building"]:
            bld = f"{a['floor']}F {ascii_fold(a['building'][0]) if False else ''}"
            bld = f"{a['floor']}F, " + (a["building"][1][1] if r.random() < .5 else "Bldg.")
        line = ", ".join(p for p in (bld, f"{c}-{b}-{g} {town_en}", ward_en) if p)
        ct = cen if r.random() < .6 else f"{cen}-shi" if cname else f"{cen}-to" if r.random() < .5 else cen.upper()
        pc = a["pc"] if r.random() < .8 else a["pc"].replace("-", "")
        return (line.upper() if upper else line), (ct.upper() if upper else ct), pc
    if cc == "KR":
        full, short, en, _, _, _ = a["city"]
        dis, dis_en = a["district"]
        st, st_en = a["street"]
        if native:
            line = f"{dis} {st} {a['num']}" + (f", {a['floor']}층" if r.random() < .6 else "")
            if r.random() < .4:
                line = (full if r.random() < .6 else short) + " " + line
            return line, r.choice([full, short, short + "시", ""]), a["pc"]
        line = (f"{a['floor']}F, " if r.random() < .6 else "") + f"{a['num']} {st_en}, {dis_en}"
        return (line.upper() if upper else line), (en.upper() if upper else en), a["pc"]
    if cc == "VN":
        city = a["city"]
        dis, dis_en = a["district"]
        if native:
            st = a["street"]
            line = (f"Số {a['num']} " if r.random() < .5 else f"{a['num']} ") + ("Đường " if r.random() < .4 else "") + st
            if a["floor"]:
                line = (f"Tầng {a['floor']}, " if r.random() < .6 else f"Lầu {a['floor']}, ") + line
            line += ", " + dis
            ct = city[0]
            if r.random() < .3:
                line, ct = ascii_fold(line), ascii_fold(ct)
            if upper:
                line, ct = line.upper(), ct.upper()
            return line, ct, (a["pc"] if r.random() < .3 else "")
        st = ascii_fold(a["street"])
        line = (f"{a['floor']}th Floor, " if a["floor"] else "") + f"{a['num']} {st} Street, {dis_en}"
        ct = r.choice(city[1])
        return (line.upper() if upper else line), (ct.upper() if upper else ct), (a["pc"] if r.random() < .3 else "")
    if cc == "TH":
        city = a["city"]
        dis, dis_en = a["district"]
        st, st_en = a["street"]
        if native:
            line = f"{a['num']}" + (f" หมู่ {a['moo']}" if a["moo"] else "") + f" {st} {dis}"
            if a["floor"]:
                line = f"ชั้น {a['floor']} " + line
            return line, r.choice([city[0], city[1][-1] if city[0].startswith("กรุง") else city[0]]), a["pc"]
        line = (f"{a['floor']}th Floor, " if a["floor"] else "") + f"{a['num']}" + (f" Moo {a['moo']}" if a["moo"] else "") + f" {st_en if not abbr else st_en.replace('Road', 'Rd.')}, {dis_en}"
        ct = r.choice(city[1][:2])
        return (line.upper() if upper else line), (ct.upper() if upper else ct), a["pc"]
    if cc == "SG":
        st, bld = a["street"]
        unit = f"#{a['floor']:02d}-{a['unit']:02d}"
        stn = st if not abbr else st.replace("Road", "Rd").replace("Avenue", "Ave").replace("Street", "St").replace("Industrial Park", "Ind Park").replace("Crescent", "Cres")
        line = (f"{a['num']} {stn}, {unit} {bld}" if k < .5 else f"{a['num']} {stn} {unit}" if k < .8 else f"{bld}, {a['num']} {stn}, {unit}")
        ct = r.choice(["Singapore", "Singapore", "SINGAPORE", "SG", ""])
        pc = a["pc"]
        if r.random() < .15:
            line += f", Singapore {pc}"
            pc = "" if r.random() < .5 else pc
        return (line.upper() if upper else line), ct, pc
    # Latin-script countries
    city = a["city"]
    line = _street_latin(r, a, abbr, upper)
    unit = a.get("unit")
    if unit:
        if isinstance(unit, tuple):
            word, val = unit
            if word:
                if cc == "US" and abbr:
                    word = {"Suite": r.choice(["Ste", "Ste.", "#"]), "Floor": "Fl", "Unit": "Unit", "Level": "Fl"}.get(word, word)
                u = f"{word} {val}" if word != "#" else f"#{val}"
                if cc == "IN" or (cc in ("GB", "AU") and r.random() < .5):
                    line = f"{u}, {line}"
                else:
                    line = f"{line}{',' if r.random() < .6 else ''} {u}"
        elif r.random() < .8:
            line = f"{line}, {unit}"
    if a.get("estate") and r.random() < .8:
        line = f"{line}, {a['estate']}"
    if a.get("locality"):
        line = f"{line}, {a['locality']}"
    ct = city[0]
    if city[1] and r.random() < .3:
        ct = r.choice(city[1])
    if cc in ("US", "CA", "AU"):
        st = city[4]
        q = r.random()
        if q < .35:
            ct = f"{ct}, {st}"
        elif q < .45:
            ct = f"{ct} {st}"
        elif q < .5:
            line = f"{line}, {ct}, {st}"
    if cc == "FR" and r.random() < .08:
        ct = ct.upper() + " CEDEX" + (f" {r.randint(1, 20):02d}" if ct == "Paris" else "")
    if upper:
        line, ct = line.upper(), ct.upper()
    pc = a["pc"]
    if cc == "GB" and r.random() < .2:
        pc = pc.replace(" ", "") if r.random() < .6 else pc.lower()
    elif cc == "US" and r.random() < .15:
        pc = pc + f"-{r.randrange(10000):04d}"
    elif cc == "CH" and r.random() < .15:
        pc = "CH-" + pc
    elif cc == "NL" and r.random() < .3:
        pc = pc.replace(" ", "")
    elif cc in ("DE", "AT") and r.random() < .05:
        pc = ("D-" if cc == "DE" else "A-") + pc
    elif cc == "IN" and r.random() < .3:
        pc = pc[:3] + " " + pc[3:]
    return line, ct, pc


def add_pobox(r: random.Random, a: dict) -> None:
    cc = a["cc"]
    n = r.randint(100, 99999)
    box = {"DE": f"Postfach {_grp(str(n), (2, 2, 2))}", "AT": f"Postfach {n % 1000}", "CH": f"Postfach {n % 10000}", "FR": f"BP {n % 1000}",
           "IT": f"Casella Postale {n % 1000}", "ES": f"Apartado de Correos {n % 10000}", "NL": f"Postbus {n % 10000}", "GB": f"PO Box {n % 1000}",
           "US": f"P.O. Box {n}", "CA": f"PO Box {n % 10000}", "AU": f"PO Box {n % 10000}", "IN": f"Post Box No. {n % 1000}"}.get(cc)
    if box is None:
        return
    pc = a["pc"]
    if cc == "DE":
        pc = pc[:2] + f"{r.randrange(1000):03d}"
    a["pobox"] = (box, pc)


# --------------------------------------------------------------------------- names
def brand_word(r: random.Random) -> str:
    return r.choice(D.BRAND_PRE) + r.choice(D.BRAND_SUF)


def new_name(r: random.Random, cc: str, city_idx: int = 0, core=None, sector=None, legal=None, extra: str = "") -> dict:
    """A company's registered name, as parts."""
    n: dict = {"cc": cc, "extra": extra, "dept": None, "branch": None, "trading": None}
    if cc in ("CN", "TW"):
        if core is None:
            c1, c2 = r.sample(D.CN_CHARS, 2)
            core = (c1[0] + c2[0], (c1[1] + c2[1]).capitalize())
        n["core"] = core
        n["sector"] = sector or r.choice(D.CN_SECTORS)
        n["legal"] = legal or (wchoice(r, ["有限公司", "股份有限公司", "有限责任公司"], [70, 20, 10]) if cc == "CN" else wchoice(r, ["股份有限公司", "有限公司"], [55, 45]))
        n["cityform"] = wchoice(r, ["prefix", "bracket", "none"], [55, 25, 20]) if cc == "CN" else wchoice(r, ["none", "prefix"], [80, 20])
    elif cc == "HK":
        n["core"] = core or r.choice(D.HK_CORES)
        n["sector"] = sector or r.choice(D.HK_SECTORS)
        n["legal"] = legal or wchoice(r, [x[0] for x in D.LEGAL["HK"]], [x[2] for x in D.LEGAL["HK"]])
        n["hkprefix"] = r.random() < .25
    elif cc == "JP":
        if core is None:
            core = r.choice(D.JP_CORES)
            if r.random() < .15:
                kb = r.choice(D.JP_KATAKANA_BRANDS)
                core = (core[0] + kb[0], core[1] + " " + kb[1], core[2] + kb[0])
        n["core"] = core
        n["sector"] = sector or r.choice(D.JP_SECTORS)
        n["legal"] = legal or wchoice(r, ["株式会社", "有限会社", "合同会社"], [85, 10, 5])
        n["lp"] = "pre" if r.random() < .5 else "post"
    elif cc == "KR":
        n["core"] = core or r.choice(D.KR_CORES)
        n["sector"] = sector or r.choice(D.KR_SECTORS)
        n["legal"] = legal or "주식회사"
        n["lp"] = "pre" if r.random() < .6 else "post"
    elif cc == "TH":
        n["core"] = core or r.choice(D.TH_CORES)
        n["sector"] = sector or r.choice(D.TH_SECTORS)
        n["legal"] = legal or wchoice(r, ["จำกัด", "จำกัด (มหาชน)"], [93, 7])
    elif cc == "VN":
        n["core"] = core or r.choice(D.VN_CORES)
        n["sector"] = sector or r.choice(D.VN_SECTORS)
        n["legal"] = legal or wchoice(r, ["TNHH", "Cổ phần"], [65, 35])
    else:
        lang = D.LANG[cc]
        if core is None:
            p = r.random()
            if cc == "IN":
                core = r.choice(D.IN_CORES) if p < .8 else brand_word(r)
            elif p < .45:
                core = r.choice(D.SURNAMES[lang])
                if r.random() < .12:
                    core = f"{core} & {r.choice(D.SURNAMES[lang])}"
                elif r.random() < .08 and lang in ("de", "en", "nl"):
                    core = f"{r.choice(D.FIRSTNAMES[lang])} {core}"
            elif p < .8:
                core = brand_word(r) if lang != "en" or r.random() < .5 else r.choice(D.EN_BRAND_WORDS)
            elif p < .9:
                core = r.choice(D.REGION_WORDS[lang])
            else:
                core = r.choice(D.EN_BRAND_WORDS) + " " + brand_word(r) if lang == "en" else brand_word(r) + " " + r.choice(D.SURNAMES[lang])
        n["core"] = core
        n["sector"] = sector if sector is not None else (r.choice(D.SECTORS[lang]) if r.random() < .85 else ("", []))
        forms = D.LEGAL[cc]
        n["legal"] = legal or wchoice(r, [f[0] for f in forms], [f[2] for f in forms])
        n["order"] = "sector_first" if lang in ("fr", "it", "es") and r.random() < .55 else "core_first"
        if lang == "de" and n["sector"][0] == "Handels" and n["legal"] in ("GmbH", "AG", "Ges.m.b.H."):
            n["sector"] = ("Handels", ["Handel", "Hdl."])
    return n


def _legal_variants(cc: str, legal: str) -> list[str]:
    for f in D.LEGAL.get(cc, []):
        if f[0] == legal:
            return f[1]
    return [legal]


CN_LEGAL_EN = {"有限公司": ["Co., Ltd.", "Co., Ltd.", "Co.,Ltd.", "Co. Ltd", "Company Limited", "Ltd."],
               "股份有限公司": ["Co., Ltd.", "Corporation", "Corp.", "Inc.", "Joint Stock Co., Ltd.", "Co., Ltd."],
               "有限责任公司": ["Co., Ltd.", "LLC", "Limited Liability Company", "Co., Ltd."]}
CN_LEGAL_PINYIN = {"有限公司": "Youxian Gongsi", "股份有限公司": "Gufen Youxian Gongsi", "有限责任公司": "Youxian Zeren Gongsi"}
JP_LEGAL_EN = {"株式会社": ["Co., Ltd.", "Co., Ltd.", "Corporation", "Corp.", "Inc.", "K.K.", "CO.,LTD."], "有限会社": ["Y.K.", "Co., Ltd.", "Ltd."],
               "合同会社": ["LLC", "G.K.", "Godo Kaisha"]}
JP_LEGAL_ABBR = {"株式会社": ["(株)", "㈱", "（株）"], "有限会社": ["(有)", "㈲", "（有）"], "合同会社": ["(同)", "合同会社"]}
JP_LEGAL_KANA = {"株式会社": ("カ)", "(カ", "カブシキガイシャ"), "有限会社": ("ユ)", "(ユ", "ユウゲンガイシャ"), "合同会社": ("ド)", "(ド", "ゴウドウガイシャ")}


def s2t(s: str) -> str:
    return "".join(D.S2T.get(c, c) for c in s)


def render_name(r: random.Random, n: dict, native: bool, upper: bool, city=None) -> str:
    """One way a record writes the company's name."""
    cc = n["cc"]
    k = r.random()
    extra = n["extra"]
    if n["trading"] and r.random() < .35:
        t = n["trading"]
        return t.upper() if upper else t
    if cc in ("CN", "TW"):
        core, pin = n["core"]
        sec = n["sector"]
        legal = n["legal"]
        cityn = n.get("city") or ("", [""])
        cform = n["cityform"]
        if native:
            mid = core + sec[0] + (extra[0] if extra else "")
            lg = legal if k > .1 else ""
            if k < .15:
                mid = core + (extra[0] if extra else "")
            cf = cform if r.random() > .15 else r.choice(["prefix", "bracket", "none"])
            cityname = cityn[0] if cc == "CN" else ("台灣" if cf == "prefix" else "")
            if cf == "prefix" and cityname:
                s = cityname + ("市" if r.random() < .1 else "") + mid + lg
            elif cf == "bracket" and cityname:
                br = ("(", ")") if r.random() < .5 else ("（", "）")
                s = mid + br[0] + cityname + br[1] + lg
            else:
                s = mid + lg
            if n["branch"]:
                s += n["branch"][0]
            if n["dept"] and r.random() < .5:
                s += n["dept"][0]
            if cc == "TW":
                s = s2t(s).replace("有限責任", "有限")
            return s
        secname = sec[2] if r.random() < .75 else r.choice(sec[3])
        cityen = cityn[1][0] if cityn[0] else ""
        if cc == "TW":
            pin = pin if r.random() < .5 else (pin[:len(pin) // 2] + " " + pin[len(pin) // 2:]).title() if False else pin
        lg = r.choice(CN_LEGAL_EN[legal.replace("有限責任", "有限责任")] if legal in CN_LEGAL_EN else ["Co., Ltd."])
        if k < .1:
            lg = ""
        ex = (" " + extra[1]) if extra else ""
        if r.random() < .06:
            s = f"{cityen} {pin} {sec[1]}{ex} {CN_LEGAL_PINYIN.get(legal, 'Youxian Gongsi')}".strip()
        elif cityen and cform == "prefix" and r.random() < .8:
            s = f"{cityen} {pin} {secname}{ex} {lg}"
        elif cityen and cform == "bracket" and r.random() < .8:
            s = f"{pin} {secname}{ex} ({cityen}) {lg}"
        else:
            s = f"{pin} {secname}{ex} {lg}"
        if n["branch"]:
            s += " " + n["branch"][1]
        if n["dept"] and r.random() < .3:
            s += " - " + n["dept"][1]
        s = " ".join(s.split())
        return s.upper() if upper or r.random() < .2 else s
    if cc == "HK":
        (ch, en), (sch, sen) = n["core"], n["sector"]
        legal = n["legal"]
        if native:
            s = ("香港" if n["hkprefix"] else "") + ch + sch + (extra[0] if extra else "") + "有限公司"
            return s
        lg = r.choice(_legal_variants("HK", legal)) if k > .08 else ""
        ex = (" " + extra[1]) if extra else ""
        s = f"{en} {sen}{ex}" + (" (Hong Kong)" if n["hkprefix"] and r.random() < .7 else "") + f" {lg}"
        if n["branch"]:
            s += " " + n["branch"][1]
        s = " ".join(s.split())
        return s.upper() if upper or r.random() < .25 else s
    if cc == "JP":
        (kj, ro, ka), (skj, sro, sen, ska) = n["core"], n["sector"]
        legal = n["legal"]
        ex = extra[0] if extra else ""
        if native:
            body = kj + skj + ex
            q = r.random()
            if q < .12:  # kana, as banks and call centres write it
                pre, post, full = JP_LEGAL_KANA[legal]
                kb = ka + ska + (extra[2] if extra else "")
                s = (pre + kb if n["lp"] == "pre" else kb + post) if r.random() < .7 else (full + kb if n["lp"] == "pre" else kb + full)
                return halfwidth_kana(s) if r.random() < .6 else s
            if q < .55:
                lg = legal
            elif q < .8:
                lg = r.choice(JP_LEGAL_ABBR[legal])
            else:
                lg = ""
            pos = n["lp"] if r.random() > .08 else ("post" if n["lp"] == "pre" else "pre")
            s = lg + body if pos == "pre" else body + lg
            if n["branch"]:
                s += " " + n["branch"][0]
            if n["dept"] and r.random() < .5:
                s += (" " if r.random() < .5 else "　") + n["dept"][0]
            return s
        q = r.random()
        secname = sro if q < .45 else sen if q < .85 else r.choice(D.JP_EN_ABBR.get(sen, [sen]))
        ex2 = (" " + extra[1]) if extra else ""
        lg = r.choice(JP_LEGAL_EN[legal])
        if r.random() < .08:
            s = f"Kabushiki Kaisha {ro} {secname}{ex2}" if legal == "株式会社" else f"{ro} {secname}{ex2} {lg}"
        elif r.random() < .1:
            s = f"{ro} {secname}{ex2}"
        else:
            s = f"{ro} {secname}{ex2} {lg}"
        if n["branch"]:
            s += " " + n["branch"][1]
        return s.upper() if upper or r.random() < .3 else s
    if cc == "KR":
        (kc, ros), (ks, se, sr) = n["core"], n["sector"]
        if native:
            body = kc + ks + (extra[0] if extra else "")
            q = r.random()
            lg = "주식회사" if q < .5 else r.choice(["(주)", "㈜", "(주) "]) if q < .85 else ""
            pos = n["lp"] if r.random() > .1 else ("post" if n["lp"] == "pre" else "pre")
            s = (lg + (" " if lg == "주식회사" else "") + body) if pos == "pre" else (body + (" " if lg == "주식회사" else "") + lg)
            return s.strip()
        ro = ros[0] if r.random() < .8 else ros[1]
        sec = se if r.random() < .85 else sr
        s = f"{ro} {sec}" + (f" {extra[1]}" if extra else "") + " " + r.choice(["Co., Ltd.", "Co., Ltd.", "Corp.", "Inc.", "CO.,LTD", ""])
        s = s.strip()
        return s.upper() if upper or r.random() < .3 else s
    if cc == "TH":
        (tc, tr), (ts, tse) = n["core"], n["sector"]
        legal = n["legal"]
        pub = "มหาชน" in legal
        if native:
            body = tc + ts + (extra[0] if extra else "")
            q = r.random()
            if q < .55:
                return f"บริษัท {body} {legal}"
            if q < .8:
                return f"{'บมจ.' if pub else 'บจก.'} {body}" if r.random() < .5 else f"{'บมจ.' if pub else 'บจก.'}{body}"
            return body
        lg = (r.choice(["Public Company Limited", "PCL", "Public Co., Ltd."]) if pub else r.choice(["Co., Ltd.", "Company Limited", "CO.,LTD.", "Co.,Ltd"]))
        s = f"{tr} {tse}" + (f" {extra[1]}" if extra else "") + f" {lg}"
        return s.upper() if upper or r.random() < .3 else s
    if cc == "VN":
        core = n["core"]
        sv, sab, sen = n["sector"]
        legal = n["legal"]
        if native:
            q = r.random()
            cty = "Công ty" if q < .6 else "Cty" if q < .8 else "CÔNG TY"
            lg = legal if r.random() < .85 else ("Trách nhiệm hữu hạn" if legal == "TNHH" else "CP")
            if legal == "Cổ phần" and r.random() < .3:
                lg = "CP"
            sec = sv if r.random() < .7 else sab
            s = f"{cty} {lg} {sec} {core}" + (f" {extra[0]}" if extra else "")
            if r.random() < .3:
                s = s.upper()
            if r.random() < .25:
                s = ascii_fold(s)
            return s
        lg = r.choice(["Co., Ltd", "Company Limited", "Co., Ltd."]) if legal == "TNHH" else r.choice(["Joint Stock Company", "JSC", "Corporation"])
        s = f"{ascii_fold(core)} {sen}" + (f" {extra[1]}" if extra else "") + f" {lg}"
        return s.upper() if upper or r.random() < .3 else s
    # Latin script
    lang = D.LANG[cc]
    core = n["core"]
    sec, sec_abbr = n["sector"]
    if sec and r.random() < .12 and sec_abbr:
        sec = r.choice(sec_abbr)
    legal = n["legal"]
    lgv = _legal_variants(cc, legal)
    lg = lgv[0] if k < .5 else r.choice(lgv) if k < .82 else ""
    ex = extra[1] if isinstance(extra, tuple) else extra
    order = n["order"]
    if lang in ("de", "fr", "it", "es", "nl") and r.random() < .07:
        order = "sector_first" if order == "core_first" else "core_first"
    if lang == "de" and sec == "Handels" and lg:
        words = [core, sec + "-" + lg if r.random() < .3 else sec + lg if False else "Handels" + (" " + lg)]
        s = " ".join([core, ex, "Handels" + ("gesellschaft" if r.random() < .15 else ""), lg])
    else:
        parts = [sec, core] if order == "sector_first" else [core, sec]
        if ex:
            parts.append(ex)
        s = " ".join(p for p in parts if p)
        if lg:
            s += ("," if lg.startswith(("Inc", "LLC")) and r.random() < .3 else "") + (" " if not lg.startswith(",") else "") + lg
    if lang == "fr" and r.random() < .05:
        s = "Ets " + s
    if lang == "en" and cc in ("US", "GB") and r.random() < .05:
        s = "The " + s
    if "&" in s and r.random() < .25:
        s = s.replace("&", {"de": "und", "fr": "et", "it": "e", "es": "y", "nl": "en"}.get(lang, "and"))
    if n["branch"]:
        s += " " + n["branch"]
    if n["dept"] and r.random() < .5:
        s += r.choice([" - ", ", ", " "]) + n["dept"]
    s = " ".join(s.split())
    return s.upper() if upper else s


# --------------------------------------------------------------------------- e-mail
def slug(s: str, german: bool = False) -> str:
    s = ascii_fold(s, german).lower()
    return re.sub("-+", "-", "".join(c if c.isalnum() else "-" for c in s)).strip("-")


def new_domain(r: random.Random, n: dict) -> str:
    cc = n["cc"]
    if cc in ("CN", "TW"):
        base = n["core"][1].lower()
        sec = n["sector"][2].split()[0].lower()[:4]
    elif cc == "HK":
        base = n["core"][1].lower().replace(" ", "")
        sec = n["sector"][1].lower()[:5]
    elif cc == "JP":
        base = ascii_fold(n["core"][1]).lower().replace(" ", "").replace("-", "")
        sec = n["sector"][2].lower()[:4]
    elif cc == "KR":
        base = n["core"][1][0].lower().replace("-", "")
        sec = n["sector"][1].lower()[:4]
    elif cc == "TH":
        base = n["core"][1].lower().replace(" ", "")
        sec = n["sector"][1].lower()[:5]
    elif cc == "VN":
        base = slug(n["core"]).replace("-", "")
        sec = n["sector"][2].lower()[:5]
    else:
        base = slug(n["core"], german=D.LANG[cc] == "de").replace("-&-", "-").replace("-", "" if r.random() < .5 else "-")
        sec = slug(n["sector"][0], german=True)[:8] if n["sector"][0] else ""
    q = r.random()
    if q < .35 or not sec:
        d = base
    elif q < .7:
        d = f"{base}-{sec}"
    elif q < .85:
        d = f"{base}{sec}"
    else:
        d = f"{base}{r.randint(1, 99)}" if cc in ("CN", "TW", "HK", "VN") else f"{base}-{slug(str(n.get('cityname', 'group')))[:6]}"
    d = d.strip("-")[:40] or "firma"
    return d + r.choice(D.TLDS[cc])


def person(r: random.Random, cc: str) -> tuple[str, str]:
    lang = D.PERSON_LANG[cc]
    return r.choice(D.FIRSTNAMES[lang]), r.choice(D.SURNAMES[lang])


def local_part(r: random.Random, p: tuple[str, str], cc: str) -> str:
    f, l = slug(p[0], True).replace("-", ""), slug(p[1], True).replace("-", "")
    q = r.random()
    if cc in ("CN", "TW") and q < .4:
        return (l + f) if r.random() < .6 else f"{l}{f}{r.randint(1, 99)}"
    return (f"{f}.{l}" if q < .35 else f"{f[0]}.{l}" if q < .55 else f"{f[0]}{l}" if q < .7 else f"{l}.{f}" if q < .78
            else f if q < .88 else f"{l}{f[0]}" if q < .94 else f"{f}{l}")


# --------------------------------------------------------------------------- pools shared by the whole data set
_POOLS: dict[int, dict] = {}
PROVIDERS = ["Centrum Offices", "Officium", "Landmark Suites", "Workbay", "Hive Business Centre", "Nexus Serviced Offices", "Meridian Workspace", "Plaza Business Center"]


def pools(seed: int) -> dict:
    """Serviced-office centres, accountants and agents, franchise brands, formation agents:
    shared by companies all over the data set (the same in every process: seeded by the seed)."""
    if seed in _POOLS:
        return _POOLS[seed]
    r = random.Random(_stream_seed(seed, -1))
    out: dict = {"office": {}, "agent": {}, "brand": [], "formation": {}}
    for cc in COUNTRY_CODES:
        n_off = max(3, int(D.COUNTRIES[cc][0] * 3))
        offs = []
        for i in range(n_off):
            prov = r.choice(PROVIDERS)
            a = new_address(r, cc)
            if cc in ("GB", "US", "CA", "AU", "IN"):
                a["unit"] = ("Level", str(r.randint(5, 40))) if cc != "IN" else ("Office No.", str(r.randint(1, 50)))
            area = _area_of(a)
            dom = slug(prov).replace("-", "") + r.choice([".com", ".net"] + D.TLDS[cc][:1])
            offs.append({"addr": a, "phone": new_phone(r, cc, area), "email": r.choice(["reception", "info", "frontdesk", "mail"]) + "@" + dom,
                         "provider": prov, "domain": dom})
        out["office"][cc] = offs
        n_ag = max(3, int(D.COUNTRIES[cc][0] * 4))
        ags = []
        for i in range(n_ag):
            a = new_address(r, cc)
            nm = new_name(r, cc)
            dom = new_domain(r, nm)
            ags.append({"addr": a, "phone": new_phone(r, cc, _area_of(a)), "email": r.choice(["clients", "office", "mandanten", "service", "accounts", "secretary"]) + "@" + dom,
                        "name": nm})
        out["agent"][cc] = ags
        out["formation"][cc] = [{"addr": new_address(r, cc), "phone": None} for _ in range(3)]
        for f in out["formation"][cc]:
            f["phone"] = new_phone(r, cc, _area_of(f["addr"]))
    for i in range(60):
        cc = wchoice(r, COUNTRY_CODES, [D.COUNTRIES[c][0] for c in COUNTRY_CODES])
        word = r.choice(D.EN_BRAND_WORDS) + r.choice(["", " ", ""]) + r.choice(["Print", "Clean", "Fit", "Rent", "Care", "Home", "Burger", "Coffee", "Bake", "Auto", "Tutor", "Realty"])
        dom = slug(word).replace("-", "") + r.choice(D.TLDS[cc][:2])
        out["brand"].append({"cc": cc, "word": word, "domain": dom, "hotline": new_phone(r, cc, _area_of(new_address(r, cc)))})
    _POOLS[seed] = out
    return out


def _area_of(a: dict) -> str:
    cc = a["cc"]
    c = a["city"]
    if cc == "CN":
        return c[3]
    if cc == "TW":
        return c[4]
    if cc in ("HK", "SG"):
        return ""
    if cc == "JP":
        return c[3]
    if cc == "KR":
        return c[4]
    if cc in ("VN", "TH"):
        return c[3]
    return c[3]


def _stream_seed(seed: int, chunk: int) -> int:
    h = hashlib.sha256(f"heldout6:{seed}:{chunk}".encode()).digest()
    return int.from_bytes(h[:16], "big")


# --------------------------------------------------------------------------- entities
class Ctx:
    def __init__(self, r: random.Random, seed: int, chunk: int):
        self.r = r
        self.seed = seed
        self.chunk = chunk
        self.next_local = 0
        self.pools = pools(seed)
        self.salt = {cc: int.from_bytes(hashlib.sha256(f"tax:{seed}:{cc}".encode()).digest()[:8], "big") for cc in COUNTRY_CODES}

    def new_k(self) -> int:
        k = self.chunk * NAMESPACE + self.next_local
        self.next_local += 1
        return k


def pick_country(r: random.Random) -> str:
    return r.choices(COUNTRY_CODES, cum_weights=COUNTRY_CUM)[0]


def _city_count(cc: str) -> int:
    return {"CN": len(D.CN_CITIES), "TW": len(D.TW_CITIES), "HK": len(D.HK_DISTRICTS), "JP": len(D.JP_CITIES), "KR": len(D.KR_CITIES),
            "VN": len(D.VN_CITIES), "TH": len(D.TH_CITIES), "SG": 1}.get(cc) or len(D.CITIES[cc])


def _tax_extras(a: dict) -> dict:
    cc = a["cc"]
    if cc == "CN":
        return {"city_code": a["city"][4] + f"{D.CN_CITIES.index(a['city']) % 9 + 1:02d}"}
    if cc == "IT":
        return {"city_code": f"{(D.CITIES['IT'].index(a['city']) * 37 + 146) % 1000:03d}"}
    if cc == "IN":
        return {"state": D.IN_GST_STATE[a["city"][4]]}
    return {}


def make_entity(ctx: Ctx, kind: str, cc: str | None = None, name: dict | None = None, addr: dict | None = None, city_idx: int | None = None,
                phone=None, domain: str | None | bool = None, k_dist=K_MAIN, has_tax: bool | None = None) -> dict:
    r = ctx.r
    cc = cc or pick_country(r)
    if addr is None:
        addr = new_address(r, cc, city_idx)
    if name is None:
        name = new_name(r, cc)
    if cc == "CN" and "city" not in name:
        name["city"] = (addr["city"][0], addr["city"][1])
    name.setdefault("city", None)
    name["cityname"] = addr["city"][0] if isinstance(addr["city"], tuple) else ""
    k = ctx.new_k()
    e = {"id": f"E{k:09d}", "k": k, "cc": cc, "kind": kind, "name": name, "addr": addr, "old_addr": None, "site2": None}
    area = _area_of(addr)
    e["phone"] = phone or new_phone(r, cc, area)
    e["old_phone"] = None
    e["directs"] = [direct_line(r, e["phone"]) for _ in range(r.randint(0, 3))]
    e["mobiles"] = [new_mobile(r, cc, area) for _ in range(r.randint(0, 2))]
    e["contacts"] = [person(r, cc) for _ in range(r.randint(1, 3))]
    if domain is None:
        domain = None if r.random() < P_NO_DOMAIN else new_domain(r, name)
    elif domain is False:
        domain = None
    e["domain"] = domain
    e["alt_domain"] = None
    if domain and r.random() < .12:
        base, _, tld = domain.partition(".")
        e["alt_domain"] = r.choice([f"mail.{domain}", f"{base}-group.{tld}", f"{base}.com" if not domain.endswith(".com") else f"{base}.net"])
    lang = D.PERSON_LANG[cc]
    e["generic"] = r.sample(D.GENERIC_LOCAL[lang], min(2, len(D.GENERIC_LOCAL[lang])))
    e["freemail"] = [local_part(r, p, cc) + ("" if r.random() < .6 else str(r.randint(1, 999))) + "@" + r.choice(D.FREEMAIL[cc]) for p in e["contacts"][:2]]
    if has_tax is None:
        has_tax = r.random() > P_NO_TAX_ID
    if has_tax:
        ex = _tax_extras(addr)
        letter = ascii_fold(str(name.get("core", "A")[0] if isinstance(name.get("core"), str) else "A"))[:1].upper() or "A"
        if not letter.isalpha():
            letter = "A"
        e["tax"] = make_tax_id(cc, k, ctx.salt[cc], name_letter=letter, legal=name.get("legal", "") if isinstance(name.get("legal"), str) else "", **ex)
    else:
        e["tax"] = None
    e["tax_typo"] = mistype_tax_id(r, cc, e["tax"]) if e["tax"] else None
    e["branch_no"] = ""
    if r.random() < P_MOVED:
        e["old_addr"] = new_address(r, cc, None if r.random() < .4 else _city_index(addr))
        e["old_phone"] = new_phone(r, cc, _area_of(e["old_addr"])) if r.random() < .6 else None
    if r.random() < P_SECOND_SITE:
        e["site2"] = new_address(r, cc)
    if r.random() < .08:
        add_pobox(r, addr)
    if r.random() < P_TRADING_NAME and not name.get("trading"):
        if cc in ("CN", "TW", "JP", "KR"):
            name["trading"] = brand_word(r).capitalize() + " " + r.choice(["Technology", "Group", "International", "Industries"])
        elif cc in D.LANG:
            name["trading"] = (r.choice(D.EN_BRAND_WORDS) + " " + r.choice(["Print", "Solutions", "Supplies", "Service", "Store", "Parts"]))
    e["n"] = r.choices(k_dist[0], k_dist[1])[0]
    e["shared"] = {}
    return e


def _city_index(a: dict) -> int:
    cc = a["cc"]
    lst = {"CN": D.CN_CITIES, "TW": D.TW_CITIES, "HK": D.HK_DISTRICTS, "JP": D.JP_CITIES, "KR": D.KR_CITIES, "VN": D.VN_CITIES, "TH": D.TH_CITIES}.get(cc)
    if cc == "SG":
        return 0
    lst = lst or D.CITIES[cc]
    return lst.index(a["city"])


def _sibling_sector(r: random.Random, n: dict):
    cc = n["cc"]
    if cc in ("CN", "TW"):
        pool = D.CN_SECTORS
    elif cc == "HK":
        pool = D.HK_SECTORS
    elif cc == "JP":
        pool = D.JP_SECTORS
    elif cc == "KR":
        pool = D.KR_SECTORS
    elif cc == "TH":
        pool = D.TH_SECTORS
    elif cc == "VN":
        pool = D.VN_SECTORS
    else:
        pool = D.SECTORS[D.LANG[cc]]
    for _ in range(10):
        s = r.choice(pool)
        if s != n["sector"]:
            return s
    return pool[0]


GROUP_WORDS = {"CN": ("集团", "Group"), "TW": ("集團", "Group"), "HK": ("集團", "Group"), "JP": ("ホールディングス", "Holdings", "ホールディングス"), "KR": ("홀딩스", "Holdings"),
               "TH": ("กรุ๊ป", "Group"), "VN": ("Tập đoàn", "Group")}
LATIN_HOLDING = {"de": ["Holding", "Gruppe", "Beteiligungs"], "fr": ["Holding", "Groupe"], "it": ["Holding", "Group"], "es": ["Grupo", "Holding"],
                 "nl": ["Holding", "Groep"], "en": ["Holdings", "Group"], "in": ["Group", "Holdings"]}
REGION_SUB = {"DE": "Deutschland", "FR": "France", "GB": "UK", "US": "USA", "IT": "Italia", "ES": "España", "NL": "Nederland", "CH": "Schweiz", "AT": "Austria",
              "JP": "Japan", "CN": "China", "TW": "Taiwan", "HK": "Hong Kong", "SG": "Singapore", "KR": "Korea", "VN": "Vietnam", "TH": "Thailand",
              "IN": "India", "AU": "Australia", "CA": "Canada"}


LATIN_SUB = ["US", "US", "DE", "GB", "GB", "FR", "NL", "SG", "IT", "ES", "CH", "AU", "CA", "IN"]


def latin_core(n: dict) -> str:
    """The core of a name in Latin letters, for a foreign subsidiary."""
    c = n["core"]
    if isinstance(c, str):
        return ascii_fold(c) if n["cc"] == "VN" else c
    if n["cc"] == "KR":
        return c[1][0]
    return c[1]


def scenario(ctx: Ctx, kind: str) -> list[dict]:
    r = ctx.r
    if kind == "standalone":
        return [make_entity(ctx, kind)]
    if kind == "generic":
        cc = pick_country(r)
        lang = D.LANG.get(cc)
        if lang and lang in D.GENERIC_NAMES and cc != "HK":
            core = r.choice(D.GENERIC_NAMES[lang])
            nm = new_name(r, cc, core=core, sector=("", []))
        else:
            nm = new_name(r, cc)
            if cc in ("CN", "TW"):
                nm["core"] = r.choice([("华信", "Huaxin"), ("宏达", "Hongda"), ("东方", "Dongfang"), ("恒源", "Hengyuan"), ("中联", "Zhonglian"), ("金桥", "Jinqiao")])
                nm["sector"] = r.choice(D.CN_SECTORS[:6])
            elif cc == "JP":
                nm["core"] = r.choice(D.JP_CORES[:8])
                nm["sector"] = r.choice(D.JP_SECTORS[:5])
        return [make_entity(ctx, kind, cc=cc, name=nm)]
    if kind == "namesakes":
        cc = pick_country(r)
        base = new_name(r, cc)
        m = r.randint(2, 4)
        cities = r.sample(range(_city_count(cc)), min(m, _city_count(cc))) if _city_count(cc) > 1 else [0] * m
        out = []
        for ci in cities:
            nm = dict(base)
            nm["legal"] = base["legal"] if r.random() < .7 else new_name(r, cc)["legal"]
            nm.pop("city", None)
            if cc in ("HK", "SG"):
                out.append(make_entity(ctx, kind, cc=cc, name=nm))
            else:
                out.append(make_entity(ctx, kind, cc=cc, name=nm, city_idx=ci))
        return out
    if kind in ("group", "sisters"):
        cc = pick_country(r)
        parent_name = new_name(r, cc)
        hq = new_address(r, cc)
        dom = new_domain(r, parent_name) if r.random() < .85 else None
        out = []
        if kind == "group":
            pn = dict(parent_name)
            if cc in GROUP_WORDS:
                pn["extra"] = GROUP_WORDS[cc]
                if cc in ("CN", "TW"):
                    pn["sector"] = ("", "", "", [""]) if r.random() < .5 else pn["sector"]
                    if pn["sector"][0] == "":
                        pn["sector"] = ("", "", "Group", [""])
                        pn["extra"] = ("集团", "")
                    pn["legal"] = "有限公司" if r.random() < .7 else "股份有限公司"
            else:
                pn["extra"] = r.choice(LATIN_HOLDING[D.LANG[cc]])
                pn["sector"] = ("", []) if r.random() < .6 else pn["sector"]
            parent = make_entity(ctx, "group_parent", cc=cc, name=pn, addr=hq, domain=dom or False)
            out.append(parent)
            m = r.randint(1, 5)
        else:
            m = r.randint(2, 3)
            parent = None
        main_phone = new_phone(r, cc, _area_of(hq))
        for i in range(m):
            nm = dict(parent_name)
            nm["extra"] = ""
            nm["trading"] = None
            sub_cc = cc
            q = r.random()
            if kind == "group" and q < .15:  # foreign subsidiary
                sub_cc = r.choice(LATIN_SUB)
                if sub_cc == cc:
                    sub_cc = "US" if cc != "US" else "DE"
                nm = new_name(r, sub_cc)
                nm["core"] = latin_core(parent_name)
                nm["extra"] = REGION_SUB[sub_cc]
                e = make_entity(ctx, "group_sub", cc=sub_cc, name=nm, domain=dom if dom and r.random() < .6 else None)
            elif kind == "group" and q < .35 and cc in ("CN", "TW", "JP", "VN"):  # registered branch: own tax id
                other = new_address(r, cc)
                city = other["city"]
                if cc == "CN":
                    nm["branch"] = (city[0] + "分公司", f"{city[1][0]} Branch")
                elif cc == "TW":
                    nm["branch"] = (city[0].replace("市", "") + "分公司", f"{city[2].replace(' City', '')} Branch")
                elif cc == "JP":
                    nm["branch"] = ((city[1] or city[0]).replace("市", "") + "支店", f"{city[2]} Branch")
                else:
                    nm["branch"] = None
                    nm["extra"] = ("Chi nhánh " + city[0], "Branch " + ascii_fold(city[0]))
                e = make_entity(ctx, "group_branch", cc=cc, name=nm, addr=other, domain=dom or False)
                if cc == "VN" and parent and parent["tax"]:
                    e["tax"] = parent["tax"]
                    e["branch_no"] = f"{i + 1:03d}"
                    e["tax_typo"] = mistype_tax_id(r, cc, e["tax"])
            else:
                nm["sector"] = _sibling_sector(r, parent_name)
                if kind == "sisters" and i == 0:
                    nm["sector"] = parent_name["sector"]
                same_site = r.random() < (.7 if kind == "sisters" else .35)
                addr = hq if same_site else new_address(r, cc)
                shared_phone = main_phone if same_site and r.random() < .5 else None
                e = make_entity(ctx, "group_sub" if kind == "group" else "sister", cc=cc, name=nm, addr=addr,
                                phone=shared_phone, domain=dom if dom and r.random() < .6 else None)
            out.append(e)
        return out
    if kind == "franchise":
        brand = r.choice(ctx.pools["brand"])
        cc = brand["cc"]
        out = []
        for _ in range(r.randint(2, 5)):
            nm = new_name(r, cc)
            addr = new_address(r, cc)
            cityname = addr["city"][0] if cc in LATIN else (addr["city"][1][0] if cc in ("CN", "VN", "TH") else addr["city"][2] if cc in ("JP", "KR", "TW") else addr["city"][1])
            cityname = ascii_fold(str(cityname)) or "City"
            q = r.random()
            if q < .5:
                nm["trading"] = f"{brand['word']} {cityname}"
            else:
                nm["trading"] = f"{brand['word']} {cityname}" if q < .7 else f"{brand['word']} ({cityname})"
            if cc in LATIN and r.random() < .6:
                nm["core"] = f"{brand['word']} {cityname}"
                nm["sector"] = ("", [])
            e = make_entity(ctx, "franchisee", cc=cc, name=nm, addr=addr, k_dist=K_SMALL, domain=False)
            e["shared"] = {"email": f"{slug(cityname)[:10]}@{brand['domain']}", "phone": brand["hotline"]}
            out.append(e)
        return out
    if kind == "serviced_office":
        cc = pick_country(r)
        office = r.choice(ctx.pools["office"][cc])
        out = []
        for _ in range(r.randint(1, 3)):
            a = dict(office["addr"])
            a["pobox"] = None
            e = make_entity(ctx, "tenant", cc=cc, addr=a, k_dist=K_SMALL, domain=None if r.random() < .5 else False)
            e["shared"] = {"phone": office["phone"], "email": office["email"], "co": "c/o " + office["provider"]}
            out.append(e)
        return out
    if kind == "agent_address":
        cc = pick_country(r)
        ag = r.choice(ctx.pools["agent"][cc])
        out = []
        for _ in range(r.randint(1, 3)):
            a = dict(ag["addr"])
            a["pobox"] = None
            e = make_entity(ctx, "agent_client", cc=cc, addr=a, domain=None if r.random() < .5 else False)
            own = new_address(r, cc)
            e["site2"] = own  # the real premises, in some operational records
            agname = render_name(r, ag["name"], native=False, upper=False)
            e["shared"] = {"phone": ag["phone"], "email": ag["email"], "co": "c/o " + agname}
            out.append(e)
        return out
    if kind == "shells":
        cc = r.choice(["HK", "SG", "GB", "US", "CN", "HK", "GB", "DE", "NL"])
        fa = r.choice(ctx.pools["formation"][cc])
        base = new_name(r, cc)
        out = []
        words = ["Holdings", "Investments", "Ventures", "Capital", "International", "Trading", "Global", "Enterprises"]
        for i in range(r.randint(3, 10)):
            nm = dict(base)
            nm["trading"] = None
            q = r.random()
            if cc in ("CN",):
                nm["sector"] = r.choice(D.CN_SECTORS[:8])
                c1 = r.choice(D.CN_CHARS)
                nm["core"] = (base["core"][0] + c1[0], base["core"][1] + c1[1])
            elif cc == "HK":
                nm["extra"] = ("", f"({i + 1})") if q < .5 else ("", r.choice(words))
            elif q < .5:
                nm["extra"] = f"{r.choice(['No.', ''])} {i + 1}".strip() if cc not in ("NL", "DE") else f"{i + 1}"
            else:
                nm["extra"] = r.choice(words)
            a = dict(fa["addr"])
            a["pobox"] = None
            e = make_entity(ctx, "shell", cc=cc, name=nm, addr=a, phone=fa["phone"], domain=False, k_dist=K_SMALL, has_tax=True)
            out.append(e)
        return out
    raise KeyError(kind)


# --------------------------------------------------------------------------- records
def country_text(r: random.Random, cc: str, src: str) -> str:
    if r.random() < (P_COUNTRY_MISSING * (2 if src in ("LEGACY", "FAIR", "CALL") else .3 if src == "EINV" else 1)):
        return ""
    q = r.random()
    if q < .45:
        return cc if cc != "GB" or r.random() < .7 else "UK"
    if q < .55:
        return D.COUNTRIES[cc][1]
    names = D.COUNTRIES[cc][2]
    return names[0] if q < .8 else r.choice(names)


def render_email(r: random.Random, e: dict, src: str, upper: bool) -> str:
    cc = e["cc"]
    sh = e["shared"]
    q = r.random()
    if sh.get("email") and q < .3:
        em = sh["email"]
    else:
        dom = e["domain"]
        if dom and e["alt_domain"] and r.random() < .25:
            dom = e["alt_domain"]
        want_personal = src in ("CRM", "WEB", "FAIR", "CALL")
        if dom and r.random() < (.75 if not (src == "WEB") else .55):
            if src == "EINV" and r.random() < .6:
                loc = r.choice(D.INVOICE_LOCAL)
            elif want_personal and r.random() < .8:
                loc = local_part(r, r.choice(e["contacts"]), cc)
            elif r.random() < .6:
                loc = e["generic"][0] if r.random() < .7 else e["generic"][-1]
            else:
                loc = local_part(r, r.choice(e["contacts"]), cc)
            em = f"{loc}@{dom}"
        elif e["freemail"]:
            em = r.choice(e["freemail"])
        else:
            return ""
    if upper and r.random() < .5:
        em = em.upper()
    elif r.random() < .08:
        loc, _, d = em.partition("@")
        em = loc.title().replace(".", ".") + "@" + d.capitalize()
    if r.random() < .02:
        em = typo(r, em)
    if r.random() < .02 and e["freemail"]:
        em = em + r.choice(["; ", ", ", ";"]) + e["freemail"][0]
    return em


def render_record(r: random.Random, e: dict, src: str) -> list[str]:
    _, p_tax, p_email, p_phone, p_addr, p_native, p_upper, p_noise, trunc, p_old = SOURCES[src]
    cc = e["cc"]
    upper = r.random() < p_upper
    native = cc in NATIVE and r.random() < p_native
    if cc == "HK":
        native = native and r.random() < .35
    fw = cc in CJK and native and r.random() < .08
    nm = e["name"]
    lang = D.LANG.get(cc) or D.PERSON_LANG[cc]
    if r.random() < .07:
        dl = D.DEPARTMENTS.get("tw" if cc in ("TW", "HK") and native else lang) or D.DEPARTMENTS["en"]
        dept = r.choice(dl)
        nm = dict(nm)
        nm["dept"] = (dept, r.choice(D.DEPARTMENTS["en"])) if cc in ("CN", "TW", "HK", "JP", "KR") else dept
    name = render_name(r, nm, native, upper)
    if r.random() < p_noise:
        name = ocr(r, name) if src == "FAIR" or r.random() < .3 else typo(r, name)
    if fw and name.isascii():
        name = fullwidth(name)
    elif cc in CJK and native and r.random() < .05:
        name = fullwidth(name)
    if src == "LEGACY" and cc in LATIN and r.random() < .5:
        name = ascii_fold(name, german=D.LANG[cc] == "de")
    if trunc and len(name) > trunc and r.random() < .7:
        name = name[:trunc].rstrip()
    # address
    addr = e["addr"]
    if e["old_addr"] and r.random() < p_old:
        addr = e["old_addr"]
    elif e["site2"] and src in ("SCM", "WEB", "CALL") and r.random() < .5:
        addr = e["site2"]
    if r.random() < p_addr:
        abbr = r.random() < (.7 if src in ("ERP", "LEGACY") else .4)
        line, city, pc = render_address(r, addr, native, abbr, upper, fw)
        if e["shared"].get("co") and addr is e["addr"] and r.random() < .35:
            line = f"{e['shared']['co']}, {line}"
        if r.random() < .06:
            line = f"{line}, {pc} {city}".strip(", ")
            city = "" if r.random() < .7 else city
            pc = "" if r.random() < .5 else pc
        if r.random() < .06:
            pc = ""
        if r.random() < .04:
            city = ""
        if r.random() < p_noise * .7:
            line = ocr(r, line) if src == "FAIR" else typo(r, line)
        if r.random() < p_noise * .3 and city:
            city = typo(r, city)
        if trunc and len(line) > trunc + 5 and r.random() < .5:
            line = line[:trunc + 5].rstrip()
    else:
        line, city, pc = "", "", ""
        if r.random() < .3:
            city = render_address(r, addr, native, False, upper)[1]
    # phone
    phone = ""
    if r.random() < p_phone:
        sh = e["shared"].get("phone")
        q = r.random()
        if sh and q < .55:
            ph = sh
            ext = str(r.randint(10, 999)) if r.random() < .3 else ""
        elif addr is e["old_addr"] and e["old_phone"] and q < .8:
            ph, ext = e["old_phone"], ""
        elif src in ("CRM", "FAIR", "WEB") and q < .45 and (e["directs"] or e["mobiles"]):
            ph, ext = r.choice(e["directs"] + e["mobiles"]), ""
        else:
            ph = e["phone"]
            ext = str(r.randint(10, 999)) if r.random() < .08 else ""
        phone = render_phone(r, cc, ph, ext)
        if cc in CJK and native and r.random() < .08:
            phone = fullwidth(phone)
        if r.random() < p_noise * .4:
            phone = typo(r, phone)
    email = render_email(r, e, src, upper) if r.random() < p_email else ""
    tax = ""
    if e["tax"] and r.random() < p_tax:
        t = e["tax_typo"] if r.random() < .04 else e["tax"]
        tax = render_tax_id(r, cc, t, e["branch_no"])
        if cc in ("CN", "JP", "TW") and native and r.random() < .05:
            tax = fullwidth(tax)
    country = country_text(r, cc, src)
    if native and country in D.COUNTRIES[cc][2] and not country.isascii():
        pass
    return [name, line, city, pc, country, phone, email, tax]


def _csv_field(s: str) -> str:
    if not s:
        return ""
    if "\n" in s or "\r" in s:
        s = s.replace("\r", " ").replace("\n", " ")
    if "," in s or '"' in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def make_chunk(args: tuple[int, int, int]) -> tuple[list[str], list[str], list[tuple[str, str, str]]]:
    """(CSV lines without record id, entity id per line, (entity id, country, kind) per entity)
    of one chunk of ``size`` records."""
    seed, chunk, size = args
    r = random.Random(_stream_seed(seed, chunk))
    ctx = Ctx(r, seed, chunk)
    kinds = [s[0] for s in SCENARIOS]
    weights = [s[1] for s in SCENARIOS]
    lines: list[str] = []
    ents: list[str] = []
    meta: list[tuple[str, str, str]] = []
    left = size
    while left > 0:
        for e in scenario(ctx, wchoice(r, kinds, weights)):
            if left <= 0:
                break
            n = min(e["n"], left)
            left -= n
            meta.append((e["id"], e["cc"], e["kind"]))
            for _ in range(n):
                src = r.choices(SRC_NAMES, cum_weights=SRC_CUM)[0]
                lines.append(",".join(_csv_field(f) for f in render_record(r, e, src)))
                ents.append(e["id"])
    return lines, ents, meta


def _plan(n_records: int) -> list[int]:
    full, rest = divmod(n_records, CHUNK)
    return [CHUNK] * full + ([rest] if rest else [])


def _build(n_records: int, seed: int, workers: int | None = None):
    sizes = _plan(n_records)
    tasks = [(seed, i, s) for i, s in enumerate(sizes)]
    workers = workers or os.cpu_count() or 1
    if workers > 1 and len(tasks) > 1:
        import multiprocessing as mp
        try:
            ctx = mp.get_context("fork")
        except ValueError:
            ctx = mp.get_context()
        pools(seed)
        with ctx.Pool(min(workers, len(tasks))) as pool:
            parts = pool.map(make_chunk, tasks, chunksize=1)
    else:
        parts = [make_chunk(t) for t in tasks]
    lines: list[str] = []
    ents: list[str] = []
    meta: list[tuple[str, str, str]] = []
    for ls, es, ms in parts:
        lines += ls
        ents += es
        meta += ms
    del parts
    order = list(range(len(lines)))
    random.Random(_stream_seed(seed, -2)).shuffle(order)
    width = max(7, len(str(len(lines))))
    rec, tru = [], []
    for pos, i in enumerate(order):
        rid = f"r{pos:0{width}d}"
        rec.append(rid + "," + lines[i])
        tru.append(rid + "," + ents[i])
    return rec, tru, meta


def _text(header: list[str], rows: list[str]) -> str:
    return ",".join(header) + "\n" + "".join(row + "\n" for row in rows)


def generate(n_records: int, seed: int, workers: int | None = None):
    """(records, truth) as DataFrames of strings, missing values as empty strings."""
    import pandas as pd
    rec, tru, _ = _build(n_records, seed, workers)
    records = pd.read_csv(io.StringIO(_text(COLUMNS, rec)), dtype=str, keep_default_na=False, na_filter=False)
    truth = pd.read_csv(io.StringIO(_text(["record_id", "entity_id"], tru)), dtype=str, keep_default_na=False, na_filter=False)
    return records, truth


def generate_with_meta(n_records: int, seed: int, workers: int | None = None):
    """generate() plus a DataFrame of the entities: entity_id, country (ISO-2), kind."""
    import pandas as pd
    rec, tru, meta = _build(n_records, seed, workers)
    records = pd.read_csv(io.StringIO(_text(COLUMNS, rec)), dtype=str, keep_default_na=False, na_filter=False)
    truth = pd.read_csv(io.StringIO(_text(["record_id", "entity_id"], tru)), dtype=str, keep_default_na=False, na_filter=False)
    return records, truth, pd.DataFrame(meta, columns=["entity_id", "country", "kind"])


def write(folder, n_records: int, seed: int, workers: int | None = None) -> None:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rec, tru, _ = _build(n_records, seed, workers)
    with open(folder / "records.csv", "w", encoding="utf-8", newline="") as f:
        f.write(",".join(COLUMNS) + "\n")
        for i in range(0, len(rec), 100_000):
            f.write("".join(row + "\n" for row in rec[i:i + 100_000]))
    del rec
    with open(folder / "truth.csv", "w", encoding="utf-8", newline="") as f:
        f.write("record_id,entity_id\n")
        f.write("".join(row + "\n" for row in tru))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--records", type=int, required=True)
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--workers", type=int, default=None)
    a = p.parse_args(argv)
    write(a.out, a.records, a.seed, a.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
