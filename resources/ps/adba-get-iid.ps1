# kmsw-op: adba-get-iid
# The forest's Installation ID for phone activation with a host key (what /ad-activation-get-iid calls: GenerateActiveDirectoryOfflineActivationId). Changes nothing.
# kmsw-uses: adba-key error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
try {
  $a = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswArgs)) | ConvertFrom-Json
  $k = K; $s = S
  # The IID comes back as the method's one string out-parameter.
  $r = $s.GenerateActiveDirectoryOfflineActivationId($k)
  $i = @($r.Properties | ? { $_.Name -ne 'ReturnValue' -and $_.Value -is [string] })[0].Value
  $o = [ordered]@{ ok = $true; iid = $i }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
