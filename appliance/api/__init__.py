"""The HTTP edge: route declaration with permissions and validation, problem+json, OpenAPI."""
from .routing import Api, query_args

__all__ = ["Api", "query_args"]
