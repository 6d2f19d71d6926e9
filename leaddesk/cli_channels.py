"""``leaddesk channel add email ...``, ``channel list`` and ``leaddesk sync``."""

from __future__ import annotations

import signal
import sys
import threading
import time

from leaddesk.cli_web import add_site_channel, add_site_parsers
from leaddesk.domain.email_account import EmailAccount, Endpoint, Security

PROBLEMS = {
    "name": "give the channel a --name",
    "imap_host": "give the IMAP server with --imap-host",
    "imap_port": "--imap-port must be between 1 and 65535",
    "smtp_host": "give the SMTP server with --smtp-host",
    "smtp_port": "--smtp-port must be between 1 and 65535",
    "login": "give the mailbox login with --login",
    "address": "the login is no email address: give the address answers come from with "
               "--address",
    "folders": "give at least one --folder",
    "password": "the password is empty (it is read from standard input or a prompt)",
}
VK_PROBLEMS = {
    "name": "give the channel a --name",
    "group_id": "give the --group-id",
    "token": "the token is empty (it is read from standard input or a prompt)",
}
REASONS = {
    "auto_reply": "auto-replies",
    "bounce": "bounces",
    "own_address": "from the team's own addresses",
    "not_a_lead_source": "not a lead source",
}


def add_channel_parsers(subparsers) -> None:
    channel = subparsers.add_parser("channel", help="set up channel accounts")
    commands = channel.add_subparsers(dest="channel_command", metavar="COMMAND", required=True)
    add = commands.add_parser("add", help="add a channel account")
    kinds = add.add_subparsers(dest="kind", metavar="KIND", required=True)
    email = kinds.add_parser("email", help="an email account (IMAP for intake, SMTP for "
                             "answers); the password goes to the system keyring")
    email.add_argument("--name", required=True, help="the channel's name in LeadDesk")
    email.add_argument("--imap-host", required=True)
    email.add_argument("--imap-port", type=int)
    email.add_argument("--imap-security", choices=[s.value for s in Security], default="ssl")
    email.add_argument("--smtp-host", required=True)
    email.add_argument("--smtp-port", type=int)
    email.add_argument("--smtp-security", choices=[s.value for s in Security],
                       default="ssl")
    email.add_argument("--login", required=True)
    email.add_argument("--address", default="",
                       help="the address answers are sent from (default: the login)")
    email.add_argument("--display-name", default="", help="the sender name of answers")
    email.add_argument("--password-stdin", action="store_true",
                       help="read the password from standard input (else: a prompt)")
    email.add_argument("--ca-file", default="", help="certificate authority file (PEM)")
    email.add_argument("--folder", action="extend", nargs="+", dest="folders",
                       metavar="FOLDER", help="folders to watch (default INBOX)")
    email.add_argument("--sent-folder", default="",
                       help="where copies of answers go (default: the folder marked Sent)")
    email.add_argument("--history-days", type=int, default=30,
                       help="how far back the first sync reaches (default 30; 0: all mail)")
    email.add_argument("--not-lead-source", action="store_true",
                       help="mail here joins existing leads but creates none")
    email.add_argument("--no-test", action="store_true",
                       help="save without trying to connect first")
    vk = kinds.add_parser("vk", help="a VK community (Bots Long Poll for intake, "
                          "messages.send for answers); the token goes to the system keyring")
    vk.add_argument("--name", required=True, help="the channel's name in LeadDesk")
    vk.add_argument("--group-id", required=True, type=int, help="the community's id")
    vk.add_argument("--token-stdin", action="store_true",
                    help="read the community token from standard input (else: a prompt)")
    vk.add_argument("--api-base", default="",
                    help="another API address (default: VK itself; tests use a local fake)")
    vk.add_argument("--history-days", type=int, default=30,
                    help="how far back the first catch-up reaches (default 30; 0: all)")
    vk.add_argument("--no-test", action="store_true",
                    help="save without asking VK first")
    commands.add_parser("list", help="list the channels and their state")
    add_site_parsers(kinds, subparsers)

    sync = subparsers.add_parser(
        "sync", help="fetch new mail into leads and send the outbox (Ctrl+C stops)")
    sync.add_argument("--once", action="store_true", help="one pass, then exit")
    sync.add_argument("--channel", metavar="NAME", help="only this channel")


def run_channel_command(args, open_context, error_type) -> int:
    context = open_context(args)
    try:
        if args.channel_command == "list":
            return _list(context)
        if args.kind == "vk":
            return _add_vk(args, context, error_type)
        if args.kind in ("webchat", "webform"):
            return add_site_channel(args, context, error_type)
        return _add_email(args, context, error_type)
    finally:
        context.close()


def _read_password(args) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    return getpass.getpass(f"Password for {args.login}: ")


def _add_email(args, context, error_type) -> int:
    from leaddesk.services.email_accounts import (
        add_email_channel,
        check_email_account,
    )

    imap_security = Security(args.imap_security)
    smtp_security = Security(args.smtp_security)
    account = EmailAccount(
        imap=Endpoint(args.imap_host, args.imap_port or imap_security.default_imap_port,
                      imap_security),
        smtp=Endpoint(args.smtp_host, args.smtp_port or smtp_security.default_smtp_port,
                      smtp_security),
        login=args.login, address=args.address, display_name=args.display_name,
        folders=tuple(args.folders or ("INBOX",)), sent_folder=args.sent_folder,
        ca_file=args.ca_file, history_days=max(0, args.history_days),
    )
    _keyring_usable(context, "password", error_type)
    password = _read_password(args)
    if not args.no_test and password:
        results = check_email_account(context.connector, account, password)
        failed = [r for r in results if not r.ok]
        for result in failed:
            if result.part == "folders":
                print(f"leaddesk: the folder(s) {result.message} do not exist; "
                      "add them on the server or change --folder", file=sys.stderr)
            elif result.part == "smtp":
                print(f"leaddesk: warning: answers cannot be sent yet: {result.message}",
                      file=sys.stderr)
        if any(r.part in ("imap", "folders") for r in failed):
            imap = next((r for r in failed if r.part == "imap"), None)
            reason = imap.message if imap else "a watched folder is missing"
            raise error_type(f"cannot read the mailbox: {reason}. Nothing was saved "
                             "(--no-test saves anyway).")
    channel_id = _saved(error_type, "password", args.name, PROBLEMS, lambda: add_email_channel(
        context.uow_factory, context.secrets, args.name, account, password,
        is_lead_source=not args.not_lead_source))
    print(f'email channel "{args.name}" added (id {channel_id}); the password is in the '
          "system keyring")
    return 0


def _keyring_usable(context, secret: str, error_type) -> None:
    """Stop before asking for the secret when it could not be kept."""
    from leaddesk.services.ports import SecretsUnavailable

    try:
        context.secrets.check()
    except SecretsUnavailable as error:
        raise error_type(f"cannot store the {secret}: {error.reason}. Nothing was saved.") \
            from error


def _saved(error_type, secret: str, name: str, words: dict[str, str], save) -> int:
    """Run ``save`` (it creates the channel); its refusals in words. Returns the id."""
    from leaddesk.services.channel_setup import AccountInvalid
    from leaddesk.services.ports import SecretsUnavailable

    try:
        return save()
    except AccountInvalid as error:
        raise error_type("; ".join(words.get(p, p) for p in error.problems)) from error
    except SecretsUnavailable as error:
        raise error_type(f"cannot store the {secret}: {error.reason}. Nothing was saved.") \
            from error
    except ValueError as error:
        raise error_type(f'a channel named "{name}" exists already') from error


def _add_vk(args, context, error_type) -> int:
    import getpass

    from leaddesk.domain.vk import VkSettings
    from leaddesk.services.vk_accounts import add_vk_channel, check_vk_account

    settings = VkSettings(abs(args.group_id), args.api_base, max(0, args.history_days))
    _keyring_usable(context, "token", error_type)
    token = (sys.stdin.readline() if args.token_stdin
             else getpass.getpass("Community token: ")).strip()
    if not args.no_test and token and settings.group_id:
        results = check_vk_account(context.connector, settings, token)
        failed = [r for r in results if not r.ok]
        if any(r.part == "vk" for r in failed):
            raise error_type(f"VK refused: {failed[0].message}. Nothing was saved "
                             "(--no-test saves anyway).")
        for result in failed:
            print(f"leaddesk: warning: the Bots Long Poll API does not answer: "
                  f"{result.message} (switch it on in the community's settings)",
                  file=sys.stderr)
    channel_id = _saved(error_type, "token", args.name, VK_PROBLEMS, lambda: add_vk_channel(
        context.uow_factory, context.secrets, args.name, settings, token))
    print(f'VK channel "{args.name}" added (id {channel_id}); the token is in the system '
          "keyring")
    return 0


def _list(context) -> int:
    for status in context.reader.account_statuses():
        last = status.last_sync_at.strftime("%Y-%m-%d %H:%M") if status.last_sync_at \
            else "never synced"
        line = f"{status.channel_id:>4}  {status.kind:<8} {status.name:<30} {last}"
        if status.kind == "email":
            account = EmailAccount.from_settings(status.settings)
            line += f"  {account.login}@{account.imap.host}"
        elif status.kind == "vk":
            line += f"  community {status.settings.get('group_id', '?')}"
            if not status.is_lead_source:
                line += "  (no lead source)"
        if status.last_error:
            line += f"  ERROR: {status.last_error}"
        print(line)
    return 0


def run_sync_command(args, open_context, error_type) -> int:
    from leaddesk.services.channel_senders import (
        ChannelSenders,
        account_is_set_up,
        stored_secret,
    )

    context = open_context(args)
    try:
        statuses = [s for s in context.reader.account_statuses()
                    if account_is_set_up(s.kind, s.settings)]
        chosen = [s for s in statuses if args.channel is None or s.name == args.channel]
        if args.channel is not None and not chosen:
            names = ", ".join(s.name for s in statuses) or "none"
            raise error_type(f'no email or VK channel is named "{args.channel}" '
                             f"(channels that can sync: {names})")
        ready = []
        for status in chosen:
            secret = stored_secret(context.secrets, status.channel_id)
            if secret is None:
                print(f"{status.name}: skipped: this computer's keyring has no password or "
                      "token for it", file=sys.stderr)
                continue
            ready.append((status, secret))
        senders = ChannelSenders(context.reader, context.secrets, context.connector)
        if args.once:
            return _sync_once(context, ready, senders)
        return _sync_forever(context, ready, senders)
    finally:
        context.close()


def _sync_once(context, ready, senders) -> int:
    from leaddesk.services.outbox import deliver_due

    failures = 0
    for status, secret in ready:
        started = time.monotonic()
        sync = _sync_vk_once if status.kind == "vk" else _sync_email_once
        lease = context.open_channel_lease(status.channel_id)
        try:
            if not lease.try_acquire():
                holder = lease.holder() or "another desk"
                print(f"{status.name}: fetched by {holder}, skipped")
                continue
            if not sync(context, status, secret, started):
                failures += 1
        except Exception as error:  # the lease's database session could not be opened
            print(f"{status.name}: {type(error).__name__}: {error}", file=sys.stderr)
            failures += 1
        finally:
            lease.release()
    delivered = deliver_due(context.uow_factory, senders)
    if delivered.sent or delivered.failed:
        print(f"outbox: {delivered.sent} sent, {delivered.failed} failed (tried again later)")
    return 1 if failures else 0


def _sync_email_once(context, status, password, started) -> bool:
    from leaddesk.services.mail_sync import sync_account
    from leaddesk.services.ports import MailboxError

    name, account = status.name, EmailAccount.from_settings(status.settings)
    try:
        client = context.connector.open_mailbox(account, password)
        try:
            report = sync_account(context.uow_factory, status.channel_id, client, account,
                                  progress=_progress(name))
        finally:
            client.close()
    except MailboxError as error:
        print(f"{name}: {error.reason}", file=sys.stderr)
        return False
    counts = report.counts
    elapsed = time.monotonic() - started
    aside = ", ".join(f"{n} {REASONS.get(k, k)}" for k, n in sorted(counts.set_aside.items()))
    print(f"{name}: {counts.new_leads} new leads, {counts.joined} joined their "
          f"conversation, {sum(counts.set_aside.values())} set aside"
          f"{f' ({aside})' if aside else ''}, {counts.duplicates} already known, "
          f"{counts.with_problems} read with problems; {elapsed:.1f} s")
    for folder in report.folders:
        if folder.skipped_history:
            print(f"{name}: {folder.folder}: {folder.skipped_history} older mails were "
                  f"left in the mailbox (older than {account.history_days} days)")
        if folder.uidvalidity_changed:
            print(f"{name}: {folder.folder} was renumbered by the server (UIDVALIDITY); "
                  "every mail was checked again, none stored twice")
    return True


def _sync_vk_once(context, status, token, started) -> bool:
    from leaddesk.domain.vk import VkSettings
    from leaddesk.services.ports import VkError
    from leaddesk.services.vk_sync import catch_up

    settings = VkSettings.from_settings(status.settings)
    try:
        client = context.connector.vk_client(settings, token)
        counts = catch_up(context.uow_factory, status.channel_id, client, settings)
    except VkError as error:
        print(f"{status.name}: {error.reason}", file=sys.stderr)
        return False
    print(f"{status.name}: {counts.new_leads} new leads, {counts.joined} joined their "
          f"conversation, {counts.team} written by the team in VK, {counts.duplicates} "
          f"already known, {counts.skipped} skipped (group chats); "
          f"{time.monotonic() - started:.1f} s")
    return True


def _progress(name: str):
    def report(folder: str, done: int, total: int) -> None:
        if sys.stderr.isatty():
            end = "\n" if done >= total else "\r"
            print(f"{name} {folder}: {done} of {total}", end=end, file=sys.stderr, flush=True)

    return report


def _sync_forever(context, ready, senders) -> int:
    from leaddesk.domain.vk import VkSettings
    from leaddesk.services.account_state import AccountState, run_with_lease
    from leaddesk.services.mail_sync import run_account
    from leaddesk.services.outbox import deliver_due
    from leaddesk.services.vk_sync import run_vk

    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    names = {status.channel_id: status.name for status, _secret in ready}

    def say(event) -> None:
        name = names.get(event.channel_id)
        if event.state is AccountState.STANDBY:
            print(f"{name}: fetched by {event.holder or 'another desk'}, waiting to take "
                  "over", file=sys.stderr, flush=True)
            return
        detail = f": {event.error}" if event.error else ""
        print(f"{name}: {event.state.value}{detail}", file=sys.stderr, flush=True)

    def leased(channel_id: int, loop) -> None:
        """``loop(should_stop, report)`` run while this process holds the channel's lease."""
        try:
            lease = context.open_channel_lease(channel_id)
        except Exception as error:
            print(f"{names.get(channel_id)}: {type(error).__name__}: {error}",
                  file=sys.stderr, flush=True)
            return
        run_with_lease(lease, channel_id, loop, stop.is_set, say)

    threads = []
    for status, secret in ready:
        if status.kind == "vk":
            settings = VkSettings.from_settings(status.settings)

            def loop(should_stop, report, channel_id=status.channel_id, s=settings,
                     t=secret):
                run_vk(context.uow_factory, channel_id, s,
                       lambda: context.connector.vk_client(s, t), should_stop, report)
        else:
            account = EmailAccount.from_settings(status.settings)

            def loop(should_stop, report, channel_id=status.channel_id, a=account,
                     p=secret):
                run_account(context.uow_factory, channel_id, a,
                            lambda: context.connector.open_mailbox(a, p), should_stop,
                            report)
        threads.append(threading.Thread(target=leased, args=(status.channel_id, loop),
                                        daemon=True))
    for thread in threads:
        thread.start()
    while not stop.is_set():
        deliver_due(context.uow_factory, senders)
        stop.wait(5)
    for thread in threads:
        thread.join(timeout=10)
    return 0
