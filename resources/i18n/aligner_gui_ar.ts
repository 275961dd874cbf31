<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../aligner_gui/ui/keys.py" line="104" />
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="62" />
        <source>Toggle reason {number}</source>
        <translation>تبديل السبب {number}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="70" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="71" />
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="73" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="75" />
        <source>&amp;Review</source>
        <translation>&amp;مراجعة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="85" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="89" />
        <source>&amp;Settings</source>
        <translation>&amp;إعدادات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="90" />
        <source>&amp;Keys…</source>
        <translation>&amp;المفاتيح…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="91" />
        <source>&amp;Reasons…</source>
        <translation>&amp;الأسباب…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="92" />
        <source>Reviewer &amp;name…</source>
        <translation>ا&amp;سم المراجِع…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="93" />
        <source>&amp;Language</source>
        <translation>اللغ&amp;ة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="97" />
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="98" />
        <source>&amp;About aligner_gui</source>
        <translation>&amp;حول aligner_gui</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="153" />
        <source>reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="155" />
        <source>leave editor</source>
        <translation>مغادرة المحرر</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="189" />
        <source>{count} unsaved edits were recovered</source>
        <translation>استُعيدت {count} تعديلات لم تُحفظ</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="207" />
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="207" />
        <source>aligner projects (*.aligner);;All files (*)</source>
        <translation>مشاريع aligner (*.aligner);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="213" />
        <source>Cannot open project</source>
        <translation>تعذّر فتح المشروع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="216" />
        <source>no project</source>
        <translation>لا مشروع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="223" />
        <source>{done} / {total} reviewed · {session} this session ({rate:.0f} per hour) · {reviewer}</source>
        <translation>روجع {done} من {total} · {session} في هذه الجلسة ({rate:.0f} في الساعة) · {reviewer}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="242" />
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="242" />
        <source>One reason per line, as: code = label</source>
        <translation>سبب في كل سطر، بالشكل: الرمز = الوصف</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="258" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="258" />
        <source>The new language applies when aligner_gui is started again.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل aligner_gui من جديد.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="263" />
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="274" />
        <source>About aligner_gui</source>
        <translation>حول aligner_gui</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="275" />
        <source>aligner_gui {version}
Review and curate rewrites of Arabic pretraining text.</source>
        <translation>aligner_gui {version}
مراجعة إعادات صياغة نصوص التدريب المسبق العربية وتنقيحها.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/app.py" line="80" />
        <location filename="../../aligner_gui/ui/main_window.py" line="263" />
        <source>Your name, as recorded with each decision:</source>
        <translation>اسمك كما يُسجَّل مع كل قرار:</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <location filename="../../aligner_gui/ui/queue_model.py" line="19" />
        <source>pending</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue_model.py" line="20" />
        <source>accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue_model.py" line="21" />
        <source>edited</source>
        <translation>معدّلة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue_model.py" line="22" />
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue_model.py" line="23" />
        <source>skipped</source>
        <translation>مؤجّلة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue_model.py" line="24" />
        <source>no rewrite</source>
        <translation>بلا إعادة صياغة</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../aligner_gui/ui/queue_model.py" line="47" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue_model.py" line="48" />
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue_model.py" line="49" />
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue_model.py" line="50" />
        <source>Length</source>
        <translation>الطول</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue_model.py" line="51" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue_model.py" line="52" />
        <source>Passage</source>
        <translation>الفقرة</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../aligner_gui/ui/queue_panel.py" line="58" />
        <source>All states</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue_panel.py" line="64" />
        <source>Search (tashkeel ignored)…</source>
        <translation>بحث (التشكيل مُهمَل)…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue_panel.py" line="105" />
        <source>Any reason</source>
        <translation>أي سبب</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue_panel.py" line="109" />
        <source>Any reviewer</source>
        <translation>أي مراجِع</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../aligner_gui/ui/review_panel.py" line="28" />
        <source>harmful content left</source>
        <translation>بقي محتوى ضار</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_panel.py" line="29" />
        <source>knowledge lost</source>
        <translation>ضاعت معلومات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_panel.py" line="30" />
        <source>facts changed or invented</source>
        <translation>حقائق مغيّرة أو مختلقة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_panel.py" line="31" />
        <source>formatting</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_panel.py" line="32" />
        <source>translated or language drift</source>
        <translation>ترجمة أو انحراف عن اللغة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_panel.py" line="33" />
        <source>truncated</source>
        <translation>مبتورة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_panel.py" line="34" />
        <source>repetition</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_panel.py" line="35" />
        <source>dialect flattened</source>
        <translation>طُمست اللهجة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_panel.py" line="36" />
        <source>other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../aligner_gui/ui/review_controller.py" line="116" />
        <source>Recovered an unsaved edit from {time}</source>
        <translation>استُعيد تعديل لم يُحفظ من {time}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_controller.py" line="127" />
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_controller.py" line="130" />
        <source>Passage {uid} · {source} · {chars} characters · rewrite: {origin} · your decision: {state}</source>
        <translation>الفقرة {uid} · {source} · {chars} حرفًا · إعادة الصياغة: {origin} · قرارك: {state}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_controller.py" line="154" />
        <source>Final text (editing — Ctrl+Enter saves, Esc leaves)</source>
        <translation>النص النهائي (تحرير — Ctrl+Enter للحفظ، Esc للخروج)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_controller.py" line="156" />
        <source>Final text (changed)</source>
        <translation>النص النهائي (معدَّل)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_controller.py" line="158" />
        <source>Rewrite</source>
        <translation>إعادة الصياغة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_controller.py" line="266" />
        <source>No change at the cursor: use [ and ] to move between changes</source>
        <translation>لا تغيير عند المؤشر: استعمل [ و ] للتنقل بين التغييرات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_controller.py" line="290" />
        <source>This passage has no rewrite to judge yet</source>
        <translation>لا إعادة صياغة لهذه الفقرة بعد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_controller.py" line="317" />
        <source>That was the last passage in this list</source>
        <translation>هذه آخر فقرة في القائمة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_controller.py" line="341" />
        <source>Nothing to undo</source>
        <translation>لا شيء للتراجع عنه</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_controller.py" line="349" />
        <source>Undone: {decision} on passage {id}</source>
        <translation>تم التراجع عن: {decision} في الفقرة {id}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_controller.py" line="356" />
        <source>Nothing to redo</source>
        <translation>لا شيء لإعادته</translation>
    </message>
</context>
<context>
    <name>ReviewKeys</name>
    <message>
        <location filename="../../aligner_gui/ui/keys.py" line="35" />
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/keys.py" line="36" />
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/keys.py" line="37" />
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/keys.py" line="38" />
        <source>Save edit</source>
        <translation>حفظ التعديل</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/keys.py" line="39" />
        <source>Leave editor</source>
        <translation>مغادرة المحرر</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/keys.py" line="40" />
        <source>Skip</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/keys.py" line="41" />
        <source>Next passage</source>
        <translation>الفقرة التالية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/keys.py" line="42" />
        <source>Previous passage</source>
        <translation>الفقرة السابقة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/keys.py" line="43" />
        <source>Next change</source>
        <translation>التغيير التالي</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/keys.py" line="44" />
        <source>Previous change</source>
        <translation>التغيير السابق</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/keys.py" line="45" />
        <source>Revert or take this change</source>
        <translation>إرجاع هذا التغيير أو أخذه</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/keys.py" line="46" />
        <source>Start from the original</source>
        <translation>البدء من النص الأصلي</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/keys.py" line="47" />
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/keys.py" line="48" />
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/keys.py" line="49" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/keys.py" line="50" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/keys.py" line="51" />
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/keys.py" line="52" />
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../aligner_gui/ui/review_panel.py" line="71" />
        <source>Discard recovered edit</source>
        <translation>تجاهل التعديل المستعاد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_panel.py" line="78" />
        <source>Raw passage</source>
        <translation>النص الخام</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_panel.py" line="79" />
        <source>Rewrite</source>
        <translation>إعادة الصياغة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_panel.py" line="86" />
        <source>Ignore diacritics and tatweel</source>
        <translation>تجاهل التشكيل والتطويل</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_panel.py" line="87" />
        <source>Ignore white space</source>
        <translation>تجاهل المسافات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_panel.py" line="100" />
        <source>Note (optional)</source>
        <translation>ملاحظة (اختيارية)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_panel.py" line="105" />
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_panel.py" line="106" />
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_panel.py" line="107" />
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_panel.py" line="108" />
        <source>Save edit</source>
        <translation>حفظ التعديل</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_panel.py" line="109" />
        <source>Skip</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review_panel.py" line="185" />
        <source>{count} changes</source>
        <translation>{count} تغييرات</translation>
    </message>
</context>
</TS>