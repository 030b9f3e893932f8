"""Handoff: AI auto-reply with human handoff for marketplace sellers."""
