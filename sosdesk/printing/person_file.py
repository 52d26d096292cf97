"""The readable (PDF) version of a person's file, built from the sosdesk-person/1 record alone."""

from __future__ import annotations

from datetime import date, datetime
from io import BytesIO
from typing import Any

from reportlab.lib.units import mm

from sosdesk.domain.timegrid import utc_to_local
from sosdesk.domain.vocabulary import (
    ATTENDANCE_LABELS,
    MEETING_STATUS_LABELS,
    day_text,
    day_time_text,
    duration,
)
from sosdesk.printing.directory import esc
from sosdesk.printing.style import build_doc, paragraph, table

PERSON_FIELDS = (("last_name", "Nom"), ("first_name", "Prénom"), ("birth_date", "Date de naissance"),
                 ("measure", "Mesure"), ("measure_start", "Début de la mesure"),
                 ("measure_end", "Fin de la mesure"), ("phone", "Téléphone"), ("email", "E-mail"),
                 ("sms_consent", "Accord pour les SMS"), ("email_consent", "Accord pour les e-mails"),
                 ("purged_at", "Effacé le"))
ACCESS_LABELS = {"export": "export du dossier", "open": "fiche ouverte", "print": "document imprimé"}


def _value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, str) and len(value) == 10 and value[4] == "-":
        try:
            return day_text(date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def _when(text: str | None) -> str:
    return day_time_text(utc_to_local(datetime.fromisoformat(text))) if text else "—"


def _cell(text: object) -> Any:
    return paragraph(esc(text), "cell")


def person_file_pdf(record: dict[str, Any]) -> bytes:
    """A4 pages: identity, meetings with attendance, absences, reminders, invoices, attachments,
    change history and access log."""
    person = record["person"]
    name = f"{person.get('first_name', '')} {person.get('last_name', '')}".strip() or person["id"]
    flow: list[Any] = [paragraph(esc(f"Dossier de {name}"), "title"),
                       paragraph(esc(f"Tout ce que le fichier sosdesk contient sur cette personne, extrait le "
                                     f"{_when(record['exported_at'])}."), "muted")]
    rows = [["Rubrique", "Valeur"]] + [[label, _cell(_value(person.get(key)))] for key, label in PERSON_FIELDS]
    rows.append(["Région", _cell(record.get("region_name") or person.get("region_id"))])
    rows.append(["Référent", _cell(record.get("referent_name") or "—")])
    flow += [paragraph("Identité et mesure", "heading"), table(rows, [50 * mm, 125 * mm])]

    flow.append(paragraph(f"Réunions ({len(record['meetings'])})", "heading"))
    if record["meetings"]:
        rows = [["Date", "Durée", "Type", "Lieu", "Statut", "Présence"]]
        for mt in record["meetings"]:
            rows.append([_when(mt["start"]), duration(mt["minutes"]), _cell(mt["type_label"]),
                         _cell(mt["site_name"]), MEETING_STATUS_LABELS.get(mt["status"], mt["status"]),
                         _cell(ATTENDANCE_LABELS.get(mt["attendance"] or "", mt["attendance"] or "—"))])
        flow.append(table(rows, [28 * mm, 16 * mm, 40 * mm, 40 * mm, 18 * mm, 38 * mm]))
    else:
        flow.append(paragraph("Aucune.", "muted"))

    sections = (
        ("Indisponibilités", record["unavailabilities"], ["Du", "Au", "Motif"],
         lambda a: [_value(a["first_date"]), _value(a["last_date"]), _cell(a["reason"] or "—")]),
        ("Rappels envoyés ou prévus", record["reminders"], ["Prévu le", "Canal", "État", "Destinataire"],
         lambda r: [_when(r["due_at"]), r["channel"], r["state"], _cell(r["recipient"])]),
        ("Factures", record["invoices"], ["Numéro", "Mois", "Statut", "Réunions facturées"],
         lambda i: [i["number"] or "—", i["month"], i["status"], str(len(i["meetings"]))]),
        ("Pièces jointes", record["attachments"], ["Objet", "Fichier", "SHA-256"],
         lambda a: [_cell(a["for"]), _cell(a["filename"] or "—"), paragraph(esc(a["sha256"]), "small")]),
        ("Historique des modifications", record["change_log"], ["Date", "Par", "Action", "Champs"],
         lambda e: [_when(e["at"]), _cell(e["user"] or "—"), e["action"],
                    _cell(", ".join(sorted(e.get("changes") or e.get("fields") or [])))]),
        ("Journal des accès", record["access_log"], ["Date", "Par", "Accès", "Motif"],
         lambda a: [_when(a["at"]), _cell(a["user_name"] or a["user"]),
                    ACCESS_LABELS.get(a["action"], a["action"]), _cell(a["reason"] or "—")]),
    )
    for title, items, header, row in sections:
        flow.append(paragraph(f"{title} ({len(items)})", "heading"))
        flow.append(table([header] + [row(i) for i in items]) if items else paragraph("Aucune.", "muted"))
    out = BytesIO()
    build_doc(out, flow, f"Dossier de {name}")
    return out.getvalue()
