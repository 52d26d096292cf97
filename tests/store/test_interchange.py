"""sosdesk-data/1 load and dump (interchange.md): form and reference checks, all-or-nothing writes,
recorded changes, round trip, extension sections."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain.errors import InputError, ProblemList
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store.interchange import (
    dump_data,
    dumps,
    load_data,
    load_text,
    register_section,
    unregister_section,
)
from tests.store.interchange_world import doc

Counts = Callable[[Store], dict[str, int]]


def problems_of(store: Store, data: Any) -> list[str]:
    with pytest.raises(InputError) as info:
        load_data(store, data)
    return [str(p) for p in info.value.problems]


def dump(store: Store) -> dict[str, Any]:
    with store.session() as s:
        return dump_data(s)


def test_load_then_dump_gives_the_file_back(store: Store) -> None:
    data = doc()
    load_data(store, data)
    out = dump(store)
    # Fields omitted from the input come back with their defaults; everything given is kept as given.
    assert out["beneficiaries"][0] == data["beneficiaries"][0]
    assert out["meetings"] == data["meetings"]
    assert out["sites"] == data["sites"]
    assert out["rate_tables"] == data["rate_tables"]
    assert out["attachments"] == data["attachments"]
    assert out["settings"] == data["settings"]
    assert out["beneficiaries"][1]["requirements"] == [] and out["beneficiaries"][1]["phone"] == ""


def test_load_is_recorded_in_change_log_and_outbox(store: Store) -> None:
    changes = load_data(store, doc())
    assert changes.ids("beneficiaries") == {"B1", "B2"}
    with store.session() as s:
        logs = list(s.scalars(select(m.ChangeLog)))
        outbox = list(s.scalars(select(m.OutboxOp)))
    assert {(r.table_name, r.row_id) for r in logs} >= {("beneficiaries", "B1"), ("meetings", "M1"),
                                                        ("travel_minutes", "S1|S2"), ("settings", "settings")}
    assert all(r.action == "insert" and "sosdesk-data/1" in r.label for r in logs)
    assert len(outbox) == len(logs)


def test_second_load_updates_by_id_and_records_only_what_changed(store: Store) -> None:
    load_data(store, doc())
    data = doc()
    data["beneficiaries"][0]["phone"] = "06 11 22 33 44"
    changes = load_data(store, {"format": "sosdesk-data/1", "beneficiaries": data["beneficiaries"]})
    assert changes.updated.get("beneficiaries") == {"B1"}
    assert not changes.inserted.get("beneficiaries")
    with store.session() as s:
        assert s.get(m.Beneficiary, "B1").phone == "+33611223344"  # type: ignore[union-attr]
        last = s.scalars(select(m.OutboxOp).order_by(m.OutboxOp.op_id.desc())).first()
    assert last is not None and last.fields == {"phone": ["+33698765432", "+33611223344"]}


def test_references_to_rows_already_in_the_database_are_accepted(store: Store) -> None:
    load_data(store, doc())
    later = {"format": "sosdesk-data/1", "meetings": [{
        "id": "M2", "type": "IND_PSY", "start": "2026-10-06T10:00:00+02:00", "minutes": 60, "site": "S2",
        "professionals": ["P1"], "beneficiaries": ["B2"]}]}
    load_data(store, later)
    with store.session() as s:
        row = s.get(m.Meeting, "M2")
        assert row is not None and row.region_id == "ARA" and row.status == "planned"


def test_malformed_json_names_line_and_column(store: Store, counts: Counts) -> None:
    with pytest.raises(InputError) as info:
        load_text(store, '{\n  "format": "sosdesk-data/1",\n  "regions": [,]\n}')
    assert "ligne 3, colonne 15" in str(info.value)
    assert sum(counts(store).values()) == 0


def test_unknown_top_level_key_and_unknown_fields_with_their_path(store: Store) -> None:
    data = doc()
    data["extra"] = []
    data["beneficiaries"][1]["phnoe"] = "+33612345678"
    data["sites"][0]["open"][1]["form"] = "08:00"
    data["rate_tables"][0]["meeting_types"]["IND_PSY"]["prix"] = 1
    found = problems_of(store, data)
    assert "extra : section inconnue" in found
    assert "beneficiaries[1].phnoe : champ inconnu" in found
    assert "sites[0].open[1].form : champ inconnu" in found
    assert "rate_tables[0].meeting_types.IND_PSY.prix : champ inconnu" in found


def test_unknown_ids_are_refused_with_their_path(store: Store) -> None:
    data = doc()
    data["beneficiaries"][0]["referent"] = "P9"
    data["beneficiaries"][0]["requirements"][0]["type"] = "IND_XXX"
    data["meetings"][0]["beneficiaries"] = ["B1", "B404"]
    data["meetings"][0]["proof"] = "0" * 64
    data["expenses"][0]["meeting"] = "M404"
    found = "\n".join(problems_of(store, data))
    for path in ("beneficiaries[0].referent", "beneficiaries[0].requirements[0].type",
                 "meetings[0].beneficiaries[1]", "meetings[0].proof", "expenses[0].meeting"):
        assert f"{path} : «" in found and "n'existe ni dans le fichier ni dans la base" in found


def test_duplicate_ids_are_refused(store: Store) -> None:
    data = doc()
    data["beneficiaries"].append(dict(data["beneficiaries"][1]))
    data["travel_minutes"].append({"from": "S1", "to": "S2", "minutes": 40})
    data["beneficiaries"][0]["sites"] = ["S1", "S1"]
    found = problems_of(store, data)
    assert "beneficiaries[2] : identifiant « B2 » en double (déjà en beneficiaries[1])" in found
    assert any(p.startswith("travel_minutes[1] : identifiant « S1 / S2 » en double") for p in found)
    assert any(p.startswith("beneficiaries[0].sites[1] :") for p in found)


@pytest.mark.parametrize(("window", "path", "words"), [
    ({"day": 1, "from": "08:10", "to": "12:00"}, "professionals[0].available[0].from", "grille de 15"),
    ({"day": 1, "from": "12:00", "to": "09:00"}, "professionals[0].available[0]", "au plus tard"),
    ({"day": 1, "from": "12:00", "to": "12:00"}, "professionals[0].available[0]", "au plus tard"),
    ({"day": 8, "from": "09:00", "to": "12:00"}, "professionals[0].available[0].day", "hors de 1..7"),
    ({"day": 0, "from": "09:00", "to": "12:00"}, "professionals[0].available[0].day", "inférieur à 1"),
    ({"day": 1, "from": "9h", "to": "12:00"}, "professionals[0].available[0].from", "heure invalide"),
    ({"day": 1, "from": "09:00"}, "professionals[0].available[0].to", "obligatoire"),
])
def test_bad_windows_are_refused(store: Store, window: dict[str, Any], path: str, words: str) -> None:
    data = doc()
    data["professionals"][0]["available"] = [window]
    found = problems_of(store, data)
    assert any(p.startswith(f"{path} :") and words in p for p in found), found


def test_negative_durations_and_amounts_are_refused(store: Store) -> None:
    data = doc()
    data["meetings"][0]["minutes"] = -60
    data["meeting_types"][0]["minutes"] = 0
    data["expenses"][0]["amount_cents"] = -5
    data["travel_minutes"][0]["minutes"] = -1
    data["beneficiaries"][0]["requirements"][0]["minutes"] = -30
    found = "\n".join(problems_of(store, data))
    for path in ("meetings[0].minutes", "meeting_types[0].minutes", "expenses[0].amount_cents",
                 "travel_minutes[0].minutes", "beneficiaries[0].requirements[0].minutes"):
        assert f"{path} :" in found


def test_bad_phone_and_email_are_refused_french_numbers_normalised(store: Store) -> None:
    data = doc()
    data["beneficiaries"][0]["phone"] = "06 12"
    data["professionals"][0]["email"] = "anne.durand@"
    found = problems_of(store, data)
    assert "beneficiaries[0].phone : numéro de téléphone invalide « 06 12 »" in found
    assert "professionals[0].email : adresse e-mail invalide « anne.durand@ »" in found
    data = doc()
    data["beneficiaries"][0]["phone"] = "06.98.76.54.32"
    load_data(store, data)
    assert dump(store)["beneficiaries"][0]["phone"] == "+33698765432"


def test_every_problem_is_listed_and_nothing_is_written(store: Store, counts: Counts) -> None:
    load_data(store, doc())
    before = counts(store)
    data = doc()
    data["beneficiaries"][0]["first_name"] = "Changé"        # valid change, must not be written
    data["beneficiaries"][1]["email"] = "pas-un-mail"
    data["meetings"][0]["start"] = "2026-10-05T09:00:00"      # no offset
    data["meetings"][0]["status"] = "done"
    data["sites"][1]["rate_coefficient"] = 1.2                # not a string
    data["attachments"][0]["sha256"] = "a" * 64               # does not match the content
    data["regions"][0]["id"] = "x" * 65
    found = problems_of(store, data)
    assert len(found) >= 6
    assert counts(store) == before
    assert dump(store)["beneficiaries"][0]["first_name"] == "Marc"


def test_attachment_must_match_its_sha256(store: Store) -> None:
    data = doc()
    data["attachments"][0]["content_base64"] = "aGVsbG8="
    found = problems_of(store, data)
    assert any(p.startswith("attachments[0].sha256 :") and "ne correspond pas" in p for p in found), found


def test_cross_field_checks(store: Store) -> None:
    data = doc()
    data["meeting_types"][0]["min_participants"] = 3
    data["beneficiaries"][0]["measure_end"] = "2025-01-01"
    data["beneficiaries"][1]["forbidden_with"] = ["B2"]
    data["meetings"][0]["attendance"] = {"B2": "present"}
    data["meetings"][0]["start"] = "2026-10-05T23:30:00+02:00"
    data["format"] = "sosdesk-data/2"
    found = "\n".join(problems_of(store, data))
    for path in ("meeting_types[0].max_participants", "beneficiaries[0].measure_end",
                 "beneficiaries[1].forbidden_with", "meetings[0].attendance.B2", "meetings[0].minutes",
                 "format"):
        assert f"{path} :" in found


def test_history_breaking_planning_rules_still_loads(store: Store) -> None:
    data = doc()
    clash = dict(data["meetings"][0], id="M2", proof=None, attendance={}, status="planned",
                 professionals_present=None)
    data["meetings"].append(clash)  # double booking of B1 and P1: H1/H2 are for `check`, not `load`
    load_data(store, data)
    assert [x["id"] for x in dump(store)["meetings"]] == ["M1", "M2"]


def test_meeting_extension_fields_are_dumped_only_when_set(store: Store) -> None:
    data = doc()
    data["meetings"].append({"id": "M0", "type": "IND_PSY", "start": "2026-10-05T14:00:00+02:00",
                             "minutes": 60, "site": "S1", "beneficiaries": ["B1"], "fixed": True,
                             "buffer_minutes": 30})
    load_data(store, data)
    meetings = {x["id"]: x for x in dump(store)["meetings"]}
    assert meetings["M0"]["fixed"] is True and meetings["M0"]["buffer_minutes"] == 30
    assert "fixed" not in meetings["M1"] and "buffer_minutes" not in meetings["M1"]


def test_instants_are_dumped_in_paris_time_with_offset(store: Store) -> None:
    data = doc()
    data["meetings"][0]["start"] = "2026-10-05T07:00:00Z"
    load_data(store, data)
    assert dump(store)["meetings"][0]["start"] == "2026-10-05T09:00:00+02:00"


def test_settings_fill_the_settings_row(store: Store) -> None:
    load_data(store, doc())
    load_data(store, {"format": "sosdesk-data/1", "settings": {"invoice_prefix": "ARA"}})
    with store.session() as s:
        row = s.get(m.Setting, "settings")
    assert row is not None and row.data["invoice_prefix"] == "ARA" and row.data["organisation"] == "Association Test"


def test_dump_is_sorted_and_stable(store: Store) -> None:
    data = doc()
    data["beneficiaries"].reverse()
    load_data(store, data)
    first = dumps(dump(store))
    assert [b["id"] for b in json.loads(first)["beneficiaries"]] == ["B1", "B2"]
    assert dumps(dump(store)) == first


# --- extension sections ---------------------------------------------------------------------------


def _dump_tags(session: Session) -> list[dict[str, Any]]:
    row = session.get(m.LocalState, "test_tags")
    return list(row.value) if row is not None else []


def _load_tags(session: Session, items: list[dict[str, Any]], problems: ProblemList) -> None:
    for i, item in enumerate(items):
        if not isinstance(item, dict) or "tag" not in item:
            problems.add(f"tags[{i}]", "tag manquant")
    session.merge(m.LocalState(key="test_tags", value=items))


@pytest.fixture
def tags_section() -> Iterator[None]:
    register_section("tags", _dump_tags, _load_tags)
    yield
    unregister_section("tags")


def test_registered_section_is_loaded_and_dumped(store: Store, tags_section: None) -> None:
    data = doc()
    data["tags"] = [{"tag": "a"}]
    load_data(store, data)
    assert dump(store)["tags"] == [{"tag": "a"}]


def test_registered_section_problems_roll_back_everything(store: Store, counts: Counts,
                                                          tags_section: None) -> None:
    data = doc()
    data["tags"] = [{"tag": "a"}, {"nope": 1}]
    assert problems_of(store, data) == ["tags[1] : tag manquant"]
    assert sum(counts(store).values()) == 0
    assert "tags" not in dump(store)


def test_section_name_must_be_new() -> None:
    with pytest.raises(ValueError):
        register_section("meetings", _dump_tags, _load_tags)
