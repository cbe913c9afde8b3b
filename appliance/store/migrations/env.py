"""Alembic environment: runs against the Store handed over in config.attributes."""
from alembic import context

from appliance.store.schema import load_all_tables

target_metadata = load_all_tables()
store = context.config.attributes["store"]

with store.write() as connection:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()
