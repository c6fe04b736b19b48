"""tools/bootstrap.sh (run by every make target): without Python 3.10 it says what to install."""
import shutil
import subprocess

from bot.settings import PROJECT_ROOT


def test_without_python_3_10_it_says_what_to_install_and_shows_no_stack_trace(tmp_path):
    (tmp_path / "tools").mkdir()
    shutil.copy(PROJECT_ROOT / "tools" / "bootstrap.sh", tmp_path / "tools" / "bootstrap.sh")
    bin_dir = tmp_path / "bin"  # a PATH with the shell tools it needs, and no Python or pyenv
    bin_dir.mkdir()
    for tool in ("bash", "cat", "rm", "dirname", "env"):
        (bin_dir / tool).symlink_to(shutil.which(tool))
    result = subprocess.run(["bash", str(tmp_path / "tools" / "bootstrap.sh")], capture_output=True,
                            text=True, timeout=60, env={"PATH": str(bin_dir), "HOME": str(tmp_path)})
    assert result.returncode == 1
    assert "Python 3.10 is needed" in result.stderr and "pyenv install 3.10" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (tmp_path / ".venv").exists()
