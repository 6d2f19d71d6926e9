"""Any page of the inbox, read next to any set of known pages, is exactly the right rows."""

import random

import pytest

from leaddesk.domain.paging import PagePlan, plan_page


def execute(plan: PagePlan, ids_desc: list[int]) -> list[int]:
    """Run a plan against a list of ids the way the SQL does."""
    rows = ids_desc if plan.descending else list(reversed(ids_desc))
    if plan.after_id is not None:
        rows = [i for i in rows if i < plan.after_id]
    if plan.before_id is not None:
        rows = [i for i in rows if i > plan.before_id]
    page = rows[plan.offset: plan.offset + plan.limit]
    return page if plan.descending else list(reversed(page))


@pytest.mark.parametrize("total", [0, 1, 199, 200, 201, 1000, 4567])
def test_every_page_is_the_right_slice_whatever_is_known(total):
    rng = random.Random(total)
    ids_desc = sorted(rng.sample(range(1, total * 3 + 10), total), reverse=True)
    size = 200
    pages = max(1, (total + size - 1) // size)
    for _ in range(30):
        known_pages = rng.sample(range(pages), rng.randint(0, min(pages, 4)))
        known = {
            p: (ids_desc[p * size], ids_desc[min(total, (p + 1) * size) - 1])
            for p in known_pages if p * size < total
        }
        page = rng.randrange(pages)
        plan = plan_page(page, size, total, known)
        assert execute(plan, ids_desc) == ids_desc[page * size:(page + 1) * size]


def test_a_page_next_to_a_known_one_skips_nothing():
    known = {4499: (1000, 801)}
    plan = plan_page(4500, 200, 1_000_000, known)
    assert plan.offset == 0
    assert plan.after_id == 801


def test_a_jump_deep_into_the_list_reads_from_the_nearer_end():
    plan = plan_page(4500, 200, 1_000_000, {})  # row 900,000 of a million
    assert not plan.descending
    assert plan.offset == 1_000_000 - 900_000 - 200
