"""Refresh the contexts of the calendar/main window, Personnes, Rapports and Rappels pages in the .ts
files from the source, keep every other context (other pages) untouched, carry existing translations
over, then compile the .qm files.

    .venv/bin/python resources/translations/update_translations.py
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BIN = Path(sys.executable).parent
# every module of the window (new pages and folders are picked up without editing this list)
OURS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "sosdesk/ui").rglob("*.py"))
OUR_FILES = {f"../../{f}" for f in OURS}
LANGS = ("en", "fr")


def extract() -> ET.Element:
    """Run lupdate on our files only (into a scratch .ts next to the real ones: same relative paths)."""
    scratch = HERE / "_scratch.ts"
    scratch.unlink(missing_ok=True)
    subprocess.run([str(BIN / "pyside6-lupdate"), *[f"../../{f}" for f in OURS], "-ts", scratch.name],
                   cwd=HERE, check=True, capture_output=True)
    root = ET.parse(scratch).getroot()
    scratch.unlink()
    return root


def is_ours(context: ET.Element) -> bool:
    files = {loc.get("filename") for loc in context.iter("location")}
    return not files or files <= OUR_FILES  # no location: an old context of ours (e.g. "self.page")


def merge(fresh: ET.Element, lang: str, extra: tuple[Path, ...] = ()) -> tuple[int, int]:
    """``extra``: other .ts files whose translations are carried over too (e.g. after merging two
    branches that each translated their own strings)."""
    path = HERE / f"sosdesk_{lang}.ts"
    old = ET.parse(path).getroot() if path.exists() else ET.Element("TS")
    by_key: dict[tuple[str, str], str] = {}
    by_source: dict[str, str] = {}
    sources = [old, *(ET.parse(x).getroot() for x in extra if x.name.endswith(f"_{lang}.ts"))]
    for ctx in (c for root in sources for c in root.iter("context")):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            text = tr.text if tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete") else None
            if text:
                by_key.setdefault((name, msg.findtext("source") or ""), text)
                by_source.setdefault(msg.findtext("source") or "", text)
    out = ET.Element("TS", {"version": "2.1", "language": lang, "sourcelanguage": "fr"})
    kept = [ctx for ctx in old.iter("context") if not is_ours(ctx)]
    done = missing = 0
    for ctx in fresh.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            assert tr is not None
            text = source if lang == "fr" else by_key.get((name, source)) or by_source.get(source)
            tr.attrib.pop("type", None)
            if text:
                tr.text = text
                done += 1
            else:
                tr.set("type", "unfinished")
                missing += 1
        out.append(ctx)
    for ctx in kept:
        out.append(ctx)
    ET.indent(out)
    path.write_text("<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE TS>\n" + ET.tostring(out, encoding="unicode")
                    + "\n", encoding="utf-8")
    subprocess.run([str(BIN / "pyside6-lrelease"), path.name, "-qm", f"sosdesk_{lang}.qm"], cwd=HERE, check=True,
                   capture_output=True)
    return done, missing


def main() -> None:
    """Arguments: optional extra .ts files (``…_en.ts``) to take translations from."""
    fresh = extract()
    for lang in LANGS:
        copy = ET.fromstring(ET.tostring(fresh))
        done, missing = merge(copy, lang, tuple(Path(a).resolve() for a in sys.argv[1:]))
        print(f"{lang}: {done} translated, {missing} to translate")


if __name__ == "__main__":
    main()
