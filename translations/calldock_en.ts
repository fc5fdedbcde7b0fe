<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityCharts</name>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Busiest hour: %1 %2–%3 (%n call(s))</source>
        <translation>
            <numerusform>Busiest hour: %1 %2–%3 (%n call)</numerusform>
            <numerusform>Busiest hour: %1 %2–%3 (%n calls)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These contacts: %1 of %n call(s) (%2)</source>
        <translation>
            <numerusform>These contacts: %1 of %n call (%2)</numerusform>
            <numerusform>These contacts: %1 of %n calls (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %n call(s): %1 with a note, %2 with a recording</source>
        <translation>
            <numerusform>Of %n call: %1 with a note, %2 with a recording</numerusform>
            <numerusform>Of %n calls: %1 with a note, %2 with a recording</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityHeatMap</name>
    <message numerus="yes">
        <source>%1 %2–%3: %n call(s)</source>
        <extracomment>Heat map tooltip: %1 weekday, %2 start hour, %3 end hour; %n calls.</extracomment>
        <translation>
            <numerusform>%1 %2–%3: %n call</numerusform>
            <numerusform>%1 %2–%3: %n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message numerus="yes">
        <source>Catching up: %n call(s) logged</source>
        <translation>
            <numerusform>Catching up: %n call logged</numerusform>
            <numerusform>Catching up: %n calls logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Caught up %n call(s)</source>
        <translation>
            <numerusform>Caught up %n call</numerusform>
            <numerusform>Caught up %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) not logged — &quot;Catch up&quot; logs them</source>
        <extracomment>&quot;Catch up&quot; is the tray menu entry &quot;Catch up un-logged calls now&quot;.</extracomment>
        <translation>
            <numerusform>%n call not logged — &quot;Catch up&quot; logs it</numerusform>
            <numerusform>%n calls not logged — &quot;Catch up&quot; logs them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallHistoryWindow</name>
    <message numerus="yes">
        <source>%n call(s) match</source>
        <translation>
            <numerusform>%n call matches</numerusform>
            <numerusform>%n calls match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>Exported %n call to %1.</numerusform>
            <numerusform>Exported %n calls to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatchUpService</name>
    <message numerus="yes">
        <source>Stopped after %n page(s) of un-logged calls; the rest follows in the next run.</source>
        <translation>
            <numerusform>Stopped after %n page of un-logged calls; the rest follows in the next run.</numerusform>
            <numerusform>Stopped after %n pages of un-logged calls; the rest follows in the next run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>Exported %n call to %1.</numerusform>
            <numerusform>Exported %n calls to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpScheduler</name>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Snooze %n min</numerusform>
            <numerusform>Snooze %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadErrorPanel</name>
    <message numerus="yes">
        <source>CallDock tries again in %n second(s).</source>
        <translation>
            <numerusform>CallDock tries again in %n second.</numerusform>
            <numerusform>CallDock tries again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordingFetcher</name>
    <message numerus="yes">
        <source>%n recording(s) waiting to download</source>
        <translation>
            <numerusform>%n recording waiting to download</numerusform>
            <numerusform>%n recordings waiting to download</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) downloading, %1%</source>
        <translation>
            <numerusform>%n recording downloading, %1%</numerusform>
            <numerusform>%n recordings downloading, %1%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) downloading</source>
        <translation>
            <numerusform>%n recording downloading</numerusform>
            <numerusform>%n recordings downloading</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n more waiting)</source>
        <translation>
            <numerusform>%1 (%n more waiting)</numerusform>
            <numerusform>%1 (%n more waiting)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WidgetLoader</name>
    <message numerus="yes">
        <source>The phone did not start within %n seconds.</source>
        <translation>
            <numerusform>The phone did not start within %n second.</numerusform>
            <numerusform>The phone did not start within %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
