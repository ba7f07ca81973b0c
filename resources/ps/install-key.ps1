# kmsw-op: install-key
# Install a key (ospp: the OSPP service: Office 2010, or Office 2013/2016 on Windows 7 / 2008 R2); report its product.
# kmsw-uses: product-json error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
$n = 'KeyManagementService'
function B($v, $what) { if ($v -isnot [bool]) { throw [ArgumentException]"invalid $what" }; $v }
try {
  $a = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswArgs)) | ConvertFrom-Json
  # The key comes on stdin ($KmswInput: base64 JSON), never in the command; no cmdlet sees it.
  $k = $null; if ($KmswInput) { Add-Type -AssemblyName System.Web.Extensions; $k = (New-Object Web.Script.Serialization.JavaScriptSerializer).DeserializeObject([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswInput)))['key'] }
  if ($k -isnot [string]) { throw [ArgumentException]'invalid key' }
  $c = 'SoftwareLicensing'; if ($null -ne $a.ospp -and (B $a.ospp 'ospp')) { $c = 'OfficeSoftwareProtection' }
  $s = gwmi "$($c)Service"
  $s.InstallProductKey($k) | Out-Null
  if ($c -like 'S*') { try { $null = $s.RefreshLicenseStatus() } catch {} } # as on SPP, never on OSPP (README)
  # Re-read: the product whose PartialProductKey is the key's last five characters.
  $l = $k.Trim(); $l = $l.Substring($l.Length - 5)
  if ($l -notmatch '^\w{5}\z') { throw [ArgumentException]'invalid key' }
  $o = [ordered]@{ ok = $true; product = J @(gwmi "$($c)Product" -Filter "PartialProductKey='$l'")[0] }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
