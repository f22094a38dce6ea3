"""``dc.fetch``: the JS namespace ``dashclient_fetch`` is registered; its actions land with the fetch issue."""

__all__: list[str] = []
