"""The twin of js/figure/: a formatter's strings written into a Plotly figure as a dash.Patch."""
