<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../ui/cases.py" line="104"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="104"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="104"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="104"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../ui/cases.py" line="173"/>
        <source>Search names, places, narratives…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="174"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="178"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="183"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="184"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="185"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="185"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="185"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="186"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="187"/>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="188"/>
        <location filename="../../ui/cases.py" line="240"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="189"/>
        <source>&amp;Delete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="190"/>
        <source>Delete the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="257"/>
        <location filename="../../ui/cases.py" line="269"/>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases.py" line="258"/>
        <source>Delete %1 and every record and file in it? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="109"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="110"/>
        <source>Save the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="111"/>
        <source>S&amp;eal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="112"/>
        <source>Seal the case as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="113"/>
        <source>E&amp;xport dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="114"/>
        <source>Export a signed dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="116"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="118"/>
        <source>Events and acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="121"/>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="123"/>
        <source>Remedies and interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="124"/>
        <source>History and custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="145"/>
        <source>Unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="146"/>
        <source>There is unsaved work on this case from %1. Continue with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="194"/>
        <source>Unsaved changes (kept as an encrypted draft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="213"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="267"/>
        <source>Sealed as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="271"/>
        <source>Nothing changed since version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="293"/>
        <source>No case open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence.py" line="85"/>
        <source>Files of the selected evidence record. Drop files here or add them; they are stored encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="91"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="92"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="93"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="94"/>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="95"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="98"/>
        <source>Stored files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="99"/>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="100"/>
        <source>Add a file to this evidence record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="101"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="102"/>
        <source>View the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="103"/>
        <source>Extract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="104"/>
        <source>Extract the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="105"/>
        <source>Storing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="140"/>
        <source>Add a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="153"/>
        <source>Storing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="163"/>
        <source>Stored %1, SHA-256 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="205"/>
        <source>Extract to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="214"/>
        <source>Extracted to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="100"/>
        <source>Export a signed dossier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="101"/>
        <source>&amp;Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="103"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="104"/>
        <source>&amp;Language of the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="106"/>
        <source>Language of the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="107"/>
        <source>How each person will appear, from their consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="109"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="109"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="109"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="109"/>
        <source>Shown as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="111"/>
        <source>How each person will appear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="112"/>
        <source>&amp;Write and sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="113"/>
        <source>Show the &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="114"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="123"/>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="124"/>
        <source>initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="125"/>
        <source>pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="126"/>
        <source>not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="157"/>
        <source>Save the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="169"/>
        <source>Sealing, laying out and signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="181"/>
        <source>Signed dossier written to %1 (SHA-256 %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Respondent State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Counted as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Date precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Type of place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Detention type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Legal basis given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Access to a lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Access to family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Access to a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Family notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Whereabouts known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Apparent purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Statements signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Medical attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Perpetrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Degree of involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Perpetrator type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Interviewee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Interviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Also present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>May be named by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Overall assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Location on the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Alleged method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Collected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Perpetrators involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Medical evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Domestic remedies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../ui/forms.py" line="106"/>
        <source>2026, 2026-01, 2026-01-09 or 2026-01-09T14:20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="109"/>
        <source>separate with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="111"/>
        <source>Half-checked means unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="199"/>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="201"/>
        <source>Use 2026, 2026-01, 2026-01-09 or 2026-01-09T14:20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="203"/>
        <source>A whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <location filename="../../ui/evidence.py" line="264"/>
        <source>This kind of file cannot be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="266"/>
        <source>File content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence.py" line="271"/>
        <source>File details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/unlock.py" line="314"/>
        <source>Create your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="315"/>
        <source>&amp;Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="327"/>
        <source>Creating the vault and your signing keys…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/case_view.py" line="330"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="330"/>
        <source>Sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="330"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="330"/>
        <location filename="../../ui/case_view.py" line="339"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="332"/>
        <source>Sealed versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="335"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="336"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="337"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="338"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="342"/>
        <source>Custody log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="343"/>
        <source>Selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="367"/>
        <source>not sealed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="95"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="96"/>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="97"/>
        <source>&amp;Save case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="98"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="99"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="100"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="101"/>
        <source>&amp;Verify a dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="102"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="103"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="104"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="105"/>
        <source>&amp;About FieldMon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="189"/>
        <source>About FieldMon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="191"/>
        <source>FieldMon %1: documentation of torture and arbitrary detention, kept in an encrypted vault, exported as signed dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListEditor</name>
    <message>
        <location filename="../../ui/forms.py" line="383"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="384"/>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="385"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="386"/>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="82"/>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="83"/>
        <location filename="../../ui/unlock.py" line="84"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="85"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="86"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="87"/>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="104"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="135"/>
        <source>Wrong passphrase: the vault was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="137"/>
        <source>Try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="225"/>
        <source>Verify a dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="228"/>
        <source>Drop a signed PDF here, or choose one. It is checked against this vault&apos;s organisation root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="232"/>
        <source>&amp;Choose a PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="233"/>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="242"/>
        <source>Choose a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialogs.py" line="261"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_IdentityPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="268"/>
        <source>Who signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="271"/>
        <source>Your name and organisation appear in the custody log and on the signed dossiers. A pseudonym agreed with your organisation is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="276"/>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="278"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="279"/>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="281"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_LanguagePage</name>
    <message>
        <location filename="../../ui/unlock.py" line="165"/>
        <source>Welcome to FieldMon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="168"/>
        <source>FieldMon keeps your documentation in an encrypted vault on this computer. First, choose the language of the interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="172"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="174"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../ui/unlock.py" line="209"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="212"/>
        <source>It opens the vault; nobody, not even FieldMon&apos;s makers, can recover it for you. Several uncommon words are strong and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="217"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="219"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="220"/>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="222"/>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="223"/>
        <location filename="../../ui/unlock.py" line="224"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="238"/>
        <source>Too weak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="240"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="246"/>
        <source>Strong enough.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
