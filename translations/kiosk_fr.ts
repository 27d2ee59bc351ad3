<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA" sourcelanguage="en">
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
        <translation>Le numéro de votre carte d&apos;identité</translation>
    </message>
    <message>
        <source>As written on your national identity card, for example %1.</source>
        <translation>Tel qu&apos;il figure sur votre carte nationale d&apos;identité, par exemple %1.</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Is this you?</source>
        <translation>Est-ce bien vous ?</translation>
    </message>
    <message>
        <source>Phone number ending in %1</source>
        <translation>Numéro de téléphone se terminant par %1</translation>
    </message>
    <message>
        <source>Yes, it is me</source>
        <translation>Oui, c&apos;est moi</translation>
    </message>
    <message>
        <source>No, it is not me</source>
        <translation>Non, ce n&apos;est pas moi</translation>
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
        <translation>%1, organisateur de cette campagne, avec l&apos;Agence marocaine du sang et de ses dérivés (AMSD).</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>To register you, to check before the donation that giving blood is safe for you and for the patient, and to call you in the queue.</source>
        <translation>Vous enregistrer, vérifier avant le don qu&apos;il est sans risque pour vous et pour le malade, et vous appeler dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Who receives your data</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Only the nurses and doctors of this campaign and the AMSD. Your answers are never shown on a screen or given to anyone else.</source>
        <translation>Uniquement les infirmiers et médecins de cette campagne et l&apos;AMSD. Vos réponses ne sont jamais affichées sur un écran ni transmises à quiconque.</translation>
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
        <translation>Je n&apos;accepte pas</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>J&apos;accepte</translation>
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
</context>
<context>
    <name>Deferred</name>
    <message>
        <source>Thank you for coming</source>
        <translation>Merci d&apos;être venu(e)</translation>
    </message>
    <message>
        <source>Your will to give blood matters. We hope to see you again.</source>
        <translation>Votre volonté de donner votre sang compte beaucoup. Nous espérons vous revoir.</translation>
    </message>
</context>
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
    <name>Header</name>
    <message>
        <source>Call a staff member</source>
        <translation>Appeler un membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>A staff member is coming to help you.</source>
        <translation>Un membre de l&apos;équipe arrive pour vous aider.</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là ?</translation>
    </message>
    <message>
        <source>Touch the screen to continue. Otherwise, what you typed will be erased.</source>
        <translation>Touchez l&apos;écran pour continuer. Sinon, ce que vous avez saisi sera effacé.</translation>
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
        <translation>Sans votre accord, nous ne pouvons pas vous enregistrer. Un membre de l&apos;équipe peut répondre à vos questions.</translation>
    </message>
    <message>
        <source>You are already in the queue</source>
        <translation>Vous êtes déjà dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>Registration is closed</source>
        <translation>Les inscriptions sont fermées</translation>
    </message>
    <message>
        <source>Sorry</source>
        <translation>Désolé</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Please write your phone number.</source>
        <translation>Veuillez écrire votre numéro de téléphone.</translation>
    </message>
    <message>
        <source>Please choose a date.</source>
        <translation>Veuillez choisir une date.</translation>
    </message>
    <message>
        <source>Please write this name.</source>
        <translation>Veuillez écrire ce nom.</translation>
    </message>
    <message>
        <source>Letters only, please.</source>
        <translation>Des lettres uniquement, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>At least two letters, please.</source>
        <translation>Au moins deux lettres, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>60 letters at most, please.</source>
        <translation>60 lettres au maximum, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>One alphabet only in this field.</source>
        <translation>Un seul alphabet dans ce champ.</translation>
    </message>
    <message>
        <source>Please use Arabic letters here.</source>
        <translation>Veuillez écrire en lettres arabes ici.</translation>
    </message>
    <message>
        <source>Please use Latin letters here.</source>
        <translation>Veuillez écrire en lettres latines ici.</translation>
    </message>
    <message>
        <source>Please write your card number.</source>
        <translation>Veuillez écrire le numéro de votre carte.</translation>
    </message>
    <message>
        <source>1 or 2 letters, then digits: AB123456.</source>
        <translation>1 ou 2 lettres, puis des chiffres : AB123456.</translation>
    </message>
    <message>
        <source>Already registered: choose “I gave before”.</source>
        <translation>Déjà enregistré : choisissez « J&apos;ai déjà donné mon sang ».</translation>
    </message>
    <message>
        <source>10 digits, for example 0612345678.</source>
        <translation>10 chiffres, par exemple 0612345678.</translation>
    </message>
    <message>
        <source>A Moroccan number, please.</source>
        <translation>Un numéro marocain, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>Please choose one.</source>
        <translation>Veuillez choisir.</translation>
    </message>
    <message>
        <source>Please choose day, month and year.</source>
        <translation>Veuillez choisir le jour, le mois et l&apos;année.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <source>Please check the year.</source>
        <translation>Veuillez vérifier l&apos;année.</translation>
    </message>
    <message>
        <source>Please choose a group, or “I don&apos;t know”.</source>
        <translation>Veuillez choisir un groupe, ou « Je ne sais pas ».</translation>
    </message>
    <message>
        <source>80 letters at most, please.</source>
        <translation>80 lettres au maximum, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>This card was not recognised. Please try again, or use your identity card number.</source>
        <translation>Cette carte n&apos;a pas été reconnue. Veuillez réessayer, ou utiliser le numéro de votre carte d&apos;identité.</translation>
    </message>
    <message>
        <source>You already have a ticket today: number %1. Please wait to be called.</source>
        <translation>Vous avez déjà un ticket aujourd&apos;hui : le numéro %1. Veuillez attendre d&apos;être appelé(e).</translation>
    </message>
    <message>
        <source>Registration is closed today. Thank you for coming.</source>
        <translation>Les inscriptions sont fermées aujourd&apos;hui. Merci d&apos;être venu(e).</translation>
    </message>
    <message>
        <source>Please talk with a nurse before giving blood today.</source>
        <translation>Veuillez parler à l&apos;infirmier ou à l&apos;infirmière avant de donner votre sang aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The printer is not working. Please show this number to a nurse: your ticket is saved.</source>
        <translation>L&apos;imprimante ne fonctionne pas. Montrez ce numéro à l&apos;infirmier ou à l&apos;infirmière : votre ticket est enregistré.</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved. Please call a staff member.</source>
        <translation>Un problème est survenu et rien n&apos;a été enregistré. Veuillez appeler un membre de l&apos;équipe.</translation>
    </message>
    <message>
        <source>No staff member is registered on this kiosk.</source>
        <translation>Aucun membre de l&apos;équipe n&apos;est enregistré sur cette borne.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code PIN incorrect.</translation>
    </message>
    <message>
        <source>This staff member can no longer sign in.</source>
        <translation>Ce membre de l&apos;équipe ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait a minute.</source>
        <translation>Trop de codes erronés. Veuillez patienter une minute.</translation>
    </message>
    <message>
        <source>Please check this field.</source>
        <translation>Veuillez vérifier ce champ.</translation>
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
        <source>We did not find this number</source>
        <translation>Nous n&apos;avons pas trouvé ce numéro</translation>
    </message>
    <message>
        <source>Please check the number. If it is right, you can register now: it takes two minutes.</source>
        <translation>Vérifiez le numéro. S&apos;il est juste, vous pouvez vous inscrire maintenant : cela prend deux minutes.</translation>
    </message>
    <message>
        <source>Check the number</source>
        <translation>Vérifier le numéro</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>M&apos;inscrire</translation>
    </message>
</context>
<context>
    <name>Path</name>
    <message>
        <source>How would you like to start?</source>
        <translation>Comment souhaitez-vous commencer ?</translation>
    </message>
    <message>
        <source>I have a donor card</source>
        <translation>J&apos;ai une carte de donneur</translation>
    </message>
    <message>
        <source>I give blood for the first time</source>
        <translation>Je donne mon sang pour la première fois</translation>
    </message>
    <message>
        <source>I gave blood before, but I have no card</source>
        <translation>J&apos;ai déjà donné mon sang, mais je n&apos;ai pas de carte</translation>
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
        <translation>Quand ?</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Valider</translation>
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
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Identity card (CIN)</source>
        <translation>Carte d&apos;identité (CIN)</translation>
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
        <translation>Votre carte d&apos;identité et votre téléphone</translation>
    </message>
    <message>
        <source>Your blood group</source>
        <translation>Votre groupe sanguin</translation>
    </message>
    <message>
        <source>As written on your identity card.</source>
        <translation>Tel qu&apos;il figure sur votre carte d&apos;identité.</translation>
    </message>
    <message>
        <source>Tap the day, the month and the year of your birth.</source>
        <translation>Touchez le jour, le mois et l&apos;année de votre naissance.</translation>
    </message>
    <message>
        <source>Your phone number is only used to reach you about your donation.</source>
        <translation>Votre numéro ne sert qu&apos;à vous joindre au sujet de votre don.</translation>
    </message>
    <message>
        <source>If you know it. Otherwise choose “I don&apos;t know”: the nurses will find out.</source>
        <translation>Si vous le connaissez. Sinon, choisissez « Je ne sais pas » : l&apos;équipe médicale le déterminera.</translation>
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
        <translation>Touchez « Modifier » pour corriger une réponse, puis envoyez.</translation>
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
    <name>Staff</name>
    <message>
        <source>Staff: leave kiosk mode</source>
        <translation>Équipe : quitter le mode borne</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
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
        <translation>Personnes avant vous : %1</translation>
    </message>
    <message>
        <source>Nobody is ahead of you: you are next.</source>
        <translation>Personne n&apos;est avant vous : c&apos;est bientôt votre tour.</translation>
    </message>
    <message>
        <source>Estimated wait: about %1 minutes</source>
        <translation>Attente estimée : environ %1 minutes</translation>
    </message>
    <message>
        <source>The nurse will talk with you before the donation.</source>
        <translation>L&apos;infirmier ou l&apos;infirmière parlera avec vous avant le don.</translation>
    </message>
    <message>
        <source>Please take your printed ticket.</source>
        <translation>Veuillez prendre votre ticket imprimé.</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Impression de votre ticket…</translation>
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
