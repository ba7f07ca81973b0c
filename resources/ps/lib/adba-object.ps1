# kmsw-fragment: adba-object
# A: the activation object named $nm, read back as slmgr.vbs /ao-list reads it: in the
# COMPUTER's forest (slmgr's GetMachineDomain: "not the current user's domain"), under
# rootDSE's configurationNamingContext, the container's children of class
# msSPP-ActivationObject. No LDAP filter is built: the name is compared here.
# msSPP-CSVLKSkuId holds the GUID in Windows' byte order, which [Guid](byte[]) reads.
# Absent: ERROR_DS_NO_SUCH_OBJECT (0x80072030), as ADSI reports a missing object.
function A($nm) {
$d = [DirectoryServices.ActiveDirectory.Domain]::GetComputerDomain().Name
$r = New-Object DirectoryServices.DirectoryEntry "LDAP://$d/RootDSE"
$c = New-Object DirectoryServices.DirectoryEntry ("LDAP://$d/CN=Activation Objects,CN=Microsoft SPP,CN=Services," + $r.Properties['configurationNamingContext'][0])
$o = @($c.Children | ? { $_.SchemaClassName -eq 'msSPP-ActivationObject' -and $_.Properties['cn'][0] -eq $nm })[0]
if (!$o) { throw (New-Object Runtime.InteropServices.COMException -ArgumentList @('There is no such object on the server.', -2147016656)) }
$p = $o.Properties
[ordered]@{
dn = $p['distinguishedName'][0]; name = $p['cn'][0]; display_name = "$($p['displayName'][0])"
sku_id = "$(New-Object Guid (,[byte[]]$p['msSPP-CSVLKSkuId'][0]))"; partial_key = $p['msSPP-CSVLKPartialProductKey'][0]
pid = $p['msSPP-CSVLKPid'][0]; by_phone = [bool]$p['msSPP-ConfirmationId'][0]
}
}
