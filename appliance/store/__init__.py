"""The encrypted store: SQLCipher 4 through SQLAlchemy, keys, migrations and checks."""
from .engine import Store
from .schema import metadata

__all__ = ["Store", "metadata"]
