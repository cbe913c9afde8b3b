"""A click group whose first argument is either a subcommand or the FILE of its default command.

`clinic transcribe FILE` / `clinic transcribe eval` and `clinic soap FILE` / `clinic soap eval`: an
optional FILE argument on the group itself would swallow the word "eval", so arguments that do not
start with a subcommand name are routed to the hidden default command (the pattern of
click-default-group).
"""
from __future__ import annotations

import click


class FileOrSubcommand(click.Group):
    """Routes `GROUP ARGS` to `GROUP <default_command> ARGS` unless ARGS starts with a subcommand.

    ``route_empty``: also route a bare `GROUP` (its default command reads stdin); otherwise a bare
    `GROUP` prints the help.
    """

    default_command = "file"
    route_empty = False

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if (args or self.route_empty) and (not args or (args[0] not in self.commands
                                                        and args[0] not in ctx.help_option_names)):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_options(ctx, formatter)
        options = [p for p in self.commands[self.default_command].params if isinstance(p, click.Option)]
        with formatter.section("Options for FILE"):
            formatter.write_dl([option.get_help_record(ctx) for option in options])

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return ["[OPTIONS] FILE | COMMAND [ARGS]..."]

