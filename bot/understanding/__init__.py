"""Understanding what people type: the story structured into a profile (structuring/) and safeguarding (safeguarding/), heard in every message."""
