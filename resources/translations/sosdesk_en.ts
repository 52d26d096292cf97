<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name />
    <message>
        <location filename="../../sosdesk/ui/calendar/items.py" line="25" />
        <source>annulé</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/items.py" line="27" />
        <source>absent</source>
        <translation>no-show</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/items.py" line="29" />
        <source>tenu</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/items.py" line="30" />
        <source>prévu</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/items.py" line="79" />
        <source>Site : </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/items.py" line="80" />
        <source>Professionnels : </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/items.py" line="81" />
        <source>Bénéficiaires : </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/items.py" line="82" />
        <source>Statut : </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/items.py" line="84" />
        <source>Présences à saisir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/items.py" line="86" />
        <source>Justificatif manquant</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../sosdesk/ui/calendar/attendance.py" line="39" />
        <source>Présences — {0} {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/attendance.py" line="54" />
        <source>Présent(e)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/attendance.py" line="56" />
        <source>Justificatif joint</source>
        <translation>Proof attached</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/attendance.py" line="56" />
        <source>Aucun justificatif</source>
        <translation>No proof</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/attendance.py" line="57" />
        <source>Joindre un justificatif…</source>
        <translation>Attach a proof…</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/attendance.py" line="62" />
        <source>Émargement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/attendance.py" line="71" />
        <source>Justificatif scanné</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/attendance.py" line="72" />
        <source>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DayAttendanceDialog</name>
    <message>
        <location filename="../../sosdesk/ui/calendar/attendance.py" line="113" />
        <source>Marquer toute la journée comme tenue</source>
        <translation>Mark the whole day as held</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/attendance.py" line="118" />
        <source>Double-cliquez un rendez-vous pour saisir ses présences.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="74" />
        <source>sosdesk — {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="156" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="157" />
        <source>&amp;Ouvrir un fichier de données…</source>
        <translation>&amp;Open a data file…</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="160" />
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="162" />
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="163" />
        <location filename="../../sosdesk/ui/main_window.py" line="187" />
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="166" />
        <location filename="../../sosdesk/ui/main_window.py" line="191" />
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="177" />
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="182" />
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="183" />
        <location filename="../../sosdesk/ui/main_window.py" line="195" />
        <source>Raccourcis du planning</source>
        <translation>Planning shortcuts</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="184" />
        <location filename="../../sosdesk/ui/main_window.py" line="206" />
        <source>À propos de sosdesk</source>
        <translation>About sosdesk</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="187" />
        <source>Annuler « {0} »</source>
        <translation>Undo “{0}”</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="191" />
        <source>Rétablir « {0} »</source>
        <translation>Redo “{0}”</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="196" />
        <source>Glisser sur un créneau vide : créer un rendez-vous
Glisser un rendez-vous : le déplacer (sur la colonne d'un autre professionnel : le réattribuer)
Ctrl+glisser : copier — glisser le bord inférieur : changer la durée
Ctrl+clic ou Maj+glisser : sélection multiple
Flèches : changer de rendez-vous — Alt+flèches : déplacer d'un créneau / d'un jour
Entrée : modifier — Suppr : annuler — Ctrl+Z / Ctrl+Maj+Z : annuler / rétablir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="207" />
        <source>sosdesk {0}
Planification, facturation et suivi socio-judiciaire.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="210" />
        <source>Ouvrir un fichier de données</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="211" />
        <source>Données sosdesk (*.db *.sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="220" />
        <source>Fichier de données</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="233" />
        <source>Fichier : {0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="235" />
        <source>Utilisateur : {0} ({1})</source>
        <translation>User: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="236" />
        <source>Utilisateur : aucun</source>
        <translation>User: none</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="246" />
        <source>Synchronisation : à jour</source>
        <translation>Sync: up to date</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="247" />
        <source>Synchronisation : {0} modification(s) à envoyer</source>
        <translation>Sync: {0} change(s) to send</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="56" />
        <source>Modifier le rendez-vous</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="56" />
        <source>Nouveau rendez-vous</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="82" />
        <source>Filtrer les bénéficiaires…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="85" />
        <source>Rendez-vous fixe (le planificateur ne le déplace pas)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="97" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="98" />
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="99" />
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="100" />
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="101" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="102" />
        <source>Professionnels</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="103" />
        <source>Bénéficiaires</source>
        <translation>Beneficiaries</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="106" />
        <source>Battement</source>
        <translation>Buffer</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="107" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ObligationsPanel</name>
    <message>
        <location filename="../../sosdesk/ui/calendar/obligations.py" line="157" />
        <source>Rechercher…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/obligations.py" line="158" />
        <source>Sous l'obligation</source>
        <translation>Under obligation</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="58" />
        <source>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p&gt;Cette page est en préparation : elle arrive dans une prochaine version de sosdesk.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlannerDialog</name>
    <message>
        <location filename="../../sosdesk/ui/calendar/planner.py" line="68" />
        <source>Planifier la semaine {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/planner.py" line="71" />
        <source>Recherche d'un planning…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/planner.py" line="74" />
        <source>Arrêter (garder le meilleur)</source>
        <translation>Stop (keep the best)</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/planner.py" line="77" />
        <source>Tout accepter</source>
        <translation>Accept all</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/planner.py" line="78" />
        <source>Accepter la sélection</source>
        <translation>Accept selected</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/planner.py" line="79" />
        <source>Rejeter</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/planner.py" line="86" />
        <source>Rendez-vous proposés</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/planner.py" line="88" />
        <source>Obligations non couvertes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/planner.py" line="97" />
        <source>Échec du planificateur : </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/planner.py" line="116" />
        <source>Meilleure couverture : {0} / {1} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/planner.py" line="138" />
        <source>{0} rendez-vous proposés, couverture {1} / {2} min</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="93" />
        <source>Semaine précédente</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="99" />
        <source>Semaine suivante</source>
        <translation>Next week</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="100" />
        <source>Aujourd'hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="102" />
        <source>Aller à… (2026-W48, 24/11/2026)</source>
        <translation>Go to… (2026-W48, 24/11/2026)</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="108" />
        <source>Professionnels côte à côte</source>
        <translation>Professionals side by side</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="109" />
        <source>Un professionnel</source>
        <translation>One professional</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="109" />
        <source>Un bénéficiaire</source>
        <translation>One beneficiary</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="110" />
        <source>Un site</source>
        <translation>One site</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="125" />
        <source>Choisir les professionnels</source>
        <translation>Choose professionals</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="130" />
        <source>Dimanche</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="134" />
        <source>Planifier la semaine</source>
        <translation>Plan the week</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="138" />
        <source>Copier → semaine suivante</source>
        <translation>Copy → next week</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="139" />
        <source>Présences du jour</source>
        <translation>Today's attendance</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="149" />
        <source>Refusé : </source>
        <translation>Refused: </translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="162" />
        <source>&lt;b&gt;Obligations de la semaine&lt;/b&gt;</source>
        <translation>&lt;b&gt;This week's obligations&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="241" />
        <source>{0} · {1} – {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="248" />
        <source>&lt;b&gt;Présences à saisir ({0})&lt;/b&gt;</source>
        <translation>&lt;b&gt;Attendance to record ({0})&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>RepeatDialog</name>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="160" />
        <source>Répéter chaque semaine</source>
        <translation>Repeat weekly</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="165" />
        <source>Jusqu'au</source>
        <translation>Until</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../sosdesk/ui/app.py" line="100" />
        <source>Impossible d'ouvrir le fichier de données :
{0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>self.page</name>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="65" />
        <source>Copier {0} rendez-vous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="68" />
        <source>Redimensionner le rendez-vous</source>
        <translation>Resize meeting</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="70" />
        <source>Déplacer {0} rendez-vous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="72" />
        <source>Déplacer le rendez-vous</source>
        <translation>Move meeting</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="114" />
        <source>Créer un rendez-vous</source>
        <translation>Create meeting</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="122" />
        <source>Ce rendez-vous est annulé.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="128" />
        <source>Modifier le rendez-vous</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="157" />
        <source>Saisir les présences</source>
        <translation>Record attendance</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="172" />
        <source>Marquer comme tenu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="176" />
        <source>Journée du {0} tenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="185" />
        <source>Présences du {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="211" />
        <source>Répéter chaque semaine</source>
        <translation>Repeat weekly</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="225" />
        <source>Copier la semaine vers la suivante</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="252" />
        <source>Planification automatique</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="137" />
        <source>Annuler {0} rendez-vous ? L'heure d'annulation est enregistrée.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="139" />
        <source>Annuler {0} rendez-vous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="233" />
        <source>{0} rendez-vous créés.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="235" />
        <source>{0} non copiés (règle enfreinte) :</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="264" />
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="265" />
        <source>Présences et justificatif…</source>
        <translation>Attendance and proof…</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="266" />
        <source>Marquer comme tenu (tous présents)</source>
        <translation>Mark as held (all present)</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="267" />
        <source>Présences de la journée…</source>
        <translation>Attendance of the day…</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="268" />
        <source>Répéter chaque semaine jusqu'au…</source>
        <translation>Repeat weekly until…</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="269" />
        <source>Annuler le rendez-vous</source>
        <translation>Cancel meeting</translation>
    </message>
</context>
</TS>