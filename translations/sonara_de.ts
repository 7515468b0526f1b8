<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/studio/main.cpp" line="36"/>
        <source>Sonara Studio</source>
        <translation>Sonara Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="37"/>
        <source>The studio could not start: %1</source>
        <translation>Das Studio konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>sonara::studio::AudioDocument</name>
    <message>
        <location filename="../app/studio/audio_document.cpp" line="86"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/studio/audio_document.cpp" line="94"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../app/studio/audio_document.cpp" line="110"/>
        <source>Silence</source>
        <translation>Stille</translation>
    </message>
    <message>
        <location filename="../app/studio/audio_document.cpp" line="126"/>
        <source>Fade in</source>
        <translation>Einblenden</translation>
    </message>
    <message>
        <location filename="../app/studio/audio_document.cpp" line="142"/>
        <source>Fade out</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../app/studio/audio_document.cpp" line="156"/>
        <source>Gain</source>
        <translation>Verstärkung</translation>
    </message>
    <message>
        <location filename="../app/studio/audio_document.cpp" line="168"/>
        <source>Normalize</source>
        <translation>Normalisieren</translation>
    </message>
</context>
<context>
    <name>sonara::studio::CapabilityForm</name>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="57"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="60"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="94"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="97"/>
        <location filename="../app/studio/capability_form.cpp" line="354"/>
        <source>Run this capability (Ctrl+Return)</source>
        <translation>Diese Funktion ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="135"/>
        <source>Input: open a track first; the current track is used</source>
        <translation>Eingabe: zuerst eine Spur öffnen; die aktuelle Spur wird verwendet</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="136"/>
        <source>Input: the current track, %1</source>
        <translation>Eingabe: die aktuelle Spur, %1</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="174"/>
        <source>Open the model manager</source>
        <translation>Modellverwaltung öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="183"/>
        <source>No engine for this capability can run yet: install one of its models (%1). %2</source>
        <translation>Noch kann keine Engine diese Funktion ausführen: Installieren Sie eines ihrer Modelle (%1). %2</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="184"/>
        <source>none listed in the catalog</source>
        <translation>keines im Katalog</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="190"/>
        <source>The engine %1 needs a model and none is installed. %2</source>
        <translation>Die Engine %1 braucht ein Modell, und keines ist installiert. %2</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="315"/>
        <source>Install a model for this capability first.</source>
        <translation>Installieren Sie zuerst ein Modell für diese Funktion.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="318"/>
        <source>No engine can run this capability.</source>
        <translation>Keine Engine kann diese Funktion ausführen.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="321"/>
        <source>Choose an installed model, or install one from the Models page.</source>
        <translation>Wählen Sie ein installiertes Modell oder installieren Sie eines auf der Seite „Modelle“.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="329"/>
        <source>%1 is out of range.</source>
        <translation>%1 liegt außerhalb des erlaubten Bereichs.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="333"/>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="338"/>
        <source>Enter the text first.</source>
        <translation>Geben Sie zuerst den Text ein.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="341"/>
        <location filename="../app/studio/capability_form.cpp" line="379"/>
        <source>Open a track first: it is this capability&apos;s input.</source>
        <translation>Öffnen Sie zuerst eine Spur: Sie ist die Eingabe dieser Funktion.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::ExportDialog</name>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="36"/>
        <location filename="../app/studio/export_dialog.cpp" line="162"/>
        <source>Export audio</source>
        <translation>Audio exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="45"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="47"/>
        <source>Same as the track (%1 Hz)</source>
        <translation>Wie die Spur (%1 Hz)</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="49"/>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="51"/>
        <source>Sample rate</source>
        <translation>Abtastrate</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="53"/>
        <source>Normalize to</source>
        <translation>Normalisieren auf</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="60"/>
        <source>Integrated loudness (EBU R128): -16 for podcasts, -14 for music streaming, -23 for broadcast</source>
        <translation>Integrierte Lautheit (EBU R128): -16 für Podcasts, -14 für Musik-Streaming, -23 für Rundfunk</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="65"/>
        <source>Loudness</source>
        <translation>Lautheit</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="68"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="71"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="86"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="131"/>
        <source>The track is empty: there is nothing to export.</source>
        <translation>Die Spur ist leer: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="134"/>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie die Zieldatei für den Export.</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="138"/>
        <source>Not enough credits: this export needs %1 and the balance is %2. Buy more minutes for your Sonara account; editing and processing stay free.</source>
        <translation>Nicht genug Guthaben: Dieser Export braucht %1, das Guthaben beträgt %2. Kaufen Sie weitere Minuten für Ihr Sonara-Konto; Bearbeiten und Verarbeiten bleiben kostenlos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/export_dialog.cpp" line="148"/>
        <source>Cost: %1 min of credit (%n second(s), billed per second, rounded up)</source>
        <translation>
            <numerusform>Kosten: %1 min Guthaben (%n Sekunde, sekundengenau abgerechnet, aufgerundet)</numerusform>
            <numerusform>Kosten: %1 min Guthaben (%n Sekunden, sekundengenau abgerechnet, aufgerundet)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="151"/>
        <source>Balance: %1 min now, %2 min after this export</source>
        <translation>Guthaben: jetzt %1 min, nach diesem Export %2 min</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="163"/>
        <source>%1 audio (*.%2)</source>
        <translation>%1-Audio (*.%2)</translation>
    </message>
</context>
<context>
    <name>sonara::studio::JobRow</name>
    <message>
        <location filename="../app/studio/job_row.cpp" line="20"/>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="22"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="24"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="26"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="28"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="30"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="56"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="57"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="58"/>
        <source>Open as track</source>
        <translation>Als Spur öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="58"/>
        <source>Show transcript</source>
        <translation>Transkript zeigen</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="59"/>
        <source>Apply to track</source>
        <translation>Auf Spur anwenden</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="60"/>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="61"/>
        <source>Compare the result with the track; B switches while playing</source>
        <translation>Ergebnis mit der Spur vergleichen; B schaltet während der Wiedergabe um</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/job_row.cpp" line="91"/>
        <source>%n s left</source>
        <translation>
            <numerusform>noch %n s</numerusform>
            <numerusform>noch %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonara::studio::JobsDock</name>
    <message>
        <location filename="../app/studio/jobs_dock.cpp" line="15"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
</context>
<context>
    <name>sonara::studio::MainWindow</name>
    <message>
        <location filename="../app/studio/main_window.cpp" line="61"/>
        <source>Audio and video (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mov *.mkv *.webm);;All files (*)</source>
        <translation>Audio und Video (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mov *.mkv *.webm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="99"/>
        <location filename="../app/studio/main_window.cpp" line="559"/>
        <source>Sonara Studio</source>
        <translation>Sonara Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="139"/>
        <source>Job %1 queued</source>
        <translation>Auftrag %1 eingereiht</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="149"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="180"/>
        <location filename="../app/studio/main_window.cpp" line="807"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="211"/>
        <source>Output level (peak, 60 dB range)</source>
        <translation>Ausgangspegel (Spitze, 60 dB Bereich)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="277"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="279"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="282"/>
        <source>&amp;Close track</source>
        <translation>Spur &amp;schließen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="288"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="300"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="303"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="308"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="316"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="319"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="321"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="324"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="327"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="330"/>
        <source>&amp;Silence</source>
        <translation>&amp;Stille</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="332"/>
        <source>Fade &amp;in</source>
        <translation>E&amp;inblenden</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="335"/>
        <source>Fade &amp;out</source>
        <translation>A&amp;usblenden</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="338"/>
        <source>&amp;Gain…</source>
        <translation>&amp;Verstärkung…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="340"/>
        <source>&amp;Normalize…</source>
        <translation>&amp;Normalisieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="344"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="349"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="352"/>
        <source>&amp;Fit to window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="356"/>
        <source>&amp;Spectrogram</source>
        <translation>&amp;Spektrogramm</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="359"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="361"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="365"/>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Wiedergabe/Pause</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="368"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="372"/>
        <source>&amp;Loop selection</source>
        <translation>Auswahl in &amp;Schleife</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="378"/>
        <source>&amp;Record from microphone</source>
        <translation>Vom Mikrofon &amp;aufnehmen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="387"/>
        <location filename="../app/studio/main_window.cpp" line="834"/>
        <source>Recording %1</source>
        <translation>Aufnahme %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="389"/>
        <source>&amp;A/B: result or original</source>
        <translation>&amp;A/B: Ergebnis oder Original</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="395"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="397"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="406"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="415"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="423"/>
        <source>&amp;Transport</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="428"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="480"/>
        <location filename="../app/studio/main_window.cpp" line="509"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="481"/>
        <location filename="../app/studio/main_window.cpp" line="510"/>
        <source>Could not open %1: %2. Sonara opens audio files and the sound of video files that FFmpeg can read.</source>
        <translation>%1 konnte nicht geöffnet werden: %2. Sonara öffnet Audiodateien und den Ton von Videodateien, die FFmpeg lesen kann.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="493"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="559"/>
        <source>%1 – Sonara Studio</source>
        <translation>%1 – Sonara Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="572"/>
        <source>No track</source>
        <translation>Keine Spur</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/main_window.cpp" line="577"/>
        <source>Duration %1 · %2 Hz · %n channel(s)</source>
        <translation>
            <numerusform>Dauer %1 · %2 Hz · %n Kanal</numerusform>
            <numerusform>Dauer %1 · %2 Hz · %n Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="582"/>
        <source>Selection %1 – %2 (%3)</source>
        <translation>Auswahl %1 – %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="589"/>
        <source>Position %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="595"/>
        <source>Hearing B: %1 (press B for the track)</source>
        <translation>Zu hören: B, %1 (B drücken für die Spur)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="596"/>
        <source>Hearing A: the track (press B for %1)</source>
        <translation>Zu hören: A, die Spur (B drücken für %1)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="618"/>
        <source>Credits: %1 min · not signed in</source>
        <translation>Guthaben: %1 min · nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="620"/>
        <source>Exports cost their duration, billed per second. Editing and processing are free.</source>
        <translation>Exporte kosten ihre Dauer, sekundengenau abgerechnet. Bearbeiten und Verarbeiten sind kostenlos.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="656"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="699"/>
        <source>Gain</source>
        <translation>Verstärkung</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="700"/>
        <source>Gain in dB (the selection, or the whole track):</source>
        <translation>Verstärkung in dB (Auswahl oder ganze Spur):</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="715"/>
        <location filename="../app/studio/main_window.cpp" line="724"/>
        <source>Normalize</source>
        <translation>Normalisieren</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="715"/>
        <source>Target loudness in LUFS (the selection, or the whole track):</source>
        <translation>Ziel-Lautheit in LUFS (Auswahl oder ganze Spur):</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="741"/>
        <source>Play</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="785"/>
        <location filename="../app/studio/main_window.cpp" line="788"/>
        <source>Apply result</source>
        <translation>Ergebnis anwenden</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="798"/>
        <source>Press B to switch between the track and %1</source>
        <translation>B drücken, um zwischen der Spur und %1 umzuschalten</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="801"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="807"/>
        <source>Could not read the transcript %1.</source>
        <translation>Das Transkript %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="820"/>
        <location filename="../app/studio/main_window.cpp" line="850"/>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="824"/>
        <source>Recording: press Ctrl+R again to stop</source>
        <translation>Aufnahme läuft: zum Beenden erneut Strg+R drücken</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="863"/>
        <source>Open audio or video</source>
        <translation>Audio oder Video öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="882"/>
        <source>-edited</source>
        <translation>-bearbeitet</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="886"/>
        <source>Exported %1 (%2 min of credit)</source>
        <translation>%1 exportiert (%2 min Guthaben)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="896"/>
        <source>API 127.0.0.1:%1</source>
        <translation>API 127.0.0.1:%1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="897"/>
        <source>The local API for scripts; its token is in %1</source>
        <translation>Die lokale API für Skripte; ihr Token liegt in %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="902"/>
        <source>API off</source>
        <translation>API aus</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="903"/>
        <source>The local API did not start: %1. Choose another port in the settings.</source>
        <translation>Die lokale API ist nicht gestartet: %1. Wählen Sie in den Einstellungen einen anderen Port.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::ModelManagerPage</name>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="26"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="28"/>
        <source>Models run on this computer. Classic engines (eSpeak NG, PocketSphinx, FFmpeg) need none; the others need their model installed here first.</source>
        <translation>Modelle laufen auf diesem Computer. Klassische Engines (eSpeak NG, PocketSphinx, FFmpeg) brauchen keines; die anderen brauchen zuerst ihr hier installiertes Modell.</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="34"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="34"/>
        <source>Capability</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="34"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="35"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="35"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="35"/>
        <source>GPU memory</source>
        <translation>GPU-Speicher</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="36"/>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="45"/>
        <source>Install from folder…</source>
        <translation>Aus Ordner installieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="46"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="58"/>
        <source>Select a model in the list first.</source>
        <translation>Wählen Sie zuerst ein Modell in der Liste.</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="62"/>
        <source>Folder with the files of %1</source>
        <translation>Ordner mit den Dateien von %1</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="72"/>
        <source>Remove model</source>
        <translation>Modell entfernen</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="73"/>
        <source>Remove %1 from this computer?</source>
        <translation>%1 von diesem Computer entfernen?</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="106"/>
        <location filename="../app/studio/model_manager_page.cpp" line="113"/>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="106"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="123"/>
        <source>%1 is installed.</source>
        <translation>%1 ist installiert.</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="136"/>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::Recorder</name>
    <message>
        <location filename="../app/studio/recorder.cpp" line="24"/>
        <source>No microphone was found: connect one, or choose it as the default input in the system&apos;s sound settings.</source>
        <translation>Kein Mikrofon gefunden: Schließen Sie eines an oder wählen Sie es in den Toneinstellungen des Systems als Standardeingang.</translation>
    </message>
    <message>
        <location filename="../app/studio/recorder.cpp" line="45"/>
        <source>The microphone could not be opened; check that no other program holds it.</source>
        <translation>Das Mikrofon konnte nicht geöffnet werden; prüfen Sie, dass kein anderes Programm es belegt.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::SettingsDialog</name>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="35"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="41"/>
        <source>Automatic (a CUDA GPU when present)</source>
        <translation>Automatisch (eine CUDA-GPU, falls vorhanden)</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="42"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="44"/>
        <source>CUDA GPU %1</source>
        <translation>CUDA-GPU %1</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="48"/>
        <source>Compute device</source>
        <translation>Rechengerät</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="51"/>
        <source>Automatic (fp16 on GPU, fp32 on CPU)</source>
        <translation>Automatisch (fp16 auf GPU, fp32 auf CPU)</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="57"/>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="62"/>
        <source>Takes effect the next time the studio starts</source>
        <translation>Wirkt beim nächsten Start des Studios</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="63"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="66"/>
        <location filename="../app/studio/settings_dialog.cpp" line="69"/>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="79"/>
        <source>Port of the local API on 127.0.0.1; 0 picks a free one. Takes effect the next time the studio starts</source>
        <translation>Port der lokalen API auf 127.0.0.1; 0 wählt einen freien. Wirkt beim nächsten Start des Studios</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="81"/>
        <source>Local API port</source>
        <translation>Port der lokalen API</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="87"/>
        <source>Scripts send it as a bearer token; it is kept in %1</source>
        <translation>Skripte senden es als Bearer-Token; es liegt in %1</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="89"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="91"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="92"/>
        <source>Rotate</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="93"/>
        <source>Replace the token: scripts using the old one are refused</source>
        <translation>Token ersetzen: Skripte mit dem alten werden abgewiesen</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="98"/>
        <source>Local API token</source>
        <translation>Token der lokalen API</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="109"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="115"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>sonara::studio::TranscriptView</name>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="24"/>
        <source>Export transcript…</source>
        <translation>Transkript exportieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="57"/>
        <source>%1 s – %2 s</source>
        <translation>%1 s – %2 s</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="104"/>
        <location filename="../app/studio/transcript_view.cpp" line="110"/>
        <source>Export transcript</source>
        <translation>Transkript exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="105"/>
        <source>Subtitles (*.srt *.vtt);;Text (*.txt);;JSON (*.json)</source>
        <translation>Untertitel (*.srt *.vtt);;Text (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="111"/>
        <source>Could not write %1: choose a .srt, .vtt, .txt or .json file in a folder you can write to.</source>
        <translation>%1 konnte nicht geschrieben werden: Wählen Sie eine .srt-, .vtt-, .txt- oder .json-Datei in einem beschreibbaren Ordner.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::WaveformView</name>
    <message>
        <location filename="../app/studio/waveform_view.cpp" line="323"/>
        <source>Open or drop an audio or video file to start (Ctrl+O)</source>
        <translation>Zum Beginnen eine Audio- oder Videodatei öffnen oder hierher ziehen (Strg+O)</translation>
    </message>
</context>
</TS>
