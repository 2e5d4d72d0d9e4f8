"""What the kiosk shows after a scan or a tap: a sign-in, an earlier sign-in, a sign-out,
or a neutral message. Every outcome is a sentence in words and a symbol, never colour alone;
the same sentence goes to screen readers and to the speech engine.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.models.attendance.attendance import NOT_FOUND_MESSAGE, UNREADABLE_MESSAGE, SignIn
from desktop.models.attendance.kiosk_people import KioskPersonResult
from desktop.ui.common.labels import model_message
from desktop.ui.kiosk.kiosk_keypad import touch_button


def greeting(moment: datetime) -> str:
    """早上好 / 上午好 / 中午好 / 下午好 / 晚上好 for the time of day."""
    minutes = moment.hour * 60 + moment.minute
    if 5 * 60 <= minutes < 8 * 60:
        return QCoreApplication.translate("Kiosk", "早上好")
    if 8 * 60 <= minutes < 11 * 60 + 30:
        return QCoreApplication.translate("Kiosk", "上午好")
    if 11 * 60 + 30 <= minutes < 13 * 60:
        return QCoreApplication.translate("Kiosk", "中午好")
    if 13 * 60 <= minutes < 18 * 60:
        return QCoreApplication.translate("Kiosk", "下午好")
    return QCoreApplication.translate("Kiosk", "晚上好")


def refusal_text(message: str) -> str:
    """The models' neutral kiosk messages in the interface language."""
    if message == NOT_FOUND_MESSAGE:
        return QCoreApplication.translate("Kiosk", "未找到此卡，请找工作人员")
    if message == UNREADABLE_MESSAGE:
        return QCoreApplication.translate("Kiosk", "无法识别，请重新刷卡或找工作人员")
    return message


# The steps a greeting takes down until it fits its panel (large text on a small screen):
# the style sheet's sizes for #kioskResult[fit="…"], and the photo's largest share of the
# height (1/3, 1/5, 1/6, 1/7). Only then are fewer offers shown (ResultPanel._fit).
FIT_STEPS = (("", 3), ("compact", 5), ("tight", 6), ("small", 7))
OFFER_SPACING = 6


class ResultPanel(QFrame):
    """Photo, status, name and the sentence; a sign-out button when already signed in."""

    sign_out_requested = Signal(int)
    # The person chose one of the offers on the greeting (its key): a volunteer's open shift.
    offer_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskResult")
        self.sentence = ""
        self._sign_in_id: int | None = None
        self._photo_side = 200
        self._picture = QPixmap()
        # The photo beside the status and the name only: the sentence, 签退 and the offers
        # below take the panel's whole width (a 1024×768 screen beside the keypad).
        column = self._column = QVBoxLayout(self)
        column.setSpacing(10)
        column.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(32)
        self.photo_label = QLabel()
        self.photo_label.setObjectName("resultPhoto")
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top.addWidget(self.photo_label, 0, Qt.AlignmentFlag.AlignVCenter)
        names = QVBoxLayout()
        names.setSpacing(8)
        names.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setObjectName("resultStatus")
        self.name_label = QLabel()
        self.name_label.setObjectName("resultName")
        self.sentence_label = QLabel()
        self.sentence_label.setObjectName("resultSentence")
        for label in (self.status_label, self.name_label, self.sentence_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)  # large text on a small screen wraps, never widens
        names.addWidget(self.status_label)
        names.addWidget(self.name_label)
        names.addStretch(1)
        top.addLayout(names, 1)
        column.addLayout(top)
        column.addWidget(self.sentence_label)
        self.sign_out_button: QPushButton = touch_button(self.tr("签退"), self.tr("签退"))
        self.sign_out_button.setObjectName("signOutButton")
        self.sign_out_button.clicked.connect(self._sign_out_clicked)
        column.addWidget(self.sign_out_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.offers_label = QLabel(self.tr("点一下即可报名今天的空缺班次："))
        self.offers_label.setObjectName("resultOffers")
        self.offers_label.setWordWrap(True)
        column.addWidget(self.offers_label)
        self._offers_row = QVBoxLayout()  # one wide button a line: post and time readable
        self._offers_row.setSpacing(OFFER_SPACING)
        column.addLayout(self._offers_row)
        self.offer_buttons: list[QPushButton] = []
        # Open shifts neither offered by the provider nor shown here (no room): staff help.
        self._more_offers = 0
        self.more_offers_label = QLabel()
        self.more_offers_label.setObjectName("resultMoreOffers")
        self.more_offers_label.setWordWrap(True)
        column.addWidget(self.more_offers_label)
        column.addStretch(1)
        self.clear()

    # -- the outcomes ------------------------------------------------------------------------
    # The screen shows the name large and the rest below it; the sentence for screen readers
    # and speech says it all in one: "张三，上午好，签到成功 09:02".
    def show_signed_in(self, sign_in: SignIn, picture: QPixmap, moment: datetime) -> str:
        """A new sign-in: "张三，上午好，签到成功 09:02"."""
        detail = self.tr("{greeting}，签到成功 {time}").format(
            greeting=greeting(moment), time=sign_in.time_in)
        sentence = self.tr("{name}，{greeting}，签到成功 {time}").format(
            name=sign_in.name, greeting=greeting(moment), time=sign_in.time_in)
        return self._show("✓ " + self.tr("签到成功"), sign_in.name, detail, sentence, picture)

    def show_already(self, sign_in: SignIn, picture: QPixmap) -> str:
        """An earlier sign-in today: its time, and 签退 while not yet signed out."""
        status = "✓ " + self.tr("今天已经签到")
        if sign_in.signed_out_at:
            detail = self.tr("已于 {time_in} 签到，{time_out} 签退").format(
                time_in=sign_in.time_in, time_out=sign_in.time_out)
            sentence = self.tr("{name}，已于 {time_in} 签到，{time_out} 签退").format(
                name=sign_in.name, time_in=sign_in.time_in, time_out=sign_in.time_out)
            return self._show(status, sign_in.name, detail, sentence, picture)
        detail = self.tr("已于 {time} 签到").format(time=sign_in.time_in)
        sentence = self.tr("{name}，已于 {time} 签到。要离开时请点“签退”").format(
            name=sign_in.name, time=sign_in.time_in)
        text = self._show(status, sign_in.name, detail, sentence, picture, fit=False)
        self._sign_in_id = sign_in.id
        self.sign_out_button.setAccessibleDescription(
            self.tr("{name} 签退").format(name=sign_in.name))
        self.sign_out_button.show()
        self._fit()
        return text

    def show_signed_out(self, sign_in: SignIn, picture: QPixmap) -> str:
        """A sign-out: "张三，签退成功 16:30，再见"."""
        detail = self.tr("签退成功 {time}，再见").format(time=sign_in.time_out)
        sentence = self.tr("{name}，签退成功 {time}，再见").format(
            name=sign_in.name, time=sign_in.time_out)
        return self._show("✓ " + self.tr("签退成功"), sign_in.name, detail, sentence, picture)

    def show_person(self, result: KioskPersonResult, picture: QPixmap,
                    moment: datetime) -> str:
        """Someone a provider signed in or out (a volunteer): the same greeting as a member's,
        their role, and the provider's line (the shift, the hours credited)."""
        role = model_message(result.role)
        line = model_message(result.detail)
        if result.status == "signed_out":
            status = "✓ " + self.tr("签退成功")
            done = self.tr("签退成功 {time}，再见").format(time=result.time)
        elif result.status == "already":
            status = "✓ " + self.tr("今天已经签到")
            done = self.tr("已于 {time} 签到").format(time=result.time)
        else:
            status = "✓ " + self.tr("签到成功")
            done = self.tr("{greeting}，签到成功 {time}").format(greeting=greeting(moment),
                                                             time=result.time)
        detail = self.tr("{role}　{done}\n{line}").format(role=role, done=done, line=line)
        sentence = self.tr("{name}，{done}。{line}").format(name=result.name, done=done,
                                                          line=line)
        text = self._show(status, result.name, detail, sentence, picture, fit=False)
        self._more_offers = result.more_offers
        if result.offers:
            self.offers_label.show()
            for offer in result.offers:
                label = model_message(offer.label)
                button = touch_button(label, self.tr("报名 {shift}").format(shift=label))
                button.setObjectName("offerButton")
                button.setProperty("label", label)  # one line; two when too wide (_fit)
                button.setAutoDefault(True)  # Enter on the focused button chooses it too
                button.clicked.connect(lambda _=False, key=offer.key: self.offer_chosen.emit(key))
                self._offers_row.addWidget(button)
                self.offer_buttons.append(button)
            # Tab from the input reaches the offers right after 签退, before the keypad.
            previous: QWidget = self.sign_out_button
            for button in self.offer_buttons:
                QWidget.setTabOrder(previous, button)
                previous = button
        self._fit()
        return text

    def show_message(self, message: str) -> str:
        """A neutral message without a person (unknown card, unreadable scan)."""
        return self._show("⚠ " + self.tr("请注意"), "", message, message, QPixmap())

    def clear(self) -> None:
        """Empty every label and picture: nothing personal stays behind a hidden panel."""
        self.sentence = ""
        self._sign_in_id = None
        for label in (self.status_label, self.name_label, self.sentence_label):
            label.clear()
        self._picture = QPixmap()
        self.photo_label.clear()
        self.photo_label.hide()
        self.name_label.hide()
        self.sign_out_button.hide()
        self.sign_out_button.setAccessibleDescription("")
        self.offers_label.hide()
        for button in self.offer_buttons:
            self._offers_row.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self.offer_buttons = []
        self._more_offers = 0
        self.more_offers_label.clear()
        self.more_offers_label.hide()
        self.setAccessibleDescription("")

    @property
    def offers_sign_out(self) -> bool:
        """Whether the 签退 button is offered now."""
        return self._sign_in_id is not None and not self.sign_out_button.isHidden()

    def set_photo_side(self, side: int) -> None:
        """The largest photo side in pixels (a narrow panel shows it smaller)."""
        self._photo_side = side

    def _area(self) -> QWidget:
        # The stack lays out only its current page: measure the stack, not this (maybe
        # hidden) page.
        return self.parentWidget() or self

    def _fit(self) -> None:
        """Step the greeting down (FIT_STEPS) until it fits the panel's height, with every
        offer; failing that, with one offer fewer (the rest as a line asking staff), and so
        on. Nothing is drawn over anything else: the panel never asks the window for room."""
        area = self._area()
        for count in range(len(self.offer_buttons), -1, -1):
            self._show_offers(count)
            for step, share in FIT_STEPS:
                self.setProperty("fit", step)
                for widget in (self.status_label, self.name_label, self.sentence_label,
                               self.offers_label, self.more_offers_label,
                               *self.offer_buttons):
                    widget.style().unpolish(widget)
                    widget.style().polish(widget)
                side = self._place_photo(share)
                self._shape_offers(area.width())
                if self._needed_height(area.width(), side) <= area.height():
                    return

    def _show_offers(self, count: int) -> None:
        """The first ``count`` offers as buttons; a line tells how many more there are."""
        for index, button in enumerate(self.offer_buttons):
            button.setVisible(index < count)
        self.offers_label.setVisible(count > 0)
        more = len(self.offer_buttons) - count + self._more_offers
        if more and count:
            self.more_offers_label.setText(
                self.tr("另有 {n} 个空缺班次，请问工作人员").format(n=more))
        elif more:
            self.more_offers_label.setText(
                self.tr("今天有 {n} 个空缺班次，请问工作人员").format(n=more))
        self.more_offers_label.setVisible(bool(more))

    def _shape_offers(self, width: int) -> None:
        """Each offer on one line, or on two (the post above the time) when one line is
        wider than the panel: every word of a button readable, never cut off."""
        margins = self._column.contentsMargins() + self.contentsMargins()
        inner = width - margins.left() - margins.right()
        for button in self.offer_buttons:
            label = str(button.property("label"))
            button.setText(label)
            if button.sizeHint().width() > inner and " " in label.strip():
                post, _, time = label.strip().rpartition(" ")
                button.setText(f"{post}\n{time}")

    def _needed_height(self, width: int, side: int) -> int:
        """The height the shown greeting needs at this width with a photo of ``side``
        (counted here: a layout not yet activated still holds its old sizes)."""
        column = self._column
        margins = column.contentsMargins() + self.contentsMargins()
        inner = width - margins.left() - margins.right()
        beside = inner - (side + 32 if not self._picture.isNull() else 0)
        names = [label.heightForWidth(beside) for label in (self.status_label,
                                                            self.name_label)
                 if not label.isHidden() and label.text()]
        top = max(side if not self._picture.isNull() else 0,
                  sum(names) + 8 * (len(names) - 1))
        below = [self.sentence_label.heightForWidth(inner)]
        if not self.sign_out_button.isHidden():
            below.append(self.sign_out_button.sizeHint().height())
        if not self.offers_label.isHidden():
            below.append(self.offers_label.heightForWidth(inner))
            shown = [b for b in self.offer_buttons if not b.isHidden()]
            below.append(sum(b.sizeHint().height() for b in shown)
                         + OFFER_SPACING * (len(shown) - 1))
        if not self.more_offers_label.isHidden():
            below.append(self.more_offers_label.heightForWidth(inner))
        return (top + sum(below) + column.spacing() * len(below) + margins.top()
                + margins.bottom())

    def _place_photo(self, share: int) -> int:
        # At most a third of the width and 1/share of the height: the status and name
        # beside it, the sentence and the buttons below need the rest. Returns the side.
        picture = self._picture
        if picture.isNull():
            return 0
        area = self._area()
        side = max(64, min(self._photo_side, area.width() // 3, area.height() // share))
        if picture.width() > side:
            picture = picture.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
        self.photo_label.setPixmap(picture)
        self.photo_label.show()
        return side

    # -- internals ---------------------------------------------------------------------------
    def _show(self, status: str, name: str, detail: str, sentence: str,
              picture: QPixmap, fit: bool = True) -> str:
        self.clear()
        self._picture = picture
        self.sentence = sentence
        self.status_label.setText(status)
        self.name_label.setText(name)
        self.name_label.setVisible(bool(name))
        self.sentence_label.setText(detail)
        if fit:
            self._fit()
        self.setAccessibleDescription(sentence)
        return sentence

    def _sign_out_clicked(self) -> None:
        if self._sign_in_id is not None:
            self.sign_out_requested.emit(self._sign_in_id)
