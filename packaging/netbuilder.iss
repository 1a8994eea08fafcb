; Inno Setup 6 script: the Windows installer for NetBuilder, made from PyInstaller's one-folder
; build of packaging/netbuilder.spec (dist\netbuilder\). Built by
; packaging/github-workflows/build-installers.yml; not verified on Windows by the developers.
;
;   iscc /DAppVersion=<version> [/DAppName=NetBuilder] [/DIconFile=...\netbuilder.ico] packaging\netbuilder.iss
;
; The version is passed in (the workflow reads it from netbuilder/__init__.py); it is never
; written here. Paths are relative to this file.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z packaging\netbuilder.iss
#endif
#ifndef AppName
  #define AppName "NetBuilder"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\netbuilder"
#endif

[Setup]
; A fixed AppId makes a newer installer upgrade the installed version in place.
AppId={{6D1F3A52-8C4B-4E0A-9B7E-2F5C1A9D4E31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=NetBuilder developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install without admin rights is offered too.
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=netbuilder_{#AppVersion}_windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\netbuilder.exe
#ifdef IconFile
SetupIconFile={#IconFile}
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\netbuilder.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\netbuilder.exe"; Tasks: desktopicon

[Registry]
; Network files are .json files, and Windows cannot tell them apart by content, so NetBuilder
; does not take over .json: it is added to the file's "Open with" list instead.
Root: HKA; Subkey: "Software\Classes\NetBuilder.Network"; ValueType: string; ValueName: ""; ValueData: "NetBuilder network"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\NetBuilder.Network\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\netbuilder.exe,0"
Root: HKA; Subkey: "Software\Classes\NetBuilder.Network\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\netbuilder.exe"" gui ""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "NetBuilder.Network"; ValueData: ""; Flags: uninsdeletevalue

[Run]
Filename: "{app}\netbuilder.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
