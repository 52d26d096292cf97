"""Files in are bounded (issue 16): hostile spreadsheets and JSON are refused with a French exit-2
message and nothing written; imported ids are keyed per file; an unallocated but well-formed phone
number is kept with a warning."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from sosdesk.cli import main
from sosdesk.store import Store, open_store
from sosdesk.store import models as m
from tests.invoicing.invoicing_world import build_world


def _xlsx(path: Path, far_cell: str | None = None) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["Nom", "Prénom", "Téléphone"])
    ws.append(["Dupont", "Léa", "06 12 34 56 78"])
    if far_cell:
        ws[far_cell] = "x"
    book.save(path)
    return path


def _with_sheet_xml(src: Path, dst: Path, doctype: str, cell_text: str) -> Path:
    """Rewrite the first sheet with a DOCTYPE and an inline-string cell (hostile XML)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = (f'<?xml version="1.0" encoding="UTF-8"?>{doctype}'
                        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nom</t></is></c>'
                        '<c r="B1" t="inlineStr"><is><t>Prénom</t></is></c></row>'
                        f'<row r="2"><c r="A2" t="inlineStr"><is><t>{cell_text}</t></is></c>'
                        '<c r="B2" t="inlineStr"><is><t>Léa</t></is></c></row></sheetData></worksheet>'
                        ).encode()
            zout.writestr(item, data)
    return dst


LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
          + "]>")
XXE = '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


@pytest.fixture
def world(tmp_path: Path) -> Store:
    store = build_world(tmp_path / "office.db")
    store.close()
    return store


def _count(db: Path, model: type) -> int:
    store = open_store(db)
    try:
        with store.session() as s:
            return len(list(s.scalars(select(model))))
    finally:
        store.close()


@pytest.mark.parametrize("case", ["far_cell", "laughs", "xxe"])
def test_hostile_spreadsheets_are_refused(world: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          case: str) -> None:
    plain = _xlsx(tmp_path / "plain.xlsx", "XFD1048576" if case == "far_cell" else None)
    path = plain
    if case == "laughs":
        path = _with_sheet_xml(plain, tmp_path / "laughs.xlsx", LAUGHS, "&lol9;")
    elif case == "xxe":
        path = _with_sheet_xml(plain, tmp_path / "xxe.xlsx", XXE, "&xxe;")
    assert path.stat().st_size < 10_000
    before = _count(world.path, m.Beneficiary)
    code = main(["import", "--db", str(world.path), str(path), "--kind", "beneficiaries", "--region", "IDF"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "erreur" in err and "Traceback" not in err and "root:" not in err
    assert _count(world.path, m.Beneficiary) == before


def test_deep_or_huge_json_is_refused(world: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(world.path)
    deep = tmp_path / "deep.json"
    deep.write_text('{"format": "sosdesk-data/1", "settings": {"x": ' + "[" * 100_000 + "]" * 100_000 + "}}",
                    encoding="utf-8")
    assert main(["load", "--db", db, str(deep)]) == 2
    assert "trop imbriqué" in capsys.readouterr().err
    long_name = tmp_path / "long.json"
    long_name.write_text(json.dumps({"format": "sosdesk-data/1", "beneficiaries": [
        {"id": "B9", "region": "IDF", "first_name": "Léa", "last_name": "X" * 5_000_000}]}), encoding="utf-8")
    assert main(["load", "--db", db, str(long_name)]) == 2
    assert "texte trop long" in capsys.readouterr().err
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"format": "sosdesk-data/1", "expenses": [
        {"id": "E9", "region": "IDF", "date": "2026-10-03", "category": "room_rental",
         "amount_cents": 10 ** 18}]}), encoding="utf-8")
    assert main(["load", "--db", db, str(big)]) == 2
    assert "100000000 au plus" in capsys.readouterr().err
    assert _count(world.path, m.Expense) == 0 and _count(world.path, m.Beneficiary) == 4


def test_imported_ids_are_keyed_per_file_and_unknown_ranges_kept(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_text("Nom;Prénom;Date de naissance;Téléphone\nDupont;Léa;1990-04-02;+33700000013\n",
                     encoding="utf-8")
    ids = []
    for name in ("a.db", "b.db"):
        store = build_world(tmp_path / name)
        store.close()
        code = main(["import", "--db", str(tmp_path / name), str(sheet), "--kind", "beneficiaries",
                     "--region", "IDF", "--json"])
        out, err = capsys.readouterr()
        assert code == 0, err
        report = json.loads(out)
        row = report["rows"][0]
        assert any("attribué" in w for w in row["warnings"])
        ids.append(row["id"])
        store = open_store(tmp_path / name)
        with store.session() as s:
            person = s.get(m.Beneficiary, row["id"])
            assert person is not None and person.phone == "+33700000013"
        store.close()
    unkeyed = "B-" + hashlib.sha256(b"dupont|lea|1990-04-02").hexdigest()[:12]
    assert ids[0] != ids[1] and unkeyed not in ids
    bad = tmp_path / "bad.csv"
    bad.write_text("Nom;Prénom;Téléphone\nMartin;Paul;+33 12\n", encoding="utf-8")
    assert main(["import", "--db", str(tmp_path / "a.db"), str(bad), "--kind", "beneficiaries",
                 "--region", "IDF"]) == 2  # only a malformed number refuses its row
    assert "téléphone invalide « +33 12 »" in capsys.readouterr().out
