# Build Barntid's self-contained one-folder bundle on Windows with PyInstaller: dist\Barntid\, started by
# dist\Barntid\Barntid.exe (no console window); dist\Barntid\barntid-cli.exe is the same program for the
# command line (barntid-cli --version, barntid-cli run ...). Copy or zip the whole folder; it needs no Python,
# no administrator rights, and writes nothing inside itself (settings, autosave, history and the error log go
# to %APPDATA% / %LOCALAPPDATA%).
# The same steps as scripts/build-bundle.sh: its own environment (.venv-bundle) with the "bundle" extra, then
# the spec packaging\barntid.spec. Needs Python 3.11-3.13 from python.org (the "py" launcher) or on PATH.
# Usage, in PowerShell in the repository:  powershell -ExecutionPolicy Bypass -File scripts\build-bundle.ps1
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

$venv = ".venv-bundle"
$python = Join-Path $venv "Scripts\python.exe"
if (-not (Test-Path $python)) {
    if (Get-Command py -ErrorAction SilentlyContinue) { py -3 -m venv $venv } else { python -m venv $venv }
    if ($LASTEXITCODE -ne 0) { throw "Kunde inte skapa $venv (finns Python 3.11-3.13?)" }
}
$stamp = Join-Path $venv ".barntid-installed"
if (-not (Test-Path $stamp) -or ((Get-Item pyproject.toml).LastWriteTime -gt (Get-Item $stamp).LastWriteTime)) {
    & $python -m pip install -q --upgrade pip
    if ($LASTEXITCODE -ne 0) { throw "pip install --upgrade pip misslyckades" }
    & $python -m pip install -q -e ".[bundle]"
    if ($LASTEXITCODE -ne 0) { throw "pip install .[bundle] misslyckades" }
    New-Item -ItemType File -Force $stamp | Out-Null
}

if (Test-Path dist\Barntid) { Remove-Item -Recurse -Force dist\Barntid }
& (Join-Path $venv "Scripts\pyinstaller.exe") --noconfirm --clean --log-level WARN --distpath dist `
    --workpath build\pyinstaller packaging\barntid.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller misslyckades" }

$size = (Get-ChildItem -Recurse dist\Barntid | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("Byggt: dist\Barntid\Barntid.exe ({0:N0} MB)" -f $size)
& dist\Barntid\barntid-cli.exe --version
if ($LASTEXITCODE -ne 0) { throw "barntid-cli --version misslyckades" }
