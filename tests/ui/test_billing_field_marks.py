"""Issue 13 "Done when", in the window: each bad combination marks its field on the Billing
tab, says what is wrong under it and names the field in the results' notice, while the
last good results stay (marked stale) and the scenario keeps the user's text."""

from __future__ import annotations

import pytest

from .test_billing_panel import problem, type_into


def cache_shares(qtbot, window):
    window.workload.cached.setValue(70)
    window.billing.cache_write.setValue(40)


def sizes_off_the_total(qtbot, window):
    window.state.set_workload_field("monthly_requests", 50_000)
    type_into(qtbot, window.billing.sizes, "2.03k:100%")  # 101.5M against 100M: 1.5% off


def searches_without_requests(qtbot, window):
    window.state.set_workload_field("monthly_requests", None)
    window.billing.searches.setValue(1)


def unknown_tier(qtbot, window):
    window.state.set_billing_field("service_tier", "turbo")  # as a damaged file could


@pytest.mark.parametrize(("make", "field", "fragment"), [
    (cache_shares, "workload.cache_write_share", "add up to more than 100%"),
    (sizes_off_the_total, "workload.request_sizes", "within 1%"),
    (searches_without_requests, "workload.searches_per_request", "requests per month"),
    (unknown_tier, "billing.service_tier", "'turbo' is not one of standard, flex, priority"),
])
def test_the_billing_tab_marks_and_names_the_field(qtbot, window, make, field, fragment):
    make(qtbot, window)
    b = window.billing
    assert b.fields[field].property("invalid") is True
    assert fragment in problem(window, field)
    name = b.labels[field].text().rstrip(":：").replace("&", "")
    assert window.results.notice.isVisibleTo(window)
    assert window.results.notice.text().startswith(name), (name, window.results.notice.text())
    assert field in window.state.view.invalid_fields or window.state.view.stale
    # the other fields stay unmarked
    assert [f for f, w in b.fields.items() if w.property("invalid")] == [field]


def test_sizes_within_one_percent_are_accepted(qtbot, window):
    window.state.set_workload_field("monthly_requests", 50_000)
    type_into(qtbot, window.billing.sizes, "2.01k:100%")  # 100.5M against 100M
    assert problem(window, "workload.request_sizes") == ""
    assert window.billing.fields["workload.request_sizes"].property("invalid") is not True
    ((size, share),) = window.state.scenario.workload.request_sizes
    assert (size, share) == (pytest.approx(2010), 1.0)
