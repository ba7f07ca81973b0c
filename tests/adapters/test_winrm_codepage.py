"""French and German text survives WinRM only with the UTF-8 code page (65001).

pywinrm's default shell code page is 437: a French or German Windows then
sends its accented edition names in an OEM code page, and a UTF-8 reader gets
mojibake (pywinrm #357, #247). The adapter opens its shells with 65001; this
test shows both sides on the lab's French and German machines.
"""

from __future__ import annotations

import pytest

from tests.adapters.winrm_support import lab_runner, machines_by, running_lab


@pytest.fixture(scope="module")
def lab():
    with running_lab() as runtime:
        yield runtime


@pytest.fixture(scope="module")
def localized(lab):
    found = {
        language: machines_by(
            lab,
            lambda doc, lang=language: (
                doc.get("language") == lang and not str(doc.get("caption", "")).isascii()
            ),
        )
        for language in ("fr-FR", "de-DE")
    }
    assert found["fr-FR"] and found["de-DE"], "the lab has a French and a German edition name"
    return {language: names[0] for language, names in found.items()}


def caption(lab, machine, codepage):
    runner = lab_runner(lab, machine, codepage=codepage)
    try:
        return runner.run("inspect")["caption"], runner.run("status")
    finally:
        runner.close()


@pytest.mark.parametrize("language", ["fr-FR", "de-DE"])
def test_accented_text_arrives_intact_with_utf8(lab, localized, language):
    text, status = caption(lab, localized[language], 65001)
    assert not text.isascii(), f"the {language} caption has accented letters: {text!r}"
    assert "\ufffd" not in text
    descriptions = " ".join(str(p.get("description", "")) for p in status["products"])
    assert "\ufffd" not in descriptions


@pytest.mark.parametrize("language", ["fr-FR", "de-DE"])
def test_the_same_text_is_garbled_with_code_page_437(lab, localized, language):
    good, _ = caption(lab, localized[language], 65001)
    bad, _ = caption(lab, localized[language], 437)
    assert bad != good
    assert "\ufffd" in bad  # OEM bytes are not UTF-8
    assert bad.replace("\ufffd", "") != good
