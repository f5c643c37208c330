"""Config: the YAML language (models), reading it with line numbers, and loading a project."""

from synchub.config.project import Flow, Project, SystemMapping, mappings_dir

__all__ = ["Flow", "Project", "SystemMapping", "mappings_dir"]
