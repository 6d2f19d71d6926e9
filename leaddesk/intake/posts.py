"""Reading a web form's post: urlencoded (a plain HTML form), multipart, or JSON."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

from aiohttp import web

from leaddesk.intake.guards import read_body, refusal


async def parse_form_post(request: web.Request, limit: int) -> dict[str, str] | web.Response:
    """The posted fields (the last value of a repeated name), or a refusal: 413 over
    ``limit`` bytes, 400 for a body that is not what its type says."""
    if request.content_type == "multipart/form-data":
        if request.content_length is not None and request.content_length > limit:
            return refusal(413, "too_large", f"The request is larger than {limit // 1024} KiB.")
        try:
            posted = await request.post()  # the app's client_max_size bounds it
        except web.HTTPRequestEntityTooLarge:
            return refusal(413, "too_large", f"The request is larger than {limit // 1024} KiB.")
        return {name: value for name, value in posted.items() if isinstance(value, str)}
    body = await read_body(request, limit)
    if isinstance(body, web.Response):
        return body
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return refusal(400, "bad_encoding", "The form must be sent in UTF-8.")
    if request.content_type == "application/json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            return refusal(400, "bad_json", "The request is not JSON.")
        if not isinstance(data, dict):
            return refusal(400, "bad_json", "The request must be a JSON object.")
        return {str(k): v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
                for k, v in data.items()}
    return dict(parse_qsl(text, keep_blank_values=True))
