# kmsw-op: status
# Keyed products (SPP + OSPP) and the KMS service.
# kmsw-uses: product-json error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
$n = 'KeyManagementService'
try {
  $f = 'PartialProductKey IS NOT NULL'
  $s = gwmi SoftwareLicensingService
  $ps = @(gwmi SoftwareLicensingProduct -Filter $f | % { J $_ }) + @(gwmi OfficeSoftwareProtectionProduct -Filter $f -EA 0 | % { J $_ })
  $rq = [ordered]@{}
  foreach ($k in 'Total Failed Unlicensed Licensed OOBGrace OOTGrace NonGenuineGrace Notification' -split ' ') { $rq[($k -replace 'Grace').ToLower()] = $s."$n$($k)Requests" }
  $dl = (gp 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\SoftwareProtectionPlatform' -EA 0).DnsDomainPublishList
  $o = [ordered]@{ ok = $true; service = [ordered]@{
    version = $s.Version; is_kms_host = [bool]$s.IsKeyManagementServiceMachine; current_count = $s."$($n)CurrentCount"
    required_count = $s.RequiredClientCount; listening_port = $s."$($n)ListeningPort"; dns_publishing = [bool]$s."$($n)DnsPublishing"
    dns_domains = @($dl); low_priority = [bool]$s."$($n)LowPriority"; activation_interval = $s.VLActivationInterval
    renewal_interval = $s.VLRenewalInterval; requests = $rq; cmid = $s.ClientMachineID
    kms_machine = $s."$($n)Machine"; kms_port = $s."$($n)Port"
    discovered_host = $s."Discovered$($n)MachineName"; discovered_port = $s."Discovered$($n)MachinePort"
  }; products = $ps }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
