"""What a person can do to the lead on screen, from the card's buttons, the Lead menu and
single-key shortcuts: one controller, so the three always behave alike."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from leaddesk.domain.codes import DealStage, LeadStatus, Warmth
from leaddesk.domain.lead_card import LeadCard
from leaddesk.domain.money import format_money
from leaddesk.domain.permissions import Right, may
from leaddesk.domain.templates import TemplateValues
from leaddesk.services import contacts, deals, invoices, workflow
from leaddesk.services.context import DeskContext
from leaddesk.services.ports import NotPermitted, UserInfo
from leaddesk.services.workflow_errors import (
    AlreadyTaken,
    LeadChanged,
    NotAllowed,
    ReasonRequired,
    WorkflowError,
)
from leaddesk.ui import formatting, labels
from leaddesk.ui.ops import QueryOp


class LeadActions(QObject):
    """Runs the workflow actions for the current user on the current lead.

    Signals:
        done(int): an action on this lead id succeeded (the desk refreshes it).
    """

    done = Signal(int)

    def __init__(self, context: DeskContext, parent: QWidget,
                 current_card: Callable[[], LeadCard | None]) -> None:
        super().__init__(parent)
        self.context = context
        self.me: UserInfo | None = None
        self._parent = parent
        self._card = current_card
        self.zone = None

    # availability
    def available(self, card: LeadCard | None) -> dict[str, bool]:
        """Which actions make sense for ``card`` and the current user."""
        open_ = card is not None and card.status.is_open
        me = self.me
        deal_open = card is not None and card.deal is not None
        assigns = me is not None and may(me.role, Right.ASSIGN)
        return {
            # a manager takes only what nobody has; taking someone's lead is reassigning it
            "take": open_ and me is not None and card.assignee_id != me.id
            and (card.assignee_id is None or assigns),
            "assign": open_ and assigns,
            "reject": open_,
            "postpone": open_,
            "reopen": card is not None and card.status in (LeadStatus.REJECTED,
                                                           LeadStatus.POSTPONED),
            "convert": open_ and card.deal is None,
            "invoice": deal_open,
            "deal_won": deal_open and card.deal.stage is DealStage.OPEN,
            "deal_lost": deal_open and card.deal.stage is DealStage.OPEN,
            "warmth": card is not None,
            "note": card is not None,
            "reply": card is not None,
            "merge": card is not None and card.contact_id is not None
            and me is not None and may(me.role, Right.MERGE_CONTACTS),
        }

    # running
    def _run(self, what: str, fn: Callable[[], object], lead_id: int) -> None:
        QueryOp(fn, what=what).success(lambda _result: self.done.emit(lead_id)) \
            .failure(lambda error: self._explain(what, error)).run()

    def _explain(self, what: str, error: Exception) -> None:
        if isinstance(error, LeadChanged):
            text = self.tr("%1 changed this lead at %2 while you were looking at it. Nothing "
                           "was overwritten: the card now shows the fresh data, check it and "
                           "try again.").replace("%1", error.by or self.tr("Someone else")) \
                .replace("%2", formatting.full_time(error.at, self.zone) if error.at and self.zone
                         else "—")
            self.done.emit(error.lead_id)
        elif isinstance(error, AlreadyTaken):
            text = self.tr("%1 took this lead a moment earlier.").replace(
                "%1", error.owner or self.tr("Someone else"))
            self.done.emit(error.lead_id)
        elif isinstance(error, ReasonRequired):
            text = self.tr("This channel requires a reason to reject a lead.")
        elif isinstance(error, NotAllowed | NotPermitted):
            text = labels.problem(error.code)
        elif isinstance(error, WorkflowError):
            text = str(error)
        else:
            from leaddesk.ui import message_bridge

            message_bridge.error(what, error)
            return
        QMessageBox.information(self._parent, what, text)

    def _target(self, action: str) -> LeadCard | None:
        card = self._card()
        if card is None or self.me is None or not self.available(card).get(action):
            return None
        return card

    # the actions
    def take(self) -> None:
        card = self._target("take")
        if card is None:
            return
        uow, me = self.context.uow_factory, self.me.id
        if card.assignee_id is not None:
            self.assign_to(card, me)
            return
        self._run(self.tr("Taking the lead"), lambda: workflow.take_lead(uow, card.lead_id, me),
                  card.lead_id)

    def assign(self) -> None:
        from leaddesk.ui.dialogs.assign_picker import AssignPicker

        card = self._target("assign")
        if card is None:
            return
        users = [u for u in self.context.reader.users() if u.active]
        picker = AssignPicker(users, card.assignee_id, self._parent)
        if picker.exec() and picker.user_id() is not None:
            self.assign_to(card, picker.user_id())

    def assign_to(self, card: LeadCard, user_id: int) -> None:
        uow, me = self.context.uow_factory, self.me.id
        self._run(self.tr("Assigning the lead"),
                  lambda: workflow.assign_lead(uow, card.lead_id, me, user_id,
                                               expected_version=card.version), card.lead_id)

    def reject(self) -> None:
        from leaddesk.ui.dialogs.reject_dialog import RejectDialog

        card = self._target("reject")
        if card is None:
            return
        dialog = RejectDialog(self.context.reader.reject_reasons(), card.reject_reason_required,
                              self._parent)
        if not dialog.exec():
            return
        uow, me = self.context.uow_factory, self.me.id
        reason, note = dialog.reason_id(), dialog.note()
        self._run(self.tr("Rejecting the lead"),
                  lambda: workflow.reject_lead(uow, card.lead_id, me, reason, note,
                                               expected_version=card.version), card.lead_id)

    def postpone(self) -> None:
        from leaddesk.ui.dialogs.postpone_dialog import PostponeDialog

        card = self._target("postpone")
        if card is None:
            return
        dialog = PostponeDialog(datetime.now(UTC), self.zone, self._parent)
        if not dialog.exec():
            return
        uow, me = self.context.uow_factory, self.me.id
        until, note = dialog.until(), dialog.note()
        self._run(self.tr("Postponing the lead"),
                  lambda: workflow.postpone_lead(uow, card.lead_id, me, until, note,
                                                 expected_version=card.version), card.lead_id)

    def reopen(self) -> None:
        card = self._target("reopen")
        if card is None:
            return
        uow, me = self.context.uow_factory, self.me.id
        self._run(self.tr("Reopening the lead"),
                  lambda: workflow.reopen_lead(uow, card.lead_id, me,
                                               expected_version=card.version), card.lead_id)

    def set_warmth(self, warmth: Warmth) -> None:
        card = self._target("warmth")
        if card is None:
            return
        uow, me = self.context.uow_factory, self.me.id
        self._run(self.tr("Setting the warmth"),
                  lambda: workflow.set_warmth(uow, card.lead_id, me, warmth), card.lead_id)

    def convert(self) -> None:
        from leaddesk.ui.dialogs.convert_dialog import ConvertDialog

        card = self._target("convert")
        if card is None:
            return
        dialog = ConvertDialog(card.product_price, self._parent)
        if not dialog.exec():
            return
        uow, me = self.context.uow_factory, self.me.id
        amount, currency = dialog.amount(), dialog.currency()
        self._run(self.tr("Converting the lead into a deal"),
                  lambda: deals.convert_to_deal(uow, card.lead_id, me, amount, currency,
                                                expected_version=card.version), card.lead_id)

    def invoice(self) -> None:
        from leaddesk.ui.dialogs.invoice_dialog import InvoiceDialog

        card = self._target("invoice")
        if card is None:
            return
        dialog = InvoiceDialog(self.context, self.me.id, card.deal, card.contact_name,
                               card.product_title, self._parent)
        if dialog.exec():
            self.done.emit(card.lead_id)

    def close_deal(self, won: bool) -> None:
        card = self._target("deal_won" if won else "deal_lost")
        if card is None:
            return
        uow, me, deal = self.context.uow_factory, self.me.id, card.deal
        if won:
            answer = QMessageBox.question(
                self._parent, self.tr("Deal won"),
                self.tr("Mark the deal of %1 as won?").replace(
                    "%1", format_money(deal.amount, deal.currency)))
            if answer != QMessageBox.StandardButton.Yes:
                return
            reason = ""
        else:
            reason, ok = QInputDialog.getText(self._parent, self.tr("Deal lost"),
                                              self.tr("Why was the deal lost?"))
            if not ok:
                return
        self._run(self.tr("Closing the deal"),
                  lambda: deals.close_deal(uow, deal.id, me, won, reason), card.lead_id)

    def note(self, text: str) -> None:
        card = self._target("note")
        if card is None:
            return
        uow, me = self.context.uow_factory, self.me.id
        self._run(self.tr("Saving the note"),
                  lambda: workflow.add_note(uow, card.lead_id, me, text), card.lead_id)

    def reply(self, text: str, sent: Callable[[], None]) -> None:
        card = self._target("reply")
        if card is None:
            return
        uow, me = self.context.uow_factory, self.me.id
        what = self.tr("Sending the reply")
        QueryOp(lambda: workflow.queue_reply(uow, card.lead_id, me, text), what=what) \
            .success(lambda _result: (sent(), self.done.emit(card.lead_id))) \
            .failure(lambda error: self._explain(what, error)).run()

    def template_values(self, card: LeadCard) -> TemplateValues:
        company = invoices.requisites(self.context.reader).name
        first_name = card.contact_name.split()[0] if card.contact_name.split() else ""
        return TemplateValues(name=first_name, product=card.product_title,
                              manager=self.me.name if self.me else "", company=company)

    def merge_contact(self) -> None:
        card = self._target("merge")
        if card is None:
            return
        text, ok = QInputDialog.getText(
            self._parent, self.tr("Merge contacts"),
            self.tr("Phone, email or name of the other record of this person:"))
        if not ok or not text.strip():
            return
        matches = [m for m in self.context.reader.find_contacts(text, 20)
                   if m.id != card.contact_id]
        if not matches:
            QMessageBox.information(self._parent, self.tr("Merge contacts"),
                                    self.tr("No other contact matches “%1”.").replace("%1", text))
            return
        items = [f"{m.name or '—'} · {', '.join(m.identities) or '—'} · "
                 + self.tr("%n lead(s)", "", m.leads) for m in matches]
        choice, ok = QInputDialog.getItem(
            self._parent, self.tr("Merge contacts"),
            self.tr("Move every lead of this contact into %1:").replace(
                "%1", card.contact_name or "—"), items, 0, False)
        if not ok:
            return
        other = matches[items.index(choice)]
        uow, me, keep = self.context.uow_factory, self.me.id, card.contact_id
        self._run(self.tr("Merging contacts"),
                  lambda: contacts.merge_contacts(uow, keep, other.id, me), card.lead_id)

    def can_manage_rules(self) -> bool:
        return self.me is not None and may(self.me.role, Right.SET_UP)
