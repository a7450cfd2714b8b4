"""The first screen explains the vault, the recovery key and the demo vault."""

from PySide6.QtCore import QPoint

from legato_desk.ui.start.welcome import WelcomeDialog


def test_welcome_explains_vault_recovery_key_and_demo_before_anything_is_created(
        make_app, qtbot):
    welcome = make_app().first_window()
    qtbot.addWidget(welcome)
    welcome.show()
    assert isinstance(welcome, WelcomeDialog)
    text = welcome.explanation.text()
    for must in ("<b>Your vault</b>", "passphrase", "<b>The recovery key</b>", "shown once",
                 "only way back in", "<b>The demo vault</b>", "Never put real data"):
        assert must in text
    # It is read before the buttons, and the default action is unchanged.
    assert welcome.explanation.isVisible() and welcome.create_button.isDefault()
    explanation_bottom = welcome.explanation.geometry().bottom()
    assert explanation_bottom < welcome.create_button.mapTo(welcome, QPoint(0, 0)).y()
