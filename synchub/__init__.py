"""SyncHub: keeps the master data of a company's CRM, SCM and ERP in agreement."""

from synchub.errors import (
    ConfigError,
    ConnectionConfigError,
    RunError,
    SourceSystemError,
    StoreError,
    SyncHubError,
)

__all__ = [
    "ConfigError",
    "ConnectionConfigError",
    "RunError",
    "SourceSystemError",
    "StoreError",
    "SyncHubError",
]
__version__ = "0.1.0"
