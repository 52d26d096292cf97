"""A report ``Chart`` drawn with QtCharts (docs/decisions.md): grouped or stacked bars, or lines."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from sosdesk.domain.report_view import Chart

# The same palette as the printed charts (printing/report_pdf.py) so screen and paper match.
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#9c755f")


def nice_max(value: float) -> float:
    """A round axis top just above ``value`` (1, 2, 2.5, 5 × 10ⁿ)."""
    if value <= 0:
        return 1.0
    magnitude = 10 ** len(str(int(value))) / 10
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= value * 1.05:
            return step * magnitude
    return 10 * magnitude


class ReportChartView(QChartView):
    """Shows one chart; ``set_chart`` replaces its series (axes rebuilt each time)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.spec: Chart | None = None

    def series_count(self) -> int:
        return len(self.chart().series())

    def set_chart(self, spec: Chart) -> None:
        self.spec = spec
        chart = QChart()
        chart.setTitle(spec.title)
        title_font = QFont(chart.titleFont())
        title_font.setPointSizeF(10.5)
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setBackgroundRoundness(4)
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        categories = list(spec.categories)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories or [""])
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%.0f")
        axis_y.setTitleText(spec.unit)
        axis_y.setGridLineColor(QColor("#e6e8eb"))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        top = 0.0
        if spec.kind == "line":
            for i, s in enumerate(spec.series):
                line = QLineSeries()
                line.setName(s.name)
                for x, v in enumerate(s.values):
                    line.append(float(x), float(v))
                pen = QPen(QColor(PALETTE[i % len(PALETTE)]))
                pen.setWidthF(2.2 if i == 0 else 1.4)
                if i:
                    pen.setStyle(Qt.PenStyle.DashLine)
                line.setPen(pen)
                chart.addSeries(line)
                line.attachAxis(axis_x)
                line.attachAxis(axis_y)
                top = max([top, *s.values])
        else:
            bars = QStackedBarSeries() if spec.kind == "stacked" else QBarSeries()
            for i, s in enumerate(spec.series):
                bar_set = QBarSet(s.name)
                bar_set.append([float(v) for v in s.values])
                bar_set.setColor(QColor(PALETTE[i % len(PALETTE)]))
                bar_set.setBorderColor(QColor(PALETTE[i % len(PALETTE)]))
                bars.append(bar_set)
            if spec.kind == "stacked":
                n = max((len(s.values) for s in spec.series), default=0)
                top = max([0.0] + [sum(s.values[j] for s in spec.series if j < len(s.values)) for j in range(n)])
            else:
                top = max([0.0] + [v for s in spec.series for v in s.values])
            if spec.series:
                chart.addSeries(bars)
                bars.attachAxis(axis_x)
                bars.attachAxis(axis_y)
        axis_y.setRange(0, max(100.0, nice_max(top)) if spec.kind == "line" and spec.unit == "%" else nice_max(top))
        axis_y.setTickCount(6)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
