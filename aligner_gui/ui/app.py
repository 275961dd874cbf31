"""`aligner-gui`: start the desktop app, optionally render one screenshot and exit."""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from collections.abc import Sequence
from pathlib import Path

from aligner_gui import __version__
from aligner_gui.core.errors import AlignerError
from aligner_gui.guard import run_guarded

SCREENSHOT_SIZE = (1400, 860)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aligner-gui", description="Review rewrites of Arabic text.")
    parser.add_argument("project", nargs="?", type=Path, metavar="PROJECT")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo project (kept between starts; File > Reset demo project starts it afresh)",
    )
    parser.add_argument("--lang", choices=("ar", "en"), help="interface language (default: settings, then locale)")
    parser.add_argument("--screenshot", type=Path, metavar="FILE.png", help="render the window to FILE.png and exit")
    parser.add_argument(
        "--reviewer", metavar="NAME", help="reviewer name recorded with decisions (default: settings, else asked)"
    )
    parser.add_argument("--version", action="version", version=f"aligner_gui {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.project and args.demo:
        print("aligner-gui: error: give a PROJECT or --demo, not both", file=sys.stderr)
        return 2
    return run_guarded(lambda: _run(args), prog="aligner-gui")


def _run(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from aligner_gui.ui.common.fonts import load_bundled_fonts
    from aligner_gui.ui.common.i18n import apply_language, choose_language
    from aligner_gui.ui.common.menu_style import use_left_to_right_shortcuts
    from aligner_gui.ui.common.settings import migrate_old_settings, name_application, saved_reviewer
    from aligner_gui.ui.demo_project import prepare_demo
    from aligner_gui.ui.main_window import MainWindow

    if args.screenshot and args.screenshot.suffix.lower() != ".png":
        raise AlignerError(f"--screenshot wants a .png file name, got {args.screenshot}")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    name_application(app)
    migrate_old_settings()
    load_bundled_fonts()
    translator = apply_language(app, choose_language(args.lang))  # noqa: F841 - kept alive
    use_left_to_right_shortcuts(app)

    project, notice = args.project, None
    if args.demo:
        project, notice = prepare_demo()
        if notice:
            print(f"aligner-gui: {notice}", file=sys.stderr)

    # No name yet: the welcome screen asks for it, and opens the project once it is given.
    window = MainWindow((args.reviewer or "").strip() or saved_reviewer())
    # Commit what is left and stop the runners however the app ends.
    app.aboutToQuit.connect(lambda: window.close_project(wait_for_jobs=True))
    window.resize(*SCREENSHOT_SIZE)
    window.show()  # before opening: upgrading an older project shows its progress here
    if project is not None:
        window.open_project(project)
        if window.project is None and args.screenshot:
            print(
                "aligner-gui: no reviewer name is saved yet: the screenshot shows the welcome screen,"
                " where the project waits for one (give --reviewer NAME)",
                file=sys.stderr,
            )
    if notice:
        window.statusBar().showMessage(notice)
    if args.screenshot:
        return _save_screenshot(app, window, args.screenshot)
    return app.exec()


def _save_screenshot(app, window, path: Path) -> int:  # noqa: ANN001 - Qt objects
    for _ in range(5):  # let layouts settle and fonts shape before grabbing
        app.processEvents()
    if not window.grab().save(str(path), "PNG"):
        raise AlignerError(f"cannot write the screenshot to {path}")
    window.close()
    print(f"saved {path}")
    return 0


if __name__ == "__main__":
    # A frozen build (PyInstaller) starts import helper processes through this executable.
    multiprocessing.freeze_support()
    sys.exit(main())
