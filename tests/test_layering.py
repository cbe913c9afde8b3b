"""One-way layering (issue 19): every import runs downwards.

    root    appliance.cli, appliance.jobs   the `clinic` command and its scheduler: wire everything together
    client  sync.* (box side)               push, pull, apply: above the box's store and outbox
    box     appliance.*                     the box's domain, store and outbox
    hub     sync.hub.*                      beside the client: the core only, nothing of the box
    core    clock, ids, merge, protocol, errors, replica_kit, backoff, link, serving, ports   pure, at the bottom

Every `import` in the source counts, lazy ones inside functions too (an AST walk, no import executed)."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = {f"sync.{m}" for m in ("clock", "ids", "merge", "protocol", "errors", "replica_kit", "backoff", "link",
                              "serving", "ports",
                              # the wire codec and the audit hash both ends compute; metrics and systemd's
                              # notify protocol, which every server uses
                              "batch_codec", "audit_chain", "metrics", "sdnotify",
                              # request bodies held to the size limit however they are framed, by both apps
                              "bodies",
                              # PKCE, which the box's and the hub's authorization servers both enforce
                              "pkce",
                              # quiet hours, which the box's modem and the hub's gateway both keep
                              "quiet_hours")} | {"sync"}
# The box's own sync state (its tables, part of the box's schema, and their accessors) live in sync/ but are
# the box's: the client writes the cursor, the box's metrics read it.
BOX_IN_SYNC = {"sync.tables", "sync.checkpoints"}
# The wiring at the top, and the benches that measure the box, the client and the hub in one run.
ROOTS = {"appliance.cli", "appliance.jobs", "sync.bench_cli", "sync.bench_ingest", "sync.bench_link",
         "sync.bench_replacement", "sync.bench_sms"}
MAY_IMPORT = {
    "core": {"core"},
    "box": {"core", "box"},
    "client": {"core", "box", "client"},
    "hub": {"core", "hub"},
    "root": {"core", "box", "client", "hub", "root"},
}


def layer(module: str) -> str | None:
    if module in ROOTS:
        return "root"
    if module in CORE:
        return "core"
    if module in BOX_IN_SYNC:
        return "box"
    if module == "sync.hub" or module.startswith("sync.hub."):
        return "hub"
    if module.startswith("sync."):
        return "client"
    if module == "appliance" or module.startswith("appliance."):
        return "box"
    return None                       # models, media, kiosk, the standard library, third parties


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported(module: str, source: str, is_package: bool = False) -> set[str]:
    """The modules `source` (the text of `module`) imports, relative imports resolved."""
    out: set[str] = set()
    package = module.split(".") if is_package else module.split(".")[:-1]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            target = ".".join(base + ([node.module] if node.module else []))
            out.add(target)
            out.update(f"{target}.{alias.name}" for alias in node.names)   # `from sync import client`
    return out


def wrong_way(module: str, source: str, is_package: bool = False) -> list[str]:
    mine = layer(module)
    if mine is None:
        return []
    bad = []
    for target in sorted(imported(module, source, is_package)):
        theirs = layer(target)
        # `from sync import client` names the module sync.client; `from sync.merge import fold` names fold.
        if theirs is not None and theirs not in MAY_IMPORT[mine] and not _is_attribute(target):
            bad.append(f"{module} ({mine}) imports {target} ({theirs})")
    return bad


def _is_attribute(target: str) -> bool:
    """`sync.merge.fold` is a name inside a module, not a module: judged by the module it is in."""
    path = ROOT.joinpath(*target.split("."))
    return not (path.with_suffix(".py").exists() or path.is_dir())


def test_every_import_runs_one_way():
    bad = []
    for pkg in ("appliance", "sync"):
        for path in sorted((ROOT / pkg).rglob("*.py")):
            bad += wrong_way(module_name(path), path.read_text(), path.name == "__init__.py")
    assert not bad, "wrong-way imports:\n" + "\n".join(bad)


def test_the_check_catches_a_wrong_way_import():
    """The walk must see each kind of wrong-way import, lazy and relative ones included."""
    assert wrong_way("sync.merge", "from appliance.events.outbox import events_after\n")
    assert wrong_way("appliance.patients.replica", "def f():\n    from sync.client import SyncClient\n")
    assert wrong_way("sync.hub.services", "from ..apply import apply_events\n")
    assert wrong_way("sync.hub.stress", "from appliance._port import free_port\n")
    assert wrong_way("sync.cli", "from appliance.cli import main\n")
    assert wrong_way("appliance.events.outbox", "import sync.client\n")
    assert not wrong_way("appliance.patients.replica", "from sync.merge import Folded, fold\n")
    assert not wrong_way("sync.client", "from appliance.events.outbox import events_after\n")
