"""Server-side twins of js/format/*.js. Private: the public surface is ``dashclient.format``."""
