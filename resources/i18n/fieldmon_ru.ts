<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../ui/cases.py" line="107"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="107"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="107"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="107"/>
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../ui/cases.py" line="182"/>
        <source>Search names, places, narratives…</source>
        <translation>Поиск по именам, местам, показаниям…</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="183"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="187"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="192"/>
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="193"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="194"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="194"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="194"/>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="195"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="196"/>
        <source>&amp;New case</source>
        <translation>Новое &amp;дело</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="197"/>
        <location filename="../../ui/cases.py" line="250"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="198"/>
        <source>&amp;Delete case</source>
        <translation>&amp;Удалить дело</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="199"/>
        <source>Delete the selected case</source>
        <translation>Удалить выбранное дело</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="267"/>
        <location filename="../../ui/cases.py" line="279"/>
        <source>Delete case</source>
        <translation>Удалить дело</translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="268"/>
        <source>Delete %1 and every record and file in it? This cannot be undone.</source>
        <translation>Удалить дело %1 со всеми его записями и файлами? Это действие нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="109"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="110"/>
        <source>Save the case</source>
        <translation>Сохранить дело</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="111"/>
        <source>S&amp;eal</source>
        <translation>&amp;Запечатать</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="112"/>
        <source>Seal the case as a new version</source>
        <translation>Запечатать дело как новую версию</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="113"/>
        <source>E&amp;xport dossier…</source>
        <translation>&amp;Экспорт досье…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="114"/>
        <source>Export a signed dossier</source>
        <translation>Экспортировать подписанное досье</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="116"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="118"/>
        <source>Events and acts</source>
        <translation>События и действия</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="121"/>
        <source>Medical</source>
        <translation>Медицина</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="123"/>
        <source>Remedies and interventions</source>
        <translation>Средства защиты и обращения</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="124"/>
        <source>History and custody</source>
        <translation>История и хранение</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="145"/>
        <source>Unsaved work</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="146"/>
        <source>There is unsaved work on this case from %1. Continue with it?</source>
        <translation>По этому делу есть несохранённые изменения от %1. Продолжить работу с ними?</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="194"/>
        <source>Unsaved changes (kept as an encrypted draft).</source>
        <translation>Несохранённые изменения (хранятся как зашифрованный черновик).</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="218"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="272"/>
        <source>Sealed as version %1.</source>
        <translation>Запечатано как версия %1.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="276"/>
        <source>Nothing changed since version %1.</source>
        <translation>С версии %1 ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="298"/>
        <source>No case open.</source>
        <translation>Дело не открыто.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence.py" line="85"/>
        <source>Files of the selected evidence record. Drop files here or add them; they are stored encrypted.</source>
        <translation>Файлы выбранной записи о доказательстве. Перетащите файлы сюда или добавьте их; они хранятся в зашифрованном виде.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="91"/>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="92"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="93"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="94"/>
        <source>Bytes</source>
        <translation>Байт</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="95"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="98"/>
        <source>Stored files</source>
        <translation>Сохранённые файлы</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="99"/>
        <source>Add file…</source>
        <translation>Добавить файл…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="100"/>
        <source>Add a file to this evidence record</source>
        <translation>Добавить файл к этой записи о доказательстве</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="101"/>
        <source>View</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="102"/>
        <source>View the selected file</source>
        <translation>Просмотреть выбранный файл</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="103"/>
        <source>Extract…</source>
        <translation>Извлечь…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="104"/>
        <source>Extract the selected file</source>
        <translation>Извлечь выбранный файл</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="105"/>
        <source>Storing</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="140"/>
        <source>Add a file</source>
        <translation>Добавить файл</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="153"/>
        <source>Storing %1…</source>
        <translation>Сохранение %1…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="163"/>
        <source>Stored %1, SHA-256 %2.</source>
        <translation>Сохранён файл %1, SHA-256 %2.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="205"/>
        <source>Extract to</source>
        <translation>Куда извлечь</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="214"/>
        <source>Extracted to %1.</source>
        <translation>Извлечено в %1.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="100"/>
        <source>Export a signed dossier: %1</source>
        <translation>Экспорт подписанного досье: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="101"/>
        <source>&amp;Recipient</source>
        <translation>&amp;Адресат</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="103"/>
        <source>Recipient</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="104"/>
        <source>&amp;Language of the dossier</source>
        <translation>&amp;Язык досье</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="106"/>
        <source>Language of the dossier</source>
        <translation>Язык досье</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="107"/>
        <source>How each person will appear, from their consent:</source>
        <translation>Как будет указано каждое лицо в соответствии с его согласием:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="109"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="109"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="109"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="109"/>
        <source>Shown as</source>
        <translation>Указано как</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="111"/>
        <source>How each person will appear</source>
        <translation>Как будет указано каждое лицо</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="112"/>
        <source>&amp;Write and sign…</source>
        <translation>&amp;Создать и подписать…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="113"/>
        <source>Write and sign the dossier</source>
        <translation>Записать и подписать досье</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="114"/>
        <source>Show the &amp;file</source>
        <translation>Показать &amp;файл</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="115"/>
        <source>Show the file</source>
        <translation>Показать файл</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="116"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="117"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="126"/>
        <source>full name</source>
        <translation>полное имя</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="127"/>
        <source>initials</source>
        <translation>инициалы</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="128"/>
        <source>pseudonym</source>
        <translation>псевдоним</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="129"/>
        <source>not named</source>
        <translation>не называется</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="165"/>
        <source>Save the dossier</source>
        <translation>Сохранить досье</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="177"/>
        <source>Sealing, laying out and signing…</source>
        <translation>Запечатывание, вёрстка и подписание…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="189"/>
        <source>Signed dossier written to %1 (SHA-256 %2).</source>
        <translation>Подписанное досье записано в %1 (SHA-256 %2).</translation>
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
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Respondent State</source>
        <translation>Государство-ответчик</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Summary</source>
        <translation>Краткое изложение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Other names</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Counted as</source>
        <translation>Единица учёта</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Group size</source>
        <translation>Численность группы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Date precision</source>
        <translation>Точность даты</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Type of place</source>
        <translation>Тип места</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Detention type</source>
        <translation>Вид лишения свободы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Legal basis given</source>
        <translation>Указанное правовое основание</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Reason given</source>
        <translation>Указанная причина</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Access to a lawyer</source>
        <translation>Доступ к адвокату</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Access to family</source>
        <translation>Доступ к семье</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Access to a doctor</source>
        <translation>Доступ к врачу</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Family notified</source>
        <translation>Семья уведомлена</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Whereabouts known</source>
        <translation>Местонахождение известно</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Released</source>
        <translation>Дата освобождения</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Apparent purpose</source>
        <translation>Очевидная цель</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Statements signed</source>
        <translation>Подписание показаний</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Medical attention</source>
        <translation>Медицинская помощь</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Perpetrator</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Degree of involvement</source>
        <translation>Степень причастности</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Perpetrator type</source>
        <translation>Категория исполнителя</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Interviewee</source>
        <translation>Опрошенное лицо</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Interviewers</source>
        <translation>Опрос провели</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Also present</source>
        <translation>Также присутствовали</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Narrative</source>
        <translation>Текст показаний</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Recipient</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>May be named by</source>
        <translation>Раскрытие личности</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Recorded by</source>
        <translation>Кем зафиксировано</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Explained</source>
        <translation>Разъяснено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Withdrawn on</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Clinician</source>
        <translation>Врач</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Overall assessment</source>
        <translation>Общая оценка</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Location on the body</source>
        <translation>Локализация на теле</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Alleged method</source>
        <translation>Предполагаемый метод</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Consistency</source>
        <translation>Соответствие</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Source type</source>
        <translation>Тип источника</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Collected by</source>
        <translation>Кем получено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Collected</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Final</source>
        <translation>Окончательное</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Instrument</source>
        <translation>Международный договор</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Acts</source>
        <translation>Действия</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Persons</source>
        <translation>Лица</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Perpetrators involved</source>
        <translation>Причастные исполнители</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Interviews</source>
        <translation>Опросы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Medical evaluations</source>
        <translation>Медицинские освидетельствования</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Findings</source>
        <translation>Данные осмотра</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Domestic remedies</source>
        <translation>Внутренние средства правовой защиты</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Violations</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Interventions</source>
        <translation>Обращения</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../ui/forms.py" line="110"/>
        <source>2026, 2026-01, 2026-01-09 or 2026-01-09T14:20</source>
        <translation>2026, 2026-01, 2026-01-09 или 2026-01-09T14:20</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="113"/>
        <source>separate with ;</source>
        <translation>разделяйте знаком ;</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="115"/>
        <source>Half-checked means unknown</source>
        <translation>Частичная отметка означает «неизвестно»</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="204"/>
        <source>Required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="206"/>
        <source>Use 2026, 2026-01, 2026-01-09 or 2026-01-09T14:20.</source>
        <translation>Используйте формат 2026, 2026-01, 2026-01-09 или 2026-01-09T14:20.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="208"/>
        <source>A whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <location filename="../../ui/evidence.py" line="264"/>
        <source>This kind of file cannot be shown here.</source>
        <translation>Файлы этого типа нельзя показать здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="266"/>
        <source>File content</source>
        <translation>Содержимое файла</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="271"/>
        <source>File details</source>
        <translation>Сведения о файле</translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="286"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/unlock.py" line="333"/>
        <source>Create your vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="334"/>
        <source>&amp;Create the vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="335"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="336"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="339"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="340"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="341"/>
        <source>Create the vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="337"/>
        <location filename="../../ui/unlock.py" line="342"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="359"/>
        <source>Creating the vault and your signing keys…</source>
        <translation>Создание хранилища и ваших ключей подписи…</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/case_view.py" line="335"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="335"/>
        <source>Sealed</source>
        <translation>Запечатано</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="335"/>
        <source>By</source>
        <translation>Кем</translation>
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
        <translation>Запечатанные версии</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="340"/>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="341"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="342"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="343"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="347"/>
        <source>Custody log</source>
        <translation>Журнал цепочки хранения</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="348"/>
        <source>Selected version</source>
        <translation>Выбранная версия</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="372"/>
        <source>not sealed yet</source>
        <translation>ещё не запечатана</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="378"/>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="379"/>
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="380"/>
        <source>file stored</source>
        <translation>файл сохранён</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="381"/>
        <source>viewed</source>
        <translation>просмотрено</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="382"/>
        <source>file extracted</source>
        <translation>файл извлечён</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="383"/>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="384"/>
        <source>sealed</source>
        <translation>запечатано</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="385"/>
        <source>exported</source>
        <translation>экспортировано</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="386"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../ui/security_dialogs.py" line="170"/>
        <source>Log of this session (kept in memory only)</source>
        <translation>Журнал этого сеанса (только в памяти)</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="171"/>
        <source>Log of this session</source>
        <translation>Журнал этого сеанса</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="172"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="133"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="134"/>
        <source>&amp;New case</source>
        <translation>&amp;Новое дело</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="135"/>
        <source>&amp;Save case</source>
        <translation>&amp;Сохранить дело</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="136"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="137"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>&amp;Wipe the vault now… (or hold Ctrl+Shift+Delete)</source>
        <translation>&amp;Уничтожить хранилище… (или удерживать Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="139"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="140"/>
        <source>&amp;Verify a dossier…</source>
        <translation>&amp;Проверить досье…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="141"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="142"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="143"/>
        <source>&amp;Auto-lock</source>
        <translation>&amp;Автоблокировка</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="145"/>
        <source>After %1 minute(s) without input</source>
        <translation>Через %1 мин. без действий</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="146"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="147"/>
        <source>&amp;About FieldMon</source>
        <translation>&amp;О программе FieldMon</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="148"/>
        <source>Field &amp;security…</source>
        <translation>&amp;Безопасность…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="149"/>
        <source>Session &amp;log…</source>
        <translation>&amp;Журнал сеанса…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="227"/>
        <source>Wipe the vault</source>
        <translation>Уничтожить хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="229"/>
        <source>Destroy the vault now? Nothing in it can be recovered afterwards, not with the passphrase and not with recovery shares.</source>
        <translation>Уничтожить хранилище сейчас? После этого ничего из него нельзя восстановить — ни парольной фразой, ни долями восстановления.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="276"/>
        <source>About FieldMon</source>
        <translation>О программе FieldMon</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="278"/>
        <source>FieldMon %1: documentation of torture and arbitrary detention, kept in an encrypted vault, exported as signed dossiers.</source>
        <translation>FieldMon %1: документирование пыток и произвольных задержаний; материалы хранятся в зашифрованном хранилище и экспортируются в виде подписанных досье.</translation>
    </message>
</context>
<context>
    <name>RecordListEditor</name>
    <message>
        <location filename="../../ui/forms.py" line="388"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="389"/>
        <source>Add to %1</source>
        <translation>Добавить в список «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="390"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="391"/>
        <source>Remove from %1</source>
        <translation>Удалить из списка «%1»</translation>
    </message>
</context>
<context>
    <name>RecoverySharesDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="412"/>
        <location filename="../../ui/unlock.py" line="422"/>
        <source>Recovery shares</source>
        <translation>Доли восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="415"/>
        <source>If the passphrase is ever lost, any %1 of these %2 shares give access back (fieldmon recover). Write each on its own paper and keep them in different places, never with the laptop. They are shown only now and are not stored.</source>
        <translation>Если парольная фраза будет утеряна, любые %1 из этих %2 долей вернут доступ (fieldmon recover). Запишите каждую на отдельном листе и храните в разных местах, никогда вместе с ноутбуком. Они показываются только сейчас и нигде не сохраняются.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="423"/>
        <location filename="../../ui/unlock.py" line="424"/>
        <source>I have written them down</source>
        <translation>Я их записал(а)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="425"/>
        <location filename="../../ui/unlock.py" line="426"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../ui/security_dialogs.py" line="93"/>
        <source>Field security</source>
        <translation>Безопасность в поле</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="94"/>
        <location filename="../../ui/security_dialogs.py" line="97"/>
        <location filename="../../ui/security_dialogs.py" line="98"/>
        <source>Duress passphrase</source>
        <translation>Фраза под принуждением</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="95"/>
        <location filename="../../ui/security_dialogs.py" line="96"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="99"/>
        <source>Repeat it</source>
        <translation>Повторите её</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="100"/>
        <source>Repeat the duress passphrase</source>
        <translation>Повторите фразу под принуждением</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="101"/>
        <source>Using it also destroys the real vault, silently</source>
        <translation>Её ввод также незаметно уничтожает настоящее хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="102"/>
        <source>Using it also destroys the real vault</source>
        <translation>Её ввод уничтожает настоящее хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="103"/>
        <source>Set</source>
        <translation>Задать</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="104"/>
        <source>Set the duress passphrase</source>
        <translation>Задать фразу под принуждением</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="105"/>
        <source>Clear</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="106"/>
        <source>Clear the duress passphrase</source>
        <translation>Убрать фразу под принуждением</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="107"/>
        <source>Failed unlocks</source>
        <translation>Неудачные попытки входа</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="108"/>
        <source>Wipe after this many in a row (0: never)</source>
        <translation>Уничтожить после стольких подряд (0 — никогда)</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="109"/>
        <source>Wipe after failed unlocks</source>
        <translation>Уничтожение после неудачных попыток</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="110"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="111"/>
        <source>Save the limit</source>
        <translation>Сохранить предел</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="112"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="120"/>
        <source>The two duress passphrases differ.</source>
        <translation>Две фразы под принуждением не совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="131"/>
        <source>The duress passphrase now opens an empty decoy vault.</source>
        <translation>Фраза под принуждением теперь открывает пустое подставное хранилище.</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="141"/>
        <source>No duress passphrase opens anything now.</source>
        <translation>Теперь никакая фраза под принуждением ничего не открывает.</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="146"/>
        <source>Wipe after at least 3 failed unlocks (a typo happens).</source>
        <translation>Уничтожать не раньше чем после 3 неудачных попыток (опечатки бывают).</translation>
    </message>
    <message>
        <location filename="../../ui/security_dialogs.py" line="149"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="87"/>
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="88"/>
        <location filename="../../ui/unlock.py" line="89"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="90"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="91"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="92"/>
        <source>Unlocking</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="109"/>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="140"/>
        <source>Wrong passphrase: the vault was not opened.</source>
        <translation>Неверная парольная фраза: хранилище не открыто.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="142"/>
        <source>Try again in %1 s.</source>
        <translation>Повторите попытку через %1 с.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="235"/>
        <source>Verify a dossier</source>
        <translation>Проверка досье</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="236"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="240"/>
        <source>Drop a signed PDF here, or choose one. It is checked against this vault&apos;s organisation root.</source>
        <translation>Перетащите сюда подписанный PDF или выберите файл. Он проверяется по корневому сертификату организации этого хранилища.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="244"/>
        <source>&amp;Choose a PDF…</source>
        <translation>&amp;Выбрать PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="245"/>
        <source>Verification result</source>
        <translation>Результат проверки</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="286"/>
        <source>Signer: %1</source>
        <translation>Подписал: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="287"/>
        <source>Certificate: SHA-256 %1</source>
        <translation>Сертификат: SHA-256 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="288"/>
        <source>Signed at: %1 (as stated by the signer&apos;s computer)</source>
        <translation>Подписано: %1 (по часам компьютера подписавшего)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="293"/>
        <source>Integrity: intact: not one byte changed since it was signed</source>
        <translation>Целостность: не изменён ни один байт с момента подписания</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="296"/>
        <source>Integrity: the signed part is intact, but content was added after it</source>
        <translation>Целостность: подписанная часть цела, но после неё добавлено содержимое</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="299"/>
        <source>Integrity: BROKEN: the document was changed after it was signed</source>
        <translation>Целостность: НАРУШЕНА: документ изменён после подписания</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="303"/>
        <source>Trust: the signer&apos;s certificate was issued by this vault&apos;s organisation root</source>
        <translation>Доверие: сертификат подписавшего выдан корневым сертификатом организации этого хранилища</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="309"/>
        <source>Trust: NOT TRUSTED: the certificate was not issued by this vault&apos;s organisation root</source>
        <translation>Доверие: НЕТ: сертификат выдан не корневым сертификатом организации этого хранилища</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="316"/>
        <source>Manifest: matches: %1 annex file(s), each with the SHA-256 taken at collection</source>
        <translation>Перечень доказательств: совпадает: файлов приложений — %1, у каждого SHA-256, снятый при получении</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="320"/>
        <source>Manifest: DOES NOT MATCH</source>
        <translation>Перечень доказательств: НЕ СОВПАДАЕТ</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="322"/>
        <source>Verdict: VALID</source>
        <translation>Итог: ДЕЙСТВИТЕЛЕН</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="322"/>
        <source>Verdict: NOT VALID</source>
        <translation>Итог: НЕДЕЙСТВИТЕЛЕН</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="237"/>
        <location filename="../../ui/dossier_dialogs.py" line="254"/>
        <source>Choose a PDF</source>
        <translation>Выберите PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="273"/>
        <source>Checking %1…</source>
        <translation>Проверка %1…</translation>
    </message>
</context>
<context>
    <name>_IdentityPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="286"/>
        <source>Who signs</source>
        <translation>Кто подписывает</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="289"/>
        <source>Your name and organisation appear in the custody log and on the signed dossiers. A pseudonym agreed with your organisation is fine.</source>
        <translation>Ваше имя и организация указываются в журнале цепочки хранения и в подписанных досье. Можно использовать псевдоним, согласованный с вашей организацией.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="294"/>
        <source>Your &amp;name</source>
        <translation>&amp;Ваше имя</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="296"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="297"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="299"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
</context>
<context>
    <name>_LanguagePage</name>
    <message>
        <location filename="../../ui/unlock.py" line="170"/>
        <source>Welcome to FieldMon</source>
        <translation>Добро пожаловать в FieldMon</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="173"/>
        <source>FieldMon keeps your documentation in an encrypted vault on this computer. First, choose the language of the interface.</source>
        <translation>FieldMon хранит вашу документацию в зашифрованном хранилище на этом компьютере. Сначала выберите язык интерфейса.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="177"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="179"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../ui/unlock.py" line="214"/>
        <source>Choose a passphrase</source>
        <translation>Выберите парольную фразу</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="217"/>
        <source>It opens the vault; nobody, not even FieldMon&apos;s makers, can recover it for you. Several uncommon words are strong and easy to remember.</source>
        <translation>Она открывает хранилище; никто, даже разработчики FieldMon, не сможет восстановить её для вас. Несколько редких слов — это надёжно и легко запоминается.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="222"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="224"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="225"/>
        <source>&amp;Repeat it</source>
        <translation>По&amp;вторите её</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="227"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="228"/>
        <location filename="../../ui/unlock.py" line="229"/>
        <source>Strength</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="246"/>
        <source>Too short: %1 characters; a vault needs at least %2. Several uncommon words are easy to remember and hard to guess.</source>
        <translation>Слишком короткая: %1 симв.; нужно не меньше %2. Несколько редких слов легко запомнить и трудно подобрать.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="253"/>
        <source>It starts or ends with a space, which is easy to mistype.</source>
        <translation>Начинается или заканчивается пробелом — его легко пропустить при вводе.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="255"/>
        <source>Too easy to guess: it follows a common pattern or word. Add more uncommon words.</source>
        <translation>Слишком легко подобрать: это распространённое слово или шаблон. Добавьте редкие слова.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="258"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="264"/>
        <source>Strong enough.</source>
        <translation>Достаточно надёжная.</translation>
    </message>
</context>
</TS>
