<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AdminFormat</name>
    <message>
        <location filename="../app/studio/admin_format.cpp" line="51"/>
        <source>one-off purchase</source>
        <translation>compra única</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/admin_format.cpp" line="53"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>cada mes</numerusform>
            <numerusform>cada %n meses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloudSession</name>
    <message>
        <location filename="../app/studio/cloud_session.cpp" line="18"/>
        <source>Cannot reach the account service at %1. Check the internet connection and the service address in Settings. (%2)</source>
        <translation>No se puede contactar con el servicio de cuentas en %1. Compruebe la conexión a internet y la dirección del servicio en Ajustes. (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/cloud_session.cpp" line="24"/>
        <source>The email or password is wrong, or the session has ended: sign in again.</source>
        <translation>El correo electrónico o la contraseña no son correctos, o la sesión ha terminado: vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../app/studio/cloud_session.cpp" line="29"/>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/cloud_session.cpp" line="31"/>
        <source>Too many attempts: %1</source>
        <translation>Demasiados intentos: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/studio/main.cpp" line="42"/>
        <source>Sonara Studio</source>
        <translation>Sonara Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="43"/>
        <source>The studio could not start: %1</source>
        <translation>El estudio no pudo iniciarse: %1</translation>
    </message>
</context>
<context>
    <name>VoiceShareSample</name>
    <message>
        <location filename="../app/studio/voice_share.cpp" line="19"/>
        <source>%1 has no sound to share: record the voice again, then share it.</source>
        <translation>%1 no tiene sonido para compartir: graba la voz de nuevo y luego compártela.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_share.cpp" line="39"/>
        <source>A sample of %1 small enough to share could not be made.</source>
        <translation>No se pudo crear una muestra de %1 lo bastante pequeña para compartirla.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_share.cpp" line="49"/>
        <source>The sample could not be stored for playing: check the free space in the temporary folder.</source>
        <translation>No se pudo guardar la muestra para reproducirla: comprueba el espacio libre en la carpeta temporal.</translation>
    </message>
</context>
<context>
    <name>capability</name>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="37"/>
        <source>Text to speech</source>
        <translation>Texto a voz</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="38"/>
        <source>Speaks a text in a chosen voice.</source>
        <translation>Lee un texto en voz alta con la voz elegida.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="40"/>
        <source>Library voice</source>
        <translation>Voz de la biblioteca</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="41"/>
        <source>A voice of your library to speak in: the engine&apos;s speech is converted to it (needs a voice conversion model, kNN-VC). Empty: the engine&apos;s own voice.</source>
        <translation>Una voz de su biblioteca en la que hablar: el habla del motor se convierte a ella (necesita un modelo de conversión de voz, kNN-VC). Vacío: la voz propia del motor.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="47"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="311"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="48"/>
        <source>The text to speak.</source>
        <translation>El texto que se va a leer.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="235"/>
        <source>eSpeak NG</source>
        <translation>eSpeak NG</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="236"/>
        <source>Compact formant speech in over 100 languages; clear but robotic, instant on any CPU.</source>
        <translation>Síntesis por formantes compacta en más de 100 idiomas; clara pero robótica, instantánea en cualquier CPU.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="103"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="131"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="104"/>
        <source>Language and accent of the eSpeak NG voice.</source>
        <translation>Idioma y acento de la voz de eSpeak NG.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="109"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="111"/>
        <source>Voice character: m1-m7 male, f1-f5 female, klatt, whisper, croak and others; none keeps the language&apos;s own voice.</source>
        <translation>Carácter de la voz: m1-m7 masculinas, f1-f5 femeninas, klatt, whisper, croak y otras; none mantiene la voz propia del idioma.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="29"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="117"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="119"/>
        <source>Speaking speed.</source>
        <translation>Velocidad del habla.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="118"/>
        <source>words per minute</source>
        <translation>palabras por minuto</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="124"/>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="60"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="153"/>
        <source>Pitch</source>
        <translation>Tono</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="125"/>
        <source>Base pitch: 0 is lowest, 50 normal, 99 highest.</source>
        <translation>Tono base: 0 es el más grave, 50 el normal y 99 el más agudo.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="130"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="132"/>
        <source>Loudness: 100 is normal; above 100 may distort.</source>
        <translation>Volumen: 100 es el normal; por encima de 100 puede distorsionar.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="131"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="57"/>
        <source>Speech to text</source>
        <translation>Voz a texto</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="59"/>
        <source>Transcribes speech with word timings; exports subtitles.</source>
        <translation>Transcribe la voz con la marca de tiempo de cada palabra; exporta subtítulos.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="27"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="60"/>
        <source>The recording to transcribe.</source>
        <translation>La grabación que se va a transcribir.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/pocketsphinx_stt_engine.cpp" line="247"/>
        <source>PocketSphinx</source>
        <translation>PocketSphinx</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/pocketsphinx_stt_engine.cpp" line="248"/>
        <source>Lightweight US English recognition with word timings; runs on any CPU, no download.</source>
        <translation>Reconocimiento ligero de inglés de EE. UU. con marcas de tiempo por palabra; funciona en cualquier CPU, sin descargas.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="310"/>
        <source>Whisper</source>
        <translation>Whisper</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="312"/>
        <source>OpenAI Whisper: accurate transcription of about 100 languages and translation to English; needs a downloaded model.</source>
        <translation>OpenAI Whisper: transcripción precisa de unos 100 idiomas y traducción al inglés; necesita un modelo descargado.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/wav2vec2_stt_engine.cpp" line="198"/>
        <source>Wav2Vec2</source>
        <translation>Wav2Vec2</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/wav2vec2_stt_engine.cpp" line="199"/>
        <source>Meta wav2vec 2.0 CTC recognition: fast, with word timings, in the one language its model was trained on (English for the catalog&apos;s models); needs a downloaded model.</source>
        <translation>Reconocimiento CTC de Meta wav2vec 2.0: rápido, con marcas de tiempo por palabra, en el único idioma con el que se entrenó su modelo (inglés en los modelos del catálogo); necesita un modelo descargado.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="47"/>
        <source>Remove fillers</source>
        <translation>Quitar muletillas</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="48"/>
        <source>Cut filler words such as um, uh and &quot;you know&quot;, from the language&apos;s list and your own.</source>
        <translation>Corta muletillas como «eh», «em» y «o sea», de la lista del idioma y de la suya.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="55"/>
        <source>Profanity</source>
        <translation>Palabrotas</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="57"/>
        <source>Bleep or mute the words of the language&apos;s profanity list and your own.</source>
        <translation>Tapa con un pitido o silencia las palabras de la lista de palabrotas del idioma y de la suya.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="64"/>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="65"/>
        <source>Words or phrases to edit, separated by commas.</source>
        <translation>Palabras o frases que editar, separadas por comas.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="70"/>
        <source>Word pattern</source>
        <translation>Patrón de palabras</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="71"/>
        <source>A regular expression; every word it matches in full is edited, e.g. \d+ for numbers.</source>
        <translation>Una expresión regular; se edita cada palabra que coincide por completo, p. ej. \d+ para números.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="78"/>
        <source>Edit the words by</source>
        <translation>Editar las palabras con</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="80"/>
        <source>What happens to the words and pattern matches: cut, mute or bleep.</source>
        <translation>Qué se hace con las palabras y las coincidencias del patrón: cortar, silenciar o pitar.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="87"/>
        <source>Longest silence</source>
        <translation>Silencio más largo</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="89"/>
        <source>Pauses longer than this are shortened to the target silence; 0 leaves them.</source>
        <translation>Las pausas más largas se acortan al silencio objetivo; 0 las deja como están.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="96"/>
        <source>Target silence</source>
        <translation>Silencio objetivo</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="98"/>
        <source>How long a shortened pause lasts.</source>
        <translation>Cuánto dura una pausa acortada.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="103"/>
        <source>Remove bloopers</source>
        <translation>Quitar tomas falsas</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="104"/>
        <source>When a phrase is started again within a few seconds, keep the last take and cut the earlier ones.</source>
        <translation>Si una frase se vuelve a empezar en pocos segundos, se conserva la última toma y se cortan las anteriores.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="111"/>
        <source>Mute with</source>
        <translation>Silenciar con</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="113"/>
        <source>Fill muted spans with the recording&apos;s room tone (its quietest stretch, looped) or with silence.</source>
        <translation>Rellena los tramos silenciados con el tono de sala de la grabación (su tramo más silencioso, en bucle) o con silencio.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="120"/>
        <source>Bleep pitch</source>
        <translation>Tono del pitido</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="122"/>
        <source>The bleep tone&apos;s frequency.</source>
        <translation>La frecuencia del pitido.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="127"/>
        <source>Bleep level</source>
        <translation>Nivel del pitido</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="128"/>
        <source>dBFS</source>
        <translation>dBFS</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="129"/>
        <source>The bleep tone&apos;s peak level.</source>
        <translation>El nivel de pico del pitido.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="134"/>
        <source>Crossfade</source>
        <translation>Fundido cruzado</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="135"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="136"/>
        <source>Length of the fade at each cut and around each muted or bleeped span.</source>
        <translation>Duración del fundido en cada corte y alrededor de cada tramo silenciado o con pitido.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="143"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="63"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="144"/>
        <source>Spoken language (en, de, es, hi, ...) or auto: picks the filler and profanity lists and is passed on to speech to text.</source>
        <translation>Idioma hablado (en, de, es, hi, …) o auto: elige las listas de muletillas y palabrotas y se pasa a la transcripción.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="318"/>
        <source>Sonara voice editor</source>
        <translation>Editor de voz de Sonara</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="319"/>
        <source>Cuts, mutes and bleeps by word times, with room tone and crossfades.</source>
        <translation>Corta, silencia y pita según los tiempos de las palabras, con tono de sala y fundidos.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="66"/>
        <source>Spoken language as a code such as en or en-us, or auto. Whisper detects it with auto; a wav2vec2 model knows the one language it was trained on, and records this one.</source>
        <translation>Idioma hablado como código, por ejemplo en o en-us, o auto. Whisper lo detecta con auto; un modelo wav2vec2 conoce el único idioma con el que se entrenó y anota este.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="72"/>
        <source>Word timestamps</source>
        <translation>Marcas de tiempo por palabra</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="75"/>
        <source>Time every word, not only every segment.</source>
        <translation>Marcar el tiempo de cada palabra, no solo de cada segmento.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="78"/>
        <source>Skip silence (VAD)</source>
        <translation>Omitir silencios (VAD)</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="81"/>
        <source>Find the speech first and transcribe only that, in chunks of up to 30 s cut at silences: faster on recordings with long pauses, and no text invented in silence.</source>
        <translation>Encontrar primero la voz y transcribir solo eso, en fragmentos de hasta 30 s cortados en los silencios: más rápido en grabaciones con pausas largas y sin texto inventado en el silencio.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="106"/>
        <source>Stem separation</source>
        <translation>Separación de pistas</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="107"/>
        <source>Splits a song into vocals, drums, bass and the rest, or into vocals and accompaniment.</source>
        <translation>Divide una canción en voz, batería, bajo y el resto, o en voz y acompañamiento.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="110"/>
        <source>The mix to separate.</source>
        <translation>La mezcla que se va a separar.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="111"/>
        <source>Vocals</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="112"/>
        <source>Drums</source>
        <translation>Batería</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="113"/>
        <source>Bass</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="114"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="115"/>
        <source>Guitar</source>
        <translation>Guitarra</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="116"/>
        <source>Piano</source>
        <translation>Piano</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="117"/>
        <source>Accompaniment</source>
        <translation>Acompañamiento</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="126"/>
        <source>Voice changer</source>
        <translation>Cambiador de voz</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="127"/>
        <source>Makes speech sound as if another voice spoke it: a voice of your library, or the voice of reference recordings.</source>
        <translation>Hace que el habla suene como si la dijera otra voz: una voz de tu biblioteca o la voz de unas grabaciones de referencia.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="132"/>
        <source>The voice of your library to speak in. Give this or reference recordings, not both.</source>
        <translation>La voz de tu biblioteca con la que hablar. Indica esta o grabaciones de referencia, no ambas.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="137"/>
        <source>Reference recordings</source>
        <translation>Grabaciones de referencia</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="138"/>
        <source>Recordings of the voice to speak in, instead of a library voice: a few minutes of clean speech sound best.</source>
        <translation>Grabaciones de la voz con la que hablar, en lugar de una voz de la biblioteca: unos minutos de habla limpia suenan mejor.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="144"/>
        <source>The speech to convert.</source>
        <translation>El habla que se va a convertir.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="147"/>
        <source>Neighbours (k)</source>
        <translation>Vecinos (k)</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="149"/>
        <source>How many of the target voice&apos;s most similar moments are averaged for each moment of the speech: more sounds smoother, fewer keeps more of its detail.</source>
        <translation>Cuántos de los momentos más parecidos de la voz de destino se promedian para cada momento del habla: más suena más suave, menos conserva más detalle.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="166"/>
        <source>Background</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="169"/>
        <source>voice-only: the converted voice alone; keep-background: the speech is first separated from music and noise (needs a stem separation model), converted, and the rest mixed back under it.</source>
        <translation>voice-only: solo la voz convertida; keep-background: la voz se separa primero de la música y el ruido (necesita un modelo de separación de pistas), se convierte y el resto se vuelve a mezclar debajo.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="229"/>
        <source>Short music for a WhatsApp status or an Instagram story, from a vibe or a prompt: faded, at -14 LUFS, with a vertical video over your picture or a plain background.</source>
        <translation>Música corta para un estado de WhatsApp o una historia de Instagram, a partir de un ambiente o una descripción: con fundidos, a -14 LUFS y con un vídeo vertical sobre tu imagen o un fondo liso.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="241"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="242"/>
        <source>A picture (PNG, JPEG or WebP) for the video&apos;s background, scaled to fill the vertical frame. Without one the background is plain.</source>
        <translation>Una imagen (PNG, JPEG o WebP) para el fondo del vídeo, escalada para llenar el formato vertical. Sin ella, el fondo es liso.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="270"/>
        <source>Voice editor</source>
        <translation>Editor de voz</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="271"/>
        <source>Edits speech by its words: cuts fillers, long silences and bloopers, mutes or bleeps words, with room tone.</source>
        <translation>Edita la voz por sus palabras: corta muletillas, silencios largos y tomas falsas, silencia o pita palabras, con tono de sala.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="275"/>
        <source>Edit list</source>
        <translation>Lista de edición</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="276"/>
        <source>A JSON edit list: operations mute, bleep, cut or keep, each over a time range or word indices of the transcript. Optional: the rules below also make edits.</source>
        <translation>Una lista de edición JSON: operaciones mute, bleep, cut o keep, cada una sobre un intervalo de tiempo o índices de palabras de la transcripción. Opcional: las reglas de abajo también crean ediciones.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="283"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="317"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="284"/>
        <source>The recording&apos;s transcript with word times (JSON from speech to text). Without it the recording is transcribed first.</source>
        <translation>La transcripción de la grabación con tiempos de palabra (JSON de voz a texto). Sin ella, primero se transcribe la grabación.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="290"/>
        <source>The speech to edit.</source>
        <translation>La voz que editar.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="294"/>
        <source>Edited audio</source>
        <translation>Audio editado</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="296"/>
        <source>Edited transcript</source>
        <translation>Transcripción editada</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="299"/>
        <source>Cut list</source>
        <translation>Lista de cortes</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="307"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="352"/>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="308"/>
        <source>Translates text or a transcript into another language; subtitles keep their times.</source>
        <translation>Traduce un texto o una transcripción a otro idioma; los subtítulos conservan sus tiempos.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="312"/>
        <source>Plain text to translate, one segment per line. Give this or a transcript.</source>
        <translation>Texto sin formato que traducir, un segmento por línea. Indique esto o una transcripción.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="318"/>
        <source>A transcript (JSON from speech to text) whose segments are translated, their times kept.</source>
        <translation>Una transcripción (JSON de voz a texto) cuyos segmentos se traducen, conservando sus tiempos.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="359"/>
        <source>Dubbing</source>
        <translation>Doblaje</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="360"/>
        <source>Speaks a recording or video again in another language, in the speaker&apos;s voice, over the original background and in time with the picture.</source>
        <translation>Vuelve a decir una grabación o un vídeo en otro idioma, con la voz del hablante, sobre el fondo original y sincronizado con la imagen.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="366"/>
        <source>Dubbed audio</source>
        <translation>Audio doblado</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="369"/>
        <source>Dubbed video</source>
        <translation>Vídeo doblado</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="374"/>
        <source>Subtitles</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="379"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="407"/>
        <source>Segment report</source>
        <translation>Informe de segmentos</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="387"/>
        <source>Accent changer</source>
        <translation>Cambiador de acento</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="388"/>
        <source>Says the same words in another accent, in the speaker&apos;s own voice and with the original timing.</source>
        <translation>Dice las mismas palabras con otro acento, con la propia voz del hablante y con el ritmo original.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="392"/>
        <source>Target accent</source>
        <translation>Acento de destino</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="393"/>
        <source>The accent to speak in, of the recording&apos;s language: en-us American, en-gb British, en-gb-scotland Scottish, en-029 Caribbean, en-in Indian English (needs an installed voice for it), es-419 Latin American Spanish, pt-br Brazilian Portuguese, and more.</source>
        <translation>El acento en el que hablar, del idioma de la grabación: en-us estadounidense, en-gb británico, en-gb-scotland escocés, en-029 caribeño, en-in inglés de la India (necesita una voz instalada para él), es-419 español latinoamericano, pt-br portugués de Brasil, y más.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="400"/>
        <source>The speech whose accent to change: the speaker&apos;s voice is learned from it (at least 3 s of speech).</source>
        <translation>El habla cuyo acento se cambia: la voz del hablante se aprende de ella (al menos 3 s de habla).</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="404"/>
        <source>Re-accented speech</source>
        <translation>Habla con el nuevo acento</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="60"/>
        <source>Stop after</source>
        <translation>Detener después de</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="62"/>
        <source>translation: return the segments (times, text, translation) for review before anything is synthesised; give them back, edited, as the segments input. none: dub in one go.</source>
        <translation>translation: devuelve los segmentos (tiempos, texto, traducción) para revisarlos antes de sintetizar nada; devuélvalos editados como la entrada segments. none: doblar de una vez.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="70"/>
        <source>Keep the voice</source>
        <translation>Conservar la voz</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="72"/>
        <source>Convert the synthetic speech to the original speaker&apos;s voice. auto: when a voice conversion model (kNN-VC) is installed, else the report flags each segment; on: required; off: the synthetic voice.</source>
        <translation>Convierte la voz sintética a la voz del hablante original. auto: cuando hay instalado un modelo de conversión de voz (kNN-VC); si no, el informe marca cada segmento; on: obligatorio; off: la voz sintética.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="512"/>
        <source>Dubbing chain</source>
        <translation>Cadena de doblaje</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="513"/>
        <source>Separation, speech to text, translation, speech synthesis and voice conversion with the installed models, each segment fitted to its time with Rubber Band.</source>
        <translation>Separación, voz a texto, traducción, síntesis de voz y conversión de voz con los modelos instalados; cada segmento se ajusta a su tiempo con Rubber Band.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="640"/>
        <source>Audio or video</source>
        <translation>Audio o vídeo</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="641"/>
        <source>The recording or video to dub. A video (MP4, MOV, MKV, WebM) keeps its picture untouched; only the sound is replaced.</source>
        <translation>La grabación o el vídeo que se va a doblar. Un vídeo (MP4, MOV, MKV, WebM) conserva la imagen intacta; solo se sustituye el sonido.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="646"/>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="647"/>
        <source>The segments of an earlier run (its report), edited: their times and translations are dubbed as given, and only the changed ones are synthesised again.</source>
        <translation>Los segmentos de una ejecución anterior (su informe), editados: sus tiempos y traducciones se doblan tal como se dan, y solo los modificados se sintetizan de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="658"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="326"/>
        <source>Source language</source>
        <translation>Idioma de origen</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="659"/>
        <source>Spoken language as a code such as en, or auto to detect it.</source>
        <translation>Idioma hablado como código, por ejemplo en, o auto para detectarlo.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="664"/>
        <source>Language to dub into, as a code such as de, es or hi.</source>
        <translation>Idioma al que doblar, como código, por ejemplo de, es o hi.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="329"/>
        <source>Language of the text as a code such as en or de, or auto: the transcript&apos;s language, else the chosen model&apos;s source language.</source>
        <translation>Idioma del texto como código, p. ej. en o de, o auto: el idioma de la transcripción o, si no, el idioma de origen del modelo elegido.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="663"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="335"/>
        <source>Target language</source>
        <translation>Idioma de destino</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="338"/>
        <source>Language to translate into, as a code such as de, es or hi, or auto: the chosen model&apos;s target language. The installed model for the pair is used, or two through English.</source>
        <translation>Idioma al que traducir, como código, p. ej. de, es o hi, o auto: el idioma de destino del modelo elegido. Se usa el modelo instalado para el par, o dos pasando por el inglés.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="348"/>
        <source>Translations weighed at once: 1 is fastest (greedy), 4 is the models&apos; own setting.</source>
        <translation>Traducciones sopesadas a la vez: 1 es lo más rápido (voraz), 4 es el ajuste propio de los modelos.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="42"/>
        <source>Vocoder</source>
        <translation>Vocoder</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="44"/>
        <source>What turns the spectrogram into sound: WaveGlow (NVIDIA, smooth) or HiFi-GAN (faster, crisper). The model folder must hold the one you pick.</source>
        <translation>Lo que convierte el espectrograma en sonido: WaveGlow (NVIDIA, suave) o HiFi-GAN (más rápido, más nítido). La carpeta del modelo debe contener el que elija.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="52"/>
        <source>Vocoder noise</source>
        <translation>Ruido del vocoder</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="54"/>
        <source>WaveGlow&apos;s sigma: 0.666 is its authors&apos; choice; lower is cleaner but duller, higher adds hiss.</source>
        <translation>El sigma de WaveGlow: 0,666 es la elección de sus autores; más bajo es más limpio pero más apagado, más alto añade siseo.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="61"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="154"/>
        <source>semitones</source>
        <translation>semitonos</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="62"/>
        <source>Raises or lowers the voice without changing its pace or timbre (Rubber Band).</source>
        <translation>Sube o baja la voz sin cambiar su ritmo ni su timbre (Rubber Band).</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="347"/>
        <source>Tacotron2</source>
        <translation>Tacotron2</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="348"/>
        <source>The classic neural English voice (LJSpeech): Tacotron2 with a WaveGlow or HiFi-GAN vocoder. Best on a GPU.</source>
        <translation>La voz neuronal inglesa clásica (LJSpeech): Tacotron2 con un vocoder WaveGlow o HiFi-GAN. Mejor en una GPU.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="155"/>
        <source>Moves the speech&apos;s pitch before the conversion, keeping its timbre, into the target voice&apos;s range: about +12 from a low voice to a high one, -12 the other way.</source>
        <translation>Desplaza el tono del habla antes de la conversión, conservando su timbre, al registro de la voz de destino: unos +12 de una voz grave a una aguda, -12 al revés.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="161"/>
        <source>Keep timing</source>
        <translation>Conservar la duración</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="162"/>
        <source>The result lasts exactly as long as the input, sample for sample, so it stays in sync with the original (under a video, say).</source>
        <translation>El resultado dura exactamente lo mismo que la entrada, muestra a muestra, y así se mantiene sincronizado con el original (bajo un vídeo, por ejemplo).</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="174"/>
        <source>Converted speech</source>
        <translation>Habla convertida</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="180"/>
        <source>Prompt</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="189"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="204"/>
        <source>Music</source>
        <translation>Música</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="190"/>
        <source>Composes background music from a description, 5 s to 5 min, or continues a clip; loops on request.</source>
        <translation>Compone música de fondo a partir de una descripción, de 5 s a 5 min, o continúa un clip; en bucle si se pide.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="194"/>
        <source>Audio prompt</source>
        <translation>Audio de partida</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="195"/>
        <source>A clip to continue: the result is the clip followed by the new music.</source>
        <translation>Un clip para continuar: el resultado es el clip seguido de la música nueva.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="199"/>
        <source>The music to make: genre, mood, instruments, tempo, e.g. &quot;calm lo-fi beat with soft piano, 80 bpm&quot;.</source>
        <translation>La música que se quiere: género, ambiente, instrumentos, tempo, p. ej. «calm lo-fi beat with soft piano, 80 bpm».</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="211"/>
        <source>Sound effects</source>
        <translation>Efectos de sonido</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="212"/>
        <source>Makes sound effects and ambiences from a description, in up to four variations.</source>
        <translation>Crea efectos de sonido y ambientes a partir de una descripción, en hasta cuatro variantes.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="215"/>
        <source>The sound to make, e.g. &quot;footsteps on gravel, then a door creaks&quot;.</source>
        <translation>El sonido que se quiere, p. ej. «footsteps on gravel, then a door creaks».</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="218"/>
        <source>Variation 1</source>
        <translation>Variante 1</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="219"/>
        <source>Variation 2</source>
        <translation>Variante 2</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="220"/>
        <source>Variation 3</source>
        <translation>Variante 3</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="221"/>
        <source>Variation 4</source>
        <translation>Variante 4</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="228"/>
        <source>Status music</source>
        <translation>Música para estados</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="234"/>
        <source>Vibe</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="235"/>
        <source>A preset mood with its own instruments, tempo and length. Give a vibe, a prompt, or both.</source>
        <translation>Un ambiente predefinido con sus propios instrumentos, tempo y duración. Indique un ambiente, una indicación o ambos.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="248"/>
        <source>Your own description of the music, or words added to the vibe&apos;s.</source>
        <translation>Su propia descripción de la música, o palabras que se añaden a las del ambiente.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="256"/>
        <source>Status clip</source>
        <translation>Clip para el estado</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="48"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="52"/>
        <source>Transcribe in the spoken language, or translate the speech into English.</source>
        <translation>Transcribir en el idioma hablado o traducir la voz al inglés.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="49"/>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="50"/>
        <source>transcribe</source>
        <translation>transcribir</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="51"/>
        <source>translate</source>
        <translation>traducir</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="60"/>
        <source>Initial prompt</source>
        <translation>Indicación inicial</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="63"/>
        <source>Names, terms or a sample sentence in the wanted style, to steer spelling and punctuation.</source>
        <translation>Nombres, términos o una frase de ejemplo en el estilo deseado, para orientar la ortografía y la puntuación.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="71"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="346"/>
        <source>Beam size</source>
        <translation>Tamaño del haz</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="72"/>
        <source>1 decodes greedily (fastest); 2 to 5 search several candidate transcripts (slower, sometimes better).</source>
        <translation>1 decodifica de forma voraz (lo más rápido); de 2 a 5 se exploran varias transcripciones candidatas (más lento, a veces mejor).</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="19"/>
        <source>Guidance scale</source>
        <translation>Escala de guía</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="21"/>
        <source>How closely the sound follows the prompt (classifier-free guidance): higher is more literal and less varied; 1 turns guidance off.</source>
        <translation>Cuánto se ciñe el sonido a la indicación (guía sin clasificador): más alto es más literal y menos variado; 1 desactiva la guía.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="28"/>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="88"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="30"/>
        <source>Randomness of each step: lower is safer and more repetitive, higher more adventurous.</source>
        <translation>Aleatoriedad de cada paso: más bajo es más seguro y repetitivo, más alto más atrevido.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="37"/>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="38"/>
        <source>Each step picks among this many most likely codes; 0 allows all.</source>
        <translation>Cada paso elige entre esta cantidad de códigos más probables; 0 permite todos.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="44"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="45"/>
        <source>Within the top-k, only the most likely codes that together reach this probability; 0 turns it off.</source>
        <translation>Dentro del top-k, solo los códigos más probables que juntos alcanzan esta probabilidad; 0 lo desactiva.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="53"/>
        <source>The same seed with the same prompt and settings gives the same audio; -1 picks a new seed each run (written into the file&apos;s title).</source>
        <translation>La misma semilla con la misma indicación y los mismos ajustes da el mismo audio; -1 elige una semilla nueva en cada ejecución (se escribe en el título del archivo).</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="90"/>
        <source>0 picks the likeliest words. When a 30 s window comes out repetitive or unsure it is decoded again at a temperature 0.2 higher (more varied sampling), up to 1.</source>
        <translation>0 elige las palabras más probables. Si una ventana de 30 s sale repetitiva o dudosa, se decodifica de nuevo con una temperatura 0,2 más alta (muestreo más variado), hasta 1.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="80"/>
        <source>Condition on previous text</source>
        <translation>Condicionar con el texto anterior</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="81"/>
        <source>Prompt each 30 s window with the text before it: more consistent wording, but a mistake can repeat.</source>
        <translation>Dar a cada ventana de 30 s el texto anterior como indicación: redacción más coherente, pero un error puede repetirse.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="95"/>
        <source>Noise removal</source>
        <translation>Eliminación de ruido</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="97"/>
        <source>Removes hiss, hum and background noise from a recording.</source>
        <translation>Elimina siseos, zumbidos y ruido de fondo de una grabación.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="98"/>
        <source>The noisy recording.</source>
        <translation>La grabación con ruido.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="280"/>
        <source>FFmpeg denoiser</source>
        <translation>Reductor de ruido de FFmpeg</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="281"/>
        <source>Classic spectral noise reduction for steady hiss and hum; fast on any CPU.</source>
        <translation>Reducción de ruido espectral clásica para siseos y zumbidos constantes; rápida en cualquier CPU.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="52"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="54"/>
        <source>afftdn: spectral denoiser that follows the noise, good for hiss and hum; anlmdn: non-local means, gentler on voices but slower.</source>
        <translation>afftdn: reductor espectral que sigue al ruido, bueno para siseos y zumbidos; anlmdn: medias no locales, más suave con las voces pero más lento.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="62"/>
        <source>Strength</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="63"/>
        <source>How much noise to remove: 0 is light, 1 is strong and may sound watery.</source>
        <translation>Cuánto ruido se elimina: 0 es suave; 1 es fuerte y puede sonar acuoso.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="70"/>
        <source>High-pass</source>
        <translation>Paso alto</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="72"/>
        <source>Cuts rumble below this frequency; 0 turns it off.</source>
        <translation>Elimina el retumbe por debajo de esta frecuencia; 0 lo desactiva.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="71"/>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="121"/>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="77"/>
        <source>Normalize loudness</source>
        <translation>Normalizar sonoridad</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="78"/>
        <source>Bring the result to the target loudness.</source>
        <translation>Llevar el resultado a la sonoridad objetivo.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="83"/>
        <source>Target loudness</source>
        <translation>Sonoridad objetivo</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="85"/>
        <source>Integrated loudness when normalizing: -16 for podcasts, -14 for streaming, -23 for broadcast.</source>
        <translation>Sonoridad integrada al normalizar: -16 para pódcasts, -14 para streaming, -23 para radiodifusión.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="84"/>
        <source>LUFS</source>
        <translation>LUFS</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="161"/>
        <source>VITS</source>
        <translation>VITS</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="162"/>
        <source>Natural neural speech; the MMS voices speak over 1,100 languages, one model per language. Fast on a GPU, usable on a CPU.</source>
        <translation>Voz neuronal natural; las voces MMS hablan más de 1100 idiomas, un modelo por idioma. Rápida en una GPU, utilizable en una CPU.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="34"/>
        <source>Speaking rate</source>
        <translation>Velocidad de habla</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="36"/>
        <source>How fast the voice speaks: 1 is the model&apos;s own pace, 1.5 half as fast again, 0.75 slower.</source>
        <translation>Qué tan rápido habla la voz: 1 es el ritmo propio del modelo, 1,5 una vez y media más rápido, 0,75 más lento.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="35"/>
        <source>x</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="43"/>
        <source>Expressiveness</source>
        <translation>Expresividad</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="45"/>
        <source>Variation of tone (VITS noise scale): 0 is flat and repeatable, 0.667 natural, higher livelier and less stable.</source>
        <translation>Variación del tono (escala de ruido de VITS): 0 es plano y repetible, 0,667 natural, más alto más vivo y menos estable.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="52"/>
        <source>Timing variation</source>
        <translation>Variación del ritmo</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="54"/>
        <source>Variation of rhythm (VITS duration noise scale): 0 keeps every syllable&apos;s predicted length.</source>
        <translation>Variación del ritmo (escala de ruido de duración de VITS): 0 mantiene la duración prevista de cada sílaba.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="60"/>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="62"/>
        <source>Speaker number of a multi-speaker model; MMS voices have one speaker, 0.</source>
        <translation>Número de hablante de un modelo con varios hablantes; las voces MMS tienen un solo hablante, 0.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="52"/>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="68"/>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="68"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="70"/>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="70"/>
        <source>The same seed, text and settings give the same audio; change it for another take.</source>
        <translation>La misma semilla, texto y ajustes dan el mismo audio; cámbiela para obtener otra toma.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="24"/>
        <source>Stems</source>
        <translation>Pistas</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="26"/>
        <source>all: every stem the model makes (vocals, drums, bass, other; guitar and piano too with a six-source model); vocals-accompaniment: the vocals, and everything else as one accompaniment.</source>
        <translation>all: todas las pistas que genera el modelo (voz, batería, bajo, otros; también guitarra y piano con un modelo de seis fuentes); vocals-accompaniment: la voz, y todo lo demás como un acompañamiento.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_stems.cpp" line="94"/>
        <source>Shifts</source>
        <translation>Desplazamientos</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_stems.cpp" line="95"/>
        <source>Runs the model again on the mix shifted by up to half a second and averages: each shift adds one pass and a little quality; 0 is one pass, repeatable.</source>
        <translation>Vuelve a pasar el modelo por la mezcla desplazada hasta medio segundo y promedia: cada desplazamiento añade una pasada y algo de calidad; 0 es una sola pasada, repetible.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_stems.cpp" line="103"/>
        <source>Overlap</source>
        <translation>Solapamiento</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_stems.cpp" line="104"/>
        <source>Share of each segment overlapping the next: more hides the seams better and takes longer.</source>
        <translation>Parte de cada segmento que se solapa con el siguiente: más oculta mejor las uniones y tarda más.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="117"/>
        <source>HTDemucs</source>
        <translation>HTDemucs</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="118"/>
        <source>Hybrid Transformer Demucs v4: the best open music separation into vocals, drums, bass and other (six stems with htdemucs_6s); fast on a GPU, slow on a CPU.</source>
        <translation>Hybrid Transformer Demucs v4: la mejor separación abierta de música en voz, batería, bajo y otros (seis pistas con htdemucs_6s); rápido en una GPU, lento en una CPU.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="126"/>
        <source>Hybrid Demucs</source>
        <translation>Hybrid Demucs</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="127"/>
        <source>Hybrid Demucs v3 (torchaudio&apos;s hdemucs_high): four stems, lighter than HTDemucs.</source>
        <translation>Hybrid Demucs v3 (hdemucs_high de torchaudio): cuatro pistas, más ligero que HTDemucs.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/knnvc_voice_engine.cpp" line="154"/>
        <source>kNN-VC</source>
        <translation>kNN-VC</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/knnvc_voice_engine.cpp" line="155"/>
        <source>Any-to-any voice conversion: each moment of the speech is rebuilt from the most similar moments of the target voice (WavLM features, HiFi-GAN vocoder). A few minutes of the target sound best.</source>
        <translation>Conversión de cualquier voz a cualquier voz: cada momento del habla se reconstruye a partir de los momentos más parecidos de la voz de destino (rasgos de WavLM, vocoder HiFi-GAN). Unos minutos de la voz de destino suenan mejor.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="43"/>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="70"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="44"/>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="71"/>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="38"/>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="44"/>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="88"/>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="97"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="45"/>
        <source>Length of the new music, 5 s to 5 min; past the model&apos;s 30 s window each window continues from the last seconds of the one before.</source>
        <translation>Duración de la música nueva, de 5 s a 5 min; más allá de la ventana de 30 s del modelo, cada ventana continúa desde los últimos segundos de la anterior.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="52"/>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="86"/>
        <source>Loop</source>
        <translation>Bucle</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="61"/>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="62"/>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="53"/>
        <source>Make the end flow into the start, so the music repeats without a seam: the loop lasts the whole number of bars nearest the duration, and the bar after its end is crossfaded over its beginning.</source>
        <translation>El final fluye hacia el principio, para que la música se repita sin costura: el bucle dura el número entero de compases más cercano a la duración, y el compás que sigue a su final se funde sobre su comienzo.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="63"/>
        <source>Beats per minute of the music, for a loop&apos;s bars of four beats; 0 measures the tempo of the generated music (2 s bars when it has no steady beat).</source>
        <translation>Pulsaciones por minuto de la música, para los compases de cuatro tiempos de un bucle; 0 mide el tempo de la música generada (compases de 2 s si no tiene un pulso estable).</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="72"/>
        <source>Length of each sound, 0.5 to 30 s.</source>
        <translation>Duración de cada sonido, de 0,5 a 30 s.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="77"/>
        <source>Variations</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="79"/>
        <source>How many different takes of the sound to make, generated together in one batch; each is its own output (variation_1, variation_2, …).</source>
        <translation>Cuántas tomas distintas del sonido crear, generadas juntas en un solo lote; cada una es su propia salida (variation_1, variation_2, …).</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="87"/>
        <source>Make the end flow into the start, for ambiences that repeat without a seam.</source>
        <translation>Hace que el final fluya hacia el principio, para ambientes que se repiten sin costuras.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="120"/>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="97"/>
        <source>MusicGen</source>
        <translation>MusicGen</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="121"/>
        <source>Meta&apos;s MusicGen (small, medium, large, stereo): music from a text description, continued window by window past 30 s; fast on a GPU, slow on a CPU.</source>
        <translation>MusicGen de Meta (small, medium, large, estéreo): música a partir de una descripción de texto, continuada ventana a ventana más allá de 30 s; rápido en una GPU, lento en una CPU.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="236"/>
        <source>AudioGen</source>
        <translation>AudioGen</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="237"/>
        <source>Meta&apos;s AudioGen: sound effects and ambiences from a text description, several variations in one batch; also runs MusicGen checkpoints.</source>
        <translation>AudioGen de Meta: efectos de sonido y ambientes a partir de una descripción de texto, varias variantes en un lote; también ejecuta checkpoints de MusicGen.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="29"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="31"/>
        <source>15, 30 or 60 seconds; auto takes the vibe&apos;s usual length (30 s for a free prompt).</source>
        <translation>15, 30 o 60 segundos; auto toma la duración habitual del ambiente (30 s con una indicación libre).</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="37"/>
        <source>Fade in</source>
        <translation>Fundido de entrada</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="39"/>
        <source>Seconds the music takes to rise.</source>
        <translation>Segundos que tarda la música en subir.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="43"/>
        <source>Fade out</source>
        <translation>Fundido de salida</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="45"/>
        <source>Seconds the music takes to end.</source>
        <translation>Segundos que tarda la música en terminar.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="50"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="261"/>
        <source>Waveform video</source>
        <translation>Vídeo de forma de onda</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="51"/>
        <source>Also make a vertical 1080×1920 MP4 of the music, animated over your picture or a plain background, ready to post as a status or story.</source>
        <translation>Crea también un MP4 vertical de 1080×1920 con la música, animado sobre tu imagen o un fondo liso, listo para publicar como estado o historia.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="58"/>
        <source>Video animation</source>
        <translation>Animación del vídeo</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="61"/>
        <source>What moves with the music over the background or your picture: its waveform, a scrolling spectrum, or nothing (your picture alone).</source>
        <translation>Lo que se mueve con la música sobre el fondo o tu imagen: su forma de onda, un espectro que se desplaza o nada (solo tu imagen).</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="98"/>
        <source>MusicGen with vibe presets and a finishing chain: fades, -14 LUFS loudness, a vertical status video.</source>
        <translation>MusicGen con ambientes predefinidos y un acabado: fundidos, sonoridad de -14 LUFS y un vídeo vertical para estados.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_denoise_engine.cpp" line="22"/>
        <source>Keep background</source>
        <translation>Conservar el fondo</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_denoise_engine.cpp" line="23"/>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_denoise_engine.cpp" line="24"/>
        <source>How much of everything but the voice (music, noise, room) stays, relative to how loud it was: -60, the lowest, removes it; -20 keeps a faint bed so the speech does not sound cut out.</source>
        <translation>Cuánto queda de todo lo que no es la voz (música, ruido, sala), respecto a su volumen original: -60, el mínimo, lo elimina; -20 deja un fondo tenue para que la voz no suene recortada.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_denoise_engine.cpp" line="41"/>
        <source>Keeps only the voice with a Demucs stem separation model (HTDemucs or Hybrid Demucs): removes music, crowd and changing noise that a classic denoiser cannot; fast on a GPU.</source>
        <translation>Conserva solo la voz con un modelo de separación de pistas Demucs (HTDemucs o Hybrid Demucs): elimina música, público y ruido cambiante que un reductor clásico no puede; rápido en una GPU.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_denoise_engine.cpp" line="81"/>
        <source>Demucs speech isolation</source>
        <translation>Aislamiento de voz con Demucs</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/rnnoise_denoise_engine.cpp" line="28"/>
        <source>Mix</source>
        <translation>Mezcla</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/rnnoise_denoise_engine.cpp" line="29"/>
        <source>How much of the cleaned sound to use: 1 is fully cleaned; 0.8 blends back a fifth of the original so speech sounds less processed.</source>
        <translation>Cuánto del sonido limpio se usa: 1 es limpio por completo; 0,8 mezcla de nuevo una quinta parte del original para que la voz suene menos procesada.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/rnnoise_denoise_engine.cpp" line="100"/>
        <source>RNNoise</source>
        <translation>RNNoise</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/rnnoise_denoise_engine.cpp" line="101"/>
        <source>A small neural network (RNNoise, run by FFmpeg) that removes noise around speech, including noise that changes; real-time on any CPU.</source>
        <translation>Una pequeña red neuronal (RNNoise, ejecutada por FFmpeg) que elimina el ruido alrededor de la voz, incluido el ruido que cambia; en tiempo real en cualquier CPU.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/marian_translate_engine.cpp" line="168"/>
        <source>OPUS-MT (Marian)</source>
        <translation>OPUS-MT (Marian)</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/marian_translate_engine.cpp" line="169"/>
        <source>Helsinki-NLP&apos;s opus-mt models, one per language pair; through English when no direct pair is installed.</source>
        <translation>Los modelos opus-mt de Helsinki-NLP, uno por par de idiomas; pasando por el inglés cuando no hay un par directo instalado.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/accent_changer_engine.cpp" line="293"/>
        <source>Accent chain</source>
        <translation>Cadena de acento</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/accent_changer_engine.cpp" line="294"/>
        <source>Speech to text, speech synthesis in the target accent and voice conversion back to the speaker with the installed models, each segment fitted to its time with Rubber Band.</source>
        <translation>Voz a texto, síntesis de voz en el acento de destino y conversión de voz de vuelta al hablante con los modelos instalados, cada segmento ajustado a su tiempo con Rubber Band.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::AccountArea</name>
    <message>
        <location filename="../app/studio/account_area.cpp" line="94"/>
        <source>Sign in to Sonara</source>
        <translation>Iniciar sesión en Sonara</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="189"/>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 min</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="190"/>
        <source>Signed in to %1; the balance is in minutes of exported audio</source>
        <translation>Sesión iniciada en %1; el saldo se cuenta en minutos de audio exportado</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="193"/>
        <source>%1 min of it are held for exports while offline</source>
        <translation>%1 min de ello están reservados para exportar sin conexión</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="197"/>
        <source>Last contact failed: %1</source>
        <translation>Falló el último contacto: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="201"/>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="202"/>
        <source>Sign in to use the minutes of your Sonara account</source>
        <translation>Inicie sesión para usar los minutos de su cuenta de Sonara</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="204"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="204"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="205"/>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="206"/>
        <source>Refresh balance</source>
        <translation>Actualizar saldo</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="207"/>
        <source>Buy minutes…</source>
        <translation>Comprar minutos…</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="208"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>sonara::studio::AdminWindow</name>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="351"/>
        <source>Account %1</source>
        <translation>Cuenta %1</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="263"/>
        <source>Ledger</source>
        <translation>Libro de movimientos</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="30"/>
        <location filename="../app/studio/admin_reports.cpp" line="70"/>
        <location filename="../app/studio/admin_users.cpp" line="264"/>
        <location filename="../app/studio/admin_users.cpp" line="273"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="265"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="45"/>
        <location filename="../app/studio/admin_users.cpp" line="320"/>
        <source>Shared</source>
        <translation>Compartida</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="46"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="47"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="48"/>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="51"/>
        <source>ready to hear</source>
        <translation>lista para escuchar</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="52"/>
        <source>none (shared before samples were kept)</source>
        <translation>ninguna (compartida antes de que se guardaran muestras)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="54"/>
        <source>Sample (SHA-256)</source>
        <translation>Muestra (SHA-256)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="55"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="56"/>
        <location filename="../app/studio/admin_reports.cpp" line="65"/>
        <location filename="../app/studio/admin_users.cpp" line="268"/>
        <source>Capability</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="57"/>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="58"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="60"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="61"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="99"/>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="100"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="101"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="102"/>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="121"/>
        <location filename="../app/studio/admin_plans.cpp" line="43"/>
        <source>Withdraw…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="187"/>
        <source>The sample cannot be played: it is not audio the studio reads. Reject the share or ask its owner to share it again.</source>
        <translation>La muestra no se puede reproducir: el estudio no puede leer este audio. Rechaza la voz compartida o pide a su propietario que la vuelva a compartir.</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="203"/>
        <source>Shared voice</source>
        <translation>Voz compartida</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="208"/>
        <source>Playing the shared voice (%1 s)</source>
        <translation>Reproduciendo la voz compartida (%1 s)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="239"/>
        <source>The voice is approved and shared</source>
        <translation>La voz está aprobada y compartida</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="240"/>
        <source>The voice is rejected; its owner is told why</source>
        <translation>La voz está rechazada; se informa del motivo a su propietario</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="258"/>
        <source>Reject a voice</source>
        <translation>Rechazar una voz</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="259"/>
        <source>Reject &quot;%1&quot; shared by %2? The reason is shown to them.</source>
        <translation>¿Rechazar «%1», compartida por %2? Se le mostrará el motivo.</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="262"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="276"/>
        <source>%1 is withdrawn from the catalog</source>
        <translation>%1 se ha retirado del catálogo</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="284"/>
        <source>Withdraw model</source>
        <translation>Retirar modelo</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="285"/>
        <source>Withdraw %1 from the catalog? Studios stop offering it for download.</source>
        <translation>¿Retirar %1 del catálogo? Los estudios dejarán de ofrecerlo para descargar.</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="269"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="272"/>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="32"/>
        <location filename="../app/studio/admin_users.cpp" line="274"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="33"/>
        <location filename="../app/studio/admin_users.cpp" line="48"/>
        <location filename="../app/studio/admin_users.cpp" line="275"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="34"/>
        <location filename="../app/studio/admin_users.cpp" line="276"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="25"/>
        <location filename="../app/studio/admin_reports.cpp" line="35"/>
        <location filename="../app/studio/admin_reports.cpp" line="51"/>
        <location filename="../app/studio/admin_users.cpp" line="277"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="37"/>
        <location filename="../app/studio/admin_reports.cpp" line="54"/>
        <location filename="../app/studio/admin_users.cpp" line="278"/>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="290"/>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="291"/>
        <source>Prefix</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="23"/>
        <location filename="../app/studio/admin_users.cpp" line="292"/>
        <location filename="../app/studio/admin_users.cpp" line="321"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="49"/>
        <location filename="../app/studio/admin_users.cpp" line="267"/>
        <source>Balance (m:ss)</source>
        <translation>Saldo (m:ss)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="59"/>
        <source>Suspend…</source>
        <translation>Suspender…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="61"/>
        <source>Reactivate…</source>
        <translation>Reactivar…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="63"/>
        <source>Delete on request…</source>
        <translation>Eliminar a petición…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="110"/>
        <source>Only %1 could be taken: the balance cannot go below zero</source>
        <translation>Solo se pudo quitar %1: el saldo no puede bajar de cero</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="113"/>
        <source>Credits adjusted; the balance is now %1</source>
        <translation>Créditos ajustados; el saldo es ahora %1</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="160"/>
        <source>Suspend %1</source>
        <translation>Suspender %1</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="161"/>
        <source>Suspend %1? They are signed out everywhere at once, and their API keys, devices and leases are refused until the account is reactivated.</source>
        <translation>¿Suspender %1? Se cerrará su sesión en todas partes al instante, y sus claves de API, dispositivos y reservas se rechazarán hasta que se reactive la cuenta.</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="176"/>
        <source>Reactivate %1</source>
        <translation>Reactivar %1</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="177"/>
        <source>Reactivate %1? They can sign in and use their minutes again.</source>
        <translation>¿Reactivar %1? Podrá iniciar sesión y usar sus minutos de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="193"/>
        <source>cannot write the export to %1, so nothing was deleted: choose a folder you can write to</source>
        <translation>no se puede escribir la exportación en %1, así que no se eliminó nada: elija una carpeta en la que pueda escribir</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="203"/>
        <source>The account is deleted; its export is in %1</source>
        <translation>La cuenta está eliminada; su exportación está en %1</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="214"/>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="215"/>
        <source>Delete the account of %1 on their request? Their data export is saved first; then the email, password, keys, devices and shared voices are erased. Payments and the ledger stay, anonymised.</source>
        <translation>¿Eliminar la cuenta de %1 a petición suya? Primero se guarda su exportación de datos; después se borran el correo, la contraseña, las claves, los dispositivos y las voces compartidas. Los pagos y el libro de movimientos se conservan anonimizados.</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="219"/>
        <source>Choose where to save the export…</source>
        <translation>Elegir dónde guardar la exportación…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="224"/>
        <source>Save the data export</source>
        <translation>Guardar la exportación de datos</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="226"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="266"/>
        <source>Change (m:ss)</source>
        <translation>Cambio (m:ss)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="279"/>
        <source>Revoke key</source>
        <translation>Revocar clave</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="288"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="293"/>
        <source>Scopes</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="294"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="295"/>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="300"/>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="301"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="306"/>
        <source>Remove device</source>
        <translation>Quitar dispositivo</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="315"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="316"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="317"/>
        <source>Activated</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="319"/>
        <source>Shared voices</source>
        <translation>Voces compartidas</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="323"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="383"/>
        <source>The API key is revoked</source>
        <translation>La clave de API está revocada</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="396"/>
        <source>The device is removed</source>
        <translation>El dispositivo se ha quitado</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="50"/>
        <source>Sonara Cloud administration</source>
        <translation>Administración de Sonara Cloud</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="31"/>
        <location filename="../app/studio/admin_users.cpp" line="45"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="46"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="47"/>
        <location filename="../app/studio/admin_users.cpp" line="322"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="22"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="24"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="26"/>
        <location filename="../app/studio/admin_reports.cpp" line="36"/>
        <location filename="../app/studio/admin_reports.cpp" line="67"/>
        <source>Minutes (m:ss)</source>
        <translation>Minutos (m:ss)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="27"/>
        <source>Renews</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="31"/>
        <source>On sale</source>
        <translation>En venta</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="32"/>
        <source>on sale</source>
        <translation>en venta</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="32"/>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="44"/>
        <source>Put back on sale</source>
        <translation>Volver a poner a la venta</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="109"/>
        <source>Take %1 off sale? Past purchases keep it, and it can be put back on sale.</source>
        <translation>¿Retirar %1 de la venta? Las compras anteriores lo conservan y puede volver a ponerse a la venta.</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="38"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="40"/>
        <source>Search by email, provider, payment or plan</source>
        <translation>Buscar por correo, proveedor, pago o plan</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="43"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="52"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="53"/>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="55"/>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="64"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="66"/>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="71"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="73"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="74"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="76"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="78"/>
        <source>Search by email, action or detail</source>
        <translation>Buscar por correo, acción o detalle</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="90"/>
        <source>Refund…</source>
        <translation>Reembolsar…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="121"/>
        <source>This refund was already made; nothing changed</source>
        <translation>Este reembolso ya se hizo; no ha cambiado nada</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="122"/>
        <source>Refund made: %1 refunded in all, %2 minutes taken back</source>
        <translation>Reembolso hecho: %1 reembolsado en total, %2 minutos retirados</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="56"/>
        <source>By day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="57"/>
        <source>By plan</source>
        <translation>Por plan</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="58"/>
        <source>By provider</source>
        <translation>Por proveedor</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="44"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="56"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="57"/>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="60"/>
        <source>Transactions</source>
        <translation>Transacciones</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="62"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="63"/>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="64"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="65"/>
        <source>Moderation</source>
        <translation>Moderación</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="66"/>
        <source>Model catalog</source>
        <translation>Catálogo de modelos</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="67"/>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="79"/>
        <source>Waiting for the service…</source>
        <translation>Esperando al servicio…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="81"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="93"/>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="94"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="95"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="97"/>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="99"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="101"/>
        <location filename="../app/studio/admin_window.cpp" line="218"/>
        <location filename="../app/studio/admin_window.cpp" line="266"/>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="171"/>
        <source>Cancelled: nothing more is sent until you act again</source>
        <translation>Cancelado: no se envía nada más hasta que vuelva a actuar</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="188"/>
        <source>The session has ended or the email or password is wrong: sign in again (Account, Sign in).</source>
        <translation>La sesión ha terminado o el correo o la contraseña son incorrectos: vuelva a iniciar sesión (Cuenta, Iniciar sesión).</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="192"/>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="194"/>
        <source>Too many requests: %1</source>
        <translation>Demasiadas solicitudes: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="51"/>
        <source>Search accounts by email</source>
        <translation>Buscar cuentas por correo electrónico</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="56"/>
        <source>Adjust credits…</source>
        <translation>Ajustar créditos…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="58"/>
        <source>Ledger and keys…</source>
        <translation>Movimientos y claves…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="164"/>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="178"/>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="41"/>
        <source>New plan…</source>
        <translation>Nuevo plan…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="42"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="73"/>
        <location filename="../app/studio/admin_operations.cpp" line="103"/>
        <location filename="../app/studio/admin_operations.cpp" line="122"/>
        <location filename="../app/studio/admin_window.cpp" line="134"/>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="238"/>
        <source>Signed in to %1 as %2</source>
        <translation>Sesión iniciada en %1 como %2</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="246"/>
        <source>Sign in as an administrator</source>
        <translation>Iniciar sesión como administrador</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="147"/>
        <source>The account is suspended and signed out everywhere</source>
        <translation>La cuenta está suspendida y se ha cerrado su sesión en todas partes</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="148"/>
        <source>The account is active again</source>
        <translation>La cuenta vuelve a estar activa</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="72"/>
        <source>Plan %1 saved</source>
        <translation>Plan %1 guardado</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="108"/>
        <source>Withdraw plan</source>
        <translation>Retirar plan</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="120"/>
        <source>Plan %1 withdrawn</source>
        <translation>Plan %1 retirado</translation>
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
    <name>sonara::studio::BuyMinutesDialog</name>
    <message>
        <location filename="../app/studio/buy_minutes_dialog.cpp" line="17"/>
        <source>Buy minutes</source>
        <translation>Comprar minutos</translation>
    </message>
    <message>
        <location filename="../app/studio/buy_minutes_dialog.cpp" line="25"/>
        <source>Buy…</source>
        <translation>Comprar…</translation>
    </message>
    <message>
        <location filename="../app/studio/buy_minutes_dialog.cpp" line="31"/>
        <source>Minutes pay for exports; editing and processing stay free. The payment page opens in your browser, and the minutes appear here once the payment is confirmed.</source>
        <translation>Los minutos pagan las exportaciones; editar y procesar sigue siendo gratis. La página de pago se abre en su navegador y los minutos aparecen aquí cuando se confirma el pago.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/buy_minutes_dialog.cpp" line="45"/>
        <source>%1 · %n minute(s) · %2</source>
        <translation>
            <numerusform>%1 · %n minuto · %2</numerusform>
            <numerusform>%1 · %n minutos · %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/buy_minutes_dialog.cpp" line="56"/>
        <source>Choose a plan.</source>
        <translation>Elija un plan.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::CapabilityForm</name>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="65"/>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="68"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="110"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="113"/>
        <location filename="../app/studio/capability_form.cpp" line="403"/>
        <source>Run this capability (Ctrl+Return)</source>
        <translation>Ejecutar esta función (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="159"/>
        <source>Input: open a track first; the current track is used</source>
        <translation>Entrada: abra primero una pista; se usa la pista actual</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="160"/>
        <source>Input: the current track, %1</source>
        <translation>Entrada: la pista actual, %1</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="218"/>
        <source>Open the model manager</source>
        <translation>Abrir el gestor de modelos</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="227"/>
        <source>No engine for this capability can run yet: install one of its models (%1). %2</source>
        <translation>Ningún motor puede ejecutar esta función todavía: instale uno de sus modelos (%1). %2</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="228"/>
        <source>none listed in the catalog</source>
        <translation>ninguno en el catálogo</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="234"/>
        <source>The engine %1 needs a model and none is installed. %2</source>
        <translation>El motor %1 necesita un modelo y no hay ninguno instalado. %2</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="359"/>
        <source>Install a model for this capability first.</source>
        <translation>Instale primero un modelo para esta función.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="362"/>
        <source>No engine can run this capability.</source>
        <translation>Ningún motor puede ejecutar esta función.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="365"/>
        <source>Choose an installed model, or install one from the Models page.</source>
        <translation>Elija un modelo instalado o instale uno desde la página Modelos.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="374"/>
        <source>%1 is out of range.</source>
        <translation>%1 está fuera de rango.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="378"/>
        <source>%1 must not be empty.</source>
        <translation>%1 no puede estar vacío.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="385"/>
        <source>Enter the text first.</source>
        <translation>Escriba primero el texto.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="386"/>
        <source>Give %1 first.</source>
        <translation>Indica primero %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="390"/>
        <location filename="../app/studio/capability_form.cpp" line="431"/>
        <source>Open a track first: it is this capability&apos;s input.</source>
        <translation>Abra primero una pista: es la entrada de esta función.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::ConfirmActionDialog</name>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="27"/>
        <source>Required: kept in the audit log</source>
        <translation>Obligatorio: se guarda en el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="28"/>
        <source>Optional: kept in the audit log</source>
        <translation>Opcional: se guarda en el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="31"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>sonara::studio::CreditAdjustmentDialog</name>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="31"/>
        <source>Adjust credits of %1</source>
        <translation>Ajustar los créditos de %1</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="35"/>
        <source>Why, for the ledger and the audit log</source>
        <translation>El motivo, para el libro de movimientos y el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="85"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="42"/>
        <source>Current balance</source>
        <translation>Saldo actual</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="33"/>
        <source>minutes, such as 25 or 25:00; -5:30 takes away</source>
        <translation>minutos, como 25 o 25:00; -5:30 resta</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="43"/>
        <source>Minutes (m:ss)</source>
        <translation>Minutos (m:ss)</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="44"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="75"/>
        <source>Grant %1 to %2; the balance becomes %3.</source>
        <translation>Conceder %1 a %2; el saldo pasa a ser %3.</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="77"/>
        <source>Take %1 from %2; the balance becomes %3.</source>
        <translation>Quitar %1 a %2; el saldo pasa a ser %3.</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="85"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="87"/>
        <source>Write the minutes as 25, 25:00 or -5:30.</source>
        <translation>Escriba los minutos como 25, 25:00 o -5:30.</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="89"/>
        <source>Enter the minutes to add or take away.</source>
        <translation>Introduzca los minutos que se añaden o se retiran.</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="91"/>
        <source>Enter the reason: it is kept with the entry.</source>
        <translation>Introduzca el motivo: se guarda con el movimiento.</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="93"/>
        <source>Press Confirm to apply it.</source>
        <translation>Pulse Confirmar para aplicarlo.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::DubbingPanel</name>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="111"/>
        <source>To review before anything is synthesised, set Stop after to translation and press Run: the segments appear here, and after your edits only the changed ones are synthesised again.</source>
        <translation>Para revisar antes de sintetizar nada, ponga «Detener después de» en translation y pulse «Ejecutar»: los segmentos aparecen aquí y, tras sus cambios, solo se vuelven a sintetizar los modificados.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="136"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="136"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="136"/>
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="137"/>
        <source>Translation (double-click to edit)</source>
        <translation>Traducción (doble clic para editar)</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="137"/>
        <source>Timing</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="138"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="162"/>
        <source>Undo my edits</source>
        <translation>Deshacer mis cambios</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="164"/>
        <source>Dub with these segments</source>
        <translation>Doblar con estos segmentos</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="167"/>
        <source>Synthesises the segments whose translation changed and reuses the others, then mixes the dub again.</source>
        <translation>Sintetiza los segmentos cuya traducción cambió, reutiliza los demás y vuelve a mezclar el doblaje.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="169"/>
        <source>Open dubbed audio as track</source>
        <translation>Abrir el audio doblado como pista</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="195"/>
        <source>Dubbing: queued</source>
        <translation>Doblaje: en cola</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="218"/>
        <source>Dubbing: %1</source>
        <translation>Doblaje: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="232"/>
        <source>The dub finished, but its segment report cannot be read: press Run to dub again (the finished stages are reused).</source>
        <translation>El doblaje terminó, pero su informe de segmentos no se puede leer: pulse «Ejecutar» para doblar de nuevo (las etapas terminadas se reutilizan).</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="242"/>
        <source>Segments ready for review: edit the translations, then press Dub with these segments.</source>
        <translation>Segmentos listos para revisar: edite las traducciones y pulse «Doblar con estos segmentos».</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="244"/>
        <source>Dubbed. Segments synthesised this time: %1 of %2.</source>
        <translation>Doblado. Segmentos sintetizados esta vez: %1 de %2.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="256"/>
        <source>Dubbing: cancelled</source>
        <translation>Doblaje: cancelado</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="258"/>
        <source>The dub was cancelled. Press Run to start it again: the stages it finished are reused.</source>
        <translation>El doblaje se canceló. Pulse «Ejecutar» para empezarlo de nuevo: las etapas terminadas se reutilizan.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="262"/>
        <source>Dubbing: interrupted</source>
        <translation>Doblaje: interrumpido</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="264"/>
        <source>The dub was interrupted when Sonara closed: press Retry on it in the Jobs panel.</source>
        <translation>El doblaje se interrumpió al cerrarse Sonara: pulse «Reintentar» en él en el panel «Trabajos».</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="268"/>
        <source>Dubbing: failed</source>
        <translation>Doblaje: fallido</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="271"/>
        <source>The dub stopped without a reason: press Retry on it in the Jobs panel.</source>
        <translation>El doblaje se detuvo sin motivo: pulse «Reintentar» en él en el panel «Trabajos».</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="273"/>
        <source>The dub stopped: %1</source>
        <translation>El doblaje se detuvo: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="304"/>
        <source>spoken faster to fit</source>
        <translation>hablado más rápido para encajar</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="305"/>
        <source>spoken slower to fit</source>
        <translation>hablado más despacio para encajar</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="306"/>
        <source>longer than its time: shorten the translation</source>
        <translation>más largo que su tiempo: acorte la traducción</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="307"/>
        <source>shorter than its time</source>
        <translation>más corto que su tiempo</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="308"/>
        <source>cut where the next segment starts</source>
        <translation>cortado donde empieza el siguiente segmento</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="310"/>
        <source>synthetic voice: install kNN-VC to keep the speaker&apos;s</source>
        <translation>voz sintética: instale kNN-VC para conservar la del hablante</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="311"/>
        <source>no translation: stays silent</source>
        <translation>sin traducción: queda en silencio</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="331"/>
        <source>Source: %1 s. Dub: synthesised %2 s, stretched ×%3 to %4 s.</source>
        <translation>Original: %1 s. Doblaje: sintetizado %2 s, estirado ×%3 a %4 s.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="335"/>
        <source>Source: %1 s. Not dubbed yet.</source>
        <translation>Original: %1 s. Aún sin doblar.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="339"/>
        <source>reused from the last dub</source>
        <translation>reutilizado del último doblaje</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="339"/>
        <source>synthesised</source>
        <translation>sintetizado</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="361"/>
        <source>Edited: was “%1”</source>
        <translation>Editado: era «%1»</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="401"/>
        <source>No edits: dubbing again reuses every segment already dubbed.</source>
        <translation>Sin cambios: doblar de nuevo reutiliza cada segmento ya doblado.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="400"/>
        <source>Edited segments: %1 (only these are synthesised again)</source>
        <translation>Segmentos editados: %1 (solo estos se vuelven a sintetizar)</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="403"/>
        <source>No edits yet: double-click a translation to change it.</source>
        <translation>Aún no hay cambios: haga doble clic en una traducción para cambiarla.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="412"/>
        <source>There are no segments to dub yet: run a dub with Stop after set to translation first.</source>
        <translation>Aún no hay segmentos que doblar: ejecute primero un doblaje con «Detener después de» en translation.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="426"/>
        <source>Dubbing the reviewed segments: queued</source>
        <translation>Doblaje de los segmentos revisados: en cola</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="430"/>
        <source>The segments cannot be dubbed: %1</source>
        <translation>Los segmentos no se pueden doblar: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="453"/>
        <source>There is no dubbed audio yet: press Dub with these segments first.</source>
        <translation>Aún no hay audio doblado: pulse primero «Doblar con estos segmentos».</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="456"/>
        <source>Dubbed audio</source>
        <translation>Audio doblado</translation>
    </message>
</context>
<context>
    <name>sonara::studio::EditActions</name>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="28"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="31"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="38"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="40"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="43"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="46"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="49"/>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="52"/>
        <source>&amp;Silence</source>
        <translation>&amp;Silenciar</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="54"/>
        <source>Fade &amp;in</source>
        <translation>Fundido de &amp;entrada</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="57"/>
        <source>Fade &amp;out</source>
        <translation>Fundido de &amp;salida</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="60"/>
        <source>&amp;Gain…</source>
        <translation>&amp;Ganancia…</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="62"/>
        <source>&amp;Normalize…</source>
        <translation>&amp;Normalizar…</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="124"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="167"/>
        <source>Gain</source>
        <translation>Ganancia</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="168"/>
        <source>Gain in dB (the selection, or the whole track):</source>
        <translation>Ganancia en dB (la selección o toda la pista):</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="183"/>
        <location filename="../app/studio/edit_actions.cpp" line="193"/>
        <source>Normalize</source>
        <translation>Normalizar</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="184"/>
        <source>Target loudness in LUFS (the selection, or the whole track):</source>
        <translation>Sonoridad objetivo en LUFS (la selección o toda la pista):</translation>
    </message>
</context>
<context>
    <name>sonara::studio::EditJournal</name>
    <message>
        <location filename="../app/studio/edit_journal.cpp" line="93"/>
        <source>the saved edits cannot be read</source>
        <translation>no se pueden leer las ediciones guardadas</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_journal.cpp" line="107"/>
        <source>the saved edits are damaged or from another version</source>
        <translation>las ediciones guardadas están dañadas o son de otra versión</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_journal.cpp" line="121"/>
        <source>the saved edits are incomplete</source>
        <translation>las ediciones guardadas están incompletas</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_journal.cpp" line="131"/>
        <source>the file changed since the edits were made</source>
        <translation>el archivo cambió después de hacer las ediciones</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_journal.cpp" line="139"/>
        <source>the saved edits do not fit the file any more</source>
        <translation>las ediciones guardadas ya no encajan con el archivo</translation>
    </message>
</context>
<context>
    <name>sonara::studio::ExportDialog</name>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="43"/>
        <location filename="../app/studio/export_dialog.cpp" line="174"/>
        <source>Export audio</source>
        <translation>Exportar audio</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="52"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="54"/>
        <source>Same as the track (%1 Hz)</source>
        <translation>Igual que la pista (%1 Hz)</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="56"/>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="58"/>
        <source>Sample rate</source>
        <translation>Frecuencia de muestreo</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="60"/>
        <source>Normalize to</source>
        <translation>Normalizar a</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="67"/>
        <source>Integrated loudness (EBU R128): -16 for podcasts, -14 for music streaming, -23 for broadcast</source>
        <translation>Sonoridad integrada (EBU R128): -16 para pódcasts, -14 para música en streaming, -23 para radiodifusión</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="72"/>
        <source>Loudness</source>
        <translation>Sonoridad</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="75"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="78"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="93"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="143"/>
        <source>The track is empty: there is nothing to export.</source>
        <translation>La pista está vacía: no hay nada que exportar.</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="146"/>
        <source>Choose a file to export to.</source>
        <translation>Elija el archivo al que exportar.</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="150"/>
        <source>Not enough credits: this export needs %1 and the balance is %2. Buy more minutes for your Sonara account; editing and processing stay free.</source>
        <translation>Créditos insuficientes: esta exportación necesita %1 y el saldo es %2. Compre más minutos para su cuenta de Sonara; editar y procesar siguen siendo gratis.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/export_dialog.cpp" line="160"/>
        <source>Cost: %1 min of credit (%n second(s), billed per second, rounded up)</source>
        <translation>
            <numerusform>Coste: %1 min de crédito (%n segundo, facturado por segundo, redondeado hacia arriba)</numerusform>
            <numerusform>Coste: %1 min de crédito (%n segundos, facturados por segundo, redondeados hacia arriba)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="163"/>
        <source>Balance: %1 min now, %2 min after this export</source>
        <translation>Saldo: %1 min ahora, %2 min después de esta exportación</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="175"/>
        <source>%1 audio (*.%2)</source>
        <translation>Audio %1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>sonara::studio::HealthCharts</name>
    <message>
        <location filename="../app/studio/admin_health_chart.cpp" line="38"/>
        <source>Requests per second</source>
        <translation>Solicitudes por segundo</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_health_chart.cpp" line="40"/>
        <source>Server errors (5xx) per second</source>
        <translation>Errores del servidor (5xx) por segundo</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_health_chart.cpp" line="42"/>
        <source>Refused requests (4xx) per second</source>
        <translation>Solicitudes rechazadas (4xx) por segundo</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_health_chart.cpp" line="44"/>
        <source>Open leases</source>
        <translation>Cesiones abiertas</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_health_chart.cpp" line="130"/>
        <source>no data yet</source>
        <translation>aún no hay datos</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_health_chart.cpp" line="150"/>
        <source>last %1 s</source>
        <translation>últimos %1 s</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_health_chart.cpp" line="153"/>
        <source>max %1</source>
        <translation>máx. %1</translation>
    </message>
</context>
<context>
    <name>sonara::studio::HelpActions</name>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="30"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="33"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="36"/>
        <source>&amp;About Sonara Studio</source>
        <translation>&amp;Acerca de Sonara Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="65"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="70"/>
        <source>&lt;h3&gt;Sonara Studio %1&lt;/h3&gt;&lt;p&gt;Edit, clean up, transcribe and make audio on your own computer.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libtorch %3&lt;br&gt;FFmpeg %4&lt;br&gt;Compute device: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sonara Studio %1&lt;/h3&gt;&lt;p&gt;Edite, limpie, transcriba y cree audio en su propio ordenador.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libtorch %3&lt;br&gt;FFmpeg %4&lt;br&gt;Dispositivo de cálculo: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="95"/>
        <source>Sonara Studio user guide</source>
        <translation>Guía del usuario de Sonara Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="112"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="115"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="115"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="135"/>
        <source>About Sonara Studio</source>
        <translation>Acerca de Sonara Studio</translation>
    </message>
</context>
<context>
    <name>sonara::studio::InputEditor</name>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="66"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="44"/>
        <source>Add a voice to the voice library first</source>
        <translation>Primero añade una voz a la biblioteca de voces</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="84"/>
        <source>A JSON file</source>
        <translation>Un archivo JSON</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="85"/>
        <source>Files, separated by ;</source>
        <translation>Archivos, separados por ;</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="85"/>
        <source>A file</source>
        <translation>Un archivo</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="86"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="98"/>
        <source>JSON documents (*.json)</source>
        <translation>Documentos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="101"/>
        <source>Video (*.mp4 *.mov *.mkv *.webm *.avi)</source>
        <translation>Vídeo (*.mp4 *.mov *.mkv *.webm *.avi)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="104"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="107"/>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac)</source>
        <translation>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="148"/>
        <source>Cannot read %1: %2. Choose the document again.</source>
        <translation>No se puede leer %1: %2. Vuelve a elegir el documento.</translation>
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
        <location filename="../app/studio/job_row.cpp" line="62"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="63"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="64"/>
        <source>Open as track</source>
        <translation>Abrir como pista</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="64"/>
        <source>Show transcript</source>
        <translation>Mostrar transcripción</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="65"/>
        <source>Apply to track</source>
        <translation>Aplicar a la pista</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="66"/>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="67"/>
        <source>Compare the result with the track; B switches while playing</source>
        <translation>Comparar el resultado con la pista; B cambia durante la reproducción</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="85"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="86"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/job_row.cpp" line="117"/>
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
        <location filename="../app/studio/jobs_dock.cpp" line="17"/>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <location filename="../app/studio/jobs_dock.cpp" line="160"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/studio/jobs_dock.cpp" line="230"/>
        <location filename="../app/studio/jobs_dock.cpp" line="231"/>
        <source>%1: done</source>
        <translation>%1: terminado</translation>
    </message>
    <message>
        <location filename="../app/studio/jobs_dock.cpp" line="239"/>
        <source>%1: cancelled</source>
        <translation>%1: cancelado</translation>
    </message>
    <message>
        <location filename="../app/studio/jobs_dock.cpp" line="242"/>
        <source>%1: failed</source>
        <translation>%1: falló</translation>
    </message>
    <message>
        <location filename="../app/studio/jobs_dock.cpp" line="243"/>
        <source>%1: failed: %2</source>
        <translation>%1: falló: %2</translation>
    </message>
</context>
<context>
    <name>sonara::studio::MainWindow</name>
    <message>
        <location filename="../app/studio/main_window.cpp" line="76"/>
        <source>Audio and video (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mov *.mkv *.webm);;All files (*)</source>
        <translation>Audio y vídeo (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mov *.mkv *.webm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="119"/>
        <location filename="../app/studio/main_window.cpp" line="637"/>
        <source>Sonara Studio</source>
        <translation>Sonara Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="177"/>
        <source>%1: queued</source>
        <translation>%1: en cola</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="195"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="206"/>
        <source>Voices</source>
        <translation>Voces</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="209"/>
        <source>Your voice library: add, export, import and share voices</source>
        <translation>Su biblioteca de voces: añadir, exportar, importar y compartir voces</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="239"/>
        <location filename="../app/studio/main_window.cpp" line="251"/>
        <location filename="../app/studio/main_window.cpp" line="823"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="265"/>
        <source>Stems</source>
        <translation>Pistas</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="308"/>
        <source>Output level (peak, 60 dB range)</source>
        <translation>Nivel de salida (pico, rango de 60 dB)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="364"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="367"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="370"/>
        <source>&amp;Close track</source>
        <translation>&amp;Cerrar pista</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="372"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="388"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="395"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="400"/>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="403"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Ajustar a la ventana</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="407"/>
        <source>&amp;Spectrogram</source>
        <translation>&amp;Espectrograma</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="411"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="413"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Trabajos</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="417"/>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Reproducir/Pausa</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="420"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="424"/>
        <source>&amp;Loop selection</source>
        <translation>&amp;Repetir la selección</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="434"/>
        <source>Recording %1</source>
        <translation>Grabación %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="447"/>
        <source>&amp;A/B: result or original</source>
        <translation>&amp;A/B: resultado u original</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="453"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="455"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="464"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="473"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="481"/>
        <source>&amp;Transport</source>
        <translation>&amp;Transporte</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="486"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="488"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="540"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="541"/>
        <source>Could not open %1: %2. Sonara opens audio files and the sound of video files that FFmpeg can read; check that the file is complete, or convert it to WAV or FLAC.</source>
        <translation>No se pudo abrir %1: %2. Sonara abre archivos de audio y el sonido de los vídeos que FFmpeg puede leer; compruebe que el archivo esté completo o conviértalo a WAV o FLAC.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="566"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="637"/>
        <location filename="../app/studio/main_window.cpp" line="787"/>
        <source>%1 – Sonara Studio</source>
        <translation>%1 – Sonara Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="650"/>
        <source>No track</source>
        <translation>Ninguna pista</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/main_window.cpp" line="655"/>
        <source>Duration %1 · %2 Hz · %n channel(s)</source>
        <translation>
            <numerusform>Duración %1 · %2 Hz · %n canal</numerusform>
            <numerusform>Duración %1 · %2 Hz · %n canales</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="660"/>
        <source>Selection %1 – %2 (%3)</source>
        <translation>Selección %1 – %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="667"/>
        <source>Position %1</source>
        <translation>Posición %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="673"/>
        <source>Hearing B: %1 (press B for the track)</source>
        <translation>Escuchando B: %1 (pulse B para la pista)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="674"/>
        <source>Hearing A: the track (press B for %1)</source>
        <translation>Escuchando A: la pista (pulse B para %1)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="693"/>
        <source>Open a track first</source>
        <translation>Abra primero una pista</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="721"/>
        <source>%1 — %2.%3</source>
        <translation>%1 — %2.%3</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="726"/>
        <source>Credits: %1 min</source>
        <translation>Créditos: %1 min</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="728"/>
        <source>Exports cost their duration, billed per second. Editing and processing are free.</source>
        <translation>Las exportaciones cuestan su duración, facturada por segundo. Editar y procesar es gratis.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="732"/>
        <source>Charged to your Sonara account; while offline, to its offline lease.</source>
        <translation>Se cobra a su cuenta de Sonara; sin conexión, a su reserva sin conexión.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="735"/>
        <source>Charged to this computer&apos;s credits; sign in to use your account&apos;s minutes.</source>
        <translation>Se cobra a los créditos de este equipo; inicie sesión para usar los minutos de su cuenta.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="752"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="800"/>
        <location filename="../app/studio/main_window.cpp" line="803"/>
        <source>Apply result</source>
        <translation>Aplicar resultado</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="813"/>
        <source>Press B to switch between the track and %1</source>
        <translation>Pulse B para cambiar entre la pista y %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="816"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="838"/>
        <source>Open audio or video</source>
        <translation>Abrir audio o vídeo</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="862"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="863"/>
        <source>%1 has voice edits marked in its transcript that are not applied yet. Export it with the edits?</source>
        <translation>%1 tiene ediciones de voz marcadas en su transcripción que aún no se han aplicado. ¿Exportarla con las ediciones?</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="867"/>
        <source>With the edits</source>
        <translation>Con las ediciones</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="868"/>
        <source>As recorded</source>
        <translation>Tal como se grabó</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="878"/>
        <source>-edited</source>
        <translation>-editado</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="888"/>
        <source>Exported %1 (%2 min of credit)</source>
        <translation>Exportado %1 (%2 min de crédito)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="33"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="34"/>
        <source>Save changes to %1 before closing?</source>
        <translation>¿Guardar los cambios de %1 antes de cerrar?</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="38"/>
        <source>Your edits live only in the studio until you export them. Discard loses them.</source>
        <translation>Sus ediciones solo existen en el estudio hasta que las exporte. Descartar las pierde.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="101"/>
        <source>Could not keep a copy of your edits in %1: check that the folder can be written.</source>
        <translation>No se pudo guardar una copia de sus ediciones en %1: compruebe que se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="121"/>
        <source>Recover recording</source>
        <translation>Recuperar grabación</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="122"/>
        <source>Sonara closed while recording %1. Keep the %2 that were recorded?</source>
        <translation>Sonara se cerró mientras grababa %1. ¿Conservar los %2 grabados?</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="155"/>
        <source>Unsaved edits from the last session were lost: %1.</source>
        <translation>Se perdieron ediciones sin guardar de la última sesión: %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="159"/>
        <location filename="../app/studio/main_window_recovery.cpp" line="173"/>
        <source>Recover edits</source>
        <translation>Recuperar ediciones</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="160"/>
        <source>Sonara closed before your edits to %1 were saved. Recover them?</source>
        <translation>Sonara se cerró antes de guardar sus ediciones de %1. ¿Recuperarlas?</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="138"/>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="174"/>
        <source>The edits to %1 cannot be recovered: %2. The file is open as it is on disk.</source>
        <translation>No se pueden recuperar las ediciones de %1: %2. El archivo está abierto tal como está en el disco.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="899"/>
        <source>API 127.0.0.1:%1</source>
        <translation>API 127.0.0.1:%1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="900"/>
        <source>The local API for scripts; its token is in %1</source>
        <translation>La API local para scripts; su token está en %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="905"/>
        <source>API off</source>
        <translation>API desactivada</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="906"/>
        <source>The local API did not start: %1. Choose another port in the settings.</source>
        <translation>La API local no se inició: %1. Elija otro puerto en los ajustes.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::ModelManagerPage</name>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="34"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="36"/>
        <source>Models run on this computer. Classic engines (eSpeak NG, PocketSphinx, FFmpeg) need none; the others need their model installed here first.</source>
        <translation>Los modelos se ejecutan en este ordenador. Los motores clásicos (eSpeak NG, PocketSphinx, FFmpeg) no necesitan ninguno; los demás necesitan antes su modelo instalado aquí.</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="42"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="42"/>
        <source>Capability</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="43"/>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="42"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="43"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="43"/>
        <source>VRAM estimate</source>
        <translation>VRAM estimada</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="42"/>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="22"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="76"/>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="77"/>
        <source>Download the selected model from the catalog&apos;s address</source>
        <translation>Descargar el modelo seleccionado desde la dirección del catálogo</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="78"/>
        <source>Install from URL…</source>
        <translation>Instalar desde una URL…</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="79"/>
        <source>Install from folder…</source>
        <translation>Instalar desde una carpeta…</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="80"/>
        <source>Cancel download</source>
        <translation>Cancelar descarga</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="81"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="99"/>
        <source>Select a model in the list first.</source>
        <translation>Seleccione primero un modelo de la lista.</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="103"/>
        <source>Folder with the files of %1</source>
        <translation>Carpeta con los archivos de %1</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="111"/>
        <source>Remove model</source>
        <translation>Quitar modelo</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="112"/>
        <source>Remove %1 from this computer?</source>
        <translation>¿Quitar %1 de este ordenador?</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="174"/>
        <location filename="../app/studio/model_manager_page.cpp" line="182"/>
        <source>installed</source>
        <translation>instalado</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="174"/>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="233"/>
        <source>%1 is still downloading: wait for it or cancel it first.</source>
        <translation>%1 aún se está descargando: espere o cancele primero la descarga.</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="245"/>
        <source>Downloading %1…</source>
        <translation>Descargando %1…</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="259"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="268"/>
        <source>the download of %1 was %2</source>
        <translation>descarga de %1: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="269"/>
        <location filename="../app/studio/model_manager_page.cpp" line="286"/>
        <source>%1 is installed.</source>
        <translation>%1 está instalado.</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="299"/>
        <source>%1 was removed.</source>
        <translation>%1 se ha quitado.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::PagedTable</name>
    <message>
        <location filename="../app/studio/paged_table.cpp" line="35"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../app/studio/paged_table.cpp" line="36"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../app/studio/paged_table.cpp" line="39"/>
        <location filename="../app/studio/paged_table.cpp" line="89"/>
        <source>Filter these rows</source>
        <translation>Filtrar estas filas</translation>
    </message>
    <message>
        <location filename="../app/studio/paged_table.cpp" line="89"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/paged_table.cpp" line="216"/>
        <source>Page %1 of %2 · %n row(s)</source>
        <translation>
            <numerusform>Página %1 de %2 · %n fila</numerusform>
            <numerusform>Página %1 de %2 · %n filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonara::studio::PlanDialog</name>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="29"/>
        <source>New plan</source>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="29"/>
        <source>Edit plan %1</source>
        <translation>Editar el plan %1</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="34"/>
        <source>minutes-120</source>
        <translation>minutes-120</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="45"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="48"/>
        <source>one-off purchase</source>
        <translation>compra única</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="49"/>
        <source> month(s)</source>
        <translation> mes(es)</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="56"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="57"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="58"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="59"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="60"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="61"/>
        <source>Renews</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="109"/>
        <source>Will be saved as: %1, %2 for %3 min, %4</source>
        <translation>Se guardará como: %1, %2 por %3 min, %4</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="110"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="118"/>
        <source>The id is lowercase letters, digits and dashes, such as minutes-120.</source>
        <translation>El id consta de minúsculas, dígitos y guiones, como minutes-120.</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="120"/>
        <source>Enter the plan&apos;s name as buyers see it.</source>
        <translation>Introduzca el nombre del plan tal como lo ven los compradores.</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="122"/>
        <source>The currency is a three-letter code such as usd, eur or inr.</source>
        <translation>La moneda es un código de tres letras como usd, eur o inr.</translation>
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
    <name>sonara::studio::RecordingController</name>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="21"/>
        <source>&amp;Record from microphone</source>
        <translation>&amp;Grabar desde el micrófono</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="41"/>
        <location filename="../app/studio/recording_controller.cpp" line="88"/>
        <location filename="../app/studio/recording_controller.cpp" line="121"/>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="54"/>
        <source>Recording: press Ctrl+R again to stop</source>
        <translation>Grabando: pulse Ctrl+R de nuevo para parar</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="55"/>
        <source>Recording, but not kept on disk until it stops (%1 cannot be written): press Ctrl+R again to stop</source>
        <translation>Grabando, pero no se guarda en disco hasta que se detenga (no se puede escribir en %1): pulse Ctrl+R de nuevo para detener</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="89"/>
        <source>The recording %1 cannot be recovered: %2.</source>
        <translation>No se puede recuperar la grabación %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="46"/>
        <source>Recording %1</source>
        <translation>Grabación %1</translation>
    </message>
</context>
<context>
    <name>sonara::studio::RecordingJournal</name>
    <message>
        <location filename="../app/studio/recording_journal.cpp" line="71"/>
        <source>the recording cannot be read</source>
        <translation>no se puede leer la grabación</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_journal.cpp" line="86"/>
        <source>the recording is damaged or from another version</source>
        <translation>la grabación está dañada o es de otra versión</translation>
    </message>
</context>
<context>
    <name>sonara::studio::RefundDialog</name>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="63"/>
        <source>Refund a payment</source>
        <translation>Reembolsar un pago</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="65"/>
        <source>Up to %1</source>
        <translation>Hasta %1</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="67"/>
        <source>Required: kept in the audit log</source>
        <translation>Obligatorio: se guarda en el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="74"/>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="76"/>
        <source>Amount (%1)</source>
        <translation>Importe (%1)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="77"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="80"/>
        <source>%1 paid %2 through %3; %4 refunded so far.</source>
        <translation>%1 pagó %2 a través de %3; reembolsado hasta ahora: %4.</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="112"/>
        <source>Enter the amount to refund.</source>
        <translation>Introduce el importe que se va a reembolsar.</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="113"/>
        <source>Enter an amount above zero and at most %1.</source>
        <translation>Introduce un importe mayor que cero y como máximo %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="121"/>
        <source>Refund %1 of %2 to %3 through %4. About %5 of their minutes are taken back (not below a zero balance). The money goes back at once; this cannot be undone.</source>
        <translation>Reembolsar %1 de %2 a %3 a través de %4. Se retiran unos %5 de sus minutos (sin bajar de un saldo cero). El dinero se devuelve al momento; no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::SettingsDialog</name>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="53"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="59"/>
        <source>Automatic (a CUDA GPU when present)</source>
        <translation>Automático (una GPU CUDA si la hay)</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="39"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="38"/>
        <source>CUDA GPU %1</source>
        <translation>GPU CUDA %1</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="66"/>
        <source>Where models run, from the next job on; also what `sonara serve` uses unless it is given --device. A job whose model does not fit the GPU runs on the CPU and says so</source>
        <translation>Dónde se ejecutan los modelos, desde el próximo trabajo; también lo que usa `sonara serve` salvo que reciba --device. Un trabajo cuyo modelo no cabe en la GPU se ejecuta en la CPU y lo indica</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="68"/>
        <source>Compute device</source>
        <translation>Dispositivo de cálculo</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="71"/>
        <source>Automatic (fp16 on GPU, fp32 on CPU)</source>
        <translation>Automático (fp16 en GPU, fp32 en CPU)</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="77"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="84"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="89"/>
        <source>How much memory loaded models may keep between jobs; the least recently used model is unloaded first when more is needed</source>
        <translation>Cuánta memoria pueden conservar los modelos cargados entre trabajos; cuando se necesita más, se descarga primero el modelo usado hace más tiempo</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="91"/>
        <source>Model cache</source>
        <translation>Caché de modelos</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="96"/>
        <source>Takes effect the next time the studio starts</source>
        <translation>Se aplica la próxima vez que se inicie el estudio</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="97"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="100"/>
        <location filename="../app/studio/settings_dialog.cpp" line="103"/>
        <source>Data directory</source>
        <translation>Directorio de datos</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="113"/>
        <source>Port of the local API on 127.0.0.1; 0 picks a free one. Takes effect the next time the studio starts</source>
        <translation>Puerto de la API local en 127.0.0.1; 0 elige uno libre. Se aplica la próxima vez que se inicie el estudio</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="115"/>
        <source>Local API port</source>
        <translation>Puerto de la API local</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="121"/>
        <source>Scripts send it as a bearer token; it is kept in %1</source>
        <translation>Los scripts lo envían como token bearer; se guarda en %1</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="123"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="125"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="126"/>
        <source>Rotate</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="127"/>
        <source>Replace the token: scripts using the old one are refused</source>
        <translation>Sustituir el token: se rechazan los scripts que usen el anterior</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="132"/>
        <source>Local API token</source>
        <translation>Token de la API local</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="143"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="149"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="152"/>
        <source>Follow the desktop</source>
        <translation>Como el escritorio</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="153"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="154"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="156"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="160"/>
        <source>The Sonara account service the studio signs in to</source>
        <translation>El servicio de cuentas de Sonara en el que inicia sesión el estudio</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="161"/>
        <source>Account service</source>
        <translation>Servicio de cuentas</translation>
    </message>
</context>
<context>
    <name>sonara::studio::SignInDialog</name>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="20"/>
        <source>The address of the Sonara account service</source>
        <translation>La dirección del servicio de cuentas de Sonara</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="21"/>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="34"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="39"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="40"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="41"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="65"/>
        <source>Enter the service address, such as https://sonara.studio.</source>
        <translation>Introduzca la dirección del servicio, como https://sonara.studio.</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="69"/>
        <source>Enter the email and the password of the account.</source>
        <translation>Introduzca el correo electrónico y la contraseña de la cuenta.</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="72"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>sonara::studio::StartPage</name>
    <message>
        <location filename="../app/studio/start_page.cpp" line="28"/>
        <source>Open a file…</source>
        <translation>Abrir un archivo…</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="40"/>
        <source>What would you like to do?</source>
        <translation>¿Qué le gustaría hacer?</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="43"/>
        <source>Open or drop an audio or video file to edit it, or pick what to make. Results open as tracks you can compare, apply and export.</source>
        <translation>Abra o arrastre un archivo de audio o vídeo para editarlo, o elija qué crear. Los resultados se abren como pistas que puede comparar, aplicar y exportar.</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="49"/>
        <source>Recent files</source>
        <translation>Archivos recientes</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="77"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="120"/>
        <source>Ready: %1</source>
        <translation>Listo: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="122"/>
        <source>Needs a model: install one from the Models page</source>
        <translation>Necesita un modelo: instale uno desde la página Modelos</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="123"/>
        <source>No engine installed</source>
        <translation>Ningún motor instalado</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="147"/>
        <source>Files you open appear here.</source>
        <translation>Aquí aparecen los archivos que abra.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::StemLane</name>
    <message>
        <location filename="../app/studio/stem_lane.cpp" line="69"/>
        <source>S</source>
        <comment>solo</comment>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_lane.cpp" line="69"/>
        <source>Solo: hear only the soloed stems</source>
        <translation>Solo: escuchar solo las pistas en solo</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_lane.cpp" line="70"/>
        <source>M</source>
        <comment>mute</comment>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_lane.cpp" line="70"/>
        <source>Mute: leave this stem out of what you hear</source>
        <translation>Silenciar: dejar esta pista fuera de lo que escuchas</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_lane.cpp" line="71"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>sonara::studio::StemPage</name>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="94"/>
        <location filename="../app/studio/stem_page.cpp" line="139"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="95"/>
        <location filename="../app/studio/stem_page.cpp" line="135"/>
        <source>A/B: stems</source>
        <translation>A/B: pistas</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="97"/>
        <source>Export selected stems…</source>
        <translation>Exportar pistas seleccionadas…</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="104"/>
        <source>Switch between the stems you hear (solo and mute) and the original mix, at the same moment</source>
        <translation>Cambiar entre las pistas que escuchas (solo y silencio) y la mezcla original, en el mismo instante</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="119"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="135"/>
        <source>A/B: mix</source>
        <translation>A/B: mezcla</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="139"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="154"/>
        <location filename="../app/studio/stem_page.cpp" line="228"/>
        <source>Separate a song to see its stems here.</source>
        <translation>Separa una canción para ver aquí sus pistas.</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="185"/>
        <source>This job has no stems to show: only a finished separation has.</source>
        <translation>Este trabajo no tiene pistas que mostrar: solo una separación terminada las tiene.</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="205"/>
        <source>Loading the stems…</source>
        <translation>Cargando las pistas…</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="224"/>
        <source>The %1 stem of this job cannot be read any more; run the separation again.</source>
        <translation>La pista %1 de este trabajo ya no se puede leer; vuelve a ejecutar la separación.</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="201"/>
        <location filename="../app/studio/stem_page.cpp" line="229"/>
        <source>The stems of this job are gone; run the separation again.</source>
        <translation>Las pistas de este trabajo ya no están; vuelve a ejecutar la separación.</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="265"/>
        <source>Stems of %1</source>
        <translation>Pistas de %1</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="260"/>
        <source>the sum of the stems</source>
        <translation>la suma de las pistas</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="262"/>
        <source>The original mix is no longer where it was, so A/B compares with the sum of all stems.</source>
        <translation>La mezcla original ya no está donde estaba, así que A/B compara con la suma de todas las pistas.</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="295"/>
        <source>stems</source>
        <translation>pistas</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="318"/>
        <source>Export the selected stems to</source>
        <translation>Exportar las pistas seleccionadas a</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="329"/>
        <source>Open a separation first.</source>
        <translation>Abre primero una separación.</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="353"/>
        <source>Tick Export on the stems to write.</source>
        <translation>Marca Exportar en las pistas que quieras escribir.</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="374"/>
        <source>Stems exported: %1</source>
        <translation>Pistas exportadas: %1</translation>
    </message>
</context>
<context>
    <name>sonara::studio::StudioStatusBar</name>
    <message>
        <location filename="../app/studio/status_bar.cpp" line="51"/>
        <source>Device: %1</source>
        <translation>Dispositivo: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/status_bar.cpp" line="53"/>
        <source>Running on %1</source>
        <translation>Ejecutándose en %1</translation>
    </message>
    <message>
        <location filename="../app/studio/status_bar.cpp" line="56"/>
        <source>Where models run. Choose the device in Settings; a job whose model does not fit the GPU runs on the CPU and says so</source>
        <translation>Dónde se ejecutan los modelos. Elija el dispositivo en Ajustes; un trabajo cuyo modelo no cabe en la GPU se ejecuta en la CPU y lo indica</translation>
    </message>
</context>
<context>
    <name>sonara::studio::TakesPanel</name>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="107"/>
        <source>Takes</source>
        <translation>Tomas</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="112"/>
        <source>Every run of the form is kept here as a take, to compare and keep the best.</source>
        <translation>Cada ejecución del formulario se guarda aquí como una toma, para compararlas y quedarse con la mejor.</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="123"/>
        <source>Prompt</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="123"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="123"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="123"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="142"/>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="145"/>
        <source>Makes the selected take again with the same settings (a seed of -1 draws a new one)</source>
        <translation>Genera de nuevo la toma seleccionada con los mismos ajustes (una semilla de -1 elige una nueva)</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="147"/>
        <source>Variation</source>
        <translation>Variación</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="149"/>
        <source>Makes the selected take again with a new seed</source>
        <translation>Genera de nuevo la toma seleccionada con una semilla nueva</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="150"/>
        <source>Open as track</source>
        <translation>Abrir como pista</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="152"/>
        <source>Opens the selected take in the editor as a new track</source>
        <translation>Abre la toma seleccionada en el editor como una pista nueva</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="153"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="156"/>
        <source>Removes the selected take from the list; its file stays among the job&apos;s results</source>
        <translation>Quita la toma seleccionada de la lista; su archivo sigue entre los resultados del trabajo</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="231"/>
        <source>Generating…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="236"/>
        <source>Generating… %1%</source>
        <translation>Generando… %1%</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="249"/>
        <source>The run was cancelled.</source>
        <translation>La ejecución se canceló.</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="250"/>
        <source>The run failed: %1</source>
        <translation>La ejecución falló: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="302"/>
        <source>The run finished without audio.</source>
        <translation>La ejecución terminó sin audio.</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="308"/>
        <source>New take ready: press its play button to hear it.</source>
        <translation>Nueva toma lista: pulsa su botón de reproducir para escucharla.</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="309"/>
        <source>Take ready: %1</source>
        <translation>Toma lista: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="325"/>
        <source>Playing: %1</source>
        <translation>Reproduciendo: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="355"/>
        <source>This take is starred to keep it: unstar it first to delete it.</source>
        <translation>Esta toma está marcada para conservarla: quita la estrella antes de eliminarla.</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="364"/>
        <source>Take deleted.</source>
        <translation>Toma eliminada.</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="439"/>
        <source>The takes could not be saved in the data folder: check that it is writable and has free space.</source>
        <translation>No se pudieron guardar las tomas en la carpeta de datos: comprueba que se pueda escribir en ella y que tenga espacio libre.</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="445"/>
        <source>%1, seed %2</source>
        <translation>%1, semilla %2</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="131"/>
        <location filename="../app/studio/takes_panel.cpp" line="496"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="131"/>
        <location filename="../app/studio/takes_panel.cpp" line="496"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="497"/>
        <source>Stops this take</source>
        <translation>Detiene esta toma</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="497"/>
        <source>Plays this take</source>
        <translation>Reproduce esta toma</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="503"/>
        <source>Starred: kept. Click to unstar</source>
        <translation>Con estrella: se conserva. Haz clic para quitar la estrella</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="504"/>
        <source>Star this take to keep it</source>
        <translation>Marca esta toma con una estrella para conservarla</translation>
    </message>
</context>
<context>
    <name>sonara::studio::TranscriptView</name>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="93"/>
        <source>Export transcript…</source>
        <translation>Exportar transcripción…</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="107"/>
        <source>Could not read the transcript %1: %2</source>
        <translation>No se pudo leer la transcripción %1: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="112"/>
        <source>%1 is not a transcript: it is not a JSON object.</source>
        <translation>%1 no es una transcripción: no es un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="158"/>
        <source>Open a track and run Speech to text on it: its transcript appears here.</source>
        <translation>Abra una pista y aplíquele Voz a texto: su transcripción aparecerá aquí.</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="160"/>
        <source>No transcript of %1 yet: run Speech to text on it.</source>
        <translation>Aún no hay transcripción de %1: aplíquele Voz a texto.</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="164"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="165"/>
        <source>Transcript of %1</source>
        <translation>Transcripción de %1</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="427"/>
        <source>transcript</source>
        <translation>transcripcion</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="446"/>
        <location filename="../app/studio/transcript_view.cpp" line="453"/>
        <source>Export transcript</source>
        <translation>Exportar transcripción</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="448"/>
        <source>Subtitles (*.srt *.vtt);;Text (*.txt);;JSON (*.json)</source>
        <translation>Subtítulos (*.srt *.vtt);;Texto (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="454"/>
        <source>Could not write %1: choose a .srt, .vtt, .txt or .json file in a folder you can write to.</source>
        <translation>No se pudo escribir %1: elija un archivo .srt, .vtt, .txt o .json en una carpeta con permiso de escritura.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::Transport</name>
    <message>
        <location filename="../app/studio/transport.cpp" line="224"/>
        <source>There is no audio output device, so nothing can be played. Connect headphones or speakers, or check the sound settings, then press Play again.</source>
        <translation>No hay ningún dispositivo de salida de audio, así que no se puede reproducir nada. Conecte auriculares o altavoces, o revise la configuración de sonido, y pulse Reproducir de nuevo.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::TtsPreviewPanel</name>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="46"/>
        <source>Takes</source>
        <translation>Tomas</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="94"/>
        <source>Run the form to hear the text; every run is kept here as a take.</source>
        <translation>Ejecute el formulario para oír el texto; cada ejecución se guarda aquí como una toma.</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="58"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="58"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="58"/>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="58"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="67"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="68"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="69"/>
        <source>Open as track</source>
        <translation>Abrir como pista</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="73"/>
        <source>Plays the selected take</source>
        <translation>Reproduce la toma seleccionada</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="74"/>
        <source>Opens the selected take in the editor as a new track</source>
        <translation>Abre la toma seleccionada en el editor como una pista nueva</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="139"/>
        <source>Speaking…</source>
        <translation>Hablando…</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="144"/>
        <source>Speaking… %1%</source>
        <translation>Hablando… %1 %</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="157"/>
        <source>The take was cancelled.</source>
        <translation>La toma se ha cancelado.</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="158"/>
        <source>The take failed: %1</source>
        <translation>La toma ha fallado: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="171"/>
        <source>The take finished without audio.</source>
        <translation>La toma terminó sin audio.</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="177"/>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="200"/>
        <source>New take ready: press Play to hear it.</source>
        <translation>Nueva toma lista: pulse Reproducir para oírla.</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="201"/>
        <source>Speech ready: %1</source>
        <translation>Voz lista: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="224"/>
        <source>Playing: %1</source>
        <translation>Reproduciendo: %1</translation>
    </message>
</context>
<context>
    <name>sonara::studio::UrlInstallDialog</name>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="21"/>
        <source>Install a model from a URL</source>
        <translation>Instalar un modelo desde una URL</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="22"/>
        <source>my-model</source>
        <translation>mi-modelo</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="23"/>
        <source>https://example.com/model.safetensors</source>
        <translation>https://example.com/model.safetensors</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="24"/>
        <source>64 hexadecimal digits</source>
        <translation>64 dígitos hexadecimales</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="25"/>
        <source>The download is refused unless its sha256 matches</source>
        <translation>La descarga se rechaza si su sha256 no coincide</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="30"/>
        <source>Model id</source>
        <translation>Id del modelo</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="31"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="32"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="33"/>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="63"/>
        <source>Enter a model id without slashes, such as my-model.</source>
        <translation>Introduzca un id de modelo sin barras, como mi-modelo.</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="66"/>
        <source>Enter the http(s) address of the checkpoint file.</source>
        <translation>Introduzca la dirección http(s) del archivo del checkpoint.</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="69"/>
        <source>Enter the file&apos;s sha256 (64 hexadecimal digits), so a damaged or changed download is refused.</source>
        <translation>Introduzca el sha256 del archivo (64 dígitos hexadecimales) para que se rechace una descarga dañada o modificada.</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="72"/>
        <source>Choose the architecture the checkpoint holds.</source>
        <translation>Elija la arquitectura que contiene el checkpoint.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::UserMessage</name>
    <message>
        <location filename="../app/studio/user_message.cpp" line="34"/>
        <location filename="../app/studio/user_message.cpp" line="40"/>
        <location filename="../app/studio/user_message.cpp" line="52"/>
        <source>an unexpected error occurred</source>
        <translation>se produjo un error inesperado</translation>
    </message>
</context>
<context>
    <name>sonara::studio::VoiceAddDialog</name>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="31"/>
        <source>Your full name</source>
        <translation>Su nombre completo</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="32"/>
        <source>The speaker agreed to the statement above</source>
        <translation>La persona que habla aceptó la declaración anterior</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="35"/>
        <source>Confirmed by:</source>
        <translation>Confirmado por:</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="36"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="56"/>
        <source>I am the person whose voice is in these recordings, or I have their permission, and I agree that this voice may be used to make speech with Sonara Studio.</source>
        <translation>Soy la persona cuya voz aparece en estas grabaciones, o tengo su permiso, y acepto que esta voz se use para generar habla con Sonara Studio.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="62"/>
        <source>Add a voice</source>
        <translation>Añadir una voz</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="66"/>
        <source>e.g. en-GB (optional)</source>
        <translation>p. ej., en-GB (opcional)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="69"/>
        <source>Add recordings…</source>
        <translation>Añadir grabaciones…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="73"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="74"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="78"/>
        <source>Recordings:</source>
        <translation>Grabaciones:</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="79"/>
        <source>Each recording 1 s to 5 min; silence is trimmed, noise reduced and loudness evened out once, and the originals are kept.</source>
        <translation>Cada grabación de 1 s a 5 min; una sola vez se recorta el silencio, se reduce el ruido y se iguala la sonoridad, y se conservan los originales.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="85"/>
        <source>Add voice</source>
        <translation>Añadir voz</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="102"/>
        <source>Recordings of the voice</source>
        <translation>Grabaciones de la voz</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="103"/>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;All files (*)</source>
        <translation>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>sonara::studio::VoiceConsentDialog</name>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="143"/>
        <source>Consent for %1</source>
        <translation>Consentimiento para %1</translation>
    </message>
</context>
<context>
    <name>sonara::studio::VoiceEditPanel</name>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="166"/>
        <source>Cut</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="166"/>
        <source>Cut the selected words (Delete)</source>
        <translation>Cortar las palabras seleccionadas (Supr)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="168"/>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="169"/>
        <source>Mute the selected words with the room tone (M)</source>
        <translation>Silenciar las palabras seleccionadas con el tono de sala (M)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="171"/>
        <source>Bleep</source>
        <translation>Pitido</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="171"/>
        <source>Bleep the selected words (B)</source>
        <translation>Tapar las palabras seleccionadas con un pitido (B)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="173"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="174"/>
        <source>Clear the marks of the selected words (K)</source>
        <translation>Quitar las marcas de las palabras seleccionadas (K)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="186"/>
        <source>Preview</source>
        <translation>Previsualizar</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="187"/>
        <source>Play the track as the marks make it; the A/B switch goes back</source>
        <translation>Reproducir la pista tal como la dejan las marcas; el conmutador A/B vuelve atrás</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="189"/>
        <source>Apply edits</source>
        <translation>Aplicar ediciones</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="190"/>
        <source>Render the marks with the voice editor into the track (one undo step)</source>
        <translation>Aplicar las marcas a la pista con el editor de voz (un paso de deshacer)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="194"/>
        <location filename="../app/studio/voice_edit_panel.cpp" line="405"/>
        <source>Remove fillers</source>
        <translation>Quitar muletillas</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="195"/>
        <source>Propose cutting filler words (um, uh, &quot;you know&quot;…) from the language&apos;s list and yours</source>
        <translation>Propone cortar muletillas (eh, este, «o sea»…) de la lista del idioma y de la suya</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="198"/>
        <location filename="../app/studio/voice_edit_panel.cpp" line="411"/>
        <source>Shorten silences</source>
        <translation>Acortar silencios</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="199"/>
        <source>Propose shortening pauses longer than %1 s to %2 s</source>
        <translation>Propone acortar las pausas de más de %1 s a %2 s</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="203"/>
        <location filename="../app/studio/voice_edit_panel.cpp" line="415"/>
        <source>Find bloopers</source>
        <translation>Buscar tomas falsas</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="204"/>
        <source>Propose cutting the earlier takes of a phrase started again</source>
        <translation>Propone cortar las tomas anteriores de una frase empezada de nuevo</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="207"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="210"/>
        <source>Accept all</source>
        <translation>Aceptar todas</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="210"/>
        <source>Accept every proposal</source>
        <translation>Aceptar todas las propuestas</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="212"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="208"/>
        <source>Accept the proposal at the selection, or the first one</source>
        <translation>Aceptar la propuesta de la selección, o la primera</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="175"/>
        <source>Room tone</source>
        <translation>Tono de sala</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="176"/>
        <source>Use the waveform&apos;s selection, a stretch without speech, as the room tone that fills muted spans and cut joins (else the quietest stretch is used)</source>
        <translation>Usar la selección de la forma de onda, un tramo sin voz, como tono de sala que rellena los tramos silenciados y las uniones de los cortes (si no, se usa el tramo más silencioso)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="179"/>
        <source>Hear edits</source>
        <translation>Escuchar ediciones</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="180"/>
        <source>Play the track with its marks in place, live as you mark: cut spans are skipped, muted and bleeped ones covered (off: the track as recorded)</source>
        <translation>Reproduce la pista con sus marcas aplicadas, en directo mientras marcas: los tramos cortados se saltan, los silenciados y pitados se cubren (desactivado: la pista tal como se grabó)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="213"/>
        <source>Drop the proposal at the selection, or the first one</source>
        <translation>Descartar la propuesta de la selección, o la primera</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="338"/>
        <source>Select words in the transcript first.</source>
        <translation>Seleccione primero palabras en la transcripción.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="367"/>
        <source>Cut words</source>
        <translation>Cortar palabras</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="368"/>
        <source>Mute words</source>
        <translation>Silenciar palabras</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="369"/>
        <source>Bleep words</source>
        <translation>Tapar palabras con pitido</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="370"/>
        <source>Keep words</source>
        <translation>Conservar palabras</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="376"/>
        <source>Run Speech to text on the track first: the rules read its words.</source>
        <translation>Ejecute primero Voz a texto en la pista: las reglas leen sus palabras.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="386"/>
        <source>%1: nothing to propose.</source>
        <translation>%1: nada que proponer.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="395"/>
        <source>%1: %2 proposed; accept them one by one or all.</source>
        <translation>%1: %2 propuestas; acéptelas una a una o todas.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="421"/>
        <source>No proposals: use Remove fillers, Shorten silences or Find bloopers.</source>
        <translation>No hay propuestas: use Quitar muletillas, Acortar silencios o Buscar tomas falsas.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="444"/>
        <source>Accept proposal</source>
        <translation>Aceptar propuesta</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="462"/>
        <source>Accept all proposals</source>
        <translation>Aceptar todas las propuestas</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="481"/>
        <source>Reject proposal</source>
        <translation>Rechazar propuesta</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="488"/>
        <source>Select a quiet stretch of at least 0.05 s on the waveform first.</source>
        <translation>Seleccione primero en la forma de onda un tramo silencioso de al menos 0,05 s.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="495"/>
        <source>Set room tone</source>
        <translation>Fijar tono de sala</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="501"/>
        <location filename="../app/studio/voice_edit_panel.cpp" line="527"/>
        <source>Mark words to cut, mute or bleep first.</source>
        <translation>Marque primero palabras para cortar, silenciar o tapar con pitido.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="509"/>
        <source>%1 with the voice edit</source>
        <translation>%1 con la edición de voz</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="516"/>
        <source>Playing the voice edit; the A/B switch goes back to the track.</source>
        <translation>Reproduciendo la edición de voz; el conmutador A/B vuelve a la pista.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="518"/>
        <source>Preview: %1</source>
        <translation>Previsualizar: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="532"/>
        <source>The track could not be handed to the voice editor.</source>
        <translation>No se pudo pasar la pista al editor de voz.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="548"/>
        <location filename="../app/studio/voice_edit_panel.cpp" line="605"/>
        <source>Apply edits: %1</source>
        <translation>Aplicar ediciones: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="553"/>
        <source>Applying the voice edit to %1…</source>
        <translation>Aplicando la edición de voz a %1…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="567"/>
        <source>The voice edit was cancelled; the track is unchanged.</source>
        <translation>Se canceló la edición de voz; la pista no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="568"/>
        <source>The voice edit failed: %1</source>
        <translation>La edición de voz falló: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="579"/>
        <source>The track changed while the voice edit ran, so it was left as it is; the edited audio is in the Jobs panel.</source>
        <translation>La pista cambió mientras se hacía la edición de voz, así que se dejó como estaba; el audio editado está en el panel de trabajos.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="589"/>
        <source>The voice edit left no result; run it again.</source>
        <translation>La edición de voz no dejó resultado; ejecútela de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="601"/>
        <source>Voice edit</source>
        <translation>Edición de voz</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="602"/>
        <source>Voice edit applied: %1 s shorter.</source>
        <translation>Edición de voz aplicada: %1 s más corta.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="684"/>
        <source>Select words, then Delete cuts them, M mutes, B bleeps.</source>
        <translation>Seleccione palabras: Supr las corta, M silencia, B pone un pitido.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="685"/>
        <source>Cuts: %1 · muted: %2 · bleeped: %3 · proposed: %4 · %5 s shorter</source>
        <translation>Cortes: %1 · silenciadas: %2 · con pitido: %3 · propuestas: %4 · %5 s más corta</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="692"/>
        <source> · room tone %1–%2 s</source>
        <translation> · tono de sala %1–%2 s</translation>
    </message>
</context>
<context>
    <name>sonara::studio::VoiceLibraryPage</name>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="51"/>
        <source>The voice library could not be changed. Check the free space in the data folder and try again.</source>
        <translation>No se pudo cambiar la biblioteca de voces. Compruebe el espacio libre en la carpeta de datos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="65"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="65"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="65"/>
        <source>Speech</source>
        <translation>Habla</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="65"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="79"/>
        <source>Add voice…</source>
        <translation>Añadir voz…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="80"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="81"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="82"/>
        <source>Record consent…</source>
        <translation>Registrar consentimiento…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="83"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="84"/>
        <source>Share voice…</source>
        <translation>Compartir voz…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="85"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="113"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="116"/>
        <source>Missing: record it before using the voice</source>
        <translation>Falta: regístrelo antes de usar la voz</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="169"/>
        <source>Adding %1: cleaning its recordings…</source>
        <translation>Añadiendo %1: limpiando sus grabaciones…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="181"/>
        <source>Add a voice</source>
        <translation>Añadir una voz</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="181"/>
        <source>%1 was not added: %2</source>
        <translation>%1 no se añadió: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="184"/>
        <source>Added the voice %1</source>
        <translation>Se añadió la voz %1</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="208"/>
        <source>%1 is not readable audio; choose a WAV, FLAC, MP3 or Ogg recording</source>
        <translation>%1 no es audio legible; elija una grabación WAV, FLAC, MP3 u Ogg</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="224"/>
        <location filename="../app/studio/voice_library_page.cpp" line="245"/>
        <location filename="../app/studio/voice_library_page.cpp" line="260"/>
        <source>Import a voice</source>
        <translation>Importar una voz</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="225"/>
        <source>Sonara voices (*%1);;All files (*)</source>
        <translation>Voces de Sonara (*%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="246"/>
        <source>%1
Import it under another name:</source>
        <translation>%1
Impórtela con otro nombre:</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="256"/>
        <source>Imported the voice %1</source>
        <translation>Se importó la voz %1</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="271"/>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="273"/>
        <source>Sonara voices (*%1)</source>
        <translation>Voces de Sonara (*%1)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="282"/>
        <source>Exported the voice to %1</source>
        <translation>Se exportó la voz a %1</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="285"/>
        <location filename="../app/studio/voice_library_page.cpp" line="287"/>
        <source>Export a voice</source>
        <translation>Exportar una voz</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="299"/>
        <source>Rename %1</source>
        <translation>Cambiar el nombre de %1</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="299"/>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="309"/>
        <source>Rename a voice</source>
        <translation>Cambiar el nombre de una voz</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="325"/>
        <source>Record consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="337"/>
        <location filename="../app/studio/voice_library_page.cpp" line="345"/>
        <location filename="../app/studio/voice_library_page.cpp" line="375"/>
        <location filename="../app/studio/voice_library_page.cpp" line="383"/>
        <location filename="../app/studio/voice_library_page.cpp" line="401"/>
        <location filename="../app/studio/voice_library_page.cpp" line="409"/>
        <source>Share voice</source>
        <translation>Compartir voz</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="337"/>
        <source>%1 has no recorded consent: record it before sharing the voice.</source>
        <translation>%1 no tiene consentimiento registrado: regístrelo antes de compartir la voz.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="347"/>
        <source>Other Sonara users will be able to use this voice once the moderators approve it. They receive its first %1 seconds to listen to; the rest stays on this computer.</source>
        <translation>Otros usuarios de Sonara podrán usar esta voz cuando los moderadores la aprueben. Reciben sus primeros %1 segundos para escucharla; el resto se queda en este equipo.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="355"/>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="363"/>
        <source>Shared as:</source>
        <translation>Compartida como:</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="375"/>
        <source>The voice&apos;s recordings are missing: add the voice again.</source>
        <translation>Faltan las grabaciones de la voz: vuelva a añadirla.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="388"/>
        <source>Sharing %1…</source>
        <translation>Compartiendo %1…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="396"/>
        <source>%1 was sent to the moderators; other users can use it once they approve it.</source>
        <translation>%1 se envió a los moderadores; otros usuarios podrán usarla cuando la aprueben.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="406"/>
        <source>Sign in to your Sonara account to share a voice.</source>
        <translation>Inicie sesión en su cuenta de Sonara para compartir una voz.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="418"/>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="419"/>
        <source>Delete the voice %1 and its recordings? Export it first to keep a copy.</source>
        <translation>¿Eliminar la voz %1 y sus grabaciones? Expórtela antes para conservar una copia.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="429"/>
        <source>Delete a voice</source>
        <translation>Eliminar una voz</translation>
    </message>
</context>
<context>
    <name>sonara::studio::WaveformView</name>
    <message>
        <location filename="../app/studio/waveform_view.cpp" line="345"/>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <location filename="../app/studio/waveform_view.cpp" line="345"/>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <location filename="../app/studio/waveform_view.cpp" line="370"/>
        <source>Open or drop an audio or video file to start (Ctrl+O)</source>
        <translation>Abra o arrastre aquí un archivo de audio o vídeo para empezar (Ctrl+O)</translation>
    </message>
</context>
</TS>
