"""`clinic hub export fhir`: a clinic's records as a validated FHIR R4 Bundle (thin over services)."""
from __future__ import annotations

import json

import click

from ...errors import BadRequest
from ..cli import _store, _url, hub_group


@hub_group.group("export")
def export() -> None:
    """Export the hub's records for other systems."""


@export.command("fhir")
@_url
@click.option("--clinic", required=True, help="Clinic id whose records to export.")
@click.option("--since", default=None, help="Only patients registered or seen on or after this date (YYYY-MM-DD).")
@click.option("--out", type=click.Path(dir_okay=False, writable=True), default="-", show_default=True,
              help="File to write the Bundle (JSON) to; - for standard output.")
def export_fhir(url: str | None, clinic: str, since: str | None, out: str) -> None:
    """Write Patient, Encounter, Observation (vitals), Condition, MedicationRequest and
    AllergyIntolerance resources of a clinic as one FHIR Bundle, validated before it is written."""
    from ..console.accounts import staff_names
    from . import services

    store = _store(url)
    try:
        bundle = services.export_clinic(store, clinic, services.parse_since(since), staff_names(store.engine))
    except (BadRequest, services.UnknownClinic) as err:
        raise click.UsageError(err.detail) from err
    text = json.dumps(bundle, indent=1)
    if out == "-":
        click.echo(text)
    else:
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
        click.echo(f"{len(bundle.get('entry', []))} resources written to {out}", err=True)
