# kmsw-op: restart-service
# Restart the Software Protection service (sppsvc) so port and publishing changes apply.
# kmsw-uses: error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
$n = 'KeyManagementService'
try {
  Restart-Service sppsvc -Force
  $s = gwmi SoftwareLicensingService
  $o = [ordered]@{ ok = $true; service = 'sppsvc'; status = "$((Get-Service sppsvc).Status)"; is_kms_host = [bool]$s.IsKeyManagementServiceMachine; listening_port = $s."$($n)ListeningPort" }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
