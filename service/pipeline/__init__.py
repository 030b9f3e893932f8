"""From a stored buyer message to a decision: normalise, classify, draft, check, decide."""
