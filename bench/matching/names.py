"""Company names of the benchmark entities, kept in parts so that each duplicate can be spelled
differently part by part: brand ("星辰", "Rheintec", "Müller & Schmidt"), industry ("科技",
"Maschinenbau", "Precision Tools"), legal form ("有限公司", "GmbH"), in the local script and in
English (pinyin, romaji; the same words for Western companies).

The words are the demo's (:mod:`synchub.demo.vocabulary`) plus the lists below, which widen the
Western and Japanese name spaces: with a million records, two distinct companies of a country
should rarely share brand and industry unless a hard negative asks for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from synchub.demo.arrays import column, obj_array, pick
from synchub.demo.spellings import ascii_slug
from synchub.demo.vocabulary import (
    CN_INDUSTRIES, CN_LEGAL, CN_PINYIN, CN_PINYIN_SECOND, CN_SYLLABLES, DE_BRANCHES, DE_FIRST_NAMES, DE_LEGAL,
    DE_PREFIXES, DE_STEMS, DE_SURNAMES, EN_FIRST_NAMES, EN_INDUSTRIES, EN_PREFIXES, EN_STEMS, EN_SURNAMES,
    FR_FIRST_NAMES, FR_INDUSTRIES, FR_LEGAL, FR_PREFIXES, FR_STEMS, FR_SURNAMES, GB_LEGAL, JP_DESCRIPTORS,
    JP_INDUSTRIES, JP_KATAKANA_1, JP_KATAKANA_2, JP_SURNAMES, US_LEGAL,
)

NAME_PARTS = ("brand", "brand_en", "industry", "industry_en", "legal", "legal_en", "legal_first", "slug")
"""The parts of a name; ``legal_first``: the legal form stands before the brand (株式会社○○)."""

# (Chinese, English, e-mail slug): "International" and "Holdings" give the abbreviation and
# sister-company variants something to work on.
_CN_MORE_INDUSTRIES = [("国际贸易", "International Trading", "intl"), ("国际物流", "International Logistics", "intl")]
CN_SISTERS = [("投资", "Investment"), ("贸易", "Trading"), ("控股", "Holdings"), ("物流", "Logistics"),
              ("国际贸易", "International Trading"), ("进出口", "Import and Export")]
JP_SISTERS = [("ホールディングス", "Holdings"), ("商事", "Trading"), ("サービス", "Services"), ("物流", "Logistics")]
EN_SISTERS = ["Holdings", "Trading", "Services", "Logistics", "International", "Group"]
DE_SISTERS = ["Holding", "Vertrieb", "Service", "Logistik", "Verwaltungs", "International"]
FR_SISTERS = ["Holding", "Distribution", "Services", "Logistique", "International", "Participations"]

_EN_DESCRIPTORS = """Precision Advanced Global United General National Applied Integrated Premier Allied Dynamic
    Modern Standard Universal Pacific Atlantic Continental Metro Coastal Northern Southern Western Eastern
    Central Royal Heritage Liberty Keystone Frontier""".split()
_DE_MORE_PREFIXES = """Hessen Sachsen Franken Schwaben Bayern Baltic Nordsee Ostsee Havel Neckar Lahn Fulda Ems
    Inn Lech Wupper Sieg Lippe Aller Leine Oder Saale Mulde Ilm Kinzig Tauber Murg Jagst Wertach Vils""".split()
_DE_MORE_STEMS = "tronik mess guss tex druck fix star plan rad form".split()
_DE_SUFFIXES = "Service Vertrieb Systeme Technik Handel Montage Consulting Industrie".split()
_FR_MORE_PREFIXES = """Gallia Lutèce Ardèche Jura Vosges Cévennes Vendée Corsa Gironde Somme Marne Oise Rhin Dordo
    Sologne Berry Quercy Artois""".split()
_FR_MORE_STEMS = "lia tis vo lor mex pha gon".split()
_FR_SUFFIXES = "Services Distribution Solutions Industrie International Conseil France Europe".split()


def _capped(base: Sequence[float], capacity: Sequence[float], n: int) -> np.ndarray:
    """Pattern probabilities: ``base``, but no pattern drawn for more than a quarter of its
    distinct names, so that small patterns do not fill up with near-repeats."""
    p = np.minimum(np.asarray(base, float), np.asarray(capacity, float) / (4.0 * max(n, 1)))
    return p / p.sum()


def _slugs(values: np.ndarray) -> np.ndarray:
    """:func:`ascii_slug` of each value, computed once per distinct value."""
    codes, uniq = pd.factorize(values)
    return obj_array([ascii_slug(u) for u in uniq])[codes]


def _repeats(brand: np.ndarray, industry: np.ndarray) -> np.ndarray:
    """Whether each (brand, industry) repeats an earlier row's; hashed as integer codes, which
    is several times quicker than joining the strings."""
    b, i = pd.factorize(brand)[0].astype(np.int64), pd.factorize(industry)[0]
    return pd.Series(b * (int(i.max()) + 1) + i).duplicated().to_numpy()


def _cn(rng: np.random.Generator, n: int, n_total: int) -> dict[str, np.ndarray]:
    a, b = rng.integers(0, len(CN_SYLLABLES), size=(2, n))
    brand = CN_SYLLABLES[a] + CN_SYLLABLES[b]
    brand_en = obj_array([p.capitalize() for p in CN_PINYIN])[a] + CN_PINYIN_SECOND[b]
    slug = CN_PINYIN[a] + CN_PINYIN[b]
    # A few trade names are Latin letters ("北京KDX科技有限公司").
    acro = np.flatnonzero(rng.random(n) < 0.03)
    letters = rng.integers(0, 26, size=(len(acro), 3)).astype(np.uint8) + ord("A")
    brand[acro] = brand_en[acro] = obj_array(letters.view("S3").ravel().astype(str).tolist())
    slug[acro] = obj_array([s.lower() for s in brand[acro]])
    table = [t[:3] for t in CN_INDUSTRIES] + _CN_MORE_INDUSTRIES
    ind = rng.integers(0, len(table), size=n)
    legal = rng.choice(len(CN_LEGAL), size=n, p=np.array([x[2] for x in CN_LEGAL]) / sum(x[2] for x in CN_LEGAL))
    return {
        "brand": brand, "brand_en": brand_en, "industry": column(table, 0)[ind], "industry_en": column(table, 1)[ind],
        "legal": column(CN_LEGAL, 0)[legal], "legal_en": column(CN_LEGAL, 1)[legal],
        "legal_first": np.zeros(n, dtype=bool), "slug": slug + "-" + column(table, 2)[ind],
    }


def _jp(rng: np.random.Generator, n: int, n_total: int) -> dict[str, np.ndarray]:
    k1, k2 = rng.integers(0, len(JP_KATAKANA_1), size=n), rng.integers(0, len(JP_KATAKANA_2), size=n)
    s, d = rng.integers(0, len(JP_SURNAMES), size=n), rng.integers(0, len(JP_DESCRIPTORS), size=n)
    ind = rng.integers(0, len(JP_INDUSTRIES), size=n)
    n_k1, n_k2, n_s = len(JP_KATAKANA_1), len(JP_KATAKANA_2), len(JP_SURNAMES)
    n_d, n_i = len(JP_DESCRIPTORS), len(JP_INDUSTRIES)
    capacity = [n_k1 * n_k2 * n_i, n_s * n_d * n_i, n_s * n_k2 * n_i]
    pattern = rng.choice(3, size=n, p=_capped([0.35, 0.35, 0.30], capacity, n_total))
    kata1, kata2, sur = column(JP_KATAKANA_1, 0)[k1], column(JP_KATAKANA_2, 0)[k2], column(JP_SURNAMES, 0)[s]
    kata1_en, kata2_en, sur_en = column(JP_KATAKANA_1, 1)[k1], column(JP_KATAKANA_2, 1)[k2], column(JP_SURNAMES, 1)[s]
    desc_en = column(JP_DESCRIPTORS, 1)[d]
    conds = [pattern == 0, pattern == 1]
    brand = np.select(conds, [kata1 + kata2, sur + column(JP_DESCRIPTORS, 0)[d]], sur + kata2).astype(object)
    brand_en = np.select(conds, [kata1_en + kata2_en, sur_en + np.where(desc_en == "", "", " " + desc_en)],
                         sur_en + " " + obj_array([w.capitalize() for w in kata2_en])).astype(object)
    form = rng.choice(4, size=n, p=[0.46, 0.44, 0.05, 0.05])  # 株式会社 before, after; 有限会社; 合同会社
    legal = obj_array(["株式会社", "株式会社", "有限会社", "合同会社"])[form]
    legal_en = pick(rng, ["Co., Ltd.", "Corporation", "Inc."], n, [0.7, 0.2, 0.1])
    legal_en[form == 3] = "LLC"
    industry_slug = obj_array([ascii_slug(t[1]) for t in JP_INDUSTRIES])[ind]
    return {
        "brand": brand, "brand_en": brand_en, "industry": column(JP_INDUSTRIES, 0)[ind],
        "industry_en": column(JP_INDUSTRIES, 2)[ind], "legal": legal, "legal_en": legal_en,
        "legal_first": form == 0, "slug": industry_slug,  # the brand's part is added once names are final
    }


@dataclass(frozen=True)
class LatinWords:
    """The word lists of one Western country's company names."""

    surnames: Sequence[str]
    first_names: Sequence[str]
    prefixes: Sequence[str]
    stems: Sequence[str]
    industries: Sequence[str]
    descriptors: Sequence[str]
    descriptor_first: bool  # "Apex Precision Tools" (English) or "Rheintec Maschinenbau Service" (German)
    legal: Sequence[tuple[str, float]]


def _latin(words: LatinWords) -> Callable[[np.random.Generator, int, int], dict[str, np.ndarray]]:
    """A builder of names in six patterns: "Rheintec Automation", "Apex Precision Tools",
    "Karl Müller Maschinenbau", "Müller Maschinenbau", "Müller & Schmidt", "Rheintec"."""
    sur, first, pre, stem = (obj_array(w) for w in (words.surnames, words.first_names, words.prefixes, words.stems))
    ind_w, desc_w = obj_array(words.industries), obj_array(words.descriptors)
    n_s, n_f, n_p, n_t, n_i, n_d = len(sur), len(first), len(pre), len(stem), len(ind_w), len(desc_w)
    capacity = [n_p * n_t * n_i, n_p * n_t * n_d * n_i, n_f * n_s * n_i, n_s * n_i, n_s * n_s, n_p * n_t]

    def build(rng: np.random.Generator, n: int, n_total: int) -> dict[str, np.ndarray]:
        pattern = rng.choice(6, size=n, p=_capped([0.27, 0.23, 0.25, 0.07, 0.10, 0.08], capacity, n_total))
        coined = pre[rng.integers(0, n_p, size=n)] + stem[rng.integers(0, n_t, size=n)]
        s1, s2 = sur[rng.integers(0, n_s, size=n)], sur[rng.integers(0, n_s, size=n)]
        f1 = first[rng.integers(0, n_f, size=n)]
        ind, desc = ind_w[rng.integers(0, n_i, size=n)], desc_w[rng.integers(0, n_d, size=n)]
        brand = np.select([pattern == 2, pattern == 3, pattern == 4], [f1 + " " + s1, s1, s1 + " & " + s2], coined)
        described = desc + " " + ind if words.descriptor_first else ind + " " + desc
        industry = np.select([pattern == 1, pattern >= 4], [described, ""], ind).astype(object)
        intl = np.flatnonzero((pattern == 0) & (rng.random(n) < 0.08))
        industry[intl] = "International " + industry[intl]
        legal = pick(rng, [x[0] for x in words.legal], n, [x[1] for x in words.legal])
        return {
            "brand": brand.astype(object), "brand_en": brand.astype(object), "industry": industry,
            "industry_en": industry, "legal": legal, "legal_en": legal, "legal_first": np.zeros(n, dtype=bool),
            "slug": None,
        }

    return build


_EN = dict(surnames=EN_SURNAMES, first_names=EN_FIRST_NAMES, prefixes=EN_PREFIXES, stems=EN_STEMS,
           industries=[x[0] for x in EN_INDUSTRIES], descriptors=_EN_DESCRIPTORS, descriptor_first=True)
BUILDERS = {
    "CN": _cn,
    "JP": _jp,
    "DE": _latin(LatinWords(DE_SURNAMES, DE_FIRST_NAMES, DE_PREFIXES + _DE_MORE_PREFIXES, DE_STEMS + _DE_MORE_STEMS,
                            [x[0] for x in DE_BRANCHES], _DE_SUFFIXES, False, DE_LEGAL)),
    "FR": _latin(LatinWords(FR_SURNAMES, FR_FIRST_NAMES, FR_PREFIXES + _FR_MORE_PREFIXES, FR_STEMS + _FR_MORE_STEMS,
                            [x[0] for x in FR_INDUSTRIES], _FR_SUFFIXES, False, FR_LEGAL)),
    "GB": _latin(LatinWords(**_EN, legal=GB_LEGAL)),
    "US": _latin(LatinWords(**_EN, legal=US_LEGAL)),
}
"""Name builder of each country: ``BUILDERS[iso](rng, n, n_total)`` -> the :data:`NAME_PARTS`."""


def company_names(rng: np.random.Generator, country: str, n: int) -> dict[str, np.ndarray]:
    """Names of ``n`` distinct companies of ``country``, as :data:`NAME_PARTS` arrays.

    Rows whose brand and industry repeat an earlier row's are drawn again, so that distinct
    companies differ in more than the legal form (which a duplicate may drop); repeats left
    after that are real namesakes of a crowded name space.
    """
    build = BUILDERS[country]
    out = build(rng, n, n)
    again = np.flatnonzero(_repeats(out["brand"], out["industry"]))
    taken = set(zip(out["brand"], out["industry"]))
    for _ in range(30):
        # Done when one company in 5,000 is left, or (below) when the free names run out.
        if len(again) <= n // 5000:
            break
        redo = build(rng, len(again), n)
        free = np.zeros(len(again), dtype=bool)
        for k, key in enumerate(zip(redo["brand"], redo["industry"])):
            if key not in taken:
                taken.add(key)
                free[k] = True
        for key, arr in out.items():
            if arr is not None:
                arr[again[free]] = redo[key][free]
        again = again[~free]
        if free.mean() < 0.2:
            break
    # Western and Japanese slugs are made here, once per distinct word, not per draw.
    if country == "JP":
        out["slug"] = _slugs(out["brand_en"]) + "-" + out["slug"]
    elif country != "CN":
        slug = _slugs(out["brand"])
        out["slug"] = np.where(out["industry"] == "", slug, slug + "-" + _slugs(out["industry"])).astype(object)
    return out


def sister_industries(rng: np.random.Generator, country: str, industry: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(local, English) industry words of sister companies ("Holdings", "投资"), each differing
    from the industry in ``industry`` at the same row."""
    table = {"CN": CN_SISTERS, "JP": JP_SISTERS, "DE": [(w, w) for w in DE_SISTERS],
             "FR": [(w, w) for w in FR_SISTERS]}.get(country, [(w, w) for w in EN_SISTERS])
    i = rng.integers(0, len(table), size=len(industry))
    local = column(table, 0)[i]
    same = local == industry
    i[same] = (i[same] + 1) % len(table)
    return column(table, 0)[i], column(table, 1)[i]
