"""The `kiosk` command line: the donor kiosk's start reads its options without
loading the subcommands' modules; any other command line gets them all."""

import subprocess
import sys

import pytest

from kiosk import cli


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        ([], False),
        (["--windowed"], False),
        (["--windowed", "--exit-after-first-paint", "-v", "--db=sqlite:///k.db"], False),
        (["--db", "sqlite:///k.db"], True),  # a value apart: the whole parser, which reads it the same
        (["--help"], True),
        (["-h"], True),
        (["print", "ticket", "--sample"], True),
        (["--windowed", "station", "nurse"], True),
    ],
)
def test_only_options_name_no_command(argv, named):
    assert cli.names_a_command(argv) is named


def test_the_kiosk_start_parses_its_options_without_the_command_modules():
    probe = (
        "import sys\n"
        "from kiosk import cli\n"
        "argv = ['--windowed', '--exit-after-first-paint', '--db=sqlite:///k.db']\n"
        "args = cli.build_parser(commands=cli.names_a_command(argv)).parse_args(argv)\n"
        "print(args.command, args.windowed, args.exit_after_first_paint, args.db)\n"
        "print(sorted(m for m in sys.modules if m.startswith('kiosk.commands.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["None True True sqlite:///k.db", "[]"]


def test_help_and_commands_still_parse_with_the_whole_parser(capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    assert "--windowed" in shown
    assert all(word in shown for word in ("station", "print", "report", "audit"))
    args = cli.build_parser(commands=True).parse_args(["--db", "sqlite:///k.db", "station", "nurse"])
    assert (args.command, args.station, args.db) == ("station", "nurse", "sqlite:///k.db")
