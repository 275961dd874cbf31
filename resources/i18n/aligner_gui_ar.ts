<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BulkDecider</name>
    <message>
        <location filename="../../aligner_gui/ui/bulk/decider.py" line="84"/>
        <source>Recording the bulk decision…</source>
        <translation>جارٍ تسجيل القرار الجماعي…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/bulk/decider.py" line="90"/>
        <source>Nothing to decide: every passage chosen is decided already</source>
        <translation>لا شيء للبت فيه: كل الفقرات المختارة بُتَّ فيها من قبل</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/bulk/decider.py" line="94"/>
        <source>{count} passages accepted in bulk; Undo takes them all back</source>
        <translation>قُبلت {count} فقرة دفعة واحدة؛ التراجع يعيدها كلها</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/bulk/decider.py" line="96"/>
        <source>{count} passages rejected in bulk; Undo takes them all back</source>
        <translation>رُفضت {count} فقرة دفعة واحدة؛ التراجع يعيدها كلها</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/bulk/decider.py" line="111"/>
        <source>Bulk decision undone: {count} passages are pending again</source>
        <translation>تم التراجع عن القرار الجماعي: عادت {count} فقرة إلى الانتظار</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../../aligner_gui/ui/bulk/dialog.py" line="32"/>
        <source>Accept in bulk</source>
        <translation>قبول جماعي</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/bulk/dialog.py" line="32"/>
        <source>Reject in bulk</source>
        <translation>رفض جماعي</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/bulk/dialog.py" line="34"/>
        <source>The {count} passages selected in the list</source>
        <translation>الفقرات المحددة في القائمة ({count})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/bulk/dialog.py" line="37"/>
        <source>Every passage in the list as filtered ({count})</source>
        <translation>كل فقرات القائمة بعد التصفية ({count})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/bulk/dialog.py" line="41"/>
        <source>Counting…</source>
        <translation>جارٍ العد…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/bulk/dialog.py" line="46"/>
        <source>Only passages with a rewrite that nobody has decided are recorded, each as an ordinary decision by you, marked as bulk. Passages already decided keep their decision. One Undo takes the whole batch back.</source>
        <translation>لا يُسجَّل القرار إلا للفقرات التي لها إعادة صياغة ولم يبتّ فيها أحد، لكل منها قرار عادي باسمك موسوم بأنه جماعي. الفقرات التي بُتّ فيها تحتفظ بقرارها. تراجع واحد يعيد الدفعة كلها.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/bulk/dialog.py" line="77"/>
        <source>accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/bulk/dialog.py" line="77"/>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/bulk/dialog.py" line="79"/>
        <source>{touched} passages will be {verb}; {decided} already decided are left alone.</source>
        <translation>ستكون {touched} فقرة {verb}؛ وتبقى {decided} فقرة بُتّ فيها على حالها.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/bulk/dialog.py" line="83"/>
        <source>Accept {count}</source>
        <translation>قبول {count}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/bulk/dialog.py" line="83"/>
        <source>Reject {count}</source>
        <translation>رفض {count}</translation>
    </message>
</context>
<context>
    <name>CandidateController</name>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/candidates.py" line="57"/>
        <source>Save or discard your edit before {what}</source>
        <translation>احفظ تعديلك أو تخلَّ عنه قبل {what}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/candidates.py" line="65"/>
        <source>regenerating</source>
        <translation>توليد مرشَّح جديد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/candidates.py" line="70"/>
        <source>Choose a model in the Rewriter panel first</source>
        <translation>اختر نموذجًا في لوحة مُعيد الكتابة أولًا</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/candidates.py" line="73"/>
        <source>The rewriter is busy with a job: cancel it or wait for it to finish</source>
        <translation>مُعيد الكتابة مشغول بمهمة: ألغِها أو انتظر انتهاءها</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/candidates.py" line="82"/>
        <source>New candidate (being written — Esc stops it)</source>
        <translation>مرشَّح جديد (قيد الكتابة — Esc يوقفه)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/candidates.py" line="113"/>
        <source>stopped</source>
        <translation>أُوقف</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/candidates.py" line="114"/>
        <source>No new candidate: {reason}</source>
        <translation>لا مرشَّح جديد: {reason}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/candidates.py" line="117"/>
        <source>New candidate saved for passage {id}</source>
        <translation>حُفظ مرشَّح جديد للفقرة {id}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/candidates.py" line="120"/>
        <source>New candidate saved: C and Shift+C switch between candidates</source>
        <translation>حُفظ مرشَّح جديد: C و Shift+C للتنقل بين المرشَّحين</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/candidates.py" line="139"/>
        <source>switching candidates</source>
        <translation>التنقل بين المرشَّحين</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/candidates.py" line="144"/>
        <source>This passage has only one candidate: G writes another</source>
        <translation>لهذه الفقرة مرشَّح واحد فقط: G يكتب آخر</translation>
    </message>
</context>
<context>
    <name>DecisionLog</name>
    <message>
        <location filename="../../aligner_gui/ui/review/decisions.py" line="89"/>
        <source>This passage has no rewrite to judge yet</source>
        <translation>لا إعادة صياغة لهذه الفقرة بعد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/decisions.py" line="120"/>
        <source>That was the last passage in this list</source>
        <translation>هذه آخر فقرة في القائمة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/decisions.py" line="126"/>
        <source>Nothing to undo</source>
        <translation>لا شيء للتراجع عنه</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/decisions.py" line="131"/>
        <source>Undone: {decision} on passage {id}</source>
        <translation>تم التراجع عن: {decision} في الفقرة {id}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/decisions.py" line="138"/>
        <source>Nothing to redo</source>
        <translation>لا شيء لإعادته</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/decisions.py" line="210"/>
        <source>{count} decisions are not saved yet ({reason}); trying again in a few seconds</source>
        <translation>{count} من القرارات لم تُحفظ بعد ({reason})؛ ستُعاد المحاولة بعد ثوانٍ</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/decisions.py" line="244"/>
        <source>Not saved: {reason}. The passage is back on screen to decide again.</source>
        <translation>لم يُحفظ: {reason}. أُعيدت الفقرة إلى الشاشة لتقرر فيها من جديد.</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <location filename="../../aligner_gui/ui/demo_project.py" line="39"/>
        <source>The demo project could not be opened ({reason}); it is kept as {name} and a new one was made</source>
        <translation>تعذّر فتح المشروع التجريبي ({reason})؛ حُفظ باسم {name} وأُنشئ مشروع جديد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/demo_project.py" line="66"/>
        <location filename="../../aligner_gui/ui/demo_project.py" line="82"/>
        <source>Reset demo project</source>
        <translation>إعادة تعيين المشروع التجريبي</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/demo_project.py" line="67"/>
        <source>The demo project was not reset: {reason}</source>
        <translation>لم يُعَد تعيين المشروع التجريبي: {reason}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/demo_project.py" line="73"/>
        <source>A new demo project is open; your earlier decisions are kept in {name}</source>
        <translation>فُتح مشروع تجريبي جديد؛ قراراتك السابقة محفوظة في {name}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/demo_project.py" line="83"/>
        <source>Start the demo afresh? Your decisions and edits on it are set aside in a backup, {name}, in {folder}.</source>
        <translation>أتبدأ المشروع التجريبي من جديد؟ ستُنحّى قراراتك وتعديلاتك عليه جانبًا في نسخة احتياطية، {name}، في {folder}.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/demo_project.py" line="91"/>
        <source>Reset</source>
        <translation>إعادة التعيين</translation>
    </message>
</context>
<context>
    <name>EditBuffer</name>
    <message>
        <location filename="../../aligner_gui/ui/review/editing.py" line="143"/>
        <source>No change at the cursor: use [ and ] to move between changes</source>
        <translation>لا تغيير عند المؤشر: استعمل [ و ] للتنقل بين التغييرات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/editing.py" line="189"/>
        <source>Your edit is not saved yet: {reason}</source>
        <translation>لم يُحفظ تعديلك بعد: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="39"/>
        <source>Fine-tuning (sft): raw and final text as a conversation</source>
        <translation>ضبط دقيق (sft): النص الخام والنص النهائي في صورة محادثة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="40"/>
        <source>Pretraining (pretrain): the final texts</source>
        <translation>تدريب مسبق (pretrain): النصوص النهائية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="41"/>
        <source>Preferences (dpo): the edit or candidate kept over the other</source>
        <translation>تفضيلات (dpo): التعديل أو المرشح المختار على غيره</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="42"/>
        <source>Desirable or not (kto): accepted and rejected</source>
        <translation>مرغوب أو غير مرغوب (kto): المقبول والمرفوض</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="46"/>
        <source>train</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="47"/>
        <source>validation</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="58"/>
        <source>Export from {name}</source>
        <translation>تصدير من {name}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="65"/>
        <source>a new or empty folder</source>
        <translation>مجلد جديد أو فارغ</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="66"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="77"/>
        <source>Worst first</source>
        <translation>الأسوأ أولًا</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="78"/>
        <source>Rows ordered by the reviewed rewrite&apos;s worst automatic flag</source>
        <translation>ترتيب الصفوف حسب أسوأ علامة تلقائية على إعادة الصياغة المراجَعة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="83"/>
        <source>The prompt each rewrite was made with</source>
        <translation>التعليمات التي كُتبت بها كل إعادة صياغة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="89"/>
        <source>Pretraining: add this share of the passages&apos; original raw texts, marked</source>
        <translation>للتدريب المسبق: أضف هذه النسبة من النصوص الخام الأصلية للفقرات، موسومة بذلك</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="91"/>
        <source>no Parquet</source>
        <translation>بلا Parquet</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="92"/>
        <source>Pretraining: also write Parquet shards of this many rows</source>
        <translation>للتدريب المسبق: اكتب أيضًا أجزاء Parquet بهذا العدد من الصفوف</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="94"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="95"/>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="96"/>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="97"/>
        <source>Automatic flags</source>
        <translation>العلامات التلقائية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="98"/>
        <source>System message</source>
        <translation>رسالة النظام</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="99"/>
        <source>Validation share</source>
        <translation>نسبة التحقق</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="100"/>
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="101"/>
        <source>Raw texts mixed in</source>
        <translation>نسبة النصوص الخام المضافة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="102"/>
        <source>Parquet shard rows</source>
        <translation>صفوف كل جزء Parquet</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="108"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="110"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="112"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="141"/>
        <source>Export into</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="149"/>
        <source>Choose a folder to export into</source>
        <translation>اختر مجلدًا للتصدير إليه</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="174"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="181"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="194"/>
        <source>Cancelled: nothing was written</source>
        <translation>أُلغي: لم يُكتب شيء</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="198"/>
        <source>{split}: {count} rows</source>
        <translation>{split}: {count} صفًا</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="204"/>
        <source>Exported {passages} reviewed passages into {folder}: {rows}</source>
        <translation>صُدِّرت {passages} من الفقرات المراجَعة إلى {folder}: {rows}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="215"/>
        <source>Not exported: {reason}</source>
        <translation>لم يُصدَّر: {reason}</translation>
    </message>
</context>
<context>
    <name>FlagChecker</name>
    <message>
        <location filename="../../aligner_gui/ui/flags/checker.py" line="68"/>
        <source>Checking rewrites for automatic flags: {done} of {total}</source>
        <translation>فحص إعادات الصياغة بحثًا عن العلامات التلقائية: {done} من {total}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/flags/checker.py" line="75"/>
        <source>Automatic flags checked: {flagged} of {checked} rewrites flagged</source>
        <translation>اكتمل فحص العلامات التلقائية: {flagged} من {checked} إعادة صياغة عليها علامات</translation>
    </message>
</context>
<context>
    <name>FlagStrip</name>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="68"/>
        <source>Automatic flags (hints, not decisions):</source>
        <translation>علامات تلقائية (تنبيهات لا قرارات):</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="14"/>
        <source>repetition</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="15"/>
        <source>several outputs</source>
        <translation>أكثر من ناتج</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="16"/>
        <source>commentary</source>
        <translation>تعليق موجّه</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="17"/>
        <source>language drift</source>
        <translation>انحراف اللغة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="18"/>
        <source>truncated</source>
        <translation>مبتورة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="19"/>
        <source>much shorter</source>
        <translation>أقصر بكثير</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="20"/>
        <source>much longer</source>
        <translation>أطول بكثير</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="21"/>
        <source>numbers changed</source>
        <translation>أرقام تغيّرت</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="22"/>
        <source>names changed</source>
        <translation>أسماء تغيّرت</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="23"/>
        <source>spam left in</source>
        <translation>بقايا إعلانات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="24"/>
        <source>dialect changed</source>
        <translation>اللهجة تغيّرت</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="25"/>
        <source>invisible characters</source>
        <translation>محارف خفية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="26"/>
        <source>wrapped in quotes</source>
        <translation>بين علامتي تنصيص</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="30"/>
        <source>A repeated word, phrase or line makes up much of the rewrite.</source>
        <translation>كلمة أو عبارة أو سطر مكرر يشغل جزءًا كبيرًا من إعادة الصياغة.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="31"/>
        <source>The answer holds more than one rewrite.</source>
        <translation>الإجابة تحوي أكثر من إعادة صياغة.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="32"/>
        <source>The model talks to the user: a lead-in, a note or a label.</source>
        <translation>النموذج يخاطب المستخدم: مقدمة أو ملاحظة أو عنوان.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="33"/>
        <source>The rewrite is less Arabic than the source.</source>
        <translation>نصيب العربية في إعادة الصياغة أقل منه في الأصل.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="34"/>
        <source>The rewrite stops before its end.</source>
        <translation>إعادة الصياغة تنقطع قبل نهايتها.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="35"/>
        <source>Much shorter than the source: knowledge may be lost.</source>
        <translation>أقصر بكثير من الأصل: قد تضيع معلومات.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="36"/>
        <source>Much longer than the source: content may be invented.</source>
        <translation>أطول بكثير من الأصل: قد يكون فيها محتوى مختلق.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="37"/>
        <source>Numbers or dates of the source changed or dropped.</source>
        <translation>أرقام الأصل أو تواريخه تغيّرت أو حُذفت.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="38"/>
        <source>Latin-script names or links of the source changed or dropped.</source>
        <translation>أسماء الأصل المكتوبة بالحروف اللاتينية أو روابطه تغيّرت أو حُذفت.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="39"/>
        <source>Links, e-mail addresses, phone numbers or spam left in.</source>
        <translation>بقيت روابط أو عناوين بريد أو أرقام هواتف أو إعلانات.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="40"/>
        <source>Dialect words of the source are gone: for you to judge.</source>
        <translation>اختفت كلمات اللهجة التي في الأصل: والحكم لك.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="41"/>
        <source>Invisible or direction-control characters in the rewrite.</source>
        <translation>محارف خفية أو محارف تحكم بالاتجاه في إعادة الصياغة.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="42"/>
        <source>Quotes wrapped around the whole rewrite.</source>
        <translation>علامتا تنصيص تحيطان بإعادة الصياغة كلها.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="46"/>
        <source>for you to judge</source>
        <translation>الحكم لك</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="47"/>
        <source>often wrong</source>
        <translation>خطأ في الغالب</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="48"/>
        <source>likely wrong</source>
        <translation>خطأ على الأرجح</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="69"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="75"/>
        <source>Any flags</source>
        <translation>أي علامات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="76"/>
        <source>Flagged</source>
        <translation>عليها علامات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_labels.py" line="77"/>
        <source>Not flagged</source>
        <translation>بلا علامات</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="50"/>
        <source>Import passages into {name}</source>
        <translation>استيراد مقاطع إلى {name}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="55"/>
        <source>Add &amp;files…</source>
        <translation>&amp;إضافة ملفات…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="57"/>
        <source>Add a f&amp;older of .txt files…</source>
        <translation>إضافة م&amp;جلد من ملفات txt…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="59"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="67"/>
        <source>From the file name</source>
        <translation>حسب اسم الملف</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="74"/>
        <source>cp1256 is Windows Arabic; the same as aligner import --encoding</source>
        <translation>ترميز cp1256 هو العربية في ويندوز؛ وهذا الخيار هو نفسه ‎--encoding‎ في aligner import</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="76"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="77"/>
        <source>Text field:</source>
        <translation>حقل النص:</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="78"/>
        <source>Id field:</source>
        <translation>حقل المعرّف:</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="79"/>
        <source>Rewrite field:</source>
        <translation>حقل إعادة الصياغة:</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="80"/>
        <source>Encoding:</source>
        <translation>الترميز:</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="91"/>
        <source>Problems found in the files are listed here.</source>
        <translation>تُسرد هنا المشكلات التي وُجدت في الملفات.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="92"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="95"/>
        <source>&amp;Stop</source>
        <translation>إ&amp;يقاف</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="97"/>
        <source>&amp;Close</source>
        <translation>إغ&amp;لاق</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="105"/>
        <source>Files to import:</source>
        <translation>الملفات المراد استيرادها:</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="116"/>
        <source>found by itself</source>
        <translation>يُكتشف تلقائيًا</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="145"/>
        <source>Files to import</source>
        <translation>ملفات للاستيراد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="147"/>
        <source>Passages ({patterns});;All files (*)</source>
        <translation>مقاطع ({patterns});;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="152"/>
        <source>A folder of .txt files</source>
        <translation>مجلد من ملفات txt</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="179"/>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="191"/>
        <source>Stopping after the passages being written…</source>
        <translation>سيتوقف بعد حفظ المقاطع الجارية كتابتها…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="217"/>
        <source>{file}: not begun</source>
        <translation>{file}: لم يبدأ استيراده</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="218"/>
        <source>{file}: {imported} imported, {duplicates} duplicates, {errors} errors</source>
        <translation>{file}: المستورد {imported}، المكرر {duplicates}، الأخطاء {errors}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="226"/>
        <source>(carried on after line {line}, where it stopped)</source>
        <translation>(تابع بعد السطر {line}، حيث توقف)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="228"/>
        <source>(changed since it stopped: read from the start)</source>
        <translation>(تغيّر الملف منذ توقف استيراده: قُرئ من بدايته)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="239"/>
        <source>Imported {imported} passages ({rewrites} rewrites), {duplicates} duplicates, {errors} errors.</source>
        <translation>المقاطع المستوردة: {imported} (وإعادات الصياغة: {rewrites})، المكررة: {duplicates}، الأخطاء: {errors}.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="251"/>
        <source>The first {shown} problems are listed; all are kept in the project.</source>
        <translation>سُردت أول {shown} مشكلة فقط، وكلها محفوظة في المشروع.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="258"/>
        <source>Stopped: importing the same files again carries on where it stopped.</source>
        <translation>توقف الاستيراد: استيراد الملفات نفسها مرة أخرى يكمل من حيث توقف.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="260"/>
        <source>The import could not run: {reason}</source>
        <translation>تعذّر الاستيراد: {reason}</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="109"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="115"/>
        <source>Toggle reason {number}</source>
        <translation>تبديل السبب {number}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="123"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="124"/>
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="125"/>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="126"/>
        <source>&amp;Import passages…</source>
        <translation>ا&amp;ستيراد مقاطع…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="127"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="129"/>
        <source>&amp;Reset demo project…</source>
        <translation>&amp;إعادة تعيين المشروع التجريبي…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="132"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="134"/>
        <source>&amp;Review</source>
        <translation>&amp;مراجعة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="154"/>
        <source>Accept in &amp;bulk…</source>
        <translation>قبول &amp;جماعي…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="155"/>
        <source>Reject in b&amp;ulk…</source>
        <translation>رفض ج&amp;ماعي…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="157"/>
        <source>Re&amp;write</source>
        <translation>إعادة ال&amp;كتابة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="159"/>
        <source>Rewriter &amp;panel</source>
        <translation>&amp;لوحة مُعيد الكتابة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="164"/>
        <source>Edit &amp;prompts…</source>
        <translation>تحرير الت&amp;عليمات…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="166"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="170"/>
        <source>&amp;Settings</source>
        <translation>&amp;إعدادات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="171"/>
        <source>&amp;Keys…</source>
        <translation>&amp;المفاتيح…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="172"/>
        <source>&amp;Reasons…</source>
        <translation>&amp;الأسباب…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="173"/>
        <source>&amp;Flag thresholds…</source>
        <translation>&amp;عتبات العلامات…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="174"/>
        <source>Reviewer &amp;name…</source>
        <translation>ا&amp;سم المراجِع…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="175"/>
        <source>&amp;Language</source>
        <translation>اللغ&amp;ة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="179"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="180"/>
        <source>&amp;About aligner_gui</source>
        <translation>&amp;حول aligner_gui</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="229"/>
        <source>reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="231"/>
        <source>leave editor</source>
        <translation>مغادرة المحرر</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="265"/>
        <source>Upgrading the project from an older version…</source>
        <translation>جارٍ ترقية المشروع من إصدار أقدم…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="287"/>
        <source>Project upgraded; the old file is kept as {name}</source>
        <translation>رُقّي المشروع، وحُفظ الملف القديم باسم {name}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="294"/>
        <source>{count} unsaved edits were recovered</source>
        <translation>استُعيدت {count} تعديلات لم تُحفظ</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="314"/>
        <source>Decisions not saved</source>
        <translation>قرارات لم تُحفظ</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="315"/>
        <source>{count} decisions could not be saved to {name}; the status bar said why.</source>
        <translation>تعذّر حفظ {count} من القرارات في {name}؛ وقد ذكر شريط الحالة السبب.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="326"/>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="326"/>
        <source>aligner projects (*.aligner);;All files (*)</source>
        <translation>مشاريع aligner (*.aligner);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="332"/>
        <location filename="../../aligner_gui/ui/main_window.py" line="417"/>
        <source>Cannot open project</source>
        <translation>تعذّر فتح المشروع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="337"/>
        <location filename="../../aligner_gui/ui/main_window.py" line="348"/>
        <location filename="../../aligner_gui/ui/main_window.py" line="356"/>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="339"/>
        <source>aligner projects (*.aligner)</source>
        <translation>مشاريع aligner (*.aligner)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="349"/>
        <source>{path} already exists. Open it with File ▸ Open project.</source>
        <translation>الملف {path} موجود من قبل. افتحه من ملف ◂ فتح مشروع.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="365"/>
        <location filename="../../aligner_gui/ui/main_window.py" line="388"/>
        <source>Open or create a project first</source>
        <translation>افتح مشروعًا أو أنشئ واحدًا أولًا</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/demo_project.py" line="51"/>
        <location filename="../../aligner_gui/ui/main_window.py" line="374"/>
        <source>An import into {name} is still running</source>
        <translation>ما زال الاستيراد إلى {name} جاريًا</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="404"/>
        <source>{count} passages imported</source>
        <translation>المقاطع المستوردة: {count}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="423"/>
        <source>no project</source>
        <translation>لا مشروع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="425"/>
        <source>{name} (read-only)</source>
        <translation>{name} (للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="434"/>
        <source>{done} / {total} reviewed · {session} this session ({rate:.0f} per hour) · {reviewer}</source>
        <translation>روجع {done} من {total} · {session} في هذه الجلسة ({rate:.0f} في الساعة) · {reviewer}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="438"/>
        <source>{count} not saved yet</source>
        <translation>{count} لم تُحفظ بعد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="457"/>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="457"/>
        <source>One reason per line, as: code = label</source>
        <translation>سبب في كل سطر، بالشكل: الرمز = الوصف</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="471"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="471"/>
        <source>The new language applies when aligner_gui is started again.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل aligner_gui من جديد.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="476"/>
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="487"/>
        <source>About aligner_gui</source>
        <translation>حول aligner_gui</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="488"/>
        <source>aligner_gui {version}
Review and curate rewrites of Arabic pretraining text.</source>
        <translation>aligner_gui {version}
مراجعة إعادات صياغة نصوص التدريب المسبق العربية وتنقيحها.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/app.py" line="88"/>
        <location filename="../../aligner_gui/ui/main_window.py" line="476"/>
        <source>Your name, as recorded with each decision:</source>
        <translation>اسمك كما يُسجَّل مع كل قرار:</translation>
    </message>
</context>
<context>
    <name>PromptDialog</name>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="40"/>
        <source>Prompts</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="44"/>
        <source>New prompt…</source>
        <translation>تعليمات جديدة…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="47"/>
        <source>Prompt</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="49"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="57"/>
        <source>Save as new version</source>
        <translation>حفظ كإصدار جديد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="95"/>
        <source>{label} · {language} · saved {time}. Editing an older version saves a new one.</source>
        <translation>{label} · {language} · حُفظت {time}. تحرير إصدار أقدم يحفظ إصدارًا جديدًا.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="122"/>
        <source>Prompt not saved</source>
        <translation>لم تُحفظ التعليمات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="125"/>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="128"/>
        <source>New prompt</source>
        <translation>تعليمات جديدة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="125"/>
        <source>Name of the new prompt:</source>
        <translation>اسم التعليمات الجديدة:</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="128"/>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <location filename="../../aligner_gui/ui/common/states.py" line="8"/>
        <source>pending</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/states.py" line="9"/>
        <source>accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/states.py" line="10"/>
        <source>edited</source>
        <translation>معدّلة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/states.py" line="11"/>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/states.py" line="12"/>
        <source>skipped</source>
        <translation>مؤجّلة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/states.py" line="13"/>
        <source>no rewrite</source>
        <translation>بلا إعادة صياغة</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../aligner_gui/ui/queue/model.py" line="38"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue/model.py" line="39"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue/model.py" line="40"/>
        <source>Flags</source>
        <translation>العلامات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue/model.py" line="41"/>
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue/model.py" line="42"/>
        <source>Length</source>
        <translation>الطول</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue/model.py" line="43"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue/model.py" line="44"/>
        <source>Passage</source>
        <translation>الفقرة</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../aligner_gui/ui/queue/panel.py" line="44"/>
        <source>All states</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue/panel.py" line="50"/>
        <source>Worst first</source>
        <translation>الأسوأ أولًا</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue/panel.py" line="51"/>
        <source>Order the list by the worst automatic flag, most likely wrong first</source>
        <translation>رتّب القائمة حسب أسوأ علامة تلقائية، الأرجح خطأً أولًا</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue/panel.py" line="54"/>
        <source>Search (tashkeel ignored)…</source>
        <translation>بحث (التشكيل مُهمَل)…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue/panel.py" line="108"/>
        <location filename="../../aligner_gui/ui/queue/panel.py" line="133"/>
        <source>Any reason</source>
        <translation>أي سبب</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue/panel.py" line="109"/>
        <source>Any reviewer</source>
        <translation>أي مراجِع</translation>
    </message>
</context>
<context>
    <name>ReadOnlyMode</name>
    <message>
        <location filename="../../aligner_gui/ui/common/read_only_mode.py" line="53"/>
        <source>Read-only: {path} cannot be changed here ({reason}). Reading, searching and moving through it work; deciding, editing, importing and rewriting are turned off.</source>
        <translation>للقراءة فقط: لا يمكن تغيير {path} هنا ({reason}). القراءة والبحث والتنقل بين المقاطع متاحة، أما القرارات والتحرير والاستيراد وإعادة الكتابة فمعطّلة.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/read_only_mode.py" line="61"/>
        <source>{name} is read-only ({reason}): nothing can be decided or changed in it</source>
        <translation>{name} للقراءة فقط ({reason}): لا يمكن اتخاذ قرار فيه ولا تغيير شيء</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="31"/>
        <source>harmful content left</source>
        <translation>بقي محتوى ضار</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="32"/>
        <source>knowledge lost</source>
        <translation>ضاعت معلومات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="33"/>
        <source>facts changed or invented</source>
        <translation>حقائق مغيّرة أو مختلقة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="34"/>
        <source>formatting</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="35"/>
        <source>translated or language drift</source>
        <translation>ترجمة أو انحراف عن اللغة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="36"/>
        <source>truncated</source>
        <translation>مبتورة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="37"/>
        <source>repetition</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="38"/>
        <source>dialect flattened</source>
        <translation>طُمست اللهجة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="39"/>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>ReviewDisplay</name>
    <message>
        <location filename="../../aligner_gui/ui/review/display.py" line="89"/>
        <source>Recovered an unsaved edit from {time}</source>
        <translation>استُعيد تعديل لم يُحفظ من {time}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/display.py" line="104"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/display.py" line="107"/>
        <source>candidate {n} of {count}</source>
        <translation>المرشَّح {n} من {count}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/display.py" line="109"/>
        <source>TRUNCATED</source>
        <translation>مبتور</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/display.py" line="112"/>
        <source>Passage {uid} · {source} · {chars} characters · rewrite: {origin} · your decision: {state}</source>
        <translation>الفقرة {uid} · {source} · {chars} حرفًا · إعادة الصياغة: {origin} · قرارك: {state}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/display.py" line="159"/>
        <source>Final text (editing — Ctrl+Enter saves, Esc leaves)</source>
        <translation>النص النهائي (تحرير — Ctrl+Enter للحفظ، Esc للخروج)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/display.py" line="161"/>
        <source>Final text (changed)</source>
        <translation>النص النهائي (معدَّل)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/display.py" line="163"/>
        <source>Rewrite</source>
        <translation>إعادة الصياغة</translation>
    </message>
</context>
<context>
    <name>ReviewKeys</name>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="37"/>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="38"/>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="39"/>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="40"/>
        <source>Save edit</source>
        <translation>حفظ التعديل</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="41"/>
        <source>Leave editor</source>
        <translation>مغادرة المحرر</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="42"/>
        <source>Skip</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="43"/>
        <source>Next passage</source>
        <translation>الفقرة التالية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="44"/>
        <source>Previous passage</source>
        <translation>الفقرة السابقة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="45"/>
        <source>Next change</source>
        <translation>التغيير التالي</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="46"/>
        <source>Previous change</source>
        <translation>التغيير السابق</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="47"/>
        <source>Revert or take this change</source>
        <translation>إرجاع هذا التغيير أو أخذه</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="48"/>
        <source>Start from the original</source>
        <translation>البدء من النص الأصلي</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="49"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="50"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="51"/>
        <source>Regenerate this passage</source>
        <translation>إعادة توليد هذه الفقرة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="52"/>
        <source>Next candidate</source>
        <translation>المرشَّح التالي</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="53"/>
        <source>Previous candidate</source>
        <translation>المرشَّح السابق</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="54"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="55"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="56"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="57"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="109"/>
        <source>Discard recovered edit</source>
        <translation>تجاهل التعديل المستعاد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="118"/>
        <source>Raw passage</source>
        <translation>النص الخام</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="119"/>
        <source>Rewrite</source>
        <translation>إعادة الصياغة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="126"/>
        <source>Ignore diacritics and tatweel</source>
        <translation>تجاهل التشكيل والتطويل</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="127"/>
        <source>Ignore white space</source>
        <translation>تجاهل المسافات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="140"/>
        <source>Note (optional)</source>
        <translation>ملاحظة (اختيارية)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="145"/>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="146"/>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="147"/>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="148"/>
        <source>Save edit</source>
        <translation>حفظ التعديل</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="149"/>
        <source>Skip</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="226"/>
        <source>{count} changes</source>
        <translation>{count} تغييرات</translation>
    </message>
</context>
<context>
    <name>RewriteRunner</name>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/runner.py" line="51"/>
        <source>loading {model}…</source>
        <translation>جارٍ تحميل {model}…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/runner.py" line="142"/>
        <source>Nothing to rewrite: every passage chosen already has a rewrite</source>
        <translation>لا شيء لإعادة كتابته: لكل فقرة مختارة إعادة كتابة من قبل</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/runner.py" line="145"/>
        <source>resuming job {id}</source>
        <translation>استئناف المهمة {id}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/runner.py" line="145"/>
        <source>job {id}</source>
        <translation>المهمة {id}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/runner.py" line="149"/>
        <source>{left} of {total} passages to rewrite</source>
        <translation>بقي {left} من {total} فقرة لإعادة كتابتها</translation>
    </message>
</context>
<context>
    <name>RewriterDock</name>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="36"/>
        <source>Rewriter</source>
        <translation>مُعيد الكتابة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="78"/>
        <source>Choose a model first</source>
        <translation>اختر نموذجًا أولًا</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="86"/>
        <source>No passage is shown</source>
        <translation>لا فقرة معروضة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="96"/>
        <source>starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="98"/>
        <source>The rewriter is busy</source>
        <translation>مُعيد الكتابة مشغول</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="106"/>
        <source>resumed</source>
        <translation>استُؤنف</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="109"/>
        <source>paused: the batch in progress waits at its next step</source>
        <translation>متوقف مؤقتًا: الدفعة الجارية تنتظر عند خطوتها التالية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="115"/>
        <source>cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="130"/>
        <source>Failed: {reason}</source>
        <translation>فشل: {reason}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="135"/>
        <source>Job finished</source>
        <translation>انتهت المهمة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="135"/>
        <source>Job cancelled: run it again to carry on</source>
        <translation>أُلغيت المهمة: شغِّلها مجددًا لتكمل من حيث توقفت</translation>
    </message>
</context>
<context>
    <name>RewriterPanel</name>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="49"/>
        <source>model folder, or a model id in the Hugging Face cache</source>
        <translation>مجلد النموذج، أو معرّف نموذج في ذاكرة Hugging Face المحلية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="50"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="59"/>
        <source>optional; default $ALIGNER_API_KEY</source>
        <translation>اختياري؛ الافتراضي $ALIGNER_API_KEY</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="61"/>
        <source>Edit prompts…</source>
        <translation>تحرير التعليمات…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="68"/>
        <source>All passages</source>
        <translation>كل الفقرات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="68"/>
        <source>The passages in the list</source>
        <translation>الفقرات التي في القائمة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="68"/>
        <source>This passage</source>
        <translation>هذه الفقرة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="71"/>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="72"/>
        <source>automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="74"/>
        <source>Sample (instead of greedy)</source>
        <translation>أخذ عينات (بدل الاختيار الأرجح)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="77"/>
        <source>Download the model if it is not cached (--allow-download)</source>
        <translation>نزّل النموذج إن لم يكن محفوظًا محليًا (‎--allow-download)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="78"/>
        <source>Run the checkpoint&apos;s own code (--trust-remote-code)</source>
        <translation>شغّل الشيفرة المرفقة بالنموذج (‎--trust-remote-code)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="79"/>
        <source>Accept pickle weights (--allow-pickle)</source>
        <translation>اقبل أوزان pickle (‎--allow-pickle)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="82"/>
        <source>Backend</source>
        <translation>المحرّك</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="83"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="84"/>
        <source>Server URL</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="85"/>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="86"/>
        <source>Prompt</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="87"/>
        <source>Passages</source>
        <translation>الفقرات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="88"/>
        <source>At most</source>
        <translation>بحد أقصى</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="89"/>
        <source>Batch size</source>
        <translation>حجم الدفعة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="90"/>
        <source>Max new tokens</source>
        <translation>أقصى عدد من الرموز الجديدة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="95"/>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="96"/>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="187"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="97"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="124"/>
        <source>Model folder</source>
        <translation>مجلد النموذج</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="187"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="194"/>
        <source>{done} of {total} passages · {rate:.0f} tokens/s · {left} left</source>
        <translation>{done} من {total} فقرة · {rate:.0f} رمزًا/ث · بقي {left}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../aligner_gui/ui/session.py" line="126"/>
        <source>A new candidate is being written: wait for it, or Esc</source>
        <translation>يُكتب مرشَّح جديد الآن: انتظره، أو اضغط Esc</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../../aligner_gui/ui/flags/thresholds_dialog.py" line="33"/>
        <source>Flag thresholds</source>
        <translation>عتبات العلامات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/flags/thresholds_dialog.py" line="37"/>
        <source>Automatic flags are hints, measured against these thresholds. Saving checks every rewrite of this project again; each flag records the thresholds it was measured against.</source>
        <translation>العلامات التلقائية تنبيهات تُقاس بهذه العتبات. الحفظ يعيد فحص كل إعادات الصياغة في هذا المشروع، وكل علامة تسجّل العتبات التي قيست بها.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/flags/thresholds_dialog.py" line="44"/>
        <source>Threshold</source>
        <translation>العتبة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/flags/thresholds_dialog.py" line="44"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/flags/thresholds_dialog.py" line="44"/>
        <source>Default</source>
        <translation>الافتراضي</translation>
    </message>
</context>
</TS>
