<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA" sourcelanguage="en">
<context>
    <name>Welcome</name>
    <message>
        <source>Blood donation</source>
        <translation>Don du sang</translation>
    </message>
    <message>
        <source>No campaign is open on this kiosk. Please ask a staff member.</source>
        <translation>Aucune campagne n&apos;est ouverte sur cette borne. Veuillez vous adresser à un membre de l&apos;équipe.</translation>
    </message>
    <message>
        <source>This campaign is not open today. Thank you for coming.</source>
        <translation>Cette campagne n&apos;est pas ouverte aujourd&apos;hui. Merci d&apos;être venu.</translation>
    </message>
</context>
</TS>
