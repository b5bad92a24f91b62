"""argparse's own words (usage:, options:, error:, "the following arguments are required"…)
in the run's language.

argparse looks each of its texts up through gettext when it uses it; in a Chinese run that
look-up answers from this table (a text argparse adds in a later Python stays English until it
is added here, which the command-line language test notices).
"""

from __future__ import annotations

import argparse
import gettext
import re
from typing import Any

from app.catalogue.language import Language

# argparse's texts (Python 3.11–3.13), as it looks them up, and their Chinese.
CHINESE = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "subcommands": "命令",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示程序版本并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "one of the arguments %s is required": "须给出以下参数之一：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多一个值",
    "expected at least one argument": "至少需要一个值",
    "expected %s argument": "需要 %s 个值",
    "expected %s arguments": "需要 %s 个值",
    "ambiguous option: %(option)s could match %(matches)s": (
        "选项不明确：%(option)s 可指 %(matches)s"
    ),
    "unexpected option string: %s": "多余的选项：%s",
    "invalid %(type)s value: %(value)r": "无效的值：%(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "无效的选择：%(value)r（可选：%(choices)s）"
    ),
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ignored explicit argument %r": "此选项不取值：%r",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "没有命令 %(parser_name)r（可选：%(choices)s）"
    ),
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
}


# A unit of a help line: a quoted example such as --map "表头=字段,..." (typed as it is, so
# never broken), a run of spaces, a word of Latin letters, digits and signs (never broken), or
# one character (a Chinese character takes two columns of a console). Patterns as text: `re`
# compiles each once, when help is first written, not in every command that parses fine.
UNIT = r'"[^"]*"|“[^”]*”|\s+|[^\s"\u2e80-\u9fff\uff00-\uffef]+|.'
SPACES = r"\s+"
WIDE = r"[\u2e80-\u9fff\uff00-\uffef]"
CLOSING = "，。、；：？！）」》"  # never the first character of a line


def columns(text: str) -> int:
    return len(text) + len(re.findall(WIDE, text))


def fold(line: str, width: int) -> list[str]:
    """`line` broken into lines of at most `width` console columns: between Chinese
    characters too (argparse breaks at spaces only), never inside a word or before a closing
    mark."""
    lines, current = [], ""
    for unit in re.findall(UNIT, line):
        if current.strip() and columns(current + unit) > width and unit[0] not in CLOSING:
            lines.append(current.rstrip())
            current = unit.lstrip()
        else:
            current += unit
    return [*lines, current.rstrip()] if current.strip() else lines


class Formatter(argparse.HelpFormatter):
    """argparse's help layout, with Chinese help texts wrapped to the console's width."""

    # argparse's own wrapping (textwrap) would break at a space inside a quoted example: the
    # text is folded here alone, its spaces run together as argparse does.
    def _split_lines(self, text: str, width: int) -> list[str]:
        return fold(re.sub(SPACES, " ", text).strip(), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + part for part in fold(re.sub(SPACES, " ", text).strip(), width))


class Parser(argparse.ArgumentParser):
    """argparse's parser with its section headings ("选项：") punctuated as the run's language
    is (argparse writes the colon itself) and Chinese help wrapped; its sub-commands' parsers
    are of this class too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)

    def format_help(self) -> str:
        text = super().format_help()
        if argparse._ is _chinese:  # type: ignore[attr-defined]
            for heading in ("positional arguments", "options", "subcommands"):
                text = text.replace(f"\n{CHINESE[heading]}:\n", f"\n{CHINESE[heading]}：\n")
        return text


def _chinese(message: str) -> str:
    return CHINESE.get(message, message)


def _chinese_plural(singular: str, plural: str, n: int) -> str:
    return _chinese(singular if n == 1 else plural)


def speak(language: Language) -> None:
    """argparse's texts in `language` from now on (it reads them when it uses them)."""
    chinese = language is Language.ZH
    setattr(argparse, "_", _chinese if chinese else gettext.gettext)  # noqa: B010
    setattr(argparse, "ngettext", _chinese_plural if chinese else gettext.ngettext)  # noqa: B010
