"""The HTTP edge: route declaration with permissions and validation, problem+json, OpenAPI."""
from .routing import Api

__all__ = ["Api"]
