# Build and check the Windows exe. Run from the repository root in PowerShell:
#   ./build/windows/release.ps1
# 1. a virtual environment with the project and its test extra;
# 2. the Windows-only tests: the local transport and the operation scripts against this
#    machine's real Software Protection Platform, read-only (inspect, status), and the facts
#    the simulated lab models (tests/windows/test_release_facts.py);
# 3. the exe from build/kms-wizard.spec (one file, windowed, requireAdministrator,
#    version resource, icon, no UPX) and its SHA-256;
# 4. the exe's own selftest;
# 5. an anonymised field capture of this machine (build/dist/release-machine-capture.json):
#    add it to resources/lab-captures/ when it shows something the lab does not model yet.
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
.\.venv\Scripts\kms-wizard capture --target localhost --local --out build/dist/release-machine-capture.json
if ($LASTEXITCODE -ne 0) { throw "the field capture of this machine failed" }
Write-Host "Built $exe"
