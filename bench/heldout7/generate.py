"""Held-out benchmark data for company master-data matching: heldout7.

Customer and supplier master data of a German-headquartered manufacturing and distribution
group, consolidated from two ERPs, a CRM, a B2B e-commerce portal, a supplier portal, EDI
partner lists, a collections agency export and spreadsheets; with the ground truth of which
records are the same legal entity. See README.md beside this file.

    .venv/bin/python bench/heldout7/generate.py --records N --seed S --out FOLDER [--workers W]

Deterministic: the records are made in fixed chunks of CHUNK records, each with its own random
stream seeded from (seed, chunk), then shuffled with a stream seeded from the seed alone; the
worker count only decides which process makes which chunk.
"""

from __future__ import annotations

import argparse
import bisect
import multiprocessing as mp
import os
import random
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

try:
    from . import data as D
except ImportError:  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from bench.heldout7 import data as D

COLUMNS = ["record_id", "name", "address", "city", "postcode", "country", "phone", "email", "tax_id"]
HIDDEN = ["_entity", "_country", "_source", "_family", "_typo", "_canon"]
CHUNK = 10_000
"""Records per chunk: the unit of determinism."""

# records per entity: 1 to 12, skewed (mean about 2.95)
SIZE_P = [0.36, 0.22, 0.13, 0.085, 0.06, 0.045, 0.033, 0.025, 0.018, 0.012, 0.008, 0.004]
SIZE_CUM = list(np.cumsum(SIZE_P) / sum(SIZE_P))

# family kinds: (kind, weight per family)
FAMILIES = [("single", 100.0), ("group", 10.0), ("namesake", 6.0), ("generic", 5.0), ("colocated", 8.0),
            ("oneword", 5.0), ("successor", 4.0)]

CC = {c[0]: c for c in D.COUNTRIES}
COUNTRY_CODES = [c[0] for c in D.COUNTRIES]
COUNTRY_CUM = list(np.cumsum([c[1] for c in D.COUNTRIES]) / sum(c[1] for c in D.COUNTRIES))
LANG = {c[0]: c[6] for c in D.COUNTRIES}
CALLING = {"DE": "49", "AT": "43", "CH": "41", "FR": "33", "GB": "44", "US": "1", "IT": "39", "ES": "34", "NL": "31",
           "BE": "32", "PL": "48", "CZ": "420", "SE": "46", "CN": "86", "JP": "81", "KR": "82", "TW": "886", "HK": "852",
           "SG": "65", "IN": "91", "TH": "66"}
NO_TRUNK = {"US", "IT", "ES", "PL", "CZ", "HK", "SG"}
NSN_LEN = {"DE": 10, "AT": 10, "CH": 9, "FR": 9, "GB": 10, "US": 10, "IT": 10, "ES": 9, "NL": 9, "BE": 8, "PL": 9,
           "CZ": 9, "SE": 9, "IN": 10, "TH": 8, "JP": 9, "KR": 10, "TW": 9, "HK": 8, "SG": 8}
MOBILE = {"DE": (["151", "152", "160", "170", "171", "172", "175", "176", "179"], 8), "AT": (["664", "676", "699"], 7),
          "CH": (["79", "78", "76"], 7), "FR": (["6", "7"], 8), "GB": (["77", "78", "79", "74"], 8), "US": ([], 0),
          "IT": (["333", "347", "339", "320"], 7), "ES": (["6"], 8), "NL": (["6"], 8), "BE": (["47", "48", "49"], 7),
          "PL": (["50", "60", "69", "79", "88"], 7), "CZ": (["60", "72", "77"], 7), "SE": (["70", "72", "73"], 7),
          "CN": (["138", "139", "135", "136", "150", "158", "186", "189", "177"], 8), "JP": (["90", "80", "70"], 8),
          "KR": (["10"], 8), "TW": (["9"], 8), "HK": (["9", "6", "5"], 7), "SG": (["9", "8"], 7),
          "IN": (["98", "99", "97", "88", "70"], 8), "TH": (["8", "9", "6"], 8)}
LANG_NAMES = {"de": "de", "en": "en", "fr": "fr", "it": "it", "es": "es", "nl": "nl", "pl": "pl", "cz": "cz", "se": "se",
              "in": "en", "sg": "en", "hk": "en", "th": "en", "cn": "cn", "jp": "jp", "kr": "kr", "tw": "tw"}
SRC_ROLE = {
    "cust": [("erp_old", 16), ("erp_new", 22), ("crm", 22), ("ecom", 16), ("edi", 5), ("collect", 5), ("sheet", 14)],
    "supp": [("erp_old", 18), ("erp_new", 24), ("procure", 30), ("edi", 8), ("sheet", 12), ("crm", 3)],
    "both": [("erp_old", 16), ("erp_new", 22), ("crm", 14), ("ecom", 8), ("procure", 16), ("edi", 7), ("collect", 3), ("sheet", 12)],
    "old": [("erp_old", 40), ("collect", 15), ("sheet", 25), ("erp_new", 10), ("crm", 10)],
}
SRC_CUM = {k: (list(np.cumsum([w for _, w in v]) / sum(w for _, w in v)), [s for s, _ in v]) for k, v in SRC_ROLE.items()}

# per source: upper, fold, native (CJK), trunc name, lf drop, typo, ocr, suffix, short, old name, old addr,
#             e-mail missing, tax missing, phone missing, postcode missing
S = {
    "erp_old": dict(up=1.0, fold=0.9, nat=0.0, tn=30, ta=30, tc=20, lfd=0.15, typo=0.03, ocr=0.0, suf=0.08, short=0.03,
                    old=0.7, mis_e=0.8, mis_t=0.75, mis_p=0.2, mis_pc=0.03),
    "erp_new": dict(up=0.05, fold=0.05, nat=0.25, tn=40, ta=60, tc=40, lfd=0.08, typo=0.02, ocr=0.0, suf=0.1, short=0.03,
                    old=0.2, mis_e=0.45, mis_t=0.35, mis_p=0.15, mis_pc=0.02),
    "crm": dict(up=0.03, fold=0.1, nat=0.35, tn=0, ta=0, tc=0, lfd=0.35, typo=0.06, ocr=0.0, suf=0.12, short=0.3,
                old=0.2, mis_e=0.2, mis_t=0.88, mis_p=0.08, mis_pc=0.12),
    "ecom": dict(up=0.06, fold=0.05, nat=0.65, tn=60, ta=0, tc=0, lfd=0.25, typo=0.07, ocr=0.0, suf=0.05, short=0.15,
                 old=0.05, mis_e=0.0, mis_t=0.6, mis_p=0.1, mis_pc=0.03),
    "procure": dict(up=0.08, fold=0.05, nat=0.45, tn=0, ta=0, tc=0, lfd=0.05, typo=0.02, ocr=0.0, suf=0.03, short=0.03,
                    old=0.05, mis_e=0.05, mis_t=0.12, mis_p=0.05, mis_pc=0.02),
    "edi": dict(up=0.9, fold=0.8, nat=0.05, tn=35, ta=35, tc=35, lfd=0.2, typo=0.02, ocr=0.0, suf=0.1, short=0.05,
                old=0.5, mis_e=0.55, mis_t=0.92, mis_p=0.5, mis_pc=0.05),
    "collect": dict(up=0.7, fold=0.5, nat=0.05, tn=40, ta=40, tc=30, lfd=0.1, typo=0.03, ocr=0.04, suf=0.05, short=0.03,
                    old=0.6, mis_e=0.7, mis_t=0.8, mis_p=0.1, mis_pc=0.05),
    "sheet": dict(up=0.15, fold=0.1, nat=0.3, tn=0, ta=0, tc=0, lfd=0.35, typo=0.06, ocr=0.05, suf=0.06, short=0.2,
                  old=0.4, mis_e=0.5, mis_t=0.8, mis_p=0.3, mis_pc=0.15),
}
COUNTRY_STYLE = {
    "erp_old": [("de", 0.5), ("iso2", 0.45), ("miss", 0.05)], "erp_new": [("iso2", 0.97), ("miss", 0.03)],
    "crm": [("en", 0.6), ("iso2", 0.15), ("local", 0.1), ("miss", 0.15)], "ecom": [("iso2", 0.5), ("en", 0.4), ("local", 0.1)],
    "procure": [("iso2", 0.8), ("en", 0.2)], "edi": [("iso3", 0.6), ("iso2", 0.4)], "collect": [("de", 0.8), ("miss", 0.2)],
    "sheet": [("en", 0.3), ("local", 0.2), ("iso2", 0.2), ("de", 0.1), ("miss", 0.2)],
}
EMAIL_KIND = {"crm": (0.7, 0.2), "ecom": (0.55, 0.25), "procure": (0.35, 0.6), "erp_old": (0.3, 0.65), "erp_new": (0.35, 0.6),
              "edi": (0.05, 0.95), "collect": (0.3, 0.5), "sheet": (0.5, 0.3)}  # (personal, role), rest free mail


# ================================================================== small helpers

def pick(rng, seq):
    return seq[int(rng.random() * len(seq))]


def wpick(rng, pairs):
    x = rng.random() * sum(w for _, w in pairs)
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def digits(rng, n, first_nonzero=False):
    s = "".join(str(int(rng.random() * 10)) for _ in range(n))
    if first_nonzero and n and s[0] == "0":
        s = str(1 + int(rng.random() * 9)) + s[1:]
    return s


def scramble(u, n, salt):
    """A bijection of [0, 10**n): the entity's unique number as n digits (ids never collide)."""
    m = 10 ** n
    mult = (salt * 2_654_435_761 + 7_777) % m
    mult = mult + (1 if mult % 2 == 0 else 0)
    if mult % 5 == 0:
        mult += 2
    return f"{(u * mult + salt * 97_531) % m:0{n}d}"


FOLD_DE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def fold(s, de_style=True):
    """Diacritics off, as old systems store text (Chinese, Japanese, Korean text is left as it is)."""
    if s.isascii() or any(ord(ch) > 0x2E7F for ch in s):
        return s
    if de_style:
        s = s.translate(FOLD_DE)
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def romaji(s, style):
    """Japanese long vowels written one of the ways people write them."""
    if style == 0:
        return s.replace("ō", "o").replace("ū", "u").replace("Ō", "O").replace("Ū", "U")
    if style == 1:
        return s.replace("ō", "oh").replace("ū", "u").replace("Ō", "Oh").replace("Ū", "U")
    if style == 2:
        return s.replace("ō", "ou").replace("ū", "uu").replace("Ō", "Ou").replace("Ū", "Uu")
    if style == 3:
        return s.replace("ō", "ô").replace("ū", "û").replace("Ō", "Ô").replace("Ū", "Û")
    return s


def jp_style(rng):
    x = rng.random()
    return 0 if x < 0.72 else 1 if x < 0.82 else 2 if x < 0.92 else 3 if x < 0.96 else 4


FULLWIDTH = {i: i + 0xFEE0 for i in range(0x21, 0x7F)}
FULLWIDTH[0x20] = 0x3000
FW_DIGITS = {i: i + 0xFEE0 for i in range(0x30, 0x3A)}
FW_DIGITS[ord("-")] = ord("－")
FW_DIGITS[ord("(")], FW_DIGITS[ord(")")] = ord("（"), ord("）")


def fullwidth(s, only_digits=False):
    return s.translate(FW_DIGITS if only_digits else FULLWIDTH)


KEYS = ["qwertzuiop", "asdfghjkl", "yxcvbnm"]
NEIGH = {}
for _r, _row in enumerate(KEYS):
    for _i, _ch in enumerate(_row):
        n = [_row[j] for j in (_i - 1, _i + 1) if 0 <= j < len(_row)]
        for _rr in (_r - 1, _r + 1):
            if 0 <= _rr < len(KEYS):
                n += [KEYS[_rr][j] for j in (_i - 1, _i, _i + 1) if 0 <= j < len(KEYS[_rr])]
        NEIGH[_ch] = "".join(n)
NEIGH["y"] += "t"  # QWERTY typists on a QWERTZ keyboard and the other way round
NEIGH["z"] = NEIGH.get("z", "") + "xa"


def typo(rng, s):
    """A keyboard slip: a neighbouring key, two letters swapped, one dropped or doubled."""
    letters = [i for i, ch in enumerate(s) if ch.isalpha()]
    if len(letters) < 4:
        return s
    i = letters[1 + int(rng.random() * (len(letters) - 1))]
    x = rng.random()
    ch = s[i]
    if x < 0.4 and ch.lower() in NEIGH:
        rep = pick(rng, NEIGH[ch.lower()])
        return s[:i] + (rep.upper() if ch.isupper() else rep) + s[i + 1:]
    if x < 0.65 and i + 1 < len(s) and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if x < 0.85:
        return s[:i] + s[i + 1:]
    return s[:i] + ch + s[i:]


OCR = [("rn", "m"), ("m", "rn"), ("l", "1"), ("I", "l"), ("O", "0"), ("0", "O"), ("S", "5"), ("B", "8"), ("e", "c"),
       ("cl", "d"), ("h", "b"), ("u", "ii"), ("i", "l"), ("G", "6"), ("E", "F"), ("n", "h")]


def ocr(rng, s):
    cands = [(a, b) for a, b in OCR if a in s]
    if not cands:
        return s
    a, b = pick(rng, cands)
    at = [i for i in range(len(s)) if s.startswith(a, i)]
    i = pick(rng, at)
    return s[:i] + b + s[i + len(a):]


def trunc(s, n):
    return s if not n or len(s) <= n else s[:n].rstrip(" ,.-&")


ABBREV = [("Maschinenbau", "Masch.bau"), ("Maschinenbau", "Maschinenb."), ("technik", "techn."), ("Technik", "Techn."),
          ("Gesellschaft", "Ges."), ("Gebrüder", "Gebr."), ("Industrie", "Ind."), ("International", "Int."),
          ("International", "Intl."), ("International", "Int'l"), ("Manufacturing", "Mfg."), ("Manufacturing", "Mfg"),
          ("Industries", "Inds."), ("Industries", "Ind."), ("Engineering", "Eng."), ("Engineering", "Engg."),
          ("Technologies", "Tech."), ("Technology", "Tech."), ("Components", "Comp."), ("Systems", "Sys."),
          ("Products", "Prod."), ("Services", "Svcs."), ("Brothers", "Bros."), ("Company", "Co."), ("Corporation", "Corp."),
          ("Electronics", "Elec."), ("Electronic", "Elec."), ("Precision", "Prec."), ("Machinery", "Mach."),
          (" und ", " u. "), (" und ", " & "), (" and ", " & "), (" & ", " and "), (" & ", " + "), ("Söhne", "Soehne"),
          ("Établissements", "Ets"), ("Établissements", "Ets."), ("Société", "Sté"), ("Société", "Ste"), ("Mécanique", "Méca"),
          ("Handelsgesellschaft", "Handelsges."), ("Vertrieb", "Vertr."), ("Verwaltungs", "Verw."), ("Holding", "Hldg."),
          ("Automation", "Autom."), ("Distribution", "Distr."), ("Logistics", "Log."), ("Trading", "Trdg."),
          ("Meccanica", "Mecc."), ("Industrias", "Ind."), ("Przemysł", "Przem."), ("Spedition", "Sped.")]


def abbreviate(rng, s):
    cands = [(a, b) for a, b in ABBREV if a in s]
    if not cands:
        return s
    a, b = pick(rng, cands)
    return s.replace(a, b, 1)


# ================================================================== tax ids

def mod_11_10(ds):
    p = 10
    for d in ds:
        s = (d + p) % 10 or 10
        p = 2 * s % 11
    return (11 - p) % 10


def luhn(ds):
    t = 0
    for i, d in enumerate(reversed(ds)):
        t += (2 * d - 9 * (d > 4)) if i % 2 == 0 else d
    return (10 - t % 10) % 10


def gb_check(ds):
    return (-sum(w * d for w, d in zip((8, 7, 6, 5, 4, 3, 2), ds))) % 97


def jp_check(ds):
    t = sum(d * (1 if n % 2 == 1 else 2) for n, d in enumerate(reversed(ds), start=1))
    return 9 - t % 9


USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [pow(3, i, 31) for i in range(17)]
ORG_W = (3, 7, 9, 10, 5, 8, 4, 2)
EIN_PREFIXES = [p for p in [*range(1, 7), *range(10, 17), *range(20, 28), *range(30, 49), *range(50, 69), *range(71, 78),
                            *range(80, 89), *range(90, 96), 98, 99]]
JP_REG = ["0100", "0104", "0110", "0111", "1200", "1801", "3400", "4700", "5100", "1300", "0200", "0701", "8000", "9000",
          "1100", "1000", "6120", "7010", "4010", "3180"]


def uscc_check(body17):
    t = sum(USCC.index(c) * w for c, w in zip(body17, USCC_W))
    return USCC[(31 - t % 31) % 31]


def org_check(body8):
    v = 11 - sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, ORG_W)) % 11
    return {10: "X", 11: "0"}.get(v, str(v))


def valid(country, canon):
    """My own check of the check digits (the countries with a check); None for the others."""
    c = canon
    if country == "DE":
        return len(c) == 11 and c[2:].isdigit() and c[2] != "0" and mod_11_10([int(x) for x in c[2:10]]) == int(c[10])
    if country == "FR":
        if len(c) != 13 or not c[2:].isdigit():
            return False
        siren = c[4:]
        return luhn([int(x) for x in siren[:8]]) == int(siren[8]) and int(c[2:4]) == (12 + 3 * (int(siren) % 97)) % 97
    if country == "GB":
        if len(c) != 11 or not c[2:].isdigit():
            return False
        r = (sum(w * int(x) for w, x in zip((8, 7, 6, 5, 4, 3, 2), c[2:])) + int(c[9:11])) % 97
        return r == 0 or (r == 42 and int(c[2:5]) >= 100)
    if country == "JP":
        return len(c) == 13 and c.isdigit() and jp_check([int(x) for x in c[1:]]) == int(c[0])
    if country == "CN":
        return len(c) == 18 and all(x in USCC for x in c) and c[2:8].isdigit() and uscc_check(c[:17]) == c[17]
    if country == "US":
        return len(c) == 9 and c.isdigit() and int(c[:2]) in EIN_PREFIXES
    return None


def make_tax(rng, country, u, salt, e):
    """The entity's ids: {'canon': the canonical id, 'alt': other ids of the same entity (same company)}."""
    sc = scramble(u, 7, salt + ord(country[0]) * 31 + ord(country[1]))
    t = {"alt": []}
    if country == "DE":
        b = str(1 + int(rng.random() * 9)) + sc
        t["canon"] = "DE" + b + str(mod_11_10([int(x) for x in b]))
        t["alt"] = [f"{digits(rng, 2, True)}/{digits(rng, 3)}/{digits(rng, 5)}"]  # Steuernummer
    elif country == "FR":
        b = str(1 + int(rng.random() * 9)) + sc
        siren = b + str(luhn([int(x) for x in b]))
        t["canon"] = f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"
        t["siren"] = siren
        t["nic"] = [f"000{int(rng.random() * 4) + 1}{int(rng.random() * 10)}" for _ in range(3)]
    elif country == "GB":
        ds = [int(x) for x in sc]
        t["canon"] = f"GB{sc}{gb_check(ds):02d}"
        t["alt"] = ["0" + scramble(u, 7, salt + 4242)]  # company number
    elif country == "US":
        t["canon"] = f"{pick(rng, EIN_PREFIXES):02d}{sc}"
    elif country == "JP":
        b = pick(rng, JP_REG) + digits(rng, 1) + sc
        t["canon"] = str(jp_check([int(x) for x in b])) + b
    elif country == "CN":
        div = e["loc"]["div"]
        if rng.random() < 0.55:  # a new code: MA + 6 characters
            v = int(sc)
            chars = ""
            for _ in range(6):
                chars = USCC[v % 31 if USCC[v % 31] not in "IOSVZ" else 0] + chars
                v //= 31
            org8 = "MA" + chars
        else:
            org8 = str(1 + int(rng.random() * 7)) + sc
        org9 = org8 + org_check(org8)
        body = "91" + div + org9
        t["canon"] = body + uscc_check(body)
    elif country == "AT":
        t["canon"] = "ATU" + str(1 + int(rng.random() * 9)) + sc
    elif country == "CH":
        t["canon"] = "CHE" + digits(rng, 2, True) + sc
    elif country == "NL":
        t["canon"] = "NL" + digits(rng, 2, True) + sc + "B0" + str(1 + int(rng.random() * 2))
    elif country == "BE":
        t["canon"] = "BE0" + str(4 + int(rng.random() * 5)) + digits(rng, 1) + sc
    elif country == "IT":
        t["canon"] = "IT" + digits(rng, 4) + sc
    elif country == "ES":
        t["canon"] = "ES" + pick(rng, "BBBA") + digits(rng, 1) + sc
    elif country == "PL":
        t["canon"] = "PL" + digits(rng, 3, True) + sc
    elif country == "CZ":
        t["canon"] = "CZ" + digits(rng, 1, True) + sc
    elif country == "SE":
        t["canon"] = "SE" + "55" + digits(rng, 1) + sc + "01"
    elif country == "KR":
        t["canon"] = digits(rng, 3, True) + sc
    elif country == "TW":
        t["canon"] = digits(rng, 1) + sc
    elif country == "HK":
        t["canon"] = str(1 + int(rng.random() * 7)) + sc
    elif country == "SG":
        t["canon"] = str(1990 + int(rng.random() * 34)) + sc[:2] + scramble(u, 5, salt + 99) + pick(rng, "KMNRWZEHDC")
    elif country == "IN":
        v = int(sc)
        let = ""
        for _ in range(3):
            let += chr(65 + v % 26)
            v //= 26
        pan = let + "C" + pick(rng, "ABCDEFGHKMPRSTV") + sc[-4:] + pick(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ")
        t["canon"] = pick(rng, ["27", "29", "33", "24", "06", "07"]) + pan + "1Z" + pick(rng, "0123456789ABCDEFGHJ")
    elif country == "TH":
        t["canon"] = "0105" + digits(rng, 2) + sc
    return t


def tax_typo(rng, country, canon):
    """A mistyped id: one digit wrong, two swapped, one dropped; never valid where the country has a check."""
    for _ in range(6):
        pos = [i for i, ch in enumerate(canon) if ch.isdigit()]
        i = pick(rng, pos)
        x = rng.random()
        if x < 0.5:
            d = str((int(canon[i]) + 1 + int(rng.random() * 9)) % 10)
            t = canon[:i] + d + canon[i + 1:]
        elif x < 0.8 and i + 1 < len(canon) and canon[i + 1].isdigit() and canon[i + 1] != canon[i]:
            t = canon[:i] + canon[i + 1] + canon[i] + canon[i + 2:]
        else:
            t = canon[:i] + canon[i + 1:]
        if valid(country, t) is not True or country == "US":
            return t
    return canon[:-1]


def fmt_tax(rng, country, canon, e, at_plant):
    """The id as a system holds it (separators, with or without the prefix, another id of the company)."""
    x = rng.random()
    if country == "DE":
        b = canon[2:]
        if x < 0.55:
            return canon
        if x < 0.72:
            return f"DE {b[:3]} {b[3:6]} {b[6:]}"
        if x < 0.82:
            return b
        if x < 0.86:
            return "DE-" + b
        if x < 0.89:
            return canon.lower()
        if x < 0.91:
            return "USt-IdNr. " + canon
        return None  # the Steuernummer, see caller
    if country == "FR":
        siren = canon[4:]
        if x < 0.45:
            return canon
        if x < 0.6:
            return f"FR {canon[2:4]} {siren[:3]} {siren[3:6]} {siren[6:]}"
        if x < 0.78:
            return f"{siren[:3]} {siren[3:6]} {siren[6:]}" if rng.random() < 0.6 else siren
        nic = e["tax"]["nic"][1 if at_plant else 0]
        return f"{siren[:3]} {siren[3:6]} {siren[6:]} {nic}" if rng.random() < 0.6 else siren + nic
    if country == "GB":
        b = canon[2:]
        if x < 0.4:
            return canon
        if x < 0.6:
            return f"GB {b[:3]} {b[3:7]} {b[7:]}"
        if x < 0.7:
            return f"{b[:3]} {b[3:7]} {b[7:]}"
        return None  # company number
    if country == "US":
        return f"{canon[:2]}-{canon[2:]}" if x < 0.7 else canon if x < 0.95 else "US" + canon
    if country == "JP":
        if x < 0.55:
            return canon
        if x < 0.8:
            return "T" + canon
        if x < 0.9:
            return f"{canon[0]}-{canon[1:5]}-{canon[5:9]}-{canon[9:]}"
        return fullwidth(canon) if rng.random() < 0.6 else f"T{canon[0]} {canon[1:5]} {canon[5:9]} {canon[9:]}"
    if country == "CN":
        return canon if x < 0.85 else canon.lower() if x < 0.9 else fullwidth(canon) if x < 0.95 else f"{canon[:6]} {canon[6:12]} {canon[12:]}"
    if country == "CH":
        b = canon[3:]
        return f"CHE-{b[:3]}.{b[3:6]}.{b[6:]}" + (" MWST" if x < 0.4 else "") if x < 0.8 else canon
    if country == "NL":
        return canon if x < 0.7 else canon[2:] if x < 0.85 else f"NL {canon[2:6]}.{canon[6:8]}.{canon[8:11]}.{canon[11:]}"
    if country == "BE":
        b = canon[2:]
        return canon if x < 0.5 else f"BE {b[:4]}.{b[4:7]}.{b[7:]}" if x < 0.8 else f"{b[:4]}.{b[4:7]}.{b[7:]}"
    if country == "PL":
        b = canon[2:]
        return canon if x < 0.5 else f"{b[:3]}-{b[3:6]}-{b[6:8]}-{b[8:]}" if x < 0.8 else b
    if country == "KR":
        return f"{canon[:3]}-{canon[3:5]}-{canon[5:]}" if x < 0.8 else canon
    if country == "HK":
        return canon if x < 0.6 else f"{canon}-000" if x < 0.85 else f"BR {canon}"
    if country in ("AT", "IT", "ES", "CZ", "SE"):
        return canon if x < 0.7 else canon[:2] + " " + canon[2:] if x < 0.85 else canon[2:]
    if country == "SG":
        return canon if x < 0.8 else "UEN " + canon
    return canon


# ================================================================== places

def pc_for(rng, country, prefix):
    if country == "GB":
        out = pick(rng, prefix.split("|"))
        return f"{out} {int(rng.random() * 10)}{pick(rng, 'ABDEFGHJLNPQRSTUWXYZ')}{pick(rng, 'ABDEFGHJLNPQRSTUWXYZ')}"
    if country == "US":
        return prefix + digits(rng, 2)
    n = {"DE": 5, "FR": 5, "IT": 5, "ES": 5, "AT": 4, "CH": 4, "BE": 4, "NL": 4, "PL": 5, "CZ": 5, "SE": 5, "IN": 6,
         "TH": 5}.get(country, 0)
    if not n:
        return ""
    s = (prefix + digits(rng, n))[:n]
    if country in ("AT", "CH", "BE", "NL") and s[0] == "0":
        s = "1" + s[1:]
    if country == "NL":
        return s + " " + pick(rng, "ABCDEGHJKLMNPRTVWXZ") + pick(rng, "ABCDEGHJKLMNPRTVWXZ")
    if country == "PL":
        return s[:2] + "-" + s[2:]
    if country in ("CZ", "SE"):
        return s[:3] + " " + s[3:]
    return s


def make_loc(rng, country, near=None):
    """A site of a company: street, number, place; `near`: another site whose city it keeps."""
    lang = LANG[country]
    loc = {"c": country}
    if country == "CN":
        city = near["city"] if near else pick(rng, D.CN_CITIES)
        loc.update(city=city, div=city[4], dist=pick(rng, city[7]), road=pick(rng, D.CN_ROADS),
                   no=str(int(rng.random() * 980) + 1), bldg=(str(int(rng.random() * 12) + 1) if rng.random() < 0.4 else None),
                   room=(f"{int(rng.random() * 20) + 1}{int(rng.random() * 20) + 1:02d}" if rng.random() < 0.25 else None),
                   pc=city[5] + digits(rng, 3) if rng.random() < 0.5 else city[5] + "000", area=city[6])
        return loc
    if country == "JP":
        p = near["place"] if near else pick(rng, D.JP_PLACES)
        loc.update(place=p, cbg=(int(rng.random() * 6) + 1, int(rng.random() * 25) + 1, int(rng.random() * 30) + 1),
                   floor=(int(rng.random() * 12) + 1 if rng.random() < 0.35 else None), pc=p[6], area=p[7])
        loc["bldg"] = (p[4] + pick(rng, ["ビル", "第一ビル", "センタービル", "ビルディング"])) if loc["floor"] else None
        return loc
    if country == "KR":
        p = near["place"] if near else pick(rng, D.KR_PLACES)
        loc.update(place=p, no=str(int(rng.random() * 400) + 1), floor=(int(rng.random() * 15) + 1 if rng.random() < 0.4 else None),
                   pc=p[6], area=p[7])
        return loc
    if country == "TW":
        p = near["place"] if near else pick(rng, D.TW_PLACES)
        loc.update(place=p, no=str(int(rng.random() * 300) + 1), floor=(int(rng.random() * 12) + 1 if rng.random() < 0.5 else None),
                   sec=(int(rng.random() * 3) + 1 if rng.random() < 0.3 else None), pc=p[6] + (digits(rng, 2) if rng.random() < 0.5 else ""),
                   area=p[7])
        return loc
    city = near["city"] if near else pick(rng, D.CITIES[country])
    loc.update(city=city, area=city[3], pc=pc_for(rng, country, city[2]))
    if country == "US":
        loc.update(no=str(int(rng.random() * 9800) + 100), st=pick(rng, D.STREETS["en_us"]), suf=pick(rng, D.STREETS["us_suffix"]),
                   suite=(str(int(rng.random() * 40 + 1) * 10 + int(rng.random() * 10)) if rng.random() < 0.35 else None),
                   zip4=digits(rng, 4))
    elif country == "GB":
        loc.update(no=str(int(rng.random() * 180) + 1), st=pick(rng, D.STREETS["en_gb"]),
                   estate=(pick(rng, D.STREETS["gb_estate"]) if rng.random() < 0.45 else None),
                   unit=(str(int(rng.random() * 30) + 1) if rng.random() < 0.4 else None))
    elif country == "SG":
        loc.update(no=str(int(rng.random() * 90) + 1), st=pick(rng, D.STREETS["sg"]),
                   unit=f"#{int(rng.random() * 12) + 1:02d}-{int(rng.random() * 99) + 1:02d}", pc=digits(rng, 6, True))
    elif country == "HK":
        loc.update(no=str(int(rng.random() * 200) + 1), st=pick(rng, D.STREETS["hk"]),
                   bldg=pick(rng, D.PLACES["hk"]) + pick(rng, [" Industrial Building", " Centre", " Tower", " Commercial Building"]),
                   unit=f"{int(rng.random() * 20) + 1:02d}", floor=str(int(rng.random() * 30) + 1), pc="")
    elif country == "IN":
        loc.update(no=str(int(rng.random() * 300) + 1), st=pick(rng, D.STREETS["in"]))
    elif country == "TH":
        loc.update(no=f"{int(rng.random() * 900) + 1}/{int(rng.random() * 90) + 1}", st=pick(rng, D.STREETS["th"]),
                   moo=str(int(rng.random() * 9) + 1))
    else:
        key = {"de": "de", "fr": "fr", "it": "it", "es": "es", "nl": "nl", "pl": "pl", "cz": "cz", "se": "se"}[lang]
        if country == "BE" and rng.random() < 0.4:
            key = "fr"
        no = str(int(rng.random() * 150) + 1)
        if country == "CZ":
            no = f"{int(rng.random() * 3000) + 1}/{int(rng.random() * 60) + 1}"
        elif rng.random() < 0.08:
            no += pick(rng, "abc")
        loc.update(no=no, st=pick(rng, D.STREETS[key]), skey=key,
                   extra=(pick(rng, {"de": ["Halle 3", "Gebäude B", "Tor 2", "Haus 4", "2. OG", "Werk 1"],
                                     "fr": ["ZI des Gravières", "ZA du Moulin", "Bâtiment C", "ZI Nord", "Parc d'activités"],
                                     "it": ["Zona Industriale", "Capannone 4", "Z.I."], "es": ["Polígono Industrial Norte", "Nave 7", "Pol. Ind. Sur"],
                                     "nl": ["Unit 4", "Bedrijventerrein Oost"], "pl": ["lok. 4", "Hala B"], "cz": ["Areál Sever", "hala 2"],
                                     "se": ["Hus 3", "Port 4"]}[key]) if rng.random() < 0.18 else None))
        if country in ("DE", "AT", "CH", "FR") and rng.random() < 0.12:
            loc["pobox"] = (str(int(rng.random() * 9000) + 100) if country != "FR" else str(int(rng.random() * 900) + 10))
            loc["pobox_pc"] = pc_for(rng, country, city[2])
    return loc


def render_addr(rng, loc, native, src, upper):
    """(address, city, postcode) of a site, as one system writes it."""
    c = loc["c"]
    pc = loc.get("pc", "")
    x = rng.random
    if c == "CN":
        city, (dn, dr), (rn, rp, rt) = loc["city"], loc["dist"], loc["road"]
        if native:
            parts = ([city[0] + "省"] if city[0] and x() < 0.5 else []) + ([city[2] + "市"] if x() < 0.7 else []) + [dn, rn + rt, loc["no"] + "号"]
            if loc["bldg"]:
                parts.append(loc["bldg"] + pick(rng, ["栋", "号楼", "幢"]))
            if loc["room"]:
                parts.append(loc["room"] + "室")
            a = "".join(parts)
            if x() < 0.3:
                a = fullwidth(a, only_digits=True)
            cityf = pick(rng, [city[2] + "市", city[2], city[2] + "市" + dn])
        else:
            tn, tabs = D.CN_ROAD_TYPES[rt]
            typ = tn if x() < 0.6 else pick(rng, tabs)
            no = pick(rng, ["No. " + loc["no"], "No." + loc["no"], loc["no"], "#" + loc["no"]])
            road = f"{rp} {typ}" if typ != "Lu" and typ != "Jie" and typ != "Dadao" else f"{rp} {typ}" if x() < 0.5 else f"{rp}{typ.lower()}"
            a = f"{no} {road}"
            if loc["bldg"]:
                a = pick(rng, [f"Building {loc['bldg']}, ", f"Bldg. {loc['bldg']}, ", f"Block {loc['bldg']}, "]) + a
            if loc["room"]:
                a = f"Room {loc['room']}, " + a
            if x() < 0.7:
                a += ", " + (dr if x() < 0.8 else dr.replace(" District", " Qu").replace("Suzhou Industrial Park", "SIP"))
            if city[1] and x() < 0.3:
                a += ", " + city[1] + " Province"
            cityf = pick(rng, [city[3], city[3], city[3] + " City", city[3].upper()])
        return a, cityf, pc
    if c == "JP":
        p = loc["place"]
        ch, ban, go = loc["cbg"]
        if native:
            if x() < 0.5:
                num = f"{ch}丁目{ban}番{go}号"
            else:
                num = f"{ch}-{ban}-{go}"
            a = (p[0] if x() < 0.6 else "") + p[2] + p[4] + num
            if loc["floor"]:
                a += " " + (loc["bldg"] or p[4] + "ビル") + f"{loc['floor']}" + pick(rng, ["階", "F"])
            if x() < 0.35:
                a = fullwidth(a, only_digits=True)
            cityf = pick(rng, [p[2], p[0] + p[2], p[0]])
            pcf = pc if x() < 0.7 else "〒" + pc if x() < 0.6 else pc.replace("-", "")
        else:
            st = jp_style(rng)
            town = romaji(p[5], st)
            ward = romaji(p[3], st)
            if x() < 0.15:
                ward = ward.replace("-ku", " Ku").replace("-shi", " City").replace("-shi ", " City ")
            a = f"{ch}-{ban}-{go} {town}" if x() < 0.7 else f"{town} {ch}-chome {ban}-{go}"
            if loc["floor"]:
                a = f"{loc['floor']}F " + romaji(p[5], st) + " Bldg., " + a if x() < 0.5 else a + f", {romaji(p[5], st)} Bldg. {loc['floor']}F"
            if x() < 0.5:
                a += ", " + ward
            cityf = pick(rng, [ward, romaji(p[1], st), ward + ", " + romaji(p[1], st)])
            pcf = pc if x() < 0.8 else pc.replace("-", "")
        return a, cityf, pcf
    if c == "KR":
        p = loc["place"]
        if native:
            a = f"{p[0]} {p[2]} {p[4]} {loc['no']}" + (f", {loc['floor']}층" if loc["floor"] else "")
            cityf = pick(rng, [p[0], p[2], p[0] + " " + p[2]])
        else:
            a = f"{loc['no']}, {p[5]}, {p[3]}" + (f", {loc['floor']}F" if loc["floor"] else "")
            cityf = p[1]
        return a, cityf, pc
    if c == "TW":
        p = loc["place"]
        if native:
            a = (p[0] if x() < 0.6 else "") + p[2] + p[4] + (f"{'一二三'[loc['sec'] - 1]}段" if loc["sec"] else "") + f"{loc['no']}號" + (f"{loc['floor']}樓" if loc["floor"] else "")
            cityf = pick(rng, [p[0], p[0].replace("臺", "台")])
        else:
            a = (f"{loc['floor']}F., " if loc["floor"] else "") + f"No. {loc['no']}, " + (f"Sec. {loc['sec']}, " if loc["sec"] else "") + p[5] + ", " + p[3]
            cityf = pick(rng, [p[1], p[1].replace(" City", ""), p[1].replace("Taipei", "Taibei") if x() < 0.1 else p[1]])
        return a, cityf, pc
    city = loc["city"]
    cityf = city[0] if not city[1] or x() < 0.75 else pick(rng, city[1])
    if c == "US":
        suf = loc["suf"][0] if x() < 0.4 else pick(rng, loc["suf"][1])
        a = f"{loc['no']} {loc['st']} {suf}"
        if loc["suite"]:
            a += pick(rng, [", Suite ", " Suite ", ", Ste ", " Ste. ", " #", ", Unit "]) + loc["suite"]
        cityf = city[0]
        if x() < 0.4:
            cityf += pick(rng, [", ", " "]) + city[1][0]
        elif x() < 0.25:
            a += f", {city[0]}, {city[1][0]}"
        pcf = pc + "-" + loc["zip4"] if x() < 0.2 else pc
        return a, cityf, pcf
    if c == "GB":
        st = loc["st"]
        a = f"{loc['no']} {st}"
        if loc["estate"]:
            a = (f"Unit {loc['unit']}, " if loc["unit"] else "") + loc["estate"] + ", " + (st if x() < 0.5 else a)
        elif loc["unit"]:
            a = pick(rng, [f"Unit {loc['unit']}, ", f"Unit {loc['unit']} ", f"Flat {loc['unit']}, "]) + a
        if x() < 0.4:
            for full, abbs in D.STREET_ABBREV["en_gb"]:
                if full in a:
                    a = a.replace(full, pick(rng, abbs))
        pcf = pc if x() < 0.8 else pc.replace(" ", "") if x() < 0.7 else pc.lower()
        return a, cityf, pcf
    if c == "SG":
        a = f"{loc['no']} {loc['st']}" + (f" {loc['unit']}" if x() < 0.8 else "")
        pcf = pc if x() < 0.8 else "Singapore " + pc
        return a, "Singapore", pcf
    if c == "HK":
        a = pick(rng, [f"Unit {loc['unit']}, {loc['floor']}/F, ", f"Flat {loc['unit']}, {loc['floor']}/F., ", f"Rm {loc['unit']}, {loc['floor']}F, "]) + f"{loc['bldg']}, {loc['no']} {loc['st']}"
        return a, cityf, ""
    if c == "IN":
        a = pick(rng, [f"Plot No. {loc['no']}, ", f"Plot {loc['no']}, ", f"{loc['no']}, ", f"Gat No. {loc['no']}, "]) + loc["st"]
        pcf = pc if x() < 0.7 else pc[:3] + " " + pc[3:]
        return a, cityf, pcf
    if c == "TH":
        a = f"{loc['no']} Moo {loc['moo']}, {loc['st']}" if x() < 0.7 else f"{loc['no']} M.{loc['moo']} {loc['st']}"
        return a, cityf, pc
    # continental Europe
    st, no, key = loc["st"], loc["no"], loc["skey"]
    if x() < 0.35:
        for full, abbs in D.STREET_ABBREV.get(key, []):
            if full in st:
                st = st.replace(full, pick(rng, abbs))
                break
    if key == "fr":
        a = f"{no}{pick(rng, [' ', ', ', ' '])}{st}" if x() < 0.95 else st
    elif key == "es":
        a = f"{st}, {no}" if x() < 0.6 else f"{st} {no}" if x() < 0.8 else f"{st}, nº {no}"
    elif key == "it":
        a = f"{st}, {no}" if x() < 0.6 else f"{st} {no}"
    else:
        a = f"{st} {no}" if x() < 0.97 else st
    if loc.get("extra") and x() < 0.6:
        a = a + ", " + loc["extra"] if x() < 0.6 else loc["extra"] + ", " + a
    pcf = pc
    if loc.get("pobox") and src in ("erp_old", "erp_new", "collect", "edi") and x() < 0.5:
        a = {"DE": "Postfach ", "AT": "Postfach ", "CH": "Postfach ", "FR": "BP "}[c] + loc["pobox"]
        pcf = loc["pobox_pc"]
        if c == "FR":
            cityf = cityf + " Cedex"
    if c == "FR" and x() < 0.08 and "Cedex" not in cityf:
        cityf += pick(rng, [" Cedex", " CEDEX", f" Cedex {int(x() * 9) + 1:02d}"])
    return a, cityf, pcf


# ================================================================== names

def legal_pick(rng, country, corporate=False):
    forms = D.COUNTRY_LEGAL.get(country, [("Ltd", 1)])
    if corporate:
        forms = [(k, w) for k, w in forms if k not in ("e.K.", "OHG", "UG", "KG")] or forms
    return wpick(rng, forms)


def brand(rng):
    b = pick(rng, D.BRAND_PRE) + (pick(rng, D.BRAND_MID) if rng.random() < 0.35 else "") + pick(rng, D.BRAND_END)
    return b[0].upper() + b[1:].lower()


def initials(core):
    ws = [w for w in core.replace("-", " ").replace("&", " ").split() if w[:1].isalpha() and w[0].isupper()]
    return "".join(w[0] for w in ws).upper() if len(ws) >= 3 else None


def words_lang(country):
    lang = LANG[country]
    return {"de": "de", "fr": "fr", "it": "it", "es": "es", "nl": "nl", "pl": "pl", "cz": "cz", "se": "se"}.get(lang, "en")


def surname_list(country):
    lang = LANG[country]
    return D.SURNAMES.get(lang, D.SURNAMES["en"])


def place_list(country):
    lang = LANG[country]
    key = {"GB": "gb", "US": "us", "AT": "de", "CH": "de", "BE": "nl"}.get(country, lang)
    return D.PLACES.get(key, D.PLACES["us"])


def make_name(rng, country, loc, pattern=None, core_words=None, industry=None, generic=False):
    """A company's name, in every script it has: {'core', 'lf', 'native', 'short', ...}."""
    n = {"native": None, "native_alts": [], "core_alts": [], "short": None, "trading": None, "lf_first": False,
         "country": country, "ind": None, "brand": None, "brand_n": None}
    if country in ("CN", "TW", "HK") and not isinstance(core_words, str) and not (country == "HK" and rng.random() < 0.5):
        return _cn_name(rng, country, loc, n, industry, generic, core_words)
    if country == "JP" and not isinstance(core_words, str):
        return _jp_name(rng, loc, n, industry, core_words)
    if country == "KR" and not isinstance(core_words, str):
        return _kr_name(rng, n, industry, core_words)
    wl = words_lang(country)
    inds = D.INDUSTRY[wl]
    ind = industry or pick(rng, inds)
    n["ind"] = ind
    lf = legal_pick(rng, country)
    x = rng.random()
    if core_words is not None:
        core = core_words
    elif generic:
        core = f"{pick(rng, place_list(country))} {ind}" if rng.random() < 0.6 else ind if wl == "en" else f"{ind} {pick(rng, ['Service', 'Handel', 'Technik', 'Partner'] if wl == 'de' else ['Services', 'International', 'Group'])}"
    elif x < 0.36:
        s = pick(rng, surname_list(country))
        n["brand"] = s
        if lf == "e.K.":
            core = f"{pick(rng, D.FIRST_NAMES['de'])} {s} {ind}"
        elif wl == "fr" and rng.random() < 0.25:
            core = pick(rng, [f"Établissements {s}", f"{s} et Fils", f"{s} Frères"])
        elif wl == "de" and rng.random() < 0.12:
            core = pick(rng, [f"{s} & Söhne", f"Gebrüder {s}", f"{s} {ind} & Co."])
        else:
            core = f"{s} {ind}"
    elif x < 0.48:
        s1, s2 = pick(rng, surname_list(country)), pick(rng, surname_list(country))
        core = f"{s1} & {s2}" + (f" {ind}" if rng.random() < 0.5 else "")
        n["brand"] = s1
        n["core_alts"].append(core.replace(f"{s1} & {s2}", f"{s2} & {s1}"))
    elif x < 0.72:
        b = brand(rng)
        n["brand"] = b
        core = f"{b} {ind}" if rng.random() < 0.65 else b
    elif x < 0.86:
        p = pick(rng, place_list(country))
        n["brand"] = p
        core = f"{p} {ind}" if not (wl == "fr" and rng.random() < 0.4) else f"Société {pick(rng, D.FR_ADJ)} de {ind}"
    else:
        ini = "".join(pick(rng, "ABCDEFGHIKLMNPRSTVW") for _ in range(2 + int(rng.random() * 2)))
        n["brand"] = ini
        core = f"{ini} {ind}"
    if country in ("SG", "HK") and rng.random() < 0.3:
        core += pick(rng, [" (S)", " (Asia)", " Trading", " Engineering"]) if country == "SG" else pick(rng, [" (HK)", " International", " Trading"])
    if country == "TH" and rng.random() < 0.3:
        core += " (Thailand)"
    if country == "IN" and rng.random() < 0.3:
        core = pick(rng, ["Shree ", "Sri ", ""]) + core
    n["core"] = core
    n["lf"] = lf
    n["lf_first"] = country == "FR" and rng.random() < 0.15
    n["short"] = initials(core) if rng.random() < 0.25 else None
    if rng.random() < 0.12:
        n["trading"] = n["brand"] if n["brand"] and rng.random() < 0.5 else brand(rng)
    return n


def _cn_name(rng, country, loc, n, industry, generic, core_words):
    tw = country != "CN"
    if core_words is not None:
        b = core_words
    else:
        b = [pick(rng, D.CN_BRAND) for _ in range(2 if rng.random() < 0.85 else 3)]
    ind = industry or pick(rng, D.CN_INDUSTRY)
    n["ind"], n["brand_n"] = ind, b
    bn = "".join(ch[2] if tw else ch[0] for ch in b)
    if tw:
        bl = " ".join(ch[3] for ch in b) if rng.random() < 0.5 else "".join(ch[3] for ch in b).capitalize()
        alt_bl = "".join(ch[1] for ch in b).capitalize()
    else:
        bl = "".join(ch[1] for ch in b).capitalize()
        alt_bl = " ".join(ch[1].capitalize() for ch in b)
    n["brand"] = bl
    en = ind[3][0]
    en_alts = ind[3][1:]
    legal_n = "股份有限公司" if rng.random() < 0.12 else "有限公司"
    if country == "CN":
        city = loc["city"]
        cityn, cityl = city[2], city[3]
        if generic:
            n["native"] = f"{cityn}{ind[0]}{legal_n}" if rng.random() < 0.5 else f"{cityn}市{bn}{ind[0]}{legal_n}"
            n["core"] = f"{cityl} {en}" if "市" not in n["native"] else f"{cityl} {bl} {en}"
        else:
            n["native"] = f"{cityn}{bn}{ind[0]}{legal_n}"
            n["core"] = f"{cityl} {bl} {en}"
        n["native_alts"] = [f"{bn}{ind[0]}{legal_n}", f"{bn}{ind[0]}({cityn}){legal_n}", f"{cityn}{bn}{ind[0]}", f"{cityn}市{bn}{ind[0]}{legal_n}"]
        n["core_alts"] = [f"{cityl} {bl} {ind[2]}", f"{bl} {en} ({cityl})", f"{cityl} {alt_bl} {en}", f"{bl} {en}"] + [f"{cityl} {bl} {e}" for e in en_alts]
        n["short"] = f"{cityn}{bn}" if rng.random() < 0.5 else f"{bn}{ind[0][:2]}"
        n["lf"] = "CoLtd" if legal_n == "有限公司" or rng.random() < 0.5 else "Corp"
    elif country == "TW":
        n["native"] = f"{bn}{ind[1]}{legal_n}"
        n["native_alts"] = [f"{bn}{ind[1]}", f"{bn}{ind[1]}{legal_n}".replace("臺", "台")]
        n["core"] = f"{bl} {en}"
        n["core_alts"] = [f"{alt_bl} {en}"] + [f"{bl} {e}" for e in en_alts]
        n["short"] = bn
        n["lf"] = "CoLtd" if rng.random() < 0.75 else "Corp"
    else:  # HK: English name and a Chinese name
        n["native"] = f"{bn}{ind[1]}有限公司"
        n["core"] = f"{bl} {en}" + (" (HK)" if rng.random() < 0.3 else "")
        n["core_alts"] = [f"{bl} {e}" for e in en_alts]
        n["lf"] = "Ltd"
    if rng.random() < 0.15:
        n["trading"] = bl
    return n


def _jp_name(rng, loc, n, industry, core_words):
    b = core_words or pick(rng, D.JP_BRAND)
    ind = industry or pick(rng, D.JP_INDUSTRY)
    n["ind"], n["brand_n"] = ind, b
    yk = rng.random() < 0.08
    legal_n = "有限会社" if yk else "株式会社"
    front = rng.random() < 0.4
    base = b[0] + ind[0]
    n["native"] = legal_n + base if front else base + legal_n
    ab = "㈲" if yk else pick(rng, ["(株)", "㈱", "（株）"])
    n["native_alts"] = [ab + base if front else base + ab, base, base + legal_n if front else legal_n + base]
    n["jp"] = (b[1], ind[1], ind[2])
    n["core"] = f"{b[1]} {ind[1]}"
    n["core_alts"] = [f"{b[1]} {e}" for e in ind[2]]
    n["brand"] = b[1]
    n["lf"] = "JPKK"
    n["short"] = b[0] if rng.random() < 0.3 else None
    return n


def _kr_name(rng, n, industry, core_words):
    b = core_words or pick(rng, D.KR_BRAND)
    ind = industry or pick(rng, D.KR_INDUSTRY)
    n["ind"], n["brand_n"] = ind, b
    base = b[0] + ind[0]
    front = rng.random() < 0.5
    n["native"] = ("주식회사 " + base) if front else (base + " 주식회사")
    n["native_alts"] = ["(주)" + base, "㈜" + base, base, base + "(주)"]
    n["core"] = f"{b[1]} {ind[1][0]}"
    n["core_alts"] = [f"{b[1]} {e}" for e in ind[1][1:]] + [f"{b[1]}"]
    n["brand"] = b[1]
    n["lf"] = legal_pick(rng, "KR")
    return n


def with_lf(rng, core, lf_key, country, first=False):
    if not lf_key:
        return core
    lf = pick(rng, D.LEGAL.get(lf_key, [lf_key]))
    if first:
        return f"{lf} {core}"
    if lf.startswith(",") or lf.startswith("("):
        return core + lf
    sep = ", " if lf_key in ("Inc", "Ltd", "LLC", "CoLtd", "JPKK", "PteLtd", "PvtLtd", "Corp") and rng.random() < 0.12 else " "
    return f"{core}{sep}{lf}"


# ================================================================== phones, e-mails

def make_phone(rng, country, area):
    """(area, subscriber) of a landline."""
    if country == "US":
        return area, str(2 + int(rng.random() * 8)) + digits(rng, 6)
    if country in ("HK", "SG"):
        return "", ("2" if country == "HK" else "6") + digits(rng, 7)
    if country == "CN":
        return area, str(2 + int(rng.random() * 7)) + digits(rng, 7 if len(area) == 2 else 7 if rng.random() < 0.8 else 6)
    total = NSN_LEN.get(country, 9)
    if country == "KR":
        total = len(area) + (8 if len(area) == 1 or rng.random() < 0.7 else 7)
    if country == "IT":
        return area, digits(rng, max(6, total - len(area)), True)
    if country == "DE" and rng.random() < 0.3:
        total -= 1
    return area, str(2 + int(rng.random() * 7)) + digits(rng, max(4, total - len(area) - 1))


def make_mobile(rng, country):
    if country == "US":
        return pick(rng, ["312", "646", "917", "248", "713", "415"]), str(2 + int(rng.random() * 8)) + digits(rng, 6)
    pre, n = MOBILE[country]
    return "m" + pick(rng, pre), digits(rng, n)


def group(s, sizes):
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out[-1] += s[i:]
    return out


def fmt_phone(rng, country, area, sub, ext, src):
    """A phone number as people write it in `country`; national or international."""
    mobile = area.startswith("m")
    area = area[1:] if mobile else area
    cc = CALLING[country]
    trunk = "" if country in NO_TRUNK else "0"
    x = rng.random()
    intl_p = {"ecom": 0.55, "procure": 0.5, "edi": 0.8, "crm": 0.35, "erp_new": 0.4, "erp_old": 0.3, "collect": 0.3, "sheet": 0.35}[src]
    intl = x < intl_p
    if country == "US":
        if intl:
            s = pick(rng, [f"+1 {area} {sub[:3]} {sub[3:]}", f"+1 ({area}) {sub[:3]}-{sub[3:]}", f"+1-{area}-{sub[:3]}-{sub[3:]}", f"001 {area} {sub}", f"+1{area}{sub}"])
        else:
            s = pick(rng, [f"({area}) {sub[:3]}-{sub[3:]}", f"{area}-{sub[:3]}-{sub[3:]}", f"{area}.{sub[:3]}.{sub[3:]}", f"1-{area}-{sub[:3]}-{sub[3:]}", f"{area}{sub}", f"({area}){sub[:3]}-{sub[3:]}"])
    else:
        if country == "FR":
            full = area + sub
            sp = " ".join([full[0]] + group(full[1:], [2, 2, 2, 2]))
            nat_g = ["0" + full[0] + " " + " ".join(group(full[1:], [2, 2, 2, 2])), "0" + ".".join([full[0]] + group(full[1:], [2, 2, 2, 2])).replace(full[0] + ".", full[0] + ".", 1), "0" + full]
            nat_g[1] = "0" + full[0] + "." + ".".join(group(full[1:], [2, 2, 2, 2]))
            intl_g = [f"+33 {sp}", f"+33 (0){sp}", f"0033 {sp}", f"+33{full}"]
        elif country in ("JP", "KR", "TW"):
            sg = "-".join(group(sub, [len(sub) - 4, 4])) if len(sub) > 4 else sub
            nat_g = [f"{trunk}{area}-{sg}", f"({trunk}{area}) {sg}", f"{trunk}{area}{sub}", f"{trunk}{area}({sg.replace('-', ')', 1)}" if country == "JP" else f"{trunk}{area} {sg.replace('-', ' ')}"]
            intl_g = [f"+{cc} {area} {sg.replace('-', ' ')}", f"+{cc}-{area}-{sg}", f"+{cc} (0){area}-{sg}", f"+{cc}{area}{sub}"]
        elif country == "CN":
            sg = " ".join(group(sub, [len(sub) - 4, 4]))
            if mobile:
                full = area + sub
                nat_g = [f"{full[:3]} {full[3:7]} {full[7:]}", full, f"{full[:3]}-{full[3:7]}-{full[7:]}"]
                intl_g = [f"+86 {full[:3]} {full[3:7]} {full[7:]}", f"+86-{full}", f"0086 {full}", f"86-{full}", f"+86{full}"]
            else:
                nat_g = [f"0{area}-{sub}", f"0{area}-{sg}", f"(0{area}) {sub}", f"0{area} {sg}", f"0{area}{sub}"]
                intl_g = [f"+86 {area} {sg}", f"+86-{area}-{sub}", f"0086 {area} {sub}", f"86-{area}-{sub}", f"+86 (0){area} {sub}"]
        else:
            if country in ("HK", "SG"):
                sg = " ".join(group(sub, [4, 4]))
            elif country == "GB":
                sg = " ".join(group(sub, [len(sub) - 4, 4])) if len(area) <= 2 else " ".join(group(sub, [3, 4]))
            elif country in ("DE", "AT"):
                sg = sub if rng.random() < 0.6 else " ".join(group(sub, [2] * 6))
            else:
                sg = " ".join(group(sub, [3, 2, 2, 2])) if country in ("CH", "SE", "BE", "PL") else " ".join(group(sub, [3, 4, 4]))
            if country in ("HK", "SG"):
                nat_g = [sg, sub]
            elif country == "DE" and not mobile:
                nat_g = [f"0{area} {sg}", f"0{area}/{sub}", f"(0{area}) {sg}", f"0{area}-{sub}", f"0{area}{sub}"]
            else:
                nat_g = [f"{trunk}{area} {sg}", f"({trunk}{area}) {sg}", f"{trunk}{area}-{sub}", f"{trunk}{area}{sub}", f"{trunk}{area}/{sub}"]
            ai = f"{area} " if area else ""
            intl_g = [f"+{cc} {ai}{sg}", f"00{cc} {ai}{sub}", f"+{cc}{area}{sub}", f"+{cc} {ai}{sg}"]
            if trunk and area:
                intl_g.append(f"+{cc} (0){area} {sg}")
        s = pick(rng, intl_g if intl else nat_g)
    if ext:
        lang = LANG[country]
        if country in ("DE", "AT", "CH") and not mobile:
            s = s + "-" + ext if rng.random() < 0.7 else s + pick(rng, [" Durchwahl ", " DW ", " App. ", " -"]) + ext
        elif lang == "fr":
            s += pick(rng, [" poste ", " p.", " poste: "]) + ext
        elif country == "CN":
            s += pick(rng, ["转", "-", " ext.", " 分机", "转"]) + ext
        elif country == "JP":
            s += pick(rng, [" 内線", "（内線", " ext."]) + ext + ("）" if "（" in s[-8:] else "")
        else:
            s += pick(rng, [" ext. ", " x", " ext ", " Ext: ", " #", " x ", " (ext. "]) + ext
            if s.endswith(ext) and "(ext. " in s:
                s += ")"
    if src == "sheet" and rng.random() < 0.1:  # a spreadsheet that took the number for a number
        d = "".join(ch for ch in s if ch.isdigit())
        s = d.lstrip("0")
    if src in ("ecom",) and country in ("JP", "CN") and rng.random() < 0.2:
        s = fullwidth(s, only_digits=True)
    return s


def person_local(rng, first, last, style=None):
    f, l = fold(first).lower().replace(" ", "").replace("'", ""), fold(last).lower().replace(" ", "").replace("'", "")
    st = style if style is not None else int(rng.random() * 7)
    return [f"{f}.{l}", f"{f[0]}.{l}", f"{f[0]}{l}", l, f, f"{f}_{l}", f"{l}.{f}"][st]


def slug(s):
    s = fold(s).lower()
    return "".join(ch for ch in s if ch.isalnum() or ch in " -").strip()


def make_domain(rng, n, country):
    b = n.get("brand") or n["core"].split()[0]
    b = slug(b).replace(" ", "")
    core = slug(n["core"])
    parts = core.split()
    tld = pick(rng, D.TLD[country]) if rng.random() < 0.4 else D.TLD[country][0]
    x = rng.random()
    if x < 0.35 and len(parts) >= 2:
        d = "-".join(parts[:2])
    elif x < 0.55 and len(parts) >= 2:
        d = "".join(parts[:2])
    elif x < 0.75:
        d = b + (pick(rng, ["-group", "-tech", "online", "-web", "-online", "-" + str(int(rng.random() * 90 + 10))] + (["-gmbh"] if country in ("DE", "AT", "CH") else [])) if rng.random() < 0.3 else "")
    else:
        d = (n.get("short") or b).lower() + "-" + (parts[-1] if parts else "co")
    d = d.strip("-") or "firma"
    return f"{d}.{tld}"


# ================================================================== entities

class Ctx:
    def __init__(self, seed, chunk, rng):
        self.seed, self.chunk, self.rng = seed, chunk, rng
        self.local = 0
        self.sites = sites(seed)

    def uid(self):
        u = self.chunk * CHUNK + self.local
        self.local += 1
        return u


def pick_country(rng, exclude=None):
    while True:
        c = COUNTRY_CODES[bisect.bisect_left(COUNTRY_CUM, rng.random())]
        if c != exclude:
            return c


def contacts(rng, country):
    lang = LANG[country]
    key = {"de": "de", "fr": "fr", "it": "it", "es": "es", "nl": "nl", "pl": "pl", "cz": "cz", "se": "se", "cn": "cn",
           "jp": "jp", "kr": "kr", "tw": "tw", "in": "in", "sg": "sg", "hk": "sg", "th": "th"}.get(lang, "en")
    sn = {"cn": D.SURNAMES["cn"], "jp": [b[1] for b in D.JP_BRAND[:33]], "kr": D.SURNAMES["kr"], "tw": D.SURNAMES["tw"]}.get(key) or D.SURNAMES.get(key, D.SURNAMES["en"])
    out = []
    for _ in range(1 + int(rng.random() * 3)):
        first, last = pick(rng, D.FIRST_NAMES.get(key, D.FIRST_NAMES["en"])), pick(rng, sn)
        if key == "jp":
            first, last = romaji(first, 0), romaji(last, 0)
        out.append((first, last))
    return out


def new_entity(ctx, country, family, name=None, loc=None, role=None, era="current", phone=None, domain=None):
    rng = ctx.rng
    u = ctx.uid()
    e = {"uid": u, "country": country, "family": family, "era": era}
    e["role"] = role or wpick(rng, [("cust", 60), ("supp", 25), ("both", 15)])
    e["loc"] = loc or make_loc(rng, country)
    e["name"] = name or make_name(rng, country, e["loc"])
    e["old_loc"] = make_loc(rng, country, near=e["loc"] if rng.random() < 0.6 else None) if rng.random() < 0.12 else None
    e["plants"] = [make_loc(rng, country) for _ in range(1 + int(rng.random() * 2))] if rng.random() < 0.08 else []
    e["old_name"] = None
    if rng.random() < 0.07:
        on = make_name(rng, country, e["loc"])
        if rng.random() < 0.5 and isinstance(e["name"].get("brand"), str) and isinstance(on.get("ind"), str) and not on["native"]:
            on["core"] = e["name"]["brand"] + " " + (on["ind"] or "")
        e["old_name"] = on
    e["phone"] = phone or make_phone(rng, country, e["loc"]["area"])
    e["fax"] = (e["phone"][0], e["phone"][1][:-1] + str((int(e["phone"][1][-1]) + 1) % 10))
    e["ext_style"] = "-0" if country == "DE" and rng.random() < 0.3 else None
    e["contacts"] = contacts(rng, country)
    e["mobiles"] = [make_mobile(rng, country) for _ in e["contacts"]]
    own = {"CN": 0.6, "IN": 0.6, "TH": 0.65, "KR": 0.75, "TW": 0.7}.get(country, 0.85)
    if e["name"]["lf"] == "e.K." or e["name"]["lf"] == "UG":
        own = 0.5
    e["domain"] = domain if domain is not None else (make_domain(rng, e["name"], country) if rng.random() < own else None)
    e["alt_domain"] = None
    if e["domain"] and rng.random() < 0.25:
        d = e["domain"]
        base, _, tld = d.partition(".")
        e["alt_domain"] = base.replace("-", "") + "." + (pick(rng, D.TLD[country]) if rng.random() < 0.5 else tld) if "-" in base else base + "." + ("com" if tld != "com" else D.TLD[country][0])
        if e["alt_domain"] == d:
            e["alt_domain"] = None
    fm = D.FREEMAIL.get(country, ["gmail.com"])
    if country == "CN" and rng.random() < 0.4:
        e["freemail"] = f"{e['mobiles'][0][0][1:]}{e['mobiles'][0][1]}@{pick(rng, fm)}"
    else:
        e["freemail"] = f"{slug(e['name'].get('brand') or e['name']['core'].split()[0]).replace(' ', '').replace('-', '')}{pick(rng, ['', '.' + slug(country), str(int(rng.random() * 99))])}@{pick(rng, fm)}"
    e["shared_mail"] = None
    e["shared_phone"] = None
    e["tax"] = make_tax(rng, country, u, ctx.seed % 1000 + 17, e)
    return e


def derive_name(rng, base, country, loc, suffix=None, ind=None, lf=None, native_suffix=None):
    """A sibling's name: the base's brand with another word, suffix or industry."""
    n = make_name(rng, country, loc, core_words=None if base["native"] and not base.get("core") else None)
    if base["native"] and country == base["country"] and country in ("CN", "TW", "JP", "KR"):
        if country in ("CN", "TW", "HK"):
            n = _cn_name(rng, country, loc, {"native": None, "native_alts": [], "core_alts": [], "short": None, "trading": None,
                                              "lf_first": False, "country": country, "ind": None, "brand": None, "brand_n": None},
                         ind, False, base["brand_n"])
        elif country == "JP":
            n = _jp_name(rng, loc, {"native": None, "native_alts": [], "core_alts": [], "short": None, "trading": None,
                                    "lf_first": False, "country": country, "ind": None, "brand": None, "brand_n": None},
                         ind, base["brand_n"])
        else:
            n = _kr_name(rng, {"native": None, "native_alts": [], "core_alts": [], "short": None, "trading": None,
                               "lf_first": False, "country": country, "ind": None, "brand": None, "brand_n": None},
                         ind, base["brand_n"])
        return n
    n["native"], n["native_alts"] = None, []
    core = base.get("brand") or base["core"]
    if suffix:
        n["core"] = f"{core} {suffix}".strip()
    elif ind:
        n["core"] = f"{core} {ind}"
        n["ind"] = ind
    else:
        n["core"] = base["core"]
    n["core_alts"] = []
    n["brand"] = base.get("brand")
    n["lf"] = lf or legal_pick(rng, country, corporate=True)
    n["short"] = initials(n["core"]) if rng.random() < 0.2 else None
    return n


SUB_TAG = {"CN": ["(China)", "China", "(Shanghai)", "(Suzhou)"], "JP": ["Japan"], "US": ["USA", "North America", "America", "Inc. USA"],
           "GB": ["UK", "(UK)", "Great Britain"], "FR": ["France"], "IT": ["Italia"], "ES": ["Iberica", "España"],
           "NL": ["Nederland", "Benelux"], "PL": ["Polska"], "CZ": ["CZ", "Czech"], "AT": ["Austria", "Österreich"],
           "CH": ["Schweiz", "(Schweiz)", "Suisse"], "SE": ["Nordic", "Sverige", "Scandinavia"], "KR": ["Korea"],
           "TW": ["Taiwan"], "HK": ["Hong Kong", "Asia", "(HK)"], "SG": ["Asia Pacific", "Singapore", "(S)"],
           "IN": ["India"], "TH": ["(Thailand)", "Thailand"], "BE": ["Belgium", "Benelux"], "DE": ["Deutschland", "Germany", "Europe"]}
DOMESTIC = {"de": ["Holding", "Service", "Vertriebs", "Verwaltungs", "Beteiligungs", "Systems", "Logistik"],
            "en": ["Holdings", "Services", "Sales", "Distribution", "Group", "Technologies", "International"],
            "fr": ["Holding", "Services", "Distribution", "Industrie", "Groupe"], "it": ["Holding", "Service", "Sistemi"],
            "es": ["Holding", "Servicios", "Distribución"], "nl": ["Holding", "Service", "Groep"], "pl": ["Holding", "Serwis"],
            "cz": ["Holding", "Servis"], "se": ["Holding", "Service", "Group"]}


def family(ctx):
    """One family of entities that a matcher may confuse (or a single entity)."""
    rng = ctx.rng
    kind = wpick(rng, FAMILIES)
    country = pick_country(rng)
    if kind == "single":
        return [new_entity(ctx, country, "single")]
    if kind == "group":
        parent = new_entity(ctx, country, "group")
        out = [parent]
        base = parent["name"]
        wl = words_lang(country)
        group_domain = parent["domain"] or make_domain(rng, base, country)
        shared_inv = f"{pick(rng, ['invoice', 'invoices', 'rechnungseingang', 'ap', 'accounting'])}@{group_domain}" if rng.random() < 0.35 else None
        for _ in range(int(rng.random() * 3) + (1 if rng.random() < 0.7 else 0)):  # domestic members
            if country in ("CN", "TW", "JP", "KR"):
                loc = make_loc(rng, country) if rng.random() < 0.6 else dict(parent["loc"])
                ind = pick(rng, D.CN_INDUSTRY if country in ("CN", "TW") else D.JP_INDUSTRY if country == "JP" else D.KR_INDUSTRY)
                nm = derive_name(rng, base, country, loc, ind=ind)
                same = loc is not None and loc.get("area") == parent["loc"]["area"] and loc == parent["loc"]
            else:
                word = pick(rng, DOMESTIC.get(wl, DOMESTIC["en"]))
                same = rng.random() < 0.55
                loc = dict(parent["loc"]) if same else make_loc(rng, country, near=parent["loc"] if rng.random() < 0.5 else None)
                if word == "Verwaltungs" and country in ("DE", "AT"):
                    nm = derive_name(rng, base, country, loc, suffix="Verwaltungs-", lf="GmbH")
                    nm["core"] = nm["core"].replace(" Verwaltungs-", " Verwaltungs")
                    same = True
                    loc = dict(parent["loc"])
                elif rng.random() < 0.3:
                    nm = derive_name(rng, base, country, loc, ind=pick(rng, D.INDUSTRY[wl]))
                else:
                    nm = derive_name(rng, base, country, loc, suffix=word)
            m = new_entity(ctx, country, "group", name=nm, loc=loc, domain=group_domain if rng.random() < 0.7 else None,
                           phone=parent["phone"] if same and rng.random() < 0.6 else None)
            m["shared_mail"] = shared_inv
            out.append(m)
        for _ in range(int(rng.random() * 3) + (1 if rng.random() < 0.5 else 0)):  # foreign subsidiaries
            c2 = pick_country(rng, exclude=country)
            loc = make_loc(rng, c2)
            tag = pick(rng, SUB_TAG.get(c2, [c2]))
            bl = base.get("brand") or base["core"]
            if c2 == "CN":
                tag = f"({loc['city'][3]})"
            nm = {"native": None, "native_alts": [], "core_alts": [], "short": None, "trading": None, "lf_first": False,
                  "country": c2, "ind": None, "brand": bl, "brand_n": None}
            nm["core"] = f"{bl} {tag}"
            if rng.random() < 0.4 and base.get("ind") and isinstance(base["ind"], str) and words_lang(country) == "en":
                nm["core"] = f"{bl} {base['ind']} {tag}"
            nm["lf"] = legal_pick(rng, c2, corporate=True)
            if c2 == "CN":
                b = [pick(rng, D.CN_BRAND) for _ in range(2)]
                ind = pick(rng, D.CN_INDUSTRY)
                nm["native"] = "".join(ch[0] for ch in b) + ind[0] + f"({loc['city'][2]})有限公司"
                nm["native_alts"] = ["".join(ch[0] for ch in b) + ind[0] + f"（{loc['city'][2]}）有限公司", "".join(ch[0] for ch in b) + ind[0] + "有限公司"]
                nm["core"] = f"{bl} {pick(rng, ind[3])} {tag}"
                nm["core_alts"] = [f"{bl} {tag}", f"{loc['city'][3]} {bl} {pick(rng, ind[3])}"]
            m = new_entity(ctx, c2, "group", name=nm, loc=loc, domain=(group_domain.rsplit(".", 1)[0] + "." + D.TLD[c2][0]) if rng.random() < 0.5 else group_domain if rng.random() < 0.5 else None)
            m["shared_mail"] = shared_inv
            out.append(m)
        return out
    if kind == "namesake":
        first = new_entity(ctx, country, "namesake")
        out = [first]
        for _ in range(1 + int(rng.random() * 3)):
            c2 = country if rng.random() < 0.7 else pick_country(rng)
            loc = make_loc(rng, c2, near=first["loc"] if c2 == country and rng.random() < 0.3 else None)
            if c2 == country:
                nm = dict(first["name"])
                if country == "CN":  # same brand in another city
                    nm = _cn_name(rng, "CN", loc, {"native": None, "native_alts": [], "core_alts": [], "short": None,
                                                   "trading": None, "lf_first": False, "country": "CN", "ind": None,
                                                   "brand": None, "brand_n": None}, first["name"]["ind"], False, first["name"]["brand_n"])
                nm["trading"], nm["short"] = None, None
            else:
                nm = derive_name(rng, first["name"], c2, loc, suffix="")
            out.append(new_entity(ctx, c2, "namesake", name=nm, loc=loc))
        return out
    if kind == "generic":
        k = 2 + int(rng.random() * 4)
        wl = words_lang(country)
        ind = pick(rng, D.INDUSTRY[wl]) if country not in ("CN", "TW", "JP", "KR", "HK") else None
        out = []
        for _ in range(k):
            loc = make_loc(rng, country, near=out[0]["loc"] if out and rng.random() < 0.4 else None)
            if country in ("CN",):
                nm = make_name(rng, country, loc, generic=True, industry=pick(rng, D.CN_INDUSTRY[:8]))
            elif country in ("TW", "JP", "KR", "HK"):
                nm = make_name(rng, country, loc)
            else:
                nm = make_name(rng, country, loc, industry=ind, generic=True)
            out.append(new_entity(ctx, country, "generic", name=nm, loc=loc))
        return out
    if kind == "colocated":
        site = pick(rng, ctx.sites.get(country) or ctx.sites["DE"])
        country = site["loc"]["c"]
        out = []
        for _ in range(2 + int(rng.random() * 5)):
            loc = dict(site["loc"])
            if site["kind"] == "tower":
                for key in ("floor", "unit", "room", "suite"):
                    if key in loc:
                        loc[key] = str(int(rng.random() * 30) + 1) if key != "unit" or country != "SG" else f"#{int(rng.random() * 12) + 1:02d}-{int(rng.random() * 99) + 1:02d}"
                if "extra" in loc and country in ("DE", "AT", "CH", "FR", "NL", "IT", "ES", "PL", "CZ", "SE", "BE"):
                    loc["extra"] = pick(rng, ["%d. OG", "%d. Etage", "Étage %d", "%d° piano", "Planta %d", "%de verdieping", "%d. patro", "Plan %d"]) .replace("%d", str(int(rng.random() * 20) + 1))
            shared = site["kind"] in ("agent", "bizcentre") and rng.random() < 0.5
            e = new_entity(ctx, country, "colocated", loc=loc, phone=site["phone"] if shared else None)
            if site["kind"] in ("bizcentre",) and rng.random() < 0.4:
                e["shared_mail"] = site["mail"]
            if site["kind"] == "warehouse":
                e["co"] = site["co"]
            out.append(e)
        return out
    if kind == "oneword":
        a = new_entity(ctx, country, "oneword")
        nb = dict(a["name"])
        wl = words_lang(country)
        if country in ("CN", "TW", "JP", "KR") or not nb.get("ind") or not isinstance(nb["ind"], str):
            if country in ("CN", "TW", "JP", "KR"):
                nb = derive_name(rng, a["name"], country, a["loc"], ind=None)
            else:
                nb["core"] = nb["core"] + " " + pick(rng, D.MODIFIERS.get(wl, D.MODIFIERS["en"]))
        else:
            sib = [(x, y) for x, y in D.SIBLING_WORDS.get(wl, []) if x == nb["ind"] or y == nb["ind"]]
            if sib and rng.random() < 0.6:
                x_, y_ = sib[0]
                nb["core"] = nb["core"].replace(nb["ind"], y_ if nb["ind"] == x_ else x_)
            else:
                nb["core"] = nb["core"] + " " + pick(rng, D.MODIFIERS.get(wl, D.MODIFIERS["en"])) if rng.random() < 0.7 else pick(rng, D.MODIFIERS.get(wl, D.MODIFIERS["en"])) + " " + nb["core"]
        nb["short"], nb["trading"], nb["core_alts"] = None, None, []
        same_place = rng.random() < 0.5
        loc = make_loc(rng, country, near=a["loc"]) if same_place else make_loc(rng, country)
        return [a, new_entity(ctx, country, "oneword", name=nb, loc=loc, domain=None if rng.random() < 0.7 else a["domain"])]
    # successor: two companies merged into a new legal entity, or an insolvent one and its new start
    a = new_entity(ctx, country, "successor", era="old")
    if rng.random() < 0.5 and country not in ("CN", "TW", "JP", "KR", "HK"):
        nm = dict(a["name"])
        wl = words_lang(country)
        nm["core"] = nm["core"] + " " + {"de": "Neu", "fr": "Nouvelle", "en": "New"}.get(wl, "Nova") if rng.random() < 0.3 else nm["core"]
        nm["trading"], nm["short"] = None, None
        a["name"]["core_alts"] = [a["name"]["core"] + " " + {"de": "i.L.", "fr": "en liquidation", "en": "(in administration)"}.get(wl, "in liquidation"),
                                  a["name"]["core"] + " " + {"de": "i.I.", "fr": "en redressement", "en": "in liquidation"}.get(wl, "in liquidation")]
        c = new_entity(ctx, country, "successor", name=nm, loc=a["loc"] if rng.random() < 0.6 else None, domain=a["domain"] if rng.random() < 0.5 else None,
                       phone=a["phone"] if rng.random() < 0.5 else None)
        return [a, c]
    b = new_entity(ctx, country, "successor", era="old")
    if country in ("CN", "TW", "JP", "KR"):
        nm = derive_name(rng, a["name"], country, a["loc"])
    else:
        ba, bb = a["name"].get("brand") or a["name"]["core"].split()[0], b["name"].get("brand") or b["name"]["core"].split()[0]
        nm = make_name(rng, country, a["loc"], core_words=pick(rng, [f"{ba} {bb}", f"{ba}-{bb}", f"{ba} & {bb}"]) + (" " + pick(rng, D.MODIFIERS.get(words_lang(country), D.MODIFIERS["en"])) if rng.random() < 0.3 else ""))
    c = new_entity(ctx, country, "successor", name=nm, loc=a["loc"] if rng.random() < 0.6 else None, phone=a["phone"] if rng.random() < 0.4 else None)
    return [a, b, c]


@lru_cache(maxsize=4)
def sites(seed):
    """Shared sites of the seed (industrial parks, office towers, registered agents, business centres,
    logistics warehouses); chunks draw their tenants from them, so one site spans chunks."""
    rng = random.Random(f"heldout7-sites:{seed}")
    out = {}
    for c in COUNTRY_CODES:
        lst = []
        k = max(6, int(CC[c][1] * 4))
        for i in range(k):
            kind = wpick(rng, [("park", 3), ("tower", 3), ("bizcentre", 2), ("warehouse", 1.5)] + ([("agent", 3)] if c in ("US", "GB", "HK", "SG", "NL") else []))
            loc = make_loc(rng, c)
            if c == "US" and kind == "agent":
                loc.update(city=("Wilmington", ["DE"], "198", "302"), no=pick(rng, ["1209", "251", "2711", "3411", "1000"]),
                           st=pick(rng, ["Orange", "Little Falls", "Centerville", "Silverside", "N. West"]),
                           suf=pick(rng, D.STREETS["us_suffix"]), suite=pick(rng, [None, "100", "400", "201"]), pc="198" + digits(rng, 2))
            if c == "GB" and kind == "agent":
                loc.update(city=("London", [], "WC2H", "20"), no=pick(rng, ["71-75", "20-22", "27", "128"]),
                           st=pick(rng, ["Shelton Street", "Wenlock Road", "Old Gloucester Street", "City Road"]), estate=None, unit=None,
                           pc=pick(rng, ["WC2H 9JQ", "N1 7GU", "WC1N 3AX", "EC1V 2NX"]))
            if c in ("DE", "AT", "CH", "FR", "NL", "BE", "IT", "ES", "PL", "CZ", "SE"):
                loc["extra"] = pick(rng, {"park": ["Gewerbepark Süd", "Industriepark Nord", "Technologiepark", "Parc d'activités", "Business Park"],
                                          "tower": ["Turm A", "Tower", "Business Center", "Haus 2"],
                                          "bizcentre": ["Business Center", "Regus Center", "Office Center", "Centre d'affaires"],
                                          "warehouse": ["Logistikzentrum", "Halle 5", "Distribution Center", "Tor 7"]}.get(kind, ["Business Center"]))
            lst.append({"kind": kind, "loc": loc, "phone": make_phone(rng, c, loc["area"]),
                        "mail": f"{pick(rng, ['reception', 'empfang', 'info', 'office', 'frontdesk'])}@{pick(rng, ['regus', 'businesscenter', 'officepark', 'spaces', 'ecos-office', 'servcorp'])}-{slug(loc.get('city', ('x',))[0] if isinstance(loc.get('city'), tuple) else 'hub').replace(' ', '')}.{D.TLD[c][0]}",
                        "co": f"c/o {pick(rng, ['DHL Supply Chain', 'Fiege Logistik', 'Kühne + Nagel', 'Rhenus Warehousing', 'DB Schenker', 'Dachser', 'Geodis', 'XPO Logistics', 'Nippon Express', 'Sinotrans'])}"})
        out[c] = lst
    return out


# ================================================================== records

def country_field(rng, country, src, upper):
    style = wpick(rng, COUNTRY_STYLE[src])
    if country == "DE" and src in ("crm", "sheet", "erp_old", "collect") and rng.random() < 0.15:
        style = "miss"
    c = CC[country]
    if style == "miss":
        return ""
    s = {"iso2": country, "iso3": c[2], "en": c[3], "de": c[4]}.get(style) or pick(rng, c[5])
    if style == "iso2" and country == "GB" and rng.random() < 0.15:
        s = "UK"
    return s.upper() if upper else s


def name_field(rng, e, src, p, native, at_plant):
    nm = e["name"]
    if e["old_name"] and rng.random() < p["old"]:
        nm = e["old_name"]
    x = rng.random()
    country = e["country"]
    if nm.get("trading") and x < p["short"] * 0.5:
        s = nm["trading"]
    elif nm.get("short") and x < p["short"]:
        s = nm["short"] if not native or not nm["native"] or country in ("CN", "TW", "JP") else nm["short"]
        if nm["native"] and not native and country in ("CN", "TW", "JP"):
            s = nm["core"].split()[0] + " " + nm["core"].split()[-1] if len(nm["core"].split()) > 1 else nm["core"]
    elif native and nm["native"]:
        s = nm["native"] if rng.random() < 0.7 else pick(rng, nm["native_alts"]) if nm["native_alts"] else nm["native"]
        if src == "procure" and rng.random() < 0.3:
            s = s + " " + with_lf(rng, nm["core"], nm["lf"], country)
        if src == "ecom" and country in ("JP", "CN", "TW") and rng.random() < 0.25:
            s = fullwidth(s)
    else:
        core = nm["core"] if not nm["core_alts"] or rng.random() < 0.72 else pick(rng, nm["core_alts"])
        if "jp" in nm and core == nm["core"]:
            core = romaji(core, jp_style(rng))
        elif "jp" in nm:
            core = romaji(core, 0)
        if rng.random() < 0.15:
            core = abbreviate(rng, core)
        lf = None if rng.random() < p["lfd"] else nm["lf"]
        first = nm["lf_first"] and rng.random() < 0.7
        if country in ("JP", "KR") and lf and rng.random() < 0.1:
            s = pick(rng, ["K.K. ", "Kabushiki Kaisha "] if country == "JP" else ["Chusik Hoesa "]) + core
        else:
            s = with_lf(rng, core, lf, country, first)
        if country == "US" and rng.random() < 0.05:
            s = "The " + s
        if e.get("co") and rng.random() < 0.2:
            s = s + " " + e["co"]
    if rng.random() < p["suf"] or (at_plant and rng.random() < 0.6):
        s = s + name_suffix(rng, e, src, at_plant)
    if rng.random() < p["fold"]:
        s = fold(s, de_style=rng.random() < 0.8)
    if rng.random() < p["typo"]:
        s = typo(rng, s)
    if rng.random() < p["ocr"]:
        s = ocr(rng, s)
    if rng.random() < p["up"]:
        s = s.upper()
    elif src in ("ecom", "sheet") and rng.random() < 0.04:
        s = s.lower()
    return trunc(s, p["tn"])


def name_suffix(rng, e, src, at_plant):
    lang = LANG[e["country"]]
    if at_plant:
        city = e["_plant_city"]
        return pick(rng, {"de": [f" Werk {city}", f" - Werk {city}", f", Niederlassung {city}", f" Zweigniederlassung {city}", " Werk 2"],
                          "fr": [f" - Usine de {city}", f" Établissement {city}", f" Site de {city}"],
                          "cn": [f"{city}分公司", f" {city} Branch", f"{city}工厂"], "jp": [f" {city}工場", f" {city}支店", f" {city} Plant"]}.get(lang, [f" - {city} Plant", f" ({city} plant)", f" {city} Branch", f" - {city} Site"]))
    if src == "crm":
        c = pick(rng, e["contacts"])
        return pick(rng, {"de": [f" z.Hd. Herrn {c[1]}", f" z. Hd. Frau {c[1]}", " - Einkauf", " Abt. Einkauf", f" ({c[0]} {c[1]})"],
                          "fr": [f" à l'att. de M. {c[1]}", " - Service Achats", f" ({c[0]} {c[1]})"],
                          "cn": [f" ({c[1]} {c[0]})", " 采购部", " - Purchasing Dept."], "jp": [" 購買部", f" {c[1]}様", " 御中"]}.get(lang, [f" Attn: {c[0]} {c[1]}", " - Purchasing", f" c/o {c[0]} {c[1]}", f" ({c[0]} {c[1]})"]))
    return pick(rng, {"de": [" - Buchhaltung", " Rechnungsadresse", " - Lager", " Kreditorenbuchhaltung", " Wareneingang", " (alt)", " - NICHT VERWENDEN"],
                      "fr": [" - Comptabilité", " Service Facturation", " Entrepôt"],
                      "cn": [" 财务部", " (Warehouse)", " - Accounts"], "jp": [" 経理部", " 物流センター"]}.get(lang, [" - Accounts Payable", " Billing", " - Warehouse", " (Invoice address)", " - Receiving", " DO NOT USE"]))


def phone_field(rng, e, src, p):
    if rng.random() < p["mis_p"]:
        return ""
    country = e["country"]
    x = rng.random()
    mob_p = {"crm": 0.35, "ecom": 0.3, "sheet": 0.2}.get(src, 0.06)
    if x < mob_p:
        area, sub = pick(rng, e["mobiles"])
        ext = None
    elif x < mob_p + 0.03:
        area, sub = e["fax"]
        ext = None
    else:
        area, sub = e["phone"]
        ext = None
        if e.get("ext_style") and rng.random() < 0.5:
            ext = "0"
        elif rng.random() < 0.22:
            ext = str(int(rng.random() * 900) + 100) if rng.random() < 0.7 else str(int(rng.random() * 90) + 10)
    return fmt_phone(rng, country, area, sub, ext, src)


def email_field(rng, e, src, p):
    if e["era"] == "old" and rng.random() < 0.4:
        return ""
    if rng.random() < p["mis_e"]:
        return ""
    country = e["country"]
    if e["shared_mail"] and rng.random() < 0.35:
        s = e["shared_mail"]
    else:
        pers, role = EMAIL_KIND[src]
        x = rng.random()
        dom = e["domain"]
        if dom and e["alt_domain"] and rng.random() < 0.3:
            dom = e["alt_domain"]
        if dom is None or x >= pers + role:
            if dom is None and rng.random() < 0.6:
                s = e["freemail"]
            else:
                f, l = pick(rng, e["contacts"])
                s = person_local(rng, f, l) + (str(int(rng.random() * 99)) if rng.random() < 0.3 else "") + "@" + pick(rng, D.FREEMAIL.get(country, ["gmail.com"]))
        elif x < pers:
            f, l = pick(rng, e["contacts"])
            s = person_local(rng, f, l) + "@" + dom
        else:
            lang = LANG_NAMES.get(LANG[country], "en")
            roles = D.ROLE_MAIL.get(lang, D.ROLE_MAIL["en"])
            if src == "edi":
                roles = ["edi", "orders", "edi-orders", "ediadmin", "order"]
            s = pick(rng, roles) + "@" + dom
    if rng.random() < 0.015:
        s = typo(rng, s)
    if rng.random() < (0.6 if src == "erp_old" else 0.05):
        s = s.upper()
    return s


def tax_field(rng, e, src, p, at_plant):
    country = e["country"]
    miss = p["mis_t"]
    if country == "US":
        miss = 1 - (1 - miss) * 0.5
    elif country == "JP":
        miss = 1 - (1 - miss) * 0.8
    if rng.random() < miss:
        return "", False, ""
    canon = e["tax"]["canon"]
    typo_ = rng.random() < 0.035
    shown = tax_typo(rng, country, canon) if typo_ else canon
    if typo_ and (len(shown) != len(canon)):
        s = shown
    else:
        s = fmt_tax(rng, country, shown, e, at_plant)
        if s is None:
            if typo_:
                s = shown
            else:
                alt = e["tax"]["alt"]
                s = pick(rng, alt) if alt else canon
                return s, False, "ALT:" + s
    if rng.random() < 0.05:
        s = s.replace(" ", "")
    return s, typo_, shown


def record(rng, e):
    country = e["country"]
    era = "old" if e["era"] == "old" else e["role"]
    cum, names = SRC_CUM[era]
    src = names[bisect.bisect_left(cum, rng.random())]
    p = S[src]
    cjk = e["name"]["native"] is not None
    native = cjk and rng.random() < p["nat"]
    at_plant = bool(e["plants"]) and src not in ("ecom",) and rng.random() < 0.3
    loc = e["loc"]
    if at_plant:
        loc = pick(rng, e["plants"])
        e["_plant_city"] = plant_city(loc, native)
    elif e["old_loc"] and rng.random() < p["old"]:
        loc = e["old_loc"]
    upper = rng.random() < p["up"]
    name = name_field(rng, e, src, p, native, at_plant)
    a_native = native if rng.random() < 0.9 else (not native and cjk and country in ("CN", "JP", "KR", "TW"))
    addr, city, pc = render_addr(rng, loc, a_native and country in ("CN", "JP", "KR", "TW"), src, upper)
    if e.get("co") and rng.random() < 0.5:
        addr = e["co"] + ", " + addr
    if rng.random() < p["typo"] * 0.7:
        addr = typo(rng, addr)
    if rng.random() < p["ocr"]:
        addr = ocr(rng, addr)
    if rng.random() < p["mis_pc"]:
        pc = ""
    elif pc:
        x = rng.random()
        if src in ("erp_old", "collect") and country in ("DE", "AT", "CH", "FR", "IT", "BE", "NL", "CZ", "PL", "SE") and x < 0.3:
            pc = {"DE": "D-", "AT": "A-", "CH": "CH-", "FR": "F-", "IT": "I-", "BE": "B-", "NL": "NL-", "CZ": "CZ-", "PL": "PL-", "SE": "S-"}[country] + pc
        elif src == "sheet" and x < 0.12 and pc[0] == "0" and pc.isdigit():
            pc = pc.lstrip("0")
        elif src in ("ecom", "sheet", "crm") and x < 0.06:
            city = f"{pc} {city}" if country not in ("US", "GB", "JP", "CN", "KR", "TW") else f"{city} {pc}"
            pc = ""
    if src == "sheet" and rng.random() < 0.05:  # everything in one cell
        addr = ", ".join(v for v in (addr, f"{pc} {city}".strip()) if v)
        city, pc = "", ""
    if rng.random() < (0.03 if src in ("crm", "sheet") else 0.01):
        city = ""
    if rng.random() < (0.02 if src in ("crm", "sheet", "ecom") else 0.005):
        addr = ""
    if p["fold"] and rng.random() < p["fold"]:
        addr, city = fold(addr), fold(city)
    if upper:
        addr, city, pc = addr.upper(), city.upper(), pc.upper()
    addr, city = trunc(addr, p["ta"]), trunc(city, p["tc"])
    phone = phone_field(rng, e, src, p)
    email = email_field(rng, e, src, p)
    tax, typo_, canon = tax_field(rng, e, src, p, at_plant)
    return (name, addr, city, pc, country_field(rng, country, src, upper), phone, email, tax,
            e["uid"], country, src, e["family"], typo_, canon)


def plant_city(loc, native):
    c = loc["c"]
    if c == "CN":
        return loc["city"][2] if native else loc["city"][3]
    if c == "JP":
        return loc["place"][2] if native else romaji(loc["place"][3].split("-")[0], 0)
    if c in ("KR", "TW"):
        return loc["place"][1]
    return loc["city"][0]


def draw_size(rng):
    return 1 + bisect.bisect_left(SIZE_CUM, rng.random())


def chunk_records(args):
    seed, chunk, n = args
    rng = random.Random(f"heldout7:{seed}:{chunk}")
    ctx = Ctx(seed, chunk, rng)
    rows = []
    left = n
    while left > 0:
        for e in family(ctx):
            k = min(draw_size(rng), left)
            for _ in range(k):
                rows.append(record(rng, e))
            left -= k
            if left == 0:
                break
    return rows


# ================================================================== driver

def _frame(n_records, seed, workers=None):
    """All records with the hidden columns (entity, true country, source, family, typo, shown id)."""
    chunks = [(seed, i, min(CHUNK, n_records - i * CHUNK)) for i in range((n_records + CHUNK - 1) // CHUNK)]
    workers = workers or os.cpu_count() or 1
    if workers > 1 and len(chunks) > 1:
        ctxm = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
        with ctxm.Pool(min(workers, len(chunks))) as pool:
            parts = pool.map(chunk_records, chunks, chunksize=1)
    else:
        parts = [chunk_records(c) for c in chunks]
    rows = [r for part in parts for r in part]
    del parts
    cols = COLUMNS[1:] + HIDDEN
    df = pd.DataFrame.from_records(rows, columns=cols)
    del rows
    # a mistyped id that happens to be another entity's real id: blank it (no valid id of two companies)
    true_ids = pd.DataFrame({"_entity": df["_entity"], "_canon_true": [None] * len(df)})
    typo_rows = df.index[df["_typo"].to_numpy(dtype=bool)]
    if len(typo_rows):
        shown_clean = df.loc[~df["_typo"] & (df["_canon"] != ""), ["_canon", "_entity"]]
        owners = dict(zip(shown_clean["_canon"], shown_clean["_entity"]))
        bad = [i for i in typo_rows if owners.get(df.at[i, "_canon"], df.at[i, "_entity"]) != df.at[i, "_entity"]]
        if bad:
            df.loc[bad, "tax_id"] = ""
    del true_ids
    rng = np.random.default_rng(np.random.SeedSequence([seed, 7_000_007]))
    order = rng.permutation(len(df))
    df = df.iloc[order].reset_index(drop=True)
    key = int(np.random.default_rng([seed, 11]).integers(1, 2 ** 40))
    mult = 0x9E3779B97F4A7C15 % (2 ** 44) | 1
    idx = np.arange(len(df), dtype=np.uint64)
    rid = ((idx * np.uint64(mult)) ^ np.uint64(key)) & np.uint64(2 ** 44 - 1)
    df.insert(0, "record_id", ["r" + format(int(v), "011x") for v in rid])
    ent = df["_entity"].to_numpy(dtype=np.uint64)
    ekey = int(np.random.default_rng([seed, 13]).integers(1, 2 ** 40))
    eid = ((ent * np.uint64(0xD1B54A32D192ED03 % (2 ** 44) | 1)) ^ np.uint64(ekey)) & np.uint64(2 ** 44 - 1)
    df["_entity_id"] = ["e" + format(int(v), "011x") for v in eid]
    return df


def generate(n_records, seed, workers=None):
    """(records, truth): records with COLUMNS, truth with record_id, entity_id; rows shuffled."""
    df = _frame(n_records, seed, workers)
    records = df[COLUMNS].copy()
    truth = pd.DataFrame({"record_id": df["record_id"], "entity_id": df["_entity_id"]})
    return records, truth


def write(folder, n_records, seed, workers=None):
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    records, truth = generate(n_records, seed, workers)
    records.to_csv(folder / "records.csv", index=False, encoding="utf-8", lineterminator="\n")
    truth.to_csv(folder / "truth.csv", index=False, encoding="utf-8", lineterminator="\n")
    return folder


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--workers", type=int, default=None, help="processes (default: one per CPU)")
    a = ap.parse_args(argv)
    write(a.out, a.records, a.seed, a.workers)


if __name__ == "__main__":
    main()
