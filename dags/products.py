"""The products flow (mappings/flows.yaml), as an Airflow DAG."""

from synchub.airflow_dags import flow_dag

dag = flow_dag("products")
