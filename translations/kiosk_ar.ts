<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA" sourcelanguage="en">
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
