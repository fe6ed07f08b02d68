"""Update barntid/gui/i18n/barntid_en.ts with pyside6-lupdate, in the contexts the running app looks strings up in.

    .venv/bin/python scripts/update-translations.py          # new strings come in unfinished, gone ones are dropped
    .venv/bin/python scripts/update-translations.py --keep   # keep gone strings as obsolete (to reuse their English)
    .venv/bin/pyside6-lrelease barntid/gui/i18n/barntid_en.ts -qm barntid/gui/i18n/barntid_en.qm

lupdate run over the sources directly files some strings under the wrong context, so the app never finds their
translation: a module's own helper (``def tr(text): return QCoreApplication.translate("ErrorDialog", text)``) lands
in the empty context, ``lang.tr("Decision", text)`` as source "Decision", ``wizard.tr(...)`` in a context "wizard"
rather than the wizard's class; and it misses calls inside f-strings. So this script reads the sources itself (the
calls below), resolves each string's context as the app does at run time, and hands lupdate one
``QT_TRANSLATE_NOOP(context, text)`` per string; lupdate merges them into the .ts as usual (existing translations
kept, same- and similar-text guesses for changed strings). Calls whose text is not a literal are listed: their
values must be marked with QT_TRANSLATE_NOOP where they are defined (labels.UNITS, labels.SECTIONS, ...).

Recognised: ``self.tr(text)`` (the enclosing class), ``<receiver>.tr(text)`` for receivers in RECEIVERS,
``QCoreApplication.translate(ctx, text)`` and a module's alias of it, ``lang.tr(ctx, text)``,
``QT_TRANSLATE_NOOP(ctx, text)``, and a module's one-line helper ``def f(text): return <one of those>("Ctx", text)``.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "barntid" / "gui" / "i18n" / "barntid_en.ts"
# Receivers whose .tr() is another class's: newunit/wizard.py's pages translate through the wizard, and
# timeline/menu.py's install() through its TimelineCommands.
RECEIVERS = {"wizard": "NewUnitWizard", "commands": "TimelineCommands"}
TRANSLATE = ("QCoreApplication.translate", "lang.tr", "QT_TRANSLATE_NOOP")


def literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = literal(node.left), literal(node.right)
        return left + right if left is not None and right is not None else None
    return None


def helper_context(fn: ast.FunctionDef, aliases: set[str]) -> str | None:
    """'C' for ``def f(text): return QCoreApplication.translate("C", text)`` (or lang.tr, or an alias)."""
    if len(fn.args.args) != 1 or len(fn.body) != 1 or not isinstance(fn.body[0], ast.Return):
        return None
    call = fn.body[0].value
    if not isinstance(call, ast.Call) or len(call.args) != 2 or ast.unparse(call.func) not in (*TRANSLATE, *aliases):
        return None
    arg = call.args[1]
    return literal(call.args[0]) if isinstance(arg, ast.Name) and arg.id == fn.args.args[0].arg else None


def extract(path: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(context, text) in source order, and the calls whose context or text is not a literal."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(ROOT).as_posix()
    aliases = {t.id for node in tree.body if isinstance(node, ast.Assign)
               and ast.unparse(node.value) == "QCoreApplication.translate"
               for t in node.targets if isinstance(t, ast.Name)}
    if rel == "barntid/gui/i18n/lang.py":
        aliases.add("tr")  # lang.tr itself, called inside lang.py
    helpers = {node.name: c for node in tree.body if isinstance(node, ast.FunctionDef)
               and (c := helper_context(node, aliases)) is not None}
    found: list[tuple[str, str]] = []
    unseen: list[str] = []

    def add(where: str, node: ast.Call, context: str | None, text: str | None) -> None:
        if context is None or text is None:
            unseen.append(f"{where}: {ast.unparse(node)}")
        else:
            found.append((context, text))

    def call(node: ast.Call, cls: str, func: str) -> None:
        name = ast.unparse(node.func)
        where = f"{rel}:{node.lineno}"
        if isinstance(node.func, ast.Attribute) and node.func.attr == "tr" and name != "lang.tr":
            receiver = ast.unparse(node.func.value)
            context = cls if receiver == "self" else RECEIVERS.get(receiver, "")
            if not context:
                sys.exit(f"{where}: {name}(): add the receiver's class to RECEIVERS")
            if len(node.args) != 1:
                sys.exit(f"{where}: {name}() with a disambiguation or plural: not handled here")
            add(where, node, context, literal(node.args[0]))
        elif (name in TRANSLATE or name in aliases) and len(node.args) >= 2:
            if func not in helpers and not (rel.endswith("i18n/lang.py") and func == "tr"):  # not a helper's body
                add(where, node, literal(node.args[0]), literal(node.args[1]))
        elif isinstance(node.func, ast.Name) and name in helpers and len(node.args) == 1:
            add(where, node, helpers[name], literal(node.args[0]))
        elif isinstance(node.func, ast.Name) and name in ("tr", "translate", "QT_TR_NOOP"):
            sys.exit(f"{where}: {ast.unparse(node)[:80]}: a translation call this script does not know")

    def walk(node: ast.AST, cls: str, func: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Call):
                call(child, cls, func)
            walk(child, child.name if isinstance(child, ast.ClassDef) else cls,
                 child.name if isinstance(child, ast.FunctionDef) else func)

    walk(tree, "", "")
    return found, unseen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", action="store_true", help="keep strings no longer in the code as obsolete entries")
    keep = ap.parse_args().keep
    pairs: list[tuple[str, str]] = []
    unseen: list[str] = []
    for path in sorted((ROOT / "barntid").rglob("*.py")):
        found, missed = extract(path)
        pairs += [p for p in dict.fromkeys(found) if p not in pairs]
        unseen += missed
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "strings.py"
        source.write_text("".join(f"QT_TRANSLATE_NOOP({json.dumps(c, ensure_ascii=False)}, "
                                  f"{json.dumps(t, ensure_ascii=False)})\n" for c, t in pairs), encoding="utf-8")
        args = [str(lupdate), str(source), "-locations", "none", "-ts", str(TS)]
        subprocess.run(args if keep else [*args, "-no-obsolete"], check=True)
    print(f"{len(pairs)} strings.")
    if unseen:
        print("Not literal (their values need QT_TRANSLATE_NOOP where they are defined):")
        print("\n".join(f"    {u}" for u in unseen))


if __name__ == "__main__":
    main()
