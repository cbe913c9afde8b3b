"""Every name imported from our own packages exists, lazy imports inside functions included.

`clinic bench media` broke on `from sync.bench_link import _Processes` after the class was renamed
`Processes`: the import sat inside the bench function, so nothing failed until someone ran the
command. This walks every `from X import a, b` in the source (an AST walk, as test_layering does),
imports X for real and checks that it has each name (or that X.a is a submodule)."""
from __future__ import annotations

import ast
import importlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("appliance", "clinical", "kiosk", "media", "models", "provisioning", "sync")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_from(path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    package = package[: len(package) - (node.level - 1)]
    return ".".join(package + ([node.module] if node.module else []))


def our_imports():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom):
                    module = imported_from(path, node)
                    if module.split(".")[0] in PACKAGES:
                        yield path, node.lineno, module, [a.name for a in node.names if a.name != "*"]
                elif isinstance(node, ast.Import):
                    for alias in node.names:
                        if alias.name.split(".")[0] in PACKAGES:
                            yield path, node.lineno, alias.name, []


def has(module, name: str) -> bool:
    if hasattr(module, name):
        return True
    try:
        importlib.import_module(f"{module.__name__}.{name}")
    except ModuleNotFoundError:
        return False
    return True


def test_every_imported_name_exists():
    broken = []
    for path, line, module_path, names in our_imports():
        where = f"{path.relative_to(ROOT)}:{line}"
        try:
            module = importlib.import_module(module_path)
        except ImportError as err:
            broken.append(f"{where}: import {module_path}: {err}")
            continue
        broken += [f"{where}: {module_path} has no {name}" for name in names if not has(module, name)]
    assert not broken, "\n".join(broken)
