"""The session report as a PDF (fpdf2, pure Python): the same sections as the HTML report.

Charts are redrawn as simple figures (score lines) and tables of the numbers behind them, since
the SVG charts lean on CSS. A Unicode font is used when the system has DejaVu Sans (Debian's
fonts-dejavu-core, which chromium pulls in); otherwise text is folded to Latin-1 for the core font.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from fpdf import FPDF
from fpdf.fonts import FontFace

from attune.domain import measures
from attune.flows.sharing import SCOPE_WORDS, Report

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
INK, MUTED, ACCENT = (31, 42, 48), (77, 90, 97), (47, 111, 106)


class _Pdf(FPDF):
    unicode_ok = False

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(self.font_family, size=8)
        self.set_text_color(*MUTED)
        self.cell(0, 6, self.safe(f"Attune report · page {self.page_no()} · Information, not a diagnosis."),
                  align="C")

    def safe(self, text: str) -> str:
        if self.unicode_ok:
            return text
        folded = text.replace("→", "->").replace("–", "-").replace("—", "-").replace("·", "-")
        folded = folded.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').replace("…", "...")
        folded = unicodedata.normalize("NFKD", folded)
        return folded.encode("latin-1", "replace").decode("latin-1")


def _new_pdf() -> _Pdf:
    pdf = _Pdf(format="A4")
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(16, 16, 16)
    regular = next((d / "DejaVuSans.ttf" for d in FONT_DIRS if (d / "DejaVuSans.ttf").exists()), None)
    bold = regular.with_name("DejaVuSans-Bold.ttf") if regular else None
    if regular and bold and bold.exists():
        pdf.add_font("DejaVu", "", str(regular))
        pdf.add_font("DejaVu", "B", str(bold))
        pdf.set_font("DejaVu", size=10)
        pdf.unicode_ok = True
    else:
        pdf.set_font("Helvetica", size=10)
    pdf.set_title("Attune report")
    pdf.set_creator("Attune")
    return pdf


def report_pdf(report: Report) -> bytes:
    pdf = _new_pdf()
    pdf.add_page()
    _heading(pdf, f"Between-session report: {report.username}", 16)
    _para(pdf, f"Period: {report.period.label()} · made {report.made_at.strftime('%Y-%m-%d %H:%M')}", MUTED)
    _para(pdf, "Shared by the person with you, who can see each time this is opened. What follows is "
               "information to talk over together, not a diagnosis.", MUTED)
    _para(pdf, "Shared: " + "; ".join(SCOPE_WORDS[s] for s in report.scopes), MUTED)
    if report.summary:
        _heading(pdf, "In brief")
        for sentence in report.summary:
            _para(pdf, f"• {sentence}")
    sections = report.sections
    if "scores" in sections:
        _scores(pdf, sections["scores"])
    if "insights" in sections:
        _insights(pdf, sections["insights"])
    if "practice_log" in sections:
        _practices(pdf, sections["practice_effects"], sections["practice_log"])
    if "checkins" in sections:
        _checkins(pdf, sections["checkins"])
    if "safety_events" in sections:
        _safety(pdf, sections["safety_events"])
    return bytes(pdf.output())


# --- building blocks ------------------------------------------------------------------------------


def _heading(pdf: _Pdf, text: str, size: int = 13) -> None:
    pdf.ln(2)
    pdf.set_font(pdf.font_family, "B", size)
    pdf.set_text_color(*INK)
    pdf.multi_cell(0, size * 0.55, pdf.safe(text), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font(pdf.font_family, "", 10)


def _para(pdf: _Pdf, text: str, colour: tuple[int, int, int] = INK) -> None:
    pdf.set_text_color(*colour)
    pdf.multi_cell(0, 5, pdf.safe(text), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*INK)
    pdf.ln(1)


def _table(pdf: _Pdf, header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[int]) -> None:
    if not rows:
        _para(pdf, "Nothing in this period.", MUTED)
        return
    pdf.set_font(pdf.font_family, "", 9)
    pdf.set_text_color(*INK)
    pdf.set_draw_color(*MUTED)
    headings = FontFace(emphasis="BOLD", fill_color=(232, 238, 236), color=INK)
    with pdf.table(col_widths=tuple(widths), line_height=5, first_row_as_headings=True, headings_style=headings,
                   text_align="LEFT", borders_layout="HORIZONTAL_LINES") as table:
        for values in [header, *rows]:
            row = table.row()
            for value in values:
                row.cell(pdf.safe("" if value is None else str(value)))
    pdf.set_font(pdf.font_family, "", 10)
    pdf.ln(2)


def _day(iso: str) -> str:
    return datetime.fromisoformat(iso).strftime("%Y-%m-%d")


# --- sections -------------------------------------------------------------------------------------


def _scores(pdf: _Pdf, scores: list[dict[str, Any]]) -> None:
    _heading(pdf, "Questionnaire scores")
    by_measure: dict[str, list[dict[str, Any]]] = {}
    for s in scores:
        by_measure.setdefault(s["measure"], []).append(s)
    for name, points in by_measure.items():
        _score_figure(pdf, name, points)
    rows = [[_day(s["created_at"]), s["title"], _score_text(s), s["band"] or "no published bands",
             ", ".join(f"{k} {v}" for k, v in s["subscales"].items())] for s in scores]
    _table(pdf, ["Date", "Measure", "Score", "Range", "Subscales"], rows, [22, 20, 22, 34, 80])


def _score_text(s: dict[str, Any]) -> str:
    if s["percentage"] is not None:
        return f"{s['percentage']}% ({s['score']}/{s['max_score']})"
    return f"{s['score']} / {s['max_score']}"


def _score_figure(pdf: _Pdf, name: str, points: list[dict[str, Any]]) -> None:
    """A small line figure: the score against its full scale, with dashed, labelled band thresholds."""
    m = measures.get_measure(name)
    lo, hi = m.band_scale()
    values = [p["percentage"] if p["percentage"] is not None else p["score"] for p in points]
    if pdf.will_page_break(48):
        pdf.add_page()
    x0, y0, w, h = pdf.l_margin + 10, pdf.get_y() + 6, 128.0, 30.0

    def y_of(value: float) -> float:
        return y0 + h - (value - lo) / ((hi - lo) or 1) * h

    with pdf.local_context(text_color=INK, draw_color=MUTED, fill_color=ACCENT, line_width=0.2):
        pdf.set_font(pdf.font_family, "B", 9)
        pdf.text(pdf.l_margin, y0 - 2, pdf.safe(m.title))
        pdf.set_font(pdf.font_family, "", 7)
        pdf.rect(x0, y0, w, h)
        pdf.text(x0 - 9, y0 + 2, str(hi))
        pdf.text(x0 - 9, y0 + h, str(lo))
        for band in m.bands[1:]:
            with pdf.local_context(dash_pattern={"dash": 1, "gap": 1}):
                pdf.line(x0, y_of(band.min - 0.5), x0 + w, y_of(band.min - 0.5))
            pdf.text(x0 + w + 2, y_of(band.min - 0.5) + 1, pdf.safe(f"{band.label} ({band.min}+)"))
        step = w / max(len(values) - 1, 1)
        coords = [(x0 + (i * step if len(values) > 1 else w / 2), y_of(v)) for i, v in enumerate(values)]
        with pdf.local_context(draw_color=ACCENT, line_width=0.6):
            for (xa, ya), (xb, yb) in zip(coords, coords[1:], strict=False):
                pdf.line(xa, ya, xb, yb)
        for (x, y), v in zip(coords, values, strict=True):
            pdf.circle(x, y, 1.2, style="F")
            pdf.text(x - 2, y - 2, str(v))
        pdf.text(x0, y0 + h + 4, _day(points[0]["created_at"]))
        if len(points) > 1:
            pdf.text(x0 + w - 14, y0 + h + 4, _day(points[-1]["created_at"]))
    pdf.set_y(y0 + h + 7)
    pdf.set_font(pdf.font_family, "", 10)


def _insights(pdf: _Pdf, data: dict[str, Any]) -> None:
    _heading(pdf, "Patterns from check-ins")
    zones = data["zones"]
    _para(pdf, f"{data['checkin_count']} check-ins: {zones.get('within', 0)} within the window, "
               f"{zones.get('hyper', 0)} above it, {zones.get('hypo', 0)} below it.")
    weeks = [[w["week_start"], w["within"], w["above"], w["below"],
              f"{w['low']}–{w['high']}" if w["low"] is not None else "–"] for w in data["window_weeks"]]
    _table(pdf, ["Week of", "Within", "Above", "Below", "Distress range within"], weeks, [30, 22, 22, 22, 62])
    emotions = [[e["emotion"], e["count"]] for e in data["emotions"][:10]]
    _heading(pdf, "Feelings named most", 11)
    _table(pdf, ["Feeling", "Times"], emotions, [80, 30])
    if data["warning_signs"]:
        _heading(pdf, "Body cues noticed with strong feelings", 11)
        signs = [[s["region"].replace("_", " "), s["emotion"], f"{s['together']} of {s['region_count']}"]
                 for s in data["warning_signs"]]
        _table(pdf, ["Body region", "Feeling", "Together"], signs, [50, 50, 40])


def _practices(pdf: _Pdf, effects: list[dict[str, Any]], log: list[dict[str, Any]]) -> None:
    _heading(pdf, "Practices")
    rows = [[e["name"], e["times"], e["mean_before"], e["mean_after"]] for e in effects]
    _table(pdf, ["Practice", "Tries rated", "Distress before (avg)", "After (avg)"], rows, [70, 26, 40, 30])
    _heading(pdf, "Practice log", 11)
    entries = [[_day(p["created_at"]), p["name"], p["distress_before"], p["distress_after"]] for p in log]
    _table(pdf, ["Date", "Practice", "Before", "After"], entries, [26, 90, 24, 24])


def _checkins(pdf: _Pdf, items: list[dict[str, Any]]) -> None:
    _heading(pdf, "Check-ins chosen to share")
    if not items:
        _para(pdf, "None of the chosen check-ins falls in this period.", MUTED)
    for c in items:
        distress = f" · distress {c['distress']}/10" if c["distress"] is not None else ""
        _para(pdf, f"{_day(c['created_at'])}{distress}", MUTED)
        _para(pdf, c["text"])


def _safety(pdf: _Pdf, events: list[dict[str, Any]]) -> None:
    _heading(pdf, "Times the safety steps were shown")
    rows = [[_day(e["created_at"]), "questionnaire" if e["source"] == "questionnaire" else "check-in",
             e["level"], e["category"].replace("_", " ")] for e in events]
    _table(pdf, ["Date", "From", "Level", "About"], rows, [30, 40, 30, 60])
