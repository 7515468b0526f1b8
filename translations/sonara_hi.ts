<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>AdminFormat</name>
    <message>
        <location filename="../app/studio/admin_format.cpp" line="51"/>
        <source>one-off purchase</source>
        <translation>एक बार की ख़रीद</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/admin_format.cpp" line="53"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>हर %n महीने</numerusform>
            <numerusform>हर %n महीने</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloudSession</name>
    <message>
        <location filename="../app/studio/cloud_session.cpp" line="18"/>
        <source>Cannot reach the account service at %1. Check the internet connection and the service address in Settings. (%2)</source>
        <translation>%1 पर अकाउंट सेवा तक नहीं पहुँचा जा सका। इंटरनेट कनेक्शन और सेटिंग्स में सेवा का पता जाँचें। (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/cloud_session.cpp" line="24"/>
        <source>The email or password is wrong, or the session has ended: sign in again.</source>
        <translation>ईमेल या पासवर्ड ग़लत है, या सत्र समाप्त हो गया है: फिर से साइन इन करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/cloud_session.cpp" line="29"/>
        <source>Refused: %1</source>
        <translation>अस्वीकृत: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/cloud_session.cpp" line="31"/>
        <source>Too many attempts: %1</source>
        <translation>बहुत अधिक प्रयास: %1</translation>
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
        <translation>स्टूडियो शुरू नहीं हो सका: %1</translation>
    </message>
</context>
<context>
    <name>VoiceShareSample</name>
    <message>
        <location filename="../app/studio/voice_share.cpp" line="19"/>
        <source>%1 has no sound to share: record the voice again, then share it.</source>
        <translation>%1 में साझा करने के लिए कोई ध्वनि नहीं है: आवाज़ फिर से रिकॉर्ड करें, फिर उसे साझा करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_share.cpp" line="39"/>
        <source>A sample of %1 small enough to share could not be made.</source>
        <translation>%1 का साझा करने लायक छोटा नमूना नहीं बनाया जा सका।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_share.cpp" line="49"/>
        <source>The sample could not be stored for playing: check the free space in the temporary folder.</source>
        <translation>नमूना चलाने के लिए सहेजा नहीं जा सका: अस्थायी फ़ोल्डर में खाली जगह जाँचें।</translation>
    </message>
</context>
<context>
    <name>capability</name>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="37"/>
        <source>Text to speech</source>
        <translation>टेक्स्ट से आवाज़</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="38"/>
        <source>Speaks a text in a chosen voice.</source>
        <translation>किसी चुनी हुई आवाज़ में टेक्स्ट बोलता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="40"/>
        <source>Library voice</source>
        <translation>लाइब्रेरी की आवाज़</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="41"/>
        <source>A voice of your library to speak in: the engine&apos;s speech is converted to it (needs a voice conversion model, kNN-VC). Empty: the engine&apos;s own voice.</source>
        <translation>आपकी लाइब्रेरी की वह आवाज़ जिसमें बोलना है: इंजन की वाणी उसमें बदली जाती है (आवाज़ बदलने का मॉडल, kNN-VC, चाहिए)। खाली: इंजन की अपनी आवाज़।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="47"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="311"/>
        <source>Text</source>
        <translation>टेक्स्ट</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="48"/>
        <source>The text to speak.</source>
        <translation>बोला जाने वाला टेक्स्ट।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="235"/>
        <source>eSpeak NG</source>
        <translation>eSpeak NG</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="236"/>
        <source>Compact formant speech in over 100 languages; clear but robotic, instant on any CPU.</source>
        <translation>100 से ज़्यादा भाषाओं में कॉम्पैक्ट फ़ॉर्मैंट स्पीच; साफ़ पर रोबोट जैसी, किसी भी CPU पर तुरंत।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="103"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="131"/>
        <source>Voice</source>
        <translation>आवाज़</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="104"/>
        <source>Language and accent of the eSpeak NG voice.</source>
        <translation>eSpeak NG आवाज़ की भाषा और लहजा।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="109"/>
        <source>Variant</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="111"/>
        <source>Voice character: m1-m7 male, f1-f5 female, klatt, whisper, croak and others; none keeps the language&apos;s own voice.</source>
        <translation>आवाज़ का स्वभाव: m1-m7 पुरुष, f1-f5 महिला, klatt, whisper, croak और अन्य; none भाषा की अपनी आवाज़ रखता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="29"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="117"/>
        <source>Speed</source>
        <translation>गति</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="119"/>
        <source>Speaking speed.</source>
        <translation>बोलने की गति।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="118"/>
        <source>words per minute</source>
        <translation>शब्द प्रति मिनट</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="124"/>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="60"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="153"/>
        <source>Pitch</source>
        <translation>पिच</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="125"/>
        <source>Base pitch: 0 is lowest, 50 normal, 99 highest.</source>
        <translation>मूल पिच: 0 सबसे नीची, 50 सामान्य, 99 सबसे ऊँची।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="130"/>
        <source>Volume</source>
        <translation>वॉल्यूम</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="132"/>
        <source>Loudness: 100 is normal; above 100 may distort.</source>
        <translation>वॉल्यूम: 100 सामान्य है; 100 से ऊपर आवाज़ बिगड़ सकती है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="131"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="57"/>
        <source>Speech to text</source>
        <translation>आवाज़ से टेक्स्ट</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="59"/>
        <source>Transcribes speech with word timings; exports subtitles.</source>
        <translation>हर शब्द के समय के साथ आवाज़ को लिखता है; सबटाइटल एक्सपोर्ट करता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="27"/>
        <source>Audio</source>
        <translation>ऑडियो</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="60"/>
        <source>The recording to transcribe.</source>
        <translation>लिखी जाने वाली रिकॉर्डिंग।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/pocketsphinx_stt_engine.cpp" line="247"/>
        <source>PocketSphinx</source>
        <translation>PocketSphinx</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/pocketsphinx_stt_engine.cpp" line="248"/>
        <source>Lightweight US English recognition with word timings; runs on any CPU, no download.</source>
        <translation>शब्द-समय के साथ हल्की US अंग्रेज़ी पहचान; किसी भी CPU पर चलती है, कोई डाउनलोड नहीं।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="310"/>
        <source>Whisper</source>
        <translation>Whisper</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="312"/>
        <source>OpenAI Whisper: accurate transcription of about 100 languages and translation to English; needs a downloaded model.</source>
        <translation>OpenAI Whisper: लगभग 100 भाषाओं का सटीक ट्रांसक्रिप्शन और अंग्रेज़ी में अनुवाद; डाउनलोड किया हुआ मॉडल चाहिए।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/wav2vec2_stt_engine.cpp" line="198"/>
        <source>Wav2Vec2</source>
        <translation>Wav2Vec2</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/wav2vec2_stt_engine.cpp" line="199"/>
        <source>Meta wav2vec 2.0 CTC recognition: fast, with word timings, in the one language its model was trained on (English for the catalog&apos;s models); needs a downloaded model.</source>
        <translation>Meta wav2vec 2.0 CTC पहचान: तेज़, शब्द-समय के साथ, उसी एक भाषा में जिस पर उसका मॉडल प्रशिक्षित हुआ (कैटलॉग के मॉडलों के लिए अंग्रेज़ी); डाउनलोड किया हुआ मॉडल चाहिए।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="47"/>
        <source>Remove fillers</source>
        <translation>भराव शब्द हटाएँ</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="48"/>
        <source>Cut filler words such as um, uh and &quot;you know&quot;, from the language&apos;s list and your own.</source>
        <translation>&quot;अं&quot;, &quot;उम&quot; और &quot;मतलब&quot; जैसे भराव शब्द काटता है, भाषा की सूची से और आपकी अपनी सूची से।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="55"/>
        <source>Profanity</source>
        <translation>अपशब्द</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="57"/>
        <source>Bleep or mute the words of the language&apos;s profanity list and your own.</source>
        <translation>भाषा की अपशब्द सूची और आपकी अपनी सूची के शब्दों पर बीप लगाता है या उन्हें म्यूट करता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="64"/>
        <source>Words</source>
        <translation>शब्द</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="65"/>
        <source>Words or phrases to edit, separated by commas.</source>
        <translation>संपादित करने के शब्द या वाक्यांश, अल्पविराम से अलग।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="70"/>
        <source>Word pattern</source>
        <translation>शब्द पैटर्न</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="71"/>
        <source>A regular expression; every word it matches in full is edited, e.g. \d+ for numbers.</source>
        <translation>एक रेगुलर एक्सप्रेशन; जिस शब्द से यह पूरा मेल खाता है वह संपादित होता है, जैसे संख्याओं के लिए \d+।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="78"/>
        <source>Edit the words by</source>
        <translation>शब्दों को ऐसे संपादित करें</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="80"/>
        <source>What happens to the words and pattern matches: cut, mute or bleep.</source>
        <translation>शब्दों और पैटर्न से मेल खाने वालों का क्या हो: काटें, म्यूट करें या बीप करें।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="87"/>
        <source>Longest silence</source>
        <translation>सबसे लंबी चुप्पी</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="89"/>
        <source>Pauses longer than this are shortened to the target silence; 0 leaves them.</source>
        <translation>इससे लंबे विराम लक्ष्य चुप्पी तक छोटे किए जाते हैं; 0 उन्हें वैसा ही छोड़ता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="96"/>
        <source>Target silence</source>
        <translation>लक्ष्य चुप्पी</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="98"/>
        <source>How long a shortened pause lasts.</source>
        <translation>छोटा किया गया विराम कितना लंबा हो।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="103"/>
        <source>Remove bloopers</source>
        <translation>गलत टेक हटाएँ</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="104"/>
        <source>When a phrase is started again within a few seconds, keep the last take and cut the earlier ones.</source>
        <translation>जब कोई वाक्यांश कुछ सेकंड में दोबारा शुरू हो, तो आख़िरी टेक रखें और पहले वाले काटें।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="111"/>
        <source>Mute with</source>
        <translation>म्यूट करें इससे</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="113"/>
        <source>Fill muted spans with the recording&apos;s room tone (its quietest stretch, looped) or with silence.</source>
        <translation>म्यूट किए हिस्सों को रिकॉर्डिंग की रूम टोन (उसका सबसे शांत हिस्सा, लूप में) या चुप्पी से भरें।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="120"/>
        <source>Bleep pitch</source>
        <translation>बीप की पिच</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="122"/>
        <source>The bleep tone&apos;s frequency.</source>
        <translation>बीप टोन की आवृत्ति।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="127"/>
        <source>Bleep level</source>
        <translation>बीप का स्तर</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="128"/>
        <source>dBFS</source>
        <translation>dBFS</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="129"/>
        <source>The bleep tone&apos;s peak level.</source>
        <translation>बीप टोन का शिखर स्तर।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="134"/>
        <source>Crossfade</source>
        <translation>क्रॉसफ़ेड</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="135"/>
        <source>ms</source>
        <translation>मि.से.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="136"/>
        <source>Length of the fade at each cut and around each muted or bleeped span.</source>
        <translation>हर कट पर और हर म्यूट या बीप किए हिस्से के आसपास फ़ेड की लंबाई।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="143"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="63"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="144"/>
        <source>Spoken language (en, de, es, hi, ...) or auto: picks the filler and profanity lists and is passed on to speech to text.</source>
        <translation>बोली गई भाषा (en, de, es, hi, …) या auto: भराव और अपशब्द सूचियाँ चुनती है और वाक् से पाठ को दी जाती है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="318"/>
        <source>Sonara voice editor</source>
        <translation>Sonara आवाज़ संपादक</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="319"/>
        <source>Cuts, mutes and bleeps by word times, with room tone and crossfades.</source>
        <translation>शब्दों के समय के अनुसार काटता, म्यूट करता और बीप करता है, रूम टोन और क्रॉसफ़ेड के साथ।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="66"/>
        <source>Spoken language as a code such as en or en-us, or auto. Whisper detects it with auto; a wav2vec2 model knows the one language it was trained on, and records this one.</source>
        <translation>बोली गई भाषा का कोड, जैसे en या en-us, या auto। auto होने पर Whisper उसे पहचान लेता है; wav2vec2 मॉडल उसी एक भाषा को जानता है जिस पर वह प्रशिक्षित हुआ, और यही दर्ज करता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="72"/>
        <source>Word timestamps</source>
        <translation>शब्द टाइमस्टैम्प</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="75"/>
        <source>Time every word, not only every segment.</source>
        <translation>हर शब्द का समय दर्ज करें, केवल हर खंड का नहीं।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="78"/>
        <source>Skip silence (VAD)</source>
        <translation>सन्नाटा छोड़ें (VAD)</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="81"/>
        <source>Find the speech first and transcribe only that, in chunks of up to 30 s cut at silences: faster on recordings with long pauses, and no text invented in silence.</source>
        <translation>पहले बोली ढूँढें और केवल उसी को, सन्नाटों पर कटे 30 s तक के टुकड़ों में, लिखें: लंबे ठहराव वाली रिकॉर्डिंग पर तेज़, और सन्नाटे में कोई गढ़ा हुआ टेक्स्ट नहीं।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="106"/>
        <source>Stem separation</source>
        <translation>स्टेम अलगाव</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="107"/>
        <source>Splits a song into vocals, drums, bass and the rest, or into vocals and accompaniment.</source>
        <translation>गाने को वोकल, ड्रम, बास और बाकी हिस्से में, या वोकल और संगत में बाँटता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="110"/>
        <source>The mix to separate.</source>
        <translation>अलग की जाने वाली मिक्स।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="111"/>
        <source>Vocals</source>
        <translation>वोकल</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="112"/>
        <source>Drums</source>
        <translation>ड्रम</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="113"/>
        <source>Bass</source>
        <translation>बास</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="114"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="115"/>
        <source>Guitar</source>
        <translation>गिटार</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="116"/>
        <source>Piano</source>
        <translation>पियानो</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="117"/>
        <source>Accompaniment</source>
        <translation>संगत</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="126"/>
        <source>Voice changer</source>
        <translation>आवाज़ परिवर्तक</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="127"/>
        <source>Makes speech sound as if another voice spoke it: a voice of your library, or the voice of reference recordings.</source>
        <translation>भाषण को ऐसा बनाता है मानो किसी दूसरी आवाज़ ने बोला हो: आपकी लाइब्रेरी की कोई आवाज़, या संदर्भ रिकॉर्डिंग की आवाज़।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="132"/>
        <source>The voice of your library to speak in. Give this or reference recordings, not both.</source>
        <translation>आपकी लाइब्रेरी की वह आवाज़ जिसमें बोलना है। यह या संदर्भ रिकॉर्डिंग दें, दोनों नहीं।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="137"/>
        <source>Reference recordings</source>
        <translation>संदर्भ रिकॉर्डिंग</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="138"/>
        <source>Recordings of the voice to speak in, instead of a library voice: a few minutes of clean speech sound best.</source>
        <translation>लाइब्रेरी की आवाज़ के बजाय, जिस आवाज़ में बोलना है उसकी रिकॉर्डिंग: कुछ मिनट का साफ़ भाषण सबसे अच्छा लगता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="144"/>
        <source>The speech to convert.</source>
        <translation>बदला जाने वाला भाषण।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="147"/>
        <source>Neighbours (k)</source>
        <translation>पड़ोसी (k)</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="149"/>
        <source>How many of the target voice&apos;s most similar moments are averaged for each moment of the speech: more sounds smoother, fewer keeps more of its detail.</source>
        <translation>भाषण के हर पल के लिए लक्ष्य आवाज़ के कितने सबसे मिलते-जुलते पलों का औसत लिया जाए: अधिक से आवाज़ अधिक सहज लगती है, कम से अधिक बारीकियाँ बनी रहती हैं।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="166"/>
        <source>Background</source>
        <translation>पृष्ठभूमि</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="169"/>
        <source>voice-only: the converted voice alone; keep-background: the speech is first separated from music and noise (needs a stem separation model), converted, and the rest mixed back under it.</source>
        <translation>voice-only: केवल बदली हुई आवाज़; keep-background: बोली को पहले संगीत और शोर से अलग किया जाता है (इसके लिए स्टेम अलगाव मॉडल चाहिए), बदला जाता है, और बाकी हिस्सा फिर से उसके नीचे मिलाया जाता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="229"/>
        <source>Short music for a WhatsApp status or an Instagram story, from a vibe or a prompt: faded, at -14 LUFS, with a vertical video over your picture or a plain background.</source>
        <translation>WhatsApp स्टेटस या Instagram स्टोरी के लिए छोटा संगीत, किसी मूड या विवरण से: फ़ेड के साथ, -14 LUFS पर, आपकी तस्वीर या सादी पृष्ठभूमि पर एक खड़े वीडियो के साथ।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="241"/>
        <source>Picture</source>
        <translation>तस्वीर</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="242"/>
        <source>A picture (PNG, JPEG or WebP) for the video&apos;s background, scaled to fill the vertical frame. Without one the background is plain.</source>
        <translation>वीडियो की पृष्ठभूमि के लिए एक तस्वीर (PNG, JPEG या WebP), खड़े फ़्रेम को भरने के लिए बड़ी की गई। इसके बिना पृष्ठभूमि सादी रहती है।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="270"/>
        <source>Voice editor</source>
        <translation>आवाज़ संपादक</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="271"/>
        <source>Edits speech by its words: cuts fillers, long silences and bloopers, mutes or bleeps words, with room tone.</source>
        <translation>भाषण को उसके शब्दों से संपादित करता है: भराव शब्द, लंबी चुप्पियाँ और गलत टेक काटता है, शब्दों को म्यूट या बीप करता है, रूम टोन के साथ।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="275"/>
        <source>Edit list</source>
        <translation>संपादन सूची</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="276"/>
        <source>A JSON edit list: operations mute, bleep, cut or keep, each over a time range or word indices of the transcript. Optional: the rules below also make edits.</source>
        <translation>एक JSON संपादन सूची: mute, bleep, cut या keep ऑपरेशन, हर एक किसी समय-अंतराल या ट्रांसक्रिप्ट के शब्द-क्रमांकों पर। वैकल्पिक: नीचे के नियम भी संपादन बनाते हैं।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="283"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="317"/>
        <source>Transcript</source>
        <translation>ट्रांसक्रिप्ट</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="284"/>
        <source>The recording&apos;s transcript with word times (JSON from speech to text). Without it the recording is transcribed first.</source>
        <translation>शब्द-समय के साथ रिकॉर्डिंग का ट्रांसक्रिप्ट (वाक् से पाठ का JSON)। इसके बिना पहले रिकॉर्डिंग ट्रांसक्राइब की जाती है।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="290"/>
        <source>The speech to edit.</source>
        <translation>संपादित करने का भाषण।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="294"/>
        <source>Edited audio</source>
        <translation>संपादित ऑडियो</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="296"/>
        <source>Edited transcript</source>
        <translation>संपादित ट्रांसक्रिप्ट</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="299"/>
        <source>Cut list</source>
        <translation>कट सूची</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="307"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="352"/>
        <source>Translation</source>
        <translation>अनुवाद</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="308"/>
        <source>Translates text or a transcript into another language; subtitles keep their times.</source>
        <translation>पाठ या ट्रांसक्रिप्ट का दूसरी भाषा में अनुवाद करता है; उपशीर्षकों का समय वही रहता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="312"/>
        <source>Plain text to translate, one segment per line. Give this or a transcript.</source>
        <translation>अनुवाद के लिए सादा पाठ, हर पंक्ति में एक खंड। यह या कोई ट्रांसक्रिप्ट दें।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="318"/>
        <source>A transcript (JSON from speech to text) whose segments are translated, their times kept.</source>
        <translation>एक ट्रांसक्रिप्ट (वाक् से पाठ का JSON) जिसके खंडों का अनुवाद होता है, उनका समय वही रहता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="359"/>
        <source>Dubbing</source>
        <translation>डबिंग</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="360"/>
        <source>Speaks a recording or video again in another language, in the speaker&apos;s voice, over the original background and in time with the picture.</source>
        <translation>किसी रिकॉर्डिंग या वीडियो को दूसरी भाषा में फिर से बोलता है, वक्ता की आवाज़ में, मूल पृष्ठभूमि के ऊपर और चित्र के साथ समय मिलाकर।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="366"/>
        <source>Dubbed audio</source>
        <translation>डब किया गया ऑडियो</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="369"/>
        <source>Dubbed video</source>
        <translation>डब किया गया वीडियो</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="374"/>
        <source>Subtitles</source>
        <translation>उपशीर्षक</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="379"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="407"/>
        <source>Segment report</source>
        <translation>खंड रिपोर्ट</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="387"/>
        <source>Accent changer</source>
        <translation>लहजा बदलने वाला</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="388"/>
        <source>Says the same words in another accent, in the speaker&apos;s own voice and with the original timing.</source>
        <translation>वही शब्द दूसरे लहजे में, वक्ता की अपनी आवाज़ में और मूल समय के साथ बोलता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="392"/>
        <source>Target accent</source>
        <translation>लक्ष्य लहजा</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="393"/>
        <source>The accent to speak in, of the recording&apos;s language: en-us American, en-gb British, en-gb-scotland Scottish, en-029 Caribbean, en-in Indian English (needs an installed voice for it), es-419 Latin American Spanish, pt-br Brazilian Portuguese, and more.</source>
        <translation>रिकॉर्डिंग की भाषा का वह लहजा जिसमें बोलना है: en-us अमेरिकी, en-gb ब्रिटिश, en-gb-scotland स्कॉटिश, en-029 कैरिबियाई, en-in भारतीय अंग्रेज़ी (इसके लिए एक इंस्टॉल की हुई आवाज़ चाहिए), es-419 लैटिन अमेरिकी स्पेनिश, pt-br ब्राज़ीली पुर्तगाली, और भी।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="400"/>
        <source>The speech whose accent to change: the speaker&apos;s voice is learned from it (at least 3 s of speech).</source>
        <translation>वह वाणी जिसका लहजा बदलना है: वक्ता की आवाज़ इसी से सीखी जाती है (कम से कम 3 s की वाणी)।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="404"/>
        <source>Re-accented speech</source>
        <translation>नए लहजे में वाणी</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="60"/>
        <source>Stop after</source>
        <translation>इसके बाद रुकें</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="62"/>
        <source>translation: return the segments (times, text, translation) for review before anything is synthesised; give them back, edited, as the segments input. none: dub in one go.</source>
        <translation>translation: कुछ भी संश्लेषित करने से पहले समीक्षा के लिए खंड (समय, पाठ, अनुवाद) लौटाता है; उन्हें संपादित करके segments इनपुट के रूप में वापस दें। none: एक बार में डब करें।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="70"/>
        <source>Keep the voice</source>
        <translation>आवाज़ बनाए रखें</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="72"/>
        <source>Convert the synthetic speech to the original speaker&apos;s voice. auto: when a voice conversion model (kNN-VC) is installed, else the report flags each segment; on: required; off: the synthetic voice.</source>
        <translation>संश्लेषित वाणी को मूल वक्ता की आवाज़ में बदलता है। auto: जब कोई आवाज़ रूपांतरण मॉडल (kNN-VC) स्थापित हो, अन्यथा रिपोर्ट हर खंड को चिह्नित करती है; on: आवश्यक; off: संश्लेषित आवाज़।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="512"/>
        <source>Dubbing chain</source>
        <translation>डबिंग शृंखला</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="513"/>
        <source>Separation, speech to text, translation, speech synthesis and voice conversion with the installed models, each segment fitted to its time with Rubber Band.</source>
        <translation>स्थापित मॉडलों के साथ पृथक्करण, वाक्-से-पाठ, अनुवाद, वाक् संश्लेषण और आवाज़ रूपांतरण; हर खंड को Rubber Band से उसके समय में बैठाया जाता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="640"/>
        <source>Audio or video</source>
        <translation>ऑडियो या वीडियो</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="641"/>
        <source>The recording or video to dub. A video (MP4, MOV, MKV, WebM) keeps its picture untouched; only the sound is replaced.</source>
        <translation>डब करने के लिए रिकॉर्डिंग या वीडियो। वीडियो (MP4, MOV, MKV, WebM) का चित्र अछूता रहता है; केवल ध्वनि बदली जाती है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="646"/>
        <source>Segments</source>
        <translation>खंड</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="647"/>
        <source>The segments of an earlier run (its report), edited: their times and translations are dubbed as given, and only the changed ones are synthesised again.</source>
        <translation>किसी पिछले रन के खंड (उसकी रिपोर्ट), संपादित: उनके समय और अनुवाद जैसे दिए गए वैसे ही डब होते हैं, और केवल बदले हुए खंड फिर से संश्लेषित होते हैं।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="658"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="326"/>
        <source>Source language</source>
        <translation>स्रोत भाषा</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="659"/>
        <source>Spoken language as a code such as en, or auto to detect it.</source>
        <translation>बोली गई भाषा en जैसे कोड के रूप में, या पहचानने के लिए auto।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="664"/>
        <source>Language to dub into, as a code such as de, es or hi.</source>
        <translation>जिस भाषा में डब करना है, de, es या hi जैसे कोड के रूप में।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="329"/>
        <source>Language of the text as a code such as en or de, or auto: the transcript&apos;s language, else the chosen model&apos;s source language.</source>
        <translation>पाठ की भाषा, en या de जैसे कोड के रूप में, या auto: ट्रांसक्रिप्ट की भाषा, अन्यथा चुने गए मॉडल की स्रोत भाषा।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/dubbing_engine.cpp" line="663"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="335"/>
        <source>Target language</source>
        <translation>लक्ष्य भाषा</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="338"/>
        <source>Language to translate into, as a code such as de, es or hi, or auto: the chosen model&apos;s target language. The installed model for the pair is used, or two through English.</source>
        <translation>जिस भाषा में अनुवाद करना है, de, es या hi जैसे कोड के रूप में, या auto: चुने गए मॉडल की लक्ष्य भाषा। उस भाषा-जोड़ी का स्थापित मॉडल उपयोग होता है, या अंग्रेज़ी के रास्ते दो मॉडल।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="348"/>
        <source>Translations weighed at once: 1 is fastest (greedy), 4 is the models&apos; own setting.</source>
        <translation>एक साथ तौले जाने वाले अनुवाद: 1 सबसे तेज़ (ग्रीडी) है, 4 मॉडलों की अपनी सेटिंग है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="42"/>
        <source>Vocoder</source>
        <translation>वोकोडर</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="44"/>
        <source>What turns the spectrogram into sound: WaveGlow (NVIDIA, smooth) or HiFi-GAN (faster, crisper). The model folder must hold the one you pick.</source>
        <translation>जो स्पेक्ट्रोग्राम को ध्वनि में बदलता है: WaveGlow (NVIDIA, मुलायम) या HiFi-GAN (तेज़, साफ़)। मॉडल फ़ोल्डर में आपका चुना हुआ वोकोडर होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="52"/>
        <source>Vocoder noise</source>
        <translation>वोकोडर शोर</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="54"/>
        <source>WaveGlow&apos;s sigma: 0.666 is its authors&apos; choice; lower is cleaner but duller, higher adds hiss.</source>
        <translation>WaveGlow का सिग्मा: 0.666 इसके लेखकों का चुनाव है; कम होने पर आवाज़ साफ़ पर फीकी, ज़्यादा होने पर सरसराहट बढ़ती है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="61"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="154"/>
        <source>semitones</source>
        <translation>सेमीटोन</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="62"/>
        <source>Raises or lowers the voice without changing its pace or timbre (Rubber Band).</source>
        <translation>आवाज़ की गति या रंग बदले बिना उसे ऊँचा या नीचा करता है (Rubber Band)।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="347"/>
        <source>Tacotron2</source>
        <translation>Tacotron2</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="348"/>
        <source>The classic neural English voice (LJSpeech): Tacotron2 with a WaveGlow or HiFi-GAN vocoder. Best on a GPU.</source>
        <translation>क्लासिक न्यूरल अंग्रेज़ी आवाज़ (LJSpeech): WaveGlow या HiFi-GAN वोकोडर के साथ Tacotron2। GPU पर सबसे अच्छा।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="155"/>
        <source>Moves the speech&apos;s pitch before the conversion, keeping its timbre, into the target voice&apos;s range: about +12 from a low voice to a high one, -12 the other way.</source>
        <translation>रूपांतरण से पहले भाषण की पिच को, उसका टिम्बर बनाए रखते हुए, लक्ष्य आवाज़ की सीमा में ले जाता है: भारी से ऊँची आवाज़ के लिए लगभग +12, उल्टा -12।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="161"/>
        <source>Keep timing</source>
        <translation>समय बनाए रखें</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="162"/>
        <source>The result lasts exactly as long as the input, sample for sample, so it stays in sync with the original (under a video, say).</source>
        <translation>परिणाम ठीक इनपुट जितना लंबा होता है, सैंपल दर सैंपल, ताकि वह मूल के साथ तालमेल में रहे (जैसे किसी वीडियो के नीचे)।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="174"/>
        <source>Converted speech</source>
        <translation>बदला हुआ भाषण</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="180"/>
        <source>Prompt</source>
        <translation>प्रॉम्प्ट</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="189"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="204"/>
        <source>Music</source>
        <translation>संगीत</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="190"/>
        <source>Composes background music from a description, 5 s to 5 min, or continues a clip; loops on request.</source>
        <translation>विवरण से 5 सेकंड से 5 मिनट तक का बैकग्राउंड संगीत बनाता है, या किसी क्लिप को आगे बढ़ाता है; चाहें तो लूप में।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="194"/>
        <source>Audio prompt</source>
        <translation>ऑडियो प्रॉम्प्ट</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="195"/>
        <source>A clip to continue: the result is the clip followed by the new music.</source>
        <translation>आगे बढ़ाने के लिए एक क्लिप: परिणाम में पहले यह क्लिप और फिर नया संगीत होता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="199"/>
        <source>The music to make: genre, mood, instruments, tempo, e.g. &quot;calm lo-fi beat with soft piano, 80 bpm&quot;.</source>
        <translation>बनाया जाने वाला संगीत: शैली, मूड, वाद्य, टेम्पो, जैसे &quot;calm lo-fi beat with soft piano, 80 bpm&quot;।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="211"/>
        <source>Sound effects</source>
        <translation>साउंड इफ़ेक्ट</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="212"/>
        <source>Makes sound effects and ambiences from a description, in up to four variations.</source>
        <translation>विवरण से साउंड इफ़ेक्ट और परिवेश ध्वनियाँ बनाता है, अधिकतम चार रूपों में।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="215"/>
        <source>The sound to make, e.g. &quot;footsteps on gravel, then a door creaks&quot;.</source>
        <translation>बनाई जाने वाली ध्वनि, जैसे &quot;footsteps on gravel, then a door creaks&quot;।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="218"/>
        <source>Variation 1</source>
        <translation>रूप 1</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="219"/>
        <source>Variation 2</source>
        <translation>रूप 2</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="220"/>
        <source>Variation 3</source>
        <translation>रूप 3</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="221"/>
        <source>Variation 4</source>
        <translation>रूप 4</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="228"/>
        <source>Status music</source>
        <translation>स्टेटस संगीत</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="234"/>
        <source>Vibe</source>
        <translation>वाइब</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="235"/>
        <source>A preset mood with its own instruments, tempo and length. Give a vibe, a prompt, or both.</source>
        <translation>अपने वाद्यों, टेम्पो और लंबाई वाला एक तैयार मूड। कोई वाइब, प्रॉम्प्ट या दोनों दें।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="248"/>
        <source>Your own description of the music, or words added to the vibe&apos;s.</source>
        <translation>संगीत का आपका अपना विवरण, या वाइब के विवरण में जोड़े जाने वाले शब्द।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="256"/>
        <source>Status clip</source>
        <translation>स्टेटस क्लिप</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="48"/>
        <source>Task</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="52"/>
        <source>Transcribe in the spoken language, or translate the speech into English.</source>
        <translation>बोली गई भाषा में लिखें, या बोली का अंग्रेज़ी में अनुवाद करें।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="49"/>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="50"/>
        <source>transcribe</source>
        <translation>लिखें</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="51"/>
        <source>translate</source>
        <translation>अनुवाद करें</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="60"/>
        <source>Initial prompt</source>
        <translation>आरंभिक प्रॉम्प्ट</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="63"/>
        <source>Names, terms or a sample sentence in the wanted style, to steer spelling and punctuation.</source>
        <translation>नाम, शब्द या मनचाही शैली का एक नमूना वाक्य, ताकि वर्तनी और विराम-चिह्न सही दिशा में जाएँ।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="71"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="346"/>
        <source>Beam size</source>
        <translation>बीम आकार</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="72"/>
        <source>1 decodes greedily (fastest); 2 to 5 search several candidate transcripts (slower, sometimes better).</source>
        <translation>1 लालची तरीक़े से डिकोड करता है (सबसे तेज़); 2 से 5 कई संभावित ट्रांसक्रिप्ट खोजते हैं (धीमा, कभी-कभी बेहतर)।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="19"/>
        <source>Guidance scale</source>
        <translation>गाइडेंस स्केल</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="21"/>
        <source>How closely the sound follows the prompt (classifier-free guidance): higher is more literal and less varied; 1 turns guidance off.</source>
        <translation>ध्वनि प्रॉम्प्ट का कितनी बारीकी से पालन करे (classifier-free guidance): अधिक मान अधिक शाब्दिक और कम विविध है; 1 गाइडेंस बंद करता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="28"/>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="88"/>
        <source>Temperature</source>
        <translation>तापमान</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="30"/>
        <source>Randomness of each step: lower is safer and more repetitive, higher more adventurous.</source>
        <translation>हर चरण की यादृच्छिकता: कम मान अधिक सुरक्षित और दोहराव वाला, अधिक मान अधिक प्रयोगधर्मी।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="37"/>
        <source>Top-k</source>
        <translation>टॉप-k</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="38"/>
        <source>Each step picks among this many most likely codes; 0 allows all.</source>
        <translation>हर चरण इतने सबसे संभावित कोड में से चुनता है; 0 सभी की अनुमति देता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="44"/>
        <source>Top-p</source>
        <translation>टॉप-p</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="45"/>
        <source>Within the top-k, only the most likely codes that together reach this probability; 0 turns it off.</source>
        <translation>टॉप-k के भीतर केवल वे सबसे संभावित कोड जो मिलकर इस प्रायिकता तक पहुँचते हैं; 0 इसे बंद करता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="53"/>
        <source>The same seed with the same prompt and settings gives the same audio; -1 picks a new seed each run (written into the file&apos;s title).</source>
        <translation>वही सीड, वही प्रॉम्प्ट और वही सेटिंग्स एक ही ऑडियो देते हैं; -1 हर बार नया सीड चुनता है (जो फ़ाइल के शीर्षक में लिखा जाता है)।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="90"/>
        <source>0 picks the likeliest words. When a 30 s window comes out repetitive or unsure it is decoded again at a temperature 0.2 higher (more varied sampling), up to 1.</source>
        <translation>0 सबसे संभावित शब्द चुनता है। जब कोई 30 s विंडो दोहराव वाली या अनिश्चित निकले तो उसे 0.2 ऊँचे तापमान (ज़्यादा विविध चयन) पर फिर से डिकोड किया जाता है, 1 तक।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="80"/>
        <source>Condition on previous text</source>
        <translation>पिछले टेक्स्ट पर आधारित करें</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="81"/>
        <source>Prompt each 30 s window with the text before it: more consistent wording, but a mistake can repeat.</source>
        <translation>हर 30 s विंडो को उससे पहले का टेक्स्ट प्रॉम्प्ट में दें: शब्दों में ज़्यादा एकरूपता, पर कोई ग़लती दोहराई जा सकती है।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="95"/>
        <source>Noise removal</source>
        <translation>शोर हटाना</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="97"/>
        <source>Removes hiss, hum and background noise from a recording.</source>
        <translation>रिकॉर्डिंग से सरसराहट, भनभनाहट और पृष्ठभूमि का शोर हटाता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="98"/>
        <source>The noisy recording.</source>
        <translation>शोर वाली रिकॉर्डिंग।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="280"/>
        <source>FFmpeg denoiser</source>
        <translation>FFmpeg शोर-निवारक</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="281"/>
        <source>Classic spectral noise reduction for steady hiss and hum; fast on any CPU.</source>
        <translation>स्थिर सरसराहट और भनभनाहट के लिए पारंपरिक स्पेक्ट्रल शोर-कमी; किसी भी CPU पर तेज़।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="52"/>
        <source>Method</source>
        <translation>विधि</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="54"/>
        <source>afftdn: spectral denoiser that follows the noise, good for hiss and hum; anlmdn: non-local means, gentler on voices but slower.</source>
        <translation>afftdn: शोर के साथ चलने वाला स्पेक्ट्रल शोर-निवारक, सरसराहट और भनभनाहट के लिए अच्छा; anlmdn: नॉन-लोकल मीन्स, आवाज़ों पर कोमल पर धीमा।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="62"/>
        <source>Strength</source>
        <translation>तीव्रता</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="63"/>
        <source>How much noise to remove: 0 is light, 1 is strong and may sound watery.</source>
        <translation>कितना शोर हटाना है: 0 हल्का है, 1 तेज़ है और पानी जैसी आवाज़ दे सकता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="70"/>
        <source>High-pass</source>
        <translation>हाई-पास</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="72"/>
        <source>Cuts rumble below this frequency; 0 turns it off.</source>
        <translation>इस आवृत्ति से नीचे की गड़गड़ाहट काटता है; 0 इसे बंद करता है।</translation>
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
        <translation>लाउडनेस नॉर्मलाइज़ करें</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="78"/>
        <source>Bring the result to the target loudness.</source>
        <translation>परिणाम को लक्ष्य लाउडनेस पर लाएँ।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="83"/>
        <source>Target loudness</source>
        <translation>लक्ष्य लाउडनेस</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/ffmpeg_denoise_engine.cpp" line="85"/>
        <source>Integrated loudness when normalizing: -16 for podcasts, -14 for streaming, -23 for broadcast.</source>
        <translation>नॉर्मलाइज़ करते समय इंटीग्रेटेड लाउडनेस: पॉडकास्ट के लिए -16, स्ट्रीमिंग के लिए -14, प्रसारण के लिए -23।</translation>
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
        <translation>स्वाभाविक न्यूरल आवाज़; MMS आवाज़ें 1,100 से अधिक भाषाएँ बोलती हैं, हर भाषा का एक मॉडल। GPU पर तेज़, CPU पर भी उपयोगी।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="34"/>
        <source>Speaking rate</source>
        <translation>बोलने की गति</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="36"/>
        <source>How fast the voice speaks: 1 is the model&apos;s own pace, 1.5 half as fast again, 0.75 slower.</source>
        <translation>आवाज़ कितनी तेज़ बोलती है: 1 मॉडल की अपनी गति है, 1.5 डेढ़ गुना तेज़, 0.75 धीमी।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="35"/>
        <source>x</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="43"/>
        <source>Expressiveness</source>
        <translation>अभिव्यक्ति</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="45"/>
        <source>Variation of tone (VITS noise scale): 0 is flat and repeatable, 0.667 natural, higher livelier and less stable.</source>
        <translation>स्वर में विविधता (VITS नॉइज़ स्केल): 0 सपाट और दोहराने योग्य, 0.667 स्वाभाविक, अधिक होने पर जीवंत पर कम स्थिर।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="52"/>
        <source>Timing variation</source>
        <translation>समय में विविधता</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="54"/>
        <source>Variation of rhythm (VITS duration noise scale): 0 keeps every syllable&apos;s predicted length.</source>
        <translation>लय में विविधता (VITS अवधि नॉइज़ स्केल): 0 हर अक्षर की अनुमानित लंबाई बनाए रखता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="60"/>
        <source>Speaker</source>
        <translation>वक्ता</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="62"/>
        <source>Speaker number of a multi-speaker model; MMS voices have one speaker, 0.</source>
        <translation>कई वक्ताओं वाले मॉडल में वक्ता की संख्या; MMS आवाज़ों में एक ही वक्ता है, 0।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="52"/>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="68"/>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="68"/>
        <source>Seed</source>
        <translation>सीड</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/tacotron2_tts_engine.cpp" line="70"/>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="70"/>
        <source>The same seed, text and settings give the same audio; change it for another take.</source>
        <translation>एक ही सीड, पाठ और सेटिंग्स से एक जैसा ऑडियो बनता है; दूसरा टेक पाने के लिए इसे बदलें।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="24"/>
        <source>Stems</source>
        <translation>स्टेम</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="26"/>
        <source>all: every stem the model makes (vocals, drums, bass, other; guitar and piano too with a six-source model); vocals-accompaniment: the vocals, and everything else as one accompaniment.</source>
        <translation>all: मॉडल के बनाए सभी स्टेम (वोकल, ड्रम, बास, अन्य; छह-स्रोत मॉडल के साथ गिटार और पियानो भी); vocals-accompaniment: वोकल, और बाकी सब एक संगत के रूप में।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_stems.cpp" line="94"/>
        <source>Shifts</source>
        <translation>शिफ्ट</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_stems.cpp" line="95"/>
        <source>Runs the model again on the mix shifted by up to half a second and averages: each shift adds one pass and a little quality; 0 is one pass, repeatable.</source>
        <translation>मिक्स को आधे सेकंड तक खिसकाकर मॉडल को फिर चलाता है और औसत लेता है: हर शिफ्ट एक और पास और थोड़ी बेहतर गुणवत्ता जोड़ता है; 0 एक ही पास है, दोहराने योग्य।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_stems.cpp" line="103"/>
        <source>Overlap</source>
        <translation>ओवरलैप</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_stems.cpp" line="104"/>
        <source>Share of each segment overlapping the next: more hides the seams better and takes longer.</source>
        <translation>हर खंड का वह हिस्सा जो अगले से ओवरलैप करता है: अधिक होने पर जोड़ बेहतर छिपते हैं और समय अधिक लगता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="117"/>
        <source>HTDemucs</source>
        <translation>HTDemucs</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="118"/>
        <source>Hybrid Transformer Demucs v4: the best open music separation into vocals, drums, bass and other (six stems with htdemucs_6s); fast on a GPU, slow on a CPU.</source>
        <translation>Hybrid Transformer Demucs v4: वोकल, ड्रम, बास और अन्य में सबसे अच्छा खुला संगीत अलगाव (htdemucs_6s के साथ छह स्टेम); GPU पर तेज़, CPU पर धीमा।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="126"/>
        <source>Hybrid Demucs</source>
        <translation>Hybrid Demucs</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="127"/>
        <source>Hybrid Demucs v3 (torchaudio&apos;s hdemucs_high): four stems, lighter than HTDemucs.</source>
        <translation>Hybrid Demucs v3 (torchaudio का hdemucs_high): चार स्टेम, HTDemucs से हल्का।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/knnvc_voice_engine.cpp" line="154"/>
        <source>kNN-VC</source>
        <translation>kNN-VC</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/knnvc_voice_engine.cpp" line="155"/>
        <source>Any-to-any voice conversion: each moment of the speech is rebuilt from the most similar moments of the target voice (WavLM features, HiFi-GAN vocoder). A few minutes of the target sound best.</source>
        <translation>किसी भी आवाज़ से किसी भी आवाज़ में रूपांतरण: भाषण का हर पल लक्ष्य आवाज़ के सबसे मिलते-जुलते पलों से फिर से बनाया जाता है (WavLM फ़ीचर, HiFi-GAN वोकोडर)। लक्ष्य आवाज़ के कुछ मिनट सबसे अच्छे लगते हैं।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="43"/>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="70"/>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="44"/>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="71"/>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="38"/>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="44"/>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="88"/>
        <location filename="../core/engine/engines/voice_editor_engine.cpp" line="97"/>
        <source>s</source>
        <translation>से.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="45"/>
        <source>Length of the new music, 5 s to 5 min; past the model&apos;s 30 s window each window continues from the last seconds of the one before.</source>
        <translation>नए संगीत की लंबाई, 5 सेकंड से 5 मिनट; मॉडल की 30 सेकंड की विंडो से आगे हर विंडो पिछली विंडो के आख़िरी सेकंडों से आगे बढ़ती है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="52"/>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="86"/>
        <source>Loop</source>
        <translation>लूप</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="61"/>
        <source>Tempo</source>
        <translation>टेम्पो</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="62"/>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="53"/>
        <source>Make the end flow into the start, so the music repeats without a seam: the loop lasts the whole number of bars nearest the duration, and the bar after its end is crossfaded over its beginning.</source>
        <translation>अंत को शुरुआत में मिलाएँ, ताकि संगीत बिना जोड़ के दोहराए: लूप अवधि के सबसे नज़दीक पूरे बार जितना लंबा होता है, और उसके अंत के बाद वाला बार उसकी शुरुआत पर क्रॉसफ़ेड किया जाता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="63"/>
        <source>Beats per minute of the music, for a loop&apos;s bars of four beats; 0 measures the tempo of the generated music (2 s bars when it has no steady beat).</source>
        <translation>संगीत की प्रति मिनट बीट, लूप के चार बीट वाले बार के लिए; 0 बनाए गए संगीत का टेम्पो मापता है (स्थिर बीट न होने पर 2 s के बार)।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="72"/>
        <source>Length of each sound, 0.5 to 30 s.</source>
        <translation>हर ध्वनि की लंबाई, 0.5 से 30 सेकंड।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="77"/>
        <source>Variations</source>
        <translation>रूप</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="79"/>
        <source>How many different takes of the sound to make, generated together in one batch; each is its own output (variation_1, variation_2, …).</source>
        <translation>ध्वनि के कितने अलग रूप बनाने हैं, एक ही बैच में साथ बनाए जाते हैं; हर एक अपना अलग आउटपुट है (variation_1, variation_2, …)।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="87"/>
        <source>Make the end flow into the start, for ambiences that repeat without a seam.</source>
        <translation>अंत को शुरुआत में बहने देता है, ऐसी परिवेश ध्वनियों के लिए जो बिना जोड़ के दोहराएँ।</translation>
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
        <translation>Meta का MusicGen (small, medium, large, स्टीरियो): पाठ विवरण से संगीत, 30 सेकंड के बाद विंडो-दर-विंडो आगे बढ़ाया गया; GPU पर तेज़, CPU पर धीमा।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="236"/>
        <source>AudioGen</source>
        <translation>AudioGen</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="237"/>
        <source>Meta&apos;s AudioGen: sound effects and ambiences from a text description, several variations in one batch; also runs MusicGen checkpoints.</source>
        <translation>Meta का AudioGen: पाठ विवरण से साउंड इफ़ेक्ट और परिवेश ध्वनियाँ, एक बैच में कई रूप; MusicGen चेकपॉइंट भी चलाता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="29"/>
        <source>Length</source>
        <translation>लंबाई</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="31"/>
        <source>15, 30 or 60 seconds; auto takes the vibe&apos;s usual length (30 s for a free prompt).</source>
        <translation>15, 30 या 60 सेकंड; auto वाइब की सामान्य लंबाई लेता है (मुक्त प्रॉम्प्ट के लिए 30 सेकंड)।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="37"/>
        <source>Fade in</source>
        <translation>फ़ेड इन</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="39"/>
        <source>Seconds the music takes to rise.</source>
        <translation>संगीत को उभरने में लगने वाले सेकंड।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="43"/>
        <source>Fade out</source>
        <translation>फ़ेड आउट</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="45"/>
        <source>Seconds the music takes to end.</source>
        <translation>संगीत को समाप्त होने में लगने वाले सेकंड।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="50"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="261"/>
        <source>Waveform video</source>
        <translation>वेवफ़ॉर्म वीडियो</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="51"/>
        <source>Also make a vertical 1080×1920 MP4 of the music, animated over your picture or a plain background, ready to post as a status or story.</source>
        <translation>संगीत का 1080×1920 खड़ा MP4 भी बनाएँ, आपकी तस्वीर या सादी पृष्ठभूमि पर एनिमेशन के साथ, स्टेटस या स्टोरी में लगाने के लिए तैयार।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="58"/>
        <source>Video animation</source>
        <translation>वीडियो एनिमेशन</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="61"/>
        <source>What moves with the music over the background or your picture: its waveform, a scrolling spectrum, or nothing (your picture alone).</source>
        <translation>पृष्ठभूमि या आपकी तस्वीर पर संगीत के साथ क्या चलता है: उसकी वेवफ़ॉर्म, खिसकता स्पेक्ट्रम, या कुछ नहीं (सिर्फ़ आपकी तस्वीर)।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="98"/>
        <source>MusicGen with vibe presets and a finishing chain: fades, -14 LUFS loudness, a vertical status video.</source>
        <translation>मूड प्रीसेट और फ़िनिशिंग के साथ MusicGen: फ़ेड, -14 LUFS लाउडनेस, एक खड़ा स्टेटस वीडियो।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_denoise_engine.cpp" line="22"/>
        <source>Keep background</source>
        <translation>पृष्ठभूमि रखें</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_denoise_engine.cpp" line="23"/>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_denoise_engine.cpp" line="24"/>
        <source>How much of everything but the voice (music, noise, room) stays, relative to how loud it was: -60, the lowest, removes it; -20 keeps a faint bed so the speech does not sound cut out.</source>
        <translation>आवाज़ के अलावा बाकी सब (संगीत, शोर, कमरे की गूँज) कितना रहे, उसकी मूल तीव्रता के सापेक्ष: -60, सबसे कम, उसे हटा देता है; -20 एक हल्की पृष्ठभूमि रखता है ताकि बोली कटी हुई न लगे।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_denoise_engine.cpp" line="41"/>
        <source>Keeps only the voice with a Demucs stem separation model (HTDemucs or Hybrid Demucs): removes music, crowd and changing noise that a classic denoiser cannot; fast on a GPU.</source>
        <translation>Demucs स्टेम पृथक्करण मॉडल (HTDemucs या Hybrid Demucs) से केवल आवाज़ रखता है: संगीत, भीड़ और बदलता शोर हटाता है जो पारंपरिक डीनॉइज़र नहीं हटा सकता; GPU पर तेज़।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_denoise_engine.cpp" line="81"/>
        <source>Demucs speech isolation</source>
        <translation>Demucs वाणी पृथक्करण</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/rnnoise_denoise_engine.cpp" line="28"/>
        <source>Mix</source>
        <translation>मिश्रण</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/rnnoise_denoise_engine.cpp" line="29"/>
        <source>How much of the cleaned sound to use: 1 is fully cleaned; 0.8 blends back a fifth of the original so speech sounds less processed.</source>
        <translation>साफ़ की गई ध्वनि का कितना हिस्सा उपयोग हो: 1 पूरी तरह साफ़ है; 0.8 मूल का पाँचवाँ हिस्सा वापस मिलाता है ताकि बोली कम संसाधित लगे।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/rnnoise_denoise_engine.cpp" line="100"/>
        <source>RNNoise</source>
        <translation>RNNoise</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/rnnoise_denoise_engine.cpp" line="101"/>
        <source>A small neural network (RNNoise, run by FFmpeg) that removes noise around speech, including noise that changes; real-time on any CPU.</source>
        <translation>एक छोटा न्यूरल नेटवर्क (RNNoise, FFmpeg द्वारा चलाया गया) जो बोली के आसपास का शोर हटाता है, बदलने वाला शोर भी; किसी भी CPU पर रीयल-टाइम।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/marian_translate_engine.cpp" line="168"/>
        <source>OPUS-MT (Marian)</source>
        <translation>OPUS-MT (Marian)</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/marian_translate_engine.cpp" line="169"/>
        <source>Helsinki-NLP&apos;s opus-mt models, one per language pair; through English when no direct pair is installed.</source>
        <translation>Helsinki-NLP के opus-mt मॉडल, हर भाषा-जोड़ी के लिए एक; सीधी जोड़ी स्थापित न हो तो अंग्रेज़ी के रास्ते।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/accent_changer_engine.cpp" line="293"/>
        <source>Accent chain</source>
        <translation>लहजा शृंखला</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/accent_changer_engine.cpp" line="294"/>
        <source>Speech to text, speech synthesis in the target accent and voice conversion back to the speaker with the installed models, each segment fitted to its time with Rubber Band.</source>
        <translation>इंस्टॉल किए गए मॉडलों से वाणी से पाठ, लक्ष्य लहजे में वाणी संश्लेषण और वक्ता की आवाज़ में वापस रूपांतरण, हर खंड Rubber Band से अपने समय में फ़िट किया गया।</translation>
    </message>
</context>
<context>
    <name>sonara::studio::AccountArea</name>
    <message>
        <location filename="../app/studio/account_area.cpp" line="94"/>
        <source>Sign in to Sonara</source>
        <translation>Sonara में साइन इन करें</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="189"/>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 मिनट</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="190"/>
        <source>Signed in to %1; the balance is in minutes of exported audio</source>
        <translation>%1 में साइन इन; बैलेंस एक्सपोर्ट किए गए ऑडियो के मिनटों में है</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="193"/>
        <source>%1 min of it are held for exports while offline</source>
        <translation>इनमें से %1 मिनट ऑफ़लाइन एक्सपोर्ट के लिए सुरक्षित हैं</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="197"/>
        <source>Last contact failed: %1</source>
        <translation>पिछला संपर्क विफल रहा: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="201"/>
        <source>Not signed in</source>
        <translation>साइन इन नहीं है</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="202"/>
        <source>Sign in to use the minutes of your Sonara account</source>
        <translation>अपने Sonara अकाउंट के मिनट इस्तेमाल करने के लिए साइन इन करें</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="204"/>
        <source>Account</source>
        <translation>अकाउंट</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="204"/>
        <source>Sign in</source>
        <translation>साइन इन करें</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="205"/>
        <source>Sign in…</source>
        <translation>साइन इन करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="206"/>
        <source>Refresh balance</source>
        <translation>बैलेंस ताज़ा करें</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="207"/>
        <source>Buy minutes…</source>
        <translation>मिनट खरीदें…</translation>
    </message>
    <message>
        <location filename="../app/studio/account_area.cpp" line="208"/>
        <source>Sign out</source>
        <translation>साइन आउट करें</translation>
    </message>
</context>
<context>
    <name>sonara::studio::AdminWindow</name>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="351"/>
        <source>Account %1</source>
        <translation>अकाउंट %1</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="263"/>
        <source>Ledger</source>
        <translation>खाता-बही</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="30"/>
        <location filename="../app/studio/admin_reports.cpp" line="70"/>
        <location filename="../app/studio/admin_users.cpp" line="264"/>
        <location filename="../app/studio/admin_users.cpp" line="273"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="265"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="45"/>
        <location filename="../app/studio/admin_users.cpp" line="320"/>
        <source>Shared</source>
        <translation>साझा किया</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="46"/>
        <source>Account</source>
        <translation>अकाउंट</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="47"/>
        <source>Voice</source>
        <translation>आवाज़</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="48"/>
        <source>Sample</source>
        <translation>नमूना</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="51"/>
        <source>ready to hear</source>
        <translation>सुनने के लिए तैयार</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="52"/>
        <source>none (shared before samples were kept)</source>
        <translation>कोई नहीं (नमूने रखे जाने से पहले साझा किया गया)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="54"/>
        <source>Sample (SHA-256)</source>
        <translation>नमूना (SHA-256)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="55"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="56"/>
        <location filename="../app/studio/admin_reports.cpp" line="65"/>
        <location filename="../app/studio/admin_users.cpp" line="268"/>
        <source>Capability</source>
        <translation>क्षमता</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="57"/>
        <source>Architecture</source>
        <translation>आर्किटेक्चर</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="58"/>
        <source>Licence</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="60"/>
        <source>Measure</source>
        <translation>माप</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="61"/>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="99"/>
        <source>Listen</source>
        <translation>सुनें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="100"/>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="101"/>
        <source>Approve</source>
        <translation>स्वीकार करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="102"/>
        <source>Reject…</source>
        <translation>अस्वीकार करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="121"/>
        <location filename="../app/studio/admin_plans.cpp" line="43"/>
        <source>Withdraw…</source>
        <translation>वापस लें…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="187"/>
        <source>The sample cannot be played: it is not audio the studio reads. Reject the share or ask its owner to share it again.</source>
        <translation>नमूना नहीं चलाया जा सकता: स्टूडियो यह ऑडियो नहीं पढ़ सकता। साझा करना अस्वीकार करें या इसके स्वामी से इसे फिर से साझा करने को कहें।</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="203"/>
        <source>Shared voice</source>
        <translation>साझा की गई आवाज़</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="208"/>
        <source>Playing the shared voice (%1 s)</source>
        <translation>साझा की गई आवाज़ चल रही है (%1 से.)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="239"/>
        <source>The voice is approved and shared</source>
        <translation>आवाज़ स्वीकार हो गई और साझा की गई</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="240"/>
        <source>The voice is rejected; its owner is told why</source>
        <translation>आवाज़ अस्वीकार हो गई; उसके मालिक को कारण बताया जाता है</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="258"/>
        <source>Reject a voice</source>
        <translation>एक आवाज़ अस्वीकार करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="259"/>
        <source>Reject &quot;%1&quot; shared by %2? The reason is shown to them.</source>
        <translation>%2 द्वारा साझा की गई &quot;%1&quot; अस्वीकार करें? उन्हें कारण दिखाया जाएगा।</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="262"/>
        <source>Reject</source>
        <translation>अस्वीकार करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="276"/>
        <source>%1 is withdrawn from the catalog</source>
        <translation>%1 कैटलॉग से वापस ले लिया गया</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="284"/>
        <source>Withdraw model</source>
        <translation>मॉडल वापस लें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="285"/>
        <source>Withdraw %1 from the catalog? Studios stop offering it for download.</source>
        <translation>%1 को कैटलॉग से वापस लें? स्टूडियो इसे डाउनलोड के लिए देना बंद कर देंगे।</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="269"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="272"/>
        <source>Purchases</source>
        <translation>ख़रीदारियाँ</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="32"/>
        <location filename="../app/studio/admin_users.cpp" line="274"/>
        <source>Provider</source>
        <translation>प्रदाता</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="33"/>
        <location filename="../app/studio/admin_users.cpp" line="48"/>
        <location filename="../app/studio/admin_users.cpp" line="275"/>
        <source>Plan</source>
        <translation>प्लान</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="34"/>
        <location filename="../app/studio/admin_users.cpp" line="276"/>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="25"/>
        <location filename="../app/studio/admin_reports.cpp" line="35"/>
        <location filename="../app/studio/admin_reports.cpp" line="51"/>
        <location filename="../app/studio/admin_users.cpp" line="277"/>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="37"/>
        <location filename="../app/studio/admin_reports.cpp" line="54"/>
        <location filename="../app/studio/admin_users.cpp" line="278"/>
        <source>Refunded</source>
        <translation>वापस किया गया</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="290"/>
        <source>API keys</source>
        <translation>API कुंजियाँ</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="291"/>
        <source>Prefix</source>
        <translation>उपसर्ग</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="23"/>
        <location filename="../app/studio/admin_users.cpp" line="292"/>
        <location filename="../app/studio/admin_users.cpp" line="321"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="49"/>
        <location filename="../app/studio/admin_users.cpp" line="267"/>
        <source>Balance (m:ss)</source>
        <translation>शेष (m:ss)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="59"/>
        <source>Suspend…</source>
        <translation>निलंबित करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="61"/>
        <source>Reactivate…</source>
        <translation>फिर से सक्रिय करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="63"/>
        <source>Delete on request…</source>
        <translation>अनुरोध पर हटाएँ…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="110"/>
        <source>Only %1 could be taken: the balance cannot go below zero</source>
        <translation>केवल %1 लिया जा सका: शेष शून्य से नीचे नहीं जा सकता</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="113"/>
        <source>Credits adjusted; the balance is now %1</source>
        <translation>क्रेडिट समायोजित; शेष अब %1 है</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="160"/>
        <source>Suspend %1</source>
        <translation>%1 को निलंबित करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="161"/>
        <source>Suspend %1? They are signed out everywhere at once, and their API keys, devices and leases are refused until the account is reactivated.</source>
        <translation>%1 को निलंबित करें? उन्हें तुरंत हर जगह से साइन आउट कर दिया जाएगा, और खाता फिर से सक्रिय होने तक उनकी API कुंजियाँ, डिवाइस और लीज़ अस्वीकार की जाएँगी।</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="176"/>
        <source>Reactivate %1</source>
        <translation>%1 को फिर से सक्रिय करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="177"/>
        <source>Reactivate %1? They can sign in and use their minutes again.</source>
        <translation>%1 को फिर से सक्रिय करें? वे फिर से साइन इन करके अपने मिनट इस्तेमाल कर सकेंगे।</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="193"/>
        <source>cannot write the export to %1, so nothing was deleted: choose a folder you can write to</source>
        <translation>एक्सपोर्ट %1 में नहीं लिखा जा सका, इसलिए कुछ भी नहीं हटाया गया: ऐसा फ़ोल्डर चुनें जिसमें आप लिख सकें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="203"/>
        <source>The account is deleted; its export is in %1</source>
        <translation>खाता हटा दिया गया; उसका एक्सपोर्ट %1 में है</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="214"/>
        <source>Delete %1</source>
        <translation>%1 हटाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="215"/>
        <source>Delete the account of %1 on their request? Their data export is saved first; then the email, password, keys, devices and shared voices are erased. Payments and the ledger stay, anonymised.</source>
        <translation>%1 के अनुरोध पर उनका खाता हटाएँ? पहले उनका डेटा एक्सपोर्ट सहेजा जाता है; फिर ईमेल, पासवर्ड, कुंजियाँ, डिवाइस और साझा आवाज़ें मिटा दी जाती हैं। भुगतान और खाता-बही गुमनाम रूप में बने रहते हैं।</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="219"/>
        <source>Choose where to save the export…</source>
        <translation>एक्सपोर्ट कहाँ सहेजें, चुनें…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="224"/>
        <source>Save the data export</source>
        <translation>डेटा एक्सपोर्ट सहेजें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="226"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="266"/>
        <source>Change (m:ss)</source>
        <translation>बदलाव (m:ss)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="279"/>
        <source>Revoke key</source>
        <translation>कुंजी रद्द करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="288"/>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="293"/>
        <source>Scopes</source>
        <translation>दायरे</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="294"/>
        <source>Created</source>
        <translation>बनाई गई</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="295"/>
        <source>Last used</source>
        <translation>अंतिम उपयोग</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="300"/>
        <source>Revoked</source>
        <translation>रद्द की गई</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="301"/>
        <source>active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="306"/>
        <source>Remove device</source>
        <translation>डिवाइस हटाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="315"/>
        <source>Devices</source>
        <translation>डिवाइस</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="316"/>
        <source>Device</source>
        <translation>डिवाइस</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="317"/>
        <source>Activated</source>
        <translation>सक्रिय किया गया</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="319"/>
        <source>Shared voices</source>
        <translation>साझा आवाज़ें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="323"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="383"/>
        <source>The API key is revoked</source>
        <translation>API कुंजी रद्द कर दी गई</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="396"/>
        <source>The device is removed</source>
        <translation>डिवाइस हटा दिया गया</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="50"/>
        <source>Sonara Cloud administration</source>
        <translation>Sonara Cloud प्रशासन</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="31"/>
        <location filename="../app/studio/admin_users.cpp" line="45"/>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="46"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="47"/>
        <location filename="../app/studio/admin_users.cpp" line="322"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="22"/>
        <source>Id</source>
        <translation>आईडी</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="24"/>
        <source>Price</source>
        <translation>कीमत</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="26"/>
        <location filename="../app/studio/admin_reports.cpp" line="36"/>
        <location filename="../app/studio/admin_reports.cpp" line="67"/>
        <source>Minutes (m:ss)</source>
        <translation>मिनट (m:ss)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="27"/>
        <source>Renews</source>
        <translation>नवीनीकरण</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="31"/>
        <source>On sale</source>
        <translation>बिक्री में</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="32"/>
        <source>on sale</source>
        <translation>बिक्री में</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="32"/>
        <source>withdrawn</source>
        <translation>वापस लिया गया</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="44"/>
        <source>Put back on sale</source>
        <translation>फिर से बिक्री में लाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="109"/>
        <source>Take %1 off sale? Past purchases keep it, and it can be put back on sale.</source>
        <translation>%1 को बिक्री से हटाएँ? पिछली ख़रीदें इसे रखती हैं, और इसे फिर से बिक्री में लाया जा सकता है।</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="38"/>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="40"/>
        <source>Search by email, provider, payment or plan</source>
        <translation>ईमेल, प्रदाता, भुगतान या प्लान से खोजें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="43"/>
        <source>Group</source>
        <translation>समूह</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="52"/>
        <source>Payments</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="53"/>
        <source>Gross</source>
        <translation>सकल</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="55"/>
        <source>Net</source>
        <translation>शुद्ध</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="64"/>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="66"/>
        <source>Exports</source>
        <translation>एक्सपोर्ट</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="71"/>
        <source>Administrator</source>
        <translation>व्यवस्थापक</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="73"/>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="74"/>
        <source>Target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="76"/>
        <source>Detail</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="78"/>
        <source>Search by email, action or detail</source>
        <translation>ईमेल, कार्रवाई या विवरण से खोजें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="90"/>
        <source>Refund…</source>
        <translation>वापस करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="121"/>
        <source>This refund was already made; nothing changed</source>
        <translation>यह वापसी पहले ही हो चुकी है; कुछ नहीं बदला</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="122"/>
        <source>Refund made: %1 refunded in all, %2 minutes taken back</source>
        <translation>वापसी हो गई: कुल %1 वापस, %2 मिनट वापस लिए गए</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="56"/>
        <source>By day</source>
        <translation>दिन के अनुसार</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="57"/>
        <source>By plan</source>
        <translation>प्लान के अनुसार</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_reports.cpp" line="58"/>
        <source>By provider</source>
        <translation>प्रदाता के अनुसार</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="44"/>
        <source>Retry</source>
        <translation>फिर से करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="56"/>
        <source>Users</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="57"/>
        <source>Plans</source>
        <translation>प्लान</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="60"/>
        <source>Transactions</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="62"/>
        <source>Revenue</source>
        <translation>राजस्व</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="63"/>
        <source>Usage</source>
        <translation>उपयोग</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="64"/>
        <source>Audit log</source>
        <translation>ऑडिट लॉग</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="65"/>
        <source>Moderation</source>
        <translation>मॉडरेशन</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="66"/>
        <source>Model catalog</source>
        <translation>मॉडल कैटलॉग</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="67"/>
        <source>Health</source>
        <translation>स्वास्थ्य</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="79"/>
        <source>Waiting for the service…</source>
        <translation>सेवा की प्रतीक्षा हो रही है…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="81"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="93"/>
        <source>&amp;Account</source>
        <translation>&amp;अकाउंट</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="94"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;साइन इन करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="95"/>
        <source>&amp;Reload</source>
        <translation>&amp;फिर से लोड करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="97"/>
        <source>Sign &amp;out</source>
        <translation>साइन &amp;आउट करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="99"/>
        <source>&amp;Quit</source>
        <translation>&amp;बंद करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="101"/>
        <location filename="../app/studio/admin_window.cpp" line="218"/>
        <location filename="../app/studio/admin_window.cpp" line="266"/>
        <source>Not signed in</source>
        <translation>साइन इन नहीं है</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="171"/>
        <source>Cancelled: nothing more is sent until you act again</source>
        <translation>रद्द किया गया: आपकी अगली कार्रवाई तक कुछ और नहीं भेजा जाएगा</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="188"/>
        <source>The session has ended or the email or password is wrong: sign in again (Account, Sign in).</source>
        <translation>सत्र समाप्त हो गया है या ईमेल या पासवर्ड ग़लत है: फिर से साइन इन करें (खाता, साइन इन)।</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="192"/>
        <source>Refused: %1</source>
        <translation>अस्वीकृत: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="194"/>
        <source>Too many requests: %1</source>
        <translation>बहुत अधिक अनुरोध: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="51"/>
        <source>Search accounts by email</source>
        <translation>ईमेल से अकाउंट खोजें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="56"/>
        <source>Adjust credits…</source>
        <translation>क्रेडिट समायोजित करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="58"/>
        <source>Ledger and keys…</source>
        <translation>खाता-बही और कुंजियाँ…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="164"/>
        <source>Suspend</source>
        <translation>निलंबित करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="178"/>
        <source>Reactivate</source>
        <translation>फिर से सक्रिय करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="41"/>
        <source>New plan…</source>
        <translation>नया प्लान…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="42"/>
        <source>Edit…</source>
        <translation>संपादित करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_operations.cpp" line="73"/>
        <location filename="../app/studio/admin_operations.cpp" line="103"/>
        <location filename="../app/studio/admin_operations.cpp" line="122"/>
        <location filename="../app/studio/admin_window.cpp" line="134"/>
        <source>Reload</source>
        <translation>फिर से लोड करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="238"/>
        <source>Signed in to %1 as %2</source>
        <translation>%1 में %2 के रूप में साइन इन</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="246"/>
        <source>Sign in as an administrator</source>
        <translation>व्यवस्थापक के रूप में साइन इन करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="147"/>
        <source>The account is suspended and signed out everywhere</source>
        <translation>अकाउंट निलंबित है और हर जगह से साइन आउट हो गया है</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_users.cpp" line="148"/>
        <source>The account is active again</source>
        <translation>अकाउंट फिर से सक्रिय है</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="72"/>
        <source>Plan %1 saved</source>
        <translation>प्लान %1 सहेजा गया</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="108"/>
        <source>Withdraw plan</source>
        <translation>प्लान वापस लें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_plans.cpp" line="120"/>
        <source>Plan %1 withdrawn</source>
        <translation>प्लान %1 वापस लिया गया</translation>
    </message>
</context>
<context>
    <name>sonara::studio::AudioDocument</name>
    <message>
        <location filename="../app/studio/audio_document.cpp" line="86"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/audio_document.cpp" line="94"/>
        <source>Paste</source>
        <translation>चिपकाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/audio_document.cpp" line="110"/>
        <source>Silence</source>
        <translation>मौन</translation>
    </message>
    <message>
        <location filename="../app/studio/audio_document.cpp" line="126"/>
        <source>Fade in</source>
        <translation>फ़ेड इन</translation>
    </message>
    <message>
        <location filename="../app/studio/audio_document.cpp" line="142"/>
        <source>Fade out</source>
        <translation>फ़ेड आउट</translation>
    </message>
    <message>
        <location filename="../app/studio/audio_document.cpp" line="156"/>
        <source>Gain</source>
        <translation>गेन</translation>
    </message>
    <message>
        <location filename="../app/studio/audio_document.cpp" line="168"/>
        <source>Normalize</source>
        <translation>नॉर्मलाइज़</translation>
    </message>
</context>
<context>
    <name>sonara::studio::BuyMinutesDialog</name>
    <message>
        <location filename="../app/studio/buy_minutes_dialog.cpp" line="17"/>
        <source>Buy minutes</source>
        <translation>मिनट खरीदें</translation>
    </message>
    <message>
        <location filename="../app/studio/buy_minutes_dialog.cpp" line="25"/>
        <source>Buy…</source>
        <translation>खरीदें…</translation>
    </message>
    <message>
        <location filename="../app/studio/buy_minutes_dialog.cpp" line="31"/>
        <source>Minutes pay for exports; editing and processing stay free. The payment page opens in your browser, and the minutes appear here once the payment is confirmed.</source>
        <translation>मिनट एक्सपोर्ट का भुगतान करते हैं; संपादन और प्रोसेसिंग मुफ़्त रहते हैं। भुगतान पेज आपके ब्राउज़र में खुलता है, और भुगतान की पुष्टि होते ही मिनट यहाँ दिखते हैं।</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/buy_minutes_dialog.cpp" line="45"/>
        <source>%1 · %n minute(s) · %2</source>
        <translation>
            <numerusform>%1 · %n मिनट · %2</numerusform>
            <numerusform>%1 · %n मिनट · %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/buy_minutes_dialog.cpp" line="56"/>
        <source>Choose a plan.</source>
        <translation>एक प्लान चुनें।</translation>
    </message>
</context>
<context>
    <name>sonara::studio::CapabilityForm</name>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="65"/>
        <source>Engine</source>
        <translation>इंजन</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="68"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="110"/>
        <source>Run</source>
        <translation>चलाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="113"/>
        <location filename="../app/studio/capability_form.cpp" line="403"/>
        <source>Run this capability (Ctrl+Return)</source>
        <translation>यह क्षमता चलाएँ (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="159"/>
        <source>Input: open a track first; the current track is used</source>
        <translation>इनपुट: पहले एक ट्रैक खोलें; मौजूदा ट्रैक उपयोग होता है</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="160"/>
        <source>Input: the current track, %1</source>
        <translation>इनपुट: मौजूदा ट्रैक, %1</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="218"/>
        <source>Open the model manager</source>
        <translation>मॉडल प्रबंधक खोलें</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="227"/>
        <source>No engine for this capability can run yet: install one of its models (%1). %2</source>
        <translation>इस क्षमता के लिए अभी कोई इंजन नहीं चल सकता: इसका कोई मॉडल इंस्टॉल करें (%1)। %2</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="228"/>
        <source>none listed in the catalog</source>
        <translation>कैटलॉग में कोई नहीं</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="234"/>
        <source>The engine %1 needs a model and none is installed. %2</source>
        <translation>इंजन %1 को एक मॉडल चाहिए और कोई इंस्टॉल नहीं है। %2</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="359"/>
        <source>Install a model for this capability first.</source>
        <translation>पहले इस क्षमता के लिए एक मॉडल इंस्टॉल करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="362"/>
        <source>No engine can run this capability.</source>
        <translation>कोई इंजन यह क्षमता नहीं चला सकता।</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="365"/>
        <source>Choose an installed model, or install one from the Models page.</source>
        <translation>कोई इंस्टॉल किया हुआ मॉडल चुनें, या मॉडल पेज से एक इंस्टॉल करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="374"/>
        <source>%1 is out of range.</source>
        <translation>%1 सीमा से बाहर है।</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="378"/>
        <source>%1 must not be empty.</source>
        <translation>%1 खाली नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="385"/>
        <source>Enter the text first.</source>
        <translation>पहले पाठ लिखें।</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="386"/>
        <source>Give %1 first.</source>
        <translation>पहले %1 दें।</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="390"/>
        <location filename="../app/studio/capability_form.cpp" line="431"/>
        <source>Open a track first: it is this capability&apos;s input.</source>
        <translation>पहले एक ट्रैक खोलें: वही इस क्षमता का इनपुट है।</translation>
    </message>
</context>
<context>
    <name>sonara::studio::ConfirmActionDialog</name>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="27"/>
        <source>Required: kept in the audit log</source>
        <translation>आवश्यक: ऑडिट लॉग में रखा जाता है</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="28"/>
        <source>Optional: kept in the audit log</source>
        <translation>वैकल्पिक: ऑडिट लॉग में रखा जाता है</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="31"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
</context>
<context>
    <name>sonara::studio::CreditAdjustmentDialog</name>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="31"/>
        <source>Adjust credits of %1</source>
        <translation>%1 के क्रेडिट समायोजित करें</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="35"/>
        <source>Why, for the ledger and the audit log</source>
        <translation>कारण, खाता-बही और ऑडिट लॉग के लिए</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="85"/>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="42"/>
        <source>Current balance</source>
        <translation>वर्तमान बैलेंस</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="33"/>
        <source>minutes, such as 25 or 25:00; -5:30 takes away</source>
        <translation>मिनट, जैसे 25 या 25:00; -5:30 घटाता है</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="43"/>
        <source>Minutes (m:ss)</source>
        <translation>मिनट (m:ss)</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="44"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="75"/>
        <source>Grant %1 to %2; the balance becomes %3.</source>
        <translation>%2 को %1 दें; शेष %3 हो जाएगा।</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="77"/>
        <source>Take %1 from %2; the balance becomes %3.</source>
        <translation>%2 से %1 लें; शेष %3 हो जाएगा।</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="85"/>
        <source>Confirm</source>
        <translation>पुष्टि करें</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="87"/>
        <source>Write the minutes as 25, 25:00 or -5:30.</source>
        <translation>मिनट 25, 25:00 या -5:30 की तरह लिखें।</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="89"/>
        <source>Enter the minutes to add or take away.</source>
        <translation>जोड़ने या घटाने के मिनट दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="91"/>
        <source>Enter the reason: it is kept with the entry.</source>
        <translation>कारण दर्ज करें: यह प्रविष्टि के साथ रखा जाता है।</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="93"/>
        <source>Press Confirm to apply it.</source>
        <translation>लागू करने के लिए पुष्टि करें दबाएँ।</translation>
    </message>
</context>
<context>
    <name>sonara::studio::DubbingPanel</name>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="111"/>
        <source>To review before anything is synthesised, set Stop after to translation and press Run: the segments appear here, and after your edits only the changed ones are synthesised again.</source>
        <translation>कुछ भी संश्लेषित होने से पहले समीक्षा के लिए &quot;इसके बाद रुकें&quot; को translation पर सेट करें और &quot;चलाएँ&quot; दबाएँ: खंड यहाँ दिखेंगे, और आपके बदलावों के बाद केवल बदले हुए खंड फिर से संश्लेषित होंगे।</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="136"/>
        <source>#</source>
        <translation>क्र.</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="136"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="136"/>
        <source>Source</source>
        <translation>मूल</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="137"/>
        <source>Translation (double-click to edit)</source>
        <translation>अनुवाद (संपादित करने के लिए डबल-क्लिक करें)</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="137"/>
        <source>Timing</source>
        <translation>समय-मेल</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="138"/>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="162"/>
        <source>Undo my edits</source>
        <translation>मेरे बदलाव वापस लें</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="164"/>
        <source>Dub with these segments</source>
        <translation>इन खंडों के साथ डब करें</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="167"/>
        <source>Synthesises the segments whose translation changed and reuses the others, then mixes the dub again.</source>
        <translation>जिन खंडों का अनुवाद बदला है उन्हें संश्लेषित करता है, बाकी को दोबारा उपयोग करता है, फिर डब को फिर से मिलाता है।</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="169"/>
        <source>Open dubbed audio as track</source>
        <translation>डब किया गया ऑडियो ट्रैक के रूप में खोलें</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="195"/>
        <source>Dubbing: queued</source>
        <translation>डबिंग: कतार में</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="218"/>
        <source>Dubbing: %1</source>
        <translation>डबिंग: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="232"/>
        <source>The dub finished, but its segment report cannot be read: press Run to dub again (the finished stages are reused).</source>
        <translation>डब पूरा हुआ, पर उसकी खंड रिपोर्ट पढ़ी नहीं जा सकती: फिर से डब करने के लिए &quot;चलाएँ&quot; दबाएँ (पूरे हुए चरण दोबारा उपयोग होंगे)।</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="242"/>
        <source>Segments ready for review: edit the translations, then press Dub with these segments.</source>
        <translation>खंड समीक्षा के लिए तैयार हैं: अनुवाद संपादित करें, फिर &quot;इन खंडों के साथ डब करें&quot; दबाएँ।</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="244"/>
        <source>Dubbed. Segments synthesised this time: %1 of %2.</source>
        <translation>डब हो गया। इस बार संश्लेषित खंड: %2 में से %1।</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="256"/>
        <source>Dubbing: cancelled</source>
        <translation>डबिंग: रद्द</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="258"/>
        <source>The dub was cancelled. Press Run to start it again: the stages it finished are reused.</source>
        <translation>डब रद्द किया गया। इसे फिर से शुरू करने के लिए &quot;चलाएँ&quot; दबाएँ: पूरे हुए चरण दोबारा उपयोग होंगे।</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="262"/>
        <source>Dubbing: interrupted</source>
        <translation>डबिंग: बाधित</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="264"/>
        <source>The dub was interrupted when Sonara closed: press Retry on it in the Jobs panel.</source>
        <translation>Sonara बंद होने पर डब बाधित हुआ: जॉब पैनल में उस पर &quot;फिर से करें&quot; दबाएँ।</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="268"/>
        <source>Dubbing: failed</source>
        <translation>डबिंग: विफल</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="271"/>
        <source>The dub stopped without a reason: press Retry on it in the Jobs panel.</source>
        <translation>डब बिना कारण रुक गया: जॉब पैनल में उस पर &quot;फिर से करें&quot; दबाएँ।</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="273"/>
        <source>The dub stopped: %1</source>
        <translation>डब रुक गया: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="304"/>
        <source>spoken faster to fit</source>
        <translation>फिट होने के लिए तेज़ बोला गया</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="305"/>
        <source>spoken slower to fit</source>
        <translation>फिट होने के लिए धीमे बोला गया</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="306"/>
        <source>longer than its time: shorten the translation</source>
        <translation>अपने समय से लंबा: अनुवाद छोटा करें</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="307"/>
        <source>shorter than its time</source>
        <translation>अपने समय से छोटा</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="308"/>
        <source>cut where the next segment starts</source>
        <translation>अगला खंड शुरू होने पर काटा गया</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="310"/>
        <source>synthetic voice: install kNN-VC to keep the speaker&apos;s</source>
        <translation>कृत्रिम आवाज़: वक्ता की आवाज़ रखने के लिए kNN-VC इंस्टॉल करें</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="311"/>
        <source>no translation: stays silent</source>
        <translation>कोई अनुवाद नहीं: चुप रहेगा</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="331"/>
        <source>Source: %1 s. Dub: synthesised %2 s, stretched ×%3 to %4 s.</source>
        <translation>मूल: %1 s. डब: %2 s संश्लेषित, ×%3 खींचकर %4 s किया गया।</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="335"/>
        <source>Source: %1 s. Not dubbed yet.</source>
        <translation>मूल: %1 s. अभी डब नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="339"/>
        <source>reused from the last dub</source>
        <translation>पिछले डब से दोबारा उपयोग</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="339"/>
        <source>synthesised</source>
        <translation>संश्लेषित</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="361"/>
        <source>Edited: was “%1”</source>
        <translation>संपादित: पहले “%1” था</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="401"/>
        <source>No edits: dubbing again reuses every segment already dubbed.</source>
        <translation>कोई बदलाव नहीं: फिर से डब करने पर पहले से डब हुआ हर खंड दोबारा उपयोग होगा।</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="400"/>
        <source>Edited segments: %1 (only these are synthesised again)</source>
        <translation>संपादित खंड: %1 (केवल ये फिर से संश्लेषित होंगे)</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="403"/>
        <source>No edits yet: double-click a translation to change it.</source>
        <translation>अभी कोई बदलाव नहीं: किसी अनुवाद को बदलने के लिए उस पर डबल-क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="412"/>
        <source>There are no segments to dub yet: run a dub with Stop after set to translation first.</source>
        <translation>अभी डब करने के लिए कोई खंड नहीं है: पहले &quot;इसके बाद रुकें&quot; को translation पर रखकर डब चलाएँ।</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="426"/>
        <source>Dubbing the reviewed segments: queued</source>
        <translation>समीक्षित खंडों की डबिंग: कतार में</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="430"/>
        <source>The segments cannot be dubbed: %1</source>
        <translation>खंड डब नहीं किए जा सकते: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="453"/>
        <source>There is no dubbed audio yet: press Dub with these segments first.</source>
        <translation>अभी कोई डब किया गया ऑडियो नहीं है: पहले &quot;इन खंडों के साथ डब करें&quot; दबाएँ।</translation>
    </message>
    <message>
        <location filename="../app/studio/dubbing_panel.cpp" line="456"/>
        <source>Dubbed audio</source>
        <translation>डब किया गया ऑडियो</translation>
    </message>
</context>
<context>
    <name>sonara::studio::EditActions</name>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="28"/>
        <source>&amp;Undo</source>
        <translation>&amp;पूर्ववत करें</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="31"/>
        <source>&amp;Redo</source>
        <translation>&amp;फिर से करें</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="38"/>
        <source>Cu&amp;t</source>
        <translation>&amp;काटें</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="40"/>
        <source>&amp;Copy</source>
        <translation>&amp;कॉपी करें</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="43"/>
        <source>&amp;Paste</source>
        <translation>&amp;चिपकाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="46"/>
        <source>&amp;Delete</source>
        <translation>&amp;हटाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="49"/>
        <source>Select &amp;all</source>
        <translation>&amp;सब चुनें</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="52"/>
        <source>&amp;Silence</source>
        <translation>&amp;मौन</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="54"/>
        <source>Fade &amp;in</source>
        <translation>फ़ेड &amp;इन</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="57"/>
        <source>Fade &amp;out</source>
        <translation>फ़ेड &amp;आउट</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="60"/>
        <source>&amp;Gain…</source>
        <translation>&amp;गेन…</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="62"/>
        <source>&amp;Normalize…</source>
        <translation>&amp;नॉर्मलाइज़…</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="124"/>
        <source>Paste</source>
        <translation>चिपकाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="167"/>
        <source>Gain</source>
        <translation>गेन</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="168"/>
        <source>Gain in dB (the selection, or the whole track):</source>
        <translation>गेन dB में (चयन, या पूरा ट्रैक):</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="183"/>
        <location filename="../app/studio/edit_actions.cpp" line="193"/>
        <source>Normalize</source>
        <translation>नॉर्मलाइज़</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="184"/>
        <source>Target loudness in LUFS (the selection, or the whole track):</source>
        <translation>लक्ष्य लाउडनेस LUFS में (चयन, या पूरा ट्रैक):</translation>
    </message>
</context>
<context>
    <name>sonara::studio::EditJournal</name>
    <message>
        <location filename="../app/studio/edit_journal.cpp" line="93"/>
        <source>the saved edits cannot be read</source>
        <translation>सहेजे गए संपादन पढ़े नहीं जा सकते</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_journal.cpp" line="107"/>
        <source>the saved edits are damaged or from another version</source>
        <translation>सहेजे गए संपादन खराब हैं या किसी दूसरे संस्करण के हैं</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_journal.cpp" line="121"/>
        <source>the saved edits are incomplete</source>
        <translation>सहेजे गए संपादन अधूरे हैं</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_journal.cpp" line="131"/>
        <source>the file changed since the edits were made</source>
        <translation>संपादन के बाद फ़ाइल बदल गई है</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_journal.cpp" line="139"/>
        <source>the saved edits do not fit the file any more</source>
        <translation>सहेजे गए संपादन अब फ़ाइल से मेल नहीं खाते</translation>
    </message>
</context>
<context>
    <name>sonara::studio::ExportDialog</name>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="43"/>
        <location filename="../app/studio/export_dialog.cpp" line="174"/>
        <source>Export audio</source>
        <translation>ऑडियो एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="52"/>
        <source>Format</source>
        <translation>फ़ॉर्मैट</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="54"/>
        <source>Same as the track (%1 Hz)</source>
        <translation>ट्रैक जैसा (%1 Hz)</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="56"/>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="58"/>
        <source>Sample rate</source>
        <translation>सैंपल रेट</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="60"/>
        <source>Normalize to</source>
        <translation>इस पर नॉर्मलाइज़ करें</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="67"/>
        <source>Integrated loudness (EBU R128): -16 for podcasts, -14 for music streaming, -23 for broadcast</source>
        <translation>इंटीग्रेटेड लाउडनेस (EBU R128): पॉडकास्ट के लिए -16, म्यूज़िक स्ट्रीमिंग के लिए -14, प्रसारण के लिए -23</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="72"/>
        <source>Loudness</source>
        <translation>लाउडनेस</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="75"/>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="78"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="93"/>
        <source>Export</source>
        <translation>एक्सपोर्ट</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="143"/>
        <source>The track is empty: there is nothing to export.</source>
        <translation>ट्रैक खाली है: एक्सपोर्ट करने को कुछ नहीं है।</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="146"/>
        <source>Choose a file to export to.</source>
        <translation>एक्सपोर्ट के लिए फ़ाइल चुनें।</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="150"/>
        <source>Not enough credits: this export needs %1 and the balance is %2. Buy more minutes for your Sonara account; editing and processing stay free.</source>
        <translation>पर्याप्त क्रेडिट नहीं: इस एक्सपोर्ट के लिए %1 चाहिए और बैलेंस %2 है। अपने Sonara अकाउंट के लिए और मिनट खरीदें; एडिटिंग और प्रोसेसिंग मुफ़्त रहती हैं।</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/export_dialog.cpp" line="160"/>
        <source>Cost: %1 min of credit (%n second(s), billed per second, rounded up)</source>
        <translation>
            <numerusform>लागत: %1 मिनट क्रेडिट (%n सेकंड, प्रति सेकंड बिल, ऊपर की ओर पूर्णांकित)</numerusform>
            <numerusform>लागत: %1 मिनट क्रेडिट (%n सेकंड, प्रति सेकंड बिल, ऊपर की ओर पूर्णांकित)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="163"/>
        <source>Balance: %1 min now, %2 min after this export</source>
        <translation>बैलेंस: अभी %1 मिनट, इस एक्सपोर्ट के बाद %2 मिनट</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="175"/>
        <source>%1 audio (*.%2)</source>
        <translation>%1 ऑडियो (*.%2)</translation>
    </message>
</context>
<context>
    <name>sonara::studio::HealthCharts</name>
    <message>
        <location filename="../app/studio/admin_health_chart.cpp" line="38"/>
        <source>Requests per second</source>
        <translation>प्रति सेकंड अनुरोध</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_health_chart.cpp" line="40"/>
        <source>Server errors (5xx) per second</source>
        <translation>प्रति सेकंड सर्वर त्रुटियाँ (5xx)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_health_chart.cpp" line="42"/>
        <source>Refused requests (4xx) per second</source>
        <translation>प्रति सेकंड अस्वीकृत अनुरोध (4xx)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_health_chart.cpp" line="44"/>
        <source>Open leases</source>
        <translation>खुली लीज़</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_health_chart.cpp" line="130"/>
        <source>no data yet</source>
        <translation>अभी कोई डेटा नहीं</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_health_chart.cpp" line="150"/>
        <source>last %1 s</source>
        <translation>पिछले %1 से.</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_health_chart.cpp" line="153"/>
        <source>max %1</source>
        <translation>अधिकतम %1</translation>
    </message>
</context>
<context>
    <name>sonara::studio::HelpActions</name>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="30"/>
        <source>&amp;User guide</source>
        <translation>उपयोगकर्ता गाइड (&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="33"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="36"/>
        <source>&amp;About Sonara Studio</source>
        <translation>Sonara Studio के बारे में (&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="65"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="70"/>
        <source>&lt;h3&gt;Sonara Studio %1&lt;/h3&gt;&lt;p&gt;Edit, clean up, transcribe and make audio on your own computer.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libtorch %3&lt;br&gt;FFmpeg %4&lt;br&gt;Compute device: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sonara Studio %1&lt;/h3&gt;&lt;p&gt;अपने ही कंप्यूटर पर ऑडियो संपादित करें, साफ़ करें, लिप्यंतरित करें और बनाएँ।&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libtorch %3&lt;br&gt;FFmpeg %4&lt;br&gt;गणना डिवाइस: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="95"/>
        <source>Sonara Studio user guide</source>
        <translation>Sonara Studio उपयोगकर्ता गाइड</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="112"/>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="115"/>
        <source>Action</source>
        <translation>क्रिया</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="115"/>
        <source>Shortcut</source>
        <translation>शॉर्टकट</translation>
    </message>
    <message>
        <location filename="../app/studio/help_actions.cpp" line="135"/>
        <source>About Sonara Studio</source>
        <translation>Sonara Studio के बारे में</translation>
    </message>
</context>
<context>
    <name>sonara::studio::InputEditor</name>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="66"/>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="44"/>
        <source>Add a voice to the voice library first</source>
        <translation>पहले वॉइस लाइब्रेरी में एक आवाज़ जोड़ें</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="84"/>
        <source>A JSON file</source>
        <translation>एक JSON फ़ाइल</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="85"/>
        <source>Files, separated by ;</source>
        <translation>फ़ाइलें, ; से अलग</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="85"/>
        <source>A file</source>
        <translation>एक फ़ाइल</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="86"/>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="98"/>
        <source>JSON documents (*.json)</source>
        <translation>JSON दस्तावेज़ (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="101"/>
        <source>Video (*.mp4 *.mov *.mkv *.webm *.avi)</source>
        <translation>वीडियो (*.mp4 *.mov *.mkv *.webm *.avi)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="104"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>तस्वीरें (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="107"/>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac)</source>
        <translation>ऑडियो (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="148"/>
        <source>Cannot read %1: %2. Choose the document again.</source>
        <translation>%1 पढ़ा नहीं जा सकता: %2। दस्तावेज़ फिर से चुनें।</translation>
    </message>
</context>
<context>
    <name>sonara::studio::JobRow</name>
    <message>
        <location filename="../app/studio/job_row.cpp" line="20"/>
        <source>queued</source>
        <translation>कतार में</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="22"/>
        <source>running</source>
        <translation>चल रहा है</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="24"/>
        <source>done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="26"/>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="28"/>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="30"/>
        <source>interrupted</source>
        <translation>बाधित</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="62"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="63"/>
        <source>Retry</source>
        <translation>फिर से करें</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="64"/>
        <source>Open as track</source>
        <translation>ट्रैक के रूप में खोलें</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="64"/>
        <source>Show transcript</source>
        <translation>ट्रांसक्रिप्ट दिखाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="65"/>
        <source>Apply to track</source>
        <translation>ट्रैक पर लागू करें</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="66"/>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="67"/>
        <source>Compare the result with the track; B switches while playing</source>
        <translation>परिणाम की ट्रैक से तुलना करें; चलते समय B से बदलें</translation>
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
            <numerusform>%n सेकंड बाकी</numerusform>
            <numerusform>%n सेकंड बाकी</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonara::studio::JobsDock</name>
    <message>
        <location filename="../app/studio/jobs_dock.cpp" line="17"/>
        <source>Jobs</source>
        <translation>जॉब</translation>
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
        <translation>%1: पूरा हुआ</translation>
    </message>
    <message>
        <location filename="../app/studio/jobs_dock.cpp" line="239"/>
        <source>%1: cancelled</source>
        <translation>%1: रद्द किया गया</translation>
    </message>
    <message>
        <location filename="../app/studio/jobs_dock.cpp" line="242"/>
        <source>%1: failed</source>
        <translation>%1: विफल रहा</translation>
    </message>
    <message>
        <location filename="../app/studio/jobs_dock.cpp" line="243"/>
        <source>%1: failed: %2</source>
        <translation>%1: विफल रहा: %2</translation>
    </message>
</context>
<context>
    <name>sonara::studio::MainWindow</name>
    <message>
        <location filename="../app/studio/main_window.cpp" line="76"/>
        <source>Audio and video (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mov *.mkv *.webm);;All files (*)</source>
        <translation>ऑडियो और वीडियो (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mov *.mkv *.webm);;सभी फ़ाइलें (*)</translation>
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
        <translation>%1: कतार में</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="195"/>
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="206"/>
        <source>Voices</source>
        <translation>आवाज़ें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="209"/>
        <source>Your voice library: add, export, import and share voices</source>
        <translation>आपकी आवाज़ लाइब्रेरी: आवाज़ें जोड़ें, निर्यात, आयात और साझा करें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="239"/>
        <location filename="../app/studio/main_window.cpp" line="251"/>
        <location filename="../app/studio/main_window.cpp" line="823"/>
        <source>Transcript</source>
        <translation>ट्रांसक्रिप्ट</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="265"/>
        <source>Stems</source>
        <translation>स्टेम</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="308"/>
        <source>Output level (peak, 60 dB range)</source>
        <translation>आउटपुट लेवल (पीक, 60 dB रेंज)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="364"/>
        <source>&amp;Open…</source>
        <translation>&amp;खोलें…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="367"/>
        <source>&amp;Export…</source>
        <translation>&amp;एक्सपोर्ट…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="370"/>
        <source>&amp;Close track</source>
        <translation>ट्रैक &amp;बंद करें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="372"/>
        <source>&amp;Settings…</source>
        <translation>&amp;सेटिंग्स…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="388"/>
        <source>&amp;Quit</source>
        <translation>&amp;बाहर निकलें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="395"/>
        <source>Zoom &amp;in</source>
        <translation>ज़ूम &amp;इन</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="400"/>
        <source>Zoom &amp;out</source>
        <translation>ज़ूम &amp;आउट</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="403"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;विंडो में फ़िट करें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="407"/>
        <source>&amp;Spectrogram</source>
        <translation>&amp;स्पेक्ट्रोग्राम</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="411"/>
        <source>&amp;Models</source>
        <translation>&amp;मॉडल</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="413"/>
        <source>&amp;Jobs</source>
        <translation>&amp;जॉब</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="417"/>
        <source>&amp;Play/Pause</source>
        <translation>&amp;चलाएँ/रोकें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="420"/>
        <source>&amp;Stop</source>
        <translation>&amp;स्टॉप</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="424"/>
        <source>&amp;Loop selection</source>
        <translation>चयन को &amp;लूप करें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="434"/>
        <source>Recording %1</source>
        <translation>रिकॉर्डिंग %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="447"/>
        <source>&amp;A/B: result or original</source>
        <translation>&amp;A/B: परिणाम या मूल</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="453"/>
        <source>&amp;File</source>
        <translation>&amp;फ़ाइल</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="455"/>
        <source>Open &amp;recent</source>
        <translation>&amp;हाल की फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="464"/>
        <source>&amp;Edit</source>
        <translation>&amp;संपादन</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="473"/>
        <source>&amp;View</source>
        <translation>&amp;दृश्य</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="481"/>
        <source>&amp;Transport</source>
        <translation>&amp;ट्रांसपोर्ट</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="486"/>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="488"/>
        <source>Main</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="540"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="541"/>
        <source>Could not open %1: %2. Sonara opens audio files and the sound of video files that FFmpeg can read; check that the file is complete, or convert it to WAV or FLAC.</source>
        <translation>%1 नहीं खुल सकी: %2. Sonara वे ऑडियो फ़ाइलें और वीडियो फ़ाइलों की आवाज़ खोलता है जिन्हें FFmpeg पढ़ सकता है; जाँचें कि फ़ाइल पूरी है, या उसे WAV या FLAC में बदलें।</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="566"/>
        <source>Opening %1…</source>
        <translation>%1 खुल रहा है…</translation>
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
        <translation>कोई ट्रैक नहीं</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/main_window.cpp" line="655"/>
        <source>Duration %1 · %2 Hz · %n channel(s)</source>
        <translation>
            <numerusform>अवधि %1 · %2 Hz · %n चैनल</numerusform>
            <numerusform>अवधि %1 · %2 Hz · %n चैनल</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="660"/>
        <source>Selection %1 – %2 (%3)</source>
        <translation>चयन %1 – %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="667"/>
        <source>Position %1</source>
        <translation>स्थिति %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="673"/>
        <source>Hearing B: %1 (press B for the track)</source>
        <translation>B सुन रहे हैं: %1 (ट्रैक के लिए B दबाएँ)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="674"/>
        <source>Hearing A: the track (press B for %1)</source>
        <translation>A सुन रहे हैं: ट्रैक (%1 के लिए B दबाएँ)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="693"/>
        <source>Open a track first</source>
        <translation>पहले एक ट्रैक खोलें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="721"/>
        <source>%1 — %2.%3</source>
        <translation>%1 — %2.%3</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="726"/>
        <source>Credits: %1 min</source>
        <translation>क्रेडिट: %1 मिनट</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="728"/>
        <source>Exports cost their duration, billed per second. Editing and processing are free.</source>
        <translation>एक्सपोर्ट की कीमत उसकी अवधि है, प्रति सेकंड बिल। एडिटिंग और प्रोसेसिंग मुफ़्त हैं।</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="732"/>
        <source>Charged to your Sonara account; while offline, to its offline lease.</source>
        <translation>आपके Sonara अकाउंट से कटता है; ऑफ़लाइन होने पर उसकी ऑफ़लाइन लीज़ से।</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="735"/>
        <source>Charged to this computer&apos;s credits; sign in to use your account&apos;s minutes.</source>
        <translation>इस कंप्यूटर के क्रेडिट से कटता है; अपने अकाउंट के मिनट इस्तेमाल करने के लिए साइन इन करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="752"/>
        <source>Play</source>
        <translation>चलाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="800"/>
        <location filename="../app/studio/main_window.cpp" line="803"/>
        <source>Apply result</source>
        <translation>परिणाम लागू करें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="813"/>
        <source>Press B to switch between the track and %1</source>
        <translation>ट्रैक और %1 के बीच बदलने के लिए B दबाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="816"/>
        <source>Compare</source>
        <translation>तुलना करें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="838"/>
        <source>Open audio or video</source>
        <translation>ऑडियो या वीडियो खोलें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="862"/>
        <source>Export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="863"/>
        <source>%1 has voice edits marked in its transcript that are not applied yet. Export it with the edits?</source>
        <translation>%1 के ट्रांसक्रिप्ट में आवाज़ के ऐसे संपादन चिह्नित हैं जो अभी लागू नहीं हुए। क्या इसे इन संपादनों के साथ निर्यात करें?</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="867"/>
        <source>With the edits</source>
        <translation>संपादनों के साथ</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="868"/>
        <source>As recorded</source>
        <translation>जैसा रिकॉर्ड हुआ</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="878"/>
        <source>-edited</source>
        <translation>-edited</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="888"/>
        <source>Exported %1 (%2 min of credit)</source>
        <translation>%1 एक्सपोर्ट हुआ (%2 मिनट क्रेडिट)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="33"/>
        <source>Unsaved changes</source>
        <translation>बिना सहेजे बदलाव</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="34"/>
        <source>Save changes to %1 before closing?</source>
        <translation>बंद करने से पहले %1 के बदलाव सहेजें?</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="38"/>
        <source>Your edits live only in the studio until you export them. Discard loses them.</source>
        <translation>आपके संपादन निर्यात करने तक केवल स्टूडियो में रहते हैं। छोड़ने पर वे खो जाएँगे।</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="101"/>
        <source>Could not keep a copy of your edits in %1: check that the folder can be written.</source>
        <translation>आपके संपादनों की प्रति %1 में नहीं रखी जा सकी: जाँचें कि फ़ोल्डर में लिखा जा सकता है।</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="121"/>
        <source>Recover recording</source>
        <translation>रिकॉर्डिंग पुनर्प्राप्त करें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="122"/>
        <source>Sonara closed while recording %1. Keep the %2 that were recorded?</source>
        <translation>%1 रिकॉर्ड करते समय Sonara बंद हो गया। रिकॉर्ड किए गए %2 रखें?</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="155"/>
        <source>Unsaved edits from the last session were lost: %1.</source>
        <translation>पिछले सत्र के बिना सहेजे संपादन खो गए: %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="159"/>
        <location filename="../app/studio/main_window_recovery.cpp" line="173"/>
        <source>Recover edits</source>
        <translation>संपादन वापस लाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="160"/>
        <source>Sonara closed before your edits to %1 were saved. Recover them?</source>
        <translation>%1 के आपके संपादन सहेजे जाने से पहले Sonara बंद हो गया। उन्हें वापस लाएँ?</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="138"/>
        <source>Recover</source>
        <translation>वापस लाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window_recovery.cpp" line="174"/>
        <source>The edits to %1 cannot be recovered: %2. The file is open as it is on disk.</source>
        <translation>%1 के संपादन वापस नहीं लाए जा सकते: %2. फ़ाइल वैसी ही खुली है जैसी डिस्क पर है।</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="899"/>
        <source>API 127.0.0.1:%1</source>
        <translation>API 127.0.0.1:%1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="900"/>
        <source>The local API for scripts; its token is in %1</source>
        <translation>स्क्रिप्ट के लिए लोकल API; इसका टोकन %1 में है</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="905"/>
        <source>API off</source>
        <translation>API बंद</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="906"/>
        <source>The local API did not start: %1. Choose another port in the settings.</source>
        <translation>लोकल API शुरू नहीं हुई: %1। सेटिंग्स में दूसरा पोर्ट चुनें।</translation>
    </message>
</context>
<context>
    <name>sonara::studio::ModelManagerPage</name>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="34"/>
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="36"/>
        <source>Models run on this computer. Classic engines (eSpeak NG, PocketSphinx, FFmpeg) need none; the others need their model installed here first.</source>
        <translation>मॉडल इसी कंप्यूटर पर चलते हैं। क्लासिक इंजन (eSpeak NG, PocketSphinx, FFmpeg) को किसी की ज़रूरत नहीं; बाकी को पहले यहाँ अपना मॉडल इंस्टॉल चाहिए।</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="42"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="42"/>
        <source>Capability</source>
        <translation>क्षमता</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="43"/>
        <source>Architecture</source>
        <translation>आर्किटेक्चर</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="42"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="43"/>
        <source>Licence</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="43"/>
        <source>VRAM estimate</source>
        <translation>अनुमानित VRAM</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="42"/>
        <source>Installed</source>
        <translation>इंस्टॉल</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="22"/>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="76"/>
        <source>Install</source>
        <translation>इंस्टॉल करें</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="77"/>
        <source>Download the selected model from the catalog&apos;s address</source>
        <translation>चुने गए मॉडल को कैटलॉग के पते से डाउनलोड करें</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="78"/>
        <source>Install from URL…</source>
        <translation>URL से इंस्टॉल करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="79"/>
        <source>Install from folder…</source>
        <translation>फ़ोल्डर से इंस्टॉल करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="80"/>
        <source>Cancel download</source>
        <translation>डाउनलोड रद्द करें</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="81"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="99"/>
        <source>Select a model in the list first.</source>
        <translation>पहले सूची में एक मॉडल चुनें।</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="103"/>
        <source>Folder with the files of %1</source>
        <translation>%1 की फ़ाइलों वाला फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="111"/>
        <source>Remove model</source>
        <translation>मॉडल हटाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="112"/>
        <source>Remove %1 from this computer?</source>
        <translation>%1 को इस कंप्यूटर से हटाएँ?</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="174"/>
        <location filename="../app/studio/model_manager_page.cpp" line="182"/>
        <source>installed</source>
        <translation>इंस्टॉल है</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="174"/>
        <source>not installed</source>
        <translation>इंस्टॉल नहीं</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="233"/>
        <source>%1 is still downloading: wait for it or cancel it first.</source>
        <translation>%1 अभी डाउनलोड हो रहा है: प्रतीक्षा करें या पहले उसे रद्द करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="245"/>
        <source>Downloading %1…</source>
        <translation>%1 डाउनलोड हो रहा है…</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="259"/>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="268"/>
        <source>the download of %1 was %2</source>
        <translation>%1 का डाउनलोड: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="269"/>
        <location filename="../app/studio/model_manager_page.cpp" line="286"/>
        <source>%1 is installed.</source>
        <translation>%1 इंस्टॉल हो गया।</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="299"/>
        <source>%1 was removed.</source>
        <translation>%1 हटा दिया गया।</translation>
    </message>
</context>
<context>
    <name>sonara::studio::PagedTable</name>
    <message>
        <location filename="../app/studio/paged_table.cpp" line="35"/>
        <source>Previous</source>
        <translation>पिछला</translation>
    </message>
    <message>
        <location filename="../app/studio/paged_table.cpp" line="36"/>
        <source>Next</source>
        <translation>अगला</translation>
    </message>
    <message>
        <location filename="../app/studio/paged_table.cpp" line="39"/>
        <location filename="../app/studio/paged_table.cpp" line="89"/>
        <source>Filter these rows</source>
        <translation>इन पंक्तियों को छानें</translation>
    </message>
    <message>
        <location filename="../app/studio/paged_table.cpp" line="89"/>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/paged_table.cpp" line="216"/>
        <source>Page %1 of %2 · %n row(s)</source>
        <translation>
            <numerusform>पृष्ठ %2 में से %1 · %n पंक्ति</numerusform>
            <numerusform>पृष्ठ %2 में से %1 · %n पंक्तियाँ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonara::studio::PlanDialog</name>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="29"/>
        <source>New plan</source>
        <translation>नया प्लान</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="29"/>
        <source>Edit plan %1</source>
        <translation>प्लान %1 संपादित करें</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="34"/>
        <source>minutes-120</source>
        <translation>minutes-120</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="45"/>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="48"/>
        <source>one-off purchase</source>
        <translation>एकबारगी ख़रीद</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="49"/>
        <source> month(s)</source>
        <translation> महीने</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="56"/>
        <source>Id</source>
        <translation>आईडी</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="57"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="58"/>
        <source>Price</source>
        <translation>कीमत</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="59"/>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="60"/>
        <source>Minutes</source>
        <translation>मिनट</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="61"/>
        <source>Renews</source>
        <translation>नवीनीकरण</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="109"/>
        <source>Will be saved as: %1, %2 for %3 min, %4</source>
        <translation>इस रूप में सहेजा जाएगा: %1, %3 मिनट के लिए %2, %4</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="110"/>
        <source>(no name)</source>
        <translation>(कोई नाम नहीं)</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="118"/>
        <source>The id is lowercase letters, digits and dashes, such as minutes-120.</source>
        <translation>आईडी में छोटे अक्षर, अंक और डैश होते हैं, जैसे minutes-120।</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="120"/>
        <source>Enter the plan&apos;s name as buyers see it.</source>
        <translation>प्लान का नाम वैसे दर्ज करें जैसा ख़रीदार देखते हैं।</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="122"/>
        <source>The currency is a three-letter code such as usd, eur or inr.</source>
        <translation>मुद्रा तीन अक्षरों का कोड है, जैसे usd, eur या inr।</translation>
    </message>
</context>
<context>
    <name>sonara::studio::Recorder</name>
    <message>
        <location filename="../app/studio/recorder.cpp" line="24"/>
        <source>No microphone was found: connect one, or choose it as the default input in the system&apos;s sound settings.</source>
        <translation>कोई माइक्रोफ़ोन नहीं मिला: एक जोड़ें, या सिस्टम की साउंड सेटिंग्स में उसे डिफ़ॉल्ट इनपुट चुनें।</translation>
    </message>
    <message>
        <location filename="../app/studio/recorder.cpp" line="45"/>
        <source>The microphone could not be opened; check that no other program holds it.</source>
        <translation>माइक्रोफ़ोन खुल नहीं सका; जाँचें कि कोई और प्रोग्राम उसे उपयोग तो नहीं कर रहा।</translation>
    </message>
</context>
<context>
    <name>sonara::studio::RecordingController</name>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="21"/>
        <source>&amp;Record from microphone</source>
        <translation>माइक्रोफ़ोन से &amp;रिकॉर्ड करें</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="41"/>
        <location filename="../app/studio/recording_controller.cpp" line="88"/>
        <location filename="../app/studio/recording_controller.cpp" line="121"/>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="54"/>
        <source>Recording: press Ctrl+R again to stop</source>
        <translation>रिकॉर्डिंग जारी: रोकने के लिए फिर से Ctrl+R दबाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="55"/>
        <source>Recording, but not kept on disk until it stops (%1 cannot be written): press Ctrl+R again to stop</source>
        <translation>रिकॉर्डिंग चल रही है, पर रुकने तक डिस्क पर नहीं रखी जाती (%1 में लिखा नहीं जा सकता): रोकने के लिए फिर Ctrl+R दबाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="89"/>
        <source>The recording %1 cannot be recovered: %2.</source>
        <translation>रिकॉर्डिंग %1 पुनर्प्राप्त नहीं की जा सकती: %2।</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="46"/>
        <source>Recording %1</source>
        <translation>रिकॉर्डिंग %1</translation>
    </message>
</context>
<context>
    <name>sonara::studio::RecordingJournal</name>
    <message>
        <location filename="../app/studio/recording_journal.cpp" line="71"/>
        <source>the recording cannot be read</source>
        <translation>रिकॉर्डिंग पढ़ी नहीं जा सकती</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_journal.cpp" line="86"/>
        <source>the recording is damaged or from another version</source>
        <translation>रिकॉर्डिंग क्षतिग्रस्त है या किसी अन्य संस्करण की है</translation>
    </message>
</context>
<context>
    <name>sonara::studio::RefundDialog</name>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="63"/>
        <source>Refund a payment</source>
        <translation>भुगतान वापस करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="65"/>
        <source>Up to %1</source>
        <translation>अधिकतम %1</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="67"/>
        <source>Required: kept in the audit log</source>
        <translation>आवश्यक: ऑडिट लॉग में रखा जाता है</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="74"/>
        <source>Refund</source>
        <translation>वापस करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="76"/>
        <source>Amount (%1)</source>
        <translation>राशि (%1)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="77"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="80"/>
        <source>%1 paid %2 through %3; %4 refunded so far.</source>
        <translation>%1 ने %3 के ज़रिए %2 का भुगतान किया; अब तक %4 वापस किया गया।</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="112"/>
        <source>Enter the amount to refund.</source>
        <translation>वापस की जाने वाली राशि दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="113"/>
        <source>Enter an amount above zero and at most %1.</source>
        <translation>शून्य से अधिक और अधिकतम %1 की राशि दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_dialogs.cpp" line="121"/>
        <source>Refund %1 of %2 to %3 through %4. About %5 of their minutes are taken back (not below a zero balance). The money goes back at once; this cannot be undone.</source>
        <translation>%4 के ज़रिए %3 को %2 में से %1 वापस करें। उनके लगभग %5 मिनट वापस लिए जाएँगे (शेष शून्य से नीचे नहीं)। पैसा तुरंत लौटता है; इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
</context>
<context>
    <name>sonara::studio::SettingsDialog</name>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="53"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="59"/>
        <source>Automatic (a CUDA GPU when present)</source>
        <translation>स्वचालित (CUDA GPU हो तो वही)</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="39"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="38"/>
        <source>CUDA GPU %1</source>
        <translation>CUDA GPU %1</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="66"/>
        <source>Where models run, from the next job on; also what `sonara serve` uses unless it is given --device. A job whose model does not fit the GPU runs on the CPU and says so</source>
        <translation>मॉडल कहाँ चलते हैं, अगले कार्य से; यही `sonara serve` भी उपयोग करता है जब तक उसे --device न दिया जाए। जिस कार्य का मॉडल GPU में नहीं समाता, वह CPU पर चलता है और यह बताता है</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="68"/>
        <source>Compute device</source>
        <translation>कंप्यूट डिवाइस</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="71"/>
        <source>Automatic (fp16 on GPU, fp32 on CPU)</source>
        <translation>स्वचालित (GPU पर fp16, CPU पर fp32)</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="77"/>
        <source>Precision</source>
        <translation>प्रिसिज़न</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="84"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="89"/>
        <source>How much memory loaded models may keep between jobs; the least recently used model is unloaded first when more is needed</source>
        <translation>काम के बीच लोड किए गए मॉडल कितनी मेमोरी रख सकते हैं; ज़्यादा चाहिए होने पर सबसे पहले वह मॉडल हटाया जाता है जो सबसे लंबे समय से इस्तेमाल नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="91"/>
        <source>Model cache</source>
        <translation>मॉडल कैश</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="96"/>
        <source>Takes effect the next time the studio starts</source>
        <translation>अगली बार स्टूडियो शुरू होने पर लागू होगा</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="97"/>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="100"/>
        <location filename="../app/studio/settings_dialog.cpp" line="103"/>
        <source>Data directory</source>
        <translation>डेटा डायरेक्टरी</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="113"/>
        <source>Port of the local API on 127.0.0.1; 0 picks a free one. Takes effect the next time the studio starts</source>
        <translation>127.0.0.1 पर लोकल API का पोर्ट; 0 कोई खाली पोर्ट चुनता है। अगली बार स्टूडियो शुरू होने पर लागू होगा</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="115"/>
        <source>Local API port</source>
        <translation>लोकल API पोर्ट</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="121"/>
        <source>Scripts send it as a bearer token; it is kept in %1</source>
        <translation>स्क्रिप्ट इसे bearer टोकन के रूप में भेजती हैं; यह %1 में रखा है</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="123"/>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="125"/>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="126"/>
        <source>Rotate</source>
        <translation>बदलें</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="127"/>
        <source>Replace the token: scripts using the old one are refused</source>
        <translation>टोकन बदलें: पुराना टोकन उपयोग करने वाली स्क्रिप्ट अस्वीकार होंगी</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="132"/>
        <source>Local API token</source>
        <translation>लोकल API टोकन</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="143"/>
        <source>System language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="149"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="152"/>
        <source>Follow the desktop</source>
        <translation>डेस्कटॉप के अनुसार</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="153"/>
        <source>Light</source>
        <translation>हल्का</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="154"/>
        <source>Dark</source>
        <translation>गहरा</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="156"/>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="160"/>
        <source>The Sonara account service the studio signs in to</source>
        <translation>Sonara अकाउंट सेवा जिसमें स्टूडियो साइन इन करता है</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="161"/>
        <source>Account service</source>
        <translation>अकाउंट सेवा</translation>
    </message>
</context>
<context>
    <name>sonara::studio::SignInDialog</name>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="20"/>
        <source>The address of the Sonara account service</source>
        <translation>Sonara अकाउंट सेवा का पता</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="21"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="34"/>
        <source>Sign in</source>
        <translation>साइन इन करें</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="39"/>
        <source>Service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="40"/>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="41"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="65"/>
        <source>Enter the service address, such as https://sonara.studio.</source>
        <translation>सेवा का पता दर्ज करें, जैसे https://sonara.studio।</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="69"/>
        <source>Enter the email and the password of the account.</source>
        <translation>अकाउंट का ईमेल और पासवर्ड दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="72"/>
        <source>Signing in…</source>
        <translation>साइन इन हो रहा है…</translation>
    </message>
</context>
<context>
    <name>sonara::studio::StartPage</name>
    <message>
        <location filename="../app/studio/start_page.cpp" line="28"/>
        <source>Open a file…</source>
        <translation>फ़ाइल खोलें…</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="40"/>
        <source>What would you like to do?</source>
        <translation>आप क्या करना चाहेंगे?</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="43"/>
        <source>Open or drop an audio or video file to edit it, or pick what to make. Results open as tracks you can compare, apply and export.</source>
        <translation>संपादित करने के लिए कोई ऑडियो या वीडियो फ़ाइल खोलें या यहाँ छोड़ें, या चुनें कि क्या बनाना है। परिणाम ट्रैक के रूप में खुलते हैं जिन्हें आप तुलना, लागू और निर्यात कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="49"/>
        <source>Recent files</source>
        <translation>हाल की फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="77"/>
        <source>Open %1</source>
        <translation>%1 खोलें</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="120"/>
        <source>Ready: %1</source>
        <translation>तैयार: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="122"/>
        <source>Needs a model: install one from the Models page</source>
        <translation>मॉडल चाहिए: मॉडल पेज से एक इंस्टॉल करें</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="123"/>
        <source>No engine installed</source>
        <translation>कोई इंजन इंस्टॉल नहीं है</translation>
    </message>
    <message>
        <location filename="../app/studio/start_page.cpp" line="147"/>
        <source>Files you open appear here.</source>
        <translation>आप जो फ़ाइलें खोलते हैं वे यहाँ दिखती हैं।</translation>
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
        <translation>सोलो: केवल सोलो किए गए स्टेम सुनें</translation>
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
        <translation>म्यूट: इस स्टेम को सुनाई देने वाले से बाहर रखें</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_lane.cpp" line="71"/>
        <source>Export</source>
        <translation>निर्यात</translation>
    </message>
</context>
<context>
    <name>sonara::studio::StemPage</name>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="94"/>
        <location filename="../app/studio/stem_page.cpp" line="139"/>
        <source>Play</source>
        <translation>चलाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="95"/>
        <location filename="../app/studio/stem_page.cpp" line="135"/>
        <source>A/B: stems</source>
        <translation>A/B: स्टेम</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="97"/>
        <source>Export selected stems…</source>
        <translation>चुने हुए स्टेम निर्यात करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="104"/>
        <source>Switch between the stems you hear (solo and mute) and the original mix, at the same moment</source>
        <translation>सुने जा रहे स्टेम (सोलो और म्यूट) और मूल मिश्रण के बीच उसी क्षण पर बदलें</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="119"/>
        <source>Format</source>
        <translation>फ़ॉर्मैट</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="135"/>
        <source>A/B: mix</source>
        <translation>A/B: मिश्रण</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="139"/>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="154"/>
        <location filename="../app/studio/stem_page.cpp" line="228"/>
        <source>Separate a song to see its stems here.</source>
        <translation>किसी गीत को अलग करें ताकि उसके स्टेम यहाँ दिखें।</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="185"/>
        <source>This job has no stems to show: only a finished separation has.</source>
        <translation>इस कार्य में दिखाने के लिए कोई स्टेम नहीं है: केवल पूरा हुआ पृथक्करण ही स्टेम देता है।</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="205"/>
        <source>Loading the stems…</source>
        <translation>स्टेम लोड हो रहे हैं…</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="224"/>
        <source>The %1 stem of this job cannot be read any more; run the separation again.</source>
        <translation>इस कार्य का %1 स्टेम अब पढ़ा नहीं जा सकता; पृथक्करण फिर से चलाएँ।</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="201"/>
        <location filename="../app/studio/stem_page.cpp" line="229"/>
        <source>The stems of this job are gone; run the separation again.</source>
        <translation>इस कार्य के स्टेम अब मौजूद नहीं हैं; पृथक्करण फिर से चलाएँ।</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="265"/>
        <source>Stems of %1</source>
        <translation>%1 के स्टेम</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="260"/>
        <source>the sum of the stems</source>
        <translation>स्टेम का योग</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="262"/>
        <source>The original mix is no longer where it was, so A/B compares with the sum of all stems.</source>
        <translation>मूल मिश्रण अब अपनी जगह पर नहीं है, इसलिए A/B सभी स्टेम के योग से तुलना करता है।</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="295"/>
        <source>stems</source>
        <translation>स्टेम</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="318"/>
        <source>Export the selected stems to</source>
        <translation>चुने हुए स्टेम यहाँ निर्यात करें</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="329"/>
        <source>Open a separation first.</source>
        <translation>पहले कोई पृथक्करण खोलें।</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="353"/>
        <source>Tick Export on the stems to write.</source>
        <translation>जिन स्टेम को लिखना है उन पर निर्यात चुनें।</translation>
    </message>
    <message>
        <location filename="../app/studio/stem_page.cpp" line="374"/>
        <source>Stems exported: %1</source>
        <translation>निर्यात किए गए स्टेम: %1</translation>
    </message>
</context>
<context>
    <name>sonara::studio::StudioStatusBar</name>
    <message>
        <location filename="../app/studio/status_bar.cpp" line="51"/>
        <source>Device: %1</source>
        <translation>डिवाइस: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/status_bar.cpp" line="53"/>
        <source>Running on %1</source>
        <translation>%1 पर चल रहा है</translation>
    </message>
    <message>
        <location filename="../app/studio/status_bar.cpp" line="56"/>
        <source>Where models run. Choose the device in Settings; a job whose model does not fit the GPU runs on the CPU and says so</source>
        <translation>मॉडल कहाँ चलते हैं। सेटिंग्स में डिवाइस चुनें; जिस कार्य का मॉडल GPU में नहीं समाता, वह CPU पर चलता है और यह बताता है</translation>
    </message>
</context>
<context>
    <name>sonara::studio::TakesPanel</name>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="107"/>
        <source>Takes</source>
        <translation>टेक</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="112"/>
        <source>Every run of the form is kept here as a take, to compare and keep the best.</source>
        <translation>फ़ॉर्म का हर रन यहाँ एक टेक के रूप में रखा जाता है, ताकि आप तुलना करके सबसे अच्छा रख सकें।</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="123"/>
        <source>Prompt</source>
        <translation>प्रॉम्प्ट</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="123"/>
        <source>Seed</source>
        <translation>सीड</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="123"/>
        <source>Length</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="123"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="142"/>
        <source>Again</source>
        <translation>फिर से</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="145"/>
        <source>Makes the selected take again with the same settings (a seed of -1 draws a new one)</source>
        <translation>चुने गए टेक को उन्हीं सेटिंग्स के साथ फिर से बनाता है (-1 का सीड नया सीड चुनता है)</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="147"/>
        <source>Variation</source>
        <translation>वेरिएशन</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="149"/>
        <source>Makes the selected take again with a new seed</source>
        <translation>चुने गए टेक को नए सीड के साथ फिर से बनाता है</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="150"/>
        <source>Open as track</source>
        <translation>ट्रैक के रूप में खोलें</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="152"/>
        <source>Opens the selected take in the editor as a new track</source>
        <translation>चुने गए टेक को एडिटर में नए ट्रैक के रूप में खोलता है</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="153"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="156"/>
        <source>Removes the selected take from the list; its file stays among the job&apos;s results</source>
        <translation>चुने गए टेक को सूची से हटाता है; उसकी फ़ाइल जॉब के नतीजों में बनी रहती है</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="231"/>
        <source>Generating…</source>
        <translation>बनाया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="236"/>
        <source>Generating… %1%</source>
        <translation>बनाया जा रहा है… %1%</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="249"/>
        <source>The run was cancelled.</source>
        <translation>रन रद्द कर दिया गया।</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="250"/>
        <source>The run failed: %1</source>
        <translation>रन विफल रहा: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="302"/>
        <source>The run finished without audio.</source>
        <translation>रन बिना ऑडियो के समाप्त हुआ।</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="308"/>
        <source>New take ready: press its play button to hear it.</source>
        <translation>नया टेक तैयार है: सुनने के लिए उसका प्ले बटन दबाएँ।</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="309"/>
        <source>Take ready: %1</source>
        <translation>टेक तैयार: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="325"/>
        <source>Playing: %1</source>
        <translation>चल रहा है: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="355"/>
        <source>This take is starred to keep it: unstar it first to delete it.</source>
        <translation>यह टेक रखने के लिए स्टार किया गया है: हटाने से पहले स्टार हटाएँ।</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="364"/>
        <source>Take deleted.</source>
        <translation>टेक हटा दिया गया।</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="439"/>
        <source>The takes could not be saved in the data folder: check that it is writable and has free space.</source>
        <translation>टेक डेटा फ़ोल्डर में सहेजे नहीं जा सके: जाँचें कि उसमें लिखा जा सकता है और खाली जगह है।</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="445"/>
        <source>%1, seed %2</source>
        <translation>%1, सीड %2</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="131"/>
        <location filename="../app/studio/takes_panel.cpp" line="496"/>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="131"/>
        <location filename="../app/studio/takes_panel.cpp" line="496"/>
        <source>Play</source>
        <translation>चलाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="497"/>
        <source>Stops this take</source>
        <translation>इस टेक को रोकता है</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="497"/>
        <source>Plays this take</source>
        <translation>इस टेक को चलाता है</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="503"/>
        <source>Starred: kept. Click to unstar</source>
        <translation>स्टार किया गया: रखा जाएगा। स्टार हटाने के लिए क्लिक करें</translation>
    </message>
    <message>
        <location filename="../app/studio/takes_panel.cpp" line="504"/>
        <source>Star this take to keep it</source>
        <translation>इस टेक को रखने के लिए स्टार करें</translation>
    </message>
</context>
<context>
    <name>sonara::studio::TranscriptView</name>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="93"/>
        <source>Export transcript…</source>
        <translation>ट्रांसक्रिप्ट एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="107"/>
        <source>Could not read the transcript %1: %2</source>
        <translation>ट्रांसक्रिप्ट %1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="112"/>
        <source>%1 is not a transcript: it is not a JSON object.</source>
        <translation>%1 ट्रांसक्रिप्ट नहीं है: यह JSON ऑब्जेक्ट नहीं है।</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="158"/>
        <source>Open a track and run Speech to text on it: its transcript appears here.</source>
        <translation>कोई ट्रैक खोलें और उस पर वाक् से पाठ चलाएँ: उसकी ट्रांसक्रिप्ट यहाँ दिखेगी।</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="160"/>
        <source>No transcript of %1 yet: run Speech to text on it.</source>
        <translation>%1 की अभी कोई ट्रांसक्रिप्ट नहीं है: उस पर वाक् से पाठ चलाएँ।</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="164"/>
        <source>Transcript</source>
        <translation>ट्रांसक्रिप्ट</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="165"/>
        <source>Transcript of %1</source>
        <translation>%1 की ट्रांसक्रिप्ट</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="427"/>
        <source>transcript</source>
        <translation>transcript</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="446"/>
        <location filename="../app/studio/transcript_view.cpp" line="453"/>
        <source>Export transcript</source>
        <translation>ट्रांसक्रिप्ट एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="448"/>
        <source>Subtitles (*.srt *.vtt);;Text (*.txt);;JSON (*.json)</source>
        <translation>सबटाइटल (*.srt *.vtt);;टेक्स्ट (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="454"/>
        <source>Could not write %1: choose a .srt, .vtt, .txt or .json file in a folder you can write to.</source>
        <translation>%1 लिखा नहीं जा सका: ऐसे फ़ोल्डर में .srt, .vtt, .txt या .json फ़ाइल चुनें जिसमें आप लिख सकें।</translation>
    </message>
</context>
<context>
    <name>sonara::studio::Transport</name>
    <message>
        <location filename="../app/studio/transport.cpp" line="224"/>
        <source>There is no audio output device, so nothing can be played. Connect headphones or speakers, or check the sound settings, then press Play again.</source>
        <translation>कोई ऑडियो आउटपुट डिवाइस नहीं है, इसलिए कुछ भी नहीं चलाया जा सकता। हेडफ़ोन या स्पीकर जोड़ें, या ध्वनि सेटिंग जाँचें, फिर चलाएँ दोबारा दबाएँ।</translation>
    </message>
</context>
<context>
    <name>sonara::studio::TtsPreviewPanel</name>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="46"/>
        <source>Takes</source>
        <translation>टेक</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="94"/>
        <source>Run the form to hear the text; every run is kept here as a take.</source>
        <translation>पाठ सुनने के लिए फ़ॉर्म चलाएँ; हर बार का परिणाम यहाँ एक टेक के रूप में रखा जाता है।</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="58"/>
        <source>Text</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="58"/>
        <source>Voice</source>
        <translation>आवाज़</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="58"/>
        <source>Engine</source>
        <translation>इंजन</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="58"/>
        <source>Length</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="67"/>
        <source>Play</source>
        <translation>चलाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="68"/>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="69"/>
        <source>Open as track</source>
        <translation>ट्रैक के रूप में खोलें</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="73"/>
        <source>Plays the selected take</source>
        <translation>चुना हुआ टेक चलाता है</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="74"/>
        <source>Opens the selected take in the editor as a new track</source>
        <translation>चुने हुए टेक को संपादक में नए ट्रैक के रूप में खोलता है</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="139"/>
        <source>Speaking…</source>
        <translation>बोल रहा है…</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="144"/>
        <source>Speaking… %1%</source>
        <translation>बोल रहा है… %1%</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="157"/>
        <source>The take was cancelled.</source>
        <translation>टेक रद्द कर दिया गया।</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="158"/>
        <source>The take failed: %1</source>
        <translation>टेक विफल रहा: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="171"/>
        <source>The take finished without audio.</source>
        <translation>टेक बिना ऑडियो के समाप्त हुआ।</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="177"/>
        <source>default</source>
        <translation>डिफ़ॉल्ट</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="200"/>
        <source>New take ready: press Play to hear it.</source>
        <translation>नया टेक तैयार है: सुनने के लिए चलाएँ दबाएँ।</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="201"/>
        <source>Speech ready: %1</source>
        <translation>वाणी तैयार: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/tts_preview_panel.cpp" line="224"/>
        <source>Playing: %1</source>
        <translation>चल रहा है: %1</translation>
    </message>
</context>
<context>
    <name>sonara::studio::UrlInstallDialog</name>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="21"/>
        <source>Install a model from a URL</source>
        <translation>URL से मॉडल इंस्टॉल करें</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="22"/>
        <source>my-model</source>
        <translation>my-model</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="23"/>
        <source>https://example.com/model.safetensors</source>
        <translation>https://example.com/model.safetensors</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="24"/>
        <source>64 hexadecimal digits</source>
        <translation>64 हेक्साडेसिमल अंक</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="25"/>
        <source>The download is refused unless its sha256 matches</source>
        <translation>sha256 मेल न खाने पर डाउनलोड अस्वीकार कर दिया जाता है</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="30"/>
        <source>Model id</source>
        <translation>मॉडल आईडी</translation>
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
        <translation>आर्किटेक्चर</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="63"/>
        <source>Enter a model id without slashes, such as my-model.</source>
        <translation>बिना स्लैश की मॉडल आईडी दर्ज करें, जैसे my-model।</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="66"/>
        <source>Enter the http(s) address of the checkpoint file.</source>
        <translation>चेकपॉइंट फ़ाइल का http(s) पता दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="69"/>
        <source>Enter the file&apos;s sha256 (64 hexadecimal digits), so a damaged or changed download is refused.</source>
        <translation>फ़ाइल का sha256 (64 हेक्साडेसिमल अंक) दर्ज करें, ताकि ख़राब या बदला हुआ डाउनलोड अस्वीकार हो जाए।</translation>
    </message>
    <message>
        <location filename="../app/studio/url_install_dialog.cpp" line="72"/>
        <source>Choose the architecture the checkpoint holds.</source>
        <translation>चेकपॉइंट में मौजूद आर्किटेक्चर चुनें।</translation>
    </message>
</context>
<context>
    <name>sonara::studio::UserMessage</name>
    <message>
        <location filename="../app/studio/user_message.cpp" line="34"/>
        <location filename="../app/studio/user_message.cpp" line="40"/>
        <location filename="../app/studio/user_message.cpp" line="52"/>
        <source>an unexpected error occurred</source>
        <translation>एक अनपेक्षित त्रुटि हुई</translation>
    </message>
</context>
<context>
    <name>sonara::studio::VoiceAddDialog</name>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="31"/>
        <source>Your full name</source>
        <translation>आपका पूरा नाम</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="32"/>
        <source>The speaker agreed to the statement above</source>
        <translation>वक्ता ने ऊपर दिए गए कथन पर सहमति दी है</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="35"/>
        <source>Confirmed by:</source>
        <translation>पुष्टि करने वाले:</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="36"/>
        <source>Consent</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="56"/>
        <source>I am the person whose voice is in these recordings, or I have their permission, and I agree that this voice may be used to make speech with Sonara Studio.</source>
        <translation>मैं वही व्यक्ति हूँ जिसकी आवाज़ इन रिकॉर्डिंग में है, या मेरे पास उनकी अनुमति है, और मैं सहमत हूँ कि इस आवाज़ से Sonara Studio में भाषण बनाया जा सकता है।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="62"/>
        <source>Add a voice</source>
        <translation>आवाज़ जोड़ें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="66"/>
        <source>e.g. en-GB (optional)</source>
        <translation>जैसे en-GB (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="69"/>
        <source>Add recordings…</source>
        <translation>रिकॉर्डिंग जोड़ें…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="73"/>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="74"/>
        <source>Language:</source>
        <translation>भाषा:</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="78"/>
        <source>Recordings:</source>
        <translation>रिकॉर्डिंग:</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="79"/>
        <source>Each recording 1 s to 5 min; silence is trimmed, noise reduced and loudness evened out once, and the originals are kept.</source>
        <translation>हर रिकॉर्डिंग 1 सेकंड से 5 मिनट; एक बार में खामोशी हटाई जाती है, शोर घटाया जाता है और लाउडनेस बराबर की जाती है, और मूल रिकॉर्डिंग रखी जाती हैं।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="85"/>
        <source>Add voice</source>
        <translation>आवाज़ जोड़ें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="102"/>
        <source>Recordings of the voice</source>
        <translation>आवाज़ की रिकॉर्डिंग</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="103"/>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;All files (*)</source>
        <translation>ऑडियो (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;सभी फ़ाइलें (*)</translation>
    </message>
</context>
<context>
    <name>sonara::studio::VoiceConsentDialog</name>
    <message>
        <location filename="../app/studio/voice_add_dialog.cpp" line="143"/>
        <source>Consent for %1</source>
        <translation>%1 के लिए सहमति</translation>
    </message>
</context>
<context>
    <name>sonara::studio::VoiceEditPanel</name>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="166"/>
        <source>Cut</source>
        <translation>काटें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="166"/>
        <source>Cut the selected words (Delete)</source>
        <translation>चुने हुए शब्द काटें (Delete)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="168"/>
        <source>Mute</source>
        <translation>म्यूट करें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="169"/>
        <source>Mute the selected words with the room tone (M)</source>
        <translation>चुने हुए शब्दों को कमरे की ध्वनि से म्यूट करें (M)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="171"/>
        <source>Bleep</source>
        <translation>बीप</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="171"/>
        <source>Bleep the selected words (B)</source>
        <translation>चुने हुए शब्दों पर बीप लगाएँ (B)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="173"/>
        <source>Keep</source>
        <translation>रखें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="174"/>
        <source>Clear the marks of the selected words (K)</source>
        <translation>चुने हुए शब्दों के निशान हटाएँ (K)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="186"/>
        <source>Preview</source>
        <translation>पूर्वावलोकन</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="187"/>
        <source>Play the track as the marks make it; the A/B switch goes back</source>
        <translation>ट्रैक को निशानों के अनुसार बजाएँ; A/B स्विच वापस ले जाता है</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="189"/>
        <source>Apply edits</source>
        <translation>संपादन लागू करें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="190"/>
        <source>Render the marks with the voice editor into the track (one undo step)</source>
        <translation>वॉइस एडिटर से निशानों को ट्रैक में लागू करें (एक पूर्ववत चरण)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="194"/>
        <location filename="../app/studio/voice_edit_panel.cpp" line="405"/>
        <source>Remove fillers</source>
        <translation>भराव शब्द हटाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="195"/>
        <source>Propose cutting filler words (um, uh, &quot;you know&quot;…) from the language&apos;s list and yours</source>
        <translation>भाषा की सूची और आपकी अपनी सूची से भराव शब्द (अम, अह, &quot;मतलब&quot;…) काटने का सुझाव देता है</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="198"/>
        <location filename="../app/studio/voice_edit_panel.cpp" line="411"/>
        <source>Shorten silences</source>
        <translation>चुप्पियाँ छोटी करें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="199"/>
        <source>Propose shortening pauses longer than %1 s to %2 s</source>
        <translation>%1 s से लंबे ठहराव को %2 s करने का सुझाव देता है</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="203"/>
        <location filename="../app/studio/voice_edit_panel.cpp" line="415"/>
        <source>Find bloopers</source>
        <translation>गलत टेक खोजें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="204"/>
        <source>Propose cutting the earlier takes of a phrase started again</source>
        <translation>दोबारा शुरू किए गए वाक्यांश के पहले के टेक काटने का सुझाव देता है</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="207"/>
        <source>Accept</source>
        <translation>स्वीकारें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="210"/>
        <source>Accept all</source>
        <translation>सभी स्वीकारें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="210"/>
        <source>Accept every proposal</source>
        <translation>हर सुझाव स्वीकारें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="212"/>
        <source>Reject</source>
        <translation>अस्वीकारें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="208"/>
        <source>Accept the proposal at the selection, or the first one</source>
        <translation>चयन पर का सुझाव स्वीकारें, नहीं तो पहला</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="175"/>
        <source>Room tone</source>
        <translation>कमरे की ध्वनि</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="176"/>
        <source>Use the waveform&apos;s selection, a stretch without speech, as the room tone that fills muted spans and cut joins (else the quietest stretch is used)</source>
        <translation>वेवफ़ॉर्म का चयन, बिना बोली वाला हिस्सा, कमरे की ध्वनि के रूप में लें जो म्यूट हिस्सों और कट के जोड़ों को भरती है (नहीं तो सबसे शांत हिस्सा लिया जाता है)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="179"/>
        <source>Hear edits</source>
        <translation>संपादन सुनें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="180"/>
        <source>Play the track with its marks in place, live as you mark: cut spans are skipped, muted and bleeped ones covered (off: the track as recorded)</source>
        <translation>ट्रैक को उसके निशानों के साथ चलाएँ, निशान लगाते ही: कटे हिस्से छोड़े जाते हैं, म्यूट और बीप किए हिस्से ढके जाते हैं (बंद: ट्रैक जैसा रिकॉर्ड हुआ)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="213"/>
        <source>Drop the proposal at the selection, or the first one</source>
        <translation>चयन पर का सुझाव हटाएँ, नहीं तो पहला</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="338"/>
        <source>Select words in the transcript first.</source>
        <translation>पहले ट्रांसक्रिप्ट में शब्द चुनें।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="367"/>
        <source>Cut words</source>
        <translation>शब्द काटें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="368"/>
        <source>Mute words</source>
        <translation>शब्द म्यूट करें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="369"/>
        <source>Bleep words</source>
        <translation>शब्दों पर बीप</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="370"/>
        <source>Keep words</source>
        <translation>शब्द रखें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="376"/>
        <source>Run Speech to text on the track first: the rules read its words.</source>
        <translation>पहले ट्रैक पर आवाज़ से टेक्स्ट चलाएँ: नियम उसके शब्द पढ़ते हैं।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="386"/>
        <source>%1: nothing to propose.</source>
        <translation>%1: सुझाने को कुछ नहीं।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="395"/>
        <source>%1: %2 proposed; accept them one by one or all.</source>
        <translation>%1: %2 सुझाए गए; उन्हें एक-एक करके या सभी स्वीकारें।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="421"/>
        <source>No proposals: use Remove fillers, Shorten silences or Find bloopers.</source>
        <translation>कोई सुझाव नहीं: भराव शब्द हटाएँ, चुप्पियाँ छोटी करें या गलत टेक खोजें का उपयोग करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="444"/>
        <source>Accept proposal</source>
        <translation>सुझाव स्वीकारें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="462"/>
        <source>Accept all proposals</source>
        <translation>सभी सुझाव स्वीकारें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="481"/>
        <source>Reject proposal</source>
        <translation>सुझाव अस्वीकारें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="488"/>
        <source>Select a quiet stretch of at least 0.05 s on the waveform first.</source>
        <translation>पहले वेवफ़ॉर्म पर कम से कम 0.05 s का शांत हिस्सा चुनें।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="495"/>
        <source>Set room tone</source>
        <translation>कमरे की ध्वनि तय करें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="501"/>
        <location filename="../app/studio/voice_edit_panel.cpp" line="527"/>
        <source>Mark words to cut, mute or bleep first.</source>
        <translation>पहले काटने, म्यूट करने या बीप के लिए शब्द चिह्नित करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="509"/>
        <source>%1 with the voice edit</source>
        <translation>वॉइस संपादन के साथ %1</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="516"/>
        <source>Playing the voice edit; the A/B switch goes back to the track.</source>
        <translation>वॉइस संपादन बज रहा है; A/B स्विच ट्रैक पर वापस ले जाता है।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="518"/>
        <source>Preview: %1</source>
        <translation>पूर्वावलोकन: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="532"/>
        <source>The track could not be handed to the voice editor.</source>
        <translation>ट्रैक वॉइस एडिटर को नहीं दिया जा सका।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="548"/>
        <location filename="../app/studio/voice_edit_panel.cpp" line="605"/>
        <source>Apply edits: %1</source>
        <translation>संपादन लागू करें: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="553"/>
        <source>Applying the voice edit to %1…</source>
        <translation>%1 पर वॉइस संपादन लागू हो रहा है…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="567"/>
        <source>The voice edit was cancelled; the track is unchanged.</source>
        <translation>वॉइस संपादन रद्द हुआ; ट्रैक अपरिवर्तित है।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="568"/>
        <source>The voice edit failed: %1</source>
        <translation>वॉइस संपादन विफल रहा: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="579"/>
        <source>The track changed while the voice edit ran, so it was left as it is; the edited audio is in the Jobs panel.</source>
        <translation>वॉइस संपादन चलते समय ट्रैक बदल गया, इसलिए उसे वैसा ही छोड़ा गया; संपादित ऑडियो जॉब पैनल में है।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="589"/>
        <source>The voice edit left no result; run it again.</source>
        <translation>वॉइस संपादन का कोई परिणाम नहीं मिला; इसे फिर चलाएँ।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="601"/>
        <source>Voice edit</source>
        <translation>वॉइस संपादन</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="602"/>
        <source>Voice edit applied: %1 s shorter.</source>
        <translation>वॉइस संपादन लागू: %1 s छोटा।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="684"/>
        <source>Select words, then Delete cuts them, M mutes, B bleeps.</source>
        <translation>शब्द चुनें, फिर Delete उन्हें काटता है, M म्यूट करता है, B बीप करता है।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="685"/>
        <source>Cuts: %1 · muted: %2 · bleeped: %3 · proposed: %4 · %5 s shorter</source>
        <translation>कट: %1 · म्यूट: %2 · बीप: %3 · सुझाए गए: %4 · %5 s छोटा</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_edit_panel.cpp" line="692"/>
        <source> · room tone %1–%2 s</source>
        <translation> · कमरे की ध्वनि %1–%2 s</translation>
    </message>
</context>
<context>
    <name>sonara::studio::VoiceLibraryPage</name>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="51"/>
        <source>The voice library could not be changed. Check the free space in the data folder and try again.</source>
        <translation>आवाज़ लाइब्रेरी बदली नहीं जा सकी। डेटा फ़ोल्डर में खाली जगह जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="65"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="65"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="65"/>
        <source>Speech</source>
        <translation>भाषण</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="65"/>
        <source>Consent</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="79"/>
        <source>Add voice…</source>
        <translation>आवाज़ जोड़ें…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="80"/>
        <source>Import…</source>
        <translation>आयात करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="81"/>
        <source>Rename…</source>
        <translation>नाम बदलें…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="82"/>
        <source>Record consent…</source>
        <translation>सहमति दर्ज करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="83"/>
        <source>Export…</source>
        <translation>निर्यात करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="84"/>
        <source>Share voice…</source>
        <translation>आवाज़ साझा करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="85"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="113"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="116"/>
        <source>Missing: record it before using the voice</source>
        <translation>नहीं है: आवाज़ इस्तेमाल करने से पहले दर्ज करें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="169"/>
        <source>Adding %1: cleaning its recordings…</source>
        <translation>%1 जोड़ी जा रही है: रिकॉर्डिंग साफ़ की जा रही हैं…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="181"/>
        <source>Add a voice</source>
        <translation>आवाज़ जोड़ें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="181"/>
        <source>%1 was not added: %2</source>
        <translation>%1 नहीं जोड़ी गई: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="184"/>
        <source>Added the voice %1</source>
        <translation>आवाज़ %1 जोड़ी गई</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="208"/>
        <source>%1 is not readable audio; choose a WAV, FLAC, MP3 or Ogg recording</source>
        <translation>%1 पढ़ने योग्य ऑडियो नहीं है; WAV, FLAC, MP3 या Ogg रिकॉर्डिंग चुनें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="224"/>
        <location filename="../app/studio/voice_library_page.cpp" line="245"/>
        <location filename="../app/studio/voice_library_page.cpp" line="260"/>
        <source>Import a voice</source>
        <translation>आवाज़ आयात करें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="225"/>
        <source>Sonara voices (*%1);;All files (*)</source>
        <translation>Sonara आवाज़ें (*%1);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="246"/>
        <source>%1
Import it under another name:</source>
        <translation>%1
इसे दूसरे नाम से आयात करें:</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="256"/>
        <source>Imported the voice %1</source>
        <translation>आवाज़ %1 आयात की गई</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="271"/>
        <source>Export %1</source>
        <translation>%1 निर्यात करें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="273"/>
        <source>Sonara voices (*%1)</source>
        <translation>Sonara आवाज़ें (*%1)</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="282"/>
        <source>Exported the voice to %1</source>
        <translation>आवाज़ %1 में निर्यात की गई</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="285"/>
        <location filename="../app/studio/voice_library_page.cpp" line="287"/>
        <source>Export a voice</source>
        <translation>आवाज़ निर्यात करें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="299"/>
        <source>Rename %1</source>
        <translation>%1 का नाम बदलें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="299"/>
        <source>New name:</source>
        <translation>नया नाम:</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="309"/>
        <source>Rename a voice</source>
        <translation>आवाज़ का नाम बदलें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="325"/>
        <source>Record consent</source>
        <translation>सहमति दर्ज करें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="337"/>
        <location filename="../app/studio/voice_library_page.cpp" line="345"/>
        <location filename="../app/studio/voice_library_page.cpp" line="375"/>
        <location filename="../app/studio/voice_library_page.cpp" line="383"/>
        <location filename="../app/studio/voice_library_page.cpp" line="401"/>
        <location filename="../app/studio/voice_library_page.cpp" line="409"/>
        <source>Share voice</source>
        <translation>आवाज़ साझा करें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="337"/>
        <source>%1 has no recorded consent: record it before sharing the voice.</source>
        <translation>%1 की कोई सहमति दर्ज नहीं है: आवाज़ साझा करने से पहले उसे दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="347"/>
        <source>Other Sonara users will be able to use this voice once the moderators approve it. They receive its first %1 seconds to listen to; the rest stays on this computer.</source>
        <translation>मॉडरेटर की मंज़ूरी के बाद Sonara के दूसरे उपयोगकर्ता यह आवाज़ इस्तेमाल कर सकेंगे। सुनने के लिए उन्हें इसके पहले %1 सेकंड मिलते हैं; बाकी इसी कंप्यूटर पर रहता है।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="355"/>
        <source>Share</source>
        <translation>साझा करें</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="363"/>
        <source>Shared as:</source>
        <translation>इस नाम से साझा:</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="375"/>
        <source>The voice&apos;s recordings are missing: add the voice again.</source>
        <translation>आवाज़ की रिकॉर्डिंग मौजूद नहीं हैं: आवाज़ फिर से जोड़ें।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="388"/>
        <source>Sharing %1…</source>
        <translation>%1 साझा की जा रही है…</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="396"/>
        <source>%1 was sent to the moderators; other users can use it once they approve it.</source>
        <translation>%1 मॉडरेटर को भेज दी गई; उनकी मंज़ूरी के बाद दूसरे उपयोगकर्ता इसे इस्तेमाल कर सकेंगे।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="406"/>
        <source>Sign in to your Sonara account to share a voice.</source>
        <translation>आवाज़ साझा करने के लिए अपने Sonara खाते में साइन इन करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="418"/>
        <source>Delete %1</source>
        <translation>%1 हटाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="419"/>
        <source>Delete the voice %1 and its recordings? Export it first to keep a copy.</source>
        <translation>आवाज़ %1 और उसकी रिकॉर्डिंग हटाएँ? एक प्रति रखने के लिए पहले इसे निर्यात करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/voice_library_page.cpp" line="429"/>
        <source>Delete a voice</source>
        <translation>आवाज़ हटाएँ</translation>
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
        <translation>शुरू करने के लिए कोई ऑडियो या वीडियो फ़ाइल खोलें या यहाँ छोड़ें (Ctrl+O)</translation>
    </message>
</context>
</TS>
