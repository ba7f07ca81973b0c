# kmsw-op: set-dns-publishing
# Turn the host's SRV publishing on or off and write DnsDomainPublishList ('domain, priority, weight').
# kmsw-uses: error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
$n = 'KeyManagementService'
function I($v, $lo, $hi, $what) {
  if (($v -isnot [int] -and $v -isnot [long]) -or $v -lt $lo -or $v -gt $hi) { throw [ArgumentException]"invalid $what" }
  [uint32]$v
}
function B($v, $what) { if ($v -isnot [bool]) { throw [ArgumentException]"invalid $what" }; $v }
try {
  $a = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswArgs)) | ConvertFrom-Json
  $en = B $a.enabled 'enabled'
  $l = @(foreach ($d in @($a.domains)) {
    if ($null -eq $d) { continue }
    $dn = $d.domain
    if ($dn -isnot [string] -or $dn -notmatch '^(?=.{1,253}\z)[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\.?\z') { throw [ArgumentException]'invalid domain' }
    "$dn, $(I $d.priority 0 65535 'priority'), $(I $d.weight 0 65535 'weight')"
  })
  $k = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\SoftwareProtectionPlatform'
  if ($l.Count) { New-ItemProperty $k DnsDomainPublishList -PropertyType MultiString -Value ([string[]]$l) -Force | Out-Null }
  else { Remove-ItemProperty $k DnsDomainPublishList -EA 0 }
  $s = gwmi SoftwareLicensingService
  $s.DisableKeyManagementServiceDnsPublishing(!$en) | Out-Null
  $s = gwmi SoftwareLicensingService
  $o = [ordered]@{ ok = $true; dns_publishing = [bool]$s."$($n)DnsPublishing"; dns_domains = @((gp $k).DnsDomainPublishList | ? { $_ }) }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
