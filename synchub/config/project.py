"""Loading and checking all of a project's YAML config.

Two steps, as an integrator meets them: the shape of each file (its pydantic model), then the
files against each other (flows name known systems, mappings name canonical fields, lookups
exist). Checks against the real columns of each system are in ``synchub.pipeline.preflight``,
because they need a connection. Every problem is collected and reported together, each with
``file:line: key``, and nothing is read from or written to any system before all pass.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from synchub.canonical import ENTITIES, CanonicalEntity
from synchub.config.models import (
    EntityRulesFile,
    FlowsFile,
    FlowSpec,
    Lookup,
    LookupFile,
    SystemMappingFile,
    SystemsFile,
    SystemSpec,
)
from synchub.config.yaml_source import YamlDocument, load_yaml
from synchub.errors import ConfigError

M = TypeVar("M", bound=BaseModel)

DEFAULT_MAPPINGS = Path(__file__).resolve().parents[2] / "mappings"

# How the hub store names a blocking rule's keys (``match_key.key_field``, 64 characters), kept
# here so that checking config needs neither the store nor the matching engine.
BLOCK_KEY_PREFIX = "block:"
KEY_FIELD_LENGTH = 64


def mappings_dir() -> Path:
    """The mappings folder: ``$SYNCHUB_MAPPINGS`` or the one in the source tree."""
    return Path(os.environ.get("SYNCHUB_MAPPINGS", DEFAULT_MAPPINGS))


def _describe(error: dict) -> str:
    message = error["msg"]
    if error["type"] == "extra_forbidden":
        return "unknown key; remove it or check its spelling against mappings/schema/"
    if error["type"] == "union_tag_invalid":
        return message + "; see mappings/schema/ for the transforms"
    if "input" in error and not isinstance(error["input"], (dict, list)):
        return f"{message} (got {error['input']!r})"
    return message


def parse_file(doc: YamlDocument, model: type[M]) -> M:
    """Validate one parsed YAML document against its model; errors cite file, line and key."""
    try:
        return model.model_validate(doc.data if doc.data is not None else {})
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            # pydantic puts the tag of a discriminated union into loc; it is not a YAML key
            loc = tuple(p for p in error["loc"] if not (isinstance(p, str) and p.startswith("function-")))
            problems.append(f"{doc.where(loc)}: {_describe(error)}")
        raise ConfigError(problems) from None


def load_model(path: Path, model: type[M]) -> tuple[M, YamlDocument]:
    doc = load_yaml(path)
    return parse_file(doc, model), doc


@dataclass(frozen=True)
class SystemMapping:
    """One system's mapping for one flow, with the document it came from (for error places)."""

    system: str
    spec: SystemMappingFile
    doc: YamlDocument


@dataclass(frozen=True)
class Flow:
    """A flow with everything needed to run it."""

    name: str
    spec: FlowSpec
    entity: CanonicalEntity
    rules: EntityRulesFile
    mappings: dict[str, SystemMapping]


@dataclass
class Project:
    """All config of one SyncHub project."""

    root: Path
    systems: dict[str, SystemSpec]
    flows: dict[str, Flow]
    lookups: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    @classmethod
    def load(cls, root: Path | None = None, only: Iterable[str] | None = None) -> "Project":
        """Load and cross-check every file; raise one ConfigError listing every problem.

        ``only`` limits the flow-specific files read and checked to those flows (an Airflow DAG
        loads only its own, so a broken file of one flow does not hide the others' DAGs).
        """
        root = Path(root) if root else mappings_dir()
        problems: list[str] = []

        def attempt(fn, *args):
            try:
                return fn(*args)
            except ConfigError as exc:
                problems.extend(exc.problems)
                return None

        systems_loaded = attempt(load_model, root / "systems.yaml", SystemsFile)
        flows_loaded = attempt(load_model, root / "flows.yaml", FlowsFile)
        lookups: dict[str, dict[str, list[str]]] = {}
        for path in sorted((root / "lookups").glob("*.yaml")):
            loaded = attempt(load_model, path, LookupFile)
            if loaded:
                lookups[path.stem] = loaded[0].entries
        if not systems_loaded or not flows_loaded:
            raise ConfigError(problems)
        systems, systems_doc = systems_loaded
        flows_file, flows_doc = flows_loaded

        from connectors import registered_types  # the registry, not any one connector

        for name, spec in systems.systems.items():
            if spec.type not in registered_types():
                problems.append(
                    f"{systems_doc.where(('systems', name, 'type'))}: unknown connector type {spec.type!r}; "
                    f"known types are {', '.join(sorted(registered_types()))}")

        flows: dict[str, Flow] = {}
        wanted = set(flows_file.flows) if only is None else set(only)
        for name in sorted(wanted - set(flows_file.flows)):
            problems.append(f"{flows_doc.where(('flows',))}: no flow named {name!r}; flows are "
                            f"{', '.join(flows_file.flows) or '(none)'}")
        for flow_name, flow_spec in flows_file.flows.items():
            at = ("flows", flow_name)
            for i, other in enumerate(flow_spec.depends_on):
                if other not in flows_file.flows or other == flow_name:
                    problems.append(f"{flows_doc.where(at + ('depends_on', i))}: {other!r} is not another flow; "
                                    f"flows are {', '.join(flows_file.flows)}")
            if flow_name not in wanted:
                continue
            entity = ENTITIES.get(flow_spec.entity)
            if entity is None:
                problems.append(f"{flows_doc.where(at + ('entity',))}: unknown entity {flow_spec.entity!r}; "
                                f"entities are {', '.join(ENTITIES)}")
                continue
            for i, system in enumerate(flow_spec.systems):
                if system not in systems.systems:
                    problems.append(f"{flows_doc.where(at + ('systems', i))}: unknown system {system!r}; "
                                    f"add it to {root / 'systems.yaml'} or use one of "
                                    f"{', '.join(systems.systems)}")
            rules_loaded = attempt(load_model, root / flow_spec.rules, EntityRulesFile)
            mappings: dict[str, SystemMapping] = {}
            for system in flow_spec.systems:
                path = root / system / f"{flow_name}.yaml"
                if not path.exists():
                    problems.append(f"{flows_doc.where(at + ('systems',))}: system {system!r} takes part in flow "
                                    f"{flow_name!r} but {path} does not exist; write it or remove the system")
                    continue
                loaded = attempt(load_model, path, SystemMappingFile)
                if loaded:
                    mapping = SystemMapping(system, loaded[0], loaded[1])
                    problems.extend(_check_mapping(mapping, entity, lookups))
                    mappings[system] = mapping
            if rules_loaded:
                rules, rules_doc = rules_loaded
                problems.extend(_check_rules(rules, rules_doc, entity, flow_spec))
                flows[flow_name] = Flow(flow_name, flow_spec, entity, rules, mappings)
        if problems:
            raise ConfigError(problems)
        return cls(root=root, systems=dict(systems.systems), flows=flows, lookups=lookups)

    def flow(self, name: str) -> Flow:
        if name not in self.flows:
            raise ConfigError(f"{self.root / 'flows.yaml'}: no flow named {name!r}; flows are "
                              f"{', '.join(self.flows) or '(none)'}")
        return self.flows[name]


def _check_mapping(mapping: SystemMapping, entity: CanonicalEntity, lookups: dict) -> list[str]:
    spec, doc = mapping.spec, mapping.doc
    problems = []
    if spec.entity != entity.name:
        problems.append(f"{doc.where(('entity',))}: this flow syncs {entity.name!r}, not {spec.entity!r}")
    for name, field_map in spec.fields.items():
        if name not in entity.field_names:
            problems.append(f"{doc.where(('fields', name))}: {name!r} is not a field of the canonical "
                            f"{entity.name}; fields are {', '.join(entity.field_names)}")
        for i, transform in enumerate(field_map.transforms):
            if isinstance(transform, Lookup) and transform.table and transform.table not in lookups:
                problems.append(f"{doc.where(('fields', name, 'transforms', i, 'table'))}: no lookup table "
                                f"{transform.table!r}; tables are {', '.join(sorted(lookups)) or '(none)'} "
                                f"in mappings/lookups/")
        if field_map.push and spec.target and any(t.type == "split" for t in field_map.transforms):
            problems.append(f"{doc.where(('fields', name, 'transforms'))}: 'split' cannot be reversed, so this "
                            f"field cannot be pushed; set 'push: false'")
        if len(field_map.columns) > 1 and field_map.push and spec.target and field_map.split_width is None:
            problems.append(f"{doc.where(('fields', name))}: read from several columns, so pushing needs "
                            f"'split_width' (or set 'push: false')")
    for field_def in entity.fields:
        if field_def.required and field_def.name not in spec.fields:
            problems.append(f"{doc.where(('fields',))}: the required field {field_def.name!r} is not mapped")
    if spec.target and spec.target.create and not spec.source.golden_id_column:
        problems.append(f"{doc.where(('source',))}: creating records needs 'golden_id_column' (a native column "
                        f"where SyncHub writes the golden id), so a repeated run never creates a record twice; "
                        f"add it or set target.create: false")
    return problems


def _check_rules(rules: EntityRulesFile, doc: YamlDocument, entity: CanonicalEntity, flow: FlowSpec) -> list[str]:
    problems = []
    if rules.entity != entity.name:
        problems.append(f"{doc.where(('entity',))}: the flow syncs {entity.name!r}, not {rules.entity!r}")
    for i, key in enumerate(rules.match.exact_keys):
        if key.field not in entity.field_names:
            problems.append(f"{doc.where(('match', 'exact_keys', i, 'field'))}: {key.field!r} is not a field "
                            f"of the canonical {entity.name}")
    fields = ", ".join(entity.field_names)
    for name, prep in rules.match.fields.items():
        column = prep.column or name
        if column not in entity.field_names:
            at = ("match", "fields", name) + (("column",) if prep.column else ())
            problems.append(f"{doc.where(at)}: {column!r} is not a field of the canonical {entity.name}"
                            + ("" if prep.column else " (name the field it reads with 'column')")
                            + f"; fields are {fields}")
        if prep.country and prep.country not in entity.field_names:
            problems.append(f"{doc.where(('match', 'fields', name, 'country'))}: {prep.country!r} is not a field "
                            f"of the canonical {entity.name}; fields are {fields}")
    for i, rule in enumerate(rules.match.blocking):
        if len(BLOCK_KEY_PREFIX + rule.name) > KEY_FIELD_LENGTH:
            problems.append(f"{doc.where(('match', 'blocking', i, 'name'))}: {rule.name!r} is too long; the hub "
                            f"store keeps rule names of up to {KEY_FIELD_LENGTH - len(BLOCK_KEY_PREFIX)} characters")
    for name, rule in rules.survivorship.items():
        if name != "default" and name not in entity.field_names:
            problems.append(f"{doc.where(('survivorship', name))}: {name!r} is not a field of the canonical "
                            f"{entity.name} (or 'default')")
        for system in rule.order + ([rule.system] if rule.system else []):
            if system not in flow.systems:
                problems.append(f"{doc.where(('survivorship', name))}: system {system!r} does not take part in "
                                f"this flow; systems are {', '.join(flow.systems)}")
    if "default" not in rules.survivorship:
        problems.append(f"{doc.where(('survivorship',))}: add a 'default' rule for fields without their own")
    return problems
