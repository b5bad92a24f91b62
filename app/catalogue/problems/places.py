"""Why a path cannot be opened as a site's register or as a county workspace.

Both the window and the command line say these sentences, `{0}` being the path (or the
server's address); nothing at that place was opened, moved or created.
"""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.language import Language, Wording
from app.catalogue.words import declare, wording

W = Wording


class RegisterProblem(StrEnum):
    """Why a path is left alone instead of being opened as a register (RegisterRefused)."""

    FOLDER = "folder"
    FOLDER_MISSING = "folder_missing"
    NOT_A_FILE = "not_a_file"
    NOT_SQLITE = "not_sqlite"
    FOREIGN = "foreign"
    READ_ONLY = "read_only"


class WorkspaceProblem(StrEnum):
    """Why a place cannot be a county workspace (WorkspaceError)."""

    SITE_DATABASE = "site_database"
    NOT_A_WORKSPACE = "not_a_workspace"
    IS_FOLDER = "is_folder"
    FOLDER_MISSING = "folder_missing"
    READ_ONLY = "read_only"
    CANNOT_OPEN = "cannot_open"
    BAD_ADDRESS = "bad_address"
    UNREACHABLE = "unreachable"


declare(
    RegisterProblem,
    {
        RegisterProblem.FOLDER: W(
            "{0} 是文件夹，不是台账文件。其中的内容没有任何改动。",
            "{0} is a folder, not a register file. Nothing in it was changed.",
        ),
        RegisterProblem.FOLDER_MISSING: W(
            "{0} 所在的文件夹不存在（U 盘或移动硬盘已拔出？）。没有创建任何文件。",
            "The folder of {0} does not exist (a removed drive?). Nothing was created.",
        ),
        RegisterProblem.NOT_A_FILE: W(
            "{0} 不是普通文件。没有做任何改动。",
            "{0} is not a regular file. Nothing was changed.",
        ),
        RegisterProblem.NOT_SQLITE: W(
            "{0} 不是本程序的台账文件，已保持原样。",
            "{0} is not a register of this program. It was left as it is.",
        ),
        RegisterProblem.FOREIGN: W(
            "{0} 是其他程序的数据库，不是本程序的台账，已保持原样。",
            "{0} is another program's database, not a register of this program. It was left "
            "as it is.",
        ),
        RegisterProblem.READ_ONLY: W(
            "{0} 位于只读磁盘或不可写入的文件夹中。"
            "请把台账（连同其 .keys 密钥文件）复制到可写入的文件夹后再打开。",
            "{0} is on a read-only disk or in a folder that cannot be written. Copy the register "
            "to a writable folder (with its .keys file) and open it there.",
        ),
    },
)
declare(
    WorkspaceProblem,
    {
        WorkspaceProblem.SITE_DATABASE: W(
            "{0} 是单位的台账，不是县级工作区。请选择工作区文件，或输入新文件名新建一个。",
            "{0} is a site's register, not a county workspace. Choose a workspace file, or a new "
            "file name to create one.",
        ),
        WorkspaceProblem.NOT_A_WORKSPACE: W(
            "{0} 不是县级工作区。请选择工作区文件，或输入新文件名新建一个。",
            "{0} is not a county workspace. Choose a workspace file, or a new file name to "
            "create one.",
        ),
        WorkspaceProblem.IS_FOLDER: W(
            "{0} 是文件夹。请选择其中的工作区文件，或输入新的文件名。",
            "{0} is a folder. Choose a workspace file in it, or a new file name.",
        ),
        WorkspaceProblem.FOLDER_MISSING: W(
            "{0} 所在的文件夹不存在。请选择已存在的文件夹。",
            "The folder of {0} does not exist. Choose a folder that exists.",
        ),
        WorkspaceProblem.READ_ONLY: W(
            "{0} 位于只读磁盘或不可写入的文件夹中。"
            "请把工作区复制到可写入的文件夹，或选择其他位置。",
            "{0} is on a read-only disk or in a folder that cannot be written. Copy the "
            "workspace to a writable folder, or choose another place.",
        ),
        WorkspaceProblem.CANNOT_OPEN: W(
            "无法打开或创建 {0}（磁盘可能已满或已被拔出）。请腾出空间或选择其他位置。",
            "{0} could not be opened or created (the disk may be full or removed). Free some "
            "space or choose another place.",
        ),
        WorkspaceProblem.BAD_ADDRESS: W(
            "{0} 不是工作区地址。共用工作区的地址写作 postgresql://用户@服务器:5432/数据库；"
            "本机上的工作区是一个文件。",
            "{0} is not a workspace address. A shared workspace is written "
            "postgresql://user@server:5432/database; a workspace on this PC is a file.",
        ),
        WorkspaceProblem.UNREACHABLE: W(
            "无法连接工作区服务器 {0}，或服务器拒绝登录。"
            "请与工会的信息技术人员核对地址、网络以及服务器的用户名和密码。",
            "The workspace server {0} could not be reached or refused the sign-in. Check the "
            "address, the network and the server's user and password with the union's IT staff.",
        ),
    },
)


def register_refusal(reason: str, path: object, language: Language) -> str:
    """Why the register at `path` was left alone; a reason this version does not know is said
    as "not a register of this program", never shown as its code."""
    known = reason in RegisterProblem.__members__.values()
    problem = RegisterProblem(reason) if known else RegisterProblem.NOT_SQLITE
    return wording(problem).in_(language).format(path)


def workspace_refusal(reason: str, place: object, language: Language) -> str:
    """Why `place` cannot be a county workspace; an unknown reason is said as "not a county
    workspace"."""
    known = reason in WorkspaceProblem.__members__.values()
    problem = WorkspaceProblem(reason) if known else WorkspaceProblem.NOT_A_WORKSPACE
    return wording(problem).in_(language).format(place)
