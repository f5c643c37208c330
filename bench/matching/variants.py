"""How one more record of a company comes out different: another spelling of the legal form,
a typo, an abbreviation, upper case, full-width characters, another address, postcode or phone
notation, a mistyped tax id.

Each function takes an object array of values (no ``None``) and a random generator, and
returns the changed values; :mod:`bench.matching.generate` decides which records get which.
Per-row Python runs only where the change is per-character (typos); the rest is pandas string
operations and table look-ups.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from synchub.demo.arrays import obj_array
from synchub.demo.phones import PHONE_STYLES
from synchub.demo.spellings import to_fullwidth
from synchub.demo.vocabulary import CN_SYLLABLES, CRM_COUNTRY_NAME
from synchub.tax_ids import USCC_CHARSET

LEGAL_SPELLINGS = {
    "有限公司": ["有限责任公司", "公司", ""],
    "有限责任公司": ["有限公司", ""],
    "股份有限公司": ["股份公司", "有限公司", ""],
    "集团有限公司": ["集团公司", "集团", "有限公司"],
    "Co., Ltd.": ["Co. Ltd.", "Co., Ltd", "Company Limited", "CO.,LTD.", "Co.,Ltd.", "Ltd.", ""],
    "Group Co., Ltd.": ["Group Co. Ltd.", "Group Company Limited", "Group", "Co., Ltd."],
    "株式会社": ["(株)", "（株）", "㈱"],
    "有限会社": ["(有)", "（有）"],
    "合同会社": ["LLC", "(同)"],
    "Corporation": ["Corp.", "Corp", "Co., Ltd."],
    "Inc.": ["Inc", ", Inc.", "Incorporated", ""],
    "Inc": ["Inc.", ", Inc.", ""],
    "LLC": ["L.L.C.", ", LLC", "Llc", ""],
    "Corp.": ["Corporation", "Corp", ""],
    "GmbH": ["Gesellschaft mit beschränkter Haftung", "G.m.b.H.", "Gmbh", "GMBH", ""],
    "AG": ["Aktiengesellschaft", ""],
    "GmbH & Co. KG": ["GmbH & Co KG", "GmbH u. Co. KG", "GmbH + Co. KG", "GmbH"],
    "KG": ["Kommanditgesellschaft", ""],
    "SAS": ["S.A.S.", "S.A.S", ""],
    "SASU": ["S.A.S.U.", "SAS"],
    "S.A.": ["SA", "S.A", "Société Anonyme", ""],
    "SARL": ["S.A.R.L.", "Sàrl", "S.à r.l.", ""],
    "Ltd": ["Limited", "Ltd.", "LTD", ""],
    "Limited": ["Ltd", "Ltd.", ""],
    "PLC": ["plc", "Public Limited Company", "P.L.C."],
}
"""Other spellings of each legal form; "" drops it, as clerks and CRMs often do."""

# Abbreviations a clerk types, all applied to a value that gets any: whole words, then
# pieces that stand inside a word or between words.
NAME_ABBREVIATIONS = {
    "Technology": "Tech", "Technologies": "Tech", "International": "Intl", "Manufacturing": "Mfg",
    "Engineering": "Eng.", "Industries": "Ind.", "Systems": "Sys.", "Services": "Svcs", "Company": "Co.",
    "Maschinenbau": "Masch.-Bau", "Gesellschaft": "Ges.", "Information Technology": "IT",
    "Import and Export": "Imp. & Exp.", "Établissements": "Ets",
}, {" & ": " and "}
ADDRESS_ABBREVIATIONS = {
    "Street": "St", "Road": "Rd", "Avenue": "Ave", "Boulevard": "Blvd", "Drive": "Dr", "Lane": "Ln",
    "Suite": "Ste", "District": "Dist.", "avenue": "av.", "boulevard": "bd",
}, {"straße": "str.", "Straße": "Str.", "No. ": ""}


# Another notation of the same place, per country: (pattern, replacement).
ADDRESS_FORMATS = {
    "CN": [(r"^[^区]{1,4}区(?=.)", ""), (r"号$", ""), (r"^No\. (\d+) (.+?), (.+)$", r"\2 No. \1, \3"),
           (r"^No\. (\d+) (.+?), (.+)$", r"\1 \2, \3")],
    "JP": [(r"^(\D+)(\d+)-(\d+)-(\d+)$", r"\1\2丁目\3番\4号"), (r"^(\D+)(\d+)丁目(\d+)番(\d+)号$", r"\1\2-\3-\4"),
           (r"^(\d+)-(\d+)-(\d+) (.+)$", r"\4 \1-\2-\3")],
    "DE": [(r"straße\b", "strasse"), (r"Straße\b", "Strasse"), (r" (\d+)", r" Nr. \1")],
    "FR": [(r"^(\d+)( bis)? ", r"\1\2, "), (r"[éè]", "e"), (r"\brue\b", "Rue")],
    "GB": [(r"^Unit (\d+), ", r"\1 "), (r"^(\d+) ", r"\1, "), (r"^(\d+) ", r"Unit \1, ")],
    "US": [(r", Suite (\d+)$", r" #\1"), (r", Suite (\d+)$", r" Ste \1"), (r"^(\d+) ", r"\1, ")],
}

# The demo's phone notations, and one more that users type: the area code in brackets.
_PAREN_STYLE = {
    "CN": lambda a, s: f"(0{a}) {s[:-4]} {s[-4:]}",
    "JP": lambda a, s: f"(0{a}) {s[:-4]}-{s[-4:]}",
    "DE": lambda a, s: f"+49 (0){a} {s}",
    "FR": lambda a, s: f"+33 (0){a} {' '.join(s[i:i + 2] for i in range(0, len(s), 2))}",
    "GB": lambda a, s: f"+44 (0){a} {s[:-4]} {s[-4:]}",
    "US": lambda a, s: f"{a}.{s[:3]}.{s[3:]}",
}
PHONE_NOTATIONS = [*PHONE_STYLES.values(), _PAREN_STYLE]
"""Ways to write a phone from (area code, subscriber): "+86 10 1234 5678", "010-12345678",
"0086-10-12345678", "(010) 1234 5678", ..."""

_KANA = obj_array(list("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロン"))


def regex_each(values: np.ndarray, rules: list[tuple[str, str]]) -> np.ndarray:
    """``values`` with every (pattern, replacement) of ``rules`` applied in turn."""
    s = pd.Series(values, dtype=object)
    for pattern, repl in rules:
        s = s.str.replace(pattern, repl, regex=True)
    return s.to_numpy(dtype=object)


def abbreviate(values: np.ndarray, table: tuple[dict[str, str], dict[str, str]]) -> np.ndarray:
    """``values`` with the whole words of ``table[0]`` and the pieces of ``table[1]`` abbreviated,
    in one regular-expression pass per value."""
    words, pieces = table
    longest_first = sorted(words, key=len, reverse=True)
    pattern = r"\b(?:" + "|".join(map(re.escape, longest_first)) + r")\b|" + "|".join(map(re.escape, pieces))
    found = words | pieces
    s = pd.Series(values, dtype=object).str.replace(pattern, lambda m: found[m.group(0)], regex=True)
    return s.to_numpy(dtype=object)


def regex_one_of(values: np.ndarray, rules: list[tuple[str, str]], rng: np.random.Generator) -> np.ndarray:
    """``values``, each with one rule of ``rules`` drawn at random applied (if it matches)."""
    out = values.copy()
    pick = rng.integers(0, len(rules), size=len(values))
    for k, (pattern, repl) in enumerate(rules):
        idx = np.flatnonzero(pick == k)
        out[idx] = regex_each(values[idx], [(pattern, repl)])
    return out


def legal_spelling(legal: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Another spelling of each legal form, from :data:`LEGAL_SPELLINGS` (unchanged if none)."""
    out = legal.copy()
    codes, forms = pd.factorize(legal)
    for k, form in enumerate(forms):
        choices = LEGAL_SPELLINGS.get(form)
        if choices:
            idx = np.flatnonzero(codes == k)
            out[idx] = obj_array(choices)[rng.integers(0, len(choices), size=len(idx))]
    return out


def _typo(s: str, u: np.ndarray) -> str:
    """One slip of the keyboard or the input method at a position past the first character:
    a character replaced, dropped, swapped with the next or doubled."""
    if len(s) < 3:
        return s
    i = 1 + int(u[0] * (len(s) - 2))
    c = s[i]
    op = int(u[1] * 4)
    if op == 0:  # replaced: by a nearby letter, digit or character of the same script
        if c.isascii() and c.isalpha():
            new = chr((ord(c.lower()) - 97 + 1 + int(u[2] * 24)) % 26 + 97)
            new = new.upper() if c.isupper() else new
        elif c.isdigit():
            new = str((int(c) + 1 + int(u[2] * 8)) % 10) if c.isascii() else c
        elif "\u30a0" <= c <= "\u30ff":
            new = _KANA[int(u[2] * len(_KANA))]
        elif "\u4e00" <= c <= "\u9fff":
            new = CN_SYLLABLES[int(u[2] * len(CN_SYLLABLES))]
        else:
            new = c
        return s[:i] + new + s[i + 1:]
    if op == 1:
        return s[:i] + s[i + 1:]
    if op == 2 and i + 1 < len(s) and s[i + 1] != c:
        return s[:i] + s[i + 1] + c + s[i + 2:]
    return s[:i] + c + s[i:]


def typos(values: np.ndarray, rng: np.random.Generator, p_second: float = 0.3) -> np.ndarray:
    """Each value with one typo, and a share ``p_second`` with a second one."""
    u = rng.random((len(values), 7))
    return obj_array([
        _typo(_typo(v, r[:3]), r[3:6]) if r[6] < p_second else _typo(v, r[:3]) for v, r in zip(values, u)
    ])


def case_variant(values: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Upper case (most), lower case or title case."""
    s = pd.Series(values, dtype=object)
    u = rng.random(len(values))
    out = np.where(u < 0.6, s.str.upper(), np.where(u < 0.8, s.str.lower(), s.str.title()))
    return out.astype(object)


def fullwidth(values: np.ndarray) -> np.ndarray:
    """Latin letters, digits and brackets as their full-width forms (ＡＢＣ１２３), as typed
    with a Chinese or Japanese input method."""
    return obj_array([to_fullwidth(v) for v in values])


def stray_spaces(values: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A doubled inner space or a trailing one, as copy and paste leaves them."""
    s = pd.Series(values, dtype=object)
    inner = s.str.replace(" ", "  ", n=1, regex=False)
    return np.where(rng.random(len(values)) < 0.5, inner, s + " ").astype(object)


def phones(country: np.ndarray, area: np.ndarray, sub: np.ndarray, notation: np.ndarray) -> np.ndarray:
    """Phone numbers, each in the :data:`PHONE_NOTATIONS` entry given by ``notation``.

    Each notation is called once per country, area code and number length, on placeholder
    digits, which gives a template; numpy then fills the templates with the real digits. That
    is the same text as calling the notation on every row, in a fraction of the time.
    """
    out = np.empty(len(country), dtype=object)
    length = np.fromiter(map(len, sub), dtype=np.int64, count=len(sub))
    groups = pd.DataFrame({"c": country, "a": area, "n": length, "k": notation}).groupby(["c", "a", "n", "k"]).indices
    for (iso, a, n, k), idx in groups.items():
        template = PHONE_NOTATIONS[k][iso](a, "".join(chr(0xE000 + j) for j in range(n)))
        digits = np.frombuffer("".join(sub[idx]).encode("ascii"), dtype=np.uint8).reshape(len(idx), n)
        filled = np.empty((len(idx), len(template)), dtype=np.uint8)
        for j, ch in enumerate(template):
            filled[:, j] = digits[:, ord(ch) - 0xE000] if ch >= "\ue000" else ord(ch)
        out[idx] = filled.view(f"S{len(template)}").ravel().astype(str).tolist()
    return out


def postcode_variant(country: np.ndarray, postcode: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """UK postcodes without their space, Japanese ones without the hyphen or with 〒, US ZIP+4."""
    out = postcode.copy()
    s = pd.Series(postcode, dtype=object)
    gb, jp, us = country == "GB", country == "JP", country == "US"
    out[gb] = s[gb].str.replace(" ", "", regex=False).to_numpy(dtype=object)
    mark = rng.random(len(postcode)) < 0.3
    out[jp] = np.where(mark[jp], "〒" + s[jp], s[jp].str.replace("-", "", regex=False)).astype(object)
    plus4 = obj_array(np.char.zfill(rng.integers(0, 10_000, size=int(us.sum())).astype(str), 4).tolist())
    out[us] = s[us].to_numpy(dtype=object) + "-" + plus4
    return out


def city_variant(country: np.ndarray, city: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Chinese cities without 市, German ones with "ue" for "ü", the rest in capitals."""
    rules = {"CN": [(r"市$", "")], "JP": [(r"^(東京都|大阪府|京都府|北海道|..県)", "")],
             "DE": [("ü", "ue"), ("ö", "oe"), ("ä", "ae"), (" am Main", "/Main")]}
    out = city.copy()
    for iso in CRM_COUNTRY_NAME:
        idx = np.flatnonzero(country == iso)
        out[idx] = regex_each(city[idx], rules[iso]) if iso in rules else case_variant(city[idx], rng)
    return out


def tax_id_typo(values: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Tax ids with one character mistyped past any country prefix: the check fails."""
    u = rng.random((len(values), 2))

    def slip(v: str, r: np.ndarray) -> str:
        start = 2 if v[:2].isalpha() else 0
        i = start + int(r[0] * (len(v) - start))
        c = v[i]
        if c.isdigit():
            new = str((int(c) + 1 + int(r[1] * 8)) % 10)
        elif c in USCC_CHARSET:
            new = USCC_CHARSET[(USCC_CHARSET.index(c) + 1 + int(r[1] * 29)) % 31]
        else:
            new = c
        return v[:i] + new + v[i + 1:]

    return obj_array([slip(v, r) for v, r in zip(values, u)])
