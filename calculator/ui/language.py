"""Interface language: Qt translators for the app's strings and Qt's own, switchable
at run time, remembered between runs, following the system locale on first start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..reports import i18n as report_i18n
from ..runtime.paths import resource_path
from .settings import settings

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
_translators: list[QTranslator] = []


def system_language() -> str:
    return "zh_CN" if QLocale.system().name().lower().startswith("zh") else "en"


def saved_language() -> str:
    """The language chosen last time, or the system's on first start."""
    value = settings().value("ui/language", "")
    return value if value in LANGUAGES else system_language()


def save_language(language: str) -> None:
    settings().setValue("ui/language", language)


def chinese_units_enabled() -> bool:
    value = settings().value("ui/cn_units", True)
    return value not in (False, "false", "0", 0)


def save_chinese_units(enabled: bool) -> None:
    settings().setValue("ui/cn_units", bool(enabled))


def install_language(language: str = "en") -> str:
    """Install translators for ``language`` ("en" or "zh_CN") and return it.

    Widgets receive ``QEvent.LanguageChange`` and retranslate themselves.
    """
    language = language if language in LANGUAGES else "en"
    app = QCoreApplication.instance()
    for translator in _translators:
        if app is not None:
            app.removeTranslator(translator)
    _translators.clear()
    if language != "en" and app is not None:
        for folder, name in ((resource_path("translations"), f"llmcost_{language}"),
                             (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
                              f"qtbase_{language}"),
                             (resource_path("translations"), f"qtbase_{language}")):
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                app.installTranslator(translator)
                _translators.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China)
                       if language == "zh_CN" else QLocale(QLocale.Language.English,
                                                           QLocale.Country.UnitedStates))
    report_i18n.set_translator(QCoreApplication.translate)
    if app is not None:
        app.setProperty("llmcost_language", language)
    return language


def current_language() -> str:
    app = QCoreApplication.instance()
    value = app.property("llmcost_language") if app is not None else None
    return value if value in LANGUAGES else "en"


def name_language(language: str) -> str:
    """"zh" when vendor names should show in Chinese, else "en"."""
    return "zh" if language.startswith("zh") else "en"


def money_units(language: str, chinese_units: bool) -> str:
    """"cn" (万/亿) in Chinese when the option is on, else "plain"."""
    return "cn" if language.startswith("zh") and chinese_units else "plain"
