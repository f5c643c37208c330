"""SQL databases through SQLAlchemy: SQLite, PostgreSQL, MariaDB/MySQL, and ODBC (``mssql+pyodbc``,
``mysql+pyodbc``) sources."""

from connectors.sql.connector import SqlConnector

__all__ = ["SqlConnector"]
