from app.domain.text import QT_TRANSLATE_NOOP, Message, msg, substitute


def test_substitute_fills_qt_style_placeholders_in_order():
    assert substitute("%2 on %1", ("kms01", "port 1688")) == "port 1688 on kms01"


def test_substitute_does_not_resubstitute_arguments():
    assert substitute("%1 and %2", ("%2", "x")) == "%2 and x"


def test_substitute_plural_and_unknown_markers():
    assert substitute("%n host(s), 100%", (), n=3) == "3 host(s), 100%"
    assert substitute("%3 missing", ("a",)) == "%3 missing"


def test_message_renders_in_english_without_qt():
    text = QT_TRANSLATE_NOOP("Ctx", "Install key on %1?")
    assert msg(text, "KMS01") == Message(text, ("KMS01",))
    assert msg(text, "KMS01").english() == "Install key on KMS01?"
