"""Every example app in the repository's ``examples/`` folder, in the order the gallery's
Examples page lists them: what it shows, which seed document section it ports (../shared/seeds/),
and the one command that starts it. tests/unit/test_examples_catalog.py checks this table and the
folder agree (every example listed, every listed file there)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Example:
    path: str  # relative to the repository root
    title: str
    ports: str  # the seed section(s) it ports, "" for none
    command: str = ""  # default: python <path>

    @property
    def start(self) -> str:
        return self.command or f"python {self.path}"


EXAMPLES: tuple[Example, ...] = (
    # -- the patterns --------------------------------------------------------------------------
    Example("examples/format_prices.py", "A price in ten currencies and locales", ""),
    Example("examples/format_dashboard.py", "A dashboard of formatters", ""),
    Example("examples/everywhere_prices.py", "One formatter in AG Grid, DMC and Plotly", ""),
    Example("examples/patch_todo.py", "A to-do list grown and cut with Patch", "advanced-callbacks: Partial Updates with Patch"),
    Example("examples/patch_stream.py", "A streaming figure (extend_traces)", "interactive-components: Performance Tips, Partial Updates"),
    Example("examples/dispatch_modal.py", "A confirm dialog routed by trigger", "advanced-callbacks: Conditional Logic Based on Trigger"),
    Example("examples/dispatch_router.py", "A toolbar and a growing list routed by trigger", "advanced-callbacks: ctx with Pattern-Matching"),
    Example("examples/keys_shortcuts.py", "Keyboard shortcuts", ""),
    Example("examples/fetch_search.py", "A search box fetching JSON", "advanced-callbacks: Async Clientside Callbacks"),
    Example("examples/chain_export.py", "A chain with a wait and a running state", "vizro-custom-actions: Simple custom action"),
    Example("examples/chain_clicked_point.py", "A custom action reading dashboard inputs", "vizro-custom-actions: Custom action with dashboard inputs and outputs"),
    Example("examples/chain_two_cards.py", "One action, two outputs", "vizro-custom-actions: Multiple return values"),
    Example("examples/testing_my_app.py", "Testing your own clientside callbacks", "interactive-components: Testing Callbacks",
            "pytest examples/test_testing_my_app.py --headless"),
    # -- interactive: /examples/interactive (the seed's endpoint) -------------------------------
    Example("examples/interactive/app.py", "Interactive components: every callback pattern, one page each",
            "interactive-components: Callback Patterns Reference 1-6, Advanced Techniques, Loading States, "
            "Performance Tips (Partial Updates), Best Practices (State, Validate Inputs, Handle None)",
            "python examples/interactive/app.py"),
    # -- background callbacks ------------------------------------------------------------------
    Example("examples/background_progress.py", "A background job: progress, cancel, running state, set_props",
            "advanced-callbacks: Background Callbacks (DiskcacheManager, CeleryManager, progress, cancellation, "
            "set_props, running state); interactive-components: Background Callbacks"),
    # -- the advanced-callbacks cookbook, and the drop-in app without Python ---------------------
    Example("examples/cookbook_standard.py", "Cookbook: standard callbacks",
            "advanced-callbacks: Standard Callbacks (Basic, Multiple Inputs and Outputs, Flexible Signatures, Chained)"),
    Example("examples/cookbook_pattern_matching.py", "Cookbook: pattern matching",
            "advanced-callbacks: Pattern-Matching Callbacks (ALL, MATCH, ALLSMALLER, Multiple Types)"),
    Example("examples/cookbook_context.py", "Cookbook: callback context",
            "advanced-callbacks: Callback Context (Basic ctx, ctx Properties, with Pattern-Matching, "
            "args_grouping, Conditional Logic)"),
    Example("examples/cookbook_clientside.py", "Cookbook: clientside callbacks",
            "advanced-callbacks: Clientside Callbacks (Inline, External Files, Async, Context, Patch, "
            "Set Props, PreventUpdate and no_update)"),
    Example("examples/cookbook_no_update.py", "Cookbook: PreventUpdate and no_update",
            "advanced-callbacks: PreventUpdate and no_update (Block All, Selective, Combining)"),
    Example("examples/cookbook_running.py", "Cookbook: the running parameter",
            "advanced-callbacks: Running Parameter (Basic, Multiple States, With DMC)"),
    Example("examples/cookbook_allow_duplicate.py", "Cookbook: allow_duplicate",
            "advanced-callbacks: Allow Duplicate (Basic, Reset Pattern, Validation + Update)"),
    Example("examples/cookbook_dmc.py", "Cookbook: DMC features",
            "advanced-callbacks: DMC-Specific Features (Debounce, Persistence, Loading Overlays, "
            "Notifications, Modals)"),
    Example("examples/dropin/app.py", "Drop-in without Python (the bundle in assets/, no import)",
            "issue 16: Drop-in without Python (Dash.jl, Dash for R)"),
)
