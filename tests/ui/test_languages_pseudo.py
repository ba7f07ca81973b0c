"""The pseudo-locale: every text stretched, accented and bracketed, placeholders intact."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizard

from app.cli import build_parser
from app.domain.keys import KeyProblem
from app.domain.text import substitute
from app.i18n import install_language, render_text
from app.i18n.pseudo import PSEUDO_LANGUAGE, stretch

PLACEHOLDERS = re.compile(r"%L?[1-9n]|<[^>]+>|&amp;")


def test_stretch_keeps_placeholders_tags_and_mnemonics():
    source = "Install key %1 on <b>%2</b> &amp; &Next for %n host(s)"
    stretched = stretch(source)
    assert stretched.startswith("[") and stretched.endswith("]")
    assert PLACEHOLDERS.findall(stretched) == PLACEHOLDERS.findall(source)
    assert "&Ñ" in stretched  # the mnemonic letter is still marked
    assert not re.search(r"[A-Za-z]{2,}", PLACEHOLDERS.sub("", stretched))  # no plain English
    sentence = "Install the host key on this machine"
    assert len(stretch(sentence)) >= 1.4 * len(sentence)  # about 40 % longer, or more
    assert stretch("") == ""


def test_codes_stay_readable():
    assert "0xC004F038" in stretch("Clients wait with 0xC004F038 (KB3172614).")
    assert "KB3172614" in stretch("Clients wait with 0xC004F038 (KB3172614).")


def test_words_grow_each_so_lines_still_wrap_between_words():
    stretched = stretch("More text")
    assert stretched == "[Ḿöŕé~~ ţéẋţ~~]"
    assert stretched.count(" ") == 1


def test_installing_pseudo_stretches_every_translation(qapp):
    try:
        load = install_language(PSEUDO_LANGUAGE)
        assert load.language == PSEUDO_LANGUAGE and load.complete
        text = render_text(KeyProblem.EMPTY.text)
        assert text.startswith("[") and "~" in text
        filled = substitute(QCoreApplication.translate("Wizard", "%1 — %2"), ("a", "b"))
        assert filled.startswith("[") and "a" in filled and "b" in filled
    finally:
        install_language("en")
    assert render_text(KeyProblem.EMPTY.text) == KeyProblem.EMPTY.text.source


def test_the_wizard_runs_in_pseudo(qtbot, make_wizard):
    wizard, _confirmer = make_wizard(PSEUDO_LANGUAGE)
    assert wizard.ctx.language == PSEUDO_LANGUAGE
    assert wizard.button(QWizard.WizardButton.NextButton).text().startswith("[")
    assert wizard.currentPage().title().startswith("[")
    wizard.open_help()  # no pseudo help: the English pages
    assert wizard.help_browser.current_file.parent.name == "en"


def test_lang_pseudo_is_accepted_on_the_command_line():
    args = build_parser().parse_args(["--lang", PSEUDO_LANGUAGE])
    assert args.lang == PSEUDO_LANGUAGE
