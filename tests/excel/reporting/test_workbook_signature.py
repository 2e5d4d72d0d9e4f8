"""Signed monthly workbooks (issue 18): the centre's key signs `_meta` (which carries the
checksum of the data), the district's register of keys decides whose signature counts, and
every bad input is refused with its reason while the other files still count."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.excel.reporting.consolidation import ACCEPTED, REJECTED, Consolidation, consolidate
from desktop.models.admin.signing_keys import (
    KeyFileError,
    all_keys,
    current_key,
    read_key_file,
    rotate_key,
    write_key_file,
)
from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database
from desktop.models.reporting.centre_keys import (
    FIRST_USE,
    import_key_file,
    known_keys,
    trust_first_use,
)
from tests.conftest import ADMIN
from tests.excel.reporting.consolidation_helpers import (
    MONTH,
    TODAY,
    CentreDb,
    drop_signature_in,
    edit_summary,
    export,
    make_centres,
    meta_of,
    reseal_in,
)


@pytest.fixture(scope="module")
def centres(tmp_path_factory: pytest.TempPathFactory) -> list[CentreDb]:
    return make_centres(tmp_path_factory.mktemp("centres"))


@pytest.fixture(scope="module")
def good(centres: list[CentreDb], tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("good")
    return [export(c, folder) for c in centres]


@pytest.fixture
def district(tmp_path: Path) -> Iterator[Database]:
    with open_database(tmp_path / "district.db") as db:
        yield db


def _key_file(centre: CentreDb, folder: Path) -> Path:
    """The key file the centre gives the district (设置 → 导出公钥文件)."""
    folder.mkdir(exist_ok=True)
    with open_database(centre.path) as db:
        key = current_key(db)
        assert key is not None
        return write_key_file(folder, key, centre.code, centre.name)


def _run(inputs: list[Path], district: Database | None) -> Consolidation:
    keys = None if district is None else known_keys(district)
    return consolidate(inputs, MONTH, clock=FixedClock(TODAY), keys=keys)


def _outcome(result: Consolidation, path: Path) -> tuple[str, str]:
    found = [o for o in result.outcomes if o.path.name == path.name]
    assert len(found) == 1, result.outcomes
    return found[0].status, found[0].reason


def _register(district: Database, centres: list[CentreDb], folder: Path) -> None:
    for centre in centres:
        assert import_key_file(district, read_key_file(_key_file(centre, folder)), actor=ADMIN)


def test_the_export_signs_with_the_centre_key_and_shows_its_fingerprint(
        centres: list[CentreDb], good: list[Path]) -> None:
    with open_database(centres[0].path) as db:
        key = current_key(db)
        assert key is not None and len(all_keys(db)) == 1
        made = db.query("SELECT actor, after FROM audit_log WHERE table_name ="
                        " 'centre_signing_key' AND action = 'create'")
        anchor = db.query_one("SELECT id, hash FROM audit_log WHERE id = ?",
                              (int(meta_of(load_workbook(good[0]))["audit_seq"]),))
    assert len(made) == 1 and key.fingerprint in made[0]["after"]
    workbook = load_workbook(good[0])
    meta = meta_of(workbook)
    assert meta["key_fingerprint"] == key.fingerprint and meta["signing_key"] == key.public_key
    assert len(str(meta["signature"])) == 88  # base64 of 64 bytes
    assert anchor is not None and meta["audit_hash"] == anchor["hash"]
    cover = {r[0]: r[1] for r in workbook["封面"].iter_rows(values_only=True) if r and r[0]}
    assert cover["签名公钥指纹"] == key.fingerprint
    # The fingerprint is 8 groups of 4 hex digits, what staff read out on the phone.
    assert len(key.fingerprint.split("-")) == 8


def test_registered_keys_accept_the_centres_files(centres: list[CentreDb], good: list[Path],
                                                  district: Database, tmp_path: Path) -> None:
    _register(district, centres, tmp_path / "keys")
    result = _run(good, district)
    assert [o.status for o in result.outcomes] == [ACCEPTED] * 3
    assert not any(c.first_use for c in result.centres)
    # Importing the same key file again changes nothing.
    assert not import_key_file(district, read_key_file(_key_file(centres[0], tmp_path / "k2")),
                               actor=ADMIN)


def test_a_changed_cell_with_a_recomputed_checksum_is_refused(
        centres: list[CentreDb], good: list[Path], district: Database, tmp_path: Path) -> None:
    _register(district, centres, tmp_path / "keys")
    edited = Path(shutil.copy(good[0], tmp_path / "edited.xlsx"))
    edit_summary(edited, "attendance.sign_ins", 9999, reseal=True)
    for keys in (district, None):  # with the register and without one alike
        result = _run([edited, good[1]], keys)
        status, reason = _outcome(result, edited)
        assert status == REJECTED
        assert reason.startswith("签名不符：文件在中心签名后被修改过")
        assert [c.code for c in result.centres] == [centres[1].code]


def test_a_file_with_its_signature_removed_is_refused_once_a_key_is_on_file(
        centres: list[CentreDb], good: list[Path], district: Database, tmp_path: Path) -> None:
    _register(district, centres[:1], tmp_path / "keys")
    stripped = Path(shutil.copy(good[0], tmp_path / "stripped.xlsx"))
    workbook = load_workbook(stripped)
    drop_signature_in(workbook)
    workbook["汇总"]["C4"] = 9999
    reseal_in(workbook)
    workbook.save(stripped)
    status, reason = _outcome(_run([stripped], district), stripped)
    assert status == REJECTED
    assert reason.startswith("文件没有签名，但区里已登记该中心的签名公钥")


def test_a_file_signed_by_an_unknown_key_is_refused(
        centres: list[CentreDb], district: Database, tmp_path: Path) -> None:
    # The district holds the centre's key; someone else's PC with a copy of the centre's
    # profile (or a new PC never announced) signs with another key.
    _register(district, centres[:1], tmp_path / "keys")
    other = CentreDb(Path(shutil.copy(centres[0].path, tmp_path / "other.db")), *(
        centres[0].code, centres[0].name, centres[0].street))
    with open_database(other.path) as db:
        new = rotate_key(db, "另一台电脑", actor=ADMIN)
    (tmp_path / "out").mkdir()
    forged = export(other, tmp_path / "out")
    before = known_keys(district)
    status, reason = _outcome(_run([forged], district), forged)
    assert status == REJECTED
    old = before[centres[0].code][0].fingerprint
    assert reason == (f"签名公钥（指纹 {new.fingerprint}）不是区里登记的该中心公钥（指纹 {old}）"
                      "；如中心更换了电脑，请先导入中心新的公钥文件")
    assert known_keys(district) == before  # nothing registered by a refused file


def test_rotation_revokes_the_old_key_and_is_recorded(
        centres: list[CentreDb], good: list[Path], district: Database, tmp_path: Path) -> None:
    _register(district, centres[:1], tmp_path / "keys")
    moved = CentreDb(Path(shutil.copy(centres[0].path, tmp_path / "new-pc.db")), *(
        centres[0].code, centres[0].name, centres[0].street))
    with open_database(moved.path) as db:
        old = current_key(db)
        new = rotate_key(db, "更换了电脑", actor=ADMIN)
        retired = [k for k in all_keys(db) if k.retired_at]
        rotated = db.query_one("SELECT reason, before, after FROM audit_log WHERE action ="
                               " 'rotate' AND table_name = 'centre_signing_key'")
    assert old is not None and [k.id for k in retired] == [old.id]
    assert retired[0].retire_reason == "更换了电脑"
    assert rotated is not None and rotated["reason"] == "更换了电脑"
    assert old.fingerprint in rotated["before"] and new.fingerprint in rotated["after"]
    assert import_key_file(district, read_key_file(_key_file(moved, tmp_path / "new")),
                           actor=ADMIN, reason="中心更换电脑")
    register = known_keys(district)[centres[0].code]
    assert [k.active for k in register] == [False, True]
    assert register[0].revoke_reason == "中心更换电脑"
    assert district.scalar("SELECT count(*) FROM audit_log WHERE table_name ="
                           " 'district_centre_key' AND action = 'rotate'") == 1
    # The file the old key signed is now refused as signed by a revoked key ...
    status, reason = _outcome(_run([good[0]], district), good[0])
    assert status == REJECTED
    assert reason.startswith(f"签名公钥（指纹 {old.fingerprint}）已于 ")
    assert "停用（中心更换电脑）" in reason
    # ... and the new PC's file counts.
    (tmp_path / "out").mkdir()
    fresh = export(moved, tmp_path / "out")
    assert _outcome(_run([fresh], district), fresh)[0] == ACCEPTED


def test_first_use_is_accepted_with_a_note_and_registered_once(
        centres: list[CentreDb], good: list[Path], district: Database) -> None:
    result = _run(good[:1], district)
    accepted = result.centres[0]
    assert accepted.first_use and accepted.key_fingerprint
    assert trust_first_use(district, accepted.code, accepted.signing_key, by="cli")
    assert not trust_first_use(district, accepted.code, accepted.signing_key, by="cli")
    (key,) = known_keys(district)[centres[0].code]
    assert key.source == FIRST_USE and key.fingerprint == accepted.key_fingerprint
    assert not _run(good[:1], district).centres[0].first_use


@pytest.mark.parametrize("content", [
    b"",
    b"PK\x03\x04 not a key",
    b"warmhome-centre-public-key 1\ncentre_code: XC-YT-01\npublic_key: abc\n",
    "随便一个文本文件\n".encode(),
    b"warmhome-centre-public-key 1\npublic_key: "
    b"11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\n",
    b"\xff\xfe\x00bad",
])
def test_a_key_file_that_is_not_one_is_refused_and_nothing_registered(
        content: bytes, district: Database, tmp_path: Path) -> None:
    path = tmp_path / "XC-YT-01_签名公钥.whkey"
    path.write_bytes(content)
    with pytest.raises(KeyFileError) as refused:
        read_key_file(path)
    assert refused.value.message.startswith(f"{path.name} 不是温馨家园的中心公钥文件（")
    assert known_keys(district) == {}


def test_a_key_file_with_a_wrong_fingerprint_is_refused(centres: list[CentreDb],
                                                        tmp_path: Path) -> None:
    path = _key_file(centres[0], tmp_path)
    text = path.read_text(encoding="utf-8").splitlines()
    text[-1] = "fingerprint: 0000-0000-0000-0000-0000-0000-0000-0000"
    path.write_text("\n".join(text), encoding="utf-8")
    with pytest.raises(KeyFileError) as refused:
        read_key_file(path)
    assert "指纹与公钥不符" in refused.value.message
