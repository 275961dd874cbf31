<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="52" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="53" />
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="58" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="62" />
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="63" />
        <source>&amp;About aligner_gui</source>
        <translation>&amp;حول aligner_gui</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="89" />
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="89" />
        <source>aligner projects (*.aligner);;All files (*)</source>
        <translation>مشاريع aligner (*.aligner);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="95" />
        <source>Cannot open project</source>
        <translation>تعذّر فتح المشروع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="104" />
        <source>no project</source>
        <translation>لا مشروع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="113" />
        <source>{passages} passages · {with_rewrite} with a rewrite · {done} reviewed</source>
        <translation>{passages} فقرة · {with_rewrite} لها إعادة صياغة · {done} روجعت</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="121" />
        <source>About aligner_gui</source>
        <translation>حول aligner_gui</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="122" />
        <source>aligner_gui {version}
Review and curate rewrites of Arabic pretraining text.</source>
        <translation>aligner_gui {version}
مراجعة إعادات صياغة نصوص التدريب المسبق العربية وتنقيحها.</translation>
    </message>
</context>
<context>
    <name>PassageTableModel</name>
    <message>
        <location filename="../../aligner_gui/ui/passage_table.py" line="35" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/passage_table.py" line="36" />
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/passage_table.py" line="37" />
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/passage_table.py" line="38" />
        <source>Length</source>
        <translation>الطول</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/passage_table.py" line="39" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/passage_table.py" line="40" />
        <source>Passage</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/passage_table.py" line="43" />
        <location filename="../../aligner_gui/ui/passage_table.py" line="44" />
        <source>pending</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/passage_table.py" line="45" />
        <source>accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/passage_table.py" line="46" />
        <source>edited</source>
        <translation>معدّلة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/passage_table.py" line="47" />
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/passage_table.py" line="48" />
        <source>skipped</source>
        <translation>مؤجّلة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/passage_table.py" line="50" />
        <source>no rewrite</source>
        <translation>بلا إعادة صياغة</translation>
    </message>
</context>
<context>
    <name>PassageView</name>
    <message>
        <location filename="../../aligner_gui/ui/passage_view.py" line="38" />
        <source>Raw passage</source>
        <translation>النص الخام</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/passage_view.py" line="39" />
        <source>Rewrite</source>
        <translation>إعادة الصياغة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/passage_view.py" line="60" />
        <source>No rewrite yet</source>
        <translation>لا توجد إعادة صياغة بعد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/passage_view.py" line="61" />
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/passage_view.py" line="66" />
        <source>Passage {uid} · source {source} · {chars} characters · rewrite: {origin}</source>
        <translation>الفقرة {uid} · المصدر {source} · {chars} حرفًا · إعادة الصياغة: {origin}</translation>
    </message>
</context>
</TS>