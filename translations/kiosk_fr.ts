<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA" sourcelanguage="en">
<context>
    <name>Documents</name>
    <message>
        <source>Queue ticket</source>
        <translation>Ticket d&apos;attente</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Votre numéro</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Personnes avant vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nobody ahead of you</source>
        <translation>Personne avant vous</translation>
    </message>
    <message>
        <source>The nurse station scans this code when your number is called.</source>
        <translation>Ce code est scanné au poste infirmier à l&apos;appel de votre numéro.</translation>
    </message>
    <message>
        <source>Thank you for your generosity: every drop counts.</source>
        <translation>Merci pour votre générosité&#xa0;: chaque goutte compte.</translation>
    </message>
    <message>
        <source>Donor card</source>
        <translation>Carte de donneur</translation>
    </message>
    <message>
        <source>Donor number</source>
        <translation>Numéro de donneur</translation>
    </message>
    <message>
        <source>Blood group</source>
        <translation>Groupe sanguin</translation>
    </message>
    <message>
        <source>First donation</source>
        <translation>Premier don</translation>
    </message>
    <message>
        <source>Show this card at your next donation.</source>
        <translation>Présentez cette carte lors de votre prochain don.</translation>
    </message>
    <message>
        <source>Blood donation certificate</source>
        <translation>Attestation de don de sang</translation>
    </message>
    <message>
        <source>The undersigned certifies that the person named below gave blood voluntarily and without payment.</source>
        <translation>Le soussigné atteste que la personne désignée ci-dessous a donné son sang bénévolement et gratuitement.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom et prénom</translation>
    </message>
    <message>
        <source>National ID card number</source>
        <translation>N° de CIN</translation>
    </message>
    <message>
        <source>Date of donation</source>
        <translation>Date du don</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type of donation</source>
        <translation>Type de don</translation>
    </message>
    <message>
        <source>%1 (%2 mL)</source>
        <translation>%1 (%2&#xa0;mL)</translation>
    </message>
    <message>
        <source>Issued at %1 on %2</source>
        <translation>Fait à %1, le %2</translation>
    </message>
    <message>
        <source>For the medical team</source>
        <translation>Pour l&apos;équipe médicale</translation>
    </message>
    <message>
        <source>Signature and stamp</source>
        <translation>Signature et cachet</translation>
    </message>
    <message>
        <source>Issued to the donor for any lawful purpose, in particular for an employer.</source>
        <translation>Attestation délivrée à l&apos;intéressé(e) pour servir et valoir ce que de droit, notamment auprès de l&apos;employeur.</translation>
    </message>
    <message>
        <source>Thank you: your gift saves lives.</source>
        <translation>Merci&#xa0;: votre don sauve des vies.</translation>
    </message>
    <message>
        <source>Whole blood</source>
        <translation>Sang total</translation>
    </message>
    <message>
        <source>Plasma</source>
        <translation>Plasma</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>Plaquettes</translation>
    </message>
</context>
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
