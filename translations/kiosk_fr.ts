<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA" sourcelanguage="en">
<context>
    <name>BackupBanner</name>
    <message>
        <source>The automatic backup to %1 failed. Check that the folder or the USB stick is there, writable and not full; the next backup is tried in %2 minutes, or run: %3.</source>
        <translation>La sauvegarde automatique vers %1 a échoué. Vérifiez que le dossier ou la clé USB est présent, accessible en écriture et pas plein&#x202f;; la prochaine sauvegarde sera tentée dans %2 minutes, ou lancez&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>BirthDate</name>
    <message>
        <source>Your date of birth</source>
        <translation>Votre date de naissance</translation>
    </message>
    <message>
        <source>To make sure it is you, tap the day, the month and the year of your birth.</source>
        <translation>Pour vérifier que c’est bien vous, touchez le jour, le mois et l’année de votre naissance.</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Called tickets</source>
        <translation>Tickets appelés</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Next tickets</source>
        <translation>Prochains tickets</translation>
    </message>
    <message>
        <source>People waiting</source>
        <translation>Personnes en attente</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>Attente estimée</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Donations today</source>
        <translation>Dons aujourd’hui</translation>
    </message>
    <message>
        <source>Please wait: your number will appear here.</source>
        <translation>Veuillez patienter&#xa0;: votre numéro s’affichera ici.</translation>
    </message>
    <message>
        <source>Nobody waiting</source>
        <translation>Personne n’attend</translation>
    </message>
    <message>
        <source>Thank you for giving blood</source>
        <translation>Merci de donner votre sang</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Show your donor card</source>
        <translation>Présentez votre carte de donneur</translation>
    </message>
    <message>
        <source>Hold the square code of your card under the scanner&apos;s red light.</source>
        <translation>Placez le code carré de votre carte sous la lumière rouge du lecteur.</translation>
    </message>
</context>
<context>
    <name>Cin</name>
    <message>
        <source>Your identity card number</source>
        <translation>Le numéro de votre carte d’identité</translation>
    </message>
    <message>
        <source>As written on your national identity card, for example %1.</source>
        <translation>Tel qu’il figure sur votre carte nationale d’identité, par exemple %1.</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Is this you?</source>
        <translation>Est-ce bien vous&#x202f;?</translation>
    </message>
    <message>
        <source>Yes, it is me</source>
        <translation>Oui, c’est moi</translation>
    </message>
    <message>
        <source>No, it is not me</source>
        <translation>Non, ce n’est pas moi</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Your data and your consent</source>
        <translation>Vos données et votre consentement</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <source>%1, organiser of this campaign, with the Moroccan Agency of Blood and its Derivatives (AMSD).</source>
        <translation>%1, organisateur de cette campagne, avec l’Agence marocaine du sang et de ses dérivés (AMSD).</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>To register you, to check before the donation that giving blood is safe for you and for the patient, and to call you in the queue.</source>
        <translation>Vous enregistrer, vérifier avant le don qu’il est sans risque pour vous et pour le malade, et vous appeler dans la file d’attente.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Vos droits</translation>
    </message>
    <message>
        <source>Under law %1 you may see, correct or delete your data, and object to its use. The CNDP watches over these rights.</source>
        <translation>Selon la loi %1, vous pouvez consulter, rectifier ou supprimer vos données et vous opposer à leur traitement. La CNDP veille au respect de ces droits.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Notice version %1</source>
        <translation>Version de la notice %1</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>Je n’accepte pas</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>J’accepte</translation>
    </message>
    <message>
        <source>Who sees your answers</source>
        <translation>Qui voit vos réponses</translation>
    </message>
    <message>
        <source>Only the medical team of this campaign (nurses and doctors), on the nurse station, and the AMSD for your donor file. This screen never shows them, and they are given to no one else.</source>
        <translation>Seulement l’équipe médicale de cette campagne (infirmiers, infirmières et médecins), au poste infirmier, et l’AMSD pour votre dossier de donneur. Cet écran ne les montre jamais, et elles ne sont transmises à personne d’autre.</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Combien de temps</translation>
    </message>
    <message>
        <source>Your registration and your answers are kept for %1 years after your last visit.</source>
        <translation>Votre inscription et vos réponses sont conservées %1 ans après votre dernière visite.</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>There is no %1 %2: the day is now %3. Please check it.</source>
        <translation>Il n’y a pas de %1 %2&#xa0;: le jour est maintenant %3. Vérifiez-le, s’il vous plaît.</translation>
    </message>
</context>
<context>
    <name>Deferred</name>
    <message>
        <source>Thank you for coming</source>
        <translation>Merci d’être venu(e)</translation>
    </message>
    <message>
        <source>Your will to give blood matters. We hope to see you again.</source>
        <translation>Votre volonté de donner votre sang compte beaucoup. Nous espérons vous revoir.</translation>
    </message>
    <message>
        <source>Thank you for coming</source>
        <comment>F</comment>
        <translation>Merci d’être venue</translation>
    </message>
    <message>
        <source>Thank you for coming</source>
        <comment>M</comment>
        <translation>Merci d’être venu</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Queue ticket</source>
        <translation>Ticket d’attente</translation>
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
        <translation>Ce code est scanné au poste infirmier à l’appel de votre numéro.</translation>
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
        <source>Next donation from</source>
        <translation>Prochain don dès le</translation>
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
        <source>Family name and first name</source>
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
        <translation>Pour l’équipe médicale</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bag number</source>
        <translation>N° de poche</translation>
    </message>
    <message>
        <source>Signature and stamp</source>
        <translation>Signature et cachet</translation>
    </message>
    <message>
        <source>Issued to the donor for any lawful purpose, in particular for an employer.</source>
        <translation>Attestation délivrée à l’intéressé(e) pour servir et valoir ce que de droit, notamment auprès de l’employeur.</translation>
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
    <message>
        <source>Estimated wait: about %1 min</source>
        <translation>Attente estimée&#xa0;: environ %1 min</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Call a staff member</source>
        <translation>Appeler un membre de l’équipe</translation>
    </message>
    <message>
        <source>A staff member has been called.</source>
        <translation>Un membre de l’équipe a été appelé.</translation>
    </message>
    <message>
        <source>A staff member is on the way.</source>
        <translation>Un membre de l’équipe arrive.</translation>
    </message>
    <message>
        <source>The call could not be sent: please ask a staff member.</source>
        <translation>Appel non envoyé&#xa0;: adressez-vous à un membre de l’équipe.</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là&#x202f;?</translation>
    </message>
    <message>
        <source>Touch the screen to continue. Otherwise, what you typed will be erased.</source>
        <translation>Touchez l’écran pour continuer. Sinon, ce que vous avez saisi sera effacé.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>Without your agreement we cannot register you. A staff member can answer your questions.</source>
        <translation>Sans votre accord, nous ne pouvons pas vous enregistrer. Un membre de l’équipe peut répondre à vos questions.</translation>
    </message>
    <message>
        <source>You are already in the queue</source>
        <translation>Vous êtes déjà dans la file d’attente</translation>
    </message>
    <message>
        <source>Registration is closed</source>
        <translation>Les inscriptions sont fermées</translation>
    </message>
    <message>
        <source>Sorry</source>
        <translation>Désolé</translation>
    </message>
    <message>
        <source>You are already in the queue</source>
        <comment>F</comment>
        <translation>Vous êtes déjà dans la file d’attente</translation>
    </message>
    <message>
        <source>You are already in the queue</source>
        <comment>M</comment>
        <translation>Vous êtes déjà dans la file d’attente</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Before %1, or never</source>
        <translation>Avant le %1, ou jamais</translation>
    </message>
</context>
<context>
    <name>NotFound</name>
    <message>
        <source>Register</source>
        <translation>M’inscrire</translation>
    </message>
</context>
<context>
    <name>NotMatched</name>
    <message>
        <source>These details do not match</source>
        <translation>Ces informations ne correspondent pas</translation>
    </message>
    <message>
        <source>We cannot confirm these details here. Please see a staff member.</source>
        <translation>Nous ne pouvons pas confirmer ces informations ici. Veuillez voir un membre de l’équipe.</translation>
    </message>
    <message>
        <source>Please check the number and the date of birth and try again. If you have never given blood with us, you can register now.</source>
        <translation>Veuillez vérifier le numéro et la date de naissance, puis réessayer. Si vous n’avez jamais donné votre sang avec nous, vous pouvez vous inscrire maintenant.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>NurseDonor</name>
    <message>
        <source>Eligible</source>
        <translation>Apte</translation>
    </message>
    <message>
        <source>To check with staff</source>
        <translation>À vérifier avec le personnel</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Ajourné</translation>
    </message>
    <message>
        <source>Permanently deferred</source>
        <translation>Ajourné définitivement</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Called to booth %1</source>
        <translation>Appelé au box %1</translation>
    </message>
    <message>
        <source>In interview at booth %1</source>
        <translation>En entretien au box %1</translation>
    </message>
    <message>
        <source>Donated</source>
        <translation>A donné</translation>
    </message>
    <message>
        <source>Left the queue</source>
        <translation>A quitté la file</translation>
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
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>g/dL</source>
        <translation>g/dL</translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Imprimer la carte</translation>
    </message>
    <message>
        <source>Print the donor card (its QR code holds no name)</source>
        <translation>Imprimer la carte de donneur (son code QR ne contient aucun nom)</translation>
    </message>
    <message>
        <source>Print certificate</source>
        <translation>Imprimer l’attestation</translation>
    </message>
    <message>
        <source>This donor asked for a staff member.</source>
        <translation>Ce donneur a demandé un membre du personnel.</translation>
    </message>
    <message>
        <source>No donor selected: call the next one or pick one in the list.</source>
        <translation>Aucun donneur choisi&#xa0;: appelez le suivant ou choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>Blood group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>CIN %1</source>
        <translation>CIN %1</translation>
    </message>
    <message>
        <source>Pre-screen: %1</source>
        <translation>Présélection&#xa0;: %1</translation>
    </message>
    <message>
        <source>(changed by staff; the kiosk said: %1)</source>
        <translation>(modifié par le personnel&#x202f;; la borne avait dit&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Permanently deferred on the donor&apos;s record.</source>
        <translation>Ajourné définitivement dans le dossier du donneur.</translation>
    </message>
    <message>
        <source>Deferred on the donor&apos;s record until %1.</source>
        <translation>Ajourné dans le dossier du donneur jusqu’au %1.</translation>
    </message>
    <message>
        <source>Deferred on the donor&apos;s record until staff decide.</source>
        <translation>Ajourné dans le dossier du donneur jusqu’à décision du personnel.</translation>
    </message>
    <message>
        <source>Deferred today, permanently.</source>
        <translation>Ajourné aujourd’hui, définitivement.</translation>
    </message>
    <message>
        <source>Deferred today, until %1.</source>
        <translation>Ajourné aujourd’hui, jusqu’au %1.</translation>
    </message>
    <message>
        <source>Deferred today.</source>
        <translation>Ajourné aujourd’hui.</translation>
    </message>
    <message>
        <source>Answers are health data: each time they are shown, your name is recorded.</source>
        <translation>Les réponses sont des données de santé&#xa0;: chaque affichage est enregistré à votre nom.</translation>
    </message>
    <message>
        <source>Show answers</source>
        <translation>Afficher les réponses</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Why the kiosk sent this donor to staff</source>
        <translation>Pourquoi la borne a orienté ce donneur vers le personnel</translation>
    </message>
    <message>
        <source>Sensitive: ask during the interview</source>
        <translation>Sensible&#xa0;: à demander pendant l’entretien</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Kiosk pre-screen: %1</source>
        <translation>Présélection à la borne&#xa0;: %1</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>désormais&#xa0;: %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>No rule was triggered.</source>
        <translation>Aucune règle n’a été déclenchée.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Haemoglobin</source>
        <translation>Hémoglobine</translation>
    </message>
    <message>
        <source>Blood pressure, systolic</source>
        <translation>Tension artérielle systolique</translation>
    </message>
    <message>
        <source>Blood pressure, diastolic</source>
        <translation>Tension artérielle diastolique</translation>
    </message>
    <message>
        <source>Save the vitals</source>
        <translation>Enregistrer les mesures</translation>
    </message>
    <message>
        <source>at least %1 %2</source>
        <translation>au moins %1 %2</translation>
    </message>
    <message>
        <source>at most %1 %2</source>
        <translation>au plus %1 %2</translation>
    </message>
    <message>
        <source>To give: %1</source>
        <translation>Pour donner&#xa0;: %1</translation>
    </message>
    <message>
        <source>Vitals saved.</source>
        <translation>Mesures enregistrées.</translation>
    </message>
    <message>
        <source>Outside the thresholds: the donor cannot give today.</source>
        <translation>Hors des seuils&#xa0;: le donneur ne peut pas donner aujourd’hui.</translation>
    </message>
    <message>
        <source>All measurements are within the thresholds.</source>
        <translation>Toutes les mesures sont dans les seuils.</translation>
    </message>
    <message>
        <source>The donor gave blood</source>
        <translation>Le donneur a donné son sang</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>Bag number</source>
        <translation>Numéro de poche</translation>
    </message>
    <message>
        <source>Scan the bag label (ISBT 128) or type the number</source>
        <translation>Scannez l’étiquette de la poche (ISBT 128) ou tapez le numéro</translation>
    </message>
    <message>
        <source>Record the donation</source>
        <translation>Enregistrer le don</translation>
    </message>
    <message>
        <source>No donation today: deferral</source>
        <translation>Pas de don aujourd’hui&#xa0;: ajournement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Another reason (write it below)</source>
        <translation>Autre motif (écrivez-le ci-dessous)</translation>
    </message>
    <message>
        <source>Reason in a few words</source>
        <translation>Le motif en quelques mots</translation>
    </message>
    <message>
        <source>May give again from</source>
        <translation>Peut donner à nouveau à partir du</translation>
    </message>
    <message>
        <source>Permanently</source>
        <translation>Définitivement</translation>
    </message>
    <message>
        <source>Record the deferral</source>
        <translation>Enregistrer l’ajournement</translation>
    </message>
    <message>
        <source>Donation recorded: %1, %2 ml, bag %3.</source>
        <translation>Don enregistré&#xa0;: %1, %2 ml, poche %3.</translation>
    </message>
    <message>
        <source>Deferral recorded on the donor&apos;s record.</source>
        <translation>Ajournement inscrit dans le dossier du donneur.</translation>
    </message>
    <message>
        <source>Start the interview to record a decision.</source>
        <translation>Commencez l’entretien pour enregistrer une décision.</translation>
    </message>
    <message>
        <source>ISBT 128 donation number %1: check character correct.</source>
        <translation>Numéro de don ISBT 128 %1&#xa0;: caractère de contrôle correct.</translation>
    </message>
    <message>
        <source>Local bag number %1.</source>
        <translation>Numéro de poche local %1.</translation>
    </message>
    <message>
        <source>Donation recorded. Thank the donor!</source>
        <translation>Don enregistré. Remerciez le donneur&#x202f;!</translation>
    </message>
    <message>
        <source>The nurse or doctor decides. The change, your name and your reason go to the audit log.</source>
        <translation>L’infirmier ou le médecin décide. Le changement, votre nom et votre motif sont inscrits au journal d’audit.</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Nouveau résultat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>For example: medication checked with the doctor</source>
        <translation>Par exemple&#xa0;: traitement vérifié avec le médecin</translation>
    </message>
    <message>
        <source>Change the pre-screen outcome</source>
        <translation>Modifier le résultat de la présélection</translation>
    </message>
    <message>
        <source>Pre-screen outcome now: %1</source>
        <translation>Résultat actuel de la présélection&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pre-screen outcome changed; the audit log keeps the reason.</source>
        <translation>Résultat de la présélection modifié&#x202f;; le journal d’audit garde le motif.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>Constantes</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Pre-screen</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <source>Answers, vitals and decisions are for nurses and doctors.</source>
        <translation>Les réponses, les mesures et les décisions sont réservées aux infirmiers et aux médecins.</translation>
    </message>
    <message>
        <source>Severe reaction at an earlier donation (%1): take extra care.</source>
        <translation>Réaction sévère lors d’un don précédent (%1)&#xa0;: redoubler d’attention.</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>Blood group %1 (lab-confirmed)</source>
        <translation>Groupe %1 (confirmé par le laboratoire)</translation>
    </message>
    <message>
        <source>Blood group %1 (declared by the donor)</source>
        <translation>Groupe %1 (déclaré par le donneur)</translation>
    </message>
    <message>
        <source>Advice for the donor</source>
        <translation>Conseils au donneur</translation>
    </message>
    <message>
        <source>Every question asked</source>
        <translation>Toutes les questions posées</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes, in %1</source>
        <translation>Oui, en %1</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Blood group confirmed by a laboratory</source>
        <translation>Groupe sanguin confirmé par un laboratoire</translation>
    </message>
    <message>
        <source>Record the confirmed group</source>
        <translation>Enregistrer le groupe confirmé</translation>
    </message>
    <message>
        <source>Choose the group</source>
        <translation>Choisir le groupe</translation>
    </message>
    <message>
        <source>Laboratory result</source>
        <translation>Résultat de laboratoire</translation>
    </message>
    <message>
        <source>The centre&apos;s register</source>
        <translation>Registre du centre</translation>
    </message>
    <message>
        <source>Choose the group first.</source>
        <translation>Choisissez d’abord le groupe.</translation>
    </message>
    <message>
        <source>Confirmed blood group recorded.</source>
        <translation>Groupe sanguin confirmé enregistré.</translation>
    </message>
    <message>
        <source>beats/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pouls</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>from %1 to %2 %3</source>
        <translation>de %1 à %2 %3</translation>
    </message>
    <message>
        <source>Confirm the donation</source>
        <translation>Confirmer le don</translation>
    </message>
    <message>
        <source>Confirm the deferral</source>
        <translation>Confirmer l’ajournement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Choose the reason</source>
        <translation>Choisissez le motif</translation>
    </message>
    <message>
        <source>Record the donation, or a deferral with its reason.</source>
        <translation>Enregistrez le don, ou un ajournement avec son motif.</translation>
    </message>
    <message>
        <source>Record this donation: %1, %2 ml, bag %3?</source>
        <translation>Enregistrer ce don&#xa0;: %1, %2 ml, poche %3&#x202f;?</translation>
    </message>
    <message>
        <source>Record a permanent deferral: %1?</source>
        <translation>Enregistrer un ajournement définitif&#xa0;: %1&#x202f;?</translation>
    </message>
    <message>
        <source>Record a deferral until %2: %1?</source>
        <translation>Enregistrer un ajournement jusqu’au %2&#xa0;: %1&#x202f;?</translation>
    </message>
    <message>
        <source>Undo (%1 s)</source>
        <translation>Annuler (%1 s)</translation>
    </message>
    <message>
        <source>Decision undone: the donor is back in the interview. The audit log keeps both.</source>
        <translation>Décision annulée&#xa0;: le donneur est de retour en entretien. Le journal d’audit garde les deux.</translation>
    </message>
    <message>
        <source>Decision undone: the donor is back in the interview. A certificate was already printed for this donation: take it back from the donor.</source>
        <translation>Décision annulée&#xa0;: le donneur est de retour en entretien. Une attestation a déjà été imprimée pour ce don&#xa0;: reprenez-la au donneur.</translation>
    </message>
</context>
<context>
    <name>NurseQueue</name>
    <message numerus="yes">
        <source>Called %n time(s)</source>
        <translation>
            <numerusform>Appelé %n fois</numerusform>
            <numerusform>Appelé %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Asks for staff</source>
        <translation>Demande du personnel</translation>
    </message>
    <message>
        <source>See nurse</source>
        <translation>Voir l’infirmier</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>En attente (%1)</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Appelé</translation>
    </message>
    <message>
        <source>In interview</source>
        <translation>En entretien</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <source>Find: ticket, ticket QR, CIN or donor number</source>
        <translation>Chercher&#xa0;: ticket, QR du ticket, CIN ou numéro de donneur</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Appeler le suivant</translation>
    </message>
    <message>
        <source>Call the next donor to booth %1</source>
        <translation>Appeler le donneur suivant au box %1</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>The donor did not come: back in the queue behind three others, out after the third call.</source>
        <translation>Le donneur n’est pas venu&#xa0;: il revient dans la file derrière trois autres, et en sort après le troisième appel.</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>Commencer l’entretien</translation>
    </message>
    <message>
        <source>Transfer to booth</source>
        <translation>Transférer au box</translation>
    </message>
    <message>
        <source>Staff came</source>
        <translation>Appel traité</translation>
    </message>
    <message>
        <source>Someone answered the donor&apos;s call for a staff member.</source>
        <translation>Quelqu’un a répondu à l’appel du donneur.</translation>
    </message>
    <message>
        <source>The donor went away before a decision.</source>
        <translation>Le donneur est parti avant une décision.</translation>
    </message>
    <message>
        <source>Back in queue</source>
        <translation>Remettre dans la file</translation>
    </message>
    <message>
        <source>On my way</source>
        <translation>J’y vais</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>En attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Asking for a staff member: %1</source>
        <translation>Demande un membre du personnel&#xa0;: %1</translation>
    </message>
    <message>
        <source>A donor at a kiosk is calling for staff: %1</source>
        <translation>Un donneur à une borne demande un membre de l’équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ticket %1 called to booth %2.</source>
        <translation>Ticket %1 appelé au box %2.</translation>
    </message>
    <message>
        <source>Ticket %1 sent to booth %2.</source>
        <translation>Ticket %1 envoyé au box %2.</translation>
    </message>
    <message>
        <source>Deferred on the record: %1</source>
        <translation>Ajourné dans son dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>You go to the kiosk: its donor is told you are on the way, and the alert leaves every screen.</source>
        <translation>Vous allez à la borne&#xa0;: le donneur apprend que vous arrivez, et l’alerte disparaît de tous les écrans.</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>borne</translation>
    </message>
    <message>
        <source>%1 (ticket %2)</source>
        <translation>%1 (ticket %2)</translation>
    </message>
</context>
<context>
    <name>NurseReaction</name>
    <message>
        <source>Kept under observation</source>
        <translation>Gardé en observation</translation>
    </message>
    <message>
        <source>Lying down, legs raised</source>
        <translation>Allongé, jambes surélevées</translation>
    </message>
    <message>
        <source>Drink or sugar given</source>
        <translation>Boisson ou sucre donné</translation>
    </message>
    <message>
        <source>Cold compress</source>
        <translation>Compresse froide</translation>
    </message>
    <message>
        <source>Pressure on the puncture</source>
        <translation>Compression du point de ponction</translation>
    </message>
    <message>
        <source>Donation stopped</source>
        <translation>Don interrompu</translation>
    </message>
    <message>
        <source>Doctor called</source>
        <translation>Médecin appelé</translation>
    </message>
    <message>
        <source>Sent to hospital</source>
        <translation>Transféré à l’hôpital</translation>
    </message>
    <message>
        <source>Adverse reaction during or after the donation</source>
        <translation>Réaction indésirable pendant ou après le don</translation>
    </message>
    <message>
        <source>During the donation</source>
        <translation>Pendant le don</translation>
    </message>
    <message>
        <source>After the donation</source>
        <translation>Après le don</translation>
    </message>
    <message>
        <source>At</source>
        <translation>À</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>Record the reaction</source>
        <translation>Enregistrer la réaction</translation>
    </message>
    <message>
        <source>Reaction recorded.</source>
        <translation>Réaction enregistrée.</translation>
    </message>
    <message>
        <source>Recorded for this visit:</source>
        <translation>Enregistré pour cette visite&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NurseSignIn</name>
    <message>
        <source>Too many wrong PINs at this station: signing in here is locked for %1.</source>
        <translation>Trop de codes PIN erronés sur ce poste&#xa0;: la connexion y est verrouillée pendant %1.</translation>
    </message>
    <message>
        <source>Too many wrong PINs for this name: it is locked for %1. Other names can sign in.</source>
        <translation>Trop de codes PIN erronés pour ce nom&#xa0;: il est verrouillé pendant %1. Les autres noms peuvent se connecter.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nurse station</source>
        <translation>Poste infirmier</translation>
    </message>
    <message>
        <source>Booth %1 · %2</source>
        <translation>Box %1 · %2</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Qui êtes-vous&#x202f;?</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Votre code PIN</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 à 8 chiffres</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>No staff member is set up yet: the organiser adds them with “kiosk staff add”.</source>
        <translation>Aucun membre du personnel n’est encore enregistré&#xa0;: l’organisateur les ajoute avec «&#xa0;kiosk staff add&#xa0;».</translation>
    </message>
    <message>
        <source>nurse</source>
        <translation>personnel infirmier</translation>
    </message>
    <message>
        <source>doctor</source>
        <translation>médecin</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>équipe d’organisation</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>NurseWindow</name>
    <message>
        <source>Qatra — nurse station</source>
        <translation>Qatra — poste infirmier</translation>
    </message>
    <message>
        <source>Nurse station · booth %1</source>
        <translation>Poste infirmier · box %1</translation>
    </message>
    <message>
        <source>Change the language of this station</source>
        <translation>Changer la langue de ce poste</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Personne n’est connecté</translation>
    </message>
    <message>
        <source>nurse</source>
        <translation>personnel infirmier</translation>
    </message>
    <message>
        <source>doctor</source>
        <translation>médecin</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>équipe d’organisation</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The donor card is being printed.</source>
        <translation>La carte de donneur est en cours d’impression.</translation>
    </message>
    <message>
        <source>The certificate is being printed.</source>
        <translation>L’attestation est en cours d’impression.</translation>
    </message>
</context>
<context>
    <name>Organiser</name>
    <message>
        <source>Report written to %1</source>
        <translation>Bilan écrit dans %1</translation>
    </message>
    <message>
        <source>Report and exchange bundle for “%2” written to %1</source>
        <translation>Bilan et lot d’échange pour «&#xa0;%2&#xa0;» écrits dans %1</translation>
    </message>
    <message>
        <source>Report written to %1. No trusted key of a centre is registered on this station, so no exchange bundle was written (kiosk keys trust NAME FILE).</source>
        <translation>Bilan écrit dans %1. Aucune clé de confiance d’un centre n’est enregistrée sur ce poste&#xa0;: aucun lot d’échange n’a été écrit (kiosk keys trust NOM FICHIER).</translation>
    </message>
    <message>
        <source>Report written to %1. This station has no keys yet, so no exchange bundle was written (kiosk keys init).</source>
        <translation>Bilan écrit dans %1. Ce poste n’a pas encore de clés&#xa0;: aucun lot d’échange n’a été écrit (kiosk keys init).</translation>
    </message>
    <message>
        <source>Report written to %1, but the exchange bundle for “%2” could not be written. Check the folder or the USB stick, then save again.</source>
        <translation>Bilan écrit dans %1, mais le lot d’échange pour «&#xa0;%2&#xa0;» n’a pas pu être écrit. Vérifiez le dossier ou la clé USB, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>The report could not be written there. Check the folder or the USB stick.</source>
        <translation>Impossible d’écrire le bilan à cet endroit. Vérifiez le dossier ou la clé USB.</translation>
    </message>
    <message>
        <source>The report went to the printer.</source>
        <translation>Le bilan est parti à l’imprimante.</translation>
    </message>
    <message>
        <source>The report did not print: check the printer, then try again.</source>
        <translation>Le bilan n’a pas été imprimé&#xa0;: vérifiez l’imprimante, puis réessayez.</translation>
    </message>
    <message>
        <source>No office printer is set on this station (kiosk printers set certificate QUEUE).</source>
        <translation>Aucune imprimante de bureau n’est réglée sur ce poste (kiosk printers set certificate QUEUE).</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>Le bilan n’a pas pu être établi.</translation>
    </message>
    <message>
        <source>Qatra — organiser station</source>
        <translation>Qatra — poste de l’organisateur</translation>
    </message>
    <message>
        <source>Organiser station</source>
        <translation>Poste de l’organisateur</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Donations / target</source>
        <translation>Dons / objectif</translation>
    </message>
    <message>
        <source>First time / returning</source>
        <translation>Première fois / déjà venus</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>En attente maintenant</translation>
    </message>
    <message>
        <source>Wait, last hour: median / 9 in 10</source>
        <translation>Attente, dernière heure&#xa0;: médiane / 9 sur 10</translation>
    </message>
    <message>
        <source>Documents waiting to print</source>
        <translation>Documents en attente d’impression</translation>
    </message>
    <message>
        <source>Print the day&apos;s report</source>
        <translation>Imprimer le bilan du jour</translation>
    </message>
    <message>
        <source>Save the report to a folder</source>
        <translation>Enregistrer le bilan dans un dossier</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Personne n’est connecté</translation>
    </message>
    <message>
        <source>This station is for organisers.</source>
        <translation>Ce poste est réservé aux organisateurs.</translation>
    </message>
    <message>
        <source>Booth %1: ticket %2, %3</source>
        <translation>Poste %1&#xa0;: ticket %2, %3</translation>
    </message>
    <message>
        <source>called</source>
        <translation>appelé</translation>
    </message>
    <message>
        <source>with the donor</source>
        <translation>avec le donneur</translation>
    </message>
    <message>
        <source>Booth %1: %2 seen, %3 donations</source>
        <translation>Poste %1&#xa0;: %2 reçus, %3 dons</translation>
    </message>
    <message>
        <source>No booth has called yet.</source>
        <translation>Aucun poste n’a encore appelé.</translation>
    </message>
    <message>
        <source>The exchange bundle is for:</source>
        <translation>Le lot d’échange est destiné à&#xa0;:</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Préparation du bilan…</translation>
    </message>
</context>
<context>
    <name>Path</name>
    <message>
        <source>How would you like to start?</source>
        <translation>Comment souhaitez-vous commencer&#x202f;?</translation>
    </message>
    <message>
        <source>I have a donor card</source>
        <translation>J’ai une carte de donneur</translation>
    </message>
    <message>
        <source>I give blood for the first time</source>
        <translation>Je donne mon sang pour la première fois</translation>
    </message>
    <message>
        <source>I gave blood before, but I have no card</source>
        <translation>J’ai déjà donné mon sang, mais je n’ai pas de carte</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <source>No printer is set for tickets on this station.</source>
        <translation>Aucune imprimante n’est choisie pour les tickets sur ce poste.</translation>
    </message>
    <message>
        <source>No printer is set for donor cards on this station.</source>
        <translation>Aucune imprimante n’est choisie pour les cartes de donneur sur ce poste.</translation>
    </message>
    <message>
        <source>No printer is set for certificates on this station.</source>
        <translation>Aucune imprimante n’est choisie pour les attestations sur ce poste.</translation>
    </message>
    <message>
        <source>Printer “%1” is not available.</source>
        <translation>L’imprimante «&#xa0;%1&#xa0;» n’est pas disponible.</translation>
    </message>
    <message>
        <source>Printer “%1” has stopped: check its paper and cable, then retry.</source>
        <translation>L’imprimante «&#xa0;%1&#xa0;» s’est arrêtée&#xa0;: vérifiez son papier et son câble, puis réessayez.</translation>
    </message>
    <message>
        <source>Printer “%1” did not take the document.</source>
        <translation>L’imprimante «&#xa0;%1&#xa0;» n’a pas accepté le document.</translation>
    </message>
    <message>
        <source>The print queue could not reach the database.</source>
        <translation>La file d’impression n’a pas pu joindre la base de données.</translation>
    </message>
    <message>
        <source>The document could not be prepared for printing.</source>
        <translation>Le document n’a pas pu être préparé pour l’impression.</translation>
    </message>
    <message>
        <source>Documents waiting to print: %1</source>
        <translation>Documents en attente d’impression&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>Quand&#x202f;?</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Your answer is confidential: only the medical team reads it.</source>
        <translation>Votre réponse est confidentielle&#xa0;: seule l’équipe médicale la lit.</translation>
    </message>
    <message>
        <source>Which? Tap each one that applies, then “Next”.</source>
        <translation>Lesquels&#x202f;? Touchez chacun de ceux qui vous concernent, puis «&#xa0;Suivant&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Je suis</translation>
    </message>
    <message>
        <source>Identity card (CIN)</source>
        <translation>Carte d’identité (CIN)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Blood group</source>
        <translation>Groupe sanguin</translation>
    </message>
    <message>
        <source>Your name in Arabic letters</source>
        <translation>Votre nom en lettres arabes</translation>
    </message>
    <message>
        <source>Your name in Latin letters</source>
        <translation>Votre nom en lettres latines</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>À propos de vous</translation>
    </message>
    <message>
        <source>Your identity card and phone</source>
        <translation>Votre carte d’identité et votre téléphone</translation>
    </message>
    <message>
        <source>Your blood group</source>
        <translation>Votre groupe sanguin</translation>
    </message>
    <message>
        <source>As written on your identity card.</source>
        <translation>Tel qu’il figure sur votre carte d’identité.</translation>
    </message>
    <message>
        <source>Tap the day, the month and the year of your birth.</source>
        <translation>Touchez le jour, le mois et l’année de votre naissance.</translation>
    </message>
    <message>
        <source>Your phone number is only used to reach you about your donation.</source>
        <translation>Votre numéro ne sert qu’à vous joindre au sujet de votre don.</translation>
    </message>
    <message>
        <source>If you know it. Otherwise choose “I don&apos;t know”: the nurses will find out.</source>
        <translation>Si vous le connaissez. Sinon, choisissez «&#xa0;Je ne sais pas&#xa0;»&#xa0;: l’équipe médicale le déterminera.</translation>
    </message>
    <message>
        <source>You may leave this page empty.</source>
        <translation>Vous pouvez laisser cette page vide.</translation>
    </message>
    <message>
        <source>A woman</source>
        <translation>Une femme</translation>
    </message>
    <message>
        <source>A man</source>
        <translation>Un homme</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>End-of-day report</source>
        <translation>Bilan de la journée</translation>
    </message>
    <message>
        <source>Campaign report</source>
        <translation>Bilan de la campagne</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Donors registered</source>
        <translation>Donneurs inscrits</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Dons</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Share of the target reached</source>
        <translation>Part de l’objectif atteinte</translation>
    </message>
    <message>
        <source>First-time donors who gave</source>
        <translation>Premiers dons effectués</translation>
    </message>
    <message>
        <source>Registered for the first time</source>
        <translation>Inscrits pour la première fois</translation>
    </message>
    <message>
        <source>Returning donors registered</source>
        <translation>Donneurs déjà connus inscrits</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Ajournés</translation>
    </message>
    <message>
        <source>Left without donating</source>
        <translation>Partis sans donner</translation>
    </message>
    <message>
        <source>Still in the queue</source>
        <translation>Encore dans la file</translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation>Attente médiane</translation>
    </message>
    <message>
        <source>9 in 10 waited at most</source>
        <translation>9 sur 10 ont attendu au plus</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Donations by blood group</source>
        <translation>Dons par groupe sanguin</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Lab-confirmed</source>
        <translation>Confirmé au laboratoire</translation>
    </message>
    <message>
        <source>Declared by the donor</source>
        <translation>Déclaré par le donneur</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Donations by sex and age</source>
        <translation>Dons par sexe et par âge</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Other ages</source>
        <translation>Autres âges</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Pre-screen at the kiosk</source>
        <translation>Présélection à la borne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Deferrals by reason</source>
        <translation>Ajournements par motif</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Adverse reactions</source>
        <translation>Réactions indésirables</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>Hour by hour</source>
        <translation>Heure par heure</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Arrivées</translation>
    </message>
    <message>
        <source>Median wait (min)</source>
        <translation>Attente médiane (min)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Booths</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Booth %1</source>
        <translation>Poste %1</translation>
    </message>
    <message>
        <source>Donors seen</source>
        <translation>Donneurs reçus</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Jour par jour</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Counts only, no personal data. In tables of people, a count from 1 to 4 is shown as “&lt; 5”.</source>
        <translation>Des nombres seulement, aucune donnée personnelle. Dans les tableaux de personnes, un nombre de 1 à 4 s’affiche «&#xa0;&lt; 5&#xa0;».</translation>
    </message>
    <message>
        <source>Made by Qatra on %1 at %2</source>
        <translation>Établi par Qatra le %1 à %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Rien d’enregistré.</translation>
    </message>
    <message>
        <source>Eligible, ticket given</source>
        <translation>Apte, ticket remis</translation>
    </message>
    <message>
        <source>Sent to staff</source>
        <translation>Orienté vers l’équipe médicale</translation>
    </message>
    <message>
        <source>Deferred until a date</source>
        <translation>Ajourné jusqu’à une date</translation>
    </message>
    <message>
        <source>Permanently deferred</source>
        <translation>Ajourné définitivement</translation>
    </message>
    <message>
        <source>Age or weight</source>
        <translation>Âge ou poids</translation>
    </message>
    <message>
        <source>Recent donation</source>
        <translation>Don récent</translation>
    </message>
    <message>
        <source>Low haemoglobin</source>
        <translation>Hémoglobine basse</translation>
    </message>
    <message>
        <source>Blood pressure, pulse or temperature</source>
        <translation>Tension, pouls ou température</translation>
    </message>
    <message>
        <source>Health on the day, treatment</source>
        <translation>Santé du jour, traitement</translation>
    </message>
    <message>
        <source>Recent care or procedure</source>
        <translation>Soin ou acte récent</translation>
    </message>
    <message>
        <source>Pregnancy, childbirth, breastfeeding</source>
        <translation>Grossesse, accouchement, allaitement</translation>
    </message>
    <message>
        <source>Travel or stay (malaria)</source>
        <translation>Voyage ou séjour (paludisme)</translation>
    </message>
    <message>
        <source>Risk of infection</source>
        <translation>Risque d’infection</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>Antécédents médicaux</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <source>Vasovagal, mild</source>
        <translation>Vasovagal, léger</translation>
    </message>
    <message>
        <source>Vasovagal, severe</source>
        <translation>Vasovagal, sévère</translation>
    </message>
    <message>
        <source>Vasovagal, severe, with loss of consciousness</source>
        <translation>Vasovagal, sévère, avec perte de connaissance</translation>
    </message>
    <message>
        <source>Haematoma</source>
        <translation>Hématome</translation>
    </message>
    <message>
        <source>Arterial puncture</source>
        <translation>Ponction artérielle</translation>
    </message>
    <message>
        <source>Citrate reaction</source>
        <translation>Réaction au citrate</translation>
    </message>
    <message>
        <source>Other reaction</source>
        <translation>Autre réaction</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Please check your answers</source>
        <translation>Veuillez vérifier vos réponses</translation>
    </message>
    <message>
        <source>Tap “Change” to correct an answer, then send.</source>
        <translation>Touchez «&#xa0;Modifier&#xa0;» pour corriger une réponse, puis envoyez.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>Sending your answers…</source>
        <translation>Envoi de vos réponses…</translation>
    </message>
    <message>
        <source>One moment, please.</source>
        <translation>Un instant, s’il vous plaît.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Staff: leave kiosk mode</source>
        <translation>Équipe&#xa0;: quitter le mode borne</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Menu du personnel</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Quitter le mode borne</translation>
    </message>
    <message>
        <source>Quit the program</source>
        <translation>Quitter le programme</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Revenir à la borne</translation>
    </message>
</context>
<context>
    <name>StaffGate</name>
    <message>
        <source>Too many wrong PINs on this kiosk. Try again in %1.</source>
        <translation>Trop de codes PIN erronés sur cette borne. Réessayez dans %1.</translation>
    </message>
    <message>
        <source>Too many wrong PINs for this name. Try again in %1.</source>
        <translation>Trop de codes PIN erronés pour ce nom. Réessayez dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message numerus="yes">
        <source>Estimated wait: about %n minute(s)</source>
        <translation>
            <numerusform>Attente estimée&#xa0;: environ %n minute</numerusform>
            <numerusform>Attente estimée&#xa0;: environ %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Your ticket</source>
        <translation>Votre ticket</translation>
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
        <source>Nobody is ahead of you: you are next.</source>
        <translation>Personne n’est avant vous&#xa0;: c’est bientôt votre tour.</translation>
    </message>
    <message>
        <source>Please take your printed ticket.</source>
        <translation>Veuillez prendre votre ticket imprimé.</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Impression de votre ticket…</translation>
    </message>
    <message>
        <source>Nobody is ahead of you: you are next.</source>
        <comment>F</comment>
        <translation>Personne n’est avant vous&#xa0;: c’est bientôt votre tour.</translation>
    </message>
    <message>
        <source>Nobody is ahead of you: you are next.</source>
        <comment>M</comment>
        <translation>Personne n’est avant vous&#xa0;: c’est bientôt votre tour.</translation>
    </message>
    <message>
        <source>A member of the medical team will talk with you before the donation.</source>
        <translation>Un membre de l’équipe médicale parlera avec vous avant le don.</translation>
    </message>
    <message>
        <source>Thank you for your generosity! Keep the number shown here in mind: a member of the medical team will check your answers with you before the donation.</source>
        <translation>Merci de votre générosité&#x202f;! Retenez le numéro affiché ici&#xa0;: un membre de l’équipe médicale vérifiera vos réponses avec vous avant le don.</translation>
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
        <translation>Aucune campagne n’est ouverte sur cette borne. Veuillez vous adresser à un membre de l’équipe.</translation>
    </message>
    <message>
        <source>This campaign is not open today. Thank you for coming.</source>
        <translation>Cette campagne n’est pas ouverte aujourd’hui. Merci d’être venu.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
</context>
</TS>
