"""The pre-send hook (CONTRACT section 9): ``followup-lint sendmail`` and the interview book.

- :mod:`.book`: where the book lives, reading it, matching a message to an interview, updating it.
- :mod:`.sendmail`: the pass-through that lints a follow-up on its way to the real sendmail.
- :mod:`.message`: reading a message of any size in bounded memory.
- :mod:`.cli`: the ``sendmail`` and ``interview`` commands of the ``followup-lint`` command line.

Python programs that send mail themselves use :func:`followup_lint.before_send` instead.
"""
