# kmsw-op: status
# kmsw-uses: product-json error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
$n = 'KeyManagementService'
try {
$s = gwmi SoftwareLicensingService
$w = ' WHERE PartialProductKey IS NOT NULL'
$ps = @(gwmi -Query "SELECT ID,ApplicationID,Name,Description,LicenseStatus,LicenseStatusReason,GracePeriodRemaining,PartialProductKey,${n}Machine,${n}Port,Discovered${n}MachineName,Discovered${n}MachinePort,${n}CurrentCount,RequiredClientCount,LicenseIsAddon FROM SoftwareLicensingProduct$w" | % { J $_ }) + @(gwmi -Query "SELECT * FROM OfficeSoftwareProtectionProduct$w" -EA 0 | % { J $_ })
$rq = [ordered]@{}
foreach ($k in 'Total Failed Unlicensed Licensed OOBGrace OOTGrace NonGenuineGrace Notification' -split ' ') { $rq[($k -replace 'Grace').ToLower()] = U $s."$n$($k)Requests" }
$dl = (gp 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\SoftwareProtectionPlatform' -EA 0).DnsDomainPublishList
$ev = @(try { Get-WinEvent -FilterHashtable @{ LogName = 'Application'; ProviderName = 'Microsoft-Windows-Security-SPP'; Id = 12288, 12289 } -MaxEvents 4 -EA 0 | % { [ordered]@{ id = $_.Id; time = $_.TimeCreated.ToUniversalTime().ToString('o'); data = @($_.Properties | % { "$($_.Value)" }) } } } catch {})
$o = [ordered]@{ ok = $true; service = [ordered]@{
version = $s.Version; is_kms_host = [bool]$s."Is${n}Machine"; current_count = U $s."${n}CurrentCount"
required_count = U $s.RequiredClientCount; listening_port = $s."${n}ListeningPort"; dns_publishing = [bool]$s."${n}DnsPublishing"
dns_domains = @($dl | ? { $_ }); low_priority = [bool]$s."${n}LowPriority"; activation_interval = U $s.VLActivationInterval
renewal_interval = U $s.VLRenewalInterval; requests = $rq; cmid = $s.ClientMachineID; kms_machine = $s."${n}Machine"; kms_port = $s."${n}Port"
discovered_host = $s."Discovered${n}MachineName"; discovered_port = $s."Discovered${n}MachinePort"
}; products = $ps; events = $ev; utc_now = [DateTime]::UtcNow.ToString('o') }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
