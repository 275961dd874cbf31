<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BulkDecider</name>
    <message>
        <location filename="../../aligner_gui/ui/bulk/decider.py" line="86"/>
        <source>Recording the bulk decision…</source>
        <translation>جارٍ تسجيل القرار الجماعي…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/bulk/decider.py" line="92"/>
        <source>Nothing to decide: every passage chosen is decided already</source>
        <translation>لا شيء للبت فيه: كل الفقرات المختارة بُتَّ فيها من قبل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/bulk/decider.py" line="97"/>
        <source>%Ln passage(s) accepted in bulk; Undo takes them all back</source>
        <translation>
            <numerusform>لم تُقبل أي فقرة دفعة واحدة؛ والتراجع يعيدها كلها</numerusform>
            <numerusform>قُبلت فقرة واحدة دفعة واحدة؛ والتراجع يعيدها كلها</numerusform>
            <numerusform>قُبلت فقرتان دفعة واحدة؛ والتراجع يعيدها كلها</numerusform>
            <numerusform>قُبلت %Ln فقرات دفعة واحدة؛ والتراجع يعيدها كلها</numerusform>
            <numerusform>قُبلت %Ln فقرةً دفعة واحدة؛ والتراجع يعيدها كلها</numerusform>
            <numerusform>قُبلت %Ln فقرة دفعة واحدة؛ والتراجع يعيدها كلها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/bulk/decider.py" line="99"/>
        <source>%Ln passage(s) rejected in bulk; Undo takes them all back</source>
        <translation>
            <numerusform>لم تُرفض أي فقرة دفعة واحدة؛ والتراجع يعيدها كلها</numerusform>
            <numerusform>رُفضت فقرة واحدة دفعة واحدة؛ والتراجع يعيدها كلها</numerusform>
            <numerusform>رُفضت فقرتان دفعة واحدة؛ والتراجع يعيدها كلها</numerusform>
            <numerusform>رُفضت %Ln فقرات دفعة واحدة؛ والتراجع يعيدها كلها</numerusform>
            <numerusform>رُفضت %Ln فقرةً دفعة واحدة؛ والتراجع يعيدها كلها</numerusform>
            <numerusform>رُفضت %Ln فقرة دفعة واحدة؛ والتراجع يعيدها كلها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/bulk/decider.py" line="113"/>
        <source>Bulk decision undone, pending again: %Ln passage(s)</source>
        <translation>
            <numerusform>تم التراجع عن القرار الجماعي، وعاد إلى الانتظار: لا فقرات</numerusform>
            <numerusform>تم التراجع عن القرار الجماعي، وعاد إلى الانتظار: فقرة واحدة</numerusform>
            <numerusform>تم التراجع عن القرار الجماعي، وعاد إلى الانتظار: فقرتان</numerusform>
            <numerusform>تم التراجع عن القرار الجماعي، وعاد إلى الانتظار: %Ln فقرات</numerusform>
            <numerusform>تم التراجع عن القرار الجماعي، وعاد إلى الانتظار: %Ln فقرةً</numerusform>
            <numerusform>تم التراجع عن القرار الجماعي، وعاد إلى الانتظار: %Ln فقرة</numerusform>
        </translation>
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
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/bulk/dialog.py" line="34"/>
        <source>The %Ln passage(s) selected in the list</source>
        <translation>
            <numerusform>لا فقرات محددة في القائمة</numerusform>
            <numerusform>الفقرة المحددة في القائمة</numerusform>
            <numerusform>الفقرتان المحددتان في القائمة</numerusform>
            <numerusform>الفقرات المحددة في القائمة (%Ln)</numerusform>
            <numerusform>الفقرات المحددة في القائمة (%Ln)</numerusform>
            <numerusform>الفقرات المحددة في القائمة (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/bulk/dialog.py" line="38"/>
        <source>Every passage in the list as filtered ({count}+)</source>
        <translation>كل فقرات القائمة بعد التصفية (أكثر من {count})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/bulk/dialog.py" line="40"/>
        <source>Every passage in the list as filtered ({count})</source>
        <translation>كل فقرات القائمة بعد التصفية ({count})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/bulk/dialog.py" line="44"/>
        <source>Counting…</source>
        <translation>جارٍ العد…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/bulk/dialog.py" line="49"/>
        <source>Only passages with a rewrite that nobody has decided are recorded, each as an ordinary decision by you, marked as bulk. Passages already decided keep their decision. One Undo takes the whole batch back.</source>
        <translation>لا يُسجَّل القرار إلا للفقرات التي لها إعادة صياغة ولم يبتّ فيها أحد، لكل منها قرار عادي باسمك موسوم بأنه جماعي. الفقرات التي بُتّ فيها تحتفظ بقرارها. تراجع واحد يعيد الدفعة كلها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/bulk/dialog.py" line="92"/>
        <source>To be accepted: %Ln passage(s).</source>
        <translation>
            <numerusform>لن تُقبل أي فقرة.</numerusform>
            <numerusform>ستُقبل فقرة واحدة.</numerusform>
            <numerusform>ستُقبل فقرتان.</numerusform>
            <numerusform>ستُقبل %Ln فقرات.</numerusform>
            <numerusform>ستُقبل %Ln فقرةً.</numerusform>
            <numerusform>ستُقبل %Ln فقرة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/bulk/dialog.py" line="94"/>
        <source>To be rejected: %Ln passage(s).</source>
        <translation>
            <numerusform>لن تُرفض أي فقرة.</numerusform>
            <numerusform>ستُرفض فقرة واحدة.</numerusform>
            <numerusform>ستُرفض فقرتان.</numerusform>
            <numerusform>ستُرفض %Ln فقرات.</numerusform>
            <numerusform>ستُرفض %Ln فقرةً.</numerusform>
            <numerusform>ستُرفض %Ln فقرة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/bulk/dialog.py" line="95"/>
        <source>Left alone, as decided already: %Ln passage(s).</source>
        <translation>
            <numerusform>تبقى على حالها لأنها مقرَّرة من قبل: لا فقرات.</numerusform>
            <numerusform>تبقى على حالها لأنها مقرَّرة من قبل: فقرة واحدة.</numerusform>
            <numerusform>تبقى على حالها لأنها مقرَّرة من قبل: فقرتان.</numerusform>
            <numerusform>تبقى على حالها لأنها مقرَّرة من قبل: %Ln فقرات.</numerusform>
            <numerusform>تبقى على حالها لأنها مقرَّرة من قبل: %Ln فقرةً.</numerusform>
            <numerusform>تبقى على حالها لأنها مقرَّرة من قبل: %Ln فقرة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/bulk/dialog.py" line="97"/>
        <source>Accept {count}</source>
        <translation>قبول {count}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/bulk/dialog.py" line="97"/>
        <source>Reject {count}</source>
        <translation>رفض {count}</translation>
    </message>
</context>
<context>
    <name>CandidateController</name>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/candidates.py" line="60"/>
        <source>Save or discard your edit before {what}</source>
        <translation>احفظ تعديلك أو تخلَّ عنه قبل {what}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/candidates.py" line="68"/>
        <source>regenerating</source>
        <translation>توليد مرشَّح جديد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/candidates.py" line="77"/>
        <source>The rewriter is busy with a job: cancel it or wait for it to finish</source>
        <translation>مُعيد الكتابة مشغول بمهمة: ألغِها أو انتظر انتهاءها</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/candidates.py" line="86"/>
        <source>New candidate (being written — Esc stops it)</source>
        <translation>مرشَّح جديد (قيد الكتابة — Esc يوقفه)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/candidates.py" line="117"/>
        <source>stopped</source>
        <translation>أُوقف</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/candidates.py" line="118"/>
        <source>No new candidate: {reason}</source>
        <translation>لا مرشَّح جديد: {reason}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/candidates.py" line="121"/>
        <source>New candidate saved for passage {id}</source>
        <translation>حُفظ مرشَّح جديد للفقرة {id}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/candidates.py" line="124"/>
        <source>New candidate saved: C and Shift+C switch between candidates</source>
        <translation>حُفظ مرشَّح جديد: C و Shift+C للتنقل بين المرشَّحين</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/candidates.py" line="143"/>
        <source>switching candidates</source>
        <translation>التنقل بين المرشَّحين</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/candidates.py" line="148"/>
        <source>This passage has only one candidate: G writes another</source>
        <translation>لهذه الفقرة مرشَّح واحد فقط: G يكتب آخر</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="35"/>
        <source>{path}: no such file or folder</source>
        <translation>{path}: لا يوجد ملف ولا مجلد بهذا الاسم</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="36"/>
        <source>{path}: is a folder; only {option} reads folders</source>
        <translation>{path}: هذا مجلد؛ ولا يقرأ المجلدات إلا {option}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="37"/>
        <source>{path}: unknown format {format}</source>
        <translation>{path}: صيغة غير معروفة {format}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="39"/>
        <source>{path}: cannot tell the format from the name; give it with {option} ({formats})</source>
        <translation>{path}: لا يمكن معرفة الصيغة من الاسم؛ حدِّدها بـ {option} ({formats})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="42"/>
        <source>{path}: cannot read: corrupt compressed data ({detail})</source>
        <translation>{path}: تتعذّر القراءة: بيانات مضغوطة تالفة ({detail})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="43"/>
        <source>{path}: cannot read: {detail}</source>
        <translation>{path}: تتعذّر القراءة: {detail}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="44"/>
        <source>{path}: cannot tell which field holds the text (fields: {fields}); name it with {option}</source>
        <translation>{path}: لا يمكن معرفة الحقل الذي يحمل النص (الحقول: {fields})؛ سمِّه بـ {option}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="47"/>
        <source>{path}: unknown encoding {encoding} given with {option}</source>
        <translation>{path}: الترميز {encoding} المعطى بـ {option} غير معروف</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="48"/>
        <source>{path}: not a readable Parquet file: {detail}</source>
        <translation>{path}: ليس ملف Parquet مقروءًا: {detail}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="49"/>
        <source>{path}: is not a regular file, and Parquet can only be read from one</source>
        <translation>{path}: ليس ملفًا عاديًا، ولا يُقرأ Parquet إلا من ملف عادي</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="50"/>
        <source>{path}: the folder holds no .txt files</source>
        <translation>{path}: لا يحوي المجلد أي ملفات ⁦‎.txt⁩</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="51"/>
        <source>{path}: line {line}: expected a JSON array (&apos;[&apos;)</source>
        <translation>{path}: السطر {line}: كان المتوقَّع مصفوفة JSON (⁦‎&apos;[&apos;⁩)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="52"/>
        <source>{path}: line {line}: the JSON array is not closed</source>
        <translation>{path}: السطر {line}: مصفوفة JSON غير مغلقة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="53"/>
        <source>{path}: line {line}: {reason}; the rest of the array cannot be read</source>
        <translation>{path}: السطر {line}: {reason}؛ ولا يمكن قراءة بقية المصفوفة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="54"/>
        <source>{path}: line {line}: element is over the size limit or invalid JSON; the rest of the array cannot be read</source>
        <translation>{path}: السطر {line}: العنصر أكبر من الحد المسموح به أو أنه JSON غير صالح؛ فلا يمكن قراءة بقية المصفوفة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="59"/>
        <source>{place}: {reason}</source>
        <translation>{place}: {reason}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="64"/>
        <source>expected a JSON object, got {kind}</source>
        <translation>كان المتوقَّع كائن JSON، لكن وُجد {kind}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="65"/>
        <source>missing field {field}</source>
        <translation>الحقل {field} مفقود</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="66"/>
        <source>field {field} is empty</source>
        <translation>الحقل {field} فارغ</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="60"/>
        <source>invalid JSON: {json_error} (column {column})</source>
        <translation>بيانات JSON غير صالحة: {json_error} (العمود {column})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="38"/>
        <source>{path}: the import&apos;s helper process stopped unexpectedly (exit code {code})</source>
        <translation>{path}: توقفت إحدى عمليات الاستيراد المساعدة على نحو غير متوقع (رمز الخروج {code})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="61"/>
        <source>invalid JSON: {json_error} (line {line}, column {column})</source>
        <translation>بيانات JSON غير صالحة: {json_error} (السطر {line}، العمود {column})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="62"/>
        <source>invalid JSON: nested too deeply</source>
        <translation>بيانات JSON غير صالحة: تداخلٌ أعمق مما يمكن قراءته</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="63"/>
        <source>a number with {digits} digits is over the {limit}-digit limit</source>
        <translation>عددٌ من {digits} رقمًا يتجاوز الحد الأقصى، وهو {limit} رقم</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="67"/>
        <source>field {field} is {kind}, not text</source>
        <translation>قيمة الحقل {field} {kind}، وليست نصًّا</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="68"/>
        <source>field {field} contains a NUL byte</source>
        <translation>الحقل {field} يحوي بايتًا صفريًّا (NUL)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="69"/>
        <source>a field contains a NUL byte</source>
        <translation>أحد الحقول يحوي بايتًا صفريًّا (NUL)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="70"/>
        <source>field {field} must be a string or a number</source>
        <translation>يجب أن يكون الحقل {field} نصًّا أو رقمًا</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="71"/>
        <source>text is {count} characters, over the {limit} limit</source>
        <translation>طول النص {count} حرفًا، وهو يتجاوز الحد {limit}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="72"/>
        <source>record is over the {limit} MiB limit</source>
        <translation>السجل يتجاوز الحد {limit} ميبيبايت</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="73"/>
        <source>id {id} is already used by a passage with a different text</source>
        <translation>المعرّف {id} مستعمل من قبل لفقرة نصها مختلف</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="74"/>
        <source>row {row} has {count} fields; the header has {header}</source>
        <translation>في الصف {row} عدد الحقول {count}؛ وفي الترويسة {header}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="75"/>
        <source>row {row}: a quoted field runs on past line {line}</source>
        <translation>الصف {row}: حقل بين علامتي تنصيص يمتد إلى ما بعد السطر {line}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="76"/>
        <source>row {row}: a quoted field is not closed by the end of the file</source>
        <translation>الصف {row}: حقل بين علامتي تنصيص لم يُغلق حتى نهاية الملف</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="77"/>
        <source>{problem} (a stray quote?); lines {lines} are read again as rows</source>
        <translation>{problem} (علامة تنصيص شاردة؟)؛ وتُقرأ الأسطر {lines} من جديد صفوفًا</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="78"/>
        <source>unreadable CSV row: {detail}</source>
        <translation>صف CSV غير مقروء: {detail}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="79"/>
        <source>unexpected data after the JSON array; the rest of the file is not read</source>
        <translation>بيانات غير متوقَّعة بعد مصفوفة JSON؛ ولم تُقرأ بقية الملف</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="80"/>
        <source>unreadable record</source>
        <translation>سجل غير مقروء</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="81"/>
        <source>invalid byte {byte} for the file&apos;s encoding: give the file&apos;s encoding with {option} (for example {example})</source>
        <translation>البايت {byte} غير صالح في ترميز الملف: حدِّد ترميز الملف بـ {option} (مثلًا {example})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="86"/>
        <source>no project at {path}</source>
        <translation>لا مشروع في {path}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="87"/>
        <source>cannot read {path}: permission denied</source>
        <translation>تتعذّر قراءة {path}: الإذن مرفوض</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="88"/>
        <source>{path} is not an aligner project ({detail})</source>
        <translation>{path} ليس مشروع aligner ({detail})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="89"/>
        <source>{path} is not an aligner project</source>
        <translation>{path} ليس مشروع aligner</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="90"/>
        <source>{path} already exists</source>
        <translation>{path} موجود من قبل</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="91"/>
        <source>cannot create {path}: folder {folder} does not exist</source>
        <translation>يتعذّر إنشاء {path}: المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="92"/>
        <source>cannot create {path}: folder {folder} cannot be written</source>
        <translation>يتعذّر إنشاء {path}: لا يمكن الكتابة في المجلد {folder}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="93"/>
        <source>{path} is busy: another process has been writing to it for over {seconds} seconds. Try again later.</source>
        <translation>{path} مشغول: عملية أخرى تكتب فيه منذ أكثر من {seconds} ثانية. أعد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="97"/>
        <source>{path} is busy: {holder} is writing to it. Try again when it has finished.</source>
        <translation>{path} مشغول: {holder} تكتب فيه. أعد المحاولة حين تنتهي.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="98"/>
        <source>another process ({purpose}, pid {pid} on {host}, since {since})</source>
        <translation>عملية أخرى ({purpose}، رقمها {pid} على {host}، منذ {since})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="99"/>
        <source>{path} is damaged ({detail}); restore it from a backup</source>
        <translation>{path} تالف ({detail})؛ استعده من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="100"/>
        <source>{path} is read-only ({reason}): it can be read and searched, but not changed</source>
        <translation>{path} للقراءة فقط ({reason}): يمكن قراءته والبحث فيه، لا تغييره</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="101"/>
        <source>{path}: {reason}; {consequence}</source>
        <translation>{path}: {reason}؛ {consequence}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="102"/>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="103"/>
        <source>the disk reported an error ({detail})</source>
        <translation>أبلغ القرص عن خطأ ({detail})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="104"/>
        <source>its folder {folder} cannot be written</source>
        <translation>لا يمكن الكتابة في مجلده {folder}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="105"/>
        <source>it cannot be written (read-only)</source>
        <translation>لا يمكن الكتابة فيه (للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="106"/>
        <source>it is on a read-only file system</source>
        <translation>هو على نظام ملفات للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="107"/>
        <source>the files beside it ({wal}, {shm}) cannot be opened</source>
        <translation>لا يمكن فتح الملفين المجاورين له ({wal}، {shm})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="108"/>
        <source>{file} cannot be written: it is marked immutable</source>
        <translation>لا يمكن الكتابة في {file}: فهو موسوم بأنه غير قابل للتغيير</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="109"/>
        <source>{file} cannot be written: it is read-only for this user</source>
        <translation>لا يمكن الكتابة في {file}: فهو للقراءة فقط لهذا المستخدم</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="110"/>
        <source>{file} cannot be written ({detail})</source>
        <translation>لا يمكن الكتابة في {file} ({detail})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="111"/>
        <source>nothing after the last commit was written</source>
        <translation>ولم يُكتب شيء بعد آخر حفظ</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="112"/>
        <source>nothing was changed</source>
        <translation>ولم يتغيّر شيء</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="113"/>
        <source>nothing was left behind</source>
        <translation>ولم يبقَ منه شيء</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="114"/>
        <source>it was not opened</source>
        <translation>ولم يُفتح</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="115"/>
        <source>{project} was not upgraded</source>
        <translation>ولم يُرقَّ {project}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="116"/>
        <source>cannot create {problem}</source>
        <translation>تعذّر الإنشاء: {problem}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="118"/>
        <source>{path} is a file; the export needs a folder</source>
        <translation>{path} ملف؛ والتصدير يحتاج إلى مجلد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="119"/>
        <source>{path} already holds files; choose an empty or new folder (nothing was written)</source>
        <translation>{path} يحوي ملفات من قبل؛ اختر مجلدًا فارغًا أو جديدًا (لم يُكتب شيء)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="122"/>
        <source>cannot create {path}: {detail}</source>
        <translation>يتعذّر إنشاء {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="123"/>
        <source>{path}: no reviewed passage matches the filters for {format}; nothing was written</source>
        <translation>{path}: لا فقرة مراجَعة تطابق المرشِّحات لـ {format}؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="126"/>
        <source>{path}: the export was not written ({detail}); nothing of it is left</source>
        <translation>{path}: لم يُكتب التصدير ({detail})؛ ولم يبقَ منه شيء</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="128"/>
        <source>cannot reach {url}: {network_error}</source>
        <translation>يتعذّر الوصول إلى {url}: {network_error}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="175"/>
        <source>Connection refused</source>
        <translation>رُفض الاتصال</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="176"/>
        <source>Connection timed out</source>
        <translation>انتهت مهلة الاتصال</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="177"/>
        <source>No route to host</source>
        <translation>لا طريق إلى الخادم عبر الشبكة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="178"/>
        <source>Network is unreachable</source>
        <translation>لا يمكن بلوغ الشبكة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="179"/>
        <source>Connection reset by peer</source>
        <translation>قطع الطرف الآخر الاتصال</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="180"/>
        <source>Name or service not known</source>
        <translation>اسم الخادم غير معروف</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="181"/>
        <source>Temporary failure in name resolution</source>
        <translation>تعذّر مؤقتًا معرفة عنوان الخادم من اسمه</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="182"/>
        <source>no connection within {seconds} s</source>
        <translation>لم يتم الاتصال خلال {seconds} ثانية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="240"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="129"/>
        <source>{url} did not answer within {seconds} s</source>
        <translation>لم يُجب {url} خلال {seconds} ثانية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="130"/>
        <source>{url} answered HTTP {status}: {detail}</source>
        <translation>أجاب {url} برمز HTTP {status}: {detail}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="131"/>
        <source>{url} answered HTTP {status}</source>
        <translation>أجاب {url} برمز HTTP {status}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="132"/>
        <source>{problem} (gave up after {count} attempts)</source>
        <translation>{problem} (توقّفت المحاولة بعد {count} محاولات)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="133"/>
        <source>{url} did not answer with a chat completion (JSON): {detail}</source>
        <translation>لم يُجب {url} بإكمال محادثة (JSON): {detail}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="134"/>
        <source>{url} answered without a rewrite (no choices): {detail}</source>
        <translation>أجاب {url} دون إعادة صياغة (لا خيارات): {detail}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="135"/>
        <source>{url} broke off mid-reply: {detail}</source>
        <translation>انقطع {url} في منتصف الرد: {detail}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="136"/>
        <source>{url} failed mid-reply: {detail}</source>
        <translation>أخفق {url} في منتصف الرد: {detail}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="137"/>
        <source>no model folder at {folder}</source>
        <translation>لا مجلد نموذج في {folder}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="138"/>
        <source>{folder} has no model weights (*.safetensors)</source>
        <translation>لا أوزان نموذج في {folder} (⁦‎*.safetensors⁩)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="139"/>
        <source>cannot read the model configuration in {folder}: {detail}</source>
        <translation>تتعذّر قراءة إعدادات النموذج في {folder}: {detail}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="140"/>
        <source>cannot load the tokenizer in {folder}: {detail}</source>
        <translation>يتعذّر تحميل المُقسِّم (tokenizer) في {folder}: {detail}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="141"/>
        <source>cannot load the model in {folder}: {detail}</source>
        <translation>يتعذّر تحميل النموذج في {folder}: {detail}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="142"/>
        <source>cannot download model {model}: {detail}</source>
        <translation>يتعذّر تنزيل النموذج {model}: {detail}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="143"/>
        <source>the model&apos;s chat template failed: {detail}</source>
        <translation>أخفق قالب المحادثة للنموذج: {detail}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="147"/>
        <source>Expecting value</source>
        <translation>كان المتوقَّع قيمة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="148"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>كان المتوقَّع اسم خاصية بين علامتَي تنصيص مزدوجتين</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="149"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>كان المتوقَّع النقطتين الفاصلتين «:»</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="150"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>كان المتوقَّع الفاصلة «,»</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="151"/>
        <source>Unterminated string starting at</source>
        <translation>نصٌّ لم تُغلَق علامة تنصيصه، يبدأ عند</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="152"/>
        <source>Invalid control character at</source>
        <translation>محرف تحكّم غير مسموح به عند</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="153"/>
        <source>Invalid control character {character} at</source>
        <translation>محرف تحكّم غير مسموح به {character} عند</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="154"/>
        <source>Invalid \escape</source>
        <translation>تسلسل هروب غير صالح بعد «\»</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="155"/>
        <source>Invalid \escape: {escape}</source>
        <translation>تسلسل هروب غير صالح بعد «\»: {escape}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="156"/>
        <source>Invalid \uXXXX escape</source>
        <translation>تسلسل هروب غير صالح بعد «\»، كان المتوقَّع أربعة أرقام ست عشرية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="157"/>
        <source>Extra data</source>
        <translation>بيانات زائدة بعد القيمة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="158"/>
        <source>Illegal trailing comma before end of object</source>
        <translation>فاصلة زائدة قبل نهاية الكائن</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="159"/>
        <source>Illegal trailing comma before end of array</source>
        <translation>فاصلة زائدة قبل نهاية المصفوفة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="160"/>
        <source>Unexpected UTF-8 BOM (decode using utf-8-sig)</source>
        <translation>علامة ترتيب بايتات في غير موضعها (اقرأ الملف بالترميز ⁦utf-8-sig⁩)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="164"/>
        <source>an object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="165"/>
        <source>an array</source>
        <translation>مصفوفة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="166"/>
        <source>a string</source>
        <translation>نص</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="167"/>
        <source>a number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="168"/>
        <source>a boolean</source>
        <translation>قيمة منطقية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="169"/>
        <source>null</source>
        <translation>قيمة خالية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="170"/>
        <source>binary data</source>
        <translation>بيانات ثنائية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/core_messages.py" line="171"/>
        <source>a date or time</source>
        <translation>تاريخ أو وقت</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="15"/>
        <source>{missing} of {total} source numbers changed or missing: {numbers}; more often than in the source: {extra}</source>
        <translation>تغيّر أو سقط {missing} من {total} من أعداد المصدر: {numbers}؛ وورد أكثر مما في المصدر: {extra}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="19"/>
        <source>{missing} of {total} source numbers missing: {numbers}</source>
        <translation>سقط {missing} من {total} من أعداد المصدر: {numbers}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="20"/>
        <source>{missing} of {total} source names or URLs missing: {names}; not in the source: {extra}</source>
        <translation>سقط {missing} من {total} من أسماء المصدر أو روابطه: {names}؛ وليس في المصدر: {extra}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="23"/>
        <source>{missing} of {total} source names or URLs missing: {names}</source>
        <translation>سقط {missing} من {total} من أسماء المصدر أو روابطه: {names}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="25"/>
        <source>{count} dialect markers gone ({dialects}): {words}</source>
        <translation>غابت علامات لهجة عددها {count} ({dialects}): {words}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="26"/>
        <source>Arabic share of letters fell {drop} &gt; {limit} ({source} to {share})</source>
        <translation>انخفضت نسبة الحروف العربية {drop}، فوق الحد {limit} (من {source} إلى {share})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="27"/>
        <source>Arabic share of letters {share} &lt; {limit} (source {source})</source>
        <translation>نسبة الحروف العربية {share}، دون الحد {limit} (في المصدر {source})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="28"/>
        <source>{count} left in ({items}), first: {first}</source>
        <translation>بقي {count} ({items})، أولها: {first}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="30"/>
        <source>words {ratio} of the source&apos;s {total} &gt; {limit}</source>
        <translation>الكلمات {ratio} من كلمات المصدر ({total})، فوق الحد {limit}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="31"/>
        <source>words {ratio} of the source&apos;s {total} content words &lt; {limit}</source>
        <translation>الكلمات {ratio} من كلمات المصدر ذات المعنى ({total})، دون الحد {limit}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="33"/>
        <source>a unit said {times} times in a row &gt;= {limit} (source {source})</source>
        <translation>تكرّرت وحدة متتاليةً مرات عددها {times}، والحد {limit} (في المصدر {source})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="34"/>
        <source>duplicate lines {value} &gt; {limit} (source {source})</source>
        <translation>نسبة الأسطر المكررة {value}، فوق الحد {limit} (في المصدر {source})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="35"/>
        <source>duplicate line characters {value} &gt; {limit} (source {source})</source>
        <translation>نسبة حروف الأسطر المكررة {value}، فوق الحد {limit} (في المصدر {source})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="36"/>
        <source>duplicated {n}-gram characters {value} &gt; {limit} (source {source})</source>
        <translation>نسبة حروف العبارات المكررة من {n} كلمات {value}، فوق الحد {limit} (في المصدر {source})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="37"/>
        <source>top {n}-gram characters {value} &gt; {limit} (source {source})</source>
        <translation>نسبة حروف أكثر عبارة من {n} كلمات تكرارًا {value}، فوق الحد {limit} (في المصدر {source})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="39"/>
        <source>{count} sign: {signs}</source>
        <translation>علامة واحدة: {signs}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="40"/>
        <source>{count} signs: {signs}</source>
        <translation>علامات عددها {count}: {signs}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="42"/>
        <source>the whole rewrite is in a code fence {opening}…{closing}</source>
        <translation>النص المعاد كله داخل كتلة شيفرة {opening}…{closing}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="43"/>
        <source>the whole rewrite is in quotes {opening}…{closing}</source>
        <translation>النص المعاد كله بين علامتي تنصيص {opening}…{closing}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="44"/>
        <source>{count} invisible character: {named}</source>
        <translation>حرف خفي واحد: {named}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="45"/>
        <source>{count} invisible characters: {named}</source>
        <translation>حروف خفية عددها {count}: {named}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="47"/>
        <source>generation stopped at its length limit</source>
        <translation>توقف التوليد عند حد الطول</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="48"/>
        <source>ends inside an unclosed {char}</source>
        <translation>ينتهي داخل {char} لم يُغلق</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="49"/>
        <source>ends mid-sentence, on {char}; the source ends properly</source>
        <translation>ينتهي في منتصف جملة، عند {char}؛ والمصدر ينتهي نهاية سليمة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="53"/>
        <source>Egyptian</source>
        <translation>مصرية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="54"/>
        <source>Levantine</source>
        <translation>شامية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="55"/>
        <source>Gulf</source>
        <translation>خليجية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="56"/>
        <source>Iraqi</source>
        <translation>عراقية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="57"/>
        <source>Maghrebi</source>
        <translation>مغاربية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="58"/>
        <source>which one unknown</source>
        <translation>لا يُعرف أيها</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="62"/>
        <source>{count} URL</source>
        <translation>روابط: {count}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="63"/>
        <source>{count} e-mail address</source>
        <translation>عناوين بريد إلكتروني: {count}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="64"/>
        <source>{count} phone number</source>
        <translation>أرقام هواتف: {count}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="65"/>
        <source>{count} hashtag</source>
        <translation>وسوم: {count}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="66"/>
        <source>{count} handle</source>
        <translation>أسماء حسابات: {count}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="67"/>
        <source>{count} call to action</source>
        <translation>عبارات ترويج: {count}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="71"/>
        <source>alternative</source>
        <translation>صيغة بديلة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="72"/>
        <source>alternative label</source>
        <translation>عنوان صيغة بديلة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="73"/>
        <source>numbered alternatives</source>
        <translation>صيغ بديلة مرقّمة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="74"/>
        <source>restated block</source>
        <translation>فقرة معادة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="75"/>
        <source>separator line</source>
        <translation>سطر فاصل</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="76"/>
        <source>text and its translation</source>
        <translation>نص وترجمته</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="77"/>
        <source>version label</source>
        <translation>عنوان نسخة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="78"/>
        <source>changes label</source>
        <translation>عنوان التعديلات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="79"/>
        <source>lead-in</source>
        <translation>تمهيد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="80"/>
        <source>note label</source>
        <translation>عنوان ملاحظة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/flag_details.py" line="81"/>
        <source>words to the user</source>
        <translation>كلام موجّه إلى المستخدم</translation>
    </message>
</context>
<context>
    <name>DecisionLog</name>
    <message>
        <location filename="../../aligner_gui/ui/review/decisions.py" line="102"/>
        <source>This passage has no rewrite to judge yet</source>
        <translation>لا إعادة صياغة لهذه الفقرة بعد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/decisions.py" line="132"/>
        <source>That was the last passage in this list</source>
        <translation>هذه آخر فقرة في القائمة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/decisions.py" line="138"/>
        <source>Nothing to undo</source>
        <translation>لا شيء للتراجع عنه</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/decisions.py" line="144"/>
        <source>Undone: {decision} on passage {id}. Your edit is back, as an unsaved draft.</source>
        <translation>تم التراجع عن: {decision} في الفقرة {id}. وعاد تعديلك مسودةً غير محفوظة.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/decisions.py" line="146"/>
        <source>Undone: {decision} on passage {id}</source>
        <translation>تم التراجع عن: {decision} في الفقرة {id}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/decisions.py" line="154"/>
        <source>Nothing to redo</source>
        <translation>لا شيء لإعادته</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/decisions.py" line="159"/>
        <source>Redone: {decision} on passage {id}</source>
        <translation>تمت الإعادة: {decision} في الفقرة {id}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/review/decisions.py" line="232"/>
        <source>%Ln decision(s) not saved yet ({reason}); trying again in a few seconds</source>
        <translation>
            <numerusform>لا قرارات تنتظر الحفظ بعد ({reason})؛ ستُعاد المحاولة بعد ثوانٍ</numerusform>
            <numerusform>قرار واحد لم يُحفظ بعد ({reason})؛ ستُعاد المحاولة بعد ثوانٍ</numerusform>
            <numerusform>قراران لم يُحفظا بعد ({reason})؛ ستُعاد المحاولة بعد ثوانٍ</numerusform>
            <numerusform>%Ln قرارات لم تُحفظ بعد ({reason})؛ ستُعاد المحاولة بعد ثوانٍ</numerusform>
            <numerusform>%Ln قرارًا لم يُحفظ بعد ({reason})؛ ستُعاد المحاولة بعد ثوانٍ</numerusform>
            <numerusform>%Ln قرار لم يُحفظ بعد ({reason})؛ ستُعاد المحاولة بعد ثوانٍ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/decisions.py" line="266"/>
        <source>Not saved: {reason}. The passage is back on screen to decide again.</source>
        <translation>لم يُحفظ: {reason}. أُعيدت الفقرة إلى الشاشة لتقرر فيها من جديد.</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <location filename="../../aligner_gui/ui/demo_project.py" line="44"/>
        <source>The demo project could not be opened ({reason}); it is kept as {name} and a new one was made</source>
        <translation>تعذّر فتح المشروع التجريبي ({reason})؛ حُفظ باسم {name} وأُنشئ مشروع جديد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/demo_project.py" line="71"/>
        <location filename="../../aligner_gui/ui/demo_project.py" line="87"/>
        <source>Reset demo project</source>
        <translation>إعادة تعيين المشروع التجريبي</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/demo_project.py" line="72"/>
        <source>The demo project was not reset: {reason}</source>
        <translation>لم يُعَد تعيين المشروع التجريبي: {reason}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/demo_project.py" line="78"/>
        <source>A new demo project is open; your earlier decisions are kept in {name}</source>
        <translation>فُتح مشروع تجريبي جديد؛ قراراتك السابقة محفوظة في {name}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/demo_project.py" line="88"/>
        <source>Start the demo afresh? Your decisions and edits on it are set aside in a backup, {name}, in {folder}.</source>
        <translation>أتبدأ المشروع التجريبي من جديد؟ ستُنحّى قراراتك وتعديلاتك عليه جانبًا في نسخة احتياطية، {name}، في {folder}.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/demo_project.py" line="96"/>
        <source>Reset</source>
        <translation>إعادة التعيين</translation>
    </message>
</context>
<context>
    <name>EditBuffer</name>
    <message>
        <location filename="../../aligner_gui/ui/review/editing.py" line="172"/>
        <source>Nothing added here: select a green addition with [ and ] first</source>
        <translation>لا إضافة هنا: اختر أولًا إضافة خضراء بالمفتاحين [ و ]</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/editing.py" line="187"/>
        <source>This change is already split here: [ and ] move between the parts</source>
        <translation>هذا التغيير مقسوم هنا من قبل: تنقّل بين أجزائه بالمفتاحين [ و ]</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/editing.py" line="190"/>
        <source>Put the cursor on a word inside a change to split it there</source>
        <translation>ضع المؤشر على كلمة داخل تغيير لتقسيمه عندها</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/editing.py" line="196"/>
        <source>Split in two: [ and ] move between the parts</source>
        <translation>قُسِّم التغيير جزأين: تنقّل بينهما بالمفتاحين [ و ]</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/editing.py" line="239"/>
        <source>No change in the selected words</source>
        <translation>لا تغيير في الكلمات المحددة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/editing.py" line="244"/>
        <source>No change at the cursor: use [ and ] to move between changes</source>
        <translation>لا تغيير عند المؤشر: استعمل [ و ] للتنقل بين التغييرات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/editing.py" line="306"/>
        <source>Your edit is not saved yet: {reason}</source>
        <translation>لم يُحفظ تعديلك بعد: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="40"/>
        <source>Fine-tuning (sft): raw and final text as a conversation</source>
        <translation>ضبط دقيق (sft): النص الخام والنص النهائي في صورة محادثة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="41"/>
        <source>Pretraining (pretrain): the final texts</source>
        <translation>تدريب مسبق (pretrain): النصوص النهائية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="42"/>
        <source>Preferences (dpo): the edit or candidate kept over the other</source>
        <translation>تفضيلات (dpo): التعديل أو المرشح المختار على غيره</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="43"/>
        <source>Desirable or not (kto): accepted and rejected</source>
        <translation>مرغوب أو غير مرغوب (kto): المقبول والمرفوض</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="47"/>
        <source>train</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="48"/>
        <source>validation</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="59"/>
        <source>Export from {name}</source>
        <translation>تصدير من {name}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="66"/>
        <source>a new or empty folder</source>
        <translation>مجلد جديد أو فارغ</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="67"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="79"/>
        <source>Worst first</source>
        <translation>الأسوأ أولًا</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="80"/>
        <source>Rows ordered by the reviewed rewrite&apos;s worst automatic flag</source>
        <translation>ترتيب الصفوف حسب أسوأ علامة تلقائية على إعادة الصياغة المراجَعة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="85"/>
        <source>The prompt each rewrite was made with</source>
        <translation>التعليمات التي كُتبت بها كل إعادة صياغة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="91"/>
        <source>Pretraining: add this share of the passages&apos; original raw texts, marked</source>
        <translation>للتدريب المسبق: أضف هذه النسبة من النصوص الخام الأصلية للفقرات، موسومة بذلك</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="93"/>
        <source>no Parquet</source>
        <translation>بلا Parquet</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="94"/>
        <source>Pretraining: also write Parquet shards of this many rows</source>
        <translation>للتدريب المسبق: اكتب أيضًا أجزاء Parquet بهذا العدد من الصفوف</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="96"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="97"/>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="98"/>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="99"/>
        <source>Automatic flags</source>
        <translation>العلامات التلقائية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="100"/>
        <source>System message</source>
        <translation>رسالة النظام</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="101"/>
        <source>Validation share</source>
        <translation>نسبة التحقق</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="102"/>
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="103"/>
        <source>Raw texts mixed in</source>
        <translation>نسبة النصوص الخام المضافة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="104"/>
        <source>Parquet shard rows</source>
        <translation>صفوف كل جزء Parquet</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="110"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="112"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="114"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="144"/>
        <source>This format never includes these passages</source>
        <translation>هذه الصيغة لا تتضمن هذه الفقرات أبدًا</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="160"/>
        <source>Export into</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="168"/>
        <source>Choose a folder to export into</source>
        <translation>اختر مجلدًا للتصدير إليه</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="172"/>
        <source>Tick the decisions to export</source>
        <translation>اختر القرارات المراد تصديرها</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="196"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="203"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="216"/>
        <source>Cancelled: nothing was written</source>
        <translation>أُلغي: لم يُكتب شيء</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/export/dialog.py" line="220"/>
        <source>{split}: %Ln row(s)</source>
        <translation>
            <numerusform>{split}: لا صفوف</numerusform>
            <numerusform>{split}: صف واحد</numerusform>
            <numerusform>{split}: صفّان</numerusform>
            <numerusform>{split}: %Ln صفوف</numerusform>
            <numerusform>{split}: %Ln صفًّا</numerusform>
            <numerusform>{split}: %Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/export/dialog.py" line="225"/>
        <source>Exported %Ln reviewed passage(s) into {folder}: {rows}</source>
        <translation>
            <numerusform>لم تُصدَّر أي فقرة مراجَعة إلى {folder}: {rows}</numerusform>
            <numerusform>صُدِّرت فقرة مراجَعة واحدة إلى {folder}: {rows}</numerusform>
            <numerusform>صُدِّرت فقرتان مراجَعتان إلى {folder}: {rows}</numerusform>
            <numerusform>صُدِّرت %Ln فقرات مراجَعة إلى {folder}: {rows}</numerusform>
            <numerusform>صُدِّرت %Ln فقرةً مراجَعة إلى {folder}: {rows}</numerusform>
            <numerusform>صُدِّرت %Ln فقرة مراجَعة إلى {folder}: {rows}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/export/dialog.py" line="234"/>
        <source>Not exported: {reason}</source>
        <translation>لم يُصدَّر: {reason}</translation>
    </message>
</context>
<context>
    <name>FlagChecker</name>
    <message>
        <location filename="../../aligner_gui/ui/flags/checker.py" line="69"/>
        <source>Checking rewrites for automatic flags: {done} of {total}</source>
        <translation>فحص إعادات الصياغة بحثًا عن العلامات التلقائية: {done} من {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/flags/checker.py" line="79"/>
        <source>Automatic flags checked: {flagged} of %Ln rewrite(s) flagged</source>
        <translation>
            <numerusform>اكتمل فحص العلامات التلقائية: عليها علامات {flagged} من لا إعادات صياغة</numerusform>
            <numerusform>اكتمل فحص العلامات التلقائية: عليها علامات {flagged} من إعادة صياغة واحدة</numerusform>
            <numerusform>اكتمل فحص العلامات التلقائية: عليها علامات {flagged} من إعادتي صياغة</numerusform>
            <numerusform>اكتمل فحص العلامات التلقائية: عليها علامات {flagged} من %Ln إعادات صياغة</numerusform>
            <numerusform>اكتمل فحص العلامات التلقائية: عليها علامات {flagged} من %Ln إعادةَ صياغة</numerusform>
            <numerusform>اكتمل فحص العلامات التلقائية: عليها علامات {flagged} من %Ln إعادة صياغة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagStrip</name>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="92"/>
        <source>Automatic flags (hints, not decisions):</source>
        <translation>علامات تلقائية (تنبيهات لا قرارات):</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="94"/>
        <source>No automatic flags</source>
        <translation>لا علامات تلقائية</translation>
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
    <name>GuideDialog</name>
    <message>
        <location filename="../../aligner_gui/ui/help/guide.py" line="43"/>
        <source>User guide</source>
        <translation>دليل الاستخدام</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/help/guide.py" line="62"/>
        <source>The user guide is missing from this installation ({path}: {reason}).</source>
        <translation>دليل الاستخدام غير موجود في هذا التثبيت ({path}: {reason}).</translation>
    </message>
</context>
<context>
    <name>GuidelinesDock</name>
    <message>
        <location filename="../../aligner_gui/ui/guidelines/dock.py" line="72"/>
        <source>Review guidelines</source>
        <translation>إرشادات المراجعة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/guidelines/dock.py" line="113"/>
        <source>This project has no review guidelines.</source>
        <translation>لا إرشادات مراجعة لهذا المشروع.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/guidelines/dock.py" line="114"/>
        <source>The project is read-only: its guidelines can be read, not changed.</source>
        <translation>المشروع للقراءة فقط: يمكن قراءة إرشاداته لا تغييرها.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/guidelines/dock.py" line="118"/>
        <source>Write here what reviewers of this project should accept, edit or reject. It is saved in the project as you type.</source>
        <translation>اكتب هنا ما ينبغي لمراجعي هذا المشروع قبوله أو تعديله أو رفضه. يُحفظ في المشروع أثناء الكتابة.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/guidelines/dock.py" line="138"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/guidelines/dock.py" line="162"/>
        <source>Open a project to see its review guidelines.</source>
        <translation>افتح مشروعًا لترى إرشادات المراجعة الخاصة به.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/guidelines/dock.py" line="178"/>
        <source>Saved in the project.</source>
        <translation>حُفظ في المشروع.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/guidelines/dock.py" line="183"/>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="51"/>
        <source>Import passages into {name}</source>
        <translation>استيراد مقاطع إلى {name}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="56"/>
        <source>Add &amp;files…</source>
        <translation>&amp;إضافة ملفات…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="58"/>
        <source>Add a f&amp;older of .txt files…</source>
        <translation>إضافة م&amp;جلد من ملفات txt…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="60"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="68"/>
        <source>From the file name</source>
        <translation>حسب اسم الملف</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="75"/>
        <source>cp1256 is Windows Arabic; the same as aligner import --encoding</source>
        <translation>ترميز cp1256 هو العربية في ويندوز؛ وهذا الخيار هو نفسه ‎--encoding‎ في aligner import</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="77"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="78"/>
        <source>Text field:</source>
        <translation>حقل النص:</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="79"/>
        <source>Id field:</source>
        <translation>حقل المعرّف:</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="80"/>
        <source>Rewrite field:</source>
        <translation>حقل إعادة الصياغة:</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="81"/>
        <source>Encoding:</source>
        <translation>الترميز:</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="97"/>
        <source>Problems found in the files are listed here.</source>
        <translation>تُسرد هنا المشكلات التي وُجدت في الملفات.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="98"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="101"/>
        <source>&amp;Stop</source>
        <translation>إ&amp;يقاف</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="103"/>
        <source>&amp;Close</source>
        <translation>إغ&amp;لاق</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="111"/>
        <source>Files to import:</source>
        <translation>الملفات المراد استيرادها:</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="122"/>
        <source>found by itself</source>
        <translation>يُكتشف تلقائيًا</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="151"/>
        <source>Files to import</source>
        <translation>ملفات للاستيراد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="153"/>
        <source>Passages ({patterns});;All files (*)</source>
        <translation>مقاطع ({patterns});;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="158"/>
        <source>A folder of .txt files</source>
        <translation>مجلد من ملفات txt</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="185"/>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="197"/>
        <source>Stopping after the passages being written…</source>
        <translation>سيتوقف بعد حفظ المقاطع الجارية كتابتها…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="223"/>
        <source>{file}: not begun</source>
        <translation>{file}: لم يبدأ استيراده</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="224"/>
        <source>{file}: imported {passages}, {duplicates}, {problems}</source>
        <translation>{file}: المستورد منه {passages}، و{duplicates}، و{problems}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="238"/>
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>لا فقرات</numerusform>
            <numerusform>فقرة واحدة</numerusform>
            <numerusform>فقرتان</numerusform>
            <numerusform>%Ln فقرات</numerusform>
            <numerusform>%Ln فقرةً</numerusform>
            <numerusform>%Ln فقرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="241"/>
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>لا نسخ مكررة</numerusform>
            <numerusform>نسخة مكررة واحدة</numerusform>
            <numerusform>نسختان مكررتان</numerusform>
            <numerusform>%Ln نسخ مكررة</numerusform>
            <numerusform>%Ln نسخةً مكررة</numerusform>
            <numerusform>%Ln نسخة مكررة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="244"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>لا مشكلات</numerusform>
            <numerusform>مشكلة واحدة</numerusform>
            <numerusform>مشكلتان</numerusform>
            <numerusform>%Ln مشكلات</numerusform>
            <numerusform>%Ln مشكلةً</numerusform>
            <numerusform>%Ln مشكلة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="254"/>
        <source>Imported: {passages} ({rewrites}), {duplicates}, {problems}.</source>
        <translation>المستورد: {passages} ({rewrites})، و{duplicates}، و{problems}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="256"/>
        <source>%Ln rewrite(s)</source>
        <translation>
            <numerusform>لا إعادات صياغة</numerusform>
            <numerusform>إعادة صياغة واحدة</numerusform>
            <numerusform>إعادتا صياغة</numerusform>
            <numerusform>%Ln إعادات صياغة</numerusform>
            <numerusform>%Ln إعادةَ صياغة</numerusform>
            <numerusform>%Ln إعادة صياغة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="266"/>
        <source>The first %Ln problem(s) are listed; all are kept in the project.</source>
        <translation>
            <numerusform>لا تُعرض أي مشكلة؛ وكل المشكلات محفوظة في المشروع.</numerusform>
            <numerusform>تُعرض المشكلة الأولى؛ وكل المشكلات محفوظة في المشروع.</numerusform>
            <numerusform>تُعرض المشكلتان الأوليان؛ وكل المشكلات محفوظة في المشروع.</numerusform>
            <numerusform>تُعرض أول %Ln مشكلات؛ وكل المشكلات محفوظة في المشروع.</numerusform>
            <numerusform>تُعرض أول %Ln مشكلةً؛ وكل المشكلات محفوظة في المشروع.</numerusform>
            <numerusform>تُعرض أول %Ln مشكلة؛ وكل المشكلات محفوظة في المشروع.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="232"/>
        <source>(carried on after line {line}, where it stopped)</source>
        <translation>(تابع بعد السطر {line}، حيث توقف)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="234"/>
        <source>(changed since it stopped: read from the start)</source>
        <translation>(تغيّر الملف منذ توقف استيراده: قُرئ من بدايته)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="273"/>
        <source>Stopped: importing the same files again carries on where it stopped.</source>
        <translation>توقف الاستيراد: استيراد الملفات نفسها مرة أخرى يكمل من حيث توقف.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/importing/dialog.py" line="275"/>
        <source>The import could not run: {reason}</source>
        <translation>تعذّر الاستيراد: {reason}</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="134"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="161"/>
        <source>Toggle reason {number}</source>
        <translation>تبديل السبب {number}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="169"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="170"/>
        <location filename="../../aligner_gui/ui/project_files.py" line="166"/>
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="171"/>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="172"/>
        <source>Open the &amp;demo</source>
        <translation>فتح المشروع ال&amp;تجريبي</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="173"/>
        <source>&amp;Close project</source>
        <translation>إ&amp;غلاق المشروع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="174"/>
        <source>&amp;Import passages…</source>
        <translation>ا&amp;ستيراد مقاطع…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="175"/>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="177"/>
        <source>&amp;Reset demo project…</source>
        <translation>&amp;إعادة تعيين المشروع التجريبي…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="180"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="182"/>
        <source>&amp;Review</source>
        <translation>م&amp;راجعة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="204"/>
        <source>Filter by &amp;state</source>
        <translation>التصفية حسب ال&amp;حالة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="209"/>
        <source>Accept in &amp;bulk…</source>
        <translation>قبول &amp;جماعي…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="210"/>
        <source>Reject in b&amp;ulk…</source>
        <translation>رفض ج&amp;ماعي…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="212"/>
        <source>Re&amp;write</source>
        <translation>إعادة ال&amp;كتابة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="214"/>
        <source>Rewriter &amp;panel</source>
        <translation>&amp;لوحة مُعيد الكتابة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="219"/>
        <source>E&amp;dit prompts…</source>
        <translation>تحرير الت&amp;عليمات…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="221"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="226"/>
        <source>Review &amp;guidelines</source>
        <translation>&amp;إرشادات المراجعة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="230"/>
        <source>&amp;Settings</source>
        <translation>&amp;إعدادات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="231"/>
        <source>&amp;Keys…</source>
        <translation>ال&amp;مفاتيح…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="232"/>
        <source>&amp;Reasons…</source>
        <translation>الأس&amp;باب…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="233"/>
        <source>&amp;Flag thresholds…</source>
        <translation>&amp;عتبات العلامات…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="234"/>
        <source>Reviewer &amp;name…</source>
        <translation>ا&amp;سم المراجِع…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="235"/>
        <source>&amp;Language</source>
        <translation>اللغ&amp;ة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="239"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="240"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="241"/>
        <source>&amp;User guide</source>
        <translation>&amp;دليل الاستخدام</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="243"/>
        <source>&amp;About aligner_gui</source>
        <translation>&amp;حول aligner_gui</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="294"/>
        <source>reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="348"/>
        <source>Upgrading the project from an older version…</source>
        <translation>جارٍ ترقية المشروع من إصدار أقدم…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="377"/>
        <source>Project upgraded; the old file is kept as {name}</source>
        <translation>رُقّي المشروع، وحُفظ الملف القديم باسم {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/main_window.py" line="385"/>
        <source>%Ln unsaved edits were recovered</source>
        <translation>
            <numerusform>لم يُستعد أي تعديل</numerusform>
            <numerusform>استُعيد تعديل واحد لم يُحفظ</numerusform>
            <numerusform>استُعيد تعديلان لم يُحفظا</numerusform>
            <numerusform>استُعيدت %Ln تعديلات لم تُحفظ</numerusform>
            <numerusform>استُعيد %Ln تعديلًا لم يُحفظ</numerusform>
            <numerusform>استُعيد %Ln تعديل لم يُحفظ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="407"/>
        <source>Decisions not saved</source>
        <translation>قرارات لم تُحفظ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/main_window.py" line="409"/>
        <source>%Ln decision(s) could not be saved to {name}; the status bar said why.</source>
        <translation>
            <numerusform>تعذّر حفظ أي قرار في {name}؛ وقد ذكر شريط الحالة السبب.</numerusform>
            <numerusform>تعذّر حفظ قرار واحد في {name}؛ وقد ذكر شريط الحالة السبب.</numerusform>
            <numerusform>تعذّر حفظ قرارين في {name}؛ وقد ذكر شريط الحالة السبب.</numerusform>
            <numerusform>تعذّر حفظ %Ln قرارات في {name}؛ وقد ذكر شريط الحالة السبب.</numerusform>
            <numerusform>تعذّر حفظ %Ln قرارًا في {name}؛ وقد ذكر شريط الحالة السبب.</numerusform>
            <numerusform>تعذّر حفظ %Ln قرار في {name}؛ وقد ذكر شريط الحالة السبب.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="447"/>
        <source>Enter your name first: it is recorded with each decision.</source>
        <translation>أدخل اسمك أولًا: فهو يُسجَّل مع كل قرار.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="460"/>
        <location filename="../../aligner_gui/ui/main_window.py" line="484"/>
        <source>Open or create a project first</source>
        <translation>افتح مشروعًا أو أنشئ واحدًا أولًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/main_window.py" line="500"/>
        <source>%Ln passage(s) imported</source>
        <translation>
            <numerusform>الفقرات المستوردة: لا شيء</numerusform>
            <numerusform>الفقرات المستوردة: فقرة واحدة</numerusform>
            <numerusform>الفقرات المستوردة: فقرتان</numerusform>
            <numerusform>الفقرات المستوردة: %Ln فقرات</numerusform>
            <numerusform>الفقرات المستوردة: %Ln فقرةً</numerusform>
            <numerusform>الفقرات المستوردة: %Ln فقرة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="523"/>
        <source>{done} / {total} reviewed · {session} this session ({rate} per hour) · {reviewer}</source>
        <translation>روجع {done} من {total} · {session} في هذه الجلسة ({rate} في الساعة) · {reviewer}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/demo_project.py" line="56"/>
        <location filename="../../aligner_gui/ui/main_window.py" line="469"/>
        <source>An import into {name} is still running</source>
        <translation>ما زال الاستيراد إلى {name} جاريًا</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="512"/>
        <source>no project</source>
        <translation>لا مشروع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="514"/>
        <source>{name} (read-only)</source>
        <translation>{name} (للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="531"/>
        <source>{count} not saved yet</source>
        <translation>{count} لم تُحفظ بعد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="557"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="557"/>
        <source>The new language applies when aligner_gui is started again.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل aligner_gui من جديد.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="562"/>
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="586"/>
        <source>About aligner_gui</source>
        <translation>حول aligner_gui</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="587"/>
        <source>aligner_gui {version}
Review and curate rewrites of Arabic pretraining text.</source>
        <translation>aligner_gui {version}
مراجعة إعادات صياغة نصوص التدريب المسبق العربية وتنقيحها.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/main_window.py" line="562"/>
        <source>Your name, as recorded with each decision:</source>
        <translation>اسمك كما يُسجَّل مع كل قرار:</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/project_files.py" line="39"/>
        <location filename="../../aligner_gui/ui/project_files.py" line="118"/>
        <source>Cannot open project</source>
        <translation>تعذّر فتح المشروع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/project_files.py" line="52"/>
        <source>{path} is no longer there; it was taken off the list.</source>
        <translation>لم يعد {path} موجودًا، فأُزيل من القائمة.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/project_files.py" line="71"/>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/project_files.py" line="73"/>
        <source>aligner projects (*.aligner);;All files (*)</source>
        <translation>مشاريع aligner (*.aligner);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/project_files.py" line="86"/>
        <location filename="../../aligner_gui/ui/project_files.py" line="97"/>
        <location filename="../../aligner_gui/ui/project_files.py" line="107"/>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/project_files.py" line="88"/>
        <source>aligner projects (*.aligner)</source>
        <translation>مشاريع aligner (*.aligner)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/project_files.py" line="98"/>
        <source>{path} already exists. Open it with File ▸ Open project.</source>
        <translation>الملف {path} موجود من قبل. افتحه من ملف ◂ فتح مشروع.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/project_files.py" line="130"/>
        <source>Files to import</source>
        <translation>ملفات للاستيراد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/project_files.py" line="132"/>
        <source>Passages ({patterns});;All files (*)</source>
        <translation>مقاطع ({patterns});;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/project_files.py" line="154"/>
        <source>, </source>
        <comment>between file names</comment>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/project_files.py" line="158"/>
        <source>Import passages</source>
        <translation>استيراد مقاطع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/project_files.py" line="159"/>
        <source>No project is open. Import {name} into a new project, or into one you already have?</source>
        <translation>لا مشروع مفتوح. أتستورد {name} إلى مشروع جديد أم إلى مشروع لديك؟</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/project_files.py" line="168"/>
        <source>&amp;Existing project…</source>
        <translation>مشروع م&amp;وجود…</translation>
    </message>
</context>
<context>
    <name>Origins</name>
    <message>
        <location filename="../../aligner_gui/ui/review/display.py" line="34"/>
        <source>a model</source>
        <translation>نموذج</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/display.py" line="35"/>
        <source>imported</source>
        <translation>مستوردة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/display.py" line="36"/>
        <source>written by hand</source>
        <translation>مكتوبة يدويًا</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/display.py" line="37"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
</context>
<context>
    <name>PromptDialog</name>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="41"/>
        <source>Prompts</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="45"/>
        <source>New prompt…</source>
        <translation>تعليمات جديدة…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="48"/>
        <source>Prompt</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="50"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="58"/>
        <source>Save as new version</source>
        <translation>حفظ كإصدار جديد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="96"/>
        <source>{label} · {language} · saved {time}. Editing an older version saves a new one.</source>
        <translation>{label} · {language} · حُفظت {time}. تحرير إصدار أقدم يحفظ إصدارًا جديدًا.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="141"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="141"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="125"/>
        <source>Prompt not saved</source>
        <translation>لم تُحفظ التعليمات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="128"/>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="133"/>
        <source>New prompt</source>
        <translation>تعليمات جديدة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="128"/>
        <source>Name of the new prompt:</source>
        <translation>اسم التعليمات الجديدة:</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/prompt_dialog.py" line="133"/>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../aligner_gui/ui/common/i18n.py" line="28"/>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/i18n.py" line="29"/>
        <source>%1 File</source>
        <translation>ملف %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../aligner_gui/ui/common/i18n.py" line="26"/>
        <source>&amp;Look in:</source>
        <translation>ا&amp;عثر في:</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/i18n.py" line="27"/>
        <source>Files of &amp;type:</source>
        <translation>الملفّات من ال&amp;نّوع:</translation>
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
        <location filename="../../aligner_gui/ui/queue/panel.py" line="60"/>
        <source>All states</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue/panel.py" line="66"/>
        <source>Worst first</source>
        <translation>الأسوأ أولًا</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue/panel.py" line="67"/>
        <source>Order the list by the worst automatic flag, most likely wrong first</source>
        <translation>رتّب القائمة حسب أسوأ علامة تلقائية، الأرجح خطأً أولًا</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue/panel.py" line="71"/>
        <source>Search (ال optional; word* for a prefix)…</source>
        <translation>بحث («ال» اختيارية؛ كلمة* لبدايتها)…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue/panel.py" line="208"/>
        <source>Any reason</source>
        <translation>أي سبب</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue/panel.py" line="129"/>
        <source>Any reviewer</source>
        <translation>أي مراجِع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue/panel.py" line="74"/>
        <source>Tashkeel and alef forms are ignored. An Arabic word also finds it with ال and with و ف ب ك ل attached: جزيرة finds الجزيرة, والجزيرة, بالجزيرة, للجزيرة, وجزيرة. End a word with * to find the words it begins (كتا*). Put words in &quot;double quotes&quot; to find them in a row.</source>
        <translation>يُتجاهَل التشكيل وأشكال الألف. تجد الكلمة العربية صيغها أيضًا مع «ال» ومع «و ف ب ك ل» متصلةً بها: جزيرة تجد الجزيرة، والجزيرة، بالجزيرة، للجزيرة، وجزيرة. أنهِ الكلمة بـ * لتجد الكلمات التي تبدأ بها (كتا*). ضع الكلمات بين &quot;علامتي تنصيص&quot; لتجدها متتالية.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue/panel.py" line="181"/>
        <source>No passage is pending</source>
        <translation>لا توجد فقرة بانتظار المراجعة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue/panel.py" line="185"/>
        <source>Filters cleared to show the next pending passage</source>
        <translation>أُلغيت عوامل التصفية لعرض الفقرة التالية بانتظار المراجعة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue/panel.py" line="268"/>
        <source>Passages: {count}</source>
        <translation>الفقرات: {count}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue/panel.py" line="268"/>
        <source>Passages: {count}+</source>
        <translation>الفقرات: أكثر من {count}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/queue/panel.py" line="270"/>
        <source>More passages match: they are read as the list is scrolled to its end.</source>
        <translation>هناك فقرات أخرى مطابقة: تُقرأ عند تمرير القائمة إلى نهايتها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/queue/panel.py" line="273"/>
        <source>Worst first within each %Ln passage(s) read.</source>
        <translation>
            <numerusform>الأسوأ أولًا ضمن كل دفعة من لا فقرات مقروءة.</numerusform>
            <numerusform>الأسوأ أولًا ضمن كل دفعة من فقرة واحدة مقروءة.</numerusform>
            <numerusform>الأسوأ أولًا ضمن كل دفعة من فقرتين مقروءة.</numerusform>
            <numerusform>الأسوأ أولًا ضمن كل دفعة من %Ln فقرات مقروءة.</numerusform>
            <numerusform>الأسوأ أولًا ضمن كل دفعة من %Ln فقرةً مقروءة.</numerusform>
            <numerusform>الأسوأ أولًا ضمن كل دفعة من %Ln فقرة مقروءة.</numerusform>
        </translation>
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
        <location filename="../../aligner_gui/ui/common/reason_labels.py" line="10"/>
        <source>harmful content left</source>
        <translation>بقي محتوى ضار</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/reason_labels.py" line="11"/>
        <source>knowledge lost</source>
        <translation>ضاعت معلومات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/reason_labels.py" line="12"/>
        <source>facts changed or invented</source>
        <translation>حقائق مغيّرة أو مختلقة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/reason_labels.py" line="13"/>
        <source>formatting</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/reason_labels.py" line="14"/>
        <source>translated or language drift</source>
        <translation>ترجمة أو انحراف عن اللغة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/reason_labels.py" line="15"/>
        <source>truncated</source>
        <translation>مبتورة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/reason_labels.py" line="16"/>
        <source>repetition</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/reason_labels.py" line="17"/>
        <source>dialect flattened</source>
        <translation>طُمست اللهجة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/reason_labels.py" line="18"/>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>ReasonsDialog</name>
    <message>
        <location filename="../../aligner_gui/ui/reasons/dialog.py" line="75"/>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/reasons/dialog.py" line="78"/>
        <source>The reasons a reviewer can tick with a decision, in order: the first nine get the keys 1 to 9. Each decision records a reason&apos;s code, so a reason&apos;s code stays as it is; its label can be changed. Removing a reason leaves the decisions already made with it as they are.</source>
        <translation>الأسباب التي يختارها المراجع مع القرار، بترتيبها: تأخذ الأسباب التسعة الأولى المفاتيح من ١ إلى ٩. يسجّل كل قرار رمز السبب، فيبقى رمز السبب كما هو، وتتغير تسميته إن شئت. وحذف سبب يترك القرارات التي اتُّخذت به كما هي.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/reasons/dialog.py" line="85"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/reasons/dialog.py" line="85"/>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/reasons/dialog.py" line="100"/>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/reasons/dialog.py" line="101"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/reasons/dialog.py" line="102"/>
        <source>Move &amp;up</source>
        <translation>نقل لأ&amp;على</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/reasons/dialog.py" line="103"/>
        <source>Move &amp;down</source>
        <translation>نقل لأ&amp;سفل</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/reasons/dialog.py" line="139"/>
        <source>Recorded with each decision: it stays as it is</source>
        <translation>يُسجَّل مع كل قرار: يبقى كما هو</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/reasons/dialog.py" line="141"/>
        <source>What each decision will record: one word of letters, digits, _ or -</source>
        <translation>ما سيسجّله كل قرار: كلمة واحدة من حروف وأرقام و‎_‎ أو ‎-</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/reasons/dialog.py" line="221"/>
        <source>Row {row}: a code is one word of letters, digits, _ or -</source>
        <translation>الصف {row}: الرمز كلمة واحدة من حروف وأرقام و‎_‎ أو ‎-</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/reasons/dialog.py" line="225"/>
        <source>Row {row}: another reason already has the code {code}</source>
        <translation>الصف {row}: الرمز {code} لسبب آخر</translation>
    </message>
</context>
<context>
    <name>RecentList</name>
    <message>
        <location filename="../../aligner_gui/ui/welcome/recent_list.py" line="26"/>
        <source>{name} in {folder}</source>
        <translation>{name} في {folder}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/welcome/recent_list.py" line="28"/>
        <source>{project} (not found)</source>
        <translation>{project} (غير موجود)</translation>
    </message>
</context>
<context>
    <name>ReviewDisplay</name>
    <message>
        <location filename="../../aligner_gui/ui/review/display.py" line="102"/>
        <source>Recovered an unsaved edit from {time}</source>
        <translation>استُعيد تعديل لم يُحفظ من {time}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/display.py" line="124"/>
        <source>candidate {n} of {count}</source>
        <translation>المرشَّح {n} من {count}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/display.py" line="128"/>
        <source>TRUNCATED</source>
        <translation>مبتور</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/display.py" line="130"/>
        <source>Passage {uid} · {source} · {chars} · rewrite: {origin} · your decision: {state}</source>
        <translation>الفقرة {uid} · {source} · {chars} · إعادة الصياغة: {origin} · قرارك: {state}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/review/display.py" line="133"/>
        <source>%Ln characters</source>
        <translation>
            <numerusform>لا أحرف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفان</numerusform>
            <numerusform>%Ln أحرف</numerusform>
            <numerusform>%Ln حرفًا</numerusform>
            <numerusform>%Ln حرف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/display.py" line="165"/>
        <source>No rewrite yet: press {edit} to write one yourself, starting from the raw text, or {generate} to have the rewriter make one.</source>
        <translation>لا توجد إعادة صياغة بعد: اضغط {edit} لتكتبها بنفسك انطلاقًا من النص الخام، أو {generate} ليُعدّها نموذج إعادة الصياغة.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/display.py" line="204"/>
        <source>Final text (editing — Ctrl+Enter saves, Esc leaves)</source>
        <translation>النص النهائي (تحرير — Ctrl+Enter للحفظ، Esc للخروج)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/display.py" line="206"/>
        <source>Final text (changed)</source>
        <translation>النص النهائي (معدَّل)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/display.py" line="208"/>
        <source>Rewrite</source>
        <translation>إعادة الصياغة</translation>
    </message>
</context>
<context>
    <name>ReviewKeys</name>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="40"/>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="41"/>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="42"/>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="43"/>
        <source>Save edit</source>
        <translation>حفظ التعديل</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="44"/>
        <source>Leave editor</source>
        <translation>مغادرة المحرر</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="45"/>
        <source>Skip</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="46"/>
        <source>Next passage</source>
        <translation>الفقرة التالية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="47"/>
        <source>Previous passage</source>
        <translation>الفقرة السابقة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="48"/>
        <source>Next pending passage</source>
        <translation>الفقرة التالية بانتظار المراجعة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="49"/>
        <source>Next change</source>
        <translation>التغيير التالي</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="50"/>
        <source>Previous change</source>
        <translation>التغيير السابق</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="51"/>
        <source>Revert or take this change</source>
        <translation>إرجاع هذا التغيير أو أخذه</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="52"/>
        <source>Remove this addition</source>
        <translation>احذف هذه الإضافة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="53"/>
        <source>Split this change at the cursor</source>
        <translation>قسّم هذا التغيير عند المؤشر</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="54"/>
        <source>Start from the original</source>
        <translation>البدء من النص الأصلي</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="55"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="56"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="57"/>
        <source>Regenerate this passage</source>
        <translation>إعادة توليد هذه الفقرة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="58"/>
        <source>Next candidate</source>
        <translation>المرشَّح التالي</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="59"/>
        <source>Previous candidate</source>
        <translation>المرشَّح السابق</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="60"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="61"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="62"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="63"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="64"/>
        <source>Show all states</source>
        <translation>عرض كل الحالات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="65"/>
        <source>Show pending passages</source>
        <translation>عرض الفقرات التي بانتظار المراجعة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="66"/>
        <source>Show accepted passages</source>
        <translation>عرض الفقرات المقبولة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="67"/>
        <source>Show edited passages</source>
        <translation>عرض الفقرات المعدّلة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="68"/>
        <source>Show rejected passages</source>
        <translation>عرض الفقرات المرفوضة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="69"/>
        <source>Show skipped passages</source>
        <translation>عرض الفقرات المؤجّلة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/common/keys.py" line="70"/>
        <source>Show passages without a rewrite</source>
        <translation>عرض الفقرات التي بلا إعادة صياغة</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="111"/>
        <source>Discard recovered edit</source>
        <translation>تجاهل التعديل المستعاد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="120"/>
        <source>Raw passage</source>
        <translation>النص الخام</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="121"/>
        <location filename="../../aligner_gui/ui/session.py" line="242"/>
        <source>Rewrite</source>
        <translation>إعادة الصياغة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="128"/>
        <source>Ignore diacritics and tatweel</source>
        <translation>تجاهل التشكيل والتطويل</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="129"/>
        <source>Ignore white space</source>
        <translation>تجاهل المسافات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="146"/>
        <source>Note (optional)</source>
        <translation>ملاحظة (اختيارية)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="151"/>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="152"/>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="153"/>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="154"/>
        <source>Save edit</source>
        <translation>حفظ التعديل</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="155"/>
        <source>Skip</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="226"/>
        <source>{reason} (no longer offered)</source>
        <translation>{reason} (لم يعد ضمن الأسباب)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="260"/>
        <source>Removed:</source>
        <translation>حُذف:</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="260"/>
        <source>Added:</source>
        <translation>أُضيف:</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/review/panel.py" line="269"/>
        <source>no rewrite yet</source>
        <translation>لا إعادة صياغة بعد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/review/panel.py" line="271"/>
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>لا تغييرات</numerusform>
            <numerusform>تغيير واحد</numerusform>
            <numerusform>تغييران</numerusform>
            <numerusform>%Ln تغييرات</numerusform>
            <numerusform>%Ln تغييرًا</numerusform>
            <numerusform>%Ln تغيير</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RewriteRunner</name>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/runner.py" line="53"/>
        <source>loading {model}…</source>
        <translation>جارٍ تحميل {model}…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/runner.py" line="146"/>
        <source>Nothing to rewrite: every passage chosen already has a rewrite</source>
        <translation>لا شيء لإعادة كتابته: لكل فقرة مختارة إعادة كتابة من قبل</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/runner.py" line="149"/>
        <source>resuming job {id}</source>
        <translation>استئناف المهمة {id}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/runner.py" line="149"/>
        <source>job {id}</source>
        <translation>المهمة {id}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/rewriter/runner.py" line="150"/>
        <source>{left} of %Ln passage(s) to rewrite</source>
        <translation>
            <numerusform>بقي {left} من لا فقرات لإعادة كتابتها</numerusform>
            <numerusform>بقي {left} من فقرة واحدة لإعادة كتابتها</numerusform>
            <numerusform>بقي {left} من فقرتين لإعادة كتابتها</numerusform>
            <numerusform>بقي {left} من %Ln فقرات لإعادة كتابتها</numerusform>
            <numerusform>بقي {left} من %Ln فقرةً لإعادة كتابتها</numerusform>
            <numerusform>بقي {left} من %Ln فقرة لإعادة كتابتها</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RewriterDock</name>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="38"/>
        <source>Rewriter</source>
        <translation>مُعيد الكتابة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="90"/>
        <source>No passage is shown</source>
        <translation>لا فقرة معروضة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="100"/>
        <source>starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="102"/>
        <source>The rewriter is busy</source>
        <translation>مُعيد الكتابة مشغول</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="110"/>
        <source>resumed</source>
        <translation>استُؤنف</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="113"/>
        <source>paused: the batch in progress waits at its next step</source>
        <translation>متوقف مؤقتًا: الدفعة الجارية تنتظر عند خطوتها التالية</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="119"/>
        <source>cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="128"/>
        <source>A new candidate is written by the rewriter, and the rewriter is not set up yet.</source>
        <translation>يكتب مُعيد الكتابة المرشَّحَ الجديد، ولم يُهيَّأ مُعيد الكتابة بعد.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="131"/>
        <source>Or import rewrites made elsewhere: File ▸ Import passages…, with Rewrite field naming the field that holds them.</source>
        <translation>أو استورد إعادات صياغة أُعدّت في مكان آخر: ملف ▸ استيراد مقاطع…، وسمِّ في «حقل إعادة الصياغة» الحقلَ الذي يحملها.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="136"/>
        <source>Rewriter not set up</source>
        <translation>مُعيد الكتابة غير مهيّأ</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="138"/>
        <source>Open the Rewriter panel</source>
        <translation>افتح لوحة مُعيد الكتابة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="171"/>
        <source>Failed: {reason}</source>
        <translation>فشل: {reason}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="176"/>
        <source>Job finished</source>
        <translation>انتهت المهمة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/dock.py" line="176"/>
        <source>Job cancelled: run it again to carry on</source>
        <translation>أُلغيت المهمة: شغِّلها مجددًا لتكمل من حيث توقفت</translation>
    </message>
</context>
<context>
    <name>RewriterPanel</name>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="58"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="77"/>
        <source>optional; default {variable}</source>
        <translation>اختياري؛ الافتراضي {variable}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="80"/>
        <source>Edit prompts…</source>
        <translation>تحرير التعليمات…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="87"/>
        <source>All passages</source>
        <translation>كل الفقرات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="87"/>
        <source>The passages in the list</source>
        <translation>الفقرات التي في القائمة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="87"/>
        <source>This passage</source>
        <translation>هذه الفقرة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="90"/>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="91"/>
        <source>automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="93"/>
        <source>Sample (instead of greedy)</source>
        <translation>أخذ عينات (بدل الاختيار الأرجح)</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="55"/>
        <source>A model on this computer</source>
        <translation>نموذج على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="68"/>
        <source>for example {url}</source>
        <translation>مثلًا {url}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="54"/>
        <source>An {openai}-compatible server</source>
        <translation>خادم متوافق مع {openai}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="60"/>
        <source>Choose the model&apos;s folder: the one that holds its {config}</source>
        <translation>اختر مجلد النموذج: المجلد الذي فيه ملف {config}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="70"/>
        <source>The server&apos;s address, up to {v1}: {vllm} on this computer is at {url}</source>
        <translation>عنوان الخادم حتى {v1}: عنوان {vllm} على هذا الحاسوب هو {url}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="96"/>
        <source>Download the model if it is not cached</source>
        <translation>نزّل النموذج إن لم يكن محفوظًا محليًا</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="97"/>
        <source>Run the checkpoint&apos;s own code</source>
        <translation>شغّل الشيفرة المرفقة بالنموذج</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="98"/>
        <source>Accept pickle weights</source>
        <translation>اقبل أوزان ⁨pickle⁩</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="101"/>
        <source>Backend</source>
        <translation>المحرّك</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="102"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="103"/>
        <source>Server URL</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="104"/>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="105"/>
        <source>Prompt</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="106"/>
        <source>Passages</source>
        <translation>الفقرات</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="107"/>
        <source>At most</source>
        <translation>بحد أقصى</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="108"/>
        <source>Batch size</source>
        <translation>حجم الدفعة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="109"/>
        <source>Max new tokens</source>
        <translation>أقصى عدد من الرموز الجديدة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="114"/>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="115"/>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="258"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="116"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="146"/>
        <source>Model folder</source>
        <translation>مجلد النموذج</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="171"/>
        <source>the server&apos;s model name</source>
        <translation>اسم النموذج لدى الخادم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="265"/>
        <source>{done} of %Ln passage(s) · {rate} tokens/s · {left} left</source>
        <translation>
            <numerusform>{done} من لا فقرات · {rate} رمزًا/ث · بقي {left}</numerusform>
            <numerusform>{done} من فقرة واحدة · {rate} رمزًا/ث · بقي {left}</numerusform>
            <numerusform>{done} من فقرتين · {rate} رمزًا/ث · بقي {left}</numerusform>
            <numerusform>{done} من %Ln فقرات · {rate} رمزًا/ث · بقي {left}</numerusform>
            <numerusform>{done} من %Ln فقرةً · {rate} رمزًا/ث · بقي {left}</numerusform>
            <numerusform>{done} من %Ln فقرة · {rate} رمزًا/ث · بقي {left}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="159"/>
        <source>The name the server gives its model ({option} of {vllm})</source>
        <translation>الاسم الذي يعطيه الخادم لنموذجه (الخيار {option} في {vllm})</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="171"/>
        <source>a model folder</source>
        <translation>مجلد نموذج</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="166"/>
        <source>The model&apos;s folder (Browse…), or the id of a model already in this computer&apos;s {hf} cache</source>
        <translation>مجلد النموذج (استعراض…)، أو معرّف نموذج موجود في ذاكرة {hf} المحلية على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/panel.py" line="258"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
</context>
<context>
    <name>RewriterSettings</name>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/setting_messages.py" line="32"/>
        <source>The rewriter has no model yet. In the Rewriter panel, fill in Model with a model folder on this computer (Browse…), or, for an {openai}-compatible server, with the name the server gives its model.</source>
        <translation>ليس لمُعيد الكتابة نموذج بعد. املأ حقل «النموذج» في لوحة مُعيد الكتابة: مجلد نموذج على هذا الحاسوب (استعراض…)، أو الاسم الذي يعطيه الخادم لنموذجه إن كان خادمًا متوافقًا مع {openai}.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/setting_messages.py" line="37"/>
        <source>There is no model folder at {folder}. Choose the model&apos;s folder with Browse….</source>
        <translation>لا يوجد مجلد نموذج في {folder}. اختر مجلد النموذج بزر «استعراض…».</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/setting_messages.py" line="40"/>
        <source>{folder} is not a model folder: it has no {config}. Choose the folder that holds the model&apos;s {config} with Browse….</source>
        <translation>{folder} ليس مجلد نموذج: لا يحوي ملف {config}. اختر بزر «استعراض…» المجلد الذي فيه ملف {config} الخاص بالنموذج.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/setting_messages.py" line="45"/>
        <source>Model {model} is neither a folder nor in this computer&apos;s {hf} cache. Choose the model&apos;s folder with Browse…, or tick “Download the model if it is not cached”.</source>
        <translation>النموذج {model} ليس مجلدًا، وليس في ذاكرة {hf} المحلية على هذا الحاسوب. اختر مجلد النموذج بزر «استعراض…»، أو فعّل «نزّل النموذج إن لم يكن محفوظًا محليًا».</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/setting_messages.py" line="50"/>
        <source>{folder} has its weights only as {file}, a pickle file, which can run code when it is loaded. Convert it to {safetensors}, or tick “Accept pickle weights” if you trust where it came from.</source>
        <translation>أوزان {folder} محفوظة في {file} فقط، وهو ملف ⁨pickle⁩ قد يشغّل شيفرةً عند تحميله. حوّله إلى {safetensors}، أو فعّل «اقبل أوزان ⁨pickle⁩» إن كنت تثق بمصدره.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/setting_messages.py" line="55"/>
        <source>{folder} needs its own Python code to load. Tick “Run the checkpoint&apos;s own code” only if you trust where it came from.</source>
        <translation>يحتاج {folder} إلى شيفرة بايثون خاصة به ليُحمَّل. فعّل «شغّل الشيفرة المرفقة بالنموذج» فقط إن كنت تثق بمصدره.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/setting_messages.py" line="60"/>
        <source>Fill in Server URL in the Rewriter panel: the address of the {openai}-compatible server, for example {example} for {vllm} on this computer.</source>
        <translation>املأ حقل «عنوان الخادم» في لوحة مُعيد الكتابة: عنوان الخادم المتوافق مع {openai}، مثلًا {example} لخادم {vllm} على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/setting_messages.py" line="65"/>
        <source>Server URL {url} is not a server address. Write it as {shape}, for example {example}.</source>
        <translation>«عنوان الخادم» {url} ليس عنوان خادم. اكتبه على هيئة {shape}، مثلًا {example}.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/setting_messages.py" line="68"/>
        <source>Nothing answers at {url} ({reason}). Is the server running? Check Server URL in the Rewriter panel.</source>
        <translation>لا يجيب شيء على {url} ({reason}). هل الخادم يعمل؟ تحقّق من «عنوان الخادم» في لوحة مُعيد الكتابة.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/setting_messages.py" line="72"/>
        <source>{url} refused the API key ({detail}). Fill in API key in the Rewriter panel, or set the environment variable {variable} before starting the app.</source>
        <translation>رفض {url} مفتاح ⁨API⁩ ({detail}). املأ حقل «مفتاح ⁨API⁩» في لوحة مُعيد الكتابة، أو اضبط متغير البيئة {variable} قبل تشغيل التطبيق.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/setting_messages.py" line="77"/>
        <source>Out of memory on a single passage. Lower Max new tokens, choose a smaller model, or free the GPU.</source>
        <translation>نفدت الذاكرة على فقرة واحدة. خفّض «أقصى عدد من الرموز الجديدة»، أو اختر نموذجًا أصغر، أو حرّر ذاكرة بطاقة الرسوميات.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/setting_messages.py" line="81"/>
        <source>{url} answered “not found” ({detail}). Check Server URL (it usually ends in {v1}), and that Model, now {model}, is the name the server gives its model.</source>
        <translation>أجاب {url} بأن المطلوب غير موجود ({detail}). تحقّق من «عنوان الخادم» (ينتهي عادةً بـ {v1})، ومن أن «النموذج»، وهو الآن {model}، هو الاسم الذي يعطيه الخادم لنموذجه.</translation>
    </message>
</context>
<context>
    <name>RewriterThreeWays</name>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/three_ways.py" line="13"/>
        <source>Three ways to get rewrites:</source>
        <translation>ثلاث طرق للحصول على إعادات الصياغة:</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/three_ways.py" line="14"/>
        <source>1. A model on this computer: choose it as Backend, then its folder in Model (Browse…).</source>
        <translation>1. نموذج على هذا الحاسوب: اختره في «المحرّك»، ثم اختر مجلده في «النموذج» (استعراض…).</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/three_ways.py" line="18"/>
        <source>2. An {openai}-compatible server, such as {vllm}: choose it as Backend, then fill in Server URL, and in Model the server&apos;s model name.</source>
        <translation>2. خادم متوافق مع {openai} مثل {vllm}: اختره في «المحرّك»، ثم املأ «عنوان الخادم»، واكتب في «النموذج» اسم النموذج لدى الخادم.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/rewriter/three_ways.py" line="23"/>
        <source>3. Rewrites made elsewhere: File ▸ Import passages… reads them with the passages, from the field named in Rewrite field.</source>
        <translation>3. إعادات صياغة أُعدّت في مكان آخر: ملف ▸ استيراد مقاطع… يقرؤها مع الفقرات، من الحقل المسمّى في «حقل إعادة الصياغة».</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../aligner_gui/ui/session.py" line="134"/>
        <source>A new candidate is being written: wait for it, or Esc</source>
        <translation>يُكتب مرشَّح جديد الآن: انتظره، أو اضغط Esc</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../aligner_gui/ui/help/shortcuts.py" line="81"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/help/shortcuts.py" line="85"/>
        <source>Filter by action or key</source>
        <translation>صفِّ حسب الإجراء أو المفتاح</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/help/shortcuts.py" line="89"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/help/shortcuts.py" line="89"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/help/shortcuts.py" line="123"/>
        <source>Other keys</source>
        <translation>مفاتيح أخرى</translation>
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
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../aligner_gui/ui/welcome/screen.py" line="57"/>
        <source>Start with the demo to learn the keys: each passage is shown beside its rewrite, and one key accepts, edits or rejects it. Then create a project and import your passages (JSON lines, CSV, Parquet or text), or drop the file on this window.</source>
        <translation>ابدأ بالمشروع التجريبي لتتعلّم المفاتيح: يُعرض كل مقطع بجانب إعادة صياغته، ويكفي مفتاح واحد لقبولها أو تحريرها أو رفضها. ثم أنشئ مشروعًا واستورد مقاطعك إليه (أسطر JSON أو CSV أو Parquet أو نص)، أو أفلت الملف على هذه النافذة.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/welcome/screen.py" line="65"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/welcome/screen.py" line="78"/>
        <source>Your &amp;name:</source>
        <translation>ا&amp;سمك:</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/welcome/screen.py" line="80"/>
        <source>&amp;Language:</source>
        <translation>اللغ&amp;ة:</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/welcome/screen.py" line="90"/>
        <source>New pro&amp;ject…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/welcome/screen.py" line="91"/>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/welcome/screen.py" line="92"/>
        <source>Open the &amp;demo</source>
        <translation>فتح المشروع ال&amp;تجريبي</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/welcome/screen.py" line="93"/>
        <source>&amp;Import a file…</source>
        <translation>ا&amp;ستيراد ملف…</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/welcome/screen.py" line="106"/>
        <source>Recent projects</source>
        <translation>المشاريع الأخيرة</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/welcome/screen.py" line="112"/>
        <source>Drop a file of passages or an .aligner project anywhere on this window.</source>
        <translation>أفلت ملف مقاطع أو مشروع ⁨‎.aligner⁩ في أي مكان من هذه النافذة.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/welcome/screen.py" line="151"/>
        <source>Open {name}</source>
        <translation>فتح {name}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/welcome/screen.py" line="153"/>
        <source>Reopen {name}</source>
        <translation>إعادة فتح {name}</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/welcome/screen.py" line="185"/>
        <source>Recorded with each decision you make. Required.</source>
        <translation>يُسجَّل مع كل قرار تتخذه. وهو مطلوب.</translation>
    </message>
    <message>
        <location filename="../../aligner_gui/ui/welcome/screen.py" line="198"/>
        <source>The new language applies when aligner_gui is started again.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل aligner_gui من جديد.</translation>
    </message>
</context>
</TS>
