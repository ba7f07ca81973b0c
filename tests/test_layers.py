from tests.check_layers import violations


def test_layers_respect_design_section_2():
    assert violations() == []
