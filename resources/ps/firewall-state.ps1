# kmsw-op: firewall-state
# The KMS rules for a port as they are in force: the active store (Get-NetFirewallRule
# -PolicyStore ActiveStore) merges the local rules and those a GPO delivers, with each rule's
# profiles, state, remote-address scope and store; the host's active profiles; and the profiles
# where a GPO sets "Apply local firewall rules: No" (AllowLocalFirewallRules False), where local
# rules do not count. Read-only.
# kmsw-uses: error-json
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Stop'
try {
  $pt = ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($KmswArgs)) | ConvertFrom-Json).port
  if ($pt -isnot [int] -or $pt -lt 1 -or $pt -gt 65535) { throw [ArgumentException]'invalid port' }
  function P($v) { $i = 1; @(foreach ($x in 'Domain', 'Private', 'Public') { if ($v -band $i) { $x }; $i *= 2 }) }
  $k = "KMSW-KMS-In-TCP-$pt"; $nl = @($k, "$k-LocalSubnet"); if ($pt -eq 1688) { $nl += 'SPPSVC-In-TCP', 'SPPSVC-In-TCP-NoScope' }
  if (Get-Command Get-NetFirewallRule -EA 0) {
    $w = 'netsecurity'
    $rs = @(foreach ($x in @(Get-NetFirewallRule -PolicyStore ActiveStore -Name $nl -EA 0)) {
      $v = [int]$x.Profile; if (!$v) { $v = 7 }
      [ordered]@{ name = $x.Name; display_name = $x.DisplayName; enabled = $x.Enabled -eq 'True'; profiles = P $v
        remote_addresses = @(($x | Get-NetFirewallAddressFilter).RemoteAddress)
        local_port = [int]"$(($x | Get-NetFirewallPortFilter).LocalPort)"; store = "$($x.PolicyStoreSourceType)" } })
    $g = @(Get-NetFirewallProfile -PolicyStore ActiveStore | ? { $_.AllowLocalFirewallRules -eq 'False' } | % Name)
    $ap = P ([int](Get-NetFirewallSetting -PolicyStore ActiveStore).ActiveProfile)
  } else {
    # Windows 7 / 2008 R2: COM shows the local rules; the stock ones are told apart by scope.
    # LocalPolicyModifyState 1 (GP_OVERRIDE): local changes do not take effect in the current
    # profiles.
    $fw = New-Object -ComObject HNetCfg.FwPolicy2; $w = 'com'
    $rs = @(foreach ($x in @($fw.Rules | ? { ($_.serviceName -eq 'sppsvc' -and $_.LocalPorts -eq "$pt") -or $nl -contains $_.Name })) {
      $n = $x.Name; if ($x.serviceName -eq 'sppsvc') { $n = 'SPPSVC-In-TCP'; if ($x.RemoteAddresses -eq '*') { $n += '-NoScope' } }
      [ordered]@{ name = $n; display_name = $x.Name; enabled = [bool]$x.Enabled; profiles = P $x.Profiles
        remote_addresses = @("$($x.RemoteAddresses)" -split ','); local_port = [int]$x.LocalPorts; store = 'Local' } })
    $ap = P $fw.CurrentProfileTypes; $g = @($ap | ? { $fw.LocalPolicyModifyState -eq 1 })
  }
  $o = [ordered]@{ ok = $true; method = $w; active_profiles = $ap; local_rules_ignored = $g; gpo_controls = $g.Count -gt 0; rules = $rs }
} catch { $o = F $_ }
$o | ConvertTo-Json -Compress -Depth 5
