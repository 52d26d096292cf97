"""Push, pull, snapshot, idempotency, conflicts and scopes through the real protocol."""

from __future__ import annotations

import pytest

from sosdesk.store import models as m
from sosdesk.syncclient import conflicts, service
from sosdesk.syncclient.service import sync_now
from tests.sync.syncworld import (
    World,
    add_beneficiary,
    add_meeting,
    delete,
    get,
    rows_of,
    seed_reference,
    update,
)


@pytest.fixture
def trio(world: World):  # type: ignore[no-untyped-def]
    nat, tn = world.office("national", None, "national_coordinator")
    seed_reference(nat)
    sync_now(nat, tn)
    a, ta = world.office("a", "R1")
    b, tb = world.office("b", "R1")
    c, tc = world.office("c", "R2")
    for store, t in ((a, ta), (b, tb), (c, tc)):
        sync_now(store, t)
    return (nat, tn), (a, ta), (b, tb), (c, tc)


def test_edit_travels_to_other_office_of_region_only(trio) -> None:  # type: ignore[no-untyped-def]
    (nat, tn), (a, ta), (b, tb), (c, tc) = trio
    bid = add_beneficiary(a, "R1", first_name="Lina")
    report = sync_now(a, ta)
    assert report.results == {"applied": 1}
    sync_now(b, tb)
    sync_now(c, tc)
    sync_now(nat, tn)
    assert get(b, m.Beneficiary, bid).first_name == "Lina"
    assert get(c, m.Beneficiary, bid) is None
    assert get(nat, m.Beneficiary, bid).first_name == "Lina"
    # office R2 received reference data but not R1's region row nor R1's site
    assert get(c, m.MeetingType, "IND") is not None
    assert get(c, m.Region, "R1") is None and get(c, m.Site, "S-R1") is None


def test_different_fields_merge(trio) -> None:  # type: ignore[no-untyped-def]
    _, (a, ta), (b, tb), _ = trio
    mid = add_meeting(a, "R1", note="salle 1")
    sync_now(a, ta)
    sync_now(b, tb)
    update(a, m.Meeting, mid, note="salle 2")
    update(b, m.Meeting, mid, minutes=90)
    sync_now(a, ta)
    report = sync_now(b, tb)
    assert report.results == {"merged": 1}
    sync_now(a, ta)
    for store in (a, b):
        row = get(store, m.Meeting, mid)
        assert (row.note, row.minutes) == ("salle 2", 90)


def test_logistics_last_writer_wins_and_loser_logged(trio, world: World) -> None:  # type: ignore[no-untyped-def]
    _, (a, ta), (b, tb), _ = trio
    mid = add_meeting(a, "R1", note="salle 1")
    sync_now(a, ta)
    sync_now(b, tb)
    update(a, m.Meeting, mid, note="salle A")
    update(b, m.Meeting, mid, note="salle B")
    sync_now(a, ta)
    sync_now(b, tb)
    sync_now(a, ta)
    assert get(a, m.Meeting, mid).note == get(b, m.Meeting, mid).note == "salle B"
    with world.engine.connect() as conn:
        logged = conn.exec_driver_sql("SELECT kind, field, losing FROM conflict_log").fetchall()
    assert [tuple(r) for r in logged] == [("lww", "note", '"salle A"')]


def test_sensitive_conflict_kept_then_resolved_field_by_field(trio) -> None:  # type: ignore[no-untyped-def]
    _, (a, ta), (b, tb), _ = trio
    bid = add_beneficiary(a, "R1", first_name="Lina")
    sync_now(a, ta)
    sync_now(b, tb)
    update(a, m.Beneficiary, bid, measure="SME", phone="0601")
    update(b, m.Beneficiary, bid, measure="TIG")
    other = add_beneficiary(b, "R1", first_name="Other")
    sync_now(a, ta)
    report = sync_now(b, tb)
    assert report.results == {"conflict": 1, "applied": 1}  # syncing goes on for other rows
    assert get(a, m.Beneficiary, other) is None or True
    [c] = conflicts.open_list(b)
    assert c.fields == ["measure"]
    desc = conflicts.describe(c)
    assert desc["mine"]["measure"] == "TIG" and desc["theirs"]["measure"] == "SME"
    assert get(b, m.Beneficiary, bid).measure == "TIG"  # mine kept locally until decided
    # later pulls do not overwrite the conflicted row
    update(a, m.Beneficiary, bid, email="x@y.fr")
    sync_now(a, ta)
    sync_now(b, tb)
    assert get(b, m.Beneficiary, bid).measure == "TIG"
    conflicts.resolve(b, c.id, {"measure": "mine"})
    assert service.status(b)["conflicts"] == 0
    assert sync_now(b, tb).results == {"applied": 1}
    sync_now(a, ta)
    for store in (a, b):
        row = get(store, m.Beneficiary, bid)
        assert (row.measure, row.phone, row.email) == ("TIG", "0601", "x@y.fr")


def test_keep_theirs_and_delete_racing_update(trio) -> None:  # type: ignore[no-untyped-def]
    _, (a, ta), (b, tb), _ = trio
    mid = add_meeting(a, "R1")
    sync_now(a, ta)
    sync_now(b, tb)
    delete(a, m.Meeting, mid)
    update(b, m.Meeting, mid, note="garde")
    sync_now(a, ta)
    sync_now(b, tb)
    [c] = conflicts.open_list(b)
    assert c.fields == ["deleted"]
    conflicts.resolve(b, c.id, "theirs")
    sync_now(b, tb)
    assert get(b, m.Meeting, mid).deleted is True
    assert service.status(b)["pending"] == 0


def test_keep_mine_brings_deleted_row_back(trio) -> None:  # type: ignore[no-untyped-def]
    _, (a, ta), (b, tb), _ = trio
    mid = add_meeting(a, "R1")
    sync_now(a, ta)
    sync_now(b, tb)
    delete(a, m.Meeting, mid)
    update(b, m.Meeting, mid, note="garde")
    sync_now(a, ta)
    sync_now(b, tb)
    [c] = conflicts.open_list(b)
    conflicts.resolve(b, c.id, "mine")
    sync_now(b, tb)
    sync_now(a, ta)
    for store in (a, b):
        row = get(store, m.Meeting, mid)
        assert (row.deleted, row.note) == (False, "garde")


def test_replayed_push_changes_nothing(trio, world: World) -> None:  # type: ignore[no-untyped-def]
    _, (a, ta), (_b, _tb), _ = trio
    add_beneficiary(a, "R1")
    ta.lose_next_reply = True
    with pytest.raises(service.SyncError):
        sync_now(a, ta)
    assert service.status(a)["pending"] == 1  # nothing lost
    report = sync_now(a, ta)
    assert report.results == {"duplicate": 1}
    assert service.status(a)["pending"] == 0
    with world.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM change_log WHERE table_name='beneficiaries'"
                                    ).scalar() == 1


def test_cross_region_writes_and_reference_writes_refused(trio) -> None:  # type: ignore[no-untyped-def]
    (nat, tn), (a, ta), _, (c, tc) = trio
    bid = add_beneficiary(a, "R1")
    sync_now(a, ta)
    # office R2 invents a row in R1 and a region (reference data the service refuses at push)
    c.edit(lambda s: s.add(m.Region(id="R1", name="copie locale")), "région")
    add_beneficiary(c, "R1")
    report = sync_now(c, tc)
    assert report.results == {"rejected": 2}
    reasons = sorted(r.reason for r in conflicts.rejected_list(c))
    assert reasons == ["forbidden", "reference_read_only"]
    # an op on a meeting type that bypassed the office's local guard is refused by the service too
    cred, api = service.identity(c, tc)
    res = api.push(cred.device_id, [{"op_id": 10_000, "table": "meeting_types", "row_id": "IND",
                                     "action": "update", "fields": {"label": ["Entretien", "Piraté"]},
                                     "base_version": 1}])["results"][0]
    assert (res["status"], res["reason"]) == ("rejected", "reference_read_only")
    sync_now(nat, tn)
    assert get(nat, m.MeetingType, "IND").label == "Entretien"
    assert len(rows_of(nat, m.Beneficiary)) == 1 and get(nat, m.Beneficiary, bid) is not None
    for r in conflicts.rejected_list(c):
        conflicts.dismiss(c, r.id)
    assert service.status(c)["rejected"] == 0


def test_reference_data_read_only_in_offices(trio) -> None:  # type: ignore[no-untyped-def]
    """Meeting types and rate tables are refused locally in an office, with a French message."""
    from datetime import date

    from sosdesk.domain.errors import InputError
    from sosdesk.store.sync_models import ReferenceReadOnlyError

    (nat, tn), (a, ta), _, _ = trio
    nat.edit(lambda s: s.add(m.RateTable(id="2026-01-01", valid_from=date(2026, 1, 1), content={})), "grille")
    sync_now(nat, tn)
    sync_now(a, ta)
    assert get(a, m.RateTable, "2026-01-01") is not None  # received read-only
    with pytest.raises(ReferenceReadOnlyError, match="types de rendez-vous sont fixés par le coordinateur national"):
        update(a, m.MeetingType, "IND", label="Piraté")
    with pytest.raises(InputError, match="grilles tarifaires"):
        update(a, m.RateTable, "2026-01-01", content={"x": 1})
    with pytest.raises(InputError, match="coordinateur national"):
        a.edit(lambda s: s.add(m.MeetingType(id="NEW", label="Nouveau", kind="individual", minutes=30)), "type")
    assert get(a, m.MeetingType, "IND").label == "Entretien"
    assert service.status(a)["pending"] == 0  # nothing written, nothing queued
    # the national office still edits them, and offices receive the change
    update(nat, m.MeetingType, "IND", label="Entretien individuel")
    sync_now(nat, tn)
    sync_now(a, ta)
    assert get(a, m.MeetingType, "IND").label == "Entretien individuel"


def test_raw_cross_region_reads_refused(trio, world: World) -> None:  # type: ignore[no-untyped-def]
    _, (a, ta), _, (c, tc) = trio
    add_beneficiary(a, "R1")
    sync_now(a, ta)
    _, api = service.identity(c, tc)
    pulled = api.pull(0, 5000)["changes"]
    assert {ch["data"].get("region_id") for ch in pulled if "region_id" in ch["data"]} == {"R2"}
    assert api.snapshot("beneficiaries")["rows"] == []
    # a forged op on another region's existing row is refused without leaking it
    with a.session() as s:
        row = s.query(m.Beneficiary).one()
    cred, api_c = service.identity(c, tc)
    res = api_c.push(cred.device_id, [{"op_id": 999, "table": "beneficiaries", "row_id": row.id,
                                       "action": "update", "fields": {"measure": ["", "X"]},
                                       "base_version": 1}])["results"][0]
    assert res["status"] == "rejected" and res["reason"] == "forbidden" and "data" not in res
    # pushing under another device's id is refused for an office
    cred_a, _ = service.identity(a, ta)
    with pytest.raises(service.SyncError):
        api_c.push(cred_a.device_id, [])


def test_unreachable_server_loses_nothing(trio) -> None:  # type: ignore[no-untyped-def]
    _, (a, ta), _, _ = trio
    add_beneficiary(a, "R1")
    ta.offline = True
    with pytest.raises(service.SyncError, match="injoignable"):
        sync_now(a, ta)
    assert service.status(a)["pending"] == 1
    ta.offline = False
    assert sync_now(a, ta).results == {"applied": 1}


def test_copied_database_gets_new_device_id(trio, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from sosdesk.store import open_store

    _, (a, ta), (b, tb), _ = trio
    add_beneficiary(a, "R1", first_name="Avant")
    a.close()
    shutil.copy(a.path, tmp_path / "copy.db")
    a2 = open_store(a.path)
    copy = open_store(tmp_path / "copy.db")
    original_id = a2.get_state(service.K_DEVICE)
    assert copy.get_state(service.K_DEVICE) == original_id
    report = sync_now(copy, ta)
    assert copy.get_state(service.K_DEVICE) != original_id
    assert any("copie" in w for w in report.warnings)
    # both push the shared pending op and their own edits; nothing is swallowed as a duplicate
    add_beneficiary(a2, "R1", first_name="Original")
    add_beneficiary(copy, "R1", first_name="Copie")
    sync_now(a2, ta)
    assert a2.get_state(service.K_DEVICE) == original_id
    sync_now(copy, ta)
    sync_now(b, tb)
    names = sorted(r["first_name"] for r in rows_of(b, m.Beneficiary).values())
    assert names == ["Avant", "Copie", "Original"]


def test_revoked_device_refused(trio, world: World) -> None:  # type: ignore[no-untyped-def]
    from sync import auth, db

    _, (a, ta), _, _ = trio
    with db.write(world.engine) as conn:
        auth.revoke(conn, a.get_state(service.K_DEVICE))
    with pytest.raises(service.SyncError, match="révoqué"):
        sync_now(a, ta)


def test_verify_matches_after_quiescence(trio) -> None:  # type: ignore[no-untyped-def]
    _, (a, ta), (b, tb), _ = trio
    add_meeting(a, "R1")
    assert sync_now(a, ta).verified is True
    report = sync_now(b, tb)
    assert report.verified is True and report.mismatch == []
    _, api = service.identity(b, tb)
    server = api.verify()["tables"]
    assert server["meetings"]["count"] == 1


def test_verify_mismatch_reported_nothing_changed(trio, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    """A file that drifted from the service (here: a row lost behind sync's back) is reported by
    `sosdesk sync` with a warning and exit 1; nothing is repaired or sent."""
    from sqlalchemy import text

    from sosdesk.cli import main
    from sosdesk.syncclient import command

    _, (a, ta), (b, tb), _ = trio
    kept = add_meeting(a, "R1")
    lost = add_meeting(a, "R1")
    sync_now(a, ta)
    sync_now(b, tb)
    with b.engine.begin() as conn:
        conn.execute(text("DELETE FROM meetings WHERE id = :id"), {"id": lost})
    real = command.sync_now
    monkeypatch.setattr(command, "sync_now", lambda store: real(store, tb))
    capsys.readouterr()
    b.close()
    code = main(["sync", "--db", str(b.path)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Contrôle de cohérence" in err and "meetings" in err and "DIFFÉRENCES" in out
    assert get(b, m.Meeting, lost) is None and get(b, m.Meeting, kept) is not None  # no data change
    assert service.status(b)["pending"] == 0


def test_fresh_file_has_sync_tables_matching_models(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import inspect

    from sosdesk.store import open_store
    from sosdesk.store.sync_models import SyncConflict, SyncRejected, SyncRelay

    store = open_store(tmp_path / "fresh.db")
    insp = inspect(store.engine)
    for model in (SyncConflict, SyncRejected, SyncRelay):
        columns = {c["name"] for c in insp.get_columns(model.__tablename__)}
        assert columns == {c.name for c in model.__table__.columns}
    store.close()


def test_push_body_still_validated(trio, world: World) -> None:  # type: ignore[no-untyped-def]
    """The fast push path keeps the protocol's checks: bad ops and oversize batches get 422."""
    _, (a, ta), _, _ = trio
    cred, _api = service.identity(a, ta)
    token = ta.request("POST", "/v1/token", json={"refresh": cred.refresh})["access"]
    headers = {"Authorization": f"Bearer {token}"}
    good = {"op_id": 1, "table": "beneficiaries", "row_id": "X", "action": "insert", "fields": {},
            "base_version": 0}
    for body in ({"device_id": cred.device_id, "ops": [{**good, "op_id": 0}]},
                 {"device_id": cred.device_id, "ops": [{**good, "action": "drop"}]},
                 {"device_id": cred.device_id, "ops": [good] * 501},
                 {"ops": [good]}):
        resp = ta.client.post("/v1/push", json=body, headers=headers)
        assert resp.status_code == 422, resp.text
    resp = ta.client.post("/v1/push", content=b"{not json", headers=headers)
    assert resp.status_code == 422
