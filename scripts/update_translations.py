"""Bring resources/i18n/netbuilder_<lang>.ts up to date with the sources.

    python scripts/update_translations.py [--fill FILE.json] [--lang ja]

What must be translated is (1) every string `pyside6-lupdate` finds in netbuilder/ (tr(),
translate(), QT_TRANSLATE_NOOP()) and (2) every declaration the registry documents: layer, loss,
optimizer, schedule and initialiser texts and their `Param` docs, under the contexts "Layers" and
"Params" (they are data on classes, shown through `translate(...)` where they are displayed, and
marking each one would make the declarations unreadable). The file keeps the translations it had;
`--fill` adds translations from a JSON object {"source": "translation"} or {"context|source": ...}.
Messages no longer in the sources are dropped. No line numbers are kept, so a diff shows only
text changes. tests/i18n reads `expected_messages()` to fail on anything untranslated.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def lupdate_tool() -> str | None:
    beside = pathlib.Path(sys.executable).with_name("pyside6-lupdate")
    if beside.is_file():
        return str(beside)
    import shutil
    return shutil.which("pyside6-lupdate")


def lupdate_messages(tool: str) -> set[tuple[str, str]]:
    """(context, source) of every marked string in netbuilder/, as pyside6-lupdate reads them."""
    files = sorted(str(p) for p in (ROOT / "netbuilder").rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        listing = pathlib.Path(tmp) / "files.lst"
        listing.write_text("\n".join(files))
        out = pathlib.Path(tmp) / "found.ts"
        subprocess.run([tool, f"@{listing}", "-locations", "none", "-silent", "-ts", str(out)], check=True,
                       capture_output=True)
        root = ET.parse(out).getroot()
    return {(c.findtext("name", ""), m.findtext("source", "")) for c in root.iter("context")
            for m in c.iter("message")}


def declaration_messages() -> set[tuple[str, str]]:
    """The registry's documentation: class docs under "Layers", parameter docs under "Params"."""
    from netbuilder.engine.init import INIT_PARAMS
    from netbuilder.engine.losses import LOSSES
    from netbuilder.engine.optim import OPTIMIZERS, SCHEDULES
    from netbuilder.engine.registry import layer_kinds
    from netbuilder.engine.spec import TRAINING_PARAMS
    found: set[tuple[str, str]] = set()
    params = [*INIT_PARAMS, *TRAINING_PARAMS]
    for table in (layer_kinds(), LOSSES, OPTIMIZERS, SCHEDULES):
        for cls in table.values():
            if getattr(cls, "doc", ""):
                found.add(("Layers", cls.doc))
            params += list(getattr(cls, "PARAMS", ()))
    from netbuilder.engine.registry import CATEGORIES
    found |= {("Layers", c) for c in CATEGORIES}  # the palette's group headings
    found |= {("Params", p.doc) for p in params if p.doc}
    found |= {("ParamLabels", p.name.replace("_", " ")) for p in params}  # the inspector's field labels
    return found


def bundled_messages() -> set[tuple[str, str]]:
    """The names and descriptions of the bundled examples (File ▸ New from Template) and studies."""
    found: set[tuple[str, str]] = set()
    for context, folder, keys in (("Templates", "examples", ("name", "description")),
                                  ("Studies", "studies", ("title", "description", "scaling"))):
        for path in sorted((ROOT / "resources" / folder).glob("*.json")):
            doc = json.loads(path.read_text(encoding="utf-8"))
            found |= {(context, str(doc[k])) for k in keys if doc.get(k)}
    return found


def expected_messages(tool: str) -> set[tuple[str, str]]:
    return lupdate_messages(tool) | declaration_messages() | bundled_messages()


NUMERUS_FORMS = {"ja": 1, "en": 2}  # Qt's plural rules: Japanese one form, English singular and plural


def write_ts(path: pathlib.Path, lang: str, entries: dict) -> None:
    """A message whose source has %n is written as a plural ("numerus") message with the language's
    number of forms; lrelease then compiles Qt's plural rule for the language into the .qm."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f'<TS version="2.1" language="{lang}">']
    for context in sorted({c for c, _ in entries}):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for (c, source), text in sorted(entries.items()):
            if c != context:
                continue
            numerus = "%n" in source
            lines += ['    <message numerus="yes">' if numerus else "    <message>",
                      f"        <source>{escape(source)}</source>"]
            if numerus:
                forms = [text] if isinstance(text, str) else list(text or [])
                unfinished = len(forms) != NUMERUS_FORMS[lang] or not all(forms)
                forms = (forms + [""] * NUMERUS_FORMS[lang])[:NUMERUS_FORMS[lang]]
                lines.append("        <translation" + (' type="unfinished"' if unfinished else "") + ">")
                lines += [f"            <numerusform>{escape(f)}</numerusform>" for f in forms]
                lines.append("        </translation>")
            elif text:
                lines.append(f"        <translation>{escape(text)}</translation>")
            else:
                lines.append('        <translation type="unfinished"></translation>')
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    from netbuilder.i18n import parse_ts
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="ja")
    ap.add_argument("--fill", action="append", default=[])
    args = ap.parse_args(argv)
    tool = lupdate_tool()
    if tool is None:
        raise SystemExit("update_translations: pyside6-lupdate not found")
    path = ROOT / "resources" / "i18n" / f"netbuilder_{args.lang}.ts"
    old = parse_ts(path) if path.is_file() else {}
    old_by_source = {s: t for (_c, s), t in old.items()}
    exact, by_source = {}, {}
    for fill in args.fill:
        for key, text in json.loads(pathlib.Path(fill).read_text(encoding="utf-8")).items():
            context, bar, source = key.partition("|")
            if bar and context.isidentifier():
                exact[(context, source)] = text
            else:
                by_source[key] = text
    entries = {}
    wanted = expected_messages(tool)
    if args.lang == "en":  # the source language: only the plural forms need a catalogue
        wanted = {k for k in wanted if "%n" in k[1]}
    for key in wanted:
        entries[key] = (exact.get(key) or by_source.get(key[1]) or old.get(key)
                        or old_by_source.get(key[1], ""))
    write_ts(path, args.lang, entries)
    missing = sorted(k for k, t in entries.items()
                     if not t or ("%n" in k[1] and (len([t] if isinstance(t, str) else t) != NUMERUS_FORMS[args.lang])))
    print(f"{path.name}: {len(entries)} messages, {len(entries) - len(missing)} translated, {len(missing)} missing")
    for context, source in missing:
        print(f"  [{context}] {source!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
