; Inno Setup script: the Windows installer for 温馨家园工作台 (Warm Home desktop).
;
; Per-user install without administrator rights (%LOCALAPPDATA%\Programs\WarmHome), Chinese and
; English wizard, Start-menu and desktop shortcuts (also one for the sign-in kiosk). The user's
; data (%LOCALAPPDATA%\warmhome: database, backups) is never installed, replaced or removed here.
;
; Needs Inno Setup 6.3 or newer. Build on Windows from the repository root, after the frozen build:
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller installer\warmhome.spec
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" installer\warmhome.iss
; which writes dist\warmhome-<version>-setup.exe.
;
; The version is pyproject.toml's: installer\warmhome.spec writes build\installer\version.iss
; (#define AppVersion "…"), included below. `ISCC /DAppVersion=1.2.3 …` overrides it.
; tests/installer/test_inno_script.py checks this script against the spec and the frozen build.

#ifndef AppVersion
  #include "..\build\installer\version.iss"
#endif
#define AppName "温馨家园工作台"
#define GuiExe "warmhome-gui.exe"
#define CliExe "warmhome.exe"
#define FrozenDir "..\dist\warmhome"

; Inno Setup 6.5 and later ship Languages\ChineseSimplified.isl. Older releases do not (it was an
; unofficial translation, https://jrsoftware.org/files/istrans/): then the English messages are
; overlaid with our own Chinese translation of every message this installer shows.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#else
  #define ChineseMessages "compiler:Default.isl,inno\ChineseSimplified-warmhome.isl"
#endif

[Setup]
; Never change AppId: updates find the installed copy (and its folder) through it.
AppId={{00B3FE3D-2850-437B-BAB6-172FBC5DCEA5}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Warm Home desktop project
VersionInfoProductTextVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={userpf}\WarmHome
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=warmhome-{#AppVersion}-setup
SetupIconFile=..\build\installer\icons\warmhome.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; An open app is closed (Restart Manager) before its files are replaced.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "chinesesimp"; MessagesFile: "{#ChineseMessages}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimp.AppShortcut=温馨家园工作台
english.AppShortcut=Warm Home desktop
chinesesimp.KioskShortcut=温馨家园签到台
english.KioskShortcut=Warm Home sign-in kiosk
chinesesimp.KioskComment=会员自助签到（全屏）
english.KioskComment=Self-service sign-in for members (full screen)
chinesesimp.CreateKioskIcon=在桌面上创建签到台快捷方式(&K)
english.CreateKioskIcon=Create a desktop shortcut for the sign-in &kiosk

[Messages]
chinesesimp.UninstalledAll=已从您的电脑中移除 %1。%n%n您的数据（数据库和备份，位于 %%LOCALAPPDATA%%\warmhome）仍然保留，重新安装后即可继续使用。
english.UninstalledAll=%1 was successfully removed from your computer.%n%nYour data (database and backups in %%LOCALAPPDATA%%\warmhome) is kept and will be used again if you reinstall.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "kioskicon"; Description: "{cm:CreateKioskIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the libraries wholesale, so nothing of an older release lingers. Only the
; program folder: the user's data lives elsewhere and is never listed here.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#FrozenDir}\{#GuiExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#FrozenDir}\{#CliExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#FrozenDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppShortcut}"; Filename: "{app}\{#GuiExe}"
Name: "{group}\{cm:KioskShortcut}"; Filename: "{app}\{#GuiExe}"; Parameters: "--kiosk"; Comment: "{cm:KioskComment}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppShortcut}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon
Name: "{autodesktop}\{cm:KioskShortcut}"; Filename: "{app}\{#GuiExe}"; Parameters: "--kiosk"; Comment: "{cm:KioskComment}"; Tasks: kioskicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section: the uninstaller removes only what this installer put into {app}.
