<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
  <context>
    <name>AbsencesTab</name>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="56" />
      <source>Enregistrez d'abord la fiche pour saisir ses congés et absences.</source>
      <translation>Enregistrez d'abord la fiche pour saisir ses congés et absences.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="68" />
      <source>Toute la journée</source>
      <translation>Toute la journée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="79" />
      <source>Du</source>
      <translation>Du</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="80" />
      <source>Au</source>
      <translation>Au</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="81" />
      <source>Heures</source>
      <translation>Heures</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="82" />
      <source>Motif</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="85" />
      <source>fermé</source>
      <translation>fermé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="87" />
      <source>Capacité pendant la période</source>
      <translation>Capacité pendant la période</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="90" />
      <source>Ajouter</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="91" />
      <source>Supprimer la sélection</source>
      <translation>Supprimer la sélection</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="104" />
      <source>Annuler ces rendez-vous</source>
      <translation>Annuler ces rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="136" />
      <source>Enregistrement impossible : {0}</source>
      <translation>Enregistrement impossible : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="147" />
      <source>Enregistré. Aucun rendez-vous prévu n'est touché.</source>
      <translation>Enregistré. Aucun rendez-vous prévu n'est touché.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="151" />
      <source>Enregistré. {0} rendez-vous prévu(s) deviennent impossibles : déplacez-les dans le planning ou annulez-les.</source>
      <translation>Enregistré. {0} rendez-vous prévu(s) deviennent impossibles : déplacez-les dans le planning ou annulez-les.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="168" />
      <source>{0} rendez-vous annulé(s).</source>
      <translation>{0} rendez-vous annulé(s).</translation>
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
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="42" />
      <source>Présences — {0} {1}</source>
      <translation>Présences — {0} {1}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="57" />
      <source>Présent(e)</source>
      <translation>Présent(e)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="59" />
      <source>Justificatif joint</source>
      <translation>Justificatif joint</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="59" />
      <source>Aucun justificatif</source>
      <translation>Aucun justificatif</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="60" />
      <source>Joindre un justificatif…</source>
      <translation>Joindre un justificatif…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="65" />
      <source>Émargement</source>
      <translation>Émargement</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="74" />
      <source>Justificatif scanné</source>
      <translation>Justificatif scanné</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="75" />
      <source>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
  </context>
  <context>
    <name>BeneficiaryDialog</name>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="46" />
      <source>JJ/MM/AAAA</source>
      <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="48" />
      <source>ex. sursis probatoire, placement extérieur…</source>
      <translation>ex. sursis probatoire, placement extérieur…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="50" />
      <source>nom@exemple.fr</source>
      <translation>nom@exemple.fr</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="51" />
      <source>accepte les rappels par SMS</source>
      <translation>accepte les rappels par SMS</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="52" />
      <source>accepte les rappels par e-mail</source>
      <translation>accepte les rappels par e-mail</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="54" />
      <source>— aucun —</source>
      <translation>— aucun —</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="60" />
      <source>Région</source>
      <translation>Région</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="60" />
      <source>Nom</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="61" />
      <source>Prénom</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="62" />
      <source>Date de naissance</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="63" />
      <source>Mesure</source>
      <translation>Mesure</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="64" />
      <source>Début de mesure</source>
      <translation>Début de mesure</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="65" />
      <source>Fin de mesure</source>
      <translation>Fin de mesure</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="66" />
      <source>Téléphone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="66" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="68" />
      <source>Référent</source>
      <translation>Référent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="69" />
      <source>Rendez-vous max. par jour</source>
      <translation>Rendez-vous max. par jour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="71" />
      <source>Fiche</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="73" />
      <source>Obligations</source>
      <translation>Obligations</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="76" />
      <location filename="../../sosdesk/ui/people/dialogs.py" line="81" />
      <source>Disponibilités</source>
      <translation>Disponibilités</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="77" />
      <source>Vide : disponible aux heures d'ouverture (ex. horaires de semi-liberté sinon).</source>
      <translation>Vide : disponible aux heures d'ouverture (ex. horaires de semi-liberté sinon).</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="78" />
      <source>Indisponibilités</source>
      <translation>Indisponibilités</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="78" />
      <source>Travail, formation, soins…</source>
      <translation>Travail, formation, soins…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="84" />
      <source>Sites autorisés (aucun = tous)</source>
      <translation>Sites autorisés (aucun = tous)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="86" />
      <source>Contacts interdits</source>
      <translation>Contacts interdits</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="89" />
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
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="28" />
      <source>Ajouter une ligne libre</source>
      <translation>Ajouter une ligne libre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="30" />
      <source>ex. Séance supplémentaire du 12/10</source>
      <translation>ex. Séance supplémentaire du 12/10</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="33" />
      <source>en euros, ex. 25,00</source>
      <translation>en euros, ex. 25,00</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="37" />
      <source>obligatoire sur une facture régionale</source>
      <translation>obligatoire sur une facture régionale</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="37" />
      <source>facultative</source>
      <translation>facultative</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="42" />
      <source>Libellé</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="43" />
      <source>Quantité</source>
      <translation>Quantité</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="44" />
      <source>Prix unitaire HT (€)</source>
      <translation>Prix unitaire HT (€)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="45" />
      <source>Justification *</source>
      <translation>Justification *</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="45" />
      <source>Justification</source>
      <translation>Justification</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="47" />
      <source>Ajouter</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="48" />
      <source>Annuler</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="65" />
      <source>le libellé est obligatoire</source>
      <translation>le libellé est obligatoire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="67" />
      <source>la justification est obligatoire sur une facture régionale</source>
      <translation>la justification est obligatoire sur une facture régionale</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="72" />
      <source>quantité : </source>
      <translation>quantité : </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="76" />
      <source>prix unitaire : </source>
      <translation>prix unitaire : </translation>
    </message>
  </context>
  <context>
    <name>DayAttendanceDialog</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="119" />
      <source>Marquer toute la journée comme tenue</source>
      <translation>Marquer toute la journée comme tenue</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="121" />
      <source>Feuille d'émargement…</source>
      <translation>Feuille d'émargement…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="123" />
      <source>Joindre la feuille d'émargement scannée…</source>
      <translation>Joindre la feuille d'émargement scannée…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="134" />
      <source>Double-cliquez un rendez-vous pour saisir ses présences.</source>
      <translation>Double-cliquez un rendez-vous pour saisir ses présences.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="143" />
      <source>Feuilles signées jointes : {0}</source>
      <translation>Feuilles signées jointes : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="144" />
      <source>Aucune feuille signée jointe pour ce jour.</source>
      <translation>Aucune feuille signée jointe pour ce jour.</translation>
    </message>
  </context>
  <context>
    <name>ExpenseDialog</name>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="34" />
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="96" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="35" />
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="97" />
      <source>Catégorie</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="36" />
      <source>Montant</source>
      <translation>Montant</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="37" />
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="99" />
      <source>Libellé</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="38" />
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="100" />
      <source>Rendez-vous lié</source>
      <translation>Rendez-vous lié</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="39" />
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="95" />
      <source>Région</source>
      <translation>Région</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="40" />
      <source>Justificatif</source>
      <translation>Justificatif</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="41" />
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="68" />
      <source>Dépense</source>
      <translation>Dépense</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="68" />
      <source>Nouvelle dépense</source>
      <translation>Nouvelle dépense</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="81" />
      <source>JJ/MM/AAAA</source>
      <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="86" />
      <source>ex. 120,50</source>
      <translation>ex. 120,50</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="90" />
      <source>ex. Location salle Maison des associations</source>
      <translation>ex. Location salle Maison des associations</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="98" />
      <source>Montant TTC (€)</source>
      <translation>Montant TTC (€)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="110" />
      <source>Enregistrer</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="111" />
      <source>Annuler</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="138" />
      <source>— aucun —</source>
      <translation>— aucun —</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="152" />
      <source>Enregistrement impossible :</source>
      <translation>Enregistrement impossible :</translation>
    </message>
  </context>
  <context>
    <name>ExpensesModel</name>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="27" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="27" />
      <source>Catégorie</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="28" />
      <source>Libellé</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="28" />
      <source>Montant</source>
      <translation>Montant</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="29" />
      <source>Justificatif</source>
      <translation>Justificatif</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="30" />
      <source>Rendez-vous lié</source>
      <translation>Rendez-vous lié</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="32" />
      <source>Location de salle</source>
      <translation>Location de salle</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="33" />
      <source>Matériel</source>
      <translation>Matériel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="34" />
      <source>Transport</source>
      <translation>Transport</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="35" />
      <source>Autres frais</source>
      <translation>Autres frais</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="50" />
      <source>oui</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="51" />
      <source>non</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="161" />
      <source>Facturée par la facture validée {0} : elle ne peut plus être modifiée</source>
      <translation>Facturée par la facture validée {0} : elle ne peut plus être modifiée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="165" />
      <source>Sans justificatif : la facture la signalera comme justificatif manquant</source>
      <translation>Sans justificatif : la facture la signalera comme justificatif manquant</translation>
    </message>
  </context>
  <context>
    <name>ExpensesPage</name>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="38" />
      <source>janvier</source>
      <translation>janvier</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="38" />
      <source>février</source>
      <translation>février</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="39" />
      <source>mars</source>
      <translation>mars</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="39" />
      <source>avril</source>
      <translation>avril</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="40" />
      <source>mai</source>
      <translation>mai</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="40" />
      <source>juin</source>
      <translation>juin</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="41" />
      <source>juillet</source>
      <translation>juillet</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="41" />
      <source>août</source>
      <translation>août</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="42" />
      <source>septembre</source>
      <translation>septembre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="42" />
      <source>octobre</source>
      <translation>octobre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="43" />
      <source>novembre</source>
      <translation>novembre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="43" />
      <source>décembre</source>
      <translation>décembre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="44" />
      <source>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="76" />
      <source>Mois précédent</source>
      <translation>Mois précédent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="82" />
      <source>Mois suivant</source>
      <translation>Mois suivant</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="88" />
      <source>Rechercher (libellé, catégorie, montant, rendez-vous…)</source>
      <translation>Rechercher (libellé, catégorie, montant, rendez-vous…)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="91" />
      <source>Sans justificatif seulement</source>
      <translation>Sans justificatif seulement</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="98" />
      <source>Nouvelle dépense…</source>
      <translation>Nouvelle dépense…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="99" />
      <source>Modifier…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="100" />
      <source>Joindre le justificatif…</source>
      <translation>Joindre le justificatif…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="101" />
      <location filename="../../sosdesk/ui/expenses/page.py" line="236" />
      <source>Archiver</source>
      <translation>Archiver</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="113" />
      <source>Aucune dépense ce mois-ci.</source>
      <translation>Aucune dépense ce mois-ci.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="159" />
      <source>Total du mois : {0}</source>
      <translation>Total du mois : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="161" />
      <source>{0} sans justificatif</source>
      <translation>{0} sans justificatif</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="206" />
      <source>Justificatif de la dépense</source>
      <translation>Justificatif de la dépense</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="221" />
      <source>Lecture impossible : {0}</source>
      <translation>Lecture impossible : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="231" />
      <source>Justificatif joint : {0}</source>
      <translation>Justificatif joint : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="237" />
      <source>Archiver la dépense « {0} » ({1}) ? Elle ne sera plus facturée ; son historique est conservé.</source>
      <translation>Archiver la dépense « {0} » ({1}) ? Elle ne sera plus facturée ; son historique est conservé.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="257" />
      <source>Dépense archivée</source>
      <translation>Dépense archivée</translation>
    </message>
  </context>
  <context>
    <name>InvoicesPage</name>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="47" />
      <source>Soumettre</source>
      <translation>Soumettre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="48" />
      <source>Approuver</source>
      <translation>Approuver</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="49" />
      <source>Rejeter…</source>
      <translation>Rejeter…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="50" />
      <source>Valider</source>
      <translation>Valider</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="51" />
      <source>Marquer payée</source>
      <translation>Marquer payée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="89" />
      <source>Préparer / régénérer le brouillon régional</source>
      <translation>Préparer / régénérer le brouillon régional</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="91" />
      <source>Préparer le brouillon national</source>
      <translation>Préparer le brouillon national</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="94" />
      <source>Paramètres de facturation…</source>
      <translation>Paramètres de facturation…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="103" />
      <location filename="../../sosdesk/ui/invoices/page.py" line="255" />
      <source>Choisissez une case du tableau.</source>
      <translation>Choisissez une case du tableau.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="121" />
      <source>Éléments de la ligne</source>
      <translation>Éléments de la ligne</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="122" />
      <source>Justificatifs manquants</source>
      <translation>Justificatifs manquants</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="123" />
      <source>Historique</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="124" />
      <source>Grilles tarifaires</source>
      <translation>Grilles tarifaires</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="145" />
      <source>Ajouter une ligne libre…</source>
      <translation>Ajouter une ligne libre…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="148" />
      <source>Retirer la ligne libre</source>
      <translation>Retirer la ligne libre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="151" />
      <source>Émettre un avoir</source>
      <translation>Émettre un avoir</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="154" />
      <source>Envoyer à Chorus Pro</source>
      <translation>Envoyer à Chorus Pro</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="157" />
      <source>Actualiser l'état Chorus Pro</source>
      <translation>Actualiser l'état Chorus Pro</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="163" />
      <source>Exporter </source>
      <translation>Exporter </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="214" />
      <source>Utilisateur : </source>
      <translation>Utilisateur : </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="254" />
      <source>Pas encore de facture pour cette case.</source>
      <translation>Pas encore de facture pour cette case.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="319" />
      <source>Frais </source>
      <translation>Frais </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="319" />
      <source> : joindre le justificatif</source>
      <translation> : joindre le justificatif</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="342" />
      <source>Factures</source>
      <translation>Factures</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="390" />
      <source>Commentaire</source>
      <translation>Commentaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="390" />
      <source>Commentaire :</source>
      <translation>Commentaire :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="492" />
      <source>Chorus Pro : envoi en cours…</source>
      <translation>Chorus Pro : envoi en cours…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="493" />
      <source>Chorus Pro : interrogation en cours…</source>
      <translation>Chorus Pro : interrogation en cours…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="507" />
      <source>Exporter la facture</source>
      <translation>Exporter la facture</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="518" />
      <source>Exporté : </source>
      <translation>Exporté : </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="34" />
      <source>Planning</source>
      <translation>Planning</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="35" />
      <source>Dépenses</source>
      <translation>Dépenses</translation>
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
      <location filename="../../sosdesk/ui/main_window.py" line="167" />
      <source>&amp;Fichier</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="168" />
      <source>&amp;Ouvrir un fichier de données…</source>
      <translation>&amp;Ouvrir un fichier de données…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="170" />
      <source>Changer d'utilisateur…</source>
      <translation>Changer d'utilisateur…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="171" />
      <source>Utilisateurs…</source>
      <translation>Utilisateurs…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="173" />
      <source>&amp;Quitter</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="175" />
      <source>&amp;Édition</source>
      <translation>&amp;Édition</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="176" />
      <location filename="../../sosdesk/ui/main_window.py" line="200" />
      <source>Annuler</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="179" />
      <location filename="../../sosdesk/ui/main_window.py" line="204" />
      <source>Rétablir</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="190" />
      <source>&amp;Affichage</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="195" />
      <source>&amp;Aide</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="196" />
      <location filename="../../sosdesk/ui/main_window.py" line="208" />
      <source>Raccourcis du planning</source>
      <translation>Raccourcis du planning</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="197" />
      <location filename="../../sosdesk/ui/main_window.py" line="219" />
      <source>À propos de sosdesk</source>
      <translation>À propos de sosdesk</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="200" />
      <source>Annuler « {0} »</source>
      <translation>Annuler « {0} »</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="204" />
      <source>Rétablir « {0} »</source>
      <translation>Rétablir « {0} »</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="209" />
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
      <location filename="../../sosdesk/ui/main_window.py" line="220" />
      <source>sosdesk {0}
Planification, facturation et suivi socio-judiciaire.</source>
      <translation>sosdesk {0}
Planification, facturation et suivi socio-judiciaire.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="223" />
      <source>Ouvrir un fichier de données</source>
      <translation>Ouvrir un fichier de données</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="224" />
      <source>Données sosdesk (*.db *.sqlite)</source>
      <translation>Données sosdesk (*.db *.sqlite)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="233" />
      <source>Fichier de données</source>
      <translation>Fichier de données</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="251" />
      <source>Fichier : {0}</source>
      <translation>Fichier : {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="263" />
      <source>Utilisateur : {0} ({1})</source>
      <translation>Utilisateur : {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="264" />
      <source>Utilisateur : aucun</source>
      <translation>Utilisateur : aucun</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="305" />
      <source>Synchronisation : à jour</source>
      <translation>Synchronisation : à jour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="306" />
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
      <location filename="../../sosdesk/ui/calendar/edits.py" line="229" />
      <source>Répéter chaque semaine</source>
      <translation>Répéter chaque semaine</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="243" />
      <source>Copier la semaine vers la suivante</source>
      <translation>Copier la semaine vers la suivante</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="250" />
      <source>{0} rendez-vous créés.</source>
      <translation>{0} rendez-vous créés.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="252" />
      <source>{0} non copiés (règle enfreinte) :</source>
      <translation>{0} non copiés (règle enfreinte) :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="264" />
      <source>Planification automatique</source>
      <translation>Planification automatique</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="276" />
      <source>Modifier…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="277" />
      <source>Présences et justificatif…</source>
      <translation>Présences et justificatif…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="278" />
      <source>Marquer comme tenu (tous présents)</source>
      <translation>Marquer comme tenu (tous présents)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="279" />
      <source>Présences de la journée…</source>
      <translation>Présences de la journée…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="280" />
      <source>Répéter chaque semaine jusqu'au…</source>
      <translation>Répéter chaque semaine jusqu'au…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="281" />
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
    <name>MessagesModel</name>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="73" />
      <source>en attente</source>
      <translation>en attente</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="74" />
      <source>envoi en cours</source>
      <translation>envoi en cours</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="75" />
      <source>envoyé</source>
      <translation>envoyé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="76" />
      <source>échec</source>
      <translation>échec</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="77" />
      <source>nouvel essai prévu</source>
      <translation>nouvel essai prévu</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="78" />
      <source>non envoyé</source>
      <translation>non envoyé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="79" />
      <source>remplacé</source>
      <translation>remplacé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="80" />
      <source>incertain (à vérifier)</source>
      <translation>incertain (à vérifier)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="82" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="83" />
      <source>e-mail</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="84" />
      <source>rappel</source>
      <translation>rappel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="85" />
      <source>modification</source>
      <translation>modification</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="86" />
      <source>annulation</source>
      <translation>annulation</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="107" />
      <source>Échéance</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="107" />
      <source>Bénéficiaire</source>
      <translation>Bénéficiaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="108" />
      <source>Canal</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="108" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="109" />
      <source>Rendez-vous</source>
      <translation>Rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="109" />
      <source>État</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="110" />
      <source>Essais</source>
      <translation>Essais</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="110" />
      <source>Détail</source>
      <translation>Détail</translation>
    </message>
  </context>
  <context>
    <name>ObligationsModel</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="48" />
      <source>Bénéficiaire</source>
      <translation>Bénéficiaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="48" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="49" />
      <source>Prévu</source>
      <translation>Prévu</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="49" />
      <source>Requis</source>
      <translation>Requis</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="50" />
      <source>Couverture</source>
      <translation>Couverture</translation>
    </message>
  </context>
  <context>
    <name>ObligationsPanel</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="168" />
      <source>Rechercher…</source>
      <translation>Rechercher…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="169" />
      <source>Sous l'obligation</source>
      <translation>Sous l'obligation</translation>
    </message>
  </context>
  <context>
    <name>OutputActions</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="73" />
      <source>Imprimer / PDF…</source>
      <translation>Imprimer / PDF…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="74" />
      <source>Planning de la semaine affichée, en PDF</source>
      <translation>Planning de la semaine affichée, en PDF</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="77" />
      <source>Feuille d'émargement…</source>
      <translation>Feuille d'émargement…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="78" />
      <source>Feuilles à signer d'un site pour un jour, en PDF</source>
      <translation>Feuilles à signer d'un site pour un jour, en PDF</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="80" />
      <source>Exporter le calendrier (iCal)…</source>
      <translation>Exporter le calendrier (iCal)…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="81" />
      <source>Rendez-vous d'un professionnel pour son agenda (fichier .ics)</source>
      <translation>Rendez-vous d'un professionnel pour son agenda (fichier .ics)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="83" />
      <source>Joindre la feuille d'émargement scannée…</source>
      <translation>Joindre la feuille d'émargement scannée…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="84" />
      <source>La feuille signée d'un site pour un jour justifie ses rendez-vous</source>
      <translation>La feuille signée d'un site pour un jour justifie ses rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="140" />
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="204" />
      <source>Exporter le calendrier (iCal)</source>
      <translation>Exporter le calendrier (iCal)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="140" />
      <source>Professionnel(le) :</source>
      <translation>Professionnel(le) :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="146" />
      <source>{0} en cours…</source>
      <translation>{0} en cours…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="149" />
      <source>{0} : {1}</source>
      <translation>{0} : {1}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="153" />
      <source>{0} impossible : {1}</source>
      <translation>{0} impossible : {1}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="163" />
      <source>Aucun planning affiché à imprimer.</source>
      <translation>Aucun planning affiché à imprimer.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="169" />
      <source>Imprimer le planning de la semaine</source>
      <translation>Imprimer le planning de la semaine</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="170" />
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="188" />
      <source>Document PDF (*.pdf)</source>
      <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="175" />
      <source>Planning PDF</source>
      <translation>Planning PDF</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="182" />
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="186" />
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="193" />
      <source>Feuille d'émargement</source>
      <translation>Feuille d'émargement</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="205" />
      <source>Calendrier iCalendar (*.ics)</source>
      <translation>Calendrier iCalendar (*.ics)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="210" />
      <source>Calendrier iCal</source>
      <translation>Calendrier iCal</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="218" />
      <source>Joindre la feuille d'émargement scannée</source>
      <translation>Joindre la feuille d'émargement scannée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="222" />
      <source>Feuille d'émargement scannée</source>
      <translation>Feuille d'émargement scannée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="222" />
      <source>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="231" />
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
      <location filename="../../sosdesk/ui/people/page.py" line="33" />
      <source>Bénéficiaires</source>
      <translation>Bénéficiaires</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="34" />
      <source>Professionnels</source>
      <translation>Professionnels</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="35" />
      <source>Sites</source>
      <translation>Sites</translation>
    </message>
  </context>
  <context>
    <name>PeopleTab</name>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="36" />
      <source>ce bénéficiaire</source>
      <translation>ce bénéficiaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="37" />
      <source>ce professionnel</source>
      <translation>ce professionnel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="38" />
      <source>ce site</source>
      <translation>ce site</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="59" />
      <source>Rechercher (nom, téléphone, site, compétence…)</source>
      <translation>Rechercher (nom, téléphone, site, compétence…)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="65" />
      <source>Nouveau…</source>
      <translation>Nouveau…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="66" />
      <source>Modifier…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="66" />
      <source>Détails…</source>
      <translation>Détails…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="67" />
      <source>Archiver…</source>
      <translation>Archiver…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="68" />
      <source>Voir le planning</source>
      <translation>Voir le planning</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="159" />
      <source>Archiver</source>
      <translation>Archiver</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="160" />
      <source>Archiver {0} ({1}) ? Il n'apparaîtra plus dans les listes ; son historique est conservé.</source>
      <translation>Archiver {0} ({1}) ? Il n'apparaîtra plus dans les listes ; son historique est conservé.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="181" />
      <source>Archivé : {0}</source>
      <translation>Archivé : {0}</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="59" />
      <source>{0} (archivé ou hors région)</source>
      <translation>{0} (archivé ou hors région)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="99" />
      <source>Enregistrer</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="100" />
      <source>Annuler</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="108" />
      <source>Congés et absences</source>
      <translation>Congés et absences</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="111" />
      <source>Historique ({0})</source>
      <translation>Historique ({0})</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="135" />
      <source>Enregistrement impossible :</source>
      <translation>Enregistrement impossible :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="38" />
      <source>Nouveau bénéficiaire</source>
      <translation>Nouveau bénéficiaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="39" />
      <source>Bénéficiaire</source>
      <translation>Bénéficiaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="128" />
      <source>Nouveau professionnel</source>
      <translation>Nouveau professionnel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="129" />
      <source>Professionnel</source>
      <translation>Professionnel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="197" />
      <source>Nouveau site</source>
      <translation>Nouveau site</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="198" />
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
      <location filename="../../sosdesk/ui/phone_panel.py" line="123" />
      <source>Accès coupé : l'ancienne adresse ne répond plus.</source>
      <translation>Accès coupé : l'ancienne adresse ne répond plus.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="125" />
      <source>Nouvelle adresse (l'ancienne ne répond plus) :</source>
      <translation>Nouvelle adresse (l'ancienne ne répond plus) :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="126" />
      <source>Adresse :</source>
      <translation>Adresse :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="141" />
      <source>Liens et téléphones connectés révoqués.</source>
      <translation>Liens et téléphones connectés révoqués.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="143" />
      <source>Code : {0} — à scanner avec le téléphone :</source>
      <translation>Code : {0} — à scanner avec le téléphone :</translation>
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
      <location filename="../../sosdesk/ui/calendar/planner.py" line="89" />
      <source>Planifier la semaine {0}</source>
      <translation>Planifier la semaine {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="92" />
      <source>Recherche d'un planning…</source>
      <translation>Recherche d'un planning…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="95" />
      <source>Arrêter (garder le meilleur)</source>
      <translation>Arrêter (garder le meilleur)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="98" />
      <source>Tout accepter</source>
      <translation>Tout accepter</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="99" />
      <source>Accepter la sélection</source>
      <translation>Accepter la sélection</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="100" />
      <source>Rejeter</source>
      <translation>Rejeter</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="107" />
      <source>Rendez-vous proposés</source>
      <translation>Rendez-vous proposés</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="109" />
      <source>Obligations non couvertes</source>
      <translation>Obligations non couvertes</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="122" />
      <source>Échec du planificateur : </source>
      <translation>Échec du planificateur : </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="137" />
      <source>Arrêt demandé : vérification du meilleur planning trouvé…</source>
      <translation>Arrêt demandé : vérification du meilleur planning trouvé…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="155" />
      <source>Calcul de la borne de couverture…</source>
      <translation>Calcul de la borne de couverture…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="156" />
      <source>Premier planning…</source>
      <translation>Premier planning…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="157" />
      <source>Amélioration du planning…</source>
      <translation>Amélioration du planning…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="158" />
      <source>Vérification des règles…</source>
      <translation>Vérification des règles…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="159" />
      <source>Analyse des obligations non couvertes…</source>
      <translation>Analyse des obligations non couvertes…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="166" />
      <source>Meilleure couverture : {0} / {1} min</source>
      <translation>Meilleure couverture : {0} / {1} min</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="189" />
      <source>{0} rendez-vous proposés, couverture {1} / {2} min</source>
      <translation>{0} rendez-vous proposés, couverture {1} / {2} min</translation>
    </message>
  </context>
  <context>
    <name>PlanningPage</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="115" />
      <source>Semaine précédente</source>
      <translation>Semaine précédente</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="121" />
      <source>Semaine suivante</source>
      <translation>Semaine suivante</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="122" />
      <source>Aujourd'hui</source>
      <translation>Aujourd'hui</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="124" />
      <source>Aller à… (2026-W48, 24/11/2026)</source>
      <translation>Aller à… (2026-W48, 24/11/2026)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="130" />
      <source>Professionnels côte à côte</source>
      <translation>Professionnels côte à côte</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="131" />
      <source>Un professionnel</source>
      <translation>Un professionnel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="131" />
      <source>Un bénéficiaire</source>
      <translation>Un bénéficiaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="132" />
      <source>Un site</source>
      <translation>Un site</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="147" />
      <source>Choisir les professionnels</source>
      <translation>Choisir les professionnels</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="152" />
      <source>Dimanche</source>
      <translation>Dimanche</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="157" />
      <source>Planifier la semaine</source>
      <translation>Planifier la semaine</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="161" />
      <source>Copier → semaine suivante</source>
      <translation>Copier → semaine suivante</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="162" />
      <source>Présences du jour</source>
      <translation>Présences du jour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="165" />
      <source>Imprimer / exporter</source>
      <translation>Imprimer / exporter</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="187" />
      <source>Refusé : </source>
      <translation>Refusé : </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="200" />
      <source>&lt;b&gt;Obligations de la semaine&lt;/b&gt;</source>
      <translation>&lt;b&gt;Obligations de la semaine&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="282" />
      <source>{0} · {1} – {2}</source>
      <translation>{0} · {1} – {2}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="302" />
      <source>&lt;b&gt;Présences à saisir ({0})&lt;/b&gt;</source>
      <translation>&lt;b&gt;Présences à saisir ({0})&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="470" />
      <source>Règle {0}/{1} : {2}</source>
      <translation>Règle {0}/{1} : {2}</translation>
    </message>
  </context>
  <context>
    <name>ProfessionalDialog</name>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="137" />
      <source>nom@exemple.fr</source>
      <translation>nom@exemple.fr</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="139" />
      <source>— aucun —</source>
      <translation>— aucun —</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="146" />
      <source>sans plafond</source>
      <translation>sans plafond</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="147" />
      <source>Région</source>
      <translation>Région</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="147" />
      <source>Nom</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="148" />
      <source>Prénom</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="148" />
      <location filename="../../sosdesk/ui/people/dialogs.py" line="171" />
      <source>Téléphone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="149" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="150" />
      <source>Site de rattachement</source>
      <translation>Site de rattachement</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="151" />
      <source>Plafond hebdomadaire</source>
      <translation>Plafond hebdomadaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="154" />
      <source>Compétences</source>
      <translation>Compétences</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="157" />
      <source>Fiche</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="160" />
      <source>Disponibilités</source>
      <translation>Disponibilités</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="161" />
      <source>Vide : disponible aux heures d'ouverture des sites.</source>
      <translation>Vide : disponible aux heures d'ouverture des sites.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="162" />
      <source>Sites (aucun = tous)</source>
      <translation>Sites (aucun = tous)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="165" />
      <source>Disponibilités et sites</source>
      <translation>Disponibilités et sites</translation>
    </message>
  </context>
  <context>
    <name>RateForm</name>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="47" />
      <source>non tarifé</source>
      <translation>non tarifé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="48" />
      <source>heure par professionnel</source>
      <translation>heure par professionnel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="49" />
      <source>heure de séance</source>
      <translation>heure de séance</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="50" />
      <source>forfait</source>
      <translation>forfait</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="51" />
      <source>Bureau</source>
      <translation>Bureau</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="52" />
      <source>Salle louée</source>
      <translation>Salle louée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="53" />
      <source>Détention</source>
      <translation>Détention</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="54" />
      <source>Extérieur</source>
      <translation>Extérieur</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="55" />
      <source>unité</source>
      <translation>unité</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="56" />
      <source>prix</source>
      <translation>prix</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="57" />
      <source>minimum facturé</source>
      <translation>minimum facturé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="58" />
      <source>arrondi</source>
      <translation>arrondi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="59" />
      <source>professionnels facturés au plus</source>
      <translation>professionnels facturés au plus</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="60" />
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="154" />
      <source>Valable à partir du</source>
      <translation>Valable à partir du</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="61" />
      <source>Déplacements — prix de l'heure</source>
      <translation>Déplacements — prix de l'heure</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="62" />
      <source>Déplacements — arrondi</source>
      <translation>Déplacements — arrondi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="63" />
      <source>Déplacements — plafond par jour</source>
      <translation>Déplacements — plafond par jour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="64" />
      <source>Déplacements — lieux facturés</source>
      <translation>Déplacements — lieux facturés</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="65" />
      <source>Absence non excusée — part facturée</source>
      <translation>Absence non excusée — part facturée</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="66" />
      <source>Absence non excusée — délai de prévenance</source>
      <translation>Absence non excusée — délai de prévenance</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="67" />
      <source>TVA — taux</source>
      <translation>TVA — taux</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="68" />
      <source>TVA — mention</source>
      <translation>TVA — mention</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="130" />
      <source>Type de rendez-vous</source>
      <translation>Type de rendez-vous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="130" />
      <source>Unité</source>
      <translation>Unité</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="131" />
      <source>Prix (€)</source>
      <translation>Prix (€)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="131" />
      <source>Minimum</source>
      <translation>Minimum</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="132" />
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="179" />
      <source>Arrondi</source>
      <translation>Arrondi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="133" />
      <source>Professionnels facturés</source>
      <translation>Professionnels facturés</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="168" />
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="169" />
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="258" />
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="260" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="169" />
      <source>sans plafond</source>
      <translation>sans plafond</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="175" />
      <source>Déplacements</source>
      <translation>Déplacements</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="178" />
      <source>Prix de l'heure (€)</source>
      <translation>Prix de l'heure (€)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="180" />
      <source>Plafond par jour</source>
      <translation>Plafond par jour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="181" />
      <source>Lieux facturés</source>
      <translation>Lieux facturés</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="184" />
      <source> h</source>
      <translation> h</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="187" />
      <source>Absences et TVA</source>
      <translation>Absences et TVA</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="191" />
      <source>Absence non excusée facturée (%)</source>
      <translation>Absence non excusée facturée (%)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="192" />
      <source>Délai de prévenance</source>
      <translation>Délai de prévenance</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="193" />
      <source>Taux de TVA (%)</source>
      <translation>Taux de TVA (%)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="194" />
      <source>Mention de TVA</source>
      <translation>Mention de TVA</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="211" />
      <source>Formulaire</source>
      <translation>Formulaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="212" />
      <source>Avancé (JSON, lecture seule)</source>
      <translation>Avancé (JSON, lecture seule)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="215" />
      <source>Lecture seule : seul le coordinateur national modifie les grilles tarifaires.</source>
      <translation>Lecture seule : seul le coordinateur national modifie les grilles tarifaires.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="219" />
      <source>Aperçu</source>
      <translation>Aperçu</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="220" />
      <source>Effet sur le brouillon du mois et de la région choisis au tableau</source>
      <translation>Effet sur le brouillon du mois et de la région choisis au tableau</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="222" />
      <source>Enregistrer la nouvelle version</source>
      <translation>Enregistrer la nouvelle version</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="262" />
      <source>sans limite</source>
      <translation>sans limite</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="313" />
      <source>(prérempli avec la version du {0})</source>
      <translation>(prérempli avec la version du {0})</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="314" />
      <source>(aucune version existante)</source>
      <translation>(aucune version existante)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="423" />
      <source>Choisissez un mois (et une région) dans le tableau des factures.</source>
      <translation>Choisissez un mois (et une région) dans le tableau des factures.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="449" />
      <source>Version du {0} enregistrée : elle s'applique aux rendez-vous à partir de cette date.</source>
      <translation>Version du {0} enregistrée : elle s'applique aux rendez-vous à partir de cette date.</translation>
    </message>
  </context>
  <context>
    <name>RemindersPage</name>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="165" />
      <source>Rappels : erreur inattendue ({0})</source>
      <translation>Rappels : erreur inattendue ({0})</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="368" />
      <source>Messages</source>
      <translation>Messages</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="370" />
      <source>Modèles</source>
      <translation>Modèles</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="372" />
      <source>Règles et envoi</source>
      <translation>Règles et envoi</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="392" />
      <source>Bénéficiaire :</source>
      <translation>Bénéficiaire :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="394" />
      <source>Envoyer maintenant</source>
      <translation>Envoyer maintenant</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="396" />
      <source>Renvoyer</source>
      <translation>Renvoyer</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="398" />
      <source>Marquer comme envoyé</source>
      <translation>Marquer comme envoyé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="424" />
      <source>Tous</source>
      <translation>Tous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="438" />
      <source>{sent} envoyé(s), {failed} en échec, {waiting} en attente, {uncertain} à vérifier, {skipped} non envoyé(s)</source>
      <translation>{sent} envoyé(s), {failed} en échec, {waiting} en attente, {uncertain} à vérifier, {skipped} non envoyé(s)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="456" />
      <source>Message {id} : renvoi programmé</source>
      <translation>Message {id} : renvoi programmé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="461" />
      <source>Message {id} : marqué envoyé</source>
      <translation>Message {id} : marqué envoyé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="492" />
      <source>Rappels : {sent} envoyé(s), {failed} en échec</source>
      <translation>Rappels : {sent} envoyé(s), {failed} en échec</translation>
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
    <name>ReportTableModel</name>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="28" />
      <source>Professionnel</source>
      <translation>Professionnel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="28" />
      <source>Région</source>
      <translation>Région</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="29" />
      <source>Prévu (h)</source>
      <translation>Prévu (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="29" />
      <source>Réalisé (h)</source>
      <translation>Réalisé (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="30" />
      <source>Plafond (h)</source>
      <translation>Plafond (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="30" />
      <source>Charge (%)</source>
      <translation>Charge (%)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="31" />
      <source>Bénéficiaire</source>
      <translation>Bénéficiaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="31" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="32" />
      <source>Requis (h)</source>
      <translation>Requis (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="32" />
      <source>Couverture (%)</source>
      <translation>Couverture (%)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="33" />
      <source>Tenus</source>
      <translation>Tenus</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="33" />
      <source>Tenus (h)</source>
      <translation>Tenus (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="34" />
      <source>Absences</source>
      <translation>Absences</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="34" />
      <source>Absences (h)</source>
      <translation>Absences (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="35" />
      <source>Annulés</source>
      <translation>Annulés</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="35" />
      <source>Annulés (h)</source>
      <translation>Annulés (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="36" />
      <source>Présences à saisir</source>
      <translation>Présences à saisir</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="37" />
      <source>Présences à saisir (h)</source>
      <translation>Présences à saisir (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="38" />
      <source>Périmètre</source>
      <translation>Périmètre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="38" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="39" />
      <source>Édition</source>
      <translation>Édition</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="39" />
      <source>Numéro</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="40" />
      <source>Statut</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="40" />
      <source>HT (€)</source>
      <translation>HT (€)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="41" />
      <source>TVA (€)</source>
      <translation>TVA (€)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="41" />
      <source>TTC (€)</source>
      <translation>TTC (€)</translation>
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
      <location filename="../../sosdesk/ui/reminders_page.py" line="262" />
      <source>ex. 48, 2 (heures avant le rendez-vous ; vide = aucun)</source>
      <translation>ex. 48, 2 (heures avant le rendez-vous ; vide = aucun)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="264" />
      <source>Rappels {c} (heures avant) :</source>
      <translation>Rappels {c} (heures avant) :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="271" />
      <source>Pas de SMS de :</source>
      <translation>Pas de SMS de :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="272" />
      <source>à :</source>
      <translation>à :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="273" />
      <source>Délai minimal après les heures calmes (min) :</source>
      <translation>Délai minimal après les heures calmes (min) :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="274" />
      <source>Nom de la structure :</source>
      <translation>Nom de la structure :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="279" />
      <location filename="../../sosdesk/ui/reminders_page.py" line="292" />
      <source>inchangé</source>
      <translation>inchangé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="280" />
      <source>Serveur SMTP</source>
      <translation>Serveur SMTP</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="281" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="282" />
      <source>Sécurité (starttls, ssl, none)</source>
      <translation>Sécurité (starttls, ssl, none)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="283" />
      <source>Identifiant</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="284" />
      <source>Expéditeur</source>
      <translation>Expéditeur</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="285" />
      <source>Certificat d'autorité (fichier PEM, facultatif)</source>
      <translation>Certificat d'autorité (fichier PEM, facultatif)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="287" />
      <location filename="../../sosdesk/ui/reminders_page.py" line="296" />
      <source>{0} :</source>
      <translation>{0} :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="288" />
      <source>Mot de passe SMTP :</source>
      <translation>Mot de passe SMTP :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="293" />
      <source>Passerelle SMS (URL)</source>
      <translation>Passerelle SMS (URL)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="294" />
      <source>Compte SMS</source>
      <translation>Compte SMS</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="295" />
      <source>Nom d'expéditeur SMS</source>
      <translation>Nom d'expéditeur SMS</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="297" />
      <source>Jeton SMS :</source>
      <translation>Jeton SMS :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="301" />
      <source>Enregistrer</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="311" />
      <source>port SMTP invalide</source>
      <translation>port SMTP invalide</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="320" />
      <source>Non enregistré : </source>
      <translation>Non enregistré : </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="329" />
      <source>Règles de rappel enregistrées</source>
      <translation>Règles de rappel enregistrées</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="347" />
      <source>délai « {0} » invalide (un nombre d'heures, ex. 48 ou 2)</source>
      <translation>délai « {0} » invalide (un nombre d'heures, ex. 48 ou 2)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="349" />
      <source>règles</source>
      <translation>règles</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="34" />
      <source>Changer d'utilisateur</source>
      <translation>Changer d'utilisateur</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="35" />
      <source>Connexion — {0}</source>
      <translation>Connexion — {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="46" />
      <source> (sans mot de passe)</source>
      <translation> (sans mot de passe)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="56" />
      <source>Mot de passe</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="64" />
      <source>Utilisateur :</source>
      <translation>Utilisateur :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="66" />
      <source>Mot de passe :</source>
      <translation>Mot de passe :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="95" />
      <source>Choisissez un utilisateur.</source>
      <translation>Choisissez un utilisateur.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="99" />
      <source>Cet utilisateur n'a pas de mot de passe : le coordinateur national (ou l'administrateur de sa région) doit lui en donner un.</source>
      <translation>Cet utilisateur n'a pas de mot de passe : le coordinateur national (ou l'administrateur de sa région) doit lui en donner un.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="103" />
      <source>Mot de passe incorrect : réessayez.</source>
      <translation>Mot de passe incorrect : réessayez.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="108" />
      <source>Ce mot de passe vous a été donné : choisissez d'abord le vôtre (sosdesk user passwd).</source>
      <translation>Ce mot de passe vous a été donné : choisissez d'abord le vôtre (sosdesk user passwd).</translation>
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
      <location filename="../../sosdesk/ui/people/dialogs.py" line="217" />
      <source>Ouvert les jours fériés (détention…)</source>
      <translation>Ouvert les jours fériés (détention…)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="218" />
      <source>Région</source>
      <translation>Région</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="218" />
      <source>Nom</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="219" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="219" />
      <source>Adresse</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="220" />
      <source>Capacité (rendez-vous simultanés)</source>
      <translation>Capacité (rendez-vous simultanés)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="221" />
      <source>Coefficient tarifaire</source>
      <translation>Coefficient tarifaire</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="222" />
      <source>Jours fériés</source>
      <translation>Jours fériés</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="226" />
      <source>Horaires d'ouverture</source>
      <translation>Horaires d'ouverture</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="228" />
      <source>Fiche</source>
      <translation>Fiche</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="178" />
      <source>Synchroniser</source>
      <translation>Synchroniser</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="179" />
      <source>Annuler</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="181" />
      <location filename="../../sosdesk/ui/sync_page.py" line="362" />
      <source>Exporter le fichier régional</source>
      <translation>Exporter le fichier régional</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="182" />
      <location filename="../../sosdesk/ui/sync_page.py" line="371" />
      <source>Fusionner des fichiers régionaux</source>
      <translation>Fusionner des fichiers régionaux</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="199" />
      <source>Garder ma version</source>
      <translation>Garder ma version</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="200" />
      <source>Garder celle du service</source>
      <translation>Garder celle du service</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="201" />
      <source>Fusionner champ par champ</source>
      <translation>Fusionner champ par champ</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="205" />
      <source>Conflits à trancher</source>
      <translation>Conflits à trancher</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="221" />
      <source>Ignorer</source>
      <translation>Ignorer</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="223" />
      <source>Modifications refusées par le service</source>
      <translation>Modifications refusées par le service</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="240" />
      <source>jamais</source>
      <translation>jamais</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="244" />
      <source>Service : {server} — dernière synchronisation : {last} — modifications en attente : {pending} — conflits : {conflicts} — refus : {rejected}</source>
      <translation>Service : {server} — dernière synchronisation : {last} — modifications en attente : {pending} — conflits : {conflicts} — refus : {rejected}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="246" />
      <source>non enrôlé</source>
      <translation>non enrôlé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="296" />
      <source>En cours…</source>
      <translation>En cours…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="321" />
      <source>{n} envoyée(s), {m} reçue(s)</source>
      <translation>{n} envoyée(s), {m} reçue(s)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="324" />
      <source>{n} à trancher ou refusée(s)</source>
      <translation>{n} à trancher ou refusée(s)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="334" />
      <source>{n} modification(s) écrite(s) dans le fichier régional.</source>
      <translation>{n} modification(s) écrite(s) dans le fichier régional.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="348" />
      <source>{f} : refusé — {e}</source>
      <translation>{f} : refusé — {e}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="351" />
      <source>{f} : {n} modification(s) — {d}</source>
      <translation>{f} : {n} modification(s) — {d}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="358" />
      <source>Phrase de passe :</source>
      <translation>Phrase de passe :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="363" />
      <source>Fichier régional (*.sosdesk)</source>
      <translation>Fichier régional (*.sosdesk)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="366" />
      <source>Chiffrer le fichier régional</source>
      <translation>Chiffrer le fichier régional</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="372" />
      <source>Fichiers régionaux (*.sosdesk)</source>
      <translation>Fichiers régionaux (*.sosdesk)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="375" />
      <source>Déchiffrer les fichiers régionaux</source>
      <translation>Déchiffrer les fichiers régionaux</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="379" />
      <source>Fusion</source>
      <translation>Fusion</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="379" />
      <source>Aucune phrase de passe : rien n'a été fait.</source>
      <translation>Aucune phrase de passe : rien n'a été fait.</translation>
    </message>
  </context>
  <context>
    <name>TemplateEditor</name>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="195" />
      <source>Enregistrer le modèle</source>
      <translation>Enregistrer le modèle</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="197" />
      <source>Champs : </source>
      <translation>Champs : </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="200" />
      <source>Modèle :</source>
      <translation>Modèle :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="201" />
      <source>Objet (e-mail) :</source>
      <translation>Objet (e-mail) :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="202" />
      <source>Texte :</source>
      <translation>Texte :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="204" />
      <source>Aperçu :</source>
      <translation>Aperçu :</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="241" />
      <source>Modèle non enregistré : </source>
      <translation>Modèle non enregistré : </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="243" />
      <source>Modèle enregistré</source>
      <translation>Modèle enregistré</translation>
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
      <location filename="../../sosdesk/ui/users/manage.py" line="167" />
      <source>Mot de passe enregistré.</source>
      <translation>Mot de passe enregistré.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="180" />
      <source>Choisissez un utilisateur.</source>
      <translation>Choisissez un utilisateur.</translation>
    </message>
  </context>
  <context>
    <name>WeekScene</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="39" />
      <source>fermé</source>
      <translation>fermé</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="40" />
      <source>indisponible</source>
      <translation>indisponible</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="41" />
      <source>lun.</source>
      <translation>lun.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="41" />
      <source>mar.</source>
      <translation>mar.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="42" />
      <source>mer.</source>
      <translation>mer.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="42" />
      <source>jeu.</source>
      <translation>jeu.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="43" />
      <source>ven.</source>
      <translation>ven.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="43" />
      <source>sam.</source>
      <translation>sam.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="44" />
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
      <location filename="../../sosdesk/ui/app.py" line="99" />
      <source>Impossible d'ouvrir le fichier de données :
{0}</source>
      <translation>Impossible d'ouvrir le fichier de données :
{0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/app.py" line="145" />
      <source>Fusionner {0}</source>
      <translation>Fusionner {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/app.py" line="146" />
      <source>Phrase de passe :</source>
      <translation>Phrase de passe :</translation>
    </message>
  </context>
</TS>
