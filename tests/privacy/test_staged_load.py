"""A long load written through a staging copy (issue 16): the window keeps writing while it runs, the
result is the same as a direct load, and it stays all-or-nothing (sosdesk.store.staged_load)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from sosdesk.cli import main
from sosdesk.domain.errors import InputError
from sosdesk.store import Store, open_store
from sosdesk.store import models as m
from sosdesk.store.engine import BUSY_TIMEOUT_ENV, StoreError
from sosdesk.store.staged_load import STAGE_ENV
from sosdesk.usecases.data import load_data
from tests.store.interchange_world import doc

WORKING = "vérification et écriture dans la copie de travail"


def big_doc(people: int = 40) -> dict[str, Any]:
    data = doc()
    first = data["beneficiaries"][1]
    data["beneficiaries"] += [{**first, "id": f"BX{i:03d}", "last_name": f"Lotissement{i:03d}"}
                              for i in range(people)]
    return data


def table_counts(store: Store) -> dict[str, int]:
    with store.session() as s:
        return {model.__tablename__: s.scalar(select(func.count()).select_from(model)) or 0
                for model in (m.Beneficiary, m.Meeting, m.Site, m.Expense, m.Attachment, m.ChangeLog, m.OutboxOp)}


@pytest.fixture
def staged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(STAGE_ENV, "10")  # this small document counts as long


def load(path: Path, data: dict[str, Any], progress: Callable[[str], None] | None = None) -> Store:
    store = open_store(path)
    load_data(store, None, data, progress=progress)
    return store


def test_a_staged_load_writes_what_a_direct_load_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    phases: list[str] = []
    monkeypatch.setenv(STAGE_ENV, "10")
    a = load(tmp_path / "a.db", big_doc(), phases.append)
    monkeypatch.setenv(STAGE_ENV, "1000000")
    b = load(tmp_path / "b.db", big_doc(), phases.append)
    try:
        assert phases == ["copie de travail du fichier", WORKING, "recopie dans le fichier de données"]
        assert table_counts(a) == table_counts(b)
        assert table_counts(a)["beneficiaries"] == 42
        from sosdesk.store.interchange import dump_store

        assert json.loads(dump_store(a)) == json.loads(dump_store(b))
        from sosdesk.usecases.search import search

        assert [h.id for h in search(a, "Lotissement007")] == ["BX007"]
    finally:
        a.close()
        b.close()
    assert sorted(p.name for p in tmp_path.iterdir() if "chargement" in p.name) == []


def test_the_window_writes_while_a_long_load_works(tmp_path: Path, staged: None,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "office.db"
    load(path, doc()).close()
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "0")  # the window would fail at once if the load held the lock
    window = open_store(path)
    try:
        def edit_meanwhile(phase: str) -> None:
            if phase == WORKING:
                window.edit(lambda s: s.add(m.Beneficiary(id="W1", region_id="ARA", last_name="Fenêtre")),
                            "ajout pendant le chargement")

        store = load(path, big_doc(), edit_meanwhile)
        with store.session() as s:
            assert s.get(m.Beneficiary, "W1") is not None  # the window's edit is kept
            assert s.get(m.Beneficiary, "BX039") is not None  # and the load is written
            labels = set(s.scalars(select(m.ChangeLog.label)))
        assert "ajout pendant le chargement" in labels
        store.close()
    finally:
        window.close()


def test_a_row_changed_meanwhile_refuses_the_whole_load(tmp_path: Path, staged: None) -> None:
    path = tmp_path / "office.db"
    load(path, doc()).close()
    window = open_store(path)
    before = table_counts(window)

    def rename(s: Any) -> None:
        person = s.get(m.Beneficiary, "B2")
        person.last_name = "Renommée"

    def edit_meanwhile(phase: str) -> None:
        if phase == WORKING:
            window.edit(rename, "renommage")

    data = big_doc()
    data["beneficiaries"][1]["last_name"] = "Roux-Martin"  # the load changes B2 too
    store = open_store(path)
    try:
        with pytest.raises(StoreError, match="modifiées dans sosdesk pendant le chargement : rien n'a été écrit"):
            load_data(store, None, data, progress=edit_meanwhile)
        after = table_counts(store)
        with store.session() as s:
            assert s.get(m.Beneficiary, "BX000") is None
            assert s.get(m.Beneficiary, "B2").last_name == "Renommée"  # type: ignore[union-attr]
    finally:
        store.close()
        window.close()
    assert after["beneficiaries"] == before["beneficiaries"]
    assert after["change_log"] == before["change_log"] + 1  # the window's rename only


def test_a_long_load_with_an_error_writes_nothing_and_leaves_no_copy(
        tmp_path: Path, staged: None, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "office.db"
    load(path, doc()).close()
    data = big_doc()
    data["beneficiaries"][-1]["sites"] = ["S404"]
    source = tmp_path / "data.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    store = open_store(path)
    before = table_counts(store)
    store.close()
    assert main(["load", "--db", str(path), str(source)]) == 2
    err = capsys.readouterr().err
    assert "« S404 » n'existe ni dans le fichier ni dans la base" in err
    store = open_store(path)
    try:
        assert table_counts(store) == before
    finally:
        store.close()
    assert [p.name for p in tmp_path.iterdir() if "chargement" in p.name] == []
    with pytest.raises(InputError):
        store = open_store(path)
        try:
            load_data(store, None, data)
        finally:
            store.close()
