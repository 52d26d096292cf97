; Inno Setup script of the Windows office installer, around PyInstaller's one-folder dist\sosdesk
; (installers\sosdesk.spec). Built by .github/workflows/release.yml:
;   iscc /DAppVersion=X.Y.Z installers\sosdesk.iss        -> dist\sosdesk-X.Y.Z-setup.exe
; Per-user install (no administrator rights) in %LOCALAPPDATA%\Programs\sosdesk; Start-menu entries;
; `.sosdesk` region files open in sosdesk; upgrading installs over the previous version in place
; (same AppId); uninstalling removes the program only: the data folder
; %LOCALAPPDATA%\sosdesk\sosdesk (data files, backups) is never touched.
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6C7F2C1E-5B1A-4C47-9D7B-2F0E3A9B51D4}
AppName=sosdesk
AppVersion={#AppVersion}
AppVerName=sosdesk {#AppVersion}
AppPublisher=sosdesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\sosdesk
DefaultGroupName=sosdesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=sosdesk-{#AppVersion}-setup
SetupIconFile=..\resources\sosdesk.ico
UninstallDisplayIcon={app}\sosdesk.exe
Compression=lzma2
SolidCompression=yes
ChangesAssociations=yes
CloseApplications=yes
WizardStyle=modern

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[InstallDelete]
; an upgrade replaces the program folder's contents (modules removed by the new version go away)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\sosdesk\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\sosdesk"; Filename: "{app}\sosdesk.exe"
Name: "{group}\sosdesk (démonstration)"; Filename: "{app}\sosdesk.exe"; Parameters: "--demo"
Name: "{group}\Désinstaller sosdesk"; Filename: "{uninstallexe}"

[Registry]
; per-user file association (HKCU through HKA when installed without administrator rights)
Root: HKA; Subkey: "Software\Classes\.sosdesk"; ValueType: string; ValueName: ""; ValueData: "sosdesk.RegionFile"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\sosdesk.RegionFile"; ValueType: string; ValueName: ""; ValueData: "Fichier régional sosdesk"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\sosdesk.RegionFile\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\sosdesk.exe,0"
Root: HKA; Subkey: "Software\Classes\sosdesk.RegionFile\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\sosdesk.exe"" --region-file ""%1"""

[Run]
Filename: "{app}\sosdesk.exe"; Description: "Lancer sosdesk"; Flags: nowait postinstall skipifsilent
