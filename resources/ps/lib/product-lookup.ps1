# kmsw-fragment: product-lookup
# P: the product with this Activation ID (Windows' keyed product when none is given),
# from SPP or, for Office 2010, OSPP; a clear error when no such product holds a key.
# Add-on licences (ESU years) are never "the Windows product": slmgr.vbs skips LicenseIsAddon too.
function P($id) {
  if ($null -eq $id) { $q = "ApplicationID='55c92734-d682-4d71-983e-d6ec3f16059f' AND PartialProductKey IS NOT NULL AND LicenseIsAddon=FALSE" }
  elseif ($id -is [string] -and $id -match '^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\z') { $q = "ID='$id'" }
  else { throw [ArgumentException]'invalid activation_id' }
  $p = @(gwmi SoftwareLicensingProduct -Filter $q) + @(gwmi OfficeSoftwareProtectionProduct -Filter $q -EA 0)
  if (!$p[0]) { throw (New-Object Runtime.InteropServices.COMException -ArgumentList @('No such product holds a key.', -1073418222)) }
  $p[0]
}
