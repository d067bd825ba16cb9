"""Training and corpus conversion for the weights textkg ships; not part of the installed package.

Run from a clone of the repository: ``python -m training.relation_classifier`` and
``python -m training.ner`` (see each module). Nothing under ``src/textkg`` imports this.
"""
