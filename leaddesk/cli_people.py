"""``leaddesk user add LOGIN --name NAME --role ROLE [--password-stdin]`` and ``user list``."""

from __future__ import annotations

import getpass
import sys

from leaddesk.domain.codes import Role


def add_user_parsers(commands) -> None:
    user = commands.add_parser("user", help="the people who work at the desks")
    user_commands = user.add_subparsers(dest="user_command", metavar="COMMAND", required=True)
    add = user_commands.add_parser(
        "add", help="add a person (or change the name and role of one there is)",
        description="On a team database (PostgreSQL) the person also gets a database login "
        "in the group of their role, and the server itself enforces what the role may do: "
        "run this as the database's administrator.")
    add.add_argument("login", help="the login (lowercase letters, digits, _ . -)")
    add.add_argument("--name", required=True, help="the person's name as the desks show it")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    secret = add.add_mutually_exclusive_group()
    secret.add_argument("--password-stdin", action="store_true",
                        help="read the login's password from the first line of stdin "
                        "(team database)")
    secret.add_argument("--password-prompt", action="store_true",
                        help="ask for the login's password (team database)")
    user_commands.add_parser("list", help="list the people")


def run_user_command(args, open_desk, command_error) -> int:
    from leaddesk.services.people import PeopleError, database_logins, put_person
    from leaddesk.services.ports import NotPermitted

    if args.user_command == "list":
        context = open_desk(args)
        try:
            signs_in = database_logins(context.uow_factory)
            for person in context.reader.users():
                login = "  database login" if person.login in signs_in else ""
                state = "" if person.active else "  (inactive)"
                print(f"{person.login:<20} {person.role:<11} {person.name}{state}{login}")
        finally:
            context.close()
        return 0
    password = _read_password(args, command_error)
    context = open_desk(args)
    try:
        person, new = put_person(context.uow_factory, args.login, args.name,
                                 Role(args.role), password)
    except PeopleError as error:
        raise command_error(str(error)) from error
    except NotPermitted as error:
        raise command_error(
            "this database login may not create logins or change people: run the command "
            f"as the database's administrator (the server said: {error.detail})") from error
    finally:
        context.close()
    verb = "added" if new else "updated"
    signs_in = (" with a database login" if password is not None
                else "" if not context.is_team else " (no database login: add "
                "--password-stdin to let them sign in)")
    print(f"{verb}: {person.login} — {person.name}, {person.role}{signs_in}")
    return 0


def _read_password(args, command_error) -> str | None:
    if args.password_stdin:
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
        if not password:
            raise command_error("no password on stdin")
        return password
    if args.password_prompt:
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Again: "):
            raise command_error("the two passwords differ")
        return first or None
    return None
