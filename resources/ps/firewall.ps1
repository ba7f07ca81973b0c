# kmsw-op: firewall
# Open/close the KMS port per profile, by rule Name.
# kmsw-uses: error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
function I($v, $lo, $hi, $what) {
  if (($v -isnot [int] -and $v -isnot [long]) -or $v -lt $lo -or $v -gt $hi) { throw [ArgumentException]"invalid $what" }
  [uint32]$v
}
function B($v, $what) { if ($v -isnot [bool]) { throw [ArgumentException]"invalid $what" }; $v }
try {
  $a = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswArgs)) | ConvertFrom-Json
  $pt = I $a.port 1 65535 'port'; $en = B $a.enabled 'enabled'
  $pm = @{ Domain = 1; Private = 2; Public = 4 }; $pr = @($a.profiles | % { "$_" }); $m = 0
  foreach ($x in $pr) { if (!$pm[$x]) { throw [ArgumentException]'invalid profile' }; $m = $m -bor $pm[$x] }
  if (!$m) { throw [ArgumentException]'invalid profile' }
  $nm = 'SPPSVC-In-TCP'; if ($pt -ne 1688) { $nm = "KMSW-KMS-In-TCP-$pt" }
  if (Get-Command Get-NetFirewallRule -EA 0) {
    if (Get-NetFirewallRule -Name $nm -EA 0) { Set-NetFirewallRule -Name $nm -Profile $pr -Enabled "$en" }
    else { New-NetFirewallRule -Name $nm -DisplayName "KMS TCP $pt" -Direction Inbound -Protocol TCP -LocalPort $pt -Profile $pr -Enabled "$en" | Out-Null }
    $r = Get-NetFirewallRule -Name $nm; $w = 'netsecurity'; $dn = $r.DisplayName; $on = "$($r.Enabled)" -eq 'True'
    $lp = ($r | Get-NetFirewallPortFilter).LocalPort; $m = [int]$r.Profile; if (!$m) { $m = 7 }
  } else {
    # Windows 7 / 2008 R2: COM shows only the localised display name, so the built-in rule is
    # found by what never changes (service sppsvc, TCP, inbound, port 1688) and ours by Name.
    $fw = New-Object -ComObject HNetCfg.FwPolicy2; $w = 'com'
    $r = @($fw.Rules | ? { ($pt -eq 1688 -and $_.serviceName -eq 'sppsvc' -and $_.Protocol -eq 6 -and $_.Direction -eq 1 -and $_.LocalPorts -eq '1688') -or $_.Name -eq $nm })[0]
    if (!$r) { $r = New-Object -ComObject HNetCfg.FWRule; $r.Name = $nm; $r.Protocol = 6; $r.LocalPorts = "$pt"; $r.Action = 1; $fw.Rules.Add($r) }
    $r.Profiles = $m; $r.Enabled = $en
    $dn = $r.Name; $on = [bool]$r.Enabled; $lp = $r.LocalPorts; $m = $r.Profiles
  }
  $pf = @(foreach ($x in @('Domain', 'Private', 'Public')) { if ($m -band $pm[$x]) { $x } })
  $o = [ordered]@{ ok = $true; method = $w; rule = [ordered]@{ name = $nm; display_name = $dn; enabled = $on; profiles = $pf; local_port = [int]"$lp" } }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
