"""The UI language: Simplified Chinese by default, English selectable, kept in QSettings."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from enum import Enum, StrEnum

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app import catalogue
from app.catalogue import language
from app.catalogue.fields import field_word
from app.catalogue.health_codes import ChronicCondition, RiskFinding, code_word, risk_sentence
from app.catalogue.language import LIST_SEPARATOR
from app.catalogue.problems import output_sentence, problem_sentence
from app.catalogue.readings import ReadingType
from app.domain.health_risk import RiskReason
from app.paths import resource

log = logging.getLogger(__name__)
SETTINGS_KEY = "ui/language"


class Language(StrEnum):
    CHINESE = "zh_CN"
    ENGLISH = "en"


# Translators are installed application-wide, so the list of ours is application-wide too:
# a second Translations object (a test, a restarted window) must remove the first one's.
_installed: list[QTranslator] = []
# The language the translators speak, application-wide like them: the catalogue's words follow it.
_speaking: list[Language] = []


# Words of Qt's own file dialog that Qt's Chinese translation leaves in English: two labels
# whose source text gained a shortcut "&" the translation never followed, and the file types
# of its list, whose context was renamed.
QT_GAPS_ZH = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    ("QAbstractFileIconProvider", "Folder"): "文件夹",
    ("QAbstractFileIconProvider", "Drive"): "驱动器",
    ("QAbstractFileIconProvider", "File"): "文件",
    ("QAbstractFileIconProvider", "%1 File"): "%1 文件",
    ("QAbstractFileIconProvider", "Shortcut"): "快捷方式",
    ("QAbstractFileIconProvider", "Alias"): "别名",
}


class QtGaps(QTranslator):
    """Fills the few Qt strings missing from qtbase_zh_CN."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """None (a null string) lets Qt fall back to the source text."""
        del disambiguation, n
        return QT_GAPS_ZH.get((context, source_text))

    def isEmpty(self) -> bool:
        return False


class Translations:
    """Installs the translators; switching emits LanguageChange to every widget."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators = _installed
        self.language = Language.ENGLISH

    def apply(self, language: Language) -> None:
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
        if language is Language.CHINESE:
            ours = QTranslator(self._app)
            if ours.load(str(resource("i18n", "healthroom_zh_CN.qm"))):
                self._translators.append(ours)
            else:
                log.error("Chinese translation missing: %s", resource("i18n"))
            # Qt's own dialogs (buttons, file dialogs) from the translations PySide6 ships.
            qt_base = QTranslator(self._app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_base.load(
                QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_", qt_dir
            ):
                self._translators.append(qt_base)
            # Installed first, so asked last: only for what no real translation has.
            self._translators.insert(0, QtGaps(self._app))
        for translator in self._translators:
            self._app.installTranslator(translator)
        QLocale.setDefault(
            QLocale(QLocale.Language.Chinese, QLocale.Country.China)
            if language is Language.CHINESE
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        )
        self.language = language
        _speaking[:] = [language]
        QSettings().setValue(SETTINGS_KEY, language.value)


def window_language() -> catalogue.Language | None:
    """The window's language once it has installed one (None before)."""
    return catalogue_language() if _speaking else None


def catalogue_language() -> catalogue.Language:
    """The catalogue's language matching the installed translation (English without one)."""
    chinese = bool(_speaking) and _speaking[0] is Language.CHINESE
    return catalogue.Language.ZH if chinese else catalogue.Language.EN


def word(code: Enum | None) -> str:
    """The catalogue's word for `code` in the UI language ("" for no code)."""
    return "" if code is None else catalogue.word(code, catalogue_language())


def word_of(kind: type[StrEnum], value: str | None) -> str:
    """The words of a code a record holds as text; a value that is not one of `kind`'s codes
    is text a person typed and is shown as it is."""
    if value is None:
        return ""
    return word(kind(value)) if value in kind.__members__.values() else value


def words(codes: Iterable[StrEnum]) -> str:
    """Several codes said as one list (高血压、糖尿病 / Hypertension, Diabetes)."""
    return list_separator().join(word(code) for code in codes)


def list_separator() -> str:
    return LIST_SEPARATOR.in_(catalogue_language())


def field_name(name: str) -> str:
    """The words of a record's field given by its stored name (employee_no → 工号)."""
    return field_word(name, catalogue_language())


def field_names(names: Iterable[str]) -> str:
    return list_separator().join(field_name(name) for name in names)


def answer(kind: type[StrEnum], code: str) -> str:
    """One answer of a health-file list by its stored code (无 for "none")."""
    return code_word(kind, code, catalogue_language())


def risk_reason(reason: RiskReason) -> str:
    """One reason of a risk level as a short sentence with the reading and its date."""
    finding = RiskFinding(reason.code)
    if finding is RiskFinding.CHRONIC_CONDITION:
        subject = answer(ChronicCondition, reason.reading)
    else:
        subject = word(ReadingType(reason.reading)) if reason.reading else ""
    return risk_sentence(finding, reason.values, subject, reason.on, catalogue_language())


def problem(code: str, args: Sequence[object] = ()) -> str:
    """The sentence of an import, form or output problem code, its arguments filled in."""
    return problem_sentence(code, catalogue_language(), args)


def output_problem(reason: str) -> str:
    """Why a file could not be written (OutputError.reason) in the UI language."""
    return output_sentence(reason, catalogue_language())


def listed(items: Iterable[str]) -> str:
    """Items as one list in the UI language ("、" in Chinese, ", " in English)."""
    return language.listed(items, catalogue_language())


def joined(parts: Iterable[str]) -> str:
    """The parts of one line in the UI language ("；" in Chinese, "; " in English)."""
    return language.joined(parts, catalogue_language())


def bracketed(text: str, aside: str) -> str:
    """A text with an aside in brackets of the UI language: 张三（0012） / Zhang San (0012)."""
    return language.bracketed(text, aside, catalogue_language())


def saved_language() -> Language:
    value = QSettings().value(SETTINGS_KEY, Language.CHINESE.value)
    try:
        return Language(str(value))
    except ValueError:
        return Language.CHINESE


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation in `context`; translated later by QCoreApplication.translate.

    Qt's own QT_TRANSLATE_NOOP is typed as returning object; this one keeps the str type.
    """
    del context
    return source
