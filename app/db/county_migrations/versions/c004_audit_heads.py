"""each package's audit chain (entries and head), to flag a site whose trail went back

Revision ID: c004
Revises: c003
Create Date: 2026-12-06 15:00:00
"""
import sqlalchemy as sa
from alembic import op


revision = "c004"
down_revision = "c003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "county_audit_head",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("site_code", sa.String(32), nullable=False),
        sa.Column("created_at", sa.String(30), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("head", sa.String(64), nullable=False),
    )
    op.create_index("ix_county_audit_head_site_code", "county_audit_head", ["site_code"])


def downgrade() -> None:
    op.drop_index("ix_county_audit_head_site_code", table_name="county_audit_head")
    op.drop_table("county_audit_head")
