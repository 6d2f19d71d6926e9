"""What goes wrong with a channel account, in sentences made from one catalog.

Adapters describe a failure with ``describe(code, **fields)`` (English: commands and logs
print it, the database keeps it as it is); the window recognises such a sentence again
(``recognise``) and says it in the person's language from the same fields. A sentence
that is not from the catalog (a server's own words) is shown as it came.
"""

from __future__ import annotations

import re
from functools import cache

TEMPLATES: dict[str, str] = {
    # connections (IMAP, SMTP)
    "cert_untrusted": "the certificate of {where} is not trusted ({detail}); give the "
                      "account the certificate authority file",
    "tls_failed": "a secure connection to {where} failed ({detail})",
    "unknown_host": "the server name {host} is unknown",
    "refused": "{where} refused the connection (wrong port, or the server is down)",
    "timeout": "{where} did not answer in time",
    "unreachable": "cannot reach {where}: {detail}",
    "ca_unreadable": "the certificate file {path} cannot be read: {detail}",
    "closed": "{host} closed the connection",
    # mailboxes and mail servers
    "imap_login": "{host} refused the login or password for {login}",
    "smtp_login": "{host} refused the login or password ({code})",
    "no_folder": "the folder {folder} does not exist on {host}",
    "imap_said": "{host} answered: {text}",
    "smtp_said": "{host} answered {code} {text}",
    "recipient_refused": "{host} refused the recipient: {text}",
    "no_address": "the customer has no email address to answer to",
    "bounced": "the mail came back from {host}: {text}",
    "bad_address": "the address {address} cannot be written to",
    # VK
    "vk_token": "the community token is not valid any more: make a new one in the "
                "community's settings (API usage) and enter it again",
    "vk_too_many": "VK says too many requests per second; trying again shortly",
    "vk_rights": "the community token lacks the right to do this (messages)",
    "vk_flood": "VK's flood control stopped this message: too many identical messages; it "
                "will be tried again later",
    "vk_internal": "VK had an internal error; trying again later",
    "vk_access": "VK refused access: the token lacks a right (messages, community "
                 "management) or the community has the Long Poll API switched off",
    "vk_user_token": "the token is a community token where a user token is needed",
    "vk_parameter": "VK refused a parameter of the request",
    "vk_blacklisted": "the customer has blacklisted the community: the message cannot be "
                      "delivered",
    "vk_not_allowed": "the customer has not allowed messages from the community: the answer "
                      "cannot be delivered until they write again or allow messages",
    "vk_privacy": "the customer's privacy settings do not allow this message",
    "vk_too_long": "the message is too long for VK",
    "vk_said": "VK answered: {text} (error {code})",
    "vk_unreachable": "VK cannot be reached: {detail}",
    "long_poll_unreachable": "the VK Long Poll server cannot be reached: {detail}",
    "long_poll_odd": "the VK Long Poll server sent something unexpected",
    "vk_no_peer": "the customer's VK conversation is unknown",
    # the outbox and the keyring
    "no_sender": "the channel cannot send now",
    "keyring_none": "no system keyring is available on this computer (on Linux: install "
                    "and unlock GNOME Keyring or KWallet); passwords are never stored "
                    "elsewhere",
    "keyring_locked": "the system keyring is locked: unlock it and try again",
    "keyring_init": "the system keyring could not be opened: {detail}",
    "keyring_refused": "the system keyring refused: {detail}",
    "keyring_plaintext": "the only keyring here stores passwords in a plain file "
                         "(keyrings.alt); install GNOME Keyring or KWallet",
}


def describe(code: str, /, **fields: object) -> str:
    """The English sentence of ``code`` with its ``fields``."""
    return TEMPLATES[code].format(**{k: str(v) for k, v in fields.items()})


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for code, template in TEMPLATES.items():
        parts = re.split(r"\{(\w+)\}", template)
        regex = "".join(re.escape(part) if index % 2 == 0 else f"(?P<{part}>.+?)"
                        for index, part in enumerate(parts))
        found.append((code, re.compile(f"^{regex}$", re.DOTALL)))
    # The longest templates first: a general one ("{host} answered: {text}") must not
    # take a sentence a more particular one describes.
    found.sort(key=lambda item: -len(TEMPLATES[item[0]]))
    return found


def recognise(text: str) -> tuple[str, dict[str, str]] | None:
    """The code and fields of a sentence ``describe`` made, or None."""
    for code, pattern in _patterns():
        match = pattern.match(text or "")
        if match:
            return code, match.groupdict()
    return None
