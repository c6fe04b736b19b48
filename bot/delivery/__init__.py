"""Delivery: the outbox worker, signed sending, per-service secrets, and referrals with their status."""
