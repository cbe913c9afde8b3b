"""SOAP generator: a consultation transcript in, a Subjective / Objective / Assessment / Plan draft out.

Rule-based and explainable (every sentence carries the rule that placed it), pure Python, no Flask.
Symptoms come from the triage extraction (models/triage), not from a lexicon of its own.
"""
from .services import generate_soap

__all__ = ["generate_soap"]
