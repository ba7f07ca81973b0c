# kmsw-op: set-listening-port
# Set the KMS host's listening port (takes effect when the service restarts).
# kmsw-uses: error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
$n = 'KeyManagementService'
function I($v, $lo, $hi, $what) {
  if (($v -isnot [int] -and $v -isnot [long]) -or $v -lt $lo -or $v -gt $hi) { throw [ArgumentException]"invalid $what" }
  [uint32]$v
}
try {
  $a = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswArgs)) | ConvertFrom-Json
  $pt = I $a.port 1 65535 'port'
  $s = gwmi SoftwareLicensingService
  $s.SetKeyManagementServiceListeningPort($pt) | Out-Null
  $s = gwmi SoftwareLicensingService
  $o = [ordered]@{ ok = $true; listening_port = $s."$($n)ListeningPort"; restart_needed = $true }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
