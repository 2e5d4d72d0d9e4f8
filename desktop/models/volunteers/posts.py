"""Posts (岗位) of volunteer service: what a shift is for and what it asks of a volunteer
(Qt-free).

A post is never deleted (shifts and service entries point at it): one no longer used is
deactivated, and disappears from the lists new shifts are made from. Every write is one
transaction with its audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.errors import DuplicateError, NotFoundError, ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.text_input import clean_line
from desktop.models.volunteers.rules import require_manage

NAME_MAX = 30
REQUIREMENTS_MAX = 200


@dataclass(frozen=True)
class Post:
    """A stored post."""

    id: int
    name: str
    requirements: str
    active: bool


def list_posts(db: Database, *, include_inactive: bool = False) -> list[Post]:
    """The posts in list order (only the active ones unless asked)."""
    where = "" if include_inactive else " WHERE active = 1"
    return [Post(int(r["id"]), r["name"], r["requirements"], bool(r["active"]))
            for r in db.query("SELECT id, name, requirements, active FROM volunteer_post"
                              f"{where} ORDER BY sort, id")]


def get_post(db: Database, post_id: int) -> Post:
    """The post with ``post_id`` (NotFoundError otherwise)."""
    row = db.query_one("SELECT id, name, requirements, active FROM volunteer_post WHERE id = ?",
                       (post_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP("Messages", "没有编号为 {id} 的岗位"),
                                    id=post_id))
    return Post(int(row["id"]), row["name"], row["requirements"], bool(row["active"]))


def _clean(db: Database, name: str, requirements: str, post_id: int | None) -> tuple[str, str]:
    clean_name, needs = clean_line(name), clean_line(requirements)
    errors: dict[str, str] = {}
    if not clean_name:
        errors["name"] = Message(QT_TRANSLATE_NOOP("Messages", "请填写岗位名称，例如：助餐"))
    elif len(clean_name) > NAME_MAX:
        errors["name"] = Message(QT_TRANSLATE_NOOP("Messages", "岗位名称最多 {limit} 个字"),
                                 limit=NAME_MAX)
    if len(needs) > REQUIREMENTS_MAX:
        errors["requirements"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "岗位要求最多 {limit} 个字"), limit=REQUIREMENTS_MAX)
    if errors:
        raise ValidationError(errors)
    same = db.scalar("SELECT id FROM volunteer_post WHERE name = ? AND id IS NOT ?",
                     (clean_name, post_id))
    if same is not None:
        raise DuplicateError(Message(QT_TRANSLATE_NOOP(
            "Messages", "已有名为“{name}”的岗位：请换一个名称"), name=clean_name),
            int(same), "name")
    return clean_name, needs


def add_post(db: Database, name: str, requirements: str = "", *, actor: Actor) -> int:
    """Add a post at the end of the list; returns its id."""
    require_manage(actor)
    with db.transaction():
        clean_name, needs = _clean(db, name, requirements, None)
        sort = int(db.scalar("SELECT coalesce(max(sort), 0) + 10 FROM volunteer_post"))
        post_id = int(db.execute(
            "INSERT INTO volunteer_post (name, requirements, sort) VALUES (?, ?, ?)",
            (clean_name, needs, sort)).lastrowid or 0)
        audit.record(db, actor=actor.username, action="create", table="volunteer_post",
                     record_id=post_id, after={"name": clean_name, "requirements": needs})
    return post_id


def update_post(db: Database, post_id: int, name: str, requirements: str, *,
                actor: Actor) -> None:
    """Rename a post or change its requirements (the shifts made for it follow)."""
    require_manage(actor)
    with db.transaction():
        before = get_post(db, post_id)
        clean_name, needs = _clean(db, name, requirements, post_id)
        db.execute("UPDATE volunteer_post SET name = ?, requirements = ? WHERE id = ?",
                   (clean_name, needs, post_id))
        audit.record(db, actor=actor.username, action="update", table="volunteer_post",
                     record_id=post_id,
                     before={"name": before.name, "requirements": before.requirements},
                     after={"name": clean_name, "requirements": needs})


def set_post_active(db: Database, post_id: int, active: bool, *, actor: Actor) -> None:
    """Deactivate a post no longer used (or bring it back); nothing made for it changes."""
    require_manage(actor)
    with db.transaction():
        before = get_post(db, post_id)
        db.execute("UPDATE volunteer_post SET active = ? WHERE id = ?", (int(active), post_id))
        audit.record(db, actor=actor.username, action="update", table="volunteer_post",
                     record_id=post_id, before={"active": before.active},
                     after={"active": active})
