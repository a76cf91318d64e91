"""Render the app icons (PNG) from their SVG sources with the same chromium the browser tests use.

    python scripts/make_icons.py

Writes src/attune/web/static/icons/icon-192.png, icon-512.png and maskable-512.png.
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import sync_playwright

ICONS = Path(__file__).resolve().parent.parent / "src" / "attune" / "web" / "static" / "icons"
OUTPUTS = (
    ("icon.svg", "icon-192.png", 192), ("icon.svg", "icon-512.png", 512), ("maskable.svg", "maskable-512.png", 512),
)


def main() -> None:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"], headless=True)
        for source, target, size in OUTPUTS:
            page = browser.new_page(viewport={"width": size, "height": size})
            svg = (ICONS / source).read_text(encoding="utf-8")
            svg = svg.replace("<svg ", f'<svg width="{size}" height="{size}" ', 1)
            page.set_content(f"<html><body style='margin:0;background:transparent'>{svg}</body></html>")
            page.screenshot(path=str(ICONS / target), omit_background=True,
                            clip={"x": 0, "y": 0, "width": size, "height": size})
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
