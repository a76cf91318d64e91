"""A tiny SVG writer for the server-side charts: every attribute and text node is escaped here.

No <style> or <script> inside the SVG: the page's stylesheet styles the classes (so a strict
Content-Security-Policy holds and light/dark themes apply), and presentation attributes with
`currentColor` keep the chart readable even without that stylesheet.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape

SVG_NS = "http://www.w3.org/2000/svg"
Attrs = Mapping[str, object]


def num(value: float) -> str:
    """Short, stable coordinates: two decimals at most, no trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _attr_value(value: object) -> str:
    if isinstance(value, float):
        return num(value)
    return escape(str(value), quote=True)


def attrs(values: Attrs) -> str:
    """`stroke_width` becomes `stroke-width`; None values are left out."""
    parts = [f' {k.rstrip("_").replace("_", "-")}="{_attr_value(v)}"' for k, v in values.items() if v is not None]
    return "".join(parts)


def el(tag: str, values: Attrs | None = None, children: str | Iterable[str] = "") -> str:
    inner = children if isinstance(children, str) else "".join(children)
    opening = f"<{tag}{attrs(values or {})}"
    return f"{opening}/>" if not inner else f"{opening}>{inner}</{tag}>"


def text(x: float, y: float, content: str, cls: str = "chart-label", anchor: str = "start", **extra: object) -> str:
    values: dict[str, object] = {
        "x": float(x),
        "y": float(y),
        "class": cls,
        "text_anchor": anchor,
        "fill": "currentColor",
        "font_size": 12,
    }
    values.update(extra)
    return el("text", values, escape(content, quote=False))


def tooltip(content: str) -> str:
    """A <title> child: sighted mouse users get the exact value on hover."""
    return el("title", None, escape(content, quote=False))


def document(chart_id: str, title: str, summary: str, width: int, height: int, body: Iterable[str]) -> str:
    """The outer <svg>: role=img, labelled by its own <title> and described by the summary."""
    title_id, desc_id = f"{chart_id}-title", f"{chart_id}-desc"
    head = el("title", {"id": title_id}, escape(title, quote=False)) + el(
        "desc", {"id": desc_id}, escape(summary, quote=False)
    )
    values = {
        "xmlns": SVG_NS,
        "id": chart_id,
        "class": "chart",
        "viewBox": f"0 0 {width} {height}",
        "role": "img",
        "aria-labelledby": f"{title_id} {desc_id}",
        "font-family": "inherit",
    }
    return f"<svg{_raw_attrs(values)}>{head}{''.join(body)}</svg>"


def _raw_attrs(values: Mapping[str, str]) -> str:
    # Names like viewBox and aria-labelledby must keep their exact spelling.
    return "".join(f' {k}="{escape(v, quote=True)}"' for k, v in values.items())
