"""Understanding what people type: safeguarding (here now); story structuring moves here with
the layout work (issue 22)."""
