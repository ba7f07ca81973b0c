# kmsw-op: set-priority
# Run the KMS host at low (true) or normal (false) process priority (after restart-service).
# kmsw-uses: error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
$n = 'KeyManagementService'
function B($v, $what) { if ($v -isnot [bool]) { throw [ArgumentException]"invalid $what" }; $v }
try {
  $a = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswArgs)) | ConvertFrom-Json
  $lo = B $a.low 'low'
  $s = gwmi SoftwareLicensingService
  $s.EnableKeyManagementServiceLowPriority($lo) | Out-Null
  $s = gwmi SoftwareLicensingService
  $o = [ordered]@{ ok = $true; low_priority = [bool]$s."$($n)LowPriority"; restart_needed = $true }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
