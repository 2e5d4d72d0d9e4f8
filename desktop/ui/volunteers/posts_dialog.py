"""岗位…: the posts of volunteer service (name, requirements, in use or not), with adding one,
renaming one or changing its requirements, and deactivating one no longer used (or bringing it
back). A post is never deleted: shifts and service records point at it.

Choosing a row fills the name and requirements below it; 新增 adds what is typed as a new post,
保存修改 changes the chosen one. A refusal is shown under the fields and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.volunteers import posts
from desktop.models.volunteers.posts import NAME_MAX, REQUIREMENTS_MAX, Post
from desktop.ui.common.columns import Column
from desktop.ui.common.form_fields import accessible_label
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import succeeded
from desktop.ui.common.page_parts import StatusLabel, fit_columns
from desktop.ui.common.record_table import record_table
from desktop.ui.volunteers.shift_dialogs import button
from desktop.ui.volunteers.volunteer_fields import han_width

# Characters per column: name, requirements (takes the rest), state.
_CHARS = (6, 0, 3)


def post_state(post: Post) -> str:
    """在用 / 已停用, in words."""
    return QCoreApplication.translate("PostsDialog", "在用") if post.active else \
        QCoreApplication.translate("PostsDialog", "已停用")


def post_columns() -> list[Column[Post]]:
    """The posts list's columns: name, requirements, in use or not."""
    return [
        Column(lambda: QCoreApplication.translate("PostsDialog", "名称"), lambda p: p.name),
        Column(lambda: QCoreApplication.translate("PostsDialog", "要求"),
               lambda p: p.requirements),
        Column(lambda: QCoreApplication.translate("PostsDialog", "状态"), post_state),
    ]


class PostsDialog(QDialog):
    """The posts list with add / change / deactivate; ``changed`` runs after every write."""

    def __init__(self, db: Database, actor: Actor, changed: Callable[[], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._changed = changed
        self.setWindowTitle(self.tr("岗位"))
        self.setModal(True)
        self.resize(max(640, han_width(self, 50)), max(460, han_width(self, 36)))
        layout = QVBoxLayout(self)
        self.model: ListTableModel[Post] = ListTableModel(post_columns(), self,
                                                          key=lambda p: p.id)
        self.table = record_table(self.model, self.tr("岗位列表：名称、要求、是否在用"),
                                  wrap=False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._fill())
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX)
        self.requirements_edit = QLineEdit()
        self.requirements_edit.setMaxLength(REQUIREMENTS_MAX)
        self.requirements_edit.setPlaceholderText(self.tr("如：能搬重物、会手语"))
        for text, field in ((self.tr("名称(&N):"), self.name_edit),
                            (self.tr("要求(&Q):"), self.requirements_edit)):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(accessible_label(text))
            form.addRow(label, field)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.add_button = button(self.tr("新增岗位(&A)"), self.tr("按填写的名称和要求新增一个岗位"),
                                 self.add)
        self.update_button = button(self.tr("保存修改(&U)"),
                                    self.tr("把选中岗位改成填写的名称和要求"), self.update_chosen)
        self.active_button = button(self.tr("停用(&D)"), self.tr("停用或重新启用选中的岗位"),
                                    self.toggle_active)
        for made in (self.add_button, self.update_button, self.active_button):
            row.addWidget(made)
        row.addStretch(1)
        layout.addLayout(row)
        self.status_label = StatusLabel(self.tr("结果"))
        layout.addWidget(self.status_label)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setText(self.tr("关闭"))
        close_button.setAccessibleName(self.tr("关闭"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()

    def refresh(self, keep: int | None = None) -> None:
        """The posts again (inactive ones too), keeping post ``keep`` chosen."""
        was = self.chosen()
        chosen = keep if keep is not None else (was.id if was is not None else None)
        self.model.set_rows(posts.list_posts(self._db, include_inactive=True))
        self.size_columns()
        if self.model.rowCount():
            self.table.selectRow(max(self.model.row_of(chosen), 0))
        self._fill()

    def size_columns(self) -> None:
        """Fit the name and state columns to the font and to the longest name; the headers
        are shown in capitals in English, wider than their text."""
        fit_columns(self.table, _CHARS)
        self.table.setColumnWidth(0, max(self.table.columnWidth(0),
                                         self.table.sizeHintForColumn(0)))

    def chosen(self) -> Post | None:
        """The post of the current row."""
        if not hasattr(self, "table"):
            return None
        return self.model.row_data(self.table.currentIndex().row())

    def _fill(self) -> None:
        post = self.chosen()
        self.update_button.setEnabled(post is not None)
        self.active_button.setEnabled(post is not None)
        if post is None:
            return
        self.name_edit.setText(post.name)
        self.requirements_edit.setText(post.requirements)
        self.active_button.setText(self.tr("停用(&D)") if post.active else self.tr("启用(&E)"))

    def _write(self, action: Callable[[], int], done: str) -> bool:
        made: list[int] = []
        if not succeeded(self, lambda: made.append(action()), status=self.status_label):
            return False
        self.refresh(made[0])
        self.status_label.show_result(done)
        self._changed()
        return True

    def add(self) -> bool:
        """Add the post typed in the fields."""
        name, needs = self.name_edit.text(), self.requirements_edit.text()
        return self._write(lambda: posts.add_post(self._db, name, needs, actor=self._actor),
                           self.tr("已新增岗位：{name}").format(name=name.strip()))

    def update_chosen(self) -> bool:
        """Give the chosen post the name and requirements typed."""
        post = self.chosen()
        if post is None:
            return False
        name, needs = self.name_edit.text(), self.requirements_edit.text()

        def change() -> int:
            posts.update_post(self._db, post.id, name, needs, actor=self._actor)
            return post.id

        return self._write(change, self.tr("已修改岗位：{name}").format(name=name.strip()))

    def toggle_active(self) -> bool:
        """Deactivate the chosen post (or bring an inactive one back)."""
        post = self.chosen()
        if post is None:
            return False

        def toggle() -> int:
            posts.set_post_active(self._db, post.id, not post.active, actor=self._actor)
            return post.id

        done = self.tr("已停用岗位：{name}（已排的班次不变）") if post.active else \
            self.tr("已重新启用岗位：{name}")
        return self._write(toggle, done.format(name=post.name))
