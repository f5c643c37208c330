"""Canonical real-world products: the truth the item master, the SCM items and the CRM price
book are rendered from.

:func:`make_products` draws each product's article number (two letters and a number, unique),
its GTIN (an EAN-13, a UPC-A for some, none for a few), name (a Chinese one too for the products
of Chinese brands), brand, unit, pack size, weight and list price.
"""

from __future__ import annotations

import numpy as np

from synchub.demo.arrays import obj_array, pick
from synchub.demo.vocabulary import (
    CHINESE_BRANDS,
    PRODUCT_ADJECTIVES,
    PRODUCT_ADJECTIVES_ZH,
    PRODUCT_BRANDS,
    PRODUCT_NOUNS,
    PRODUCT_NOUNS_ZH,
    PRODUCT_UNITS,
    SKU_LETTERS,
)
from synchub.matching.normalise.products import gtin_check_digit

PRODUCT_FIELDS = ("true_id", "sku_letters", "sku_number", "gtin", "gtin_kind", "name", "name_zh", "brand", "unit",
                  "pack_size", "weight_kg", "price", "currency")
"""Fields of a canonical product: ``gtin`` is the GTIN-14 (None for none), ``gtin_kind`` how it is
printed on the pack ("ean13" or "upca")."""


def true_product_id(number: int) -> str:
    """The id of real-world product number ``number``: 1 -> "P000001"."""
    return f"P{number:06d}"


def _gtins(rng: np.random.Generator, kind: np.ndarray) -> list[str | None]:
    """Unique GTIN-14s: EAN-13s with a German GS1 prefix (400-440), UPC-As with a US one."""
    out: list[str | None] = []
    seen: set[str] = set()
    for k in kind:
        if k is None:
            out.append(None)
            continue
        while True:
            if k == "ean13":
                body = "4" + str(rng.integers(0, 4)) + "".join(map(str, rng.integers(0, 10, size=10)))
            else:
                body = "0" + str(rng.integers(0, 10)) + "".join(map(str, rng.integers(0, 10, size=9)))
            code = (body + str(gtin_check_digit(body))).zfill(14)
            if code not in seen:
                seen.add(code)
                out.append(code)
                break
    return out


def make_products(rng: np.random.Generator, n: int, first_number: int = 1) -> dict[str, np.ndarray]:
    """``n`` canonical products numbered from ``first_number`` (a record of arrays with
    :data:`PRODUCT_FIELDS`). Article numbers are unique: numbers up to 99,999 for the first
    100,000 products, and ``100000 + number`` for products added later."""
    numbers = np.arange(first_number, first_number + n)
    letters = pick(rng, SKU_LETTERS, n)
    if first_number == 1:
        sku_number = rng.permutation(99_999)[:n] + 1 if n <= 99_999 else numbers
    else:
        sku_number = 100_000 + numbers
    u = rng.random(n)
    kind = obj_array(np.where(u < 0.80, "ean13", np.where(u < 0.95, "upca", "")).tolist())
    kind[kind == ""] = None
    adjective = pick(rng, PRODUCT_ADJECTIVES, n)
    noun = pick(rng, PRODUCT_NOUNS, n)
    model = rng.integers(10, 999, size=n)
    brand = pick(rng, PRODUCT_BRANDS, n)
    name = obj_array([f"{a} {b.title()} {m}" for a, b, m in zip(adjective, noun, model)])
    name_zh = obj_array([f"{PRODUCT_ADJECTIVES_ZH[a]}{PRODUCT_NOUNS_ZH[b]} {m}" if br in CHINESE_BRANDS else None
                         for a, b, m, br in zip(adjective, noun, model, brand)])
    unit = pick(rng, PRODUCT_UNITS, n, [0.7, 0.15, 0.1, 0.05])
    pack = rng.choice([1, 1, 1, 6, 12, 24], size=n)
    return {
        "true_id": obj_array([true_product_id(int(i)) for i in numbers]),
        "sku_letters": letters,
        "sku_number": obj_array([int(x) for x in sku_number]),
        "gtin": obj_array(_gtins(rng, kind)),
        "gtin_kind": kind,
        "name": name,
        "name_zh": name_zh,
        "brand": brand,
        "unit": unit,
        "pack_size": obj_array([int(x) for x in pack]),
        "weight_kg": obj_array([float(x) for x in np.round(rng.uniform(0.05, 80, size=n), 3)]),
        "price": obj_array([float(x) for x in np.round(rng.uniform(2, 2500, size=n), 2)]),
        "currency": pick(rng, ["EUR", "USD", "CNY"], n, [0.8, 0.15, 0.05]),
    }
