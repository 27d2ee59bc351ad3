<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA" sourcelanguage="en">
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
        <source>Phone number ending in %1</source>
        <translation>رقم الهاتف المنتهي بـ %1</translation>
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
        <source>Who receives your data</source>
        <translation>من يتلقى معطياتك</translation>
    </message>
    <message>
        <source>Only the nurses and doctors of this campaign and the AMSD. Your answers are never shown on a screen or given to anyone else.</source>
        <translation>الممرضون والأطباء المشاركون في هذه الحملة والوكالة المغربية للدم ومشتقاته فقط. لا تُعرض أجوبتك أبدًا على أي شاشة ولا تُسلَّم لأي جهة أخرى.</translation>
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
        <source>Blood donation certificate</source>
        <translation>شهادة التبرع بالدم</translation>
    </message>
    <message>
        <source>The undersigned certifies that the person named below gave blood voluntarily and without payment.</source>
        <translation>يشهد الموقع أسفله أن الشخص المذكور أدناه قد تبرع بدمه طوعا ودون مقابل.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
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
</context>
<context>
    <name>Header</name>
    <message>
        <source>Call a staff member</source>
        <translation>نداء أحد أفراد الطاقم</translation>
    </message>
    <message>
        <source>A staff member is coming to help you.</source>
        <translation>أحد أفراد الطاقم في الطريق لمساعدتك.</translation>
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
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Please write your phone number.</source>
        <translation>يرجى كتابة رقم هاتفك.</translation>
    </message>
    <message>
        <source>Please choose a date.</source>
        <translation>يرجى اختيار تاريخ.</translation>
    </message>
    <message>
        <source>Please write this name.</source>
        <translation>يرجى كتابة هذا الاسم.</translation>
    </message>
    <message>
        <source>Letters only, please.</source>
        <translation>حروف فقط من فضلك.</translation>
    </message>
    <message>
        <source>At least two letters, please.</source>
        <translation>حرفان على الأقل من فضلك.</translation>
    </message>
    <message>
        <source>60 letters at most, please.</source>
        <translation>60 حرفًا على الأكثر من فضلك.</translation>
    </message>
    <message>
        <source>One alphabet only in this field.</source>
        <translation>استعمل أبجدية واحدة في هذه الخانة.</translation>
    </message>
    <message>
        <source>Please use Arabic letters here.</source>
        <translation>يرجى الكتابة بالحروف العربية هنا.</translation>
    </message>
    <message>
        <source>Please use Latin letters here.</source>
        <translation>يرجى الكتابة بالحروف اللاتينية هنا.</translation>
    </message>
    <message>
        <source>Please write your card number.</source>
        <translation>يرجى كتابة رقم بطاقتك.</translation>
    </message>
    <message>
        <source>1 or 2 letters, then digits: AB123456.</source>
        <translation>حرف أو حرفان ثم أرقام، مثل AB123456.</translation>
    </message>
    <message>
        <source>Already registered: choose “I gave before”.</source>
        <translation>هذا الرقم مسجل من قبل: اختر «سبق لي التبرع بالدم».</translation>
    </message>
    <message>
        <source>10 digits, for example 0612345678.</source>
        <translation>10 أرقام، مثلًا 0612345678.</translation>
    </message>
    <message>
        <source>A Moroccan number, please.</source>
        <translation>رقم مغربي من فضلك.</translation>
    </message>
    <message>
        <source>Please choose one.</source>
        <translation>يرجى الاختيار.</translation>
    </message>
    <message>
        <source>Please choose day, month and year.</source>
        <translation>يرجى اختيار اليوم والشهر والسنة.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>هذا التاريخ في المستقبل.</translation>
    </message>
    <message>
        <source>Please check the year.</source>
        <translation>يرجى التحقق من السنة.</translation>
    </message>
    <message>
        <source>Please choose a group, or “I don&apos;t know”.</source>
        <translation>يرجى اختيار فصيلة، أو «لا أعرف».</translation>
    </message>
    <message>
        <source>80 letters at most, please.</source>
        <translation>80 حرفًا على الأكثر من فضلك.</translation>
    </message>
    <message>
        <source>This card was not recognised. Please try again, or use your identity card number.</source>
        <translation>لم يتم التعرف على هذه البطاقة. يرجى المحاولة مرة أخرى، أو استعمال رقم بطاقتك الوطنية.</translation>
    </message>
    <message>
        <source>You already have a ticket today: number %1. Please wait to be called.</source>
        <translation>لديك تذكرة اليوم: الرقم %1. يرجى انتظار المناداة عليك.</translation>
    </message>
    <message>
        <source>Registration is closed today. Thank you for coming.</source>
        <translation>التسجيل مغلق اليوم. شكرًا على حضورك.</translation>
    </message>
    <message>
        <source>Please talk with a nurse before giving blood today.</source>
        <translation>يرجى التحدث مع الممرض(ة) قبل التبرع بالدم اليوم.</translation>
    </message>
    <message>
        <source>The printer is not working. Please show this number to a nurse: your ticket is saved.</source>
        <translation>الطابعة لا تعمل. يرجى إظهار هذا الرقم للممرض(ة): تذكرتك محفوظة.</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved. Please call a staff member.</source>
        <translation>حدث خطأ ولم يُحفظ أي شيء. يرجى نداء أحد أفراد الطاقم.</translation>
    </message>
    <message>
        <source>No staff member is registered on this kiosk.</source>
        <translation>لا يوجد أي عضو من الطاقم مسجل على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>الرمز السري غير صحيح.</translation>
    </message>
    <message>
        <source>This staff member can no longer sign in.</source>
        <translation>لم يعد بإمكان هذا العضو تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait a minute.</source>
        <translation>محاولات خاطئة كثيرة. يرجى الانتظار دقيقة.</translation>
    </message>
    <message>
        <source>Please check this field.</source>
        <translation>يرجى التحقق من هذه الخانة.</translation>
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
        <source>We did not find this number</source>
        <translation>لم نجد هذا الرقم</translation>
    </message>
    <message>
        <source>Please check the number. If it is right, you can register now: it takes two minutes.</source>
        <translation>يرجى التحقق من الرقم. إذا كان صحيحًا، يمكنك التسجيل الآن: لن يستغرق ذلك سوى دقيقتين.</translation>
    </message>
    <message>
        <source>Check the number</source>
        <translation>التحقق من الرقم</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>التسجيل</translation>
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
        <source>Date of birth</source>
        <translation>تاريخ الازدياد</translation>
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
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
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
        <source>Estimated wait: about %1 minutes</source>
        <translation>مدة الانتظار التقريبية: %1 دقيقة</translation>
    </message>
    <message>
        <source>The nurse will talk with you before the donation.</source>
        <translation>سيتحدث معك الممرض(ة) قبل التبرع.</translation>
    </message>
    <message>
        <source>Please take your printed ticket.</source>
        <translation>يرجى أخذ تذكرتك المطبوعة.</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>جارٍ طبع تذكرتك…</translation>
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
</context>
</TS>
