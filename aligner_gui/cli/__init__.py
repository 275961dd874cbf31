"""The `aligner` command: parses arguments, calls core, prints. No logic of its own.

``main`` builds the parser and runs a command. One module per command group, with an
``add_<command>`` and a ``cmd_<command>`` function for each of its commands: ``project``
(init, stats), ``importing`` (import), ``search``, ``rewrite`` and ``prompts``. ``common``
holds what they share (argument types, opening a project, Ctrl+C); ``aligner_gui.guard``,
shared with the app, turns errors into one line on stderr and an exit code.
"""
