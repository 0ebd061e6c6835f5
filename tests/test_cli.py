from clustermeet.cli.main import build_parser, main


def test_cli_help_lists_every_command(capsys):
    parser = build_parser()
    help_text = parser.format_help()
    assert "clustermeet" in help_text


def test_cli_without_command_prints_help_and_fails(capsys):
    assert main([]) == 2
    assert "usage: clustermeet" in capsys.readouterr().out
