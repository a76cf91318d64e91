"""Server-side SVG charts of a person's history: no JavaScript, no CDN, readable without colour.

Each chart returns `Chart(svg, summary)`. The summary is a plain-language description that the
page can show as text and that is also inside the SVG (<title>/<desc>, role="img"), so a screen
reader user gets the same story as a sighted one. Zones are told apart by shape and label as
well as colour; all colours come from `currentColor` and CSS classes (see CHART_CSS), so the
page theme decides light or dark. Empty data gives a friendly empty state, never an error.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from attune.domain import insights as ins
from attune.domain.insights import CheckinPoint, PracticePoint, ScorePoint
from attune.domain.measures import Measure, get_measure
from attune.domain.svg import document, el, num, text, tooltip

WIDTH = 640
LEFT, RIGHT, TOP = 48, 20, 16
LABEL_WIDTH = 200  # room for row labels in the bar charts

# Styling hooks for the page stylesheet; elements use fill="currentColor", so setting `color`
# on a class recolours it. Copy into web/static (a <style> inside the SVG would break a strict CSP).
CHART_CSS = """
.chart { width: 100%; height: auto; color: var(--chart-ink, currentColor); }
.chart .chart-grid { stroke-opacity: 0.18; }
.chart .chart-window { color: var(--chart-window, currentColor); }
.chart .zone-hyper { color: var(--zone-hyper, #a3241b); }
.chart .zone-within { color: var(--zone-within, #1b6b3a); }
.chart .zone-hypo { color: var(--zone-hypo, #1d4fc4); }
.chart .chart-bar, .chart .chart-after { color: var(--chart-accent, #3b4cc0); }
.chart .chart-band-line { stroke-opacity: 0.45; }
@media (prefers-color-scheme: dark) {
  .chart .zone-hyper { color: var(--zone-hyper, #ff8f85); }
  .chart .zone-within { color: var(--zone-within, #7fd99a); }
  .chart .zone-hypo { color: var(--zone-hypo, #94b8ff); }
  .chart .chart-bar, .chart .chart-after { color: var(--chart-accent, #a9b4ff); }
}
"""

ZONE_LEGEND: tuple[tuple[str, str], ...] = (
    ("hyper", "Above your window"),
    ("within", "Within your window"),
    ("hypo", "Below your window"),
)


@dataclass(frozen=True)
class Chart:
    svg: str
    summary: str


# --- scales -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Linear:
    lo: float
    hi: float
    start: float  # pixel for lo
    end: float  # pixel for hi

    def __call__(self, value: float) -> float:
        span = (self.hi - self.lo) or 1.0
        return self.start + (value - self.lo) / span * (self.end - self.start)


def _time_scale(moments: Sequence[datetime], start: float, end: float) -> _Linear:
    stamps = [m.timestamp() for m in moments]
    lo, hi = min(stamps), max(stamps)
    if hi - lo < 3600:  # a single day's points still get some room either side
        lo, hi = lo - 43200, hi + 43200
    return _Linear(lo, hi, start, end)


def _at(scale: _Linear, moment: datetime | date, tz: tzinfo | None = None) -> float:
    """Dates (week starts) are placed at midnight in the points' own time zone."""
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time(), tzinfo=tz)
    return scale(moment.timestamp())


# --- shared pieces ------------------------------------------------------------------------------


def _empty(chart_id: str, title: str, summary: str) -> Chart:
    lines = textwrap.wrap(summary, 88)
    body = [text(WIDTH / 2, 30 + 18 * i, line, cls="chart-empty", anchor="middle") for i, line in enumerate(lines)]
    return Chart(document(chart_id, title, summary, WIDTH, 36 + 18 * len(lines), body), summary)


def _y_axis(scale: _Linear, ticks: Sequence[int], left: float, right: float, suffix: str = "") -> list[str]:
    parts = []
    for t in ticks:
        y = scale(t)
        parts.append(
            el(
                "line",
                {
                    "x1": float(left),
                    "x2": float(right),
                    "y1": y,
                    "y2": y,
                    "class": "chart-grid",
                    "stroke": "currentColor",
                    "stroke_opacity": 0.18,
                },
            )
        )
        parts.append(text(left - 6, y + 4, f"{t}{suffix}", cls="chart-axis", anchor="end"))
    return parts


def _time_labels(scale: _Linear, moments: Sequence[datetime], y: float, count: int = 5) -> list[str]:
    lo, hi = min(moments), max(moments)
    show_year = lo.year != hi.year
    steps = max(1, count - 1)
    picks = [lo + (hi - lo) * i / steps for i in range(steps + 1)] if hi > lo else [lo]
    labels = {ins.day_month(p) + (f" {p.year}" if show_year else ""): p for p in picks}
    return [text(_at(scale, p), y, label, cls="chart-axis", anchor="middle") for label, p in labels.items()]


def _marker(zone: str | None, x: float, y: float, label: str) -> str:
    """Shape carries the zone, not only colour: ▲ above, ● within, ▽ below, □ not recorded."""
    if zone == "hyper":
        shape = el(
            "path",
            {
                "d": f"M{num(x)},{num(y - 6)} L{num(x + 5.5)},{num(y + 4)} L{num(x - 5.5)},{num(y + 4)} Z",
                "fill": "currentColor",
            },
            tooltip(label),
        )
    elif zone == "hypo":
        shape = el(
            "path",
            {
                "d": f"M{num(x)},{num(y + 6)} L{num(x + 5.5)},{num(y - 4)} L{num(x - 5.5)},{num(y - 4)} Z",
                "fill": "none",
                "stroke": "currentColor",
                "stroke_width": 1.8,
            },
            tooltip(label),
        )
    elif zone == "within":
        shape = el("circle", {"cx": x, "cy": y, "r": 4.5, "fill": "currentColor"}, tooltip(label))
    else:
        shape = el(
            "rect",
            {"x": x - 4, "y": y - 4, "width": 8, "height": 8, "fill": "none", "stroke": "currentColor"},
            tooltip(label),
        )
    return el("g", {"class": f"zone-{zone or 'unknown'}"}, shape)


def _legend(entries: Sequence[tuple[str, str]], y: float) -> list[str]:
    """Legend entries as (marker svg at origin 0,0, label); laid out left to right."""
    parts, x = [], float(LEFT)
    for marker, label in entries:
        parts.append(el("g", {"transform": f"translate({num(x)},{num(y)})"}, marker))
        parts.append(text(x + 10, y + 4, label, cls="chart-legend"))
        x += 22 + 6.5 * len(label)
    return parts


# --- (a) distress and zone over time, with the person's window by week --------------------------


def distress_chart(checkins: Sequence[CheckinPoint], chart_id: str = "chart-distress") -> Chart:
    """Distress 0-10 over time; each point's shape shows the zone; shading shows the window by week."""
    title = "Distress and your window over time"
    points = sorted((c for c in checkins if c.distress is not None), key=lambda c: c.at)
    if not points:
        return _empty(
            chart_id,
            title,
            "No distress ratings yet. When you rate how you feel from 0 to 10 "
            "as you check in, you'll see here how it moves, and whether your window is widening.",
        )
    height, bottom, top = 306, 242, TOP + 8
    xs = _time_scale([p.at for p in points], LEFT + 8, WIDTH - RIGHT)
    ys = _Linear(0, 10, bottom, top)
    weeks = ins.window_by_week(points)
    body = [
        *_y_axis(ys, range(0, 11, 2), LEFT, WIDTH - RIGHT),
        *_window_bands(weeks, xs, ys, points[0].at.tzinfo),
        *(_marker(p.zone, _at(xs, p.at), ys(p.distress or 0), _point_label(p)) for p in points),
        *_time_labels(xs, [p.at for p in points], bottom + 18),
        text(12, TOP + 4, "Distress", cls="chart-axis", transform=f"rotate(-90 12 {TOP + 4})", anchor="end"),
        *_legend(_distress_legend(points), height - 22),
    ]
    summary = _distress_summary(points, weeks)
    return Chart(document(chart_id, title, summary, WIDTH, height, body), summary)


def _window_bands(weeks: Sequence[ins.WindowWeek], xs: _Linear, ys: _Linear, tz: tzinfo | None) -> list[str]:
    """One shaded block per week spanning the distress range at which the person felt within."""
    bands = []
    for w in weeks:
        if w.low is None or w.high is None:
            continue
        x0 = max(_at(xs, w.week_start, tz), xs.start - 8)
        x1 = min(_at(xs, w.week_start + timedelta(days=7), tz), xs.end)
        top, bottom = ys(w.high + 0.25), ys(w.low - 0.25)
        label = f"Week of {ins.day_month(w.week_start)}: within your window from {w.low} to {w.high}"
        bands.append(
            el(
                "rect",
                {
                    "class": "chart-window",
                    "x": x0,
                    "y": top,
                    "width": max(x1 - x0, 2.0),
                    "height": bottom - top,
                    "fill": "currentColor",
                    "fill_opacity": 0.12,
                },
                tooltip(label),
            )
        )
    return bands


def _point_label(p: CheckinPoint) -> str:
    zone = ins.ZONE_WORDS.get(p.zone or "", "zone not recorded")
    feeling = f", {p.emotion}" if p.emotion else ""
    return f"{ins.day_month(p.at)}: distress {p.distress}, {zone}{feeling}"


def _distress_legend(points: Sequence[CheckinPoint]) -> list[tuple[str, str]]:
    entries = [(_marker(z, 0, 0, label), label) for z, label in ZONE_LEGEND]
    if any(p.zone is None for p in points):
        entries.append((_marker(None, 0, 0, "Zone not recorded"), "Zone not recorded"))
    window = el(
        "rect",
        {
            "class": "chart-window",
            "x": -5,
            "y": -5,
            "width": 10,
            "height": 10,
            "fill": "currentColor",
            "fill_opacity": 0.2,
        },
    )
    return [*entries, (window, "Your window that week")]


def _distress_summary(points: Sequence[CheckinPoint], weeks: Sequence[ins.WindowWeek]) -> str:
    zones = ins.zone_counts(points)
    span = f"from {ins.day_month(points[0].at)} to {ins.day_month(points[-1].at)}"
    head = f"{len(points)} check-ins with a distress rating, {span}."
    if len(points) == 1:
        head = f"One check-in with a distress rating, on {ins.day_month(points[0].at)}."
    parts = [f"{n} {ins.ZONE_WORDS[z]}" for z, n in zones.items() if n]
    zone_text = f" Of these, {_and_list(parts)}." if parts else ""
    return f"{head}{zone_text} {ins.window_trend(weeks).sentence}"


# --- (b) emotions named ---------------------------------------------------------------------------


def emotions_chart(checkins: Sequence[CheckinPoint], chart_id: str = "chart-emotions", limit: int = 12) -> Chart:
    title = "Feelings you've named"
    counts = ins.emotion_counts(checkins)
    summary = ins.emotions_sentence(counts)
    if not counts:
        return _empty(chart_id, title, summary)
    rows = [(c.emotion, c.count, _times_short(c.count)) for c in counts[:limit]]
    return _bar_chart(chart_id, title, summary, rows, max(c.count for c in counts))


def _bar_chart(chart_id: str, title: str, summary: str, rows: Sequence[tuple[str, float, str]], full: float) -> Chart:
    """Horizontal bars with the label on the left and the value written at the end of each bar."""
    row_h, height = 26, TOP * 2 + 26 * len(rows)
    xs = _Linear(0, full or 1, LABEL_WIDTH, WIDTH - RIGHT - 70)
    body = []
    for i, (label, value, value_text) in enumerate(rows):
        y = TOP + i * row_h
        body.append(text(LABEL_WIDTH - 8, y + 16, _clip(label, 29), anchor="end"))
        body.append(
            el(
                "rect",
                {
                    "class": "chart-bar",
                    "x": float(LABEL_WIDTH),
                    "y": y + 5.0,
                    "width": max(xs(value) - LABEL_WIDTH, 2.0),
                    "height": 15.0,
                    "fill": "currentColor",
                    "fill_opacity": 0.8,
                },
                tooltip(f"{label}: {value_text}"),
            )
        )
        body.append(text(xs(value) + 6, y + 16, value_text, cls="chart-value"))
    return Chart(document(chart_id, title, summary, WIDTH, height, body), summary)


# --- (c) which practices helped -------------------------------------------------------------------


def practices_chart(practices: Sequence[PracticePoint], chart_id: str = "chart-practices") -> Chart:
    """Mean distress before (○) and after (●) each practice, joined by a line: a dumbbell per row."""
    title = "How much each practice eased distress"
    effects = ins.practice_effects(practices)
    if not effects:
        return _empty(chart_id, title, ins.practice_sentence(effects))
    row_h = 28
    height = TOP + 24 + row_h * len(effects) + 44
    xs = _Linear(0, 10, LABEL_WIDTH, WIDTH - RIGHT - 80)
    body = [*_x_ticks(xs, TOP + 12, TOP + 24 + row_h * len(effects))]
    for i, e in enumerate(effects):
        body += _dumbbell(e, xs, TOP + 24 + i * row_h + 14)
    before = el("circle", {"r": 4.5, "fill": "none", "stroke": "currentColor", "stroke_width": 1.8})
    after = el("circle", {"class": "chart-after", "r": 4.5, "fill": "currentColor"})
    body += _legend([(before, "Before (average)"), (after, "After (average)")], height - 18)
    summary = _practices_summary(effects)
    return Chart(document(chart_id, title, summary, WIDTH, height, body), summary)


def _x_ticks(xs: _Linear, label_y: float, bottom: float) -> list[str]:
    parts = []
    for t in range(0, 11, 2):
        x = xs(t)
        parts.append(
            el(
                "line",
                {
                    "x1": x,
                    "x2": x,
                    "y1": label_y + 4,
                    "y2": bottom,
                    "class": "chart-grid",
                    "stroke": "currentColor",
                    "stroke_opacity": 0.18,
                },
            )
        )
        parts.append(text(x, label_y, str(t), cls="chart-axis", anchor="middle"))
    return parts


def _dumbbell(e: ins.PracticeEffect, xs: _Linear, y: float) -> list[str]:
    x0, x1 = xs(e.mean_before), xs(e.mean_after)
    label = f"{e.name}: about {ins.about(e.mean_before)} before and {ins.about(e.mean_after)} after, over {e.times}"
    return [
        text(LABEL_WIDTH - 8, y + 4, _clip(f"{e.name} ({e.times}×)", 29), anchor="end"),
        el("line", {"x1": x0, "x2": x1, "y1": y, "y2": y, "stroke": "currentColor", "stroke_width": 2}),
        el(
            "circle",
            {"cx": x0, "cy": y, "r": 4.5, "fill": "none", "stroke": "currentColor", "stroke_width": 1.8},
            tooltip(label),
        ),
        el(
            "circle",
            {"class": "chart-after", "cx": x1, "cy": y, "r": 4.5, "fill": "currentColor"},
            tooltip(label),
        ),
        text(xs(10) + 10, y + 4, f"{ins.about(e.mean_before)} → {ins.about(e.mean_after)}", cls="chart-value"),
    ]


def _practices_summary(effects: Sequence[ins.PracticeEffect]) -> str:
    rows = "; ".join(
        f"{e.name}: about {ins.about(e.mean_before)} before and {ins.about(e.mean_after)} after "
        f"({_times_short(e.times)})"
        for e in effects[:6]
    )
    return f"{ins.practice_sentence(effects)} Average distress out of 10, before and after: {rows}."


# --- (d) body cues that came before strong feelings -----------------------------------------------


def warning_signs_chart(
    checkins: Sequence[CheckinPoint], chart_id: str = "chart-warning-signs", limit: int = 8
) -> Chart:
    """Body region → feeling pairs; each bar is the share of that region's check-ins, with 'n of m'."""
    title = "Body cues that came before strong feelings"
    signs = ins.early_warning_signs(checkins)
    summary = ins.warning_signs_sentence(signs)
    if not signs:
        return _empty(chart_id, title, summary)
    rows = [
        (
            f"{ins.region_words(s.region).capitalize()} → {s.emotion}",
            s.share,
            f"{s.together} of {s.region_count}",
        )
        for s in signs[:limit]
    ]
    return _bar_chart(chart_id, title, summary, rows, 1.0)


# --- (e) questionnaire scores over time -----------------------------------------------------------


def scores_chart(scores: Sequence[ScorePoint], chart_id: str = "chart-scores") -> Chart:
    """One small panel per measure (their scales differ), with published band thresholds dashed."""
    title = "Questionnaire scores over time"
    grouped = ins.scores_by_measure(scores)
    if not grouped:
        return _empty(
            chart_id,
            title,
            "No questionnaires answered yet. When you answer one, your "
            "scores will show here over time, alongside what the ranges usually mean.",
        )
    moments = [s.at for points in grouped.values() for s in points]
    xs = _time_scale(moments, LEFT + 8, WIDTH - RIGHT - 150)
    panel_h = 150
    body: list[str] = []
    for i, (name, points) in enumerate(grouped.items()):
        body += _score_panel(get_measure(name), points, xs, TOP + i * panel_h)
    summary = " ".join(ins.score_change_sentence(c) for c in ins.score_changes(scores))
    return Chart(document(chart_id, title, summary, WIDTH, TOP + panel_h * len(grouped), body), summary)


def _score_panel(m: Measure, points: Sequence[ScorePoint], xs: _Linear, top: float) -> list[str]:
    lo, hi = m.band_scale()
    suffix = "%" if m.percentage_factor else ""
    ys = _Linear(lo, hi, top + 100, top + 18)
    values = [(s.at, ins.display_value(m, s.score)) for s in points]
    coords = [(_at(xs, at), ys(v)) for at, v in values]
    body = [
        text(LEFT - 40, top + 8, m.title, cls="chart-panel-title", font_weight="bold"),
        *_y_axis(ys, (lo, hi), LEFT, xs.end, suffix),
        *_band_lines(m, ys, xs.end),
    ]
    if len(coords) > 1:
        d = " ".join(f"{'M' if i == 0 else 'L'}{num(x)},{num(y)}" for i, (x, y) in enumerate(coords))
        body.append(
            el(
                "path",
                {"class": "chart-line", "d": d, "fill": "none", "stroke": "currentColor", "stroke_width": 2},
            )
        )
    body += [
        el(
            "circle",
            {"class": "chart-point", "cx": x, "cy": y, "r": 4, "fill": "currentColor"},
            tooltip(f"{m.title} on {ins.day_month(at)}: {v}{suffix}"),
        )
        for (x, y), (at, v) in zip(coords, values, strict=True)
    ]
    last_x, last_y = coords[-1]
    body.append(text(last_x, last_y - 8, f"{values[-1][1]}{suffix}", cls="chart-value", anchor="middle"))
    body += _time_labels(xs, [at for at, _ in values], top + 118, count=3)
    return body


def _band_lines(m: Measure, ys: _Linear, right: float) -> list[str]:
    """A dashed line where each band starts, labelled with the band's published name."""
    parts = []
    for band in m.bands[1:]:
        y = ys(band.min - 0.5)
        parts.append(
            el(
                "line",
                {
                    "class": "chart-band-line",
                    "x1": float(LEFT),
                    "x2": right,
                    "y1": y,
                    "y2": y,
                    "stroke": "currentColor",
                    "stroke_dasharray": "4 3",
                    "stroke_opacity": 0.45,
                },
            )
        )
        parts.append(
            text(
                right + 6,
                y + 4,
                _clip(f"{band.label} ({band.min}+)", 27),
                cls="chart-band-label",
                font_size=11,
            )
        )
    return parts


# --- (f) rhythm of check-ins ----------------------------------------------------------------------


def rhythm_chart(checkins: Sequence[CheckinPoint], chart_id: str = "chart-rhythm") -> Chart:
    """Weekday × part-of-day grid; each cell writes its count, and shading only repeats it."""
    title = "When you check in"
    r = ins.rhythm(checkins)
    summary = ins.rhythm_sentence(r)
    if r.total == 0:
        return _empty(chart_id, title, summary)
    cell_w, cell_h, left, top = 110, 28, 110, TOP + 22
    peak = max(max(row) for row in r.grid)
    headers = ("Night (0–6)", "Morning (6–12)", "Afternoon (12–18)", "Evening (18–24)")
    body = [
        text(left + i * cell_w + cell_w / 2, TOP + 10, h, cls="chart-axis", anchor="middle")
        for i, h in enumerate(headers)
    ]
    for d, day in enumerate(ins.WEEKDAYS):
        y = top + d * cell_h
        body.append(text(left - 10, y + 19, day, cls="chart-axis", anchor="end"))
        body += [
            _heat_cell(
                left + p * cell_w,
                y,
                cell_w,
                cell_h,
                r.grid[d][p],
                peak,
                f"{day} {part}s: {_times_short(r.grid[d][p])}",
            )
            for p, part in enumerate(ins.PARTS_OF_DAY)
        ]
    height = top + 7 * cell_h + TOP
    return Chart(document(chart_id, title, summary, WIDTH, height, body), summary)


def _heat_cell(x: float, y: float, w: float, h: float, count: int, peak: int, label: str) -> str:
    # Opacity tops out at 0.35 so the count written on top keeps at least 4.5:1 contrast in both themes.
    level = 0 if count == 0 else 1 + round(3 * count / peak)
    rect = el(
        "rect",
        {
            "class": f"chart-heat heat-{level}",
            "x": x + 1.0,
            "y": y + 1.0,
            "width": w - 2.0,
            "height": h - 2.0,
            "fill": "currentColor",
            "fill_opacity": (0.03, 0.1, 0.18, 0.26, 0.35)[level],
            "rx": 3,
        },
        tooltip(label),
    )
    value = text(x + w / 2, y + h / 2 + 4, str(count), cls="chart-value", anchor="middle") if count else ""
    return rect + value


# --- wording helpers ------------------------------------------------------------------------------


def _clip(label: str, limit: int = 26) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _times_short(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


def _and_list(parts: Sequence[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
