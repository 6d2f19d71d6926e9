"""What each role may do at a desk: the window shows only that.

In team mode PostgreSQL enforces the same rights underneath (migration 0006): a manager
reads and changes the leads assigned to them and those in the managers' pool; a
dispatcher distributes and rejects any lead; a supervisor sets everything up.
"""

from __future__ import annotations

from enum import StrEnum

from leaddesk.domain.codes import Role


class Right(StrEnum):
    ASSIGN = "assign"  # give a lead to someone, or take another person's lead
    MERGE_CONTACTS = "merge_contacts"  # moves leads that may be other people's
    IMPORT = "import"  # load leads from a CSV file
    SET_UP = "set_up"  # rules, channels and accounts, the website, the schedule
    FETCH = "fetch"  # run the channels' intake (mail, VK) on this desk


RIGHTS: dict[Role, frozenset[Right]] = {
    Role.MANAGER: frozenset(),
    Role.DISPATCHER: frozenset({Right.ASSIGN, Right.MERGE_CONTACTS, Right.IMPORT,
                                Right.FETCH}),
    Role.SUPERVISOR: frozenset(Right),
}


def may(role: str | None, right: Right) -> bool:
    """Whether a person in ``role`` may do ``right`` (nobody chosen: nothing)."""
    try:
        return right in RIGHTS[Role(role)] if role else False
    except ValueError:
        return False
