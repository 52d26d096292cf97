"""A report as a printable PDF: title, key figures, charts (reportlab graphics) and tables, landscape A4."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from sosdesk.domain.report_view import Chart, ReportTable, ReportView, cell_text
from sosdesk.domain.vocabulary import format_decimal
from sosdesk.printing.style import (
    FONT_BOLD,
    FONT_REGULAR,
    GRID,
    HEADER_FILL,
    INK,
    MARGIN,
    MUTED,
    build_doc,
    page_size,
    paragraph,
    styles,
    table_style,
)

PALETTE = tuple(colors.HexColor(c) for c in ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
                                             "#b07aa1", "#9c755f"))
MAX_ROWS = 300  # a printed table stops here; the CSV/XLSX exports hold every row


def _axis_format(unit: str) -> Callable[[float], str]:
    def fmt(value: float) -> str:
        return format_decimal(Decimal(str(round(value, 1))))
    return fmt


def chart_drawing(chart: Chart, width: float, height: float = 68 * mm) -> Drawing:
    """A grouped/stacked bar or line chart with a legend on the right, in the house fonts and palette."""
    d = Drawing(width, height)
    d.add(String(0, height - 10, chart.title, fontName=FONT_BOLD, fontSize=9, fillColor=INK))
    legend_w = 40 * mm
    plot_w = width - legend_w - 18 * mm
    data = [list(s.values) or [0.0] for s in chart.series] or [[0.0]]
    top = max([v for s in data for v in s] + [0.0])
    if chart.kind == "stacked":
        top = max([sum(s[i] for s in data if i < len(s)) for i in range(max(len(s) for s in data))] + [0.0])
    plot: VerticalBarChart | HorizontalLineChart
    plot = HorizontalLineChart() if chart.kind == "line" else VerticalBarChart()
    plot.x, plot.y = 14 * mm, 12 * mm
    plot.width, plot.height = plot_w, height - 26 * mm
    plot.data = data
    plot.categoryAxis.categoryNames = list(chart.categories) or [""]
    plot.categoryAxis.labels.fontName = FONT_REGULAR
    plot.categoryAxis.labels.fontSize = 7
    plot.categoryAxis.strokeColor = GRID
    longest = max((len(c) for c in chart.categories), default=0)
    if len(chart.categories) > 12 or longest * len(chart.categories) * 4.2 > plot_w:
        plot.categoryAxis.labels.angle = 30
        plot.categoryAxis.labels.boxAnchor = "ne"
        plot.y += 6 * mm
        plot.height -= 6 * mm
    plot.valueAxis.valueMin = 0
    plot.valueAxis.valueMax = top * 1.1 if top > 0 else 1
    if chart.kind == "line" and chart.unit == "%":
        plot.valueAxis.valueMax = max(100.0, top * 1.1)  # coverage reads against 100 %
    plot.valueAxis.labels.fontName = FONT_REGULAR
    plot.valueAxis.labels.fontSize = 7
    plot.valueAxis.labelTextFormat = _axis_format(chart.unit)
    plot.valueAxis.strokeColor = GRID
    plot.valueAxis.visibleGrid = True
    plot.valueAxis.gridStrokeColor = colors.HexColor("#e6e8eb")
    plot.valueAxis.gridStrokeWidth = 0.4
    if isinstance(plot, VerticalBarChart):
        plot.groupSpacing = 6
        plot.barSpacing = 0.5
        plot.bars.strokeWidth = 0
        plot.bars.strokeColor = None
        if chart.kind == "stacked":
            plot.categoryAxis.style = "stacked"
    for i in range(len(data)):
        if isinstance(plot, VerticalBarChart):
            plot.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        else:
            plot.lines[i].strokeColor = PALETTE[i % len(PALETTE)]
            plot.lines[i].strokeWidth = 1.6
    d.add(plot)
    d.add(String(0, height - 20, chart.unit, fontName=FONT_REGULAR, fontSize=7, fillColor=MUTED))
    legend = Legend()
    legend.x, legend.y = width - legend_w + 4 * mm, height - 22
    legend.fontName, legend.fontSize = FONT_REGULAR, 7.5
    legend.alignment = "right"
    legend.dx = legend.dy = 7
    legend.deltay = 11
    legend.columnMaximum = 12  # one column: a second would spill over the neighbouring chart
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], s.name) for i, s in enumerate(chart.series)]
    d.add(legend)
    return d


def _highlights(report: ReportView, width: float) -> Flowable:
    cells = [[paragraph(f'<font size="7.5" color="#6a737d">{escape(label)}</font><br/>'
                        f'<font size="11.5"><b>{escape(value)}</b></font>', "body") for label, value in report.highlights]]
    n = max(len(report.highlights), 1)
    t = Table(cells, colWidths=[width / n] * n)
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.4, GRID), ("INNERGRID", (0, 0), (-1, -1), 0.4, GRID),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f6f8fa")),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    return t


def _weight(t: ReportTable, col: int) -> float:
    """A column's share of the width: its longest header word or typical cell, within bounds."""
    word = max((len(w) for w in t.headers[col].split()), default=4)
    cells = sorted(len(cell_text(r[col])) for r in t.rows[:200]) or [4]
    typical = cells[int(len(cells) * 0.9) - 1 if len(cells) > 1 else 0]
    if col in t.numeric:
        return float(max(word * 1.3 + 4, typical + 2, 8))
    return float(min(max(word + 1, typical + 1, 6), 26))


def _table(t: ReportTable, width: float) -> list[Flowable]:
    st = styles()
    head = [paragraph(escape(h), "cell_bold") for h in t.headers]
    rows: list[list[object]] = [head]
    for row in t.rows[:MAX_ROWS]:
        rows.append([paragraph(escape(cell_text(v)), "cell_right" if i in t.numeric else "cell")
                     for i, v in enumerate(row)])
    if not t.rows:
        rows.append([paragraph("Aucune donnée pour cette période.", "muted")] + [""] * (len(t.headers) - 1))
    weights = [_weight(t, i) for i in range(len(t.headers))]
    total = sum(weights)
    grid = Table(rows, colWidths=[width * w / total for w in weights], repeatRows=1)
    style = table_style(1, True, sorted(t.numeric))
    if not t.rows:
        style.add("SPAN", (0, 1), (-1, 1))
    grid.setStyle(style)
    out: list[Flowable] = [CondPageBreak(40 * mm), paragraph(escape(t.title), "heading"), grid]
    if len(t.rows) > MAX_ROWS:
        out.append(paragraph(f"… {len(t.rows) - MAX_ROWS} lignes de plus dans l'export CSV ou XLSX.", "muted"))
    del st
    return out


def render_report_pdf(report: ReportView, out: str | Path | BytesIO, printed_at: datetime | None = None) -> None:
    width = page_size(landscape=True)[0] - 2 * MARGIN
    story: list[Flowable] = [
        paragraph(escape(report.title), "title"),
        paragraph(f"{escape(report.period)} — {escape(report.scope)}", "muted"),
        Spacer(1, 4 * mm), _highlights(report, width), Spacer(1, 5 * mm)]
    charts = [chart_drawing(c, width / 2 - 3 * mm) for c in report.charts]
    for i in range(0, len(charts), 2):
        pair = charts[i:i + 2]
        row = Table([pair + [""] * (2 - len(pair))], colWidths=[width / 2] * 2)
        row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story += [KeepTogether([row]), Spacer(1, 3 * mm)]
    for t in report.tables:
        story += _table(t, width)
    if report.notes:
        story += [Spacer(1, 4 * mm), paragraph("Définitions", "heading")]
        story += [paragraph(escape(n), "small") for n in report.notes]
    build_doc(out, story, title=f"{report.title} — {report.period}", landscape=True, printed_at=printed_at)


__all__ = ["HEADER_FILL", "MAX_ROWS", "cell_text", "chart_drawing", "render_report_pdf"]
