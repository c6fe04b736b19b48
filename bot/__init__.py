"""Tell my story once: structuring, intake pre-fill, delivery, channels and the launcher."""
