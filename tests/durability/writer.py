"""A writer process for the SIGKILL test: commits through the real model functions, forever.

Run as ``python -m tests.durability.writer DB ROUND``. It prints ``ready`` once the database
is open, then after each transaction has returned (and only then) one line:
``committed person ID`` or ``committed profile NAME``. The test kills it with SIGKILL at a
random moment and checks that everything reported is in the file.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta

from desktop.models.admin import centre
from desktop.models.admin.centre import CentreProfile
from desktop.models.db import open_database
from desktop.models.people import people
from tests.conftest import STAFF, make_id_number, make_person_input

# A round never gets near this many writes before it is killed; stop rather than loop forever.
MAX_WRITES = 20_000
# Some people get a photo: a write that spans many pages, so a kill can tear it in the middle.
PHOTO = bytes(range(256)) * 160
FIRST_BIRTH_DATE = date(1950, 1, 1)


def person_number(round_number: int, index: int) -> dict[str, str]:
    """Name, ID and card number that no other round or index uses."""
    # Birth date varies with the index, the sequence digits with the round: IDs never repeat.
    born = FIRST_BIRTH_DATE + timedelta(days=index)
    return {
        "name": f"耐久{round_number}-{index}",
        "id_number": make_id_number(born, seq=round_number % 50),
        "card_number": f"K{round_number:02d}{index:05d}",
    }


def report(line: str) -> None:
    """Tell the test, unbuffered, that a write has been committed."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    """Write people and centre-profile changes until killed (or MAX_WRITES)."""
    path, round_number = argv[0], int(argv[1])
    db = open_database(path)
    report("ready")
    for index in range(MAX_WRITES):
        photo = PHOTO if index % 5 == 0 else None
        person = make_person_input(**person_number(round_number, index), photo=photo)
        person_id = people.create_person(db, person, actor=STAFF)
        report(f"committed person {person_id}")
        if index % 3 == 0:
            name = f"耐久测试中心{round_number}-{index}"
            centre.save_profile(db, CentreProfile(name=name, code="XC-01"), actor=STAFF)
            report(f"committed profile {name}")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
