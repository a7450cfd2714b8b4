<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../legato_desk/ui/about.py" />
            <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;An offline, encrypted companion for key-client counselling. Your data stays on this computer.&lt;/p&gt;&lt;p&gt;{app} is built on the libraries below. Select one to read its licence. Qt and PySide6 are used under the GNU LGPL version 3; their libraries are separate files in the installed folder and can be replaced.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Eine verschlüsselte Offline-Arbeitshilfe für die Beratung mit Schlüsselklient/innen. Ihre Daten bleiben auf diesem Computer.&lt;/p&gt;&lt;p&gt;{app} baut auf den unten aufgeführten Bibliotheken auf. Wählen Sie eine aus, um ihre Lizenz zu lesen. Qt und PySide6 werden unter der GNU LGPL Version 3 verwendet; ihre Bibliotheken liegen als separate Dateien im Installationsordner und können ersetzt werden.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/about.py" />
            <source>About {app}</source>
            <translation>Über {app}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/about.py" />
            <source>Bitstream Vera licence</source>
            <translation>Bitstream-Vera-Lizenz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/about.py" />
            <source>Bundled libraries</source>
            <translation>Mitgelieferte Bibliotheken</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/about.py" />
            <source>Library</source>
            <translation>Bibliothek</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/about.py" />
            <source>Licence</source>
            <translation>Lizenz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/about.py" />
            <source>Licence text</source>
            <translation>Lizenztext</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/about.py" />
            <source>OpenSSL (in {owners})</source>
            <translation>OpenSSL (in {owners})</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/about.py" />
            <source>Public domain</source>
            <translation>Gemeinfrei</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/about.py" />
            <source>The licence text of {name} is missing from this installation.</source>
            <translation>Der Lizenztext von {name} fehlt in dieser Installation.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/about.py" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
    </context>
    <context>
        <name>AddPersonDialog</name>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>&amp;Closeness:</source>
            <translation>Nä&amp;he:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>&amp;Role:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>&amp;Sector:</source>
            <translation>&amp;Sektor:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>Add a person</source>
            <translation>Person hinzufügen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>The person is placed in a free spot of that sector and ring; drag them to fine-tune.</source>
            <translation>Die Person wird an einer freien Stelle dieses Sektors und Rings platziert; ziehen Sie sie zum Feinjustieren.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>e.g. Mother, Mr B.</source>
            <translation>z. B. Mutter, Herr B.</translation>
        </message>
    </context>
    <context>
        <name>AgencyDialog</name>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Institution</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Name of the institution</source>
            <translation>Name der Stelle</translation>
        </message>
    </context>
    <context>
        <name>AppearancePage</name>
        <message>
            <location filename="../../legato_desk/ui/settings/dialog.py" />
            <source>&amp;Colours:</source>
            <translation>&amp;Farben:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/settings/dialog.py" />
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/settings/dialog.py" />
            <source>A new language takes effect the next time legato-desk starts.</source>
            <translation>Eine neue Sprache gilt ab dem nächsten Start von legato-desk.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/settings/dialog.py" />
            <source>Appearance</source>
            <translation>Darstellung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/settings/dialog.py" />
            <source>As the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/settings/dialog.py" />
            <source>As the system ({language})</source>
            <translation>Wie das System ({language})</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/settings/dialog.py" />
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/settings/dialog.py" />
            <source>Dark colours are easier on the eyes late in the evening. Every text keeps a contrast of at least 4.5:1 in both.</source>
            <translation>Dunkle Farben schonen am späten Abend die Augen. In beiden Darstellungen hat jeder Text einen Kontrast von mindestens 4,5:1.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/settings/dialog.py" />
            <source>Language of the app</source>
            <translation>Sprache der Anwendung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/settings/dialog.py" />
            <source>Light</source>
            <translation>Hell</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <location filename="../../legato_desk/app.py" />
            <source>Demo vault: the passphrase is “{passphrase}”.</source>
            <translation>Demo-Tresor: Die Passphrase lautet „{passphrase}“.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/app.py" />
            <source>The automatic backup failed: {reason}</source>
            <translation>Die automatische Sicherung ist fehlgeschlagen: {reason}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/app.py" />
            <source>The backup could not be restored; your vault was left as it was. {reason}</source>
            <translation>Die Sicherung konnte nicht wiederhergestellt werden; Ihr Tresor bleibt unverändert. {reason}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/app.py" />
            <source>The backup was restored. Unlock it with the passphrase that was valid when it was made.</source>
            <translation>Die Sicherung wurde wiederhergestellt. Entsperren Sie den Tresor mit der Passphrase, die zum Zeitpunkt der Sicherung gültig war.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentForm</name>
        <message>
            <location filename="../../legato_desk/ui/keyclients/assessment.py" />
            <source>&lt;b&gt;Criterion&lt;/b&gt;</source>
            <translation>&lt;b&gt;Kriterium&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/assessment.py" />
            <source>&lt;b&gt;Evidence: who said so, what was seen&lt;/b&gt;</source>
            <translation>&lt;b&gt;Grundlage: wer es gesagt hat, was beobachtet wurde&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/assessment.py" />
            <source>&lt;b&gt;Rating&lt;/b&gt;</source>
            <translation>&lt;b&gt;Bewertung&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/assessment.py" />
            <source>&lt;b&gt;{name}&lt;/b&gt; (decides)</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; (entscheidend)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/assessment.py" />
            <source>Evidence: {name}</source>
            <translation>Grundlage: {name}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/assessment.py" />
            <source>Rate what you know; leave the rest unknown. For the risks (marked) a higher rating counts against the candidate.</source>
            <translation>Bewerten Sie, was Sie wissen; lassen Sie den Rest auf „unbekannt“. Bei den (markierten) Risiken spricht eine höhere Bewertung gegen die Person.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/assessment.py" />
            <source>Rating: {name}</source>
            <translation>Bewertung: {name}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/assessment.py" />
            <source>{name} (risk)</source>
            <translation>{name} (Risiko)</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/audit_page.py" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/audit_page.py" />
            <source>Audit trail</source>
            <translation>Änderungsprotokoll</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/audit_page.py" />
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/audit_page.py" />
            <source>Read-only. The vault records which profile created, changed, exported or deleted each record of this case, and when — never the content. “legato-desk check” verifies that no entry was edited or removed.</source>
            <translation>Nur lesbar. Der Tresor hält fest, welches Profil die Einträge dieses Falls wann angelegt, geändert, exportiert oder gelöscht hat – nie den Inhalt. „legato-desk check“ prüft, dass kein Eintrag bearbeitet oder entfernt wurde.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/audit_page.py" />
            <source>Record</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/audit_page.py" />
            <source>When</source>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/audit_page.py" />
            <source>closed</source>
            <translation>abgeschlossen</translation>
        </message>
    </context>
    <context>
        <name>Autosaver</name>
        <message>
            <location filename="../../legato_desk/ui/keyclients/autosave.py" />
            <source>Not saved: {reason}</source>
            <translation>Nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/autosave.py" />
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source>&amp;Keep the newest:</source>
            <translation>&amp;Neueste behalten:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source>A backup is made automatically once a day, when you lock or quit, and whenever you choose Vault ▸ Back up now.</source>
            <translation>Eine Sicherung wird automatisch einmal täglich erstellt, außerdem beim Sperren oder Beenden und immer dann, wenn Sie Tresor ▸ Jetzt sichern wählen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source>Backup &amp;folder:</source>
            <translation>Sicherungs&amp;ordner:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source>Backup folder</source>
            <translation>Sicherungsordner</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Auswählen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source>Empty: a “backups” folder inside the vault folder. Choose a folder on an external drive to be safe from a lost or broken laptop. Backups are encrypted like the vault.</source>
            <translation>Leer: ein Ordner „backups“ im Tresorordner. Wählen Sie einen Ordner auf einem externen Laufwerk, damit die Sicherungen auch bei Verlust oder Defekt des Laptops erhalten bleiben. Sicherungen sind wie der Tresor verschlüsselt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source>Number of backups to keep</source>
            <translation>Anzahl der aufzubewahrenden Sicherungen</translation>
        </message>
    </context>
    <context>
        <name>CaseCommands</name>
        <message>
            <location filename="../../legato_desk/ui/cases/commands.py" />
            <source>Rename case to “{name}”</source>
            <translation>Fall in „{name}“ umbenennen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/commands.py" />
            <source>Set status to “{status}”</source>
            <translation>Status auf „{status}“ setzen</translation>
        </message>
    </context>
    <context>
        <name>CaseListPage</name>
        <message>
            <location filename="../../legato_desk/ui/cases/case_list.py" />
            <source>&amp;New case…</source>
            <translation>&amp;Neuer Fall…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/case_list.py" />
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/case_list.py" />
            <source>&amp;Rename…</source>
            <translation>&amp;Umbenennen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/case_list.py" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/case_list.py" />
            <source>Cases</source>
            <translation>Fälle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/case_list.py" />
            <source>Filter cases</source>
            <translation>Fälle filtern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/case_list.py" />
            <source>Filter cases (Ctrl+F)…</source>
            <translation>Fälle filtern (Strg+F)…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/case_list.py" />
            <source>No cases yet. Press “New case…” (Ctrl+N) after a first contact.</source>
            <translation>Noch keine Fälle. Klicken Sie nach einem Erstkontakt auf „Neuer Fall…“ (Strg+N).</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/case_list.py" />
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/case_list.py" />
            <source>Open safeguarding flags</source>
            <translation>Offene Gefährdungshinweise</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/case_list.py" />
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/case_list.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/case_list.py" />
            <source>⚠ Open safeguarding flags in {count} case(s): {cases}</source>
            <translation>⚠ Offene Gefährdungshinweise – betroffene Fälle ({count}): {cases}</translation>
        </message>
    </context>
    <context>
        <name>CaseSearch</name>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Acknowledged by</source>
            <translation>Bestätigt von</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Addendum</source>
            <translation>Nachtrag</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Agenda item (agreed by the client)</source>
            <translation>Tagesordnungspunkt (mit Zustimmung der Klientin / des Klienten)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Agenda item (not agreed by the client)</source>
            <translation>Tagesordnungspunkt (ohne Zustimmung der Klientin / des Klienten)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Agreed measure</source>
            <translation>Vereinbarte Maßnahme</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Case conference</source>
            <translation>Fallkonferenz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Case summary</source>
            <translation>Fallzusammenfassung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Checklist item</source>
            <translation>Punkt der Checkliste</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Closing note</source>
            <translation>Abschlussnotiz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Communication</source>
            <translation>Kommunikation</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Concern</source>
            <translation>Anliegen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Consent note</source>
            <translation>Notiz zur Einwilligung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Contact details</source>
            <translation>Kontaktdaten</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Crisis contact</source>
            <translation>Kontakt für die Krise</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Crisis route</source>
            <translation>Weg in der Krise</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Done</source>
            <translation>Umgesetzt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Evidence: {criterion}</source>
            <translation>Grundlage: {criterion}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Factor</source>
            <translation>Faktor</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Factor sheet</source>
            <translation>Faktorenbogen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Goals and measures</source>
            <translation>Ziele und Maßnahmen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Goals set at intake</source>
            <translation>Ziele beim Erstkontakt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Guilt</source>
            <translation>Schuldgefühle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Important fact</source>
            <translation>Wichtiger Fakt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Informed by</source>
            <translation>Informiert von</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Institution</source>
            <translation>Einrichtung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Intake</source>
            <translation>Erstkontakt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Key-client</source>
            <translation>Schlüsselklient/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Measure</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Minutes</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Next step</source>
            <translation>Nächster Schritt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Next steps</source>
            <translation>Nächste Schritte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Note on a checklist item</source>
            <translation>Notiz zu einem Punkt der Checkliste</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Note on a factor</source>
            <translation>Notiz zu einem Faktor</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Other participants</source>
            <translation>Weitere Teilnehmende</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Participant</source>
            <translation>Teilnehmende Person</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Person on the map</source>
            <translation>Person auf der Karte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Personality</source>
            <translation>Persönlichkeit</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Protective factors</source>
            <translation>Schutzfaktoren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Rationale</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Rationale (draft)</source>
            <translation>Begründung (Entwurf)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Recent developments</source>
            <translation>Aktuelle Entwicklungen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Referral</source>
            <translation>Weitervermittlung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Reflection</source>
            <translation>Reflexion</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Relation to the index client</source>
            <translation>Beziehung zur/zum Indexklient/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Relationships</source>
            <translation>Beziehungen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Release</source>
            <translation>Entlassung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Resilience</source>
            <translation>Belastbarkeit</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Responsibility</source>
            <translation>Verantwortung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Responsible for a checklist item</source>
            <translation>Zuständig für einen Punkt der Checkliste</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Review</source>
            <translation>Überprüfung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Risk factors</source>
            <translation>Risikofaktoren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Role in the conference</source>
            <translation>Rolle in der Konferenz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Safeguarding</source>
            <translation>Gefährdung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Session</source>
            <translation>Gespräch</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Setback</source>
            <translation>Rückschlag</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Sharing log</source>
            <translation>Weitergabeprotokoll</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Source of a fact</source>
            <translation>Quelle eines Fakts</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Status note</source>
            <translation>Notiz zum Status</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>The key-client's state</source>
            <translation>Verfassung des/der Schlüsselklient/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>The past</source>
            <translation>Vorgeschichte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Tie on the map</source>
            <translation>Verbindung auf der Karte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>To whom</source>
            <translation>An wen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>What happened / facts</source>
            <translation>Was geschah / Fakten</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Who carries out a measure</source>
            <translation>Wer eine Maßnahme übernimmt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/labels.py" />
            <source>Winding down</source>
            <translation>Ausklang</translation>
        </message>
    </context>
    <context>
        <name>CaseSearchPage</name>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>&amp;Grounding or task:</source>
            <translation>Grundlage oder A&amp;ufgabe:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>Any task</source>
            <translation>Jede Aufgabe</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>Anyone</source>
            <translation>Alle Personen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>Dated &amp;within:</source>
            <translation>Dat&amp;iert zwischen:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>From date</source>
            <translation>Von-Datum</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>Grounding</source>
            <translation>Emotionale Grundlage</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>Grounding or task</source>
            <translation>Emotionale Grundlage oder Aufgabe</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>Nothing in this case matches these words and filters.</source>
            <translation>In diesem Fall passt nichts zu diesen Wörtern und Filtern.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>Nothing in this case matches these words.</source>
            <translation>In diesem Fall passt nichts zu diesen Wörtern.</translation>
        </message>
        <message>
            <source>Only texts dated in this range (sessions, key-client decisions, safeguarding, sharing, factor sheets, referrals); the summary, intake and map have no date.</source>
            <translation type="vanished">Nur Texte mit einem Datum in diesem Zeitraum (Gespräche, Entscheidungen zu Schlüsselklient/innen, Gefährdung, Weitergaben, Faktorenbögen, Weitervermittlungen); Zusammenfassung, Erstkontakt und Karte haben kein Datum.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>Only texts dated in this range (sessions, key-client decisions, safeguarding, sharing, factor sheets, referrals, goals, measures by when they are due, plan reviews, case conferences, the release); the summary, intake, map and wind-down note have no date.</source>
            <translation>Nur Texte mit einem Datum in diesem Zeitraum (Gespräche, Entscheidungen zu Schlüsselklient/innen, Gefährdung, Weitergaben, Faktorenbögen, Weitervermittlungen, Ziele, Maßnahmen nach ihrer Frist, Überprüfungen des Plans, Fallkonferenzen, die Entlassung); Zusammenfassung, Erstkontakt, Karte und Ausklang haben kein Datum.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>Person on the &amp;map:</source>
            <translation>P&amp;erson auf der Karte:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>Person on the map</source>
            <translation>Person auf der Karte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>Search message</source>
            <translation>Suchmeldung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>Search te&amp;xt:</source>
            <translation>Suchte&amp;xt:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>Search this case</source>
            <translation>Diesen Fall durchsuchen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>Texts found: {n}. Enter or double-click opens one.</source>
            <translation>Gefundene Texte: {n}. Eingabetaste oder Doppelklick öffnet einen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>Texts found: {n}; the first {shown} are listed. More words or a filter narrow it.</source>
            <translation>Gefundene Texte: {n}; die ersten {shown} sind aufgeführt. Weitere Wörter oder ein Filter grenzen die Suche ein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>The first date is after the second: choose a range that starts before it ends.</source>
            <translation>Das erste Datum liegt nach dem zweiten: Wählen Sie einen Zeitraum, der beginnt, bevor er endet.</translation>
        </message>
        <message>
            <source>Type a word, or choose a task, a person or dates, to search everything written in this case: sessions, summary, intake, map, key-clients, safeguarding, sharing log, factor sheets and referrals.</source>
            <translation type="vanished">Geben Sie ein Wort ein oder wählen Sie eine Aufgabe, eine Person oder einen Zeitraum, um alles zu durchsuchen, was in diesem Fall geschrieben wurde: Gespräche, Zusammenfassung, Erstkontakt, Karte, Schlüsselklient/innen, Gefährdung, Weitergabeprotokoll, Faktorenbögen und Weitervermittlungen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>Type a word, or choose a task, a person or dates, to search everything written in this case: sessions, summary, intake, map, key-clients, safeguarding, sharing log, factor sheets, referrals, goals and measures, case conferences and the release.</source>
            <translation>Geben Sie ein Wort ein oder wählen Sie eine Aufgabe, eine Person oder einen Zeitraum, um alles zu durchsuchen, was in diesem Fall geschrieben wurde: Gespräche, Zusammenfassung, Erstkontakt, Karte, Schlüsselklient/innen, Gefährdung, Weitergabeprotokoll, Faktorenbögen, Weitervermittlungen, Ziele und Maßnahmen, Fallkonferenzen und die Entlassung.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>Until date</source>
            <translation>Bis-Datum</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>Words from anything written in this case, e.g. apprenticeship</source>
            <translation>Wörter aus allem, was in diesem Fall steht, z. B. Ausbildung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/page.py" />
            <source>{name} (index client)</source>
            <translation>{name} (Indexklient/in)</translation>
        </message>
    </context>
    <context>
        <name>CaseSearchTab</name>
        <message>
            <location filename="../../legato_desk/ui/search/install.py" />
            <source>Choose a case to search first.</source>
            <translation>Wählen Sie zuerst einen Fall zum Durchsuchen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/install.py" />
            <source>Searc&amp;h this case…</source>
            <translation>Diesen Fall durc&amp;hsuchen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/install.py" />
            <source>This text is on the Release tab, which is shown only while the intake says the case was referred by prison or probation.</source>
            <translation>Dieser Text steht im Reiter Entlassung (Justiz), der nur erscheint, solange im Erstkontakt als Zugangsweg „Justizvollzug oder Bewährungshilfe“ eingetragen ist.</translation>
        </message>
    </context>
    <context>
        <name>CaseStatus</name>
        <message>
            <location filename="../../legato_desk/ui/cases/labels.py" />
            <source>Active counselling</source>
            <translation>Aktive Beratung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/labels.py" />
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/labels.py" />
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/labels.py" />
            <source>Ended, still reachable</source>
            <translation>Beendet, weiter erreichbar</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/labels.py" />
            <source>Intake</source>
            <translation>Erstkontakt</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <location filename="../../legato_desk/ui/cases/case_list.py" />
            <source>Case</source>
            <translation>Fall</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/case_list.py" />
            <source>Last activity</source>
            <translation>Letzte Aktivität</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/case_list.py" />
            <source>Open safeguarding flag: {flags}</source>
            <translation>Offener Gefährdungshinweis: {flags}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/case_list.py" />
            <source>Opened on</source>
            <translation>Eröffnet am</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/case_list.py" />
            <source>Pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/case_list.py" />
            <source>Safeguarding</source>
            <translation>Gefährdung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/case_list.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/case_list.py" />
            <source>⚠ {count} open flags</source>
            <translation>⚠ {count} offene Hinweise</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/case_list.py" />
            <source>⚠ {flag}</source>
            <translation>⚠ {flag}</translation>
        </message>
    </context>
    <context>
        <name>CaseWorkspace</name>
        <message>
            <location filename="../../legato_desk/ui/cases/workspace.py" />
            <source>&amp;Overview</source>
            <translation>&amp;Übersicht</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/workspace_tabs.py" />
            <source>&amp;Progress</source>
            <translation>Fo&amp;rtschritt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/workspace_tabs.py" />
            <source>&amp;Sessions</source>
            <translation>&amp;Gespräche</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/workspace_tabs.py" />
            <source>&amp;Timeline</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/workspace.py" />
            <source>&lt;h2&gt;{name} &lt;small&gt;· {code} · {status}&lt;/small&gt;&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;{name} &lt;small&gt;· {code} · {status}&lt;/small&gt;&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/workspace.py" />
            <source>All tabs</source>
            <translation>Alle Reiter</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/workspace.py" />
            <source>All tabs of this case</source>
            <translation>Alle Reiter dieses Falls</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/workspace.py" />
            <source>Back to the case list (Alt+Left)</source>
            <translation>Zurück zur Fallliste (Alt+Links)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/workspace.py" />
            <source>Case title</source>
            <translation>Falltitel</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/install.py" />
            <source>Conferences</source>
            <translation>Fallkonferenzen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/install.py" />
            <source>Facto&amp;rs</source>
            <translation>Fakt&amp;oren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/install.py" />
            <source>Goals and measures</source>
            <translation>Ziele und Maßnahmen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/install.py" />
            <source>Referral o&amp;n</source>
            <translation>Weitervermittlu&amp;ng</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/install.py" />
            <source>Release (&amp;justice)</source>
            <translation>Entlassung (&amp;Justiz)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/search/install.py" />
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/workspace.py" />
            <source>← &amp;Back to cases</source>
            <translation>← Fall&amp;liste</translation>
        </message>
        <message>
            <source>← &amp;Cases</source>
            <translation type="vanished">← Fall&amp;liste</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../legato_desk/ui/settings/change_passphrase.py" />
            <source>&amp;Current passphrase:</source>
            <translation>&amp;Aktuelle Passphrase:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/settings/change_passphrase.py" />
            <source>After the change only the new passphrase opens this vault. Your recovery key stays valid.</source>
            <translation>Nach der Änderung öffnet nur noch die neue Passphrase diesen Tresor. Ihr Wiederherstellungsschlüssel bleibt gültig.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/settings/change_passphrase.py" />
            <source>C&amp;hange passphrase</source>
            <translation>Passphrase ä&amp;ndern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/settings/change_passphrase.py" />
            <source>Change passphrase</source>
            <translation>Passphrase ändern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/settings/change_passphrase.py" />
            <source>Changing the passphrase…</source>
            <translation>Passphrase wird geändert…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/settings/change_passphrase.py" />
            <source>Current passphrase</source>
            <translation>Aktuelle Passphrase</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/settings/change_passphrase.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
    </context>
    <context>
        <name>ComparisonView</name>
        <message>
            <location filename="../../legato_desk/ui/keyclients/comparison.py" />
            <source>? to find out</source>
            <translation>? noch klären</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/comparison.py" />
            <source>Best first: being chosen by the index client decides, then similarity, credibility and resilience, then the rest; risks count against. Yellow: unknown, to find out. Point at a rating for its evidence; double-click a column to open the candidate.</source>
            <translation>Beste Eignung zuerst: Entscheidend ist, ob der/die Indexklient/in die Person gewählt hat, dann Ähnlichkeit, Glaubwürdigkeit und Belastbarkeit, dann der Rest; Risiken zählen dagegen. Gelb: unbekannt, noch zu klären. Zeigen Sie auf eine Bewertung, um ihre Grundlage zu sehen; doppelklicken Sie auf eine Spalte, um den/die Kandidat/in zu öffnen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/comparison.py" />
            <source>Comparison of candidates</source>
            <translation>Vergleich der Kandidat/innen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/comparison.py" />
            <source>Gaps</source>
            <translation>Lücken</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/comparison.py" />
            <source>Last.</source>
            <translation>Letzter Platz.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/comparison.py" />
            <source>No candidates yet. Mark persons of the map as candidates to compare them.</source>
            <translation>Noch keine Kandidat/innen. Markieren Sie Personen auf der Karte als Kandidat/innen, um sie zu vergleichen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/comparison.py" />
            <source>No evidence noted.</source>
            <translation>Keine Grundlage notiert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/comparison.py" />
            <source>Only candidate.</source>
            <translation>Einzige/r Kandidat/in.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/comparison.py" />
            <source>Place</source>
            <translation>Rang</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/comparison.py" />
            <source>Reasons</source>
            <translation>Gründe</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/comparison.py" />
            <source>key-client · {status}</source>
            <translation>Schlüsselklient/in · {status}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/comparison.py" />
            <source>{level} · note</source>
            <translation>{level} · Notiz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/comparison.py" />
            <source>{name} (risk)</source>
            <translation>{name} (Risiko)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/comparison.py" />
            <source>{rank}. {name}</source>
            <translation>{rank}. {name}</translation>
        </message>
    </context>
    <context>
        <name>ConferenceDialog</name>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>&amp;Anonymous: the case is brought in without identifying data (until a security risk is found); its PDF is always pseudonymised</source>
            <translation>&amp;Anonym: Der Fall wird ohne identifizierende Daten eingebracht (bis ein Sicherheitsrisiko festgestellt ist); das PDF ist immer pseudonymisiert</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>&amp;Give role</source>
            <translation>Rolle &amp;geben</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>&amp;Remove item</source>
            <translation>Punkt &amp;entfernen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>&amp;When:</source>
            <translation>&amp;Wann:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>(by role only)</source>
            <translation>(nur mit Rolle)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>A&amp;dd item</source>
            <translation>Punkt &amp;hinzufügen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>A&amp;genda</source>
            <translation>&amp;Tagesordnung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Add &amp;by role only</source>
            <translation>Nur mit &amp;Rolle hinzufügen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Add from director&amp;y</source>
            <translation>Aus dem &amp;Verzeichnis hinzufügen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Add mea&amp;sure</source>
            <translation>Maßnahme hinz&amp;ufügen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Agenda items (ticked: the client agreed)</source>
            <translation>Tagesordnungspunkte (angehakt: Zustimmung der Klientin / des Klienten)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Agreed &amp;measures</source>
            <translation>Vereinbarte &amp;Maßnahmen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Agreed measures</source>
            <translation>Vereinbarte Maßnahmen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>An agenda item, e.g. school attendance</source>
            <translation>Ein Tagesordnungspunkt, z. B. Schulbesuch</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>By when (dd.mm.yyyy)</source>
            <translation>Bis wann (TT.MM.JJJJ)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Change the case conference</source>
            <translation>Fallkonferenz ändern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Held by</source>
            <translation>Übernimmt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Held on</source>
            <translation>Abgehalten am</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Institution</source>
            <translation>Einrichtung</translation>
        </message>
        <message>
            <source>Message</source>
            <translation type="vanished">Meldung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Min&amp;utes</source>
            <translation>Protok&amp;oll</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Minutes</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>New agenda item</source>
            <translation>Neuer Tagesordnungspunkt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Partic&amp;ipants and roles</source>
            <translation>Teil&amp;nehmende und Rollen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Participant from the agency directory</source>
            <translation>Teilnehmende Person aus dem Einrichtungsverzeichnis</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Record a case conference</source>
            <translation>Fallkonferenz erfassen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Remove &amp;participant</source>
            <translation>Teilnehmende ent&amp;fernen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Remove measure</source>
            <translation>Maßnahme entfernen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Role in the conference</source>
            <translation>Rolle in der Konferenz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Role to give</source>
            <translation>Zu vergebende Rolle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Role, e.g. mother, class teacher</source>
            <translation>Rolle, z. B. Mutter, Klassenlehrerin</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Take ro&amp;le back</source>
            <translation>Rolle &amp;zurücknehmen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>The client agreed to this w&amp;ording (only then the minutes are printed)</source>
            <translation>Dem Wortlaut wurde zuge&amp;stimmt (nur dann wird das Protokoll gedruckt)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>The minutes, in the client's words where agreed</source>
            <translation>Das Protokoll, in den Worten der Klientin / des Klienten, wo vereinbart</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Tick an item (Space) when the client agreed it may be discussed; only ticked items are printed. F2 changes the wording.</source>
            <translation>Haken Sie einen Punkt an (Leertaste), wenn die Klientin / der Klient zugestimmt hat, dass er besprochen werden darf; nur angehakte Punkte werden gedruckt. F2 ändert den Wortlaut.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Type the participant's role first.</source>
            <translation>Geben Sie zuerst die Rolle der teilnehmenden Person ein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>chairs</source>
            <translation>Moderation</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>contact for the family</source>
            <translation>Ansprechperson für die Familie</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>keeps the minutes</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>{name} (deputy)</source>
            <translation>{name} (Vertretung)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>{name}, deputy of {contact} ({agency})</source>
            <translation>{name}, Vertretung von {contact} ({agency})</translation>
        </message>
    </context>
    <context>
        <name>ConferencePage</name>
        <message>
            <location filename="../../legato_desk/ui/conferences/page.py" />
            <source>Agreed topics</source>
            <translation>Vereinbarte Themen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/page.py" />
            <source>Anonymous</source>
            <translation>Anonym</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/page.py" />
            <source>Case conferences</source>
            <translation>Fallkonferenzen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/page.py" />
            <source>Case conferences: what the client agreed may be discussed, who took part in which role, the measures agreed and the minutes.</source>
            <translation>Fallkonferenzen: was mit Zustimmung der Klientin / des Klienten besprochen werden darf, wer in welcher Rolle teilnahm, die vereinbarten Maßnahmen und das Protokoll.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/page.py" />
            <source>Change…</source>
            <translation>Ändern…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/page.py" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/page.py" />
            <source>Delete case conference</source>
            <translation>Fallkonferenz löschen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/page.py" />
            <source>Delete the case conference of {date} with its agenda, roles, measures and minutes?</source>
            <translation>Die Fallkonferenz vom {date} mit Tagesordnung, Rollen, Maßnahmen und Protokoll löschen?</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/page.py" />
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/page.py" />
            <source>Export case-conference PDF…</source>
            <translation>PDF für die Fallkonferenz exportieren…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/page.py" />
            <source>Intervention plan</source>
            <translation>Interventionsplan</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/page.py" />
            <source>Measures</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/page.py" />
            <source>New conference…</source>
            <translation>Neue Fallkonferenz…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/page.py" />
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/conferences/page.py" />
            <source>Take the %n measure(s) agreed into the intervention plan? Those it holds already are left out.</source>
            <translation>
                <numerusform>%n vereinbarte Maßnahme in den Interventionsplan übernehmen? Bereits enthaltene werden ausgelassen.</numerusform>
                <numerusform>%n vereinbarte Maßnahmen in den Interventionsplan übernehmen? Bereits enthaltene werden ausgelassen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/page.py" />
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/page.py" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>&amp;Deputy:</source>
            <translation>&amp;Vertretung:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>&amp;Email:</source>
            <translation>&amp;E-Mail:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>&amp;Phone:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>&amp;Role:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>&amp;Weekend</source>
            <translation>&amp;Wochenende</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>&lt;b&gt;Reachable&lt;/b&gt;</source>
            <translation>&lt;b&gt;Erreichbar&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Deputy</source>
            <translation>Vertretung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Deputy p&amp;hone:</source>
            <translation>Tele&amp;fon der Vertretung:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Friday</source>
            <translation>Freitag</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Leave a day empty when nobody is there. Public holidays are not taken into account.</source>
            <translation>Einen Tag leer lassen, wenn niemand da ist. Feiertage werden nicht berücksichtigt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Monday</source>
            <translation>Montag</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Reachable at weekends (contact)</source>
            <translation>Am Wochenende erreichbar (Kontakt)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Reachable at weekends (deputy)</source>
            <translation>Am Wochenende erreichbar (Vertretung)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Saturday and Sunday</source>
            <translation>Samstag und Sonntag</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Thursday</source>
            <translation>Donnerstag</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Tuesday</source>
            <translation>Dienstag</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Wednesday</source>
            <translation>Mittwoch</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Wee&amp;kend</source>
            <translation>Wochenen&amp;de</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>e.g. 9:00-16:00</source>
            <translation>z. B. 9:00-16:00</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>e.g. state security unit, case worker</source>
            <translation>z. B. Staatsschutz, Sachbearbeiter/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>who stands in when they are away</source>
            <translation>wer bei Abwesenheit vertritt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>{day}, office hours of the contact</source>
            <translation>{day}, Sprechzeiten des Kontakts</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>{day}, office hours of the deputy</source>
            <translation>{day}, Sprechzeiten der Vertretung</translation>
        </message>
    </context>
    <context>
        <name>ContactPlan</name>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/labels.py" />
            <source>daily</source>
            <translation>täglich</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/labels.py" />
            <source>days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/labels.py" />
            <source>due</source>
            <translation>fällig</translation>
        </message>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/contact_plan/labels.py" />
            <source>every %n day(s)</source>
            <translation>
                <numerusform>alle %n Tage</numerusform>
                <numerusform>alle %n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/contact_plan/labels.py" />
            <source>every %n month(s)</source>
            <translation>
                <numerusform>alle %n Monate</numerusform>
                <numerusform>alle %n Monate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/contact_plan/labels.py" />
            <source>every %n week(s)</source>
            <translation>
                <numerusform>alle %n Wochen</numerusform>
                <numerusform>alle %n Wochen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/labels.py" />
            <source>fortnightly</source>
            <translation>alle zwei Wochen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/labels.py" />
            <source>held</source>
            <translation>geführt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/labels.py" />
            <source>monthly</source>
            <translation>monatlich</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/labels.py" />
            <source>months</source>
            <translation>Monate</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/labels.py" />
            <source>on request</source>
            <translation>bei Bedarf</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/labels.py" />
            <source>on request (open door)</source>
            <translation>bei Bedarf (offene Tür)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/labels.py" />
            <source>overdue</source>
            <translation>überfällig</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/labels.py" />
            <source>weekly</source>
            <translation>wöchentlich</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/labels.py" />
            <source>weeks</source>
            <translation>Wochen</translation>
        </message>
    </context>
    <context>
        <name>ContactPlanCommands</name>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/commands.py" />
            <source>Change the contact plan</source>
            <translation>Kontaktplan ändern</translation>
        </message>
    </context>
    <context>
        <name>ContactPlanDialog</name>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/editor.py" />
            <source>&amp;Add a step</source>
            <translation>Schritt &amp;hinzufügen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/editor.py" />
            <source>Contact plan</source>
            <translation>Kontaktplan</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/editor.py" />
            <source>Contact plan of {name}</source>
            <translation>Kontaktplan von {name}</translation>
        </message>
        <message>
            <source>Message</source>
            <translation type="vanished">Meldung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/editor.py" />
            <source>No steps: the key-client has no contact plan.</source>
            <translation>Keine Schritte: Für die Schlüsselklientin / den Schlüsselklienten gibt es keinen Kontaktplan.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/editor.py" />
            <source>Plan how often you are in touch: often at first, then less, until the door stays open “on request”. Each step holds until the next one begins.</source>
            <translation>Planen Sie, wie oft Sie in Kontakt sind: anfangs häufig, dann seltener, bis die Tür „bei Bedarf“ offen bleibt. Jeder Schritt gilt, bis der nächste beginnt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/editor.py" />
            <source>Steps of the contact plan</source>
            <translation>Schritte des Kontaktplans</translation>
        </message>
    </context>
    <context>
        <name>ContactPlanPanel</name>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/panel.py" />
            <source>A contact plan is for a chosen key-client: choose this candidate on the Key-clients tab first.</source>
            <translation>Ein Kontaktplan gilt für eine gewählte Schlüsselperson: Wählen Sie diese Kandidatin / diesen Kandidaten zuerst im Reiter Schlüsselklient/innen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/panel.py" />
            <source>Choose a key-client under “Show” to plan how often you are in touch and to see it against the sessions held.</source>
            <translation>Wählen Sie unter „Anzeigen“ eine Schlüsselperson, um zu planen, wie oft Sie in Kontakt sind, und den Plan mit den geführten Gesprächen zu vergleichen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/panel.py" />
            <source>Contact overdue</source>
            <translation>Kontakt überfällig</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/panel.py" />
            <source>Contact plan and sessions held</source>
            <translation>Kontaktplan und geführte Gespräche</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/panel.py" />
            <source>Contact plan per step</source>
            <translation>Kontaktplan je Schritt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/panel.py" />
            <source>Contact plan summary</source>
            <translation>Kontaktplan im Überblick</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/panel.py" />
            <source>Edit the &amp;contact plan…</source>
            <translation>Kontaktplan bearbe&amp;iten…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/panel.py" />
            <source>From</source>
            <translation>Ab</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/panel.py" />
            <source>Held</source>
            <translation>Geführt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/panel.py" />
            <source>Missed</source>
            <translation>Versäumt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/panel.py" />
            <source>Next: {rhythm} from {day}.</source>
            <translation>Danach: {rhythm} ab {day}.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/panel.py" />
            <source>No contact plan yet.</source>
            <translation>Noch kein Kontaktplan.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/panel.py" />
            <source>No session since the contact planned from {day}: get in touch.</source>
            <translation>Kein Gespräch seit dem ab {day} geplanten Kontakt: Melden Sie sich.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/panel.py" />
            <source>Now: {rhythm}, since {day}.</source>
            <translation>Jetzt: {rhythm}, seit {day}.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/panel.py" />
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/panel.py" />
            <source>Planned rhythm</source>
            <translation>Geplanter Rhythmus</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/panel.py" />
            <source>Planned {planned}, held {held}, missed {overdue}.</source>
            <translation>Geplant {planned}, geführt {held}, versäumt {overdue}.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/panel.py" />
            <source>The plan begins on {day}: {rhythm}.</source>
            <translation>Der Plan beginnt am {day}: {rhythm}.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/panel.py" />
            <source>Until</source>
            <translation>Bis</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultDialog</name>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>&amp;Create vault</source>
            <translation>Tresor &amp;anlegen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>&amp;Finish</source>
            <translation>&amp;Fertig</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>&lt;h3&gt;Choose a passphrase&lt;/h3&gt;&lt;p&gt;Everything in the vault is encrypted with a key that only this passphrase unlocks. Nobody, including your office, can read the vault without it.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Passphrase wählen&lt;/h3&gt;&lt;p&gt;Alles im Tresor wird mit einem Schlüssel verschlüsselt, den nur diese Passphrase entsperrt. Ohne sie kann niemand den Tresor lesen, auch Ihre Beratungsstelle nicht.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>&lt;h3&gt;Write down your recovery key&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Notieren Sie Ihren Wiederherstellungsschlüssel&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>A one-page PDF with the key, to print. Delete the file after printing.</source>
            <translation>Ein einseitiges PDF mit dem Schlüssel zum Ausdrucken. Löschen Sie die Datei nach dem Drucken.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>C&amp;opy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>Copied. It is removed from the clipboard again after a short while.</source>
            <translation>Kopiert. Der Schlüssel wird nach kurzer Zeit wieder aus der Zwischenablage entfernt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>Copy the key, e.g. into a password manager. legato-desk removes it from the clipboard again after a short while.</source>
            <translation>Den Schlüssel kopieren, z. B. in einen Passwortmanager. legato-desk entfernt ihn nach kurzer Zeit wieder aus der Zwischenablage.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>Create your vault</source>
            <translation>Tresor anlegen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>Creating the encrypted vault…</source>
            <translation>Verschlüsselter Tresor wird angelegt…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>I have &amp;written down the recovery key and keep it safe.</source>
            <translation>Ich habe den Wiederherstellungsschlüssel &amp;notiert und bewahre ihn sicher auf.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>If you ever forget your passphrase, this key is the only way back into your vault. Write it down now, on paper, and keep it somewhere safe and apart from this computer.&lt;br&gt;&lt;b&gt;It is shown only this once.&lt;/b&gt;</source>
            <translation>Falls Sie Ihre Passphrase einmal vergessen, ist dieser Schlüssel der einzige Weg zurück in Ihren Tresor. Schreiben Sie ihn jetzt auf Papier auf und bewahren Sie ihn sicher und getrennt von diesem Computer auf.&lt;br&gt;&lt;b&gt;Er wird nur dieses eine Mal angezeigt.&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>Last group of the recovery key</source>
            <translation>Letzte Gruppe des Wiederherstellungsschlüssels</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>Recovery key</source>
            <translation>Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>Save as PDF to &amp;print…</source>
            <translation>Als PDF zum &amp;Drucken speichern…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>Save the recovery key as PDF</source>
            <translation>Wiederherstellungsschlüssel als PDF speichern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>Saved to {path}. Print it, then delete the file.</source>
            <translation>Gespeichert unter {path}. Drucken Sie es aus und löschen Sie dann die Datei.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>That is not the key's last group. Check what you wrote down.</source>
            <translation>Das ist nicht die letzte Gruppe des Schlüssels. Prüfen Sie, was Sie notiert haben.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>The PDF could not be written there. Choose another folder.</source>
            <translation>Das PDF konnte dort nicht geschrieben werden. Wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>This key opens the vault in {folder} if the passphrase is forgotten. Keep this page somewhere safe, apart from the computer. Delete the PDF file after printing.</source>
            <translation>Dieser Schlüssel öffnet den Tresor in {folder}, falls die Passphrase vergessen ist. Bewahren Sie diese Seite sicher und getrennt vom Computer auf. Löschen Sie die PDF-Datei nach dem Drucken.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>Type the key's &amp;last group (after the last dash):</source>
            <translation>&amp;Letzte Gruppe des Schlüssels (nach dem letzten Strich):</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>Vault folder: {folder}</source>
            <translation>Tresorordner: {folder}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>legato-desk recovery key</source>
            <translation>legato-desk-Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/create_vault.py" />
            <source>legato-desk recovery key.pdf</source>
            <translation>legato-desk Wiederherstellungsschlüssel.pdf</translation>
        </message>
    </context>
    <context>
        <name>CrisisRouteDialog</name>
        <message>
            <location filename="../../legato_desk/ui/keyclients/open_door.py" />
            <source>Crisis route</source>
            <translation>Weg in der Krise</translation>
        </message>
        <message>
            <source>Message</source>
            <translation type="vanished">Meldung</translation>
        </message>
    </context>
    <context>
        <name>CrisisRouteFields</name>
        <message>
            <location filename="../../legato_desk/ui/keyclients/open_door.py" />
            <source>Crisis route</source>
            <translation>Weg in der Krise</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/open_door.py" />
            <source>Crisis route (who, ho&amp;w):</source>
            <translation>Weg in der Krise (wer, &amp;wie):</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/open_door.py" />
            <source>Directory contact for a crisis</source>
            <translation>Kontakt aus dem Verzeichnis für die Krise</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/open_door.py" />
            <source>Directory contact:</source>
            <translation>Kontakt aus dem Verzeichnis:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/open_door.py" />
            <source>Who they can reach in a crisis, and how: e.g. the office line in office hours, the crisis phone in the evening and at weekends</source>
            <translation>Wen sie in einer Krise erreichen und wie: z. B. das Büro während der Öffnungszeiten, abends und am Wochenende das Krisentelefon</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/open_door.py" />
            <source>{name} (as recorded)</source>
            <translation>{name} (wie erfasst)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/open_door.py" />
            <source>— none (optional) —</source>
            <translation>— keiner (optional) —</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <location filename="../../legato_desk/demo_plan.py" />
            <source>A key-client whom M. still trusts is found and supported.</source>
            <translation>Ein Schlüsselklient, dem M. noch vertraut, ist gefunden und wird begleitet.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_plan.py" />
            <source>A place outside the online group: the football group</source>
            <translation>Ein Treffpunkt außerhalb der Online-Gruppe: die Fußballgruppe</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>A plan for the next half year.</source>
            <translation>Ein Plan für das nächste halbe Jahr.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>A turning point may be near: the father showed weakness.</source>
            <translation>Ein Wendepunkt könnte nahe sein: Der Vater hat Schwäche gezeigt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Agreed she keeps the Sunday dinner going.</source>
            <translation>Vereinbart, dass sie das Sonntagsessen beibehält.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Application sent.</source>
            <translation>Bewerbung abgeschickt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>Appointment at the job centre</source>
            <translation>Termin beim Jobcenter</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_plan.py" />
            <source>Ask the logistics firm about a trial week.</source>
            <translation>Bei der Logistikfirma nach einer Probewoche fragen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>Asked for; the earliest is on the Monday after.</source>
            <translation>Angefragt; der früheste ist am Montag danach.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Both parents came. The father spoke about his own father for the first time.</source>
            <translation>Beide Eltern kamen. Der Vater sprach zum ersten Mal über seinen eigenen Vater.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Brother D.</source>
            <translation>Bruder D.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>Calls his mother every week; his younger brother visits him.</source>
            <translation>Ruft jede Woche seine Mutter an; sein jüngerer Bruder besucht ihn.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Calmed the situation on the phone.</source>
            <translation>Die Lage am Telefon beruhigt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Close to his older sister; two school friends dropped.</source>
            <translation>Eng mit seiner älteren Schwester; zwei Schulfreunde fallen gelassen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Crisis of the moment, no danger to anybody reported.</source>
            <translation>Akute Krise, keine Gefahr für irgendjemanden berichtet.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>Emre</source>
            <translation>Emre</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Feels she should have noticed earlier; we place this in the family's story.</source>
            <translation>Meint, sie hätte es früher merken müssen; wir ordnen das in die Familiengeschichte ein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Find a psychologist who takes this like any case.</source>
            <translation>Eine Psychologin oder einen Psychologen finden, die das wie jeden anderen Fall behandeln.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_plan.py" />
            <source>Find a psychologist who takes this like any other case.</source>
            <translation>Eine Psychologin oder einen Psychologen finden, die das wie jeden anderen Fall behandeln.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>First call from the mother, Mrs K. (invented), worried about her son M., 19. Since leaving his apprenticeship in spring he spends his evenings with a new group met through an online gaming forum, has cut off two school friends and argues with his father about religion. He still visits his older sister every week and accepts her help with paperwork.

Working hypothesis: the sister is the person M. still seeks out; the father carries much anger and guilt. Next: map the social system with the mother, then meet the sister.</source>
            <translation>Erster Anruf der Mutter, Frau K. (erfunden), in Sorge um ihren Sohn M., 19. Seit er im Frühjahr seine Ausbildung abgebrochen hat, verbringt er die Abende mit einer neuen Gruppe aus einem Online-Gaming-Forum, hat den Kontakt zu zwei Schulfreunden abgebrochen und streitet mit seinem Vater über Religion. Seine ältere Schwester besucht er weiterhin jede Woche und nimmt ihre Hilfe beim Papierkram an.

Arbeitshypothese: Die Schwester ist die Person, die M. noch aufsucht; der Vater trägt viel Wut und Schuld. Als Nächstes: mit der Mutter das soziale System aufzeichnen, dann die Schwester treffen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>First meeting at the office. M. left his apprenticeship in spring and spends his evenings with a group from a gaming forum.</source>
            <translation>Erstes Treffen in der Beratungsstelle. M. hat im Frühjahr seine Ausbildung abgebrochen und verbringt die Abende mit einer Gruppe aus einem Gaming-Forum.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>First meeting at the office. S. has written to his mother that he wants to leave the group.</source>
            <translation>Erstes Treffen in der Beratungsstelle. S. hat seiner Mutter geschrieben, dass er die Gruppe verlassen will.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>First meeting on the Monday after the release.</source>
            <translation>Erstes Treffen am Montag nach der Entlassung.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>First meeting with the key-client</source>
            <translation>Erstes Treffen mit dem Key-Client</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>First night's housing</source>
            <translation>Unterkunft für die erste Nacht</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_plan.py" />
            <source>First review, the day after the case conference. Lena carries the key-client role; the Sunday dinners broke off after the argument about prayer times, so talking without fights is only partly reached. The job plan is M.'s own: the job coach now asks about a trial week.</source>
            <translation>Erste Überprüfung, am Tag nach der Fallkonferenz. Lena trägt die Rolle der Schlüsselklientin; die Sonntagsessen sind nach dem Streit über die Gebetszeiten abgebrochen, das Reden ohne Streit ist also nur teilweise erreicht. Der Berufsplan ist M.s eigener: Die Jobcoach fragt jetzt nach einer Probewoche.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Gaming forum</source>
            <translation>Gaming-Forum</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <location filename="../../legato_desk/demo_release.py" />
            <source>German, Turkish</source>
            <translation>Deutsch, Türkisch</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Grandfather</source>
            <translation>Großvater</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>He may call the office line at any time; in the evening and at weekends, the central helpline.</source>
            <translation>Er kann jederzeit im Büro anrufen; abends und am Wochenende die zentrale Hotline.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>Health insurance</source>
            <translation>Krankenversicherung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Her part: stay in contact, no arguments about faith.</source>
            <translation>Ihr Teil: in Kontakt bleiben, keine Streitgespräche über den Glauben.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Her partner supports her; sleep is short with the baby.</source>
            <translation>Ihr Partner unterstützt sie; mit dem Baby kommt der Schlaf zu kurz.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>His ID card has expired; the social service applies for a new one.</source>
            <translation>Sein Ausweis ist abgelaufen; der Sozialdienst beantragt einen neuen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>His old room at his mother's flat.</source>
            <translation>Sein altes Zimmer in der Wohnung der Mutter.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>ID papers</source>
            <translation>Ausweispapiere</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>Inmate group</source>
            <translation>Gefangenengruppe</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_plan.py" />
            <source>Invite M. to the football group's tournament.</source>
            <translation>M. zum Turnier der Fußballgruppe einladen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_plan.py" />
            <source>Invite the father to a session with the mother.</source>
            <translation>Den Vater zu einem Gespräch mit der Mutter einladen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Invite the father.</source>
            <translation>Den Vater einladen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Isolation from old friends; conflict with the father.</source>
            <translation>Abkehr von alten Freunden; Konflikt mit dem Vater.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>Job centre (invented)</source>
            <translation>Jobcenter (erfunden)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Jonas</source>
            <translation>Jonas</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_plan.py" />
            <source>Keep the Sunday dinners going.</source>
            <translation>Die Sonntagsessen weiterführen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Kept the weekly visits.</source>
            <translation>Die wöchentlichen Besuche beibehalten.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Lena</source>
            <translation>Lena</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Lena asks whether he wants to talk to someone outside the family.</source>
            <translation>Lena fragt, ob er mit jemandem außerhalb der Familie sprechen möchte.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Lena is the person M. still seeks out; she is steady and not dogmatic.</source>
            <translation>Lena ist die Person, die M. noch aufsucht; sie ist beständig und nicht dogmatisch.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Lena sees M. every week and helps him with paperwork. He asked her about jobs in logistics.</source>
            <translation>Lena sieht M. jede Woche und hilft ihm beim Papierkram. Er hat sie nach Jobs in der Logistik gefragt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Listened to his idea of a driving licence.</source>
            <translation>Seiner Idee vom Führerschein zugehört.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_plan.py" />
            <source>Look at apprenticeships in logistics together with M.</source>
            <translation>Gemeinsam mit M. Ausbildungsplätze in der Logistik ansehen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Looked at a logistics apprenticeship together.</source>
            <translation>Gemeinsam eine Ausbildung in der Logistik angesehen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>M. applied for the logistics apprenticeship and told Lena he was proud.</source>
            <translation>M. hat sich für die Logistik-Ausbildung beworben und Lena gesagt, dass er stolz ist.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>M. cut off two school friends</source>
            <translation>M. hat den Kontakt zu zwei Schulfreunden abgebrochen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_plan.py" />
            <source>M. has an apprenticeship or a job he chose himself.</source>
            <translation>M. hat eine Ausbildung oder eine Arbeit, die er selbst gewählt hat.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_plan.py" />
            <source>M. keeps at least one close tie outside the online group.</source>
            <translation>M. behält mindestens eine enge Beziehung außerhalb der Online-Gruppe.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>M. leaves the room when he comes in</source>
            <translation>M. verlässt den Raum, wenn er hereinkommt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>M. still goes to the football group sometimes</source>
            <translation>M. geht noch manchmal zur Fußballgruppe</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>M. still seeks her out and trusts her; she is credible to him and not dogmatic. Her resilience is the concern: we start with her own grounding and keep calls short and frequent.</source>
            <translation>M. sucht sie noch auf und vertraut ihr; sie ist für ihn glaubwürdig und nicht dogmatisch. Sorge macht ihre Belastbarkeit: Wir beginnen mit ihrer eigenen Stabilisierung und halten die Gespräche kurz und häufig.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>M. visits her every week and asks for her help</source>
            <translation>M. besucht sie jede Woche und bittet sie um Hilfe</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Map the family with her.</source>
            <translation>Mit ihr die Familie aufzeichnen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Mentioned a counsellor at the job centre.</source>
            <translation>Eine Beraterin im Jobcenter erwähnt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Mr A.</source>
            <translation>Herr A.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Mr K.</source>
            <translation>Herr K.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>Mr P.</source>
            <translation>Herr P.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Mr Sample</source>
            <translation>Herr Muster</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>Mr T.</source>
            <translation>Herr T.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>Mr V.</source>
            <translation>Herr V.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>Mrs H.</source>
            <translation>Frau H.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Mrs K.</source>
            <translation>Frau K.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <location filename="../../legato_desk/demo_plan.py" />
            <source>Ms B.</source>
            <translation>Frau B.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Ms Example</source>
            <translation>Frau Beispiel</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <location filename="../../legato_desk/demo_plan.py" />
            <source>Ms R.</source>
            <translation>Frau R.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>Ms W.</source>
            <translation>Frau W.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>New online group since spring; evenings away from home.</source>
            <translation>Neue Online-Gruppe seit dem Frühjahr; abends nicht zu Hause.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_plan.py" />
            <source>Outcome of the child-protection check</source>
            <translation>Ergebnis der Kinderschutzprüfung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Parents separated for a year when he was twelve.</source>
            <translation>Die Eltern lebten ein Jahr getrennt, als er zwölf war.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>Pick-up arranged</source>
            <translation>Abholung organisiert</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Positive emotional messages</source>
            <translation>Positive emotionale Botschaften</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Practised praising small steps.</source>
            <translation>Geübt, kleine Schritte zu loben.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Prepare a letter from the father.</source>
            <translation>Einen Brief des Vaters vorbereiten.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>Probation contact</source>
            <translation>Kontakt zur Bewährungshilfe</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>Probation service (invented)</source>
            <translation>Bewährungshilfe (erfunden)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Quiet, ambitious at school; took the end of his apprenticeship hard.</source>
            <translation>Ruhig, in der Schule ehrgeizig; das Ende der Ausbildung hat ihn schwer getroffen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>Release planned for a Friday afternoon.</source>
            <translation>Entlassung für einen Freitagnachmittag geplant.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>S. seeks her out and trusts her; she is steady.</source>
            <translation>S. sucht sie auf und vertraut ihr; sie ist beständig.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Sees M. every Sunday; helps him with letters from the job centre.</source>
            <translation>Sieht M. jeden Sonntag; hilft ihm bei Briefen vom Jobcenter.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_plan.py" />
            <source>Send the family the written outcome of the child-protection check.</source>
            <translation>Der Familie das schriftliche Ergebnis der Kinderschutzprüfung schicken.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>She keeps the weekly calls.</source>
            <translation>Sie hält die wöchentlichen Anrufe.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_plan.py" />
            <source>Support for the application for an apprenticeship in logistics</source>
            <translation>Unterstützung bei der Bewerbung um eine Ausbildung in der Logistik</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Talk about future plans with M.</source>
            <translation>Mit M. über Zukunftspläne sprechen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>Talked about his wish to train as a cook.</source>
            <translation>Über seinen Wunsch gesprochen, Koch zu lernen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Talked about the family's silence.</source>
            <translation>Über das Schweigen in der Familie gesprochen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Talks with his mother about everyday things, not about faith.</source>
            <translation>Spricht mit seiner Mutter über Alltägliches, nicht über den Glauben.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>That a child may be staying with the group at weekends; no names of the family beyond the cousin's.</source>
            <translation>Dass sich ein Kind an Wochenenden bei der Gruppe aufhalten könnte; keine Namen aus der Familie außer dem des Cousins.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>The argument broke off the Sunday dinners.</source>
            <translation>Der Streit hat die Sonntagsessen beendet.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_plan.py" />
            <source>The case was brought in without names. The youth welfare office reported that the check found no danger to the cousin. The job coach supports the application and will ask the firm about a trial week. The youth worker invites M. to the tournament; the football group is the one place outside the online group that he still goes to. The family's conflict about religion stays in counselling, as the sister asked.</source>
            <translation>Der Fall wurde ohne Namen eingebracht. Das Jugendamt berichtete, dass die Prüfung keine Gefahr für den Cousin ergab. Die Jobcoach unterstützt die Bewerbung und fragt die Firma nach einer Probewoche. Die Jugendarbeiterin lädt M. zum Turnier ein; die Fußballgruppe ist der einzige Treffpunkt außerhalb der Online-Gruppe, zu dem er noch geht. Der Streit der Familie über Religion bleibt in der Beratung, wie die Schwester es wünschte.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>The counsellor meets the mother on the Monday after.</source>
            <translation>Die Beraterin trifft die Mutter am Montag danach.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_plan.py" />
            <source>The family's conflict about religion</source>
            <translation>Der Streit der Familie über Religion</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>The father will tell M. he is proud.</source>
            <translation>Der Vater wird M. sagen, dass er stolz ist.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>The job plan is his own; Lena's praise lands.</source>
            <translation>Der Berufsplan ist sein eigener; dass Lena ihn lobt, kommt an.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>The key-client role</source>
            <translation>Die Rolle als Schlüsselklient/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>The mother added later: M.'s grandmother is ill.</source>
            <translation>Die Mutter ergänzte später: M.s Großmutter ist krank.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>The mother and Emre wait at the gate.</source>
            <translation>Die Mutter und Emre warten am Eingang.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>The mother and the brother; he wants to train as a cook.</source>
            <translation>Die Mutter und der Bruder; er will Koch lernen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>The mother called late: a loud argument between M. and his father about prayer times.</source>
            <translation>Die Mutter rief spät an: ein lauter Streit zwischen M. und seinem Vater über Gebetszeiten.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_plan.py" />
            <source>The mother can talk with M. without fights.</source>
            <translation>Die Mutter kann mit M. ohne Streit reden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>The mother carries a lot of guilt; she asks what she did wrong.</source>
            <translation>Die Mutter trägt viel Schuld; sie fragt, was sie falsch gemacht hat.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>The mother has his old room ready. She worries that the group will wait for him outside.</source>
            <translation>Die Mutter hat sein altes Zimmer bereit. Sie fürchtet, dass die Gruppe draußen auf ihn wartet.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>The mother mentioned a younger cousin (8) staying with the group at weekends.</source>
            <translation>Die Mutter erwähnte einen jüngeren Cousin (8), der sich an Wochenenden bei der Gruppe aufhält.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>The mother wants to be ready for the first days after the release.</source>
            <translation>Die Mutter will für die ersten Tage nach der Entlassung vorbereitet sein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>The mother wants to keep talking with him without fights.</source>
            <translation>Die Mutter möchte mit ihm im Gespräch bleiben, ohne Streit.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>The sister; a part-time job he likes.</source>
            <translation>Die Schwester; ein Nebenjob, der ihm gefällt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>The social service of a youth prison (invented) gave the mother, Mrs H., the office's number. Her son S., 22, is serving a sentence for violent offences. In prison he joined a circle of other prisoners with extremist views; now he says he wants out of it, but he will come home to the same street.

Working hypothesis: the mother is the one he calls every week. The first days after the release decide much: plan them with her and the agencies.</source>
            <translation>Der Sozialdienst einer Jugendanstalt (erfunden) hat der Mutter, Frau H., die Nummer der Beratungsstelle gegeben. Ihr Sohn S., 22, ist wegen Gewaltdelikten im Gefängnis. Dort hat er sich einem Kreis anderer Gefangener mit extremistischen Ansichten angeschlossen; jetzt sagt er, er will da raus, aber er kommt in dieselbe Straße zurück.

Arbeitshypothese: Die Mutter ist diejenige, die er jede Woche anruft. Die ersten Tage nach der Entlassung entscheiden viel: sie mit ihr und den Stellen planen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>The youth welfare office visited; no danger found.</source>
            <translation>Das Jugendamt war zu Besuch; keine Gefährdung festgestellt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Tim</source>
            <translation>Tim</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Told him she is proud of the application.</source>
            <translation>Ihm gesagt, dass sie stolz auf die Bewerbung ist.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Tried in parallel at the mother's wish.</source>
            <translation>Auf Wunsch der Mutter parallel versucht.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_plan.py" />
            <source>Two training sessions with Lena on the key-client role.</source>
            <translation>Zwei Schulungen mit Lena zur Rolle der Schlüsselklientin.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Vocational school</source>
            <translation>Berufsschule</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Weekly visits at Lena's flat</source>
            <translation>Wöchentliche Besuche in Lenas Wohnung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Weekly visits continue.</source>
            <translation>Die wöchentlichen Besuche gehen weiter.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_plan.py" />
            <source>Weekly visits; praise small steps, no arguments about faith.</source>
            <translation>Wöchentliche Besuche; kleine Schritte loben, kein Streit über den Glauben.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_plan.py" />
            <source>When M. has started an apprenticeship and Lena feels steady, contact with her becomes monthly, then on request. The door stays open for the whole family.</source>
            <translation>Wenn M. eine Ausbildung begonnen hat und Lena sich sicher fühlt, wird der Kontakt mit ihr monatlich, dann nach Bedarf. Die Tür bleibt für die ganze Familie offen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>Youth prison (invented)</source>
            <translation>Jugendanstalt (erfunden)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>Youth welfare office (invented)</source>
            <translation>Jugendamt (erfunden)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>argues about religion at dinner</source>
            <translation>streitet beim Abendessen über Religion</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>called back the same day</source>
            <translation>hat am selben Tag zurückgerufen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>child protection check</source>
            <translation>Prüfung des Kinderschutzes</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>classmate</source>
            <translation>Mitschüler</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>contact from the forum</source>
            <translation>Forumskontakt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_plan.py" />
            <source>counsellor, advice centre</source>
            <translation>Beraterin, Beratungsstelle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>does not want counselling for now</source>
            <translation>möchte vorerst keine Beratung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>exhausted; own small child; cries on the phone</source>
            <translation>erschöpft; eigenes kleines Kind; weint am Telefon</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>father</source>
            <translation>Vater</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <location filename="../../legato_desk/demo_release.py" />
            <source>female</source>
            <translation>weiblich</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <location filename="../../legato_desk/demo_release.py" />
            <source>first session held</source>
            <translation>erstes Gespräch geführt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>four years older, same friends at school</source>
            <translation>vier Jahre älter, dieselben Freunde in der Schule</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>friend</source>
            <translation>Freund</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>grandfather</source>
            <translation>Großvater</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>grew up in the same district</source>
            <translation>im selben Viertel aufgewachsen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>group in prison</source>
            <translation>Gruppe im Gefängnis</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>he calls her 'the only one who does not preach'</source>
            <translation>er nennt sie „die Einzige, die nicht predigt“</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>he calls her every week from prison</source>
            <translation>er ruft sie jede Woche aus dem Gefängnis an</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <location filename="../../legato_desk/demo_release.py" />
            <source>intake</source>
            <translation>Erstaufnahme</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>interpreter</source>
            <translation>Dolmetscherin</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>job centre adviser</source>
            <translation>Jobcenter, Berater</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <location filename="../../legato_desk/demo_plan.py" />
            <source>job coach</source>
            <translation>Jobcoach</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <location filename="../../legato_desk/demo_release.py" />
            <source>male</source>
            <translation>männlich</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>mobile via the mother</source>
            <translation>Handy, über die Mutter</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <location filename="../../legato_desk/demo_release.py" />
            <source>mother</source>
            <translation>Mutter</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>much anger and guilt, says the mother</source>
            <translation>viel Wut und Schuld, sagt die Mutter</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>not religious</source>
            <translation>nicht religiös</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>older sister (24)</source>
            <translation>ältere Schwester (24)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>online forum</source>
            <translation>Online-Forum</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>probation officer</source>
            <translation>Bewährungshelferin</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <location filename="../../legato_desk/demo_release.py" />
            <source>reported by the mother</source>
            <translation>von der Mutter berichtet</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>reported by the sister</source>
            <translation>von der Schwester berichtet</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>school</source>
            <translation>Schule</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>she never gave up on him</source>
            <translation>sie hat ihn nie aufgegeben</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>sister</source>
            <translation>Schwester</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>social service of the prison</source>
            <translation>Sozialdienst der Anstalt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>steady, used to pressure at work</source>
            <translation>beständig, an Druck bei der Arbeit gewöhnt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>trained, has supervision</source>
            <translation>ausgebildet, hat Supervision</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>trainer</source>
            <translation>Ausbilder</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>two evenings a month</source>
            <translation>zwei Abende im Monat</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>verified (meeting)</source>
            <translation>geprüft (Treffen)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>verified (phone call)</source>
            <translation>geprüft (Telefonat)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>wants to help, on his terms</source>
            <translation>will helfen, zu seinen Bedingungen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>weekly visits</source>
            <translation>wöchentliche Besuche</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>worried about the neighbours' talk</source>
            <translation>sorgt sich um das Gerede der Nachbarn</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>worried, little anger</source>
            <translation>besorgt, wenig Wut</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>younger brother</source>
            <translation>jüngerer Bruder</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>youth welfare office, case worker</source>
            <translation>Jugendamt, Fallbearbeiterin</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>youth worker</source>
            <translation>Jugendarbeiterin</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_plan.py" />
            <source>youth worker, football group</source>
            <translation>Jugendarbeiterin, Fußballgruppe</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo.py" />
            <source>“He is slipping away from us. He says we are not real believers.”</source>
            <translation>„Er entgleitet uns. Er sagt, wir seien keine richtigen Gläubigen.“</translation>
        </message>
        <message>
            <location filename="../../legato_desk/demo_release.py" />
            <source>“He wants to leave them. I am afraid of the day he comes out.”</source>
            <translation>„Er will von ihnen weg. Ich habe Angst vor dem Tag, an dem er rauskommt.“</translation>
        </message>
    </context>
    <context>
        <name>DirectoryDialog</name>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>&amp;Add…</source>
            <translation>&amp;Hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>&amp;Edit contact…</source>
            <translation>Kontakt &amp;bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>&amp;Remove contact</source>
            <translation>Kontakt &amp;entfernen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>&lt;b&gt;Contacts&lt;/b&gt; (each with a deputy)</source>
            <translation>&lt;b&gt;Kontakte&lt;/b&gt; (jeweils mit Vertretung)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>&lt;b&gt;Institutions&lt;/b&gt;</source>
            <translation>&lt;b&gt;Stellen&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Add &amp;contact…</source>
            <translation>&amp;Kontakt hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Add or choose an institution first.</source>
            <translation>Fügen Sie zuerst eine Stelle hinzu oder wählen Sie eine aus.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Agency directory</source>
            <translation>Verzeichnis der Stellen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Deputy</source>
            <translation>Vertretung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Deputy phone</source>
            <translation>Telefon der Vertretung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Ed&amp;it…</source>
            <translation>Bearbe&amp;iten…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Institutions</source>
            <translation>Stellen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Remo&amp;ve</source>
            <translation>Ent&amp;fernen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Remove institution</source>
            <translation>Stelle entfernen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Remove “{name}” and its contacts from the directory? Entries in sharing logs keep the names they recorded.</source>
            <translation>„{name}“ und die zugehörigen Kontakte aus dem Verzeichnis entfernen? Einträge im Weitergabeprotokoll behalten die dort erfassten Namen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
    </context>
    <context>
        <name>DisclosureDialog</name>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>&amp;Acknowledged by:</source>
            <translation>&amp;Bestätigt von:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>&amp;Directory…</source>
            <translation>&amp;Verzeichnis…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>&amp;Informed by:</source>
            <translation>&amp;Informiert von:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>&amp;To whom:</source>
            <translation>&amp;An wen:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>&amp;When:</source>
            <translation>&amp;Wann:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>Acknowledged by</source>
            <translation>Bestätigt von</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>Choose from the directory or type a name and institution</source>
            <translation>Aus dem Verzeichnis wählen oder Name und Institution eingeben</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>Co&amp;nsent:</source>
            <translation>Ei&amp;nwilligung:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>Consent</source>
            <translation>Einwilligung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>Ground:</source>
            <translation>Grundlage:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>Includes what was said in counse&amp;lling (only on acute danger)</source>
            <translation>&amp;Enthält, was in der Beratung gesagt wurde (nur bei akuter Gefahr)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>Informed by</source>
            <translation>Informiert von</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>Log a disclosure</source>
            <translation>Weitergabe erfassen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>N&amp;ote:</source>
            <translation>N&amp;otiz:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>Note on consent</source>
            <translation>Notiz zur Einwilligung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>Only what the recipient needs to know</source>
            <translation>Nur, was der/die Empfänger/in wissen muss</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>Record who was informed</source>
            <translation>Erfassen, wer informiert wurde</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>The &amp;person was told why sharing this matters</source>
            <translation>Der &amp;Person wurde erklärt, warum das Weitergeben wichtig ist</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>To whom</source>
            <translation>An wen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>W&amp;hat was shared:</source>
            <translation>Was wurde weiter&amp;gegeben:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>W&amp;hy:</source>
            <translation>Wa&amp;rum:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>What was shared</source>
            <translation>Was weitergegeben wurde</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>Who at the other side confirmed it</source>
            <translation>Wer es auf der Gegenseite bestätigt hat</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>Why it was not asked, or what was agreed</source>
            <translation>Warum nicht gefragt wurde, oder was vereinbart wurde</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>asked, and given</source>
            <translation>gefragt und erteilt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>asked, and refused</source>
            <translation>gefragt und verweigert</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>deputy: {name} {phone}</source>
            <translation>Vertretung: {name} {phone}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>not asked</source>
            <translation>nicht gefragt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/disclosure_dialog.py" />
            <source>— choose —</source>
            <translation>— bitte wählen —</translation>
        </message>
    </context>
    <context>
        <name>DraftBanner</name>
        <message>
            <location filename="../../legato_desk/ui/sessions/panels.py" />
            <source>Discard draft</source>
            <translation>Entwurf verwerfen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/panels.py" />
            <source>Restore draft</source>
            <translation>Entwurf wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>EndingDialog</name>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/ending_dialog.py" />
            <source>&amp;End case</source>
            <translation>Fall &amp;beenden</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/ending_dialog.py" />
            <source>&amp;Ended because:</source>
            <translation>Abschluss&amp;grund:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/ending_dialog.py" />
            <source>&amp;Note (needed):</source>
            <translation>&amp;Notiz (nötig):</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/ending_dialog.py" />
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/ending_dialog.py" />
            <source>Counselling ends when the key-client says so. Record why it ended; the case keeps its records.</source>
            <translation>Die Beratung endet, wenn die/der Schlüsselklient/in es so entscheidet. Halten Sie fest, warum sie endete; die Unterlagen des Falls bleiben erhalten.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/ending_dialog.py" />
            <source>End case {code}</source>
            <translation>Fall {code} beenden</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/ending_dialog.py" />
            <source>Ended &amp;on:</source>
            <translation>Beendet &amp;am:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/ending_dialog.py" />
            <source>How it ended, what was agreed for later</source>
            <translation>Wie es endete, was für später vereinbart wurde</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/ending_dialog.py" />
            <source>I end the case &amp;all the same (say why in the note)</source>
            <translation>Ich beende den Fall &amp;trotzdem (Grund in der Notiz)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/ending_dialog.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/ending_dialog.py" />
            <source>Open safeguarding flag: {flag}</source>
            <translation>Offener Gefährdungshinweis: {flag}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/ending_dialog.py" />
            <source>Still open in this case</source>
            <translation>In diesem Fall noch offen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/ending_dialog.py" />
            <source>Still open in this case:</source>
            <translation>In diesem Fall noch offen:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/ending_dialog.py" />
            <source>The person stays &amp;reachable (status “Ended, still reachable”)</source>
            <translation>Die Person bleibt &amp;erreichbar (Status „Beendet, weiter erreichbar“)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/ending_dialog.py" />
            <source>Who or what ended it</source>
            <translation>Wer oder was die Beratung beendet hat</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/ending_dialog.py" />
            <source>{name}: key-client ({status})</source>
            <translation>{name}: Schlüsselklient/in ({status})</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/ending_dialog.py" />
            <source>— choose —</source>
            <translation>— bitte wählen —</translation>
        </message>
    </context>
    <context>
        <name>ErrorLine</name>
        <message>
            <location filename="../../legato_desk/ui/widgets/error_line.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
    </context>
    <context>
        <name>EscalationPage</name>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>  — done {when}</source>
            <translation>  — erledigt am {when}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>  — not needed</source>
            <translation>  — nicht nötig</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source> Acknowledged by {who}.</source>
            <translation> Bestätigt von {who}.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>&amp;Raise a flag…</source>
            <translation>Gefährdungshinweis &amp;erfassen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>&lt;b&gt;Protocol checklist&lt;/b&gt;</source>
            <translation>&lt;b&gt;Checkliste des Ablaufplans&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>&lt;b&gt;Protocol checklist&lt;/b&gt; — tick each step when done</source>
            <translation>&lt;b&gt;Checkliste des Ablaufplans&lt;/b&gt; — haken Sie jeden erledigten Schritt ab</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>&lt;b&gt;Who informed whom&lt;/b&gt;</source>
            <translation>&lt;b&gt;Wer hat wen informiert&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>&lt;h3{style}&gt;{flag}&lt;/h3&gt;raised {when} · {state}</source>
            <translation>&lt;h3{style}&gt;{flag}&lt;/h3&gt;erfasst am {when} · {state}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>C&amp;lose escalation…</source>
            <translation>Eskalation ab&amp;schließen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>Close escalation</source>
            <translation>Eskalation abschließen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>Closing note (what was agreed, what happens next):</source>
            <translation>Abschlussnotiz (was vereinbart wurde, wie es weitergeht):</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>Escalations</source>
            <translation>Eskalationen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>Mark the selected step as not needed here</source>
            <translation>Ausgewählten Schritt hier als nicht nötig markieren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>No safeguarding flags. Raise one when there is a threat to anybody, knowledge of a planned crime, a risk of self-harm, danger to the client from the milieu or a child protection concern.</source>
            <translation>Keine Gefährdungshinweise. Erfassen Sie einen, wenn jemand bedroht wird, eine geplante Straftat bekannt wird, eine Selbstgefährdung droht, dem/der Klient/in Gefahr aus dem Milieu droht oder eine Kindeswohlgefährdung zu befürchten ist.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>Not &amp;needed</source>
            <translation>Nicht &amp;nötig</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>On closing: {note}</source>
            <translation>Beim Abschluss: {note}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>Protocol steps</source>
            <translation>Schritte des Ablaufplans</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>Record &amp;who was informed…</source>
            <translation>Eintragen, &amp;wer informiert wurde…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>Safeguarding</source>
            <translation>Gefährdung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>Select a step of the checklist first.</source>
            <translation>Wählen Sie zuerst einen Schritt der Checkliste aus.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>Who was informed</source>
            <translation>Wer informiert wurde</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>closed {when}</source>
            <translation>abgeschlossen am {when}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>{flag}
closed {when}</source>
            <translation>{flag}
abgeschlossen am {when}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>{when}: {by} → {to} ({ground}). {what}</source>
            <translation>{when}: {by} → {to} ({ground}). {what}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/escalation_page.py" />
            <source>⚠ {flag}
open since {when}</source>
            <translation>⚠ {flag}
offen seit {when}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>%n word(s) that look like names are left unreviewed: {words}. Export anyway?</source>
            <translation>
                <numerusform>%n Wort, das wie ein Name aussieht, ist nicht geprüft: {words}. Trotzdem exportieren?</numerusform>
                <numerusform>%n Wörter, die wie Namen aussehen, sind nicht geprüft: {words}. Trotzdem exportieren?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>&amp;Audience:</source>
            <translation>&amp;Zweck:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>&amp;Conference:</source>
            <translation>&amp;Konferenz:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>&amp;Encrypt the PDF with a passphrase (AES-256)</source>
            <translation>PDF mit einer Passphrase &amp;verschlüsseln (AES-256)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>&amp;File:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>&amp;Ground:</source>
            <translation>&amp;Grundlage:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>&amp;Included (untick what this audience should not get):</source>
            <translation>&amp;Inhalte (Häkchen bei allem entfernen, was dieser Empfängerkreis nicht erhalten soll):</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>&amp;Person:</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>&amp;Recipient:</source>
            <translation>&amp;Empfänger/in:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>&amp;Review them first</source>
            <translation>Erst &amp;prüfen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>&amp;Whole case</source>
            <translation>Ganzer &amp;Fall</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>&amp;Write transfer file</source>
            <translation>Übergabedatei &amp;schreiben</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>(no name)</source>
            <translation>(ohne Namen)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>&lt;b&gt;A map with names is a disclosure:&lt;/b&gt; say who receives it and choose the ground, for the sharing log.</source>
            <translation>&lt;b&gt;Eine Karte mit Namen ist eine Weitergabe:&lt;/b&gt; Geben Sie für das Weitergabeprotokoll an, wer sie erhält, und wählen Sie die Grundlage.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>&lt;b&gt;Warning:&lt;/b&gt; the file will name the persons of this case. Share it only with people who need to know, and store it encrypted.</source>
            <translation>&lt;b&gt;Warnung:&lt;/b&gt; Die Datei nennt die Personen dieses Falls. Geben Sie sie nur an Personen weiter, die sie kennen müssen, und speichern Sie sie verschlüsselt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>Acute danger</source>
            <translation>Akute Gefahr</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Also list candidates and e&amp;nded key-clients (else only the active ones)</source>
            <translation>Auch Kandidat/innen und &amp;beendete Schlüsselklient/innen aufführen (sonst nur die aktiven)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Audience</source>
            <translation>Zweck</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>C&amp;hoose…</source>
            <translation>Aus&amp;wählen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Case conference</source>
            <translation>Fallkonferenz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Case conference: need-to-know content only</source>
            <translation>Fallkonferenz: nur erforderliche Inhalte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Case summary</source>
            <translation>Fallzusammenfassung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>Cases to hand over</source>
            <translation>Zu übergebende Fälle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>Choose the ground…</source>
            <translation>Grundlage wählen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>Consent of the person</source>
            <translation>Einwilligung der Person</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Counsellor's reflection in each session</source>
            <translation>Reflexion der Berater/in zu jedem Gespräch</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Counts of cases</source>
            <translation>Fallzahlen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>DRAFT, not signed off</source>
            <translation>ENTWURF, nicht abgezeichnet</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>Encrypting…</source>
            <translation>Wird verschlüsselt…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Export &amp;anyway</source>
            <translation>&amp;Trotzdem exportieren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Export PDF</source>
            <translation>PDF exportieren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>Export the map</source>
            <translation>Karte exportieren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>For the sharing log, e.g. supervision group</source>
            <translation>Für das Weitergabeprotokoll, z. B. Supervisionsgruppe</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>For the sharing log, e.g. the case conference at the youth welfare office</source>
            <translation>Für das Weitergabeprotokoll, z. B. die Fallkonferenz beim Jugendamt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Funder statistics: anonymous counts, all cases</source>
            <translation>Statistik für Zuwendungsgeber: anonyme Zahlen, alle Fälle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>GraphML network (yEd, Gephi, networkx)</source>
            <translation>GraphML-Netzwerk (yEd, Gephi, networkx)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>Ground for sharing</source>
            <translation>Grundlage der Weitergabe</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Grounding and six tasks, with progress charts</source>
            <translation>Emotionale Grundlage und sechs Aufgaben, mit Verlaufsdiagrammen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>Hand over cases</source>
            <translation>Fälle übergeben</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Information shared with other agencies</source>
            <translation>An andere Stellen weitergegebene Informationen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Intervention plan: goals, measures, last review</source>
            <translation>Interventionsplan: Ziele, Maßnahmen, letzte Überprüfung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>JSON files (*.json)</source>
            <translation>JSON-Dateien (*.json)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Key-clients and the reasons for choosing them</source>
            <translation>Schlüsselklient/innen und die Gründe für ihre Wahl</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Language of the PDF</source>
            <translation>Sprache des PDF</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>Legal duty</source>
            <translation>Gesetzliche Pflicht</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Names not reviewed</source>
            <translation>Namen nicht geprüft</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Need to know: a case conference usually hears only of the key-clients working with you now.</source>
            <translation>Kenntnis nur soweit erforderlich: Eine Fallkonferenz erfährt in der Regel nur von den Schlüsselklient/innen, die jetzt mit Ihnen arbeiten.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Next steps</source>
            <translation>Nächste Schritte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>No conference record</source>
            <translation>Ohne Konferenzprotokoll</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Not exported: decide for each word in the list, then export again.</source>
            <translation>Nicht exportiert: Entscheiden Sie für jedes Wort in der Liste und exportieren Sie dann erneut.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Not signed off yet: the PDF prints it marked as a draft that may still change. Sign it off first, or untick it to leave it out.</source>
            <translation>Noch nicht abgezeichnet: Das PDF druckt es als Entwurf, der sich noch ändern kann. Zeichnen Sie es zuerst ab oder entfernen Sie den Haken, um es wegzulassen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>One-time passphrase</source>
            <translation>Einmal-Passphrase</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>One-time passphrase:</source>
            <translation>Einmal-Passphrase:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Own file: what is recorded about one person</source>
            <translation>Eigene Akte: was über eine Person erfasst ist</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>PNG image</source>
            <translation>PNG-Bild</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Participants</source>
            <translation>Beteiligte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Passphrase for the PDF</source>
            <translation>Passphrase für das PDF</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Passphrase for the PDF (at least 8 characters; tell it separately)</source>
            <translation>Passphrase für das PDF (mindestens 8 Zeichen; getrennt mitteilen)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Period:</source>
            <translation>Zeitraum:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>Persons are shown as P1, P2, … with their role; the index client by the case pseudonym.</source>
            <translation>Personen erscheinen als P1, P2, … mit ihrer Rolle, der/die Indexklient/in mit dem Pseudonym des Falls.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>Recipient</source>
            <translation>Empfänger/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Relationship map with legend</source>
            <translation>Beziehungskarte mit Legende</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>SVG drawing</source>
            <translation>SVG-Grafik</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Safeguarding flags and escalations</source>
            <translation>Gefährdungshinweise und Eskalationen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Save statistics &amp;file…</source>
            <translation>Statistikdatei spei&amp;chern…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Save the PDF</source>
            <translation>PDF speichern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Save the statistics file</source>
            <translation>Statistikdatei speichern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Sections to include</source>
            <translation>Aufzunehmende Abschnitte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Session summaries (facts)</source>
            <translation>Zusammenfassungen der Gespräche (Fakten)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Sessions (untick one to leave it &amp;out):</source>
            <translation>Gespräche (Häkchen entfernen, um eines &amp;wegzulassen):</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Sessions to include</source>
            <translation>Aufzunehmende Gespräche</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Setbacks</source>
            <translation>Rückschläge</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Show &amp;real names instead of pseudonyms</source>
            <translation>&amp;Klarnamen statt Pseudonymen anzeigen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>Show display &amp;names instead of pseudonyms</source>
            <translation>&amp;Anzeigenamen statt Pseudonymen verwenden</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Supervision: pseudonymised case summary</source>
            <translation>Supervision: pseudonymisierte Fallzusammenfassung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>The chosen conference's record</source>
            <translation>Aufzeichnung der gewählten Fallkonferenz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>The same counts as a JSON or CSV file, without case codes, names, texts or dates: the office adds up the files of all counsellors (legato-desk stats merge).</source>
            <translation>Dieselben Zahlen als JSON- oder CSV-Datei, ohne Fallnummern, Namen, Texte oder Datumsangaben: Die Beratungsstelle zählt die Dateien aller Berater/innen zusammen (legato-desk stats merge).</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>This case conference is anonymous: its PDF is always pseudonymised.</source>
            <translation>Diese Fallkonferenz ist anonym: Ihr PDF ist immer pseudonymisiert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>Tick the cases to hand over. They are written to one encrypted file that only opens with the one-time passphrase below.</source>
            <translation>Haken Sie die zu übergebenden Fälle an. Sie werden in eine verschlüsselte Datei geschrieben, die sich nur mit der unten angezeigten Einmal-Passphrase öffnen lässt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>Transfer file</source>
            <translation>Übergabedatei</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Warning: this PDF will identify the persons of the case. Share it only where the law and the office allow, and keep it as safe as the vault.</source>
            <translation>Warnung: Dieses PDF macht die Personen des Falls identifizierbar. Geben Sie es nur weiter, wo Gesetz und Beratungsstelle es erlauben, und bewahren Sie es so sicher auf wie den Tresor.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>What the map holds about the person</source>
            <translation>Was die Karte über die Person enthält</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>Within the office</source>
            <translation>Innerhalb der Stelle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>Write this passphrase down and give it to the receiving counsellor yourself (in person or by phone), never together with the file.</source>
            <translation>Notieren Sie diese Passphrase und geben Sie sie dem/der übernehmenden Berater/in selbst weiter (persönlich oder telefonisch), nie zusammen mit der Datei.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>legato-desk transfer files (*{suffix})</source>
            <translation>legato-desk-Übergabedateien (*{suffix})</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>{date} (anonymous)</source>
            <translation>{date} (anonym)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>{pseudonym} · index client</source>
            <translation>{pseudonym} · Indexklient/in</translation>
        </message>
    </context>
    <context>
        <name>FactRow</name>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source>Important fact</source>
            <translation>Wichtiger Fakt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source>Remove this fact</source>
            <translation>Diesen Fakt entfernen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source>Reported by …</source>
            <translation>Berichtet von …</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source>Source of the fact</source>
            <translation>Quelle des Fakts</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source>Verified</source>
            <translation>Überprüft</translation>
        </message>
    </context>
    <context>
        <name>FactorLabels</name>
        <message>
            <location filename="../../legato_desk/ui/factors/labels.py" />
            <source>1 slight</source>
            <translation>1 gering</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/labels.py" />
            <source>2 clear</source>
            <translation>2 deutlich</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/labels.py" />
            <source>3 strong</source>
            <translation>3 stark</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/labels.py" />
            <source>Added</source>
            <translation>Neu</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/labels.py" />
            <source>Family situation</source>
            <translation>Familiäre Situation</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/labels.py" />
            <source>Ideological / cultural</source>
            <translation>Ideologisch / kulturell</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/labels.py" />
            <source>Individual</source>
            <translation>Individuell</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/labels.py" />
            <source>Motivational</source>
            <translation>Motivational</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/labels.py" />
            <source>Note changed</source>
            <translation>Notiz geändert</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/labels.py" />
            <source>Protective factor</source>
            <translation>Schutzfaktor</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/labels.py" />
            <source>Removed</source>
            <translation>Entfallen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/labels.py" />
            <source>Risk factor</source>
            <translation>Risikofaktor</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/labels.py" />
            <source>Social</source>
            <translation>Sozial</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/labels.py" />
            <source>Weighs less</source>
            <translation>Wiegt weniger</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/labels.py" />
            <source>Weighs more</source>
            <translation>Wiegt mehr</translation>
        </message>
    </context>
    <context>
        <name>FactorPage</name>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>&amp;Delete sheet…</source>
            <translation>Bogen lös&amp;chen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>A sheet dated today that starts as a copy of the latest one</source>
            <translation>Ein Bogen mit heutigem Datum, der als Kopie des letzten beginnt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>A short, dated sheet of risk and protective factors on five levels. Take a new sheet every few months and compare: what was added, what went, what weighs more or less now.</source>
            <translation>Ein kurzer, datierter Bogen mit Risiko- und Schutzfaktoren auf fünf Ebenen. Legen Sie alle paar Monate einen neuen Bogen an und vergleichen Sie: was neu ist, was entfallen ist, was jetzt mehr oder weniger wiegt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Add or update factor</source>
            <translation>Faktor hinzufügen oder ändern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Adds the factor, or sets the weight and note of the same factor on the sheet</source>
            <translation>Fügt den Faktor hinzu oder setzt Gewicht und Notiz desselben Faktors auf dem Bogen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Balance per level</source>
            <translation>Bilanz je Ebene</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Balance per level:</source>
            <translation>Bilanz je Ebene:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Choose the office's wording or type</source>
            <translation>Formulierung der Stelle wählen oder eingeben</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Co&amp;mpare with:</source>
            <translation>Vergleichen &amp;mit:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Compare with</source>
            <translation>Vergleichen mit</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Date of the sheet</source>
            <translation>Datum des Bogens</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Dated:</source>
            <translation>Datum:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Delete sheet</source>
            <translation>Bogen löschen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Delete the factor sheet of {date} with its {count} factors?</source>
            <translation>Den Faktorenbogen vom {date} mit seinen {count} Faktoren löschen?</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Factor</source>
            <translation>Faktor</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Factor sheets</source>
            <translation>Faktorenbögen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Factor:</source>
            <translation>Faktor:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Factors on this sheet</source>
            <translation>Faktoren auf diesem Bogen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>From {earlier} to {later}:</source>
            <translation>Vom {earlier} bis zum {later}:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Kind:</source>
            <translation>Art:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Level</source>
            <translation>Ebene</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Level:</source>
            <translation>Ebene:</translation>
        </message>
        <message>
            <source>Message</source>
            <translation type="vanished">Meldung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Ne&amp;w sheet</source>
            <translation>Ne&amp;uer Bogen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>No change.</source>
            <translation>Keine Änderung.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>No other sheet to compare with yet.</source>
            <translation>Noch kein anderer Bogen zum Vergleichen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Not saved: {reason}</source>
            <translation>Nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Note on the sheet</source>
            <translation>Notiz zum Bogen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Note:</source>
            <translation>Notiz:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>One factor</source>
            <translation>Ein Faktor</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Protective</source>
            <translation>Schutz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Remove factor</source>
            <translation>Faktor entfernen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Removes the selected factor (Del)</source>
            <translation>Entfernt den gewählten Faktor (Entf)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Risk or protective</source>
            <translation>Risiko oder Schutz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Sheet note:</source>
            <translation>Notiz zum Bogen:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Sheets:</source>
            <translation>Bögen:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Start a sheet first (New sheet).</source>
            <translation>Legen Sie zuerst einen Bogen an (Neuer Bogen).</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>The weights of each side added up, with how many factors: two numbers side by side, for you to weigh, never one score.</source>
            <translation>Die Gewichte jeder Seite zusammengezählt, mit der Zahl der Faktoren: zwei Zahlen nebeneinander zum Abwägen, nie ein Gesamtwert.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Unchanged: %n factor(s)</source>
            <translation>
                <numerusform>Unverändert: %n Faktor</numerusform>
                <numerusform>Unverändert: %n Faktoren</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Wei&amp;ght:</source>
            <translation>Gew&amp;icht:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>What changed</source>
            <translation>Was sich geändert hat</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>What it rests on (optional)</source>
            <translation>Worauf er beruht (freiwillig)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>What the factor rests on</source>
            <translation>Worauf der Faktor beruht</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>What the sheet rests on: who told what, what is still unclear.</source>
            <translation>Worauf der Bogen beruht: wer was berichtet hat, was noch unklar ist.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>{change}: {factor} ({where})</source>
            <translation>{change}: {factor} ({where})</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>{change}: {factor} ({where}), {before} → {after}</source>
            <translation>{change}: {factor} ({where}), {before} → {after}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>{date} · {risks} risk, {protective} protective</source>
            <translation>{date} · {risks} Risiko, {protective} Schutz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>{weight} ({count})</source>
            <translation>{weight} ({count})</translation>
        </message>
    </context>
    <context>
        <name>FactorWordingPage</name>
        <message>
            <location filename="../../legato_desk/ui/factors/settings_page.py" />
            <source>&amp;Protective factors:</source>
            <translation>&amp;Schutzfaktoren:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/settings_page.py" />
            <source>&amp;Risk factors:</source>
            <translation>&amp;Risikofaktoren:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/settings_page.py" />
            <source>Factors</source>
            <translation>Faktoren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/settings_page.py" />
            <source>Le&amp;vel:</source>
            <translation>&amp;Ebene:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/settings_page.py" />
            <source>Level</source>
            <translation>Ebene</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/settings_page.py" />
            <source>Protective factors of this level, one per line</source>
            <translation>Schutzfaktoren dieser Ebene, einer je Zeile</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/settings_page.py" />
            <source>Puts back the app's wording for every level</source>
            <translation>Stellt die Formulierungen der App für alle Ebenen wieder her</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/settings_page.py" />
            <source>Risk factors of this level, one per line</source>
            <translation>Risikofaktoren dieser Ebene, einer je Zeile</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/settings_page.py" />
            <source>The wording the Factors tab offers, one factor per line. Counsellors can still type their own. Sheets already written keep the wording they were written with.</source>
            <translation>Die Formulierungen, die der Reiter Faktoren anbietet, ein Faktor je Zeile. Beraterinnen und Berater können weiterhin eigene eingeben. Bereits geschriebene Bögen behalten ihre Formulierungen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/factors/settings_page.py" />
            <source>Use the &amp;defaults</source>
            <translation>&amp;Vorgaben verwenden</translation>
        </message>
    </context>
    <context>
        <name>FollowPanel</name>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>&amp;Record</source>
            <translation>Eint&amp;ragen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>A candidate, not chosen yet. Compare the candidates first; when you choose, write down why.</source>
            <translation>Kandidat/in, noch nicht gewählt. Vergleichen Sie zuerst die Kandidat/innen; halten Sie bei der Wahl fest, warum.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>Anything to add about the ending</source>
            <translation>Ergänzungen zum Abschluss</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>C&amp;hoose as key-client</source>
            <translation>Als Schlüsselklient/in &amp;wählen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>Change &amp;to:</source>
            <translation>Ändern &amp;in:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>Chosen as key-client</source>
            <translation>Als Schlüsselklient/in gewählt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>Chosen as key-client on {day}.</source>
            <translation>Am {day} als Schlüsselklient/in gewählt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>Date of the status change</source>
            <translation>Datum der Statusänderung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>Decision message</source>
            <translation>Meldung zur Entscheidung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>Marked as a candidate</source>
            <translation>Als Kandidat/in markiert</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>New status</source>
            <translation>Neuer Status</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>Now: &lt;b&gt;{status}&lt;/b&gt; since {day}.</source>
            <translation>Aktuell: &lt;b&gt;{status}&lt;/b&gt; seit {day}.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>Rationale for the decision</source>
            <translation>Begründung der Entscheidung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>Reason for ending</source>
            <translation>Grund für den Abschluss</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>Reason for the status change</source>
            <translation>Grund für die Statusänderung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>Reason or note (optional)</source>
            <translation>Grund oder Notiz (optional)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>Status history</source>
            <translation>Statusverlauf</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>Status message</source>
            <translation>Meldung zum Status</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>Status over time</source>
            <translation>Status im Verlauf</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>The door stays open: still rea&amp;chable</source>
            <translation>Die Tür bleibt offen: weiter errei&amp;chbar</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>The work ends, but the key-client can turn to you in a crisis: record the agreed crisis route.</source>
            <translation>Die Arbeit endet, aber die Schlüsselperson kann sich in einer Krise an Sie wenden: Halten Sie den vereinbarten Weg in der Krise fest.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>Why approach them again? (needed: the work had ended)</source>
            <translation>Warum erneut ansprechen? (nötig: die Arbeit war beendet)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>Why this person? For example: the index client still seeks her out; credible to him; we will work on her resilience.</source>
            <translation>Warum diese Person? Zum Beispiel: Der Indexklient sucht sie noch auf; für ihn glaubwürdig; wir arbeiten an ihrer Belastbarkeit.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>o&amp;n</source>
            <translation>a&amp;m</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/follow.py" />
            <source>— choose why it ends —</source>
            <translation>— Grund für den Abschluss wählen —</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsPage</name>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/sessions/followups.py" />
            <source> day(s)</source>
            <translation>
                <numerusform> Tag</numerusform>
                <numerusform> Tagen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/followups.py" />
            <source>Follow-ups</source>
            <translation>Wiedervorlagen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/followups.py" />
            <source>Show follow-ups due &amp;within:</source>
            <translation>Wiedervorlagen zeigen, fällig &amp;innerhalb von:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/followups.py" />
            <source>Show follow-ups due within this many days</source>
            <translation>Wiedervorlagen zeigen, die innerhalb so vieler Tage fällig sind</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/followups.py" />
            <source>The case list shows the open follow-ups of all cases that are due from today up to this many days ahead, whatever the day of the week. Overdue follow-ups stay on the list until you mark them done.</source>
            <translation>Die Fallliste zeigt die offenen Wiedervorlagen aller Fälle, die ab heute innerhalb so vieler Tage fällig sind, gleich an welchem Wochentag. Überfällige Wiedervorlagen bleiben in der Liste, bis Sie sie als erledigt markieren.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsPanel</name>
        <message>
            <location filename="../../legato_desk/ui/sessions/followups.py" />
            <source>(no next step written)</source>
            <translation>(kein nächster Schritt notiert)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/sessions/followups.py" />
            <source>Due within %n day(s) ({count})</source>
            <translation>
                <numerusform>Fällig innerhalb von %n Tag ({count})</numerusform>
                <numerusform>Fällig innerhalb von %n Tagen ({count})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/sessions/followups.py" />
            <source>Follow-ups due within %n day(s)</source>
            <translation>
                <numerusform>Innerhalb von %n Tag fällige Wiedervorlagen</numerusform>
                <numerusform>Innerhalb von %n Tagen fällige Wiedervorlagen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/followups.py" />
            <source>Mark done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/followups.py" />
            <source>The follow-up happened; remove it from this list</source>
            <translation>Die Wiedervorlage hat stattgefunden; aus dieser Liste entfernen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/followups.py" />
            <source>overdue</source>
            <translation>überfällig</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>&amp;Goal:</source>
            <translation>&amp;Ziel:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>&amp;Set on:</source>
            <translation>&amp;Gesetzt am:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>Add a goal</source>
            <translation>Ziel hinzufügen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>Change the goal</source>
            <translation>Ziel ändern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Message</source>
            <translation type="vanished">Meldung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>S&amp;tate:</source>
            <translation>S&amp;tand:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>Set on</source>
            <translation>Gesetzt am</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>What should be reached, e.g. the mother can talk with her son without a row</source>
            <translation>Was erreicht werden soll, z. B. die Mutter kann mit ihrem Sohn ohne Streit sprechen</translation>
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source> — already in this vault</source>
            <translation> — bereits in diesem Tresor</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source> — gets a new code (this code is taken here)</source>
            <translation> — erhält eine neue Kennung (diese ist hier schon vergeben)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>%n case(s) imported.</source>
            <translation>
                <numerusform>%n Fall importiert.</numerusform>
                <numerusform>%n Fälle importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>%n case(s) in the file.</source>
            <translation>
                <numerusform>%n Fall in der Datei.</numerusform>
                <numerusform>%n Fälle in der Datei.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>&amp;File:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>&amp;Keep the version already in this vault</source>
            <translation>Die Version in diesem Tresor &amp;behalten</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>&amp;Open file</source>
            <translation>Datei ö&amp;ffnen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>A case that is already here:</source>
            <translation>Fall, der hier bereits vorhanden ist:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>Already here and kept: {codes}.</source>
            <translation>Bereits vorhanden und beibehalten: {codes}.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>C&amp;hoose…</source>
            <translation>Aus&amp;wählen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>Cases in the file</source>
            <translation>Fälle in der Datei</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>Choose the file and type its passphrase.</source>
            <translation>Wählen Sie die Datei und geben Sie ihre Passphrase ein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>Choose the transfer file you were given and type the one-time passphrase you received separately. You see the cases it holds before anything is imported.</source>
            <translation>Wählen Sie die Übergabedatei, die Sie erhalten haben, und geben Sie die Einmal-Passphrase ein, die Ihnen getrennt mitgeteilt wurde. Sie sehen die enthaltenen Fälle, bevor etwas importiert wird.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>Decrypting…</source>
            <translation>Wird entschlüsselt…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>Import a handover file</source>
            <translation>Übergabedatei importieren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>New codes: {codes}.</source>
            <translation>Neue Kennungen: {codes}.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>One-time passphrase</source>
            <translation>Einmal-Passphrase</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>Re&amp;place it by the version in the file</source>
            <translation>Durch die Version in der Datei &amp;ersetzen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>Transfer file</source>
            <translation>Übergabedatei</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>legato-desk transfer files (*{suffix});;All files (*)</source>
            <translation>legato-desk-Übergabedateien (*{suffix});;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>&amp;Changes:</source>
            <translation>Ä&amp;nderungen:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>&lt;b&gt;{file}&lt;/b&gt; adds {new_persons} person(s) and {new_ties} tie(s) and changes {changed_persons} person(s) and {changed_ties} tie(s); {same} already on the map as in the file stay as they are. Nothing of the file's index client is read. Undo (Ctrl+Z) takes the whole import back.</source>
            <translation>&lt;b&gt;{file}&lt;/b&gt; fügt {new_persons} Person(en) und {new_ties} Verbindung(en) hinzu und ändert {changed_persons} Person(en) und {changed_ties} Verbindung(en); {same}, die schon so auf der Karte sind wie in der Datei, bleiben unverändert. Von der Indexklientin / dem Indexklienten der Datei wird nichts übernommen. Rückgängig (Strg+Z) nimmt den ganzen Import zurück.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>Adds a tie {a} – {b} ({kind})</source>
            <translation>Fügt eine Verbindung {a} – {b} hinzu ({kind})</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>Adds {name} ({where})</source>
            <translation>Fügt {name} hinzu ({where})</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>Changes the tie {a} – {b}: {fields}</source>
            <translation>Ändert die Verbindung {a} – {b}: {fields}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>Changes {name}: {fields}</source>
            <translation>Ändert {name}: {fields}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>GraphML network (*.graphml *.xml);;All files (*)</source>
            <translation>GraphML-Netzwerk (*.graphml *.xml);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>Import a map file</source>
            <translation>Kartendatei importieren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>Map file imported.</source>
            <translation>Kartendatei importiert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>Nothing to import: every person and tie in this file is already on the map as the file has it.</source>
            <translation>Nichts zu importieren: Jede Person und jede Verbindung dieser Datei ist schon so auf der Karte, wie die Datei sie enthält.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>What the import adds and changes</source>
            <translation>Was der Import hinzufügt und ändert</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>a person without a name</source>
            <translation>eine Person ohne Namen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>age</source>
            <translation>Alter</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>conflict</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>deceased</source>
            <translation>verstorben</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>gender</source>
            <translation>Geschlecht</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>marker</source>
            <translation>Markierung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>strength</source>
            <translation>Stärke</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>verified</source>
            <translation>überprüft</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/import_graphml.py" />
            <source>who it joins</source>
            <translation>wen sie verbindet</translation>
        </message>
    </context>
    <context>
        <name>IntakePage</name>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>&amp;Referred by:</source>
            <translation>&amp;Zugangsweg:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Ca&amp;ller:</source>
            <translation>Anr&amp;ufer/in:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Co&amp;ncern:</source>
            <translation>Anli&amp;egen:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Communication:</source>
            <translation>Kommunikation:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Con&amp;tact:</source>
            <translation>K&amp;ontakt:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Earlier history, losses, turning points</source>
            <translation>Frühere Geschichte, Verluste, Wendepunkte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Editing…</source>
            <translation>Wird bearbeitet…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Goals set at intake:</source>
            <translation>Ziele beim Erstkontakt:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>How the family talks, and about what</source>
            <translation>Wie die Familie miteinander spricht und worüber</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Intake record</source>
            <translation>Erstkontakt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Lan&amp;guages:</source>
            <translation>Sp&amp;rachen:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Not saved: {reason}</source>
            <translation>Nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Optional, and never shown or printed: every pseudonymised export replaces each of these names by the case pseudonym, however it is spelled or inflected.</source>
            <translation>Freiwillig und nie angezeigt oder gedruckt: Jeder pseudonymisierte Export ersetzt jeden dieser Namen durch das Pseudonym des Falls, gleich wie er geschrieben oder gebeugt ist.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Other nam&amp;es:</source>
            <translation>Andere Nam&amp;en:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Other names of the index client</source>
            <translation>Andere Namen des/der Indexklient/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Personality development</source>
            <translation>Persönlichkeitsentwicklung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Personality:</source>
            <translation>Persönlichkeit:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Protective factors:</source>
            <translation>Schutzfaktoren:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Real na&amp;me:</source>
            <translation>Echter Na&amp;me:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Real name of the index client</source>
            <translation>Echter Name des/der Indexklient/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Recent developments:</source>
            <translation>Aktuelle Entwicklungen:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Relationships:</source>
            <translation>Beziehungen:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Risk factors:</source>
            <translation>Risikofaktoren:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Save state</source>
            <translation>Speicherstatus</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>The caller was told where &amp;confidentiality ends (a threat to anybody or a planned crime is passed on)</source>
            <translation>Der/Die Anrufer/in wurde informiert, wo die &amp;Vertraulichkeit endet (Bedrohungen von Personen oder geplante Straftaten werden weitergegeben)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>The index client's names</source>
            <translation>Die Namen des/der Indexklient/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>The past:</source>
            <translation>Vorgeschichte:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>What changed lately</source>
            <translation>Was sich zuletzt verändert hat</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>What holds and helps</source>
            <translation>Was Halt gibt und hilft</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>What makes things worse</source>
            <translation>Was die Lage verschlimmert</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>What the caller wants to reach; what was agreed</source>
            <translation>Was der/die Anrufer/in erreichen möchte; was vereinbart wurde</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>What the counsellor gathers</source>
            <translation>Was der/die Berater/in erfasst</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>What worries the caller, in their own words.</source>
            <translation>Was den/die Anrufer/in beunruhigt, in eigenen Worten.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>Who is close, who has drifted away</source>
            <translation>Wer nahesteht, wer sich entfernt hat</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>e.g. German, Turkish</source>
            <translation>z. B. Deutsch, Türkisch</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>e.g. nickname, surname, a spelling</source>
            <translation>z. B. Spitzname, Nachname, Schreibweise</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>optional</source>
            <translation>freiwillig</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/intake_page.py" />
            <source>— not recorded —</source>
            <translation>— nicht erfasst —</translation>
        </message>
    </context>
    <context>
        <name>KeyClientCommands</name>
        <message>
            <location filename="../../legato_desk/ui/keyclients/commands.py" />
            <source>Add training module</source>
            <translation>Schulungsmodul hinzufügen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/commands.py" />
            <source>Add “{name}” to the map as a candidate</source>
            <translation>„{name}“ als Kandidat/in zur Karte hinzufügen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/commands.py" />
            <source>Change the crisis route</source>
            <translation>Weg in der Krise ändern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/commands.py" />
            <source>Choose as key-client</source>
            <translation>Als Schlüsselklient/in wählen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/commands.py" />
            <source>End the work, the door staying open</source>
            <translation>Arbeit beenden, die Tür bleibt offen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/commands.py" />
            <source>Mark as key-client candidate</source>
            <translation>Als mögliche/n Schlüsselklient/in markieren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/commands.py" />
            <source>Rate “{criterion}”</source>
            <translation>„{criterion}“ bewerten</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/commands.py" />
            <source>Remove key-client candidate</source>
            <translation>Mögliche/n Schlüsselklient/in entfernen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/commands.py" />
            <source>Remove training module</source>
            <translation>Schulungsmodul entfernen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/commands.py" />
            <source>Set key-client status to “{status}”</source>
            <translation>Status der/des Schlüsselklient/in auf „{status}“ setzen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/commands.py" />
            <source>Set “{essential}” to “{level}”</source>
            <translation>„{essential}“ auf „{level}“ setzen</translation>
        </message>
    </context>
    <context>
        <name>KeyClientPage</name>
        <message>
            <location filename="../../legato_desk/ui/keyclients/page.py" />
            <source>&amp;Assessment</source>
            <translation>&amp;Einschätzung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/page.py" />
            <source>&amp;Decision and status</source>
            <translation>Entscheidung und &amp;Status</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/page.py" />
            <source>&amp;Mark as candidate</source>
            <translation>Als Kandidat/in &amp;markieren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/page.py" />
            <source>&amp;New person on the map…</source>
            <translation>&amp;Neue Person auf der Karte…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/page.py" />
            <source>&amp;Profile</source>
            <translation>&amp;Profil</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/page.py" />
            <source>&lt;b&gt;Comparison of all candidates&lt;/b&gt;</source>
            <translation>&lt;b&gt;Vergleich aller Kandidat/innen&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/page.py" />
            <source>&lt;b&gt;{name}&lt;/b&gt; · {status}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; · {status}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/page.py" />
            <source>A key-client stays on record: end the work with a reason instead.</source>
            <translation>Ein/e Schlüsselklient/in bleibt erfasst: Beenden Sie stattdessen die Zusammenarbeit mit einer Begründung.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/page.py" />
            <source>Assessment</source>
            <translation>Einschätzung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/page.py" />
            <source>Candidates</source>
            <translation>Kandidat/innen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/page.py" />
            <source>Comparison of all candidates</source>
            <translation>Vergleich aller Kandidat/innen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/page.py" />
            <source>Decision and status</source>
            <translation>Entscheidung und Status</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/page.py" />
            <source>Everyone on the map is marked</source>
            <translation>Alle Personen auf der Karte sind markiert</translation>
        </message>
        <message>
            <source>Message</source>
            <translation type="vanished">Meldung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/page.py" />
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/page.py" />
            <source>Remove candidate</source>
            <translation>Kandidat/in entfernen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/page.py" />
            <source>Save state</source>
            <translation>Speicherstatus</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/page.py" />
            <source>Shown now</source>
            <translation>Aktuelle Anzeige</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/helpers.py" />
            <source>Unnamed person</source>
            <translation>Unbenannte Person</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/page.py" />
            <source>candidate</source>
            <translation>Kandidat/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/page.py" />
            <source>chosen as key-client</source>
            <translation>als Schlüsselklient/in gewählt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/page.py" />
            <source>key-client, {status}</source>
            <translation>Schlüsselklient/in, {status}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/page.py" />
            <source>{name}
{status}</source>
            <translation>{name}
{status}</translation>
        </message>
    </context>
    <context>
        <name>KeyClients</name>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>1 criterion to find out</source>
            <translation>1 Kriterium noch zu klären</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>A risk: a key-client who argues theology escalates.</source>
            <translation>Ein Risiko: Wer als Schlüsselklient/in theologisch argumentiert, verschärft die Lage.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>A risk: how close they are to the ideology themselves.</source>
            <translation>Ein Risiko: wie nah die Person selbst der Ideologie steht.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>A risk: strong guilt or anger makes controlled support hard.</source>
            <translation>Ein Risiko: Starke Schuldgefühle oder Wut erschweren eine kontrollierte Unterstützung.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Access and contact frequency</source>
            <translation>Zugang und Kontakthäufigkeit</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Acknowledgement</source>
            <translation>Anerkennung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Age, background, interests, language.</source>
            <translation>Alter, Herkunft, Interessen, Sprache.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Ahead of {name}: equal on the main criteria, stronger on the others.</source>
            <translation>Vor {name}: gleichauf bei den Hauptkriterien, stärker bei den übrigen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Ahead of {name}: equal so far, fewer gaps.</source>
            <translation>Vor {name}: bisher gleichauf, weniger offene Punkte.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Ahead of {name}: equally chosen; more similar, credible or resilient.</source>
            <translation>Vor {name}: ebenso gewählt; ähnlicher, glaubwürdiger oder belastbarer.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Ahead of {name}: more clearly chosen by the index client.</source>
            <translation>Vor {name}: deutlicher von der/dem Indexklient/in gewählt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Approached</source>
            <translation>Angesprochen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Available</source>
            <translation>Verfügbar</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Building</source>
            <translation>Im Aufbau</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Can carry the emotional load and stay steady under attack.</source>
            <translation>Kann die emotionale Belastung tragen und bleibt auch unter Angriffen standfest.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Candidate</source>
            <translation>Kandidat/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Chosen by the index client</source>
            <translation>Von der/dem Indexklient/in gewählt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Concern: none recorded</source>
            <translation>Bedenken: keine erfasst</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Concern: {list}</source>
            <translation>Bedenken: {list}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Contact lost</source>
            <translation>Kontakt abgebrochen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Credible to the index client</source>
            <translation>Glaubwürdig für die/den Indexklient/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Emotional involvement: guilt, anger</source>
            <translation>Emotionale Beteiligung: Schuldgefühle, Wut</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Ended by the key-client</source>
            <translation>Von der/dem Schlüsselklient/in beendet</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Established</source>
            <translation>Tragfähig</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Goals reached</source>
            <translation>Ziele erreicht</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>High</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>How often they are in contact, and how easily.</source>
            <translation>Wie oft und wie leicht Kontakt besteht.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>In the index client's eyes.</source>
            <translation>In den Augen der/des Indexklient/in.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Level with {name}: nothing tells them apart yet.</source>
            <translation>Gleichauf mit {name}: Bisher unterscheidet die beiden nichts.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Low</source>
            <translation>Gering</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Medium</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Not started</source>
            <translation>Nicht begonnen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Not the right key-client after all</source>
            <translation>Doch nicht die/der passende Schlüsselklient/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Nothing left unknown</source>
            <translation>Nichts mehr offen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Other reason (describe it)</source>
            <translation>Anderer Grund (bitte beschreiben)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Own closeness to the ideology</source>
            <translation>Eigene Nähe zur Ideologie</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Own dogmatism</source>
            <translation>Eigener Dogmatismus</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Positive emotional messages</source>
            <translation>Positive emotionale Botschaften</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Reliable relationship</source>
            <translation>Verlässliche Beziehung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Resilient</source>
            <translation>Belastbar</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Similar to the index client</source>
            <translation>Der/dem Indexklient/in ähnlich</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Strongest: nothing clear yet</source>
            <translation>Stärken: noch nichts eindeutig</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Strongest: {list}</source>
            <translation>Stärken: {list}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>The deciding factor: does the index client still listen to, trust or seek out this person?</source>
            <translation>Der entscheidende Faktor: Hört die/der Indexklient/in noch auf diese Person, vertraut ihr oder sucht ihre Nähe?</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Time and steadiness over months.</source>
            <translation>Zeit und Beständigkeit über Monate.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>To find out: {list}</source>
            <translation>Noch zu klären: {list}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>To take on the role and be counselled.</source>
            <translation>Die Rolle übernehmen und sich beraten lassen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>Willing</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>access and contact frequency</source>
            <translation>Zugang und Kontakthäufigkeit</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>available</source>
            <translation>verfügbar</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>chosen by the index client</source>
            <translation>von der/dem Indexklient/in gewählt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>close to the ideology</source>
            <translation>nah an der Ideologie</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>credible</source>
            <translation>glaubwürdig</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>credible to the index client</source>
            <translation>glaubwürdig für die/den Indexklient/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>distant from the ideology</source>
            <translation>mit Abstand zur Ideologie</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>dogmatic</source>
            <translation>dogmatisch</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>emotional involvement: guilt, anger</source>
            <translation>emotionale Beteiligung: Schuldgefühle, Wut</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>frequent contact</source>
            <translation>häufiger Kontakt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>little contact</source>
            <translation>wenig Kontakt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>little guilt or anger</source>
            <translation>kaum Schuldgefühle oder Wut</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>little similarity</source>
            <translation>wenig Ähnlichkeit</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>low credibility</source>
            <translation>wenig glaubwürdig</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>low resilience</source>
            <translation>wenig belastbar</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>not chosen by the index client</source>
            <translation>nicht von der/dem Indexklient/in gewählt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>not dogmatic</source>
            <translation>nicht dogmatisch</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>own closeness to the ideology</source>
            <translation>eigene Nähe zur Ideologie</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>own dogmatism</source>
            <translation>eigener Dogmatismus</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>rarely available</source>
            <translation>selten verfügbar</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>reluctant</source>
            <translation>zögerlich</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>resilient</source>
            <translation>belastbar</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>similar</source>
            <translation>ähnlich</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>similar to the index client</source>
            <translation>der/dem Indexklient/in ähnlich</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>strong guilt or anger</source>
            <translation>starke Schuldgefühle oder Wut</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>willing</source>
            <translation>bereit</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>{count} criteria to find out</source>
            <translation>{count} Kriterien noch zu klären</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/labels.py" />
            <source>{most} and {last}</source>
            <translation>{most} und {last}</translation>
        </message>
    </context>
    <context>
        <name>KnownError</name>
        <message>
            <location filename="../../legato_desk/cli.py" />
            <source>--preview is for map import.</source>
            <translation>--preview gilt nur für map import.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/cli.py" />
            <source>--real-names, --recipient and --ground are for map export.</source>
            <translation>--real-names, --recipient und --ground gelten nur für map export.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/ending.py" />
            <source>A case cannot be ended on a future date.</source>
            <translation>Ein Fall kann nicht mit einem zukünftigen Datum beendet werden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <source>A case conference needs a date.</source>
            <translation>Eine Fallkonferenz braucht ein Datum.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/case.py" />
            <source>A case needs a pseudonym, for example “A.”</source>
            <translation>Ein Fall braucht ein Pseudonym, zum Beispiel „A.“</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/release.py" />
            <source>A checklist has at most {limit} items.</source>
            <translation>Eine Checkliste hat höchstens {limit} Punkte.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/release.py" />
            <source>A checklist item</source>
            <translation>Ein Punkt der Checkliste</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/release.py" />
            <source>A checklist item needs a text.</source>
            <translation>Ein Punkt der Checkliste braucht einen Text.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/contact_plan.py" />
            <source>A contact plan can have at most {limit} steps.</source>
            <translation>Ein Kontaktplan kann höchstens {limit} Schritte haben.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/contact_plans.py" />
            <source>A contact plan is for a chosen key-client: choose the candidate as key-client first.</source>
            <translation>Ein Kontaktplan gilt für eine gewählte Schlüsselperson: Wählen Sie die Kandidatin / den Kandidaten zuerst als Schlüsselklient/in.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>A disclosure cannot be dated in the future.</source>
            <translation>Das Datum einer Weitergabe darf nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/factors.py" />
            <source>A factor needs a wording.</source>
            <translation>Ein Faktor braucht eine Formulierung.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/factors.py" />
            <source>A factor sheet cannot be dated in the future.</source>
            <translation>Ein Faktorenbogen kann nicht in der Zukunft datiert sein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/factors.py" />
            <source>A factor sheet holds at most {limit} factors.</source>
            <translation>Ein Faktorenbogen enthält höchstens {limit} Faktoren.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/factors.py" />
            <source>A factor sheet needs a date.</source>
            <translation>Ein Faktorenbogen braucht ein Datum.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/factors.py" />
            <source>A factor's note</source>
            <translation>Die Notiz eines Faktors</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/factors.py" />
            <source>A factor's wording</source>
            <translation>Die Formulierung eines Faktors</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/plan.py" />
            <source>A goal</source>
            <translation>Ein Ziel</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/plan.py" />
            <source>A goal cannot be set before the plan starts ({day}).</source>
            <translation>Ein Ziel kann nicht vor Beginn des Plans ({day}) gesetzt werden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/plan.py" />
            <source>A goal cannot be set in the future.</source>
            <translation>Ein Ziel kann nicht in der Zukunft gesetzt werden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/plan.py" />
            <source>A goal needs a text: say what should be reached.</source>
            <translation>Ein Ziel braucht einen Text: Sagen Sie, was erreicht werden soll.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/sessions.py" />
            <source>A key-client chosen for this session is no longer on the case's map.</source>
            <translation>Ein/e für dieses Gespräch gewählte/r Schlüsselklient/in ist nicht mehr auf der Karte des Falls.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/ending.py" />
            <source>A key-client is still active or a safeguarding flag is still open. Confirm that you end the case all the same.</source>
            <translation>Ein/e Schlüsselklient/in ist noch aktiv oder ein Gefährdungshinweis ist noch offen. Bestätigen Sie, dass Sie den Fall trotzdem beenden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/commands.py" />
            <source>A key-client stays on record: end the work with a reason instead. If the decision was a mistake, undo it first.</source>
            <translation>Ein/e Schlüsselklient/in bleibt erfasst: Beenden Sie stattdessen die Zusammenarbeit mit einer Begründung. War die Entscheidung ein Fehler, machen Sie sie zuerst rückgängig.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/maps.py" />
            <source>A map with real names is a disclosure: say who receives it and on what ground (consent, a legal duty, acute danger or within the office).</source>
            <translation>Eine Karte mit Klarnamen ist eine Weitergabe: Geben Sie an, wer sie erhält und auf welcher Grundlage (Einwilligung, gesetzliche Pflicht, akute Gefahr oder innerhalb der Stelle).</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <location filename="../../legato_desk/model/plan.py" />
            <source>A measure</source>
            <translation>Eine Maßnahme</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/plan.py" />
            <source>A measure needs a text: say what is to be done.</source>
            <translation>Eine Maßnahme braucht einen Text: Sagen Sie, was getan werden soll.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/sessions.py" />
            <source>A measure ticked for this session is no longer in the case's plan.</source>
            <translation>Eine für dieses Gespräch angekreuzte Maßnahme steht nicht mehr im Plan des Falls.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>A next step</source>
            <translation>Ein nächster Schritt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <source>A participant from the directory needs a name.</source>
            <translation>Eine teilnehmende Person aus dem Verzeichnis braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <source>A participant's institution</source>
            <translation>Die Einrichtung einer teilnehmenden Person</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <source>A participant's name</source>
            <translation>Der Name einer teilnehmenden Person</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <source>A participant's role</source>
            <translation>Die Rolle einer teilnehmenden Person</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/export.py" />
            <source>A passphrase for the PDF needs at least {count} characters.</source>
            <translation>Die Passphrase für das PDF muss mindestens {count} Zeichen lang sein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>A person in this file cannot be used: {reason}</source>
            <translation>Eine Person in dieser Datei ist nicht verwendbar: {reason}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>A person in this file has only one of the two coordinates.</source>
            <translation>Für eine Person in dieser Datei ist nur eine der beiden Koordinaten angegeben.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>A person in this file is placed outside the map (x = {x}, y = {y}): positions lie within {limit} of the centre, the outer ring at 1.</source>
            <translation>Eine Person in dieser Datei liegt außerhalb der Karte (x = {x}, y = {y}): Positionen liegen höchstens {limit} von der Mitte entfernt, der äußere Ring bei 1.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>A person or tie in this file has a missing or unusable id.</source>
            <translation>Eine Person oder Verbindung in dieser Datei hat eine fehlende oder unbrauchbare ID.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/map.py" />
            <source>A position on the map must be a finite number.</source>
            <translation>Eine Position auf der Karte muss eine endliche Zahl sein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/settings/dialog.py" />
            <source>A profile name can be at most 60 characters long.</source>
            <translation>Ein Profilname darf höchstens 60 Zeichen lang sein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>A progress rating</source>
            <translation>Eine Fortschrittsbewertung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/case.py" />
            <source>A pseudonym can be at most {limit} characters long.</source>
            <translation>Ein Pseudonym darf höchstens {limit} Zeichen lang sein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/referral.py" />
            <source>A referral cannot be dated in the future.</source>
            <translation>Eine Weitervermittlung kann nicht in der Zukunft datiert sein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/referral.py" />
            <source>A referral needs a date.</source>
            <translation>Eine Weitervermittlung braucht ein Datum.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/plan.py" />
            <source>A review</source>
            <translation>Eine Überprüfung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/plan.py" />
            <source>A review cannot be dated in the future.</source>
            <translation>Eine Überprüfung kann nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/plan.py" />
            <source>A review cannot be held before the plan starts ({day}).</source>
            <translation>Eine Überprüfung kann nicht vor Beginn des Plans ({day}) stattfinden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/plan.py" />
            <source>A review needs a short note: what was found, what changes.</source>
            <translation>Eine Überprüfung braucht eine kurze Notiz: was sich gezeigt hat, was sich ändert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/names.py" />
            <source>A reviewed word must be 1 to 80 characters long.</source>
            <translation>Ein geprüftes Wort muss 1 bis 80 Zeichen lang sein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <source>A role</source>
            <translation>Eine Rolle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>A setback</source>
            <translation>Die Angabe zu einem Rückschlag</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/map.py" />
            <source>A snapshot label can be at most {limit} characters long.</source>
            <translation>Die Bezeichnung eines Stands darf höchstens {limit} Zeichen lang sein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/map.py" />
            <source>A snapshot needs a label, for example “intake”.</source>
            <translation>Ein Stand braucht eine Bezeichnung, zum Beispiel „Erstkontakt“.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>A source</source>
            <translation>Eine Quelle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>A source needs the fact it stands for.</source>
            <translation>Zu einer Quelle gehört der Fakt, den sie belegt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/stats_file.py" />
            <source>A statistics file ends in .json or .csv.</source>
            <translation>Eine Statistikdatei endet auf .json oder .csv.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/keyclients.py" />
            <source>A step in the history cannot be dated before the step that came before it.</source>
            <translation>Ein Schritt im Verlauf darf nicht vor dem vorangehenden Schritt datiert sein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/keyclients.py" />
            <source>A step in the history cannot be dated in the future.</source>
            <translation>Ein Schritt im Verlauf darf nicht in der Zukunft datiert sein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>A task addressed in this session has begun: choose in progress, achieved or paused.</source>
            <translation>Eine in diesem Gespräch behandelte Aufgabe hat begonnen: Wählen Sie „in Arbeit“, „erreicht“ oder „pausiert“.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>A task that has begun cannot go back to “not started”; choose “paused” instead.</source>
            <translation>Eine begonnene Aufgabe kann nicht auf „nicht begonnen“ zurückgesetzt werden; wählen Sie stattdessen „pausiert“.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/templates.py" />
            <source>A template name can be at most {limit} characters long.</source>
            <translation>Ein Vorlagenname darf höchstens {limit} Zeichen lang sein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/templates.py" />
            <source>A template needs a name.</source>
            <translation>Eine Vorlage braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/intake.py" />
            <source>A text of the intake is too long (at most {limit} characters).</source>
            <translation>Ein Text des Erstkontakts ist zu lang (höchstens {limit} Zeichen).</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>A tie in this file cannot be used: {reason}</source>
            <translation>Eine Verbindung in dieser Datei ist nicht verwendbar: {reason}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>A tie in this file joins a person to themselves.</source>
            <translation>Eine Verbindung in dieser Datei verbindet eine Person mit sich selbst.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>A tie in this file points to a person the file does not hold.</source>
            <translation>Eine Verbindung in dieser Datei verweist auf eine Person, die nicht in der Datei enthalten ist.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/maps.py" />
            <source>A tie needs two different persons.</source>
            <translation>Eine Verbindung braucht zwei verschiedene Personen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/maps.py" />
            <source>A tie points to a person who is not on this map.</source>
            <translation>Eine Verbindung verweist auf eine Person, die nicht auf dieser Karte ist.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/passphrase.py" />
            <source>Acceptable. A longer passphrase would be safer.</source>
            <translation>Akzeptabel. Eine längere Passphrase wäre sicherer.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <source>Add at least one agenda item.</source>
            <translation>Fügen Sie mindestens einen Tagesordnungspunkt hinzu.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <source>Add at least one participant.</source>
            <translation>Fügen Sie mindestens eine teilnehmende Person hinzu.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>An addendum</source>
            <translation>Ein Nachtrag</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>An addendum needs some text.</source>
            <translation>Ein Nachtrag darf nicht leer sein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <source>An agenda item</source>
            <translation>Ein Tagesordnungspunkt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>An important fact</source>
            <translation>Ein wichtiger Fakt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/factors.py" />
            <source>At most {limit} factors per level and kind.</source>
            <translation>Höchstens {limit} Faktoren je Ebene und Art.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/maps.py" />
            <source>Both persons of a tie must be on the same map.</source>
            <translation>Beide Personen einer Verbindung müssen auf derselben Karte sein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <source>By when is not a date.</source>
            <translation>„Bis wann“ ist kein Datum.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/conferences/dialog.py" />
            <source>By when: write a date as dd.mm.yyyy, or leave it empty.</source>
            <translation>Bis wann: Schreiben Sie ein Datum als TT.MM.JJJJ oder lassen Sie das Feld leer.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>Choose a file in an existing folder.</source>
            <translation>Wählen Sie eine Datei in einem vorhandenen Ordner.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <location filename="../../legato_desk/vault/transfer.py" />
            <source>Choose at least one case to hand over.</source>
            <translation>Wählen Sie mindestens einen Fall zur Übergabe aus.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/export.py" />
            <source>Choose at least one section to export.</source>
            <translation>Wählen Sie mindestens einen Abschnitt für den Export aus.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/plan.py" />
            <source>Choose how far the measure is.</source>
            <translation>Wählen Sie, wie weit die Maßnahme ist.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/contact_plan.py" />
            <source>Choose how often for each step of the contact plan.</source>
            <translation>Wählen Sie für jeden Schritt des Kontaktplans, wie oft.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/export.py" />
            <source>Choose the case to export.</source>
            <translation>Wählen Sie den Fall für den Export aus.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/plan.py" />
            <source>Choose the contact of the agency directory who carries out the measure.</source>
            <translation>Wählen Sie die Kontaktperson aus dem Behördenverzeichnis, die die Maßnahme übernimmt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>Choose the ground for sharing: the person's consent, a legal duty, or acute danger. Without a ground nothing may be shared.</source>
            <translation>Wählen Sie die Grundlage der Weitergabe: Einwilligung der Person, gesetzliche Pflicht oder akute Gefahr. Ohne Grundlage darf nichts weitergegeben werden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/plan.py" />
            <source>Choose the person on the map who carries out the measure.</source>
            <translation>Wählen Sie die Person auf der Karte, die die Maßnahme übernimmt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/export.py" />
            <source>Choose the person whose own file this is.</source>
            <translation>Wählen Sie die Person aus, um deren eigene Akte es geht.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/plan.py" />
            <source>Choose what became of the goal.</source>
            <translation>Wählen Sie, was aus dem Ziel geworden ist.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/ending.py" />
            <source>Choose who or what ended the counselling.</source>
            <translation>Wählen Sie aus, wer oder was die Beratung beendet hat.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>Consent cannot be withdrawn before it was given.</source>
            <translation>Eine Einwilligung kann nicht vor ihrer Erteilung widerrufen werden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/keyclients.py" />
            <source>Decide first: a candidate is approached only once chosen as key-client.</source>
            <translation>Entscheiden Sie zuerst: Ein/e Kandidat/in wird erst angesprochen, wenn sie/er als Schlüsselklient/in gewählt ist.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/keyclients.py" />
            <source>Describe the reason for ending in a few words.</source>
            <translation>Beschreiben Sie den Grund für den Abschluss in wenigen Worten.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/contact_plan.py" />
            <source>Each step of the contact plan needs a start date.</source>
            <translation>Jeder Schritt des Kontaktplans braucht ein Anfangsdatum.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>Each task can be recorded once per session.</source>
            <translation>Jede Aufgabe kann pro Gespräch nur einmal erfasst werden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/sessions.py" />
            <source>Edit the record itself: it is not signed off yet.</source>
            <translation>Bearbeiten Sie das Protokoll direkt: Es ist noch nicht abgezeichnet.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/errors.py" />
            <source>Encryption is not available (SQLCipher is missing). legato-desk refuses to run without it.</source>
            <translation>Verschlüsselung ist nicht verfügbar (SQLCipher fehlt). Ohne sie startet legato-desk nicht.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>Enter the passphrase for the PDF.</source>
            <translation>Geben Sie die Passphrase für das PDF ein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/commands.py" />
            <source>Give the new person a name or a role.</source>
            <translation>Geben Sie der neuen Person einen Namen oder eine Rolle.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/plan.py" />
            <source>Goals, due dates or reviews of this plan lie before that day: the plan must start on or before the earliest of them.</source>
            <translation>Ziele, Fälligkeiten oder Überprüfungen dieses Plans liegen vor diesem Tag: Der Plan muss spätestens am frühesten davon beginnen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/passphrase.py" />
            <source>Good.</source>
            <translation>Gut.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>Guilt</source>
            <translation>Der Wert für Schuldgefühle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/plan.py" />
            <source>How the work should wind down</source>
            <translation>Wie die Beratung ausklingen soll</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/stats_file.py" />
            <source>Name at least two statistics files to add up.</source>
            <translation>Nennen Sie mindestens zwei Statistikdateien zum Zusammenzählen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/keyclients.py" />
            <source>Name the training module that was attended.</source>
            <translation>Geben Sie das besuchte Schulungsmodul an.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>Next steps</source>
            <translation>Das Feld „Nächste Schritte“</translation>
        </message>
        <message>
            <location filename="../../legato_desk/cli.py" />
            <source>Not exported: {count} word(s) look like names but match nobody of the case: {words}. Decide on them in the export dialog (redact, add as an alias, keep), or add --accept-unreviewed to export them as written.</source>
            <translation>Nicht exportiert: {count} Wort/Wörter sehen wie Namen aus, passen aber zu niemandem im Fall: {words}. Entscheiden Sie im Exportdialog (schwärzen, als anderen Namen hinzufügen, behalten) oder geben Sie --accept-unreviewed an, um sie wie geschrieben zu exportieren.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/availability.py" />
            <source>Office hours are typed like 9:00-16:00 (opening before closing); “{text}” is not.</source>
            <translation>Sprechzeiten werden wie 9:00-16:00 eingegeben (Beginn vor Ende); „{text}“ ist keine.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>One of the fields is too long.</source>
            <translation>Eines der Felder ist zu lang.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/export.py" />
            <source>Only a case-conference export prints a conference record.</source>
            <translation>Nur ein Export für die Fallkonferenz druckt eine Konferenzaufzeichnung.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>Only a consent that was given can be withdrawn.</source>
            <translation>Nur eine erteilte Einwilligung kann widerrufen werden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/exporting.py" />
            <source>Only the funder statistics can be saved as a statistics file.</source>
            <translation>Nur die Statistik für Zuwendungsgeber kann als Statistikdatei gespeichert werden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/keyclients.py" />
            <source>Only the latest status change can be undone.</source>
            <translation>Nur die letzte Statusänderung kann rückgängig gemacht werden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>Other participants</source>
            <translation>Das Feld „Weitere Teilnehmende“</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/passphrase.py" />
            <source>Please choose a passphrase.</source>
            <translation>Bitte wählen Sie eine Passphrase.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>Resilience</source>
            <translation>Der Wert für Belastbarkeit</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/contact_plan.py" />
            <source>Say every how many days, weeks or months for the step from {day}.</source>
            <translation>Geben Sie für den Schritt ab {day} an, alle wie viele Tage, Wochen oder Monate.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/ending.py" />
            <source>Say in the note why the case ends while a key-client is active or a safeguarding flag is open.</source>
            <translation>Schreiben Sie in die Notiz, warum der Fall endet, obwohl ein/e Schlüsselklient/in aktiv oder ein Gefährdungshinweis offen ist.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/export.py" />
            <source>Say on what ground the case conference receives this: consent, a legal duty or acute danger.</source>
            <translation>Geben Sie an, auf welcher Grundlage die Fallkonferenz dies erhält: Einwilligung, gesetzliche Pflicht oder akute Gefahr.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <source>Say the role of each participant.</source>
            <translation>Geben Sie die Rolle jeder teilnehmenden Person an.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/referral.py" />
            <source>Say to whom the case was referred.</source>
            <translation>Geben Sie an, an wen der Fall vermittelt wurde.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>Say to whom the information went.</source>
            <translation>Geben Sie an, an wen die Information ging.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>Say what was shared.</source>
            <translation>Geben Sie an, was weitergegeben wurde.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/referral.py" />
            <source>Say whether the caller agreed to the referral.</source>
            <translation>Geben Sie an, ob die anrufende Person mit der Weitervermittlung einverstanden war.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>Say whether the person was asked to agree, and what they answered.</source>
            <translation>Geben Sie an, ob die Person um Einwilligung gebeten wurde und was sie geantwortet hat.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <source>Say which participant {duty}.</source>
            <translation>Geben Sie an, wer diese Rolle übernimmt: {duty}.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/plan.py" />
            <source>Say who carries out the measure.</source>
            <translation>Sagen Sie, wer die Maßnahme übernimmt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <source>Say who carries out “{what}”.</source>
            <translation>Geben Sie an, wer „{what}“ übernimmt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>Say why it was shared.</source>
            <translation>Geben Sie an, warum es weitergegeben wurde.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/referral.py" />
            <source>Say why the case was referred.</source>
            <translation>Geben Sie an, warum der Fall vermittelt wurde.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>Say why the person was not asked: ask even where the law allows sharing, unless asking would put someone in danger.</source>
            <translation>Geben Sie an, warum die Person nicht gefragt wurde: Fragen Sie auch dort, wo das Gesetz die Weitergabe erlaubt, außer die Frage brächte jemanden in Gefahr.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/keyclients.py" />
            <source>Say why the work with this key-client ends.</source>
            <translation>Geben Sie an, warum die Zusammenarbeit mit dieser/diesem Schlüsselklient/in endet.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/plan.py" />
            <source>Sessions worked on this measure: set it to dropped instead of removing it.</source>
            <translation>In Gesprächen wurde an dieser Maßnahme gearbeitet: Setzen Sie sie auf „verworfen“, statt sie zu entfernen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/messages.py" />
            <source>Something unexpected went wrong. Nothing you saved was lost. The details (without any case content) are in the error log.</source>
            <translation>Ein unerwarteter Fehler ist aufgetreten. Ihre gespeicherten Daten sind nicht verloren. Die Details (ohne Fallinhalte) stehen im Fehlerprotokoll.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/errors.py" />
            <source>Something went wrong.</source>
            <translation>Ein Fehler ist aufgetreten.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/export.py" />
            <source>Statistics are anonymous and cover all cases.</source>
            <translation>Statistiken sind anonym und umfassen alle Fälle.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>Stress</source>
            <translation>Der Wert für Stress</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/passphrase.py" />
            <source>Strong.</source>
            <translation>Stark.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/transfer.py" />
            <source>That passphrase does not open this transfer file (or the file was changed). Nothing was imported.</source>
            <translation>Diese Passphrase öffnet diese Übergabedatei nicht (oder die Datei wurde verändert). Es wurde nichts importiert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/errors.py" />
            <source>That passphrase does not open this vault. Please try again.</source>
            <translation>Diese Passphrase öffnet diesen Tresor nicht. Bitte versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/errors.py" />
            <source>That recovery key does not open this vault. Check it for typing errors.</source>
            <translation>Dieser Wiederherstellungsschlüssel öffnet diesen Tresor nicht. Prüfen Sie ihn auf Tippfehler.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/map.py" />
            <source>The age must be a whole number of years.</source>
            <translation>Das Alter muss in ganzen Jahren angegeben werden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/map.py" />
            <source>The age must be between 0 and 120 years.</source>
            <translation>Das Alter muss zwischen 0 und 120 Jahren liegen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source>The backup folder does not exist. Choose an existing folder, or leave the field empty.</source>
            <translation>Der Sicherungsordner existiert nicht. Wählen Sie einen vorhandenen Ordner oder lassen Sie das Feld leer.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/backups.py" />
            <source>The backup folder is not available (is the external drive connected?). Connect it or choose another folder in Settings.</source>
            <translation>Der Sicherungsordner ist nicht verfügbar (ist das externe Laufwerk angeschlossen?). Schließen Sie es an oder wählen Sie in den Einstellungen einen anderen Ordner.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/transfer.py" />
            <source>The cases in this file could not be imported: they conflict with data already in this vault, or hold values it cannot accept. Nothing was imported.</source>
            <translation>Die Fälle in dieser Datei konnten nicht importiert werden: Sie stehen im Konflikt mit Daten in diesem Tresor oder enthalten Werte, die er nicht annehmen kann. Es wurde nichts importiert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <source>The client cannot have agreed to minutes that are empty.</source>
            <translation>Einem leeren Protokoll kann nicht zugestimmt worden sein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/safeguarding.py" />
            <source>The closing note is too long.</source>
            <translation>Die Abschlussnotiz ist zu lang.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/directory.py" />
            <source>The contact</source>
            <translation>Der Name des Kontakts</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/keyclients.py" />
            <source>The contact details</source>
            <translation>Das Feld „Kontaktdaten“</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/contact_plan.py" />
            <source>The crisis route can be at most {limit} characters long.</source>
            <translation>Der Weg in der Krise kann höchstens {limit} Zeichen lang sein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/directory.py" />
            <source>The deputy</source>
            <translation>Die Vertretung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/directory.py" />
            <source>The deputy's phone</source>
            <translation>Die Telefonnummer der Vertretung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/safeguarding.py" />
            <source>The description is too long.</source>
            <translation>Die Beschreibung ist zu lang.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/contact_plan.py" />
            <source>The door stays open: write down the agreed crisis route (who they can reach, and how).</source>
            <translation>Die Tür bleibt offen: Halten Sie den vereinbarten Weg in der Krise fest (wen sie erreichen und wie).</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>The duration must be between 0 and 24 hours.</source>
            <translation>Die Dauer muss zwischen 0 und 24 Stunden liegen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/directory.py" />
            <source>The e-mail address</source>
            <translation>Die E-Mail-Adresse</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/keyclients.py" />
            <source>The evidence note</source>
            <translation>Die Notiz zur Grundlage</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/factors.py" />
            <source>The factor wording is not usable.</source>
            <translation>Die Formulierungen der Faktoren sind nicht verwendbar.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/factors.py" />
            <source>The factor “{factor}” is listed twice.</source>
            <translation>Der Faktor „{factor}“ steht zweimal in der Liste.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/factors.py" />
            <source>The factor “{factor}” is on this sheet twice.</source>
            <translation>Der Faktor „{factor}“ steht zweimal auf diesem Bogen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/safeguarding.py" />
            <source>The file could not be read.</source>
            <translation>Die Datei konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>The follow-up date lies before the session.</source>
            <translation>Das Datum der Wiedervorlage liegt vor dem Gespräch.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/map.py" />
            <source>The gender</source>
            <translation>Die Angabe zum Geschlecht</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>The ground is the person's consent, but they did not give it: choose the ground it was shared on, or record that consent was given.</source>
            <translation>Als Grundlage ist die Einwilligung gewählt, die Person hat sie aber nicht erteilt: Wählen Sie die tatsächliche Grundlage oder halten Sie fest, dass die Einwilligung erteilt wurde.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/maps.py" />
            <source>The index client cannot be removed from the map.</source>
            <translation>Die/der Indexklient/in kann nicht von der Karte entfernt werden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/keyclients.py" />
            <source>The index client cannot be their own key-client.</source>
            <translation>Die/der Indexklient/in kann nicht selbst Schlüsselklient/in sein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/maps.py" />
            <source>The index client stays at the centre of the map.</source>
            <translation>Die/der Indexklient/in bleibt in der Mitte der Karte.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/release.py" />
            <location filename="../../legato_desk/vault/directory.py" />
            <source>The institution</source>
            <translation>Die Stelle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/intake.py" />
            <source>The list of languages is too long.</source>
            <translation>Die Liste der Sprachen ist zu lang.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/map.py" />
            <source>The list of other names</source>
            <translation>Die Liste der anderen Namen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/plan.py" />
            <source>The measure cannot be due before the plan starts ({day}).</source>
            <translation>Die Maßnahme kann nicht vor Beginn des Plans ({day}) fällig sein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <source>The minutes</source>
            <translation>Das Protokoll</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/keyclients.py" />
            <source>The module name</source>
            <translation>Der Modulname</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/map.py" />
            <source>The name</source>
            <translation>Der Name</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/map.py" />
            <location filename="../../legato_desk/model/referral.py" />
            <location filename="../../legato_desk/model/release.py" />
            <source>The note</source>
            <translation>Die Notiz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/ending.py" />
            <source>The note is too long.</source>
            <translation>Die Notiz ist zu lang.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>The note on the key-client's state</source>
            <translation>Die Notiz zur Verfassung des/der Schlüsselklient/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/keyclients.py" />
            <source>The notes</source>
            <translation>Die Notiz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/exporting.py" />
            <source>The office total ends in .json, .csv or .pdf.</source>
            <translation>Die Gesamtstatistik der Beratungsstelle endet auf .json, .csv oder .pdf.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/widgets/passphrase.py" />
            <source>The passphrase is too short: the hint under it says how long.</source>
            <translation>Die Passphrase ist zu kurz: Der Hinweis darunter sagt, wie lang sie sein muss.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/passphrase.py" />
            <source>The passphrase is too short: use at least {count} characters.</source>
            <translation>Die Passphrase ist zu kurz: Verwenden Sie mindestens {count} Zeichen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/export.py" />
            <source>The period ends before it begins.</source>
            <translation>Der Zeitraum endet, bevor er beginnt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/directory.py" />
            <source>The phone number</source>
            <translation>Die Telefonnummer</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/plan.py" />
            <source>The plan</source>
            <translation>Der Plan</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/plan.py" />
            <source>The plan cannot start in the future.</source>
            <translation>Der Plan kann nicht in der Zukunft beginnen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/safeguarding.py" />
            <source>The protocol file could not be written there. Choose another folder.</source>
            <translation>Die Datei mit dem Ablaufplan konnte dort nicht geschrieben werden. Wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/keyclients.py" />
            <source>The rationale</source>
            <translation>Die Begründung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/keyclients.py" />
            <location filename="../../legato_desk/model/referral.py" />
            <source>The reason</source>
            <translation>Der Grund</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/referral.py" />
            <source>The recipient</source>
            <translation>Der Empfänger</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>The reflection</source>
            <translation>Die Reflexion</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/keyclients.py" />
            <source>The relation</source>
            <translation>Die Angabe zur Beziehung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/plan.py" />
            <source>The review's note</source>
            <translation>Die Notiz der Überprüfung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/map.py" />
            <location filename="../../legato_desk/vault/directory.py" />
            <source>The role</source>
            <translation>Die Rolle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <source>The role “{duty}” is given twice.</source>
            <translation>Die Rolle „{duty}“ ist doppelt vergeben.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/factors.py" />
            <source>The sheet's note</source>
            <translation>Die Notiz zum Bogen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/map.py" />
            <source>The source</source>
            <translation>Die Quelle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/contact_plan.py" />
            <source>The step from {day} lies more than two years ahead: plan it when it comes closer.</source>
            <translation>Der Schritt ab {day} liegt mehr als zwei Jahre in der Zukunft: Planen Sie ihn, wenn er näher rückt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/contact_plan.py" />
            <source>The step from {day}: every {every} {unit} is not a sensible rhythm. Choose 1 to {limit} {unit}, or “on request” for the open door.</source>
            <translation>Der Schritt ab {day}: alle {every} {unit} ist kein sinnvoller Rhythmus. Wählen Sie 1 bis {limit} {unit} oder „bei Bedarf“ für die offene Tür.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/cases.py" />
            <source>The summary is too long (at most {limit} characters).</source>
            <translation>Die Zusammenfassung ist zu lang (höchstens {limit} Zeichen).</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/transfer.py" />
            <source>The transfer file cannot be read. Check that it still exists and that you may open it.</source>
            <translation>Die Übergabedatei kann nicht gelesen werden. Prüfen Sie, ob sie noch vorhanden ist und ob Sie sie öffnen dürfen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/transfer.py" />
            <source>The transfer file could not be written there. Choose another folder.</source>
            <translation>Die Übergabedatei konnte dort nicht geschrieben werden. Wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/cli.py" />
            <location filename="../../legato_desk/model/passphrase.py" />
            <source>The two passphrases do not match.</source>
            <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/errors.py" />
            <source>The vault's key file (vault.header) is missing or damaged. Restore it from a backup; the vault cannot be opened without it.</source>
            <translation>Die Schlüsseldatei des Tresors (vault.header) fehlt oder ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her; ohne sie lässt sich der Tresor nicht öffnen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/keyclients.py" />
            <source>The work with this key-client had ended. Write down why you approach them again: the reason is part of the re-approach.</source>
            <translation>Die Arbeit mit dieser Person als Schlüsselklient/in war beendet. Schreiben Sie auf, warum Sie sie erneut ansprechen: Der Grund gehört zum erneuten Ansprechen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/cli.py" />
            <source>There is no case {reference} in this vault.</source>
            <translation>In diesem Tresor gibt es keinen Fall {reference}.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/cli.py" />
            <source>There is no legato-desk backup in that folder.</source>
            <translation>In diesem Ordner gibt es keine legato-desk-Sicherung.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/errors.py" />
            <source>There is no vault in this folder.</source>
            <translation>In diesem Ordner gibt es keinen Tresor.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>This GraphML file holds no graph.</source>
            <translation>Diese GraphML-Datei enthält keinen Graphen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>This answer about consent is not known.</source>
            <translation>Diese Antwort zur Einwilligung ist unbekannt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/export.py" />
            <source>This audience may not receive some of the chosen sections.</source>
            <translation>Dieser Empfängerkreis darf einige der gewählten Abschnitte nicht erhalten.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/backups.py" />
            <source>This backup is damaged or is not a legato-desk backup. Choose another one; nothing was changed.</source>
            <translation>Diese Sicherung ist beschädigt oder keine legato-desk-Sicherung. Wählen Sie eine andere; es wurde nichts verändert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/factors.py" />
            <source>This case already has a factor sheet of that date. Open that one instead.</source>
            <translation>Dieser Fall hat bereits einen Faktorenbogen mit diesem Datum. Öffnen Sie stattdessen diesen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <source>This case conference belongs to another case.</source>
            <translation>Diese Fallkonferenz gehört zu einem anderen Fall.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <source>This case conference is anonymous: the case is brought in without identifying data until a security risk is found. Export it pseudonymised, or record first that it is no longer anonymous.</source>
            <translation>Diese Fallkonferenz ist anonym: Der Fall wird ohne identifizierende Daten eingebracht, bis ein Sicherheitsrisiko festgestellt ist. Exportieren Sie sie pseudonymisiert oder halten Sie zuerst fest, dass sie nicht mehr anonym ist.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/conferences.py" />
            <source>This case conference no longer exists.</source>
            <translation>Diese Fallkonferenz gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/cases.py" />
            <source>This case no longer exists.</source>
            <translation>Dieser Fall existiert nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>This consent was already withdrawn.</source>
            <translation>Diese Einwilligung wurde bereits widerrufen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/conferences.py" />
            <location filename="../../legato_desk/vault/contact_plans.py" />
            <location filename="../../legato_desk/vault/directory.py" />
            <location filename="../../legato_desk/vault/plan.py" />
            <location filename="../../legato_desk/vault/referrals.py" />
            <source>This contact is no longer in the agency directory.</source>
            <translation>Dieser Kontakt steht nicht mehr im Verzeichnis der Stellen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/contact_plans.py" />
            <source>This ending keeps no door open any more.</source>
            <translation>Diese Beendigung hält keine Tür mehr offen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/plan.py" />
            <source>This entry of the plan no longer exists.</source>
            <translation>Dieser Eintrag des Plans existiert nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>This escalation cannot be closed yet: {count} step(s) of the protocol are still open. Tick each one as done, or mark it as not needed, first.

{steps}</source>
            <translation>Diese Eskalation kann noch nicht abgeschlossen werden: Im Ablaufplan sind noch Schritte offen ({count}). Haken Sie zuerst jeden Schritt als erledigt ab oder markieren Sie ihn als nicht nötig.

{steps}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>This escalation is already closed.</source>
            <translation>Diese Eskalation ist bereits abgeschlossen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>This escalation is closed; its record can no longer be changed.</source>
            <translation>Diese Eskalation ist abgeschlossen; ihre Angaben können nicht mehr geändert werden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/safeguarding.py" />
            <source>This escalation record no longer exists.</source>
            <translation>Diese Eskalation existiert nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/factors.py" />
            <source>This factor sheet no longer exists.</source>
            <translation>Diesen Faktorenbogen gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>This file cannot be read.</source>
            <translation>Diese Datei kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>This file contains XML declarations that are not allowed in a map file (DOCTYPE or ENTITY).</source>
            <translation type="vanished">Diese Datei enthält XML-Deklarationen, die in einer Kartendatei nicht erlaubt sind (DOCTYPE oder ENTITY).</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>This file contains a document type declaration (DOCTYPE) or entity declarations (ENTITY), which are not allowed in a map file.</source>
            <translation>Diese Datei enthält eine Dokumenttyp-Deklaration (DOCTYPE) oder Entity-Deklarationen (ENTITY); beides ist in einer Kartendatei nicht erlaubt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>This file has an element legato-desk does not know in this place: &lt;{element}&gt; inside &lt;{parent}&gt;.</source>
            <translation>Diese Datei enthält ein Element, das legato-desk an dieser Stelle nicht kennt: &lt;{element}&gt; in &lt;{parent}&gt;.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>This file has more than one index client.</source>
            <translation>Diese Datei enthält mehr als eine/n Indexklient/in.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>This file has ties between more than two persons (hyperedges), which a map cannot hold.</source>
            <translation>Diese Datei enthält Verbindungen zwischen mehr als zwei Personen (Hyperkanten), die eine Karte nicht aufnehmen kann.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>This file holds a graph inside a person or a tie (a nested graph); legato-desk reads one flat map.</source>
            <translation>Diese Datei enthält einen Graphen innerhalb einer Person oder Verbindung (verschachtelter Graph); legato-desk liest eine einfache Karte.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>This file holds more than one graph; legato-desk reads one map per file.</source>
            <translation>Diese Datei enthält mehr als einen Graphen; legato-desk liest eine Karte pro Datei.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>This file is XML, but not GraphML.</source>
            <translation>Diese Datei ist XML, aber kein GraphML.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/transfer.py" />
            <source>This file is damaged or is not a legato-desk transfer file. Nothing was imported.</source>
            <translation>Diese Datei ist beschädigt oder keine Übergabedatei von legato-desk. Es wurde nichts importiert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>This file is in an encoding legato-desk cannot read; save it as UTF-8.</source>
            <translation>Diese Datei hat eine Zeichenkodierung, die legato-desk nicht lesen kann; speichern Sie sie als UTF-8.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>This file is not a map in GraphML format that legato-desk can read.</source>
            <translation>Diese Datei ist keine Karte im GraphML-Format, die legato-desk lesen kann.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>This file is not readable in the encoding it declares ({encoding}).</source>
            <translation>Diese Datei ist in der angegebenen Zeichenkodierung ({encoding}) nicht lesbar.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>This file is not well-formed XML.</source>
            <translation>Diese Datei ist kein wohlgeformtes XML.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>This file is too large to be a map (more than 20 MB).</source>
            <translation>Diese Datei ist zu groß für eine Karte (mehr als 20 MB).</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>This file nests its elements more than {depth} levels deep; a map file never does, so legato-desk does not read it.</source>
            <translation>Diese Datei verschachtelt ihre Elemente tiefer als {depth} Ebenen; eine Kartendatei tut das nie, darum liest legato-desk sie nicht.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>This file refers to other files or addresses, which is not allowed in a map file.</source>
            <translation>Diese Datei verweist auf andere Dateien oder Adressen; das ist in einer Kartendatei nicht erlaubt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/errors.py" />
            <source>This folder already holds a vault. Choose an empty folder.</source>
            <translation>In diesem Ordner liegt bereits ein Tresor. Wählen Sie einen leeren Ordner.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/plan.py" />
            <source>This goal belongs to another case.</source>
            <translation>Dieses Ziel gehört zu einem anderen Fall.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>This ground for sharing is not known.</source>
            <translation>Diese Grundlage für die Weitergabe ist nicht bekannt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/referrals.py" />
            <source>This institution is no longer in the agency directory.</source>
            <translation>Diese Institution steht nicht mehr im Verzeichnis der Stellen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/safeguarding.py" />
            <source>This is not a usable office protocol: the file is not JSON text.</source>
            <translation>Dies ist kein verwendbarer Ablaufplan: Die Datei ist kein JSON-Text.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/safeguarding.py" />
            <source>This is not a usable office protocol: the file is too large.</source>
            <translation>Dies ist kein verwendbarer Ablaufplan: Die Datei ist zu groß.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>This is not a usable office protocol: {why}.</source>
            <translation>Dies ist kein verwendbarer Ablaufplan: {why}.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/keyclients.py" />
            <source>This key-client candidate no longer exists.</source>
            <translation>Diese/r mögliche Schlüsselklient/in existiert nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/directory.py" />
            <source>This kind of institution is not known.</source>
            <translation>Diese Art von Stelle ist nicht bekannt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>This map has more persons or ties than legato-desk accepts.</source>
            <translation>Diese Karte enthält mehr Personen oder Verbindungen, als legato-desk zulässt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/widgets/passphrase.py" />
            <source>This passphrase cannot be used: the hint under it says why.</source>
            <translation>Diese Passphrase kann nicht verwendet werden: Der Hinweis darunter sagt, warum.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/passphrase.py" />
            <source>This passphrase is too easy to guess. Make it longer or add unrelated words.</source>
            <translation>Diese Passphrase ist zu leicht zu erraten. Verlängern Sie sie oder fügen Sie Wörter hinzu, die nichts miteinander zu tun haben.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/keyclients.py" />
            <source>This person is already a key-client candidate.</source>
            <translation>Diese Person ist bereits als mögliche/r Schlüsselklient/in markiert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/keyclients.py" />
            <source>This person is already a key-client.</source>
            <translation>Diese Person ist bereits Schlüsselklient/in.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/plan.py" />
            <source>This person is no longer on the case's map.</source>
            <translation>Diese Person ist nicht mehr auf der Karte des Falls.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/exporting.py" />
            <location filename="../../legato_desk/vault/keyclients.py" />
            <source>This person is not on the map of this case.</source>
            <translation>Diese Person ist nicht auf der Karte dieses Falls.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/maps.py" />
            <source>This person or tie is no longer on the map.</source>
            <translation>Diese Person oder Verbindung ist nicht mehr auf der Karte.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>This record is signed off and can no longer be changed. Add an addendum instead.</source>
            <translation>Dieses Protokoll ist abgezeichnet und kann nicht mehr geändert werden. Fügen Sie stattdessen einen Nachtrag hinzu.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/referrals.py" />
            <source>This referral no longer exists.</source>
            <translation>Diese Weitervermittlung gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/sessions.py" />
            <source>This session record no longer exists.</source>
            <translation>Dieses Gesprächsprotokoll existiert nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/settings.py" />
            <source>This setting is too large to be stored.</source>
            <translation>Diese Einstellung ist zu groß, um gespeichert zu werden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/maps.py" />
            <source>This snapshot no longer exists.</source>
            <translation>Dieser Stand existiert nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/keyclients.py" />
            <source>This status change is not possible from the current status.</source>
            <translation>Diese Statusänderung ist vom aktuellen Status aus nicht möglich.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/safeguarding.py" />
            <source>This step is not part of the escalation.</source>
            <translation>Dieser Schritt gehört nicht zu dieser Eskalation.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/keyclients.py" />
            <source>This training entry no longer exists.</source>
            <translation>Dieser Schulungseintrag existiert nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/transfer.py" />
            <source>This transfer file was made by a newer legato-desk with data this version cannot store. Update legato-desk, then import it again. Nothing was imported.</source>
            <translation>Diese Übergabedatei wurde mit einer neueren Version von legato-desk erstellt und enthält Daten, die diese Version nicht speichern kann. Aktualisieren Sie legato-desk und importieren Sie die Datei dann erneut. Es wurde nichts importiert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/errors.py" />
            <source>This vault file is damaged or is not a legato-desk vault. Nothing was changed. Restore the latest backup, or ask your office for help.</source>
            <translation>Diese Tresordatei ist beschädigt oder kein legato-desk-Tresor. Es wurde nichts verändert. Stellen Sie die letzte Sicherung wieder her oder bitten Sie Ihre Beratungsstelle um Hilfe.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/errors.py" />
            <source>This vault was written by a newer version of legato-desk. Please install the newer version to open it; nothing was changed.</source>
            <translation>Dieser Tresor wurde mit einer neueren Version von legato-desk geschrieben. Bitte installieren Sie die neuere Version, um ihn zu öffnen; es wurde nichts verändert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>Two attributes in this file have the same key id.</source>
            <translation>Zwei Attribute in dieser Datei haben dieselbe Schlüssel-ID.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>Two persons in this file have the same id.</source>
            <translation>Zwei Personen in dieser Datei haben dieselbe ID.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/contact_plan.py" />
            <source>Two steps start on {day}: each step of the contact plan needs a day of its own.</source>
            <translation>Zwei Schritte beginnen am {day}: Jeder Schritt des Kontaktplans braucht einen eigenen Tag.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/templates.py" />
            <source>Two templates have the same name.</source>
            <translation>Zwei Vorlagen haben denselben Namen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>Two ties in this file have the same id.</source>
            <translation>Zwei Verbindungen in dieser Datei haben dieselbe ID.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/release.py" />
            <source>Type the date of release like 13.06.2025; “{text}” is not a date.</source>
            <translation>Das Entlassungsdatum wie 13.06.2025 eingeben; „{text}“ ist kein Datum.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/release.py" />
            <source>Type the time of release like 15:30; “{text}” is not a time.</source>
            <translation>Die Uhrzeit der Entlassung wie 15:30 eingeben; „{text}“ ist keine Uhrzeit.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/keyclients.py" />
            <source>Undo the later status changes first.</source>
            <translation>Machen Sie zuerst die späteren Statusänderungen rückgängig.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>What happened</source>
            <translation>Das Feld „Was geschah“</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>What was done</source>
            <translation>Das Feld „Was getan wurde“</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>What was said in counselling may leave the office only on the ground of acute danger. Share only facts the recipient needs, or choose acute danger if there is one.</source>
            <translation>Was in der Beratung gesagt wurde, darf die Stelle nur bei akuter Gefahr verlassen. Geben Sie nur die Fakten weiter, die der Empfänger braucht, oder wählen Sie akute Gefahr, wenn sie besteht.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <source>Who carries out a measure</source>
            <translation>Wer eine Maßnahme übernimmt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/plan.py" />
            <source>Who does it</source>
            <translation>Wer es übernimmt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/release.py" />
            <source>Who is responsible</source>
            <translation>Wer zuständig ist</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/ending.py" />
            <source>With “other”, say in the note why it ended.</source>
            <translation>Bei „Sonstiges“ geben Sie bitte in der Notiz an, warum die Beratung endete.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/keyclients.py" />
            <source>Write down why this person becomes the key-client: the rationale is part of the decision.</source>
            <translation>Halten Sie fest, warum diese Person Schlüsselklient/in wird: Die Begründung ist Teil der Entscheidung.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/errors.py" />
            <source>Your passphrase is right, but the vault's key file (vault.header) is damaged or belongs to another vault. Nothing was changed. Put back the key file from the latest backup: your cases stay as they are.</source>
            <translation>Ihre Passphrase ist richtig, aber die Schlüsseldatei des Tresors (vault.header) ist beschädigt oder gehört zu einem anderen Tresor. Es wurde nichts verändert. Übernehmen Sie die Schlüsseldatei aus der neuesten Sicherung: Ihre Fälle bleiben, wie sie sind.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>a flag's steps are not a list of at most 30 steps</source>
            <translation>die Schritte eines Hinweises sind keine Liste mit höchstens 30 Schritten</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>a step has no text</source>
            <translation>ein Schritt hat keinen Text</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>a step holds something other than text</source>
            <translation>ein Schritt enthält etwas anderes als Text</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>a step is longer than 200 characters</source>
            <translation>ein Schritt ist länger als 200 Zeichen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>a step is not a record</source>
            <translation>ein Schritt ist kein Datensatz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/contact_plan.py" />
            <source>days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>it is not a legato-desk protocol file</source>
            <translation>die Datei ist keine Ablaufplan-Datei von legato-desk</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>it names a flag type this version does not know</source>
            <translation>die Datei nennt eine Art von Gefährdungshinweis, die diese Version nicht kennt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>it was written by a different version of legato-desk</source>
            <translation>die Datei wurde von einer anderen Version von legato-desk geschrieben</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/contact_plan.py" />
            <source>months</source>
            <translation>Monate</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/safeguarding.py" />
            <source>the list of flags is missing</source>
            <translation>die Liste der Gefährdungshinweise fehlt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/contact_plan.py" />
            <source>weeks</source>
            <translation>Wochen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/stats_file.py" />
            <source>{file} and {other} hold the same counts (the same export, or a total that already includes it): each file is added up once. Leave one of them out.</source>
            <translation>{file} und {other} enthalten dieselben Zahlen (derselbe Export oder eine Summe, die ihn schon enthält): Jede Datei wird nur einmal gezählt. Lassen Sie eine davon weg.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/exporting.py" />
            <source>{file} cannot be read.</source>
            <translation>{file} kann nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/stats_file.py" />
            <source>{file} covers {period}, {other} covers {other_period}: an office total adds up files of the same period. Export them again with the same --from and --to.</source>
            <translation>{file} umfasst {period}, {other} umfasst {other_period}: Eine Gesamtstatistik zählt Dateien desselben Zeitraums zusammen. Exportieren Sie sie erneut mit denselben Angaben für --from und --to.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/stats_file.py" />
            <source>{file} is a statistics file of format version {version}; this version of legato-desk reads version {ours} only. Export it again with the same version of legato-desk as the other files.</source>
            <translation>{file} ist eine Statistikdatei im Format Version {version}; diese Version von legato-desk liest nur Version {ours}. Exportieren Sie sie erneut mit derselben Version von legato-desk wie die anderen Dateien.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/stats_file.py" />
            <source>{file} is damaged or was changed by hand ({what}).</source>
            <translation>{file} ist beschädigt oder wurde von Hand verändert ({what}).</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/stats_file.py" />
            <source>{file} is not a legato-desk statistics file.</source>
            <translation>{file} ist keine Statistikdatei von legato-desk.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/keyclients.py" />
            <source>{name} ended the work as key-client on {day}. Before task work is recorded for them, approach them again on the Key-clients tab (a status change with a reason), or record this session without task work.</source>
            <translation>{name} hat die Arbeit als Schlüsselklient/in am {day} beendet. Bevor Aufgabenarbeit für diese Person festgehalten wird, sprechen Sie sie im Reiter Schlüsselklient/innen erneut an (ein Statuswechsel mit Grund) oder halten Sie dieses Gespräch ohne Aufgabenarbeit fest.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/keyclients.py" />
            <location filename="../../legato_desk/model/map.py" />
            <source>{what} can be at most {limit} characters long.</source>
            <translation>{what} darf höchstens {limit} Zeichen lang sein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <source>{what} is empty.</source>
            <translation>{what} ist leer.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <location filename="../../legato_desk/model/factors.py" />
            <location filename="../../legato_desk/model/plan.py" />
            <location filename="../../legato_desk/model/referral.py" />
            <location filename="../../legato_desk/model/release.py" />
            <location filename="../../legato_desk/model/session.py" />
            <location filename="../../legato_desk/vault/directory.py" />
            <source>{what} is too long (at most {limit} characters).</source>
            <translation>{what} ist zu lang (höchstens {limit} Zeichen).</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/session.py" />
            <source>{what} must be between {low} and {high}.</source>
            <translation>{what} muss zwischen {low} und {high} liegen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/plan.py" />
            <source>{what} needs a date.</source>
            <translation>{what} braucht ein Datum.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/vault/directory.py" />
            <source>{what} needs a name.</source>
            <translation>{what} braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>“{text}” is not a finite number.</source>
            <translation>„{text}“ ist keine endliche Zahl.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>“{text}” is not a number.</source>
            <translation>„{text}“ ist keine Zahl.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>“{text}” is not a value legato-desk knows here.</source>
            <translation>„{text}“ ist hier kein Wert, den legato-desk kennt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>“{text}” is not a whole number.</source>
            <translation>„{text}“ ist keine ganze Zahl.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/reports/graphml.py" />
            <source>“{text}” is not a yes/no value.</source>
            <translation>„{text}“ ist kein Ja/Nein-Wert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/conference.py" />
            <source>“{what}” is due before the conference was held.</source>
            <translation>„{what}“ ist vor dem Datum der Konferenz fällig.</translation>
        </message>
    </context>
    <context>
        <name>LegendWidget</name>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>Legend of the map</source>
            <translation>Legende der Karte</translation>
        </message>
    </context>
    <context>
        <name>LifecycleActions</name>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/actions.py" />
            <source>&amp;Back up now</source>
            <translation>Jetzt si&amp;chern</translation>
        </message>
        <message>
            <source>&amp;Erase case permanently…</source>
            <translation type="vanished">Fall en&amp;dgültig löschen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/actions.py" />
            <source>&amp;Hand over cases…</source>
            <translation>Fälle &amp;übergeben…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/actions.py" />
            <source>&amp;Import a handover file…</source>
            <translation>Übergabedatei &amp;importieren…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/actions.py" />
            <source>&amp;Restore from a backup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/actions.py" />
            <source>Backup written to {folder}.</source>
            <translation>Sicherung in {folder} gespeichert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/actions.py" />
            <source>Case {code} was erased.</source>
            <translation>Fall {code} wurde endgültig gelöscht.</translation>
        </message>
        <message>
            <source>Cases past re&amp;tention…</source>
            <translation type="vanished">Fälle mit abgelaufener Aufbewahrungs&amp;frist…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/actions.py" />
            <source>Cases past rete&amp;ntion…</source>
            <translation>Fälle mit abgelaufener Aufbewahrungs&amp;frist…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/actions.py" />
            <source>Erase case &amp;permanently…</source>
            <translation>Fall en&amp;dgültig löschen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/actions.py" />
            <source>Transfer file written: {path}</source>
            <translation>Übergabedatei geschrieben: {path}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/actions.py" />
            <source>legato-desk</source>
            <translation>legato-desk</translation>
        </message>
    </context>
    <context>
        <name>LockingPage</name>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source>&amp;Clear copied text after:</source>
            <translation>Kopierten Text &amp;löschen nach:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source>&amp;Lock after no input for:</source>
            <translation>&amp;Sperren bei Inaktivität nach:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source>Clear copied text after seconds</source>
            <translation>Kopierten Text löschen nach Sekunden</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source>Lock after minutes without input</source>
            <translation>Sperren nach Minuten ohne Eingabe</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source>Locking</source>
            <translation>Sperren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source>Text copied from legato-desk is removed from the clipboard after this time and when the vault locks, unless you have copied something else.</source>
            <translation>Aus legato-desk kopierter Text wird nach dieser Zeit und beim Sperren des Tresors aus der Zwischenablage entfernt, sofern Sie nicht inzwischen etwas anderes kopiert haben.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source>The vault also locks with Ctrl+L and, on Windows, when you lock the computer. Locking saves what you typed, closes every window's content and forgets the key until you unlock.</source>
            <translation>Der Tresor wird auch mit Strg+L gesperrt und unter Windows, wenn Sie den Computer sperren. Beim Sperren wird Ihre Eingabe gespeichert, der Inhalt aller Fenster geschlossen und der Schlüssel bis zum Entsperren verworfen.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>&amp;About legato-desk</source>
            <translation>&amp;Über legato-desk</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>&amp;Case</source>
            <translation>&amp;Fall</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>&amp;Export PDF…</source>
            <translation>PDF &amp;exportieren…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>&amp;Export map (PNG, SVG, GraphML)…</source>
            <translation>Karte &amp;exportieren (PNG, SVG, GraphML)…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>&amp;Filter cases</source>
            <translation>Fälle &amp;filtern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>&amp;Import GraphML…</source>
            <translation>GraphML &amp;importieren…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>&amp;Key-clients</source>
            <translation>&amp;Schlüsselklient/innen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>&amp;Lock</source>
            <translation>&amp;Sperren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>&amp;Map</source>
            <translation>&amp;Karte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>&amp;New case…</source>
            <translation>&amp;Neuer Fall…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>&amp;Rename…</source>
            <translation>&amp;Umbenennen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>&amp;Search notes…</source>
            <translation>Notizen &amp;durchsuchen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>&amp;Vault</source>
            <translation>&amp;Tresor</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>Assess as key-client candidate</source>
            <translation>Als mögliche/n Schlüsselklient/in einschätzen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>Back to the &amp;case list</source>
            <translation>Zurück zur Fall&amp;liste</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>Change &amp;passphrase…</source>
            <translation>&amp;Passphrase ändern…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>Choose a case to export first.</source>
            <translation>Wählen Sie zuerst einen Fall für den Export aus.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>Demo vault: every person and event here is invented. It is deleted when you quit. Do not enter real data.</source>
            <translation>Demo-Tresor: Alle Personen und Ereignisse hier sind erfunden. Er wird beim Beenden gelöscht. Geben Sie keine echten Daten ein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>Exported to {path}</source>
            <translation>Exportiert nach {path}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>Funder s&amp;tatistics…</source>
            <translation>S&amp;tatistik für Zuwendungsgeber…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>How should the index client be shown? Use a pseudonym or initials, never the full name.</source>
            <translation>Wie soll der/die Indexklient/in angezeigt werden? Verwenden Sie ein Pseudonym oder Initialen, nie den vollständigen Namen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>M&amp;ap</source>
            <translation>&amp;Karte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>New case</source>
            <translation>Neuer Fall</translation>
        </message>
        <message>
            <source>New session &amp;record</source>
            <translation type="vanished">Neues Gesprächs&amp;protokoll</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>New session rec&amp;ord</source>
            <translation>Neues Gesprächs&amp;protokoll</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>Rename case</source>
            <translation>Fall umbenennen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>Save it now, discard the changes, or cancel to go back to it.</source>
            <translation>Speichern Sie es jetzt, verwerfen Sie die Änderungen, oder brechen Sie ab, um zu ihm zurückzukehren.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>Settings saved.</source>
            <translation>Einstellungen gespeichert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>Take &amp;snapshot…</source>
            <translation>&amp;Stand festhalten…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>The new pseudonym for case {code}:</source>
            <translation>Das neue Pseudonym für Fall {code}:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>The passphrase was changed.</source>
            <translation>Die Passphrase wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>The session record of {held} is not saved.</source>
            <translation>Das Gesprächsprotokoll vom {held} ist nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>Vault: {folder}</source>
            <translation>Tresor: {folder}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>legato-desk</source>
            <translation>legato-desk</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/main_window.py" />
            <source>legato-desk — demo vault (invented data, deleted on quit)</source>
            <translation>legato-desk — Demo-Tresor (erfundene Daten, werden beim Beenden gelöscht)</translation>
        </message>
    </context>
    <context>
        <name>MapCommands</name>
        <message>
            <location filename="../../legato_desk/ui/map/commands.py" />
            <source>Add a person to the map</source>
            <translation>Person zur Karte hinzufügen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/commands.py" />
            <source>Change a person on the map</source>
            <translation>Person auf der Karte ändern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/commands.py" />
            <source>Change a tie</source>
            <translation>Verbindung ändern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/commands.py" />
            <source>Connect two persons</source>
            <translation>Zwei Personen verbinden</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/commands.py" />
            <source>Delete from the map</source>
            <translation>Von der Karte löschen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/commands.py" />
            <source>Import a map file</source>
            <translation>Kartendatei importieren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/commands.py" />
            <source>Move a person on the map</source>
            <translation>Person auf der Karte verschieben</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/commands.py" />
            <source>Move {n} persons on the map</source>
            <translation>{n} Personen auf der Karte verschieben</translation>
        </message>
    </context>
    <context>
        <name>MapPage</name>
        <message>
            <location filename="../../legato_desk/ui/map/export.py" />
            <source> · pseudonymised</source>
            <translation> · pseudonymisiert</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/page.py" />
            <source>&amp;Add person…</source>
            <translation>Person &amp;hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/page.py" />
            <source>&amp;Connect selected two</source>
            <translation>&amp;Verbinden</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/page.py" />
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/page.py" />
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/page.py" />
            <source>&amp;Fit to view</source>
            <translation>&amp;Einpassen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/page.py" />
            <source>&lt;p&gt;&lt;b&gt;Drawing the map&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Double-click where a person belongs (the sector and ring follow from the place), or use Add person (Ins).&lt;/p&gt;&lt;p&gt;Shift+drag from one person to another to connect them; click a line to edit the tie.&lt;/p&gt;&lt;p&gt;Drag to move, drag on empty space to select several, arrow keys nudge the selection. Ctrl+0 fits the map into view.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Karte zeichnen&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Doppelklicken Sie dort, wo eine Person hingehört (Sektor und Nähe ergeben sich aus der Position), oder verwenden Sie „Person hinzufügen“ (Einfg).&lt;/p&gt;&lt;p&gt;Ziehen Sie mit gedrückter Umschalttaste von einer Person zu einer anderen, um beide zu verbinden; klicken Sie auf eine Linie, um die Verbindung zu bearbeiten.&lt;/p&gt;&lt;p&gt;Ziehen verschiebt, Ziehen auf einer leeren Fläche wählt mehrere aus, die Pfeiltasten verschieben die Auswahl schrittweise. Strg+0 passt die Karte in die Ansicht ein.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/page.py" />
            <source>Comparison · read-only</source>
            <translation>Vergleich · schreibgeschützt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/page.py" />
            <source>Connect</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/export.py" />
            <source>Export the map</source>
            <translation>Karte exportieren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/export.py" />
            <source>GraphML network (*.graphml)</source>
            <translation>GraphML-Netzwerk (*.graphml)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/page.py" />
            <source>Import &amp;GraphML…</source>
            <translation>GraphML &amp;importieren…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/page.py" />
            <source>Map</source>
            <translation>Karte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/export.py" />
            <source>Map exported.</source>
            <translation>Karte exportiert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/page.py" />
            <source>Map legend</source>
            <translation>Legende der Karte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/page.py" />
            <source>Map tools</source>
            <translation>Kartenwerkzeuge</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/export.py" />
            <source>PNG image (*.png)</source>
            <translation>PNG-Bild (*.png)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/export.py" />
            <source>Relationship map · {case} · {version}{names}</source>
            <translation>Beziehungskarte · {case} · {version}{names}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/export.py" />
            <source>SVG drawing (*.svg)</source>
            <translation>SVG-Grafik (*.svg)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/page.py" />
            <source>Select exactly two persons (on the map or in the list) to connect them.</source>
            <translation>Wählen Sie genau zwei Personen aus (auf der Karte oder in der Liste), um sie zu verbinden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/page.py" />
            <source>Selected person</source>
            <translation>Ausgewählte Person</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/page.py" />
            <source>Snapshot · read-only</source>
            <translation>Stand · schreibgeschützt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/page.py" />
            <source>Take &amp;snapshot…</source>
            <translation>&amp;Stand festhalten…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/page.py" />
            <source>This is a frozen version of the map; it cannot be edited.</source>
            <translation>Dies ist eine festgehaltene Version der Karte; sie kann nicht bearbeitet werden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/page.py" />
            <source>Zoom &amp;in</source>
            <translation>Ver&amp;größern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/page.py" />
            <source>Zoom &amp;out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/page.py" />
            <source>conflict</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/page.py" />
            <source>index client</source>
            <translation>Indexklient/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/page.py" />
            <source>{n} persons selected. Ctrl+J connects two; Del deletes them.</source>
            <translation>{n} Personen ausgewählt. Strg+J verbindet zwei; Entf löscht sie.</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <location filename="../../legato_desk/ui/map/view.py" />
            <source>Relationship map canvas</source>
            <translation>Zeichenfläche der Beziehungskarte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/view.py" />
            <source>The social system around the index client. Use the list of persons beside the map to select persons with the keyboard.</source>
            <translation>Das soziale System um die/den Indexklient/in. Mit der Personenliste neben der Karte können Sie Personen per Tastatur auswählen.</translation>
        </message>
    </context>
    <context>
        <name>MeasureDialog</name>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>&amp;Goal:</source>
            <translation>&amp;Ziel:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>&amp;What:</source>
            <translation>&amp;Was:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>Add a measure</source>
            <translation>Maßnahme hinzufügen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>By when:</source>
            <translation>Bis wann:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>Change the measure</source>
            <translation>Maßnahme ändern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>D&amp;ue by</source>
            <translation>Fällig &amp;bis</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>Due date</source>
            <translation>Fälligkeitsdatum</translation>
        </message>
        <message>
            <source>Message</source>
            <translation type="vanished">Meldung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>S&amp;tate:</source>
            <translation>S&amp;tand:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>Serves the goal</source>
            <translation>Dient dem Ziel</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>W&amp;ho:</source>
            <translation>W&amp;er:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>What is to be done, e.g. housing advice, weekly talks, a school meeting</source>
            <translation>Was getan werden soll, z. B. Wohnungsberatung, wöchentliche Gespräche, ein Schulgespräch</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>Who does it</source>
            <translation>Wer es übernimmt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>no goal in particular</source>
            <translation>kein bestimmtes Ziel</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>— choose —</source>
            <translation>— auswählen —</translation>
        </message>
    </context>
    <context>
        <name>NameMarks</name>
        <message>
            <location filename="../../legato_desk/ui/widgets/name_marks.py" />
            <source>Will be replaced by {code} in pseudonymised exports</source>
            <translation>Wird in pseudonymisierten Exporten durch {code} ersetzt</translation>
        </message>
    </context>
    <context>
        <name>NameReview</name>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>%n word(s) left to review: decide for each before you export.</source>
            <translation>
                <numerusform>Noch %n Wort zu prüfen: Entscheiden Sie vor dem Export.</numerusform>
                <numerusform>Noch %n Wörter zu prüfen: Entscheiden Sie für jedes vor dem Export.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>&amp;Keep</source>
            <translation>&amp;Behalten</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>(no name)</source>
            <translation>(kein Name)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>Add as alia&amp;s of…</source>
            <translation>Als anderen Als ande&amp;ren Namen von…amp;Namen von…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>Checking the names in this export…</source>
            <translation>Die Namen in diesem Export werden geprüft…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>Choose a word in the list first.</source>
            <translation>Wählen Sie zuerst ein Wort in der Liste.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>Look like &amp;names but match nobody:</source>
            <translation>Sehen wie &amp;Namen aus, passen zu niemandem:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>Make this word another name of a person on the map: it is then replaced by that person's code</source>
            <translation>Dieses Wort zu einem anderen Namen einer Person auf der Karte machen: Es wird dann durch deren Kennung ersetzt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>Names in this export</source>
            <translation>Namen in diesem Export</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>Names the export replaces</source>
            <translation>Namen, die der Export ersetzt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>No name of the case is in the text.</source>
            <translation>Kein Name des Falls steht im Text.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>Nothing left in the text looks like a name.</source>
            <translation>Nichts im Text sieht noch wie ein Name aus.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>Pseudonymised: every person, contact and alias known to this case is replaced by a code, however it is capitalised, accented or inflected and, for longer names, when one letter is off; a name the case does not know stays in the text — the words that look like names are listed below, but places, dates and other details are not checked, so read the text before you send it.</source>
            <translation>Pseudonymisiert: Jede Person, jeder Kontakt und jeder andere Name, den dieser Fall kennt, wird durch eine Kennung ersetzt – gleich ob groß oder klein, mit oder ohne Akzent, gebeugt und, bei längeren Namen, mit einem falschen Buchstaben. Ein Name, den der Fall nicht kennt, bleibt im Text – die Wörter, die wie Namen aussehen, stehen unten; Orte, Daten und andere Angaben werden nicht geprüft, lesen Sie den Text also, bevor Sie ihn versenden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>Redact &amp;here</source>
            <translation>&amp;Hier schwärzen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>Replace this word by a code in every pseudonymised export of this case</source>
            <translation>Dieses Wort in jedem pseudonymisierten Export dieses Falls durch eine Kennung ersetzen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>Replace&amp;d by a code:</source>
            <translation>Durch eine Kennung &amp;ersetzt:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>Review of the names</source>
            <translation>Prüfung der Namen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>This word is not a name: print it as written and stop listing it</source>
            <translation>Dieses Wort ist kein Name: wie geschrieben drucken und nicht mehr auflisten</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>Words that look like names</source>
            <translation>Wörter, die wie Namen aussehen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>{pseudonym} (index client)</source>
            <translation>{pseudonym} (Indexklient/in)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>{word} ×{times}</source>
            <translation>{word} ×{times}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>{written} → {code} (inflected) ×{times}</source>
            <translation>{written} → {code} (gebeugt) ×{times}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>{written} → {code} (one letter off) ×{times}</source>
            <translation>{written} → {code} (ein Buchstabe anders) ×{times}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>{written} → {code} ×{times}</source>
            <translation>{written} → {code} ×{times}</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <location filename="../../legato_desk/ui/widgets/passphrase.py" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/widgets/passphrase.py" />
            <source>&amp;Repeat:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/widgets/passphrase.py" />
            <source>Choose a passphrase of at least 10 characters: several unrelated words are easy to remember and hard to guess.</source>
            <translation>Wählen Sie eine Passphrase mit mindestens 10 Zeichen: Mehrere Wörter ohne Zusammenhang sind leicht zu merken und schwer zu erraten.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/widgets/passphrase.py" />
            <source>New passphrase</source>
            <translation>Neue Passphrase</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/widgets/passphrase.py" />
            <source>Passphrase strength</source>
            <translation>Stärke der Passphrase</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/widgets/passphrase.py" />
            <source>Repeat the passphrase</source>
            <translation>Passphrase wiederholen</translation>
        </message>
    </context>
    <context>
        <name>NewPersonDialog</name>
        <message>
            <location filename="../../legato_desk/ui/keyclients/new_person.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/new_person.py" />
            <source>&amp;Role:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/new_person.py" />
            <source>Add and &amp;mark</source>
            <translation>Hinzufügen und &amp;markieren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/new_person.py" />
            <source>New person as candidate</source>
            <translation>Neue Person als Kandidat/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/new_person.py" />
            <source>The person is added to the case's map (you can move them there later) and marked as a key-client candidate.</source>
            <translation>Die Person wird der Karte des Falls hinzugefügt (Sie können sie dort später verschieben) und als mögliche/r Schlüsselklient/in markiert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/new_person.py" />
            <source>e.g. aunt, youth worker, friend</source>
            <translation>z. B. Tante, Jugendarbeiter/in, Freund/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/new_person.py" />
            <source>how you refer to them, e.g. “Aunt S.”</source>
            <translation>wie Sie die Person nennen, z. B. „Tante S.“</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>&amp;Status:</source>
            <translation type="vanished">&amp;Status:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/workspace.py" />
            <source>Case status</source>
            <translation>Fallstatus</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/workspace.py" />
            <source>Case summary</source>
            <translation>Fallzusammenfassung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/workspace.py" />
            <source>Case:</source>
            <translation>Fall:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/workspace.py" />
            <source>Editing…</source>
            <translation>Wird bearbeitet…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/workspace.py" />
            <source>Last activity:</source>
            <translation>Letzte Aktivität:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/workspace.py" />
            <source>Not saved: {reason}</source>
            <translation>Nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/workspace.py" />
            <source>Opened on:</source>
            <translation>Eröffnet am:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/workspace.py" />
            <source>Pseudonym:</source>
            <translation>Pseudonym:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/workspace.py" />
            <source>Rena&amp;me…</source>
            <translation>Umb&amp;enennen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/workspace.py" />
            <source>Save state</source>
            <translation>Speicherstatus</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/workspace.py" />
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/workspace.py" />
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <source>Su&amp;mmary:</source>
            <translation type="vanished">Zusa&amp;mmenfassung:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/workspace.py" />
            <source>Summar&amp;y:</source>
            <translation>Zusa&amp;mmenfassung:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/workspace.py" />
            <source>The case in a few sentences: who called, what worries them, the working hypothesis, what comes next. Saved as you type.</source>
            <translation>Der Fall in wenigen Sätzen: Wer hat angerufen, was bereitet Sorgen, wie lautet die Arbeitshypothese, wie geht es weiter. Wird während der Eingabe gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>PersonList</name>
        <message>
            <location filename="../../legato_desk/ui/map/person_list.py" />
            <source>&amp;Jump to a person:</source>
            <translation>Person su&amp;chen:</translation>
        </message>
        <message>
            <source>&amp;Persons:</source>
            <translation type="vanished">&amp;Personen:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/person_list.py" />
            <source>Find a person on the map</source>
            <translation>Person auf der Karte suchen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/person_list.py" />
            <source>Find a person…</source>
            <translation>Person suchen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/person_list.py" />
            <source>Persons on the map</source>
            <translation>Personen auf der Karte</translation>
        </message>
    </context>
    <context>
        <name>PersonPanel</name>
        <message>
            <source>&amp;Kind:</source>
            <translation type="vanished">&amp;Art:</translation>
        </message>
        <message>
            <source>&amp;Marker:</source>
            <translation type="vanished">&amp;Markierung:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="vanished">&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation type="vanished">&amp;Rolle:</translation>
        </message>
        <message>
            <source>&amp;Sector:</source>
            <translation type="vanished">&amp;Sektor:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>A free note. Saved as you type.</source>
            <translation>Freie Notiz. Wird beim Tippen gespeichert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>A&amp;ge:</source>
            <translation>Alt&amp;er:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Age</source>
            <translation>Alter</translation>
        </message>
        <message>
            <source>C&amp;loseness:</source>
            <translation type="vanished">Nä&amp;he:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Closeness</source>
            <translation>Nähe</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Closeness:</source>
            <translation>Nähe:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Connect</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Deceased</source>
            <translation>Verstorben</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Delete person</source>
            <translation>Person löschen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Display name</source>
            <translation>Anzeigename</translation>
        </message>
        <message>
            <source>Gen&amp;der:</source>
            <translation type="vanished">&amp;Geschlecht:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Gender</source>
            <translation>Geschlecht</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Gender:</source>
            <translation>Geschlecht:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Kind:</source>
            <translation>Art:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Marker</source>
            <translation>Markierung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Marker:</source>
            <translation>Markierung:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Na&amp;me:</source>
            <translation>Na&amp;me:</translation>
        </message>
        <message>
            <source>No&amp;te:</source>
            <translation type="vanished">No&amp;tiz:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Note:</source>
            <translation>Notiz:</translation>
        </message>
        <message>
            <source>Ot&amp;her names:</source>
            <translation type="vanished">An&amp;dere Namen:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Other names</source>
            <translation>Andere Namen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Other names:</source>
            <translation>Andere Namen:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Other ways this person is written in notes, separated by commas. A pseudonymised export replaces each by the person's code; no export prints them.</source>
            <translation>Andere Schreibweisen dieser Person in Notizen, durch Kommas getrennt. Ein pseudonymisierter Export ersetzt jede durch das Kennung der Person; kein Export druckt sie.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Person to connect with</source>
            <translation>Zu verbindende Person</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Real name (never shown or exported)</source>
            <translation>Echter Name (nie angezeigt oder exportiert)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Real name of the index client</source>
            <translation>Echter Name des/der Indexklient/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Role:</source>
            <translation>Rolle:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Sector:</source>
            <translation>Sektor:</translation>
        </message>
        <message>
            <source>So&amp;urce:</source>
            <translation type="vanished">&amp;Quelle:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Source of the information</source>
            <translation>Quelle der Information</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Source:</source>
            <translation>Quelle:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Ties of this person</source>
            <translation>Verbindungen dieser Person</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Ties:</source>
            <translation>Verbindungen:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Verified</source>
            <translation>Überprüft</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>diverse</source>
            <translation>divers</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>e.g. Mother, Mr B.</source>
            <translation>z. B. Mutter, Herr B.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>e.g. nickname, surname, a spelling</source>
            <translation>z. B. Spitzname, Nachname, Schreibweise</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>e.g. reported by the mother</source>
            <translation>z. B. von der Mutter berichtet</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>female</source>
            <translation>weiblich</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>male</source>
            <translation>männlich</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
    </context>
    <context>
        <name>PlanCommands</name>
        <message>
            <location filename="../../legato_desk/ui/plan/commands.py" />
            <source>Add a goal</source>
            <translation>Ziel hinzufügen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/commands.py" />
            <source>Add a measure</source>
            <translation>Maßnahme hinzufügen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/commands.py" />
            <source>Change a goal</source>
            <translation>Ziel ändern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/commands.py" />
            <source>Change a measure</source>
            <translation>Maßnahme ändern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/commands.py" />
            <source>Change the plan's start or wind-down</source>
            <translation>Beginn oder Ausklang des Plans ändern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/commands.py" />
            <source>Hold a review of the plan</source>
            <translation>Plan überprüfen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/commands.py" />
            <source>Remove a goal</source>
            <translation>Ziel entfernen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/commands.py" />
            <source>Remove a measure</source>
            <translation>Maßnahme entfernen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/commands.py" />
            <source>Remove a review</source>
            <translation>Überprüfung entfernen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/commands.py" />
            <source>Take over measures from a case conference</source>
            <translation>Maßnahmen aus einer Fallkonferenz übernehmen</translation>
        </message>
    </context>
    <context>
        <name>PlanLabels</name>
        <message>
            <location filename="../../legato_desk/ui/plan/labels.py" />
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/labels.py" />
            <source>dropped</source>
            <translation>verworfen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/labels.py" />
            <source>in progress</source>
            <translation>läuft</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/labels.py" />
            <source>met</source>
            <translation>erreicht</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/labels.py" />
            <source>not met</source>
            <translation>nicht erreicht</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/labels.py" />
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/labels.py" />
            <source>partly met</source>
            <translation>teilweise erreicht</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/labels.py" />
            <source>planned</source>
            <translation>geplant</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/labels.py" />
            <source>the counsellor</source>
            <translation>die Beraterin / der Berater</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>&amp;Take over from a case conference…</source>
            <translation>Aus einer Fallkonferenz ü&amp;bernehmen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Add a &amp;measure…</source>
            <translation>&amp;Maßnahme hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Add a goal…</source>
            <translation>Ziel hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>By when</source>
            <translation>Bis wann</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Change…</source>
            <translation>Ändern…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Conference of {day}: %n agreed measure(s)</source>
            <translation>
                <numerusform>Konferenz vom {day}: %n vereinbarte Maßnahme</numerusform>
                <numerusform>Konferenz vom {day}: %n vereinbarte Maßnahmen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Held on</source>
            <translation>Am</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Hold a revie&amp;w…</source>
            <translation>Überprüfung ab&amp;halten…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>How and when the work should wind down</source>
            <translation>Wie und wann die Beratung ausklingen soll</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>How and when the work should wind down, e.g. fewer talks from autumn, then an open door (optional)</source>
            <translation>Wie und wann die Beratung ausklingen soll, z. B. weniger Gespräche ab Herbst, danach eine offene Tür (freiwillig)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Last review: {day}</source>
            <translation>Letzte Überprüfung: {day}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Measures</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Measures agreed</source>
            <translation>Vereinbarte Maßnahmen</translation>
        </message>
        <message>
            <source>Message</source>
            <translation type="vanished">Meldung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>No case conference recorded for this case</source>
            <translation>Für diesen Fall ist keine Fallkonferenz erfasst</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>No review held yet.</source>
            <translation>Noch keine Überprüfung.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Plan started on</source>
            <translation>Plan begonnen am</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Plan started on:</source>
            <translation>Plan begonnen am:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Remove the goal “{text}”? Its measures stay.</source>
            <translation>Das Ziel „{text}“ entfernen? Seine Maßnahmen bleiben.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Remove the measure “{text}”?</source>
            <translation>Die Maßnahme „{text}“ entfernen?</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Remove the review of {day}?</source>
            <translation>Die Überprüfung vom {day} entfernen?</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Reviews</source>
            <translation>Überprüfungen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Set on</source>
            <translation>Gesetzt am</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>The plan agreed after the needs assessment: the goals, the measures to reach them (who does what by when) and the reviews held. Each goal's state is set at a review or at the ending.</source>
            <translation>Der nach der Bedarfsklärung vereinbarte Plan: die Ziele, die Maßnahmen dorthin (wer macht was bis wann) und die abgehaltenen Überprüfungen. Der Stand jedes Ziels wird bei einer Überprüfung oder beim Abschluss gesetzt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>The plan already holds every measure agreed at this case conference: nothing was taken over.</source>
            <translation>Der Plan enthält bereits alle in dieser Fallkonferenz vereinbarten Maßnahmen: Es wurde nichts übernommen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>This case conference agreed no measures: there is nothing to take over.</source>
            <translation>In dieser Fallkonferenz wurden keine Maßnahmen vereinbart: Es gibt nichts zu übernehmen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Winding down:</source>
            <translation>Ausklang:</translation>
        </message>
    </context>
    <context>
        <name>PlanStrip</name>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/strip.py" />
            <source>Contact plan over time</source>
            <translation>Kontaktplan im Zeitverlauf</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/strip.py" />
            <source>No contact plan yet: plan how often you meet, and how the contact tapers off.</source>
            <translation>Noch kein Kontaktplan: Planen Sie, wie oft Sie sich treffen und wie der Kontakt allmählich seltener wird.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/strip.py" />
            <source>{planned} contacts planned, {held} held, {overdue} missed.</source>
            <translation>{planned} Kontakte geplant, {held} geführt, {overdue} versäumt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/strip.py" />
            <source>{start} – {end} · {rhythm} · {state} · {held} held</source>
            <translation>{start} – {end} · {rhythm} · {state} · {held} geführt</translation>
        </message>
    </context>
    <context>
        <name>ProfileForm</name>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>&amp;Guilt:</source>
            <translation>&amp;Schuld:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>Add mod&amp;ule</source>
            <translation>Modul &amp;hinzufügen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>As recorded in the session of {day}; a new session record changes it.</source>
            <translation>So im Gespräch vom {day} festgehalten; ein neues Gesprächsprotokoll ändert es.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>Attended o&amp;n</source>
            <translation>Besucht a&amp;m</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>Attended on</source>
            <translation>Besucht am</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>C&amp;ontact details:</source>
            <translation>&amp;Kontaktdaten:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>Change the crisis route…</source>
            <translation>Weg in der Krise ändern…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>Contact details</source>
            <translation>Kontaktdaten</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>Contact: {name}</source>
            <translation>Kontakt: {name}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>Crisis route</source>
            <translation>Weg in der Krise</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>Emotional grounding (comes before any task)</source>
            <translation>Emotionale Grundlage (kommt vor jeder Aufgabe)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>Ended, still reachable: the crisis route</source>
            <translation>Beendet, weiter erreichbar: der Weg in der Krise</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>Guilt, responsibility, resilience</source>
            <translation>Schuld, Verantwortung, Belastbarkeit</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>Module, e.g. “The key-client role”</source>
            <translation>Modul, z. B. „Die Rolle als Schlüsselklient/in“</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>Notes on guilt</source>
            <translation>Notizen zur Schuld</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>Notes on resilience</source>
            <translation>Notizen zur Belastbarkeit</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>Notes on responsibility</source>
            <translation>Notizen zur Verantwortung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>Re&amp;lation to the index client:</source>
            <translation>&amp;Beziehung zur/zum Indexklient/in:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>Re&amp;sponsibility:</source>
            <translation>&amp;Verantwortung:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>Relation to the index client</source>
            <translation>Beziehung zur/zum Indexklient/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>Remo&amp;ve</source>
            <translation>Ent&amp;fernen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>Res&amp;ilience:</source>
            <translation>Be&amp;lastbarkeit:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>The overview of the six tasks appears here once sessions with this key-client are recorded.</source>
            <translation>Die Übersicht der sechs Aufgaben erscheint hier, sobald Gespräche mit dieser/diesem Schlüsselklient/in erfasst sind.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>The six support tasks</source>
            <translation>Die sechs Unterstützungsaufgaben</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>The work ended on {day}; the door stays open.</source>
            <translation>Die Arbeit endete am {day}; die Tür bleibt offen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>Training module</source>
            <translation>Schulungsmodul</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>Training modules attended</source>
            <translation>Besuchte Schulungsmodule</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>What helps them stay steady; what wears them down.</source>
            <translation>Was der Person hilft, standfest zu bleiben; was sie zermürbt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>What their part is, defined together.</source>
            <translation>Worin ihr/sein Anteil besteht, gemeinsam festgelegt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>What they blame themselves for, and how it is being put in proportion.</source>
            <translation>Wofür sich die Person selbst die Schuld gibt und wie das eingeordnet wird.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>e.g. older sister</source>
            <translation>z. B. ältere Schwester</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>optional: phone, how to reach them</source>
            <translation>optional: Telefon, wie die Person erreichbar ist</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/keyclients/profile.py" />
            <source>{day} · {module}</source>
            <translation>{day} · {module}</translation>
        </message>
    </context>
    <context>
        <name>ProfilePage</name>
        <message>
            <location filename="../../legato_desk/ui/settings/dialog.py" />
            <source>Counsellor &amp;profile:</source>
            <translation>&amp;Profil (Berater/in):</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/settings/dialog.py" />
            <source>Counsellor profile</source>
            <translation>Profil (Berater/in)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/settings/dialog.py" />
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/settings/dialog.py" />
            <source>The audit trail records which profile made each change (never the content). Initials are enough.</source>
            <translation>Das Änderungsprotokoll hält fest, welches Profil eine Änderung vorgenommen hat (nie den Inhalt). Initialen genügen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/settings/dialog.py" />
            <source>e.g. your initials</source>
            <translation>z. B. Ihre Initialen</translation>
        </message>
    </context>
    <context>
        <name>ProgressChart</name>
        <message>
            <location filename="../../legato_desk/ui/sessions/chart.py" />
            <source>No progress ratings yet. Rate a task in a session record to see it here.</source>
            <translation>Noch keine Fortschrittsbewertungen. Bewerten Sie eine Aufgabe in einem Gesprächsprotokoll, damit sie hier erscheint.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/chart.py" />
            <source>Progress chart</source>
            <translation>Fortschrittsdiagramm</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/chart.py" />
            <source>dashed: grounding</source>
            <translation>gestrichelt: Grundlage</translation>
        </message>
    </context>
    <context>
        <name>ProgressPage</name>
        <message>
            <location filename="../../legato_desk/ui/sessions/progress.py" />
            <source>Sho&amp;w:</source>
            <translation>An&amp;zeigen:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/progress.py" />
            <source>The whole case</source>
            <translation>Gesamter Fall</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/progress.py" />
            <source>Whose progress</source>
            <translation>Wessen Fortschritt</translation>
        </message>
    </context>
    <context>
        <name>ProtocolPage</name>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/protocol_page.py" />
            <source>&amp;Add step</source>
            <translation>Schritt &amp;hinzufügen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/protocol_page.py" />
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/protocol_page.py" />
            <source>&amp;Up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/protocol_page.py" />
            <source>Contact role</source>
            <translation>Rolle des Kontakts</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/protocol_page.py" />
            <source>Do&amp;wn</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/protocol_page.py" />
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/protocol_page.py" />
            <source>Export office protocol</source>
            <translation>Ablaufplan exportieren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/protocol_page.py" />
            <source>Flag types</source>
            <translation>Arten von Gefährdungshinweisen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/protocol_page.py" />
            <source>Import office protocol</source>
            <translation>Ablaufplan importieren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/protocol_page.py" />
            <source>Import protocol</source>
            <translation>Ablaufplan importieren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/protocol_page.py" />
            <source>Office protocol</source>
            <translation>Ablaufplan der Beratungsstelle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/protocol_page.py" />
            <source>Protocol exported.</source>
            <translation>Ablaufplan exportiert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/protocol_page.py" />
            <source>Protocol imported. Press Save to use it.</source>
            <translation>Ablaufplan importiert. Klicken Sie auf „Speichern“, um ihn zu übernehmen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/protocol_page.py" />
            <source>Protocol message</source>
            <translation>Meldung zum Ablaufplan</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/protocol_page.py" />
            <source>Protocol steps</source>
            <translation>Schritte des Ablaufplans</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/protocol_page.py" />
            <source>Re&amp;move step</source>
            <translation>Schritt &amp;entfernen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/protocol_page.py" />
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/protocol_page.py" />
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/protocol_page.py" />
            <source>When a flag is raised, these steps become its checklist. Set them once for the office; export the file so every counsellor uses the same.</source>
            <translation>Wenn ein Gefährdungshinweis erfasst wird, werden diese Schritte zu seiner Checkliste. Legen Sie sie einmal für die Beratungsstelle fest und exportieren Sie die Datei, damit alle Berater/innen denselben Ablaufplan verwenden.</translation>
        </message>
    </context>
    <context>
        <name>PseudonymDialog</name>
        <message>
            <location filename="../../legato_desk/ui/cases/pseudonym_dialog.py" />
            <source>&amp;Pseudonym:</source>
            <translation>&amp;Pseudonym:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/pseudonym_dialog.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/pseudonym_dialog.py" />
            <source>Pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/cases/pseudonym_dialog.py" />
            <source>for example A. or “Client K”</source>
            <translation>zum Beispiel A. oder „Klient K“</translation>
        </message>
    </context>
    <context>
        <name>RaiseFlagDialog</name>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/raise_dialog.py" />
            <source>&amp;Flag:</source>
            <translation>&amp;Hinweis:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/raise_dialog.py" />
            <source>&amp;Raise flag</source>
            <translation>Hinweis &amp;erfassen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/raise_dialog.py" />
            <source>&amp;What happened:</source>
            <translation>&amp;Was geschah:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/raise_dialog.py" />
            <source>A flag opens an escalation record with the office protocol's steps as a checklist. It stays on the case list until it is closed.</source>
            <translation>Ein Gefährdungshinweis öffnet eine Eskalation mit den Schritten des Ablaufplans als Checkliste. Er bleibt in der Fallliste sichtbar, bis er abgeschlossen wird.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/raise_dialog.py" />
            <source>Flag</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/raise_dialog.py" />
            <source>Raise a safeguarding flag</source>
            <translation>Gefährdungshinweis erfassen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/raise_dialog.py" />
            <source>What was said or seen, briefly</source>
            <translation>Kurz: was gesagt oder beobachtet wurde</translation>
        </message>
    </context>
    <context>
        <name>ReachPanel</name>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>Enter the date and time of release to see who can be reached in the first days.</source>
            <translation>Datum und Uhrzeit der Entlassung eingeben, um zu sehen, wer in den ersten Tagen erreichbar ist.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>First reachable</source>
            <translation>Erreichbar ab</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>Office hours as recorded in the agency directory, for the contacts named in the checklist and their deputies. Public holidays are not taken into account.</source>
            <translation>Sprechzeiten laut Adressbuch der Stellen, für die in der Checkliste genannten Kontakte und ihre Vertretungen. Feiertage werden nicht berücksichtigt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>Reachability warning</source>
            <translation>Warnung zur Erreichbarkeit</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>Reachable people {counts}.</source>
            <translation>Erreichbare Personen {counts}.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>Who is reachable after the release</source>
            <translation>Wer nach der Entlassung erreichbar ist</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>at once</source>
            <translation>sofort</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>in the first {hours} hours: {count}</source>
            <translation>in den ersten {hours} Stunden: {count}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>not in the week after release</source>
            <translation>nicht in der Woche nach der Entlassung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>office hours not recorded</source>
            <translation>Sprechzeiten nicht erfasst</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>{hours} h</source>
            <translation>{hours} Std.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>{name} (deputy)</source>
            <translation>{name} (Vertretung)</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <location filename="../../legato_desk/ui/referrals/dialog.py" />
            <source>&amp;Directory…</source>
            <translation>&amp;Verzeichnis…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/dialog.py" />
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/dialog.py" />
            <source>&amp;To whom:</source>
            <translation>&amp;An wen:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/dialog.py" />
            <source>&amp;When:</source>
            <translation>&amp;Wann:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/dialog.py" />
            <source>Caller &amp;agreed:</source>
            <translation>&amp;Einverständnis:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/dialog.py" />
            <source>Change the referral</source>
            <translation>Weitervermittlung ändern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/dialog.py" />
            <source>Choose from the directory or type an institution and a name</source>
            <translation>Aus dem Verzeichnis wählen oder Institution und Namen eingeben</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/dialog.py" />
            <source>Did the caller agree?</source>
            <translation>War die anrufende Person einverstanden?</translation>
        </message>
        <message>
            <source>Message</source>
            <translation type="vanished">Meldung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/dialog.py" />
            <source>Passing the caller on is not sharing the case: anything told to the other agency about the case belongs in the Sharing log.</source>
            <translation>Die anrufende Person weiterzuvermitteln heißt nicht, den Fall weiterzugeben: Was der anderen Stelle über den Fall gesagt wird, gehört ins Weitergabeprotokoll.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/dialog.py" />
            <source>Record a referral</source>
            <translation>Weitervermittlung festhalten</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/dialog.py" />
            <source>Referred on</source>
            <translation>Vermittelt am</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/dialog.py" />
            <source>Referred to</source>
            <translation>Vermittelt an</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/dialog.py" />
            <source>W&amp;hy:</source>
            <translation>Wa&amp;rum:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/dialog.py" />
            <source>What came of it</source>
            <translation>Was daraus wurde</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/dialog.py" />
            <source>What came of it, what was agreed (optional)</source>
            <translation>Was daraus wurde, was vereinbart wurde (freiwillig)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/dialog.py" />
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/dialog.py" />
            <source>deputy: {name} {phone}</source>
            <translation>Vertretung: {name} {phone}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/dialog.py" />
            <source>e.g. a local project closer to the family, another language, a specialism</source>
            <translation>z. B. ein Projekt vor Ort näher an der Familie, eine andere Sprache, ein Schwerpunkt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/dialog.py" />
            <source>— choose —</source>
            <translation>— wählen —</translation>
        </message>
    </context>
    <context>
        <name>ReferralLabels</name>
        <message>
            <location filename="../../legato_desk/ui/referrals/labels.py" />
            <source>Not asked yet</source>
            <translation>Noch nicht gefragt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/labels.py" />
            <source>The caller agreed</source>
            <translation>Die anrufende Person war einverstanden</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/labels.py" />
            <source>The caller did not agree</source>
            <translation>Die anrufende Person war nicht einverstanden</translation>
        </message>
    </context>
    <context>
        <name>ReferralPage</name>
        <message>
            <location filename="../../legato_desk/ui/referrals/page.py" />
            <source>Caller</source>
            <translation>Anrufende/r</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/page.py" />
            <source>Callers passed on to a local project or another agency: to whom, why, when, and whether the caller agreed.</source>
            <translation>An ein Projekt vor Ort oder eine andere Stelle vermittelte Anrufende: an wen, warum, wann und ob die anrufende Person einverstanden war.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/page.py" />
            <source>Change…</source>
            <translation>Ändern…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/page.py" />
            <source>Delete referral</source>
            <translation>Weitervermittlung löschen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/page.py" />
            <source>Delete the referral of {date} to {recipient}?</source>
            <translation>Die Weitervermittlung vom {date} an {recipient} löschen?</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/page.py" />
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/page.py" />
            <source>Record a referral…</source>
            <translation>Weitervermittlung festhalten…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/page.py" />
            <source>Referrals</source>
            <translation>Weitervermittlungen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/page.py" />
            <source>To whom</source>
            <translation>An wen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/page.py" />
            <source>What came of it</source>
            <translation>Was daraus wurde</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/page.py" />
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/referrals/page.py" />
            <source>Why</source>
            <translation>Warum</translation>
        </message>
    </context>
    <context>
        <name>ReleaseChecklistPage</name>
        <message>
            <location filename="../../legato_desk/ui/release/settings_page.py" />
            <source>&amp;Items:</source>
            <translation>&amp;Punkte:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/settings_page.py" />
            <source>Default checklist items, one per line</source>
            <translation>Vorgegebene Punkte der Checkliste, einer pro Zeile</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/settings_page.py" />
            <source>Puts back the app's checklist</source>
            <translation>Stellt die Checkliste der App wieder her</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/settings_page.py" />
            <source>Release</source>
            <translation>Entlassung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/settings_page.py" />
            <source>The checklist a new release plan starts with, one item per line. Counsellors can add and remove items in each plan. Plans already begun keep their items.</source>
            <translation>Die Checkliste, mit der ein neuer Entlassungsplan beginnt, ein Punkt pro Zeile. Beratende können in jedem Plan Punkte hinzufügen und entfernen. Bereits begonnene Pläne behalten ihre Punkte.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/settings_page.py" />
            <source>Use the &amp;defaults</source>
            <translation>&amp;Vorgaben verwenden</translation>
        </message>
    </context>
    <context>
        <name>ReleasePage</name>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>&amp;Add item</source>
            <translation>Punkt &amp;hinzufügen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>&amp;Begin the release plan</source>
            <translation>Entlassungsplan &amp;beginnen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>&amp;Institution:</source>
            <translation>&amp;Einrichtung:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>&amp;Responsible:</source>
            <translation>&amp;Zuständig:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>&amp;Time:</source>
            <translation>&amp;Uhrzeit:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>&lt;b&gt;Checklist for the first days&lt;/b&gt;</source>
            <translation>&lt;b&gt;Checkliste für die ersten Tage&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>Checklist for the first days</source>
            <translation>Checkliste für die ersten Tage</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>Choose a contact from the directory or type a name</source>
            <translation>Kontakt aus dem Adressbuch wählen oder einen Namen eingeben</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>Date of release</source>
            <translation>Entlassungsdatum</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>Director&amp;y…</source>
            <translation>&amp;Adressbuch…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>Institution</source>
            <translation>Einrichtung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>Ite&amp;m:</source>
            <translation>Pun&amp;kt:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Message</source>
            <translation type="vanished">Meldung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>N&amp;ote:</source>
            <translation>N&amp;otiz:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>New item</source>
            <translation>Neuer Punkt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>Note on the selected item</source>
            <translation>Notiz zum gewählten Punkt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>Release &amp;date:</source>
            <translation>Entlassungs&amp;datum:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>Release plan</source>
            <translation>Entlassungsplan</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>Remo&amp;ve item</source>
            <translation>Punkt ent&amp;fernen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>Responsible</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>Space ticks the selected item</source>
            <translation>Leertaste hakt den gewählten Punkt ab</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>Text of the selected item</source>
            <translation>Text des gewählten Punkts</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>The first hours and days after release are the most crucial. Plan who picks the person up, where they sleep the first night, and who can be reached then.</source>
            <translation>Die ersten Stunden und Tage nach der Entlassung sind die wichtigsten. Planen Sie, wer die Person abholt, wo sie die erste Nacht schläft und wer dann erreichbar ist.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>Time of release</source>
            <translation>Uhrzeit der Entlassung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>Who is responsible for the selected item</source>
            <translation>Wer für den gewählten Punkt zuständig ist</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>e.g. 13.06.2025 (empty: not known yet)</source>
            <translation>z. B. 13.06.2025 (leer: noch nicht bekannt)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>e.g. 15:30</source>
            <translation>z. B. 15:30</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>not done</source>
            <translation>nicht erledigt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/page.py" />
            <source>the prison or institution</source>
            <translation>die Justizvollzugsanstalt oder Einrichtung</translation>
        </message>
    </context>
    <context>
        <name>ReleaseReach</name>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>Friday</source>
            <translation>Freitag</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>Monday</source>
            <translation>Montag</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>Released on {when}: no contact named in the checklist has office hours in the agency directory, so nobody is known to be reachable.</source>
            <translation>Entlassung am {when}: Für keinen in der Checkliste genannten Kontakt sind Sprechzeiten im Adressbuch erfasst; niemand ist sicher erreichbar.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>Released on {when}: none of the case's contacts is reachable in the week after release.</source>
            <translation>Entlassung am {when}: Keiner der Kontakte des Falls ist in der Woche nach der Entlassung erreichbar.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>Released on {when}: none of the case's contacts is reachable until {until}.</source>
            <translation>Entlassung am {when}: Keiner der Kontakte des Falls ist vor {until} erreichbar.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>Saturday</source>
            <translation>Samstag</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>Sunday</source>
            <translation>Sonntag</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>Thursday</source>
            <translation>Donnerstag</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>Tuesday</source>
            <translation>Dienstag</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/release/reach.py" />
            <source>Wednesday</source>
            <translation>Mittwoch</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/restore.py" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/restore.py" />
            <source>&amp;Replace my vault by this backup</source>
            <translation>Meinen Tresor durch diese Sicherung &amp;ersetzen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/restore.py" />
            <source>&amp;Show contents</source>
            <translation>&amp;Inhalt anzeigen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/restore.py" />
            <source>Backup contents</source>
            <translation>Inhalt der Sicherung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/restore.py" />
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/restore.py" />
            <source>Cases in the backup</source>
            <translation>Fälle in der Sicherung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/restore.py" />
            <source>Choose a backup and type the passphrase that was valid when it was made (usually your current one), then look at what it holds. Your vault is replaced only when you confirm, and is kept until the restored one has opened.</source>
            <translation>Wählen Sie eine Sicherung, geben Sie die Passphrase ein, die beim Erstellen gültig war (meist Ihre aktuelle), und sehen Sie sich dann den Inhalt an. Ihr Tresor wird erst ersetzt, wenn Sie bestätigen, und bleibt erhalten, bis der wiederhergestellte Tresor geöffnet ist.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/restore.py" />
            <source>Folder with backups</source>
            <translation>Ordner mit Sicherungen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/restore.py" />
            <source>Look in another &amp;folder…</source>
            <translation>In anderem &amp;Ordner suchen…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/lifecycle/restore.py" />
            <source>Made on {date}: %n case(s).</source>
            <translation>
                <numerusform>Erstellt am {date}: %n Fall.</numerusform>
                <numerusform>Erstellt am {date}: %n Fälle.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/restore.py" />
            <source>No backup was found here. Use “Look in another folder…” to find one, e.g. on your external drive.</source>
            <translation>Hier wurde keine Sicherung gefunden. Suchen Sie mit „In anderem Ordner suchen…“ nach einer, z. B. auf Ihrem externen Laufwerk.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/restore.py" />
            <source>Opening the backup…</source>
            <translation>Sicherung wird geöffnet…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/restore.py" />
            <source>Passphrase of the backup</source>
            <translation>Passphrase der Sicherung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/restore.py" />
            <source>Restore from a backup</source>
            <translation>Aus einer Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/restore.py" />
            <source>The backup of {date} was restored ({count} case(s)). It opens with the passphrase that was valid then.</source>
            <translation>Die Sicherung vom {date} wurde wiederhergestellt (Fälle: {count}). Der Tresor lässt sich mit der damals gültigen Passphrase öffnen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/restore.py" />
            <source>There is no legato-desk backup in that folder.</source>
            <translation>In diesem Ordner gibt es keine legato-desk-Sicherung.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/restore.py" />
            <source>automatic</source>
            <translation>automatisch</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/restore.py" />
            <source>before a restore</source>
            <translation>vor einer Wiederherstellung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/restore.py" />
            <source>copied folder</source>
            <translation>kopierter Ordner</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/restore.py" />
            <source>made by hand</source>
            <translation>von Hand</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/retention.py" />
            <source>&amp;Erase selected case…</source>
            <translation>Ausgewählten Fall endgültig &amp;löschen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/retention.py" />
            <source>Case {code} was erased.</source>
            <translation>Fall {code} wurde endgültig gelöscht.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/retention.py" />
            <source>Cases past retention</source>
            <translation>Fälle mit abgelaufener Aufbewahrungsfrist</translation>
        </message>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/lifecycle/retention.py" />
            <source>Ended cases without activity for more than %n month(s), the retention period of your office. Review each one; erase it when it may go.</source>
            <translation>
                <numerusform>Beendete Fälle ohne Aktivität seit mehr als %n Monat, der Aufbewahrungsfrist Ihrer Beratungsstelle. Prüfen Sie jeden Fall einzeln und löschen Sie ihn endgültig, sobald das zulässig ist.</numerusform>
                <numerusform>Beendete Fälle ohne Aktivität seit mehr als %n Monaten, der Aufbewahrungsfrist Ihrer Beratungsstelle. Prüfen Sie jeden Fall einzeln und löschen Sie ihn endgültig, sobald das zulässig ist.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/retention.py" />
            <source>Your office has not set a retention period yet (Vault ▸ Settings ▸ Retention), so no case is listed.</source>
            <translation>Ihre Beratungsstelle hat noch keine Aufbewahrungsfrist festgelegt (Tresor ▸ Einstellungen ▸ Aufbewahrung), daher wird kein Fall aufgeführt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/retention.py" />
            <source>{code} · {name} · {status} · last activity {day}</source>
            <translation>{code} · {name} · {status} · letzte Aktivität am {day}</translation>
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source> months</source>
            <translation> Monate</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source>&amp;Keep ended cases for:</source>
            <translation>Beendete Fälle &amp;aufbewahren für:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source>Retention</source>
            <translation>Aufbewahrung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source>Retention period in months</source>
            <translation>Aufbewahrungsfrist in Monaten</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source>Your office's retention period. Ended cases without activity for longer are listed in Vault ▸ Cases past retention for review, where they can be erased completely. Nothing is erased automatically.</source>
            <translation>Die Aufbewahrungsfrist Ihrer Beratungsstelle. Beendete Fälle, die länger ohne Aktivität sind, werden zur Prüfung unter Tresor ▸ Fälle mit abgelaufener Aufbewahrungsfrist aufgeführt und können dort endgültig gelöscht werden. Automatisch wird nichts gelöscht.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/lifecycle/settings_pages.py" />
            <source>not set</source>
            <translation>nicht festgelegt</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>&amp;Held on:</source>
            <translation>Über&amp;prüft am:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>Held on</source>
            <translation>Überprüft am</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>Hold a review of the plan</source>
            <translation>Plan überprüfen</translation>
        </message>
        <message>
            <source>Message</source>
            <translation type="vanished">Meldung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>What was found, what changes in the plan</source>
            <translation>Was sich gezeigt hat, was sich im Plan ändert</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/plan/dialogs.py" />
            <source>Where each goal stands now:</source>
            <translation>Wo jedes Ziel jetzt steht:</translation>
        </message>
    </context>
    <context>
        <name>Safeguarding</name>
        <message>
            <source>&amp;End case…</source>
            <translation type="vanished">Fall &amp;abschließen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/install.py" />
            <source>&amp;Intake</source>
            <translation>&amp;Aufnahme</translation>
        </message>
        <message>
            <source>A&amp;udit trail</source>
            <translation type="vanished">Änderungs&amp;protokoll</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Acute danger</source>
            <translation>Akute Gefahr</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Advice-only contact</source>
            <translation>Nur Beratungskontakt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/install.py" />
            <source>Agency &amp;directory…</source>
            <translation>&amp;Verzeichnis der Stellen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/install.py" />
            <source>Au&amp;dit trail</source>
            <translation>Änderungs&amp;protokoll</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Authority</source>
            <translation>Behörde</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Case</source>
            <translation>Fall</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/install.py" />
            <source>Case {code} ended.</source>
            <translation>Fall {code} abgeschlossen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Central helpline</source>
            <translation>Zentrale Hotline</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Child protection</source>
            <translation>Kindeswohlgefährdung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Consent of the person</source>
            <translation>Einwilligung der Person</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Contact lost</source>
            <translation>Kontakt abgerissen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Danger to the client from the milieu</source>
            <translation>Gefahr für den/die Klient/in aus dem Milieu</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Direct</source>
            <translation>Direkt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Employer</source>
            <translation>Arbeitgeber/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/install.py" />
            <source>En&amp;d case…</source>
            <translation>Fall &amp;abschließen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/install.py" />
            <source>End case</source>
            <translation>Fall abschließen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/install.py" />
            <source>End case {code}</source>
            <translation>Fall {code} abschließen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Goal reached</source>
            <translation>Ziel erreicht</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Handed over to another service</source>
            <translation>An eine andere Stelle übergeben</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Health (psychologist, clinic)</source>
            <translation>Gesundheitswesen (Psycholog/in, Klinik)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Health services</source>
            <translation>Gesundheitswesen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Legal duty</source>
            <translation>Gesetzliche Pflicht</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Moved away</source>
            <translation>Weggezogen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/install.py" />
            <source>Open safeguarding flags</source>
            <translation>Offene Gefährdungshinweise</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Other (see note)</source>
            <translation>Sonstiges (siehe Notiz)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Parent or relative</source>
            <translation>Eltern oder Angehörige</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Planned crime</source>
            <translation>Geplante Straftat</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Police</source>
            <translation>Polizei</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Prison</source>
            <translation>Justizvollzug</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Prison or probation</source>
            <translation>Justizvollzug oder Bewährungshilfe</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Probation service</source>
            <translation>Bewährungshilfe</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Professional environment</source>
            <translation>Professionelles Umfeld</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/install.py" />
            <source>Sa&amp;feguarding</source>
            <translation>Gefähr&amp;dung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/install.py" />
            <source>Sa&amp;feguarding ({count} open)</source>
            <translation>Gefähr&amp;dung ({count} offen)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>School</source>
            <translation>Schule</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Self-harm</source>
            <translation>Selbstgefährdung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/install.py" />
            <source>Sharing &amp;log</source>
            <translation>&amp;Weitergabeprotokoll</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>The index client distanced themselves</source>
            <translation>Der/Die Indexklient/in hat sich distanziert</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>The key-client decided to end it</source>
            <translation>Der/Die Schlüsselklient/in hat die Beratung beendet</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>The office ended it</source>
            <translation>Die Beratungsstelle hat die Beratung beendet</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>The person themselves</source>
            <translation>Die Person selbst</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Threat to others</source>
            <translation>Gefährdung anderer</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Wider private environment</source>
            <translation>Weiteres privates Umfeld</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Within the office (supervision, pseudonymised)</source>
            <translation>Innerhalb der Stelle (Supervision, pseudonymisiert)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>Youth welfare office</source>
            <translation>Jugendamt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>addendum</source>
            <translation>Nachtrag</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>case</source>
            <translation>Fall</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>contact plan</source>
            <translation>Kontaktplan</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>created</source>
            <translation>angelegt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>deleted</source>
            <translation>gelöscht</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>ending</source>
            <translation>Abschluss</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>erased</source>
            <translation>endgültig gelöscht</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>escalation</source>
            <translation>Eskalation</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>exported</source>
            <translation>exportiert</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>institution</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>intake record</source>
            <translation>Erstkontakt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>key-client</source>
            <translation>Schlüsselklient/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>key-client training</source>
            <translation>Schulung der Schlüsselklient/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>map</source>
            <translation>Karte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>map snapshot</source>
            <translation>Kartenstand</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>open door (crisis route)</source>
            <translation>offene Tür (Weg in der Krise)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>person on the map</source>
            <translation>Person auf der Karte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>session record</source>
            <translation>Gesprächsnotiz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>setting</source>
            <translation>Einstellung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>sharing log entry</source>
            <translation>Eintrag im Weitergabeprotokoll</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>status changed</source>
            <translation>Status geändert</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/labels.py" />
            <source>tie on the map</source>
            <translation>Verbindung auf der Karte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/install.py" />
            <source>⚠ Open safeguarding flag: {flags}</source>
            <translation>⚠ Offener Gefährdungshinweis: {flags}</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <location filename="../../legato_desk/ui/sessions/search.py" />
            <source>Nothing found.</source>
            <translation>Nichts gefunden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/search.py" />
            <source>Search notes</source>
            <translation>Notizen durchsuchen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/search.py" />
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/search.py" />
            <source>Words from any session note, e.g. apprenticeship</source>
            <translation>Wörter aus beliebigen Gesprächsnotizen, z. B. Ausbildung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/search.py" />
            <source>{n} record(s) found. Enter or double-click opens one.</source>
            <translation>Gefundene Protokolle: {n}. Öffnen mit Eingabetaste oder Doppelklick.</translation>
        </message>
    </context>
    <context>
        <name>SessionEditor</name>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation type="vanished">&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Key-client(s) present</source>
            <translation type="vanished">Anwesende &amp;Schlüsselklient/innen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>&amp;Mode:</source>
            <translation>For&amp;m:</translation>
        </message>
        <message>
            <source>&amp;Next steps</source>
            <translation type="vanished">&amp;Nächste Schritte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>&amp;What happened / facts</source>
            <translation>Was ges&amp;chah / Fakten</translation>
        </message>
        <message>
            <source>Add a &amp;fact with its source</source>
            <translation type="vanished">&amp;Fakt mit Quelle hinzufügen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Add a fact with its source</source>
            <translation>Fakt mit Quelle hinzufügen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>An important fact, and who reported it or that it was verified</source>
            <translation>Ein wichtiger Fakt und wer ihn berichtet hat bzw. dass er überprüft wurde</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Approach them again on the Key-clients tab (a status change with a reason) before recording task work for them.</source>
            <translation>Sprechen Sie die Person im Reiter Schlüsselklient/innen erneut an (ein Statuswechsel mit Grund), bevor Sie Aufgabenarbeit für sie festhalten.</translation>
        </message>
        <message>
            <source>Arrow keys to move, Space to tick</source>
            <translation type="vanished">Pfeiltasten zum Bewegen, Leertaste zum Ankreuzen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Arrow keys to move, Space to tick the measures of the plan this session worked on</source>
            <translation>Pfeiltasten zum Bewegen, Leertaste zum Ankreuzen der Maßnahmen des Plans, an denen dieses Gespräch gearbeitet hat</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Arrow keys to move, Space to tick. Each person says what they were on the session's day: key-client, candidate or not a key-client</source>
            <translation>Pfeiltasten zum Bewegen, Leertaste zum Ankreuzen. Bei jeder Person steht, was sie am Tag des Gesprächs war: Schlüsselklient/in, Kandidat/in oder keine Schlüsselklient/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Counsellor's reflection</source>
            <translation>Reflexion der Berater/in</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation type="vanished">Da&amp;uer:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Date and time</source>
            <translation>Datum und Uhrzeit</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Date:</source>
            <translation>Datum:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Defaults to now. ←/→ move between day, month, year and time; ↑/↓ or digits change them</source>
            <translation>Standardmäßig jetzt. ←/→ wechseln zwischen Tag, Monat, Jahr und Uhrzeit; ↑/↓ oder Ziffern ändern den Wert</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Duration:</source>
            <translation>Dauer:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Emotional &amp;grounding</source>
            <translation>&amp;Emotionale Grundlage</translation>
        </message>
        <message>
            <source>Fo&amp;llow-up on:</source>
            <translation type="vanished">Wiedervorlage a&amp;m:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Follow-up date</source>
            <translation>Datum der Wiedervorlage</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Follow-up on:</source>
            <translation>Wiedervorlage am:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Guilt</source>
            <translation>Schuldgefühle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>How they were, in a few words</source>
            <translation>Verfassung in wenigen Worten</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Ke&amp;y-clients and others present</source>
            <translation>Anwesend: Schlüsselkl&amp;ient/innen und andere</translation>
        </message>
        <message>
            <source>Key-clients present</source>
            <translation type="vanished">Anwesende Schlüsselklient/innen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Measures of the plan worked on</source>
            <translation>Bearbeitete Maßnahmen des Plans</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Mode</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Next steps</source>
            <translation>Nächste Schritte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>No measures in this case's plan yet (tab Goals and measures).</source>
            <translation>Noch keine Maßnahmen im Plan dieses Falls (Reiter Ziele und Maßnahmen).</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>No template</source>
            <translation>Keine Vorlage</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Nobody on this case's map yet: add the persons on the map first.</source>
            <translation>Noch niemand auf der Karte dieses Falls: Fügen Sie die Personen zuerst auf der Karte hinzu.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Note on the key-client's state</source>
            <translation>Notiz zur Verfassung des/der Schlüsselklient/in</translation>
        </message>
        <message>
            <source>Other partic&amp;ipants</source>
            <translation type="vanished">Weitere &amp;Teilnehmende</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Other participants</source>
            <translation>Weitere Teilnehmende</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Prefill the structure of a new record; what you typed stays (edit templates in Vault ▸ Settings)</source>
            <translation>Füllt die Struktur eines neuen Protokolls vor; Ihre Eingaben bleiben erhalten (Vorlagen bearbeiten unter Tresor ▸ Einstellungen)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Resilience</source>
            <translation>Belastbarkeit</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Session record</source>
            <translation>Gesprächsnotiz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Stress</source>
            <translation>Stress</translation>
        </message>
        <message>
            <source>Templ&amp;ate:</source>
            <translation type="vanished">&amp;Vorlage:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Template:</source>
            <translation>Vorlage:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>The key-client's state</source>
            <translation>Verfassung des/der Schlüsselklient/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>The si&amp;x support tasks</source>
            <translation>Die sechs Unterstüt&amp;zungsaufgaben</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>What happened / facts</source>
            <translation>Was geschah / Fakten</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>What happened and what was said: facts only. Your own impressions go into the reflection below.</source>
            <translation>Was geschehen ist und was gesagt wurde: nur Fakten. Ihre eigenen Eindrücke gehören in die Reflexion unten.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>What happens next, who does what</source>
            <translation>Wie es weitergeht, wer was tut</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Who was present</source>
            <translation>Wer anwesend war</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Yo&amp;ur reflection</source>
            <translation>Ihre Refle&amp;xion</translation>
        </message>
        <message>
            <source>Your &amp;reflection</source>
            <translation type="vanished">Ihre &amp;Reflexion</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>Your impressions and hypotheses, kept apart from the facts.</source>
            <translation>Ihre Eindrücke und Hypothesen, getrennt von den Fakten.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>candidate, not a key-client</source>
            <translation>Kandidat/in, keine Schlüsselklient/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>e.g. interpreter, the father's brother</source>
            <translation>z. B. Dolmetscher/in, der Bruder des Vaters</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>high</source>
            <translation>hoch</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>key-client ({status})</source>
            <translation>Schlüsselklient/in ({status})</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>low</source>
            <translation>gering</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>not a key-client</source>
            <translation>keine Schlüsselklient/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/editor.py" />
            <source>not a key-client: the work ended on {day}</source>
            <translation>keine Schlüsselklient/in: die Arbeit endete am {day}</translation>
        </message>
    </context>
    <context>
        <name>SessionList</name>
        <message>
            <location filename="../../legato_desk/ui/sessions/panels.py" />
            <source>1 addendum</source>
            <translation>1 Nachtrag</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/panels.py" />
            <source>Delete this record…</source>
            <translation>Dieses Protokoll löschen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/panels.py" />
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/panels.py" />
            <source>Session records</source>
            <translation>Gesprächsprotokolle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/panels.py" />
            <source>not signed yet</source>
            <translation>noch nicht abgezeichnet</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/panels.py" />
            <source>signed</source>
            <translation>abgezeichnet</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/panels.py" />
            <source>{n} addenda</source>
            <translation>{n} Nachträge</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <location filename="../../legato_desk/ui/sessions/view.py" />
            <source>Addenda</source>
            <translation>Nachträge</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/view.py" />
            <source>Follow-up on</source>
            <translation>Wiedervorlage am</translation>
        </message>
        <message>
            <source>Key-client(s) present</source>
            <translation type="vanished">Anwesende Schlüsselklient/innen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/view.py" />
            <source>Measures of the plan worked on</source>
            <translation>Bearbeitete Maßnahmen des Plans</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/view.py" />
            <source>Next step</source>
            <translation>Nächster Schritt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/view.py" />
            <source>Next steps</source>
            <translation>Nächste Schritte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/view.py" />
            <source>Present</source>
            <translation>Anwesend</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/view.py" />
            <source>Reflection</source>
            <translation>Reflexion</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/view.py" />
            <source>Setback</source>
            <translation>Rückschlag</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/view.py" />
            <source>Signed off {when} by {who}</source>
            <translation>Abgezeichnet am {when} von {who}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/view.py" />
            <source>State</source>
            <translation>Verfassung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/view.py" />
            <source>What happened / facts</source>
            <translation>Was geschah / Fakten</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/view.py" />
            <source>also: {others}</source>
            <translation>außerdem: {others}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/view.py" />
            <source>guilt</source>
            <translation>Schuldgefühle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/view.py" />
            <source>no source</source>
            <translation>keine Quelle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/view.py" />
            <source>progress {n}/5</source>
            <translation>Fortschritt {n}/5</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/view.py" />
            <source>resilience</source>
            <translation>Belastbarkeit</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/view.py" />
            <source>stress</source>
            <translation>Stress</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/view.py" />
            <source>verified</source>
            <translation>überprüft</translation>
        </message>
    </context>
    <context>
        <name>Sessions</name>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>A job or apprenticeship the person can imagine. No arguing about “real” religion: refusals are often fear of the unknown.</source>
            <translation>Eine Arbeit oder Ausbildung, die sich die Person vorstellen kann. Kein Streit über die „wahre“ Religion: Ablehnung ist oft Angst vor dem Unbekannten.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Achieved</source>
            <translation>Erreicht</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Acknowledgement</source>
            <translation>Anerkennung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Being there, predictably: contact the index client can count on.</source>
            <translation>Verlässlich da sein: Kontakt, auf den sich die/der Indexklient/in verlassen kann.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Building</source>
            <translation>Im Aufbau</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Building dreams and plans together; daily negotiation about what is realistic.</source>
            <translation>Gemeinsam Träume und Pläne entwickeln; tägliches Aushandeln, was realistisch ist.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Challenges</source>
            <translation>Herausforderungen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Emotional grounding</source>
            <translation>Emotionale Grundlage</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Emotions</source>
            <translation>Gefühle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Established</source>
            <translation>Tragfähig</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Explore it despite refusals; find a psychologist who treats this as a case like any other.</source>
            <translation>Trotz Ablehnung ausloten; eine psychologische Fachkraft finden, die dies wie jeden anderen Fall behandelt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Finding a job</source>
            <translation>Arbeit finden</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Frustration tolerance, obsessions, emotional control, biography; close follow-up, often third parties.</source>
            <translation>Frustrationstoleranz, Zwänge, Emotionskontrolle, Biografie; enge Begleitung, oft mit Dritten.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Future</source>
            <translation>Zukunft</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Future visions</source>
            <translation>Zukunftsvisionen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>In person</source>
            <translation>Persönlich</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>In progress</source>
            <translation>In Arbeit</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Messages</source>
            <translation>Botschaften</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Messages that build self-confidence; never judge a partner from the scene.</source>
            <translation>Botschaften, die das Selbstvertrauen stärken; eine/n Partner/in aus der Szene nie verurteilen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Not started</source>
            <translation>Nicht begonnen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Out-of-hours call</source>
            <translation>Anruf außerhalb der Sprechzeiten</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Partner</source>
            <translation>Partnerschaft</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Personal challenges</source>
            <translation>Persönliche Herausforderungen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Positive emotional messages</source>
            <translation>Positive emotionale Botschaften</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Psychological help</source>
            <translation>Psychologische Hilfe</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Recognising the person, their efforts and what they do well.</source>
            <translation>Die Person, ihre Bemühungen und ihre Stärken anerkennen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Relationships</source>
            <translation>Beziehungen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Relationships / partnership</source>
            <translation>Partnerschaft</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Reliable relationships</source>
            <translation>Verlässliche Beziehungen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Showing emotions and family secrets</source>
            <translation>Gefühle zeigen und Familiengeheimnisse</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Talking about what was never said; a father's pride and weakness can matter greatly.</source>
            <translation>Über das sprechen, was nie gesagt wurde; wenn ein Vater Stolz und Schwäche zeigt, kann das viel bedeuten.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>The six support tasks</source>
            <translation>Die sechs Unterstützungsaufgaben</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Therapy</source>
            <translation>Therapie</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Warm, emotionally loaded messages instead of criticism.</source>
            <translation>Warme, emotionale Botschaften statt Kritik.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/labels.py" />
            <source>Work</source>
            <translation>Arbeit</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>Addendum added.</source>
            <translation>Nachtrag hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>Delete record</source>
            <translation>Protokoll löschen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>Delete this session record for good? Only records that are not signed off can be deleted.</source>
            <translation>Dieses Gesprächsprotokoll endgültig löschen? Nur nicht abgezeichnete Protokolle können gelöscht werden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>Draft kept {time}. Save with {keys}.</source>
            <translation>Entwurf um {time} zwischengespeichert. Speichern mit {keys}.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>Draft not kept: {reason}</source>
            <translation>Entwurf nicht zwischengespeichert: {reason}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>Draft restored: save it with {keys}.</source>
            <translation>Entwurf wiederhergestellt: Speichern Sie ihn mit {keys}.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>Editing…</source>
            <translation>Wird bearbeitet…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>Lock the record for good ({keys}); later changes become dated addenda</source>
            <translation>Protokoll endgültig festschreiben ({keys}); spätere Änderungen werden zu datierten Nachträgen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>New record, not saved yet.</source>
            <translation>Neues Protokoll, noch nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>New session</source>
            <translation>Neues Gespräch</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>New session record ({keys})</source>
            <translation>Neues Gesprächsprotokoll ({keys})</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>Not saved: {reason} (kept as a draft)</source>
            <translation>Nicht gespeichert: {reason} (als Entwurf aufbewahrt)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>Save state</source>
            <translation>Speicherstatus</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>Save the record ({keys}); it stays editable until you sign it off</source>
            <translation>Protokoll speichern ({keys}); es bleibt bearbeitbar, bis Sie es abzeichnen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>Saved {time}, not signed off yet.</source>
            <translation>Um {time} gespeichert, noch nicht abgezeichnet.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>Saved, not signed off yet.</source>
            <translation>Gespeichert, noch nicht abgezeichnet.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>Sign off</source>
            <translation>Abzeichnen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>Sign off this record? It can no longer be changed afterwards; anything you add later is kept as a dated addendum.</source>
            <translation>Dieses Protokoll abzeichnen? Danach kann es nicht mehr geändert werden; spätere Ergänzungen werden als datierter Nachtrag festgehalten.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>Sign off…</source>
            <translation>Abzeichnen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>Signed off: changes are added as dated addenda.</source>
            <translation>Abgezeichnet: Änderungen werden als datierte Nachträge hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>Unsaved changes to the record of {held} were kept as a draft ({saved}). Restore them?</source>
            <translation>Nicht gespeicherte Änderungen am Protokoll vom {held} wurden als Entwurf aufbewahrt ({saved}). Wiederherstellen?</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/page.py" />
            <source>{save} saves, {sign} signs off.</source>
            <translation>{save} speichert, {sign} zeichnet ab.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../legato_desk/ui/settings/dialog.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/settings/dialog.py" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
    </context>
    <context>
        <name>SharingPage</name>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/sharing_page.py" />
            <source>&amp;Log a disclosure…</source>
            <translation>&amp;Weitergabe erfassen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/sharing_page.py" />
            <source>Acknowledged by</source>
            <translation>Bestätigt von</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/sharing_page.py" />
            <source>Consent</source>
            <translation>Einwilligung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/sharing_page.py" />
            <source>Consent &amp;withdrawn…</source>
            <translation>Einwilligung &amp;widerrufen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/sharing_page.py" />
            <source>Consent withdrawn</source>
            <translation>Einwilligung widerrufen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/sharing_page.py" />
            <source>Export: {what}</source>
            <translation>Export: {what}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/sharing_page.py" />
            <source>Ground</source>
            <translation>Grundlage</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/sharing_page.py" />
            <source>Informed by</source>
            <translation>Informiert von</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/sharing_page.py" />
            <source>Need to know: every piece of information that left the office, with its ground. Exports add their own entries.</source>
            <translation>Kenntnis nur soweit erforderlich: jede Information, die die Beratungsstelle verlassen hat, mit ihrer Grundlage. Exporte fügen eigene Einträge hinzu.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/sharing_page.py" />
            <source>Record that the person withdrew the consent given for sharing with {recipient}? The entry stays in the log; later sharing cannot rest on this consent.</source>
            <translation>Festhalten, dass die Person die Einwilligung zur Weitergabe an {recipient} widerrufen hat? Der Eintrag bleibt im Protokoll; spätere Weitergaben können sich nicht auf diese Einwilligung stützen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/sharing_page.py" />
            <source>Sharing log</source>
            <translation>Weitergabeprotokoll</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/sharing_page.py" />
            <source>The person took back the consent this entry was shared with: record it now</source>
            <translation>Die Person hat die Einwilligung zu diesem Eintrag zurückgenommen: jetzt festhalten</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/sharing_page.py" />
            <source>To whom</source>
            <translation>An wen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/sharing_page.py" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/sharing_page.py" />
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/sharing_page.py" />
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/sharing_page.py" />
            <source>counselling content</source>
            <translation>Beratungsinhalt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/sharing_page.py" />
            <source>given</source>
            <translation>erteilt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/sharing_page.py" />
            <source>not asked</source>
            <translation>nicht gefragt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/sharing_page.py" />
            <source>refused</source>
            <translation>verweigert</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/sharing_page.py" />
            <source>told why</source>
            <translation>Grund erklärt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/sharing_page.py" />
            <source>withdrawn {date}</source>
            <translation>widerrufen am {date}</translation>
        </message>
    </context>
    <context>
        <name>SignedRecordPanel</name>
        <message>
            <source>&amp;Addendum:</source>
            <translation type="vanished">&amp;Nachtrag:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/panels.py" />
            <source>Add a dated addendum ({keys})</source>
            <translation>Datierten Nachtrag hinzufügen ({keys})</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/panels.py" />
            <source>Add addendum</source>
            <translation>Nachtrag hinzufügen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/panels.py" />
            <source>Addend&amp;um:</source>
            <translation>Na&amp;chtrag:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/panels.py" />
            <source>Addendum</source>
            <translation>Nachtrag</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/panels.py" />
            <source>Signed record</source>
            <translation>Abgezeichnetes Protokoll</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/panels.py" />
            <source>Something to add or correct? It is kept as a dated addendum.</source>
            <translation>Etwas zu ergänzen oder zu berichtigen? Es wird als datierter Nachtrag festgehalten.</translation>
        </message>
    </context>
    <context>
        <name>SnapshotDialog</name>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>&amp;Label:</source>
            <translation>&amp;Bezeichnung:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>A snapshot freezes the map as it is now. You can look at it later and compare it with other versions.</source>
            <translation>Ein Stand hält die Karte so fest, wie sie jetzt ist. Sie können ihn später ansehen und mit anderen Versionen vergleichen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>Take a snapshot of the map</source>
            <translation>Stand der Karte festhalten</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/dialogs.py" />
            <source>e.g. intake, after 3 months</source>
            <translation>z. B. Erstkontakt, nach 3 Monaten</translation>
        </message>
    </context>
    <context>
        <name>StepRow</name>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/editor.py" />
            <source>Every</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/editor.py" />
            <source>From</source>
            <translation>Ab</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/editor.py" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/editor.py" />
            <source>Remove this step</source>
            <translation>Diesen Schritt entfernen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/editor.py" />
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/contact_plan/editor.py" />
            <source>every</source>
            <translation>alle</translation>
        </message>
    </context>
    <context>
        <name>TaskOverviewWidget</name>
        <message>
            <location filename="../../legato_desk/ui/sessions/progress.py" />
            <source> (again)</source>
            <translation> (erneut)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/progress.py" />
            <source> (key-client profile)</source>
            <translation> (Profil der Schlüsselperson)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/progress.py" />
            <source> · {n} setback(s)</source>
            <translation> · Rückschläge: {n}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/progress.py" />
            <source>Last activity</source>
            <translation>Letzte Aktivität</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/progress.py" />
            <source>Latest next step</source>
            <translation>Nächster Schritt (zuletzt)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/progress.py" />
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/progress.py" />
            <source>Sessions</source>
            <translation>Gespräche</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/progress.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/progress.py" />
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/progress.py" />
            <source>Task overview</source>
            <translation>Aufgabenübersicht</translation>
        </message>
    </context>
    <context>
        <name>TaskRow</name>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source> · last {date}</source>
            <translation> · zuletzt am {date}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source>Done:</source>
            <translation>Umgesetzt:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source>Next step</source>
            <translation>Nächster Schritt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source>Next step for this task</source>
            <translation>Nächster Schritt für diese Aufgabe</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source>Next step:</source>
            <translation>Nächster Schritt:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source>Progress in this session; type a digit</source>
            <translation>Fortschritt in diesem Gespräch; Ziffer eingeben</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source>Progress rating</source>
            <translation>Bewertung des Fortschritts</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source>Progress:</source>
            <translation>Fortschritt:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source>Setback</source>
            <translation>Rückschlag</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source>Setback:</source>
            <translation>Rückschlag:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source>Setbacks are normal: what did not work, plainly, without blame</source>
            <translation>Rückschläge sind normal: was nicht geklappt hat, sachlich und ohne Schuldzuweisung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source>What was done in this session</source>
            <translation>Was in diesem Gespräch getan wurde</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source>What was done: {task}</source>
            <translation>Was getan wurde: {task}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source>clear progress</source>
            <translation>deutlicher Fortschritt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source>no movement</source>
            <translation>keine Bewegung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/rows.py" />
            <source>not started</source>
            <translation>nicht begonnen</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <location filename="../../legato_desk/model/templates.py" />
            <source>Call back on:
</source>
            <translation>Rückruf am:
</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/templates.py" />
            <source>Concern in the parent's words:

Recent developments:

Relationships and communication at home:

What the parent has tried:
</source>
            <translation>Die Sorge in den Worten des Elternteils:

Jüngste Entwicklungen:

Beziehungen und Kommunikation zu Hause:

Was der Elternteil schon versucht hat:
</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/templates.py" />
            <source>Crisis call</source>
            <translation>Krisenanruf</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/templates.py" />
            <source>Explain what is recorded and where confidentiality ends.
</source>
            <translation>Erklären, was festgehalten wird und wo die Vertraulichkeit endet.
</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/templates.py" />
            <source>First impression of the parent's resources and burden:
</source>
            <translation>Erster Eindruck von Ressourcen und Belastung des Elternteils:
</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/templates.py" />
            <source>First session with a parent</source>
            <translation>Erstgespräch mit einem Elternteil</translation>
        </message>
        <message>
            <location filename="../../legato_desk/model/templates.py" />
            <source>What happened:

Is anyone in danger? Who knows about it?
</source>
            <translation>Was ist passiert:

Ist jemand in Gefahr? Wer weiß davon?
</translation>
        </message>
    </context>
    <context>
        <name>TemplatesPage</name>
        <message>
            <location filename="../../legato_desk/ui/sessions/templates_page.py" />
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/templates_page.py" />
            <source>&amp;Facts:</source>
            <translation>&amp;Fakten:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/templates_page.py" />
            <source>&amp;Mode:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/templates_page.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/templates_page.py" />
            <source>&amp;Reflection:</source>
            <translation>&amp;Reflexion:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/templates_page.py" />
            <source>(keep)</source>
            <translation>(beibehalten)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/templates_page.py" />
            <source>(no name)</source>
            <translation>(ohne Namen)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/templates_page.py" />
            <source>New template</source>
            <translation>Neue Vorlage</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/templates_page.py" />
            <source>Next &amp;steps:</source>
            <translation>Nächste &amp;Schritte:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/templates_page.py" />
            <source>Next steps</source>
            <translation>Nächste Schritte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/templates_page.py" />
            <source>Note templates</source>
            <translation>Vorlagen für Gesprächsnotizen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/templates_page.py" />
            <source>Reflection</source>
            <translation>Reflexion</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/templates_page.py" />
            <source>Remo&amp;ve</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/templates_page.py" />
            <source>Template name</source>
            <translation>Name der Vorlage</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/templates_page.py" />
            <source>Templates</source>
            <translation>Vorlagen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/templates_page.py" />
            <source>What happened / facts</source>
            <translation>Was geschah / Fakten</translation>
        </message>
    </context>
    <context>
        <name>TiePanel</name>
        <message>
            <source>&amp;Direction:</source>
            <translation type="vanished">&amp;Richtung:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="vanished">&amp;Art:</translation>
        </message>
        <message>
            <source>&amp;Strength:</source>
            <translation type="vanished">&amp;Stärke:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>&lt;b&gt;Tie {a} – {b}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Verbindung {a} – {b}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>A free note. Saved as you type.</source>
            <translation>Freie Notiz. Wird beim Tippen gespeichert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Conflict</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Delete tie</source>
            <translation>Verbindung löschen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Direction of support or influence</source>
            <translation>Richtung von Unterstützung oder Einfluss</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Direction:</source>
            <translation>Richtung:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Kind of tie</source>
            <translation>Art der Beziehung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Kind:</source>
            <translation>Art:</translation>
        </message>
        <message>
            <source>No&amp;te:</source>
            <translation type="vanished">&amp;Notiz:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Note:</source>
            <translation>Notiz:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation type="vanished">Stat&amp;us:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Stren&amp;gth:</source>
            <translation>St&amp;ärke:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Strength</source>
            <translation>Stärke</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>Addenda</source>
            <translation>Nachträge</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>Addendum</source>
            <translation>Nachtrag</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>Goals and measures</source>
            <translation>Ziele und Maßnahmen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>Key-client</source>
            <translation>Schlüsselklient/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>Key-client decisions</source>
            <translation>Entscheidungen zu Schlüsselklient/innen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>Map snapshot</source>
            <translation>Kartenstand</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>Map snapshots</source>
            <translation>Kartenstände</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>Safeguarding</source>
            <translation>Gefährdung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>Session</source>
            <translation>Gespräch</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>Sessions</source>
            <translation>Gespräche</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>chosen as key-client</source>
            <translation>als Schlüsselklient/in gewählt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>escalation closed</source>
            <translation>Eskalation abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>exported</source>
            <translation>exportiert</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>flag raised</source>
            <translation>Hinweis erfasst</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>goal set</source>
            <translation>Ziel gesetzt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>information shared</source>
            <translation>Information weitergegeben</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>marked as a candidate</source>
            <translation>als Kandidat/in markiert</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>measure done</source>
            <translation>Maßnahme erledigt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>plan reviewed</source>
            <translation>Plan überprüft</translation>
        </message>
    </context>
    <context>
        <name>TimelinePage</name>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source> (not signed)</source>
            <translation> (nicht abgezeichnet)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>Nothing dated in this case yet.</source>
            <translation>In diesem Fall gibt es noch keine datierten Einträge.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>Show:</source>
            <translation>Anzeigen:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>Timeline</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>Who / title</source>
            <translation>Wer / Titel</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/sessions/timeline.py" />
            <source>to the session of {held}</source>
            <translation>zum Gespräch vom {held}</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>&amp;Unlock</source>
            <translation>&amp;Entsperren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>&lt;h3&gt;Unlock with your recovery key&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Mit dem Wiederherstellungsschlüssel entsperren&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>&lt;h3&gt;Unlock your vault&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Tresor entsperren&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>Please enter your passphrase.</source>
            <translation>Bitte geben Sie Ihre Passphrase ein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>Put back the &amp;key file</source>
            <translation>Schlüsseldatei &amp;aus der Sicherung übernehmen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>Putting back the key file…</source>
            <translation>Die Schlüsseldatei wird übernommen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>Recovery &amp;key:</source>
            <translation>&amp;Wiederherstellungsschlüssel:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>Recovery key</source>
            <translation>Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>Restore a &amp;backup…</source>
            <translation>Sicherung wieder&amp;herstellen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>The damaged files were kept in {folder}.</source>
            <translation>Die beschädigten Dateien wurden in {folder} aufbewahrt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>Type the recovery key you wrote down when the vault was created, then choose a new passphrase. The old passphrase stops working.</source>
            <translation>Geben Sie den Wiederherstellungsschlüssel ein, den Sie beim Anlegen des Tresors notiert haben, und wählen Sie dann eine neue Passphrase. Die alte Passphrase ist danach ungültig.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>Unlock and &amp;set passphrase</source>
            <translation>Entsperren und Passphrase &amp;festlegen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>Unlock legato-desk</source>
            <translation>legato-desk entsperren</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>Unlocking and setting the new passphrase…</source>
            <translation>Tresor wird entsperrt und neue Passphrase festgelegt…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>Unlocking…</source>
            <translation>Wird entsperrt…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>Use &amp;recovery key…</source>
            <translation>Wiederherstellungs&amp;schlüssel verwenden…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>Vault: {folder}</source>
            <translation>Tresor: {folder}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>You can try again in %n second(s).</source>
            <translation>
                <numerusform>Sie können es in %n Sekunde erneut versuchen.</numerusform>
                <numerusform>Sie können es in %n Sekunden erneut versuchen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VersionBar</name>
        <message>
            <source>&amp;Back to the current map</source>
            <translation type="vanished">&amp;Zurück zur aktuellen Karte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>&lt;b&gt;Comparing&lt;/b&gt; {old} → {new}. Read-only: what changed is highlighted on the map and listed on the right; persons who are no longer on the map are shown ghosted.</source>
            <translation>&lt;b&gt;Vergleich&lt;/b&gt; {old} → {new}. Schreibgeschützt: Änderungen sind auf der Karte hervorgehoben und rechts aufgelistet; Personen, die nicht mehr auf der Karte sind, werden blass dargestellt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>&lt;b&gt;From {old} to {new}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Von {old} bis {new}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>&lt;b&gt;Snapshot {name}&lt;/b&gt; — a frozen version of the map, shown read-only.</source>
            <translation>&lt;b&gt;Stand {name}&lt;/b&gt; – eine festgehaltene Version der Karte, schreibgeschützt angezeigt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>Back to the c&amp;urrent map</source>
            <translation>Z&amp;urück zur aktuellen Karte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>Chan&amp;ges:</source>
            <translation>&amp;Änderungen:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>Changes between the two versions</source>
            <translation>Änderungen zwischen den beiden Versionen</translation>
        </message>
        <message>
            <source>Compare w&amp;ith:</source>
            <translation type="vanished">&amp;Vergleichen mit:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>Compare with:</source>
            <translation>Vergleichen mit:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>Delete snapshot</source>
            <translation>Stand löschen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>Delete the snapshot {name}? This cannot be undone.</source>
            <translation>Den Stand {name} löschen? Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>Delete this snapshot…</source>
            <translation>Diesen Stand löschen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>Map version notice</source>
            <translation>Hinweis zur Kartenversion</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>Nothing changed.</source>
            <translation>Keine Änderungen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>Now (current map)</source>
            <translation>Jetzt (aktuelle Karte)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>One change.</source>
            <translation>Eine Änderung.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>Sho&amp;w:</source>
            <translation>An&amp;zeigen:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>Version of the map to show</source>
            <translation>Anzuzeigende Version der Karte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>Version to compare with</source>
            <translation>Version zum Vergleich</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>as of {date}</source>
            <translation>Stand vom {date}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>changes from {old} to {new}</source>
            <translation>Änderungen von {old} bis {new}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>now</source>
            <translation>jetzt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>snapshot {name}</source>
            <translation>Stand {name}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>{n} changes.</source>
            <translation>{n} Änderungen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>— nothing —</source>
            <translation>— keine —</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/versions.py" />
            <source>“{label}” ({date})</source>
            <translation>„{label}“ ({date})</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <location filename="../../legato_desk/ui/start/welcome.py" />
            <source>&amp;Create vault…</source>
            <translation>Tresor &amp;anlegen…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/welcome.py" />
            <source>&amp;Open an existing vault…</source>
            <translation>Vorhandenen Tresor &amp;öffnen…</translation>
        </message>
        <message>
            <source>&lt;b&gt;The demo vault&lt;/b&gt; holds one invented case for trying things out, and is deleted when you quit. Never put real data into it.</source>
            <translation type="vanished">&lt;b&gt;Der Demo-Tresor&lt;/b&gt; enthält einen erfundenen Fall zum Ausprobieren und wird beim Beenden gelöscht. Geben Sie dort nie echte Daten ein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/welcome.py" />
            <source>&lt;b&gt;The demo vault&lt;/b&gt; holds two invented cases for trying things out, and is deleted when you quit. Never put real data into it.</source>
            <translation>&lt;b&gt;Der Demo-Tresor&lt;/b&gt; enthält zwei erfundene Fälle zum Ausprobieren und wird beim Beenden gelöscht. Geben Sie dort nie echte Daten ein.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/welcome.py" />
            <source>&lt;b&gt;The recovery key&lt;/b&gt; is shown once, when the vault is created. Write it down on paper and keep it away from this computer: it is the only way back in if you forget the passphrase. Nobody, not even the makers of legato-desk, can reset it for you.</source>
            <translation>&lt;b&gt;Der Wiederherstellungsschlüssel&lt;/b&gt; wird nur einmal angezeigt, wenn der Tresor angelegt wird. Schreiben Sie ihn auf Papier auf und bewahren Sie ihn getrennt von diesem Computer auf: Er ist der einzige Weg zurück, falls Sie die Passphrase vergessen. Niemand, auch nicht die Entwickler/innen von legato-desk, kann sie für Sie zurücksetzen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/welcome.py" />
            <source>&lt;b&gt;Your vault&lt;/b&gt; is one folder holding the encrypted database. It opens only with your passphrase. To back it up, copy the whole folder while legato-desk is closed.</source>
            <translation>&lt;b&gt;Ihr Tresor&lt;/b&gt; ist ein Ordner mit der verschlüsselten Datenbank. Er lässt sich nur mit Ihrer Passphrase öffnen. Kopieren Sie zur Sicherung den ganzen Ordner, während legato-desk geschlossen ist.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/welcome.py" />
            <source>&lt;h2&gt;Welcome to legato-desk&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Willkommen bei legato-desk&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>A throwaway vault with one invented case, deleted when you quit.</source>
            <translation type="vanished">Ein temporärer Tresor mit einem erfundenen Fall; wird beim Beenden gelöscht.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/welcome.py" />
            <source>A throwaway vault with two invented cases, deleted when you quit.</source>
            <translation>Ein temporärer Tresor mit zwei erfundenen Fällen; wird beim Beenden gelöscht.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/welcome.py" />
            <source>C&amp;hange folder…</source>
            <translation>Ordner &amp;wechseln…</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/welcome.py" />
            <source>Choose a folder for the vault</source>
            <translation>Ordner für den Tresor wählen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/welcome.py" />
            <source>Open &amp;demo vault</source>
            <translation>&amp;Demo-Tresor öffnen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/welcome.py" />
            <source>Open the folder that holds your vault</source>
            <translation>Ordner mit Ihrem Tresor öffnen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/welcome.py" />
            <source>Start with a new vault</source>
            <translation>Mit einem neuen Tresor beginnen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/welcome.py" />
            <source>That folder already holds a vault. Use “Open an existing vault…” to open it, or choose another folder.</source>
            <translation>Dieser Ordner enthält bereits einen Tresor. Öffnen Sie ihn mit „Vorhandenen Tresor öffnen…“ oder wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/welcome.py" />
            <source>The vault will be created in this folder:</source>
            <translation>Der Tresor wird in diesem Ordner angelegt:</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/welcome.py" />
            <source>There is no vault in that folder. A vault folder contains the files vault.db and vault.header.</source>
            <translation>In diesem Ordner befindet sich kein Tresor. Ein Tresorordner enthält die Dateien vault.db und vault.header.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/welcome.py" />
            <source>Vault folder</source>
            <translation>Tresorordner</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/welcome.py" />
            <source>Welcome to legato-desk</source>
            <translation>Willkommen bei legato-desk</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/start/welcome.py" />
            <source>legato-desk keeps your case work in an encrypted vault on this computer. Nothing leaves this machine unless you export it yourself.</source>
            <translation>legato-desk speichert Ihre Fallarbeit in einem verschlüsselten Tresor auf diesem Computer. Nichts verlässt dieses Gerät, es sei denn, Sie exportieren es selbst.</translation>
        </message>
    </context>
    <context>
        <name>_Form</name>
        <message>
            <source>Message</source>
            <translation type="vanished">Meldung</translation>
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <location filename="../../legato_desk/ui/safeguarding/directory_dialog.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
    </context>
    <context>
        <name>_Panel</name>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>A free note. Saved as you type.</source>
            <translation>Freie Notiz. Wird beim Tippen gespeichert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/panel.py" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
    </context>
    <context>
        <name>compare</name>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>The role of {name} changed ({old} → {new}).</source>
            <translation>Die Rolle von {name} hat sich geändert ({old} → {new}).</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>The tie</source>
            <translation>Die Verbindung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>The tie to {name}</source>
            <translation>Die Verbindung zu {name}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>The tie {a}–{b}</source>
            <translation>Die Verbindung {a}–{b}</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{name} is no longer marked as a resource or risk.</source>
            <translation>{name} ist nicht mehr als Ressource oder Risiko markiert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{name} is no longer on the map.</source>
            <translation>{name} ist nicht mehr auf der Karte.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{name} is no longer recorded as deceased.</source>
            <translation>{name} ist nicht mehr als verstorben vermerkt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{name} is now marked as a resource.</source>
            <translation>{name} ist jetzt als Ressource markiert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{name} is now marked as a risk.</source>
            <translation>{name} ist jetzt als Risiko markiert.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{name} is now recorded as deceased.</source>
            <translation>{name} ist jetzt als verstorben vermerkt.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{name} is now shown as: {kind}.</source>
            <translation>{name} wird jetzt dargestellt als: {kind}.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{name} moved closer ({old} → {new}).</source>
            <translation>{name} ist näher gerückt ({old} → {new}).</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{name} moved from {old} to {new}.</source>
            <translation>{name} steht jetzt im Sektor {new} (vorher {old}).</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{name} moved further away ({old} → {new}).</source>
            <translation>{name} ist weiter weggerückt ({old} → {new}).</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{name} was added ({sector}, {ring}).</source>
            <translation>{name} wurde hinzugefügt ({sector}, {ring}).</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{old} is now called {new}.</source>
            <translation>{old} heißt jetzt {new}.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{tie} ({kind}) is no longer on the map.</source>
            <translation>{tie} ({kind}) ist nicht mehr auf der Karte.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{tie} became conflicted.</source>
            <translation>{tie} ist konflikthaft geworden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{tie} became stronger ({old} → {new}).</source>
            <translation>{tie} ist stärker geworden ({old} → {new}).</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{tie} became tenuous.</source>
            <translation>{tie} ist brüchig geworden.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{tie} became weaker ({old} → {new}).</source>
            <translation>{tie} ist schwächer geworden ({old} → {new}).</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{tie} changed from {old} to {new}.</source>
            <translation>{tie} hat sich geändert: {old} → {new}.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{tie} is new ({kind}).</source>
            <translation>{tie} ist neu ({kind}).</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{tie} is no longer conflicted.</source>
            <translation>{tie} ist nicht mehr konflikthaft.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{tie} is no longer cut off.</source>
            <translation>{tie} ist nicht mehr abgebrochen.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{tie} is no longer tenuous.</source>
            <translation>{tie} ist nicht mehr brüchig.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{tie} no longer shows a direction.</source>
            <translation>{tie} zeigt keine Richtung mehr.</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{tie} now shows support or influence ({arrow}).</source>
            <translation>{tie} zeigt jetzt Unterstützung oder Einfluss ({arrow}).</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/compare.py" />
            <source>{tie} was cut off.</source>
            <translation>{tie} wurde abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <location filename="../../legato_desk/ui/map/export.py" />
            <source>What changed</source>
            <translation>Was sich geändert hat</translation>
        </message>
    </context>
    <context>
        <name>legend</name>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>Changes</source>
            <translation>Änderungen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>Kinds of tie</source>
            <translation>Beziehungsarten</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>Legend</source>
            <translation>Legende</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>Persons</source>
            <translation>Personen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>Ties</source>
            <translation>Verbindungen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>added</source>
            <translation>hinzugekommen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>both ways</source>
            <translation>wechselseitig</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>conflict</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>cut off</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>deceased</source>
            <translation>verstorben</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>key-client</source>
            <translation>Schlüsselklient/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>key-client candidate</source>
            <translation>Kandidat/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>moved closer</source>
            <translation>näher gerückt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>moved further away</source>
            <translation>weiter weggerückt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>moved to another sector</source>
            <translation>in anderen Sektor gewechselt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>removed (ghosted)</source>
            <translation>entfernt (blass dargestellt)</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>resource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>support / influence</source>
            <translation>Einfluss / Hilfe</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>tenuous</source>
            <translation>brüchig</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/legend.py" />
            <source>tie cut off</source>
            <translation>Verbindung abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>map</name>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>Family</source>
            <translation>Familie</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>Friends &amp; acquaintances</source>
            <translation>Freunde &amp; Bekannte</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>Milieu / online</source>
            <translation>Milieu / online</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>No marker</source>
            <translation>Keine Markierung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>Online space</source>
            <translation>Online-Raum</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>Professional helpers</source>
            <translation>Professionelle Helfer</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>Resource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>School / work</source>
            <translation>Schule / Arbeit</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>aunt</source>
            <translation>Tante</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>best friend</source>
            <translation>beste/r Freund/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>brother</source>
            <translation>Bruder</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>classmate</source>
            <translation>Mitschüler/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>close</source>
            <translation>nah</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>colleague</source>
            <translation>Kollege/Kollegin</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>cousin</source>
            <translation>Cousin/Cousine</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>cut off</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>distant</source>
            <translation>fern</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>doctor</source>
            <translation>Arzt/Ärztin</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>employer</source>
            <translation>Arbeitgeber/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>family</source>
            <translation>Familie</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>father</source>
            <translation>Vater</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>friend</source>
            <translation>Freund/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>friendship</source>
            <translation>Freundschaft</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>grandfather</source>
            <translation>Großvater</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>grandmother</source>
            <translation>Großmutter</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>imam</source>
            <translation>Imam</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>in contact</source>
            <translation>in Kontakt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>known, no contact</source>
            <translation>bekannt, kein Kontakt</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>middle</source>
            <translation>mittel</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>milieu</source>
            <translation>Milieu</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>mosque community</source>
            <translation>Moscheegemeinde</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>mother</source>
            <translation>Mutter</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>neighbour</source>
            <translation>Nachbar/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>no direction</source>
            <translation>ohne Richtung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>normal</source>
            <translation>normal</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>online forum</source>
            <translation>Online-Forum</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>partner</source>
            <translation>Partner/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>police officer</source>
            <translation>Polizist/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>probation officer</source>
            <translation>Bewährungshelfer/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>professional</source>
            <translation>professionelle Hilfe</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>psychologist</source>
            <translation>Psychologe/Psychologin</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>recruiter</source>
            <translation>Anwerber/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>romantic</source>
            <translation>Liebesbeziehung</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>school/work</source>
            <translation>Schule/Arbeit</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>sister</source>
            <translation>Schwester</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>social worker</source>
            <translation>Sozialarbeiter/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>sports club</source>
            <translation>Sportverein</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>stepfather</source>
            <translation>Stiefvater</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>stepmother</source>
            <translation>Stiefmutter</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>strong</source>
            <translation>stark</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>teacher</source>
            <translation>Lehrer/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>tenuous</source>
            <translation>brüchig</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>trainer</source>
            <translation>Trainer/in</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>uncle</source>
            <translation>Onkel</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>weak</source>
            <translation>schwach</translation>
        </message>
        <message>
            <location filename="../../legato_desk/ui/map/style.py" />
            <source>youth worker</source>
            <translation>Jugendarbeiter/in</translation>
        </message>
    </context>
</TS>
