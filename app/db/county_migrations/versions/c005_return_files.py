"""the county's return files: each rectification item's closure as the site reports it, the
reviewer's comment on a package, and a package row's link to the county's own item

Revision ID: c005
Revises: c004
Create Date: 2026-12-06 17:15:00
"""
from alembic import op
import sqlalchemy as sa


revision = "c005"
down_revision = "c004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("county_review_item") as batch:
        batch.add_column(sa.Column("done_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("done_note", sa.Text(), server_default="", nullable=False))
        batch.add_column(sa.Column("closed_by", sa.String(10), server_default="", nullable=False))
        batch.add_column(
            sa.Column("site_reported_at", sa.String(30), server_default="", nullable=False)
        )
    with op.batch_alter_table("county_package") as batch:
        batch.add_column(sa.Column("comment", sa.Text(), server_default="", nullable=False))
        batch.add_column(sa.Column("comment_by", sa.String(100), server_default="", nullable=False))
    with op.batch_alter_table("county_inspection") as batch:
        batch.add_column(sa.Column("done_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("county_item", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("county_inspection") as batch:
        batch.drop_column("county_item")
        batch.drop_column("done_on")
    with op.batch_alter_table("county_package") as batch:
        batch.drop_column("comment_by")
        batch.drop_column("comment")
    with op.batch_alter_table("county_review_item") as batch:
        batch.drop_column("site_reported_at")
        batch.drop_column("closed_by")
        batch.drop_column("done_note")
        batch.drop_column("done_on")
