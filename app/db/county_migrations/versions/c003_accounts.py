"""county accounts (reviewers, county administrators) and the channel of each logged action

Revision ID: c003
Revises: c002
Create Date: 2026-12-06 14:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = "c003"
down_revision = "c002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "county_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=50), nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_sign_in", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username", name="uq_county_account_username"),
    )
    with op.batch_alter_table("county_access") as batch_op:
        batch_op.add_column(
            sa.Column("channel", sa.String(length=10), nullable=False, server_default="window")
        )
        batch_op.alter_column("action", type_=sa.String(length=30), existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("county_access") as batch_op:
        batch_op.alter_column("action", type_=sa.String(length=20), existing_nullable=False)
        batch_op.drop_column("channel")
    op.drop_table("county_account")
