<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
  <context>
    <name />
    <message>
      <location filename="../../sosdesk/ui/calendar/series_menu.py" line="32" />
      <source>{0} laissés de côté (règle enfreinte) :</source>
      <translation>{0} left out (a rule would break):</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/series_menu.py" line="48" />
      <source>Modifier cette occurrence…</source>
      <translation>Edit this occurrence…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/series_menu.py" line="50" />
      <source>Modifier toute la série (à partir d'ici)…</source>
      <translation>Edit the whole series (from here)…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/series_menu.py" line="51" />
      <source>Annuler cette occurrence seulement</source>
      <translation>Cancel this occurrence only</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/series_menu.py" line="52" />
      <source>Annuler la série à partir d'ici</source>
      <translation>Cancel the series from here</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/series_menu.py" line="63" />
      <location filename="../../sosdesk/ui/calendar/series_menu.py" line="74" />
      <source>Modifier toute la série</source>
      <translation>Edit the whole series</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/series_menu.py" line="76" />
      <source>{0} rendez-vous de la série modifiés.</source>
      <translation>{0} meetings of the series changed.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/series_menu.py" line="95" />
      <source>Annuler {0} rendez-vous de la série (celui-ci et les suivants) ? Les rendez-vous passés restent.</source>
      <translation>Cancel {0} meetings of the series (this one and the following ones)? Past meetings stay.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/series_menu.py" line="98" />
      <source>Annuler la série</source>
      <translation>Cancel the series</translation>
    </message>
  </context>
  <context>
    <name>AbsencesTab</name>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="55" />
      <source>Enregistrez d'abord la fiche pour saisir ses congés et absences.</source>
      <translation>Save the record first to enter its leave and absences.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="67" />
      <source>Toute la journée</source>
      <translation>All day</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="78" />
      <source>Du</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="79" />
      <source>Au</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="80" />
      <source>Heures</source>
      <translation>Hours</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="81" />
      <source>Motif</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="84" />
      <source>fermé</source>
      <translation>closed</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="86" />
      <source>Capacité pendant la période</source>
      <translation>Capacity during the period</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="89" />
      <source>Ajouter</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="90" />
      <source>Supprimer la sélection</source>
      <translation>Delete the selection</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="132" />
      <source>Enregistrement impossible : {0}</source>
      <translation>Cannot save: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="145" />
      <source>Enregistré. Aucun rendez-vous prévu n'est touché.</source>
      <translation>Saved. No planned meeting is affected.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/absences.py" line="148" />
      <source>Enregistré. {0} rendez-vous prévu(s) deviennent impossibles : déplacez-les au créneau proposé ou annulez-les.</source>
      <translation>Saved. {0} planned meeting(s) become impossible: move them to the proposed slot or cancel them.</translation>
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
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="44" />
      <source>Présences — {0} {1}</source>
      <translation>Attendance — {0} {1}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="59" />
      <source>Présent(e)</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="61" />
      <source>Justificatif joint</source>
      <translation>Proof attached</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="61" />
      <source>Aucun justificatif</source>
      <translation>No proof</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="62" />
      <source>Joindre un justificatif…</source>
      <translation>Attach a proof…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="64" />
      <source>Voir…</source>
      <translation>View…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="65" />
      <source>Afficher le justificatif joint (ou la feuille du jour du lieu)</source>
      <translation>Show the attached proof (or the site's sheet of the day)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="71" />
      <source>Émargement</source>
      <translation>Sign-in sheet</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="80" />
      <source>Justificatif scanné</source>
      <translation>Scanned proof</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="81" />
      <source>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
  </context>
  <context>
    <name>BeneficiaryDialog</name>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="50" />
      <source>ex. sursis probatoire, placement extérieur…</source>
      <translation>e.g. probation, external placement…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="52" />
      <source>nom@exemple.fr</source>
      <translation>name@example.com</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="53" />
      <source>accepte les rappels par SMS</source>
      <translation>accepts SMS reminders</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="54" />
      <source>accepte les rappels par e-mail</source>
      <translation>accepts e-mail reminders</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="56" />
      <source>— aucun —</source>
      <translation>— none —</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="62" />
      <source>Région</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="62" />
      <source>Nom</source>
      <translation>Last name</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="63" />
      <source>Prénom</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="64" />
      <source>Date de naissance</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="65" />
      <source>Mesure</source>
      <translation>Court measure</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="66" />
      <source>Début de mesure</source>
      <translation>Measure start</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="67" />
      <source>Fin de mesure</source>
      <translation>Measure end</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="68" />
      <source>Téléphone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="68" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="70" />
      <source>Référent</source>
      <translation>Referent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="71" />
      <source>Rendez-vous max. par jour</source>
      <translation>Max. meetings per day</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="73" />
      <source>Fiche</source>
      <translation>Details</translation>
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
      <translation>Availability</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="79" />
      <source>Vide : disponible aux heures d'ouverture (ex. horaires de semi-liberté sinon).</source>
      <translation>Empty: available during opening hours (otherwise e.g. day-release hours).</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="80" />
      <source>Indisponibilités</source>
      <translation>Unavailability</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="80" />
      <source>Travail, formation, soins…</source>
      <translation>Work, training, medical care…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="86" />
      <source>Sites autorisés (aucun = tous)</source>
      <translation>Allowed sites (none = all)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="88" />
      <source>Contacts interdits</source>
      <translation>Forbidden contacts</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="91" />
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
    <name>BoardTable</name>
    <message>
      <location filename="../../sosdesk/ui/home/board.py" line="46" />
      <source>Factures par mois et par région</source>
      <translation>Invoices by month and region</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/board.py" line="50" />
      <source>Facture nationale</source>
      <translation>National invoice</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/board.py" line="54" />
      <source>Total des régions</source>
      <translation>Regions total</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/board.py" line="66" />
      <source>aucune facture</source>
      <translation>no invoice</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/board.py" line="72" />
      <source>{0} justificatif(s) manquant(s)</source>
      <translation>{0} missing proof(s)</translation>
    </message>
  </context>
  <context>
    <name>CalendarNavigator</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="25" />
      <source>Jour</source>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="26" />
      <source>Semaine de travail</source>
      <translation>Work week</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="27" />
      <source>Semaine</source>
      <translation>Week</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="28" />
      <source>Mois</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="29" />
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="30" />
      <source>Chronologie</source>
      <translation>Timeline</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="33" />
      <source>Une journée, les personnes côte à côte</source>
      <translation>One day, people side by side</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="34" />
      <source>Du lundi au vendredi</source>
      <translation>Monday to Friday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="35" />
      <source>Toute la semaine (samedi, et dimanche si coché)</source>
      <translation>The whole week (Saturday, and Sunday if ticked)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="36" />
      <source>Le mois : cliquer un jour l'ouvre</source>
      <translation>The month: click a day to open it</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="37" />
      <source>Liste des rendez-vous de la semaine</source>
      <translation>List of the week's meetings</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="38" />
      <source>Tous les professionnels, une ligne chacun</source>
      <translation>All professionals, one row each</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="74" />
      <source>Période précédente (Ctrl+Page préc.)</source>
      <translation>Previous period (Ctrl+PgUp)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="75" />
      <source>Aujourd'hui</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="75" />
      <source>Revenir à aujourd'hui (Ctrl+T)</source>
      <translation>Back to today (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="76" />
      <source>Période suivante (Ctrl+Page suiv.)</source>
      <translation>Next period (Ctrl+PgDown)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/navigator.py" line="82" />
      <source>Choisir une date (Ctrl+G)</source>
      <translation>Pick a date (Ctrl+G)</translation>
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
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="29" />
      <source>Ajouter une ligne libre</source>
      <translation>Add a free line</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="31" />
      <source>ex. Séance supplémentaire du 12/10</source>
      <translation>e.g. Extra session on 12/10</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="34" />
      <source>en euros, ex. 25,00</source>
      <translation>in euros, e.g. 25.00</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="38" />
      <source>obligatoire sur une facture régionale</source>
      <translation>required on a regional invoice</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="38" />
      <source>facultative</source>
      <translation>optional</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="43" />
      <source>Libellé</source>
      <translation>Label</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="44" />
      <source>Quantité</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="45" />
      <source>Prix unitaire HT (€)</source>
      <translation>Unit price excl. VAT (€)</translation>
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
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="49" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="66" />
      <source>le libellé est obligatoire</source>
      <translation>the label is required</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="68" />
      <source>la justification est obligatoire sur une facture régionale</source>
      <translation>a justification is required on a regional invoice</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="73" />
      <source>quantité : </source>
      <translation>quantity: </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/custom_line_dialog.py" line="77" />
      <source>prix unitaire : </source>
      <translation>unit price: </translation>
    </message>
  </context>
  <context>
    <name>DayAttendanceDialog</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="125" />
      <source>Marquer toute la journée comme tenue</source>
      <translation>Mark the whole day as held</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="127" />
      <source>Feuille d'émargement…</source>
      <translation>Attendance sheet…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="129" />
      <source>Joindre la feuille d'émargement scannée…</source>
      <translation>Attach the scanned attendance sheet…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="140" />
      <source>Double-cliquez un rendez-vous pour saisir ses présences.</source>
      <translation>Double-click a meeting to record its attendance.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="149" />
      <source>Feuilles signées jointes : {0}</source>
      <translation>Signed sheets attached: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/attendance.py" line="150" />
      <source>Aucune feuille signée jointe pour ce jour.</source>
      <translation>No signed sheet attached for this day.</translation>
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
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="38" />
      <source>Montant</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="39" />
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="105" />
      <source>Libellé</source>
      <translation>Label</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="40" />
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="106" />
      <source>Rendez-vous lié</source>
      <translation>Linked meeting</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="41" />
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="101" />
      <source>Région</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="42" />
      <source>Justificatif</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="43" />
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="75" />
      <source>Dépense</source>
      <translation>Expense</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="75" />
      <source>Nouvelle dépense</source>
      <translation>New expense</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="92" />
      <source>ex. 120,50</source>
      <translation>e.g. 120,50</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="96" />
      <source>ex. Location salle Maison des associations</source>
      <translation>e.g. Room rental at the community centre</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="104" />
      <source>Montant TTC (€)</source>
      <translation>Amount incl. tax (€)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="116" />
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="117" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="149" />
      <source>— aucun —</source>
      <translation>— none —</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/dialog.py" line="163" />
      <source>Enregistrement impossible :</source>
      <translation>Cannot save:</translation>
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
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="29" />
      <source>Libellé</source>
      <translation>Label</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="29" />
      <source>Montant</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="30" />
      <source>Justificatif</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="31" />
      <source>Rendez-vous lié</source>
      <translation>Linked meeting</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="33" />
      <source>Location de salle</source>
      <translation>Room rental</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="34" />
      <source>Matériel</source>
      <translation>Materials</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="35" />
      <source>Transport</source>
      <translation>Transport</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="36" />
      <source>Autres frais</source>
      <translation>Other expenses</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="51" />
      <source>oui</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="52" />
      <source>non</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="128" />
      <source>Facturée par la facture validée {0} : elle ne peut plus être modifiée</source>
      <translation>Billed by the validated invoice {0}: it can no longer be changed</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/table_model.py" line="132" />
      <source>Sans justificatif : la facture la signalera comme justificatif manquant</source>
      <translation>No receipt: the invoice will list it as missing proof</translation>
    </message>
  </context>
  <context>
    <name>ExpensesPage</name>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="40" />
      <source>janvier</source>
      <translation>January</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="40" />
      <source>février</source>
      <translation>February</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="41" />
      <source>mars</source>
      <translation>March</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="41" />
      <source>avril</source>
      <translation>April</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="42" />
      <source>mai</source>
      <translation>May</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="42" />
      <source>juin</source>
      <translation>June</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="43" />
      <source>juillet</source>
      <translation>July</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="43" />
      <source>août</source>
      <translation>August</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="44" />
      <source>septembre</source>
      <translation>September</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="44" />
      <source>octobre</source>
      <translation>October</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="45" />
      <source>novembre</source>
      <translation>November</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="45" />
      <source>décembre</source>
      <translation>December</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="46" />
      <source>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="77" />
      <source>Rechercher (libellé, catégorie, montant, rendez-vous…)</source>
      <translation>Search (label, category, amount, meeting…)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="78" />
      <source>Aucune dépense ce mois-ci.</source>
      <translation>No expenses this month.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="83" />
      <source>Mois précédent</source>
      <translation>Previous month</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="89" />
      <source>Mois suivant</source>
      <translation>Next month</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="95" />
      <source>Sans justificatif seulement</source>
      <translation>Without receipt only</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="101" />
      <source>Nouvelle dépense…</source>
      <translation>New expense…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="102" />
      <source>Modifier…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="103" />
      <source>Joindre le justificatif…</source>
      <translation>Attach the receipt…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="104" />
      <location filename="../../sosdesk/ui/expenses/page.py" line="241" />
      <source>Archiver</source>
      <translation>Archive</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="105" />
      <source>Voir le justificatif</source>
      <translation>View the proof</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="106" />
      <source>Afficher le reçu (zoom, pages, remplacer, ouvrir avec…)</source>
      <translation>Show the receipt (zoom, pages, replace, open with…)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="149" />
      <source>Total du mois : {0}</source>
      <translation>Month total: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="151" />
      <source>{0} sans justificatif</source>
      <translation>{0} without receipt</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="187" />
      <source>Nouvelle dépense « {0} »</source>
      <translation>New expense “{0}”</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="187" />
      <source>Modifier la dépense « {0} »</source>
      <translation>Edit expense “{0}”</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="212" />
      <source>Justificatif de la dépense</source>
      <translation>Receipt of the expense</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="225" />
      <source>Lecture impossible : {0}</source>
      <translation>Cannot read the file: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="235" />
      <source>Justificatif joint : {0}</source>
      <translation>Receipt attached: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="236" />
      <source>Joindre un justificatif à « {0} »</source>
      <translation>Attach a receipt to “{0}”</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="242" />
      <source>Archiver la dépense « {0} » ({1}) ? Elle ne sera plus facturée ; son historique est conservé.</source>
      <translation>Archive the expense “{0}” ({1})? It will no longer be billed; its history is kept.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="260" />
      <source>Dépense archivée</source>
      <translation>Expense archived</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/expenses/page.py" line="261" />
      <source>Archiver la dépense « {0} »</source>
      <translation>Archive expense “{0}”</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="39" />
      <source>Présences à saisir</source>
      <translation>Attendance to record</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="40" />
      <source>Justificatifs manquants ce mois-ci</source>
      <translation>Proofs missing this month</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="41" />
      <source>Obligations sous l'objectif cette semaine</source>
      <translation>Obligations under target this week</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="42" />
      <source>Rappels en échec</source>
      <translation>Failed reminders</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="43" />
      <source>Conflits de synchronisation</source>
      <translation>Sync conflicts</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="44" />
      <source>Factures à approuver</source>
      <translation>Invoices to approve</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="45" />
      <source>Régions en retard (mois dernier)</source>
      <translation>Regions late (last month)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="46" />
      <source>File de validation</source>
      <translation>Validation queue</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="49" />
      <source>Toutes les présences sont saisies.</source>
      <translation>All attendance is recorded.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="50" />
      <source>Tout le travail du mois est justifié.</source>
      <translation>All of the month's work has its proof.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="51" />
      <source>Chaque obligation de la semaine est planifiée.</source>
      <translation>Every obligation of the week is planned.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="52" />
      <source>Aucun rappel en échec.</source>
      <translation>No failed reminder.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="53" />
      <source>Aucun conflit à trancher.</source>
      <translation>No conflict to settle.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="54" />
      <source>Aucune facture n'attend votre approbation.</source>
      <translation>No invoice awaits your approval.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="55" />
      <source>Toutes les régions ont une facture approuvée.</source>
      <translation>Every region has an approved invoice.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="56" />
      <source>Rien à consolider ni à valider.</source>
      <translation>Nothing to consolidate or validate.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="59" />
      <source>Ouvrir le planning</source>
      <translation>Open the planning</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="60" />
      <source>Ouvrir les factures</source>
      <translation>Open the invoices</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="61" />
      <source>Ouvrir les rappels</source>
      <translation>Open the reminders</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="62" />
      <source>Ouvrir la synchronisation</source>
      <translation>Open the sync page</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="63" />
      <source>Ouvrir les dépenses</source>
      <translation>Open the expenses</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="167" />
      <source>Rien à faire aujourd'hui</source>
      <translation>Nothing to do today</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="208" />
      <source>Bonjour {0}</source>
      <translation>Hello {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="208" />
      <source>Accueil</source>
      <translation>Home</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="211" />
      <source>Ctrl+K : chercher partout</source>
      <translation>Ctrl+K: search everywhere</translation>
    </message>
  </context>
  <context>
    <name>ImpactsPanel</name>
    <message>
      <location filename="../../sosdesk/ui/dates_impacts.py" line="61" />
      <source>Déplacer au créneau proposé</source>
      <translation>Move to the proposed slot</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/dates_impacts.py" line="62" />
      <source>Annuler ce rendez-vous</source>
      <translation>Cancel this meeting</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/dates_impacts.py" line="63" />
      <source>Annuler tous ces rendez-vous</source>
      <translation>Cancel all these meetings</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/dates_impacts.py" line="108" />
      <source>Recherche du créneau le plus proche…</source>
      <translation>Looking for the nearest free slot…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/dates_impacts.py" line="122" />
      <source>Pas de créneau proposé : {0}</source>
      <translation>No slot to propose: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/dates_impacts.py" line="124" />
      <source>Créneau proposé : {0}</source>
      <translation>Proposed slot: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/dates_impacts.py" line="142" />
      <source>Rien n'a été modifié.</source>
      <translation>Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/dates_impacts.py" line="163" />
      <source>Déplacé au {0}.</source>
      <translation>Moved to {0}.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/dates_impacts.py" line="182" />
      <source>{0} rendez-vous annulé(s).</source>
      <translation>{0} meeting(s) cancelled.</translation>
    </message>
  </context>
  <context>
    <name>InvoicesPage</name>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="11" />
      <source>Soumettre</source>
      <translation>Submit</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="12" />
      <source>Approuver</source>
      <translation>Approve</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="13" />
      <source>Rejeter…</source>
      <translation>Reject…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="14" />
      <source>Valider</source>
      <translation>Validate</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="15" />
      <source>Marquer payée</source>
      <translation>Mark as paid</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="43" />
      <source>Ajouter une ligne libre…</source>
      <translation>Add a free line…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="45" />
      <source>Retirer la ligne libre</source>
      <translation>Remove the free line</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="47" />
      <source>Émettre un avoir</source>
      <translation>Issue a credit note</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="49" />
      <source>Envoyer à Chorus Pro</source>
      <translation>Send to Chorus Pro</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="51" />
      <source>Actualiser l'état Chorus Pro</source>
      <translation>Refresh Chorus Pro status</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="59" />
      <source>justificatifs</source>
      <translation>proofs</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="60" />
      <source>Exporter </source>
      <translation>Export </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="62" />
      <source>Un PDF : page de garde, index par jour, rendez-vous et frais, puis chaque justificatif numérisé avec son empreinte SHA-256</source>
      <translation>One PDF: cover page, index by day, meeting and expense, then every scanned proof with its SHA-256 fingerprint</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/actions_bar.py" line="102" />
      <source>Choisissez d'abord une ligne libre de la facture</source>
      <translation>First select a free line of the invoice</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/board_panel.py" line="14" />
      <source>⚠ n : justificatifs manquants ou présences non saisies — la soumission est bloquée tant qu'il en manque. Case vide : pas encore de facture.</source>
      <translation>⚠ n: missing proofs or attendance not recorded — submission is blocked while any is missing. Empty cell: no invoice yet.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/board_panel.py" line="47" />
      <source>Préparer / régénérer le brouillon régional</source>
      <translation>Prepare / regenerate the regional draft</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/board_panel.py" line="49" />
      <source>Préparer le brouillon national</source>
      <translation>Prepare the national draft</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/board_panel.py" line="52" />
      <source>Paramètres de facturation…</source>
      <translation>Billing settings…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/board_panel.py" line="95" />
      <source>la France entière</source>
      <translation>all of France</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/detail_tabs.py" line="46" />
      <source>Voir le justificatif</source>
      <translation>View the proof</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/detail_tabs.py" line="47" />
      <source>Afficher le justificatif de l'élément choisi dans l'onglet « Justificatifs »</source>
      <translation>Show the proof of the selected item in the “Proofs” tab</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/detail_tabs.py" line="55" />
      <source>Justificatifs</source>
      <translation>Proofs</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/detail_tabs.py" line="56" />
      <source>Éléments de la ligne</source>
      <translation>Line items</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/detail_tabs.py" line="57" />
      <source>Justificatifs manquants</source>
      <translation>Missing proof</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/detail_tabs.py" line="58" />
      <source>Historique</source>
      <translation>History</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/detail_tabs.py" line="59" />
      <source>Grilles tarifaires</source>
      <translation>Rate tables</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/lines_panel.py" line="26" />
      <location filename="../../sosdesk/ui/invoices/page.py" line="197" />
      <source>Choisissez une case du tableau.</source>
      <translation>Choose a cell of the board.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/lines_panel.py" line="76" />
      <source>Pourquoi ce montant</source>
      <translation>Why this amount</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/models.py" line="109" />
      <source>Aucune facture : choisissez la case pour la préparer</source>
      <translation>No invoice: select the cell to prepare it</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="124" />
      <source>Enregistrer la grille tarifaire</source>
      <translation>Save the rate table</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="161" />
      <source>Utilisateur : </source>
      <translation>User: </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="198" />
      <source>Choisissez un mois et une région dans le tableau ci-dessus : la facture s'affiche ici, ligne par ligne, avec ses justificatifs.</source>
      <translation>Choose a month and a region in the board above: the invoice shows here, line by line, with its proofs.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="263" />
      <source>Frais </source>
      <translation>Expense </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page.py" line="263" />
      <source> : joindre le justificatif</source>
      <translation>: attach the receipt</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page_edits.py" line="57" />
      <source>Factures</source>
      <translation>Invoices</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page_edits.py" line="106" />
      <source>Commentaire</source>
      <translation>Comment</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page_edits.py" line="107" />
      <source>Commentaire :</source>
      <translation>Comment:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page_edits.py" line="132" />
      <source>Modifier les paramètres de facturation</source>
      <translation>Edit the billing settings</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page_edits.py" line="164" />
      <source>Ajouter la ligne « {0} »</source>
      <translation>Add line “{0}”</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/page_edits.py" line="193" />
      <source>Retirer la ligne « {0} »</source>
      <translation>Remove line “{0}”</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/transfers.py" line="35" />
      <source>Exporter la facture</source>
      <translation>Export the invoice</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/transfers.py" line="45" />
      <source>export impossible : </source>
      <translation>export failed: </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/transfers.py" line="49" />
      <source>Exporté : </source>
      <translation>Exported: </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/transfers.py" line="62" />
      <source>Chorus Pro : envoi en cours…</source>
      <translation>Chorus Pro: sending…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/transfers.py" line="63" />
      <source>Chorus Pro : interrogation en cours…</source>
      <translation>Chorus Pro: checking…</translation>
    </message>
  </context>
  <context>
    <name>Legend</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/legend.py" line="58" />
      <source>règle non respectée</source>
      <translation>rule broken</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/legend.py" line="59" />
      <source>présences ou justificatif à saisir</source>
      <translation>attendance or proof to record</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/legend.py" line="60" />
      <source>bord épais : fixe</source>
      <translation>thick edge: fixed</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="37" />
      <source>Accueil</source>
      <translation>Home</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="38" />
      <source>Planning</source>
      <translation>Planning</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="39" />
      <source>Dépenses</source>
      <translation>Expenses</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="40" />
      <source>Personnes</source>
      <translation>People</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="41" />
      <source>Factures</source>
      <translation>Invoices</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="42" />
      <source>Rapports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="43" />
      <source>Synchronisation</source>
      <translation>Synchronisation</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="44" />
      <source>Rappels</source>
      <translation>Reminders</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="47" />
      <source>Administrateur régional</source>
      <translation>Regional administrator</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="48" />
      <source>Valideur régional</source>
      <translation>Regional validator</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="49" />
      <source>Coordinateur national</source>
      <translation>National coordinator</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="82" />
      <source>sosdesk — {0}</source>
      <translation>sosdesk — {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="191" />
      <source>&amp;Fichier</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="192" />
      <source>&amp;Ouvrir un fichier de données…</source>
      <translation>&amp;Open a data file…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="194" />
      <source>Changer d'utilisateur…</source>
      <translation>Switch user…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="195" />
      <source>Utilisateurs…</source>
      <translation>Users…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="197" />
      <source>&amp;Quitter</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="199" />
      <source>&amp;Édition</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="200" />
      <location filename="../../sosdesk/ui/main_window.py" line="227" />
      <source>Annuler</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="203" />
      <location filename="../../sosdesk/ui/main_window.py" line="231" />
      <source>Rétablir</source>
      <translation>Redo</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="209" />
      <source>Rechercher partout…</source>
      <translation>Search everywhere…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="217" />
      <source>&amp;Affichage</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="222" />
      <source>&amp;Aide</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="223" />
      <source>Raccourcis du planning</source>
      <translation>Planning shortcuts</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="224" />
      <location filename="../../sosdesk/ui/main_window.py" line="244" />
      <source>À propos de sosdesk</source>
      <translation>About sosdesk</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="227" />
      <source>Annuler « {0} »</source>
      <translation>Undo “{0}”</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="231" />
      <source>Rétablir « {0} »</source>
      <translation>Redo “{0}”</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="245" />
      <source>sosdesk {0}
Planification, facturation et suivi socio-judiciaire.</source>
      <translation>sosdesk {0}
Planning, billing and socio-judicial follow-up.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="248" />
      <source>Ouvrir un fichier de données</source>
      <translation>Open a data file</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="249" />
      <source>Données sosdesk (*.db *.sqlite)</source>
      <translation>sosdesk data (*.db *.sqlite)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="258" />
      <source>Fichier de données</source>
      <translation>Data file</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="276" />
      <source>Fichier : {0}</source>
      <translation>File: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="289" />
      <source>Utilisateur : {0} ({1})</source>
      <translation>User: {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="290" />
      <source>Utilisateur : aucun</source>
      <translation>User: none</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="331" />
      <source>Synchronisation : à jour</source>
      <translation>Sync: up to date</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="332" />
      <source>Synchronisation : {0} modification(s) à envoyer</source>
      <translation>Sync: {0} change(s) to send</translation>
    </message>
  </context>
  <context>
    <name>MeetingActions</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="94" />
      <source>Rien n'a été modifié.</source>
      <translation>Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="114" />
      <source>Copier {0} rendez-vous</source>
      <translation>Copy {0} meeting(s)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="117" />
      <source>Redimensionner le rendez-vous</source>
      <translation>Resize meeting</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="119" />
      <source>Déplacer {0} rendez-vous</source>
      <translation>Move {0} meetings</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="121" />
      <source>Déplacer le rendez-vous</source>
      <translation>Move meeting</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="162" />
      <source>Créer un rendez-vous</source>
      <translation>Create meeting</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="170" />
      <source>Ce rendez-vous est annulé.</source>
      <translation>This meeting is cancelled.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="176" />
      <source>Modifier le rendez-vous</source>
      <translation>Edit meeting</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="183" />
      <source>Annuler {0} rendez-vous</source>
      <translation>Cancel {0} meeting(s)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="186" />
      <source>Annuler {0} rendez-vous ? L'heure d'annulation est enregistrée.</source>
      <translation>Cancel {0} meeting(s)? The cancellation time is recorded.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="209" />
      <source>Saisir les présences</source>
      <translation>Record attendance</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="243" />
      <source>Marquer comme tenu</source>
      <translation>Mark as held</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="247" />
      <source>Journée du {0} tenue</source>
      <translation>Day {0} held</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="257" />
      <source>Présences du {0}</source>
      <translation>Attendance on {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="298" />
      <source>Répéter chaque semaine</source>
      <translation>Repeat weekly</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="312" />
      <source>Copier la semaine vers la suivante</source>
      <translation>Copy the week to the next one</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="322" />
      <source>{0} rendez-vous créés.</source>
      <translation>{0} meeting(s) created.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="331" />
      <source>Planification automatique</source>
      <translation>Automatic planning</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="343" />
      <location filename="../../sosdesk/ui/calendar/series_menu.py" line="47" />
      <source>Modifier…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="344" />
      <source>Présences et justificatif…</source>
      <translation>Attendance and proof…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="345" />
      <source>Marquer comme tenu (tous présents)</source>
      <translation>Mark as held (all present)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="346" />
      <source>Présences de la journée…</source>
      <translation>Attendance of the day…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="347" />
      <source>Répéter chaque semaine jusqu'au…</source>
      <translation>Repeat weekly until…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/edits.py" line="348" />
      <source>Annuler le rendez-vous</source>
      <translation>Cancel meeting</translation>
    </message>
  </context>
  <context>
    <name>MeetingCard</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/agenda.py" line="33" />
      <source>Jour</source>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/agenda.py" line="33" />
      <source>Heure</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/agenda.py" line="34" />
      <source>Durée</source>
      <translation>Duration</translation>
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
      <translation>Beneficiaries</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/agenda.py" line="35" />
      <location filename="../../sosdesk/ui/calendar/card.py" line="144" />
      <source>Professionnels</source>
      <translation>Professionals</translation>
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
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="43" />
      <source>prévu</source>
      <translation>planned</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="43" />
      <source>réalisé</source>
      <translation>held</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="43" />
      <source>absence</source>
      <translation>no‑show</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="44" />
      <source>annulé</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="48" />
      <source>présent(e)</source>
      <translation>present</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="48" />
      <source>absent(e) excusé(e)</source>
      <translation>absent (excused)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="49" />
      <source>absent(e) non excusé(e)</source>
      <translation>absent (unexcused)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="131" />
      <source>lundi</source>
      <translation>Monday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="131" />
      <source>mardi</source>
      <translation>Tuesday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="132" />
      <source>mercredi</source>
      <translation>Wednesday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="132" />
      <source>jeudi</source>
      <translation>Thursday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="133" />
      <source>vendredi</source>
      <translation>Friday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="133" />
      <source>samedi</source>
      <translation>Saturday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="134" />
      <source>dimanche</source>
      <translation>Sunday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="145" />
      <source>fixe</source>
      <translation>fixed</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="164" />
      <source>Places</source>
      <translation>Seats</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="167" />
      <source>feuille signée jointe</source>
      <translation>signed sheet attached</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="168" />
      <source>justificatif manquant</source>
      <translation>proof missing</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="169" />
      <source>Justificatif</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="172" />
      <source>Présences à saisir</source>
      <translation>Attendance to record</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/card.py" line="177" />
      <source>Règles non respectées :</source>
      <translation>Rules broken:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="122" />
      <source>{0} rdv</source>
      <translation>{0} mtg</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="133" />
      <source>+ {0} autres</source>
      <translation>+ {0} more</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="152" />
      <source>janv.</source>
      <translation>Jan</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="152" />
      <source>févr.</source>
      <translation>Feb</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="152" />
      <source>mars</source>
      <translation>March</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="152" />
      <source>avr.</source>
      <translation>Apr</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="152" />
      <source>mai</source>
      <translation>May</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="152" />
      <source>juin</source>
      <translation>June</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="152" />
      <source>juil.</source>
      <translation>Jul</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="153" />
      <source>août</source>
      <translation>August</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="153" />
      <source>sept.</source>
      <translation>Sep</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="153" />
      <source>oct.</source>
      <translation>Oct</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="153" />
      <source>nov.</source>
      <translation>Nov</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="153" />
      <source>déc.</source>
      <translation>Dec</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/month_view.py" line="169" />
      <source>Aucun rendez-vous</source>
      <translation>No meetings</translation>
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
    <name>MessagesModel</name>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="20" />
      <source>en attente</source>
      <translation>pending</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="21" />
      <source>envoi en cours</source>
      <translation>sending</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="22" />
      <source>envoyé</source>
      <translation>sent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="23" />
      <source>échec</source>
      <translation>failed</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="24" />
      <source>nouvel essai prévu</source>
      <translation>retry scheduled</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="25" />
      <source>non envoyé</source>
      <translation>not sent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="26" />
      <source>remplacé</source>
      <translation>superseded</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="27" />
      <source>suspendu (congé, absence ou fermeture)</source>
      <translation>on hold (leave, absence or closure)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="28" />
      <source>incertain (à vérifier)</source>
      <translation>uncertain (to check)</translation>
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
      <translation>reminder</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="33" />
      <source>modification</source>
      <translation>change</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="34" />
      <source>annulation</source>
      <translation>cancellation</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="55" />
      <source>Échéance</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="55" />
      <source>Bénéficiaire</source>
      <translation>Beneficiary</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="56" />
      <source>Canal</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="56" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="57" />
      <source>Rendez-vous</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="57" />
      <source>État</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="58" />
      <source>Essais</source>
      <translation>Attempts</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/messages.py" line="58" />
      <source>Détail</source>
      <translation>Detail</translation>
    </message>
  </context>
  <context>
    <name>ObligationsModel</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="60" />
      <source>Bénéficiaire</source>
      <translation>Beneficiary</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="60" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="61" />
      <source>Prévu</source>
      <translation>Planned</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="61" />
      <source>Requis</source>
      <translation>Required</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="62" />
      <source>Couverture</source>
      <translation>Coverage</translation>
    </message>
  </context>
  <context>
    <name>ObligationsPanel</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="235" />
      <source>Rechercher…</source>
      <translation>Search…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="236" />
      <source>Sous l'obligation</source>
      <translation>Under obligation</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="237" />
      <source>Seulement les personnes affichées</source>
      <translation>Only the people shown</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="238" />
      <source>Ne lister que les bénéficiaires que le planning montre (ceux des professionnels, du site ou de la personne affichés)</source>
      <translation>List only the beneficiaries the planning shows (those of the professionals, site or person shown)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="318" />
      <source>{0} obligations sur {1} sous 50 % ; capacité de la semaine {2} h pour {3} h requises</source>
      <translation>{0} of {1} obligations under 50 %; week capacity {2} h for {3} h required</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/obligations.py" line="323" />
      <source>Capacité : heures de disponibilité des professionnels de la région cette semaine, congés et absences déduits. Une obligation couverte à moins de la moitié compte « sous 50 % ».</source>
      <translation>Capacity: the hours the region's professionals are available this week, leave and absences deducted. An obligation covered less than half counts as “under 50 %”.</translation>
    </message>
  </context>
  <context>
    <name>OpRunner</name>
    <message>
      <location filename="../../sosdesk/ui/operations.py" line="58" />
      <source>erreur inattendue ({0}) ; le détail est dans le journal</source>
      <translation>unexpected error ({0}); the details are in the log</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/operations.py" line="64" />
      <source>Le fichier de données est endommagé (une page illisible : disque défaillant, copie interrompue ?) : rien n'a été écrit. Fermez sosdesk et restaurez une sauvegarde : sosdesk restore --from FICHIER (docs/data-protection.md).</source>
      <translation>The data file is damaged (an unreadable page: failing disk, interrupted copy?): nothing was written. Close sosdesk and restore a backup: sosdesk restore --from FILE (docs/data-protection.md).</translation>
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
      <translation>Print / PDF…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="72" />
      <source>Planning de la semaine affichée, en PDF</source>
      <translation>Schedule of the shown week, as PDF</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="75" />
      <source>Feuille d'émargement…</source>
      <translation>Attendance sheet…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="76" />
      <source>Feuilles à signer d'un site pour un jour, en PDF</source>
      <translation>Sheets to sign for a site and a day, as PDF</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="78" />
      <source>Exporter le calendrier (iCal)…</source>
      <translation>Export the calendar (iCal)…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="79" />
      <source>Rendez-vous d'un professionnel pour son agenda (fichier .ics)</source>
      <translation>A professional's meetings for their calendar (.ics file)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="81" />
      <source>Joindre la feuille d'émargement scannée…</source>
      <translation>Attach the scanned attendance sheet…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="82" />
      <source>La feuille signée d'un site pour un jour justifie ses rendez-vous</source>
      <translation>The signed sheet of a site for a day proves its meetings</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="138" />
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="202" />
      <source>Exporter le calendrier (iCal)</source>
      <translation>Export the calendar (iCal)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="138" />
      <source>Professionnel(le) :</source>
      <translation>Professional:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="144" />
      <source>{0} en cours…</source>
      <translation>{0} in progress…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="147" />
      <source>{0} : {1}</source>
      <translation>{0}: {1}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="151" />
      <source>{0} impossible : {1}</source>
      <translation>{0} failed: {1}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="161" />
      <source>Aucun planning affiché à imprimer.</source>
      <translation>No schedule shown to print.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="167" />
      <source>Imprimer le planning de la semaine</source>
      <translation>Print the week schedule</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="168" />
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="186" />
      <source>Document PDF (*.pdf)</source>
      <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="173" />
      <source>Planning PDF</source>
      <translation>PDF schedule</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="180" />
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="184" />
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="191" />
      <source>Feuille d'émargement</source>
      <translation>Attendance sheet</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="203" />
      <source>Calendrier iCalendar (*.ics)</source>
      <translation>iCalendar file (*.ics)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="208" />
      <source>Calendrier iCal</source>
      <translation>iCal calendar</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="216" />
      <source>Joindre la feuille d'émargement scannée</source>
      <translation>Attach the scanned attendance sheet</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="220" />
      <source>Feuille d'émargement scannée</source>
      <translation>Scanned attendance sheet</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="220" />
      <source>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/outputs.py" line="227" />
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
      <location filename="../../sosdesk/ui/people/page.py" line="34" />
      <source>Bénéficiaires</source>
      <translation>Beneficiaries</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="35" />
      <source>Professionnels</source>
      <translation>Professionals</translation>
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
      <translation>this beneficiary</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="38" />
      <source>ce professionnel</source>
      <translation>this professional</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="39" />
      <source>ce site</source>
      <translation>this site</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="63" />
      <source>Rechercher (nom, téléphone, site, compétence…)</source>
      <translation>Search (name, phone, site, skill…)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="69" />
      <source>Nouveau…</source>
      <translation>New…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="70" />
      <source>Modifier…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="70" />
      <source>Détails…</source>
      <translation>Details…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="71" />
      <source>Archiver…</source>
      <translation>Archive…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="72" />
      <source>Voir le planning</source>
      <translation>Show planning</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="158" />
      <source>Congés et absences : {0}</source>
      <translation>Leave and absences: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="160" />
      <source>Rendez-vous déplacés ou annulés : {0}</source>
      <translation>Meetings moved or cancelled: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="162" />
      <source>Créer {0}</source>
      <translation>Create {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="163" />
      <source>Modifier {0}</source>
      <translation>Edit {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="174" />
      <source>Archiver</source>
      <translation>Archive</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="175" />
      <source>Archiver {0} ({1}) ? Il n'apparaîtra plus dans les listes ; son historique est conservé.</source>
      <translation>Archive {0} ({1})? It will no longer appear in the lists; its history is kept.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="193" />
      <source>Archivé : {0}</source>
      <translation>Archived: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/page.py" line="194" />
      <source>Archiver {0}</source>
      <translation>Archive {0}</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="60" />
      <source>{0} (archivé ou hors région)</source>
      <translation>{0} (archived or outside the region)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="100" />
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="101" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="109" />
      <source>Congés et absences</source>
      <translation>Leave and absences</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="112" />
      <source>Historique ({0})</source>
      <translation>History ({0})</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialog_base.py" line="136" />
      <source>Enregistrement impossible :</source>
      <translation>Cannot save:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="41" />
      <source>Nouveau bénéficiaire</source>
      <translation>New beneficiary</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="42" />
      <source>Bénéficiaire</source>
      <translation>Beneficiary</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="130" />
      <source>Nouveau professionnel</source>
      <translation>New professional</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="131" />
      <source>Professionnel</source>
      <translation>Professional</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="199" />
      <source>Nouveau site</source>
      <translation>New site</translation>
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
      <location filename="../../sosdesk/ui/phone_panel.py" line="122" />
      <source>Accès coupé : l'ancienne adresse ne répond plus.</source>
      <translation>Access revoked: the old address no longer answers.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="124" />
      <source>Nouvelle adresse (l'ancienne ne répond plus) :</source>
      <translation>New address (the old one no longer answers):</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="125" />
      <source>Adresse :</source>
      <translation>Address:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="139" />
      <source>Liens et téléphones connectés révoqués.</source>
      <translation>Links and signed-in phones revoked.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/phone_panel.py" line="141" />
      <source>Code : {0} — à scanner avec le téléphone :</source>
      <translation>Code: {0} — scan it with the phone:</translation>
    </message>
  </context>
  <context>
    <name>Placeholder</name>
    <message>
      <location filename="../../sosdesk/ui/main_window.py" line="66" />
      <source>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p&gt;Cette page est en préparation : elle arrive dans une prochaine version de sosdesk.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p&gt;This page is being prepared: it comes in a future version of sosdesk.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>PlannerDialog</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="77" />
      <source>Planifier la semaine {0}</source>
      <translation>Plan week {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="80" />
      <source>Recherche d'un planning…</source>
      <translation>Searching for a plan…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="83" />
      <source>Arrêter (garder le meilleur)</source>
      <translation>Stop (keep the best)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="86" />
      <source>Tout accepter</source>
      <translation>Accept all</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="87" />
      <source>Accepter la sélection</source>
      <translation>Accept selected</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="88" />
      <source>Rejeter</source>
      <translation>Discard</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="95" />
      <source>Rendez-vous proposés</source>
      <translation>Proposed meetings</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="97" />
      <source>Obligations non couvertes</source>
      <translation>Obligations not covered</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="120" />
      <source>La semaine {0} est passée : le planificateur ne propose rien dans le passé. Choisissez une semaine à venir, ou reprenez ses créneaux avec « Copier → semaine suivante ».</source>
      <translation>Week {0} is over: the planner proposes nothing in the past. Choose a coming week, or reuse its slots with “Copy → next week”.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="128" />
      <source>Échec du planificateur : </source>
      <translation>Planner failed: </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="143" />
      <source>Arrêt demandé : vérification du meilleur planning trouvé…</source>
      <translation>Stop requested: checking the best plan found…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="153" />
      <source>Calcul de la borne de couverture…</source>
      <translation>Computing the coverage bound…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="154" />
      <source>Premier planning…</source>
      <translation>First plan…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="155" />
      <source>Amélioration du planning…</source>
      <translation>Improving the plan…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="156" />
      <source>Vérification des règles…</source>
      <translation>Checking the rules…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="157" />
      <source>Analyse des obligations non couvertes…</source>
      <translation>Analysing unmet obligations…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="164" />
      <source>Meilleure couverture : {0} / {1} min</source>
      <translation>Best coverage: {0} / {1} min</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/planner.py" line="187" />
      <source>{0} rendez-vous proposés, couverture {1} / {2} min</source>
      <translation>{0} meetings proposed, coverage {1} / {2} min</translation>
    </message>
  </context>
  <context>
    <name>PlanningPage</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/jump_field.py" line="34" />
      <source>Aller à… (24/11/2026)</source>
      <translation>Go to… (24/11/2026)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/jump_field.py" line="36" />
      <source>Une date (24/11/2026) ou une semaine (2026-W48), puis Entrée</source>
      <translation>A date (24/11/2026) or a week (2026-W48), then Enter</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page.py" line="162" />
      <source>Refusé : </source>
      <translation>Refused: </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_rules.py" line="39" />
      <source>Règle {0}/{1} : {2}</source>
      <translation>Rule {0}/{1}: {2}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="41" />
      <source>janvier</source>
      <translation>January</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="41" />
      <source>février</source>
      <translation>February</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="42" />
      <source>mars</source>
      <translation>March</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="42" />
      <source>avril</source>
      <translation>April</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="43" />
      <source>mai</source>
      <translation>May</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="43" />
      <source>juin</source>
      <translation>June</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="44" />
      <source>juillet</source>
      <translation>July</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="44" />
      <source>août</source>
      <translation>August</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="45" />
      <source>septembre</source>
      <translation>September</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="45" />
      <source>octobre</source>
      <translation>October</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="46" />
      <source>novembre</source>
      <translation>November</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="46" />
      <source>décembre</source>
      <translation>December</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="47" />
      <source>lundi</source>
      <translation>Monday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="47" />
      <source>mardi</source>
      <translation>Tuesday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="48" />
      <source>mercredi</source>
      <translation>Wednesday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="48" />
      <source>jeudi</source>
      <translation>Thursday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="49" />
      <source>vendredi</source>
      <translation>Friday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="49" />
      <source>samedi</source>
      <translation>Saturday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="50" />
      <source>dimanche</source>
      <translation>Sunday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="109" />
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="138" />
      <source>Affichage</source>
      <translation>View</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="124" />
      <source>Période précédente</source>
      <translation>Previous period</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="125" />
      <source>Période suivante</source>
      <translation>Next period</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="126" />
      <source>Aujourd'hui</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="127" />
      <source>Aller à une date…</source>
      <translation>Go to a date…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="129" />
      <source>Heures ouvrées seulement</source>
      <translation>Working hours only</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="131" />
      <source>Panneau des obligations</source>
      <translation>Obligations panel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="135" />
      <source>Raccourcis clavier…</source>
      <translation>Keyboard shortcuts…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="149" />
      <source>Glisser sur un créneau vide — créer un rendez-vous</source>
      <translation>Drag over an empty slot — create a meeting</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="150" />
      <source>Glisser un rendez-vous — le déplacer ; Ctrl+glisser — le copier ; bord inférieur — la durée</source>
      <translation>Drag a meeting — move it; Ctrl+drag — copy it; bottom edge — its length</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="151" />
      <source>Ctrl+clic ou Maj+glisser — sélection multiple</source>
      <translation>Ctrl+click or Shift+drag — select several</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="152" />
      <source>Flèches — changer de rendez-vous ; Alt+flèches — déplacer d'un créneau ou d'un jour</source>
      <translation>Arrows — next meeting; Alt+arrows — move by one slot or one day</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="153" />
      <source>Entrée — ouvrir ; Suppr — annuler ; Ctrl+Z / Ctrl+Maj+Z — annuler / rétablir</source>
      <translation>Enter — open; Delete — cancel; Ctrl+Z / Ctrl+Shift+Z — undo / redo</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="159" />
      <source>Raccourcis clavier du planning</source>
      <translation>Planning keyboard shortcuts</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="210" />
      <source>{0} {1} {2} {3}</source>
      <translation>{0} {2} {1}, {3}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/page_views.py" line="219" />
      <source>{0} – {1} {2} {3} · sem. {4}</source>
      <translation>{0} – {1} {2} {3} · week {4}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/side_panel.py" line="34" />
      <source>&lt;b&gt;Obligations de la semaine&lt;/b&gt;</source>
      <translation>&lt;b&gt;This week's obligations&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/side_panel.py" line="50" />
      <source>&lt;b&gt;Présences à saisir ({0})&lt;/b&gt;</source>
      <translation>&lt;b&gt;Attendance to record ({0})&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="271" />
      <source>Calendrier des sites…</source>
      <translation>Sites' calendar…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="274" />
      <source>Fermetures, capacité réduite et rendez-vous d'un site par jour ; fermer des jours</source>
      <translation>A site's closures, reduced capacity and meetings by day; close days</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="35" />
      <source>Professionnels côte à côte</source>
      <translation>Professionals side by side</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="36" />
      <source>Un professionnel</source>
      <translation>One professional</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="36" />
      <source>Un bénéficiaire</source>
      <translation>One beneficiary</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="37" />
      <source>Un site</source>
      <translation>One site</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="50" />
      <source>Choisir les professionnels</source>
      <translation>Choose professionals</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="54" />
      <source>Dimanche</source>
      <translation>Sunday</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="56" />
      <source>Heures ouvrées</source>
      <translation>Working hours</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="57" />
      <source>Seulement les heures des rendez-vous et des disponibilités (décocher : toute la journée) — Ctrl+Alt+H</source>
      <translation>Only the hours of meetings and availability (untick: the whole day) — Ctrl+Alt+H</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="67" />
      <source>Planifier la semaine</source>
      <translation>Plan the week</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="69" />
      <source>Copier → semaine suivante</source>
      <translation>Copy → next week</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="70" />
      <source>Présences du jour</source>
      <translation>Today's attendance</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/toolbar.py" line="73" />
      <source>Imprimer / exporter</source>
      <translation>Print / export</translation>
    </message>
  </context>
  <context>
    <name>ProfessionalDialog</name>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="139" />
      <source>nom@exemple.fr</source>
      <translation>name@example.com</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="141" />
      <source>— aucun —</source>
      <translation>— none —</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="148" />
      <source>sans plafond</source>
      <translation>no cap</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="149" />
      <source>Région</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="149" />
      <source>Nom</source>
      <translation>Last name</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="150" />
      <source>Prénom</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="150" />
      <location filename="../../sosdesk/ui/people/dialogs.py" line="173" />
      <source>Téléphone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="151" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="152" />
      <source>Site de rattachement</source>
      <translation>Home site</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="153" />
      <source>Plafond hebdomadaire</source>
      <translation>Weekly cap</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="156" />
      <source>Compétences</source>
      <translation>Skills</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="159" />
      <source>Fiche</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="162" />
      <source>Disponibilités</source>
      <translation>Availability</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="163" />
      <source>Vide : disponible aux heures d'ouverture des sites.</source>
      <translation>Empty: available during the sites' opening hours.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="164" />
      <source>Sites (aucun = tous)</source>
      <translation>Sites (none = all)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="167" />
      <source>Disponibilités et sites</source>
      <translation>Availability and sites</translation>
    </message>
  </context>
  <context>
    <name>ProofDialog</name>
    <message>
      <location filename="../../sosdesk/ui/proofs/dialog.py" line="17" />
      <source>Justificatif</source>
      <translation>Receipt</translation>
    </message>
  </context>
  <context>
    <name>ProofViewer</name>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="39" />
      <source>◀ Précédent</source>
      <translation>◀ Previous</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="40" />
      <source>Justificatif précédent de la liste (Alt+Gauche)</source>
      <translation>Previous proof of the list (Alt+Left)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="42" />
      <source>Suivant ▶</source>
      <translation>Next ▶</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="43" />
      <source>Justificatif suivant de la liste (Alt+Droite)</source>
      <translation>Next proof of the list (Alt+Right)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="46" />
      <source>Manquants seulement</source>
      <translation>Missing only</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="47" />
      <source>Parcourir seulement les éléments sans justificatif</source>
      <translation>Browse only the items without proof</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="49" />
      <source>Page précédente (Page préc.)</source>
      <translation>Previous page (Page Up)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="50" />
      <source>Page suivante (Page suiv.)</source>
      <translation>Next page (Page Down)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="52" />
      <source>Zoom arrière (Ctrl+−)</source>
      <translation>Zoom out (Ctrl+−)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="53" />
      <source>Zoom avant (Ctrl++)</source>
      <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="56" />
      <source>Pleine largeur</source>
      <translation>Fit width</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/navigation_bar.py" line="58" />
      <source>Ajuster la page à la largeur de la fenêtre (Ctrl+0)</source>
      <translation>Fit the page to the width of the window (Ctrl+0)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="85" />
      <source>Remplacer…</source>
      <translation>Replace…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="87" />
      <source>Ouvrir avec…</source>
      <translation>Open with…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="88" />
      <source>Ouvrir le fichier dans le lecteur du système</source>
      <translation>Open the file in the system's viewer</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="110" />
      <source>Joindre le justificatif…</source>
      <translation>Attach the receipt…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="272" />
      <source>Aucun justificatif à afficher.</source>
      <translation>No proof to show.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="281" />
      <source>aucun fichier joint</source>
      <translation>no file attached</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="298" />
      <source>Le fichier de ce justificatif n'est pas dans cette base.</source>
      <translation>The file of this proof is not in this database.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="321" />
      <source>Ce fichier ne peut pas être affiché : utilisez « Ouvrir avec… ».</source>
      <translation>This file cannot be shown: use “Open with…”.</translation>
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
      <translation>Attach another file instead (PDF, JPEG, PNG or TIFF)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="354" />
      <source>Remplacer le justificatif</source>
      <translation>Replace the proof</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="355" />
      <source>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="368" />
      <source>Lecture impossible : {0}</source>
      <translation>Cannot read the file: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/proofs/viewer.py" line="375" />
      <source>Justificatif remplacé : {0}</source>
      <translation>Proof replaced: {0}</translation>
    </message>
  </context>
  <context>
    <name>ProtectedEditDialog</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="232" />
      <source>Rendez-vous protégé</source>
      <translation>Protected meeting</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="239" />
      <source>Motif de la modification (obligatoire, gardé dans l'historique) :</source>
      <translation>Reason for the change (required, kept in the history):</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="241" />
      <source>ex. : erreur de saisie, salle indisponible</source>
      <translation>e.g. typing error, room unavailable</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="244" />
      <source>Confirmer la modification</source>
      <translation>Confirm the change</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/dialogs.py" line="246" />
      <source>Ne rien changer</source>
      <translation>Change nothing</translation>
    </message>
  </context>
  <context>
    <name>QtUndoCommand</name>
    <message>
      <location filename="../../sosdesk/ui/undo.py" line="69" />
      <source>Rien n'a été modifié.</source>
      <translation>Nothing was changed.</translation>
    </message>
  </context>
  <context>
    <name>RateForm</name>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="50" />
      <source>Bureau</source>
      <translation>Office</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="51" />
      <source>Salle louée</source>
      <translation>Rented room</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="52" />
      <source>Détention</source>
      <translation>Detention</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="53" />
      <source>Extérieur</source>
      <translation>External</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="54" />
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="89" />
      <source>Valable à partir du</source>
      <translation>Valid from</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="55" />
      <source>Déplacements — prix de l'heure</source>
      <translation>Travel — price per hour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="56" />
      <source>Déplacements — arrondi</source>
      <translation>Travel — rounding</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="57" />
      <source>Déplacements — plafond par jour</source>
      <translation>Travel — cap per day</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="58" />
      <source>Déplacements — lieux facturés</source>
      <translation>Travel — billable sites</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="59" />
      <source>Absence non excusée — part facturée</source>
      <translation>Unexcused absence — share billed</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="60" />
      <source>Absence non excusée — délai de prévenance</source>
      <translation>Unexcused absence — notice period</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="61" />
      <source>TVA — taux</source>
      <translation>VAT — rate</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="62" />
      <source>TVA — mention</source>
      <translation>VAT — mention</translation>
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
      <translation>no cap</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="104" />
      <source>Déplacements</source>
      <translation>Travel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="107" />
      <source>Prix de l'heure (€)</source>
      <translation>Price per hour (€)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="108" />
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="108" />
      <source>Arrondi</source>
      <translation>Rounding</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="109" />
      <source>Plafond par jour</source>
      <translation>Cap per day</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="110" />
      <source>Lieux facturés</source>
      <translation>Billable sites</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="113" />
      <source> h</source>
      <translation> h</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="116" />
      <source>Absences et TVA</source>
      <translation>Absences and VAT</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="120" />
      <source>Absence non excusée facturée (%)</source>
      <translation>Unexcused absence billed (%)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="121" />
      <source>Délai de prévenance</source>
      <translation>Notice period</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="122" />
      <source>Taux de TVA (%)</source>
      <translation>VAT rate (%)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="123" />
      <source>Mention de TVA</source>
      <translation>VAT mention</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="140" />
      <source>Formulaire</source>
      <translation>Form</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="141" />
      <source>Avancé (JSON, lecture seule)</source>
      <translation>Advanced (JSON, read-only)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="144" />
      <source>Lecture seule : seul le coordinateur national modifie les grilles tarifaires.</source>
      <translation>Read-only: only the national coordinator edits rate tables.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="148" />
      <source>Aperçu</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="149" />
      <source>Effet sur le brouillon du mois et de la région choisis au tableau</source>
      <translation>Effect on the draft of the month and region selected in the table</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="151" />
      <source>Enregistrer la nouvelle version</source>
      <translation>Save the new version</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="205" />
      <source>(prérempli avec la version du {0})</source>
      <translation>(prefilled from the version of {0})</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="206" />
      <source>(aucune version existante)</source>
      <translation>(no existing version)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="296" />
      <source>Choisissez un mois (et une région) dans le tableau des factures.</source>
      <translation>Choose a month (and a region) in the invoice table.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_form.py" line="321" />
      <source>Version du {0} enregistrée : elle s'applique aux rendez-vous à partir de cette date.</source>
      <translation>Version of {0} saved: it applies to meetings from that date.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="25" />
      <source>non tarifé</source>
      <translation>not priced</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="26" />
      <source>heure par professionnel</source>
      <translation>professional hour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="27" />
      <source>heure de séance</source>
      <translation>session hour</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="28" />
      <source>forfait</source>
      <translation>flat fee</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="29" />
      <source>unité</source>
      <translation>unit</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="30" />
      <source>prix</source>
      <translation>price</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="31" />
      <source>minimum facturé</source>
      <translation>minimum billed</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="32" />
      <source>arrondi</source>
      <translation>rounding</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="33" />
      <source>professionnels facturés au plus</source>
      <translation>maximum professionals billed</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="106" />
      <source>Type de rendez-vous</source>
      <translation>Meeting type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="106" />
      <source>Unité</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="107" />
      <source>Prix (€)</source>
      <translation>Price (€)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="107" />
      <source>Minimum</source>
      <translation>Minimum</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="109" />
      <source>Professionnels facturés</source>
      <translation>Professionals billed</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/invoices/rate_types.py" line="150" />
      <source>sans limite</source>
      <translation>no limit</translation>
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
      <translation>Templates</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="58" />
      <source>Règles et envoi</source>
      <translation>Rules and sending</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="78" />
      <source>Bénéficiaire :</source>
      <translation>Beneficiary:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="80" />
      <source>Envoyer maintenant</source>
      <translation>Send now</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="82" />
      <source>Renvoyer</source>
      <translation>Resend</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="84" />
      <source>Marquer comme envoyé</source>
      <translation>Mark as sent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="110" />
      <source>Tous</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="124" />
      <source>{sent} envoyé(s), {failed} en échec, {waiting} en attente, {uncertain} à vérifier, {skipped} non envoyé(s)</source>
      <translation>{sent} sent, {failed} failed, {waiting} pending, {uncertain} to check, {skipped} not sent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="142" />
      <source>Message {id} : renvoi programmé</source>
      <translation>Message {id}: resend scheduled</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="147" />
      <source>Message {id} : marqué envoyé</source>
      <translation>Message {id}: marked as sent</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="173" />
      <source>Rappels : {sent} envoyé(s), {failed} en échec</source>
      <translation>Reminders: {sent} sent, {failed} failed</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders_page.py" line="181" />
      <source>Rappels : {0}</source>
      <translation>Reminders: {0}</translation>
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
    <name>ReportTab</name>
    <message>
      <location filename="../../sosdesk/ui/reports/report_tab.py" line="49" />
      <source>Tableau :</source>
      <translation>Table:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/report_tab.py" line="123" />
      <source>{0} ligne(s)</source>
      <translation>{0} row(s)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/report_tab.py" line="124" />
      <source>Aucune donnée pour cette période.</source>
      <translation>No data for this period.</translation>
    </message>
  </context>
  <context>
    <name>ReportTableModel</name>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="29" />
      <source>Professionnel</source>
      <translation>Professional</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="29" />
      <source>Région</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="30" />
      <source>Prévu (h)</source>
      <translation>Planned (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="30" />
      <source>Réalisé (h)</source>
      <translation>Held (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="31" />
      <source>Plafond (h)</source>
      <translation>Cap (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="31" />
      <source>Charge (%)</source>
      <translation>Load (%)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="32" />
      <source>Bénéficiaire</source>
      <translation>Beneficiary</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="32" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="33" />
      <source>Requis (h)</source>
      <translation>Required (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="33" />
      <source>Couverture (%)</source>
      <translation>Coverage (%)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="34" />
      <source>Tenus</source>
      <translation>Held</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="34" />
      <source>Tenus (h)</source>
      <translation>Held (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="35" />
      <source>Absences</source>
      <translation>No-shows</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="35" />
      <source>Absences (h)</source>
      <translation>No-shows (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="36" />
      <source>Annulés</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="36" />
      <source>Annulés (h)</source>
      <translation>Cancelled (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="37" />
      <source>Présences à saisir</source>
      <translation>Attendance to record</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="38" />
      <source>Présences à saisir (h)</source>
      <translation>Attendance to record (h)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="39" />
      <source>Périmètre</source>
      <translation>Scope</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="39" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="40" />
      <source>Édition</source>
      <translation>Edition</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="40" />
      <source>Numéro</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="41" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="41" />
      <source>HT (€)</source>
      <translation>Excl. VAT (€)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="42" />
      <source>TVA (€)</source>
      <translation>VAT (€)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/table_model.py" line="42" />
      <source>TTC (€)</source>
      <translation>Incl. VAT (€)</translation>
    </message>
  </context>
  <context>
    <name>ReportsBoard</name>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="36" />
      <source>Semaine</source>
      <translation>Week</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="37" />
      <source>Mois</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="38" />
      <source>Trimestre</source>
      <translation>Quarter</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="39" />
      <source>Année</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="40" />
      <source>Personnalisée</source>
      <translation>Custom</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="43" />
      <source>Effectifs</source>
      <translation>Staffing</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="44" />
      <source>Obligations</source>
      <translation>Obligations</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="45" />
      <source>Activité</source>
      <translation>Activity</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="46" />
      <source>Finances</source>
      <translation>Finance</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="102" />
      <source>Période précédente</source>
      <translation>Previous period</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="104" />
      <source>Période suivante</source>
      <translation>Next period</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="118" />
      <source>Toutes les régions</source>
      <translation>All regions</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="124" />
      <source>Période :</source>
      <translation>Period:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="130" />
      <source>Du</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="132" />
      <source>au</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="135" />
      <source>Région :</source>
      <translation>Region:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="149" />
      <source>Exporter :</source>
      <translation>Export:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="150" />
      <source>Exporter le rapport en CSV</source>
      <translation>Export the report as CSV</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="151" />
      <source>Exporter le rapport en classeur XLSX</source>
      <translation>Export the report as an XLSX workbook</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="152" />
      <source>Exporter le rapport en PDF imprimable</source>
      <translation>Export the report as a printable PDF</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="175" />
      <source>Détail semaine / mois</source>
      <translation>Week / month detail</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="306" />
      <source>Exporter le rapport</source>
      <translation>Export the report</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="323" />
      <source>Rapport exporté : {0}</source>
      <translation>Report exported: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reports/board.py" line="329" />
      <source>Export impossible : {0}</source>
      <translation>Export failed: {0}</translation>
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
      <location filename="../../sosdesk/ui/reminders/rules.py" line="51" />
      <source>STARTTLS (587, recommandé)</source>
      <translation>STARTTLS (587, recommended)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="52" />
      <source>SSL/TLS (465)</source>
      <translation>SSL/TLS (465)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="53" />
      <source>aucune (réseau local)</source>
      <translation>none (local network)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="57" />
      <source>Les rappels partent de ce poste (fichier non enrôlé) : il doit être allumé et sosdesk ouvert, ou la commande « sosdesk remind » planifiée.</source>
      <translation>Reminders are sent from this computer (file not enrolled): it must be on with sosdesk open, or the “sosdesk remind” command scheduled.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="60" />
      <source>Les rappels de la région partent de ce poste (la région n'est pas confiée au service central) : il doit être allumé et sosdesk ouvert.</source>
      <translation>The region's reminders are sent from this computer (the region is not handed to the central service): it must be on with sosdesk open.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="63" />
      <source>Les rappels de la région partent du service central, même quand ce poste est éteint ; ses réglages d'envoi sont ceux du coordinateur national. Ceux-ci ne servent qu'au test et si la région revient au poste.</source>
      <translation>The region's reminders are sent by the central service, even when this computer is off, with the national coordinator's sending settings. These settings only serve for tests and if the region comes back to this computer.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="75" />
      <source> h avant</source>
      <translation> h before</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="76" />
      <source>aucun</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="99" />
      <source>Quand envoyer</source>
      <translation>When to send</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="111" />
      <source>Rappels {c} :</source>
      <translation>{c} reminders:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="119" />
      <source>de</source>
      <translation>from</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="121" />
      <source>à</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="124" />
      <source>Pas de SMS :</source>
      <translation>No SMS:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="127" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="130" />
      <source>Un SMS repoussé après les heures calmes part au moins ce temps avant le rendez-vous, sinon il n'est pas envoyé.</source>
      <translation>An SMS postponed after quiet hours leaves at least this long before the meeting, otherwise it is not sent.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="132" />
      <source>Délai minimal :</source>
      <translation>Minimum notice:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="134" />
      <source>Nom de la structure :</source>
      <translation>Organisation name:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="136" />
      <source>E-mail (serveur SMTP)</source>
      <translation>E-mail (SMTP server)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="154" />
      <source>facultatif : certificat propre au serveur (PEM)</source>
      <translation>optional: the server's own certificate (PEM)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="157" />
      <location filename="../../sosdesk/ui/reminders/rules.py" line="183" />
      <source>inchangé (gardé dans le trousseau du système)</source>
      <translation>unchanged (kept in the system keyring)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="160" />
      <source>port</source>
      <translation>port</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="162" />
      <source>Serveur :</source>
      <translation>Server:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="163" />
      <source>Sécurité :</source>
      <translation>Security:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="164" />
      <source>Identifiant :</source>
      <translation>User name:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="165" />
      <source>Mot de passe :</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="166" />
      <source>Expéditeur :</source>
      <translation>Sender:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="167" />
      <source>Autorité de certification :</source>
      <translation>Certificate authority:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="169" />
      <source>SMS (passerelle HTTP)</source>
      <translation>SMS (HTTP gateway)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="184" />
      <source>Fournisseur :</source>
      <translation>Provider:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="185" />
      <source>Adresse :</source>
      <translation>Address:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="186" />
      <source>Compte :</source>
      <translation>Account:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="187" />
      <source>Jeton :</source>
      <translation>Token:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="188" />
      <source>Nom d'expéditeur :</source>
      <translation>Sender name:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="190" />
      <location filename="../../sosdesk/ui/reminders/rules.py" line="194" />
      <source>Tester l'envoi</source>
      <translation>Test sending</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="193" />
      <source>adresse e-mail ou numéro de portable</source>
      <translation>e-mail address or mobile number</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="205" />
      <source>Enregistrer</source>
      <translation>Save</translation>
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
      <translation>give the sender address of the reminders</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="261" />
      <source>un identifiant sans serveur SMTP</source>
      <translation>a user name without an SMTP server</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="263" />
      <source>l'expéditeur « {0} » n'est pas une adresse e-mail</source>
      <translation>the sender “{0}” is not an e-mail address</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="266" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="266" />
      <source>l'adresse de la passerelle commence par https://</source>
      <translation>the gateway address starts with https://</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="268" />
      <source>heures calmes</source>
      <translation>quiet hours</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="268" />
      <source>le début et la fin sont identiques</source>
      <translation>start and end are the same</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="285" />
      <source>Non enregistré : </source>
      <translation>Not saved: </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="296" />
      <source>Règles de rappel enregistrées</source>
      <translation>Reminder rules saved</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="305" />
      <source>Saisissez une adresse e-mail ou un numéro de portable.</source>
      <translation>Type an e-mail address or a mobile number.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/rules.py" line="311" />
      <source>Envoi de l'essai à {0}…</source>
      <translation>Sending the test to {0}…</translation>
    </message>
  </context>
  <context>
    <name>SearchPopup</name>
    <message>
      <location filename="../../sosdesk/ui/search/popup.py" line="16" />
      <source>Bénéficiaires</source>
      <translation>Beneficiaries</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/search/popup.py" line="17" />
      <source>Professionnels</source>
      <translation>Professionals</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/search/popup.py" line="18" />
      <source>Mesures</source>
      <translation>Measures</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/search/popup.py" line="19" />
      <source>Rendez-vous</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/search/popup.py" line="20" />
      <source>Factures</source>
      <translation>Invoices</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/search/popup.py" line="21" />
      <source>Dépenses</source>
      <translation>Expenses</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/search/popup.py" line="54" />
      <source>Chercher une personne, un rendez-vous (« 7 décembre »), une facture, une dépense…</source>
      <translation>Search a person, a meeting (“7 December”), an invoice, an expense…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/search/popup.py" line="57" />
      <source>Recherche</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/search/popup.py" line="96" />
      <source>Majuscules et accents indifférents ; un début de mot suffit. ↑ ↓ pour choisir, Entrée pour ouvrir, Échap pour fermer.</source>
      <translation>Case and accents do not matter; the start of a word is enough. ↑ ↓ to choose, Enter to open, Esc to close.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/search/popup.py" line="99" />
      <source>Aucun résultat pour « {0} ».</source>
      <translation>No result for “{0}”.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/search/popup.py" line="101" />
      <source>{0} résultat(s) — Entrée pour ouvrir</source>
      <translation>{0} result(s) — Enter to open</translation>
    </message>
  </context>
  <context>
    <name>SectionCard</name>
    <message>
      <location filename="../../sosdesk/ui/home/page.py" line="122" />
      <source>… et {0} autre(s)</source>
      <translation>… and {0} more</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="41" />
      <source>Changer d'utilisateur</source>
      <translation>Switch user</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="42" />
      <source>Connexion — {0}</source>
      <translation>Sign in — {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="53" />
      <source> (sans mot de passe)</source>
      <translation> (no password)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="63" />
      <source>Mot de passe</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="71" />
      <source>Utilisateur :</source>
      <translation>User:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="73" />
      <source>Mot de passe :</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="102" />
      <source>Choisissez un utilisateur.</source>
      <translation>Choose a user.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="106" />
      <source>Cet utilisateur n'a pas de mot de passe : le coordinateur national (ou l'administrateur de sa région) doit lui en donner un.</source>
      <translation>This user has no password: the national coordinator (or their region's administrator) must give them one.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="110" />
      <source>Mot de passe incorrect : réessayez.</source>
      <translation>Wrong password: try again.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/signin.py" line="115" />
      <source>Ce mot de passe vous a été donné : choisissez d'abord le vôtre (sosdesk user passwd).</source>
      <translation>This password was given to you: first choose your own (sosdesk user passwd).</translation>
    </message>
  </context>
  <context>
    <name>SiteCalendarDialog</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="128" />
      <source>Calendrier des sites</source>
      <translation>Sites' calendar</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="143" />
      <source>Site</source>
      <translation>Site</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="166" />
      <source>fermé</source>
      <translation>closed</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="167" />
      <source>Fermer les jours choisis</source>
      <translation>Close the chosen days</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="169" />
      <source>Rendez-vous impossibles du mois</source>
      <translation>Impossible meetings this month</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="170" />
      <source>Les rendez-vous prévus de ce site pendant le mois qui tombent sur un férié, une fermeture ou l'absence d'une personne</source>
      <translation>The site's planned meetings of the month that fall on a public holiday, a closure or someone's absence</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="173" />
      <source>Motif</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="173" />
      <source>Capacité ces jours-là</source>
      <translation>Capacity on those days</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="180" />
      <source>Choisissez des jours (Ctrl ou Maj pour plusieurs), puis « Fermer les jours choisis » ; une capacité non nulle réduit la capacité au lieu de fermer.</source>
      <translation>Choose days (Ctrl or Shift for several), then “Close the chosen days”; a capacity above zero reduces the capacity instead of closing.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="208" />
      <source>Capacité habituelle : {0}</source>
      <translation>Usual capacity: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="236" />
      <source>Enregistrement impossible : {0}</source>
      <translation>Cannot save: {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="244" />
      <source>Enregistré. {0} rendez-vous prévu(s) deviennent impossibles : déplacez-les au créneau proposé ou annulez-les.</source>
      <translation>Saved. {0} planned meeting(s) become impossible: move them to the proposed slot or cancel them.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="247" />
      <source>Enregistré. Aucun rendez-vous prévu n'est touché.</source>
      <translation>Saved. No planned meeting is affected.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="255" />
      <source>{0} rendez-vous prévu(s) de ce site ne peuvent plus avoir lieu ce mois-ci.</source>
      <translation>{0} planned meeting(s) at this site can no longer take place this month.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="257" />
      <source>Aucun rendez-vous prévu de ce site n'est impossible ce mois-ci.</source>
      <translation>No planned meeting at this site is impossible this month.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="302" />
      <source>Rendez-vous déplacés ou annulés</source>
      <translation>Meetings moved or cancelled</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="303" />
      <source>Calendrier des sites : fermetures</source>
      <translation>Site calendar: closures</translation>
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
      <location filename="../../sosdesk/ui/people/dialogs.py" line="219" />
      <source>Ouvert les jours fériés (détention…)</source>
      <translation>Open on public holidays (detention…)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="220" />
      <source>Région</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="220" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="221" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="221" />
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="222" />
      <source>Capacité (rendez-vous simultanés)</source>
      <translation>Capacity (simultaneous meetings)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="223" />
      <source>Coefficient tarifaire</source>
      <translation>Rate coefficient</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="224" />
      <source>Jours fériés</source>
      <translation>Public holidays</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="228" />
      <source>Horaires d'ouverture</source>
      <translation>Opening hours</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/people/dialogs.py" line="230" />
      <source>Fiche</source>
      <translation>Details</translation>
    </message>
  </context>
  <context>
    <name>SiteMonthModel</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/site_calendar.py" line="94" />
      <source>{0} rdv</source>
      <translation>{0} mtg</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="47" />
      <source>Champ</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="47" />
      <source>Ma version</source>
      <translation>My version</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="48" />
      <source>Version du service</source>
      <translation>Service's version</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="48" />
      <source>Garder</source>
      <translation>Keep</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="92" />
      <source>la mienne</source>
      <translation>mine</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="92" />
      <source>celle du service</source>
      <translation>the service's</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="105" />
      <source>Élément</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="105" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="106" />
      <source>Motif</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="136" />
      <source>Conflits à trancher</source>
      <translation>Conflicts to decide</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="145" />
      <source>Garder ma version</source>
      <translation>Keep mine</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="146" />
      <source>Garder celle du service</source>
      <translation>Keep the service's</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="147" />
      <source>Fusionner champ par champ</source>
      <translation>Merge field by field</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="152" />
      <source>Aucun conflit à trancher : rien n'attend votre décision.</source>
      <translation>No conflict to settle: nothing is waiting for your decision.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="200" />
      <source>Modifications refusées par le service</source>
      <translation>Changes refused by the service</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="205" />
      <source>Ignorer</source>
      <translation>Dismiss</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_lists.py" line="207" />
      <source>Aucune modification refusée par le service.</source>
      <translation>No change refused by the service.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="59" />
      <source>Synchroniser</source>
      <translation>Synchronise</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="60" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="62" />
      <location filename="../../sosdesk/ui/sync_page.py" line="257" />
      <source>Exporter le fichier régional</source>
      <translation>Export the region file</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="63" />
      <location filename="../../sosdesk/ui/sync_page.py" line="266" />
      <source>Fusionner des fichiers régionaux</source>
      <translation>Merge region files</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="85" />
      <source>Enrôler ce poste auprès du service de synchronisation</source>
      <translation>Enrol this computer with the synchronisation service</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="87" />
      <source>https://sync.exemple.fr</source>
      <translation>https://sync.example.org</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="89" />
      <source>code remis par le coordinateur national</source>
      <translation>code given by the national coordinator</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="90" />
      <source>Enrôler</source>
      <translation>Enrol</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="94" />
      <source>Le coordinateur national donne l'adresse du service et un code d'enrôlement à usage unique. Les identifiants sont gardés dans le trousseau du système, jamais dans le fichier.</source>
      <translation>The national coordinator gives the service's address and a single-use enrolment code. Credentials are kept in the system keyring, never in the file.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="99" />
      <source>Adresse du service :</source>
      <translation>Service address:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="100" />
      <source>Code d'enrôlement :</source>
      <translation>Enrolment code:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="122" />
      <source>jamais</source>
      <translation>never</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="127" />
      <source>Service : {server} — dernière synchronisation : {last} — modifications en attente : {pending} — conflits : {conflicts} — refus : {rejected}</source>
      <translation>Service: {server} — last sync: {last} — pending changes: {pending} — conflicts: {conflicts} — refused: {rejected}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="129" />
      <source>non enrôlé</source>
      <translation>not enrolled</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="132" />
      <source>Données de démonstration ({n} enregistrements) : non synchronisées, elles n'appartiennent à aucun service.</source>
      <translation>Demo data ({n} records): not synchronised, it belongs to no service.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="139" />
      <source>« Synchroniser » sera possible une fois ce poste enrôlé (formulaire ci-dessus). Sans service, « Exporter le fichier régional » transmet vos modifications par fichier.</source>
      <translation>“Synchronise” becomes possible once this computer is enrolled (form above). Without a service, “Export the region file” passes your changes on by file.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="146" />
      <source>Ce poste n'est pas enrôlé.</source>
      <translation>This computer is not enrolled.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="174" />
      <source>En cours…</source>
      <translation>In progress…</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="197" />
      <source>Saisissez l'adresse du service et le code d'enrôlement.</source>
      <translation>Type the service's address and the enrolment code.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="208" />
      <source>toutes les régions</source>
      <translation>all regions</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="209" />
      <source>Poste enrôlé auprès de {server} (région : {region}). Cliquez sur « Synchroniser » pour recevoir les données du service.</source>
      <translation>Computer enrolled with {server} (region: {region}). Click “Synchronise” to receive the data from the service.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="220" />
      <source>{n} envoyée(s), {m} reçue(s)</source>
      <translation>{n} sent, {m} received</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="223" />
      <source>{n} à trancher ou refusée(s)</source>
      <translation>{n} to decide or refused</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="231" />
      <source>{n} modification(s) écrite(s) dans le fichier régional.</source>
      <translation>{n} change(s) written to the region file.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="245" />
      <source>{f} : refusé — {e}</source>
      <translation>{f}: refused — {e}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="248" />
      <source>{f} : {n} modification(s) — {d}</source>
      <translation>{f}: {n} change(s) — {d}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="253" />
      <source>Phrase de passe :</source>
      <translation>Passphrase:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="258" />
      <source>Fichier régional (*.sosdesk)</source>
      <translation>Region file (*.sosdesk)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="261" />
      <source>Chiffrer le fichier régional</source>
      <translation>Encrypt the region file</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="267" />
      <source>Fichiers régionaux (*.sosdesk)</source>
      <translation>Region files (*.sosdesk)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="270" />
      <source>Déchiffrer les fichiers régionaux</source>
      <translation>Decrypt the region files</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="274" />
      <source>Fusion</source>
      <translation>Merge</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/sync_page.py" line="274" />
      <source>Aucune phrase de passe : rien n'a été fait.</source>
      <translation>No passphrase: nothing was done.</translation>
    </message>
  </context>
  <context>
    <name>TemplateEditor</name>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="65" />
      <source>Enregistrer le modèle</source>
      <translation>Save template</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="67" />
      <source>Champs : </source>
      <translation>Fields: </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="70" />
      <source>Modèle :</source>
      <translation>Template:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="71" />
      <source>Objet (e-mail) :</source>
      <translation>Subject (e-mail):</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="72" />
      <source>Texte :</source>
      <translation>Text:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="74" />
      <source>Aperçu :</source>
      <translation>Preview:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="75" />
      <source>Longueur :</source>
      <translation>Length:</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="105" />
      <source>{n} caractères (e-mail : pas de limite)</source>
      <translation>{n} characters (e-mail: no limit)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="110" />
      <source>{chars} caractères — {segments} SMS</source>
      <translation>{chars} characters — {segments} SMS</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="112" />
      <source>(hors alphabet SMS standard : {chars}, d'où {per} caractères par SMS ; {left} restants)</source>
      <translation>(outside the standard SMS alphabet: {chars}, hence {per} characters per SMS; {left} left)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="116" />
      <source>(alphabet SMS standard, {left} restants avant le SMS suivant)</source>
      <translation>(standard SMS alphabet, {left} left before the next SMS)</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="122" />
      <source>Modèle non enregistré : </source>
      <translation>Template not saved: </translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/reminders/templates.py" line="125" />
      <source>Modèle enregistré</source>
      <translation>Template saved</translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/timeline.py" line="264" />
      <source>{0} professionnels</source>
      <translation>{0} professionals</translation>
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
      <location filename="../../sosdesk/ui/users/manage.py" line="165" />
      <source>Mot de passe enregistré.</source>
      <translation>Password saved.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/users/manage.py" line="178" />
      <source>Choisissez un utilisateur.</source>
      <translation>Choose a user.</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="20" />
      <source>psychologue</source>
      <translation>psychologist</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="20" />
      <source>travailleur social</source>
      <translation>social worker</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="21" />
      <source>animateur</source>
      <translation>facilitator</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="21" />
      <source>intervenant</source>
      <translation>speaker</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="22" />
      <source>aucune compétence</source>
      <translation>no skill</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="24" />
      <source>Psychologue</source>
      <translation>Psychologist</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="24" />
      <source>Travailleur social</source>
      <translation>Social worker</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="25" />
      <source>Animateur</source>
      <translation>Facilitator</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="25" />
      <source>Intervenant</source>
      <translation>Speaker</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="26" />
      <source>Sans compétence</source>
      <translation>No skill</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="28" />
      <source>Entretien psychologique</source>
      <translation>Psychological interview</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="29" />
      <source>Entretien socio-éducatif</source>
      <translation>Socio-educational interview</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="30" />
      <source>Entretien individuel</source>
      <translation>Individual interview</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="31" />
      <source>Atelier collectif</source>
      <translation>Group workshop</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="31" />
      <source>Groupe de parole</source>
      <translation>Discussion group</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/vocabulary_labels.py" line="32" />
      <source>Convocation justice / police</source>
      <translation>Court / police summons</translation>
    </message>
  </context>
  <context>
    <name>WeekScene</name>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="41" />
      <source>fermé</source>
      <translation>closed</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="42" />
      <source>indisponible</source>
      <translation>unavailable</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="43" />
      <source>lun.</source>
      <translation>Mon</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="43" />
      <source>mar.</source>
      <translation>Tue</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="44" />
      <source>mer.</source>
      <translation>Wed</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="44" />
      <source>jeu.</source>
      <translation>Thu</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="45" />
      <source>ven.</source>
      <translation>Fri</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="45" />
      <source>sam.</source>
      <translation>Sat</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/calendar/scene.py" line="46" />
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
      <location filename="../../sosdesk/ui/app.py" line="102" />
      <source>Impossible d'ouvrir le fichier de données :
{0}</source>
      <translation>Cannot open the data file:
{0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/app.py" line="158" />
      <source>Le fichier de données est occupé par une autre opération sosdesk (fenêtre ou commande) : rien n'a été écrit. Réessayez quand elle sera terminée.</source>
      <translation>The data file is busy with another sosdesk operation (window or command): nothing was written. Try again when it has finished.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/app.py" line="175" />
      <source>Le fichier de données est chiffré. Voici sa clé de secours, affichée une seule fois :

{0}

Imprimez-la ou recopiez-la et gardez-la sous clé, loin du PC : sans elle, le fichier et ses sauvegardes ne s'ouvrent sur aucun autre poste. Pour la réafficher : sosdesk key show.</source>
      <translation>The data file is encrypted. Here is its recovery key, shown only once:

{0}

Print it or copy it down and keep it locked away from the PC: without it, the file and its backups open on no other computer. To show it again: sosdesk key show.</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/app.py" line="217" />
      <source>Fusionner {0}</source>
      <translation>Merge {0}</translation>
    </message>
    <message>
      <location filename="../../sosdesk/ui/app.py" line="218" />
      <source>Phrase de passe :</source>
      <translation>Passphrase:</translation>
    </message>
  </context>
</TS>
