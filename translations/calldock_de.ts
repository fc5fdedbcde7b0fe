<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityChartPanel</name>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (Tabelle)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>Save Chart as &amp;Image…</source>
        <translation>Diagramm als &amp;Bild speichern…</translation>
    </message>
    <message>
        <source>Save &amp;Data as CSV…</source>
        <translation>&amp;Daten als CSV speichern…</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>das Bild konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Save Chart as Image</source>
        <translation>Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>Save Chart Data</source>
        <translation>Diagrammdaten speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ActivityCharts</name>
    <message>
        <source>%1 (%2)</source>
        <comment>contact: name (number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Inbound</source>
        <extracomment>Calls per day chart: calls the user took (not missed).</extracomment>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <extracomment>Calls per day chart: calls the user made.</extracomment>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Missed</source>
        <extracomment>Calls per day chart: inbound calls nobody took (missed or to voicemail).</extracomment>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Anruf</numerusform>
            <numerusform>%n Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a day on average</source>
        <translation>durchschnittlich %1 pro Tag</translation>
    </message>
    <message>
        <source>%1 inbound, %2 outbound, %3 missed (%4)</source>
        <translation>%1 eingehend, %2 ausgehend, %3 verpasst (%4)</translation>
    </message>
    <message>
        <source>Talk time (hours)</source>
        <translation>Gesprächszeit (Stunden)</translation>
    </message>
    <message>
        <source>Talk time (minutes)</source>
        <translation>Gesprächszeit (Minuten)</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Gesprächszeit</translation>
    </message>
    <message>
        <source>Calls with talk</source>
        <translation>Anrufe mit Gespräch</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>insgesamt %1</translation>
    </message>
    <message>
        <source>%1 per call with talk</source>
        <translation>%1 pro Anruf mit Gespräch</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>No calls in this period.</source>
        <translation>Keine Anrufe in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>Busiest hour: %1 %2–%3 (%n call(s))</source>
        <translation>
            <numerusform>Stärkste Stunde: %1 %2–%3 (%n Anruf)</numerusform>
            <numerusform>Stärkste Stunde: %1 %2–%3 (%n Anrufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation>Nummer oder Name</translation>
    </message>
    <message>
        <source>No contacts in this period.</source>
        <translation>Keine Kontakte in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>These contacts: %1 of %2 talk time</source>
        <translation>Diese Kontakte: %1 von %2 Gesprächszeit</translation>
    </message>
    <message numerus="yes">
        <source>These contacts: %1 of %n call(s) (%2)</source>
        <translation>
            <numerusform>Diese Kontakte: %1 von %n Anruf (%2)</numerusform>
            <numerusform>Diese Kontakte: %1 von %n Anrufen (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>With a note</source>
        <translation>Mit Notiz</translation>
    </message>
    <message>
        <source>With a recording</source>
        <translation>Mit Aufzeichnung</translation>
    </message>
    <message>
        <source>Share of calls (%)</source>
        <translation>Anteil der Anrufe (%)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message numerus="yes">
        <source>Of %n call(s): %1 with a note, %2 with a recording</source>
        <translation>
            <numerusform>Von %n Anruf: %1 mit Notiz, %2 mit Aufzeichnung</numerusform>
            <numerusform>Von %n Anrufen: %1 mit Notiz, %2 mit Aufzeichnung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityHeatMap</name>
    <message numerus="yes">
        <source>%1 %2–%3: %n call(s)</source>
        <extracomment>Heat map tooltip: %1 weekday, %2 start hour, %3 end hour; %n calls.</extracomment>
        <translation>
            <numerusform>%1 %2–%3: %n Anruf</numerusform>
            <numerusform>%1 %2–%3: %n Anrufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityPeriod</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Custom…</source>
        <comment>activity period</comment>
        <translation>Eigener Zeitraum…</translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Activity — CallDock</source>
        <translation>Aktivität — CallDock</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
    <message>
        <source>Calls per day</source>
        <translation>Anrufe pro Tag</translation>
    </message>
    <message>
        <source>Talk time per day</source>
        <translation>Gesprächszeit pro Tag</translation>
    </message>
    <message>
        <source>Calls by weekday and hour</source>
        <translation>Anrufe nach Wochentag und Uhrzeit</translation>
    </message>
    <message>
        <source>Top contacts by calls</source>
        <translation>Top-Kontakte nach Anrufen</translation>
    </message>
    <message>
        <source>Top contacts by talk time</source>
        <translation>Top-Kontakte nach Gesprächszeit</translation>
    </message>
    <message>
        <source>Notes and recordings</source>
        <translation>Notizen und Aufzeichnungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>An&amp;sicht</translation>
    </message>
    <message>
        <source>Show Data as &amp;Tables</source>
        <translation>Daten als &amp;Tabellen anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>AfterCallEditor</name>
    <message>
        <source>Outcome</source>
        <translation>Gesprächsergebnis</translation>
    </message>
    <message>
        <source>Type the number of an outcome, or its first letters. 0 clears it.</source>
        <translation>Geben Sie die Nummer eines Gesprächsergebnisses oder seine Anfangsbuchstaben ein. 0 löscht es.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Gesprächsergebnis:</translation>
    </message>
    <message>
        <source>&amp;Follow up:</source>
        <translation>&amp;Wiedervorlage:</translation>
    </message>
    <message>
        <source>Follow-up date and time</source>
        <translation>Datum und Uhrzeit der Wiedervorlage</translation>
    </message>
    <message>
        <source>Follow-up text</source>
        <translation>Text der Wiedervorlage</translation>
    </message>
    <message>
        <source>What to do, e.g. send the quote</source>
        <translation>Was zu tun ist, z. B. Angebot senden</translation>
    </message>
    <message>
        <source>In 1 &amp;hour</source>
        <translation>In 1 St&amp;unde</translation>
    </message>
    <message>
        <source>&amp;Tomorrow 9:00</source>
        <translation>&amp;Morgen 9:00</translation>
    </message>
    <message>
        <source>Next &amp;Monday</source>
        <translation>Nächsten M&amp;ontag</translation>
    </message>
    <message>
        <source>(none)  [0]</source>
        <extracomment>No outcome chosen for the call; 0 is the key that picks it.</extracomment>
        <translation>(keines)  [0]</translation>
    </message>
</context>
<context>
    <name>AfterCallPrompter</name>
    <message>
        <source>Missed call</source>
        <translation>Verpasster Anruf</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Anruf beendet</translation>
    </message>
    <message>
        <source>%1 — add a note about the call?</source>
        <translation>%1 — Notiz zum Anruf hinzufügen?</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
</context>
<context>
    <name>AfterCallSettingsBox</name>
    <message>
        <source>After a call</source>
        <translation>Nach einem Anruf</translation>
    </message>
    <message>
        <source>After an incoming call</source>
        <translation>Nach einem eingehenden Anruf</translation>
    </message>
    <message>
        <source>After an outgoing call</source>
        <translation>Nach einem ausgehenden Anruf</translation>
    </message>
    <message>
        <source>Not after &amp;missed calls</source>
        <translation>Nicht nach &amp;verpassten Anrufen</translation>
    </message>
    <message>
        <source>Call outcomes, one a line</source>
        <translation>Gesprächsergebnisse, eins pro Zeile</translation>
    </message>
    <message>
        <source>Show the &amp;outcome in the phone&apos;s note</source>
        <translation>Gesprächsergebnis in der Notiz des &amp;Telefons anzeigen</translation>
    </message>
    <message>
        <source>&amp;Incoming call ended:</source>
        <translation>&amp;Eingehender Anruf beendet:</translation>
    </message>
    <message>
        <source>Outgoing call &amp;ended:</source>
        <translation>A&amp;usgehender Anruf beendet:</translation>
    </message>
    <message>
        <source>Call o&amp;utcomes (one a line):</source>
        <translation>Gesprächser&amp;gebnisse (eins pro Zeile):</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N in CallDock opens the note of the last call.</source>
        <translation>Strg+Umschalt+N öffnet in CallDock die Notiz des letzten Anrufs.</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>Nichts tun</translation>
    </message>
    <message>
        <source>Notify with &quot;Add note&quot;</source>
        <translation>Mit „Notiz hinzufügen“ benachrichtigen</translation>
    </message>
    <message>
        <source>Open the note window (without taking the keyboard)</source>
        <translation>Notizfenster öffnen (ohne den Tastaturfokus zu übernehmen)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The call log was damaged and has been set aside as %1. CallDock started a new one.</source>
        <translation>Das Anrufprotokoll war beschädigt und wurde als %1 beiseitegelegt. CallDock hat ein neues angelegt.</translation>
    </message>
    <message>
        <source>Call log replaced</source>
        <translation>Anrufprotokoll ersetzt</translation>
    </message>
    <message>
        <source>Log to CallDock</source>
        <translation>In CallDock protokollieren</translation>
    </message>
    <message>
        <source>Log calls automatically in CallDock</source>
        <translation>Anrufe automatisch in CallDock protokollieren</translation>
    </message>
    <message>
        <source>Calls are not being saved: %1 CallDock keeps them and tries again.</source>
        <translation>Anrufe werden nicht gespeichert: %1 CallDock behält sie und versucht es erneut.</translation>
    </message>
    <message>
        <source>Call logging problem</source>
        <translation>Problem beim Protokollieren von Anrufen</translation>
    </message>
    <message>
        <source>About CallDock</source>
        <translation>Über CallDock</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CallDock %1&lt;/h3&gt;&lt;p&gt;Hosts the RingCentral Embeddable phone and logs every call to a local database.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CallDock %1&lt;/h3&gt;&lt;p&gt;Bindet das RingCentral-Embeddable-Telefon ein und protokolliert jeden Anruf in einer lokalen Datenbank.&lt;/p&gt;&lt;p&gt;Datenordner: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Catching up: %n call(s) logged</source>
        <translation>
            <numerusform>Nachtragen: %n Anruf protokolliert</numerusform>
            <numerusform>Nachtragen: %n Anrufe protokolliert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Caught up %n call(s)</source>
        <translation>
            <numerusform>%n Anruf nachgetragen</numerusform>
            <numerusform>%n Anrufe nachgetragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Catch-up stopped: %1</source>
        <translation>Nachtragen angehalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) not logged — &quot;Catch up&quot; logs them</source>
        <extracomment>&quot;Catch up&quot; is the tray menu entry &quot;Catch up un-logged calls now&quot;.</extracomment>
        <translation>
            <numerusform>%n Anruf nicht protokolliert – „Jetzt nachtragen“ protokolliert ihn</numerusform>
            <numerusform>%n Anrufe nicht protokolliert – „Jetzt nachtragen“ protokolliert sie</numerusform>
        </translation>
    </message>
    <message>
        <source>Log messages automatically in CallDock</source>
        <translation>Nachrichten automatisch in CallDock protokollieren</translation>
    </message>
</context>
<context>
    <name>AutoStart</name>
    <message>
        <source>Phone and call logging</source>
        <translation>Telefon und Anrufprotokollierung</translation>
    </message>
    <message>
        <source>CallDock could not create %1: %2</source>
        <translation>CallDock konnte %1 nicht anlegen: %2</translation>
    </message>
    <message>
        <source>CallDock could not remove %1: %2</source>
        <translation>CallDock konnte %1 nicht entfernen: %2</translation>
    </message>
    <message>
        <source>CallDock could not change the Windows start-up list.</source>
        <translation>CallDock konnte die Windows-Autostartliste nicht ändern.</translation>
    </message>
</context>
<context>
    <name>CallExporter</name>
    <message>
        <source>Cannot read the calls: %1</source>
        <translation>Die Anrufe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>CallHistoryFilterBar</name>
    <message>
        <source>&amp;Any date</source>
        <translation>Be&amp;liebiges Datum</translation>
    </message>
    <message>
        <source>&amp;Missed</source>
        <comment>filter: only missed calls</comment>
        <translation>Ver&amp;passt</translation>
    </message>
    <message>
        <source>With &amp;recording</source>
        <translation>Mit Auf&amp;zeichnung</translation>
    </message>
    <message>
        <source>With &amp;note</source>
        <translation>Mit &amp;Notiz</translation>
    </message>
    <message>
        <source>Search name, number, subject or note</source>
        <translation>Name, Nummer, Betreff oder Notiz suchen</translation>
    </message>
    <message>
        <source>Search calls</source>
        <translation>Anrufe suchen</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Alle Richtungen</translation>
    </message>
    <message>
        <source>Inbound</source>
        <extracomment>Filter: only calls the user received.</extracomment>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <extracomment>Filter: only calls the user made.</extracomment>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>start of a date range</comment>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>end of a date range</comment>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Any call</source>
        <extracomment>History filter: calls regardless of follow-ups.</extracomment>
        <translation>Alle Anrufe</translation>
    </message>
    <message>
        <source>All follow-ups</source>
        <translation>Alle Wiedervorlagen</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <extracomment>History filter: open follow-ups whose time has not come yet.</extracomment>
        <translation>Anstehende Wiedervorlagen</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Überfällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Erledigte Wiedervorlagen</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove the filters set by Activity</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove these filters</source>
        <translation>Diese Filter entfernen</translation>
    </message>
    <message>
        <source>only calls with %1</source>
        <extracomment>A filter set from Activity: only the calls with this number (or name).</extracomment>
        <translation>nur Anrufe mit %1</translation>
    </message>
    <message>
        <source>only inbound calls that were not missed</source>
        <translation>nur eingehende Anrufe, die nicht verpasst wurden</translation>
    </message>
</context>
<context>
    <name>CallHistoryModel</name>
    <message>
        <source>Cannot read the call history: %1</source>
        <translation>Der Anrufverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>subject — first line of the note</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>state of a recording download</comment>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>Download: %1 %</translation>
    </message>
    <message>
        <source>Downloading</source>
        <comment>state of a recording download</comment>
        <translation>Download läuft</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>state of a recording download</comment>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>state of a recording download</comment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>state of a recording download</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>phone number</comment>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>Column: how the call ended (answered, missed, voicemail…).</extracomment>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Subject / note</source>
        <translation>Betreff / Notiz</translation>
    </message>
    <message>
        <source>Recording</source>
        <extracomment>Column: state of the call&apos;s audio recording.</extracomment>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>Follow-up done (%1)</source>
        <extracomment>In the history&apos;s note column: a follow-up and its due time.</extracomment>
        <translation>Wiedervorlage erledigt (%1)</translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation>Wiedervorlage %1</translation>
    </message>
</context>
<context>
    <name>CallHistoryReader</name>
    <message>
        <source>The call database %1 does not exist.</source>
        <translation>Die Anrufdatenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a call database.</source>
        <translation>%1 ist keine Anrufdatenbank.</translation>
    </message>
    <message>
        <source>Cannot open the call database %1: %2</source>
        <translation>Die Anrufdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the call database %1: %2</source>
        <translation>Die Anrufdatenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The call database %1 was created by a newer version of CallDock.</source>
        <translation>Die Anrufdatenbank %1 wurde von einer neueren Version von CallDock erstellt.</translation>
    </message>
    <message>
        <source>The call database %1 has to be upgraded by CallDock before it can be read. Start CallDock once.</source>
        <translation>Die Anrufdatenbank %1 muss erst von CallDock aktualisiert werden, bevor sie gelesen werden kann. Starten Sie CallDock einmal.</translation>
    </message>
    <message>
        <source>The call database is not open.</source>
        <translation>Die Anrufdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Internal error: the call database was used from the wrong thread.</source>
        <translation>Interner Fehler: Die Anrufdatenbank wurde aus dem falschen Thread verwendet.</translation>
    </message>
</context>
<context>
    <name>CallHistoryWindow</name>
    <message>
        <source>Call History — CallDock</source>
        <translation>Anrufverlauf — CallDock</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>Notiz &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Call &amp;Back</source>
        <translation>&amp;Zurückrufen</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Play Recording</source>
        <translation>Aufzeichnung &amp;abspielen</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Show Recording in &amp;Folder</source>
        <translation>Aufzeichnung im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy Number</source>
        <translation>Nummer &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete Log…</source>
        <translation>Protokoll &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <comment>menu title</comment>
        <translation>&amp;Anruf</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>An&amp;sicht</translation>
    </message>
    <message>
        <source>Call actions</source>
        <translation>Anrufaktionen</translation>
    </message>
    <message>
        <source>This call is not logged.</source>
        <translation>Dieser Anruf ist nicht protokolliert.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) match</source>
        <translation>
            <numerusform>%n passender Anruf</numerusform>
            <numerusform>%n passende Anrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Anruf</numerusform>
            <numerusform>%n Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>The recording cannot be opened.</source>
        <translation>Die Aufzeichnung kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The folder cannot be opened.</source>
        <translation>Der Ordner kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>Delete Log</source>
        <translation>Protokoll löschen</translation>
    </message>
    <message>
        <source>Delete the log of this call with %1?</source>
        <translation>Das Protokoll dieses Anrufs mit %1 löschen?</translation>
    </message>
    <message>
        <source>Its subject, note and recording record are removed from CallDock. The phone then shows the call as not logged.</source>
        <translation>Betreff, Notiz und Aufzeichnungseintrag werden aus CallDock entfernt. Das Telefon zeigt den Anruf danach als nicht protokolliert an.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>%n Anruf nach %1 exportiert.</numerusform>
            <numerusform>%n Anrufe nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>calls-%1.csv</source>
        <translation>anrufe-%1.csv</translation>
    </message>
    <message>
        <source>Export Calls</source>
        <translation>Anrufe exportieren</translation>
    </message>
    <message>
        <source>Exporting calls</source>
        <translation>Anrufe werden exportiert</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Exporting calls to %1…</source>
        <translation>Anrufe werden nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Follow-up D&amp;one</source>
        <translation>Wiedervorlage &amp;erledigt</translation>
    </message>
</context>
<context>
    <name>CallLogger</name>
    <message>
        <source>Note being written in CallDock</source>
        <translation>Notiz wird in CallDock geschrieben</translation>
    </message>
    <message>
        <source>CallDock could not save this call yet: %1</source>
        <translation>CallDock konnte diesen Anruf noch nicht speichern: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>The note shown in the phone for a logged call: outcome, then the note.</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>CallStore</name>
    <message>
        <source>The call database %1 does not exist.</source>
        <translation>Die Anrufdatenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file is not a database.</source>
        <translation>Die Datei ist keine Datenbank.</translation>
    </message>
    <message>
        <source>The call database %1 is damaged: %2</source>
        <translation>Die Anrufdatenbank %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The call database %1 has to be upgraded by CallDock before it can be read.</source>
        <translation>Die Anrufdatenbank %1 muss erst von CallDock aktualisiert werden, bevor sie gelesen werden kann.</translation>
    </message>
    <message>
        <source>Cannot open the call database %1: %2</source>
        <translation>Die Anrufdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The call database cannot be used: %1</source>
        <translation>Die Anrufdatenbank kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>No call database file was given.</source>
        <translation>Es wurde keine Datei für die Anrufdatenbank angegeben.</translation>
    </message>
    <message>
        <source>The call database %1 is a folder, not a file.</source>
        <translation>Die Anrufdatenbank %1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; CallDock cannot keep its call database there.</source>
        <translation>Der Ordner %1 ist schreibgeschützt; CallDock kann seine Anrufdatenbank dort nicht ablegen.</translation>
    </message>
    <message>
        <source>The call database %1 is read-only.</source>
        <translation>Die Anrufdatenbank %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Cannot create the call database %1: %2</source>
        <translation>Die Anrufdatenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the call database %1 to your user account.</source>
        <translation>Der Zugriff auf die Anrufdatenbank %1 kann nicht auf Ihr Benutzerkonto beschränkt werden.</translation>
    </message>
    <message>
        <source>The call database %1 is damaged and cannot be moved aside.</source>
        <translation>Die Anrufdatenbank %1 ist beschädigt und kann nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The file %1 of the damaged call database cannot be moved aside.</source>
        <translation>Die Datei %1 der beschädigten Anrufdatenbank kann nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>Cannot switch the call database to WAL mode</source>
        <translation>Die Anrufdatenbank kann nicht in den WAL-Modus geschaltet werden</translation>
    </message>
    <message>
        <source>The call database %1 cannot use WAL mode (got &quot;%2&quot;).</source>
        <translation>Die Anrufdatenbank %1 kann den WAL-Modus nicht verwenden (erhalten: „%2“).</translation>
    </message>
    <message>
        <source>Cannot configure the call database</source>
        <translation>Die Anrufdatenbank kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>This SQLite library does not support foreign keys.</source>
        <translation>Diese SQLite-Bibliothek unterstützt keine Fremdschlüssel.</translation>
    </message>
    <message>
        <source>Cannot check the call database</source>
        <translation>Die Anrufdatenbank kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>Cannot start upgrading the call database: %1</source>
        <translation>Die Aktualisierung der Anrufdatenbank kann nicht beginnen: %1</translation>
    </message>
    <message>
        <source>Cannot read the version of the call database.</source>
        <translation>Die Version der Anrufdatenbank kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The call database was created by a newer version of CallDock (schema %1, this version understands up to %2).</source>
        <translation>Die Anrufdatenbank wurde von einer neueren Version von CallDock erstellt (Schema %1, diese Version versteht bis %2).</translation>
    </message>
    <message>
        <source>Cannot upgrade the call database to version %1: %2</source>
        <translation>Die Anrufdatenbank kann nicht auf Version %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot record the call database version: %1</source>
        <translation>Die Version der Anrufdatenbank kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot finish upgrading the call database: %1</source>
        <translation>Die Aktualisierung der Anrufdatenbank kann nicht abgeschlossen werden: %1</translation>
    </message>
</context>
<context>
    <name>CallText</name>
    <message>
        <source>Inbound</source>
        <extracomment>Direction of a call: the other party called the user.</extracomment>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <extracomment>Direction of a call: the user called the other party.</extracomment>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>call direction</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation>eine unbekannte Nummer</translation>
    </message>
    <message>
        <source>Inbound call from %1</source>
        <translation>Eingehender Anruf von %1</translation>
    </message>
    <message>
        <source>Outbound call to %1</source>
        <translation>Ausgehender Anruf an %1</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Anruf mit %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>start time of a call</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>long date, short time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>duration of a call</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation>Aufgelegt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>result of a call</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Whether the call has a recording.</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A caller in a notification: name (phone number).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CatchUpService</name>
    <message>
        <source>Catching up stopped because you signed out.</source>
        <translation>Das Nachtragen wurde angehalten, weil Sie sich abgemeldet haben.</translation>
    </message>
    <message>
        <source>Catching up stopped because the phone reloaded.</source>
        <translation>Das Nachtragen wurde angehalten, weil das Telefon neu geladen wurde.</translation>
    </message>
    <message>
        <source>Could not get the un-logged calls from the phone: %1</source>
        <translation>Die nicht protokollierten Anrufe konnten nicht vom Telefon abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Could not save the caught-up calls: %1</source>
        <translation>Die nachgetragenen Anrufe konnten nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n page(s) of un-logged calls; the rest follows in the next run.</source>
        <translation>
            <numerusform>Nach %n Seite nicht protokollierter Anrufe angehalten; der Rest folgt beim nächsten Durchlauf.</numerusform>
            <numerusform>Nach %n Seiten nicht protokollierter Anrufe angehalten; der Rest folgt beim nächsten Durchlauf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 can only be used with --export.</source>
        <translation>--%1 kann nur zusammen mit --export verwendet werden.</translation>
    </message>
    <message>
        <source>--export: the file name is empty (use - for the standard output).</source>
        <translation>--export: Der Dateiname ist leer (verwenden Sie - für die Standardausgabe).</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not a format; use csv or json.</source>
        <translation>--format: „%1“ ist kein Format; verwenden Sie csv oder json.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; use YYYY-MM-DD or an ISO 8601 date and time such as 2024-03-01T14:30:00Z.</source>
        <translation>--%1: „%2“ ist kein Datum; verwenden Sie JJJJ-MM-TT oder Datum und Uhrzeit nach ISO 8601, etwa 2024-03-01T14:30:00Z.</translation>
    </message>
    <message>
        <source>--since must be before --until.</source>
        <translation>--since muss vor --until liegen.</translation>
    </message>
    <message>
        <source>CallDock hosts the RingCentral Embeddable phone and logs every call to a local database.</source>
        <translation>CallDock bindet das RingCentral-Embeddable-Telefon ein und protokolliert jeden Anruf in einer lokalen Datenbank.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Load the widget from URL (its app.html) instead of the configured channel.</source>
        <translation>Das Widget von URL (seiner app.html) statt aus dem eingestellten Kanal laden.</translation>
    </message>
    <message>
        <source>Use the RingCentral app client ID.</source>
        <translation>Diese Client-ID der RingCentral-App verwenden.</translation>
    </message>
    <message>
        <source>Use the RingCentral platform at URL (https), e.g. the sandbox https://platform.devtest.ringcentral.com.</source>
        <translation>Die RingCentral-Plattform unter URL (https) verwenden, z. B. die Sandbox https://platform.devtest.ringcentral.com.</translation>
    </message>
    <message>
        <source>Keep everything CallDock writes (settings, web profile, database, recordings, logs) in DIR.</source>
        <translation>Alles, was CallDock schreibt (Einstellungen, Webprofil, Datenbank, Aufzeichnungen, Protokolldateien), in DIR ablegen.</translation>
    </message>
    <message>
        <source>Start without showing the window.</source>
        <translation>Starten, ohne das Fenster anzuzeigen.</translation>
    </message>
    <message>
        <source>Log debug messages to the terminal and the log file.</source>
        <translation>Debug-Meldungen im Terminal und in der Protokolldatei ausgeben.</translation>
    </message>
    <message>
        <source>Write the call log to FILE (- for the standard output) and exit. Works while CallDock runs.</source>
        <translation>Das Anrufprotokoll in FILE schreiben (- für die Standardausgabe) und beenden. Funktioniert auch, während CallDock läuft.</translation>
    </message>
    <message>
        <source>Export format: csv or json (default: from the file name, else csv).</source>
        <translation>Exportformat: csv oder json (Standard: nach dem Dateinamen, sonst csv).</translation>
    </message>
    <message>
        <source>Export only calls that started on or after DATE (YYYY-MM-DD in local time, or an ISO 8601 date and time).</source>
        <translation>Nur Anrufe exportieren, die am oder nach DATE begonnen haben (JJJJ-MM-TT in Ortszeit oder Datum und Uhrzeit nach ISO 8601).</translation>
    </message>
    <message>
        <source>Export only calls that started on or before DATE (a YYYY-MM-DD date includes the whole day, in local time).</source>
        <translation>Nur Anrufe exportieren, die am oder vor DATE begonnen haben (ein Datum JJJJ-MM-TT schließt den ganzen Tag in Ortszeit ein).</translation>
    </message>
    <message>
        <source>A tel: or callto: URL to dial, e.g. tel:+15551234567.</source>
        <translation>Eine tel:- oder callto:-URL, die gewählt werden soll, z. B. tel:+15551234567.</translation>
    </message>
    <message>
        <source>--data-dir: the folder name is empty.</source>
        <translation>--data-dir: Der Ordnername ist leer.</translation>
    </message>
    <message>
        <source>--data-dir: %1 exists and is not a folder.</source>
        <translation>--data-dir: %1 existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <source>--export cannot be combined with a URL to dial.</source>
        <translation>--export kann nicht mit einer zu wählenden URL kombiniert werden.</translation>
    </message>
    <message>
        <source>Only one tel: or callto: URL can be given.</source>
        <translation>Es kann nur eine tel:- oder callto:-URL angegeben werden.</translation>
    </message>
    <message>
        <source>%1 is not a tel: or callto: URL with a phone number.</source>
        <translation>%1 ist keine tel:- oder callto:-URL mit einer Telefonnummer.</translation>
    </message>
    <message>
        <source>Try &apos;calldock --help&apos; for more information.</source>
        <translation>Weitere Informationen mit „calldock --help“.</translation>
    </message>
</context>
<context>
    <name>DataSettingsPage</name>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Call log database</source>
        <translation>Anrufprotokoll-Datenbank</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Den Datenordner öffnen</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Call log:</source>
        <translation>Anrufprotokoll:</translation>
    </message>
    <message>
        <source>The call log, notes, recordings and the phone&apos;s sign-in live in this folder and stay on this computer. Back it up like any other personal data.</source>
        <translation>Anrufprotokoll, Notizen, Aufzeichnungen und die Anmeldung des Telefons liegen in diesem Ordner und bleiben auf diesem Computer. Sichern Sie ihn wie andere persönliche Daten.</translation>
    </message>
    <message>
        <source>To use another folder, start CallDock with: %1</source>
        <extracomment>%1 is the command line option, e.g. &quot;--data-dir FOLDER&quot;.</extracomment>
        <translation>Für einen anderen Ordner CallDock so starten: %1</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>ORDNER</translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <source>Show/Hide CallDock</source>
        <translation>CallDock ein-/ausblenden</translation>
    </message>
    <message>
        <source>Auto log calls</source>
        <translation>Anrufe automatisch protokollieren</translation>
    </message>
    <message>
        <source>Call history…</source>
        <translation>Anrufverlauf…</translation>
    </message>
    <message>
        <source>Catch up un-logged calls now</source>
        <translation>Nicht protokollierte Anrufe jetzt nachtragen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Activity…</source>
        <translation>Aktivität…</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft belongs to no call.</source>
        <translation>Der Entwurf gehört zu keinem Anruf.</translation>
    </message>
    <message>
        <source>Cannot save the draft to %1: %2</source>
        <translation>Der Entwurf kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot delete the draft %1.</source>
        <translation>Der Entwurf %1 kann nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Cannot write to the standard output: %1</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>%n Anruf nach %1 exportiert.</numerusform>
            <numerusform>%n Anrufe nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpScheduler</name>
    <message>
        <source>Call back %1</source>
        <translation>%1 zurückrufen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Due %1, while CallDock was closed.</source>
        <extracomment>A follow-up reminder whose time passed while CallDock was not running.</extracomment>
        <translation>Fällig am %1, während CallDock geschlossen war.</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Zurückrufen</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>In %n Min. erneut erinnern</numerusform>
            <numerusform>In %n Min. erneut erinnern</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed follow-up</source>
        <translation>Verpasste Wiedervorlage</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Wiedervorlage fällig</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Start-up and window</source>
        <translation>Start und Fenster</translation>
    </message>
    <message>
        <source>Start CallDock when I &amp;log in</source>
        <translation>CallDock bei der Anmeldung s&amp;tarten</translation>
    </message>
    <message>
        <source>Start &amp;minimized</source>
        <translation>&amp;Minimiert starten</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps CallDock running in the tray</source>
        <translation>&amp;Beim Schließen des Fensters läuft CallDock im Infobereich weiter</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits CallDock.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich; das Schließen des Fensters beendet CallDock.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show a notification for &amp;incoming calls</source>
        <translation>Benachrichtigung bei &amp;eingehenden Anrufen</translation>
    </message>
    <message>
        <source>Show a notification when calls cannot be &amp;saved</source>
        <translation>Benachrichtigung, wenn Anrufe nicht gespeichert werden &amp;können</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>A new language takes effect after CallDock restarts.</source>
        <translation>Eine neue Sprache wird nach einem Neustart von CallDock wirksam.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>Call history</source>
        <translation>Anrufverlauf</translation>
    </message>
    <message>
        <source>The call history cannot be opened: %1</source>
        <translation>Der Anrufverlauf kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Zurückrufen</translation>
    </message>
    <message>
        <source>%1 is not a number the phone can dial.</source>
        <translation>%1 ist keine Nummer, die das Telefon wählen kann.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>This call is no longer in the call log.</source>
        <translation>Dieser Anruf ist nicht mehr im Anrufprotokoll.</translation>
    </message>
    <message>
        <source>Delete log</source>
        <translation>Protokoll löschen</translation>
    </message>
    <message>
        <source>The log could not be deleted: %1</source>
        <translation>Das Protokoll konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>The follow-up could not be changed: %1</source>
        <translation>Die Wiedervorlage konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>LoadErrorPanel</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>The phone could not be loaded</source>
        <translation>Das Telefon konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Retry loading the phone</source>
        <translation>Laden des Telefons erneut versuchen</translation>
    </message>
    <message>
        <source>The widget did not respond.</source>
        <translation>Das Telefon hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Neuer Versuch…</translation>
    </message>
    <message numerus="yes">
        <source>CallDock tries again in %n second(s).</source>
        <translation>
            <numerusform>CallDock versucht es in %n Sekunde erneut.</numerusform>
            <numerusform>CallDock versucht es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Call</source>
        <comment>title of the box with the facts of the call</comment>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Number:</source>
        <comment>phone number</comment>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Aufzeichnung:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the note, Esc cancels.</source>
        <translation>Strg+Eingabe speichert die Notiz, Esc bricht ab.</translation>
    </message>
    <message>
        <source>What was the call about?</source>
        <translation>Worum ging es im Gespräch?</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Save error</source>
        <translation>Fehler beim Speichern</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>Notiz speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Ohne Speichern schließen (Esc)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Shown instead of the other party&apos;s name or phone number when the phone did not send it.</extracomment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Edit call log — %1</source>
        <translation>Anrufprotokoll bearbeiten — %1</translation>
    </message>
    <message>
        <source>Log call — %1</source>
        <translation>Anruf protokollieren — %1</translation>
    </message>
    <message>
        <source>Restored the text you had not saved (%1).</source>
        <translation>Der nicht gespeicherte Text wurde wiederhergestellt (%1).</translation>
    </message>
</context>
<context>
    <name>LoggingSettingsPage</name>
    <message>
        <source>&amp;Log every call automatically</source>
        <translation>Jeden Anruf automatisch &amp;protokollieren</translation>
    </message>
    <message>
        <source>&amp;Download call recordings</source>
        <translation>Gesprächsaufzeichnungen &amp;herunterladen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Where call notes are taken</source>
        <translation>Wo Anrufnotizen erfasst werden</translation>
    </message>
    <message>
        <source>In CallDock&apos;s Log call window</source>
        <translation>Im CallDock-Fenster „Anruf protokollieren“</translation>
    </message>
    <message>
        <source>On the phone&apos;s own log page</source>
        <translation>Auf der Protokollseite des Telefons</translation>
    </message>
    <message>
        <source>Don&apos;t ask for notes</source>
        <translation>Nicht nach Notizen fragen</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>Aufzeichnungsordner</translation>
    </message>
    <message>
        <source>Choose the recordings folder</source>
        <translation>Aufzeichnungsordner wählen</translation>
    </message>
    <message>
        <source>The same switch appears in the phone&apos;s settings; both always show the same choice.</source>
        <translation>Derselbe Schalter erscheint in den Einstellungen des Telefons; beide zeigen immer dieselbe Wahl.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>O&amp;rdner:</translation>
    </message>
    <message>
        <source>Leave the folder empty to keep recordings in CallDock&apos;s data folder.</source>
        <translation>Lassen Sie den Ordner leer, um Aufzeichnungen im Datenordner von CallDock abzulegen.</translation>
    </message>
    <message>
        <source>Enter a complete folder path, such as %1.</source>
        <translation>Geben Sie einen vollständigen Ordnerpfad ein, etwa %1.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Das ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>CallDock cannot write to this folder.</source>
        <translation>CallDock kann in diesen Ordner nicht schreiben.</translation>
    </message>
    <message>
        <source>Folder for call recordings</source>
        <translation>Ordner für Gesprächsaufzeichnungen</translation>
    </message>
    <message>
        <source>Log &amp;messages automatically (SMS, voicemail, fax)</source>
        <translation>Nachrichten &amp;automatisch protokollieren (SMS, Voicemail, Fax)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CallDock</source>
        <translation>CallDock</translation>
    </message>
    <message>
        <source>RingCentral phone</source>
        <translation>RingCentral-Telefon</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Call &amp;History…</source>
        <translation>&amp;Anrufverlauf…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CallDock</source>
        <translation>Ü&amp;ber CallDock</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Activity…</source>
        <translation>A&amp;ktivität…</translation>
    </message>
</context>
<context>
    <name>MessageLogger</name>
    <message>
        <source>Note being written in CallDock</source>
        <translation>Notiz wird in CallDock geschrieben</translation>
    </message>
    <message>
        <source>CallDock could not save these messages yet</source>
        <translation>CallDock konnte diese Nachrichten noch nicht speichern</translation>
    </message>
</context>
<context>
    <name>PhoneSettingsPage</name>
    <message>
        <source>Widget version</source>
        <translation>Widget-Version</translation>
    </message>
    <message>
        <source>Latest release</source>
        <translation>Neueste Version</translation>
    </message>
    <message>
        <source>Version 3.x</source>
        <translation>Version 3.x</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Eigene Adresse</translation>
    </message>
    <message>
        <source>Custom widget address</source>
        <translation>Eigene Widget-Adresse</translation>
    </message>
    <message>
        <source>https://example.com/embeddable/app.html</source>
        <translation>https://example.com/embeddable/app.html</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Empty: the widget&apos;s own demo client</source>
        <translation>Leer: der Demo-Client des Widgets</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Sandbox (developer)</source>
        <translation>Sandbox (Entwicklung)</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Eigener Server</translation>
    </message>
    <message>
        <source>Custom platform address</source>
        <translation>Eigene Plattform-Adresse</translation>
    </message>
    <message>
        <source>https://platform.example.com</source>
        <translation>https://platform.example.com</translation>
    </message>
    <message>
        <source>&amp;Widget:</source>
        <translation>&amp;Widget:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>The phone reloads to use changes made on this page; CallDock asks before it does, because a reload ends a call in progress.</source>
        <translation>Das Telefon wird neu geladen, um Änderungen auf dieser Seite zu übernehmen. CallDock fragt vorher nach, denn ein Neuladen beendet ein laufendes Gespräch.</translation>
    </message>
</context>
<context>
    <name>PopupWindow</name>
    <message>
        <source>Sign in — CallDock</source>
        <translation>Anmelden — CallDock</translation>
    </message>
    <message>
        <source>Sign in at %1 — CallDock</source>
        <translation>Bei %1 anmelden — CallDock</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>RecordingDownload</name>
    <message>
        <source>The recording could not be saved in %1: %2</source>
        <translation>Die Aufzeichnung konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The server sent an empty recording.</source>
        <translation>Der Server hat eine leere Aufzeichnung gesendet.</translation>
    </message>
    <message>
        <source>The download was incomplete: %1 of %2 bytes arrived.</source>
        <translation>Der Download war unvollständig: %1 von %2 Bytes sind angekommen.</translation>
    </message>
    <message>
        <source>The recording could not be saved as %1: %2</source>
        <translation>Die Aufzeichnung konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The download link has expired.</source>
        <translation>Der Download-Link ist abgelaufen.</translation>
    </message>
    <message>
        <source>The server no longer has this recording (HTTP %1).</source>
        <translation>Der Server hat diese Aufzeichnung nicht mehr (HTTP %1).</translation>
    </message>
    <message>
        <source>The server could not send the recording right now (HTTP %1).</source>
        <translation>Der Server konnte die Aufzeichnung gerade nicht senden (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the download (HTTP %1).</source>
        <translation>Der Server hat den Download abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The server redirected the download in a loop or to an unsafe address.</source>
        <translation>Der Server hat den Download in einer Schleife oder an eine unsichere Adresse umgeleitet.</translation>
    </message>
    <message>
        <source>The recording address is not supported.</source>
        <translation>Die Adresse der Aufzeichnung wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The server %1 could not be found.</source>
        <translation>Der Server %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>Der Server %1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The connection to %1 failed before the recording was complete.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen, bevor die Aufzeichnung vollständig war.</translation>
    </message>
    <message>
        <source>The disk is full: the recording could not be saved in %1.</source>
        <translation>Der Datenträger ist voll: Die Aufzeichnung konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The recording could not be written to %1. Check the free space and the permissions of that folder.</source>
        <translation>Die Aufzeichnung konnte nicht nach %1 geschrieben werden. Prüfen Sie den freien Speicherplatz und die Berechtigungen dieses Ordners.</translation>
    </message>
    <message>
        <source>The server %1 stopped sending data before the recording was complete.</source>
        <translation>Der Server %1 hat keine Daten mehr gesendet, bevor die Aufzeichnung vollständig war.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>Der Server %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted, so the recording was not downloaded. Check the system&apos;s date and certificates, or a proxy that intercepts secure connections.</source>
        <translation>Das Zertifikat von %1 ist nicht vertrauenswürdig, daher wurde die Aufzeichnung nicht heruntergeladen. Prüfen Sie Datum und Zertifikate des Systems oder einen Proxy, der sichere Verbindungen abfängt.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be established.</source>
        <translation>Es konnte keine sichere (TLS-)Verbindung zu %1 hergestellt werden.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection before the recording was complete.</source>
        <translation>Der Server %1 hat die Verbindung geschlossen, bevor die Aufzeichnung vollständig war.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection without sending the recording.</source>
        <translation>Der Server %1 hat die Verbindung geschlossen, ohne die Aufzeichnung zu senden.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>Das Netzwerk ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The proxy server could not be used.</source>
        <translation>Der Proxyserver konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>RecordingFetcher</name>
    <message>
        <source>The download link expired and no new one could be obtained. Open the recording in the browser instead.</source>
        <translation>Der Download-Link ist abgelaufen, und es konnte kein neuer abgerufen werden. Öffnen Sie die Aufzeichnung stattdessen im Browser.</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) waiting to download</source>
        <translation>
            <numerusform>%n Aufzeichnung wartet auf den Download</numerusform>
            <numerusform>%n Aufzeichnungen warten auf den Download</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) downloading, %1%</source>
        <translation>
            <numerusform>%n Aufzeichnung wird heruntergeladen, %1 %</numerusform>
            <numerusform>%n Aufzeichnungen werden heruntergeladen, %1 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) downloading</source>
        <translation>
            <numerusform>%n Aufzeichnung wird heruntergeladen</numerusform>
            <numerusform>%n Aufzeichnungen werden heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n more waiting)</source>
        <translation>
            <numerusform>%1 (%n weitere wartet)</numerusform>
            <numerusform>%1 (%n weitere warten)</numerusform>
        </translation>
    </message>
    <message>
        <source>No folder for recordings is set. Choose one in the settings.</source>
        <translation>Es ist kein Ordner für Aufzeichnungen festgelegt. Wählen Sie einen in den Einstellungen.</translation>
    </message>
    <message>
        <source>The recordings folder %1 cannot be created. Choose another folder in the settings.</source>
        <translation>Der Aufzeichnungsordner %1 kann nicht angelegt werden. Wählen Sie in den Einstellungen einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>RecordingsController</name>
    <message>
        <source>Recording not downloaded</source>
        <translation>Aufzeichnung nicht heruntergeladen</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The widget address must be a complete URL such as https://example.com/embeddable/app.html.</source>
        <translation>Die Widget-Adresse muss eine vollständige URL sein, etwa https://example.com/embeddable/app.html.</translation>
    </message>
    <message>
        <source>The widget address must start with https:// (http:// is allowed only for localhost).</source>
        <translation>Die Widget-Adresse muss mit https:// beginnen (http:// ist nur für localhost erlaubt).</translation>
    </message>
    <message>
        <source>The platform address must be a complete URL starting with https://, such as https://platform.devtest.ringcentral.com.</source>
        <translation>Die Plattform-Adresse muss eine vollständige URL sein, die mit https:// beginnt, etwa https://platform.devtest.ringcentral.com.</translation>
    </message>
    <message>
        <source>A client ID contains only letters, digits, &apos;-&apos; and &apos;_&apos; (up to 128 characters).</source>
        <translation>Eine Client-ID enthält nur Buchstaben, Ziffern, „-“ und „_“ (bis zu 128 Zeichen).</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interessiert</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Kein Interesse</translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation>Voicemail hinterlassen</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>CallDock Settings</source>
        <translation>CallDock-Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Call logging</source>
        <translation>Anrufprotokollierung</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>CallDock could not write its settings file %1. The changes last until CallDock quits.</source>
        <translation>CallDock konnte seine Einstellungsdatei %1 nicht schreiben. Die Änderungen gelten nur, bis CallDock beendet wird.</translation>
    </message>
    <message>
        <source>Reload the phone?</source>
        <translation>Telefon neu laden?</translation>
    </message>
    <message>
        <source>The phone must reload to use the new settings. Reload now?</source>
        <translation>Das Telefon muss neu geladen werden, um die neuen Einstellungen zu verwenden. Jetzt neu laden?</translation>
    </message>
    <message>
        <source>A reload ends a call in progress. With Later, the new settings are used the next time CallDock starts.</source>
        <translation>Ein Neuladen beendet ein laufendes Gespräch. Mit „Später“ gelten die neuen Einstellungen ab dem nächsten Start von CallDock.</translation>
    </message>
    <message>
        <source>&amp;Reload now</source>
        <translation>Jetzt &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>CallDock cannot write its lock file %1 (permission denied).</source>
        <translation>CallDock kann seine Sperrdatei %1 nicht schreiben (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>CallDock cannot create its lock file %1.</source>
        <translation>CallDock kann seine Sperrdatei %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>CallDock is already running for this data folder but does not answer.</source>
        <translation>CallDock läuft bereits für diesen Datenordner, antwortet aber nicht.</translation>
    </message>
    <message>
        <source>Could not hand the request to the running CallDock.</source>
        <translation>Die Anfrage konnte nicht an das laufende CallDock übergeben werden.</translation>
    </message>
    <message>
        <source>The running CallDock did not confirm the request.</source>
        <translation>Das laufende CallDock hat die Anfrage nicht bestätigt.</translation>
    </message>
</context>
<context>
    <name>StoreErrorText</name>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>Another program is holding the call database.</source>
        <translation>Ein anderes Programm blockiert die Anrufdatenbank.</translation>
    </message>
    <message>
        <source>The call database cannot be written (read-only or no permission).</source>
        <translation>Die Anrufdatenbank kann nicht beschrieben werden (schreibgeschützt oder keine Berechtigung).</translation>
    </message>
    <message>
        <source>The call database is not open.</source>
        <translation>Die Anrufdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The call database is damaged.</source>
        <translation>Die Anrufdatenbank ist beschädigt.</translation>
    </message>
    <message>
        <source>The disk holding the call database reported a read or write error.</source>
        <translation>Der Datenträger mit der Anrufdatenbank hat einen Lese- oder Schreibfehler gemeldet.</translation>
    </message>
    <message>
        <source>The call database cannot be opened.</source>
        <translation>Die Anrufdatenbank kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>This call is not logged.</source>
        <translation>Dieser Anruf ist nicht protokolliert.</translation>
    </message>
    <message>
        <source>The widget sent a call CallDock cannot log (it has no session id).</source>
        <translation>Das Telefon hat einen Anruf gesendet, den CallDock nicht protokollieren kann (er hat keine Sitzungs-ID).</translation>
    </message>
    <message>
        <source>The call database belongs to a different version of CallDock.</source>
        <translation>Die Anrufdatenbank gehört zu einer anderen Version von CallDock.</translation>
    </message>
    <message>
        <source>The call database reported an error.</source>
        <translation>Die Anrufdatenbank hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Call in progress</source>
        <translation>Gespräch läuft</translation>
    </message>
    <message>
        <source>Calls are not being saved</source>
        <translation>Anrufe werden nicht gespeichert</translation>
    </message>
    <message>
        <source>CallDock — %1</source>
        <translation>CallDock — %1</translation>
    </message>
    <message>
        <source>Last logged: none yet</source>
        <translation>Zuletzt protokolliert: noch keiner</translation>
    </message>
    <message>
        <source>Last logged: %1</source>
        <translation>Zuletzt protokolliert: %1</translation>
    </message>
    <message>
        <source>Last logged: %1, %2</source>
        <extracomment>Tray tooltip: %1 is the other party of the last logged call, %2 its time or date.</extracomment>
        <translation>Zuletzt protokolliert: %1, %2</translation>
    </message>
</context>
<context>
    <name>WidgetBridge</name>
    <message>
        <source>The phone reloaded before it answered.</source>
        <translation>Das Telefon wurde neu geladen, bevor es geantwortet hat.</translation>
    </message>
    <message>
        <source>The phone did not answer in time.</source>
        <translation>Das Telefon hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The phone sent an unreadable list of calls (%1).</source>
        <translation>Das Telefon hat eine unlesbare Anrufliste gesendet (%1).</translation>
    </message>
    <message>
        <source>The phone sent an unreadable call (%1).</source>
        <translation>Das Telefon hat einen unlesbaren Anruf gesendet (%1).</translation>
    </message>
</context>
<context>
    <name>WidgetLoader</name>
    <message numerus="yes">
        <source>The phone did not start within %n seconds.</source>
        <translation>
            <numerusform>Das Telefon ist nicht innerhalb von %n Sekunde gestartet.</numerusform>
            <numerusform>Das Telefon ist nicht innerhalb von %n Sekunden gestartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>CallDock could not open its own page.</source>
        <translation>CallDock konnte seine eigene Seite nicht öffnen.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2).</source>
        <translation>Der Server antwortete mit HTTP %1 (%2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CallDock cannot start</source>
        <translation>CallDock kann nicht starten</translation>
    </message>
</context>
</TS>
