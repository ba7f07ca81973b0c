# kmsw-op: inspect
# Who and what this machine is: OS, edition, domain, addresses, elevation, Office, UTC clock.
# kmsw-uses: error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
try {
  $os = Get-WmiObject Win32_OperatingSystem
  $cs = Get-WmiObject Win32_ComputerSystem
  $me = [Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()
  $ip = @(Get-WmiObject Win32_NetworkAdapterConfiguration -Filter 'IPEnabled=TRUE' | % { $_.IPAddress } | ? { $_ })
  # "Office NN, ..." names the version; its volume license pack is its KMS host SKU.
  $ver = @{ '14' = '2010'; '15' = '2013'; '16' = '2016'; '19' = '2019'; '21' = '2021'; '24' = '2024' }
  $pack = @{ '2010' = 'bfe7a195-4f8f-4f0b-a622-cf13c7d16864'; '2013' = '2e28138a-847f-42bc-9752-61b03fff33cd'; '2016' = '98ebfe73-2084-4c97-932c-c0cd1643bea7'; '2019' = '70512334-47b4-44db-a233-be5ea33b914c'; '2021' = '47f3b983-7c53-4d45-abc6-bcd91e2dd90a'; '2024' = 'f3d89bbf-c0ec-47ce-a8fa-e5a5f97e447f' }
  $f = 'SELECT Name,Description FROM {0}Product WHERE PartialProductKey IS NOT NULL'
  $have = @(@(gwmi -Query ($f -f 'SoftwareLicensing')) + @(gwmi -Query ($f -f 'OfficeSoftwareProtection') -EA 0) |
    % { if ($_.Name -match '^Office (\d\d)' -and $_.Description -notmatch 'VOLUME_KMS(?!CLIENT)') { $ver[$Matches[1]] } })
  $vls = @(gwmi -Query "SELECT ID FROM SoftwareLicensingProduct WHERE $(@($pack.Values | % { "ID='$_'" }) -join ' OR ')" | % { $_.ID })
  $office = @(foreach ($v in $ver.Values) {
    $vl = $vls -contains $pack[$v]
    if ($vl -or $have -contains $v) { [ordered]@{ version = $v; installed = $have -contains $v; vl_pack = $vl } }
  })
  $o = [ordered]@{
    ok = $true; caption = $os.Caption; version = $os.Version; build = [int]$os.BuildNumber
    edition_id = (gp 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion').EditionID
    sku = [int]$os.OperatingSystemSKU; product_type = [int]$os.ProductType; language = @($os.MUILanguages)[0]
    domain = $cs.Domain; part_of_domain = [bool]$cs.PartOfDomain
    fqdn = $(if ($cs.PartOfDomain) { "$($cs.DNSHostName).$($cs.Domain)" } else { $cs.DNSHostName })
    addresses = $ip; elevated = $me.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
    ps_version = "$($PSVersionTable.PSVersion)"; office = $office; utc_now = [DateTime]::UtcNow.ToString('o')
  }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
