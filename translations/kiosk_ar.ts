<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA" sourcelanguage="en">
<context>
    <name>BackupBanner</name>
    <message>
        <source>The automatic backup to %1 failed. Check that the folder or the USB stick is there, writable and not full; the next backup is tried in %2 minutes, or run: %3.</source>
        <translation>فشل الحفظ الاحتياطي التلقائي في %1. تحققوا من وجود المجلد أو مفتاح USB، ومن إمكانية الكتابة فيه ومن أنه غير ممتلئ؛ ستُجرَّب النسخة التالية بعد %2 دقيقة، أو شغّلوا: %3.</translation>
    </message>
</context>
<context>
    <name>BirthDate</name>
    <message>
        <source>Your date of birth</source>
        <translation>تاريخ ازديادك</translation>
    </message>
    <message>
        <source>To make sure it is you, tap the day, the month and the year of your birth.</source>
        <translation>للتأكد من أنك أنت، المس يوم وشهر وسنة ازديادك.</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Called tickets</source>
        <translation>التذاكر المنادى عليها</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>التذكرة</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Next tickets</source>
        <translation>التذاكر التالية</translation>
    </message>
    <message>
        <source>People waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>مدة الانتظار المتوقعة</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>Donations today</source>
        <translation>تبرعات اليوم</translation>
    </message>
    <message>
        <source>Please wait: your number will appear here.</source>
        <translation>يرجى الانتظار: سيظهر رقمك هنا.</translation>
    </message>
    <message>
        <source>Nobody waiting</source>
        <translation>لا أحد في الانتظار</translation>
    </message>
    <message>
        <source>Thank you for giving blood</source>
        <translation>شكرًا على تبرعكم بالدم</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Show your donor card</source>
        <translation>أظهر بطاقة المتبرع الخاصة بك</translation>
    </message>
    <message>
        <source>Hold the square code of your card under the scanner&apos;s red light.</source>
        <translation>ضع الرمز المربع الموجود على بطاقتك تحت الضوء الأحمر لجهاز القراءة.</translation>
    </message>
</context>
<context>
    <name>Cin</name>
    <message>
        <source>Your identity card number</source>
        <translation>رقم بطاقتك الوطنية</translation>
    </message>
    <message>
        <source>As written on your national identity card, for example %1.</source>
        <translation>كما هو مكتوب على بطاقة التعريف الوطنية، مثلًا %1.</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Is this you?</source>
        <translation>هل هذا أنت؟</translation>
    </message>
    <message>
        <source>Yes, it is me</source>
        <translation>نعم، هذا أنا</translation>
    </message>
    <message>
        <source>No, it is not me</source>
        <translation>لا، ليس أنا</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Your data and your consent</source>
        <translation>معطياتك الشخصية وموافقتك</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>المسؤول عن المعالجة</translation>
    </message>
    <message>
        <source>%1, organiser of this campaign, with the Moroccan Agency of Blood and its Derivatives (AMSD).</source>
        <translation>%1، الجهة المنظمة لهذه الحملة، بتعاون مع الوكالة المغربية للدم ومشتقاته.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>الغاية</translation>
    </message>
    <message>
        <source>To register you, to check before the donation that giving blood is safe for you and for the patient, and to call you in the queue.</source>
        <translation>تسجيلك، والتأكد قبل التبرع من أن التبرع بالدم آمن لك وللمريض، ومناداتك في قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>حقوقك</translation>
    </message>
    <message>
        <source>Under law %1 you may see, correct or delete your data, and object to its use. The CNDP watches over these rights.</source>
        <translation>طبقًا للقانون %1، يحق لك الاطلاع على معطياتك وتصحيحها وحذفها والتعرض على معالجتها. وتسهر اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي على احترام هذه الحقوق.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>للتواصل</translation>
    </message>
    <message>
        <source>Notice version %1</source>
        <translation>نسخة الإشعار %1</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>لا أوافق</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>أوافق</translation>
    </message>
    <message>
        <source>Who sees your answers</source>
        <translation>من يطّلع على أجوبتك</translation>
    </message>
    <message>
        <source>Only the medical team of this campaign (nurses and doctors), on the nurse station, and the AMSD for your donor file. This screen never shows them, and they are given to no one else.</source>
        <translation>الفريق الطبي لهذه الحملة فقط (الممرضون والممرضات والأطباء)، على شاشة مكتب التمريض، والوكالة المغربية للدم ومشتقاته لملفك كمتبرع. هذه الشاشة لا تعرضها أبدًا، ولا تُعطى لأي جهة أخرى.</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>مدة الحفظ</translation>
    </message>
    <message>
        <source>Your registration and your answers are kept for %1 years after your last visit.</source>
        <translation>يُحتفظ بتسجيلك وبأجوبتك لمدة %1 سنة بعد آخر زيارة لك.</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>There is no %1 %2: the day is now %3. Please check it.</source>
        <translation>لا يوجد يوم %1 في شهر %2: أصبح اليوم %3. يرجى التحقق منه.</translation>
    </message>
</context>
<context>
    <name>Deferred</name>
    <message>
        <source>Thank you for coming</source>
        <translation>شكرًا على حضورك</translation>
    </message>
    <message>
        <source>Your will to give blood matters. We hope to see you again.</source>
        <translation>رغبتك في التبرع بالدم لها قيمة كبيرة. نتمنى أن نراك مجددًا.</translation>
    </message>
    <message>
        <source>Thank you for coming</source>
        <comment>F</comment>
        <translation>شكرًا على حضوركِ</translation>
    </message>
    <message>
        <source>Thank you for coming</source>
        <comment>M</comment>
        <translation>شكرًا على حضورك</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Queue ticket</source>
        <translation>تذكرة الانتظار</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>رقمك</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>عدد الأشخاص قبلك: %1</translation>
    </message>
    <message>
        <source>Nobody ahead of you</source>
        <translation>لا أحد قبلك</translation>
    </message>
    <message>
        <source>The nurse station scans this code when your number is called.</source>
        <translation>يُمسح هذا الرمز في مكتب التمريض عند المناداة على رقمك.</translation>
    </message>
    <message>
        <source>Thank you for your generosity: every drop counts.</source>
        <translation>شكرا على عطائك، فكل قطرة لها قيمتها.</translation>
    </message>
    <message>
        <source>Donor card</source>
        <translation>بطاقة المتبرع</translation>
    </message>
    <message>
        <source>Donor number</source>
        <translation>رقم المتبرع</translation>
    </message>
    <message>
        <source>Blood group</source>
        <translation>فصيلة الدم</translation>
    </message>
    <message>
        <source>First donation</source>
        <translation>أول تبرع</translation>
    </message>
    <message>
        <source>Show this card at your next donation.</source>
        <translation>قدّم هذه البطاقة عند تبرعك القادم.</translation>
    </message>
    <message>
        <source>Next donation from</source>
        <translation>التبرع المقبل ابتداءً من</translation>
    </message>
    <message>
        <source>Blood donation certificate</source>
        <translation>شهادة التبرع بالدم</translation>
    </message>
    <message>
        <source>The undersigned certifies that the person named below gave blood voluntarily and without payment.</source>
        <translation>يشهد الموقع أسفله أن الشخص المذكور أدناه قد تبرع بدمه طوعا ودون مقابل.</translation>
    </message>
    <message>
        <source>Family name and first name</source>
        <translation>الاسم العائلي والشخصي</translation>
    </message>
    <message>
        <source>National ID card number</source>
        <translation>رقم البطاقة الوطنية</translation>
    </message>
    <message>
        <source>Date of donation</source>
        <translation>تاريخ التبرع</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>تنظيم</translation>
    </message>
    <message>
        <source>Type of donation</source>
        <translation>نوع التبرع</translation>
    </message>
    <message>
        <source>%1 (%2 mL)</source>
        <translation>%1 (%2 مل)</translation>
    </message>
    <message>
        <source>Issued at %1 on %2</source>
        <translation>حرر في %1 بتاريخ %2</translation>
    </message>
    <message>
        <source>For the medical team</source>
        <translation>عن الفريق الطبي</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>المرجع: %1</translation>
    </message>
    <message>
        <source>Bag number</source>
        <translation>رقم كيس الدم</translation>
    </message>
    <message>
        <source>Signature and stamp</source>
        <translation>التوقيع والختم</translation>
    </message>
    <message>
        <source>Issued to the donor for any lawful purpose, in particular for an employer.</source>
        <translation>سلمت هذه الشهادة للمعني(ة) بالأمر للإدلاء بها عند الحاجة، ولا سيما لدى المشغل.</translation>
    </message>
    <message>
        <source>Thank you: your gift saves lives.</source>
        <translation>شكرا لك: عطاؤك ينقذ الأرواح.</translation>
    </message>
    <message>
        <source>Whole blood</source>
        <translation>دم كامل</translation>
    </message>
    <message>
        <source>Plasma</source>
        <translation>بلازما</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>صفائح دموية</translation>
    </message>
    <message>
        <source>Estimated wait: about %1 min</source>
        <translation>مدة الانتظار التقريبية: %1 دقيقة</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Call a staff member</source>
        <translation>نداء أحد أفراد الطاقم</translation>
    </message>
    <message>
        <source>A staff member has been called.</source>
        <translation>تم استدعاء أحد أفراد الطاقم.</translation>
    </message>
    <message>
        <source>A staff member is on the way.</source>
        <translation>أحد أفراد الطاقم في الطريق إليك.</translation>
    </message>
    <message>
        <source>The call could not be sent: please ask a staff member.</source>
        <translation>تعذّر إرسال الطلب: يُرجى التوجه إلى أحد أفراد الطاقم.</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>Touch the screen to continue. Otherwise, what you typed will be erased.</source>
        <translation>المس الشاشة للمتابعة، وإلا فسيُمحى كل ما أدخلته.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Thank you</source>
        <translation>شكرًا لك</translation>
    </message>
    <message>
        <source>Without your agreement we cannot register you. A staff member can answer your questions.</source>
        <translation>لا يمكننا تسجيلك دون موافقتك. يمكن لأحد أفراد الطاقم الإجابة عن أسئلتك.</translation>
    </message>
    <message>
        <source>You are already in the queue</source>
        <translation>أنت مسجل في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Registration is closed</source>
        <translation>التسجيل مغلق</translation>
    </message>
    <message>
        <source>Sorry</source>
        <translation>عذرًا</translation>
    </message>
    <message>
        <source>You are already in the queue</source>
        <comment>F</comment>
        <translation>أنتِ مسجلة في قائمة الانتظار</translation>
    </message>
    <message>
        <source>You are already in the queue</source>
        <comment>M</comment>
        <translation>أنت مسجل في قائمة الانتظار</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Before %1, or never</source>
        <translation>قبل %1، أو أبدًا</translation>
    </message>
</context>
<context>
    <name>NotFound</name>
    <message>
        <source>Register</source>
        <translation>التسجيل</translation>
    </message>
</context>
<context>
    <name>NotMatched</name>
    <message>
        <source>These details do not match</source>
        <translation>هذه المعلومات غير متطابقة</translation>
    </message>
    <message>
        <source>We cannot confirm these details here. Please see a staff member.</source>
        <translation>لا يمكننا التحقق من هذه المعلومات هنا. يُرجى التوجه إلى أحد أفراد الطاقم.</translation>
    </message>
    <message>
        <source>Please check the number and the date of birth and try again. If you have never given blood with us, you can register now.</source>
        <translation>يُرجى التحقق من الرقم ومن تاريخ الازدياد ثم المحاولة مرة أخرى. إذا لم يسبق لك التبرع بالدم معنا، يمكنك التسجيل الآن.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
</context>
<context>
    <name>NurseDonor</name>
    <message>
        <source>Eligible</source>
        <translation>مؤهل للتبرع</translation>
    </message>
    <message>
        <source>To check with staff</source>
        <translation>يُتحقق منه مع الطاقم</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>مؤجل</translation>
    </message>
    <message>
        <source>Permanently deferred</source>
        <translation>مؤجل نهائيًا</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Called to booth %1</source>
        <translation>منادى عليه إلى المكتب %1</translation>
    </message>
    <message>
        <source>In interview at booth %1</source>
        <translation>في المقابلة بالمكتب %1</translation>
    </message>
    <message>
        <source>Donated</source>
        <translation>تبرع</translation>
    </message>
    <message>
        <source>Left the queue</source>
        <translation>غادر الطابور</translation>
    </message>
    <message>
        <source>Whole blood</source>
        <translation>دم كامل</translation>
    </message>
    <message>
        <source>Plasma</source>
        <translation>بلازما</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>صفائح دموية</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>كلغ</translation>
    </message>
    <message>
        <source>g/dL</source>
        <translation>غ/دل</translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation>ملم زئبق</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>طباعة البطاقة</translation>
    </message>
    <message>
        <source>Print the donor card (its QR code holds no name)</source>
        <translation>طباعة بطاقة المتبرع (رمز QR فيها لا يحمل أي اسم)</translation>
    </message>
    <message>
        <source>Print certificate</source>
        <translation>طباعة الشهادة</translation>
    </message>
    <message>
        <source>This donor asked for a staff member.</source>
        <translation>طلب هذا المتبرع أحد أفراد الطاقم.</translation>
    </message>
    <message>
        <source>No donor selected: call the next one or pick one in the list.</source>
        <translation>لم يُختر أي متبرع: نادِ على التالي أو اختر واحدًا من القائمة.</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>امرأة</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>رجل</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 سنة</translation>
    </message>
    <message>
        <source>Blood group %1</source>
        <translation>الفصيلة %1</translation>
    </message>
    <message>
        <source>CIN %1</source>
        <translation>ب.ت.و %1</translation>
    </message>
    <message>
        <source>Pre-screen: %1</source>
        <translation>الانتقاء الأولي: %1</translation>
    </message>
    <message>
        <source>(changed by staff; the kiosk said: %1)</source>
        <translation>(عدّله الطاقم؛ نتيجة جهاز التسجيل: %1)</translation>
    </message>
    <message>
        <source>Permanently deferred on the donor&apos;s record.</source>
        <translation>مؤجل نهائيًا في سجل المتبرع.</translation>
    </message>
    <message>
        <source>Deferred on the donor&apos;s record until %1.</source>
        <translation>مؤجل في سجل المتبرع إلى غاية %1.</translation>
    </message>
    <message>
        <source>Deferred on the donor&apos;s record until staff decide.</source>
        <translation>مؤجل في سجل المتبرع إلى أن يقرر الطاقم.</translation>
    </message>
    <message>
        <source>Deferred today, permanently.</source>
        <translation>أُجّل اليوم، نهائيًا.</translation>
    </message>
    <message>
        <source>Deferred today, until %1.</source>
        <translation>أُجّل اليوم، إلى غاية %1.</translation>
    </message>
    <message>
        <source>Deferred today.</source>
        <translation>أُجّل اليوم.</translation>
    </message>
    <message>
        <source>Answers are health data: each time they are shown, your name is recorded.</source>
        <translation>الأجوبة معطيات صحية: يُسجَّل اسمك في كل مرة تُعرض فيها.</translation>
    </message>
    <message>
        <source>Show answers</source>
        <translation>عرض الأجوبة</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Why the kiosk sent this donor to staff</source>
        <translation>لماذا أحال جهاز التسجيل هذا المتبرع على الطاقم</translation>
    </message>
    <message>
        <source>Sensitive: ask during the interview</source>
        <translation>حساس: يُسأل عنه خلال المقابلة</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Kiosk pre-screen: %1</source>
        <translation>نتيجة الانتقاء الأولي بجهاز التسجيل: %1</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>الآن: %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>إلى غاية %1</translation>
    </message>
    <message>
        <source>No rule was triggered.</source>
        <translation>لم تنطبق أي قاعدة.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Haemoglobin</source>
        <translation>الهيموغلوبين</translation>
    </message>
    <message>
        <source>Blood pressure, systolic</source>
        <translation>الضغط الشرياني الانقباضي</translation>
    </message>
    <message>
        <source>Blood pressure, diastolic</source>
        <translation>الضغط الشرياني الانبساطي</translation>
    </message>
    <message>
        <source>Save the vitals</source>
        <translation>حفظ القياسات</translation>
    </message>
    <message>
        <source>at least %1 %2</source>
        <translation>%1 %2 على الأقل</translation>
    </message>
    <message>
        <source>at most %1 %2</source>
        <translation>%1 %2 على الأكثر</translation>
    </message>
    <message>
        <source>To give: %1</source>
        <translation>للتبرع: %1</translation>
    </message>
    <message>
        <source>Vitals saved.</source>
        <translation>حُفظت القياسات.</translation>
    </message>
    <message>
        <source>Outside the thresholds: the donor cannot give today.</source>
        <translation>خارج الحدود المسموح بها: لا يمكن للمتبرع أن يتبرع اليوم.</translation>
    </message>
    <message>
        <source>All measurements are within the thresholds.</source>
        <translation>جميع القياسات ضمن الحدود المسموح بها.</translation>
    </message>
    <message>
        <source>The donor gave blood</source>
        <translation>تم التبرع بالدم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>مل</translation>
    </message>
    <message>
        <source>Bag number</source>
        <translation>رقم الكيس</translation>
    </message>
    <message>
        <source>Scan the bag label (ISBT 128) or type the number</source>
        <translation>امسح ملصق الكيس (ISBT 128) أو اكتب الرقم</translation>
    </message>
    <message>
        <source>Record the donation</source>
        <translation>تسجيل التبرع</translation>
    </message>
    <message>
        <source>No donation today: deferral</source>
        <translation>لا تبرع اليوم: تأجيل</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Another reason (write it below)</source>
        <translation>سبب آخر (اكتبه أسفله)</translation>
    </message>
    <message>
        <source>Reason in a few words</source>
        <translation>السبب في بضع كلمات</translation>
    </message>
    <message>
        <source>May give again from</source>
        <translation>يمكنه التبرع من جديد ابتداءً من</translation>
    </message>
    <message>
        <source>Permanently</source>
        <translation>نهائيًا</translation>
    </message>
    <message>
        <source>Record the deferral</source>
        <translation>تسجيل التأجيل</translation>
    </message>
    <message>
        <source>Donation recorded: %1, %2 ml, bag %3.</source>
        <translation>سُجّل التبرع: %1، %2 مل، الكيس %3.</translation>
    </message>
    <message>
        <source>Deferral recorded on the donor&apos;s record.</source>
        <translation>سُجّل التأجيل في سجل المتبرع.</translation>
    </message>
    <message>
        <source>Start the interview to record a decision.</source>
        <translation>ابدأ المقابلة لتسجيل القرار.</translation>
    </message>
    <message>
        <source>ISBT 128 donation number %1: check character correct.</source>
        <translation>رقم التبرع ISBT 128 %1: حرف التحقق صحيح.</translation>
    </message>
    <message>
        <source>Local bag number %1.</source>
        <translation>رقم الكيس المحلي %1.</translation>
    </message>
    <message>
        <source>Donation recorded. Thank the donor!</source>
        <translation>سُجّل التبرع. اشكر المتبرع!</translation>
    </message>
    <message>
        <source>The nurse or doctor decides. The change, your name and your reason go to the audit log.</source>
        <translation>القرار للممرض(ة) أو الطبيب(ة). يُسجَّل التغيير واسمك وسببك في سجل التتبع.</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>النتيجة الجديدة</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>For example: medication checked with the doctor</source>
        <translation>مثلًا: تم التحقق من الدواء مع الطبيب</translation>
    </message>
    <message>
        <source>Change the pre-screen outcome</source>
        <translation>تغيير نتيجة الانتقاء الأولي</translation>
    </message>
    <message>
        <source>Pre-screen outcome now: %1</source>
        <translation>نتيجة الانتقاء الأولي حاليًا: %1</translation>
    </message>
    <message>
        <source>Pre-screen outcome changed; the audit log keeps the reason.</source>
        <translation>غُيّرت نتيجة الانتقاء الأولي؛ يحتفظ سجل التتبع بالسبب.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الأجوبة</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>العلامات الحيوية</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Pre-screen</source>
        <translation>الانتقاء الأولي</translation>
    </message>
    <message>
        <source>Answers, vitals and decisions are for nurses and doctors.</source>
        <translation>الأجوبة والقياسات والقرارات من اختصاص الممرضين والأطباء.</translation>
    </message>
    <message>
        <source>Severe reaction at an earlier donation (%1): take extra care.</source>
        <translation>تفاعل شديد خلال تبرع سابق (%1): يُرجى أخذ الحيطة.</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>تفاعل</translation>
    </message>
    <message>
        <source>Blood group %1 (lab-confirmed)</source>
        <translation>الفصيلة %1 (مؤكدة مخبريًا)</translation>
    </message>
    <message>
        <source>Blood group %1 (declared by the donor)</source>
        <translation>الفصيلة %1 (حسب تصريح المتبرع)</translation>
    </message>
    <message>
        <source>Advice for the donor</source>
        <translation>نصائح للمتبرع</translation>
    </message>
    <message>
        <source>Every question asked</source>
        <translation>كل الأسئلة المطروحة</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Yes, in %1</source>
        <translation>نعم، في %1</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>سري</translation>
    </message>
    <message>
        <source>Blood group confirmed by a laboratory</source>
        <translation>الفصيلة الدموية المؤكدة مخبريًا</translation>
    </message>
    <message>
        <source>Record the confirmed group</source>
        <translation>تسجيل الفصيلة المؤكدة</translation>
    </message>
    <message>
        <source>Choose the group</source>
        <translation>اختر الفصيلة</translation>
    </message>
    <message>
        <source>Laboratory result</source>
        <translation>نتيجة تحليل مخبري</translation>
    </message>
    <message>
        <source>The centre&apos;s register</source>
        <translation>سجل المركز</translation>
    </message>
    <message>
        <source>Choose the group first.</source>
        <translation>اختر الفصيلة أولًا.</translation>
    </message>
    <message>
        <source>Confirmed blood group recorded.</source>
        <translation>سُجّلت الفصيلة الدموية المؤكدة.</translation>
    </message>
    <message>
        <source>beats/min</source>
        <translation>نبضة/د</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°م</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>النبض</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>from %1 to %2 %3</source>
        <translation>من %1 إلى %2 %3</translation>
    </message>
    <message>
        <source>Confirm the donation</source>
        <translation>تأكيد التبرع</translation>
    </message>
    <message>
        <source>Confirm the deferral</source>
        <translation>تأكيد التأجيل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>عدم التسجيل</translation>
    </message>
    <message>
        <source>Choose the reason</source>
        <translation>اختر السبب</translation>
    </message>
    <message>
        <source>Record the donation, or a deferral with its reason.</source>
        <translation>سجّل التبرع، أو التأجيل مع سببه.</translation>
    </message>
    <message>
        <source>Record this donation: %1, %2 ml, bag %3?</source>
        <translation>تسجيل هذا التبرع: %1، %2 مل، الكيس %3؟</translation>
    </message>
    <message>
        <source>Record a permanent deferral: %1?</source>
        <translation>تسجيل تأجيل نهائي: %1؟</translation>
    </message>
    <message>
        <source>Record a deferral until %2: %1?</source>
        <translation>تسجيل تأجيل إلى غاية %2: %1؟</translation>
    </message>
    <message>
        <source>Undo (%1 s)</source>
        <translation>تراجع (%1 ث)</translation>
    </message>
    <message>
        <source>Decision undone: the donor is back in the interview. The audit log keeps both.</source>
        <translation>أُلغي القرار: عاد المتبرع إلى المقابلة. يحتفظ سجل التدقيق بالأمرين معًا.</translation>
    </message>
    <message>
        <source>Decision undone: the donor is back in the interview. A certificate was already printed for this donation: take it back from the donor.</source>
        <translation>أُلغي القرار: عاد المتبرع إلى المقابلة. طُبعت شهادة لهذا التبرع من قبل: استرجعها من المتبرع.</translation>
    </message>
</context>
<context>
    <name>NurseQueue</name>
    <message numerus="yes">
        <source>Called %n time(s)</source>
        <translation>
            <numerusform>نودي عليه %n مرة</numerusform>
            <numerusform>نودي عليه مرة واحدة</numerusform>
            <numerusform>نودي عليه مرتين</numerusform>
            <numerusform>نودي عليه %n مرات</numerusform>
            <numerusform>نودي عليه %n مرة</numerusform>
            <numerusform>نودي عليه %n مرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>التذكرة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>الانتظار</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>تنبيهات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>Asks for staff</source>
        <translation>يطلب الطاقم</translation>
    </message>
    <message>
        <source>See nurse</source>
        <translation>يُرى مع الممرض(ة)</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>في الانتظار (%1)</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>منادى عليه</translation>
    </message>
    <message>
        <source>In interview</source>
        <translation>في المقابلة</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>غادر</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>الطابور</translation>
    </message>
    <message>
        <source>Find: ticket, ticket QR, CIN or donor number</source>
        <translation>بحث: التذكرة أو رمز QR للتذكرة أو ب.ت.و أو رقم المتبرع</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>المناداة على التالي</translation>
    </message>
    <message>
        <source>Call the next donor to booth %1</source>
        <translation>المناداة على المتبرع التالي إلى المكتب %1</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>إعادة المناداة</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>The donor did not come: back in the queue behind three others, out after the third call.</source>
        <translation>لم يحضر المتبرع: يعود إلى الطابور بعد ثلاثة آخرين، ويخرج منه بعد المناداة الثالثة.</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>بدء المقابلة</translation>
    </message>
    <message>
        <source>Transfer to booth</source>
        <translation>تحويل إلى المكتب</translation>
    </message>
    <message>
        <source>Staff came</source>
        <translation>تمت الاستجابة</translation>
    </message>
    <message>
        <source>Someone answered the donor&apos;s call for a staff member.</source>
        <translation>استجاب أحد أفراد الطاقم لطلب المتبرع.</translation>
    </message>
    <message>
        <source>The donor went away before a decision.</source>
        <translation>غادر المتبرع قبل اتخاذ القرار.</translation>
    </message>
    <message>
        <source>Back in queue</source>
        <translation>العودة إلى الطابور</translation>
    </message>
    <message>
        <source>On my way</source>
        <translation>أنا قادم(ة)</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>في الانتظار: %1</translation>
    </message>
    <message>
        <source>Asking for a staff member: %1</source>
        <translation>يطلب أحد أفراد الطاقم: %1</translation>
    </message>
    <message>
        <source>A donor at a kiosk is calling for staff: %1</source>
        <translation>متبرع عند جهاز التسجيل يطلب أحد أفراد الطاقم: %1</translation>
    </message>
    <message>
        <source>Ticket %1 called to booth %2.</source>
        <translation>نودي على التذكرة %1 إلى المكتب %2.</translation>
    </message>
    <message>
        <source>Ticket %1 sent to booth %2.</source>
        <translation>أُرسلت التذكرة %1 إلى المكتب %2.</translation>
    </message>
    <message>
        <source>Deferred on the record: %1</source>
        <translation>مؤجَّل في سجله: %1</translation>
    </message>
    <message>
        <source>You go to the kiosk: its donor is told you are on the way, and the alert leaves every screen.</source>
        <translation>تتوجّه إلى جهاز التسجيل: يُبلَّغ المتبرع هناك بأنك في الطريق، ويختفي التنبيه من كل الشاشات.</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>جهاز التسجيل</translation>
    </message>
    <message>
        <source>%1 (ticket %2)</source>
        <translation>%1 (التذكرة %2)</translation>
    </message>
</context>
<context>
    <name>NurseReaction</name>
    <message>
        <source>Kept under observation</source>
        <translation>تحت المراقبة</translation>
    </message>
    <message>
        <source>Lying down, legs raised</source>
        <translation>استلقاء مع رفع الساقين</translation>
    </message>
    <message>
        <source>Drink or sugar given</source>
        <translation>إعطاء مشروب أو سكر</translation>
    </message>
    <message>
        <source>Cold compress</source>
        <translation>كمادة باردة</translation>
    </message>
    <message>
        <source>Pressure on the puncture</source>
        <translation>ضغط على موضع الوخز</translation>
    </message>
    <message>
        <source>Donation stopped</source>
        <translation>إيقاف التبرع</translation>
    </message>
    <message>
        <source>Doctor called</source>
        <translation>استدعاء الطبيب</translation>
    </message>
    <message>
        <source>Sent to hospital</source>
        <translation>نقل إلى المستشفى</translation>
    </message>
    <message>
        <source>Adverse reaction during or after the donation</source>
        <translation>تفاعل غير مرغوب فيه أثناء التبرع أو بعده</translation>
    </message>
    <message>
        <source>During the donation</source>
        <translation>أثناء التبرع</translation>
    </message>
    <message>
        <source>After the donation</source>
        <translation>بعد التبرع</translation>
    </message>
    <message>
        <source>At</source>
        <translation>على الساعة</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>ما تم القيام به</translation>
    </message>
    <message>
        <source>Record the reaction</source>
        <translation>تسجيل التفاعل</translation>
    </message>
    <message>
        <source>Reaction recorded.</source>
        <translation>تم تسجيل التفاعل.</translation>
    </message>
    <message>
        <source>Recorded for this visit:</source>
        <translation>مسجَّل في هذه الزيارة:</translation>
    </message>
</context>
<context>
    <name>NurseSignIn</name>
    <message>
        <source>Too many wrong PINs at this station: signing in here is locked for %1.</source>
        <translation>رموز سرية خاطئة كثيرة في هذه المحطة: تسجيل الدخول فيها مقفل لمدة %1.</translation>
    </message>
    <message>
        <source>Too many wrong PINs for this name: it is locked for %1. Other names can sign in.</source>
        <translation>رموز سرية خاطئة كثيرة لهذا الاسم: هو مقفل لمدة %1. يمكن للأسماء الأخرى تسجيل الدخول.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتين</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتين</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Nurse station</source>
        <translation>محطة التمريض</translation>
    </message>
    <message>
        <source>Booth %1 · %2</source>
        <translation>المكتب %1 · %2</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>من أنت؟</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>رمزك السري</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>من 4 إلى 8 أرقام</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>محو آخر رقم</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>No staff member is set up yet: the organiser adds them with “kiosk staff add”.</source>
        <translation>لم يُسجَّل أي عضو من الطاقم بعد: يضيفهم المنظم بالأمر «kiosk staff add».</translation>
    </message>
    <message>
        <source>nurse</source>
        <translation>طاقم التمريض</translation>
    </message>
    <message>
        <source>doctor</source>
        <translation>طبيب(ة)</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>فريق التنظيم</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
</context>
<context>
    <name>NurseWindow</name>
    <message>
        <source>Qatra — nurse station</source>
        <translation>قطرة — محطة التمريض</translation>
    </message>
    <message>
        <source>Nurse station · booth %1</source>
        <translation>محطة التمريض · المكتب %1</translation>
    </message>
    <message>
        <source>Change the language of this station</source>
        <translation>تغيير لغة هذه المحطة</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>لم يسجل أحد دخوله</translation>
    </message>
    <message>
        <source>nurse</source>
        <translation>طاقم التمريض</translation>
    </message>
    <message>
        <source>doctor</source>
        <translation>طبيب(ة)</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>فريق التنظيم</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The donor card is being printed.</source>
        <translation>جارٍ طبع بطاقة المتبرع.</translation>
    </message>
    <message>
        <source>The certificate is being printed.</source>
        <translation>جارٍ طبع الشهادة.</translation>
    </message>
</context>
<context>
    <name>Organiser</name>
    <message>
        <source>Report written to %1</source>
        <translation>كُتب التقرير في %1</translation>
    </message>
    <message>
        <source>Report and exchange bundle for “%2” written to %1</source>
        <translation>كُتب التقرير وحزمة التبادل الموجهة إلى «%2» في %1</translation>
    </message>
    <message>
        <source>Report written to %1. No trusted key of a centre is registered on this station, so no exchange bundle was written (kiosk keys trust NAME FILE).</source>
        <translation>كُتب التقرير في %1. لا يوجد على هذا الجهاز أي مفتاح موثوق لمركز، لذلك لم تُكتب حزمة التبادل (kiosk keys trust NAME FILE).</translation>
    </message>
    <message>
        <source>Report written to %1. This station has no keys yet, so no exchange bundle was written (kiosk keys init).</source>
        <translation>كُتب التقرير في %1. ليست لهذا الجهاز مفاتيح بعد، لذلك لم تُكتب حزمة التبادل (kiosk keys init).</translation>
    </message>
    <message>
        <source>Report written to %1, but the exchange bundle for “%2” could not be written. Check the folder or the USB stick, then save again.</source>
        <translation>كُتب التقرير في %1، لكن تعذرت كتابة حزمة التبادل الموجهة إلى «%2». تحققوا من المجلد أو مفتاح USB ثم احفظوا من جديد.</translation>
    </message>
    <message>
        <source>The report could not be written there. Check the folder or the USB stick.</source>
        <translation>تعذّرت كتابة التقرير هناك. تحقق من المجلد أو من مفتاح USB.</translation>
    </message>
    <message>
        <source>The report went to the printer.</source>
        <translation>أُرسل التقرير إلى الطابعة.</translation>
    </message>
    <message>
        <source>The report did not print: check the printer, then try again.</source>
        <translation>لم يُطبع التقرير: تحقق من الطابعة ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>No office printer is set on this station (kiosk printers set certificate QUEUE).</source>
        <translation>لم تُحدَّد طابعة مكتبية لهذه المحطة (kiosk printers set certificate QUEUE).</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>تعذّر إعداد التقرير.</translation>
    </message>
    <message>
        <source>Qatra — organiser station</source>
        <translation>قطرة — محطة المنظِّم</translation>
    </message>
    <message>
        <source>Organiser station</source>
        <translation>محطة المنظِّم</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Donations / target</source>
        <translation>التبرعات / الهدف</translation>
    </message>
    <message>
        <source>First time / returning</source>
        <translation>لأول مرة / سابقون</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>في الانتظار الآن</translation>
    </message>
    <message>
        <source>Wait, last hour: median / 9 in 10</source>
        <translation>الانتظار في الساعة الأخيرة: الوسيط / 9 من 10</translation>
    </message>
    <message>
        <source>Documents waiting to print</source>
        <translation>وثائق في انتظار الطبع</translation>
    </message>
    <message>
        <source>Print the day&apos;s report</source>
        <translation>طباعة تقرير اليوم</translation>
    </message>
    <message>
        <source>Save the report to a folder</source>
        <translation>حفظ التقرير في مجلد</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>لا أحد متصل</translation>
    </message>
    <message>
        <source>This station is for organisers.</source>
        <translation>هذه المحطة خاصة بالمنظِّمين.</translation>
    </message>
    <message>
        <source>Booth %1: ticket %2, %3</source>
        <translation>المكتب %1: التذكرة %2، %3</translation>
    </message>
    <message>
        <source>called</source>
        <translation>تم النداء</translation>
    </message>
    <message>
        <source>with the donor</source>
        <translation>مع المتبرع</translation>
    </message>
    <message>
        <source>Booth %1: %2 seen, %3 donations</source>
        <translation>المكتب %1: %2 تم استقبالهم، %3 تبرعات</translation>
    </message>
    <message>
        <source>No booth has called yet.</source>
        <translation>لم ينادِ أي مكتب بعد.</translation>
    </message>
    <message>
        <source>The exchange bundle is for:</source>
        <translation>حزمة التبادل موجهة إلى:</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
</context>
<context>
    <name>Path</name>
    <message>
        <source>How would you like to start?</source>
        <translation>كيف تريد أن تبدأ؟</translation>
    </message>
    <message>
        <source>I have a donor card</source>
        <translation>لدي بطاقة متبرع</translation>
    </message>
    <message>
        <source>I give blood for the first time</source>
        <translation>أتبرع بالدم لأول مرة</translation>
    </message>
    <message>
        <source>I gave blood before, but I have no card</source>
        <translation>سبق لي التبرع بالدم، لكن ليست لدي بطاقة</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <source>No printer is set for tickets on this station.</source>
        <translation>لم تُحدَّد أي طابعة للتذاكر في هذه المحطة.</translation>
    </message>
    <message>
        <source>No printer is set for donor cards on this station.</source>
        <translation>لم تُحدَّد أي طابعة لبطاقات المتبرعين في هذه المحطة.</translation>
    </message>
    <message>
        <source>No printer is set for certificates on this station.</source>
        <translation>لم تُحدَّد أي طابعة للشهادات في هذه المحطة.</translation>
    </message>
    <message>
        <source>Printer “%1” is not available.</source>
        <translation>الطابعة «%1» غير متاحة.</translation>
    </message>
    <message>
        <source>Printer “%1” has stopped: check its paper and cable, then retry.</source>
        <translation>توقفت الطابعة «%1»: تحقق من الورق والكابل، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Printer “%1” did not take the document.</source>
        <translation>لم تقبل الطابعة «%1» الوثيقة.</translation>
    </message>
    <message>
        <source>The print queue could not reach the database.</source>
        <translation>تعذّر على قائمة الطباعة الوصول إلى قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The document could not be prepared for printing.</source>
        <translation>تعذّر تجهيز الوثيقة للطباعة.</translation>
    </message>
    <message>
        <source>Documents waiting to print: %1</source>
        <translation>وثائق في انتظار الطباعة: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>السؤال %1 من %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>متى؟</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Your answer is confidential: only the medical team reads it.</source>
        <translation>إجابتك سرية: لا يطّلع عليها إلا الطاقم الطبي.</translation>
    </message>
    <message>
        <source>Which? Tap each one that applies, then “Next”.</source>
        <translation>أيّها؟ يُرجى لمس كل ما ينطبق، ثم «التالي».</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <source>First name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>أنا</translation>
    </message>
    <message>
        <source>Identity card (CIN)</source>
        <translation>البطاقة الوطنية</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Blood group</source>
        <translation>فصيلة الدم</translation>
    </message>
    <message>
        <source>Your name in Arabic letters</source>
        <translation>اسمك بالحروف العربية</translation>
    </message>
    <message>
        <source>Your name in Latin letters</source>
        <translation>اسمك بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>معلومات عنك</translation>
    </message>
    <message>
        <source>Your identity card and phone</source>
        <translation>بطاقتك الوطنية وهاتفك</translation>
    </message>
    <message>
        <source>Your blood group</source>
        <translation>فصيلة دمك</translation>
    </message>
    <message>
        <source>As written on your identity card.</source>
        <translation>كما هو مكتوب على بطاقتك الوطنية.</translation>
    </message>
    <message>
        <source>Tap the day, the month and the year of your birth.</source>
        <translation>المس يوم ازديادك وشهره وسنته.</translation>
    </message>
    <message>
        <source>Your phone number is only used to reach you about your donation.</source>
        <translation>لا يُستعمل رقم هاتفك إلا للتواصل معك بشأن تبرعك.</translation>
    </message>
    <message>
        <source>If you know it. Otherwise choose “I don&apos;t know”: the nurses will find out.</source>
        <translation>إذا كنت تعرفها. وإلا فاختر «لا أعرف»: سيحددها الطاقم الطبي.</translation>
    </message>
    <message>
        <source>You may leave this page empty.</source>
        <translation>يمكنك ترك هذه الصفحة فارغة.</translation>
    </message>
    <message>
        <source>A woman</source>
        <translation>امرأة</translation>
    </message>
    <message>
        <source>A man</source>
        <translation>رجل</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>لا أعرف</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>End-of-day report</source>
        <translation>تقرير نهاية اليوم</translation>
    </message>
    <message>
        <source>Campaign report</source>
        <translation>تقرير الحملة</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>الأرقام الرئيسية</translation>
    </message>
    <message>
        <source>Donors registered</source>
        <translation>المتبرعون المسجَّلون</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>التبرعات</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Share of the target reached</source>
        <translation>نسبة تحقيق الهدف</translation>
    </message>
    <message>
        <source>First-time donors who gave</source>
        <translation>متبرعون لأول مرة تبرعوا</translation>
    </message>
    <message>
        <source>Registered for the first time</source>
        <translation>مسجَّلون لأول مرة</translation>
    </message>
    <message>
        <source>Returning donors registered</source>
        <translation>متبرعون سابقون مسجَّلون</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>مؤجَّلون</translation>
    </message>
    <message>
        <source>Left without donating</source>
        <translation>غادروا دون تبرع</translation>
    </message>
    <message>
        <source>Still in the queue</source>
        <translation>ما زالوا في الانتظار</translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation>الانتظار الوسيط</translation>
    </message>
    <message>
        <source>9 in 10 waited at most</source>
        <translation>أقصى انتظار لتسعة متبرعين من كل عشرة</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>Donations by blood group</source>
        <translation>التبرعات حسب فصيلة الدم</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>الفصيلة</translation>
    </message>
    <message>
        <source>Lab-confirmed</source>
        <translation>مؤكَّدة مخبريًا</translation>
    </message>
    <message>
        <source>Declared by the donor</source>
        <translation>مصرَّح بها من المتبرع</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <source>Donations by sex and age</source>
        <translation>التبرعات حسب الجنس والسن</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>السن</translation>
    </message>
    <message>
        <source>Other ages</source>
        <translation>أعمار أخرى</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <source>Pre-screen at the kiosk</source>
        <translation>الانتقاء الأولي في الكشك</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Deferrals by reason</source>
        <translation>التأجيلات حسب السبب</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Adverse reactions</source>
        <translation>التفاعلات غير المرغوب فيها</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>التفاعل</translation>
    </message>
    <message>
        <source>Hour by hour</source>
        <translation>ساعة بساعة</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>الوافدون</translation>
    </message>
    <message>
        <source>Median wait (min)</source>
        <translation>الانتظار الوسيط (دقيقة)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>الانتظار</translation>
    </message>
    <message>
        <source>Booths</source>
        <translation>المكاتب</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Booth %1</source>
        <translation>المكتب %1</translation>
    </message>
    <message>
        <source>Donors seen</source>
        <translation>متبرعون تم استقبالهم</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>يومًا بيوم</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Counts only, no personal data. In tables of people, a count from 1 to 4 is shown as “&lt; 5”.</source>
        <translation>أعداد فقط، دون أي معطيات شخصية. في جداول الأشخاص، يظهر كل عدد من 1 إلى 4 على شكل «&lt; 5».</translation>
    </message>
    <message>
        <source>Made by Qatra on %1 at %2</source>
        <translation>أعدّه نظام قطرة يوم %1 على الساعة %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>لا شيء مسجَّل.</translation>
    </message>
    <message>
        <source>Eligible, ticket given</source>
        <translation>مؤهَّل، سُلِّمت له تذكرة</translation>
    </message>
    <message>
        <source>Sent to staff</source>
        <translation>وُجِّه إلى الطاقم الطبي</translation>
    </message>
    <message>
        <source>Deferred until a date</source>
        <translation>مؤجَّل إلى تاريخ محدد</translation>
    </message>
    <message>
        <source>Permanently deferred</source>
        <translation>مؤجَّل نهائيًا</translation>
    </message>
    <message>
        <source>Age or weight</source>
        <translation>السن أو الوزن</translation>
    </message>
    <message>
        <source>Recent donation</source>
        <translation>تبرع حديث</translation>
    </message>
    <message>
        <source>Low haemoglobin</source>
        <translation>نقص الهيموغلوبين</translation>
    </message>
    <message>
        <source>Blood pressure, pulse or temperature</source>
        <translation>ضغط الدم أو النبض أو الحرارة</translation>
    </message>
    <message>
        <source>Health on the day, treatment</source>
        <translation>الحالة الصحية يوم التبرع، علاج</translation>
    </message>
    <message>
        <source>Recent care or procedure</source>
        <translation>علاج أو إجراء طبي حديث</translation>
    </message>
    <message>
        <source>Pregnancy, childbirth, breastfeeding</source>
        <translation>الحمل أو الولادة أو الرضاعة</translation>
    </message>
    <message>
        <source>Travel or stay (malaria)</source>
        <translation>سفر أو إقامة (الملاريا)</translation>
    </message>
    <message>
        <source>Risk of infection</source>
        <translation>خطر العدوى</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>السوابق المرضية</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>سبب آخر</translation>
    </message>
    <message>
        <source>Vasovagal, mild</source>
        <translation>وعائي مبهمي، خفيف</translation>
    </message>
    <message>
        <source>Vasovagal, severe</source>
        <translation>وعائي مبهمي، شديد</translation>
    </message>
    <message>
        <source>Vasovagal, severe, with loss of consciousness</source>
        <translation>وعائي مبهمي، شديد مع فقدان الوعي</translation>
    </message>
    <message>
        <source>Haematoma</source>
        <translation>ورم دموي (كدمة)</translation>
    </message>
    <message>
        <source>Arterial puncture</source>
        <translation>وخز شرياني</translation>
    </message>
    <message>
        <source>Citrate reaction</source>
        <translation>تفاعل مع السيترات</translation>
    </message>
    <message>
        <source>Other reaction</source>
        <translation>تفاعل آخر</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Please check your answers</source>
        <translation>يرجى مراجعة أجوبتك</translation>
    </message>
    <message>
        <source>Tap “Change” to correct an answer, then send.</source>
        <translation>المس «تغيير» لتصحيح جواب، ثم أرسل.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>Sending your answers…</source>
        <translation>جارٍ إرسال أجوبتك…</translation>
    </message>
    <message>
        <source>One moment, please.</source>
        <translation>لحظة من فضلك.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Staff: leave kiosk mode</source>
        <translation>الطاقم: الخروج من وضع الجهاز</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>قائمة الطاقم</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>الخروج من وضع الجهاز</translation>
    </message>
    <message>
        <source>Quit the program</source>
        <translation>إغلاق البرنامج</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>الرجوع إلى الجهاز</translation>
    </message>
</context>
<context>
    <name>StaffGate</name>
    <message>
        <source>Too many wrong PINs on this kiosk. Try again in %1.</source>
        <translation>رموز سرية خاطئة كثيرة على هذا الجهاز. أعد المحاولة بعد %1.</translation>
    </message>
    <message>
        <source>Too many wrong PINs for this name. Try again in %1.</source>
        <translation>رموز سرية خاطئة كثيرة لهذا الاسم. أعد المحاولة بعد %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتين</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتين</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message numerus="yes">
        <source>Estimated wait: about %n minute(s)</source>
        <translation>
            <numerusform>مدة الانتظار التقريبية: %n دقيقة</numerusform>
            <numerusform>مدة الانتظار التقريبية: دقيقة واحدة</numerusform>
            <numerusform>مدة الانتظار التقريبية: دقيقتان</numerusform>
            <numerusform>مدة الانتظار التقريبية: %n دقائق</numerusform>
            <numerusform>مدة الانتظار التقريبية: %n دقيقة</numerusform>
            <numerusform>مدة الانتظار التقريبية: %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Your ticket</source>
        <translation>تذكرتك</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>رقمك</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>عدد الأشخاص قبلك: %1</translation>
    </message>
    <message>
        <source>Nobody is ahead of you: you are next.</source>
        <translation>لا أحد قبلك: أنت التالي.</translation>
    </message>
    <message>
        <source>Please take your printed ticket.</source>
        <translation>يرجى أخذ تذكرتك المطبوعة.</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>جارٍ طبع تذكرتك…</translation>
    </message>
    <message>
        <source>Nobody is ahead of you: you are next.</source>
        <comment>F</comment>
        <translation>لا أحد قبلكِ: أنتِ التالية.</translation>
    </message>
    <message>
        <source>Nobody is ahead of you: you are next.</source>
        <comment>M</comment>
        <translation>لا أحد قبلك: أنت التالي.</translation>
    </message>
    <message>
        <source>A member of the medical team will talk with you before the donation.</source>
        <translation>سيتحدث معك أحد أفراد الطاقم الطبي قبل التبرع.</translation>
    </message>
    <message>
        <source>Thank you for your generosity! Keep the number shown here in mind: a member of the medical team will check your answers with you before the donation.</source>
        <translation>شكرًا على كرمك! يُرجى حفظ الرقم المعروض هنا، وسيتحقق أحد أفراد الطاقم الطبي من إجاباتك قبل التبرع.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Blood donation</source>
        <translation>التبرع بالدم</translation>
    </message>
    <message>
        <source>No campaign is open on this kiosk. Please ask a staff member.</source>
        <translation>لا توجد حملة مفتوحة على هذا الجهاز. يرجى التوجه إلى أحد أفراد الطاقم.</translation>
    </message>
    <message>
        <source>This campaign is not open today. Thank you for coming.</source>
        <translation>هذه الحملة غير مفتوحة اليوم. شكرا على حضوركم.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
</context>
</TS>
