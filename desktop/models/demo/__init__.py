"""演示数据: the demo data generator, and the record a capability declares its part with.

A capability adds demo data by declaring, in ``desktop/models/<cap>/__init__.py``::

    DEMO = (DemoStep(20, "desktop.models.attendance.demo_attendance:generate"),)

:func:`desktop.models.demo.demo.generate` runs every declared step in ``order`` (people, the
register every other step builds on, at 0) inside one transaction. This module stays cheap
(no Faker): capability packages import it to declare their steps.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.capabilities import Ref


@dataclass(frozen=True)
class DemoStep:
    """One capability's demo generator: where it runs (lower first) and the function, a
    ``"module:attr"`` reference to ``generate(db, run: DemoRun) -> {name: count}``."""

    order: int
    generate: Ref
