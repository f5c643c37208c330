"""The real-world companies of the benchmark (its entities), with the hard negatives that make
company matching hard: namesakes in another city (北京星辰科技有限公司 / 上海星辰科技有限公司),
sister companies (Apex Holdings Ltd / Apex Engineering Ltd, often at one address with one
e-mail domain) and neighbours (distinct companies in one business park or tower).

Names come from :mod:`bench.matching.names`; addresses, postcodes and phone numbers from the
demo's country builders; tax ids from :mod:`synchub.demo.random_tax_ids` (checksum-valid).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from bench.matching.names import NAME_PARTS, company_names, sister_industries
from synchub.demo.arrays import decimal_text, obj_array, pick
from synchub.demo.companies_by_country import BUILDERS as PLACE_BUILDERS
from synchub.demo.random_tax_ids import de_vat_ids, fr_vat_ids, gb_vat_ids, jp_corporate_numbers, us_eins, uscc_codes
from synchub.demo.spellings import ascii_slug

COUNTRY_SHARE = {"CN": 0.35, "JP": 0.10, "DE": 0.15, "FR": 0.10, "GB": 0.15, "US": 0.15}
PLACE_PARTS = ("street", "street_en", "city", "city_en", "postcode", "area", "admin6")
ENTITY_FIELDS = ("country", *[p for p in NAME_PARTS if p != "slug"], *PLACE_PARTS, "sub", "email", "tax_id", "kind")
"""Fields of an entity; ``area``/``sub`` make its phone number, ``kind`` says which hard
negative it is ("namesake", "sister", "neighbour") or "" for an ordinary company."""

HARD_NEGATIVES = {"namesake": 0.04, "sister": 0.025, "neighbour": 0.05}
"""Share of the companies of each kind; each copies parts of another company of its country."""

_TAX_IDS = {"JP": jp_corporate_numbers, "DE": de_vat_ids, "FR": fr_vat_ids, "GB": gb_vat_ids, "US": us_eins}


def _places(rng: np.random.Generator, country: str, n: int) -> dict[str, np.ndarray]:
    """Address, city, postcode and phone of ``n`` companies, from the demo builders (whose
    names are not used: ours are kept in parts)."""
    built = PLACE_BUILDERS[country](rng, n, n)
    out = {key: built.get(key) for key in PLACE_PARTS}
    out["street_en"] = built.get("street_en", built["street"])
    out["city_en"] = built.get("city_en", built["city"])
    if out["admin6"] is None:
        out["admin6"] = np.full(n, None, dtype=object)
    return out | {"sub": built["sub"], "tld": built["tld"]}


def _copy(part: dict[str, np.ndarray], keys, child: np.ndarray, parent: np.ndarray) -> None:
    for key in keys:
        part[key][child] = part[key][parent]


def _hard_negatives(rng: np.random.Generator, country: str, part: dict[str, np.ndarray]) -> None:
    """Turn a share of the companies into namesakes, sisters and neighbours of others, in place."""
    n = len(part["brand"])
    kind = rng.choice(4, size=n, p=[1 - sum(HARD_NEGATIVES.values()), *HARD_NEGATIVES.values()])
    parent = rng.integers(0, n, size=n)
    parent = np.where(parent == np.arange(n), (parent + 1) % n, parent)
    namesake, sister, neighbour = (np.flatnonzero(kind == k) for k in (1, 2, 3))
    # Namesakes: the whole name of another company, in a city of their own.
    _copy(part, NAME_PARTS, namesake, parent[namesake])
    for _ in range(10):
        clash = namesake[part["city"][namesake] == part["city"][parent[namesake]]]
        if len(clash) == 0:
            break
        fresh = _places(rng, country, len(clash))
        for key in PLACE_PARTS:
            part[key][clash] = fresh[key]
    # Sisters: the brand of another company with another industry word ("Holdings"), mostly at
    # its address, often with its e-mail domain, now and then with its switchboard number.
    _copy(part, ["brand", "brand_en", "legal", "legal_en", "legal_first"], sister, parent[sister])
    local, english = sister_industries(rng, country, part["industry"][parent[sister]])
    part["industry"][sister], part["industry_en"][sister] = local, english
    part["slug"][sister] = part["slug"][parent[sister]] + "-" + obj_array([ascii_slug(w) for w in english])
    at_home = sister[rng.random(len(sister)) < 0.7]
    _copy(part, PLACE_PARTS, at_home, parent[at_home])
    switchboard = sister[rng.random(len(sister)) < 0.25]
    _copy(part, ["area", "sub"], switchboard, parent[switchboard])
    # Neighbours: another company's building (street, postcode, city, area code), nothing else.
    _copy(part, PLACE_PARTS, neighbour, parent[neighbour])
    part["kind"] = obj_array(["", "namesake", "sister", "neighbour"])[kind]
    part["parent"] = np.where(kind == 0, -1, parent)


def _domains(slug: np.ndarray, tld: np.ndarray, city_en: np.ndarray) -> np.ndarray:
    """One e-mail domain per company: "slug.tld", then "slug-city.tld", then "slug2.tld"."""
    dom = slug + tld
    again = np.flatnonzero(pd.Series(dom).duplicated().to_numpy())
    if len(again):
        codes, cities = pd.factorize(city_en[again])
        dom[again] = slug[again] + "-" + obj_array([ascii_slug(c) for c in cities])[codes] + tld[again]
        clash = again[pd.Series(dom[again]).duplicated().to_numpy()]
        rank = pd.Series(dom[clash]).groupby(dom[clash]).cumcount().to_numpy()
        dom[clash] = slug[clash] + decimal_text(rank + 2) + tld[clash]
    return dom


def _tax_ids(rng: np.random.Generator, country: str, admin6: np.ndarray) -> np.ndarray:
    """Checksum-valid tax ids, distinct within the country (collisions are drawn again)."""
    def draw(idx: np.ndarray) -> np.ndarray:
        return uscc_codes(rng, admin6[idx]) if country == "CN" else _TAX_IDS[country](rng, len(idx))

    out = draw(np.arange(len(admin6)))
    for _ in range(10):
        dup = np.flatnonzero(pd.Series(out).duplicated().to_numpy())
        if len(dup) == 0:
            break
        out[dup] = draw(dup)
    return out


def make_entities(rng: np.random.Generator, n: int) -> dict[str, np.ndarray]:
    """``n`` companies as a record of arrays with :data:`ENTITY_FIELDS` (``None`` where a
    part does not apply), in a random order of countries."""
    iso = obj_array(list(COUNTRY_SHARE))
    country = iso[rng.choice(len(iso), size=n, p=list(COUNTRY_SHARE.values()))]
    drawn = (*NAME_PARTS, *PLACE_PARTS, "sub", "tld", "tax_id", "kind")
    out = {key: np.full(n, None, dtype=object) for key in drawn} | {"country": country}
    out["legal_first"] = np.zeros(n, dtype=bool)
    parent = np.full(n, -1)
    for c in iso:
        idx = np.flatnonzero(country == c)
        if len(idx) < 2:
            continue
        part = company_names(rng, c, len(idx)) | _places(rng, c, len(idx))
        _hard_negatives(rng, c, part)
        part["tax_id"] = _tax_ids(rng, c, part["admin6"])
        for key in drawn:
            out[key][idx] = part[key]
        parent[idx] = np.where(part["parent"] < 0, -1, idx[part["parent"]])
    # Domains are made unique across countries (a British and an American "Apex Tools" both
    # like ".com"), then most sisters take their parent's.
    domain = _domains(out.pop("slug"), out.pop("tld"), out["city_en"])
    family = np.flatnonzero((out["kind"] == "sister") & (rng.random(n) < 0.6))
    domain[family] = domain[parent[family]]
    de = country == "DE"
    mailbox = pick(rng, ["info", "sales", "contact", "service", "office"], n, [0.5, 0.2, 0.15, 0.1, 0.05])
    mailbox[de] = pick(rng, ["info", "kontakt", "vertrieb", "office"], int(de.sum()), [0.55, 0.2, 0.15, 0.1])
    out["email"] = mailbox + "@" + domain
    return out
