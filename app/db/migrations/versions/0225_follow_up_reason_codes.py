"""issue 21: a follow-up's proposed reason kept as codes and values, worded in the reader's
language (follow-ups recorded before keep their text)

Revision ID: 0225
Revises: 0224
Create Date: 2026-12-06 23:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0225'
down_revision = '0224'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reason_codes', sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    # SQLite's own DROP COLUMN, not a batch rebuild (as 0224).
    op.drop_column('follow_up', 'reason_codes')
