<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
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
        <location filename="../app/studio/main.cpp" line="41"/>
        <source>Sonara Studio</source>
        <translation>Sonara Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="42"/>
        <source>The studio could not start: %1</source>
        <translation>स्टूडियो शुरू नहीं हो सका: %1</translation>
    </message>
</context>
<context>
    <name>capability</name>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="32"/>
        <source>Text to speech</source>
        <translation>टेक्स्ट से आवाज़</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="33"/>
        <source>Speaks a text in a chosen voice.</source>
        <translation>किसी चुनी हुई आवाज़ में टेक्स्ट बोलता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="35"/>
        <source>Text</source>
        <translation>टेक्स्ट</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="36"/>
        <source>The text to speak.</source>
        <translation>बोला जाने वाला टेक्स्ट।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="233"/>
        <source>eSpeak NG</source>
        <translation>eSpeak NG</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="234"/>
        <source>Compact formant speech in over 100 languages; clear but robotic, instant on any CPU.</source>
        <translation>100 से ज़्यादा भाषाओं में कॉम्पैक्ट फ़ॉर्मैंट स्पीच; साफ़ पर रोबोट जैसी, किसी भी CPU पर तुरंत।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="119"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="118"/>
        <source>Voice</source>
        <translation>आवाज़</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="120"/>
        <source>Language and accent of the eSpeak NG voice.</source>
        <translation>eSpeak NG आवाज़ की भाषा और लहजा।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="125"/>
        <source>Variant</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="127"/>
        <source>Voice character: m1-m7 male, f1-f5 female, klatt, whisper, croak and others; none keeps the language&apos;s own voice.</source>
        <translation>आवाज़ का स्वभाव: m1-m7 पुरुष, f1-f5 महिला, klatt, whisper, croak और अन्य; none भाषा की अपनी आवाज़ रखता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="22"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="133"/>
        <source>Speed</source>
        <translation>गति</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="135"/>
        <source>Speaking speed.</source>
        <translation>बोलने की गति।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="134"/>
        <source>words per minute</source>
        <translation>शब्द प्रति मिनट</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="140"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="140"/>
        <source>Pitch</source>
        <translation>पिच</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="141"/>
        <source>Base pitch: 0 is lowest, 50 normal, 99 highest.</source>
        <translation>मूल पिच: 0 सबसे नीची, 50 सामान्य, 99 सबसे ऊँची।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="146"/>
        <source>Volume</source>
        <translation>वॉल्यूम</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="148"/>
        <source>Loudness: 100 is normal; above 100 may distort.</source>
        <translation>वॉल्यूम: 100 सामान्य है; 100 से ऊपर आवाज़ बिगड़ सकती है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/espeak_tts_engine.cpp" line="147"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="44"/>
        <source>Speech to text</source>
        <translation>आवाज़ से टेक्स्ट</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="46"/>
        <source>Transcribes speech with word timings; exports subtitles.</source>
        <translation>हर शब्द के समय के साथ आवाज़ को लिखता है; सबटाइटल एक्सपोर्ट करता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="22"/>
        <source>Audio</source>
        <translation>ऑडियो</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="47"/>
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
        <location filename="../core/engine/standard_capabilities.cpp" line="50"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="53"/>
        <source>Spoken language as a code such as en or en-us, or auto. Whisper detects it with auto; a wav2vec2 model knows the one language it was trained on, and records this one.</source>
        <translation>बोली गई भाषा का कोड, जैसे en या en-us, या auto। auto होने पर Whisper उसे पहचान लेता है; wav2vec2 मॉडल उसी एक भाषा को जानता है जिस पर वह प्रशिक्षित हुआ, और यही दर्ज करता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="59"/>
        <source>Word timestamps</source>
        <translation>शब्द टाइमस्टैम्प</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="62"/>
        <source>Time every word, not only every segment.</source>
        <translation>हर शब्द का समय दर्ज करें, केवल हर खंड का नहीं।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="65"/>
        <source>Skip silence (VAD)</source>
        <translation>सन्नाटा छोड़ें (VAD)</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="68"/>
        <source>Find the speech first and transcribe only that, in chunks of up to 30 s cut at silences: faster on recordings with long pauses, and no text invented in silence.</source>
        <translation>पहले बोली ढूँढें और केवल उसी को, सन्नाटों पर कटे 30 s तक के टुकड़ों में, लिखें: लंबे ठहराव वाली रिकॉर्डिंग पर तेज़, और सन्नाटे में कोई गढ़ा हुआ टेक्स्ट नहीं।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="93"/>
        <source>Stem separation</source>
        <translation>स्टेम अलगाव</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="94"/>
        <source>Splits a song into vocals, drums, bass and the rest, or into vocals and accompaniment.</source>
        <translation>गाने को वोकल, ड्रम, बास और बाकी हिस्से में, या वोकल और संगत में बाँटता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="97"/>
        <source>The mix to separate.</source>
        <translation>अलग की जाने वाली मिक्स।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="98"/>
        <source>Vocals</source>
        <translation>वोकल</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="99"/>
        <source>Drums</source>
        <translation>ड्रम</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="100"/>
        <source>Bass</source>
        <translation>बास</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="101"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="102"/>
        <source>Guitar</source>
        <translation>गिटार</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="103"/>
        <source>Piano</source>
        <translation>पियानो</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="104"/>
        <source>Accompaniment</source>
        <translation>संगत</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="113"/>
        <source>Voice changer</source>
        <translation>आवाज़ परिवर्तक</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="114"/>
        <source>Makes speech sound as if another voice spoke it: a voice of your library, or the voice of reference recordings.</source>
        <translation>भाषण को ऐसा बनाता है मानो किसी दूसरी आवाज़ ने बोला हो: आपकी लाइब्रेरी की कोई आवाज़, या संदर्भ रिकॉर्डिंग की आवाज़।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="119"/>
        <source>The voice of your library to speak in. Give this or reference recordings, not both.</source>
        <translation>आपकी लाइब्रेरी की वह आवाज़ जिसमें बोलना है। यह या संदर्भ रिकॉर्डिंग दें, दोनों नहीं।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="124"/>
        <source>Reference recordings</source>
        <translation>संदर्भ रिकॉर्डिंग</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="125"/>
        <source>Recordings of the voice to speak in, instead of a library voice: a few minutes of clean speech sound best.</source>
        <translation>लाइब्रेरी की आवाज़ के बजाय, जिस आवाज़ में बोलना है उसकी रिकॉर्डिंग: कुछ मिनट का साफ़ भाषण सबसे अच्छा लगता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="131"/>
        <source>The speech to convert.</source>
        <translation>बदला जाने वाला भाषण।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="134"/>
        <source>Neighbours (k)</source>
        <translation>पड़ोसी (k)</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="136"/>
        <source>How many of the target voice&apos;s most similar moments are averaged for each moment of the speech: more sounds smoother, fewer keeps more of its detail.</source>
        <translation>भाषण के हर पल के लिए लक्ष्य आवाज़ के कितने सबसे मिलते-जुलते पलों का औसत लिया जाए: अधिक से आवाज़ अधिक सहज लगती है, कम से अधिक बारीकियाँ बनी रहती हैं।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="141"/>
        <source>semitones</source>
        <translation>सेमीटोन</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="142"/>
        <source>Moves the speech&apos;s pitch before the conversion, keeping its timbre, into the target voice&apos;s range: about +12 from a low voice to a high one, -12 the other way.</source>
        <translation>रूपांतरण से पहले भाषण की पिच को, उसका टिम्बर बनाए रखते हुए, लक्ष्य आवाज़ की सीमा में ले जाता है: भारी से ऊँची आवाज़ के लिए लगभग +12, उल्टा -12।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="148"/>
        <source>Keep timing</source>
        <translation>समय बनाए रखें</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="149"/>
        <source>The result lasts exactly as long as the input, sample for sample, so it stays in sync with the original (under a video, say).</source>
        <translation>परिणाम ठीक इनपुट जितना लंबा होता है, सैंपल दर सैंपल, ताकि वह मूल के साथ तालमेल में रहे (जैसे किसी वीडियो के नीचे)।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="153"/>
        <source>Converted speech</source>
        <translation>बदला हुआ भाषण</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="159"/>
        <source>Prompt</source>
        <translation>प्रॉम्प्ट</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="168"/>
        <location filename="../core/engine/standard_capabilities.cpp" line="183"/>
        <source>Music</source>
        <translation>संगीत</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="169"/>
        <source>Composes background music from a description, 5 s to 5 min, or continues a clip; loops on request.</source>
        <translation>विवरण से 5 सेकंड से 5 मिनट तक का बैकग्राउंड संगीत बनाता है, या किसी क्लिप को आगे बढ़ाता है; चाहें तो लूप में।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="173"/>
        <source>Audio prompt</source>
        <translation>ऑडियो प्रॉम्प्ट</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="174"/>
        <source>A clip to continue: the result is the clip followed by the new music.</source>
        <translation>आगे बढ़ाने के लिए एक क्लिप: परिणाम में पहले यह क्लिप और फिर नया संगीत होता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="178"/>
        <source>The music to make: genre, mood, instruments, tempo, e.g. &quot;calm lo-fi beat with soft piano, 80 bpm&quot;.</source>
        <translation>बनाया जाने वाला संगीत: शैली, मूड, वाद्य, टेम्पो, जैसे &quot;calm lo-fi beat with soft piano, 80 bpm&quot;।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="190"/>
        <source>Sound effects</source>
        <translation>साउंड इफ़ेक्ट</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="191"/>
        <source>Makes sound effects and ambiences from a description, in up to four variations.</source>
        <translation>विवरण से साउंड इफ़ेक्ट और परिवेश ध्वनियाँ बनाता है, अधिकतम चार रूपों में।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="194"/>
        <source>The sound to make, e.g. &quot;footsteps on gravel, then a door creaks&quot;.</source>
        <translation>बनाई जाने वाली ध्वनि, जैसे &quot;footsteps on gravel, then a door creaks&quot;।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="197"/>
        <source>Variation 1</source>
        <translation>रूप 1</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="198"/>
        <source>Variation 2</source>
        <translation>रूप 2</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="199"/>
        <source>Variation 3</source>
        <translation>रूप 3</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="200"/>
        <source>Variation 4</source>
        <translation>रूप 4</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="207"/>
        <source>Status music</source>
        <translation>स्टेटस संगीत</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="208"/>
        <source>Short music for a WhatsApp status or an Instagram story, from a vibe or a prompt: faded, at -14 LUFS, with a vertical waveform video.</source>
        <translation>WhatsApp स्टेटस या Instagram स्टोरी के लिए छोटा संगीत, किसी वाइब या प्रॉम्प्ट से: फ़ेड के साथ, -14 LUFS पर, एक खड़े वेवफ़ॉर्म वीडियो के साथ।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="213"/>
        <source>Vibe</source>
        <translation>वाइब</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="214"/>
        <source>A preset mood with its own instruments, tempo and length. Give a vibe, a prompt, or both.</source>
        <translation>अपने वाद्यों, टेम्पो और लंबाई वाला एक तैयार मूड। कोई वाइब, प्रॉम्प्ट या दोनों दें।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="219"/>
        <source>Your own description of the music, or words added to the vibe&apos;s.</source>
        <translation>संगीत का आपका अपना विवरण, या वाइब के विवरण में जोड़े जाने वाले शब्द।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="226"/>
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
        <source>Beam size</source>
        <translation>बीम आकार</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="72"/>
        <source>1 decodes greedily (fastest); 2 to 5 search several candidate transcripts (slower, sometimes better).</source>
        <translation>1 लालची तरीक़े से डिकोड करता है (सबसे तेज़); 2 से 5 कई संभावित ट्रांसक्रिप्ट खोजते हैं (धीमा, कभी-कभी बेहतर)।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="18"/>
        <source>Guidance scale</source>
        <translation>गाइडेंस स्केल</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="20"/>
        <source>How closely the sound follows the prompt (classifier-free guidance): higher is more literal and less varied; 1 turns guidance off.</source>
        <translation>ध्वनि प्रॉम्प्ट का कितनी बारीकी से पालन करे (classifier-free guidance): अधिक मान अधिक शाब्दिक और कम विविध है; 1 गाइडेंस बंद करता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="27"/>
        <location filename="../core/engine/engines/whisper_stt_engine.cpp" line="88"/>
        <source>Temperature</source>
        <translation>तापमान</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="29"/>
        <source>Randomness of each step: lower is safer and more repetitive, higher more adventurous.</source>
        <translation>हर चरण की यादृच्छिकता: कम मान अधिक सुरक्षित और दोहराव वाला, अधिक मान अधिक प्रयोगधर्मी।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="36"/>
        <source>Top-k</source>
        <translation>टॉप-k</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="37"/>
        <source>Each step picks among this many most likely codes; 0 allows all.</source>
        <translation>हर चरण इतने सबसे संभावित कोड में से चुनता है; 0 सभी की अनुमति देता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="43"/>
        <source>Top-p</source>
        <translation>टॉप-p</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="44"/>
        <source>Within the top-k, only the most likely codes that together reach this probability; 0 turns it off.</source>
        <translation>टॉप-k के भीतर केवल वे सबसे संभावित कोड जो मिलकर इस प्रायिकता तक पहुँचते हैं; 0 इसे बंद करता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="52"/>
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
        <location filename="../core/engine/standard_capabilities.cpp" line="82"/>
        <source>Noise removal</source>
        <translation>शोर हटाना</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="84"/>
        <source>Removes hiss, hum and background noise from a recording.</source>
        <translation>रिकॉर्डिंग से सरसराहट, भनभनाहट और पृष्ठभूमि का शोर हटाता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/standard_capabilities.cpp" line="85"/>
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
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="135"/>
        <source>VITS</source>
        <translation>VITS</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="136"/>
        <source>Natural neural speech; the MMS voices speak over 1,100 languages, one model per language. Fast on a GPU, usable on a CPU.</source>
        <translation>स्वाभाविक न्यूरल आवाज़; MMS आवाज़ें 1,100 से अधिक भाषाएँ बोलती हैं, हर भाषा का एक मॉडल। GPU पर तेज़, CPU पर भी उपयोगी।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="32"/>
        <source>Speaking rate</source>
        <translation>बोलने की गति</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="34"/>
        <source>How fast the voice speaks: 1 is the model&apos;s own pace, 1.5 half as fast again, 0.75 slower.</source>
        <translation>आवाज़ कितनी तेज़ बोलती है: 1 मॉडल की अपनी गति है, 1.5 डेढ़ गुना तेज़, 0.75 धीमी।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="33"/>
        <source>x</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="41"/>
        <source>Expressiveness</source>
        <translation>अभिव्यक्ति</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="43"/>
        <source>Variation of tone (VITS noise scale): 0 is flat and repeatable, 0.667 natural, higher livelier and less stable.</source>
        <translation>स्वर में विविधता (VITS नॉइज़ स्केल): 0 सपाट और दोहराने योग्य, 0.667 स्वाभाविक, अधिक होने पर जीवंत पर कम स्थिर।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="50"/>
        <source>Timing variation</source>
        <translation>समय में विविधता</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="52"/>
        <source>Variation of rhythm (VITS duration noise scale): 0 keeps every syllable&apos;s predicted length.</source>
        <translation>लय में विविधता (VITS अवधि नॉइज़ स्केल): 0 हर अक्षर की अनुमानित लंबाई बनाए रखता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="58"/>
        <source>Speaker</source>
        <translation>वक्ता</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="60"/>
        <source>Speaker number of a multi-speaker model; MMS voices have one speaker, 0.</source>
        <translation>कई वक्ताओं वाले मॉडल में वक्ता की संख्या; MMS आवाज़ों में एक ही वक्ता है, 0।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/music_generation.cpp" line="51"/>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="66"/>
        <source>Seed</source>
        <translation>सीड</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/vits_tts_engine.cpp" line="68"/>
        <source>The same seed, text and settings give the same audio; change it for another take.</source>
        <translation>एक ही सीड, पाठ और सेटिंग्स से एक जैसा ऑडियो बनता है; दूसरा टेक पाने के लिए इसे बदलें।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="31"/>
        <source>Stems</source>
        <translation>स्टेम</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="33"/>
        <source>all: every stem the model makes (vocals, drums, bass, other; guitar and piano too with a six-source model); vocals-accompaniment: the vocals, and everything else as one accompaniment.</source>
        <translation>all: मॉडल के बनाए सभी स्टेम (वोकल, ड्रम, बास, अन्य; छह-स्रोत मॉडल के साथ गिटार और पियानो भी); vocals-accompaniment: वोकल, और बाकी सब एक संगत के रूप में।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="41"/>
        <source>Shifts</source>
        <translation>शिफ्ट</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="42"/>
        <source>Runs the model again on the mix shifted by up to half a second and averages: each shift adds one pass and a little quality; 0 is one pass, repeatable.</source>
        <translation>मिक्स को आधे सेकंड तक खिसकाकर मॉडल को फिर चलाता है और औसत लेता है: हर शिफ्ट एक और पास और थोड़ी बेहतर गुणवत्ता जोड़ता है; 0 एक ही पास है, दोहराने योग्य।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="50"/>
        <source>Overlap</source>
        <translation>ओवरलैप</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="51"/>
        <source>Share of each segment overlapping the next: more hides the seams better and takes longer.</source>
        <translation>हर खंड का वह हिस्सा जो अगले से ओवरलैप करता है: अधिक होने पर जोड़ बेहतर छिपते हैं और समय अधिक लगता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="234"/>
        <source>HTDemucs</source>
        <translation>HTDemucs</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="235"/>
        <source>Hybrid Transformer Demucs v4: the best open music separation into vocals, drums, bass and other (six stems with htdemucs_6s); fast on a GPU, slow on a CPU.</source>
        <translation>Hybrid Transformer Demucs v4: वोकल, ड्रम, बास और अन्य में सबसे अच्छा खुला संगीत अलगाव (htdemucs_6s के साथ छह स्टेम); GPU पर तेज़, CPU पर धीमा।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="244"/>
        <source>Hybrid Demucs</source>
        <translation>Hybrid Demucs</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/demucs_separation_engine.cpp" line="245"/>
        <source>Hybrid Demucs v3 (torchaudio&apos;s hdemucs_high): four stems, lighter than HTDemucs.</source>
        <translation>Hybrid Demucs v3 (torchaudio का hdemucs_high): चार स्टेम, HTDemucs से हल्का।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/knnvc_voice_engine.cpp" line="116"/>
        <source>kNN-VC</source>
        <translation>kNN-VC</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/knnvc_voice_engine.cpp" line="117"/>
        <source>Any-to-any voice conversion: each moment of the speech is rebuilt from the most similar moments of the target voice (WavLM features, HiFi-GAN vocoder). A few minutes of the target sound best.</source>
        <translation>किसी भी आवाज़ से किसी भी आवाज़ में रूपांतरण: भाषण का हर पल लक्ष्य आवाज़ के सबसे मिलते-जुलते पलों से फिर से बनाया जाता है (WavLM फ़ीचर, HiFi-GAN वोकोडर)। लक्ष्य आवाज़ के कुछ मिनट सबसे अच्छे लगते हैं।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="30"/>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="56"/>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="31"/>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="57"/>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="38"/>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="44"/>
        <source>s</source>
        <translation>से.</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="32"/>
        <source>Length of the new music, 5 s to 5 min; past the model&apos;s 30 s window each window continues from the last seconds of the one before.</source>
        <translation>नए संगीत की लंबाई, 5 सेकंड से 5 मिनट; मॉडल की 30 सेकंड की विंडो से आगे हर विंडो पिछली विंडो के आख़िरी सेकंडों से आगे बढ़ती है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="39"/>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="72"/>
        <source>Loop</source>
        <translation>लूप</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="40"/>
        <source>Make the end flow into the start, so the music repeats without a seam: the music is generated one bar longer and that bar is crossfaded over the beginning.</source>
        <translation>अंत को शुरुआत में बहने देता है, ताकि संगीत बिना जोड़ के दोहराए: संगीत एक बार (ताल) लंबा बनाया जाता है और वह बार शुरुआत पर क्रॉसफ़ेड किया जाता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="48"/>
        <source>Tempo</source>
        <translation>टेम्पो</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="49"/>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="50"/>
        <source>Beats per minute of the music, for a loop: its crossfade lasts one bar of four beats at this tempo.</source>
        <translation>संगीत की प्रति मिनट बीट, लूप के लिए: उसका क्रॉसफ़ेड इस टेम्पो पर चार बीट के एक बार तक चलता है।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="58"/>
        <source>Length of each sound, 0.5 to 30 s.</source>
        <translation>हर ध्वनि की लंबाई, 0.5 से 30 सेकंड।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="63"/>
        <source>Variations</source>
        <translation>रूप</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="65"/>
        <source>How many different takes of the sound to make, generated together in one batch; each is its own output (variation_1, variation_2, …).</source>
        <translation>ध्वनि के कितने अलग रूप बनाने हैं, एक ही बैच में साथ बनाए जाते हैं; हर एक अपना अलग आउटपुट है (variation_1, variation_2, …)।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="73"/>
        <source>Make the end flow into the start, for ambiences that repeat without a seam.</source>
        <translation>अंत को शुरुआत में बहने देता है, ऐसी परिवेश ध्वनियों के लिए जो बिना जोड़ के दोहराएँ।</translation>
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
        <translation>Meta का MusicGen (small, medium, large, स्टीरियो): पाठ विवरण से संगीत, 30 सेकंड के बाद विंडो-दर-विंडो आगे बढ़ाया गया; GPU पर तेज़, CPU पर धीमा।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="195"/>
        <source>AudioGen</source>
        <translation>AudioGen</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/musicgen_engines.cpp" line="196"/>
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
        <location filename="../core/engine/standard_capabilities.cpp" line="231"/>
        <source>Waveform video</source>
        <translation>वेवफ़ॉर्म वीडियो</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="51"/>
        <source>Also make a vertical 1080×1920 MP4 with the music&apos;s waveform moving over a plain background, ready to post as a status or story.</source>
        <translation>साथ में एक खड़ा 1080×1920 MP4 भी बनाता है, जिसमें सादे बैकग्राउंड पर संगीत का वेवफ़ॉर्म चलता है, स्टेटस या स्टोरी के रूप में पोस्ट करने के लिए तैयार।</translation>
    </message>
    <message>
        <location filename="../core/engine/engines/status_music_engine.cpp" line="79"/>
        <source>MusicGen with vibe presets and a finishing chain: fades, -14 LUFS loudness, a waveform video.</source>
        <translation>वाइब प्रीसेट और फ़िनिशिंग चेन के साथ MusicGen: फ़ेड, -14 LUFS लाउडनेस, एक वेवफ़ॉर्म वीडियो।</translation>
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
        <location filename="../app/studio/admin_window.cpp" line="65"/>
        <source>Account %1</source>
        <translation>अकाउंट %1</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="77"/>
        <source>Ledger</source>
        <translation>खाता-बही</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="78"/>
        <location filename="../app/studio/admin_window.cpp" line="84"/>
        <location filename="../app/studio/admin_window.cpp" line="140"/>
        <location filename="../app/studio/admin_window.cpp" line="159"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="79"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="80"/>
        <location filename="../app/studio/admin_window.cpp" line="137"/>
        <location filename="../app/studio/admin_window.cpp" line="146"/>
        <location filename="../app/studio/admin_window.cpp" line="158"/>
        <source>Minutes</source>
        <translation>मिनट</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="81"/>
        <location filename="../app/studio/admin_window.cpp" line="156"/>
        <source>Capability</source>
        <translation>क्षमता</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="82"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="83"/>
        <source>Purchases</source>
        <translation>ख़रीदारियाँ</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="85"/>
        <location filename="../app/studio/admin_window.cpp" line="142"/>
        <source>Provider</source>
        <translation>प्रदाता</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="86"/>
        <location filename="../app/studio/admin_window.cpp" line="131"/>
        <location filename="../app/studio/admin_window.cpp" line="143"/>
        <source>Plan</source>
        <translation>प्लान</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="87"/>
        <location filename="../app/studio/admin_window.cpp" line="144"/>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="88"/>
        <location filename="../app/studio/admin_window.cpp" line="136"/>
        <location filename="../app/studio/admin_window.cpp" line="145"/>
        <location filename="../app/studio/admin_window.cpp" line="150"/>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="89"/>
        <location filename="../app/studio/admin_window.cpp" line="147"/>
        <location filename="../app/studio/admin_window.cpp" line="153"/>
        <source>Refunded</source>
        <translation>वापस किया गया</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="90"/>
        <source>API keys</source>
        <translation>API कुंजियाँ</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="91"/>
        <source>Prefix</source>
        <translation>उपसर्ग</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="92"/>
        <location filename="../app/studio/admin_window.cpp" line="134"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="93"/>
        <source>Scopes</source>
        <translation>दायरे</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="94"/>
        <source>Created</source>
        <translation>बनाई गई</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="95"/>
        <source>Last used</source>
        <translation>अंतिम उपयोग</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="96"/>
        <source>Revoked</source>
        <translation>रद्द की गई</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="97"/>
        <source>Devices</source>
        <translation>डिवाइस</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="98"/>
        <source>Device</source>
        <translation>डिवाइस</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="99"/>
        <source>Activated</source>
        <translation>सक्रिय किया गया</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="119"/>
        <source>Sonara Cloud administration</source>
        <translation>Sonara Cloud प्रशासन</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="128"/>
        <location filename="../app/studio/admin_window.cpp" line="141"/>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="129"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="130"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="132"/>
        <source>Balance (min)</source>
        <translation>बैलेंस (मिनट)</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="133"/>
        <source>Id</source>
        <translation>आईडी</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="135"/>
        <source>Price</source>
        <translation>कीमत</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="138"/>
        <source>Renews every (months)</source>
        <translation>हर (महीने) नवीनीकरण</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="148"/>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="149"/>
        <source>Group</source>
        <translation>समूह</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="151"/>
        <source>Payments</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="152"/>
        <source>Gross</source>
        <translation>सकल</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="154"/>
        <source>Net</source>
        <translation>शुद्ध</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="155"/>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="157"/>
        <source>Exports</source>
        <translation>एक्सपोर्ट</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="160"/>
        <source>Administrator</source>
        <translation>व्यवस्थापक</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="161"/>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="162"/>
        <source>Target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="163"/>
        <source>Detail</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="165"/>
        <source>By day</source>
        <translation>दिन के अनुसार</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="166"/>
        <source>By plan</source>
        <translation>प्लान के अनुसार</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="167"/>
        <source>By provider</source>
        <translation>प्रदाता के अनुसार</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="170"/>
        <source>Users</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="171"/>
        <source>Plans</source>
        <translation>प्लान</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="173"/>
        <source>Transactions</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="175"/>
        <source>Revenue</source>
        <translation>राजस्व</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="176"/>
        <source>Usage</source>
        <translation>उपयोग</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="177"/>
        <source>Audit log</source>
        <translation>ऑडिट लॉग</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="186"/>
        <source>&amp;Account</source>
        <translation>&amp;अकाउंट</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="187"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;साइन इन करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="188"/>
        <source>&amp;Reload</source>
        <translation>&amp;फिर से लोड करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="190"/>
        <source>Sign &amp;out</source>
        <translation>साइन &amp;आउट करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="192"/>
        <source>&amp;Quit</source>
        <translation>&amp;बंद करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="194"/>
        <location filename="../app/studio/admin_window.cpp" line="298"/>
        <location filename="../app/studio/admin_window.cpp" line="337"/>
        <source>Not signed in</source>
        <translation>साइन इन नहीं है</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="199"/>
        <source>Search accounts by email</source>
        <translation>ईमेल से अकाउंट खोजें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="204"/>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="207"/>
        <source>Adjust credits…</source>
        <translation>क्रेडिट समायोजित करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="208"/>
        <source>Ledger and keys…</source>
        <translation>खाता-बही और कुंजियाँ…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="209"/>
        <source>Suspend</source>
        <translation>निलंबित करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="215"/>
        <source>Reactivate</source>
        <translation>फिर से सक्रिय करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="247"/>
        <source>New plan…</source>
        <translation>नया प्लान…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="248"/>
        <source>Edit…</source>
        <translation>संपादित करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="249"/>
        <source>Withdraw</source>
        <translation>वापस लें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="265"/>
        <source>Reload</source>
        <translation>फिर से लोड करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="312"/>
        <source>Signed in to %1 as %2</source>
        <translation>%1 में %2 के रूप में साइन इन</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="319"/>
        <source>Sign in as an administrator</source>
        <translation>व्यवस्थापक के रूप में साइन इन करें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="408"/>
        <source>Only %1 min could be taken: the balance cannot go below zero</source>
        <translation>केवल %1 मिनट लिए जा सके: बैलेंस शून्य से नीचे नहीं जा सकती</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="411"/>
        <source>Credits adjusted; the balance is now %1 min</source>
        <translation>क्रेडिट समायोजित; बैलेंस अब %1 मिनट है</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="442"/>
        <source>The account is suspended and signed out everywhere</source>
        <translation>अकाउंट निलंबित है और हर जगह से साइन आउट हो गया है</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="443"/>
        <source>The account is active again</source>
        <translation>अकाउंट फिर से सक्रिय है</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="466"/>
        <source>Plan %1 saved</source>
        <translation>प्लान %1 सहेजा गया</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="494"/>
        <source>Withdraw plan</source>
        <translation>प्लान वापस लें</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="495"/>
        <source>Take %1 off sale? Past purchases keep it.</source>
        <translation>%1 की बिक्री बंद करें? पिछली ख़रीदारियों में यह बना रहेगा।</translation>
    </message>
    <message>
        <location filename="../app/studio/admin_window.cpp" line="506"/>
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
        <location filename="../app/studio/capability_form.cpp" line="63"/>
        <source>Engine</source>
        <translation>इंजन</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="66"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="103"/>
        <source>Run</source>
        <translation>चलाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="106"/>
        <location filename="../app/studio/capability_form.cpp" line="368"/>
        <source>Run this capability (Ctrl+Return)</source>
        <translation>यह क्षमता चलाएँ (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="144"/>
        <source>Input: open a track first; the current track is used</source>
        <translation>इनपुट: पहले एक ट्रैक खोलें; मौजूदा ट्रैक उपयोग होता है</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="145"/>
        <source>Input: the current track, %1</source>
        <translation>इनपुट: मौजूदा ट्रैक, %1</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="183"/>
        <source>Open the model manager</source>
        <translation>मॉडल प्रबंधक खोलें</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="192"/>
        <source>No engine for this capability can run yet: install one of its models (%1). %2</source>
        <translation>इस क्षमता के लिए अभी कोई इंजन नहीं चल सकता: इसका कोई मॉडल इंस्टॉल करें (%1)। %2</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="193"/>
        <source>none listed in the catalog</source>
        <translation>कैटलॉग में कोई नहीं</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="199"/>
        <source>The engine %1 needs a model and none is installed. %2</source>
        <translation>इंजन %1 को एक मॉडल चाहिए और कोई इंस्टॉल नहीं है। %2</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="324"/>
        <source>Install a model for this capability first.</source>
        <translation>पहले इस क्षमता के लिए एक मॉडल इंस्टॉल करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="327"/>
        <source>No engine can run this capability.</source>
        <translation>कोई इंजन यह क्षमता नहीं चला सकता।</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="330"/>
        <source>Choose an installed model, or install one from the Models page.</source>
        <translation>कोई इंस्टॉल किया हुआ मॉडल चुनें, या मॉडल पेज से एक इंस्टॉल करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="339"/>
        <source>%1 is out of range.</source>
        <translation>%1 सीमा से बाहर है।</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="343"/>
        <source>%1 must not be empty.</source>
        <translation>%1 खाली नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="350"/>
        <source>Enter the text first.</source>
        <translation>पहले पाठ लिखें।</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="351"/>
        <source>Give %1 first.</source>
        <translation>पहले %1 दें।</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="355"/>
        <location filename="../app/studio/capability_form.cpp" line="396"/>
        <source>Open a track first: it is this capability&apos;s input.</source>
        <translation>पहले एक ट्रैक खोलें: वही इस क्षमता का इनपुट है।</translation>
    </message>
</context>
<context>
    <name>sonara::studio::CreditAdjustmentDialog</name>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="30"/>
        <source>Adjust credits of %1</source>
        <translation>%1 के क्रेडिट समायोजित करें</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="34"/>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="35"/>
        <source>Positive adds minutes, negative takes them away</source>
        <translation>धनात्मक मान मिनट जोड़ता है, ऋणात्मक उन्हें घटाता है</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="37"/>
        <source>Why, for the ledger and the audit log</source>
        <translation>कारण, खाता-बही और ऑडिट लॉग के लिए</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="39"/>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="42"/>
        <source>Current balance</source>
        <translation>वर्तमान बैलेंस</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="42"/>
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="43"/>
        <source>Minutes</source>
        <translation>मिनट</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="44"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="69"/>
        <source>Enter the minutes to add or take away.</source>
        <translation>जोड़ने या घटाने के मिनट दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="71"/>
        <source>Enter the reason: it is kept with the entry.</source>
        <translation>कारण दर्ज करें: यह प्रविष्टि के साथ रखा जाता है।</translation>
    </message>
    <message>
        <location filename="../app/studio/credit_adjustment_dialog.cpp" line="73"/>
        <source>The balance becomes %1 min.</source>
        <translation>बैलेंस %1 मिनट हो जाएगी।</translation>
    </message>
</context>
<context>
    <name>sonara::studio::EditActions</name>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="27"/>
        <source>&amp;Undo</source>
        <translation>&amp;पूर्ववत करें</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="30"/>
        <source>&amp;Redo</source>
        <translation>&amp;फिर से करें</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="37"/>
        <source>Cu&amp;t</source>
        <translation>&amp;काटें</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="39"/>
        <source>&amp;Copy</source>
        <translation>&amp;कॉपी करें</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="42"/>
        <source>&amp;Paste</source>
        <translation>&amp;चिपकाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="45"/>
        <source>&amp;Delete</source>
        <translation>&amp;हटाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="48"/>
        <source>Select &amp;all</source>
        <translation>&amp;सब चुनें</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="51"/>
        <source>&amp;Silence</source>
        <translation>&amp;मौन</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="53"/>
        <source>Fade &amp;in</source>
        <translation>फ़ेड &amp;इन</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="56"/>
        <source>Fade &amp;out</source>
        <translation>फ़ेड &amp;आउट</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="59"/>
        <source>&amp;Gain…</source>
        <translation>&amp;गेन…</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="61"/>
        <source>&amp;Normalize…</source>
        <translation>&amp;नॉर्मलाइज़…</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="123"/>
        <source>Paste</source>
        <translation>चिपकाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="166"/>
        <source>Gain</source>
        <translation>गेन</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="167"/>
        <source>Gain in dB (the selection, or the whole track):</source>
        <translation>गेन dB में (चयन, या पूरा ट्रैक):</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="182"/>
        <location filename="../app/studio/edit_actions.cpp" line="192"/>
        <source>Normalize</source>
        <translation>नॉर्मलाइज़</translation>
    </message>
    <message>
        <location filename="../app/studio/edit_actions.cpp" line="183"/>
        <source>Target loudness in LUFS (the selection, or the whole track):</source>
        <translation>लक्ष्य लाउडनेस LUFS में (चयन, या पूरा ट्रैक):</translation>
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
    <name>sonara::studio::InputEditor</name>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="44"/>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="49"/>
        <source>Add a voice to the voice library first</source>
        <translation>पहले वॉइस लाइब्रेरी में एक आवाज़ जोड़ें</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="64"/>
        <source>A JSON file</source>
        <translation>एक JSON फ़ाइल</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="65"/>
        <source>Files, separated by ;</source>
        <translation>फ़ाइलें, ; से अलग</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="65"/>
        <source>A file</source>
        <translation>एक फ़ाइल</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="66"/>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="78"/>
        <source>JSON documents (*.json)</source>
        <translation>JSON दस्तावेज़ (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="81"/>
        <source>Video (*.mp4 *.mov *.mkv *.webm *.avi)</source>
        <translation>वीडियो (*.mp4 *.mov *.mkv *.webm *.avi)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="84"/>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac)</source>
        <translation>ऑडियो (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac)</translation>
    </message>
    <message>
        <location filename="../app/studio/input_editor.cpp" line="125"/>
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
        <location filename="../app/studio/job_row.cpp" line="56"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="57"/>
        <source>Retry</source>
        <translation>फिर से करें</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="58"/>
        <source>Open as track</source>
        <translation>ट्रैक के रूप में खोलें</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="58"/>
        <source>Show transcript</source>
        <translation>ट्रांसक्रिप्ट दिखाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="59"/>
        <source>Apply to track</source>
        <translation>ट्रैक पर लागू करें</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="60"/>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <location filename="../app/studio/job_row.cpp" line="61"/>
        <source>Compare the result with the track; B switches while playing</source>
        <translation>परिणाम की ट्रैक से तुलना करें; चलते समय B से बदलें</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/job_row.cpp" line="91"/>
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
        <location filename="../app/studio/jobs_dock.cpp" line="16"/>
        <source>Jobs</source>
        <translation>जॉब</translation>
    </message>
</context>
<context>
    <name>sonara::studio::MainWindow</name>
    <message>
        <location filename="../app/studio/main_window.cpp" line="61"/>
        <source>Audio and video (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mov *.mkv *.webm);;All files (*)</source>
        <translation>ऑडियो और वीडियो (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mov *.mkv *.webm);;सभी फ़ाइलें (*)</translation>
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
        <translation>जॉब %1 कतार में</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="151"/>
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="182"/>
        <location filename="../app/studio/main_window.cpp" line="671"/>
        <source>Transcript</source>
        <translation>ट्रांसक्रिप्ट</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="214"/>
        <source>Output level (peak, 60 dB range)</source>
        <translation>आउटपुट लेवल (पीक, 60 dB रेंज)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="270"/>
        <source>&amp;Open…</source>
        <translation>&amp;खोलें…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="273"/>
        <source>&amp;Export…</source>
        <translation>&amp;एक्सपोर्ट…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="276"/>
        <source>&amp;Close track</source>
        <translation>ट्रैक &amp;बंद करें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="282"/>
        <source>&amp;Settings…</source>
        <translation>&amp;सेटिंग्स…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="298"/>
        <source>&amp;Quit</source>
        <translation>&amp;बाहर निकलें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="305"/>
        <source>Zoom &amp;in</source>
        <translation>ज़ूम &amp;इन</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="310"/>
        <source>Zoom &amp;out</source>
        <translation>ज़ूम &amp;आउट</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="313"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;विंडो में फ़िट करें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="317"/>
        <source>&amp;Spectrogram</source>
        <translation>&amp;स्पेक्ट्रोग्राम</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="321"/>
        <source>&amp;Models</source>
        <translation>&amp;मॉडल</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="323"/>
        <source>&amp;Jobs</source>
        <translation>&amp;जॉब</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="327"/>
        <source>&amp;Play/Pause</source>
        <translation>&amp;चलाएँ/रोकें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="330"/>
        <source>&amp;Stop</source>
        <translation>&amp;स्टॉप</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="334"/>
        <source>&amp;Loop selection</source>
        <translation>चयन को &amp;लूप करें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="344"/>
        <source>Recording %1</source>
        <translation>रिकॉर्डिंग %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="355"/>
        <source>&amp;A/B: result or original</source>
        <translation>&amp;A/B: परिणाम या मूल</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="361"/>
        <source>&amp;File</source>
        <translation>&amp;फ़ाइल</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="363"/>
        <source>Open &amp;recent</source>
        <translation>&amp;हाल की फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="372"/>
        <source>&amp;Edit</source>
        <translation>&amp;संपादन</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="381"/>
        <source>&amp;View</source>
        <translation>&amp;दृश्य</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="389"/>
        <source>&amp;Transport</source>
        <translation>&amp;ट्रांसपोर्ट</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="394"/>
        <source>Main</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="446"/>
        <location filename="../app/studio/main_window.cpp" line="475"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="447"/>
        <location filename="../app/studio/main_window.cpp" line="476"/>
        <source>Could not open %1: %2. Sonara opens audio files and the sound of video files that FFmpeg can read.</source>
        <translation>%1 नहीं खुल सका: %2। Sonara वे ऑडियो फ़ाइलें और वीडियो फ़ाइलों की आवाज़ खोलता है जिन्हें FFmpeg पढ़ सकता है।</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="459"/>
        <source>Opening %1…</source>
        <translation>%1 खुल रहा है…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="525"/>
        <source>%1 – Sonara Studio</source>
        <translation>%1 – Sonara Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="538"/>
        <source>No track</source>
        <translation>कोई ट्रैक नहीं</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/main_window.cpp" line="543"/>
        <source>Duration %1 · %2 Hz · %n channel(s)</source>
        <translation>
            <numerusform>अवधि %1 · %2 Hz · %n चैनल</numerusform>
            <numerusform>अवधि %1 · %2 Hz · %n चैनल</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="548"/>
        <source>Selection %1 – %2 (%3)</source>
        <translation>चयन %1 – %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="555"/>
        <source>Position %1</source>
        <translation>स्थिति %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="561"/>
        <source>Hearing B: %1 (press B for the track)</source>
        <translation>B सुन रहे हैं: %1 (ट्रैक के लिए B दबाएँ)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="562"/>
        <source>Hearing A: the track (press B for %1)</source>
        <translation>A सुन रहे हैं: ट्रैक (%1 के लिए B दबाएँ)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="579"/>
        <source>Credits: %1 min</source>
        <translation>क्रेडिट: %1 मिनट</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="581"/>
        <source>Exports cost their duration, billed per second. Editing and processing are free.</source>
        <translation>एक्सपोर्ट की कीमत उसकी अवधि है, प्रति सेकंड बिल। एडिटिंग और प्रोसेसिंग मुफ़्त हैं।</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="585"/>
        <source>Charged to your Sonara account; while offline, to its offline lease.</source>
        <translation>आपके Sonara अकाउंट से कटता है; ऑफ़लाइन होने पर उसकी ऑफ़लाइन लीज़ से।</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="588"/>
        <source>Charged to this computer&apos;s credits; sign in to use your account&apos;s minutes.</source>
        <translation>इस कंप्यूटर के क्रेडिट से कटता है; अपने अकाउंट के मिनट इस्तेमाल करने के लिए साइन इन करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="605"/>
        <source>Play</source>
        <translation>चलाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="649"/>
        <location filename="../app/studio/main_window.cpp" line="652"/>
        <source>Apply result</source>
        <translation>परिणाम लागू करें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="662"/>
        <source>Press B to switch between the track and %1</source>
        <translation>ट्रैक और %1 के बीच बदलने के लिए B दबाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="665"/>
        <source>Compare</source>
        <translation>तुलना करें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="671"/>
        <source>Could not read the transcript %1.</source>
        <translation>ट्रांसक्रिप्ट %1 पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="686"/>
        <source>Open audio or video</source>
        <translation>ऑडियो या वीडियो खोलें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="705"/>
        <source>-edited</source>
        <translation>-edited</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="710"/>
        <source>Exported %1 (%2 min of credit)</source>
        <translation>%1 एक्सपोर्ट हुआ (%2 मिनट क्रेडिट)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="720"/>
        <source>API 127.0.0.1:%1</source>
        <translation>API 127.0.0.1:%1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="721"/>
        <source>The local API for scripts; its token is in %1</source>
        <translation>स्क्रिप्ट के लिए लोकल API; इसका टोकन %1 में है</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="726"/>
        <source>API off</source>
        <translation>API बंद</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="727"/>
        <source>The local API did not start: %1. Choose another port in the settings.</source>
        <translation>लोकल API शुरू नहीं हुई: %1। सेटिंग्स में दूसरा पोर्ट चुनें।</translation>
    </message>
</context>
<context>
    <name>sonara::studio::ModelManagerPage</name>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="33"/>
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="35"/>
        <source>Models run on this computer. Classic engines (eSpeak NG, PocketSphinx, FFmpeg) need none; the others need their model installed here first.</source>
        <translation>मॉडल इसी कंप्यूटर पर चलते हैं। क्लासिक इंजन (eSpeak NG, PocketSphinx, FFmpeg) को किसी की ज़रूरत नहीं; बाकी को पहले यहाँ अपना मॉडल इंस्टॉल चाहिए।</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="41"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="41"/>
        <source>Capability</source>
        <translation>क्षमता</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="41"/>
        <source>Architecture</source>
        <translation>आर्किटेक्चर</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="42"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="42"/>
        <source>Licence</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="42"/>
        <source>VRAM estimate</source>
        <translation>अनुमानित VRAM</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="43"/>
        <source>Installed</source>
        <translation>इंस्टॉल</translation>
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
        <location filename="../app/studio/model_manager_page.cpp" line="161"/>
        <location filename="../app/studio/model_manager_page.cpp" line="168"/>
        <source>installed</source>
        <translation>इंस्टॉल है</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="161"/>
        <source>not installed</source>
        <translation>इंस्टॉल नहीं</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="218"/>
        <source>%1 is still downloading: wait for it or cancel it first.</source>
        <translation>%1 अभी डाउनलोड हो रहा है: प्रतीक्षा करें या पहले उसे रद्द करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="230"/>
        <source>Downloading %1…</source>
        <translation>%1 डाउनलोड हो रहा है…</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="244"/>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="253"/>
        <source>the download of %1 was %2</source>
        <translation>%1 का डाउनलोड: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="254"/>
        <location filename="../app/studio/model_manager_page.cpp" line="271"/>
        <source>%1 is installed.</source>
        <translation>%1 इंस्टॉल हो गया।</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="284"/>
        <source>%1 was removed.</source>
        <translation>%1 हटा दिया गया।</translation>
    </message>
</context>
<context>
    <name>sonara::studio::PagedTable</name>
    <message>
        <location filename="../app/studio/paged_table.cpp" line="34"/>
        <source>Previous</source>
        <translation>पिछला</translation>
    </message>
    <message>
        <location filename="../app/studio/paged_table.cpp" line="35"/>
        <source>Next</source>
        <translation>अगला</translation>
    </message>
    <message>
        <location filename="../app/studio/paged_table.cpp" line="38"/>
        <source>Filter these rows</source>
        <translation>इन पंक्तियों को छानें</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/paged_table.cpp" line="132"/>
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
        <location filename="../app/studio/plan_dialog.cpp" line="25"/>
        <source>New plan</source>
        <translation>नया प्लान</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="25"/>
        <source>Edit plan %1</source>
        <translation>प्लान %1 संपादित करें</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="30"/>
        <source>minutes-120</source>
        <translation>minutes-120</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="39"/>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="42"/>
        <source>one-off purchase</source>
        <translation>एकबारगी ख़रीद</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="43"/>
        <source> month(s)</source>
        <translation> महीने</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="48"/>
        <source>Id</source>
        <translation>आईडी</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="49"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="50"/>
        <source>Price</source>
        <translation>कीमत</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="51"/>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="52"/>
        <source>Minutes</source>
        <translation>मिनट</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="53"/>
        <source>Renews every</source>
        <translation>नवीनीकरण हर</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="76"/>
        <source>The id is lowercase letters, digits and dashes, such as minutes-120.</source>
        <translation>आईडी में छोटे अक्षर, अंक और डैश होते हैं, जैसे minutes-120।</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="78"/>
        <source>Enter the plan&apos;s name as buyers see it.</source>
        <translation>प्लान का नाम वैसे दर्ज करें जैसा ख़रीदार देखते हैं।</translation>
    </message>
    <message>
        <location filename="../app/studio/plan_dialog.cpp" line="80"/>
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
        <location filename="../app/studio/recording_controller.cpp" line="18"/>
        <source>&amp;Record from microphone</source>
        <translation>माइक्रोफ़ोन से &amp;रिकॉर्ड करें</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="36"/>
        <location filename="../app/studio/recording_controller.cpp" line="71"/>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="40"/>
        <source>Recording: press Ctrl+R again to stop</source>
        <translation>रिकॉर्डिंग जारी: रोकने के लिए फिर से Ctrl+R दबाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/recording_controller.cpp" line="50"/>
        <source>Recording %1</source>
        <translation>रिकॉर्डिंग %1</translation>
    </message>
</context>
<context>
    <name>sonara::studio::SettingsDialog</name>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="50"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="56"/>
        <source>Automatic (a CUDA GPU when present)</source>
        <translation>स्वचालित (CUDA GPU हो तो वही)</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="42"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="41"/>
        <source>CUDA GPU %1</source>
        <translation>CUDA GPU %1</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="62"/>
        <source>Compute device</source>
        <translation>कंप्यूट डिवाइस</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="65"/>
        <source>Automatic (fp16 on GPU, fp32 on CPU)</source>
        <translation>स्वचालित (GPU पर fp16, CPU पर fp32)</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="71"/>
        <source>Precision</source>
        <translation>प्रिसिज़न</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="78"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="83"/>
        <source>How much memory loaded models may keep between jobs; the least recently used model is unloaded first when more is needed</source>
        <translation>काम के बीच लोड किए गए मॉडल कितनी मेमोरी रख सकते हैं; ज़्यादा चाहिए होने पर सबसे पहले वह मॉडल हटाया जाता है जो सबसे लंबे समय से इस्तेमाल नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="85"/>
        <source>Model cache</source>
        <translation>मॉडल कैश</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="90"/>
        <source>Takes effect the next time the studio starts</source>
        <translation>अगली बार स्टूडियो शुरू होने पर लागू होगा</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="91"/>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="94"/>
        <location filename="../app/studio/settings_dialog.cpp" line="97"/>
        <source>Data directory</source>
        <translation>डेटा डायरेक्टरी</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="107"/>
        <source>Port of the local API on 127.0.0.1; 0 picks a free one. Takes effect the next time the studio starts</source>
        <translation>127.0.0.1 पर लोकल API का पोर्ट; 0 कोई खाली पोर्ट चुनता है। अगली बार स्टूडियो शुरू होने पर लागू होगा</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="109"/>
        <source>Local API port</source>
        <translation>लोकल API पोर्ट</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="115"/>
        <source>Scripts send it as a bearer token; it is kept in %1</source>
        <translation>स्क्रिप्ट इसे bearer टोकन के रूप में भेजती हैं; यह %1 में रखा है</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="117"/>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="119"/>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="120"/>
        <source>Rotate</source>
        <translation>बदलें</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="121"/>
        <source>Replace the token: scripts using the old one are refused</source>
        <translation>टोकन बदलें: पुराना टोकन उपयोग करने वाली स्क्रिप्ट अस्वीकार होंगी</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="126"/>
        <source>Local API token</source>
        <translation>लोकल API टोकन</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="137"/>
        <source>System language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="143"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="147"/>
        <source>The Sonara account service the studio signs in to</source>
        <translation>Sonara अकाउंट सेवा जिसमें स्टूडियो साइन इन करता है</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="148"/>
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
        <location filename="../app/studio/sign_in_dialog.cpp" line="26"/>
        <source>Sign in</source>
        <translation>साइन इन करें</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="29"/>
        <source>Service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="30"/>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="31"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="53"/>
        <source>Enter the service address, such as https://sonara.studio.</source>
        <translation>सेवा का पता दर्ज करें, जैसे https://sonara.studio।</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="57"/>
        <source>Enter the email and the password of the account.</source>
        <translation>अकाउंट का ईमेल और पासवर्ड दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/sign_in_dialog.cpp" line="60"/>
        <source>Signing in…</source>
        <translation>साइन इन हो रहा है…</translation>
    </message>
</context>
<context>
    <name>sonara::studio::TranscriptView</name>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="24"/>
        <source>Export transcript…</source>
        <translation>ट्रांसक्रिप्ट एक्सपोर्ट करें…</translation>
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
        <translation>ट्रांसक्रिप्ट एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="105"/>
        <source>Subtitles (*.srt *.vtt);;Text (*.txt);;JSON (*.json)</source>
        <translation>सबटाइटल (*.srt *.vtt);;टेक्स्ट (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/transcript_view.cpp" line="111"/>
        <source>Could not write %1: choose a .srt, .vtt, .txt or .json file in a folder you can write to.</source>
        <translation>%1 लिखा नहीं जा सका: ऐसे फ़ोल्डर में .srt, .vtt, .txt या .json फ़ाइल चुनें जिसमें आप लिख सकें।</translation>
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
    <name>sonara::studio::WaveformView</name>
    <message>
        <location filename="../app/studio/waveform_view.cpp" line="323"/>
        <source>Open or drop an audio or video file to start (Ctrl+O)</source>
        <translation>शुरू करने के लिए कोई ऑडियो या वीडियो फ़ाइल खोलें या यहाँ छोड़ें (Ctrl+O)</translation>
    </message>
</context>
</TS>
