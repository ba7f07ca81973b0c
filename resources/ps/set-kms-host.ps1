# kmsw-op: set-kms-host
# Point the service (or one product) at a KMS host and port; report what is set.
# kmsw-uses: product-lookup error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
$n = 'KeyManagementService'
function I($v, $lo, $hi, $what) {
  if (($v -isnot [int] -and $v -isnot [long]) -or $v -lt $lo -or $v -gt $hi) { throw [ArgumentException]"invalid $what" }
  [uint32]$v
}
try {
  $a = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswArgs)) | ConvertFrom-Json
  $h = $a.host
  if ($h -isnot [string] -or ($h -notmatch '^(?=.{1,253}\z)[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\.?\z' -and $h -notmatch '^(\[[0-9A-Fa-f:.]{2,45}\]|[0-9A-Fa-f:.]{2,45})\z')) { throw [ArgumentException]'invalid host' }
  if ($h -match ':') { $h = "[$($h.Trim('[]'))]" }
  if ($null -eq $a.activation_id) { $t = gwmi SoftwareLicensingService; $id = 'service' } else { $t = P $a.activation_id; $id = $t.ID }
  if ($null -ne $a.port) { $pt = I $a.port 1 65535 'port' }
  $t.SetKeyManagementServiceMachine($h) | Out-Null
  if ($null -ne $a.port) { $t.SetKeyManagementServicePort($pt) | Out-Null } else { $t.ClearKeyManagementServicePort() | Out-Null }
  if ($id -eq 'service') { $t = gwmi SoftwareLicensingService } else { $t = P $id }
  $o = [ordered]@{ ok = $true; target = $id; kms_machine = $t."$($n)Machine"; kms_port = $t."$($n)Port" }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
