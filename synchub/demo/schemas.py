"""Native schemas of the three demo systems, each in the style of a real product of its kind.

The demo systems are plain databases that SyncHub reads and writes only through its SQL
connector and the YAML mappings in ``mappings/<system>/``; nothing in the engine knows them.

- CRM, in the style of a Salesforce-like CRM: 18-character ids, ``LastModifiedDate``,
  picklists, ``BillingCountry`` as country names, a ``SyncHub_Id__c`` external-id field; the
  price book as ``Product2`` rows with their list price.
- ERP, in the style of SAP: terse German column names (``KUNNR``, ``NAME1``), country codes,
  a credit limit with its currency, dates as ``YYYYMMDD`` text, a change timestamp as a
  15-digit number (``YYYYMMDDhhmmss``), the deletion flag ``LOEVM = 'X'``, a ``ZZSYNCHUB``
  customer field; the item master ``MARA`` (material number = SKU, EAN, price, gross weight,
  deletion flag ``LVORM``).
- SCM: consignees with ISO 3166 alpha-3 countries, items with units of measure, pack size and
  weight, stock per warehouse, deliveries; ``active`` flags and ``ext_ref`` fields.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    Numeric,
    SmallInteger,
    String,
    Table,
    Text,
)

# ---------------------------------------------------------------- CRM (Salesforce-like)
crm_metadata = MetaData()

crm_account = Table(
    "Account",
    crm_metadata,
    Column("Id", String(18), primary_key=True),
    Column("Name", String(255), nullable=False),
    Column("Type", String(40)),  # picklist: Customer, Prospect, Partner
    Column("Industry", String(80)),
    Column("BillingStreet", String(255)),
    Column("BillingCity", String(80)),
    Column("BillingPostalCode", String(20)),
    Column("BillingCountry", String(80)),  # country *name*, e.g. "China", "Germany"
    Column("Phone", String(40)),
    Column("Email__c", String(255)),
    Column("Tax_Id__c", String(40)),
    Column("CurrencyIsoCode", String(3)),
    Column("Credit_Limit__c", Numeric(18, 2)),
    Column("CreatedDate", DateTime, nullable=False),
    Column("LastModifiedDate", DateTime, nullable=False, index=True),
    Column("IsDeleted", Boolean, nullable=False, default=False),
    Column("SyncHub_Id__c", String(36), index=True),
)

crm_contact = Table(
    "Contact",
    crm_metadata,
    Column("Id", String(18), primary_key=True),
    Column("AccountId", String(18), ForeignKey("Account.Id")),
    Column("FirstName", String(40)),
    Column("LastName", String(80), nullable=False),
    Column("Email", String(255)),
    Column("Phone", String(40)),
    Column("LastModifiedDate", DateTime, nullable=False, index=True),
    Column("IsDeleted", Boolean, nullable=False, default=False),
)

crm_opportunity = Table(
    "Opportunity",
    crm_metadata,
    Column("Id", String(18), primary_key=True),
    Column("AccountId", String(18), ForeignKey("Account.Id")),
    Column("Name", String(120), nullable=False),
    Column("StageName", String(40), nullable=False),  # Prospecting ... Closed Won
    Column("Amount", Numeric(18, 2)),
    Column("CurrencyIsoCode", String(3)),
    Column("CloseDate", DateTime),
    Column("LastModifiedDate", DateTime, nullable=False, index=True),
    Column("IsDeleted", Boolean, nullable=False, default=False),
)

crm_product = Table(  # the price book: products with their list price
    "Product2",
    crm_metadata,
    Column("Id", String(18), primary_key=True),
    Column("Name", String(255), nullable=False),
    Column("ProductCode", String(255)),  # the SKU as sales people type it
    Column("GTIN__c", String(20)),
    Column("Brand__c", String(80)),
    Column("Family", String(40)),  # picklist
    Column("QuantityUnitOfMeasure", String(40)),  # Each, Box, Kilogram, Meter
    Column("UnitPrice", Numeric(18, 2)),
    Column("CurrencyIsoCode", String(3)),
    Column("IsActive", Boolean, nullable=False, default=True),
    Column("CreatedDate", DateTime, nullable=False),
    Column("LastModifiedDate", DateTime, nullable=False, index=True),
    Column("IsDeleted", Boolean, nullable=False, default=False),
    Column("SyncHub_Id__c", String(36), index=True),
)

# ---------------------------------------------------------------- ERP (SAP-like)
erp_metadata = MetaData()

erp_kna1 = Table(  # customer master
    "KNA1",
    erp_metadata,
    Column("KUNNR", String(10), primary_key=True),  # zero-padded customer number
    Column("NAME1", String(35), nullable=False),
    Column("NAME2", String(35)),  # continuation of a long name
    Column("STRAS", String(60)),  # street
    Column("ORT01", String(35)),  # city
    Column("PSTLZ", String(10)),  # postcode
    Column("LAND1", String(3)),  # ISO 3166 alpha-2
    Column("TELF1", String(30)),
    Column("SMTP_ADDR", String(241)),
    Column("STCD1", String(20)),  # tax number (unified social credit code, VAT id, ...)
    Column("WAERS", String(5)),  # currency of the credit limit
    Column("KLIMK", Numeric(15, 2)),  # credit limit
    Column("ERDAT", String(8)),  # created on, YYYYMMDD
    Column("CHANGED_TS", Numeric(15, 0), nullable=False, index=True),  # YYYYMMDDhhmmss
    Column("LOEVM", String(1), nullable=False, default=""),  # 'X' = flagged for deletion
    Column("ZZSYNCHUB", String(36), index=True),
)

erp_mara = Table(  # item master: the material number is the article number (SKU)
    "MARA",
    erp_metadata,
    Column("MATNR", String(18), primary_key=True),
    Column("MAKTX", String(40), nullable=False),  # material description
    Column("EAN11", String(18)),  # EAN-13 or UPC-A, as printed on the pack
    Column("MEINS", String(3)),  # base unit: ST (piece), KAR (carton), KG, M
    Column("ZZBRAND", String(40)),
    Column("BRGEW", Numeric(13, 3)),  # gross weight
    Column("GEWEI", String(3)),  # its unit: KG
    Column("NETPR", Numeric(15, 2)),  # list price
    Column("WAERS", String(5)),
    Column("CHANGED_TS", Numeric(15, 0), nullable=False, index=True),
    Column("LVORM", String(1), nullable=False, default=""),  # 'X' = flagged for deletion
)

erp_vbak = Table(  # sales order header
    "VBAK",
    erp_metadata,
    Column("VBELN", String(10), primary_key=True),
    Column("KUNNR", String(10), ForeignKey("KNA1.KUNNR")),
    Column("AUDAT", String(8)),
    Column("NETWR", Numeric(15, 2)),
    Column("WAERK", String(5)),
    Column("CHANGED_TS", Numeric(15, 0), nullable=False, index=True),
)

erp_bsid = Table(  # open items (invoices not yet paid)
    "BSID",
    erp_metadata,
    Column("BELNR", String(10), primary_key=True),
    Column("KUNNR", String(10), ForeignKey("KNA1.KUNNR")),
    Column("BLDAT", String(8)),  # document date
    Column("ZFBDT", String(8)),  # due date
    Column("WRBTR", Numeric(15, 2)),
    Column("WAERS", String(5)),
    Column("CHANGED_TS", Numeric(15, 0), nullable=False, index=True),
)

# ---------------------------------------------------------------- SCM
scm_metadata = MetaData()

scm_consignee = Table(
    "consignee",
    scm_metadata,
    Column("consignee_id", Integer, primary_key=True, autoincrement=True),
    Column("consignee_name", String(200), nullable=False),
    Column("addr_line1", String(200)),
    Column("city", String(100)),
    Column("zip", String(20)),
    Column("country_code", String(3)),  # ISO 3166 alpha-3
    Column("contact_phone", String(40)),
    Column("contact_email", String(200)),
    Column("tax_no", String(40)),
    Column("updated_at", DateTime, nullable=False, index=True),
    Column("active", SmallInteger, nullable=False, default=1),
    Column("ext_ref", String(36), index=True),
)

scm_item = Table(
    "item",
    scm_metadata,
    Column("item_id", Integer, primary_key=True, autoincrement=True),
    Column("sku", String(40), nullable=False),
    Column("gtin", String(14)),
    Column("description", Text),
    Column("uom", String(10)),  # EA, BOX, KG, M
    Column("pack_size", Integer),
    Column("weight_kg", Numeric(10, 3)),
    Column("updated_at", DateTime, nullable=False, index=True),
    Column("active", SmallInteger, nullable=False, default=1),
    Column("ext_ref", String(36), index=True),
)

scm_stock = Table(
    "stock",
    scm_metadata,
    Column("item_id", Integer, ForeignKey("item.item_id"), primary_key=True),
    Column("warehouse", String(20), primary_key=True),
    Column("on_hand", Numeric(12, 3), nullable=False),
    Column("reserved", Numeric(12, 3), nullable=False),
    Column("safety_stock", Numeric(12, 3)),
    Column("updated_at", DateTime, nullable=False, index=True),
)

scm_delivery = Table(
    "delivery",
    scm_metadata,
    Column("delivery_id", Integer, primary_key=True, autoincrement=True),
    Column("consignee_id", Integer, ForeignKey("consignee.consignee_id")),
    Column("order_ref", String(40)),
    Column("status", String(20)),  # planned, picked, shipped, delivered
    Column("ship_date", DateTime),
    Column("updated_at", DateTime, nullable=False, index=True),
)

METADATA = {"crm": crm_metadata, "erp": erp_metadata, "scm": scm_metadata}
"""Native metadata per demo system name."""
