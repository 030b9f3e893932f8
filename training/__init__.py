"""Corpus, fitting, evaluation and promotion of the classifier heads."""
