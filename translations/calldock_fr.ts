<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityChartPanel</name>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (tableau)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <source>Save Chart as &amp;Image…</source>
        <translation>Enregistrer le graphique en &amp;image…</translation>
    </message>
    <message>
        <source>Save &amp;Data as CSV…</source>
        <translation>Enregistrer les &amp;données en CSV…</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>l&apos;image n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>Save Chart as Image</source>
        <translation>Enregistrer le graphique en image</translation>
    </message>
    <message>
        <source>Save Chart Data</source>
        <translation>Enregistrer les données du graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Fichier %1 enregistré.</translation>
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
        <translation>Entrants</translation>
    </message>
    <message>
        <source>Outbound</source>
        <extracomment>Calls per day chart: calls the user made.</extracomment>
        <translation>Sortants</translation>
    </message>
    <message>
        <source>Missed</source>
        <extracomment>Calls per day chart: inbound calls nobody took (missed or to voicemail).</extracomment>
        <translation>Manqués</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n appel</numerusform>
            <numerusform>%n appels</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a day on average</source>
        <translation>%1 par jour en moyenne</translation>
    </message>
    <message>
        <source>%1 inbound, %2 outbound, %3 missed (%4)</source>
        <translation>%1 entrants, %2 sortants, %3 manqués (%4)</translation>
    </message>
    <message>
        <source>Talk time (hours)</source>
        <translation>Temps de conversation (heures)</translation>
    </message>
    <message>
        <source>Talk time (minutes)</source>
        <translation>Temps de conversation (minutes)</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Temps de conversation</translation>
    </message>
    <message>
        <source>Calls with talk</source>
        <translation>Appels avec conversation</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 au total</translation>
    </message>
    <message>
        <source>%1 per call with talk</source>
        <translation>%1 par appel avec conversation</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 par jour</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>No calls in this period.</source>
        <translation>Aucun appel sur cette période.</translation>
    </message>
    <message numerus="yes">
        <source>Busiest hour: %1 %2–%3 (%n call(s))</source>
        <translation>
            <numerusform>Heure la plus chargée : %1 %2–%3 (%n appel)</numerusform>
            <numerusform>Heure la plus chargée : %1 %2–%3 (%n appels)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation>Numéro ou nom</translation>
    </message>
    <message>
        <source>No contacts in this period.</source>
        <translation>Aucun contact sur cette période.</translation>
    </message>
    <message>
        <source>These contacts: %1 of %2 talk time</source>
        <translation>Ces contacts : %1 sur %2 de temps de conversation</translation>
    </message>
    <message numerus="yes">
        <source>These contacts: %1 of %n call(s) (%2)</source>
        <translation>
            <numerusform>Ces contacts : %1 sur %n appel (%2)</numerusform>
            <numerusform>Ces contacts : %1 sur %n appels (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>With a note</source>
        <translation>Avec une note</translation>
    </message>
    <message>
        <source>With a recording</source>
        <translation>Avec un enregistrement</translation>
    </message>
    <message>
        <source>Share of calls (%)</source>
        <translation>Part des appels (%)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message numerus="yes">
        <source>Of %n call(s): %1 with a note, %2 with a recording</source>
        <translation>
            <numerusform>Sur %n appel : %1 avec une note, %2 avec un enregistrement</numerusform>
            <numerusform>Sur %n appels : %1 avec une note, %2 avec un enregistrement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityHeatMap</name>
    <message numerus="yes">
        <source>%1 %2–%3: %n call(s)</source>
        <extracomment>Heat map tooltip: %1 weekday, %2 start hour, %3 end hour; %n calls.</extracomment>
        <translation>
            <numerusform>%1 %2–%3 : %n appel</numerusform>
            <numerusform>%1 %2–%3 : %n appels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityPeriod</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Custom…</source>
        <comment>activity period</comment>
        <translation>Période personnalisée…</translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Activity — CallDock</source>
        <translation>Activité — CallDock</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Calls per day</source>
        <translation>Appels par jour</translation>
    </message>
    <message>
        <source>Talk time per day</source>
        <translation>Temps de conversation par jour</translation>
    </message>
    <message>
        <source>Calls by weekday and hour</source>
        <translation>Appels par jour de la semaine et par heure</translation>
    </message>
    <message>
        <source>Top contacts by calls</source>
        <translation>Principaux contacts par nombre d&apos;appels</translation>
    </message>
    <message>
        <source>Top contacts by talk time</source>
        <translation>Principaux contacts par temps de conversation</translation>
    </message>
    <message>
        <source>Notes and recordings</source>
        <translation>Notes et enregistrements</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Show Data as &amp;Tables</source>
        <translation>Afficher les données sous forme de &amp;tableaux</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>AfterCallEditor</name>
    <message>
        <source>Outcome</source>
        <translation>Issue de l&apos;appel</translation>
    </message>
    <message>
        <source>Type the number of an outcome, or its first letters. 0 clears it.</source>
        <translation>Tapez le numéro d&apos;une issue ou ses premières lettres. 0 l&apos;efface.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue de l&apos;appel :</translation>
    </message>
    <message>
        <source>&amp;Follow up:</source>
        <translation>&amp;Relance :</translation>
    </message>
    <message>
        <source>Follow-up date and time</source>
        <translation>Date et heure de la relance</translation>
    </message>
    <message>
        <source>Follow-up text</source>
        <translation>Texte de la relance</translation>
    </message>
    <message>
        <source>What to do, e.g. send the quote</source>
        <translation>Que faire, p. ex. envoyer le devis</translation>
    </message>
    <message>
        <source>In 1 &amp;hour</source>
        <translation>Dans 1 &amp;heure</translation>
    </message>
    <message>
        <source>&amp;Tomorrow 9:00</source>
        <translation>&amp;Demain à 9 h</translation>
    </message>
    <message>
        <source>Next &amp;Monday</source>
        <translation>Lundi &amp;prochain</translation>
    </message>
    <message>
        <source>(none)  [0]</source>
        <extracomment>No outcome chosen for the call; 0 is the key that picks it.</extracomment>
        <translation>(aucune)  [0]</translation>
    </message>
</context>
<context>
    <name>AfterCallPrompter</name>
    <message>
        <source>Missed call</source>
        <translation>Appel manqué</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Appel terminé</translation>
    </message>
    <message>
        <source>%1 — add a note about the call?</source>
        <translation>%1 — ajouter une note sur l&apos;appel ?</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
</context>
<context>
    <name>AfterCallSettingsBox</name>
    <message>
        <source>After a call</source>
        <translation>Après un appel</translation>
    </message>
    <message>
        <source>After an incoming call</source>
        <translation>Après un appel entrant</translation>
    </message>
    <message>
        <source>After an outgoing call</source>
        <translation>Après un appel sortant</translation>
    </message>
    <message>
        <source>Not after &amp;missed calls</source>
        <translation>&amp;Ignorer les appels manqués</translation>
    </message>
    <message>
        <source>Call outcomes, one a line</source>
        <translation>Issues d&apos;appel, une par ligne</translation>
    </message>
    <message>
        <source>Show the &amp;outcome in the phone&apos;s note</source>
        <translation>Affic&amp;her l&apos;issue dans la note du téléphone</translation>
    </message>
    <message>
        <source>&amp;Incoming call ended:</source>
        <translation>Appel &amp;entrant terminé :</translation>
    </message>
    <message>
        <source>Outgoing call &amp;ended:</source>
        <translation>Appel &amp;sortant terminé :</translation>
    </message>
    <message>
        <source>Call o&amp;utcomes (one a line):</source>
        <translation>Iss&amp;ues d&apos;appel (une par ligne) :</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N in CallDock opens the note of the last call.</source>
        <translation>Dans CallDock, Ctrl+Maj+N ouvre la note du dernier appel.</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>Ne rien faire</translation>
    </message>
    <message>
        <source>Notify with &quot;Add note&quot;</source>
        <translation>Notifier avec « Ajouter une note »</translation>
    </message>
    <message>
        <source>Open the note window (without taking the keyboard)</source>
        <translation>Ouvrir la fenêtre de note (sans prendre le focus du clavier)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The call log was damaged and has been set aside as %1. CallDock started a new one.</source>
        <translation>Le journal des appels était endommagé et a été mis de côté sous le nom %1. CallDock en a créé un nouveau.</translation>
    </message>
    <message>
        <source>Call log replaced</source>
        <translation>Journal des appels remplacé</translation>
    </message>
    <message>
        <source>Log to CallDock</source>
        <translation>Consigner dans CallDock</translation>
    </message>
    <message>
        <source>Log calls automatically in CallDock</source>
        <translation>Consigner automatiquement les appels dans CallDock</translation>
    </message>
    <message>
        <source>Calls are not being saved: %1 CallDock keeps them and tries again.</source>
        <translation>Les appels ne sont pas sauvegardés&#xa0;: %1 CallDock les conserve et réessaie.</translation>
    </message>
    <message>
        <source>Call logging problem</source>
        <translation>Problème de consignation des appels</translation>
    </message>
    <message>
        <source>About CallDock</source>
        <translation>À propos de CallDock</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CallDock %1&lt;/h3&gt;&lt;p&gt;Hosts the RingCentral Embeddable phone and logs every call to a local database.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CallDock %1&lt;/h3&gt;&lt;p&gt;Héberge le téléphone RingCentral Embeddable et consigne chaque appel dans une base de données locale.&lt;/p&gt;&lt;p&gt;Dossier des données&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Catching up: %n call(s) logged</source>
        <translation>
            <numerusform>Rattrapage&#xa0;: %n appel consigné</numerusform>
            <numerusform>Rattrapage&#xa0;: %n appels consignés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Caught up %n call(s)</source>
        <translation>
            <numerusform>%n appel rattrapé</numerusform>
            <numerusform>%n appels rattrapés</numerusform>
        </translation>
    </message>
    <message>
        <source>Catch-up stopped: %1</source>
        <translation>Rattrapage arrêté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) not logged — &quot;Catch up&quot; logs them</source>
        <extracomment>&quot;Catch up&quot; is the tray menu entry &quot;Catch up un-logged calls now&quot;.</extracomment>
        <translation>
            <numerusform>%n appel non consigné — «&#xa0;Rattraper&#xa0;» le consigne</numerusform>
            <numerusform>%n appels non consignés — «&#xa0;Rattraper&#xa0;» les consigne</numerusform>
        </translation>
    </message>
    <message>
        <source>Log messages automatically in CallDock</source>
        <translation>Consigner automatiquement les messages dans CallDock</translation>
    </message>
</context>
<context>
    <name>AutoStart</name>
    <message>
        <source>Phone and call logging</source>
        <translation>Téléphone et consignation des appels</translation>
    </message>
    <message>
        <source>CallDock could not create %1: %2</source>
        <translation>CallDock n&apos;a pas pu créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>CallDock could not remove %1: %2</source>
        <translation>CallDock n&apos;a pas pu supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>CallDock could not change the Windows start-up list.</source>
        <translation>CallDock n&apos;a pas pu modifier la liste de démarrage de Windows.</translation>
    </message>
</context>
<context>
    <name>CallExporter</name>
    <message>
        <source>Cannot read the calls: %1</source>
        <translation>Impossible de lire les appels&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Impossible d&apos;écrire l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Impossible d&apos;exporter vers %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CallHistoryFilterBar</name>
    <message>
        <source>&amp;Any date</source>
        <translation>&amp;Toutes les dates</translation>
    </message>
    <message>
        <source>&amp;Missed</source>
        <comment>filter: only missed calls</comment>
        <translation>&amp;Manqués</translation>
    </message>
    <message>
        <source>With &amp;recording</source>
        <translation>Avec &amp;enregistrement</translation>
    </message>
    <message>
        <source>With &amp;note</source>
        <translation>Avec &amp;note</translation>
    </message>
    <message>
        <source>Search name, number, subject or note</source>
        <translation>Rechercher un nom, un numéro, un objet ou une note</translation>
    </message>
    <message>
        <source>Search calls</source>
        <translation>Rechercher des appels</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Toutes les directions</translation>
    </message>
    <message>
        <source>Inbound</source>
        <extracomment>Filter: only calls the user received.</extracomment>
        <translation>Entrants</translation>
    </message>
    <message>
        <source>Outbound</source>
        <extracomment>Filter: only calls the user made.</extracomment>
        <translation>Sortants</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>start of a date range</comment>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>end of a date range</comment>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Any call</source>
        <extracomment>History filter: calls regardless of follow-ups.</extracomment>
        <translation>Tous les appels</translation>
    </message>
    <message>
        <source>All follow-ups</source>
        <translation>Toutes les relances</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <extracomment>History filter: open follow-ups whose time has not come yet.</extracomment>
        <translation>Relances à venir</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Relances en retard</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Relances faites</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove the filters set by Activity</comment>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove these filters</source>
        <translation>Retirer ces filtres</translation>
    </message>
    <message>
        <source>only calls with %1</source>
        <extracomment>A filter set from Activity: only the calls with this number (or name).</extracomment>
        <translation>uniquement les appels avec %1</translation>
    </message>
    <message>
        <source>only inbound calls that were not missed</source>
        <translation>uniquement les appels entrants non manqués</translation>
    </message>
</context>
<context>
    <name>CallHistoryModel</name>
    <message>
        <source>Cannot read the call history: %1</source>
        <translation>Impossible de lire l&apos;historique des appels&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>subject — first line of the note</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>state of a recording download</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>Téléchargement&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Downloading</source>
        <comment>state of a recording download</comment>
        <translation>Téléchargement en cours</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>state of a recording download</comment>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>state of a recording download</comment>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>state of a recording download</comment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>phone number</comment>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>Column: how the call ended (answered, missed, voicemail…).</extracomment>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Subject / note</source>
        <translation>Objet / note</translation>
    </message>
    <message>
        <source>Recording</source>
        <extracomment>Column: state of the call&apos;s audio recording.</extracomment>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Follow-up done (%1)</source>
        <extracomment>In the history&apos;s note column: a follow-up and its due time.</extracomment>
        <translation>Relance faite (%1)</translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation>Relance %1</translation>
    </message>
</context>
<context>
    <name>CallHistoryReader</name>
    <message>
        <source>The call database %1 does not exist.</source>
        <translation>La base de données des appels %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a call database.</source>
        <translation>%1 n&apos;est pas une base de données des appels.</translation>
    </message>
    <message>
        <source>Cannot open the call database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données des appels %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the call database %1: %2</source>
        <translation>Impossible de lire la base de données des appels %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The call database %1 was created by a newer version of CallDock.</source>
        <translation>La base de données des appels %1 a été créée par une version plus récente de CallDock.</translation>
    </message>
    <message>
        <source>The call database %1 has to be upgraded by CallDock before it can be read. Start CallDock once.</source>
        <translation>La base de données des appels %1 doit être mise à niveau par CallDock avant de pouvoir être lue. Lancez CallDock une fois.</translation>
    </message>
    <message>
        <source>The call database is not open.</source>
        <translation>La base de données des appels n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Internal error: the call database was used from the wrong thread.</source>
        <translation>Erreur interne&#xa0;: la base de données des appels a été utilisée depuis le mauvais thread.</translation>
    </message>
</context>
<context>
    <name>CallHistoryWindow</name>
    <message>
        <source>Call History — CallDock</source>
        <translation>Historique des appels — CallDock</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>Modifier la &amp;note…</translation>
    </message>
    <message>
        <source>Call &amp;Back</source>
        <translation>&amp;Rappeler</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Play Recording</source>
        <translation>&amp;Lire l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Show Recording in &amp;Folder</source>
        <translation>Afficher l&apos;enregistrement dans le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Copy Number</source>
        <translation>&amp;Copier le numéro</translation>
    </message>
    <message>
        <source>&amp;Delete Log…</source>
        <translation>&amp;Supprimer la consignation…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <comment>menu title</comment>
        <translation>A&amp;ppel</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Call actions</source>
        <translation>Actions sur l&apos;appel</translation>
    </message>
    <message>
        <source>This call is not logged.</source>
        <translation>Cet appel n&apos;est pas consigné.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) match</source>
        <translation>
            <numerusform>%n appel correspondant</numerusform>
            <numerusform>%n appels correspondants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n appel</numerusform>
            <numerusform>%n appels</numerusform>
        </translation>
    </message>
    <message>
        <source>The recording cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The folder cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir le dossier.</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 copié.</translation>
    </message>
    <message>
        <source>Delete Log</source>
        <translation>Supprimer la consignation</translation>
    </message>
    <message>
        <source>Delete the log of this call with %1?</source>
        <translation>Supprimer la consignation de cet appel avec %1&#xa0;?</translation>
    </message>
    <message>
        <source>Its subject, note and recording record are removed from CallDock. The phone then shows the call as not logged.</source>
        <translation>Son objet, sa note et la référence de son enregistrement sont supprimés de CallDock. Le téléphone affiche ensuite l&apos;appel comme non consigné.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>%n appel exporté vers %1.</numerusform>
            <numerusform>%n appels exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>calls-%1.csv</source>
        <translation>appels-%1.csv</translation>
    </message>
    <message>
        <source>Export Calls</source>
        <translation>Exporter les appels</translation>
    </message>
    <message>
        <source>Exporting calls</source>
        <translation>Exportation des appels</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Exporting calls to %1…</source>
        <translation>Exportation des appels vers %1…</translation>
    </message>
    <message>
        <source>Follow-up D&amp;one</source>
        <translation>Relance &amp;faite</translation>
    </message>
</context>
<context>
    <name>CallLogger</name>
    <message>
        <source>Note being written in CallDock</source>
        <translation>Note en cours de rédaction dans CallDock</translation>
    </message>
    <message>
        <source>CallDock could not save this call yet: %1</source>
        <translation>CallDock n&apos;a pas encore pu sauvegarder cet appel&#xa0;: %1</translation>
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
        <translation>La base de données des appels %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file is not a database.</source>
        <translation>Le fichier n&apos;est pas une base de données.</translation>
    </message>
    <message>
        <source>The call database %1 is damaged: %2</source>
        <translation>La base de données des appels %1 est endommagée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The call database %1 has to be upgraded by CallDock before it can be read.</source>
        <translation>La base de données des appels %1 doit être mise à niveau par CallDock avant de pouvoir être lue.</translation>
    </message>
    <message>
        <source>Cannot open the call database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données des appels %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The call database cannot be used: %1</source>
        <translation>La base de données des appels est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>No call database file was given.</source>
        <translation>Aucun fichier de base de données des appels n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>The call database %1 is a folder, not a file.</source>
        <translation>La base de données des appels %1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; CallDock cannot keep its call database there.</source>
        <translation>Le dossier %1 est en lecture seule&#xa0;; CallDock ne peut pas y conserver sa base de données des appels.</translation>
    </message>
    <message>
        <source>The call database %1 is read-only.</source>
        <translation>La base de données des appels %1 est en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot create the call database %1: %2</source>
        <translation>Impossible de créer la base de données des appels %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the call database %1 to your user account.</source>
        <translation>Impossible de restreindre l&apos;accès à la base de données des appels %1 à votre compte utilisateur.</translation>
    </message>
    <message>
        <source>The call database %1 is damaged and cannot be moved aside.</source>
        <translation>La base de données des appels %1 est endommagée et ne peut pas être mise de côté.</translation>
    </message>
    <message>
        <source>The file %1 of the damaged call database cannot be moved aside.</source>
        <translation>Le fichier %1 de la base de données des appels endommagée ne peut pas être mis de côté.</translation>
    </message>
    <message>
        <source>Cannot switch the call database to WAL mode</source>
        <translation>Impossible de passer la base de données des appels en mode WAL</translation>
    </message>
    <message>
        <source>The call database %1 cannot use WAL mode (got &quot;%2&quot;).</source>
        <translation>La base de données des appels %1 ne peut pas utiliser le mode WAL (obtenu&#xa0;: «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Cannot configure the call database</source>
        <translation>Impossible de configurer la base de données des appels</translation>
    </message>
    <message>
        <source>This SQLite library does not support foreign keys.</source>
        <translation>Cette bibliothèque SQLite ne prend pas en charge les clés étrangères.</translation>
    </message>
    <message>
        <source>Cannot check the call database</source>
        <translation>Impossible de vérifier la base de données des appels</translation>
    </message>
    <message>
        <source>Cannot start upgrading the call database: %1</source>
        <translation>Impossible de commencer la mise à niveau de la base de données des appels&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the version of the call database.</source>
        <translation>Impossible de lire la version de la base de données des appels.</translation>
    </message>
    <message>
        <source>The call database was created by a newer version of CallDock (schema %1, this version understands up to %2).</source>
        <translation>La base de données des appels a été créée par une version plus récente de CallDock (schéma %1&#xa0;; cette version prend en charge jusqu&apos;au schéma %2).</translation>
    </message>
    <message>
        <source>Cannot upgrade the call database to version %1: %2</source>
        <translation>Impossible de mettre à niveau la base de données des appels vers la version %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot record the call database version: %1</source>
        <translation>Impossible d&apos;enregistrer la version de la base de données des appels&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot finish upgrading the call database: %1</source>
        <translation>Impossible de terminer la mise à niveau de la base de données des appels&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CallText</name>
    <message>
        <source>Inbound</source>
        <extracomment>Direction of a call: the other party called the user.</extracomment>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outbound</source>
        <extracomment>Direction of a call: the user called the other party.</extracomment>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>call direction</comment>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation>un numéro inconnu</translation>
    </message>
    <message>
        <source>Inbound call from %1</source>
        <translation>Appel entrant de %1</translation>
    </message>
    <message>
        <source>Outbound call to %1</source>
        <translation>Appel sortant vers %1</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Appel avec %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>start time of a call</comment>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>long date, short time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>duration of a call</comment>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Messagerie vocale</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation>Raccroché</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>result of a call</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Whether the call has a recording.</extracomment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
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
        <translation>Le rattrapage s&apos;est arrêté car vous vous êtes déconnecté.</translation>
    </message>
    <message>
        <source>Catching up stopped because the phone reloaded.</source>
        <translation>Le rattrapage s&apos;est arrêté car le téléphone a été rechargé.</translation>
    </message>
    <message>
        <source>Could not get the un-logged calls from the phone: %1</source>
        <translation>Impossible d&apos;obtenir du téléphone les appels non consignés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not save the caught-up calls: %1</source>
        <translation>Impossible de sauvegarder les appels rattrapés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n page(s) of un-logged calls; the rest follows in the next run.</source>
        <translation>
            <numerusform>Arrêt après %n page d&apos;appels non consignés&#xa0;; la suite sera traitée au prochain passage.</numerusform>
            <numerusform>Arrêt après %n pages d&apos;appels non consignés&#xa0;; la suite sera traitée au prochain passage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 can only be used with --export.</source>
        <translation>--%1 ne peut être utilisé qu&apos;avec --export.</translation>
    </message>
    <message>
        <source>--export: the file name is empty (use - for the standard output).</source>
        <translation>--export&#xa0;: le nom de fichier est vide (utilisez - pour la sortie standard).</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not a format; use csv or json.</source>
        <translation>--format&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un format&#xa0;; utilisez csv ou json.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; use YYYY-MM-DD or an ISO 8601 date and time such as 2024-03-01T14:30:00Z.</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date&#xa0;; utilisez AAAA-MM-JJ ou une date et une heure ISO 8601 comme 2024-03-01T14:30:00Z.</translation>
    </message>
    <message>
        <source>--since must be before --until.</source>
        <translation>--since doit précéder --until.</translation>
    </message>
    <message>
        <source>CallDock hosts the RingCentral Embeddable phone and logs every call to a local database.</source>
        <translation>CallDock héberge le téléphone RingCentral Embeddable et consigne chaque appel dans une base de données locale.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Load the widget from URL (its app.html) instead of the configured channel.</source>
        <translation>Charger le widget depuis URL (son app.html) au lieu du canal configuré.</translation>
    </message>
    <message>
        <source>Use the RingCentral app client ID.</source>
        <translation>Utiliser cet ID client d&apos;application RingCentral.</translation>
    </message>
    <message>
        <source>Use the RingCentral platform at URL (https), e.g. the sandbox https://platform.devtest.ringcentral.com.</source>
        <translation>Utiliser la plateforme RingCentral à l&apos;adresse URL (https), p. ex. la sandbox https://platform.devtest.ringcentral.com.</translation>
    </message>
    <message>
        <source>Keep everything CallDock writes (settings, web profile, database, recordings, logs) in DIR.</source>
        <translation>Conserver tout ce que CallDock écrit (paramètres, profil web, base de données, enregistrements, journaux) dans DIR.</translation>
    </message>
    <message>
        <source>Start without showing the window.</source>
        <translation>Démarrer sans afficher la fenêtre.</translation>
    </message>
    <message>
        <source>Log debug messages to the terminal and the log file.</source>
        <translation>Écrire les messages de débogage dans le terminal et le fichier journal.</translation>
    </message>
    <message>
        <source>Write the call log to FILE (- for the standard output) and exit. Works while CallDock runs.</source>
        <translation>Écrire le journal des appels dans FILE (- pour la sortie standard) et quitter. Fonctionne même pendant que CallDock est ouvert.</translation>
    </message>
    <message>
        <source>Export format: csv or json (default: from the file name, else csv).</source>
        <translation>Format d&apos;export&#xa0;: csv ou json (par défaut&#xa0;: d&apos;après le nom du fichier, sinon csv).</translation>
    </message>
    <message>
        <source>Export only calls that started on or after DATE (YYYY-MM-DD in local time, or an ISO 8601 date and time).</source>
        <translation>N&apos;exporter que les appels commencés à partir de DATE (AAAA-MM-JJ en heure locale, ou une date et une heure ISO 8601).</translation>
    </message>
    <message>
        <source>Export only calls that started on or before DATE (a YYYY-MM-DD date includes the whole day, in local time).</source>
        <translation>N&apos;exporter que les appels commencés au plus tard à DATE (une date AAAA-MM-JJ inclut toute la journée, en heure locale).</translation>
    </message>
    <message>
        <source>A tel: or callto: URL to dial, e.g. tel:+15551234567.</source>
        <translation>Une URL tel: ou callto: à composer, p. ex. tel:+15551234567.</translation>
    </message>
    <message>
        <source>--data-dir: the folder name is empty.</source>
        <translation>--data-dir&#xa0;: le nom du dossier est vide.</translation>
    </message>
    <message>
        <source>--data-dir: %1 exists and is not a folder.</source>
        <translation>--data-dir&#xa0;: %1 existe et n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>--export cannot be combined with a URL to dial.</source>
        <translation>--export ne peut pas être combiné avec une URL à composer.</translation>
    </message>
    <message>
        <source>Only one tel: or callto: URL can be given.</source>
        <translation>Une seule URL tel: ou callto: peut être indiquée.</translation>
    </message>
    <message>
        <source>%1 is not a tel: or callto: URL with a phone number.</source>
        <translation>%1 n&apos;est pas une URL tel: ou callto: contenant un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Try &apos;calldock --help&apos; for more information.</source>
        <translation>Essayez «&#xa0;calldock --help&#xa0;» pour plus d&apos;informations.</translation>
    </message>
</context>
<context>
    <name>DataSettingsPage</name>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Call log database</source>
        <translation>Base de données du journal des appels</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données&#xa0;:</translation>
    </message>
    <message>
        <source>Call log:</source>
        <translation>Journal des appels&#xa0;:</translation>
    </message>
    <message>
        <source>The call log, notes, recordings and the phone&apos;s sign-in live in this folder and stay on this computer. Back it up like any other personal data.</source>
        <translation>Le journal des appels, les notes, les enregistrements et la connexion du téléphone se trouvent dans ce dossier et restent sur cet ordinateur. Sauvegardez-le comme vos autres données personnelles.</translation>
    </message>
    <message>
        <source>To use another folder, start CallDock with: %1</source>
        <extracomment>%1 is the command line option, e.g. &quot;--data-dir FOLDER&quot;.</extracomment>
        <translation>Pour utiliser un autre dossier, lancez CallDock avec&#xa0;: %1</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>DOSSIER</translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <source>Start at login</source>
        <translation>Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <source>Show/Hide CallDock</source>
        <translation>Afficher/masquer CallDock</translation>
    </message>
    <message>
        <source>Auto log calls</source>
        <translation>Consigner automatiquement les appels</translation>
    </message>
    <message>
        <source>Call history…</source>
        <translation>Historique des appels…</translation>
    </message>
    <message>
        <source>Catch up un-logged calls now</source>
        <translation>Rattraper maintenant les appels non consignés</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Activity…</source>
        <translation>Activité…</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft belongs to no call.</source>
        <translation>Le brouillon n&apos;appartient à aucun appel.</translation>
    </message>
    <message>
        <source>Cannot save the draft to %1: %2</source>
        <translation>Impossible d&apos;enregistrer le brouillon dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot delete the draft %1.</source>
        <translation>Impossible de supprimer le brouillon %1.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Cannot write to the standard output: %1</source>
        <translation>Impossible d&apos;écrire sur la sortie standard&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>%n appel exporté vers %1.</numerusform>
            <numerusform>%n appels exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpScheduler</name>
    <message>
        <source>Call back %1</source>
        <translation>Rappeler %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Due %1, while CallDock was closed.</source>
        <extracomment>A follow-up reminder whose time passed while CallDock was not running.</extracomment>
        <translation>Prévue le %1, pendant que CallDock était fermé.</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rappeler</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Répéter dans %n min</numerusform>
            <numerusform>Répéter dans %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed follow-up</source>
        <translation>Relance manquée</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Relance à faire</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Start-up and window</source>
        <translation>Démarrage et fenêtre</translation>
    </message>
    <message>
        <source>Start CallDock when I &amp;log in</source>
        <translation>&amp;Démarrer CallDock à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Start &amp;minimized</source>
        <translation>Démarrer &amp;réduit</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps CallDock running in the tray</source>
        <translation>&amp;Fermer la fenêtre laisse CallDock actif dans la zone de notification</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits CallDock.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification&#xa0;: fermer la fenêtre quitte CallDock.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Show a notification for &amp;incoming calls</source>
        <translation>Afficher une notification pour les appels &amp;entrants</translation>
    </message>
    <message>
        <source>Show a notification when calls cannot be &amp;saved</source>
        <translation>Afficher une notification quand des appels ne peuvent pas être &amp;sauvegardés</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language takes effect after CallDock restarts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de CallDock.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>Call history</source>
        <translation>Historique des appels</translation>
    </message>
    <message>
        <source>The call history cannot be opened: %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;historique des appels&#xa0;: %1</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>%1 is not a number the phone can dial.</source>
        <translation>%1 n&apos;est pas un numéro que le téléphone peut composer.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>This call is no longer in the call log.</source>
        <translation>Cet appel ne figure plus dans le journal des appels.</translation>
    </message>
    <message>
        <source>Delete log</source>
        <translation>Supprimer la consignation</translation>
    </message>
    <message>
        <source>The log could not be deleted: %1</source>
        <translation>Impossible de supprimer la consignation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>The follow-up could not be changed: %1</source>
        <translation>Impossible de modifier la relance : %1</translation>
    </message>
</context>
<context>
    <name>LoadErrorPanel</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>The phone could not be loaded</source>
        <translation>Le téléphone n&apos;a pas pu être chargé</translation>
    </message>
    <message>
        <source>Retry loading the phone</source>
        <translation>Réessayer de charger le téléphone</translation>
    </message>
    <message>
        <source>The widget did not respond.</source>
        <translation>Le téléphone n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Nouvelle tentative…</translation>
    </message>
    <message numerus="yes">
        <source>CallDock tries again in %n second(s).</source>
        <translation>
            <numerusform>CallDock réessaie dans %n seconde.</numerusform>
            <numerusform>CallDock réessaie dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Call</source>
        <comment>title of the box with the facts of the call</comment>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Direction&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Number:</source>
        <comment>phone number</comment>
        <translation>Numéro&#xa0;:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the note, Esc cancels.</source>
        <translation>Ctrl+Entrée enregistre la note, Échap annule.</translation>
    </message>
    <message>
        <source>What was the call about?</source>
        <translation>De quoi a-t-il été question&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Save error</source>
        <translation>Erreur d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>Enregistrer la note (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Fermer sans enregistrer (Échap)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Shown instead of the other party&apos;s name or phone number when the phone did not send it.</extracomment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Edit call log — %1</source>
        <translation>Modifier la consignation — %1</translation>
    </message>
    <message>
        <source>Log call — %1</source>
        <translation>Consigner l&apos;appel — %1</translation>
    </message>
    <message>
        <source>Restored the text you had not saved (%1).</source>
        <translation>Le texte non enregistré a été restauré (%1).</translation>
    </message>
</context>
<context>
    <name>LoggingSettingsPage</name>
    <message>
        <source>&amp;Log every call automatically</source>
        <translation>&amp;Consigner automatiquement chaque appel</translation>
    </message>
    <message>
        <source>&amp;Download call recordings</source>
        <translation>&amp;Télécharger les enregistrements des appels</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Where call notes are taken</source>
        <translation>Où saisir les notes d&apos;appel</translation>
    </message>
    <message>
        <source>In CallDock&apos;s Log call window</source>
        <translation>Dans la fenêtre «&#xa0;Consigner l&apos;appel&#xa0;» de CallDock</translation>
    </message>
    <message>
        <source>On the phone&apos;s own log page</source>
        <translation>Sur la page de consignation du téléphone</translation>
    </message>
    <message>
        <source>Don&apos;t ask for notes</source>
        <translation>Ne pas demander de notes</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>Dossier des enregistrements</translation>
    </message>
    <message>
        <source>Choose the recordings folder</source>
        <translation>Choisir le dossier des enregistrements</translation>
    </message>
    <message>
        <source>The same switch appears in the phone&apos;s settings; both always show the same choice.</source>
        <translation>Le même réglage figure dans les paramètres du téléphone&#xa0;; les deux indiquent toujours le même choix.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Leave the folder empty to keep recordings in CallDock&apos;s data folder.</source>
        <translation>Laissez le dossier vide pour conserver les enregistrements dans le dossier des données de CallDock.</translation>
    </message>
    <message>
        <source>Enter a complete folder path, such as %1.</source>
        <translation>Indiquez un chemin de dossier complet, comme %1.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Ceci est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>CallDock cannot write to this folder.</source>
        <translation>CallDock ne peut pas écrire dans ce dossier.</translation>
    </message>
    <message>
        <source>Folder for call recordings</source>
        <translation>Dossier des enregistrements d&apos;appels</translation>
    </message>
    <message>
        <source>Log &amp;messages automatically (SMS, voicemail, fax)</source>
        <translation>Consigner automatiquement les &amp;messages (SMS, messagerie vocale, fax)</translation>
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
        <translation>Téléphone RingCentral</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Call &amp;History…</source>
        <translation>&amp;Historique des appels…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About CallDock</source>
        <translation>À &amp;propos de CallDock</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Activity…</source>
        <translation>&amp;Activité…</translation>
    </message>
</context>
<context>
    <name>MessageLogger</name>
    <message>
        <source>Note being written in CallDock</source>
        <translation>Note en cours de rédaction dans CallDock</translation>
    </message>
    <message>
        <source>CallDock could not save these messages yet</source>
        <translation>CallDock n&apos;a pas encore pu sauvegarder ces messages</translation>
    </message>
</context>
<context>
    <name>PhoneSettingsPage</name>
    <message>
        <source>Widget version</source>
        <translation>Version du widget</translation>
    </message>
    <message>
        <source>Latest release</source>
        <translation>Dernière version</translation>
    </message>
    <message>
        <source>Version 3.x</source>
        <translation>Version 3.x</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Adresse personnalisée</translation>
    </message>
    <message>
        <source>Custom widget address</source>
        <translation>Adresse personnalisée du widget</translation>
    </message>
    <message>
        <source>https://example.com/embeddable/app.html</source>
        <translation>https://example.com/embeddable/app.html</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Empty: the widget&apos;s own demo client</source>
        <translation>Vide&#xa0;: le client de démonstration du widget</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Sandbox (developer)</source>
        <translation>Sandbox (développeurs)</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Serveur personnalisé</translation>
    </message>
    <message>
        <source>Custom platform address</source>
        <translation>Adresse personnalisée de la plateforme</translation>
    </message>
    <message>
        <source>https://platform.example.com</source>
        <translation>https://platform.example.com</translation>
    </message>
    <message>
        <source>&amp;Widget:</source>
        <translation>&amp;Widget&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adr&amp;esse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID &amp;client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>The phone reloads to use changes made on this page; CallDock asks before it does, because a reload ends a call in progress.</source>
        <translation>Le téléphone se recharge pour appliquer les modifications de cette page&#xa0;; CallDock demande d&apos;abord confirmation, car un rechargement met fin à un appel en cours.</translation>
    </message>
</context>
<context>
    <name>PopupWindow</name>
    <message>
        <source>Sign in — CallDock</source>
        <translation>Connexion — CallDock</translation>
    </message>
    <message>
        <source>Sign in at %1 — CallDock</source>
        <translation>Connexion à %1 — CallDock</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>RecordingDownload</name>
    <message>
        <source>The recording could not be saved in %1: %2</source>
        <translation>L&apos;enregistrement n&apos;a pas pu être sauvegardé dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server sent an empty recording.</source>
        <translation>Le serveur a envoyé un enregistrement vide.</translation>
    </message>
    <message>
        <source>The download was incomplete: %1 of %2 bytes arrived.</source>
        <translation>Le téléchargement est incomplet&#xa0;: %1 octets reçus sur %2.</translation>
    </message>
    <message>
        <source>The recording could not be saved as %1: %2</source>
        <translation>L&apos;enregistrement n&apos;a pas pu être sauvegardé sous %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The download link has expired.</source>
        <translation>Le lien de téléchargement a expiré.</translation>
    </message>
    <message>
        <source>The server no longer has this recording (HTTP %1).</source>
        <translation>Le serveur ne dispose plus de cet enregistrement (HTTP %1).</translation>
    </message>
    <message>
        <source>The server could not send the recording right now (HTTP %1).</source>
        <translation>Le serveur n&apos;a pas pu envoyer l&apos;enregistrement pour le moment (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the download (HTTP %1).</source>
        <translation>Le serveur a refusé le téléchargement (HTTP %1).</translation>
    </message>
    <message>
        <source>The server redirected the download in a loop or to an unsafe address.</source>
        <translation>Le serveur a redirigé le téléchargement en boucle ou vers une adresse non sûre.</translation>
    </message>
    <message>
        <source>The recording address is not supported.</source>
        <translation>L&apos;adresse de l&apos;enregistrement n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>The server %1 could not be found.</source>
        <translation>Le serveur %1 est introuvable.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>Le serveur %1 a refusé la connexion.</translation>
    </message>
    <message>
        <source>The connection to %1 failed before the recording was complete.</source>
        <translation>La connexion à %1 a échoué avant la fin de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The disk is full: the recording could not be saved in %1.</source>
        <translation>Le disque est plein&#xa0;: l&apos;enregistrement n&apos;a pas pu être sauvegardé dans %1.</translation>
    </message>
    <message>
        <source>The recording could not be written to %1. Check the free space and the permissions of that folder.</source>
        <translation>L&apos;enregistrement n&apos;a pas pu être écrit dans %1. Vérifiez l&apos;espace libre et les autorisations de ce dossier.</translation>
    </message>
    <message>
        <source>The server %1 stopped sending data before the recording was complete.</source>
        <translation>Le serveur %1 a cessé d&apos;envoyer des données avant la fin de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>Le serveur %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted, so the recording was not downloaded. Check the system&apos;s date and certificates, or a proxy that intercepts secure connections.</source>
        <translation>Le certificat de %1 n&apos;est pas approuvé, l&apos;enregistrement n&apos;a donc pas été téléchargé. Vérifiez la date et les certificats du système, ou la présence d&apos;un proxy qui intercepte les connexions sécurisées.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be established.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée (TLS) avec %1.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection before the recording was complete.</source>
        <translation>Le serveur %1 a fermé la connexion avant la fin de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection without sending the recording.</source>
        <translation>Le serveur %1 a fermé la connexion sans envoyer l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>Le réseau n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The proxy server could not be used.</source>
        <translation>Impossible d&apos;utiliser le serveur proxy.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>La connexion à %1 a échoué.</translation>
    </message>
</context>
<context>
    <name>RecordingFetcher</name>
    <message>
        <source>The download link expired and no new one could be obtained. Open the recording in the browser instead.</source>
        <translation>Le lien de téléchargement a expiré et aucun nouveau lien n&apos;a pu être obtenu. Ouvrez plutôt l&apos;enregistrement dans le navigateur.</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) waiting to download</source>
        <translation>
            <numerusform>%n enregistrement en attente de téléchargement</numerusform>
            <numerusform>%n enregistrements en attente de téléchargement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) downloading, %1%</source>
        <translation>
            <numerusform>%n enregistrement en cours de téléchargement, %1&#xa0;%</numerusform>
            <numerusform>%n enregistrements en cours de téléchargement, %1&#xa0;%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) downloading</source>
        <translation>
            <numerusform>%n enregistrement en cours de téléchargement</numerusform>
            <numerusform>%n enregistrements en cours de téléchargement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n more waiting)</source>
        <translation>
            <numerusform>%1 (%n autre en attente)</numerusform>
            <numerusform>%1 (%n autres en attente)</numerusform>
        </translation>
    </message>
    <message>
        <source>No folder for recordings is set. Choose one in the settings.</source>
        <translation>Aucun dossier n&apos;est défini pour les enregistrements. Choisissez-en un dans les paramètres.</translation>
    </message>
    <message>
        <source>The recordings folder %1 cannot be created. Choose another folder in the settings.</source>
        <translation>Le dossier des enregistrements %1 ne peut pas être créé. Choisissez un autre dossier dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>RecordingsController</name>
    <message>
        <source>Recording not downloaded</source>
        <translation>Enregistrement non téléchargé</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The widget address must be a complete URL such as https://example.com/embeddable/app.html.</source>
        <translation>L&apos;adresse du widget doit être une URL complète, comme https://example.com/embeddable/app.html.</translation>
    </message>
    <message>
        <source>The widget address must start with https:// (http:// is allowed only for localhost).</source>
        <translation>L&apos;adresse du widget doit commencer par https:// (http:// n&apos;est autorisé que pour localhost).</translation>
    </message>
    <message>
        <source>The platform address must be a complete URL starting with https://, such as https://platform.devtest.ringcentral.com.</source>
        <translation>L&apos;adresse de la plateforme doit être une URL complète commençant par https://, comme https://platform.devtest.ringcentral.com.</translation>
    </message>
    <message>
        <source>A client ID contains only letters, digits, &apos;-&apos; and &apos;_&apos; (up to 128 characters).</source>
        <translation>Un ID client ne contient que des lettres, des chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;» (128 caractères au maximum).</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Intéressé</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Pas intéressé</translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation>Message vocal laissé</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Mauvais numéro</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>CallDock Settings</source>
        <translation>Paramètres de CallDock</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Call logging</source>
        <translation>Consignation des appels</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages de paramètres</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>CallDock could not write its settings file %1. The changes last until CallDock quits.</source>
        <translation>CallDock n&apos;a pas pu écrire son fichier de paramètres %1. Les modifications ne durent que jusqu&apos;à la fermeture de CallDock.</translation>
    </message>
    <message>
        <source>Reload the phone?</source>
        <translation>Recharger le téléphone&#xa0;?</translation>
    </message>
    <message>
        <source>The phone must reload to use the new settings. Reload now?</source>
        <translation>Le téléphone doit être rechargé pour utiliser les nouveaux paramètres. Recharger maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>A reload ends a call in progress. With Later, the new settings are used the next time CallDock starts.</source>
        <translation>Un rechargement met fin à un appel en cours. Avec «&#xa0;Plus tard&#xa0;», les nouveaux paramètres s&apos;appliquent au prochain démarrage de CallDock.</translation>
    </message>
    <message>
        <source>&amp;Reload now</source>
        <translation>&amp;Recharger maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>CallDock cannot write its lock file %1 (permission denied).</source>
        <translation>CallDock ne peut pas écrire son fichier de verrou %1 (permission refusée).</translation>
    </message>
    <message>
        <source>CallDock cannot create its lock file %1.</source>
        <translation>CallDock ne peut pas créer son fichier de verrou %1.</translation>
    </message>
    <message>
        <source>CallDock is already running for this data folder but does not answer.</source>
        <translation>CallDock est déjà ouvert pour ce dossier de données mais ne répond pas.</translation>
    </message>
    <message>
        <source>Could not hand the request to the running CallDock.</source>
        <translation>Impossible de transmettre la demande au CallDock ouvert.</translation>
    </message>
    <message>
        <source>The running CallDock did not confirm the request.</source>
        <translation>Le CallDock ouvert n&apos;a pas confirmé la demande.</translation>
    </message>
</context>
<context>
    <name>StoreErrorText</name>
    <message>
        <source>The disk is full.</source>
        <translation>Le disque est plein.</translation>
    </message>
    <message>
        <source>Another program is holding the call database.</source>
        <translation>Un autre programme bloque la base de données des appels.</translation>
    </message>
    <message>
        <source>The call database cannot be written (read-only or no permission).</source>
        <translation>Impossible d&apos;écrire dans la base de données des appels (lecture seule ou droits insuffisants).</translation>
    </message>
    <message>
        <source>The call database is not open.</source>
        <translation>La base de données des appels n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The call database is damaged.</source>
        <translation>La base de données des appels est endommagée.</translation>
    </message>
    <message>
        <source>The disk holding the call database reported a read or write error.</source>
        <translation>Le disque contenant la base de données des appels a signalé une erreur de lecture ou d&apos;écriture.</translation>
    </message>
    <message>
        <source>The call database cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir la base de données des appels.</translation>
    </message>
    <message>
        <source>This call is not logged.</source>
        <translation>Cet appel n&apos;est pas consigné.</translation>
    </message>
    <message>
        <source>The widget sent a call CallDock cannot log (it has no session id).</source>
        <translation>Le téléphone a envoyé un appel que CallDock ne peut pas consigner (il n&apos;a pas d&apos;identifiant de session).</translation>
    </message>
    <message>
        <source>The call database belongs to a different version of CallDock.</source>
        <translation>La base de données des appels appartient à une autre version de CallDock.</translation>
    </message>
    <message>
        <source>The call database reported an error.</source>
        <translation>La base de données des appels a signalé une erreur.</translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Call in progress</source>
        <translation>Appel en cours</translation>
    </message>
    <message>
        <source>Calls are not being saved</source>
        <translation>Les appels ne sont pas sauvegardés</translation>
    </message>
    <message>
        <source>CallDock — %1</source>
        <translation>CallDock — %1</translation>
    </message>
    <message>
        <source>Last logged: none yet</source>
        <translation>Dernière consignation&#xa0;: aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Last logged: %1</source>
        <translation>Dernière consignation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last logged: %1, %2</source>
        <extracomment>Tray tooltip: %1 is the other party of the last logged call, %2 its time or date.</extracomment>
        <translation>Dernière consignation&#xa0;: %1, %2</translation>
    </message>
</context>
<context>
    <name>WidgetBridge</name>
    <message>
        <source>The phone reloaded before it answered.</source>
        <translation>Le téléphone a été rechargé avant de répondre.</translation>
    </message>
    <message>
        <source>The phone did not answer in time.</source>
        <translation>Le téléphone n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The phone sent an unreadable list of calls (%1).</source>
        <translation>Le téléphone a envoyé une liste d&apos;appels illisible (%1).</translation>
    </message>
    <message>
        <source>The phone sent an unreadable call (%1).</source>
        <translation>Le téléphone a envoyé un appel illisible (%1).</translation>
    </message>
</context>
<context>
    <name>WidgetLoader</name>
    <message numerus="yes">
        <source>The phone did not start within %n seconds.</source>
        <translation>
            <numerusform>Le téléphone n&apos;a pas démarré en %n seconde.</numerusform>
            <numerusform>Le téléphone n&apos;a pas démarré en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>CallDock could not open its own page.</source>
        <translation>CallDock n&apos;a pas pu ouvrir sa propre page.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2).</source>
        <translation>Le serveur a répondu HTTP %1 (%2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CallDock cannot start</source>
        <translation>Impossible de démarrer CallDock</translation>
    </message>
</context>
</TS>
