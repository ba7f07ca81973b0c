<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name>Adba</name>
        <message numerus="yes">
            <source>%n computer(s) under %1 can activate from the forest.</source>
            <translation>
                <numerusform>%n computer under %1 can activate from the forest.</numerusform>
                <numerusform>%n computers under %1 can activate from the forest.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n computer(s) still need a KMS host:</source>
            <translation>
                <numerusform>%n computer still need a KMS host:</numerusform>
                <numerusform>%n computers still need a KMS host:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClientsConvertPage</name>
        <message numerus="yes">
            <source>Convert %n client(s)?</source>
            <translation>
                <numerusform>Convert %n client?</numerusform>
                <numerusform>Convert %n clients?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reading %n host(s) again…</source>
            <translation>
                <numerusform>Reading %n host again…</numerusform>
                <numerusform>Reading %n hosts again…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Convert %n host(s) %1?</source>
            <translation>
                <numerusform>Convert %n host %1?</numerusform>
                <numerusform>Convert %n hosts %1?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Resume conversion run %1 on %n host(s)?</source>
            <translation>
                <numerusform>Resume conversion run %1 on %n host?</numerusform>
                <numerusform>Resume conversion run %1 on %n hosts?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Converting %n host(s)…</source>
            <translation>
                <numerusform>Converting %n host…</numerusform>
                <numerusform>Converting %n hosts…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n product(s) get a new key or are activated, as the plan shows. Every step is written to the journal before and after it runs.</source>
            <translation>
                <numerusform>%n product gets a new key or is activated, as the plan shows. Every step is written to the journal before and after it runs.</numerusform>
                <numerusform>%n products get a new key or are activated, as the plan shows. Every step is written to the journal before and after it runs.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Included on purpose: %n product(s) that the KMS host cannot activate; they lose their current activation and end in their grace period.</source>
            <translation>
                <numerusform>Included on purpose: %n product that the KMS host cannot activate; it loses its current activation and ends in its grace period.</numerusform>
                <numerusform>Included on purpose: %n products that the KMS host cannot activate; they lose their current activation and end in their grace period.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Conversion run %1 (%2, started %3) was interrupted on %n host(s). Resume it to finish it: no step is done twice.</source>
            <translation>
                <numerusform>Conversion run %1 (%2, started %3) was interrupted on %n host. Resume it to finish it: no step is done twice.</numerusform>
                <numerusform>Conversion run %1 (%2, started %3) was interrupted on %n hosts. Resume it to finish it: no step is done twice.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each MAK activation spends one of the MAK's activations: %n activation(s) of “%1”.</source>
            <translation>
                <numerusform>Each MAK activation spends one of the MAK's activations: %n activation of “%1”.</numerusform>
                <numerusform>Each MAK activation spends one of the MAK's activations: %n activations of “%1”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing to change on %n host(s)</source>
            <translation>
                <numerusform>Nothing to change on %n host</numerusform>
                <numerusform>Nothing to change on %n hosts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClientsInventoryPage</name>
        <message numerus="yes">
            <source>%n host(s) to scan.</source>
            <translation>
                <numerusform>%n host to scan.</numerusform>
                <numerusform>%n hosts to scan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more line(s) left out.</source>
            <translation>
                <numerusform>… and %n more line left out.</numerusform>
                <numerusform>… and %n more lines left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n address(es): you will be asked to confirm such a large range.</source>
            <translation>
                <numerusform>%n address: you will be asked to confirm such a large range.</numerusform>
                <numerusform>%n addresses: you will be asked to confirm such a large range.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n address(es) to scan.</source>
            <translation>
                <numerusform>%n address to scan.</numerusform>
                <numerusform>%n addresses to scan.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClientsScanPage</name>
        <message numerus="yes">
            <source>Scan cancelled: %n host(s) not scanned.</source>
            <translation>
                <numerusform>Scan cancelled: %n host not scanned.</numerusform>
                <numerusform>Scan cancelled: %n hosts not scanned.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConvertCommand</name>
        <message numerus="yes">
            <source>Nothing to change on %n host(s): %1.</source>
            <translation>
                <numerusform>Nothing to change on %n host: %1.</numerusform>
                <numerusform>Nothing to change on %n hosts: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Change %n host(s) as planned above? Type “yes” to go ahead: </source>
            <translation>
                <numerusform>Change %n host as planned above? Type “yes” to go ahead: </numerusform>
                <numerusform>Change %n hosts as planned above? Type “yes” to go ahead: </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n product(s) that the KMS host cannot activate are left as they are; --include-uncovered converts them anyway (a MAK product then ends in its grace period).</source>
            <translation>
                <numerusform>%n product that the KMS host cannot activate is left as it is; --include-uncovered converts it anyway (a MAK product then ends in its grace period).</numerusform>
                <numerusform>%n products that the KMS host cannot activate are left as they are; --include-uncovered converts them anyway (a MAK product then ends in its grace period).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each MAK activation spends one of the MAK's activations: this plan spends %n activation(s) of “%1”.</source>
            <translation>
                <numerusform>Each MAK activation spends one of the MAK's activations: this plan spends %n activation of “%1”.</numerusform>
                <numerusform>Each MAK activation spends one of the MAK's activations: this plan spends %n activations of “%1”.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DnsPage</name>
        <message numerus="yes">
            <source>%n problem(s) found: clients may not find this host.</source>
            <translation>
                <numerusform>%n problem found: clients may not find this host.</numerusform>
                <numerusform>%n problems found: clients may not find this host.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FleetInventory</name>
        <message numerus="yes">
            <source>… and %n more line(s) left out.</source>
            <translation>
                <numerusform>… and %n more line left out.</numerusform>
                <numerusform>… and %n more lines left out.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FleetReport</name>
        <message numerus="yes">
            <source>Licensing scan of %n host(s)</source>
            <translation>
                <numerusform>Licensing scan of %n host</numerusform>
                <numerusform>Licensing scan of %n hosts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ending within %n day(s)</source>
            <translation>
                <numerusform>Ending within %n day</numerusform>
                <numerusform>Ending within %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HelpBrowser</name>
        <message numerus="yes">
            <source>“%1” found in %n help page(s):</source>
            <translation>
                <numerusform>“%1” found in %n help page:</numerusform>
                <numerusform>“%1” found in %n help pages:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HostDashboard</name>
        <message numerus="yes">
            <source>%n more machine(s) must ask this host before Windows Server machines activate (count %1 of %2).</source>
            <translation>
                <numerusform>%n more machine must ask this host before Windows Server machines activate (count %1 of %2).</numerusform>
                <numerusform>%n more machines must ask this host before Windows Server machines activate (count %1 of %2).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more machine(s) must ask this host before Windows clients activate (count %1 of %2).</source>
            <translation>
                <numerusform>%n more machine must ask this host before Windows clients activate (count %1 of %2).</numerusform>
                <numerusform>%n more machines must ask this host before Windows clients activate (count %1 of %2).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more machine(s) must ask this host before the Windows Server versions its key activates (%3) activate (count %1 of %2).</source>
            <translation>
                <numerusform>%n more machine must ask this host before the Windows Server versions its key activates (%3) activate (count %1 of %2).</numerusform>
                <numerusform>%n more machines must ask this host before the Windows Server versions its key activates (%3) activate (count %1 of %2).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more machine(s) must ask this host before the Windows clients its key activates (%3) activate (count %1 of %2).</source>
            <translation>
                <numerusform>%n more machine must ask this host before the Windows clients its key activates (%3) activate (count %1 of %2).</numerusform>
                <numerusform>%n more machines must ask this host before the Windows clients its key activates (%3) activate (count %1 of %2).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more Office installation(s) must ask this host before Office %1 activates (count %2 of %3).</source>
            <translation>
                <numerusform>%n more Office installation must ask this host before Office %1 activates (count %2 of %3).</numerusform>
                <numerusform>%n more Office installations must ask this host before Office %1 activates (count %2 of %3).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) failed: the host key does not cover those clients' editions (0xC004F042), or their clock is more than 4 hours off (0xC004F06C).</source>
            <translation>
                <numerusform>%n request failed: the host key does not cover those clients' editions (0xC004F042), or their clock is more than 4 hours off (0xC004F06C).</numerusform>
                <numerusform>%n requests failed: the host key does not cover those clients' editions (0xC004F042), or their clock is more than 4 hours off (0xC004F06C).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InventoryCommand</name>
        <message numerus="yes">
            <source>%n host(s); none was contacted.</source>
            <translation>
                <numerusform>%n host; none was contacted.</numerusform>
                <numerusform>%n hosts; none was contacted.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KeyEdit</name>
        <message numerus="yes">
            <source>%n more character(s) than a key holds were typed or pasted, and were left out: these fields now hold pieces that may not belong together. Clear the fields and paste or type the whole key from the first field.</source>
            <translation>
                <numerusform>%n more character than a key holds was typed or pasted, and was left out: these fields now hold pieces that may not belong together. Clear the fields and paste or type the whole key from the first field.</numerusform>
                <numerusform>%n more characters than a key holds were typed or pasted, and were left out: these fields now hold pieces that may not belong together. Clear the fields and paste or type the whole key from the first field.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KeyGroupPage</name>
        <message numerus="yes">
            <source>The last scan of this session read %n machine(s).</source>
            <translation>
                <numerusform>The last scan of this session read %n machine.</numerusform>
                <numerusform>The last scan of this session read %n machines.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hosts with an activation or grace period ending within %n day(s)</source>
            <translation>
                <numerusform>Hosts with an activation or grace period ending within %n day</numerusform>
                <numerusform>Hosts with an activation or grace period ending within %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResumeOffer</name>
        <message numerus="yes">
            <source>Conversion run %1 (started %2) was interrupted on %n host(s). Go to the clients now to resume it?</source>
            <translation>
                <numerusform>Conversion run %1 (started %2) was interrupted on %n host. Go to the clients now to resume it?</numerusform>
                <numerusform>Conversion run %1 (started %2) was interrupted on %n hosts. Go to the clients now to resume it?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScanCommand</name>
        <message numerus="yes">
            <source>The scan was cancelled: %n host(s) not scanned.</source>
            <translation>
                <numerusform>The scan was cancelled: %n host not scanned.</numerusform>
                <numerusform>The scan was cancelled: %n hosts not scanned.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message numerus="yes">
            <source>%n file(s) saved in %1.</source>
            <translation>
                <numerusform>%n file saved in %1.</numerusform>
                <numerusform>%n files saved in %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n host(s)</source>
            <translation>
                <numerusform>%1 · %n host</numerusform>
                <numerusform>%1 · %n hosts</numerusform>
            </translation>
        </message>
    </context>
</TS>
