"""Faker with only the locales the app uses (zh_CN demo data), instead of all ~100 (≈10 MB).

Replaces the pyinstaller-hooks-contrib hook (hooks in the spec's hookspath take precedence).
Faker finds its providers and locales by listing ``*/__init__.py`` files on disk when frozen
(faker.utils.loading.list_module), so those files are collected as data too, as the contrib
hook does, but only for the kept locales. A provider without zh_CN falls back to its
``default_locale`` or en_US, which are kept as well.
"""

from __future__ import annotations

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

KEEP_LOCALES = {"zh_CN", "en", "en_US", "en_GB", "la"}


def _kept(module_or_path: str) -> bool:
    parts = module_or_path.replace("\\", "/").replace("/", ".").split(".")
    # faker.providers.<provider>[.<locale>[...]]
    if len(parts) < 4 or parts[:2] != ["faker", "providers"]:
        return True
    locale = parts[3]
    if locale in ("__init__", "__init__.py", "py") or not locale[:1].islower():
        return True
    return locale in KEEP_LOCALES or not _looks_like_locale(locale)


def _looks_like_locale(name: str) -> bool:
    language, _, region = name.partition("_")
    return language.isalpha() and language.islower() and len(language) in (2, 3) and (
        not region or region.isupper() or region.isdigit())


hiddenimports = [name for name in collect_submodules("faker.providers") if _kept(name)]
datas = [(source, dest) for source, dest in
         collect_data_files("faker.providers", include_py_files=True)
         if _kept(dest + "/" + source.replace("\\", "/").rsplit("/", 1)[-1])]
