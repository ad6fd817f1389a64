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
    ("help", "about", QKeySequence.StandardKey.HelpContents, False),
)


def action_texts() -> dict[str, str]:
    t = translate
    return {
        "new": t("Menus", "&New scenario"), "open": t("Menus", "&Open…"),
        "recent": t("Menus", "Open &recent"), "save": t("Menus", "&Save"),
        "save_as": t("Menus", "Save &as…"),
        "export_png": t("Menus", "Charts as PNG…"),
        "export_png2x": t("Menus", "Charts as PNG, double resolution…"),
        "export_svg": t("Menus", "Charts as SVG…"),
        "export_csv": t("Menus", "Table as CSV…"), "export_xlsx": t("Menus", "Table as Excel…"),
        "export_html": t("Menus", "Report as HTML…"), "export_pdf": t("Menus", "Report as PDF…"),
        "export_all": t("Menus", "Everything to a folder…"),
        "quit": t("Menus", "&Quit"), "copy_table": t("Menus", "&Copy table"),
        "copy_chart": t("Menus", "Copy c&hart as image"),
        "select_all_models": t("Menus", "Select all shown &models"),
        "clear_models": t("Menus", "Clear shown models"),
        "find_model": t("Menus", "&Find model…"),
        "preset_war": t("Menus", "Compare: May 2024 price war"),
        "preset_since": t("Menus", "Compare: since the price war"),
        "currency_cny": t("Menus", "Show money in CNY (¥)"),
        "currency_usd": t("Menus", "Show money in USD ($)"),
        "chart_0": t("Menus", "Chart: monthly spend"), "chart_1": t("Menus", "Chart: savings"),
        "chart_2": t("Menus", "Chart: projection"),
        "chart_3": t("Menus", "Chart: price history"),
        "history_log": t("Menus", "Price history: logarithmic scale"),
        "history_input": t("Menus", "Price history: input price"),
        "history_output": t("Menus", "Price history: output price"),
        "history_blended": t("Menus", "Price history: blended price of your mix"),
        "about": t("Menus", "&About LLM Cost Calculator"),
    }


def menu_titles() -> dict[str, str]:
    t = translate
    return {"file": t("Menus", "&File"), "export": t("Menus", "&Export"),
            "edit": t("Menus", "&Edit"), "view": t("Menus", "&View"), "help": t("Menus", "&Help")}


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
