"""The Python half of dc.keys: the key grammar and the bindings' rules (twins of js/keys/), the
builders of bindings and steps, and the Shortcuts component class."""
