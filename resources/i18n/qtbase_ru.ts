<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Russian for strings of Qt 6 that the qtbase_ru.qm PySide6 ships lacks (it predates them).
     Loaded by ui/i18n.py after Qt's own file, so these win; everything else comes from Qt's. -->
<TS version="2.1" language="ru">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
</TS>
