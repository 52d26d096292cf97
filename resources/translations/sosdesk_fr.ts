<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="fr">
<context>
    <name />
    <message>
        <location filename="../../sosdesk/ui/calendar/items.py" line="25" />
        <source>annulé</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/items.py" line="27" />
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/items.py" line="29" />
        <source>tenu</source>
        <translation>tenu</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/items.py" line="30" />
        <source>prévu</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/items.py" line="79" />
        <source>Site : </source>
        <translation>Site : </translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/items.py" line="80" />
        <source>Professionnels : </source>
        <translation>Professionnels : </translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/items.py" line="81" />
        <source>Bénéficiaires : </source>
        <translation>Bénéficiaires : </translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/items.py" line="82" />
        <source>Statut : </source>
        <translation>Statut : </translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/items.py" line="84" />
        <source>Présences à saisir</source>
        <translation>Présences à saisir</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/items.py" line="86" />
        <source>Justificatif manquant</source>
        <translation>Justificatif manquant</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../sosdesk/ui/calendar/attendance.py" line="39" />
        <source>Présences — {0} {1}</source>
        <translation>Présences — {0} {1}</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/attendance.py" line="54" />
        <source>Présent(e)</source>
        <translation>Présent(e)</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/attendance.py" line="56" />
        <source>Justificatif joint</source>
        <translation>Justificatif joint</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/attendance.py" line="56" />
        <source>Aucun justificatif</source>
        <translation>Aucun justificatif</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/attendance.py" line="57" />
        <source>Joindre un justificatif…</source>
        <translation>Joindre un justificatif…</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/attendance.py" line="62" />
        <source>Émargement</source>
        <translation>Émargement</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/attendance.py" line="71" />
        <source>Justificatif scanné</source>
        <translation>Justificatif scanné</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/attendance.py" line="72" />
        <source>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>DayAttendanceDialog</name>
    <message>
        <location filename="../../sosdesk/ui/calendar/attendance.py" line="113" />
        <source>Marquer toute la journée comme tenue</source>
        <translation>Marquer toute la journée comme tenue</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/attendance.py" line="118" />
        <source>Double-cliquez un rendez-vous pour saisir ses présences.</source>
        <translation>Double-cliquez un rendez-vous pour saisir ses présences.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="74" />
        <source>sosdesk — {0}</source>
        <translation>sosdesk — {0}</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="156" />
        <source>&amp;Fichier</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="157" />
        <source>&amp;Ouvrir un fichier de données…</source>
        <translation>&amp;Ouvrir un fichier de données…</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="160" />
        <source>&amp;Quitter</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="162" />
        <source>&amp;Édition</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="163" />
        <location filename="../../sosdesk/ui/main_window.py" line="187" />
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="166" />
        <location filename="../../sosdesk/ui/main_window.py" line="191" />
        <source>Rétablir</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="177" />
        <source>&amp;Affichage</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="182" />
        <source>&amp;Aide</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="183" />
        <location filename="../../sosdesk/ui/main_window.py" line="195" />
        <source>Raccourcis du planning</source>
        <translation>Raccourcis du planning</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="184" />
        <location filename="../../sosdesk/ui/main_window.py" line="206" />
        <source>À propos de sosdesk</source>
        <translation>À propos de sosdesk</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="187" />
        <source>Annuler « {0} »</source>
        <translation>Annuler « {0} »</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="191" />
        <source>Rétablir « {0} »</source>
        <translation>Rétablir « {0} »</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="196" />
        <source>Glisser sur un créneau vide : créer un rendez-vous
Glisser un rendez-vous : le déplacer (sur la colonne d'un autre professionnel : le réattribuer)
Ctrl+glisser : copier — glisser le bord inférieur : changer la durée
Ctrl+clic ou Maj+glisser : sélection multiple
Flèches : changer de rendez-vous — Alt+flèches : déplacer d'un créneau / d'un jour
Entrée : modifier — Suppr : annuler — Ctrl+Z / Ctrl+Maj+Z : annuler / rétablir</source>
        <translation>Glisser sur un créneau vide : créer un rendez-vous
Glisser un rendez-vous : le déplacer (sur la colonne d'un autre professionnel : le réattribuer)
Ctrl+glisser : copier — glisser le bord inférieur : changer la durée
Ctrl+clic ou Maj+glisser : sélection multiple
Flèches : changer de rendez-vous — Alt+flèches : déplacer d'un créneau / d'un jour
Entrée : modifier — Suppr : annuler — Ctrl+Z / Ctrl+Maj+Z : annuler / rétablir</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="207" />
        <source>sosdesk {0}
Planification, facturation et suivi socio-judiciaire.</source>
        <translation>sosdesk {0}
Planification, facturation et suivi socio-judiciaire.</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="210" />
        <source>Ouvrir un fichier de données</source>
        <translation>Ouvrir un fichier de données</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="211" />
        <source>Données sosdesk (*.db *.sqlite)</source>
        <translation>Données sosdesk (*.db *.sqlite)</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="220" />
        <source>Fichier de données</source>
        <translation>Fichier de données</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="233" />
        <source>Fichier : {0}</source>
        <translation>Fichier : {0}</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="235" />
        <source>Utilisateur : {0} ({1})</source>
        <translation>Utilisateur : {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="236" />
        <source>Utilisateur : aucun</source>
        <translation>Utilisateur : aucun</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="246" />
        <source>Synchronisation : à jour</source>
        <translation>Synchronisation : à jour</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="247" />
        <source>Synchronisation : {0} modification(s) à envoyer</source>
        <translation>Synchronisation : {0} modification(s) à envoyer</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="56" />
        <source>Modifier le rendez-vous</source>
        <translation>Modifier le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="56" />
        <source>Nouveau rendez-vous</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="82" />
        <source>Filtrer les bénéficiaires…</source>
        <translation>Filtrer les bénéficiaires…</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="85" />
        <source>Rendez-vous fixe (le planificateur ne le déplace pas)</source>
        <translation>Rendez-vous fixe (le planificateur ne le déplace pas)</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="97" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="98" />
        <source>Jour</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="99" />
        <source>Début</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="100" />
        <source>Durée</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="101" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="102" />
        <source>Professionnels</source>
        <translation>Professionnels</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="103" />
        <source>Bénéficiaires</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="106" />
        <source>Battement</source>
        <translation>Battement</translation>
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
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/obligations.py" line="158" />
        <source>Sous l'obligation</source>
        <translation>Sous l'obligation</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <location filename="../../sosdesk/ui/main_window.py" line="58" />
        <source>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p&gt;Cette page est en préparation : elle arrive dans une prochaine version de sosdesk.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p&gt;Cette page est en préparation : elle arrive dans une prochaine version de sosdesk.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PlannerDialog</name>
    <message>
        <location filename="../../sosdesk/ui/calendar/planner.py" line="68" />
        <source>Planifier la semaine {0}</source>
        <translation>Planifier la semaine {0}</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/planner.py" line="71" />
        <source>Recherche d'un planning…</source>
        <translation>Recherche d'un planning…</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/planner.py" line="74" />
        <source>Arrêter (garder le meilleur)</source>
        <translation>Arrêter (garder le meilleur)</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/planner.py" line="77" />
        <source>Tout accepter</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/planner.py" line="78" />
        <source>Accepter la sélection</source>
        <translation>Accepter la sélection</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/planner.py" line="79" />
        <source>Rejeter</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/planner.py" line="86" />
        <source>Rendez-vous proposés</source>
        <translation>Rendez-vous proposés</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/planner.py" line="88" />
        <source>Obligations non couvertes</source>
        <translation>Obligations non couvertes</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/planner.py" line="97" />
        <source>Échec du planificateur : </source>
        <translation>Échec du planificateur : </translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/planner.py" line="116" />
        <source>Meilleure couverture : {0} / {1} min</source>
        <translation>Meilleure couverture : {0} / {1} min</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/planner.py" line="138" />
        <source>{0} rendez-vous proposés, couverture {1} / {2} min</source>
        <translation>{0} rendez-vous proposés, couverture {1} / {2} min</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="93" />
        <source>Semaine précédente</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="99" />
        <source>Semaine suivante</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="100" />
        <source>Aujourd'hui</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="102" />
        <source>Aller à… (2026-W48, 24/11/2026)</source>
        <translation>Aller à… (2026-W48, 24/11/2026)</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="108" />
        <source>Professionnels côte à côte</source>
        <translation>Professionnels côte à côte</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="109" />
        <source>Un professionnel</source>
        <translation>Un professionnel</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="109" />
        <source>Un bénéficiaire</source>
        <translation>Un bénéficiaire</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="110" />
        <source>Un site</source>
        <translation>Un site</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="125" />
        <source>Choisir les professionnels</source>
        <translation>Choisir les professionnels</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="130" />
        <source>Dimanche</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="134" />
        <source>Planifier la semaine</source>
        <translation>Planifier la semaine</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="138" />
        <source>Copier → semaine suivante</source>
        <translation>Copier → semaine suivante</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="139" />
        <source>Présences du jour</source>
        <translation>Présences du jour</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="149" />
        <source>Refusé : </source>
        <translation>Refusé : </translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="162" />
        <source>&lt;b&gt;Obligations de la semaine&lt;/b&gt;</source>
        <translation>&lt;b&gt;Obligations de la semaine&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="241" />
        <source>{0} · {1} – {2}</source>
        <translation>{0} · {1} – {2}</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/page.py" line="248" />
        <source>&lt;b&gt;Présences à saisir ({0})&lt;/b&gt;</source>
        <translation>&lt;b&gt;Présences à saisir ({0})&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>RepeatDialog</name>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="160" />
        <source>Répéter chaque semaine</source>
        <translation>Répéter chaque semaine</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/dialogs.py" line="165" />
        <source>Jusqu'au</source>
        <translation>Jusqu'au</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../sosdesk/ui/app.py" line="100" />
        <source>Impossible d'ouvrir le fichier de données :
{0}</source>
        <translation>Impossible d'ouvrir le fichier de données :
{0}</translation>
    </message>
</context>
<context>
    <name>self.page</name>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="65" />
        <source>Copier {0} rendez-vous</source>
        <translation>Copier {0} rendez-vous</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="68" />
        <source>Redimensionner le rendez-vous</source>
        <translation>Redimensionner le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="70" />
        <source>Déplacer {0} rendez-vous</source>
        <translation>Déplacer {0} rendez-vous</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="72" />
        <source>Déplacer le rendez-vous</source>
        <translation>Déplacer le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="114" />
        <source>Créer un rendez-vous</source>
        <translation>Créer un rendez-vous</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="122" />
        <source>Ce rendez-vous est annulé.</source>
        <translation>Ce rendez-vous est annulé.</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="128" />
        <source>Modifier le rendez-vous</source>
        <translation>Modifier le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="157" />
        <source>Saisir les présences</source>
        <translation>Saisir les présences</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="172" />
        <source>Marquer comme tenu</source>
        <translation>Marquer comme tenu</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="176" />
        <source>Journée du {0} tenue</source>
        <translation>Journée du {0} tenue</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="185" />
        <source>Présences du {0}</source>
        <translation>Présences du {0}</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="211" />
        <source>Répéter chaque semaine</source>
        <translation>Répéter chaque semaine</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="225" />
        <source>Copier la semaine vers la suivante</source>
        <translation>Copier la semaine vers la suivante</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="252" />
        <source>Planification automatique</source>
        <translation>Planification automatique</translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="137" />
        <source>Annuler {0} rendez-vous ? L'heure d'annulation est enregistrée.</source>
        <translation>Annuler {0} rendez-vous ? L'heure d'annulation est enregistrée.</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="139" />
        <source>Annuler {0} rendez-vous</source>
        <translation>Annuler {0} rendez-vous</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="233" />
        <source>{0} rendez-vous créés.</source>
        <translation>{0} rendez-vous créés.</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="235" />
        <source>{0} non copiés (règle enfreinte) :</source>
        <translation>{0} non copiés (règle enfreinte) :</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="264" />
        <source>Modifier…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="265" />
        <source>Présences et justificatif…</source>
        <translation>Présences et justificatif…</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="266" />
        <source>Marquer comme tenu (tous présents)</source>
        <translation>Marquer comme tenu (tous présents)</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="267" />
        <source>Présences de la journée…</source>
        <translation>Présences de la journée…</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="268" />
        <source>Répéter chaque semaine jusqu'au…</source>
        <translation>Répéter chaque semaine jusqu'au…</translation>
    </message>
    <message>
        <location filename="../../sosdesk/ui/calendar/edits.py" line="269" />
        <source>Annuler le rendez-vous</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
</context>
</TS>