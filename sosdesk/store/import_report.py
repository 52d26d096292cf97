"""The per-row report of a spreadsheet import: what each row became (or why it was refused), in French
lines for people and as JSON for tools."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sosdesk.store.import_columns import KIND_LABELS

STATUSES = ("created", "updated", "unchanged", "error")
_DONE = {"created": "créé", "updated": "mis à jour", "unchanged": "inchangé"}
_TODO = {"created": "à créer", "updated": "à mettre à jour", "unchanged": "inchangé"}


@dataclass
class RowError:
    """One refused value: the column it came from, the interchange field, the French reason."""

    column: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.column} : {self.message}" if self.column else self.message


@dataclass
class RowReport:
    row: int
    status: str = ""
    id: str | None = None
    name: str = ""
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def error(self, column: str, field_name: str, message: str) -> None:
        self.errors.append(RowError(column, field_name, message))

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "status": "error" if self.errors else self.status, "id": self.id,
                "name": self.name, "errors": [vars(e) for e in self.errors], "warnings": list(self.warnings)}


@dataclass
class ImportReport:
    """Every row's outcome; ``written`` is true only when the whole file went in."""

    source: str
    kind: str
    sheet: str | None = None
    header_row: int = 1
    dry_run: bool = False
    written: bool = False
    rows: list[RowReport] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)  # problems not tied to one row

    @property
    def ok(self) -> bool:
        return not self.errors and not any(r.errors for r in self.rows)

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(STATUSES, 0)
        for r in self.rows:
            out["error" if r.errors else r.status] = out.get("error" if r.errors else r.status, 0) + 1
        return out

    def to_json(self) -> dict[str, Any]:
        return {"file": self.source, "kind": self.kind, "sheet": self.sheet, "header_row": self.header_row,
                "dry_run": self.dry_run, "written": self.written, "ok": self.ok, "counts": self.counts(),
                "rows": [r.to_json() for r in self.rows], "errors": [vars(e) for e in self.errors],
                "ignored_columns": list(self.ignored_columns), "warnings": list(self.warnings)}

    def lines(self) -> list[str]:
        """The per-row report: « ligne 7 : créé B-… (Léa Roux) », « ligne 8 : erreur : Téléphone : … »."""
        words = _DONE if self.written else _TODO
        out: list[str] = []
        for r in self.rows:
            if r.errors:
                out.extend(f"ligne {r.row} : erreur : {e}" for e in r.errors)
            else:
                name = f" ({r.name})" if r.name else ""
                out.append(f"ligne {r.row} : {words[r.status]} {r.id}{name}")
            out.extend(f"ligne {r.row} : attention : {w}" for w in r.warnings)
        out.extend(f"erreur : {e}" for e in self.errors)
        return out

    def notes(self) -> list[str]:
        """Warnings and the closing summary (for stderr)."""
        out = [f"attention : {w}" for w in self.warnings]
        if self.ignored_columns:
            out.append(f"attention : colonnes ignorées : {', '.join(self.ignored_columns)}")
        c = self.counts()
        what = KIND_LABELS[self.kind]
        if self.written:
            out.append(f"Import de {self.source} ({what}) : {c['created']} créé(s), {c['updated']} mis à jour, "
                       f"{c['unchanged']} inchangé(s).")
        elif self.ok:
            out.append(f"Essai à blanc de {self.source} ({what}) : {c['created']} à créer, {c['updated']} à "
                       f"mettre à jour, {c['unchanged']} inchangé(s) ; rien n'a été écrit.")
        else:
            bad = c["error"] + (1 if self.errors else 0)
            out.append(f"Import de {self.source} refusé : {bad} ligne(s) en erreur ; rien n'a été écrit.")
        return out
