"""Why an account could not be created, changed or disabled, or a password not set: the site's
accounts and the county workspace's, said the same in the window and on the command line."""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.language import Language, Wording
from app.catalogue.problems.sentences import UNKNOWN_PROBLEM
from app.catalogue.words import declare, word

W = Wording


class AccountProblem(StrEnum):
    """AccountError.code, and what app.domain.passwords finds in a user name or password."""

    REQUIRED = "required"
    BAD_USERNAME = "bad_username"
    USERNAME_TAKEN = "username_taken"
    TOO_SHORT = "too_short"
    TOO_SIMPLE = "too_simple"
    MISMATCH = "mismatch"
    WRONG_PASSWORD = "wrong_password"
    NO_SUCH_USER = "no_such_user"
    CANNOT_DISABLE_SELF = "cannot_disable_self"
    LAST_CHAIR = "last_chair"
    ACCOUNTS_EXIST = "accounts_exist"
    LAST_ADMIN = "last_admin"


declare(
    AccountProblem,
    {
        AccountProblem.REQUIRED: W("请输入用户名。", "Enter a user name."),
        AccountProblem.BAD_USERNAME: W(
            "用户名不能包含空格，最多 50 个字符。",
            "The user name may not contain spaces and must be at most 50 characters.",
        ),
        AccountProblem.USERNAME_TAKEN: W(
            "这个用户名已被使用。", "This user name is already taken."
        ),
        AccountProblem.TOO_SHORT: W(
            "密码至少需要 8 个字符。", "The password must have at least 8 characters."
        ),
        AccountProblem.TOO_SIMPLE: W(
            "密码太简单：请同时使用字母和数字，不要只用数字。",
            "The password is too simple: use letters and digits, not only digits.",
        ),
        AccountProblem.MISMATCH: W("两次输入的密码不一致。", "The two passwords are not the same."),
        AccountProblem.WRONG_PASSWORD: W("当前密码不正确。", "The current password is not right."),
        AccountProblem.NO_SUCH_USER: W(
            "没有这个用户名的账户。", "There is no account with this user name."
        ),
        AccountProblem.CANNOT_DISABLE_SELF: W(
            "不能停用自己的账户。", "You cannot disable your own account."
        ),
        AccountProblem.LAST_CHAIR: W(
            "这是唯一的工会主席账户，不能停用。",
            "This is the only union chair account; it cannot be disabled.",
        ),
        AccountProblem.ACCOUNTS_EXIST: W(
            "这个数据库已经有账户了。", "This database already has accounts."
        ),
        AccountProblem.LAST_ADMIN: W(
            "这是唯一在用的县级管理员账户，不能停用。",
            "This is the only active county administrator; it cannot be disabled.",
        ),
    },
)


def account_sentence(code: str, language: Language) -> str:
    """The sentence of an account problem given by its code (as AccountError carries it); a
    code this version does not know is said as an invalid value, never shown raw."""
    if code in AccountProblem.__members__.values():
        return word(AccountProblem(code), language)
    return UNKNOWN_PROBLEM.in_(language)
