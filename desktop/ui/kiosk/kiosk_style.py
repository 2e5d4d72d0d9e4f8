"""The kiosk's style sheet: large type scaled from the interface font, normal or high contrast.

The sheet is set on the kiosk window itself. Qt prefers a widget's own sheet to the
application's (qt-material) wherever both set a property, so the kiosk can enlarge text and
change colours without touching the staff windows; it therefore repeats the focus outline.
"""

from __future__ import annotations

from dataclasses import dataclass

# Sizes as multiples of the interface font (which already includes the large-text setting).
CLOCK = 4.2
CLOCK_STACKED = 2.8
TITLE = 2.2
DATE = 1.8
PROMPT = 1.7
INPUT = 2.4
KEY = 1.8
TILE = 1.5
NAME = 3.6
STATUS = 2.0
SENTENCE = 2.2
BUTTON = 1.4
# A line of text is this many times its font size high (CJK fonts up to about 1.45): a
# box at least this high shows the descenders of g and y.
LINE = 1.5
# The staff password dialog is read at the kiosk too: its words as large as the prompts.
DIALOG = PROMPT


@dataclass(frozen=True)
class Palette:
    """Colours of one kiosk look."""

    background: str
    text: str
    muted: str
    panel: str
    button: str
    button_text: str
    border: str
    pressed: str
    pressed_text: str
    focus: str
    error: str


NORMAL = Palette(background="#fafafa", text="#212121", muted="#455a64", panel="#ffffff",
                 button="#e0f2f1", button_text="#004d40", border="#00796b",
                 pressed="#00796b", pressed_text="#ffffff", focus="#e65100",
                 error="#b00020")
# White and yellow on black (contrast ratios above 15:1); focus in cyan, distinct from both.
HIGH_CONTRAST = Palette(background="#000000", text="#ffffff", muted="#ffffff", panel="#000000",
                        button="#000000", button_text="#ffff00", border="#ffff00",
                        pressed="#ffff00", pressed_text="#000000", focus="#00ffff",
                        error="#ffff00")


def _px(base_px: float, factor: float) -> int:
    return max(12, round(base_px * factor))


def kiosk_style_sheet(base_px: float, high_contrast: bool) -> str:
    """The kiosk's sheet for a base font size in pixels."""
    p = HIGH_CONTRAST if high_contrast else NORMAL
    border = 3 if high_contrast else 2
    return f"""
#kioskWindow, #kioskWindow QWidget {{ background: {p.background}; color: {p.text}; }}
#kioskWindow QLabel {{ background: transparent; }}
#kioskWindow #kioskClock {{ font-size: {_px(base_px, CLOCK)}px; font-weight: bold; }}
/* The header in two rows (kiosk_header): the clock beside the centre's name, smaller. */
#kioskWindow #kioskHeader[fit="stacked"] #kioskClock {{
  font-size: {_px(base_px, CLOCK_STACKED)}px;
}}
#kioskWindow #kioskCentre {{ font-size: {_px(base_px, TITLE)}px; font-weight: bold; }}
#kioskWindow #kioskDate {{ font-size: {_px(base_px, DATE)}px; color: {p.muted}; }}
#kioskWindow #kioskPrompt, #kioskWindow #kioskStartHint {{
  font-size: {_px(base_px, PROMPT)}px; color: {p.muted};
}}
#kioskWindow #kioskStartTitle {{ font-size: {_px(base_px, NAME)}px; font-weight: bold; }}
#kioskWindow #kioskStartPage[fit="tight"] #kioskStartTitle {{
  font-size: {_px(base_px, TITLE)}px;
}}
#kioskWindow #kioskInput {{
  font-size: {_px(base_px, INPUT)}px; padding: 8px 16px;
  min-height: {max(64, round(_px(base_px, INPUT) * LINE))}px;
  background: {p.panel}; color: {p.text}; border: {border + 1}px solid {p.border};
  border-radius: 8px;
}}
#kioskWindow #kioskInput:focus {{ border: {border + 2}px solid {p.focus}; }}
#kioskWindow QPushButton, #kioskWindow QToolButton {{
  font-size: {_px(base_px, KEY)}px; font-weight: bold; min-height: 64px; min-width: 64px;
  background: {p.button}; color: {p.button_text}; border: {border}px solid {p.border};
  border-radius: 8px; padding: 4px 8px;
}}
#kioskWindow QToolButton {{ font-size: {_px(base_px, TILE)}px; }}
/* 删除 and 清空 as written, not in qt-material's capitals: easier to read, and narrower. */
#kioskWindow #kioskKeypad QPushButton {{ padding: 0px; text-transform: none; }}
#kioskWindow #kioskBar QPushButton {{ font-size: {_px(base_px, BUTTON)}px; padding: 4px 20px; }}
#kioskWindow #signOutButton {{ font-size: {_px(base_px, STATUS)}px; min-width: 160px;
  min-height: 80px; }}
#kioskWindow QPushButton:pressed, #kioskWindow QToolButton:pressed,
#kioskWindow QPushButton:checked {{ background: {p.pressed}; color: {p.pressed_text}; }}
#kioskWindow QPushButton:focus, #kioskWindow QToolButton:focus {{
  border: {border + 3}px solid {p.focus};
}}
#kioskWindow #kioskResult {{ background: {p.panel}; border: {border}px solid {p.border};
  border-radius: 12px; }}
#kioskWindow #resultStatus {{ font-size: {_px(base_px, STATUS)}px; font-weight: bold; }}
#kioskWindow #resultName {{ font-size: {_px(base_px, NAME)}px; font-weight: bold; }}
#kioskWindow #resultSentence {{ font-size: {_px(base_px, SENTENCE)}px; }}
/* A greeting that does not fit its panel steps down (kiosk_result.FIT_STEPS). */
#kioskWindow #kioskResult[fit="compact"] #resultSentence,
#kioskWindow #kioskResult[fit="tight"] #resultSentence,
#kioskWindow #kioskResult[fit="tight"] #resultStatus,
#kioskWindow #resultOffers, #kioskWindow #resultMoreOffers {{
  font-size: {_px(base_px, PROMPT)}px;
}}
#kioskWindow #kioskResult[fit="tight"] #resultName,
#kioskWindow #kioskResult[fit="small"] #resultName {{ font-size: {_px(base_px, TITLE)}px; }}
#kioskWindow #kioskResult[fit="small"] #resultSentence,
#kioskWindow #kioskResult[fit="small"] #resultStatus,
#kioskWindow #kioskResult[fit="small"] #resultOffers,
#kioskWindow #kioskResult[fit="small"] #resultMoreOffers {{
  font-size: {_px(base_px, BUTTON)}px;
}}
#kioskWindow #offerButton {{ font-size: {_px(base_px, KEY)}px; min-height: 64px;
  padding: 0px 12px; text-transform: none; }}
#kioskWindow #kioskResult[fit="compact"] #offerButton {{ font-size: {_px(base_px, PROMPT)}px; }}
#kioskWindow #kioskResult[fit="tight"] #offerButton,
#kioskWindow #kioskResult[fit="small"] #offerButton {{ font-size: {_px(base_px, BUTTON)}px; }}
#kioskWindow #kioskStaffDialog QLabel {{ font-size: {_px(base_px, DIALOG)}px; }}
#kioskWindow #kioskStaffDialog QLabel[role="error"] {{ color: {p.error}; }}
#kioskWindow #kioskStaffDialog QLineEdit {{
  font-size: {_px(base_px, DIALOG)}px; padding: 4px 12px;
  min-height: {max(56, round(_px(base_px, DIALOG) * LINE))}px;
  background: {p.panel}; color: {p.text}; border: {border + 1}px solid {p.border};
  border-radius: 8px;
}}
#kioskWindow #kioskStaffDialog QLineEdit:focus {{ border: {border + 2}px solid {p.focus}; }}
"""
