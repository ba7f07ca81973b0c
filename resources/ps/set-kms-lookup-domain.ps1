# kmsw-op: set-kms-lookup-domain
# Make the KMS client look up the _vlmcs._tcp SRV records in this DNS domain (disjoint
# namespaces); an explicit KMS host still wins. Windows 8 / Server 2012 and later.
# kmsw-uses: error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
$n = 'KeyManagementService'
try {
  $a = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswArgs)) | ConvertFrom-Json
  $d = $a.domain
  if ($d -isnot [string] -or $d -notmatch '^(?=.{1,253}\z)[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\.?\z') { throw [ArgumentException]'invalid domain' }
  $s = gwmi SoftwareLicensingService
  if (!$s.PSObject.Methods["Set$($n)LookupDomain"]) { throw (New-Object NotSupportedException 'No KMS lookup domain before Windows 8 / Server 2012.') }
  $null = $s.SetKeyManagementServiceLookupDomain($d)
  $s = gwmi SoftwareLicensingService
  $o = [ordered]@{ ok = $true; kms_lookup_domain = $s."$($n)LookupDomain"; kms_machine = $s."$($n)Machine" }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
