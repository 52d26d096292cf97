<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
  <context>
    <name>AbsencesTab</name>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="56" />
      <source>Enregistrez d'abord la fiche pour saisir ses congés et absences.</source>
      <translation>Save the record first to enter its leave and absences.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="68" />
      <source>Toute la journée</source>
      <translation>All day</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="79" />
      <source>Du</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="80" />
      <source>Au</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="81" />
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="82" />
      <source>Motif</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="85" />
      <source>fermé</source>
      <translation>closed</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="87" />
      <source>Capacité pendant la période</source>
      <translation>Capacity during the period</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="90" />
      <source>Ajouter</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="91" />
      <source>Supprimer la sélection</source>
      <translation>Delete the selection</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="104" />
      <source>Annuler ces rendez-vous</source>
      <translation>Cancel these meetings</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="136" />
      <source>Enregistrement impossible : {0}</source>
      <translation>Cannot save: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="147" />
      <source>Enregistré. Aucun rendez-vous prévu n'est touché.</source>
      <translation>Saved. No planned meeting is affected.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="151" />
      <source>Enregistré. {0} rendez-vous prévu(s) deviennent impossibles : déplacez-les dans le planning ou annulez-les.</source>
      <translation>Saved. {0} planned meeting(s) become impossible: move them in the planning or cancel them.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="168" />
      <source>{0} rendez-vous annulé(s).</source>
      <translation>{0} meeting(s) cancelled.</translation>
    </message>
  </context>
  <context>
    <name>AddUserDialog</name>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="36" />
      <source>Nouvel utilisateur</source>
      <translation>New user</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="42" />
      <source>(aucune)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="52" />
      <source>Nom :</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="53" />
      <source>Rôle :</source>
      <translation>Role:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="54" />
      <source>Région :</source>
      <translation>Region:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="55" />
      <source>E-mail :</source>
      <translation>E-mail:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="57" />
      <source>Mot de passe initial :</source>
      <translation>Initial password:</translation>
    </message>
  </context>
  <context>
    <name>AttendanceDialog</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="31" />
      <source>Présent</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="32" />
      <source>Absent excusé</source>
      <translation>Absent (excused)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="33" />
      <source>Absent non excusé</source>
      <translation>Absent (unexcused)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="42" />
      <source>Présences — {0} {1}</source>
      <translation>Attendance — {0} {1}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="57" />
      <source>Présent(e)</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="59" />
      <source>Justificatif joint</source>
      <translation>Proof attached</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="59" />
      <source>Aucun justificatif</source>
      <translation>No proof</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="60" />
      <source>Joindre un justificatif…</source>
      <translation>Attach a proof…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="65" />
      <source>Émargement</source>
      <translation>Sign-in sheet</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="74" />
      <source>Justificatif scanné</source>
      <translation>Scanned proof</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="75" />
      <source>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
  </context>
  <context>
    <name>BeneficiaryDialog</name>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="46" />
      <source>JJ/MM/AAAA</source>
      <translation>DD/MM/YYYY</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="48" />
      <source>ex. sursis probatoire, placement extérieur…</source>
      <translation>e.g. probation, external placement…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="50" />
      <source>nom@exemple.fr</source>
      <translation>name@example.com</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="51" />
      <source>accepte les rappels par SMS</source>
      <translation>accepts SMS reminders</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="52" />
      <source>accepte les rappels par e-mail</source>
      <translation>accepts e-mail reminders</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="54" />
      <source>— aucun —</source>
      <translation>— none —</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="60" />
      <source>Région</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="60" />
      <source>Nom</source>
      <translation>Last name</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="61" />
      <source>Prénom</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="62" />
      <source>Date de naissance</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="63" />
      <source>Mesure</source>
      <translation>Court measure</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="64" />
      <source>Début de mesure</source>
      <translation>Measure start</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="65" />
      <source>Fin de mesure</source>
      <translation>Measure end</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="66" />
      <source>Téléphone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="66" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="68" />
      <source>Référent</source>
      <translation>Referent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="69" />
      <source>Rendez-vous max. par jour</source>
      <translation>Max. meetings per day</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="71" />
      <source>Fiche</source>
      <translation>Details</translation>
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
      <translation>Availability</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="77" />
      <source>Vide : disponible aux heures d'ouverture (ex. horaires de semi-liberté sinon).</source>
      <translation>Empty: available during opening hours (otherwise e.g. day-release hours).</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="78" />
      <source>Indisponibilités</source>
      <translation>Unavailability</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="78" />
      <source>Travail, formation, soins…</source>
      <translation>Work, training, medical care…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="84" />
      <source>Sites autorisés (aucun = tous)</source>
      <translation>Allowed sites (none = all)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="86" />
      <source>Contacts interdits</source>
      <translation>Forbidden contacts</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="89" />
      <source>Sites et contacts</source>
      <translation>Sites and contacts</translation>
    </message>
  </context>
  <context>
    <name>BillingSettingsDialog</name>
    <message>
      <location filename="../../sosdesk/ui/invoices/billing_settings_dialog.py" line="46" />
      <source>Paramètres de facturation</source>
      <translation>Billing settings</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/billing_settings_dialog.py" line="73" />
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/billing_settings_dialog.py" line="74" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/billing_settings_dialog.py" line="96" />
      <source>À compléter pour la facture électronique : </source>
      <translation>To complete for e-invoicing: </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/billing_settings_dialog.py" line="97" />
      <source>Paramètres complets pour la facture électronique.</source>
      <translation>Settings complete for e-invoicing.</translation>
    </message>
  </context>
  <context>
    <name>ChecklistWidget</name>
    <message>
      <location filename="../../sosdesk/ui/people/pickers.py" line="36" />
      <source>Filtrer…</source>
      <translation>Filter…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/pickers.py" line="66" />
      <source>{0} (archivé ou hors région)</source>
      <translation>{0} (archived or outside the region)</translation>
    </message>
  </context>
  <context>
    <name>CustomLineDialog</name>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="28" />
      <source>Ajouter une ligne libre</source>
      <translation>Add a free line</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="30" />
      <source>ex. Séance supplémentaire du 12/10</source>
      <translation>e.g. Extra session on 12/10</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="33" />
      <source>en euros, ex. 25,00</source>
      <translation>in euros, e.g. 25.00</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="37" />
      <source>obligatoire sur une facture régionale</source>
      <translation>required on a regional invoice</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="37" />
      <source>facultative</source>
      <translation>optional</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="42" />
      <source>Libellé</source>
      <translation>Label</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="43" />
      <source>Quantité</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="44" />
      <source>Prix unitaire HT (€)</source>
      <translation>Unit price excl. VAT (€)</translation>
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
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="48" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="65" />
      <source>le libellé est obligatoire</source>
      <translation>the label is required</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="67" />
      <source>la justification est obligatoire sur une facture régionale</source>
      <translation>a justification is required on a regional invoice</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="72" />
      <source>quantité : </source>
      <translation>quantity: </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="76" />
      <source>prix unitaire : </source>
      <translation>unit price: </translation>
    </message>
  </context>
  <context>
    <name>DayAttendanceDialog</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="119" />
      <source>Marquer toute la journée comme tenue</source>
      <translation>Mark the whole day as held</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="121" />
      <source>Feuille d'émargement…</source>
      <translation>Attendance sheet…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="123" />
      <source>Joindre la feuille d'émargement scannée…</source>
      <translation>Attach the scanned attendance sheet…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="134" />
      <source>Double-cliquez un rendez-vous pour saisir ses présences.</source>
      <translation>Double-click a meeting to record its attendance.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="143" />
      <source>Feuilles signées jointes : {0}</source>
      <translation>Signed sheets attached: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="144" />
      <source>Aucune feuille signée jointe pour ce jour.</source>
      <translation>No signed sheet attached for this day.</translation>
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
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="36" />
      <source>Montant</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="37" />
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="99" />
      <source>Libellé</source>
      <translation>Label</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="38" />
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="100" />
      <source>Rendez-vous lié</source>
      <translation>Linked meeting</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="39" />
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="95" />
      <source>Région</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="40" />
      <source>Justificatif</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="41" />
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="68" />
      <source>Dépense</source>
      <translation>Expense</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="68" />
      <source>Nouvelle dépense</source>
      <translation>New expense</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="81" />
      <source>JJ/MM/AAAA</source>
      <translation>DD/MM/YYYY</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="86" />
      <source>ex. 120,50</source>
      <translation>e.g. 120,50</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="90" />
      <source>ex. Location salle Maison des associations</source>
      <translation>e.g. Room rental at the community centre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="98" />
      <source>Montant TTC (€)</source>
      <translation>Amount incl. tax (€)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="110" />
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="111" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="138" />
      <source>— aucun —</source>
      <translation>— none —</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="152" />
      <source>Enregistrement impossible :</source>
      <translation>Cannot save:</translation>
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
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="28" />
      <source>Libellé</source>
      <translation>Label</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="28" />
      <source>Montant</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="29" />
      <source>Justificatif</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="30" />
      <source>Rendez-vous lié</source>
      <translation>Linked meeting</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="32" />
      <source>Location de salle</source>
      <translation>Room rental</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="33" />
      <source>Matériel</source>
      <translation>Materials</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="34" />
      <source>Transport</source>
      <translation>Transport</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="35" />
      <source>Autres frais</source>
      <translation>Other expenses</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="50" />
      <source>oui</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="51" />
      <source>non</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="161" />
      <source>Facturée par la facture validée {0} : elle ne peut plus être modifiée</source>
      <translation>Billed by the validated invoice {0}: it can no longer be changed</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="165" />
      <source>Sans justificatif : la facture la signalera comme justificatif manquant</source>
      <translation>No receipt: the invoice will list it as missing proof</translation>
    </message>
  </context>
  <context>
    <name>ExpensesPage</name>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="38" />
      <source>janvier</source>
      <translation>January</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="38" />
      <source>février</source>
      <translation>February</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="39" />
      <source>mars</source>
      <translation>March</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="39" />
      <source>avril</source>
      <translation>April</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="40" />
      <source>mai</source>
      <translation>May</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="40" />
      <source>juin</source>
      <translation>June</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="41" />
      <source>juillet</source>
      <translation>July</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="41" />
      <source>août</source>
      <translation>August</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="42" />
      <source>septembre</source>
      <translation>September</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="42" />
      <source>octobre</source>
      <translation>October</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="43" />
      <source>novembre</source>
      <translation>November</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="43" />
      <source>décembre</source>
      <translation>December</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="44" />
      <source>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="76" />
      <source>Mois précédent</source>
      <translation>Previous month</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="82" />
      <source>Mois suivant</source>
      <translation>Next month</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="88" />
      <source>Rechercher (libellé, catégorie, montant, rendez-vous…)</source>
      <translation>Search (label, category, amount, meeting…)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="91" />
      <source>Sans justificatif seulement</source>
      <translation>Without receipt only</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="98" />
      <source>Nouvelle dépense…</source>
      <translation>New expense…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="99" />
      <source>Modifier…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="100" />
      <source>Joindre le justificatif…</source>
      <translation>Attach the receipt…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="101" />
      <location filename="../../sosdesk/ui/expenses/page.py" line="236" />
      <source>Archiver</source>
      <translation>Archive</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="113" />
      <source>Aucune dépense ce mois-ci.</source>
      <translation>No expenses this month.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="159" />
      <source>Total du mois : {0}</source>
      <translation>Month total: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="161" />
      <source>{0} sans justificatif</source>
      <translation>{0} without receipt</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="206" />
      <source>Justificatif de la dépense</source>
      <translation>Receipt of the expense</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="221" />
      <source>Lecture impossible : {0}</source>
      <translation>Cannot read the file: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="231" />
      <source>Justificatif joint : {0}</source>
      <translation>Receipt attached: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="237" />
      <source>Archiver la dépense « {0} » ({1}) ? Elle ne sera plus facturée ; son historique est conservé.</source>
      <translation>Archive the expense “{0}” ({1})? It will no longer be billed; its history is kept.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="257" />
      <source>Dépense archivée</source>
      <translation>Expense archived</translation>
    </message>
  </context>
  <context>
    <name>InvoicesPage</name>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="47" />
      <source>Soumettre</source>
      <translation>Submit</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="48" />
      <source>Approuver</source>
      <translation>Approve</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="49" />
      <source>Rejeter…</source>
      <translation>Reject…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="50" />
      <source>Valider</source>
      <translation>Validate</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="51" />
      <source>Marquer payée</source>
      <translation>Mark as paid</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="89" />
      <source>Préparer / régénérer le brouillon régional</source>
      <translation>Prepare / regenerate the regional draft</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="91" />
      <source>Préparer le brouillon national</source>
      <translation>Prepare the national draft</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="94" />
      <source>Paramètres de facturation…</source>
      <translation>Billing settings…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="103" />
      <location filename="../../sosdesk/ui/invoices/page.py" line="255" />
      <source>Choisissez une case du tableau.</source>
      <translation>Choose a cell of the board.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="121" />
      <source>Éléments de la ligne</source>
      <translation>Line items</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="122" />
      <source>Justificatifs manquants</source>
      <translation>Missing proof</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="123" />
      <source>Historique</source>
      <translation>History</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="124" />
      <source>Grilles tarifaires</source>
      <translation>Rate tables</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="145" />
      <source>Ajouter une ligne libre…</source>
      <translation>Add a free line…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="148" />
      <source>Retirer la ligne libre</source>
      <translation>Remove the free line</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="151" />
      <source>Émettre un avoir</source>
      <translation>Issue a credit note</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="154" />
      <source>Envoyer à Chorus Pro</source>
      <translation>Send to Chorus Pro</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="157" />
      <source>Actualiser l'état Chorus Pro</source>
      <translation>Refresh Chorus Pro status</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="163" />
      <source>Exporter </source>
      <translation>Export </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="214" />
      <source>Utilisateur : </source>
      <translation>User: </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="254" />
      <source>Pas encore de facture pour cette case.</source>
      <translation>No invoice yet for this cell.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="319" />
      <source>Frais </source>
      <translation>Expense </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="319" />
      <source> : joindre le justificatif</source>
      <translation>: attach the receipt</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="342" />
      <source>Factures</source>
      <translation>Invoices</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="390" />
      <source>Commentaire</source>
      <translation>Comment</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="390" />
      <source>Commentaire :</source>
      <translation>Comment:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="492" />
      <source>Chorus Pro : envoi en cours…</source>
      <translation>Chorus Pro: sending…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="493" />
      <source>Chorus Pro : interrogation en cours…</source>
      <translation>Chorus Pro: checking…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="507" />
      <source>Exporter la facture</source>
      <translation>Export the invoice</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="518" />
      <source>Exporté : </source>
      <translation>Exported: </translation>
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
      <translation>Expenses</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="36" />
      <source>Personnes</source>
      <translation>People</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="37" />
      <source>Factures</source>
      <translation>Invoices</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="38" />
      <source>Rapports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="39" />
      <source>Synchronisation</source>
      <translation>Synchronisation</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="40" />
      <source>Rappels</source>
      <translation>Reminders</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="43" />
      <source>Administrateur régional</source>
      <translation>Regional administrator</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="44" />
      <source>Valideur régional</source>
      <translation>Regional validator</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="45" />
      <source>Coordinateur national</source>
      <translation>National coordinator</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="78" />
      <source>sosdesk — {0}</source>
      <translation>sosdesk — {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="167" />
      <source>&amp;Fichier</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="168" />
      <source>&amp;Ouvrir un fichier de données…</source>
      <translation>&amp;Open a data file…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="170" />
      <source>Changer d'utilisateur…</source>
      <translation>Switch user…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="171" />
      <source>Utilisateurs…</source>
      <translation>Users…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="173" />
      <source>&amp;Quitter</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="175" />
      <source>&amp;Édition</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="176" />
      <location filename="../../sosdesk/ui/main_window.py" line="200" />
      <source>Annuler</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="179" />
      <location filename="../../sosdesk/ui/main_window.py" line="204" />
      <source>Rétablir</source>
      <translation>Redo</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="190" />
      <source>&amp;Affichage</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="195" />
      <source>&amp;Aide</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="196" />
      <location filename="../../sosdesk/ui/main_window.py" line="208" />
      <source>Raccourcis du planning</source>
      <translation>Planning shortcuts</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="197" />
      <location filename="../../sosdesk/ui/main_window.py" line="219" />
      <source>À propos de sosdesk</source>
      <translation>About sosdesk</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="200" />
      <source>Annuler « {0} »</source>
      <translation>Undo “{0}”</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="204" />
      <source>Rétablir « {0} »</source>
      <translation>Redo “{0}”</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="209" />
      <source>Glisser sur un créneau vide : créer un rendez-vous
Glisser un rendez-vous : le déplacer (sur la colonne d'un autre professionnel : le réattribuer)
Ctrl+glisser : copier — glisser le bord inférieur : changer la durée
Ctrl+clic ou Maj+glisser : sélection multiple
Flèches : changer de rendez-vous — Alt+flèches : déplacer d'un créneau / d'un jour
Entrée : modifier — Suppr : annuler — Ctrl+Z / Ctrl+Maj+Z : annuler / rétablir</source>
      <translation>Drag on an empty slot: create a meeting
Drag a meeting: move it (onto another professional's column: reassign it)
Ctrl+drag: copy — drag the bottom edge: change the duration
Ctrl+click or Shift+drag: multiple selection
Arrows: go to another meeting — Alt+arrows: move by one slot / one day
Enter: edit — Delete: cancel — Ctrl+Z / Ctrl+Shift+Z: undo / redo</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="220" />
      <source>sosdesk {0}
Planification, facturation et suivi socio-judiciaire.</source>
      <translation>sosdesk {0}
Planning, billing and socio-judicial follow-up.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="223" />
      <source>Ouvrir un fichier de données</source>
      <translation>Open a data file</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="224" />
      <source>Données sosdesk (*.db *.sqlite)</source>
      <translation>sosdesk data (*.db *.sqlite)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="233" />
      <source>Fichier de données</source>
      <translation>Data file</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="251" />
      <source>Fichier : {0}</source>
      <translation>File: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="263" />
      <source>Utilisateur : {0} ({1})</source>
      <translation>User: {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="264" />
      <source>Utilisateur : aucun</source>
      <translation>User: none</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="305" />
      <source>Synchronisation : à jour</source>
      <translation>Sync: up to date</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="306" />
      <source>Synchronisation : {0} modification(s) à envoyer</source>
      <translation>Sync: {0} change(s) to send</translation>
    </message>
  </context>
  <context>
    <name>MeetingActions</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="69" />
      <source>Copier {0} rendez-vous</source>
      <translation>Copy {0} meeting(s)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="72" />
      <source>Redimensionner le rendez-vous</source>
      <translation>Resize meeting</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="74" />
      <source>Déplacer {0} rendez-vous</source>
      <translation>Move {0} meetings</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="76" />
      <source>Déplacer le rendez-vous</source>
      <translation>Move meeting</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="118" />
      <source>Créer un rendez-vous</source>
      <translation>Create meeting</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="126" />
      <source>Ce rendez-vous est annulé.</source>
      <translation>This meeting is cancelled.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="132" />
      <source>Modifier le rendez-vous</source>
      <translation>Edit meeting</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="140" />
      <source>Annuler {0} rendez-vous ? L'heure d'annulation est enregistrée.</source>
      <translation>Cancel {0} meeting(s)? The cancellation time is recorded.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="142" />
      <source>Annuler {0} rendez-vous</source>
      <translation>Cancel {0} meeting(s)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="160" />
      <source>Saisir les présences</source>
      <translation>Record attendance</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="175" />
      <source>Marquer comme tenu</source>
      <translation>Mark as held</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="179" />
      <source>Journée du {0} tenue</source>
      <translation>Day {0} held</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="188" />
      <source>Présences du {0}</source>
      <translation>Attendance on {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="229" />
      <source>Répéter chaque semaine</source>
      <translation>Repeat weekly</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="243" />
      <source>Copier la semaine vers la suivante</source>
      <translation>Copy the week to the next one</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="250" />
      <source>{0} rendez-vous créés.</source>
      <translation>{0} meeting(s) created.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="252" />
      <source>{0} non copiés (règle enfreinte) :</source>
      <translation>{0} not copied (rule broken):</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="264" />
      <source>Planification automatique</source>
      <translation>Automatic planning</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="276" />
      <source>Modifier…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="277" />
      <source>Présences et justificatif…</source>
      <translation>Attendance and proof…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="278" />
      <source>Marquer comme tenu (tous présents)</source>
      <translation>Mark as held (all present)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="279" />
      <source>Présences de la journée…</source>
      <translation>Attendance of the day…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="280" />
      <source>Répéter chaque semaine jusqu'au…</source>
      <translation>Repeat weekly until…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="281" />
      <source>Annuler le rendez-vous</source>
      <translation>Cancel meeting</translation>
    </message>
  </context>
  <context>
    <name>MeetingDialog</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="30" />
      <source>lundi</source>
      <translation>Monday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="30" />
      <source>mardi</source>
      <translation>Tuesday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="31" />
      <source>mercredi</source>
      <translation>Wednesday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="31" />
      <source>jeudi</source>
      <translation>Thursday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="32" />
      <source>vendredi</source>
      <translation>Friday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="32" />
      <source>samedi</source>
      <translation>Saturday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="33" />
      <source>dimanche</source>
      <translation>Sunday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="64" />
      <source>Modifier le rendez-vous</source>
      <translation>Edit meeting</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="64" />
      <source>Nouveau rendez-vous</source>
      <translation>New meeting</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="90" />
      <source>Filtrer les bénéficiaires…</source>
      <translation>Filter beneficiaries…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="93" />
      <source>Rendez-vous fixe (le planificateur ne le déplace pas)</source>
      <translation>Fixed meeting (the planner does not move it)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="105" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="106" />
      <source>Jour</source>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="107" />
      <source>Début</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="108" />
      <source>Durée</source>
      <translation>Duration</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="109" />
      <source>Site</source>
      <translation>Site</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="110" />
      <source>Professionnels</source>
      <translation>Professionals</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="111" />
      <source>Bénéficiaires</source>
      <translation>Beneficiaries</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="114" />
      <source>Battement</source>
      <translation>Buffer</translation>
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
      <translation>cancelled</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/items.py" line="24" />
      <source>absent</source>
      <translation>no-show</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/items.py" line="26" />
      <source>tenu</source>
      <translation>held</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/items.py" line="27" />
      <source>prévu</source>
      <translation>planned</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/items.py" line="88" />
      <source>Site : </source>
      <translation>Site: </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/items.py" line="89" />
      <source>Professionnels : </source>
      <translation>Professionals: </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/items.py" line="90" />
      <source>Bénéficiaires : </source>
      <translation>Beneficiaries: </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/items.py" line="91" />
      <source>Statut : </source>
      <translation>Status: </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/items.py" line="93" />
      <source>Présences à saisir</source>
      <translation>Attendance to record</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/items.py" line="95" />
      <source>Justificatif manquant</source>
      <translation>Proof missing</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/items.py" line="100" />
      <source>Règles non respectées :</source>
      <translation>Rules broken:</translation>
    </message>
  </context>
  <context>
    <name>MessagesModel</name>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="73" />
      <source>en attente</source>
      <translation>pending</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="74" />
      <source>envoi en cours</source>
      <translation>sending</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="75" />
      <source>envoyé</source>
      <translation>sent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="76" />
      <source>échec</source>
      <translation>failed</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="77" />
      <source>nouvel essai prévu</source>
      <translation>retry scheduled</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="78" />
      <source>non envoyé</source>
      <translation>not sent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="79" />
      <source>remplacé</source>
      <translation>superseded</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="80" />
      <source>incertain (à vérifier)</source>
      <translation>uncertain (to check)</translation>
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
      <translation>reminder</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="85" />
      <source>modification</source>
      <translation>change</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="86" />
      <source>annulation</source>
      <translation>cancellation</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="107" />
      <source>Échéance</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="107" />
      <source>Bénéficiaire</source>
      <translation>Beneficiary</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="108" />
      <source>Canal</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="108" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="109" />
      <source>Rendez-vous</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="109" />
      <source>État</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="110" />
      <source>Essais</source>
      <translation>Attempts</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="110" />
      <source>Détail</source>
      <translation>Detail</translation>
    </message>
  </context>
  <context>
    <name>ObligationsModel</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="48" />
      <source>Bénéficiaire</source>
      <translation>Beneficiary</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="48" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="49" />
      <source>Prévu</source>
      <translation>Planned</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="49" />
      <source>Requis</source>
      <translation>Required</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="50" />
      <source>Couverture</source>
      <translation>Coverage</translation>
    </message>
  </context>
  <context>
    <name>ObligationsPanel</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="168" />
      <source>Rechercher…</source>
      <translation>Search…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="169" />
      <source>Sous l'obligation</source>
      <translation>Under obligation</translation>
    </message>
  </context>
  <context>
    <name>OutputActions</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="73" />
      <source>Imprimer / PDF…</source>
      <translation>Print / PDF…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="74" />
      <source>Planning de la semaine affichée, en PDF</source>
      <translation>Schedule of the shown week, as PDF</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="77" />
      <source>Feuille d'émargement…</source>
      <translation>Attendance sheet…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="78" />
      <source>Feuilles à signer d'un site pour un jour, en PDF</source>
      <translation>Sheets to sign for a site and a day, as PDF</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="80" />
      <source>Exporter le calendrier (iCal)…</source>
      <translation>Export the calendar (iCal)…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="81" />
      <source>Rendez-vous d'un professionnel pour son agenda (fichier .ics)</source>
      <translation>A professional's meetings for their calendar (.ics file)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="83" />
      <source>Joindre la feuille d'émargement scannée…</source>
      <translation>Attach the scanned attendance sheet…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="84" />
      <source>La feuille signée d'un site pour un jour justifie ses rendez-vous</source>
      <translation>The signed sheet of a site for a day proves its meetings</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="140" />
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="204" />
      <source>Exporter le calendrier (iCal)</source>
      <translation>Export the calendar (iCal)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="140" />
      <source>Professionnel(le) :</source>
      <translation>Professional:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="146" />
      <source>{0} en cours…</source>
      <translation>{0} in progress…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="149" />
      <source>{0} : {1}</source>
      <translation>{0}: {1}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="153" />
      <source>{0} impossible : {1}</source>
      <translation>{0} failed: {1}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="163" />
      <source>Aucun planning affiché à imprimer.</source>
      <translation>No schedule shown to print.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="169" />
      <source>Imprimer le planning de la semaine</source>
      <translation>Print the week schedule</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="170" />
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="188" />
      <source>Document PDF (*.pdf)</source>
      <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="175" />
      <source>Planning PDF</source>
      <translation>PDF schedule</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="182" />
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="186" />
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="193" />
      <source>Feuille d'émargement</source>
      <translation>Attendance sheet</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="205" />
      <source>Calendrier iCalendar (*.ics)</source>
      <translation>iCalendar file (*.ics)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="210" />
      <source>Calendrier iCal</source>
      <translation>iCal calendar</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="218" />
      <source>Joindre la feuille d'émargement scannée</source>
      <translation>Attach the scanned attendance sheet</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="222" />
      <source>Feuille d'émargement scannée</source>
      <translation>Scanned attendance sheet</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="222" />
      <source>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="231" />
      <source>Lecture impossible : {0}</source>
      <translation>Cannot read the file: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="237" />
      <source>Feuille d'émargement du {0} jointe ({1}).</source>
      <translation>Attendance sheet of {0} attached ({1}).</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="69" />
      <source>Mot de passe de {0}</source>
      <translation>Password of {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="74" />
      <source>Au moins 8 caractères. Le mot de passe reste dans ce fichier (il n'est pas synchronisé).</source>
      <translation>At least 8 characters. The password stays in this file (it is not synchronised).</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="77" />
      <source>Mot de passe actuel :</source>
      <translation>Current password:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="78" />
      <source>Nouveau mot de passe :</source>
      <translation>New password:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="79" />
      <source>Confirmation :</source>
      <translation>Confirm:</translation>
    </message>
  </context>
  <context>
    <name>PeopleLabels</name>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="13" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="13" />
      <source>Prénom</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="14" />
      <source>Région</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="14" />
      <source>Téléphone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="15" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="15" />
      <source>Référent</source>
      <translation>Referent</translation>
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
      <translation>Skills</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="18" />
      <source>Site de rattachement</source>
      <translation>Home site</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="19" />
      <source>Plafond (h/sem.)</source>
      <translation>Cap (h/week)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="19" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="20" />
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="20" />
      <source>Capacité</source>
      <translation>Capacity</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="21" />
      <source>Coefficient</source>
      <translation>Coefficient</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="21" />
      <source>Ouverture</source>
      <translation>Opening hours</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="23" />
      <source>Quand</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="23" />
      <source>Qui</source>
      <translation>Who</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="24" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="24" />
      <source>Champ</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="25" />
      <source>Avant</source>
      <translation>Before</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="25" />
      <source>Après</source>
      <translation>After</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="27" />
      <source>Bureau</source>
      <translation>Office</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="27" />
      <source>Salle louée</source>
      <translation>Rented room</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="28" />
      <source>Détention</source>
      <translation>Detention</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="28" />
      <source>Extérieur</source>
      <translation>External</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="30" />
      <source>création</source>
      <translation>creation</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="30" />
      <source>modification</source>
      <translation>change</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="31" />
      <source>archivage</source>
      <translation>archiving</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="33" />
      <source>identifiant</source>
      <translation>identifier</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="33" />
      <source>région</source>
      <translation>region</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="34" />
      <source>prénom</source>
      <translation>first name</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="34" />
      <source>nom</source>
      <translation>name</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="35" />
      <source>date de naissance</source>
      <translation>date of birth</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="35" />
      <source>mesure</source>
      <translation>court measure</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="36" />
      <source>début de mesure</source>
      <translation>measure start</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="36" />
      <source>fin de mesure</source>
      <translation>measure end</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="37" />
      <source>téléphone</source>
      <translation>phone</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="37" />
      <source>e-mail</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="38" />
      <source>accord SMS</source>
      <translation>SMS consent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="38" />
      <source>accord e-mail</source>
      <translation>e-mail consent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="39" />
      <source>obligations</source>
      <translation>obligations</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="39" />
      <source>disponibilités</source>
      <translation>availability</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="40" />
      <source>indisponibilités</source>
      <translation>unavailability</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="40" />
      <source>sites</source>
      <translation>sites</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="41" />
      <source>contacts interdits</source>
      <translation>forbidden contacts</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="41" />
      <source>référent</source>
      <translation>referent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="42" />
      <source>rendez-vous max. par jour</source>
      <translation>max. meetings per day</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="43" />
      <source>compétences</source>
      <translation>skills</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="43" />
      <source>site de rattachement</source>
      <translation>home site</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="44" />
      <source>plafond hebdomadaire (minutes)</source>
      <translation>weekly cap (minutes)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="45" />
      <source>type</source>
      <translation>type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="45" />
      <source>adresse</source>
      <translation>address</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="46" />
      <source>capacité</source>
      <translation>capacity</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="46" />
      <source>coefficient tarifaire</source>
      <translation>rate coefficient</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="47" />
      <source>horaires d'ouverture</source>
      <translation>opening hours</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="47" />
      <source>archivé</source>
      <translation>archived</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="49" />
      <source>créneau</source>
      <translation>slot</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="49" />
      <source>ligne</source>
      <translation>line</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="50" />
      <source>début</source>
      <translation>start</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="50" />
      <source>fin</source>
      <translation>end</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/labels.py" line="51" />
      <source>jour</source>
      <translation>day</translation>
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
      <translation>Beneficiaries</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="34" />
      <source>Professionnels</source>
      <translation>Professionals</translation>
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
      <translation>this beneficiary</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="37" />
      <source>ce professionnel</source>
      <translation>this professional</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="38" />
      <source>ce site</source>
      <translation>this site</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="59" />
      <source>Rechercher (nom, téléphone, site, compétence…)</source>
      <translation>Search (name, phone, site, skill…)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="65" />
      <source>Nouveau…</source>
      <translation>New…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="66" />
      <source>Modifier…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="66" />
      <source>Détails…</source>
      <translation>Details…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="67" />
      <source>Archiver…</source>
      <translation>Archive…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="68" />
      <source>Voir le planning</source>
      <translation>Show planning</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="159" />
      <source>Archiver</source>
      <translation>Archive</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="160" />
      <source>Archiver {0} ({1}) ? Il n'apparaîtra plus dans les listes ; son historique est conservé.</source>
      <translation>Archive {0} ({1})? It will no longer appear in the lists; its history is kept.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="181" />
      <source>Archivé : {0}</source>
      <translation>Archived: {0}</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="59" />
      <source>{0} (archivé ou hors région)</source>
      <translation>{0} (archived or outside the region)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="99" />
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="100" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="108" />
      <source>Congés et absences</source>
      <translation>Leave and absences</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="111" />
      <source>Historique ({0})</source>
      <translation>History ({0})</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="135" />
      <source>Enregistrement impossible :</source>
      <translation>Cannot save:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="38" />
      <source>Nouveau bénéficiaire</source>
      <translation>New beneficiary</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="39" />
      <source>Bénéficiaire</source>
      <translation>Beneficiary</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="128" />
      <source>Nouveau professionnel</source>
      <translation>New professional</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="129" />
      <source>Professionnel</source>
      <translation>Professional</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="197" />
      <source>Nouveau site</source>
      <translation>New site</translation>
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
      <translation>Calendar on the phone</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="89" />
      <source>Adresse d'abonnement (iPhone, Android, Thunderbird…) : à donner au professionnel seul, elle donne accès à son planning (initiales des bénéficiaires uniquement).</source>
      <translation>Subscription address (iPhone, Android, Thunderbird…): give it to the professional only; it opens their schedule (beneficiaries' initials only).</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="92" />
      <source>Afficher l'adresse</source>
      <translation>Show the address</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="93" />
      <source>Nouvelle adresse</source>
      <translation>New address</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="94" />
      <source>Couper l'accès</source>
      <translation>Revoke access</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="95" />
      <source>Copier</source>
      <translation>Copy</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="97" />
      <source>Page mobile (présences, feuille d'émargement)</source>
      <translation>Mobile page (attendance, signed sheet)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="98" />
      <source>Lien de connexion à usage unique, valable 72 heures. Un nouveau lien annule les précédents non utilisés.</source>
      <translation>One-time sign-in link, valid for 72 hours. A new link cancels the unused earlier ones.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="100" />
      <source>Créer un lien de connexion</source>
      <translation>Create a sign-in link</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="101" />
      <source>Déconnecter ses téléphones</source>
      <translation>Sign out their phones</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="123" />
      <source>Accès coupé : l'ancienne adresse ne répond plus.</source>
      <translation>Access revoked: the old address no longer answers.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="125" />
      <source>Nouvelle adresse (l'ancienne ne répond plus) :</source>
      <translation>New address (the old one no longer answers):</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="126" />
      <source>Adresse :</source>
      <translation>Address:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="141" />
      <source>Liens et téléphones connectés révoqués.</source>
      <translation>Links and signed-in phones revoked.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="143" />
      <source>Code : {0} — à scanner avec le téléphone :</source>
      <translation>Code: {0} — scan it with the phone:</translation>
    </message>
  </context>
  <context>
    <name>Placeholder</name>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="62" />
      <source>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p&gt;Cette page est en préparation : elle arrive dans une prochaine version de sosdesk.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p&gt;This page is being prepared: it comes in a future version of sosdesk.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>PlannerDialog</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="89" />
      <source>Planifier la semaine {0}</source>
      <translation>Plan week {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="92" />
      <source>Recherche d'un planning…</source>
      <translation>Searching for a plan…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="95" />
      <source>Arrêter (garder le meilleur)</source>
      <translation>Stop (keep the best)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="98" />
      <source>Tout accepter</source>
      <translation>Accept all</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="99" />
      <source>Accepter la sélection</source>
      <translation>Accept selected</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="100" />
      <source>Rejeter</source>
      <translation>Discard</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="107" />
      <source>Rendez-vous proposés</source>
      <translation>Proposed meetings</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="109" />
      <source>Obligations non couvertes</source>
      <translation>Obligations not covered</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="122" />
      <source>Échec du planificateur : </source>
      <translation>Planner failed: </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="137" />
      <source>Arrêt demandé : vérification du meilleur planning trouvé…</source>
      <translation>Stop requested: checking the best plan found…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="155" />
      <source>Calcul de la borne de couverture…</source>
      <translation>Computing the coverage bound…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="156" />
      <source>Premier planning…</source>
      <translation>First plan…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="157" />
      <source>Amélioration du planning…</source>
      <translation>Improving the plan…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="158" />
      <source>Vérification des règles…</source>
      <translation>Checking the rules…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="159" />
      <source>Analyse des obligations non couvertes…</source>
      <translation>Analysing unmet obligations…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="166" />
      <source>Meilleure couverture : {0} / {1} min</source>
      <translation>Best coverage: {0} / {1} min</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="189" />
      <source>{0} rendez-vous proposés, couverture {1} / {2} min</source>
      <translation>{0} meetings proposed, coverage {1} / {2} min</translation>
    </message>
  </context>
  <context>
    <name>PlanningPage</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="115" />
      <source>Semaine précédente</source>
      <translation>Previous week</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="121" />
      <source>Semaine suivante</source>
      <translation>Next week</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="122" />
      <source>Aujourd'hui</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="124" />
      <source>Aller à… (2026-W48, 24/11/2026)</source>
      <translation>Go to… (2026-W48, 24/11/2026)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="130" />
      <source>Professionnels côte à côte</source>
      <translation>Professionals side by side</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="131" />
      <source>Un professionnel</source>
      <translation>One professional</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="131" />
      <source>Un bénéficiaire</source>
      <translation>One beneficiary</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="132" />
      <source>Un site</source>
      <translation>One site</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="147" />
      <source>Choisir les professionnels</source>
      <translation>Choose professionals</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="152" />
      <source>Dimanche</source>
      <translation>Sunday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="157" />
      <source>Planifier la semaine</source>
      <translation>Plan the week</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="161" />
      <source>Copier → semaine suivante</source>
      <translation>Copy → next week</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="162" />
      <source>Présences du jour</source>
      <translation>Today's attendance</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="165" />
      <source>Imprimer / exporter</source>
      <translation>Print / export</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="187" />
      <source>Refusé : </source>
      <translation>Refused: </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="200" />
      <source>&lt;b&gt;Obligations de la semaine&lt;/b&gt;</source>
      <translation>&lt;b&gt;This week's obligations&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="282" />
      <source>{0} · {1} – {2}</source>
      <translation>{0} · {1} – {2}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="302" />
      <source>&lt;b&gt;Présences à saisir ({0})&lt;/b&gt;</source>
      <translation>&lt;b&gt;Attendance to record ({0})&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="470" />
      <source>Règle {0}/{1} : {2}</source>
      <translation>Rule {0}/{1}: {2}</translation>
    </message>
  </context>
  <context>
    <name>ProfessionalDialog</name>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="137" />
      <source>nom@exemple.fr</source>
      <translation>name@example.com</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="139" />
      <source>— aucun —</source>
      <translation>— none —</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="146" />
      <source>sans plafond</source>
      <translation>no cap</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="147" />
      <source>Région</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="147" />
      <source>Nom</source>
      <translation>Last name</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="148" />
      <source>Prénom</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="148" />
      <location filename="../../sosdesk/ui/people/dialogs.py" line="171" />
      <source>Téléphone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="149" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="150" />
      <source>Site de rattachement</source>
      <translation>Home site</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="151" />
      <source>Plafond hebdomadaire</source>
      <translation>Weekly cap</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="154" />
      <source>Compétences</source>
      <translation>Skills</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="157" />
      <source>Fiche</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="160" />
      <source>Disponibilités</source>
      <translation>Availability</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="161" />
      <source>Vide : disponible aux heures d'ouverture des sites.</source>
      <translation>Empty: available during the sites' opening hours.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="162" />
      <source>Sites (aucun = tous)</source>
      <translation>Sites (none = all)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="165" />
      <source>Disponibilités et sites</source>
      <translation>Availability and sites</translation>
    </message>
  </context>
  <context>
    <name>RateForm</name>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="47" />
      <source>non tarifé</source>
      <translation>not priced</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="48" />
      <source>heure par professionnel</source>
      <translation>professional hour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="49" />
      <source>heure de séance</source>
      <translation>session hour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="50" />
      <source>forfait</source>
      <translation>flat fee</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="51" />
      <source>Bureau</source>
      <translation>Office</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="52" />
      <source>Salle louée</source>
      <translation>Rented room</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="53" />
      <source>Détention</source>
      <translation>Detention</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="54" />
      <source>Extérieur</source>
      <translation>External</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="55" />
      <source>unité</source>
      <translation>unit</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="56" />
      <source>prix</source>
      <translation>price</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="57" />
      <source>minimum facturé</source>
      <translation>minimum billed</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="58" />
      <source>arrondi</source>
      <translation>rounding</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="59" />
      <source>professionnels facturés au plus</source>
      <translation>maximum professionals billed</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="60" />
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="154" />
      <source>Valable à partir du</source>
      <translation>Valid from</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="61" />
      <source>Déplacements — prix de l'heure</source>
      <translation>Travel — price per hour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="62" />
      <source>Déplacements — arrondi</source>
      <translation>Travel — rounding</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="63" />
      <source>Déplacements — plafond par jour</source>
      <translation>Travel — cap per day</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="64" />
      <source>Déplacements — lieux facturés</source>
      <translation>Travel — billable sites</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="65" />
      <source>Absence non excusée — part facturée</source>
      <translation>Unexcused absence — share billed</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="66" />
      <source>Absence non excusée — délai de prévenance</source>
      <translation>Unexcused absence — notice period</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="67" />
      <source>TVA — taux</source>
      <translation>VAT — rate</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="68" />
      <source>TVA — mention</source>
      <translation>VAT — mention</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="130" />
      <source>Type de rendez-vous</source>
      <translation>Meeting type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="130" />
      <source>Unité</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="131" />
      <source>Prix (€)</source>
      <translation>Price (€)</translation>
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
      <translation>Rounding</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="133" />
      <source>Professionnels facturés</source>
      <translation>Professionals billed</translation>
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
      <translation>no cap</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="175" />
      <source>Déplacements</source>
      <translation>Travel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="178" />
      <source>Prix de l'heure (€)</source>
      <translation>Price per hour (€)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="180" />
      <source>Plafond par jour</source>
      <translation>Cap per day</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="181" />
      <source>Lieux facturés</source>
      <translation>Billable sites</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="184" />
      <source> h</source>
      <translation> h</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="187" />
      <source>Absences et TVA</source>
      <translation>Absences and VAT</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="191" />
      <source>Absence non excusée facturée (%)</source>
      <translation>Unexcused absence billed (%)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="192" />
      <source>Délai de prévenance</source>
      <translation>Notice period</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="193" />
      <source>Taux de TVA (%)</source>
      <translation>VAT rate (%)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="194" />
      <source>Mention de TVA</source>
      <translation>VAT mention</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="211" />
      <source>Formulaire</source>
      <translation>Form</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="212" />
      <source>Avancé (JSON, lecture seule)</source>
      <translation>Advanced (JSON, read-only)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="215" />
      <source>Lecture seule : seul le coordinateur national modifie les grilles tarifaires.</source>
      <translation>Read-only: only the national coordinator edits rate tables.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="219" />
      <source>Aperçu</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="220" />
      <source>Effet sur le brouillon du mois et de la région choisis au tableau</source>
      <translation>Effect on the draft of the month and region selected in the table</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="222" />
      <source>Enregistrer la nouvelle version</source>
      <translation>Save the new version</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="262" />
      <source>sans limite</source>
      <translation>no limit</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="313" />
      <source>(prérempli avec la version du {0})</source>
      <translation>(prefilled from the version of {0})</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="314" />
      <source>(aucune version existante)</source>
      <translation>(no existing version)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="423" />
      <source>Choisissez un mois (et une région) dans le tableau des factures.</source>
      <translation>Choose a month (and a region) in the invoice table.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="449" />
      <source>Version du {0} enregistrée : elle s'applique aux rendez-vous à partir de cette date.</source>
      <translation>Version of {0} saved: it applies to meetings from that date.</translation>
    </message>
  </context>
  <context>
    <name>RemindersPage</name>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="165" />
      <source>Rappels : erreur inattendue ({0})</source>
      <translation>Reminders: unexpected error ({0})</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="368" />
      <source>Messages</source>
      <translation>Messages</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="370" />
      <source>Modèles</source>
      <translation>Templates</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="372" />
      <source>Règles et envoi</source>
      <translation>Rules and sending</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="392" />
      <source>Bénéficiaire :</source>
      <translation>Beneficiary:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="394" />
      <source>Envoyer maintenant</source>
      <translation>Send now</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="396" />
      <source>Renvoyer</source>
      <translation>Resend</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="398" />
      <source>Marquer comme envoyé</source>
      <translation>Mark as sent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="424" />
      <source>Tous</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="438" />
      <source>{sent} envoyé(s), {failed} en échec, {waiting} en attente, {uncertain} à vérifier, {skipped} non envoyé(s)</source>
      <translation>{sent} sent, {failed} failed, {waiting} pending, {uncertain} to check, {skipped} not sent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="456" />
      <source>Message {id} : renvoi programmé</source>
      <translation>Message {id}: resend scheduled</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="461" />
      <source>Message {id} : marqué envoyé</source>
      <translation>Message {id}: marked as sent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="492" />
      <source>Rappels : {sent} envoyé(s), {failed} en échec</source>
      <translation>Reminders: {sent} sent, {failed} failed</translation>
    </message>
  </context>
  <context>
    <name>RepeatDialog</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="168" />
      <source>Répéter chaque semaine</source>
      <translation>Repeat weekly</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="173" />
      <source>Jusqu'au</source>
      <translation>Until</translation>
    </message>
  </context>
  <context>
    <name>ReportTableModel</name>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="28" />
      <source>Professionnel</source>
      <translation>Professional</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="28" />
      <source>Région</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="29" />
      <source>Prévu (h)</source>
      <translation>Planned (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="29" />
      <source>Réalisé (h)</source>
      <translation>Held (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="30" />
      <source>Plafond (h)</source>
      <translation>Cap (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="30" />
      <source>Charge (%)</source>
      <translation>Load (%)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="31" />
      <source>Bénéficiaire</source>
      <translation>Beneficiary</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="31" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="32" />
      <source>Requis (h)</source>
      <translation>Required (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="32" />
      <source>Couverture (%)</source>
      <translation>Coverage (%)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="33" />
      <source>Tenus</source>
      <translation>Held</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="33" />
      <source>Tenus (h)</source>
      <translation>Held (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="34" />
      <source>Absences</source>
      <translation>No-shows</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="34" />
      <source>Absences (h)</source>
      <translation>No-shows (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="35" />
      <source>Annulés</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="35" />
      <source>Annulés (h)</source>
      <translation>Cancelled (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="36" />
      <source>Présences à saisir</source>
      <translation>Attendance to record</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="37" />
      <source>Présences à saisir (h)</source>
      <translation>Attendance to record (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="38" />
      <source>Périmètre</source>
      <translation>Scope</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="38" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="39" />
      <source>Édition</source>
      <translation>Edition</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="39" />
      <source>Numéro</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="40" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="40" />
      <source>HT (€)</source>
      <translation>Excl. VAT (€)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="41" />
      <source>TVA (€)</source>
      <translation>VAT (€)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="41" />
      <source>TTC (€)</source>
      <translation>Incl. VAT (€)</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="34" />
      <source>janvier</source>
      <translation>January</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="34" />
      <source>février</source>
      <translation>February</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="35" />
      <source>mars</source>
      <translation>March</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="35" />
      <source>avril</source>
      <translation>April</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="36" />
      <source>mai</source>
      <translation>May</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="36" />
      <source>juin</source>
      <translation>June</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="37" />
      <source>juillet</source>
      <translation>July</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="37" />
      <source>août</source>
      <translation>August</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="38" />
      <source>septembre</source>
      <translation>September</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="38" />
      <source>octobre</source>
      <translation>October</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="39" />
      <source>novembre</source>
      <translation>November</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="39" />
      <source>décembre</source>
      <translation>December</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="51" />
      <source>Charge des professionnels (semaine)</source>
      <translation>Professionals' workload (week)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="53" />
      <source>Couverture des obligations (mois)</source>
      <translation>Obligations coverage (month)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="55" />
      <source>Activité par type de rendez-vous (mois)</source>
      <translation>Activity by meeting type (month)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="57" />
      <source>Montants facturés (mois)</source>
      <translation>Billed amounts (month)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="69" />
      <source>Charge des professionnels — semaine {0}</source>
      <translation>Professionals' workload — week {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="70" />
      <source>Couverture des obligations — {0}</source>
      <translation>Obligations coverage — {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="71" />
      <source>Activité par type de rendez-vous — {0}</source>
      <translation>Activity by meeting type — {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="72" />
      <source>Montants facturés — {0}</source>
      <translation>Billed amounts — {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="105" />
      <source>Période précédente</source>
      <translation>Previous period</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="110" />
      <source>Période suivante</source>
      <translation>Next period</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="115" />
      <source>Toutes les régions</source>
      <translation>All regions</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="123" />
      <source>Exporter en CSV…</source>
      <translation>Export as CSV…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="146" />
      <source>Aucune donnée pour cette période.</source>
      <translation>No data for this period.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="193" />
      <source>semaine {0}</source>
      <translation>week {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="217" />
      <source>Rapport exporté : {0}</source>
      <translation>Report exported: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="221" />
      <source>Exporter en CSV</source>
      <translation>Export as CSV</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="222" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/page.py" line="228" />
      <source>Export impossible : {0}</source>
      <translation>Export failed: {0}</translation>
    </message>
  </context>
  <context>
    <name>RequirementsEditor</name>
    <message>
      <location filename="../../sosdesk/ui/people/pickers.py" line="87" />
      <source>&lt;b&gt;Obligations hebdomadaires&lt;/b&gt; (minutes par semaine)</source>
      <translation>&lt;b&gt;Weekly obligations&lt;/b&gt; (minutes per week)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/pickers.py" line="89" />
      <source>Type de rendez-vous</source>
      <translation>Meeting type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/pickers.py" line="89" />
      <source>Minutes / semaine</source>
      <translation>Minutes / week</translation>
    </message>
  </context>
  <context>
    <name>RulesButton</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/rule_button.py" line="35" />
      <source>Règles respectées</source>
      <translation>Rules respected</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/rule_button.py" line="36" />
      <source>Aucune règle de planification n'est enfreinte cette semaine.</source>
      <translation>No planning rule is broken this week.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/rule_button.py" line="39" />
      <source>1 règle non respectée</source>
      <translation>1 rule broken</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/rule_button.py" line="40" />
      <source>{0} règles non respectées</source>
      <translation>{0} rules broken</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/rule_button.py" line="41" />
      <source>Cliquer pour aller à la suivante ; la flèche les liste toutes.</source>
      <translation>Click to go to the next one; the arrow lists them all.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/rule_button.py" line="50" />
      <source>… et {0} autres</source>
      <translation>… and {0} more</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/rule_button.py" line="56" />
      <source>Vérification des règles…</source>
      <translation>Checking the rules…</translation>
    </message>
  </context>
  <context>
    <name>RulesEditor</name>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="262" />
      <source>ex. 48, 2 (heures avant le rendez-vous ; vide = aucun)</source>
      <translation>e.g. 48, 2 (hours before the meeting; empty = none)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="264" />
      <source>Rappels {c} (heures avant) :</source>
      <translation>Reminders by {c} (hours before):</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="271" />
      <source>Pas de SMS de :</source>
      <translation>No SMS from:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="272" />
      <source>à :</source>
      <translation>to:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="273" />
      <source>Délai minimal après les heures calmes (min) :</source>
      <translation>Minimum delay after quiet hours (min):</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="274" />
      <source>Nom de la structure :</source>
      <translation>Organisation name:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="279" />
      <location filename="../../sosdesk/ui/reminders_page.py" line="292" />
      <source>inchangé</source>
      <translation>unchanged</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="280" />
      <source>Serveur SMTP</source>
      <translation>SMTP server</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="281" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="282" />
      <source>Sécurité (starttls, ssl, none)</source>
      <translation>Security (starttls, ssl, none)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="283" />
      <source>Identifiant</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="284" />
      <source>Expéditeur</source>
      <translation>Sender</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="285" />
      <source>Certificat d'autorité (fichier PEM, facultatif)</source>
      <translation>Certificate authority (PEM file, optional)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="287" />
      <location filename="../../sosdesk/ui/reminders_page.py" line="296" />
      <source>{0} :</source>
      <translation>{0}:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="288" />
      <source>Mot de passe SMTP :</source>
      <translation>SMTP password:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="293" />
      <source>Passerelle SMS (URL)</source>
      <translation>SMS gateway (URL)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="294" />
      <source>Compte SMS</source>
      <translation>SMS account</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="295" />
      <source>Nom d'expéditeur SMS</source>
      <translation>SMS sender name</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="297" />
      <source>Jeton SMS :</source>
      <translation>SMS token:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="301" />
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="311" />
      <source>port SMTP invalide</source>
      <translation>invalid SMTP port</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="320" />
      <source>Non enregistré : </source>
      <translation>Not saved: </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="329" />
      <source>Règles de rappel enregistrées</source>
      <translation>Reminder rules saved</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="347" />
      <source>délai « {0} » invalide (un nombre d'heures, ex. 48 ou 2)</source>
      <translation>invalid delay “{0}” (a number of hours, e.g. 48 or 2)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="349" />
      <source>règles</source>
      <translation>rules</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="34" />
      <source>Changer d'utilisateur</source>
      <translation>Switch user</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="35" />
      <source>Connexion — {0}</source>
      <translation>Sign in — {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="46" />
      <source> (sans mot de passe)</source>
      <translation> (no password)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="56" />
      <source>Mot de passe</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="64" />
      <source>Utilisateur :</source>
      <translation>User:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="66" />
      <source>Mot de passe :</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="95" />
      <source>Choisissez un utilisateur.</source>
      <translation>Choose a user.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="99" />
      <source>Cet utilisateur n'a pas de mot de passe : le coordinateur national (ou l'administrateur de sa région) doit lui en donner un.</source>
      <translation>This user has no password: the national coordinator (or their region's administrator) must give them one.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="103" />
      <source>Mot de passe incorrect : réessayez.</source>
      <translation>Wrong password: try again.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="108" />
      <source>Ce mot de passe vous a été donné : choisissez d'abord le vôtre (sosdesk user passwd).</source>
      <translation>This password was given to you: first choose your own (sosdesk user passwd).</translation>
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
      <translation>Day</translation>
    </message>
  </context>
  <context>
    <name>SiteDialog</name>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="217" />
      <source>Ouvert les jours fériés (détention…)</source>
      <translation>Open on public holidays (detention…)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="218" />
      <source>Région</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="218" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="219" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="219" />
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="220" />
      <source>Capacité (rendez-vous simultanés)</source>
      <translation>Capacity (simultaneous meetings)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="221" />
      <source>Coefficient tarifaire</source>
      <translation>Rate coefficient</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="222" />
      <source>Jours fériés</source>
      <translation>Public holidays</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="226" />
      <source>Horaires d'ouverture</source>
      <translation>Opening hours</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="228" />
      <source>Fiche</source>
      <translation>Details</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="178" />
      <source>Synchroniser</source>
      <translation>Synchronise</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="179" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="181" />
      <location filename="../../sosdesk/ui/sync_page.py" line="362" />
      <source>Exporter le fichier régional</source>
      <translation>Export the region file</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="182" />
      <location filename="../../sosdesk/ui/sync_page.py" line="371" />
      <source>Fusionner des fichiers régionaux</source>
      <translation>Merge region files</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="199" />
      <source>Garder ma version</source>
      <translation>Keep mine</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="200" />
      <source>Garder celle du service</source>
      <translation>Keep the service's</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="201" />
      <source>Fusionner champ par champ</source>
      <translation>Merge field by field</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="205" />
      <source>Conflits à trancher</source>
      <translation>Conflicts to decide</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="221" />
      <source>Ignorer</source>
      <translation>Dismiss</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="223" />
      <source>Modifications refusées par le service</source>
      <translation>Changes refused by the service</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="240" />
      <source>jamais</source>
      <translation>never</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="244" />
      <source>Service : {server} — dernière synchronisation : {last} — modifications en attente : {pending} — conflits : {conflicts} — refus : {rejected}</source>
      <translation>Service: {server} — last sync: {last} — pending changes: {pending} — conflicts: {conflicts} — refused: {rejected}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="246" />
      <source>non enrôlé</source>
      <translation>not enrolled</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="296" />
      <source>En cours…</source>
      <translation>In progress…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="321" />
      <source>{n} envoyée(s), {m} reçue(s)</source>
      <translation>{n} sent, {m} received</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="324" />
      <source>{n} à trancher ou refusée(s)</source>
      <translation>{n} to decide or refused</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="334" />
      <source>{n} modification(s) écrite(s) dans le fichier régional.</source>
      <translation>{n} change(s) written to the region file.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="348" />
      <source>{f} : refusé — {e}</source>
      <translation>{f}: refused — {e}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="351" />
      <source>{f} : {n} modification(s) — {d}</source>
      <translation>{f}: {n} change(s) — {d}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="358" />
      <source>Phrase de passe :</source>
      <translation>Passphrase:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="363" />
      <source>Fichier régional (*.sosdesk)</source>
      <translation>Region file (*.sosdesk)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="366" />
      <source>Chiffrer le fichier régional</source>
      <translation>Encrypt the region file</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="372" />
      <source>Fichiers régionaux (*.sosdesk)</source>
      <translation>Region files (*.sosdesk)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="375" />
      <source>Déchiffrer les fichiers régionaux</source>
      <translation>Decrypt the region files</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="379" />
      <source>Fusion</source>
      <translation>Merge</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="379" />
      <source>Aucune phrase de passe : rien n'a été fait.</source>
      <translation>No passphrase: nothing was done.</translation>
    </message>
  </context>
  <context>
    <name>TemplateEditor</name>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="195" />
      <source>Enregistrer le modèle</source>
      <translation>Save template</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="197" />
      <source>Champs : </source>
      <translation>Fields: </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="200" />
      <source>Modèle :</source>
      <translation>Template:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="201" />
      <source>Objet (e-mail) :</source>
      <translation>Subject (e-mail):</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="202" />
      <source>Texte :</source>
      <translation>Text:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="204" />
      <source>Aperçu :</source>
      <translation>Preview:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="241" />
      <source>Modèle non enregistré : </source>
      <translation>Template not saved: </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="243" />
      <source>Modèle enregistré</source>
      <translation>Template saved</translation>
    </message>
  </context>
  <context>
    <name>UsersDialog</name>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="94" />
      <source>Utilisateurs</source>
      <translation>Users</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="103" />
      <source>Ajouter…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="104" />
      <source>Définir le mot de passe…</source>
      <translation>Set password…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="115" />
      <source>Les utilisateurs sans mot de passe peuvent être choisis sans mot de passe à la connexion.</source>
      <translation>Users without a password can be chosen without one at sign-in.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="130" />
      <source>oui</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="130" />
      <source>non</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="152" />
      <source>Utilisateur « {0} » créé.</source>
      <translation>User “{0}” created.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="160" />
      <source>Les deux mots de passe diffèrent.</source>
      <translation>The two passwords differ.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="167" />
      <source>Mot de passe enregistré.</source>
      <translation>Password saved.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="180" />
      <source>Choisissez un utilisateur.</source>
      <translation>Choose a user.</translation>
    </message>
  </context>
  <context>
    <name>WeekScene</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="39" />
      <source>fermé</source>
      <translation>closed</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="40" />
      <source>indisponible</source>
      <translation>unavailable</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="41" />
      <source>lun.</source>
      <translation>Mon</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="41" />
      <source>mar.</source>
      <translation>Tue</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="42" />
      <source>mer.</source>
      <translation>Wed</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="42" />
      <source>jeu.</source>
      <translation>Thu</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="43" />
      <source>ven.</source>
      <translation>Fri</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="43" />
      <source>sam.</source>
      <translation>Sat</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="44" />
      <source>dim.</source>
      <translation>Sun</translation>
    </message>
  </context>
  <context>
    <name>WindowEditor</name>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="26" />
      <source>Lundi</source>
      <translation>Monday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="26" />
      <source>Mardi</source>
      <translation>Tuesday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="27" />
      <source>Mercredi</source>
      <translation>Wednesday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="27" />
      <source>Jeudi</source>
      <translation>Thursday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="28" />
      <source>Vendredi</source>
      <translation>Friday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="28" />
      <source>Samedi</source>
      <translation>Saturday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="29" />
      <source>Dimanche</source>
      <translation>Sunday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="46" />
      <source>Ajouter un créneau</source>
      <translation>Add a slot</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="47" />
      <source>Supprimer</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="57" />
      <source>Jour</source>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="57" />
      <source>De</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/window_editor.py" line="57" />
      <source>À</source>
      <translation>To</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../sosdesk/ui/app.py" line="99" />
      <source>Impossible d'ouvrir le fichier de données :
{0}</source>
      <translation>Cannot open the data file:
{0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/app.py" line="145" />
      <source>Fusionner {0}</source>
      <translation>Merge {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/app.py" line="146" />
      <source>Phrase de passe :</source>
      <translation>Passphrase:</translation>
    </message>
  </context>
</TS>
