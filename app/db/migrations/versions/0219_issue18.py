"""issue 18: each reading's round within its visit, and which reading stands for the visit

A re-measured visit keeps every reading (rounds 1, 2, ...) and one result per type (round 0,
their average or the repeat): only that one is `counted` in reports, charts and the health
file. Visits re-measured before this kept the latest reading as the result: the earlier
readings of a type become uncounted rounds, no value changes.

Revision ID: 0219
Revises: 0218
Create Date: 2026-12-06 14:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0219"
down_revision = "0218"
branch_labels = None
depends_on = None


# Plain ALTER TABLE, not a batch copy of the table: the copy would drop the triggers that
# keep the visits' items mask (0108).
def upgrade() -> None:
    op.add_column(
        "measurement", sa.Column("round", sa.Integer(), server_default="1", nullable=False)
    )
    op.add_column(
        "measurement", sa.Column("counted", sa.Boolean(), server_default=sa.true(), nullable=False)
    )
    op.execute(
        "UPDATE measurement SET round = 1 + (SELECT count(*) FROM measurement AS earlier "
        "WHERE earlier.visit_id = measurement.visit_id AND earlier.type = measurement.type "
        "AND earlier.id < measurement.id)"
    )
    op.execute(
        "UPDATE measurement SET counted = 0 WHERE EXISTS (SELECT 1 FROM measurement AS later "
        "WHERE later.visit_id = measurement.visit_id AND later.type = measurement.type "
        "AND later.id > measurement.id)"
    )


def downgrade() -> None:
    op.execute("ALTER TABLE measurement DROP COLUMN counted")
    op.execute("ALTER TABLE measurement DROP COLUMN round")
