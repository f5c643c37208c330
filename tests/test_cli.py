"""The synchub command, called as a user would (in-process, same argument parsing and output)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from synchub.cli import main


def test_help_lists_the_commands():
    out = subprocess.run([sys.executable, "-m", "synchub.cli", "--help"], capture_output=True, text=True, check=True)
    for command in ("validate", "run", "status", "demo", "quarantine"):
        assert command in out.stdout


def test_demo_seed_run_status_and_mutate(hub, capsys):
    assert main(["validate"]) == 0
    assert main(["demo", "seed", "--customers", "120"]) == 0
    assert "demo seeded with 120 companies and 50 products" in capsys.readouterr().out
    assert main(["validate", "--live"]) == 0
    assert main(["run", "customers"]) == 0
    out = capsys.readouterr().out
    for word in ("pulled", "created", "updated", "quarantined", "golden customers:", "crm", "erp", "scm"):
        assert word in out
    assert main(["run", "customers", "--json"]) == 0
    import json

    figures = json.loads(capsys.readouterr().out)
    assert sum(s["created"] + s["updated"] for s in figures["systems"].values()) == 0
    assert main(["run", "products"]) == 0
    assert "golden products: " in capsys.readouterr().out
    assert main(["demo", "mutate", "--fraction", "0.05", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "changed" in out and "products changed" in out
    assert main(["status"]) == 0
    assert capsys.readouterr().out.count("succeeded") == 3


def test_a_config_error_exits_2_with_the_place(hub, tmp_path, monkeypatch, capsys):
    import shutil

    from synchub.config.project import DEFAULT_MAPPINGS

    folder = tmp_path / "mappings"
    shutil.copytree(DEFAULT_MAPPINGS, folder)
    (folder / "flows.yaml").write_text("flows:\n  customers:\n    entity: customer\n    systems: []\n")
    monkeypatch.setenv("SYNCHUB_MAPPINGS", str(folder))
    assert main(["run", "customers"]) == 2
    err = capsys.readouterr().err
    assert f"{folder / 'flows.yaml'}:4: flows.customers.systems" in err
    assert f"{folder / 'flows.yaml'}:2: flows.customers.rules: Field required" in err


@pytest.mark.parametrize("argv", [["schema", "--check"]])
def test_committed_schemas_are_current(argv):
    assert main(argv) == 0
