"""issue 20: each department keeps its place in the natural order beside its name

`department.sort_key` is the name's natural key (numerals by value, the rest by pinyin) as
text, so a report sorts departments without loading the pinyin dictionary. Filled here for
the departments already there; the model keeps it with the name from now on.

Revision ID: 0224
Revises: 0223
Create Date: 2026-12-06 23:10:00.000000
"""
from alembic import op
import sqlalchemy as sa

from app.domain.ordering import stored_key


revision = '0224'
down_revision = '0223'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('department', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sort_key', sa.Text(), server_default='', nullable=False))
    connection = op.get_bind()
    for department_id, name in connection.execute(sa.text('SELECT id, name FROM department')).all():
        connection.execute(
            sa.text('UPDATE department SET sort_key = :key WHERE id = :id'),
            {'key': stored_key(name), 'id': department_id},
        )


def downgrade() -> None:
    # SQLite's own DROP COLUMN: a batch rebuild would drop the table the staff refer to.
    op.drop_column('department', 'sort_key')
