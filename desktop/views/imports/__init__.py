"""The import page: file preview, mapping, history, undo commands and the import messages."""
