<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KMS Host Wizard</source>
        <translation>Über den KMS-Host-Assistenten</translation>
    </message>
    <message>
        <source>KMS Host Wizard</source>
        <translation>KMS-Host-Assistent</translation>
    </message>
    <message>
        <source>Version %1 · licence %2</source>
        <translation>Version %1 · Lizenz %2</translation>
    </message>
    <message>
        <source>Sets up a KMS host for Windows and Office volume activation step by step, checks its DNS SRV record, and scans and converts clients between MAK and KMS. Works on this computer, on a remote host over WinRM, or in a simulated lab for training.</source>
        <translation>Richtet Schritt für Schritt einen KMS-Host für die Volumenaktivierung von Windows und Office ein, prüft seinen SRV-Eintrag im DNS, überprüft Clients und stellt sie zwischen MAK und KMS um. Arbeitet auf diesem Computer, auf einem Remotehost über WinRM oder für Schulungen in einem simulierten Labor.</translation>
    </message>
    <message>
        <source>It is built with these components, each under its own licence:</source>
        <translation>Er enthält diese Komponenten, jede unter ihrer eigenen Lizenz:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>see the package</source>
        <translation>siehe Paket</translation>
    </message>
</context>
<context>
    <name>ActivationPage</name>
    <message>
        <source>host key</source>
        <translation>Hostschlüssel</translation>
    </message>
    <message>
        <source>Activate the KMS host key %1 on %2 online now?</source>
        <translation>Den KMS-Hostschlüssel %1 auf %2 jetzt online aktivieren?</translation>
    </message>
    <message>
        <source>The host contacts Microsoft&apos;s activation servers. Each activation counts against the key&apos;s 10 activations per host.</source>
        <translation>Der Host kontaktiert die Aktivierungsserver von Microsoft. Jede Aktivierung wird auf die 10 Aktivierungen pro Host angerechnet, die der Schlüssel erlaubt.</translation>
    </message>
    <message>
        <source>Activating %1 online…</source>
        <translation>%1 wird online aktiviert …</translation>
    </message>
    <message>
        <source>The host key is activated.</source>
        <translation>Der Hostschlüssel ist aktiviert.</translation>
    </message>
    <message>
        <source>The host key is not activated.</source>
        <translation>Der Hostschlüssel ist nicht aktiviert.</translation>
    </message>
    <message>
        <source>A KMS host serves clients only once its own key is activated.</source>
        <translation>Ein KMS-Host bedient Clients erst, wenn sein eigener Schlüssel aktiviert ist.</translation>
    </message>
    <message>
        <source>Activate online when the host can reach the internet (directly or through a proxy). Otherwise activate by phone: the next page shows the Installation ID to read out and takes the Confirmation ID you are given.</source>
        <translation>Aktivieren Sie online, wenn der Host das Internet erreicht (direkt oder über einen Proxy). Andernfalls aktivieren Sie per Telefon: Die nächste Seite zeigt die Installations-ID zum Vorlesen und nimmt die Bestätigungs-ID entgegen, die Sie erhalten.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>By phone (the host has no internet access)</source>
        <translation>Per Telefon (der Host hat keinen Internetzugang)</translation>
    </message>
    <message>
        <source>Activate online…</source>
        <translation>Online aktivieren …</translation>
    </message>
    <message>
        <source>Choose “By phone”, then Next, when online activation fails.</source>
        <translation>Schlägt die Online-Aktivierung fehl, wählen Sie „Per Telefon“ und dann Weiter.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>Adba</name>
    <message>
        <source>The forest can hold activation objects: schema version %1 (%2), with the Activation Objects container.</source>
        <translation>Die Gesamtstruktur kann Aktivierungsobjekte aufnehmen: Schemaversion %1 (%2), mit dem Container „Activation Objects“.</translation>
    </message>
    <message>
        <source>The forest&apos;s schema (version %1, %2) is older than Windows Server 2012: it has no activation objects. Extend it with adprep /forestprep from Windows Server 2012 or later, or keep a KMS host.</source>
        <translation>Das Schema der Gesamtstruktur (Version %1, %2) ist älter als Windows Server 2012: Es kennt keine Aktivierungsobjekte. Erweitern Sie es mit adprep /forestprep ab Windows Server 2012, oder behalten Sie einen KMS-Host.</translation>
    </message>
    <message>
        <source>The schema knows activation objects (version %1, %2), but the forest has no Activation Objects container under CN=Microsoft SPP,CN=Services. Run adprep /forestprep from Windows Server 2012 or later (it creates the container).</source>
        <translation>Das Schema kennt Aktivierungsobjekte (Version %1, %2), aber der Gesamtstruktur fehlt der Container „Activation Objects“ unter CN=Microsoft SPP,CN=Services. Führen Sie adprep /forestprep ab Windows Server 2012 aus (es legt den Container an).</translation>
    </message>
    <message>
        <source>Activation via Active Directory is not supported in this forest&apos;s schema: there is no Activation Objects container (%1).</source>
        <translation>Die Active Directory-basierte Aktivierung wird vom Schema dieser Gesamtstruktur nicht unterstützt: Es gibt keinen Container „Activation Objects“ (%1).</translation>
    </message>
    <message>
        <source>There is no activation object %1.</source>
        <translation>Es gibt kein Aktivierungsobjekt %1.</translation>
    </message>
    <message>
        <source>%1 is not an activation object; nothing was deleted.</source>
        <translation>%1 ist kein Aktivierungsobjekt; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>The account may not change activation objects (%1). Use a member of Enterprise Admins: the activation objects belong to the whole forest.</source>
        <translation>Das Konto darf Aktivierungsobjekte nicht ändern (%1). Verwenden Sie ein Mitglied der Organisations-Admins: Die Aktivierungsobjekte gehören der ganzen Gesamtstruktur.</translation>
    </message>
    <message>
        <source>The directory accepted the deletion but %1 is still there.</source>
        <translation>Das Verzeichnis hat das Löschen angenommen, aber %1 ist noch vorhanden.</translation>
    </message>
    <message>
        <source>“%1” is not an activation object of this forest: give its name, or a distinguished name directly under %2.</source>
        <translation>„%1“ ist kein Aktivierungsobjekt dieser Gesamtstruktur: Geben Sie seinen Namen an oder einen Distinguished Name direkt unter %2.</translation>
    </message>
    <message>
        <source>Give the activation object a name.</source>
        <translation>Geben Sie dem Aktivierungsobjekt einen Namen.</translation>
    </message>
    <message>
        <source>The activation object&apos;s name must be at most %1 characters.</source>
        <translation>Der Name des Aktivierungsobjekts darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The activation object&apos;s name cannot hold control characters.</source>
        <translation>Der Name des Aktivierungsobjekts darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>%1 is older than Windows 8 / Windows Server 2012: it only activates through a KMS host (or a MAK).</source>
        <translation>%1 ist älter als Windows 8 / Windows Server 2012: Er wird nur über einen KMS-Host (oder einen MAK) aktiviert.</translation>
    </message>
    <message>
        <source>%1 is not joined to a domain of this forest: activation objects are read from the computer&apos;s own forest, so it needs a KMS host (or a MAK).</source>
        <translation>%1 ist keiner Domäne dieser Gesamtstruktur beigetreten: Ein Computer liest die Aktivierungsobjekte seiner eigenen Gesamtstruktur, er braucht also einen KMS-Host (oder einen MAK).</translation>
    </message>
    <message>
        <source>%1 runs Office 2010, which only activates through a KMS host (Office 2013 and later can use activation via Active Directory).</source>
        <translation>Auf %1 läuft Office 2010, das nur über einen KMS-Host aktiviert wird (Office ab 2013 kann die Active Directory-basierte Aktivierung nutzen).</translation>
    </message>
    <message>
        <source>%1 — key …%2, Activation ID %3%4</source>
        <translation>%1 — Schlüssel …%2, Aktivierungs-ID %3%4</translation>
    </message>
    <message>
        <source> (by phone)</source>
        <translation> (telefonisch)</translation>
    </message>
    <message>
        <source>    %1</source>
        <translation>    %1</translation>
    </message>
    <message>
        <source>No activation object in %1.</source>
        <translation>Kein Aktivierungsobjekt in %1.</translation>
    </message>
    <message>
        <source>Activation objects in %1:</source>
        <translation>Aktivierungsobjekte in %1:</translation>
    </message>
    <message>
        <source>Remove the activation object %1? Computers activated from it stay activated until their activation runs out (180 days), then need another one. Type yes to remove it: </source>
        <translation>Aktivierungsobjekt %1 entfernen? Damit aktivierte Computer bleiben aktiviert, bis ihre Aktivierung abläuft (180 Tage), und brauchen danach ein anderes. Geben Sie ja ein, um es zu entfernen: </translation>
    </message>
    <message>
        <source>Activate the forest of %1 with the host key %2, as activation object “%3”? Every Windows 8 / Server 2012 (and later) volume client of the forest will activate from it. Type yes to go on: </source>
        <translation>Die Gesamtstruktur von %1 mit dem Hostschlüssel %2 als Aktivierungsobjekt „%3“ aktivieren? Jeder Volumenlizenz-Client ab Windows 8 / Server 2012 in der Gesamtstruktur wird darüber aktiviert. Geben Sie ja ein, um fortzufahren: </translation>
    </message>
    <message>
        <source>Nothing was changed: confirm with --yes (or answer yes on a terminal).</source>
        <translation>Nichts wurde geändert: Bestätigen Sie mit --yes (oder antworten Sie ja in einem Terminal).</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was changed.</source>
        <translation>Nicht bestätigt: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>The forest is activated: activation object %1 (%2).</source>
        <translation>Die Gesamtstruktur ist aktiviert: Aktivierungsobjekt %1 (%2).</translation>
    </message>
    <message>
        <source>Installation ID of the forest (read out these %1 groups to the activation centre, then enter the Confirmation ID with adba phone-cid):</source>
        <translation>Installations-ID der Gesamtstruktur (lesen Sie diese %1 Gruppen dem Aktivierungscenter vor und geben Sie dann die Bestätigungs-ID mit adba phone-cid ein):</translation>
    </message>
    <message>
        <source>Windows said: %1</source>
        <translation>Windows meldete: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) under %1 can activate from the forest.</source>
        <translation>
            <numerusform>%n Computer unter %1 kann über die Gesamtstruktur aktiviert werden.</numerusform>
            <numerusform>%n Computer unter %1 können über die Gesamtstruktur aktiviert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) still need a KMS host:</source>
        <translation>
            <numerusform>%n Computer braucht weiterhin einen KMS-Host:</numerusform>
            <numerusform>%n Computer brauchen weiterhin einen KMS-Host:</numerusform>
        </translation>
    </message>
    <message>
        <source>No enabled computer of the domain needs a KMS host (as far as the directory says).</source>
        <translation>Kein aktivierter Computer der Domäne braucht einen KMS-Host (soweit das Verzeichnis es angibt).</translation>
    </message>
    <message>
        <source>Not Windows (no Windows activation): %1</source>
        <translation>Kein Windows (keine Windows-Aktivierung): %1</translation>
    </message>
    <message>
        <source>%1 runs a Windows older than Windows 8 / Windows Server 2012: it cannot activate a forest. Use a domain controller or member server with Windows Server 2012 or later.</source>
        <translation>Auf %1 läuft ein Windows vor Windows 8 / Windows Server 2012: Er kann keine Gesamtstruktur aktivieren. Verwenden Sie einen Domänencontroller oder Mitgliedsserver ab Windows Server 2012.</translation>
    </message>
    <message>
        <source>The forest has no Activation Objects container: its schema is older than Windows Server 2012, or adprep /forestprep was never run. Check the schema first.</source>
        <translation>Der Gesamtstruktur fehlt der Container „Activation Objects“: Ihr Schema ist älter als Windows Server 2012, oder adprep /forestprep wurde nie ausgeführt. Prüfen Sie zuerst das Schema.</translation>
    </message>
    <message>
        <source>This key cannot activate a forest: use the organisation&apos;s KMS host key (CSVLK) for Windows Server 2012 or later, Windows 10 or later, or Office 2013 or later. Client setup keys (GVLK), MAKs and the Windows 7 / Server 2008 R2 host keys do not work.</source>
        <translation>Dieser Schlüssel kann keine Gesamtstruktur aktivieren: Verwenden Sie den KMS-Hostschlüssel (CSVLK) der Organisation für Windows Server 2012 oder neuer, Windows 10 oder neuer oder Office 2013 oder neuer. Client-Setupschlüssel (GVLK), MAKs und die Hostschlüssel von Windows 7 / Server 2008 R2 funktionieren nicht.</translation>
    </message>
    <message>
        <source>An Office host key needs that Office version&apos;s volume license pack on %1 first.</source>
        <translation>Ein Office-Hostschlüssel braucht zuerst das Volumenlizenzpaket dieser Office-Version auf %1.</translation>
    </message>
    <message>
        <source>%1 cannot reach Microsoft&apos;s activation servers. Activate the forest by phone instead.</source>
        <translation>%1 erreicht die Aktivierungsserver von Microsoft nicht. Aktivieren Sie die Gesamtstruktur stattdessen telefonisch.</translation>
    </message>
    <message>
        <source>The forest already has an activation object of that name: choose another name, or remove the old object first.</source>
        <translation>Die Gesamtstruktur hat bereits ein Aktivierungsobjekt dieses Namens: Wählen Sie einen anderen Namen oder entfernen Sie zuerst das alte Objekt.</translation>
    </message>
    <message>
        <source>The account may not write activation objects: use a member of Enterprise Admins. Over WinRM, run the step on a domain controller, or with Basic over HTTPS or CredSSP, so the credentials reach the directory.</source>
        <translation>Das Konto darf keine Aktivierungsobjekte schreiben: Verwenden Sie ein Mitglied der Organisations-Admins. Über WinRM führen Sie den Schritt auf einem Domänencontroller aus oder mit Basic über HTTPS bzw. CredSSP, damit die Anmeldedaten das Verzeichnis erreichen.</translation>
    </message>
    <message>
        <source>Windows refused the Confirmation ID (%1): check every block against what the activation centre read out, or ask for the Installation ID again.</source>
        <translation>Windows hat die Bestätigungs-ID abgelehnt (%1): Vergleichen Sie jeden Block mit dem, was das Aktivierungscenter durchgegeben hat, oder lassen Sie sich die Installations-ID erneut geben.</translation>
    </message>
</context>
<context>
    <name>AdbaActivationPage</name>
    <message>
        <source>KMS host key</source>
        <translation>KMS-Hostschlüssel</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>The forest is activated through %1 (%2).</source>
        <translation>Die Gesamtstruktur wird über %1 (%2) aktiviert.</translation>
    </message>
    <message>
        <source>This Windows is older than Windows Server 2012: it cannot activate a forest. Go back and choose another machine.</source>
        <translation>Dieses Windows ist älter als Windows Server 2012: Es kann keine Gesamtstruktur aktivieren. Gehen Sie zurück und wählen Sie einen anderen Rechner.</translation>
    </message>
    <message>
        <source>It is not joined to a domain: choose a machine of the forest.</source>
        <translation>Er ist keiner Domäne beigetreten: Wählen Sie einen Rechner der Gesamtstruktur.</translation>
    </message>
    <message>
        <source>Type the host key and the object&apos;s name first.</source>
        <translation>Geben Sie zuerst den Hostschlüssel und den Namen des Objekts ein.</translation>
    </message>
    <message>
        <source>The key is not well formed yet.</source>
        <translation>Der Schlüssel ist noch nicht vollständig.</translation>
    </message>
    <message>
        <source>This is a public KMS client setup key (GVLK): the forest needs the organisation&apos;s KMS host key (CSVLK).</source>
        <translation>Das ist ein öffentlicher KMS-Clientsetupschlüssel (GVLK): Die Gesamtstruktur braucht den KMS-Hostschlüssel (CSVLK) der Organisation.</translation>
    </message>
    <message>
        <source>Activate the forest of %1 with the host key %2, as “%3”?</source>
        <translation>Die Gesamtstruktur von %1 mit dem Hostschlüssel %2 als „%3“ aktivieren?</translation>
    </message>
    <message>
        <source>An activation object is written to the forest&apos;s configuration: every Windows 8 / Windows Server 2012 (and later) volume client of the forest then activates from it. It uses one activation of the host key. You need Enterprise Admins rights.</source>
        <translation>Ein Aktivierungsobjekt wird in die Konfiguration der Gesamtstruktur geschrieben: Jeder Volumenlizenz-Client ab Windows 8 / Windows Server 2012 in der Gesamtstruktur wird danach darüber aktiviert. Das verbraucht eine Aktivierung des Hostschlüssels. Sie brauchen die Rechte der Organisations-Admins.</translation>
    </message>
    <message>
        <source>Activating the forest through %1…</source>
        <translation>Die Gesamtstruktur wird über %1 aktiviert…</translation>
    </message>
    <message>
        <source>The forest is activated.</source>
        <translation>Die Gesamtstruktur ist aktiviert.</translation>
    </message>
    <message>
        <source>Activate the forest with the organisation&apos;s KMS host key.</source>
        <translation>Aktivieren Sie die Gesamtstruktur mit dem KMS-Hostschlüssel der Organisation.</translation>
    </message>
    <message>
        <source>KMS host key (CSVLK)</source>
        <translation>KMS-Hostschlüssel (CSVLK)</translation>
    </message>
    <message>
        <source>Name of the activation object</source>
        <translation>Name des Aktivierungsobjekts</translation>
    </message>
    <message>
        <source>How to activate</source>
        <translation>Art der Aktivierung</translation>
    </message>
    <message>
        <source>Online (the machine reaches Microsoft)</source>
        <translation>Online (der Rechner erreicht Microsoft)</translation>
    </message>
    <message>
        <source>By phone (Installation ID and Confirmation ID, next page)</source>
        <translation>Telefonisch (Installations-ID und Bestätigungs-ID, nächste Seite)</translation>
    </message>
    <message>
        <source>Activate the forest…</source>
        <translation>Gesamtstruktur aktivieren…</translation>
    </message>
    <message>
        <source>Use the lab&apos;s key</source>
        <translation>Schlüssel des Labors verwenden</translation>
    </message>
    <message>
        <source>Activation object “%1” (host key …%2) is in the forest: %3</source>
        <translation>Das Aktivierungsobjekt „%1“ (Hostschlüssel …%2) ist in der Gesamtstruktur: %3</translation>
    </message>
</context>
<context>
    <name>AdbaDonePage</name>
    <message>
        <source>The forest holds its activation object.</source>
        <translation>Die Gesamtstruktur enthält ihr Aktivierungsobjekt.</translation>
    </message>
    <message>
        <source>What the clients do now</source>
        <translation>Was die Clients jetzt tun</translation>
    </message>
    <message>
        <source>Domain-joined Windows 8 / Windows Server 2012 (and later) volume editions with their KMS client setup key (GVLK, the key volume media install) activate from the forest when they start or at their next activation attempt, and every 7 days after; an activation lasts 180 days. There is no threshold to reach. Office 2013 and later activate the same way once their host key&apos;s object is in the forest.</source>
        <translation>In die Domäne eingebundene Volumenlizenz-Editionen ab Windows 8 / Windows Server 2012 mit ihrem KMS-Clientsetupschlüssel (GVLK, den Volumenlizenz-Medien installieren) werden beim Start oder beim nächsten Aktivierungsversuch über die Gesamtstruktur aktiviert, danach alle 7 Tage; eine Aktivierung gilt 180 Tage. Es gibt keinen Schwellenwert. Office ab 2013 wird genauso aktiviert, sobald das Objekt seines Hostschlüssels in der Gesamtstruktur ist.</translation>
    </message>
    <message>
        <source>Still on KMS</source>
        <translation>Weiterhin über KMS</translation>
    </message>
    <message>
        <source>Windows 7, Windows Server 2008 R2, Office 2010 and every computer outside the forest do not read activation objects: keep a KMS host for them (run the wizard again and choose “Set up a KMS host, then the clients”). Clients that find no activation object fall back to KMS.</source>
        <translation>Windows 7, Windows Server 2008 R2, Office 2010 und alle Computer außerhalb der Gesamtstruktur lesen keine Aktivierungsobjekte: Behalten Sie für sie einen KMS-Host (starten Sie den Assistenten erneut und wählen Sie „Einen KMS-Host einrichten, dann die Clients“). Clients, die kein Aktivierungsobjekt finden, greifen auf KMS zurück.</translation>
    </message>
</context>
<context>
    <name>AdbaForestPage</name>
    <message>
        <source>Reading the forest from %1…</source>
        <translation>Die Gesamtstruktur wird von %1 gelesen…</translation>
    </message>
    <message>
        <source>Remove the activation object %1?</source>
        <translation>Aktivierungsobjekt %1 entfernen?</translation>
    </message>
    <message>
        <source>%1

Computers activated from it stay activated until their activation runs out (180 days); then they need another activation object or a KMS host. Removing it cannot be undone.</source>
        <translation>%1

Damit aktivierte Computer bleiben aktiviert, bis ihre Aktivierung abläuft (180 Tage); danach brauchen sie ein anderes Aktivierungsobjekt oder einen KMS-Host. Das Entfernen kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>%1 wird entfernt…</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>Activation objects: none yet (the next page writes one)</source>
        <translation>Aktivierungsobjekte: noch keines (die nächste Seite schreibt eines)</translation>
    </message>
    <message>
        <source>Activation objects</source>
        <translation>Aktivierungsobjekte</translation>
    </message>
    <message>
        <source>Check that the forest can hold activation objects, and see those already there.</source>
        <translation>Prüfen Sie, ob die Gesamtstruktur Aktivierungsobjekte aufnehmen kann, und sehen Sie die bereits vorhandenen.</translation>
    </message>
    <message>
        <source>With activation via Active Directory, the organisation&apos;s KMS host key activates the forest once; every Windows 8 / Windows Server 2012 (and later) volume client joined to it then activates from Active Directory when it starts, with no activation threshold, no port 1688 and no DNS record. The forest needs the Windows Server 2012 schema (version 56) or later.</source>
        <translation>Bei der Active Directory-basierten Aktivierung aktiviert der KMS-Hostschlüssel der Organisation die Gesamtstruktur einmalig; danach wird jeder eingebundene Volumenlizenz-Client ab Windows 8 / Windows Server 2012 beim Start über Active Directory aktiviert, ohne Aktivierungsschwellenwert, ohne Port 1688 und ohne DNS-Eintrag. Die Gesamtstruktur braucht das Schema von Windows Server 2012 (Version 56) oder neuer.</translation>
    </message>
    <message>
        <source>When a KMS host is still needed</source>
        <translation>Wann weiterhin ein KMS-Host nötig ist</translation>
    </message>
    <message>
        <source>• Windows 7, Windows Server 2008 R2 and older: they only know KMS.
• Computers outside the forest (workgroup, another forest, a DMZ).
• Office 2010 (Office 2013 and later can use Active Directory).
Keep or set up a KMS host for them; both methods can live side by side.</source>
        <translation>• Windows 7, Windows Server 2008 R2 und ältere Versionen: Sie kennen nur KMS.
• Computer außerhalb der Gesamtstruktur (Arbeitsgruppe, andere Gesamtstruktur, DMZ).
• Office 2010 (Office ab 2013 kann Active Directory nutzen).
Behalten oder richten Sie für sie einen KMS-Host ein; beide Verfahren können nebeneinander bestehen.</translation>
    </message>
    <message>
        <source>The forest&apos;s directory</source>
        <translation>Das Verzeichnis der Gesamtstruktur</translation>
    </message>
    <message>
        <source>The simulated lab has no directory server to read: its forest (lab.test) is prepared for Windows Server 2012 R2. Go on to activate it, or give a real domain controller here.</source>
        <translation>Das simulierte Labor hat keinen Verzeichnisserver zum Lesen: Seine Gesamtstruktur (lab.test) ist für Windows Server 2012 R2 vorbereitet. Fahren Sie fort, um sie zu aktivieren, oder geben Sie hier einen echten Domänencontroller an.</translation>
    </message>
    <message>
        <source>Domain controller:</source>
        <translation>Domänencontroller:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Kennwort:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>user@example.com or EXAMPLE\user (an Enterprise Admin to remove)</source>
        <translation>user@example.com oder EXAMPLE\user (zum Entfernen ein Organisations-Admin)</translation>
    </message>
    <message>
        <source>Check the forest</source>
        <translation>Gesamtstruktur prüfen</translation>
    </message>
    <message>
        <source>Remove the selected object…</source>
        <translation>Ausgewähltes Objekt entfernen…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Hostschlüssel</translation>
    </message>
    <message>
        <source>Activation ID</source>
        <translation>Aktivierungs-ID</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
</context>
<context>
    <name>AdbaPhonePage</name>
    <message>
        <source>Reading the forest&apos;s Installation ID…</source>
        <translation>Die Installations-ID der Gesamtstruktur wird gelesen…</translation>
    </message>
    <message>
        <source>Activate the forest of %1 with the host key %2, as “%3”?</source>
        <translation>Die Gesamtstruktur von %1 mit dem Hostschlüssel %2 als „%3“ aktivieren?</translation>
    </message>
    <message>
        <source>Depositing the Confirmation ID…</source>
        <translation>Die Bestätigungs-ID wird übermittelt…</translation>
    </message>
    <message>
        <source>Activate the forest by phone.</source>
        <translation>Aktivieren Sie die Gesamtstruktur telefonisch.</translation>
    </message>
    <message>
        <source>Call the Microsoft activation centre (the number for your country is in %SystemRoot%\System32\sppui\phone.inf, or on the Volume Licensing Service Center) and read out the forest&apos;s Installation ID. Type the Confirmation ID you are given into the eight blocks.</source>
        <translation>Rufen Sie das Microsoft-Aktivierungscenter an (die Nummer Ihres Landes steht in %SystemRoot%\System32\sppui\phone.inf oder im Volume Licensing Service Center) und lesen Sie die Installations-ID der Gesamtstruktur vor. Tragen Sie die erhaltene Bestätigungs-ID in die acht Blöcke ein.</translation>
    </message>
    <message>
        <source>Installation ID of the forest</source>
        <translation>Installations-ID der Gesamtstruktur</translation>
    </message>
    <message>
        <source>Confirmation ID</source>
        <translation>Bestätigungs-ID</translation>
    </message>
    <message>
        <source>Activate the forest with this Confirmation ID</source>
        <translation>Gesamtstruktur mit dieser Bestätigungs-ID aktivieren</translation>
    </message>
    <message>
        <source>Ask the lab&apos;s activation centre</source>
        <translation>Das Aktivierungscenter des Labors fragen</translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <source>Only on Windows: run the wizard on the KMS host itself, or choose a remote host.</source>
        <translation>Nur unter Windows: Starten Sie den Assistenten auf dem KMS-Host selbst oder wählen Sie einen Remotehost.</translation>
    </message>
    <message>
        <source>The simulated lab is not part of this build.</source>
        <translation>Das simulierte Labor ist in diesem Build nicht enthalten.</translation>
    </message>
</context>
<context>
    <name>CaFileField</name>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>empty: the certificates this computer trusts</source>
        <translation>leer: die Zertifikate, denen dieser Computer vertraut</translation>
    </message>
</context>
<context>
    <name>CaptureCommand</name>
    <message>
        <source>%1: answered</source>
        <translation>%1: beantwortet</translation>
    </message>
    <message>
        <source>%1: answered with a failure (%2)</source>
        <translation>%1: mit einem Fehler beantwortet (%2)</translation>
    </message>
    <message>
        <source>%1: answered something that is not a JSON document</source>
        <translation>%1: die Antwort ist kein JSON-Dokument</translation>
    </message>
    <message>
        <source>Capture of %1 written to %2 (machine name: %3).</source>
        <translation>Aufzeichnung von %1 in %2 geschrieben (Computername: %3).</translation>
    </message>
    <message>
        <source>Replaced before writing: %1 product key(s) masked, %2 host name(s), %3 domain(s), %4 IP address(es), %5 client machine ID(s), %6 installation ID(s); %7 user name(s) removed.</source>
        <translation>Vor dem Schreiben ersetzt: %1 Produktschlüssel maskiert, %2 Hostname(n), %3 Domäne(n), %4 IP-Adresse(n), %5 Client-Computer-ID(s) (CMID), %6 Installations-ID(s); %7 Benutzername(n) entfernt.</translation>
    </message>
    <message>
        <source>Read the file before you share it: free text (error messages) may still name things the wizard could not recognise.</source>
        <translation>Lesen Sie die Datei, bevor Sie sie weitergeben: Freitext (Fehlermeldungen) kann noch Dinge nennen, die der Assistent nicht erkennen konnte.</translation>
    </message>
    <message>
        <source>Replay it with: kms-wizard lab serve --machine-file %1</source>
        <translation>Wiedergabe mit: kms-wizard lab serve --machine-file %1</translation>
    </message>
    <message>
        <source>The capture could not be written to %1: %2</source>
        <translation>Die Aufzeichnung konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Windows client</source>
        <translation>Windows-Client</translation>
    </message>
    <message>
        <source>Windows Server</source>
        <translation>Windows Server</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>%1 or a later update</source>
        <translation>%1 oder ein späteres Update</translation>
    </message>
    <message>
        <source>update %1</source>
        <translation>Update %1</translation>
    </message>
</context>
<context>
    <name>CidEdit</name>
    <message>
        <source>Confirmation ID block %1</source>
        <translation>Block %1 der Bestätigungs-ID</translation>
    </message>
</context>
<context>
    <name>ClientsConvertPage</name>
    <message numerus="yes">
        <source>Convert %n client(s)?</source>
        <translation>
            <numerusform>%n Client umstellen?</numerusform>
            <numerusform>%n Clients umstellen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n host(s) again…</source>
        <translation>
            <numerusform>%n Host wird erneut ausgelesen …</numerusform>
            <numerusform>%n Hosts werden erneut ausgelesen …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Convert %n host(s) %1?</source>
        <translation>
            <numerusform>%n Host %1 umstellen?</numerusform>
            <numerusform>%n Hosts %1 umstellen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume conversion run %1 on %n host(s)?</source>
        <translation>
            <numerusform>Umstellungslauf %1 auf %n Host fortsetzen?</numerusform>
            <numerusform>Umstellungslauf %1 auf %n Hosts fortsetzen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Converting %n host(s)…</source>
        <translation>
            <numerusform>%n Host wird umgestellt …</numerusform>
            <numerusform>%n Hosts werden umgestellt …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) get a new key or are activated, as the plan shows. Every step is written to the journal before and after it runs.</source>
        <translation>
            <numerusform>%n Produkt erhält einen neuen Schlüssel oder wird aktiviert, wie der Plan zeigt. Jeder Schritt wird vor und nach seiner Ausführung im Journal festgehalten.</numerusform>
            <numerusform>%n Produkte erhalten einen neuen Schlüssel oder werden aktiviert, wie der Plan zeigt. Jeder Schritt wird vor und nach seiner Ausführung im Journal festgehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Included on purpose: %n product(s) that the KMS host cannot activate; they lose their current activation and end in their grace period.</source>
        <translation>
            <numerusform>Bewusst eingeschlossen: %n Produkt, das der KMS-Host nicht aktivieren kann; es verliert seine aktuelle Aktivierung und fällt in die Toleranzperiode.</numerusform>
            <numerusform>Bewusst eingeschlossen: %n Produkte, die der KMS-Host nicht aktivieren kann; sie verlieren ihre aktuelle Aktivierung und fallen in die Toleranzperiode.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conversion run %1 (%2, started %3) was interrupted on %n host(s). Resume it to finish it: no step is done twice.</source>
        <translation>
            <numerusform>Der Umstellungslauf %1 (%2, begonnen am %3) wurde auf %n Host unterbrochen. Setzen Sie ihn fort, um ihn abzuschließen: Kein Schritt wird doppelt ausgeführt.</numerusform>
            <numerusform>Der Umstellungslauf %1 (%2, begonnen am %3) wurde auf %n Hosts unterbrochen. Setzen Sie ihn fort, um ihn abzuschließen: Kein Schritt wird doppelt ausgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each MAK activation spends one of the MAK&apos;s activations: %n activation(s) of “%1”.</source>
        <translation>
            <numerusform>Jede MAK-Aktivierung verbraucht eine der Aktivierungen des MAK: %n Aktivierung von „%1“.</numerusform>
            <numerusform>Jede MAK-Aktivierung verbraucht eine der Aktivierungen des MAK: %n Aktivierungen von „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to change on %n host(s)</source>
        <translation>
            <numerusform>Nichts zu ändern auf %n Host</numerusform>
            <numerusform>Nichts zu ändern auf %n Hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the conversion has finished, or cancel it.</source>
        <translation>Warten Sie, bis die Umstellung abgeschlossen ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>No host to convert with these choices.</source>
        <translation>Mit dieser Auswahl gibt es keinen Host umzustellen.</translation>
    </message>
    <message>
        <source>Choose the MAK from the keyring (or store it first).</source>
        <translation>Wählen Sie den MAK aus dem Schlüsselbund (oder speichern Sie ihn zuerst).</translation>
    </message>
    <message>
        <source>Every host with a MAK to convert (%1)</source>
        <translation>Alle Hosts mit einem umzustellenden MAK (%1)</translation>
    </message>
    <message>
        <source>Every host with a KMS client key (%1)</source>
        <translation>Alle Hosts mit einem KMS-Clientsetupschlüssel (%1)</translation>
    </message>
    <message>
        <source>The hosts the scan page&apos;s filters show (%1)</source>
        <translation>Die Hosts, die die Filter der Überprüfung zeigen (%1)</translation>
    </message>
    <message>
        <source>The hosts selected in the scan table (%1)</source>
        <translation>Die in der Tabelle der Überprüfung ausgewählten Hosts (%1)</translation>
    </message>
    <message>
        <source>No MAK in the keyring yet</source>
        <translation>Noch kein MAK im Schlüsselbund</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>for Windows</source>
        <translation>für Windows</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>Give the MAK a label first.</source>
        <translation>Geben Sie dem MAK zuerst eine Bezeichnung.</translation>
    </message>
    <message>
        <source>The MAK is stored in the keyring as “%1”.</source>
        <translation>Der MAK ist im Schlüsselbund unter „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Storing the MAK in the keyring…</source>
        <translation>Der MAK wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht ausgelesen</translation>
    </message>
    <message>
        <source>to convert</source>
        <translation>umzustellen</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>from MAK to KMS</source>
        <translation>von MAK auf KMS</translation>
    </message>
    <message>
        <source>from KMS to MAK</source>
        <translation>von KMS auf MAK</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was changed.</source>
        <translation>Nicht bestätigt: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Resume conversion run %1?</source>
        <translation>Umstellungslauf %1 fortsetzen?</translation>
    </message>
    <message>
        <source>Each host is read again first: a step that already took effect is not repeated.</source>
        <translation>Jeder Host wird zuerst erneut ausgelesen: Ein Schritt, der bereits wirksam ist, wird nicht wiederholt.</translation>
    </message>
    <message>
        <source>Cancelling: no new host starts; the hosts being converted finish their steps…</source>
        <translation>Abbruch: Kein weiterer Host wird begonnen; die Hosts in Umstellung beenden ihre Schritte …</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>already in effect</source>
        <translation>bereits wirksam</translation>
    </message>
    <message>
        <source>waiting for the host&apos;s count</source>
        <translation>wartet auf die nötige Anzahl des Hosts</translation>
    </message>
    <message>
        <source>Now: %1 — %2, %3</source>
        <translation>Jetzt: %1 – %2, %3</translation>
    </message>
    <message>
        <source>Conversion run %1 was interrupted and includes %2: resume it first (above), then convert the other hosts.</source>
        <translation>Der Umstellungslauf %1 wurde unterbrochen und umfasst %2: Setzen Sie ihn zuerst fort (oben), und stellen Sie dann die übrigen Hosts um.</translation>
    </message>
    <message>
        <source>Choose the MAK to put back from the keyring (each activation spends one of its activations), then click “Put back what this run changed…” again.</source>
        <translation>Wählen Sie den MAK, der zurückgesetzt werden soll, im Schlüsselbund aus (jede Aktivierung verbraucht eine seiner Aktivierungen), und klicken Sie dann erneut auf „Zurücksetzen, was dieser Lauf geändert hat…“.</translation>
    </message>
    <message>
        <source>Conversion plan</source>
        <translation>Umstellungsplan</translation>
    </message>
    <message>
        <source>Windows MAK:</source>
        <translation>Windows-MAK:</translation>
    </message>
    <message>
        <source>Office MAKs:</source>
        <translation>Office-MAKs:</translation>
    </message>
    <message>
        <source>New MAK:</source>
        <translation>Neuer MAK:</translation>
    </message>
    <message>
        <source>Put back what this run changed…</source>
        <translation>Zurücksetzen, was dieser Lauf geändert hat…</translation>
    </message>
    <message>
        <source>Leave on KMS</source>
        <translation>Bei KMS belassen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Run %1 — converted: %2; waiting for the KMS host&apos;s count: %3; with problems: %4.</source>
        <translation>Lauf %1 – umgestellt: %2; warten auf die nötige Anzahl des KMS-Hosts: %3; mit Problemen: %4.</translation>
    </message>
    <message>
        <source>The run was cancelled: the hosts not started were left as they were.</source>
        <translation>Der Lauf wurde abgebrochen: Die nicht begonnenen Hosts blieben unverändert.</translation>
    </message>
    <message>
        <source>Some hosts could not be read: the run stays open and can be resumed later.</source>
        <translation>Einige Hosts konnten nicht ausgelesen werden: Der Lauf bleibt offen und kann später fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Clients waiting for the count activate by themselves once the KMS host has enough requests; check them again later.</source>
        <translation>Clients, die auf die nötige Anzahl warten, aktivieren sich selbst, sobald der KMS-Host genügend Anfragen erhalten hat; prüfen Sie sie später erneut.</translation>
    </message>
    <message>
        <source>Letting time pass in the lab…</source>
        <translation>Im Labor vergeht Zeit …</translation>
    </message>
    <message>
        <source>Reading the clients again…</source>
        <translation>Die Clients werden erneut ausgelesen …</translation>
    </message>
    <message>
        <source>Move clients from MAK to KMS or back: preview the exact plan, then confirm.</source>
        <translation>Clients von MAK auf KMS umstellen oder zurück: den genauen Plan ansehen, dann bestätigen.</translation>
    </message>
    <message>
        <source>KMS → MAK</source>
        <translation>KMS → MAK</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <source>Hosts:</source>
        <translation>Hosts:</translation>
    </message>
    <message>
        <source>KMS host:</source>
        <translation>KMS-Host:</translation>
    </message>
    <message>
        <source>Hosts at once:</source>
        <translation>Hosts gleichzeitig:</translation>
    </message>
    <message>
        <source>Also convert the products this KMS host cannot activate</source>
        <translation>Auch die Produkte umstellen, die dieser KMS-Host nicht aktivieren kann</translation>
    </message>
    <message>
        <source>They would end in their grace period (0xC004F042) until a KMS host with a key that covers them answers: read why each one is left out below.</source>
        <translation>Sie blieben in der Toleranzperiode (0xC004F042), bis ein KMS-Host antwortet, dessen Schlüssel sie abdeckt: Warum jedes ausgelassen wird, steht unten.</translation>
    </message>
    <message>
        <source>Found through DNS</source>
        <translation>Über DNS gefunden</translation>
    </message>
    <message>
        <source>This host:</source>
        <translation>Dieser Host:</translation>
    </message>
    <message>
        <source>Leave the setting as it is</source>
        <translation>Einstellung unverändert lassen</translation>
    </message>
    <message>
        <source>kms01.example.com:1688</source>
        <translation>kms01.example.com:1688</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Neue Bezeichnung</translation>
    </message>
    <message>
        <source>MAK (stored in the keyring)</source>
        <translation>MAK (wird im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Preview the plan</source>
        <translation>Plan anzeigen</translation>
    </message>
    <message>
        <source>Convert…</source>
        <translation>Umstellen …</translation>
    </message>
    <message>
        <source>Cancel the conversion</source>
        <translation>Umstellung abbrechen</translation>
    </message>
    <message>
        <source>Let 2 hours pass in the lab</source>
        <translation>Im Labor 2 Stunden vergehen lassen</translation>
    </message>
    <message>
        <source>Check the clients again</source>
        <translation>Clients erneut prüfen</translation>
    </message>
    <message>
        <source>Resume the run…</source>
        <translation>Lauf fortsetzen …</translation>
    </message>
    <message>
        <source>Host and steps</source>
        <translation>Host und Schritte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>converting…</source>
        <translation>wird umgestellt …</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>umgestellt</translation>
    </message>
    <message>
        <source>converted, activation pending</source>
        <translation>umgestellt, Aktivierung ausstehend</translation>
    </message>
    <message>
        <source>not fully converted</source>
        <translation>nicht vollständig umgestellt</translation>
    </message>
    <message>
        <source>not started (cancelled)</source>
        <translation>nicht begonnen (abgebrochen)</translation>
    </message>
    <message>
        <source>Plan — hosts to change: %1; products to convert: %2, to activate only: %3, left alone: %4, impossible to convert: %5; hosts not read: %6. Nothing has been changed yet.</source>
        <translation>Plan – zu ändernde Hosts: %1; umzustellende Produkte: %2, nur zu aktivieren: %3, unverändert: %4, nicht umstellbar: %5; nicht ausgelesene Hosts: %6. Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <source>MAK → KMS</source>
        <translation>MAK → KMS</translation>
    </message>
</context>
<context>
    <name>ClientsInventoryPage</name>
    <message numerus="yes">
        <source>%n host(s) to scan.</source>
        <translation>
            <numerusform>%n Host zu prüfen.</numerusform>
            <numerusform>%n Hosts zu prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) left out.</source>
        <translation>
            <numerusform>… und %n weitere ausgelassene Zeile.</numerusform>
            <numerusform>… und %n weitere ausgelassene Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es): you will be asked to confirm such a large range.</source>
        <translation>
            <numerusform>%n Adresse: Einen so großen Bereich müssen Sie bestätigen.</numerusform>
            <numerusform>%n Adressen: Einen so großen Bereich müssen Sie bestätigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) to scan.</source>
        <translation>
            <numerusform>%n Adresse zu prüfen.</numerusform>
            <numerusform>%n Adressen zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the simulated lab…</source>
        <translation>Das simulierte Labor wird gestartet …</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Die Liste wird gelesen …</translation>
    </message>
    <message>
        <source>Type an address range such as 192.168.10.0/24.</source>
        <translation>Geben Sie einen Adressbereich wie 192.168.10.0/24 ein.</translation>
    </message>
    <message>
        <source>Name at least one machine to scan.</source>
        <translation>Geben Sie mindestens einen zu prüfenden Computer an.</translation>
    </message>
    <message>
        <source>Enter the account that may read the clients.</source>
        <translation>Geben Sie das Konto ein, das die Clients auslesen darf.</translation>
    </message>
    <message>
        <source>Enter the password, or choose it from the keyring.</source>
        <translation>Geben Sie das Kennwort ein, oder wählen Sie es aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>The range %1 holds %2 addresses, more than %3. Scan them all?</source>
        <translation>Der Bereich %1 umfasst %2 Adressen, mehr als %3. Alle prüfen?</translation>
    </message>
    <message>
        <source>Scan a large range?</source>
        <translation>Einen großen Bereich prüfen?</translation>
    </message>
    <message>
        <source>Find the host column by itself</source>
        <translation>Hostspalte selbst erkennen</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Separator “%1”; host names from the column “%2”.</source>
        <translation>Trennzeichen „%1“; Hostnamen aus der Spalte „%2“.</translation>
    </message>
    <message>
        <source>Host list</source>
        <translation>Hostliste</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Asking the directory…</source>
        <translation>Das Verzeichnis wird abgefragt …</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>Typed above</source>
        <translation>Oben eingegeben</translation>
    </message>
    <message>
        <source>Conversion run %1 was interrupted. Its hosts are listed below: check the credentials and go on; the conversion page resumes the run.</source>
        <translation>Der Umstellungslauf %1 wurde unterbrochen. Seine Hosts sind unten aufgeführt: Prüfen Sie die Anmeldedaten und fahren Sie fort; die Umstellungsseite setzt den Lauf fort.</translation>
    </message>
    <message>
        <source>Which machines to scan, and how to reach them over WinRM.</source>
        <translation>Welche Computer geprüft werden und wie sie über WinRM erreicht werden.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Address range</source>
        <translation>Adressbereich</translation>
    </message>
    <message>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <source>One host name or IP address per line; # starts a comment.</source>
        <translation>Ein Hostname oder eine IP-Adresse pro Zeile; # leitet einen Kommentar ein.</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Datei öffnen …</translation>
    </message>
    <message>
        <source>All lab machines</source>
        <translation>Alle Computer des Labors</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Host column:</source>
        <translation>Hostspalte:</translation>
    </message>
    <message>
        <source>Exports of Excel, Active Directory or an inventory tool: the separator and the column holding host names are found by themselves.</source>
        <translation>Exporte aus Excel, Active Directory oder einem Inventarwerkzeug: Trennzeichen und Spalte mit den Hostnamen werden selbst erkannt.</translation>
    </message>
    <message>
        <source>Range (CIDR):</source>
        <translation>Bereich (CIDR):</translation>
    </message>
    <message>
        <source>Directory server:</source>
        <translation>Verzeichnisserver:</translation>
    </message>
    <message>
        <source>Search base:</source>
        <translation>Suchbasis:</translation>
    </message>
    <message>
        <source>Computer names:</source>
        <translation>Computernamen:</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Betriebssystem:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Kennwort:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>StartTLS (on ldap://)</source>
        <translation>StartTLS (bei ldap://)</translation>
    </message>
    <message>
        <source>Include disabled computers</source>
        <translation>Deaktivierte Computer einbeziehen</translation>
    </message>
    <message>
        <source>List the computers</source>
        <translation>Computer auflisten</translation>
    </message>
    <message>
        <source>Account on the clients</source>
        <translation>Konto auf den Clients</translation>
    </message>
    <message>
        <source>The lab&apos;s machines accept the lab&apos;s own account, filled in below.</source>
        <translation>Die Computer des Labors akzeptieren das eigene Konto des Labors, das unten eingetragen ist.</translation>
    </message>
    <message>
        <source>Or from the keyring:</source>
        <translation>Oder aus dem Schlüsselbund:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>DOMAIN\user or user@domain</source>
        <translation>DOMÄNE\Benutzer oder Benutzer@Domäne</translation>
    </message>
    <message>
        <source>Remember the password in the keyring</source>
        <translation>Kennwort im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>HTTPS (5986)</source>
        <translation>HTTPS (5986)</translation>
    </message>
    <message>
        <source>Check the certificate</source>
        <translation>Zertifikat prüfen</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Hosts scanned at once:</source>
        <translation>Gleichzeitig geprüfte Hosts:</translation>
    </message>
    <message>
        <source>Time-out per host:</source>
        <translation>Zeitlimit pro Host:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No column of the CSV file holds host names: choose the host column.</source>
        <translation>Keine Spalte der CSV-Datei enthält Hostnamen: Wählen Sie die Hostspalte.</translation>
    </message>
</context>
<context>
    <name>ClientsScanPage</name>
    <message numerus="yes">
        <source>Scan cancelled: %n host(s) not scanned.</source>
        <translation>
            <numerusform>Überprüfung abgebrochen: %n Host nicht geprüft.</numerusform>
            <numerusform>Überprüfung abgebrochen: %n Hosts nicht geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the scan has finished, or cancel it.</source>
        <translation>Warten Sie, bis die Überprüfung abgeschlossen ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Scan the clients first.</source>
        <translation>Prüfen Sie zuerst die Clients.</translation>
    </message>
    <message>
        <source>%1 of %2 done · %3 failed · %4 remaining · %5 · %6 hosts/s</source>
        <translation>%1 von %2 erledigt · %3 fehlgeschlagen · %4 verbleibend · %5 · %6 Hosts/s</translation>
    </message>
    <message>
        <source>Cancelling: no new host starts; waiting for those in progress… %1</source>
        <translation>Abbruch: Kein weiterer Host wird begonnen; die laufenden werden abgewartet … %1</translation>
    </message>
    <message>
        <source>Scan finished in %1: %2 read, %3 not read.</source>
        <translation>Überprüfung in %1 abgeschlossen: %2 ausgelesen, %3 nicht ausgelesen.</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Der Bericht wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved in %1: %2</source>
        <translation>Gespeichert in %1: %2</translation>
    </message>
    <message>
        <source>Scan results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>The licensing state of every client: filter, search, and pick a host for the details.</source>
        <translation>Der Lizenzstatus jedes Clients: filtern, suchen und einen Host für die Einzelheiten wählen.</translation>
    </message>
    <message>
        <source>Cancel the scan</source>
        <translation>Überprüfung abbrechen</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen …</translation>
    </message>
    <message>
        <source>Hosts by status</source>
        <translation>Hosts nach Status</translation>
    </message>
    <message>
        <source>Save the report (HTML, CSV, JSON)</source>
        <translation>Bericht speichern (HTML, CSV, JSON)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Set up a KMS host, verify its DNS record and convert clients between MAK and KMS.</source>
        <translation>Richtet einen KMS-Host ein, prüft seinen DNS-Eintrag und stellt Clients zwischen MAK und KMS um.</translation>
    </message>
    <message>
        <source>language of the interface (pseudo: stretched texts, to check the layout)</source>
        <translation>Sprache der Oberfläche (pseudo: verlängerte Texte, um das Layout zu prüfen)</translation>
    </message>
    <message>
        <source>run the wizard against the built-in simulated lab</source>
        <translation>den Assistenten mit dem integrierten simulierten Labor ausführen</translation>
    </message>
    <message>
        <source>the simulated lab&apos;s story: current (a Windows Server 2022 KMS host, the default) or legacy-2008r2 (a Windows Server 2008 R2 host with Server Group A/B/C keys); implies --demo</source>
        <translation>das Szenario des simulierten Labors: current (ein KMS-Host unter Windows Server 2022, Standard) oder legacy-2008r2 (ein Host unter Windows Server 2008 R2 mit Schlüsseln der Servergruppen A/B/C); impliziert --demo</translation>
    </message>
    <message>
        <source>add this capture (kms-wizard capture; or a shipped one by name: win10-client, ws2022-fresh-host, win7-ps2, no-publish-list) to the simulated lab as a read-only machine; repeatable (implies --demo)</source>
        <translation>diese Aufzeichnung (kms-wizard capture; oder eine mitgelieferte, per Name: win10-client, ws2022-fresh-host, win7-ps2, no-publish-list) dem simulierten Labor als schreibgeschützten Computer hinzufügen; wiederholbar (schließt --demo ein)</translation>
    </message>
    <message>
        <source>verify the _vlmcs._tcp SRV record clients use to find the KMS host</source>
        <translation>den SRV-Eintrag _vlmcs._tcp prüfen, mit dem Clients den KMS-Host finden</translation>
    </message>
    <message>
        <source>Ask the resolvers and every authoritative server of the zone for _vlmcs._tcp.DOMAIN, check targets, addresses, port and TCP reachability.</source>
        <translation>Fragt die Resolver und jeden autoritativen Server der Zone nach _vlmcs._tcp.DOMÄNE und prüft Ziele, Adressen, Port und TCP-Erreichbarkeit.</translation>
    </message>
    <message>
        <source>the DNS domain of the KMS clients</source>
        <translation>die DNS-Domäne der KMS-Clients</translation>
    </message>
    <message>
        <source>DNS server to start from, instead of this computer&apos;s resolvers (repeatable)</source>
        <translation>DNS-Server, mit dem begonnen wird, statt der Resolver dieses Computers (mehrfach angebbar)</translation>
    </message>
    <message>
        <source>port for querying the zone&apos;s authoritative servers (default 53)</source>
        <translation>Port für Abfragen an die autoritativen Server der Zone (Standard 53)</translation>
    </message>
    <message>
        <source>the KMS host that should be published</source>
        <translation>der KMS-Host, der veröffentlicht sein sollte</translation>
    </message>
    <message>
        <source>the port the KMS host listens on (default 1688)</source>
        <translation>der Port, auf dem der KMS-Host lauscht (Standard 1688)</translation>
    </message>
    <message>
        <source>total time budget in seconds (default 3)</source>
        <translation>gesamtes Zeitbudget in Sekunden (Standard 3)</translation>
    </message>
    <message>
        <source>convert clients between MAK and KMS (plan, confirm, journal, resume)</source>
        <translation>Clients zwischen MAK und KMS umstellen (Plan, Bestätigung, Journal, Fortsetzung)</translation>
    </message>
    <message>
        <source>Plan, confirm and run a MAK⇄KMS conversion; --resume finishes an interrupted run.</source>
        <translation>Eine MAK⇄KMS-Umstellung planen, bestätigen und ausführen; --resume schließt einen unterbrochenen Lauf ab.</translation>
    </message>
    <message>
        <source>the channel the clients move to</source>
        <translation>der Kanal, zu dem die Clients wechseln</translation>
    </message>
    <message>
        <source>the hosts of a journaled scan</source>
        <translation>die Hosts einer im Journal gespeicherten Prüfung</translation>
    </message>
    <message>
        <source>set this KMS host on the clients</source>
        <translation>diesen KMS-Host auf den Clients festlegen</translation>
    </message>
    <message>
        <source>clear an explicit KMS host: clients find theirs through DNS again</source>
        <translation>einen fest eingestellten KMS-Host entfernen: Die Clients finden ihren wieder über DNS</translation>
    </message>
    <message>
        <source>clients look up their KMS host&apos;s SRV record in this DNS domain (slmgr /skms-domain; Windows 8 and later), for clients whose own domain has none</source>
        <translation>die Clients suchen den SRV-Eintrag ihres KMS-Hosts in dieser DNS-Domäne (slmgr /skms-domain; ab Windows 8), für Clients, deren eigene Domäne keinen hat</translation>
    </message>
    <message>
        <source>keyring label of the Windows MAK</source>
        <translation>Bezeichnung des Windows-MAK im Schlüsselbund</translation>
    </message>
    <message>
        <source>keyring label of an Office edition&apos;s MAK (office2021-proplus=LABEL)</source>
        <translation>Bezeichnung des MAK einer Office-Edition im Schlüsselbund (office2021-proplus=BEZEICHNUNG)</translation>
    </message>
    <message>
        <source>hosts converted at once (default 8)</source>
        <translation>gleichzeitig umgestellte Hosts (Standard 8)</translation>
    </message>
    <message>
        <source>show the plan, change nothing</source>
        <translation>den Plan anzeigen, nichts ändern</translation>
    </message>
    <message>
        <source>to KMS: also convert the products the KMS host&apos;s key cannot activate (they lose their MAK activation and end in their grace period)</source>
        <translation>nach KMS: auch die Produkte konvertieren, die der Schlüssel des KMS-Hosts nicht aktivieren kann (sie verlieren ihre MAK-Aktivierung und fallen in die Toleranzperiode)</translation>
    </message>
    <message>
        <source>finish an interrupted run</source>
        <translation>einen unterbrochenen Lauf abschließen</translation>
    </message>
    <message>
        <source>put back what a finished run changed where it left products in grace or failed (to MAK: --mak LABEL)</source>
        <translation>zurücksetzen, was ein abgeschlossener Lauf geändert hat, wo er Produkte in der Toleranzperiode oder fehlgeschlagen gelassen hat (zu MAK: --mak BEZEICHNUNG)</translation>
    </message>
    <message>
        <source>record a machine&apos;s answers to the read-only operations, anonymised, in one file</source>
        <translation>die Antworten eines Computers auf die Nur-Lese-Operationen anonymisiert in einer Datei aufzeichnen</translation>
    </message>
    <message>
        <source>Run inspect, status, get-iid and firewall-state (never a change) on one machine and write their JSON answers, with host names, domains, addresses, machine IDs and keys replaced, to one file that `lab serve --machine-file` replays.</source>
        <translation>Führt inspect, status, get-iid und firewall-state (nie eine Änderung) auf einem Computer aus und schreibt ihre JSON-Antworten, mit ersetzten Hostnamen, Domänen, Adressen, Computer-IDs und Schlüsseln, in eine Datei, die `lab serve --machine-file` wiedergibt.</translation>
    </message>
    <message>
        <source>where to write the capture (JSON)</source>
        <translation>wohin die Aufzeichnung geschrieben wird (JSON)</translation>
    </message>
    <message>
        <source>print one JSON document</source>
        <translation>ein JSON-Dokument ausgeben</translation>
    </message>
    <message>
        <source>write the run&apos;s results as CSV</source>
        <translation>die Ergebnisse des Laufs als CSV schreiben</translation>
    </message>
    <message>
        <source>write a self-contained HTML report</source>
        <translation>einen eigenständigen HTML-Bericht schreiben</translation>
    </message>
    <message>
        <source>publish, replace or delete the _vlmcs._tcp SRV record by dynamic update</source>
        <translation>den SRV-Eintrag _vlmcs._tcp per dynamischer Aktualisierung veröffentlichen, ersetzen oder löschen</translation>
    </message>
    <message>
        <source>Send an RFC 2136 dynamic update (signed with a TSIG key) to the zone&apos;s primary DNS server, then verify it by asking again. Active Directory zones need Kerberos-signed updates: use the KMS host&apos;s own publishing or Add-DnsServerResourceRecord there.</source>
        <translation>Sendet eine dynamische Aktualisierung nach RFC 2136 (mit einem TSIG-Schlüssel signiert) an den primären DNS-Server der Zone und prüft sie durch eine erneute Abfrage. Active-Directory-Zonen verlangen mit Kerberos signierte Aktualisierungen: Verwenden Sie dort die Veröffentlichung durch den KMS-Host selbst oder Add-DnsServerResourceRecord.</translation>
    </message>
    <message>
        <source>the zone&apos;s primary DNS server</source>
        <translation>der primäre DNS-Server der Zone</translation>
    </message>
    <message>
        <source>change the record on this Windows DNS server (a domain controller) with its own DnsServer cmdlets over WinRM: the way for Active Directory-integrated zones</source>
        <translation>den Eintrag auf diesem Windows-DNS-Server (einem Domänencontroller) mit dessen eigenen DnsServer-Cmdlets über WinRM ändern: der Weg für Active Directory-integrierte Zonen</translation>
    </message>
    <message>
        <source>the KMS host to publish</source>
        <translation>der zu veröffentlichende KMS-Host</translation>
    </message>
    <message>
        <source>BIND key file (as tsig-keygen prints it)</source>
        <translation>BIND-Schlüsseldatei (wie tsig-keygen sie ausgibt)</translation>
    </message>
    <message>
        <source>also set the host&apos;s A (or AAAA) record to this address</source>
        <translation>auch den A- (oder AAAA-)Eintrag des Hosts auf diese Adresse setzen</translation>
    </message>
    <message>
        <source>make this the only _vlmcs._tcp record (removes other hosts&apos; records)</source>
        <translation>dies zum einzigen _vlmcs._tcp-Eintrag machen (entfernt die Einträge anderer Hosts)</translation>
    </message>
    <message>
        <source>delete the records that point at --host</source>
        <translation>die Einträge löschen, die auf --host verweisen</translation>
    </message>
    <message>
        <source>with --via-dns-server: change nothing; show what the DNS server holds, who created it, and why the KMS host does or does not publish itself (events 12293/12294)</source>
        <translation>mit --via-dns-server: nichts ändern; zeigen, was der DNS-Server enthält, wer es angelegt hat und warum sich der KMS-Host selbst veröffentlicht oder nicht (Ereignisse 12293/12294)</translation>
    </message>
    <message>
        <source>inspect product keys</source>
        <translation>Produktschlüssel prüfen</translation>
    </message>
    <message>
        <source>is KEY well-formed? masked form; is it a known GVLK (which edition)?</source>
        <translation>Ist KEY gültig aufgebaut? Maskierte Form; ist es ein bekannter GVLK (welche Edition)?</translation>
    </message>
    <message>
        <source>the product key, as typed or pasted</source>
        <translation>der Produktschlüssel, wie eingegeben oder eingefügt</translation>
    </message>
    <message>
        <source>the simulated lab (training mode)</source>
        <translation>das simulierte Labor (Schulungsmodus)</translation>
    </message>
    <message>
        <source>serve the simulated lab (WinRM over HTTP and HTTPS, DNS) until interrupted</source>
        <translation>das simulierte Labor (WinRM über HTTP und HTTPS, DNS) bis zum Abbruch bereitstellen</translation>
    </message>
    <message>
        <source>Print one JSON line describing the lab, then serve it on 127.0.0.1 until Ctrl+C or SIGTERM.</source>
        <translation>Gibt eine JSON-Zeile mit der Beschreibung des Labors aus und stellt es dann auf 127.0.0.1 bereit, bis Strg+C oder SIGTERM.</translation>
    </message>
    <message>
        <source>the lab&apos;s story: current (a Windows Server 2022 KMS host, the default) or legacy-2008r2 (a Windows Server 2008 R2 host with Server Group A/B/C keys)</source>
        <translation>das Szenario des Labors: current (ein KMS-Host unter Windows Server 2022, Standard) oder legacy-2008r2 (ein Host unter Windows Server 2008 R2 mit Schlüsseln der Servergruppen A/B/C)</translation>
    </message>
    <message>
        <source>simulated clients</source>
        <translation>simulierte Clients</translation>
    </message>
    <message>
        <source>topology seed</source>
        <translation>Startwert der Topologie</translation>
    </message>
    <message>
        <source>added per WinRM round trip</source>
        <translation>pro WinRM-Umlauf hinzugefügt</translation>
    </message>
    <message>
        <source>run time each licensing product query adds (real ones are slow)</source>
        <translation>Laufzeit, die jede Abfrage eines Lizenzprodukts hinzufügt (echte sind langsam)</translation>
    </message>
    <message>
        <source>shared WinRM HTTP port</source>
        <translation>gemeinsamer WinRM-HTTP-Port</translation>
    </message>
    <message>
        <source>DNS server port</source>
        <translation>Port des DNS-Servers</translation>
    </message>
    <message>
        <source>also serve this capture (kms-wizard capture; or a shipped one by name: win10-client, ws2022-fresh-host, win7-ps2, no-publish-list) as a read-only lab machine; repeatable</source>
        <translation>auch diese Aufzeichnung (kms-wizard capture; oder eine mitgelieferte, per Name: win10-client, ws2022-fresh-host, win7-ps2, no-publish-list) als schreibgeschützten Laborcomputer bereitstellen; wiederholbar</translation>
    </message>
    <message>
        <source>seconds each activation runs on a machine; a status read meanwhile shows the state from before it</source>
        <translation>Sekunden, die jede Aktivierung auf einem Computer dauert; eine Statusabfrage in dieser Zeit zeigt den Zustand von vorher</translation>
    </message>
    <message>
        <source>chance (0 to 1) that a change is cut by a restart of the machine</source>
        <translation>Wahrscheinlichkeit (0 bis 1), dass eine Änderung durch einen Neustart des Computers unterbrochen wird</translation>
    </message>
    <message>
        <source>seconds a restarting machine stays unreachable</source>
        <translation>Sekunden, die ein neu startender Computer nicht erreichbar ist</translation>
    </message>
    <message>
        <source>chance (0 to 1) that the connection of a change is lost</source>
        <translation>Wahrscheinlichkeit (0 bis 1), dass die Verbindung einer Änderung abbricht</translation>
    </message>
    <message>
        <source>seed of the restarts and lost connections</source>
        <translation>Startwert der Neustarts und abgebrochenen Verbindungen</translation>
    </message>
    <message>
        <source>append one JSON line per operation the lab executes to FILE</source>
        <translation>für jede Operation, die das Labor ausführt, eine JSON-Zeile an FILE anhängen</translation>
    </message>
    <message>
        <source>check the catalog, scripts and translations of this installation</source>
        <translation>Katalog, Skripte und Übersetzungen dieser Installation prüfen</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>Verbindungsart</translation>
    </message>
    <message>
        <source>run on this computer with powershell.exe (Windows only)</source>
        <translation>auf diesem Computer mit powershell.exe ausführen (nur Windows)</translation>
    </message>
    <message>
        <source>run on a remote machine over WinRM (the default)</source>
        <translation>auf einem Remotecomputer über WinRM ausführen (Standard)</translation>
    </message>
    <message>
        <source>start the simulated lab in-process and target its machines by name</source>
        <translation>das simulierte Labor in diesem Prozess starten und seine Computer per Namen ansprechen</translation>
    </message>
    <message>
        <source>the story of the --lab lab: current (a Windows Server 2022 KMS host, the default) or legacy-2008r2 (a Windows Server 2008 R2 host with Server Group A/B/C keys)</source>
        <translation>das Szenario des Labors von --lab: current (ein KMS-Host unter Windows Server 2022, Standard) oder legacy-2008r2 (ein Host unter Windows Server 2008 R2 mit Schlüsseln der Servergruppen A/B/C)</translation>
    </message>
    <message>
        <source>WinRM over HTTPS (5986)</source>
        <translation>WinRM über HTTPS (5986)</translation>
    </message>
    <message>
        <source>WinRM over HTTP (5985, the default), every message encrypted by NTLM</source>
        <translation>WinRM über HTTP (5985, Standard), jede Nachricht per NTLM verschlüsselt</translation>
    </message>
    <message>
        <source>the WinRM endpoint, if not standard</source>
        <translation>der WinRM-Endpunkt, falls nicht der Standard</translation>
    </message>
    <message>
        <source>authentication: negotiate (NTLM, the default), ntlm or basic</source>
        <translation>Authentifizierung: negotiate (NTLM, Standard), ntlm oder basic</translation>
    </message>
    <message>
        <source>account (DOMAIN\user or user@domain)</source>
        <translation>Konto (DOMÄNE\Benutzer oder Benutzer@Domäne)</translation>
    </message>
    <message>
        <source>take the password from the OS keyring entry NAME</source>
        <translation>das Kennwort aus dem Eintrag NAME der Anmeldeinformationsverwaltung des Systems nehmen</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>das Kennwort von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>PEM file of the CA(s) to trust for HTTPS</source>
        <translation>PEM-Datei der für HTTPS vertrauenswürdigen Zertifizierungsstelle(n)</translation>
    </message>
    <message>
        <source>do NOT validate the HTTPS certificate (exposes the password; a warning is shown)</source>
        <translation>das HTTPS-Zertifikat NICHT prüfen (legt das Kennwort offen; eine Warnung wird angezeigt)</translation>
    </message>
    <message>
        <source>deadline per machine in seconds (default %(default)s)</source>
        <translation>Frist pro Computer in Sekunden (Standard %(default)s)</translation>
    </message>
    <message>
        <source>host names or IP addresses</source>
        <translation>Hostnamen oder IP-Adressen</translation>
    </message>
    <message>
        <source>inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>a host list (one per line) or CSV</source>
        <translation>eine Hostliste (einer pro Zeile) oder CSV</translation>
    </message>
    <message>
        <source>how to read --hosts (auto: CSV for .csv/.tsv names)</source>
        <translation>wie --hosts gelesen wird (auto: CSV bei Namen auf .csv/.tsv)</translation>
    </message>
    <message>
        <source>the CSV column with host names (name or 1-based number)</source>
        <translation>die CSV-Spalte mit den Hostnamen (Name oder Nummer ab 1)</translation>
    </message>
    <message>
        <source>an address range</source>
        <translation>ein Adressbereich</translation>
    </message>
    <message>
        <source>Active Directory: ldaps://dc01.example.com</source>
        <translation>Active-Directory-Server: ldaps://dc01.example.com</translation>
    </message>
    <message>
        <source>search base: OU=Clients,DC=example,DC=com</source>
        <translation>Suchbasis: OU=Clients,DC=example,DC=com</translation>
    </message>
    <message>
        <source>computer name filter (the name, as PC-01, not the DNS name), * as wildcard</source>
        <translation>Filter für den Computernamen (der Name wie PC-01, nicht der DNS-Name), * als Platzhalter</translation>
    </message>
    <message>
        <source>also take the computers whose account is disabled in the directory</source>
        <translation>auch die Computer übernehmen, deren Konto im Verzeichnis deaktiviert ist</translation>
    </message>
    <message>
        <source>activation via Active Directory (ADBA)</source>
        <translation>Active Directory-basierte Aktivierung (ADBA)</translation>
    </message>
    <message>
        <source>check that the forest&apos;s schema can hold activation objects</source>
        <translation>prüfen, ob das Schema der Gesamtstruktur Aktivierungsobjekte aufnehmen kann</translation>
    </message>
    <message>
        <source>list the forest&apos;s activation objects</source>
        <translation>die Aktivierungsobjekte der Gesamtstruktur auflisten</translation>
    </message>
    <message>
        <source>remove one activation object (asks first)</source>
        <translation>ein Aktivierungsobjekt entfernen (fragt zuerst)</translation>
    </message>
    <message>
        <source>its name, or its distinguished name</source>
        <translation>sein Name oder sein Distinguished Name</translation>
    </message>
    <message>
        <source>which of the domain&apos;s computers still need a KMS host</source>
        <translation>welche Computer der Domäne noch einen KMS-Host brauchen</translation>
    </message>
    <message>
        <source>search base (default: the whole domain)</source>
        <translation>Suchbasis (Standard: die ganze Domäne)</translation>
    </message>
    <message>
        <source>activate the forest online through a domain-joined machine</source>
        <translation>die Gesamtstruktur online über einen Domänenrechner aktivieren</translation>
    </message>
    <message>
        <source>show the forest&apos;s Installation ID for phone activation</source>
        <translation>die Installations-ID der Gesamtstruktur für die Aktivierung per Telefon anzeigen</translation>
    </message>
    <message>
        <source>activate the forest with the Confirmation ID from the phone</source>
        <translation>die Gesamtstruktur mit der telefonisch erhaltenen Bestätigungs-ID aktivieren</translation>
    </message>
    <message>
        <source>a domain-joined Windows Server 2012 (or later), best a DC</source>
        <translation>ein Windows Server ab 2012 in der Domäne, am besten ein Domänencontroller</translation>
    </message>
    <message>
        <source>the activation object&apos;s name</source>
        <translation>der Name des Aktivierungsobjekts</translation>
    </message>
    <message>
        <source>the Confirmation ID (48 digits, blocks allowed)</source>
        <translation>die Bestätigungs-ID (48 Ziffern, Blöcke erlaubt)</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>a domain controller: ldaps://dc01.example.com</source>
        <translation>ein Domänencontroller: ldaps://dc01.example.com</translation>
    </message>
    <message>
        <source>bind as DN, user@domain or DOMAIN\user</source>
        <translation>Bindung als DN, benutzer@domäne oder DOMÄNE\Benutzer</translation>
    </message>
    <message>
        <source>directory password from the keyring</source>
        <translation>Verzeichniskennwort aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>read the directory password from standard input</source>
        <translation>das Verzeichniskennwort von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>confirm the change without asking</source>
        <translation>die Änderung ohne Rückfrage bestätigen</translation>
    </message>
    <message>
        <source>read the host key (CSVLK) from standard input</source>
        <translation>den Hostschlüssel (CSVLK) von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>take the host key from the keyring</source>
        <translation>den Hostschlüssel aus dem Schlüsselbund nehmen</translation>
    </message>
    <message>
        <source>read the directory password from standard input (after the WinRM password)</source>
        <translation>das Verzeichniskennwort von der Standardeingabe lesen (nach dem WinRM-Kennwort)</translation>
    </message>
    <message>
        <source>operatingSystem filter: *Windows 10*</source>
        <translation>Filter auf operatingSystem: *Windows 10*</translation>
    </message>
    <message>
        <source>StartTLS on an ldap:// URL</source>
        <translation>StartTLS bei einer ldap://-URL</translation>
    </message>
    <message>
        <source>CA file for the directory&apos;s certificate</source>
        <translation>Zertifizierungsstellen-Datei für das Zertifikat des Verzeichnisses</translation>
    </message>
    <message>
        <source>every machine of the simulated lab (with --lab)</source>
        <translation>alle Computer des simulierten Labors (mit --lab)</translation>
    </message>
    <message>
        <source>confirm without asking (large ranges, conversions)</source>
        <translation>ohne Nachfrage bestätigen (große Bereiche, Umstellungen)</translation>
    </message>
    <message>
        <source>the journal database (default: journal.sqlite3 in the user data folder)</source>
        <translation>die Journal-Datenbank (Standard: journal.sqlite3 im Benutzerdatenordner)</translation>
    </message>
    <message>
        <source>read the licensing state of many machines (MAK, KMS, grace, errors)</source>
        <translation>den Lizenzstatus vieler Computer auslesen (MAK, KMS, Toleranzperiode, Fehler)</translation>
    </message>
    <message>
        <source>Scan machines over WinRM in parallel; every result goes to the journal.</source>
        <translation>Computer parallel über WinRM prüfen; jedes Ergebnis wird im Journal festgehalten.</translation>
    </message>
    <message>
        <source>hosts scanned at once (default 32, at most 256)</source>
        <translation>gleichzeitig geprüfte Hosts (Standard 32, höchstens 256)</translation>
    </message>
    <message>
        <source>count activations ending within N days (default 30)</source>
        <translation>Aktivierungen zählen, die innerhalb von N Tagen enden (Standard 30)</translation>
    </message>
    <message>
        <source>write the results as CSV</source>
        <translation>die Ergebnisse als CSV schreiben</translation>
    </message>
    <message>
        <source>write the JSON report to a file</source>
        <translation>den JSON-Bericht in eine Datei schreiben</translation>
    </message>
    <message>
        <source>list the scans in the journal</source>
        <translation>die Prüfungen im Journal auflisten</translation>
    </message>
    <message>
        <source>what changed (since the previous scan)</source>
        <translation>was sich geändert hat (seit der vorigen Prüfung)</translation>
    </message>
    <message>
        <source>read the product key from standard input</source>
        <translation>den Produktschlüssel von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>take the product key from the keyring</source>
        <translation>den Produktschlüssel aus dem Schlüsselbund nehmen</translation>
    </message>
    <message>
        <source>put the edition&apos;s KMS client setup key (GVLK) back instead</source>
        <translation>stattdessen den KMS-Clientsetupschlüssel (GVLK) der Edition wiederherstellen</translation>
    </message>
    <message>
        <source>confirm replacing a key that is already installed</source>
        <translation>das Ersetzen eines bereits installierten Schlüssels bestätigen</translation>
    </message>
    <message>
        <source>DNS check</source>
        <translation>DNS-Prüfung</translation>
    </message>
    <message>
        <source>DNS server to ask (default: the lab&apos;s with --lab, else this computer&apos;s)</source>
        <translation>abzufragender DNS-Server (Standard: der des Labors mit --lab, sonst der dieses Computers)</translation>
    </message>
    <message>
        <source>port of the zone&apos;s authoritative servers</source>
        <translation>Port der autoritativen Server der Zone</translation>
    </message>
    <message>
        <source>DNS check budget (s)</source>
        <translation>Zeitbudget der DNS-Prüfung (s)</translation>
    </message>
    <message>
        <source>skip the DNS check</source>
        <translation>die DNS-Prüfung auslassen</translation>
    </message>
    <message>
        <source>key group id (server-c, ws2022, win10…)</source>
        <translation>Kennung der Schlüsselgruppe (server-c, ws2022, win10 …)</translation>
    </message>
    <message>
        <source>Office version (repeat)</source>
        <translation>Office-Version (wiederholbar)</translation>
    </message>
    <message>
        <source>windows (default), an Office version (2010, 2016…) or an Office Activation ID</source>
        <translation>windows (Standard), eine Office-Version (2010, 2016 …) oder eine Office-Aktivierungs-ID</translation>
    </message>
    <message>
        <source>the Confirmation ID (48 digits, 8 blocks)</source>
        <translation>die Bestätigungs-ID (48 Ziffern, 8 Blöcke)</translation>
    </message>
    <message>
        <source>read it from standard input</source>
        <translation>sie von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>activate the Office host key online</source>
        <translation>den Office-Hostschlüssel online aktivieren</translation>
    </message>
    <message>
        <source>listening port (1–65535; default 1688)</source>
        <translation>Überwachungsport (1–65535; Standard 1688)</translation>
    </message>
    <message>
        <source>KMS service priority</source>
        <translation>Priorität des KMS-Dienstes</translation>
    </message>
    <message>
        <source>retry interval, 15–43200</source>
        <translation>Wiederholungsintervall, 15–43200</translation>
    </message>
    <message>
        <source>renewal interval, 15–43200</source>
        <translation>Erneuerungsintervall, 15–43200</translation>
    </message>
    <message>
        <source>the port (default: the listening port)</source>
        <translation>der Port (Standard: der Überwachungsport)</translation>
    </message>
    <message>
        <source>network profile (repeat; default: domain on a domain member, else private)</source>
        <translation>Netzwerkprofil (wiederholbar; Standard: domain auf einem Domänenmitglied, sonst private)</translation>
    </message>
    <message>
        <source>open the KMS port (SPPSVC-In-TCP-NoScope for Domain, SPPSVC-In-TCP for Private+Public, or the wizard&apos;s own rules), read back what is in force, test it</source>
        <translation>den KMS-Port öffnen (SPPSVC-In-TCP-NoScope für Domäne, SPPSVC-In-TCP für Privat+Öffentlich oder die eigenen Regeln des Assistenten), das Wirksame zurücklesen, testen</translation>
    </message>
    <message>
        <source>disable the rule instead</source>
        <translation>die Regel stattdessen deaktivieren</translation>
    </message>
    <message>
        <source>publish SRV records</source>
        <translation>SRV-Einträge veröffentlichen</translation>
    </message>
    <message>
        <source>stop publishing</source>
        <translation>die Veröffentlichung beenden</translation>
    </message>
    <message>
        <source>also publish in this DNS domain (DnsDomainPublishList; repeat)</source>
        <translation>auch in dieser DNS-Domäne veröffentlichen (DnsDomainPublishList; wiederholbar)</translation>
    </message>
    <message>
        <source>do not restart the Software Protection service to publish at once</source>
        <translation>den Softwareschutzdienst nicht neu starten, um sofort zu veröffentlichen</translation>
    </message>
    <message>
        <source>what the machine is: OS and edition (catalog), domain, addresses, rights, PowerShell, clock, Windows key, KMS service, Office and its packs</source>
        <translation>was der Computer ist: Betriebssystem und Edition (Katalog), Domäne, Adressen, Rechte, PowerShell, Uhr, Windows-Schlüssel, KMS-Dienst, Office und seine Pakete</translation>
    </message>
    <message>
        <source>may this machine become the KMS host for a key group (and Office versions)?</source>
        <translation>darf dieser Computer KMS-Host für eine Schlüsselgruppe (und Office-Versionen) werden?</translation>
    </message>
    <message>
        <source>install the KMS host key (refuses GVLKs; --yes to replace an installed key)</source>
        <translation>den KMS-Hostschlüssel installieren (lehnt GVLKs ab; --yes ersetzt einen installierten Schlüssel)</translation>
    </message>
    <message>
        <source>activate the host key online (never twice)</source>
        <translation>den Hostschlüssel online aktivieren (nie zweimal)</translation>
    </message>
    <message>
        <source>show the Installation ID for phone activation</source>
        <translation>die Installations-ID für die Aktivierung per Telefon anzeigen</translation>
    </message>
    <message>
        <source>deposit the Confirmation ID from the activation centre</source>
        <translation>die Bestätigungs-ID vom Aktivierungscenter übermitteln</translation>
    </message>
    <message>
        <source>Office: volume license packs, Office host key, activation</source>
        <translation>Office: Volumenlizenzpakete, Office-Hostschlüssel, Aktivierung</translation>
    </message>
    <message>
        <source>KMS service options: listening port (restart + connection test), priority, intervals</source>
        <translation>Optionen des KMS-Dienstes: Überwachungsport (Neustart + Verbindungstest), Priorität, Intervalle</translation>
    </message>
    <message>
        <source>SRV publishing on/off, DnsDomainPublishList, then the DNS check</source>
        <translation>SRV-Veröffentlichung ein/aus, DnsDomainPublishList, danach die DNS-Prüfung</translation>
    </message>
    <message>
        <source>the count against 25 / 5 / 5, what is missing, request counters, explanations</source>
        <translation>die Anzahl gegenüber 25 / 5 / 5, was fehlt, Anfragezähler, Erklärungen</translation>
    </message>
    <message>
        <source>run one step on one machine (this computer, over WinRM, or in the lab)</source>
        <translation>einen Schritt auf einem Computer ausführen (dieser Computer, über WinRM oder im Labor)</translation>
    </message>
    <message>
        <source>the machine</source>
        <translation>der Computer</translation>
    </message>
    <message>
        <source>render every wizard page offscreen against the simulated lab, as PNG files</source>
        <translation>jede Seite des Assistenten ohne Bildschirm gegen das simulierte Labor darstellen, als PNG-Dateien</translation>
    </message>
    <message>
        <source>Walk the wizard through the simulated lab and save each page as a PNG.</source>
        <translation>Durchläuft den Assistenten im simulierten Labor und speichert jede Seite als PNG.</translation>
    </message>
    <message>
        <source>folder for the PNG files</source>
        <translation>Ordner für die PNG-Dateien</translation>
    </message>
    <message>
        <source>language of the pages (default: English, or the global --lang; pseudo: stretched texts)</source>
        <translation>Sprache der Seiten (Standard: Englisch oder das globale --lang; pseudo: verlängerte Texte)</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, not “%3”</source>
        <translation>erwartet wird eine ganze Zahl von %1 bis %2, nicht „%3“</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, not “%3”</source>
        <translation>erwartet wird eine Zahl von %1 bis %2, nicht „%3“</translation>
    </message>
    <message>
        <source>list the machines scan and convert would contact, without contacting them</source>
        <translation>die Computer auflisten, die scan und convert kontaktieren würden, ohne sie zu kontaktieren</translation>
    </message>
    <message>
        <source>Print the hosts the inventory options name (with --ad: each computer&apos;s operating system, OU and account state); no machine is contacted.</source>
        <translation>Gibt die Hosts aus, die die Inventaroptionen benennen (mit --ad: Betriebssystem, OU und Kontostatus jedes Computers); kein Computer wird kontaktiert.</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Office %1</source>
        <translation>Office %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ComputerList</name>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>OU</source>
        <translation>OU</translation>
    </message>
    <message>
        <source>Computers found in the directory</source>
        <translation>Im Verzeichnis gefundene Computer</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Yes, go ahead</source>
        <translation>Ja, fortfahren</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Type the host&apos;s name or IP address (no spaces).</source>
        <translation>Geben Sie den Namen oder die IP-Adresse des Hosts ein (ohne Leerzeichen).</translation>
    </message>
    <message>
        <source>The WinRM address must start with http:// or https://, such as https://kms01.example.com:5986/wsman.</source>
        <translation>Die WinRM-Adresse muss mit http:// oder https:// beginnen, zum Beispiel https://kms01.example.com:5986/wsman.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Die CA-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Connected to %1: the host answered.</source>
        <translation>Mit %1 verbunden: Der Host hat geantwortet.</translation>
    </message>
    <message>
        <source>How the wizard reaches the host over WinRM.</source>
        <translation>Wie der Assistent den Host über WinRM erreicht.</translation>
    </message>
    <message>
        <source>Use an account that is an administrator of the host. A stock Windows Server listens for WinRM over HTTP only (port 5985); HTTPS (port 5986) needs a certificate and “winrm quickconfig -transport:https” or a group policy. Windows client editions have no listener until “winrm quickconfig” or a group policy enables one. HTTP is safe here: Negotiate (NTLM) encrypts every message. HTTPS is checked against the host&apos;s certificate.</source>
        <translation>Verwenden Sie ein Konto mit Administratorrechten auf dem Host. Ein Windows Server im Auslieferungszustand nimmt WinRM nur über HTTP an (Port 5985); HTTPS (Port 5986) braucht ein Zertifikat und „winrm quickconfig -transport:https“ oder eine Gruppenrichtlinie. Client-Editionen von Windows haben keinen Listener, bis „winrm quickconfig“ oder eine Gruppenrichtlinie einen aktiviert. HTTP ist hier sicher: Negotiate (NTLM) verschlüsselt jede Nachricht. Bei HTTPS wird das Zertifikat des Hosts geprüft.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Kennwort:</translation>
    </message>
    <message>
        <source>CA file (HTTPS):</source>
        <translation>CA-Datei (HTTPS):</translation>
    </message>
    <message>
        <source>kms01.example.com</source>
        <translation>kms01.beispiel.de</translation>
    </message>
    <message>
        <source>EXAMPLE\administrator</source>
        <translation>BEISPIEL\Administrator</translation>
    </message>
    <message>
        <source>HTTPS (port 5986)</source>
        <translation>HTTPS (Port 5986)</translation>
    </message>
    <message>
        <source>HTTP with message encryption (port 5985)</source>
        <translation>HTTP mit Nachrichtenverschlüsselung (Port 5985)</translation>
    </message>
    <message>
        <source>Negotiate (NTLM)</source>
        <translation>Negotiate (NTLM)</translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <source>Basic (local accounts, HTTPS only)</source>
        <translation>Basic (lokale Konten, nur HTTPS)</translation>
    </message>
    <message>
        <source>Remember the password in the keyring</source>
        <translation>Kennwort im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>No safe keyring is available on this computer: the password is asked for each time and never written anywhere.</source>
        <translation>Auf diesem Computer ist kein sicherer Schlüsselbund verfügbar: Das Kennwort wird jedes Mal abgefragt und nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>WinRM address:</source>
        <translation>WinRM-Adresse:</translation>
    </message>
    <message>
        <source>empty: the standard address for the host and protocol</source>
        <translation>leer: die Standardadresse für Host und Protokoll</translation>
    </message>
    <message>
        <source>Do not verify the host&apos;s certificate (insecure)</source>
        <translation>Zertifikat des Hosts nicht prüfen (unsicher)</translation>
    </message>
    <message>
        <source>Without verification, whoever sits between this computer and the host can read the password. Use it only on a network you trust, for a first test.</source>
        <translation>Ohne Prüfung kann jeder, der sich zwischen diesem Computer und dem Host befindet, das Kennwort mitlesen. Nur in einem vertrauenswürdigen Netzwerk für einen ersten Test verwenden.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>What the host reported</source>
        <translation>Was der Host gemeldet hat</translation>
    </message>
</context>
<context>
    <name>Conversion</name>
    <message>
        <source>Choose either an explicit KMS host or DNS discovery, not both.</source>
        <translation>Wählen Sie entweder einen expliziten KMS-Host oder die DNS-Erkennung, nicht beides.</translation>
    </message>
    <message>
        <source>A KMS host setting applies only to a conversion to KMS.</source>
        <translation>Eine KMS-Host-Einstellung gilt nur für eine Umstellung auf KMS.</translation>
    </message>
    <message>
        <source>The MAK label must be a non-empty name.</source>
        <translation>Die Bezeichnung des MAK muss ein nicht leerer Name sein.</translation>
    </message>
    <message>
        <source>Choose either an explicit KMS host or a KMS lookup domain, not both: an explicit host overrides the lookup domain.</source>
        <translation>Wählen Sie entweder einen festen KMS-Host oder eine KMS-Suchdomäne, nicht beides: Ein fester Host hat Vorrang vor der Suchdomäne.</translation>
    </message>
    <message>
        <source>The KMS lookup domain must be a DNS domain name such as corp.example.com.</source>
        <translation>Die KMS-Suchdomäne muss ein DNS-Domänenname sein, zum Beispiel corp.example.com.</translation>
    </message>
    <message>
        <source>Already a KMS client: nothing to do.</source>
        <translation>Bereits KMS-Client: nichts zu tun.</translation>
    </message>
    <message>
        <source>Already a KMS client: only its KMS host setting changes.</source>
        <translation>Bereits KMS-Client: Nur seine KMS-Host-Einstellung ändert sich.</translation>
    </message>
    <message>
        <source>Already activated with a MAK. Activating it again would use up one of the MAK&apos;s activations, so it is left as it is.</source>
        <translation>Bereits mit einem MAK aktiviert. Eine erneute Aktivierung würde eine der Aktivierungen des MAK verbrauchen, daher bleibt es unverändert.</translation>
    </message>
    <message>
        <source>Already holds a MAK but is not activated: it will only be activated.</source>
        <translation>Hat bereits einen MAK, ist aber nicht aktiviert: Es wird nur aktiviert.</translation>
    </message>
    <message>
        <source>The edition of “%1” could not be identified (evaluation and Home editions have no KMS client key), so it cannot be converted to KMS.</source>
        <translation>Die Edition von „%1“ konnte nicht ermittelt werden (Evaluierungs- und Home-Editionen haben keinen KMS-Clientsetupschlüssel), daher kann es nicht auf KMS umgestellt werden.</translation>
    </message>
    <message>
        <source>The catalog has no KMS client key (GVLK) for %1: this edition cannot be activated by KMS.</source>
        <translation>Der Katalog enthält keinen KMS-Clientsetupschlüssel (GVLK) für %1: Diese Edition kann nicht per KMS aktiviert werden.</translation>
    </message>
    <message>
        <source>No MAK was chosen for “%1”.</source>
        <translation>Für „%1“ wurde kein MAK gewählt.</translation>
    </message>
    <message>
        <source>Left on KMS: no MAK was chosen for this Office edition.</source>
        <translation>Bleibt bei KMS: Für diese Office-Edition wurde kein MAK gewählt.</translation>
    </message>
    <message>
        <source>This product holds a KMS host key: the machine is a KMS host and is not converted.</source>
        <translation>Dieses Produkt hat einen KMS-Hostschlüssel: Der Computer ist ein KMS-Host und wird nicht umgestellt.</translation>
    </message>
    <message>
        <source>Licensed with a retail or OEM key, not a volume licence: converting it would replace a licence that was bought with it, so it is left as it is.</source>
        <translation>Mit einem Retail- oder OEM-Schlüssel lizenziert, nicht mit einer Volumenlizenz: Eine Umstellung würde eine damit gekaufte Lizenz ersetzen, daher bleibt es unverändert.</translation>
    </message>
    <message>
        <source>A time-based (evaluation or subscription) licence: it is left as it is.</source>
        <translation>Eine zeitbasierte Lizenz (Evaluierung oder Abonnement): Sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>Activated by its Hyper-V host (automatic virtual machine activation): it is left as it is.</source>
        <translation>Von seinem Hyper-V-Host aktiviert (automatische Aktivierung virtueller Computer): Es bleibt unverändert.</translation>
    </message>
    <message>
        <source>The licence channel could not be determined, so the product is left as it is.</source>
        <translation>Der Lizenzkanal konnte nicht ermittelt werden, daher bleibt das Produkt unverändert.</translation>
    </message>
    <message>
        <source>An add-on licence (such as Extended Security Updates): it is left as it is.</source>
        <translation>Eine Add-on-Lizenz (etwa erweiterte Sicherheitsupdates, ESU): Sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>No product key is installed for this product.</source>
        <translation>Für dieses Produkt ist kein Produktschlüssel installiert.</translation>
    </message>
    <message>
        <source>Neither Windows nor Office: the wizard does not convert it.</source>
        <translation>Weder Windows noch Office: Der Assistent stellt es nicht um.</translation>
    </message>
    <message>
        <source>%1 runs the older Software Licensing service (slsvc), which the wizard can read but not change: nothing on this machine is converted. Change it by hand (slmgr.vbs), or upgrade it.</source>
        <translation>%1 läuft mit dem älteren Softwarelizenzierungsdienst (slsvc), den der Assistent lesen, aber nicht ändern kann: Auf diesem Rechner wird nichts konvertiert. Ändern Sie ihn von Hand (slmgr.vbs) oder rüsten Sie ihn auf.</translation>
    </message>
    <message>
        <source>Set the KMS host to %1 (DNS discovery is then not used).</source>
        <translation>KMS-Host auf %1 festlegen (die DNS-Erkennung wird dann nicht verwendet).</translation>
    </message>
    <message>
        <source>Clear the KMS host setting so that the machine finds its KMS host through DNS.</source>
        <translation>KMS-Host-Einstellung löschen, damit der Computer seinen KMS-Host über DNS findet.</translation>
    </message>
    <message>
        <source>Look up the KMS host in the DNS domain %1 (its _vlmcs._tcp records).</source>
        <translation>Den KMS-Host in der DNS-Domäne %1 suchen (deren _vlmcs._tcp-Einträge).</translation>
    </message>
    <message>
        <source>Install the KMS client key %1 for %2.</source>
        <translation>KMS-Clientsetupschlüssel %1 für %2 installieren.</translation>
    </message>
    <message>
        <source>Install the MAK “%1” for %2.</source>
        <translation>MAK „%1“ für %2 installieren.</translation>
    </message>
    <message>
        <source>Activate %1.</source>
        <translation>%1 aktivieren.</translation>
    </message>
    <message>
        <source>Read the licensing state again to verify the result.</source>
        <translation>Lizenzstatus erneut lesen, um das Ergebnis zu prüfen.</translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <source>Plan (%1): %2 host(s) to change, %3 product(s) to convert, %4 to activate only, %5 left alone, %6 that cannot be converted, %7 host(s) not read.</source>
        <translation>Plan (%1): %2 Host(s) zu ändern, %3 Produkt(e) umzustellen, %4 nur zu aktivieren, %5 unverändert gelassen, %6 nicht umstellbar, %7 Host(s) nicht ausgelesen.</translation>
    </message>
    <message>
        <source>MAK to KMS</source>
        <translation>MAK zu KMS</translation>
    </message>
    <message>
        <source>KMS to MAK</source>
        <translation>KMS zu MAK</translation>
    </message>
    <message>
        <source>  %1. %2</source>
        <translation>  %1. %2</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to change on %n host(s): %1.</source>
        <translation>
            <numerusform>Nichts zu ändern auf %n Host: %1.</numerusform>
            <numerusform>Nichts zu ändern auf %n Hosts: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not read — %2</source>
        <translation>%1: nicht ausgelesen — %2</translation>
    </message>
    <message numerus="yes">
        <source>Change %n host(s) as planned above? Type “yes” to go ahead: </source>
        <translation>
            <numerusform>%n Host wie oben geplant ändern? Geben Sie „ja“ ein, um fortzufahren: </numerusform>
            <numerusform>%n Hosts wie oben geplant ändern? Geben Sie „ja“ ein, um fortzufahren: </numerusform>
        </translation>
    </message>
    <message>
        <source>yes,y</source>
        <translation>ja,j</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was changed.</source>
        <translation>Nicht bestätigt: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Confirmation needed and no terminal to ask on: add --yes to convert as planned (nothing was changed).</source>
        <translation>Bestätigung nötig, aber kein Terminal zum Nachfragen: Fügen Sie --yes hinzu, um wie geplant umzustellen (es wurde nichts geändert).</translation>
    </message>
    <message>
        <source>Nothing to convert.</source>
        <translation>Nichts umzustellen.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) that the KMS host cannot activate are left as they are; --include-uncovered converts them anyway (a MAK product then ends in its grace period).</source>
        <translation>
            <numerusform>%n Produkt, das der KMS-Host nicht aktivieren kann, bleibt unverändert; --include-uncovered konvertiert es trotzdem (ein MAK-Produkt fällt dann in die Toleranzperiode).</numerusform>
            <numerusform>%n Produkte, die der KMS-Host nicht aktivieren kann, bleiben unverändert; --include-uncovered konvertiert sie trotzdem (ein MAK-Produkt fällt dann in die Toleranzperiode).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1 — %2: failed — %3</source>
        <translation>%1 — %2: fehlgeschlagen — %3</translation>
    </message>
    <message>
        <source>%1 — %2: waiting for the KMS host&apos;s count (%3); the client retries by itself</source>
        <translation>%1 — %2: wartet, bis die Anzahl des KMS-Hosts reicht (%3); der Client versucht es selbst erneut</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>already in effect (checked again)</source>
        <translation>bereits wirksam (erneut geprüft)</translation>
    </message>
    <message>
        <source>%1: %2 — %3, %4</source>
        <translation>%1: %2 — %3, %4</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>umgestellt</translation>
    </message>
    <message>
        <source>not fully converted</source>
        <translation>nicht vollständig umgestellt</translation>
    </message>
    <message>
        <source>converted, activation pending</source>
        <translation>umgestellt, Aktivierung ausstehend</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Run %1: %2 host(s) converted, %3 pending activation, %4 with problems.</source>
        <translation>Lauf %1: %2 Host(s) umgestellt, %3 mit ausstehender Aktivierung, %4 mit Problemen.</translation>
    </message>
    <message>
        <source>Run %1 is not finished: some hosts could not be read. Resume it later with “kms-wizard convert --resume %1”.</source>
        <translation>Lauf %1 ist nicht abgeschlossen: Einige Hosts konnten nicht ausgelesen werden. Setzen Sie ihn später mit „kms-wizard convert --resume %1“ fort.</translation>
    </message>
    <message>
        <source>Run %1 was cancelled; the hosts not started were left as they were.</source>
        <translation>Lauf %1 wurde abgebrochen; die nicht begonnenen Hosts blieben unverändert.</translation>
    </message>
    <message>
        <source>Resuming conversion run %1.</source>
        <translation>Umstellungslauf %1 wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Run %1 is not finished: a bug stopped some hosts. Resume it with “kms-wizard convert --resume %1” (the steps already done are checked, not repeated).</source>
        <translation>Lauf %1 ist nicht abgeschlossen: Ein Fehler hat einige Hosts angehalten. Setzen Sie ihn mit „kms-wizard convert --resume %1“ fort (bereits ausgeführte Schritte werden geprüft, nicht wiederholt).</translation>
    </message>
    <message>
        <source>Debug log: %1</source>
        <translation>Debug-Protokoll: %1</translation>
    </message>
    <message>
        <source>%1: the interrupted MAK activation may still be running; reading the machine again for up to %2 s before sending it again (each activation sent spends one of the MAK&apos;s).</source>
        <translation>%1: Die unterbrochene MAK-Aktivierung läuft möglicherweise noch; der Computer wird bis zu %2 s lang erneut ausgelesen, bevor sie erneut gesendet wird (jede gesendete Aktivierung verbraucht eine der Aktivierungen des MAK).</translation>
    </message>
    <message>
        <source>Putting back what run %1 changed where it left a product unlicensed.</source>
        <translation>Zurücksetzen dessen, was Lauf %1 geändert hat, wo er ein Produkt ohne Lizenz gelassen hat.</translation>
    </message>
    <message numerus="yes">
        <source>Each MAK activation spends one of the MAK&apos;s activations: this plan spends %n activation(s) of “%1”.</source>
        <translation>
            <numerusform>Jede MAK-Aktivierung verbraucht eine der Aktivierungen des MAK: Dieser Plan verbraucht %n Aktivierung von „%1“.</numerusform>
            <numerusform>Jede MAK-Aktivierung verbraucht eine der Aktivierungen des MAK: Dieser Plan verbraucht %n Aktivierungen von „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>--undo puts back a recorded run: leave out the machines, --to and --resume.</source>
        <translation>--undo setzt einen aufgezeichneten Lauf zurück: Lassen Sie die Computer, --to und --resume weg.</translation>
    </message>
    <message>
        <source>Choose the direction with --to kms or --to mak.</source>
        <translation>Wählen Sie die Richtung mit --to kms oder --to mak.</translation>
    </message>
    <message>
        <source>A conversion to MAK needs the keyring label of the MAK: --mak LABEL (and --office-mak EDITION=LABEL for Office).</source>
        <translation>Eine Umstellung auf MAK braucht die Bezeichnung des MAK im Schlüsselbund: --mak BEZEICHNUNG (und --office-mak EDITION=BEZEICHNUNG für Office).</translation>
    </message>
    <message>
        <source>--mak and --office-mak apply only to --to mak.</source>
        <translation>--mak und --office-mak gelten nur für --to mak.</translation>
    </message>
    <message>
        <source>--office-mak takes EDITION=LABEL, e.g. office2021-proplus=office-mak; not “%1”.</source>
        <translation>--office-mak erwartet EDITION=BEZEICHNUNG, z. B. office2021-proplus=office-mak; nicht „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not an Office edition of the catalog.</source>
        <translation>„%1“ ist keine Office-Edition des Katalogs.</translation>
    </message>
    <message>
        <source>--resume continues a recorded run: leave out the machines and --to.</source>
        <translation>--resume setzt einen aufgezeichneten Lauf fort: Lassen Sie die Computer und --to weg.</translation>
    </message>
    <message>
        <source>--from-scan takes the machines from a scan: leave out the other sources.</source>
        <translation>--from-scan übernimmt die Computer aus einer Prüfung: Lassen Sie die anderen Quellen weg.</translation>
    </message>
    <message>
        <source>The journal holds no scan %1.</source>
        <translation>Das Journal enthält keine Prüfung %1.</translation>
    </message>
    <message>
        <source>Scan %1 found no host with anything to convert %2.</source>
        <translation>Prüfung %1 hat keinen Host mit etwas Umzustellendem gefunden %2.</translation>
    </message>
    <message>
        <source>Name the machines: host names, --from-scan ID, --hosts FILE, or --lab-all with --lab.</source>
        <translation>Geben Sie die Computer an: Hostnamen, --from-scan ID, --hosts DATEI oder --lab-all mit --lab.</translation>
    </message>
    <message>
        <source>Hosts converted</source>
        <translation>Umgestellte Hosts</translation>
    </message>
    <message>
        <source>Activation pending</source>
        <translation>Aktivierung ausstehend</translation>
    </message>
    <message>
        <source>Hosts with problems</source>
        <translation>Hosts mit Problemen</translation>
    </message>
    <message>
        <source>Hosts by result</source>
        <translation>Hosts nach Ergebnis</translation>
    </message>
    <message>
        <source>convert</source>
        <translation>umstellen</translation>
    </message>
    <message>
        <source>activate only</source>
        <translation>nur aktivieren</translation>
    </message>
    <message>
        <source>change the KMS host</source>
        <translation>KMS-Host ändern</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <source>left alone</source>
        <translation>unverändert gelassen</translation>
    </message>
    <message>
        <source>cannot be converted</source>
        <translation>nicht umstellbar</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>“%1” is not a directory address. Write ldaps://dc01.example.com or ldap://dc01.example.com:389.</source>
        <translation>„%1“ ist keine Verzeichnisadresse. Schreiben Sie ldaps://dc01.example.com oder ldap://dc01.example.com:389.</translation>
    </message>
    <message>
        <source>“%1” is not a distinguished name. Write the search base like OU=Workstations,DC=example,DC=com.</source>
        <translation>„%1“ ist kein Distinguished Name. Schreiben Sie die Suchbasis wie OU=Workstations,DC=example,DC=com.</translation>
    </message>
    <message>
        <source>The filter “%1” cannot be used: it must be at most %2 printable characters.</source>
        <translation>Der Filter „%1“ kann nicht verwendet werden: Er darf höchstens %2 druckbare Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The directory server %1 could not be reached: %2</source>
        <translation>Der Verzeichnisserver %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The directory server %1 rejected the user name or password.</source>
        <translation>Der Verzeichnisserver %1 hat den Benutzernamen oder das Kennwort abgelehnt.</translation>
    </message>
    <message>
        <source>The directory server %1 refused the account: it is locked out after too many wrong passwords.</source>
        <translation>Der Verzeichnisserver %1 hat das Konto abgelehnt: Es ist nach zu vielen falschen Kennwörtern gesperrt.</translation>
    </message>
    <message>
        <source>The directory server %1 refused the account: it is disabled.</source>
        <translation>Der Verzeichnisserver %1 hat das Konto abgelehnt: Es ist deaktiviert.</translation>
    </message>
    <message>
        <source>The directory server %1 refused the account: it has expired.</source>
        <translation>Der Verzeichnisserver %1 hat das Konto abgelehnt: Es ist abgelaufen.</translation>
    </message>
    <message>
        <source>The directory server %1 refused the account: its password has expired.</source>
        <translation>Der Verzeichnisserver %1 hat das Konto abgelehnt: Sein Kennwort ist abgelaufen.</translation>
    </message>
    <message>
        <source>The directory server %1 refused the account: its password must be changed before it can be used.</source>
        <translation>Der Verzeichnisserver %1 hat das Konto abgelehnt: Sein Kennwort muss geändert werden, bevor es verwendet werden kann.</translation>
    </message>
    <message>
        <source>The directory server %1 refused the account: it may not sign in at this time or from this computer.</source>
        <translation>Der Verzeichnisserver %1 hat das Konto abgelehnt: Es darf sich zu dieser Zeit oder von diesem Computer aus nicht anmelden.</translation>
    </message>
    <message>
        <source>The directory server %1 accepts this bind only over an encrypted or signed connection.</source>
        <translation>Der Verzeichnisserver %1 akzeptiert diese Bindung nur über eine verschlüsselte oder signierte Verbindung.</translation>
    </message>
    <message>
        <source>The directory server %1 closed the connection during the NTLM bind of a DOMAIN\user account: it does not accept NTLM binds (Samba domain controllers never do).</source>
        <translation>Der Verzeichnisserver %1 hat die Verbindung während der NTLM-Bindung eines Kontos DOMÄNE\Benutzer geschlossen: Er akzeptiert keine NTLM-Bindungen (Samba-Domänencontroller tun das nie).</translation>
    </message>
    <message>
        <source>The directory server %1 does not allow anonymous searches.</source>
        <translation>Der Verzeichnisserver %1 erlaubt keine anonymen Suchen.</translation>
    </message>
    <message>
        <source>The search base “%1” belongs to another domain: the directory server refers to %2, which was not contacted.</source>
        <translation>Die Suchbasis „%1“ gehört zu einer anderen Domäne: Der Verzeichnisserver verweist auf %2, der nicht kontaktiert wurde.</translation>
    </message>
    <message>
        <source>The certificate of the directory server %1 is issued to %2, not to %3.</source>
        <translation>Das Zertifikat des Verzeichnisservers %1 ist für %2 ausgestellt, nicht für %3.</translation>
    </message>
    <message>
        <source>The directory server %1 does not speak TLS on port %2: it closed the connection at the start of the TLS handshake.</source>
        <translation>Der Verzeichnisserver %1 spricht auf Port %2 kein TLS: Er hat die Verbindung zu Beginn des TLS-Handshakes geschlossen.</translation>
    </message>
    <message>
        <source>The directory server %1 closed the connection: port %2 expects TLS from the first byte (LDAPS), not plain LDAP.</source>
        <translation>Der Verzeichnisserver %1 hat die Verbindung geschlossen: Port %2 erwartet TLS ab dem ersten Byte (LDAPS), kein unverschlüsseltes LDAP.</translation>
    </message>
    <message>
        <source>The directory has no computer under “%1” with the name “%2” and the operating system “%3”.</source>
        <translation>Das Verzeichnis hat unter „%1“ keinen Computer mit dem Namen „%2“ und dem Betriebssystem „%3“.</translation>
    </message>
    <message>
        <source>The directory has no enabled computer under “%1” with the name “%2” and the operating system “%3”. Disabled computer accounts that match: %4.</source>
        <translation>Das Verzeichnis hat unter „%1“ keinen aktivierten Computer mit dem Namen „%2“ und dem Betriebssystem „%3“. Passende deaktivierte Computerkonten: %4.</translation>
    </message>
    <message>
        <source>Computer %1 is disabled in the directory; it was left out.</source>
        <translation>Der Computer %1 ist im Verzeichnis deaktiviert; er wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The search base “%1” does not exist in the directory.</source>
        <translation>Die Suchbasis „%1“ gibt es im Verzeichnis nicht.</translation>
    </message>
    <message>
        <source>The certificate of the directory server %1 could not be verified: %2.</source>
        <translation>Das Zertifikat des Verzeichnisservers %1 konnte nicht überprüft werden: %2.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Die Zertifizierungsstellen-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The directory server %1 ended the search at one of its limits (%2), so the computers could not all be listed.</source>
        <translation>Der Verzeichnisserver %1 hat die Suche an einer seiner Grenzen (%2) beendet; die Computer konnten nicht alle aufgelistet werden.</translation>
    </message>
    <message>
        <source>Trust the directory&apos;s certification authority on this computer, or give its CA file.</source>
        <translation>Lassen Sie diesen Computer der Zertifizierungsstelle des Verzeichnisses vertrauen, oder geben Sie ihre CA-Datei an.</translation>
    </message>
    <message>
        <source>Give the PEM file of the certification authority that issued the directory server&apos;s certificate.</source>
        <translation>Geben Sie die PEM-Datei der Zertifizierungsstelle an, die das Zertifikat des Verzeichnisservers ausgestellt hat.</translation>
    </message>
    <message>
        <source>Check the user name and its form (DOMAIN\user, user@domain.example or the distinguished name), the password, and that the account is neither locked nor expired.</source>
        <translation>Prüfen Sie den Benutzernamen und seine Form (DOMÄNE\Benutzer, Benutzer@domäne.example oder den Distinguished Name), das Kennwort und ob das Konto gesperrt oder abgelaufen ist.</translation>
    </message>
    <message>
        <source>Narrow the search (an OU as the search base, or a name filter), or ask the directory&apos;s administrators to raise this account&apos;s limits for paged searches.</source>
        <translation>Grenzen Sie die Suche ein (eine OU als Suchbasis oder ein Namensfilter), oder bitten Sie die Administratoren des Verzeichnisses, die Grenzen dieses Kontos für seitenweise Suchen anzuheben.</translation>
    </message>
    <message>
        <source>Wait until the lock-out ends or ask a domain administrator to unlock the account: until then even the right password is refused.</source>
        <translation>Warten Sie, bis die Sperre endet, oder bitten Sie einen Domänenadministrator, das Konto zu entsperren: Bis dahin wird selbst das richtige Kennwort abgelehnt.</translation>
    </message>
    <message>
        <source>Use another account, or ask a domain administrator to enable this one.</source>
        <translation>Verwenden Sie ein anderes Konto, oder bitten Sie einen Domänenadministrator, dieses zu aktivieren.</translation>
    </message>
    <message>
        <source>Use another account, or ask a domain administrator to extend this one&apos;s expiry date.</source>
        <translation>Verwenden Sie ein anderes Konto, oder bitten Sie einen Domänenadministrator, das Ablaufdatum dieses Kontos zu verlängern.</translation>
    </message>
    <message>
        <source>Set a new password for the account (sign in to Windows with it, or ask a domain administrator), then try again.</source>
        <translation>Legen Sie ein neues Kennwort für das Konto fest (melden Sie sich damit bei Windows an oder bitten Sie einen Domänenadministrator darum) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Use another account, or ask a domain administrator to check this one&apos;s logon hours and the computers it may sign in from.</source>
        <translation>Verwenden Sie ein anderes Konto, oder bitten Sie einen Domänenadministrator, die Anmeldezeiten dieses Kontos und die Computer zu prüfen, von denen aus es sich anmelden darf.</translation>
    </message>
    <message>
        <source>Connect with ldaps:// (port 636) or with StartTLS on ldap:// (port 389): the same account then binds over the encrypted connection.</source>
        <translation>Verbinden Sie sich mit ldaps:// (Port 636) oder mit StartTLS auf ldap:// (Port 389): Dasselbe Konto bindet sich dann über die verschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>Connect with ldaps:// or with StartTLS: over an encrypted connection every form of the account (DOMAIN\user, user@domain, distinguished name) binds with its password.</source>
        <translation>Verbinden Sie sich mit ldaps:// oder mit StartTLS: Über eine verschlüsselte Verbindung bindet sich jede Form des Kontos (DOMÄNE\Benutzer, Benutzer@Domäne, Distinguished Name) mit seinem Kennwort.</translation>
    </message>
    <message>
        <source>Give a user of the domain and its password: any domain user may list the computers.</source>
        <translation>Geben Sie einen Benutzer der Domäne und sein Kennwort an: Jeder Domänenbenutzer darf die Computer auflisten.</translation>
    </message>
    <message>
        <source>Point the directory address at a domain controller of that domain (%1), or correct the search base&apos;s DC= parts.</source>
        <translation>Richten Sie die Verzeichnisadresse auf einen Domänencontroller dieser Domäne (%1), oder korrigieren Sie die DC=-Teile der Suchbasis.</translation>
    </message>
    <message>
        <source>Connect with the name the certificate is issued to: %1 (this computer must resolve that name).</source>
        <translation>Verbinden Sie sich mit dem Namen, für den das Zertifikat ausgestellt ist: %1 (dieser Computer muss den Namen auflösen können).</translation>
    </message>
    <message>
        <source>Match the port to the address: ldaps:// is port 636 (3269 for the Global Catalog), ldap:// with or without StartTLS is port 389 (3268).</source>
        <translation>Passen Sie den Port an die Adresse an: ldaps:// verwendet Port 636 (3269 für den globalen Katalog), ldap:// mit oder ohne StartTLS Port 389 (3268).</translation>
    </message>
    <message>
        <source>Check the search base (the domain, such as DC=example,DC=com, or one of its OUs) and the filters: the name filter matches the computer&apos;s name (PC-01), not its DNS name (pc-01.example.com) nor its account name (PC-01$).</source>
        <translation>Prüfen Sie die Suchbasis (die Domäne, etwa DC=example,DC=com, oder eine ihrer OUs) und die Filter: Der Namensfilter vergleicht den Namen des Computers (PC-01), weder seinen DNS-Namen (pc-01.example.com) noch seinen Kontonamen (PC-01$).</translation>
    </message>
    <message>
        <source>Include the disabled computers to list them, or check the search base and the filters.</source>
        <translation>Beziehen Sie die deaktivierten Computer ein, um sie aufzulisten, oder prüfen Sie die Suchbasis und die Filter.</translation>
    </message>
    <message>
        <source>The directory search failed: %1</source>
        <translation>Die Verzeichnissuche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>A simple bind over plain LDAP would send the password in clear to %1. Use ldaps:// or StartTLS. Over plain LDAP only a DOMAIN\user account can bind (NTLM), and Samba domain controllers do not accept it.</source>
        <translation>Eine einfache Bindung über unverschlüsseltes LDAP würde das Kennwort im Klartext an %1 senden. Verwenden Sie ldaps:// oder StartTLS. Über unverschlüsseltes LDAP kann sich nur ein Konto DOMÄNE\Benutzer binden (NTLM), und Samba-Domänencontroller akzeptieren das nicht.</translation>
    </message>
    <message>
        <source>Computer %1 has no DNS host name in the directory; its name %2 is used instead.</source>
        <translation>Der Computer %1 hat im Verzeichnis keinen DNS-Hostnamen; stattdessen wird sein Name %2 verwendet.</translation>
    </message>
    <message>
        <source>Computer %1: “%2” is not a valid host name; the computer was left out.</source>
        <translation>Computer %1: „%2“ ist kein gültiger Hostname; der Computer wurde ausgelassen.</translation>
    </message>
</context>
<context>
    <name>DnsCheck</name>
    <message>
        <source>Zone %1 found (primary server %2, serial %3).</source>
        <translation>Zone %1 gefunden (primärer Server %2, Seriennummer %3).</translation>
    </message>
    <message>
        <source>The domain belongs to this zone; its authoritative servers are asked next.</source>
        <translation>Die Domäne gehört zu dieser Zone; als Nächstes werden ihre autoritativen DNS-Server gefragt.</translation>
    </message>
    <message>
        <source>The domain %1 does not exist (NXDOMAIN).</source>
        <translation>Die Domäne %1 existiert nicht (NXDOMAIN).</translation>
    </message>
    <message>
        <source>KMS clients look for _vlmcs._tcp in their own DNS domain (their primary DNS suffix, or the Active Directory domain); a domain that does not exist cannot hold the record.</source>
        <translation>KMS-Clients suchen _vlmcs._tcp in ihrer eigenen DNS-Domäne (ihrem primären DNS-Suffix oder der Active-Directory-Domäne); eine Domäne, die nicht existiert, kann den Eintrag nicht enthalten.</translation>
    </message>
    <message>
        <source>Check the spelling. Give the DNS domain the clients use: “ipconfig /all” on a client shows it as the primary DNS suffix.</source>
        <translation>Prüfen Sie die Schreibweise. Geben Sie die DNS-Domäne der Clients an: „ipconfig /all“ zeigt sie auf einem Client als primäres DNS-Suffix.</translation>
    </message>
    <message>
        <source>No DNS server answered the question for %1.</source>
        <translation>Kein DNS-Server hat die Anfrage für %1 beantwortet.</translation>
    </message>
    <message>
        <source>Without an answer from a DNS server nothing else can be checked.</source>
        <translation>Ohne Antwort eines DNS-Servers lässt sich nichts weiter prüfen.</translation>
    </message>
    <message>
        <source>Check the DNS server addresses (--nameserver, or this computer&apos;s DNS settings) and that UDP and TCP port %1 are open to them.</source>
        <translation>Prüfen Sie die Adressen der DNS-Server (--nameserver oder die DNS-Einstellungen dieses Computers) und dass UDP- und TCP-Port %1 zu ihnen offen sind.</translation>
    </message>
    <message>
        <source>No zone (SOA record) was found for %1.</source>
        <translation>Für %1 wurde keine Zone (SOA-Eintrag) gefunden.</translation>
    </message>
    <message>
        <source>The servers answered, but none named the zone that holds the domain.</source>
        <translation>Die Server haben geantwortet, aber keiner hat die Zone genannt, die die Domäne enthält.</translation>
    </message>
    <message>
        <source>Check that the DNS servers asked host this domain or forward queries for it.</source>
        <translation>Prüfen Sie, ob die gefragten DNS-Server diese Domäne hosten oder Anfragen dafür weiterleiten.</translation>
    </message>
    <message>
        <source>No name servers (NS records) were found for zone %1.</source>
        <translation>Für die Zone %1 wurden keine Namenserver (NS-Einträge) gefunden.</translation>
    </message>
    <message>
        <source>The zone&apos;s authoritative servers hold the record; without NS records they cannot be found and asked.</source>
        <translation>Die autoritativen DNS-Server der Zone halten den Eintrag; ohne NS-Einträge lassen sie sich weder finden noch fragen.</translation>
    </message>
    <message>
        <source>Give the zone NS records naming its DNS servers (in Active Directory, the domain controllers that run DNS).</source>
        <translation>Legen Sie für die Zone NS-Einträge an, die ihre DNS-Server nennen (in Active Directory die Domänencontroller mit DNS-Dienst).</translation>
    </message>
    <message>
        <source>%1 (%2) answers authoritatively for %3, serial %4.</source>
        <translation>%1 (%2) antwortet autoritativ für %3, Seriennummer %4.</translation>
    </message>
    <message>
        <source>This server holds the zone; it was asked directly, without any cache between.</source>
        <translation>Dieser Server hält die Zone; er wurde direkt gefragt, ohne Cache dazwischen.</translation>
    </message>
    <message>
        <source>The name server %1 has no address (A or AAAA record).</source>
        <translation>Der Namenserver %1 hat keine Adresse (A- oder AAAA-Eintrag).</translation>
    </message>
    <message>
        <source>A name server that cannot be found cannot answer; other DNS servers waste time on it.</source>
        <translation>Ein Namenserver, der sich nicht finden lässt, kann nicht antworten; andere DNS-Server verlieren Zeit mit ihm.</translation>
    </message>
    <message>
        <source>Add the address record of %1, or remove its NS record if it was retired.</source>
        <translation>Legen Sie den Adresseintrag von %1 an oder entfernen Sie seinen NS-Eintrag, falls er außer Betrieb ist.</translation>
    </message>
    <message>
        <source>%1 (%2) did not answer within %3 s.</source>
        <translation>%1 (%2) hat nicht innerhalb von %3 s geantwortet.</translation>
    </message>
    <message>
        <source>%1 (%2) could not be reached: %3.</source>
        <translation>%1 (%2) ist nicht erreichbar: %3.</translation>
    </message>
    <message>
        <source>An authoritative server that does not answer delays the clients&apos; DNS servers, and a record only it holds is lost to them.</source>
        <translation>Ein autoritativer DNS-Server, der nicht antwortet, verzögert die DNS-Server der Clients, und ein Eintrag, den nur er hält, geht ihnen verloren.</translation>
    </message>
    <message>
        <source>Check that the DNS service runs on %1 and that UDP and TCP port %2 are open to it; if the server was retired, remove its NS record.</source>
        <translation>Prüfen Sie, dass der DNS-Dienst auf %1 läuft und UDP- und TCP-Port %2 zu ihm offen sind; wurde der Server außer Betrieb genommen, entfernen Sie seinen NS-Eintrag.</translation>
    </message>
    <message>
        <source>%1 (%2) refused to answer for zone %3.</source>
        <translation>%1 (%2) hat die Antwort für die Zone %3 verweigert.</translation>
    </message>
    <message>
        <source>%1 (%2) answered, but not as an authoritative server for zone %3.</source>
        <translation>%1 (%2) hat geantwortet, aber nicht als autoritativer Server für die Zone %3.</translation>
    </message>
    <message>
        <source>It is listed as a name server of the zone but does not serve it (a lame delegation), or it does not accept queries from this computer.</source>
        <translation>Er ist als Namenserver der Zone eingetragen, bedient sie aber nicht (fehlerhafte Delegierung), oder er nimmt keine Anfragen von diesem Computer an.</translation>
    </message>
    <message>
        <source>Host the zone on that server (secondary zone, or Active Directory replication to it), or remove its NS record.</source>
        <translation>Hosten Sie die Zone auf diesem Server (sekundäre Zone oder Active-Directory-Replikation dorthin) oder entfernen Sie seinen NS-Eintrag.</translation>
    </message>
    <message>
        <source>%1 (%2) could not answer: %3.</source>
        <translation>%1 (%2) konnte nicht antworten: %3.</translation>
    </message>
    <message>
        <source>The server sent an error or a reply that is not a valid DNS answer.</source>
        <translation>Der Server hat einen Fehler oder eine Antwort gesendet, die keine gültige DNS-Antwort ist.</translation>
    </message>
    <message>
        <source>Read the DNS server&apos;s event log (Windows) or its log (BIND), and check that the zone loaded without errors.</source>
        <translation>Lesen Sie das Ereignisprotokoll des DNS-Servers (Windows) bzw. sein Protokoll (BIND) und prüfen Sie, ob die Zone fehlerfrei geladen wurde.</translation>
    </message>
    <message>
        <source>KMS SRV records on %1: %2</source>
        <translation>KMS-SRV-Einträge auf %1: %2</translation>
    </message>
    <message>
        <source>KMS clients that ask this server will find the hosts it names.</source>
        <translation>KMS-Clients, die diesen Server fragen, finden die Hosts, die er nennt.</translation>
    </message>
    <message>
        <source>%1 returns no _vlmcs._tcp SRV record for %2.</source>
        <translation>%1 liefert keinen SRV-Eintrag _vlmcs._tcp für %2.</translation>
    </message>
    <message>
        <source>KMS clients find their host by asking DNS for the SRV record _vlmcs._tcp in their domain. Without it automatic discovery fails with 0x8007232B (DNS name does not exist), unless each client is given a host with slmgr /skms.</source>
        <translation>KMS-Clients finden ihren Host, indem sie DNS nach dem SRV-Eintrag _vlmcs._tcp ihrer Domäne fragen. Ohne ihn schlägt die automatische Erkennung mit 0x8007232B fehl (DNS-Name existiert nicht), es sei denn, jedem Client wird mit slmgr /skms ein Host vorgegeben.</translation>
    </message>
    <message>
        <source>Publish the record: turn DNS publishing on on the KMS host (slmgr /sdns) and allow it dynamic updates, or create the record by hand (DNS Manager, Add-DnsServerResourceRecord or the BIND line shown below), or run kms-wizard dns-publish.</source>
        <translation>Veröffentlichen Sie den Eintrag: Aktivieren Sie die DNS-Veröffentlichung auf dem KMS-Host (slmgr /sdns) und erlauben Sie ihm dynamische Updates, oder legen Sie den Eintrag von Hand an (DNS-Manager, Add-DnsServerResourceRecord oder die BIND-Zeile unten), oder führen Sie kms-wizard dns-publish aus.</translation>
    </message>
    <message>
        <source>%1 says that the service is not available here (SRV target “.”).</source>
        <translation>%1 meldet, dass der Dienst hier nicht verfügbar ist (SRV-Ziel „.“).</translation>
    </message>
    <message>
        <source>An SRV record whose target is “.” tells clients that no KMS host exists in this domain.</source>
        <translation>Ein SRV-Eintrag mit dem Ziel „.“ teilt den Clients mit, dass es in dieser Domäne keinen KMS-Host gibt.</translation>
    </message>
    <message>
        <source>Delete that record and publish the record of your KMS host instead.</source>
        <translation>Löschen Sie diesen Eintrag und veröffentlichen Sie stattdessen den Eintrag Ihres KMS-Hosts.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2.</source>
        <translation>%1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>Clients that use this DNS server wait for it and then try their next one; if it is their only server, KMS discovery fails.</source>
        <translation>Clients, die diesen DNS-Server verwenden, warten auf ihn und versuchen dann den nächsten; ist er ihr einziger Server, schlägt die KMS-Erkennung fehl.</translation>
    </message>
    <message>
        <source>Check the address, that the DNS service runs on it, and that UDP and TCP port %1 are open to it.</source>
        <translation>Prüfen Sie die Adresse, dass dort der DNS-Dienst läuft und dass UDP- und TCP-Port %1 zu ihm offen sind.</translation>
    </message>
    <message>
        <source>%1 refused the query (REFUSED).</source>
        <translation>%1 hat die Anfrage abgelehnt (REFUSED).</translation>
    </message>
    <message>
        <source>This server does not resolve names for this computer: recursion is not allowed for it, or the domain is not hosted or forwarded there.</source>
        <translation>Dieser Server löst für diesen Computer keine Namen auf: Rekursion ist für ihn nicht erlaubt, oder die Domäne wird dort weder gehostet noch weitergeleitet.</translation>
    </message>
    <message>
        <source>Ask the DNS server your clients use, or allow recursion or a forwarder for this domain.</source>
        <translation>Fragen Sie den DNS-Server, den Ihre Clients verwenden, oder erlauben Sie Rekursion oder eine Weiterleitung für diese Domäne.</translation>
    </message>
    <message>
        <source>%1 could not answer the query: %2.</source>
        <translation>%1 konnte die Anfrage nicht beantworten: %2.</translation>
    </message>
    <message>
        <source>%1 sent a reply that is not a valid DNS answer: %2.</source>
        <translation>%1 hat eine Antwort gesendet, die keine gültige DNS-Antwort ist: %2.</translation>
    </message>
    <message>
        <source>Clients that use this DNS server get no usable answer from it.</source>
        <translation>Clients, die diesen DNS-Server verwenden, erhalten von ihm keine brauchbare Antwort.</translation>
    </message>
    <message>
        <source>Check that this address really is a DNS server (and not another service on that port), and read its log.</source>
        <translation>Prüfen Sie, ob diese Adresse wirklich ein DNS-Server ist (und nicht ein anderer Dienst auf diesem Port), und lesen Sie sein Protokoll.</translation>
    </message>
    <message>
        <source>The %1 servers that answered all give the same records.</source>
        <translation>Die %1 Server, die geantwortet haben, liefern alle dieselben Einträge.</translation>
    </message>
    <message>
        <source>Only one server answered; nothing to compare.</source>
        <translation>Nur ein Server hat geantwortet; nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Clients asking different DNS servers get different KMS hosts, or none. Usually zone replication has not reached a server yet (compare the serial numbers under “ns”), or a resolver still holds an old answer until its TTL runs out.</source>
        <translation>Clients, die verschiedene DNS-Server fragen, erhalten verschiedene KMS-Hosts oder keinen. Meist hat die Zonenreplikation einen Server noch nicht erreicht (vergleichen Sie die Seriennummern unter „ns“), oder ein Resolver hält noch eine alte Antwort, bis ihre TTL abläuft.</translation>
    </message>
    <message>
        <source>Wait for replication (Active Directory: repadmin /syncall /AdeP) and check again; otherwise correct the record on the server that differs. A resolver&apos;s cache can be cleared with Clear-DnsServerCache (Windows) or rndc flush (BIND).</source>
        <translation>Warten Sie die Replikation ab (Active Directory: repadmin /syncall /AdeP) und prüfen Sie erneut; andernfalls korrigieren Sie den Eintrag auf dem abweichenden Server. Den Cache eines Resolvers leeren Clear-DnsServerCache (Windows) oder rndc flush (BIND).</translation>
    </message>
    <message>
        <source>%1 returns “%2”, while %3 return “%4”.</source>
        <translation>%1 liefert „%2“, während %3 „%4“ liefern.</translation>
    </message>
    <message>
        <source>%1 returns no record, while %2 return “%3”.</source>
        <translation>%1 liefert keinen Eintrag, während %2 „%3“ liefern.</translation>
    </message>
    <message>
        <source>%1 returns “%2”, while %3 return no record.</source>
        <translation>%1 liefert „%2“, während %3 keinen Eintrag liefern.</translation>
    </message>
    <message>
        <source>%1 resolves to %2.</source>
        <translation>%1 wird zu %2 aufgelöst.</translation>
    </message>
    <message>
        <source>Clients can turn this name into an address.</source>
        <translation>Clients können diesen Namen in eine Adresse auflösen.</translation>
    </message>
    <message>
        <source>%1 is an alias (CNAME) of %2; an SRV target must be the host&apos;s own name.</source>
        <translation>%1 ist ein Alias (CNAME) von %2; das Ziel eines SRV-Eintrags muss der eigene Name des Hosts sein.</translation>
    </message>
    <message>
        <source>The SRV standard (RFC 2782) forbids aliases as targets; some clients do not follow them.</source>
        <translation>Der SRV-Standard (RFC 2782) verbietet Aliase als Ziel; manche Clients folgen ihnen nicht.</translation>
    </message>
    <message>
        <source>Point the SRV record at %1, the name the alias leads to.</source>
        <translation>Lassen Sie den SRV-Eintrag auf %1 zeigen, den Namen, auf den der Alias verweist.</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS (NXDOMAIN).</source>
        <translation>%1 existiert im DNS nicht (NXDOMAIN).</translation>
    </message>
    <message>
        <source>%1 has no address record (A or AAAA).</source>
        <translation>%1 hat keinen Adresseintrag (A oder AAAA).</translation>
    </message>
    <message>
        <source>%1 could not be resolved: %2.</source>
        <translation>%1 konnte nicht aufgelöst werden: %2.</translation>
    </message>
    <message>
        <source>Clients that pick this record cannot connect: its target must resolve to the KMS host&apos;s address.</source>
        <translation>Clients, die diesen Eintrag wählen, können keine Verbindung aufbauen: Sein Ziel muss zur Adresse des KMS-Hosts aufgelöst werden.</translation>
    </message>
    <message>
        <source>Create the address record of %1 (the host registers it itself when its DNS registration is on: ipconfig /registerdns), or correct the SRV record&apos;s target.</source>
        <translation>Legen Sie den Adresseintrag von %1 an (der Host registriert ihn selbst, wenn seine DNS-Registrierung aktiv ist: ipconfig /registerdns), oder korrigieren Sie das Ziel des SRV-Eintrags.</translation>
    </message>
    <message>
        <source>The record sends clients to this name; without an address they cannot connect.</source>
        <translation>Der Eintrag schickt die Clients zu diesem Namen; ohne Adresse können sie keine Verbindung aufbauen.</translation>
    </message>
    <message>
        <source>Register the host&apos;s address: run ipconfig /registerdns on the host, or create its A record in DNS Manager.</source>
        <translation>Registrieren Sie die Adresse des Hosts: Führen Sie ipconfig /registerdns auf dem Host aus oder legen Sie seinen A-Eintrag im DNS-Manager an.</translation>
    </message>
    <message>
        <source>%1 resolves to %2, but the host&apos;s own addresses are %3.</source>
        <translation>%1 wird zu %2 aufgelöst, die Adressen des Hosts sind aber %3.</translation>
    </message>
    <message>
        <source>Clients would connect to an address where the KMS host is not (often a stale record left after the host was renumbered).</source>
        <translation>Clients würden sich mit einer Adresse verbinden, unter der der KMS-Host nicht ist (oft ein veralteter Eintrag nach einer Adressänderung des Hosts).</translation>
    </message>
    <message>
        <source>Correct the A record of %1, or run ipconfig /registerdns on the host and delete the stale address.</source>
        <translation>Korrigieren Sie den A-Eintrag von %1 oder führen Sie ipconfig /registerdns auf dem Host aus und löschen Sie die veraltete Adresse.</translation>
    </message>
    <message>
        <source>%1 is published (priority %2, weight %3, port %4).</source>
        <translation>%1 ist veröffentlicht (Priorität %2, Gewichtung %3, Port %4).</translation>
    </message>
    <message>
        <source>Clients find this host through the SRV record.</source>
        <translation>Clients finden diesen Host über den SRV-Eintrag.</translation>
    </message>
    <message>
        <source>%1 is not published under its own name, but %2 has the same address (%3).</source>
        <translation>%1 ist nicht unter seinem eigenen Namen veröffentlicht, aber %2 hat dieselbe Adresse (%3).</translation>
    </message>
    <message>
        <source>Clients will reach the host, but a record under another name is easily left stale when addresses change.</source>
        <translation>Clients erreichen den Host, aber ein Eintrag unter einem anderen Namen veraltet leicht, wenn sich Adressen ändern.</translation>
    </message>
    <message>
        <source>Publish the record with the host&apos;s own name, %1, as its target.</source>
        <translation>Veröffentlichen Sie den Eintrag mit dem eigenen Namen des Hosts, %1, als Ziel.</translation>
    </message>
    <message>
        <source>%1 is not among the published KMS hosts (%2).</source>
        <translation>%1 ist nicht unter den veröffentlichten KMS-Hosts (%2).</translation>
    </message>
    <message>
        <source>%1 is not published: no server returned a _vlmcs._tcp record.</source>
        <translation>%1 ist nicht veröffentlicht: Kein Server hat einen _vlmcs._tcp-Eintrag geliefert.</translation>
    </message>
    <message>
        <source>Clients find only the hosts named in the SRV records.</source>
        <translation>Clients finden nur die Hosts, die in den SRV-Einträgen genannt sind.</translation>
    </message>
    <message>
        <source>Publish the record of %1 (see below: DNS Manager, PowerShell or BIND), or run kms-wizard dns-publish.</source>
        <translation>Veröffentlichen Sie den Eintrag von %1 (siehe unten: DNS-Manager, PowerShell oder BIND) oder führen Sie kms-wizard dns-publish aus.</translation>
    </message>
    <message>
        <source>This is an Active Directory zone: let %1 publish itself (slmgr /sdns), or create the record on a domain controller (DNS Manager or Add-DnsServerResourceRecord, see below; kms-wizard dns-publish --via-dns-server DC does it over WinRM).</source>
        <translation>Dies ist eine Active Directory-Zone: Lassen Sie %1 sich selbst veröffentlichen (slmgr /sdns), oder legen Sie den Eintrag auf einem Domänencontroller an (DNS-Manager oder Add-DnsServerResourceRecord, siehe unten; kms-wizard dns-publish --via-dns-server DC erledigt das über WinRM).</translation>
    </message>
    <message>
        <source>Whether %1 is published could not be checked: no DNS server answered the question for its _vlmcs._tcp record.</source>
        <translation>Ob %1 veröffentlicht ist, ließ sich nicht prüfen: Kein DNS-Server hat die Frage nach seinem _vlmcs._tcp-Eintrag beantwortet.</translation>
    </message>
    <message>
        <source>Without an answer nothing can be said about the record: it may well exist.</source>
        <translation>Ohne Antwort lässt sich über den Eintrag nichts sagen: Er kann durchaus vorhanden sein.</translation>
    </message>
    <message>
        <source>Make a DNS server answer first (see the findings above), then check again.</source>
        <translation>Sorgen Sie zuerst dafür, dass ein DNS-Server antwortet (siehe die Befunde oben), und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The record for %1 gives port %2, as expected.</source>
        <translation>Der Eintrag für %1 nennt wie erwartet Port %2.</translation>
    </message>
    <message>
        <source>Clients connect to the port the record gives; it is the host&apos;s port.</source>
        <translation>Clients verbinden sich mit dem Port aus dem Eintrag; es ist der Port des Hosts.</translation>
    </message>
    <message>
        <source>The record for %1 gives port %2, but the host listens on port %3.</source>
        <translation>Der Eintrag für %1 nennt Port %2, der Host lauscht aber auf Port %3.</translation>
    </message>
    <message>
        <source>The record for %1 gives port %2, not %3.</source>
        <translation>Der Eintrag für %1 nennt Port %2, nicht %3.</translation>
    </message>
    <message>
        <source>Clients connect to the port in the record. A KMS host listens on 1688 unless its KeyManagementServiceListeningPort says otherwise (slmgr /sprt).</source>
        <translation>Clients verbinden sich mit dem Port aus dem Eintrag. Ein KMS-Host lauscht auf 1688, sofern sein KeyManagementServiceListeningPort nichts anderes angibt (slmgr /sprt).</translation>
    </message>
    <message>
        <source>Make them agree: correct the port in the record to %3, or set the host&apos;s port with slmgr /sprt %2 and open that port in its firewall.</source>
        <translation>Bringen Sie beides in Einklang: Korrigieren Sie den Port im Eintrag auf %3, oder setzen Sie den Port des Hosts mit slmgr /sprt %2 und öffnen Sie diesen Port in seiner Firewall.</translation>
    </message>
    <message>
        <source>No other KMS host is published.</source>
        <translation>Kein anderer KMS-Host ist veröffentlicht.</translation>
    </message>
    <message>
        <source>Every client that finds a record is sent to the expected host.</source>
        <translation>Jeder Client, der einen Eintrag findet, wird zum erwarteten Host geleitet.</translation>
    </message>
    <message>
        <source>Published KMS hosts: %1.</source>
        <translation>Veröffentlichte KMS-Hosts: %1.</translation>
    </message>
    <message>
        <source>Clients pick among these hosts (by priority, then weight). Give --host to check one of them in detail.</source>
        <translation>Clients wählen unter diesen Hosts (nach Priorität, dann Gewichtung). Geben Sie --host an, um einen davon genau zu prüfen.</translation>
    </message>
    <message>
        <source>%1 is also published as a KMS host (priority %2, weight %3, port %4).</source>
        <translation>%1 ist ebenfalls als KMS-Host veröffentlicht (Priorität %2, Gewichtung %3, Port %4).</translation>
    </message>
    <message>
        <source>%1 is also published as a KMS host, but it does not resolve or does not answer on port %2: probably a stale record.</source>
        <translation>%1 ist ebenfalls als KMS-Host veröffentlicht, lässt sich aber nicht auflösen oder antwortet nicht auf Port %2: vermutlich ein veralteter Eintrag.</translation>
    </message>
    <message>
        <source>Clients pick among all published hosts. Several KMS hosts are fine when you run them on purpose; a retired or foreign host makes some clients fail or activate elsewhere.</source>
        <translation>Clients wählen unter allen veröffentlichten Hosts. Mehrere KMS-Hosts sind in Ordnung, wenn sie gewollt sind; ein stillgelegter oder fremder Host lässt manche Clients scheitern oder anderswo aktivieren.</translation>
    </message>
    <message>
        <source>If %1 is not one of your KMS hosts, delete its record (kms-wizard dns-publish --delete --host %1, or in DNS Manager) and turn off its DNS publishing (slmgr /cdns on it).</source>
        <translation>Ist %1 keiner Ihrer KMS-Hosts, löschen Sie seinen Eintrag (kms-wizard dns-publish --delete --host %1 oder im DNS-Manager) und deaktivieren Sie seine DNS-Veröffentlichung (slmgr /cdns auf diesem Rechner).</translation>
    </message>
    <message>
        <source>If %1 is not one of your KMS hosts, delete its record on a domain controller (DNS Manager, Remove-DnsServerResourceRecord, or kms-wizard dns-publish --delete --host %1 --via-dns-server DC) and turn off its DNS publishing (slmgr /cdns on it).</source>
        <translation>Wenn %1 keiner Ihrer KMS-Hosts ist, löschen Sie seinen Eintrag auf einem Domänencontroller (DNS-Manager, Remove-DnsServerResourceRecord oder kms-wizard dns-publish --delete --host %1 --via-dns-server DC) und schalten Sie seine DNS-Veröffentlichung ab (slmgr /cdns auf diesem Host).</translation>
    </message>
    <message>
        <source>%1 (%2) accepts connections on port %3.</source>
        <translation>%1 (%2) nimmt Verbindungen auf Port %3 an.</translation>
    </message>
    <message>
        <source>%1 (%2) refused the connection on port %3.</source>
        <translation>%1 (%2) hat die Verbindung auf Port %3 abgelehnt.</translation>
    </message>
    <message>
        <source>%1 (%2) did not accept a connection on port %3 within %4 s.</source>
        <translation>%1 (%2) hat innerhalb von %4 s keine Verbindung auf Port %3 angenommen.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be reached on port %3: %4.</source>
        <translation>%1 (%2) ist auf Port %3 nicht erreichbar: %4.</translation>
    </message>
    <message>
        <source>%1 (%2) was not tested on port %3: the time budget was used up.</source>
        <translation>%1 (%2) wurde auf Port %3 nicht getestet: Das Zeitbudget war aufgebraucht.</translation>
    </message>
    <message>
        <source>Clients connect to the KMS host over TCP on this port. If it is closed, activation fails with 0xC004F074 (no KMS host could be contacted).</source>
        <translation>Clients verbinden sich per TCP auf diesem Port mit dem KMS-Host. Ist er geschlossen, schlägt die Aktivierung mit 0xC004F074 fehl (kein KMS-Host erreichbar).</translation>
    </message>
    <message>
        <source>On %1, check that the Software Protection service runs and listens on port %2, and that the firewall allows it (for clients in the domain, on any subnet: Enable-NetFirewallRule -Name SPPSVC-In-TCP-NoScope); test from a client with Test-NetConnection %1 -Port %2.</source>
        <translation>Prüfen Sie auf %1, ob der Dienst „Softwareschutz“ (sppsvc) läuft und auf Port %2 lauscht und ob die Firewall ihn zulässt (für Clients der Domäne in jedem Subnetz: Enable-NetFirewallRule -Name SPPSVC-In-TCP-NoScope); testen Sie von einem Client mit Test-NetConnection %1 -Port %2.</translation>
    </message>
</context>
<context>
    <name>DnsCheckCommand</name>
    <message>
        <source>Checking %1 (time budget %2 s).</source>
        <translation>Prüfe %1 (Zeitbudget %2 s).</translation>
    </message>
    <message>
        <source>Checking %1 for the KMS host %2, port %3 (time budget %4 s).</source>
        <translation>Prüfe %1 für den KMS-Host %2, Port %3 (Zeitbudget %4 s).</translation>
    </message>
    <message>
        <source>Result: %1 OK, %2 warning(s), %3 error(s), in %4 s.</source>
        <translation>Ergebnis: %1 OK, %2 Warnung(en), %3 Fehler, in %4 s.</translation>
    </message>
</context>
<context>
    <name>DnsInput</name>
    <message>
        <source>%1 is empty: give a DNS name such as example.com.</source>
        <translation>%1 ist leer: Geben Sie einen DNS-Namen an, etwa example.com.</translation>
    </message>
    <message>
        <source>“%1” contains %2, which a DNS name cannot hold. Use letters, digits and hyphens, with dots between the labels.</source>
        <translation>„%1“ enthält %2, was in einem DNS-Namen nicht vorkommen darf. Verwenden Sie Buchstaben, Ziffern und Bindestriche, mit Punkten zwischen den Labels.</translation>
    </message>
    <message>
        <source>“%1” contains a space; DNS names cannot contain spaces.</source>
        <translation>„%1“ enthält ein Leerzeichen; DNS-Namen dürfen keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The label “%1” has %2 characters; a DNS label has at most 63.</source>
        <translation>Das Label „%1“ hat %2 Zeichen; ein DNS-Label hat höchstens 63.</translation>
    </message>
    <message>
        <source>“%1” has %2 characters; a DNS name has at most 253.</source>
        <translation>„%1“ hat %2 Zeichen; ein DNS-Name hat höchstens 253.</translation>
    </message>
    <message>
        <source>“%1” has an empty label (two dots in a row, or a leading dot).</source>
        <translation>„%1“ enthält ein leeres Label (zwei Punkte hintereinander oder ein Punkt am Anfang).</translation>
    </message>
    <message>
        <source>The label “%1” starts or ends with a hyphen, which DNS names do not allow.</source>
        <translation>Das Label „%1“ beginnt oder endet mit einem Bindestrich, was DNS-Namen nicht erlauben.</translation>
    </message>
    <message>
        <source>“%1” ends with a number: give a host or domain name, not an IP address.</source>
        <translation>„%1“ endet mit einer Zahl: Geben Sie einen Host- oder Domänennamen an, keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Give the fully qualified name of the KMS host (such as kms01.example.com), not “%1”.</source>
        <translation>Geben Sie den vollqualifizierten Namen (FQDN) des KMS-Hosts an (etwa kms01.example.com), nicht „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a valid internationalised domain name.</source>
        <translation>„%1“ ist kein gültiger internationalisierter Domänenname.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not “%4”.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <source>“%1” is not a DNS server address: give an IP address, optionally followed by :PORT (an IPv6 address in brackets, such as [2001:db8::53]:53).</source>
        <translation>„%1“ ist keine DNS-Serveradresse: Geben Sie eine IP-Adresse an, optional gefolgt von :PORT (eine IPv6-Adresse in eckigen Klammern, etwa [2001:db8::53]:53).</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 or IPv6 address.</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>%1 must be a number of seconds from 0.1 to 60, not “%2”.</source>
        <translation>%1 muss eine Anzahl Sekunden von 0.1 bis 60 sein, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>DnsOutput</name>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>What each server answered (as nslookup -type=srv would show it):</source>
        <translation>Was jeder Server geantwortet hat (wie nslookup -type=srv es zeigen würde):</translation>
    </message>
    <message>
        <source>Server: %1 (%2), %3 ms</source>
        <translation>Server: %1 (%2), %3 ms</translation>
    </message>
    <message>
        <source>resolver</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>authoritative</source>
        <translation>autoritativ</translation>
    </message>
    <message>
        <source>%1	SRV service location:</source>
        <translation>%1	SRV-Dienstort:</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>svr hostname</source>
        <translation>Server-Hostname</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>To publish the record by hand:</source>
        <translation>So veröffentlichen Sie den Eintrag von Hand:</translation>
    </message>
    <message>
        <source>DNS Manager, zone %1 → Other New Records → Service Location (SRV):</source>
        <translation>DNS-Manager, Zone %1 → Weitere neue Einträge → Dienstidentifizierung (SRV):</translation>
    </message>
    <message>
        <source>PowerShell on the Windows DNS server:</source>
        <translation>PowerShell auf dem Windows-DNS-Server:</translation>
    </message>
    <message>
        <source>BIND, in the zone file of %1:</source>
        <translation>BIND, in der Zonendatei von %1:</translation>
    </message>
    <message>
        <source>Active Directory zone: from this computer, on the domain controller&apos;s DNS server over WinRM (read back afterwards):</source>
        <translation>Active Directory-Zone: von diesem Computer aus auf dem DNS-Server des Domänencontrollers über WinRM (danach zurückgelesen):</translation>
    </message>
    <message>
        <source>Or let the KMS host publish itself in this domain too (registry value DnsDomainPublishList, REG_MULTI_SZ, one line “domain, priority, weight” per domain):</source>
        <translation>Oder lassen Sie den KMS-Host sich auch in dieser Domäne veröffentlichen (Registrierungswert DnsDomainPublishList, REG_MULTI_SZ, eine Zeile „Domäne, Priorität, Gewichtung“ pro Domäne):</translation>
    </message>
</context>
<context>
    <name>DnsPage</name>
    <message>
        <source>Let %1 publish its SRV record in: %2? Its licensing service restarts to publish at once.</source>
        <translation>Soll %1 seinen SRV-Eintrag veröffentlichen in: %2? Sein Lizenzierungsdienst wird neu gestartet, damit er sofort veröffentlicht.</translation>
    </message>
    <message>
        <source>Turn DNS publishing off on %1? Records it published before stay in DNS.</source>
        <translation>Die DNS-Veröffentlichung auf %1 ausschalten? Bereits veröffentlichte Einträge bleiben im DNS.</translation>
    </message>
    <message>
        <source>Applying the publishing settings…</source>
        <translation>Veröffentlichungseinstellungen werden übernommen …</translation>
    </message>
    <message>
        <source>Asking the DNS servers…</source>
        <translation>DNS-Server werden abgefragt …</translation>
    </message>
    <message>
        <source>Publish the SRV record of %1 (port %2) on the DNS server %3 for: %4?</source>
        <translation>Den SRV-Eintrag von %1 (Port %2) auf dem DNS-Server %3 veröffentlichen für: %4?</translation>
    </message>
    <message>
        <source>Sending the dynamic update…</source>
        <translation>Dynamische Aktualisierung wird gesendet …</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>Not verified yet: press Verify to ask the DNS servers.</source>
        <translation>Noch nicht geprüft: Klicken Sie auf Prüfen, um die DNS-Server abzufragen.</translation>
    </message>
    <message>
        <source>Clients find this host in every domain listed.</source>
        <translation>Clients finden diesen Host in jeder aufgeführten Domäne.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: clients may not find this host.</source>
        <translation>
            <numerusform>%n Problem gefunden: Clients finden diesen Host möglicherweise nicht.</numerusform>
            <numerusform>%n Probleme gefunden: Clients finden diesen Host möglicherweise nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The host&apos;s own domain. When other domains are listed it is written into the list too, with this priority and weight: a KMS host given a list publishes only in the domains listed.</source>
        <translation>Die eigene Domäne des Hosts. Sobald weitere Domänen aufgeführt sind, wird sie mit dieser Priorität und Gewichtung ebenfalls in die Liste geschrieben: Ein KMS-Host mit einer Liste veröffentlicht nur in den aufgeführten Domänen.</translation>
    </message>
    <message>
        <source>This connection cannot reach another machine: connect to the KMS host over WinRM (or use the lab) to work on a domain controller.</source>
        <translation>Über diese Verbindung ist kein anderer Computer erreichbar: Verbinden Sie sich per WinRM mit dem KMS-Host (oder nutzen Sie das Labor), um auf einem Domänencontroller zu arbeiten.</translation>
    </message>
    <message>
        <source>Publish the SRV record of %1 (port %2) on the DNS server of the domain controller %3, with Add-DnsServerResourceRecord, for: %4?</source>
        <translation>Den SRV-Eintrag von %1 (Port %2) auf dem DNS-Server des Domänencontrollers %3 mit Add-DnsServerResourceRecord veröffentlichen, für: %4?</translation>
    </message>
    <message>
        <source>Publishing on the domain controller…</source>
        <translation>Veröffentlichung auf dem Domänencontroller…</translation>
    </message>
    <message>
        <source>Reading the domain controller&apos;s DNS…</source>
        <translation>DNS des Domänencontrollers wird gelesen…</translation>
    </message>
    <message>
        <source>Domain %1: create this SRV record.</source>
        <translation>Domäne %1: Legen Sie diesen SRV-Eintrag an.</translation>
    </message>
    <message>
        <source>DNS Manager (New Other Records → Service Location (SRV)):</source>
        <translation>DNS-Manager (Weitere neue Einträge → Dienstidentifizierung (SRV)):</translation>
    </message>
    <message>
        <source>PowerShell on the Windows DNS server:</source>
        <translation>PowerShell auf dem Windows-DNS-Server:</translation>
    </message>
    <message>
        <source>BIND zone file:</source>
        <translation>BIND-Zonendatei:</translation>
    </message>
    <message>
        <source>TSIG key file</source>
        <translation>TSIG-Schlüsseldatei</translation>
    </message>
    <message>
        <source>Domains to check</source>
        <translation>Zu prüfende Domänen</translation>
    </message>
    <message>
        <source>Clients find their KMS host through the _vlmcs._tcp SRV record.</source>
        <translation>Clients finden ihren KMS-Host über den SRV-Eintrag _vlmcs._tcp.</translation>
    </message>
    <message>
        <source>A KMS host publishes its SRV record in its own DNS domain by itself, if the zone accepts its dynamic updates. Add the other domains whose clients it serves; with several hosts, the priority (lower first) and the weight (larger gets more clients) share the clients out. Once other domains are listed, the host publishes only in the listed ones: its own domain stays in the list.</source>
        <translation>Ein KMS-Host veröffentlicht seinen SRV-Eintrag selbst in seiner eigenen DNS-Domäne, wenn die Zone seine dynamischen Aktualisierungen annimmt. Fügen Sie die weiteren Domänen hinzu, deren Clients er bedient; bei mehreren Hosts verteilen Priorität (niedrigere zuerst) und Gewichtung (höhere erhält mehr Clients) die Clients. Sobald weitere Domänen aufgeführt sind, veröffentlicht der Host nur noch in den aufgeführten: Seine eigene Domäne bleibt deshalb in der Liste.</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>The host publishes its SRV record (recommended)</source>
        <translation>Der Host veröffentlicht seinen SRV-Eintrag (empfohlen)</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Add a domain</source>
        <translation>Domäne hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Übernehmen …</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Create the record by hand</source>
        <translation>Eintrag von Hand anlegen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Publish by dynamic update (RFC 2136)</source>
        <translation>Per dynamischer Aktualisierung veröffentlichen (RFC 2136)</translation>
    </message>
    <message>
        <source>For DNS servers that accept signed updates (BIND): the wizard sends the record itself, signed with the zone&apos;s TSIG key, then asks the server again.</source>
        <translation>Für DNS-Server, die signierte Aktualisierungen annehmen (BIND): Der Assistent sendet den Eintrag selbst, signiert mit dem TSIG-Schlüssel der Zone, und fragt den Server danach erneut ab.</translation>
    </message>
    <message>
        <source>DNS server:</source>
        <translation>DNS-Server:</translation>
    </message>
    <message>
        <source>TSIG key file:</source>
        <translation>TSIG-Schlüsseldatei:</translation>
    </message>
    <message>
        <source>IP address, optionally :port</source>
        <translation>IP-Adresse, optional :Port</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Publish by dynamic update…</source>
        <translation>Per dynamischer Aktualisierung veröffentlichen …</translation>
    </message>
    <message>
        <source>My zone is Active Directory–integrated</source>
        <translation>Meine Zone ist in Active Directory integriert</translation>
    </message>
    <message>
        <source>Active Directory zones accept only Kerberos-signed updates: no key file works there. Name a domain controller that runs DNS; the wizard reads what its DNS server holds and, once you confirm, creates the record with the server&apos;s own Add-DnsServerResourceRecord over WinRM (same account as the KMS host), then reads it back.</source>
        <translation>Active Directory-Zonen nehmen nur mit Kerberos signierte Updates an: Keine Schlüsseldatei funktioniert dort. Nennen Sie einen Domänencontroller mit DNS-Server; der Assistent liest, was dessen DNS-Server enthält, legt nach Ihrer Bestätigung den Eintrag mit dem servereigenen Add-DnsServerResourceRecord über WinRM an (dasselbe Konto wie für den KMS-Host) und liest ihn zurück.</translation>
    </message>
    <message>
        <source>Domain controller:</source>
        <translation>Domänencontroller:</translation>
    </message>
    <message>
        <source>its name, e.g. dc01.example.com</source>
        <translation>sein Name, z. B. dc01.example.com</translation>
    </message>
    <message>
        <source>Read the record</source>
        <translation>Eintrag lesen</translation>
    </message>
    <message>
        <source>Publish on the domain controller…</source>
        <translation>Auf dem Domänencontroller veröffentlichen…</translation>
    </message>
    <message>
        <source>%1 (priority %2, weight %3)</source>
        <translation>%1 (Priorität %2, Gewichtung %3)</translation>
    </message>
    <message>
        <source>Zone %1 on %2 holds: %3</source>
        <translation>Die Zone %1 auf %2 enthält: %3</translation>
    </message>
    <message>
        <source>no _vlmcs._tcp record for this domain</source>
        <translation>keinen _vlmcs._tcp-Eintrag für diese Domäne</translation>
    </message>
</context>
<context>
    <name>DnsPublish</name>
    <message>
        <source>%1 accepted the update of zone %2.</source>
        <translation>%1 hat das Update der Zone %2 angenommen.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>%1 refused the update of zone %2. Either the zone does not accept dynamic updates from this computer or this key, or it is an Active Directory–integrated zone that accepts only secure updates signed with Kerberos (GSS-TSIG), which this tool does not send.</source>
        <translation>%1 hat das Update der Zone %2 abgelehnt. Entweder nimmt die Zone keine dynamischen Updates von diesem Computer oder mit diesem Schlüssel an, oder es ist eine Active-Directory-integrierte Zone, die nur sichere, mit Kerberos signierte Updates (GSS-TSIG) annimmt, die dieses Werkzeug nicht sendet.</translation>
    </message>
    <message>
        <source>On Active Directory DNS, let the KMS host publish its own record (DNS publishing on: slmgr /sdns), or create the record on the DNS server with Add-DnsServerResourceRecord (the command is shown below). On BIND, allow the key in the zone&apos;s allow-update or update-policy statement.</source>
        <translation>Bei Active-Directory-DNS lassen Sie den KMS-Host seinen Eintrag selbst veröffentlichen (DNS-Veröffentlichung an: slmgr /sdns), oder legen Sie den Eintrag auf dem DNS-Server mit Add-DnsServerResourceRecord an (Befehl siehe unten). Bei BIND erlauben Sie den Schlüssel in der allow-update- oder update-policy-Anweisung der Zone.</translation>
    </message>
    <message>
        <source>%1 is not authoritative for zone %2, or it did not accept the update&apos;s signature (NOTAUTH).</source>
        <translation>%1 ist für die Zone %2 nicht autoritativ oder hat die Signatur des Updates nicht angenommen (NOTAUTH).</translation>
    </message>
    <message>
        <source>Send the update to the zone&apos;s primary server (named in its SOA record), and check that the key is the one that server knows.</source>
        <translation>Senden Sie das Update an den primären Server der Zone (im SOA-Eintrag genannt) und prüfen Sie, ob der Schlüssel der ist, den dieser Server kennt.</translation>
    </message>
    <message>
        <source>%1 does not know the key “%3” (BADKEY).</source>
        <translation>%1 kennt den Schlüssel „%3“ nicht (BADKEY).</translation>
    </message>
    <message>
        <source>Use the key configured on the server: the same name and algorithm as in its named.conf (the file tsig-keygen produced).</source>
        <translation>Verwenden Sie den auf dem Server eingerichteten Schlüssel: denselben Namen und Algorithmus wie in seiner named.conf (die Datei, die tsig-keygen erzeugt hat).</translation>
    </message>
    <message>
        <source>%1 knows the key “%3” but the signature does not match (BADSIG): the secret or the algorithm differs from the server&apos;s.</source>
        <translation>%1 kennt den Schlüssel „%3“, aber die Signatur passt nicht (BADSIG): Geheimnis oder Algorithmus weichen von denen des Servers ab.</translation>
    </message>
    <message>
        <source>Copy the key file from the DNS server again; the secret must match.</source>
        <translation>Kopieren Sie die Schlüsseldatei erneut vom DNS-Server; das Geheimnis muss übereinstimmen.</translation>
    </message>
    <message>
        <source>%1 rejected the signature&apos;s time (BADTIME): the clocks differ by more than five minutes.</source>
        <translation>%1 hat den Zeitstempel der Signatur abgelehnt (BADTIME): Die Uhren weichen um mehr als fünf Minuten ab.</translation>
    </message>
    <message>
        <source>Synchronise the clocks of both computers (NTP).</source>
        <translation>Synchronisieren Sie die Uhren beider Computer (NTP).</translation>
    </message>
    <message>
        <source>A name in the update lies outside zone %2 (NOTZONE).</source>
        <translation>Ein Name im Update liegt außerhalb der Zone %2 (NOTZONE).</translation>
    </message>
    <message>
        <source>Publish only names inside the zone; a host in another zone needs its address published there.</source>
        <translation>Veröffentlichen Sie nur Namen innerhalb der Zone; für einen Host einer anderen Zone muss die Adresse dort veröffentlicht werden.</translation>
    </message>
    <message>
        <source>%1 did not apply the update: its condition did not hold (%4).</source>
        <translation>%1 hat das Update nicht angewendet: Seine Bedingung war nicht erfüllt (%4).</translation>
    </message>
    <message>
        <source>The record changed meanwhile; run the command again.</source>
        <translation>Der Eintrag hat sich inzwischen geändert; führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>%1 failed to apply the update (SERVFAIL).</source>
        <translation>%1 konnte das Update nicht anwenden (SERVFAIL).</translation>
    </message>
    <message>
        <source>Read the DNS server&apos;s log: a zone file or journal that cannot be written, or a frozen zone (rndc thaw), are common causes.</source>
        <translation>Lesen Sie das Protokoll des DNS-Servers: Eine nicht beschreibbare Zonendatei oder ein nicht beschreibbares Journal oder eine eingefrorene Zone (rndc thaw) sind häufige Ursachen.</translation>
    </message>
    <message>
        <source>%1 rejected the update (%4).</source>
        <translation>%1 hat das Update zurückgewiesen (%4).</translation>
    </message>
    <message>
        <source>Read the DNS server&apos;s log for the reason.</source>
        <translation>Den Grund finden Sie im Protokoll des DNS-Servers.</translation>
    </message>
    <message>
        <source>%1 did not answer the update in time.</source>
        <translation>%1 hat auf das Update nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Check the address and that TCP port %1 is open to the server; updates are sent over TCP.</source>
        <translation>Prüfen Sie die Adresse und dass TCP-Port %1 zum Server offen ist; Updates werden über TCP gesendet.</translation>
    </message>
    <message>
        <source>%1 could not be reached (%4).</source>
        <translation>%1 ist nicht erreichbar (%4).</translation>
    </message>
    <message>
        <source>The reply of %1 is not a valid DNS answer (%4).</source>
        <translation>Die Antwort von %1 ist keine gültige DNS-Antwort (%4).</translation>
    </message>
    <message>
        <source>Check that this address is a DNS server and read its log.</source>
        <translation>Prüfen Sie, ob diese Adresse ein DNS-Server ist, und lesen Sie sein Protokoll.</translation>
    </message>
    <message>
        <source>Published and verified: %1 now answers “%2 SRV %3”.</source>
        <translation>Veröffentlicht und geprüft: %1 antwortet jetzt „%2 SRV %3“.</translation>
    </message>
    <message>
        <source>Deleted and verified: %1 no longer names %2 in %3.</source>
        <translation>Gelöscht und geprüft: %1 nennt %2 nicht mehr in %3.</translation>
    </message>
    <message>
        <source>%1 holds no _vlmcs._tcp record for %2; nothing was sent.</source>
        <translation>%1 enthält keinen _vlmcs._tcp-Eintrag für %2; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 accepted the update, but asked again it does not answer as expected: %2.</source>
        <translation>%1 hat das Update angenommen, antwortet auf erneute Anfrage aber nicht wie erwartet: %2.</translation>
    </message>
    <message>
        <source>Another process may have changed the record at the same moment (a KMS host publishing itself, or replication). Run kms-wizard dns-check to see what each server holds.</source>
        <translation>Möglicherweise hat ein anderer Vorgang den Eintrag gleichzeitig geändert (ein KMS-Host, der sich selbst veröffentlicht, oder die Replikation). Führen Sie kms-wizard dns-check aus, um zu sehen, was jeder Server enthält.</translation>
    </message>
    <message>
        <source>%1 does not serve the domain %2 (%3), so it cannot update it.</source>
        <translation>%1 bedient die Domäne %2 nicht (%3) und kann sie daher nicht aktualisieren.</translation>
    </message>
    <message>
        <source>%1 did not answer (%2), so nothing was sent to it.</source>
        <translation>%1 hat nicht geantwortet (%2), daher wurde nichts an ihn gesendet.</translation>
    </message>
    <message>
        <source>Check the address and that UDP and TCP port %1 are open to the server, then try again.</source>
        <translation>Prüfen Sie die Adresse und dass UDP- und TCP-Port %1 zum Server offen sind, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 serves %2 as an Active Directory–integrated zone (its domain controllers are registered there: %3) and answered the update with %4. Such a zone accepts only secure updates signed with Kerberos (GSS-TSIG): no TSIG key file can work there.</source>
        <translation>%1 bedient %2 als Active Directory-integrierte Zone (ihre Domänencontroller sind dort eingetragen: %3) und hat das Update mit %4 beantwortet. Eine solche Zone nimmt nur sichere, mit Kerberos (GSS-TSIG) signierte Updates an: Keine TSIG-Schlüsseldatei kann dort funktionieren.</translation>
    </message>
    <message>
        <source>Let the KMS host publish its own record (DNS publishing on: slmgr /sdns; its computer account must be allowed to update the record), or create the record on the domain controller %1: with Add-DnsServerResourceRecord (shown below), or through kms-wizard dns-publish --via-dns-server %1, which runs it there over WinRM.</source>
        <translation>Lassen Sie den KMS-Host seinen Eintrag selbst veröffentlichen (DNS-Veröffentlichung an: slmgr /sdns; sein Computerkonto muss den Eintrag aktualisieren dürfen), oder legen Sie den Eintrag auf dem Domänencontroller %1 an: mit Add-DnsServerResourceRecord (siehe unten) oder mit kms-wizard dns-publish --via-dns-server %1, das ihn dort über WinRM ausführt.</translation>
    </message>
    <message>
        <source>Give the address of the zone&apos;s primary DNS server with --nameserver (for Active Directory, a domain controller that runs DNS).</source>
        <translation>Geben Sie mit --nameserver die Adresse des primären DNS-Servers der Zone an (bei Active Directory einen Domänencontroller mit DNS-Dienst).</translation>
    </message>
    <message>
        <source>The host %1 is not in zone %2, so its address cannot be published there; nothing was sent.</source>
        <translation>Der Host %1 liegt nicht in der Zone %2, daher kann seine Adresse dort nicht veröffentlicht werden; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Leave out --address and publish the host&apos;s address in its own zone, or give a host inside zone %2.</source>
        <translation>Lassen Sie --address weg und veröffentlichen Sie die Adresse des Hosts in seiner eigenen Zone, oder geben Sie einen Host in der Zone %2 an.</translation>
    </message>
</context>
<context>
    <name>DnsPublishCommand</name>
    <message>
        <source>Zone %1 on %2.</source>
        <translation>Zone %1 auf %2.</translation>
    </message>
    <message>
        <source>Sent (signed with the key “%1”):</source>
        <translation>Gesendet (signiert mit dem Schlüssel „%1“):</translation>
    </message>
    <message>
        <source>Sent (unsigned):</source>
        <translation>Gesendet (unsigniert):</translation>
    </message>
    <message>
        <source>The server now answers:</source>
        <translation>Der Server antwortet jetzt:</translation>
    </message>
    <message>
        <source>Before the update the server answered:</source>
        <translation>Vor dem Update hat der Server geantwortet:</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>--address cannot be used with --delete: deleting the record leaves the host&apos;s address alone.</source>
        <translation>--address kann nicht mit --delete verwendet werden: Das Löschen des Eintrags lässt die Adresse des Hosts unverändert.</translation>
    </message>
    <message>
        <source>--replace and --delete cannot be used together.</source>
        <translation>--replace und --delete können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>Give either --nameserver (a DNS server that takes signed dynamic updates) or --via-dns-server (a Windows DNS server reached over WinRM), not both and not neither.</source>
        <translation>Geben Sie entweder --nameserver (ein DNS-Server, der signierte dynamische Updates annimmt) oder --via-dns-server (ein per WinRM erreichter Windows-DNS-Server) an: genau eines von beiden.</translation>
    </message>
    <message>
        <source>%1 is for dynamic updates: leave it out with --via-dns-server (the DNS server&apos;s own cmdlets need no key and do not set the host&apos;s address).</source>
        <translation>%1 gilt für dynamische Updates: Lassen Sie es mit --via-dns-server weg (die Cmdlets des DNS-Servers brauchen keinen Schlüssel und setzen nicht die Adresse des Hosts).</translation>
    </message>
    <message>
        <source>Zone %1 on the DNS server %2 (Active Directory–integrated: %3; dynamic updates: %4).</source>
        <translation>Zone %1 auf dem DNS-Server %2 (in Active Directory integriert: %3; dynamische Updates: %4).</translation>
    </message>
    <message>
        <source>It held before:</source>
        <translation>Vorher enthielt sie:</translation>
    </message>
    <message>
        <source>It holds now:</source>
        <translation>Jetzt enthält sie:</translation>
    </message>
    <message>
        <source>no _vlmcs._tcp record</source>
        <translation>keinen _vlmcs._tcp-Eintrag</translation>
    </message>
    <message>
        <source>%1 (created by %2)</source>
        <translation>%1 (angelegt von %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>--read reads a Windows DNS server: give it with --via-dns-server.</source>
        <translation>--read liest einen Windows-DNS-Server: Geben Sie ihn mit --via-dns-server an.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>DnsQueryStatus</name>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>no record of this type</source>
        <translation>kein Eintrag dieses Typs</translation>
    </message>
    <message>
        <source>no such name (NXDOMAIN)</source>
        <translation>Name existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <source>refused (REFUSED)</source>
        <translation>abgelehnt (REFUSED)</translation>
    </message>
    <message>
        <source>server failure (SERVFAIL)</source>
        <translation>Serverfehler (SERVFAIL)</translation>
    </message>
    <message>
        <source>error code from the server</source>
        <translation>Fehlercode des Servers</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort innerhalb der Frist</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>invalid reply</source>
        <translation>ungültige Antwort</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
</context>
<context>
    <name>DnsRemedy</name>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Port number</source>
        <translation>Portnummer</translation>
    </message>
    <message>
        <source>Host offering this service</source>
        <translation>Host, der diesen Dienst anbietet</translation>
    </message>
</context>
<context>
    <name>DnsServerPublish</name>
    <message>
        <source>Zone %2 on the DNS server %1 holds for %3: %4.</source>
        <translation>Die Zone %2 auf dem DNS-Server %1 enthält für %3: %4.</translation>
    </message>
    <message>
        <source>no _vlmcs._tcp record</source>
        <translation>keinen _vlmcs._tcp-Eintrag</translation>
    </message>
    <message>
        <source>Published and verified on the DNS server %1: zone %2 now holds “%3 SRV %4”.</source>
        <translation>Veröffentlicht und geprüft auf dem DNS-Server %1: Die Zone %2 enthält jetzt „%3 SRV %4“.</translation>
    </message>
    <message>
        <source>Deleted and verified on the DNS server %1: zone %2 no longer names %3.</source>
        <translation>Gelöscht und geprüft auf dem DNS-Server %1: Die Zone %2 nennt %3 nicht mehr.</translation>
    </message>
    <message>
        <source>Zone %2 on %1 holds no _vlmcs._tcp record for %3; nothing was changed.</source>
        <translation>Die Zone %2 auf %1 enthält keinen _vlmcs._tcp-Eintrag für %3; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 ran the change, but its zone %2 does not hold what was asked; it holds: %3.</source>
        <translation>%1 hat die Änderung ausgeführt, aber seine Zone %2 enthält nicht das Verlangte; sie enthält: %3.</translation>
    </message>
    <message>
        <source>Another process may have changed the record at the same moment (a KMS host publishing itself, or replication between domain controllers). Read the zone again in DNS Manager.</source>
        <translation>Ein anderer Vorgang hat den Eintrag möglicherweise gleichzeitig geändert (ein KMS-Host, der sich selbst veröffentlicht, oder die Replikation zwischen Domänencontrollern). Lesen Sie die Zone im DNS-Manager erneut.</translation>
    </message>
    <message>
        <source>The DNS server %1 holds no zone for %2 (asked: %3).</source>
        <translation>Der DNS-Server %1 enthält keine Zone für %2 (gefragt: %3).</translation>
    </message>
    <message>
        <source>Name a domain controller of the domain %1 that runs DNS (nltest /dsgetdc:%1 names one).</source>
        <translation>Nennen Sie einen Domänencontroller der Domäne %1 mit DNS-Server (nltest /dsgetdc:%1 nennt einen).</translation>
    </message>
    <message>
        <source>%1 is not a Windows DNS server: it has no DnsServer module.</source>
        <translation>%1 ist kein Windows-DNS-Server: Ihm fehlt das Modul DnsServer.</translation>
    </message>
    <message>
        <source>Name a domain controller that runs the DNS Server role (Windows Server 2012 or later).</source>
        <translation>Nennen Sie einen Domänencontroller mit der Rolle DNS-Server (Windows Server 2012 oder neuer).</translation>
    </message>
    <message>
        <source>The DNS server %1 refused the change: %2</source>
        <translation>Der DNS-Server %1 hat die Änderung abgelehnt: %2</translation>
    </message>
    <message>
        <source>The record “%1” was created by %2, not by the KMS host&apos;s own account (%3): the host cannot update it when its port, priority or weight change (event 12293 on the host).</source>
        <translation>Der Eintrag „%1“ wurde von %2 angelegt, nicht vom eigenen Konto des KMS-Hosts (%3): Der Host kann ihn nicht aktualisieren, wenn sich sein Port, seine Priorität oder Gewichtung ändert (Ereignis 12293 auf dem Host).</translation>
    </message>
    <message>
        <source>Keep it up to date from here, or give %3 Full Control on the record (DNS Manager → the record → Properties → Security), or delete it and restart the host&apos;s Software Protection service so that the host creates its own.</source>
        <translation>Halten Sie ihn von hier aus aktuell, oder geben Sie %3 Vollzugriff auf den Eintrag (DNS-Manager → der Eintrag → Eigenschaften → Sicherheit), oder löschen Sie ihn und starten Sie den Dienst „Softwareschutz“ des Hosts neu, damit der Host seinen eigenen anlegt.</translation>
    </message>
</context>
<context>
    <name>DnsSeverity</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>The machine reported error %1.</source>
        <translation>Der Computer hat den Fehler %1 gemeldet.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1). Nothing more is known.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen (%1). Mehr ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, close the wizard and start it again; the host check shows what state the machine is in.</source>
        <translation>Versuchen Sie es erneut. Tritt der Fehler wieder auf, schließen Sie den Assistenten und starten Sie ihn neu; die Hostprüfung zeigt, in welchem Zustand der Computer ist.</translation>
    </message>
</context>
<context>
    <name>ExecutionError</name>
    <message>
        <source>%1 could not be reached on port %2.</source>
        <translation>%1 ist auf Port %2 nicht erreichbar.</translation>
    </message>
    <message>
        <source>Check the host name and that the machine is on. WinRM listens on 5985 (HTTP) or 5986 (HTTPS): run “winrm quickconfig” on the machine, and allow the port in its firewall.</source>
        <translation>Prüfen Sie den Hostnamen und ob der Computer eingeschaltet ist. WinRM lauscht auf Port 5985 (HTTP) oder 5986 (HTTPS): Führen Sie auf dem Computer „winrm quickconfig“ aus und geben Sie den Port in seiner Firewall frei.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 hat die Verbindung auf Port %2 abgelehnt.</translation>
    </message>
    <message>
        <source>The machine is up but no WinRM listener answers on that port. Run “winrm quickconfig” (HTTP) or create an HTTPS listener, or pick the other protocol.</source>
        <translation>Der Computer ist erreichbar, aber auf diesem Port antwortet kein WinRM-Listener. Führen Sie „winrm quickconfig“ (HTTP) aus oder richten Sie einen HTTPS-Listener ein, oder wählen Sie das andere Protokoll.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The machine or the network is too slow or overloaded. Try again, or raise the time-out under Advanced.</source>
        <translation>Der Computer oder das Netzwerk ist zu langsam oder überlastet. Versuchen Sie es erneut oder erhöhen Sie das Zeitlimit unter „Erweitert“.</translation>
    </message>
    <message>
        <source>%1 rejected the user name or password.</source>
        <translation>%1 hat den Benutzernamen oder das Kennwort abgelehnt.</translation>
    </message>
    <message>
        <source>Check the password. Basic authentication works only with local accounts; use Negotiate (NTLM) for a domain account. A local administrator other than the built-in Administrator needs LocalAccountTokenFilterPolicy=1 (UAC remote restrictions).</source>
        <translation>Prüfen Sie das Kennwort. Die Standardauthentifizierung (Basic) funktioniert nur mit lokalen Konten; verwenden Sie für ein Domänenkonto Negotiate (NTLM). Ein lokaler Administrator außer dem integrierten Administrator benötigt LocalAccountTokenFilterPolicy=1 (UAC-Remoteeinschränkungen).</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation>Das Zertifikat von %1 konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>Give the CA file that issued the machine&apos;s WinRM certificate, or check that the name you typed matches the certificate. Turning validation off is possible but exposes the password to whoever sits in between.</source>
        <translation>Geben Sie die CA-Datei an, die das WinRM-Zertifikat des Computers ausgestellt hat, oder prüfen Sie, ob der eingegebene Name zum Zertifikat passt. Die Prüfung lässt sich abschalten, legt das Kennwort dann aber jedem offen, der sich dazwischenschaltet.</translation>
    </message>
    <message>
        <source>WinRM on %1 reported a fault: %2</source>
        <translation>WinRM auf %1 hat einen Fehler gemeldet: %2</translation>
    </message>
    <message>
        <source>Read the fault code and reason. Quotas (MaxShellsPerUser), a policy refusing unencrypted traffic or an account that may not log on remotely are the usual causes.</source>
        <translation>Lesen Sie Fehlercode und Ursache. Typische Gründe sind Kontingente (MaxShellsPerUser), eine Richtlinie, die unverschlüsselten Datenverkehr ablehnt, oder ein Konto ohne Recht zur Remoteanmeldung.</translation>
    </message>
    <message>
        <source>The operation failed on %1 with error %2.</source>
        <translation>Der Vorgang ist auf %1 mit dem Fehler %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>See the explanation of the error code below.</source>
        <translation>Die Erklärung des Fehlercodes finden Sie unten.</translation>
    </message>
    <message>
        <source>%1 sent an answer that could not be understood.</source>
        <translation>%1 hat eine unverständliche Antwort gesendet.</translation>
    </message>
    <message>
        <source>The answer was cut off or garbled. Try again; if it persists, check that Windows PowerShell 3.0 or later is installed on the machine.</source>
        <translation>Die Antwort war abgeschnitten oder verstümmelt. Versuchen Sie es erneut; falls das Problem bleibt, prüfen Sie, ob Windows PowerShell 3.0 oder höher auf dem Computer installiert ist.</translation>
    </message>
    <message>
        <source>%1 runs Windows PowerShell %2; the wizard needs Windows PowerShell 3.0 or later.</source>
        <translation>Auf %1 läuft Windows PowerShell %2; der Assistent benötigt Windows PowerShell 3.0 oder höher.</translation>
    </message>
    <message>
        <source>Install Windows Management Framework 5.1 on the machine. It needs Windows 7 SP1 or Windows Server 2008 R2 SP1 and .NET Framework 4.5.2, and a restart.</source>
        <translation>Installieren Sie Windows Management Framework 5.1 auf dem Computer. Es setzt Windows 7 SP1 oder Windows Server 2008 R2 SP1 und .NET Framework 4.5.2 voraus und erfordert einen Neustart.</translation>
    </message>
    <message>
        <source>Windows PowerShell on %1 runs in %2 mode, where the wizard&apos;s scripts cannot work.</source>
        <translation>Windows PowerShell auf %1 läuft im Modus %2, in dem die Skripte des Assistenten nicht funktionieren.</translation>
    </message>
    <message>
        <source>Application control restricts PowerShell on this machine. With AppLocker script rules, connect with an account they allow (the default rules allow the Administrators group). With Windows Defender Application Control (WDAC), commands sent to PowerShell always run restricted: the policy must allow them (for example in audit mode) while the wizard works on this machine.</source>
        <translation>Eine Anwendungssteuerung schränkt PowerShell auf diesem Computer ein. Bei AppLocker-Skriptregeln melden Sie sich mit einem Konto an, das diese zulassen (die Standardregeln lassen die Gruppe Administratoren zu). Bei Windows Defender Application Control (WDAC) laufen an PowerShell gesendete Befehle immer eingeschränkt: Die Richtlinie muss sie zulassen (zum Beispiel im Überwachungsmodus), solange der Assistent auf diesem Computer arbeitet.</translation>
    </message>
    <message>
        <source>This cannot be done on %1: %2</source>
        <translation>Auf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Run the wizard on a machine where this transport exists.</source>
        <translation>Führen Sie den Assistenten auf einem Computer aus, der diese Verbindungsart unterstützt.</translation>
    </message>
    <message>
        <source>%1 sent an answer of more than %2 MB; the wizard stopped reading it.</source>
        <translation>%1 hat eine Antwort von mehr als %2 MB gesendet; der Assistent hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>A WinRM answer holds a few hundred kilobytes at most, so what answers on that port is not a working WinRM service, or a device in between alters the traffic. Check the machine&apos;s address and port, and restart its WinRM service (Restart-Service WinRM).</source>
        <translation>Eine WinRM-Antwort umfasst höchstens einige hundert Kilobyte. Was auf diesem Port antwortet, ist also kein funktionierender WinRM-Dienst, oder ein Gerät dazwischen verändert den Datenverkehr. Prüfen Sie Adresse und Port des Computers und starten Sie seinen WinRM-Dienst neu (Restart-Service WinRM).</translation>
    </message>
    <message>
        <source>%1 answered on port %2, but not with an HTTP answer WinRM would send.</source>
        <translation>%1 hat auf Port %2 geantwortet, aber nicht mit einer HTTP-Antwort, wie WinRM sie sendet.</translation>
    </message>
    <message>
        <source>Another service may listen on that port, or a device in between alters the traffic. Check the port: WinRM listens on 5985 (HTTP) and 5986 (HTTPS).</source>
        <translation>Möglicherweise lauscht ein anderer Dienst auf diesem Port, oder ein Gerät dazwischen verändert den Datenverkehr. Prüfen Sie den Port: WinRM lauscht auf 5985 (HTTP) und 5986 (HTTPS).</translation>
    </message>
    <message>
        <source>%1 accepted the connection on port %2, but the TLS handshake did not complete.</source>
        <translation>%1 hat die Verbindung auf Port %2 angenommen, aber der TLS-Handshake wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Something on that port takes connections but does not speak TLS, such as an HTTP listener, or the machine&apos;s WinRM service is stuck. Check that the port is the machine&apos;s HTTPS listener (5986), or choose HTTP (5985).</source>
        <translation>Auf diesem Port nimmt etwas Verbindungen an, spricht aber kein TLS, etwa ein HTTP-Listener, oder der WinRM-Dienst des Computers hängt. Prüfen Sie, ob der Port der HTTPS-Listener des Computers ist (5986), oder wählen Sie HTTP (5985).</translation>
    </message>
    <message>
        <source>%1 answered with a redirection (HTTP %2) instead of WinRM.</source>
        <translation>%1 hat mit einer Umleitung (HTTP %2) statt mit WinRM geantwortet.</translation>
    </message>
    <message>
        <source>A WinRM service never redirects, so the address leads to a web server or a proxy. Check the WinRM address under Advanced: its port, and its path (usually /wsman).</source>
        <translation>Ein WinRM-Dienst leitet nie um; die Adresse führt also zu einem Webserver oder einem Proxy. Prüfen Sie die WinRM-Adresse unter „Erweitert“: ihren Port und ihren Pfad (meist /wsman).</translation>
    </message>
    <message>
        <source>The machine or the network is too slow or overloaded. Try again, or allow more time with --timeout (seconds).</source>
        <translation>Der Computer oder das Netzwerk ist zu langsam oder überlastet. Versuchen Sie es erneut oder lassen Sie mit --timeout (Sekunden) mehr Zeit.</translation>
    </message>
    <message>
        <source>A WinRM service never redirects, so the address leads to a web server or a proxy. Check --winrm-url: its port, and its path (usually /wsman).</source>
        <translation>Ein WinRM-Dienst leitet nie um; die Adresse führt also zu einem Webserver oder einem Proxy. Prüfen Sie --winrm-url: Port und Pfad (meist /wsman).</translation>
    </message>
    <message>
        <source>The name %1 could not be found (DNS): no address is known for it.</source>
        <translation>Der Name %1 wurde nicht gefunden (DNS): Für ihn ist keine Adresse bekannt.</translation>
    </message>
    <message>
        <source>Check the spelling. Type the full name (such as kms01.corp.example) or the IP address; the DNS servers of this computer must know the name.</source>
        <translation>Prüfen Sie die Schreibweise. Geben Sie den vollständigen Namen (etwa kms01.corp.example) oder die IP-Adresse ein; die DNS-Server dieses Computers müssen den Namen kennen.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2 (%3): no WinRM listener answers there.</source>
        <translation>%1 hat die Verbindung auf Port %2 (%3) abgelehnt: Dort antwortet kein WinRM-Listener.</translation>
    </message>
    <message>
        <source>The machine is on, but WinRM does not listen on port %1. Run “winrm quickconfig” on the machine: it starts the service, creates the HTTP listener on port 5985 and opens the firewall for it.</source>
        <translation>Der Computer ist eingeschaltet, aber WinRM lauscht nicht auf Port %1. Führen Sie auf dem Computer „winrm quickconfig“ aus: Der Befehl startet den Dienst, richtet den HTTP-Listener auf Port 5985 ein und öffnet die Firewall dafür.</translation>
    </message>
    <message>
        <source>The machine is on, but nothing listens on HTTPS port %1. “winrm quickconfig” creates only the HTTP listener (port 5985): choose HTTP with Negotiate, or create an HTTPS listener with a certificate made out to the machine&apos;s name (“winrm quickconfig -transport:https”).</source>
        <translation>Der Computer ist eingeschaltet, aber auf HTTPS-Port %1 lauscht nichts. „winrm quickconfig“ richtet nur den HTTP-Listener (Port 5985) ein: Wählen Sie HTTP mit Negotiate, oder richten Sie einen HTTPS-Listener mit einem auf den Namen des Computers ausgestellten Zertifikat ein („winrm quickconfig -transport:https“).</translation>
    </message>
    <message>
        <source>%1 did not answer the connection on port %2 (%3).</source>
        <translation>%1 hat auf den Verbindungsaufbau an Port %2 (%3) nicht geantwortet.</translation>
    </message>
    <message>
        <source>The machine is off, or a firewall silently drops the traffic. Check that it is on and that its firewall lets this computer reach port %1.</source>
        <translation>Der Computer ist ausgeschaltet, oder eine Firewall verwirft den Datenverkehr stillschweigend. Prüfen Sie, ob er eingeschaltet ist und ob seine Firewall diesem Computer den Zugriff auf Port %1 erlaubt.</translation>
    </message>
    <message>
        <source>%1 accepted the connection on port %2 (%3) but did not answer within %4 seconds.</source>
        <translation>%1 hat die Verbindung auf Port %2 (%3) angenommen, aber nicht innerhalb von %4 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The WinRM service on the machine is overloaded or stuck, or a device in between holds the traffic. Try again; if it persists, restart the service on the machine (Restart-Service WinRM).</source>
        <translation>Der WinRM-Dienst des Computers ist überlastet oder hängt, oder ein Gerät dazwischen hält den Datenverkehr auf. Versuchen Sie es erneut; hält das an, starten Sie den Dienst auf dem Computer neu (Restart-Service WinRM).</translation>
    </message>
    <message>
        <source>The certificate of %1 (HTTPS, port %2) comes from a certification authority this computer does not trust.</source>
        <translation>Das Zertifikat von %1 (HTTPS, Port %2) stammt von einer Zertifizierungsstelle, der dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <source>Choose as CA file the certificate of the authority that issued the machine&apos;s WinRM certificate (PEM, or a Base-64 .cer). Or choose HTTP with Negotiate, which needs no certificate.</source>
        <translation>Wählen Sie als CA-Datei das Zertifikat der Stelle, die das WinRM-Zertifikat des Computers ausgestellt hat (PEM oder Base-64-.cer). Oder wählen Sie HTTP mit Negotiate, das kein Zertifikat braucht.</translation>
    </message>
    <message>
        <source>The certificate of %1 (HTTPS, port %2) is made out to another name than %1.</source>
        <translation>Das Zertifikat von %1 (HTTPS, Port %2) ist auf einen anderen Namen als %1 ausgestellt.</translation>
    </message>
    <message>
        <source>Type the host name the certificate names, usually the machine&apos;s full name (such as kms01.corp.example) rather than its IP address or short name.</source>
        <translation>Geben Sie den Hostnamen ein, auf den das Zertifikat lautet, meist den vollständigen Namen des Computers (etwa kms01.corp.example) statt seiner IP-Adresse oder seines Kurznamens.</translation>
    </message>
    <message>
        <source>The certificate of %1 (HTTPS, port %2) has expired or is not valid yet.</source>
        <translation>Das Zertifikat von %1 (HTTPS, Port %2) ist abgelaufen oder noch nicht gültig.</translation>
    </message>
    <message>
        <source>Renew the machine&apos;s WinRM certificate and bind the new one to its HTTPS listener, and check that the clocks of both computers are right. Meanwhile, HTTP with Negotiate needs no certificate.</source>
        <translation>Erneuern Sie das WinRM-Zertifikat des Computers, binden Sie das neue an seinen HTTPS-Listener und prüfen Sie, ob die Uhren beider Computer richtig gehen. Bis dahin braucht HTTP mit Negotiate kein Zertifikat.</translation>
    </message>
    <message>
        <source>%1 refused the account %2 or its password (%3, port %4).</source>
        <translation>%1 hat das Konto %2 oder sein Kennwort abgelehnt (%3, Port %4).</translation>
    </message>
    <message>
        <source>Check the password, and the domain before the backslash (its short name, such as EXAMPLE\administrator). The account must be a member of the machine&apos;s Administrators group.</source>
        <translation>Prüfen Sie das Kennwort und die Domäne vor dem umgekehrten Schrägstrich (ihren Kurznamen, etwa EXAMPLE\administrator). Das Konto muss Mitglied der Gruppe „Administratoren“ des Computers sein.</translation>
    </message>
    <message>
        <source>Check the password, and the domain after the @ (such as administrator@corp.example). The account must be a member of the machine&apos;s Administrators group.</source>
        <translation>Prüfen Sie das Kennwort und die Domäne nach dem @ (etwa administrator@corp.example). Das Konto muss Mitglied der Gruppe „Administratoren“ des Computers sein.</translation>
    </message>
    <message>
        <source>Check the password of this local account. Only the built-in Administrator may work remotely by default: UAC remote restrictions take the rights of any other local administrator unless LocalAccountTokenFilterPolicy is 1 under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System. A domain account avoids this.</source>
        <translation>Prüfen Sie das Kennwort dieses lokalen Kontos. Standardmäßig darf nur der integrierte Administrator remote arbeiten: Die UAC-Remoteeinschränkungen nehmen jedem anderen lokalen Administrator seine Rechte, solange LocalAccountTokenFilterPolicy unter HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System nicht 1 ist. Ein Domänenkonto umgeht das.</translation>
    </message>
    <message>
        <source>The name has no domain. Write DOMAIN\name or name@domain for a domain account, and .\name for an account of the machine itself; then check the password.</source>
        <translation>Der Name enthält keine Domäne. Schreiben Sie DOMÄNE\Name oder Name@Domäne für ein Domänenkonto und .\Name für ein Konto des Computers selbst; prüfen Sie dann das Kennwort.</translation>
    </message>
    <message>
        <source>Basic authentication accepts only the machine&apos;s local accounts. Choose Negotiate (NTLM) for a domain account, or write a local account as .\name.</source>
        <translation>Die Basic-Authentifizierung akzeptiert nur lokale Konten des Computers. Wählen Sie Negotiate (NTLM) für ein Domänenkonto, oder schreiben Sie ein lokales Konto als .\Name.</translation>
    </message>
</context>
<context>
    <name>ExecutionErrorOutput</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>Windows said: %1</source>
        <translation>Meldung von Windows: %1</translation>
    </message>
</context>
<context>
    <name>FieldCapture</name>
    <message>
        <source>%1 is not a JSON file: %2</source>
        <translation>%1 ist keine JSON-Datei: %2</translation>
    </message>
    <message>
        <source>%1 is not a KMS Host Wizard capture (expected format “%2”).</source>
        <translation>%1 ist keine Aufzeichnung des KMS-Host-Assistenten (erwartetes Format: „%2“).</translation>
    </message>
    <message>
        <source>%1 names no machine (machine.name).</source>
        <translation>%1 nennt keinen Computer (machine.name).</translation>
    </message>
    <message>
        <source>%1 holds no answer of a read-only operation (inspect, status…).</source>
        <translation>%1 enthält keine Antwort einer Nur-Lese-Operation (inspect, status…).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>FindingsTable</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>FirewallProfile</name>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
</context>
<context>
    <name>FirewallScope</name>
    <message>
        <source>any address</source>
        <translation>jede Adresse</translation>
    </message>
    <message>
        <source>local subnet only</source>
        <translation>nur lokales Subnetz</translation>
    </message>
    <message>
        <source>listed addresses only</source>
        <translation>nur die aufgeführten Adressen</translation>
    </message>
</context>
<context>
    <name>FleetConversion</name>
    <message>
        <source>%1 could not be read, so no plan was made for it.</source>
        <translation>%1 konnte nicht ausgelesen werden, daher wurde kein Plan dafür erstellt.</translation>
    </message>
    <message>
        <source>The MAK must come from the keyring, and no safe keyring is available on this computer.</source>
        <translation>Der MAK muss aus dem Schlüsselbund kommen, und auf diesem Computer ist kein sicherer Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>The keyring holds no MAK labelled “%1”.</source>
        <translation>Der Schlüsselbund enthält keinen MAK mit der Bezeichnung „%1“.</translation>
    </message>
    <message>
        <source>The keyring entry “%1” does not hold a valid product key.</source>
        <translation>Der Schlüsselbundeintrag „%1“ enthält keinen gültigen Produktschlüssel.</translation>
    </message>
    <message>
        <source>Conversion run %1 was interrupted and includes %2. Finish it first with “kms-wizard convert --resume %1”.</source>
        <translation>Der Umstellungslauf %1 wurde unterbrochen und umfasst %2. Schließen Sie ihn zuerst mit „kms-wizard convert --resume %1“ ab.</translation>
    </message>
    <message>
        <source>No interrupted conversion run to resume.</source>
        <translation>Kein unterbrochener Umstellungslauf fortzusetzen.</translation>
    </message>
    <message>
        <source>Conversion run %1 is not an interrupted run (finished or unknown).</source>
        <translation>Der Umstellungslauf %1 ist kein unterbrochener Lauf (abgeschlossen oder unbekannt).</translation>
    </message>
    <message>
        <source>Conversion run %1 cannot be resumed: its journal record is damaged.</source>
        <translation>Der Umstellungslauf %1 kann nicht fortgesetzt werden: Sein Journaleintrag ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 was not converted: the run was cancelled before it started.</source>
        <translation>%1 wurde nicht umgestellt: Der Lauf wurde abgebrochen, bevor er an der Reihe war.</translation>
    </message>
    <message>
        <source>%1 could not be read to check the interrupted steps; the run stays open for a later resume.</source>
        <translation>%1 konnte nicht ausgelesen werden, um die unterbrochenen Schritte zu prüfen; der Lauf bleibt für eine spätere Fortsetzung offen.</translation>
    </message>
    <message>
        <source>%1 failed unexpectedly: this is a bug in KMS Host Wizard; the debug log has the details. Nothing was changed on it yet; the run stays open for a later resume.</source>
        <translation>%1 ist unerwartet fehlgeschlagen: Das ist ein Fehler in KMS Host Wizard; Einzelheiten stehen im Debug-Protokoll. Dort wurde noch nichts geändert; der Lauf bleibt für eine spätere Fortsetzung offen.</translation>
    </message>
    <message>
        <source>%1 failed unexpectedly: this is a bug in KMS Host Wizard; the debug log has the details. Some of its steps were already done (its key may have changed); the run stays open for a later resume, which checks them again.</source>
        <translation>%1 ist unerwartet fehlgeschlagen: Das ist ein Fehler in KMS Host Wizard; Einzelheiten stehen im Debug-Protokoll. Einige seiner Schritte waren bereits ausgeführt (sein Produktschlüssel hat sich möglicherweise geändert); der Lauf bleibt für eine spätere Fortsetzung offen, die sie erneut prüft.</translation>
    </message>
    <message>
        <source>%1 was not converted: it was never started; the run stays open for a later resume.</source>
        <translation>%1 wurde nicht umgestellt: Seine Umstellung hat nie begonnen; der Lauf bleibt für eine spätere Fortsetzung offen.</translation>
    </message>
    <message>
        <source>Checked again after the interruption: already in effect.</source>
        <translation>Nach der Unterbrechung erneut geprüft: bereits wirksam.</translation>
    </message>
    <message>
        <source>Checked again after the interruption: not in effect, so it is run again.</source>
        <translation>Nach der Unterbrechung erneut geprüft: nicht wirksam, daher wird der Schritt erneut ausgeführt.</translation>
    </message>
    <message>
        <source>Read the licensing state again after the interruption.</source>
        <translation>Den Lizenzstatus nach der Unterbrechung erneut auslesen.</translation>
    </message>
    <message>
        <source>Interrupted before its answer; read again by the resumed run.</source>
        <translation>Vor der Antwort unterbrochen; vom fortgesetzten Lauf erneut ausgelesen.</translation>
    </message>
    <message>
        <source>Its answer was lost (%1); read back from the machine: in effect.</source>
        <translation>Die Antwort ging verloren (%1); auf dem Computer erneut ausgelesen: wirksam.</translation>
    </message>
    <message>
        <source>Its answer was lost (%1); read back from the machine: not in effect.</source>
        <translation>Die Antwort ging verloren (%1); auf dem Computer erneut ausgelesen: nicht wirksam.</translation>
    </message>
    <message>
        <source>Its answer was lost (%1) and the machine could not be read back.</source>
        <translation>Die Antwort ging verloren (%1), und der Computer konnte nicht erneut ausgelesen werden.</translation>
    </message>
</context>
<context>
    <name>FleetInventory</name>
    <message>
        <source>Name the machines: host names, --hosts FILE, --range CIDR, --ad URL --ad-base DN, or --lab-all with --lab.</source>
        <translation>Geben Sie die Computer an: Hostnamen, --hosts DATEI, --range CIDR, --ad URL --ad-base DN oder --lab-all mit --lab.</translation>
    </message>
    <message>
        <source>--lab-all takes the machines of the simulated lab: add --lab.</source>
        <translation>--lab-all übernimmt die Computer des simulierten Labors: Fügen Sie --lab hinzu.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: CSV with “%2” as separator, host names from column %3 %4.</source>
        <translation>%1: CSV mit „%2“ als Trennzeichen, Hostnamen aus Spalte %3 %4.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) left out.</source>
        <translation>
            <numerusform>… und %n weitere ausgelassene Zeile.</numerusform>
            <numerusform>… und %n weitere ausgelassene Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>--ad needs the search base: --ad-base OU=…,DC=…,DC=…</source>
        <translation>--ad braucht die Suchbasis: --ad-base OU=…,DC=…,DC=…</translation>
    </message>
    <message>
        <source>Directory password for %1: </source>
        <translation>Verzeichniskennwort für %1: </translation>
    </message>
    <message>
        <source>No directory password: use --ad-password-stdin, --ad-credential NAME, or run in a terminal to be asked.</source>
        <translation>Kein Verzeichniskennwort: Verwenden Sie --ad-password-stdin, --ad-credential NAME oder führen Sie den Befehl in einem Terminal aus, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>The keyring holds no password under the name “%1”.</source>
        <translation>Der Schlüsselbund enthält kein Kennwort unter dem Namen „%1“.</translation>
    </message>
    <message>
        <source>%1
What to do: %2</source>
        <translation>%1
Was tun: %2</translation>
    </message>
    <message>
        <source>%1 Use --ad-ca-file FILE to give it.</source>
        <translation>%1 Geben Sie sie mit --ad-ca-file DATEI an.</translation>
    </message>
    <message>
        <source>%1 (StartTLS: --ad-starttls, with --ad-ca-file FILE if needed.)</source>
        <translation>%1 (StartTLS: --ad-starttls, bei Bedarf mit --ad-ca-file DATEI.)</translation>
    </message>
    <message>
        <source>%1 Use --ad-user with --ad-password-stdin or --ad-credential NAME.</source>
        <translation>%1 Verwenden Sie --ad-user mit --ad-password-stdin oder --ad-credential NAME.</translation>
    </message>
    <message>
        <source>Add --ad-include-disabled to take them, or check --ad-base, --ad-name and --ad-os.</source>
        <translation>Fügen Sie --ad-include-disabled hinzu, um sie zu übernehmen, oder prüfen Sie --ad-base, --ad-name und --ad-os.</translation>
    </message>
</context>
<context>
    <name>FleetOptions</name>
    <message>
        <source>The concurrency must be a whole number from 1 to %1.</source>
        <translation>Die Parallelität muss eine ganze Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>The time-out per host must be more than 0 and at most %1 seconds.</source>
        <translation>Das Zeitlimit pro Host muss größer als 0 und höchstens %1 Sekunden sein.</translation>
    </message>
    <message>
        <source>The expiry warning must be from 0 to 3650 days.</source>
        <translation>Die Ablaufwarnung muss zwischen 0 und 3650 Tagen liegen.</translation>
    </message>
</context>
<context>
    <name>FleetReport</name>
    <message numerus="yes">
        <source>Licensing scan of %n host(s)</source>
        <translation>
            <numerusform>Lizenzprüfung von %n Host</numerusform>
            <numerusform>Lizenzprüfung von %n Hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversion run %1 (%2)</source>
        <translation>Umstellungslauf %1 (%2)</translation>
    </message>
    <message>
        <source>Generated %1 (UTC)</source>
        <translation>Erstellt am %1 (UTC)</translation>
    </message>
    <message>
        <source>MAK to KMS</source>
        <translation>MAK zu KMS</translation>
    </message>
    <message>
        <source>KMS to MAK</source>
        <translation>KMS zu MAK</translation>
    </message>
    <message>
        <source>Products by license status</source>
        <translation>Produkte nach Lizenzstatus</translation>
    </message>
    <message>
        <source>Hosts by scan outcome</source>
        <translation>Hosts nach Prüfergebnis</translation>
    </message>
    <message>
        <source>Products by channel</source>
        <translation>Produkte nach Kanal</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>found through DNS: %1</source>
        <translation>über DNS gefunden: %1</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keiner gefunden</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Scan outcome</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>License status</source>
        <translation>Lizenzstatus</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>Läuft ab am (UTC)</translation>
    </message>
    <message>
        <source>KMS host</source>
        <translation>KMS-Host</translation>
    </message>
    <message>
        <source>Product key</source>
        <translation>Produktschlüssel</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Credentials refused</source>
        <translation>Anmeldedaten abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not scanned (cancelled)</source>
        <translation>Nicht geprüft (abgebrochen)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>KMS clients</source>
        <translation>KMS-Clients</translation>
    </message>
    <message>
        <source>MAK</source>
        <translation>MAK</translation>
    </message>
    <message>
        <source>Retail or OEM</source>
        <translation>Einzelhandel oder OEM</translation>
    </message>
    <message>
        <source>KMS hosts</source>
        <translation>KMS-Hosts</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>Lizenziert</translation>
    </message>
    <message>
        <source>Unlicensed</source>
        <translation>Nicht lizenziert</translation>
    </message>
    <message>
        <source>In grace period</source>
        <translation>In der Toleranzperiode</translation>
    </message>
    <message numerus="yes">
        <source>Ending within %n day(s)</source>
        <translation>
            <numerusform>Endet innerhalb von %n Tag</numerusform>
            <numerusform>Endet innerhalb von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate client machine ID %1 on %2: the KMS host counts these machines once (clones not prepared with sysprep /generalize).</source>
        <translation>Doppelte Client-Computer-ID %1 auf %2: Der KMS-Host zählt diese Computer nur einmal (Klone ohne sysprep /generalize).</translation>
    </message>
    <message>
        <source>This run was resumed after an interruption.</source>
        <translation>Dieser Lauf wurde nach einer Unterbrechung fortgesetzt.</translation>
    </message>
    <message>
        <source>This run was cancelled; the hosts not started were left as they were.</source>
        <translation>Dieser Lauf wurde abgebrochen; die nicht begonnenen Hosts blieben unverändert.</translation>
    </message>
</context>
<context>
    <name>HResult</name>
    <message>
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
    <message>
        <source>The operation succeeded.</source>
        <translation>Der Vorgang war erfolgreich.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>The product is running in its initial grace period.</source>
        <translation>Das Produkt läuft in seiner anfänglichen Toleranzperiode.</translation>
    </message>
    <message>
        <source>It has not been activated since it was installed or since its product key was changed.</source>
        <translation>Es wurde seit der Installation oder seit der Änderung seines Produktschlüssels nicht aktiviert.</translation>
    </message>
    <message>
        <source>Activate it. A KMS client activates itself as soon as it reaches a KMS host whose count meets its activation threshold; a MAK or retail product needs an online or phone activation.</source>
        <translation>Aktivieren Sie es. Ein KMS-Client aktiviert sich selbst, sobald er einen KMS-Host erreicht, dessen aktuelle Anzahl den Aktivierungsschwellenwert des Clients erreicht; ein MAK- oder Retail-Produkt muss online oder per Telefon aktiviert werden.</translation>
    </message>
    <message>
        <source>The product is running in its additional (out-of-tolerance) grace period.</source>
        <translation>Das Produkt läuft in seiner zusätzlichen Toleranzperiode (außerhalb der Toleranz).</translation>
    </message>
    <message>
        <source>Its KMS activation expired (no renewal for 180 days) or the hardware changed too much.</source>
        <translation>Seine KMS-Aktivierung ist abgelaufen (180 Tage ohne Erneuerung) oder die Hardware hat sich zu stark verändert.</translation>
    </message>
    <message>
        <source>Let the client reach its KMS host again (network, DNS, firewall), or activate it again.</source>
        <translation>Sorgen Sie dafür, dass der Client seinen KMS-Host wieder erreicht (Netzwerk, DNS, Firewall), oder aktivieren Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Access denied: administrator rights are required.</source>
        <translation>Zugriff verweigert: Administratorrechte sind erforderlich.</translation>
    </message>
    <message>
        <source>The console was not elevated (User Account Control), or the remote account is not an administrator of the machine.</source>
        <translation>Die Konsole wurde nicht mit erhöhten Rechten gestartet (Benutzerkontensteuerung), oder das Remotekonto ist kein Administrator des Computers.</translation>
    </message>
    <message>
        <source>Run the wizard elevated (“Run as administrator”) and use administrator credentials for remote machines.</source>
        <translation>Starten Sie den Assistenten mit erhöhten Rechten („Als Administrator ausführen“) und verwenden Sie für Remotecomputer Administrator-Anmeldedaten.</translation>
    </message>
    <message>
        <source>The data is invalid.</source>
        <translation>Die Daten sind ungültig.</translation>
    </message>
    <message>
        <source>The licensing service rejected what it was given or read: a malformed key or value, or a damaged licensing store on the machine.</source>
        <translation>Der Lizenzierungsdienst hat zurückgewiesen, was er erhalten oder gelesen hat: einen fehlerhaften Schlüssel oder Wert oder einen beschädigten Lizenzspeicher auf dem Rechner.</translation>
    </message>
    <message>
        <source>Check the key or value and try again. If it persists, restart the Software Protection service (net stop sppsvc &amp;&amp; net start sppsvc) and read the Application event log of the machine for the licensing error.</source>
        <translation>Prüfen Sie den Schlüssel oder Wert und versuchen Sie es erneut. Besteht der Fehler weiter, starten Sie den Softwareschutzdienst neu (net stop sppsvc &amp;&amp; net start sppsvc) und suchen Sie den Lizenzierungsfehler im Anwendungsprotokoll des Rechners.</translation>
    </message>
    <message>
        <source>The DNS name does not exist (invalid name).</source>
        <translation>Der DNS-Name existiert nicht (ungültiger Name).</translation>
    </message>
    <message>
        <source>The client cannot find the KMS SRV records in DNS.</source>
        <translation>Der Client findet die SRV-Einträge des KMS nicht im DNS.</translation>
    </message>
    <message>
        <source>As for 0x8007232B: check that a KMS host publishes its _vlmcs._tcp SRV record, or set the KMS host explicitly on the client (slmgr /skms host:port).</source>
        <translation>Wie bei 0x8007232B: Prüfen Sie, ob ein KMS-Host seinen SRV-Eintrag _vlmcs._tcp veröffentlicht, oder legen Sie den KMS-Host auf dem Client explizit fest (slmgr /skms Host:Port).</translation>
    </message>
    <message>
        <source>The service is disabled and cannot be started.</source>
        <translation>Der Dienst ist deaktiviert und kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The Software Protection service (sppsvc) has its start type set to Disabled, often by a hardening script or a Group Policy.</source>
        <translation>Der Starttyp des Softwareschutzdienstes (sppsvc) steht auf „Deaktiviert“, oft durch ein Härtungsskript oder eine Gruppenrichtlinie.</translation>
    </message>
    <message>
        <source>Set it back to its default, Automatic (Delayed Start): “sc.exe config sppsvc start= delayed-auto”, then start it (net start sppsvc); if a Group Policy disables it, change the policy.</source>
        <translation>Stellen Sie ihn auf seinen Standard zurück, „Automatisch (Verzögerter Start)“: „sc.exe config sppsvc start= delayed-auto“, und starten Sie ihn dann (net start sppsvc); deaktiviert ihn eine Gruppenrichtlinie, ändern Sie die Richtlinie.</translation>
    </message>
    <message>
        <source>The RPC server is unavailable.</source>
        <translation>Der RPC-Server ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The KMS host cannot be reached: a firewall blocks its port, or a stale SRV record points at a machine that is no longer a KMS host.</source>
        <translation>Der KMS-Host ist nicht erreichbar: Eine Firewall blockiert seinen Port, oder ein veralteter SRV-Eintrag verweist auf einen Computer, der kein KMS-Host mehr ist.</translation>
    </message>
    <message>
        <source>Open TCP port 1688 (or the configured port) in the KMS host&apos;s firewall and delete stale _vlmcs._tcp SRV records.</source>
        <translation>Geben Sie TCP-Port 1688 (oder den konfigurierten Port) in der Firewall des KMS-Hosts frei und löschen Sie veraltete SRV-Einträge _vlmcs._tcp.</translation>
    </message>
    <message>
        <source>The DNS server failed.</source>
        <translation>Der DNS-Server hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>A network or DNS server problem prevented the lookup of the KMS host.</source>
        <translation>Ein Netzwerk- oder DNS-Serverproblem hat die Suche nach dem KMS-Host verhindert.</translation>
    </message>
    <message>
        <source>Troubleshoot DNS: check that the client&apos;s DNS servers answer and that the zone is loaded on them.</source>
        <translation>Beheben Sie das DNS-Problem: Prüfen Sie, ob die DNS-Server des Clients antworten und die Zone auf ihnen geladen ist.</translation>
    </message>
    <message>
        <source>The DNS name does not exist.</source>
        <translation>Der DNS-Name existiert nicht.</translation>
    </message>
    <message>
        <source>The client found no _vlmcs._tcp SRV record for a KMS host in its DNS domain.</source>
        <translation>Der Client hat in seiner DNS-Domäne keinen SRV-Eintrag _vlmcs._tcp für einen KMS-Host gefunden.</translation>
    </message>
    <message>
        <source>Check that a KMS host exists and that its DNS publishing is on, or publish the SRV record by hand; otherwise set the KMS host explicitly on the client (slmgr /skms host:port). Without any KMS host, use a MAK.</source>
        <translation>Prüfen Sie, ob ein KMS-Host existiert und seine DNS-Veröffentlichung aktiviert ist, oder legen Sie den SRV-Eintrag manuell an; andernfalls legen Sie den KMS-Host auf dem Client explizit fest (slmgr /skms Host:Port). Ohne KMS-Host verwenden Sie einen MAK.</translation>
    </message>
    <message>
        <source>The KMS host could not publish its SRV record: the DNS update was refused.</source>
        <translation>Der KMS-Host konnte seinen SRV-Eintrag nicht veröffentlichen: Die DNS-Aktualisierung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Event 12293 on the KMS host: the host has no rights on the existing _VLMCS record, which belongs to the first KMS host that registered it.</source>
        <translation>Ereignis 12293 auf dem KMS-Host: Der Host hat keine Rechte an dem vorhandenen _VLMCS-Eintrag, der dem ersten KMS-Host gehört, der ihn registriert hat.</translation>
    </message>
    <message>
        <source>In DNS Manager, give the KMS host&apos;s computer account the right to update the _VLMCS record (or delete the stale record), or create the record by hand.</source>
        <translation>Erteilen Sie im DNS-Manager dem Computerkonto des KMS-Hosts das Recht, den _VLMCS-Eintrag zu aktualisieren (oder löschen Sie den veralteten Eintrag), oder legen Sie den Eintrag manuell an.</translation>
    </message>
    <message>
        <source>No DNS records were found.</source>
        <translation>Es wurden keine DNS-Einträge gefunden.</translation>
    </message>
    <message>
        <source>The DNS query for the KMS SRV record (_vlmcs._tcp) returned no records.</source>
        <translation>Die DNS-Abfrage nach dem SRV-Eintrag des KMS (_vlmcs._tcp) hat keine Einträge geliefert.</translation>
    </message>
    <message>
        <source>Publish the _vlmcs._tcp SRV record (DNS publishing on the KMS host, or by hand), or set the KMS host explicitly on the clients.</source>
        <translation>Veröffentlichen Sie den SRV-Eintrag _vlmcs._tcp (DNS-Veröffentlichung auf dem KMS-Host oder manuell), oder legen Sie den KMS-Host auf den Clients explizit fest.</translation>
    </message>
    <message>
        <source>The server name could not be resolved.</source>
        <translation>Der Servername konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Online activation could not resolve Microsoft&apos;s activation server: no DNS server answers for Internet names, or the network needs a proxy the machine does not use. The Software Protection service uses the machine&apos;s WinHTTP proxy, not the proxy set in your browser.</source>
        <translation>Die Onlineaktivierung konnte den Aktivierungsserver von Microsoft nicht auflösen: Kein DNS-Server beantwortet Internetnamen, oder das Netzwerk verlangt einen Proxy, den der Rechner nicht verwendet. Der Softwareschutzdienst verwendet den WinHTTP-Proxy des Rechners, nicht den in Ihrem Browser eingestellten Proxy.</translation>
    </message>
    <message>
        <source>On the machine, check that Internet names resolve (nslookup www.microsoft.com) and check the WinHTTP proxy (netsh winhttp show proxy); to copy the browser&apos;s proxy: netsh winhttp import proxy source=ie. Without Internet access, activate by phone.</source>
        <translation>Prüfen Sie auf dem Rechner, ob Internetnamen aufgelöst werden (nslookup www.microsoft.com), und prüfen Sie den WinHTTP-Proxy (netsh winhttp show proxy); um den Proxy des Browsers zu übernehmen: netsh winhttp import proxy source=ie. Ohne Internetzugang aktivieren Sie per Telefon.</translation>
    </message>
    <message>
        <source>The connection to the server could not be established.</source>
        <translation>Die Verbindung zum Server konnte nicht hergestellt werden.</translation>
    </message>
    <message>
        <source>Online activation could not connect to Microsoft&apos;s activation server: a firewall or a proxy blocks outgoing HTTPS, or the WinHTTP proxy the Software Protection service uses (not the browser&apos;s) is missing or wrong.</source>
        <translation>Die Onlineaktivierung konnte keine Verbindung zum Aktivierungsserver von Microsoft herstellen: Eine Firewall oder ein Proxy sperrt ausgehendes HTTPS, oder der WinHTTP-Proxy, den der Softwareschutzdienst verwendet (nicht der des Browsers), fehlt oder ist falsch.</translation>
    </message>
    <message>
        <source>Allow outgoing HTTPS (TCP 443) from the machine to Microsoft&apos;s activation servers, and check its WinHTTP proxy (netsh winhttp show proxy; netsh winhttp import proxy source=ie copies the browser&apos;s). Without Internet access, activate by phone.</source>
        <translation>Lassen Sie ausgehendes HTTPS (TCP 443) vom Rechner zu den Aktivierungsservern von Microsoft zu und prüfen Sie seinen WinHTTP-Proxy (netsh winhttp show proxy; netsh winhttp import proxy source=ie übernimmt den des Browsers). Ohne Internetzugang aktivieren Sie per Telefon.</translation>
    </message>
    <message>
        <source>A security error occurred on the secure connection.</source>
        <translation>Bei der sicheren Verbindung ist ein Sicherheitsfehler aufgetreten.</translation>
    </message>
    <message>
        <source>The activation server&apos;s certificate could not be checked: the machine&apos;s date and time are wrong, its root certificates are out of date, or a proxy inspects the HTTPS traffic with its own certificate.</source>
        <translation>Das Zertifikat des Aktivierungsservers ließ sich nicht prüfen: Datum und Uhrzeit des Rechners sind falsch, seine Stammzertifikate sind veraltet, oder ein Proxy untersucht den HTTPS-Verkehr mit einem eigenen Zertifikat.</translation>
    </message>
    <message>
        <source>Set the machine&apos;s date, time and time zone right, update its root certificates (Windows Update), and exempt Microsoft&apos;s activation servers from HTTPS inspection in the proxy. Then try again, or activate by phone.</source>
        <translation>Stellen Sie Datum, Uhrzeit und Zeitzone des Rechners richtig, aktualisieren Sie seine Stammzertifikate (Windows Update) und nehmen Sie die Aktivierungsserver von Microsoft von der HTTPS-Prüfung des Proxys aus. Versuchen Sie es dann erneut oder aktivieren Sie per Telefon.</translation>
    </message>
    <message>
        <source>The activation server blocked the product key.</source>
        <translation>Der Aktivierungsserver hat den Produktschlüssel gesperrt.</translation>
    </message>
    <message>
        <source>Microsoft has blocked this Multiple Activation Key (MAK).</source>
        <translation>Microsoft hat diesen Mehrfachaktivierungsschlüssel (MAK) gesperrt.</translation>
    </message>
    <message>
        <source>Get a new key from the Volume Licensing Service Center or the Microsoft Activation Center.</source>
        <translation>Besorgen Sie sich einen neuen Schlüssel im Volume Licensing Service Center (VLSC) oder beim Microsoft-Aktivierungscenter.</translation>
    </message>
    <message>
        <source>The product key has exceeded its unlock limit.</source>
        <translation>Der Produktschlüssel hat seine Freischaltungsgrenze überschritten.</translation>
    </message>
    <message>
        <source>A KMS host key (CSVLK) can be activated on at most 6 hosts, up to 10 times each. This usually happens when the host key was installed on clients.</source>
        <translation>Ein KMS-Hostschlüssel (CSVLK) kann auf höchstens 6 Hosts aktiviert werden, auf jedem höchstens 10-mal. Meist passiert das, wenn der Hostschlüssel auf Clients installiert wurde.</translation>
    </message>
    <message>
        <source>Install KMS client setup keys (GVLKs) on clients, never the host key. Ask the Microsoft Activation Center for additional host activations.</source>
        <translation>Installieren Sie auf Clients KMS-Clientsetupschlüssel (GVLKs), niemals den Hostschlüssel. Fordern Sie beim Microsoft-Aktivierungscenter zusätzliche Host-Aktivierungen an.</translation>
    </message>
    <message>
        <source>The Multiple Activation Key (MAK) has exceeded its activation limit.</source>
        <translation>Der Mehrfachaktivierungsschlüssel (MAK) hat seine Aktivierungsgrenze überschritten.</translation>
    </message>
    <message>
        <source>Every activation allowed for this MAK has been used.</source>
        <translation>Alle für diesen MAK zulässigen Aktivierungen sind verbraucht.</translation>
    </message>
    <message>
        <source>Ask the Microsoft Activation Center for more activations, or use another MAK.</source>
        <translation>Fordern Sie beim Microsoft-Aktivierungscenter weitere Aktivierungen an oder verwenden Sie einen anderen MAK.</translation>
    </message>
    <message>
        <source>The MAK extension limit has been exceeded.</source>
        <translation>Die Erweiterungsgrenze des MAK wurde überschritten.</translation>
    </message>
    <message>
        <source>The MAK&apos;s activations, extensions included, have all been used.</source>
        <translation>Alle Aktivierungen des MAK, einschließlich der Erweiterungen, sind verbraucht.</translation>
    </message>
    <message>
        <source>The product key is not valid for this configuration.</source>
        <translation>Der Produktschlüssel ist für diese Konfiguration nicht gültig.</translation>
    </message>
    <message>
        <source>This operating system or edition cannot use the key: wrong edition or key type, or prerequisite updates are missing (for example for Extended Security Updates keys).</source>
        <translation>Dieses Betriebssystem oder diese Edition kann den Schlüssel nicht verwenden: falsche Edition oder falscher Schlüsseltyp, oder es fehlen vorausgesetzte Updates (zum Beispiel bei Schlüsseln für erweiterte Sicherheitsupdates, ESU).</translation>
    </message>
    <message>
        <source>Check that the key type matches the edition, and install the required updates.</source>
        <translation>Prüfen Sie, ob der Schlüsseltyp zur Edition passt, und installieren Sie die erforderlichen Updates.</translation>
    </message>
    <message>
        <source>The grace period has expired.</source>
        <translation>Die Toleranzperiode ist abgelaufen.</translation>
    </message>
    <message>
        <source>The product was not activated before the end of its grace period.</source>
        <translation>Das Produkt wurde nicht vor dem Ende seiner Toleranzperiode aktiviert.</translation>
    </message>
    <message>
        <source>Activate it now: online, through a KMS host, or by phone.</source>
        <translation>Aktivieren Sie es jetzt: online, über einen KMS-Host oder per Telefon.</translation>
    </message>
    <message>
        <source>The hardware has changed beyond the tolerated level.</source>
        <translation>Die Hardware hat sich über das tolerierte Maß hinaus verändert.</translation>
    </message>
    <message>
        <source>Hardware changes, or a move to another virtualisation host, invalidated the activation.</source>
        <translation>Hardwareänderungen oder der Umzug auf einen anderen Virtualisierungshost haben die Aktivierung ungültig gemacht.</translation>
    </message>
    <message>
        <source>Activate the product again; for a MAK or retail key, by phone if online activation is refused.</source>
        <translation>Aktivieren Sie das Produkt erneut; bei einem MAK oder Retail-Schlüssel per Telefon, wenn die Online-Aktivierung abgelehnt wird.</translation>
    </message>
    <message>
        <source>The licensing service did not find what was asked for.</source>
        <translation>Der Lizenzierungsdienst hat das Angefragte nicht gefunden.</translation>
    </message>
    <message>
        <source>No installed product matches: no product holds the key or the product ID that was given (for example, its key was uninstalled or replaced meanwhile).</source>
        <translation>Kein installiertes Produkt passt: Kein Produkt trägt den angegebenen Schlüssel oder die angegebene Produkt-ID (zum Beispiel wurde sein Schlüssel inzwischen deinstalliert oder ersetzt).</translation>
    </message>
    <message>
        <source>Scan the machine again to see which products hold a key now, then repeat the action on one of them (install the key first if it is missing).</source>
        <translation>Lesen Sie den Rechner erneut ein, um zu sehen, welche Produkte jetzt einen Schlüssel tragen, und wiederholen Sie die Aktion für eines davon (installieren Sie zuerst den Schlüssel, wenn er fehlt).</translation>
    </message>
    <message>
        <source>The licence is not installed.</source>
        <translation>Die Lizenz ist nicht installiert.</translation>
    </message>
    <message>
        <source>A newer client (for example Windows 10 Enterprise) asked a KMS host whose key does not cover it, such as Windows Server 2012 R2 or 2008 R2 with an older host key; event 12290 on the host then shows 0xC004F042.</source>
        <translation>Ein neuerer Client (zum Beispiel Windows 10 Enterprise) hat einen KMS-Host angefragt, dessen Schlüssel ihn nicht abdeckt, etwa Windows Server 2012 R2 oder 2008 R2 mit einem älteren Hostschlüssel; Ereignis 12290 auf dem Host zeigt dann 0xC004F042.</translation>
    </message>
    <message>
        <source>Install the host update (KB3172614 on 2012 R2, KB3079821 on 2008 R2), then a host key that covers the client, such as the “Windows Srv 2012R2 DataCtr/Std KMS for Windows 10” CSVLK (key group ws2012r2-win10).</source>
        <translation>Installieren Sie das Host-Update (KB3172614 auf 2012 R2, KB3079821 auf 2008 R2) und danach einen Hostschlüssel, der den Client abdeckt, etwa den CSVLK „Windows Srv 2012R2 DataCtr/Std KMS for Windows 10“ (Schlüsselgruppe ws2012r2-win10).</translation>
    </message>
    <message>
        <source>A typing error, a beta key on a released build, an em dash instead of a hyphen, a key for another Windows version, or an Office host key on a host without that Office version&apos;s Volume License Pack.</source>
        <translation>Ein Tippfehler, ein Beta-Schlüssel auf einer finalen Version, ein Geviertstrich statt eines Bindestrichs, ein Schlüssel für eine andere Windows-Version oder ein Office-Hostschlüssel auf einem Host ohne das Volumenlizenzpaket dieser Office-Version.</translation>
    </message>
    <message>
        <source>Type the key again and use the key that matches this operating system version. For an Office host key, install that Office version&apos;s Volume License Pack on the host first: without it Windows does not know the key. If it persists after a host update, restart the server, then the Software Protection service (net stop sppsvc &amp;&amp; net start sppsvc), and install the key again.</source>
        <translation>Geben Sie den Schlüssel erneut ein und verwenden Sie den Schlüssel, der zu dieser Betriebssystemversion passt. Installieren Sie für einen Office-Hostschlüssel zuerst das Volumenlizenzpaket dieser Office-Version auf dem Host: Ohne das Paket kennt Windows den Schlüssel nicht. Besteht der Fehler nach einem Host-Update weiter, starten Sie den Server neu, dann den Softwareschutzdienst (net stop sppsvc &amp;&amp; net start sppsvc), und installieren Sie den Schlüssel erneut.</translation>
    </message>
    <message>
        <source>This action requires administrator rights.</source>
        <translation>Diese Aktion erfordert Administratorrechte.</translation>
    </message>
    <message>
        <source>The command ran without elevation.</source>
        <translation>Der Befehl wurde ohne erhöhte Rechte ausgeführt.</translation>
    </message>
    <message>
        <source>Run the wizard as administrator; on a remote machine, connect with an administrator account.</source>
        <translation>Führen Sie den Assistenten als Administrator aus; auf einem Remotecomputer melden Sie sich mit einem Administratorkonto an.</translation>
    </message>
    <message>
        <source>The format of the offline activation data is incorrect.</source>
        <translation>Das Format der Offline-Aktivierungsdaten ist falsch.</translation>
    </message>
    <message>
        <source>The Installation ID or the Confirmation ID was typed or pasted wrongly.</source>
        <translation>Die Installations-ID oder die Bestätigungs-ID wurde falsch eingegeben oder eingefügt.</translation>
    </message>
    <message>
        <source>Compare each block of the Confirmation ID with what you were given and enter it again.</source>
        <translation>Vergleichen Sie jeden Block der Bestätigungs-ID mit den Angaben, die Sie erhalten haben, und geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>The length of the Confirmation ID is incorrect.</source>
        <translation>Die Länge der Bestätigungs-ID ist falsch.</translation>
    </message>
    <message>
        <source>The Confirmation ID entered does not have 48 digits (8 blocks of 6).</source>
        <translation>Die eingegebene Bestätigungs-ID hat nicht 48 Ziffern (8 Blöcke zu je 6).</translation>
    </message>
    <message>
        <source>Enter all 8 blocks of 6 digits.</source>
        <translation>Geben Sie alle 8 Blöcke mit je 6 Ziffern ein.</translation>
    </message>
    <message>
        <source>The Installation ID and the Confirmation ID do not match.</source>
        <translation>Installations-ID und Bestätigungs-ID passen nicht zusammen.</translation>
    </message>
    <message>
        <source>The Confirmation ID was issued for another Installation ID: for another product, or before the product key was changed.</source>
        <translation>Die Bestätigungs-ID wurde für eine andere Installations-ID ausgestellt: für ein anderes Produkt oder bevor der Produktschlüssel geändert wurde.</translation>
    </message>
    <message>
        <source>Check the Installation ID shown now and obtain a new Confirmation ID for it.</source>
        <translation>Prüfen Sie die jetzt angezeigte Installations-ID und lassen Sie sich dafür eine neue Bestätigungs-ID geben.</translation>
    </message>
    <message>
        <source>The computer cannot be activated with a volume licence key.</source>
        <translation>Der Computer kann nicht mit einem Volumenlizenzschlüssel aktiviert werden.</translation>
    </message>
    <message>
        <source>Volume-licensed Windows 7 requires a qualifying operating system: this computer&apos;s BIOS lacks the OEM marker.</source>
        <translation>Windows 7 mit Volumenlizenz setzt ein qualifizierendes Betriebssystem voraus: Dem BIOS dieses Computers fehlt die OEM-Kennung.</translation>
    </message>
    <message>
        <source>Use a MAK or a retail key, or activate by phone (slmgr /dti, /atp).</source>
        <translation>Verwenden Sie einen MAK oder einen Retail-Schlüssel, oder aktivieren Sie per Telefon (slmgr /dti, /atp).</translation>
    </message>
    <message>
        <source>The count reported by the KMS host is insufficient.</source>
        <translation>Die vom KMS-Host gemeldete Anzahl reicht nicht aus.</translation>
    </message>
    <message>
        <source>The KMS host&apos;s count is below the activation threshold: 25 for Windows clients, 5 for Windows Server and for Office.</source>
        <translation>Die aktuelle Anzahl des KMS-Hosts liegt unter dem Aktivierungsschwellenwert: 25 für Windows-Clients, 5 für Windows Server und für Office.</translation>
    </message>
    <message>
        <source>Add machines until the count reaches the threshold, and check the current count on the host. If the count stays at 1, the clients share one client machine ID (CMID): the image was not generalised with sysprep.</source>
        <translation>Nehmen Sie weitere Computer hinzu, bis die Anzahl den Schwellenwert erreicht, und prüfen Sie die aktuelle Anzahl auf dem Host. Bleibt sie bei 1, teilen sich die Clients eine Clientcomputer-ID (CMID): Das Image wurde nicht mit sysprep generalisiert.</translation>
    </message>
    <message>
        <source>The Key Management Service (KMS) is not enabled.</source>
        <translation>Der Schlüsselverwaltungsdienst (KMS) ist nicht aktiviert.</translation>
    </message>
    <message>
        <source>The KMS host did not respond.</source>
        <translation>Der KMS-Host hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Check the network between the client and the host, and that TCP port 1688 (or the configured port) is not blocked.</source>
        <translation>Prüfen Sie das Netzwerk zwischen Client und Host und ob TCP-Port 1688 (oder der konfigurierte Port) nicht blockiert ist.</translation>
    </message>
    <message>
        <source>The KMS host is not activated.</source>
        <translation>Der KMS-Host ist nicht aktiviert.</translation>
    </message>
    <message>
        <source>The KMS host key (CSVLK) installed on the host has not been activated.</source>
        <translation>Der auf dem Host installierte KMS-Hostschlüssel (CSVLK) wurde nicht aktiviert.</translation>
    </message>
    <message>
        <source>Activate the KMS host online or by phone.</source>
        <translation>Aktivieren Sie den KMS-Host online oder per Telefon.</translation>
    </message>
    <message>
        <source>The specified KMS host cannot be used.</source>
        <translation>Der angegebene KMS-Host kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The host key does not cover this client&apos;s product: an Office host asked for Windows (or the reverse), or the host key is older than the client.</source>
        <translation>Der Hostschlüssel deckt das Produkt dieses Clients nicht ab: Ein Office-Host wurde für Windows angefragt (oder umgekehrt), oder der Hostschlüssel ist älter als der Client.</translation>
    </message>
    <message>
        <source>Point the client at the right KMS host, or install a newer host key (CSVLK) on the host together with the update it requires.</source>
        <translation>Verweisen Sie den Client auf den richtigen KMS-Host, oder installieren Sie auf dem Host einen neueren Hostschlüssel (CSVLK) zusammen mit dem dafür nötigen Update.</translation>
    </message>
    <message>
        <source>The Installation ID or the Confirmation ID is invalid.</source>
        <translation>Die Installations-ID oder die Bestätigungs-ID ist ungültig.</translation>
    </message>
    <message>
        <source>A digit is wrong: the check digits do not match.</source>
        <translation>Eine Ziffer ist falsch: Die Prüfziffern stimmen nicht.</translation>
    </message>
    <message>
        <source>Compare each block with what you were given; if it still fails, call again for a new Confirmation ID.</source>
        <translation>Vergleichen Sie jeden Block mit den Angaben, die Sie erhalten haben; schlägt es weiterhin fehl, rufen Sie erneut an und lassen Sie sich eine neue Bestätigungs-ID geben.</translation>
    </message>
    <message>
        <source>The product key is invalid.</source>
        <translation>Der Produktschlüssel ist ungültig.</translation>
    </message>
    <message>
        <source>The product SKU was not found.</source>
        <translation>Die Produkt-SKU wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The licence for the key&apos;s SKU is not installed: an Office GVLK without the volume licence files, or a volume key on an Evaluation edition (reported by administrators, not documented by Microsoft).</source>
        <translation>Die Lizenz für die SKU des Schlüssels ist nicht installiert: ein Office-GVLK ohne die Volumenlizenzdateien oder ein Volumenlizenzschlüssel auf einer Evaluierungsedition (von Administratoren berichtet, nicht von Microsoft dokumentiert).</translation>
    </message>
    <message>
        <source>Install the matching licences (slmgr /ilc, slmgr /rilc, ospp /inslic); convert an Evaluation edition with DISM /Set-Edition first.</source>
        <translation>Installieren Sie die passenden Lizenzen (slmgr /ilc, slmgr /rilc, ospp /inslic); konvertieren Sie eine Evaluierungsedition zuerst mit DISM /Set-Edition.</translation>
    </message>
    <message>
        <source>The request timestamp is invalid.</source>
        <translation>Der Zeitstempel der Anforderung ist ungültig.</translation>
    </message>
    <message>
        <source>The clocks of the client and of the KMS host differ by more than 4 hours (compared in UTC).</source>
        <translation>Die Uhren von Client und KMS-Host weichen um mehr als 4 Stunden voneinander ab (in UTC verglichen).</translation>
    </message>
    <message>
        <source>Synchronise the clocks with NTP or Active Directory time, then run “w32tm /resync”.</source>
        <translation>Synchronisieren Sie die Uhren per NTP oder über die Active-Directory-Zeit und führen Sie dann „w32tm /resync“ aus.</translation>
    </message>
    <message>
        <source>No Key Management Service (KMS) host could be contacted.</source>
        <translation>Es konnte kein Host des Schlüsselverwaltungsdienstes (KMS) erreicht werden.</translation>
    </message>
    <message>
        <source>Every KMS host returned an error or none answered: the Software Protection service (sppsvc) is stopped on the host, TCP port 1688 is blocked, a DNS SRV or A record is stale, the clocks differ (inner code 0xC004F06C), or the host is too old for this client.</source>
        <translation>Jeder KMS-Host hat einen Fehler gemeldet oder keiner hat geantwortet: Der Softwareschutzdienst (sppsvc) ist auf dem Host beendet, TCP-Port 1688 ist blockiert, ein DNS-SRV- oder A-Eintrag ist veraltet, die Uhren weichen ab (innerer Code 0xC004F06C) oder der Host ist für diesen Client zu alt.</translation>
    </message>
    <message>
        <source>Read event 12288 on the client for the inner error code; test the port with “Test-NetConnection &lt;host&gt; -Port 1688”; start sppsvc on the host; correct the DNS records; resynchronise the clock with “w32tm /resync”; update the KMS host.</source>
        <translation>Lesen Sie Ereignis 12288 auf dem Client, um den inneren Fehlercode zu erfahren; testen Sie den Port mit „Test-NetConnection &lt;Host&gt; -Port 1688“; starten Sie sppsvc auf dem Host; korrigieren Sie die DNS-Einträge; synchronisieren Sie die Uhr mit „w32tm /resync“; aktualisieren Sie den KMS-Host.</translation>
    </message>
    <message>
        <source>Windows reports this copy as not genuine.</source>
        <translation>Windows meldet diese Kopie als nicht echt.</translation>
    </message>
    <message>
        <source>The licensing state was tampered with, or the key is not legitimate for this installation.</source>
        <translation>Der Lizenzstatus wurde manipuliert, oder der Schlüssel ist für diese Installation nicht rechtmäßig.</translation>
    </message>
    <message>
        <source>Install a legitimate key for this edition and activate it; contact Microsoft support if the problem persists.</source>
        <translation>Installieren Sie einen rechtmäßigen Schlüssel für diese Edition und aktivieren Sie ihn; wenden Sie sich an den Microsoft-Support, wenn das Problem bestehen bleibt.</translation>
    </message>
    <message>
        <source>The Software Protection Platform reported error %1.</source>
        <translation>Die Softwareschutzplattform hat den Fehler %1 gemeldet.</translation>
    </message>
    <message>
        <source>A licensing or activation error that this wizard does not describe in detail.</source>
        <translation>Ein Lizenzierungs- oder Aktivierungsfehler, den dieser Assistent nicht im Einzelnen beschreibt.</translation>
    </message>
    <message>
        <source>Run “slui 0x2a %1” on the machine to read Windows&apos; own explanation, or look the code up in Microsoft&apos;s list of activation error codes.</source>
        <translation>Führen Sie „slui 0x2a %1“ auf dem Computer aus, um die Erklärung von Windows selbst zu lesen, oder schlagen Sie den Code in der Microsoft-Liste der Aktivierungsfehlercodes nach.</translation>
    </message>
    <message>
        <source>Windows reported system error %1 (Win32 error %2).</source>
        <translation>Windows hat den Systemfehler %1 gemeldet (Win32-Fehler %2).</translation>
    </message>
    <message>
        <source>A Windows system error, not specific to activation.</source>
        <translation>Ein Windows-Systemfehler, der nicht spezifisch für die Aktivierung ist.</translation>
    </message>
    <message>
        <source>Run “net helpmsg %2” on the machine to read Windows&apos; explanation of the error.</source>
        <translation>Führen Sie „net helpmsg %2“ auf dem Computer aus, um die Erklärung von Windows zu diesem Fehler zu lesen.</translation>
    </message>
    <message>
        <source>The machine reported error %1.</source>
        <translation>Der Computer hat den Fehler %1 gemeldet.</translation>
    </message>
    <message>
        <source>This error code is not in the wizard&apos;s catalog.</source>
        <translation>Dieser Fehlercode ist nicht im Katalog des Assistenten enthalten.</translation>
    </message>
    <message>
        <source>Run “slui 0x2a %1” on the machine, or search Microsoft&apos;s documentation for %1.</source>
        <translation>Führen Sie „slui 0x2a %1“ auf dem Computer aus, oder suchen Sie in der Microsoft-Dokumentation nach %1.</translation>
    </message>
    <message>
        <source>No error code was given.</source>
        <translation>Es wurde kein Fehlercode angegeben.</translation>
    </message>
    <message>
        <source>“%1” is not an error code. Write it in hexadecimal (0xC004F074) or in decimal (-1073418124).</source>
        <translation>„%1“ ist kein Fehlercode. Geben Sie ihn hexadezimal (0xC004F074) oder dezimal (-1073418124) an.</translation>
    </message>
    <message>
        <source>“%1” is outside the range of a 32-bit error code.</source>
        <translation>„%1“ liegt außerhalb des Bereichs eines 32-Bit-Fehlercodes.</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message numerus="yes">
        <source>“%1” found in %n help page(s):</source>
        <translation>
            <numerusform>„%1“ steht auf %n Hilfeseite:</numerusform>
            <numerusform>„%1“ steht auf %n Hilfeseiten:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on this page: try Search all pages.</source>
        <translation>Nicht auf dieser Seite: Versuchen Sie „Gesamte Hilfe durchsuchen“.</translation>
    </message>
    <message>
        <source>Help — %1</source>
        <translation>Hilfe – %1</translation>
    </message>
    <message>
        <source>No help page contains “%1”.</source>
        <translation>Keine Hilfeseite enthält „%1“.</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Zurück</translation>
    </message>
    <message>
        <source>Forward &gt;</source>
        <translation>Vor &gt;</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Words to find in the help</source>
        <translation>Suchbegriffe für die Hilfe</translation>
    </message>
    <message>
        <source>Find in this page</source>
        <translation>Auf dieser Seite suchen</translation>
    </message>
    <message>
        <source>Search all pages</source>
        <translation>Gesamte Hilfe durchsuchen</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
</context>
<context>
    <name>HostCheckPage</name>
    <message>
        <source>Connecting and checking the host…</source>
        <translation>Verbindung wird hergestellt und der Host geprüft …</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>This host may hold a KMS host key of: %1.</source>
        <translation>Dieser Host kann einen KMS-Hostschlüssel folgender Gruppen aufnehmen: %1.</translation>
    </message>
    <message>
        <source>This host cannot hold any Windows KMS host key.</source>
        <translation>Dieser Host kann keinen Windows-KMS-Hostschlüssel aufnehmen.</translation>
    </message>
    <message>
        <source>Something blocks the setup (marked “Problem” below): fix it on the host, then check again.</source>
        <translation>Etwas blockiert die Einrichtung (unten mit „Problem“ markiert): Beheben Sie es auf dem Host und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Nothing blocks the setup: go on to choose the key group.</source>
        <translation>Nichts blockiert die Einrichtung: Wählen Sie als Nächstes die Schlüsselgruppe.</translation>
    </message>
    <message>
        <source>What the host is, and whether it can become a KMS host.</source>
        <translation>Was der Host ist und ob er KMS-Host werden kann.</translation>
    </message>
    <message>
        <source>Preflight checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
</context>
<context>
    <name>HostCommand</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Machine: %1</source>
        <translation>Computer: %1</translation>
    </message>
    <message>
        <source>Operating system: %1 (version %2, build %3)</source>
        <translation>Betriebssystem: %1 (Version %2, Build %3)</translation>
    </message>
    <message>
        <source>Edition: %1 (SKU %2)</source>
        <translation>Edition: %1 (SKU %2)</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domäne: %1</translation>
    </message>
    <message>
        <source>Workgroup: %1</source>
        <translation>Arbeitsgruppe: %1</translation>
    </message>
    <message>
        <source>IP addresses: %1</source>
        <translation>IP-Adressen: %1</translation>
    </message>
    <message>
        <source>Running with administrator rights: %1</source>
        <translation>Mit Administratorrechten ausgeführt: %1</translation>
    </message>
    <message>
        <source>Windows PowerShell: %1</source>
        <translation>Windows PowerShell: %1</translation>
    </message>
    <message>
        <source>Office: none installed, no volume license pack</source>
        <translation>Office: keine Version installiert, kein Volumenlizenzpaket</translation>
    </message>
    <message>
        <source>Office %1 — installed: %2; volume license pack (KMS host): %3</source>
        <translation>Office %1 — installiert: %2; Volumenlizenzpaket (KMS-Host): %3</translation>
    </message>
    <message>
        <source>Clock (UTC): %1</source>
        <translation>Uhrzeit (UTC): %1</translation>
    </message>
    <message>
        <source>KMS host: %1</source>
        <translation>KMS-Host: %1</translation>
    </message>
    <message>
        <source>Current count: %1 (at least %2 needed)</source>
        <translation>Aktuelle Anzahl: %1 (mindestens %2 erforderlich)</translation>
    </message>
    <message>
        <source>Listening port: %1</source>
        <translation>Überwachungsport: %1</translation>
    </message>
    <message>
        <source>DNS publishing: %1</source>
        <translation>DNS-Veröffentlichung: %1</translation>
    </message>
    <message>
        <source>Low priority: %1</source>
        <translation>Niedrige Priorität: %1</translation>
    </message>
    <message>
        <source>Activation interval: %1 min, renewal interval: %2 min</source>
        <translation>Aktivierungsintervall: %1 min, Erneuerungsintervall: %2 min</translation>
    </message>
    <message>
        <source>Requests received: %1 (failed: %2)</source>
        <translation>Empfangene Anforderungen: %1 (fehlgeschlagen: %2)</translation>
    </message>
    <message>
        <source>KMS host used by this machine: %1</source>
        <translation>Von diesem Computer verwendeter KMS-Host: %1</translation>
    </message>
    <message>
        <source>No product holds a product key.</source>
        <translation>Kein Produkt hat einen Produktschlüssel.</translation>
    </message>
    <message>
        <source>%1 — channel %2</source>
        <translation>%1 — Kanal %2</translation>
    </message>
    <message>
        <source>  License status: %1</source>
        <translation>  Lizenzstatus: %1</translation>
    </message>
    <message>
        <source>  Reason: %1</source>
        <translation>  Grund: %1</translation>
    </message>
    <message>
        <source>  Reason: %1 — %2</source>
        <translation>  Grund: %1 — %2</translation>
    </message>
    <message>
        <source>  Product key: %1</source>
        <translation>  Produktschlüssel: %1</translation>
    </message>
    <message>
        <source>  Grace period left: %1 min</source>
        <translation>  Verbleibende Toleranzperiode: %1 min</translation>
    </message>
    <message>
        <source>  KMS host: %1</source>
        <translation>  KMS-Host: %1</translation>
    </message>
    <message>
        <source>unlicensed</source>
        <translation>nicht lizenziert</translation>
    </message>
    <message>
        <source>licensed</source>
        <translation>lizenziert</translation>
    </message>
    <message>
        <source>initial grace period</source>
        <translation>anfängliche Toleranzperiode</translation>
    </message>
    <message>
        <source>additional grace period (tolerance exceeded)</source>
        <translation>zusätzliche Toleranzperiode (Toleranz überschritten)</translation>
    </message>
    <message>
        <source>non-genuine grace period</source>
        <translation>Toleranzperiode für nicht echte Kopie</translation>
    </message>
    <message>
        <source>notification mode</source>
        <translation>Benachrichtigungsmodus</translation>
    </message>
    <message>
        <source>extended grace period</source>
        <translation>erweiterte Toleranzperiode</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
</context>
<context>
    <name>HostDashboard</name>
    <message numerus="yes">
        <source>%n more machine(s) must ask this host before Windows Server machines activate (count %1 of %2).</source>
        <translation>
            <numerusform>Noch %n Computer muss diesen Host anfragen, bevor sich Windows Server-Computer aktivieren (Anzahl %1 von %2).</numerusform>
            <numerusform>Noch %n Computer müssen diesen Host anfragen, bevor sich Windows Server-Computer aktivieren (Anzahl %1 von %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more machine(s) must ask this host before Windows clients activate (count %1 of %2).</source>
        <translation>
            <numerusform>Noch %n Computer muss diesen Host anfragen, bevor sich Windows-Clients aktivieren (Anzahl %1 von %2).</numerusform>
            <numerusform>Noch %n Computer müssen diesen Host anfragen, bevor sich Windows-Clients aktivieren (Anzahl %1 von %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Windows Server machines activate: the count is %1 (%2 needed).</source>
        <translation>Windows Server-Computer werden aktiviert: Die Anzahl beträgt %1 (%2 erforderlich).</translation>
    </message>
    <message>
        <source>Windows clients activate: the count is %1 (%2 needed).</source>
        <translation>Windows-Clients werden aktiviert: Die Anzahl beträgt %1 (%2 erforderlich).</translation>
    </message>
    <message numerus="yes">
        <source>%n more machine(s) must ask this host before the Windows Server versions its key activates (%3) activate (count %1 of %2).</source>
        <translation>
            <numerusform>Noch %n Computer muss diesen Host anfragen, bevor die Windows Server-Versionen, die sein Schlüssel aktiviert (%3), aktiviert werden (Anzahl %1 von %2).</numerusform>
            <numerusform>Noch %n Computer müssen diesen Host anfragen, bevor die Windows Server-Versionen, die sein Schlüssel aktiviert (%3), aktiviert werden (Anzahl %1 von %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more machine(s) must ask this host before the Windows clients its key activates (%3) activate (count %1 of %2).</source>
        <translation>
            <numerusform>Noch %n Computer muss diesen Host anfragen, bevor die Windows-Clients, die sein Schlüssel aktiviert (%3), aktiviert werden (Anzahl %1 von %2).</numerusform>
            <numerusform>Noch %n Computer müssen diesen Host anfragen, bevor die Windows-Clients, die sein Schlüssel aktiviert (%3), aktiviert werden (Anzahl %1 von %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The Windows Server versions its key activates (%3) activate: the count is %1 (%2 needed).</source>
        <translation>Die Windows Server-Versionen, die sein Schlüssel aktiviert (%3), werden aktiviert: Die Anzahl beträgt %1 (%2 erforderlich).</translation>
    </message>
    <message>
        <source>The Windows clients its key activates (%3) activate: the count is %1 (%2 needed).</source>
        <translation>Die Windows-Clients, die sein Schlüssel aktiviert (%3), werden aktiviert: Die Anzahl beträgt %1 (%2 erforderlich).</translation>
    </message>
    <message>
        <source>This host&apos;s Windows key (%1) activates %2. It does not activate %3: those clients need a newer host key (see the key-group page).</source>
        <translation>Der Windows-Schlüssel dieses Hosts (%1) aktiviert %2. Er aktiviert nicht %3: Diese Clients brauchen einen neueren KMS-Hostschlüssel (siehe Seite „Schlüsselgruppe“).</translation>
    </message>
    <message>
        <source>This host&apos;s Windows key (%1) activates %2.</source>
        <translation>Der Windows-Schlüssel dieses Hosts (%1) aktiviert %2.</translation>
    </message>
    <message>
        <source>This host holds only Office host keys (%1): it activates no Windows client or server, whatever its count. Install a Windows host key to activate Windows.</source>
        <translation>Dieser Host hat nur Office-KMS-Hostschlüssel (%1): Er aktiviert keinen Windows-Client und keinen Windows-Server, wie hoch seine Anzahl auch ist. Installieren Sie einen Windows-KMS-Hostschlüssel, um Windows zu aktivieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n more Office installation(s) must ask this host before Office %1 activates (count %2 of %3).</source>
        <translation>
            <numerusform>Noch %n Office-Installation muss diesen Host anfragen, bevor sich Office %1 aktiviert (Anzahl %2 von %3).</numerusform>
            <numerusform>Noch %n Office-Installationen müssen diesen Host anfragen, bevor sich Office %1 aktiviert (Anzahl %2 von %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Office %1 activates: its count is %2 (%3 needed).</source>
        <translation>Office %1 wird aktiviert: Seine Anzahl beträgt %2 (%3 erforderlich).</translation>
    </message>
    <message>
        <source>The host keeps one count: the distinct machines, clients and servers alike, that asked it for activation in the last 30 days. Windows Server machines activate once that count is at least 5, Windows clients once it is at least 25 (Office has its own count, also 5). Until then they wait with 0xC004F038 and ask again every 2 hours.</source>
        <translation>Der Host zählt für alle gemeinsam: die verschiedenen Computer – Clients wie Server –, die ihn in den letzten 30 Tagen um Aktivierung gebeten haben. Windows Server-Computer werden aktiviert, sobald diese Anzahl mindestens 5 beträgt, Windows-Clients ab 25 (Office zählt für sich, ebenfalls ab 5). Bis dahin warten sie mit 0xC004F038 und fragen alle 2 Stunden erneut an.</translation>
    </message>
    <message>
        <source>A KMS host on a Windows client activates Windows clients only.</source>
        <translation>Ein KMS-Host auf einem Windows-Client aktiviert nur Windows-Clients.</translation>
    </message>
    <message>
        <source>This machine is not an activated KMS host: it counts nothing.</source>
        <translation>Dieser Computer ist kein aktivierter KMS-Host: Er zählt nichts.</translation>
    </message>
    <message>
        <source>Install and activate the KMS host key first.</source>
        <translation>Installieren und aktivieren Sie zuerst den KMS-Hostschlüssel.</translation>
    </message>
    <message>
        <source>No client has asked this host yet.</source>
        <translation>Bisher hat kein Client diesen Host angefragt.</translation>
    </message>
    <message>
        <source>Check that clients find the host (DNS SRV record, or a KMS host set on them), that the port accepts connections (firewall) and that clients hold a KMS client key (GVLK).</source>
        <translation>Prüfen Sie, ob die Clients den Host finden (DNS-SRV-Eintrag oder auf ihnen festgelegter KMS-Host), ob der Port Verbindungen annimmt (Firewall) und ob die Clients einen KMS-Clientsetupschlüssel (GVLK) haben.</translation>
    </message>
    <message>
        <source>The count is stuck at 1 although %1 requests arrived: the clients probably share one client machine ID (CMID), having been cloned from an image that was not generalised.</source>
        <translation>Die Anzahl bleibt bei 1, obwohl %1 Anfragen eingegangen sind: Die Clients teilen sich wahrscheinlich eine Clientcomputer-ID (CMID), weil sie aus einem nicht generalisierten Image geklont wurden.</translation>
    </message>
    <message>
        <source>Prepare images with “sysprep /generalize” before deploying them; on clones already deployed, run it (or slmgr /rearm) so each gets its own CMID. Event 12290 on the host shows each client&apos;s CMID.</source>
        <translation>Bereiten Sie Images vor der Verteilung mit „sysprep /generalize“ vor; führen Sie es auf bereits verteilten Klonen aus (oder slmgr /rearm), damit jeder eine eigene CMID erhält. Ereignis 12290 auf dem Host zeigt die CMID jedes Clients.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) failed: the host key does not cover those clients&apos; editions (0xC004F042), or their clock is more than 4 hours off (0xC004F06C).</source>
        <translation>
            <numerusform>%n Anfrage ist fehlgeschlagen: Der Hostschlüssel deckt die Edition dieser Clients nicht ab (0xC004F042), oder ihre Uhr weicht um mehr als 4 Stunden ab (0xC004F06C).</numerusform>
            <numerusform>%n Anfragen sind fehlgeschlagen: Der Hostschlüssel deckt die Edition dieser Clients nicht ab (0xC004F042), oder ihre Uhr weicht um mehr als 4 Stunden ab (0xC004F06C).</numerusform>
        </translation>
    </message>
    <message>
        <source>Event 12290 in the host&apos;s Key Management Service log names each client and its error. Check the host key&apos;s group against the clients&apos; editions, and their clocks.</source>
        <translation>Ereignis 12290 im Protokoll „Schlüsselverwaltungsdienst“ des Hosts nennt jeden Client und seinen Fehler. Vergleichen Sie die Gruppe des Hostschlüssels mit den Editionen der Clients und prüfen Sie deren Uhren.</translation>
    </message>
    <message>
        <source>DNS lists other KMS hosts for %1 (%2): clients spread over them, so each host&apos;s count grows more slowly.</source>
        <translation>Das DNS nennt weitere KMS-Hosts für %1 (%2): Die Clients verteilen sich auf sie, daher steigt die Anzahl jedes Hosts langsamer.</translation>
    </message>
    <message>
        <source>Two hosts are fine for redundancy. Remove the SRV records of hosts that should no longer serve (decommissioned or unauthorised ones).</source>
        <translation>Zwei Hosts sind für Redundanz sinnvoll. Entfernen Sie die SRV-Einträge von Hosts, die nicht mehr dienen sollen (außer Betrieb genommene oder nicht autorisierte).</translation>
    </message>
    <message>
        <source>Machines that have not asked for 30 days drop out of the count: a count that falls after a month means machines stopped renewing (switched off, reinstalled, or using another host).</source>
        <translation>Computer, die 30 Tage lang nicht angefragt haben, fallen aus der Anzahl heraus: Sinkt die Anzahl nach einem Monat, erneuern Computer ihre Aktivierung nicht mehr (ausgeschaltet, neu installiert oder an einem anderen Host).</translation>
    </message>
    <message>
        <source>The count stops at %1 (twice the highest threshold): more machines are served all the same.</source>
        <translation>Die Anzahl steigt höchstens auf %1 (das Doppelte des höchsten Schwellenwerts): Weitere Computer werden trotzdem bedient.</translation>
    </message>
</context>
<context>
    <name>HostDetail</name>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, bis %2</translation>
    </message>
    <message>
        <source>Product key</source>
        <translation>Produktschlüssel</translation>
    </message>
    <message>
        <source>KMS host (set)</source>
        <translation>KMS-Host (festgelegt)</translation>
    </message>
    <message>
        <source>KMS host (DNS)</source>
        <translation>KMS-Host (DNS)</translation>
    </message>
    <message>
        <source>The machine reports %1.</source>
        <translation>Der Computer meldet %1.</translation>
    </message>
    <message>
        <source>no KMS host found</source>
        <translation>kein KMS-Host gefunden</translation>
    </message>
    <message>
        <source>Last KMS request</source>
        <translation>Letzte KMS-Anfrage</translation>
    </message>
    <message>
        <source>%1, to %2</source>
        <translation>%1, an %2</translation>
    </message>
    <message>
        <source>The last activation request failed with %1 (the machine&apos;s events).</source>
        <translation>Die letzte Aktivierungsanfrage ist mit %1 fehlgeschlagen (Ereignisprotokoll des Computers).</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 ahead of the KMS host %2</source>
        <translation>%1 vor dem KMS-Host %2</translation>
    </message>
    <message>
        <source>%1 behind the KMS host %2</source>
        <translation>%1 hinter dem KMS-Host %2</translation>
    </message>
    <message>
        <source>%1 ahead of this computer</source>
        <translation>%1 vor diesem Computer</translation>
    </message>
    <message>
        <source>%1 behind this computer</source>
        <translation>%1 hinter diesem Computer</translation>
    </message>
    <message>
        <source>The clock is more than 4 hours off: a KMS host refuses the request (0xC004F06C).</source>
        <translation>Die Uhr weicht um mehr als 4 Stunden ab: Ein KMS-Host lehnt die Anfrage ab (0xC004F06C).</translation>
    </message>
    <message>
        <source>Set the time and time zone right, or let the machine take its time from the domain (w32tm /resync), then activate again.</source>
        <translation>Stellen Sie Uhrzeit und Zeitzone richtig ein oder lassen Sie den Computer die Zeit von der Domäne beziehen (w32tm /resync) und aktivieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Choose a host in the table to see every product and error.</source>
        <translation>Wählen Sie einen Host in der Tabelle, um jedes Produkt und jeden Fehler zu sehen.</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>KMS host</source>
        <translation>KMS-Host</translation>
    </message>
    <message>
        <source>none set, none found through DNS</source>
        <translation>keiner festgelegt, keiner über DNS gefunden</translation>
    </message>
    <message>
        <source>Client machine ID</source>
        <translation>Client-Computer-ID</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Ausgelesen am</translation>
    </message>
    <message>
        <source>No product holds a key on this machine.</source>
        <translation>Kein Produkt auf diesem Computer hat einen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>HostEligibility</name>
    <message>
        <source>Windows Server Datacenter: Azure Edition is activated by Azure and cannot be a KMS host.</source>
        <translation>Windows Server Datacenter: Azure Edition wird über Azure aktiviert und kann kein KMS-Host sein.</translation>
    </message>
    <message>
        <source>Evaluation editions cannot take a KMS host key. Convert this server to a licensed edition first (DISM /Set-Edition).</source>
        <translation>Evaluierungseditionen können keinen KMS-Hostschlüssel aufnehmen. Konvertieren Sie diesen Server zuerst in eine lizenzierte Edition (DISM /Set-Edition).</translation>
    </message>
    <message>
        <source>A %1 host can hold only the Client VL key, not a Server Group key.</source>
        <translation>Ein Host unter %1 kann nur den Client-VL-Schlüssel aufnehmen, keinen Servergruppen-Schlüssel.</translation>
    </message>
    <message>
        <source>This key can be installed only on %1.</source>
        <translation>Dieser Schlüssel kann nur unter %1 installiert werden.</translation>
    </message>
    <message>
        <source>A Windows client cannot hold a Windows Server host key: install it on %1.</source>
        <translation>Ein Windows-Client kann keinen Windows Server-Hostschlüssel aufnehmen: Installieren Sie ihn unter %1.</translation>
    </message>
    <message>
        <source>This key cannot activate the host&apos;s own edition (%1): a KMS host needs a key of its own group or a higher one.</source>
        <translation>Dieser Schlüssel kann die Edition des Hosts selbst (%1) nicht aktivieren: Ein KMS-Host benötigt einen Schlüssel seiner eigenen oder einer höheren Gruppe.</translation>
    </message>
    <message>
        <source>%1 cannot be a KMS host here: it runs the older Software Licensing service (slsvc). Use Windows 7 / Windows Server 2008 R2 or newer.</source>
        <translation>%1 kann hier kein KMS-Host sein: Das System läuft mit dem älteren Softwarelizenzierungsdienst (slsvc). Verwenden Sie Windows 7 / Windows Server 2008 R2 oder neuer.</translation>
    </message>
    <message>
        <source>This Windows version is not in the catalog: %1.</source>
        <translation>Diese Windows-Version ist nicht im Katalog: %1.</translation>
    </message>
</context>
<context>
    <name>HostKeyPage</name>
    <message>
        <source>Type or paste the KMS host key (five groups of five).</source>
        <translation>Geben Sie den KMS-Hostschlüssel ein oder fügen Sie ihn ein (fünf Gruppen zu fünf Zeichen).</translation>
    </message>
    <message>
        <source>%1 of 25 characters typed.</source>
        <translation>%1 von 25 Zeichen eingegeben.</translation>
    </message>
    <message>
        <source>This is the public KMS client setup key (GVLK) of %1, not a KMS host key: it turns a machine into a KMS client. Use your organisation&apos;s KMS host key (CSVLK) from the Volume Licensing Service Center.</source>
        <translation>Das ist der öffentliche KMS-Clientsetupschlüssel (GVLK) von %1, kein KMS-Hostschlüssel: Er macht einen Computer zum KMS-Client. Verwenden Sie den KMS-Hostschlüssel (CSVLK) Ihrer Organisation aus dem Volume Licensing Service Center (VLSC).</translation>
    </message>
    <message>
        <source>Well-formed key %1. Install it when you are ready.</source>
        <translation>Formal gültiger Schlüssel %1. Installieren Sie ihn, sobald Sie bereit sind.</translation>
    </message>
    <message>
        <source>Install the key %1 on %2?</source>
        <translation>Den Schlüssel %1 auf %2 installieren?</translation>
    </message>
    <message>
        <source>The host key becomes this machine&apos;s Windows product key; the machine then becomes a KMS host once the key is activated. A host key serves at most 6 hosts, each activated at most 10 times.</source>
        <translation>Der Hostschlüssel wird zum Windows-Produktschlüssel dieses Computers; der Computer wird zum KMS-Host, sobald der Schlüssel aktiviert ist. Ein Hostschlüssel lässt sich auf höchstens 6 Hosts verwenden und je Host höchstens 10-mal aktivieren.</translation>
    </message>
    <message>
        <source>Installing %1…</source>
        <translation>%1 wird installiert …</translation>
    </message>
    <message>
        <source>%1 already holds the key %2 (%3). Replace it with %4?</source>
        <translation>%1 hat bereits den Schlüssel %2 (%3). Durch %4 ersetzen?</translation>
    </message>
    <message>
        <source>Put the KMS client setup key (GVLK) of %1 back on %2?</source>
        <translation>Den KMS-Clientsetupschlüssel (GVLK) von %1 wieder auf %2 installieren?</translation>
    </message>
    <message>
        <source>Restoring the KMS client setup key…</source>
        <translation>KMS-Clientsetupschlüssel wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>The host key is installed.</source>
        <translation>Der Hostschlüssel ist installiert.</translation>
    </message>
    <message>
        <source>This key was already installed.</source>
        <translation>Dieser Schlüssel war bereits installiert.</translation>
    </message>
    <message>
        <source>The key was refused; nothing was sent.</source>
        <translation>Der Schlüssel wurde abgelehnt; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The key is not installed as a KMS host key: see below.</source>
        <translation>Der Schlüssel ist nicht als KMS-Hostschlüssel installiert: siehe unten.</translation>
    </message>
    <message>
        <source>Install the KMS host key (CSVLK) of the chosen group.</source>
        <translation>Installieren Sie den KMS-Hostschlüssel (CSVLK) der gewählten Gruppe.</translation>
    </message>
    <message>
        <source>The KMS host key comes from the Volume Licensing Service Center (VLSC) with your volume licence agreement. Paste it into the first field: it is spread across the five fields. It is shown masked everywhere else.</source>
        <translation>Den KMS-Hostschlüssel erhalten Sie mit Ihrem Volumenlizenzvertrag im Volume Licensing Service Center (VLSC). Fügen Sie ihn in das erste Feld ein: Er wird auf die fünf Felder verteilt. Überall sonst wird er maskiert angezeigt.</translation>
    </message>
    <message>
        <source>KMS host key</source>
        <translation>KMS-Hostschlüssel</translation>
    </message>
    <message>
        <source>Install the key…</source>
        <translation>Schlüssel installieren …</translation>
    </message>
    <message>
        <source>Restore the KMS client setup key…</source>
        <translation>KMS-Clientsetupschlüssel wiederherstellen …</translation>
    </message>
    <message>
        <source>Use the lab&apos;s key</source>
        <translation>Laborschlüssel verwenden</translation>
    </message>
    <message>
        <source>Training only: fill in the simulated lab&apos;s host key of this group.</source>
        <translation>Nur für Schulungen: Trägt den Hostschlüssel dieser Gruppe aus dem simulierten Labor ein.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>HostOutcome</name>
    <message>
        <source>Scanned</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Credentials refused</source>
        <translation>Anmeldedaten abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not scanned (cancelled)</source>
        <translation>Nicht geprüft (abgebrochen)</translation>
    </message>
    <message>
        <source>%1 sent a licensing state that cannot be used.</source>
        <translation>%1 hat einen unbrauchbaren Lizenzstatus geliefert.</translation>
    </message>
    <message>
        <source>%1 was not scanned: the scan was cancelled.</source>
        <translation>%1 wurde nicht geprüft: Die Überprüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Reading %1 failed unexpectedly (%2).</source>
        <translation>Das Auslesen von %1 ist unerwartet fehlgeschlagen (%2).</translation>
    </message>
</context>
<context>
    <name>HostReadyPage</name>
    <message>
        <source>Reading the host&apos;s count…</source>
        <translation>Anzahl des Hosts wird gelesen …</translation>
    </message>
    <message>
        <source>Letting time pass in the lab…</source>
        <translation>Im Labor vergeht Zeit …</translation>
    </message>
    <message>
        <source>%1 is a KMS host. Its count: %2</source>
        <translation>%1 ist ein KMS-Host. Aktuelle Anzahl: %2</translation>
    </message>
    <message>
        <source>%1 is not a KMS host yet.</source>
        <translation>%1 ist noch kein KMS-Host.</translation>
    </message>
    <message>
        <source>The host is set up. Clients activate once enough of them ask.</source>
        <translation>Der Host ist eingerichtet. Clients werden aktiviert, sobald genügend von ihnen anfragen.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Let 2 hours pass in the lab</source>
        <translation>Im Labor 2 Stunden vergehen lassen</translation>
    </message>
    <message>
        <source>Go on to the clients</source>
        <translation>Weiter zu den Clients</translation>
    </message>
    <message>
        <source>Finish here (summary)</source>
        <translation>Hier beenden (Zusammenfassung)</translation>
    </message>
    <message>
        <source>What the count means</source>
        <translation>Was die Anzahl bedeutet</translation>
    </message>
    <message>
        <source>Clients with a KMS client setup key (GVLK) find this host through DNS and activate by themselves, retrying every 2 hours. Go on to the clients to scan them and convert MAK clients, or finish here with a summary; run the wizard again at any time to check the host.</source>
        <translation>Clients mit einem KMS-Clientsetupschlüssel (GVLK) finden diesen Host über DNS und aktivieren sich selbst; sie versuchen es alle 2 Stunden erneut. Gehen Sie weiter zu den Clients, um sie zu prüfen und MAK-Clients umzustellen, oder beenden Sie hier mit einer Zusammenfassung; starten Sie den Assistenten jederzeit erneut, um den Host zu prüfen.</translation>
    </message>
    <message>
        <source>Windows Server</source>
        <translation>Windows Server</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Windows clients</source>
        <translation>Windows-Clients</translation>
    </message>
</context>
<context>
    <name>HostSetup</name>
    <message>
        <source>“%1” is not a product this step knows: give “windows”, an Office version (%2) or the Activation ID of an Office KMS host product.</source>
        <translation>„%1“ ist kein Produkt, das dieser Schritt kennt: Geben Sie „windows“, eine Office-Version (%2) oder die Aktivierungs-ID eines Office-KMS-Hostprodukts an.</translation>
    </message>
</context>
<context>
    <name>HostSetupActivation</name>
    <message>
        <source>Windows holds no KMS host key: there is no host to activate.</source>
        <translation>Windows enthält keinen KMS-Hostschlüssel: Es gibt keinen Host, der aktiviert werden könnte.</translation>
    </message>
    <message>
        <source>No Office %1 host key is installed on this host.</source>
        <translation>Auf diesem Host ist kein KMS-Hostschlüssel für Office %1 installiert.</translation>
    </message>
    <message>
        <source>%1 is already activated; it was not activated again (that would use up one of the key&apos;s activations).</source>
        <translation>%1 ist bereits aktiviert und wurde nicht erneut aktiviert (das würde eine der Aktivierungen des Schlüssels verbrauchen).</translation>
    </message>
    <message>
        <source>The host cannot reach Microsoft&apos;s activation servers over the internet.</source>
        <translation>Der Host erreicht die Aktivierungsserver von Microsoft nicht über das Internet.</translation>
    </message>
    <message>
        <source>Install the KMS host key first.</source>
        <translation>Installieren Sie zuerst den KMS-Hostschlüssel.</translation>
    </message>
    <message>
        <source>Install the Office %1 host key first.</source>
        <translation>Installieren Sie zuerst den Office-%1-Hostschlüssel.</translation>
    </message>
    <message>
        <source>Activate by phone: show the Installation ID, call the activation centre, then enter the Confirmation ID you are given.</source>
        <translation>Aktivieren Sie per Telefon: Lassen Sie die Installations-ID anzeigen, rufen Sie das Aktivierungscenter an und geben Sie dann die Bestätigungs-ID ein, die Sie erhalten.</translation>
    </message>
    <message>
        <source>%1 is activated (license status: licensed).</source>
        <translation>%1 ist aktiviert (Lizenzstatus: lizenziert).</translation>
    </message>
    <message>
        <source>This machine is now a KMS host, listening on port %1. Next: open the firewall and check DNS.</source>
        <translation>Dieser Computer ist jetzt ein KMS-Host und lauscht auf Port %1. Als Nächstes: Firewall öffnen und DNS prüfen.</translation>
    </message>
    <message>
        <source>Windows accepted the activation, but %1 is still not licensed.</source>
        <translation>Windows hat die Aktivierung angenommen, aber %1 ist weiterhin nicht lizenziert.</translation>
    </message>
</context>
<context>
    <name>HostSetupDns</name>
    <message>
        <source>The SRV priority for %1 must be a whole number from 0 to 65535, not “%2”.</source>
        <translation>Die SRV-Priorität für %1 muss eine ganze Zahl von 0 bis 65535 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>The SRV weight for %1 must be a whole number from 0 to 65535, not “%2”.</source>
        <translation>Die SRV-Gewichtung für %1 muss eine ganze Zahl von 0 bis 65535 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>This machine is not an activated KMS host yet: it has nothing to publish.</source>
        <translation>Dieser Computer ist noch kein aktivierter KMS-Host: Er hat nichts zu veröffentlichen.</translation>
    </message>
    <message>
        <source>Install and activate the KMS host key first.</source>
        <translation>Installieren und aktivieren Sie zuerst den KMS-Hostschlüssel.</translation>
    </message>
    <message>
        <source>Windows refused the publishing settings.</source>
        <translation>Windows hat die Veröffentlichungseinstellungen abgelehnt.</translation>
    </message>
    <message>
        <source>DNS publishing is on: the host publishes its SRV record in %1.</source>
        <translation>Die DNS-Veröffentlichung ist aktiviert: Der Host veröffentlicht seinen SRV-Eintrag in %1.</translation>
    </message>
    <message>
        <source>DNS publishing is off.</source>
        <translation>Die DNS-Veröffentlichung ist deaktiviert.</translation>
    </message>
    <message>
        <source>SRV records the host published before stay in DNS: clients keep finding this host there.</source>
        <translation>Vom Host früher veröffentlichte SRV-Einträge bleiben im DNS: Clients finden diesen Host dort weiterhin.</translation>
    </message>
    <message>
        <source>Delete the _vlmcs._tcp SRV records that name %1 in each domain, unless clients should still use this host.</source>
        <translation>Löschen Sie in jeder Domäne die _vlmcs._tcp-SRV-Einträge, die %1 nennen, es sei denn, Clients sollen diesen Host weiter verwenden.</translation>
    </message>
    <message>
        <source>The publishing settings were written, but the host reports others.</source>
        <translation>Die Veröffentlichungseinstellungen wurden geschrieben, aber der Host meldet andere.</translation>
    </message>
    <message>
        <source>The host&apos;s own domain %1 was added to the list: with a list, a KMS host publishes only in the domains listed.</source>
        <translation>Die eigene Domäne des Hosts, %1, wurde der Liste hinzugefügt: Mit einer Liste veröffentlicht ein KMS-Host nur in den aufgeführten Domänen.</translation>
    </message>
    <message>
        <source>The DNS check of %1 found no error: clients can find this host there.</source>
        <translation>Die DNS-Prüfung von %1 hat keinen Fehler gefunden: Clients können diesen Host dort finden.</translation>
    </message>
    <message>
        <source>The DNS check of %1 found %2 error(s): clients may not find this host.</source>
        <translation>Die DNS-Prüfung von %1 hat %2 Fehler gefunden: Clients finden diesen Host möglicherweise nicht.</translation>
    </message>
    <message>
        <source>Read the check&apos;s findings below. A host needs dynamic update rights on the zone (event 12293 on the host otherwise); without them, publish the record by hand.</source>
        <translation>Lesen Sie die Befunde der Prüfung unten. Ein Host braucht Rechte für dynamische Updates in der Zone (sonst Ereignis 12293 auf dem Host); ohne sie veröffentlichen Sie den Eintrag von Hand.</translation>
    </message>
    <message>
        <source>The zone is Active Directory&apos;s: the host updates only a record its own computer account created (a record created by another account blocks it: event 12293 on the host). Publish the record on a domain controller instead: the DNS page&apos;s domain controller path, or kms-wizard dns-publish --via-dns-server DC.</source>
        <translation>Die Zone gehört zu Active Directory: Der Host aktualisiert nur einen Eintrag, den sein eigenes Computerkonto angelegt hat (ein von einem anderen Konto angelegter Eintrag blockiert ihn: Ereignis 12293 auf dem Host). Veröffentlichen Sie den Eintrag stattdessen auf einem Domänencontroller: über den Domänencontroller-Weg der DNS-Seite oder mit kms-wizard dns-publish --via-dns-server DC.</translation>
    </message>
    <message>
        <source>The host does not publish itself: DNS publishing is off (DisableDnsPublishing).</source>
        <translation>Der Host veröffentlicht sich nicht selbst: Die DNS-Veröffentlichung ist abgeschaltet (DisableDnsPublishing).</translation>
    </message>
    <message>
        <source>Turn publishing on (slmgr /sdns), or keep the record up to date by hand or on a domain controller.</source>
        <translation>Schalten Sie die Veröffentlichung ein (slmgr /sdns), oder halten Sie den Eintrag von Hand oder auf einem Domänencontroller aktuell.</translation>
    </message>
    <message>
        <source>The host published its record in %1 (event 12294, %2).</source>
        <translation>Der Host hat seinen Eintrag in %1 veröffentlicht (Ereignis 12294, %2).</translation>
    </message>
    <message>
        <source>The host could not publish its record in %1 (event 12293, %2: %3).</source>
        <translation>Der Host konnte seinen Eintrag in %1 nicht veröffentlichen (Ereignis 12293, %2: %3).</translation>
    </message>
    <message>
        <source>The DNS server refused the host&apos;s update. In an Active Directory zone the _vlmcs._tcp name belongs to the account that created it (an administrator, or another KMS host): give the host&apos;s computer account Full Control on it, or publish the record on a domain controller.</source>
        <translation>Der DNS-Server hat das Update des Hosts abgelehnt. In einer Active Directory-Zone gehört der Name _vlmcs._tcp dem Konto, das ihn angelegt hat (ein Administrator oder ein anderer KMS-Host): Geben Sie dem Computerkonto des Hosts Vollzugriff darauf, oder veröffentlichen Sie den Eintrag auf einem Domänencontroller.</translation>
    </message>
    <message>
        <source>Check that the zone accepts secure dynamic updates from the host, or publish the record by hand or on a domain controller.</source>
        <translation>Prüfen Sie, dass die Zone sichere dynamische Updates des Hosts annimmt, oder veröffentlichen Sie den Eintrag von Hand oder auf einem Domänencontroller.</translation>
    </message>
    <message>
        <source>The host has logged no publishing event yet: it publishes when its Software Protection service starts, then every 24 hours.</source>
        <translation>Der Host hat noch kein Veröffentlichungsereignis protokolliert: Er veröffentlicht sich beim Start seines Dienstes „Softwareschutz“ und danach alle 24 Stunden.</translation>
    </message>
</context>
<context>
    <name>HostSetupFirewall</name>
    <message>
        <source>The port must be a number from 1 to 65535, not “%1”.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a firewall profile: use Domain, Private or Public.</source>
        <translation>„%1“ ist kein Firewallprofil: Verwenden Sie Domain, Private oder Public.</translation>
    </message>
    <message>
        <source>Choose at least one firewall profile (Domain, Private, Public).</source>
        <translation>Wählen Sie mindestens ein Firewallprofil (Domain, Private, Public).</translation>
    </message>
    <message>
        <source>The firewall rule %1 (“%2”) for TCP port %3 is disabled.</source>
        <translation>Die Firewallregel %1 („%2“) für TCP-Port %3 ist deaktiviert.</translation>
    </message>
    <message>
        <source>The firewall rule %1 (“%2”) lets TCP port %3 in for: %4; remote addresses: %5.</source>
        <translation>Die Firewallregel %1 („%2“) lässt TCP-Port %3 eingehend zu für: %4; Remoteadressen: %5.</translation>
    </message>
    <message>
        <source>No firewall rule in force lets TCP port %1 in for the %2 profile, although the rule was written.</source>
        <translation>Keine wirksame Firewallregel lässt TCP-Port %1 für das Profil %2 zu, obwohl die Regel geschrieben wurde.</translation>
    </message>
    <message>
        <source>The rule %1 still lets TCP port %2 in for the %3 profile.</source>
        <translation>Die Regel %1 lässt TCP-Port %2 für das Profil %3 weiterhin zu.</translation>
    </message>
    <message>
        <source>%1 admits clients on the host&apos;s own subnet only: clients on routed subnets (other VLANs, branch offices) are refused and fail with 0xC004F074.</source>
        <translation>%1 lässt nur Clients im eigenen Subnetz des Hosts zu: Clients in gerouteten Subnetzen (andere VLANs, Zweigstellen) werden abgewiesen und scheitern mit 0xC004F074.</translation>
    </message>
    <message>
        <source>For domain members, enable the Domain profile (rule SPPSVC-In-TCP-NoScope, any address).</source>
        <translation>Aktivieren Sie für Domänenmitglieder das Profil „Domäne“ (Regel SPPSVC-In-TCP-NoScope, jede Adresse).</translation>
    </message>
    <message>
        <source>The stock rule SPPSVC-In-TCP covers the Private and Public profiles together: enabling it opens both. For only one of them the wizard uses its own rule %1 (local subnet only).</source>
        <translation>Die mitgelieferte Regel SPPSVC-In-TCP gilt für die Profile „Privat“ und „Öffentlich“ gemeinsam: Wer sie aktiviert, öffnet beide. Für nur eines davon verwendet der Assistent seine eigene Regel %1 (nur lokales Subnetz).</translation>
    </message>
    <message>
        <source>The host&apos;s network uses the %1 profile now, and no rule in force lets TCP port %2 in there: clients cannot connect.</source>
        <translation>Das Netzwerk des Hosts verwendet derzeit das Profil %1, und keine wirksame Regel lässt dort TCP-Port %2 zu: Clients können keine Verbindung herstellen.</translation>
    </message>
    <message>
        <source>Enable the rule for the %1 profile as well.</source>
        <translation>Aktivieren Sie die Regel auch für das Profil %1.</translation>
    </message>
    <message>
        <source>A Group Policy controls this firewall: rules written on the host are not applied for: %1.</source>
        <translation>Eine Gruppenrichtlinie steuert diese Firewall: Auf dem Host geschriebene Regeln werden nicht angewendet für: %1.</translation>
    </message>
    <message>
        <source>Ask the owner of that GPO to allow inbound TCP port %1 (rule group “Key Management Service”, or a rule for port %1) in the GPO itself, or to set “Apply local firewall rules” to Yes. Changing the host&apos;s own rules cannot help.</source>
        <translation>Bitten Sie den Verantwortlichen dieses GPOs, eingehenden TCP-Port %1 im GPO selbst zuzulassen (Regelgruppe „Schlüsselverwaltungsdienst“ oder eine Regel für Port %1) oder „Lokale Firewallregeln anwenden“ auf „Ja“ zu setzen. Änderungen an den eigenen Regeln des Hosts helfen nicht.</translation>
    </message>
    <message>
        <source>Port %1 is not the default 1688, so the wizard uses its own rule %2 (the stock rules SPPSVC-In-TCP and SPPSVC-In-TCP-NoScope cover 1688 only).</source>
        <translation>Port %1 ist nicht der Standardport 1688, daher verwendet der Assistent seine eigene Regel %2 (die mitgelieferten Regeln SPPSVC-In-TCP und SPPSVC-In-TCP-NoScope gelten nur für 1688).</translation>
    </message>
    <message>
        <source>The KMS host listens on port %1, not %2: this rule does not let its clients in.</source>
        <translation>Der KMS-Host lauscht auf Port %1, nicht auf %2: Diese Regel lässt seine Clients nicht durch.</translation>
    </message>
    <message>
        <source>This machine is not an activated KMS host yet: the port answers once its host key is activated.</source>
        <translation>Dieser Computer ist noch kein aktivierter KMS-Host: Der Port antwortet, sobald sein Hostschlüssel aktiviert ist.</translation>
    </message>
    <message>
        <source>Port %1 still accepts connections: another rule (or no firewall) lets it in.</source>
        <translation>Port %1 nimmt weiterhin Verbindungen an: Eine andere Regel (oder keine Firewall) lässt ihn durch.</translation>
    </message>
    <message>
        <source>Port %1 no longer accepts connections from this computer.</source>
        <translation>Port %1 nimmt keine Verbindungen von diesem Computer mehr an.</translation>
    </message>
    <message>
        <source>Windows refused the firewall change.</source>
        <translation>Windows hat die Firewalländerung abgelehnt.</translation>
    </message>
</context>
<context>
    <name>HostSetupKey</name>
    <message>
        <source>This is the public KMS client setup key (GVLK) of %1, not a KMS host key. Installed here it would make this machine a KMS client.</source>
        <translation>Das ist der öffentliche KMS-Clientsetupschlüssel (GVLK) von %1, kein KMS-Hostschlüssel. Hier installiert, würde er diesen Computer zu einem KMS-Client machen.</translation>
    </message>
    <message>
        <source>Use your organisation&apos;s KMS host key (CSVLK) from the Volume Licensing Service Center.</source>
        <translation>Verwenden Sie den KMS-Hostschlüssel (CSVLK) Ihrer Organisation aus dem Volume Licensing Service Center.</translation>
    </message>
    <message>
        <source>This is the KMS client setup key (GVLK) of %1, an Office product: it is not a host key, and it belongs on Office clients.</source>
        <translation>Das ist der KMS-Clientsetupschlüssel (GVLK) von %1, einem Office-Produkt: Er ist kein Hostschlüssel und gehört auf Office-Clients.</translation>
    </message>
    <message>
        <source>A KMS host key activates at most 6 hosts, each up to 10 times; after that Windows answers 0xC004C008. Never install it on clients: they take their GVLK.</source>
        <translation>Ein KMS-Hostschlüssel aktiviert höchstens 6 Hosts, jeden bis zu 10-mal; danach antwortet Windows mit 0xC004C008. Installieren Sie ihn nie auf Clients: Diese erhalten ihren GVLK.</translation>
    </message>
    <message>
        <source>Confirm that the key ending in %1 may be replaced, then install again.</source>
        <translation>Bestätigen Sie, dass der auf %1 endende Schlüssel ersetzt werden darf, und installieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>This key (%1) is already installed; nothing was changed.</source>
        <translation>Dieser Schlüssel (%1) ist bereits installiert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Windows refused the key %1 with error %2.</source>
        <translation>Windows hat den Schlüssel %1 mit dem Fehler %2 abgelehnt.</translation>
    </message>
    <message>
        <source>The KMS host key %1 is installed (channel: KMS host). Next: activate it.</source>
        <translation>Der KMS-Hostschlüssel %1 ist installiert (Kanal: KMS-Host). Als Nächstes: aktivieren.</translation>
    </message>
    <message>
        <source>%1 already holds the key %2. Installing the new key replaces it.</source>
        <translation>%1 enthält bereits den Schlüssel %2. Die Installation des neuen Schlüssels ersetzt ihn.</translation>
    </message>
    <message>
        <source>The key %1 went in, but it is a MAK, not a KMS host key: this machine is no KMS host, and activating it would use up one of the MAK&apos;s activations.</source>
        <translation>Der Schlüssel %1 wurde installiert, ist aber ein MAK und kein KMS-Hostschlüssel: Dieser Computer ist kein KMS-Host, und eine Aktivierung würde eine der Aktivierungen des MAK verbrauchen.</translation>
    </message>
    <message>
        <source>The key %1 went in, but it is not a KMS host key (Windows reports a retail, OEM or other channel): this machine is no KMS host.</source>
        <translation>Der Schlüssel %1 wurde installiert, ist aber kein KMS-Hostschlüssel (Windows meldet einen Retail-, OEM- oder anderen Kanal): Dieser Computer ist kein KMS-Host.</translation>
    </message>
    <message>
        <source>Put the edition&apos;s KMS client setup key (GVLK) back (restore), then install the KMS host key.</source>
        <translation>Stellen Sie den KMS-Clientsetupschlüssel (GVLK) der Edition wieder her und installieren Sie dann den KMS-Hostschlüssel.</translation>
    </message>
    <message>
        <source>Install the right KMS host key. The catalog knows no GVLK for this edition to restore.</source>
        <translation>Installieren Sie den richtigen KMS-Hostschlüssel. Der Katalog kennt für diese Edition keinen GVLK zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>The key %1 went to “%2”, not to the product this step installs keys for.</source>
        <translation>Der Schlüssel %1 ging an „%2“, nicht an das Produkt, für das dieser Schritt Schlüssel installiert.</translation>
    </message>
    <message>
        <source>An Office host key belongs to the Office step; a Windows host key to the Windows step.</source>
        <translation>Ein Office-Hostschlüssel gehört in den Office-Schritt, ein Windows-Hostschlüssel in den Windows-Schritt.</translation>
    </message>
    <message>
        <source>After installing, no product reports the key %1.</source>
        <translation>Nach der Installation meldet kein Produkt den Schlüssel %1.</translation>
    </message>
    <message>
        <source>The Office %1 host key cannot be installed before its volume license pack.</source>
        <translation>Der Office-%1-Hostschlüssel kann nicht vor seinem Volumenlizenzpaket installiert werden.</translation>
    </message>
    <message>
        <source>The KMS client setup key (GVLK) of %1 is installed again (%2).</source>
        <translation>Der KMS-Clientsetupschlüssel (GVLK) von %1 ist wieder installiert (%2).</translation>
    </message>
    <message>
        <source>The catalog has no KMS client setup key for this machine&apos;s edition (%1), so none can be restored.</source>
        <translation>Der Katalog enthält keinen KMS-Clientsetupschlüssel für die Edition dieses Computers (%1), daher kann keiner wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>HostSetupOffice</name>
    <message>
        <source>“%1” is not an Office version. Known versions: %2.</source>
        <translation>„%1“ ist keine Office-Version. Bekannte Versionen: %2.</translation>
    </message>
    <message>
        <source>The Office %1 host key cannot be installed on %2.</source>
        <translation>Der Office-%1-Hostschlüssel kann nicht auf %2 installiert werden.</translation>
    </message>
    <message>
        <source>No Office %1 host key is installed yet. Next: install it.</source>
        <translation>Es ist noch kein Office-%1-Hostschlüssel installiert. Als Nächstes: installieren.</translation>
    </message>
    <message>
        <source>The Office %1 host key %2 is installed but not activated. Activate it online, or by phone with the Office %1 Activation ID %3.</source>
        <translation>Der Office-%1-Hostschlüssel %2 ist installiert, aber nicht aktiviert. Aktivieren Sie ihn online oder per Telefon mit der Aktivierungs-ID von Office %1: %3.</translation>
    </message>
    <message>
        <source>The Office %1 host key %2 is installed and activated.</source>
        <translation>Der Office-%1-Hostschlüssel %2 ist installiert und aktiviert.</translation>
    </message>
    <message>
        <source>The volume license pack of Office %1 is not installed on this host.</source>
        <translation>Das Volumenlizenzpaket von Office %1 ist auf diesem Host nicht installiert.</translation>
    </message>
    <message>
        <source>Install “%1” (Microsoft Download Center: %2) on the host; it needs at least %3 or %4. If the host has no internet access, download the installer on a connected computer, copy it to the host (USB drive or network share) and run it there as an administrator.</source>
        <translation>Installieren Sie „%1“ (Microsoft Download Center: %2) auf dem Host; es erfordert mindestens %3 oder %4. Hat der Host keinen Internetzugang, laden Sie das Installationsprogramm auf einem verbundenen Computer herunter, kopieren Sie es auf den Host (USB-Stick oder Netzwerkfreigabe) und führen Sie es dort als Administrator aus.</translation>
    </message>
    <message>
        <source>The volume license pack of Office %1 is installed.</source>
        <translation>Das Volumenlizenzpaket von Office %1 ist installiert.</translation>
    </message>
</context>
<context>
    <name>HostSetupPhone</name>
    <message>
        <source>Call the Microsoft activation centre (on the host, “slui 4” shows the number for your country) and read out these %1 groups. You will be given a Confirmation ID of 8 blocks (A to H): enter it with phone-cid.</source>
        <translation>Rufen Sie das Microsoft-Aktivierungscenter an (auf dem Host zeigt „slui 4“ die Nummer für Ihr Land) und lesen Sie diese %1 Gruppen vor. Sie erhalten eine Bestätigungs-ID aus 8 Blöcken (A bis H): Geben Sie sie mit phone-cid ein.</translation>
    </message>
    <message>
        <source>%1 is already activated: no phone activation is needed.</source>
        <translation>%1 ist bereits aktiviert: Keine Aktivierung per Telefon nötig.</translation>
    </message>
    <message>
        <source>The host returned an Installation ID that cannot be read out.</source>
        <translation>Der Host hat eine Installations-ID geliefert, die nicht vorgelesen werden kann.</translation>
    </message>
    <message>
        <source>A block of the Confirmation ID has a wrong check digit: most likely a typing or hearing mistake.</source>
        <translation>Ein Block der Bestätigungs-ID hat eine falsche Prüfziffer: höchstwahrscheinlich ein Tipp- oder Hörfehler.</translation>
    </message>
    <message>
        <source>Compare each block with what the activation centre gave you (the blocks with a warning first) and enter it again.</source>
        <translation>Vergleichen Sie jeden Block mit den Angaben des Aktivierungscenters (zuerst die Blöcke mit Warnung) und geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>Windows could not read the Confirmation ID (wrong format or length).</source>
        <translation>Windows konnte die Bestätigungs-ID nicht lesen (falsches Format oder falsche Länge).</translation>
    </message>
    <message>
        <source>Enter the 48 digits again, 8 blocks of 6, nothing else.</source>
        <translation>Geben Sie die 48 Ziffern erneut ein, 8 Blöcke zu je 6, sonst nichts.</translation>
    </message>
    <message>
        <source>The Confirmation ID does not belong to this Installation ID: it was given for another product or key, or the Installation ID changed since (a key was installed again).</source>
        <translation>Die Bestätigungs-ID gehört nicht zu dieser Installations-ID: Sie wurde für ein anderes Produkt oder einen anderen Schlüssel ausgestellt, oder die Installations-ID hat sich seitdem geändert (ein Schlüssel wurde erneut installiert).</translation>
    </message>
    <message>
        <source>Show the Installation ID again, read it out to the activation centre and enter the new Confirmation ID.</source>
        <translation>Lassen Sie die Installations-ID erneut anzeigen, lesen Sie sie dem Aktivierungscenter vor und geben Sie die neue Bestätigungs-ID ein.</translation>
    </message>
    <message>
        <source>Windows accepted the Confirmation ID.</source>
        <translation>Windows hat die Bestätigungs-ID angenommen.</translation>
    </message>
</context>
<context>
    <name>HostSetupPreflight</name>
    <message>
        <source>“%1” is not a Windows KMS host key group. Known groups: %2.</source>
        <translation>„%1“ ist keine Gruppe von Windows-KMS-Hostschlüsseln. Bekannte Gruppen: %2.</translation>
    </message>
    <message>
        <source>“%1” is an Office host key: give it as an Office version, not as the Windows key group.</source>
        <translation>„%1“ ist ein Office-Hostschlüssel: Geben Sie ihn als Office-Version an, nicht als Windows-Schlüsselgruppe.</translation>
    </message>
    <message>
        <source>“%1” is not an Office version. Known versions: %2.</source>
        <translation>„%1“ ist keine Office-Version. Bekannte Versionen: %2.</translation>
    </message>
    <message>
        <source>This host (%1) may hold a host key of the group %2.</source>
        <translation>Dieser Host (%1) darf einen Hostschlüssel der Schlüsselgruppe %2 aufnehmen.</translation>
    </message>
    <message>
        <source>Choose a key group this host can hold: %1. Or use another machine.</source>
        <translation>Wählen Sie eine Schlüsselgruppe, die dieser Host aufnehmen kann: %1. Oder verwenden Sie einen anderen Computer.</translation>
    </message>
    <message>
        <source>This machine cannot hold any Windows KMS host key: choose another machine as the KMS host.</source>
        <translation>Dieser Computer kann keinen Windows-KMS-Hostschlüssel aufnehmen: Wählen Sie einen anderen Computer als KMS-Host.</translation>
    </message>
    <message>
        <source>The wizard does not know this Windows version (%1, version %2).</source>
        <translation>Der Assistent kennt diese Windows-Version nicht (%1, Version %2).</translation>
    </message>
    <message>
        <source>Check that the machine runs a volume-licensed Windows edition supported as a KMS host.</source>
        <translation>Prüfen Sie, ob auf dem Computer eine Windows-Edition mit Volumenlizenz läuft, die als KMS-Host unterstützt wird.</translation>
    </message>
    <message>
        <source>A KMS host on a Windows client activates Windows clients only, never servers.</source>
        <translation>Ein KMS-Host auf einem Windows-Client aktiviert nur Windows-Clients, niemals Server.</translation>
    </message>
    <message>
        <source>Before it can activate %1, this host needs update %2.</source>
        <translation>Bevor dieser Host %1 aktivieren kann, benötigt er das Update %2.</translation>
    </message>
    <message>
        <source>Before it can activate %1, this host needs update %2 or a later cumulative update.</source>
        <translation>Bevor dieser Host %1 aktivieren kann, benötigt er das Update %2 oder ein späteres kumulatives Update.</translation>
    </message>
    <message>
        <source>Before it can activate Office %1 on %2 clients, this host needs update %3.</source>
        <translation>Bevor dieser Host Office %1 auf Clients mit %2 aktivieren kann, benötigt er das Update %3.</translation>
    </message>
    <message>
        <source>Install it through Windows Update, WSUS or the Microsoft Update Catalog. The wizard cannot see remotely which updates are installed: on the host, “Get-HotFix -Id %1” shows it when it was installed on its own (a later cumulative update also counts).</source>
        <translation>Installieren Sie es über Windows Update, WSUS oder den Microsoft Update-Katalog. Der Assistent kann aus der Ferne nicht sehen, welche Updates installiert sind: Auf dem Host zeigt „Get-HotFix -Id %1“ es an, wenn es einzeln installiert wurde (ein späteres kumulatives Update zählt ebenfalls).</translation>
    </message>
    <message>
        <source>The host did not report its clock, so its time could not be compared.</source>
        <translation>Der Host hat seine Uhrzeit nicht gemeldet, daher konnte sie nicht verglichen werden.</translation>
    </message>
    <message>
        <source>The host&apos;s clock agrees with this computer&apos;s (%1 s apart).</source>
        <translation>Die Uhr des Hosts stimmt mit der dieses Computers überein (Abweichung: %1 s).</translation>
    </message>
    <message>
        <source>The host&apos;s clock is %1 h %2 min ahead of this computer&apos;s.</source>
        <translation>Die Uhr des Hosts geht %1 h %2 min gegenüber diesem Computer vor.</translation>
    </message>
    <message>
        <source>The host&apos;s clock is %1 h %2 min behind this computer&apos;s.</source>
        <translation>Die Uhr des Hosts geht %1 h %2 min gegenüber diesem Computer nach.</translation>
    </message>
    <message>
        <source>More than 4 hours apart, KMS clients are refused with 0xC004F06C. Set the host&apos;s time zone and clock right and synchronise it (w32tm /resync, or the domain&apos;s time source).</source>
        <translation>Bei mehr als 4 Stunden Abweichung werden KMS-Clients mit 0xC004F06C abgewiesen. Stellen Sie Zeitzone und Uhr des Hosts richtig und synchronisieren Sie sie (w32tm /resync oder die Zeitquelle der Domäne).</translation>
    </message>
    <message>
        <source>KMS tolerates up to 4 hours, but a drifting clock gets worse: synchronise it (w32tm /resync, or the domain&apos;s time source).</source>
        <translation>KMS toleriert bis zu 4 Stunden, doch eine driftende Uhr weicht immer weiter ab: Synchronisieren Sie sie (w32tm /resync oder die Zeitquelle der Domäne).</translation>
    </message>
    <message>
        <source>The account used does not have administrator rights on the host.</source>
        <translation>Das verwendete Konto hat keine Administratorrechte auf dem Host.</translation>
    </message>
    <message>
        <source>Run the wizard elevated (Run as administrator), or connect with a member of the host&apos;s Administrators group. A local account other than the built-in Administrator needs LocalAccountTokenFilterPolicy=1 for remote administration.</source>
        <translation>Starten Sie den Assistenten mit erhöhten Rechten (Als Administrator ausführen), oder verbinden Sie sich mit einem Mitglied der Gruppe „Administratoren“ des Hosts. Ein lokales Konto außer dem integrierten Administrator benötigt LocalAccountTokenFilterPolicy=1 für die Remoteverwaltung.</translation>
    </message>
    <message>
        <source>The account has administrator rights.</source>
        <translation>Das Konto hat Administratorrechte.</translation>
    </message>
    <message>
        <source>The host runs Windows PowerShell %1; the wizard needs 3.0 or later.</source>
        <translation>Auf dem Host läuft Windows PowerShell %1; der Assistent benötigt 3.0 oder höher.</translation>
    </message>
    <message>
        <source>Install Windows Management Framework 5.1 on the host. It needs Windows 7 SP1 or Windows Server 2008 R2 SP1 and .NET Framework 4.5.2, and a restart.</source>
        <translation>Installieren Sie Windows Management Framework 5.1 auf dem Host. Es setzt Windows 7 SP1 oder Windows Server 2008 R2 SP1 und .NET Framework 4.5.2 voraus und erfordert einen Neustart.</translation>
    </message>
    <message>
        <source>The host did not report its Windows PowerShell version.</source>
        <translation>Der Host hat seine Windows PowerShell-Version nicht gemeldet.</translation>
    </message>
    <message>
        <source>This machine already holds a KMS host key (%1); installing another one replaces it.</source>
        <translation>Dieser Computer enthält bereits einen KMS-Hostschlüssel (%1); die Installation eines anderen ersetzt ihn.</translation>
    </message>
    <message>
        <source>%1 cannot be set up as a KMS host by the wizard: it runs the older Software Licensing service (slsvc), which lacks the KMS host settings the wizard changes.</source>
        <translation>Der Assistent kann %1 nicht als KMS-Host einrichten: Das System läuft mit dem älteren Softwarelizenzierungsdienst (slsvc), dem die KMS-Host-Einstellungen fehlen, die der Assistent ändert.</translation>
    </message>
    <message>
        <source>Use a machine with Windows 7 / Windows Server 2008 R2 or newer as the KMS host. The wizard can still read this machine when it scans clients.</source>
        <translation>Verwenden Sie als KMS-Host einen Rechner mit Windows 7 / Windows Server 2008 R2 oder neuer. Beim Einlesen der Clients kann der Assistent diesen Rechner weiterhin lesen.</translation>
    </message>
    <message>
        <source>The Office %1 host key cannot be installed on %2.</source>
        <translation>Der Office-%1-Hostschlüssel kann nicht auf %2 installiert werden.</translation>
    </message>
    <message>
        <source>This host may hold the Office %1 host key.</source>
        <translation>Dieser Host darf den Office-%1-Hostschlüssel aufnehmen.</translation>
    </message>
</context>
<context>
    <name>HostSetupReachability</name>
    <message>
        <source>%1 accepts connections on TCP port %2 from this computer.</source>
        <translation>%1 nimmt Verbindungen auf TCP-Port %2 von diesem Computer an.</translation>
    </message>
    <message>
        <source>No address of the host (%2) accepts connections on TCP port %1 from this computer.</source>
        <translation>Keine Adresse des Hosts (%2) nimmt Verbindungen auf TCP-Port %1 von diesem Computer an.</translation>
    </message>
    <message>
        <source>Check that the firewall rule for port %1 is enabled for the network profile the host uses, that the KMS service was restarted after a port change and its host key is activated, and that no other firewall between the clients and the host blocks the port (Test-NetConnection HOST -Port %1 from a client).</source>
        <translation>Prüfen Sie, ob die Firewallregel für Port %1 für das Netzwerkprofil des Hosts aktiviert ist, ob der KMS-Dienst nach einer Portänderung neu gestartet wurde und sein Hostschlüssel aktiviert ist und ob keine andere Firewall zwischen Clients und Host den Port blockiert (Test-NetConnection HOST -Port %1 von einem Client).</translation>
    </message>
    <message>
        <source>The KMS service answers on TCP port %1, but this test ran on the KMS host itself: Windows Firewall does not filter a computer&apos;s connections to itself, so this proves nothing about the firewall or about the clients.</source>
        <translation>Der KMS-Dienst antwortet auf TCP-Port %1, aber dieser Test lief auf dem KMS-Host selbst: Die Windows-Firewall filtert keine Verbindungen eines Computers zu sich selbst, daher beweist er nichts über die Firewall oder die Clients.</translation>
    </message>
    <message>
        <source>Nothing answers on TCP port %1 on this computer (the KMS host itself): the KMS service does not listen there.</source>
        <translation>Auf TCP-Port %1 dieses Computers (des KMS-Hosts selbst) antwortet nichts: Der KMS-Dienst lauscht dort nicht.</translation>
    </message>
    <message>
        <source>Test from a client computer instead: Test-NetConnection %2 -Port %1 (in PowerShell) must report TcpTestSucceeded : True.</source>
        <translation>Testen Sie stattdessen von einem Clientcomputer aus: Test-NetConnection %2 -Port %1 (in PowerShell) muss TcpTestSucceeded : True melden.</translation>
    </message>
    <message>
        <source>The host reported no IP address to connect to.</source>
        <translation>Der Host hat keine IP-Adresse gemeldet, zu der eine Verbindung möglich wäre.</translation>
    </message>
</context>
<context>
    <name>HostSetupService</name>
    <message>
        <source>The listening port must be a number from 1 to 65535, not “%1”.</source>
        <translation>Der Überwachungsport muss eine Zahl von 1 bis 65535 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Port %1 belongs to %2 on Windows servers; a KMS host listening there would collide with it.</source>
        <translation>Port %1 gehört auf Windows-Servern zu %2; ein KMS-Host, der dort lauscht, käme damit in Konflikt.</translation>
    </message>
    <message>
        <source>Keep the default 1688, or choose a free port above 1024.</source>
        <translation>Behalten Sie den Standardport 1688 bei oder wählen Sie einen freien Port über 1024.</translation>
    </message>
    <message>
        <source>Port %1 is a well-known port (below 1024), reserved for standard services.</source>
        <translation>Port %1 ist ein bekannter Port (unter 1024), der Standarddiensten vorbehalten ist.</translation>
    </message>
    <message>
        <source>This machine is not an activated KMS host yet: its service options cannot be set.</source>
        <translation>Dieser Computer ist noch kein aktivierter KMS-Host: Seine Dienstoptionen können nicht festgelegt werden.</translation>
    </message>
    <message>
        <source>Install and activate the KMS host key first.</source>
        <translation>Installieren und aktivieren Sie zuerst den KMS-Hostschlüssel.</translation>
    </message>
    <message>
        <source>The KMS host already listens on port %1; nothing was changed.</source>
        <translation>Der KMS-Host lauscht bereits auf Port %1; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The KMS host now listens on port %1 (was %2); the Software Protection service was restarted.</source>
        <translation>Der KMS-Host lauscht jetzt auf Port %1 (vorher %2); der Softwareschutzdienst wurde neu gestartet.</translation>
    </message>
    <message>
        <source>Port %1 was written, but the host still reports port %2.</source>
        <translation>Port %1 wurde geschrieben, aber der Host meldet weiterhin Port %2.</translation>
    </message>
    <message>
        <source>Windows refused the change.</source>
        <translation>Windows hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Allow TCP port %1 through the host&apos;s firewall (the Network step creates the rule KMSW-KMS-In-TCP-%1); the built-in rules SPPSVC-In-TCP and SPPSVC-In-TCP-NoScope cover 1688 only.</source>
        <translation>Lassen Sie TCP-Port %1 in der Firewall des Hosts zu (der Schritt „Netzwerk“ legt die Regel KMSW-KMS-In-TCP-%1 an); die integrierten Regeln SPPSVC-In-TCP und SPPSVC-In-TCP-NoScope decken nur Port 1688 ab.</translation>
    </message>
    <message>
        <source>Clients set to this host with an explicit port (slmgr /skms HOST:%1) must be changed too; clients that find the host through DNS get the new port from its SRV record.</source>
        <translation>Clients, die mit einem ausdrücklichen Port auf diesen Host eingestellt sind (slmgr /skms HOST:%1), müssen ebenfalls geändert werden; Clients, die den Host über DNS finden, erhalten den neuen Port aus seinem SRV-Eintrag.</translation>
    </message>
    <message>
        <source>DNS publishing is off: SRV records created by hand still name port %1. Change them to port %2, or turn publishing on.</source>
        <translation>Die DNS-Veröffentlichung ist deaktiviert: Von Hand angelegte SRV-Einträge nennen weiterhin Port %1. Ändern Sie sie auf Port %2 oder aktivieren Sie die Veröffentlichung.</translation>
    </message>
    <message>
        <source>The KMS service runs at low priority.</source>
        <translation>Der KMS-Dienst läuft mit niedriger Priorität.</translation>
    </message>
    <message>
        <source>The KMS service runs at normal priority.</source>
        <translation>Der KMS-Dienst läuft mit normaler Priorität.</translation>
    </message>
    <message>
        <source>The Software Protection service was restarted: the running KMS service now uses the new setting.</source>
        <translation>Der Softwareschutzdienst wurde neu gestartet: Der laufende KMS-Dienst verwendet jetzt die neue Einstellung.</translation>
    </message>
    <message>
        <source>The priority was written, but the host reports another one.</source>
        <translation>Die Priorität wurde geschrieben, aber der Host meldet eine andere.</translation>
    </message>
    <message>
        <source>The activation interval must be a whole number of minutes from %1 to %2, not “%3”.</source>
        <translation>Das Aktivierungsintervall muss eine ganze Zahl von Minuten von %1 bis %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>The renewal interval must be a whole number of minutes from %1 to %2, not “%3”.</source>
        <translation>Das Erneuerungsintervall muss eine ganze Zahl von Minuten von %1 bis %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>Unactivated clients retry every %1 min, activated clients renew every %2 min.</source>
        <translation>Nicht aktivierte Clients versuchen es alle %1 min erneut, aktivierte Clients erneuern alle %2 min.</translation>
    </message>
    <message>
        <source>The intervals were written, but the host reports %1 and %2 min.</source>
        <translation>Die Intervalle wurden geschrieben, aber der Host meldet %1 und %2 min.</translation>
    </message>
</context>
<context>
    <name>HostSteps</name>
    <message>
        <source>BLOCKER</source>
        <translation>BLOCKIEREND</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Done and verified.</source>
        <translation>Erledigt und überprüft.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Read; nothing was changed.</source>
        <translation>Gelesen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Refused: the input is not valid.</source>
        <translation>Abgelehnt: Die Eingabe ist ungültig.</translation>
    </message>
    <message>
        <source>Not done: the host is not ready for it.</source>
        <translation>Nicht ausgeführt: Der Host ist dafür nicht bereit.</translation>
    </message>
    <message>
        <source>Not done: a confirmation is needed.</source>
        <translation>Nicht ausgeführt: Eine Bestätigung ist erforderlich.</translation>
    </message>
    <message>
        <source>Failed: the machine reported an error.</source>
        <translation>Fehlgeschlagen: Der Computer hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Written, but the machine does not show the expected state.</source>
        <translation>Geschrieben, aber der Computer zeigt nicht den erwarteten Zustand.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort in der Zeit</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Windows error %1 (%2): %3</source>
        <translation>Windows-Fehler %1 (%2): %3</translation>
    </message>
    <message>
        <source>Windows said: %1</source>
        <translation>Meldung von Windows: %1</translation>
    </message>
    <message>
        <source>%1 — key %2, channel %3, license status: %4</source>
        <translation>%1 — Schlüssel %2, Kanal %3, Lizenzstatus: %4</translation>
    </message>
    <message>
        <source>Connection from this computer to %1:%2: %3 (%4 ms)</source>
        <translation>Verbindung von diesem Computer zu %1:%2: %3 (%4 ms)</translation>
    </message>
    <message>
        <source>Machine: %1</source>
        <translation>Computer: %1</translation>
    </message>
    <message>
        <source>Operating system: %1 (version %2, build %3)</source>
        <translation>Betriebssystem: %1 (Version %2, Build %3)</translation>
    </message>
    <message>
        <source>Recognised as: %1</source>
        <translation>Erkannt als: %1</translation>
    </message>
    <message>
        <source>Recognised as: unknown to the catalog (%1)</source>
        <translation>Erkannt als: im Katalog unbekannt (%1)</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domäne: %1</translation>
    </message>
    <message>
        <source>Workgroup: %1</source>
        <translation>Arbeitsgruppe: %1</translation>
    </message>
    <message>
        <source>IP addresses: %1</source>
        <translation>IP-Adressen: %1</translation>
    </message>
    <message>
        <source>Administrator rights: %1</source>
        <translation>Administratorrechte: %1</translation>
    </message>
    <message>
        <source>Windows PowerShell: %1</source>
        <translation>Windows PowerShell: %1</translation>
    </message>
    <message>
        <source>Clock (UTC): %1, %2 s from this computer</source>
        <translation>Uhr (UTC): %1, %2 s Abstand zu diesem Computer</translation>
    </message>
    <message>
        <source>Windows: %1</source>
        <translation>Windows: %1</translation>
    </message>
    <message>
        <source>Windows: no product key installed</source>
        <translation>Windows: kein Produktschlüssel installiert</translation>
    </message>
    <message>
        <source>KMS host: %1 — count %2, port %3, DNS publishing %4, low priority %5, intervals %6/%7 min</source>
        <translation>KMS-Host: %1 — Anzahl %2, Port %3, DNS-Veröffentlichung %4, niedrige Priorität %5, Intervalle %6/%7 min</translation>
    </message>
    <message>
        <source>Office %1 — installed: %2; volume license pack: %3; host key: %4</source>
        <translation>Office %1 — installiert: %2; Volumenlizenzpaket: %3; Hostschlüssel: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Preflight of %1 for the key group %2: %3</source>
        <translation>Vorabprüfung von %1 für die Schlüsselgruppe %2: %3</translation>
    </message>
    <message>
        <source>nothing blocks the setup</source>
        <translation>nichts blockiert die Einrichtung</translation>
    </message>
    <message>
        <source>%1 blocker(s)</source>
        <translation>%1 blockierende(s) Problem(e)</translation>
    </message>
    <message>
        <source>Office %1:</source>
        <translation>Office %1:</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>To replace the key ending in %1, run the command again with --yes.</source>
        <translation>Um den auf %1 endenden Schlüssel zu ersetzen, führen Sie den Befehl erneut mit --yes aus.</translation>
    </message>
    <message>
        <source>To put the GVLK of %1 back: kms-wizard host install-key --restore-gvlk (same target).</source>
        <translation>Um den GVLK von %1 wiederherzustellen: kms-wizard host install-key --restore-gvlk (gleiches Ziel).</translation>
    </message>
    <message>
        <source>Installation ID of %1:</source>
        <translation>Installations-ID von %1:</translation>
    </message>
    <message>
        <source>  Group %1: %2</source>
        <translation>  Gruppe %1: %2</translation>
    </message>
    <message>
        <source>  Block %1: %2</source>
        <translation>  Block %1: %2</translation>
    </message>
    <message>
        <source>Confirmation ID as entered:</source>
        <translation>Eingegebene Bestätigungs-ID:</translation>
    </message>
    <message>
        <source>Listening port: %1 (before: %2)</source>
        <translation>Überwachungsport: %1 (vorher: %2)</translation>
    </message>
    <message>
        <source>Low priority: %1</source>
        <translation>Niedrige Priorität: %1</translation>
    </message>
    <message>
        <source>Activation interval: %1 min, renewal interval: %2 min</source>
        <translation>Aktivierungsintervall: %1 min, Erneuerungsintervall: %2 min</translation>
    </message>
    <message>
        <source>Firewall rule %1 (“%2”): enabled %3, port %4, profiles %5, remote addresses: %6%7</source>
        <translation>Firewallregel %1 („%2“): aktiviert %3, Port %4, Profile %5, Remoteadressen: %6%7</translation>
    </message>
    <message>
        <source> (from a Group Policy)</source>
        <translation> (aus einer Gruppenrichtlinie)</translation>
    </message>
    <message>
        <source>The host&apos;s network uses the firewall profile: %1</source>
        <translation>Das Netzwerk des Hosts verwendet das Firewallprofil: %1</translation>
    </message>
    <message>
        <source>DNS publishing: %1; extra domains: %2</source>
        <translation>DNS-Veröffentlichung: %1; zusätzliche Domänen: %2</translation>
    </message>
    <message>
        <source>DNS check of %1:</source>
        <translation>DNS-Prüfung von %1:</translation>
    </message>
    <message>
        <source>Current count: %1 (it stops at %2)</source>
        <translation>Aktuelle Anzahl: %1 (sie endet bei %2)</translation>
    </message>
    <message>
        <source>Requests: %1 in total, %2 failed, %3 from licensed, %4 from unlicensed machines, %5 in initial grace</source>
        <translation>Anfragen: %1 insgesamt, %2 fehlgeschlagen, %3 von lizenzierten, %4 von nicht lizenzierten Computern, %5 in der anfänglichen Toleranzperiode</translation>
    </message>
    <message>
        <source>Other KMS hosts in DNS: %1</source>
        <translation>Weitere KMS-Hosts im DNS: %1</translation>
    </message>
    <message>
        <source>Give the key on standard input (--key-stdin) or from the keyring (--key-label NAME); keys are never taken from the command line.</source>
        <translation>Übergeben Sie den Schlüssel über die Standardeingabe (--key-stdin) oder aus dem Schlüsselbund (--key-label NAME); Schlüssel werden nie von der Befehlszeile übernommen.</translation>
    </message>
    <message>
        <source>No product key was read from standard input.</source>
        <translation>Von der Standardeingabe wurde kein Produktschlüssel gelesen.</translation>
    </message>
    <message>
        <source>No safe keyring is available on this computer: use --key-stdin.</source>
        <translation>Auf diesem Computer ist kein sicherer Schlüsselbund verfügbar: Verwenden Sie --key-stdin.</translation>
    </message>
    <message>
        <source>The keyring holds no key under the name “%1”.</source>
        <translation>Der Schlüsselbund enthält keinen Schlüssel unter dem Namen „%1“.</translation>
    </message>
    <message>
        <source>Give exactly one --version when installing or activating an Office host key.</source>
        <translation>Geben Sie genau eine --version an, wenn Sie einen Office-Hostschlüssel installieren oder aktivieren.</translation>
    </message>
    <message>
        <source>Say what to change: --port, --priority, --activation-interval or --renewal-interval.</source>
        <translation>Geben Sie an, was geändert werden soll: --port, --priority, --activation-interval oder --renewal-interval.</translation>
    </message>
    <message>
        <source>Give the Confirmation ID with --cid or on standard input (--cid-stdin).</source>
        <translation>Geben Sie die Bestätigungs-ID mit --cid oder über die Standardeingabe (--cid-stdin) an.</translation>
    </message>
    <message>
        <source>Port %1 was not set and nothing was changed: choose a port above 1024 that no Windows service uses (1688 is the KMS default).</source>
        <translation>Port %1 wurde nicht festgelegt, und nichts wurde geändert: Wählen Sie einen Port über 1024, den kein Windows-Dienst verwendet (1688 ist der KMS-Standardport).</translation>
    </message>
    <message>
        <source>Port %1 is already in use on the host: %2 accepted a connection on it, so the KMS service could not listen there. Nothing was changed.</source>
        <translation>Port %1 wird auf dem Host bereits verwendet: %2 hat auf diesem Port eine Verbindung angenommen, der KMS-Dienst könnte dort also nicht lauschen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Choose another port, or find the program that uses it with “netstat -ano | findstr :%1” on the host.</source>
        <translation>Wählen Sie einen anderen Port, oder ermitteln Sie das Programm, das ihn verwendet, auf dem Host mit „netstat -ano | findstr :%1“.</translation>
    </message>
    <message>
        <source>Whether another program already uses port %1 on the host could not be checked from here (%2: no answer).</source>
        <translation>Ob ein anderes Programm Port %1 auf dem Host bereits verwendet, ließ sich von hier aus nicht prüfen (%2: keine Antwort).</translation>
    </message>
    <message>
        <source>If the KMS service does not answer on port %1, look on the host with “netstat -ano | findstr :%1”.</source>
        <translation>Wenn der KMS-Dienst auf Port %1 nicht antwortet, prüfen Sie auf dem Host mit „netstat -ano | findstr :%1“.</translation>
    </message>
    <message>
        <source>“%1” is not DOMAIN[:PRIORITY[:WEIGHT]] (such as example.com:0:100).</source>
        <translation>„%1“ hat nicht die Form DOMÄNE[:PRIORITÄT[:GEWICHTUNG]] (zum Beispiel example.com:0:100).</translation>
    </message>
</context>
<context>
    <name>HostSummary</name>
    <message>
        <source>not in the catalog (%1)</source>
        <translation>nicht im Katalog (%1)</translation>
    </message>
    <message>
        <source>%1 — evaluation edition</source>
        <translation>%1 – Evaluierungsedition</translation>
    </message>
    <message>
        <source>no product key installed</source>
        <translation>kein Produktschlüssel installiert</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1: %2, %3, key %4</source>
        <translation>%1: %2, %3, Schlüssel %4</translation>
    </message>
    <message>
        <source>yes: count %1, listening on port %2</source>
        <translation>ja: Anzahl %1, lauscht an Port %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Machine:</source>
        <translation>Computer:</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Betriebssystem:</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Edition:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domäne:</translation>
    </message>
    <message>
        <source>workgroup</source>
        <translation>Arbeitsgruppe</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adressen:</translation>
    </message>
    <message>
        <source>Windows PowerShell:</source>
        <translation>Windows PowerShell:</translation>
    </message>
    <message>
        <source>Administrator rights:</source>
        <translation>Administratorrechte:</translation>
    </message>
    <message>
        <source>Windows licence:</source>
        <translation>Windows-Lizenz:</translation>
    </message>
    <message>
        <source>KMS host:</source>
        <translation>KMS-Host:</translation>
    </message>
</context>
<context>
    <name>InstallationId</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy all groups</source>
        <translation>Alle Gruppen kopieren</translation>
    </message>
    <message>
        <source>Copy group %1</source>
        <translation>Gruppe %1 kopieren</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>Line %1: the entry is %2 characters long, far too long for a host name; it was ignored.</source>
        <translation>Zeile %1: Der Eintrag ist %2 Zeichen lang, viel zu lang für einen Hostnamen; er wurde ignoriert.</translation>
    </message>
    <message>
        <source>Line %1: “%2” contains control characters or binary data; it was ignored.</source>
        <translation>Zeile %1: „%2“ enthält Steuerzeichen oder Binärdaten; der Eintrag wurde ignoriert.</translation>
    </message>
    <message>
        <source>Line %1: “%2” contains %3, which no host name can hold; it was ignored.</source>
        <translation>Zeile %1: „%2“ enthält %3, was in keinem Hostnamen vorkommen kann; der Eintrag wurde ignoriert.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a valid host name or IP address; it was ignored.</source>
        <translation>Zeile %1: „%2“ ist kein gültiger Hostname und keine gültige IP-Adresse; der Eintrag wurde ignoriert.</translation>
    </message>
    <message>
        <source>Line %1: %2 is listed again (first on line %3); the duplicate was removed.</source>
        <translation>Zeile %1: %2 ist erneut aufgeführt (zuerst in Zeile %3); das Duplikat wurde entfernt.</translation>
    </message>
    <message>
        <source>Line %1: the host column is empty; the line was skipped.</source>
        <translation>Zeile %1: Die Hostspalte ist leer; die Zeile wurde übersprungen.</translation>
    </message>
    <message>
        <source>The file is %1 MB; a host list is never that large, so it was not read.</source>
        <translation>Die Datei ist %1 MB groß; eine Hostliste ist nie so groß, daher wurde sie nicht gelesen.</translation>
    </message>
    <message>
        <source>The file is not text (it looks like binary data), so no host was taken from it.</source>
        <translation>Die Datei ist keine Textdatei (sie sieht nach Binärdaten aus); es wurde kein Host daraus übernommen.</translation>
    </message>
    <message>
        <source>The inventory holds more than %1 hosts; split it into smaller lists.</source>
        <translation>Das Inventar enthält mehr als %1 Hosts; teilen Sie es in kleinere Listen auf.</translation>
    </message>
    <message>
        <source>No host to contact: the inventory is empty.</source>
        <translation>Kein Host zu kontaktieren: Das Inventar ist leer.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>a double quote</source>
        <translation>ein doppeltes Anführungszeichen</translation>
    </message>
    <message>
        <source>a quote</source>
        <translation>ein Apostroph</translation>
    </message>
    <message>
        <source>a semicolon</source>
        <translation>ein Semikolon</translation>
    </message>
    <message>
        <source>a dollar sign</source>
        <translation>ein Dollarzeichen</translation>
    </message>
    <message>
        <source>a backtick</source>
        <translation>einen Gravis (Backtick)</translation>
    </message>
    <message>
        <source>a parenthesis</source>
        <translation>eine Klammer</translation>
    </message>
    <message>
        <source>a vertical bar</source>
        <translation>einen senkrechten Strich</translation>
    </message>
    <message>
        <source>an ampersand</source>
        <translation>ein kaufmännisches Und</translation>
    </message>
    <message>
        <source>an angle bracket</source>
        <translation>eine spitze Klammer</translation>
    </message>
    <message>
        <source>a backslash</source>
        <translation>einen umgekehrten Schrägstrich</translation>
    </message>
    <message>
        <source>a slash</source>
        <translation>einen Schrägstrich</translation>
    </message>
    <message>
        <source>a comma</source>
        <translation>ein Komma</translation>
    </message>
    <message>
        <source>an equals sign</source>
        <translation>ein Gleichheitszeichen</translation>
    </message>
    <message>
        <source>a percent sign</source>
        <translation>ein Prozentzeichen</translation>
    </message>
    <message>
        <source>an asterisk</source>
        <translation>ein Sternchen</translation>
    </message>
    <message>
        <source>the character “%1”</source>
        <translation>das Zeichen „%1“</translation>
    </message>
    <message>
        <source>The CSV file has no column “%1”. Its columns are: %2.</source>
        <translation>Die CSV-Datei hat keine Spalte „%1“. Ihre Spalten sind: %2.</translation>
    </message>
    <message>
        <source>The CSV file has %1 columns; column %2 does not exist.</source>
        <translation>Die CSV-Datei hat %1 Spalten; Spalte %2 gibt es nicht.</translation>
    </message>
    <message>
        <source>No column of the CSV file holds host names. Name the column with --column.</source>
        <translation>Keine Spalte der CSV-Datei enthält Hostnamen. Geben Sie die Spalte mit --column an.</translation>
    </message>
    <message>
        <source>The CSV file cannot be read: %1</source>
        <translation>Die CSV-Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>“%1” is not an address range. Write it as 192.168.10.0/24 or 2001:db8::/120.</source>
        <translation>„%1“ ist kein Adressbereich. Schreiben Sie ihn als 192.168.10.0/24 oder 2001:db8::/120.</translation>
    </message>
    <message>
        <source>The range %1 holds %2 addresses; at most %3 can be scanned at once. Use a longer prefix (a smaller range).</source>
        <translation>Der Bereich %1 umfasst %2 Adressen; höchstens %3 können auf einmal geprüft werden. Verwenden Sie ein längeres Präfix (einen kleineren Bereich).</translation>
    </message>
    <message>
        <source>The range %1 holds %2 addresses (more than %3). Confirm to scan them all (--yes).</source>
        <translation>Der Bereich %1 umfasst %2 Adressen (mehr als %3). Bestätigen Sie, um alle zu prüfen (--yes).</translation>
    </message>
</context>
<context>
    <name>InventoryCommand</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>OU</source>
        <translation>OU</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s); none was contacted.</source>
        <translation>
            <numerusform>%n Host; keiner wurde kontaktiert.</numerusform>
            <numerusform>%n Hosts; keiner wurde kontaktiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyEdit</name>
    <message numerus="yes">
        <source>%n more character(s) than a key holds were typed or pasted, and were left out: these fields now hold pieces that may not belong together. Clear the fields and paste or type the whole key from the first field.</source>
        <translation>
            <numerusform>%n Zeichen mehr, als ein Schlüssel hat, wurde eingegeben oder eingefügt und weggelassen: Die Felder enthalten jetzt Teile, die womöglich nicht zusammengehören. Leeren Sie die Felder und fügen Sie den ganzen Schlüssel ab dem ersten Feld ein oder geben Sie ihn dort ein.</numerusform>
            <numerusform>%n Zeichen mehr, als ein Schlüssel hat, wurden eingegeben oder eingefügt und weggelassen: Die Felder enthalten jetzt Teile, die womöglich nicht zusammengehören. Leeren Sie die Felder und fügen Sie den ganzen Schlüssel ab dem ersten Feld ein oder geben Sie ihn dort ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Untick to hide the key on screen while you type it.</source>
        <translation>Deaktivieren Sie das Kontrollkästchen, um den Schlüssel bei der Eingabe auf dem Bildschirm zu verbergen.</translation>
    </message>
    <message>
        <source>Key group %1</source>
        <translation>Zeichengruppe %1</translation>
    </message>
</context>
<context>
    <name>KeyGroup</name>
    <message>
        <source>Client VL (Windows 7 Professional/Enterprise, Vista Business/Enterprise)</source>
        <translation>Client VL (Windows 7 Professional/Enterprise und Vista Business/Enterprise)</translation>
    </message>
    <message>
        <source>Server Group A (Web, HPC)</source>
        <translation>Servergruppe A (Web, HPC)</translation>
    </message>
    <message>
        <source>Server Group B (Standard, Enterprise)</source>
        <translation>Servergruppe B (Standard, Enterprise)</translation>
    </message>
    <message>
        <source>Server Group C (Datacenter, Itanium)</source>
        <translation>Servergruppe C (Datacenter, Itanium)</translation>
    </message>
    <message>
        <source>Windows 8 (activates clients only)</source>
        <translation>Windows 8 (aktiviert nur Clients)</translation>
    </message>
    <message>
        <source>Windows Server 2012 (servers and clients)</source>
        <translation>Windows Server 2012 (Server und Clients)</translation>
    </message>
    <message>
        <source>Windows 8.1 (activates clients only)</source>
        <translation>Windows 8.1 (aktiviert nur Clients)</translation>
    </message>
    <message>
        <source>Windows Server 2012 R2 (servers and clients up to Windows 8.1)</source>
        <translation>Windows Server 2012 R2 (Server sowie Clients bis Windows 8.1)</translation>
    </message>
    <message>
        <source>Windows 10 (activates clients only)</source>
        <translation>Windows 10 (aktiviert nur Clients)</translation>
    </message>
    <message>
        <source>Windows Srv 2012R2 DataCtr/Std KMS for Windows 10 (servers and clients up to Windows 10)</source>
        <translation>Windows Srv 2012R2 DataCtr/Std KMS for Windows 10 (Server sowie Clients bis Windows 10)</translation>
    </message>
    <message>
        <source>Windows Server 2016 (servers and clients)</source>
        <translation>Windows Server 2016 (Server und Clients)</translation>
    </message>
    <message>
        <source>Windows Server 2019 (servers and clients)</source>
        <translation>Windows Server 2019 (Server und Clients)</translation>
    </message>
    <message>
        <source>Windows Server 2022 (servers and clients)</source>
        <translation>Windows Server 2022 (Server und Clients)</translation>
    </message>
    <message>
        <source>Windows Server 2025 (servers and clients)</source>
        <translation>Windows Server 2025 (Server und Clients)</translation>
    </message>
    <message>
        <source>Office 2010 KMS host key</source>
        <translation>KMS-Hostschlüssel für Office 2010</translation>
    </message>
    <message>
        <source>Office 2013 KMS host key</source>
        <translation>KMS-Hostschlüssel für Office 2013</translation>
    </message>
    <message>
        <source>Office 2016 KMS host key</source>
        <translation>KMS-Hostschlüssel für Office 2016</translation>
    </message>
    <message>
        <source>Office 2019 KMS host key</source>
        <translation>KMS-Hostschlüssel für Office 2019</translation>
    </message>
    <message>
        <source>Office LTSC 2021 KMS host key</source>
        <translation>KMS-Hostschlüssel für Office LTSC 2021</translation>
    </message>
    <message>
        <source>Office LTSC 2024 KMS host key</source>
        <translation>KMS-Hostschlüssel für Office LTSC 2024</translation>
    </message>
</context>
<context>
    <name>KeyGroupAdvice</name>
    <message>
        <source>%1 host key: it activates %2; it can be installed on this host (%3).</source>
        <translation>KMS-Hostschlüssel %1: Er aktiviert %2; er kann auf diesem Host (%3) installiert werden.</translation>
    </message>
    <message>
        <source>%1 host key: it activates %2; it can be installed on this host (%3) once it has %4 or a later update.</source>
        <translation>KMS-Hostschlüssel %1: Er aktiviert %2; er kann auf diesem Host (%3) installiert werden, sobald %4 oder ein späteres Update installiert ist.</translation>
    </message>
    <message>
        <source>No host key that this host (%1) can hold activates %2. The %3 host key does, but it can be installed only on %4: set up the KMS host on one of those (a newer host).</source>
        <translation>Kein KMS-Hostschlüssel, den dieser Host (%1) aufnehmen kann, aktiviert %2. Der KMS-Hostschlüssel %3 tut es, kann aber nur unter %4 installiert werden: Richten Sie den KMS-Host auf einem dieser Systeme ein (ein neuerer Host).</translation>
    </message>
    <message>
        <source>No host key that this host (%1) can hold activates %2. The %3 host key does, but this host cannot hold it:</source>
        <translation>Kein KMS-Hostschlüssel, den dieser Host (%1) aufnehmen kann, aktiviert %2. Der KMS-Hostschlüssel %3 tut es, aber dieser Host kann ihn nicht aufnehmen:</translation>
    </message>
    <message>
        <source>No single host key activates %1 together: use two KMS hosts, one for the oldest versions and one for the newest.</source>
        <translation>Kein einzelner KMS-Hostschlüssel aktiviert %1 zusammen: Verwenden Sie zwei KMS-Hosts, einen für die ältesten und einen für die neuesten Versionen.</translation>
    </message>
    <message>
        <source>No Windows client or server was chosen: keep the host&apos;s Windows key and add only the Office host keys.</source>
        <translation>Kein Windows-Client oder -Server gewählt: Behalten Sie den Windows-Schlüssel des Hosts und fügen Sie nur die Office-KMS-Hostschlüssel hinzu.</translation>
    </message>
    <message>
        <source>%1: its own host key, which this host can hold.</source>
        <translation>%1: ein eigener KMS-Hostschlüssel, den dieser Host aufnehmen kann.</translation>
    </message>
    <message>
        <source>%1: not on this host.</source>
        <translation>%1: nicht auf diesem Host.</translation>
    </message>
</context>
<context>
    <name>KeyGroupPage</name>
    <message numerus="yes">
        <source>The last scan of this session read %n machine(s).</source>
        <translation>
            <numerusform>Der letzte Scan dieser Sitzung hat %n Computer gelesen.</numerusform>
            <numerusform>Der letzte Scan dieser Sitzung hat %n Computer gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 R2</source>
        <translation>%1 R2</translation>
    </message>
    <message>
        <source>LTSC %1</source>
        <translation>LTSC %1</translation>
    </message>
    <message>
        <source>No scan in this session yet: the clients are scanned after the host setup. Tick them by hand.</source>
        <translation>Noch kein Scan in dieser Sitzung: Die Clients werden nach der Host-Einrichtung gescannt. Kreuzen Sie sie von Hand an.</translation>
    </message>
    <message>
        <source>Check the host first: the advice depends on its Windows version.</source>
        <translation>Prüfen Sie zuerst den Host: Die Empfehlung hängt von seiner Windows-Version ab.</translation>
    </message>
    <message>
        <source>Tick the clients above to see which key group they need.</source>
        <translation>Kreuzen Sie oben die Clients an, um zu sehen, welche Schlüsselgruppe sie brauchen.</translation>
    </message>
    <message>
        <source>No new Windows host key</source>
        <translation>Kein neuer Windows-Hostschlüssel</translation>
    </message>
    <message>
        <source>Keep the Windows key the host has (set up Office only).</source>
        <translation>Den vorhandenen Windows-Schlüssel des Hosts behalten (nur Office einrichten).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Its volume license pack is installed on the host.</source>
        <translation>Sein Volumenlizenzpaket ist auf dem Host installiert.</translation>
    </message>
    <message>
        <source>%1 is greyed out: %2</source>
        <translation>%1 ist ausgegraut: %2</translation>
    </message>
    <message>
        <source>A %1 host key will activate (%2 products):</source>
        <translation>Ein Hostschlüssel %1 aktiviert (%2 Produkte):</translation>
    </message>
    <message>
        <source>The chosen host keys will activate:</source>
        <translation>Die gewählten Hostschlüssel aktivieren:</translation>
    </message>
    <message>
        <source>Which KMS host key you will install, and what it activates.</source>
        <translation>Welchen KMS-Hostschlüssel Sie installieren und was er aktiviert.</translation>
    </message>
    <message>
        <source>Windows host key group</source>
        <translation>Gruppe des Windows-Hostschlüssels</translation>
    </message>
    <message>
        <source>Key group</source>
        <translation>Schlüsselgruppe</translation>
    </message>
    <message>
        <source>Can this host hold it?</source>
        <translation>Kann dieser Host ihn aufnehmen?</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Tick each Office version this host should activate: each has its own host key and needs its volume license pack on the host.</source>
        <translation>Markieren Sie jede Office-Version, die dieser Host aktivieren soll: Jede hat ihren eigenen Hostschlüssel und braucht ihr Volumenlizenzpaket auf dem Host.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>What this choice needs on the host</source>
        <translation>Was diese Wahl auf dem Host voraussetzt</translation>
    </message>
    <message>
        <source>Which clients must this host activate?</source>
        <translation>Welche Clients soll dieser Host aktivieren?</translation>
    </message>
    <message>
        <source>Windows:</source>
        <translation>Windows:</translation>
    </message>
    <message>
        <source>Windows Server:</source>
        <translation>Windows Server:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <source>Take them from a scan</source>
        <translation>Aus einem Scan übernehmen</translation>
    </message>
    <message>
        <source>Use this group</source>
        <translation>Diese Gruppe verwenden</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>Well-formed product key: %1</source>
        <translation>Gültig aufgebauter Produktschlüssel: %1</translation>
    </message>
    <message>
        <source>This is the public KMS client setup key (GVLK) of %1. Install it on clients, not as a KMS host key.</source>
        <translation>Dies ist der öffentliche KMS-Clientsetupschlüssel (GVLK) von %1. Installieren Sie ihn auf Clients, nicht als KMS-Hostschlüssel.</translation>
    </message>
    <message>
        <source>Not a known KMS client setup key (it may be a host key, a MAK or a retail key).</source>
        <translation>Kein bekannter KMS-Clientsetupschlüssel (es kann ein KMS-Hostschlüssel, ein MAK oder ein Einzelhandelsschlüssel sein).</translation>
    </message>
    <message>
        <source>Key format: Windows 8 / Office 2013 and later.</source>
        <translation>Schlüsselformat: Windows 8 / Office 2013 und neuer.</translation>
    </message>
    <message>
        <source>Key format: Windows 7 / Office 2010 and earlier.</source>
        <translation>Schlüsselformat: Windows 7 / Office 2010 und älter.</translation>
    </message>
    <message>
        <source>Not a valid product key: %1</source>
        <translation>Kein gültiger Produktschlüssel: %1</translation>
    </message>
</context>
<context>
    <name>KmsCoverage</name>
    <message>
        <source>Will activate: the host key of %1 (%2) covers it.</source>
        <translation>Wird aktiviert: Der KMS-Hostschlüssel von %1 (%2) deckt es ab.</translation>
    </message>
    <message>
        <source>Cannot activate: the host key of %1 (%2) does not cover %3; it would end in its grace period (0xC004F042). Install the host key of %4 on the host first.</source>
        <translation>Aktivierung nicht möglich: Der KMS-Hostschlüssel von %1 (%2) deckt %3 nicht ab; das Produkt fiele in die Toleranzperiode (0xC004F042). Installieren Sie zuerst den KMS-Hostschlüssel von %4 auf dem Host.</translation>
    </message>
    <message>
        <source>Cannot activate: the host key of %1 (%2) does not cover %3, and no host key group of the catalog does; it would end in its grace period (0xC004F042).</source>
        <translation>Aktivierung nicht möglich: Der KMS-Hostschlüssel von %1 (%2) deckt %3 nicht ab, und keine Hostschlüsselgruppe des Katalogs tut es; das Produkt fiele in die Toleranzperiode (0xC004F042).</translation>
    </message>
    <message>
        <source>Cannot activate: the host key of %1 (%2) does not cover %3, and no host key that %4 may hold does; it would end in its grace period (0xC004F042). A KMS host on a newer Windows Server is needed for it.</source>
        <translation>Aktivierung nicht möglich: Der KMS-Hostschlüssel von %1 (%2) deckt %3 nicht ab, und kein KMS-Hostschlüssel, den %4 aufnehmen kann, deckt es ab; das Produkt fiele in die Toleranzperiode (0xC004F042). Dafür ist ein KMS-Host mit einer neueren Windows Server-Version nötig.</translation>
    </message>
    <message>
        <source>Cannot activate: %1 holds no KMS host key (CSVLK), so it is not a KMS host and would answer nothing (0xC004F074). Set it up as a KMS host first.</source>
        <translation>Aktivierung nicht möglich: %1 hat keinen KMS-Hostschlüssel (CSVLK), ist also kein KMS-Host und würde nicht antworten (0xC004F074). Richten Sie ihn zuerst als KMS-Host ein.</translation>
    </message>
    <message>
        <source>Cannot check: the KMS host %1 could not be read (%2).</source>
        <translation>Prüfung nicht möglich: Der KMS-Host %1 konnte nicht ausgelesen werden (%2).</translation>
    </message>
    <message>
        <source>Cannot check: the host key on %1 (“%2”) does not match a key group of the catalog.</source>
        <translation>Prüfung nicht möglich: Der KMS-Hostschlüssel auf %1 („%2“) passt zu keiner Schlüsselgruppe des Katalogs.</translation>
    </message>
    <message>
        <source>Cannot check: the client finds its KMS host through DNS and no host is known; name the KMS host to have it checked.</source>
        <translation>Prüfung nicht möglich: Der Client findet seinen KMS-Host über DNS, und kein Host ist bekannt; geben Sie den KMS-Host an, damit er geprüft wird.</translation>
    </message>
    <message>
        <source>Cannot check: DNS names several KMS hosts (%1) and only some of them can activate %2; the client may ask any of them.</source>
        <translation>Prüfung nicht möglich: DNS nennt mehrere KMS-Hosts (%1), und nur einige davon können %2 aktivieren; der Client kann jeden davon fragen.</translation>
    </message>
    <message>
        <source>Cannot check: the edition of this product could not be identified.</source>
        <translation>Prüfung nicht möglich: Die Edition dieses Produkts konnte nicht bestimmt werden.</translation>
    </message>
</context>
<context>
    <name>KmsHost</name>
    <message>
        <source>No KMS host was given.</source>
        <translation>Es wurde kein KMS-Host angegeben.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name or IP address.</source>
        <translation>„%1“ ist kein gültiger Hostname und keine gültige IP-Adresse.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535; “%1” is not.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein; „%1“ ist keine.</translation>
    </message>
</context>
<context>
    <name>LabCommand</name>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>The lab could not listen: %1</source>
        <translation>Das Labor konnte keinen Port öffnen: %1</translation>
    </message>
    <message>
        <source>The simulated lab is not available in this build (%1).</source>
        <translation>Das simulierte Labor ist in diesem Build nicht verfügbar (%1).</translation>
    </message>
</context>
<context>
    <name>LabScenario</name>
    <message>
        <source>Today&apos;s network: a Windows Server 2022 KMS host</source>
        <translation>Heutiges Netzwerk: ein KMS-Host unter Windows Server 2022</translation>
    </message>
    <message>
        <source>Windows 10 and 11, Windows Server 2016 to 2022 and Office clients; a newer server and a newer Office show what the host cannot activate.</source>
        <translation>Windows 10 und 11, Windows Server 2016 bis 2022 und Office-Clients; ein neuerer Server und ein neueres Office zeigen, was der Host nicht aktivieren kann.</translation>
    </message>
    <message>
        <source>Windows 7 and Windows Server 2008 R2 clients, Server Group A, B or C keys, Office 2010 and 2016.</source>
        <translation>Clients mit Windows 7 und Windows Server 2008 R2, Schlüssel der Servergruppen A, B oder C, Office 2010 und 2016.</translation>
    </message>
    <message>
        <source>An older network: a Windows Server 2008 R2 KMS host</source>
        <translation>Älteres Netzwerk: ein KMS-Host unter Windows Server 2008 R2</translation>
    </message>
</context>
<context>
    <name>LeaveWizard</name>
    <message>
        <source>Close the wizard</source>
        <translation>Assistent schließen</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Hier bleiben</translation>
    </message>
    <message>
        <source>What you typed on these pages is not kept: %1.</source>
        <translation>Was Sie auf diesen Seiten eingegeben haben, wird nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>The changes already made stay as they are: leaving does not undo them.</source>
        <translation>Bereits vorgenommene Änderungen bleiben bestehen: Beim Beenden werden sie nicht rückgängig gemacht.</translation>
    </message>
    <message>
        <source>A conversion run is in progress: no new host starts, the hosts in flight finish their steps, and the next start of the wizard offers to resume the run from the journal.</source>
        <translation>Eine Umstellung läuft: Kein weiterer Host wird begonnen, die laufenden Hosts schließen ihre Schritte ab, und beim nächsten Start bietet der Assistent an, die Umstellung anhand des Journals fortzusetzen.</translation>
    </message>
    <message>
        <source>Conversion run %1 is interrupted: it stays in the journal, and the next start of the wizard offers to resume it.</source>
        <translation>Die Umstellung %1 ist unterbrochen: Sie bleibt im Journal, und beim nächsten Start bietet der Assistent an, sie fortzusetzen.</translation>
    </message>
    <message>
        <source>Leave the KMS Host Wizard?</source>
        <translation>KMS-Host-Assistent beenden?</translation>
    </message>
    <message>
        <source>Close the wizard now?</source>
        <translation>Den Assistenten jetzt schließen?</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>LicenseChannel</name>
    <message>
        <source>KMS client (GVLK)</source>
        <translation>KMS-Client (GVLK)</translation>
    </message>
    <message>
        <source>MAK</source>
        <translation>MAK</translation>
    </message>
    <message>
        <source>KMS host (CSVLK)</source>
        <translation>KMS-Host (CSVLK)</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Einzelhandel (Retail)</translation>
    </message>
    <message>
        <source>OEM</source>
        <translation>OEM</translation>
    </message>
    <message>
        <source>Time-based</source>
        <translation>Zeitbasiert</translation>
    </message>
    <message>
        <source>Automatic virtual machine activation</source>
        <translation>Automatische Aktivierung virtueller Computer</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>LicenseStatus</name>
    <message>
        <source>Unlicensed</source>
        <translation>Nicht lizenziert</translation>
    </message>
    <message>
        <source>The product is not activated and has no grace period left.</source>
        <translation>Das Produkt ist nicht aktiviert und hat keine Toleranzperiode mehr.</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>Lizenziert</translation>
    </message>
    <message>
        <source>The product is activated. With time remaining it is a KMS, Active Directory, time-based or virtual machine activation that must be renewed; without, it is permanent.</source>
        <translation>Das Produkt ist aktiviert. Mit verbleibender Zeit handelt es sich um eine KMS-, Active-Directory-, zeitbasierte oder VM-Aktivierung, die erneuert werden muss; ohne ist sie dauerhaft.</translation>
    </message>
    <message>
        <source>Initial grace period</source>
        <translation>Anfängliche Toleranzperiode</translation>
    </message>
    <message>
        <source>The product was installed, or its key changed, and it is not activated yet.</source>
        <translation>Das Produkt wurde installiert oder sein Schlüssel geändert, und es ist noch nicht aktiviert.</translation>
    </message>
    <message>
        <source>Additional grace period</source>
        <translation>Zusätzliche Toleranzperiode</translation>
    </message>
    <message>
        <source>The KMS activation expired, or the hardware changed beyond tolerance.</source>
        <translation>Die KMS-Aktivierung ist abgelaufen, oder die Hardware hat sich über die Toleranz hinaus verändert.</translation>
    </message>
    <message>
        <source>Non-genuine grace period</source>
        <translation>Toleranzperiode für nicht echte Kopien</translation>
    </message>
    <message>
        <source>Windows considers this copy not genuine.</source>
        <translation>Windows betrachtet diese Kopie als nicht echt.</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>The grace period is over and Windows reminds the user to activate; the reason code says why.</source>
        <translation>Die Toleranzperiode ist abgelaufen und Windows erinnert den Benutzer an die Aktivierung; der Ursachencode nennt den Grund.</translation>
    </message>
    <message>
        <source>Extended grace period</source>
        <translation>Erweiterte Toleranzperiode</translation>
    </message>
    <message>
        <source>The product runs in an extended grace period and is not activated.</source>
        <translation>Das Produkt läuft in einer erweiterten Toleranzperiode und ist nicht aktiviert.</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>The host listens on port %1 now; 1688 is the standard port.</source>
        <translation>Der Host lauscht derzeit an Port %1; 1688 ist der Standardport.</translation>
    </message>
    <message>
        <source>Move the KMS service of %1 from port %2 to port %3 (it restarts) and open TCP port %3 in its firewall for: %4?</source>
        <translation>Den KMS-Dienst von %1 von Port %2 auf Port %3 verlegen (er startet neu) und TCP-Port %3 in seiner Firewall öffnen für: %4?</translation>
    </message>
    <message>
        <source>Open TCP port %1 in the firewall of %2 for: %3?</source>
        <translation>TCP-Port %1 in der Firewall von %2 öffnen für: %3?</translation>
    </message>
    <message>
        <source>Applying the port and the firewall rule…</source>
        <translation>Port und Firewallregel werden übernommen …</translation>
    </message>
    <message>
        <source>Connecting to %1, port %2…</source>
        <translation>Verbindung zu %1, Port %2 …</translation>
    </message>
    <message>
        <source>Tested on the KMS host itself: this proves nothing about the firewall. Test from a client.</source>
        <translation>Auf dem KMS-Host selbst getestet: Das beweist nichts über die Firewall. Testen Sie von einem Client aus.</translation>
    </message>
    <message>
        <source>Clients can reach the KMS port.</source>
        <translation>Clients erreichen den KMS-Port.</translation>
    </message>
    <message>
        <source>The KMS port cannot be reached.</source>
        <translation>Der KMS-Port ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Clients reach the KMS host on TCP port 1688 unless you change it.</source>
        <translation>Clients erreichen den KMS-Host über TCP-Port 1688, sofern Sie ihn nicht ändern.</translation>
    </message>
    <message>
        <source>Windows Firewall blocks the KMS port until its rule is enabled. Enable it for the profile of the host&apos;s network: a domain member uses the Domain profile. Windows has two rules for KMS, and the one for Private and Public networks admits the local subnet only.</source>
        <translation>Die Windows-Firewall blockiert den KMS-Port, bis seine Regel aktiviert ist. Aktivieren Sie sie für das Profil des Hostnetzwerks: Ein Domänenmitglied verwendet das Profil „Domäne“. Windows hat zwei Regeln für KMS, und die für private und öffentliche Netzwerke lässt nur das lokale Subnetz zu.</translation>
    </message>
    <message>
        <source>rule SPPSVC-In-TCP-NoScope: clients from any address</source>
        <translation>Regel SPPSVC-In-TCP-NoScope: Clients von jeder Adresse</translation>
    </message>
    <message>
        <source>rule SPPSVC-In-TCP (Private and Public together): local subnet only</source>
        <translation>Regel SPPSVC-In-TCP (Privat und Öffentlich gemeinsam): nur lokales Subnetz</translation>
    </message>
    <message>
        <source>KMS port:</source>
        <translation>KMS-Port:</translation>
    </message>
    <message>
        <source>Firewall profiles:</source>
        <translation>Firewallprofile:</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Übernehmen …</translation>
    </message>
    <message>
        <source>Test reachability</source>
        <translation>Erreichbarkeit testen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Reading the Office state of the host…</source>
        <translation>Office-Zustand des Hosts wird gelesen …</translation>
    </message>
    <message>
        <source>This is the KMS client setup key (GVLK) of %1, not an Office host key.</source>
        <translation>Das ist der KMS-Clientsetupschlüssel (GVLK) von %1, kein Office-Hostschlüssel.</translation>
    </message>
    <message>
        <source>Install the %1 host key %2 on %3?</source>
        <translation>Den Hostschlüssel %1 %2 auf %3 installieren?</translation>
    </message>
    <message>
        <source>Installing %1…</source>
        <translation>%1 wird installiert …</translation>
    </message>
    <message>
        <source>Activate the %1 host key on %2 online now?</source>
        <translation>Den Hostschlüssel %1 auf %2 jetzt online aktivieren?</translation>
    </message>
    <message>
        <source>Activating %1 online…</source>
        <translation>%1 wird online aktiviert …</translation>
    </message>
    <message>
        <source>Each Office version has its own host key and volume license pack.</source>
        <translation>Jede Office-Version hat ihren eigenen Hostschlüssel und ihr eigenes Volumenlizenzpaket.</translation>
    </message>
    <message>
        <source>The Office host key goes onto the KMS host (not onto the Office clients) once the version&apos;s volume license pack is installed there. Office itself need not be installed on the host.</source>
        <translation>Der Office-Hostschlüssel wird auf dem KMS-Host installiert (nicht auf den Office-Clients), sobald dort das Volumenlizenzpaket der Version installiert ist. Office selbst muss auf dem Host nicht installiert sein.</translation>
    </message>
    <message>
        <source>State on the host</source>
        <translation>Zustand auf dem Host</translation>
    </message>
    <message>
        <source>Office host key</source>
        <translation>Office-Hostschlüssel</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Install the key…</source>
        <translation>Schlüssel installieren …</translation>
    </message>
    <message>
        <source>Use the lab&apos;s key</source>
        <translation>Laborschlüssel verwenden</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Activate online…</source>
        <translation>Online aktivieren …</translation>
    </message>
    <message>
        <source>By phone (next page)</source>
        <translation>Per Telefon (nächste Seite)</translation>
    </message>
</context>
<context>
    <name>OperationPanel</name>
    <message>
        <source>Cancelled: the wizard stopped waiting. A request that had already reached the machine may still complete there; check again to see its state.</source>
        <translation>Abgebrochen: Der Assistent wartet nicht mehr. Eine Anfrage, die den Computer schon erreicht hatte, kann dort noch ausgeführt werden; prüfen Sie erneut, um ihren Stand zu sehen.</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the error and its explanation</source>
        <translation>Fehler und Erklärung kopieren</translation>
    </message>
</context>
<context>
    <name>PhoneActivation</name>
    <message>
        <source>The machine returned no Installation ID.</source>
        <translation>Der Computer hat keine Installations-ID geliefert.</translation>
    </message>
    <message>
        <source>The Installation ID may contain only digits, but it contains “%1”.</source>
        <translation>Die Installations-ID darf nur Ziffern enthalten, sie enthält aber „%1“.</translation>
    </message>
    <message>
        <source>Block %1 is empty.</source>
        <translation>Block %1 ist leer.</translation>
    </message>
    <message>
        <source>Block %1 may contain only digits.</source>
        <translation>Block %1 darf nur Ziffern enthalten.</translation>
    </message>
    <message>
        <source>Block %1 needs 6 digits; it has %2.</source>
        <translation>Block %1 muss 6 Ziffern haben; er hat %2.</translation>
    </message>
    <message>
        <source>Block %1 fails the old check-digit test. Newer Confirmation IDs may follow another rule, so it can still be right: compare it with what you were given.</source>
        <translation>Block %1 besteht die alte Prüfziffernprüfung nicht. Neuere Bestätigungs-IDs folgen möglicherweise einer anderen Regel, er kann also trotzdem richtig sein: Vergleichen Sie ihn mit den Angaben, die Sie erhalten haben.</translation>
    </message>
    <message>
        <source>A Confirmation ID has 48 digits (8 blocks of 6); this one has %1.</source>
        <translation>Eine Bestätigungs-ID hat 48 Ziffern (8 Blöcke zu je 6); diese hat %1.</translation>
    </message>
    <message>
        <source>A Confirmation ID may contain only digits and the block letters A to H, but it contains “%1”.</source>
        <translation>Eine Bestätigungs-ID darf nur Ziffern und die Blockbuchstaben A bis H enthalten, diese enthält aber „%1“.</translation>
    </message>
    <message>
        <source>A Confirmation ID has 8 blocks; %1 were given.</source>
        <translation>Eine Bestätigungs-ID hat 8 Blöcke; angegeben wurden %1.</translation>
    </message>
    <message>
        <source>Re-type block %1: it is the only block that fails the check digit, so it most likely holds the typing mistake.</source>
        <translation>Geben Sie Block %1 erneut ein: Nur dieser Block besteht die Prüfziffernprüfung nicht, er enthält also höchstwahrscheinlich den Tippfehler.</translation>
    </message>
    <message>
        <source>Re-type blocks %1 first: they fail the check digit, the others pass it.</source>
        <translation>Geben Sie zuerst die Blöcke %1 erneut ein: Sie bestehen die Prüfziffernprüfung nicht, die anderen schon.</translation>
    </message>
    <message>
        <source>The check digits cannot tell which block is wrong: read the eight blocks back to the activation centre and re-type those that differ.</source>
        <translation>Anhand der Prüfziffern lässt sich nicht erkennen, welcher Block falsch ist: Lesen Sie dem Aktivierungscenter die acht Blöcke vor und geben Sie die abweichenden erneut ein.</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Windows (the KMS host key)</source>
        <translation>Windows (der KMS-Hostschlüssel)</translation>
    </message>
    <message>
        <source>Reading the Installation ID…</source>
        <translation>Installations-ID wird gelesen …</translation>
    </message>
    <message>
        <source>Activate %1 on %2 with this Confirmation ID?</source>
        <translation>%1 auf %2 mit dieser Bestätigungs-ID aktivieren?</translation>
    </message>
    <message>
        <source>Confirmation ID: %1</source>
        <translation>Bestätigungs-ID: %1</translation>
    </message>
    <message>
        <source>Activating with the Confirmation ID…</source>
        <translation>Aktivierung mit der Bestätigungs-ID …</translation>
    </message>
    <message>
        <source>Activated by phone.</source>
        <translation>Per Telefon aktiviert.</translation>
    </message>
    <message>
        <source>The Confirmation ID was not accepted: see below.</source>
        <translation>Die Bestätigungs-ID wurde nicht angenommen: siehe unten.</translation>
    </message>
    <message>
        <source>The Confirmation ID typed on the Phone activation page is lost: it is not saved, and a new one means calling the activation centre again.</source>
        <translation>Die auf der Seite „Aktivierung per Telefon“ eingegebene Bestätigungs-ID geht verloren: Sie wird nicht gespeichert, und für eine neue müssen Sie das Aktivierungscenter erneut anrufen.</translation>
    </message>
    <message>
        <source>For %1. Read these groups out when you are asked for them:</source>
        <translation>Für %1. Lesen Sie diese Gruppen vor, wenn Sie danach gefragt werden:</translation>
    </message>
    <message>
        <source>For a host without internet access: by phone, in three steps.</source>
        <translation>Für einen Host ohne Internetzugang: per Telefon, in drei Schritten.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Confirmation ID from the lab&apos;s centre</source>
        <translation>Bestätigungs-ID vom Aktivierungscenter des Labors</translation>
    </message>
    <message>
        <source>1. The Installation ID</source>
        <translation>1. Die Installations-ID</translation>
    </message>
    <message>
        <source>Read the Installation ID again</source>
        <translation>Installations-ID erneut lesen</translation>
    </message>
    <message>
        <source>2. Call the activation centre</source>
        <translation>2. Rufen Sie das Aktivierungscenter an</translation>
    </message>
    <message>
        <source>The phone number depends on your country: on the host, run “slui 4” and choose your country, or see the list of Microsoft licensing activation centres in the help beside. An automated voice or a person asks for the Installation ID group by group.</source>
        <translation>Die Telefonnummer hängt von Ihrem Land ab: Führen Sie auf dem Host „slui 4“ aus und wählen Sie Ihr Land, oder schlagen Sie in der Hilfe daneben die Liste der Microsoft-Aktivierungscenter nach. Eine Sprachansage oder ein Mitarbeiter fragt die Installations-ID Gruppe für Gruppe ab.</translation>
    </message>
    <message>
        <source>Call the lab&apos;s activation centre</source>
        <translation>Aktivierungscenter des Labors anrufen</translation>
    </message>
    <message>
        <source>3. The Confirmation ID</source>
        <translation>3. Die Bestätigungs-ID</translation>
    </message>
    <message>
        <source>Type the eight blocks A to H you are given, or paste the whole ID into block A. A block marked amber may still be right: compare it with what you heard.</source>
        <translation>Geben Sie die acht Blöcke A bis H ein, die Sie erhalten, oder fügen Sie die ganze ID in Block A ein. Ein orange markierter Block kann trotzdem stimmen: Vergleichen Sie ihn mit dem, was Sie gehört haben.</translation>
    </message>
    <message>
        <source>Activate with this Confirmation ID…</source>
        <translation>Mit dieser Bestätigungs-ID aktivieren …</translation>
    </message>
</context>
<context>
    <name>ProductKey</name>
    <message>
        <source>No product key was entered.</source>
        <translation>Es wurde kein Produktschlüssel eingegeben.</translation>
    </message>
    <message>
        <source>A product key has 25 characters (five groups of five); this one has %1.</source>
        <translation>Ein Produktschlüssel hat 25 Zeichen (fünf Gruppen zu je fünf); dieser hat %1.</translation>
    </message>
    <message>
        <source>A product key cannot contain “%1”. Product keys use only the letters B C D F G H J K M N P Q R T V W X Y and the digits 2 3 4 6 7 8 9 (no 0, 1, 5, A, E, I, L, O, S, U or Z).</source>
        <translation>Ein Produktschlüssel kann „%1“ nicht enthalten. Produktschlüssel bestehen nur aus den Buchstaben B C D F G H J K M N P Q R T V W X Y und den Ziffern 2 3 4 6 7 8 9 (kein 0, 1, 5, A, E, I, L, O, S, U oder Z).</translation>
    </message>
    <message>
        <source>A product key is five groups of five characters separated by dashes; a character seems to be in the wrong group.</source>
        <translation>Ein Produktschlüssel besteht aus fünf durch Bindestriche getrennten Gruppen zu je fünf Zeichen; ein Zeichen scheint in der falschen Gruppe zu stehen.</translation>
    </message>
    <message>
        <source>A product key contains at most one letter N; this one has %1.</source>
        <translation>Ein Produktschlüssel enthält höchstens einen Buchstaben N; dieser enthält %1.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grace / expiry</source>
        <translation>Toleranz / Ablauf</translation>
    </message>
    <message>
        <source>KMS host</source>
        <translation>KMS-Host</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>MAK</source>
        <translation>MAK</translation>
    </message>
    <message>
        <source>KMS client</source>
        <translation>KMS-Client</translation>
    </message>
    <message>
        <source>Unlicensed</source>
        <translation>Nicht lizenziert</translation>
    </message>
    <message>
        <source>In grace</source>
        <translation>In Toleranzperiode</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>Hosts with a product activated (or to be activated) by a MAK</source>
        <translation>Hosts mit einem Produkt, das per MAK aktiviert ist (oder werden soll)</translation>
    </message>
    <message>
        <source>Hosts with a product holding a KMS client key (GVLK)</source>
        <translation>Hosts mit einem Produkt mit KMS-Clientsetupschlüssel (GVLK)</translation>
    </message>
    <message>
        <source>Hosts with a product that is neither activated nor in a grace period</source>
        <translation>Hosts mit einem Produkt, das weder aktiviert noch in einer Toleranzperiode ist</translation>
    </message>
    <message>
        <source>Hosts with a product that is not activated yet and runs on its grace</source>
        <translation>Hosts mit einem noch nicht aktivierten Produkt, das in seiner Toleranzperiode läuft</translation>
    </message>
    <message numerus="yes">
        <source>Hosts with an activation or grace period ending within %n day(s)</source>
        <translation>
            <numerusform>Hosts mit einer Aktivierung oder Toleranzperiode, die innerhalb von %n Tag endet</numerusform>
            <numerusform>Hosts mit einer Aktivierung oder Toleranzperiode, die innerhalb von %n Tagen endet</numerusform>
        </translation>
    </message>
    <message>
        <source>Hosts that could not be reached over WinRM</source>
        <translation>Hosts, die über WinRM nicht erreichbar waren</translation>
    </message>
    <message>
        <source>Hosts that refused the user name or password</source>
        <translation>Hosts, die Benutzername oder Kennwort abgelehnt haben</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>Lizenziert</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Nicht ausgelesen</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (DNS)</source>
        <translation>%1 (DNS)</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message numerus="yes">
        <source>Conversion run %1 (started %2) was interrupted on %n host(s). Go to the clients now to resume it?</source>
        <translation>
            <numerusform>Der Umstellungslauf %1 (begonnen am %2) wurde auf %n Host unterbrochen. Jetzt zu den Clients wechseln, um ihn fortzusetzen?</numerusform>
            <numerusform>Der Umstellungslauf %1 (begonnen am %2) wurde auf %n Hosts unterbrochen. Jetzt zu den Clients wechseln, um ihn fortzusetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume an interrupted conversion?</source>
        <translation>Eine unterbrochene Umstellung fortsetzen?</translation>
    </message>
    <message>
        <source>Resuming reads each host again and runs only the steps that have not taken effect. You can also resume it later from the conversion page.</source>
        <translation>Beim Fortsetzen wird jeder Host erneut ausgelesen, und nur die Schritte, die noch nicht wirksam sind, werden ausgeführt. Sie können ihn auch später auf der Umstellungsseite fortsetzen.</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Scanning %1 of %2 hosts (%3 not read)…</source>
        <translation>Prüfung: %1 von %2 Hosts (%3 nicht ausgelesen) …</translation>
    </message>
    <message>
        <source>Cancelling: no new host starts; waiting for those in progress…</source>
        <translation>Abbruch: Kein weiterer Host wird begonnen; die laufenden werden abgewartet …</translation>
    </message>
    <message>
        <source>Hosts: %1 — read: %2, unreachable: %3, credentials refused: %4, failed: %5, not scanned: %6</source>
        <translation>Hosts: %1 — ausgelesen: %2, nicht erreichbar: %3, Anmeldedaten abgelehnt: %4, fehlgeschlagen: %5, nicht geprüft: %6</translation>
    </message>
    <message>
        <source>Products: %1 (Windows %2, Office %3) — KMS clients: %4, MAK: %5, retail/OEM: %6, KMS hosts: %7</source>
        <translation>Produkte: %1 (Windows %2, Office %3) — KMS-Clients: %4, MAK: %5, Einzelhandel/OEM: %6, KMS-Hosts: %7</translation>
    </message>
    <message>
        <source>Licensed: %1, in grace: %2, unlicensed: %3, ending within %4 days: %5</source>
        <translation>Lizenziert: %1, in der Toleranzperiode: %2, nicht lizenziert: %3, Ende innerhalb von %4 Tagen: %5</translation>
    </message>
    <message>
        <source>Duplicate client machine ID %1 on %2: the KMS host counts them once (run sysprep /generalize on cloned machines).</source>
        <translation>Doppelte Client-Computer-ID %1 auf %2: Der KMS-Host zählt sie nur einmal (führen Sie sysprep /generalize auf geklonten Computern aus).</translation>
    </message>
    <message>
        <source>Scan %1 saved in the journal %2.</source>
        <translation>Prüfung %1 im Journal %2 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>The scan was cancelled: %n host(s) not scanned.</source>
        <translation>
            <numerusform>Die Prüfung wurde abgebrochen: %n Host nicht geprüft.</numerusform>
            <numerusform>Die Prüfung wurde abgebrochen: %n Hosts nicht geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Bericht geschrieben: %1</translation>
    </message>
    <message>
        <source>The report %1 could not be written: %2</source>
        <translation>Der Bericht %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The journal holds no scan yet.</source>
        <translation>Das Journal enthält noch keine Prüfung.</translation>
    </message>
    <message>
        <source>Scan %1 — %2 — %3 — %4 host(s), %5: read %6, MAK %7, KMS clients %8</source>
        <translation>Prüfung %1 — %2 — %3 — %4 Host(s), %5: ausgelesen %6, MAK %7, KMS-Clients %8</translation>
    </message>
    <message>
        <source>The journal holds no scan %1.</source>
        <translation>Das Journal enthält keine Prüfung %1.</translation>
    </message>
    <message>
        <source>There is no scan before scan %1 to compare with.</source>
        <translation>Es gibt keine Prüfung vor Prüfung %1 zum Vergleichen.</translation>
    </message>
    <message>
        <source>Changes from scan %1 to scan %2:</source>
        <translation>Änderungen von Prüfung %1 zu Prüfung %2:</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts hat sich geändert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2 — %3 → %4</source>
        <translation>%1: %2 — %3 → %4</translation>
    </message>
    <message>
        <source>--compare takes one or two scan numbers.</source>
        <translation>--compare erwartet eine oder zwei Prüfungsnummern.</translation>
    </message>
    <message>
        <source>--list and --compare read the journal: leave out the machines to scan.</source>
        <translation>--list und --compare lesen das Journal: Lassen Sie die zu prüfenden Computer weg.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>ScanComparison</name>
    <message>
        <source>New host</source>
        <translation>Neuer Host</translation>
    </message>
    <message>
        <source>Host no longer in the scan</source>
        <translation>Host nicht mehr in der Überprüfung</translation>
    </message>
    <message>
        <source>Scan outcome changed</source>
        <translation>Prüfergebnis geändert</translation>
    </message>
    <message>
        <source>Product added</source>
        <translation>Produkt hinzugekommen</translation>
    </message>
    <message>
        <source>Product removed</source>
        <translation>Produkt entfernt</translation>
    </message>
    <message>
        <source>Channel changed</source>
        <translation>Kanal geändert</translation>
    </message>
    <message>
        <source>License status changed</source>
        <translation>Lizenzstatus geändert</translation>
    </message>
</context>
<context>
    <name>ScreenshotsCommand</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>Selftest</name>
    <message>
        <source>OK      %1: %2</source>
        <translation>OK      %1: %2</translation>
    </message>
    <message>
        <source>FAILED  %1: %2</source>
        <translation>FEHLER  %1: %2</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>%1 editions, %2 GVLKs, %3 key groups</source>
        <translation>%1 Editionen, %2 GVLKs, %3 Schlüsselgruppen</translation>
    </message>
    <message>
        <source>%1 operation scripts, longest command %2 characters</source>
        <translation>%1 Vorgangsskripte, längster Befehl: %2 Zeichen</translation>
    </message>
    <message>
        <source>French and German catalogs load</source>
        <translation>Französischer und deutscher Katalog werden geladen</translation>
    </message>
    <message>
        <source>%1 help pages in each of %2 languages</source>
        <translation>%1 Hilfeseiten in jeder der %2 Sprachen</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
    <message>
        <source>Product catalog</source>
        <translation>Produktkatalog</translation>
    </message>
    <message>
        <source>PowerShell operations</source>
        <translation>PowerShell-Vorgänge</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Übersetzungen</translation>
    </message>
    <message>
        <source>Offline help</source>
        <translation>Offline-Hilfe</translation>
    </message>
    <message>
        <source>Some checks failed.</source>
        <translation>Einige Prüfungen sind fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>StatusData</name>
    <message>
        <source>The status data “%1” is not a record of named fields.</source>
        <translation>Die Statusdaten „%1“ sind kein Datensatz mit benannten Feldern.</translation>
    </message>
    <message>
        <source>The status data has no “%1” field.</source>
        <translation>Die Statusdaten enthalten kein Feld „%1“.</translation>
    </message>
    <message>
        <source>The status field “%1” is not text.</source>
        <translation>Das Statusfeld „%1“ ist kein Text.</translation>
    </message>
    <message>
        <source>The status field “%1” is not a whole number.</source>
        <translation>Das Statusfeld „%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>The status field “%1” is outside the allowed range %2 to %3.</source>
        <translation>Das Statusfeld „%1“ liegt außerhalb des zulässigen Bereichs von %2 bis %3.</translation>
    </message>
    <message>
        <source>The status field “%1” is not true or false.</source>
        <translation>Das Statusfeld „%1“ ist weder wahr noch falsch.</translation>
    </message>
    <message>
        <source>The status field “%1” is not a GUID.</source>
        <translation>Das Statusfeld „%1“ ist keine GUID.</translation>
    </message>
    <message>
        <source>The status field “%1” is not an error code.</source>
        <translation>Das Statusfeld „%1“ ist kein Fehlercode.</translation>
    </message>
    <message>
        <source>The status field “%1” is not the last five characters of a product key.</source>
        <translation>Das Statusfeld „%1“ enthält nicht die letzten fünf Zeichen eines Produktschlüssels.</translation>
    </message>
    <message>
        <source>The status field “%1” is not an Office version such as 2016.</source>
        <translation>Das Statusfeld „%1“ ist keine Office-Version wie etwa 2016.</translation>
    </message>
    <message>
        <source>The status field “%1” is not a valid host name or IP address.</source>
        <translation>Das Statusfeld „%1“ ist kein gültiger Hostname und keine gültige IP-Adresse.</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>%n file(s) saved in %1.</source>
        <translation>
            <numerusform>%n Datei in %1 gespeichert.</numerusform>
            <numerusform>%n Dateien in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n host(s)</source>
        <translation>
            <numerusform>%1 · %n Host</numerusform>
            <numerusform>%1 · %n Hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>The KMS host was not set up in this run.</source>
        <translation>Der KMS-Host wurde in dieser Sitzung nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Host key activated by phone.</source>
        <translation>Hostschlüssel per Telefon aktiviert.</translation>
    </message>
    <message>
        <source>Host key activated online.</source>
        <translation>Hostschlüssel online aktiviert.</translation>
    </message>
    <message>
        <source>%1: host key installed and activated.</source>
        <translation>%1: Hostschlüssel installiert und aktiviert.</translation>
    </message>
    <message>
        <source>%1 was checked; nothing was changed on it.</source>
        <translation>%1 wurde geprüft; daran wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Scan %1 — hosts: %2, read: %3; products with a MAK: %4, KMS clients: %5, licensed: %6, in grace: %7, unlicensed: %8.</source>
        <translation>Überprüfung %1 – Hosts: %2, ausgelesen: %3; Produkte mit MAK: %4, KMS-Clients: %5, lizenziert: %6, in Toleranzperiode: %7, nicht lizenziert: %8.</translation>
    </message>
    <message>
        <source>MAK → KMS</source>
        <translation>MAK → KMS</translation>
    </message>
    <message>
        <source>KMS → MAK</source>
        <translation>KMS → MAK</translation>
    </message>
    <message>
        <source>Conversion run %1 (%2) — converted: %3; waiting for the KMS host&apos;s count: %4; with problems: %5.</source>
        <translation>Umstellungslauf %1 (%2) – umgestellt: %3; warten auf die nötige Anzahl des KMS-Hosts: %4; mit Problemen: %5.</translation>
    </message>
    <message>
        <source>No client was scanned or converted in this run.</source>
        <translation>In dieser Sitzung wurde kein Client geprüft oder umgestellt.</translation>
    </message>
    <message>
        <source>KMS host key %1 installed on %2: %3.</source>
        <translation>KMS-Hostschlüssel %1 auf %2 installiert: %3.</translation>
    </message>
    <message>
        <source>Saving the reports…</source>
        <translation>Die Berichte werden gespeichert …</translation>
    </message>
    <message>
        <source>What was done in this run, and the reports.</source>
        <translation>Was in dieser Sitzung getan wurde, und die Berichte.</translation>
    </message>
    <message>
        <source>KMS host</source>
        <translation>KMS-Host</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Journal since the wizard opened</source>
        <translation>Journal seit dem Start des Assistenten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Save the reports (HTML, CSV, JSON)</source>
        <translation>Berichte speichern (HTML, CSV, JSON)</translation>
    </message>
    <message>
        <source>Open the reports folder</source>
        <translation>Berichtsordner öffnen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>replaced by a later step</source>
        <translation>durch einen späteren Schritt ersetzt</translation>
    </message>
    <message>
        <source>started, no outcome recorded</source>
        <translation>begonnen, kein Ergebnis erfasst</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>host list</source>
        <translation>Hostliste</translation>
    </message>
    <message>
        <source>check again</source>
        <translation>erneute Prüfung</translation>
    </message>
    <message>
        <source>scan · %1</source>
        <translation>Überprüfung · %1</translation>
    </message>
    <message>
        <source>conversion run · %1</source>
        <translation>Umstellungslauf · %1</translation>
    </message>
    <message>
        <source>step · %1</source>
        <translation>Schritt · %1</translation>
    </message>
</context>
<context>
    <name>TransportOptions</name>
    <message>
        <source>Give the account with --user for %1 authentication.</source>
        <translation>Geben Sie das Konto mit --user an (Authentifizierung %1).</translation>
    </message>
    <message>
        <source>No password: pass it on standard input with --password-stdin, take it from the keyring with --credential NAME, or run in a terminal to be asked for it.</source>
        <translation>Kein Kennwort: Übergeben Sie es mit --password-stdin über die Standardeingabe, holen Sie es mit --credential NAME aus dem Schlüsselbund, oder starten Sie den Befehl in einem Terminal, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>The password read from standard input is empty.</source>
        <translation>Das von der Standardeingabe gelesene Kennwort ist leer.</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Kennwort für %1 auf %2: </translation>
    </message>
    <message>
        <source>No safe keyring is available on this computer (found: %1). Use --password-stdin, or type the password when asked.</source>
        <translation>Auf diesem Computer ist kein sicherer Schlüsselbund verfügbar (gefunden: %1). Verwenden Sie --password-stdin, oder geben Sie das Kennwort ein, wenn Sie danach gefragt werden.</translation>
    </message>
    <message>
        <source>The keyring holds no password under the name “%1”.</source>
        <translation>Der Schlüsselbund enthält kein Kennwort unter dem Namen „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a WinRM address. Expected http://host:5985/wsman or https://host:5986/wsman.</source>
        <translation>„%1“ ist keine WinRM-Adresse. Erwartet: http://host:5985/wsman oder https://host:5986/wsman.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Die Zertifizierungsstellen-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The time-out must be more than 0 and at most %1 seconds.</source>
        <translation>Das Zeitlimit muss größer als 0 und höchstens %1 Sekunden sein.</translation>
    </message>
    <message>
        <source>Basic authentication over plain HTTP would send the password in clear to %1. Use --https, or Negotiate (NTLM) authentication.</source>
        <translation>Basic-Authentifizierung über unverschlüsseltes HTTP würde das Kennwort im Klartext an %1 senden. Verwenden Sie --https oder die Authentifizierung per Negotiate (NTLM).</translation>
    </message>
    <message>
        <source>Warning: certificate validation is OFF (--insecure-skip-tls-verify). Anyone on the network path can pose as the machine and read the password.</source>
        <translation>Warnung: Die Zertifikatsprüfung ist AUSGESCHALTET (--insecure-skip-tls-verify). Jeder auf dem Netzwerkweg kann sich als der Computer ausgeben und das Kennwort mitlesen.</translation>
    </message>
    <message>
        <source>--local runs PowerShell on this computer and works only on Windows. Use --winrm for a remote machine or --lab for the simulated lab.</source>
        <translation>--local führt PowerShell auf diesem Computer aus und funktioniert nur unter Windows. Verwenden Sie --winrm für einen Remotecomputer oder --lab für das simulierte Labor.</translation>
    </message>
    <message>
        <source>--lab uses the lab&apos;s own addresses and credentials: leave out %1.</source>
        <translation>--lab verwendet die eigenen Adressen und Anmeldedaten des Labors: Lassen Sie %1 weg.</translation>
    </message>
    <message>
        <source>--lab-scenario chooses the story of the simulated lab: add --lab.</source>
        <translation>--lab-scenario wählt das Szenario des simulierten Labors: Fügen Sie --lab hinzu.</translation>
    </message>
    <message>
        <source>The simulated lab is not available in this build (%1).</source>
        <translation>Das simulierte Labor ist in diesem Build nicht verfügbar (%1).</translation>
    </message>
</context>
<context>
    <name>TsigKeyFile</name>
    <message>
        <source>%1 holds no TSIG key. Expected the format tsig-keygen prints: key &quot;name&quot; { algorithm hmac-sha256; secret &quot;…&quot;; };</source>
        <translation>%1 enthält keinen TSIG-Schlüssel. Erwartet wird das Format, das tsig-keygen ausgibt: key &quot;name&quot; { algorithm hmac-sha256; secret &quot;…&quot;; };</translation>
    </message>
    <message>
        <source>%1 holds %2 keys; keep only the one allowed to update this zone.</source>
        <translation>%1 enthält %2 Schlüssel; behalten Sie nur den, der diese Zone aktualisieren darf.</translation>
    </message>
    <message>
        <source>The key “%1” in %2 has no secret.</source>
        <translation>Der Schlüssel „%1“ in %2 hat kein Geheimnis (secret).</translation>
    </message>
    <message>
        <source>The secret of the key “%1” in %2 is not valid base64.</source>
        <translation>Das Geheimnis des Schlüssels „%1“ in %2 ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The key “%1” in %2 does not say its algorithm (such as hmac-sha256).</source>
        <translation>Der Schlüssel „%1“ in %2 gibt keinen Algorithmus an (etwa hmac-sha256).</translation>
    </message>
    <message>
        <source>The key “%1” in %2 uses the algorithm “%3”, which is not supported. Use one of: %4.</source>
        <translation>Der Schlüssel „%1“ in %2 verwendet den Algorithmus „%3“, der nicht unterstützt wird. Verwenden Sie einen dieser: %4.</translation>
    </message>
    <message>
        <source>The key name “%2” in %1 is not a valid DNS name.</source>
        <translation>Der Schlüsselname „%2“ in %1 ist kein gültiger DNS-Name.</translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2</source>
        <translation>Die Schlüsseldatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>WayBack</name>
    <message>
        <source>The journal holds no conversion run %1.</source>
        <translation>Das Journal enthält keinen Konvertierungslauf %1.</translation>
    </message>
    <message>
        <source>Conversion run %1 is not finished: finish it first with “kms-wizard convert --resume %1”.</source>
        <translation>Der Konvertierungslauf %1 ist nicht abgeschlossen: Schließen Sie ihn zuerst mit „kms-wizard convert --resume %1“ ab.</translation>
    </message>
    <message>
        <source>Conversion run %1 changed no product.</source>
        <translation>Der Konvertierungslauf %1 hat kein Produkt geändert.</translation>
    </message>
    <message>
        <source>Run %1 moved products to KMS: putting them back needs the keyring label of the MAK (--mak LABEL).</source>
        <translation>Lauf %1 hat Produkte auf KMS umgestellt: Um sie zurückzusetzen, ist die Bezeichnung des MAK im Schlüsselbund nötig (--mak BEZEICHNUNG).</translation>
    </message>
    <message>
        <source>Conversion run %1 cannot be put back: its journal record is damaged.</source>
        <translation>Der Konvertierungslauf %1 kann nicht zurückgesetzt werden: Sein Journaleintrag ist beschädigt.</translation>
    </message>
    <message>
        <source>Not changed by run %1: left as it is.</source>
        <translation>Von Lauf %1 nicht geändert: bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Licensed now: left as it is.</source>
        <translation>Jetzt lizenziert: bleibt, wie es ist.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Set up a Windows KMS host for volume activation, step by step.</source>
        <translation>Einen Windows-KMS-Host für die Volumenaktivierung Schritt für Schritt einrichten.</translation>
    </message>
    <message>
        <source>The wizard checks the machine that is to become the KMS host, installs its KMS host key and activates it (online or by phone), opens the KMS port in its firewall and makes sure that clients find it through DNS. Nothing is changed on a machine before you have confirmed it, and every error comes with its explanation and what to do.</source>
        <translation>Der Assistent prüft den Computer, der KMS-Host werden soll, installiert seinen KMS-Hostschlüssel und aktiviert ihn (online oder per Telefon), öffnet den KMS-Port in seiner Firewall und stellt sicher, dass Clients ihn über DNS finden. Auf einem Computer wird nichts geändert, bevor Sie es bestätigt haben, und zu jedem Fehler erhalten Sie eine Erklärung und die nötigen Schritte.</translation>
    </message>
    <message>
        <source>You need: administrator rights on the host, and the organisation&apos;s KMS host key (CSVLK) from the Volume Licensing Service Center. Press F1 on any page for the offline help.</source>
        <translation>Sie benötigen: Administratorrechte auf dem Host und den KMS-Hostschlüssel (CSVLK) Ihrer Organisation aus dem Volume Licensing Service Center. Drücken Sie auf jeder Seite F1 für die Offlinehilfe.</translation>
    </message>
    <message>
        <source>You need: an account with administrator rights on the clients (the inventory page asks for it), and a KMS host that already works: the conversion finds it through DNS, or you type its name. Press F1 on any page for the offline help.</source>
        <translation>Sie benötigen: ein Konto mit Administratorrechten auf den Clients (die Seite der Bestandsaufnahme fragt danach) und einen KMS-Host, der bereits funktioniert: Die Umstellung findet ihn über DNS, oder Sie geben seinen Namen ein. Drücken Sie auf jeder Seite F1 für die Offlinehilfe.</translation>
    </message>
    <message>
        <source>Scan the clients and convert them between MAK and KMS, step by step.</source>
        <translation>Die Clients prüfen und zwischen MAK und KMS umstellen, Schritt für Schritt.</translation>
    </message>
    <message>
        <source>The wizard reads the licensing state of every client over WinRM, shows what each one needs, and converts the ones you choose between MAK and KMS. Nothing is changed on a machine before you have confirmed it, and every error comes with its explanation and what to do.</source>
        <translation>Der Assistent liest über WinRM den Lizenzstatus jedes Clients, zeigt, was jeder braucht, und stellt die von Ihnen gewählten zwischen MAK und KMS um. Auf einem Computer wird nichts geändert, bevor Sie es bestätigt haben, und zu jedem Fehler erhalten Sie eine Erklärung und die nötigen Schritte.</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>Set up a KMS host, then the clients</source>
        <translation>Einen KMS-Host einrichten, dann die Clients</translation>
    </message>
    <message>
        <source>Only scan and convert clients (the KMS host is already set up)</source>
        <translation>Nur Clients prüfen und umstellen (der KMS-Host ist bereits eingerichtet)</translation>
    </message>
    <message>
        <source>The host steps are skipped: Next goes straight to the clients&apos; inventory.</source>
        <translation>Die Schritte für den Host entfallen: Weiter führt direkt zur Bestandsaufnahme der Clients.</translation>
    </message>
    <message>
        <source>Which machine becomes the KMS host?</source>
        <translation>Welcher Computer wird KMS-Host?</translation>
    </message>
    <message>
        <source>Activate through Active Directory instead of a KMS host</source>
        <translation>Über Active Directory statt über einen KMS-Host aktivieren</translation>
    </message>
    <message>
        <source>Activation via Active Directory: for a forest whose clients run Windows 8 / Server 2012 or later; Windows 7 and machines outside the forest keep needing a KMS host.</source>
        <translation>Active Directory-basierte Aktivierung: für eine Gesamtstruktur, deren Clients Windows 8 / Server 2012 oder neuer ausführen; Windows 7 und Rechner außerhalb der Gesamtstruktur brauchen weiterhin einen KMS-Host.</translation>
    </message>
    <message>
        <source>Which machine activates the forest?</source>
        <translation>Welcher Rechner aktiviert die Gesamtstruktur?</translation>
    </message>
    <message>
        <source>Activate the forest&apos;s Windows through Active Directory, step by step.</source>
        <translation>Windows in der Gesamtstruktur über Active Directory aktivieren, Schritt für Schritt.</translation>
    </message>
    <message>
        <source>The wizard checks the forest&apos;s schema, lists the activation objects already there, and activates the forest with the organisation&apos;s KMS host key, online or by phone, through a domain-joined Windows Server 2012 (or later). Domain-joined Windows 8 / Server 2012 (and later) volume clients then activate from Active Directory: no activation threshold, no port 1688, no DNS record.</source>
        <translation>Der Assistent prüft das Schema der Gesamtstruktur, listet die vorhandenen Aktivierungsobjekte auf und aktiviert die Gesamtstruktur mit dem KMS-Hostschlüssel der Organisation, online oder telefonisch, über einen in die Domäne eingebundenen Windows Server ab 2012. Eingebundene Volumenlizenz-Clients ab Windows 8 / Server 2012 werden danach über Active Directory aktiviert: kein Aktivierungsschwellenwert, kein Port 1688, kein DNS-Eintrag.</translation>
    </message>
    <message>
        <source>You need: an Enterprise Admins account, the organisation&apos;s KMS host key (CSVLK), and a domain controller the wizard can read over LDAPS. Windows 7, Windows Server 2008 R2 and computers outside the forest still need a KMS host. Press F1 on any page for the offline help.</source>
        <translation>Sie brauchen: ein Konto der Organisations-Admins, den KMS-Hostschlüssel (CSVLK) der Organisation und einen Domänencontroller, den der Assistent per LDAPS lesen kann. Windows 7, Windows Server 2008 R2 und Computer außerhalb der Gesamtstruktur brauchen weiterhin einen KMS-Host. Drücken Sie auf jeder Seite F1 für die Offline-Hilfe.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>A remote host, over WinRM</source>
        <translation>Ein Remotehost über WinRM</translation>
    </message>
    <message>
        <source>The simulated lab (training)</source>
        <translation>Das simulierte Labor (Schulung)</translation>
    </message>
    <message>
        <source>A built-in lab of simulated Windows machines with its own DNS server: try every step without touching a real machine. Its keys are lab-only.</source>
        <translation>Ein eingebautes Labor aus simulierten Windows-Computern mit eigenem DNS-Server: Probieren Sie jeden Schritt aus, ohne einen echten Computer anzufassen. Seine Schlüssel gelten nur im Labor.</translation>
    </message>
    <message>
        <source>Where are the clients?</source>
        <translation>Wo befinden sich die Clients?</translation>
    </message>
    <message>
        <source>On the network, reached over WinRM from this computer</source>
        <translation>Im Netzwerk, von diesem Computer aus über WinRM erreichbar</translation>
    </message>
    <message>
        <source>In the simulated lab (training)</source>
        <translation>Im simulierten Labor (Schulung)</translation>
    </message>
    <message>
        <source>On this path the lab&apos;s kms01 is already a working KMS host (its host key installed and activated, port 1688 open, published in DNS), as yours would be.</source>
        <translation>Auf diesem Weg ist kms01 im Labor bereits ein funktionierender KMS-Host (KMS-Hostschlüssel installiert und aktiviert, Port 1688 offen, im DNS veröffentlicht) – so wie Ihrer.</translation>
    </message>
    <message>
        <source>Which network does the lab simulate?</source>
        <translation>Welches Netzwerk simuliert das Labor?</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig stellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Help (F1)</source>
        <translation>&amp;Hilfe (F1)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Help for this step</source>
        <translation>Hilfe zu diesem Schritt</translation>
    </message>
    <message>
        <source>Help contents</source>
        <translation>Inhalt der Hilfe</translation>
    </message>
    <message>
        <source>About KMS Host Wizard</source>
        <translation>Über den KMS-Host-Assistenten</translation>
    </message>
    <message>
        <source>KMS Host Wizard</source>
        <translation>KMS-Host-Assistent</translation>
    </message>
    <message>
        <source>%1 — %2 (simulated lab)</source>
        <translation>%1 – %2 (simuliertes Labor)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No desktop session was found (DISPLAY and WAYLAND_DISPLAY are not set), so the wizard window cannot open. Run it from a desktop session, or use the command line: kms-wizard --help.</source>
        <translation>Es wurde keine Desktopsitzung gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt), daher kann das Fenster des Assistenten nicht geöffnet werden. Starten Sie ihn in einer Desktopsitzung oder verwenden Sie die Befehlszeile: kms-wizard --help.</translation>
    </message>
</context>
<context>
    <name>WizardFlow</name>
    <message>
        <source>Test the connection first: the wizard must reach the host to go on.</source>
        <translation>Testen Sie zuerst die Verbindung: Der Assistent muss den Host erreichen, um fortzufahren.</translation>
    </message>
    <message>
        <source>Wait until the host check has finished.</source>
        <translation>Warten Sie, bis die Hostprüfung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Fix the problems marked as blocking, then run the check again.</source>
        <translation>Beheben Sie die als blockierend markierten Probleme und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>Choose the host key group to install, or an Office version.</source>
        <translation>Wählen Sie die zu installierende Hostschlüsselgruppe oder eine Office-Version.</translation>
    </message>
    <message>
        <source>Install the host key first.</source>
        <translation>Installieren Sie zuerst den Hostschlüssel.</translation>
    </message>
    <message>
        <source>Activate the host first, or choose activation by phone.</source>
        <translation>Aktivieren Sie zuerst den Host, oder wählen Sie die Aktivierung per Telefon.</translation>
    </message>
    <message>
        <source>Type the Confirmation ID, then click “Activate with this Confirmation ID”.</source>
        <translation>Geben Sie die Bestätigungs-ID ein und klicken Sie dann auf „Mit dieser Bestätigungs-ID aktivieren“.</translation>
    </message>
    <message>
        <source>Activate every Office version waiting for phone activation with its Confirmation ID.</source>
        <translation>Aktivieren Sie jede Office-Version, die auf die Aktivierung per Telefon wartet, mit ihrer Bestätigungs-ID.</translation>
    </message>
    <message>
        <source>Activate the forest first, or choose activation by phone.</source>
        <translation>Aktivieren Sie zuerst die Gesamtstruktur, oder wählen Sie die Aktivierung per Telefon.</translation>
    </message>
    <message>
        <source>Type the Confirmation ID, then click “Activate the forest with this Confirmation ID”.</source>
        <translation>Geben Sie die Bestätigungs-ID ein und klicken Sie dann auf „Gesamtstruktur mit dieser Bestätigungs-ID aktivieren“.</translation>
    </message>
    <message>
        <source>Install and activate the host key of every chosen Office version, or choose activation by phone for it.</source>
        <translation>Installieren und aktivieren Sie den Hostschlüssel jeder gewählten Office-Version, oder wählen Sie dafür die Aktivierung per Telefon.</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Host check</source>
        <translation>Hostprüfung</translation>
    </message>
    <message>
        <source>Key group</source>
        <translation>Schlüsselgruppe</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Hostschlüssel</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Phone activation</source>
        <translation>Aktivierung per Telefon</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Office phone activation</source>
        <translation>Office-Aktivierung per Telefon</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Host ready</source>
        <translation>Host bereit</translation>
    </message>
    <message>
        <source>Clients: inventory</source>
        <translation>Clients: Bestandsaufnahme</translation>
    </message>
    <message>
        <source>Clients: scan</source>
        <translation>Clients: Überprüfung</translation>
    </message>
    <message>
        <source>Clients: conversion</source>
        <translation>Clients: Umstellung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Forest</source>
        <translation>Gesamtstruktur</translation>
    </message>
    <message>
        <source>Forest activation</source>
        <translation>Aktivierung der Gesamtstruktur</translation>
    </message>
    <message>
        <source>Forest phone activation</source>
        <translation>Aktivierung der Gesamtstruktur per Telefon</translation>
    </message>
    <message>
        <source>Forest activated</source>
        <translation>Gesamtstruktur aktiviert</translation>
    </message>
    <message>
        <source>Change %1?</source>
        <translation>%1 ändern?</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer anzeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>folgende Argumente sind erforderlich: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>mindestens ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>höchstens ein Argument erwartet</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zulässig zusammen mit Argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist erforderlich</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s bedeuten</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>„%(filename)s“ kann nicht geöffnet werden: %(error)s</translation>
    </message>
</context>
</TS>
