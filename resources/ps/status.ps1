# kmsw-op: status
# Keyed products (SPP + OSPP) and the KMS service.
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
$n = 'KeyManagementService'
function J($p) {
  $d = $p.Description; $c = 'OTHER'; $ov = $null
  if ($d -match 'KMSCLIENT|VOLUME_KMS(?!CLIENT)|MAK|TIMEBASED|VIRTUAL_MACHINE|RETAIL|OEM') { $c = $Matches[0].ToUpper() -replace 'KMSCLIENT', 'GVLK' -replace 'VOLUME_KMS', 'CSVLK' -replace 'VIRTUAL_MACHINE', 'AVMA' }
  if ($p.Name -match '^Office (\d\d)') { $ov = "20$($Matches[1])" -replace '2014', '2010' -replace '2015', '2013' }
  [ordered]@{
    id = $p.ID; application_id = $p.ApplicationID; name = $p.Name; description = $d; channel = $c
    license_status = $p.LicenseStatus; status_reason = '0x{0:X8}' -f $p.LicenseStatusReason
    grace_minutes = $p.GracePeriodRemaining; partial_key = $p.PartialProductKey
    kms_machine = $p."$($n)Machine"; kms_port = $p."$($n)Port"
    discovered_host = $p."Discovered$($n)MachineName"; discovered_port = $p."Discovered$($n)MachinePort"
    is_kms_host_key = $c -eq 'CSVLK'; current_count = $p."$($n)CurrentCount"; required_count = $p.RequiredClientCount
    office_version = $ov; source = @('spp', 'ospp')[$p.__CLASS -like 'Office*']
  }
}
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
} catch {
  $e = $_.Exception; if ($e.InnerException) { $e = $e.InnerException }
  $h = $e.HResult; if ($null -eq $h) { $h = $e.ErrorCode }
  $o = [ordered]@{ ok = $false; hresult = '0x{0:X8}' -f [int]$h; message = $e.Message }
}
$o | ConvertTo-Json -Compress -Depth 5
