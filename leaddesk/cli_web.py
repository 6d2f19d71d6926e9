"""Website channels from the command line: ``channel add webchat|webform`` and
``serve-intake``, the HTTP service that web forms and the chat widget talk to."""

from __future__ import annotations

import argparse
import sys

from leaddesk.domain.codes import ChannelKind


def add_site_parsers(kinds, commands) -> None:
    """``channel add webchat`` / ``channel add webform`` and the ``serve-intake`` command."""
    for kind, words in (("webchat", "a chat on your site (the widget)"),
                        ("webform", "web forms on your site (made in the window's generator)")):
        parser = kinds.add_parser(kind, help=words)
        parser.add_argument("--name", required=True, help="the channel's name in LeadDesk")
        parser.add_argument("--origin", action="append", default=[], metavar="URL",
                            help="a site allowed to use it, like https://shop.example.ru "
                            "(repeat for several)")
        if kind == "webchat":
            parser.add_argument("--title", help="the chat window's title")
            parser.add_argument("--greeting", help="what the chat says first")
            parser.add_argument("--offline-text", help="what it says when nobody is on duty")
    serve = commands.add_parser(
        "serve-intake", help="run the HTTP service for web forms and the chat widget")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                       help="the database (as leaddesk --db)")
    serve.add_argument("--public-url", metavar="URL",
                       help="where sites reach this service (kept for the snippets)")


def add_site_channel(args, context, error_type) -> int:
    from dataclasses import replace

    from leaddesk.domain.webchat import SiteSettings
    from leaddesk.services.web_channels import (
        WebSetupInvalid,
        create_site_channel,
        public_url,
        snippet_for_chat,
    )

    settings = SiteSettings()
    if args.kind == "webchat":
        settings = replace(settings, **{k: v for k, v in (
            ("title", args.title), ("greeting", args.greeting),
            ("offline_text", args.offline_text)) if v})
    try:
        channel_id = create_site_channel(context.uow_factory, ChannelKind(args.kind),
                                         args.name, args.origin, settings)
    except WebSetupInvalid as error:
        words = {"name_taken": f'a channel named "{args.name}" exists already',
                 "not_a_web_channel": "not a website channel"}
        raise error_type("; ".join(
            words.get(p, f"{p.split(':', 1)[1]} is no site address like https://shop.ru")
            for p in error.problems)) from None
    print(f'{args.kind} channel "{args.name}" added (id {channel_id})')
    if args.kind == "webchat":
        site = next(s for c, s in _sites(context) if c.id == channel_id)
        print(f"put this on your site: {snippet_for_chat(context.reader, site)}")
    else:
        print(f"make its forms in the window (Desk → Website); service at "
              f"{public_url(context.reader)}")
    return 0


def _sites(context):
    from leaddesk.services.web_channels import site_channels

    return site_channels(context.reader)


def run_serve_intake(args, open_context, error_type) -> int:
    from leaddesk.intake.server import serve
    from leaddesk.services.web_channels import WebSetupInvalid, set_public_url

    if not 0 < args.port < 65536:
        raise error_type("--port must be between 1 and 65535")
    context = open_context(args)
    try:
        if args.public_url:
            try:
                set_public_url(context.uow_factory, args.public_url)
            except WebSetupInvalid:
                raise error_type(f"{args.public_url} is no address like "
                                 "https://leads.shop.ru") from None
        try:
            serve(context, args.host, args.port, ready=lambda text: print(text, flush=True))
        except OSError as error:
            raise error_type(f"cannot listen on {args.host}:{args.port}: "
                             f"{error.strerror or error}") from None
    finally:
        context.close()
    print("intake service stopped", file=sys.stderr)
    return 0
