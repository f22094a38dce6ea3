"""``dc.dispatch``: the JS namespace ``dashclient_dispatch`` is registered; its actions land with the dispatch issue."""

__all__: list[str] = []
