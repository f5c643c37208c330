"""What a company of each country looks like: its name (in the local script and in English),
address, phone area code and number, industry, and the slug and top-level domain of its web
domain.

One builder per country, ``BUILDERS[iso](rng, n, n_total)``, returns a record of arrays of ``n``
companies (``n_total``: how many companies of the country are being made, so that small name
patterns are not overused); :func:`synchub.demo.companies.make_companies` assembles them.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from synchub.demo.arrays import column, decimal_text, obj_array, pick, probabilities
from synchub.demo.spellings import ascii_slug
from synchub.demo.vocabulary import (
    CN_CITIES,
    CN_INDUSTRIES,
    CN_LEGAL,
    CN_PINYIN,
    CN_PINYIN_SECOND,
    CN_ROADS,
    CN_SYLLABLES,
    DE_BRANCHES,
    DE_CITIES,
    DE_FIRST_NAMES,
    DE_LEGAL,
    DE_PREFIXES,
    DE_STEMS,
    DE_STREETS,
    DE_SURNAMES,
    EN_FIRST_NAMES,
    EN_INDUSTRIES,
    EN_PREFIXES,
    EN_STEMS,
    EN_SURNAMES,
    FR_CITIES,
    FR_FIRST_NAMES,
    FR_INDUSTRIES,
    FR_LEGAL,
    FR_PREFIXES,
    FR_STEMS,
    FR_STREETS,
    FR_SURNAMES,
    GB_CITIES,
    GB_LEGAL,
    GB_STREETS,
    JP_CITIES,
    JP_DESCRIPTORS,
    JP_INDUSTRIES,
    JP_KATAKANA_1,
    JP_KATAKANA_2,
    JP_SURNAMES,
    JP_TOWNS,
    US_CITIES,
    US_LEGAL,
    US_STREETS,
)


def _pattern_p(base: Sequence[float], capacity: Sequence[float], n: int) -> np.ndarray:
    """Pattern probabilities: ``base``, but no pattern gets more than a third of its distinct
    names, so that a million companies do not pile up in the small patterns."""
    p = np.minimum(np.asarray(base, float), np.asarray(capacity, float) / (3.0 * max(n, 1)))
    return p / p.sum()


def _cn_build(rng: np.random.Generator, n: int, n_total: int) -> dict[str, np.ndarray]:
    city = rng.choice(len(CN_CITIES), size=n, p=probabilities([c[5] for c in CN_CITIES]))
    a = rng.integers(0, len(CN_SYLLABLES), size=n)
    b = rng.integers(0, len(CN_SYLLABLES), size=n)
    ind = rng.integers(0, len(CN_INDUSTRIES), size=n)
    legal = rng.choice(len(CN_LEGAL), size=n, p=probabilities([x[2] for x in CN_LEGAL]))
    city_cn, city_py = column(CN_CITIES, 0)[city], column(CN_CITIES, 1)[city]
    core_cn = CN_SYLLABLES[a] + CN_SYLLABLES[b]
    core_en = obj_array([p.capitalize() for p in CN_PINYIN])[a] + CN_PINYIN_SECOND[b]
    slug = CN_PINYIN[a] + CN_PINYIN[b]
    # A few trade names are Latin letters ("北京KDX科技有限公司"); SCM users type them full-width.
    acro = rng.random(n) < 0.04
    if acro.any():
        letters = rng.integers(0, 26, size=(int(acro.sum()), 3)) + ord("A")
        acr = obj_array(letters.astype(np.uint8).view("S3").ravel().astype(str).tolist())
        core_cn[acro], core_en[acro] = acr, acr
        slug[acro] = obj_array([s.lower() for s in acr])
    # Shenzhen and others register as "深圳市..." about as often as "深圳...".
    shi = rng.random(n) < 0.2
    prefix = np.where(shi, city_cn + "市", city_cn)
    ind_cn, ind_en = column(CN_INDUSTRIES, 0)[ind], column(CN_INDUSTRIES, 1)[ind]
    name = prefix + core_cn + ind_cn + column(CN_LEGAL, 0)[legal]
    name_en = city_py + " " + core_en + " " + ind_en + " " + column(CN_LEGAL, 1)[legal]
    # Districts differ per city: index into a flat table with per-city offsets.
    counts = np.array([len(c[6]) for c in CN_CITIES])
    offsets = np.concatenate([[0], np.cumsum(counts)[:-1]])
    flat = [d for c in CN_CITIES for d in c[6]]
    d = offsets[city] + rng.integers(0, 1 << 20, size=n) % counts[city]
    road = rng.integers(0, len(CN_ROADS), size=n)
    no = decimal_text(rng.integers(1, 999, size=n))
    street = column(flat, 0)[d] + column(CN_ROADS, 0)[road] + no + "号"
    street_en = "No. " + no + " " + column(CN_ROADS, 1)[road] + ", " + column(flat, 1)[d]
    admin6 = column(CN_CITIES, 4)[city] + decimal_text(rng.integers(1, 16, size=n), 2)
    return {
        "name": name,
        "name_en": name_en,
        "slug": slug + "-" + column(CN_INDUSTRIES, 2)[ind],
        "industry": column(CN_INDUSTRIES, 3)[ind],
        "street": street,
        "street_en": street_en,
        "city": city_cn + "市",
        "city_en": city_py,
        "postcode": column(CN_CITIES, 2)[city] + decimal_text(rng.integers(0, 1000, size=n), 3),
        "area": column(CN_CITIES, 3)[city],
        "sub": decimal_text(rng.integers(20_000_000, 90_000_000, size=n)),
        "admin6": admin6,
        "tld": pick(rng, [".cn", ".com.cn", ".com"], n, [0.4, 0.3, 0.3]),
    }


def _jp_build(rng: np.random.Generator, n: int, n_total: int) -> dict[str, np.ndarray]:
    n_i = len(JP_INDUSTRIES)
    capacity = [len(JP_KATAKANA_1) * len(JP_KATAKANA_2) * n_i * 2, len(JP_SURNAMES) * len(JP_DESCRIPTORS) * n_i * 2]
    kata = rng.random(n) < _pattern_p([0.35, 0.65], capacity, n_total)[0]
    s = rng.integers(0, len(JP_SURNAMES), size=n)
    desc = rng.integers(0, len(JP_DESCRIPTORS), size=n)
    k1 = rng.integers(0, len(JP_KATAKANA_1), size=n)
    k2 = rng.integers(0, len(JP_KATAKANA_2), size=n)
    ind = rng.integers(0, len(JP_INDUSTRIES), size=n)
    core_jp = np.where(
        kata,
        column(JP_KATAKANA_1, 0)[k1] + column(JP_KATAKANA_2, 0)[k2],
        column(JP_SURNAMES, 0)[s] + column(JP_DESCRIPTORS, 0)[desc],
    )
    desc_ro = column(JP_DESCRIPTORS, 1)[desc]
    core_en = np.where(
        kata,
        column(JP_KATAKANA_1, 1)[k1] + column(JP_KATAKANA_2, 1)[k2],
        column(JP_SURNAMES, 1)[s] + np.where(desc_ro == "", "", " " + desc_ro),
    )
    ind_jp, ind_en = column(JP_INDUSTRIES, 0)[ind], column(JP_INDUSTRIES, 2)[ind]
    form = rng.choice(4, size=n, p=[0.46, 0.44, 0.05, 0.05])
    body = core_jp + ind_jp
    name = np.select(
        [form == 0, form == 1, form == 2],
        ["株式会社" + body, body + "株式会社", body + "有限会社"],
        body + "合同会社",
    ).astype(object)
    legal_en = np.where(form == 3, "LLC", pick(rng, ["Co., Ltd.", "Corporation", "Inc."], n, [0.7, 0.2, 0.1]))
    name_en = core_en + " " + ind_en + " " + legal_en
    core_slug = np.where(
        kata,
        obj_array([x.lower() for x in column(JP_KATAKANA_1, 1)])[k1] + column(JP_KATAKANA_2, 1)[k2],
        obj_array([ascii_slug(x) for x in column(JP_SURNAMES, 1)])[s]
        + obj_array([d[1].lower() for d in JP_DESCRIPTORS])[desc],
    )
    slug = core_slug + "-" + obj_array([x.lower() for x in column(JP_INDUSTRIES, 1)])[ind]
    city = rng.integers(0, len(JP_CITIES), size=n)
    area = column(JP_CITIES, 3)[city]
    town = rng.integers(0, len(JP_TOWNS), size=n)
    c, bl, go = (decimal_text(rng.integers(1, hi, size=n)) for hi in (6, 31, 21))
    chome = rng.random(n) < 0.3
    town_jp = column(JP_TOWNS, 0)[town]
    street = np.where(chome, town_jp + c + "丁目" + bl + "番" + go + "号", town_jp + c + "-" + bl + "-" + go)
    sub_len = 9 - np.array([len(x) for x in area])
    sub = obj_array([str(v)[:k] for v, k in zip(rng.integers(10**8 * 2, 10**9, size=n), sub_len)])
    return {
        "name": name,
        "name_en": name_en.astype(object),
        "slug": slug,
        "industry": column(JP_INDUSTRIES, 3)[ind],
        "street": street.astype(object),
        "street_en": c + "-" + bl + "-" + go + " " + column(JP_TOWNS, 1)[town],
        "city": column(JP_CITIES, 0)[city],
        "city_en": column(JP_CITIES, 1)[city],
        "postcode": column(JP_CITIES, 2)[city] + "-" + decimal_text(rng.integers(0, 10000, size=n), 4),
        "area": area,
        "sub": sub,
        "tld": pick(rng, [".co.jp", ".jp", ".com"], n, [0.7, 0.15, 0.15]),
    }


def _latin_names(
    rng: np.random.Generator,
    n: int,
    n_total: int,
    surnames: Sequence[str],
    first_names: Sequence[str],
    prefixes: Sequence[str],
    stems: Sequence[str],
    industries: Sequence[tuple[str, str]],
    legal: Sequence[tuple[str, float]],
    group_word: str | None = None,
) -> dict[str, np.ndarray]:
    """Names of Western companies, in five patterns: "Müller Maschinenbau GmbH",
    "Rheintec GmbH", "Rheintec Automation GmbH", "Müller & Schmidt GmbH" and
    "Karl Müller Maschinenbau GmbH". Domain slugs are built from pre-folded words.
    """
    sur, first = obj_array(surnames), obj_array(first_names)
    sur_s, first_s = obj_array([ascii_slug(x) for x in surnames]), obj_array([ascii_slug(x) for x in first_names])
    n_s, n_f, n_p, n_t, n_i, n_l = len(sur), len(first), len(prefixes), len(stems), len(industries), len(legal)
    i1, i2, i_f = (rng.integers(0, k, size=n) for k in (n_s, n_s, n_f))
    i_p, i_t = rng.integers(0, n_p, size=n), rng.integers(0, n_t, size=n)
    brand = obj_array(prefixes)[i_p] + obj_array(stems)[i_t]
    brand_s = obj_array([ascii_slug(x) for x in prefixes])[i_p] + obj_array(stems)[i_t]
    ind = rng.integers(0, n_i, size=n)
    ind_w = column(industries, 0)[ind]
    ind_s = obj_array([ascii_slug(x[0]) for x in industries])[ind]
    capacity = [n_s * n_i * n_l, n_p * n_t * n_l, n_p * n_t * n_i * n_l, n_s * n_s * n_l, n_f * n_s * n_i * n_l]
    pattern = rng.choice(5, size=n, p=_pattern_p([0.20, 0.10, 0.30, 0.15, 0.25], capacity, n_total))
    conds = [pattern == 0, pattern == 1, pattern == 2, pattern == 3]
    s1, s2, f1 = sur[i1], sur[i2], first[i_f]
    core = np.select(
        conds, [s1 + " " + ind_w, brand, brand + " " + ind_w, s1 + " & " + s2], f1 + " " + s1 + " " + ind_w
    ).astype(object)
    s1s = sur_s[i1]
    slug = np.select(
        conds, [s1s + "-" + ind_s, brand_s, brand_s + "-" + ind_s, s1s + sur_s[i2]], first_s[i_f] + s1s + "-" + ind_s
    ).astype(object)
    if group_word:  # "Groupe Dubois S.A." in France
        grp = rng.random(n) < 0.05
        core[grp] = group_word + " " + s1[grp]
        slug[grp] = "groupe-" + s1s[grp]
    leg = pick(rng, [x[0] for x in legal], n, [x[1] for x in legal])
    return {
        "name": core + " " + leg,
        "slug": slug,
        "industry": column(industries, 1)[ind],
    }


def _de_build(rng: np.random.Generator, n: int, n_total: int) -> dict[str, np.ndarray]:
    out = _latin_names(rng, n, n_total, DE_SURNAMES, DE_FIRST_NAMES, DE_PREFIXES, DE_STEMS, DE_BRANCHES, DE_LEGAL)
    city = rng.integers(0, len(DE_CITIES), size=n)
    post2 = obj_array([DE_CITIES[c][1][k % len(DE_CITIES[c][1])] for c, k in zip(city, rng.integers(0, 6, size=n))])
    street = pick(rng, [s.replace("_", " ") for s in DE_STREETS], n)
    no = decimal_text(rng.integers(1, 180, size=n))
    letter = pick(rng, ["", "", "", "", "", "", "a", "b"], n)
    area = column(DE_CITIES, 2)[city]
    sub = obj_array([str(v)[: 10 - len(a)] for v, a in zip(rng.integers(2_000_000, 9_999_999, size=n), area)])
    out.update(
        name_en=out["name"],
        street=street + " " + no + letter,
        city=column(DE_CITIES, 0)[city],
        postcode=post2 + decimal_text(rng.integers(0, 1000, size=n), 3),
        area=area,
        sub=sub,
        tld=pick(rng, [".de", ".com", ".eu"], n, [0.8, 0.15, 0.05]),
    )
    return out


def _fr_build(rng: np.random.Generator, n: int, n_total: int) -> dict[str, np.ndarray]:
    out = _latin_names(
        rng, n, n_total, FR_SURNAMES, FR_FIRST_NAMES, FR_PREFIXES, FR_STEMS, FR_INDUSTRIES, FR_LEGAL, "Groupe"
    )
    city = rng.integers(0, len(FR_CITIES), size=n)
    no = decimal_text(rng.integers(1, 220, size=n))
    bis = pick(rng, ["", "", "", "", "", "", "", "", "", " bis"], n)
    paris = column(FR_CITIES, 0)[city] == "Paris"
    last2 = np.where(paris, rng.integers(1, 21, size=n), rng.integers(0, 10, size=n) * 10)
    out.update(
        name_en=out["name"],
        street=no + bis + " " + pick(rng, FR_STREETS, n),
        city=column(FR_CITIES, 0)[city],
        postcode=column(FR_CITIES, 1)[city] + decimal_text(last2, 2),
        area=column(FR_CITIES, 2)[city],
        sub=decimal_text(rng.integers(10_000_000, 99_999_999, size=n)),
        tld=pick(rng, [".fr", ".com", ".eu"], n, [0.75, 0.2, 0.05]),
    )
    return out


def _gb_build(rng: np.random.Generator, n: int, n_total: int) -> dict[str, np.ndarray]:
    out = _latin_names(rng, n, n_total, EN_SURNAMES, EN_FIRST_NAMES, EN_PREFIXES, EN_STEMS, EN_INDUSTRIES, GB_LEGAL)
    city = rng.integers(0, len(GB_CITIES), size=n)
    district = obj_array([GB_CITIES[c][1][k % len(GB_CITIES[c][1])] for c, k in zip(city, rng.integers(0, 8, size=n))])
    inward_letters = np.frombuffer(b"ABDEFGHJLNPQRSTUWXYZ", dtype=np.uint8)
    ll = inward_letters[rng.integers(0, 20, size=(n, 2))].view("S2").ravel().astype(str)
    area = column(GB_CITIES, 2)[city]
    sub = obj_array([str(v)[: 10 - len(a)] for v, a in zip(rng.integers(20_000_000, 99_999_999, size=n), area)])
    unit = rng.random(n) < 0.15
    street = pick(rng, [s.replace("_", " ") for s in GB_STREETS], n)
    no = decimal_text(rng.integers(1, 250, size=n))
    out.update(
        name_en=out["name"],
        street=np.where(unit, "Unit " + no + ", " + street, no + " " + street).astype(object),
        city=column(GB_CITIES, 0)[city],
        postcode=district + " " + decimal_text(rng.integers(1, 10, size=n)) + obj_array(ll.tolist()),
        area=area,
        sub=sub,
        tld=pick(rng, [".co.uk", ".com", ".uk"], n, [0.7, 0.25, 0.05]),
    )
    return out


def _us_build(rng: np.random.Generator, n: int, n_total: int) -> dict[str, np.ndarray]:
    out = _latin_names(rng, n, n_total, EN_SURNAMES, EN_FIRST_NAMES, EN_PREFIXES, EN_STEMS, EN_INDUSTRIES, US_LEGAL)
    city = rng.integers(0, len(US_CITIES), size=n)
    suite = rng.random(n) < 0.3
    street = decimal_text(rng.integers(1, 9999, size=n)) + " " + pick(rng, [s.replace("_", " ") for s in US_STREETS], n)
    out.update(
        name_en=out["name"],
        street=np.where(
            suite, street + ", Suite " + decimal_text(rng.integers(1, 40, size=n) * 100), street
        ).astype(object),
        city=column(US_CITIES, 0)[city],
        postcode=column(US_CITIES, 1)[city] + decimal_text(rng.integers(0, 100, size=n), 2),
        area=column(US_CITIES, 2)[city],
        sub=decimal_text(rng.integers(2_000_000, 9_999_999, size=n)),
        tld=pick(rng, [".com", ".net", ".us"], n, [0.9, 0.07, 0.03]),
    )
    return out


BUILDERS = {"CN": _cn_build, "JP": _jp_build, "DE": _de_build, "FR": _fr_build, "GB": _gb_build, "US": _us_build}
"""The builder of each country: ``BUILDERS[iso](rng, n, n_total)`` -> record of arrays."""
