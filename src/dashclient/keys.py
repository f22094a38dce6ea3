"""``dc.keys``: the JS namespace ``dashclient_keys`` is registered; its actions land with the keys issue."""

__all__: list[str] = []
