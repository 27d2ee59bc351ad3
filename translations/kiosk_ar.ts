<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA" sourcelanguage="en">
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
