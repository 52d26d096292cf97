"""Read a spreadsheet (.xlsx first sheet or named sheet, .csv in the encodings and separators French
Excel writes) into a header row and numbered data rows, the numbers the user sees in Excel."""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sosdesk.domain.errors import InputError

HEADER_SCAN_ROWS = 10
# Bounds of a spreadsheet (docs/data-protection.md): a file beyond them is refused before it can
# exhaust memory (one cell at XFD1048576 makes a 5 KB .xlsx a sheet of 17 billion cells).
MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_UNZIPPED_BYTES = 200 * 2 ** 20
CSV_DELIMITERS = (";", ",", "\t")
SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt")


@dataclass
class Table:
    """The header row and the non-empty data rows of one sheet, with their spreadsheet row numbers."""

    source: str
    headers: list[str]
    header_row: int
    rows: list[tuple[int, list[Any]]]
    sheet: str | None = None
    notes: list[str] = field(default_factory=list)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _header_text(value: Any) -> str:
    if _blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _build(source: str, raw: Iterable[tuple[int, list[Any]]], is_header: Callable[[str], bool],
           sheet: str | None = None) -> Table:
    """Pick the header row (the first of the first rows naming two known columns, else the first
    non-empty row) and keep the non-empty rows below it, cells aligned on the headers."""
    rows = [(n, cells) for n, cells in raw if not all(_blank(c) for c in cells)]
    if not rows:
        raise InputError(f"{source} ne contient aucune ligne", "")
    header_at = 0
    for k, (_n, cells) in enumerate(rows[:HEADER_SCAN_ROWS]):
        if sum(is_header(_header_text(c)) for c in cells) >= 2:
            header_at = k
            break
    number, header_cells = rows[header_at]
    headers = [_header_text(c) for c in header_cells]
    width = len(headers)
    body: list[tuple[int, list[Any]]] = []
    notes: list[str] = []
    for n, cells in rows[header_at + 1:]:
        extra = cells[width:]
        if any(not _blank(c) for c in extra):
            notes.append(f"ligne {n} : des valeurs hors des colonnes titrées sont ignorées")
        body.append((n, (list(cells) + [None] * width)[:width]))
    return Table(source, headers, number, body, sheet, notes)


# --- xlsx -----------------------------------------------------------------------------------------


def _check_zip(path: Path) -> None:
    """Refuse a workbook whose parts would unzip to more than MAX_UNZIPPED_BYTES (zip bomb)."""
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(f"{path.name} n'est pas un classeur Excel .xlsx lisible ({exc})") from None
    if total > MAX_UNZIPPED_BYTES:
        raise InputError(f"{path.name} est trop volumineux une fois décompressé ({total // 2 ** 20} Mo, "
                         f"{MAX_UNZIPPED_BYTES // 2 ** 20} Mo au plus)")


def _bounded_rows(path: Path, rows: Iterable[tuple[Any, ...]]) -> list[tuple[int, list[Any]]]:
    """The rows, refused past MAX_ROWS rows or with a value past MAX_COLUMNS columns."""
    out: list[tuple[int, list[Any]]] = []
    for n, values in enumerate(rows, start=1):
        if n > MAX_ROWS:
            raise InputError(f"{path.name} : plus de {MAX_ROWS} lignes (cellule utilisée au-delà de la "
                             f"ligne {MAX_ROWS}) : découpez le fichier")
        cells = list(values)
        if len(cells) > MAX_COLUMNS:
            if any(not _blank(c) for c in cells[MAX_COLUMNS:]):
                raise InputError(f"{path.name} : ligne {n}, une valeur au-delà de la colonne {MAX_COLUMNS} : "
                                 "fichier refusé")
            del cells[MAX_COLUMNS:]
        out.append((n, cells))
    return out


def read_xlsx(path: Path, is_header: Callable[[str], bool], sheet: str | None = None) -> Table:
    import openpyxl
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
        raise InputError("lecture .xlsx impossible sans protection XML (installez defusedxml)")
    _check_zip(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and data validation it skips
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise InputError(f"{path.name} n'est pas un classeur Excel .xlsx lisible ({exc})") from None
    try:
        names = list(book.sheetnames)
        if sheet is None:
            chosen = names[0]
        else:
            matches = [n for n in names if n == sheet] or [n for n in names if n.casefold() == sheet.casefold()]
            if not matches:
                raise InputError(f"feuille « {sheet} » absente de {path.name} (feuilles : {', '.join(names)})",
                                 "--sheet")
            chosen = matches[0]
        ws = book[chosen]
        if hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()  # never trust the declared size: rows are as long as their cells
        raw = _bounded_rows(path, ws.iter_rows(values_only=True))
    except (ValueError, KeyError, zipfile.BadZipFile, SyntaxError, MemoryError) as exc:
        # defusedxml refuses entities (billion laughs, XXE) with a ValueError; ParseError is a
        # SyntaxError; MemoryError should not happen within the bounds but is never a traceback.
        raise InputError(f"{path.name} n'est pas un classeur Excel .xlsx lisible sans danger "
                         f"({exc.__class__.__name__})") from None
    finally:
        book.close()
    return _build(path.name, raw, is_header, chosen)


# --- csv ------------------------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding used: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    """The separator whose count is the same on most of the first lines (a decimal comma in a
    ``;`` file varies from line to line, the real separator does not)."""
    lines = [ln for ln in text.splitlines() if ln.strip()][:HEADER_SCAN_ROWS * 2]
    best, best_score = ",", (0, 0)
    for delim in CSV_DELIMITERS:
        counts = [len(row) - 1 for row in csv.reader(lines, delimiter=delim)]
        positive = [c for c in counts if c > 0]
        if not positive:
            continue
        mode = max(set(positive), key=lambda c: (positive.count(c), c))
        score = (positive.count(mode), mode)
        if score > best_score:
            best, best_score = delim, score
    return best


def read_csv(path: Path, is_header: Callable[[str], bool]) -> Table:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path.name} ne peut pas être lu ({exc.strerror or exc})") from None
    text, encoding = decode(data)
    delim = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    try:
        raw = [(n, list(cells)) for n, cells in enumerate(reader, start=1)]
    except csv.Error as exc:
        raise InputError(f"{path.name} : CSV illisible ({exc})") from None
    table = _build(path.name, raw, is_header)
    if encoding in ("cp1252", "latin-1"):
        table.notes.append(f"{path.name} n'est pas en UTF-8 : lu comme Windows-1252 (export Excel)")
    return table


def read_table(path: Path, is_header: Callable[[str], bool], sheet: str | None = None) -> Table:
    """Read ``path`` (.xlsx / .xlsm or .csv / .txt)."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path, is_header, sheet)
    if suffix in (".csv", ".txt"):
        table = read_csv(path, is_header)
        if sheet is not None:
            table.notes.append("--sheet ne s'applique pas à un fichier CSV : ignoré")
        return table
    if suffix in (".xls", ".ods"):
        raise InputError(f"{path.name} : format {suffix} non pris en charge ; enregistrez-le en .xlsx ou .csv")
    raise InputError(f"{path.name} : extension inconnue (attendu {', '.join(SUFFIXES)})")
