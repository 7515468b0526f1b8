<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <translation>El estudio no pudo iniciarse: %1</translation>
    </message>
</context>
<context>
    <name>sonara::studio::AudioDocument</name>
    <message>
        <location filename="../app/studio/audio_document.cpp" line="86"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../app/studio/audio_document.cpp" line="94"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <location filename="../app/studio/audio_document.cpp" line="110"/>
        <source>Silence</source>
        <translation>Silencio</translation>
    </message>
    <message>
        <location filename="../app/studio/audio_document.cpp" line="126"/>
        <source>Fade in</source>
        <translation>Fundido de entrada</translation>
    </message>
    <message>
        <location filename="../app/studio/audio_document.cpp" line="142"/>
        <source>Fade out</source>
        <translation>Fundido de salida</translation>
    </message>
    <message>
        <location filename="../app/studio/audio_document.cpp" line="156"/>
        <source>Gain</source>
        <translation>Ganancia</translation>
    </message>
    <message>
        <location filename="../app/studio/audio_document.cpp" line="168"/>
        <source>Normalize</source>
        <translation>Normalizar</translation>
    </message>
</context>
<context>
    <name>sonara::studio::CapabilityForm</name>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="57"/>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="60"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="94"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="97"/>
        <location filename="../app/studio/capability_form.cpp" line="354"/>
        <source>Run this capability (Ctrl+Return)</source>
        <translation>Ejecutar esta función (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="135"/>
        <source>Input: open a track first; the current track is used</source>
        <translation>Entrada: abra primero una pista; se usa la pista actual</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="136"/>
        <source>Input: the current track, %1</source>
        <translation>Entrada: la pista actual, %1</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="174"/>
        <source>Open the model manager</source>
        <translation>Abrir el gestor de modelos</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="183"/>
        <source>No engine for this capability can run yet: install one of its models (%1). %2</source>
        <translation>Ningún motor puede ejecutar esta función todavía: instale uno de sus modelos (%1). %2</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="184"/>
        <source>none listed in the catalog</source>
        <translation>ninguno en el catálogo</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="190"/>
        <source>The engine %1 needs a model and none is installed. %2</source>
        <translation>El motor %1 necesita un modelo y no hay ninguno instalado. %2</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="315"/>
        <source>Install a model for this capability first.</source>
        <translation>Instale primero un modelo para esta función.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="318"/>
        <source>No engine can run this capability.</source>
        <translation>Ningún motor puede ejecutar esta función.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="321"/>
        <source>Choose an installed model, or install one from the Models page.</source>
        <translation>Elija un modelo instalado o instale uno desde la página Modelos.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="329"/>
        <source>%1 is out of range.</source>
        <translation>%1 está fuera de rango.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="333"/>
        <source>%1 must not be empty.</source>
        <translation>%1 no puede estar vacío.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="338"/>
        <source>Enter the text first.</source>
        <translation>Escriba primero el texto.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="341"/>
        <location filename="../app/studio/capability_form.cpp" line="379"/>
        <source>Open a track first: it is this capability&apos;s input.</source>
        <translation>Abra primero una pista: es la entrada de esta función.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::ExportDialog</name>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="36"/>
        <location filename="../app/studio/export_dialog.cpp" line="162"/>
        <source>Export audio</source>
        <translation>Exportar audio</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="45"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="47"/>
        <source>Same as the track (%1 Hz)</source>
        <translation>Igual que la pista (%1 Hz)</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="49"/>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="51"/>
        <source>Sample rate</source>
        <translation>Frecuencia de muestreo</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="53"/>
        <source>Normalize to</source>
        <translation>Normalizar a</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="60"/>
        <source>Integrated loudness (EBU R128): -16 for podcasts, -14 for music streaming, -23 for broadcast</source>
        <translation>Sonoridad integrada (EBU R128): -16 para pódcasts, -14 para música en streaming, -23 para radiodifusión</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="65"/>
        <source>Loudness</source>
        <translation>Sonoridad</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="68"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="71"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="86"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="131"/>
        <source>The track is empty: there is nothing to export.</source>
        <translation>La pista está vacía: no hay nada que exportar.</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="134"/>
        <source>Choose a file to export to.</source>
        <translation>Elija el archivo al que exportar.</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="138"/>
        <source>Not enough credits: this export needs %1 and the balance is %2. Buy more minutes for your Sonara account; editing and processing stay free.</source>
        <translation>Créditos insuficientes: esta exportación necesita %1 y el saldo es %2. Compre más minutos para su cuenta de Sonara; editar y procesar siguen siendo gratis.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/export_dialog.cpp" line="148"/>
        <source>Cost: %1 min of credit (%n second(s), billed per second, rounded up)</source>
        <translation>
            <numerusform>Coste: %1 min de crédito (%n segundo, facturado por segundo, redondeado hacia arriba)</numerusform>
            <numerusform>Coste: %1 min de crédito (%n segundos, facturados por segundo, redondeados hacia arriba)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="151"/>
        <source>Balance: %1 min now, %2 min after this export</source>
        <translation>Saldo: %1 min ahora, %2 min después de esta exportación</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="163"/>
        <source>%1 audio (*.%2)</source>
        <translation>Audio %1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>sonara::studio::JobRow</name>
    <message>
        <location filename="../app/studio/job_row.cpp" line="20"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="22"/>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="24"/>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="26"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="28"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="30"/>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="56"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="57"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="58"/>
        <source>Open as track</source>
        <translation>Abrir como pista</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="58"/>
        <source>Show transcript</source>
        <translation>Mostrar transcripción</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="59"/>
        <source>Apply to track</source>
        <translation>Aplicar a la pista</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="60"/>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="61"/>
        <source>Compare the result with the track; B switches while playing</source>
        <translation>Comparar el resultado con la pista; B cambia durante la reproducción</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/job_row.cpp" line="91"/>
        <source>%n s left</source>
        <translation>
            <numerusform>queda %n s</numerusform>
            <numerusform>quedan %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonara::studio::JobsDock</name>
    <message>
        <location filename="../app/studio/jobs_dock.cpp" line="15"/>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
</context>
<context>
    <name>sonara::studio::MainWindow</name>
    <message>
        <location filename="../app/studio/main_window.cpp" line="61"/>
        <source>Audio and video (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mov *.mkv *.webm);;All files (*)</source>
        <translation>Audio y vídeo (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mov *.mkv *.webm);;Todos los archivos (*)</translation>
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
        <translation>Trabajo %1 en cola</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="149"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="180"/>
        <location filename="../app/studio/main_window.cpp" line="807"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="211"/>
        <source>Output level (peak, 60 dB range)</source>
        <translation>Nivel de salida (pico, rango de 60 dB)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="277"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="279"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="282"/>
        <source>&amp;Close track</source>
        <translation>&amp;Cerrar pista</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="288"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="300"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="303"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="308"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="316"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="319"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="321"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="324"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="327"/>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="330"/>
        <source>&amp;Silence</source>
        <translation>&amp;Silenciar</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="332"/>
        <source>Fade &amp;in</source>
        <translation>Fundido de &amp;entrada</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="335"/>
        <source>Fade &amp;out</source>
        <translation>Fundido de &amp;salida</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="338"/>
        <source>&amp;Gain…</source>
        <translation>&amp;Ganancia…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="340"/>
        <source>&amp;Normalize…</source>
        <translation>&amp;Normalizar…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="344"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="349"/>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="352"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Ajustar a la ventana</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="356"/>
        <source>&amp;Spectrogram</source>
        <translation>&amp;Espectrograma</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="359"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="361"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Trabajos</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="365"/>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Reproducir/Pausa</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="368"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="372"/>
        <source>&amp;Loop selection</source>
        <translation>&amp;Repetir la selección</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="378"/>
        <source>&amp;Record from microphone</source>
        <translation>&amp;Grabar desde el micrófono</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="387"/>
        <location filename="../app/studio/main_window.cpp" line="834"/>
        <source>Recording %1</source>
        <translation>Grabación %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="389"/>
        <source>&amp;A/B: result or original</source>
        <translation>&amp;A/B: resultado u original</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="395"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="397"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="406"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="415"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="423"/>
        <source>&amp;Transport</source>
        <translation>&amp;Transporte</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="428"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="480"/>
        <location filename="../app/studio/main_window.cpp" line="509"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="481"/>
        <location filename="../app/studio/main_window.cpp" line="510"/>
        <source>Could not open %1: %2. Sonara opens audio files and the sound of video files that FFmpeg can read.</source>
        <translation>No se pudo abrir %1: %2. Sonara abre archivos de audio y el sonido de archivos de vídeo que FFmpeg puede leer.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="493"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="559"/>
        <source>%1 – Sonara Studio</source>
        <translation>%1 – Sonara Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="572"/>
        <source>No track</source>
        <translation>Ninguna pista</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/main_window.cpp" line="577"/>
        <source>Duration %1 · %2 Hz · %n channel(s)</source>
        <translation>
            <numerusform>Duración %1 · %2 Hz · %n canal</numerusform>
            <numerusform>Duración %1 · %2 Hz · %n canales</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="582"/>
        <source>Selection %1 – %2 (%3)</source>
        <translation>Selección %1 – %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="589"/>
        <source>Position %1</source>
        <translation>Posición %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="595"/>
        <source>Hearing B: %1 (press B for the track)</source>
        <translation>Escuchando B: %1 (pulse B para la pista)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="596"/>
        <source>Hearing A: the track (press B for %1)</source>
        <translation>Escuchando A: la pista (pulse B para %1)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="618"/>
        <source>Credits: %1 min · not signed in</source>
        <translation>Créditos: %1 min · sin iniciar sesión</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="620"/>
        <source>Exports cost their duration, billed per second. Editing and processing are free.</source>
        <translation>Las exportaciones cuestan su duración, facturada por segundo. Editar y procesar es gratis.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="656"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="699"/>
        <source>Gain</source>
        <translation>Ganancia</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="700"/>
        <source>Gain in dB (the selection, or the whole track):</source>
        <translation>Ganancia en dB (la selección o toda la pista):</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="715"/>
        <location filename="../app/studio/main_window.cpp" line="724"/>
        <source>Normalize</source>
        <translation>Normalizar</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="715"/>
        <source>Target loudness in LUFS (the selection, or the whole track):</source>
        <translation>Sonoridad objetivo en LUFS (la selección o toda la pista):</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="741"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="785"/>
        <location filename="../app/studio/main_window.cpp" line="788"/>
        <source>Apply result</source>
        <translation>Aplicar resultado</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="798"/>
        <source>Press B to switch between the track and %1</source>
        <translation>Pulse B para cambiar entre la pista y %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="801"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="807"/>
        <source>Could not read the transcript %1.</source>
        <translation>No se pudo leer la transcripción %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="820"/>
        <location filename="../app/studio/main_window.cpp" line="850"/>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="824"/>
        <source>Recording: press Ctrl+R again to stop</source>
        <translation>Grabando: pulse Ctrl+R de nuevo para parar</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="863"/>
        <source>Open audio or video</source>
        <translation>Abrir audio o vídeo</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="882"/>
        <source>-edited</source>
        <translation>-editado</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="886"/>
        <source>Exported %1 (%2 min of credit)</source>
        <translation>Exportado %1 (%2 min de crédito)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="896"/>
        <source>API 127.0.0.1:%1</source>
        <translation>API 127.0.0.1:%1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="897"/>
        <source>The local API for scripts; its token is in %1</source>
        <translation>La API local para scripts; su token está en %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="902"/>
        <source>API off</source>
        <translation>API desactivada</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="903"/>
        <source>The local API did not start: %1. Choose another port in the settings.</source>
        <translation>La API local no se inició: %1. Elija otro puerto en los ajustes.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::ModelManagerPage</name>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="26"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="28"/>
        <source>Models run on this computer. Classic engines (eSpeak NG, PocketSphinx, FFmpeg) need none; the others need their model installed here first.</source>
        <translation>Los modelos se ejecutan en este ordenador. Los motores clásicos (eSpeak NG, PocketSphinx, FFmpeg) no necesitan ninguno; los demás necesitan antes su modelo instalado aquí.</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="34"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="34"/>
        <source>Capability</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="34"/>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="35"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="35"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="35"/>
        <source>GPU memory</source>
        <translation>Memoria de GPU</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="36"/>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="45"/>
        <source>Install from folder…</source>
        <translation>Instalar desde una carpeta…</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="46"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="58"/>
        <source>Select a model in the list first.</source>
        <translation>Seleccione primero un modelo de la lista.</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="62"/>
        <source>Folder with the files of %1</source>
        <translation>Carpeta con los archivos de %1</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="72"/>
        <source>Remove model</source>
        <translation>Quitar modelo</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="73"/>
        <source>Remove %1 from this computer?</source>
        <translation>¿Quitar %1 de este ordenador?</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="106"/>
        <location filename="../app/studio/model_manager_page.cpp" line="113"/>
        <source>installed</source>
        <translation>instalado</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="106"/>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="123"/>
        <source>%1 is installed.</source>
        <translation>%1 está instalado.</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="136"/>
        <source>%1 was removed.</source>
        <translation>%1 se ha quitado.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::Recorder</name>
    <message>
        <location filename="../app/studio/recorder.cpp" line="24"/>
        <source>No microphone was found: connect one, or choose it as the default input in the system&apos;s sound settings.</source>
        <translation>No se encontró ningún micrófono: conecte uno o elíjalo como entrada predeterminada en los ajustes de sonido del sistema.</translation>
    </message>
    <message>
        <location filename="../app/studio/recorder.cpp" line="45"/>
        <source>The microphone could not be opened; check that no other program holds it.</source>
        <translation>No se pudo abrir el micrófono; compruebe que ningún otro programa lo esté usando.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::SettingsDialog</name>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="35"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="41"/>
        <source>Automatic (a CUDA GPU when present)</source>
        <translation>Automático (una GPU CUDA si la hay)</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="42"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="44"/>
        <source>CUDA GPU %1</source>
        <translation>GPU CUDA %1</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="48"/>
        <source>Compute device</source>
        <translation>Dispositivo de cálculo</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="51"/>
        <source>Automatic (fp16 on GPU, fp32 on CPU)</source>
        <translation>Automático (fp16 en GPU, fp32 en CPU)</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="57"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="62"/>
        <source>Takes effect the next time the studio starts</source>
        <translation>Se aplica la próxima vez que se inicie el estudio</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="63"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="66"/>
        <location filename="../app/studio/settings_dialog.cpp" line="69"/>
        <source>Data directory</source>
        <translation>Directorio de datos</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="79"/>
        <source>Port of the local API on 127.0.0.1; 0 picks a free one. Takes effect the next time the studio starts</source>
        <translation>Puerto de la API local en 127.0.0.1; 0 elige uno libre. Se aplica la próxima vez que se inicie el estudio</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="81"/>
        <source>Local API port</source>
        <translation>Puerto de la API local</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="87"/>
        <source>Scripts send it as a bearer token; it is kept in %1</source>
        <translation>Los scripts lo envían como token bearer; se guarda en %1</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="89"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="91"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="92"/>
        <source>Rotate</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="93"/>
        <source>Replace the token: scripts using the old one are refused</source>
        <translation>Sustituir el token: se rechazan los scripts que usen el anterior</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="98"/>
        <source>Local API token</source>
        <translation>Token de la API local</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="109"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="115"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>sonara::studio::TranscriptView</name>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="24"/>
        <source>Export transcript…</source>
        <translation>Exportar transcripción…</translation>
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
        <translation>Exportar transcripción</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="105"/>
        <source>Subtitles (*.srt *.vtt);;Text (*.txt);;JSON (*.json)</source>
        <translation>Subtítulos (*.srt *.vtt);;Texto (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="111"/>
        <source>Could not write %1: choose a .srt, .vtt, .txt or .json file in a folder you can write to.</source>
        <translation>No se pudo escribir %1: elija un archivo .srt, .vtt, .txt o .json en una carpeta con permiso de escritura.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::WaveformView</name>
    <message>
        <location filename="../app/studio/waveform_view.cpp" line="323"/>
        <source>Open or drop an audio or video file to start (Ctrl+O)</source>
        <translation>Abra o arrastre aquí un archivo de audio o vídeo para empezar (Ctrl+O)</translation>
    </message>
</context>
</TS>
