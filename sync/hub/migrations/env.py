"""Alembic environment of the hub: runs against the engine handed over in config.attributes."""
from alembic import context

from sync.hub.tables import hub_metadata

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=hub_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
