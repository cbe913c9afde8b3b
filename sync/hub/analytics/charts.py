"""Server-made SVG charts (no script, no CDN): bars with labels, and sparklines."""
from __future__ import annotations

from html import escape


def bar_chart(title: str, bars: list[tuple[str, float]], *, unit: str = "", width: int = 560,
              fmt: str = "{:.0%}") -> str:
    """Horizontal bars, one a row, labelled with their value."""
    # the label column fits the longest label (12 px sans: ~6.5 px a character), within 40 % of the width
    row = 22
    label_w = min(width * 2 // 5, max(60, 12 + round(6.5 * max((len(label) for label, _ in bars), default=0))))
    height = row * len(bars) + 30
    top = max((v for _, v in bars), default=0) or 1
    parts = [f"<svg xmlns='http://www.w3.org/2000/svg' role=img aria-label='{escape(title)}' width='{width}' "
             f"height='{height}' viewBox='0 0 {width} {height}' class=chart><title>{escape(title)}</title>"
             f"<text x='8' y='14' font-size=13 font-weight=bold>{escape(title)}</text>"]
    for i, (label, value) in enumerate(bars):
        y = 20 + i * row
        w = (width - label_w - 70) * value / top
        fits = int((label_w - 12) / 6.5)
        shown = label if len(label) <= fits else label[:max(1, fits - 1)] + "…"
        parts.append(f"<text x='{label_w - 6}' y='{y + 14}' text-anchor=end font-size=12><title>{escape(label)}</title>"
                     f"{escape(shown)}</text>"
                     f"<rect x='{label_w}' y='{y + 3}' width='{w:.1f}' height='15' fill='#3b6ea5'/>"
                     f"<text x='{label_w + w + 4:.1f}' y='{y + 14}' font-size=12>{escape(fmt.format(value))}{unit}</text>")
    parts.append("</svg>")
    return "".join(parts)


def sparkline(values: list[float], *, width: int = 120, height: int = 24, title: str = "") -> str:
    """A small line of the values (oldest left), scaled to its own maximum."""
    if not values:
        return ""
    top = max(values) or 1
    step = width / max(1, len(values) - 1)
    points = " ".join(f"{i * step:.1f},{height - 2 - (height - 4) * v / top:.1f}" for i, v in enumerate(values))
    return (f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' viewBox='0 0 {width} {height}' "
            f"role=img aria-label='{escape(title)}' class=spark><title>{escape(title)}</title>"
            f"<polyline fill=none stroke='#3b6ea5' stroke-width=1.5 points='{points}'/></svg>")
