"""The planning page's broken rules: select the meetings of the week's i-th broken rule, switching
to a view that shows them, and say what is wrong. A base class of ``PlanningPage`` (its text is
translated in the page's context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sosdesk.ui.calendar import resources as whose
from sosdesk.ui.calendar.layout import BENEFICIARY, PROFESSIONALS, SITE
from sosdesk.ui.calendar.page_views import PeriodViews
from sosdesk.ui.calendar.view import WeekView

MAX_SIDE_BY_SIDE = whose.MAX_SIDE_BY_SIDE


class BrokenRules(PeriodViews):
    """Showing a broken rule of the week (the rules button's menu, the banner)."""

    view: WeekView

    def show_message(self, text: str, error: bool = False) -> None:
        raise NotImplementedError

    # -- broken rules ------------------------------------------------------------------------------
    def show_violation(self, i: int) -> None:
        """Select the meetings of the week's i-th broken rule (switching to a view that shows them)
        and say what is wrong in the banner."""
        if not 0 <= i < len(self.data.violations):
            return
        v = self.data.violations[i]
        ids = [mid for mid in v.meetings if mid in self.data.meetings]
        if ids and not any(self.scene().items_by_id.get(mid) for mid in ids):
            self._view_showing(ids, v.people)
        self.scene().select_ids(ids)
        item = next((self.scene().item_for(mid) for mid in ids if self.scene().item_for(mid)), None)
        if item is not None:
            self.view.ensureVisible(item, 40, 40)
        self.show_message(QCoreApplication.translate("PlanningPage", "Règle {0}/{1} : {2}").format(i + 1, len(self.data.violations), v.message),
                          error=True)

    def _view_showing(self, ids: list[str], people: tuple[str, ...]) -> None:
        meetings = [self.data.meetings[mid].meeting for mid in ids]
        pros = list(dict.fromkeys(p for mt in meetings for p in mt.professionals))
        if pros:
            self.set_view(PROFESSIONALS, tuple(pros[:MAX_SIDE_BY_SIDE]))
            return
        bens = [b for b in people if b in self.data.problem.beneficiaries] or [
            b for mt in meetings for b in mt.beneficiaries]
        if bens:
            self.set_view(BENEFICIARY, (bens[0],))
        else:
            self.set_view(SITE, (meetings[0].site,))
