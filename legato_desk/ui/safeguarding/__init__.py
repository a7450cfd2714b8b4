"""Intake, safeguarding flags and escalations, the sharing log, the agency
directory, case endings and the per-case audit view.

``install(window)`` (install.py) adds the tabs, menu actions and markers to
the main window; the settings page for the office protocol is in
protocol_page.py and is listed in ui/settings/dialog.py's PAGES.
"""
