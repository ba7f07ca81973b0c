<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
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
            <source>Check the password. Basic authentication works only with local accounts; use NTLM or Kerberos for a domain account. A local administrator other than the built-in Administrator needs LocalAccountTokenFilterPolicy=1 (UAC remote restrictions).</source>
            <translation>Prüfen Sie das Kennwort. Die Standardauthentifizierung (Basic) funktioniert nur mit lokalen Konten; verwenden Sie für ein Domänenkonto NTLM oder Kerberos. Ein lokaler Administrator außer dem integrierten Administrator benötigt LocalAccountTokenFilterPolicy=1 (UAC-Remoteeinschränkungen).</translation>
        </message>
        <message>
            <source>The certificate of %1 could not be verified.</source>
            <translation>Das Zertifikat von %1 konnte nicht überprüft werden.</translation>
        </message>
        <message>
            <source>Give the CA file that issued the machine's WinRM certificate, or check that the name you typed matches the certificate. Turning validation off is possible but exposes the password to whoever sits in between.</source>
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
            <source>This cannot be done on %1: %2</source>
            <translation>Auf %1 nicht möglich: %2</translation>
        </message>
        <message>
            <source>Run the wizard on a machine where this transport exists.</source>
            <translation>Führen Sie den Assistenten auf einem Computer aus, der diese Verbindungsart unterstützt.</translation>
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
            <source>A product key cannot contain %1. Product keys use only the letters B C D F G H J K M N P Q R T V W X Y and the digits 2 3 4 6 7 8 9 (no 0, 1, 5, A, E, I, L, O, S, U or Z).</source>
            <translation>Ein Produktschlüssel kann %1 nicht enthalten. Produktschlüssel bestehen nur aus den Buchstaben B C D F G H J K M N P Q R T V W X Y und den Ziffern 2 3 4 6 7 8 9 (kein 0, 1, 5, A, E, I, L, O, S, U oder Z).</translation>
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
            <source>Some checks failed.</source>
            <translation>Einige Prüfungen sind fehlgeschlagen.</translation>
        </message>
    </context>
</TS>
