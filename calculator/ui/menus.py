"""The menu bar: every command once, with its menu, shortcut and words.

:data:`COMMANDS` lists the fixed commands; :func:`commands` adds one "Compare: …" entry
per preset of the engine's registry and one "Chart: …" entry per chart of the chart
registry. The window gives each command key a slot
(:meth:`MenuBar.bind` through ``handlers``); checkable entries follow the state
(``MenuBar.actions[key].setChecked`` from the window's state listener).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ..engine.presets import PRESETS
from .charts.registry import charts
from .i18n import QT_TRANSLATE_NOOP, translate

Shortcut = QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class Command:
    menu: str  # file | export | edit | view | help
    key: str  # the action's name (``actions[key]``, object name ``action_<key>``)
    shortcut: Shortcut
    text: str  # marked for translation in context "Menus" ("" = not translated)
    checkable: bool = False
    separator: bool = False  # a separator line before it
    #: a preset's title (context "Presets") put into ``text``'s ``{preset}``
    preset: str = ""


def _c(menu: str, key: str, shortcut: Shortcut, text: str, checkable: bool = False,
       separator: bool = False) -> Command:
    return Command(menu, key, shortcut, text, checkable, separator)


#: The fixed commands, in menu order. "recent" is the Open recent submenu.
COMMANDS: tuple[Command, ...] = (
    _c("file", "new", QKeySequence.StandardKey.New, QT_TRANSLATE_NOOP("Menus", "&New scenario")),
    _c("file", "open", QKeySequence.StandardKey.Open, QT_TRANSLATE_NOOP("Menus", "&Open…")),
    _c("file", "recent", None, QT_TRANSLATE_NOOP("Menus", "Open &recent")),
    _c("file", "save", QKeySequence.StandardKey.Save, QT_TRANSLATE_NOOP("Menus", "&Save")),
    _c("file", "save_as", "Ctrl+Shift+S", QT_TRANSLATE_NOOP("Menus", "Save &as…")),
    _c("file", "import_prices", "Ctrl+I", QT_TRANSLATE_NOOP("Menus", "&Import prices…"),
       separator=True),
    _c("file", "update_prices", "Ctrl+Shift+R", QT_TRANSLATE_NOOP("Menus", "&Update prices…")),
    _c("export", "export_chart", "Ctrl+Alt+S",
       QT_TRANSLATE_NOOP("Menus", "This chart as PNG or SVG…"), separator=True),
    _c("export", "export_png", "Ctrl+E", QT_TRANSLATE_NOOP("Menus", "Charts as PNG…"),
       separator=True),
    _c("export", "export_png2x", "Ctrl+Alt+E",
       QT_TRANSLATE_NOOP("Menus", "Charts as PNG, double resolution…")),
    _c("export", "export_svg", "Ctrl+Shift+G", QT_TRANSLATE_NOOP("Menus", "Charts as SVG…")),
    _c("export", "export_csv", "Ctrl+Shift+V", QT_TRANSLATE_NOOP("Menus", "Table as CSV…")),
    _c("export", "export_xlsx", "Ctrl+Shift+X", QT_TRANSLATE_NOOP("Menus", "Table as Excel…")),
    _c("export", "export_html", "Ctrl+Shift+H", QT_TRANSLATE_NOOP("Menus", "Report as HTML…")),
    _c("export", "export_pdf", "Ctrl+P", QT_TRANSLATE_NOOP("Menus", "Report as PDF…")),
    _c("export", "export_all", "Ctrl+Shift+E",
       QT_TRANSLATE_NOOP("Menus", "Everything to a folder…")),
    _c("file", "quit", "Ctrl+Q", QT_TRANSLATE_NOOP("Menus", "&Quit"), separator=True),
    _c("edit", "undo", QKeySequence.StandardKey.Undo, QT_TRANSLATE_NOOP("Menus", "&Undo")),
    _c("edit", "redo", "Ctrl+Shift+Z", QT_TRANSLATE_NOOP("Menus", "&Redo")),
    _c("edit", "copy_table", "Ctrl+Shift+C", QT_TRANSLATE_NOOP("Menus", "&Copy table"),
       separator=True),
    _c("edit", "copy_chart", "Ctrl+Alt+C", QT_TRANSLATE_NOOP("Menus", "Copy c&hart as image")),
    _c("edit", "select_all_models", "Ctrl+Shift+A",
       QT_TRANSLATE_NOOP("Menus", "Select all shown &models"), separator=True),
    _c("edit", "clear_models", "Ctrl+Shift+D", QT_TRANSLATE_NOOP("Menus", "Clear shown models")),
    _c("edit", "find_model", QKeySequence.StandardKey.Find,
       QT_TRANSLATE_NOOP("Menus", "&Find model…")),
    _c("view", "prices_and_sources", "Ctrl+Shift+P",
       QT_TRANSLATE_NOOP("Menus", "&Prices and sources…")),
    _c("view", "plans", "Ctrl+Shift+L",
       QT_TRANSLATE_NOOP("Menus", "P&lans, budget and commitments…")),
    _c("view", "compare_plans", "Ctrl+Shift+K", QT_TRANSLATE_NOOP("Menus", "Plan A beside plan "
                                                                          "&B…")),
    # the presets of the registry come here (see commands())
    _c("view", "currency_cny", "Ctrl+Shift+Y", QT_TRANSLATE_NOOP("Menus", "Show money in CNY (¥)"),
       checkable=True, separator=True),
    _c("view", "currency_usd", "Ctrl+Shift+U", QT_TRANSLATE_NOOP("Menus", "Show money in USD ($)"),
       checkable=True),
    # the charts of the registry come here (see commands())
    _c("view", "charts_hide_missing", "Ctrl+Alt+H",
       QT_TRANSLATE_NOOP("Menus", "Bar charts: leave out models without a value"), True,
       separator=True),
    _c("view", "spend_parts", "Ctrl+Alt+P",
       QT_TRANSLATE_NOOP("Menus", "Monthly spend: current cost by part"), True),
    _c("view", "history_log", "Ctrl+L",
       QT_TRANSLATE_NOOP("Menus", "Price history: logarithmic scale"), True),
    _c("view", "history_input", "Ctrl+Shift+I",
       QT_TRANSLATE_NOOP("Menus", "Price history: input price"), True),
    _c("view", "history_output", "Ctrl+Shift+O",
       QT_TRANSLATE_NOOP("Menus", "Price history: output price"), True),
    _c("view", "history_blended", "Ctrl+Shift+B",
       QT_TRANSLATE_NOOP("Menus", "Price history: blended price of your mix"), True),
    _c("view", "projection_baseline", "Ctrl+Shift+J",
       QT_TRANSLATE_NOOP("Menus", "Projection: lines at baseline prices"), True,
       separator=True),
    _c("view", "lang_en", "Ctrl+Alt+1", "", True, separator=True),
    _c("view", "lang_zh_CN", "Ctrl+Alt+2", "", True),
    _c("view", "cn_units", "Ctrl+Alt+3",
       QT_TRANSLATE_NOOP("Menus", "Large amounts in 万 and 亿 (Chinese)"), True),
    _c("help", "about", QKeySequence.StandardKey.HelpContents,
       QT_TRANSLATE_NOOP("Menus", "&About LLM Cost Calculator")),
)
#: Language names are written in their own language, never translated.
OWN_NAMES = {"lang_en": "English", "lang_zh_CN": "简体中文"}
MENUS = ("file", "edit", "view", "help")


def menu_titles() -> dict[str, str]:
    return {"file": translate("Menus", "&File"), "export": translate("Menus", "&Export"),
            "edit": translate("Menus", "&Edit"), "view": translate("Menus", "&View"),
            "help": translate("Menus", "&Help")}


def chart_commands() -> tuple[Command, ...]:
    """One View menu entry per registered chart, Alt+1, Alt+2, ... in tab order."""
    return tuple(Command("view", f"chart_{spec.key}", f"Alt+{i + 1}" if i < 9 else None,
                         spec.menu, separator=i == 0)
                 for i, spec in enumerate(charts()))


def preset_commands() -> tuple[Command, ...]:
    """One View menu entry per preset of the engine's registry, Ctrl+1, Ctrl+2, ..."""
    return tuple(Command("view", f"preset_{item.key}", f"Ctrl+{i + 1}" if i < 9 else None,
                         QT_TRANSLATE_NOOP("Menus", "Compare: {preset}"), separator=i == 0,
                         preset=item.title)
                 for i, item in enumerate(PRESETS))


def commands() -> tuple[Command, ...]:
    """Every command in menu order: the presets before the currency entries, the
    registry's charts after them."""
    presets = next(i for i, c in enumerate(COMMANDS) if c.key == "currency_cny")
    at = next(i for i, c in enumerate(COMMANDS) if c.key == "history_log")
    return (*COMMANDS[:presets], *preset_commands(), *COMMANDS[presets:at], *chart_commands(),
            *COMMANDS[at:])


class MenuBar:
    """Builds the menus for ``window``; ``handlers`` maps command keys to slots."""

    def __init__(self, window: QMainWindow, handlers: dict[str, Callable],
                 recent_provider: Callable[[], list], open_recent: Callable):
        bar = window.menuBar()
        self.menus: dict[str, QMenu] = {key: bar.addMenu("") for key in MENUS}
        self.menus["export"] = QMenu(window)
        self.commands = commands()
        self.actions: dict[str, QAction] = {}
        self.recent_menu = QMenu(window)
        self._recent_provider, self._open_recent = recent_provider, open_recent
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        for command in self.commands:
            host = "file" if command.menu == "export" else command.menu
            if command.separator:
                self.menus[host].addSeparator()
            if command.menu == "export" and "export_menu" not in self.actions:
                self.actions["export_menu"] = self.menus["file"].addMenu(self.menus["export"])
            if command.key == "recent":
                self.actions["recent"] = self.menus["file"].addMenu(self.recent_menu)
                continue
            action = QAction(window)
            action.setObjectName(f"action_{command.key}")
            if command.shortcut is not None:
                action.setShortcut(QKeySequence(command.shortcut))
            action.setCheckable(command.checkable)
            action.triggered.connect(handlers[command.key])
            self.menus[command.menu].addAction(action)
            self.actions[command.key] = action
        self.retranslate()

    def retranslate(self) -> None:
        for key, title in menu_titles().items():
            self.menus[key].setTitle(title)
        for command in self.commands:
            text = OWN_NAMES.get(command.key) or translate("Menus", command.text)
            if command.preset:
                text = text.format(preset=translate("Presets", command.preset))
            self.actions[command.key].setText(text)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = self._recent_provider()
        for path in paths:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self._open_recent(p))
        if not paths:
            empty = self.recent_menu.addAction(translate("Menus", "(no recent files)"))
            empty.setEnabled(False)
