; Inno Setup script: builds the Windows installer from PyInstaller's dist\sosdesk folder.
; iscc installers\sosdesk.iss
[Setup]
AppName=sosdesk
AppVersion=0.1.0
AppPublisher=sosdesk
DefaultDirName={autopf}\sosdesk
DefaultGroupName=sosdesk
OutputBaseFilename=sosdesk-setup
Compression=lzma2
SolidCompression=yes
PrivilegesRequired=lowest
; User data lives in %LOCALAPPDATA%\sosdesk and is never touched by (un)install.

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Files]
Source: "..\dist\sosdesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\sosdesk"; Filename: "{app}\sosdesk.exe"
Name: "{group}\sosdesk (démonstration)"; Filename: "{app}\sosdesk.exe"; Parameters: "--demo"
