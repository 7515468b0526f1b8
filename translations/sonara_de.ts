<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AdminFormat</name>
    <message>
        <location filename="../app/studio/admin_format.cpp" line="51"/>
        <source>one-off purchase</source>
        <translation>einmaliger Kauf</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/admin_format.cpp" line="53"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>jeden Monat</numerusform>
            <numerusform>alle %n Monate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloudSession</name>
    <message>
        <location filename="../app/studio/cloud_session.cpp" line="18"/>
        <source>Cannot reach the account service at %1. Check the internet connection and the service address in Settings. (%2)</source>
        <translation>Der Kontodienst unter %1 ist nicht erreichbar. Prüfen Sie die Internetverbindung und die Adresse des Dienstes in den Einstellungen. (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/cloud_session.cpp" line="24"/>
        <source>The email or password is wrong, or the session has ended: sign in again.</source>
        <translation>E-Mail oder Passwort ist falsch, oder die Sitzung ist abgelaufen: melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../app/studio/cloud_session.cpp" line="29"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/cloud_session.cpp" line="31"/>
        <source>Too many attempts: %1</source>
        <translation>Zu viele Versuche: %1</translation>
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
        <translation>Das Studio konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>VoiceShareSample</name>
    <message>
        <location filename="../app/studio/voice_share.cpp" line="19"/>
        <source>%1 has no sound to share: record the voice again, then share it.</source>
        <translation>%1 enthält keinen Ton zum Teilen: Nehmen Sie die Stimme neu auf und teilen Sie sie dann.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_share.cpp" line="39"/>
        <source>A sample of %1 small enough to share could not be made.</source>
        <translation>Aus %1 ließ sich keine Hörprobe erstellen, die klein genug zum Teilen ist.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_share.cpp" line="49"/>
        <source>The sample could not be stored for playing: check the free space in the temporary folder.</source>
        <translation>Die Hörprobe konnte zum Abspielen nicht gespeichert werden: Prüfen Sie den freien Speicher im temporären Ordner.</translation>
    </message>
</context>
<context>
    <name>capability</name>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="37"/>
        <source>Text to speech</source>
        <translation>Text zu Sprache</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="38"/>
        <source>Speaks a text in a chosen voice.</source>
        <translation>Spricht einen Text mit einer gewählten Stimme.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="40"/>
        <source>Library voice</source>
        <translation>Stimme aus der Bibliothek</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="41"/>
        <source>A voice of your library to speak in: the engine&apos;s speech is converted to it (needs a voice conversion model, kNN-VC). Empty: the engine&apos;s own voice.</source>
        <translation>Eine Stimme aus Ihrer Bibliothek, in der gesprochen wird: Die Sprache der Engine wird in sie umgewandelt (braucht ein Modell zur Stimmumwandlung, kNN-VC). Leer: die eigene Stimme der Engine.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="47"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="311"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="48"/>
        <source>The text to speak.</source>
        <translation>Der zu sprechende Text.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="235"/>
        <source>eSpeak NG</source>
        <translation>eSpeak NG</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="236"/>
        <source>Compact formant speech in over 100 languages; clear but robotic, instant on any CPU.</source>
        <translation>Kompakte Formantsynthese in über 100 Sprachen; deutlich, aber roboterhaft, sofort auf jeder CPU.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="103"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="131"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="104"/>
        <source>Language and accent of the eSpeak NG voice.</source>
        <translation>Sprache und Akzent der eSpeak-NG-Stimme.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="109"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="111"/>
        <source>Voice character: m1-m7 male, f1-f5 female, klatt, whisper, croak and others; none keeps the language&apos;s own voice.</source>
        <translation>Stimmcharakter: m1-m7 männlich, f1-f5 weiblich, klatt, whisper, croak und andere; none behält die eigene Stimme der Sprache.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="29"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="117"/>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="119"/>
        <source>Speaking speed.</source>
        <translation>Sprechtempo.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="118"/>
        <source>words per minute</source>
        <translation>Wörter pro Minute</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="124"/>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="60"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="153"/>
        <source>Pitch</source>
        <translation>Tonhöhe</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="125"/>
        <source>Base pitch: 0 is lowest, 50 normal, 99 highest.</source>
        <translation>Grundtonhöhe: 0 ist am tiefsten, 50 normal, 99 am höchsten.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="130"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="132"/>
        <source>Loudness: 100 is normal; above 100 may distort.</source>
        <translation>Lautstärke: 100 ist normal; über 100 kann es verzerren.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="131"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="57"/>
        <source>Speech to text</source>
        <translation>Sprache zu Text</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="59"/>
        <source>Transcribes speech with word timings; exports subtitles.</source>
        <translation>Transkribiert Sprache mit Wortzeiten; exportiert Untertitel.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="27"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="60"/>
        <source>The recording to transcribe.</source>
        <translation>Die zu transkribierende Aufnahme.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/pocketsphinx_stt_engine.cpp" line="247"/>
        <source>PocketSphinx</source>
        <translation>PocketSphinx</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/pocketsphinx_stt_engine.cpp" line="248"/>
        <source>Lightweight US English recognition with word timings; runs on any CPU, no download.</source>
        <translation>Schlanke Erkennung für US-Englisch mit Wortzeiten; läuft auf jeder CPU, ohne Download.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="310"/>
        <source>Whisper</source>
        <translation>Whisper</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="312"/>
        <source>OpenAI Whisper: accurate transcription of about 100 languages and translation to English; needs a downloaded model.</source>
        <translation>OpenAI Whisper: genaue Transkription von rund 100 Sprachen und Übersetzung ins Englische; braucht ein heruntergeladenes Modell.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/wav2vec2_stt_engine.cpp" line="198"/>
        <source>Wav2Vec2</source>
        <translation>Wav2Vec2</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/wav2vec2_stt_engine.cpp" line="199"/>
        <source>Meta wav2vec 2.0 CTC recognition: fast, with word timings, in the one language its model was trained on (English for the catalog&apos;s models); needs a downloaded model.</source>
        <translation>Meta-wav2vec-2.0-CTC-Erkennung: schnell, mit Wortzeiten, in der einen Sprache, auf die das Modell trainiert wurde (Englisch bei den Modellen im Katalog); braucht ein heruntergeladenes Modell.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="47"/>
        <source>Remove fillers</source>
        <translation>Füllwörter entfernen</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="48"/>
        <source>Cut filler words such as um, uh and &quot;you know&quot;, from the language&apos;s list and your own.</source>
        <translation>Schneidet Füllwörter wie „äh“, „ähm“ und „weißt du“ heraus, aus der Liste der Sprache und Ihrer eigenen.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="55"/>
        <source>Profanity</source>
        <translation>Kraftausdrücke</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="57"/>
        <source>Bleep or mute the words of the language&apos;s profanity list and your own.</source>
        <translation>Überpiept oder stummschaltet die Wörter der Kraftausdruck-Liste der Sprache und Ihrer eigenen.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="64"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="65"/>
        <source>Words or phrases to edit, separated by commas.</source>
        <translation>Zu bearbeitende Wörter oder Wendungen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="70"/>
        <source>Word pattern</source>
        <translation>Wortmuster</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="71"/>
        <source>A regular expression; every word it matches in full is edited, e.g. \d+ for numbers.</source>
        <translation>Ein regulärer Ausdruck; jedes Wort, auf das er vollständig passt, wird bearbeitet, z. B. \d+ für Zahlen.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="78"/>
        <source>Edit the words by</source>
        <translation>Wörter bearbeiten durch</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="80"/>
        <source>What happens to the words and pattern matches: cut, mute or bleep.</source>
        <translation>Was mit den Wörtern und Mustertreffern geschieht: schneiden, stummschalten oder überpiepen.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="87"/>
        <source>Longest silence</source>
        <translation>Längste Stille</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="89"/>
        <source>Pauses longer than this are shortened to the target silence; 0 leaves them.</source>
        <translation>Längere Pausen werden auf die Zielstille gekürzt; 0 lässt sie unverändert.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="96"/>
        <source>Target silence</source>
        <translation>Zielstille</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="98"/>
        <source>How long a shortened pause lasts.</source>
        <translation>Wie lange eine gekürzte Pause dauert.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="103"/>
        <source>Remove bloopers</source>
        <translation>Versprecher entfernen</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="104"/>
        <source>When a phrase is started again within a few seconds, keep the last take and cut the earlier ones.</source>
        <translation>Wird ein Satz innerhalb weniger Sekunden neu begonnen, bleibt der letzte Anlauf, die früheren werden geschnitten.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="111"/>
        <source>Mute with</source>
        <translation>Stummschalten mit</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="113"/>
        <source>Fill muted spans with the recording&apos;s room tone (its quietest stretch, looped) or with silence.</source>
        <translation>Füllt stummgeschaltete Stellen mit dem Raumklang der Aufnahme (ihr leisester Abschnitt, geloopt) oder mit Stille.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="120"/>
        <source>Bleep pitch</source>
        <translation>Piepton-Höhe</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="122"/>
        <source>The bleep tone&apos;s frequency.</source>
        <translation>Die Frequenz des Pieptons.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="127"/>
        <source>Bleep level</source>
        <translation>Piepton-Pegel</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="128"/>
        <source>dBFS</source>
        <translation>dBFS</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="129"/>
        <source>The bleep tone&apos;s peak level.</source>
        <translation>Der Spitzenpegel des Pieptons.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="134"/>
        <source>Crossfade</source>
        <translation>Überblendung</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="135"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="136"/>
        <source>Length of the fade at each cut and around each muted or bleeped span.</source>
        <translation>Länge der Blende an jedem Schnitt und um jede stummgeschaltete oder überpiepte Stelle.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="143"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="63"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="144"/>
        <source>Spoken language (en, de, es, hi, ...) or auto: picks the filler and profanity lists and is passed on to speech to text.</source>
        <translation>Gesprochene Sprache (en, de, es, hi, …) oder auto: wählt die Füllwort- und Kraftausdruck-Listen und wird an die Spracherkennung weitergegeben.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="318"/>
        <source>Sonara voice editor</source>
        <translation>Sonara-Spracheditor</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="319"/>
        <source>Cuts, mutes and bleeps by word times, with room tone and crossfades.</source>
        <translation>Schneidet, stummschaltet und überpiept nach Wortzeiten, mit Raumklang und Überblendungen.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="66"/>
        <source>Spoken language as a code such as en or en-us, or auto. Whisper detects it with auto; a wav2vec2 model knows the one language it was trained on, and records this one.</source>
        <translation>Gesprochene Sprache als Code wie en oder en-us, oder auto. Whisper erkennt sie mit auto; ein wav2vec2-Modell kennt die eine Sprache, auf die es trainiert wurde, und vermerkt diese.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="72"/>
        <source>Word timestamps</source>
        <translation>Wortzeitstempel</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="75"/>
        <source>Time every word, not only every segment.</source>
        <translation>Jedes Wort zeitlich erfassen, nicht nur jeden Abschnitt.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="78"/>
        <source>Skip silence (VAD)</source>
        <translation>Stille überspringen (VAD)</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="81"/>
        <source>Find the speech first and transcribe only that, in chunks of up to 30 s cut at silences: faster on recordings with long pauses, and no text invented in silence.</source>
        <translation>Zuerst die Sprache finden und nur sie transkribieren, in Stücken von bis zu 30 s, an Pausen geschnitten: schneller bei Aufnahmen mit langen Pausen, und kein in Stille erfundener Text.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="106"/>
        <source>Stem separation</source>
        <translation>Stem-Trennung</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="107"/>
        <source>Splits a song into vocals, drums, bass and the rest, or into vocals and accompaniment.</source>
        <translation>Teilt einen Song in Gesang, Schlagzeug, Bass und den Rest auf, oder in Gesang und Begleitung.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="110"/>
        <source>The mix to separate.</source>
        <translation>Die Mischung, die getrennt werden soll.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="111"/>
        <source>Vocals</source>
        <translation>Gesang</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="112"/>
        <source>Drums</source>
        <translation>Schlagzeug</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="113"/>
        <source>Bass</source>
        <translation>Bass</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="114"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="115"/>
        <source>Guitar</source>
        <translation>Gitarre</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="116"/>
        <source>Piano</source>
        <translation>Klavier</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="117"/>
        <source>Accompaniment</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="126"/>
        <source>Voice changer</source>
        <translation>Stimmwandler</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="127"/>
        <source>Makes speech sound as if another voice spoke it: a voice of your library, or the voice of reference recordings.</source>
        <translation>Lässt Sprache klingen, als hätte eine andere Stimme sie gesprochen: eine Stimme aus deiner Bibliothek oder die Stimme von Referenzaufnahmen.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="132"/>
        <source>The voice of your library to speak in. Give this or reference recordings, not both.</source>
        <translation>Die Stimme aus deiner Bibliothek, in der gesprochen werden soll. Gib diese oder Referenzaufnahmen an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="137"/>
        <source>Reference recordings</source>
        <translation>Referenzaufnahmen</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="138"/>
        <source>Recordings of the voice to speak in, instead of a library voice: a few minutes of clean speech sound best.</source>
        <translation>Aufnahmen der Stimme, in der gesprochen werden soll, statt einer Bibliotheksstimme: einige Minuten saubere Sprache klingen am besten.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="144"/>
        <source>The speech to convert.</source>
        <translation>Die Sprache, die umgewandelt werden soll.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="147"/>
        <source>Neighbours (k)</source>
        <translation>Nachbarn (k)</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="149"/>
        <source>How many of the target voice&apos;s most similar moments are averaged for each moment of the speech: more sounds smoother, fewer keeps more of its detail.</source>
        <translation>Wie viele der ähnlichsten Momente der Zielstimme für jeden Moment der Sprache gemittelt werden: mehr klingt glatter, weniger behält mehr Details.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="166"/>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="169"/>
        <source>voice-only: the converted voice alone; keep-background: the speech is first separated from music and noise (needs a stem separation model), converted, and the rest mixed back under it.</source>
        <translation>voice-only: nur die umgewandelte Stimme; keep-background: die Sprache wird zuerst von Musik und Geräuschen getrennt (dafür ist ein Modell zur Stem-Trennung nötig), umgewandelt, und der Rest wird wieder darunter gemischt.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="229"/>
        <source>Short music for a WhatsApp status or an Instagram story, from a vibe or a prompt: faded, at -14 LUFS, with a vertical video over your picture or a plain background.</source>
        <translation>Kurze Musik für einen WhatsApp-Status oder eine Instagram-Story, aus einer Stimmung oder einer Beschreibung: ein- und ausgeblendet, bei -14 LUFS, mit einem Hochformat-Video über Ihrem Bild oder einem schlichten Hintergrund.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="241"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="242"/>
        <source>A picture (PNG, JPEG or WebP) for the video&apos;s background, scaled to fill the vertical frame. Without one the background is plain.</source>
        <translation>Ein Bild (PNG, JPEG oder WebP) als Hintergrund des Videos, auf das Hochformat skaliert. Ohne Bild ist der Hintergrund schlicht.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="270"/>
        <source>Voice editor</source>
        <translation>Spracheditor</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="271"/>
        <source>Edits speech by its words: cuts fillers, long silences and bloopers, mutes or bleeps words, with room tone.</source>
        <translation>Bearbeitet Sprache über ihre Wörter: schneidet Füllwörter, lange Pausen und Versprecher, schaltet Wörter stumm oder überpiept sie, mit Raumklang.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="275"/>
        <source>Edit list</source>
        <translation>Schnittliste</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="276"/>
        <source>A JSON edit list: operations mute, bleep, cut or keep, each over a time range or word indices of the transcript. Optional: the rules below also make edits.</source>
        <translation>Eine JSON-Schnittliste: Operationen mute, bleep, cut oder keep, jeweils über einen Zeitbereich oder Wortnummern des Transkripts. Optional: auch die Regeln unten erzeugen Bearbeitungen.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="283"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="317"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="284"/>
        <source>The recording&apos;s transcript with word times (JSON from speech to text). Without it the recording is transcribed first.</source>
        <translation>Das Transkript der Aufnahme mit Wortzeiten (JSON aus der Spracherkennung). Ohne es wird die Aufnahme zuerst transkribiert.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="290"/>
        <source>The speech to edit.</source>
        <translation>Die zu bearbeitende Sprachaufnahme.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="294"/>
        <source>Edited audio</source>
        <translation>Bearbeitetes Audio</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="296"/>
        <source>Edited transcript</source>
        <translation>Bearbeitetes Transkript</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="299"/>
        <source>Cut list</source>
        <translation>Schnittprotokoll</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="307"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="352"/>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="308"/>
        <source>Translates text or a transcript into another language; subtitles keep their times.</source>
        <translation>Übersetzt einen Text oder ein Transkript in eine andere Sprache; Untertitel behalten ihre Zeiten.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="312"/>
        <source>Plain text to translate, one segment per line. Give this or a transcript.</source>
        <translation>Zu übersetzender Klartext, ein Abschnitt pro Zeile. Geben Sie diesen oder ein Transkript an.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="318"/>
        <source>A transcript (JSON from speech to text) whose segments are translated, their times kept.</source>
        <translation>Ein Transkript (JSON aus Sprache zu Text), dessen Abschnitte übersetzt werden; ihre Zeiten bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="359"/>
        <source>Dubbing</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="360"/>
        <source>Speaks a recording or video again in another language, in the speaker&apos;s voice, over the original background and in time with the picture.</source>
        <translation>Spricht eine Aufnahme oder ein Video in einer anderen Sprache neu, mit der Stimme des Sprechers, über dem ursprünglichen Hintergrund und synchron zum Bild.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="366"/>
        <source>Dubbed audio</source>
        <translation>Synchronisierter Ton</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="369"/>
        <source>Dubbed video</source>
        <translation>Synchronisiertes Video</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="374"/>
        <source>Subtitles</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="379"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="407"/>
        <source>Segment report</source>
        <translation>Segmentbericht</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="387"/>
        <source>Accent changer</source>
        <translation>Akzentwechsler</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="388"/>
        <source>Says the same words in another accent, in the speaker&apos;s own voice and with the original timing.</source>
        <translation>Sagt dieselben Worte mit einem anderen Akzent, in der eigenen Stimme des Sprechers und im ursprünglichen Timing.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="392"/>
        <source>Target accent</source>
        <translation>Zielakzent</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="393"/>
        <source>The accent to speak in, of the recording&apos;s language: en-us American, en-gb British, en-gb-scotland Scottish, en-029 Caribbean, en-in Indian English (needs an installed voice for it), es-419 Latin American Spanish, pt-br Brazilian Portuguese, and more.</source>
        <translation>Der Akzent, in dem gesprochen wird, in der Sprache der Aufnahme: en-us amerikanisch, en-gb britisch, en-gb-scotland schottisch, en-029 karibisch, en-in indisches Englisch (braucht eine installierte Stimme dafür), es-419 lateinamerikanisches Spanisch, pt-br brasilianisches Portugiesisch und weitere.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="400"/>
        <source>The speech whose accent to change: the speaker&apos;s voice is learned from it (at least 3 s of speech).</source>
        <translation>Die Sprache, deren Akzent geändert wird: Die Stimme des Sprechers wird aus ihr gelernt (mindestens 3 s Sprache).</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="404"/>
        <source>Re-accented speech</source>
        <translation>Sprache mit neuem Akzent</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="60"/>
        <source>Stop after</source>
        <translation>Anhalten nach</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="62"/>
        <source>translation: return the segments (times, text, translation) for review before anything is synthesised; give them back, edited, as the segments input. none: dub in one go.</source>
        <translation>translation: gibt die Segmente (Zeiten, Text, Übersetzung) zur Prüfung zurück, bevor etwas synthetisiert wird; geben Sie sie bearbeitet als Eingabe „segments“ zurück. none: in einem Durchgang synchronisieren.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="70"/>
        <source>Keep the voice</source>
        <translation>Stimme beibehalten</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="72"/>
        <source>Convert the synthetic speech to the original speaker&apos;s voice. auto: when a voice conversion model (kNN-VC) is installed, else the report flags each segment; on: required; off: the synthetic voice.</source>
        <translation>Wandelt die synthetische Sprache in die Stimme des ursprünglichen Sprechers um. auto: wenn ein Stimmumwandlungsmodell (kNN-VC) installiert ist, sonst markiert der Bericht jedes Segment; on: erforderlich; off: die synthetische Stimme.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="512"/>
        <source>Dubbing chain</source>
        <translation>Synchronisationskette</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="513"/>
        <source>Separation, speech to text, translation, speech synthesis and voice conversion with the installed models, each segment fitted to its time with Rubber Band.</source>
        <translation>Trennung, Spracherkennung, Übersetzung, Sprachsynthese und Stimmumwandlung mit den installierten Modellen; jedes Segment wird mit Rubber Band in seine Zeit eingepasst.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="640"/>
        <source>Audio or video</source>
        <translation>Audio oder Video</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="641"/>
        <source>The recording or video to dub. A video (MP4, MOV, MKV, WebM) keeps its picture untouched; only the sound is replaced.</source>
        <translation>Die Aufnahme oder das Video, das synchronisiert werden soll. Ein Video (MP4, MOV, MKV, WebM) behält sein Bild unverändert; nur der Ton wird ersetzt.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="646"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="647"/>
        <source>The segments of an earlier run (its report), edited: their times and translations are dubbed as given, and only the changed ones are synthesised again.</source>
        <translation>Die Segmente eines früheren Laufs (sein Bericht), bearbeitet: Zeiten und Übersetzungen werden wie angegeben synchronisiert, und nur die geänderten werden neu synthetisiert.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="658"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="326"/>
        <source>Source language</source>
        <translation>Ausgangssprache</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="659"/>
        <source>Spoken language as a code such as en, or auto to detect it.</source>
        <translation>Gesprochene Sprache als Code wie en, oder auto zum Erkennen.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="664"/>
        <source>Language to dub into, as a code such as de, es or hi.</source>
        <translation>Zielsprache der Synchronisation als Code wie de, es oder hi.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="329"/>
        <source>Language of the text as a code such as en or de, or auto: the transcript&apos;s language, else the chosen model&apos;s source language.</source>
        <translation>Sprache des Textes als Code wie en oder de, oder auto: die Sprache des Transkripts, sonst die Ausgangssprache des gewählten Modells.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="663"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="335"/>
        <source>Target language</source>
        <translation>Zielsprache</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="338"/>
        <source>Language to translate into, as a code such as de, es or hi, or auto: the chosen model&apos;s target language. The installed model for the pair is used, or two through English.</source>
        <translation>Sprache, in die übersetzt wird, als Code wie de, es oder hi, oder auto: die Zielsprache des gewählten Modells. Verwendet wird das installierte Modell für das Sprachpaar oder zwei über Englisch.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="348"/>
        <source>Translations weighed at once: 1 is fastest (greedy), 4 is the models&apos; own setting.</source>
        <translation>Gleichzeitig abgewogene Übersetzungen: 1 ist am schnellsten (gierig), 4 ist die Einstellung der Modelle.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="42"/>
        <source>Vocoder</source>
        <translation>Vocoder</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="44"/>
        <source>What turns the spectrogram into sound: WaveGlow (NVIDIA, smooth) or HiFi-GAN (faster, crisper). The model folder must hold the one you pick.</source>
        <translation>Was das Spektrogramm in Klang verwandelt: WaveGlow (NVIDIA, weich) oder HiFi-GAN (schneller, klarer). Der Modellordner muss den gewählten enthalten.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="52"/>
        <source>Vocoder noise</source>
        <translation>Vocoder-Rauschen</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="54"/>
        <source>WaveGlow&apos;s sigma: 0.666 is its authors&apos; choice; lower is cleaner but duller, higher adds hiss.</source>
        <translation>Sigma von WaveGlow: 0,666 ist die Wahl der Autoren; niedriger klingt sauberer, aber matter, höher fügt Rauschen hinzu.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="61"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="154"/>
        <source>semitones</source>
        <translation>Halbtöne</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="62"/>
        <source>Raises or lowers the voice without changing its pace or timbre (Rubber Band).</source>
        <translation>Hebt oder senkt die Stimme, ohne Tempo oder Klangfarbe zu ändern (Rubber Band).</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="347"/>
        <source>Tacotron2</source>
        <translation>Tacotron2</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="348"/>
        <source>The classic neural English voice (LJSpeech): Tacotron2 with a WaveGlow or HiFi-GAN vocoder. Best on a GPU.</source>
        <translation>Die klassische neuronale englische Stimme (LJSpeech): Tacotron2 mit einem WaveGlow- oder HiFi-GAN-Vocoder. Am besten auf einer GPU.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="155"/>
        <source>Moves the speech&apos;s pitch before the conversion, keeping its timbre, into the target voice&apos;s range: about +12 from a low voice to a high one, -12 the other way.</source>
        <translation>Verschiebt die Tonhöhe der Sprache vor der Umwandlung bei gleicher Klangfarbe in den Bereich der Zielstimme: etwa +12 von einer tiefen zu einer hohen Stimme, -12 umgekehrt.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="161"/>
        <source>Keep timing</source>
        <translation>Timing beibehalten</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="162"/>
        <source>The result lasts exactly as long as the input, sample for sample, so it stays in sync with the original (under a video, say).</source>
        <translation>Das Ergebnis ist exakt so lang wie die Eingabe, Sample für Sample, und bleibt so synchron zum Original (etwa unter einem Video).</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="174"/>
        <source>Converted speech</source>
        <translation>Umgewandelte Sprache</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="180"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="189"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="204"/>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="190"/>
        <source>Composes background music from a description, 5 s to 5 min, or continues a clip; loops on request.</source>
        <translation>Komponiert Hintergrundmusik nach einer Beschreibung, 5 s bis 5 min, oder setzt einen Clip fort; auf Wunsch als Schleife.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="194"/>
        <source>Audio prompt</source>
        <translation>Audio-Vorlage</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="195"/>
        <source>A clip to continue: the result is the clip followed by the new music.</source>
        <translation>Ein Clip, der fortgesetzt wird: Das Ergebnis ist der Clip, gefolgt von der neuen Musik.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="199"/>
        <source>The music to make: genre, mood, instruments, tempo, e.g. &quot;calm lo-fi beat with soft piano, 80 bpm&quot;.</source>
        <translation>Die gewünschte Musik: Genre, Stimmung, Instrumente, Tempo, z. B. „calm lo-fi beat with soft piano, 80 bpm“.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="211"/>
        <source>Sound effects</source>
        <translation>Soundeffekte</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="212"/>
        <source>Makes sound effects and ambiences from a description, in up to four variations.</source>
        <translation>Erzeugt Soundeffekte und Atmosphären nach einer Beschreibung, in bis zu vier Varianten.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="215"/>
        <source>The sound to make, e.g. &quot;footsteps on gravel, then a door creaks&quot;.</source>
        <translation>Das gewünschte Geräusch, z. B. „footsteps on gravel, then a door creaks“.</translation>
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
        <translation>Status-Musik</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="234"/>
        <source>Vibe</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="235"/>
        <source>A preset mood with its own instruments, tempo and length. Give a vibe, a prompt, or both.</source>
        <translation>Eine vorgegebene Stimmung mit eigenen Instrumenten, Tempo und Länge. Geben Sie eine Stimmung, einen Prompt oder beides an.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="248"/>
        <source>Your own description of the music, or words added to the vibe&apos;s.</source>
        <translation>Ihre eigene Beschreibung der Musik oder Worte, die zur Beschreibung der Stimmung hinzukommen.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="256"/>
        <source>Status clip</source>
        <translation>Status-Clip</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="48"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="52"/>
        <source>Transcribe in the spoken language, or translate the speech into English.</source>
        <translation>In der gesprochenen Sprache transkribieren oder die Sprache ins Englische übersetzen.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="49"/>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="50"/>
        <source>transcribe</source>
        <translation>transkribieren</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="51"/>
        <source>translate</source>
        <translation>übersetzen</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="60"/>
        <source>Initial prompt</source>
        <translation>Anfangsprompt</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="63"/>
        <source>Names, terms or a sample sentence in the wanted style, to steer spelling and punctuation.</source>
        <translation>Namen, Begriffe oder ein Beispielsatz im gewünschten Stil, um Schreibweise und Zeichensetzung zu lenken.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="71"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="346"/>
        <source>Beam size</source>
        <translation>Strahlbreite</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="72"/>
        <source>1 decodes greedily (fastest); 2 to 5 search several candidate transcripts (slower, sometimes better).</source>
        <translation>1 dekodiert gierig (am schnellsten); 2 bis 5 durchsuchen mehrere mögliche Transkripte (langsamer, manchmal besser).</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="19"/>
        <source>Guidance scale</source>
        <translation>Führungsstärke</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="21"/>
        <source>How closely the sound follows the prompt (classifier-free guidance): higher is more literal and less varied; 1 turns guidance off.</source>
        <translation>Wie genau der Klang dem Prompt folgt (Classifier-free Guidance): höher ist wörtlicher und weniger abwechslungsreich; 1 schaltet die Führung aus.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="28"/>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="88"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="30"/>
        <source>Randomness of each step: lower is safer and more repetitive, higher more adventurous.</source>
        <translation>Zufälligkeit jedes Schritts: niedriger ist sicherer und wiederholender, höher experimentierfreudiger.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="37"/>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="38"/>
        <source>Each step picks among this many most likely codes; 0 allows all.</source>
        <translation>Jeder Schritt wählt unter so vielen wahrscheinlichsten Codes; 0 erlaubt alle.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="44"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="45"/>
        <source>Within the top-k, only the most likely codes that together reach this probability; 0 turns it off.</source>
        <translation>Innerhalb der Top-k nur die wahrscheinlichsten Codes, die zusammen diese Wahrscheinlichkeit erreichen; 0 schaltet es aus.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="53"/>
        <source>The same seed with the same prompt and settings gives the same audio; -1 picks a new seed each run (written into the file&apos;s title).</source>
        <translation>Derselbe Seed mit demselben Prompt und denselben Einstellungen ergibt dasselbe Audio; -1 wählt bei jedem Lauf einen neuen Seed (er steht im Titel der Datei).</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="90"/>
        <source>0 picks the likeliest words. When a 30 s window comes out repetitive or unsure it is decoded again at a temperature 0.2 higher (more varied sampling), up to 1.</source>
        <translation>0 wählt die wahrscheinlichsten Wörter. Fällt ein 30-s-Fenster wiederholend oder unsicher aus, wird es mit einer um 0,2 höheren Temperatur (vielfältigere Auswahl) erneut dekodiert, bis 1.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="80"/>
        <source>Condition on previous text</source>
        <translation>Vorherigen Text einbeziehen</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="81"/>
        <source>Prompt each 30 s window with the text before it: more consistent wording, but a mistake can repeat.</source>
        <translation>Jedem 30-s-Fenster den Text davor mitgeben: einheitlichere Wortwahl, aber ein Fehler kann sich wiederholen.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="95"/>
        <source>Noise removal</source>
        <translation>Rauschentfernung</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="97"/>
        <source>Removes hiss, hum and background noise from a recording.</source>
        <translation>Entfernt Rauschen, Brummen und Hintergrundgeräusche aus einer Aufnahme.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="98"/>
        <source>The noisy recording.</source>
        <translation>Die verrauschte Aufnahme.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="280"/>
        <source>FFmpeg denoiser</source>
        <translation>FFmpeg-Entrauscher</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="281"/>
        <source>Classic spectral noise reduction for steady hiss and hum; fast on any CPU.</source>
        <translation>Klassische spektrale Rauschminderung für gleichmäßiges Rauschen und Brummen; schnell auf jeder CPU.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="52"/>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="54"/>
        <source>afftdn: spectral denoiser that follows the noise, good for hiss and hum; anlmdn: non-local means, gentler on voices but slower.</source>
        <translation>afftdn: spektraler Entrauscher, der dem Rauschen folgt, gut gegen Rauschen und Brummen; anlmdn: Non-Local Means, schonender für Stimmen, aber langsamer.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="62"/>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="63"/>
        <source>How much noise to remove: 0 is light, 1 is strong and may sound watery.</source>
        <translation>Wie viel Rauschen entfernt wird: 0 ist leicht, 1 ist stark und kann wässrig klingen.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="70"/>
        <source>High-pass</source>
        <translation>Hochpass</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="72"/>
        <source>Cuts rumble below this frequency; 0 turns it off.</source>
        <translation>Schneidet Rumpeln unterhalb dieser Frequenz ab; 0 schaltet es aus.</translation>
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
        <translation>Lautheit normalisieren</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="78"/>
        <source>Bring the result to the target loudness.</source>
        <translation>Das Ergebnis auf die Ziellautheit bringen.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="83"/>
        <source>Target loudness</source>
        <translation>Ziellautheit</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="85"/>
        <source>Integrated loudness when normalizing: -16 for podcasts, -14 for streaming, -23 for broadcast.</source>
        <translation>Integrierte Lautheit beim Normalisieren: -16 für Podcasts, -14 für Streaming, -23 für Rundfunk.</translation>
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
        <translation>Natürliche neuronale Sprache; die MMS-Stimmen sprechen über 1.100 Sprachen, ein Modell pro Sprache. Schnell auf einer GPU, brauchbar auf einer CPU.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="34"/>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="36"/>
        <source>How fast the voice speaks: 1 is the model&apos;s own pace, 1.5 half as fast again, 0.75 slower.</source>
        <translation>Wie schnell die Stimme spricht: 1 ist das eigene Tempo des Modells, 1,5 anderthalbmal so schnell, 0,75 langsamer.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="35"/>
        <source>x</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="43"/>
        <source>Expressiveness</source>
        <translation>Ausdrucksstärke</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="45"/>
        <source>Variation of tone (VITS noise scale): 0 is flat and repeatable, 0.667 natural, higher livelier and less stable.</source>
        <translation>Variation des Tonfalls (VITS-Rauschskala): 0 ist flach und wiederholbar, 0,667 natürlich, höher lebhafter und weniger stabil.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="52"/>
        <source>Timing variation</source>
        <translation>Zeitliche Variation</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="54"/>
        <source>Variation of rhythm (VITS duration noise scale): 0 keeps every syllable&apos;s predicted length.</source>
        <translation>Variation des Rhythmus (VITS-Dauer-Rauschskala): 0 behält die vorhergesagte Länge jeder Silbe bei.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="60"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="62"/>
        <source>Speaker number of a multi-speaker model; MMS voices have one speaker, 0.</source>
        <translation>Sprechernummer eines Modells mit mehreren Sprechern; MMS-Stimmen haben einen Sprecher, 0.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="52"/>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="68"/>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="68"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="70"/>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="70"/>
        <source>The same seed, text and settings give the same audio; change it for another take.</source>
        <translation>Gleicher Startwert, Text und Einstellungen ergeben dasselbe Audio; ändern Sie ihn für eine andere Aufnahme.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="24"/>
        <source>Stems</source>
        <translation>Stems</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="26"/>
        <source>all: every stem the model makes (vocals, drums, bass, other; guitar and piano too with a six-source model); vocals-accompaniment: the vocals, and everything else as one accompaniment.</source>
        <translation>all: jeder Stem, den das Modell erzeugt (Gesang, Schlagzeug, Bass, Sonstiges; mit einem Sechs-Quellen-Modell auch Gitarre und Klavier); vocals-accompaniment: der Gesang und alles andere als eine Begleitung.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_stems.cpp" line="94"/>
        <source>Shifts</source>
        <translation>Verschiebungen</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_stems.cpp" line="95"/>
        <source>Runs the model again on the mix shifted by up to half a second and averages: each shift adds one pass and a little quality; 0 is one pass, repeatable.</source>
        <translation>Lässt das Modell erneut über die um bis zu eine halbe Sekunde verschobene Mischung laufen und mittelt: jede Verschiebung kostet einen Durchlauf und bringt etwas Qualität; 0 ist ein Durchlauf, wiederholbar.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_stems.cpp" line="103"/>
        <source>Overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_stems.cpp" line="104"/>
        <source>Share of each segment overlapping the next: more hides the seams better and takes longer.</source>
        <translation>Anteil jedes Abschnitts, der den nächsten überlappt: mehr verbirgt die Nahtstellen besser und dauert länger.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="117"/>
        <source>HTDemucs</source>
        <translation>HTDemucs</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="118"/>
        <source>Hybrid Transformer Demucs v4: the best open music separation into vocals, drums, bass and other (six stems with htdemucs_6s); fast on a GPU, slow on a CPU.</source>
        <translation>Hybrid Transformer Demucs v4: die beste offene Musiktrennung in Gesang, Schlagzeug, Bass und Sonstiges (sechs Stems mit htdemucs_6s); schnell auf einer GPU, langsam auf einer CPU.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="126"/>
        <source>Hybrid Demucs</source>
        <translation>Hybrid Demucs</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="127"/>
        <source>Hybrid Demucs v3 (torchaudio&apos;s hdemucs_high): four stems, lighter than HTDemucs.</source>
        <translation>Hybrid Demucs v3 (hdemucs_high von torchaudio): vier Stems, leichter als HTDemucs.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/knnvc_voice_engine.cpp" line="154"/>
        <source>kNN-VC</source>
        <translation>kNN-VC</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/knnvc_voice_engine.cpp" line="155"/>
        <source>Any-to-any voice conversion: each moment of the speech is rebuilt from the most similar moments of the target voice (WavLM features, HiFi-GAN vocoder). A few minutes of the target sound best.</source>
        <translation>Stimmumwandlung von jeder zu jeder Stimme: jeder Moment der Sprache wird aus den ähnlichsten Momenten der Zielstimme neu aufgebaut (WavLM-Merkmale, HiFi-GAN-Vocoder). Einige Minuten der Zielstimme klingen am besten.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="43"/>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="70"/>
        <source>Duration</source>
        <translation>Dauer</translation>
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
        <translation>Länge der neuen Musik, 5 s bis 5 min; über das 30-s-Fenster des Modells hinaus setzt jedes Fenster an den letzten Sekunden des vorigen fort.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="52"/>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="86"/>
        <source>Loop</source>
        <translation>Schleife</translation>
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
        <translation>Das Ende fließt in den Anfang, sodass die Musik sich nahtlos wiederholt: Die Schleife dauert die ganze Zahl von Takten, die der Dauer am nächsten liegt, und der Takt nach ihrem Ende wird über ihren Anfang überblendet.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="63"/>
        <source>Beats per minute of the music, for a loop&apos;s bars of four beats; 0 measures the tempo of the generated music (2 s bars when it has no steady beat).</source>
        <translation>Schläge pro Minute der Musik, für die Takte einer Schleife zu vier Schlägen; 0 misst das Tempo der erzeugten Musik (Takte von 2 s, wenn sie keinen gleichmäßigen Schlag hat).</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="72"/>
        <source>Length of each sound, 0.5 to 30 s.</source>
        <translation>Länge jedes Geräuschs, 0,5 bis 30 s.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="77"/>
        <source>Variations</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="79"/>
        <source>How many different takes of the sound to make, generated together in one batch; each is its own output (variation_1, variation_2, …).</source>
        <translation>Wie viele verschiedene Fassungen des Geräuschs erzeugt werden, gemeinsam in einem Durchgang; jede ist eine eigene Ausgabe (variation_1, variation_2, …).</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="87"/>
        <source>Make the end flow into the start, for ambiences that repeat without a seam.</source>
        <translation>Lässt das Ende in den Anfang übergehen, für Atmosphären, die sich nahtlos wiederholen.</translation>
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
        <translation>MusicGen von Meta (small, medium, large, Stereo): Musik nach einer Textbeschreibung, über 30 s hinaus Fenster für Fenster fortgesetzt; schnell auf einer GPU, langsam auf einer CPU.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="236"/>
        <source>AudioGen</source>
        <translation>AudioGen</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="237"/>
        <source>Meta&apos;s AudioGen: sound effects and ambiences from a text description, several variations in one batch; also runs MusicGen checkpoints.</source>
        <translation>AudioGen von Meta: Soundeffekte und Atmosphären nach einer Textbeschreibung, mehrere Varianten in einem Durchgang; führt auch MusicGen-Checkpoints aus.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="29"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="31"/>
        <source>15, 30 or 60 seconds; auto takes the vibe&apos;s usual length (30 s for a free prompt).</source>
        <translation>15, 30 oder 60 Sekunden; auto nimmt die übliche Länge der Stimmung (30 s bei einem freien Prompt).</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="37"/>
        <source>Fade in</source>
        <translation>Einblenden</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="39"/>
        <source>Seconds the music takes to rise.</source>
        <translation>Sekunden, in denen die Musik einsetzt.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="43"/>
        <source>Fade out</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="45"/>
        <source>Seconds the music takes to end.</source>
        <translation>Sekunden, in denen die Musik ausklingt.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="50"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="261"/>
        <source>Waveform video</source>
        <translation>Wellenform-Video</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="51"/>
        <source>Also make a vertical 1080×1920 MP4 of the music, animated over your picture or a plain background, ready to post as a status or story.</source>
        <translation>Zusätzlich ein MP4 im Hochformat 1080×1920 mit der Musik erstellen, animiert über Ihrem Bild oder einem schlichten Hintergrund, bereit als Status oder Story.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="58"/>
        <source>Video animation</source>
        <translation>Videoanimation</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="61"/>
        <source>What moves with the music over the background or your picture: its waveform, a scrolling spectrum, or nothing (your picture alone).</source>
        <translation>Was sich mit der Musik über dem Hintergrund oder Ihrem Bild bewegt: ihre Wellenform, ein laufendes Spektrum oder nichts (nur Ihr Bild).</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="98"/>
        <source>MusicGen with vibe presets and a finishing chain: fades, -14 LUFS loudness, a vertical status video.</source>
        <translation>MusicGen mit Stimmungsvorlagen und Nachbearbeitung: Blenden, -14 LUFS Lautheit, ein Status-Video im Hochformat.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_denoise_engine.cpp" line="22"/>
        <source>Keep background</source>
        <translation>Hintergrund behalten</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_denoise_engine.cpp" line="23"/>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_denoise_engine.cpp" line="24"/>
        <source>How much of everything but the voice (music, noise, room) stays, relative to how loud it was: -60, the lowest, removes it; -20 keeps a faint bed so the speech does not sound cut out.</source>
        <translation>Wie viel von allem außer der Stimme (Musik, Rauschen, Raum) bleibt, relativ zu seiner ursprünglichen Lautstärke: -60, der niedrigste Wert, entfernt es; -20 lässt einen leisen Teppich, damit die Sprache nicht ausgeschnitten klingt.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_denoise_engine.cpp" line="41"/>
        <source>Keeps only the voice with a Demucs stem separation model (HTDemucs or Hybrid Demucs): removes music, crowd and changing noise that a classic denoiser cannot; fast on a GPU.</source>
        <translation>Behält nur die Stimme, mit einem Demucs-Modell zur Spurtrennung (HTDemucs oder Hybrid Demucs): entfernt Musik, Publikum und wechselnde Geräusche, die ein klassischer Entrauscher nicht entfernen kann; schnell auf einer GPU.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_denoise_engine.cpp" line="81"/>
        <source>Demucs speech isolation</source>
        <translation>Demucs-Sprachisolierung</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/rnnoise_denoise_engine.cpp" line="28"/>
        <source>Mix</source>
        <translation>Mischung</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/rnnoise_denoise_engine.cpp" line="29"/>
        <source>How much of the cleaned sound to use: 1 is fully cleaned; 0.8 blends back a fifth of the original so speech sounds less processed.</source>
        <translation>Wie viel vom bereinigten Klang verwendet wird: 1 ist vollständig bereinigt; 0,8 mischt ein Fünftel des Originals zurück, damit die Sprache weniger bearbeitet klingt.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/rnnoise_denoise_engine.cpp" line="100"/>
        <source>RNNoise</source>
        <translation>RNNoise</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/rnnoise_denoise_engine.cpp" line="101"/>
        <source>A small neural network (RNNoise, run by FFmpeg) that removes noise around speech, including noise that changes; real-time on any CPU.</source>
        <translation>Ein kleines neuronales Netz (RNNoise, von FFmpeg ausgeführt), das Geräusche um Sprache entfernt, auch wechselnde; in Echtzeit auf jeder CPU.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/marian_translate_engine.cpp" line="168"/>
        <source>OPUS-MT (Marian)</source>
        <translation>OPUS-MT (Marian)</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/marian_translate_engine.cpp" line="169"/>
        <source>Helsinki-NLP&apos;s opus-mt models, one per language pair; through English when no direct pair is installed.</source>
        <translation>Die opus-mt-Modelle von Helsinki-NLP, eines pro Sprachpaar; über Englisch, wenn kein direktes Paar installiert ist.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/accent_changer_engine.cpp" line="293"/>
        <source>Accent chain</source>
        <translation>Akzentkette</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/accent_changer_engine.cpp" line="294"/>
        <source>Speech to text, speech synthesis in the target accent and voice conversion back to the speaker with the installed models, each segment fitted to its time with Rubber Band.</source>
        <translation>Spracherkennung, Sprachsynthese im Zielakzent und Stimmumwandlung zurück zum Sprecher mit den installierten Modellen, jedes Segment mit Rubber Band an seine Zeit angepasst.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::AccountArea</name>
    <message>
        <location filename="../app/studio/account_area.cpp" line="94"/>
        <source>Sign in to Sonara</source>
        <translation>Bei Sonara anmelden</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="189"/>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 min</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="190"/>
        <source>Signed in to %1; the balance is in minutes of exported audio</source>
        <translation>Angemeldet bei %1; das Guthaben zählt Minuten exportierten Audios</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="193"/>
        <source>%1 min of it are held for exports while offline</source>
        <translation>%1 Min davon sind für Exporte ohne Verbindung reserviert</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="197"/>
        <source>Last contact failed: %1</source>
        <translation>Letzter Kontakt fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="201"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="202"/>
        <source>Sign in to use the minutes of your Sonara account</source>
        <translation>Melden Sie sich an, um die Minuten Ihres Sonara-Kontos zu nutzen</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="204"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="204"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="205"/>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="206"/>
        <source>Refresh balance</source>
        <translation>Guthaben aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="207"/>
        <source>Buy minutes…</source>
        <translation>Minuten kaufen…</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="208"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>sonara::studio::AdminWindow</name>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="351"/>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="263"/>
        <source>Ledger</source>
        <translation>Kontobuch</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="30"/>
        <location filename="../app/studio/admin_reports.cpp" line="70"/>
        <location filename="../app/studio/admin_users.cpp" line="264"/>
        <location filename="../app/studio/admin_users.cpp" line="273"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="265"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="45"/>
        <location filename="../app/studio/admin_users.cpp" line="320"/>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="46"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="47"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="48"/>
        <source>Sample</source>
        <translation>Hörprobe</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="51"/>
        <source>ready to hear</source>
        <translation>bereit zum Anhören</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="52"/>
        <source>none (shared before samples were kept)</source>
        <translation>keine (geteilt, bevor Hörproben gespeichert wurden)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="54"/>
        <source>Sample (SHA-256)</source>
        <translation>Probe (SHA-256)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="55"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="56"/>
        <location filename="../app/studio/admin_reports.cpp" line="65"/>
        <location filename="../app/studio/admin_users.cpp" line="268"/>
        <source>Capability</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="57"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="58"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="60"/>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="61"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="99"/>
        <source>Listen</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="100"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="101"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="102"/>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="121"/>
        <location filename="../app/studio/admin_plans.cpp" line="43"/>
        <source>Withdraw…</source>
        <translation>Zurückziehen…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="187"/>
        <source>The sample cannot be played: it is not audio the studio reads. Reject the share or ask its owner to share it again.</source>
        <translation>Die Hörprobe lässt sich nicht abspielen: Das Studio kann dieses Audio nicht lesen. Lehnen Sie die Freigabe ab oder bitten Sie den Eigentümer, sie erneut zu teilen.</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="203"/>
        <source>Shared voice</source>
        <translation>Geteilte Stimme</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="208"/>
        <source>Playing the shared voice (%1 s)</source>
        <translation>Die geteilte Stimme wird abgespielt (%1 s)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="239"/>
        <source>The voice is approved and shared</source>
        <translation>Die Stimme ist freigegeben und geteilt</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="240"/>
        <source>The voice is rejected; its owner is told why</source>
        <translation>Die Stimme ist abgelehnt; ihr Besitzer erfährt den Grund</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="258"/>
        <source>Reject a voice</source>
        <translation>Eine Stimme ablehnen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="259"/>
        <source>Reject &quot;%1&quot; shared by %2? The reason is shown to them.</source>
        <translation>„%1“ von %2 ablehnen? Der Grund wird ihnen angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="262"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="276"/>
        <source>%1 is withdrawn from the catalog</source>
        <translation>%1 ist aus dem Katalog zurückgezogen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="284"/>
        <source>Withdraw model</source>
        <translation>Modell zurückziehen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="285"/>
        <source>Withdraw %1 from the catalog? Studios stop offering it for download.</source>
        <translation>%1 aus dem Katalog zurückziehen? Studios bieten es dann nicht mehr zum Herunterladen an.</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="269"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="272"/>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="32"/>
        <location filename="../app/studio/admin_users.cpp" line="274"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="33"/>
        <location filename="../app/studio/admin_users.cpp" line="48"/>
        <location filename="../app/studio/admin_users.cpp" line="275"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="34"/>
        <location filename="../app/studio/admin_users.cpp" line="276"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="25"/>
        <location filename="../app/studio/admin_reports.cpp" line="35"/>
        <location filename="../app/studio/admin_reports.cpp" line="51"/>
        <location filename="../app/studio/admin_users.cpp" line="277"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="37"/>
        <location filename="../app/studio/admin_reports.cpp" line="54"/>
        <location filename="../app/studio/admin_users.cpp" line="278"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="290"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="291"/>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="23"/>
        <location filename="../app/studio/admin_users.cpp" line="292"/>
        <location filename="../app/studio/admin_users.cpp" line="321"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="49"/>
        <location filename="../app/studio/admin_users.cpp" line="267"/>
        <source>Balance (m:ss)</source>
        <translation>Guthaben (m:ss)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="59"/>
        <source>Suspend…</source>
        <translation>Sperren…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="61"/>
        <source>Reactivate…</source>
        <translation>Reaktivieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="63"/>
        <source>Delete on request…</source>
        <translation>Auf Wunsch löschen…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="110"/>
        <source>Only %1 could be taken: the balance cannot go below zero</source>
        <translation>Nur %1 konnte abgezogen werden: das Guthaben kann nicht unter null fallen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="113"/>
        <source>Credits adjusted; the balance is now %1</source>
        <translation>Guthaben angepasst; es beträgt jetzt %1</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="160"/>
        <source>Suspend %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="161"/>
        <source>Suspend %1? They are signed out everywhere at once, and their API keys, devices and leases are refused until the account is reactivated.</source>
        <translation>%1 sperren? Die Person wird überall sofort abgemeldet, und ihre API-Schlüssel, Geräte und Reservierungen werden abgewiesen, bis das Konto reaktiviert wird.</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="176"/>
        <source>Reactivate %1</source>
        <translation>%1 reaktivieren</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="177"/>
        <source>Reactivate %1? They can sign in and use their minutes again.</source>
        <translation>%1 reaktivieren? Die Person kann sich wieder anmelden und ihre Minuten nutzen.</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="193"/>
        <source>cannot write the export to %1, so nothing was deleted: choose a folder you can write to</source>
        <translation>der Export kann nicht nach %1 geschrieben werden, daher wurde nichts gelöscht: wählen Sie einen beschreibbaren Ordner</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="203"/>
        <source>The account is deleted; its export is in %1</source>
        <translation>Das Konto ist gelöscht; sein Export liegt in %1</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="214"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="215"/>
        <source>Delete the account of %1 on their request? Their data export is saved first; then the email, password, keys, devices and shared voices are erased. Payments and the ledger stay, anonymised.</source>
        <translation>Das Konto von %1 auf Wunsch löschen? Zuerst wird der Datenexport gespeichert; dann werden E-Mail, Passwort, Schlüssel, Geräte und geteilte Stimmen gelöscht. Zahlungen und das Kontobuch bleiben anonymisiert erhalten.</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="219"/>
        <source>Choose where to save the export…</source>
        <translation>Speicherort für den Export wählen…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="224"/>
        <source>Save the data export</source>
        <translation>Datenexport speichern</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="226"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="266"/>
        <source>Change (m:ss)</source>
        <translation>Änderung (m:ss)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="279"/>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="288"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="293"/>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="294"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="295"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="300"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="301"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="306"/>
        <source>Remove device</source>
        <translation>Gerät entfernen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="315"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="316"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="317"/>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="319"/>
        <source>Shared voices</source>
        <translation>Geteilte Stimmen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="323"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="383"/>
        <source>The API key is revoked</source>
        <translation>Der API-Schlüssel ist widerrufen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="396"/>
        <source>The device is removed</source>
        <translation>Das Gerät ist entfernt</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="50"/>
        <source>Sonara Cloud administration</source>
        <translation>Sonara-Cloud-Verwaltung</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="31"/>
        <location filename="../app/studio/admin_users.cpp" line="45"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="46"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="47"/>
        <location filename="../app/studio/admin_users.cpp" line="322"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="22"/>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="24"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="26"/>
        <location filename="../app/studio/admin_reports.cpp" line="36"/>
        <location filename="../app/studio/admin_reports.cpp" line="67"/>
        <source>Minutes (m:ss)</source>
        <translation>Minuten (m:ss)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="27"/>
        <source>Renews</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="31"/>
        <source>On sale</source>
        <translation>Im Verkauf</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="32"/>
        <source>on sale</source>
        <translation>im Verkauf</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="32"/>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="44"/>
        <source>Put back on sale</source>
        <translation>Wieder verkaufen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="109"/>
        <source>Take %1 off sale? Past purchases keep it, and it can be put back on sale.</source>
        <translation>%1 aus dem Verkauf nehmen? Frühere Käufe behalten ihn, und er kann wieder verkauft werden.</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="38"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="40"/>
        <source>Search by email, provider, payment or plan</source>
        <translation>Nach E-Mail, Anbieter, Zahlung oder Tarif suchen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="43"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="52"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="53"/>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="55"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="64"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="66"/>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="71"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="73"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="74"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="76"/>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="78"/>
        <source>Search by email, action or detail</source>
        <translation>Nach E-Mail, Aktion oder Detail suchen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="90"/>
        <source>Refund…</source>
        <translation>Erstatten…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="121"/>
        <source>This refund was already made; nothing changed</source>
        <translation>Diese Erstattung wurde bereits vorgenommen; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="122"/>
        <source>Refund made: %1 refunded in all, %2 minutes taken back</source>
        <translation>Erstattet: insgesamt %1 erstattet, %2 Minuten zurückgenommen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="56"/>
        <source>By day</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="57"/>
        <source>By plan</source>
        <translation>Nach Tarif</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="58"/>
        <source>By provider</source>
        <translation>Nach Anbieter</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="44"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="56"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="57"/>
        <source>Plans</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="60"/>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="62"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="63"/>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="64"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="65"/>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="66"/>
        <source>Model catalog</source>
        <translation>Modellkatalog</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="67"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="79"/>
        <source>Waiting for the service…</source>
        <translation>Warte auf den Dienst…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="81"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="93"/>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="94"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="95"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="97"/>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="99"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="101"/>
        <location filename="../app/studio/admin_window.cpp" line="218"/>
        <location filename="../app/studio/admin_window.cpp" line="266"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="171"/>
        <source>Cancelled: nothing more is sent until you act again</source>
        <translation>Abgebrochen: bis zur nächsten Aktion wird nichts mehr gesendet</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="188"/>
        <source>The session has ended or the email or password is wrong: sign in again (Account, Sign in).</source>
        <translation>Die Sitzung ist abgelaufen oder E-Mail bzw. Passwort sind falsch: melden Sie sich erneut an (Konto, Anmelden).</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="192"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="194"/>
        <source>Too many requests: %1</source>
        <translation>Zu viele Anfragen: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="51"/>
        <source>Search accounts by email</source>
        <translation>Konten nach E-Mail suchen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="56"/>
        <source>Adjust credits…</source>
        <translation>Guthaben anpassen…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="58"/>
        <source>Ledger and keys…</source>
        <translation>Kontobuch und Schlüssel…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="164"/>
        <source>Suspend</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="178"/>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="41"/>
        <source>New plan…</source>
        <translation>Neuer Tarif…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="42"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="73"/>
        <location filename="../app/studio/admin_operations.cpp" line="103"/>
        <location filename="../app/studio/admin_operations.cpp" line="122"/>
        <location filename="../app/studio/admin_window.cpp" line="134"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="238"/>
        <source>Signed in to %1 as %2</source>
        <translation>Bei %1 angemeldet als %2</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="246"/>
        <source>Sign in as an administrator</source>
        <translation>Als Administrator anmelden</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="147"/>
        <source>The account is suspended and signed out everywhere</source>
        <translation>Das Konto ist gesperrt und überall abgemeldet</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="148"/>
        <source>The account is active again</source>
        <translation>Das Konto ist wieder aktiv</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="72"/>
        <source>Plan %1 saved</source>
        <translation>Tarif %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="108"/>
        <source>Withdraw plan</source>
        <translation>Tarif zurückziehen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="120"/>
        <source>Plan %1 withdrawn</source>
        <translation>Tarif %1 zurückgezogen</translation>
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
    <name>sonara::studio::BuyMinutesDialog</name>
    <message>
        <location filename="../app/studio/buy_minutes_dialog.cpp" line="17"/>
        <source>Buy minutes</source>
        <translation>Minuten kaufen</translation>
    </message>
    <message>
        <location filename="../app/studio/buy_minutes_dialog.cpp" line="25"/>
        <source>Buy…</source>
        <translation>Kaufen…</translation>
    </message>
    <message>
        <location filename="../app/studio/buy_minutes_dialog.cpp" line="31"/>
        <source>Minutes pay for exports; editing and processing stay free. The payment page opens in your browser, and the minutes appear here once the payment is confirmed.</source>
        <translation>Minuten bezahlen Exporte; Bearbeiten und Verarbeiten bleiben kostenlos. Die Zahlungsseite öffnet sich in Ihrem Browser, und die Minuten erscheinen hier, sobald die Zahlung bestätigt ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/buy_minutes_dialog.cpp" line="45"/>
        <source>%1 · %n minute(s) · %2</source>
        <translation>
            <numerusform>%1 · %n Minute · %2</numerusform>
            <numerusform>%1 · %n Minuten · %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/buy_minutes_dialog.cpp" line="56"/>
        <source>Choose a plan.</source>
        <translation>Wählen Sie einen Tarif.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::CapabilityForm</name>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="65"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="68"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="110"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="113"/>
        <location filename="../app/studio/capability_form.cpp" line="403"/>
        <source>Run this capability (Ctrl+Return)</source>
        <translation>Diese Funktion ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="159"/>
        <source>Input: open a track first; the current track is used</source>
        <translation>Eingabe: zuerst eine Spur öffnen; die aktuelle Spur wird verwendet</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="160"/>
        <source>Input: the current track, %1</source>
        <translation>Eingabe: die aktuelle Spur, %1</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="218"/>
        <source>Open the model manager</source>
        <translation>Modellverwaltung öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="227"/>
        <source>No engine for this capability can run yet: install one of its models (%1). %2</source>
        <translation>Noch kann keine Engine diese Funktion ausführen: Installieren Sie eines ihrer Modelle (%1). %2</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="228"/>
        <source>none listed in the catalog</source>
        <translation>keines im Katalog</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="234"/>
        <source>The engine %1 needs a model and none is installed. %2</source>
        <translation>Die Engine %1 braucht ein Modell, und keines ist installiert. %2</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="359"/>
        <source>Install a model for this capability first.</source>
        <translation>Installieren Sie zuerst ein Modell für diese Funktion.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="362"/>
        <source>No engine can run this capability.</source>
        <translation>Keine Engine kann diese Funktion ausführen.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="365"/>
        <source>Choose an installed model, or install one from the Models page.</source>
        <translation>Wählen Sie ein installiertes Modell oder installieren Sie eines auf der Seite „Modelle“.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="374"/>
        <source>%1 is out of range.</source>
        <translation>%1 liegt außerhalb des erlaubten Bereichs.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="378"/>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="385"/>
        <source>Enter the text first.</source>
        <translation>Geben Sie zuerst den Text ein.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="386"/>
        <source>Give %1 first.</source>
        <translation>Geben Sie zuerst %1 an.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="390"/>
        <location filename="../app/studio/capability_form.cpp" line="431"/>
        <source>Open a track first: it is this capability&apos;s input.</source>
        <translation>Öffnen Sie zuerst eine Spur: Sie ist die Eingabe dieser Funktion.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::ConfirmActionDialog</name>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="27"/>
        <source>Required: kept in the audit log</source>
        <translation>Erforderlich: wird im Prüfprotokoll festgehalten</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="28"/>
        <source>Optional: kept in the audit log</source>
        <translation>Optional: wird im Prüfprotokoll festgehalten</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="31"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>sonara::studio::CreditAdjustmentDialog</name>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="31"/>
        <source>Adjust credits of %1</source>
        <translation>Guthaben von %1 anpassen</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="35"/>
        <source>Why, for the ledger and the audit log</source>
        <translation>Warum, für das Kontobuch und das Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="85"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="42"/>
        <source>Current balance</source>
        <translation>Aktuelles Guthaben</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="33"/>
        <source>minutes, such as 25 or 25:00; -5:30 takes away</source>
        <translation>Minuten, etwa 25 oder 25:00; -5:30 zieht ab</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="43"/>
        <source>Minutes (m:ss)</source>
        <translation>Minuten (m:ss)</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="44"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="75"/>
        <source>Grant %1 to %2; the balance becomes %3.</source>
        <translation>%2 erhält %1; das Guthaben wird %3.</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="77"/>
        <source>Take %1 from %2; the balance becomes %3.</source>
        <translation>%2 werden %1 abgezogen; das Guthaben wird %3.</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="85"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="87"/>
        <source>Write the minutes as 25, 25:00 or -5:30.</source>
        <translation>Schreiben Sie die Minuten als 25, 25:00 oder -5:30.</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="89"/>
        <source>Enter the minutes to add or take away.</source>
        <translation>Geben Sie die Minuten ein, die hinzugefügt oder abgezogen werden.</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="91"/>
        <source>Enter the reason: it is kept with the entry.</source>
        <translation>Geben Sie den Grund ein: er wird mit dem Eintrag gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="93"/>
        <source>Press Confirm to apply it.</source>
        <translation>Zum Anwenden „Bestätigen“ drücken.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::DubbingPanel</name>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="111"/>
        <source>To review before anything is synthesised, set Stop after to translation and press Run: the segments appear here, and after your edits only the changed ones are synthesised again.</source>
        <translation>Um vor der Synthese zu prüfen, stellen Sie „Anhalten nach“ auf translation und klicken Sie auf „Ausführen“: Die Segmente erscheinen hier, und nach Ihren Änderungen werden nur die geänderten neu synthetisiert.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="136"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="136"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="136"/>
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="137"/>
        <source>Translation (double-click to edit)</source>
        <translation>Übersetzung (Doppelklick zum Bearbeiten)</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="137"/>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="138"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="162"/>
        <source>Undo my edits</source>
        <translation>Meine Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="164"/>
        <source>Dub with these segments</source>
        <translation>Mit diesen Segmenten synchronisieren</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="167"/>
        <source>Synthesises the segments whose translation changed and reuses the others, then mixes the dub again.</source>
        <translation>Synthetisiert die Segmente mit geänderter Übersetzung neu, verwendet die anderen wieder und mischt die Synchronfassung erneut.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="169"/>
        <source>Open dubbed audio as track</source>
        <translation>Synchronisierten Ton als Spur öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="195"/>
        <source>Dubbing: queued</source>
        <translation>Synchronisation: in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="218"/>
        <source>Dubbing: %1</source>
        <translation>Synchronisation: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="232"/>
        <source>The dub finished, but its segment report cannot be read: press Run to dub again (the finished stages are reused).</source>
        <translation>Die Synchronisation ist fertig, aber ihr Segmentbericht lässt sich nicht lesen: Klicken Sie auf „Ausführen“, um erneut zu synchronisieren (fertige Schritte werden wiederverwendet).</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="242"/>
        <source>Segments ready for review: edit the translations, then press Dub with these segments.</source>
        <translation>Segmente bereit zur Prüfung: Bearbeiten Sie die Übersetzungen und klicken Sie dann auf „Mit diesen Segmenten synchronisieren“.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="244"/>
        <source>Dubbed. Segments synthesised this time: %1 of %2.</source>
        <translation>Synchronisiert. Diesmal synthetisierte Segmente: %1 von %2.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="256"/>
        <source>Dubbing: cancelled</source>
        <translation>Synchronisation: abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="258"/>
        <source>The dub was cancelled. Press Run to start it again: the stages it finished are reused.</source>
        <translation>Die Synchronisation wurde abgebrochen. Klicken Sie auf „Ausführen“, um sie neu zu starten: fertige Schritte werden wiederverwendet.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="262"/>
        <source>Dubbing: interrupted</source>
        <translation>Synchronisation: unterbrochen</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="264"/>
        <source>The dub was interrupted when Sonara closed: press Retry on it in the Jobs panel.</source>
        <translation>Die Synchronisation wurde beim Beenden von Sonara unterbrochen: Klicken Sie im Bereich „Aufträge“ bei ihr auf „Wiederholen“.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="268"/>
        <source>Dubbing: failed</source>
        <translation>Synchronisation: fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="271"/>
        <source>The dub stopped without a reason: press Retry on it in the Jobs panel.</source>
        <translation>Die Synchronisation wurde ohne Angabe eines Grundes beendet: Klicken Sie im Bereich „Aufträge“ bei ihr auf „Wiederholen“.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="273"/>
        <source>The dub stopped: %1</source>
        <translation>Die Synchronisation wurde beendet: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="304"/>
        <source>spoken faster to fit</source>
        <translation>schneller gesprochen, damit es passt</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="305"/>
        <source>spoken slower to fit</source>
        <translation>langsamer gesprochen, damit es passt</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="306"/>
        <source>longer than its time: shorten the translation</source>
        <translation>länger als seine Zeit: kürzen Sie die Übersetzung</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="307"/>
        <source>shorter than its time</source>
        <translation>kürzer als seine Zeit</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="308"/>
        <source>cut where the next segment starts</source>
        <translation>beim Beginn des nächsten Segments abgeschnitten</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="310"/>
        <source>synthetic voice: install kNN-VC to keep the speaker&apos;s</source>
        <translation>synthetische Stimme: Installieren Sie kNN-VC, um die des Sprechers zu behalten</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="311"/>
        <source>no translation: stays silent</source>
        <translation>keine Übersetzung: bleibt still</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="331"/>
        <source>Source: %1 s. Dub: synthesised %2 s, stretched ×%3 to %4 s.</source>
        <translation>Original: %1 s. Synchronisation: %2 s synthetisiert, um ×%3 auf %4 s gedehnt.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="335"/>
        <source>Source: %1 s. Not dubbed yet.</source>
        <translation>Original: %1 s. Noch nicht synchronisiert.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="339"/>
        <source>reused from the last dub</source>
        <translation>aus der letzten Synchronisation übernommen</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="339"/>
        <source>synthesised</source>
        <translation>synthetisiert</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="361"/>
        <source>Edited: was “%1”</source>
        <translation>Bearbeitet: war „%1“</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="401"/>
        <source>No edits: dubbing again reuses every segment already dubbed.</source>
        <translation>Keine Änderungen: Eine erneute Synchronisation verwendet jedes bereits synchronisierte Segment wieder.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="400"/>
        <source>Edited segments: %1 (only these are synthesised again)</source>
        <translation>Bearbeitete Segmente: %1 (nur diese werden neu synthetisiert)</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="403"/>
        <source>No edits yet: double-click a translation to change it.</source>
        <translation>Noch keine Änderungen: Doppelklicken Sie auf eine Übersetzung, um sie zu ändern.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="412"/>
        <source>There are no segments to dub yet: run a dub with Stop after set to translation first.</source>
        <translation>Es gibt noch keine Segmente zum Synchronisieren: Führen Sie zuerst eine Synchronisation mit „Anhalten nach“ auf translation aus.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="426"/>
        <source>Dubbing the reviewed segments: queued</source>
        <translation>Synchronisation der geprüften Segmente: in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="430"/>
        <source>The segments cannot be dubbed: %1</source>
        <translation>Die Segmente können nicht synchronisiert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="453"/>
        <source>There is no dubbed audio yet: press Dub with these segments first.</source>
        <translation>Es gibt noch keinen synchronisierten Ton: Klicken Sie zuerst auf „Mit diesen Segmenten synchronisieren“.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="456"/>
        <source>Dubbed audio</source>
        <translation>Synchronisierter Ton</translation>
    </message>
</context>
<context>
    <name>sonara::studio::EditActions</name>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="28"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="31"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="38"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="40"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="43"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="46"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="49"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="52"/>
        <source>&amp;Silence</source>
        <translation>&amp;Stille</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="54"/>
        <source>Fade &amp;in</source>
        <translation>E&amp;inblenden</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="57"/>
        <source>Fade &amp;out</source>
        <translation>A&amp;usblenden</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="60"/>
        <source>&amp;Gain…</source>
        <translation>&amp;Verstärkung…</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="62"/>
        <source>&amp;Normalize…</source>
        <translation>&amp;Normalisieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="124"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="167"/>
        <source>Gain</source>
        <translation>Verstärkung</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="168"/>
        <source>Gain in dB (the selection, or the whole track):</source>
        <translation>Verstärkung in dB (Auswahl oder ganze Spur):</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="183"/>
        <location filename="../app/studio/edit_actions.cpp" line="193"/>
        <source>Normalize</source>
        <translation>Normalisieren</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="184"/>
        <source>Target loudness in LUFS (the selection, or the whole track):</source>
        <translation>Ziel-Lautheit in LUFS (Auswahl oder ganze Spur):</translation>
    </message>
</context>
<context>
    <name>sonara::studio::EditJournal</name>
    <message>
        <location filename="../app/studio/edit_journal.cpp" line="93"/>
        <source>the saved edits cannot be read</source>
        <translation>die gesicherten Bearbeitungen sind nicht lesbar</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_journal.cpp" line="107"/>
        <source>the saved edits are damaged or from another version</source>
        <translation>die gesicherten Bearbeitungen sind beschädigt oder stammen aus einer anderen Version</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_journal.cpp" line="121"/>
        <source>the saved edits are incomplete</source>
        <translation>die gesicherten Bearbeitungen sind unvollständig</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_journal.cpp" line="131"/>
        <source>the file changed since the edits were made</source>
        <translation>die Datei hat sich seit den Bearbeitungen geändert</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_journal.cpp" line="139"/>
        <source>the saved edits do not fit the file any more</source>
        <translation>die gesicherten Bearbeitungen passen nicht mehr zur Datei</translation>
    </message>
</context>
<context>
    <name>sonara::studio::ExportDialog</name>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="43"/>
        <location filename="../app/studio/export_dialog.cpp" line="174"/>
        <source>Export audio</source>
        <translation>Audio exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="52"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="54"/>
        <source>Same as the track (%1 Hz)</source>
        <translation>Wie die Spur (%1 Hz)</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="56"/>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="58"/>
        <source>Sample rate</source>
        <translation>Abtastrate</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="60"/>
        <source>Normalize to</source>
        <translation>Normalisieren auf</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="67"/>
        <source>Integrated loudness (EBU R128): -16 for podcasts, -14 for music streaming, -23 for broadcast</source>
        <translation>Integrierte Lautheit (EBU R128): -16 für Podcasts, -14 für Musik-Streaming, -23 für Rundfunk</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="72"/>
        <source>Loudness</source>
        <translation>Lautheit</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="75"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="78"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="93"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="143"/>
        <source>The track is empty: there is nothing to export.</source>
        <translation>Die Spur ist leer: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="146"/>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie die Zieldatei für den Export.</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="150"/>
        <source>Not enough credits: this export needs %1 and the balance is %2. Buy more minutes for your Sonara account; editing and processing stay free.</source>
        <translation>Nicht genug Guthaben: Dieser Export braucht %1, das Guthaben beträgt %2. Kaufen Sie weitere Minuten für Ihr Sonara-Konto; Bearbeiten und Verarbeiten bleiben kostenlos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/export_dialog.cpp" line="160"/>
        <source>Cost: %1 min of credit (%n second(s), billed per second, rounded up)</source>
        <translation>
            <numerusform>Kosten: %1 min Guthaben (%n Sekunde, sekundengenau abgerechnet, aufgerundet)</numerusform>
            <numerusform>Kosten: %1 min Guthaben (%n Sekunden, sekundengenau abgerechnet, aufgerundet)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="163"/>
        <source>Balance: %1 min now, %2 min after this export</source>
        <translation>Guthaben: jetzt %1 min, nach diesem Export %2 min</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="175"/>
        <source>%1 audio (*.%2)</source>
        <translation>%1-Audio (*.%2)</translation>
    </message>
</context>
<context>
    <name>sonara::studio::HealthCharts</name>
    <message>
        <location filename="../app/studio/admin_health_chart.cpp" line="38"/>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_health_chart.cpp" line="40"/>
        <source>Server errors (5xx) per second</source>
        <translation>Serverfehler (5xx) pro Sekunde</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_health_chart.cpp" line="42"/>
        <source>Refused requests (4xx) per second</source>
        <translation>Abgelehnte Anfragen (4xx) pro Sekunde</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_health_chart.cpp" line="44"/>
        <source>Open leases</source>
        <translation>Offene Leases</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_health_chart.cpp" line="130"/>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_health_chart.cpp" line="150"/>
        <source>last %1 s</source>
        <translation>letzte %1 s</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_health_chart.cpp" line="153"/>
        <source>max %1</source>
        <translation>max. %1</translation>
    </message>
</context>
<context>
    <name>sonara::studio::HelpActions</name>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="30"/>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="33"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="36"/>
        <source>&amp;About Sonara Studio</source>
        <translation>Ü&amp;ber Sonara Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="65"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="70"/>
        <source>&lt;h3&gt;Sonara Studio %1&lt;/h3&gt;&lt;p&gt;Edit, clean up, transcribe and make audio on your own computer.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libtorch %3&lt;br&gt;FFmpeg %4&lt;br&gt;Compute device: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sonara Studio %1&lt;/h3&gt;&lt;p&gt;Audio bearbeiten, bereinigen, transkribieren und erzeugen – auf Ihrem eigenen Computer.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libtorch %3&lt;br&gt;FFmpeg %4&lt;br&gt;Rechengerät: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="95"/>
        <source>Sonara Studio user guide</source>
        <translation>Benutzerhandbuch von Sonara Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="112"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="115"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="115"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="135"/>
        <source>About Sonara Studio</source>
        <translation>Über Sonara Studio</translation>
    </message>
</context>
<context>
    <name>sonara::studio::InputEditor</name>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="66"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="44"/>
        <source>Add a voice to the voice library first</source>
        <translation>Zuerst eine Stimme zur Stimmenbibliothek hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="84"/>
        <source>A JSON file</source>
        <translation>Eine JSON-Datei</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="85"/>
        <source>Files, separated by ;</source>
        <translation>Dateien, getrennt durch ;</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="85"/>
        <source>A file</source>
        <translation>Eine Datei</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="86"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="98"/>
        <source>JSON documents (*.json)</source>
        <translation>JSON-Dokumente (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="101"/>
        <source>Video (*.mp4 *.mov *.mkv *.webm *.avi)</source>
        <translation>Video (*.mp4 *.mov *.mkv *.webm *.avi)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="104"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="107"/>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac)</source>
        <translation>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="148"/>
        <source>Cannot read %1: %2. Choose the document again.</source>
        <translation>%1 kann nicht gelesen werden: %2. Wählen Sie das Dokument erneut.</translation>
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
        <location filename="../app/studio/job_row.cpp" line="62"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="63"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="64"/>
        <source>Open as track</source>
        <translation>Als Spur öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="64"/>
        <source>Show transcript</source>
        <translation>Transkript zeigen</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="65"/>
        <source>Apply to track</source>
        <translation>Auf Spur anwenden</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="66"/>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="67"/>
        <source>Compare the result with the track; B switches while playing</source>
        <translation>Ergebnis mit der Spur vergleichen; B schaltet während der Wiedergabe um</translation>
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
            <numerusform>noch %n s</numerusform>
            <numerusform>noch %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonara::studio::JobsDock</name>
    <message>
        <location filename="../app/studio/jobs_dock.cpp" line="17"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
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
        <translation>%1: fertig</translation>
    </message>
    <message>
        <location filename="../app/studio/jobs_dock.cpp" line="239"/>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/studio/jobs_dock.cpp" line="242"/>
        <source>%1: failed</source>
        <translation>%1: fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/studio/jobs_dock.cpp" line="243"/>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>sonara::studio::MainWindow</name>
    <message>
        <location filename="../app/studio/main_window.cpp" line="76"/>
        <source>Audio and video (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mov *.mkv *.webm);;All files (*)</source>
        <translation>Audio und Video (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mov *.mkv *.webm);;Alle Dateien (*)</translation>
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
        <translation>%1: in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="195"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="206"/>
        <source>Voices</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="209"/>
        <source>Your voice library: add, export, import and share voices</source>
        <translation>Ihre Stimmenbibliothek: Stimmen hinzufügen, exportieren, importieren und teilen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="239"/>
        <location filename="../app/studio/main_window.cpp" line="251"/>
        <location filename="../app/studio/main_window.cpp" line="823"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="265"/>
        <source>Stems</source>
        <translation>Spuren</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="308"/>
        <source>Output level (peak, 60 dB range)</source>
        <translation>Ausgangspegel (Spitze, 60 dB Bereich)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="364"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="367"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="370"/>
        <source>&amp;Close track</source>
        <translation>Spur &amp;schließen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="372"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="388"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="395"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="400"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="403"/>
        <source>&amp;Fit to window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="407"/>
        <source>&amp;Spectrogram</source>
        <translation>&amp;Spektrogramm</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="411"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="413"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="417"/>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Wiedergabe/Pause</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="420"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="424"/>
        <source>&amp;Loop selection</source>
        <translation>Auswahl in &amp;Schleife</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="434"/>
        <source>Recording %1</source>
        <translation>Aufnahme %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="447"/>
        <source>&amp;A/B: result or original</source>
        <translation>&amp;A/B: Ergebnis oder Original</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="453"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="455"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="464"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="473"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="481"/>
        <source>&amp;Transport</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="486"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="488"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="540"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="541"/>
        <source>Could not open %1: %2. Sonara opens audio files and the sound of video files that FFmpeg can read; check that the file is complete, or convert it to WAV or FLAC.</source>
        <translation>%1 konnte nicht geöffnet werden: %2. Sonara öffnet Audiodateien und den Ton von Videodateien, die FFmpeg lesen kann; prüfen Sie, ob die Datei vollständig ist, oder wandeln Sie sie in WAV oder FLAC um.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="566"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
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
        <translation>Keine Spur</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/main_window.cpp" line="655"/>
        <source>Duration %1 · %2 Hz · %n channel(s)</source>
        <translation>
            <numerusform>Dauer %1 · %2 Hz · %n Kanal</numerusform>
            <numerusform>Dauer %1 · %2 Hz · %n Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="660"/>
        <source>Selection %1 – %2 (%3)</source>
        <translation>Auswahl %1 – %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="667"/>
        <source>Position %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="673"/>
        <source>Hearing B: %1 (press B for the track)</source>
        <translation>Zu hören: B, %1 (B drücken für die Spur)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="674"/>
        <source>Hearing A: the track (press B for %1)</source>
        <translation>Zu hören: A, die Spur (B drücken für %1)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="693"/>
        <source>Open a track first</source>
        <translation>Öffnen Sie zuerst eine Spur</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="721"/>
        <source>%1 — %2.%3</source>
        <translation>%1 — %2.%3</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="726"/>
        <source>Credits: %1 min</source>
        <translation>Guthaben: %1 min</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="728"/>
        <source>Exports cost their duration, billed per second. Editing and processing are free.</source>
        <translation>Exporte kosten ihre Dauer, sekundengenau abgerechnet. Bearbeiten und Verarbeiten sind kostenlos.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="732"/>
        <source>Charged to your Sonara account; while offline, to its offline lease.</source>
        <translation>Wird Ihrem Sonara-Konto berechnet; ohne Verbindung seiner Offline-Reserve.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="735"/>
        <source>Charged to this computer&apos;s credits; sign in to use your account&apos;s minutes.</source>
        <translation>Wird dem Guthaben dieses Computers berechnet; melden Sie sich an, um die Minuten Ihres Kontos zu nutzen.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="752"/>
        <source>Play</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="800"/>
        <location filename="../app/studio/main_window.cpp" line="803"/>
        <source>Apply result</source>
        <translation>Ergebnis anwenden</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="813"/>
        <source>Press B to switch between the track and %1</source>
        <translation>B drücken, um zwischen der Spur und %1 umzuschalten</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="816"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="838"/>
        <source>Open audio or video</source>
        <translation>Audio oder Video öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="862"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="863"/>
        <source>%1 has voice edits marked in its transcript that are not applied yet. Export it with the edits?</source>
        <translation>%1 hat im Transkript markierte Sprachbearbeitungen, die noch nicht angewendet sind. Mit diesen Bearbeitungen exportieren?</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="867"/>
        <source>With the edits</source>
        <translation>Mit den Bearbeitungen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="868"/>
        <source>As recorded</source>
        <translation>Wie aufgenommen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="878"/>
        <source>-edited</source>
        <translation>-bearbeitet</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="888"/>
        <source>Exported %1 (%2 min of credit)</source>
        <translation>%1 exportiert (%2 min Guthaben)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="33"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="34"/>
        <source>Save changes to %1 before closing?</source>
        <translation>Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="38"/>
        <source>Your edits live only in the studio until you export them. Discard loses them.</source>
        <translation>Ihre Bearbeitungen existieren nur im Studio, bis Sie sie exportieren. Verwerfen löscht sie.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="101"/>
        <source>Could not keep a copy of your edits in %1: check that the folder can be written.</source>
        <translation>Eine Kopie Ihrer Bearbeitungen konnte nicht in %1 gesichert werden: prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="121"/>
        <source>Recover recording</source>
        <translation>Aufnahme wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="122"/>
        <source>Sonara closed while recording %1. Keep the %2 that were recorded?</source>
        <translation>Sonara wurde während der Aufnahme %1 beendet. Die aufgenommenen %2 behalten?</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="155"/>
        <source>Unsaved edits from the last session were lost: %1.</source>
        <translation>Ungespeicherte Bearbeitungen der letzten Sitzung gingen verloren: %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="159"/>
        <location filename="../app/studio/main_window_recovery.cpp" line="173"/>
        <source>Recover edits</source>
        <translation>Bearbeitungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="160"/>
        <source>Sonara closed before your edits to %1 were saved. Recover them?</source>
        <translation>Sonara wurde beendet, bevor Ihre Bearbeitungen an %1 gespeichert wurden. Wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="138"/>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="174"/>
        <source>The edits to %1 cannot be recovered: %2. The file is open as it is on disk.</source>
        <translation>Die Bearbeitungen an %1 können nicht wiederhergestellt werden: %2. Die Datei ist so geöffnet, wie sie auf der Festplatte liegt.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="899"/>
        <source>API 127.0.0.1:%1</source>
        <translation>API 127.0.0.1:%1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="900"/>
        <source>The local API for scripts; its token is in %1</source>
        <translation>Die lokale API für Skripte; ihr Token liegt in %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="905"/>
        <source>API off</source>
        <translation>API aus</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="906"/>
        <source>The local API did not start: %1. Choose another port in the settings.</source>
        <translation>Die lokale API ist nicht gestartet: %1. Wählen Sie in den Einstellungen einen anderen Port.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::ModelManagerPage</name>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="34"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="36"/>
        <source>Models run on this computer. Classic engines (eSpeak NG, PocketSphinx, FFmpeg) need none; the others need their model installed here first.</source>
        <translation>Modelle laufen auf diesem Computer. Klassische Engines (eSpeak NG, PocketSphinx, FFmpeg) brauchen keines; die anderen brauchen zuerst ihr hier installiertes Modell.</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="42"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="42"/>
        <source>Capability</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="43"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="42"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="43"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="43"/>
        <source>VRAM estimate</source>
        <translation>Geschätzter VRAM</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="42"/>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="22"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="76"/>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="77"/>
        <source>Download the selected model from the catalog&apos;s address</source>
        <translation>Das gewählte Modell von der Adresse im Katalog herunterladen</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="78"/>
        <source>Install from URL…</source>
        <translation>Von URL installieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="79"/>
        <source>Install from folder…</source>
        <translation>Aus Ordner installieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="80"/>
        <source>Cancel download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="81"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="99"/>
        <source>Select a model in the list first.</source>
        <translation>Wählen Sie zuerst ein Modell in der Liste.</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="103"/>
        <source>Folder with the files of %1</source>
        <translation>Ordner mit den Dateien von %1</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="111"/>
        <source>Remove model</source>
        <translation>Modell entfernen</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="112"/>
        <source>Remove %1 from this computer?</source>
        <translation>%1 von diesem Computer entfernen?</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="174"/>
        <location filename="../app/studio/model_manager_page.cpp" line="182"/>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="174"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="233"/>
        <source>%1 is still downloading: wait for it or cancel it first.</source>
        <translation>%1 wird noch heruntergeladen: warten Sie oder brechen Sie den Download zuerst ab.</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="245"/>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="259"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="268"/>
        <source>the download of %1 was %2</source>
        <translation>Download von %1: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="269"/>
        <location filename="../app/studio/model_manager_page.cpp" line="286"/>
        <source>%1 is installed.</source>
        <translation>%1 ist installiert.</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="299"/>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::PagedTable</name>
    <message>
        <location filename="../app/studio/paged_table.cpp" line="35"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../app/studio/paged_table.cpp" line="36"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../app/studio/paged_table.cpp" line="39"/>
        <location filename="../app/studio/paged_table.cpp" line="89"/>
        <source>Filter these rows</source>
        <translation>Diese Zeilen filtern</translation>
    </message>
    <message>
        <location filename="../app/studio/paged_table.cpp" line="89"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/paged_table.cpp" line="216"/>
        <source>Page %1 of %2 · %n row(s)</source>
        <translation>
            <numerusform>Seite %1 von %2 · %n Zeile</numerusform>
            <numerusform>Seite %1 von %2 · %n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonara::studio::PlanDialog</name>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="29"/>
        <source>New plan</source>
        <translation>Neuer Tarif</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="29"/>
        <source>Edit plan %1</source>
        <translation>Tarif %1 bearbeiten</translation>
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
        <translation>einmaliger Kauf</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="49"/>
        <source> month(s)</source>
        <translation> Monat(e)</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="56"/>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="57"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="58"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="59"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="60"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="61"/>
        <source>Renews</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="109"/>
        <source>Will be saved as: %1, %2 for %3 min, %4</source>
        <translation>Wird gespeichert als: %1, %2 für %3 Min., %4</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="110"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="118"/>
        <source>The id is lowercase letters, digits and dashes, such as minutes-120.</source>
        <translation>Die Kennung besteht aus Kleinbuchstaben, Ziffern und Bindestrichen, etwa minutes-120.</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="120"/>
        <source>Enter the plan&apos;s name as buyers see it.</source>
        <translation>Geben Sie den Namen des Tarifs ein, wie Käufer ihn sehen.</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="122"/>
        <source>The currency is a three-letter code such as usd, eur or inr.</source>
        <translation>Die Währung ist ein dreibuchstabiger Code wie usd, eur oder inr.</translation>
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
    <name>sonara::studio::RecordingController</name>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="21"/>
        <source>&amp;Record from microphone</source>
        <translation>Vom Mikrofon &amp;aufnehmen</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="41"/>
        <location filename="../app/studio/recording_controller.cpp" line="88"/>
        <location filename="../app/studio/recording_controller.cpp" line="121"/>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="54"/>
        <source>Recording: press Ctrl+R again to stop</source>
        <translation>Aufnahme läuft: zum Beenden erneut Strg+R drücken</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="55"/>
        <source>Recording, but not kept on disk until it stops (%1 cannot be written): press Ctrl+R again to stop</source>
        <translation>Aufnahme läuft, wird aber erst beim Beenden gespeichert (%1 ist nicht beschreibbar): Strg+R beendet sie</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="89"/>
        <source>The recording %1 cannot be recovered: %2.</source>
        <translation>Die Aufnahme %1 kann nicht wiederhergestellt werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="46"/>
        <source>Recording %1</source>
        <translation>Aufnahme %1</translation>
    </message>
</context>
<context>
    <name>sonara::studio::RecordingJournal</name>
    <message>
        <location filename="../app/studio/recording_journal.cpp" line="71"/>
        <source>the recording cannot be read</source>
        <translation>die Aufnahme kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_journal.cpp" line="86"/>
        <source>the recording is damaged or from another version</source>
        <translation>die Aufnahme ist beschädigt oder stammt aus einer anderen Version</translation>
    </message>
</context>
<context>
    <name>sonara::studio::RefundDialog</name>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="63"/>
        <source>Refund a payment</source>
        <translation>Zahlung erstatten</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="65"/>
        <source>Up to %1</source>
        <translation>Bis zu %1</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="67"/>
        <source>Required: kept in the audit log</source>
        <translation>Pflichtfeld: wird im Prüfprotokoll gespeichert</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="74"/>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="76"/>
        <source>Amount (%1)</source>
        <translation>Betrag (%1)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="77"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="80"/>
        <source>%1 paid %2 through %3; %4 refunded so far.</source>
        <translation>%1 hat %2 über %3 bezahlt; bisher erstattet: %4.</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="112"/>
        <source>Enter the amount to refund.</source>
        <translation>Geben Sie den zu erstattenden Betrag ein.</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="113"/>
        <source>Enter an amount above zero and at most %1.</source>
        <translation>Geben Sie einen Betrag über null und höchstens %1 ein.</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="121"/>
        <source>Refund %1 of %2 to %3 through %4. About %5 of their minutes are taken back (not below a zero balance). The money goes back at once; this cannot be undone.</source>
        <translation>%1 von %2 an %3 über %4 erstatten. Etwa %5 ihrer Minuten werden zurückgenommen (nicht unter ein Guthaben von null). Das Geld geht sofort zurück; das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::SettingsDialog</name>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="53"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="59"/>
        <source>Automatic (a CUDA GPU when present)</source>
        <translation>Automatisch (eine CUDA-GPU, falls vorhanden)</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="39"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="38"/>
        <source>CUDA GPU %1</source>
        <translation>CUDA-GPU %1</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="66"/>
        <source>Where models run, from the next job on; also what `sonara serve` uses unless it is given --device. A job whose model does not fit the GPU runs on the CPU and says so</source>
        <translation>Wo Modelle laufen, ab dem nächsten Auftrag; auch was `sonara serve` verwendet, sofern es kein --device erhält. Ein Auftrag, dessen Modell nicht auf die GPU passt, läuft auf der CPU und sagt es</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="68"/>
        <source>Compute device</source>
        <translation>Rechengerät</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="71"/>
        <source>Automatic (fp16 on GPU, fp32 on CPU)</source>
        <translation>Automatisch (fp16 auf GPU, fp32 auf CPU)</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="77"/>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="84"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="89"/>
        <source>How much memory loaded models may keep between jobs; the least recently used model is unloaded first when more is needed</source>
        <translation>Wie viel Speicher geladene Modelle zwischen Aufträgen belegen dürfen; wird mehr gebraucht, wird zuerst das am längsten ungenutzte Modell entladen</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="91"/>
        <source>Model cache</source>
        <translation>Modell-Zwischenspeicher</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="96"/>
        <source>Takes effect the next time the studio starts</source>
        <translation>Wirkt beim nächsten Start des Studios</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="97"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="100"/>
        <location filename="../app/studio/settings_dialog.cpp" line="103"/>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="113"/>
        <source>Port of the local API on 127.0.0.1; 0 picks a free one. Takes effect the next time the studio starts</source>
        <translation>Port der lokalen API auf 127.0.0.1; 0 wählt einen freien. Wirkt beim nächsten Start des Studios</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="115"/>
        <source>Local API port</source>
        <translation>Port der lokalen API</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="121"/>
        <source>Scripts send it as a bearer token; it is kept in %1</source>
        <translation>Skripte senden es als Bearer-Token; es liegt in %1</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="123"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="125"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="126"/>
        <source>Rotate</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="127"/>
        <source>Replace the token: scripts using the old one are refused</source>
        <translation>Token ersetzen: Skripte mit dem alten werden abgewiesen</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="132"/>
        <source>Local API token</source>
        <translation>Token der lokalen API</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="143"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="149"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="152"/>
        <source>Follow the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="153"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="154"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="156"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="160"/>
        <source>The Sonara account service the studio signs in to</source>
        <translation>Der Sonara-Kontodienst, bei dem sich das Studio anmeldet</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="161"/>
        <source>Account service</source>
        <translation>Kontodienst</translation>
    </message>
</context>
<context>
    <name>sonara::studio::SignInDialog</name>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="20"/>
        <source>The address of the Sonara account service</source>
        <translation>Die Adresse des Sonara-Kontodienstes</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="21"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="34"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="39"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="40"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="41"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="65"/>
        <source>Enter the service address, such as https://sonara.studio.</source>
        <translation>Geben Sie die Adresse des Dienstes ein, etwa https://sonara.studio.</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="69"/>
        <source>Enter the email and the password of the account.</source>
        <translation>Geben Sie E-Mail und Passwort des Kontos ein.</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="72"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>sonara::studio::StartPage</name>
    <message>
        <location filename="../app/studio/start_page.cpp" line="28"/>
        <source>Open a file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="40"/>
        <source>What would you like to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="43"/>
        <source>Open or drop an audio or video file to edit it, or pick what to make. Results open as tracks you can compare, apply and export.</source>
        <translation>Öffnen oder ziehen Sie eine Audio- oder Videodatei hierher, um sie zu bearbeiten, oder wählen Sie, was entstehen soll. Ergebnisse öffnen sich als Spuren, die Sie vergleichen, anwenden und exportieren können.</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="49"/>
        <source>Recent files</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="77"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="120"/>
        <source>Ready: %1</source>
        <translation>Bereit: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="122"/>
        <source>Needs a model: install one from the Models page</source>
        <translation>Braucht ein Modell: installieren Sie eines auf der Seite Modelle</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="123"/>
        <source>No engine installed</source>
        <translation>Keine Engine installiert</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="147"/>
        <source>Files you open appear here.</source>
        <translation>Hier erscheinen die Dateien, die Sie öffnen.</translation>
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
        <translation>Solo: nur die solo geschalteten Spuren hören</translation>
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
        <translation>Stumm: diese Spur beim Anhören weglassen</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_lane.cpp" line="71"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>sonara::studio::StemPage</name>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="94"/>
        <location filename="../app/studio/stem_page.cpp" line="139"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="95"/>
        <location filename="../app/studio/stem_page.cpp" line="135"/>
        <source>A/B: stems</source>
        <translation>A/B: Spuren</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="97"/>
        <source>Export selected stems…</source>
        <translation>Ausgewählte Spuren exportieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="104"/>
        <source>Switch between the stems you hear (solo and mute) and the original mix, at the same moment</source>
        <translation>Zwischen den gehörten Spuren (Solo und Stumm) und der Originalmischung an derselben Stelle wechseln</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="119"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="135"/>
        <source>A/B: mix</source>
        <translation>A/B: Mischung</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="139"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="154"/>
        <location filename="../app/studio/stem_page.cpp" line="228"/>
        <source>Separate a song to see its stems here.</source>
        <translation>Trennen Sie ein Lied, um seine Spuren hier zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="185"/>
        <source>This job has no stems to show: only a finished separation has.</source>
        <translation>Dieser Auftrag hat keine Spuren zum Anzeigen: nur eine abgeschlossene Trennung hat welche.</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="205"/>
        <source>Loading the stems…</source>
        <translation>Die Spuren werden geladen…</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="224"/>
        <source>The %1 stem of this job cannot be read any more; run the separation again.</source>
        <translation>Die Spur %1 dieses Auftrags kann nicht mehr gelesen werden; führen Sie die Trennung erneut aus.</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="201"/>
        <location filename="../app/studio/stem_page.cpp" line="229"/>
        <source>The stems of this job are gone; run the separation again.</source>
        <translation>Die Spuren dieses Auftrags sind nicht mehr vorhanden; führen Sie die Trennung erneut aus.</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="265"/>
        <source>Stems of %1</source>
        <translation>Spuren von %1</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="260"/>
        <source>the sum of the stems</source>
        <translation>die Summe der Spuren</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="262"/>
        <source>The original mix is no longer where it was, so A/B compares with the sum of all stems.</source>
        <translation>Die Originalmischung liegt nicht mehr am alten Ort, daher vergleicht A/B mit der Summe aller Spuren.</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="295"/>
        <source>stems</source>
        <translation>Spuren</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="318"/>
        <source>Export the selected stems to</source>
        <translation>Ausgewählte Spuren exportieren nach</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="329"/>
        <source>Open a separation first.</source>
        <translation>Öffnen Sie zuerst eine Trennung.</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="353"/>
        <source>Tick Export on the stems to write.</source>
        <translation>Haken Sie „Exportieren“ bei den zu schreibenden Spuren an.</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="374"/>
        <source>Stems exported: %1</source>
        <translation>Exportierte Spuren: %1</translation>
    </message>
</context>
<context>
    <name>sonara::studio::StudioStatusBar</name>
    <message>
        <location filename="../app/studio/status_bar.cpp" line="51"/>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/status_bar.cpp" line="53"/>
        <source>Running on %1</source>
        <translation>Läuft auf %1</translation>
    </message>
    <message>
        <location filename="../app/studio/status_bar.cpp" line="56"/>
        <source>Where models run. Choose the device in Settings; a job whose model does not fit the GPU runs on the CPU and says so</source>
        <translation>Wo Modelle laufen. Wählen Sie das Gerät in den Einstellungen; ein Auftrag, dessen Modell nicht auf die GPU passt, läuft auf der CPU und sagt es</translation>
    </message>
</context>
<context>
    <name>sonara::studio::TakesPanel</name>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="107"/>
        <source>Takes</source>
        <translation>Takes</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="112"/>
        <source>Every run of the form is kept here as a take, to compare and keep the best.</source>
        <translation>Jeder Durchlauf des Formulars wird hier als Take aufbewahrt, zum Vergleichen und um den besten zu behalten.</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="123"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="123"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="123"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="123"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="142"/>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="145"/>
        <source>Makes the selected take again with the same settings (a seed of -1 draws a new one)</source>
        <translation>Erzeugt den gewählten Take noch einmal mit denselben Einstellungen (ein Startwert von -1 zieht einen neuen)</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="147"/>
        <source>Variation</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="149"/>
        <source>Makes the selected take again with a new seed</source>
        <translation>Erzeugt den gewählten Take noch einmal mit einem neuen Startwert</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="150"/>
        <source>Open as track</source>
        <translation>Als Spur öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="152"/>
        <source>Opens the selected take in the editor as a new track</source>
        <translation>Öffnet den gewählten Take im Editor als neue Spur</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="153"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="156"/>
        <source>Removes the selected take from the list; its file stays among the job&apos;s results</source>
        <translation>Entfernt den gewählten Take aus der Liste; seine Datei bleibt bei den Ergebnissen des Auftrags</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="231"/>
        <source>Generating…</source>
        <translation>Wird erzeugt…</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="236"/>
        <source>Generating… %1%</source>
        <translation>Wird erzeugt… %1%</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="249"/>
        <source>The run was cancelled.</source>
        <translation>Der Durchlauf wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="250"/>
        <source>The run failed: %1</source>
        <translation>Der Durchlauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="302"/>
        <source>The run finished without audio.</source>
        <translation>Der Durchlauf endete ohne Audio.</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="308"/>
        <source>New take ready: press its play button to hear it.</source>
        <translation>Neuer Take fertig: zum Anhören auf seine Wiedergabetaste drücken.</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="309"/>
        <source>Take ready: %1</source>
        <translation>Take fertig: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="325"/>
        <source>Playing: %1</source>
        <translation>Wiedergabe: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="355"/>
        <source>This take is starred to keep it: unstar it first to delete it.</source>
        <translation>Dieser Take ist zum Behalten markiert: zum Löschen zuerst die Markierung entfernen.</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="364"/>
        <source>Take deleted.</source>
        <translation>Take gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="439"/>
        <source>The takes could not be saved in the data folder: check that it is writable and has free space.</source>
        <translation>Die Takes konnten nicht im Datenordner gespeichert werden: prüfen Sie, ob er beschreibbar ist und freien Platz hat.</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="445"/>
        <source>%1, seed %2</source>
        <translation>%1, Startwert %2</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="131"/>
        <location filename="../app/studio/takes_panel.cpp" line="496"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="131"/>
        <location filename="../app/studio/takes_panel.cpp" line="496"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="497"/>
        <source>Stops this take</source>
        <translation>Stoppt diesen Take</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="497"/>
        <source>Plays this take</source>
        <translation>Spielt diesen Take ab</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="503"/>
        <source>Starred: kept. Click to unstar</source>
        <translation>Markiert: wird behalten. Klicken, um die Markierung zu entfernen</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="504"/>
        <source>Star this take to keep it</source>
        <translation>Diesen Take zum Behalten markieren</translation>
    </message>
</context>
<context>
    <name>sonara::studio::TranscriptView</name>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="93"/>
        <source>Export transcript…</source>
        <translation>Transkript exportieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="107"/>
        <source>Could not read the transcript %1: %2</source>
        <translation>Das Transkript %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="112"/>
        <source>%1 is not a transcript: it is not a JSON object.</source>
        <translation>%1 ist kein Transkript: Es ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="158"/>
        <source>Open a track and run Speech to text on it: its transcript appears here.</source>
        <translation>Öffnen Sie eine Spur und wenden Sie Sprache zu Text darauf an: Ihr Transkript erscheint hier.</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="160"/>
        <source>No transcript of %1 yet: run Speech to text on it.</source>
        <translation>Noch kein Transkript von %1: Wenden Sie Sprache zu Text darauf an.</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="164"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="165"/>
        <source>Transcript of %1</source>
        <translation>Transkript von %1</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="427"/>
        <source>transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="446"/>
        <location filename="../app/studio/transcript_view.cpp" line="453"/>
        <source>Export transcript</source>
        <translation>Transkript exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="448"/>
        <source>Subtitles (*.srt *.vtt);;Text (*.txt);;JSON (*.json)</source>
        <translation>Untertitel (*.srt *.vtt);;Text (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="454"/>
        <source>Could not write %1: choose a .srt, .vtt, .txt or .json file in a folder you can write to.</source>
        <translation>%1 konnte nicht geschrieben werden: Wählen Sie eine .srt-, .vtt-, .txt- oder .json-Datei in einem beschreibbaren Ordner.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::Transport</name>
    <message>
        <location filename="../app/studio/transport.cpp" line="224"/>
        <source>There is no audio output device, so nothing can be played. Connect headphones or speakers, or check the sound settings, then press Play again.</source>
        <translation>Es gibt kein Audioausgabegerät, daher kann nichts abgespielt werden. Schließen Sie Kopfhörer oder Lautsprecher an oder prüfen Sie die Toneinstellungen und drücken Sie dann erneut auf Wiedergabe.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::TtsPreviewPanel</name>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="46"/>
        <source>Takes</source>
        <translation>Aufnahmen</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="94"/>
        <source>Run the form to hear the text; every run is kept here as a take.</source>
        <translation>Führen Sie das Formular aus, um den Text zu hören; jeder Durchlauf bleibt hier als Aufnahme erhalten.</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="58"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="58"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="58"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="58"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="67"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="68"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="69"/>
        <source>Open as track</source>
        <translation>Als Spur öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="73"/>
        <source>Plays the selected take</source>
        <translation>Spielt die ausgewählte Aufnahme ab</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="74"/>
        <source>Opens the selected take in the editor as a new track</source>
        <translation>Öffnet die ausgewählte Aufnahme im Editor als neue Spur</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="139"/>
        <source>Speaking…</source>
        <translation>Spricht…</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="144"/>
        <source>Speaking… %1%</source>
        <translation>Spricht… %1 %</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="157"/>
        <source>The take was cancelled.</source>
        <translation>Die Aufnahme wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="158"/>
        <source>The take failed: %1</source>
        <translation>Die Aufnahme ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="171"/>
        <source>The take finished without audio.</source>
        <translation>Die Aufnahme endete ohne Audio.</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="177"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="200"/>
        <source>New take ready: press Play to hear it.</source>
        <translation>Neue Aufnahme bereit: Drücken Sie „Abspielen“, um sie zu hören.</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="201"/>
        <source>Speech ready: %1</source>
        <translation>Sprache fertig: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="224"/>
        <source>Playing: %1</source>
        <translation>Wiedergabe: %1</translation>
    </message>
</context>
<context>
    <name>sonara::studio::UrlInstallDialog</name>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="21"/>
        <source>Install a model from a URL</source>
        <translation>Ein Modell von einer URL installieren</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="22"/>
        <source>my-model</source>
        <translation>mein-modell</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="23"/>
        <source>https://example.com/model.safetensors</source>
        <translation>https://example.com/model.safetensors</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="24"/>
        <source>64 hexadecimal digits</source>
        <translation>64 Hexadezimalziffern</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="25"/>
        <source>The download is refused unless its sha256 matches</source>
        <translation>Der Download wird abgelehnt, wenn seine sha256 nicht übereinstimmt</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="30"/>
        <source>Model id</source>
        <translation>Modellkennung</translation>
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
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="63"/>
        <source>Enter a model id without slashes, such as my-model.</source>
        <translation>Geben Sie eine Modellkennung ohne Schrägstriche ein, etwa mein-modell.</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="66"/>
        <source>Enter the http(s) address of the checkpoint file.</source>
        <translation>Geben Sie die http(s)-Adresse der Checkpoint-Datei ein.</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="69"/>
        <source>Enter the file&apos;s sha256 (64 hexadecimal digits), so a damaged or changed download is refused.</source>
        <translation>Geben Sie die sha256 der Datei ein (64 Hexadezimalziffern), damit ein beschädigter oder veränderter Download abgelehnt wird.</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="72"/>
        <source>Choose the architecture the checkpoint holds.</source>
        <translation>Wählen Sie die Architektur des Checkpoints.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::UserMessage</name>
    <message>
        <location filename="../app/studio/user_message.cpp" line="34"/>
        <location filename="../app/studio/user_message.cpp" line="40"/>
        <location filename="../app/studio/user_message.cpp" line="52"/>
        <source>an unexpected error occurred</source>
        <translation>ein unerwarteter Fehler ist aufgetreten</translation>
    </message>
</context>
<context>
    <name>sonara::studio::VoiceAddDialog</name>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="31"/>
        <source>Your full name</source>
        <translation>Ihr vollständiger Name</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="32"/>
        <source>The speaker agreed to the statement above</source>
        <translation>Die sprechende Person hat der obigen Erklärung zugestimmt</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="35"/>
        <source>Confirmed by:</source>
        <translation>Bestätigt von:</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="36"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="56"/>
        <source>I am the person whose voice is in these recordings, or I have their permission, and I agree that this voice may be used to make speech with Sonara Studio.</source>
        <translation>Ich bin die Person, deren Stimme in diesen Aufnahmen zu hören ist, oder ich habe ihre Erlaubnis, und ich bin einverstanden, dass mit dieser Stimme in Sonara Studio Sprache erzeugt wird.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="62"/>
        <source>Add a voice</source>
        <translation>Stimme hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="66"/>
        <source>e.g. en-GB (optional)</source>
        <translation>z. B. en-GB (optional)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="69"/>
        <source>Add recordings…</source>
        <translation>Aufnahmen hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="73"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="74"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="78"/>
        <source>Recordings:</source>
        <translation>Aufnahmen:</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="79"/>
        <source>Each recording 1 s to 5 min; silence is trimmed, noise reduced and loudness evened out once, and the originals are kept.</source>
        <translation>Jede Aufnahme 1 s bis 5 min; Stille wird einmalig entfernt, Rauschen vermindert und die Lautheit angeglichen, die Originale bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="85"/>
        <source>Add voice</source>
        <translation>Stimme hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="102"/>
        <source>Recordings of the voice</source>
        <translation>Aufnahmen der Stimme</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="103"/>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;All files (*)</source>
        <translation>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>sonara::studio::VoiceConsentDialog</name>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="143"/>
        <source>Consent for %1</source>
        <translation>Einwilligung für %1</translation>
    </message>
</context>
<context>
    <name>sonara::studio::VoiceEditPanel</name>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="166"/>
        <source>Cut</source>
        <translation>Schneiden</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="166"/>
        <source>Cut the selected words (Delete)</source>
        <translation>Die ausgewählten Wörter herausschneiden (Entf)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="168"/>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="169"/>
        <source>Mute the selected words with the room tone (M)</source>
        <translation>Die ausgewählten Wörter mit dem Raumklang stummschalten (M)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="171"/>
        <source>Bleep</source>
        <translation>Piepen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="171"/>
        <source>Bleep the selected words (B)</source>
        <translation>Die ausgewählten Wörter überpiepen (B)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="173"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="174"/>
        <source>Clear the marks of the selected words (K)</source>
        <translation>Die Markierungen der ausgewählten Wörter entfernen (K)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="186"/>
        <source>Preview</source>
        <translation>Vorhören</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="187"/>
        <source>Play the track as the marks make it; the A/B switch goes back</source>
        <translation>Die Spur so abspielen, wie die Markierungen sie machen; der A/B-Schalter führt zurück</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="189"/>
        <source>Apply edits</source>
        <translation>Bearbeitungen anwenden</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="190"/>
        <source>Render the marks with the voice editor into the track (one undo step)</source>
        <translation>Die Markierungen mit dem Spracheditor in die Spur rechnen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="194"/>
        <location filename="../app/studio/voice_edit_panel.cpp" line="405"/>
        <source>Remove fillers</source>
        <translation>Füllwörter entfernen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="195"/>
        <source>Propose cutting filler words (um, uh, &quot;you know&quot;…) from the language&apos;s list and yours</source>
        <translation>Schlägt vor, Füllwörter (äh, ähm, „weißt du“…) aus der Liste der Sprache und Ihrer eigenen herauszuschneiden</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="198"/>
        <location filename="../app/studio/voice_edit_panel.cpp" line="411"/>
        <source>Shorten silences</source>
        <translation>Pausen kürzen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="199"/>
        <source>Propose shortening pauses longer than %1 s to %2 s</source>
        <translation>Schlägt vor, Pausen über %1 s auf %2 s zu kürzen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="203"/>
        <location filename="../app/studio/voice_edit_panel.cpp" line="415"/>
        <source>Find bloopers</source>
        <translation>Versprecher finden</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="204"/>
        <source>Propose cutting the earlier takes of a phrase started again</source>
        <translation>Schlägt vor, die früheren Anläufe eines neu begonnenen Satzes herauszuschneiden</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="207"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="210"/>
        <source>Accept all</source>
        <translation>Alle annehmen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="210"/>
        <source>Accept every proposal</source>
        <translation>Jeden Vorschlag annehmen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="212"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="208"/>
        <source>Accept the proposal at the selection, or the first one</source>
        <translation>Den Vorschlag an der Auswahl annehmen, sonst den ersten</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="175"/>
        <source>Room tone</source>
        <translation>Raumklang</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="176"/>
        <source>Use the waveform&apos;s selection, a stretch without speech, as the room tone that fills muted spans and cut joins (else the quietest stretch is used)</source>
        <translation>Die Auswahl in der Wellenform, eine Stelle ohne Sprache, als Raumklang nutzen, der stummgeschaltete Stellen und Schnittstellen füllt (sonst wird die leiseste Stelle genommen)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="179"/>
        <source>Hear edits</source>
        <translation>Bearbeitung anhören</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="180"/>
        <source>Play the track with its marks in place, live as you mark: cut spans are skipped, muted and bleeped ones covered (off: the track as recorded)</source>
        <translation>Spielt die Spur mit ihren Markierungen ab, live beim Markieren: geschnittene Stellen werden übersprungen, stummgeschaltete und überpiepte überdeckt (aus: die Spur wie aufgenommen)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="213"/>
        <source>Drop the proposal at the selection, or the first one</source>
        <translation>Den Vorschlag an der Auswahl verwerfen, sonst den ersten</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="338"/>
        <source>Select words in the transcript first.</source>
        <translation>Wählen Sie zuerst Wörter im Transkript aus.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="367"/>
        <source>Cut words</source>
        <translation>Wörter schneiden</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="368"/>
        <source>Mute words</source>
        <translation>Wörter stummschalten</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="369"/>
        <source>Bleep words</source>
        <translation>Wörter überpiepen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="370"/>
        <source>Keep words</source>
        <translation>Wörter behalten</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="376"/>
        <source>Run Speech to text on the track first: the rules read its words.</source>
        <translation>Lassen Sie zuerst Sprache zu Text über die Spur laufen: Die Regeln lesen ihre Wörter.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="386"/>
        <source>%1: nothing to propose.</source>
        <translation>%1: nichts vorzuschlagen.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="395"/>
        <source>%1: %2 proposed; accept them one by one or all.</source>
        <translation>%1: %2 vorgeschlagen; nehmen Sie sie einzeln oder alle an.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="421"/>
        <source>No proposals: use Remove fillers, Shorten silences or Find bloopers.</source>
        <translation>Keine Vorschläge: Nutzen Sie Füllwörter entfernen, Pausen kürzen oder Versprecher finden.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="444"/>
        <source>Accept proposal</source>
        <translation>Vorschlag annehmen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="462"/>
        <source>Accept all proposals</source>
        <translation>Alle Vorschläge annehmen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="481"/>
        <source>Reject proposal</source>
        <translation>Vorschlag ablehnen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="488"/>
        <source>Select a quiet stretch of at least 0.05 s on the waveform first.</source>
        <translation>Wählen Sie zuerst in der Wellenform eine leise Stelle von mindestens 0,05 s aus.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="495"/>
        <source>Set room tone</source>
        <translation>Raumklang festlegen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="501"/>
        <location filename="../app/studio/voice_edit_panel.cpp" line="527"/>
        <source>Mark words to cut, mute or bleep first.</source>
        <translation>Markieren Sie zuerst Wörter zum Schneiden, Stummschalten oder Überpiepen.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="509"/>
        <source>%1 with the voice edit</source>
        <translation>%1 mit der Sprachbearbeitung</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="516"/>
        <source>Playing the voice edit; the A/B switch goes back to the track.</source>
        <translation>Die Sprachbearbeitung wird abgespielt; der A/B-Schalter führt zur Spur zurück.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="518"/>
        <source>Preview: %1</source>
        <translation>Vorhören: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="532"/>
        <source>The track could not be handed to the voice editor.</source>
        <translation>Die Spur konnte nicht an den Spracheditor übergeben werden.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="548"/>
        <location filename="../app/studio/voice_edit_panel.cpp" line="605"/>
        <source>Apply edits: %1</source>
        <translation>Bearbeitungen anwenden: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="553"/>
        <source>Applying the voice edit to %1…</source>
        <translation>Die Sprachbearbeitung wird auf %1 angewendet…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="567"/>
        <source>The voice edit was cancelled; the track is unchanged.</source>
        <translation>Die Sprachbearbeitung wurde abgebrochen; die Spur ist unverändert.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="568"/>
        <source>The voice edit failed: %1</source>
        <translation>Die Sprachbearbeitung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="579"/>
        <source>The track changed while the voice edit ran, so it was left as it is; the edited audio is in the Jobs panel.</source>
        <translation>Die Spur hat sich während der Sprachbearbeitung geändert und bleibt daher, wie sie ist; das bearbeitete Audio finden Sie im Aufträge-Bereich.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="589"/>
        <source>The voice edit left no result; run it again.</source>
        <translation>Die Sprachbearbeitung hat kein Ergebnis hinterlassen; führen Sie sie erneut aus.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="601"/>
        <source>Voice edit</source>
        <translation>Sprachbearbeitung</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="602"/>
        <source>Voice edit applied: %1 s shorter.</source>
        <translation>Sprachbearbeitung angewendet: %1 s kürzer.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="684"/>
        <source>Select words, then Delete cuts them, M mutes, B bleeps.</source>
        <translation>Wählen Sie Wörter aus: Entf schneidet sie heraus, M schaltet stumm, B piept.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="685"/>
        <source>Cuts: %1 · muted: %2 · bleeped: %3 · proposed: %4 · %5 s shorter</source>
        <translation>Schnitte: %1 · stumm: %2 · gepiept: %3 · vorgeschlagen: %4 · %5 s kürzer</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="692"/>
        <source> · room tone %1–%2 s</source>
        <translation> · Raumklang %1–%2 s</translation>
    </message>
</context>
<context>
    <name>sonara::studio::VoiceLibraryPage</name>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="51"/>
        <source>The voice library could not be changed. Check the free space in the data folder and try again.</source>
        <translation>Die Stimmenbibliothek konnte nicht geändert werden. Prüfen Sie den freien Speicher im Datenordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="65"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="65"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="65"/>
        <source>Speech</source>
        <translation>Sprechdauer</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="65"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="79"/>
        <source>Add voice…</source>
        <translation>Stimme hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="80"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="81"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="82"/>
        <source>Record consent…</source>
        <translation>Einwilligung erfassen…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="83"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="84"/>
        <source>Share voice…</source>
        <translation>Stimme teilen…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="85"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="113"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="116"/>
        <source>Missing: record it before using the voice</source>
        <translation>Fehlt: vor der Verwendung der Stimme erfassen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="169"/>
        <source>Adding %1: cleaning its recordings…</source>
        <translation>%1 wird hinzugefügt: Aufnahmen werden bereinigt…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="181"/>
        <source>Add a voice</source>
        <translation>Stimme hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="181"/>
        <source>%1 was not added: %2</source>
        <translation>%1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="184"/>
        <source>Added the voice %1</source>
        <translation>Stimme %1 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="208"/>
        <source>%1 is not readable audio; choose a WAV, FLAC, MP3 or Ogg recording</source>
        <translation>%1 ist kein lesbares Audio; wählen Sie eine WAV-, FLAC-, MP3- oder Ogg-Aufnahme</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="224"/>
        <location filename="../app/studio/voice_library_page.cpp" line="245"/>
        <location filename="../app/studio/voice_library_page.cpp" line="260"/>
        <source>Import a voice</source>
        <translation>Stimme importieren</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="225"/>
        <source>Sonara voices (*%1);;All files (*)</source>
        <translation>Sonara-Stimmen (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="246"/>
        <source>%1
Import it under another name:</source>
        <translation>%1
Unter einem anderen Namen importieren:</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="256"/>
        <source>Imported the voice %1</source>
        <translation>Stimme %1 importiert</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="271"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="273"/>
        <source>Sonara voices (*%1)</source>
        <translation>Sonara-Stimmen (*%1)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="282"/>
        <source>Exported the voice to %1</source>
        <translation>Stimme nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="285"/>
        <location filename="../app/studio/voice_library_page.cpp" line="287"/>
        <source>Export a voice</source>
        <translation>Stimme exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="299"/>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="299"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="309"/>
        <source>Rename a voice</source>
        <translation>Stimme umbenennen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="325"/>
        <source>Record consent</source>
        <translation>Einwilligung erfassen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="337"/>
        <location filename="../app/studio/voice_library_page.cpp" line="345"/>
        <location filename="../app/studio/voice_library_page.cpp" line="375"/>
        <location filename="../app/studio/voice_library_page.cpp" line="383"/>
        <location filename="../app/studio/voice_library_page.cpp" line="401"/>
        <location filename="../app/studio/voice_library_page.cpp" line="409"/>
        <source>Share voice</source>
        <translation>Stimme teilen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="337"/>
        <source>%1 has no recorded consent: record it before sharing the voice.</source>
        <translation>Für %1 ist keine Einwilligung erfasst: erfassen Sie sie, bevor Sie die Stimme teilen.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="347"/>
        <source>Other Sonara users will be able to use this voice once the moderators approve it. They receive its first %1 seconds to listen to; the rest stays on this computer.</source>
        <translation>Andere Sonara-Nutzer können diese Stimme verwenden, sobald die Moderation sie freigibt. Die Moderation erhält die ersten %1 Sekunden zum Anhören; der Rest bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="355"/>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="363"/>
        <source>Shared as:</source>
        <translation>Geteilt als:</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="375"/>
        <source>The voice&apos;s recordings are missing: add the voice again.</source>
        <translation>Die Aufnahmen der Stimme fehlen: fügen Sie die Stimme erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="388"/>
        <source>Sharing %1…</source>
        <translation>%1 wird geteilt…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="396"/>
        <source>%1 was sent to the moderators; other users can use it once they approve it.</source>
        <translation>%1 wurde an die Moderation gesendet; andere Nutzer können sie nach der Freigabe verwenden.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="406"/>
        <source>Sign in to your Sonara account to share a voice.</source>
        <translation>Melden Sie sich bei Ihrem Sonara-Konto an, um eine Stimme zu teilen.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="418"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="419"/>
        <source>Delete the voice %1 and its recordings? Export it first to keep a copy.</source>
        <translation>Die Stimme %1 und ihre Aufnahmen löschen? Exportieren Sie sie vorher, um eine Kopie zu behalten.</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="429"/>
        <source>Delete a voice</source>
        <translation>Stimme löschen</translation>
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
        <translation>Zum Beginnen eine Audio- oder Videodatei öffnen oder hierher ziehen (Strg+O)</translation>
    </message>
</context>
</TS>
