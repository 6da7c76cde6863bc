<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <location filename="../core/access.cpp" line="+16"/>
        <source>Unknown user %1.</source>
        <translation>Utilisateur %1 inconnu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user %1 is deactivated.</source>
        <translation>L’utilisateur %1 est désactivé.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>You may only change your own deals.</source>
        <translation>Vous ne pouvez modifier que vos propres affaires.</translation>
    </message>
</context>
<context>
    <name>BoardQuery</name>
    <message>
        <location filename="../core/boardquery.cpp" line="+212"/>
        <source>There is no pipeline %1.</source>
        <translation>Le pipeline %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>BulkService</name>
    <message>
        <location filename="../core/bulkservice.cpp" line="+82"/>
        <source>Cannot select the deals.</source>
        <translation>Impossible de sélectionner les affaires.</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%n of the deals are in another pipeline. Move them to the pipeline of this stage instead.</source>
        <translation>
            <numerusform>%n des affaires est dans un autre pipeline. Déplacez-la plutôt vers le pipeline de cette étape.</numerusform>
            <numerusform>%n des affaires sont dans un autre pipeline. Déplacez-les plutôt vers le pipeline de cette étape.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+175"/>
        <source>%1 is deactivated and cannot be responsible for deals.</source>
        <translation>L’utilisateur %1 est désactivé et ne peut pas être responsable d’affaires.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not a deal type.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type d’affaire.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not a source.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une source.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cannot undo the change.</source>
        <translation>Impossible d’annuler la modification.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli.cpp" line="+63"/>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: comptoir [--db FILE] %1</source>
        <translation>Utilisation&#xa0;: comptoir [--db FILE] %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+68"/>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <location line="-49"/>
        <location filename="../app/clideals.cpp" line="+155"/>
        <source>Missing argument.</source>
        <translation>Argument manquant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
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
        <location line="+5"/>
        <source>list deals</source>
        <translation>liste les affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count and total the deals</source>
        <translation>compte les affaires et totalise leurs montants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change every matching deal</source>
        <translation>modifie toutes les affaires correspondantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the recycle bin</source>
        <translation>la corbeille</translation>
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
        <source>deals to CSV</source>
        <translation>exporte les affaires en CSV</translation>
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
        <source>import deals from a CSV file, undo an import</source>
        <translation>importe des affaires depuis un fichier CSV, annule un import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>render the window to a PNG</source>
        <translation>enregistre une image PNG de la fenêtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usage: comptoir [--db FILE] [--lang fr|en] [COMMAND ...]</source>
        <translation>Utilisation&#xa0;: comptoir [--db FILE] [--lang fr|en] [COMMANDE ...]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comptoir, a desktop CRM for deals. Without a command, opens the window.</source>
        <translation>Comptoir, un CRM de bureau pour suivre vos affaires. Sans commande, ouvre la fenêtre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database (default: %1)</source>
        <translation>la base de données (par défaut&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language of texts, amounts and dates (default: the system&apos;s)</source>
        <translation>langue des textes, montants et dates (par défaut&#xa0;: celle du système)</translation>
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
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;comptoir COMMAND --help&quot; describes a command.</source>
        <translation>«&#xa0;comptoir COMMANDE --help&#xa0;» décrit une commande.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Try &quot;comptoir --help&quot;.</source>
        <translation>Essayez «&#xa0;comptoir --help&#xa0;».</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown command &apos;%1&apos;. Try &quot;comptoir --help&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Essayez «&#xa0;comptoir --help&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/clideals.cpp" line="-118"/>
        <source>There is no deal %1.</source>
        <translation>L’affaire %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../app/clilistfilter.cpp" line="+21"/>
        <source>--%1: &apos;%2&apos; is not a date: write it YYYY-MM-DD.</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date&#xa0;: écrivez-la AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--responsible: no user &apos;%1&apos;. Users: %2.</source>
        <translation>--responsible&#xa0;: aucun utilisateur «&#xa0;%1&#xa0;». Utilisateurs&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Words in the title, client, e-mails, phones or comments.</source>
        <translation>Mots du titre, du client, des e-mails, des téléphones ou des commentaires.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this pipeline (id or name).</source>
        <translation>Seulement ce pipeline (numéro ou nom).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this stage (id or name).</source>
        <translation>Seulement cette étape (numéro ou nom).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open, won or lost.</source>
        <translation>open (en cours), won (gagnées) ou lost (perdues).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only deals of this user (id, login or name).</source>
        <translation>Seulement les affaires de cet utilisateur (numéro, identifiant ou nom).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount at least X.</source>
        <translation>Montant d’au moins X.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount at most Y.</source>
        <translation>Montant d’au plus Y.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only deals in this currency (amounts are in it).</source>
        <translation>Seulement les affaires dans cette devise (les montants sont dans cette devise).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only repeat deals.</source>
        <translation>Seulement les affaires récurrentes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only new (not repeat) deals.</source>
        <translation>Seulement les nouvelles affaires (non récurrentes).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on or after this day (YYYY-MM-DD).</source>
        <translation>Créées ce jour-là ou après (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created on or before this day (YYYY-MM-DD).</source>
        <translation>Créées ce jour-là ou avant (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A saved filter by name, or in_progress, my_deals, won, lost, repeat, overdue, no_next_activity.</source>
        <translation>Un filtre enregistré, par son nom, ou in_progress, my_deals, won, lost, repeat, overdue, no_next_activity.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>--group: &apos;%1&apos; is not a group: give open, won or lost.</source>
        <translation>--group&#xa0;: «&#xa0;%1&#xa0;» n’est pas un groupe&#xa0;: donnez open, won ou lost.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give --repeat or --new, not both.</source>
        <translation>Donnez --repeat ou --new, pas les deux.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--sort: unknown field &apos;%1&apos;. Fields: %2.</source>
        <translation>--sort&#xa0;: champ «&#xa0;%1&#xa0;» inconnu. Champs&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../app/clilist.cpp" line="+89"/>
        <source>At most N deals.</source>
        <translation>Au plus N affaires.</translation>
    </message>
    <message>
        <location filename="../app/clidemo.cpp" line="+32"/>
        <location filename="../app/clilist.cpp" line="+12"/>
        <source>&apos;%1&apos; is not a number of deals.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre d’affaires.</translation>
    </message>
    <message>
        <location filename="../app/clilist.cpp" line="-34"/>
        <location line="+70"/>
        <location filename="../app/clireport.cpp" line="+49"/>
        <source>ID</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../app/clideals.cpp" line="+61"/>
        <location filename="../app/clilist.cpp" line="-70"/>
        <location line="+70"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/clilist.cpp" line="-70"/>
        <location line="+70"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/clilist.cpp" line="+0"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/clilist.cpp" line="+0"/>
        <location filename="../app/clireport.cpp" line="+0"/>
        <location line="+53"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/clilist.cpp" line="+1"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/clilist.cpp" line="+0"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/clilist.cpp" line="+0"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../app/clilist.cpp" line="-71"/>
        <source>Deleted</source>
        <translation>Supprimée le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lists deals, by id unless sorted otherwise.</source>
        <translation>Liste les affaires, par numéro sauf autre tri demandé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The deals in the recycle bin.</source>
        <translation>Les affaires de la corbeille.</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>%Ln deal(s) in the recycle bin</source>
        <translation>
            <numerusform>%Ln affaire dans la corbeille</numerusform>
            <numerusform>%Ln affaires dans la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <location line="+28"/>
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln affaire</numerusform>
            <numerusform>%Ln affaires</numerusform>
        </translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Counts the matching deals and totals their amounts per currency.</source>
        <translation>Compte les affaires correspondantes et totalise leurs montants par devise.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes every matching deal at once, in one transaction with its history. FIELD is stage, pipeline (its stage: PIPELINE/STAGE), responsible, type or source.</source>
        <translation>Modifie d’un coup toutes les affaires correspondantes, en une seule transaction avec leur historique. CHAMP est stage (étape), pipeline (son étape&#xa0;: PIPELINE/ÉTAPE), responsible (responsable), type ou source.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The field to change and its new value.</source>
        <translation>Le champ à modifier et sa nouvelle valeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close as won or lost.</source>
        <translation>Clôturer comme gagnées ou perdues.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move them to the recycle bin.</source>
        <translation>Les mettre à la corbeille.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give one action: --set FIELD=VALUE, --close won|lost or --delete.</source>
        <translation>Donnez une action&#xa0;: --set CHAMP=VALEUR, --close won|lost ou --delete.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--set: &apos;%1&apos; is not FIELD=VALUE.</source>
        <translation>--set&#xa0;: «&#xa0;%1&#xa0;» n’est pas de la forme CHAMP=VALEUR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--set: unknown field &apos;%1&apos;. Fields: %2.</source>
        <translation>--set&#xa0;: champ «&#xa0;%1&#xa0;» inconnu. Champs&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--close: give won or lost, not &apos;%1&apos;.</source>
        <translation>--close&#xa0;: donnez won ou lost, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>--set: no user &apos;%1&apos;.</source>
        <translation>--set&#xa0;: aucun utilisateur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln deal(s) changed.</source>
        <translation>
            <numerusform>%Ln affaire modifiée.</numerusform>
            <numerusform>%Ln affaires modifiées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Moves a deal to the recycle bin.</source>
        <translation>Met une affaire à la corbeille.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal %1 moved to the recycle bin.</source>
        <translation>Affaire %1 mise à la corbeille.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Brings a deal back from the recycle bin.</source>
        <translation>Restaure une affaire depuis la corbeille.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal %1 restored.</source>
        <translation>Affaire %1 restaurée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deletes a deal of the recycle bin for good.</source>
        <translation>Supprime définitivement une affaire de la corbeille.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal %1 deleted for good.</source>
        <translation>Affaire %1 supprimée définitivement.</translation>
    </message>
    <message>
        <location filename="../app/clideals.cpp" line="-56"/>
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
        <translation>Clôturée le</translation>
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
        <translation>Historique&#xa0;:</translation>
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
        <location line="+28"/>
        <source>Usage: comptoir [--db FILE] deals COMMAND ...
Commands: %1</source>
        <translation>Utilisation&#xa0;: comptoir [--db FILE] deals COMMANDE ...
Commandes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown command &apos;deals %1&apos;. The deals commands are: %2.</source>
        <translation>Commande inconnue «&#xa0;deals %1&#xa0;». Les commandes deals sont&#xa0;: %2.</translation>
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
        <translation>Pipeline, par numéro ou nom (par défaut&#xa0;: le pipeline par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage, by id or name (default: the first).</source>
        <translation>Étape, par numéro ou nom (par défaut&#xa0;: la première).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary contact, &quot;First Last&quot;.</source>
        <translation>Contact principal, «&#xa0;Prénom Nom&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company name.</source>
        <translation>Nom de la société.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A deal needs a title: give --title.</source>
        <translation>Une affaire a besoin d’un titre&#xa0;: donnez --title.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/clilistfilter.cpp" line="-56"/>
        <source>&apos;%1&apos; is not a currency code: give three letters such as EUR.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de devise&#xa0;: donnez trois lettres, comme EUR.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Created deal %1 &quot;%2&quot;.</source>
        <translation>Affaire %1 «&#xa0;%2&#xa0;» créée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes fields of a deal. Fields: %1.</source>
        <translation>Modifie des champs d’une affaire. Champs&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A field and its new value (repeatable).</source>
        <translation>Un champ et sa nouvelle valeur (répétable).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to change: give --field NAME=VALUE.</source>
        <translation>Rien à modifier&#xa0;: donnez --field NOM=VALEUR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not NAME=VALUE.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme NOM=VALEUR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown field &apos;%1&apos;. The fields are: %2.</source>
        <translation>Champ inconnu «&#xa0;%1&#xa0;». Les champs sont&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Updated deal %1: %2.</source>
        <translation>Affaire %1 modifiée&#xa0;: %2.</translation>
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
        <translation>Ajoute des données de démonstration crédibles&#xa0;: sociétés, contacts, affaires des deux dernières années et leurs activités. La même graine donne les mêmes données.</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’est pas une graine&#xa0;: donnez un nombre entier.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>demo: %1 of %2 deals</source>
        <translation>démo&#xa0;: %1 affaires sur %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added %1 deals (%2 won, %3 repeat), %4 companies, %5 contacts and %6 activities in %7 s.</source>
        <translation>%1 affaires ajoutées (%2 gagnées, %3 récurrentes), %4 sociétés, %5 contacts et %6 activités en %7 s.</translation>
    </message>
    <message>
        <location filename="../app/cliformat.cpp" line="+69"/>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro d’affaire&#xa0;: donnez le numéro qu’affiche «&#xa0;deals list&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/clireport.cpp" line="-50"/>
        <source>Missing argument: did you mean &quot;%1 %2&quot;?</source>
        <translation>Argument manquant&#xa0;: vouliez-vous dire «&#xa0;%1 %2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command &apos;%1 %2&apos;. Did you mean &quot;%1 %3&quot;?</source>
        <translation>Commande inconnue «&#xa0;%1 %2&#xa0;». Vouliez-vous dire «&#xa0;%1 %3&#xa0;»&#xa0;?</translation>
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
        <translation>La vue à montrer (par défaut&#xa0;: list).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window size in pixels (default: 1280x800).</source>
        <translation>Taille de la fenêtre en pixels (par défaut&#xa0;: 1280x800).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a window size: give WIDTHxHEIGHT in pixels, such as 1280x800.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une taille de fenêtre&#xa0;: donnez LARGEURxHAUTEUR en pixels, comme 1280x800.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote %1 (%2x%3 pixels).</source>
        <translation>%1 écrit (%2x%3 pixels).</translation>
    </message>
    <message>
        <location filename="../app/i18n.cpp" line="+27"/>
        <source>Unknown language &apos;%1&apos;: use fr or en.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez fr ou en.</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="+32"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Valeur manquante après «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/window.cpp" line="+39"/>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <location filename="../app/cliexport.cpp" line="+16"/>
        <source>Usage: comptoir [--db FILE] export deals OUT.csv ...</source>
        <translation>Utilisation&#xa0;: comptoir [--db FILE] export deals OUT.csv ...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only deals can be exported: comptoir export deals OUT.csv.</source>
        <translation>Seules les affaires peuvent être exportées&#xa0;: comptoir export deals OUT.csv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writes the matching deals to a CSV file (UTF-8, comma), or for Excel with --excel (byte-order mark; semicolon and decimal comma in languages that write 1,5).</source>
        <translation>Écrit les affaires correspondantes dans un fichier CSV (UTF-8, virgule), ou pour Excel avec --excel (indicateur d’ordre des octets&#xa0;; point-virgule et virgule décimale dans les langues qui écrivent 1,5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/clilist.cpp" line="-234"/>
        <source>Sort by this field, :desc for descending.</source>
        <translation>Trier selon ce champ,&#xa0;:desc pour l’ordre décroissant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The columns, comma-separated, among: %1.</source>
        <translation>Les colonnes, séparées par des virgules, parmi&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every field of the deals.</source>
        <translation>Tous les champs des affaires.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The flavour Excel opens directly.</source>
        <translation>La variante qu’Excel ouvre directement.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--fields: unknown field &apos;%1&apos;. Fields: %2.</source>
        <translation>--fields&#xa0;: champ «&#xa0;%1&#xa0;» inconnu. Champs&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln deal(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln affaire exportée vers %1.</numerusform>
            <numerusform>%Ln affaires exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cliimport.cpp" line="+44"/>
        <source>Import deals, with their companies, contacts and product rows, from a CSV file. All or nothing: any error leaves the database as it was.</source>
        <translation>Importe des affaires, avec leurs sociétés, contacts et lignes de produits, depuis un fichier CSV. Tout ou rien&#xa0;: la moindre erreur laisse la base de données telle qu’elle était.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A saved profile, or a JSON profile file.</source>
        <translation>Un profil enregistré, ou un fichier de profil JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CRM export format (salesforce, hubspot, pipedrive, odoo, twenty, bitrix24-en, bitrix24-fr, maven, generic).</source>
        <translation>Un format d’export de CRM (salesforce, hubspot, pipedrive, odoo, twenty, bitrix24-en, bitrix24-fr, maven, generic).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill FIELD from the column HEADER (see &quot;import fields&quot;).</source>
        <translation>Remplir CHAMP à partir de la colonne EN-TÊTE (voir «&#xa0;import fields&#xa0;»).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline (default: the default one).</source>
        <translation>Le pipeline (par défaut&#xa0;: le pipeline par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file&apos;s encoding (default: detected).</source>
        <translation>L’encodage du fichier (par défaut&#xa0;: détecté).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The delimiter (default: detected).</source>
        <translation>Le séparateur (par défaut&#xa0;: détecté).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dmy, mdy or ymd (default: from the dates).</source>
        <translation>dmy, mdy ou ymd (par défaut&#xa0;: d’après les dates).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers are written 1 234,56.</source>
        <translation>Les nombres s’écrivent 1 234,56.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers are written 1,234.56.</source>
        <translation>Les nombres s’écrivent 1,234.56.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The currency of amounts that name none (default EUR).</source>
        <translation>La devise des montants qui n’en indiquent pas (EUR par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create, reject or map:STAGE.</source>
        <translation>create (créer), reject (refuser) ou map:ÉTAPE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How contacts are recognised: email, phone or name.</source>
        <translation>Comment reconnaître les contacts&#xa0;: email, phone ou name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check and count, write nothing.</source>
        <translation>Vérifier et compter, sans rien écrire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the mapping and rules under this name.</source>
        <translation>Enregistrer les correspondances et les règles sous ce nom.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--map %1: write HEADER=FIELD with a field of &quot;comptoir import fields&quot;.</source>
        <translation>--map %1&#xa0;: écrivez EN-TÊTE=CHAMP avec un champ de «&#xa0;comptoir import fields&#xa0;».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--delimiter takes one character, or comma, semicolon, tab or pipe.</source>
        <translation>--delimiter prend un caractère, ou comma, semicolon, tab ou pipe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--date-order takes dmy, mdy or ymd.</source>
        <translation>--date-order prend dmy, mdy ou ymd.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--unknown-stages takes create, reject or map:STAGE.</source>
        <translation>--unknown-stages prend create, reject ou map:ÉTAPE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--match takes email, phone or name.</source>
        <translation>--match prend email, phone ou name.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Import %1: %2 created, %3 updated, %4 skipped.</source>
        <translation>Import %1&#xa0;: %2 créées, %3 modifiées, %4 ignorées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dry run: %1 would be created, %2 updated, %3 skipped; nothing was written.</source>
        <translation>Essai à blanc&#xa0;: %1 seraient créées, %2 modifiées, %3 ignorées&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>... and %Ln more error(s).</source>
        <translation>
            <numerusform>… et %Ln autre erreur.</numerusform>
            <numerusform>… et %Ln autres erreurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nothing was imported: %n error(s).</source>
        <translation>
            <numerusform>Rien n’a été importé&#xa0;: %n erreur.</numerusform>
            <numerusform>Rien n’a été importé&#xa0;: %n erreurs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The fields --map accepts.</source>
        <translation>Les champs qu’accepte --map.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove everything an import created and restore what it changed.</source>
        <translation>Supprime tout ce qu’un import a créé et restaure ce qu’il a modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IMPORT_ID must be a number.</source>
        <translation>IMPORT_ID doit être un nombre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import %1 undone.</source>
        <translation>Import %1 annulé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The imports, oldest first.</source>
        <translation>Les imports, du plus ancien au plus récent.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 created, %2 updated, %3 skipped</source>
        <translation>%1 créées, %2 modifiées, %3 ignorées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (undone %1)</source>
        <translation> (annulé le %1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usage: comptoir [--db FILE] import deals|fields|undo|list ... (see &quot;import deals --help&quot;)</source>
        <translation>Utilisation&#xa0;: comptoir [--db FILE] import deals|fields|undo|list ... (voir «&#xa0;import deals --help&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>ClientService</name>
    <message>
        <location filename="../core/clientservice.cpp" line="+35"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../core/csv/decoder.cpp" line="+387"/>
        <source>the file ends in the middle of a %1 character (%2)</source>
        <translation>le fichier se termine au milieu d’un caractère %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the byte %1 is not valid %2</source>
        <translation>l’octet %1 n’est pas du %2 valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bytes %1 are not valid %2</source>
        <translation>les octets %1 ne sont pas du %2 valide</translation>
    </message>
    <message>
        <location filename="../core/csv/encoding.cpp" line="+47"/>
        <source>This looks like an Excel workbook (.xlsx) or another zipped document, not a CSV file. Open it in your spreadsheet and save it as CSV first.</source>
        <translation>Ce fichier ressemble à un classeur Excel (.xlsx) ou à un autre document compressé, pas à un fichier CSV. Ouvrez-le dans votre tableur et enregistrez-le d’abord au format CSV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This looks like an Excel 97-2003 workbook (.xls), not a CSV file. Open it in your spreadsheet and save it as CSV first.</source>
        <translation>Ce fichier ressemble à un classeur Excel 97-2003 (.xls), pas à un fichier CSV. Ouvrez-le dans votre tableur et enregistrez-le d’abord au format CSV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a PDF document, not a CSV file.</source>
        <translation>C’est un document PDF, pas un fichier CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a database file, not a CSV file.</source>
        <translation>C’est un fichier de base de données, pas un fichier CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a compressed (gzip) file: uncompress it first.</source>
        <translation>C’est un fichier compressé (gzip)&#xa0;: décompressez-le d’abord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>This is an image, not a CSV file.</source>
        <translation>C’est une image, pas un fichier CSV.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Unknown encoding &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Encodage «&#xa0;%1&#xa0;» inconnu. Choisissez parmi&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>This file does not look like text (it holds %n control or NUL bytes), so it cannot be a CSV file.</source>
        <translation>
            <numerusform>Ce fichier ne ressemble pas à du texte (il contient %n octet de contrôle ou NUL)&#xa0;: ce ne peut pas être un fichier CSV.</numerusform>
            <numerusform>Ce fichier ne ressemble pas à du texte (il contient %n octets de contrôle ou NUL)&#xa0;: ce ne peut pas être un fichier CSV.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This file is in UTF-32, which the import does not read. Save it as UTF-8 first.</source>
        <translation>Ce fichier est en UTF-32, que l’import ne lit pas. Enregistrez-le d’abord en UTF-8.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file starts with the UTF-8 mark.</source>
        <translation>Le fichier commence par la marque UTF-8.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file starts with the %1 mark.</source>
        <translation>Le fichier commence par la marque %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every other byte is zero, as in %1 text.</source>
        <translation>Un octet sur deux est nul, comme dans un texte %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file holds only plain ASCII characters.</source>
        <translation>Le fichier ne contient que des caractères ASCII simples.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every accented character is valid UTF-8.</source>
        <translation>Tous les caractères accentués sont de l’UTF-8 valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not UTF-8 and uses bytes that only Windows-1252 gives a meaning to (such as € or ’), as Excel writes them.</source>
        <translation>Le fichier n’est pas en UTF-8 et utilise des octets que seul Windows-1252 définit (comme € ou ’), tels qu’Excel les écrit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is not UTF-8 and writes € or œ the ISO-8859-15 way.</source>
        <translation>Le fichier n’est pas en UTF-8 et écrit € ou œ à la manière d’ISO-8859-15.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not UTF-8 and holds bytes Windows-1252 does not define; read as ISO-8859-1.</source>
        <translation>Le fichier n’est pas en UTF-8 et contient des octets que Windows-1252 ne définit pas&#xa0;; lu en ISO-8859-1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is not UTF-8; its accented letters read the same in Windows-1252 and ISO-8859-1.</source>
        <translation>Le fichier n’est pas en UTF-8&#xa0;; ses lettres accentuées se lisent de la même façon en Windows-1252 et en ISO-8859-1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file could not be read.</source>
        <translation>Le fichier n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../core/csv/dateguess.cpp" line="+106"/>
        <source>This column holds no dates.</source>
        <translation>Cette colonne ne contient aucune date.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (line %1)</source>
        <translation> (ligne %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n value(s) in this column are not dates, for example &quot;%1&quot;%2.</source>
        <translation>
            <numerusform>%n valeur de cette colonne n’est pas une date, par exemple «&#xa0;%1&#xa0;»%2.</numerusform>
            <numerusform>%n valeurs de cette colonne ne sont pas des dates, par exemple «&#xa0;%1&#xa0;»%2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n row(s) could be read either way, for example &quot;%1&quot;: %2 (%3) or %4 (%5). Choose the date order.</source>
        <translation>
            <numerusform>%n ligne peut se lire dans les deux sens, par exemple «&#xa0;%1&#xa0;»&#xa0;: %2 (%3) ou %4 (%5). Choisissez l’ordre des dates.</numerusform>
            <numerusform>%n lignes peuvent se lire dans les deux sens, par exemple «&#xa0;%1&#xa0;»&#xa0;: %2 (%3) ou %4 (%5). Choisissez l’ordre des dates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>All %n date(s) read as %1.</source>
        <translation>
            <numerusform>%n date se lit dans l’ordre %1.</numerusform>
            <numerusform>Les %n dates se lisent toutes dans l’ordre %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n date(s) are unambiguous.</source>
        <translation>
            <numerusform>%n date est sans ambiguïté.</numerusform>
            <numerusform>Les %n dates sont toutes sans ambiguïté.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/csv/dates.cpp" line="+195"/>
        <source>day/month/year</source>
        <translation>jour/mois/année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month/day/year</source>
        <translation>mois/jour/année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>year/month/day</source>
        <translation>année/mois/jour</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+20"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>%1 is not a date.</source>
        <translation>%1 n’est pas une date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a year/month/day date (the year comes first, with four digits).</source>
        <translation>%1 n’est pas une date année/mois/jour (l’année vient en premier, sur quatre chiffres).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a date in the order %2.</source>
        <translation>%1 n’est pas une date dans l’ordre %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a valid date: there is no month %2.</source>
        <translation>%1 n’est pas une date valide&#xa0;: il n’y a pas de mois %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a valid date: %2 %3 has %4 days.</source>
        <translation>%1 n’est pas une date valide&#xa0;: %2 %3 compte %4 jours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a date, or its time is not valid.</source>
        <translation>%1 n’est pas une date, ou son heure n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../core/csv/dialect.cpp" line="+12"/>
        <source>Choose a delimiter other than a line break.</source>
        <translation>Choisissez un séparateur autre qu’un saut de ligne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A line break cannot be the quote or escape character.</source>
        <translation>Un saut de ligne ne peut pas être le caractère de citation ou d’échappement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The delimiter &quot;%1&quot; cannot also be the quote or escape character.</source>
        <translation>Le séparateur «&#xa0;%1&#xa0;» ne peut pas être aussi le caractère de citation ou d’échappement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number of lines to skip cannot be negative.</source>
        <translation>Le nombre de lignes à ignorer ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertical bar</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CR LF (Windows)</source>
        <translation>CR LF (Windows)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LF (Unix, macOS)</source>
        <translation>LF (Unix, macOS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CR (old Mac)</source>
        <translation>CR (ancien Mac)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../core/csv/reader.cpp" line="+97"/>
        <source>the file is empty: it holds no rows to import.</source>
        <translation>le fichier est vide&#xa0;: il ne contient aucune ligne à importer.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the first row, which should name the columns, is empty.</source>
        <translation>la première ligne, qui devrait nommer les colonnes, est vide.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>columns %1 and %2 are both named &quot;%3&quot;; each column needs its own name.</source>
        <translation>les colonnes %1 et %2 s’appellent toutes deux «&#xa0;%3&#xa0;»&#xa0;; chaque colonne doit avoir son propre nom.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>the file has more than %n rows, the most one import takes.</source>
        <translation>
            <numerusform>le fichier a plus de %n ligne, le maximum pour un import.</numerusform>
            <numerusform>le fichier a plus de %n lignes, le maximum pour un import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>the header has %n</source>
        <translation>
            <numerusform>l’en-tête en a %n</numerusform>
            <numerusform>l’en-tête en a %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the first row has %n</source>
        <translation>
            <numerusform>la première ligne en a %n</numerusform>
            <numerusform>la première ligne en a %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>this row has %n field(s) where %1.</source>
        <translation>
            <numerusform>cette ligne a %n champ alors que %1.</numerusform>
            <numerusform>cette ligne a %n champs alors que %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/csv/readerstate.cpp" line="+40"/>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/csv/readerscan.cpp" line="+60"/>
        <source>%1. The file is probably in another encoding, such as Windows-1252: choose it in the import settings.</source>
        <translation>%1. Le fichier est probablement dans un autre encodage, comme Windows-1252&#xa0;: choisissez-le dans les paramètres d’import.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the file could not be read (%1).</source>
        <translation>le fichier n’a pas pu être lu (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>this row has more than %n fields, the most a row may have.</source>
        <translation>
            <numerusform>cette ligne a plus de %n champ, le maximum pour une ligne.</numerusform>
            <numerusform>cette ligne a plus de %n champs, le maximum pour une ligne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>a field is longer than %n characters, the most a field may hold.</source>
        <translation>
            <numerusform>un champ dépasse %n caractère, le maximum pour un champ.</numerusform>
            <numerusform>un champ dépasse %n caractères, le maximum pour un champ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Perhaps the quote that opens it is never closed.</source>
        <translation>Le guillemet qui l’ouvre n’est peut-être jamais fermé.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>this row is longer than %n characters, the most a row may hold.</source>
        <translation>
            <numerusform>cette ligne dépasse %n caractère, le maximum pour une ligne.</numerusform>
            <numerusform>cette ligne dépasse %n caractères, le maximum pour une ligne.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+207"/>
        <source>unexpected text after the closing quote of a field (opened at line %1, column %2). A quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>texte inattendu après le guillemet fermant d’un champ (ouvert ligne %1, colonne %2). Un guillemet à l’intérieur d’un champ entre guillemets doit être doublé (&quot;&quot;).</translation>
    </message>
    <message>
        <location filename="../core/csv/readerstate.cpp" line="+29"/>
        <source>Line %1, column %2: a NUL character was removed.</source>
        <translation>Ligne %1, colonne %2&#xa0;: un caractère NUL a été supprimé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file holds a NUL character here, which no text file does. It may be damaged, or not be a CSV file.</source>
        <translation>le fichier contient ici un caractère NUL, ce qu’aucun fichier texte ne contient. Il est peut-être endommagé, ou ce n’est pas un fichier CSV.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this quote is never closed: the file ends inside the quoted field it opens.</source>
        <translation>ce guillemet n’est jamais fermé&#xa0;: le fichier se termine dans le champ entre guillemets qu’il ouvre.</translation>
    </message>
    <message>
        <location filename="../core/csv/values.cpp" line="+119"/>
        <source>%1 is not a number: a parenthesis is not closed.</source>
        <translation>%1 n’est pas un nombre&#xa0;: une parenthèse n’est pas fermée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a number: it has more than one sign.</source>
        <translation>%1 n’est pas un nombre&#xa0;: il a plus d’un signe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+76"/>
        <source>%1 is not a number.</source>
        <translation>%1 n’est pas un nombre.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>decimal mark &quot;%1&quot;, thousands separated by spaces only</source>
        <translation>séparateur décimal «&#xa0;%1&#xa0;», milliers séparés par des espaces uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decimal mark &quot;%1&quot;, thousands separator &quot;%2&quot;</source>
        <translation>séparateur décimal «&#xa0;%1&#xa0;», séparateur de milliers «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is not a number: it has more than one decimal mark (%2).</source>
        <translation>%1 n’est pas un nombre&#xa0;: il a plus d’un séparateur décimal (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a number in this format (%2): its digits are not grouped by three.</source>
        <translation>%1 n’est pas un nombre dans ce format (%2)&#xa0;: ses chiffres ne sont pas groupés par trois.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+35"/>
        <location line="+4"/>
        <source>%1 is too large a number.</source>
        <translation>%1 est un nombre trop grand.</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+8"/>
        <source>%1 is not a number in this format (%2).</source>
        <translation>%1 n’est pas un nombre dans ce format (%2).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 has more than %n decimal(s).</source>
        <translation>
            <numerusform>%1 a plus de %n décimale.</numerusform>
            <numerusform>%1 a plus de %n décimales.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: &quot;%2&quot; is not a currency the import knows.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une devise connue de l’import.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is neither yes nor no.</source>
        <translation>%1 n’est ni oui ni non.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/database.cpp" line="+68"/>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>“%1” is a folder, not a Comptoir database. Choose a file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas une base de données Comptoir. Choisissez un fichier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a Comptoir database: it is not an SQLite file. Choose another file, or create a new database.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une base de données Comptoir&#xa0;: ce n’est pas un fichier SQLite. Choisissez un autre fichier ou créez une nouvelle base de données.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the folder “%1”.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is already open in another Comptoir (process %2 on %3). Close it there, then try again.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà ouvert dans un autre Comptoir (processus %2 sur %3). Fermez-le là-bas, puis réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the lock file next to “%1”. Check that its folder is writable.</source>
        <translation>Impossible de créer le fichier de verrou à côté de «&#xa0;%1&#xa0;». Vérifiez que son dossier est accessible en écriture.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot create “%1”: %2</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open “%1”.</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is damaged: SQLite reports errors in it. Nothing was changed. Restore it from a backup (files named *.backup next to it), or open another database.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: SQLite y signale des erreurs. Rien n’a été modifié. Restaurez-le depuis une sauvegarde (les fichiers *.backup à côté de lui) ou ouvrez une autre base de données.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is an SQLite database of another application, not a Comptoir database. Nothing was changed. Choose a Comptoir database, or create a new one.</source>
        <translation>«&#xa0;%1&#xa0;» est une base SQLite d’une autre application, pas une base de données Comptoir. Rien n’a été modifié. Choisissez une base de données Comptoir ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” was written by a newer version of Comptoir (schema %2; this version knows up to %3). Nothing was changed. Update Comptoir to open it.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de Comptoir (schéma %2&#xa0;; cette version connaît jusqu’au schéma %3). Rien n’a été modifié. Mettez Comptoir à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The migration %1 is missing from this program.</source>
        <translation>La migration %1 manque dans ce programme.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot upgrade “%1” to schema version %2.</source>
        <translation>Impossible de mettre à jour «&#xa0;%1&#xa0;» vers la version %2 du schéma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot record the schema version.</source>
        <translation>Impossible d’enregistrer la version du schéma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot mark the file as a Comptoir database.</source>
        <translation>Impossible de marquer le fichier comme base de données Comptoir.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot create the backup “%1”.</source>
        <translation>Impossible de créer la sauvegarde «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot copy the database to “%1” before upgrading it.</source>
        <translation>Impossible de copier la base de données vers «&#xa0;%1&#xa0;» avant sa mise à jour.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The database refused a request.</source>
        <translation>La base de données a refusé une requête.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database refused a change.</source>
        <translation>La base de données a refusé une modification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>La base de données est occupée par un autre programme. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No transaction to commit.</source>
        <translation>Aucune transaction à valider.</translation>
    </message>
</context>
<context>
    <name>DealCommand</name>
    <message>
        <location filename="../ui/models/dealcommands.cpp" line="+87"/>
        <source>The stage of this deal no longer exists.</source>
        <translation>L’étape de cette affaire n’existe plus.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Move %n deal(s) to %1</source>
        <translation>
            <numerusform>Déplacer %n affaire vers %1</numerusform>
            <numerusform>Déplacer %n affaires vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Mark %n deal(s) as won</source>
        <translation>
            <numerusform>Marquer %n affaire comme gagnée</numerusform>
            <numerusform>Marquer %n affaires comme gagnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Mark %n deal(s) as lost</source>
        <translation>
            <numerusform>Marquer %n affaire comme perdue</numerusform>
            <numerusform>Marquer %n affaires comme perdues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Create “%1”</source>
        <translation>Créer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Delete %n deal(s)</source>
        <translation>
            <numerusform>Supprimer %n affaire</numerusform>
            <numerusform>Supprimer %n affaires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealExport</name>
    <message>
        <location filename="../core/dealexport.cpp" line="+36"/>
        <source>ID</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Begin date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected close date</source>
        <translation>Date de clôture prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat</source>
        <translation>Récurrente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed at</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost reason</source>
        <translation>Motif de perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost note</source>
        <translation>Note sur la perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next activity</source>
        <translation>Prochaine activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Modifiée le</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot read the deals to export.</source>
        <translation>Impossible de lire les affaires à exporter.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unknown field “%1”. Fields: %2.</source>
        <translation>Champ «&#xa0;%1&#xa0;» inconnu. Champs&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+7"/>
        <source>Cannot write the export: %1</source>
        <translation>Impossible d’écrire l’export&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
</context>
<context>
    <name>DealQuery</name>
    <message>
        <location filename="../core/dealquery.cpp" line="+174"/>
        <location line="+13"/>
        <source>Cannot list the deals.</source>
        <translation>Impossible de lister les affaires.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>There is no pipeline %1.</source>
        <translation>Le pipeline %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>DealService</name>
    <message>
        <location filename="../core/bulkservice.cpp" line="-244"/>
        <location filename="../core/dealdescribe.cpp" line="+25"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../core/dealdescribe.cpp" line="+39"/>
        <source>A deal needs a title.</source>
        <translation>Une affaire doit avoir un titre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a currency code (three capital letters, e.g. EUR).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de devise (trois lettres majuscules, par ex. EUR).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is deactivated and cannot be responsible for deals.</source>
        <translation>L’utilisateur %1 est désactivé et ne peut pas être responsable d’affaires.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not in the list of %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans la liste %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The probability must be between 0 and 100 %.</source>
        <translation>La probabilité doit être comprise entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every product row needs a name.</source>
        <translation>Chaque ligne de produit doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quantity of “%1” must be more than zero.</source>
        <translation>La quantité de «&#xa0;%1&#xa0;» doit être supérieure à zéro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The discount of “%1” must be between 0 and 100 %.</source>
        <translation>La remise sur «&#xa0;%1&#xa0;» doit être comprise entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tax rate of “%1” cannot be negative.</source>
        <translation>Le taux de TVA de «&#xa0;%1&#xa0;» ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amount typed by hand</source>
        <translation>Montant saisi manuellement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount follows the product rows</source>
        <translation>Montant calculé à partir des produits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../core/bulkservice.cpp" line="+49"/>
        <location filename="../core/dealdescribe.cpp" line="+4"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="-19"/>
        <location filename="../core/dealdescribe.cpp" line="+3"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/dealdescribe.cpp" line="+3"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../core/dealdescribe.cpp" line="+3"/>
        <source>Begin date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected close date</source>
        <translation>Date de clôture prévue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost reason</source>
        <translation>Motif de perte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost note</source>
        <translation>Note sur la perte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/demo.cpp" line="+198"/>
        <source>Closed as won</source>
        <translation>Clôturée comme gagnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/demo.cpp" line="+1"/>
        <source>Closed as lost</source>
        <translation>Clôturée comme perdue</translation>
    </message>
    <message>
        <location filename="../core/dealfields.cpp" line="+22"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not a date (use YYYY-MM-DD).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date (utilisez AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown user “%1”. Known users: %2.</source>
        <translation>utilisateur «&#xa0;%1&#xa0;» inconnu. Utilisateurs connus&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is not in the list. Known values: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans la liste. Valeurs connues&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/demo.cpp" line="-70"/>
        <source>Deal created in “%1”, stage “%2”</source>
        <translation>Affaire créée dans «&#xa0;%1&#xa0;», étape «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Defaults</name>
    <message>
        <location filename="../core/defaults.cpp" line="+24"/>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-sales service</source>
        <translation>Service après-vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertising</source>
        <translation>Publicité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing client</source>
        <translation>Client existant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade fair</source>
        <translation>Salon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Price too high</source>
        <translation>Prix trop élevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chose a competitor</source>
        <translation>A choisi un concurrent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No budget</source>
        <translation>Pas de budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project postponed</source>
        <translation>Projet reporté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US dollar</source>
        <translation>Dollar américain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pound sterling</source>
        <translation>Livre sterling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swiss franc</source>
        <translation>Franc suisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canadian dollar</source>
        <translation>Dollar canadien</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location filename="../core/pipelineservice.cpp" line="+61"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../core/import/importrun.cpp" line="+29"/>
        <location filename="../core/import/importservice.cpp" line="+39"/>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no import preset named &quot;%1&quot;.</source>
        <translation>Il n’y a pas de préréglage d’import nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The mapping has %n column(s) but the file has %1.</source>
        <translation>
            <numerusform>La correspondance a %n colonne, mais le fichier en a %1.</numerusform>
            <numerusform>La correspondance a %n colonnes, mais le fichier en a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file has no column named &quot;%1&quot;.</source>
        <translation>Le fichier n’a pas de colonne nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Line %1, column %2 (%3): %4</source>
        <translation>Ligne %1, colonne %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&quot;%1&quot; is not a currency the import knows.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une devise connue de l’import.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the amount is in %1 but the currency column says %2.</source>
        <translation>le montant est en %1, mais la colonne des devises indique %2.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a probability lies between 0 and 100 %.</source>
        <translation>une probabilité est comprise entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; is not a percentage between 0 and 100.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un pourcentage entre 0 et 100.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the row has no title (nor a company, contact or id to name the deal).</source>
        <translation>la ligne n’a pas de titre (ni société, ni contact, ni identifiant pour nommer l’affaire).</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+15"/>
        <source>Line 1, column 1: %1</source>
        <translation>Ligne 1, colonne 1&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No column is mapped to the deal&apos;s title (nor to an id, company or contact). Map a column to &quot;title&quot;.</source>
        <translation>Aucune colonne n’est associée au titre de l’affaire (ni à un identifiant, une société ou un contact). Associez une colonne à «&#xa0;title&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n row(s) name a responsible who is not a user; you are responsible for those deals.</source>
        <translation>
            <numerusform>%n ligne indique un responsable qui n’est pas un utilisateur&#xa0;; vous êtes responsable de cette affaire.</numerusform>
            <numerusform>%n lignes indiquent un responsable qui n’est pas un utilisateur&#xa0;; vous êtes responsable de ces affaires.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/importdeal.cpp" line="+131"/>
        <source>Updated by the import of &quot;%1&quot; (import %2)</source>
        <translation>Modifiée par l’import de «&#xa0;%1&#xa0;» (import %2)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Imported from &quot;%1&quot; (import %2)</source>
        <translation>Importée depuis «&#xa0;%1&#xa0;» (import %2)</translation>
    </message>
    <message>
        <location filename="../core/import/importservice.cpp" line="+41"/>
        <source>There is no import %1.</source>
        <translation>L’import %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import %1 was already undone.</source>
        <translation>L’import %1 a déjà été annulé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import %1 undone</source>
        <translation>Import %1 annulé</translation>
    </message>
    <message>
        <location filename="../core/import/importwrite.cpp" line="+57"/>
        <source>The import could not write to the database.</source>
        <translation>L’import n’a pas pu écrire dans la base de données.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>there is no pipeline named &quot;%1&quot;.</source>
        <translation>il n’y a pas de pipeline nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&quot;%1&quot; is not a stage of the pipeline &quot;%2&quot;. Map it to a stage, or let the import create it.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une étape du pipeline «&#xa0;%2&#xa0;». Associez-la à une étape ou laissez l’import la créer.</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../core/import/fields.cpp" line="+25"/>
        <source>External id</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Begin date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created date</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company name</source>
        <translation>Nom de la société</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact first name</source>
        <translation>Prénom du contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact last name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact name</source>
        <translation>Nom complet du contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>ImportPreset</name>
    <message>
        <location line="+39"/>
        <source>Generic (header names)</source>
        <translation>Générique (noms des en-têtes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salesforce opportunities</source>
        <translation>Opportunités Salesforce</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HubSpot deals</source>
        <translation>Transactions HubSpot</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pipedrive deals</source>
        <translation>Affaires Pipedrive</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Odoo opportunities</source>
        <translation>Opportunités Odoo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Twenty opportunities</source>
        <translation>Opportunités Twenty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bitrix24 deals (English)</source>
        <translation>Transactions Bitrix24 (anglais)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bitrix24 transactions (French)</source>
        <translation>Transactions Bitrix24 (français)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Maven CRM sample (sales pipeline)</source>
        <translation>Exemple Maven CRM (pipeline de ventes)</translation>
    </message>
</context>
<context>
    <name>ImportProfile</name>
    <message>
        <location filename="../core/import/profile.cpp" line="+93"/>
        <source>The profile names an unknown preset &quot;%1&quot;.</source>
        <translation>Le profil indique un préréglage inconnu, «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile maps &quot;%1&quot; to an unknown field &quot;%2&quot;.</source>
        <translation>Le profil associe «&#xa0;%1&#xa0;» à un champ inconnu, «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The profile&apos;s date order must be dmy, mdy or ymd.</source>
        <translation>L’ordre des dates du profil doit être dmy, mdy ou ymd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile&apos;s unknown_stages must be create, reject or map:STAGE.</source>
        <translation>Le paramètre unknown_stages du profil doit être create, reject ou map:ÉTAPE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile&apos;s match must be email, phone or name.</source>
        <translation>Le paramètre match du profil doit être email, phone ou name.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no import profile named &quot;%1&quot;.</source>
        <translation>Il n’y a pas de profil d’import nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is not a JSON import profile: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un profil d’import JSON&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/money.cpp" line="+320"/>
        <source>%1 is not an amount: nothing was entered.</source>
        <translation>%1 n’est pas un montant&#xa0;: rien n’a été saisi.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 is not an amount: it has more than one sign.</source>
        <translation>%1 n’est pas un montant&#xa0;: il a plus d’un signe.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+8"/>
        <source>%1 is in %2, not in %3.</source>
        <translation>%1 est en %2, pas en %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an amount: it contains %2.</source>
        <translation>%1 n’est pas un montant&#xa0;: il contient %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an amount: it has no digits.</source>
        <translation>%1 n’est pas un montant&#xa0;: il n’a aucun chiffre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+30"/>
        <source>%1 is not an amount: its separators are misplaced.</source>
        <translation>%1 n’est pas un montant&#xa0;: ses séparateurs sont mal placés.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 is ambiguous: %2 could be a decimal mark or a thousands separator. Write the amount without thousands separators.</source>
        <translation>%1 est ambigu&#xa0;: %2 peut être un séparateur décimal ou un séparateur de milliers. Écrivez le montant sans séparateur de milliers.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has decimals, but %2 amounts have none.</source>
        <translation>%1 a des décimales, mais les montants en %2 n’en ont pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has too many decimals: %2 amounts have at most %3 after the decimal mark %4.</source>
        <translation>%1 a trop de décimales&#xa0;: les montants en %2 en ont au plus %3 après le séparateur décimal %4.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is too large for an amount.</source>
        <translation>%1 est trop grand pour un montant.</translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <location filename="../core/savedfilters.cpp" line="+27"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My deals</source>
        <translation>Mes affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Gagnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat deals</source>
        <translation>Affaires récurrentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue activities</source>
        <translation>Activités en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No next activity</source>
        <translation>Sans activité prévue</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The saved criterion “%1” is not valid.</source>
        <translation>Le critère enregistré «&#xa0;%1&#xa0;» n’est pas valide.</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Give the filter a name.</source>
        <translation>Donnez un nom au filtre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A filter named “%1” already exists.</source>
        <translation>Un filtre nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is no saved filter “%1”. Filters: %2.</source>
        <translation>Il n’y a pas de filtre enregistré «&#xa0;%1&#xa0;». Filtres&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+10"/>
        <source>There is no saved filter %1.</source>
        <translation>Le filtre enregistré %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <location filename="../ui/screenshot.cpp" line="+30"/>
        <source>A screenshot needs the graphical application (QApplication).</source>
        <translation>Une capture d’écran nécessite l’application graphique (QApplication).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown view &quot;%1&quot;. Valid views: %2.</source>
        <translation>Vue «&#xa0;%1&#xa0;» inconnue. Vues possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The size %1x%2 is out of range: from 320x240 to 7680x4320.</source>
        <translation>La taille %1x%2 est hors limites&#xa0;: de 320x240 à 7680x4320.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Impossible d’écrire la capture d’écran dans %1.</translation>
    </message>
</context>
<context>
    <name>Stores</name>
    <message>
        <location filename="../core/activitystore.cpp" line="+82"/>
        <source>There is no activity %1.</source>
        <translation>L’activité %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/clientstore.cpp" line="+78"/>
        <source>There is no company %1.</source>
        <translation>La société %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no contact %1.</source>
        <translation>Le contact %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/dealstore.cpp" line="+71"/>
        <location line="+89"/>
        <location line="+17"/>
        <location line="+10"/>
        <source>There is no deal %1.</source>
        <translation>L’affaire %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/pipelinestore.cpp" line="+73"/>
        <source>There is no pipeline %1.</source>
        <translation>Le pipeline %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no stage %1.</source>
        <translation>L’étape %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/userstore.cpp" line="+43"/>
        <source>There is no user %1.</source>
        <translation>L’utilisateur %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database has no owner user.</source>
        <translation>La base de données n’a pas d’utilisateur propriétaire.</translation>
    </message>
</context>
<context>
    <name>comptoir::BoardModel</name>
    <message>
        <location filename="../ui/models/boardmodelactions.cpp" line="+257"/>
        <source>There is nothing to move there.</source>
        <translation>Il n’y a rien à déplacer ici.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is nothing to close.</source>
        <translation>Il n’y a rien à clôturer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is nothing to delete.</source>
        <translation>Il n’y a rien à supprimer.</translation>
    </message>
</context>
<context>
    <name>comptoir::ClientService</name>
    <message>
        <location filename="../core/clientservice.cpp" line="+33"/>
        <source>A company needs a name.</source>
        <translation>Une société doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A contact needs a name.</source>
        <translation>Un contact doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>comptoir::DealColumns</name>
    <message>
        <location filename="../ui/models/dealcolumns.cpp" line="+13"/>
        <source>ID</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Begin date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat</source>
        <translation>Récurrente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
</context>
<context>
    <name>comptoir::DealDetailsDialog</name>
    <message>
        <location filename="../ui/dealdetailsdialog.cpp" line="+44"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+2"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Deal %1 does not exist any more.</source>
        <translation>L’affaire %1 n’existe plus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deal %1</source>
        <translation>Affaire %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 · %3</source>
        <comment>amount · pipeline · stage</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stage:</source>
        <translation>Étape&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company:</source>
        <translation>Société&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contacts:</source>
        <translation>Contacts&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible:</source>
        <translation>Responsable&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begin date:</source>
        <translation>Date de début&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected close date:</source>
        <translation>Date de clôture prévue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability:</source>
        <translation>Probabilité&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat (already won a deal before)</source>
        <translation>Récurrent (une affaire déjà gagnée avant)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on:</source>
        <translation>Clôturée le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost reason:</source>
        <translation>Motif de perte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost note:</source>
        <translation>Note sur la perte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment:</source>
        <translation>Commentaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Créée le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated:</source>
        <translation>Modifiée le&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Products (%1)</source>
        <translation>Produits (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History (%1)</source>
        <translation>Historique (%1)</translation>
    </message>
</context>
<context>
    <name>comptoir::DealFormat</name>
    <message>
        <location filename="../ui/models/dealformat.cpp" line="+16"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1%</source>
        <comment>probability in percent</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 (%2)</source>
        <comment>stage (in progress/won/lost)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat deal: the client had already won a deal before this one.</source>
        <translation>Affaire récurrente&#xa0;: le client avait déjà conclu une affaire gagnée avant celle-ci.</translation>
    </message>
</context>
<context>
    <name>comptoir::DealService</name>
    <message>
        <location filename="../core/dealfields.cpp" line="+19"/>
        <source>Unknown field “%1”. Fields: %2.</source>
        <translation>Champ «&#xa0;%1&#xa0;» inconnu. Champs&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” is not a currency code (three letters, e.g. EUR).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de devise (trois lettres, par ex. EUR).</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>“%1” is not a percentage from 0 to 100.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <location filename="../core/dealservice.cpp" line="+68"/>
        <location line="+329"/>
        <source>There is no deal %1.</source>
        <translation>L’affaire %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>The stage %1 is not a stage of “%2”.</source>
        <translation>L’étape %1 n’est pas une étape de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Deal created in “%1”, stage “%2”</source>
        <translation>Affaire créée dans «&#xa0;%1&#xa0;», étape «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change the stage or the pipeline of a deal by moving it.</source>
        <translation>Pour changer l’étape ou le pipeline d’une affaire, déplacez-la.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The stage “%1” belongs to another pipeline. Move the deal to that pipeline instead.</source>
        <translation>L’étape «&#xa0;%1&#xa0;» appartient à un autre pipeline. Déplacez plutôt l’affaire vers ce pipeline.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a lost stage of “%1”.</source>
        <translation>Choisissez une étape perdue de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown lost reason “%1”. Known reasons: %2.</source>
        <translation>Motif de perte «&#xa0;%1&#xa0;» inconnu. Motifs connus&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” has no won stage.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas d’étape gagnée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The deal %1 is not closed.</source>
        <translation>L’affaire %1 n’est pas clôturée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A deal reopens on a stage in progress of “%1”.</source>
        <translation>Une affaire se rouvre sur une étape en cours de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>The deal %1 is not in the recycle bin.</source>
        <translation>L’affaire %1 n’est pas dans la corbeille.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Deal “%1” deleted for good</source>
        <translation>Affaire «&#xa0;%1&#xa0;» supprimée définitivement</translation>
    </message>
    <message>
        <location filename="../core/bulkservice.cpp" line="-15"/>
        <location filename="../core/dealservice.cpp" line="-98"/>
        <source>Pipeline: %1 → %2</source>
        <translation>Pipeline&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/dealservice.cpp" line="+6"/>
        <source>Stage: %1 → %2</source>
        <translation>Étape&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/dealservice.cpp" line="+13"/>
        <source>Deal reopened on “%1”</source>
        <translation>Affaire rouverte sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../core/dealservice.cpp" line="+28"/>
        <source>Deal “%1” moved to the recycle bin</source>
        <translation>Affaire «&#xa0;%1&#xa0;» mise à la corbeille</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/dealservice.cpp" line="+32"/>
        <source>Deal “%1” restored from the recycle bin</source>
        <translation>Affaire «&#xa0;%1&#xa0;» restaurée depuis la corbeille</translation>
    </message>
</context>
<context>
    <name>comptoir::DealTableView</name>
    <message>
        <location filename="../ui/dealtableview.cpp" line="+170"/>
        <source>Reset Columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>comptoir::Demo</name>
    <message>
        <location filename="../core/demo.cpp" line="-29"/>
        <location line="+645"/>
        <source>The demo data could not be written.</source>
        <translation>Les données de démonstration n’ont pas pu être écrites.</translation>
    </message>
    <message>
        <location line="-591"/>
        <source>Customer service</source>
        <translation>Service client</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The database has no active user to give the demo deals to.</source>
        <translation>La base de données n’a aucun utilisateur actif à qui confier les affaires de démonstration.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The database has no pipeline with a won and a lost stage.</source>
        <translation>La base de données n’a aucun pipeline avec une étape gagnée et une étape perdue.</translation>
    </message>
    <message>
        <location line="+512"/>
        <source>The number of demo deals cannot be negative.</source>
        <translation>Le nombre d’affaires de démonstration ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>comptoir::KanbanCardDelegate</name>
    <message>
        <location filename="../ui/kanbandelegate.cpp" line="+123"/>
        <source>No client</source>
        <translation>Sans client</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No activity</source>
        <translation>Aucune activité</translation>
    </message>
</context>
<context>
    <name>comptoir::KanbanColumnHeader</name>
    <message>
        <location filename="../ui/kanbancolumn.cpp" line="+155"/>
        <location line="+1"/>
        <source>New deal in “%1”</source>
        <translation>Nouvelle affaire dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No deals</source>
        <translation>Aucune affaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weighted (%1 %): %2</source>
        <translation>Pondéré (%1&#xa0;%)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>comptoir::KanbanDropZone</name>
    <message>
        <location filename="../ui/kanbanview.cpp" line="+84"/>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
</context>
<context>
    <name>comptoir::KanbanQuickCreate</name>
    <message>
        <location filename="../ui/kanbanquickcreate.cpp" line="+32"/>
        <source>&lt;b&gt;New deal in %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nouvelle affaire dans %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is being sold</source>
        <translation>Ce qui est vendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Company or contact</source>
        <translation>Société ou contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter creates the deal, Escape cancels.</source>
        <translation>Entrée crée l’affaire, Échap annule.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Give the deal a title.</source>
        <translation>Donnez un titre à l’affaire.</translation>
    </message>
</context>
<context>
    <name>comptoir::KanbanView</name>
    <message>
        <location filename="../ui/kanbanview.cpp" line="+12"/>
        <source>&amp;Order cards by:</source>
        <translation>&amp;Trier les cartes par&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attention</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected close date</source>
        <translation>Date de clôture prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention: overdue activities first, then due today, then no activity, then future ones</source>
        <translation>Urgence&#xa0;: d’abord les activités en retard, puis celles du jour, puis les affaires sans activité, puis les activités à venir</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No reason given</source>
        <translation>Aucun motif indiqué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deal Lost</source>
        <translation>Affaire perdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why was it lost? (optional)</source>
        <translation>Pourquoi a-t-elle été perdue&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete Deals</source>
        <translation>Supprimer des affaires</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Move “%1” to the recycle bin?</source>
        <translation>Mettre «&#xa0;%1&#xa0;» à la corbeille&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n deal(s) to the recycle bin?</source>
        <translation>
            <numerusform>Mettre %n affaire à la corbeille&#xa0;?</numerusform>
            <numerusform>Mettre %n affaires à la corbeille&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+192"/>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists. Choose another name, or open it with File &gt; Open Database.</source>
        <translation>%1 existe déjà. Choisissez un autre nom ou ouvrez-le avec Fichier &gt; Ouvrir une base de données.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown view &quot;%1&quot;. Valid views: %2.</source>
        <translation>Vue «&#xa0;%1&#xa0;» inconnue. Vues possibles&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln affaire</numerusform>
            <numerusform>%Ln affaires</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Total unavailable</source>
        <translation>Total indisponible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sum of the amounts of the deals shown, per currency</source>
        <translation>Somme des montants des affaires affichées, par devise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — Comptoir</source>
        <comment>database file name</comment>
        <translation>%1 — Comptoir</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Comptoir</source>
        <translation>À propos de Comptoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Comptoir %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for the deals of a small business: private, offline and instant.&lt;/p&gt;&lt;p&gt;Open database: %2&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Comptoir %1&lt;/h3&gt;&lt;p&gt;Un CRM de bureau pour les affaires d’une petite entreprise&#xa0;: privé, hors ligne et instantané.&lt;/p&gt;&lt;p&gt;Base de données ouverte&#xa0;: %2&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="+29"/>
        <source>Comptoir databases (*.db *.comptoir);;All files (*)</source>
        <translation>Bases de données Comptoir (*.db *.comptoir);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an empty database in a new file</source>
        <translation>Créer une base de données vide dans un nouveau fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another database file</source>
        <translation>Ouvrir un autre fichier de base de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the deals again from the database</source>
        <translation>Relire les affaires depuis la base de données</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Comptoir</source>
        <translation>À &amp;propos de Comptoir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Kanban</source>
        <translation>&amp;Kanban</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deals as cards in the stages of the pipeline</source>
        <translation>Les affaires en cartes, dans les étapes du pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deals as a list</source>
        <translation>Les affaires en liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Activities</source>
        <translation>&amp;Activités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Activities board comes in a later version.</source>
        <translation>Le tableau des activités arrivera dans une prochaine version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Calendar comes in a later version.</source>
        <translation>Le calendrier arrivera dans une prochaine version.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Columns</source>
        <translation>C&amp;olonnes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pipeline&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pipeline whose deals are shown</source>
        <translation>Le pipeline dont les affaires sont affichées</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot Open Database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comptoir could not open %1.</source>
        <translation>Comptoir n’a pas pu ouvrir %1.</translation>
    </message>
</context>
<context>
    <name>comptoir::PipelineListModel</name>
    <message>
        <location filename="../ui/models/pipelinelistmodel.cpp" line="+67"/>
        <source>All pipelines</source>
        <translation>Tous les pipelines</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::PipelineService</name>
    <message>
        <location filename="../core/pipelineservice.cpp" line="+19"/>
        <location line="+173"/>
        <source>A pipeline needs a name.</source>
        <translation>Un pipeline doit avoir un nom.</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Every stage of “%1” needs a name.</source>
        <translation>Chaque étape de «&#xa0;%1&#xa0;» doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In “%1”, the process stages must come before the won and lost stages.</source>
        <translation>Dans «&#xa0;%1&#xa0;», les étapes en cours doivent précéder les étapes gagnée et perdues.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In “%1”, the won stage must come before the lost stages.</source>
        <translation>Dans «&#xa0;%1&#xa0;», l’étape gagnée doit précéder les étapes perdues.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+293"/>
        <source>The probability of “%1” must be between 0 and 100 %.</source>
        <translation>La probabilité de «&#xa0;%1&#xa0;» doit être comprise entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>“%1” needs at least one stage in progress, first.</source>
        <translation>«&#xa0;%1&#xa0;» doit commencer par au moins une étape en cours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” must have exactly one won stage (it has %2).</source>
        <translation>«&#xa0;%1&#xa0;» doit avoir exactement une étape gagnée (il en a %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” must have at least one lost stage.</source>
        <translation>«&#xa0;%1&#xa0;» doit avoir au moins une étape perdue.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown user %1.</source>
        <translation>Utilisateur %1 inconnu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator can change pipelines and stages.</source>
        <translation>Seul un administrateur peut modifier les pipelines et les étapes.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The database has no pipeline.</source>
        <translation>La base de données n’a aucun pipeline.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown pipeline “%1”. Known pipelines: %2.</source>
        <translation>Pipeline «&#xa0;%1&#xa0;» inconnu. Pipelines existants&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown stage “%1” in pipeline “%2”. Its stages: %3.</source>
        <translation>Étape «&#xa0;%1&#xa0;» inconnue dans le pipeline «&#xa0;%2&#xa0;». Ses étapes&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown stage “%1”. Known stages — %2.</source>
        <translation>Étape «&#xa0;%1&#xa0;» inconnue. Étapes existantes — %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stage “%1” exists in several pipelines; name the pipeline too.</source>
        <translation>L’étape «&#xa0;%1&#xa0;» existe dans plusieurs pipelines&#xa0;; précisez aussi le pipeline.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>“%1” is the default pipeline and cannot be deleted. Make another pipeline the default first.</source>
        <translation>«&#xa0;%1&#xa0;» est le pipeline par défaut et ne peut pas être supprimé. Faites d’abord d’un autre pipeline le pipeline par défaut.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>“%1” holds %n deal(s). Move or delete them before deleting the pipeline.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» contient %n affaire. Déplacez-la ou supprimez-la avant de supprimer le pipeline.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» contient %n affaires. Déplacez-les ou supprimez-les avant de supprimer le pipeline.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted for good with the pipeline “%1”: </source>
        <translation>Supprimée définitivement avec le pipeline «&#xa0;%1&#xa0;»&#xa0;: </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>A stage needs a name.</source>
        <translation>Une étape doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The won and lost stages stay at the end of the pipeline.</source>
        <translation>Les étapes gagnée et perdues restent à la fin du pipeline.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A stage in progress can move to positions 1 to %1.</source>
        <translation>Une étape en cours peut aller aux positions 1 à %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“%1” is the first stage of “%2” and cannot be deleted.</source>
        <translation>«&#xa0;%1&#xa0;» est la première étape de «&#xa0;%2&#xa0;» et ne peut pas être supprimée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is the won stage of “%2” and cannot be deleted.</source>
        <translation>«&#xa0;%1&#xa0;» est l’étape gagnée de «&#xa0;%2&#xa0;» et ne peut pas être supprimée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is the first lost stage of “%2” and cannot be deleted.</source>
        <translation>«&#xa0;%1&#xa0;» est la première étape perdue de «&#xa0;%2&#xa0;» et ne peut pas être supprimée.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>“%1” holds %n deal(s). Choose the stage they move to.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» contient %n affaire. Choisissez l’étape vers laquelle la déplacer.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» contient %n affaires. Choisissez l’étape vers laquelle les déplacer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deals of “%1” can only move to another stage of “%2”.</source>
        <translation>Les affaires de «&#xa0;%1&#xa0;» ne peuvent aller que vers une autre étape de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stage: %1 → %2 (the stage “%1” was deleted)</source>
        <translation>Étape&#xa0;: %1 → %2 (l’étape «&#xa0;%1&#xa0;» a été supprimée)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deal reopened on “%1”</source>
        <translation>Affaire rouverte sur «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
</TS>
