"""The Sync Monitor page in Airflow's navigation (Browse > Sync Monitor): a FastAPI app behind
Airflow's login, shown in the UI as an external view. The app is ``synchub.sync_monitor``."""

from airflow.api_fastapi.core_api.security import requires_authenticated
from airflow.plugins_manager import AirflowPlugin
from fastapi import Depends

from synchub.sync_monitor import create_app

app = create_app(auth=[Depends(requires_authenticated())])


class SyncMonitorPlugin(AirflowPlugin):
    name = "sync_monitor"
    fastapi_apps = [{"app": app, "url_prefix": "/sync-monitor", "name": "Sync Monitor"}]
    external_views = [{"name": "Sync Monitor", "href": "sync-monitor/", "url_route": "sync-monitor",
                       "destination": "nav", "category": "browse"}]
