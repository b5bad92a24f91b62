"""Why a file could not be written, a backup made or restored, or the county package
exported."""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.language import Language, Wording
from app.catalogue.words import declare, word

W = Wording


class OutputProblem(StrEnum):
    """Why a file (report, workbook, package, backup) could not be written."""

    NO_SPACE = "no_space"
    NOT_WRITABLE = "not_writable"
    FOLDER_MISSING = "folder_missing"
    IN_USE = "in_use"
    IS_FOLDER = "is_folder"
    IO_ERROR = "io_error"


class BackupProblem(StrEnum):
    """Why a backup could not be made (after the output problems) or a file cannot be restored."""

    NOT_A_BACKUP = "not_a_backup"
    NEEDS_PASSWORD = "needs_password"
    DAMAGED = "damaged"
    NO_ACCOUNTS = "no_accounts"
    INTEGRITY = "integrity"
    SAME_FILE = "same_file"


class ExportProblem(StrEnum):
    """Why the county-review package may not be exported as asked."""

    APPROVAL_NEEDED = "approval_needed"
    NO_PROFILE = "no_profile"
    FUTURE_PERIOD = "future_period"


declare(
    OutputProblem,
    {
        OutputProblem.NO_SPACE: W(
            "磁盘空间不足：硬盘或U盘已满。",
            "There is not enough space on the disk or USB stick.",
        ),
        OutputProblem.NOT_WRITABLE: W(
            "文件夹无法写入（只读，或文件正被其他程序打开）。",
            "The folder cannot be written to (read-only, or the file is open in another program).",
        ),
        OutputProblem.FOLDER_MISSING: W(
            "文件夹不存在。",
            "The folder does not exist.",
        ),
        OutputProblem.IN_USE: W(
            "该文件正被其他程序打开：请先在 Excel/WPS 中关闭该文件，然后再试。",
            "The file is open in another program: close it in Excel/WPS first, then try again.",
        ),
        OutputProblem.IS_FOLDER: W(
            "这是一个文件夹：请选择文件名。",
            "This is a folder: choose a file name.",
        ),
        OutputProblem.IO_ERROR: W(
            "文件无法写入。",
            "The file could not be written.",
        ),
    },
)

declare(
    BackupProblem,
    {
        BackupProblem.NOT_A_BACKUP: W(
            "这个文件不是本程序的备份。", "This file is not a HealthRoom backup."
        ),
        BackupProblem.NEEDS_PASSWORD: W(
            "这个备份用另一个密钥加密。请把它的 .keys 文件放在旁边，"
            "并输入您的账户在那个数据库中的密码。",
            "This backup is encrypted with another key. Keep its .keys file beside it and give "
            "the password your account had in that database.",
        ),
        BackupProblem.DAMAGED: W(
            "这个备份已损坏（未通过完整性检查）。",
            "This backup is damaged (it fails the integrity check).",
        ),
        BackupProblem.NO_ACCOUNTS: W(
            "备份中没有本数据库的任何账户：恢复后将无人能够登录。请选择其他备份。",
            "No account of this database exists in the backup: after restoring it nobody could "
            "sign in. Choose another backup.",
        ),
        BackupProblem.INTEGRITY: W(
            "备份副本未通过完整性检查：请换一个文件夹或U盘再试。",
            "The copy failed its integrity check: try another folder or USB stick.",
        ),
        BackupProblem.SAME_FILE: W(
            "不能把备份写到数据库文件本身：请选择另一个文件名或文件夹。",
            "A backup cannot overwrite the register itself: choose another file name or folder.",
        ),
    },
)

declare(
    ExportProblem,
    {
        ExportProblem.APPROVAL_NEEDED: W(
            "工会主席密码不正确。", "The union chair's password is wrong."
        ),
        ExportProblem.NO_PROFILE: W(
            "请先填写单位和职工健康生活室信息。", "Fill in the site profile first."
        ),
        ExportProblem.FUTURE_PERIOD: W(
            "该期间尚未开始：请选择当前或更早的期间。",
            "The period has not begun yet: choose the current or an earlier one.",
        ),
    },
)


def output_sentence(reason: str, language: Language) -> str:
    """Why a file could not be written; a reason without words of its own is said as a write
    error (the file was not written), never as invalid data."""
    known = reason in OutputProblem.__members__.values()
    return word(OutputProblem(reason) if known else OutputProblem.IO_ERROR, language)


def backup_failure(reason: str, language: Language) -> str:
    """Why a backup could not be made (BackupError.reason): the copy's own problems, else why
    its file could not be written."""
    if reason in BackupProblem.__members__.values():
        return word(BackupProblem(reason), language)
    return output_sentence(reason, language)


def backup_refusal(reason: str) -> BackupProblem:
    """Why a backup cannot be restored; a reason this version does not know is said as "not a
    backup", never shown as its code."""
    known = reason in BackupProblem.__members__.values()
    return BackupProblem(reason) if known else BackupProblem.NOT_A_BACKUP
