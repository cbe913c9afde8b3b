"""Migrations are the schema: the models and the migration history never drift apart."""
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from appliance.store.migrate import current_revision, head_revision
from appliance.store.schema import load_all_tables


def test_box_is_at_head(init_box):
    assert current_revision(init_box.store) == head_revision()


def test_models_match_migrations(init_box):
    with init_box.store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), load_all_tables())
    assert diff == [], f"models changed without a migration: {diff}"
