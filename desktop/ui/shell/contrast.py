"""WCAG 2.x contrast: relative luminance, contrast ratio, and colours as style sheets write them.

Used to check the theme's text and background colours (WCAG AA asks 4.5:1 for text and 3:1 for
the outline of a control or the focus indicator; AAA, the high-contrast look, 7:1).
"""

from __future__ import annotations

import re

RGB = tuple[int, int, int]
RGBA = tuple[int, int, int, float]

_NAMED = {"white": (255, 255, 255), "black": (0, 0, 0)}
_RGBA = re.compile(r"rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)")

TEXT_AA = 4.5
NON_TEXT_AA = 3.0
TEXT_AAA = 7.0


def parse_colour(text: str) -> RGBA:
    """'#rrggbb', 'rgba(r, g, b, a)', 'rgb(r, g, b)', 'white', 'black' or 'transparent'."""
    value = text.strip().lower()
    if value == "transparent":
        return (0, 0, 0, 0.0)
    if value in _NAMED:
        return (*_NAMED[value], 1.0)
    if re.fullmatch(r"#[0-9a-f]{6}", value):
        return (int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16), 1.0)
    match = _RGBA.fullmatch(value)
    if match is None:
        raise ValueError(f"not a colour: {text!r}")
    alpha = float(match.group(4)) if match.group(4) is not None else 1.0
    return (int(match.group(1)), int(match.group(2)), int(match.group(3)), alpha)


def over(colour: str | RGBA, background: RGB) -> RGB:
    """The opaque colour seen when ``colour`` (maybe translucent) is painted on ``background``."""
    r, g, b, a = parse_colour(colour) if isinstance(colour, str) else colour
    return (round(r * a + background[0] * (1 - a)), round(g * a + background[1] * (1 - a)),
            round(b * a + background[2] * (1 - a)))


def relative_luminance(rgb: RGB) -> float:
    """WCAG 2.x relative luminance of an sRGB colour (0 black … 1 white)."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: RGB, second: RGB) -> float:
    """WCAG 2.x contrast ratio of two opaque colours, from 1.0 to 21.0."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)),
                             reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
