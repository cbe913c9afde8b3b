"""SOAP generator: a consultation transcript in, a Subjective / Objective / Assessment / Plan draft out.

Rule-based and explainable (every sentence carries the rule that placed it), pure Python, no Flask.
Symptoms come from the triage extraction (models/triage), not from a lexicon of its own.
"""
__all__ = ["generate_soap"]


def __getattr__(name: str):
    # Lazy (PEP 562): the services pull in spaCy (1 s natively, minutes under emulation), and every
    # `clinic` command imports this package's CLI; only the commands that draft a note need them.
    if name == "generate_soap":
        from .services import generate_soap

        return generate_soap
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
