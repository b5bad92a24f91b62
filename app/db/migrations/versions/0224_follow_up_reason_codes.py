"""issue 21: a follow-up's proposed reason kept as codes and values, worded in the reader's
language (follow-ups recorded before keep their text)

Revision ID: 0224
Revises: 0223
Create Date: 2026-12-06 23:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0224'
down_revision = '0223'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reason_codes', sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_column('reason_codes')
