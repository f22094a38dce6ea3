"""The Python twins of js/patch/: each ``compile_<name>(options)`` returns ``run(value)``, which
gives the ``dash.Patch`` whose JSON equals what the JS function builds (or ``no_update``)."""
