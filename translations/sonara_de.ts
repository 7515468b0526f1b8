<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <location filename="../app/studio/main.cpp" line="41"/>
        <source>Sonara Studio</source>
        <translation>Sonara Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="42"/>
        <source>The studio could not start: %1</source>
        <translation>Das Studio konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>capability</name>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="32"/>
        <source>Text to speech</source>
        <translation>Text zu Sprache</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="33"/>
        <source>Speaks a text in a chosen voice.</source>
        <translation>Spricht einen Text mit einer gewählten Stimme.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="35"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="36"/>
        <source>The text to speak.</source>
        <translation>Der zu sprechende Text.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="233"/>
        <source>eSpeak NG</source>
        <translation>eSpeak NG</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="234"/>
        <source>Compact formant speech in over 100 languages; clear but robotic, instant on any CPU.</source>
        <translation>Kompakte Formantsynthese in über 100 Sprachen; deutlich, aber roboterhaft, sofort auf jeder CPU.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="119"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="118"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="120"/>
        <source>Language and accent of the eSpeak NG voice.</source>
        <translation>Sprache und Akzent der eSpeak-NG-Stimme.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="125"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="127"/>
        <source>Voice character: m1-m7 male, f1-f5 female, klatt, whisper, croak and others; none keeps the language&apos;s own voice.</source>
        <translation>Stimmcharakter: m1-m7 männlich, f1-f5 weiblich, klatt, whisper, croak und andere; none behält die eigene Stimme der Sprache.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="22"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="133"/>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="135"/>
        <source>Speaking speed.</source>
        <translation>Sprechtempo.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="134"/>
        <source>words per minute</source>
        <translation>Wörter pro Minute</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="140"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="140"/>
        <source>Pitch</source>
        <translation>Tonhöhe</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="141"/>
        <source>Base pitch: 0 is lowest, 50 normal, 99 highest.</source>
        <translation>Grundtonhöhe: 0 ist am tiefsten, 50 normal, 99 am höchsten.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="146"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="148"/>
        <source>Loudness: 100 is normal; above 100 may distort.</source>
        <translation>Lautstärke: 100 ist normal; über 100 kann es verzerren.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="147"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="44"/>
        <source>Speech to text</source>
        <translation>Sprache zu Text</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="46"/>
        <source>Transcribes speech with word timings; exports subtitles.</source>
        <translation>Transkribiert Sprache mit Wortzeiten; exportiert Untertitel.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="22"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="47"/>
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
        <location filename="../core/engine/standard_capabilities.cpp" line="50"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="53"/>
        <source>Spoken language as a code such as en or en-us, or auto. Whisper detects it with auto; a wav2vec2 model knows the one language it was trained on, and records this one.</source>
        <translation>Gesprochene Sprache als Code wie en oder en-us, oder auto. Whisper erkennt sie mit auto; ein wav2vec2-Modell kennt die eine Sprache, auf die es trainiert wurde, und vermerkt diese.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="59"/>
        <source>Word timestamps</source>
        <translation>Wortzeitstempel</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="62"/>
        <source>Time every word, not only every segment.</source>
        <translation>Jedes Wort zeitlich erfassen, nicht nur jeden Abschnitt.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="65"/>
        <source>Skip silence (VAD)</source>
        <translation>Stille überspringen (VAD)</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="68"/>
        <source>Find the speech first and transcribe only that, in chunks of up to 30 s cut at silences: faster on recordings with long pauses, and no text invented in silence.</source>
        <translation>Zuerst die Sprache finden und nur sie transkribieren, in Stücken von bis zu 30 s, an Pausen geschnitten: schneller bei Aufnahmen mit langen Pausen, und kein in Stille erfundener Text.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="93"/>
        <source>Stem separation</source>
        <translation>Stem-Trennung</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="94"/>
        <source>Splits a song into vocals, drums, bass and the rest, or into vocals and accompaniment.</source>
        <translation>Teilt einen Song in Gesang, Schlagzeug, Bass und den Rest auf, oder in Gesang und Begleitung.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="97"/>
        <source>The mix to separate.</source>
        <translation>Die Mischung, die getrennt werden soll.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="98"/>
        <source>Vocals</source>
        <translation>Gesang</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="99"/>
        <source>Drums</source>
        <translation>Schlagzeug</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="100"/>
        <source>Bass</source>
        <translation>Bass</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="101"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="102"/>
        <source>Guitar</source>
        <translation>Gitarre</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="103"/>
        <source>Piano</source>
        <translation>Klavier</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="104"/>
        <source>Accompaniment</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="113"/>
        <source>Voice changer</source>
        <translation>Stimmwandler</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="114"/>
        <source>Makes speech sound as if another voice spoke it: a voice of your library, or the voice of reference recordings.</source>
        <translation>Lässt Sprache klingen, als hätte eine andere Stimme sie gesprochen: eine Stimme aus deiner Bibliothek oder die Stimme von Referenzaufnahmen.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="119"/>
        <source>The voice of your library to speak in. Give this or reference recordings, not both.</source>
        <translation>Die Stimme aus deiner Bibliothek, in der gesprochen werden soll. Gib diese oder Referenzaufnahmen an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="124"/>
        <source>Reference recordings</source>
        <translation>Referenzaufnahmen</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="125"/>
        <source>Recordings of the voice to speak in, instead of a library voice: a few minutes of clean speech sound best.</source>
        <translation>Aufnahmen der Stimme, in der gesprochen werden soll, statt einer Bibliotheksstimme: einige Minuten saubere Sprache klingen am besten.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="131"/>
        <source>The speech to convert.</source>
        <translation>Die Sprache, die umgewandelt werden soll.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="134"/>
        <source>Neighbours (k)</source>
        <translation>Nachbarn (k)</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="136"/>
        <source>How many of the target voice&apos;s most similar moments are averaged for each moment of the speech: more sounds smoother, fewer keeps more of its detail.</source>
        <translation>Wie viele der ähnlichsten Momente der Zielstimme für jeden Moment der Sprache gemittelt werden: mehr klingt glatter, weniger behält mehr Details.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="141"/>
        <source>semitones</source>
        <translation>Halbtöne</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="142"/>
        <source>Moves the speech&apos;s pitch before the conversion, keeping its timbre, into the target voice&apos;s range: about +12 from a low voice to a high one, -12 the other way.</source>
        <translation>Verschiebt die Tonhöhe der Sprache vor der Umwandlung bei gleicher Klangfarbe in den Bereich der Zielstimme: etwa +12 von einer tiefen zu einer hohen Stimme, -12 umgekehrt.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="148"/>
        <source>Keep timing</source>
        <translation>Timing beibehalten</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="149"/>
        <source>The result lasts exactly as long as the input, sample for sample, so it stays in sync with the original (under a video, say).</source>
        <translation>Das Ergebnis ist exakt so lang wie die Eingabe, Sample für Sample, und bleibt so synchron zum Original (etwa unter einem Video).</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="153"/>
        <source>Converted speech</source>
        <translation>Umgewandelte Sprache</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="159"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="168"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="183"/>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="169"/>
        <source>Composes background music from a description, 5 s to 5 min, or continues a clip; loops on request.</source>
        <translation>Komponiert Hintergrundmusik nach einer Beschreibung, 5 s bis 5 min, oder setzt einen Clip fort; auf Wunsch als Schleife.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="173"/>
        <source>Audio prompt</source>
        <translation>Audio-Vorlage</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="174"/>
        <source>A clip to continue: the result is the clip followed by the new music.</source>
        <translation>Ein Clip, der fortgesetzt wird: Das Ergebnis ist der Clip, gefolgt von der neuen Musik.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="178"/>
        <source>The music to make: genre, mood, instruments, tempo, e.g. &quot;calm lo-fi beat with soft piano, 80 bpm&quot;.</source>
        <translation>Die gewünschte Musik: Genre, Stimmung, Instrumente, Tempo, z. B. „calm lo-fi beat with soft piano, 80 bpm“.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="190"/>
        <source>Sound effects</source>
        <translation>Soundeffekte</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="191"/>
        <source>Makes sound effects and ambiences from a description, in up to four variations.</source>
        <translation>Erzeugt Soundeffekte und Atmosphären nach einer Beschreibung, in bis zu vier Varianten.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="194"/>
        <source>The sound to make, e.g. &quot;footsteps on gravel, then a door creaks&quot;.</source>
        <translation>Das gewünschte Geräusch, z. B. „footsteps on gravel, then a door creaks“.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="197"/>
        <source>Variation 1</source>
        <translation>Variante 1</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="198"/>
        <source>Variation 2</source>
        <translation>Variante 2</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="199"/>
        <source>Variation 3</source>
        <translation>Variante 3</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="200"/>
        <source>Variation 4</source>
        <translation>Variante 4</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="207"/>
        <source>Status music</source>
        <translation>Status-Musik</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="208"/>
        <source>Short music for a WhatsApp status or an Instagram story, from a vibe or a prompt: faded, at -14 LUFS, with a vertical waveform video.</source>
        <translation>Kurze Musik für einen WhatsApp-Status oder eine Instagram-Story, aus einer Stimmung oder einem Prompt: ein- und ausgeblendet, bei -14 LUFS, mit einem Hochformat-Wellenform-Video.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="213"/>
        <source>Vibe</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="214"/>
        <source>A preset mood with its own instruments, tempo and length. Give a vibe, a prompt, or both.</source>
        <translation>Eine vorgegebene Stimmung mit eigenen Instrumenten, Tempo und Länge. Geben Sie eine Stimmung, einen Prompt oder beides an.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="219"/>
        <source>Your own description of the music, or words added to the vibe&apos;s.</source>
        <translation>Ihre eigene Beschreibung der Musik oder Worte, die zur Beschreibung der Stimmung hinzukommen.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="226"/>
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
        <source>Beam size</source>
        <translation>Strahlbreite</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="72"/>
        <source>1 decodes greedily (fastest); 2 to 5 search several candidate transcripts (slower, sometimes better).</source>
        <translation>1 dekodiert gierig (am schnellsten); 2 bis 5 durchsuchen mehrere mögliche Transkripte (langsamer, manchmal besser).</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="18"/>
        <source>Guidance scale</source>
        <translation>Führungsstärke</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="20"/>
        <source>How closely the sound follows the prompt (classifier-free guidance): higher is more literal and less varied; 1 turns guidance off.</source>
        <translation>Wie genau der Klang dem Prompt folgt (Classifier-free Guidance): höher ist wörtlicher und weniger abwechslungsreich; 1 schaltet die Führung aus.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="27"/>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="88"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="29"/>
        <source>Randomness of each step: lower is safer and more repetitive, higher more adventurous.</source>
        <translation>Zufälligkeit jedes Schritts: niedriger ist sicherer und wiederholender, höher experimentierfreudiger.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="36"/>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="37"/>
        <source>Each step picks among this many most likely codes; 0 allows all.</source>
        <translation>Jeder Schritt wählt unter so vielen wahrscheinlichsten Codes; 0 erlaubt alle.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="43"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="44"/>
        <source>Within the top-k, only the most likely codes that together reach this probability; 0 turns it off.</source>
        <translation>Innerhalb der Top-k nur die wahrscheinlichsten Codes, die zusammen diese Wahrscheinlichkeit erreichen; 0 schaltet es aus.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="52"/>
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
        <location filename="../core/engine/standard_capabilities.cpp" line="82"/>
        <source>Noise removal</source>
        <translation>Rauschentfernung</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="84"/>
        <source>Removes hiss, hum and background noise from a recording.</source>
        <translation>Entfernt Rauschen, Brummen und Hintergrundgeräusche aus einer Aufnahme.</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="85"/>
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
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="135"/>
        <source>VITS</source>
        <translation>VITS</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="136"/>
        <source>Natural neural speech; the MMS voices speak over 1,100 languages, one model per language. Fast on a GPU, usable on a CPU.</source>
        <translation>Natürliche neuronale Sprache; die MMS-Stimmen sprechen über 1.100 Sprachen, ein Modell pro Sprache. Schnell auf einer GPU, brauchbar auf einer CPU.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="32"/>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="34"/>
        <source>How fast the voice speaks: 1 is the model&apos;s own pace, 1.5 half as fast again, 0.75 slower.</source>
        <translation>Wie schnell die Stimme spricht: 1 ist das eigene Tempo des Modells, 1,5 anderthalbmal so schnell, 0,75 langsamer.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="33"/>
        <source>x</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="41"/>
        <source>Expressiveness</source>
        <translation>Ausdrucksstärke</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="43"/>
        <source>Variation of tone (VITS noise scale): 0 is flat and repeatable, 0.667 natural, higher livelier and less stable.</source>
        <translation>Variation des Tonfalls (VITS-Rauschskala): 0 ist flach und wiederholbar, 0,667 natürlich, höher lebhafter und weniger stabil.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="50"/>
        <source>Timing variation</source>
        <translation>Zeitliche Variation</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="52"/>
        <source>Variation of rhythm (VITS duration noise scale): 0 keeps every syllable&apos;s predicted length.</source>
        <translation>Variation des Rhythmus (VITS-Dauer-Rauschskala): 0 behält die vorhergesagte Länge jeder Silbe bei.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="58"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="60"/>
        <source>Speaker number of a multi-speaker model; MMS voices have one speaker, 0.</source>
        <translation>Sprechernummer eines Modells mit mehreren Sprechern; MMS-Stimmen haben einen Sprecher, 0.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="51"/>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="66"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="68"/>
        <source>The same seed, text and settings give the same audio; change it for another take.</source>
        <translation>Gleicher Startwert, Text und Einstellungen ergeben dasselbe Audio; ändern Sie ihn für eine andere Aufnahme.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="31"/>
        <source>Stems</source>
        <translation>Stems</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="33"/>
        <source>all: every stem the model makes (vocals, drums, bass, other; guitar and piano too with a six-source model); vocals-accompaniment: the vocals, and everything else as one accompaniment.</source>
        <translation>all: jeder Stem, den das Modell erzeugt (Gesang, Schlagzeug, Bass, Sonstiges; mit einem Sechs-Quellen-Modell auch Gitarre und Klavier); vocals-accompaniment: der Gesang und alles andere als eine Begleitung.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="41"/>
        <source>Shifts</source>
        <translation>Verschiebungen</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="42"/>
        <source>Runs the model again on the mix shifted by up to half a second and averages: each shift adds one pass and a little quality; 0 is one pass, repeatable.</source>
        <translation>Lässt das Modell erneut über die um bis zu eine halbe Sekunde verschobene Mischung laufen und mittelt: jede Verschiebung kostet einen Durchlauf und bringt etwas Qualität; 0 ist ein Durchlauf, wiederholbar.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="50"/>
        <source>Overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="51"/>
        <source>Share of each segment overlapping the next: more hides the seams better and takes longer.</source>
        <translation>Anteil jedes Abschnitts, der den nächsten überlappt: mehr verbirgt die Nahtstellen besser und dauert länger.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="234"/>
        <source>HTDemucs</source>
        <translation>HTDemucs</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="235"/>
        <source>Hybrid Transformer Demucs v4: the best open music separation into vocals, drums, bass and other (six stems with htdemucs_6s); fast on a GPU, slow on a CPU.</source>
        <translation>Hybrid Transformer Demucs v4: die beste offene Musiktrennung in Gesang, Schlagzeug, Bass und Sonstiges (sechs Stems mit htdemucs_6s); schnell auf einer GPU, langsam auf einer CPU.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="244"/>
        <source>Hybrid Demucs</source>
        <translation>Hybrid Demucs</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="245"/>
        <source>Hybrid Demucs v3 (torchaudio&apos;s hdemucs_high): four stems, lighter than HTDemucs.</source>
        <translation>Hybrid Demucs v3 (hdemucs_high von torchaudio): vier Stems, leichter als HTDemucs.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/knnvc_voice_engine.cpp" line="116"/>
        <source>kNN-VC</source>
        <translation>kNN-VC</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/knnvc_voice_engine.cpp" line="117"/>
        <source>Any-to-any voice conversion: each moment of the speech is rebuilt from the most similar moments of the target voice (WavLM features, HiFi-GAN vocoder). A few minutes of the target sound best.</source>
        <translation>Stimmumwandlung von jeder zu jeder Stimme: jeder Moment der Sprache wird aus den ähnlichsten Momenten der Zielstimme neu aufgebaut (WavLM-Merkmale, HiFi-GAN-Vocoder). Einige Minuten der Zielstimme klingen am besten.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="30"/>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="56"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="31"/>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="57"/>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="38"/>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="44"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="32"/>
        <source>Length of the new music, 5 s to 5 min; past the model&apos;s 30 s window each window continues from the last seconds of the one before.</source>
        <translation>Länge der neuen Musik, 5 s bis 5 min; über das 30-s-Fenster des Modells hinaus setzt jedes Fenster an den letzten Sekunden des vorigen fort.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="39"/>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="72"/>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="40"/>
        <source>Make the end flow into the start, so the music repeats without a seam: the music is generated one bar longer and that bar is crossfaded over the beginning.</source>
        <translation>Lässt das Ende in den Anfang übergehen, sodass die Musik nahtlos wiederholt: Sie wird einen Takt länger erzeugt, und dieser Takt wird über den Anfang überblendet.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="48"/>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="49"/>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="50"/>
        <source>Beats per minute of the music, for a loop: its crossfade lasts one bar of four beats at this tempo.</source>
        <translation>Schläge pro Minute der Musik, für eine Schleife: Ihre Überblendung dauert einen Takt aus vier Schlägen in diesem Tempo.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="58"/>
        <source>Length of each sound, 0.5 to 30 s.</source>
        <translation>Länge jedes Geräuschs, 0,5 bis 30 s.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="63"/>
        <source>Variations</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="65"/>
        <source>How many different takes of the sound to make, generated together in one batch; each is its own output (variation_1, variation_2, …).</source>
        <translation>Wie viele verschiedene Fassungen des Geräuschs erzeugt werden, gemeinsam in einem Durchgang; jede ist eine eigene Ausgabe (variation_1, variation_2, …).</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="73"/>
        <source>Make the end flow into the start, for ambiences that repeat without a seam.</source>
        <translation>Lässt das Ende in den Anfang übergehen, für Atmosphären, die sich nahtlos wiederholen.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="109"/>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="78"/>
        <source>MusicGen</source>
        <translation>MusicGen</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="110"/>
        <source>Meta&apos;s MusicGen (small, medium, large, stereo): music from a text description, continued window by window past 30 s; fast on a GPU, slow on a CPU.</source>
        <translation>MusicGen von Meta (small, medium, large, Stereo): Musik nach einer Textbeschreibung, über 30 s hinaus Fenster für Fenster fortgesetzt; schnell auf einer GPU, langsam auf einer CPU.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="195"/>
        <source>AudioGen</source>
        <translation>AudioGen</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="196"/>
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
        <location filename="../core/engine/standard_capabilities.cpp" line="231"/>
        <source>Waveform video</source>
        <translation>Wellenform-Video</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="51"/>
        <source>Also make a vertical 1080×1920 MP4 with the music&apos;s waveform moving over a plain background, ready to post as a status or story.</source>
        <translation>Erstellt zusätzlich ein MP4 im Hochformat 1080×1920, in dem sich die Wellenform der Musik über einem schlichten Hintergrund bewegt – bereit für einen Status oder eine Story.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="79"/>
        <source>MusicGen with vibe presets and a finishing chain: fades, -14 LUFS loudness, a waveform video.</source>
        <translation>MusicGen mit Stimmungsvorlagen und Endbearbeitung: Blenden, -14 LUFS Lautheit, ein Wellenform-Video.</translation>
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
        <location filename="../app/studio/admin_window.cpp" line="65"/>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="77"/>
        <source>Ledger</source>
        <translation>Kontobuch</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="78"/>
        <location filename="../app/studio/admin_window.cpp" line="84"/>
        <location filename="../app/studio/admin_window.cpp" line="140"/>
        <location filename="../app/studio/admin_window.cpp" line="159"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="79"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="80"/>
        <location filename="../app/studio/admin_window.cpp" line="137"/>
        <location filename="../app/studio/admin_window.cpp" line="146"/>
        <location filename="../app/studio/admin_window.cpp" line="158"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="81"/>
        <location filename="../app/studio/admin_window.cpp" line="156"/>
        <source>Capability</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="82"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="83"/>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="85"/>
        <location filename="../app/studio/admin_window.cpp" line="142"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="86"/>
        <location filename="../app/studio/admin_window.cpp" line="131"/>
        <location filename="../app/studio/admin_window.cpp" line="143"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="87"/>
        <location filename="../app/studio/admin_window.cpp" line="144"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="88"/>
        <location filename="../app/studio/admin_window.cpp" line="136"/>
        <location filename="../app/studio/admin_window.cpp" line="145"/>
        <location filename="../app/studio/admin_window.cpp" line="150"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="89"/>
        <location filename="../app/studio/admin_window.cpp" line="147"/>
        <location filename="../app/studio/admin_window.cpp" line="153"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="90"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="91"/>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="92"/>
        <location filename="../app/studio/admin_window.cpp" line="134"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="93"/>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="94"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="95"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="96"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="97"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="98"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="99"/>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="119"/>
        <source>Sonara Cloud administration</source>
        <translation>Sonara-Cloud-Verwaltung</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="128"/>
        <location filename="../app/studio/admin_window.cpp" line="141"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="129"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="130"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="132"/>
        <source>Balance (min)</source>
        <translation>Guthaben (min)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="133"/>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="135"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="138"/>
        <source>Renews every (months)</source>
        <translation>Verlängert sich alle (Monate)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="148"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="149"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="151"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="152"/>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="154"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="155"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="157"/>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="160"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="161"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="162"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="163"/>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="165"/>
        <source>By day</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="166"/>
        <source>By plan</source>
        <translation>Nach Tarif</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="167"/>
        <source>By provider</source>
        <translation>Nach Anbieter</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="170"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="171"/>
        <source>Plans</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="173"/>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="175"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="176"/>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="177"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="186"/>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="187"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="188"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="190"/>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="192"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="194"/>
        <location filename="../app/studio/admin_window.cpp" line="298"/>
        <location filename="../app/studio/admin_window.cpp" line="337"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="199"/>
        <source>Search accounts by email</source>
        <translation>Konten nach E-Mail suchen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="204"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="207"/>
        <source>Adjust credits…</source>
        <translation>Guthaben anpassen…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="208"/>
        <source>Ledger and keys…</source>
        <translation>Kontobuch und Schlüssel…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="209"/>
        <source>Suspend</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="215"/>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="247"/>
        <source>New plan…</source>
        <translation>Neuer Tarif…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="248"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="249"/>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="265"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="312"/>
        <source>Signed in to %1 as %2</source>
        <translation>Bei %1 angemeldet als %2</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="319"/>
        <source>Sign in as an administrator</source>
        <translation>Als Administrator anmelden</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="408"/>
        <source>Only %1 min could be taken: the balance cannot go below zero</source>
        <translation>Nur %1 min konnten abgezogen werden: das Guthaben kann nicht unter null fallen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="411"/>
        <source>Credits adjusted; the balance is now %1 min</source>
        <translation>Guthaben angepasst; es beträgt jetzt %1 min</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="442"/>
        <source>The account is suspended and signed out everywhere</source>
        <translation>Das Konto ist gesperrt und überall abgemeldet</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="443"/>
        <source>The account is active again</source>
        <translation>Das Konto ist wieder aktiv</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="466"/>
        <source>Plan %1 saved</source>
        <translation>Tarif %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="494"/>
        <source>Withdraw plan</source>
        <translation>Tarif zurückziehen</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="495"/>
        <source>Take %1 off sale? Past purchases keep it.</source>
        <translation>%1 aus dem Verkauf nehmen? Frühere Käufe behalten ihn.</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="506"/>
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
        <location filename="../app/studio/capability_form.cpp" line="63"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="66"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="103"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="106"/>
        <location filename="../app/studio/capability_form.cpp" line="368"/>
        <source>Run this capability (Ctrl+Return)</source>
        <translation>Diese Funktion ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="144"/>
        <source>Input: open a track first; the current track is used</source>
        <translation>Eingabe: zuerst eine Spur öffnen; die aktuelle Spur wird verwendet</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="145"/>
        <source>Input: the current track, %1</source>
        <translation>Eingabe: die aktuelle Spur, %1</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="183"/>
        <source>Open the model manager</source>
        <translation>Modellverwaltung öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="192"/>
        <source>No engine for this capability can run yet: install one of its models (%1). %2</source>
        <translation>Noch kann keine Engine diese Funktion ausführen: Installieren Sie eines ihrer Modelle (%1). %2</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="193"/>
        <source>none listed in the catalog</source>
        <translation>keines im Katalog</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="199"/>
        <source>The engine %1 needs a model and none is installed. %2</source>
        <translation>Die Engine %1 braucht ein Modell, und keines ist installiert. %2</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="324"/>
        <source>Install a model for this capability first.</source>
        <translation>Installieren Sie zuerst ein Modell für diese Funktion.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="327"/>
        <source>No engine can run this capability.</source>
        <translation>Keine Engine kann diese Funktion ausführen.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="330"/>
        <source>Choose an installed model, or install one from the Models page.</source>
        <translation>Wählen Sie ein installiertes Modell oder installieren Sie eines auf der Seite „Modelle“.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="339"/>
        <source>%1 is out of range.</source>
        <translation>%1 liegt außerhalb des erlaubten Bereichs.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="343"/>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="350"/>
        <source>Enter the text first.</source>
        <translation>Geben Sie zuerst den Text ein.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="351"/>
        <source>Give %1 first.</source>
        <translation>Geben Sie zuerst %1 an.</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="355"/>
        <location filename="../app/studio/capability_form.cpp" line="396"/>
        <source>Open a track first: it is this capability&apos;s input.</source>
        <translation>Öffnen Sie zuerst eine Spur: Sie ist die Eingabe dieser Funktion.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::CreditAdjustmentDialog</name>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="30"/>
        <source>Adjust credits of %1</source>
        <translation>Guthaben von %1 anpassen</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="34"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="35"/>
        <source>Positive adds minutes, negative takes them away</source>
        <translation>Positiv fügt Minuten hinzu, negativ zieht sie ab</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="37"/>
        <source>Why, for the ledger and the audit log</source>
        <translation>Warum, für das Kontobuch und das Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="39"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="42"/>
        <source>Current balance</source>
        <translation>Aktuelles Guthaben</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="42"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="43"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="44"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="69"/>
        <source>Enter the minutes to add or take away.</source>
        <translation>Geben Sie die Minuten ein, die hinzugefügt oder abgezogen werden.</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="71"/>
        <source>Enter the reason: it is kept with the entry.</source>
        <translation>Geben Sie den Grund ein: er wird mit dem Eintrag gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="73"/>
        <source>The balance becomes %1 min.</source>
        <translation>Das Guthaben beträgt dann %1 min</translation>
    </message>
</context>
<context>
    <name>sonara::studio::EditActions</name>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="27"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="30"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="37"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="39"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="42"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="45"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="48"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="51"/>
        <source>&amp;Silence</source>
        <translation>&amp;Stille</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="53"/>
        <source>Fade &amp;in</source>
        <translation>E&amp;inblenden</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="56"/>
        <source>Fade &amp;out</source>
        <translation>A&amp;usblenden</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="59"/>
        <source>&amp;Gain…</source>
        <translation>&amp;Verstärkung…</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="61"/>
        <source>&amp;Normalize…</source>
        <translation>&amp;Normalisieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="123"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="166"/>
        <source>Gain</source>
        <translation>Verstärkung</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="167"/>
        <source>Gain in dB (the selection, or the whole track):</source>
        <translation>Verstärkung in dB (Auswahl oder ganze Spur):</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="182"/>
        <location filename="../app/studio/edit_actions.cpp" line="192"/>
        <source>Normalize</source>
        <translation>Normalisieren</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="183"/>
        <source>Target loudness in LUFS (the selection, or the whole track):</source>
        <translation>Ziel-Lautheit in LUFS (Auswahl oder ganze Spur):</translation>
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
    <name>sonara::studio::InputEditor</name>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="44"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="49"/>
        <source>Add a voice to the voice library first</source>
        <translation>Zuerst eine Stimme zur Stimmenbibliothek hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="64"/>
        <source>A JSON file</source>
        <translation>Eine JSON-Datei</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="65"/>
        <source>Files, separated by ;</source>
        <translation>Dateien, getrennt durch ;</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="65"/>
        <source>A file</source>
        <translation>Eine Datei</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="66"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="78"/>
        <source>JSON documents (*.json)</source>
        <translation>JSON-Dokumente (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="81"/>
        <source>Video (*.mp4 *.mov *.mkv *.webm *.avi)</source>
        <translation>Video (*.mp4 *.mov *.mkv *.webm *.avi)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="84"/>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac)</source>
        <translation>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="125"/>
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
        <location filename="../app/studio/jobs_dock.cpp" line="16"/>
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
        <location filename="../app/studio/main_window.cpp" line="101"/>
        <location filename="../app/studio/main_window.cpp" line="525"/>
        <source>Sonara Studio</source>
        <translation>Sonara Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="141"/>
        <source>Job %1 queued</source>
        <translation>Auftrag %1 eingereiht</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="151"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="182"/>
        <location filename="../app/studio/main_window.cpp" line="671"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="214"/>
        <source>Output level (peak, 60 dB range)</source>
        <translation>Ausgangspegel (Spitze, 60 dB Bereich)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="270"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="273"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="276"/>
        <source>&amp;Close track</source>
        <translation>Spur &amp;schließen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="282"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="298"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="305"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="310"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="313"/>
        <source>&amp;Fit to window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="317"/>
        <source>&amp;Spectrogram</source>
        <translation>&amp;Spektrogramm</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="321"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="323"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="327"/>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Wiedergabe/Pause</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="330"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="334"/>
        <source>&amp;Loop selection</source>
        <translation>Auswahl in &amp;Schleife</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="344"/>
        <source>Recording %1</source>
        <translation>Aufnahme %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="355"/>
        <source>&amp;A/B: result or original</source>
        <translation>&amp;A/B: Ergebnis oder Original</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="361"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="363"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="372"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="381"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="389"/>
        <source>&amp;Transport</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="394"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="446"/>
        <location filename="../app/studio/main_window.cpp" line="475"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="447"/>
        <location filename="../app/studio/main_window.cpp" line="476"/>
        <source>Could not open %1: %2. Sonara opens audio files and the sound of video files that FFmpeg can read.</source>
        <translation>%1 konnte nicht geöffnet werden: %2. Sonara öffnet Audiodateien und den Ton von Videodateien, die FFmpeg lesen kann.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="459"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="525"/>
        <source>%1 – Sonara Studio</source>
        <translation>%1 – Sonara Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="538"/>
        <source>No track</source>
        <translation>Keine Spur</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/main_window.cpp" line="543"/>
        <source>Duration %1 · %2 Hz · %n channel(s)</source>
        <translation>
            <numerusform>Dauer %1 · %2 Hz · %n Kanal</numerusform>
            <numerusform>Dauer %1 · %2 Hz · %n Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="548"/>
        <source>Selection %1 – %2 (%3)</source>
        <translation>Auswahl %1 – %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="555"/>
        <source>Position %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="561"/>
        <source>Hearing B: %1 (press B for the track)</source>
        <translation>Zu hören: B, %1 (B drücken für die Spur)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="562"/>
        <source>Hearing A: the track (press B for %1)</source>
        <translation>Zu hören: A, die Spur (B drücken für %1)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="579"/>
        <source>Credits: %1 min</source>
        <translation>Guthaben: %1 min</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="581"/>
        <source>Exports cost their duration, billed per second. Editing and processing are free.</source>
        <translation>Exporte kosten ihre Dauer, sekundengenau abgerechnet. Bearbeiten und Verarbeiten sind kostenlos.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="585"/>
        <source>Charged to your Sonara account; while offline, to its offline lease.</source>
        <translation>Wird Ihrem Sonara-Konto berechnet; ohne Verbindung seiner Offline-Reserve.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="588"/>
        <source>Charged to this computer&apos;s credits; sign in to use your account&apos;s minutes.</source>
        <translation>Wird dem Guthaben dieses Computers berechnet; melden Sie sich an, um die Minuten Ihres Kontos zu nutzen.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="605"/>
        <source>Play</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="649"/>
        <location filename="../app/studio/main_window.cpp" line="652"/>
        <source>Apply result</source>
        <translation>Ergebnis anwenden</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="662"/>
        <source>Press B to switch between the track and %1</source>
        <translation>B drücken, um zwischen der Spur und %1 umzuschalten</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="665"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="671"/>
        <source>Could not read the transcript %1.</source>
        <translation>Das Transkript %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="686"/>
        <source>Open audio or video</source>
        <translation>Audio oder Video öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="705"/>
        <source>-edited</source>
        <translation>-bearbeitet</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="710"/>
        <source>Exported %1 (%2 min of credit)</source>
        <translation>%1 exportiert (%2 min Guthaben)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="720"/>
        <source>API 127.0.0.1:%1</source>
        <translation>API 127.0.0.1:%1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="721"/>
        <source>The local API for scripts; its token is in %1</source>
        <translation>Die lokale API für Skripte; ihr Token liegt in %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="726"/>
        <source>API off</source>
        <translation>API aus</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="727"/>
        <source>The local API did not start: %1. Choose another port in the settings.</source>
        <translation>Die lokale API ist nicht gestartet: %1. Wählen Sie in den Einstellungen einen anderen Port.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::ModelManagerPage</name>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="33"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="35"/>
        <source>Models run on this computer. Classic engines (eSpeak NG, PocketSphinx, FFmpeg) need none; the others need their model installed here first.</source>
        <translation>Modelle laufen auf diesem Computer. Klassische Engines (eSpeak NG, PocketSphinx, FFmpeg) brauchen keines; die anderen brauchen zuerst ihr hier installiertes Modell.</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="41"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="41"/>
        <source>Capability</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="41"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="42"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="42"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="42"/>
        <source>VRAM estimate</source>
        <translation>Geschätzter VRAM</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="43"/>
        <source>Installed</source>
        <translation>Installiert</translation>
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
        <location filename="../app/studio/model_manager_page.cpp" line="161"/>
        <location filename="../app/studio/model_manager_page.cpp" line="168"/>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="161"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="218"/>
        <source>%1 is still downloading: wait for it or cancel it first.</source>
        <translation>%1 wird noch heruntergeladen: warten Sie oder brechen Sie den Download zuerst ab.</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="230"/>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="244"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="253"/>
        <source>the download of %1 was %2</source>
        <translation>Download von %1: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="254"/>
        <location filename="../app/studio/model_manager_page.cpp" line="271"/>
        <source>%1 is installed.</source>
        <translation>%1 ist installiert.</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="284"/>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>sonara::studio::PagedTable</name>
    <message>
        <location filename="../app/studio/paged_table.cpp" line="34"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../app/studio/paged_table.cpp" line="35"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../app/studio/paged_table.cpp" line="38"/>
        <source>Filter these rows</source>
        <translation>Diese Zeilen filtern</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/paged_table.cpp" line="132"/>
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
        <location filename="../app/studio/plan_dialog.cpp" line="25"/>
        <source>New plan</source>
        <translation>Neuer Tarif</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="25"/>
        <source>Edit plan %1</source>
        <translation>Tarif %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="30"/>
        <source>minutes-120</source>
        <translation>minutes-120</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="39"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="42"/>
        <source>one-off purchase</source>
        <translation>einmaliger Kauf</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="43"/>
        <source> month(s)</source>
        <translation> Monat(e)</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="48"/>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="49"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="50"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="51"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="52"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="53"/>
        <source>Renews every</source>
        <translation>Verlängert sich alle</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="76"/>
        <source>The id is lowercase letters, digits and dashes, such as minutes-120.</source>
        <translation>Die Kennung besteht aus Kleinbuchstaben, Ziffern und Bindestrichen, etwa minutes-120.</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="78"/>
        <source>Enter the plan&apos;s name as buyers see it.</source>
        <translation>Geben Sie den Namen des Tarifs ein, wie Käufer ihn sehen.</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="80"/>
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
        <location filename="../app/studio/recording_controller.cpp" line="18"/>
        <source>&amp;Record from microphone</source>
        <translation>Vom Mikrofon &amp;aufnehmen</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="36"/>
        <location filename="../app/studio/recording_controller.cpp" line="71"/>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="40"/>
        <source>Recording: press Ctrl+R again to stop</source>
        <translation>Aufnahme läuft: zum Beenden erneut Strg+R drücken</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="50"/>
        <source>Recording %1</source>
        <translation>Aufnahme %1</translation>
    </message>
</context>
<context>
    <name>sonara::studio::SettingsDialog</name>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="50"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="56"/>
        <source>Automatic (a CUDA GPU when present)</source>
        <translation>Automatisch (eine CUDA-GPU, falls vorhanden)</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="42"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="41"/>
        <source>CUDA GPU %1</source>
        <translation>CUDA-GPU %1</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="62"/>
        <source>Compute device</source>
        <translation>Rechengerät</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="65"/>
        <source>Automatic (fp16 on GPU, fp32 on CPU)</source>
        <translation>Automatisch (fp16 auf GPU, fp32 auf CPU)</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="71"/>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="78"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="83"/>
        <source>How much memory loaded models may keep between jobs; the least recently used model is unloaded first when more is needed</source>
        <translation>Wie viel Speicher geladene Modelle zwischen Aufträgen belegen dürfen; wird mehr gebraucht, wird zuerst das am längsten ungenutzte Modell entladen</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="85"/>
        <source>Model cache</source>
        <translation>Modell-Zwischenspeicher</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="90"/>
        <source>Takes effect the next time the studio starts</source>
        <translation>Wirkt beim nächsten Start des Studios</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="91"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="94"/>
        <location filename="../app/studio/settings_dialog.cpp" line="97"/>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="107"/>
        <source>Port of the local API on 127.0.0.1; 0 picks a free one. Takes effect the next time the studio starts</source>
        <translation>Port der lokalen API auf 127.0.0.1; 0 wählt einen freien. Wirkt beim nächsten Start des Studios</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="109"/>
        <source>Local API port</source>
        <translation>Port der lokalen API</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="115"/>
        <source>Scripts send it as a bearer token; it is kept in %1</source>
        <translation>Skripte senden es als Bearer-Token; es liegt in %1</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="117"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="119"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="120"/>
        <source>Rotate</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="121"/>
        <source>Replace the token: scripts using the old one are refused</source>
        <translation>Token ersetzen: Skripte mit dem alten werden abgewiesen</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="126"/>
        <source>Local API token</source>
        <translation>Token der lokalen API</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="137"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="143"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="147"/>
        <source>The Sonara account service the studio signs in to</source>
        <translation>Der Sonara-Kontodienst, bei dem sich das Studio anmeldet</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="148"/>
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
        <location filename="../app/studio/sign_in_dialog.cpp" line="26"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="29"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="30"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="31"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="53"/>
        <source>Enter the service address, such as https://sonara.studio.</source>
        <translation>Geben Sie die Adresse des Dienstes ein, etwa https://sonara.studio.</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="57"/>
        <source>Enter the email and the password of the account.</source>
        <translation>Geben Sie E-Mail und Passwort des Kontos ein.</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="60"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
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
    <name>sonara::studio::WaveformView</name>
    <message>
        <location filename="../app/studio/waveform_view.cpp" line="323"/>
        <source>Open or drop an audio or video file to start (Ctrl+O)</source>
        <translation>Zum Beginnen eine Audio- oder Videodatei öffnen oder hierher ziehen (Strg+O)</translation>
    </message>
</context>
</TS>
