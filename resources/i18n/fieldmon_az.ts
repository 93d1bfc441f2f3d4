<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>ActBox</name>
    <message>
        <location filename="../../ui/testimony.py" line="545"/>
        <source>What was done (%1)</source>
        <translation>Nə edilib (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="547"/>
        <source>What was done</source>
        <translation>Nə edilib</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="548"/>
        <source>To whom</source>
        <translation>Kimə qarşı</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="549"/>
        <source>Their name</source>
        <translation>Onun adı</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="550"/>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="551"/>
        <source>Kind of place</source>
        <translation>Yerin növü</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="552"/>
        <location filename="../../ui/testimony.py" line="582"/>
        <source>Methods</source>
        <translation>Üsullar</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="553"/>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="554"/>
        <source>By whom, if known</source>
        <translation>Kim tərəfindən (məlumdursa)</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="558"/>
        <source>Choose…</source>
        <translation>Seçin…</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="562"/>
        <source>The person interviewed</source>
        <translation>Müsahibə verən şəxs</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="564"/>
        <source>Someone else…</source>
        <translation>Başqa şəxs…</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="567"/>
        <source>Not recorded</source>
        <translation>Qeyd edilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="570"/>
        <source>Kind not known</source>
        <translation>Növü məlum deyil</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="583"/>
        <source>e.g. 09.01.2026 or 09.01.2026 14:20</source>
        <translation>məs. 09.01.2026 və ya 09.01.2026 14:20</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="584"/>
        <source>Name or description, e.g. &apos;Officer A&apos;</source>
        <translation>Ad və ya təsvir, məs. «Əməkdaş A»</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="585"/>
        <source>Remove this act</source>
        <translation>Bu əməli sil</translation>
    </message>
</context>
<context>
    <name>ActPage</name>
    <message>
        <location filename="../../ui/events.py" line="578"/>
        <source>The act</source>
        <translation>Əməl</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="579"/>
        <source>Arrest and detention</source>
        <translation>Tutulma və həbsdə saxlanma</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="580"/>
        <source>Torture and ill-treatment</source>
        <translation>İşgəncə və pis rəftar</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="583"/>
        <source>No person is marked as a victim, so all persons are offered. Mark a person as victim in Persons.</source>
        <translation>Heç bir şəxs zərərçəkmiş kimi qeyd edilməyib, ona görə bütün şəxslər təklif olunur. Şəxsi «Şəxslər» bölməsində zərərçəkmiş kimi qeyd edin.</translation>
    </message>
</context>
<context>
    <name>BlockedDialog</name>
    <message>
        <location filename="../../ui/review_page.py" line="410"/>
        <source>Consent withdrawn</source>
        <translation>Razılıq geri götürülüb</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="414"/>
        <source>Consent to dossiers for %1 was withdrawn by:
%2

This dossier is about them and must not go to this recipient.</source>
        <translation>«%1» ünvançısı üçün dosyeyə razılığı geri götürənlər:
%2

Bu dosye onlar haqqındadır və bu ünvançıya göndərilməməlidir.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="422"/>
        <source>To send it anyway, write down &amp;why. The reason is recorded in the custody log of the case.</source>
        <translation>Yenə də göndərmək üçün &amp;səbəbini yazın. Səbəb işin saxlanma zənciri jurnalına yazılacaq.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="426"/>
        <source>Reason to send despite withdrawn consent</source>
        <translation>Geri götürülmüş razılığa baxmayaraq göndərmə səbəbi</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="427"/>
        <source>Send &amp;anyway</source>
        <translation>Yenə də &amp;göndər</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="428"/>
        <source>Send anyway, with the reason written</source>
        <translation>Yazılmış səbəblə yenə də göndər</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="429"/>
        <source>&amp;Do not send</source>
        <translation>Gö&amp;ndərmə</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="430"/>
        <source>Do not send</source>
        <translation>Göndərmə</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../../ui/hq_card.py" line="194"/>
        <location filename="../../ui/hq_card.py" line="261"/>
        <source>Organisation card</source>
        <translation>Təşkilat kartı</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="195"/>
        <source>Installed card</source>
        <translation>Quraşdırılmış kart</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="197"/>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="198"/>
        <source>Serial</source>
        <translation>Buraxılış nömrəsi</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="199"/>
        <source>Readers</source>
        <translation>Oxuya bilənlər</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="200"/>
        <source>Escrow</source>
        <translation>Ehtiyat açar</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="201"/>
        <source>Revoked certificates</source>
        <translation>Ləğv edilmiş sertifikatlar</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="205"/>
        <source>Fingerprint of the organisation&apos;s root</source>
        <translation>Təşkilatın kök sertifikatının barmaq izi</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="208"/>
        <source>Headquarters reads these ten words to each monitor by phone or in person; a card whose words differ is not headquarters&apos;.</source>
        <translation>Mərkəzi ofis bu on sözü hər monitorinqçiyə telefonla və ya şəxsən oxuyur; sözləri fərqli olan kart mərkəzi ofisin deyil.</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="212"/>
        <source>&amp;Install or update a card…</source>
        <translation>Kartı &amp;quraşdır və ya yenilə…</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="213"/>
        <source>Install or update the organisation card</source>
        <translation>Təşkilat kartını quraşdır və ya yenilə</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="214"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="230"/>
        <source>No card is installed.</source>
        <translation>Kart quraşdırılmayıb.</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="236"/>
        <source>%1 (issued %2)</source>
        <translation>%1 (buraxılıb: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="252"/>
        <source>This laptop&apos;s certificate is not issued by this organisation yet: what it sends would be refused. Ask headquarters to certify it.</source>
        <translation>Bu noutbukun sertifikatı hələ bu təşkilat tərəfindən verilməyib: göndərdikləri rədd ediləcək. Mərkəzi ofisdən sertifikat verməsini xahiş edin.</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="261"/>
        <source>Organisation card (*.json)</source>
        <translation>Təşkilat kartı (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="283"/>
        <source>Not installed: the words did not match.</source>
        <translation>Quraşdırılmadı: sözlər uyğun gəlmədi.</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="295"/>
        <source>Card installed: serial %1.</source>
        <translation>Kart quraşdırıldı: buraxılış %1.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../ui/cases.py" line="110"/>
        <source>Reference</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="110"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="110"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="110"/>
        <source>Updated</source>
        <translation>Yenilənib</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../ui/cases.py" line="197"/>
        <source>Search names, places, narratives…</source>
        <translation>Adlar, yerlər, ifadələr üzrə axtarış…</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="198"/>
        <source>Search</source>
        <translation>Axtarış</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="202"/>
        <source>All statuses</source>
        <translation>Bütün statuslar</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="207"/>
        <source>Filter by status</source>
        <translation>Statusa görə filtr</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="208"/>
        <source>Cases</source>
        <translation>İşlər</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="209"/>
        <location filename="../../ui/cases.py" line="260"/>
        <source>Case</source>
        <translation>İş</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="209"/>
        <source>Record</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="209"/>
        <source>Found</source>
        <translation>Tapılan</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="211"/>
        <source>Search results</source>
        <translation>Axtarış nəticələri</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="212"/>
        <source>New test&amp;imony…</source>
        <translation>Yeni &amp;ifadə…</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="213"/>
        <source>Record a new testimony step by step</source>
        <translation>Yeni ifadəni addım-addım qeydə al</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="214"/>
        <source>&amp;New case</source>
        <translation>&amp;Yeni iş</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="215"/>
        <location filename="../../ui/cases.py" line="278"/>
        <source>New case</source>
        <translation>Yeni iş</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="216"/>
        <source>&amp;Delete case</source>
        <translation>İşi si&amp;l</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="217"/>
        <source>Delete the selected case</source>
        <translation>Seçilmiş işi sil</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="293"/>
        <location filename="../../ui/cases.py" line="305"/>
        <source>Delete case</source>
        <translation>İşi sil</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="294"/>
        <source>Delete %1 and every record and file in it? This cannot be undone.</source>
        <translation>%1 işi bütün qeydləri və faylları ilə birlikdə silinsin? Bu əməliyyatı geri qaytarmaq mümkün deyil.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../ui/testimony.py" line="296"/>
        <source>1. The case</source>
        <translation>1. İş</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="297"/>
        <source>Start a new case, or add this testimony to one you have.</source>
        <translation>Yeni iş yaradın və ya bu ifadəni mövcud işə əlavə edin.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="298"/>
        <source>Start a new case</source>
        <translation>Yeni iş yarat</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="299"/>
        <source>Add to a case already in the vault</source>
        <translation>Seyfdə olan işə əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="300"/>
        <source>Short title</source>
        <translation>Qısa başlıq</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="301"/>
        <source>e.g. Journalist beaten in police custody</source>
        <translation>məs. Jurnalist polisdə saxlanılarkən döyülüb</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="302"/>
        <location filename="../../ui/testimony.py" line="305"/>
        <source>State responsible</source>
        <translation>Cavabdeh dövlət</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="303"/>
        <source>The State an application would be made against.</source>
        <translation>Ərizənin hansı dövlətə qarşı veriləcəyi.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="327"/>
        <source>Case %1 has edits that are not saved yet. Save or discard them in the case first, or start a new case.</source>
        <translation>%1 işində yadda saxlanmamış dəyişikliklər var. Əvvəlcə onları işin özündə yadda saxlayın və ya ləğv edin, yaxud yeni iş başladın.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="306"/>
        <source>Cases in the vault</source>
        <translation>Seyfdəki işlər</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="320"/>
        <source>Give the case a short title.</source>
        <translation>İşə qısa başlıq verin.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="323"/>
        <source>Choose the case to add the testimony to.</source>
        <translation>İfadənin əlavə ediləcəyi işi seçin.</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <location filename="../../ui/case_text.py" line="18"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="19"/>
        <source>Respondent State</source>
        <translation>Cavabdeh dövlət</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="20"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="21"/>
        <source>also</source>
        <translation>həmçinin</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="22"/>
        <source>Persons</source>
        <translation>Şəxslər</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="23"/>
        <source>Event {id}</source>
        <translation>Hadisə {id}</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="24"/>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="25"/>
        <source>Where</source>
        <translation>Harada</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="26"/>
        <source>Act {id}</source>
        <translation>Əməl {id}</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="27"/>
        <source>victim</source>
        <translation>zərərçəkmiş</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="28"/>
        <source>Methods</source>
        <translation>Üsullar</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="29"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="30"/>
        <source>Perpetrator</source>
        <translation>Törədən</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="31"/>
        <source>Interview {id}with {who}</source>
        <translation>Müsahibə {id}({who} ilə)</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="32"/>
        <source>Consents</source>
        <translation>Razılıqlar</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="33"/>
        <source>withdrawn</source>
        <translation>geri götürülüb</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="34"/>
        <source>Medical evaluation {id}of {who} by {clinician}</source>
        <translation>Tibbi müayinə {id}({who}), həkim: {clinician}</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="35"/>
        <source>Evidence</source>
        <translation>Sübutlar</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="36"/>
        <source>Domestic remedies</source>
        <translation>Daxili hüquq müdafiə vasitələri</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="37"/>
        <source>final</source>
        <translation>yekun</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="38"/>
        <source>Alleged violations</source>
        <translation>İddia edilən pozuntular</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="39"/>
        <source>art.</source>
        <translation>maddə</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="40"/>
        <source>acts</source>
        <translation>əməllər:</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="41"/>
        <source>Interventions</source>
        <translation>Müraciətlər</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="42"/>
        <source>date unknown</source>
        <translation>tarix naməlum</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="43"/>
        <source>to</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="172"/>
        <source>Sa&amp;ve</source>
        <translation>Yadda &amp;saxla</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="173"/>
        <source>Save the case</source>
        <translation>İşi yadda saxla</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="174"/>
        <source>S&amp;eal</source>
        <translation>&amp;Möhürlə</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="175"/>
        <source>Seal the case as a new version</source>
        <translation>İşi yeni versiya kimi möhürlə</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="176"/>
        <source>E&amp;xport dossier…</source>
        <translation>&amp;Dosyeni ixrac et…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="177"/>
        <source>Export a signed dossier</source>
        <translation>İmzalanmış dosyeni ixrac et</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="178"/>
        <source>Headquarters</source>
        <translation>Mərkəzi ofis</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="179"/>
        <source>Send to headquarters or purge</source>
        <translation>Mərkəzi ofisə göndər və ya noutbukdan sil</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="180"/>
        <source>Send to headquarters…</source>
        <translation>Mərkəzi ofisə göndər…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="181"/>
        <source>Purge from this laptop…</source>
        <translation>Bu noutbukdan sil…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="184"/>
        <location filename="../../ui/problems.py" line="212"/>
        <source>Overview</source>
        <translation>İcmal</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="186"/>
        <source>Events and acts</source>
        <translation>Hadisələr və əməllər</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="189"/>
        <source>Medical</source>
        <translation>Tibbi</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="191"/>
        <source>Remedies and interventions</source>
        <translation>Müdafiə vasitələri və müraciətlər</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="192"/>
        <source>History and custody</source>
        <translation>Tarixçə və saxlanma</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="196"/>
        <source>Parts of the case</source>
        <translation>İşin bölmələri</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="242"/>
        <source>Discard recovered work</source>
        <translation>Bərpa edilmiş dəyişiklikləri ləğv et</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="243"/>
        <source>Throw away the recovered changes and go back to the case as last saved?</source>
        <translation>Bərpa edilmiş dəyişikliklər ləğv edilsin və iş sonuncu dəfə yadda saxlanılmış vəziyyətinə qaytarılsın?</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="256"/>
        <source>Recovered changes discarded.</source>
        <translation>Bərpa edilmiş dəyişikliklər ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="311"/>
        <source>Headquarters&apos; receipt covers the newest version: it may be purged.</source>
        <translation>Mərkəzi ofisin qəbzi ən son versiyanı təsdiqləyir: işi noutbukdan silmək olar.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="336"/>
        <source>Unsaved changes (kept as an encrypted draft).</source>
        <translation>Yadda saxlanmamış dəyişikliklər (şifrələnmiş qaralama kimi saxlanılır).</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="363"/>
        <source>Saved.</source>
        <translation>Yadda saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="424"/>
        <source>Sealing…</source>
        <translation>Möhürlənir…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="441"/>
        <source>Sealed as version %1, without a timestamp: %2</source>
        <translation>%1 versiyası kimi möhürləndi, vaxt damğası olmadan: %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="447"/>
        <source>Sealed as version %1.</source>
        <translation>%1 versiyası kimi möhürləndi.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="435"/>
        <source>Nothing changed since version %1.</source>
        <translation>%1 versiyasından bəri heç nə dəyişməyib.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="509"/>
        <source>No case open.</source>
        <translation>Açıq iş yoxdur.</translation>
    </message>
</context>
<context>
    <name>CompareWordsDialog</name>
    <message>
        <location filename="../../ui/hq_card.py" line="124"/>
        <source>Compare the fingerprint words</source>
        <translation>Barmaq izi sözlərini müqayisə edin</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="126"/>
        <source>Card of %1, serial %2.</source>
        <translation>«%1» təşkilatının kartı, buraxılış %2.</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="132"/>
        <source>Compare these words with what headquarters reads to you by phone or in person. Do they match?</source>
        <translation>Bu sözləri mərkəzi ofisin sizə telefonla və ya şəxsən oxuduğu sözlərlə müqayisə edin. Uyğun gəlirmi?</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="136"/>
        <source>They match: install</source>
        <translation>Uyğundur: quraşdır</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="137"/>
        <source>The words match: install the card</source>
        <translation>Sözlər uyğundur: kartı quraşdır</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="138"/>
        <source>They differ: do not install</source>
        <translation>Fərqlidir: quraşdırma</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="139"/>
        <source>The words differ: do not install the card</source>
        <translation>Sözlər fərqlidir: kartı quraşdırma</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../ui/testimony.py" line="872"/>
        <source>5. Consent</source>
        <translation>5. Razılıq</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="875"/>
        <source>Every recipient passes the dossier to the State concerned: the Court communicates applications to the Government, and UN mandates transmit communications to it. For un-srt and wgad, record the person&apos;s consent to that transmission.</source>
        <translation>Hər ünvançı dosyeni müvafiq dövlətə ötürür: Məhkəmə şikayətləri Hökumətə kommunikasiya edir, BMT mandatları isə müraciətləri ona göndərir. un-srt və wgad üçün şəxsin bu ötürülməyə razılığını qeyd edin.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="881"/>
        <source>After this testimony is stored, record it under Consents in the case.</source>
        <translation>Bu ifadə saxlandıqdan sonra onu işin «Razılıqlar» bölməsində qeyd edin.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="884"/>
        <source>Ask the person, for each body, how they may be named. Nothing is assumed.</source>
        <translation>Hər qurum üçün şəxsdən onun necə adlandırıla biləcəyini soruşun. Heç nə əvvəlcədən fərz edilmir.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="888"/>
        <location filename="../../ui/testimony.py" line="897"/>
        <source>Not asked</source>
        <translation>Soruşulmayıb</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="888"/>
        <source>nothing is recorded for this body.</source>
        <translation>bu qurum üçün heç nə qeyd edilmir.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="889"/>
        <source>the person may be named in full.</source>
        <translation>şəxsin tam adı göstərilə bilər.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="890"/>
        <source>only their initials are shown.</source>
        <translation>yalnız adının baş hərfləri göstərilir.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="891"/>
        <source>they appear as &apos;Person A&apos;, never by name.</source>
        <translation>şəxs «Şəxs A» kimi göstərilir, adı heç vaxt çəkilmir.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="892"/>
        <source>they are not mentioned at all.</source>
        <translation>şəxs ümumiyyətlə xatırlanmır.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="903"/>
        <source>Date consent was given</source>
        <translation>Razılığın verildiyi tarix</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="904"/>
        <source>What each choice means was explained to the person</source>
        <translation>Hər seçimin mənası şəxsə izah edilib</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <location filename="../../ui/labels.py" line="194"/>
        <source>created</source>
        <translation>yaradılıb</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="195"/>
        <source>imported</source>
        <translation>idxal edilib</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="196"/>
        <source>file stored</source>
        <translation>fayl saxlanılıb</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="197"/>
        <source>viewed</source>
        <translation>baxılıb</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="198"/>
        <source>file extracted</source>
        <translation>fayl çıxarılıb</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="199"/>
        <source>edited</source>
        <translation>dəyişdirilib</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="200"/>
        <source>sealed</source>
        <translation>möhürlənib</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="201"/>
        <source>exported</source>
        <translation>ixrac edilib</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="202"/>
        <source>deleted</source>
        <translation>silinib</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <location filename="../../ui/send_dialog.py" line="204"/>
        <source>Add a destination</source>
        <translation>Təyinat yeri əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="205"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="206"/>
        <source>Name of the destination</source>
        <translation>Təyinat yerinin adı</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="207"/>
        <source>letters, digits, . _ -</source>
        <translation>latın hərfləri, rəqəmlər, . _ -</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="208"/>
        <source>A folder</source>
        <translation>Qovluq</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="209"/>
        <source>The destination is a folder</source>
        <translation>Təyinat yeri qovluqdur</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="210"/>
        <source>A WebDAV server</source>
        <translation>WebDAV serveri</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="211"/>
        <source>The destination is a WebDAV server</source>
        <translation>Təyinat yeri WebDAV serveridir</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="212"/>
        <location filename="../../ui/send_dialog.py" line="213"/>
        <source>Folder</source>
        <translation>Qovluq</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="214"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="215"/>
        <source>Choose the folder</source>
        <translation>Qovluğu seç</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="216"/>
        <source>URL</source>
        <translation>Ünvan (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="217"/>
        <source>URL of the WebDAV folder</source>
        <translation>WebDAV qovluğunun ünvanı</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="218"/>
        <source>User name</source>
        <translation>İstifadəçi adı</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="219"/>
        <source>WebDAV user name</source>
        <translation>WebDAV istifadəçi adı</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="220"/>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="221"/>
        <source>WebDAV password (kept only in the vault)</source>
        <translation>WebDAV parolu (yalnız seyfdə saxlanılır)</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="222"/>
        <source>&amp;Add</source>
        <translation>Əlavə &amp;et</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="223"/>
        <source>Add the destination</source>
        <translation>Təyinat yerini əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="224"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="234"/>
        <source>Folder to send to</source>
        <translation>Göndəriləcək qovluq</translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <location filename="../../ui/send_dialog.py" line="280"/>
        <source>Destination</source>
        <translation>Təyinat yeri</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="281"/>
        <source>Add…</source>
        <translation>Əlavə et…</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="282"/>
        <source>Add a destination</source>
        <translation>Təyinat yeri əlavə et</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../ui/testimony.py" line="687"/>
        <source>3. What happened</source>
        <translation>3. Nə baş verib</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="690"/>
        <source>The event and what was done. Dates may be as precise as is known: 01.2026 or 2026.</source>
        <translation>Hadisə və nə edildiyi. Tarixi məlum olan dəqiqliklə yazmaq olar: 01.2026 və ya 2026.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="693"/>
        <source>Nothing to add here: the event is already in the case</source>
        <translation>Burada əlavə ediləcək heç nə yoxdur: hadisə artıq işdə var</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="695"/>
        <source>In a few words</source>
        <translation>Bir neçə sözlə</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="696"/>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="697"/>
        <source>Where</source>
        <translation>Harada</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="698"/>
        <source>What happened</source>
        <translation>Nə baş verib</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="702"/>
        <source>e.g. Detained at a protest and beaten</source>
        <translation>məs. Etiraz aksiyasında saxlanılıb və döyülüb</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="703"/>
        <source>Add another act</source>
        <translation>Daha bir əməl əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="724"/>
        <source>Say in a few words what happened.</source>
        <translation>Nə baş verdiyini bir neçə sözlə yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="732"/>
        <source>Choose what was done to the person.</source>
        <translation>Şəxsə qarşı nə edildiyini seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="737"/>
        <source>Give the name of the person it was done to.</source>
        <translation>Əməlin qarşı törədildiyi şəxsin adını yazın.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../ui/events.py" line="798"/>
        <source>Events and their acts</source>
        <translation>Hadisələr və onların əməlləri</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="799"/>
        <source>Add event</source>
        <translation>Hadisə əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="800"/>
        <source>Add an event</source>
        <translation>Hadisə əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="801"/>
        <source>Add act</source>
        <translation>Əməl əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="802"/>
        <source>Add an act to the selected event</source>
        <translation>Seçilmiş hadisəyə əməl əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="803"/>
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="804"/>
        <source>Remove the selected event or act</source>
        <translation>Seçilmiş hadisəni və ya əməli sil</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="806"/>
        <source>No event yet. An event is what happened on a day and place; add one.</source>
        <translation>Hələ hadisə yoxdur. Hadisə müəyyən gündə və yerdə baş verənlərdir; hadisə əlavə edin.</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="808"/>
        <source>Choose an event or an act on the left.</source>
        <translation>Soldan hadisə və ya əməl seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="896"/>
        <source>Untitled event</source>
        <translation>Başlıqsız hadisə</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="902"/>
        <source>Type not chosen</source>
        <translation>Növ seçilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="905"/>
        <source>victim not chosen</source>
        <translation>zərərçəkmiş seçilməyib</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/events.py" line="932"/>
        <source>%n act(s) in this event: choose one on the left, or add one.</source>
        <translation>
            <numerusform>Bu hadisədə %n əməl var: soldan birini seçin və ya yenisini əlavə edin.</numerusform>
            <numerusform>Bu hadisədə %n əməl var: soldan birini seçin və ya yenisini əlavə edin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="936"/>
        <source>%1, in: %2</source>
        <translation>%1; hadisə: %2</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="1183"/>
        <source>Remove event</source>
        <translation>Hadisəni sil</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/events.py" line="1184"/>
        <source>Remove this event and its %n act(s)?</source>
        <translation>
            <numerusform>Bu hadisə və onun %n əməli silinsin?</numerusform>
            <numerusform>Bu hadisə və onun %n əməli silinsin?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceMetadata</name>
    <message>
        <location filename="../../ui/evidence.py" line="71"/>
        <source>N</source>
        <translation>şm. e.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="73"/>
        <source>S</source>
        <translation>c. e.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="75"/>
        <source>E</source>
        <translation>ş. u.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="77"/>
        <source>W</source>
        <translation>q. u.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="81"/>
        <source>%1 m above sea level</source>
        <translation>dəniz səviyyəsindən %1 m yüksəklikdə</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="89"/>
        <source>Taken</source>
        <translation>Çəkilmə vaxtı</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="90"/>
        <source>Software</source>
        <translation>Proqram təminatı</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="91"/>
        <source>Made with</source>
        <translation>Yaradıldığı proqram</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="92"/>
        <source>Converted with</source>
        <translation>Çevrildiyi proqram</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="93"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="94"/>
        <source>Subject</source>
        <translation>Mövzu</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="95"/>
        <source>Keywords</source>
        <translation>Açar sözlər</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="96"/>
        <source>Created</source>
        <translation>Yaradılma vaxtı</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="97"/>
        <source>Modified</source>
        <translation>Dəyişdirilmə vaxtı</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="612"/>
        <location filename="../../ui/evidence.py" line="98"/>
        <source>Place named</source>
        <translation>Göstərilən yer</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="99"/>
        <source>Comment</source>
        <translation>Şərh</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="100"/>
        <location filename="../../ui/evidence.py" line="129"/>
        <source>Location</source>
        <translation>Məkan</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="134"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="136"/>
        <source>Author</source>
        <translation>Müəllif</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="166"/>
        <source>%1: no location, device or author found.</source>
        <translation>%1: yer, cihaz və ya müəllif tapılmadı.</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../ui/testimony.py" line="956"/>
        <source>6. Evidence</source>
        <translation>6. Sübutlar</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="958"/>
        <source>Photos, documents or recordings from this interview. You may add none.</source>
        <translation>Bu müsahibəyə aid fotoşəkillər, sənədlər və ya yazılar. Heç nə əlavə etməyə də bilərsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="962"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="963"/>
        <source>What it is</source>
        <translation>Növü</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="964"/>
        <source>What the file itself records</source>
        <translation>Faylın özündə nə qeyd olunub</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="965"/>
        <source>Copy for dossiers</source>
        <translation>Dosye üçün nüsxə</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="968"/>
        <source>Files to store</source>
        <translation>Saxlanılacaq fayllar</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="969"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Fayl əlavə et…</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="970"/>
        <source>&amp;Remove</source>
        <translation>Si&amp;l</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="972"/>
        <location filename="../../ui/testimony.py" line="1018"/>
        <source>Not said</source>
        <translation>Göstərilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="997"/>
        <source>Add files</source>
        <translation>Fayl əlavə et</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence.py" line="346"/>
        <source>Files of the selected evidence record. Drop files here or add them; they are stored encrypted.</source>
        <translation>Seçilmiş sübut qeydinin faylları. Faylları bura sürüşdürüb buraxın və ya əlavə edin; onlar şifrələnmiş şəkildə saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="352"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="353"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="354"/>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="355"/>
        <source>Bytes</source>
        <translation>Bayt</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="356"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="359"/>
        <source>Stored files</source>
        <translation>Saxlanılan fayllar</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="360"/>
        <source>Add file…</source>
        <translation>Fayl əlavə et…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="361"/>
        <source>Add a file to this evidence record</source>
        <translation>Bu sübut qeydinə fayl əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="362"/>
        <source>View</source>
        <translation>Bax</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="363"/>
        <source>View the selected file</source>
        <translation>Seçilmiş fayla bax</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="364"/>
        <source>Extract…</source>
        <translation>Çıxar…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="365"/>
        <source>Extract the selected file</source>
        <translation>Seçilmiş faylı çıxar</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="366"/>
        <source>Redact…</source>
        <translation>Gizlət…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="368"/>
        <source>Make a redacted copy of the selected photo or PDF</source>
        <translation>Seçilmiş fotonun və ya PDF-in gizlədilmiş hissələrlə surətini çıxar</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="370"/>
        <source>Storing</source>
        <translation>Saxlanılır</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="409"/>
        <source>Add a file</source>
        <translation>Fayl əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="427"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 adi fayl deyil.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="449"/>
        <source>Nothing was stored.</source>
        <translation>Heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="458"/>
        <source>Storing %1…</source>
        <translation>%1 saxlanılır…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="483"/>
        <source>Stored %1 in evidence record “%2”; a copy without location, camera or author details is kept for dossiers.</source>
        <translation>%1 «%2» sübutunda saxlanıldı; dosye üçün yer, kamera və müəllif məlumatı olmayan nüsxə saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="487"/>
        <source>Stored %1 in evidence record “%2”.</source>
        <translation>%1 «%2» sübutunda saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="490"/>
        <source>Stored %1; a copy without location, camera or author details is kept for dossiers.</source>
        <translation>%1 saxlanıldı; dosye üçün yer, kamera və müəllif məlumatı olmayan nüsxə saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="493"/>
        <source>Stored %1.</source>
        <translation>%1 saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="556"/>
        <source>%1 cannot be redacted here (%2).</source>
        <translation>%1 burada gizlədilə bilməz (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="574"/>
        <source>Stored redacted copy %1 of %2.</source>
        <translation>%2 faylının gizlədilmiş surəti %1 saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="594"/>
        <source>Extract to</source>
        <translation>Hara çıxarılsın</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="602"/>
        <source>Extracted to %1.</source>
        <translation>Fayl çıxarıldı: %1.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="209"/>
        <source>Export a signed dossier: %1</source>
        <translation>İmzalanmış dosyenin ixracı: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="210"/>
        <source>&amp;Recipient</source>
        <translation>Ü&amp;nvançı</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="212"/>
        <source>Recipient</source>
        <translation>Ünvançı</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="213"/>
        <source>&amp;Language of the dossier</source>
        <translation>Dosyenin &amp;dili</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="215"/>
        <source>Language of the dossier</source>
        <translation>Dosyenin dili</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="216"/>
        <source>&amp;Addressed to</source>
        <translation>Hesabat &amp;kimə ünvanlanır</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="218"/>
        <source>Pattern report addressed to</source>
        <translation>Sistemli pozuntular hesabatının ünvanı</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="224"/>
        <location filename="../../ui/dossier_dialogs.py" line="479"/>
        <source>Recommendations</source>
        <translation>Tövsiyələr</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="226"/>
        <source>The recommendations section of the report, as you want it printed.</source>
        <translation>Hesabatın tövsiyələr bölməsi, çap olunmasını istədiyiniz kimi.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="229"/>
        <source>Withhold the names of alleged &amp;perpetrators</source>
        <translation>Ehtimal olunan &amp;törədənlərin adlarını gizlət</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="230"/>
        <source>Withhold the names of alleged perpetrators</source>
        <translation>Ehtimal olunan törədənlərin adlarını gizlət</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="233"/>
        <source>Every recipient passes this dossier to the State concerned: the Court communicates applications to the Government; UN mandates transmit communications to it.</source>
        <translation>Hər ünvançı bu dosyeni müvafiq dövlətə ötürür: Məhkəmə şikayətləri Hökumətə kommunikasiya edir; BMT mandatları müraciətləri ona göndərir.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="238"/>
        <source>How each person will appear, from their consent:</source>
        <translation>Hər şəxsin razılığına əsasən necə göstəriləcəyi:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="241"/>
        <source>Person</source>
        <translation>Şəxs</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="242"/>
        <source>Roles</source>
        <translation>Rollar</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="243"/>
        <source>Identity level</source>
        <translation>Açıqlanma səviyyəsi</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="244"/>
        <source>Shown in the dossier as</source>
        <translation>Dosyedə necə göstərilir</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="245"/>
        <source>Why</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="248"/>
        <source>How each person will appear</source>
        <translation>Hər şəxsin necə göstəriləcəyi</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="249"/>
        <source>Preview and review</source>
        <translation>Önbaxış və yoxlama</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="250"/>
        <source>&amp;Write and sign…</source>
        <translation>&amp;Yarat və imzala…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="251"/>
        <source>Write and sign the dossier</source>
        <translation>Dosyeni yaz və imzala</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="252"/>
        <source>Show the &amp;file</source>
        <translation>&amp;Faylı göstər</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="253"/>
        <source>Show the file</source>
        <translation>Faylı göstər</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="254"/>
        <source>&amp;Close</source>
        <translation>&amp;Bağla</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="255"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="262"/>
        <source>left out</source>
        <translation>göstərilmir</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="268"/>
        <source>as their consent for this recipient allows</source>
        <translation>bu ünvançı üçün razılığın icazə verdiyi kimi</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="269"/>
        <source>left out — no consent for this recipient</source>
        <translation>göstərilmir — bu ünvançı üçün razılıq yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="270"/>
        <source>left out — consented to no identification</source>
        <translation>göstərilmir — şəxsiyyətin açıqlanmasına razılıq verməyib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="271"/>
        <source>left out — consent withdrawn</source>
        <translation>göstərilmir — razılıq geri götürülüb</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="272"/>
        <source>left out — no consent to transmission to the State</source>
        <translation>göstərilmir — dövlətə ötürülməyə razılıq yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="273"/>
        <source>professional identity</source>
        <translation>peşəkar kimliyi ilə</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="274"/>
        <source>alleged perpetrator, as recorded</source>
        <translation>ehtimal olunan törədən, qeyd edildiyi kimi</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="275"/>
        <source>alleged perpetrator, name withheld</source>
        <translation>ehtimal olunan törədən, adı gizlədilib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="276"/>
        <source>applicant: the Court is given the identity</source>
        <translation>ərizəçi: şəxsiyyəti Məhkəməyə bildirilir</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="279"/>
        <source>communication to the Committee of Ministers on the execution of a judgment: nobody is named</source>
        <translation>qərarın icrası barədə Nazirlər Komitəsinə məlumat: heç kimin adı çəkilmir</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="283"/>
        <source>pattern report: nobody is named</source>
        <translation>ümumi hesabat: heç kimin adı çəkilmir</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="285"/>
        <source>a group, by its description</source>
        <translation>qrup, təsviri ilə</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="290"/>
        <source>asks the Court for anonymity (Rule 47 § 4): no name in the file name, metadata or bookmarks</source>
        <translation>Məhkəmədən anonimlik istəyir (Qayda 47 § 4): fayl adında, metaməlumatda və əlfəcinlərdə ad yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="320"/>
        <source>Pattern report: acts counted over the cases, by place of detention, method and source; nobody is named and no file is annexed.</source>
        <translation>Sistemli pozuntular hesabatı: hərəkətlər bütün işlər üzrə saxlanma yerinə, üsula və mənbəyə görə sayılır; heç kimin adı çəkilmir, heç bir fayl əlavə olunmur.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="324"/>
        <source>Communication to the Committee of Ministers on the execution of a judgment: nobody is named and no file is annexed. It is published.</source>
        <translation>Qərarın icrası barədə Nazirlər Komitəsinə məlumat: heç kimin adı çəkilmir, heç bir fayl əlavə olunmur. Məlumat dərc olunur.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="335"/>
        <source>This dossier cannot be made: %1</source>
        <translation>Bu dosyeni hazırlamaq olmaz: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="442"/>
        <source>who appears in it is not recorded yet</source>
        <translation>orada kimin olduğu hələ qeyd edilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="443"/>
        <source>it shows or names someone not shown in full to this recipient</source>
        <translation>orada bu ünvançıya tam göstərilməyən kimsə görünür və ya adı çəkilir</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="445"/>
        <source>its own words (text or metadata) name someone not shown in full to this recipient</source>
        <translation>faylın öz mətnində və ya metaməlumatında bu ünvançıya tam göstərilməyən şəxsin adı var</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="450"/>
        <source>Withheld for consent reasons (listed in the dossier by hash; a redacted copy, or clearing the file for this recipient, puts it back):</source>
        <translation>Razılıq səbəbindən əlavə edilmir (dosyedə heşi ilə göstərilir; redaktə edilmiş surət və ya faylın bu ünvançı üçün icazəsi onu geri qaytarır):</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="470"/>
        <source>How each person appears</source>
        <translation>Hər şəxs necə göstərilir</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="473"/>
        <source>Possible names to review</source>
        <translation>Yoxlanılacaq ehtimal olunan adlar</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="475"/>
        <source>Possible names to review (%1 undecided)</source>
        <translation>Yoxlanılacaq ehtimal olunan adlar (qərarsız: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="477"/>
        <source>Possible names to review (%1)</source>
        <translation>Yoxlanılacaq ehtimal olunan adlar (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="490"/>
        <source>Saving decisions…</source>
        <translation>Qərarlar saxlanılır…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="498"/>
        <source>%1 decision(s) saved.</source>
        <translation>Saxlanılan qərarlar: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="536"/>
        <source>This recipient&apos;s dossier has no annexes: none of the %1 stored files is in it.</source>
        <translation>Bu ünvançı üçün dosyedə əlavə yoxdur: saxlanılmış faylların heç biri (%1) ona daxil deyil.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="544"/>
        <source>evidence record “%1”</source>
        <translation>«%1» sübutu</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="551"/>
        <source>Not in the dossier: only one file per evidence record is annexed (its first file, or that file&apos;s copy without metadata). To annex another file, store it in an evidence record of its own. Left out:</source>
        <translation>Dosyeyə daxil deyil: hər sübuta yalnız bir fayl əlavə olunur (birinci fayl və ya onun metaməlumatsız nüsxəsi). Başqa faylı əlavə etmək üçün onu ayrıca sübutda saxlayın. Daxil olmayanlar:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="559"/>
        <source>Not in the dossier: files whose evidence record is no longer in the case:</source>
        <translation>Dosyeyə daxil deyil: sübutu artıq işdə olmayan fayllar:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="601"/>
        <source>These annexes still carry metadata: anyone who receives the dossier can read it from the attached files.</source>
        <translation>Bu əlavələrdə hələ də metaməlumatlar var: dosyeni alan hər kəs onları qoşulmuş fayllardan oxuya bilər.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="616"/>
        <source>metadata not checked (FieldMon cannot read this kind of file)</source>
        <translation>metaməlumatlar yoxlanılmayıb (FieldMon bu növ faylı oxuya bilmir)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="621"/>
        <source>To leave it out, add the file again and keep a copy without metadata. Export anyway?</source>
        <translation>Metaməlumatları çıxarmaq üçün faylı yenidən əlavə edin və metaməlumatsız nüsxəni saxlayın. Yenə də ixrac edilsin?</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="638"/>
        <source>Annexes with metadata</source>
        <translation>Metaməlumatlı əlavələr</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="641"/>
        <source>&amp;Export anyway</source>
        <translation>Yenə də &amp;ixrac et</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="643"/>
        <location filename="../../ui/dossier_dialogs.py" line="792"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Ləğv et</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="648"/>
        <location filename="../../ui/dossier_dialogs.py" line="801"/>
        <source>Not exported.</source>
        <translation>İxrac edilmədi.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="659"/>
        <source>Checking the annexes for metadata…</source>
        <translation>Əlavələr metaməlumata görə yoxlanılır…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="675"/>
        <source>Save the dossier</source>
        <translation>Dosyeni yadda saxla</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="712"/>
        <source>Sealing, laying out and signing…</source>
        <translation>Möhürlənir, səhifələnir və imzalanır…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="739"/>
        <source>Not exported: consent was withdrawn.</source>
        <translation>İxrac edilmədi: razılıq geri götürülüb.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="746"/>
        <source>Not exported: %1 possible name(s) need a decision first (the case changed since the review was shown).</source>
        <translation>İxrac edilmədi: əvvəlcə ehtimal olunan adlar (%1) üzrə qərar lazımdır — yoxlama göstəriləndən sonra iş dəyişib.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="771"/>
        <source>Signed dossier written to %1 (SHA-256 %2).</source>
        <translation>İmzalanmış dosye %1 faylına yazıldı (SHA-256 %2).</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="782"/>
        <source>Not written yet: read the warnings first.</source>
        <translation>Hələ yazılmayıb: əvvəlcə xəbərdarlıqları oxuyun.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="785"/>
        <source>Before the dossier is written</source>
        <translation>Dosye yazılmazdan əvvəl</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="790"/>
        <source>&amp;Write anyway</source>
        <translation>&amp;Yenə də yaz</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="812"/>
        <source>Laying out and signing…</source>
        <translation>Tərtib edilir və imzalanır…</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Reference</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Respondent State</source>
        <translation>Cavabdeh dövlət</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Summary</source>
        <translation>Xülasə</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Other names</source>
        <translation>Digər adlar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Sex</source>
        <translation>Cins</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Date of birth</source>
        <translation>Doğum tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Nationality</source>
        <translation>Vətəndaşlıq</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Occupation</source>
        <translation>Peşə</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Roles</source>
        <translation>Rollar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Address</source>
        <translation>Ünvan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Counted as</source>
        <translation>Uçot vahidi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Group size</source>
        <translation>Qrupun sayı</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Start</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>End</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Date precision</source>
        <translation>Tarixin dəqiqliyi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Victim</source>
        <translation>Zərərçəkmiş</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Type of place</source>
        <translation>Yerin növü</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Methods</source>
        <translation>Üsullar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Detention type</source>
        <translation>Saxlanmanın növü</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Legal basis given</source>
        <translation>Göstərilən hüquqi əsas</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Reason given</source>
        <translation>Göstərilən səbəb</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Access to a lawyer</source>
        <translation>Vəkilə çıxış</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Access to family</source>
        <translation>Ailəyə çıxış</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Access to a doctor</source>
        <translation>Həkimə çıxış</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Family notified</source>
        <translation>Ailəyə xəbər verilib</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Whereabouts known</source>
        <translation>Olduğu yer məlum idi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Released</source>
        <translation>Azad edilmə tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Apparent purpose</source>
        <translation>Görünən məqsəd</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Statements signed</source>
        <translation>İfadələrin imzalanması</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Medical attention</source>
        <translation>Tibbi yardım</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Perpetrator</source>
        <translation>Törədən</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Degree of involvement</source>
        <translation>İştirak dərəcəsi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Perpetrator type</source>
        <translation>Törədənin növü</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Interviewee</source>
        <translation>Müsahibə verən</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Interviewers</source>
        <translation>Müsahibəni aparanlar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Interpreter</source>
        <translation>Tərcüməçi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Also present</source>
        <translation>Həmçinin iştirak edib</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Restrictions and conditions</source>
        <translation>Məhdudiyyətlər və şərait</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Place of birth</source>
        <translation>Doğum yeri</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Fax</source>
        <translation>Faks</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>E-mail</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Form of authority</source>
        <translation>Etibarnamənin forması</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>Date of the authority</source>
        <translation>Etibarnamənin tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>Place of detention (name)</source>
        <translation>Saxlanma yeri (adı)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>Kind of finding</source>
        <translation>Əlamətin növü</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Conditions of the examination</source>
        <translation>Müayinənin şəraiti</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Opinion on the likelihood of torture</source>
        <translation>İşgəncə ehtimalı barədə rəy</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>Statement of truthfulness</source>
        <translation>Doğruluq barədə bəyanat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>Date of the document</source>
        <translation>Sənədin tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117"/>
        <source>Served on</source>
        <translation>Təqdim edilmə tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118"/>
        <source>Decision documents (evidence)</source>
        <translation>Qərarların mətnləri (sübutlar)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>Limb</source>
        <translation>Aspekt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>Argument</source>
        <translation>Arqumentlər</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121"/>
        <source>Remedies used</source>
        <translation>İstifadə olunmuş hüquqi müdafiə vasitələri</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122"/>
        <source>No effective remedy exists</source>
        <translation>Effektiv hüquqi müdafiə vasitəsi yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123"/>
        <source>Continuing situation</source>
        <translation>Davam edən vəziyyət</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124"/>
        <source>End of the situation</source>
        <translation>Vəziyyətin sona çatması</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>Contact person</source>
        <translation>Əlaqə şəxsi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126"/>
        <source>Date of the feared event</source>
        <translation>Qorxulan hadisənin tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="127"/>
        <source>Measure sought</source>
        <translation>Tələb olunan tədbir</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>Risk (imminent and irreparable harm)</source>
        <translation>Risk (qaçılmaz və düzəlməz zərər)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>Analysis</source>
        <translation>Təhlil</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>Application no.</source>
        <translation>Ərizənin nömrəsi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>Group of cases</source>
        <translation>İşlər qrupu</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>Supervision</source>
        <translation>Nəzarət proseduru</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="134"/>
        <source>Individual measures</source>
        <translation>Fərdi tədbirlər</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135"/>
        <source>General measures</source>
        <translation>Ümumi tədbirlər</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>Recommendations</source>
        <translation>Tövsiyələr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137"/>
        <source>Translator</source>
        <translation>Tərcüməçi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>Conditions</source>
        <translation>Şərait</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183"/>
        <source>Translations</source>
        <translation>Tərcümələr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="184"/>
        <source>Rule 39 request</source>
        <translation>39-cu Qayda üzrə müraciət</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="185"/>
        <source>WGAD categories</source>
        <translation>İşçi Qrupun kateqoriyaları</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="186"/>
        <source>Judgments under execution</source>
        <translation>İcra olunan qərarlar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Narrative</source>
        <translation>İfadənin mətni</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Person</source>
        <translation>Şəxs</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Recipient</source>
        <translation>Ünvançı</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>May be named by</source>
        <translation>Şəxsiyyətin açıqlanması</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Recorded by</source>
        <translation>Qeydə alan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Explained</source>
        <translation>İzah edilib</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Withdrawn on</source>
        <translation>Geri götürülmə tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Clinician</source>
        <translation>Həkim</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Overall assessment</source>
        <translation>Ümumi qiymətləndirmə</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Location on the body</source>
        <translation>Bədəndə yeri</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Alleged method</source>
        <translation>İddia edilən üsul</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Consistency</source>
        <translation>Uyğunluq</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>File name</source>
        <translation>Faylın adı</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Source type</source>
        <translation>Mənbənin növü</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Collected by</source>
        <translation>Toplayan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Collected</source>
        <translation>Toplanma tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Authority</source>
        <translation>Orqan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Decision</source>
        <translation>Qərar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Final</source>
        <translation>Yekun</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Instrument</source>
        <translation>Beynəlxalq sənəd</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Article</source>
        <translation>Maddə</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <location filename="../../ui/labels.py" line="172"/>
        <source>Acts</source>
        <translation>Əməllər</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Body</source>
        <translation>Orqan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Agrees to transmission to the State (UN)</source>
        <translation>Dövlətə ötürülməyə razıdır (BMT)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Who appears in the file</source>
        <translation>Faylda kim var</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Who appears has been recorded</source>
        <translation>Faylda kimin olduğu qeyd edilib</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Original cleared for</source>
        <translation>Orijinala icazə verilən ünvançılar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <location filename="../../ui/labels.py" line="182"/>
        <source>Mentions of persons</source>
        <translation>Şəxslərin xatırlanması</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147"/>
        <source>Restrictions on the examination</source>
        <translation>Müayinəyə qoyulan məhdudiyyətlər</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="149"/>
        <source>Final on</source>
        <translation>Qəti olduğu tarix</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="151"/>
        <source>Date of the judgment</source>
        <translation>Qərarın tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="153"/>
        <source>Case or group title</source>
        <translation>İşin və ya qrupun adı</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155"/>
        <source>Translated statement</source>
        <translation>İfadənin tərcüməsi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157"/>
        <source>Date of the translation</source>
        <translation>Tərcümənin tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="159"/>
        <source>Acts supporting it</source>
        <translation>Onu təsdiq edən hərəkətlər</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="170"/>
        <source>Persons</source>
        <translation>Şəxslər</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="171"/>
        <source>Events</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="173"/>
        <source>Perpetrators involved</source>
        <translation>İştirak edən törədənlər</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="174"/>
        <source>Interviews</source>
        <translation>Müsahibələr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="175"/>
        <source>Consents</source>
        <translation>Razılıqlar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176"/>
        <source>Medical evaluations</source>
        <translation>Tibbi müayinələr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="177"/>
        <source>Findings</source>
        <translation>Müayinə nəticələri</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178"/>
        <source>Evidence</source>
        <translation>Sübutlar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="179"/>
        <source>Domestic remedies</source>
        <translation>Daxili hüquq müdafiə vasitələri</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="180"/>
        <source>Violations</source>
        <translation>Pozuntular</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="181"/>
        <source>Interventions</source>
        <translation>Müraciətlər</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../ui/forms.py" line="245"/>
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="246"/>
        <source>Remove the selected one from %1</source>
        <translation>Seçilmişi «%1» siyahısından sil</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="254"/>
        <source>09.01.2026, 01.2026, January 2026, 2026 or 2026-01-09 14:20</source>
        <translation>09.01.2026, 01.2026, yanvar 2026, 2026 və ya 2026-01-09 14:20</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="257"/>
        <source>separate with commas</source>
        <translation>vergüllə ayırın</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="260"/>
        <source>Choose %1 on a calendar</source>
        <translation>%1 — təqvimdən seç</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="264"/>
        <source>Half-checked means unknown</source>
        <translation>Yarımçıq işarə «naməlum» deməkdir</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="374"/>
        <source>Required.</source>
        <translation>Məcburi sahədir.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="446"/>
        <source>%1: several names contain “%2”; choose one from the list.</source>
        <translation>%1: «%2» bir neçə adda var; siyahıdan birini seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="449"/>
        <source>%1: no name contains “%2”; type part of a name and choose from the list.</source>
        <translation>%1: «%2» olan ad yoxdur; adın bir hissəsini yazın və siyahıdan seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="499"/>
        <source>Mark as a mention of…</source>
        <translation>Xatırlanma kimi qeyd et…</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="511"/>
        <source>No persons in this case yet</source>
        <translation>Bu işdə hələ şəxs yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="515"/>
        <source>Select the words that name the person first.</source>
        <translation>Əvvəlcə şəxsin adını çəkən sözləri seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="526"/>
        <source>Remove the mention “%1” of %2</source>
        <translation>%2 şəxsinin «%1» xatırlanmasını sil</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="560"/>
        <source>Not marked: %1</source>
        <translation>Qeyd edilmədi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="604"/>
        <source>⚠ “%1” was marked as naming %2 but is no longer in this text. Mark the words again, or remove the mention (right-click).</source>
        <translation>⚠ «%1» %2 şəxsinin adı kimi qeyd edilmişdi, amma artıq bu mətndə yoxdur. Sözləri yenidən qeyd edin və ya xatırlanmanı silin (sağ düymə).</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="635"/>
        <source>Names %1</source>
        <translation>%1 şəxsinin adını çəkir</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="685"/>
        <source>%1: %2 is not a real calendar date (%3 has %4 days).</source>
        <translation>%1: %2 mövcud tarix deyil (%3 ayında %4 gün var).</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="690"/>
        <source>%1: %2 is not a real calendar date (a year has 12 months).</source>
        <translation>%1: %2 mövcud tarix deyil (ildə 12 ay var).</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="694"/>
        <source>%1: %2 is not a real calendar date (use a year from 1800 to 2200).</source>
        <translation>%1: %2 mövcud tarix deyil (1800–2200 arası il yazın).</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="698"/>
        <source>%1: %2 is not a real time of day.</source>
        <translation>%1: %2 mövcud saat deyil.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="700"/>
        <source>%1: %2 is not a real calendar date.</source>
        <translation>%1: %2 mövcud təqvim tarixi deyil.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="704"/>
        <source>%1: use a date such as 09.01.1990, 01.1990, January 1990 or 1990.</source>
        <translation>%1: tarixi 09.01.1990, 01.1990, yanvar 1990 və ya 1990 kimi yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="383"/>
        <source>A whole number.</source>
        <translation>Tam ədəd daxil edin.</translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <location filename="../../ui/evidence.py" line="819"/>
        <source>This kind of file cannot be shown here.</source>
        <translation>Bu növ fayl burada göstərilə bilməz.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="815"/>
        <source>File content</source>
        <translation>Faylın məzmunu</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="783"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="784"/>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="785"/>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="785"/>
        <source>%1 bytes</source>
        <translation>%1 bayt</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="786"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="787"/>
        <source>Collected</source>
        <translation>Toplanma tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="788"/>
        <source>Collected by</source>
        <translation>Toplayan</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="791"/>
        <source>Redacted copy of</source>
        <translation>Gizlədilmiş surətin mənbəyi</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="793"/>
        <source>Copy without metadata of</source>
        <translation>Metaməlumatsız nüsxəsi olduğu fayl</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="797"/>
        <source>Picture size</source>
        <translation>Şəklin ölçüsü</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="803"/>
        <location filename="../../ui/evidence.py" line="805"/>
        <source>Metadata</source>
        <translation>Metaməlumatlar</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="803"/>
        <source>not checked (FieldMon cannot read it)</source>
        <translation>yoxlanılmayıb (FieldMon onları oxuya bilmir)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="805"/>
        <source>none found</source>
        <translation>tapılmadı</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="808"/>
        <source>Custody log</source>
        <translation>Saxlanma zənciri jurnalı</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="817"/>
        <source>This picture is too large to show here.</source>
        <translation>Bu şəkil burada göstərmək üçün çox böyükdür.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="821"/>
        <source>Only the first %1 of %2 pages are shown; extract the file to read it all.</source>
        <translation>%2 səhifədən yalnız ilk %1 göstərilir; faylı tam oxumaq üçün onu çıxarın.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="825"/>
        <source>File details</source>
        <translation>Fayl haqqında məlumat</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="826"/>
        <source>Detail</source>
        <translation>Xüsusiyyət</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="826"/>
        <source>Value</source>
        <translation>Dəyər</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="836"/>
        <source>This file records where it was made: %1. Anyone who receives it can read this; dossiers use a copy without metadata where one is stored.</source>
        <translation>Bu faylda onun harada yaradıldığı qeyd olunub (%1). Faylı alan hər kəs bunu oxuya bilər; metaməlumatsız nüsxə saxlanılıbsa, dosyelərdə o istifadə olunur.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="814"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/unlock.py" line="636"/>
        <source>Create your vault</source>
        <translation>Seyfinizi yaradın</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="637"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="638"/>
        <source>&amp;Next &gt;</source>
        <translation>İ&amp;rəli &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="641"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="642"/>
        <source>Next</source>
        <translation>İrəli</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="643"/>
        <source>Create the vault</source>
        <translation>Seyfi yarat</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="644"/>
        <source>Open the vault</source>
        <translation>Seyfi aç</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="639"/>
        <location filename="../../ui/unlock.py" line="645"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
</context>
<context>
    <name>ForkPanel</name>
    <message>
        <location filename="../../ui/inbox_view.py" line="104"/>
        <source>A fork: a monitor sent a version of a case that headquarters had changed meanwhile. Both are kept; read them and keep one as the working copy. Nothing is deleted.</source>
        <translation>Versiya fərqi: monitorinqçi mərkəzi ofisin bu arada dəyişdirdiyi işin versiyasını göndərib. Hər ikisi saxlanılır; onları oxuyun və birini işçi nüsxə kimi saxlayın. Heç nə silinmir.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="109"/>
        <source>Open forks</source>
        <translation>Həll olunmamış versiya fərqləri</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="110"/>
        <location filename="../../ui/inbox_view.py" line="142"/>
        <source>Headquarters&apos; version</source>
        <translation>Mərkəzi ofisin versiyası</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="111"/>
        <location filename="../../ui/inbox_view.py" line="143"/>
        <source>The monitor&apos;s version</source>
        <translation>Monitorinqçinin versiyası</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="114"/>
        <source>What differs: lines starting with - are headquarters&apos; version, with + the monitor&apos;s (the text, then every field, also those the text leaves out)</source>
        <translation>Nə fərqlənir: - ilə başlayan sətirlər mərkəzi ofisin versiyasındandır, + ilə başlayanlar monitorinqçinin versiyasından (əvvəl mətn, sonra hər sahə, mətndə göstərilməyənlər də)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="118"/>
        <source>What differs between the two versions</source>
        <translation>İki versiya arasında nə fərqlənir</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="119"/>
        <source>Keep &amp;headquarters&apos; version</source>
        <translation>&amp;Mərkəzi ofisin versiyasını saxla</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="120"/>
        <source>Keep headquarters&apos; version</source>
        <translation>Mərkəzi ofisin versiyasını saxla</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="121"/>
        <source>Take the &amp;monitor&apos;s version</source>
        <translation>M&amp;onitorinqçinin versiyasını qəbul et</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="122"/>
        <source>Take the monitor&apos;s version</source>
        <translation>Monitorinqçinin versiyasını qəbul et</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="131"/>
        <source>%1: headquarters&apos; version %2, %3&apos;s version %4 (arrived %5)</source>
        <translation>%1: mərkəzi ofisin versiyası %2, %3 tərəfindən versiya %4 (alınıb: %5)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="134"/>
        <source>the monitor</source>
        <translation>monitorinqçi</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="146"/>
        <source>Headquarters&apos; version %1</source>
        <translation>Mərkəzi ofisin versiyası %1</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="149"/>
        <source>%1&apos;s version %2 (packet %3)</source>
        <translation>%1 tərəfindən versiya %2 (paket %3)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="150"/>
        <source>The monitor</source>
        <translation>Monitorinqçi</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="194"/>
        <source>The two case documents are the same: the fork differs in its files only.</source>
        <translation>Hər iki versiyada iş sənədi eynidir: versiya fərqi yalnız fayllardadır.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="204"/>
        <source>Keep headquarters&apos; version %1 of %2 as the working copy? The monitor&apos;s version stays in the record.</source>
        <translation>%2 işinin mərkəzi ofisə məxsus %1 versiyası işçi nüsxə kimi saxlanılsın? Monitorinqçinin versiyası qeydlərdə qalır.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="209"/>
        <source>Make the monitor&apos;s version %1 of %2 the working copy? It is sealed as a new version; headquarters&apos; version stays in the history.</source>
        <translation>%2 işinin monitorinqçiyə məxsus %1 versiyası işçi nüsxə edilsin? O, yeni versiya kimi möhürlənəcək; mərkəzi ofisin versiyası tarixçədə qalır.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="214"/>
        <source>Resolve the fork</source>
        <translation>Versiya fərqini həll et</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="226"/>
        <source>Fork of %1 resolved.</source>
        <translation>%1 işi üzrə versiya fərqi həll olundu.</translation>
    </message>
</context>
<context>
    <name>HeldChord</name>
    <message>
        <location filename="../../ui/panic.py" line="174"/>
        <source>Wiping the vault in {seconds} s — release to cancel</source>
        <extracomment>How long the chord must be held, in milliseconds. How long a release may wait for the press that shows it was only a key repeat, in ms. A repeat&apos;s release and press share one X server timestamp and arrive together. How often the countdown is redrawn while the chord is held, in milliseconds.</extracomment>
        <translation>Seyf {seconds} san. sonra məhv ediləcək — ləğv etmək üçün düymələri buraxın</translation>
    </message>
    <message>
        <location filename="../../ui/panic.py" line="208"/>
        <source>Panic wipe countdown</source>
        <translation>Təcili məhvetmənin geri sayımı</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/case_view.py" line="602"/>
        <source>Version</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="602"/>
        <source>Sealed</source>
        <translation>Möhürlənib</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="602"/>
        <source>By</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="602"/>
        <location filename="../../ui/case_view.py" line="611"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="604"/>
        <source>Sealed versions</source>
        <translation>Möhürlənmiş versiyalar</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="607"/>
        <source>Time (UTC)</source>
        <translation>Vaxt (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="608"/>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="609"/>
        <source>Action</source>
        <translation>Əməliyyat</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="610"/>
        <source>Record</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="614"/>
        <source>Custody log</source>
        <translation>Saxlanma zənciri jurnalı</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="615"/>
        <source>Selected version</source>
        <translation>Seçilmiş versiya</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="634"/>
        <source>not sealed yet</source>
        <translation>hələ möhürlənməyib</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="674"/>
        <source>the case</source>
        <translation>iş</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="676"/>
        <source>version %1</source>
        <translation>versiya %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="680"/>
        <source>file %1 (%2) of “%3”</source>
        <translation>«%3» sübutunun %1 faylı (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="686"/>
        <source>dossier for %1</source>
        <translation>dosye: %1</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../../ui/inbox_view.py" line="289"/>
        <source>Inbox of headquarters</source>
        <translation>Mərkəzi ofisin gələn qutusu</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="290"/>
        <source>Receive from</source>
        <translation>Haradan qəbul etmək</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="291"/>
        <source>&amp;Receive</source>
        <translation>&amp;Qəbul et</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="292"/>
        <source>Receive the new packets</source>
        <translation>Yeni paketləri qəbul et</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="293"/>
        <source>Re&amp;try…</source>
        <translation>Yenidən &amp;yoxla…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="294"/>
        <source>Examine the quarantined packet again</source>
        <translation>Karantinə salınmış paketi yenidən yoxla</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="295"/>
        <source>Packets</source>
        <translation>Paketlər</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="299"/>
        <source>Packet</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="300"/>
        <source>Case</source>
        <translation>İş</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="301"/>
        <source>State</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="302"/>
        <source>Sender</source>
        <translation>Göndərən</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="303"/>
        <source>Received (UTC)</source>
        <translation>Alınıb (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="304"/>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="307"/>
        <source>Packets received</source>
        <translation>Alınmış paketlər</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="308"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="322"/>
        <source>Forks (%1)</source>
        <translation>Versiya fərqləri (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="336"/>
        <source>(unknown case)</source>
        <translation>(naməlum iş)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="357"/>
        <source>Select a packet to read why it waits or was quarantined.</source>
        <translation>Paketin niyə gözlədiyini və ya karantinə salındığını oxumaq üçün onu seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="360"/>
        <source>Packet %1 from %2 (%3): %4.</source>
        <translation>%2 tərəfindən paket %1 (%3): %4.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="363"/>
        <source>an unknown sender</source>
        <translation>naməlum göndərən</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="368"/>
        <source>Reason: %1</source>
        <translation>Səbəb: %1</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="375"/>
        <source>Add a destination to receive from first.</source>
        <translation>Əvvəlcə paketlərin qəbul ediləcəyi yeri əlavə edin.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="379"/>
        <source>Receiving…</source>
        <translation>Qəbul edilir…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="396"/>
        <source>Examine packet %1 again? It was quarantined: %2. The custody log records that you decided so. Nothing is imported unless every check passes.</source>
        <translation>%1 paketi yenidən yoxlanılsın? O, karantinə salınmışdı: %2. Bunu sizin qərar verdiyiniz saxlanma zənciri jurnalına yazılacaq. Bütün yoxlamalardan keçməsə, heç nə idxal olunmayacaq.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="401"/>
        <source>Examine the packet again</source>
        <translation>Paketin yenidən yoxlanılması</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="412"/>
        <source>Examining the packet again…</source>
        <translation>Paket yenidən yoxlanılır…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="429"/>
        <source>Packet examined again: %1.</source>
        <translation>Paket yenidən yoxlanıldı: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="435"/>
        <source>%1 packet(s) looked at, %2 quarantined.</source>
        <translation>Baxılan paketlər: %1, karantinə salınan: %2.</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <location filename="../../ui/testimony.py" line="783"/>
        <source>4. What was seen and said</source>
        <translation>4. Görülənlər və deyilənlər</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="784"/>
        <source>The interview, and the account in the person&apos;s own words.</source>
        <translation>Müsahibə və şəxsin öz sözləri ilə ifadəsi.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="786"/>
        <source>Date of the interview</source>
        <translation>Müsahibənin tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="787"/>
        <source>Where it took place</source>
        <translation>Keçirildiyi yer</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="788"/>
        <location filename="../../ui/testimony.py" line="798"/>
        <source>Language spoken</source>
        <translation>Müsahibənin dili</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="789"/>
        <source>Interviewed by</source>
        <translation>Müsahibəni aparanlar</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="790"/>
        <source>Interpreter</source>
        <translation>Tərcüməçi</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="791"/>
        <source>Also present</source>
        <translation>Həmçinin iştirak edib</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="792"/>
        <source>Conditions</source>
        <translation>Şərait</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="793"/>
        <source>&amp;What the person saw and said</source>
        <translation>Şəxsin gördükləri və &amp;dedikləri</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="799"/>
        <source>Separate names with commas</source>
        <translation>Adları vergüllə ayırın</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="800"/>
        <source>None</source>
        <translation>Yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="801"/>
        <source>Anyone else in the room, separated by commas</source>
        <translation>Otaqdakı digər şəxslər, vergüllə ayırın</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="803"/>
        <source>e.g. short visit, guard within earshot, person in pain</source>
        <translation>məs. qısa görüş, mühafizəçi eşidə biləcək məsafədə, şəxs ağrı içində</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="805"/>
        <source>What the person saw and said</source>
        <translation>Şəxsin gördükləri və dedikləri</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="824"/>
        <source>Write down what the person saw and said.</source>
        <translation>Şəxsin gördüklərini və dediklərini yazın.</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../ui/security_dialogs.py" line="208"/>
        <source>Log of this session (kept in memory only)</source>
        <translation>Bu seansın jurnalı (yalnız yaddaşda)</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="209"/>
        <source>Log of this session</source>
        <translation>Bu seansın jurnalı</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="210"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="192"/>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="193"/>
        <source>&amp;New case</source>
        <translation>&amp;Yeni iş</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="194"/>
        <source>New test&amp;imony…</source>
        <translation>Yeni &amp;ifadə…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="195"/>
        <source>&amp;Save case</source>
        <translation>İşi yadda &amp;saxla</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="196"/>
        <source>&amp;Find…</source>
        <translation>&amp;Axtar…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="197"/>
        <source>&amp;Lock</source>
        <translation>&amp;Kilidlə</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="198"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çıxış</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="199"/>
        <source>&amp;Wipe the vault now… (or hold Ctrl+Shift+Delete)</source>
        <translation>Seyfi &amp;məhv et… (və ya Ctrl+Shift+Delete basılı saxla)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="200"/>
        <source>&amp;Tools</source>
        <translation>&amp;Alətlər</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="201"/>
        <source>&amp;Verify a dossier…</source>
        <translation>&amp;Dosyeni yoxla…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="202"/>
        <source>Head&amp;quarters</source>
        <translation>Mərkəzi &amp;ofis</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="204"/>
        <source>Organisation &amp;card…</source>
        <translation>Təşkilat &amp;kartı…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="205"/>
        <source>&amp;Send to headquarters…</source>
        <translation>Mərkəzi ofisə &amp;göndər…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="206"/>
        <source>&amp;Outbox…</source>
        <translation>G&amp;edən qutu…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="207"/>
        <source>Receipts: &amp;fetch</source>
        <translation>Qəbzləri &amp;al</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="208"/>
        <source>&amp;Purge a case from this laptop…</source>
        <translation>İşi bu noutbukdan &amp;sil…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="209"/>
        <source>&amp;Inbox…</source>
        <translation>Gə&amp;lən qutu…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="212"/>
        <source>&amp;Settings</source>
        <translation>&amp;Parametrlər</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="213"/>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="214"/>
        <source>&amp;Auto-lock</source>
        <translation>&amp;Avtomatik kilid</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="216"/>
        <source>After %1 minute(s) without input</source>
        <translation>%1 dəqiqə fəaliyyətsizlikdən sonra</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="217"/>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="218"/>
        <source>&amp;About FieldMon</source>
        <translation>FieldMon &amp;haqqında</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="219"/>
        <source>Field &amp;security…</source>
        <translation>&amp;Təhlükəsizlik…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="220"/>
        <source>Session &amp;log…</source>
        <translation>Seans &amp;jurnalı…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="312"/>
        <source>Open case</source>
        <translation>İşi aç</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="341"/>
        <source>Wipe the vault</source>
        <translation>Seyfi məhv et</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="343"/>
        <source>Destroy the vault now? Nothing in it can be recovered afterwards, not with the passphrase and not with recovery shares.</source>
        <translation>Seyf indi məhv edilsin? Bundan sonra içindəkiləri nə parol ifadəsi, nə də bərpa payları ilə bərpa etmək mümkün olmayacaq.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="438"/>
        <source>Send to headquarters</source>
        <translation>Mərkəzi ofisə göndərmə</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="449"/>
        <source>Open or select a case first.</source>
        <translation>Əvvəlcə işi açın və ya seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="466"/>
        <source>Purge from this laptop</source>
        <translation>Bu noutbukdan sil</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="477"/>
        <source>%1 receipt(s) received.</source>
        <translation>Alınan qəbzlər: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="478"/>
        <location filename="../../ui/app.py" line="484"/>
        <source>Receipts</source>
        <translation>Qəbzlər</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="500"/>
        <source>About FieldMon</source>
        <translation>FieldMon haqqında</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="502"/>
        <source>FieldMon %1: documentation of torture and arbitrary detention, kept in an encrypted vault, exported as signed dossiers.</source>
        <translation>FieldMon %1: işgəncə və özbaşına həbs hallarının sənədləşdirilməsi; materiallar şifrələnmiş seyfdə saxlanılır və imzalanmış dosyelər kimi ixrac edilir.</translation>
    </message>
</context>
<context>
    <name>MakeSharesDialog</name>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="472"/>
        <source>Make recovery shares</source>
        <translation>Bərpa payları yarat</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="475"/>
        <source>Recovery shares give access back if the passphrase is lost: any chosen number of them set a new passphrase. New shares replace the ones made before, which stop working: destroy them. Type the passphrase again to go on.</source>
        <translation>Parol ifadəsi itirilərsə, bərpa payları girişi geri qaytarır: onların seçilmiş sayı yeni parol ifadəsi təyin etməyə imkan verir. Yeni paylar əvvəllər yaradılmış payları əvəz edir və onlar artıq işləmir: onları məhv edin. Davam etmək üçün parol ifadəsini yenidən daxil edin.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="480"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="482"/>
        <source>Passphrase</source>
        <translation>Parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="483"/>
        <source>&amp;Shares to make</source>
        <translation>&amp;Neçə pay yaradılsın</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="485"/>
        <source>Shares to make</source>
        <translation>Neçə pay yaradılsın</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="486"/>
        <source>Shares &amp;needed to recover</source>
        <translation>&amp;Bərpa üçün lazım olan pay sayı</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="488"/>
        <source>Shares needed to recover</source>
        <translation>Bərpa üçün lazım olan pay sayı</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="489"/>
        <source>Making the shares</source>
        <translation>Paylar yaradılır</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="490"/>
        <source>&amp;Make the shares</source>
        <translation>Payları &amp;yarat</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="491"/>
        <source>Make the shares</source>
        <translation>Payları yarat</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="492"/>
        <source>Done</source>
        <translation>Hazırdır</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="493"/>
        <source>Done: every share is written down</source>
        <translation>Hazırdır: bütün paylar yazılıb</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="494"/>
        <location filename="../../ui/recovery_dialogs.py" line="495"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="506"/>
        <source>Checking the passphrase…</source>
        <translation>Parol ifadəsi yoxlanılır…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="517"/>
        <source>Wrong passphrase: no shares were made.</source>
        <translation>Parol ifadəsi yanlışdır: paylar yaradılmadı.</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <location filename="../../ui/evidence.py" line="244"/>
        <source>What this file says about itself</source>
        <translation>Bu fayl özü haqqında nə bildirir</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="154"/>
        <source>%1: metadata not checked. FieldMon cannot read the metadata of this kind of file; it may record where it was made, the device, or who made it.</source>
        <translation>%1: metaməlumatlar yoxlanılmayıb. FieldMon bu növ faylın metaməlumatlarını oxuya bilmir; onlarda faylın harada, hansı cihazla və ya kim tərəfindən yaradıldığı qeyd oluna bilər.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="160"/>
        <source>%1 records where, with what or by whom it was made. Anyone who receives the file can read this:</source>
        <translation>%1 faylında onun harada, nə ilə və ya kim tərəfindən yaradıldığı qeyd olunub. Faylı alan hər kəs bunu oxuya bilər:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="253"/>
        <source>Keep a copy without metadata (recommended)</source>
        <translation>Metaməlumatsız nüsxəni də saxla (tövsiyə olunur)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="254"/>
        <location filename="../../ui/testimony.py" line="987"/>
        <location filename="../../ui/testimony.py" line="989"/>
        <source>Keep a copy without metadata</source>
        <translation>Metaməlumatsız nüsxəni də saxla</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="255"/>
        <location filename="../../ui/evidence.py" line="256"/>
        <source>Store the original only</source>
        <translation>Yalnız orijinalı saxla</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="259"/>
        <source>The original is always stored: it is evidence. Dossiers use the copy without metadata.</source>
        <translation>Orijinal həmişə saxlanılır: o, sübutdur. Dosyelərdə metaməlumatsız nüsxə istifadə olunur.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="182"/>
        <source>FieldMon cannot remove metadata from this kind of file; the original will be stored as it is.</source>
        <translation>FieldMon bu növ fayldan metaməlumatları silə bilmir; orijinal olduğu kimi saxlanılacaq.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="265"/>
        <source>&amp;Store</source>
        <translation>&amp;Saxla</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="266"/>
        <source>Store the file</source>
        <translation>Faylı saxla</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="267"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Ləğv et</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="268"/>
        <source>Do not store the file</source>
        <translation>Faylı saxlama</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../ui/outbox_view.py" line="113"/>
        <source>Outbox</source>
        <translation>Gedən qutu</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="116"/>
        <source>Packets sent from this laptop. “Acknowledged”: headquarters&apos; receipt is in, and the case may be purged from the laptop.</source>
        <translation>Bu noutbukdan göndərilən paketlər. «Təsdiqlənib»: mərkəzi ofisin qəbzi alınıb və işi noutbukdan silmək olar.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="122"/>
        <source>Case</source>
        <translation>İş</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="123"/>
        <source>Version</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="124"/>
        <source>Destination</source>
        <translation>Təyinat yeri</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="125"/>
        <source>State</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="126"/>
        <source>Parts</source>
        <translation>Hissələr</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="127"/>
        <source>Made (UTC)</source>
        <translation>Yaradılıb (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="128"/>
        <source>Sent (UTC)</source>
        <translation>Göndərilib (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="129"/>
        <source>Acknowledged (UTC)</source>
        <translation>Təsdiqlənib (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="132"/>
        <source>Packets in the outbox</source>
        <translation>Gedən qutudakı paketlər</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="133"/>
        <source>&amp;Resume unfinished</source>
        <translation>Yarımçıqları &amp;davam etdir</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="134"/>
        <source>Resume sending the unfinished packets</source>
        <translation>Yarımçıq paketlərin göndərilməsini davam etdir</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="135"/>
        <source>&amp;Fetch receipts</source>
        <translation>Qəbzləri &amp;al</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="136"/>
        <source>Fetch headquarters&apos; receipts</source>
        <translation>Mərkəzi ofisin qəbzlərini al</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="137"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="159"/>
        <source>Packet %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="174"/>
        <source>Resuming…</source>
        <translation>Göndərmə davam etdirilir…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="183"/>
        <source>Fetching receipts…</source>
        <translation>Qəbzlər alınır…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="191"/>
        <source>%1 receipt(s) received.</source>
        <translation>Alınan qəbzlər: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="195"/>
        <source>%1 packet(s) resumed.</source>
        <translation>Davam etdirilən paketlər: %1.</translation>
    </message>
</context>
<context>
    <name>PerpetratorsSection</name>
    <message>
        <location filename="../../ui/events.py" line="342"/>
        <source>Add perpetrator</source>
        <translation>Törədən əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="343"/>
        <source>Add a perpetrator to this act</source>
        <translation>Bu əmələ törədən əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="344"/>
        <source>Remove perpetrator</source>
        <translation>Törədəni sil</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="345"/>
        <source>Remove the selected perpetrator</source>
        <translation>Seçilmiş törədəni sil</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="347"/>
        <source>No perpetrator recorded for this act yet. Add one if anyone is known.</source>
        <translation>Bu əməl üzrə hələ törədən qeyd edilməyib. Məlum olan varsa, əlavə edin.</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="391"/>
        <source>Perpetrator not chosen</source>
        <translation>Törədən seçilməyib</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../ui/testimony.py" line="411"/>
        <source>2. The person</source>
        <translation>2. Şəxs</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="412"/>
        <source>Who gives this testimony. Only the name is required.</source>
        <translation>Bu ifadəni kim verir. Yalnız ad məcburidir.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="413"/>
        <source>Who is interviewed</source>
        <translation>Müsahibə verən</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="414"/>
        <source>Someone not yet in this case</source>
        <translation>Bu işdə hələ olmayan şəxs</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="416"/>
        <source>&amp;Name or pseudonym</source>
        <translation>&amp;Ad və ya təxəllüs</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="417"/>
        <source>Other spellings</source>
        <translation>Adın digər yazılışları</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="418"/>
        <source>Sex</source>
        <translation>Cins</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="419"/>
        <source>Date of birth</source>
        <translation>Doğum tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="420"/>
        <location filename="../../ui/testimony.py" line="431"/>
        <source>Nationality</source>
        <translation>Vətəndaşlıq</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="421"/>
        <source>Occupation</source>
        <translation>Peşə</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="422"/>
        <source>This person is</source>
        <translation>Şəxsin rolu</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="426"/>
        <source>Separate spellings with commas</source>
        <translation>Yazılışları vergüllə ayırın</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="427"/>
        <source>e.g. 1990 or 1990-04</source>
        <translation>məs. 1990 və ya 1990-04</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="428"/>
        <source>Not recorded</source>
        <translation>Qeyd edilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="432"/>
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="433"/>
        <source>Remove the selected nationality</source>
        <translation>Seçilmiş vətəndaşlığı sil</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="439"/>
        <source>Name or pseudonym</source>
        <translation>Ad və ya təxəllüs</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="465"/>
        <source>Give the person&apos;s name or a pseudonym.</source>
        <translation>Şəxsin adını və ya təxəllüsünü yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="470"/>
        <source>Tick what this person is: a victim, a witness, or other.</source>
        <translation>Bu şəxsin kim olduğunu işarələyin: zərərçəkmiş, şahid və ya digər.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/problems.py" line="85"/>
        <source>%1: choose one of the %2 of this case.</source>
        <translation>%1: bu işin «%2» siyahısından birini seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="94"/>
        <source>%1: choose one of the %2 in this case again.</source>
        <translation>%1: bu işin «%2» siyahısından yenidən seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="99"/>
        <source>This person already has a consent for this recipient.</source>
        <translation>Bu şəxsin bu ünvançı üçün artıq razılığı var.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="101"/>
        <source>%1 is required.</source>
        <translation>%1: mütləq doldurulmalıdır.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="103"/>
        <source>%1: choose the country from the list.</source>
        <translation>%1: ölkəni siyahıdan seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="105"/>
        <source>%1: choose the language from the list.</source>
        <translation>%1: dili siyahıdan seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="107"/>
        <source>%1: choose one of the values in the list.</source>
        <translation>%1: siyahıdakı dəyərlərdən birini seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="109"/>
        <source>%1: use letters, digits and . _ / - only, starting with a letter or digit.</source>
        <translation>%1: yalnız hərf, rəqəm və . _ / - işarələri; əvvəldə hərf və ya rəqəm olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="113"/>
        <source>%1: use a whole number, such as 12.</source>
        <translation>%1: tam ədəd yazın, məsələn 12.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="115"/>
        <source>%1 must not be empty.</source>
        <translation>%1: boş qala bilməz.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="117"/>
        <source>%1 is not a field of this record and cannot be stored.</source>
        <translation>%1: bu qeydin belə sahəsi yoxdur, saxlanıla bilməz.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="119"/>
        <source>%1: two records have the same identifier; remove one.</source>
        <translation>%1: iki qeydin eyni identifikatoru var; birini silin.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="121"/>
        <source>%1: this record repeats another one.</source>
        <translation>%1: bu qeyd başqa birini təkrarlayır.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="123"/>
        <source>%1: this date is before the date it follows.</source>
        <translation>%1: bu tarix ondan sonra gəlməli olduğu tarixdən əvvəldir.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="125"/>
        <source>%1: this value cannot be stored; enter it again.</source>
        <translation>%1: bu dəyər saxlanıla bilməz; yenidən daxil edin.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="133"/>
        <source>1 problem:</source>
        <translation>1 problem:</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="135"/>
        <source>%1 problems:</source>
        <translation>%1 problem:</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../ui/purge_dialog.py" line="98"/>
        <source>Purge %1 from this laptop</source>
        <translation>%1 işini bu noutbukdan sil</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="101"/>
        <source>Removed from this laptop: case %1 with all its records, its %2 evidence file(s) (their keys destroyed) and any draft of it. Copies of its packets left in a folder no longer open with anything on this laptop.</source>
        <translation>Bu noutbukdan silinəcək: %1 işi bütün qeydləri ilə, onun sübut faylları (%2; açarları məhv edilir) və bütün qaralamaları. Qovluqda qalan paket nüsxələrini artıq bu noutbukdakı heç nə ilə açmaq olmaz.</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="110"/>
        <source>What stays: a stub with the reference, headquarters&apos; receipt and the SHA-256 hashes of every sealed version and file, so that the custody log still checks. Nothing the witnesses said stays.</source>
        <translation>Qalacaq: iş nömrəsi, mərkəzi ofisin qəbzi və hər möhürlənmiş versiyanın və faylın SHA-256 heşləri olan qısa qeyd ki, saxlanma zənciri jurnalı yoxlamadan keçsin. Şahidlərin dediklərindən heç nə qalmır.</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="117"/>
        <source>Headquarters&apos; receipt of %1 covers version %2, the newest.</source>
        <translation>Mərkəzi ofisin %1 tarixli qəbzi ən son versiya olan %2 versiyasını təsdiqləyir.</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="122"/>
        <source>Not possible yet: %1</source>
        <translation>Hələ mümkün deyil: %1</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="123"/>
        <source>This cannot be undone.</source>
        <translation>Bu əməliyyatı geri qaytarmaq mümkün deyil.</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="125"/>
        <source>Type the case&apos;s reference, %1, to confirm:</source>
        <translation>Təsdiq üçün işin nömrəsini, %1, yazın:</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="127"/>
        <source>The case&apos;s reference, typed to confirm</source>
        <translation>Təsdiq üçün yazılmış iş nömrəsi</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="128"/>
        <source>&amp;Purge from this laptop</source>
        <translation>Bu noutbukdan &amp;sil</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="129"/>
        <source>Purge the case from this laptop</source>
        <translation>İşi bu noutbukdan sil</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="130"/>
        <location filename="../../ui/purge_dialog.py" line="156"/>
        <location filename="../../ui/purge_dialog.py" line="157"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="130"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="148"/>
        <source>Purging…</source>
        <translation>Silinir…</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="159"/>
        <source>%1 was purged: %2 file(s) destroyed; its stub stays.</source>
        <translation>%1 işi silindi: məhv edilən fayllar — %2; qısa qeyd qalır.</translation>
    </message>
</context>
<context>
    <name>RecordListEditor</name>
    <message>
        <location filename="../../ui/forms.py" line="909"/>
        <source>(new, not filled in yet)</source>
        <translation>(yeni, hələ doldurulmayıb)</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1035"/>
        <source>Add</source>
        <translation>Əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1036"/>
        <source>Add to %1</source>
        <translation>«%1» siyahısına əlavə et</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1037"/>
        <location filename="../../ui/forms.py" line="1230"/>
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1038"/>
        <source>Remove from %1</source>
        <translation>«%1» siyahısından sil</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1039"/>
        <source>Undo</source>
        <translation>Geri qaytar</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1040"/>
        <source>Undo the removal from %1</source>
        <translation>«%1» siyahısından silinməni geri qaytar</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1045"/>
        <source>Every recipient passes the dossier to the State concerned: the Court communicates applications to the Government, and UN mandates transmit communications to it. For un-srt and wgad, record the person&apos;s consent to that transmission.</source>
        <translation>Hər ünvançı dosyeni müvafiq dövlətə ötürür: Məhkəmə şikayətləri Hökumətə kommunikasiya edir, BMT mandatları isə müraciətləri ona göndərir. un-srt və wgad üçün şəxsin bu ötürülməyə razılığını qeyd edin.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1199"/>
        <source>%1 in %2: %3</source>
        <translation>%2 — %1: %3</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1207"/>
        <source>“%1” is named elsewhere in this case:</source>
        <translation>«%1» bu işdə başqa yerlərdə də qeyd olunub:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1211"/>
        <source>Removing it also removes the %1 records that cannot exist without it.</source>
        <translation>Onu silmək onsuz mövcud ola bilməyən %1 qeydi də silir.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1215"/>
        <source>%1 links to it will be cleared.</source>
        <translation>Ona olan %1 istinad təmizlənəcək.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1217"/>
        <source>You can undo this until the case is closed.</source>
        <translation>İş bağlanana qədər bunu geri qaytara bilərsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1228"/>
        <source>Remove “%1”?</source>
        <translation>«%1» silinsin?</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1232"/>
        <source>Keep</source>
        <translation>Silmə</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1279"/>
        <source>Removed “%1”.</source>
        <translation>«%1» silindi.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1284"/>
        <source>Also removed: %1 linked records.</source>
        <translation>Həmçinin silindi: %1 əlaqəli qeyd.</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="676"/>
        <source>Recover with shares</source>
        <translation>Paylarla bərpa</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="679"/>
        <source>Type the recovery shares you wrote down, one in each box, then choose a new passphrase. The first share tells how many are needed. Afterwards the old passphrase no longer opens the vault.</source>
        <translation>Yazıb saxladığınız bərpa paylarını hər xanaya bir pay olmaqla daxil edin, sonra yeni parol ifadəsi seçin. Neçə payın lazım olduğunu birinci pay göstərir. Bundan sonra köhnə parol ifadəsi seyfi açmayacaq.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="684"/>
        <source>Shares</source>
        <translation>Paylar</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="685"/>
        <source>New passphrase</source>
        <translation>Yeni parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="686"/>
        <source>Recovering</source>
        <translation>Bərpa edilir</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="687"/>
        <source>&amp;Recover and unlock</source>
        <translation>&amp;Bərpa et və kilidi aç</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="688"/>
        <source>Recover and unlock</source>
        <translation>Bərpa et və kilidi aç</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="689"/>
        <location filename="../../ui/recovery_dialogs.py" line="690"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="740"/>
        <source>Choose a new passphrase.</source>
        <translation>Yeni parol ifadəsi seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="761"/>
        <source>Checking the shares and setting the new passphrase…</source>
        <translation>Paylar yoxlanılır və yeni parol ifadəsi təyin edilir…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="764"/>
        <source>Opening the vault…</source>
        <translation>Seyf açılır…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="779"/>
        <source>These shares open nothing in this vault: they belong to another vault, newer shares replaced them, or they do not make a whole set. Nothing was changed.</source>
        <translation>Bu paylar bu seyfdə heç nəyi açmır: onlar başqa seyfə aiddir, onları daha yeni paylar əvəz edib və ya tam dəst təşkil etmir. Heç nə dəyişdirilmədi.</translation>
    </message>
</context>
<context>
    <name>RecoveredBar</name>
    <message>
        <location filename="../../ui/case_view.py" line="566"/>
        <source>Unsaved work from %1 (UTC) was recovered and is shown below. It is kept as an encrypted draft in this vault until you save the case or discard it.</source>
        <translation>%1 (UTC) vaxtına aid yadda saxlanmamış dəyişikliklər bərpa edilib və aşağıda göstərilir. İşi yadda saxlayana və ya dəyişiklikləri ləğv edənə qədər onlar bu seyfdə şifrələnmiş qaralama kimi saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="570"/>
        <source>Discard recovered changes…</source>
        <translation>Bərpa edilənləri ləğv et…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="571"/>
        <source>Discard the recovered changes</source>
        <translation>Bərpa edilmiş dəyişiklikləri ləğv et</translation>
    </message>
</context>
<context>
    <name>RecoveredNotice</name>
    <message numerus="yes">
        <location filename="../../ui/recovered.py" line="60"/>
        <source>Unsaved work was recovered in %n case(s). It is kept encrypted in this vault; open a case to see it, then save it or discard it.</source>
        <translation>
            <numerusform>%n işdə yadda saxlanmamış dəyişikliklər bərpa edilib. Onlar bu seyfdə şifrələnmiş şəkildə saxlanılır; görmək üçün işi açın, sonra dəyişiklikləri yadda saxlayın və ya ləğv edin.</numerusform>
            <numerusform>%n işdə yadda saxlanmamış dəyişikliklər bərpa edilib. Onlar bu seyfdə şifrələnmiş şəkildə saxlanılır; görmək üçün işi açın, sonra dəyişiklikləri yadda saxlayın və ya ləğv edin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/recovered.py" line="66"/>
        <source>Hide</source>
        <translation>Gizlət</translation>
    </message>
    <message>
        <location filename="../../ui/recovered.py" line="67"/>
        <source>Hide the notice of recovered work</source>
        <translation>Bərpa edilmiş dəyişikliklər barədə bildirişi gizlət</translation>
    </message>
    <message>
        <location filename="../../ui/recovered.py" line="70"/>
        <source>Open %1 (%2 UTC)</source>
        <translation>%1 işini aç (%2 UTC)</translation>
    </message>
</context>
<context>
    <name>RecoverySharesDialog</name>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="375"/>
        <source>Recovery shares</source>
        <translation>Bərpa payları</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="376"/>
        <source>Done</source>
        <translation>Hazırdır</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="377"/>
        <source>Done: every share is written down</source>
        <translation>Hazırdır: bütün paylar yazılıb</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="378"/>
        <location filename="../../ui/recovery_dialogs.py" line="379"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <location filename="../../ui/redact_dialog.py" line="283"/>
        <source>Redact %1 %2</source>
        <translation>Gizlətmə: %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="289"/>
        <source>Drag boxes over every face, name and detail that must not leave. The copy is redrawn as pixels only: nothing under a box, no text layer and no metadata remain. The original is kept unchanged.</source>
        <translation>Çıxmamalı olan hər üzün, adın və detalın üzərinə düzbucaqlı çəkin. Surət yalnız piksellərdən yenidən çəkilir: düzbucaqlının altında heç nə, nə mətn qatı, nə də metaməlumat qalmır. Orijinal dəyişmir.</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="294"/>
        <source>Page to redact: drag to draw a box</source>
        <translation>Gizlədiləcək səhifə: düzbucaqlı çəkmək üçün siçanı sürüşdürün</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="295"/>
        <source>◀ Previous page</source>
        <translation>◀ Əvvəlki səhifə</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="296"/>
        <source>Next page ▶</source>
        <translation>Növbəti səhifə ▶</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="297"/>
        <source>Remove last box</source>
        <translation>Sonuncu düzbucaqlını sil</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="298"/>
        <source>Clear this page</source>
        <translation>Bu səhifəni təmizlə</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="299"/>
        <source>Save redacted copy</source>
        <translation>Gizlədilmiş surəti saxla</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="300"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="339"/>
        <source>Page %1 of %2</source>
        <translation>Səhifə %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="350"/>
        <source>Storing the redacted copy…</source>
        <translation>Gizlədilmiş surət saxlanılır…</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="353"/>
        <source>Stored redacted copy %1 (SHA-256 %2).</source>
        <translation>Gizlədilmiş surət %1 saxlanıldı (SHA-256 %2).</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="361"/>
        <source>This PDF has %1 pages; FieldMon redacts PDFs of at most %2 pages.</source>
        <translation>Bu PDF-də %1 səhifə var; FieldMon ən çoxu %2 səhifəlik PDF-ləri emal edir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/redact_dialog.py" line="366"/>
        <source>%n box(es) drawn.</source>
        <translation>
            <numerusform>%n düzbucaqlı çəkilib.</numerusform>
            <numerusform>%n düzbucaqlı çəkilib.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/testimony.py" line="1079"/>
        <source>7. Review</source>
        <translation>7. Yoxlama</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1080"/>
        <source>Read it through. Finish stores it in the vault.</source>
        <translation>Hamısını oxuyun. «İfadəni saxla» düyməsi onu seyfdə saxlayır.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1081"/>
        <source>Summary</source>
        <translation>Xülasə</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1082"/>
        <source>Storing</source>
        <translation>Saxlanılır</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ui/review_page.py" line="274"/>
        <source>a given name alone</source>
        <translation>tək ad</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="275"/>
        <source>also an ordinary word</source>
        <translation>həm də adi söz</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="276"/>
        <source>part of a place name</source>
        <translation>yer adının hissəsi</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="277"/>
        <source>a name several persons share</source>
        <translation>bir neçə şəxsin ortaq adı</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="278"/>
        <source>another spelling</source>
        <translation>başqa yazılış</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="279"/>
        <source>could name more than one person</source>
        <translation>birdən çox şəxsi göstərə bilər</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="303"/>
        <source>%1, %2 · could be %3 · if replaced: “%4” · uncertain: %5</source>
        <translation>%1, %2 · ola bilər: %3 · əvəz edilsə: «%4» · şübhə: %5</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="315"/>
        <source>No possible names to review: the matcher is sure of each.</source>
        <translation>Yoxlanılacaq ehtimal olunan ad yoxdur: axtarış hər uyğunluqdan əmindir.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="320"/>
        <source>%1 possible name(s) in the text could identify a person who is not shown in full. Decide each: Replace hides the words, Keep leaves them as written. %2 still undecided: the dossier cannot be written until each is decided.</source>
        <translation>Mətndəki ehtimal olunan adlar (%1) tam göstərilməyən şəxsi tanıda bilər. Hər biri üzrə qərar verin: «Əvəz et» sözləri gizlədir, «Olduğu kimi saxla» onları yazıldığı kimi saxlayır. Hələ qərarsız: %2 — hər biri üzrə qərar verilməyənə qədər dosye yaradıla bilməz.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="330"/>
        <source>All %1 possible name(s) decided. Decisions are kept per case and recipient.</source>
        <translation>Bütün ehtimal olunan adlar (%1) üzrə qərar verilib. Qərarlar hər iş və ünvançı üçün saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="337"/>
        <source>Replace &amp;all undecided</source>
        <translation>Bütün qərarsızları ə&amp;vəz et</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="338"/>
        <source>Replace all undecided names</source>
        <translation>Bütün qərarsız adları əvəz et</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="339"/>
        <source>&amp;Save decisions</source>
        <translation>Qərarları &amp;saxla</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="340"/>
        <source>Save decisions</source>
        <translation>Qərarları saxla</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="341"/>
        <source>Possible names to review</source>
        <translation>Yoxlanılacaq ehtimal olunan adlar</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="344"/>
        <source>Replace</source>
        <translation>Əvəz et</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="345"/>
        <source>Keep as written</source>
        <translation>Olduğu kimi saxla</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="347"/>
        <source>Replace possible name %1: %2</source>
        <translation>Ehtimal olunan adı əvəz et, %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="352"/>
        <source>Keep possible name %1: %2</source>
        <translation>Ehtimal olunan adı saxla, %1: %2</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../ui/security_dialogs.py" line="105"/>
        <source>Field security</source>
        <translation>Sahədə təhlükəsizlik</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="106"/>
        <location filename="../../ui/security_dialogs.py" line="109"/>
        <location filename="../../ui/security_dialogs.py" line="110"/>
        <source>Duress passphrase</source>
        <translation>Məcburiyyət parolu</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="107"/>
        <location filename="../../ui/security_dialogs.py" line="108"/>
        <source>Current passphrase</source>
        <translation>Cari parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="111"/>
        <source>Repeat it</source>
        <translation>Təkrar daxil edin</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="112"/>
        <source>Repeat the duress passphrase</source>
        <translation>Məcburiyyət parolunu təkrarlayın</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="113"/>
        <source>Using it also destroys this vault, silently</source>
        <translation>Onun daxil edilməsi bu seyfi də səssizcə məhv edir</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="114"/>
        <source>Using it also destroys this vault</source>
        <translation>Onun daxil edilməsi bu seyfi də məhv edir</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="115"/>
        <source>Set</source>
        <translation>Təyin et</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="116"/>
        <source>Set the duress passphrase</source>
        <translation>Məcburiyyət parolunu təyin et</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="117"/>
        <source>Clear</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="118"/>
        <source>Clear the duress passphrase</source>
        <translation>Məcburiyyət parolunu sil</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="119"/>
        <source>Failed unlocks</source>
        <translation>Uğursuz açma cəhdləri</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="120"/>
        <source>Wipe after this many in a row (0: never)</source>
        <translation>Ardıcıl bu qədər cəhddən sonra məhv et (0 — heç vaxt)</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="121"/>
        <source>Wipe after failed unlocks</source>
        <translation>Uğursuz cəhdlərdən sonra məhv et</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="122"/>
        <source>Save</source>
        <translation>Yadda saxla</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="123"/>
        <source>Save the limit</source>
        <translation>Həddi yadda saxla</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="124"/>
        <source>Recovery shares</source>
        <translation>Bərpa payları</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="127"/>
        <source>Shares written on paper give access back if the passphrase is lost. Making new shares ends the ones made before.</source>
        <translation>Kağıza yazılmış paylar parol ifadəsi itirildikdə girişi geri qaytarır. Yeni paylar yaratmaq əvvəlkiləri etibarsız edir.</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="158"/>
        <source>The duress passphrase now opens the decoy vault; open it with that passphrase and fill it with harmless material.</source>
        <translation>Məcburiyyət parolu indi yalançı seyfi açır; onu bu parolla açın və zərərsiz materiallarla doldurun.</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="162"/>
        <source>Using it also destroys this vault, silently.</source>
        <translation>Onun daxil edilməsi bu seyfi də səssizcə məhv edir.</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="131"/>
        <source>&amp;Make recovery shares…</source>
        <translation>Bərpa &amp;payları yarat…</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="132"/>
        <source>Make recovery shares</source>
        <translation>Bərpa payları yarat</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="133"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="146"/>
        <source>The two duress passphrases differ.</source>
        <translation>İki məcburiyyət parolu üst-üstə düşmür.</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="173"/>
        <source>No duress passphrase opens anything now.</source>
        <translation>İndi heç bir məcburiyyət parolu heç nəyi açmır.</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="178"/>
        <source>Wipe after at least 3 failed unlocks (a typo happens).</source>
        <translation>Ən azı 3 uğursuz cəhddən sonra məhv edin (səhv yazmaq olur).</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="187"/>
        <source>Saved.</source>
        <translation>Yadda saxlanıldı.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../ui/send_dialog.py" line="348"/>
        <source>Send to headquarters</source>
        <translation>Mərkəzi ofisə göndərmə</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="349"/>
        <source>Cases to send: %1</source>
        <translation>Göndəriləcək işlər: %1</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="352"/>
        <source>Each case is sealed if it changed, then sent as one encrypted packet that only headquarters can open. A send that is stopped or cut off continues from the outbox.</source>
        <translation>Dəyişmiş hər iş möhürlənir, sonra yalnız mərkəzi ofisin aça biləcəyi bir şifrələnmiş paket kimi göndərilir. Dayandırılan və ya kəsilən göndərmə gedən qutudan davam etdirilir.</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="357"/>
        <source>Destination</source>
        <translation>Təyinat yeri</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="358"/>
        <source>&amp;Send</source>
        <translation>&amp;Göndər</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="359"/>
        <source>Send the cases</source>
        <translation>İşləri göndər</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="360"/>
        <source>&amp;Close</source>
        <translation>&amp;Bağla</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="361"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="369"/>
        <source>Add a destination first.</source>
        <translation>Əvvəlcə təyinat yeri əlavə edin.</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="374"/>
        <source>Sending…</source>
        <translation>Göndərilir…</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="395"/>
        <source>Stopped. %1 packet(s) not finished: resume them from the outbox.</source>
        <translation>Dayandırıldı. Yarımçıq paketlər: %1 — onları gedən qutudan davam etdirin.</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="401"/>
        <source>Sent: %1 packet(s). Headquarters&apos; receipts come later.</source>
        <translation>Göndərilən paketlər: %1. Mərkəzi ofisin qəbzləri sonra gələcək.</translation>
    </message>
</context>
<context>
    <name>ShareViewer</name>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="271"/>
        <source>&lt;b&gt;Share %1 of %2.&lt;/b&gt; Any %3 of the %2 shares give access back with a new passphrase if this one is lost. Write this share on its own paper, with the word numbers, and keep each paper in a different place, never with the laptop. It is shown only now and is not stored.</source>
        <translation>&lt;b&gt;Pay %1 / %2.&lt;/b&gt; Bu parol ifadəsi itirilərsə, %2 paydan istənilən %3 pay yeni parol ifadəsi ilə girişi geri qaytarır. Bu payı sözlərin nömrələri ilə birlikdə ayrıca kağıza yazın və hər kağızı ayrı yerdə saxlayın, heç vaxt noutbukla birlikdə yox. Pay yalnız indi göstərilir və saxlanılmır.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="280"/>
        <source>Words of the share</source>
        <translation>Payın sözləri</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="282"/>
        <source>I have written share %1 down</source>
        <translation>%1 nömrəli payı yazdım</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="284"/>
        <source>I have written this share down</source>
        <translation>Bu payı yazdım</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="285"/>
        <source>Next share &gt;</source>
        <translation>Növbəti pay &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="286"/>
        <source>Next share</source>
        <translation>Növbəti pay</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../ui/testimony.py" line="189"/>
        <source>Several names contain “%1”; choose one from the list.</source>
        <translation>«%1» bir neçə adda var; siyahıdan birini seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="193"/>
        <source>No name contains “%1”; type part of a name and choose from the list.</source>
        <translation>«%1» olan ad yoxdur; adın bir hissəsini yazın və siyahıdan seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="236"/>
        <source>Write the date as 09.01.2026, 01.2026, 2026 or 2026-01-09T14:20.</source>
        <translation>Tarixi belə yazın: 09.01.2026, 01.2026, 2026 və ya 2026-01-09T14:20.</translation>
    </message>
</context>
<context>
    <name>TestimonyDialog</name>
    <message>
        <location filename="../../ui/testimony.py" line="1176"/>
        <location filename="../../ui/testimony.py" line="1352"/>
        <source>New testimony</source>
        <translation>Yeni ifadə</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1177"/>
        <source>&amp;Next</source>
        <translation>İ&amp;rəli</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1178"/>
        <source>&amp;Back</source>
        <translation>&amp;Geri</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1179"/>
        <source>&amp;Store the testimony</source>
        <translation>İfadəni &amp;saxla</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1180"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1254"/>
        <source>A new case: %1.</source>
        <translation>Yeni iş: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1261"/>
        <source>Added to case %1.</source>
        <translation>%1 işinə əlavə ediləcək.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1265"/>
        <source>The person</source>
        <translation>Şəxs</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1270"/>
        <source>What happened</source>
        <translation>Nə baş verib</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1292"/>
        <source>What was seen and said</source>
        <translation>Görülənlər və deyilənlər</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1294"/>
        <source>Interview of %1.</source>
        <translation>Müsahibənin tarixi: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1298"/>
        <source>Consent</source>
        <translation>Razılıq</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1308"/>
        <source>Every other body: not asked, so no consent is recorded.</source>
        <translation>Digər qurumlar: soruşulmayıb, ona görə razılıq qeyd edilmir.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1312"/>
        <source>No body was asked: no consent is recorded.</source>
        <translation>Heç bir qurum barədə soruşulmayıb: razılıq qeyd edilmir.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1313"/>
        <source>Evidence</source>
        <translation>Sübutlar</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1320"/>
        <source>A copy without metadata is kept for dossiers.</source>
        <translation>Dosye üçün metaməlumatsız nüsxə saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1324"/>
        <source>No files.</source>
        <translation>Fayl yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1459"/>
        <source>Storing the testimony…</source>
        <translation>İfadə saxlanılır…</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1479"/>
        <source>Storing %1…</source>
        <translation>%1 saxlanılır…</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1495"/>
        <source>Some files were not stored</source>
        <translation>Bəzi fayllar saxlanılmadı</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1497"/>
        <source>The testimony is stored in %1, but these files are not; add them from the case&apos;s evidence tab:</source>
        <translation>İfadə %1 işində saxlanıldı, lakin bu fayllar saxlanılmadı; onları işin «Sübutlar» bölməsindən əlavə edin:</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1530"/>
        <source>Discard this testimony?</source>
        <translation>Bu ifadədən imtina edilsin?</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1531"/>
        <source>Nothing has been stored yet. Close and lose what you typed?</source>
        <translation>Hələ heç nə saxlanılmayıb. Bağlanılsın və yazdıqlarınız itsin?</translation>
    </message>
</context>
<context>
    <name>TimeLimitBar</name>
    <message>
        <location filename="../../ui/time_limit_bar.py" line="104"/>
        <source>Time limit warning</source>
        <translation>Müddət barədə xəbərdarlıq</translation>
    </message>
    <message>
        <location filename="../../ui/time_limit_bar.py" line="131"/>
        <source>⚠ Time limit for the Court expired: %1. The last day was %2 (%3 days ago).</source>
        <translation>⚠ Məhkəməyə müraciət müddəti bitib: %1. Son gün %2 idi (%3 gün əvvəl).</translation>
    </message>
    <message>
        <location filename="../../ui/time_limit_bar.py" line="134"/>
        <source>⚠ Time limit for the Court ends today: %1. The last day is %2.</source>
        <translation>⚠ Məhkəməyə müraciət müddəti bu gün bitir: %1. Son gün: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/time_limit_bar.py" line="136"/>
        <source>⚠ Time limit for the Court: %1. The last day is %2 (days left: %3).</source>
        <translation>⚠ Məhkəməyə müraciət müddəti: %1. Son gün: %2 (qalan gün: %3).</translation>
    </message>
</context>
<context>
    <name>UnfinishedSendNotice</name>
    <message numerus="yes">
        <location filename="../../ui/unfinished_notice.py" line="53"/>
        <source>%n packet(s) to headquarters were not finished: the link dropped or FieldMon closed while sending. What was already written is kept; the outbox resumes after it.</source>
        <translation>
            <numerusform>Mərkəzi ofisə %n paket sona qədər göndərilmədi: göndərmə zamanı əlaqə kəsildi və ya FieldMon bağlandı. Artıq yazılanlar saxlanılıb; gedən qutu oradan davam edəcək.</numerusform>
            <numerusform>Mərkəzi ofisə %n paket sona qədər göndərilmədi: göndərmə zamanı əlaqə kəsildi və ya FieldMon bağlandı. Artıq yazılanlar saxlanılıb; gedən qutu oradan davam edəcək.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/unfinished_notice.py" line="60"/>
        <source>Open the outbox</source>
        <translation>Gedən qutunu aç</translation>
    </message>
    <message>
        <location filename="../../ui/unfinished_notice.py" line="61"/>
        <source>Open the outbox to resume the unfinished packets</source>
        <translation>Yarımçıq paketlərin göndərilməsini davam etdirmək üçün gedən qutunu aç</translation>
    </message>
    <message>
        <location filename="../../ui/unfinished_notice.py" line="62"/>
        <source>Hide</source>
        <translation>Gizlət</translation>
    </message>
    <message>
        <location filename="../../ui/unfinished_notice.py" line="63"/>
        <source>Hide the notice of unfinished packets</source>
        <translation>Yarımçıq paketlər barədə bildirişi gizlət</translation>
    </message>
</context>
<context>
    <name>UnlockNotices</name>
    <message>
        <location filename="../../ui/unlock.py" line="64"/>
        <source>While the vault was locked</source>
        <translation>Seyf kilidli olarkən</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="65"/>
        <source>Please read this before you go on:</source>
        <translation>Davam etməzdən əvvəl bunu oxuyun:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="67"/>
        <source>I have read it</source>
        <translation>Oxudum</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="75"/>
        <source>Someone typed a wrong passphrase %n time(s) since the vault was last opened. If it was not you, the laptop may have been in other hands.</source>
        <translation>
            <numerusform>Seyf sonuncu dəfə açılandan bəri yanlış parol ifadəsi %n dəfə daxil edilib. Bu siz deyildinizsə, noutbuk başqasının əlində ola bilərdi.</numerusform>
            <numerusform>Seyf sonuncu dəfə açılandan bəri yanlış parol ifadəsi %n dəfə daxil edilib. Bu siz deyildinizsə, noutbuk başqasının əlində ola bilərdi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="83"/>
        <source>The count of wrong passphrases was lowered outside FieldMon since the vault was last opened (it had counted %1, it now says %2). Someone may have tried passphrases and hidden it.</source>
        <translation>Yanlış parol ifadələrinin sayı seyf sonuncu dəfə açılandan bəri FieldMon-dan kənarda azaldılıb (%1 sayırdı, indi %2 göstərir). Kimsə parol ifadələrini yoxlayıb bunu gizlətmiş ola bilər.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="92"/>
        <source>The record of wrong passphrases in the key header was damaged or replaced outside FieldMon; how many were typed before now is not known.</source>
        <translation>Açar başlığındakı yanlış parol ifadələri qeydi FieldMon-dan kənarda zədələnib və ya dəyişdirilib; indiyədək neçəsinin daxil edildiyi məlum deyil.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="98"/>
        <source>The setting that wipes the vault after wrong passphrases was changed outside FieldMon. It is set back to: after %n wrong passphrase(s) in a row.</source>
        <translation>
            <numerusform>Yanlış parol ifadələrindən sonra seyfi məhv edən ayar FieldMon-dan kənarda dəyişdirilib. O, geri qaytarıldı: ardıcıl %n yanlış parol ifadəsindən sonra.</numerusform>
            <numerusform>Yanlış parol ifadələrindən sonra seyfi məhv edən ayar FieldMon-dan kənarda dəyişdirilib. O, geri qaytarıldı: ardıcıl %n yanlış parol ifadəsindən sonra.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="104"/>
        <source>The setting that wipes the vault after wrong passphrases was changed outside FieldMon. It is set back to: never.</source>
        <translation>Yanlış parol ifadələrindən sonra seyfi məhv edən ayar FieldMon-dan kənarda dəyişdirilib. O, geri qaytarıldı: heç vaxt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="109"/>
        <source>%n key slot(s) of the key header were damaged and have been cleared. If a passphrase or recovery shares no longer open the vault, set them again.</source>
        <translation>
            <numerusform>Açar başlığının %n yuvası zədələnmişdi və təmizləndi. Parol ifadəsi və ya bərpa payları seyfi artıq açmırsa, onları yenidən təyin edin.</numerusform>
            <numerusform>Açar başlığının %n yuvası zədələnmişdi və təmizləndi. Parol ifadəsi və ya bərpa payları seyfi artıq açmırsa, onları yenidən təyin edin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="116"/>
        <source>This vault was upgraded to a new key header, and its database was encrypted again under a new key. Recovery shares made before today no longer open it: destroy them and make new ones (Settings, Field security). A duress passphrase set before no longer opens anything: set it again if you used one.</source>
        <translation>Bu seyf yeni açar başlığına keçirildi və verilənlər bazası yeni açarla yenidən şifrələndi. Bu günədək yaradılmış bərpa payları onu artıq açmır: onları məhv edin və yenilərini yaradın (Parametrlər, Sahədə təhlükəsizlik). Əvvəl təyin edilmiş məcburiyyət parolu artıq heç nə açmır: istifadə edirdinizsə, onu yenidən təyin edin.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="204"/>
        <source>Vault: %1</source>
        <translation>Seyf: %1</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="205"/>
        <location filename="../../ui/unlock.py" line="206"/>
        <source>Passphrase</source>
        <translation>Parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="207"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Kilidi aç</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="208"/>
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="209"/>
        <source>Unlocking</source>
        <translation>Kilid açılır</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="210"/>
        <source>Forgot the passphrase? &amp;Recover with shares…</source>
        <translation>Parol ifadəsini unutmusunuz? Paylarla &amp;bərpa edin…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="211"/>
        <source>Recover with shares</source>
        <translation>Paylarla bərpa et</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="223"/>
        <source>Unlocking…</source>
        <translation>Kilid açılır…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="260"/>
        <source>Wrong passphrase: the vault was not opened.</source>
        <translation>Parol ifadəsi yanlışdır: seyf açılmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="262"/>
        <source>There is no vault in this folder any more.</source>
        <translation>Bu qovluqda artıq seyf yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="286"/>
        <source>Try again in %1 s.</source>
        <translation>%1 san. sonra yenidən cəhd edin.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="897"/>
        <source>Verify a dossier</source>
        <translation>Dosyenin yoxlanılması</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="898"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="908"/>
        <source>&amp;Choose a PDF…</source>
        <translation>PDF &amp;seç…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="909"/>
        <source>The organisation&apos;s root certificate:</source>
        <translation>Təşkilatın kök sertifikatı:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="910"/>
        <source>Choose a &amp;root certificate…</source>
        <translation>&amp;Kök sertifikatı seç…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="911"/>
        <location filename="../../ui/dossier_dialogs.py" line="952"/>
        <source>Choose a root certificate</source>
        <translation>Kök sertifikatı seçin</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="912"/>
        <source>Or the &amp;fingerprint it gave you:</source>
        <translation>Və ya onun sizə verdiyi &amp;barmaq izi:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="913"/>
        <source>Fingerprint</source>
        <translation>Barmaq izi</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="915"/>
        <source>64 letters and digits, for example 6986 E7B8 E64C …</source>
        <translation>64 hərf və rəqəm, məsələn 6986 E7B8 E64C …</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="917"/>
        <source>Verification result</source>
        <translation>Yoxlamanın nəticəsi</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="931"/>
        <source>The signer is checked against the fingerprint you typed.</source>
        <translation>İmzalayan sizin yazdığınız barmaq izi ilə yoxlanılır.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="933"/>
        <source>The signer is checked against the root certificate %1.</source>
        <translation>İmzalayan %1 kök sertifikatı ilə yoxlanılır.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="937"/>
        <source>The signer is checked against this vault&apos;s organisation root.</source>
        <translation>İmzalayan bu seyfin təşkilat kök sertifikatı ilə yoxlanılır.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="940"/>
        <source>The signer is checked against nothing yet: choose a root certificate or type a fingerprint, or the signer stays unverified.</source>
        <translation>İmzalayanı hələ heç nə ilə yoxlamaq mümkün deyil: kök sertifikatı seçin və ya barmaq izini yazın, yoxsa imzalayan yoxlanılmamış qalacaq.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1012"/>
        <source>the PDF has no signature</source>
        <translation>PDF-də imza yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1014"/>
        <source>the signed bytes were changed after signing</source>
        <translation>imzalanmış baytlar imzadan sonra dəyişdirilib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1017"/>
        <source>content was added after the signature</source>
        <translation>imzadan sonra məzmun əlavə edilib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1020"/>
        <source>the signer&apos;s certificate was not issued by this vault&apos;s organisation</source>
        <translation>imzalayanın sertifikatı bu anbarın təşkilatı tərəfindən verilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1022"/>
        <source>the signer&apos;s certificate was not issued by the root you gave</source>
        <translation>imzalayanın sertifikatı sizin göstərdiyiniz kök sertifikatla verilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1025"/>
        <source>the signer&apos;s certificate does not have the fingerprint you typed</source>
        <translation>imzalayanın sertifikatının barmaq izi sizin yazdığınızla üst-üstə düşmür</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1027"/>
        <source>the evidence manifest is missing</source>
        <translation>sübutlar siyahısı yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1029"/>
        <source>the evidence manifest cannot be read</source>
        <translation>sübutlar siyahısı oxunmur</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1032"/>
        <source>the manifest names another signer&apos;s certificate</source>
        <translation>siyahıda başqa imzalayanın sertifikatı göstərilib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1053"/>
        <source>NOT VALID: the file holds no signature that can be checked</source>
        <translation>ETİBARSIZDIR: faylda yoxlanıla bilən imza yoxdur</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1054"/>
        <source>CHANGED AFTER SIGNING: this is not the document that was signed</source>
        <translation>İMZALANDIQDAN SONRA DƏYİŞDİRİLİB: bu, imzalanmış sənəd deyil</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1056"/>
        <source>CHANGED AFTER SIGNING: content was added after the signature</source>
        <translation>İMZALANDIQDAN SONRA DƏYİŞDİRİLİB: imzadan sonra məzmun əlavə edilib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1058"/>
        <source>NOT VALID: the attached annexes do not match the signed manifest</source>
        <translation>ETİBARSIZDIR: qoşulmuş əlavə faylları imzalanmış sübutlar siyahısına uyğun gəlmir</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1061"/>
        <source>Signature valid, but the signer is NOT TRUSTED: the certificate is not the one whose fingerprint you typed, nor issued by it</source>
        <translation>İmza etibarlıdır, lakin imzalayana ETİBAR EDİLMİR: sertifikat barmaq izini yazdığınız sertifikat deyil və onun tərəfindən verilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1066"/>
        <source>Signature valid, but the signer is NOT TRUSTED: the certificate was not issued by the root certificate you chose</source>
        <translation>İmza etibarlıdır, lakin imzalayana ETİBAR EDİLMİR: sertifikat sizin seçdiyiniz kök sertifikatla verilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1071"/>
        <source>Signature valid, but the signer is NOT TRUSTED: the certificate was not issued by this vault&apos;s organisation root</source>
        <translation>İmza etibarlıdır, lakin imzalayana ETİBAR EDİLMİR: sertifikat bu seyfin təşkilat kök sertifikatı ilə verilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1090"/>
        <source>VALID AND TRUSTED: signed by a certificate of this vault&apos;s organisation</source>
        <translation>ETİBARLIDIR, İMZALAYANA ETİBAR EDİLİR: bu seyfin təşkilatına məxsus sertifikatla imzalanıb</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1148"/>
        <source>Signed at: %1 (as stated by the signer&apos;s computer)</source>
        <translation>İmzalanıb: %1 (imzalayanın kompüterinin saatı ilə)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1153"/>
        <source>Integrity: intact: not one byte changed since it was signed</source>
        <translation>Bütövlük: imzalandıqdan sonra heç bir bayt dəyişməyib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1156"/>
        <source>Integrity: the signed part is intact, but content was added after it</source>
        <translation>Bütövlük: imzalanmış hissə toxunulmazdır, lakin ondan sonra məzmun əlavə edilib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1159"/>
        <source>Integrity: BROKEN: the document was changed after it was signed</source>
        <translation>Bütövlük: POZULUB: sənəd imzalandıqdan sonra dəyişdirilib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1094"/>
        <source>Trust: not assessed, since the document was changed after signing</source>
        <translation>Etibar: qiymətləndirilməyib, çünki sənəd imzalandıqdan sonra dəyişdirilib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="902"/>
        <source>Drop a signed PDF here, or choose one. A signature shows whether the document changed; who signed it is shown only by checking the signer&apos;s certificate against what the monitor&apos;s organisation gave you: its root certificate, or a fingerprint.</source>
        <translation>İmzalanmış PDF-i bura sürükləyin və ya seçin. İmza sənədin dəyişib-dəyişmədiyini göstərir; onu kimin imzaladığı isə yalnız imzalayanın sertifikatını monitorun təşkilatının sizə verdiyi ilə, yəni onun kök sertifikatı və ya barmaq izi ilə tutuşdurduqda bəlli olur.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1076"/>
        <source>The document has not been changed since it was signed, but nothing shows WHO signed it. Compare this fingerprint with the one the monitor&apos;s organisation gave you: %1</source>
        <translation>Sənəd imzalandıqdan sonra dəyişdirilməyib, lakin onu KİMİN imzaladığını heç nə göstərmir. Bu barmaq izini monitorun təşkilatının sizə verdiyi ilə tutuşdurun: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1082"/>
        <source>VALID AND TRUSTED: signed by the certificate whose fingerprint you typed, or one it issued</source>
        <translation>ETİBARLIDIR, İMZALAYANA ETİBAR EDİLİR: barmaq izini yazdığınız sertifikatla və ya onun verdiyi sertifikatla imzalanıb</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1087"/>
        <source>VALID AND TRUSTED: signed by a certificate issued by the root certificate you chose</source>
        <translation>ETİBARLIDIR, İMZALAYANA ETİBAR EDİLİR: sizin seçdiyiniz kök sertifikatın verdiyi sertifikatla imzalanıb</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1097"/>
        <source>Trust: NOT CHECKED: nothing shows who signed it. Choose the organisation&apos;s root certificate, or type the fingerprint it gave you</source>
        <translation>Etibar: YOXLANILMAYIB: onu kimin imzaladığını heç nə göstərmir. Təşkilatın kök sertifikatını seçin və ya onun sizə verdiyi barmaq izini yazın</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1101"/>
        <source>Trust: checked against the fingerprint you typed: %1</source>
        <translation>Etibar: yazdığınız barmaq izi ilə yoxlanılıb: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1106"/>
        <source>Trust: NOT TRUSTED: you typed %1; the signer&apos;s certificate is %2</source>
        <translation>Etibar: ETİBARSIZ: siz %1 yazdınız, imzalayanın sertifikatınınkı isə %2-dir</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1111"/>
        <source>Trust: the signer&apos;s certificate was issued by the root you chose</source>
        <translation>Etibar: imzalayanın sertifikatı sizin seçdiyiniz kök sertifikatla verilib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1114"/>
        <source>Trust: NOT TRUSTED: the certificate was not issued by the root you chose</source>
        <translation>Etibar: ETİBARSIZ: sertifikat sizin seçdiyiniz kök sertifikatla verilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1118"/>
        <source>Trust: the signer&apos;s certificate was issued by this vault&apos;s organisation root</source>
        <translation>Etibar: imzalayanın sertifikatı bu seyfin təşkilat kök sertifikatı ilə verilib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1121"/>
        <source>Trust: NOT TRUSTED: the certificate was not issued by this vault&apos;s organisation root</source>
        <translation>Etibar: ETİBARSIZ: sertifikat bu seyfin təşkilat kök sertifikatı ilə verilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1134"/>
        <source>Signer, as the certificate names it (anyone can make a certificate with any name): %1</source>
        <translation>İmzalayan, sertifikatın onu adlandırdığı kimi (hər kəs istənilən adla sertifikat düzəldə bilər): %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1137"/>
        <source>Fingerprint of the signer&apos;s certificate (SHA-256): %1</source>
        <translation>İmzalayanın sertifikatının barmaq izi (SHA-256): %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1143"/>
        <source>Issued by a certificate carried in the file, named %1, fingerprint %2</source>
        <translation>Faylın içindəki %1 adlı sertifikat tərəfindən verilib, barmaq izi %2</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1166"/>
        <source>Manifest: matches: %1 annex file(s), each with the SHA-256 taken at collection</source>
        <translation>Sübutlar siyahısı: uyğundur: %1 əlavə faylı, hər biri toplanarkən alınmış SHA-256 ilə</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1170"/>
        <source>Manifest: DOES NOT MATCH</source>
        <translation>Sübutlar siyahısı: UYĞUN DEYİL</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1175"/>
        <source>Verdict: VALID</source>
        <translation>Nəticə: ETİBARLIDIR</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1177"/>
        <source>Verdict: SIGNER UNVERIFIED (the document itself is unchanged)</source>
        <translation>Nəticə: İMZALAYAN YOXLANILMAYIB (sənədin özü dəyişməyib)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1002"/>
        <location filename="../../ui/dossier_dialogs.py" line="1179"/>
        <source>Verdict: NOT VALID</source>
        <translation>Nəticə: ETİBARSIZDIR</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="899"/>
        <location filename="../../ui/dossier_dialogs.py" line="946"/>
        <source>Choose a PDF</source>
        <translation>PDF seçin</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="987"/>
        <source>Checking %1…</source>
        <translation>%1 yoxlanılır…</translation>
    </message>
</context>
<context>
    <name>WorkProgress</name>
    <message>
        <location filename="../../ui/send_dialog.py" line="91"/>
        <source>S&amp;top</source>
        <translation>Da&amp;yandır</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="92"/>
        <source>Stop after the part being written</source>
        <translation>Yazılan hissədən sonra dayandır</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="93"/>
        <source>Progress</source>
        <translation>Gedişat</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="115"/>
        <source>Stopping after the part being written…</source>
        <translation>Yazılan hissədən sonra dayandırılır…</translation>
    </message>
</context>
<context>
    <name>_CreatingPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="549"/>
        <location filename="../../ui/unlock.py" line="551"/>
        <source>Creating the vault</source>
        <translation>Seyf yaradılır</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="550"/>
        <source>This takes a few seconds.</source>
        <translation>Bu bir neçə saniyə çəkir.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="560"/>
        <source>Creating the vault and your signing keys…</source>
        <translation>Seyf və imza açarlarınız yaradılır…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="562"/>
        <source>Making the recovery shares…</source>
        <translation>Bərpa payları yaradılır…</translation>
    </message>
</context>
<context>
    <name>_IdentityPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="374"/>
        <source>Who signs</source>
        <translation>Kim imzalayır</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="377"/>
        <source>Your name and organisation appear in the custody log and on the signed dossiers. A pseudonym agreed with your organisation is fine.</source>
        <translation>Adınız və təşkilatınız saxlanma zənciri jurnalında və imzalanmış dosyelərdə göstərilir. Təşkilatınızla razılaşdırılmış təxəllüsdən də istifadə edə bilərsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="382"/>
        <source>Your &amp;name</source>
        <translation>&amp;Adınız</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="384"/>
        <source>Your name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="385"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Təşkilat</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="387"/>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
</context>
<context>
    <name>_LanguagePage</name>
    <message>
        <location filename="../../ui/unlock.py" line="314"/>
        <source>Welcome to FieldMon</source>
        <translation>FieldMon-a xoş gəlmisiniz</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="317"/>
        <source>FieldMon keeps your documentation in an encrypted vault on this computer. First, choose the language of the interface.</source>
        <translation>FieldMon sənədlərinizi bu kompüterdəki şifrələnmiş seyfdə saxlayır. Əvvəlcə interfeysin dilini seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="321"/>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="323"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../ui/unlock.py" line="342"/>
        <source>Choose a passphrase</source>
        <translation>Parol ifadəsi seçin</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="345"/>
        <source>It opens the vault; nobody, not even FieldMon&apos;s makers, can recover it for you. Several uncommon words are strong and easy to remember.</source>
        <translation>Seyf onunla açılır; heç kim, hətta FieldMon-un yaradıcıları belə, onu sizin üçün bərpa edə bilməz. Bir neçə az işlənən sözdən ibarət ifadə həm etibarlıdır, həm də asan yadda qalır.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="150"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="152"/>
        <source>Passphrase</source>
        <translation>Parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="153"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Təkrar daxil edin</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="156"/>
        <source>Repeat the passphrase</source>
        <translation>Parol ifadəsini təkrar daxil edin</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="158"/>
        <location filename="../../ui/recovery_dialogs.py" line="159"/>
        <source>Strength</source>
        <translation>Etibarlılıq</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="181"/>
        <source>Too short: %1 characters; a vault needs at least %2. Several uncommon words are easy to remember and hard to guess.</source>
        <translation>Çox qısadır: %1 simvol; ən azı %2 lazımdır. Bir neçə nadir söz asan yadda qalır və çətin tapılır.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="190"/>
        <source>It starts or ends with a space, which is easy to mistype.</source>
        <translation>Boşluqla başlayır və ya bitir; bunu yazarkən asanlıqla unutmaq olar.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="194"/>
        <source>This passphrase is published in FieldMon&apos;s documentation; use it only for the demo vault (fieldmon demo).</source>
        <translation>Bu parol ifadəsi FieldMon-un sənədlərində dərc olunub; onu yalnız demo seyf üçün istifadə edin (fieldmon demo).</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="200"/>
        <source>Too predictable: it is built from names, places, slogans, years or case references that an adversary in the region would try first. Add several uncommon words of your own.</source>
        <translation>Çox proqnozlaşdırılandır: ifadə regionda rəqibin ilk yoxlayacağı adlardan, yer adlarından, şüarlardan, illərdən və ya iş nömrələrindən qurulub. Öz nadir sözlərinizdən bir neçəsini əlavə edin.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="206"/>
        <source>Too easy to guess: it follows a common pattern or word. Add more uncommon words.</source>
        <translation>Tapmaq çox asandır: geniş yayılmış söz və ya nümunədir. Daha çox nadir söz əlavə edin.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="211"/>
        <source>The two passphrases differ.</source>
        <translation>Parol ifadələri üst-üstə düşmür.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="217"/>
        <source>Strong enough.</source>
        <translation>Kifayət qədər etibarlıdır.</translation>
    </message>
</context>
<context>
    <name>_ShareBox</name>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="574"/>
        <source>Share &amp;%1</source>
        <translation>Pay &amp;%1</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="575"/>
        <source>Share %1</source>
        <translation>Pay %1</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="582"/>
        <source>%1 of %2 words</source>
        <translation>%1 / %2 söz</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="589"/>
        <source>Share %1 is empty.</source>
        <translation>Pay %1 boşdur.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="592"/>
        <source>Share %1 is not valid: word %2 is not a share word.</source>
        <translation>Pay %1 düzgün deyil: %2 nömrəli söz pay sözü deyil.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="598"/>
        <source>Share %1 is not valid: it has %2 words; a share has %3.</source>
        <translation>Pay %1 düzgün deyil: onda %2 söz var, payda isə %3 söz olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="605"/>
        <source>Share %1 is not valid: a word is mistyped (its check does not match).</source>
        <translation>Pay %1 düzgün deyil: sözlərdən biri səhv yazılıb (yoxlama uyğun gəlmir).</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="608"/>
        <source>Share %1 belongs to another set of shares than share 1.</source>
        <translation>Pay %1 və pay 1 müxtəlif pay dəstlərinə aiddir.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="613"/>
        <source>Share %1 is the same share as share %2.</source>
        <translation>Pay %1 və pay %2 eyni paydır.</translation>
    </message>
</context>
<context>
    <name>_SharesChoicePage</name>
    <message>
        <location filename="../../ui/unlock.py" line="495"/>
        <source>Recovery shares</source>
        <translation>Bərpa payları</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="498"/>
        <source>If the passphrase is ever lost, recovery shares give access back: any chosen number of them set a new passphrase. You write them on paper on the next page; they are never stored.</source>
        <translation>Parol ifadəsi nə vaxtsa itirilərsə, bərpa payları girişi geri qaytarır: onların seçilmiş sayı yeni parol ifadəsi təyin etməyə imkan verir. Növbəti səhifədə onları kağıza yazacaqsınız; paylar heç vaxt saxlanılmır.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="505"/>
        <source>Keep each share in a different place, with people you trust, never with the laptop. Fewer shares than needed reveal nothing. You can make shares again later in Settings → Field security.</source>
        <translation>Hər payı ayrı yerdə, etibar etdiyiniz insanlarda saxlayın, heç vaxt noutbukla birlikdə yox. Lazım olandan az pay heç nəyi açıqlamır. Payları sonra Parametrlər → Təhlükəsizlik bölməsində yenidən yarada bilərsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="510"/>
        <source>&amp;Make recovery shares (recommended)</source>
        <translation>Bərpa &amp;payları yarat (tövsiyə olunur)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="511"/>
        <source>Make recovery shares</source>
        <translation>Bərpa payları yarat</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="512"/>
        <source>&amp;Shares to make</source>
        <translation>&amp;Neçə pay yaradılsın</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="514"/>
        <source>Shares to make</source>
        <translation>Neçə pay yaradılsın</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="515"/>
        <source>Shares &amp;needed to recover</source>
        <translation>&amp;Bərpa üçün lazım olan pay sayı</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="517"/>
        <source>Shares needed to recover</source>
        <translation>Bərpa üçün lazım olan pay sayı</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="518"/>
        <source>&amp;Create the vault</source>
        <translation>&amp;Seyfi yarat</translation>
    </message>
</context>
<context>
    <name>_SharesPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="585"/>
        <source>Write down your recovery shares</source>
        <translation>Bərpa paylarınızı yazın</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="586"/>
        <source>&amp;Open the vault</source>
        <translation>Seyfi &amp;aç</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../../ui/outbox_view.py" line="37"/>
        <source>queued</source>
        <translation>növbədə</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="38"/>
        <source>sending</source>
        <translation>göndərilir</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="39"/>
        <source>sent</source>
        <translation>göndərilib</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="40"/>
        <source>acknowledged</source>
        <translation>təsdiqlənib</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="41"/>
        <source>imported</source>
        <translation>qəbul edilib</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="42"/>
        <source>duplicate</source>
        <translation>təkrar</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="43"/>
        <source>fork: both versions kept</source>
        <translation>versiya fərqi: hər iki versiya saxlanılıb</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="44"/>
        <source>waiting for an earlier packet</source>
        <translation>daha əvvəlki paketi gözləyir</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="45"/>
        <source>quarantined</source>
        <translation>karantində</translation>
    </message>
</context>
</TS>
