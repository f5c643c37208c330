"""The exception tree of SyncHub.

::

    SyncHubError                 anything SyncHub raises on purpose
    ├── ConfigError              a YAML file or setting is wrong; raised before any read or write
    ├── ConnectionConfigError    a system's connection cannot be resolved (no URL, no secret)
    ├── SourceSystemError        a connected system failed (wraps the driver's own error)
    ├── StoreError               the hub store is unusable (schema too old, locked run)
    ├── RunError                 a run cannot start or go on (another run holds the flow)
    └── AlertError               the data-quality e-mail of a run could not be sent (recorded first)

Third-party errors are wrapped at the boundary where they are raised, with the original as
``__cause__``.
"""

from __future__ import annotations


class SyncHubError(Exception):
    """Base of every error SyncHub raises on purpose."""


class ConfigError(SyncHubError):
    """A configuration problem, reported with the file, the key and what would fix it.

    One ConfigError may carry several problems, so that an integrator sees all of them at once.
    """

    def __init__(self, problems: list[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))


class ConnectionConfigError(SyncHubError):
    """A system's connection cannot be resolved."""


class SourceSystemError(SyncHubError):
    """A connected system failed; the driver's error is the ``__cause__``."""


class StoreError(SyncHubError):
    """The hub store cannot be used as it is."""


class RunError(SyncHubError):
    """A run cannot start or go on."""


class AlertError(SyncHubError):
    """The data-quality e-mail of a committed run could not be sent; the failure is already
    recorded (``alert`` table, the run's figures) and its rows stay un-alerted for the next try."""
