# kmsw-op: restart-service
# Restart the Software Protection service (sppsvc) so port and publishing changes apply.
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
$n = 'KeyManagementService'
try {
  Restart-Service sppsvc -Force
  $s = gwmi SoftwareLicensingService
  $o = [ordered]@{ ok = $true; service = 'sppsvc'; status = "$((Get-Service sppsvc).Status)"; is_kms_host = [bool]$s.IsKeyManagementServiceMachine; listening_port = $s."$($n)ListeningPort" }
} catch {
  $e = $_.Exception; if ($e.InnerException) { $e = $e.InnerException }
  $h = $e.HResult; if ($null -eq $h) { $h = $e.ErrorCode }
  $o = [ordered]@{ ok = $false; hresult = '0x{0:X8}' -f [int]$h; message = $e.Message }
}
$o | ConvertTo-Json -Compress -Depth 5
