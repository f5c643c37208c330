"""The JSON Schema of each YAML file kind, generated from the pydantic models.

Committed under ``mappings/schema/`` so editors can complete and check the YAML; a test makes
sure the committed files match the models.
"""

from __future__ import annotations

import json
from pathlib import Path

from synchub.config.models import EntityRulesFile, FlowsFile, LookupFile, SystemMappingFile, SystemsFile

SCHEMAS = {
    "systems.schema.json": SystemsFile,
    "flows.schema.json": FlowsFile,
    "system-mapping.schema.json": SystemMappingFile,
    "entity-rules.schema.json": EntityRulesFile,
    "lookup.schema.json": LookupFile,
}


def render(model) -> str:
    schema = model.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, model in SCHEMAS.items():
        path = folder / name
        path.write_text(render(model), encoding="utf-8")
        paths.append(path)
    return paths


def stale(folder: Path) -> list[str]:
    """Names of committed schema files that differ from the models."""
    return [name for name, model in SCHEMAS.items()
            if not (folder / name).exists() or (folder / name).read_text(encoding="utf-8") != render(model)]
