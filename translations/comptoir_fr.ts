<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <location filename="../core/access.cpp" line="+16"/>
        <source>Unknown user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user %1 is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>You may only change your own deals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli.cpp" line="+60"/>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: comptoir [--db FILE] %1</source>
        <translation>Utilisation : comptoir [--db FICHIER] %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+57"/>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <location line="-38"/>
        <location filename="../app/clideals.cpp" line="+264"/>
        <source>Missing argument.</source>
        <translation>Argument manquant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print JSON instead of text.</source>
        <translation>Écrit du JSON au lieu de texte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>add realistic demo data</source>
        <translation>ajoute des données de démonstration réalistes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list deals</source>
        <translation>liste les affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a deal&apos;s fields and history</source>
        <translation>les champs et l’historique d’une affaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create a deal</source>
        <translation>crée une affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change fields of a deal</source>
        <translation>modifie des champs d’une affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move a deal to a stage</source>
        <translation>déplace une affaire vers une étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close a deal</source>
        <translation>clôt une affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reopen a closed deal</source>
        <translation>rouvre une affaire close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pipelines with their stages</source>
        <translation>les pipelines et leurs étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deals and totals per stage</source>
        <translation>affaires et totaux par étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the database</source>
        <translation>vérifie la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>render the window to a PNG</source>
        <translation>enregistre une image PNG de la fenêtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usage: comptoir [--db FILE] [--lang fr|en] [COMMAND ...]</source>
        <translation>Utilisation : comptoir [--db FICHIER] [--lang fr|en] [COMMANDE ...]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comptoir, a desktop CRM for deals. Without a command, opens the window.</source>
        <translation>Comptoir, un CRM de bureau pour suivre vos affaires. Sans commande, ouvre la fenêtre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database (default: %1)</source>
        <translation>la base de données (par défaut : %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language of texts, amounts and dates (default: the system&apos;s)</source>
        <translation>langue des textes, montants et dates (par défaut : celle du système)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help</source>
        <translation>affiche cette aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the version</source>
        <translation>affiche la version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;comptoir COMMAND --help&quot; describes a command.</source>
        <translation>« comptoir COMMANDE --help » décrit une commande.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Try &quot;comptoir --help&quot;.</source>
        <translation>Essayez « comptoir --help ».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown command &apos;%1&apos;. Try &quot;comptoir --help&quot;.</source>
        <translation>Commande inconnue « %1 ». Essayez « comptoir --help ».</translation>
    </message>
    <message>
        <location filename="../app/clideals.cpp" line="-228"/>
        <source>There is no deal %1.</source>
        <translation>Il n’y a pas d’affaire %1.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Lists deals in the order they were created.</source>
        <translation>Liste les affaires dans l’ordre de leur création.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this pipeline (id or name).</source>
        <translation>Seulement ce pipeline (numéro ou nom).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this stage (id or name).</source>
        <translation>Seulement cette étape (numéro ou nom).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most N deals.</source>
        <translation>Au plus N affaires.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/clidemo.cpp" line="+32"/>
        <source>&apos;%1&apos; is not a number of deals.</source>
        <translation>« %1 » n’est pas un nombre d’affaires.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location filename="../app/clireport.cpp" line="+49"/>
        <source>ID</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+61"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+63"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <location filename="../app/clireport.cpp" line="+0"/>
        <location line="+53"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+65"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+73"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>1 deal</source>
        <translation>1 affaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 deals</source>
        <translation>%1 affaires</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shows a deal&apos;s fields and history.</source>
        <translation>Affiche les champs et l’historique d’une affaire.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begins</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/clireport.cpp" line="-53"/>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat</source>
        <translation>Récurrente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost reason</source>
        <translation>Motif de perte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: comptoir [--db FILE] deals COMMAND ...
Commands: %1</source>
        <translation>Utilisation : comptoir [--db FICHIER] deals COMMANDE ...
Commandes : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown command &apos;deals %1&apos;. The deals commands are: %2.</source>
        <translation>Commande inconnue « deals %1 ». Les commandes deals sont : %2.</translation>
    </message>
    <message>
        <location filename="../app/clidealsedit.cpp" line="+40"/>
        <source>Creates a deal. The contact and the company are created when they do not exist.</source>
        <translation>Crée une affaire. Le contact et la société sont créés s’ils n’existent pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deal&apos;s title (required).</source>
        <translation>Le titre de l’affaire (obligatoire).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount, written as in the chosen language (1234.50, 1 234,50).</source>
        <translation>Le montant, écrit comme dans la langue choisie (1234.50, 1 234,50).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO currency code (default EUR).</source>
        <translation>Code ISO de la devise (EUR par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/clireport.cpp" line="+19"/>
        <source>Pipeline, by id or name (default: the default pipeline).</source>
        <translation>Pipeline, par numéro ou nom (par défaut : le pipeline par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage, by id or name (default: the first).</source>
        <translation>Étape, par numéro ou nom (par défaut : la première).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary contact, &quot;First Last&quot;.</source>
        <translation>Contact principal, « Prénom Nom ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company name.</source>
        <translation>Nom de la société.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A deal needs a title: give --title.</source>
        <translation>Une affaire a besoin d’un titre : donnez --title.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a currency code: give three letters such as EUR.</source>
        <translation>« %1 » n’est pas un code de devise : donnez trois lettres, comme EUR.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Created deal %1 &quot;%2&quot;.</source>
        <translation>Affaire %1 « %2 » créée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes fields of a deal. Fields: %1.</source>
        <translation>Modifie des champs d’une affaire. Champs : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A field and its new value (repeatable).</source>
        <translation>Un champ et sa nouvelle valeur (répétable).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to change: give --field NAME=VALUE.</source>
        <translation>Rien à modifier : donnez --field NOM=VALEUR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not NAME=VALUE.</source>
        <translation>« %1 » n’est pas de la forme NOM=VALEUR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown field &apos;%1&apos;. The fields are: %2.</source>
        <translation>Champ inconnu « %1 ». Les champs sont : %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Updated deal %1: %2.</source>
        <translation>Affaire %1 modifiée : %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moves a deal to a stage of its pipeline, or of another pipeline with --pipeline. A won or lost stage closes the deal.</source>
        <translation>Déplace une affaire vers une étape de son pipeline, ou d’un autre pipeline avec --pipeline. Une étape gagnée ou perdue clôt l’affaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to this pipeline (id or name).</source>
        <translation>Vers ce pipeline (numéro ou nom).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Moved deal %1 to %2 / %3.</source>
        <translation>Affaire %1 déplacée vers %2 / %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closes a deal as won or lost, from any stage.</source>
        <translation>Clôt une affaire, gagnée ou perdue, depuis n’importe quelle étape.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close as won.</source>
        <translation>Clore comme gagnée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close as lost.</source>
        <translation>Clore comme perdue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it was lost (a lost reason code or name).</source>
        <translation>Pourquoi elle est perdue (code ou nom d’un motif de perte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note on why it was lost.</source>
        <translation>Une note sur la raison de la perte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give either --won or --lost.</source>
        <translation>Donnez soit --won, soit --lost.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reason and --note go with --lost only.</source>
        <translation>--reason et --note ne vont qu’avec --lost.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Closed deal %1 as won.</source>
        <translation>Affaire %1 close comme gagnée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed deal %1 as lost.</source>
        <translation>Affaire %1 close comme perdue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moves a closed deal back to a stage in progress (the first by default).</source>
        <translation>Remet une affaire close sur une étape en cours (la première par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stage to reopen on (id or name).</source>
        <translation>L’étape où la rouvrir (numéro ou nom).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reopened deal %1 on %2.</source>
        <translation>Affaire %1 rouverte sur %2.</translation>
    </message>
    <message>
        <location filename="../app/clidemo.cpp" line="-16"/>
        <source>Adds believable demo data: companies, contacts, deals over the last two years and their activities. The same seed gives the same data.</source>
        <translation>Ajoute des données de démonstration crédibles : sociétés, contacts, affaires des deux dernières années et leurs activités. La même graine donne les mêmes données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many deals (default %1).</source>
        <translation>Nombre d’affaires (%1 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the random choices (default %1).</source>
        <translation>Graine des choix aléatoires (%1 par défaut).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is not a seed: give a whole number.</source>
        <translation>« %1 » n’est pas une graine : donnez un nombre entier.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>demo: %1 of %2 deals</source>
        <translation>démo : %1 affaires sur %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added %1 deals (%2 won, %3 repeat), %4 companies, %5 contacts and %6 activities in %7 s.</source>
        <translation>%1 affaires ajoutées (%2 gagnées, %3 récurrentes), %4 sociétés, %5 contacts et %6 activités en %7 s.</translation>
    </message>
    <message>
        <location filename="../app/cliformat.cpp" line="+69"/>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>won</source>
        <translation>gagnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lost</source>
        <translation>perdue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a deal id: give the number that &quot;deals list&quot; shows.</source>
        <translation>« %1 » n’est pas un numéro d’affaire : donnez le numéro qu’affiche « deals list ».</translation>
    </message>
    <message>
        <location filename="../app/clireport.cpp" line="-50"/>
        <source>Missing argument: did you mean &quot;%1 %2&quot;?</source>
        <translation>Argument manquant : vouliez-vous dire « %1 %2 » ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command &apos;%1 %2&apos;. Did you mean &quot;%1 %3&quot;?</source>
        <translation>Commande inconnue « %1 %2 ». Vouliez-vous dire « %1 %3 » ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists the pipelines with their stages and the semantic of each stage.</source>
        <translation>Liste les pipelines avec leurs étapes et la sémantique de chaque étape.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1  %2 (default)</source>
        <translation>%1  %2 (par défaut)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+53"/>
        <source>Semantic</source>
        <translation>Sémantique</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Counts the deals of each stage of a pipeline and totals their amounts.</source>
        <translation>Compte les affaires de chaque étape d’un pipeline et totalise leurs montants.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+58"/>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opens the database (which refuses a foreign, newer or damaged file), checks its integrity and counts its deals. Exits with 1 when something is wrong.</source>
        <translation>Ouvre la base de données (ce qui refuse un fichier étranger, plus récent ou endommagé), vérifie son intégrité et compte ses affaires. Sort avec le code 1 en cas de problème.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is sound.</source>
        <translation>La base de données est saine.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The database has problems.</source>
        <translation>La base de données a des problèmes.</translation>
    </message>
    <message>
        <location filename="../app/cliscreenshot.cpp" line="+14"/>
        <source>Renders the main window offscreen, showing a view, into a PNG file.</source>
        <translation>Dessine hors écran la fenêtre principale, sur une vue, dans un fichier PNG.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The view to show (default: list).</source>
        <translation>La vue à montrer (par défaut : list).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window size in pixels (default: 1280x800).</source>
        <translation>Taille de la fenêtre en pixels (par défaut : 1280x800).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a window size: give WIDTHxHEIGHT in pixels, such as 1280x800.</source>
        <translation>« %1 » n’est pas une taille de fenêtre : donnez LARGEURxHAUTEUR en pixels, comme 1280x800.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote %1 (%2x%3 pixels).</source>
        <translation>%1 écrit (%2x%3 pixels).</translation>
    </message>
    <message>
        <location filename="../app/i18n.cpp" line="+27"/>
        <source>Unknown language &apos;%1&apos;: use fr or en.</source>
        <translation>Langue inconnue « %1 » : utilisez fr ou en.</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="+32"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Valeur manquante après « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/window.cpp" line="+39"/>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
</context>
<context>
    <name>ClientService</name>
    <message>
        <location filename="../core/clientservice.cpp" line="+35"/>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../core/csv/decoder.cpp" line="+363"/>
        <source>the file ends in the middle of a %1 character (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the byte %1 is not valid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bytes %1 are not valid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csv/encoding.cpp" line="+47"/>
        <source>This looks like an Excel workbook (.xlsx) or another zipped document, not a CSV file. Open it in your spreadsheet and save it as CSV first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This looks like an Excel 97-2003 workbook (.xls), not a CSV file. Open it in your spreadsheet and save it as CSV first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a PDF document, not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a database file, not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a compressed (gzip) file: uncompress it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>This is an image, not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Unknown encoding &quot;%1&quot;. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>This file does not look like text (it holds %n control or NUL bytes), so it cannot be a CSV file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This file is in UTF-32, which the import does not read. Save it as UTF-8 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file starts with the UTF-8 mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file starts with the %1 mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every other byte is zero, as in %1 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file holds only plain ASCII characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every accented character is valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not UTF-8 and uses bytes that only Windows-1252 gives a meaning to (such as € or ’), as Excel writes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is not UTF-8 and writes € or œ the ISO-8859-15 way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not UTF-8 and holds bytes Windows-1252 does not define; read as ISO-8859-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is not UTF-8; its accented letters read the same in Windows-1252 and ISO-8859-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/database.cpp" line="+65"/>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>“%1” is a folder, not a Comptoir database. Choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a Comptoir database: it is not an SQLite file. Choose another file, or create a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is already open in another Comptoir (process %2 on %3). Close it there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the lock file next to “%1”. Check that its folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot create “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is damaged: SQLite reports errors in it. Nothing was changed. Restore it from a backup (files named *.backup next to it), or open another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is an SQLite database of another application, not a Comptoir database. Nothing was changed. Choose a Comptoir database, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” was written by a newer version of Comptoir (schema %2; this version knows up to %3). Nothing was changed. Update Comptoir to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The migration %1 is missing from this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot upgrade “%1” to schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot record the schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot mark the file as a Comptoir database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot create the backup “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot copy the database to “%1” before upgrading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The database refused a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database refused a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No transaction to commit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealQuery</name>
    <message>
        <location filename="../core/dealquery.cpp" line="+185"/>
        <location line="+13"/>
        <source>Cannot list the deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>There is no pipeline %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealService</name>
    <message>
        <location filename="../core/dealdescribe.cpp" line="+25"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A deal needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a currency code (three capital letters, e.g. EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is deactivated and cannot be responsible for deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not in the list of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The probability must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every product row needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quantity of “%1” must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The discount of “%1” must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tax rate of “%1” cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Title</source>
        <translation type="unfinished">Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation type="unfinished">Montant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amount typed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount follows the product rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Company</source>
        <translation type="unfinished">Société</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Responsible</source>
        <translation type="unfinished">Responsable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation type="unfinished">Source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Begin date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Probability</source>
        <translation type="unfinished">Probabilité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment</source>
        <translation type="unfinished">Commentaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost reason</source>
        <translation type="unfinished">Motif de perte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/demo.cpp" line="+196"/>
        <source>Closed as won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/demo.cpp" line="+1"/>
        <source>Closed as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dealfields.cpp" line="+22"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1  %2 {1:?}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not a date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown user “%1”. Known users: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is not in the list. Known values: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo.cpp" line="-74"/>
        <source>Deal created in “%1”, stage “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Defaults</name>
    <message>
        <location filename="../core/defaults.cpp" line="+24"/>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-sales service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Price too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chose a competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pound sterling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swiss franc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canadian dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pipelineservice.cpp" line="+61"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/money.cpp" line="+320"/>
        <source>%1 is not an amount: nothing was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 is not an amount: it has more than one sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+8"/>
        <source>%1 is in %2, not in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an amount: it contains %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an amount: it has no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+30"/>
        <source>%1 is not an amount: its separators are misplaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 is ambiguous: %2 could be a decimal mark or a thousands separator. Write the amount without thousands separators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has decimals, but %2 amounts have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has too many decimals: %2 amounts have at most %3 after the decimal mark %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is too large for an amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stores</name>
    <message>
        <location filename="../core/activitystore.cpp" line="+82"/>
        <source>There is no activity %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clientstore.cpp" line="+78"/>
        <source>There is no company %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no contact %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dealstore.cpp" line="+70"/>
        <location line="+86"/>
        <location line="+12"/>
        <source>There is no deal %1.</source>
        <translation type="unfinished">Il n’y a pas d’affaire %1.</translation>
    </message>
    <message>
        <location filename="../core/pipelinestore.cpp" line="+73"/>
        <source>There is no pipeline %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no stage %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/userstore.cpp" line="+43"/>
        <source>There is no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database has no owner user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir</name>
    <message>
        <location filename="../ui/screenshot.cpp" line="+30"/>
        <source>A screenshot needs the graphical application (QApplication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown view &quot;%1&quot;. Valid views: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The size %1x%2 is out of range: from 320x240 to 7680x4320.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::ClientService</name>
    <message>
        <location filename="../core/clientservice.cpp" line="+33"/>
        <source>A company needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A contact needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::DealColumns</name>
    <message>
        <location filename="../ui/models/dealcolumns.cpp" line="+13"/>
        <source>ID</source>
        <translation type="unfinished">N°</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation type="unfinished">Titre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation type="unfinished">Montant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipeline</source>
        <translation type="unfinished">Pipeline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation type="unfinished">Étape</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company</source>
        <translation type="unfinished">Société</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation type="unfinished">Contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsible</source>
        <translation type="unfinished">Responsable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation type="unfinished">Source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Begin date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probability</source>
        <translation type="unfinished">Probabilité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat</source>
        <translation type="unfinished">Récurrente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation type="unfinished">Créée</translation>
    </message>
</context>
<context>
    <name>comptoir::DealDetailsDialog</name>
    <message>
        <location filename="../ui/dealdetailsdialog.cpp" line="+41"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation type="unfinished">Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation type="unfinished">Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation type="unfinished">Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation type="unfinished">Quoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Deal %1 does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 · %3</source>
        <comment>amount · pipeline · stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begin date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected close date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat (already won a deal before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Products (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::DealFormat</name>
    <message>
        <location filename="../ui/models/dealformat.cpp" line="+16"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1%</source>
        <comment>probability in percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="obsolete">Récurrente</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 (%2)</source>
        <comment>stage (in progress/won/lost)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat deal: the client had already won a deal before this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::DealService</name>
    <message>
        <location filename="../core/dealfields.cpp" line="+19"/>
        <source>Unknown field “%1”. Fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” is not a currency code (three letters, e.g. EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>“%1” is not a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dealservice.cpp" line="+68"/>
        <source>There is no deal %1.</source>
        <translation type="unfinished">Il n’y a pas d’affaire %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The stage %1 is not a stage of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Deal created in “%1”, stage “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change the stage or the pipeline of a deal by moving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The stage “%1” belongs to another pipeline. Move the deal to that pipeline instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a lost stage of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown lost reason “%1”. Known reasons: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” has no won stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The deal %1 is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A deal reopens on a stage in progress of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Pipeline: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deal reopened on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Deal “%1” deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::DealTableView</name>
    <message>
        <location filename="../ui/dealtableview.cpp" line="+170"/>
        <source>Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::Demo</name>
    <message>
        <location filename="../core/demo.cpp" line="-38"/>
        <location line="+670"/>
        <source>The demo data could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-608"/>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The database has no active user to give the demo deals to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The database has no pipeline with a won and a lost stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+529"/>
        <source>The number of demo deals cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+153"/>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists. Choose another name, or open it with File &gt; Open Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown view &quot;%1&quot;. Valid views: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Total unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sum of the amounts of the deals shown, per currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — Comptoir</source>
        <comment>database file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Comptoir</source>
        <translation type="unfinished">Comptoir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Comptoir %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for the deals of a small business: private, offline and instant.&lt;/p&gt;&lt;p&gt;Open database: %2&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="+28"/>
        <source>Comptoir databases (*.db *.comptoir);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an empty database in a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the deals again from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Kanban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Kanban board comes in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deals as a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Activities board comes in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Calendar comes in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pipeline whose deals are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comptoir could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::PipelineListModel</name>
    <message>
        <location filename="../ui/models/pipelinelistmodel.cpp" line="+67"/>
        <source>All pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n stage(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::PipelineService</name>
    <message>
        <location filename="../core/pipelineservice.cpp" line="+19"/>
        <location line="+173"/>
        <source>A pipeline needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Every stage of “%1” needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In “%1”, the process stages must come before the won and lost stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In “%1”, the won stage must come before the lost stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+281"/>
        <source>The probability of “%1” must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-277"/>
        <source>“%1” needs at least one stage in progress, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” must have exactly one won stage (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” must have at least one lost stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator can change pipelines and stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The database has no pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown pipeline “%1”. Known pipelines: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown stage “%1” in pipeline “%2”. Its stages: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown stage “%1”. Known stages — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stage “%1” exists in several pipelines; name the pipeline too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>“%1” is the default pipeline and cannot be deleted. Make another pipeline the default first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>“%1” holds %n deal(s). Move or delete them before deleting the pipeline.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>A stage needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The won and lost stages stay at the end of the pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A stage in progress can move to positions 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“%1” is the first stage of “%2” and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is the won stage of “%2” and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is the first lost stage of “%2” and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>“%1” holds %n deal(s). Choose the stage they move to.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deals of “%1” can only move to another stage of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stage: %1 → %2 (the stage “%1” was deleted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
