import pytest

from aligner_gui.ui.fonts import load_bundled_fonts


@pytest.fixture(scope="session", autouse=True)
def bundled_fonts(qapp):
    return load_bundled_fonts()


@pytest.fixture
def arabic_ui(qapp):
    """The interface in Arabic for one test, back to English after it."""
    from aligner_gui.ui.i18n import apply_language

    translator = apply_language(qapp, "ar")
    yield
    qapp.removeTranslator(translator)
    apply_language(qapp, "en")
