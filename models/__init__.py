"""The encoder, the classifier heads and their versioned artifacts."""
