"""What can stop a workflow action, as exceptions the window turns into plain words."""

from __future__ import annotations

from datetime import datetime


class WorkflowError(Exception):
    """An action that cannot be done on the lead as it is now."""


class LeadNotFound(WorkflowError):
    def __init__(self, lead_id: int) -> None:
        super().__init__(f"lead {lead_id} does not exist")
        self.lead_id = lead_id


class LeadChanged(WorkflowError):
    """Someone else changed the lead since it was shown; nothing was written."""

    def __init__(self, lead_id: int, by: str | None, at: datetime | None) -> None:
        super().__init__(f"lead {lead_id} was changed by {by or 'someone'} at {at}")
        self.lead_id, self.by, self.at = lead_id, by, at


class AlreadyTaken(WorkflowError):
    def __init__(self, lead_id: int, owner: str | None) -> None:
        super().__init__(f"lead {lead_id} is already taken by {owner}")
        self.lead_id, self.owner = lead_id, owner


class ReasonRequired(WorkflowError):
    """The channel requires a reason to reject its leads."""


class NotAllowed(WorkflowError):
    """The action does not fit the lead's status (e.g. rejecting a converted lead).

    ``code`` names the situation: ``closed``, ``not_closed``, ``converted``,
    ``in_the_past``, ``not_open``, ``no_deal``, ``inactive_user``, ``empty``.
    """

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code
