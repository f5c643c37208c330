"""What every step of a run needs: the project's config, the flow, the hub store, connectors."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from connectors import connector_class
from connectors.base import Connector
from connectors.connection import resolve_url
from synchub.config import Flow, Project
from synchub.mapping.engine import Mapper
from synchub.store import HubStore


@dataclass
class RunContext:
    """One run of one flow. Steps take it and read or write the hub store through it."""

    project: Project
    flow: Flow
    store: HubStore
    run_id: str
    _connectors: dict[str, Connector] = field(default_factory=dict)

    @property
    def entity(self) -> str:
        return self.flow.entity.name

    @property
    def systems(self) -> list[str]:
        return list(self.flow.spec.systems)

    @cached_property
    def mappers(self) -> dict[str, Mapper]:
        return {name: Mapper(mapping, self.flow.entity, self.project.lookups)
                for name, mapping in self.flow.mappings.items()}

    def connector(self, system: str) -> Connector:
        """The connector of a system, opened once per run context."""
        if system not in self._connectors:
            spec = self.project.systems[system]
            self._connectors[system] = connector_class(spec.type)(system, spec, resolve_url(system, spec))
        return self._connectors[system]

    def close(self) -> None:
        for connector in self._connectors.values():
            connector.close()
        self._connectors.clear()
