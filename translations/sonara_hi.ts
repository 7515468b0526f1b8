<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
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
        <translation>स्टूडियो शुरू नहीं हो सका: %1</translation>
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
    <name>sonara::studio::CapabilityForm</name>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="57"/>
        <source>Engine</source>
        <translation>इंजन</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="60"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="94"/>
        <source>Run</source>
        <translation>चलाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="97"/>
        <location filename="../app/studio/capability_form.cpp" line="354"/>
        <source>Run this capability (Ctrl+Return)</source>
        <translation>यह क्षमता चलाएँ (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="135"/>
        <source>Input: open a track first; the current track is used</source>
        <translation>इनपुट: पहले एक ट्रैक खोलें; मौजूदा ट्रैक उपयोग होता है</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="136"/>
        <source>Input: the current track, %1</source>
        <translation>इनपुट: मौजूदा ट्रैक, %1</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="174"/>
        <source>Open the model manager</source>
        <translation>मॉडल प्रबंधक खोलें</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="183"/>
        <source>No engine for this capability can run yet: install one of its models (%1). %2</source>
        <translation>इस क्षमता के लिए अभी कोई इंजन नहीं चल सकता: इसका कोई मॉडल इंस्टॉल करें (%1)। %2</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="184"/>
        <source>none listed in the catalog</source>
        <translation>कैटलॉग में कोई नहीं</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="190"/>
        <source>The engine %1 needs a model and none is installed. %2</source>
        <translation>इंजन %1 को एक मॉडल चाहिए और कोई इंस्टॉल नहीं है। %2</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="315"/>
        <source>Install a model for this capability first.</source>
        <translation>पहले इस क्षमता के लिए एक मॉडल इंस्टॉल करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="318"/>
        <source>No engine can run this capability.</source>
        <translation>कोई इंजन यह क्षमता नहीं चला सकता।</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="321"/>
        <source>Choose an installed model, or install one from the Models page.</source>
        <translation>कोई इंस्टॉल किया हुआ मॉडल चुनें, या मॉडल पेज से एक इंस्टॉल करें।</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="329"/>
        <source>%1 is out of range.</source>
        <translation>%1 सीमा से बाहर है।</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="333"/>
        <source>%1 must not be empty.</source>
        <translation>%1 खाली नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="338"/>
        <source>Enter the text first.</source>
        <translation>पहले पाठ लिखें।</translation>
    </message>
    <message>
        <location filename="../app/studio/capability_form.cpp" line="341"/>
        <location filename="../app/studio/capability_form.cpp" line="379"/>
        <source>Open a track first: it is this capability&apos;s input.</source>
        <translation>पहले एक ट्रैक खोलें: वही इस क्षमता का इनपुट है।</translation>
    </message>
</context>
<context>
    <name>sonara::studio::ExportDialog</name>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="36"/>
        <location filename="../app/studio/export_dialog.cpp" line="162"/>
        <source>Export audio</source>
        <translation>ऑडियो एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="45"/>
        <source>Format</source>
        <translation>फ़ॉर्मैट</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="47"/>
        <source>Same as the track (%1 Hz)</source>
        <translation>ट्रैक जैसा (%1 Hz)</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="49"/>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="51"/>
        <source>Sample rate</source>
        <translation>सैंपल रेट</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="53"/>
        <source>Normalize to</source>
        <translation>इस पर नॉर्मलाइज़ करें</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="60"/>
        <source>Integrated loudness (EBU R128): -16 for podcasts, -14 for music streaming, -23 for broadcast</source>
        <translation>इंटीग्रेटेड लाउडनेस (EBU R128): पॉडकास्ट के लिए -16, म्यूज़िक स्ट्रीमिंग के लिए -14, प्रसारण के लिए -23</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="65"/>
        <source>Loudness</source>
        <translation>लाउडनेस</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="68"/>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="71"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="86"/>
        <source>Export</source>
        <translation>एक्सपोर्ट</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="131"/>
        <source>The track is empty: there is nothing to export.</source>
        <translation>ट्रैक खाली है: एक्सपोर्ट करने को कुछ नहीं है।</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="134"/>
        <source>Choose a file to export to.</source>
        <translation>एक्सपोर्ट के लिए फ़ाइल चुनें।</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="138"/>
        <source>Not enough credits: this export needs %1 and the balance is %2. Buy more minutes for your Sonara account; editing and processing stay free.</source>
        <translation>पर्याप्त क्रेडिट नहीं: इस एक्सपोर्ट के लिए %1 चाहिए और बैलेंस %2 है। अपने Sonara अकाउंट के लिए और मिनट खरीदें; एडिटिंग और प्रोसेसिंग मुफ़्त रहती हैं।</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/export_dialog.cpp" line="148"/>
        <source>Cost: %1 min of credit (%n second(s), billed per second, rounded up)</source>
        <translation>
            <numerusform>लागत: %1 मिनट क्रेडिट (%n सेकंड, प्रति सेकंड बिल, ऊपर की ओर पूर्णांकित)</numerusform>
            <numerusform>लागत: %1 मिनट क्रेडिट (%n सेकंड, प्रति सेकंड बिल, ऊपर की ओर पूर्णांकित)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="151"/>
        <source>Balance: %1 min now, %2 min after this export</source>
        <translation>बैलेंस: अभी %1 मिनट, इस एक्सपोर्ट के बाद %2 मिनट</translation>
    </message>
    <message>
        <location filename="../app/studio/export_dialog.cpp" line="163"/>
        <source>%1 audio (*.%2)</source>
        <translation>%1 ऑडियो (*.%2)</translation>
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
        <location filename="../app/studio/jobs_dock.cpp" line="15"/>
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
        <location filename="../app/studio/main_window.cpp" line="99"/>
        <location filename="../app/studio/main_window.cpp" line="559"/>
        <source>Sonara Studio</source>
        <translation>Sonara Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="139"/>
        <source>Job %1 queued</source>
        <translation>जॉब %1 कतार में</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="149"/>
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="180"/>
        <location filename="../app/studio/main_window.cpp" line="807"/>
        <source>Transcript</source>
        <translation>ट्रांसक्रिप्ट</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="211"/>
        <source>Output level (peak, 60 dB range)</source>
        <translation>आउटपुट लेवल (पीक, 60 dB रेंज)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="277"/>
        <source>&amp;Open…</source>
        <translation>&amp;खोलें…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="279"/>
        <source>&amp;Export…</source>
        <translation>&amp;एक्सपोर्ट…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="282"/>
        <source>&amp;Close track</source>
        <translation>ट्रैक &amp;बंद करें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="288"/>
        <source>&amp;Settings…</source>
        <translation>&amp;सेटिंग्स…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="300"/>
        <source>&amp;Quit</source>
        <translation>&amp;बाहर निकलें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="303"/>
        <source>&amp;Undo</source>
        <translation>&amp;पूर्ववत करें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="308"/>
        <source>&amp;Redo</source>
        <translation>&amp;फिर से करें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="316"/>
        <source>Cu&amp;t</source>
        <translation>&amp;काटें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="319"/>
        <source>&amp;Copy</source>
        <translation>&amp;कॉपी करें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="321"/>
        <source>&amp;Paste</source>
        <translation>&amp;चिपकाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="324"/>
        <source>&amp;Delete</source>
        <translation>&amp;हटाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="327"/>
        <source>Select &amp;all</source>
        <translation>&amp;सब चुनें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="330"/>
        <source>&amp;Silence</source>
        <translation>&amp;मौन</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="332"/>
        <source>Fade &amp;in</source>
        <translation>फ़ेड &amp;इन</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="335"/>
        <source>Fade &amp;out</source>
        <translation>फ़ेड &amp;आउट</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="338"/>
        <source>&amp;Gain…</source>
        <translation>&amp;गेन…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="340"/>
        <source>&amp;Normalize…</source>
        <translation>&amp;नॉर्मलाइज़…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="344"/>
        <source>Zoom &amp;in</source>
        <translation>ज़ूम &amp;इन</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="349"/>
        <source>Zoom &amp;out</source>
        <translation>ज़ूम &amp;आउट</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="352"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;विंडो में फ़िट करें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="356"/>
        <source>&amp;Spectrogram</source>
        <translation>&amp;स्पेक्ट्रोग्राम</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="359"/>
        <source>&amp;Models</source>
        <translation>&amp;मॉडल</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="361"/>
        <source>&amp;Jobs</source>
        <translation>&amp;जॉब</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="365"/>
        <source>&amp;Play/Pause</source>
        <translation>&amp;चलाएँ/रोकें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="368"/>
        <source>&amp;Stop</source>
        <translation>&amp;स्टॉप</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="372"/>
        <source>&amp;Loop selection</source>
        <translation>चयन को &amp;लूप करें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="378"/>
        <source>&amp;Record from microphone</source>
        <translation>माइक्रोफ़ोन से &amp;रिकॉर्ड करें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="387"/>
        <location filename="../app/studio/main_window.cpp" line="834"/>
        <source>Recording %1</source>
        <translation>रिकॉर्डिंग %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="389"/>
        <source>&amp;A/B: result or original</source>
        <translation>&amp;A/B: परिणाम या मूल</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="395"/>
        <source>&amp;File</source>
        <translation>&amp;फ़ाइल</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="397"/>
        <source>Open &amp;recent</source>
        <translation>&amp;हाल की फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="406"/>
        <source>&amp;Edit</source>
        <translation>&amp;संपादन</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="415"/>
        <source>&amp;View</source>
        <translation>&amp;दृश्य</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="423"/>
        <source>&amp;Transport</source>
        <translation>&amp;ट्रांसपोर्ट</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="428"/>
        <source>Main</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="480"/>
        <location filename="../app/studio/main_window.cpp" line="509"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="481"/>
        <location filename="../app/studio/main_window.cpp" line="510"/>
        <source>Could not open %1: %2. Sonara opens audio files and the sound of video files that FFmpeg can read.</source>
        <translation>%1 नहीं खुल सका: %2। Sonara वे ऑडियो फ़ाइलें और वीडियो फ़ाइलों की आवाज़ खोलता है जिन्हें FFmpeg पढ़ सकता है।</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="493"/>
        <source>Opening %1…</source>
        <translation>%1 खुल रहा है…</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="559"/>
        <source>%1 – Sonara Studio</source>
        <translation>%1 – Sonara Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="572"/>
        <source>No track</source>
        <translation>कोई ट्रैक नहीं</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/main_window.cpp" line="577"/>
        <source>Duration %1 · %2 Hz · %n channel(s)</source>
        <translation>
            <numerusform>अवधि %1 · %2 Hz · %n चैनल</numerusform>
            <numerusform>अवधि %1 · %2 Hz · %n चैनल</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="582"/>
        <source>Selection %1 – %2 (%3)</source>
        <translation>चयन %1 – %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="589"/>
        <source>Position %1</source>
        <translation>स्थिति %1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="595"/>
        <source>Hearing B: %1 (press B for the track)</source>
        <translation>B सुन रहे हैं: %1 (ट्रैक के लिए B दबाएँ)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="596"/>
        <source>Hearing A: the track (press B for %1)</source>
        <translation>A सुन रहे हैं: ट्रैक (%1 के लिए B दबाएँ)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="618"/>
        <source>Credits: %1 min · not signed in</source>
        <translation>क्रेडिट: %1 मिनट · साइन इन नहीं</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="620"/>
        <source>Exports cost their duration, billed per second. Editing and processing are free.</source>
        <translation>एक्सपोर्ट की कीमत उसकी अवधि है, प्रति सेकंड बिल। एडिटिंग और प्रोसेसिंग मुफ़्त हैं।</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="656"/>
        <source>Paste</source>
        <translation>चिपकाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="699"/>
        <source>Gain</source>
        <translation>गेन</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="700"/>
        <source>Gain in dB (the selection, or the whole track):</source>
        <translation>गेन dB में (चयन, या पूरा ट्रैक):</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="715"/>
        <location filename="../app/studio/main_window.cpp" line="724"/>
        <source>Normalize</source>
        <translation>नॉर्मलाइज़</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="715"/>
        <source>Target loudness in LUFS (the selection, or the whole track):</source>
        <translation>लक्ष्य लाउडनेस LUFS में (चयन, या पूरा ट्रैक):</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="741"/>
        <source>Play</source>
        <translation>चलाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="785"/>
        <location filename="../app/studio/main_window.cpp" line="788"/>
        <source>Apply result</source>
        <translation>परिणाम लागू करें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="798"/>
        <source>Press B to switch between the track and %1</source>
        <translation>ट्रैक और %1 के बीच बदलने के लिए B दबाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="801"/>
        <source>Compare</source>
        <translation>तुलना करें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="807"/>
        <source>Could not read the transcript %1.</source>
        <translation>ट्रांसक्रिप्ट %1 पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="820"/>
        <location filename="../app/studio/main_window.cpp" line="850"/>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="824"/>
        <source>Recording: press Ctrl+R again to stop</source>
        <translation>रिकॉर्डिंग जारी: रोकने के लिए फिर से Ctrl+R दबाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="863"/>
        <source>Open audio or video</source>
        <translation>ऑडियो या वीडियो खोलें</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="882"/>
        <source>-edited</source>
        <translation>-edited</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="886"/>
        <source>Exported %1 (%2 min of credit)</source>
        <translation>%1 एक्सपोर्ट हुआ (%2 मिनट क्रेडिट)</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="896"/>
        <source>API 127.0.0.1:%1</source>
        <translation>API 127.0.0.1:%1</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="897"/>
        <source>The local API for scripts; its token is in %1</source>
        <translation>स्क्रिप्ट के लिए लोकल API; इसका टोकन %1 में है</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="902"/>
        <source>API off</source>
        <translation>API बंद</translation>
    </message>
    <message>
        <location filename="../app/studio/main_window.cpp" line="903"/>
        <source>The local API did not start: %1. Choose another port in the settings.</source>
        <translation>लोकल API शुरू नहीं हुई: %1। सेटिंग्स में दूसरा पोर्ट चुनें।</translation>
    </message>
</context>
<context>
    <name>sonara::studio::ModelManagerPage</name>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="26"/>
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="28"/>
        <source>Models run on this computer. Classic engines (eSpeak NG, PocketSphinx, FFmpeg) need none; the others need their model installed here first.</source>
        <translation>मॉडल इसी कंप्यूटर पर चलते हैं। क्लासिक इंजन (eSpeak NG, PocketSphinx, FFmpeg) को किसी की ज़रूरत नहीं; बाकी को पहले यहाँ अपना मॉडल इंस्टॉल चाहिए।</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="34"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="34"/>
        <source>Capability</source>
        <translation>क्षमता</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="34"/>
        <source>Architecture</source>
        <translation>आर्किटेक्चर</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="35"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="35"/>
        <source>Licence</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="35"/>
        <source>GPU memory</source>
        <translation>GPU मेमोरी</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="36"/>
        <source>Installed</source>
        <translation>इंस्टॉल</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="45"/>
        <source>Install from folder…</source>
        <translation>फ़ोल्डर से इंस्टॉल करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="46"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="58"/>
        <source>Select a model in the list first.</source>
        <translation>पहले सूची में एक मॉडल चुनें।</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="62"/>
        <source>Folder with the files of %1</source>
        <translation>%1 की फ़ाइलों वाला फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="72"/>
        <source>Remove model</source>
        <translation>मॉडल हटाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="73"/>
        <source>Remove %1 from this computer?</source>
        <translation>%1 को इस कंप्यूटर से हटाएँ?</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="106"/>
        <location filename="../app/studio/model_manager_page.cpp" line="113"/>
        <source>installed</source>
        <translation>इंस्टॉल है</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="106"/>
        <source>not installed</source>
        <translation>इंस्टॉल नहीं</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="123"/>
        <source>%1 is installed.</source>
        <translation>%1 इंस्टॉल हो गया।</translation>
    </message>
    <message>
        <location filename="../app/studio/model_manager_page.cpp" line="136"/>
        <source>%1 was removed.</source>
        <translation>%1 हटा दिया गया।</translation>
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
    <name>sonara::studio::SettingsDialog</name>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="35"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="41"/>
        <source>Automatic (a CUDA GPU when present)</source>
        <translation>स्वचालित (CUDA GPU हो तो वही)</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="42"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="44"/>
        <source>CUDA GPU %1</source>
        <translation>CUDA GPU %1</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="48"/>
        <source>Compute device</source>
        <translation>कंप्यूट डिवाइस</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="51"/>
        <source>Automatic (fp16 on GPU, fp32 on CPU)</source>
        <translation>स्वचालित (GPU पर fp16, CPU पर fp32)</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="57"/>
        <source>Precision</source>
        <translation>प्रिसिज़न</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="62"/>
        <source>Takes effect the next time the studio starts</source>
        <translation>अगली बार स्टूडियो शुरू होने पर लागू होगा</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="63"/>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="66"/>
        <location filename="../app/studio/settings_dialog.cpp" line="69"/>
        <source>Data directory</source>
        <translation>डेटा डायरेक्टरी</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="79"/>
        <source>Port of the local API on 127.0.0.1; 0 picks a free one. Takes effect the next time the studio starts</source>
        <translation>127.0.0.1 पर लोकल API का पोर्ट; 0 कोई खाली पोर्ट चुनता है। अगली बार स्टूडियो शुरू होने पर लागू होगा</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="81"/>
        <source>Local API port</source>
        <translation>लोकल API पोर्ट</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="87"/>
        <source>Scripts send it as a bearer token; it is kept in %1</source>
        <translation>स्क्रिप्ट इसे bearer टोकन के रूप में भेजती हैं; यह %1 में रखा है</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="89"/>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="91"/>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="92"/>
        <source>Rotate</source>
        <translation>बदलें</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="93"/>
        <source>Replace the token: scripts using the old one are refused</source>
        <translation>टोकन बदलें: पुराना टोकन उपयोग करने वाली स्क्रिप्ट अस्वीकार होंगी</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="98"/>
        <source>Local API token</source>
        <translation>लोकल API टोकन</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="109"/>
        <source>System language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <location filename="../app/studio/settings_dialog.cpp" line="115"/>
        <source>Language</source>
        <translation>भाषा</translation>
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
    <name>sonara::studio::WaveformView</name>
    <message>
        <location filename="../app/studio/waveform_view.cpp" line="323"/>
        <source>Open or drop an audio or video file to start (Ctrl+O)</source>
        <translation>शुरू करने के लिए कोई ऑडियो या वीडियो फ़ाइल खोलें या यहाँ छोड़ें (Ctrl+O)</translation>
    </message>
</context>
</TS>
