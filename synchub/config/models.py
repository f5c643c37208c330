"""The YAML language of SyncHub, as pydantic models.

Each file under ``mappings/`` is parsed into one of the ``*File`` models below. The JSON
Schema published in ``mappings/schema/`` is generated from these models
(``synchub schema --write``), so editors can complete and check the YAML.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from synchub.config.match_models import ExactKey, MatchSpec  # noqa: F401  (part of the language)

IDENTIFIER = r"^[a-z][a-z0-9_]*$"


class Strict(BaseModel):
    """Base: unknown keys are errors, so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# ------------------------------------------------------------------ transforms
class Trim(Strict):
    """Strip white space (including full-width space) at both ends; empty text becomes null."""

    type: Literal["trim"] = "trim"


class CollapseSpaces(Strict):
    """Replace every run of white space inside the value by one space."""

    type: Literal["collapse_spaces"] = "collapse_spaces"


class Nfkc(Strict):
    """Unicode NFKC: full-width letters, digits and brackets become their ordinary forms."""

    type: Literal["nfkc"] = "nfkc"


class Case(Strict):
    """Change the letter case."""

    type: Literal["case"] = "case"
    to: Literal["upper", "lower", "title"] = Field(description="upper, lower or title", examples=["lower"])


class RegexReplace(Strict):
    """Replace every match of a regular expression."""

    type: Literal["regex_replace"] = "regex_replace"
    pattern: str = Field(description="Python regular expression", examples=[r"[\s\-]"])
    replacement: str = Field("", description="Replacement text; \\1 refers to a group")

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression ({exc}); escape special characters with \\") from exc
        return value


class NullIf(Strict):
    """Treat these values as missing."""

    type: Literal["null_if"] = "null_if"
    values: list[str] = Field(description="Values that mean 'no value'", examples=[["", "N/A", "-"]])


class Default(Strict):
    """Fill a missing value with a constant."""

    type: Literal["default"] = "default"
    value: str = Field(description="The value to use when the field is missing")


class ParseDate(Strict):
    """Parse text as a date with a strptime format; pushing formats it back the same way."""

    type: Literal["parse_date"] = "parse_date"
    format: str = Field(description="strptime format", examples=["%Y%m%d"])


class ParseDatetime(Strict):
    """Parse text as a date and time with a strptime format (or ISO 8601 when omitted)."""

    type: Literal["parse_datetime"] = "parse_datetime"
    format: str | None = Field(None, description="strptime format; ISO 8601 when omitted")


class ToDate(Strict):
    """Keep only the date of a date-time value."""

    type: Literal["to_date"] = "to_date"


class ParseNumber(Strict):
    """Parse text as a number with the given separators ("1.234,56" with decimal ',')."""

    type: Literal["parse_number"] = "parse_number"
    decimal: Literal[".", ","] = "."
    thousands: Literal["", ".", ",", " ", "'"] = ""

    @model_validator(mode="after")
    def _distinct(self) -> "ParseNumber":
        if self.decimal == self.thousands:
            raise ValueError("decimal and thousands separators must differ")
        return self


class Lookup(Strict):
    """Translate codes through a lookup table (a file in mappings/lookups/ or inline values).

    Pushing uses the first native value listed for each canonical value.
    """

    type: Literal["lookup"] = "lookup"
    table: str | None = Field(None, description="Name of a file in mappings/lookups/ (without .yaml)",
                              examples=["country_names"])
    values: dict[str, list[str]] | None = Field(
        None, description="Inline table: canonical value -> native values", examples=[{"CN": ["China", "PRC"]}]
    )
    ignore_case: bool = Field(True, description="Match native values without regard to case")
    on_missing: Literal["error", "keep", "null"] = Field(
        "error", description="error: quarantine the row; keep: pass the value on; null: drop the value"
    )

    @model_validator(mode="after")
    def _one_source(self) -> "Lookup":
        if (self.table is None) == (self.values is None):
            raise ValueError("give exactly one of 'table' (a file in mappings/lookups/) or 'values' (inline)")
        return self


class Split(Strict):
    """Take one piece of the value split on a separator (read only)."""

    type: Literal["split"] = "split"
    sep: str = Field(description="Separator")
    index: int = Field(description="Which piece, 0-based; -1 for the last")


class Gtin(Strict):
    """A GTIN (EAN-13, UPC-A, GTIN-8 or GTIN-14) as GTIN-14: NFKC, no spaces or dashes, zero-padded to 14
    digits; a value that is no GTIN stays as it was, cleaned, for the quality checks to hold back.
    Pushing writes the GTIN-14."""

    type: Literal["gtin"] = "gtin"


class Sku(Strict):
    """An SKU in its matching form: upper case, without a vendor prefix, separators and the leading zeros
    of its numbers ("ACME-hx-04213" -> "HX4213"). Read only: map it to a field with ``push: false``."""

    type: Literal["sku"] = "sku"
    vendor_prefixes: list[str] = Field(
        default_factory=list, description="Vendor prefixes the system writes before an SKU (dropped when "
                                          "followed by a separator)", examples=[["ACME", "NRD"]])


TRANSFORM_MODELS = (Trim, CollapseSpaces, Nfkc, Case, RegexReplace, NullIf, Default, ParseDate, ParseDatetime,
                    ToDate, ParseNumber, Lookup, Split, Gtin, Sku)
Transform = Annotated[Union[TRANSFORM_MODELS], Field(discriminator="type")]
TRANSFORM_TYPES: tuple[str, ...] = tuple(sorted(t.model_fields["type"].default for t in TRANSFORM_MODELS))


def _shorthand(value: Any) -> Any:
    """Allow ``- trim`` as shorthand for ``- {type: trim}``."""
    if isinstance(value, list):
        return [{"type": v} if isinstance(v, str) else v for v in value]
    return value


# ------------------------------------------------------------------ system mapping files
class DeletedFlag(Strict):
    """How the source marks a deleted record (soft delete)."""

    column: str = Field(description="Native column holding the flag", examples=["IsDeleted"])
    equals: Any = Field(description="Value meaning 'deleted'", examples=[True, "X", 0])


class SourceSpec(Strict):
    """Where and how to read the entity from the system."""

    table: str = Field(description="Native table (or view) to read", examples=["Account"])
    key: str = Field(description="Native column with the record's own id", examples=["Id"])
    cursor: str = Field(description="Native column that grows when a record changes (incremental extraction)",
                        examples=["LastModifiedDate"])
    cursor_format: Literal["datetime", "yyyymmddhhmmss", "number"] = Field(
        "datetime", description="How to read the cursor as a change time: a date-time column, a 14-digit "
                                "YYYYMMDDhhmmss number (SAP), or a plain number (a version; no time)")
    deleted: DeletedFlag | None = Field(None, description="Soft-delete flag, if the system has one")
    golden_id_column: str | None = Field(
        None, description="Native column where SyncHub writes the golden id of records it creates",
        examples=["SyncHub_Id__c"])


class NewKey(Strict):
    """How the id of a record SyncHub creates is made."""

    type: Literal["database", "random_id", "max_plus_one"] = Field(
        description="database: the system assigns it (autoincrement); random_id: prefix + random "
                    "alphanumerics; max_plus_one: the largest numeric id + 1, zero-padded")
    prefix: str = Field("", description="random_id: fixed prefix", examples=["001"])
    length: int = Field(18, ge=4, le=64, description="random_id / max_plus_one: total length")


class TargetSpec(Strict):
    """Where and how to write golden records into the system."""

    table: str = Field(description="Native table to write")
    key: str = Field(description="Native id column")
    new_key: NewKey = Field(description="How ids of created records are made")
    create: bool = Field(True, description="Create golden records the system lacks")
    update: bool = Field(True, description="Update records whose content differs from the golden record")
    on_write: dict[str, Literal["now", "now_ts14"] | str | int | float | bool | None] = Field(
        default_factory=dict,
        description="Native columns set on every write: 'now' (timestamp), 'now_ts14' (YYYYMMDDhhmmss "
                    "number) or a constant", examples=[{"LastModifiedDate": "now"}])
    on_create: dict[str, Literal["now", "now_ts14"] | str | int | float | bool | None] = Field(
        default_factory=dict, description="Native columns set only when creating a record",
        examples=[{"CreatedDate": "now", "IsDeleted": False}])


class FieldMap(Strict):
    """How one canonical field is read from (and written to) native columns."""

    from_: str | list[str] | None = Field(
        None, alias="from", description="Native column, or several joined by 'join'", examples=["Name", ["NAME1", "NAME2"]])
    const: str | None = Field(None, description="A constant canonical value instead of a column")
    join: str = Field(" ", description="Separator when 'from' lists several columns")
    transforms: list[Transform] = Field(default_factory=list, description="Applied in order when reading")
    push: bool = Field(True, description="Write this field back when pushing golden records")
    split_width: int | None = Field(
        None, ge=1, description="Pushing a field read from several columns: fill each column with this many "
                                "characters in turn (SAP NAME1/NAME2)")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    _shorthand = field_validator("transforms", mode="before")(_shorthand)

    @model_validator(mode="after")
    def _source(self) -> "FieldMap":
        if (self.from_ is None) == (self.const is None):
            raise ValueError("give exactly one of 'from' (native column) or 'const' (constant value)")
        return self

    @property
    def columns(self) -> list[str]:
        if self.from_ is None:
            return []
        return [self.from_] if isinstance(self.from_, str) else list(self.from_)


class SystemMappingFile(Strict):
    """mappings/<system>/<flow>.yaml: one system's fields for one canonical entity."""

    entity: str = Field(description="Canonical entity", examples=["customer"])
    source: SourceSpec
    target: TargetSpec | None = Field(None, description="Omit to never write to this system")
    fields: dict[str, FieldMap] = Field(description="Canonical field -> how to read it")


# ------------------------------------------------------------------ systems.yaml
class SystemSpec(Strict):
    """One connected system."""

    type: str = Field(description="Connector type (a key of the connector registry)", examples=["sql"])
    title: str = Field("", description="Human name shown in summaries")
    connection: str = Field(
        pattern=IDENTIFIER,
        description="Airflow connection id; outside Airflow the environment variable AIRFLOW_CONN_<ID> "
                    "(upper case) holds its URI", examples=["crm_db"])
    default_url: str | None = Field(
        None, description="URL used when the connection is not defined; may use ${VAR}; must hold no password",
        examples=["sqlite:///${SYNCHUB_VAR}/demo/crm.db"])
    options: dict[str, Any] = Field(default_factory=dict, description="Connector-specific options")

    @field_validator("default_url")
    @classmethod
    def _no_password(cls, value: str | None) -> str | None:
        if value and re.search(r"://[^/@:]+:[^/@]+@", value):
            raise ValueError("holds a password: define an Airflow connection (or AIRFLOW_CONN_<ID>) instead")
        return value


class SystemsFile(Strict):
    """mappings/systems.yaml: every connected system."""

    systems: dict[Annotated[str, Field(pattern=IDENTIFIER)], SystemSpec]


# ------------------------------------------------------------------ flows.yaml
class QualityAlertSpec(Strict):
    """The data-quality alert of a flow: recipients and where the links in it point."""

    to: list[Annotated[str, Field(pattern=r"^[^@\s]+@[^@\s]+$")]] = Field(
        min_length=1, description="Data stewards' e-mail addresses", examples=[["data-steward@example.com"]])
    cc: list[Annotated[str, Field(pattern=r"^[^@\s]+@[^@\s]+$")]] = Field(default_factory=list,
                                                                          description="Copied addresses")
    smtp_connection: str = Field(
        "smtp_default", pattern=IDENTIFIER,
        description="Airflow connection of the SMTP server; outside Airflow AIRFLOW_CONN_<ID> (JSON or URI)")
    dag_id: str | None = Field(None, description="Airflow DAG of the flow, for the run link (default: the flow name)")


class FlowSpec(Strict):
    """One flow: an entity synced across systems."""

    entity: str = Field(description="Canonical entity", examples=["customer"])
    systems: list[str] = Field(min_length=1, description="Systems taking part; each has mappings/<system>/<flow>.yaml")
    rules: str = Field(description="Match and survivorship rules, relative to mappings/", examples=["entities/customers.yaml"])
    chunk_size: int = Field(50_000, ge=100, description="Rows per chunk when reading and writing")
    load_batch_size: int = Field(1_000, ge=1, description="Rows per write batch")
    schedule: str | None = Field(None, description="Cron or preset for the Airflow DAG", examples=["@hourly"])
    depends_on: list[Annotated[str, Field(pattern=IDENTIFIER)]] = Field(
        default_factory=list,
        description="Flows whose successful runs this flow waits for (Airflow Assets); with a schedule too, "
                    "either starts a run", examples=[["customers", "products"]])
    owner: str = Field("synchub", description="Owner shown in Airflow", examples=["integration-team"])
    retries: int = Field(3, ge=0, le=20, description="Retries of a failed step, with exponential backoff")
    retry_delay: timedelta = Field(
        timedelta(minutes=1), description="Wait before the first retry (ISO 8601 duration); doubles each time",
        examples=["PT1M"])
    max_retry_delay: timedelta = Field(
        timedelta(minutes=30), description="Longest wait between retries (ISO 8601 duration)", examples=["PT30M"])
    alert_to: list[str] = Field(
        default_factory=list, description="E-mail addresses told when a step fails for good",
        examples=[["integration-team@example.com"]])
    freshness: timedelta | None = Field(
        None, description="Longest time since the last successful run before the flow counts as stale "
                          "(ISO 8601 duration); the sync monitor shows it red", examples=["PT2H"])

    # -------- data quality (quality/ suites, quarantine, steward alerts)
    quality_alerts: QualityAlertSpec | None = Field(
        None, description="Who gets the data-quality e-mail of a run (one per run with new quarantined rows or "
                          "a stopped batch); omit for none")


class FlowsFile(Strict):
    """mappings/flows.yaml: every flow."""

    flows: dict[Annotated[str, Field(pattern=IDENTIFIER)], FlowSpec]


# ------------------------------------------------------------------ match and survivorship rules
SurvivorshipRule = Literal["source_priority", "most_recent", "most_complete", "most_frequent", "owner"]


class FieldSurvivorship(Strict):
    """Which source value a golden field takes."""

    rule: SurvivorshipRule = Field(description="source_priority, most_recent, most_complete, most_frequent or owner")
    order: list[str] = Field(default_factory=list, description="source_priority: systems, best first")
    system: str | None = Field(None, description="owner: the system that owns the field")

    @model_validator(mode="after")
    def _arguments(self) -> "FieldSurvivorship":
        if self.rule == "source_priority" and not self.order:
            raise ValueError("source_priority needs 'order': the systems, best first")
        if self.rule == "owner" and not self.system:
            raise ValueError("owner needs 'system': the system that owns the field")
        return self


class EntityRulesFile(Strict):
    """mappings/entities/<flow>.yaml: how records of one entity are matched and merged (and, for
    ``synchub match`` on CSV files, a rules file with ``match`` only)."""

    entity: str
    match: MatchSpec
    survivorship: dict[str, FieldSurvivorship] = Field(default_factory=dict,
        description="Canonical field (or 'default') -> rule", examples=[{"default": {"rule": "most_recent"}}])


# ------------------------------------------------------------------ lookups
class LookupFile(Strict):
    """mappings/lookups/<name>.yaml: canonical value -> native values (first one is used when pushing)."""

    description: str = ""
    entries: dict[str, list[str]]
