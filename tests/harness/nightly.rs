//! The pinned nightly (`nightly-toolchain.toml`), which Miri runs on: its
//! reports differ between nightlies, so every Miri run uses exactly this one,
//! and a machine without it gets one message that says how to install it.

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

/// The file that pins the nightly, at the workspace root.
pub const PIN_FILE: &str = crate::directives::NIGHTLY_PIN_FILE;

/// An environment variable that names another nightly for Miri instead of
/// the pin (`BOOK_NIGHTLY=nightly`), for the drift report
/// (`.ci/drift-report`), which asks what the latest nightly would change.
pub const OVERRIDE: &str = "BOOK_NIGHTLY";

/// What the pin file says: the channel (`nightly-2026-05-20`) and, if the
/// file records it, the release line its rustc prints (`rustc 1.97.0-nightly
/// (e50aa6fba 2026-05-19)`).
#[derive(Debug, Clone)]
pub struct Pin {
    pub channel: String,
    pub release: Option<String>,
}

impl Pin {
    pub fn read(file: &Path) -> Result<Pin, String> {
        let text = std::fs::read_to_string(file)
            .map_err(|error| format!("cannot read {}: {error}", file.display()))?;
        let channel = crate::directives::pinned_channel(&text)
            .ok_or_else(|| format!("{}: no `channel = \"...\"` line", file.display()))?;
        let release = text
            .lines()
            .filter_map(|line| line.strip_prefix("# rustc "))
            .map(|release| format!("rustc {}", release.trim()))
            .next();
        Ok(Pin { channel, release })
    }

    /// The nightly the tests use: the pin at the workspace root, or the one
    /// [`OVERRIDE`] names (the drift workflow's "latest nightly" run, with no
    /// release line).
    pub fn in_use() -> Result<Pin, String> {
        match std::env::var(OVERRIDE) {
            Ok(channel) if !channel.is_empty() => Ok(Pin {
                channel,
                release: None,
            }),
            _ => Pin::read(&crate::workspace_root().join(PIN_FILE)),
        }
    }

    /// The command that installs it with what the tests need.
    pub fn install_command(&self) -> String {
        format!(
            "rustup toolchain install {} --profile minimal -c miri -c rust-src",
            self.channel
        )
    }

    /// `Ok` if this machine has the pinned nightly, with Miri, and it is the
    /// release the pin records; otherwise one message naming the toolchain
    /// and the command that installs it.
    pub fn check(&self) -> Result<(), String> {
        let fix = format!(
            "The Miri reports were made with the nightly pinned in {PIN_FILE}, `{}`{}.\nInstall it with:\n    {}",
            self.channel,
            self.release
                .as_deref()
                .map(|release| format!(" ({release})"))
                .unwrap_or_default(),
            self.install_command()
        );
        let rustc = toolchain_command("rustc", &self.channel)
            .arg("-vV")
            .output()
            .map_err(|error| format!("cannot run rustc: {error}\n{fix}"))?;
        if !rustc.status.success() {
            return Err(format!(
                "toolchain `{}` is not installed.\n{fix}",
                self.channel
            ));
        }
        let said = String::from_utf8_lossy(&rustc.stdout);
        let found = said.lines().next().unwrap_or_default().trim();
        if let Some(release) = &self.release
            && found != release
        {
            return Err(format!(
                "toolchain `{}` is `{found}`, not `{release}`.\n{fix}",
                self.channel
            ));
        }
        let miri = toolchain_command("cargo", &self.channel)
            .args(["miri", "--version"])
            .output()
            .map_err(|error| format!("cannot run cargo: {error}\n{fix}"))?;
        if !miri.status.success() {
            return Err(format!("toolchain `{}` has no Miri.\n{fix}", self.channel));
        }
        Ok(())
    }
}

/// Where Miri's sysroot for `channel` is built: a folder of the pinned
/// nightly's own under `target/`, since a sysroot that another nightly is
/// building at the same time in Miri's shared cache would make Miri stop
/// ("detected a concurrent sysroot build with different settings").
pub fn miri_sysroot(channel: &str) -> std::path::PathBuf {
    crate::workspace_root()
        .join("target/miri-sysroot")
        .join(channel)
}

/// `PROGRAM +CHANNEL`, through rustup's proxy, with no toolchain override
/// from the environment (cargo test sets `RUSTUP_TOOLCHAIN` to stable), and
/// Miri's sysroot in [`miri_sysroot`].
pub fn toolchain_command(program: &str, channel: &str) -> Command {
    let mut command = Command::new(program);
    command
        .arg(format!("+{channel}"))
        .env("MIRI_SYSROOT", miri_sysroot(channel))
        .current_dir(crate::workspace_root())
        .env("RUST_BACKTRACE", "0")
        .env("RUSTUP_AUTO_INSTALL", "0")
        .env_remove("RUSTUP_TOOLCHAIN")
        .env_remove("RUSTC")
        .env_remove("CARGO");
    command
}

/// The book's pin, checked once, and Miri's sysroot set up once (`cargo
/// miri setup`), before any trial runs Miri: parallel Miri runs on a fresh
/// machine would otherwise race to build it. Every caller gets the same
/// answer.
pub fn ready() -> Result<&'static Pin, String> {
    static READY: OnceLock<Result<Pin, String>> = OnceLock::new();
    READY
        .get_or_init(|| {
            let pin = Pin::in_use()?;
            pin.check()?;
            let setup = toolchain_command("cargo", &pin.channel)
                .args(["miri", "setup"])
                .output()
                .map_err(|error| format!("cannot run `cargo miri setup`: {error}"))?;
            if !setup.status.success() {
                return Err(format!(
                    "`cargo +{} miri setup` failed:\n{}",
                    pin.channel,
                    String::from_utf8_lossy(&setup.stderr)
                ));
            }
            Ok(pin)
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// Every nightly that the README or a chapter of `project` names in a
/// command is the pinned one, so its commands install and use what the tests
/// use, and show the Miri reports that nightly prints: a dated nightly
/// (`nightly-YYYY-MM-DD`) must be the pin's, and a bare one (`+nightly `,
/// `--toolchain nightly `) is named by its date instead.
pub fn check_named_alike(
    project: &crate::Project,
    chapters: &[crate::book::Chapter],
) -> Vec<String> {
    let pin = match Pin::read(&project.root.join(PIN_FILE)) {
        Ok(pin) => pin,
        Err(error) => return vec![error],
    };
    let readme = project.book_dir.join("README.md");
    let readme_text = std::fs::read_to_string(&readme).unwrap_or_default();
    let files = std::iter::once((readme.as_path(), readme_text.as_str())).chain(
        chapters
            .iter()
            .map(|chapter| (chapter.file.as_path(), chapter.text.as_str())),
    );
    let mut problems = Vec::new();
    for (file, text) in files {
        for (index, line) in text.lines().enumerate() {
            let at = format!("{}:{}", project.shown(file), index + 1);
            for (start, _) in line.match_indices("nightly-") {
                let date: String = line[start + 8..]
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || *c == '-')
                    .collect();
                let named = format!("nightly-{}", date.trim_end_matches('-'));
                if date.len() >= 10 && named != pin.channel {
                    problems.push(format!(
                        "{at}: names `{named}`, but {PIN_FILE} pins `{}`",
                        pin.channel
                    ));
                }
            }
            for bare in ["+nightly ", "--toolchain nightly "] {
                if line.contains(bare) {
                    problems.push(format!(
                        "{at}: `{}` names whatever nightly is installed; name the pinned `{}`",
                        bare.trim_end(),
                        pin.channel
                    ));
                }
            }
        }
    }
    problems
}
