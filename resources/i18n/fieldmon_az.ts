<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../ui/cases.py" line="107"/>
        <source>Reference</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="107"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="107"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="107"/>
        <source>Updated</source>
        <translation>Yenilənib</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../ui/cases.py" line="182"/>
        <source>Search names, places, narratives…</source>
        <translation>Adlar, yerlər, ifadələr üzrə axtarış…</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="183"/>
        <source>Search</source>
        <translation>Axtarış</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="187"/>
        <source>All statuses</source>
        <translation>Bütün statuslar</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="192"/>
        <source>Filter by status</source>
        <translation>Statusa görə filtr</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="193"/>
        <source>Cases</source>
        <translation>İşlər</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="194"/>
        <source>Case</source>
        <translation>İş</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="194"/>
        <source>Record</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="194"/>
        <source>Found</source>
        <translation>Tapılan</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="195"/>
        <source>Search results</source>
        <translation>Axtarış nəticələri</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="196"/>
        <source>&amp;New case</source>
        <translation>&amp;Yeni iş</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="197"/>
        <location filename="../../ui/cases.py" line="250"/>
        <source>New case</source>
        <translation>Yeni iş</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="198"/>
        <source>&amp;Delete case</source>
        <translation>İşi si&amp;l</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="199"/>
        <source>Delete the selected case</source>
        <translation>Seçilmiş işi sil</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="267"/>
        <location filename="../../ui/cases.py" line="279"/>
        <source>Delete case</source>
        <translation>İşi sil</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="268"/>
        <source>Delete %1 and every record and file in it? This cannot be undone.</source>
        <translation>%1 işi bütün qeydləri və faylları ilə birlikdə silinsin? Bu əməliyyatı geri qaytarmaq mümkün deyil.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="109"/>
        <source>&amp;Save</source>
        <translation>Yadda &amp;saxla</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="110"/>
        <source>Save the case</source>
        <translation>İşi yadda saxla</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="111"/>
        <source>S&amp;eal</source>
        <translation>&amp;Möhürlə</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="112"/>
        <source>Seal the case as a new version</source>
        <translation>İşi yeni versiya kimi möhürlə</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="113"/>
        <source>E&amp;xport dossier…</source>
        <translation>&amp;Dosyeni ixrac et…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="114"/>
        <source>Export a signed dossier</source>
        <translation>İmzalanmış dosyeni ixrac et</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="116"/>
        <source>Overview</source>
        <translation>İcmal</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="118"/>
        <source>Events and acts</source>
        <translation>Hadisələr və əməllər</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="121"/>
        <source>Medical</source>
        <translation>Tibbi</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="123"/>
        <source>Remedies and interventions</source>
        <translation>Müdafiə vasitələri və müraciətlər</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="124"/>
        <source>History and custody</source>
        <translation>Tarixçə və saxlanma</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="145"/>
        <source>Unsaved work</source>
        <translation>Yadda saxlanmamış dəyişikliklər</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="146"/>
        <source>There is unsaved work on this case from %1. Continue with it?</source>
        <translation>Bu işdə %1 tarixli yadda saxlanmamış dəyişikliklər var. Onlarla davam edilsin?</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="194"/>
        <source>Unsaved changes (kept as an encrypted draft).</source>
        <translation>Yadda saxlanmamış dəyişikliklər (şifrələnmiş qaralama kimi saxlanılır).</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="218"/>
        <source>Saved.</source>
        <translation>Yadda saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="272"/>
        <source>Sealed as version %1.</source>
        <translation>%1 versiyası kimi möhürləndi.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="276"/>
        <source>Nothing changed since version %1.</source>
        <translation>%1 versiyasından bəri heç nə dəyişməyib.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="298"/>
        <source>No case open.</source>
        <translation>Açıq iş yoxdur.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence.py" line="85"/>
        <source>Files of the selected evidence record. Drop files here or add them; they are stored encrypted.</source>
        <translation>Seçilmiş sübut qeydinin faylları. Faylları bura sürüşdürüb buraxın və ya əlavə edin; onlar şifrələnmiş şəkildə saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="91"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="92"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="93"/>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="94"/>
        <source>Bytes</source>
        <translation>Bayt</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="95"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="98"/>
        <source>Stored files</source>
        <translation>Saxlanılan fayllar</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="99"/>
        <source>Add file…</source>
        <translation>Fayl əlavə et…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="100"/>
        <source>Add a file to this evidence record</source>
        <translation>Bu sübut qeydinə fayl əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="101"/>
        <source>View</source>
        <translation>Bax</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="102"/>
        <source>View the selected file</source>
        <translation>Seçilmiş fayla bax</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="103"/>
        <source>Extract…</source>
        <translation>Çıxar…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="104"/>
        <source>Extract the selected file</source>
        <translation>Seçilmiş faylı çıxar</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="105"/>
        <source>Storing</source>
        <translation>Saxlanılır</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="140"/>
        <source>Add a file</source>
        <translation>Fayl əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="153"/>
        <source>Storing %1…</source>
        <translation>%1 saxlanılır…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="163"/>
        <source>Stored %1, SHA-256 %2.</source>
        <translation>%1 saxlanıldı, SHA-256 %2.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="205"/>
        <source>Extract to</source>
        <translation>Hara çıxarılsın</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="214"/>
        <source>Extracted to %1.</source>
        <translation>Fayl çıxarıldı: %1.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="100"/>
        <source>Export a signed dossier: %1</source>
        <translation>İmzalanmış dosyenin ixracı: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="101"/>
        <source>&amp;Recipient</source>
        <translation>Ü&amp;nvançı</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="103"/>
        <source>Recipient</source>
        <translation>Ünvançı</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="104"/>
        <source>&amp;Language of the dossier</source>
        <translation>Dosyenin &amp;dili</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="106"/>
        <source>Language of the dossier</source>
        <translation>Dosyenin dili</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="107"/>
        <source>How each person will appear, from their consent:</source>
        <translation>Hər şəxsin razılığına əsasən necə göstəriləcəyi:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="109"/>
        <source>Person</source>
        <translation>Şəxs</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="109"/>
        <source>Roles</source>
        <translation>Rollar</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="109"/>
        <source>Consent</source>
        <translation>Razılıq</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="109"/>
        <source>Shown as</source>
        <translation>Necə göstərilir</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="111"/>
        <source>How each person will appear</source>
        <translation>Hər şəxsin necə göstəriləcəyi</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="112"/>
        <source>&amp;Write and sign…</source>
        <translation>&amp;Yarat və imzala…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="113"/>
        <source>Write and sign the dossier</source>
        <translation>Dosyeni yaz və imzala</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="114"/>
        <source>Show the &amp;file</source>
        <translation>&amp;Faylı göstər</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="115"/>
        <source>Show the file</source>
        <translation>Faylı göstər</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="116"/>
        <source>&amp;Close</source>
        <translation>&amp;Bağla</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="117"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="126"/>
        <source>full name</source>
        <translation>tam ad</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="127"/>
        <source>initials</source>
        <translation>inisiallar</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="128"/>
        <source>pseudonym</source>
        <translation>təxəllüs</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="129"/>
        <source>not named</source>
        <translation>adı çəkilmir</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="165"/>
        <source>Save the dossier</source>
        <translation>Dosyeni yadda saxla</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="177"/>
        <source>Sealing, laying out and signing…</source>
        <translation>Möhürlənir, səhifələnir və imzalanır…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="189"/>
        <source>Signed dossier written to %1 (SHA-256 %2).</source>
        <translation>İmzalanmış dosye %1 faylına yazıldı (SHA-256 %2).</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Reference</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Respondent State</source>
        <translation>Cavabdeh dövlət</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Summary</source>
        <translation>Xülasə</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Other names</source>
        <translation>Digər adlar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Sex</source>
        <translation>Cins</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Date of birth</source>
        <translation>Doğum tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Nationality</source>
        <translation>Vətəndaşlıq</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Occupation</source>
        <translation>Peşə</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Roles</source>
        <translation>Rollar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Address</source>
        <translation>Ünvan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Counted as</source>
        <translation>Uçot vahidi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Group size</source>
        <translation>Qrupun sayı</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Start</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>End</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Date precision</source>
        <translation>Tarixin dəqiqliyi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Victim</source>
        <translation>Zərərçəkmiş</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Type of place</source>
        <translation>Yerin növü</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Methods</source>
        <translation>Üsullar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Detention type</source>
        <translation>Saxlanmanın növü</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Legal basis given</source>
        <translation>Göstərilən hüquqi əsas</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Reason given</source>
        <translation>Göstərilən səbəb</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Access to a lawyer</source>
        <translation>Vəkilə çıxış</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Access to family</source>
        <translation>Ailəyə çıxış</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Access to a doctor</source>
        <translation>Həkimə çıxış</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Family notified</source>
        <translation>Ailəyə xəbər verilib</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Whereabouts known</source>
        <translation>Olduğu yer məlum idi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Released</source>
        <translation>Azad edilmə tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Apparent purpose</source>
        <translation>Görünən məqsəd</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Statements signed</source>
        <translation>İfadələrin imzalanması</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Medical attention</source>
        <translation>Tibbi yardım</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Perpetrator</source>
        <translation>Törədən</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Degree of involvement</source>
        <translation>İştirak dərəcəsi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Perpetrator type</source>
        <translation>Törədənin növü</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Interviewee</source>
        <translation>Müsahibə verən</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Interviewers</source>
        <translation>Müsahibəni aparanlar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Interpreter</source>
        <translation>Tərcüməçi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Also present</source>
        <translation>Həmçinin iştirak edib</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Conditions</source>
        <translation>Şərait</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Narrative</source>
        <translation>İfadənin mətni</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Person</source>
        <translation>Şəxs</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Recipient</source>
        <translation>Ünvançı</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>May be named by</source>
        <translation>Şəxsiyyətin açıqlanması</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Recorded by</source>
        <translation>Qeydə alan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Explained</source>
        <translation>İzah edilib</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Withdrawn on</source>
        <translation>Geri götürülmə tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Clinician</source>
        <translation>Həkim</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Overall assessment</source>
        <translation>Ümumi qiymətləndirmə</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Location on the body</source>
        <translation>Bədəndə yeri</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Alleged method</source>
        <translation>İddia edilən üsul</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Consistency</source>
        <translation>Uyğunluq</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>File name</source>
        <translation>Faylın adı</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Source type</source>
        <translation>Mənbənin növü</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Collected by</source>
        <translation>Toplayan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Collected</source>
        <translation>Toplanma tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Authority</source>
        <translation>Orqan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Decision</source>
        <translation>Qərar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Final</source>
        <translation>Yekun</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Instrument</source>
        <translation>Beynəlxalq sənəd</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Article</source>
        <translation>Maddə</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Acts</source>
        <translation>Əməllər</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Body</source>
        <translation>Orqan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Persons</source>
        <translation>Şəxslər</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Events</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Perpetrators involved</source>
        <translation>İştirak edən törədənlər</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Interviews</source>
        <translation>Müsahibələr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Consents</source>
        <translation>Razılıqlar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Medical evaluations</source>
        <translation>Tibbi müayinələr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Findings</source>
        <translation>Müayinə nəticələri</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Evidence</source>
        <translation>Sübutlar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Domestic remedies</source>
        <translation>Daxili hüquq müdafiə vasitələri</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Violations</source>
        <translation>Pozuntular</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Interventions</source>
        <translation>Müraciətlər</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../ui/forms.py" line="110"/>
        <source>2026, 2026-01, 2026-01-09 or 2026-01-09T14:20</source>
        <translation>2026, 2026-01, 2026-01-09 və ya 2026-01-09T14:20</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="113"/>
        <source>separate with ;</source>
        <translation>; ilə ayırın</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="115"/>
        <source>Half-checked means unknown</source>
        <translation>Yarımçıq işarə «naməlum» deməkdir</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="204"/>
        <source>Required.</source>
        <translation>Məcburi sahədir.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="206"/>
        <source>Use 2026, 2026-01, 2026-01-09 or 2026-01-09T14:20.</source>
        <translation>2026, 2026-01, 2026-01-09 və ya 2026-01-09T14:20 formatından istifadə edin.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="208"/>
        <source>A whole number.</source>
        <translation>Tam ədəd daxil edin.</translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <location filename="../../ui/evidence.py" line="264"/>
        <source>This kind of file cannot be shown here.</source>
        <translation>Bu növ fayl burada göstərilə bilməz.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="266"/>
        <source>File content</source>
        <translation>Faylın məzmunu</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="271"/>
        <source>File details</source>
        <translation>Fayl haqqında məlumat</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="286"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/unlock.py" line="333"/>
        <source>Create your vault</source>
        <translation>Seyfinizi yaradın</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="334"/>
        <source>&amp;Create the vault</source>
        <translation>&amp;Seyfi yarat</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="335"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="336"/>
        <source>&amp;Next &gt;</source>
        <translation>İ&amp;rəli &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="339"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="340"/>
        <source>Next</source>
        <translation>İrəli</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="341"/>
        <source>Create the vault</source>
        <translation>Seyfi yarat</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="337"/>
        <location filename="../../ui/unlock.py" line="342"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="359"/>
        <source>Creating the vault and your signing keys…</source>
        <translation>Seyf və imza açarlarınız yaradılır…</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/case_view.py" line="335"/>
        <source>Version</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="335"/>
        <source>Sealed</source>
        <translation>Möhürlənib</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="335"/>
        <source>By</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="335"/>
        <location filename="../../ui/case_view.py" line="344"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="337"/>
        <source>Sealed versions</source>
        <translation>Möhürlənmiş versiyalar</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="340"/>
        <source>Time (UTC)</source>
        <translation>Vaxt (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="341"/>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="342"/>
        <source>Action</source>
        <translation>Əməliyyat</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="343"/>
        <source>Record</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="347"/>
        <source>Custody log</source>
        <translation>Saxlanma zənciri jurnalı</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="348"/>
        <source>Selected version</source>
        <translation>Seçilmiş versiya</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="372"/>
        <source>not sealed yet</source>
        <translation>hələ möhürlənməyib</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="378"/>
        <source>created</source>
        <translation>yaradılıb</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="379"/>
        <source>imported</source>
        <translation>idxal edilib</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="380"/>
        <source>file stored</source>
        <translation>fayl saxlanılıb</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="381"/>
        <source>viewed</source>
        <translation>baxılıb</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="382"/>
        <source>file extracted</source>
        <translation>fayl çıxarılıb</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="383"/>
        <source>edited</source>
        <translation>dəyişdirilib</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="384"/>
        <source>sealed</source>
        <translation>möhürlənib</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="385"/>
        <source>exported</source>
        <translation>ixrac edilib</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="386"/>
        <source>deleted</source>
        <translation>silinib</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../ui/security_dialogs.py" line="170"/>
        <source>Log of this session (kept in memory only)</source>
        <translation>Bu seansın jurnalı (yalnız yaddaşda)</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="171"/>
        <source>Log of this session</source>
        <translation>Bu seansın jurnalı</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="172"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="133"/>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="134"/>
        <source>&amp;New case</source>
        <translation>&amp;Yeni iş</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="135"/>
        <source>&amp;Save case</source>
        <translation>İşi yadda &amp;saxla</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="136"/>
        <source>&amp;Lock</source>
        <translation>&amp;Kilidlə</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="137"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çıxış</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>&amp;Wipe the vault now… (or hold Ctrl+Shift+Delete)</source>
        <translation>Seyfi &amp;məhv et… (və ya Ctrl+Shift+Delete basılı saxla)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="139"/>
        <source>&amp;Tools</source>
        <translation>&amp;Alətlər</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="140"/>
        <source>&amp;Verify a dossier…</source>
        <translation>&amp;Dosyeni yoxla…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="141"/>
        <source>&amp;Settings</source>
        <translation>&amp;Parametrlər</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="142"/>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="143"/>
        <source>&amp;Auto-lock</source>
        <translation>&amp;Avtomatik kilid</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="145"/>
        <source>After %1 minute(s) without input</source>
        <translation>%1 dəqiqə fəaliyyətsizlikdən sonra</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="146"/>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="147"/>
        <source>&amp;About FieldMon</source>
        <translation>FieldMon &amp;haqqında</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="148"/>
        <source>Field &amp;security…</source>
        <translation>&amp;Təhlükəsizlik…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="149"/>
        <source>Session &amp;log…</source>
        <translation>Seans &amp;jurnalı…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="227"/>
        <source>Wipe the vault</source>
        <translation>Seyfi məhv et</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="229"/>
        <source>Destroy the vault now? Nothing in it can be recovered afterwards, not with the passphrase and not with recovery shares.</source>
        <translation>Seyf indi məhv edilsin? Bundan sonra içindəkiləri nə parol ifadəsi, nə də bərpa payları ilə bərpa etmək mümkün olmayacaq.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="276"/>
        <source>About FieldMon</source>
        <translation>FieldMon haqqında</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="278"/>
        <source>FieldMon %1: documentation of torture and arbitrary detention, kept in an encrypted vault, exported as signed dossiers.</source>
        <translation>FieldMon %1: işgəncə və özbaşına həbs hallarının sənədləşdirilməsi; materiallar şifrələnmiş seyfdə saxlanılır və imzalanmış dosyelər kimi ixrac edilir.</translation>
    </message>
</context>
<context>
    <name>RecordListEditor</name>
    <message>
        <location filename="../../ui/forms.py" line="388"/>
        <source>Add</source>
        <translation>Əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="389"/>
        <source>Add to %1</source>
        <translation>«%1» siyahısına əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="390"/>
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="391"/>
        <source>Remove from %1</source>
        <translation>«%1» siyahısından sil</translation>
    </message>
</context>
<context>
    <name>RecoverySharesDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="412"/>
        <location filename="../../ui/unlock.py" line="422"/>
        <source>Recovery shares</source>
        <translation>Bərpa payları</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="415"/>
        <source>If the passphrase is ever lost, any %1 of these %2 shares give access back (fieldmon recover). Write each on its own paper and keep them in different places, never with the laptop. They are shown only now and are not stored.</source>
        <translation>Parol ifadəsi itərsə, bu %2 paydan istənilən %1-i girişi bərpa edir (fieldmon recover). Hər birini ayrı kağıza yazın və müxtəlif yerlərdə saxlayın, heç vaxt noutbukla birlikdə yox. Onlar yalnız indi göstərilir və heç yerdə saxlanmır.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="423"/>
        <location filename="../../ui/unlock.py" line="424"/>
        <source>I have written them down</source>
        <translation>Onları yazdım</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="425"/>
        <location filename="../../ui/unlock.py" line="426"/>
        <source>Not now</source>
        <translation>İndi yox</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../ui/security_dialogs.py" line="93"/>
        <source>Field security</source>
        <translation>Sahədə təhlükəsizlik</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="94"/>
        <location filename="../../ui/security_dialogs.py" line="97"/>
        <location filename="../../ui/security_dialogs.py" line="98"/>
        <source>Duress passphrase</source>
        <translation>Məcburiyyət parolu</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="95"/>
        <location filename="../../ui/security_dialogs.py" line="96"/>
        <source>Current passphrase</source>
        <translation>Cari parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="99"/>
        <source>Repeat it</source>
        <translation>Təkrar daxil edin</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="100"/>
        <source>Repeat the duress passphrase</source>
        <translation>Məcburiyyət parolunu təkrarlayın</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="101"/>
        <source>Using it also destroys the real vault, silently</source>
        <translation>Onun daxil edilməsi həqiqi seyfi də səssizcə məhv edir</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="102"/>
        <source>Using it also destroys the real vault</source>
        <translation>Onun daxil edilməsi həqiqi seyfi məhv edir</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="103"/>
        <source>Set</source>
        <translation>Təyin et</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="104"/>
        <source>Set the duress passphrase</source>
        <translation>Məcburiyyət parolunu təyin et</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="105"/>
        <source>Clear</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="106"/>
        <source>Clear the duress passphrase</source>
        <translation>Məcburiyyət parolunu sil</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="107"/>
        <source>Failed unlocks</source>
        <translation>Uğursuz açma cəhdləri</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="108"/>
        <source>Wipe after this many in a row (0: never)</source>
        <translation>Ardıcıl bu qədər cəhddən sonra məhv et (0 — heç vaxt)</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="109"/>
        <source>Wipe after failed unlocks</source>
        <translation>Uğursuz cəhdlərdən sonra məhv et</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="110"/>
        <source>Save</source>
        <translation>Yadda saxla</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="111"/>
        <source>Save the limit</source>
        <translation>Həddi yadda saxla</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="112"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="120"/>
        <source>The two duress passphrases differ.</source>
        <translation>İki məcburiyyət parolu üst-üstə düşmür.</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="131"/>
        <source>The duress passphrase now opens an empty decoy vault.</source>
        <translation>Məcburiyyət parolu indi boş yalançı seyfi açır.</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="141"/>
        <source>No duress passphrase opens anything now.</source>
        <translation>İndi heç bir məcburiyyət parolu heç nəyi açmır.</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="146"/>
        <source>Wipe after at least 3 failed unlocks (a typo happens).</source>
        <translation>Ən azı 3 uğursuz cəhddən sonra məhv edin (səhv yazmaq olur).</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="149"/>
        <source>Saved.</source>
        <translation>Yadda saxlanıldı.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="87"/>
        <source>Vault: %1</source>
        <translation>Seyf: %1</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="88"/>
        <location filename="../../ui/unlock.py" line="89"/>
        <source>Passphrase</source>
        <translation>Parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="90"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Kilidi aç</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="91"/>
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="92"/>
        <source>Unlocking</source>
        <translation>Kilid açılır</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="109"/>
        <source>Unlocking…</source>
        <translation>Kilid açılır…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="140"/>
        <source>Wrong passphrase: the vault was not opened.</source>
        <translation>Parol ifadəsi yanlışdır: seyf açılmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="142"/>
        <source>Try again in %1 s.</source>
        <translation>%1 san. sonra yenidən cəhd edin.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="235"/>
        <source>Verify a dossier</source>
        <translation>Dosyenin yoxlanılması</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="236"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="240"/>
        <source>Drop a signed PDF here, or choose one. It is checked against this vault&apos;s organisation root.</source>
        <translation>İmzalanmış PDF faylını bura sürüşdürüb buraxın və ya seçin. O, bu seyfin təşkilat kök sertifikatı ilə yoxlanılır.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="244"/>
        <source>&amp;Choose a PDF…</source>
        <translation>PDF &amp;seç…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="245"/>
        <source>Verification result</source>
        <translation>Yoxlamanın nəticəsi</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="286"/>
        <source>Signer: %1</source>
        <translation>İmzalayan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="287"/>
        <source>Certificate: SHA-256 %1</source>
        <translation>Sertifikat: SHA-256 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="288"/>
        <source>Signed at: %1 (as stated by the signer&apos;s computer)</source>
        <translation>İmzalanıb: %1 (imzalayanın kompüterinin saatı ilə)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="293"/>
        <source>Integrity: intact: not one byte changed since it was signed</source>
        <translation>Bütövlük: imzalandıqdan sonra heç bir bayt dəyişməyib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="296"/>
        <source>Integrity: the signed part is intact, but content was added after it</source>
        <translation>Bütövlük: imzalanmış hissə toxunulmazdır, lakin ondan sonra məzmun əlavə edilib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="299"/>
        <source>Integrity: BROKEN: the document was changed after it was signed</source>
        <translation>Bütövlük: POZULUB: sənəd imzalandıqdan sonra dəyişdirilib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="303"/>
        <source>Trust: the signer&apos;s certificate was issued by this vault&apos;s organisation root</source>
        <translation>Etibar: imzalayanın sertifikatı bu seyfin təşkilat kök sertifikatı ilə verilib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="309"/>
        <source>Trust: NOT TRUSTED: the certificate was not issued by this vault&apos;s organisation root</source>
        <translation>Etibar: ETİBARSIZ: sertifikat bu seyfin təşkilat kök sertifikatı ilə verilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="316"/>
        <source>Manifest: matches: %1 annex file(s), each with the SHA-256 taken at collection</source>
        <translation>Sübutlar siyahısı: uyğundur: %1 əlavə faylı, hər biri toplanarkən alınmış SHA-256 ilə</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="320"/>
        <source>Manifest: DOES NOT MATCH</source>
        <translation>Sübutlar siyahısı: UYĞUN DEYİL</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="322"/>
        <source>Verdict: VALID</source>
        <translation>Nəticə: ETİBARLIDIR</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="322"/>
        <source>Verdict: NOT VALID</source>
        <translation>Nəticə: ETİBARSIZDIR</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="237"/>
        <location filename="../../ui/dossier_dialogs.py" line="254"/>
        <source>Choose a PDF</source>
        <translation>PDF seçin</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="273"/>
        <source>Checking %1…</source>
        <translation>%1 yoxlanılır…</translation>
    </message>
</context>
<context>
    <name>_IdentityPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="286"/>
        <source>Who signs</source>
        <translation>Kim imzalayır</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="289"/>
        <source>Your name and organisation appear in the custody log and on the signed dossiers. A pseudonym agreed with your organisation is fine.</source>
        <translation>Adınız və təşkilatınız saxlanma zənciri jurnalında və imzalanmış dosyelərdə göstərilir. Təşkilatınızla razılaşdırılmış təxəllüsdən də istifadə edə bilərsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="294"/>
        <source>Your &amp;name</source>
        <translation>&amp;Adınız</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="296"/>
        <source>Your name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="297"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Təşkilat</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="299"/>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
</context>
<context>
    <name>_LanguagePage</name>
    <message>
        <location filename="../../ui/unlock.py" line="170"/>
        <source>Welcome to FieldMon</source>
        <translation>FieldMon-a xoş gəlmisiniz</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="173"/>
        <source>FieldMon keeps your documentation in an encrypted vault on this computer. First, choose the language of the interface.</source>
        <translation>FieldMon sənədlərinizi bu kompüterdəki şifrələnmiş seyfdə saxlayır. Əvvəlcə interfeysin dilini seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="177"/>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="179"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../ui/unlock.py" line="214"/>
        <source>Choose a passphrase</source>
        <translation>Parol ifadəsi seçin</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="217"/>
        <source>It opens the vault; nobody, not even FieldMon&apos;s makers, can recover it for you. Several uncommon words are strong and easy to remember.</source>
        <translation>Seyf onunla açılır; heç kim, hətta FieldMon-un yaradıcıları belə, onu sizin üçün bərpa edə bilməz. Bir neçə az işlənən sözdən ibarət ifadə həm etibarlıdır, həm də asan yadda qalır.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="222"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="224"/>
        <source>Passphrase</source>
        <translation>Parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="225"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Təkrar daxil edin</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="227"/>
        <source>Repeat the passphrase</source>
        <translation>Parol ifadəsini təkrar daxil edin</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="228"/>
        <location filename="../../ui/unlock.py" line="229"/>
        <source>Strength</source>
        <translation>Etibarlılıq</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="246"/>
        <source>Too short: %1 characters; a vault needs at least %2. Several uncommon words are easy to remember and hard to guess.</source>
        <translation>Çox qısadır: %1 simvol; ən azı %2 lazımdır. Bir neçə nadir söz asan yadda qalır və çətin tapılır.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="253"/>
        <source>It starts or ends with a space, which is easy to mistype.</source>
        <translation>Boşluqla başlayır və ya bitir; bunu yazarkən asanlıqla unutmaq olar.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="255"/>
        <source>Too easy to guess: it follows a common pattern or word. Add more uncommon words.</source>
        <translation>Tapmaq çox asandır: geniş yayılmış söz və ya nümunədir. Daha çox nadir söz əlavə edin.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="258"/>
        <source>The two passphrases differ.</source>
        <translation>Parol ifadələri üst-üstə düşmür.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="264"/>
        <source>Strong enough.</source>
        <translation>Kifayət qədər etibarlıdır.</translation>
    </message>
</context>
</TS>
