"""The hub store: staged rows by run, golden records, xrefs, watermarks, runs and quarantine."""

from synchub.store.hub_store import HubStore, store_url

__all__ = ["HubStore", "store_url"]
