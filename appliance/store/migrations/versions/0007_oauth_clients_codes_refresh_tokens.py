"""oauth clients codes refresh tokens

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 15:57:04.166420
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('oauth_clients',
    sa.Column('client_id', sa.String(length=48), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('secret_hash', sa.String(length=200), nullable=True),
    sa.Column('redirect_uris', sa.Text(), nullable=False),
    sa.Column('grant_types', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('revoked_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_oauth_clients'))
    )
    op.create_table('oauth_codes',
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('client_id', sa.String(length=48), nullable=False),
    sa.Column('staff_id', sa.String(length=36), nullable=False),
    sa.Column('redirect_uri', sa.String(length=300), nullable=False),
    sa.Column('scope', sa.String(length=200), nullable=False),
    sa.Column('code_challenge', sa.String(length=128), nullable=False),
    sa.Column('code_challenge_method', sa.String(length=10), nullable=False),
    sa.Column('expires_at', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code_hash', name=op.f('pk_oauth_codes'))
    )
    op.create_table('oauth_refresh_tokens',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('family_id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=48), nullable=False),
    sa.Column('staff_id', sa.String(length=36), nullable=False),
    sa.Column('scope', sa.String(length=200), nullable=False),
    sa.Column('issued_at', sa.Integer(), nullable=False),
    sa.Column('expires_at', sa.Integer(), nullable=False),
    sa.Column('rotated_at', sa.Integer(), nullable=True),
    sa.Column('revoked_at', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_oauth_refresh_tokens'))
    )
    with op.batch_alter_table('oauth_refresh_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_oauth_refresh_tokens_family_id'), ['family_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('oauth_refresh_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_oauth_refresh_tokens_family_id'))

    op.drop_table('oauth_refresh_tokens')
    op.drop_table('oauth_codes')
    op.drop_table('oauth_clients')
