<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
  <context>
    <name />
    <message>
      <location filename="../../sosdesk/ui/calendar/series_menu.py" line="32" />
      <source>{0} laissés de côté (règle enfreinte) :</source>
      <translation>{0} laissés de côté (règle enfreinte) :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/series_menu.py" line="48" />
      <source>Modifier cette occurrence…</source>
      <translation>Modifier cette occurrence…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/series_menu.py" line="50" />
      <source>Modifier toute la série (à partir d'ici)…</source>
      <translation>Modifier toute la série (à partir d'ici)…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/series_menu.py" line="51" />
      <source>Annuler cette occurrence seulement</source>
      <translation>Annuler cette occurrence seulement</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/series_menu.py" line="52" />
      <source>Annuler la série à partir d'ici</source>
      <translation>Annuler la série à partir d'ici</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/series_menu.py" line="63" />
      <location filename="../../sosdesk/ui/calendar/series_menu.py" line="74" />
      <source>Modifier toute la série</source>
      <translation>Modifier toute la série</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/series_menu.py" line="76" />
      <source>{0} rendez-vous de la série modifiés.</source>
      <translation>{0} rendez-vous de la série modifiés.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/series_menu.py" line="95" />
      <source>Annuler {0} rendez-vous de la série (celui-ci et les suivants) ? Les rendez-vous passés restent.</source>
      <translation>Annuler {0} rendez-vous de la série (celui-ci et les suivants) ? Les rendez-vous passés restent.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/series_menu.py" line="98" />
      <source>Annuler la série</source>
      <translation>Annuler la série</translation>
    </message>
  </context>
  <context>
    <name>AbsencesTab</name>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="55" />
      <source>Enregistrez d'abord la fiche pour saisir ses congés et absences.</source>
      <translation>Enregistrez d'abord la fiche pour saisir ses congés et absences.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="67" />
      <source>Toute la journée</source>
      <translation>Toute la journée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="78" />
      <source>Du</source>
      <translation>Du</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="79" />
      <source>Au</source>
      <translation>Au</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="80" />
      <source>Heures</source>
      <translation>Heures</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="81" />
      <source>Motif</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="84" />
      <source>fermé</source>
      <translation>fermé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="86" />
      <source>Capacité pendant la période</source>
      <translation>Capacité pendant la période</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="89" />
      <source>Ajouter</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="90" />
      <source>Supprimer la sélection</source>
      <translation>Supprimer la sélection</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="132" />
      <source>Enregistrement impossible : {0}</source>
      <translation>Enregistrement impossible : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="145" />
      <source>Enregistré. Aucun rendez-vous prévu n'est touché.</source>
      <translation>Enregistré. Aucun rendez-vous prévu n'est touché.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="148" />
      <source>Enregistré. {0} rendez-vous prévu(s) deviennent impossibles : déplacez-les au créneau proposé ou annulez-les.</source>
      <translation>Enregistré. {0} rendez-vous prévu(s) deviennent impossibles : déplacez-les au créneau proposé ou annulez-les.</translation>
    </message>
  </context>
  <context>
    <name>AddUserDialog</name>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="36" />
      <source>Nouvel utilisateur</source>
      <translation>Nouvel utilisateur</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="42" />
      <source>(aucune)</source>
      <translation>(aucune)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="52" />
      <source>Nom :</source>
      <translation>Nom :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="53" />
      <source>Rôle :</source>
      <translation>Rôle :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="54" />
      <source>Région :</source>
      <translation>Région :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="55" />
      <source>E-mail :</source>
      <translation>E-mail :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="57" />
      <source>Mot de passe initial :</source>
      <translation>Mot de passe initial :</translation>
    </message>
  </context>
  <context>
    <name>AttendanceDialog</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="31" />
      <source>Présent</source>
      <translation>Présent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="32" />
      <source>Absent excusé</source>
      <translation>Absent excusé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="33" />
      <source>Absent non excusé</source>
      <translation>Absent non excusé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="44" />
      <source>Présences — {0} {1}</source>
      <translation>Présences — {0} {1}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="59" />
      <source>Présent(e)</source>
      <translation>Présent(e)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="61" />
      <source>Justificatif joint</source>
      <translation>Justificatif joint</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="61" />
      <source>Aucun justificatif</source>
      <translation>Aucun justificatif</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="62" />
      <source>Joindre un justificatif…</source>
      <translation>Joindre un justificatif…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="64" />
      <source>Voir…</source>
      <translation>Voir…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="65" />
      <source>Afficher le justificatif joint (ou la feuille du jour du lieu)</source>
      <translation>Afficher le justificatif joint (ou la feuille du jour du lieu)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="71" />
      <source>Émargement</source>
      <translation>Émargement</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="80" />
      <source>Justificatif scanné</source>
      <translation>Justificatif scanné</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="81" />
      <source>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
  </context>
  <context>
    <name>BeneficiaryDialog</name>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="50" />
      <source>ex. sursis probatoire, placement extérieur…</source>
      <translation>ex. sursis probatoire, placement extérieur…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="52" />
      <source>nom@exemple.fr</source>
      <translation>nom@exemple.fr</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="53" />
      <source>accepte les rappels par SMS</source>
      <translation>accepte les rappels par SMS</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="54" />
      <source>accepte les rappels par e-mail</source>
      <translation>accepte les rappels par e-mail</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="56" />
      <source>— aucun —</source>
      <translation>— aucun —</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="62" />
      <source>Région</source>
      <translation>Région</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="62" />
      <source>Nom</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="63" />
      <source>Prénom</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="64" />
      <source>Date de naissance</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="65" />
      <source>Mesure</source>
      <translation>Mesure</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="66" />
      <source>Début de mesure</source>
      <translation>Début de mesure</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="67" />
      <source>Fin de mesure</source>
      <translation>Fin de mesure</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="68" />
      <source>Téléphone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="68" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="70" />
      <source>Référent</source>
      <translation>Référent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="71" />
      <source>Rendez-vous max. par jour</source>
      <translation>Rendez-vous max. par jour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="73" />
      <source>Fiche</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="75" />
      <source>Obligations</source>
      <translation>Obligations</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="78" />
      <location filename="../../sosdesk/ui/people/dialogs.py" line="83" />
      <source>Disponibilités</source>
      <translation>Disponibilités</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="79" />
      <source>Vide : disponible aux heures d'ouverture (ex. horaires de semi-liberté sinon).</source>
      <translation>Vide : disponible aux heures d'ouverture (ex. horaires de semi-liberté sinon).</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="80" />
      <source>Indisponibilités</source>
      <translation>Indisponibilités</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="80" />
      <source>Travail, formation, soins…</source>
      <translation>Travail, formation, soins…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="86" />
      <source>Sites autorisés (aucun = tous)</source>
      <translation>Sites autorisés (aucun = tous)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="88" />
      <source>Contacts interdits</source>
      <translation>Contacts interdits</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="91" />
      <source>Sites et contacts</source>
      <translation>Sites et contacts</translation>
    </message>
  </context>
  <context>
    <name>BillingSettingsDialog</name>
    <message>
      <location filename="../../sosdesk/ui/invoices/billing_settings_dialog.py" line="46" />
      <source>Paramètres de facturation</source>
      <translation>Paramètres de facturation</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/billing_settings_dialog.py" line="73" />
      <source>Enregistrer</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/billing_settings_dialog.py" line="74" />
      <source>Annuler</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/billing_settings_dialog.py" line="96" />
      <source>À compléter pour la facture électronique : </source>
      <translation>À compléter pour la facture électronique : </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/billing_settings_dialog.py" line="97" />
      <source>Paramètres complets pour la facture électronique.</source>
      <translation>Paramètres complets pour la facture électronique.</translation>
    </message>
  </context>
  <context>
    <name>BoardTable</name>
    <message>
      <location filename="../../sosdesk/ui/home/board.py" line="46" />
      <source>Factures par mois et par région</source>
      <translation>Factures par mois et par région</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/board.py" line="50" />
      <source>Facture nationale</source>
      <translation>Facture nationale</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/board.py" line="54" />
      <source>Total des régions</source>
      <translation>Total des régions</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/board.py" line="66" />
      <source>aucune facture</source>
      <translation>aucune facture</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/board.py" line="72" />
      <source>{0} justificatif(s) manquant(s)</source>
      <translation>{0} justificatif(s) manquant(s)</translation>
    </message>
  </context>
  <context>
    <name>CalendarNavigator</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="25" />
      <source>Jour</source>
      <translation>Jour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="26" />
      <source>Semaine de travail</source>
      <translation>Semaine de travail</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="27" />
      <source>Semaine</source>
      <translation>Semaine</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="28" />
      <source>Mois</source>
      <translation>Mois</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="29" />
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="30" />
      <source>Chronologie</source>
      <translation>Chronologie</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="33" />
      <source>Une journée, les personnes côte à côte</source>
      <translation>Une journée, les personnes côte à côte</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="34" />
      <source>Du lundi au vendredi</source>
      <translation>Du lundi au vendredi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="35" />
      <source>Toute la semaine (samedi, et dimanche si coché)</source>
      <translation>Toute la semaine (samedi, et dimanche si coché)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="36" />
      <source>Le mois : cliquer un jour l'ouvre</source>
      <translation>Le mois : cliquer un jour l'ouvre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="37" />
      <source>Liste des rendez-vous de la semaine</source>
      <translation>Liste des rendez-vous de la semaine</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="38" />
      <source>Tous les professionnels, une ligne chacun</source>
      <translation>Tous les professionnels, une ligne chacun</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="74" />
      <source>Période précédente (Ctrl+Page préc.)</source>
      <translation>Période précédente (Ctrl+Page préc.)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="75" />
      <source>Aujourd'hui</source>
      <translation>Aujourd'hui</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="75" />
      <source>Revenir à aujourd'hui (Ctrl+T)</source>
      <translation>Revenir à aujourd'hui (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="76" />
      <source>Période suivante (Ctrl+Page suiv.)</source>
      <translation>Période suivante (Ctrl+Page suiv.)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="82" />
      <source>Choisir une date (Ctrl+G)</source>
      <translation>Choisir une date (Ctrl+G)</translation>
    </message>
  </context>
  <context>
    <name>ChecklistWidget</name>
    <message>
      <location filename="../../sosdesk/ui/people/pickers.py" line="36" />
      <source>Filtrer…</source>
      <translation>Filtrer…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/pickers.py" line="66" />
      <source>{0} (archivé ou hors région)</source>
      <translation>{0} (archivé ou hors région)</translation>
    </message>
  </context>
  <context>
    <name>CustomLineDialog</name>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="29" />
      <source>Ajouter une ligne libre</source>
      <translation>Ajouter une ligne libre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="31" />
      <source>ex. Séance supplémentaire du 12/10</source>
      <translation>ex. Séance supplémentaire du 12/10</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="34" />
      <source>en euros, ex. 25,00</source>
      <translation>en euros, ex. 25,00</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="38" />
      <source>obligatoire sur une facture régionale</source>
      <translation>obligatoire sur une facture régionale</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="38" />
      <source>facultative</source>
      <translation>facultative</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="43" />
      <source>Libellé</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="44" />
      <source>Quantité</source>
      <translation>Quantité</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="45" />
      <source>Prix unitaire HT (€)</source>
      <translation>Prix unitaire HT (€)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="46" />
      <source>Justification *</source>
      <translation>Justification *</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="46" />
      <source>Justification</source>
      <translation>Justification</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="48" />
      <source>Ajouter</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="49" />
      <source>Annuler</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="66" />
      <source>le libellé est obligatoire</source>
      <translation>le libellé est obligatoire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="68" />
      <source>la justification est obligatoire sur une facture régionale</source>
      <translation>la justification est obligatoire sur une facture régionale</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="73" />
      <source>quantité : </source>
      <translation>quantité : </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="77" />
      <source>prix unitaire : </source>
      <translation>prix unitaire : </translation>
    </message>
  </context>
  <context>
    <name>DayAttendanceDialog</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="125" />
      <source>Marquer toute la journée comme tenue</source>
      <translation>Marquer toute la journée comme tenue</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="127" />
      <source>Feuille d'émargement…</source>
      <translation>Feuille d'émargement…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="129" />
      <source>Joindre la feuille d'émargement scannée…</source>
      <translation>Joindre la feuille d'émargement scannée…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="140" />
      <source>Double-cliquez un rendez-vous pour saisir ses présences.</source>
      <translation>Double-cliquez un rendez-vous pour saisir ses présences.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="149" />
      <source>Feuilles signées jointes : {0}</source>
      <translation>Feuilles signées jointes : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="150" />
      <source>Aucune feuille signée jointe pour ce jour.</source>
      <translation>Aucune feuille signée jointe pour ce jour.</translation>
    </message>
  </context>
  <context>
    <name>ExpenseDialog</name>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="36" />
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="102" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="37" />
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="103" />
      <source>Catégorie</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="38" />
      <source>Montant</source>
      <translation>Montant</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="39" />
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="105" />
      <source>Libellé</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="40" />
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="106" />
      <source>Rendez-vous lié</source>
      <translation>Rendez-vous lié</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="41" />
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="101" />
      <source>Région</source>
      <translation>Région</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="42" />
      <source>Justificatif</source>
      <translation>Justificatif</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="43" />
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="75" />
      <source>Dépense</source>
      <translation>Dépense</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="75" />
      <source>Nouvelle dépense</source>
      <translation>Nouvelle dépense</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="92" />
      <source>ex. 120,50</source>
      <translation>ex. 120,50</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="96" />
      <source>ex. Location salle Maison des associations</source>
      <translation>ex. Location salle Maison des associations</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="104" />
      <source>Montant TTC (€)</source>
      <translation>Montant TTC (€)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="116" />
      <source>Enregistrer</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="117" />
      <source>Annuler</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="149" />
      <source>— aucun —</source>
      <translation>— aucun —</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="163" />
      <source>Enregistrement impossible :</source>
      <translation>Enregistrement impossible :</translation>
    </message>
  </context>
  <context>
    <name>ExpensesModel</name>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="28" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="28" />
      <source>Catégorie</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="29" />
      <source>Libellé</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="29" />
      <source>Montant</source>
      <translation>Montant</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="30" />
      <source>Justificatif</source>
      <translation>Justificatif</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="31" />
      <source>Rendez-vous lié</source>
      <translation>Rendez-vous lié</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="33" />
      <source>Location de salle</source>
      <translation>Location de salle</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="34" />
      <source>Matériel</source>
      <translation>Matériel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="35" />
      <source>Transport</source>
      <translation>Transport</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="36" />
      <source>Autres frais</source>
      <translation>Autres frais</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="51" />
      <source>oui</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="52" />
      <source>non</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="128" />
      <source>Facturée par la facture validée {0} : elle ne peut plus être modifiée</source>
      <translation>Facturée par la facture validée {0} : elle ne peut plus être modifiée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="132" />
      <source>Sans justificatif : la facture la signalera comme justificatif manquant</source>
      <translation>Sans justificatif : la facture la signalera comme justificatif manquant</translation>
    </message>
  </context>
  <context>
    <name>ExpensesPage</name>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="40" />
      <source>janvier</source>
      <translation>janvier</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="40" />
      <source>février</source>
      <translation>février</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="41" />
      <source>mars</source>
      <translation>mars</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="41" />
      <source>avril</source>
      <translation>avril</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="42" />
      <source>mai</source>
      <translation>mai</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="42" />
      <source>juin</source>
      <translation>juin</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="43" />
      <source>juillet</source>
      <translation>juillet</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="43" />
      <source>août</source>
      <translation>août</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="44" />
      <source>septembre</source>
      <translation>septembre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="44" />
      <source>octobre</source>
      <translation>octobre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="45" />
      <source>novembre</source>
      <translation>novembre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="45" />
      <source>décembre</source>
      <translation>décembre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="46" />
      <source>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="77" />
      <source>Rechercher (libellé, catégorie, montant, rendez-vous…)</source>
      <translation>Rechercher (libellé, catégorie, montant, rendez-vous…)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="78" />
      <source>Aucune dépense ce mois-ci.</source>
      <translation>Aucune dépense ce mois-ci.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="83" />
      <source>Mois précédent</source>
      <translation>Mois précédent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="89" />
      <source>Mois suivant</source>
      <translation>Mois suivant</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="95" />
      <source>Sans justificatif seulement</source>
      <translation>Sans justificatif seulement</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="101" />
      <source>Nouvelle dépense…</source>
      <translation>Nouvelle dépense…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="102" />
      <source>Modifier…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="103" />
      <source>Joindre le justificatif…</source>
      <translation>Joindre le justificatif…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="104" />
      <location filename="../../sosdesk/ui/expenses/page.py" line="241" />
      <source>Archiver</source>
      <translation>Archiver</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="105" />
      <source>Voir le justificatif</source>
      <translation>Voir le justificatif</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="106" />
      <source>Afficher le reçu (zoom, pages, remplacer, ouvrir avec…)</source>
      <translation>Afficher le reçu (zoom, pages, remplacer, ouvrir avec…)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="149" />
      <source>Total du mois : {0}</source>
      <translation>Total du mois : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="151" />
      <source>{0} sans justificatif</source>
      <translation>{0} sans justificatif</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="187" />
      <source>Nouvelle dépense « {0} »</source>
      <translation>Nouvelle dépense « {0} »</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="187" />
      <source>Modifier la dépense « {0} »</source>
      <translation>Modifier la dépense « {0} »</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="212" />
      <source>Justificatif de la dépense</source>
      <translation>Justificatif de la dépense</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="225" />
      <source>Lecture impossible : {0}</source>
      <translation>Lecture impossible : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="235" />
      <source>Justificatif joint : {0}</source>
      <translation>Justificatif joint : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="236" />
      <source>Joindre un justificatif à « {0} »</source>
      <translation>Joindre un justificatif à « {0} »</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="242" />
      <source>Archiver la dépense « {0} » ({1}) ? Elle ne sera plus facturée ; son historique est conservé.</source>
      <translation>Archiver la dépense « {0} » ({1}) ? Elle ne sera plus facturée ; son historique est conservé.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="260" />
      <source>Dépense archivée</source>
      <translation>Dépense archivée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="261" />
      <source>Archiver la dépense « {0} »</source>
      <translation>Archiver la dépense « {0} »</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="39" />
      <source>Présences à saisir</source>
      <translation>Présences à saisir</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="40" />
      <source>Justificatifs manquants ce mois-ci</source>
      <translation>Justificatifs manquants ce mois-ci</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="41" />
      <source>Obligations sous l'objectif cette semaine</source>
      <translation>Obligations sous l'objectif cette semaine</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="42" />
      <source>Rappels en échec</source>
      <translation>Rappels en échec</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="43" />
      <source>Conflits de synchronisation</source>
      <translation>Conflits de synchronisation</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="44" />
      <source>Factures à approuver</source>
      <translation>Factures à approuver</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="45" />
      <source>Régions en retard (mois dernier)</source>
      <translation>Régions en retard (mois dernier)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="46" />
      <source>File de validation</source>
      <translation>File de validation</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="49" />
      <source>Toutes les présences sont saisies.</source>
      <translation>Toutes les présences sont saisies.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="50" />
      <source>Tout le travail du mois est justifié.</source>
      <translation>Tout le travail du mois est justifié.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="51" />
      <source>Chaque obligation de la semaine est planifiée.</source>
      <translation>Chaque obligation de la semaine est planifiée.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="52" />
      <source>Aucun rappel en échec.</source>
      <translation>Aucun rappel en échec.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="53" />
      <source>Aucun conflit à trancher.</source>
      <translation>Aucun conflit à trancher.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="54" />
      <source>Aucune facture n'attend votre approbation.</source>
      <translation>Aucune facture n'attend votre approbation.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="55" />
      <source>Toutes les régions ont une facture approuvée.</source>
      <translation>Toutes les régions ont une facture approuvée.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="56" />
      <source>Rien à consolider ni à valider.</source>
      <translation>Rien à consolider ni à valider.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="59" />
      <source>Ouvrir le planning</source>
      <translation>Ouvrir le planning</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="60" />
      <source>Ouvrir les factures</source>
      <translation>Ouvrir les factures</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="61" />
      <source>Ouvrir les rappels</source>
      <translation>Ouvrir les rappels</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="62" />
      <source>Ouvrir la synchronisation</source>
      <translation>Ouvrir la synchronisation</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="63" />
      <source>Ouvrir les dépenses</source>
      <translation>Ouvrir les dépenses</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="167" />
      <source>Rien à faire aujourd'hui</source>
      <translation>Rien à faire aujourd'hui</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="208" />
      <source>Bonjour {0}</source>
      <translation>Bonjour {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="208" />
      <source>Accueil</source>
      <translation>Accueil</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="211" />
      <source>Ctrl+K : chercher partout</source>
      <translation>Ctrl+K : chercher partout</translation>
    </message>
  </context>
  <context>
    <name>ImpactsPanel</name>
    <message>
      <location filename="../../sosdesk/ui/dates_impacts.py" line="61" />
      <source>Déplacer au créneau proposé</source>
      <translation>Déplacer au créneau proposé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/dates_impacts.py" line="62" />
      <source>Annuler ce rendez-vous</source>
      <translation>Annuler ce rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/dates_impacts.py" line="63" />
      <source>Annuler tous ces rendez-vous</source>
      <translation>Annuler tous ces rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/dates_impacts.py" line="108" />
      <source>Recherche du créneau le plus proche…</source>
      <translation>Recherche du créneau le plus proche…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/dates_impacts.py" line="122" />
      <source>Pas de créneau proposé : {0}</source>
      <translation>Pas de créneau proposé : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/dates_impacts.py" line="124" />
      <source>Créneau proposé : {0}</source>
      <translation>Créneau proposé : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/dates_impacts.py" line="142" />
      <source>Rien n'a été modifié.</source>
      <translation>Rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/dates_impacts.py" line="163" />
      <source>Déplacé au {0}.</source>
      <translation>Déplacé au {0}.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/dates_impacts.py" line="182" />
      <source>{0} rendez-vous annulé(s).</source>
      <translation>{0} rendez-vous annulé(s).</translation>
    </message>
  </context>
  <context>
    <name>InvoicesPage</name>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="11" />
      <source>Soumettre</source>
      <translation>Soumettre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="12" />
      <source>Approuver</source>
      <translation>Approuver</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="13" />
      <source>Rejeter…</source>
      <translation>Rejeter…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="14" />
      <source>Valider</source>
      <translation>Valider</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="15" />
      <source>Marquer payée</source>
      <translation>Marquer payée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="43" />
      <source>Ajouter une ligne libre…</source>
      <translation>Ajouter une ligne libre…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="45" />
      <source>Retirer la ligne libre</source>
      <translation>Retirer la ligne libre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="47" />
      <source>Émettre un avoir</source>
      <translation>Émettre un avoir</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="49" />
      <source>Envoyer à Chorus Pro</source>
      <translation>Envoyer à Chorus Pro</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="51" />
      <source>Actualiser l'état Chorus Pro</source>
      <translation>Actualiser l'état Chorus Pro</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="59" />
      <source>justificatifs</source>
      <translation>justificatifs</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="60" />
      <source>Exporter </source>
      <translation>Exporter </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="62" />
      <source>Un PDF : page de garde, index par jour, rendez-vous et frais, puis chaque justificatif numérisé avec son empreinte SHA-256</source>
      <translation>Un PDF : page de garde, index par jour, rendez-vous et frais, puis chaque justificatif numérisé avec son empreinte SHA-256</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="102" />
      <source>Choisissez d'abord une ligne libre de la facture</source>
      <translation>Choisissez d'abord une ligne libre de la facture</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/board_panel.py" line="14" />
      <source>⚠ n : justificatifs manquants ou présences non saisies — la soumission est bloquée tant qu'il en manque. Case vide : pas encore de facture.</source>
      <translation>⚠ n : justificatifs manquants ou présences non saisies — la soumission est bloquée tant qu'il en manque. Case vide : pas encore de facture.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/board_panel.py" line="47" />
      <source>Préparer / régénérer le brouillon régional</source>
      <translation>Préparer / régénérer le brouillon régional</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/board_panel.py" line="49" />
      <source>Préparer le brouillon national</source>
      <translation>Préparer le brouillon national</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/board_panel.py" line="52" />
      <source>Paramètres de facturation…</source>
      <translation>Paramètres de facturation…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/board_panel.py" line="95" />
      <source>la France entière</source>
      <translation>la France entière</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/detail_tabs.py" line="46" />
      <source>Voir le justificatif</source>
      <translation>Voir le justificatif</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/detail_tabs.py" line="47" />
      <source>Afficher le justificatif de l'élément choisi dans l'onglet « Justificatifs »</source>
      <translation>Afficher le justificatif de l'élément choisi dans l'onglet « Justificatifs »</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/detail_tabs.py" line="55" />
      <source>Justificatifs</source>
      <translation>Justificatifs</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/detail_tabs.py" line="56" />
      <source>Éléments de la ligne</source>
      <translation>Éléments de la ligne</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/detail_tabs.py" line="57" />
      <source>Justificatifs manquants</source>
      <translation>Justificatifs manquants</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/detail_tabs.py" line="58" />
      <source>Historique</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/detail_tabs.py" line="59" />
      <source>Grilles tarifaires</source>
      <translation>Grilles tarifaires</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/lines_panel.py" line="26" />
      <location filename="../../sosdesk/ui/invoices/page.py" line="197" />
      <source>Choisissez une case du tableau.</source>
      <translation>Choisissez une case du tableau.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/lines_panel.py" line="76" />
      <source>Pourquoi ce montant</source>
      <translation>Pourquoi ce montant</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/models.py" line="109" />
      <source>Aucune facture : choisissez la case pour la préparer</source>
      <translation>Aucune facture : choisissez la case pour la préparer</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="124" />
      <source>Enregistrer la grille tarifaire</source>
      <translation>Enregistrer la grille tarifaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="161" />
      <source>Utilisateur : </source>
      <translation>Utilisateur : </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="198" />
      <source>Choisissez un mois et une région dans le tableau ci-dessus : la facture s'affiche ici, ligne par ligne, avec ses justificatifs.</source>
      <translation>Choisissez un mois et une région dans le tableau ci-dessus : la facture s'affiche ici, ligne par ligne, avec ses justificatifs.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="263" />
      <source>Frais </source>
      <translation>Frais </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="263" />
      <source> : joindre le justificatif</source>
      <translation> : joindre le justificatif</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page_edits.py" line="57" />
      <source>Factures</source>
      <translation>Factures</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page_edits.py" line="106" />
      <source>Commentaire</source>
      <translation>Commentaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page_edits.py" line="107" />
      <source>Commentaire :</source>
      <translation>Commentaire :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page_edits.py" line="132" />
      <source>Modifier les paramètres de facturation</source>
      <translation>Modifier les paramètres de facturation</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page_edits.py" line="164" />
      <source>Ajouter la ligne « {0} »</source>
      <translation>Ajouter la ligne « {0} »</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page_edits.py" line="193" />
      <source>Retirer la ligne « {0} »</source>
      <translation>Retirer la ligne « {0} »</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/transfers.py" line="35" />
      <source>Exporter la facture</source>
      <translation>Exporter la facture</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/transfers.py" line="45" />
      <source>export impossible : </source>
      <translation>export impossible : </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/transfers.py" line="49" />
      <source>Exporté : </source>
      <translation>Exporté : </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/transfers.py" line="62" />
      <source>Chorus Pro : envoi en cours…</source>
      <translation>Chorus Pro : envoi en cours…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/transfers.py" line="63" />
      <source>Chorus Pro : interrogation en cours…</source>
      <translation>Chorus Pro : interrogation en cours…</translation>
    </message>
  </context>
  <context>
    <name>Legend</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/legend.py" line="58" />
      <source>règle non respectée</source>
      <translation>règle non respectée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/legend.py" line="59" />
      <source>présences ou justificatif à saisir</source>
      <translation>présences ou justificatif à saisir</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/legend.py" line="60" />
      <source>bord épais : fixe</source>
      <translation>bord épais : fixe</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="37" />
      <source>Accueil</source>
      <translation>Accueil</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="38" />
      <source>Planning</source>
      <translation>Planning</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="39" />
      <source>Dépenses</source>
      <translation>Dépenses</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="40" />
      <source>Personnes</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="41" />
      <source>Factures</source>
      <translation>Factures</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="42" />
      <source>Rapports</source>
      <translation>Rapports</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="43" />
      <source>Synchronisation</source>
      <translation>Synchronisation</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="44" />
      <source>Rappels</source>
      <translation>Rappels</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="47" />
      <source>Administrateur régional</source>
      <translation>Administrateur régional</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="48" />
      <source>Valideur régional</source>
      <translation>Valideur régional</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="49" />
      <source>Coordinateur national</source>
      <translation>Coordinateur national</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="82" />
      <source>sosdesk — {0}</source>
      <translation>sosdesk — {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="191" />
      <source>&amp;Fichier</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="192" />
      <source>&amp;Ouvrir un fichier de données…</source>
      <translation>&amp;Ouvrir un fichier de données…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="194" />
      <source>Changer d'utilisateur…</source>
      <translation>Changer d'utilisateur…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="195" />
      <source>Utilisateurs…</source>
      <translation>Utilisateurs…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="197" />
      <source>&amp;Quitter</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="199" />
      <source>&amp;Édition</source>
      <translation>&amp;Édition</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="200" />
      <location filename="../../sosdesk/ui/main_window.py" line="227" />
      <source>Annuler</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="203" />
      <location filename="../../sosdesk/ui/main_window.py" line="231" />
      <source>Rétablir</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="209" />
      <source>Rechercher partout…</source>
      <translation>Rechercher partout…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="217" />
      <source>&amp;Affichage</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="222" />
      <source>&amp;Aide</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="223" />
      <source>Raccourcis du planning</source>
      <translation>Raccourcis du planning</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="224" />
      <location filename="../../sosdesk/ui/main_window.py" line="244" />
      <source>À propos de sosdesk</source>
      <translation>À propos de sosdesk</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="227" />
      <source>Annuler « {0} »</source>
      <translation>Annuler « {0} »</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="231" />
      <source>Rétablir « {0} »</source>
      <translation>Rétablir « {0} »</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="245" />
      <source>sosdesk {0}
Planification, facturation et suivi socio-judiciaire.</source>
      <translation>sosdesk {0}
Planification, facturation et suivi socio-judiciaire.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="248" />
      <source>Ouvrir un fichier de données</source>
      <translation>Ouvrir un fichier de données</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="249" />
      <source>Données sosdesk (*.db *.sqlite)</source>
      <translation>Données sosdesk (*.db *.sqlite)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="258" />
      <source>Fichier de données</source>
      <translation>Fichier de données</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="276" />
      <source>Fichier : {0}</source>
      <translation>Fichier : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="289" />
      <source>Utilisateur : {0} ({1})</source>
      <translation>Utilisateur : {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="290" />
      <source>Utilisateur : aucun</source>
      <translation>Utilisateur : aucun</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="331" />
      <source>Synchronisation : à jour</source>
      <translation>Synchronisation : à jour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="332" />
      <source>Synchronisation : {0} modification(s) à envoyer</source>
      <translation>Synchronisation : {0} modification(s) à envoyer</translation>
    </message>
  </context>
  <context>
    <name>MeetingActions</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="94" />
      <source>Rien n'a été modifié.</source>
      <translation>Rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="114" />
      <source>Copier {0} rendez-vous</source>
      <translation>Copier {0} rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="117" />
      <source>Redimensionner le rendez-vous</source>
      <translation>Redimensionner le rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="119" />
      <source>Déplacer {0} rendez-vous</source>
      <translation>Déplacer {0} rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="121" />
      <source>Déplacer le rendez-vous</source>
      <translation>Déplacer le rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="162" />
      <source>Créer un rendez-vous</source>
      <translation>Créer un rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="170" />
      <source>Ce rendez-vous est annulé.</source>
      <translation>Ce rendez-vous est annulé.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="176" />
      <source>Modifier le rendez-vous</source>
      <translation>Modifier le rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="183" />
      <source>Annuler {0} rendez-vous</source>
      <translation>Annuler {0} rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="186" />
      <source>Annuler {0} rendez-vous ? L'heure d'annulation est enregistrée.</source>
      <translation>Annuler {0} rendez-vous ? L'heure d'annulation est enregistrée.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="209" />
      <source>Saisir les présences</source>
      <translation>Saisir les présences</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="243" />
      <source>Marquer comme tenu</source>
      <translation>Marquer comme tenu</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="247" />
      <source>Journée du {0} tenue</source>
      <translation>Journée du {0} tenue</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="257" />
      <source>Présences du {0}</source>
      <translation>Présences du {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="298" />
      <source>Répéter chaque semaine</source>
      <translation>Répéter chaque semaine</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="312" />
      <source>Copier la semaine vers la suivante</source>
      <translation>Copier la semaine vers la suivante</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="322" />
      <source>{0} rendez-vous créés.</source>
      <translation>{0} rendez-vous créés.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="331" />
      <source>Planification automatique</source>
      <translation>Planification automatique</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="343" />
      <location filename="../../sosdesk/ui/calendar/series_menu.py" line="47" />
      <source>Modifier…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="344" />
      <source>Présences et justificatif…</source>
      <translation>Présences et justificatif…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="345" />
      <source>Marquer comme tenu (tous présents)</source>
      <translation>Marquer comme tenu (tous présents)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="346" />
      <source>Présences de la journée…</source>
      <translation>Présences de la journée…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="347" />
      <source>Répéter chaque semaine jusqu'au…</source>
      <translation>Répéter chaque semaine jusqu'au…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="348" />
      <source>Annuler le rendez-vous</source>
      <translation>Annuler le rendez-vous</translation>
    </message>
  </context>
  <context>
    <name>MeetingCard</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/agenda.py" line="33" />
      <source>Jour</source>
      <translation>Jour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/agenda.py" line="33" />
      <source>Heure</source>
      <translation>Heure</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/agenda.py" line="34" />
      <source>Durée</source>
      <translation>Durée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/agenda.py" line="34" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/agenda.py" line="35" />
      <location filename="../../sosdesk/ui/calendar/card.py" line="160" />
      <source>Bénéficiaires</source>
      <translation>Bénéficiaires</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/agenda.py" line="35" />
      <location filename="../../sosdesk/ui/calendar/card.py" line="144" />
      <source>Professionnels</source>
      <translation>Professionnels</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/agenda.py" line="36" />
      <location filename="../../sosdesk/ui/calendar/card.py" line="143" />
      <source>Site</source>
      <translation>Site</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/agenda.py" line="36" />
      <source>Statut</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="43" />
      <source>prévu</source>
      <translation>prévu</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="43" />
      <source>réalisé</source>
      <translation>réalisé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="43" />
      <source>absence</source>
      <translation>absence</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="44" />
      <source>annulé</source>
      <translation>annulé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="48" />
      <source>présent(e)</source>
      <translation>présent(e)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="48" />
      <source>absent(e) excusé(e)</source>
      <translation>absent(e) excusé(e)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="49" />
      <source>absent(e) non excusé(e)</source>
      <translation>absent(e) non excusé(e)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="131" />
      <source>lundi</source>
      <translation>lundi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="131" />
      <source>mardi</source>
      <translation>mardi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="132" />
      <source>mercredi</source>
      <translation>mercredi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="132" />
      <source>jeudi</source>
      <translation>jeudi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="133" />
      <source>vendredi</source>
      <translation>vendredi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="133" />
      <source>samedi</source>
      <translation>samedi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="134" />
      <source>dimanche</source>
      <translation>dimanche</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="145" />
      <source>fixe</source>
      <translation>fixe</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="164" />
      <source>Places</source>
      <translation>Places</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="167" />
      <source>feuille signée jointe</source>
      <translation>feuille signée jointe</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="168" />
      <source>justificatif manquant</source>
      <translation>justificatif manquant</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="169" />
      <source>Justificatif</source>
      <translation>Justificatif</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="172" />
      <source>Présences à saisir</source>
      <translation>Présences à saisir</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="177" />
      <source>Règles non respectées :</source>
      <translation>Règles non respectées :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="122" />
      <source>{0} rdv</source>
      <translation>{0} rdv</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="133" />
      <source>+ {0} autres</source>
      <translation>+ {0} autres</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="152" />
      <source>janv.</source>
      <translation>janv.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="152" />
      <source>févr.</source>
      <translation>févr.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="152" />
      <source>mars</source>
      <translation>mars</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="152" />
      <source>avr.</source>
      <translation>avr.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="152" />
      <source>mai</source>
      <translation>mai</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="152" />
      <source>juin</source>
      <translation>juin</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="152" />
      <source>juil.</source>
      <translation>juil.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="153" />
      <source>août</source>
      <translation>août</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="153" />
      <source>sept.</source>
      <translation>sept.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="153" />
      <source>oct.</source>
      <translation>oct.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="153" />
      <source>nov.</source>
      <translation>nov.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="153" />
      <source>déc.</source>
      <translation>déc.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="169" />
      <source>Aucun rendez-vous</source>
      <translation>Aucun rendez-vous</translation>
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
    <name>MessagesModel</name>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="20" />
      <source>en attente</source>
      <translation>en attente</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="21" />
      <source>envoi en cours</source>
      <translation>envoi en cours</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="22" />
      <source>envoyé</source>
      <translation>envoyé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="23" />
      <source>échec</source>
      <translation>échec</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="24" />
      <source>nouvel essai prévu</source>
      <translation>nouvel essai prévu</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="25" />
      <source>non envoyé</source>
      <translation>non envoyé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="26" />
      <source>remplacé</source>
      <translation>remplacé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="27" />
      <source>suspendu (congé, absence ou fermeture)</source>
      <translation>suspendu (congé, absence ou fermeture)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="28" />
      <source>incertain (à vérifier)</source>
      <translation>incertain (à vérifier)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="30" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="31" />
      <source>e-mail</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="32" />
      <source>rappel</source>
      <translation>rappel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="33" />
      <source>modification</source>
      <translation>modification</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="34" />
      <source>annulation</source>
      <translation>annulation</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="55" />
      <source>Échéance</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="55" />
      <source>Bénéficiaire</source>
      <translation>Bénéficiaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="56" />
      <source>Canal</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="56" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="57" />
      <source>Rendez-vous</source>
      <translation>Rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="57" />
      <source>État</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="58" />
      <source>Essais</source>
      <translation>Essais</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="58" />
      <source>Détail</source>
      <translation>Détail</translation>
    </message>
  </context>
  <context>
    <name>ObligationsModel</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="60" />
      <source>Bénéficiaire</source>
      <translation>Bénéficiaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="60" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="61" />
      <source>Prévu</source>
      <translation>Prévu</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="61" />
      <source>Requis</source>
      <translation>Requis</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="62" />
      <source>Couverture</source>
      <translation>Couverture</translation>
    </message>
  </context>
  <context>
    <name>ObligationsPanel</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="235" />
      <source>Rechercher…</source>
      <translation>Rechercher…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="236" />
      <source>Sous l'obligation</source>
      <translation>Sous l'obligation</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="237" />
      <source>Seulement les personnes affichées</source>
      <translation>Seulement les personnes affichées</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="238" />
      <source>Ne lister que les bénéficiaires que le planning montre (ceux des professionnels, du site ou de la personne affichés)</source>
      <translation>Ne lister que les bénéficiaires que le planning montre (ceux des professionnels, du site ou de la personne affichés)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="318" />
      <source>{0} obligations sur {1} sous 50 % ; capacité de la semaine {2} h pour {3} h requises</source>
      <translation>{0} obligations sur {1} sous 50 % ; capacité de la semaine {2} h pour {3} h requises</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="323" />
      <source>Capacité : heures de disponibilité des professionnels de la région cette semaine, congés et absences déduits. Une obligation couverte à moins de la moitié compte « sous 50 % ».</source>
      <translation>Capacité : heures de disponibilité des professionnels de la région cette semaine, congés et absences déduits. Une obligation couverte à moins de la moitié compte « sous 50 % ».</translation>
    </message>
  </context>
  <context>
    <name>OpRunner</name>
    <message>
      <location filename="../../sosdesk/ui/operations.py" line="58" />
      <source>erreur inattendue ({0}) ; le détail est dans le journal</source>
      <translation>erreur inattendue ({0}) ; le détail est dans le journal</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/operations.py" line="64" />
      <source>Le fichier de données est endommagé (une page illisible : disque défaillant, copie interrompue ?) : rien n'a été écrit. Fermez sosdesk et restaurez une sauvegarde : sosdesk restore --from FICHIER (docs/data-protection.md).</source>
      <translation>Le fichier de données est endommagé (une page illisible : disque défaillant, copie interrompue ?) : rien n'a été écrit. Fermez sosdesk et restaurez une sauvegarde : sosdesk restore --from FICHIER (docs/data-protection.md).</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/operations.py" line="196" />
      <location filename="../../sosdesk/ui/operations.py" line="295" />
      <source>sosdesk</source>
      <translation>sosdesk</translation>
    </message>
  </context>
  <context>
    <name>OutputActions</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="71" />
      <source>Imprimer / PDF…</source>
      <translation>Imprimer / PDF…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="72" />
      <source>Planning de la semaine affichée, en PDF</source>
      <translation>Planning de la semaine affichée, en PDF</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="75" />
      <source>Feuille d'émargement…</source>
      <translation>Feuille d'émargement…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="76" />
      <source>Feuilles à signer d'un site pour un jour, en PDF</source>
      <translation>Feuilles à signer d'un site pour un jour, en PDF</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="78" />
      <source>Exporter le calendrier (iCal)…</source>
      <translation>Exporter le calendrier (iCal)…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="79" />
      <source>Rendez-vous d'un professionnel pour son agenda (fichier .ics)</source>
      <translation>Rendez-vous d'un professionnel pour son agenda (fichier .ics)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="81" />
      <source>Joindre la feuille d'émargement scannée…</source>
      <translation>Joindre la feuille d'émargement scannée…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="82" />
      <source>La feuille signée d'un site pour un jour justifie ses rendez-vous</source>
      <translation>La feuille signée d'un site pour un jour justifie ses rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="138" />
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="202" />
      <source>Exporter le calendrier (iCal)</source>
      <translation>Exporter le calendrier (iCal)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="138" />
      <source>Professionnel(le) :</source>
      <translation>Professionnel(le) :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="144" />
      <source>{0} en cours…</source>
      <translation>{0} en cours…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="147" />
      <source>{0} : {1}</source>
      <translation>{0} : {1}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="151" />
      <source>{0} impossible : {1}</source>
      <translation>{0} impossible : {1}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="161" />
      <source>Aucun planning affiché à imprimer.</source>
      <translation>Aucun planning affiché à imprimer.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="167" />
      <source>Imprimer le planning de la semaine</source>
      <translation>Imprimer le planning de la semaine</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="168" />
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="186" />
      <source>Document PDF (*.pdf)</source>
      <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="173" />
      <source>Planning PDF</source>
      <translation>Planning PDF</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="180" />
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="184" />
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="191" />
      <source>Feuille d'émargement</source>
      <translation>Feuille d'émargement</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="203" />
      <source>Calendrier iCalendar (*.ics)</source>
      <translation>Calendrier iCalendar (*.ics)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="208" />
      <source>Calendrier iCal</source>
      <translation>Calendrier iCal</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="216" />
      <source>Joindre la feuille d'émargement scannée</source>
      <translation>Joindre la feuille d'émargement scannée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="220" />
      <source>Feuille d'émargement scannée</source>
      <translation>Feuille d'émargement scannée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="220" />
      <source>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="227" />
      <source>Lecture impossible : {0}</source>
      <translation>Lecture impossible : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="237" />
      <source>Feuille d'émargement du {0} jointe ({1}).</source>
      <translation>Feuille d'émargement du {0} jointe ({1}).</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="69" />
      <source>Mot de passe de {0}</source>
      <translation>Mot de passe de {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="74" />
      <source>Au moins 8 caractères. Le mot de passe reste dans ce fichier (il n'est pas synchronisé).</source>
      <translation>Au moins 8 caractères. Le mot de passe reste dans ce fichier (il n'est pas synchronisé).</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="77" />
      <source>Mot de passe actuel :</source>
      <translation>Mot de passe actuel :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="78" />
      <source>Nouveau mot de passe :</source>
      <translation>Nouveau mot de passe :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="79" />
      <source>Confirmation :</source>
      <translation>Confirmation :</translation>
    </message>
  </context>
  <context>
    <name>PeopleLabels</name>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="13" />
      <source>Nom</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="13" />
      <source>Prénom</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="14" />
      <source>Région</source>
      <translation>Région</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="14" />
      <source>Téléphone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="15" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="15" />
      <source>Référent</source>
      <translation>Référent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="16" />
      <source>Obligations</source>
      <translation>Obligations</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="16" />
      <source>Sites</source>
      <translation>Sites</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="17" />
      <source>Compétences</source>
      <translation>Compétences</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="18" />
      <source>Site de rattachement</source>
      <translation>Site de rattachement</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="19" />
      <source>Plafond (h/sem.)</source>
      <translation>Plafond (h/sem.)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="19" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="20" />
      <source>Adresse</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="20" />
      <source>Capacité</source>
      <translation>Capacité</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="21" />
      <source>Coefficient</source>
      <translation>Coefficient</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="21" />
      <source>Ouverture</source>
      <translation>Ouverture</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="23" />
      <source>Quand</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="23" />
      <source>Qui</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="24" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="24" />
      <source>Champ</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="25" />
      <source>Avant</source>
      <translation>Avant</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="25" />
      <source>Après</source>
      <translation>Après</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="27" />
      <source>Bureau</source>
      <translation>Bureau</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="27" />
      <source>Salle louée</source>
      <translation>Salle louée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="28" />
      <source>Détention</source>
      <translation>Détention</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="28" />
      <source>Extérieur</source>
      <translation>Extérieur</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="30" />
      <source>création</source>
      <translation>création</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="30" />
      <source>modification</source>
      <translation>modification</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="31" />
      <source>archivage</source>
      <translation>archivage</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="33" />
      <source>identifiant</source>
      <translation>identifiant</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="33" />
      <source>région</source>
      <translation>région</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="34" />
      <source>prénom</source>
      <translation>prénom</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="34" />
      <source>nom</source>
      <translation>nom</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="35" />
      <source>date de naissance</source>
      <translation>date de naissance</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="35" />
      <source>mesure</source>
      <translation>mesure</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="36" />
      <source>début de mesure</source>
      <translation>début de mesure</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="36" />
      <source>fin de mesure</source>
      <translation>fin de mesure</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="37" />
      <source>téléphone</source>
      <translation>téléphone</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="37" />
      <source>e-mail</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="38" />
      <source>accord SMS</source>
      <translation>accord SMS</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="38" />
      <source>accord e-mail</source>
      <translation>accord e-mail</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="39" />
      <source>obligations</source>
      <translation>obligations</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="39" />
      <source>disponibilités</source>
      <translation>disponibilités</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="40" />
      <source>indisponibilités</source>
      <translation>indisponibilités</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="40" />
      <source>sites</source>
      <translation>sites</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="41" />
      <source>contacts interdits</source>
      <translation>contacts interdits</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="41" />
      <source>référent</source>
      <translation>référent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="42" />
      <source>rendez-vous max. par jour</source>
      <translation>rendez-vous max. par jour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="43" />
      <source>compétences</source>
      <translation>compétences</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="43" />
      <source>site de rattachement</source>
      <translation>site de rattachement</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="44" />
      <source>plafond hebdomadaire (minutes)</source>
      <translation>plafond hebdomadaire (minutes)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="45" />
      <source>type</source>
      <translation>type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="45" />
      <source>adresse</source>
      <translation>adresse</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="46" />
      <source>capacité</source>
      <translation>capacité</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="46" />
      <source>coefficient tarifaire</source>
      <translation>coefficient tarifaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="47" />
      <source>horaires d'ouverture</source>
      <translation>horaires d'ouverture</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="47" />
      <source>archivé</source>
      <translation>archivé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="49" />
      <source>créneau</source>
      <translation>créneau</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="49" />
      <source>ligne</source>
      <translation>ligne</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="50" />
      <source>début</source>
      <translation>début</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="50" />
      <source>fin</source>
      <translation>fin</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="51" />
      <source>jour</source>
      <translation>jour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="51" />
      <source>minutes</source>
      <translation>minutes</translation>
    </message>
  </context>
  <context>
    <name>PeoplePage</name>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="34" />
      <source>Bénéficiaires</source>
      <translation>Bénéficiaires</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="35" />
      <source>Professionnels</source>
      <translation>Professionnels</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="36" />
      <source>Sites</source>
      <translation>Sites</translation>
    </message>
  </context>
  <context>
    <name>PeopleTab</name>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="37" />
      <source>ce bénéficiaire</source>
      <translation>ce bénéficiaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="38" />
      <source>ce professionnel</source>
      <translation>ce professionnel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="39" />
      <source>ce site</source>
      <translation>ce site</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="63" />
      <source>Rechercher (nom, téléphone, site, compétence…)</source>
      <translation>Rechercher (nom, téléphone, site, compétence…)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="69" />
      <source>Nouveau…</source>
      <translation>Nouveau…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="70" />
      <source>Modifier…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="70" />
      <source>Détails…</source>
      <translation>Détails…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="71" />
      <source>Archiver…</source>
      <translation>Archiver…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="72" />
      <source>Voir le planning</source>
      <translation>Voir le planning</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="158" />
      <source>Congés et absences : {0}</source>
      <translation>Congés et absences : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="160" />
      <source>Rendez-vous déplacés ou annulés : {0}</source>
      <translation>Rendez-vous déplacés ou annulés : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="162" />
      <source>Créer {0}</source>
      <translation>Créer {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="163" />
      <source>Modifier {0}</source>
      <translation>Modifier {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="174" />
      <source>Archiver</source>
      <translation>Archiver</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="175" />
      <source>Archiver {0} ({1}) ? Il n'apparaîtra plus dans les listes ; son historique est conservé.</source>
      <translation>Archiver {0} ({1}) ? Il n'apparaîtra plus dans les listes ; son historique est conservé.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="193" />
      <source>Archivé : {0}</source>
      <translation>Archivé : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="194" />
      <source>Archiver {0}</source>
      <translation>Archiver {0}</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="60" />
      <source>{0} (archivé ou hors région)</source>
      <translation>{0} (archivé ou hors région)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="100" />
      <source>Enregistrer</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="101" />
      <source>Annuler</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="109" />
      <source>Congés et absences</source>
      <translation>Congés et absences</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="112" />
      <source>Historique ({0})</source>
      <translation>Historique ({0})</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="136" />
      <source>Enregistrement impossible :</source>
      <translation>Enregistrement impossible :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="41" />
      <source>Nouveau bénéficiaire</source>
      <translation>Nouveau bénéficiaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="42" />
      <source>Bénéficiaire</source>
      <translation>Bénéficiaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="130" />
      <source>Nouveau professionnel</source>
      <translation>Nouveau professionnel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="131" />
      <source>Professionnel</source>
      <translation>Professionnel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="199" />
      <source>Nouveau site</source>
      <translation>Nouveau site</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="200" />
      <source>Site</source>
      <translation>Site</translation>
    </message>
  </context>
  <context>
    <name>PhonePanel</name>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="88" />
      <source>Calendrier sur le téléphone</source>
      <translation>Calendrier sur le téléphone</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="89" />
      <source>Adresse d'abonnement (iPhone, Android, Thunderbird…) : à donner au professionnel seul, elle donne accès à son planning (initiales des bénéficiaires uniquement).</source>
      <translation>Adresse d'abonnement (iPhone, Android, Thunderbird…) : à donner au professionnel seul, elle donne accès à son planning (initiales des bénéficiaires uniquement).</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="92" />
      <source>Afficher l'adresse</source>
      <translation>Afficher l'adresse</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="93" />
      <source>Nouvelle adresse</source>
      <translation>Nouvelle adresse</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="94" />
      <source>Couper l'accès</source>
      <translation>Couper l'accès</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="95" />
      <source>Copier</source>
      <translation>Copier</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="97" />
      <source>Page mobile (présences, feuille d'émargement)</source>
      <translation>Page mobile (présences, feuille d'émargement)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="98" />
      <source>Lien de connexion à usage unique, valable 72 heures. Un nouveau lien annule les précédents non utilisés.</source>
      <translation>Lien de connexion à usage unique, valable 72 heures. Un nouveau lien annule les précédents non utilisés.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="100" />
      <source>Créer un lien de connexion</source>
      <translation>Créer un lien de connexion</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="101" />
      <source>Déconnecter ses téléphones</source>
      <translation>Déconnecter ses téléphones</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="122" />
      <source>Accès coupé : l'ancienne adresse ne répond plus.</source>
      <translation>Accès coupé : l'ancienne adresse ne répond plus.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="124" />
      <source>Nouvelle adresse (l'ancienne ne répond plus) :</source>
      <translation>Nouvelle adresse (l'ancienne ne répond plus) :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="125" />
      <source>Adresse :</source>
      <translation>Adresse :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="139" />
      <source>Liens et téléphones connectés révoqués.</source>
      <translation>Liens et téléphones connectés révoqués.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="141" />
      <source>Code : {0} — à scanner avec le téléphone :</source>
      <translation>Code : {0} — à scanner avec le téléphone :</translation>
    </message>
  </context>
  <context>
    <name>Placeholder</name>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="66" />
      <source>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p&gt;Cette page est en préparation : elle arrive dans une prochaine version de sosdesk.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p&gt;Cette page est en préparation : elle arrive dans une prochaine version de sosdesk.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>PlannerDialog</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="77" />
      <source>Planifier la semaine {0}</source>
      <translation>Planifier la semaine {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="80" />
      <source>Recherche d'un planning…</source>
      <translation>Recherche d'un planning…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="83" />
      <source>Arrêter (garder le meilleur)</source>
      <translation>Arrêter (garder le meilleur)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="86" />
      <source>Tout accepter</source>
      <translation>Tout accepter</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="87" />
      <source>Accepter la sélection</source>
      <translation>Accepter la sélection</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="88" />
      <source>Rejeter</source>
      <translation>Rejeter</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="95" />
      <source>Rendez-vous proposés</source>
      <translation>Rendez-vous proposés</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="97" />
      <source>Obligations non couvertes</source>
      <translation>Obligations non couvertes</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="120" />
      <source>La semaine {0} est passée : le planificateur ne propose rien dans le passé. Choisissez une semaine à venir, ou reprenez ses créneaux avec « Copier → semaine suivante ».</source>
      <translation>La semaine {0} est passée : le planificateur ne propose rien dans le passé. Choisissez une semaine à venir, ou reprenez ses créneaux avec « Copier → semaine suivante ».</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="128" />
      <source>Échec du planificateur : </source>
      <translation>Échec du planificateur : </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="143" />
      <source>Arrêt demandé : vérification du meilleur planning trouvé…</source>
      <translation>Arrêt demandé : vérification du meilleur planning trouvé…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="153" />
      <source>Calcul de la borne de couverture…</source>
      <translation>Calcul de la borne de couverture…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="154" />
      <source>Premier planning…</source>
      <translation>Premier planning…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="155" />
      <source>Amélioration du planning…</source>
      <translation>Amélioration du planning…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="156" />
      <source>Vérification des règles…</source>
      <translation>Vérification des règles…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="157" />
      <source>Analyse des obligations non couvertes…</source>
      <translation>Analyse des obligations non couvertes…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="164" />
      <source>Meilleure couverture : {0} / {1} min</source>
      <translation>Meilleure couverture : {0} / {1} min</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="187" />
      <source>{0} rendez-vous proposés, couverture {1} / {2} min</source>
      <translation>{0} rendez-vous proposés, couverture {1} / {2} min</translation>
    </message>
  </context>
  <context>
    <name>PlanningPage</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/jump_field.py" line="34" />
      <source>Aller à… (24/11/2026)</source>
      <translation>Aller à… (24/11/2026)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/jump_field.py" line="36" />
      <source>Une date (24/11/2026) ou une semaine (2026-W48), puis Entrée</source>
      <translation>Une date (24/11/2026) ou une semaine (2026-W48), puis Entrée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="162" />
      <source>Refusé : </source>
      <translation>Refusé : </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_rules.py" line="39" />
      <source>Règle {0}/{1} : {2}</source>
      <translation>Règle {0}/{1} : {2}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="41" />
      <source>janvier</source>
      <translation>janvier</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="41" />
      <source>février</source>
      <translation>février</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="42" />
      <source>mars</source>
      <translation>mars</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="42" />
      <source>avril</source>
      <translation>avril</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="43" />
      <source>mai</source>
      <translation>mai</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="43" />
      <source>juin</source>
      <translation>juin</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="44" />
      <source>juillet</source>
      <translation>juillet</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="44" />
      <source>août</source>
      <translation>août</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="45" />
      <source>septembre</source>
      <translation>septembre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="45" />
      <source>octobre</source>
      <translation>octobre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="46" />
      <source>novembre</source>
      <translation>novembre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="46" />
      <source>décembre</source>
      <translation>décembre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="47" />
      <source>lundi</source>
      <translation>lundi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="47" />
      <source>mardi</source>
      <translation>mardi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="48" />
      <source>mercredi</source>
      <translation>mercredi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="48" />
      <source>jeudi</source>
      <translation>jeudi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="49" />
      <source>vendredi</source>
      <translation>vendredi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="49" />
      <source>samedi</source>
      <translation>samedi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="50" />
      <source>dimanche</source>
      <translation>dimanche</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="109" />
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="138" />
      <source>Affichage</source>
      <translation>Affichage</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="124" />
      <source>Période précédente</source>
      <translation>Période précédente</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="125" />
      <source>Période suivante</source>
      <translation>Période suivante</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="126" />
      <source>Aujourd'hui</source>
      <translation>Aujourd'hui</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="127" />
      <source>Aller à une date…</source>
      <translation>Aller à une date…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="129" />
      <source>Heures ouvrées seulement</source>
      <translation>Heures ouvrées seulement</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="131" />
      <source>Panneau des obligations</source>
      <translation>Panneau des obligations</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="135" />
      <source>Raccourcis clavier…</source>
      <translation>Raccourcis clavier…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="149" />
      <source>Glisser sur un créneau vide — créer un rendez-vous</source>
      <translation>Glisser sur un créneau vide — créer un rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="150" />
      <source>Glisser un rendez-vous — le déplacer ; Ctrl+glisser — le copier ; bord inférieur — la durée</source>
      <translation>Glisser un rendez-vous — le déplacer ; Ctrl+glisser — le copier ; bord inférieur — la durée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="151" />
      <source>Ctrl+clic ou Maj+glisser — sélection multiple</source>
      <translation>Ctrl+clic ou Maj+glisser — sélection multiple</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="152" />
      <source>Flèches — changer de rendez-vous ; Alt+flèches — déplacer d'un créneau ou d'un jour</source>
      <translation>Flèches — changer de rendez-vous ; Alt+flèches — déplacer d'un créneau ou d'un jour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="153" />
      <source>Entrée — ouvrir ; Suppr — annuler ; Ctrl+Z / Ctrl+Maj+Z — annuler / rétablir</source>
      <translation>Entrée — ouvrir ; Suppr — annuler ; Ctrl+Z / Ctrl+Maj+Z — annuler / rétablir</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="159" />
      <source>Raccourcis clavier du planning</source>
      <translation>Raccourcis clavier du planning</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="210" />
      <source>{0} {1} {2} {3}</source>
      <translation>{0} {1} {2} {3}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="219" />
      <source>{0} – {1} {2} {3} · sem. {4}</source>
      <translation>{0} – {1} {2} {3} · sem. {4}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/side_panel.py" line="34" />
      <source>&lt;b&gt;Obligations de la semaine&lt;/b&gt;</source>
      <translation>&lt;b&gt;Obligations de la semaine&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/side_panel.py" line="50" />
      <source>&lt;b&gt;Présences à saisir ({0})&lt;/b&gt;</source>
      <translation>&lt;b&gt;Présences à saisir ({0})&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="271" />
      <source>Calendrier des sites…</source>
      <translation>Calendrier des sites…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="274" />
      <source>Fermetures, capacité réduite et rendez-vous d'un site par jour ; fermer des jours</source>
      <translation>Fermetures, capacité réduite et rendez-vous d'un site par jour ; fermer des jours</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="35" />
      <source>Professionnels côte à côte</source>
      <translation>Professionnels côte à côte</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="36" />
      <source>Un professionnel</source>
      <translation>Un professionnel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="36" />
      <source>Un bénéficiaire</source>
      <translation>Un bénéficiaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="37" />
      <source>Un site</source>
      <translation>Un site</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="50" />
      <source>Choisir les professionnels</source>
      <translation>Choisir les professionnels</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="54" />
      <source>Dimanche</source>
      <translation>Dimanche</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="56" />
      <source>Heures ouvrées</source>
      <translation>Heures ouvrées</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="57" />
      <source>Seulement les heures des rendez-vous et des disponibilités (décocher : toute la journée) — Ctrl+Alt+H</source>
      <translation>Seulement les heures des rendez-vous et des disponibilités (décocher : toute la journée) — Ctrl+Alt+H</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="67" />
      <source>Planifier la semaine</source>
      <translation>Planifier la semaine</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="69" />
      <source>Copier → semaine suivante</source>
      <translation>Copier → semaine suivante</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="70" />
      <source>Présences du jour</source>
      <translation>Présences du jour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="73" />
      <source>Imprimer / exporter</source>
      <translation>Imprimer / exporter</translation>
    </message>
  </context>
  <context>
    <name>ProfessionalDialog</name>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="139" />
      <source>nom@exemple.fr</source>
      <translation>nom@exemple.fr</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="141" />
      <source>— aucun —</source>
      <translation>— aucun —</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="148" />
      <source>sans plafond</source>
      <translation>sans plafond</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="149" />
      <source>Région</source>
      <translation>Région</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="149" />
      <source>Nom</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="150" />
      <source>Prénom</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="150" />
      <location filename="../../sosdesk/ui/people/dialogs.py" line="173" />
      <source>Téléphone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="151" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="152" />
      <source>Site de rattachement</source>
      <translation>Site de rattachement</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="153" />
      <source>Plafond hebdomadaire</source>
      <translation>Plafond hebdomadaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="156" />
      <source>Compétences</source>
      <translation>Compétences</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="159" />
      <source>Fiche</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="162" />
      <source>Disponibilités</source>
      <translation>Disponibilités</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="163" />
      <source>Vide : disponible aux heures d'ouverture des sites.</source>
      <translation>Vide : disponible aux heures d'ouverture des sites.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="164" />
      <source>Sites (aucun = tous)</source>
      <translation>Sites (aucun = tous)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="167" />
      <source>Disponibilités et sites</source>
      <translation>Disponibilités et sites</translation>
    </message>
  </context>
  <context>
    <name>ProofDialog</name>
    <message>
      <location filename="../../sosdesk/ui/proofs/dialog.py" line="17" />
      <source>Justificatif</source>
      <translation>Justificatif</translation>
    </message>
  </context>
  <context>
    <name>ProofViewer</name>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="39" />
      <source>◀ Précédent</source>
      <translation>◀ Précédent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="40" />
      <source>Justificatif précédent de la liste (Alt+Gauche)</source>
      <translation>Justificatif précédent de la liste (Alt+Gauche)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="42" />
      <source>Suivant ▶</source>
      <translation>Suivant ▶</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="43" />
      <source>Justificatif suivant de la liste (Alt+Droite)</source>
      <translation>Justificatif suivant de la liste (Alt+Droite)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="46" />
      <source>Manquants seulement</source>
      <translation>Manquants seulement</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="47" />
      <source>Parcourir seulement les éléments sans justificatif</source>
      <translation>Parcourir seulement les éléments sans justificatif</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="49" />
      <source>Page précédente (Page préc.)</source>
      <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="50" />
      <source>Page suivante (Page suiv.)</source>
      <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="52" />
      <source>Zoom arrière (Ctrl+−)</source>
      <translation>Zoom arrière (Ctrl+−)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="53" />
      <source>Zoom avant (Ctrl++)</source>
      <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="56" />
      <source>Pleine largeur</source>
      <translation>Pleine largeur</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="58" />
      <source>Ajuster la page à la largeur de la fenêtre (Ctrl+0)</source>
      <translation>Ajuster la page à la largeur de la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="85" />
      <source>Remplacer…</source>
      <translation>Remplacer…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="87" />
      <source>Ouvrir avec…</source>
      <translation>Ouvrir avec…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="88" />
      <source>Ouvrir le fichier dans le lecteur du système</source>
      <translation>Ouvrir le fichier dans le lecteur du système</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="110" />
      <source>Joindre le justificatif…</source>
      <translation>Joindre le justificatif…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="272" />
      <source>Aucun justificatif à afficher.</source>
      <translation>Aucun justificatif à afficher.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="281" />
      <source>aucun fichier joint</source>
      <translation>aucun fichier joint</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="298" />
      <source>Le fichier de ce justificatif n'est pas dans cette base.</source>
      <translation>Le fichier de ce justificatif n'est pas dans cette base.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="321" />
      <source>Ce fichier ne peut pas être affiché : utilisez « Ouvrir avec… ».</source>
      <translation>Ce fichier ne peut pas être affiché : utilisez « Ouvrir avec… ».</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="337" />
      <source>{0} / {1}</source>
      <translation>{0} / {1}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="341" />
      <source>page {0} / {1}</source>
      <translation>page {0} / {1}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="350" />
      <source>Joindre un autre fichier à la place (PDF, JPEG, PNG ou TIFF)</source>
      <translation>Joindre un autre fichier à la place (PDF, JPEG, PNG ou TIFF)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="354" />
      <source>Remplacer le justificatif</source>
      <translation>Remplacer le justificatif</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="355" />
      <source>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="368" />
      <source>Lecture impossible : {0}</source>
      <translation>Lecture impossible : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="375" />
      <source>Justificatif remplacé : {0}</source>
      <translation>Justificatif remplacé : {0}</translation>
    </message>
  </context>
  <context>
    <name>ProtectedEditDialog</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="232" />
      <source>Rendez-vous protégé</source>
      <translation>Rendez-vous protégé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="239" />
      <source>Motif de la modification (obligatoire, gardé dans l'historique) :</source>
      <translation>Motif de la modification (obligatoire, gardé dans l'historique) :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="241" />
      <source>ex. : erreur de saisie, salle indisponible</source>
      <translation>ex. : erreur de saisie, salle indisponible</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="244" />
      <source>Confirmer la modification</source>
      <translation>Confirmer la modification</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="246" />
      <source>Ne rien changer</source>
      <translation>Ne rien changer</translation>
    </message>
  </context>
  <context>
    <name>QtUndoCommand</name>
    <message>
      <location filename="../../sosdesk/ui/undo.py" line="69" />
      <source>Rien n'a été modifié.</source>
      <translation>Rien n'a été modifié.</translation>
    </message>
  </context>
  <context>
    <name>RateForm</name>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="50" />
      <source>Bureau</source>
      <translation>Bureau</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="51" />
      <source>Salle louée</source>
      <translation>Salle louée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="52" />
      <source>Détention</source>
      <translation>Détention</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="53" />
      <source>Extérieur</source>
      <translation>Extérieur</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="54" />
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="89" />
      <source>Valable à partir du</source>
      <translation>Valable à partir du</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="55" />
      <source>Déplacements — prix de l'heure</source>
      <translation>Déplacements — prix de l'heure</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="56" />
      <source>Déplacements — arrondi</source>
      <translation>Déplacements — arrondi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="57" />
      <source>Déplacements — plafond par jour</source>
      <translation>Déplacements — plafond par jour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="58" />
      <source>Déplacements — lieux facturés</source>
      <translation>Déplacements — lieux facturés</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="59" />
      <source>Absence non excusée — part facturée</source>
      <translation>Absence non excusée — part facturée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="60" />
      <source>Absence non excusée — délai de prévenance</source>
      <translation>Absence non excusée — délai de prévenance</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="61" />
      <source>TVA — taux</source>
      <translation>TVA — taux</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="62" />
      <source>TVA — mention</source>
      <translation>TVA — mention</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="97" />
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="98" />
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="146" />
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="148" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="98" />
      <source>sans plafond</source>
      <translation>sans plafond</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="104" />
      <source>Déplacements</source>
      <translation>Déplacements</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="107" />
      <source>Prix de l'heure (€)</source>
      <translation>Prix de l'heure (€)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="108" />
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="108" />
      <source>Arrondi</source>
      <translation>Arrondi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="109" />
      <source>Plafond par jour</source>
      <translation>Plafond par jour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="110" />
      <source>Lieux facturés</source>
      <translation>Lieux facturés</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="113" />
      <source> h</source>
      <translation> h</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="116" />
      <source>Absences et TVA</source>
      <translation>Absences et TVA</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="120" />
      <source>Absence non excusée facturée (%)</source>
      <translation>Absence non excusée facturée (%)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="121" />
      <source>Délai de prévenance</source>
      <translation>Délai de prévenance</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="122" />
      <source>Taux de TVA (%)</source>
      <translation>Taux de TVA (%)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="123" />
      <source>Mention de TVA</source>
      <translation>Mention de TVA</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="140" />
      <source>Formulaire</source>
      <translation>Formulaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="141" />
      <source>Avancé (JSON, lecture seule)</source>
      <translation>Avancé (JSON, lecture seule)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="144" />
      <source>Lecture seule : seul le coordinateur national modifie les grilles tarifaires.</source>
      <translation>Lecture seule : seul le coordinateur national modifie les grilles tarifaires.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="148" />
      <source>Aperçu</source>
      <translation>Aperçu</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="149" />
      <source>Effet sur le brouillon du mois et de la région choisis au tableau</source>
      <translation>Effet sur le brouillon du mois et de la région choisis au tableau</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="151" />
      <source>Enregistrer la nouvelle version</source>
      <translation>Enregistrer la nouvelle version</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="205" />
      <source>(prérempli avec la version du {0})</source>
      <translation>(prérempli avec la version du {0})</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="206" />
      <source>(aucune version existante)</source>
      <translation>(aucune version existante)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="296" />
      <source>Choisissez un mois (et une région) dans le tableau des factures.</source>
      <translation>Choisissez un mois (et une région) dans le tableau des factures.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="321" />
      <source>Version du {0} enregistrée : elle s'applique aux rendez-vous à partir de cette date.</source>
      <translation>Version du {0} enregistrée : elle s'applique aux rendez-vous à partir de cette date.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="25" />
      <source>non tarifé</source>
      <translation>non tarifé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="26" />
      <source>heure par professionnel</source>
      <translation>heure par professionnel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="27" />
      <source>heure de séance</source>
      <translation>heure de séance</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="28" />
      <source>forfait</source>
      <translation>forfait</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="29" />
      <source>unité</source>
      <translation>unité</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="30" />
      <source>prix</source>
      <translation>prix</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="31" />
      <source>minimum facturé</source>
      <translation>minimum facturé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="32" />
      <source>arrondi</source>
      <translation>arrondi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="33" />
      <source>professionnels facturés au plus</source>
      <translation>professionnels facturés au plus</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="106" />
      <source>Type de rendez-vous</source>
      <translation>Type de rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="106" />
      <source>Unité</source>
      <translation>Unité</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="107" />
      <source>Prix (€)</source>
      <translation>Prix (€)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="107" />
      <source>Minimum</source>
      <translation>Minimum</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="109" />
      <source>Professionnels facturés</source>
      <translation>Professionnels facturés</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="150" />
      <source>sans limite</source>
      <translation>sans limite</translation>
    </message>
  </context>
  <context>
    <name>RemindersPage</name>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="54" />
      <source>Messages</source>
      <translation>Messages</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="56" />
      <source>Modèles</source>
      <translation>Modèles</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="58" />
      <source>Règles et envoi</source>
      <translation>Règles et envoi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="78" />
      <source>Bénéficiaire :</source>
      <translation>Bénéficiaire :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="80" />
      <source>Envoyer maintenant</source>
      <translation>Envoyer maintenant</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="82" />
      <source>Renvoyer</source>
      <translation>Renvoyer</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="84" />
      <source>Marquer comme envoyé</source>
      <translation>Marquer comme envoyé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="110" />
      <source>Tous</source>
      <translation>Tous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="124" />
      <source>{sent} envoyé(s), {failed} en échec, {waiting} en attente, {uncertain} à vérifier, {skipped} non envoyé(s)</source>
      <translation>{sent} envoyé(s), {failed} en échec, {waiting} en attente, {uncertain} à vérifier, {skipped} non envoyé(s)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="142" />
      <source>Message {id} : renvoi programmé</source>
      <translation>Message {id} : renvoi programmé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="147" />
      <source>Message {id} : marqué envoyé</source>
      <translation>Message {id} : marqué envoyé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="173" />
      <source>Rappels : {sent} envoyé(s), {failed} en échec</source>
      <translation>Rappels : {sent} envoyé(s), {failed} en échec</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="181" />
      <source>Rappels : {0}</source>
      <translation>Rappels : {0}</translation>
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
    <name>ReportTab</name>
    <message>
      <location filename="../../sosdesk/ui/reports/report_tab.py" line="49" />
      <source>Tableau :</source>
      <translation>Tableau :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/report_tab.py" line="123" />
      <source>{0} ligne(s)</source>
      <translation>{0} ligne(s)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/report_tab.py" line="124" />
      <source>Aucune donnée pour cette période.</source>
      <translation>Aucune donnée pour cette période.</translation>
    </message>
  </context>
  <context>
    <name>ReportTableModel</name>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="29" />
      <source>Professionnel</source>
      <translation>Professionnel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="29" />
      <source>Région</source>
      <translation>Région</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="30" />
      <source>Prévu (h)</source>
      <translation>Prévu (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="30" />
      <source>Réalisé (h)</source>
      <translation>Réalisé (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="31" />
      <source>Plafond (h)</source>
      <translation>Plafond (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="31" />
      <source>Charge (%)</source>
      <translation>Charge (%)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="32" />
      <source>Bénéficiaire</source>
      <translation>Bénéficiaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="32" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="33" />
      <source>Requis (h)</source>
      <translation>Requis (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="33" />
      <source>Couverture (%)</source>
      <translation>Couverture (%)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="34" />
      <source>Tenus</source>
      <translation>Tenus</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="34" />
      <source>Tenus (h)</source>
      <translation>Tenus (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="35" />
      <source>Absences</source>
      <translation>Absences</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="35" />
      <source>Absences (h)</source>
      <translation>Absences (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="36" />
      <source>Annulés</source>
      <translation>Annulés</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="36" />
      <source>Annulés (h)</source>
      <translation>Annulés (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="37" />
      <source>Présences à saisir</source>
      <translation>Présences à saisir</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="38" />
      <source>Présences à saisir (h)</source>
      <translation>Présences à saisir (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="39" />
      <source>Périmètre</source>
      <translation>Périmètre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="39" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="40" />
      <source>Édition</source>
      <translation>Édition</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="40" />
      <source>Numéro</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="41" />
      <source>Statut</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="41" />
      <source>HT (€)</source>
      <translation>HT (€)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="42" />
      <source>TVA (€)</source>
      <translation>TVA (€)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="42" />
      <source>TTC (€)</source>
      <translation>TTC (€)</translation>
    </message>
  </context>
  <context>
    <name>ReportsBoard</name>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="36" />
      <source>Semaine</source>
      <translation>Semaine</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="37" />
      <source>Mois</source>
      <translation>Mois</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="38" />
      <source>Trimestre</source>
      <translation>Trimestre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="39" />
      <source>Année</source>
      <translation>Année</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="40" />
      <source>Personnalisée</source>
      <translation>Personnalisée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="43" />
      <source>Effectifs</source>
      <translation>Effectifs</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="44" />
      <source>Obligations</source>
      <translation>Obligations</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="45" />
      <source>Activité</source>
      <translation>Activité</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="46" />
      <source>Finances</source>
      <translation>Finances</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="102" />
      <source>Période précédente</source>
      <translation>Période précédente</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="104" />
      <source>Période suivante</source>
      <translation>Période suivante</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="118" />
      <source>Toutes les régions</source>
      <translation>Toutes les régions</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="124" />
      <source>Période :</source>
      <translation>Période :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="130" />
      <source>Du</source>
      <translation>Du</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="132" />
      <source>au</source>
      <translation>au</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="135" />
      <source>Région :</source>
      <translation>Région :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="149" />
      <source>Exporter :</source>
      <translation>Exporter :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="150" />
      <source>Exporter le rapport en CSV</source>
      <translation>Exporter le rapport en CSV</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="151" />
      <source>Exporter le rapport en classeur XLSX</source>
      <translation>Exporter le rapport en classeur XLSX</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="152" />
      <source>Exporter le rapport en PDF imprimable</source>
      <translation>Exporter le rapport en PDF imprimable</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="175" />
      <source>Détail semaine / mois</source>
      <translation>Détail semaine / mois</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="306" />
      <source>Exporter le rapport</source>
      <translation>Exporter le rapport</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="323" />
      <source>Rapport exporté : {0}</source>
      <translation>Rapport exporté : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="329" />
      <source>Export impossible : {0}</source>
      <translation>Export impossible : {0}</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="34" />
      <source>janvier</source>
      <translation>janvier</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="34" />
      <source>février</source>
      <translation>février</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="35" />
      <source>mars</source>
      <translation>mars</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="35" />
      <source>avril</source>
      <translation>avril</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="36" />
      <source>mai</source>
      <translation>mai</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="36" />
      <source>juin</source>
      <translation>juin</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="37" />
      <source>juillet</source>
      <translation>juillet</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="37" />
      <source>août</source>
      <translation>août</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="38" />
      <source>septembre</source>
      <translation>septembre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="38" />
      <source>octobre</source>
      <translation>octobre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="39" />
      <source>novembre</source>
      <translation>novembre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="39" />
      <source>décembre</source>
      <translation>décembre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="51" />
      <source>Charge des professionnels (semaine)</source>
      <translation>Charge des professionnels (semaine)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="53" />
      <source>Couverture des obligations (mois)</source>
      <translation>Couverture des obligations (mois)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="55" />
      <source>Activité par type de rendez-vous (mois)</source>
      <translation>Activité par type de rendez-vous (mois)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="57" />
      <source>Montants facturés (mois)</source>
      <translation>Montants facturés (mois)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="69" />
      <source>Charge des professionnels — semaine {0}</source>
      <translation>Charge des professionnels — semaine {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="70" />
      <source>Couverture des obligations — {0}</source>
      <translation>Couverture des obligations — {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="71" />
      <source>Activité par type de rendez-vous — {0}</source>
      <translation>Activité par type de rendez-vous — {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="72" />
      <source>Montants facturés — {0}</source>
      <translation>Montants facturés — {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="105" />
      <source>Période précédente</source>
      <translation>Période précédente</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="110" />
      <source>Période suivante</source>
      <translation>Période suivante</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="115" />
      <source>Toutes les régions</source>
      <translation>Toutes les régions</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="123" />
      <source>Exporter en CSV…</source>
      <translation>Exporter en CSV…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="146" />
      <source>Aucune donnée pour cette période.</source>
      <translation>Aucune donnée pour cette période.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="193" />
      <source>semaine {0}</source>
      <translation>semaine {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="217" />
      <source>Rapport exporté : {0}</source>
      <translation>Rapport exporté : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="221" />
      <source>Exporter en CSV</source>
      <translation>Exporter en CSV</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="222" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="228" />
      <source>Export impossible : {0}</source>
      <translation>Export impossible : {0}</translation>
    </message>
  </context>
  <context>
    <name>RequirementsEditor</name>
    <message>
      <location filename="../../sosdesk/ui/people/pickers.py" line="87" />
      <source>&lt;b&gt;Obligations hebdomadaires&lt;/b&gt; (minutes par semaine)</source>
      <translation>&lt;b&gt;Obligations hebdomadaires&lt;/b&gt; (minutes par semaine)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/pickers.py" line="89" />
      <source>Type de rendez-vous</source>
      <translation>Type de rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/pickers.py" line="89" />
      <source>Minutes / semaine</source>
      <translation>Minutes / semaine</translation>
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
    <name>RulesEditor</name>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="51" />
      <source>STARTTLS (587, recommandé)</source>
      <translation>STARTTLS (587, recommandé)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="52" />
      <source>SSL/TLS (465)</source>
      <translation>SSL/TLS (465)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="53" />
      <source>aucune (réseau local)</source>
      <translation>aucune (réseau local)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="57" />
      <source>Les rappels partent de ce poste (fichier non enrôlé) : il doit être allumé et sosdesk ouvert, ou la commande « sosdesk remind » planifiée.</source>
      <translation>Les rappels partent de ce poste (fichier non enrôlé) : il doit être allumé et sosdesk ouvert, ou la commande « sosdesk remind » planifiée.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="60" />
      <source>Les rappels de la région partent de ce poste (la région n'est pas confiée au service central) : il doit être allumé et sosdesk ouvert.</source>
      <translation>Les rappels de la région partent de ce poste (la région n'est pas confiée au service central) : il doit être allumé et sosdesk ouvert.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="63" />
      <source>Les rappels de la région partent du service central, même quand ce poste est éteint ; ses réglages d'envoi sont ceux du coordinateur national. Ceux-ci ne servent qu'au test et si la région revient au poste.</source>
      <translation>Les rappels de la région partent du service central, même quand ce poste est éteint ; ses réglages d'envoi sont ceux du coordinateur national. Ceux-ci ne servent qu'au test et si la région revient au poste.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="75" />
      <source> h avant</source>
      <translation> h avant</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="76" />
      <source>aucun</source>
      <translation>aucun</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="99" />
      <source>Quand envoyer</source>
      <translation>Quand envoyer</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="111" />
      <source>Rappels {c} :</source>
      <translation>Rappels {c} :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="119" />
      <source>de</source>
      <translation>de</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="121" />
      <source>à</source>
      <translation>à</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="124" />
      <source>Pas de SMS :</source>
      <translation>Pas de SMS :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="127" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="130" />
      <source>Un SMS repoussé après les heures calmes part au moins ce temps avant le rendez-vous, sinon il n'est pas envoyé.</source>
      <translation>Un SMS repoussé après les heures calmes part au moins ce temps avant le rendez-vous, sinon il n'est pas envoyé.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="132" />
      <source>Délai minimal :</source>
      <translation>Délai minimal :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="134" />
      <source>Nom de la structure :</source>
      <translation>Nom de la structure :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="136" />
      <source>E-mail (serveur SMTP)</source>
      <translation>E-mail (serveur SMTP)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="154" />
      <source>facultatif : certificat propre au serveur (PEM)</source>
      <translation>facultatif : certificat propre au serveur (PEM)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="157" />
      <location filename="../../sosdesk/ui/reminders/rules.py" line="183" />
      <source>inchangé (gardé dans le trousseau du système)</source>
      <translation>inchangé (gardé dans le trousseau du système)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="160" />
      <source>port</source>
      <translation>port</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="162" />
      <source>Serveur :</source>
      <translation>Serveur :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="163" />
      <source>Sécurité :</source>
      <translation>Sécurité :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="164" />
      <source>Identifiant :</source>
      <translation>Identifiant :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="165" />
      <source>Mot de passe :</source>
      <translation>Mot de passe :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="166" />
      <source>Expéditeur :</source>
      <translation>Expéditeur :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="167" />
      <source>Autorité de certification :</source>
      <translation>Autorité de certification :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="169" />
      <source>SMS (passerelle HTTP)</source>
      <translation>SMS (passerelle HTTP)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="184" />
      <source>Fournisseur :</source>
      <translation>Fournisseur :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="185" />
      <source>Adresse :</source>
      <translation>Adresse :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="186" />
      <source>Compte :</source>
      <translation>Compte :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="187" />
      <source>Jeton :</source>
      <translation>Jeton :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="188" />
      <source>Nom d'expéditeur :</source>
      <translation>Nom d'expéditeur :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="190" />
      <location filename="../../sosdesk/ui/reminders/rules.py" line="194" />
      <source>Tester l'envoi</source>
      <translation>Tester l'envoi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="193" />
      <source>adresse e-mail ou numéro de portable</source>
      <translation>adresse e-mail ou numéro de portable</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="205" />
      <source>Enregistrer</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="259" />
      <location filename="../../sosdesk/ui/reminders/rules.py" line="261" />
      <location filename="../../sosdesk/ui/reminders/rules.py" line="263" />
      <source>e-mail</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="259" />
      <source>indiquez l'adresse d'expéditeur des rappels</source>
      <translation>indiquez l'adresse d'expéditeur des rappels</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="261" />
      <source>un identifiant sans serveur SMTP</source>
      <translation>un identifiant sans serveur SMTP</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="263" />
      <source>l'expéditeur « {0} » n'est pas une adresse e-mail</source>
      <translation>l'expéditeur « {0} » n'est pas une adresse e-mail</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="266" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="266" />
      <source>l'adresse de la passerelle commence par https://</source>
      <translation>l'adresse de la passerelle commence par https://</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="268" />
      <source>heures calmes</source>
      <translation>heures calmes</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="268" />
      <source>le début et la fin sont identiques</source>
      <translation>le début et la fin sont identiques</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="285" />
      <source>Non enregistré : </source>
      <translation>Non enregistré : </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="296" />
      <source>Règles de rappel enregistrées</source>
      <translation>Règles de rappel enregistrées</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="305" />
      <source>Saisissez une adresse e-mail ou un numéro de portable.</source>
      <translation>Saisissez une adresse e-mail ou un numéro de portable.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="311" />
      <source>Envoi de l'essai à {0}…</source>
      <translation>Envoi de l'essai à {0}…</translation>
    </message>
  </context>
  <context>
    <name>SearchPopup</name>
    <message>
      <location filename="../../sosdesk/ui/search/popup.py" line="16" />
      <source>Bénéficiaires</source>
      <translation>Bénéficiaires</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/search/popup.py" line="17" />
      <source>Professionnels</source>
      <translation>Professionnels</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/search/popup.py" line="18" />
      <source>Mesures</source>
      <translation>Mesures</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/search/popup.py" line="19" />
      <source>Rendez-vous</source>
      <translation>Rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/search/popup.py" line="20" />
      <source>Factures</source>
      <translation>Factures</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/search/popup.py" line="21" />
      <source>Dépenses</source>
      <translation>Dépenses</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/search/popup.py" line="54" />
      <source>Chercher une personne, un rendez-vous (« 7 décembre »), une facture, une dépense…</source>
      <translation>Chercher une personne, un rendez-vous (« 7 décembre »), une facture, une dépense…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/search/popup.py" line="57" />
      <source>Recherche</source>
      <translation>Recherche</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/search/popup.py" line="96" />
      <source>Majuscules et accents indifférents ; un début de mot suffit. ↑ ↓ pour choisir, Entrée pour ouvrir, Échap pour fermer.</source>
      <translation>Majuscules et accents indifférents ; un début de mot suffit. ↑ ↓ pour choisir, Entrée pour ouvrir, Échap pour fermer.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/search/popup.py" line="99" />
      <source>Aucun résultat pour « {0} ».</source>
      <translation>Aucun résultat pour « {0} ».</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/search/popup.py" line="101" />
      <source>{0} résultat(s) — Entrée pour ouvrir</source>
      <translation>{0} résultat(s) — Entrée pour ouvrir</translation>
    </message>
  </context>
  <context>
    <name>SectionCard</name>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="122" />
      <source>… et {0} autre(s)</source>
      <translation>… et {0} autre(s)</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="41" />
      <source>Changer d'utilisateur</source>
      <translation>Changer d'utilisateur</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="42" />
      <source>Connexion — {0}</source>
      <translation>Connexion — {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="53" />
      <source> (sans mot de passe)</source>
      <translation> (sans mot de passe)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="63" />
      <source>Mot de passe</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="71" />
      <source>Utilisateur :</source>
      <translation>Utilisateur :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="73" />
      <source>Mot de passe :</source>
      <translation>Mot de passe :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="102" />
      <source>Choisissez un utilisateur.</source>
      <translation>Choisissez un utilisateur.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="106" />
      <source>Cet utilisateur n'a pas de mot de passe : le coordinateur national (ou l'administrateur de sa région) doit lui en donner un.</source>
      <translation>Cet utilisateur n'a pas de mot de passe : le coordinateur national (ou l'administrateur de sa région) doit lui en donner un.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="110" />
      <source>Mot de passe incorrect : réessayez.</source>
      <translation>Mot de passe incorrect : réessayez.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="115" />
      <source>Ce mot de passe vous a été donné : choisissez d'abord le vôtre (sosdesk user passwd).</source>
      <translation>Ce mot de passe vous a été donné : choisissez d'abord le vôtre (sosdesk user passwd).</translation>
    </message>
  </context>
  <context>
    <name>SiteCalendarDialog</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="128" />
      <source>Calendrier des sites</source>
      <translation>Calendrier des sites</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="143" />
      <source>Site</source>
      <translation>Site</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="166" />
      <source>fermé</source>
      <translation>fermé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="167" />
      <source>Fermer les jours choisis</source>
      <translation>Fermer les jours choisis</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="169" />
      <source>Rendez-vous impossibles du mois</source>
      <translation>Rendez-vous impossibles du mois</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="170" />
      <source>Les rendez-vous prévus de ce site pendant le mois qui tombent sur un férié, une fermeture ou l'absence d'une personne</source>
      <translation>Les rendez-vous prévus de ce site pendant le mois qui tombent sur un férié, une fermeture ou l'absence d'une personne</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="173" />
      <source>Motif</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="173" />
      <source>Capacité ces jours-là</source>
      <translation>Capacité ces jours-là</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="180" />
      <source>Choisissez des jours (Ctrl ou Maj pour plusieurs), puis « Fermer les jours choisis » ; une capacité non nulle réduit la capacité au lieu de fermer.</source>
      <translation>Choisissez des jours (Ctrl ou Maj pour plusieurs), puis « Fermer les jours choisis » ; une capacité non nulle réduit la capacité au lieu de fermer.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="208" />
      <source>Capacité habituelle : {0}</source>
      <translation>Capacité habituelle : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="236" />
      <source>Enregistrement impossible : {0}</source>
      <translation>Enregistrement impossible : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="244" />
      <source>Enregistré. {0} rendez-vous prévu(s) deviennent impossibles : déplacez-les au créneau proposé ou annulez-les.</source>
      <translation>Enregistré. {0} rendez-vous prévu(s) deviennent impossibles : déplacez-les au créneau proposé ou annulez-les.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="247" />
      <source>Enregistré. Aucun rendez-vous prévu n'est touché.</source>
      <translation>Enregistré. Aucun rendez-vous prévu n'est touché.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="255" />
      <source>{0} rendez-vous prévu(s) de ce site ne peuvent plus avoir lieu ce mois-ci.</source>
      <translation>{0} rendez-vous prévu(s) de ce site ne peuvent plus avoir lieu ce mois-ci.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="257" />
      <source>Aucun rendez-vous prévu de ce site n'est impossible ce mois-ci.</source>
      <translation>Aucun rendez-vous prévu de ce site n'est impossible ce mois-ci.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="302" />
      <source>Rendez-vous déplacés ou annulés</source>
      <translation>Rendez-vous déplacés ou annulés</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="303" />
      <source>Calendrier des sites : fermetures</source>
      <translation>Calendrier des sites : fermetures</translation>
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
    <name>SiteDialog</name>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="219" />
      <source>Ouvert les jours fériés (détention…)</source>
      <translation>Ouvert les jours fériés (détention…)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="220" />
      <source>Région</source>
      <translation>Région</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="220" />
      <source>Nom</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="221" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="221" />
      <source>Adresse</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="222" />
      <source>Capacité (rendez-vous simultanés)</source>
      <translation>Capacité (rendez-vous simultanés)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="223" />
      <source>Coefficient tarifaire</source>
      <translation>Coefficient tarifaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="224" />
      <source>Jours fériés</source>
      <translation>Jours fériés</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="228" />
      <source>Horaires d'ouverture</source>
      <translation>Horaires d'ouverture</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="230" />
      <source>Fiche</source>
      <translation>Fiche</translation>
    </message>
  </context>
  <context>
    <name>SiteMonthModel</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="94" />
      <source>{0} rdv</source>
      <translation>{0} rdv</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="47" />
      <source>Champ</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="47" />
      <source>Ma version</source>
      <translation>Ma version</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="48" />
      <source>Version du service</source>
      <translation>Version du service</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="48" />
      <source>Garder</source>
      <translation>Garder</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="92" />
      <source>la mienne</source>
      <translation>la mienne</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="92" />
      <source>celle du service</source>
      <translation>celle du service</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="105" />
      <source>Élément</source>
      <translation>Élément</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="105" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="106" />
      <source>Motif</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="136" />
      <source>Conflits à trancher</source>
      <translation>Conflits à trancher</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="145" />
      <source>Garder ma version</source>
      <translation>Garder ma version</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="146" />
      <source>Garder celle du service</source>
      <translation>Garder celle du service</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="147" />
      <source>Fusionner champ par champ</source>
      <translation>Fusionner champ par champ</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="152" />
      <source>Aucun conflit à trancher : rien n'attend votre décision.</source>
      <translation>Aucun conflit à trancher : rien n'attend votre décision.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="200" />
      <source>Modifications refusées par le service</source>
      <translation>Modifications refusées par le service</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="205" />
      <source>Ignorer</source>
      <translation>Ignorer</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="207" />
      <source>Aucune modification refusée par le service.</source>
      <translation>Aucune modification refusée par le service.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="59" />
      <source>Synchroniser</source>
      <translation>Synchroniser</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="60" />
      <source>Annuler</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="62" />
      <location filename="../../sosdesk/ui/sync_page.py" line="257" />
      <source>Exporter le fichier régional</source>
      <translation>Exporter le fichier régional</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="63" />
      <location filename="../../sosdesk/ui/sync_page.py" line="266" />
      <source>Fusionner des fichiers régionaux</source>
      <translation>Fusionner des fichiers régionaux</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="85" />
      <source>Enrôler ce poste auprès du service de synchronisation</source>
      <translation>Enrôler ce poste auprès du service de synchronisation</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="87" />
      <source>https://sync.exemple.fr</source>
      <translation>https://sync.exemple.fr</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="89" />
      <source>code remis par le coordinateur national</source>
      <translation>code remis par le coordinateur national</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="90" />
      <source>Enrôler</source>
      <translation>Enrôler</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="94" />
      <source>Le coordinateur national donne l'adresse du service et un code d'enrôlement à usage unique. Les identifiants sont gardés dans le trousseau du système, jamais dans le fichier.</source>
      <translation>Le coordinateur national donne l'adresse du service et un code d'enrôlement à usage unique. Les identifiants sont gardés dans le trousseau du système, jamais dans le fichier.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="99" />
      <source>Adresse du service :</source>
      <translation>Adresse du service :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="100" />
      <source>Code d'enrôlement :</source>
      <translation>Code d'enrôlement :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="122" />
      <source>jamais</source>
      <translation>jamais</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="127" />
      <source>Service : {server} — dernière synchronisation : {last} — modifications en attente : {pending} — conflits : {conflicts} — refus : {rejected}</source>
      <translation>Service : {server} — dernière synchronisation : {last} — modifications en attente : {pending} — conflits : {conflicts} — refus : {rejected}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="129" />
      <source>non enrôlé</source>
      <translation>non enrôlé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="132" />
      <source>Données de démonstration ({n} enregistrements) : non synchronisées, elles n'appartiennent à aucun service.</source>
      <translation>Données de démonstration ({n} enregistrements) : non synchronisées, elles n'appartiennent à aucun service.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="139" />
      <source>« Synchroniser » sera possible une fois ce poste enrôlé (formulaire ci-dessus). Sans service, « Exporter le fichier régional » transmet vos modifications par fichier.</source>
      <translation>« Synchroniser » sera possible une fois ce poste enrôlé (formulaire ci-dessus). Sans service, « Exporter le fichier régional » transmet vos modifications par fichier.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="146" />
      <source>Ce poste n'est pas enrôlé.</source>
      <translation>Ce poste n'est pas enrôlé.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="174" />
      <source>En cours…</source>
      <translation>En cours…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="197" />
      <source>Saisissez l'adresse du service et le code d'enrôlement.</source>
      <translation>Saisissez l'adresse du service et le code d'enrôlement.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="208" />
      <source>toutes les régions</source>
      <translation>toutes les régions</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="209" />
      <source>Poste enrôlé auprès de {server} (région : {region}). Cliquez sur « Synchroniser » pour recevoir les données du service.</source>
      <translation>Poste enrôlé auprès de {server} (région : {region}). Cliquez sur « Synchroniser » pour recevoir les données du service.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="220" />
      <source>{n} envoyée(s), {m} reçue(s)</source>
      <translation>{n} envoyée(s), {m} reçue(s)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="223" />
      <source>{n} à trancher ou refusée(s)</source>
      <translation>{n} à trancher ou refusée(s)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="231" />
      <source>{n} modification(s) écrite(s) dans le fichier régional.</source>
      <translation>{n} modification(s) écrite(s) dans le fichier régional.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="245" />
      <source>{f} : refusé — {e}</source>
      <translation>{f} : refusé — {e}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="248" />
      <source>{f} : {n} modification(s) — {d}</source>
      <translation>{f} : {n} modification(s) — {d}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="253" />
      <source>Phrase de passe :</source>
      <translation>Phrase de passe :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="258" />
      <source>Fichier régional (*.sosdesk)</source>
      <translation>Fichier régional (*.sosdesk)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="261" />
      <source>Chiffrer le fichier régional</source>
      <translation>Chiffrer le fichier régional</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="267" />
      <source>Fichiers régionaux (*.sosdesk)</source>
      <translation>Fichiers régionaux (*.sosdesk)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="270" />
      <source>Déchiffrer les fichiers régionaux</source>
      <translation>Déchiffrer les fichiers régionaux</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="274" />
      <source>Fusion</source>
      <translation>Fusion</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="274" />
      <source>Aucune phrase de passe : rien n'a été fait.</source>
      <translation>Aucune phrase de passe : rien n'a été fait.</translation>
    </message>
  </context>
  <context>
    <name>TemplateEditor</name>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="65" />
      <source>Enregistrer le modèle</source>
      <translation>Enregistrer le modèle</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="67" />
      <source>Champs : </source>
      <translation>Champs : </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="70" />
      <source>Modèle :</source>
      <translation>Modèle :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="71" />
      <source>Objet (e-mail) :</source>
      <translation>Objet (e-mail) :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="72" />
      <source>Texte :</source>
      <translation>Texte :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="74" />
      <source>Aperçu :</source>
      <translation>Aperçu :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="75" />
      <source>Longueur :</source>
      <translation>Longueur :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="105" />
      <source>{n} caractères (e-mail : pas de limite)</source>
      <translation>{n} caractères (e-mail : pas de limite)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="110" />
      <source>{chars} caractères — {segments} SMS</source>
      <translation>{chars} caractères — {segments} SMS</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="112" />
      <source>(hors alphabet SMS standard : {chars}, d'où {per} caractères par SMS ; {left} restants)</source>
      <translation>(hors alphabet SMS standard : {chars}, d'où {per} caractères par SMS ; {left} restants)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="116" />
      <source>(alphabet SMS standard, {left} restants avant le SMS suivant)</source>
      <translation>(alphabet SMS standard, {left} restants avant le SMS suivant)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="122" />
      <source>Modèle non enregistré : </source>
      <translation>Modèle non enregistré : </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="125" />
      <source>Modèle enregistré</source>
      <translation>Modèle enregistré</translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/timeline.py" line="264" />
      <source>{0} professionnels</source>
      <translation>{0} professionnels</translation>
    </message>
  </context>
  <context>
    <name>UsersDialog</name>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="94" />
      <source>Utilisateurs</source>
      <translation>Utilisateurs</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="103" />
      <source>Ajouter…</source>
      <translation>Ajouter…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="104" />
      <source>Définir le mot de passe…</source>
      <translation>Définir le mot de passe…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="115" />
      <source>Les utilisateurs sans mot de passe peuvent être choisis sans mot de passe à la connexion.</source>
      <translation>Les utilisateurs sans mot de passe peuvent être choisis sans mot de passe à la connexion.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="130" />
      <source>oui</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="130" />
      <source>non</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="152" />
      <source>Utilisateur « {0} » créé.</source>
      <translation>Utilisateur « {0} » créé.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="160" />
      <source>Les deux mots de passe diffèrent.</source>
      <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="165" />
      <source>Mot de passe enregistré.</source>
      <translation>Mot de passe enregistré.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="178" />
      <source>Choisissez un utilisateur.</source>
      <translation>Choisissez un utilisateur.</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="20" />
      <source>psychologue</source>
      <translation>psychologue</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="20" />
      <source>travailleur social</source>
      <translation>travailleur social</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="21" />
      <source>animateur</source>
      <translation>animateur</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="21" />
      <source>intervenant</source>
      <translation>intervenant</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="22" />
      <source>aucune compétence</source>
      <translation>aucune compétence</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="24" />
      <source>Psychologue</source>
      <translation>Psychologue</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="24" />
      <source>Travailleur social</source>
      <translation>Travailleur social</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="25" />
      <source>Animateur</source>
      <translation>Animateur</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="25" />
      <source>Intervenant</source>
      <translation>Intervenant</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="26" />
      <source>Sans compétence</source>
      <translation>Sans compétence</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="28" />
      <source>Entretien psychologique</source>
      <translation>Entretien psychologique</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="29" />
      <source>Entretien socio-éducatif</source>
      <translation>Entretien socio-éducatif</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="30" />
      <source>Entretien individuel</source>
      <translation>Entretien individuel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="31" />
      <source>Atelier collectif</source>
      <translation>Atelier collectif</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="31" />
      <source>Groupe de parole</source>
      <translation>Groupe de parole</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="32" />
      <source>Convocation justice / police</source>
      <translation>Convocation justice / police</translation>
    </message>
  </context>
  <context>
    <name>WeekScene</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="41" />
      <source>fermé</source>
      <translation>fermé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="42" />
      <source>indisponible</source>
      <translation>indisponible</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="43" />
      <source>lun.</source>
      <translation>lun.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="43" />
      <source>mar.</source>
      <translation>mar.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="44" />
      <source>mer.</source>
      <translation>mer.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="44" />
      <source>jeu.</source>
      <translation>jeu.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="45" />
      <source>ven.</source>
      <translation>ven.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="45" />
      <source>sam.</source>
      <translation>sam.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="46" />
      <source>dim.</source>
      <translation>dim.</translation>
    </message>
  </context>
  <context>
    <name>WindowEditor</name>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="26" />
      <source>Lundi</source>
      <translation>Lundi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="26" />
      <source>Mardi</source>
      <translation>Mardi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="27" />
      <source>Mercredi</source>
      <translation>Mercredi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="27" />
      <source>Jeudi</source>
      <translation>Jeudi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="28" />
      <source>Vendredi</source>
      <translation>Vendredi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="28" />
      <source>Samedi</source>
      <translation>Samedi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="29" />
      <source>Dimanche</source>
      <translation>Dimanche</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="46" />
      <source>Ajouter un créneau</source>
      <translation>Ajouter un créneau</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="47" />
      <source>Supprimer</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="57" />
      <source>Jour</source>
      <translation>Jour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="57" />
      <source>De</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="57" />
      <source>À</source>
      <translation>À</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../sosdesk/ui/app.py" line="102" />
      <source>Impossible d'ouvrir le fichier de données :
{0}</source>
      <translation>Impossible d'ouvrir le fichier de données :
{0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/app.py" line="158" />
      <source>Le fichier de données est occupé par une autre opération sosdesk (fenêtre ou commande) : rien n'a été écrit. Réessayez quand elle sera terminée.</source>
      <translation>Le fichier de données est occupé par une autre opération sosdesk (fenêtre ou commande) : rien n'a été écrit. Réessayez quand elle sera terminée.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/app.py" line="175" />
      <source>Le fichier de données est chiffré. Voici sa clé de secours, affichée une seule fois :

{0}

Imprimez-la ou recopiez-la et gardez-la sous clé, loin du PC : sans elle, le fichier et ses sauvegardes ne s'ouvrent sur aucun autre poste. Pour la réafficher : sosdesk key show.</source>
      <translation>Le fichier de données est chiffré. Voici sa clé de secours, affichée une seule fois :

{0}

Imprimez-la ou recopiez-la et gardez-la sous clé, loin du PC : sans elle, le fichier et ses sauvegardes ne s'ouvrent sur aucun autre poste. Pour la réafficher : sosdesk key show.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/app.py" line="217" />
      <source>Fusionner {0}</source>
      <translation>Fusionner {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/app.py" line="218" />
      <source>Phrase de passe :</source>
      <translation>Phrase de passe :</translation>
    </message>
  </context>
</TS>
