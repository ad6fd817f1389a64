"""The menu bar: every command with its shortcut, built once and retitled per language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from .i18n import translate

#: (menu, key, shortcut, checkable); None entries are separators.
ACTIONS: tuple = (
    ("file", "new", QKeySequence.StandardKey.New, False),
    ("file", "open", QKeySequence.StandardKey.Open, False),
    ("file", "recent", None, False),
    ("file", "save", QKeySequence.StandardKey.Save, False),
    ("file", "save_as", "Ctrl+Shift+S", False),
    None,
    ("file", "import_prices", "Ctrl+I", False),
    ("file", "update_prices", "Ctrl+Shift+R", False),
    None,
    ("export", "export_png", "Ctrl+E", False),
    ("export", "export_png2x", "Ctrl+Alt+E", False),
    ("export", "export_svg", "Ctrl+Shift+G", False),
    ("export", "export_csv", "Ctrl+Shift+V", False),
    ("export", "export_xlsx", "Ctrl+Shift+X", False),
    ("export", "export_html", "Ctrl+Shift+H", False),
    ("export", "export_pdf", "Ctrl+P", False),
    ("export", "export_all", "Ctrl+Shift+E", False),
    None,
    ("file", "quit", "Ctrl+Q", False),
    ("edit", "copy_table", "Ctrl+Shift+C", False),
    ("edit", "copy_chart", "Ctrl+Alt+C", False),
    None,
    ("edit", "select_all_models", "Ctrl+Shift+A", False),
    ("edit", "clear_models", "Ctrl+Shift+D", False),
    ("edit", "find_model", QKeySequence.StandardKey.Find, False),
    ("view", "prices_and_sources", "Ctrl+Shift+P", False),
    None,
    ("view", "preset_war", "Ctrl+1", False),
    ("view", "preset_since", "Ctrl+2", False),
    None,
    ("view", "currency_cny", "Ctrl+Shift+Y", True),
    ("view", "currency_usd", "Ctrl+Shift+U", True),
    None,
    ("view", "chart_0", "Alt+1", False),
    ("view", "chart_1", "Alt+2", False),
    ("view", "chart_2", "Alt+3", False),
    ("view", "chart_3", "Alt+4", False),
    None,
    ("view", "history_log", "Ctrl+L", True),
    ("view", "history_input", "Ctrl+Shift+I", True),
    ("view", "history_output", "Ctrl+Shift+O", True),
    ("view", "history_blended", "Ctrl+Shift+B", True),
    None,
    ("view", "lang_en", "Ctrl+Alt+1", True),
    ("view", "lang_zh_CN", "Ctrl+Alt+2", True),
    ("view", "cn_units", "Ctrl+Alt+3", True),
    ("help", "about", QKeySequence.StandardKey.HelpContents, False),
)


def action_texts() -> dict[str, str]:
    return {
        "new": translate("Menus", "&New scenario"), "open": translate("Menus", "&Open…"),
        "recent": translate("Menus", "Open &recent"), "save": translate("Menus", "&Save"),
        "save_as": translate("Menus", "Save &as…"),
        "import_prices": translate("Menus", "&Import prices…"),
        "update_prices": translate("Menus", "&Update prices…"),
        "prices_and_sources": translate("Menus", "&Prices and sources…"),
        "export_png": translate("Menus", "Charts as PNG…"),
        "export_png2x": translate("Menus", "Charts as PNG, double resolution…"),
        "export_svg": translate("Menus", "Charts as SVG…"),
        "export_csv": translate("Menus", "Table as CSV…"), "export_xlsx": translate("Menus", "Table as Excel…"),
        "export_html": translate("Menus", "Report as HTML…"), "export_pdf": translate("Menus", "Report as PDF…"),
        "export_all": translate("Menus", "Everything to a folder…"),
        "quit": translate("Menus", "&Quit"), "copy_table": translate("Menus", "&Copy table"),
        "copy_chart": translate("Menus", "Copy c&hart as image"),
        "select_all_models": translate("Menus", "Select all shown &models"),
        "clear_models": translate("Menus", "Clear shown models"),
        "find_model": translate("Menus", "&Find model…"),
        "preset_war": translate("Menus", "Compare: May 2024 price war"),
        "preset_since": translate("Menus", "Compare: since the price war"),
        "currency_cny": translate("Menus", "Show money in CNY (¥)"),
        "currency_usd": translate("Menus", "Show money in USD ($)"),
        "chart_0": translate("Menus", "Chart: monthly spend"), "chart_1": translate("Menus", "Chart: savings"),
        "chart_2": translate("Menus", "Chart: projection"),
        "chart_3": translate("Menus", "Chart: price history"),
        "history_log": translate("Menus", "Price history: logarithmic scale"),
        "history_input": translate("Menus", "Price history: input price"),
        "history_output": translate("Menus", "Price history: output price"),
        "history_blended": translate("Menus", "Price history: blended price of your mix"),
        "lang_en": "English",
        "lang_zh_CN": "简体中文",
        "cn_units": translate("Menus", "Large amounts in 万 and 亿 (Chinese)"),
        "about": translate("Menus", "&About LLM Cost Calculator"),
    }


def menu_titles() -> dict[str, str]:
    return {"file": translate("Menus", "&File"), "export": translate("Menus", "&Export"),
            "edit": translate("Menus", "&Edit"), "view": translate("Menus", "&View"), "help": translate("Menus", "&Help")}


class MenuBar:
    """Builds the menus for ``window``; ``handlers`` maps action keys to slots."""

    def __init__(self, window: QMainWindow, handlers: dict[str, Callable],
                 recent_provider: Callable[[], list], open_recent: Callable):
        bar = window.menuBar()
        self.menus: dict[str, QMenu] = {}
        for key in ("file", "edit", "view", "help"):
            self.menus[key] = bar.addMenu("")
        self.menus["export"] = QMenu(window)
        self.actions: dict[str, QAction] = {}
        self.recent_menu = QMenu(window)
        self._recent_provider, self._open_recent = recent_provider, open_recent
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        last_menu = "file"
        for spec in ACTIONS:
            if spec is None:
                self.menus[last_menu].addSeparator()
                continue
            menu, key, shortcut, checkable = spec
            if menu == "export" and "export_menu" not in self.actions:
                self.actions["export_menu"] = self.menus["file"].addMenu(self.menus["export"])
            last_menu = "file" if menu == "export" else menu
            if key == "recent":
                self.actions["recent"] = self.menus["file"].addMenu(self.recent_menu)
                continue
            action = QAction(window)
            action.setObjectName(f"action_{key}")
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.setCheckable(checkable)
            action.triggered.connect(handlers[key])
            self.menus[menu].addAction(action)
            self.actions[key] = action
        self.retranslate()

    def retranslate(self) -> None:
        for key, title in menu_titles().items():
            self.menus[key].setTitle(title)
        for key, text in action_texts().items():
            self.actions[key].setText(text)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = self._recent_provider()
        for path in paths:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self._open_recent(p))
        if not paths:
            empty = self.recent_menu.addAction(translate("Menus", "(no recent files)"))
            empty.setEnabled(False)
