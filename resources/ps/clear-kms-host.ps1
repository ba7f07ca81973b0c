# kmsw-op: clear-kms-host
# Forget the KMS host and lookup domain (Windows 8+) set on the service (or one product):
# back to DNS auto-discovery.
# kmsw-uses: product-lookup error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
$n = 'KeyManagementService'
try {
  $a = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswArgs)) | ConvertFrom-Json
  if ($null -eq $a.activation_id) { $t = gwmi SoftwareLicensingService; $id = 'service' } else { $t = P $a.activation_id; $id = $t.ID }
  $t.ClearKeyManagementServiceMachine() | Out-Null
  $t.ClearKeyManagementServicePort() | Out-Null
  if ($t.PSObject.Methods['Clear' + $n + 'LookupDomain']) { $t.ClearKeyManagementServiceLookupDomain() | Out-Null }
  if ($id -eq 'service') { $t = gwmi SoftwareLicensingService } else { $t = P $id }
  $o = [ordered]@{ ok = $true; target = $id; kms_machine = $t."$($n)Machine"; kms_port = $t."$($n)Port"; kms_lookup_domain = $t."$($n)LookupDomain" }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
