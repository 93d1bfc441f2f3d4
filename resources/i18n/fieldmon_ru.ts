<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActBox</name>
    <message>
        <location filename="../../ui/testimony.py" line="545"/>
        <source>What was done (%1)</source>
        <translation>Что было сделано (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="547"/>
        <source>What was done</source>
        <translation>Что было сделано</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="548"/>
        <source>To whom</source>
        <translation>С кем</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="549"/>
        <source>Their name</source>
        <translation>Имя пострадавшего</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="550"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="551"/>
        <source>Kind of place</source>
        <translation>Тип места</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="552"/>
        <location filename="../../ui/testimony.py" line="582"/>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="553"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="554"/>
        <source>By whom, if known</source>
        <translation>Кем, если известно</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="558"/>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="562"/>
        <source>The person interviewed</source>
        <translation>Опрошенное лицо</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="564"/>
        <source>Someone else…</source>
        <translation>Другой человек…</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="567"/>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="570"/>
        <source>Kind not known</source>
        <translation>Категория неизвестна</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="583"/>
        <source>e.g. 09.01.2026 or 09.01.2026 14:20</source>
        <translation>напр. 09.01.2026 или 09.01.2026 14:20</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="584"/>
        <source>Name or description, e.g. &apos;Officer A&apos;</source>
        <translation>Имя или «Сотрудник А»</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="585"/>
        <source>Remove this act</source>
        <translation>Удалить это действие</translation>
    </message>
</context>
<context>
    <name>ActPage</name>
    <message>
        <location filename="../../ui/events.py" line="578"/>
        <source>The act</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="579"/>
        <source>Arrest and detention</source>
        <translation>Задержание и содержание под стражей</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="580"/>
        <source>Torture and ill-treatment</source>
        <translation>Пытки и жестокое обращение</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="583"/>
        <source>No person is marked as a victim, so all persons are offered. Mark a person as victim in Persons.</source>
        <translation>Ни одно лицо не отмечено как пострадавший, поэтому предлагаются все лица. Отметьте пострадавшего в разделе «Лица».</translation>
    </message>
</context>
<context>
    <name>BlockedDialog</name>
    <message>
        <location filename="../../ui/review_page.py" line="410"/>
        <source>Consent withdrawn</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="414"/>
        <source>Consent to dossiers for %1 was withdrawn by:
%2

This dossier is about them and must not go to this recipient.</source>
        <translation>Согласие на досье для адресата «%1» отозвали:
%2

Это досье касается их и не должно быть направлено этому адресату.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="422"/>
        <source>To send it anyway, write down &amp;why. The reason is recorded in the custody log of the case.</source>
        <translation>Чтобы всё же отправить его, напишите, &amp;почему. Причина будет записана в журнал цепочки хранения дела.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="426"/>
        <source>Reason to send despite withdrawn consent</source>
        <translation>Причина отправки, несмотря на отозванное согласие</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="427"/>
        <source>Send &amp;anyway</source>
        <translation>&amp;Всё равно отправить</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="428"/>
        <source>Send anyway, with the reason written</source>
        <translation>Всё равно отправить, с записанной причиной</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="429"/>
        <source>&amp;Do not send</source>
        <translation>&amp;Не отправлять</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="430"/>
        <source>Do not send</source>
        <translation>Не отправлять</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../../ui/hq_card.py" line="194"/>
        <location filename="../../ui/hq_card.py" line="261"/>
        <source>Organisation card</source>
        <translation>Карточка организации</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="195"/>
        <source>Installed card</source>
        <translation>Установленная карточка</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="197"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="198"/>
        <source>Serial</source>
        <translation>Номер выпуска</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="199"/>
        <source>Readers</source>
        <translation>Кто может читать</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="200"/>
        <source>Escrow</source>
        <translation>Резервный ключ</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="201"/>
        <source>Revoked certificates</source>
        <translation>Отозванные сертификаты</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="205"/>
        <source>Fingerprint of the organisation&apos;s root</source>
        <translation>Отпечаток корневого сертификата организации</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="208"/>
        <source>Headquarters reads these ten words to each monitor by phone or in person; a card whose words differ is not headquarters&apos;.</source>
        <translation>Центральный офис зачитывает эти десять слов каждому наблюдателю по телефону или при встрече; карточка с другими словами выпущена не центральным офисом.</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="212"/>
        <source>&amp;Install or update a card…</source>
        <translation>&amp;Установить или обновить карточку…</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="213"/>
        <source>Install or update the organisation card</source>
        <translation>Установить или обновить карточку организации</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="214"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="230"/>
        <source>No card is installed.</source>
        <translation>Карточка не установлена.</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="236"/>
        <source>%1 (issued %2)</source>
        <translation>%1 (выпущена %2)</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="252"/>
        <source>This laptop&apos;s certificate is not issued by this organisation yet: what it sends would be refused. Ask headquarters to certify it.</source>
        <translation>Сертификат этого ноутбука ещё не выдан этой организацией: всё, что он отправит, будет отклонено. Попросите центральный офис выдать сертификат.</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="261"/>
        <source>Organisation card (*.json)</source>
        <translation>Карточка организации (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="283"/>
        <source>Not installed: the words did not match.</source>
        <translation>Не установлена: слова не совпали.</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="295"/>
        <source>Card installed: serial %1.</source>
        <translation>Карточка установлена: выпуск %1.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../ui/cases.py" line="110"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="110"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="110"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="110"/>
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../ui/cases.py" line="197"/>
        <source>Search names, places, narratives…</source>
        <translation>Поиск по именам, местам, показаниям…</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="198"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="202"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="207"/>
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="208"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="209"/>
        <location filename="../../ui/cases.py" line="260"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="209"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="209"/>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="211"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="212"/>
        <source>New test&amp;imony…</source>
        <translation>Новые &amp;показания…</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="213"/>
        <source>Record a new testimony step by step</source>
        <translation>Записать новые показания по шагам</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="214"/>
        <source>&amp;New case</source>
        <translation>Новое &amp;дело</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="215"/>
        <location filename="../../ui/cases.py" line="278"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="216"/>
        <source>&amp;Delete case</source>
        <translation>&amp;Удалить дело</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="217"/>
        <source>Delete the selected case</source>
        <translation>Удалить выбранное дело</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="293"/>
        <location filename="../../ui/cases.py" line="305"/>
        <source>Delete case</source>
        <translation>Удалить дело</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="294"/>
        <source>Delete %1 and every record and file in it? This cannot be undone.</source>
        <translation>Удалить дело %1 со всеми его записями и файлами? Это действие нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../ui/testimony.py" line="296"/>
        <source>1. The case</source>
        <translation>1. Дело</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="297"/>
        <source>Start a new case, or add this testimony to one you have.</source>
        <translation>Заведите новое дело или добавьте эти показания к существующему.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="298"/>
        <source>Start a new case</source>
        <translation>Завести новое дело</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="299"/>
        <source>Add to a case already in the vault</source>
        <translation>Добавить к делу, которое уже есть в хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="300"/>
        <source>Short title</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="301"/>
        <source>e.g. Journalist beaten in police custody</source>
        <translation>напр. Избиение журналиста в отделе полиции</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="302"/>
        <location filename="../../ui/testimony.py" line="305"/>
        <source>State responsible</source>
        <translation>Государство-ответчик</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="303"/>
        <source>The State an application would be made against.</source>
        <translation>Государство, против которого будет подана жалоба.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="327"/>
        <source>Case %1 has edits that are not saved yet. Save or discard them in the case first, or start a new case.</source>
        <translation>В деле %1 есть несохранённые изменения. Сначала сохраните или отбросьте их в самом деле либо начните новое дело.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="306"/>
        <source>Cases in the vault</source>
        <translation>Дела в хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="320"/>
        <source>Give the case a short title.</source>
        <translation>Дайте делу краткое название.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="323"/>
        <source>Choose the case to add the testimony to.</source>
        <translation>Выберите дело, к которому добавить показания.</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <location filename="../../ui/case_text.py" line="18"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="19"/>
        <source>Respondent State</source>
        <translation>Государство-ответчик</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="20"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="21"/>
        <source>also</source>
        <translation>также:</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="22"/>
        <source>Persons</source>
        <translation>Лица</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="23"/>
        <source>Event {id}</source>
        <translation>Событие {id}</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="24"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="25"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="26"/>
        <source>Act {id}</source>
        <translation>Действие {id}</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="27"/>
        <source>victim</source>
        <translation>пострадавший:</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="28"/>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="29"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="30"/>
        <source>Perpetrator</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="31"/>
        <source>Interview {id}with {who}</source>
        <translation>Опрос {id}— {who}</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="32"/>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="33"/>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="34"/>
        <source>Medical evaluation {id}of {who} by {clinician}</source>
        <translation>Медицинское освидетельствование {id}— {who}, врач: {clinician}</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="35"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="36"/>
        <source>Domestic remedies</source>
        <translation>Внутренние средства правовой защиты</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="37"/>
        <source>final</source>
        <translation>окончательное</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="38"/>
        <source>Alleged violations</source>
        <translation>Предполагаемые нарушения</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="39"/>
        <source>art.</source>
        <translation>ст.</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="40"/>
        <source>acts</source>
        <translation>действия:</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="41"/>
        <source>Interventions</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="42"/>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <location filename="../../ui/case_text.py" line="43"/>
        <source>to</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="172"/>
        <source>Sa&amp;ve</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="173"/>
        <source>Save the case</source>
        <translation>Сохранить дело</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="174"/>
        <source>S&amp;eal</source>
        <translation>&amp;Запечатать</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="175"/>
        <source>Seal the case as a new version</source>
        <translation>Запечатать дело как новую версию</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="176"/>
        <source>E&amp;xport dossier…</source>
        <translation>&amp;Экспорт досье…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="177"/>
        <source>Export a signed dossier</source>
        <translation>Экспортировать подписанное досье</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="178"/>
        <source>Headquarters</source>
        <translation>Центральный офис</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="179"/>
        <source>Send to headquarters or purge</source>
        <translation>Отправить в центральный офис или удалить с ноутбука</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="180"/>
        <source>Send to headquarters…</source>
        <translation>Отправить в центральный офис…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="181"/>
        <source>Purge from this laptop…</source>
        <translation>Удалить с этого ноутбука…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="184"/>
        <location filename="../../ui/problems.py" line="212"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="186"/>
        <source>Events and acts</source>
        <translation>События и действия</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="189"/>
        <source>Medical</source>
        <translation>Медицина</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="191"/>
        <source>Remedies and interventions</source>
        <translation>Средства защиты и обращения</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="192"/>
        <source>History and custody</source>
        <translation>История и хранение</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="196"/>
        <source>Parts of the case</source>
        <translation>Разделы дела</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="242"/>
        <source>Discard recovered work</source>
        <translation>Отбросить восстановленные изменения</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="243"/>
        <source>Throw away the recovered changes and go back to the case as last saved?</source>
        <translation>Отбросить восстановленные изменения и вернуться к делу в том виде, в каком оно было сохранено последний раз?</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="256"/>
        <source>Recovered changes discarded.</source>
        <translation>Восстановленные изменения отброшены.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="311"/>
        <source>Headquarters&apos; receipt covers the newest version: it may be purged.</source>
        <translation>Квитанция центрального офиса подтверждает последнюю версию: дело можно удалить с ноутбука.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="336"/>
        <source>Unsaved changes (kept as an encrypted draft).</source>
        <translation>Несохранённые изменения (хранятся как зашифрованный черновик).</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="363"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="424"/>
        <source>Sealing…</source>
        <translation>Запечатывание…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="441"/>
        <source>Sealed as version %1, without a timestamp: %2</source>
        <translation>Запечатано как версия %1, без метки времени: %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="447"/>
        <source>Sealed as version %1.</source>
        <translation>Запечатано как версия %1.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="435"/>
        <source>Nothing changed since version %1.</source>
        <translation>С версии %1 ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="509"/>
        <source>No case open.</source>
        <translation>Дело не открыто.</translation>
    </message>
</context>
<context>
    <name>CompareWordsDialog</name>
    <message>
        <location filename="../../ui/hq_card.py" line="124"/>
        <source>Compare the fingerprint words</source>
        <translation>Сравните слова отпечатка</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="126"/>
        <source>Card of %1, serial %2.</source>
        <translation>Карточка организации «%1», выпуск %2.</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="132"/>
        <source>Compare these words with what headquarters reads to you by phone or in person. Do they match?</source>
        <translation>Сравните эти слова с теми, что центральный офис зачитывает вам по телефону или при встрече. Они совпадают?</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="136"/>
        <source>They match: install</source>
        <translation>Совпадают: установить</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="137"/>
        <source>The words match: install the card</source>
        <translation>Слова совпадают: установить карточку</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="138"/>
        <source>They differ: do not install</source>
        <translation>Различаются: не устанавливать</translation>
    </message>
    <message>
        <location filename="../../ui/hq_card.py" line="139"/>
        <source>The words differ: do not install the card</source>
        <translation>Слова различаются: не устанавливать карточку</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../ui/testimony.py" line="872"/>
        <source>5. Consent</source>
        <translation>5. Согласие</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="875"/>
        <source>Every recipient passes the dossier to the State concerned: the Court communicates applications to the Government, and UN mandates transmit communications to it. For un-srt and wgad, record the person&apos;s consent to that transmission.</source>
        <translation>Каждый адресат передаёт досье заинтересованному государству: Суд коммуницирует жалобы правительству, а мандаты ООН направляют ему сообщения. Для un-srt и wgad запишите согласие лица на такую передачу.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="881"/>
        <source>After this testimony is stored, record it under Consents in the case.</source>
        <translation>После сохранения этого свидетельства запишите его в разделе «Согласия» дела.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="884"/>
        <source>Ask the person, for each body, how they may be named. Nothing is assumed.</source>
        <translation>Спросите человека, как его можно указывать для каждого органа. По умолчанию ничего не предполагается.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="888"/>
        <location filename="../../ui/testimony.py" line="897"/>
        <source>Not asked</source>
        <translation>Не спрашивали</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="888"/>
        <source>nothing is recorded for this body.</source>
        <translation>для этого органа ничего не записывается.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="889"/>
        <source>the person may be named in full.</source>
        <translation>можно указывать полное имя.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="890"/>
        <source>only their initials are shown.</source>
        <translation>указываются только инициалы.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="891"/>
        <source>they appear as &apos;Person A&apos;, never by name.</source>
        <translation>человек указывается как «Лицо A», без имени.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="892"/>
        <source>they are not mentioned at all.</source>
        <translation>человек не упоминается вовсе.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="903"/>
        <source>Date consent was given</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="904"/>
        <source>What each choice means was explained to the person</source>
        <translation>Человеку разъяснено значение каждого варианта</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <location filename="../../ui/labels.py" line="194"/>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="195"/>
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="196"/>
        <source>file stored</source>
        <translation>файл сохранён</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="197"/>
        <source>viewed</source>
        <translation>просмотрено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="198"/>
        <source>file extracted</source>
        <translation>файл извлечён</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="199"/>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="200"/>
        <source>sealed</source>
        <translation>запечатано</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="201"/>
        <source>exported</source>
        <translation>экспортировано</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="202"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <location filename="../../ui/send_dialog.py" line="204"/>
        <source>Add a destination</source>
        <translation>Добавить место назначения</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="205"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="206"/>
        <source>Name of the destination</source>
        <translation>Название места назначения</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="207"/>
        <source>letters, digits, . _ -</source>
        <translation>латинские буквы, цифры, . _ -</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="208"/>
        <source>A folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="209"/>
        <source>The destination is a folder</source>
        <translation>Место назначения — папка</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="210"/>
        <source>A WebDAV server</source>
        <translation>Сервер WebDAV</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="211"/>
        <source>The destination is a WebDAV server</source>
        <translation>Место назначения — сервер WebDAV</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="212"/>
        <location filename="../../ui/send_dialog.py" line="213"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="214"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="215"/>
        <source>Choose the folder</source>
        <translation>Выбрать папку</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="216"/>
        <source>URL</source>
        <translation>Адрес (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="217"/>
        <source>URL of the WebDAV folder</source>
        <translation>Адрес папки WebDAV</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="218"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="219"/>
        <source>WebDAV user name</source>
        <translation>Имя пользователя WebDAV</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="220"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="221"/>
        <source>WebDAV password (kept only in the vault)</source>
        <translation>Пароль WebDAV (хранится только в хранилище)</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="222"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="223"/>
        <source>Add the destination</source>
        <translation>Добавить место назначения</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="224"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="234"/>
        <source>Folder to send to</source>
        <translation>Папка для отправки</translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <location filename="../../ui/send_dialog.py" line="280"/>
        <source>Destination</source>
        <translation>Место назначения</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="281"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="282"/>
        <source>Add a destination</source>
        <translation>Добавить место назначения</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../ui/testimony.py" line="687"/>
        <source>3. What happened</source>
        <translation>3. Что произошло</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="690"/>
        <source>The event and what was done. Dates may be as precise as is known: 01.2026 or 2026.</source>
        <translation>Событие и что было сделано. Даты — с той точностью, что известна: 01.2026 или 2026.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="693"/>
        <source>Nothing to add here: the event is already in the case</source>
        <translation>Здесь добавлять нечего: событие уже есть в деле</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="695"/>
        <source>In a few words</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="696"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="697"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="698"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="702"/>
        <source>e.g. Detained at a protest and beaten</source>
        <translation>напр. Задержан на акции протеста и избит</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="703"/>
        <source>Add another act</source>
        <translation>Добавить ещё действие</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="724"/>
        <source>Say in a few words what happened.</source>
        <translation>Кратко опишите, что произошло.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="732"/>
        <source>Choose what was done to the person.</source>
        <translation>Выберите, что было сделано с человеком.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="737"/>
        <source>Give the name of the person it was done to.</source>
        <translation>Укажите имя человека, с которым это было сделано.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../ui/events.py" line="798"/>
        <source>Events and their acts</source>
        <translation>События и их действия</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="799"/>
        <source>Add event</source>
        <translation>+Событие</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="800"/>
        <source>Add an event</source>
        <translation>Добавить событие</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="801"/>
        <source>Add act</source>
        <translation>+Действие</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="802"/>
        <source>Add an act to the selected event</source>
        <translation>Добавить действие к выбранному событию</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="803"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="804"/>
        <source>Remove the selected event or act</source>
        <translation>Удалить выбранное событие или действие</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="806"/>
        <source>No event yet. An event is what happened on a day and place; add one.</source>
        <translation>Событий пока нет. Событие — это то, что произошло в определённый день и в определённом месте; добавьте его.</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="808"/>
        <source>Choose an event or an act on the left.</source>
        <translation>Выберите событие или действие слева.</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="896"/>
        <source>Untitled event</source>
        <translation>Событие без названия</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="902"/>
        <source>Type not chosen</source>
        <translation>Вид не выбран</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="905"/>
        <source>victim not chosen</source>
        <translation>пострадавший не выбран</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/events.py" line="932"/>
        <source>%n act(s) in this event: choose one on the left, or add one.</source>
        <translation>
            <numerusform>В событии %n действие: выберите его слева или добавьте новое.</numerusform>
            <numerusform>В событии %n действия: выберите одно слева или добавьте новое.</numerusform>
            <numerusform>В событии %n действий: выберите одно слева или добавьте новое.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="936"/>
        <source>%1, in: %2</source>
        <translation>%1; событие: %2</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="1183"/>
        <source>Remove event</source>
        <translation>Удаление события</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/events.py" line="1184"/>
        <source>Remove this event and its %n act(s)?</source>
        <translation>
            <numerusform>Удалить это событие и его %n действие?</numerusform>
            <numerusform>Удалить это событие и его %n действия?</numerusform>
            <numerusform>Удалить это событие и его %n действий?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceMetadata</name>
    <message>
        <location filename="../../ui/evidence.py" line="71"/>
        <source>N</source>
        <translation>с. ш.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="73"/>
        <source>S</source>
        <translation>ю. ш.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="75"/>
        <source>E</source>
        <translation>в. д.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="77"/>
        <source>W</source>
        <translation>з. д.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="81"/>
        <source>%1 m above sea level</source>
        <translation>%1 м над уровнем моря</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="89"/>
        <source>Taken</source>
        <translation>Дата съёмки</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="90"/>
        <source>Software</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="91"/>
        <source>Made with</source>
        <translation>Создано в программе</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="92"/>
        <source>Converted with</source>
        <translation>Преобразовано в программе</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="93"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="94"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="95"/>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="96"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="97"/>
        <source>Modified</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="612"/>
        <location filename="../../ui/evidence.py" line="98"/>
        <source>Place named</source>
        <translation>Указанное место</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="99"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="100"/>
        <location filename="../../ui/evidence.py" line="129"/>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="134"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="136"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="166"/>
        <source>%1: no location, device or author found.</source>
        <translation>%1: место, устройство и автор не указаны.</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../ui/testimony.py" line="956"/>
        <source>6. Evidence</source>
        <translation>6. Доказательства</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="958"/>
        <source>Photos, documents or recordings from this interview. You may add none.</source>
        <translation>Фотографии, документы или записи, полученные при этом опросе. Можно ничего не добавлять.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="962"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="963"/>
        <source>What it is</source>
        <translation>Что это</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="964"/>
        <source>What the file itself records</source>
        <translation>Что записано в самом файле</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="965"/>
        <source>Copy for dossiers</source>
        <translation>Копия для досье</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="968"/>
        <source>Files to store</source>
        <translation>Файлы для сохранения</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="969"/>
        <source>&amp;Add files…</source>
        <translation>Добавить &amp;файлы…</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="970"/>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="972"/>
        <location filename="../../ui/testimony.py" line="1018"/>
        <source>Not said</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="997"/>
        <source>Add files</source>
        <translation>Добавить файлы</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence.py" line="346"/>
        <source>Files of the selected evidence record. Drop files here or add them; they are stored encrypted.</source>
        <translation>Файлы выбранной записи о доказательстве. Перетащите файлы сюда или добавьте их; они хранятся в зашифрованном виде.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="352"/>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="353"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="354"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="355"/>
        <source>Bytes</source>
        <translation>Байт</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="356"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="359"/>
        <source>Stored files</source>
        <translation>Сохранённые файлы</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="360"/>
        <source>Add file…</source>
        <translation>Добавить файл…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="361"/>
        <source>Add a file to this evidence record</source>
        <translation>Добавить файл к этой записи о доказательстве</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="362"/>
        <source>View</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="363"/>
        <source>View the selected file</source>
        <translation>Просмотреть выбранный файл</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="364"/>
        <source>Extract…</source>
        <translation>Извлечь…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="365"/>
        <source>Extract the selected file</source>
        <translation>Извлечь выбранный файл</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="366"/>
        <source>Redact…</source>
        <translation>Скрыть части…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="368"/>
        <source>Make a redacted copy of the selected photo or PDF</source>
        <translation>Сделать копию выбранного фото или PDF со скрытыми частями</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="370"/>
        <source>Storing</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="409"/>
        <source>Add a file</source>
        <translation>Добавить файл</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="427"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 — не обычный файл.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="449"/>
        <source>Nothing was stored.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="458"/>
        <source>Storing %1…</source>
        <translation>Сохранение %1…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="483"/>
        <source>Stored %1 in evidence record “%2”; a copy without location, camera or author details is kept for dossiers.</source>
        <translation>%1 сохранён в доказательстве «%2»; для досье хранится копия без места, камеры и автора.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="487"/>
        <source>Stored %1 in evidence record “%2”.</source>
        <translation>%1 сохранён в доказательстве «%2».</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="490"/>
        <source>Stored %1; a copy without location, camera or author details is kept for dossiers.</source>
        <translation>%1 сохранён; для досье хранится копия без места, камеры и автора.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="493"/>
        <source>Stored %1.</source>
        <translation>%1 сохранён.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="556"/>
        <source>%1 cannot be redacted here (%2).</source>
        <translation>%1 нельзя обработать здесь (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="574"/>
        <source>Stored redacted copy %1 of %2.</source>
        <translation>Сохранена копия %1 со скрытыми частями (из %2).</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="594"/>
        <source>Extract to</source>
        <translation>Куда извлечь</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="602"/>
        <source>Extracted to %1.</source>
        <translation>Извлечено в %1.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="209"/>
        <source>Export a signed dossier: %1</source>
        <translation>Экспорт подписанного досье: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="210"/>
        <source>&amp;Recipient</source>
        <translation>&amp;Адресат</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="212"/>
        <source>Recipient</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="213"/>
        <source>&amp;Language of the dossier</source>
        <translation>&amp;Язык досье</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="215"/>
        <source>Language of the dossier</source>
        <translation>Язык досье</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="216"/>
        <source>&amp;Addressed to</source>
        <translation>&amp;Кому адресован доклад</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="218"/>
        <source>Pattern report addressed to</source>
        <translation>Адресат тематического доклада</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="224"/>
        <location filename="../../ui/dossier_dialogs.py" line="479"/>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="226"/>
        <source>The recommendations section of the report, as you want it printed.</source>
        <translation>Раздел рекомендаций доклада в том виде, в каком он должен быть напечатан.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="229"/>
        <source>Withhold the names of alleged &amp;perpetrators</source>
        <translation>Скрыть имена предполагаемых &amp;исполнителей</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="230"/>
        <source>Withhold the names of alleged perpetrators</source>
        <translation>Скрыть имена предполагаемых исполнителей</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="233"/>
        <source>Every recipient passes this dossier to the State concerned: the Court communicates applications to the Government; UN mandates transmit communications to it.</source>
        <translation>Каждый адресат передаёт это досье заинтересованному государству: Суд коммуницирует жалобы правительству; мандаты ООН направляют ему сообщения.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="238"/>
        <source>How each person will appear, from their consent:</source>
        <translation>Как будет указано каждое лицо в соответствии с его согласием:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="241"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="242"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="243"/>
        <source>Identity level</source>
        <translation>Раскрытие личности</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="244"/>
        <source>Shown in the dossier as</source>
        <translation>Как указано в досье</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="245"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="248"/>
        <source>How each person will appear</source>
        <translation>Как будет указано каждое лицо</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="249"/>
        <source>Preview and review</source>
        <translation>Предпросмотр и проверка</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="250"/>
        <source>&amp;Write and sign…</source>
        <translation>&amp;Создать и подписать…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="251"/>
        <source>Write and sign the dossier</source>
        <translation>Записать и подписать досье</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="252"/>
        <source>Show the &amp;file</source>
        <translation>Показать &amp;файл</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="253"/>
        <source>Show the file</source>
        <translation>Показать файл</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="254"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="255"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="262"/>
        <source>left out</source>
        <translation>не упоминается</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="268"/>
        <source>as their consent for this recipient allows</source>
        <translation>как позволяет согласие для этого адресата</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="269"/>
        <source>left out — no consent for this recipient</source>
        <translation>не упоминается — нет согласия для этого адресата</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="270"/>
        <source>left out — consented to no identification</source>
        <translation>не упоминается — согласие без раскрытия личности</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="271"/>
        <source>left out — consent withdrawn</source>
        <translation>не упоминается — согласие отозвано</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="272"/>
        <source>left out — no consent to transmission to the State</source>
        <translation>не упоминается — нет согласия на передачу государству</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="273"/>
        <source>professional identity</source>
        <translation>в профессиональном качестве</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="274"/>
        <source>alleged perpetrator, as recorded</source>
        <translation>предполагаемый исполнитель, как записано</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="275"/>
        <source>alleged perpetrator, name withheld</source>
        <translation>предполагаемый исполнитель, имя скрыто</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="276"/>
        <source>applicant: the Court is given the identity</source>
        <translation>заявитель: Суду сообщается его личность</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="279"/>
        <source>communication to the Committee of Ministers on the execution of a judgment: nobody is named</source>
        <translation>сообщение Комитету министров об исполнении постановления: никто не называется по имени</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="283"/>
        <source>pattern report: nobody is named</source>
        <translation>обзорный доклад: никто не называется</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="285"/>
        <source>a group, by its description</source>
        <translation>группа, по её описанию</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="290"/>
        <source>asks the Court for anonymity (Rule 47 § 4): no name in the file name, metadata or bookmarks</source>
        <translation>просит Суд об анонимности (правило 47 § 4): имени нет в имени файла, метаданных и закладках</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="320"/>
        <source>Pattern report: acts counted over the cases, by place of detention, method and source; nobody is named and no file is annexed.</source>
        <translation>Тематический доклад: действия подсчитаны по всем делам — по местам содержания под стражей, методам и источникам; никто не называется по имени, файлы не прилагаются.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="324"/>
        <source>Communication to the Committee of Ministers on the execution of a judgment: nobody is named and no file is annexed. It is published.</source>
        <translation>Сообщение Комитету министров об исполнении постановления: никто не называется по имени, файлы не прилагаются. Сообщение публикуется.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="335"/>
        <source>This dossier cannot be made: %1</source>
        <translation>Это досье нельзя составить: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="442"/>
        <source>who appears in it is not recorded yet</source>
        <translation>ещё не записано, кто в нём есть</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="443"/>
        <source>it shows or names someone not shown in full to this recipient</source>
        <translation>в нём видно или названо лицо, которое этому адресату не раскрывается полностью</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="445"/>
        <source>its own words (text or metadata) name someone not shown in full to this recipient</source>
        <translation>в самом файле (в тексте или метаданных) названо лицо, которое этому адресату не указывается полностью</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="450"/>
        <source>Withheld for consent reasons (listed in the dossier by hash; a redacted copy, or clearing the file for this recipient, puts it back):</source>
        <translation>Не прилагаются по соображениям согласия (в досье указан их хеш; вернуть их можно отредактированной копией или разрешением файла для этого адресата):</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="470"/>
        <source>How each person appears</source>
        <translation>Как указано каждое лицо</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="473"/>
        <source>Possible names to review</source>
        <translation>Возможные имена для проверки</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="475"/>
        <source>Possible names to review (%1 undecided)</source>
        <translation>Возможные имена для проверки (не решено: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="477"/>
        <source>Possible names to review (%1)</source>
        <translation>Возможные имена для проверки (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="490"/>
        <source>Saving decisions…</source>
        <translation>Сохранение решений…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="498"/>
        <source>%1 decision(s) saved.</source>
        <translation>Сохранено решений: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="536"/>
        <source>This recipient&apos;s dossier has no annexes: none of the %1 stored files is in it.</source>
        <translation>В досье для этого адресата нет приложений: ни один из сохранённых файлов (%1) в него не входит.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="544"/>
        <source>evidence record “%1”</source>
        <translation>доказательство «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="551"/>
        <source>Not in the dossier: only one file per evidence record is annexed (its first file, or that file&apos;s copy without metadata). To annex another file, store it in an evidence record of its own. Left out:</source>
        <translation>Не войдут в досье: к каждому доказательству прилагается только один файл (первый или его копия без метаданных). Чтобы приложить другой файл, сохраните его в отдельном доказательстве. Не войдут:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="559"/>
        <source>Not in the dossier: files whose evidence record is no longer in the case:</source>
        <translation>Не войдут в досье: файлы, доказательства которых больше нет в деле:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="601"/>
        <source>These annexes still carry metadata: anyone who receives the dossier can read it from the attached files.</source>
        <translation>Эти приложения всё ещё содержат метаданные: любой получатель досье сможет прочитать их в приложенных файлах.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="616"/>
        <source>metadata not checked (FieldMon cannot read this kind of file)</source>
        <translation>метаданные не проверены (FieldMon не умеет читать файлы этого типа)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="621"/>
        <source>To leave it out, add the file again and keep a copy without metadata. Export anyway?</source>
        <translation>Чтобы исключить метаданные, добавьте файл заново и сохраните копию без них. Всё равно экспортировать?</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="638"/>
        <source>Annexes with metadata</source>
        <translation>Приложения с метаданными</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="641"/>
        <source>&amp;Export anyway</source>
        <translation>&amp;Всё равно экспортировать</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="643"/>
        <location filename="../../ui/dossier_dialogs.py" line="792"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="648"/>
        <location filename="../../ui/dossier_dialogs.py" line="801"/>
        <source>Not exported.</source>
        <translation>Экспорт не выполнен.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="659"/>
        <source>Checking the annexes for metadata…</source>
        <translation>Проверка приложений на метаданные…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="675"/>
        <source>Save the dossier</source>
        <translation>Сохранить досье</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="712"/>
        <source>Sealing, laying out and signing…</source>
        <translation>Запечатывание, вёрстка и подписание…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="739"/>
        <source>Not exported: consent was withdrawn.</source>
        <translation>Экспорт не выполнен: согласие отозвано.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="746"/>
        <source>Not exported: %1 possible name(s) need a decision first (the case changed since the review was shown).</source>
        <translation>Экспорт не выполнен: сначала нужно решение по возможным именам (%1) — дело изменилось после показа проверки.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="771"/>
        <source>Signed dossier written to %1 (SHA-256 %2).</source>
        <translation>Подписанное досье записано в %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="782"/>
        <source>Not written yet: read the warnings first.</source>
        <translation>Досье ещё не записано: сначала прочтите предупреждения.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="785"/>
        <source>Before the dossier is written</source>
        <translation>Перед записью досье</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="790"/>
        <source>&amp;Write anyway</source>
        <translation>&amp;Всё равно записать</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="812"/>
        <source>Laying out and signing…</source>
        <translation>Вёрстка и подпись…</translation>
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
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Respondent State</source>
        <translation>Государство-ответчик</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Summary</source>
        <translation>Краткое изложение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Other names</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Counted as</source>
        <translation>Единица учёта</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Group size</source>
        <translation>Численность группы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Date precision</source>
        <translation>Точность даты</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Type of place</source>
        <translation>Тип места</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Detention type</source>
        <translation>Вид лишения свободы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Legal basis given</source>
        <translation>Указанное правовое основание</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Reason given</source>
        <translation>Указанная причина</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Access to a lawyer</source>
        <translation>Доступ к адвокату</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Access to family</source>
        <translation>Доступ к семье</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Access to a doctor</source>
        <translation>Доступ к врачу</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Family notified</source>
        <translation>Семья уведомлена</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Whereabouts known</source>
        <translation>Местонахождение известно</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Released</source>
        <translation>Дата освобождения</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Apparent purpose</source>
        <translation>Очевидная цель</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Statements signed</source>
        <translation>Подписание показаний</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Medical attention</source>
        <translation>Медицинская помощь</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Perpetrator</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Degree of involvement</source>
        <translation>Степень причастности</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Perpetrator type</source>
        <translation>Категория исполнителя</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Interviewee</source>
        <translation>Опрошенное лицо</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Interviewers</source>
        <translation>Опрос провели</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Also present</source>
        <translation>Также присутствовали</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Restrictions and conditions</source>
        <translation>Ограничения и условия</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Telephone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Form of authority</source>
        <translation>Форма доверенности</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>Date of the authority</source>
        <translation>Дата доверенности</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>Place of detention (name)</source>
        <translation>Место содержания под стражей (название)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>Kind of finding</source>
        <translation>Вид признака</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Conditions of the examination</source>
        <translation>Условия обследования</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Opinion on the likelihood of torture</source>
        <translation>Заключение о вероятности пыток</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>Statement of truthfulness</source>
        <translation>Заявление о достоверности</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>Date of the document</source>
        <translation>Дата документа</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117"/>
        <source>Served on</source>
        <translation>Дата вручения</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118"/>
        <source>Decision documents (evidence)</source>
        <translation>Тексты решений (доказательства)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>Limb</source>
        <translation>Аспект</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>Argument</source>
        <translation>Доводы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121"/>
        <source>Remedies used</source>
        <translation>Использованные средства защиты</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122"/>
        <source>No effective remedy exists</source>
        <translation>Эффективного средства защиты нет</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123"/>
        <source>Continuing situation</source>
        <translation>Длящаяся ситуация</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124"/>
        <source>End of the situation</source>
        <translation>Окончание ситуации</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126"/>
        <source>Date of the feared event</source>
        <translation>Дата события, которого опасаются</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="127"/>
        <source>Measure sought</source>
        <translation>Испрашиваемая мера</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>Risk (imminent and irreparable harm)</source>
        <translation>Риск (неминуемый и непоправимый вред)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>Application no.</source>
        <translation>Номер жалобы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>Group of cases</source>
        <translation>Группа дел</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>Supervision</source>
        <translation>Процедура надзора</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="134"/>
        <source>Individual measures</source>
        <translation>Меры индивидуального характера</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135"/>
        <source>General measures</source>
        <translation>Меры общего характера</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137"/>
        <source>Translator</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183"/>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="184"/>
        <source>Rule 39 request</source>
        <translation>Запрос по Правилу 39</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="185"/>
        <source>WGAD categories</source>
        <translation>Категории Рабочей группы (РГПЗ)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="186"/>
        <source>Judgments under execution</source>
        <translation>Постановления на исполнении</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Narrative</source>
        <translation>Текст показаний</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Recipient</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>May be named by</source>
        <translation>Раскрытие личности</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Recorded by</source>
        <translation>Кем зафиксировано</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Explained</source>
        <translation>Разъяснено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Withdrawn on</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Clinician</source>
        <translation>Врач</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Overall assessment</source>
        <translation>Общая оценка</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Location on the body</source>
        <translation>Локализация на теле</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Alleged method</source>
        <translation>Предполагаемый метод</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Consistency</source>
        <translation>Соответствие</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Source type</source>
        <translation>Тип источника</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Collected by</source>
        <translation>Кем получено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Collected</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Final</source>
        <translation>Окончательное</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Instrument</source>
        <translation>Международный договор</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <location filename="../../ui/labels.py" line="172"/>
        <source>Acts</source>
        <translation>Действия</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Agrees to transmission to the State (UN)</source>
        <translation>Согласие на передачу государству (ООН)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Who appears in the file</source>
        <translation>Кто есть в файле</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Who appears has been recorded</source>
        <translation>Записано, кто есть в файле</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Original cleared for</source>
        <translation>Оригинал разрешён для</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <location filename="../../ui/labels.py" line="182"/>
        <source>Mentions of persons</source>
        <translation>Упоминания лиц</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147"/>
        <source>Restrictions on the examination</source>
        <translation>Ограничения при обследовании</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="149"/>
        <source>Final on</source>
        <translation>Дата вступления в силу</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="151"/>
        <source>Date of the judgment</source>
        <translation>Дата постановления</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="153"/>
        <source>Case or group title</source>
        <translation>Название дела или группы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155"/>
        <source>Translated statement</source>
        <translation>Перевод показаний</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157"/>
        <source>Date of the translation</source>
        <translation>Дата перевода</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="159"/>
        <source>Acts supporting it</source>
        <translation>Действия, на которых она основана</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="170"/>
        <source>Persons</source>
        <translation>Лица</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="171"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="173"/>
        <source>Perpetrators involved</source>
        <translation>Причастные исполнители</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="174"/>
        <source>Interviews</source>
        <translation>Опросы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="175"/>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176"/>
        <source>Medical evaluations</source>
        <translation>Медицинские освидетельствования</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="177"/>
        <source>Findings</source>
        <translation>Данные осмотра</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="179"/>
        <source>Domestic remedies</source>
        <translation>Внутренние средства правовой защиты</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="180"/>
        <source>Violations</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="181"/>
        <source>Interventions</source>
        <translation>Обращения</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../ui/forms.py" line="245"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="246"/>
        <source>Remove the selected one from %1</source>
        <translation>Удалить выбранное из списка «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="254"/>
        <source>09.01.2026, 01.2026, January 2026, 2026 or 2026-01-09 14:20</source>
        <translation>09.01.2026, 01.2026, январь 2026, 2026 или 2026-01-09 14:20</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="257"/>
        <source>separate with commas</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="260"/>
        <source>Choose %1 on a calendar</source>
        <translation>Выбрать в календаре: %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="264"/>
        <source>Half-checked means unknown</source>
        <translation>Частичная отметка означает «неизвестно»</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="374"/>
        <source>Required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="446"/>
        <source>%1: several names contain “%2”; choose one from the list.</source>
        <translation>%1: «%2» есть в нескольких названиях; выберите одно из списка.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="449"/>
        <source>%1: no name contains “%2”; type part of a name and choose from the list.</source>
        <translation>%1: нет названия, содержащего «%2»; введите часть названия и выберите из списка.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="499"/>
        <source>Mark as a mention of…</source>
        <translation>Отметить как упоминание…</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="511"/>
        <source>No persons in this case yet</source>
        <translation>В этом деле ещё нет лиц</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="515"/>
        <source>Select the words that name the person first.</source>
        <translation>Сначала выделите слова, которые называют лицо.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="526"/>
        <source>Remove the mention “%1” of %2</source>
        <translation>Удалить упоминание «%1» лица %2</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="560"/>
        <source>Not marked: %1</source>
        <translation>Не отмечено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="604"/>
        <source>⚠ “%1” was marked as naming %2 but is no longer in this text. Mark the words again, or remove the mention (right-click).</source>
        <translation>⚠ «%1» было отмечено как упоминание лица %2, но этих слов больше нет в тексте. Отметьте слова заново или удалите упоминание (правой кнопкой мыши).</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="635"/>
        <source>Names %1</source>
        <translation>Называет лицо %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="685"/>
        <source>%1: %2 is not a real calendar date (%3 has %4 days).</source>
        <translation>%1: %2 — несуществующая дата (в месяце %3 %4 дн.).</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="690"/>
        <source>%1: %2 is not a real calendar date (a year has 12 months).</source>
        <translation>%1: %2 — несуществующая дата (в году 12 месяцев).</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="694"/>
        <source>%1: %2 is not a real calendar date (use a year from 1800 to 2200).</source>
        <translation>%1: %2 — несуществующая дата (укажите год от 1800 до 2200).</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="698"/>
        <source>%1: %2 is not a real time of day.</source>
        <translation>%1: %2 — несуществующее время суток.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="700"/>
        <source>%1: %2 is not a real calendar date.</source>
        <translation>%1: %2 — несуществующая дата.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="704"/>
        <source>%1: use a date such as 09.01.1990, 01.1990, January 1990 or 1990.</source>
        <translation>%1: укажите дату в виде 09.01.1990, 01.1990, январь 1990 или 1990.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="383"/>
        <source>A whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <location filename="../../ui/evidence.py" line="819"/>
        <source>This kind of file cannot be shown here.</source>
        <translation>Файлы этого типа нельзя показать здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="815"/>
        <source>File content</source>
        <translation>Содержимое файла</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="783"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="784"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="785"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="785"/>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="786"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="787"/>
        <source>Collected</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="788"/>
        <source>Collected by</source>
        <translation>Кем получено</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="791"/>
        <source>Redacted copy of</source>
        <translation>Копия со скрытыми частями, оригинал</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="793"/>
        <source>Copy without metadata of</source>
        <translation>Копия без метаданных файла</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="797"/>
        <source>Picture size</source>
        <translation>Размер изображения</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="803"/>
        <location filename="../../ui/evidence.py" line="805"/>
        <source>Metadata</source>
        <translation>Метаданные</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="803"/>
        <source>not checked (FieldMon cannot read it)</source>
        <translation>не проверены (FieldMon не умеет их читать)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="805"/>
        <source>none found</source>
        <translation>не найдены</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="808"/>
        <source>Custody log</source>
        <translation>Журнал цепочки хранения</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="817"/>
        <source>This picture is too large to show here.</source>
        <translation>Это изображение слишком велико для показа здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="821"/>
        <source>Only the first %1 of %2 pages are shown; extract the file to read it all.</source>
        <translation>Показаны только первые %1 из %2 страниц; извлеките файл, чтобы прочитать его целиком.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="825"/>
        <source>File details</source>
        <translation>Сведения о файле</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="826"/>
        <source>Detail</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="826"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="836"/>
        <source>This file records where it was made: %1. Anyone who receives it can read this; dossiers use a copy without metadata where one is stored.</source>
        <translation>В этом файле записано, где он создан (%1). Любой получатель файла может это прочитать; в досье используется копия без метаданных, если она сохранена.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="814"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/unlock.py" line="636"/>
        <source>Create your vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="637"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="638"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="641"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="642"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="643"/>
        <source>Create the vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="644"/>
        <source>Open the vault</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="639"/>
        <location filename="../../ui/unlock.py" line="645"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ForkPanel</name>
    <message>
        <location filename="../../ui/inbox_view.py" line="104"/>
        <source>A fork: a monitor sent a version of a case that headquarters had changed meanwhile. Both are kept; read them and keep one as the working copy. Nothing is deleted.</source>
        <translation>Расхождение: наблюдатель прислал версию дела, которое центральный офис тем временем изменил. Сохранены обе; прочитайте их и оставьте одну как рабочую копию. Ничего не удаляется.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="109"/>
        <source>Open forks</source>
        <translation>Нерешённые расхождения</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="110"/>
        <location filename="../../ui/inbox_view.py" line="142"/>
        <source>Headquarters&apos; version</source>
        <translation>Версия центрального офиса</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="111"/>
        <location filename="../../ui/inbox_view.py" line="143"/>
        <source>The monitor&apos;s version</source>
        <translation>Версия наблюдателя</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="114"/>
        <source>What differs: lines starting with - are headquarters&apos; version, with + the monitor&apos;s (the text, then every field, also those the text leaves out)</source>
        <translation>Что различается: строки, начинающиеся с -, — из версии центрального офиса, с + — из версии наблюдателя (сначала текст, затем каждое поле, в том числе те, которых нет в тексте)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="118"/>
        <source>What differs between the two versions</source>
        <translation>Чем различаются две версии</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="119"/>
        <source>Keep &amp;headquarters&apos; version</source>
        <translation>Оставить версию &amp;центрального офиса</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="120"/>
        <source>Keep headquarters&apos; version</source>
        <translation>Оставить версию центрального офиса</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="121"/>
        <source>Take the &amp;monitor&apos;s version</source>
        <translation>Принять версию &amp;наблюдателя</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="122"/>
        <source>Take the monitor&apos;s version</source>
        <translation>Принять версию наблюдателя</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="131"/>
        <source>%1: headquarters&apos; version %2, %3&apos;s version %4 (arrived %5)</source>
        <translation>%1: версия центрального офиса %2, версия %4 от %3 (получена %5)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="134"/>
        <source>the monitor</source>
        <translation>наблюдателя</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="146"/>
        <source>Headquarters&apos; version %1</source>
        <translation>Версия центрального офиса %1</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="149"/>
        <source>%1&apos;s version %2 (packet %3)</source>
        <translation>Версия %2 от %1 (пакет %3)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="150"/>
        <source>The monitor</source>
        <translation>наблюдателя</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="194"/>
        <source>The two case documents are the same: the fork differs in its files only.</source>
        <translation>Документы дела в обеих версиях одинаковы: расхождение только в файлах.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="204"/>
        <source>Keep headquarters&apos; version %1 of %2 as the working copy? The monitor&apos;s version stays in the record.</source>
        <translation>Оставить версию %1 дела %2 от центрального офиса как рабочую копию? Версия наблюдателя остаётся в записях.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="209"/>
        <source>Make the monitor&apos;s version %1 of %2 the working copy? It is sealed as a new version; headquarters&apos; version stays in the history.</source>
        <translation>Сделать версию %1 дела %2 от наблюдателя рабочей копией? Она будет запечатана как новая версия; версия центрального офиса остаётся в истории.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="214"/>
        <source>Resolve the fork</source>
        <translation>Разрешить расхождение</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="226"/>
        <source>Fork of %1 resolved.</source>
        <translation>Расхождение по делу %1 разрешено.</translation>
    </message>
</context>
<context>
    <name>HeldChord</name>
    <message>
        <location filename="../../ui/panic.py" line="174"/>
        <source>Wiping the vault in {seconds} s — release to cancel</source>
        <extracomment>How long the chord must be held, in milliseconds. How long a release may wait for the press that shows it was only a key repeat, in ms. A repeat&apos;s release and press share one X server timestamp and arrive together. How often the countdown is redrawn while the chord is held, in milliseconds.</extracomment>
        <translation>Уничтожение хранилища через {seconds} с — отпустите клавиши для отмены</translation>
    </message>
    <message>
        <location filename="../../ui/panic.py" line="208"/>
        <source>Panic wipe countdown</source>
        <translation>Обратный отсчёт экстренного уничтожения</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/case_view.py" line="602"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="602"/>
        <source>Sealed</source>
        <translation>Запечатано</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="602"/>
        <source>By</source>
        <translation>Кем</translation>
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
        <translation>Запечатанные версии</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="607"/>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="608"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="609"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="610"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="614"/>
        <source>Custody log</source>
        <translation>Журнал цепочки хранения</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="615"/>
        <source>Selected version</source>
        <translation>Выбранная версия</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="634"/>
        <source>not sealed yet</source>
        <translation>ещё не запечатана</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="674"/>
        <source>the case</source>
        <translation>дело</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="676"/>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="680"/>
        <source>file %1 (%2) of “%3”</source>
        <translation>файл %1 (%2) доказательства «%3»</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="686"/>
        <source>dossier for %1</source>
        <translation>досье для: %1</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../../ui/inbox_view.py" line="289"/>
        <source>Inbox of headquarters</source>
        <translation>Входящие центрального офиса</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="290"/>
        <source>Receive from</source>
        <translation>Получить из</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="291"/>
        <source>&amp;Receive</source>
        <translation>&amp;Получить</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="292"/>
        <source>Receive the new packets</source>
        <translation>Получить новые пакеты</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="293"/>
        <source>Re&amp;try…</source>
        <translation>П&amp;овторить проверку…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="294"/>
        <source>Examine the quarantined packet again</source>
        <translation>Заново проверить пакет, помещённый в карантин</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="295"/>
        <source>Packets</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="299"/>
        <source>Packet</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="300"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="301"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="302"/>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="303"/>
        <source>Received (UTC)</source>
        <translation>Получен (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="304"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="307"/>
        <source>Packets received</source>
        <translation>Полученные пакеты</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="308"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="322"/>
        <source>Forks (%1)</source>
        <translation>Расхождения (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="336"/>
        <source>(unknown case)</source>
        <translation>(неизвестное дело)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="357"/>
        <source>Select a packet to read why it waits or was quarantined.</source>
        <translation>Выберите пакет, чтобы прочитать, почему он ждёт или помещён в карантин.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="360"/>
        <source>Packet %1 from %2 (%3): %4.</source>
        <translation>Пакет %1 от %2 (%3): %4.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="363"/>
        <source>an unknown sender</source>
        <translation>неизвестного отправителя</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="368"/>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="375"/>
        <source>Add a destination to receive from first.</source>
        <translation>Сначала добавьте место, откуда получать пакеты.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="379"/>
        <source>Receiving…</source>
        <translation>Получение…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="396"/>
        <source>Examine packet %1 again? It was quarantined: %2. The custody log records that you decided so. Nothing is imported unless every check passes.</source>
        <translation>Заново проверить пакет %1? Он был помещён в карантин: %2. В журнал цепочки хранения будет записано, что это решили вы. Ничего не будет импортировано, если не пройдут все проверки.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="401"/>
        <source>Examine the packet again</source>
        <translation>Повторная проверка пакета</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="412"/>
        <source>Examining the packet again…</source>
        <translation>Пакет проверяется заново…</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="429"/>
        <source>Packet examined again: %1.</source>
        <translation>Пакет проверен заново: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_view.py" line="435"/>
        <source>%1 packet(s) looked at, %2 quarantined.</source>
        <translation>Просмотрено пакетов: %1, в карантине: %2.</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <location filename="../../ui/testimony.py" line="783"/>
        <source>4. What was seen and said</source>
        <translation>4. Что человек видел и рассказал</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="784"/>
        <source>The interview, and the account in the person&apos;s own words.</source>
        <translation>Опрос и рассказ человека его собственными словами.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="786"/>
        <source>Date of the interview</source>
        <translation>Дата опроса</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="787"/>
        <source>Where it took place</source>
        <translation>Место опроса</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="788"/>
        <location filename="../../ui/testimony.py" line="798"/>
        <source>Language spoken</source>
        <translation>Язык опроса</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="789"/>
        <source>Interviewed by</source>
        <translation>Опрос провели</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="790"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="791"/>
        <source>Also present</source>
        <translation>Также присутствовали</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="792"/>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="793"/>
        <source>&amp;What the person saw and said</source>
        <translation>&amp;Что человек видел и рассказал</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="799"/>
        <source>Separate names with commas</source>
        <translation>Имена через запятую</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="800"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="801"/>
        <source>Anyone else in the room, separated by commas</source>
        <translation>Кто ещё был в помещении, через запятую</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="803"/>
        <source>e.g. short visit, guard within earshot, person in pain</source>
        <translation>напр. короткая встреча, охранник слышит разговор, человеку больно</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="805"/>
        <source>What the person saw and said</source>
        <translation>Что человек видел и рассказал</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="824"/>
        <source>Write down what the person saw and said.</source>
        <translation>Запишите, что человек видел и рассказал.</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../ui/security_dialogs.py" line="208"/>
        <source>Log of this session (kept in memory only)</source>
        <translation>Журнал этого сеанса (только в памяти)</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="209"/>
        <source>Log of this session</source>
        <translation>Журнал этого сеанса</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="210"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="192"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="193"/>
        <source>&amp;New case</source>
        <translation>&amp;Новое дело</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="194"/>
        <source>New test&amp;imony…</source>
        <translation>Новые &amp;показания…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="195"/>
        <source>&amp;Save case</source>
        <translation>&amp;Сохранить дело</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="196"/>
        <source>&amp;Find…</source>
        <translation>Най&amp;ти…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="197"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="198"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="199"/>
        <source>&amp;Wipe the vault now… (or hold Ctrl+Shift+Delete)</source>
        <translation>&amp;Уничтожить хранилище… (или удерживать Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="200"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="201"/>
        <source>&amp;Verify a dossier…</source>
        <translation>&amp;Проверить досье…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="202"/>
        <source>Head&amp;quarters</source>
        <translation>&amp;Центральный офис</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="204"/>
        <source>Organisation &amp;card…</source>
        <translation>&amp;Карточка организации…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="205"/>
        <source>&amp;Send to headquarters…</source>
        <translation>&amp;Отправить в центральный офис…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="206"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Исходящие…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="207"/>
        <source>Receipts: &amp;fetch</source>
        <translation>&amp;Забрать квитанции</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="208"/>
        <source>&amp;Purge a case from this laptop…</source>
        <translation>&amp;Удалить дело с этого ноутбука…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="209"/>
        <source>&amp;Inbox…</source>
        <translation>&amp;Входящие…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="212"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="213"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="214"/>
        <source>&amp;Auto-lock</source>
        <translation>&amp;Автоблокировка</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="216"/>
        <source>After %1 minute(s) without input</source>
        <translation>Через %1 мин. без действий</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="217"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="218"/>
        <source>&amp;About FieldMon</source>
        <translation>&amp;О программе FieldMon</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="219"/>
        <source>Field &amp;security…</source>
        <translation>&amp;Безопасность…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="220"/>
        <source>Session &amp;log…</source>
        <translation>&amp;Журнал сеанса…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="312"/>
        <source>Open case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="341"/>
        <source>Wipe the vault</source>
        <translation>Уничтожить хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="343"/>
        <source>Destroy the vault now? Nothing in it can be recovered afterwards, not with the passphrase and not with recovery shares.</source>
        <translation>Уничтожить хранилище сейчас? После этого ничего из него нельзя восстановить — ни парольной фразой, ни долями восстановления.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="438"/>
        <source>Send to headquarters</source>
        <translation>Отправка в центральный офис</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="449"/>
        <source>Open or select a case first.</source>
        <translation>Сначала откройте или выберите дело.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="466"/>
        <source>Purge from this laptop</source>
        <translation>Удалить с этого ноутбука</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="477"/>
        <source>%1 receipt(s) received.</source>
        <translation>Получено квитанций: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="478"/>
        <location filename="../../ui/app.py" line="484"/>
        <source>Receipts</source>
        <translation>Квитанции</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="500"/>
        <source>About FieldMon</source>
        <translation>О программе FieldMon</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="502"/>
        <source>FieldMon %1: documentation of torture and arbitrary detention, kept in an encrypted vault, exported as signed dossiers.</source>
        <translation>FieldMon %1: документирование пыток и произвольных задержаний; материалы хранятся в зашифрованном хранилище и экспортируются в виде подписанных досье.</translation>
    </message>
</context>
<context>
    <name>MakeSharesDialog</name>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="472"/>
        <source>Make recovery shares</source>
        <translation>Создание долей восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="475"/>
        <source>Recovery shares give access back if the passphrase is lost: any chosen number of them set a new passphrase. New shares replace the ones made before, which stop working: destroy them. Type the passphrase again to go on.</source>
        <translation>Доли восстановления возвращают доступ, если парольная фраза утрачена: заданного числа долей достаточно, чтобы установить новую парольную фразу. Новые доли заменяют созданные ранее, и те перестают действовать: уничтожьте их. Чтобы продолжить, введите парольную фразу ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="480"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="482"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="483"/>
        <source>&amp;Shares to make</source>
        <translation>&amp;Число долей</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="485"/>
        <source>Shares to make</source>
        <translation>Число долей</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="486"/>
        <source>Shares &amp;needed to recover</source>
        <translation>Нужно для &amp;восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="488"/>
        <source>Shares needed to recover</source>
        <translation>Сколько долей нужно для восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="489"/>
        <source>Making the shares</source>
        <translation>Создание долей</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="490"/>
        <source>&amp;Make the shares</source>
        <translation>&amp;Создать доли</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="491"/>
        <source>Make the shares</source>
        <translation>Создать доли</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="492"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="493"/>
        <source>Done: every share is written down</source>
        <translation>Готово: все доли записаны</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="494"/>
        <location filename="../../ui/recovery_dialogs.py" line="495"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="506"/>
        <source>Checking the passphrase…</source>
        <translation>Проверка парольной фразы…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="517"/>
        <source>Wrong passphrase: no shares were made.</source>
        <translation>Неверная парольная фраза: доли не созданы.</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <location filename="../../ui/evidence.py" line="244"/>
        <source>What this file says about itself</source>
        <translation>Что файл сообщает о себе</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="154"/>
        <source>%1: metadata not checked. FieldMon cannot read the metadata of this kind of file; it may record where it was made, the device, or who made it.</source>
        <translation>%1: метаданные не проверены. FieldMon не умеет читать метаданные файлов этого типа; в них может быть записано, где, на каком устройстве или кем создан файл.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="160"/>
        <source>%1 records where, with what or by whom it was made. Anyone who receives the file can read this:</source>
        <translation>В файле %1 записано, где, чем или кем он создан. Любой получатель файла может это прочитать:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="253"/>
        <source>Keep a copy without metadata (recommended)</source>
        <translation>Сохранить также копию без метаданных (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="254"/>
        <location filename="../../ui/testimony.py" line="987"/>
        <location filename="../../ui/testimony.py" line="989"/>
        <source>Keep a copy without metadata</source>
        <translation>Сохранить также копию без метаданных</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="255"/>
        <location filename="../../ui/evidence.py" line="256"/>
        <source>Store the original only</source>
        <translation>Сохранить только оригинал</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="259"/>
        <source>The original is always stored: it is evidence. Dossiers use the copy without metadata.</source>
        <translation>Оригинал сохраняется всегда: это доказательство. В досье используется копия без метаданных.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="182"/>
        <source>FieldMon cannot remove metadata from this kind of file; the original will be stored as it is.</source>
        <translation>FieldMon не умеет удалять метаданные из файлов этого типа; оригинал будет сохранён как есть.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="265"/>
        <source>&amp;Store</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="266"/>
        <source>Store the file</source>
        <translation>Сохранить файл</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="267"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="268"/>
        <source>Do not store the file</source>
        <translation>Не сохранять файл</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../ui/outbox_view.py" line="113"/>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="116"/>
        <source>Packets sent from this laptop. “Acknowledged”: headquarters&apos; receipt is in, and the case may be purged from the laptop.</source>
        <translation>Пакеты, отправленные с этого ноутбука. «Подтверждён»: квитанция центрального офиса получена, и дело можно удалить с ноутбука.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="122"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="123"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="124"/>
        <source>Destination</source>
        <translation>Место назначения</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="125"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="126"/>
        <source>Parts</source>
        <translation>Части</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="127"/>
        <source>Made (UTC)</source>
        <translation>Создан (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="128"/>
        <source>Sent (UTC)</source>
        <translation>Отправлен (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="129"/>
        <source>Acknowledged (UTC)</source>
        <translation>Подтверждён (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="132"/>
        <source>Packets in the outbox</source>
        <translation>Пакеты в исходящих</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="133"/>
        <source>&amp;Resume unfinished</source>
        <translation>&amp;Продолжить незавершённые</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="134"/>
        <source>Resume sending the unfinished packets</source>
        <translation>Продолжить отправку незавершённых пакетов</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="135"/>
        <source>&amp;Fetch receipts</source>
        <translation>&amp;Забрать квитанции</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="136"/>
        <source>Fetch headquarters&apos; receipts</source>
        <translation>Забрать квитанции центрального офиса</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="137"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="159"/>
        <source>Packet %1</source>
        <translation>Пакет %1</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="174"/>
        <source>Resuming…</source>
        <translation>Продолжение отправки…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="183"/>
        <source>Fetching receipts…</source>
        <translation>Получение квитанций…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="191"/>
        <source>%1 receipt(s) received.</source>
        <translation>Получено квитанций: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="195"/>
        <source>%1 packet(s) resumed.</source>
        <translation>Продолжено пакетов: %1.</translation>
    </message>
</context>
<context>
    <name>PerpetratorsSection</name>
    <message>
        <location filename="../../ui/events.py" line="342"/>
        <source>Add perpetrator</source>
        <translation>Добавить исполнителя</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="343"/>
        <source>Add a perpetrator to this act</source>
        <translation>Добавить исполнителя к этому действию</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="344"/>
        <source>Remove perpetrator</source>
        <translation>Удалить исполнителя</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="345"/>
        <source>Remove the selected perpetrator</source>
        <translation>Удалить выбранного исполнителя</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="347"/>
        <source>No perpetrator recorded for this act yet. Add one if anyone is known.</source>
        <translation>Для этого действия исполнители пока не указаны. Добавьте, если кто-то известен.</translation>
    </message>
    <message>
        <location filename="../../ui/events.py" line="391"/>
        <source>Perpetrator not chosen</source>
        <translation>Исполнитель не выбран</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../ui/testimony.py" line="411"/>
        <source>2. The person</source>
        <translation>2. Лицо</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="412"/>
        <source>Who gives this testimony. Only the name is required.</source>
        <translation>Кто даёт эти показания. Обязательно только имя.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="413"/>
        <source>Who is interviewed</source>
        <translation>Кого опрашивают</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="414"/>
        <source>Someone not yet in this case</source>
        <translation>Человек, которого ещё нет в деле</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="416"/>
        <source>&amp;Name or pseudonym</source>
        <translation>&amp;Имя или псевдоним</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="417"/>
        <source>Other spellings</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="418"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="419"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="420"/>
        <location filename="../../ui/testimony.py" line="431"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="421"/>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="422"/>
        <source>This person is</source>
        <translation>Кем является</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="426"/>
        <source>Separate spellings with commas</source>
        <translation>Написания через запятую</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="427"/>
        <source>e.g. 1990 or 1990-04</source>
        <translation>напр. 1990 или 1990-04</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="428"/>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="432"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="433"/>
        <source>Remove the selected nationality</source>
        <translation>Удалить выбранное гражданство</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="439"/>
        <source>Name or pseudonym</source>
        <translation>Имя или псевдоним</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="465"/>
        <source>Give the person&apos;s name or a pseudonym.</source>
        <translation>Укажите имя человека или псевдоним.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="470"/>
        <source>Tick what this person is: a victim, a witness, or other.</source>
        <translation>Отметьте роль этого лица: пострадавший, свидетель или другое.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/problems.py" line="85"/>
        <source>%1: choose one of the %2 of this case.</source>
        <translation>%1: выберите из списка «%2» этого дела.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="94"/>
        <source>%1: choose one of the %2 in this case again.</source>
        <translation>%1: выберите заново из списка «%2» этого дела.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="99"/>
        <source>This person already has a consent for this recipient.</source>
        <translation>У этого лица уже есть согласие для этого адресата.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="101"/>
        <source>%1 is required.</source>
        <translation>%1: обязательное поле.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="103"/>
        <source>%1: choose the country from the list.</source>
        <translation>%1: выберите страну из списка.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="105"/>
        <source>%1: choose the language from the list.</source>
        <translation>%1: выберите язык из списка.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="107"/>
        <source>%1: choose one of the values in the list.</source>
        <translation>%1: выберите одно из значений списка.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="109"/>
        <source>%1: use letters, digits and . _ / - only, starting with a letter or digit.</source>
        <translation>%1: только буквы, цифры и . _ / -, в начале — буква или цифра.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="113"/>
        <source>%1: use a whole number, such as 12.</source>
        <translation>%1: укажите целое число, например 12.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="115"/>
        <source>%1 must not be empty.</source>
        <translation>%1: поле не может быть пустым.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="117"/>
        <source>%1 is not a field of this record and cannot be stored.</source>
        <translation>%1: такого поля у этой записи нет, его нельзя сохранить.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="119"/>
        <source>%1: two records have the same identifier; remove one.</source>
        <translation>%1: у двух записей один и тот же идентификатор; удалите одну.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="121"/>
        <source>%1: this record repeats another one.</source>
        <translation>%1: эта запись повторяет другую.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="123"/>
        <source>%1: this date is before the date it follows.</source>
        <translation>%1: эта дата раньше даты, за которой она следует.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="125"/>
        <source>%1: this value cannot be stored; enter it again.</source>
        <translation>%1: это значение нельзя сохранить; введите его заново.</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="133"/>
        <source>1 problem:</source>
        <translation>1 ошибка:</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="135"/>
        <source>%1 problems:</source>
        <translation>Ошибок: %1 —</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../ui/purge_dialog.py" line="98"/>
        <source>Purge %1 from this laptop</source>
        <translation>Удалить %1 с этого ноутбука</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="101"/>
        <source>Removed from this laptop: case %1 with all its records, its %2 evidence file(s) (their keys destroyed) and any draft of it. Copies of its packets left in a folder no longer open with anything on this laptop.</source>
        <translation>С этого ноутбука будут удалены: дело %1 со всеми записями, его файлы доказательств (%2; их ключи уничтожаются) и все его черновики. Копии его пакетов, оставшиеся в папке, больше ничем на этом ноутбуке не открыть.</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="110"/>
        <source>What stays: a stub with the reference, headquarters&apos; receipt and the SHA-256 hashes of every sealed version and file, so that the custody log still checks. Nothing the witnesses said stays.</source>
        <translation>Останется: краткая запись с номером дела, квитанцией центрального офиса и хешами SHA-256 каждой запечатанной версии и каждого файла, чтобы журнал цепочки хранения по-прежнему проходил проверку. Ничего из сказанного свидетелями не остаётся.</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="117"/>
        <source>Headquarters&apos; receipt of %1 covers version %2, the newest.</source>
        <translation>Квитанция центрального офиса от %1 подтверждает версию %2 — последнюю.</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="122"/>
        <source>Not possible yet: %1</source>
        <translation>Пока невозможно: %1</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="123"/>
        <source>This cannot be undone.</source>
        <translation>Это действие необратимо.</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="125"/>
        <source>Type the case&apos;s reference, %1, to confirm:</source>
        <translation>Для подтверждения введите номер дела, %1:</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="127"/>
        <source>The case&apos;s reference, typed to confirm</source>
        <translation>Номер дела, введённый для подтверждения</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="128"/>
        <source>&amp;Purge from this laptop</source>
        <translation>&amp;Удалить с этого ноутбука</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="129"/>
        <source>Purge the case from this laptop</source>
        <translation>Удалить дело с этого ноутбука</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="130"/>
        <location filename="../../ui/purge_dialog.py" line="156"/>
        <location filename="../../ui/purge_dialog.py" line="157"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="130"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="148"/>
        <source>Purging…</source>
        <translation>Удаление…</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="159"/>
        <source>%1 was purged: %2 file(s) destroyed; its stub stays.</source>
        <translation>Дело %1 удалено: уничтожено файлов — %2; краткая запись остаётся.</translation>
    </message>
</context>
<context>
    <name>RecordListEditor</name>
    <message>
        <location filename="../../ui/forms.py" line="909"/>
        <source>(new, not filled in yet)</source>
        <translation>(новая запись, ещё не заполнена)</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1035"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1036"/>
        <source>Add to %1</source>
        <translation>Добавить в список «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1037"/>
        <location filename="../../ui/forms.py" line="1230"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1038"/>
        <source>Remove from %1</source>
        <translation>Удалить из списка «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1039"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1040"/>
        <source>Undo the removal from %1</source>
        <translation>Отменить удаление из списка «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1045"/>
        <source>Every recipient passes the dossier to the State concerned: the Court communicates applications to the Government, and UN mandates transmit communications to it. For un-srt and wgad, record the person&apos;s consent to that transmission.</source>
        <translation>Каждый адресат передаёт досье заинтересованному государству: Суд коммуницирует жалобы правительству, а мандаты ООН направляют ему сообщения. Для un-srt и wgad запишите согласие лица на такую передачу.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1199"/>
        <source>%1 in %2: %3</source>
        <translation>%1 в разделе «%2»: %3</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1207"/>
        <source>“%1” is named elsewhere in this case:</source>
        <translation>«%1» упоминается в других местах этого дела:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1211"/>
        <source>Removing it also removes the %1 records that cannot exist without it.</source>
        <translation>Вместе с этим будут удалены записи, которые без этого не могут существовать: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1215"/>
        <source>%1 links to it will be cleared.</source>
        <translation>Ссылки на это будут очищены: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1217"/>
        <source>You can undo this until the case is closed.</source>
        <translation>Удаление можно отменить, пока дело не закрыто.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1228"/>
        <source>Remove “%1”?</source>
        <translation>Удалить «%1»?</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1232"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1279"/>
        <source>Removed “%1”.</source>
        <translation>Удалено: «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="1284"/>
        <source>Also removed: %1 linked records.</source>
        <translation>Также удалено связанных записей: %1.</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="676"/>
        <source>Recover with shares</source>
        <translation>Восстановление по долям</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="679"/>
        <source>Type the recovery shares you wrote down, one in each box, then choose a new passphrase. The first share tells how many are needed. Afterwards the old passphrase no longer opens the vault.</source>
        <translation>Введите записанные доли восстановления, по одной в каждое поле, затем выберите новую парольную фразу. Первая доля показывает, сколько долей нужно. После этого старая парольная фраза больше не открывает хранилище.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="684"/>
        <source>Shares</source>
        <translation>Доли</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="685"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="686"/>
        <source>Recovering</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="687"/>
        <source>&amp;Recover and unlock</source>
        <translation>&amp;Восстановить и разблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="688"/>
        <source>Recover and unlock</source>
        <translation>Восстановить и разблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="689"/>
        <location filename="../../ui/recovery_dialogs.py" line="690"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="740"/>
        <source>Choose a new passphrase.</source>
        <translation>Выберите новую парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="761"/>
        <source>Checking the shares and setting the new passphrase…</source>
        <translation>Проверка долей и установка новой парольной фразы…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="764"/>
        <source>Opening the vault…</source>
        <translation>Открытие хранилища…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="779"/>
        <source>These shares open nothing in this vault: they belong to another vault, newer shares replaced them, or they do not make a whole set. Nothing was changed.</source>
        <translation>Эти доли ничего не открывают в этом хранилище: они относятся к другому хранилищу, их заменили более новые доли или они не составляют полного набора. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>RecoveredBar</name>
    <message>
        <location filename="../../ui/case_view.py" line="566"/>
        <source>Unsaved work from %1 (UTC) was recovered and is shown below. It is kept as an encrypted draft in this vault until you save the case or discard it.</source>
        <translation>Восстановлены несохранённые изменения от %1 (UTC), они показаны ниже. Они хранятся в этом хранилище как зашифрованный черновик, пока вы не сохраните дело или не отбросите их.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="570"/>
        <source>Discard recovered changes…</source>
        <translation>Отбросить восстановленное…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="571"/>
        <source>Discard the recovered changes</source>
        <translation>Отбросить восстановленные изменения</translation>
    </message>
</context>
<context>
    <name>RecoveredNotice</name>
    <message numerus="yes">
        <location filename="../../ui/recovered.py" line="60"/>
        <source>Unsaved work was recovered in %n case(s). It is kept encrypted in this vault; open a case to see it, then save it or discard it.</source>
        <translation>
            <numerusform>Восстановлены несохранённые изменения в %n деле. Они хранятся в этом хранилище в зашифрованном виде; откройте дело, чтобы их увидеть, затем сохраните или отбросьте их.</numerusform>
            <numerusform>Восстановлены несохранённые изменения в %n делах. Они хранятся в этом хранилище в зашифрованном виде; откройте дело, чтобы их увидеть, затем сохраните или отбросьте их.</numerusform>
            <numerusform>Восстановлены несохранённые изменения в %n делах. Они хранятся в этом хранилище в зашифрованном виде; откройте дело, чтобы их увидеть, затем сохраните или отбросьте их.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/recovered.py" line="66"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../ui/recovered.py" line="67"/>
        <source>Hide the notice of recovered work</source>
        <translation>Скрыть уведомление о восстановленных изменениях</translation>
    </message>
    <message>
        <location filename="../../ui/recovered.py" line="70"/>
        <source>Open %1 (%2 UTC)</source>
        <translation>Открыть %1 (%2 UTC)</translation>
    </message>
</context>
<context>
    <name>RecoverySharesDialog</name>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="375"/>
        <source>Recovery shares</source>
        <translation>Доли восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="376"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="377"/>
        <source>Done: every share is written down</source>
        <translation>Готово: все доли записаны</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="378"/>
        <location filename="../../ui/recovery_dialogs.py" line="379"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <location filename="../../ui/redact_dialog.py" line="283"/>
        <source>Redact %1 %2</source>
        <translation>Скрыть части: %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="289"/>
        <source>Drag boxes over every face, name and detail that must not leave. The copy is redrawn as pixels only: nothing under a box, no text layer and no metadata remain. The original is kept unchanged.</source>
        <translation>Обведите прямоугольниками каждое лицо, имя и деталь, которые не должны уйти наружу. Копия перерисовывается только из пикселей: под прямоугольником ничего не остаётся, нет ни текстового слоя, ни метаданных. Оригинал не меняется.</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="294"/>
        <source>Page to redact: drag to draw a box</source>
        <translation>Страница для скрытия: потяните мышью, чтобы нарисовать прямоугольник</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="295"/>
        <source>◀ Previous page</source>
        <translation>◀ Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="296"/>
        <source>Next page ▶</source>
        <translation>Следующая страница ▶</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="297"/>
        <source>Remove last box</source>
        <translation>Убрать последний прямоугольник</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="298"/>
        <source>Clear this page</source>
        <translation>Очистить эту страницу</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="299"/>
        <source>Save redacted copy</source>
        <translation>Сохранить копию со скрытыми частями</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="300"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="339"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="350"/>
        <source>Storing the redacted copy…</source>
        <translation>Копия со скрытыми частями сохраняется…</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="353"/>
        <source>Stored redacted copy %1 (SHA-256 %2).</source>
        <translation>Сохранена копия со скрытыми частями %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <location filename="../../ui/redact_dialog.py" line="361"/>
        <source>This PDF has %1 pages; FieldMon redacts PDFs of at most %2 pages.</source>
        <translation>В этом PDF %1 страниц; FieldMon обрабатывает PDF не длиннее %2 страниц.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/redact_dialog.py" line="366"/>
        <source>%n box(es) drawn.</source>
        <translation>
            <numerusform>Нарисован %n прямоугольник.</numerusform>
            <numerusform>Нарисовано %n прямоугольника.</numerusform>
            <numerusform>Нарисовано %n прямоугольников.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/testimony.py" line="1079"/>
        <source>7. Review</source>
        <translation>7. Проверка</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1080"/>
        <source>Read it through. Finish stores it in the vault.</source>
        <translation>Прочитайте всё ещё раз. Кнопка «Сохранить показания» сохранит их в хранилище.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1081"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1082"/>
        <source>Storing</source>
        <translation>Сохранение</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ui/review_page.py" line="274"/>
        <source>a given name alone</source>
        <translation>одно только имя</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="275"/>
        <source>also an ordinary word</source>
        <translation>также обычное слово</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="276"/>
        <source>part of a place name</source>
        <translation>часть названия места</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="277"/>
        <source>a name several persons share</source>
        <translation>имя или фамилия нескольких лиц</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="278"/>
        <source>another spelling</source>
        <translation>другое написание</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="279"/>
        <source>could name more than one person</source>
        <translation>может означать нескольких лиц</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="303"/>
        <source>%1, %2 · could be %3 · if replaced: “%4” · uncertain: %5</source>
        <translation>%1, %2 · возможно, это %3 · при замене: «%4» · сомнение: %5</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="315"/>
        <source>No possible names to review: the matcher is sure of each.</source>
        <translation>Возможных имён для проверки нет: в каждом совпадении поиск уверен.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="320"/>
        <source>%1 possible name(s) in the text could identify a person who is not shown in full. Decide each: Replace hides the words, Keep leaves them as written. %2 still undecided: the dossier cannot be written until each is decided.</source>
        <translation>Возможные имена в тексте (%1) могут указать на лицо, которое не раскрывается полностью. Решите по каждому: «Заменить» скрывает слова, «Оставить» сохраняет их как написано. Ещё не решено: %2 — досье нельзя создать, пока не решено каждое.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="330"/>
        <source>All %1 possible name(s) decided. Decisions are kept per case and recipient.</source>
        <translation>По всем возможным именам (%1) решение принято. Решения хранятся для каждого дела и адресата.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="337"/>
        <source>Replace &amp;all undecided</source>
        <translation>Заменить &amp;все нерешённые</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="338"/>
        <source>Replace all undecided names</source>
        <translation>Заменить все нерешённые имена</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="339"/>
        <source>&amp;Save decisions</source>
        <translation>Со&amp;хранить решения</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="340"/>
        <source>Save decisions</source>
        <translation>Сохранить решения</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="341"/>
        <source>Possible names to review</source>
        <translation>Возможные имена для проверки</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="344"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="345"/>
        <source>Keep as written</source>
        <translation>Оставить как написано</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="347"/>
        <source>Replace possible name %1: %2</source>
        <translation>Заменить возможное имя %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="352"/>
        <source>Keep possible name %1: %2</source>
        <translation>Оставить возможное имя %1: %2</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../ui/security_dialogs.py" line="105"/>
        <source>Field security</source>
        <translation>Безопасность в поле</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="106"/>
        <location filename="../../ui/security_dialogs.py" line="109"/>
        <location filename="../../ui/security_dialogs.py" line="110"/>
        <source>Duress passphrase</source>
        <translation>Фраза под принуждением</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="107"/>
        <location filename="../../ui/security_dialogs.py" line="108"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="111"/>
        <source>Repeat it</source>
        <translation>Повторите её</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="112"/>
        <source>Repeat the duress passphrase</source>
        <translation>Повторите фразу под принуждением</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="113"/>
        <source>Using it also destroys this vault, silently</source>
        <translation>Её ввод также незаметно уничтожает это хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="114"/>
        <source>Using it also destroys this vault</source>
        <translation>Её ввод также уничтожает это хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="115"/>
        <source>Set</source>
        <translation>Задать</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="116"/>
        <source>Set the duress passphrase</source>
        <translation>Задать фразу под принуждением</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="117"/>
        <source>Clear</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="118"/>
        <source>Clear the duress passphrase</source>
        <translation>Убрать фразу под принуждением</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="119"/>
        <source>Failed unlocks</source>
        <translation>Неудачные попытки входа</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="120"/>
        <source>Wipe after this many in a row (0: never)</source>
        <translation>Уничтожить после стольких подряд (0 — никогда)</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="121"/>
        <source>Wipe after failed unlocks</source>
        <translation>Уничтожение после неудачных попыток</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="122"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="123"/>
        <source>Save the limit</source>
        <translation>Сохранить предел</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="124"/>
        <source>Recovery shares</source>
        <translation>Доли восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="127"/>
        <source>Shares written on paper give access back if the passphrase is lost. Making new shares ends the ones made before.</source>
        <translation>Доли, записанные на бумаге, возвращают доступ при утрате парольной фразы. Новые доли отменяют созданные ранее.</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="158"/>
        <source>The duress passphrase now opens the decoy vault; open it with that passphrase and fill it with harmless material.</source>
        <translation>Фраза под принуждением теперь открывает подставное хранилище; откройте его этой фразой и наполните безобидными материалами.</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="162"/>
        <source>Using it also destroys this vault, silently.</source>
        <translation>Её ввод также незаметно уничтожает это хранилище.</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="131"/>
        <source>&amp;Make recovery shares…</source>
        <translation>&amp;Создать доли восстановления…</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="132"/>
        <source>Make recovery shares</source>
        <translation>Создать доли восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="133"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="146"/>
        <source>The two duress passphrases differ.</source>
        <translation>Две фразы под принуждением не совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="173"/>
        <source>No duress passphrase opens anything now.</source>
        <translation>Теперь никакая фраза под принуждением ничего не открывает.</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="178"/>
        <source>Wipe after at least 3 failed unlocks (a typo happens).</source>
        <translation>Уничтожать не раньше чем после 3 неудачных попыток (опечатки бывают).</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="187"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../ui/send_dialog.py" line="348"/>
        <source>Send to headquarters</source>
        <translation>Отправка в центральный офис</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="349"/>
        <source>Cases to send: %1</source>
        <translation>Дела для отправки: %1</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="352"/>
        <source>Each case is sealed if it changed, then sent as one encrypted packet that only headquarters can open. A send that is stopped or cut off continues from the outbox.</source>
        <translation>Каждое дело запечатывается, если изменилось, и отправляется одним зашифрованным пакетом, который может открыть только центральный офис. Остановленную или прерванную отправку можно продолжить из исходящих.</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="357"/>
        <source>Destination</source>
        <translation>Место назначения</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="358"/>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="359"/>
        <source>Send the cases</source>
        <translation>Отправить дела</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="360"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="361"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="369"/>
        <source>Add a destination first.</source>
        <translation>Сначала добавьте место назначения.</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="374"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="395"/>
        <source>Stopped. %1 packet(s) not finished: resume them from the outbox.</source>
        <translation>Остановлено. Не завершено пакетов: %1 — продолжите их отправку из исходящих.</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="401"/>
        <source>Sent: %1 packet(s). Headquarters&apos; receipts come later.</source>
        <translation>Отправлено пакетов: %1. Квитанции центрального офиса придут позже.</translation>
    </message>
</context>
<context>
    <name>ShareViewer</name>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="271"/>
        <source>&lt;b&gt;Share %1 of %2.&lt;/b&gt; Any %3 of the %2 shares give access back with a new passphrase if this one is lost. Write this share on its own paper, with the word numbers, and keep each paper in a different place, never with the laptop. It is shown only now and is not stored.</source>
        <translation>&lt;b&gt;Доля %1 из %2.&lt;/b&gt; Любые %3 из %2 долей позволят вернуть доступ с новой парольной фразой, если нынешняя будет утрачена. Запишите эту долю на отдельном листе вместе с номерами слов и храните каждый лист в отдельном месте, никогда — вместе с ноутбуком. Доля показывается только сейчас и нигде не сохраняется.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="280"/>
        <source>Words of the share</source>
        <translation>Слова доли</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="282"/>
        <source>I have written share %1 down</source>
        <translation>Я записал(а) долю %1</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="284"/>
        <source>I have written this share down</source>
        <translation>Я записал(а) эту долю</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="285"/>
        <source>Next share &gt;</source>
        <translation>Следующая доля &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="286"/>
        <source>Next share</source>
        <translation>Следующая доля</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../ui/testimony.py" line="189"/>
        <source>Several names contain “%1”; choose one from the list.</source>
        <translation>«%1» есть в нескольких названиях; выберите одно из списка.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="193"/>
        <source>No name contains “%1”; type part of a name and choose from the list.</source>
        <translation>Нет названия, содержащего «%1»; введите часть названия и выберите из списка.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="236"/>
        <source>Write the date as 09.01.2026, 01.2026, 2026 or 2026-01-09T14:20.</source>
        <translation>Укажите дату так: 09.01.2026, 01.2026, 2026 или 2026-01-09T14:20.</translation>
    </message>
</context>
<context>
    <name>TestimonyDialog</name>
    <message>
        <location filename="../../ui/testimony.py" line="1176"/>
        <location filename="../../ui/testimony.py" line="1352"/>
        <source>New testimony</source>
        <translation>Новые показания</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1177"/>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1178"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1179"/>
        <source>&amp;Store the testimony</source>
        <translation>&amp;Сохранить показания</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1180"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1254"/>
        <source>A new case: %1.</source>
        <translation>Новое дело: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1261"/>
        <source>Added to case %1.</source>
        <translation>Будет добавлено к делу %1.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1265"/>
        <source>The person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1270"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1292"/>
        <source>What was seen and said</source>
        <translation>Что человек видел и рассказал</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1294"/>
        <source>Interview of %1.</source>
        <translation>Опрос от %1.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1298"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1308"/>
        <source>Every other body: not asked, so no consent is recorded.</source>
        <translation>Остальные органы: не спрашивали, поэтому согласие не записывается.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1312"/>
        <source>No body was asked: no consent is recorded.</source>
        <translation>Ни по одному органу не спрашивали: согласие не записывается.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1313"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1320"/>
        <source>A copy without metadata is kept for dossiers.</source>
        <translation>Для досье хранится копия без метаданных.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1324"/>
        <source>No files.</source>
        <translation>Файлов нет.</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1459"/>
        <source>Storing the testimony…</source>
        <translation>Сохранение показаний…</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1479"/>
        <source>Storing %1…</source>
        <translation>Сохранение %1…</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1495"/>
        <source>Some files were not stored</source>
        <translation>Некоторые файлы не сохранены</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1497"/>
        <source>The testimony is stored in %1, but these files are not; add them from the case&apos;s evidence tab:</source>
        <translation>Показания сохранены в деле %1, а эти файлы — нет; добавьте их в разделе «Доказательства» этого дела:</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1530"/>
        <source>Discard this testimony?</source>
        <translation>Отказаться от этих показаний?</translation>
    </message>
    <message>
        <location filename="../../ui/testimony.py" line="1531"/>
        <source>Nothing has been stored yet. Close and lose what you typed?</source>
        <translation>Пока ничего не сохранено. Закрыть и потерять введённое?</translation>
    </message>
</context>
<context>
    <name>TimeLimitBar</name>
    <message>
        <location filename="../../ui/time_limit_bar.py" line="104"/>
        <source>Time limit warning</source>
        <translation>Предупреждение о сроке</translation>
    </message>
    <message>
        <location filename="../../ui/time_limit_bar.py" line="131"/>
        <source>⚠ Time limit for the Court expired: %1. The last day was %2 (%3 days ago).</source>
        <translation>⚠ Срок обращения в Суд истёк: %1. Последний день — %2 (дней назад: %3).</translation>
    </message>
    <message>
        <location filename="../../ui/time_limit_bar.py" line="134"/>
        <source>⚠ Time limit for the Court ends today: %1. The last day is %2.</source>
        <translation>⚠ Срок обращения в Суд истекает сегодня: %1. Последний день — %2.</translation>
    </message>
    <message>
        <location filename="../../ui/time_limit_bar.py" line="136"/>
        <source>⚠ Time limit for the Court: %1. The last day is %2 (days left: %3).</source>
        <translation>⚠ Срок обращения в Суд: %1. Последний день — %2 (осталось дней: %3).</translation>
    </message>
</context>
<context>
    <name>UnfinishedSendNotice</name>
    <message numerus="yes">
        <location filename="../../ui/unfinished_notice.py" line="53"/>
        <source>%n packet(s) to headquarters were not finished: the link dropped or FieldMon closed while sending. What was already written is kept; the outbox resumes after it.</source>
        <translation>
            <numerusform>%n пакет в центральный офис не был отправлен до конца: связь прервалась или FieldMon закрылся во время отправки. Уже записанное сохранено; «Исходящие» продолжат с этого места.</numerusform>
            <numerusform>%n пакета в центральный офис не были отправлены до конца: связь прервалась или FieldMon закрылся во время отправки. Уже записанное сохранено; «Исходящие» продолжат с этого места.</numerusform>
            <numerusform>%n пакетов в центральный офис не были отправлены до конца: связь прервалась или FieldMon закрылся во время отправки. Уже записанное сохранено; «Исходящие» продолжат с этого места.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/unfinished_notice.py" line="60"/>
        <source>Open the outbox</source>
        <translation>Открыть «Исходящие»</translation>
    </message>
    <message>
        <location filename="../../ui/unfinished_notice.py" line="61"/>
        <source>Open the outbox to resume the unfinished packets</source>
        <translation>Открыть «Исходящие», чтобы продолжить отправку незавершённых пакетов</translation>
    </message>
    <message>
        <location filename="../../ui/unfinished_notice.py" line="62"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../ui/unfinished_notice.py" line="63"/>
        <source>Hide the notice of unfinished packets</source>
        <translation>Скрыть уведомление о незавершённых пакетах</translation>
    </message>
</context>
<context>
    <name>UnlockNotices</name>
    <message>
        <location filename="../../ui/unlock.py" line="64"/>
        <source>While the vault was locked</source>
        <translation>Пока хранилище было заперто</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="65"/>
        <source>Please read this before you go on:</source>
        <translation>Прочитайте это, прежде чем продолжить:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="67"/>
        <source>I have read it</source>
        <translation>Прочитано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="75"/>
        <source>Someone typed a wrong passphrase %n time(s) since the vault was last opened. If it was not you, the laptop may have been in other hands.</source>
        <translation>
            <numerusform>С прошлого открытия хранилища неверную парольную фразу вводили %n раз. Если это были не вы, ноутбук мог побывать в чужих руках.</numerusform>
            <numerusform>С прошлого открытия хранилища неверную парольную фразу вводили %n раза. Если это были не вы, ноутбук мог побывать в чужих руках.</numerusform>
            <numerusform>С прошлого открытия хранилища неверную парольную фразу вводили %n раз. Если это были не вы, ноутбук мог побывать в чужих руках.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="83"/>
        <source>The count of wrong passphrases was lowered outside FieldMon since the vault was last opened (it had counted %1, it now says %2). Someone may have tried passphrases and hidden it.</source>
        <translation>Счётчик неверных парольных фраз был уменьшен вне FieldMon с прошлого открытия хранилища (он насчитывал %1, теперь показывает %2). Возможно, кто-то подбирал парольную фразу и скрыл это.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="92"/>
        <source>The record of wrong passphrases in the key header was damaged or replaced outside FieldMon; how many were typed before now is not known.</source>
        <translation>Запись о неверных парольных фразах в заголовке ключа была повреждена или заменена вне FieldMon; сколько их вводили до сих пор, неизвестно.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="98"/>
        <source>The setting that wipes the vault after wrong passphrases was changed outside FieldMon. It is set back to: after %n wrong passphrase(s) in a row.</source>
        <translation>
            <numerusform>Настройка, стирающая хранилище после неверных парольных фраз, была изменена вне FieldMon. Она возвращена к значению: после %n неверной парольной фразы подряд.</numerusform>
            <numerusform>Настройка, стирающая хранилище после неверных парольных фраз, была изменена вне FieldMon. Она возвращена к значению: после %n неверных парольных фраз подряд.</numerusform>
            <numerusform>Настройка, стирающая хранилище после неверных парольных фраз, была изменена вне FieldMon. Она возвращена к значению: после %n неверных парольных фраз подряд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="104"/>
        <source>The setting that wipes the vault after wrong passphrases was changed outside FieldMon. It is set back to: never.</source>
        <translation>Настройка, стирающая хранилище после неверных парольных фраз, была изменена вне FieldMon. Она возвращена к значению: никогда.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="109"/>
        <source>%n key slot(s) of the key header were damaged and have been cleared. If a passphrase or recovery shares no longer open the vault, set them again.</source>
        <translation>
            <numerusform>%n ячейка заголовка ключа была повреждена и очищена. Если парольная фраза или доли восстановления больше не открывают хранилище, задайте их снова.</numerusform>
            <numerusform>%n ячейки заголовка ключа были повреждены и очищены. Если парольная фраза или доли восстановления больше не открывают хранилище, задайте их снова.</numerusform>
            <numerusform>%n ячеек заголовка ключа были повреждены и очищены. Если парольная фраза или доли восстановления больше не открывают хранилище, задайте их снова.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="116"/>
        <source>This vault was upgraded to a new key header, and its database was encrypted again under a new key. Recovery shares made before today no longer open it: destroy them and make new ones (Settings, Field security). A duress passphrase set before no longer opens anything: set it again if you used one.</source>
        <translation>Хранилище переведено на новый заголовок ключа, а его база данных заново зашифрована новым ключом. Доли восстановления, созданные до сегодняшнего дня, больше его не открывают: уничтожьте их и создайте новые (Настройки, Безопасность в поле). Ранее заданная парольная фраза под принуждением больше ничего не открывает: задайте её снова, если пользовались ею.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="204"/>
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="205"/>
        <location filename="../../ui/unlock.py" line="206"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="207"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="208"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="209"/>
        <source>Unlocking</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="210"/>
        <source>Forgot the passphrase? &amp;Recover with shares…</source>
        <translation>Забыли парольную фразу? &amp;Восстановить по долям…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="211"/>
        <source>Recover with shares</source>
        <translation>Восстановить по долям</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="223"/>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="260"/>
        <source>Wrong passphrase: the vault was not opened.</source>
        <translation>Неверная парольная фраза: хранилище не открыто.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="262"/>
        <source>There is no vault in this folder any more.</source>
        <translation>В этой папке больше нет хранилища.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="286"/>
        <source>Try again in %1 s.</source>
        <translation>Повторите попытку через %1 с.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="897"/>
        <source>Verify a dossier</source>
        <translation>Проверка досье</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="898"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="908"/>
        <source>&amp;Choose a PDF…</source>
        <translation>&amp;Выбрать PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="909"/>
        <source>The organisation&apos;s root certificate:</source>
        <translation>Корневой сертификат организации:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="910"/>
        <source>Choose a &amp;root certificate…</source>
        <translation>Выбрать &amp;корневой сертификат…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="911"/>
        <location filename="../../ui/dossier_dialogs.py" line="952"/>
        <source>Choose a root certificate</source>
        <translation>Выберите корневой сертификат</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="912"/>
        <source>Or the &amp;fingerprint it gave you:</source>
        <translation>Или &amp;отпечаток, который она вам дала:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="913"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="915"/>
        <source>64 letters and digits, for example 6986 E7B8 E64C …</source>
        <translation>64 буквы и цифры, например 6986 E7B8 E64C …</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="917"/>
        <source>Verification result</source>
        <translation>Результат проверки</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="931"/>
        <source>The signer is checked against the fingerprint you typed.</source>
        <translation>Подписавший сверяется с отпечатком, который вы ввели.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="933"/>
        <source>The signer is checked against the root certificate %1.</source>
        <translation>Подписавший сверяется с корневым сертификатом %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="937"/>
        <source>The signer is checked against this vault&apos;s organisation root.</source>
        <translation>Подписавший сверяется с корневым сертификатом организации этого хранилища.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="940"/>
        <source>The signer is checked against nothing yet: choose a root certificate or type a fingerprint, or the signer stays unverified.</source>
        <translation>Подписавшего пока не с чем сверить: выберите корневой сертификат или введите отпечаток, иначе подписавший останется непроверенным.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1012"/>
        <source>the PDF has no signature</source>
        <translation>в PDF нет подписи</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1014"/>
        <source>the signed bytes were changed after signing</source>
        <translation>подписанные байты изменены после подписания</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1017"/>
        <source>content was added after the signature</source>
        <translation>после подписи добавлено содержимое</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1020"/>
        <source>the signer&apos;s certificate was not issued by this vault&apos;s organisation</source>
        <translation>сертификат подписавшего выдан не организацией этого хранилища</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1022"/>
        <source>the signer&apos;s certificate was not issued by the root you gave</source>
        <translation>сертификат подписавшего выдан не тем корневым сертификатом, который вы указали</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1025"/>
        <source>the signer&apos;s certificate does not have the fingerprint you typed</source>
        <translation>отпечаток сертификата подписавшего не совпадает с тем, который вы ввели</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1027"/>
        <source>the evidence manifest is missing</source>
        <translation>перечень доказательств отсутствует</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1029"/>
        <source>the evidence manifest cannot be read</source>
        <translation>перечень доказательств не читается</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1032"/>
        <source>the manifest names another signer&apos;s certificate</source>
        <translation>в перечне указан сертификат другого подписавшего</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1053"/>
        <source>NOT VALID: the file holds no signature that can be checked</source>
        <translation>НЕДЕЙСТВИТЕЛЕН: в файле нет подписи, которую можно проверить</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1054"/>
        <source>CHANGED AFTER SIGNING: this is not the document that was signed</source>
        <translation>ИЗМЕНЁН ПОСЛЕ ПОДПИСАНИЯ: это не тот документ, который был подписан</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1056"/>
        <source>CHANGED AFTER SIGNING: content was added after the signature</source>
        <translation>ИЗМЕНЁН ПОСЛЕ ПОДПИСАНИЯ: после подписи добавлено содержимое</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1058"/>
        <source>NOT VALID: the attached annexes do not match the signed manifest</source>
        <translation>НЕДЕЙСТВИТЕЛЕН: приложения не соответствуют подписанному перечню доказательств</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1061"/>
        <source>Signature valid, but the signer is NOT TRUSTED: the certificate is not the one whose fingerprint you typed, nor issued by it</source>
        <translation>Подпись действительна, но подписавшему НЕТ ДОВЕРИЯ: это не тот сертификат, чей отпечаток вы ввели, и он не выдан им</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1066"/>
        <source>Signature valid, but the signer is NOT TRUSTED: the certificate was not issued by the root certificate you chose</source>
        <translation>Подпись действительна, но подписавшему НЕТ ДОВЕРИЯ: сертификат выдан не тем корневым сертификатом, который вы выбрали</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1071"/>
        <source>Signature valid, but the signer is NOT TRUSTED: the certificate was not issued by this vault&apos;s organisation root</source>
        <translation>Подпись действительна, но подписавшему НЕТ ДОВЕРИЯ: сертификат выдан не корневым сертификатом организации этого хранилища</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1090"/>
        <source>VALID AND TRUSTED: signed by a certificate of this vault&apos;s organisation</source>
        <translation>ДЕЙСТВИТЕЛЕН, ДОВЕРИЕ ПОДТВЕРЖДЕНО: подписан сертификатом организации этого хранилища</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1148"/>
        <source>Signed at: %1 (as stated by the signer&apos;s computer)</source>
        <translation>Подписано: %1 (по часам компьютера подписавшего)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1153"/>
        <source>Integrity: intact: not one byte changed since it was signed</source>
        <translation>Целостность: не изменён ни один байт с момента подписания</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1156"/>
        <source>Integrity: the signed part is intact, but content was added after it</source>
        <translation>Целостность: подписанная часть цела, но после неё добавлено содержимое</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1159"/>
        <source>Integrity: BROKEN: the document was changed after it was signed</source>
        <translation>Целостность: НАРУШЕНА: документ изменён после подписания</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1094"/>
        <source>Trust: not assessed, since the document was changed after signing</source>
        <translation>Доверие: не оценивалось, так как документ изменён после подписания</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="902"/>
        <source>Drop a signed PDF here, or choose one. A signature shows whether the document changed; who signed it is shown only by checking the signer&apos;s certificate against what the monitor&apos;s organisation gave you: its root certificate, or a fingerprint.</source>
        <translation>Перетащите сюда подписанный PDF или выберите его. Подпись показывает, менялся ли документ; кто его подписал, видно только после сверки сертификата подписавшего с тем, что вам дала организация монитора: с её корневым сертификатом или с отпечатком.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1076"/>
        <source>The document has not been changed since it was signed, but nothing shows WHO signed it. Compare this fingerprint with the one the monitor&apos;s organisation gave you: %1</source>
        <translation>Документ не изменялся с момента подписания, но ничто не показывает, КТО его подписал. Сравните этот отпечаток с тем, который вам дала организация монитора: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1082"/>
        <source>VALID AND TRUSTED: signed by the certificate whose fingerprint you typed, or one it issued</source>
        <translation>ДЕЙСТВИТЕЛЕН, ДОВЕРИЕ ПОДТВЕРЖДЕНО: подписан сертификатом, чей отпечаток вы ввели, или выданным им</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1087"/>
        <source>VALID AND TRUSTED: signed by a certificate issued by the root certificate you chose</source>
        <translation>ДЕЙСТВИТЕЛЕН, ДОВЕРИЕ ПОДТВЕРЖДЕНО: подписан сертификатом, выданным выбранным вами корневым сертификатом</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1097"/>
        <source>Trust: NOT CHECKED: nothing shows who signed it. Choose the organisation&apos;s root certificate, or type the fingerprint it gave you</source>
        <translation>Доверие: НЕ ПРОВЕРЕНО: ничто не показывает, кто подписал. Выберите корневой сертификат организации или введите отпечаток, который она вам дала</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1101"/>
        <source>Trust: checked against the fingerprint you typed: %1</source>
        <translation>Доверие: сверено с отпечатком, который вы ввели: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1106"/>
        <source>Trust: NOT TRUSTED: you typed %1; the signer&apos;s certificate is %2</source>
        <translation>Доверие: НЕТ: вы ввели %1, а у сертификата подписавшего %2</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1111"/>
        <source>Trust: the signer&apos;s certificate was issued by the root you chose</source>
        <translation>Доверие: сертификат подписавшего выдан выбранным вами корневым сертификатом</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1114"/>
        <source>Trust: NOT TRUSTED: the certificate was not issued by the root you chose</source>
        <translation>Доверие: НЕТ: сертификат выдан не выбранным вами корневым сертификатом</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1118"/>
        <source>Trust: the signer&apos;s certificate was issued by this vault&apos;s organisation root</source>
        <translation>Доверие: сертификат подписавшего выдан корневым сертификатом организации этого хранилища</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1121"/>
        <source>Trust: NOT TRUSTED: the certificate was not issued by this vault&apos;s organisation root</source>
        <translation>Доверие: НЕТ: сертификат выдан не корневым сертификатом организации этого хранилища</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1134"/>
        <source>Signer, as the certificate names it (anyone can make a certificate with any name): %1</source>
        <translation>Подписавший, как его называет сертификат (любой может сделать сертификат на любое имя): %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1137"/>
        <source>Fingerprint of the signer&apos;s certificate (SHA-256): %1</source>
        <translation>Отпечаток сертификата подписавшего (SHA-256): %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1143"/>
        <source>Issued by a certificate carried in the file, named %1, fingerprint %2</source>
        <translation>Выдан сертификатом, вложенным в файл, по имени %1, отпечаток %2</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1166"/>
        <source>Manifest: matches: %1 annex file(s), each with the SHA-256 taken at collection</source>
        <translation>Перечень доказательств: совпадает: файлов приложений — %1, у каждого SHA-256, снятый при получении</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1170"/>
        <source>Manifest: DOES NOT MATCH</source>
        <translation>Перечень доказательств: НЕ СОВПАДАЕТ</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1175"/>
        <source>Verdict: VALID</source>
        <translation>Итог: ДЕЙСТВИТЕЛЕН</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1177"/>
        <source>Verdict: SIGNER UNVERIFIED (the document itself is unchanged)</source>
        <translation>Итог: ПОДПИСАВШИЙ НЕ ПРОВЕРЕН (сам документ не изменён)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="1002"/>
        <location filename="../../ui/dossier_dialogs.py" line="1179"/>
        <source>Verdict: NOT VALID</source>
        <translation>Итог: НЕДЕЙСТВИТЕЛЕН</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="899"/>
        <location filename="../../ui/dossier_dialogs.py" line="946"/>
        <source>Choose a PDF</source>
        <translation>Выберите PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="987"/>
        <source>Checking %1…</source>
        <translation>Проверка %1…</translation>
    </message>
</context>
<context>
    <name>WorkProgress</name>
    <message>
        <location filename="../../ui/send_dialog.py" line="91"/>
        <source>S&amp;top</source>
        <translation>Ос&amp;тановить</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="92"/>
        <source>Stop after the part being written</source>
        <translation>Остановить после записываемой части</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="93"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../ui/send_dialog.py" line="115"/>
        <source>Stopping after the part being written…</source>
        <translation>Остановка после записываемой части…</translation>
    </message>
</context>
<context>
    <name>_CreatingPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="549"/>
        <location filename="../../ui/unlock.py" line="551"/>
        <source>Creating the vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="550"/>
        <source>This takes a few seconds.</source>
        <translation>Это займёт несколько секунд.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="560"/>
        <source>Creating the vault and your signing keys…</source>
        <translation>Создание хранилища и ваших ключей подписи…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="562"/>
        <source>Making the recovery shares…</source>
        <translation>Создание долей восстановления…</translation>
    </message>
</context>
<context>
    <name>_IdentityPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="374"/>
        <source>Who signs</source>
        <translation>Кто подписывает</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="377"/>
        <source>Your name and organisation appear in the custody log and on the signed dossiers. A pseudonym agreed with your organisation is fine.</source>
        <translation>Ваше имя и организация указываются в журнале цепочки хранения и в подписанных досье. Можно использовать псевдоним, согласованный с вашей организацией.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="382"/>
        <source>Your &amp;name</source>
        <translation>&amp;Ваше имя</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="384"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="385"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="387"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
</context>
<context>
    <name>_LanguagePage</name>
    <message>
        <location filename="../../ui/unlock.py" line="314"/>
        <source>Welcome to FieldMon</source>
        <translation>Добро пожаловать в FieldMon</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="317"/>
        <source>FieldMon keeps your documentation in an encrypted vault on this computer. First, choose the language of the interface.</source>
        <translation>FieldMon хранит вашу документацию в зашифрованном хранилище на этом компьютере. Сначала выберите язык интерфейса.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="321"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="323"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../ui/unlock.py" line="342"/>
        <source>Choose a passphrase</source>
        <translation>Выберите парольную фразу</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="345"/>
        <source>It opens the vault; nobody, not even FieldMon&apos;s makers, can recover it for you. Several uncommon words are strong and easy to remember.</source>
        <translation>Она открывает хранилище; никто, даже разработчики FieldMon, не сможет восстановить её для вас. Несколько редких слов — это надёжно и легко запоминается.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="150"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="152"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="153"/>
        <source>&amp;Repeat it</source>
        <translation>По&amp;вторите её</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="156"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="158"/>
        <location filename="../../ui/recovery_dialogs.py" line="159"/>
        <source>Strength</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="181"/>
        <source>Too short: %1 characters; a vault needs at least %2. Several uncommon words are easy to remember and hard to guess.</source>
        <translation>Слишком короткая: %1 симв.; нужно не меньше %2. Несколько редких слов легко запомнить и трудно подобрать.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="190"/>
        <source>It starts or ends with a space, which is easy to mistype.</source>
        <translation>Начинается или заканчивается пробелом — его легко пропустить при вводе.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="194"/>
        <source>This passphrase is published in FieldMon&apos;s documentation; use it only for the demo vault (fieldmon demo).</source>
        <translation>Эта парольная фраза опубликована в документации FieldMon; используйте её только для демонстрационного хранилища (fieldmon demo).</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="200"/>
        <source>Too predictable: it is built from names, places, slogans, years or case references that an adversary in the region would try first. Add several uncommon words of your own.</source>
        <translation>Слишком предсказуемо: фраза составлена из имён, названий мест, лозунгов, годов или номеров дел, которые противник в регионе попробует первыми. Добавьте несколько своих редких слов.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="206"/>
        <source>Too easy to guess: it follows a common pattern or word. Add more uncommon words.</source>
        <translation>Слишком легко подобрать: это распространённое слово или шаблон. Добавьте редкие слова.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="211"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="217"/>
        <source>Strong enough.</source>
        <translation>Достаточно надёжная.</translation>
    </message>
</context>
<context>
    <name>_ShareBox</name>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="574"/>
        <source>Share &amp;%1</source>
        <translation>Доля &amp;%1</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="575"/>
        <source>Share %1</source>
        <translation>Доля %1</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="582"/>
        <source>%1 of %2 words</source>
        <translation>%1 из %2 слов</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="589"/>
        <source>Share %1 is empty.</source>
        <translation>Доля %1 не заполнена.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="592"/>
        <source>Share %1 is not valid: word %2 is not a share word.</source>
        <translation>Доля %1 недействительна: слово %2 не входит в словарь долей.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="598"/>
        <source>Share %1 is not valid: it has %2 words; a share has %3.</source>
        <translation>Доля %1 недействительна: слов в ней — %2, а должно быть %3.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="605"/>
        <source>Share %1 is not valid: a word is mistyped (its check does not match).</source>
        <translation>Доля %1 недействительна: в одном из слов опечатка (не совпадает контрольная сумма).</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="608"/>
        <source>Share %1 belongs to another set of shares than share 1.</source>
        <translation>Доля %1 относится к другому набору, чем доля 1.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialogs.py" line="613"/>
        <source>Share %1 is the same share as share %2.</source>
        <translation>Доля %1 совпадает с долей %2.</translation>
    </message>
</context>
<context>
    <name>_SharesChoicePage</name>
    <message>
        <location filename="../../ui/unlock.py" line="495"/>
        <source>Recovery shares</source>
        <translation>Доли восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="498"/>
        <source>If the passphrase is ever lost, recovery shares give access back: any chosen number of them set a new passphrase. You write them on paper on the next page; they are never stored.</source>
        <translation>Если парольная фраза будет утрачена, доли восстановления вернут доступ: заданного числа долей достаточно, чтобы установить новую парольную фразу. Вы запишете их на бумаге на следующей странице; они нигде не сохраняются.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="505"/>
        <source>Keep each share in a different place, with people you trust, never with the laptop. Fewer shares than needed reveal nothing. You can make shares again later in Settings → Field security.</source>
        <translation>Храните каждую долю в отдельном месте, у людей, которым доверяете, и никогда — вместе с ноутбуком. Меньшее число долей, чем нужно, ничего не раскрывает. Позже доли можно создать заново: Настройки → Безопасность.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="510"/>
        <source>&amp;Make recovery shares (recommended)</source>
        <translation>Со&amp;здать доли восстановления (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="511"/>
        <source>Make recovery shares</source>
        <translation>Создать доли восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="512"/>
        <source>&amp;Shares to make</source>
        <translation>&amp;Число долей</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="514"/>
        <source>Shares to make</source>
        <translation>Число долей</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="515"/>
        <source>Shares &amp;needed to recover</source>
        <translation>Нужно для &amp;восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="517"/>
        <source>Shares needed to recover</source>
        <translation>Сколько долей нужно для восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="518"/>
        <source>&amp;Create the vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
</context>
<context>
    <name>_SharesPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="585"/>
        <source>Write down your recovery shares</source>
        <translation>Запишите доли восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="586"/>
        <source>&amp;Open the vault</source>
        <translation>&amp;Открыть хранилище</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../../ui/outbox_view.py" line="37"/>
        <source>queued</source>
        <translation>в очереди</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="38"/>
        <source>sending</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="39"/>
        <source>sent</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="40"/>
        <source>acknowledged</source>
        <translation>подтверждён</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="41"/>
        <source>imported</source>
        <translation>принят</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="42"/>
        <source>duplicate</source>
        <translation>повтор</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="43"/>
        <source>fork: both versions kept</source>
        <translation>расхождение: сохранены обе версии</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="44"/>
        <source>waiting for an earlier packet</source>
        <translation>ждёт более раннего пакета</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="45"/>
        <source>quarantined</source>
        <translation>в карантине</translation>
    </message>
</context>
</TS>
