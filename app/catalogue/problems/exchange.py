"""Why a site's package or the county's review-result file was refused."""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.language import Language, Wording
from app.catalogue.words import declare, word

W = Wording


class PackageProblem(StrEnum):
    """Why the county refused a site's package (said after "rejected —")."""

    NOT_A_ZIP = "not_a_zip"
    DAMAGED = "damaged"
    BAD_MANIFEST = "bad_manifest"
    UNKNOWN_FORMAT = "unknown_format"
    BAD_SIGNATURE = "bad_signature"
    HASH_MISMATCH = "hash_mismatch"
    EXTRA_FILE = "extra_file"
    MISSING_FILE = "missing_file"
    BAD_LAYOUT = "bad_layout"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    BAD_PERIOD = "bad_period"
    FUTURE_PERIOD = "future_period"
    BAD_SEQUENCE = "bad_sequence"
    BAD_DATA = "bad_data"
    WRONG_KIND = "wrong_kind"  # a review-result file given as a package, or the reverse
    BAD_TIME = "bad_time"


class ReviewResultProblem(StrEnum):
    """Why the site refused the county's review-result file (said after "refused —")."""

    NOT_A_ZIP = "not_a_zip"
    DAMAGED = "damaged"
    BAD_MANIFEST = "bad_manifest"
    UNKNOWN_FORMAT = "unknown_format"
    BAD_SIGNATURE = "bad_signature"
    HASH_MISMATCH = "hash_mismatch"
    EXTRA_FILE = "extra_file"
    MISSING_FILE = "missing_file"
    BAD_LAYOUT = "bad_layout"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    BAD_SEQUENCE = "bad_sequence"
    BAD_TIME = "bad_time"
    WRONG_KIND = "wrong_kind"  # a site's package given as a return file
    BAD_DATA = "bad_data"  # also said for a reason this version does not know


declare(
    PackageProblem,
    {
        PackageProblem.NOT_A_ZIP: W(
            "不是数据包（zip）文件",
            "it is not a package (zip) file",
        ),
        PackageProblem.DAMAGED: W(
            "文件已损坏或不完整（被截断）",
            "the file is damaged or incomplete (truncated)",
        ),
        PackageProblem.BAD_MANIFEST: W(
            "清单无法读取",
            "its manifest cannot be read",
        ),
        PackageProblem.UNKNOWN_FORMAT: W(
            "数据包格式版本不支持",
            "its format version is not supported",
        ),
        PackageProblem.BAD_SIGNATURE: W(
            "签名无效：数据包在签名后被改动",
            "the signature is invalid: the package was changed after it was signed",
        ),
        PackageProblem.HASH_MISMATCH: W(
            "文件校验值与清单不符：数据包被改动",
            "a file's hash does not match its manifest: the package was changed",
        ),
        PackageProblem.EXTRA_FILE: W(
            "含有清单未列出的文件",
            "it holds a file its manifest does not list",
        ),
        PackageProblem.MISSING_FILE: W(
            "数据包缺少文件",
            "a file of the package is missing",
        ),
        PackageProblem.BAD_LAYOUT: W(
            "数据包结构被改动",
            "the package's structure was changed",
        ),
        PackageProblem.UNREADABLE: W(
            "文件无法读取",
            "the file cannot be read",
        ),
        PackageProblem.TOO_LARGE: W(
            "文件大得异常（或经特殊压缩，解压后极大）",
            "it is far larger than a package can be (or packed to inflate hugely)",
        ),
        PackageProblem.BAD_PERIOD: W(
            "其期间不是有效的年、季度或月份",
            "its period is not a valid year, quarter or month",
        ),
        PackageProblem.FUTURE_PERIOD: W(
            "其期间尚未开始",
            "its period has not begun yet",
        ),
        PackageProblem.BAD_SEQUENCE: W(
            "其报送序号无效",
            "its package number is not valid",
        ),
        PackageProblem.BAD_DATA: W(
            "其数据表缺少工作表或列，或含有无效的值",
            "its data workbook lacks a sheet or column, or holds an invalid value",
        ),
        PackageProblem.WRONG_KIND: W(
            "文件类型不对：单位数据包与县级反馈文件不能互换",
            "the wrong kind of file: a site's package and the county's return file are not "
            "interchangeable",
        ),
        PackageProblem.BAD_TIME: W(
            "制作时间无效或在将来", "the time it was made is invalid or in the future"
        ),
    },
)

declare(
    ReviewResultProblem,
    {
        ReviewResultProblem.NOT_A_ZIP: W("不是审核反馈文件", "it is not a review-result file"),
        ReviewResultProblem.DAMAGED: W(
            "文件已损坏或不完整", "the file is damaged or incomplete (truncated)"
        ),
        ReviewResultProblem.BAD_MANIFEST: W("清单无法读取", "its manifest cannot be read"),
        ReviewResultProblem.UNKNOWN_FORMAT: W(
            "文件格式版本不受支持", "its format version is not supported"
        ),
        ReviewResultProblem.BAD_SIGNATURE: W(
            "签名无效：文件在县级签名后被改动过",
            "the signature is invalid: the file was changed after the county signed it",
        ),
        ReviewResultProblem.HASH_MISMATCH: W(
            "内容与清单不符：文件被改动过",
            "its content does not match its manifest: the file was changed",
        ),
        ReviewResultProblem.EXTRA_FILE: W(
            "含有清单中没有的文件", "it holds a file its manifest does not list"
        ),
        ReviewResultProblem.MISSING_FILE: W("文件缺少一部分", "a part of the file is missing"),
        ReviewResultProblem.BAD_LAYOUT: W("文件结构被改动过", "the file's structure was changed"),
        ReviewResultProblem.UNREADABLE: W("文件无法读取", "the file cannot be read"),
        ReviewResultProblem.TOO_LARGE: W(
            "文件大得异常（或解压后极大）",
            "it is far larger than a review result can be (or packed to inflate)",
        ),
        ReviewResultProblem.BAD_SEQUENCE: W("文件序号无效", "its number is not valid"),
        ReviewResultProblem.BAD_TIME: W(
            "制作时间无效或在将来", "the time it was made is invalid or in the future"
        ),
        ReviewResultProblem.WRONG_KIND: W(
            "不是县级审核反馈文件（可能是单位数据包）",
            "it is not the county's review result (a site's package, perhaps)",
        ),
        ReviewResultProblem.BAD_DATA: W(
            "记录中有无效的值（日期、数字或缺少文字）",
            "its records hold an invalid value (a date, a number, a missing text)",
        ),
    },
)


def review_refusal(reason: str, language: Language) -> str:
    """Why a review-result file was refused; a reason this version does not know is said as
    invalid data, never shown as its code."""
    known = reason in ReviewResultProblem.__members__.values()
    return word(ReviewResultProblem(reason) if known else ReviewResultProblem.BAD_DATA, language)
