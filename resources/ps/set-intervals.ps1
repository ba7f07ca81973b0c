# kmsw-op: set-intervals
# Set the activation (retry) and renewal intervals the KMS host hands to its clients, in minutes.
# Clients get them after restart-service.
# kmsw-uses: error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
function I($v, $lo, $hi, $what) {
  if (($v -isnot [int] -and $v -isnot [long]) -or $v -lt $lo -or $v -gt $hi) { throw [ArgumentException]"invalid $what" }
  [uint32]$v
}
try {
  $a = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswArgs)) | ConvertFrom-Json
  $ai = I $a.activation 15 43200 'activation interval'
  $ri = I $a.renewal 15 43200 'renewal interval'
  $s = gwmi SoftwareLicensingService
  $s.SetVLActivationInterval($ai) | Out-Null
  $s.SetVLRenewalInterval($ri) | Out-Null
  $s = gwmi SoftwareLicensingService
  $o = [ordered]@{ ok = $true; activation_interval = $s.VLActivationInterval; renewal_interval = $s.VLRenewalInterval; restart_needed = $true }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
