<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>ConferencePage</name>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/conferences/page.py" />
            <source>Take the %n measure(s) agreed into the intervention plan? Those it holds already are left out.</source>
            <translation>
                <numerusform>Take the %n measure agreed into the intervention plan? If the plan holds it already, it is left out.</numerusform>
                <numerusform>Take the %n measures agreed into the intervention plan? Those it holds already are left out.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactPlan</name>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/contact_plan/labels.py" />
            <source>every %n day(s)</source>
            <translation>
                <numerusform>every %n day</numerusform>
                <numerusform>every %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/contact_plan/labels.py" />
            <source>every %n month(s)</source>
            <translation>
                <numerusform>every %n month</numerusform>
                <numerusform>every %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/contact_plan/labels.py" />
            <source>every %n week(s)</source>
            <translation>
                <numerusform>every %n week</numerusform>
                <numerusform>every %n weeks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/export/dialog.py" />
            <source>%n word(s) that look like names are left unreviewed: {words}. Export anyway?</source>
            <translation>
                <numerusform>%n word that looks like a name is left unreviewed: {words}. Export anyway?</numerusform>
                <numerusform>%n words that look like names are left unreviewed: {words}. Export anyway?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FactorPage</name>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/factors/page.py" />
            <source>Unchanged: %n factor(s)</source>
            <translation>
                <numerusform>Unchanged: %n factor</numerusform>
                <numerusform>Unchanged: %n factors</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FollowUpsPage</name>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/sessions/followups.py" />
            <source> day(s)</source>
            <translation>
                <numerusform> day</numerusform>
                <numerusform> days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FollowUpsPanel</name>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/sessions/followups.py" />
            <source>Due within %n day(s) ({count})</source>
            <translation>
                <numerusform>Due within %n day ({count})</numerusform>
                <numerusform>Due within %n days ({count})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/sessions/followups.py" />
            <source>Follow-ups due within %n day(s)</source>
            <translation>
                <numerusform>Follow-ups due within %n day</numerusform>
                <numerusform>Follow-ups due within %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>%n case(s) imported.</source>
            <translation>
                <numerusform>%n case imported.</numerusform>
                <numerusform>%n cases imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/lifecycle/handover.py" />
            <source>%n case(s) in the file.</source>
            <translation>
                <numerusform>%n case in the file.</numerusform>
                <numerusform>%n cases in the file.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NameReview</name>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/export/review.py" />
            <source>%n word(s) left to review: decide for each before you export.</source>
            <translation>
                <numerusform>%n word left to review: decide for each before you export.</numerusform>
                <numerusform>%n words left to review: decide for each before you export.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/plan/page.py" />
            <source>Conference of {day}: %n agreed measure(s)</source>
            <translation>
                <numerusform>Conference of {day}: %n agreed measure</numerusform>
                <numerusform>Conference of {day}: %n agreed measures</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/lifecycle/restore.py" />
            <source>Made on {date}: %n case(s).</source>
            <translation>
                <numerusform>Made on {date}: %n case.</numerusform>
                <numerusform>Made on {date}: %n cases.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/lifecycle/retention.py" />
            <source>Ended cases without activity for more than %n month(s), the retention period of your office. Review each one; erase it when it may go.</source>
            <translation>
                <numerusform>Ended cases without activity for more than %n month, the retention period of your office. Review each one; erase it when it may go.</numerusform>
                <numerusform>Ended cases without activity for more than %n months, the retention period of your office. Review each one; erase it when it may go.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message numerus="yes">
            <location filename="../../legato_desk/ui/start/unlock.py" />
            <source>You can try again in %n second(s).</source>
            <translation>
                <numerusform>You can try again in %n second.</numerusform>
                <numerusform>You can try again in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
</TS>
