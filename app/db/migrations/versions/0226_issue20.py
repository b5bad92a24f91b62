"""issue 20: the usage log's two narrow indexes dropped, each the leading part of a covering one

`ix_usage_visit_visited_at (visited_at)` is the start of `ix_usage_visit_browse (visited_at,
id, staff_id, abnormal, items)` and `ix_usage_visit_staff_time (staff_id, visited_at)` of
`ix_usage_visit_staff_browse (staff_id, visited_at, id, abnormal, items)`: every statement
that used one is answered as well by the other. They took 7 % of a register's file, every
visit saved updated them, and every quick check and backup read them.

Revision ID: 0226
Revises: 0225
Create Date: 2026-12-07 08:00:00
"""
from alembic import op


revision = '0226'
down_revision = '0225'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Dropping an index rebuilds nothing: the batch runs SQLite's own DROP INDEX.
    with op.batch_alter_table('usage_visit', schema=None) as batch_op:
        batch_op.drop_index('ix_usage_visit_visited_at')
        batch_op.drop_index('ix_usage_visit_staff_time')


def downgrade() -> None:
    with op.batch_alter_table('usage_visit', schema=None) as batch_op:
        batch_op.create_index('ix_usage_visit_staff_time', ['staff_id', 'visited_at'], unique=False)
        batch_op.create_index('ix_usage_visit_visited_at', ['visited_at'], unique=False)
