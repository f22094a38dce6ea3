"""``dc.patch``: the JS namespace ``dashclient_patch`` is registered; its actions land with the patch issue."""

__all__: list[str] = []
