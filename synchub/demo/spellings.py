"""Other spellings of a company name, as another clerk or another system would type it: the legal
form spelled differently, the city in brackets (Chinese), "(株)" for "株式会社" (Japanese), typos,
upper case, full-width characters; and the ASCII slug of a name for domains and e-mail addresses.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

from synchub.demo.vocabulary import CN_CITIES

_FULLWIDTH = str.maketrans(
    {c: chr(ord(c) + 0xFEE0) for c in "0123456789()ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")
_CN_CITY_RE = "|".join(sorted((c[0] for c in CN_CITIES), key=len, reverse=True))
_CN_NAME = re.compile(
    rf"^(?P<city>{_CN_CITY_RE})(?P<shi>市)?(?P<core>.+?)(?P<legal>集团有限公司|股份有限公司|有限责任公司|有限公司)$"
)

# Legal-form spellings that mean the same: (pattern at the end of the name, replacements).
_LEGAL_VARIANTS = [
    (r"Group Co\., Ltd\.$", ["Group Co. Ltd.", "Group Company Limited", "GROUP CO.,LTD."]),
    (r"Co\., Ltd\.$", ["Co. Ltd.", "Co., Ltd", "Company Limited", "CO.,LTD.", "Co.,Ltd."]),
    (r"\bLtd\.$", ["Ltd", "Limited"]),
    (r"\bLtd$", ["Ltd.", "Limited"]),
    (r"\bLimited$", ["Ltd", "Ltd."]),
    (r"\bPLC$", ["plc", "Public Limited Company"]),
    (r"\bInc\.$", ["Inc", ", Inc.", "Incorporated"]),
    (r"\bInc$", ["Inc.", ", Inc."]),
    (r"\bLLC$", ["L.L.C.", ", LLC"]),
    (r"\bCorp\.$", ["Corporation", "Corp"]),
    (r"\bCorporation$", ["Corp.", "Corp"]),
    (r"\bGmbH & Co\. KG$", ["GmbH & Co KG", "GmbH u. Co. KG"]),
    (r"\bGmbH$", ["G.m.b.H.", "Gmbh", "GMBH"]),
    (r"\bAG$", ["Aktiengesellschaft"]),
    (r"\bKG$", ["Kommanditgesellschaft"]),
    (r"\bSAS$", ["S.A.S.", "S.A.S"]),
    (r"\bSASU$", ["S.A.S.U."]),
    (r"\bS\.A\.$", ["SA", "S.A"]),
    (r"\bSARL$", ["S.A.R.L.", "Sàrl"]),
    (r"(?<!股份)(?<!集团)有限公司$", ["有限责任公司"]),
    (r"有限责任公司$", ["有限公司"]),
    (r"^株式会社", ["(株)", "（株）", "株式会社 "]),
    (r"株式会社$", ["(株)", "（株）", " 株式会社"]),
]
_LEGAL_RE = [(re.compile(p), subs) for p, subs in _LEGAL_VARIANTS]


def ascii_slug(s: str) -> str:
    """A lower-case ASCII label for a domain name: "Müller Bau" -> "muellerbau"."""
    s = s.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9-]", "", s)


def to_fullwidth(s: str) -> str:
    """ASCII letters, digits and parentheses as their full-width forms ("Ａ", "（")."""
    return s.translate(_FULLWIDTH)


def has_cjk(s: str) -> bool:
    """Whether ``s`` contains Chinese, Japanese or full-width characters."""
    return bool(_CJK.search(s))


def legal_variant(name: str, r: float) -> str:
    """Another spelling of the legal form of ``name`` (chosen by ``r`` in [0, 1)), if any."""
    for rx, subs in _LEGAL_RE:
        m = rx.search(name)
        if m:
            rep = subs[int(r * len(subs))]
            if rep.startswith(","):  # "Acme Inc" -> "Acme, Inc."
                return (name[: m.start()].rstrip() + rep).strip()
            return (name[: m.start()] + rep + name[m.end() :]).strip()
    return name


def cn_bracket_variant(name: str, full_width: bool = True) -> str:
    """"北京星辰科技有限公司" -> "星辰科技（北京）有限公司"; other names unchanged."""
    m = _CN_NAME.match(name)
    if not m:
        return name
    o, c = ("（", "）") if full_width else ("(", ")")
    return f"{m['core']}{o}{m['city']}{c}{m['legal']}"


def _typo(name: str, r1: float, r2: float) -> str:
    """A keyboard slip in a Latin name: a letter dropped, doubled or swapped with the next."""
    pos = [i for i in range(1, len(name) - 1) if name[i].isalpha() and name[i].islower()]
    if not pos:
        return name
    i = pos[int(r1 * len(pos))]
    op = int(r2 * 3)
    if op == 0:
        return name[:i] + name[i + 1 :]
    if op == 1:
        return name[:i] + name[i] + name[i:]
    if name[i + 1].isalpha() and name[i + 1] != name[i]:
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    return name[:i] + name[i + 1 :]


def _spellings(name: str, r: np.ndarray) -> list[str]:
    """Candidate other spellings of one name, in a fixed order; ``r`` holds 4 random numbers."""
    if has_cjk(name):
        out = []
        m = _CN_NAME.match(name)
        if m:
            out += [cn_bracket_variant(name, r[2] < 0.6), f"{m['core']}{m['legal']}"]
        half = len(name) // 2
        return out + [
            legal_variant(name, r[1]),
            name.replace("（", "(").replace("）", ")"),
            to_fullwidth(name),
            name[:half] + " " + name[half:],
        ]
    return [
        legal_variant(name, r[1]),
        _typo(name, r[1], r[2]),
        name.upper(),
        name.replace(" & ", " and ") if " & " in name else name.replace(" and ", " & "),
        _typo(name, r[2], r[3]),
    ]


def tweak_names(names: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Each name spelled slightly differently, as a second clerk would have typed it.

    Latin names: another legal-form spelling, a typo, upper case, "&" for "and". Chinese names:
    the city in brackets or left out, the other legal-form spelling. Japanese: "(株)" for
    "株式会社". Every returned name differs from its input.
    """
    out = names.copy()
    u = rng.random((len(names), 4))
    for i, name in enumerate(names):
        if name is None:
            continue
        options = _spellings(name, u[i])
        # Start at a random candidate and take the first that really differs.
        start = int(u[i][0] * len(options))
        rotated = options[start:] + options[:start]
        out[i] = next((x for x in rotated if x != name and x.strip()), name + ".")
    return out
