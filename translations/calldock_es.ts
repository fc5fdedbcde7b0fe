<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivityChartPanel</name>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (tabla)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Guardar %1</translation>
    </message>
    <message>
        <source>Save Chart as &amp;Image…</source>
        <translation>Guardar gráfico como &amp;imagen…</translation>
    </message>
    <message>
        <source>Save &amp;Data as CSV…</source>
        <translation>Guardar &amp;datos como CSV…</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>no se pudo escribir la imagen</translation>
    </message>
    <message>
        <source>Save Chart as Image</source>
        <translation>Guardar gráfico como imagen</translation>
    </message>
    <message>
        <source>Save Chart Data</source>
        <translation>Guardar datos del gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
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
        <translation>Entrantes</translation>
    </message>
    <message>
        <source>Outbound</source>
        <extracomment>Calls per day chart: calls the user made.</extracomment>
        <translation>Salientes</translation>
    </message>
    <message>
        <source>Missed</source>
        <extracomment>Calls per day chart: inbound calls nobody took (missed or to voicemail).</extracomment>
        <translation>Perdidas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n llamada</numerusform>
            <numerusform>%n llamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a day on average</source>
        <translation>%1 al día de media</translation>
    </message>
    <message>
        <source>%1 inbound, %2 outbound, %3 missed (%4)</source>
        <translation>%1 entrantes, %2 salientes, %3 perdidas (%4)</translation>
    </message>
    <message>
        <source>Talk time (hours)</source>
        <translation>Tiempo de conversación (horas)</translation>
    </message>
    <message>
        <source>Talk time (minutes)</source>
        <translation>Tiempo de conversación (minutos)</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Tiempo de conversación</translation>
    </message>
    <message>
        <source>Calls with talk</source>
        <translation>Llamadas con conversación</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <source>%1 per call with talk</source>
        <translation>%1 por llamada con conversación</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 al día</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>No calls in this period.</source>
        <translation>No hay llamadas en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>Busiest hour: %1 %2–%3 (%n call(s))</source>
        <translation>
            <numerusform>Hora de más actividad: %1 %2–%3 (%n llamada)</numerusform>
            <numerusform>Hora de más actividad: %1 %2–%3 (%n llamadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation>Número o nombre</translation>
    </message>
    <message>
        <source>No contacts in this period.</source>
        <translation>No hay contactos en este periodo.</translation>
    </message>
    <message>
        <source>These contacts: %1 of %2 talk time</source>
        <translation>Estos contactos: %1 de %2 de tiempo de conversación</translation>
    </message>
    <message numerus="yes">
        <source>These contacts: %1 of %n call(s) (%2)</source>
        <translation>
            <numerusform>Estos contactos: %1 de %n llamada (%2)</numerusform>
            <numerusform>Estos contactos: %1 de %n llamadas (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>With a note</source>
        <translation>Con nota</translation>
    </message>
    <message>
        <source>With a recording</source>
        <translation>Con grabación</translation>
    </message>
    <message>
        <source>Share of calls (%)</source>
        <translation>Porcentaje de llamadas (%)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message numerus="yes">
        <source>Of %n call(s): %1 with a note, %2 with a recording</source>
        <translation>
            <numerusform>De %n llamada: %1 con nota, %2 con grabación</numerusform>
            <numerusform>De %n llamadas: %1 con nota, %2 con grabación</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityHeatMap</name>
    <message numerus="yes">
        <source>%1 %2–%3: %n call(s)</source>
        <extracomment>Heat map tooltip: %1 weekday, %2 start hour, %3 end hour; %n calls.</extracomment>
        <translation>
            <numerusform>%1 %2–%3: %n llamada</numerusform>
            <numerusform>%1 %2–%3: %n llamadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityPeriod</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Custom…</source>
        <comment>activity period</comment>
        <translation>Periodo personalizado…</translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Activity — CallDock</source>
        <translation>Actividad — CallDock</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>P&amp;eriodo:</translation>
    </message>
    <message>
        <source>Calls per day</source>
        <translation>Llamadas por día</translation>
    </message>
    <message>
        <source>Talk time per day</source>
        <translation>Tiempo de conversación por día</translation>
    </message>
    <message>
        <source>Calls by weekday and hour</source>
        <translation>Llamadas por día de la semana y hora</translation>
    </message>
    <message>
        <source>Top contacts by calls</source>
        <translation>Contactos principales por número de llamadas</translation>
    </message>
    <message>
        <source>Top contacts by talk time</source>
        <translation>Contactos principales por tiempo de conversación</translation>
    </message>
    <message>
        <source>Notes and recordings</source>
        <translation>Notas y grabaciones</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show Data as &amp;Tables</source>
        <translation>Mostrar datos como &amp;tablas</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
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
        <translation>Resultado de la llamada</translation>
    </message>
    <message>
        <source>Type the number of an outcome, or its first letters. 0 clears it.</source>
        <translation>Escriba el número de un resultado o sus primeras letras. 0 lo borra.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado de la llamada:</translation>
    </message>
    <message>
        <source>&amp;Follow up:</source>
        <translation>&amp;Seguimiento:</translation>
    </message>
    <message>
        <source>Follow-up date and time</source>
        <translation>Fecha y hora del seguimiento</translation>
    </message>
    <message>
        <source>Follow-up text</source>
        <translation>Texto del seguimiento</translation>
    </message>
    <message>
        <source>What to do, e.g. send the quote</source>
        <translation>Qué hacer, p. ej. enviar el presupuesto</translation>
    </message>
    <message>
        <source>In 1 &amp;hour</source>
        <translation>En 1 &amp;hora</translation>
    </message>
    <message>
        <source>&amp;Tomorrow 9:00</source>
        <translation>&amp;Mañana 9:00</translation>
    </message>
    <message>
        <source>Next &amp;Monday</source>
        <translation>El próximo &amp;lunes</translation>
    </message>
    <message>
        <source>(none)  [0]</source>
        <extracomment>No outcome chosen for the call; 0 is the key that picks it.</extracomment>
        <translation>(ninguno)  [0]</translation>
    </message>
</context>
<context>
    <name>AfterCallPrompter</name>
    <message>
        <source>Missed call</source>
        <translation>Llamada perdida</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Llamada finalizada</translation>
    </message>
    <message>
        <source>%1 — add a note about the call?</source>
        <translation>%1 — ¿añadir una nota sobre la llamada?</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
</context>
<context>
    <name>AfterCallSettingsBox</name>
    <message>
        <source>After a call</source>
        <translation>Después de una llamada</translation>
    </message>
    <message>
        <source>After an incoming call</source>
        <translation>Después de una llamada entrante</translation>
    </message>
    <message>
        <source>After an outgoing call</source>
        <translation>Después de una llamada saliente</translation>
    </message>
    <message>
        <source>Not after &amp;missed calls</source>
        <translation>No tras llamadas perd&amp;idas</translation>
    </message>
    <message>
        <source>Call outcomes, one a line</source>
        <translation>Resultados de llamada, uno por línea</translation>
    </message>
    <message>
        <source>Show the &amp;outcome in the phone&apos;s note</source>
        <translation>M&amp;ostrar el resultado en la nota del teléfono</translation>
    </message>
    <message>
        <source>&amp;Incoming call ended:</source>
        <translation>Llamada en&amp;trante finalizada:</translation>
    </message>
    <message>
        <source>Outgoing call &amp;ended:</source>
        <translation>Llamada &amp;saliente finalizada:</translation>
    </message>
    <message>
        <source>Call o&amp;utcomes (one a line):</source>
        <translation>Res&amp;ultados de llamada (uno por línea):</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N in CallDock opens the note of the last call.</source>
        <translation>En CallDock, Ctrl+Mayús+N abre la nota de la última llamada.</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>No hacer nada</translation>
    </message>
    <message>
        <source>Notify with &quot;Add note&quot;</source>
        <translation>Notificar con «Añadir nota»</translation>
    </message>
    <message>
        <source>Open the note window (without taking the keyboard)</source>
        <translation>Abrir la ventana de nota (sin tomar el foco del teclado)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The call log was damaged and has been set aside as %1. CallDock started a new one.</source>
        <translation>El registro de llamadas estaba dañado y se ha apartado como %1. CallDock ha creado uno nuevo.</translation>
    </message>
    <message>
        <source>Call log replaced</source>
        <translation>Registro de llamadas reemplazado</translation>
    </message>
    <message>
        <source>Log to CallDock</source>
        <translation>Registrar en CallDock</translation>
    </message>
    <message>
        <source>Log calls automatically in CallDock</source>
        <translation>Registrar llamadas automáticamente en CallDock</translation>
    </message>
    <message>
        <source>Calls are not being saved: %1 CallDock keeps them and tries again.</source>
        <translation>Las llamadas no se están guardando: %1 CallDock las conserva y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Call logging problem</source>
        <translation>Problema al registrar llamadas</translation>
    </message>
    <message>
        <source>About CallDock</source>
        <translation>Acerca de CallDock</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CallDock %1&lt;/h3&gt;&lt;p&gt;Hosts the RingCentral Embeddable phone and logs every call to a local database.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CallDock %1&lt;/h3&gt;&lt;p&gt;Integra el teléfono RingCentral Embeddable y registra cada llamada en una base de datos local.&lt;/p&gt;&lt;p&gt;Carpeta de datos: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Catching up: %n call(s) logged</source>
        <translation>
            <numerusform>Poniéndose al día: %n llamada registrada</numerusform>
            <numerusform>Poniéndose al día: %n llamadas registradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Caught up %n call(s)</source>
        <translation>
            <numerusform>%n llamada pendiente registrada</numerusform>
            <numerusform>%n llamadas pendientes registradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Catch-up stopped: %1</source>
        <translation>Puesta al día detenida: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) not logged — &quot;Catch up&quot; logs them</source>
        <extracomment>&quot;Catch up&quot; is the tray menu entry &quot;Catch up un-logged calls now&quot;.</extracomment>
        <translation>
            <numerusform>%n llamada sin registrar: «Registrar ahora» la registra</numerusform>
            <numerusform>%n llamadas sin registrar: «Registrar ahora» las registra</numerusform>
        </translation>
    </message>
    <message>
        <source>Log messages automatically in CallDock</source>
        <translation>Registrar mensajes automáticamente en CallDock</translation>
    </message>
</context>
<context>
    <name>AutoStart</name>
    <message>
        <source>Phone and call logging</source>
        <translation>Teléfono y registro de llamadas</translation>
    </message>
    <message>
        <source>CallDock could not create %1: %2</source>
        <translation>CallDock no pudo crear %1: %2</translation>
    </message>
    <message>
        <source>CallDock could not remove %1: %2</source>
        <translation>CallDock no pudo eliminar %1: %2</translation>
    </message>
    <message>
        <source>CallDock could not change the Windows start-up list.</source>
        <translation>CallDock no pudo cambiar la lista de inicio de Windows.</translation>
    </message>
</context>
<context>
    <name>CallExporter</name>
    <message>
        <source>Cannot read the calls: %1</source>
        <translation>No se pueden leer las llamadas: %1</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>No se puede escribir la exportación: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>No se puede exportar a %1: %2</translation>
    </message>
</context>
<context>
    <name>CallHistoryFilterBar</name>
    <message>
        <source>&amp;Any date</source>
        <translation>&amp;Cualquier fecha</translation>
    </message>
    <message>
        <source>&amp;Missed</source>
        <comment>filter: only missed calls</comment>
        <translation>&amp;Perdidas</translation>
    </message>
    <message>
        <source>With &amp;recording</source>
        <translation>Con &amp;grabación</translation>
    </message>
    <message>
        <source>With &amp;note</source>
        <translation>Con &amp;nota</translation>
    </message>
    <message>
        <source>Search name, number, subject or note</source>
        <translation>Buscar nombre, número, asunto o nota</translation>
    </message>
    <message>
        <source>Search calls</source>
        <translation>Buscar llamadas</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Todas las direcciones</translation>
    </message>
    <message>
        <source>Inbound</source>
        <extracomment>Filter: only calls the user received.</extracomment>
        <translation>Entrantes</translation>
    </message>
    <message>
        <source>Outbound</source>
        <extracomment>Filter: only calls the user made.</extracomment>
        <translation>Salientes</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>start of a date range</comment>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>end of a date range</comment>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Any call</source>
        <extracomment>History filter: calls regardless of follow-ups.</extracomment>
        <translation>Todas las llamadas</translation>
    </message>
    <message>
        <source>All follow-ups</source>
        <translation>Todos los seguimientos</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <extracomment>History filter: open follow-ups whose time has not come yet.</extracomment>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Seguimientos vencidos</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Seguimientos completados</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove the filters set by Activity</comment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove these filters</source>
        <translation>Quitar estos filtros</translation>
    </message>
    <message>
        <source>only calls with %1</source>
        <extracomment>A filter set from Activity: only the calls with this number (or name).</extracomment>
        <translation>solo llamadas con %1</translation>
    </message>
    <message>
        <source>only inbound calls that were not missed</source>
        <translation>solo llamadas entrantes no perdidas</translation>
    </message>
</context>
<context>
    <name>CallHistoryModel</name>
    <message>
        <source>Cannot read the call history: %1</source>
        <translation>No se puede leer el historial de llamadas: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>subject — first line of the note</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>state of a recording download</comment>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>Descargando: %1 %</translation>
    </message>
    <message>
        <source>Downloading</source>
        <comment>state of a recording download</comment>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>state of a recording download</comment>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>state of a recording download</comment>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>state of a recording download</comment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>phone number</comment>
        <translation>Número</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>Column: how the call ended (answered, missed, voicemail…).</extracomment>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Subject / note</source>
        <translation>Asunto / nota</translation>
    </message>
    <message>
        <source>Recording</source>
        <extracomment>Column: state of the call&apos;s audio recording.</extracomment>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Follow-up done (%1)</source>
        <extracomment>In the history&apos;s note column: a follow-up and its due time.</extracomment>
        <translation>Seguimiento completado (%1)</translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation>Seguimiento %1</translation>
    </message>
</context>
<context>
    <name>CallHistoryReader</name>
    <message>
        <source>The call database %1 does not exist.</source>
        <translation>La base de datos de llamadas %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a call database.</source>
        <translation>%1 no es una base de datos de llamadas.</translation>
    </message>
    <message>
        <source>Cannot open the call database %1: %2</source>
        <translation>No se puede abrir la base de datos de llamadas %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the call database %1: %2</source>
        <translation>No se puede leer la base de datos de llamadas %1: %2</translation>
    </message>
    <message>
        <source>The call database %1 was created by a newer version of CallDock.</source>
        <translation>La base de datos de llamadas %1 fue creada por una versión más reciente de CallDock.</translation>
    </message>
    <message>
        <source>The call database %1 has to be upgraded by CallDock before it can be read. Start CallDock once.</source>
        <translation>CallDock debe actualizar la base de datos de llamadas %1 antes de poder leerla. Inicie CallDock una vez.</translation>
    </message>
    <message>
        <source>The call database is not open.</source>
        <translation>La base de datos de llamadas no está abierta.</translation>
    </message>
    <message>
        <source>Internal error: the call database was used from the wrong thread.</source>
        <translation>Error interno: la base de datos de llamadas se usó desde el hilo equivocado.</translation>
    </message>
</context>
<context>
    <name>CallHistoryWindow</name>
    <message>
        <source>Call History — CallDock</source>
        <translation>Historial de llamadas — CallDock</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>&amp;Editar nota…</translation>
    </message>
    <message>
        <source>Call &amp;Back</source>
        <translation>&amp;Devolver llamada</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Play Recording</source>
        <translation>&amp;Reproducir grabación</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Show Recording in &amp;Folder</source>
        <translation>Mostrar grabación en la &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Copy Number</source>
        <translation>C&amp;opiar número</translation>
    </message>
    <message>
        <source>&amp;Delete Log…</source>
        <translation>E&amp;liminar registro…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <comment>menu title</comment>
        <translation>&amp;Llamada</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Call actions</source>
        <translation>Acciones de llamada</translation>
    </message>
    <message>
        <source>This call is not logged.</source>
        <translation>Esta llamada no está registrada.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) match</source>
        <translation>
            <numerusform>%n llamada coincide</numerusform>
            <numerusform>%n llamadas coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n llamada</numerusform>
            <numerusform>%n llamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The recording cannot be opened.</source>
        <translation>No se puede abrir la grabación.</translation>
    </message>
    <message>
        <source>The folder cannot be opened.</source>
        <translation>No se puede abrir la carpeta.</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 copiado.</translation>
    </message>
    <message>
        <source>Delete Log</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <source>Delete the log of this call with %1?</source>
        <translation>¿Eliminar el registro de esta llamada con %1?</translation>
    </message>
    <message>
        <source>Its subject, note and recording record are removed from CallDock. The phone then shows the call as not logged.</source>
        <translation>Su asunto, su nota y la referencia a la grabación se eliminan de CallDock. Después, el teléfono mostrará la llamada como no registrada.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n llamada a %1.</numerusform>
            <numerusform>Se exportaron %n llamadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>calls-%1.csv</source>
        <translation>llamadas-%1.csv</translation>
    </message>
    <message>
        <source>Export Calls</source>
        <translation>Exportar llamadas</translation>
    </message>
    <message>
        <source>Exporting calls</source>
        <translation>Exportando llamadas</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Exporting calls to %1…</source>
        <translation>Exportando llamadas a %1…</translation>
    </message>
    <message>
        <source>Follow-up D&amp;one</source>
        <translation>Seguimiento comple&amp;tado</translation>
    </message>
</context>
<context>
    <name>CallLogger</name>
    <message>
        <source>Note being written in CallDock</source>
        <translation>Nota en curso en CallDock</translation>
    </message>
    <message>
        <source>CallDock could not save this call yet: %1</source>
        <translation>CallDock aún no ha podido guardar esta llamada: %1</translation>
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
        <translation>La base de datos de llamadas %1 no existe.</translation>
    </message>
    <message>
        <source>The file is not a database.</source>
        <translation>El archivo no es una base de datos.</translation>
    </message>
    <message>
        <source>The call database %1 is damaged: %2</source>
        <translation>La base de datos de llamadas %1 está dañada: %2</translation>
    </message>
    <message>
        <source>The call database %1 has to be upgraded by CallDock before it can be read.</source>
        <translation>CallDock debe actualizar la base de datos de llamadas %1 antes de poder leerla.</translation>
    </message>
    <message>
        <source>Cannot open the call database %1: %2</source>
        <translation>No se puede abrir la base de datos de llamadas %1: %2</translation>
    </message>
    <message>
        <source>The call database cannot be used: %1</source>
        <translation>No se puede usar la base de datos de llamadas: %1</translation>
    </message>
    <message>
        <source>No call database file was given.</source>
        <translation>No se indicó ningún archivo de base de datos de llamadas.</translation>
    </message>
    <message>
        <source>The call database %1 is a folder, not a file.</source>
        <translation>La base de datos de llamadas %1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; CallDock cannot keep its call database there.</source>
        <translation>La carpeta %1 es de solo lectura; CallDock no puede guardar allí su base de datos de llamadas.</translation>
    </message>
    <message>
        <source>The call database %1 is read-only.</source>
        <translation>La base de datos de llamadas %1 es de solo lectura.</translation>
    </message>
    <message>
        <source>Cannot create the call database %1: %2</source>
        <translation>No se puede crear la base de datos de llamadas %1: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the call database %1 to your user account.</source>
        <translation>No se puede restringir la base de datos de llamadas %1 a su cuenta de usuario.</translation>
    </message>
    <message>
        <source>The call database %1 is damaged and cannot be moved aside.</source>
        <translation>La base de datos de llamadas %1 está dañada y no se puede apartar.</translation>
    </message>
    <message>
        <source>The file %1 of the damaged call database cannot be moved aside.</source>
        <translation>No se puede apartar el archivo %1 de la base de datos de llamadas dañada.</translation>
    </message>
    <message>
        <source>Cannot switch the call database to WAL mode</source>
        <translation>No se puede cambiar la base de datos de llamadas al modo WAL</translation>
    </message>
    <message>
        <source>The call database %1 cannot use WAL mode (got &quot;%2&quot;).</source>
        <translation>La base de datos de llamadas %1 no puede usar el modo WAL (se obtuvo «%2»).</translation>
    </message>
    <message>
        <source>Cannot configure the call database</source>
        <translation>No se puede configurar la base de datos de llamadas</translation>
    </message>
    <message>
        <source>This SQLite library does not support foreign keys.</source>
        <translation>Esta biblioteca SQLite no admite claves foráneas.</translation>
    </message>
    <message>
        <source>Cannot check the call database</source>
        <translation>No se puede comprobar la base de datos de llamadas</translation>
    </message>
    <message>
        <source>Cannot start upgrading the call database: %1</source>
        <translation>No se puede iniciar la actualización de la base de datos de llamadas: %1</translation>
    </message>
    <message>
        <source>Cannot read the version of the call database.</source>
        <translation>No se puede leer la versión de la base de datos de llamadas.</translation>
    </message>
    <message>
        <source>The call database was created by a newer version of CallDock (schema %1, this version understands up to %2).</source>
        <translation>La base de datos de llamadas fue creada por una versión más reciente de CallDock (esquema %1; esta versión admite hasta el %2).</translation>
    </message>
    <message>
        <source>Cannot upgrade the call database to version %1: %2</source>
        <translation>No se puede actualizar la base de datos de llamadas a la versión %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the call database version: %1</source>
        <translation>No se puede guardar la versión de la base de datos de llamadas: %1</translation>
    </message>
    <message>
        <source>Cannot finish upgrading the call database: %1</source>
        <translation>No se puede completar la actualización de la base de datos de llamadas: %1</translation>
    </message>
</context>
<context>
    <name>CallText</name>
    <message>
        <source>Inbound</source>
        <extracomment>Direction of a call: the other party called the user.</extracomment>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outbound</source>
        <extracomment>Direction of a call: the user called the other party.</extracomment>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>call direction</comment>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation>un número desconocido</translation>
    </message>
    <message>
        <source>Inbound call from %1</source>
        <translation>Llamada entrante de %1</translation>
    </message>
    <message>
        <source>Outbound call to %1</source>
        <translation>Llamada saliente a %1</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Llamada con %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>start time of a call</comment>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>long date, short time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>duration of a call</comment>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonando</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declinada</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation>Colgada</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>result of a call</comment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Whether the call has a recording.</extracomment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Llamante desconocido</translation>
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
        <translation>La puesta al día se detuvo porque cerró la sesión.</translation>
    </message>
    <message>
        <source>Catching up stopped because the phone reloaded.</source>
        <translation>La puesta al día se detuvo porque el teléfono se recargó.</translation>
    </message>
    <message>
        <source>Could not get the un-logged calls from the phone: %1</source>
        <translation>No se pudieron obtener del teléfono las llamadas sin registrar: %1</translation>
    </message>
    <message>
        <source>Could not save the caught-up calls: %1</source>
        <translation>No se pudieron guardar las llamadas pendientes: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n page(s) of un-logged calls; the rest follows in the next run.</source>
        <translation>
            <numerusform>Detenido tras %n página de llamadas sin registrar; el resto se procesará en la próxima ejecución.</numerusform>
            <numerusform>Detenido tras %n páginas de llamadas sin registrar; el resto se procesará en la próxima ejecución.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 can only be used with --export.</source>
        <translation>--%1 solo se puede usar con --export.</translation>
    </message>
    <message>
        <source>--export: the file name is empty (use - for the standard output).</source>
        <translation>--export: el nombre de archivo está vacío (use - para la salida estándar).</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not a format; use csv or json.</source>
        <translation>--format: «%1» no es un formato; use csv o json.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; use YYYY-MM-DD or an ISO 8601 date and time such as 2024-03-01T14:30:00Z.</source>
        <translation>--%1: «%2» no es una fecha; use AAAA-MM-DD o una fecha y hora ISO 8601 como 2024-03-01T14:30:00Z.</translation>
    </message>
    <message>
        <source>--since must be before --until.</source>
        <translation>--since debe ser anterior a --until.</translation>
    </message>
    <message>
        <source>CallDock hosts the RingCentral Embeddable phone and logs every call to a local database.</source>
        <translation>CallDock integra el teléfono RingCentral Embeddable y registra cada llamada en una base de datos local.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>Load the widget from URL (its app.html) instead of the configured channel.</source>
        <translation>Cargar el widget desde URL (su app.html) en lugar del canal configurado.</translation>
    </message>
    <message>
        <source>Use the RingCentral app client ID.</source>
        <translation>Usar este ID de cliente de la aplicación de RingCentral.</translation>
    </message>
    <message>
        <source>Use the RingCentral platform at URL (https), e.g. the sandbox https://platform.devtest.ringcentral.com.</source>
        <translation>Usar la plataforma de RingCentral en URL (https), p. ej. el sandbox https://platform.devtest.ringcentral.com.</translation>
    </message>
    <message>
        <source>Keep everything CallDock writes (settings, web profile, database, recordings, logs) in DIR.</source>
        <translation>Guardar todo lo que escribe CallDock (configuración, perfil web, base de datos, grabaciones, registros de diagnóstico) en DIR.</translation>
    </message>
    <message>
        <source>Start without showing the window.</source>
        <translation>Iniciar sin mostrar la ventana.</translation>
    </message>
    <message>
        <source>Log debug messages to the terminal and the log file.</source>
        <translation>Escribir los mensajes de depuración en la terminal y en el archivo de registro.</translation>
    </message>
    <message>
        <source>Write the call log to FILE (- for the standard output) and exit. Works while CallDock runs.</source>
        <translation>Escribir el registro de llamadas en FILE (- para la salida estándar) y salir. Funciona aunque CallDock esté abierto.</translation>
    </message>
    <message>
        <source>Export format: csv or json (default: from the file name, else csv).</source>
        <translation>Formato de exportación: csv o json (predeterminado: según el nombre del archivo; si no, csv).</translation>
    </message>
    <message>
        <source>Export only calls that started on or after DATE (YYYY-MM-DD in local time, or an ISO 8601 date and time).</source>
        <translation>Exportar solo las llamadas iniciadas en DATE o después (AAAA-MM-DD en hora local, o una fecha y hora ISO 8601).</translation>
    </message>
    <message>
        <source>Export only calls that started on or before DATE (a YYYY-MM-DD date includes the whole day, in local time).</source>
        <translation>Exportar solo las llamadas iniciadas en DATE o antes (una fecha AAAA-MM-DD incluye el día completo, en hora local).</translation>
    </message>
    <message>
        <source>A tel: or callto: URL to dial, e.g. tel:+15551234567.</source>
        <translation>Una URL tel: o callto: que marcar, p. ej. tel:+15551234567.</translation>
    </message>
    <message>
        <source>--data-dir: the folder name is empty.</source>
        <translation>--data-dir: el nombre de la carpeta está vacío.</translation>
    </message>
    <message>
        <source>--data-dir: %1 exists and is not a folder.</source>
        <translation>--data-dir: %1 existe y no es una carpeta.</translation>
    </message>
    <message>
        <source>--export cannot be combined with a URL to dial.</source>
        <translation>--export no se puede combinar con una URL que marcar.</translation>
    </message>
    <message>
        <source>Only one tel: or callto: URL can be given.</source>
        <translation>Solo se puede indicar una URL tel: o callto:.</translation>
    </message>
    <message>
        <source>%1 is not a tel: or callto: URL with a phone number.</source>
        <translation>%1 no es una URL tel: o callto: con un número de teléfono.</translation>
    </message>
    <message>
        <source>Try &apos;calldock --help&apos; for more information.</source>
        <translation>Pruebe «calldock --help» para obtener más información.</translation>
    </message>
</context>
<context>
    <name>DataSettingsPage</name>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Call log database</source>
        <translation>Base de datos del registro de llamadas</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>A&amp;brir carpeta</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Call log:</source>
        <translation>Registro de llamadas:</translation>
    </message>
    <message>
        <source>The call log, notes, recordings and the phone&apos;s sign-in live in this folder and stay on this computer. Back it up like any other personal data.</source>
        <translation>El registro de llamadas, las notas, las grabaciones y el inicio de sesión del teléfono están en esta carpeta y se quedan en este equipo. Haga copias de seguridad como de cualquier otro dato personal.</translation>
    </message>
    <message>
        <source>To use another folder, start CallDock with: %1</source>
        <extracomment>%1 is the command line option, e.g. &quot;--data-dir FOLDER&quot;.</extracomment>
        <translation>Para usar otra carpeta, inicie CallDock con: %1</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>CARPETA</translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <source>Show/Hide CallDock</source>
        <translation>Mostrar/ocultar CallDock</translation>
    </message>
    <message>
        <source>Auto log calls</source>
        <translation>Registrar llamadas automáticamente</translation>
    </message>
    <message>
        <source>Call history…</source>
        <translation>Historial de llamadas…</translation>
    </message>
    <message>
        <source>Catch up un-logged calls now</source>
        <translation>Registrar ahora las llamadas sin registrar</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Activity…</source>
        <translation>Actividad…</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft belongs to no call.</source>
        <translation>El borrador no pertenece a ninguna llamada.</translation>
    </message>
    <message>
        <source>Cannot save the draft to %1: %2</source>
        <translation>No se puede guardar el borrador en %1: %2</translation>
    </message>
    <message>
        <source>Cannot delete the draft %1.</source>
        <translation>No se puede eliminar el borrador %1.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Cannot write to the standard output: %1</source>
        <translation>No se puede escribir en la salida estándar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n llamada a %1.</numerusform>
            <numerusform>Se exportaron %n llamadas a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpScheduler</name>
    <message>
        <source>Call back %1</source>
        <translation>Devolver la llamada a %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Due %1, while CallDock was closed.</source>
        <extracomment>A follow-up reminder whose time passed while CallDock was not running.</extracomment>
        <translation>Vencía el %1, mientras CallDock estaba cerrado.</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Devolver llamada</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Posponer %n min</numerusform>
            <numerusform>Posponer %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed follow-up</source>
        <translation>Seguimiento vencido</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Es hora del seguimiento</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Start-up and window</source>
        <translation>Inicio y ventana</translation>
    </message>
    <message>
        <source>Start CallDock when I &amp;log in</source>
        <translation>&amp;Iniciar CallDock al iniciar sesión</translation>
    </message>
    <message>
        <source>Start &amp;minimized</source>
        <translation>Iniciar &amp;minimizado</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps CallDock running in the tray</source>
        <translation>&amp;Cerrar la ventana mantiene CallDock en la bandeja del sistema</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits CallDock.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que al cerrar la ventana se cierra CallDock.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Show a notification for &amp;incoming calls</source>
        <translation>Mostrar una notificación para las llamadas &amp;entrantes</translation>
    </message>
    <message>
        <source>Show a notification when calls cannot be &amp;saved</source>
        <translation>Mostrar una notificación cuando no se puedan &amp;guardar llamadas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>A new language takes effect after CallDock restarts.</source>
        <translation>El nuevo idioma se aplica cuando CallDock se reinicia.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>I&amp;dioma:</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>Call history</source>
        <translation>Historial de llamadas</translation>
    </message>
    <message>
        <source>The call history cannot be opened: %1</source>
        <translation>No se puede abrir el historial de llamadas: %1</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Devolver llamada</translation>
    </message>
    <message>
        <source>%1 is not a number the phone can dial.</source>
        <translation>%1 no es un número que el teléfono pueda marcar.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>This call is no longer in the call log.</source>
        <translation>Esta llamada ya no está en el registro de llamadas.</translation>
    </message>
    <message>
        <source>Delete log</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <source>The log could not be deleted: %1</source>
        <translation>No se pudo eliminar el registro: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>The follow-up could not be changed: %1</source>
        <translation>No se pudo cambiar el seguimiento: %1</translation>
    </message>
</context>
<context>
    <name>LoadErrorPanel</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>The phone could not be loaded</source>
        <translation>No se pudo cargar el teléfono</translation>
    </message>
    <message>
        <source>Retry loading the phone</source>
        <translation>Volver a intentar cargar el teléfono</translation>
    </message>
    <message>
        <source>The widget did not respond.</source>
        <translation>El teléfono no respondió.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Reintentando…</translation>
    </message>
    <message numerus="yes">
        <source>CallDock tries again in %n second(s).</source>
        <translation>
            <numerusform>CallDock lo volverá a intentar en %n segundo.</numerusform>
            <numerusform>CallDock lo volverá a intentar en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Call</source>
        <comment>title of the box with the facts of the call</comment>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Number:</source>
        <comment>phone number</comment>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Grabación:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the note, Esc cancels.</source>
        <translation>Ctrl+Intro guarda la nota; Esc cancela.</translation>
    </message>
    <message>
        <source>What was the call about?</source>
        <translation>¿De qué trató la llamada?</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Save error</source>
        <translation>Error al guardar</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>Guardar la nota (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Cerrar sin guardar (Esc)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Shown instead of the other party&apos;s name or phone number when the phone did not send it.</extracomment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Edit call log — %1</source>
        <translation>Editar registro de llamada — %1</translation>
    </message>
    <message>
        <source>Log call — %1</source>
        <translation>Registrar llamada — %1</translation>
    </message>
    <message>
        <source>Restored the text you had not saved (%1).</source>
        <translation>Se ha restaurado el texto que no había guardado (%1).</translation>
    </message>
</context>
<context>
    <name>LoggingSettingsPage</name>
    <message>
        <source>&amp;Log every call automatically</source>
        <translation>&amp;Registrar cada llamada automáticamente</translation>
    </message>
    <message>
        <source>&amp;Download call recordings</source>
        <translation>&amp;Descargar las grabaciones de llamadas</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Where call notes are taken</source>
        <translation>Dónde se toman las notas de llamada</translation>
    </message>
    <message>
        <source>In CallDock&apos;s Log call window</source>
        <translation>En la ventana «Registrar llamada» de CallDock</translation>
    </message>
    <message>
        <source>On the phone&apos;s own log page</source>
        <translation>En la página de registro del propio teléfono</translation>
    </message>
    <message>
        <source>Don&apos;t ask for notes</source>
        <translation>No pedir notas</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>Carpeta de grabaciones</translation>
    </message>
    <message>
        <source>Choose the recordings folder</source>
        <translation>Elegir la carpeta de grabaciones</translation>
    </message>
    <message>
        <source>The same switch appears in the phone&apos;s settings; both always show the same choice.</source>
        <translation>El mismo interruptor aparece en la configuración del teléfono; ambos muestran siempre la misma opción.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Car&amp;peta:</translation>
    </message>
    <message>
        <source>Leave the folder empty to keep recordings in CallDock&apos;s data folder.</source>
        <translation>Deje la carpeta vacía para guardar las grabaciones en la carpeta de datos de CallDock.</translation>
    </message>
    <message>
        <source>Enter a complete folder path, such as %1.</source>
        <translation>Escriba una ruta de carpeta completa, como %1.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Esto es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>CallDock cannot write to this folder.</source>
        <translation>CallDock no puede escribir en esta carpeta.</translation>
    </message>
    <message>
        <source>Folder for call recordings</source>
        <translation>Carpeta para las grabaciones de llamadas</translation>
    </message>
    <message>
        <source>Log &amp;messages automatically (SMS, voicemail, fax)</source>
        <translation>Registrar &amp;mensajes automáticamente (SMS, buzón de voz, fax)</translation>
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
        <translation>Teléfono RingCentral</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Call &amp;History…</source>
        <translation>&amp;Historial de llamadas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About CallDock</source>
        <translation>&amp;Acerca de CallDock</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Activity…</source>
        <translation>&amp;Actividad…</translation>
    </message>
</context>
<context>
    <name>MessageLogger</name>
    <message>
        <source>Note being written in CallDock</source>
        <translation>Nota en curso en CallDock</translation>
    </message>
    <message>
        <source>CallDock could not save these messages yet</source>
        <translation>CallDock aún no ha podido guardar estos mensajes</translation>
    </message>
</context>
<context>
    <name>PhoneSettingsPage</name>
    <message>
        <source>Widget version</source>
        <translation>Versión del widget</translation>
    </message>
    <message>
        <source>Latest release</source>
        <translation>Última versión</translation>
    </message>
    <message>
        <source>Version 3.x</source>
        <translation>Versión 3.x</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Dirección personalizada</translation>
    </message>
    <message>
        <source>Custom widget address</source>
        <translation>Dirección personalizada del widget</translation>
    </message>
    <message>
        <source>https://example.com/embeddable/app.html</source>
        <translation>https://example.com/embeddable/app.html</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Empty: the widget&apos;s own demo client</source>
        <translation>Vacío: el cliente de demostración del widget</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Sandbox (developer)</source>
        <translation>Sandbox (desarrollo)</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Servidor personalizado</translation>
    </message>
    <message>
        <source>Custom platform address</source>
        <translation>Dirección personalizada de la plataforma</translation>
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
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID de c&amp;liente:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plataforma:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>The phone reloads to use changes made on this page; CallDock asks before it does, because a reload ends a call in progress.</source>
        <translation>El teléfono se recarga para aplicar los cambios de esta página; CallDock pregunta antes, porque una recarga termina la llamada en curso.</translation>
    </message>
</context>
<context>
    <name>PopupWindow</name>
    <message>
        <source>Sign in — CallDock</source>
        <translation>Iniciar sesión — CallDock</translation>
    </message>
    <message>
        <source>Sign in at %1 — CallDock</source>
        <translation>Iniciar sesión en %1 — CallDock</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>RecordingDownload</name>
    <message>
        <source>The recording could not be saved in %1: %2</source>
        <translation>No se pudo guardar la grabación en %1: %2</translation>
    </message>
    <message>
        <source>The server sent an empty recording.</source>
        <translation>El servidor envió una grabación vacía.</translation>
    </message>
    <message>
        <source>The download was incomplete: %1 of %2 bytes arrived.</source>
        <translation>La descarga está incompleta: llegaron %1 de %2 bytes.</translation>
    </message>
    <message>
        <source>The recording could not be saved as %1: %2</source>
        <translation>No se pudo guardar la grabación como %1: %2</translation>
    </message>
    <message>
        <source>The download link has expired.</source>
        <translation>El enlace de descarga ha caducado.</translation>
    </message>
    <message>
        <source>The server no longer has this recording (HTTP %1).</source>
        <translation>El servidor ya no tiene esta grabación (HTTP %1).</translation>
    </message>
    <message>
        <source>The server could not send the recording right now (HTTP %1).</source>
        <translation>El servidor no pudo enviar la grabación en este momento (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the download (HTTP %1).</source>
        <translation>El servidor rechazó la descarga (HTTP %1).</translation>
    </message>
    <message>
        <source>The server redirected the download in a loop or to an unsafe address.</source>
        <translation>El servidor redirigió la descarga en bucle o a una dirección no segura.</translation>
    </message>
    <message>
        <source>The recording address is not supported.</source>
        <translation>La dirección de la grabación no es compatible.</translation>
    </message>
    <message>
        <source>The server %1 could not be found.</source>
        <translation>No se encontró el servidor %1.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>El servidor %1 rechazó la conexión.</translation>
    </message>
    <message>
        <source>The connection to %1 failed before the recording was complete.</source>
        <translation>La conexión con %1 falló antes de completar la grabación.</translation>
    </message>
    <message>
        <source>The disk is full: the recording could not be saved in %1.</source>
        <translation>El disco está lleno: no se pudo guardar la grabación en %1.</translation>
    </message>
    <message>
        <source>The recording could not be written to %1. Check the free space and the permissions of that folder.</source>
        <translation>No se pudo escribir la grabación en %1. Compruebe el espacio libre y los permisos de esa carpeta.</translation>
    </message>
    <message>
        <source>The server %1 stopped sending data before the recording was complete.</source>
        <translation>El servidor %1 dejó de enviar datos antes de completar la grabación.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>El servidor %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted, so the recording was not downloaded. Check the system&apos;s date and certificates, or a proxy that intercepts secure connections.</source>
        <translation>El certificado de %1 no es de confianza, por lo que no se descargó la grabación. Compruebe la fecha y los certificados del sistema, o si hay un proxy que intercepte las conexiones seguras.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be established.</source>
        <translation>No se pudo establecer una conexión segura (TLS) con %1.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection before the recording was complete.</source>
        <translation>El servidor %1 cerró la conexión antes de completar la grabación.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection without sending the recording.</source>
        <translation>El servidor %1 cerró la conexión sin enviar la grabación.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>La red no está disponible.</translation>
    </message>
    <message>
        <source>The proxy server could not be used.</source>
        <translation>No se pudo usar el servidor proxy.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>La conexión con %1 falló.</translation>
    </message>
</context>
<context>
    <name>RecordingFetcher</name>
    <message>
        <source>The download link expired and no new one could be obtained. Open the recording in the browser instead.</source>
        <translation>El enlace de descarga caducó y no se pudo obtener uno nuevo. Abra la grabación en el navegador.</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) waiting to download</source>
        <translation>
            <numerusform>%n grabación pendiente de descarga</numerusform>
            <numerusform>%n grabaciones pendientes de descarga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) downloading, %1%</source>
        <translation>
            <numerusform>Descargando %n grabación, %1 %</numerusform>
            <numerusform>Descargando %n grabaciones, %1 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) downloading</source>
        <translation>
            <numerusform>Descargando %n grabación</numerusform>
            <numerusform>Descargando %n grabaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n more waiting)</source>
        <translation>
            <numerusform>%1 (%n más en espera)</numerusform>
            <numerusform>%1 (%n más en espera)</numerusform>
        </translation>
    </message>
    <message>
        <source>No folder for recordings is set. Choose one in the settings.</source>
        <translation>No hay ninguna carpeta definida para las grabaciones. Elija una en la configuración.</translation>
    </message>
    <message>
        <source>The recordings folder %1 cannot be created. Choose another folder in the settings.</source>
        <translation>No se puede crear la carpeta de grabaciones %1. Elija otra carpeta en la configuración.</translation>
    </message>
</context>
<context>
    <name>RecordingsController</name>
    <message>
        <source>Recording not downloaded</source>
        <translation>Grabación no descargada</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The widget address must be a complete URL such as https://example.com/embeddable/app.html.</source>
        <translation>La dirección del widget debe ser una URL completa, como https://example.com/embeddable/app.html.</translation>
    </message>
    <message>
        <source>The widget address must start with https:// (http:// is allowed only for localhost).</source>
        <translation>La dirección del widget debe empezar por https:// (http:// solo se permite para localhost).</translation>
    </message>
    <message>
        <source>The platform address must be a complete URL starting with https://, such as https://platform.devtest.ringcentral.com.</source>
        <translation>La dirección de la plataforma debe ser una URL completa que empiece por https://, como https://platform.devtest.ringcentral.com.</translation>
    </message>
    <message>
        <source>A client ID contains only letters, digits, &apos;-&apos; and &apos;_&apos; (up to 128 characters).</source>
        <translation>Un ID de cliente solo contiene letras, dígitos, «-» y «_» (hasta 128 caracteres).</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interesado</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>No interesado</translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation>Mensaje de voz dejado</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>CallDock Settings</source>
        <translation>Configuración de CallDock</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Call logging</source>
        <translation>Registro de llamadas</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configuración no guardada</translation>
    </message>
    <message>
        <source>CallDock could not write its settings file %1. The changes last until CallDock quits.</source>
        <translation>CallDock no pudo escribir su archivo de configuración %1. Los cambios durarán hasta que se cierre CallDock.</translation>
    </message>
    <message>
        <source>Reload the phone?</source>
        <translation>¿Recargar el teléfono?</translation>
    </message>
    <message>
        <source>The phone must reload to use the new settings. Reload now?</source>
        <translation>El teléfono debe recargarse para usar la nueva configuración. ¿Recargar ahora?</translation>
    </message>
    <message>
        <source>A reload ends a call in progress. With Later, the new settings are used the next time CallDock starts.</source>
        <translation>Una recarga termina la llamada en curso. Con «Más tarde», la nueva configuración se usará la próxima vez que se inicie CallDock.</translation>
    </message>
    <message>
        <source>&amp;Reload now</source>
        <translation>&amp;Recargar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>CallDock cannot write its lock file %1 (permission denied).</source>
        <translation>CallDock no puede escribir su archivo de bloqueo %1 (permiso denegado).</translation>
    </message>
    <message>
        <source>CallDock cannot create its lock file %1.</source>
        <translation>CallDock no puede crear su archivo de bloqueo %1.</translation>
    </message>
    <message>
        <source>CallDock is already running for this data folder but does not answer.</source>
        <translation>CallDock ya se está ejecutando para esta carpeta de datos, pero no responde.</translation>
    </message>
    <message>
        <source>Could not hand the request to the running CallDock.</source>
        <translation>No se pudo pasar la solicitud al CallDock en ejecución.</translation>
    </message>
    <message>
        <source>The running CallDock did not confirm the request.</source>
        <translation>El CallDock en ejecución no confirmó la solicitud.</translation>
    </message>
</context>
<context>
    <name>StoreErrorText</name>
    <message>
        <source>The disk is full.</source>
        <translation>El disco está lleno.</translation>
    </message>
    <message>
        <source>Another program is holding the call database.</source>
        <translation>Otro programa está bloqueando la base de datos de llamadas.</translation>
    </message>
    <message>
        <source>The call database cannot be written (read-only or no permission).</source>
        <translation>No se puede escribir en la base de datos de llamadas (solo lectura o sin permiso).</translation>
    </message>
    <message>
        <source>The call database is not open.</source>
        <translation>La base de datos de llamadas no está abierta.</translation>
    </message>
    <message>
        <source>The call database is damaged.</source>
        <translation>La base de datos de llamadas está dañada.</translation>
    </message>
    <message>
        <source>The disk holding the call database reported a read or write error.</source>
        <translation>El disco que contiene la base de datos de llamadas informó de un error de lectura o escritura.</translation>
    </message>
    <message>
        <source>The call database cannot be opened.</source>
        <translation>No se puede abrir la base de datos de llamadas.</translation>
    </message>
    <message>
        <source>This call is not logged.</source>
        <translation>Esta llamada no está registrada.</translation>
    </message>
    <message>
        <source>The widget sent a call CallDock cannot log (it has no session id).</source>
        <translation>El teléfono envió una llamada que CallDock no puede registrar (no tiene ID de sesión).</translation>
    </message>
    <message>
        <source>The call database belongs to a different version of CallDock.</source>
        <translation>La base de datos de llamadas pertenece a otra versión de CallDock.</translation>
    </message>
    <message>
        <source>The call database reported an error.</source>
        <translation>La base de datos de llamadas informó de un error.</translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Call in progress</source>
        <translation>Llamada en curso</translation>
    </message>
    <message>
        <source>Calls are not being saved</source>
        <translation>Las llamadas no se están guardando</translation>
    </message>
    <message>
        <source>CallDock — %1</source>
        <translation>CallDock — %1</translation>
    </message>
    <message>
        <source>Last logged: none yet</source>
        <translation>Último registro: ninguno todavía</translation>
    </message>
    <message>
        <source>Last logged: %1</source>
        <translation>Último registro: %1</translation>
    </message>
    <message>
        <source>Last logged: %1, %2</source>
        <extracomment>Tray tooltip: %1 is the other party of the last logged call, %2 its time or date.</extracomment>
        <translation>Último registro: %1, %2</translation>
    </message>
</context>
<context>
    <name>WidgetBridge</name>
    <message>
        <source>The phone reloaded before it answered.</source>
        <translation>El teléfono se recargó antes de responder.</translation>
    </message>
    <message>
        <source>The phone did not answer in time.</source>
        <translation>El teléfono no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The phone sent an unreadable list of calls (%1).</source>
        <translation>El teléfono envió una lista de llamadas ilegible (%1).</translation>
    </message>
    <message>
        <source>The phone sent an unreadable call (%1).</source>
        <translation>El teléfono envió una llamada ilegible (%1).</translation>
    </message>
</context>
<context>
    <name>WidgetLoader</name>
    <message numerus="yes">
        <source>The phone did not start within %n seconds.</source>
        <translation>
            <numerusform>El teléfono no se inició en %n segundo.</numerusform>
            <numerusform>El teléfono no se inició en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>CallDock could not open its own page.</source>
        <translation>CallDock no pudo abrir su propia página.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2).</source>
        <translation>El servidor respondió HTTP %1 (%2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CallDock cannot start</source>
        <translation>CallDock no puede iniciarse</translation>
    </message>
</context>
</TS>
