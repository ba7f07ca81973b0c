# Build and check the Windows exe. Run from the repository root in PowerShell:
#   ./build/windows/release.ps1
# 1. a virtual environment with the project and its test extra;
# 2. the Windows-only tests: the local transport and the operation scripts against this
#    machine's real Software Protection Platform, read-only (inspect, status);
# 3. the exe from build/kms-wizard.spec (one file, windowed, requireAdministrator,
#    version resource, icon, no UPX) and its SHA-256;
# 4. the exe's own selftest.
$ErrorActionPreference = 'Stop'
python -m venv .venv
.\.venv\Scripts\python -m pip install --disable-pip-version-check -e '.[test]'
$env:QT_QPA_PLATFORM = 'offscreen'
.\.venv\Scripts\python -m pytest -m windows -v
if ($LASTEXITCODE -ne 0) { throw "Windows-only tests failed" }
.\.venv\Scripts\pyinstaller --noconfirm --clean --distpath build/dist --workpath build/work build/kms-wizard.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$exe = 'build/dist/kms-wizard.exe'
(Get-FileHash -Algorithm SHA256 $exe).Hash.ToLower() + '  kms-wizard.exe' | Set-Content "$exe.sha256"
# A windowed exe attaches to this console for sub-commands; Start-Process waits for it.
$p = Start-Process -FilePath $exe -ArgumentList 'selftest', '--json' -Wait -PassThru -NoNewWindow
if ($p.ExitCode -ne 0) { throw "the exe's selftest failed" }
Write-Host "Built $exe"
