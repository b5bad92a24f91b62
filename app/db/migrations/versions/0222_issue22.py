"""issue 22: the county's inspections and rectification items, carried by its return file

Revision ID: 0222
Revises: 0220
Create Date: 2026-12-06 17:20:00

An inspection (and each of its items) that came in the county's return file keeps the
county's number for it: the next return file updates it, the site's package sends each
item's closure back under it.
"""
from alembic import op
import sqlalchemy as sa


revision = '0222'
down_revision = '0220'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.add_column(sa.Column('county_ref', sa.Integer(), nullable=True))
        batch_op.create_unique_constraint('uq_inspection_county_ref', ['county_ref'])

    with op.batch_alter_table('rectification_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('county_ref', sa.Integer(), nullable=True))
        batch_op.create_unique_constraint('uq_rectification_item_county_ref', ['county_ref'])


def downgrade() -> None:
    with op.batch_alter_table('rectification_item', schema=None) as batch_op:
        batch_op.drop_constraint('uq_rectification_item_county_ref', type_='unique')
        batch_op.drop_column('county_ref')

    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.drop_constraint('uq_inspection_county_ref', type_='unique')
        batch_op.drop_column('county_ref')
