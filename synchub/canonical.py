"""The canonical model: the entities every system's data is translated into.

A canonical frame is a pandas DataFrame whose columns are the entity's fields plus the
trace columns below. Every value is held as its canonical text (``"1000.00"`` for a decimal of
scale 2, ``"2024-01-31"`` for a date, ``"true"`` for a boolean) or null, so that rows from
different systems compare, hash and store exactly; typed work casts from the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

FieldType = Literal["string", "decimal", "integer", "date", "datetime", "boolean"]
FIELD_TYPES: frozenset[str] = frozenset(get_args(FieldType))

# Trace columns carried by every canonical row: where it came from, and when it changed there.
SYSTEM = "_system"
LOCAL_ID = "_local_id"
MODIFIED_AT = "_modified_at"  # when the record last changed in its system, canonical datetime text
DELETED = "_deleted"
GOLDEN_HINT = "_golden_hint"  # a golden id the source record carries (written by us on create)
TRACE_COLUMNS = (SYSTEM, LOCAL_ID, MODIFIED_AT, DELETED, GOLDEN_HINT)


@dataclass(frozen=True)
class CanonicalField:
    """One field of a canonical entity."""

    name: str
    type: FieldType
    description: str
    scale: int | None = None  # decimals: digits after the point
    required: bool = False


@dataclass(frozen=True)
class CanonicalEntity:
    """A canonical entity: its name and its fields, in a fixed order."""

    name: str
    fields: tuple[CanonicalField, ...]

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> CanonicalField:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


CUSTOMER = CanonicalEntity(
    "customer",
    (
        CanonicalField("name", "string", "Legal name of the company", required=True),
        CanonicalField("tax_id", "string", "Tax id: unified social credit code, VAT id, EIN ..."),
        CanonicalField("email", "string", "Main e-mail address, lower case"),
        CanonicalField("phone", "string", "Main phone number"),
        CanonicalField("street", "string", "Street and number"),
        CanonicalField("city", "string", "City"),
        CanonicalField("postcode", "string", "Postal code"),
        CanonicalField("country", "string", "ISO 3166-1 alpha-2 country code", required=True),
        CanonicalField("currency", "string", "ISO 4217 currency of the credit limit"),
        CanonicalField("credit_limit", "decimal", "Credit limit", scale=2),
        CanonicalField("customer_since", "date", "Date the company became a customer"),
    ),
)

PRODUCT = CanonicalEntity(
    "product",
    (
        CanonicalField("sku", "string", "Stock keeping unit, as the owner of the item master writes it", required=True),
        CanonicalField("sku_key", "string", "The SKU for matching: upper case, no separators, vendor prefix or "
                       "leading zeros (mapping transform 'sku'); not written back"),
        CanonicalField("gtin", "string", "GTIN-14 (an EAN-13, UPC-A or GTIN-8 zero-padded to 14 digits)"),
        CanonicalField("name", "string", "Product name", required=True),
        CanonicalField("brand", "string", "Brand"),
        CanonicalField("unit", "string", "Base unit of measure: EA, BOX, KG, M"),
        CanonicalField("pack_size", "integer", "Base units per pack"),
        CanonicalField("weight_kg", "decimal", "Gross weight of one base unit in kilograms", scale=3),
        CanonicalField("list_price", "decimal", "List price of one base unit", scale=2),
        CanonicalField("currency", "string", "ISO 4217 currency of the list price"),
    ),
)

ENTITIES: dict[str, CanonicalEntity] = {CUSTOMER.name: CUSTOMER, PRODUCT.name: PRODUCT}
"""Every canonical entity by name; mappings name one of these in ``entity:``."""
