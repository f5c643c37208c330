"""The connector registry: a connector is chosen by the ``type:`` of a system in systems.yaml.

Connectors register as entry points of the group ``synchub.connectors`` (see pyproject.toml),
so a new connector is added without editing this module, the engine, the DAGs or the plugin.
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import entry_points
from typing import TYPE_CHECKING

from synchub.errors import ConfigError

if TYPE_CHECKING:
    from connectors.base import Connector

ENTRY_POINT_GROUP = "synchub.connectors"


@cache
def _entry_points() -> dict:
    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def registered_types() -> set[str]:
    """Every connector type that is installed."""
    return set(_entry_points())


def connector_class(type_name: str) -> "type[Connector]":
    """The connector class registered for a type; imported only when asked for."""
    try:
        return _entry_points()[type_name].load()
    except KeyError:
        raise ConfigError(f"unknown connector type {type_name!r}; installed types are "
                          f"{', '.join(sorted(registered_types())) or '(none: run pip install -e .)'}") from None
