"""one figure per indicator and package: a guard for several reviewers importing at once

Revision ID: c002
Revises: c001
Create Date: 2026-12-06 14:10:00
"""
from alembic import op


revision = "c002"
down_revision = "c001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("county_indicator") as batch_op:
        batch_op.create_unique_constraint("uq_indicator_package_key", ["package_id", "key"])


def downgrade() -> None:
    with op.batch_alter_table("county_indicator") as batch_op:
        batch_op.drop_constraint("uq_indicator_package_key", type_="unique")
