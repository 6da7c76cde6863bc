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
        <location line="+37"/>
        <source>You may only change your own deals.</source>
        <translation>Vous ne pouvez modifier que vos propres affaires.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no deal %1.</source>
        <translation>Il n’y a pas d’affaire %1.</translation>
    </message>
</context>
<context>
    <name>ActivityBoard</name>
    <message>
        <location filename="../core/activityboard.cpp" line="+46"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next week</source>
        <translation>Semaine prochaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over two weeks</source>
        <translation>Dans plus de deux semaines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without activities</source>
        <translation>Sans activité</translation>
    </message>
    <message>
        <location line="+327"/>
        <source>Nothing can be dropped on Overdue: choose today or a later column.</source>
        <translation>Rien ne peut être déposé dans « En retard » : choisissez aujourd&apos;hui ou une colonne plus lointaine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To take a deal off the plan, mark its activity done.</source>
        <translation>Pour retirer une affaire du planning, marquez son activité comme faite.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown column.</source>
        <translation>Colonne inconnue.</translation>
    </message>
</context>
<context>
    <name>BulkCommand</name>
    <message>
        <location filename="../ui/models/bulkcommands.cpp" line="+21"/>
        <source>The bulk action was cancelled; no deal was changed.</source>
        <translation>L’action groupée a été annulée ; aucune affaire n’a été modifiée.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown bulk action.</source>
        <translation>Action groupée inconnue.</translation>
    </message>
    <message numerus="yes">
        <location line="+139"/>
        <source>Move %n deal(s) to “%1”</source>
        <translation>
            <numerusform>Déplacer %n affaire vers « %1 »</numerusform>
            <numerusform>Déplacer %n affaires vers « %1 »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Move %n deal(s) to the pipeline “%1”</source>
        <translation>
            <numerusform>Déplacer %n affaire vers le pipeline « %1 »</numerusform>
            <numerusform>Déplacer %n affaires vers le pipeline « %1 »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Give %n deal(s) to %1</source>
        <translation>
            <numerusform>Confier %n affaire à %1</numerusform>
            <numerusform>Confier %n affaires à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Set the type of %n deal(s)</source>
        <translation>
            <numerusform>Changer le type de %n affaire</numerusform>
            <numerusform>Changer le type de %n affaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Set the source of %n deal(s)</source>
        <translation>
            <numerusform>Changer la source de %n affaire</numerusform>
            <numerusform>Changer la source de %n affaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Close %n deal(s) as won</source>
        <translation>
            <numerusform>Clore %n affaire comme gagnée</numerusform>
            <numerusform>Clore %n affaires comme gagnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Close %n deal(s) as lost</source>
        <translation>
            <numerusform>Clore %n affaire comme perdue</numerusform>
            <numerusform>Clore %n affaires comme perdues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n deal(s)</source>
        <translation>
            <numerusform>Supprimer %n affaire</numerusform>
            <numerusform>Supprimer %n affaires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkService</name>
    <message>
        <location filename="../core/bulkservice.cpp" line="+83"/>
        <source>Cannot select the deals.</source>
        <translation>Impossible de sélectionner les affaires.</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
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
        <location line="+28"/>
        <source>“%1” is not a lost reason.</source>
        <translation>« %1 » n’est pas un motif de perte.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot undo the change.</source>
        <translation>Impossible d’annuler la modification.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../core/calendarquery.cpp" line="+296"/>
        <source>Choose a day.</source>
        <translation>Choisissez un jour.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The creation date of a deal cannot change.</source>
        <translation>La date de création d&apos;une affaire ne peut pas changer.</translation>
    </message>
</context>
<context>
    <name>ChunkProgress</name>
    <message>
        <location filename="../ui/bulkdialogs.cpp" line="+137"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli.cpp" line="+67"/>
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
        <location line="+96"/>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <location line="-77"/>
        <location filename="../app/clideals.cpp" line="+170"/>
        <location filename="../app/clifields.cpp" line="+182"/>
        <location filename="../app/cliproducts.cpp" line="+302"/>
        <location line="+13"/>
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
        <source>the custom fields of deals</source>
        <translation>les champs personnalisés des affaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add a custom field</source>
        <translation>ajouter un champ personnalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete a custom field and its values</source>
        <translation>supprimer un champ personnalisé et ses valeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the product catalogue</source>
        <translation>le catalogue de produits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add a product to the catalogue</source>
        <translation>ajouter un produit au catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a deal&apos;s product rows and totals</source>
        <translation>les lignes de produits d&apos;une affaire et leurs totaux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add a product row to a deal</source>
        <translation>ajouter une ligne de produit à une affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove a product row</source>
        <translation>supprimer une ligne de produit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plan an activity on a deal</source>
        <translation>planifier une activité sur une affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark an activity done, propose the next</source>
        <translation>marquer une activité comme faite, proposer la suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a deal&apos;s activities</source>
        <translation>les activités d&apos;une affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Activities board&apos;s six columns</source>
        <translation>les six colonnes du tableau des activités</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deals or activities day by day</source>
        <translation>affaires ou activités jour par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open activities to iCalendar</source>
        <translation>les activités ouvertes vers iCalendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar events as meetings of a deal</source>
        <translation>des événements iCalendar comme rendez-vous d&apos;une affaire</translation>
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
        <source>import deals, companies, contacts, products or deal history from CSV files, undo an import</source>
        <translation>importer des affaires, entreprises, contacts, produits ou l&apos;historique des affaires depuis des fichiers CSV, annuler un import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>render the window to a PNG</source>
        <translation>enregistre une image PNG de la fenêtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>render a page of the settings dialog to a PNG</source>
        <translation>enregistre une image PNG d’une page des paramètres</translation>
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
        <location line="+32"/>
        <source>Unknown command &apos;%1&apos;. Try &quot;comptoir --help&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Essayez «&#xa0;comptoir --help&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/clideals.cpp" line="-133"/>
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
        <location line="+44"/>
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
        <location filename="../app/cliactivities.cpp" line="+47"/>
        <source>&apos;%1&apos; is not a date and time (write 2026-03-04T14:00).</source>
        <translation>« %1 » n&apos;est pas une date et heure (écrivez 2026-03-04T14:00).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 “%2”, due %3</source>
        <translation>%1 « %2 », échéance %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> (%n min)</source>
        <translation>
            <numerusform>(%n min)</numerusform>
            <numerusform>(%n min)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, reminder: %1</source>
        <translation>, rappel&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plans an activity on a deal. Without --due, it is due 3 working days later at the next full hour.</source>
        <translation>Planifie une activité sur une affaire. Sans --due, l&apos;échéance est 3 jours ouvrés plus tard, à l&apos;heure pleine suivante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call, meeting, task, email or todo (required).</source>
        <translation>call, meeting, task, email ou todo (obligatoire).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to do (required).</source>
        <translation>Que faire (obligatoire).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline, 2026-03-04T14:00 (local time) or a date.</source>
        <translation>Échéance, 2026-03-04T14:00 (heure locale) ou une date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length of a meeting in minutes.</source>
        <translation>Durée d&apos;un rendez-vous en minutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details.</source>
        <translation>Détails.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder before the deadline: 0 (at the deadline), 5m, 15m, 30m, 1h, 1d or none (default).</source>
        <translation>Rappel avant l’échéance&#xa0;: 0 (à l’échéance), 5m, 15m, 30m, 1h, 1d ou none (par défaut).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown activity type &apos;%1&apos; (call, meeting, task, email, todo).</source>
        <translation>Type d&apos;activité inconnu « %1 » (call, meeting, task, email, todo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--subject is required.</source>
        <translation>--subject est obligatoire.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; is not a number of minutes.</source>
        <translation>« %1 » n&apos;est pas un nombre de minutes.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Activity %1 planned on deal %2: %3</source>
        <translation>Activité %1 planifiée sur l&apos;affaire %2 : %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Marks an activity done and shows the next one it proposes (not planned).</source>
        <translation>Marque une activité comme faite et affiche la suivante proposée (non planifiée).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Activity %1 done: %2</source>
        <translation>Activité %1 faite : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next, proposed: %1 due %2</source>
        <translation>Ensuite, proposé : %1 à échéance du %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lists a deal&apos;s activities by deadline.</source>
        <translation>Liste les activités d&apos;une affaire par échéance.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../app/clilist.cpp" line="-34"/>
        <location line="+70"/>
        <location filename="../app/clireport.cpp" line="+49"/>
        <source>ID</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usage: comptoir [--db FILE] activities add|done|list ...</source>
        <translation>Utilisation : comptoir [--db FICHIER] activities add|done|list ...</translation>
    </message>
    <message>
        <location filename="../app/clideals.cpp" line="+73"/>
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
        <location filename="../app/clideals.cpp" line="-68"/>
        <source>Shows a deal&apos;s fields and history.</source>
        <translation>Affiche les champs et l’historique d’une affaire.</translation>
    </message>
    <message>
        <location line="+54"/>
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
        <location filename="../app/cliactivities.cpp" line="-23"/>
        <location filename="../app/clideals.cpp" line="+1"/>
        <location filename="../app/clifields.cpp" line="-131"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/clideals.cpp" line="+1"/>
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
        <location filename="../app/cliactivities.cpp" line="+6"/>
        <location filename="../app/clideals.cpp" line="+0"/>
        <location filename="../app/clifields.cpp" line="+3"/>
        <location filename="../app/cliproducts.cpp" line="-183"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/clideals.cpp" line="+0"/>
        <location filename="../app/clifields.cpp" line="+0"/>
        <location filename="../app/cliproducts.cpp" line="+0"/>
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
        <location line="+4"/>
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
        <location line="+29"/>
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
        <location filename="../app/clilistfilter.cpp" line="-60"/>
        <source>&apos;%1&apos; is not a currency code: give three letters such as EUR.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de devise&#xa0;: donnez trois lettres, comme EUR.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Created deal %1 &quot;%2&quot;.</source>
        <translation>Affaire %1 «&#xa0;%2&#xa0;» créée.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="-17"/>
        <source>Changes fields of a deal. Fields: %1, and the custom fields (&quot;fields list&quot;).</source>
        <translation>Modifie des champs d&apos;une affaire. Champs : %1, et les champs personnalisés (« fields list »).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Unknown field &apos;%1&apos;. The fields are: %2, and the custom fields (&quot;fields list&quot;).</source>
        <translation>Champ « %1 » inconnu. Les champs sont : %2, et les champs personnalisés (« fields list »).</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+62"/>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <location filename="../app/cliproducts.cpp" line="-60"/>
        <source>Deal %1 has no product rows.</source>
        <translation>L&apos;affaire %1 n&apos;a pas de lignes de produits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+51"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+51"/>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <location line="-50"/>
        <location filename="../app/clireport.cpp" line="-62"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+47"/>
        <source> incl.</source>
        <translation> TTC</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+47"/>
        <source> excl.</source>
        <translation> HT</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Net %1, tax %2, total %3.</source>
        <translation>HT %1, taxes %2, total %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deal&apos;s amount is typed: %1.</source>
        <translation>Le montant de l&apos;affaire est saisi : %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deal&apos;s amount follows the rows.</source>
        <translation>Le montant de l&apos;affaire suit les lignes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists the product catalogue.</source>
        <translation>Liste le catalogue de produits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive products too.</source>
        <translation>Les produits inactifs aussi.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No products.</source>
        <translation>Aucun produit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Adds a product to the catalogue.</source>
        <translation>Ajoute un produit au catalogue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product&apos;s name.</source>
        <translation>Le nom du produit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its unit price.</source>
        <translation>Son prix unitaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its currency (default EUR).</source>
        <translation>Sa devise (EUR par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its tax rate (e.g. 20%).</source>
        <translation>Son taux de taxe (par ex. 20%).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>The price includes the tax.</source>
        <translation>Le prix inclut la taxe.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Give --name and --price.</source>
        <translation>Indiquez --name et --price.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+72"/>
        <source>--price: %1</source>
        <translation>--price : %1</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+80"/>
        <source>--tax: %1</source>
        <translation>--tax : %1</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Added product %1 &quot;%2&quot; at %3.</source>
        <translation>Produit %1 « %2 » ajouté à %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adds a product row to a deal. Its amount follows the rows unless it was typed.</source>
        <translation>Ajoute une ligne de produit à une affaire. Son montant suit les lignes sauf s&apos;il a été saisi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A catalogue product (id or name).</source>
        <translation>Un produit du catalogue (id ou nom).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A row without a catalogue product.</source>
        <translation>Une ligne sans produit du catalogue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quantity (default 1).</source>
        <translation>La quantité (1 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit price (default: the product&apos;s).</source>
        <translation>Le prix unitaire (par défaut : celui du produit).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A percentage (5%) or an amount off the unit price (2.00).</source>
        <translation>Un pourcentage (5%) ou un montant déduit du prix unitaire (2.00).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tax rate (default: the product&apos;s).</source>
        <translation>Le taux de taxe (par défaut : celui du produit).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tax comes on top of the price.</source>
        <translation>La taxe s&apos;ajoute au prix.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give --product or --name.</source>
        <translation>Indiquez --product ou --name.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is priced in %2 and the deal in %3: give --price.</source>
        <translation>« %1 » a un prix en %2 et l&apos;affaire est en %3 : indiquez --price.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--qty: %1</source>
        <translation>--qty : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--discount: %1</source>
        <translation>--discount : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Added &quot;%1&quot; to deal %2.</source>
        <translation>« %1 » ajouté à l&apos;affaire %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removes a product row from a deal.</source>
        <translation>Supprime une ligne de produit d&apos;une affaire.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lists a deal&apos;s product rows and totals.</source>
        <translation>Liste les lignes de produits d&apos;une affaire et leurs totaux.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage: comptoir [--db FILE] products list|add ...</source>
        <translation>Usage : comptoir [--db FICHIER] products list|add ...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown command &apos;products %1&apos;. The products commands are: list, add.</source>
        <translation>Commande « products %1 » inconnue. Les commandes products sont : list, add.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: comptoir [--db FILE] deals products DEAL list|add|remove ...</source>
        <translation>Usage : comptoir [--db FICHIER] deals products AFFAIRE list|add|remove ...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown command &apos;deals products DEAL %1&apos;. The commands are: list, add, remove.</source>
        <translation>Commande « deals products AFFAIRE %1 » inconnue. Les commandes sont : list, add, remove.</translation>
    </message>
    <message>
        <location filename="../app/clireport.cpp" line="+11"/>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location filename="../app/cliscreenshot.cpp" line="+15"/>
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
        <location line="+2"/>
        <source>Show the deal editor on this deal instead of a view.</source>
        <translation>Montrer l&apos;éditeur de cette affaire au lieu d&apos;une vue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --view settings, the page to show: %1 (default: pipelines).</source>
        <translation>Avec --view settings, la page à montrer&#xa0;:&#xa0;%1 (par défaut&#xa0;: pipelines).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a window size: give WIDTHxHEIGHT in pixels, such as 1280x800.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une taille de fenêtre&#xa0;: donnez LARGEURxHAUTEUR en pixels, comme 1280x800.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--page goes with --view settings.</source>
        <translation>--page s’utilise avec --view settings.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a deal id.</source>
        <translation>« %1 » n&apos;est pas un identifiant d&apos;affaire.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../app/cliexport.cpp" line="+20"/>
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
        <source>The columns, comma-separated, among: %1, and the custom fields (by name or key, as &quot;fields list&quot; shows them).</source>
        <translation>Les colonnes, séparées par des virgules, parmi&#xa0;: %1, et les champs personnalisés (par leur nom ou leur clé, comme «&#xa0;fields list&#xa0;» les montre).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every field of the deals, custom fields included.</source>
        <translation>Tous les champs des affaires, champs personnalisés compris.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The flavour Excel opens directly.</source>
        <translation>La variante qu’Excel ouvre directement.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>--fields: unknown field &apos;%1&apos;. Fields: %2.</source>
        <translation>--fields&#xa0;: champ «&#xa0;%1&#xa0;» inconnu. Champs&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location filename="../app/cliimport.cpp" line="+46"/>
        <source>Import deals, with their companies, contacts and product rows, from a CSV file.</source>
        <translation>Importer des affaires, avec leurs entreprises, contacts et lignes de produits, depuis un fichier CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import companies (name, e-mail, phone, comment) from a CSV file; a company known by its name is skipped.</source>
        <translation>Importer des entreprises (nom, e-mail, téléphone, commentaire) depuis un fichier CSV ; une entreprise déjà connue sous ce nom est ignorée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import contacts (name, e-mail, phone, company, comment) from a CSV file; a known contact (see --match) is skipped.</source>
        <translation>Importer des contacts (nom, e-mail, téléphone, entreprise, commentaire) depuis un fichier CSV ; un contact déjà connu (voir --match) est ignoré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import products (name, price, currency, tax rate) from a CSV file; a product known by its name is skipped.</source>
        <translation>Importer des produits (nom, prix, devise, taux de TVA) depuis un fichier CSV ; un produit déjà connu sous ce nom est ignoré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the history of deals imported before (deal external id, date, type, text) as their activities.</source>
        <translation>Importer l&apos;historique d&apos;affaires importées auparavant (identifiant externe de l&apos;affaire, date, type, texte) comme leurs activités.</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <source>The country of phone numbers written without a country code (default FR).</source>
        <translation>Le pays des numéros de téléphone écrits sans indicatif (FR par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say on the error output how much of the file has been read.</source>
        <translation>Indiquer sur la sortie d&apos;erreur quelle part du fichier a été lue.</translation>
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
        <location line="+2"/>
        <source>Import the rows without errors and leave the others out, their errors written to a CSV file.</source>
        <translation>Importer les lignes sans erreur et laisser les autres de côté, leurs erreurs écrites dans un fichier CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where --skip-error-rows writes the errors (default: IN-errors.csv beside the file).</source>
        <translation>Où --skip-error-rows écrit les erreurs (par défaut : IN-errors.csv à côté du fichier).</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+6"/>
        <source>--phone-region takes a country code such as FR, BE or US.</source>
        <translation>--phone-region attend un code de pays comme FR, BE ou US.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--errors-file goes with --skip-error-rows.</source>
        <translation>--errors-file s’emploie avec --skip-error-rows.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read %1 % of the file.</source>
        <translation>%1 % du fichier lus.</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+5"/>
        <source>%n row(s) with errors left out; their errors are in %1.</source>
        <translation>
            <numerusform>%n ligne avec erreur laissée de côté ; son erreur est dans %1.</numerusform>
            <numerusform>%n lignes avec erreurs laissées de côté ; leurs erreurs sont dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Nothing was imported: %n error(s).</source>
        <translation>
            <numerusform>Rien n’a été importé&#xa0;: %n erreur.</numerusform>
            <numerusform>Rien n’a été importé&#xa0;: %n erreurs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The fields --map accepts for a file of this kind (default: deals).</source>
        <translation>Les champs que --map accepte pour un fichier de ce type (par défaut : deals).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kinds of import files are deals, companies, contacts, products and history.</source>
        <translation>Les types de fichiers d&apos;import sont deals, companies, contacts, products et history.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Usage: comptoir [--db FILE] import deals|companies|contacts|products|history|fields|undo|list ... (see &quot;import deals --help&quot;)</source>
        <translation>Usage : comptoir [--db FICHIER] import deals|companies|contacts|products|history|fields|undo|list ... (voir « import deals --help »)</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Remove everything an import created and restore what it changed.</source>
        <translation>Supprime tout ce qu’un import a créé et restaure ce qu’il a modifié.</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>All or nothing: any error leaves the database as it was, unless --skip-error-rows.</source>
        <translation>Tout ou rien : la moindre erreur laisse la base de données telle qu’elle était, sauf avec --skip-error-rows.</translation>
    </message>
    <message>
        <location line="+218"/>
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
        <location filename="../app/clicalendar.cpp" line="+45"/>
        <source>The Activities board: the six columns with their counts, totals and deals.</source>
        <translation>Le tableau des activités : les six colonnes avec leurs nombres, totaux et affaires.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deals listed per column (default 20).</source>
        <translation>Affaires listées par colonne (20 par défaut).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--limit must be a positive number.</source>
        <translation>--limit doit être un nombre positif.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Deals on a date field, or open activities by deadline, day by day.</source>
        <translation>Les affaires sur un champ date, ou les activités ouvertes par échéance, jour par jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day, YYYY-MM-DD (required).</source>
        <translation>Premier jour, AAAA-MM-JJ (obligatoire).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day, YYYY-MM-DD (required).</source>
        <translation>Dernier jour, AAAA-MM-JJ (obligatoire).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to show (default: activities).</source>
        <translation>Quoi afficher (par défaut : activities).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--from and --to must be days (YYYY-MM-DD), in order, at most a year apart.</source>
        <translation>--from et --to doivent être des jours (AAAA-MM-JJ), dans l&apos;ordre, à au plus un an d&apos;écart.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown field &apos;%1&apos; (close_date, begin_date, created, activities).</source>
        <translation>Champ inconnu « %1 » (close_date, begin_date, created, activities).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Writes the open activities of the matching deals to an iCalendar file that Thunderbird, Google Calendar and Outlook import.</source>
        <translation>Écrit les activités ouvertes des affaires correspondantes dans un fichier iCalendar que Thunderbird, Google Agenda et Outlook importent.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n activities written to %1.</source>
        <translation>
            <numerusform>%n activité écrite dans %1.</numerusform>
            <numerusform>%n activités écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plans the events of an iCalendar file as meetings of a deal, in one transaction.</source>
        <translation>Planifie les événements d&apos;un fichier iCalendar comme rendez-vous d&apos;une affaire, en une transaction.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deal the activities belong to (required).</source>
        <translation>L&apos;affaire à laquelle appartiennent les activités (obligatoire).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--deal is required.</source>
        <translation>--deal est obligatoire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n activities planned on deal %1.</source>
        <translation>
            <numerusform>%n activité planifiée sur l&apos;affaire %1.</numerusform>
            <numerusform>%n activités planifiées sur l&apos;affaire %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/clifields.cpp" line="-25"/>
        <source>Lists the custom fields of deals.</source>
        <translation>Liste les champs personnalisés des affaires.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No custom fields.</source>
        <translation>Aucun champ personnalisé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cliproducts.cpp" line="-194"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Adds a custom field to every deal. Types: %1.</source>
        <translation>Ajoute un champ personnalisé à toutes les affaires. Types : %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field&apos;s name.</source>
        <translation>Le nom du champ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its type.</source>
        <translation>Son type.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The choices of a list, separated by |.</source>
        <translation>Les choix d&apos;une liste, séparés par |.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deal cannot be saved without a value.</source>
        <translation>Une affaire ne peut pas être enregistrée sans valeur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The currency of a money field (default EUR).</source>
        <translation>La devise d&apos;un champ montant (EUR par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the field in this pipeline&apos;s form only (hidden in the others).</source>
        <translation>Afficher le champ dans le formulaire de ce pipeline seulement (masqué dans les autres).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give --name and --type.</source>
        <translation>Indiquez --name et --type.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown type &apos;%1&apos;. Types: %2.</source>
        <translation>Type « %1 » inconnu. Types : %2.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Added the field %1 &quot;%2&quot; (%3).</source>
        <translation>Champ %1 « %2 » ajouté (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown in the form of &quot;%1&quot; only.</source>
        <translation>Affiché seulement dans le formulaire de « %1 ».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deletes a custom field (by key, id or name) and its values. The history keeps its changes.</source>
        <translation>Supprime un champ personnalisé (par clé, id ou nom) et ses valeurs. L&apos;historique garde ses modifications.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Removed the field %1 &quot;%2&quot;.</source>
        <translation>Champ %1 « %2 » supprimé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage: comptoir [--db FILE] fields list|add|remove ...</source>
        <translation>Usage : comptoir [--db FICHIER] fields list|add|remove ...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown command &apos;fields %1&apos;. The fields commands are: list, add, remove.</source>
        <translation>Commande « fields %1 » inconnue. Les commandes fields sont : list, add, remove.</translation>
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
    <name>CommentService</name>
    <message>
        <location filename="../core/commentservice.cpp" line="+68"/>
        <source>A comment needs some text.</source>
        <translation>Un commentaire ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Comment: %1</source>
        <translation>Commentaire : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no comment %1.</source>
        <translation>Il n’y a pas de commentaire %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Comment removed: %1</source>
        <translation>Commentaire supprimé : %1</translation>
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
    <name>CustomFields</name>
    <message>
        <location filename="../core/customfields.cpp" line="+36"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not one of the choices (%2).</source>
        <translation>« %1 » ne fait pas partie des choix (%2).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>“%1” is not a date (use YYYY-MM-DD).</source>
        <translation>« %1 » n&apos;est pas une date (utilisez AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not a date and time (use YYYY-MM-DD HH:MM).</source>
        <translation>« %1 » n&apos;est pas une date et heure (utilisez AAAA-MM-JJ HH:MM).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple choice list</source>
        <translation>Liste à choix multiples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkbox</source>
        <translation>Case à cocher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“%1” is not a number.</source>
        <translation>« %1 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+115"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+113"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>“%1” is not yes or no.</source>
        <translation>« %1 » n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+74"/>
        <source>“%1” is not a web address (e.g. https://example.com).</source>
        <translation>« %1 » n&apos;est pas une adresse web (par ex. https://example.com).</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>a value is required.</source>
        <translation>une valeur est obligatoire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the value is not text.</source>
        <translation>la valeur n&apos;est pas du texte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the value is not a number.</source>
        <translation>la valeur n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the value is not an amount.</source>
        <translation>la valeur n&apos;est pas un montant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the value is not a date.</source>
        <translation>la valeur n&apos;est pas une date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the value is not a date and time.</source>
        <translation>la valeur n&apos;est pas une date et heure.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the value is not a list of choices.</source>
        <translation>la valeur n&apos;est pas une liste de choix.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a choice is listed twice.</source>
        <translation>un choix figure deux fois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the value is not yes or no.</source>
        <translation>la valeur n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a phone number (6 to 15 digits, e.g. +33 1 23 45 67 89).</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone (6 à 15 chiffres, par ex. +33 1 23 45 67 89).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an e-mail address (e.g. name@example.com).</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail (par ex. nom@exemple.fr).</translation>
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
        <location filename="../core/databaseconnection.cpp" line="+32"/>
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
        <location line="+29"/>
        <source>Create “%1”</source>
        <translation>Créer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>Delete %n deal(s)</source>
        <translation>
            <numerusform>Supprimer %n affaire</numerusform>
            <numerusform>Supprimer %n affaires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealEditor</name>
    <message>
        <location filename="../ui/editor/dealsave.cpp" line="+76"/>
        <source>The chosen stage is not in this pipeline any more.</source>
        <translation>L&apos;étape choisie n&apos;est plus dans ce pipeline.</translation>
    </message>
</context>
<context>
    <name>DealExport</name>
    <message>
        <location filename="../core/dealexport.cpp" line="+47"/>
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
        <location line="+2"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+36"/>
        <source>Cannot read the deals to export.</source>
        <translation>Impossible de lire les affaires à exporter.</translation>
    </message>
    <message>
        <location line="+312"/>
        <source>Unknown field “%1”. Fields: %2.</source>
        <translation>Champ «&#xa0;%1&#xa0;» inconnu. Champs&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+99"/>
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
    <name>DealListModel</name>
    <message>
        <location filename="../ui/models/deallistmodeledit.cpp" line="+72"/>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>DealQuery</name>
    <message>
        <location filename="../core/dealhead.cpp" line="+21"/>
        <location filename="../core/dealquery.cpp" line="+177"/>
        <location line="+20"/>
        <location filename="../core/idsnapshot.cpp" line="+54"/>
        <source>Cannot list the deals.</source>
        <translation>Impossible de lister les affaires.</translation>
    </message>
</context>
<context>
    <name>DealService</name>
    <message>
        <location filename="../core/bulkservice.cpp" line="-267"/>
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
        <location line="+2"/>
        <source>The discount of “%1” must be a percentage or an amount no larger than its price.</source>
        <translation>La remise de « %1 » doit être un pourcentage ou un montant qui ne dépasse pas son prix.</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+23"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/democontext.cpp" line="+107"/>
        <source>Closed as won</source>
        <translation>Clôturée comme gagnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/democontext.cpp" line="+1"/>
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
        <location filename="../core/democontext.cpp" line="-72"/>
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
    <name>FormLayout</name>
    <message>
        <location filename="../core/formlayout.cpp" line="+56"/>
        <source>About the deal</source>
        <translation>À propos de l&apos;affaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location line="+53"/>
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
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
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
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <location filename="../core/icalendar.cpp" line="+176"/>
        <source>The file holds no iCalendar data.</source>
        <translation>Le fichier ne contient aucune donnée iCalendar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holds no calendar (no BEGIN:VCALENDAR).</source>
        <translation>Le fichier ne contient aucun calendrier (pas de BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” has no start: skipped.</source>
        <translation>« %1 » n&apos;a pas de début : ignoré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported event</source>
        <translation>Événement importé</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../core/import/importrun.cpp" line="+30"/>
        <location filename="../core/import/importservice.cpp" line="+39"/>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+2"/>
        <source>A %1 file has no field &quot;%2&quot;.</source>
        <translation>Un fichier %1 n&apos;a pas de champ « %2 ».</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Line %1, column %2 (%3): %4</source>
        <translation>Ligne %1, colonne %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot write the errors to &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;écrire les erreurs dans « %1 » : %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&quot;%1&quot; is not a currency the import knows.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une devise connue de l’import.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the amount is in %1 but the currency column says %2.</source>
        <translation>le montant est en %1, mais la colonne des devises indique %2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a probability lies between 0 and 100 %.</source>
        <translation>une probabilité est comprise entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; is not a percentage between 0 and 100.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un pourcentage entre 0 et 100.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the row has no title (nor a company, contact or id to name the deal).</source>
        <translation>la ligne n’a pas de titre (ni société, ni contact, ni identifiant pour nommer l’affaire).</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+16"/>
        <source>Line 1, column 1: %1</source>
        <translation>Ligne 1, colonne 1&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line 1, column 1: the first row holds values, not the names of the columns. Add a header row naming each column (%1).</source>
        <translation>Ligne 1, colonne 1 : la première ligne contient des valeurs, pas les noms des colonnes. Ajoutez une ligne d&apos;en-tête qui nomme chaque colonne (%1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No column is mapped to the deal&apos;s title (nor to an id, company or contact). Map a column to &quot;title&quot;.</source>
        <translation>Aucune colonne n’est associée au titre de l’affaire (ni à un identifiant, une société ou un contact). Associez une colonne à «&#xa0;title&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a country code such as FR or US: phone numbers cannot be read.</source>
        <translation>« %1 » n&apos;est pas un code de pays comme FR ou US : les numéros de téléphone ne peuvent pas être lus.</translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>%n row(s) name a responsible who is not a user; you are responsible for those deals.</source>
        <translation>
            <numerusform>%n ligne indique un responsable qui n’est pas un utilisateur&#xa0;; vous êtes responsable de cette affaire.</numerusform>
            <numerusform>%n lignes indiquent un responsable qui n’est pas un utilisateur&#xa0;; vous êtes responsable de ces affaires.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/import/importdeal.cpp" line="+132"/>
        <source>Updated by the import of &quot;%1&quot; (import %2)</source>
        <translation>Modifiée par l’import de «&#xa0;%1&#xa0;» (import %2)</translation>
    </message>
    <message>
        <location filename="../core/import/importstage.cpp" line="+222"/>
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
        <location filename="../core/import/importwrite.cpp" line="+44"/>
        <source>The import could not write to the database.</source>
        <translation>L’import n’a pas pu écrire dans la base de données.</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>there is no pipeline named &quot;%1&quot;.</source>
        <translation>il n’y a pas de pipeline nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&quot;%1&quot; is not a stage of the pipeline &quot;%2&quot;. Map it to a stage, or let the import create it.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une étape du pipeline «&#xa0;%2&#xa0;». Associez-la à une étape ou laissez l’import la créer.</translation>
    </message>
    <message>
        <location filename="../core/import/importentities.cpp" line="+56"/>
        <source>No column is mapped to the company&apos;s name. Map a column to &quot;company_name&quot;.</source>
        <translation>Aucune colonne n&apos;est associée au nom de l&apos;entreprise. Associez une colonne à « company_name ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No column is mapped to the contact&apos;s name or e-mail. Map a column to &quot;contact_full_name&quot;, &quot;contact_last_name&quot; or &quot;email&quot;.</source>
        <translation>Aucune colonne n&apos;est associée au nom ou à l&apos;e-mail du contact. Associez une colonne à « contact_full_name », « contact_last_name » ou « email ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No column is mapped to the product&apos;s name. Map a column to &quot;product_name&quot;.</source>
        <translation>Aucune colonne n&apos;est associée au nom du produit. Associez une colonne à « product_name ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A history file needs the deal&apos;s external id and the date of each activity. Map columns to &quot;external_id&quot; and &quot;activity_date&quot;.</source>
        <translation>Un fichier d&apos;historique doit donner l&apos;identifiant externe de l&apos;affaire et la date de chaque activité. Associez des colonnes à « external_id » et « activity_date ».</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the row has no company name.</source>
        <translation>la ligne n&apos;a pas de nom d&apos;entreprise.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the row has no name nor e-mail for its contact.</source>
        <translation>la ligne n&apos;a ni nom ni e-mail pour son contact.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the row has no product name.</source>
        <translation>la ligne n&apos;a pas de nom de produit.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the row names no deal.</source>
        <translation>la ligne ne désigne aucune affaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the row has no date.</source>
        <translation>la ligne n&apos;a pas de date.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no deal was imported with the id &quot;%1&quot;. Import the deals file first.</source>
        <translation>aucune affaire n&apos;a été importée avec l&apos;identifiant « %1 ». Importez d&apos;abord le fichier des affaires.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../ui/import/importactions.cpp" line="+70"/>
        <source>Show every deal again</source>
        <translation>Afficher à nouveau toutes les affaires</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import %1 only  ✕</source>
        <translation>Import %1 seulement  ✕</translation>
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
        <location line="+2"/>
        <source>Activity date</source>
        <translation>Date de l&apos;activité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity type</source>
        <translation>Type d&apos;activité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity text</source>
        <translation>Texte de l&apos;activité</translation>
    </message>
    <message>
        <location line="+54"/>
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
        <location filename="../core/import/profile.cpp" line="+96"/>
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
        <location line="+4"/>
        <source>The profile&apos;s phone_region &quot;%1&quot; is not a country code such as FR or US.</source>
        <translation>Le phone_region « %1 » du profil n&apos;est pas un code de pays comme FR ou US.</translation>
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
    <name>ImportWizard</name>
    <message>
        <location filename="../ui/import/importscan.cpp" line="+36"/>
        <location filename="../ui/import/importsettings.cpp" line="+53"/>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/import/importsettings.cpp" line="+25"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
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
    <name>RestoreDealsCommand</name>
    <message numerus="yes">
        <location filename="../ui/models/binmodel.cpp" line="+119"/>
        <source>Restore %n deal(s)</source>
        <translation>
            <numerusform>Restaurer %n affaire</numerusform>
            <numerusform>Restaurer %n affaires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <location filename="../core/savedfilters.cpp" line="+28"/>
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
        <location line="+1"/>
        <source>My activities</source>
        <translation>Mes activités</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The saved criterion “%1” is not valid.</source>
        <translation>Le critère enregistré «&#xa0;%1&#xa0;» n’est pas valide.</translation>
    </message>
    <message>
        <location line="+191"/>
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
        <location filename="../ui/screenshot.cpp" line="+32"/>
        <location line="+73"/>
        <location line="+11"/>
        <source>A screenshot needs the graphical application (QApplication).</source>
        <translation>Une capture d’écran nécessite l’application graphique (QApplication).</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Unknown view &quot;%1&quot;. Valid views: %2.</source>
        <translation>Vue «&#xa0;%1&#xa0;» inconnue. Vues possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+41"/>
        <source>The size %1x%2 is out of range: from 320x240 to 7680x4320.</source>
        <translation>La taille %1x%2 est hors limites&#xa0;: de 320x240 à 7680x4320.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+25"/>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Impossible d’écrire la capture d’écran dans %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown settings page &quot;%1&quot;. Valid pages: %2.</source>
        <translation>Page de paramètres «&#xa0;%1&#xa0;» inconnue. Pages valides&#xa0;:&#xa0;%2.</translation>
    </message>
</context>
<context>
    <name>Stores</name>
    <message>
        <location filename="../core/activitystore.cpp" line="+94"/>
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
        <location line="+90"/>
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
    <name>comptoir::ActivitiesTab</name>
    <message>
        <location filename="../ui/editor/activitiestab.cpp" line="+33"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Plan activity…</source>
        <translation>&amp;Planifier une activité…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark done</source>
        <translation>&amp;Marquer comme faite</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%1 (%n min)</source>
        <translation>
            <numerusform>%1 (%n min)</numerusform>
            <numerusform>%1 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (on save)</source>
        <comment>activity state, written when the deal is saved</comment>
        <translation>%1 (à l&apos;enregistrement)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Plan the Next Activity</source>
        <translation>Planifier l&apos;activité suivante</translation>
    </message>
</context>
<context>
    <name>comptoir::ActivitiesView</name>
    <message>
        <location filename="../ui/activitiesview.cpp" line="+220"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
</context>
<context>
    <name>comptoir::ActivityBoardModel</name>
    <message>
        <location filename="../ui/models/activityboardmodel.cpp" line="+409"/>
        <source>Move “%1” to %2</source>
        <translation>Déplacer « %1 » vers %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan “%1”</source>
        <translation>Planifier « %1 »</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New deal “%1”</source>
        <translation>Nouvelle affaire « %1 »</translation>
    </message>
</context>
<context>
    <name>comptoir::ActivityCardDelegate</name>
    <message>
        <location filename="../ui/activitycarddelegate.cpp" line="+64"/>
        <source>No client</source>
        <translation>Pas de client</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No activity planned</source>
        <translation>Aucune activité planifiée</translation>
    </message>
</context>
<context>
    <name>comptoir::ActivityColumnHeader</name>
    <message>
        <location filename="../ui/activitiesview.cpp" line="-68"/>
        <source>New deal with an activity due here</source>
        <translation>Nouvelle affaire avec une activité à cette échéance</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No deals</source>
        <translation>Aucune affaire</translation>
    </message>
</context>
<context>
    <name>comptoir::ActivityDialog</name>
    <message>
        <location filename="../ui/editor/activitydialog.cpp" line="+26"/>
        <source>Edit Activity</source>
        <translation>Modifier l&apos;activité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan Activity</source>
        <translation>Planifier une activité</translation>
    </message>
    <message>
        <location line="+29"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;minder:</source>
        <translation>Ra&amp;ppel&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>An activity needs a subject.</source>
        <translation>Une activité doit avoir un objet.</translation>
    </message>
</context>
<context>
    <name>comptoir::ActivityQuickPlan</name>
    <message>
        <location filename="../ui/activityquickplan.cpp" line="+20"/>
        <source>New deal with an activity</source>
        <translation>Nouvelle affaire avec une activité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan an activity</source>
        <translation>Planifier une activité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due: %1. Keys 1–5 choose the type.</source>
        <translation>Échéance : %1. Les touches 1 à 5 choisissent le type.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deal title</source>
        <translation>Titre de l&apos;affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deal:</source>
        <translation>&amp;Affaire :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
</context>
<context>
    <name>comptoir::ActivityService</name>
    <message>
        <location filename="../core/activityservice.cpp" line="+36"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To-do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no activity %1.</source>
        <translation>Il n&apos;y a pas d&apos;activité %1.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>An activity needs a subject.</source>
        <translation>Une activité doit avoir un objet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+140"/>
        <source>An activity needs a deadline.</source>
        <translation>Une activité doit avoir une échéance.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>The duration must be between 1 minute and 14 days.</source>
        <translation>La durée doit être comprise entre 1 minute et 14 jours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no user %1.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur %1.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 planned: “%2”, due %3</source>
        <translation>%1 planifié : « %2 », échéance %3</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>type %1 → %2</source>
        <translation>type %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subject “%1” → “%2”</source>
        <translation>objet « %1 » → « %2 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deadline %1 → %2</source>
        <translation>échéance %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>responsible</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reminder %1 → %2</source>
        <translation>rappel %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 “%2” changed: %3</source>
        <translation>%1 « %2 » modifié : %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 “%2” moved: %3 → %4</source>
        <translation>%1 « %2 » déplacé : %3 → %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The activity “%1” is already done.</source>
        <translation>L&apos;activité « %1 » est déjà faite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 done: “%2”</source>
        <translation>%1 fait : « %2 »</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 reopened: “%2”</source>
        <translation>%1 rouvert : « %2 »</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 removed: “%2”, due %3</source>
        <translation>%1 supprimé : « %2 », échéance %3</translation>
    </message>
    <message>
        <location filename="../core/activityreminders.cpp" line="+17"/>
        <source>No reminder</source>
        <translation>Pas de rappel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the deadline</source>
        <translation>À l’échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5 minutes before</source>
        <translation>5 minutes avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>15 minutes before</source>
        <translation>15 minutes avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>30 minutes before</source>
        <translation>30 minutes avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour before</source>
        <translation>1 heure avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day before</source>
        <translation>1 jour avant</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n jour avant</numerusform>
            <numerusform>%n jours avant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n heure avant</numerusform>
            <numerusform>%n heures avant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute avant</numerusform>
            <numerusform>%n minutes avant</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a reminder: give 0 (at the deadline), minutes (15m), hours (1h), days (1d) or none.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un rappel&#xa0;: indiquez 0 (à l’échéance), des minutes (15m), des heures (1h), des jours (1d) ou none.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/activityservice.cpp" line="-200"/>
        <source>A reminder can be at most 30 days before the deadline.</source>
        <translation>Un rappel peut précéder l’échéance de 30 jours au plus.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A snooze lasts from 1 minute to 30 days.</source>
        <translation>Un report dure de 1 minute à 30 jours.</translation>
    </message>
</context>
<context>
    <name>comptoir::BinModel</name>
    <message>
        <location filename="../ui/models/binmodel.cpp" line="-19"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Supprimée le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted by</source>
        <translation>Supprimée par</translation>
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
    <name>comptoir::BulkBar</name>
    <message>
        <location filename="../ui/bulkbar.cpp" line="+58"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline…</source>
        <translation>Pipeline…</translation>
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
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lost…</source>
        <translation>Perdue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>All filtered deals are selected (still counting).</source>
        <translation>Toutes les affaires filtrées sont sélectionnées (comptage en cours).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select all filtered deals</source>
        <translation>Sélectionner toutes les affaires filtrées</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %Ln filtered deal(s) are selected.</source>
        <translation>
            <numerusform>%Ln affaire filtrée est sélectionnée.</numerusform>
            <numerusform>Les %Ln affaires filtrées sont toutes sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Clear selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <location line="+6"/>
        <source>%Ln deal(s) selected.</source>
        <translation>
            <numerusform>%Ln affaire sélectionnée.</numerusform>
            <numerusform>%Ln affaires sélectionnées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Select all %Ln filtered deal(s)</source>
        <translation>
            <numerusform>Sélectionner %Ln affaire filtrée</numerusform>
            <numerusform>Sélectionner les %Ln affaires filtrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no list to act on.</source>
        <translation>Il n’y a pas de liste sur laquelle agir.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Delete Deals</source>
        <translation>Supprimer des affaires</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %Ln deal(s) to the recycle bin? Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Mettre %Ln affaire à la corbeille ? Édition &gt; Annuler la ramène.</numerusform>
            <numerusform>Mettre %Ln affaires à la corbeille ? Édition &gt; Annuler les ramène.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::CalendarDayDelegate</name>
    <message>
        <location filename="../ui/calendarview.cpp" line="+118"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>comptoir::CalendarModel</name>
    <message>
        <location filename="../ui/models/calendarmodel.cpp" line="+112"/>
        <source>Move “%1” to %2</source>
        <translation>Déplacer « %1 » vers %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>W%1</source>
        <translation>S%1</translation>
    </message>
</context>
<context>
    <name>comptoir::CalendarPage</name>
    <message>
        <location filename="../ui/settings/calendarpage.cpp" line="+27"/>
        <source>Working days</source>
        <translation>Jours ouvrés</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Days off</source>
        <translation>Jours chômés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French public holidays</source>
        <translation>Jours fériés français</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add day off</source>
        <translation>&amp;Ajouter un jour chômé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Other days off (a closure, a local holiday):</source>
        <translation>Autres jours chômés (une fermeture, un férié local) :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>1 January, Easter Monday, 1 and 8 May, Ascension, Whit Monday, 14 July, 15 August, 1 and 11 November, 25 December</source>
        <translation>1er janvier, lundi de Pâques, 1er et 8 mai, Ascension, lundi de Pentecôte, 14 juillet, 15 août, 1er et 11 novembre, 25 décembre</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A new activity planned now is due by default on %1.</source>
        <translation>Une activité planifiée maintenant aurait par défaut pour échéance le %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No day of the week is worked: activities get no default deadline.</source>
        <translation>Aucun jour de la semaine n&apos;est travaillé : les activités n&apos;ont pas d&apos;échéance par défaut.</translation>
    </message>
</context>
<context>
    <name>comptoir::CalendarView</name>
    <message>
        <location filename="../ui/calendarview.cpp" line="+54"/>
        <location line="+130"/>
        <source>Previous month (Page Up)</source>
        <translation>Mois précédent (Page préc.)</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+128"/>
        <source>Next month (Page Down)</source>
        <translation>Mois suivant (Page suiv.)</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week by hours</source>
        <translation>La semaine heure par heure</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to today (T)</source>
        <translation>Aller à aujourd’hui (T)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activities by deadline</source>
        <translation>Activités par échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals by expected close date</source>
        <translation>Affaires par date de clôture prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals by begin date</source>
        <translation>Affaires par date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals by creation date</source>
        <translation>Affaires par date de création</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Week %1 · %2 – %3</source>
        <translation>Semaine %1 · %2 – %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Previous week (Page Up)</source>
        <translation>Semaine précédente (Page préc.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week (Page Down)</source>
        <translation>Semaine suivante (Page suiv.)</translation>
    </message>
</context>
<context>
    <name>comptoir::CalendarWeekModel</name>
    <message>
        <location filename="../ui/models/calendarweekmodel.cpp" line="+141"/>
        <source>Move “%1” to %2</source>
        <translation>Déplacer « %1 » vers %2</translation>
    </message>
</context>
<context>
    <name>comptoir::CalendarWeekView</name>
    <message>
        <location filename="../ui/calendarweekview.cpp" line="+61"/>
        <source>W%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>comptoir::ClientNameField</name>
    <message>
        <location filename="../ui/editor/clientpicker.cpp" line="+28"/>
        <source>Company name</source>
        <translation>Nom de la société</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New company:</source>
        <translation>Nouvelle société :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New contact:</source>
        <translation>Nouveau contact :</translation>
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
</context>
<context>
    <name>comptoir::ClientPicker</name>
    <message>
        <location line="+89"/>
        <source>Add &amp;contact</source>
        <translation>Ajouter un &amp;contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another person of this client; the first one is the main contact</source>
        <translation>Une autre personne de ce client ; la première est le contact principal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove this contact from the deal</source>
        <translation>Retirer ce contact de l&apos;affaire</translation>
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
    <message numerus="yes">
        <location line="+55"/>
        <source>The company “%1” is still used by %n deal(s) or contact(s).</source>
        <translation>
            <numerusform>La société « %1 » est encore utilisée par %n affaire ou contact.</numerusform>
            <numerusform>La société « %1 » est encore utilisée par %n affaires ou contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::CloseDealDialog</name>
    <message>
        <location filename="../ui/editor/closedealdialog.cpp" line="+18"/>
        <source>Close Deal</source>
        <translation>Clore l&apos;affaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Won</source>
        <translation>&amp;Gagnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lost</source>
        <translation>&amp;Perdue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no reason)</source>
        <translation>(sans raison)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happened, for next time</source>
        <translation>Ce qui s&apos;est passé, pour la prochaine fois</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lost &amp;stage:</source>
        <translation>É&amp;tape de perte :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
</context>
<context>
    <name>comptoir::ColumnChooserDialog</name>
    <message>
        <location filename="../ui/columnchooser.cpp" line="+23"/>
        <source>Choose Columns</source>
        <translation>Choisir les colonnes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The title always shows: it names the deal.</source>
        <translation>Le titre est toujours affiché : il nomme l’affaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tick the columns to show; drag them into the order you want.</source>
        <translation>Cochez les colonnes à afficher ; faites-les glisser dans l’ordre voulu.</translation>
    </message>
</context>
<context>
    <name>comptoir::CommentsTimeline</name>
    <message>
        <location filename="../ui/editor/commentstimeline.cpp" line="+26"/>
        <location line="+63"/>
        <source>Write a comment… (Ctrl+Enter adds it)</source>
        <translation>Écrire un commentaire… (Ctrl+Entrée l’ajoute)</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Add &amp;comment</source>
        <translation>Ajouter le &amp;commentaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Save the deal first to comment on it.</source>
        <translation>Enregistrez d’abord l’affaire pour la commenter.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Remove the comment</source>
        <translation>Supprimer le commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this comment? The deal&apos;s history keeps its text.</source>
        <translation>Supprimer ce commentaire ? L’historique de l’affaire en garde le texte.</translation>
    </message>
</context>
<context>
    <name>comptoir::CustomFieldConditions</name>
    <message>
        <location filename="../ui/filtercustomfields.cpp" line="+60"/>
        <source>contains…</source>
        <translation>contient…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A&amp;dd Condition</source>
        <translation>A&amp;jouter la condition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose a field…</source>
        <translation>Choisir un champ…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes or no</source>
        <translation>Oui ou non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any choice</source>
        <translation>Tous les choix</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Choose a custom field first.</source>
        <translation>Choisissez d’abord un champ personnalisé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: give a value to look for.</source>
        <translation>%1&#xa0;: donnez une valeur à chercher.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Custom field %1</source>
        <translation>Champ personnalisé %1</translation>
    </message>
</context>
<context>
    <name>comptoir::CustomFieldInput</name>
    <message>
        <location filename="../ui/editor/customfieldinput.cpp" line="+28"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose among: %1 (separated by |)</source>
        <translation>Choisir parmi : %1 (séparés par |)</translation>
    </message>
</context>
<context>
    <name>comptoir::CustomFieldService</name>
    <message>
        <location filename="../core/customfielddefs.cpp" line="+73"/>
        <source>A custom field needs a name.</source>
        <translation>Un champ personnalisé doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A custom field name cannot start with “cf_”.</source>
        <translation>Le nom d&apos;un champ personnalisé ne peut pas commencer par « cf_ ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A custom field named “%1” already exists.</source>
        <translation>Un champ personnalisé nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list “%1” needs at least one choice.</source>
        <translation>La liste « %1 » doit avoir au moins un choix.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The choices of “%1” cannot be empty or start or end with a space.</source>
        <translation>Les choix de « %1 » ne peuvent être vides ni commencer ou finir par une espace.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The choice “%1” cannot contain “|”.</source>
        <translation>Le choix « %1 » ne peut pas contenir « | ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The choice “%1” is listed twice.</source>
        <translation>Le choix « %1 » figure deux fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only list fields have choices.</source>
        <translation>Seuls les champs de type liste ont des choix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a currency code (three letters, e.g. EUR).</source>
        <translation>« %1 » n&apos;est pas un code de devise (trois lettres, par ex. EUR).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The type of a custom field cannot change.</source>
        <translation>Le type d&apos;un champ personnalisé ne peut pas changer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The currency of “%1” cannot change while deals hold amounts in it.</source>
        <translation>La devise de « %1 » ne peut pas changer tant que des affaires ont des montants dans cette devise.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>The choice “%1” is used by %n deal(s); it cannot be removed.</source>
        <translation>
            <numerusform>Le choix « %1 » est utilisé par %n affaire ; il ne peut pas être supprimé.</numerusform>
            <numerusform>Le choix « %1 » est utilisé par %n affaires ; il ne peut pas être supprimé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is not a choice of “%2”.</source>
        <translation>« %1 » n&apos;est pas un choix de « %2 ».</translation>
    </message>
    <message>
        <location filename="../core/customfieldservice.cpp" line="+183"/>
        <source>Unknown user %1.</source>
        <translation>Utilisateur %1 inconnu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator can change custom fields.</source>
        <translation>Seul un administrateur peut modifier les champs personnalisés.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no custom field %1.</source>
        <translation>Il n&apos;existe pas de champ personnalisé %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no custom field “%1”: no custom field is defined.</source>
        <translation>Il n&apos;existe pas de champ personnalisé « %1 » : aucun champ personnalisé n&apos;est défini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no custom field “%1”. Custom fields: %2.</source>
        <translation>Il n&apos;existe pas de champ personnalisé « %1 ». Champs personnalisés : %2.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>There is no deal %1.</source>
        <translation>Il n&apos;existe pas d&apos;affaire %1.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
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
    <name>comptoir::DealEditor</name>
    <message>
        <location filename="../ui/editor/dealeditor.cpp" line="+65"/>
        <source>Move the deal to another pipeline</source>
        <translation>Déplacer l&apos;affaire dans un autre pipeline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pi&amp;peline:</source>
        <translation>Pi&amp;peline :</translation>
    </message>
    <message>
        <location line="+57"/>
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
        <location line="+5"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;roducts</source>
        <translation>P&amp;roduits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activities</source>
        <translation>&amp;Activités</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+167"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+119"/>
        <source>Co&amp;mments (%1)</source>
        <translation>Co&amp;mmentaires (%1)</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+116"/>
        <source>Co&amp;mments</source>
        <translation>Co&amp;mmentaires</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Write every change of this window (Ctrl+S)</source>
        <translation>Écrire toutes les modifications de cette fenêtre (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>&amp;History (%1)</source>
        <translation>&amp;Historique (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New deal</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deal %1 · %2 · %3</source>
        <comment>id · amount · stage</comment>
        <translation>Affaire %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — Deal %2%3</source>
        <comment>title, id, unsaved marker</comment>
        <translation>%1 — Affaire %2%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved yet · %1</source>
        <comment>stage</comment>
        <translation>Pas encore enregistrée · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Deal</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lost (%1)</source>
        <translation>Perdue (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost: %1</source>
        <translation>Perdue : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <comment>result · date</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Move to Another Pipeline</source>
        <translation>Déplacer dans un autre pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage of the deal in “%1”:</source>
        <translation>Étape de l&apos;affaire dans « %1 » :</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Some fields need attention.</source>
        <translation>Certains champs sont à corriger.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The deal was not saved: a field needs attention.</source>
        <translation>L&apos;affaire n&apos;a pas été enregistrée : un champ est à corriger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deal was not saved: %1</source>
        <translation>L&apos;affaire n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deal has changes that are not saved.</source>
        <translation>Cette affaire a des modifications non enregistrées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save them before closing?</source>
        <translation>Les enregistrer avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>comptoir::DealFormat</name>
    <message>
        <location filename="../ui/models/dealformat.cpp" line="+17"/>
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
        <location line="+105"/>
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
    <name>comptoir::DealListModel</name>
    <message>
        <location filename="../ui/models/deallistmodel.cpp" line="+398"/>
        <source>Custom field: %1</source>
        <translation>Champ personnalisé&#xa0;: %1</translation>
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
        <location filename="../ui/dealtableview.cpp" line="+197"/>
        <source>Choose Columns…</source>
        <translation>Choisir les colonnes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset Columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>comptoir::Demo</name>
    <message>
        <location filename="../core/demo.cpp" line="+21"/>
        <location line="+81"/>
        <source>The demo data could not be written.</source>
        <translation>Les données de démonstration n’ont pas pu être écrites.</translation>
    </message>
    <message>
        <location filename="../core/democontext.cpp" line="+25"/>
        <source>Customer service</source>
        <translation>Service client</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The database has no active user to give the demo deals to.</source>
        <translation>La base de données n’a aucun utilisateur actif à qui confier les affaires de démonstration.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The database has no pipeline with a won and a lost stage.</source>
        <translation>La base de données n’a aucun pipeline avec une étape gagnée et une étape perdue.</translation>
    </message>
    <message>
        <location filename="../core/demo.cpp" line="-6"/>
        <source>The number of demo deals cannot be negative.</source>
        <translation>Le nombre d’affaires de démonstration ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>comptoir::DetailsForm</name>
    <message>
        <location filename="../ui/editor/detailsform.cpp" line="+80"/>
        <source>About the deal</source>
        <translation>À propos de l&apos;affaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What is being sold, to whom</source>
        <translation>Ce qui est vendu, à qui</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lient:</source>
        <translation>C&amp;lient :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Begin date:</source>
        <translation>Date de &amp;début :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected &amp;close:</source>
        <translation>&amp;Clôture prévue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Probability:</source>
        <translation>&amp;Probabilité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mmentaire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New or repeat:</source>
        <translation>Nouveau ou récurrent :</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 *:</source>
        <comment>required field</comment>
        <translation>%1 * :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1:</source>
        <comment>field label</comment>
        <translation>%1 :</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decided when the deal is saved</source>
        <translation>Décidé à l&apos;enregistrement de l&apos;affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat: this client already won a deal before</source>
        <translation>Récurrent : ce client a déjà une affaire gagnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The amount follows the product rows; switch it off on the Products tab to type one</source>
        <translation>Le montant suit les lignes de produits ; désactivez-le dans l&apos;onglet Produits pour en saisir un</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A deal needs a title.</source>
        <translation>Une affaire doit avoir un titre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a currency code (three capital letters, e.g. EUR).</source>
        <translation>« %1 » n&apos;est pas un code de devise (trois majuscules, par ex. EUR).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The expected close date comes before the begin date.</source>
        <translation>La date de clôture prévue précède la date de début.</translation>
    </message>
</context>
<context>
    <name>comptoir::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="+40"/>
        <location line="+114"/>
        <location line="+8"/>
        <source>Export Deals</source>
        <translation>Exporter les affaires</translation>
    </message>
    <message numerus="yes">
        <location line="-120"/>
        <source>Export the %Ln deal(s) of the list, in its order.</source>
        <translation>
            <numerusform>Exporter %Ln affaire de la liste.</numerusform>
            <numerusform>Exporter les %Ln affaires de la liste, dans son ordre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>deals.csv</source>
        <translation>affaires.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The &amp;visible columns of the list (%n)</source>
        <translation>
            <numerusform>Les colonnes &amp;visibles de la liste (%n)</numerusform>
            <numerusform>Les colonnes &amp;visibles de la liste (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;All fields (%n)</source>
        <translation>
            <numerusform>&amp;Tous les champs (%n)</numerusform>
            <numerusform>&amp;Tous les champs (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, &amp;UTF-8 (comma, decimal point)</source>
        <translation>CSV, &amp;UTF-8 (virgule, point décimal)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV for &amp;Excel (byte order mark; semicolon and decimal comma under a French locale)</source>
        <translation>CSV pour &amp;Excel (indicateur d’ordre des octets ; point-virgule et virgule décimale en français)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Exporting deals…</source>
        <translation>Export des affaires…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>comptoir::FilterBar</name>
    <message>
        <location filename="../ui/filterbar.cpp" line="+26"/>
        <source>Search deals, clients, e-mails, phones…</source>
        <translation>Rechercher affaires, clients, e-mails, téléphones…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the deals on stage, amount, responsible, dates…</source>
        <translation>Filtrer les affaires par étape, montant, responsable, dates…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predefined and saved filters</source>
        <translation>Filtres prédéfinis et enregistrés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every criterion and the search</source>
        <translation>Retirer tous les critères et la recherche</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Custom field %1</source>
        <translation>Champ personnalisé %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is no saved filter %1.</source>
        <translation>Il n’y a pas de filtre enregistré %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No database is open.</source>
        <translation>Aucune base de données n’est ouverte.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Predefined</source>
        <translation>Prédéfinis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved</source>
        <translation>Enregistrés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved filters yet</source>
        <translation>Aucun filtre enregistré pour l’instant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save Current Filter…</source>
        <translation>&amp;Enregistrer le filtre actuel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Save Filter</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Name of the filter:</source>
        <translation>Nom du filtre :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A filter named “%1” already exists. Replace its criteria?</source>
        <translation>Un filtre nommé « %1 » existe déjà. Remplacer ses critères ?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename Filter</source>
        <translation>Renommer le filtre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name of “%1”:</source>
        <translation>Nouveau nom de « %1 » :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete Filter</source>
        <translation>Supprimer le filtre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the saved filter “%1”?</source>
        <translation>Supprimer le filtre enregistré « %1 » ?</translation>
    </message>
</context>
<context>
    <name>comptoir::FilterChips</name>
    <message>
        <location filename="../ui/filterchips.cpp" line="+52"/>
        <location line="+82"/>
        <location line="+92"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+174"/>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+174"/>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stage: %1</source>
        <translation>Étape : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In progress</source>
        <translation>En cours</translation>
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
    <message>
        <location line="+2"/>
        <source>Amount: %1</source>
        <translation>Montant : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsible: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created: %1</source>
        <translation>Créée : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begins: %1</source>
        <translation>Début : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes: %1</source>
        <translation>Clôture : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With an open activity</source>
        <translation>Avec une activité ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without an open activity</source>
        <translation>Sans activité ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue activity</source>
        <translation>Activité en retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New deals</source>
        <translation>Nouvelles affaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat deals</source>
        <translation>Affaires récurrentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activities of %1</source>
        <translation>Activités de %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>contains “%1”</source>
        <translation>contient «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any value</source>
        <translation>renseigné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Remove this criterion</source>
        <translation>Retirer ce critère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>comptoir::FilterPopup</name>
    <message>
        <location filename="../ui/filterpopup.cpp" line="+56"/>
        <source>&amp;Stage:</source>
        <translation>É&amp;tape :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created:</source>
        <translation>Créée :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begins:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes:</source>
        <translation>Clôture :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With an open activity</source>
        <translation>Avec une activité ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without an open activity</source>
        <translation>Sans activité ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue activity</source>
        <translation>Activité en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;tivities:</source>
        <translation>Ac&amp;tivités :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New and repeat</source>
        <translation>Nouvelles et récurrentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New deals</source>
        <translation>Nouvelles affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat deals</source>
        <translation>Affaires récurrentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New or repeat:</source>
        <translation>&amp;Nouvelle ou récurrente :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ustom fields:</source>
        <translation>Champs &amp;personnalisés&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>C&amp;lear All</source>
        <translation>Tout &amp;effacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any date</source>
        <translation>Toutes dates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Any stage</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
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
    <message>
        <location line="+6"/>
        <source>Any currency</source>
        <translation>Toutes devises</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any type</source>
        <translation>Tous types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any source</source>
        <translation>Toutes sources</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>minimum amount</source>
        <translation>montant minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maximum amount</source>
        <translation>montant maximum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 is not an amount: %2</source>
        <translation>Le %1 n’est pas un montant : %2</translation>
    </message>
</context>
<context>
    <name>comptoir::FormDesigner</name>
    <message>
        <location filename="../ui/settings/formdesigner.cpp" line="+62"/>
        <source>Drag sections and fields to reorder them; uncheck to hide; double-click to rename</source>
        <translation>Glissez sections et champs pour les réordonner ; décochez pour masquer ; double-cliquez pour renommer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;section…</source>
        <translation>Ajouter une &amp;section…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add custom &amp;field…</source>
        <translation>Ajouter un &amp;champ personnalisé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset to default</source>
        <translation>&amp;Rétablir par défaut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New Section</source>
        <translation>Nouvelle section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the section:</source>
        <translation>Nom de la section :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Form of the &amp;pipeline:</source>
        <translation>Formulaire du &amp;pipeline :</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Custom field: %1</source>
        <translation>Champ personnalisé : %1</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>New Custom Field</source>
        <translation>Nouveau champ personnalisé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One choice per line (lists only)</source>
        <translation>Un choix par ligne (listes seulement)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choices:</source>
        <translation>&amp;Choix :</translation>
    </message>
</context>
<context>
    <name>comptoir::FormLayoutService</name>
    <message>
        <location filename="../core/formlayout.cpp" line="+22"/>
        <source>Unknown user %1.</source>
        <translation>Utilisateur %1 inconnu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator can change the deal form.</source>
        <translation>Seul un administrateur peut modifier le formulaire des affaires.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The form needs at least one section.</source>
        <translation>Le formulaire doit avoir au moins une section.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a default section.</source>
        <translation>« %1 » n&apos;est pas une section par défaut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The section “%1” is listed twice.</source>
        <translation>La section « %1 » figure deux fois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every section needs a name.</source>
        <translation>Chaque section doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <source>“%1” is not a field of deals.</source>
        <translation>« %1 » n&apos;est pas un champ des affaires.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The field “%1” is in the form twice.</source>
        <translation>Le champ « %1 » figure deux fois dans le formulaire.</translation>
    </message>
</context>
<context>
    <name>comptoir::ImportDryRunPage</name>
    <message>
        <location filename="../ui/import/importdryrunpage.cpp" line="+62"/>
        <source>create</source>
        <translation>création</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skip (unchanged)</source>
        <translation>ignorée (inchangée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a product row</source>
        <translation>ajout d&apos;une ligne de produit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check before importing</source>
        <translation>Vérifier avant d&apos;importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row was read and checked against the database, and nothing was written. The import is all or nothing: it starts when no row is in error.</source>
        <translation>Chaque ligne a été lue et comparée à la base, sans rien écrire. L&apos;import se fait en entier ou pas du tout : il démarre quand aucune ligne n&apos;est en erreur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Leave out the rows in error and import the others</source>
        <translation>&amp;Laisser de côté les lignes en erreur et importer les autres</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;The file cannot be imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Le fichier ne peut pas être importé.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check was stopped.</source>
        <translation>La vérification a été arrêtée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>to create</source>
        <translation>à créer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to update</source>
        <translation>à mettre à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>inchangées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product rows</source>
        <translation>lignes de produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in error</source>
        <translation>en erreur</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%Ln more error(s) are not listed.</source>
        <translation>
            <numerusform>%Ln autre erreur n&apos;est pas listée.</numerusform>
            <numerusform>%Ln autres erreurs ne sont pas listées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 of %2 rows are listed.</source>
        <translation>Les %1 premières lignes sur %2 sont listées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be read as CSV past the error above: correct it (or the settings of the first page), then check again. Nothing is imported.</source>
        <translation>Le fichier ne peut pas être lu comme un CSV au-delà de l&apos;erreur ci-dessus : corrigez-le (ou les réglages de la première page), puis vérifiez à nouveau. Rien n&apos;est importé.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s) in error will be left out; their errors will be written to &quot;%1&quot;. Import writes the others in one transaction.</source>
        <translation>
            <numerusform>%Ln ligne en erreur sera laissée de côté ; son erreur sera écrite dans « %1 ». Importer écrit les autres en une seule transaction.</numerusform>
            <numerusform>%Ln lignes en erreur seront laissées de côté ; leurs erreurs seront écrites dans « %1 ». Importer écrit les autres en une seule transaction.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct these rows in the file (or change the rules on the previous pages), then check again: nothing is imported while a row is in error.</source>
        <translation>Corrigez ces lignes dans le fichier (ou changez les règles des pages précédentes), puis vérifiez à nouveau : rien n&apos;est importé tant qu&apos;une ligne est en erreur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to import: every deal of the file is already in the database as it is.</source>
        <translation>Rien à importer : chaque affaire du fichier est déjà dans la base, telle quelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready. Nothing was written yet: Import writes all of this in one transaction.</source>
        <translation>Prêt. Rien n&apos;a encore été écrit : Importer écrit tout cela en une seule transaction.</translation>
    </message>
</context>
<context>
    <name>comptoir::ImportFilePage</name>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="+42"/>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file exported from a spreadsheet or another CRM. Drop it here, or choose it.</source>
        <translation>Un fichier CSV exporté d&apos;un tableur ou d&apos;un autre CRM. Déposez-le ici, ou choisissez-le.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No file chosen: drop a .csv file on this window</source>
        <translation>Aucun fichier choisi : déposez un fichier .csv sur cette fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>deals (with their clients and product rows)</source>
        <translation>des affaires (avec leurs clients et lignes de produit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>companies</source>
        <translation>des entreprises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts</source>
        <translation>des contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>products</source>
        <translation>des produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the history of deals imported before (activities)</source>
        <translation>l&apos;historique d&apos;affaires déjà importées (activités)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds:</source>
        <translation>Le fichier contient :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;   double quote</source>
        <translation>&quot;   guillemet double</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;   apostrophe</source>
        <translation>&apos;   apostrophe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+146"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>The first row names the columns</source>
        <translation>La première ligne nomme les colonnes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the file is written</source>
        <translation>Comment le fichier est écrit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quote:</source>
        <translation>&amp;Guillemet :</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Preview of the first rows:</source>
        <translation>Aperçu des premières lignes :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import Deals</source>
        <translation>Importer des affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>UTF-8 with a byte-order mark</source>
        <translation>UTF-8 avec marque d&apos;ordre des octets (BOM)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UTF-8 without a byte-order mark</source>
        <translation>UTF-8 sans marque d&apos;ordre des octets (BOM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Detected:&lt;/b&gt; %1, %2 as delimiter, %3 of %4 sampled rows with %5 columns. %6</source>
        <translation>&lt;b&gt;Détecté :&lt;/b&gt; %1, séparateur %2, %3 lignes sur %4 examinées ont %5 colonnes. %6</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An import needs a first row that names the columns. Add one in your spreadsheet, or tick &quot;The first row names the columns&quot;.</source>
        <translation>Un import a besoin d&apos;une première ligne qui nomme les colonnes. Ajoutez-en une dans votre tableur, ou cochez « La première ligne nomme les colonnes ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import reads quotes as detected (%1). Another quote character only changes this preview for now.</source>
        <translation>L&apos;import lit les guillemets tels que détectés (%1). Un autre guillemet ne change pour l&apos;instant que cet aperçu.</translation>
    </message>
</context>
<context>
    <name>comptoir::ImportHistoryDialog</name>
    <message>
        <location filename="../ui/import/importhistorydialog.cpp" line="+29"/>
        <source>Import History</source>
        <translation>Historique des imports</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Créées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Show These Deals</source>
        <translation>&amp;Voir ces affaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Annuler l&apos;import…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+85"/>
        <source>Undo Import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Import %1 undone.</source>
        <translation>Import %1 annulé.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>undone %1</source>
        <translation>annulé le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the database</source>
        <translation>dans la base</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No import yet: File → Import Deals brings deals in from a CSV file.</source>
        <translation>Aucun import pour l&apos;instant : Fichier → Importer des affaires fait entrer des affaires depuis un fichier CSV.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remove the deals import %1 created and restore the ones it changed?</source>
        <translation>Supprimer les affaires créées par l&apos;import %1 et rétablir celles qu&apos;il a modifiées ?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undoing import %1…</source>
        <translation>Annulation de l&apos;import %1…</translation>
    </message>
</context>
<context>
    <name>comptoir::ImportMappingPage</name>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="+32"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product row</source>
        <translation>Ligne de produit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>— Ignore this column —</source>
        <translation>— Ignorer cette colonne —</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each column of the file fills a field of the deal, its client or a product row. The columns were matched on their names; change any of them, or ignore it.</source>
        <translation>Chaque colonne du fichier remplit un champ de l&apos;affaire, de son client ou d&apos;une ligne de produit. Les colonnes ont été associées d&apos;après leur nom ; modifiez celles que vous voulez, ou ignorez-les.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+101"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>&amp;Load</source>
        <translation>&amp;Charger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save as Profile…</source>
        <translation>&amp;Enregistrer comme profil…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported by:</source>
        <translation>Exporté par :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sample values</source>
        <translation>Exemples de valeurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imports into</source>
        <translation>Importée dans</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Automatic (recognised: %1)</source>
        <translation>Automatique (reconnu : %1)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Map at least one column.</source>
        <translation>Associez au moins une colonne.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map a column to the deal&apos;s Title (or to its External id, Company name or Contact name): the deals need a name.</source>
        <translation>Associez une colonne au Titre de l&apos;affaire (ou à son Identifiant externe, au Nom de l&apos;entreprise ou au Nom du contact) : les affaires ont besoin d&apos;un nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every column is imported.</source>
        <translation>Toutes les colonnes sont importées.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln column(s) imported; the others are ignored.</source>
        <translation>
            <numerusform>%1 colonne sur %Ln importée ; les autres sont ignorées.</numerusform>
            <numerusform>%1 colonnes sur %Ln importées ; les autres sont ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+16"/>
        <source>Save as Profile</source>
        <translation>Enregistrer comme profil</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Name of the profile (the mapping, the value rules and how the file is written):</source>
        <translation>Nom du profil (l&apos;association des colonnes, les règles de lecture et la façon dont le fichier est écrit) :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Load Profile</source>
        <translation>Charger un profil</translation>
    </message>
</context>
<context>
    <name>comptoir::ImportRulesPage</name>
    <message>
        <location filename="../ui/import/importrulespage.cpp" line="+32"/>
        <source>Set the value rules</source>
        <translation>Régler les règles de lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the file writes numbers and dates, where its stages go and how its clients are recognised. Nothing is guessed value by value: these rules apply to every row.</source>
        <translation>Comment le fichier écrit les nombres et les dates, où vont ses étapes et comment ses clients sont reconnus. Rien n&apos;est deviné valeur par valeur : ces règles s&apos;appliquent à toutes les lignes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>comma   12,50</source>
        <translation>virgule   12,50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point   12.50</source>
        <translation>point   12.50</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>spaces only   1 234</source>
        <translation>espaces seulement   1 234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point   1.234</source>
        <translation>point   1.234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma   1,234</source>
        <translation>virgule   1,234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>apostrophe   1&apos;234</source>
        <translation>apostrophe   1&apos;234</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The currency of amounts that name none (€, $, USD… in a value are read as such).</source>
        <translation>La devise des montants qui n&apos;en indiquent pas (€, $, USD… dans une valeur sont lus tels quels).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decimal &amp;mark:</source>
        <translation>Séparateur &amp;décimal :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thousands separator:</source>
        <translation>Séparateur de &amp;milliers :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;currency:</source>
        <translation>&amp;Devise par défaut :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the date order</source>
        <translation>Choisissez l&apos;ordre des dates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date &amp;order:</source>
        <translation>&amp;Ordre des dates :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the same e-mail address</source>
        <translation>la même adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same phone number</source>
        <translation>le même numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same name and company</source>
        <translation>le même nom et la même entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A contact is an existing one with:</source>
        <translation>Un contact est un contact existant qui a :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies are matched by name, ignoring case, accents and punctuation.</source>
        <translation>Les entreprises sont reconnues à leur nom, sans tenir compte de la casse, des accents ni de la ponctuation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Value in the file</source>
        <translation>Valeur dans le fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goes to</source>
        <translation>Va dans</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reject their rows</source>
        <translation>refuser leurs lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create them as new stages</source>
        <translation>les créer comme nouvelles étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>put them in the stage…</source>
        <translation>les mettre dans l&apos;étape…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pipeline :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values that are no stage:</source>
        <translation>Valeurs qui ne sont pas des étapes :</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>+ new stage &quot;%1&quot;</source>
        <translation>+ nouvelle étape « %1 »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✕ rows rejected</source>
        <translation>✕ lignes refusées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No column holds stages: the deals go to the first stage of the pipeline.</source>
        <translation>Aucune colonne ne contient d&apos;étapes : les affaires vont dans la première étape du pipeline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every value is a stage of this pipeline, or won or lost.</source>
        <translation>Chaque valeur est une étape de ce pipeline, ou gagnée ou perdue.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln value(s) are not stages of this pipeline.</source>
        <translation>
            <numerusform>%Ln valeur n&apos;est pas une étape de ce pipeline.</numerusform>
            <numerusform>%Ln valeurs ne sont pas des étapes de ce pipeline.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 values are listed.</source>
        <translation>Seules les %1 premières valeurs sont listées.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the dates of the file…</source>
        <translation>Lecture des dates du fichier…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No column holds dates.</source>
        <translation>Aucune colonne ne contient de dates.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>All %Ln date(s) of the file read as %1.</source>
        <translation>
            <numerusform>La date du fichier se lit en %1.</numerusform>
            <numerusform>Les %Ln dates du fichier se lisent en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ImportRunPage</name>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="+24"/>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deals are written in one transaction: until it ends, Cancel leaves the database exactly as it was.</source>
        <translation>Les affaires sont écrites en une seule transaction : jusqu&apos;à la fin, Arrêter laisse la base exactement comme elle était.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel Import</source>
        <translation>Arrêter l&apos;import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Again</source>
        <translation>Importer à nouveau</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Importing &quot;%1&quot;…</source>
        <translation>Import de « %1 »…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Imported in %1 s.</source>
        <translation>Importé en %1 s.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The import failed and nothing was written: %1</source>
        <translation>L&apos;import a échoué et rien n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import cancelled: nothing was written, the database is as it was.</source>
        <translation>Import arrêté : rien n&apos;a été écrit, la base est comme elle était.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The import stopped on %Ln error(s) and nothing was written. The file changed since the check?</source>
        <translation>
            <numerusform>L&apos;import s&apos;est arrêté sur %Ln erreur et rien n&apos;a été écrit. Le fichier a-t-il changé depuis la vérification ?</numerusform>
            <numerusform>L&apos;import s&apos;est arrêté sur %Ln erreurs et rien n&apos;a été écrit. Le fichier a-t-il changé depuis la vérification ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ImportSummaryPage</name>
    <message>
        <location line="+14"/>
        <source>Import done</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deals are in the database. Look at them, or undo the whole import.</source>
        <translation>Les affaires sont dans la base. Consultez-les, ou annulez tout l&apos;import.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Show These Deals</source>
        <translation>&amp;Voir ces affaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo Import</source>
        <translation>&amp;Annuler l&apos;import</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+72"/>
        <source>Undo Import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>&lt;p&gt;&lt;b&gt;Import %1 undone.&lt;/b&gt; The deals it created are gone, the deals it changed have their previous values back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Import %1 annulé.&lt;/b&gt; Les affaires qu&apos;il avait créées ont disparu, celles qu&apos;il avait modifiées ont retrouvé leurs valeurs.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;p&gt;&lt;b&gt;Import %1&lt;/b&gt; of &quot;%2&quot; is in the database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;L&apos;import %1&lt;/b&gt; de « %2 » est dans la base.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>companies created</source>
        <translation>entreprises créées</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>contacts created</source>
        <translation>contacts créés</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>products created</source>
        <translation>produits créés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activities created</source>
        <translation>activités créées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deals created</source>
        <translation>affaires créées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deals updated</source>
        <translation>affaires mises à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows skipped (unchanged or repeated)</source>
        <translation>lignes ignorées (inchangées ou répétées)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product rows</source>
        <translation>lignes de produit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stages created</source>
        <translation>étapes créées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rows left out for their errors</source>
        <translation>lignes laissées de côté pour leurs erreurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;The errors of the rows left out are in &quot;%1&quot;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les erreurs des lignes laissées de côté sont dans « %1 ».&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;You can undo this import later from File → Import History.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vous pourrez annuler cet import plus tard depuis Fichier → Historique des imports.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Remove the %Ln deal(s) this import created and restore the ones it changed?</source>
        <translation>
            <numerusform>Retirer l&apos;affaire de cet import (supprimée si elle a été créée, rétablie si elle a été modifiée) ?</numerusform>
            <numerusform>Retirer les %Ln affaires de cet import (supprimées si elles ont été créées, rétablies si elles ont été modifiées) ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ImportWizard</name>
    <message>
        <location filename="../ui/import/importwizard.cpp" line="+17"/>
        <source>Import Deals</source>
        <translation>Importer des affaires</translation>
    </message>
</context>
<context>
    <name>comptoir::KanbanCardDelegate</name>
    <message>
        <location filename="../ui/kanbandelegate.cpp" line="+47"/>
        <source>No client</source>
        <translation>Sans client</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No activity</source>
        <translation>Aucune activité</translation>
    </message>
</context>
<context>
    <name>comptoir::KanbanColumnHeader</name>
    <message>
        <location filename="../ui/kanbancolumn.cpp" line="+157"/>
        <location line="+1"/>
        <source>New deal in “%1”</source>
        <translation>Nouvelle affaire dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No deals</source>
        <translation>Aucune affaire</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+37"/>
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
        <location filename="../ui/kanbanquickcreate.cpp" line="+33"/>
        <source>&lt;b&gt;New deal in %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nouvelle affaire dans %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is being sold</source>
        <translation>Ce qui est vendu</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>comptoir::ListsPage</name>
    <message>
        <location filename="../ui/settings/listspage.cpp" line="+47"/>
        <source>Deal types</source>
        <translation>Types d&apos;affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost reasons</source>
        <translation>Raisons de perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currencies</source>
        <translation>Devises</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click or F2 renames; unchecked entries are no longer offered</source>
        <translation>Double-clic ou F2 pour renommer ; les entrées décochées ne sont plus proposées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency code (three capital letters):</source>
        <translation>Code de devise (trois majuscules) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;List:</source>
        <translation>&amp;Liste :</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Code: %1</source>
        <translation>Code : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a currency code (three capital letters, e.g. EUR).</source>
        <translation>« %1 » n&apos;est pas un code de devise (trois majuscules, par ex. EUR).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An entry needs a name with at least one letter or digit.</source>
        <translation>Une entrée doit avoir un nom d&apos;au moins une lettre ou un chiffre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The list already has “%1”.</source>
        <translation>La liste contient déjà « %1 ».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An entry needs a name.</source>
        <translation>Une entrée doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>comptoir::LostReasonDialog</name>
    <message>
        <location filename="../ui/bulkdialogs.cpp" line="-108"/>
        <location line="+18"/>
        <source>Close as Lost</source>
        <translation>Clore comme perdue</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>(no reason)</source>
        <translation>(sans raison)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Close %Ln deal(s) as lost.</source>
        <translation>
            <numerusform>Clore %Ln affaire comme perdue.</numerusform>
            <numerusform>Clore %Ln affaires comme perdues.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
</context>
<context>
    <name>comptoir::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+219"/>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists. Choose another name, or open it with File &gt; Open Database.</source>
        <translation>%1 existe déjà. Choisissez un autre nom ou ouvrez-le avec Fichier &gt; Ouvrir une base de données.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Unknown view &quot;%1&quot;. Valid views: %2.</source>
        <translation>Vue «&#xa0;%1&#xa0;» inconnue. Vues possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Counting deals…</source>
        <translation>Comptage des affaires…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln affaire</numerusform>
            <numerusform>%Ln affaires</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+40"/>
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
        <location filename="../ui/mainwindowactions.cpp" line="+30"/>
        <source>Comptoir databases (*.db *.comptoir);;All files (*)</source>
        <translation>Bases de données Comptoir (*.db *.comptoir);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create an empty database in a new file</source>
        <translation>Créer une base de données vide dans un nouveau fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Deal…</source>
        <translation>Nouvelle &amp;affaire…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the editor on a new deal in the current pipeline</source>
        <translation>Ouvrir l&apos;éditeur sur une nouvelle affaire du pipeline courant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipelines, stages, lists, working days and forms</source>
        <translation>Pipelines, étapes, listes, jours ouvrés et formulaires</translation>
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
        <source>Deals by the deadline of their next activity</source>
        <translation>Les affaires selon l&apos;échéance de leur prochaine activité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deals and activities in a month</source>
        <translation>Les affaires et les activités d’un mois</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Recent</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Deals…</source>
        <translation>&amp;Importer des affaires…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;History…</source>
        <translation>&amp;Historique des imports…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <message>
        <location filename="../ui/mainwindowfilter.cpp" line="+22"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowlist.cpp" line="+29"/>
        <source>&amp;Export Deals…</source>
        <translation>&amp;Exporter les affaires…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the deals of the list to a CSV file</source>
        <translation>Écrire les affaires de la liste dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recycle &amp;Bin</source>
        <translation>&amp;Corbeille</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted deals, to restore or delete for good</source>
        <translation>Les affaires supprimées, à restaurer ou à supprimer définitivement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
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
        <location line="+182"/>
        <source>A pipeline needs a name.</source>
        <translation>Un pipeline doit avoir un nom.</translation>
    </message>
    <message>
        <location line="-176"/>
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
        <location line="+326"/>
        <source>The probability of “%1” must be between 0 and 100 %.</source>
        <translation>La probabilité de «&#xa0;%1&#xa0;» doit être comprise entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <location line="-322"/>
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
        <location line="+17"/>
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
        <location line="+73"/>
        <source>Pipeline %1 does not exist.</source>
        <translation>Le pipeline %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A pipeline can move to positions 1 to %1.</source>
        <translation>Un pipeline peut aller aux positions 1 à %1.</translation>
    </message>
    <message>
        <location line="+44"/>
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
        <location line="+75"/>
        <source>A stage needs a name.</source>
        <translation>Une étape doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The won and lost stages stay at the end of the pipeline.</source>
        <translation>Les étapes gagnée et perdues restent à la fin du pipeline.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A stage in progress can move to positions 1 to %1.</source>
        <translation>Une étape en cours peut aller aux positions 1 à %1.</translation>
    </message>
    <message>
        <location line="+26"/>
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
<context>
    <name>comptoir::PipelineTargetDialog</name>
    <message>
        <location filename="../ui/bulkdialogs.cpp" line="+20"/>
        <source>Move to Pipeline</source>
        <translation>Déplacer vers un pipeline</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Move %Ln deal(s) to another pipeline.</source>
        <translation>
            <numerusform>Déplacer %Ln affaire vers un autre pipeline.</numerusform>
            <numerusform>Déplacer %Ln affaires vers un autre pipeline.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pipeline :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stage:</source>
        <translation>É&amp;tape :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
</context>
<context>
    <name>comptoir::PipelinesPage</name>
    <message>
        <location filename="../ui/settings/pipelinespage.cpp" line="+62"/>
        <source>Drag a stage in progress to reorder it; double-click or F2 renames it</source>
        <translation>Glissez une étape en cours pour la déplacer ; double-clic ou F2 pour la renommer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Desc&amp;endre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make de&amp;fault</source>
        <translation>Par dé&amp;faut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;stage…</source>
        <translation>Ajouter une é&amp;tape…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete s&amp;tage…</source>
        <translation>Supprimer l&apos;étap&amp;e…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Default &amp;probability:</source>
        <translation>&amp;Probabilité par défaut :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages of the selected pipeline</source>
        <translation>Étapes du pipeline choisi</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 · %2 %</source>
        <comment>semantic · probability</comment>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+12"/>
        <location line="+12"/>
        <source>That stage does not exist any more.</source>
        <translation>Cette étape n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>New Pipeline</source>
        <translation>Nouveau pipeline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the pipeline:</source>
        <translation>Nom du pipeline :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename Pipeline</source>
        <translation>Renommer le pipeline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete Pipeline</source>
        <translation>Supprimer le pipeline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the pipeline “%1” and its stages?</source>
        <translation>Supprimer le pipeline « %1 » et ses étapes ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>New Stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Name of the stage:</source>
        <translation>Nom de l&apos;étape :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stage is:</source>
        <translation>L&apos;étape est :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Colour of “%1”</source>
        <translation>Couleur de « %1 »</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+5"/>
        <source>Delete Stage</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>“%1” holds %n deal(s). Move them to:</source>
        <translation>
            <numerusform>« %1 » contient %n affaire. La déplacer vers :</numerusform>
            <numerusform>« %1 » contient %n affaires. Les déplacer vers :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the stage “%1”?</source>
        <translation>Supprimer l&apos;étape « %1 » ?</translation>
    </message>
</context>
<context>
    <name>comptoir::ProactivePrompt</name>
    <message>
        <location filename="../ui/editor/proactiveprompt.cpp" line="+41"/>
        <source>Plan the Next Step?</source>
        <translation>Planifier la suite ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” has no planned activity. When do you follow it up?</source>
        <translation>« %1 » n&apos;a aucune activité planifiée. Quand la relancer ?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 3 working days</source>
        <translation>Dans 3 jours ouvrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Monday</source>
        <translation>Lundi prochain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a date…</source>
        <translation>Choisir une date…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc   No, not now</source>
        <translation>Échap   Non, pas maintenant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This question can be turned off in Settings.</source>
        <translation>Cette question peut être désactivée dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Follow up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot Plan</source>
        <translation>Impossible de planifier</translation>
    </message>
</context>
<context>
    <name>comptoir::ProductCatalogueModel</name>
    <message>
        <location filename="../ui/models/productcataloguemodel.cpp" line="+66"/>
        <source>Name: a product needs a name.</source>
        <translation>Nom&#xa0;: un produit doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency: “%1” is not a currency code (three letters, e.g. EUR).</source>
        <translation>Devise&#xa0;: «&#xa0;%1&#xa0;» n’est pas un code de devise (trois lettres, par ex. EUR).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit price: type a price (0 for a free product).</source>
        <translation>Prix unitaire&#xa0;: saisissez un prix (0 pour un produit gratuit).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit price: %1</source>
        <translation>Prix unitaire&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price: a price cannot be negative.</source>
        <translation>Prix unitaire&#xa0;: un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tax: %1</source>
        <translation>Taxe&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax: a tax rate is between 0 and 100 %.</source>
        <translation>Taxe&#xa0;: un taux de taxe est compris entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Inactive: kept on the deals that use it, no longer offered on new rows</source>
        <translation>Inactif&#xa0;: conservé sur les affaires qui l’utilisent, plus proposé pour les nouvelles lignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked: the unit price includes the tax</source>
        <translation>Coché&#xa0;: le prix unitaire inclut la taxe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax incl.</source>
        <translation>TTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>comptoir::ProductService</name>
    <message>
        <location filename="../core/productservice.cpp" line="+105"/>
        <source>“%1” is not a quantity (a number above zero, up to three decimals).</source>
        <translation>« %1 » n&apos;est pas une quantité (un nombre supérieur à zéro, trois décimales au plus).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a percentage (e.g. 20 or 5.5 %).</source>
        <translation>« %1 » n&apos;est pas un pourcentage (par ex. 20 ou 5,5 %).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A discount cannot be more than 100 %.</source>
        <translation>Une remise ne peut pas dépasser 100 %.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A discount cannot be negative.</source>
        <translation>Une remise ne peut pas être négative.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown user %1.</source>
        <translation>Utilisateur %1 inconnu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator can change the product catalogue.</source>
        <translation>Seul un administrateur peut modifier le catalogue de produits.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A product needs a name.</source>
        <translation>Un produit doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price of “%1” cannot be negative.</source>
        <translation>Le prix de « %1 » ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a currency code (three letters, e.g. EUR).</source>
        <translation>« %1 » n&apos;est pas un code de devise (trois lettres, par ex. EUR).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tax rate of “%1” must be between 0 and 100 %.</source>
        <translation>Le taux de taxe de « %1 » doit être compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>There is no product %1.</source>
        <translation>Il n&apos;existe pas de produit %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no product “%1”. Products: %2.</source>
        <translation>Il n&apos;existe pas de produit « %1 ». Produits : %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The deal %1 has no product row %2.</source>
        <translation>L&apos;affaire %1 n&apos;a pas de ligne de produit %2.</translation>
    </message>
</context>
<context>
    <name>comptoir::ProductsPage</name>
    <message>
        <location filename="../ui/settings/productspage.cpp" line="+78"/>
        <source>Double-click or F2 edits a cell; unchecked products are no longer offered on deals</source>
        <translation>Double-clic ou F2 modifie une cellule&#xa0;; les produits décochés ne sont plus proposés sur les affaires</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The price &amp;includes the tax</source>
        <translation>Le prix &amp;inclut la taxe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acti&amp;ve: offered on new product rows</source>
        <translation>Acti&amp;f&#xa0;: proposé pour les nouvelles lignes de produits</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>N&amp;ame:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit pri&amp;ce:</source>
        <translation>Prix &amp;unitaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;x rate:</source>
        <translation>Ta&amp;ux de taxe&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New product</source>
        <translation>&amp;Nouveau produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save product</source>
        <translation>&amp;Enregistrer le produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+177"/>
        <source>Deac&amp;tivate</source>
        <translation>Désac&amp;tiver</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Product catalogue</source>
        <translation>Catalogue des produits</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Select a product first.</source>
        <translation>Sélectionnez d’abord un produit.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reac&amp;tivate</source>
        <translation>Réac&amp;tiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer offered on new product rows; deals that use it keep it</source>
        <translation>N’est plus proposé pour les nouvelles lignes de produits&#xa0;; les affaires qui l’utilisent le gardent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered again on new product rows</source>
        <translation>De nouveau proposé pour les nouvelles lignes de produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
</context>
<context>
    <name>comptoir::ProductsTable</name>
    <message>
        <location filename="../ui/editor/productstable.cpp" line="+27"/>
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
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tax incl.</source>
        <translation>TTC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add row</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New row</source>
        <translation>Nouvelle ligne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A product of the catalogue, with its price and tax</source>
        <translation>Un produit du catalogue, avec son prix et sa TVA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit &amp;catalogue…</source>
        <translation>Modifier le &amp;catalogue…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add, change or deactivate the products offered here</source>
        <translation>Ajouter, modifier ou désactiver les produits proposés ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove row</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The deal amount &amp;follows the rows</source>
        <translation>Le montant de l&apos;affaire &amp;suit les lignes</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>“10 %” off the price, or an amount off the unit price</source>
        <translation>« 10 % » de remise sur le prix, ou un montant retiré du prix unitaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked: the unit price includes the tax</source>
        <translation>Coché : le prix unitaire inclut la TVA</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Row %1 needs a product name.</source>
        <translation>La ligne %1 doit avoir un nom de produit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <location line="+7"/>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Row %1: “%2” is not a price.</source>
        <translation>Ligne %1 : « %2 » n&apos;est pas un prix.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Net %1 · Tax %2 · Total: &lt;b&gt;%3&lt;/b&gt; (the deal amount)</source>
        <translation>HT %1 · TVA %2 · Total : &lt;b&gt;%3&lt;/b&gt; (le montant de l&apos;affaire)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net %1 · Tax %2 · Total: &lt;b&gt;%3&lt;/b&gt; (the deal keeps its typed amount)</source>
        <translation>HT %1 · TVA %2 · Total : &lt;b&gt;%3&lt;/b&gt; (l&apos;affaire garde son montant saisi)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add from the catalogue…</source>
        <translation>Ajouter depuis le catalogue…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <comment>product — price</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>comptoir::RecycleBinView</name>
    <message>
        <location filename="../ui/recyclebinview.cpp" line="+38"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the selected deals back, with their history</source>
        <translation>Ramener les affaires sélectionnées, avec leur historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Permanently…</source>
        <translation>&amp;Supprimer définitivement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected deals for good; this cannot be undone</source>
        <translation>Supprimer définitivement les affaires sélectionnées ; impossible à annuler</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+3"/>
        <source>Delete Permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>Delete %n deal(s) for good?</source>
        <translation>
            <numerusform>Supprimer définitivement %n affaire ?</numerusform>
            <numerusform>Supprimer définitivement %n affaires ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The recycle bin is empty. Deleted deals wait here until you restore them or delete them for good.</source>
        <translation>La corbeille est vide. Les affaires supprimées attendent ici d&apos;être restaurées ou supprimées définitivement.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %Ln most recently deleted deal(s).</source>
        <translation>
            <numerusform>La dernière affaire supprimée (%Ln).</numerusform>
            <numerusform>Les %Ln dernières affaires supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln deleted deal(s). Restore brings a deal back with its history.</source>
        <translation>
            <numerusform>%Ln affaire supprimée. Restaurer la ramène avec son historique.</numerusform>
            <numerusform>%Ln affaires supprimées. Restaurer ramène une affaire avec son historique.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ReminderWindow</name>
    <message>
        <location filename="../ui/reminderwindow.cpp" line="+29"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Open deal</source>
        <translation>&amp;Ouvrir l’affaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze &amp;10 min</source>
        <translation>Reporter de &amp;10 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze 1 &amp;hour</source>
        <translation>Reporter d’une &amp;heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not shown again (Delete)</source>
        <translation>Ne plus l’afficher (Suppr)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reminders not snoozed or dismissed come back</source>
        <translation>Les rappels ni reportés ni ignorés reviendront</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: %2</source>
        <comment>activity type: subject</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>comptoir::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="+25"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Pipelines</source>
        <translation>&amp;Pipelines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lists</source>
        <translation>&amp;Listes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Working days</source>
        <translation>&amp;Jours ouvrés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forms</source>
        <translation>&amp;Formulaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;roducts</source>
        <translation>P&amp;roduits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When I close an open deal that has no planned activity, propose to plan one</source>
        <translation>Quand je ferme une affaire en cours sans activité planifiée, proposer d&apos;en planifier une</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Deal editor</source>
        <translation>Éditeur d&apos;&amp;affaire</translation>
    </message>
</context>
<context>
    <name>comptoir::StageBar</name>
    <message>
        <location filename="../ui/editor/stagebar.cpp" line="+87"/>
        <source>Reopen the deal on “%1”</source>
        <translation>Rouvrir l&apos;affaire à « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the deal to “%1”</source>
        <translation>Passer l&apos;affaire à « %1 »</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the deal back to its first stage</source>
        <translation>Ramener l&apos;affaire à sa première étape</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close deal…</source>
        <translation>Clore l&apos;affaire…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the deal as won or lost</source>
        <translation>Clore l&apos;affaire comme gagnée ou perdue</translation>
    </message>
</context>
<context>
    <name>comptoir::WeekCanvas</name>
    <message>
        <location filename="../ui/calendarweekcanvas.cpp" line="+228"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
</TS>
