import pytest

from guide.navigation import HOME, History, Location


@pytest.mark.parametrize("url, location", [
    ("guide:home", Location("home")),
    ("guide:compare", Location("compare")),
    ("guide:compare/duration#iop", Location("compare", "duration", "iop")),
    ("guide:topic/24-hour-staff", Location("topic", "24-hour-staff")),
    ("guide:page/help", Location("page", "help")),
])
def test_urls_round_trip(url, location):
    assert Location.parse(url) == location
    assert location.url() == url


@pytest.mark.parametrize("url", ["https://example.org", "guide:nowhere/x", "tel:988", ""])
def test_other_addresses_are_not_locations(url):
    assert Location.parse(url) is None


def test_history_goes_back_and_forward_like_a_browser():
    history = History()
    topic, page = Location("topic", "cost"), Location("page", "help")
    assert history.go(topic) and history.go(page)
    assert not history.go(page)
    assert history.back() == topic and history.back() == HOME and history.back() is None
    assert history.forward() == topic
    history.go(Location("compare"))
    assert not history.can_go_forward
    history.replace(Location("compare", "cost", "iop"))
    assert history.back() == topic
