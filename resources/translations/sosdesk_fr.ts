<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
  <context>
    <name>AttendanceDialog</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="29" />
      <source>Présent</source>
      <translation>Présent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="30" />
      <source>Absent excusé</source>
      <translation>Absent excusé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="31" />
      <source>Absent non excusé</source>
      <translation>Absent non excusé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="40" />
      <source>Présences — {0} {1}</source>
      <translation>Présences — {0} {1}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="55" />
      <source>Présent(e)</source>
      <translation>Présent(e)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="57" />
      <source>Justificatif joint</source>
      <translation>Justificatif joint</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="57" />
      <source>Aucun justificatif</source>
      <translation>Aucun justificatif</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="58" />
      <source>Joindre un justificatif…</source>
      <translation>Joindre un justificatif…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="63" />
      <source>Émargement</source>
      <translation>Émargement</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="72" />
      <source>Justificatif scanné</source>
      <translation>Justificatif scanné</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="73" />
      <source>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
  </context>
  <context>
    <name>DayAttendanceDialog</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="117" />
      <source>Marquer toute la journée comme tenue</source>
      <translation>Marquer toute la journée comme tenue</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="119" />
      <source>Feuille d'émargement…</source>
      <translation>Feuille d'émargement…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="121" />
      <source>Joindre la feuille d'émargement scannée…</source>
      <translation>Joindre la feuille d'émargement scannée…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="132" />
      <source>Double-cliquez un rendez-vous pour saisir ses présences.</source>
      <translation>Double-cliquez un rendez-vous pour saisir ses présences.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="141" />
      <source>Feuilles signées jointes : {0}</source>
      <translation>Feuilles signées jointes : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="142" />
      <source>Aucune feuille signée jointe pour ce jour.</source>
      <translation>Aucune feuille signée jointe pour ce jour.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="35" />
      <source>Planning</source>
      <translation>Planning</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="36" />
      <source>Personnes</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="37" />
      <source>Factures</source>
      <translation>Factures</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="38" />
      <source>Rapports</source>
      <translation>Rapports</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="39" />
      <source>Synchronisation</source>
      <translation>Synchronisation</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="40" />
      <source>Rappels</source>
      <translation>Rappels</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="43" />
      <source>Administrateur régional</source>
      <translation>Administrateur régional</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="44" />
      <source>Valideur régional</source>
      <translation>Valideur régional</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="45" />
      <source>Coordinateur national</source>
      <translation>Coordinateur national</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="78" />
      <source>sosdesk — {0}</source>
      <translation>sosdesk — {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="166" />
      <source>&amp;Fichier</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="167" />
      <source>&amp;Ouvrir un fichier de données…</source>
      <translation>&amp;Ouvrir un fichier de données…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="170" />
      <source>&amp;Quitter</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="172" />
      <source>&amp;Édition</source>
      <translation>&amp;Édition</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="173" />
      <location filename="../../sosdesk/ui/main_window.py" line="197" />
      <source>Annuler</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="176" />
      <location filename="../../sosdesk/ui/main_window.py" line="201" />
      <source>Rétablir</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="187" />
      <source>&amp;Affichage</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="192" />
      <source>&amp;Aide</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="193" />
      <location filename="../../sosdesk/ui/main_window.py" line="205" />
      <source>Raccourcis du planning</source>
      <translation>Raccourcis du planning</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="194" />
      <location filename="../../sosdesk/ui/main_window.py" line="216" />
      <source>À propos de sosdesk</source>
      <translation>À propos de sosdesk</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="197" />
      <source>Annuler « {0} »</source>
      <translation>Annuler « {0} »</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="201" />
      <source>Rétablir « {0} »</source>
      <translation>Rétablir « {0} »</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="206" />
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
      <location filename="../../sosdesk/ui/main_window.py" line="217" />
      <source>sosdesk {0}
Planification, facturation et suivi socio-judiciaire.</source>
      <translation>sosdesk {0}
Planification, facturation et suivi socio-judiciaire.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="220" />
      <source>Ouvrir un fichier de données</source>
      <translation>Ouvrir un fichier de données</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="221" />
      <source>Données sosdesk (*.db *.sqlite)</source>
      <translation>Données sosdesk (*.db *.sqlite)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="230" />
      <source>Fichier de données</source>
      <translation>Fichier de données</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="243" />
      <source>Fichier : {0}</source>
      <translation>Fichier : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="245" />
      <source>Utilisateur : {0} ({1})</source>
      <translation>Utilisateur : {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="246" />
      <source>Utilisateur : aucun</source>
      <translation>Utilisateur : aucun</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="256" />
      <source>Synchronisation : à jour</source>
      <translation>Synchronisation : à jour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="257" />
      <source>Synchronisation : {0} modification(s) à envoyer</source>
      <translation>Synchronisation : {0} modification(s) à envoyer</translation>
    </message>
  </context>
  <context>
    <name>MeetingActions</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="69" />
      <source>Copier {0} rendez-vous</source>
      <translation>Copier {0} rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="72" />
      <source>Redimensionner le rendez-vous</source>
      <translation>Redimensionner le rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="74" />
      <source>Déplacer {0} rendez-vous</source>
      <translation>Déplacer {0} rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="76" />
      <source>Déplacer le rendez-vous</source>
      <translation>Déplacer le rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="118" />
      <source>Créer un rendez-vous</source>
      <translation>Créer un rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="126" />
      <source>Ce rendez-vous est annulé.</source>
      <translation>Ce rendez-vous est annulé.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="132" />
      <source>Modifier le rendez-vous</source>
      <translation>Modifier le rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="140" />
      <source>Annuler {0} rendez-vous ? L'heure d'annulation est enregistrée.</source>
      <translation>Annuler {0} rendez-vous ? L'heure d'annulation est enregistrée.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="142" />
      <source>Annuler {0} rendez-vous</source>
      <translation>Annuler {0} rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="160" />
      <source>Saisir les présences</source>
      <translation>Saisir les présences</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="175" />
      <source>Marquer comme tenu</source>
      <translation>Marquer comme tenu</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="179" />
      <source>Journée du {0} tenue</source>
      <translation>Journée du {0} tenue</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="188" />
      <source>Présences du {0}</source>
      <translation>Présences du {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="236" />
      <source>Répéter chaque semaine</source>
      <translation>Répéter chaque semaine</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="250" />
      <source>Copier la semaine vers la suivante</source>
      <translation>Copier la semaine vers la suivante</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="257" />
      <source>{0} rendez-vous créés.</source>
      <translation>{0} rendez-vous créés.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="259" />
      <source>{0} non copiés (règle enfreinte) :</source>
      <translation>{0} non copiés (règle enfreinte) :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="276" />
      <source>Planification automatique</source>
      <translation>Planification automatique</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="288" />
      <source>Modifier…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="289" />
      <source>Présences et justificatif…</source>
      <translation>Présences et justificatif…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="290" />
      <source>Marquer comme tenu (tous présents)</source>
      <translation>Marquer comme tenu (tous présents)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="291" />
      <source>Présences de la journée…</source>
      <translation>Présences de la journée…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="292" />
      <source>Répéter chaque semaine jusqu'au…</source>
      <translation>Répéter chaque semaine jusqu'au…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="293" />
      <source>Annuler le rendez-vous</source>
      <translation>Annuler le rendez-vous</translation>
    </message>
  </context>
  <context>
    <name>MeetingDialog</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="30" />
      <source>lundi</source>
      <translation>lundi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="30" />
      <source>mardi</source>
      <translation>mardi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="31" />
      <source>mercredi</source>
      <translation>mercredi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="31" />
      <source>jeudi</source>
      <translation>jeudi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="32" />
      <source>vendredi</source>
      <translation>vendredi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="32" />
      <source>samedi</source>
      <translation>samedi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="33" />
      <source>dimanche</source>
      <translation>dimanche</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="64" />
      <source>Modifier le rendez-vous</source>
      <translation>Modifier le rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="64" />
      <source>Nouveau rendez-vous</source>
      <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="90" />
      <source>Filtrer les bénéficiaires…</source>
      <translation>Filtrer les bénéficiaires…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="93" />
      <source>Rendez-vous fixe (le planificateur ne le déplace pas)</source>
      <translation>Rendez-vous fixe (le planificateur ne le déplace pas)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="105" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="106" />
      <source>Jour</source>
      <translation>Jour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="107" />
      <source>Début</source>
      <translation>Début</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="108" />
      <source>Durée</source>
      <translation>Durée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="109" />
      <source>Site</source>
      <translation>Site</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="110" />
      <source>Professionnels</source>
      <translation>Professionnels</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="111" />
      <source>Bénéficiaires</source>
      <translation>Bénéficiaires</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="114" />
      <source>Battement</source>
      <translation>Battement</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="115" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>MeetingItem</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/items.py" line="22" />
      <source>annulé</source>
      <translation>annulé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/items.py" line="24" />
      <source>absent</source>
      <translation>absent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/items.py" line="26" />
      <source>tenu</source>
      <translation>tenu</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/items.py" line="27" />
      <source>prévu</source>
      <translation>prévu</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/items.py" line="88" />
      <source>Site : </source>
      <translation>Site : </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/items.py" line="89" />
      <source>Professionnels : </source>
      <translation>Professionnels : </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/items.py" line="90" />
      <source>Bénéficiaires : </source>
      <translation>Bénéficiaires : </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/items.py" line="91" />
      <source>Statut : </source>
      <translation>Statut : </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/items.py" line="93" />
      <source>Présences à saisir</source>
      <translation>Présences à saisir</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/items.py" line="95" />
      <source>Justificatif manquant</source>
      <translation>Justificatif manquant</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/items.py" line="100" />
      <source>Règles non respectées :</source>
      <translation>Règles non respectées :</translation>
    </message>
  </context>
  <context>
    <name>ObligationsModel</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="47" />
      <source>Bénéficiaire</source>
      <translation>Bénéficiaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="47" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="48" />
      <source>Prévu</source>
      <translation>Prévu</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="48" />
      <source>Requis</source>
      <translation>Requis</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="49" />
      <source>Couverture</source>
      <translation>Couverture</translation>
    </message>
  </context>
  <context>
    <name>ObligationsPanel</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="167" />
      <source>Rechercher…</source>
      <translation>Rechercher…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="168" />
      <source>Sous l'obligation</source>
      <translation>Sous l'obligation</translation>
    </message>
  </context>
  <context>
    <name>OutputActions</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="74" />
      <source>Imprimer / PDF…</source>
      <translation>Imprimer / PDF…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="75" />
      <source>Planning de la semaine affichée, en PDF</source>
      <translation>Planning de la semaine affichée, en PDF</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="78" />
      <source>Feuille d'émargement…</source>
      <translation>Feuille d'émargement…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="79" />
      <source>Feuilles à signer d'un site pour un jour, en PDF</source>
      <translation>Feuilles à signer d'un site pour un jour, en PDF</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="81" />
      <source>Exporter le calendrier (iCal)…</source>
      <translation>Exporter le calendrier (iCal)…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="82" />
      <source>Rendez-vous d'un professionnel pour son agenda (fichier .ics)</source>
      <translation>Rendez-vous d'un professionnel pour son agenda (fichier .ics)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="84" />
      <source>Joindre la feuille d'émargement scannée…</source>
      <translation>Joindre la feuille d'émargement scannée…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="85" />
      <source>La feuille signée d'un site pour un jour justifie ses rendez-vous</source>
      <translation>La feuille signée d'un site pour un jour justifie ses rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="141" />
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="205" />
      <source>Exporter le calendrier (iCal)</source>
      <translation>Exporter le calendrier (iCal)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="141" />
      <source>Professionnel(le) :</source>
      <translation>Professionnel(le) :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="147" />
      <source>{0} en cours…</source>
      <translation>{0} en cours…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="150" />
      <source>{0} : {1}</source>
      <translation>{0} : {1}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="154" />
      <source>{0} impossible : {1}</source>
      <translation>{0} impossible : {1}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="164" />
      <source>Aucun planning affiché à imprimer.</source>
      <translation>Aucun planning affiché à imprimer.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="170" />
      <source>Imprimer le planning de la semaine</source>
      <translation>Imprimer le planning de la semaine</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="171" />
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="189" />
      <source>Document PDF (*.pdf)</source>
      <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="176" />
      <source>Planning PDF</source>
      <translation>Planning PDF</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="183" />
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="187" />
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="194" />
      <source>Feuille d'émargement</source>
      <translation>Feuille d'émargement</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="206" />
      <source>Calendrier iCalendar (*.ics)</source>
      <translation>Calendrier iCalendar (*.ics)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="211" />
      <source>Calendrier iCal</source>
      <translation>Calendrier iCal</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="219" />
      <source>Joindre la feuille d'émargement scannée</source>
      <translation>Joindre la feuille d'émargement scannée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="223" />
      <source>Feuille d'émargement scannée</source>
      <translation>Feuille d'émargement scannée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="223" />
      <source>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="232" />
      <source>Lecture impossible : {0}</source>
      <translation>Lecture impossible : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="238" />
      <source>Feuille d'émargement du {0} jointe ({1}).</source>
      <translation>Feuille d'émargement du {0} jointe ({1}).</translation>
    </message>
  </context>
  <context>
    <name>Placeholder</name>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="62" />
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
      <location filename="../../sosdesk/ui/calendar/page.py" line="112" />
      <source>Semaine précédente</source>
      <translation>Semaine précédente</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="118" />
      <source>Semaine suivante</source>
      <translation>Semaine suivante</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="119" />
      <source>Aujourd'hui</source>
      <translation>Aujourd'hui</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="121" />
      <source>Aller à… (2026-W48, 24/11/2026)</source>
      <translation>Aller à… (2026-W48, 24/11/2026)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="127" />
      <source>Professionnels côte à côte</source>
      <translation>Professionnels côte à côte</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="128" />
      <source>Un professionnel</source>
      <translation>Un professionnel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="128" />
      <source>Un bénéficiaire</source>
      <translation>Un bénéficiaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="129" />
      <source>Un site</source>
      <translation>Un site</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="144" />
      <source>Choisir les professionnels</source>
      <translation>Choisir les professionnels</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="149" />
      <source>Dimanche</source>
      <translation>Dimanche</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="154" />
      <source>Planifier la semaine</source>
      <translation>Planifier la semaine</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="158" />
      <source>Copier → semaine suivante</source>
      <translation>Copier → semaine suivante</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="159" />
      <source>Présences du jour</source>
      <translation>Présences du jour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="162" />
      <source>Imprimer / exporter</source>
      <translation>Imprimer / exporter</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="184" />
      <source>Refusé : </source>
      <translation>Refusé : </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="197" />
      <source>&lt;b&gt;Obligations de la semaine&lt;/b&gt;</source>
      <translation>&lt;b&gt;Obligations de la semaine&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="279" />
      <source>{0} · {1} – {2}</source>
      <translation>{0} · {1} – {2}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="298" />
      <source>&lt;b&gt;Présences à saisir ({0})&lt;/b&gt;</source>
      <translation>&lt;b&gt;Présences à saisir ({0})&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="469" />
      <source>Règle {0}/{1} : {2}</source>
      <translation>Règle {0}/{1} : {2}</translation>
    </message>
  </context>
  <context>
    <name>RepeatDialog</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="168" />
      <source>Répéter chaque semaine</source>
      <translation>Répéter chaque semaine</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="173" />
      <source>Jusqu'au</source>
      <translation>Jusqu'au</translation>
    </message>
  </context>
  <context>
    <name>RulesButton</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/rule_button.py" line="35" />
      <source>Règles respectées</source>
      <translation>Règles respectées</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/rule_button.py" line="36" />
      <source>Aucune règle de planification n'est enfreinte cette semaine.</source>
      <translation>Aucune règle de planification n'est enfreinte cette semaine.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/rule_button.py" line="39" />
      <source>1 règle non respectée</source>
      <translation>1 règle non respectée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/rule_button.py" line="40" />
      <source>{0} règles non respectées</source>
      <translation>{0} règles non respectées</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/rule_button.py" line="41" />
      <source>Cliquer pour aller à la suivante ; la flèche les liste toutes.</source>
      <translation>Cliquer pour aller à la suivante ; la flèche les liste toutes.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/rule_button.py" line="50" />
      <source>… et {0} autres</source>
      <translation>… et {0} autres</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/rule_button.py" line="56" />
      <source>Vérification des règles…</source>
      <translation>Vérification des règles…</translation>
    </message>
  </context>
  <context>
    <name>SiteDayDialog</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="200" />
      <source>Site</source>
      <translation>Site</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="201" />
      <source>Jour</source>
      <translation>Jour</translation>
    </message>
  </context>
  <context>
    <name>WeekScene</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="34" />
      <source>fermé</source>
      <translation>fermé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="35" />
      <source>indisponible</source>
      <translation>indisponible</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="36" />
      <source>lun.</source>
      <translation>lun.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="36" />
      <source>mar.</source>
      <translation>mar.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="37" />
      <source>mer.</source>
      <translation>mer.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="37" />
      <source>jeu.</source>
      <translation>jeu.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="38" />
      <source>ven.</source>
      <translation>ven.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="38" />
      <source>sam.</source>
      <translation>sam.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="39" />
      <source>dim.</source>
      <translation>dim.</translation>
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
</TS>
