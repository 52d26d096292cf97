"""The proof viewer driven with real clicks and keys: PDF and images (multi-page TIFF), zoom, pages,
previous/next across an invoice's proofs, missing-only, « Remplacer » (checked) and « Ouvrir avec… »."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from sosdesk.invoicing.day_sheets import attach_day_sheet
from sosdesk.invoicing.drafts import actor_for, regional_draft
from sosdesk.invoicing.proofs import proofs_of
from sosdesk.store import Store
from sosdesk.store.ops_meetings import attach_proof
from tests.invoicing.invoicing_world import NOW, add_expense, add_meeting, build_world
from tests.proof_samples import image_bytes, pdf_bytes

pytest.importorskip("PySide6")
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

from PySide6.QtCore import Qt, QUrl  # noqa: E402

from sosdesk.ui.proofs.viewer import ProofViewer  # noqa: E402


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = build_world(tmp_path / "office.db")
    add_meeting(s, "M1", "2026-10-05T09:00:00+02:00", proof=False)
    add_meeting(s, "M2", "2026-10-06T09:00:00+02:00", proof=False)
    add_meeting(s, "M3", "2026-10-07T09:00:00+02:00", proof=False)   # missing
    add_expense(s, "E1", "2026-10-08", "materials", 3000, receipt=False)  # missing
    attach_proof(s, ["M1"], "m1.pdf", pdf_bytes(3, "Émargement"))
    attach_day_sheet(s, "S1", date(2026, 10, 6), "jour.tif", image_bytes("TIFF", "feuille", frames=2))
    yield s
    s.close()


@pytest.fixture
def viewer(qtbot: object, store: Store) -> ProofViewer:
    inv, _ = regional_draft(store, actor_for(store), "IDF", "2026-10", now=NOW)
    widget = ProofViewer(store)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(900, 900)
    widget.show()
    widget.set_entries(proofs_of(store, inv).entries, reload=lambda: proofs_of(store, inv).entries)
    return widget


def test_pdf_pages_zoom_and_fit_width(viewer: ProofViewer, qtbot: object) -> None:
    assert (viewer.kind, viewer.pages, viewer.position_label.text()) == ("pdf", 3, "1 / 4")
    assert viewer.page_label.text() == "page 1 / 3" and not viewer.page_prev.isEnabled()
    qtbot.mouseClick(viewer.page_next, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert viewer.page == 1 and viewer.pdf_view.pageNavigator().currentPage() == 1
    viewer.pdf_view.setFocus()
    qtbot.keyClick(viewer.pdf_view, Qt.Key.Key_PageDown)  # type: ignore[attr-defined]
    assert viewer.page_label.text() == "page 3 / 3" and not viewer.page_next.isEnabled()
    fit = viewer.effective_zoom()
    qtbot.mouseClick(viewer.zoom_in_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert not viewer.fit_width and viewer.pdf_view.zoomFactor() == pytest.approx(fit * 1.25)
    qtbot.keyClick(viewer.pdf_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    qtbot.keyClick(viewer.pdf_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert viewer.pdf_view.zoomFactor() == pytest.approx(fit / 1.25)
    qtbot.mouseClick(viewer.fit_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert viewer.fit_width and viewer.pdf_view.zoomMode() == viewer.pdf_view.ZoomMode.FitToWidth


def test_next_previous_across_the_months_proofs_and_tiff_pages(viewer: ProofViewer, qtbot: object) -> None:
    qtbot.mouseClick(viewer.next_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert (viewer.kind, viewer.pages, viewer.position_label.text()) == ("image", 2, "2 / 4")
    assert "feuille du jour — jour.tif" in viewer.heading.text() and "06/10/2026 09:00" in viewer.heading.text()
    first = viewer.image_label.pixmap().toImage()
    qtbot.mouseClick(viewer.page_next, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert viewer.page_label.text() == "page 2 / 2" and viewer.image_label.pixmap().toImage() != first
    width = viewer.image_label.pixmap().width()
    qtbot.mouseClick(viewer.zoom_in_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert viewer.image_label.pixmap().width() == pytest.approx(width * 1.25, abs=2)
    qtbot.keyClick(viewer, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # type: ignore[attr-defined]
    assert viewer.kind == "missing" and "Justificatif manquant" in viewer.empty.text()
    assert viewer.attach_button.isVisible() and not viewer.open_button.isEnabled()
    qtbot.keyClick(viewer, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # type: ignore[attr-defined]
    assert viewer.position_label.text() == "4 / 4" and not viewer.next_button.isEnabled()
    assert "Matériel" in viewer.heading.text()
    qtbot.mouseClick(viewer.missing_only, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert viewer.position_label.text() == "2 / 2"  # only the missing ones, still on the expense
    qtbot.mouseClick(viewer.prev_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert "07/10/2026" in viewer.heading.text()


def test_replace_goes_through_the_checked_attach(viewer: ProofViewer, store: Store, tmp_path: Path) -> None:
    assert viewer.show_item("meeting", "M3") and viewer.kind == "missing"
    exe = tmp_path / "scan.pdf"
    exe.write_bytes(b"MZ\x90\x00" + bytes(300))
    assert not viewer.replace_with(exe)
    assert "« scan.pdf » refusé" in viewer.last_error and viewer.kind == "missing"
    png = tmp_path / "m3.png"
    png.write_bytes(image_bytes("PNG", "m3"))
    assert viewer.replace_with(png)
    assert viewer.kind == "image" and "m3.png" in viewer.heading.text()
    assert [e.item_id for e in proofs_of(store, proofs_of(store, _invoice(store)).invoice_id).missing()] == ["E1"]


def _invoice(store: Store) -> str:
    from sosdesk.invoicing.drafts import current_invoice

    with store.session() as s:
        inv = current_invoice(s, "regional", "IDF", "2026-10")
        assert inv is not None
        return inv.id


def test_open_with_hands_the_file_to_the_system(viewer: ProofViewer, qtbot: object) -> None:
    opened: list[QUrl] = []
    viewer.opener = lambda url: opened.append(url) or True
    qtbot.mouseClick(viewer.open_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    (url,) = opened
    path = Path(url.toLocalFile())
    assert path.name == "m1.pdf" and path.read_bytes().startswith(b"%PDF")


def test_dialog_of_one_meeting_shows_its_day_sheet_and_of_one_expense_its_receipt(
        qtbot: object, store: Store, tmp_path: Path) -> None:
    from sosdesk.store.ops_expenses import attach_receipt
    from sosdesk.ui.proofs.dialog import ProofDialog

    meeting = ProofDialog(store, "meeting", "M2")
    qtbot.addWidget(meeting)  # type: ignore[attr-defined]
    assert meeting.viewer.kind == "image" and meeting.viewer.pages == 2
    assert "feuille du jour — jour.tif" in meeting.viewer.heading.text()
    expense = ProofDialog(store, "expense", "E1")
    qtbot.addWidget(expense)  # type: ignore[attr-defined]
    assert expense.viewer.kind == "missing" and expense.viewer.attach_button.isVisibleTo(expense)
    receipt = tmp_path / "recu.jpg"
    receipt.write_bytes(image_bytes("JPEG", "reçu"))
    with qtbot.waitSignal(expense.viewer.changed, timeout=1000):  # type: ignore[attr-defined]
        assert expense.viewer.replace_with(receipt)
    assert expense.viewer.kind == "image" and "recu.jpg" in expense.viewer.heading.text()
    attach_receipt(store, "E1", "autre.pdf", pdf_bytes(2, "autre reçu"))
    again = ProofDialog(store, "expense", "E1")
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    assert (again.viewer.kind, again.viewer.pages) == ("pdf", 2)
